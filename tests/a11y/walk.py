"""Walks the AT-SPI accessibility tree of the application named argv[1] and prints it as JSON: for each
node its role, name, description, states and the names of the nodes labelling it. Runs under the system
Python (Debian's python3-pyatspi), never imports mapper."""

import json
import sys

import pyatspi


def main(app_name):
    desktop = pyatspi.Registry.getDesktop(0)
    out = []

    def walk(node, path, depth):
        if node is None or depth > 60 or len(out) > 20000:
            return
        try:
            states = [pyatspi.stateToString(s) for s in node.getState().getStates()]
            labelled = []
            for rel in node.getRelationSet():
                if rel.getRelationType() == pyatspi.RELATION_LABELLED_BY:
                    labelled += [rel.getTarget(i).name for i in range(rel.getNTargets())]
            entry = {"role": node.getRoleName(), "name": node.name or "", "description": node.description or "",
                     "states": states, "labelled_by": labelled, "path": path}
            out.append(entry)
            count = node.childCount
        except Exception as exc:  # a node that went away while walking
            out.append({"role": "error", "name": str(exc), "path": path, "states": [], "description": "",
                        "labelled_by": []})
            return
        limit = 40 if entry["role"] in ("table", "tree table", "list", "tree") else 2000  # rows are data
        for i in range(min(count, limit)):
            try:
                child = node.getChildAtIndex(i)
            except Exception:
                continue
            walk(child, path + [entry["role"] + ":" + entry["name"]], depth + 1)

    for i in range(desktop.childCount):
        app = desktop.getChildAtIndex(i)
        if app is not None and app.name == app_name:
            walk(app, [], 0)
    print(json.dumps(out, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1])
