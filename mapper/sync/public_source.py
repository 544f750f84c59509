"""The published view of the central map on PostgreSQL/PostGIS (issue 13): the same ``PublicSource`` as
``store.source.FileSource``, read from the server's ``mapper_public`` views only (what may be published,
naming no mapper). The session takes the ``mapper_reader`` role when it can, so even a coordinator's login
reads nothing else here.

The public views carry each record's ``modified`` time (migration s003; never the versions themselves,
which name a device), so a profile's "changed recently" is the same as from the project file. The server
keeps no wards: ward and district profiles use the reference boundaries shipped with the app
(``formats.admin_areas``).
"""

from __future__ import annotations

import json
from typing import Any, Iterator

from mapper.domain.errors import MapperError
from mapper.domain.i18n import arg, translate
from mapper.store.source import (
    ASSET_FIELDS,
    DEFAULT_TITLE,
    GROUP_FIELDS,
    asset_item,
    group_item,
    neighbourhood_item,
)


class ServerSource:
    def __init__(self, dsn: str):
        import psycopg

        self.dsn = dsn
        try:
            self.conn = psycopg.connect(dsn, autocommit=True, connect_timeout=20)
        except psycopg.Error as exc:
            raise MapperError(arg(translate("Sync", "cannot reach the central map (%1)"),
                                  str(exc).strip().splitlines()[0]),
                              path=_safe(dsn)) from None
        try:
            self.conn.execute("SET ROLE mapper_reader")
        except psycopg.Error:
            pass  # a login that is not a member of mapper_reader still reads only mapper_public below
        try:
            self.conn.execute("SELECT 1 FROM mapper_public.assets LIMIT 0")
        except psycopg.Error:
            self.conn.close()
            raise MapperError(translate("Sync", "this server has no published view (run 'mapper server init' first)"),
                              path=_safe(dsn)) from None
        # a server not yet upgraded by 'mapper server init' (s003) has no modified column: None then
        self._modified = "modified" if self.conn.execute(
            "SELECT 1 FROM information_schema.columns WHERE table_schema = 'mapper_public' "
            "AND table_name = 'assets' AND column_name = 'modified'").fetchone() else "NULL"

    def close(self) -> None:
        self.conn.close()

    def title(self) -> str:
        return DEFAULT_TITLE

    def _published_groups(self) -> set[str]:
        return {r[0] for r in self.conn.execute("SELECT uuid FROM mapper_public.groups")}

    def assets(self) -> Iterator[dict[str, Any]]:
        groups = self._published_groups()
        cols = ", ".join(f'"{c}"' for c in ASSET_FIELDS)
        cur = self.conn.execute(f"SELECT uuid, ST_X(geom), ST_Y(geom), {self._modified}, {cols} "
                                "FROM mapper_public.assets ORDER BY name, uuid")
        for row in cur:
            out: dict[str, Any] = {"uuid": row[0], "modified": row[3],
                                   "lon": None if row[1] is None else round(row[1], 6),
                                   "lat": None if row[2] is None else round(row[2], 6)}
            yield asset_item(out, row[4:], groups)

    def groups(self) -> list[dict[str, Any]]:
        cols = ", ".join(f'"{c}"' for c in GROUP_FIELDS)
        out = []
        for row in self.conn.execute(f"SELECT uuid, {self._modified}, {cols} FROM mapper_public.groups "
                                     "ORDER BY name, uuid"):
            out.append(group_item({"uuid": row[0], "modified": row[1]}, row[2:]))
        return out

    def neighbourhoods(self) -> list[dict[str, Any]]:
        rows = self.conn.execute("SELECT uuid, name, code, ward, ST_AsGeoJSON(geom) FROM mapper_public.neighbourhoods "
                                 "ORDER BY name, uuid")
        return [neighbourhood_item(u, n, c, w, None if g is None else json.loads(g)) for u, n, c, w, g in rows]

    def wards(self) -> list[dict[str, Any]]:
        return []


def open_source(spec: str):
    """A source from the command line: a ``postgresql://`` central map, else a project file.
    Returns ``(source, close)``."""
    from mapper.store.source import is_server_spec, open_file_source

    if is_server_spec(spec):
        source = ServerSource(spec)
        return source, source.close
    return open_file_source(spec)


def _safe(dsn: str) -> str:
    """The address without any password in it (for messages)."""
    import re

    return re.sub(r"(://[^:/@]*):[^@]*@", r"\1:***@", dsn)
