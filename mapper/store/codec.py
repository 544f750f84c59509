"""The codec hook through which the privacy layer seals care-need fields, and the codec a project with a
passphrase opens with (so protection never depends on the privacy layer having been imported)."""

from __future__ import annotations

from typing import Any, Protocol

from mapper.domain.errors import PrivacyError
from mapper.domain.i18n import translate
from mapper.domain.records import CareNeed


class FieldCodec(Protocol):
    """Seals sensitive fields on the way into the file and opens them on the way out (privacy layer)."""

    def seal(self, table: str, field: str, value: Any, uuid: str | None = None) -> Any: ...

    def open(self, table: str, field: str, stored: Any, uuid: str | None = None) -> Any: ...


def is_sensitive(table: str, field: str) -> bool:
    """A care-need field the privacy layer seals: never stored in plaintext."""
    return table == CareNeed.TABLE and field in CareNeed.SENSITIVE


class LockedCodec:
    """Installed when a project with a care-needs passphrase opens: sensitive care-need fields can be
    neither read nor written until ``mapper.privacy.unlock`` replaces it; everything else passes through."""

    def _refuse(self, table: str, field: str) -> bool:
        if is_sensitive(table, field):
            raise PrivacyError(translate("Privacy", "care needs are locked; unlock them with the project passphrase "
                                                  "first"))
        return False

    def seal(self, table: str, field: str, value: Any, uuid: str | None = None) -> Any:
        return self._refuse(table, field) or value

    def open(self, table: str, field: str, stored: Any, uuid: str | None = None) -> Any:
        return self._refuse(table, field) or stored


PRIVACY_KEY = "privacy_kdf"  # nm_settings key present once a care-needs passphrase is set
