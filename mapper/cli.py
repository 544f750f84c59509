"""The command line. Coordinators script with it, so keep it stable.

Exit codes: 0 success; 1 an error (one line on stderr naming the file, never a traceback); 2 bad usage.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from mapper.domain import i18n
from mapper.domain.errors import MapperError, MergeError, failure_cause
from mapper.domain.i18n import Context, arg, translate
from mapper.domain.userdirs import log_unexpected, read_settings

Cli = Context("Cli")
COMMANDS = ("demo", "new", "import", "export", "merge", "sync", "server", "check", "stats", "publish", "serve-oruk")

USAGE = """mapper [PROJECT]                        open the app (PROJECT, else the last one, else the welcome)
mapper demo PROJECT                     create the Sheffield demo project
mapper new PROJECT [--boundaries FILE]  create an empty project
mapper import PROJECT FILE...           add or update records from .gpkg .xlsx .csv .geojson
mapper export PROJECT OUT [--public] [--kind assets|groups|needs|all|template]
mapper export SOURCE FOLDER --format oruk   Open Referral UK 3.0 (JSON + tabular data package)
mapper publish SOURCE FOLDER            the public website (map, search, list, profiles)
mapper serve-oruk SOURCE [--port N] [--host H]  the Open Referral UK API (read-only)
mapper merge PROJECT FILE|FOLDER... [--json]   merge other mappers' exports into PROJECT
mapper sync PROJECT [TARGET]            two-way sync with a folder or postgresql:// server (remembered)
mapper server init DSN                  create or upgrade the central map's schema on PostgreSQL/PostGIS
mapper check FILE                       validate a project or export file
mapper stats PROJECT [--json]           counts by neighbourhood and category
mapper --smoke-test OUTDIR              scripted check of an installed copy (demo, map, add, export)"""


class UsageError(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    def error(self, message):  # argparse would exit 2 with its own text; keep it to one line
        raise UsageError(message)


def _parser() -> argparse.ArgumentParser:
    p = _Parser(prog="mapper", description="Neighbourhood Mapper", usage=USAGE, add_help=True)
    sub = p.add_subparsers(dest="command")

    def passphrase(sp):
        sp.add_argument("--passphrase-file", type=Path, help="file whose first line is the care-needs passphrase")

    sp = sub.add_parser("demo", help="create the Sheffield demo project")
    sp.add_argument("project", type=Path)
    sp.add_argument("--force", action="store_true", help="replace the file if it exists")
    passphrase(sp)

    sp = sub.add_parser("new", help="create an empty project")
    sp.add_argument("project", type=Path)
    sp.add_argument("--boundaries", type=Path, help="neighbourhood polygons (.geojson or .gpkg)")
    sp.add_argument("--author", help="your name, recorded with every change")
    passphrase(sp)

    sp = sub.add_parser("import", help="add or update records from files")
    sp.add_argument("project", type=Path)
    sp.add_argument("files", type=Path, nargs="+")
    sp.add_argument("--as-neighbourhoods", action="store_true", help="polygons are neighbourhood boundaries")
    passphrase(sp)

    sp = sub.add_parser("export", help="write records to a file (format from its suffix)")
    sp.add_argument("project", help="a project file (with --format oruk also postgresql://...)")
    sp.add_argument("out", type=Path)
    sp.add_argument("--public", action="store_true", help="only what may be published; never care needs")
    sp.add_argument("--kind", default="all", choices=["assets", "groups", "needs", "all", "template"])
    sp.add_argument("--coordinator-key", type=Path, help="coordinator's public key: care needs go encrypted to it")
    sp.add_argument("--format", choices=["oruk"], help="oruk: Open Referral UK 3.0 into the folder OUT")
    passphrase(sp)

    sp = sub.add_parser("publish", help="write the public website into a folder")
    sp.add_argument("source", help="a project file or the central map (postgresql://...)")
    sp.add_argument("out", type=Path)

    sp = sub.add_parser("serve-oruk", help="answer the Open Referral UK API (read-only)")
    sp.add_argument("source", help="a project file or the central map (postgresql://...)")
    sp.add_argument("--port", type=int, default=8080)
    sp.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1: this computer)")

    sp = sub.add_parser("merge", help="merge other mappers' exports into the project")
    sp.add_argument("project", type=Path)
    sp.add_argument("files", type=Path, nargs="+")
    sp.add_argument("--json", action="store_true", help="print the summary as JSON")
    passphrase(sp)

    sp = sub.add_parser("sync", help="two-way sync with a shared folder or the central map's server")
    sp.add_argument("project", type=Path)
    sp.add_argument("target", nargs="?", help="a folder, a postgresql:// URI or a libpq service name")
    sp.add_argument("--coordinator-key", type=Path, help="coordinator's public key: care needs go sealed to it")
    sp.add_argument("--json", action="store_true", help="print the result as JSON")

    sp = sub.add_parser("server", help="set up the central map's server")
    sp.add_argument("action", choices=["init"])
    sp.add_argument("dsn", help="postgresql:// URI or libpq service name of an (empty) database")

    sp = sub.add_parser("check", help="validate a project or export file")
    sp.add_argument("file", type=Path)

    sp = sub.add_parser("stats", help="counts by neighbourhood and category")
    sp.add_argument("project", type=Path)
    sp.add_argument("--json", action="store_true")
    return p


def read_passphrase(path: Path | None) -> str | None:
    if path is None:
        return None
    try:
        text = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise MapperError(f"cannot read the passphrase file ({exc.strerror})", path=path) from None
    if not text or not text[0]:
        raise MapperError("the passphrase file is empty", path=path)
    return text[0]


def _open_project(path: Path):
    from mapper.store.project import Project

    project = Project.open(path)
    told = []

    def waiting(seconds: float) -> None:  # another program (the window, a merge) is writing: wait, say so once
        if not told:
            told.append(True)
            print("mapper: " + arg(translate("Cli", "%1 is busy (another program is writing to it); waiting..."),
                                   path), file=sys.stderr)

    project.on_busy = waiting
    return project


def cmd_demo(args) -> int:
    from mapper.demo import DEMO_PASSPHRASE, build_demo

    passphrase = read_passphrase(args.passphrase_file) or DEMO_PASSPHRASE
    project = build_demo(args.project, overwrite=args.force, passphrase=passphrase)
    counts = {t: project.count(t) for t in ("neighbourhoods", "assets", "groups", "care_needs")}
    project.close()
    from mapper.domain.wording import count_words

    print(arg(translate("Cli", "created %1: %2"), args.project, ", ".join(count_words(t, n) for t, n in counts.items())))
    return 0


def cmd_new(args) -> int:
    from mapper.store.project import Project

    hoods = []
    if args.boundaries:
        from mapper.formats.boundaries import neighbourhoods_from

        hoods = neighbourhoods_from(args.boundaries)
    project = Project.create(args.project, author=args.author)
    try:
        passphrase = read_passphrase(args.passphrase_file)
        if passphrase:
            from mapper.privacy.setup import set_passphrase

            set_passphrase(project, passphrase)
        project.bulk_add(hoods)
    except BaseException:
        project.close()
        args.project.unlink(missing_ok=True)
        raise
    project.close()
    print(arg(translate("Cli", "created %1 with %2"), args.project, Cli.tr("%n neighbourhood(s)", "", len(hoods))))
    return 0


def cmd_import(args) -> int:
    with _open_project(args.project) as project:
        from mapper.sync.package import import_files

        reports = import_files(project, args.files, passphrase=read_passphrase(args.passphrase_file),
                               as_neighbourhoods=args.as_neighbourhoods)
    for report in reports:
        print(report.summary())
    return 0


def cmd_export(args) -> int:
    if args.format == "oruk":  # public by construction: only what may be published (mapper/store/source.py)
        from mapper.formats.oruk_io import export_oruk
        from mapper.sync.public_source import open_source

        source, close = open_source(args.project)
        try:
            report = export_oruk(source, args.out)
        finally:
            close()
        print(report.summary())
        return 0
    if args.out.suffix.lower() in (".html", ".htm"):  # a self-contained map (mapper/mapview/html_export.py)
        from mapper.domain.errors import ExportError, about_file
        from mapper.mapview.html_export import export_html

        with _open_project(args.project) as project, about_file(args.out, error=ExportError):
            report = export_html(project, args.out, public=args.public)
        print(report.summary())
        return 0
    with _open_project(args.project) as project:
        from mapper.formats.api import export_file

        passphrase = read_passphrase(args.passphrase_file)
        if passphrase and args.coordinator_key and not args.public:  # re-sealing needs them open
            from mapper.privacy.setup import ensure_unlocked

            ensure_unlocked(project, passphrase)
        report = export_file(project, args.out, public=args.public, kind=args.kind,
                             passphrase=passphrase, coordinator_key=args.coordinator_key)
    print(report.summary())
    return 0


def cmd_merge(args) -> int:
    with _open_project(args.project) as project:
        from mapper.sync.merge import merge_files

        files, folder = [], False
        for f in map(Path, args.files):  # a folder: every export in it; bad files are listed, not fatal
            found = sorted(f.glob("*.gpkg")) if f.is_dir() else [f]
            if f.is_dir() and not found:
                raise MergeError("is a folder with no exports (.gpkg files) in it", path=f)
            folder |= f.is_dir()
            files.extend(found)
        summary = merge_files(project, files, passphrase=read_passphrase(args.passphrase_file), refuse_bad=folder)
    print(json.dumps(summary.as_dict(), indent=2) if args.json else summary.text())
    return 1 if summary.refused and not summary.merged_files else 0


def cmd_sync(args) -> int:
    from mapper.sync.targets import sync

    with _open_project(args.project) as project:
        report = sync(project, args.target, coordinator_key=args.coordinator_key)
    if args.json:
        print(json.dumps({"target": report.target, "sent": report.pushed, "received": report.pulled,
                          "conflicts": report.conflicts, "rounds": report.rounds, "at": report.at}))
    else:
        print(report.summary())
    return 0


def cmd_server(args) -> int:
    from mapper.sync.targets.pg_schema import init_server
    from mapper.sync.targets.postgis import redact

    applied = init_server(args.dsn)
    print(f"{redact(args.dsn)}: " + (arg(translate("Cli", "applied %1"), ", ".join(applied)) if applied
                                     else translate("Cli", "schema up to date")))
    return 0


def cmd_check(args) -> int:
    from mapper.store.check import check_file, outside_edits

    problems = check_file(args.file)
    if problems:
        more = f" ({Cli.tr('and %n more', '', len(problems) - 1)})" if len(problems) > 1 else ""
        print(f"{args.file}: {problems[0]}{more}", file=sys.stderr)
        for extra in problems[1:]:
            print(f"  {extra}")
        return 1
    print(f"{args.file}: " + translate("Cli", "ok"))
    for note in outside_edits(args.file):
        print(f"  {note}")
    return 0


def cmd_stats(args) -> int:
    from mapper.store.stats import asset_stats

    with _open_project(args.project) as project:
        stats = asset_stats(project)
    if args.json:
        print(json.dumps(stats, indent=2, ensure_ascii=False))
    else:
        print(Cli.tr("%n asset(s)", "", stats["total_assets"]) + ", " + Cli.tr("%n group(s)", "", stats["total_groups"]))
        from mapper.domain.wording import code_label

        for hood, cats in stats["by_neighbourhood"].items():  # labels for people; --json keeps the codes
            words = sorted((code_label("categories", c), n) for c, n in cats.items())
            print(f"{hood}: " + ", ".join(f"{label} {n}" for label, n in words))
    return 0


def cmd_publish(args) -> int:
    from mapper.publish.site import publish_site
    from mapper.sync.public_source import open_source

    source, close = open_source(args.source)
    try:
        report = publish_site(source, args.out)
    finally:
        close()
    print(report.summary())
    return 0


def cmd_serve_oruk(args) -> int:
    from mapper.formats.oruk_api import make_server
    from mapper.sync.public_source import open_source

    source, close = open_source(args.source)
    try:
        try:
            server = make_server(source, host=args.host, port=args.port)
        except OSError as exc:
            raise MapperError(arg(translate("Cli", "cannot listen on %1 (%2)"), f"{args.host}:{args.port}",
                                  exc.strerror)) from None
    finally:
        close()
    host, port = server.server_address[:2]
    print(arg(translate("Cli", "Open Referral UK API on %1 (read-only; Ctrl+C stops it)"), f"http://{host}:{port}/"),
          flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
    return 0


def cmd_open(project: Path | None) -> int:
    from mapper.privacy.keys import SUFFIX

    if project is not None and project.suffix.lower() == SUFFIX:  # a coordinator key double-clicked
        from mapper.ui.keyfile import key_message, show_key_file

        key_message(project)  # a bad file: one line, no window
        return show_key_file(project)
    failed = False
    if project is not None:  # a bad file: one line for a terminal, and the window says it too (a double
        try:                 # click has no terminal), with what to do
            from mapper.store.project import Project

            Project.open(project).close()
        except MapperError as exc:
            print(f"mapper: {exc}", file=sys.stderr)
            failed = True
    from mapper.ui.app import run_app

    code = run_app(project)
    return 1 if failed else code


HANDLERS = {"demo": cmd_demo, "new": cmd_new, "import": cmd_import, "export": cmd_export,
            "merge": cmd_merge, "sync": cmd_sync, "server": cmd_server, "check": cmd_check, "stats": cmd_stats,
            "publish": cmd_publish, "serve-oruk": cmd_serve_oruk}


def cmd_smoke(outdir: Path) -> int:
    from mapper.ui.smoke import run_smoke

    return run_smoke(outdir)


def _quiet_closed_pipe() -> int:
    """``mapper stats ... | head``: the reader went away. Nothing more to say, and nothing to flush."""
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
    return 0


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    from mapper.ui import userpaths

    userpaths.install()  # the user data folder from QStandardPaths (Qt loads only if it is needed)
    i18n.set_language(i18n.resolve_language(read_settings().get("language")))  # as the window's Settings
    try:
        code = _main(argv)
        sys.stdout.flush()
        return code
    except BrokenPipeError:
        return _quiet_closed_pipe()


def _main(argv: list[str]) -> int:
    try:
        if argv and argv[0] == "--smoke-test":
            if len(argv) != 2:
                raise UsageError("--smoke-test needs one folder for its result")
            return cmd_smoke(Path(argv[1]))
        if argv and argv[0] in COMMANDS or (argv and argv[0].startswith("-") and argv[0] not in ("-h", "--help")):
            args = _parser().parse_args(argv)
            return HANDLERS[args.command](args)
        if argv and argv[0] in ("-h", "--help"):
            print(USAGE)
            return 0
        if len(argv) > 1:
            raise UsageError(f"unknown command {argv[0]!r}")
        return cmd_open(Path(argv[0]) if argv else None)
    except UsageError as exc:
        print(f"mapper: {exc}\nusage: {USAGE.splitlines()[0]}  " + translate("Cli", "(mapper --help for more)"),
              file=sys.stderr)
        return 2
    except MapperError as exc:
        print(f"mapper: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("mapper: " + translate("Cli", "cancelled; nothing was changed"), file=sys.stderr)
        return 1
    except BrokenPipeError:
        raise
    except Exception as exc:  # noqa: BLE001 - the one place unexpected errors become one line
        found = failure_cause(exc)
        if found is not None:  # a low-level cause no operation named: it concerns the project given
            named = next((a for a in argv if a not in COMMANDS and not a.startswith("-")), None)
            print(f"mapper: {named + ': ' if named else ''}{found[0]}", file=sys.stderr)
            return 1
        where = log_unexpected(exc, context="(command line)")
        print("mapper: " + translate("Cli", "unexpected error:")
              + f" {type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}"
              + (" " + arg(translate("Cli", "(details in %1)"), where) if where else ""), file=sys.stderr)
        return 1


if __name__ == "__main__":
    raise SystemExit(main())
