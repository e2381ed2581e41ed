"""Finding (or creating) the address book and the calendar from whatever URL the user typed."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urljoin

from mentordesk.sync.dav import DavSession, Resource, SyncError
from mentordesk.texts import T_

ADDRESSBOOK_NAME = "MentorDesk"
CALENDAR_NAME = "MentorDesk meetings"
ADDRESSBOOK_SLUG = "mentordesk-contacts/"
CALENDAR_SLUG = "mentordesk-meetings/"
DISCOVERY_PROPS = ["d:resourcetype", "d:current-user-principal", "card:addressbook-home-set",
                   "cal:calendar-home-set", "d:displayname"]


@dataclass
class Collections:
    """Where people and meetings live on the server (full URLs ending in '/')."""

    addressbook: str
    calendar: str


def _with_slash(url: str) -> str:
    return url if url.endswith("/") else url + "/"


def locate(session: DavSession, addressbook: str | None = None, calendar: str | None = None) -> Collections:
    """Use the given collection URLs, else discover them from session.url, creating missing ones.

    The URL may be the server root, a principal (e.g. Radicale's /user/), or an address book or
    calendar itself. MentorDesk uses an address book named "MentorDesk" if there is one, else the
    first address book; meetings go to their own "MentorDesk meetings" calendar, so the user's other
    events never turn into meetings.
    """
    url = session.url
    found = _first(session.propfind(url, DISCOVERY_PROPS))
    kinds = found.props.get("resourcetype", ()) if found else ()
    if found is None:
        raise SyncError(T_("{server} has nothing at {url} (HTTP 404); check the server address", server=session.server,
                           url=url))
    if "addressbook" in kinds:
        addressbook = addressbook or _with_slash(url)
    if "calendar" in kinds:
        calendar = calendar or _with_slash(url)
    if addressbook and calendar:
        return Collections(addressbook, calendar)

    principal = _principal(session, found)
    homes = _first(session.propfind(principal, DISCOVERY_PROPS)) or found
    card_home = session.absolute(homes.props.get("addressbook_home") or principal)
    cal_home = session.absolute(homes.props.get("calendar_home") or principal)
    if not addressbook:
        addressbook = _pick_or_make(session, card_home, "addressbook", ADDRESSBOOK_NAME, ADDRESSBOOK_SLUG)
    if not calendar:
        calendar = _pick_or_make(session, cal_home, "calendar", CALENDAR_NAME, CALENDAR_SLUG)
    return Collections(_with_slash(addressbook), _with_slash(calendar))


def _first(resources: list[Resource]) -> Resource | None:
    return resources[0] if resources else None


def _principal(session: DavSession, found: Resource) -> str:
    """The user's principal URL: current-user-principal, the URL itself, or via /.well-known/."""
    if found.props.get("principal"):
        return session.absolute(found.props["principal"])
    if "principal" in found.props.get("resourcetype", ()):
        return _with_slash(session.url)
    for well_known in ("/.well-known/carddav", "/.well-known/caldav"):
        again = _first(session.propfind(urljoin(session.url, well_known), DISCOVERY_PROPS))
        if again and again.props.get("principal"):
            return session.absolute(again.props["principal"])
    raise SyncError(T_("{server} does not say where the address book and calendar of '{user}' are; enter the address "
                       "book's own URL instead", server=session.server, user=session.username))


def _pick_or_make(session: DavSession, home: str, kind: str, name: str, slug: str) -> str:
    members = session.propfind(_with_slash(home), ["d:resourcetype", "d:displayname",
                                                   "cal:supported-calendar-component-set"], depth=1)
    matching = [r for r in members if kind in r.props.get("resourcetype", ())]
    if kind == "calendar":
        matching = [r for r in matching if "VEVENT" in r.props.get("components", ("VEVENT",))]
    named = [r for r in matching if (r.props.get("displayname") or "") == name]
    if kind == "calendar":
        matching = named  # meetings only go to a calendar of their own
    chosen = (named or matching or [None])[0]
    if chosen is not None:
        return session.absolute(chosen.href)
    target = urljoin(_with_slash(home), slug)
    session.make_collection(target, "person" if kind == "addressbook" else "meeting", name)
    return target
