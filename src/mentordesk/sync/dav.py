"""The WebDAV conversation with a CardDAV/CalDAV server: listing, fetching and writing resources by ETag.

caldav's DAVClient carries the HTTP session and the authentication handshake. caldav 3.6 has no
address-book objects, so both the address book and the calendar go through the same few requests
here (PROPFIND, sync-collection and multiget REPORTs, PUT/DELETE with If-Match).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import quote, unquote, urljoin, urlsplit

from lxml import etree

from mentordesk.services.core import ServiceError
from mentordesk.texts import T_

DAV = "DAV:"
CARD = "urn:ietf:params:xml:ns:carddav"
CAL = "urn:ietf:params:xml:ns:caldav"
NS = {"d": DAV, "card": CARD, "cal": CAL}
XML_HEAD = '<?xml version="1.0" encoding="utf-8"?>\n'


class SyncError(ServiceError):
    """Sync cannot go on (offline, wrong password, server trouble); the message names problem and server."""


class PreconditionFailed(Exception):
    """The resource changed (or appeared) on the server since we last saw it: HTTP 412."""


class TokenRejected(Exception):
    """The server no longer accepts our sync token: list the whole collection instead."""


@dataclass
class Resource:
    """A member of a collection as the server reported it."""

    href: str
    etag: str | None
    props: dict


def server_of(url: str) -> str:
    """scheme://host:port of a URL, for messages (never a user name or password in it)."""
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc.rsplit('@', 1)[-1]}" if parts.netloc else without_credentials(url)


def without_credentials(text: str) -> str:
    """Text with any `scheme://user:pass@` in it shortened to `scheme://`, for messages and storage."""
    return re.sub(r"(?i)\b([a-z][a-z0-9+.-]*://)[^/\s]*@", r"\1", text or "")


