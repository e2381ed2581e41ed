"""The first sync of a generated network and an idle one, beside the floor: plain PUTs of the same items.

Usage: python benchmarks/bench_sync.py [--people 5000] [--meetings 10000]
Starts its own Radicale (benchmarks/radicale_bench.py) in a temporary folder, generates the network,
and prints one JSON line:
- sync_first_s: `run_sync` on a new account, as `mentordesk sync` runs it (discovery, collections made,
  the backup before a first sync, plan, every record exported, uploaded and recorded);
- sync_idle_s: the same sync again, nothing changed on either side;
- raw_put_s: the very texts the first sync uploaded, PUT to a second account's empty collections on the
  same server through the same pool (sync.upload.Uploader, 4 workers): the network and the server alone.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import generate  # noqa: E402
from radicale_bench import BenchRadicale  # noqa: E402


def raw_puts(url: str, user: str, password: str, items: dict[str, list[tuple[str, str]]]) -> float:
    """Seconds to PUT every (name, text) into new collections of `user`, kind after kind, over the pool."""
    from mentordesk.sync.dav import DavSession
    from mentordesk.sync.upload import Uploader

    session = DavSession(url, user, password)
    folders = {"person": (f"{url}{user}/contacts/", "text/vcard"), "meeting": (f"{url}{user}/events/", "text/calendar")}
    for kind, (folder, _type) in folders.items():
        session.make_collection(folder, kind, kind)  # also settles the authentication, untimed
    started = time.perf_counter()
    for kind, (folder, content_type) in folders.items():
        with Uploader(session) as uploader:
            futures = [uploader.submit(folder + name, text, content_type) for name, text in items[kind]]
            for future in futures:
                future.result()
    seconds = time.perf_counter() - started
    session.close()
    return seconds


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=5000)
    parser.add_argument("--meetings", type=int, default=10000)
    args = parser.parse_args(argv)
    from mentordesk import db
    from mentordesk.sync.runner import run_sync
    from mentordesk.sync.state import SyncItem

    with tempfile.TemporaryDirectory(prefix="mentordesk-sync-bench-") as folder:
        folder = Path(folder)
        network = folder / "sync.db"
        generate.generate(network, args.people, quiet=True,
                          counts={"meetings": args.meetings, "advice": args.meetings // 4, "asks": 50})
        server = BenchRadicale(folder / "radicale").start()
        try:
            for user in ("first", "floor"):
                server.add_user(user, f"secret-{user}")
            db.open_database(network)
            started = time.perf_counter()
            first = run_sync(server.url, "first", "secret-first")
            sync_first = time.perf_counter() - started
            started = time.perf_counter()
            idle = run_sync(server.url, "first", "secret-first")
            sync_idle = time.perf_counter() - started
            items: dict[str, list[tuple[str, str]]] = {"person": [], "meeting": []}
            for kind, href, text in SyncItem.select(SyncItem.kind, SyncItem.href, SyncItem.raw).order_by(
                    SyncItem.id).tuples():
                items[kind].append((href.rsplit("/", 1)[-1], text))
            db.close_database()
            raw_put = raw_puts(server.url, "floor", "secret-floor", items)
        finally:
            server.stop()
    result = {
        "sync_first_s": round(sync_first, 3), "raw_put_s": round(raw_put, 3), "sync_idle_s": round(sync_idle, 3),
        "sync_people": first.people.uploaded, "sync_meetings": first.meetings.uploaded,
        "sync_idle_unchanged": idle.unchanged,
    }
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
