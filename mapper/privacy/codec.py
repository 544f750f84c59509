"""Sealing care-need fields: AES-GCM under the project passphrase key, or a sealed box to a coordinator.

Stored forms (text, so the TEXT columns and every GeoPackage reader keep working):

* ``nm1:<base64 nonce + ciphertext>`` - AES-256-GCM under the key scrypt derives from the passphrase.
* ``nmpk1:<base64 key id + ephemeral public key + nonce + ciphertext>`` - sealed to a coordinator's X25519
  public key (ephemeral X25519, HKDF-SHA256, AES-256-GCM); only that coordinator's private key opens it.

Both bind the ciphertext to the record and field (associated data ``care_needs|uuid|field``), so a sealed
value copied onto another record or field does not open. The plaintext is the value's JSON.
"""

from __future__ import annotations

import binascii
import hashlib
import json
import os
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from mapper.domain.errors import Errors, PrivacyError
from mapper.domain.i18n import arg, translate
from mapper.domain.records import CareNeed
from mapper.store.codec import LockedCodec

TABLE = CareNeed.TABLE
SENSITIVE = frozenset(CareNeed.SENSITIVE)
SEALED = "nm1:"
BOXED = "nmpk1:"
SCRYPT = {"n": 2**15, "r": 8, "p": 1}
_BOX_INFO = b"neighbourhood-mapper sealed box v1"
_RAW = serialization.Encoding.Raw, serialization.PublicFormat.Raw

__all__ = ["PassphraseCodec", "LockedCodec", "derive_key", "is_sensitive", "is_sealed", "seal_to",
           "public_bytes", "key_id", "SENSITIVE"]


def is_sensitive(table: str, field: str) -> bool:
    return table == TABLE and field in SENSITIVE


def is_sealed(stored: Any) -> bool:
    return isinstance(stored, str) and (stored.startswith(SEALED) or stored.startswith(BOXED))


def derive_key(passphrase: str, salt: bytes, *, n: int = SCRYPT["n"], r: int = SCRYPT["r"],
               p: int = SCRYPT["p"]) -> bytes:
    return Scrypt(salt=salt, length=32, n=n, r=r, p=p).derive(passphrase.encode("utf-8"))


def _ad(prefix: str, uuid: str | None, field: str) -> bytes:
    if not uuid:
        raise PrivacyError(arg(Errors.tr("cannot seal the care need field %1 without its record id"), repr(field)))
    return f"{prefix}|{TABLE}|{uuid}|{field}".encode()


def _b64(data: bytes) -> str:
    return binascii.b2a_base64(data, newline=False).decode("ascii")


def _unb64(text: str) -> bytes:
    try:
        return binascii.a2b_base64(text)
    except (ValueError, binascii.Error):
        raise PrivacyError(translate("Privacy", "a sealed care-need value is damaged")) from None


def public_bytes(key: X25519PublicKey) -> bytes:
    return key.public_bytes(*_RAW)


def key_id(public: bytes) -> bytes:
    return hashlib.sha256(public).digest()[:8]


def _box_key(shared: bytes, epk: bytes, recipient: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=epk + recipient, info=_BOX_INFO).derive(shared)


def seal_to(recipient: X25519PublicKey, uuid: str, field: str, value: Any) -> str:
    """Seal one value so that only the holder of ``recipient``'s private key can open it."""
    ephemeral = X25519PrivateKey.generate()
    epk = public_bytes(ephemeral.public_key())
    rpk = public_bytes(recipient)
    key = _box_key(ephemeral.exchange(recipient), epk, rpk)
    nonce = os.urandom(12)
    ct = AESGCM(key).encrypt(nonce, json.dumps(value).encode("utf-8"), _ad("nmpk1", uuid, field))
    return BOXED + _b64(key_id(rpk) + epk + nonce + ct)


def open_box(private: X25519PrivateKey, uuid: str, field: str, stored: str) -> Any:
    raw = _unb64(stored[len(BOXED):])
    rpk = public_bytes(private.public_key())
    if raw[:8] != key_id(rpk):
        raise PrivacyError(translate("Privacy", "this care need was sealed to another coordinator's key; it cannot "
                                                  "be opened here"))
    epk, nonce, ct = raw[8:40], raw[40:52], raw[52:]
    key = _box_key(private.exchange(X25519PublicKey.from_public_bytes(epk)), epk, rpk)
    try:
        return json.loads(AESGCM(key).decrypt(nonce, ct, _ad("nmpk1", uuid, field)))
    except InvalidTag:
        raise PrivacyError(arg(translate("Privacy", "a care need's %1 does not open: the file was changed or "
                                                      "damaged"), field)) from None


class PassphraseCodec:
    """The unlocked codec: seals sensitive care-need fields with the passphrase key; opens those and,
    for a coordinator, values sealed to the coordinator's public key. Everything else passes through."""

    def __init__(self, key: bytes, private: X25519PrivateKey | None = None):
        self._aead = AESGCM(key)
        self.private = private

    def seal(self, table: str, field: str, value: Any, uuid: str | None = None) -> Any:
        if not is_sensitive(table, field):
            return value
        nonce = os.urandom(12)
        ct = self._aead.encrypt(nonce, json.dumps(value).encode("utf-8"), _ad("nm1", uuid, field))
        return SEALED + _b64(nonce + ct)

    def open(self, table: str, field: str, stored: Any, uuid: str | None = None) -> Any:
        if not is_sensitive(table, field) or not isinstance(stored, str):
            return stored
        if stored.startswith(SEALED):
            raw = _unb64(stored[len(SEALED):])
            try:
                return json.loads(self._aead.decrypt(raw[:12], raw[12:], _ad("nm1", uuid, field)))
            except InvalidTag:
                raise PrivacyError(arg(translate("Privacy", "a care need's %1 does not open with this project's "
                                                            "passphrase (sealed by another project, or damaged)"),
                                       field)) from None
        if stored.startswith(BOXED):
            if self.private is None:
                raise PrivacyError(translate("Privacy", "this care need was sealed to the coordinator's key; only "
                                                        "the coordinator can open it"))
            return open_box(self.private, uuid or "", field, stored)
        return stored  # written before a passphrase was set (set_passphrase seals those)

    def seal_blob(self, purpose: str, data: bytes) -> str:
        nonce = os.urandom(12)
        return _b64(nonce + self._aead.encrypt(nonce, data, purpose.encode()))

    def open_blob(self, purpose: str, text: str) -> bytes:
        raw = _unb64(text)
        try:
            return self._aead.decrypt(raw[:12], raw[12:], purpose.encode())
        except InvalidTag:
            raise PrivacyError(translate("Privacy", "the passphrase is wrong")) from None
