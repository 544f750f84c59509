"""Setting the care-needs passphrase, unlocking and locking.

The passphrase is never stored. ``nm_settings`` keeps the scrypt salt and parameters (``privacy_kdf``) and a
key-check value (``privacy_check``: a constant sealed under the key) so that a wrong passphrase is a clear
error rather than garbage. A lost passphrase cannot be recovered, and nor can the care needs it sealed.
"""

from __future__ import annotations

import base64
import json
import os

from mapper.domain.errors import PrivacyError
from mapper.domain.i18n import QT_TRANSLATE_NOOP, translate
from mapper.privacy.access_log import log_access
from mapper.privacy.codec import SCRYPT, SENSITIVE, TABLE, PassphraseCodec, derive_key, is_sealed
from mapper.store.codec import PRIVACY_KEY, LockedCodec
from mapper.store.stored import dump_stored, load_stored

CHECK_KEY = "privacy_check"
PRIVATE_KEY = "coordinator_private_key"
PUBLIC_KEY = "coordinator_public_key"
_CHECK_PURPOSE = "nm-keycheck"
_CHECK_TEXT = b"neighbourhood-mapper care needs key check v1"
MIN_LENGTH = 8

SETUP_TEXT = QT_TRANSLATE_NOOP(  # shown translated by the care-needs panel
    "Privacy",
    "Care needs are encrypted with a passphrase you choose now. The passphrase is never stored anywhere: "
    "if it is lost, the care needs in this project cannot be recovered by anyone, including us. "
    "Write it down and keep it somewhere safe, away from this laptop."
)


def is_protected(project) -> bool:
    """True once a care-needs passphrase has been set for this project."""
    return project.setting(PRIVACY_KEY) is not None


def is_unlocked(project) -> bool:
    return isinstance(project.codec, PassphraseCodec)


def require_unlocked(project) -> PassphraseCodec:
    if not is_unlocked(project):
        raise PrivacyError(translate("Privacy", "care needs are locked; unlock them with the project passphrase first"),
                           path=project.path)
    return project.codec  # type: ignore[return-value]


def _check_strength(passphrase: str) -> None:
    if passphrase is None or len(passphrase.strip()) < MIN_LENGTH:
        raise PrivacyError(translate("Privacy", "the passphrase must be at least %1 characters long")
                           .replace("%1", str(MIN_LENGTH)))


def set_passphrase(project, passphrase: str) -> PassphraseCodec:
    """Protect the project's care needs with ``passphrase`` and leave them unlocked.

    Care needs already in the file (recorded before a passphrase was set) are sealed now.
    """
    if is_protected(project):
        raise PrivacyError(translate("Privacy", "already has a care-needs passphrase"), path=project.path)
    _check_strength(passphrase)
    salt = os.urandom(16)
    key = derive_key(passphrase, salt, **SCRYPT)
    codec = PassphraseCodec(key)
    kdf = json.dumps({"alg": "scrypt", **SCRYPT, "salt": base64.b64encode(salt).decode("ascii")})
    with project.transaction():
        project.conn.execute("INSERT OR REPLACE INTO nm_settings VALUES (?, ?)", (PRIVACY_KEY, kdf))
        project.conn.execute("INSERT OR REPLACE INTO nm_settings VALUES (?, ?)",
                             (CHECK_KEY, codec.seal_blob(_CHECK_PURPOSE, _CHECK_TEXT)))
        sealed = _seal_plaintext_rows(project, codec)
    project.codec = codec
    log_access(project, "set passphrase")
    if sealed:
        scrub_plaintext(project)
    return codec


def scrub_plaintext(project) -> None:
    """Leave no old page images behind: the -wal still holds the plaintext pages until a checkpoint,
    and free pages may too. Checkpoint, rebuild the file (VACUUM), and truncate the -wal to nothing."""
    conn = project.conn
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.execute("VACUUM")
    busy = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    if busy and busy[0]:
        raise PrivacyError(translate("Privacy", "another program has the project open, so care needs written "
                                                "before the passphrase may still be readable in its -wal file; "
                                                "close it and set the passphrase again"), path=project.path)


