"""The central map's PostgreSQL/PostGIS schema, created and upgraded by named migrations
(``mapper server init DSN``).

Schema ``mapper``: one table per record kind (``assets`` and ``neighbourhoods`` with real
``geometry(Point, 4326)`` / ``geometry(MultiPolygon, 4326)`` columns and GiST indexes; ``groups`` and
``care_needs`` without geometry), an integer primary key ``id`` plus the record's ``uuid``, its packed
per-field ``versions`` and ``seq``, the server's change sequence: every write takes the next value of
``mapper.change_seq`` under one transaction-level advisory lock, so commits happen in ``seq`` order and a
laptop's cursor ("I have everything up to seq N") never skips a row. ``tombstones``, ``decisions`` (review
decisions and knowledge checkpoints) and ``losers`` (every losing write, so a coordinator's Review sees
conflicts made between two laptops) are kept too, so every laptop's merge is three-way and idempotent.

Edits made directly in PostGIS (QGIS, SQL) go through ``mapper.track()``: the changed columns get a
version from the server's own hybrid logical clock (``mapper.clock``, replica id in ``server_info``), the
row a new ``seq``; a delete becomes a tombstone. The sync client sets ``mapper.sync = on`` for its own
writes, which carry laptops' versions.

A first sync's bulk load into an empty table may go through ``mapper.first_load`` (``s004``, used by
``pg_write``): indexes, constraints and the tracking trigger dropped for the COPY, built again before COMMIT.

Roles: ``mapper_sync`` (a mapper's login: sync only; care needs write-only, decisions only checkpoints),
``mapper_coordinator`` (review decisions, reads sealed care needs, owns ``mapper_public``),
``mapper_reader`` (only ``mapper_public``: what may be published, naming no mapper).
"""

from __future__ import annotations

from typing import Callable

from mapper.domain.i18n import arg, translate

LOCK = 4242_0013  # the advisory lock every writer takes before it draws a seq

RECORD_COLUMNS = {
    "assets": {
        "geom": "geometry(Point, 4326)", "name": "text NOT NULL DEFAULT ''", "kind": "text", "category": "text",
        "description": "text", "address": "text", "postcode": "text", "neighbourhood": "text",
        "neighbourhood_fixed": "boolean", "opening_times": "text", "contact_phone": "text",
        "contact_email": "text", "website": "text", "accessibility": "text", "cost": "text", "audience": "text",
        "principles": "text", "run_by": "text", "status": "text", "may_publish": "boolean",
        "last_checked": "text", "recorded_by": "text"},
    "groups": {
        "name": "text NOT NULL DEFAULT ''", "group_type": "text", "description": "text", "contact_phone": "text",
        "contact_email": "text", "website": "text", "charity_number": "text", "neighbourhoods": "text",
        "may_publish": "boolean", "last_checked": "text", "recorded_by": "text"},
    "care_needs": {
        "neighbourhood": "text", "approx_location": "text", "categories": "text", "age_band": "text",
        "is_carer": "text", "urgency": "text", "consent_by": "text", "consent_at": "text",
        "consent_scope": "text", "status": "text", "connections": "text", "notes": "text",
        "recorded_by": "text"},
    "neighbourhoods": {
        "geom": "geometry(MultiPolygon, 4326)", "code": "text", "name": "text NOT NULL DEFAULT ''",
        "ward": "text", "population": "integer"},
}
META = ("id", "uuid", "versions", "seq")


