"""Coordinator keys: an X25519 key pair made in the app.

The coordinator makes the pair in their own project (which must have a care-needs passphrase); the private
key is kept there, sealed under that passphrase, and never leaves the file. They hand mappers the public key
file; a mapper's coordinator export seals each care-need value to it, so only the coordinator can open it -
not the mapper who sent it, and not another mapper.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey

from mapper.domain.errors import Errors, PrivacyError
from mapper.domain.i18n import translate
from mapper.privacy.access_log import log_access
from mapper.privacy.codec import PassphraseCodec, public_bytes
from mapper.privacy.setup import PRIVATE_KEY, PUBLIC_KEY, require_unlocked
from mapper.store.snapshot import replace_atomically, temp_beside

HEADER = "Neighbourhood Mapper coordinator public key v1"
SUFFIX = ".nmkey"
_PRIVATE_PURPOSE = "nm-coordinator-private-key"


def fingerprint(public: bytes | X25519PublicKey) -> str:
    """A short, readable fingerprint to compare over the phone: 'ab12 cd34 ef56 7890'."""
    raw = public if isinstance(public, bytes) else public_bytes(public)
    digest = hashlib.sha256(raw).hexdigest()[:16]
    return " ".join(digest[i:i + 4] for i in range(0, 16, 4))


def has_coordinator_keys(project) -> bool:
    return project.setting(PRIVATE_KEY) is not None


def generate_coordinator_keys(project, *, replace: bool = False) -> X25519PublicKey:
    """Make the coordinator's key pair in this (unlocked) project. Returns the public key.

    Replacing a pair means care needs sealed to the old public key can no longer be opened.
    """
    codec = require_unlocked(project)
    if has_coordinator_keys(project) and not replace:
        raise PrivacyError(translate("Privacy", "already has coordinator keys; replacing them would lose access "
                                                "to care needs sealed to the old key"), path=project.path)
    private = X25519PrivateKey.generate()
    raw = private.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                                serialization.NoEncryption())
    public = private.public_key()
    with project.transaction():
        project.conn.execute("INSERT OR REPLACE INTO nm_settings VALUES (?, ?)",
                             (PRIVATE_KEY, codec.seal_blob(_PRIVATE_PURPOSE, raw)))
        project.conn.execute("INSERT OR REPLACE INTO nm_settings VALUES (?, ?)",
                             (PUBLIC_KEY, base64.b64encode(public_bytes(public)).decode("ascii")))
    codec.private = private
    log_access(project, "coordinator keys", f"made key {fingerprint(public)}")
    return public


def open_private_key(codec: PassphraseCodec, sealed: str) -> X25519PrivateKey:
    return X25519PrivateKey.from_private_bytes(codec.open_blob(_PRIVATE_PURPOSE, sealed))


def project_public_key(project) -> X25519PublicKey | None:
    text = project.setting(PUBLIC_KEY)
    return X25519PublicKey.from_public_bytes(base64.b64decode(text)) if text else None


def save_public_key(project, path: Path | str) -> Path:
    """Write this coordinator's public key file (safe to email: it can only seal, never open)."""
    public = project_public_key(project)
    if public is None:
        raise PrivacyError(translate("Privacy", "has no coordinator keys yet; make them first"), path=project.path)
    path = Path(path)
    text = (f"{HEADER}\n{base64.b64encode(public_bytes(public)).decode('ascii')}\n"
            f"fingerprint: {fingerprint(public)}\n")
    tmp = temp_beside(path)
    tmp.write_text(text, encoding="utf-8")
    replace_atomically(tmp, path)
    return path


def load_public_key(path: Path | str) -> X25519PublicKey:
    """Read a coordinator public key file; one plain error line naming the file when it is not one."""
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        raise PrivacyError(translate("Privacy", "coordinator key file not found"), path=path) from None
    except (OSError, UnicodeDecodeError):
        raise PrivacyError(translate("Privacy", "cannot read the coordinator key file"), path=path) from None
    if len(lines) < 2 or lines[0].strip() != HEADER:
        raise PrivacyError(translate("Privacy", "is not a Neighbourhood Mapper coordinator public key file"),
                           path=path)
    try:
        raw = base64.b64decode(lines[1].strip(), validate=True)
        return X25519PublicKey.from_public_bytes(raw)
    except (binascii.Error, ValueError):
        raise PrivacyError(translate("Privacy", "the coordinator key in this file is damaged"), path=path,
                           where=Errors.tr("line 2")) from None
