"""Phrases that must end right before a number ("more than 5", "rose 5%", "$5").

Searching a regex backwards is slow in Python: ``pattern.search(text, pos - 32, pos)``
tries the whole alternation at each of the 32 start positions. :class:`Backward` first
looks at the last whitespace-separated token before the number. Most numbers follow an
ordinary word that ends none of the phrases, and then no regex runs at all; otherwise only
the phrases with that ending are searched, starting as many tokens back as the longest of
them spans. The result is always what the full backward search would return.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from ._data import word_alternation

_TRAILING_WORD_RE = re.compile(r"\w+\Z")
# Under re.IGNORECASE an ASCII letter also matches these; mapping them first makes
# ``str.lower`` agree with the regex engine on every character that can match a phrase.
_EXTRA_FOLDS = str.maketrans({"ı": "i", "ſ": "s", "İ": "i", "\u212a": "k"})
# Matched against the reversed text before a number: whitespace, then up to k tokens.
_TOKENS_BACK = [re.compile(rf"\s*(?:\S+\s+){{0,{k - 1}}}\S+") for k in range(1, 9)]
_TAIL = 64  # how far back the last token is read; longer than any search window

_Group = tuple[re.Pattern[str], int]  # (pattern for the phrases, most tokens they span)


def _ending(phrase: str) -> str:
    """What ``phrase`` leaves at the end of the last token before the number (lowercase).

    That is its last run of word characters when it ends in one (the run starts at ``\\b``
    or after a non-word character of the phrase), else its last whitespace-separated part.
    """
    last = phrase.split()[-1].lower()
    if last[-1].isalnum() or last[-1] == "_":
        return _TRAILING_WORD_RE.search(last).group()  # type: ignore[union-attr]
    return last


class Backward:
    """A case-insensitive phrase list that must end where a number starts."""

    def __init__(
        self,
        phrases: Iterable[str] | None,
        *,
        build: Callable[[list[str]], str] = word_alternation,
        alt: str | None = None,
        spaces: str = r"\s*",
        max_tokens: int = 0,
    ) -> None:
        """Compile ``build(phrases)`` (or ``alt``) to match right before a position.

        ``spaces`` may separate the phrase from the number. With ``alt``, ``phrases`` only
        need to cover how ``alt`` can end, and ``max_tokens`` says how many tokens a match
        spans; ``phrases=None`` turns the quick filter off.
        """
        phrases = None if phrases is None else sorted({str(p) for p in phrases})
        self._compile = lambda body: re.compile(rf"(?P<w>{body}){spaces}\Z", re.IGNORECASE)
        self.pattern = self._compile(alt if alt is not None else build(phrases or []))
        self._by_word: dict[str, _Group] | None = None if phrases is None else {}
        self._by_symbol: dict[str, tuple[tuple[str, ...], _Group]] = {}
        groups: dict[str, list[str]] = {}
        for phrase in phrases or ():
            if not all(ch.isascii() or ch.lower() == ch.upper() for ch in phrase):
                raise ValueError(f"phrase with non-ASCII letters: {phrase!r}")
            end = _ending(phrase)
            key = end if end[-1].isalnum() or end[-1] == "_" else end[-1]
            groups.setdefault(key, []).append(phrase)
        for key, members in groups.items():
            tokens = max(max_tokens, *(len(p.split()) for p in members))
            group = (self.pattern if alt is not None else self._compile(build(members)), tokens)
            if self._by_word is not None and (key.isalnum() or key == "_"):
                self._by_word[key] = group
            else:
                self._by_symbol[key] = (tuple({_ending(p) for p in members}), group)

    def search(self, text: str, pos: int, window: int) -> re.Match[str] | None:
        """The leftmost match that starts at most ``window`` characters before ``pos``."""
        start = pos - window if pos > window else 0
        group = self._group(text[pos - _TAIL if pos > _TAIL else 0:pos].rstrip())
        if group is None:
            return None
        pattern, tokens = group
        if tokens <= len(_TOKENS_BACK):
            back = _TOKENS_BACK[tokens - 1].match(text[start:pos][::-1])
            start = pos - back.end() if back else start
        return pattern.search(text, start, pos)

    def _group(self, tail: str) -> _Group | None:
        """The phrases that can end ``tail`` (None when no match is possible)."""
        if self._by_word is None:
            return (self.pattern, 1 << 30) if tail else None
        if not tail:
            return None
        token = tail.rsplit(None, 1)[-1]
        token = token.lower() if token.isascii() else token.translate(_EXTRA_FOLDS).lower()
        last = token[-1]
        if last.isalnum() or last == "_":
            if not token.isalnum():
                token = _TRAILING_WORD_RE.search(token).group()  # type: ignore[union-attr]
            return self._by_word.get(token)
        # Symbols have no case variants, and no symbol matches a letter.
        ends, group = self._by_symbol.get(last, ((), None))
        return group if token.endswith(ends) else None
