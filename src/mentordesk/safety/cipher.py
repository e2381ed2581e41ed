"""The peewee database for an encrypted file: SQLCipher, keyed quietly (imported only when one is opened)."""

from __future__ import annotations

from playhouse.sqlcipher_ext import SqlCipherDatabase
from sqlcipher3 import dbapi2 as sqlcipher

from mentordesk.safety.crypto import apply_key


class EncryptedDatabase(SqlCipherDatabase):
    """A SQLCipher database whose wrong-key attempts stay quiet (no "hmac check failed" on stderr)."""

    def _connect(self):
        params = dict(self.connect_params)
        passphrase = params.pop("passphrase", "")
        conn = sqlcipher.connect(self.database, isolation_level=None, **params)
        try:
            apply_key(conn, passphrase)
            self._add_conn_hooks(conn)
        except BaseException:
            conn.close()
            raise
        return conn

    @property
    def passphrase(self) -> str:
        return self.connect_params.get("passphrase", "")
