"""``jekpy doctor``: Jekyll's doctor checks and a GitHub Pages compatibility report.

Jekyll's checks (jekyll/jekyll v3.10.0 lib/jekyll/commands/doctor.rb): deprecated settings,
conflicting URLs, URLs that differ only by case, the site ``url`` (set, valid, absolute), and
``_posts`` outside ``collections_dir``; plus baseurl mistakes. The Pages report says whether
the site builds on GitHub Pages unchanged and what differs from a local Jekyll 4 build.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from jekpy import github_pages, writer
from jekpy.check import front_matter_checks, make_context, schema_checks, template_checks
from jekpy.check.context import CheckContext
from jekpy.check.output_checks import _conflicts, read_site
from jekpy.check.report import ERROR, Report


@dataclass
class Diagnosis:
    """What the doctor found: Jekyll-doctor findings, the Pages report, and a verdict."""

    doctor: list[str] = field(default_factory=list)
    pages_problems: list[str] = field(default_factory=list)
    differences: list[str] = field(default_factory=list)
    builds_on_pages: bool = True

    @property
    def healthy(self) -> bool:
        """Jekyll's verdict: no doctor finding and the site builds on Pages."""
        return not self.doctor and self.builds_on_pages


def diagnose(source: Path, config_files: list[Path] | None = None, environment: str = "production") -> Diagnosis:
    """Run the doctor on the site at ``source``."""
    ctx = make_context(source, config_files, None, environment)
    result = Diagnosis()
    if ctx.site is not None:
        front_matter_checks.check(ctx)
        schema_checks.check(ctx)
        template_checks.check(ctx)
        template_checks.report_includes(ctx, rendered=False)
        _read_site(ctx)
    _doctor_findings(ctx, result)
    _pages_report(ctx, result)
    return result


def _read_site(ctx: CheckContext) -> None:
    if not read_site(ctx):
        return
    conflicts = Report()
    saved, ctx.report = ctx.report, conflicts
    _conflicts(ctx, writer.outputs(ctx.site))
    ctx.report = saved
    for problem in conflicts.problems:
        ctx.report.problems.append(problem)


def _doctor_findings(ctx: CheckContext, result: Diagnosis) -> None:
    for problem in ctx.report.sorted():
        if problem.rule in ("config-deprecated", "url-conflict", "url-case"):
            result.doctor.append(f"{problem.file}: {problem.message}")
    # After jekyll-github-metadata's after_init (as Jekyll's doctor sees it on Pages): url and
    # baseurl may come from the repository rather than _config.yml.
    config = dict(ctx.user_config)
    if ctx.site is not None:
        for key in ("url", "baseurl"):
            if ctx.site.config.get(key) and not config.get(key):
                config[key] = ctx.site.config[key]
    url = config.get("url")
    if not url:
        result.doctor.append("Warning: You didn't set an URL in the config file, you may encounter problems with some plugins.")
    else:
        parts = urlsplit(str(url))
        if not parts.scheme or not parts.netloc:
            result.doctor.append("Warning: Your site URL does not seem to be absolute, check the value of `url` in your config file.")
        elif parts.path not in ("", "/"):
            result.doctor.append(f"Warning: `url` has a path ({parts.path}); put it in `baseurl` instead.")
        elif str(url).endswith("/"):
            result.doctor.append("Warning: `url` ends with a slash; relative_url and absolute_url add one, giving '//'.")
    cname = _cname(ctx)
    if cname and url and urlsplit(str(url)).netloc and urlsplit(str(url)).netloc.lower() != cname.lower():
        result.doctor.append(f"Warning: CNAME serves the site at {cname} but `url` is {url}; absolute links "
                             "(feeds, sitemaps, SEO tags) will point elsewhere.")
    if cname and isinstance(ctx.user_config.get("baseurl"), str) and ctx.user_config["baseurl"].strip("/"):
        result.doctor.append(f"Warning: with a custom domain ({cname}) the site is served from the root; "
                             f"`baseurl: {ctx.user_config['baseurl']}` breaks its links.")
    baseurl = config.get("baseurl")
    if isinstance(baseurl, str) and baseurl:
        if not baseurl.startswith("/"):
            result.doctor.append(f"Warning: `baseurl: {baseurl}` should start with a slash (/{baseurl}).")
        if baseurl.endswith("/"):
            result.doctor.append(f"Warning: `baseurl: {baseurl}` should not end with a slash.")
    collections_dir = config.get("collections_dir")
    if collections_dir and (ctx.source / "_posts").is_dir():
        result.doctor.append(f"Warning: Detected '_posts' directory outside custom `collections_dir` ({collections_dir}); "
                             "move it inside, or Jekyll will not read those posts.")


def _cname(ctx: CheckContext) -> str | None:
    """The custom domain in the site's CNAME file, if any."""
    path = ctx.source / "CNAME"
    try:
        lines = [line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    except (OSError, UnicodeDecodeError):
        return None
    return lines[0] if lines else None


def _pages_report(ctx: CheckContext, result: Diagnosis) -> None:
    for problem in ctx.report.sorted():
        where = f"{problem.file}:{problem.line}" if problem.line else problem.file
        if problem.severity == ERROR:
            result.builds_on_pages = False
            result.pages_problems.append(f"error   {where}: {problem.message}")
        elif problem.rule.startswith("pages-"):
            result.pages_problems.append(f"warning {where}: {problem.message}")
    result.differences.extend(differences(ctx))


def differences(ctx: CheckContext) -> list[str]:
    """What a local ``jekyll build`` (Jekyll 4, no github-pages gem) does differently."""
    config = ctx.user_config
    notes = ["Pages runs Jekyll 3.10.0 with Liquid 4.0.4: Jekyll 4-only features (render_with_liquid, "
             "Liquid 5 tags such as render and echo where a newer Liquid is installed) fail or are ignored there.",
             "Pages builds in safe mode: only whitelisted plugins run, _plugins/ is never loaded."]
    if "theme" not in config:
        notes.append("No `theme:` key: Pages applies jekyll-theme-primer; Jekyll 4 builds without a theme.")
    configured = config.get("plugins") if isinstance(config.get("plugins"), list) else []
    added = [p for p in github_pages.DEFAULT_PLUGINS if p not in configured]
    if added:
        notes.append("Pages adds these plugins on its own: " + ", ".join(added) + ".")
    dropped = [str(p) for p in configured if str(p) not in github_pages.WHITELIST]
    if dropped:
        notes.append("Jekyll 4 runs these plugins; Pages does not: " + ", ".join(dropped) + ".")
    if "exclude" not in config:
        notes.append("Pages adds CNAME to `exclude`.")
    notes.append("Pages: `future` stays false (Jekyll's default wins), Sass is compressed in production "
                 "unless `sass.style` is set, kramdown reads GFM, code is highlighted by Rouge.")
    notes.append("Pages fills site.github (jekyll-github-metadata) and, for project sites, url and baseurl.")
    return notes


def render(result: Diagnosis) -> str:
    """The doctor's report as text."""
    lines = ["Jekyll doctor:"]
    lines.extend(f"  {line}" for line in result.doctor) if result.doctor else lines.append(
        "  Your test results are in. Everything looks fine.")
    verdict = "yes" if result.builds_on_pages else "no"
    lines += ["", f"GitHub Pages: would this site build unchanged? {verdict}"]
    lines.extend(f"  {line}" for line in result.pages_problems)
    lines += ["", "Differences from a local Jekyll 4 build:"]
    lines.extend(f"  - {line}" for line in result.differences)
    return "\n".join(lines) + "\n"
