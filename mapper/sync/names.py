"""Comparing the names volunteers type for one place: folding and a name score for possible duplicates.

``fold`` makes the spellings of one name equal: case, accents (Café/Cafe), punctuation and apostrophes
(St. Mary's/St Marys), "St"/"Saint", "&"/"and" and small words (the, of, at). ``name_score`` is the
better of ``token_sort_ratio`` and ``ratio`` of the folded names (typos, word order); when one name is the other plus at most
two words of its own ("Repair Café" / "Hillsborough Repair Cafe"), the words they share are compared.
Two names are of different things when both have words of their own (Broomhill Library / Crookes
Library, two branches of one service), when one adds a word saying what a place is (Totley Library /
Totley Library Cafe), or when one is an activity held *at* the other ("Knit and Natter at St Mary's
Church Hall" / "St Mary's Church Hall"); two activities at one venue are compared by the activity.
"""

from __future__ import annotations

import re
import unicodedata

from rapidfuzz import fuzz

SAME = 85  # a name score from here on: the same name, as volunteers type it
WORD_SAME = 80  # two words this similar are one word mistyped (Libary / Library)
MAX_EXTRA = 2  # words one name may add to the other and still name the same place

# words that say what a place is: a name with one of these more than the other is of another thing
# (Totley Library / Totley Library Cafe, St Mary's Church / St Mary's Church Hall)
KIND_WORDS = frozenset({"cafe", "library", "garden", "gardens", "club", "church", "chapel", "hall", "park", "pharmacy",
                        "shop", "surgery", "school", "pub", "farm", "allotment", "allotments", "playground", "pool",
                        "museum", "theatre", "market", "bookshop", "bank", "foodbank", "clinic"})
_SMALL = frozenset({"the", "and", "of", "at", "a", "an", "in", "on", "for", "to", "with"})
_SAINT = frozenset({"st", "saint", "ste"})
_SMALL_OR_SAINT = _SMALL | _SAINT
_APOSTROPHES = str.maketrans("", "", "'’`´")
_PUNCT = re.compile(r"[\W_]+")
_AT = re.compile(r"\s(?:at|in)\s|@")


def _plain(text: str) -> str:
    t = text.lower()
    if not t.isascii():
        t = "".join(c for c in unicodedata.normalize("NFKD", t) if not unicodedata.combining(c))
    return t.replace("&", " and ").replace("+", " and ").translate(_APOSTROPHES)


def fold(text: str | None) -> str:
    """The name as words to compare: "St. Mary's Café & Garden" -> "saint marys cafe garden"."""
    if not text:
        return ""
    t = str(text).lower()
    if not t.isascii():
        t = "".join(c for c in unicodedata.normalize("NFKD", t) if not unicodedata.combining(c))
    if "&" in t or "+" in t:
        t = t.replace("&", " and ").replace("+", " and ")
    if "'" in t or "’" in t or "`" in t or "´" in t:
        t = t.translate(_APOSTROPHES)
    words = (t if t.replace(" ", "").isalnum() else _PUNCT.sub(" ", t)).split()
    if _SMALL_OR_SAINT.isdisjoint(words):  # most names: nothing to drop or respell
        return " ".join(words)
    return " ".join("saint" if w in _SAINT else w for w in words if w not in _SMALL)


def venue_of(text: str | None) -> str:
    """The folded place after "at"/"in"/"@" in a name like "Lunch club at St Mary's Hall" (else "")."""
    if not text:
        return ""
    low = str(text).lower()
    if " at " not in low and " in " not in low and "@" not in low:
        return ""
    parts = _AT.split(_plain(low))
    return fold(parts[-1]) if len(parts) > 1 else ""


def own_words(a: str, b: str) -> tuple[list[str], list[str]]:
    """The words of each folded name that match no word of the other (allowing a typo; numbers must be
    equal: Unit 12 is not Unit 13)."""
    ta, tb = a.split(), b.split()
    sa, sb = set(ta), set(tb)
    la, lb = sa - sb, sb - sa

    def unmatched(xs, left, ys):
        return [x for x in xs if x in left and (x.isdigit() or not any(
            not y.isdigit() and fuzz.ratio(x, y, score_cutoff=WORD_SAME) for y in ys))]

    return unmatched(ta, la, lb), unmatched(tb, lb, la)


def plain_score(a: str, b: str) -> float:
    """The better of token_sort_ratio (word order) and ratio (a typo in a first letter) of folded names."""
    return max(fuzz.token_sort_ratio(a, b), fuzz.ratio(a, b))


def held_at(a: str, b: str, venue_a: str, venue_b: str) -> bool:
    """One name is an activity held at the other: "Chair Yoga at Hillsborough Trinity Church" / "Hillsborough
    Trinity Church"."""
    return bool((venue_a and not venue_b and fuzz.token_sort_ratio(venue_a, b) >= SAME)
                or (venue_b and not venue_a and fuzz.token_sort_ratio(venue_b, a) >= SAME))


def name_score(a: str, b: str, venue_a: str = "", venue_b: str = "") -> tuple[float, bool]:
    """(score 0-100, the two names are of different things) for two folded names and their venues."""
    if not a or not b:
        return 0.0, False
    sort = plain_score(a, b)
    if held_at(a, b, venue_a, venue_b):
        return min(sort, SAME - 1), True
    if venue_a and venue_b and fuzz.token_sort_ratio(venue_a, venue_b) >= SAME:
        # two activities at one venue: what is held there decides
        act_a, act_b = a[:len(a) - len(venue_a)].strip(), b[:len(b) - len(venue_b)].strip()
        if act_a and act_b and a.endswith(venue_a) and b.endswith(venue_b):
            return name_score(act_a, act_b)
    ua, ub = own_words(a, b)
    if (ua and ub) or KIND_WORDS.intersection(ua) or KIND_WORDS.intersection(ub):
        return min(sort, SAME - 1) if not (ua and ub) else sort, True
    if sort >= SAME:
        return sort, False
    extra, venue = (ua, venue_a) if ua else (ub, venue_b)
    if len(extra) > MAX_EXTRA and not set(extra) <= set(venue.split()):
        return sort, False
    # one name is the other plus a few words: compare the words they have in common
    drop = set(extra)
    common_a = " ".join(w for w in a.split() if w not in drop)
    common_b = " ".join(w for w in b.split() if w not in drop)
    return max(sort, fuzz.token_sort_ratio(common_a, common_b)), False