class DavSession:
    """Authenticated requests to one server, turning transport failures into clear SyncErrors."""

    def __init__(self, url: str, username: str, password: str, timeout: int = 30):
        if not urlsplit(url).scheme.startswith("http") or not urlsplit(url).netloc:
            raise SyncError(T_("'{url}' is not a server address; it should look like https://dav.example.com/",
                               url=without_credentials(url)))
        self.url = url
        self.server = server_of(url)
        self.username = username
        from caldav import DAVClient  # imported on first use: it costs ~1 s, far too much for app start-up

        self.client = DAVClient(url=url, username=username, password=password, timeout=timeout,
                                enable_rfc6764=False)

    def close(self) -> None:
        self.client.close()

    def absolute(self, href: str) -> str:
        """A full URL for a path or URL the server gave."""
        return urljoin(self.url, quote(unquote(href), safe="/:@%+~!$&'()*,;=") if "://" not in href else href)

    def request(self, method: str, url: str, body: str = "", headers: dict | None = None):
        """Send one request; raises SyncError for no connection, bad credentials or a server error."""
        from caldav.lib import error as dav_error
        from caldav.lib.http_sync import requests as http

        try:
            response = self.client.request(url, method, body, headers or {})
        except dav_error.AuthorizationError as exc:
            if "{DAV:}valid-sync-token" in (exc.preconditions or []):
                raise TokenRejected() from None
            if exc.status == 403:
                raise SyncError(T_("{server} refused access to {path} for user '{user}' (HTTP 403)", server=self.server,
                                   path=unquote(urlsplit(url).path), user=self.username)) from None
            raise SyncError(T_("{server} rejected the user name '{user}' or its password (HTTP 401); check them in the "
                               "sync settings", server=self.server, user=self.username)) from None
        except (http.exceptions.RequestException, OSError) as exc:
            raise transport_error(exc, self.server) from None
        if response.status >= 500:
            raise server_error(self.server, response.status, method, url)
        return response

    # --- reading ------------------------------------------------------------------------

    def propfind(self, url: str, props: list[str], depth: int = 0) -> list[Resource]:
        """PROPFIND the given properties ("d:getetag", "card:addressbook-home-set"...)."""
        body = XML_HEAD + _propfind_body(props)
        response = self.request("PROPFIND", url, body, {"Depth": str(depth), "Content-Type": "application/xml"})
        if response.status == 404:
            return []
        _expect(response, (207,), "PROPFIND", url, self.server)
        return parse_multistatus(response._raw)[0]

    def members(self, collection: str) -> dict[str, str | None]:
        """Every member resource of a collection: href -> etag."""
        found = self.propfind(collection, ["d:getetag", "d:resourcetype"], depth=1)
        own = normalize_href(collection)
        return {r.href: r.etag for r in found if r.href != own and not _is_collection(r)}

    def changes_since(self, collection: str, token: str | None) -> tuple[dict[str, str | None], set[str], str | None]:
        """sync-collection REPORT: (changed href -> etag, deleted hrefs, new token); TokenRejected if stale."""
        body = (XML_HEAD + '<d:sync-collection xmlns:d="DAV:">'
                f"<d:sync-token>{_xml_text(token or '')}</d:sync-token><d:sync-level>1</d:sync-level>"
                "<d:prop><d:getetag/></d:prop></d:sync-collection>")
        response = self.request("REPORT", collection, body, {"Content-Type": "application/xml"})
        if response.status in (400, 403, 409, 415, 501) or (response.status == 404 and token):
            raise TokenRejected()
        _expect(response, (207,), "REPORT", collection, self.server)
        resources, new_token = parse_multistatus(response._raw)
        own = normalize_href(collection)
        changed = {r.href: r.etag for r in resources if r.props.get("status") != 404 and r.href != own}
        deleted = {r.href for r in resources if r.props.get("status") == 404}
        return changed, deleted, new_token

    def fetch(self, collection: str, hrefs: list[str], kind: str) -> dict[str, tuple[str, str | None]]:
        """The text and etag of each href, by multiget REPORT in batches (GET one by one if refused)."""
        result: dict[str, tuple[str, str | None]] = {}
        for start in range(0, len(hrefs), 100):
            batch = hrefs[start:start + 100]
            try:
                result.update(self._multiget(collection, batch, kind))
            except PreconditionFailed:
                for href in batch:
                    got = self.get(href)
                    if got is not None:
                        result[href] = got
        return result

    def _multiget(self, collection: str, hrefs: list[str], kind: str) -> dict[str, tuple[str, str | None]]:
        ns, report, data = (CARD, "addressbook-multiget", "address-data") if kind == "person" else (
            CAL, "calendar-multiget", "calendar-data")
        refs = "".join(f"<d:href>{_xml_text(quote(h))}</d:href>" for h in hrefs)
        body = (XML_HEAD + f'<x:{report} xmlns:d="DAV:" xmlns:x="{ns}">'
                f"<d:prop><d:getetag/><x:{data}/></d:prop>{refs}</x:{report}>")
        response = self.request("REPORT", collection, body, {"Depth": "1", "Content-Type": "application/xml"})
        if response.status != 207:
            raise PreconditionFailed()
        resources, _ = parse_multistatus(response._raw)
        return {r.href: (r.props["data"], r.etag) for r in resources if r.props.get("data")}

    def get(self, href: str) -> tuple[str, str | None] | None:
        """GET one resource: (text, etag), or None when it is gone."""
        response = self.request("GET", self.absolute(href))
        if response.status == 404:
            return None
        _expect(response, (200,), "GET", href, self.server)
        return response._raw.decode("utf-8") if isinstance(response._raw, bytes) else response._raw, \
            response.headers.get("ETag")

    # --- writing ------------------------------------------------------------------------

    def put(self, href: str, text: str, content_type: str, etag: str | None) -> str | None:
        """Create (etag None) or replace (only if still at `etag`) a resource; returns the new etag."""
        headers = {"Content-Type": f"{content_type}; charset=utf-8"}
        headers["If-Match" if etag else "If-None-Match"] = etag or "*"
        response = self.request("PUT", self.absolute(href), text, headers)
        if response.status == 412:
            raise PreconditionFailed()
        _expect(response, (200, 201, 204), "PUT", href, self.server)
        new_etag = response.headers.get("ETag")
        if not new_etag:
            found = self.propfind(self.absolute(href), ["d:getetag"])
            new_etag = found[0].etag if found else None
        return new_etag

    def delete(self, href: str, etag: str | None) -> None:
        """Delete a resource if it is still at `etag`; a resource already gone is fine."""
        response = self.request("DELETE", self.absolute(href), "", {"If-Match": etag} if etag else {})
        if response.status == 412:
            raise PreconditionFailed()
        if response.status != 404:
            _expect(response, (200, 204), "DELETE", href, self.server)

    def make_collection(self, url: str, kind: str, name: str) -> None:
        """Create an address book (MKCOL) or an event calendar (MKCALENDAR) at `url`."""
        if kind == "person":
            body = (XML_HEAD + f'<d:mkcol xmlns:d="DAV:" xmlns:card="{CARD}"><d:set><d:prop>'
                    "<d:resourcetype><d:collection/><card:addressbook/></d:resourcetype>"
                    f"<d:displayname>{_xml_text(name)}</d:displayname></d:prop></d:set></d:mkcol>")
            method = "MKCOL"
        else:
            body = (XML_HEAD + f'<cal:mkcalendar xmlns:d="DAV:" xmlns:cal="{CAL}"><d:set><d:prop>'
                    f"<d:displayname>{_xml_text(name)}</d:displayname>"
                    '<cal:supported-calendar-component-set><cal:comp name="VEVENT"/>'
                    "</cal:supported-calendar-component-set></d:prop></d:set></cal:mkcalendar>")
            method = "MKCALENDAR"
        response = self.request(method, url, body, {"Content-Type": "application/xml"})
        _expect(response, (200, 201), method, url, self.server)