_TRACK = """
CREATE FUNCTION mapper.next_version(floor text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE w bigint; c integer; fw bigint; fc integer; now_ms bigint; rid text;
BEGIN
  now_ms := floor(extract(epoch FROM clock_timestamp()) * 1000);
  SELECT wall, counter INTO w, c FROM mapper.clock WHERE id = 1 FOR UPDATE;
  IF floor IS NOT NULL AND floor ~ '^[0-9]{13}\\.[0-9]+\\.' THEN
    fw := substr(floor, 1, 13)::bigint; fc := split_part(floor, '.', 2)::integer;
    IF (fw, fc) > (w, c) THEN w := fw; c := fc; END IF;
  END IF;
  IF now_ms > w THEN w := now_ms; c := 0; ELSE c := c + 1; END IF;
  IF c >= 100000 THEN w := w + c / 100000; c := c %% 100000; END IF;  -- the counter carries (domain/hlc.py)
  UPDATE mapper.clock SET wall = w, counter = c WHERE id = 1;
  SELECT value INTO rid FROM mapper.server_info WHERE key = 'replica_id';
  RETURN lpad(w::text, 13, '0') || '.' || lpad(c::text, 5, '0') || '.' || rid;
END $$;

CREATE FUNCTION mapper.checkpoint(floor text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE at text; rid text;
BEGIN
  -- what the server holds (everything laptops pushed) is what a direct edit "knew": overwriting it is an
  -- ordinary edit, not a conflict. One checkpoint each time that knowledge has grown.
  at := mapper.next_version(floor);
  IF (SELECT value FROM mapper.server_info WHERE key = 'knowledge_grown') = '1' THEN
    SELECT value INTO rid FROM mapper.server_info WHERE key = 'replica_id';
    INSERT INTO mapper.decisions (kind, key, value, version, author, seq)
    SELECT 'checkpoint', rid || '|' || at, coalesce(jsonb_object_agg(origin, version), '{}'::jsonb)::text, at,
           'central map', nextval('mapper.change_seq') FROM mapper.knowledge;
    UPDATE mapper.server_info SET value = '0' WHERE key = 'knowledge_grown';
  END IF;
  RETURN at;
END $$;

CREATE FUNCTION mapper.track() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE v text; o jsonb; n jsonb; vs jsonb; k text; fl text;
BEGIN
  IF coalesce(current_setting('mapper.sync', true), '') = 'on' THEN
    IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
    RETURN NEW;
  END IF;
  PERFORM pg_advisory_xact_lock(%(lock)s);
  IF TG_OP = 'INSERT' THEN
    NEW.versions := jsonb_build_object('*', mapper.next_version(NULL))::text;
    NEW.seq := nextval('mapper.change_seq');
    RETURN NEW;
  END IF;
  vs := coalesce(OLD.versions, '{}')::jsonb;
  SELECT max(value) INTO fl FROM jsonb_each_text(vs);
  IF TG_OP = 'UPDATE' THEN
    o := to_jsonb(OLD) - '{id,uuid,versions,seq}'::text[];
    n := to_jsonb(NEW) - '{id,uuid,versions,seq}'::text[];
    IF o = n THEN RETURN NEW; END IF;
    v := mapper.next_version(mapper.checkpoint(fl));
    FOR k IN SELECT key FROM jsonb_each(n) WHERE n -> key IS DISTINCT FROM o -> key LOOP
      vs := vs || jsonb_build_object(k, v);
    END LOOP;
    NEW.versions := vs::text;
    NEW.seq := nextval('mapper.change_seq');
    RETURN NEW;
  END IF;
  v := mapper.next_version(mapper.checkpoint(fl));
  INSERT INTO mapper.tombstones (tbl, uuid, version, data, versions, seq)
  VALUES (TG_TABLE_NAME, OLD.uuid, v, to_jsonb(OLD) - '{id,uuid,versions,seq}'::text[],
          (vs || jsonb_build_object('_deleted', v))::text, nextval('mapper.change_seq'))
  ON CONFLICT (tbl, uuid) DO UPDATE SET version = excluded.version, data = excluded.data,
    versions = excluded.versions, seq = excluded.seq;
  RETURN OLD;
END $$;
""" % {"lock": LOCK}


