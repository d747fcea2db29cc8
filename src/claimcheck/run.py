"""The whole pipeline, documents → spaCy Doc → claims → findings → report.

The CLI and the tests call :func:`run`; each stage lives in its own package
(``documents``, ``nlp``, ``claims``, ``checking``, ``report``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from fnmatch import fnmatchcase
from pathlib import Path

from claimcheck import __version__
from claimcheck.cache import Cache
from claimcheck.checking.context import AnalysedDocument
from claimcheck.checking.engine import check
from claimcheck.config import matches
from claimcheck.documents import (
    READERS,
    Document,
    DocumentFailure,
    discover,
    display_path,
    load_all,
)
from claimcheck.errors import UsageError
from claimcheck.nlp import build_pipeline
from claimcheck.nlp.analyse import anchor_date
from claimcheck.nlp.workers import analyse_all
from claimcheck.report import DocumentResult, FileError, Report
from claimcheck.report.rules import rule_infos
from claimcheck.rules import RuleSet, load_rules
from claimcheck.worthiness import DEFAULT_THRESHOLD

Progress = Callable[[str], None]


@dataclass(frozen=True, slots=True)
class RunOptions:
    """What to check and how."""

    paths: Sequence[str | Path]
    """Files and folders of articles."""
    rules: Sequence[str | Path] = ("rules",)
    """Rules files and folders."""
    as_of: dt.date | None = None
    """The date undated articles are read at, and that staleness is measured to."""
    model: str | None = None
    """An installed spaCy pipeline to use instead of blank English."""
    show_supported: bool = False
    """List supported claims in the report too."""
    today: dt.date | None = None
    """Today's date (tests pin it); defaults to the system date."""
    worthiness_threshold: float = DEFAULT_THRESHOLD
    """Claims no fact covers are reported as unverified from this check-worthiness up."""
    include: Sequence[str] = ()
    """Glob patterns: only articles whose path matches one are checked."""
    exclude: Sequence[str] = ()
    """Glob patterns: articles whose path matches one are skipped."""
    dates: Mapping[str, dt.date] = field(default_factory=dict)
    """Dates for undated articles, by glob pattern of their path."""
    select: Sequence[str] = ()
    """Only findings of these rules (ids, prefixes, globs or tags)."""
    ignore: Sequence[str] = ()
    """No findings of these rules."""
    severity: Mapping[str, str] = field(default_factory=dict)
    """Severity overrides by rule id, prefix, glob or tag."""
    cache_dir: Path | None = None
    """Where analysed articles are cached between runs (None: no cache)."""
    jobs: int | None = None
    """Worker processes that read articles (None: one per CPU; 1: this process only)."""


def run(options: RunOptions, progress: Progress | None = None) -> Report:
    """Check every article under ``options.paths`` and return the report."""
    rules = load_rules(options.rules)
    files = [f for f in discover(options.paths) if _wanted(display_path(f), options)]
    if not files:
        shown = ", ".join(str(p) for p in options.paths)
        raise UsageError(f"no articles found in {shown}; claimcheck reads "
                         f"{', '.join(sorted(READERS))} files")
    today = options.today or dt.date.today()
    as_of = options.as_of or today
    failures: list[DocumentFailure] = []
    documents = list(_documents(load_all(files), failures, progress))
    analysed = _analyse(documents, rules, options, today, progress)
    report = build_report(analysed, failures, rules, as_of, options.show_supported,
                          options.worthiness_threshold)
    return select(report, rules, options)


def _analyse(documents: list[Document], rules: RuleSet, options: RunOptions,
             today: dt.date, progress: Progress | None = None) -> Iterator[AnalysedDocument]:
    """Analyses as they are done (checking starts on each while workers read the next),
    from the cache where possible; the spaCy pipeline is only built when some article is
    not cached."""
    dates = _dates(options)
    done = (lambda path: None) if progress is None else progress
    if options.cache_dir is None:
        nlp = build_pipeline(rules, options.model)
        for one in analyse_all(nlp, documents, options.as_of, today, dates, options.jobs):
            done(one.path)
            yield one
        return
    cache = Cache(options.cache_dir, list(options.rules), options.model)
    keys = [cache.key(d, anchor_date(d, options.as_of, today, dates)[0]) for d in documents]
    found = [cache.get(key) for key in keys]
    fresh: Iterator[AnalysedDocument] | None = None
    for index, cached in enumerate(found):  # (in document order, as without the cache)
        if cached is None:
            if fresh is None:
                nlp = build_pipeline(rules, options.model)
                fresh = analyse_all(nlp, [d for d, hit in zip(documents, found, strict=True)
                                          if hit is None], options.as_of, today, dates,
                                    options.jobs)
            cached = next(fresh)
            cache.put(keys[index], cached)
        done(cached.path)
        yield cached


