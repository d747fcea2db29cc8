"""Unit and currency vocabularies compiled into regular expressions."""

from __future__ import annotations

import re

from ._data import CURRENCY, UNITS, norm_key, phrase_pattern, trie_alternation

# Surface form (normalised) -> canonical name. Case-sensitive forms keep their case.
UNIT_CI: dict[str, str] = {norm_key(s): name for name, forms in UNITS["ci"].items() for s in forms}
UNIT_CS: dict[str, str] = {str(s): name for name, forms in UNITS["cs"].items() for s in forms}
CUR_PREFIX: dict[str, str] = {norm_key(k): v for k, v in CURRENCY["prefix"].items()}
CUR_SUFFIX_CI: dict[str, str] = {
    norm_key(k): v for k, v in CURRENCY["suffix"].items() if not k.isupper()
}
CUR_SUFFIX_CS: dict[str, str] = {k: v for k, v in CURRENCY["suffix"].items() if k.isupper()}
MEGA_CODES: dict[str, str] = CURRENCY["mega_codes"]
MONEY_UNITS: frozenset[str] = frozenset(
    [*CURRENCY["prefix"].values(), *CURRENCY["suffix"].values()]
)
#: Currencies one name is shared by ("krone": Norwegian and Danish), see currency.yaml.
CURRENCY_FAMILIES: dict[str, frozenset[str]] = {
    name: frozenset(members) for name, members in CURRENCY["families"].items()}
#: A currency's three-letter code, for reports ("norwegian_krone" -> "NOK").
CURRENCY_CODES: dict[str, str] = {
    name: code for code, name in reversed(list(CURRENCY["prefix"].items()))
    if len(code) == 3 and code.isalpha() and code.isupper()}
#: Every unit name a quantity can carry (what a rules file's ``unit`` may say).
KNOWN_UNITS: frozenset[str] = frozenset(
    [*UNITS["ci"], *UNITS["cs"], *MONEY_UNITS, *MEGA_CODES.values(), "times"])
TIME_UNITS = frozenset(["second", "minute", "hour", "day", "week", "month", "year", "decade",
                        "century", "millennium"])


def _alt(forms: list[str], ignore_case: bool) -> str:
    """Trie alternation of unit forms; forms ending in a letter/digit need a word edge."""
    words = [f for f in forms if f[-1:].isalnum()]
    symbols = [f for f in forms if not f[-1:].isalnum()]
    body = trie_alternation(words) + r"(?![\w])"
    if symbols:
        body = f"(?:{body}|{trie_alternation(symbols)})"
    return f"(?i:{body})" if ignore_case else body


_CI_FORMS = [*UNIT_CI, *CUR_SUFFIX_CI]
_CS_FORMS = [*UNIT_CS, *CUR_SUFFIX_CS, *MEGA_CODES]
# A unit right after a number: "5%", "3-inch", "10 km", "4 million pairs", "115USD".
UNIT_RE = re.compile(
    r"(?P<sep>\s?-\s?|\s{0,2})"
    r"(?P<unit>(?P<xtimes>[x×](?![\w.]|\s*\d))|"
    + _alt(_CI_FORMS, True) + "|" + _alt(_CS_FORMS, False) + ")"
)
#: Currency signs and codes written before a number: "$", "US$", "€ ", "USD ", "MAUD ".
CUR_PREFIX_FORMS: list[str] = [*sorted(CURRENCY["prefix"], key=len, reverse=True), *MEGA_CODES]


def prefix_alternation(forms: list[str]) -> str:
    """Alternation of currency prefix ``forms``; forms starting with a letter need ``\\b``."""
    return (
        "(?:" + "|".join((r"\b" if f[0].isalnum() else "") + phrase_pattern(f) for f in forms) + ")"
    )


CUR_PREFIX_ALT = prefix_alternation(CUR_PREFIX_FORMS)


def unit_name(form: str) -> tuple[str, float] | None:
    """Canonical unit name and value multiplier for a matched unit surface form."""
    if form in ("x", "×"):
        return "times", 1.0
    if form in MEGA_CODES:
        return MEGA_CODES[form], 1e6
    if form in UNIT_CS:
        return UNIT_CS[form], 1.0
    if form in CUR_SUFFIX_CS:
        return CUR_SUFFIX_CS[form], 1.0
    key = norm_key(form)
    name = UNIT_CI.get(key) or CUR_SUFFIX_CI.get(key)
    return (name, 1.0) if name else None


def currency_prefix(form: str) -> tuple[str, float]:
    """Canonical currency and multiplier for a matched prefix ("US$" -> dollar)."""
    stripped = form.strip()
    if stripped.upper() in MEGA_CODES:
        return MEGA_CODES[stripped.upper()], 1e6
    key = norm_key(stripped)
    if key in CUR_PREFIX:
        return CUR_PREFIX[key], 1.0
    # Case-insensitive match of a code/sign written with other spacing or case.
    for prefix, name in CUR_PREFIX.items():
        if re.sub(r"\s", "", prefix).lower() == re.sub(r"\s", "", key):
            return name, 1.0
    return "dollar", 1.0
