"""The HTML review page: golden file, structure (html.parser) and behaviour in a real browser."""

from __future__ import annotations

import datetime as dt
import re
import shutil
from collections import Counter
from dataclasses import replace
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

from claimcheck.findings import Finding, Span
from claimcheck.report.formats import html as html_format
from claimcheck.report.model import DocumentResult, Report
from tests.conftest import ROOT
from tests.report.test_formats import _golden, _report

CHROMIUM = Path("/usr/bin/chromium")
"""Debian's chromium (``apt-get install chromium``); playwright's own browser download is not used."""
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
SCREENSHOT = ROOT / "docs" / "screenshots" / "html-report.png"
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
        "track", "wbr"}


@pytest.fixture(scope="module")
def report() -> Report:
    return _report()


class Page(HTMLParser):
    """What the tests need from a rendered page, plus every nesting problem met on the way."""

    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.problems: list[str] = []
        self.tags: Counter[str] = Counter()
        self.urls: list[str] = []
        self.marks: list[tuple[dict[str, Any], str]] = []
        self.entries: list[dict[str, Any]] = []
        self.details: list[str] = []
        self.paragraphs: dict[str, list[str]] = {}
        self._article = ""
        self._prose = False
        self.feed(text)
        self.close()
        if self.stack:
            self.problems.append(f"unclosed at the end: {self.stack}")

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        self.tags[tag] += 1
        self.urls += [v or "" for k, v in attrs if k in ("src", "href", "srcset", "action")]
        if tag in ("p", "mark") and tag in self.stack:
            self.problems.append(f"<{tag}> inside <{tag}> at {self.getpos()}")
        if tag == "mark":
            if self.stack[-1] != "p":
                self.problems.append(f"<mark> inside <{self.stack[-1]}> at {self.getpos()}")
            self.marks.append((a, ""))
        elif tag == "article":
            self._article = a["data-file"] or ""
        elif tag == "p" and a.get("class") == "prose":
            self._prose = True
            self.paragraphs.setdefault(self._article, []).append("")
        elif tag == "li" and "data-finding" in a:
            self.entries.append(a)
        elif tag == "section" and "data-detail" in a:
            self.details.append(a["data-detail"] or "")
        if tag not in VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in VOID:
            return
        if not self.stack or self.stack[-1] != tag:
            self.problems.append(f"</{tag}> closes {self.stack[-1:]} at {self.getpos()}")
            return
        self.stack.pop()
        self._prose = self._prose and tag != "p"

    def handle_data(self, data: str) -> None:
        if self.stack and self.stack[-1] == "mark":
            attrs, text = self.marks[-1]
            self.marks[-1] = (attrs, text + data)
        if self._prose:
            self.paragraphs[self._article][-1] += data

    def marked(self) -> dict[int, str]:
        """Finding number → the text inside its mark."""
        return {int(a["data-finding"]): text for a, text in self.marks}

    def listed(self) -> set[int]:
        return {int(a["data-finding"]) for a in self.entries}


def _overlaps(a: Span, b: Span) -> bool:
    return a.path == b.path and a.start < b.start + len(b.text) and b.start < a.start + len(a.text)


def test_html_golden(report: Report) -> None:
    _golden("fixtures.html", html_format.render(report))


def test_page_is_well_formed_and_needs_no_network(report: Report) -> None:
    rendered = html_format.render(report)
    page = Page(rendered)
    assert page.problems == []
    assert page.tags["html"] == page.tags["body"] == page.tags["style"] == page.tags["script"] == 1
    assert page.tags["link"] == page.tags["img"] == page.tags["iframe"] == 0
    assert page.urls and all(url.startswith("#") for url in page.urls), page.urls
    assert not re.search(r"https?:|@import|url\(", rendered)
    assert rendered == html_format.render(report)


def test_one_mark_per_finding_with_a_known_start(report: Report) -> None:
    page = Page(html_format.render(report))
    marked, listed = page.marked(), page.listed()
    assert len(marked) == len(page.marks)
    assert marked.keys().isdisjoint(listed)
    assert marked.keys() | listed == set(range(len(report.shown)))
    for attrs, text in page.marks:
        finding = report.shown[int(attrs["data-finding"])]
        assert text == finding.span.text
        assert attrs["class"] == f"verdict-{finding.verdict}"
        assert (attrs["data-verdict"], attrs["data-severity"], attrs["data-rule"],
                attrs["data-file"]) == (finding.verdict, finding.severity, finding.rule,
                                        finding.span.path)
    spans = [report.shown[n].span for n in marked]
    for n in listed:
        span = report.shown[n].span
        assert span.start < 0 or any(_overlaps(span, other) for other in spans), span
    # quotes.md: the policy and the contradiction cover the same words; the contradiction wins.
    overlapped = [report.shown[n] for n in listed if report.shown[n].span.start >= 0]
    assert [(f.span.path, f.verdict) for f in overlapped] == [
        ("tests/fixtures/articles/quotes.md", "policy")]
    assert sorted(page.details, key=int) == [str(n) for n in range(len(report.shown))]


def test_articles_are_shown_whole(report: Report) -> None:
    page = Page(html_format.render(report))
    for document in report.documents:
        blocks = [b.strip() for b in re.split(r"\n[ \t]*\n", document.text or "") if b.strip()]
        assert [p.strip() for p in page.paragraphs.get(document.path, [])] == blocks


