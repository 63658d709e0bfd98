"""Templates: every layout, include, page and document parses as Liquid 4.0.4 (Pages' engine,
with Jekyll 3.10's tags and the enabled plugins' tags), and the includes they name exist.

Liquid-5-only tags (``render``, ``echo``, ``liquid``, ``{% # %}``) are unknown tags on Pages,
where the build fails; they are errors here too.
"""

from __future__ import annotations

import re

from jekpy.check import sources
from jekpy.check.context import CheckContext
from jekpy.check.liquid_env import make_environment, plugin_hint
from jekpy.check.sources import SourceFile
from jekpy.errors import JekpyError

INCLUDE_RE = re.compile(r"\{%-?\s*(include|include_relative|include_cached)\s+([^\s%}]+)")
BLANK_RE = re.compile(r"\{%-?\s*raw\s*-?%\}.*?\{%-?\s*endraw\s*-?%\}"
                      r"|\{%-?\s*comment\s*-?%\}.*?\{%-?\s*endcomment\s*-?%\}", re.DOTALL)
WARNING_RE = re.compile(r"Liquid syntax error \(line (\d+)\): (.*) in (\S+)$")
LIQUID_RE = re.compile(r"{%|{{")
LINE_PREFIX_RE = re.compile(r"^(Liquid(?: syntax)? error) \(line \d+\): ")
MARKDOWN_EXTS = (".md", ".markdown", ".mdown", ".mkdn", ".mkd")


def check(ctx: CheckContext) -> None:
    """Parse every template; report syntax errors and missing includes."""
    site = ctx.site
    if site is None:
        return
    env = make_environment(site)
    templates = _templates(ctx)
    for item, body, offset in templates:
        _parse(ctx, env, item, body, offset)
        _includes(ctx, item, body, offset)


def _templates(ctx: CheckContext) -> list[tuple[SourceFile, str, int]]:
    """(file, Liquid source, lines before it) for layouts, includes, pages and documents."""
    site = ctx.site
    result = []
    for item in sources.layouts(site) + sources.documents(site):
        if item.kind == "text":
            # jekyll-optional-front-matter (a Pages default) renders Markdown files without front matter.
            text = _read(item) if item.path.suffix.lower() in MARKDOWN_EXTS else None
            if text is not None:
                result.append((item, text, 0))
            continue
        if item.rel in ctx.front_matter:
            _, _, body, body_line = ctx.front_matter[item.rel]
            result.append((item, body, body_line - 1))
        elif item.kind == "layout":
            text = _read(item)
            if text is not None:
                result.append((item, text, 0))
    for item in sources.includes(site):
        ctx.report.files_checked += 1
        text = _read(item)
        if text is not None:
            result.append((item, text, 0))
    return [(i, b, o) for i, b, o in result
            if LIQUID_RE.search(b) and i.path.suffix.lower() not in (".yml", ".yaml", ".coffee")]


def _read(item: SourceFile) -> str | None:
    try:
        return item.path.read_bytes().decode("utf-8-sig")
    except (OSError, UnicodeDecodeError):
        return None


def _parse(ctx: CheckContext, env, item: SourceFile, body: str, offset: int) -> None:
    try:
        # the environment collects warn-mode warnings per template at parse time (it logs them
        # when the template renders, as Jekyll does)
        template = env.parse_template(body, item.rel, offset)
        _warnings(ctx, list(getattr(template, "warnings", [])), offset)
    except JekpyError as exc:
        message = str(exc.message)
        suffix = f" in {item.rel}"
        if message.endswith(suffix):
            message = message[: -len(suffix)]
        message = LINE_PREFIX_RE.sub(r"\1: ", message)  # the problem carries the file's line
        ctx.report.error(message + plugin_hint(message), item.rel, exc.line, exc.col, "liquid-syntax")
        ctx.template_errors.add((item.rel, exc.line))


def _warnings(ctx: CheckContext, lines: list[str], offset: int) -> None:
    """Problems Liquid's ``warn`` error mode logs and skips (markup it cannot parse) while one
    template was parsed; Liquid counts their lines from the end of the front matter."""
    for line in lines:
        match = WARNING_RE.search(line)
        if match:
            ctx.report.warning(f"Liquid syntax warning: {match.group(2)} (Pages only warns: Liquid's warn mode reads it leniently).",
                               match.group(3), int(match.group(1)) + offset, None, "liquid-warning")


def _blanked(text: str) -> str:
    """``raw`` and ``comment`` blocks replaced by blank lines (same line numbers)."""
    return BLANK_RE.sub(lambda m: "\n" * m.group(0).count("\n"), text)


def _includes(ctx: CheckContext, item: SourceFile, body: str, offset: int) -> None:
    site = ctx.site
    text = _blanked(body)
    for match in INCLUDE_RE.finditer(text):
        tag, name = match.group(1), match.group(2)
        if "{{" in name or "{%" in name:
            continue
        line = text.count("\n", 0, match.start()) + 1 + offset
        col = match.start() - (text.rfind("\n", 0, match.start()) + 1) + 1
        if tag == "include_relative":
            if item.kind in ("layout", "include"):
                continue  # resolved against the page being rendered, not this file
            target = item.path.parent / name
            if not target.is_file():
                ctx.pending_includes[(item.rel, line)] = (
                    col, f"Could not locate the included file '{name}' next to {item.rel} "
                    "(include_relative is relative to the file).")
            continue
        if ctx.theme_unavailable:
            continue
        if not any((folder / name.lstrip("/")).is_file() for folder in site.include_dirs):
            dirs = ", ".join(_display_dir(ctx, d) for d in site.include_dirs)
            ctx.pending_includes[(item.rel, line)] = (
                col, f"Could not locate the included file '{name}' in any of [{dirs}].")


def report_includes(ctx: CheckContext, rendered: bool) -> None:
    """Report the missing includes found by reading the templates.

    Jekyll fails only when an include tag is rendered. Without an output check (or when it
    rendered the tag) a missing include is an error; when the whole site rendered without
    reaching the tag (a condition skips it) it is a warning.
    """
    for (file, line), (col, message) in sorted(ctx.pending_includes.items(), key=lambda kv: (kv[0][0], kv[0][1] or 0)):
        if not rendered or (file, line) in ctx.reached_includes:
            ctx.report.error(message, file, line, col, "missing-include")
        else:
            ctx.report.warning(message + " The tag was not reached in this build (a condition skips it); "
                               "it fails the build when it is.", file, line, col, "missing-include")


def _display_dir(ctx: CheckContext, folder) -> str:
    try:
        return folder.relative_to(ctx.site.source).as_posix()
    except ValueError:
        return f"{folder.parent.name}/{folder.name}"