def _seal_plaintext_rows(project, codec: PassphraseCodec) -> int:
    """Seal care needs written before the passphrase existed (rows and tombstones), in place; how many."""
    n = 0
    cols = [c for c in project.columns(TABLE) if c in SENSITIVE]
    rows = project.conn.execute(f'SELECT uuid, {", ".join(cols)} FROM "{TABLE}"').fetchall()
    for uuid, *values in rows:
        sealed = {c: codec.seal(TABLE, c, v, uuid) for c, v in zip(cols, values) if not is_sealed(v)}
        if sealed:
            n += 1
            sets = ", ".join(f'"{c}"=?' for c in sealed)
            project.conn.execute(f'UPDATE "{TABLE}" SET {sets} WHERE uuid=?', (*sealed.values(), uuid))
    for uuid, data in project.conn.execute("SELECT uuid, data FROM nm_tombstones WHERE tbl=?", (TABLE,)).fetchall():
        stored = load_stored(data) if data else {}
        for c in list(stored):
            if c in SENSITIVE and not is_sealed(stored[c]):
                stored[c] = codec.seal(TABLE, c, stored[c], uuid)
        project.conn.execute("UPDATE nm_tombstones SET data=? WHERE tbl=? AND uuid=?",
                             (dump_stored(stored), TABLE, uuid))
        n += 1
    return n


def _codec_for(project, passphrase: str) -> PassphraseCodec:
    try:
        kdf = json.loads(project.setting(PRIVACY_KEY))
        salt = base64.b64decode(kdf["salt"])
        key = derive_key(passphrase, salt, n=int(kdf["n"]), r=int(kdf["r"]), p=int(kdf["p"]))
    except (ValueError, KeyError, TypeError):
        raise PrivacyError(translate("Privacy", "the care-needs settings in this file are damaged"), path=project.path) from None
    codec = PassphraseCodec(key)
    try:
        ok = codec.open_blob(_CHECK_PURPOSE, project.setting(CHECK_KEY) or "") == _CHECK_TEXT
    except PrivacyError:
        ok = False
    if not ok:
        raise PrivacyError(translate("Privacy", "the care-needs passphrase is wrong"), path=project.path)
    return codec


def unlock(project, passphrase: str | None) -> PassphraseCodec:
    """Check ``passphrase`` and install the codec that opens (and seals) care needs.

    Raises PrivacyError with one plain line when the passphrase is wrong or the project has none.
    """
    if not is_protected(project):
        raise PrivacyError(translate("Privacy", "has no care-needs passphrase yet; set one first"), path=project.path)
    if not passphrase:
        raise PrivacyError(translate("Privacy", "care needs are locked; give the passphrase (--passphrase-file)"), path=project.path)
    try:
        codec = _codec_for(project, passphrase)
    except PrivacyError:
        log_access(project, "wrong passphrase")
        raise
    private = project.setting(PRIVATE_KEY)
    if private:
        from mapper.privacy.keys import open_private_key

        codec.private = open_private_key(codec, private)
    project.codec = codec
    log_access(project, "unlock")
    return codec


def ensure_unlocked(project, passphrase: str | None) -> PassphraseCodec | None:
    """For commands: unlock with ``passphrase`` unless already unlocked. None for an unprotected project."""
    if not is_protected(project):
        return None
    if is_unlocked(project):
        return project.codec  # type: ignore[return-value]
    return unlock(project, passphrase)


def lock(project) -> bool:
    """Forget the key: care needs can no longer be read or written until unlocked again. Never blocks nor
    fails on a busy file: the access-log entry then waits and is written later. False when it waits."""
    if is_protected(project):
        was = is_unlocked(project)
        project.codec = LockedCodec()
        if was and project.conn is not None:
            return log_access(project, "lock", wait=False)
    return True
