"""``jekpy check``: validate a Jekyll / GitHub Pages site and report every problem.

Stages, each adding to one `Report` (none stops at the first problem):

1. configuration (config_checks, pages_rules): YAML, types, spelling, what Pages overrides;
2. front matter (front_matter_checks): delimiters, YAML, duplicate keys, Jekyll's keys, post names;
3. schemas (schema_checks): ``_data`` syntax and the JSON Schemas of ``jekpy: schemas:``;
4. templates (template_checks): Liquid 4.0.4 syntax, missing includes;
5. output (output_checks): an in-memory build; render errors, links, anchors, URL conflicts.

Usage::

    report = run_check(Path("site"))
    print(formats.render(report, "human"))
    sys.exit(report.exit_code(strict=False))
"""

from __future__ import annotations

import io
import os
from pathlib import Path

from jekpy.check import (
    config_checks,
    front_matter_checks,
    output_checks,
    schema_checks,
    template_checks,
)
from jekpy.check.context import CheckContext
from jekpy.check.report import ERROR, WARNING, Problem, Report
from jekpy.errors import JekpyError
from jekpy.log import Logger

__all__ = ["run_check", "make_context", "Report", "Problem", "ERROR", "WARNING"]


def make_context(source: Path, config_files: list[Path] | None = None, overrides: dict | None = None,
                 environment: str | None = None) -> CheckContext:
    """Read and check the configuration, and make the Site the other stages use."""
    from jekpy.build import make_site

    source = Path(source).resolve()
    environment = environment or os.environ.get("JEKYLL_ENV") or "production"
    ctx = CheckContext(source, config_files, dict(overrides or {}), Report(), environment)
    config_checks.check(ctx)
    if any(c.doc is None for c in ctx.configs):
        return ctx
    if ctx.user_config.get("remote_theme") and not ctx.user_config.get("theme"):
        ctx.theme_unavailable = str(ctx.user_config["remote_theme"])
        file, line, col = ctx.origin("remote_theme")
        ctx.report.warning(f"remote_theme {ctx.theme_unavailable} is fetched by GitHub Pages; jekpy does not fetch it, "
                           "so layouts and includes it provides and the built output are not checked.",
                           file, line, col, "theme-missing")
    try:
        ctx.site = make_site(source, None, config_files, overrides, environment, _quiet_logger())
    except JekpyError as exc:
        if "theme could not be found" in str(exc.message):
            _without_theme(ctx, exc)
        elif not ctx.report.has_error_at(exc.path or "_config.yml", exc.line):
            ctx.report.error(str(exc.message), exc.path or "_config.yml", exc.line, exc.col, "config")
    except Exception as exc:  # noqa: BLE001 - a value of the wrong type; already reported above
        if not any(p.severity == ERROR for p in ctx.report.problems):
            ctx.report.error(f"The configuration cannot be used: {exc}", "_config.yml", rule="config")
    return ctx


def _quiet_logger() -> Logger:
    """A logger that keeps warnings (the template checks read them) and prints nothing."""
    return Logger(quiet=True, out=io.StringIO(), err=io.StringIO())


def _without_theme(ctx: CheckContext, exc: JekpyError) -> None:
    """The theme is a Pages theme jekpy cannot find locally: check the site without it."""
    from jekpy.build import make_site

    theme = ctx.user_config.get("theme") or "jekyll-theme-primer"
    ctx.theme_unavailable = str(theme)
    file, line, col = ctx.origin("theme")
    if not any(p.rule == "pages-theme" for p in ctx.report.problems):  # else: already an error
        ctx.report.warning(f"The {theme} theme is not installed for jekpy (set JEKPY_THEME_PATH): "
                           "its layouts, includes and the built output are not checked.", file, line, col,
                           "theme-missing")
    overrides = dict(ctx.overrides, theme="")  # a None would not override (deep_merge keeps the old value)
    ctx.site = make_site(ctx.source, None, ctx.config_files, overrides, ctx.environment, _quiet_logger())


def run_check(source: Path, config_files: list[Path] | None = None, overrides: dict | None = None,
              environment: str | None = None, output: bool = True, thorough: bool = False) -> Report:
    """Run every stage on the site at ``source`` and return the report.

    Args:
        source: the site folder.
        config_files: ``--config`` files (None: ``_config.yml``).
        overrides: configuration values from flags.
        environment: JEKYLL_ENV (default production, as on Pages).
        output: also build in memory and check the output (slower).
        thorough: convert all Markdown in the output check instead of reading plain Markdown's
            links directly (slower, same findings; see markdown_links).
    """
    ctx = make_context(source, config_files, overrides, environment)
    ctx.thorough = thorough
    if ctx.site is None:
        return ctx.report
    front_matter_checks.check(ctx)
    schema_checks.check(ctx)
    template_checks.check(ctx)
    rendered = False
    if output and not ctx.theme_unavailable:
        rendered = output_checks.check(ctx)
    template_checks.report_includes(ctx, rendered)
    _drafts_are_warnings(ctx)
    return ctx.report


def check_built(source: Path, built: Path, config_files: list[Path] | None = None) -> Report:
    """Links, images and anchors of a site built already (``_site``), like html-proofer.

    The configuration of ``source`` gives the baseurl and ``jekpy: check: ignore_missing``;
    problems name the output file and come from its HTML only.
    """
    from jekpy.check.link_index import links_in_built_site

    ctx = make_context(source, config_files)
    baseurl = str((ctx.site.config if ctx.site else ctx.user_config).get("baseurl") or "")
    ignore = ctx.ignore_missing
    report = Report()
    found = links_in_built_site(Path(built), baseurl, ignore=ignore, lenient_baseurl=not ctx.user_config.get("baseurl"))
    report.files_checked = len({page for page, _, _ in found}) if found else 0
    for page, url, message in found:
        report.links.append((page, url, message))
        report.error(message, page, rule="broken-link")
    return report


def _drafts_are_warnings(ctx: CheckContext) -> None:
    """Pages does not build drafts, unpublished pages or future posts: their problems only
    matter once they are published (a YAML error still hides ``published: false``)."""
    for index, problem in enumerate(ctx.report.problems):
        if problem.severity != ERROR:
            continue
        if "_drafts/" in f"/{problem.file}":
            why = "a draft"
        elif problem.file in ctx.not_built:
            why = f"not built yet: {ctx.not_built[problem.file]}"
        else:
            continue
        ctx.report.problems[index] = Problem(
            WARNING, problem.message.rstrip(".") + f" ({why}; it breaks the build once published).",
            problem.file, problem.line, problem.col, problem.rule)
