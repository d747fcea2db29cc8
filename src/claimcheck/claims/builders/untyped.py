"""Claims on attributes no rule declares, kept only to compare with each other.

"The Methuen expansion adds 100,000 square feet" and "the 150,000-square-foot
expansion at Methuen" name no declared attribute, but they state different
values for the same thing: same subject, same unit, same head noun. Such
claims get the attribute ``~<noun>:<unit>``; the consistency check compares
them, and they are never reported as unverified on their own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimcheck.claims import values as v
from claimcheck.claims.builders.common import NOT_INSTEAD, one_side, qualifiers
from claimcheck.claims.mentions import BY_AGENT, Mention
from claimcheck.claims.model import Value
from claimcheck.quantities import Quantity

if TYPE_CHECKING:
    from claimcheck.claims.extractor import ClauseView

UNTYPED_PREFIX = "~"
"""Attribute ids of untyped claims start with this."""
_SKIPPED_UNITS = {"calendar_year", "times", "percentage_point"}
_FILLERS = {"of", "the", "a", "an", "its", "their", "our", "new", "total", "more", "than", "in",
            "at", "on", "for", "to", "from", "by", "with", "near", "and", "or", "each", "per",
            "every", "apiece", "them", "those", "these", "all", "about"}
_SUBJECT_KINDS = ("organisation", "product", "person", "other", "place")
_MAX_SUBJECTS = 2
_VERBS_AFTER_NAMES = {"is", "are", "was", "were", "has", "have", "had", "will", "would", "can",
                      "says", "said", "opened", "opens", "adds", "added", "plans"}


def build_untyped(view: ClauseView) -> None:
    """Untyped claims for each measured quantity no declared attribute took: one per
    subject named in the clause and per candidate head noun (writers name the same
    thing from either side: "the Methuen expansion adds 100,000 square feet", "a
    150,000 square feet expansion at Methuen")."""
    if view.row:
        return  # a table's cells: each row a different item ("Fat | 91.3 g", "Salt | 0 g")
    used = [(start, end) for _, _, _, start, end, _ in view.claims]
    subjects: list[Mention] | None = None  # (worked out for the first quantity kept)
    for quantity in view.quantities:
        if quantity.unit is None or quantity.unit in _SKIPPED_UNITS or v.is_duration(quantity):
            continue
        if any(start <= quantity.start < end for start, end in used):
            continue
        if one_side(view.full, quantity.start, quantity.end):
            continue  # "230 x 205 cm": the size of one thing, no figure to compare
        if any(m.kind == "product" and 0 <= m.start - quantity.end <= 1 for m in view.mentions):
            continue  # "a three-gallon Cobalt Wren crock": one size of a line that comes in
            # several, no figure of the line to compare
        if subjects is None:
            subjects = _subjects(view)
        value = Value("quantity", view.full[quantity.start:quantity.end],
                      v.interval_of(quantity), unit=quantity.unit)
        extra = {"qualifiers": qualifiers(view, "untyped"), "untyped": True,
                 # "cost £3.2 million, not £8 million": the figure set right is denied
                 "negated": NOT_INSTEAD.search(view.full, max(view.clause.start,
                                                               quantity.start - 12),
                                                quantity.start) is not None}
        for subject in subjects:
            for head in _heads(view, quantity, subject):
                view.claims.append((subject, f"{UNTYPED_PREFIX}{head}:{quantity.unit}", value,
                                    quantity.start, quantity.end, extra))


def _subjects(view: ClauseView) -> list[Mention]:
    # (not a passive's agent: "Dalnacraig was established by two former Ardmallie
    # stillmen and makes 350,000 litres" is Dalnacraig's figure)
    named = [m for m in view.mentions if m.kind in _SUBJECT_KINDS and m.role == "name"
             and not BY_AGENT.search(view.full, max(view.clause.start, m.start - 40), m.start)]
    seen: set[str] = set()
    unique = [m for m in named if not (m.id in seen or seen.add(m.id))]  # type: ignore[func-returns-value]
    return (unique or view.subjects)[:_MAX_SUBJECTS]


def _heads(view: ClauseView, quantity: Quantity, subject: Mention) -> list[str]:
    """The noun the quantity measures: the first content word after it, and the word
    right after the subject's name ("the Methuen expansion")."""
    table = view.table
    heads = []
    first = table.at(quantity.end)
    for i in range(first, min(first + 3, view.clause.last)):
        word = table.lower[i]
        if table.is_alpha[i] and word not in _FILLERS and view.lemma(word).isalpha():
            heads.append(view.lemma(word))  # not "third" (lemma "3") nor "each"
            break
    after = table.at(subject.end)
    if view.clause.start <= subject.start and after < view.clause.last and table.is_alpha[after]:
        word = table.lower[after]
        if word not in _FILLERS and word not in _VERBS_AFTER_NAMES:
            heads.append(view.lemma(word))
    return list(dict.fromkeys(heads))