def _wanted(path: str, options: RunOptions) -> bool:
    if options.include and not any(fnmatchcase(path, p) for p in options.include):
        return False
    return not any(fnmatchcase(path, p) for p in options.exclude)


def _dates(options: RunOptions) -> Callable[[str], dt.date | None] | None:
    if not options.dates:
        return None
    return lambda path: next((d for p, d in options.dates.items() if fnmatchcase(path, p)), None)


def select(report: Report, rules: RuleSet, options: RunOptions) -> Report:
    """Apply ``select``, ``ignore`` and severity overrides to a report's findings."""
    if not (options.select or options.ignore or options.severity):
        return report
    _check_patterns(rules, options)
    kept = []
    for finding in report.findings:
        own = rules.tags(finding.rule)
        if options.select and not matches(finding.rule, list(options.select), own):
            continue
        if matches(finding.rule, list(options.ignore), own):
            continue
        for pattern, severity in options.severity.items():
            if finding.is_flag and matches(finding.rule, [pattern], own):
                finding = replace(finding, severity=severity)  # type: ignore[arg-type]
        kept.append(finding)
    return replace(report, findings=tuple(kept),
                   rules=tuple(r for r in report.rules if any(f.rule == r.id for f in kept)))


def _check_patterns(rules: RuleSet, options: RunOptions) -> None:
    """A select, ignore or severity pattern that names no rule is a typo, not a no-op."""
    from claimcheck.report.rules import BUILT_IN

    known = [f.id for f in rules.facts] + [p.id for p in rules.policies] + list(BUILT_IN)
    for setting, patterns in (("select", options.select), ("ignore", options.ignore),
                              ("severity", list(options.severity))):
        for pattern in patterns:
            if not any(matches(rule, [pattern], rules.tags(rule)) for rule in known):
                raise UsageError(f"configuration: {setting} pattern {pattern!r} matches no rule "
                                 "id, prefix or tag; `claimcheck rules list` shows the rules")


def _documents(loaded: Iterable[Document | DocumentFailure], failures: list[DocumentFailure],
               progress: Progress | None) -> Iterator[Document]:
    for item in loaded:
        if isinstance(item, DocumentFailure):
            if progress is not None:  # (the others count once analysed)
                progress(item.path)
            failures.append(item)
        else:
            yield item


def build_report(analysed: Iterable[AnalysedDocument], failures: list[DocumentFailure],
                 rules: RuleSet, as_of: dt.date, show_supported: bool = False,
                 worthiness_threshold: float = DEFAULT_THRESHOLD) -> Report:
    """Check analysed documents (as they come) and assemble the report."""
    kept: list[AnalysedDocument] = []

    def keep() -> Iterator[AnalysedDocument]:
        for one in analysed:
            kept.append(one)
            yield one

    findings = check(keep(), rules, as_of, worthiness_threshold)
    analysed = kept
    results = [DocumentResult(a.path, a.stated_date, a.date, a.date_source, len(a.claims),
                              text=a.text, title=a.title) for a in analysed]
    results += [DocumentResult(f.path, None, None, None, 0, f.message) for f in failures]
    return Report(
        version=__version__,
        as_of=as_of,
        documents=tuple(sorted(results, key=lambda d: d.path)),
        findings=tuple(findings),
        errors=tuple(sorted((FileError(f.path, f.message, f.line, f.column) for f in failures),
                            key=lambda e: e.path)),
        show_supported=show_supported,
        rules=rule_infos({f.rule for f in findings}, rules),
    )
