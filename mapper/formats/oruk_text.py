"""Reading volunteers' free text for Open Referral UK: weekly opening times and costs.

``weekly(text)`` gives ``[(byday, opens_at, closes_at)]`` when every part of the text can be read as
days and a time range ("Mon-Fri 9:00-17:00", "Tuesdays 10am-12pm", "Weekdays 9-5",
"Mon, Wed 10-12; Sat 9:30-13:00"), else ``None`` (the text then goes in the schedule's ``description``).
A reading that is unsure is never guessed: "Every Saturday morning" is ``None``.
"""

from __future__ import annotations

import re
from functools import lru_cache

DAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
_DAY_WORDS = {
    "mo": 0, "mon": 0, "monday": 0, "tu": 1, "tue": 1, "tues": 1, "tuesday": 1, "we": 2, "wed": 2,
    "wednesday": 2, "th": 3, "thu": 3, "thur": 3, "thurs": 3, "thursday": 3, "fr": 4, "fri": 4, "friday": 4,
    "sa": 5, "sat": 5, "saturday": 5, "su": 6, "sun": 6, "sunday": 6,
}
_GROUPS = {"weekdays": list(range(5)), "weekends": [5, 6], "weekend": [5, 6], "daily": list(range(7)),
           "every day": list(range(7)), "everyday": list(range(7))}
_TIME = r"(\d{1,2})(?:[:.](\d{2}))?\s*(am|pm)?"
_RANGE = re.compile(rf"^{_TIME}\s*(?:-|–|to)\s*{_TIME}$")


def _day(word: str) -> int | None:
    word = word.strip().lower().rstrip(".")
    if word.endswith("s") and word[:-1] in _DAY_WORDS and len(word) > 4:  # "Tuesdays"
        word = word[:-1]
    return _DAY_WORDS.get(word)


def _days(text: str) -> list[int] | None:
    text = re.sub(r"\s+", " ", text.strip().lower())
    text = re.sub(r"^(every|on|open)\s+", "", text)
    if text in _GROUPS:
        return _GROUPS[text]
    out: list[int] = []
    for part in re.split(r"\s*(?:,|&|\band\b|/)\s*", text):
        if not part:
            continue
        span = re.split(r"\s*(?:-|–|\bto\b)\s*", part)
        if len(span) == 2:
            a, b = _day(span[0]), _day(span[1])
            if a is None or b is None:
                return None
            out.extend(range(a, b + 1) if a <= b else [*range(a, 7), *range(0, b + 1)])
        elif len(span) == 1 and (d := _day(part)) is not None:
            out.append(d)
        else:
            return None
    return sorted(set(out)) or None


def _clock(hour: str, minute: str | None, half: str | None, *, other_half: str | None, closing: bool,
           opens: int | None = None) -> int | None:
    h, m = int(hour), int(minute or 0)
    if m > 59 or h > 24:
        return None
    half = half or other_half
    if half:
        if h == 0 or h > 12:
            return None
        h = h % 12 + (12 if half == "pm" else 0)
    elif closing and opens is not None and h * 60 + m <= opens and h < 12:  # "9-5" means 9:00-17:00
        h += 12
    return h * 60 + m


def _times(text: str) -> tuple[str, str] | None:
    m = _RANGE.match(text.strip().lower())
    if not m:
        return None
    h1, m1, p1, h2, m2, p2 = m.groups()
    opens = _clock(h1, m1, p1, other_half=p2 if p1 is None and p2 == "pm" and int(h1) < int(h2) else None,
                   closing=False)
    if opens is None:
        return None
    closes = _clock(h2, m2, p2, other_half=None, closing=True, opens=opens)
    if closes is None or closes <= opens or closes > 24 * 60:
        return None
    return f"{opens // 60:02d}:{opens % 60:02d}", f"{closes // 60:02d}:{closes % 60:02d}"


def weekly(text: str | None) -> list[tuple[str, str, str]] | None:
    """Structured weekly opening ``[(byday "MO,TU", opens "09:00", closes "17:00")]`` or None."""
    if not text or not text.strip():
        return None
    found = _weekly(text)
    return None if found is None else list(found)


@lru_cache(maxsize=4096)  # the same few texts recur across thousands of assets
def _weekly(text: str) -> tuple[tuple[str, str, str], ...] | None:
    out = []
    for part in re.split(r"\s*[;\n]\s*", text.strip()):
        if not part:
            continue
        if re.match(r"^[a-z]+\s*:?\s*closed$", part.strip(), re.IGNORECASE) and _days(part.split()[0].rstrip(":")):
            continue  # "Thursday: Closed"
        m = re.match(r"^(.*?[a-z.])\s*:?\s+(\d.*)$", part.strip(), re.IGNORECASE)
        if not m:
            return None
        days, times = _days(m.group(1)), _times(m.group(2))
        if days is None or times is None:
            return None
        out.append((",".join(DAYS[d] for d in days), times[0], times[1]))
    return tuple(out) or None


_MONEY = re.compile(r"£\s*(\d+(?:\.\d{1,2})?)")


def cost(text: str | None) -> dict | None:
    """A cost option's readable parts: {"option", "amount"?, "amount_description"?} or None."""
    if not text or not text.strip():
        return None
    t = text.strip()
    if t.lower() in ("free", "no charge", "free of charge"):
        return {"option": t, "amount": 0}
    m = _MONEY.fullmatch(t.replace(" ", "")) if t.startswith("£") else None
    if m:
        return {"option": t, "amount": float(m.group(1)) if "." in m.group(1) else int(m.group(1))}
    return {"option": t, "amount_description": t}
