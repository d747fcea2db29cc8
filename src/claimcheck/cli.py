"""The ``claimcheck`` command: thin typer wrappers over :mod:`claimcheck.run`.

Exit codes: 0 no flag at or above ``--fail-on``; 1 flags found; 2 a usage,
configuration, rules or input-file error; 3 an internal error (a bug).
A user error prints ``place: message`` on stderr, never a traceback.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import time
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import Annotated, NoReturn

import typer

from claimcheck import __version__
from claimcheck.errors import ClaimcheckError, RulesErrors, UsageError
from claimcheck.findings import Severity
from claimcheck.report.formats import Format, render

EXIT_OK, EXIT_FLAGS, EXIT_USER, EXIT_INTERNAL = 0, 1, 2, 3
PROGRESS_AFTER = 1.0
"""Seconds before a progress display appears (short runs stay quiet)."""

class FailOn(StrEnum):
    """Severities ``--fail-on`` accepts."""

    error = "error"
    warning = "warning"
    info = "info"


app = typer.Typer(
    name="claimcheck",
    help="Check the factual claims in a folder of articles against YAML facts and policies.\n\n"
    "claimcheck reads articles (.txt, .md, .html), extracts their claims with spaCy, checks "
    "them against the facts and policies in rules/*.yaml and against each other, and "
    "reports the flags.",
    epilog="Exit codes: 0 no flag at or above --fail-on; 1 flags found; 2 usage, rules or "
    "input-file error; 3 internal error; 130 interrupted. Docs: README.md.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"claimcheck {__version__}")
        raise typer.Exit(EXIT_OK)


@app.callback()
def main_options(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                          help="Print the version and exit.")] = False,
) -> None:
    """Options that apply to every command."""


def _parse_date(value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise UsageError(f"--as-of {value!r} is not a date; write it as YYYY-MM-DD") from None


@app.command("run")
def run_command(
    paths: Annotated[list[Path], typer.Argument(
        metavar="PATH", help="Article files or folders (searched recursively for .txt, "
        ".md, .markdown, .html, .htm).")],
    rules: Annotated[list[Path] | None, typer.Option(
        "--rules", "-r", metavar="PATH", help="Rules file or folder; repeatable. "
        "Default: ./rules")] = None,
    output_format: Annotated[Format | None, typer.Option(
        "--format", "-f", help="Report format (default: text, or `format` in the "
        "configuration).", case_sensitive=False)] = None,
    output: Annotated[Path | None, typer.Option(
        "--output", "-o", metavar="FILE",
        help="Write the report to this file instead of stdout.")] = None,
    fail_on: Annotated[FailOn | None, typer.Option(
        "--fail-on", case_sensitive=False,
        help="Exit 1 when a flag of this severity or higher is found (default: error).")
    ] = None,
    as_of: Annotated[str | None, typer.Option(
        "--as-of", metavar="DATE", help="Read undated articles at this date (YYYY-MM-DD); "
        "time-sensitive wording is judged against it. Default: today.")] = None,
    show_supported: Annotated[bool, typer.Option(
        "--show-supported", help="Also list claims that agree with a fact.")] = False,
    model: Annotated[str | None, typer.Option(
        "--model", metavar="NAME", help="An installed spaCy pipeline (e.g. en_core_web_sm) to "
        "use instead of the built-in blank English one. Nothing is downloaded.")] = None,
    worthiness: Annotated[float | None, typer.Option(
        "--worthiness-threshold", min=0.0, max=1.0, metavar="0..1",
        help="Report claims no fact covers as unverified only when their sentence's "
        "check-worthiness score reaches this (default: 0.5).")] = None,
    config: Annotated[Path | None, typer.Option(
        "--config", "-c", metavar="FILE", help="Configuration file (default: ./claimcheck.yaml, "
        "else [tool.claimcheck] in ./pyproject.toml).")] = None,
    sarif: Annotated[Path | None, typer.Option(
        "--sarif", metavar="FILE", help="Also write a SARIF 2.1.0 report (code scanning).")
    ] = None,
    html: Annotated[Path | None, typer.Option(
        "--html", metavar="FILE", help="Also write the standalone HTML review page.")] = None,
    junit: Annotated[Path | None, typer.Option(
        "--junit", metavar="FILE", help="Also write JUnit XML (one test case per article).")
    ] = None,
    markdown: Annotated[Path | None, typer.Option(
        "--markdown", metavar="FILE", help="Also write Markdown for a pull-request comment.")
    ] = None,
    baseline: Annotated[Path | None, typer.Option(
        "--baseline", metavar="FILE", help="Leave out flags recorded in this baseline, so "
        "only new flags fail.")] = None,
    write_baseline: Annotated[Path | None, typer.Option(
        "--write-baseline", metavar="FILE", help="Record this run's flags as a baseline "
        "(and exit 0 unless a file could not be read).")] = None,
    no_cache: Annotated[bool, typer.Option(
        "--no-cache", help="Analyse every article again instead of reusing the cache "
        "(.claimcheck_cache, or cache_dir in the configuration).")] = False,
    jobs: Annotated[int | None, typer.Option(
        "--jobs", "-j", min=1, metavar="N", help="Worker processes that read articles "
        "(default: one per CPU; 1 reads in this process). Runs under about 25,000 words, "
        "and runs outside Linux, read in this process.")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress display.")] = False,
) -> None:
    """Check articles and report flagged claims.

    Example: claimcheck run corpus/ --format json --output report.json
    """
    from claimcheck.config import find_config, load_config
    from claimcheck.run import RunOptions, run

    settings = load_config(config or find_config()).settings
    threshold: Severity = fail_on.value if fail_on else settings.fail_on
    output_format = output_format or Format(settings.format)
    extra = {Format(name): Path(file) for name, file in settings.outputs.items()
             if name in Format.__members__}
    extra.update({f: p for f, p in ((Format.sarif, sarif), (Format.html, html),
                                    (Format.junit, junit), (Format.markdown, markdown)) if p})
    for path in (output, *extra.values()):
        _check_output(path)
    options = RunOptions(
        paths=paths, rules=rules or [Path(r) for r in settings.rules],
        as_of=_parse_date(as_of) or settings.as_of, model=model or settings.model,
        show_supported=show_supported,
        worthiness_threshold=settings.worthiness_threshold if worthiness is None else worthiness,
        include=settings.include, exclude=settings.exclude, dates=settings.dates,
        select=settings.select, ignore=settings.ignore, severity=settings.severity,
        cache_dir=None if no_cache or not settings.cache else Path(settings.cache_dir),
        jobs=jobs or settings.jobs)
    from claimcheck.report import baseline as baselines

    with _interrupted():  # (to the last write: typer would exit 130 without a word)
        known = baselines.load(baseline) if baseline else None
        with _progress(quiet) as progress:
            report = run(options, progress)
        if write_baseline is not None:
            count = baselines.write(report, write_baseline)
            typer.echo(f"claimcheck: wrote {count} flags to {write_baseline}", err=True)
            raise typer.Exit(EXIT_USER if report.errors else EXIT_OK)
        if known is not None:
            report = baselines.apply(report, known)
            if known and not report.baselined:
                typer.echo(f"claimcheck: warning: no flag matched the baseline {baseline}; "
                           "fingerprints include paths as shown, so run from the folder the "
                           "baseline was written in", err=True)
        color = output is None and output_format is Format.text and _is_terminal(sys.stdout)
        rendered = render(report, output_format, color)
        if output is None:
            typer.echo(rendered, nl=False)
        else:
            _write(output, rendered)
        for extra_format, path in extra.items():
            _write(path, render(report, extra_format))
        if output is not None or output_format is not Format.text:
            for error in report.errors:  # the terminal report already lists them
                typer.echo(f"{error.place}: error: {error.message}", err=True)
        if report.errors:
            raise typer.Exit(EXIT_USER)
        raise typer.Exit(EXIT_FLAGS if report.failing(threshold) else EXIT_OK)


@app.command("extract")
def extract_command(
    path: Annotated[str, typer.Argument(metavar="FILE", help="An article file, or - for "
                                        "standard input (read as plain text).")],
    rules: Annotated[list[Path] | None, typer.Option(
        "--rules", "-r", metavar="PATH", help="Rules file or folder; repeatable. "
        "Default: ./rules")] = None,
    as_of: Annotated[str | None, typer.Option(
        "--as-of", metavar="DATE", help="Date to read relative time at (YYYY-MM-DD).")] = None,
    model: Annotated[str | None, typer.Option(
        "--model", metavar="NAME", help="An installed spaCy pipeline to use.")] = None,
) -> None:
    """Print the claims and quantities of one article as JSON lines.

    Each line is {"type": "claim", ...} or {"type": "quantity", ...}. A claim shows
    "read_at", the date it is checked at, and "year" when its sentence dates it to a
    past year ("In 2012, ..."); a question, plan or quotation has "not-asserted" among
    its qualifiers.
    """
    from claimcheck.extract_lines import extract_lines

    for line in extract_lines(path, rules or [Path("rules")], _parse_date(as_of), model):
        typer.echo(line)


def _write(path: Path, text: str) -> None:
    try:
        path.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise UsageError(f"{path}: cannot write the report: {exc.strerror or exc}") from None


def _check_output(output: Path | None) -> None:
    """Refuse an unwritable ``--output`` before the (long) analysis, not after."""
    if output is None:
        return
    if output.is_dir():
        raise UsageError(f"--output {output}: is a folder; give a file name")
    if not output.parent.is_dir():
        raise UsageError(f"--output {output}: folder {output.parent} does not exist")


rules_app = typer.Typer(help="Inspect, validate and test rules files.", no_args_is_help=True)
app.add_typer(rules_app, name="rules")

RulesOption = Annotated[list[Path] | None, typer.Option(
    "--rules", "-r", metavar="PATH", help="Rules file or folder; repeatable. Default: ./rules")]
RulesArgument = Annotated[list[Path] | None, typer.Argument(
    metavar="[PATH]...", help="Rules files or folders, as --rules takes them.",
    show_default=False)]


def _rules_paths(paths: list[Path] | None, rules: list[Path] | None) -> list[Path]:
    """The rules a `rules` command reads: its PATH arguments and --rules options, else
    ./rules."""
    return [*(paths or []), *(rules or [])] or [Path("rules")]


config_app = typer.Typer(help="Show the effective configuration.", no_args_is_help=True)
app.add_typer(config_app, name="config")


@config_app.command("show")
def config_show(config: Annotated[Path | None, typer.Option(
        "--config", "-c", metavar="FILE", help="Configuration file to read.")] = None) -> None:
    """Print every setting, its effective value and where it came from."""
    from claimcheck.config import find_config, load_config

    loaded = load_config(config or find_config())
    typer.echo(f"# configuration file: {loaded.path or 'none found (defaults only)'}")
    for name, value in loaded.settings.model_dump(mode="json").items():
        typer.echo(f"{name} = {value!r}  # {loaded.sources.get(name, 'default')}")


@rules_app.command("docs")
def rules_docs(paths: RulesArgument = None, rules: RulesOption = None) -> None:
    """Print Markdown documentation of every rule (the source of docs/rules.md)."""
    from claimcheck.ruledocs import markdown
    from claimcheck.rules import load_rules

    typer.echo(markdown(load_rules(_rules_paths(paths, rules))), nl=False)


@app.command("explain")
def explain_command(
    rule: Annotated[str, typer.Argument(metavar="RULE-ID", help="A fact, policy or built-in "
                                        "rule id, as reports show it.")],
    rules: RulesOption = None,
) -> None:
    """Explain a rule: what it flags, its severity, source and examples."""
    from claimcheck.ruledocs import explain
    from claimcheck.rules import load_rules

    loaded = load_rules(rules or [Path("rules")])
    text = explain(rule, loaded)
    if text is None:
        from claimcheck.rules.references import did_you_mean

        ids = [f.id for f in loaded.facts] + [p.id for p in loaded.policies]
        raise UsageError(f"no rule {rule!r}{did_you_mean(rule, ids)}; "
                         "`claimcheck rules list` shows them all")
    typer.echo(text, nl=False)


@rules_app.command("validate")
def rules_validate(paths: RulesArgument = None, rules: RulesOption = None) -> None:
    """Load and check rules files; print every mistake as file:line:col (exit 2)."""
    from claimcheck.rules import load_rules

    loaded = load_rules(_rules_paths(paths, rules))
    typer.echo(f"{len(loaded.files)} files: {len(loaded.entities)} entities, "
               f"{len(loaded.attributes)} attributes, {len(loaded.facts)} facts, "
               f"{len(loaded.policies)} policies; no problems found")


@rules_app.command("list")
def rules_list(paths: RulesArgument = None, rules: RulesOption = None) -> None:
    """List every fact and policy with its severity and where it is written."""
    from claimcheck.rules import load_rules

    loaded = load_rules(_rules_paths(paths, rules))
    for fact in loaded.facts:
        typer.echo(f"{fact.id}\tfact\t{fact.severity}\t{loaded.origins[fact.id]}")
    for policy in loaded.policies:
        typer.echo(f"{policy.id}\t{policy.kind}\t{policy.severity}\t{loaded.origins[policy.id]}")


@rules_app.command("test")
def rules_test(paths: RulesArgument = None, rules: RulesOption = None) -> None:
    """Run the flag/pass examples of every fact and policy; report tp/fp/fn per rule.

    Exit 1 when an example fails.
    """
    from claimcheck.nlp import build_pipeline
    from claimcheck.rules import load_rules
    from claimcheck.ruletests import run_examples, summary

    loaded = load_rules(_rules_paths(paths, rules))
    results = list(run_examples(loaded, build_pipeline(loaded), dt.date.today()))
    for result in results:
        if not result.ok:
            expected = "flagged" if result.kind == "flag" else "passed"
            typer.echo(f"{result.place}: {result.rule}: example should be {expected}: "
                       f"{result.sentence!r}")
    typer.echo(f"{'rule':<40}{'tp':>4}{'fp':>4}{'fn':>4}")
    for rule, (tp, fp, fn) in sorted(summary(results).items()):
        typer.echo(f"{rule:<40}{tp:>4}{fp:>4}{fn:>4}")
    failed = sum(1 for r in results if not r.ok)
    typer.echo(f"{len(results)} examples, {failed} failed")
    raise typer.Exit(EXIT_FLAGS if failed else EXIT_OK)


def _is_terminal(stream: object) -> bool:
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty()) and "NO_COLOR" not in os.environ


@contextmanager
def _progress(quiet: bool) -> Iterator[Callable[[str], None] | None]:
    """A transient progress line on stderr, only on an interactive terminal (not in CI),
    and only once a run has taken more than a second."""
    if quiet or not _is_terminal(sys.stderr) or os.environ.get("CI"):
        yield None
        return
    from rich.console import Console
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    columns = (SpinnerColumn(), TextColumn("{task.completed} files"), TimeElapsedColumn(),
               TextColumn("{task.description}"))
    # (refreshed on each file, not by a thread of its own: articles are read by processes
    # forked from this one, and a fork should not copy a thread's held locks)
    progress = Progress(*columns, transient=True, console=Console(stderr=True),
                        auto_refresh=False)
    task = progress.add_task("", total=None)
    started = time.monotonic()

    def advance(path: str) -> None:
        progress.update(task, advance=1, description=path)
        if not progress.live.is_started and time.monotonic() - started > PROGRESS_AFTER:
            progress.start()
        if progress.live.is_started:
            progress.refresh()

    try:
        yield advance
    finally:
        progress.stop()


@contextmanager
def _interrupted() -> Iterator[None]:
    """Ctrl-C anywhere in a run: say so, exit 130."""
    try:
        yield
    except KeyboardInterrupt:
        typer.echo("claimcheck: interrupted", err=True)
        raise typer.Exit(130) from None


def _fail(message: str, code: int) -> NoReturn:
    typer.echo(message, err=True)
    sys.exit(code)


def main(argv: list[str] | None = None) -> None:
    """Console-script entry point: run the app, map errors to exit codes."""
    try:
        app(args=argv, prog_name="claimcheck", standalone_mode=True)
    except RulesErrors as exc:
        _fail(f"{exc}\nclaimcheck: {len(exc.errors)} error(s) in rules files", EXIT_USER)
    except ClaimcheckError as exc:
        _fail(f"claimcheck: error: {exc}", exc.exit_code)
    except KeyboardInterrupt:
        _fail("claimcheck: interrupted", 130)
    except Exception:  # noqa: BLE001 - the last line of defence: report, never crash
        if os.environ.get("CLAIMCHECK_DEBUG"):
            traceback.print_exc()
        _fail(f"claimcheck: internal error: {sys.exc_info()[1]!r}\n"
              "This is a bug in claimcheck; rerun with CLAIMCHECK_DEBUG=1 for details.",
              EXIT_INTERNAL)