def transport_error(exc: BaseException, server: str) -> SyncError:
    """The SyncError for a request that got no answer: timed out, or no connection at all."""
    from caldav.lib.http_sync import requests as http

    if isinstance(exc, http.exceptions.Timeout):
        return SyncError(T_("{server} did not answer in time; sync will try again later", server=server))
    return SyncError(T_("cannot reach {server} ({reason}); check you are online, sync will try again later",
                        server=server, reason=_short_reason(exc)))


def server_error(server: str, status: int, method: str, url: str) -> SyncError:
    return SyncError(T_("{server} had an internal error (HTTP {status} on {method} {path}); sync will try again later",
                        server=server, status=status, method=method, path=unquote(urlsplit(url).path)))


def _expect(response, statuses, method: str, url: str, server: str) -> None:
    if response.status not in statuses:
        raise SyncError(T_("{server} answered {method} {path} with HTTP {status} {reason}", server=server, method=method,
                           path=unquote(urlsplit(url).path), status=response.status,
                           reason=response.reason or "").rstrip())


def _short_reason(exc: Exception) -> str:
    text = str(exc)
    for marker in ("Connection refused", "Name or service not known", "No route to host",
                   "Temporary failure in name resolution", "Network is unreachable", "certificate"):
        if marker.lower() in text.lower():
            return marker.lower()
    return type(exc).__name__


def _xml_text(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _propfind_body(props: list[str]) -> str:
    inner = "".join(f"<{p}/>" for p in props)
    return f'<d:propfind xmlns:d="DAV:" xmlns:card="{CARD}" xmlns:cal="{CAL}"><d:prop>{inner}</d:prop></d:propfind>'


def normalize_href(href: str) -> str:
    """The decoded path of an href, so the same resource always gets the same key."""
    return unquote(urlsplit(href).path)


def _is_collection(resource: Resource) -> bool:
    return "collection" in resource.props.get("resourcetype", ())


def parse_multistatus(raw: bytes | str) -> tuple[list[Resource], str | None]:
    """Resources (href, etag, interesting properties) and the sync token of a 207 Multi-Status body."""
    if isinstance(raw, str):
        raw = raw.encode("utf-8")
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True)
    root = etree.fromstring(raw, parser)
    resources = []
    for node in root.findall("d:response", NS):
        href = normalize_href(node.findtext("d:href", "", NS).strip())
        props: dict = {}
        etag = None
        status = node.findtext("d:status", None, NS)
        if status and " 404 " in f" {status} ":
            props["status"] = 404
        for propstat in node.findall("d:propstat", NS):
            if " 200 " not in f" {propstat.findtext('d:status', '', NS)} ":
                continue
            prop = propstat.find("d:prop", NS)
            etag = prop.findtext("d:getetag", None, NS) or etag
            kinds = prop.find("d:resourcetype", NS)
            if kinds is not None:
                props["resourcetype"] = tuple(etree.QName(child).localname for child in kinds)
            for name, path in (("principal", "d:current-user-principal/d:href"),
                               ("addressbook_home", "card:addressbook-home-set/d:href"),
                               ("calendar_home", "cal:calendar-home-set/d:href")):
                value = prop.findtext(path, None, NS)
                if value:
                    props[name] = value.strip()
            name = prop.findtext("d:displayname", None, NS)
            if name is not None:
                props["displayname"] = name
            comps = prop.find("cal:supported-calendar-component-set", NS)
            if comps is not None:
                props["components"] = tuple(c.get("name", "").upper() for c in comps)
            data = prop.findtext("card:address-data", None, NS) or prop.findtext("cal:calendar-data", None, NS)
            if data:
                props["data"] = data
        resources.append(Resource(href=href, etag=etag, props=props))
    return resources, root.findtext("d:sync-token", None, NS)
