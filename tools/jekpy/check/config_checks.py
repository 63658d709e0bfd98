"""``_config.yml``: YAML syntax, duplicate keys, value types, misspelled keys, Pages overrides.

Types follow Jekyll 3.10's DEFAULTS (jekyll/jekyll v3.10.0 lib/jekyll/configuration.rb) and
the plugins Pages runs; what Pages changes comes from jekpy/github_pages.py (github-pages v232).
"""

from __future__ import annotations

import datetime as dt
import difflib
from pathlib import Path

from jekpy.check import yaml_positions
from jekpy.check.context import CheckContext, ConfigFile
from jekpy.config import default_config_file
from jekpy.utils import deep_merge

LIST = "a list"
STRING = "a string"
INTEGER = "an integer"
BOOLEAN = "true or false"
MAPPING = "a mapping"
STRING_OR_LIST = "a string or a list"
MAPPING_OR_LIST = "a mapping or a list"
SCALAR = "a string or a number"

# Jekyll's (and Pages' plugins') configuration keys and the kind of value each takes.
KNOWN_TYPES: dict[str, str] = {
    "source": STRING, "destination": STRING, "collections_dir": STRING, "plugins_dir": STRING,
    "layouts_dir": STRING, "data_dir": STRING, "includes_dir": STRING, "sass": MAPPING,
    "collections": MAPPING_OR_LIST, "safe": BOOLEAN, "include": STRING_OR_LIST,
    "exclude": STRING_OR_LIST, "keep_files": LIST, "encoding": STRING, "markdown_ext": STRING,
    "strict_front_matter": BOOLEAN, "show_drafts": BOOLEAN, "limit_posts": INTEGER,
    "future": BOOLEAN, "unpublished": BOOLEAN, "whitelist": LIST, "plugins": LIST,
    "gems": LIST, "markdown": STRING, "highlighter": STRING, "lsi": BOOLEAN,
    "excerpt_separator": STRING, "incremental": BOOLEAN, "detach": BOOLEAN, "port": SCALAR,
    "host": STRING, "baseurl": STRING, "url": STRING, "show_dir_listing": BOOLEAN,
    "permalink": STRING, "paginate_path": STRING, "paginate": INTEGER, "timezone": STRING,
    "quiet": BOOLEAN, "verbose": BOOLEAN, "defaults": LIST, "liquid": MAPPING,
    "kramdown": MAPPING, "rdiscount": MAPPING, "redcarpet": MAPPING, "webrick": MAPPING,
    "theme": STRING, "remote_theme": STRING, "feed": MAPPING, "jekyll_compose": MAPPING,
    "github": MAPPING, "repository": STRING, "lang": STRING, "title": SCALAR,
    "description": SCALAR, "jekpy": MAPPING, "time": SCALAR, "sitemap": MAPPING,
    "redirect_from": MAPPING, "titles_from_headings": MAPPING, "readme_index": MAPPING,
    "optional_front_matter": MAPPING, "relative_links": MAPPING, "defaults_layout": MAPPING,
}

# Keys that may be null (Jekyll treats null as "unset").
NULLABLE = {"baseurl", "url", "theme", "timezone", "show_drafts", "title", "description",
            "permalink", "remote_theme", "paginate", "paginate_path", "collections", "defaults",
            "plugins", "gems", "exclude", "include", "lang", "repository", "github"}

# Keys a misspelling is compared with: Jekyll's own, not a site's free-form variables.
SPELLING_TARGETS = sorted(set(KNOWN_TYPES) - {"title", "description", "lang", "time", "repository",
                                               "github", "feed", "sitemap"})

DEPRECATED = {
    "gems": "'gems' was renamed to 'plugins' (Jekyll 3.5); use `plugins:`.",
    "pygments": "'pygments' is gone; Pages highlights code with Rouge (`highlighter: rouge`).",
    "relative_permalinks": "relative permalinks were removed in Jekyll 3; permalinks are always site-relative.",
    "server_port": "'server_port' was renamed to 'port'.",
    "data_source": "'data_source' was renamed to 'data_dir'.",
    "layouts": "'layouts' was renamed to 'layouts_dir'.",
}


