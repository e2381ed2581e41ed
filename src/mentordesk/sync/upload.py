"""Many PUTs at once: a bounded pool of workers, each keeping one HTTP session (its connection is reused).

A first sync uploads every person and meeting; one request after another, a network of 15,000
records took minutes. The pool keeps WORKERS requests in flight over WORKERS kept-alive connections,
with the authentication the DAVClient already negotiated. Its answers mean exactly what
DavSession.put's mean: the new ETag, PreconditionFailed for 412, SyncError for server trouble.
"""

from __future__ import annotations

import threading
from concurrent.futures import Future, ThreadPoolExecutor

from mentordesk.sync.dav import (XML_HEAD, DavSession, PreconditionFailed, _expect, _propfind_body, parse_multistatus,
                                 server_error, transport_error)

WORKERS = 4


class Uploader:
    """`with Uploader(session) as up: up.submit(href, text, content_type)` -> Future of the new ETag."""

    def __init__(self, session: DavSession, workers: int = WORKERS):
        self.session = session
        self.workers = workers
        self._local = threading.local()
        self._https: list = []
        self._lock = threading.Lock()
        self._fallback = threading.Lock()  # the DAVClient's own session serves one request at a time
        self._pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="mentordesk-upload")

    def __enter__(self) -> "Uploader":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        """Wait for the requests in flight (never leave one half-answered), then close the connections."""
        self._pool.shutdown(wait=True, cancel_futures=True)
        with self._lock:
            https, self._https = self._https, []
        for http in https:
            http.close()

    def submit(self, href: str, text: str, content_type: str, etag: str | None = None) -> Future:
        """Create (etag None: only if absent) or replace (only if still at `etag`) `href`; Future of the new ETag."""
        return self._pool.submit(self.put, href, text, content_type, etag)

    @property
    def connections(self) -> int:
        """How many HTTP sessions (one kept-alive connection each) the workers opened so far."""
        with self._lock:
            return len(self._https)

    def _http(self):
        http = getattr(self._local, "http", None)
        if http is None:
            from caldav.lib.http_sync import requests as lib

            http = self._local.http = lib.Session()
            with self._lock:
                self._https.append(http)
        return http

    def _send(self, method: str, url: str, body: bytes, headers: dict):
        client = self.session.client
        try:
            return self._http().request(method, url, data=body, headers=headers, auth=client.auth,
                                        timeout=client.timeout)
        except Exception as exc:  # noqa: BLE001 - the HTTP library's own errors: no answer at all
            from caldav.lib.http_sync import requests as lib

            if isinstance(exc, (lib.exceptions.RequestException, OSError)):
                raise transport_error(exc, self.session.server) from None
            raise

    def put(self, href: str, text: str, content_type: str, etag: str | None = None) -> str | None:
        """One PUT on this worker's connection; returns the new ETag."""
        url = self.session.absolute(href)
        headers = {"Content-Type": f"{content_type}; charset=utf-8"}
        headers["If-Match" if etag else "If-None-Match"] = etag or "*"
        response = self._send("PUT", url, text.encode("utf-8"), headers)
        status = response.status_code
        if status in (401, 403):  # the negotiated credentials were not enough here: the DAVClient says why
            with self._fallback:
                return self.session.put(href, text, content_type, etag)
        if status == 412:
            raise PreconditionFailed()
        if status >= 500:
            raise server_error(self.session.server, status, "PUT", url)
        _expect(_Status(status, response.reason), (200, 201, 204), "PUT", href, self.session.server)
        return response.headers.get("ETag") or self._propfind_etag(url)

    def _propfind_etag(self, url: str) -> str | None:
        body = (XML_HEAD + _propfind_body(["d:getetag"])).encode("utf-8")
        response = self._send("PROPFIND", url, body, {"Depth": "0", "Content-Type": "application/xml"})
        if response.status_code != 207:
            return None
        resources, _ = parse_multistatus(response.content)
        return resources[0].etag if resources else None


class _Status:
    """What dav._expect reads of a response."""

    def __init__(self, status: int, reason: str | None):
        self.status, self.reason = status, reason

