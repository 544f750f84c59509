"""axe-core (from npm, tests only: tests/web/package.json) run on a page in headless Chromium.

    violations = axe_violations(page)           # a tests.cdp.Page, already loaded
    assert_accessible(page, "the public map")   # fails on any serious or critical violation

The axe script is injected into the page under test by the DevTools protocol; it is never shipped with the
app or with anything the app writes.
"""

from __future__ import annotations

from pathlib import Path

AXE = Path(__file__).parent / "web" / "node_modules" / "axe-core" / "axe.min.js"
# WCAG 2.0/2.1/2.2 A and AA, the level UK public-sector sites must meet, plus axe's best practices.
TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]
SERIOUS = ("serious", "critical")


def axe_source() -> str:
    if not AXE.exists():
        raise RuntimeError(f"{AXE} is missing: run `make install-test` (npm ci in tests/web)")
    return AXE.read_text(encoding="utf-8")


def axe_violations(page, *, context: str = "document", tags: list[str] | None = None) -> list[dict]:
    """Every axe violation on the page as loaded now: [{id, impact, help, nodes: [target, ...]}]."""
    if not page.evaluate("typeof window.axe !== 'undefined'"):
        page.evaluate(axe_source() + "\n;true")
    options = {"runOnly": {"type": "tag", "values": tags or TAGS}, "resultTypes": ["violations"]}
    import json

    script = (f"axe.run({context}, {json.dumps(options)}).then(r => r.violations.map(v => ({{"
              "id: v.id, impact: v.impact, help: v.help, "
              "nodes: v.nodes.map(n => n.target.join(' ')).slice(0, 10)})))")
    return page.evaluate(script, timeout=120)


def serious(violations: list[dict]) -> list[dict]:
    return [v for v in violations if v.get("impact") in SERIOUS]


def assert_accessible(page, what: str) -> list[dict]:
    """Fail with a readable list when axe finds a serious or critical violation; returns all violations."""
    found = axe_violations(page)
    bad = serious(found)
    assert not bad, f"axe found serious/critical violations on {what}:\n" + "\n".join(
        f"  {v['impact']}: {v['id']} ({v['help']}) at {', '.join(v['nodes'])}" for v in bad)
    return found