def check(ctx: CheckContext) -> None:
    """Read the configuration files and check them; fills ``ctx.configs`` and ``ctx.user_config``."""
    for path, display in _files(ctx):
        cfg = _read(ctx, path, display)
        ctx.configs.append(cfg)
        if cfg.doc is None or not isinstance(cfg.doc.data, dict):
            continue
        for key_path, line, col in cfg.doc.duplicates:
            ctx.report.warning(f"Duplicate key '{_dotted(key_path)}': the last value wins, the earlier one is ignored.",
                               display, line, col, "config-duplicate-key")
        data = {str(k): v for k, v in cfg.doc.data.items()}
        for key, value in data.items():
            if value is None and key in ctx.user_config:
                continue  # a null does not override (Jekyll's deep_merge_hashes keeps the old value)
            line, col = cfg.doc.positions.get((key,), (None, None))
            ctx.origins[key] = (display, line, col)
        ctx.user_config = deep_merge(ctx.user_config, data)
    ctx.user_config = deep_merge(ctx.user_config, ctx.overrides or {})
    check_values(ctx)


def _files(ctx: CheckContext) -> list[tuple[Path, str]]:
    if ctx.config_files is None:
        default = default_config_file(ctx.source)
        return [(default, default.name)] if default else []
    result = []
    for path in ctx.config_files:
        try:
            display = Path(path).resolve().relative_to(ctx.source.resolve()).as_posix()
        except ValueError:
            display = str(path)
        result.append((Path(path), display))
    return result


def _read(ctx: CheckContext, path: Path, display: str) -> ConfigFile:
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except OSError:
        ctx.report.error(f"The configuration file '{display}' could not be read.", display, rule="config-missing")
        return ConfigFile(display, path, None)
    except UnicodeDecodeError as exc:
        line = path.read_bytes()[: exc.start].count(b"\n") + 1
        ctx.report.error("Invalid byte sequence in UTF-8: save the file as UTF-8.", display, line, rule="encoding")
        return ConfigFile(display, path, None)
    try:
        doc = yaml_positions.load(text)
    except yaml_positions.YamlSyntax as exc:
        ctx.report.error(exc.message, display, exc.line, exc.col, "config-yaml")
        return ConfigFile(display, path, None)
    if doc.data is not None and not isinstance(doc.data, dict):
        ctx.report.error("The configuration must be a mapping of keys to values.", display, 1, 1, "config-yaml")
        return ConfigFile(display, path, None)
    return ConfigFile(display, path, doc)


def _dotted(path: tuple) -> str:
    return ".".join(str(p) for p in path)


def type_name(value: object) -> str:
    """How a YAML value reads to a site author."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int):
        return "an integer"
    if isinstance(value, float):
        return "a number"
    if isinstance(value, (dt.date, dt.datetime)):
        return "a date"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    return type(value).__name__


def matches(value: object, kind: str) -> bool:
    """Whether ``value`` is of the named kind."""
    checks = {
        LIST: lambda v: isinstance(v, list),
        STRING: lambda v: isinstance(v, str),
        INTEGER: lambda v: isinstance(v, int) and not isinstance(v, bool),
        BOOLEAN: lambda v: isinstance(v, bool),
        MAPPING: lambda v: isinstance(v, dict),
        STRING_OR_LIST: lambda v: isinstance(v, (str, list)),
        MAPPING_OR_LIST: lambda v: isinstance(v, (dict, list)),
        SCALAR: lambda v: isinstance(v, (str, int, float, dt.date)) and not isinstance(v, bool),
    }
    return checks[kind](value)


def check_values(ctx: CheckContext) -> None:
    """Types, spelling, deprecations and Pages' overrides of the merged user configuration."""
    config = ctx.user_config
    for key, value in config.items():
        kind = KNOWN_TYPES.get(key)
        file, line, col = ctx.origin(key)
        if kind is not None and not (value is None and key in NULLABLE) and not matches(value, kind):
            ctx.report.error(f"'{key}' must be {kind}, not {type_name(value)}.", file, line, col, "config-type")
        elif kind is None and key not in DEPRECATED:
            _spelling(ctx, key, file, line, col)
        if key == "relative_permalinks" and value:
            # jekyll/jekyll v3.10.0 lib/jekyll/site.rb: a true value stops the build.
            ctx.report.error("'relative_permalinks: true' stops the build since Jekyll 3: permalinks of pages in "
                             "subfolders are relative to the site source; remove the setting.",
                             file, line, col, "config-deprecated")
        elif key in DEPRECATED:
            ctx.report.warning(f"Deprecated setting '{key}': {DEPRECATED[key]}", file, line, col, "config-deprecated")
    _nested_types(ctx)
    _defaults(ctx)
    _jekpy_block(ctx)
    from jekpy.check import pages_rules

    pages_rules.check(ctx)