def _s001_schema() -> list[str]:
    sql = [
        "CREATE EXTENSION IF NOT EXISTS postgis",
        "CREATE SCHEMA IF NOT EXISTS mapper",
        "CREATE TABLE mapper.server_info (key text PRIMARY KEY, value text)",
        "INSERT INTO mapper.server_info VALUES ('replica_id', substr(md5(random()::text || clock_timestamp()::text), "
        "1, 12))",
        "CREATE TABLE mapper.clock (id integer PRIMARY KEY CHECK (id = 1), wall bigint NOT NULL, "
        "counter integer NOT NULL)",
        "INSERT INTO mapper.clock VALUES (1, 0, 0)",
        "INSERT INTO mapper.server_info VALUES ('knowledge_grown', '0')",
        "CREATE TABLE mapper.knowledge (origin text PRIMARY KEY, version text NOT NULL)",
        "CREATE SEQUENCE mapper.change_seq",
        """CREATE TABLE mapper.tombstones (tbl text NOT NULL, uuid text NOT NULL, version text NOT NULL,
           data jsonb, versions text NOT NULL, seq bigint NOT NULL, PRIMARY KEY (tbl, uuid))""",
        """CREATE TABLE mapper.decisions (kind text NOT NULL, key text NOT NULL, value text, version text NOT NULL,
           author text, seq bigint NOT NULL, PRIMARY KEY (kind, key))""",
        """CREATE TABLE mapper.losers (tbl text NOT NULL, uuid text NOT NULL, field text NOT NULL,
           version text NOT NULL, value text, source text, seq bigint NOT NULL,
           PRIMARY KEY (tbl, uuid, field, version))""",
    ]
    for t in ("tombstones", "decisions", "losers"):
        sql.append(f"CREATE INDEX {t}_seq_idx ON mapper.{t} (seq)")
    sql.append(_TRACK)
    for table, cols in RECORD_COLUMNS.items():
        body = ", ".join(f'"{c}" {t}' for c, t in cols.items())
        sql.append(f"CREATE TABLE mapper.{table} (id bigserial PRIMARY KEY, "
                   f"uuid text NOT NULL UNIQUE DEFAULT gen_random_uuid()::text, {body}, "
                   "versions text, seq bigint NOT NULL DEFAULT 0)")
        sql.append(f"CREATE INDEX {table}_seq_idx ON mapper.{table} (seq)")
        if "geom" in cols:
            sql.append(f"CREATE INDEX {table}_geom_gist ON mapper.{table} USING gist (geom)")
        # the WHEN test runs without calling PL/pgSQL: the sync client's own bulk writes stay cheap
        sql.append(f"CREATE TRIGGER {table}_track BEFORE INSERT OR UPDATE OR DELETE ON mapper.{table} "
                   "FOR EACH ROW WHEN (current_setting('mapper.sync', true) IS DISTINCT FROM 'on') "
                   "EXECUTE FUNCTION mapper.track()")
    return sql


def _s002_roles_and_public() -> list[str]:
    sql = ["""DO $$ BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'mapper_sync') THEN CREATE ROLE mapper_sync; END IF;
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'mapper_coordinator') THEN
          CREATE ROLE mapper_coordinator; END IF;
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'mapper_reader') THEN CREATE ROLE mapper_reader; END IF;
        END $$""",
           "GRANT mapper_sync TO mapper_coordinator",
           "GRANT USAGE ON SCHEMA mapper TO mapper_sync",
           "GRANT USAGE ON ALL SEQUENCES IN SCHEMA mapper TO mapper_sync",
           "GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA mapper TO mapper_sync",
           "GRANT SELECT, UPDATE ON mapper.server_info, mapper.knowledge TO mapper_sync",
           "GRANT INSERT ON mapper.knowledge TO mapper_sync",
           "GRANT SELECT, UPDATE ON mapper.clock TO mapper_sync",
           "GRANT SELECT, INSERT, UPDATE, DELETE ON mapper.assets, mapper.groups, mapper.neighbourhoods, "
           "mapper.tombstones, mapper.losers, mapper.decisions TO mapper_sync",
           # care needs: a mapper's login writes sealed values but cannot read them back
           "GRANT INSERT, UPDATE, DELETE ON mapper.care_needs TO mapper_sync",
           "GRANT SELECT (id, uuid, versions, seq) ON mapper.care_needs TO mapper_sync",
           "GRANT SELECT ON mapper.care_needs TO mapper_coordinator",
           "ALTER TABLE mapper.decisions ENABLE ROW LEVEL SECURITY",
           "CREATE POLICY decisions_read ON mapper.decisions FOR SELECT USING (true)",
           "CREATE POLICY decisions_checkpoint ON mapper.decisions FOR ALL TO mapper_sync "
           "USING (kind = 'checkpoint') WITH CHECK (kind = 'checkpoint')",
           "CREATE POLICY decisions_review ON mapper.decisions FOR ALL TO mapper_coordinator USING (true) "
           "WITH CHECK (true)",
           "CREATE SCHEMA IF NOT EXISTS mapper_public",
           "GRANT USAGE ON SCHEMA mapper_public TO mapper_reader, mapper_coordinator",
           "GRANT CREATE ON SCHEMA mapper_public TO mapper_coordinator"]
    sql.extend(_public_views(modified=False))
    sql.append("GRANT SELECT ON ALL TABLES IN SCHEMA mapper_public TO mapper_reader, mapper_coordinator")
    return sql


