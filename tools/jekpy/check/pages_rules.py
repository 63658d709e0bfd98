"""Settings GitHub Pages ignores or overrides, reported as warnings saying what Pages does.

The lists are github-pages v232's (jekpy/github_pages.py). A theme Pages does not have is an
error: the Pages build stops with "The <name> theme could not be found".
"""

from __future__ import annotations

from jekpy import github_pages
from jekpy.check.context import CheckContext

OVERRIDDEN_KRAMDOWN = {"syntax_highlighter": "rouge", "math_engine": "mathjax", "template": ""}


def check(ctx: CheckContext) -> None:
    """Every Pages override or ignored setting of the merged user configuration."""
    config = ctx.user_config
    _plugins_dir(ctx)
    _plugins(ctx, config)
    _engines(ctx, config)
    _theme(ctx, config)


def _plugins_dir(ctx: CheckContext) -> None:
    folder = ctx.source / "_plugins"
    if folder.is_dir() and any(p.is_file() for p in folder.rglob("*")):
        ctx.report.warning("GitHub Pages builds in safe mode and never loads _plugins/: "
                           "the plugins in it do not run there.", "_plugins", rule="pages-plugins-dir")
    if "plugins_dir" in ctx.user_config:
        file, line, col = ctx.origin("plugins_dir")
        ctx.report.warning("'plugins_dir' is ignored: Pages points it at a folder that does not exist.",
                           file, line, col, "pages-override")


def _plugins(ctx: CheckContext, config: dict) -> None:
    for key in ("plugins", "gems"):
        names = config.get(key)
        if not isinstance(names, list):
            continue
        for index, name in enumerate(names):
            if str(name) not in github_pages.WHITELIST:
                file, line, col = ctx.position((key, index))
                ctx.report.warning(f"Plugin '{name}' is not on GitHub Pages' whitelist: Pages builds without it.",
                                   file, line, col, "pages-plugin")
    if "whitelist" in config:
        file, line, col = ctx.origin("whitelist")
        ctx.report.warning("'whitelist' is replaced by GitHub Pages' own plugin whitelist.", file, line, col, "pages-override")


def _engines(ctx: CheckContext, config: dict) -> None:
    if "safe" in config and config["safe"] is not True:
        file, line, col = ctx.origin("safe")
        ctx.report.warning("'safe: false' is ignored: GitHub Pages always builds in safe mode.", file, line, col, "pages-override")
    if config.get("lsi"):
        file, line, col = ctx.origin("lsi")
        ctx.report.warning("'lsi' is ignored: GitHub Pages sets lsi: false.", file, line, col, "pages-override")
    markdown = config.get("markdown")
    if isinstance(markdown, str) and markdown.lower() not in github_pages.ACCEPTED_MARKDOWN:
        file, line, col = ctx.origin("markdown")
        ctx.report.warning(f"'markdown: {markdown}' is not supported on GitHub Pages: it renders with kramdown (GFM).",
                           file, line, col, "pages-markdown")
    highlighter = config.get("highlighter")
    if isinstance(highlighter, str) and highlighter != "rouge":
        file, line, col = ctx.origin("highlighter")
        ctx.report.warning(f"'highlighter: {highlighter}' is ignored: GitHub Pages highlights with Rouge.",
                           file, line, col, "pages-override")
    kramdown = config.get("kramdown")
    if isinstance(kramdown, dict):
        for key, forced in OVERRIDDEN_KRAMDOWN.items():
            if key in kramdown and kramdown[key] != forced:
                file, line, col = ctx.position(("kramdown", key))
                ctx.report.warning(f"'kramdown.{key}: {kramdown[key]}' is ignored: GitHub Pages sets {forced!r}.",
                                   file, line, col, "pages-override")


def _theme(ctx: CheckContext, config: dict) -> None:
    theme = config.get("theme")
    if not isinstance(theme, str) or not theme:
        return
    if theme not in github_pages.THEMES:
        file, line, col = ctx.origin("theme")
        supported = ", ".join(sorted(github_pages.THEMES))
        ctx.report.error(f"The {theme} theme could not be found: GitHub Pages only has {supported} "
                         "(use remote_theme for others).", file, line, col, "pages-theme")