def _spelling(ctx: CheckContext, key: str, file: str, line: int | None, col: int | None) -> None:
    if len(key) < 4:
        return
    close = difflib.get_close_matches(key, SPELLING_TARGETS, n=1, cutoff=0.8)
    if close and close[0] != key:
        ctx.report.warning(f"Unknown setting '{key}': did you mean '{close[0]}'? Jekyll ignores '{key}'.",
                           file, line, col, "config-spelling")


NESTED_TYPES = {
    ("liquid", "error_mode"): STRING, ("liquid", "strict_filters"): BOOLEAN,
    ("liquid", "strict_variables"): BOOLEAN, ("sass", "style"): STRING, ("sass", "sass_dir"): STRING,
    ("sass", "load_paths"): STRING_OR_LIST, ("kramdown", "input"): STRING,
    ("kramdown", "hard_wrap"): BOOLEAN, ("kramdown", "auto_ids"): BOOLEAN,
    ("kramdown", "toc_levels"): SCALAR, ("kramdown", "footnote_nr"): INTEGER,
}


def _nested_types(ctx: CheckContext) -> None:
    config = ctx.user_config
    for (outer, inner), kind in NESTED_TYPES.items():
        block = config.get(outer)
        if isinstance(block, dict) and inner in block and block[inner] is not None:
            if not matches(block[inner], kind):
                file, line, col = ctx.position((outer, inner))
                ctx.report.error(f"'{outer}.{inner}' must be {kind}, not {type_name(block[inner])}.",
                                 file, line, col, "config-type")
    mode = (config.get("liquid") or {}).get("error_mode") if isinstance(config.get("liquid"), dict) else None
    if isinstance(mode, str) and mode not in ("lax", "warn", "strict"):
        file, line, col = ctx.position(("liquid", "error_mode"))
        ctx.report.error(f"'liquid.error_mode' must be lax, warn or strict, not '{mode}'.", file, line, col, "config-value")
    collections = config.get("collections")
    if isinstance(collections, dict):
        for label, meta in collections.items():
            if meta is not None and not isinstance(meta, dict):
                file, line, col = ctx.position(("collections", label))
                ctx.report.error(f"Collection '{label}' must be a mapping of settings, not {type_name(meta)}.",
                                 file, line, col, "config-type")


JEKPY_KEYS = {(): ("schemas", "check"), ("check",): ("ignore_missing",)}


def _jekpy_block(ctx: CheckContext) -> None:
    """The ``jekpy:`` block's own keys (a misspelled key would silently do nothing)."""
    block = ctx.user_config.get("jekpy")
    for path, allowed in JEKPY_KEYS.items():
        value = block
        for part in path:
            value = value.get(part) if isinstance(value, dict) else None
        if not isinstance(value, dict):
            continue
        for key in value:
            if key not in allowed:
                close = difflib.get_close_matches(str(key), allowed, n=1, cutoff=0.6)
                hint = f" Did you mean '{close[0]}'?" if close else f" Known: {', '.join(allowed)}."
                file, line, col = ctx.position(("jekpy", *path, key))
                ctx.report.warning(f"Unknown setting 'jekpy.{'.'.join((*path, str(key)))}'.{hint}",
                                   file, line, col, "config-spelling")
    ignore = ctx.check_config.get("ignore_missing")
    if ignore is not None and not isinstance(ignore, list):
        file, line, col = ctx.position(("jekpy", "check", "ignore_missing"))
        ctx.report.error(f"'jekpy.check.ignore_missing' must be a list of patterns, not {type_name(ignore)}.",
                         file, line, col, "config-type")


def _defaults(ctx: CheckContext) -> None:
    defaults = ctx.user_config.get("defaults")
    if not isinstance(defaults, list):
        return
    for index, entry in enumerate(defaults):
        file, line, col = ctx.position(("defaults", index))
        if not isinstance(entry, dict):
            ctx.report.error(f"Each 'defaults' entry must be a mapping with 'scope' and 'values', not {type_name(entry)}.",
                             file, line, col, "config-defaults")
            continue
        scope, values = entry.get("scope"), entry.get("values")
        if scope is not None and not isinstance(scope, dict):
            ctx.report.error("'defaults' scope must be a mapping (path, type).", file, line, col, "config-defaults")
        if not isinstance(values, dict):
            ctx.report.error("Each 'defaults' entry needs 'values:', a mapping of front matter keys.",
                             file, line, col, "config-defaults")
        if isinstance(scope, dict):
            extra = set(scope) - {"path", "type"}
            for key in sorted(extra, key=str):
                ctx.report.warning(f"'defaults' scope key '{key}' is not used by Jekyll 3.10 (only path and type).",
                                   file, line, col, "config-defaults")