# the time of a record's latest change (UTC, ISO, whole seconds, as store.source.iso_of_version gives it) from
# its packed versions; the versions themselves (which name a device) stay out of the public views
_MODIFIED = ("(SELECT to_char(to_timestamp(max(substr(v.value, 1, 13))::bigint / 1000.0) AT TIME ZONE 'UTC', "
             "'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"') FROM jsonb_each_text(coalesce(versions, '{}')::jsonb) v "
             "WHERE v.value ~ '^[0-9]{13}[.]') AS modified")


def _public_views(*, modified: bool) -> list[str]:
    pub = {"assets": [c for c in RECORD_COLUMNS["assets"] if c not in ("recorded_by", "may_publish")],
           "groups": [c for c in RECORD_COLUMNS["groups"] if c not in ("recorded_by", "may_publish")],
           "neighbourhoods": list(RECORD_COLUMNS["neighbourhoods"])}
    sql = []
    for table, cols in pub.items():
        where = " WHERE may_publish" if table != "neighbourhoods" else ""
        extra = f", {_MODIFIED}" if modified and table != "neighbourhoods" else ""
        sql.append(f"CREATE OR REPLACE VIEW mapper_public.{table} AS SELECT id, uuid, "
                   f"{', '.join(chr(34) + c + chr(34) for c in cols)}{extra} FROM mapper.{table}{where}")
    return sql


def _s003_public_modified() -> list[str]:
    """The public views gain ``modified`` (added at the end, so the views are replaced in place, grants kept):
    published profiles' "changed recently" works from a server too."""
    return _public_views(modified=True)


_FIRST_LOAD = """
CREATE FUNCTION mapper.first_load_done(t text) RETURNS void LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, pg_temp AS $$
DECLARE s text; d text[];
BEGIN
  DELETE FROM mapper.first_loads WHERE tbl = t RETURNING ddl INTO d;
  IF d IS NOT NULL THEN
    FOREACH s IN ARRAY d LOOP EXECUTE s; END LOOP;
  END IF;
END $$;

CREATE FUNCTION mapper.first_load(t text) RETURNS boolean LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, pg_temp AS $$
DECLARE rel regclass; d text[] := '{}'; drops text[] := '{}'; r record; s text; empty boolean;
BEGIN
  IF t IS NULL OR t NOT IN (%(tables)s) THEN RETURN false; END IF;
  rel := ('mapper.' || t)::regclass;
  BEGIN
    EXECUTE format('LOCK TABLE %%s IN ACCESS EXCLUSIVE MODE NOWAIT', rel);
    EXECUTE format('SELECT NOT EXISTS (SELECT 1 FROM %%s)', rel) INTO empty;
    IF NOT empty OR EXISTS (SELECT 1 FROM mapper.first_loads WHERE tbl = t) THEN RETURN false; END IF;
    FOR r IN SELECT conname, pg_get_constraintdef(oid) AS def FROM pg_constraint
             WHERE conrelid = rel AND contype IN ('p', 'u') ORDER BY contype, conname LOOP
      d := d || format('ALTER TABLE %%s ADD CONSTRAINT %%I %%s', rel, r.conname, r.def);
      drops := drops || format('ALTER TABLE %%s DROP CONSTRAINT %%I', rel, r.conname);
    END LOOP;
    FOR r IN SELECT i.indexrelid, pg_get_indexdef(i.indexrelid) AS def FROM pg_index i
             WHERE i.indrelid = rel AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)
             ORDER BY i.indexrelid LOOP
      d := d || r.def;
      drops := drops || format('DROP INDEX %%s', r.indexrelid::regclass);
    END LOOP;
    drops := drops || format('ALTER TABLE %%s DISABLE TRIGGER %%I', rel, t || '_track');
    d := d || format('ALTER TABLE %%s ENABLE TRIGGER %%I', rel, t || '_track');
    FOREACH s IN ARRAY drops LOOP EXECUTE s; END LOOP;
    INSERT INTO mapper.first_loads VALUES (t, d);
    RETURN true;
  EXCEPTION WHEN OTHERS THEN  -- locked by a reader, not the tables' owner...: the ordinary way, nothing changed
    RETURN false;
  END;
END $$;

CREATE FUNCTION mapper.first_load_commit() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, pg_temp AS $$
BEGIN
  PERFORM mapper.first_load_done(NEW.tbl);
  RETURN NULL;
END $$;
""" % {"tables": ", ".join(f"'{t}'" for t in RECORD_COLUMNS)}


