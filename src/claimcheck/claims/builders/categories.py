"""Category claims: "heritage court shoes like the 998", "the 990 is a running shoe"."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from claimcheck.claims.builders.common import CONTRAST, negated, qualifiers
from claimcheck.claims.mentions import Mention
from claimcheck.claims.model import Value

if TYPE_CHECKING:
    from claimcheck.claims.extractor import ClauseView
    from claimcheck.rules import RuleSet

_DENIED = re.compile(r"[\s\w]{0,20}" + CONTRAST, re.IGNORECASE)
_PEOPLE = re.compile(r"\b(?:with|among|by)\s+(?:many\s+|most\s+|serious\s+)?\Z",
                     re.IGNORECASE)
_INTRODUCES = re.compile(r"\s*(?:like|such as|including|e\.g\.,?|for example|namely)\b",
                         re.IGNORECASE)


def build_categories(view: ClauseView) -> None:
    """Each product in the clause gets the category phrase that introduces or names it."""
    # (not another thing set beside it: "An Iron Ranger beside a 1950s mining boot")
    categories = [c for c in view.categories()
                  if not _BESIDE.search(view.full, max(view.clause.start, c.start - 40), c.start)]
    # a product named in the clause, or the one the heading or title above a list item
    # names ("- Steel: Aogami No. 2" on the Shirokumo's page)
    products = [s for s in view.subjects if s.kind == "product"
                and (s.start >= view.clause.start or view.clause.inherits or view.listed)]
    for product in products:
        if view.clause.start <= product.start:  # (once, where the name is written)
            _named_within(view, product)
    if not categories or not products:
        return
    text = view.full
    paired = _in_order(view, products, categories)
    for product in products:
        # (a category right after another product's name is that one's: "Larkspur and
        # Ridgeline are made in Zanesville and Slipstream mugs in Nelsonville")
        own = [c for c in categories if not any(
            p.id != product.id and 0 <= c.start - p.end <= 1 for p in products)]
        if not own:
            continue
        category = paired.get(product.start) if paired else _category_for(
            text, product, own)
        if category is None or category.attribute is None:
            continue
        if _PEOPLE.search(text, max(0, category.start - 12), category.start):
            continue  # "popular with trail runners": the people, not the shoe
        if _coordinated(text, product, category, products):
            continue  # "its Black Ledge cheddar, Meadowlark yogurt and cultured butter"
        attribute = view.rules.attributes[category.attribute]
        if attribute.kinds and product.kind not in attribute.kinds:
            continue
        start, end = min(category.start, product.start), max(category.end, product.end)
        if product.start < view.clause.start:
            start, end = category.start, category.end  # the heading's or title's product
        value = Value("category", text[category.start:category.end], ref=category.id)
        extra = {"negated": negated(view, max(category.start, product.end) if
                                    category.start > product.start else category.start),
                 "qualifiers": qualifiers(view)}
        view.claims.append((product, attribute.id, value, start, end, extra))
        for other in categories:  # "a lifestyle sneaker now, not a running shoe"
            if (other.start > category.end and other.attribute == category.attribute
                    and _DENIED.fullmatch(text, category.end, other.start)):
                denied = Value("category", text[other.start:other.end], ref=other.id)
                view.claims.append((product, attribute.id, denied, other.start, other.end,
                                    {"negated": True, "qualifiers": qualifiers(view)}))


def _named_within(view: ClauseView, product: Mention) -> None:
    """A category the product's own name, as written, holds ("the Pumlumon double-cloth
    blanket" where the rules list that whole name as an alias): the longer name wins the
    match, so the category inside it is read here."""
    surface = view.full[product.start:product.end].lower()
    if " " not in surface and "-" not in surface:
        return
    for attribute_id, category, found in _within_name(view.rules, product.id, surface):
        value = Value("category", found, ref=category)
        view.claims.append((product, attribute_id, value, product.start, product.end,
                            {"qualifiers": qualifiers(view)}))


def _within_name(rules: RuleSet, product: str, surface: str) -> tuple[tuple[str, str, str], ...]:
    """(attribute, category, phrase) for each category attribute with a fact about the
    product whose phrase the name holds (only where a fact can check it: "Meadowlark
    yogurt" names no claim); worked out once per rule set and name."""
    key = (id(rules), product, surface)
    cached = _WITHIN_CACHE.get(key)
    if cached is not None and cached[0] is rules:
        return cached[1]
    found = []
    for attribute in rules.attributes.values():
        if (attribute.type != "category" or (attribute.kinds and "product" not in attribute.kinds)
                or not rules.has_facts(product, attribute.id)):
            continue
        for category, phrases in attribute.values.items():
            phrase = next((p for p in phrases if _within(p.lower(), surface)), None)
            if phrase is not None:
                found.append((attribute.id, category, phrase))
                break
    if len(_WITHIN_CACHE) > 4096:
        _WITHIN_CACHE.clear()
    _WITHIN_CACHE[key] = (rules, tuple(found))
    return tuple(found)


_WITHIN_CACHE: dict[tuple[int, str, str], tuple[RuleSet, tuple[tuple[str, str, str], ...]]] = {}


def _within(phrase: str, surface: str) -> bool:
    at = surface.find(phrase)
    return at > 0 and not surface[at - 1].isalnum() and not surface[
        at + len(phrase):at + len(phrase) + 1].isalnum()


_SEPARATORS = re.compile(r"(?:[\s,;&]|\b(?:and|or|the|an?)\b)*", re.IGNORECASE)


def _coordinated(text: str, product: Mention, category: Mention,
                 products: list[Mention]) -> bool:
    """Whether the category is another item of a list the product is in: only commas,
    "and" and other products stand between them."""
    if category.start < product.end or product.start < 0:
        return False  # (a title's product is in no list of the text)
    between = text[product.end:category.start]
    inside = [o for o in products if product.end <= o.start and o.end <= category.start]
    listed = any(o.end <= product.start and _SEPARATORS.fullmatch(text, o.end, product.start)
                 for o in products)
    if not inside and not listed:
        return False  # "The 993, a lifestyle sneaker": an appositive, not a list
    for other in inside:
        between = between.replace(text[other.start:other.end], ",")
    return "," in between or " and " in between or " or " in between or "&" in between \
        if _SEPARATORS.fullmatch(between) else False


_BESIDE = re.compile(r"\b(?:beside|alongside|next\s+to|unlike|versus|vs\.?)\s+(?:(?:a|an|the|its|"
                     r"their|our)\s+)?(?:[\w'’-]+\s+){0,2}\Z", re.IGNORECASE)


def _in_order(view: ClauseView, products: list[Mention],
              categories: list[Mention]) -> dict[int, Mention]:
    """ "The Bean Boot and the Iron Ranger are a duck boot and a work boot(, respectively)":
    as many names as categories of one attribute after them, each name with the category
    in its rank (by the name's start)."""
    named = sorted((p for p in products if p.start >= view.clause.start), key=lambda p: p.start)
    after = sorted((c for c in categories if named and c.start > named[-1].end),
                   key=lambda c: c.start)
    if len(named) < 2 or len(after) != len(named) or len(categories) != len(after) or len(
            {c.attribute for c in after}) != 1 or len({c.id for c in after}) < 2:
        return {}
    return {p.start: c for p, c in zip(named, after, strict=True)}


def _category_for(text: str, product: Mention, categories: list[Mention]) -> Mention | None:
    """The category introducing a list the product is in, else the nearest one."""
    introducing = [c for c in categories if c.end <= product.start
                   and _INTRODUCES.match(text, c.end)]
    if introducing:
        last = introducing[-1]
        between = [c for c in categories if last.end <= c.start < product.start]
        if not between:
            return last
    return min(categories,
               key=lambda c: min(abs(c.start - product.end), abs(product.start - c.end)))