def test_supported_findings_only_on_request(report: Report) -> None:
    verdicts = {a["data-verdict"] for a, _ in Page(html_format.render(report)).marks}
    assert "supported" not in verdicts and "contradicted" in verdicts
    everything = Page(html_format.render(replace(report, show_supported=True)))
    assert "supported" in {a["data-verdict"] for a, _ in everything.marks}
    assert everything.marked().keys() | everything.listed() == set(range(len(report.findings)))


def _finding(rule: str, words: str, start: int, verdict: Any, severity: Any) -> Finding:
    span = Span("a.md", 1, start + 1, 1, start + len(words), words, words, 0, start)
    return Finding(rule, verdict, severity, f"Message of {rule} <&>.", span, found=words)


def test_markup_in_articles_is_escaped_and_unplaceable_findings_are_listed() -> None:
    text = 'Intro <script>alert("x")</script> & more.\n\nOur shoes are <b>eco</b> & tough.\n'
    tag, bold = text.index("<script>"), text.index("<b>")
    findings = (
        _finding("fact", '<script>alert("x")</script>', tag, "contradicted", "error"),
        _finding("green", "<b>eco</b>", bold, "policy", "warning"),
        _finding("green-info", "<b>eco</b> &", bold, "policy", "info"),
        _finding("unknown", "tough", -1, "unverified", "info"),
        _finding("moved", "words that are not there", 3, "unverified", "info"),
        _finding("across", text[tag:bold + 3], tag, "policy", "error"),
    )
    document = DocumentResult("a.md", None, None, None, 6, text=text, title="<i>Title</i>")
    rendered = html_format.render(Report("0.0", dt.date(2025, 1, 1), (document,), findings, ()))
    page = Page(rendered)
    assert page.problems == []
    assert page.tags["script"] == 1 and page.tags["b"] == page.tags["i"] == 0
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in rendered
    assert "&lt;i&gt;Title&lt;/i&gt;" in rendered and "Message of fact &lt;&amp;&gt;." in rendered
    assert page.marked() == {0: '<script>alert("x")</script>', 1: "<b>eco</b>"}
    assert page.listed() == {2, 3, 4, 5}
    assert [p.strip() for p in page.paragraphs["a.md"]] == [b.strip() for b in text.split("\n\n")]


@pytest.mark.skipif(not CHROMIUM.is_file(),
                    reason=f"{CHROMIUM} is missing: the browser test needs `apt-get install chromium`")
def test_page_in_headless_chromium(report: Report, tmp_path: Path) -> None:
    sync_api = pytest.importorskip(
        "playwright.sync_api", reason="playwright is missing: the browser test needs "
        "`pip install playwright` (no `playwright install`: it runs Debian's chromium)")
    page_file = tmp_path / "report.html"
    page_file.write_text(html_format.render(report), encoding="utf-8")
    requests: list[str] = []
    errors: list[str] = []
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1440, "height": 900})
            page.on("request", lambda request: requests.append(request.url))
            page.on("pageerror", lambda error: errors.append(str(error)))
            page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
            page.goto(page_file.as_uri())
            _review(page, report, sync_api.expect)
            page.screenshot(path=tmp_path / "html-report.png")
        finally:
            browser.close()
    SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(tmp_path / "html-report.png", SCREENSHOT)
    assert errors == []
    assert [url for url in requests if not url.startswith("file:")] == []


def _highlights(page: Any) -> dict[str, list[tuple[str, bool]]]:
    """Per verdict: each mark's computed background colour and whether it is filtered."""
    rows = page.eval_on_selector_all("mark[data-finding]", """marks => marks.map(m => [
        m.dataset.verdict, getComputedStyle(m).backgroundColor, m.classList.contains('filtered')])""")
    out: dict[str, list[tuple[str, bool]]] = {}
    for verdict, colour, filtered in rows:
        out.setdefault(verdict, []).append((colour, filtered))
    return out


def _review(page: Any, report: Report, expect: Any) -> None:
    """What a reviewer does: look, select by mouse and keyboard, filter, reset."""
    transparent = "rgba(0, 0, 0, 0)"
    marks = page.locator("mark[data-finding]")
    assert marks.count() == len(Page(html_format.render(report)).marks)
    for i in range(marks.count()):
        expect(marks.nth(i)).to_be_visible()
    shown = page.locator(".detail:not([hidden])")
    expect(shown).to_have_count(0)

    first = page.locator('mark[data-verdict="contradicted"]').first
    first.click()
    expect(shown).to_have_count(1)
    expect(shown).to_contain_text(report.shown[int(first.get_attribute("data-finding"))].message)
    expect(first).to_have_attribute("aria-pressed", "true")

    policy = page.locator('mark[data-verdict="policy"]').first
    policy.focus()
    page.keyboard.press("Enter")
    expect(shown).to_contain_text(report.shown[int(policy.get_attribute("data-finding"))].message)

    page.get_by_label("contradicted").uncheck()
    highlights = _highlights(page)
    assert all(c == transparent and f for c, f in highlights.pop("contradicted"))
    assert highlights and all(c != transparent and not f for rows in highlights.values()
                              for c, f in rows)
    expect(page.locator('mark[data-verdict="policy"]').first).to_be_visible()
    expect(shown).to_have_count(1)

    page.get_by_label("policy").uncheck()
    entries = page.locator('li[data-verdict="policy"]')
    assert entries.count() > 0
    for i in range(entries.count()):
        expect(entries.nth(i)).to_be_hidden()
    expect(shown).to_have_count(0)

    page.get_by_role("button", name="Show all").click()
    expect(page.locator("mark.filtered")).to_have_count(0)
    first.click()
    expect(shown).to_have_count(1)
    page.evaluate("window.scrollTo(0, 0)")
