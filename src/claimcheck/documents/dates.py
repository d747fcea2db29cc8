"""The dates an article states in its own text: a byline's or a dateline's above the
text, a dated heading's over a section."""

from __future__ import annotations

import datetime as dt
import re

from claimcheck.documents.model import Document

_MONTHS = {m: i for i, m in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug",
                                        "sep", "oct", "nov", "dec"), start=1)}
# a date as articles write it: "Tuesday, October 8, 2019", "Oct. 8, 2019", "3 March 2026",
# "2019-10-08"
_DATE = (r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?:"
         r"(?P<month>[A-Z][a-z]{2})[a-z]*\.?\s+(?P<day>\d{1,2}),?\s+(?P<year>\d{4})|"
         r"(?P<day2>\d{1,2})\s+(?P<month2>[A-Z][a-z]{2})[a-z]*\.?,?\s+(?P<year2>\d{4})|"
         r"(?P<iso>(?P<iso_year>\d{4})-(?P<iso_month>\d{2})-(?P<iso_day>\d{2})))")
# a news story's dateline with its date: "FREEPORT, Maine, Jan. 12, 2017 /PRNewswire/ --",
# "LE LOCLE, 3 March 2026 —"
_DATELINE_DATE = re.compile(r"(?-i:[A-Z][A-Z.'’ -]*[A-Z.]),(?:[^,—–\n]{1,30},)?\s*" + _DATE
                            + r"[^—–\n]{0,40}?(?:—|–|--|-)\s")


def stated_date(document: Document) -> dt.date | None:
    """The article's own date from the lines above its text: a byline's "Posted: Tuesday,
    October 8, 2019" (the first publication, not an update), else a news dateline opening
    the first paragraph of the text ("FREEPORT, Maine, Jan. 12, 2017 --"), else a line
    above the text that is a date alone ("Tuesday, June 14, 2022, 6:00 p.m." under a
    meeting's heading; not a heading, nor a fact box's "Founded / March 3, 1923"). Not a
    release quoted further down ("From the archive: BOSTON, Jan. 12, 2012 /PRNewswire/
    --")."""
    text = document.text
    bylines = []
    dated: list[re.Match[str]] = []  # lines that are a date alone, above the text
    for block in document.blocks[:_FRONT_BLOCKS]:
        byline = list(_BYLINE_DATE.finditer(text, block.start, block.end))
        if byline:
            bylines += byline
            continue
        # (a heading the markup makes, "## June 1, 1961", dates its section only; plain
        # text's headings are the reader's guess at short lines, "12 May 2021" among them)
        if block.kind != "heading" or document.path.endswith(_PLAIN_SUFFIXES):
            dated += (m for m in _DATE_LINE.finditer(text, block.start, block.end)
                      if (_whole_line(document, m)
                          or text[block.start:block.end].strip(" \t\n*_") == m.group())
                      and not _EVENT_LABEL.search(text, block.start, m.start()))
        if block.kind == "heading" or (block.kind == "list_item" and _LABEL_ROW.match(
                text, block.start, block.end)):
            continue  # (and the rows of a header: 'Episode 112: "Made where, exactly?"')
        if not text[block.start:block.end].rstrip().endswith(_SENTENCE_END):
            continue  # a masthead, a section name: not yet the text
        if block.kind == "paragraph" and not bylines:
            m = _DATELINE_DATE.match(text, block.start, block.end)
            if m is not None:
                return _date_of(m)
        break
    published = [m for m in bylines if not m.group("updated")] or bylines
    # (else a line above the text that is a date alone: a meeting's minutes, a letter, a
    # release, "Tuesday, June 14, 2022, 6:00 p.m.")
    return next((d for d in map(_date_of, published + dated) if d is not None), None)


# a date and a time: "Tuesday, June 14, 2022, 6:00 p.m.", "March 3, 2024", "3 March 2024"
_DATE_LINE = re.compile(r"(?<![\w-])" + _DATE + r"(?:,?\s+(?:at\s+)?\d{1,2}(?::\d{2})?\s*"
                        r"(?i:[ap]\.?\s?m\.?)?)?(?![\w-])")
# a label of an event the date is of, before it in its block: a fact box's "Founded /
# March 3, 1923", not the page's date
_EVENT_LABEL = re.compile(r"\b(?:founded|established|est\.?|born|died|opened|incorporated|"
                          r"launched|built|closed|since|formed|started)\s*[:|]?\s*\Z",
                          re.IGNORECASE)


def _whole_line(document: Document, m: re.Match[str]) -> bool:
    """Whether a match is a line of the file on its own (the readers join a paragraph's
    lines): not "Founded March 3, 1923", nor a date inside a sentence."""
    text, where = document.text, document.source_map.position
    line = where(m.start())[0]
    before = len(text[:m.start()].rstrip(" \t\n*_")) - 1  # the last mark before it
    after = len(text) - len(text[m.end():].lstrip(" \t\n*_"))  # the first one after it
    return ((before < 0 or where(before)[0] < line)
            and (after >= len(text) or where(after)[0] > line))


_ANY_DATE = re.compile(r"(?<![\w-])" + _DATE + r"(?![\w-])")


def date_in(text: str) -> dt.date | None:
    """The first full date a line names ("## Update #2 · February 8, 2022"), if any."""
    return next((d for d in map(_date_of, _ANY_DATE.finditer(text)) if d is not None), None)


def _date_of(m: re.Match[str]) -> dt.date | None:
    """The date a match of :data:`_DATE` names, if there is one."""
    if m.groupdict().get("iso"):
        year, month, day = m.group("iso_year"), int(m.group("iso_month")), m.group("iso_day")
    else:
        year, day = m.group("year") or m.group("year2"), m.group("day") or m.group("day2")
        group = "month" if m.group("month") else "month2"
        word = m.group(group)
        if _WORD.match(m.string, m.start(group)).group().lower() not in _MONTH_WORDS:  # type: ignore[union-attr]
            return None  # "Marathon 5, 2019" names no month
        month = _MONTHS.get(word[:3].lower(), 0)
    try:
        return dt.date(int(year), month, int(day))
    except ValueError:
        return None


_PLAIN_SUFFIXES = (".txt", ".text")
_LABEL_ROW = re.compile(r"\s*[\w#][\w#' .-]{0,30}:\s")  # "Episode 112: ...", "Hosts: ..."
_WORD = re.compile(r"[A-Za-z]+")
_MONTH_WORDS = frozenset({"january", "february", "march", "april", "may", "june", "july",
                          "august", "september", "october", "november", "december", "jan",
                          "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
                          "nov", "dec"})
_FRONT_BLOCKS = 8  # how far down a byline or the text's first paragraph may start
_SENTENCE_END = (".", "!", "?", '"', "”", "’", ")")
# a byline's date: "Posted: Tuesday, October 8, 2019, 6:12 PM", "Published 8 Oct 2019",
# "By Dana Kreider | Oct. 8, 2019" (an update's date only when nothing else is given)
# (at a line's start or after a separator, not "a report published March 3, 2015" in a
# sentence)
_BYLINE_DATE = re.compile(
    r"(?:(?:^|[|·•]\s*)(?:(?P<updated>(?:Last\s+)?[Uu]pdated)|(?:First\s+)?(?:[Pp]osted|"
    r"[Pp]ublished)(?:\s+by\s+[^|·•\n]{1,40}?(?=\s+on\s))?|Date[d]?)(?:\s+on)?\s*[:|–—-]?\s*"
    r"|^By\s+[^|·•\n]{2,60}?\s*[|·•,–—-]\s*)" + _DATE + r"(?![\w-])", re.MULTILINE)
