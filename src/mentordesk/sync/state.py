"""What the last sync saw on the server, per record, so the next one moves only what changed."""

from __future__ import annotations

from peewee import DateTimeField, ForeignKeyField, IntegerField, TextField

from mentordesk import models
from mentordesk.models import BaseModel, now

KINDS = ("person", "meeting")


class SyncAccount(BaseModel):
    """A server account: where its address book and calendar live and how far sync got (no password)."""

    url = TextField()
    username = TextField()
    addressbook_url = TextField(null=True)
    addressbook_token = TextField(null=True)
    calendar_url = TextField(null=True)
    calendar_token = TextField(null=True)
    last_synced_at = DateTimeField(null=True)
    last_error = TextField(default="")
    created_at = DateTimeField(default=now)
    # Set when the user sets the account up or a sync with it succeeds; the latest is the one the app syncs.
    chosen_at = DateTimeField(null=True)

    class Meta:
        indexes = ((("url", "username"), True),)


class SyncItem(BaseModel):
    """One server resource paired with a local record (local_id NULL: a resource we could not import)."""

    account = ForeignKeyField(SyncAccount, backref="items", on_delete="CASCADE")
    kind = TextField()
    local_id = IntegerField(null=True)
    uid = TextField()
    href = TextField()
    etag = TextField(null=True)
    # Hash of the local record as of the last sync, and its updated_at then (a cheap "maybe changed" test).
    local_hash = TextField(default="")
    local_stamp = TextField(default="")
    # The server's text as of the last sync: unknown properties survive our next upload.
    raw = TextField(default="")

    class Meta:
        indexes = ((("account", "href"), True), (("account", "kind", "local_id"), False))


class SyncConflict(BaseModel):
    """Both sides changed (or one deleted what the other changed) since the last sync; the user decides."""

    account = ForeignKeyField(SyncAccount, backref="conflicts", on_delete="CASCADE")
    kind = TextField()
    href = TextField()
    local_id = IntegerField(null=True)  # NULL or a vanished id: deleted here
    remote_etag = TextField(null=True)
    remote_text = TextField(null=True)  # NULL: deleted on the server
    local_text = TextField(null=True)  # the local version as it would be uploaded, at detection
    detected_at = DateTimeField(default=now)

    class Meta:
        indexes = ((("account", "href"), True),)


class SyncRemoved(BaseModel):
    """A record deleted on the server but kept here with its history, not uploaded again until restored."""

    account = ForeignKeyField(SyncAccount, backref="removed", on_delete="CASCADE")
    kind = TextField()
    local_id = IntegerField()
    uid = TextField()
    href = TextField()
    raw = TextField(default="")  # the server's last text, for the name and to pair it again if it comes back
    removed_at = DateTimeField(default=now)

    class Meta:
        indexes = ((("account", "kind", "local_id"), True),)


SYNC_MODELS = [SyncAccount, SyncItem, SyncConflict, SyncRemoved]
for _model in SYNC_MODELS:
    if _model not in models.ALL_MODELS:
        models.ALL_MODELS.append(_model)
