"""Put the header note back at the top of each .ts file after pyside6-lupdate rewrote it (lupdate keeps
each message's translator comment but drops comments outside them). Usage: ts_header.py FILE.ts..."""

import sys
from pathlib import Path

NOTE = ("<!-- Neighbourhood Mapper. Messages whose translator comment says \"machine-made\" were translated by "
        "machine and not yet checked by a native speaker: correct them in Qt Linguist (see README.md, "
        "'Translations') and delete that comment. -->")


def main(paths: list[str]) -> None:
    for name in paths:
        path = Path(name)
        text = path.read_text(encoding="utf-8")
        if NOTE in text:
            continue
        head, sep, rest = text.partition("<TS ")
        line, nl, body = rest.partition("\n")
        path.write_text(f"{head}{sep}{line}{nl}{NOTE}\n{body}", encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1:])