def _s004_first_load() -> list[str]:
    """A first sync's bulk load into an empty table: ``mapper.first_load(tbl)`` (the tables' owner's rights, for
    a mapper's login too) takes the table ACCESS EXCLUSIVE (NOWAIT: if anyone reads it, false and the ordinary
    way), drops its indexes and constraints and disables its tracking trigger (the sync's own writes never fire
    it anyway); ``mapper.first_load_done(tbl)`` builds them again after the COPY, a deferred constraint trigger
    does so at COMMIT if the caller did not: no transaction can commit the table without them. All of it in
    the caller's transaction: a kill before COMMIT leaves the table as it was."""
    return ["CREATE TABLE mapper.first_loads (tbl text PRIMARY KEY, ddl text[] NOT NULL)",
            _FIRST_LOAD,
            "CREATE CONSTRAINT TRIGGER first_loads_done AFTER INSERT ON mapper.first_loads DEFERRABLE INITIALLY "
            "DEFERRED FOR EACH ROW EXECUTE FUNCTION mapper.first_load_commit()",
            *(f"REVOKE ALL ON FUNCTION mapper.{f} FROM PUBLIC" for f in
              ("first_load(text)", "first_load_done(text)", "first_load_commit()")),
            "GRANT EXECUTE ON FUNCTION mapper.first_load(text), mapper.first_load_done(text) TO mapper_sync"]


MIGRATIONS: list[tuple[str, Callable[[], list[str]]]] = [
    ("s001_schema", _s001_schema),
    ("s002_roles_and_public", _s002_roles_and_public),
    ("s003_public_modified", _s003_public_modified),
    ("s004_first_load", _s004_first_load),
]


def init_server(dsn: str) -> list[str]:
    """Create or upgrade the schema; each named migration in its own transaction. Returns those applied."""
    import psycopg

    from mapper.sync.targets.postgis import SyncError, connect, redact

    try:
        return _apply(connect(dsn))
    except psycopg.Error as exc:
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise SyncError(arg(translate("Sync", "cannot set up the schema (%1)"), first), path=redact(dsn)) from None


def _apply(conn) -> list[str]:
    applied = []
    with conn:
        with conn.transaction():
            conn.execute("SELECT pg_advisory_xact_lock(%s)", (LOCK + 1,))
            conn.execute("CREATE SCHEMA IF NOT EXISTS mapper")
            conn.execute("CREATE TABLE IF NOT EXISTS mapper.migrations (name text PRIMARY KEY, "
                         "applied_at timestamptz NOT NULL DEFAULT now())")
        for name, statements in MIGRATIONS:
            with conn.transaction():
                conn.execute("SELECT pg_advisory_xact_lock(%s)", (LOCK + 1,))
                if conn.execute("SELECT 1 FROM mapper.migrations WHERE name = %s", (name,)).fetchone():
                    continue
                for statement in statements():
                    conn.execute(statement)
                conn.execute("INSERT INTO mapper.migrations (name) VALUES (%s)", (name,))
                applied.append(name)
    return applied
