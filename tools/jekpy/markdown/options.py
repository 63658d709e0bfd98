"""kramdown options: GitHub Pages' values and the conversions kramdown applies to them.

Pages' effective kramdown settings are Jekyll's ``kramdown`` defaults plus github-pages' forced
values plus what Jekyll's KramdownParser adds (``syntax_highlighter_opts.default_lang``,
``guess_lang``); see /work/shared/conformance/kramdown/README.md. Option value parsing follows
gettalong/kramdown lib/kramdown/options.rb (``toc_levels`` ranges, ``smart_quotes`` lists ...).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

#: The settings GitHub Pages hands kramdown (Jekyll defaults + Pages overrides).
PAGES_DEFAULTS: dict[str, Any] = {
    "input": "GFM",
    "hard_wrap": False,
    "gfm_quirks": "paragraph_end",
    "auto_ids": True,
    "toc_levels": "1..6",
    "entity_output": "as_char",
    "smart_quotes": "lsquo,rsquo,ldquo,rdquo",
    "footnote_nr": 1,
    "show_warnings": False,
    "guess_lang": True,
    "template": "",
    "math_engine": "mathjax",
    "syntax_highlighter": "rouge",
    "syntax_highlighter_opts": {"default_lang": "plaintext", "guess_lang": True},
}

#: Keys merged key by key instead of replaced.
MERGED_KEYS = ("syntax_highlighter_opts", "math_engine_opts")


@dataclass(frozen=True)
class Options:
    """The option values the parser and converter read, already in their parsed form."""

    auto_ids: bool = True
    auto_id_prefix: str = ""
    auto_id_stripping: bool = False
    transliterated_header_ids: bool = False
    toc_levels: frozenset[int] = frozenset(range(1, 7))
    entity_output: str = "as_char"
    smart_quotes: tuple[str, str, str, str] = ("lsquo", "rsquo", "ldquo", "rdquo")
    typographic_symbols: Mapping[str, str] = field(default_factory=dict)
    footnote_nr: int = 1
    footnote_prefix: str = ""
    footnote_backlink: str = "&#8617;"
    footnote_backlink_inline: bool = False
    header_offset: int = 0
    hard_wrap: bool = False
    gfm_quirks: frozenset[str] = frozenset({"paragraph_end"})
    parse_block_html: bool = False
    parse_span_html: bool = True
    html_to_native: bool = False
    link_defs: Mapping[str, Any] = field(default_factory=dict)
    syntax_highlighter: str | None = "rouge"
    syntax_highlighter_opts: Mapping[str, Any] = field(default_factory=dict)
    math_engine: str | None = "mathjax"
    remove_line_breaks_for_cjk: bool = False
    gfm_emojis: bool = False
    gfm: bool = True


def merge(overrides: Mapping[str, Any] | None) -> dict[str, Any]:
    """Lay ``overrides`` over Pages' defaults the way a ``kramdown:`` config block is merged.

    Each top-level key replaces the default; ``syntax_highlighter_opts``/``math_engine_opts``
    merge key by key; then Jekyll's own adjustments apply (see the end of this function).
    """
    result = dict(PAGES_DEFAULTS)
    result["syntax_highlighter_opts"] = dict(PAGES_DEFAULTS["syntax_highlighter_opts"])
    for key, value in (overrides or {}).items():
        key = str(key).lstrip(":")
        if key in MERGED_KEYS and isinstance(value, Mapping):
            merged = dict(result.get(key) or {})
            merged.update({str(k).lstrip(":"): v for k, v in value.items()})
            result[key] = merged
        else:
            result[key] = value
    # Jekyll's KramdownParser#setup (jekyll 3.10/4.3 converters/markdown/kramdown_parser.rb):
    # default_lang falls back to plaintext and guess_lang is copied from the top level.
    highlighter_opts = dict(result.get("syntax_highlighter_opts") or {})
    if not highlighter_opts.get("default_lang"):
        highlighter_opts["default_lang"] = "plaintext"
    highlighter_opts["guess_lang"] = result.get("guess_lang")
    result["syntax_highlighter_opts"] = highlighter_opts
    return result


def build(raw: Mapping[str, Any]) -> Options:
    """Convert merged raw settings into an :class:`Options` (invalid values fall back)."""
    known = Options.__dataclass_fields__
    values: dict[str, Any] = {}
    for key, value in raw.items():
        if key not in known or key == "gfm":
            continue
        converter = _CONVERTERS.get(key)
        try:
            values[key] = converter(value) if converter else value
        except (TypeError, ValueError, AttributeError):
            continue
    values["gfm"] = str(raw.get("input", "GFM")).lower() == "gfm"
    return Options(**values)


def _bool(value: Any) -> bool:
    if isinstance(value, str):
        return value.strip().lower() not in ("", "false", "no", "off", "nil", "0")
    return bool(value)


def _int(value: Any) -> int:
    return int(value)


def _str(value: Any) -> str:
    return "" if value is None else str(value)


def _toc_levels(value: Any) -> frozenset[int]:
    """``"1..6"``, ``"2,3"``, a list or a range, as options.rb's ``toc_levels`` accepts."""
    if isinstance(value, str):
        text = value.strip()
        if ".." in text:
            low, _, high = text.partition("..")
            return frozenset(range(int(low), int(high.lstrip(".")) + 1))
        return frozenset(int(part) for part in text.split(","))
    if isinstance(value, (list, tuple, set, frozenset, range)):
        return frozenset(int(v) for v in value)
    raise ValueError("invalid toc_levels")


def _smart_quotes(value: Any) -> tuple[str, str, str, str]:
    parts = value.split(",") if isinstance(value, str) else list(value)
    parts = [str(p).strip() for p in parts]
    if len(parts) != 4:
        raise ValueError("smart_quotes needs four entries")
    return (parts[0], parts[1], parts[2], parts[3])


def _symbol_list(value: Any) -> frozenset[str]:
    if value is None:
        return frozenset()
    if isinstance(value, str):
        return frozenset(p.strip().lstrip(":") for p in value.split(",") if p.strip())
    return frozenset(str(p).lstrip(":") for p in value)


def _entity_output(value: Any) -> str:
    text = str(value).lstrip(":")
    if text not in ("as_char", "as_input", "numeric", "symbolic"):
        raise ValueError("invalid entity_output")
    return text


def _optional_name(value: Any) -> str | None:
    if value is None or value is False or str(value).strip() in ("", "nil"):
        return None
    return str(value).lstrip(":")


def _mapping(value: Any) -> Mapping[str, Any]:
    if value is None:
        return {}
    return {str(k).lstrip(":"): v for k, v in dict(value).items()}


_CONVERTERS = {
    "auto_ids": _bool,
    "auto_id_stripping": _bool,
    "transliterated_header_ids": _bool,
    "footnote_backlink_inline": _bool,
    "hard_wrap": _bool,
    "parse_block_html": _bool,
    "parse_span_html": _bool,
    "html_to_native": _bool,
    "remove_line_breaks_for_cjk": _bool,
    "gfm_emojis": _bool,
    "auto_id_prefix": _str,
    "footnote_prefix": _str,
    "footnote_backlink": _str,
    "footnote_nr": _int,
    "header_offset": _int,
    "toc_levels": _toc_levels,
    "smart_quotes": _smart_quotes,
    "gfm_quirks": _symbol_list,
    "entity_output": _entity_output,
    "syntax_highlighter": _optional_name,
    "math_engine": _optional_name,
    "syntax_highlighter_opts": _mapping,
    "typographic_symbols": _mapping,
    "link_defs": _mapping,
}


#: Options a document may not change with ``{::options}`` (kramdown's forbidden_inline_options).
FORBIDDEN_INLINE = frozenset({"template", "forbidden_inline_options"})


def _inline_bool(value: Any) -> bool:
    text = str(value)
    return text.lower().strip() != "false" and text != ""


def _inline_mapping(value: Any) -> Mapping[str, Any]:
    import yaml

    if isinstance(value, str):
        value = yaml.safe_load(value)
    if not isinstance(value, Mapping):
        raise ValueError("expected a hash")
    return {str(k).lstrip(":"): v for k, v in value.items()}


def parse_inline(raw: Mapping[str, Any]) -> dict[str, Any]:
    """Values set by a ``{::options key="value" /}`` extension, parsed as options.rb ``parse``.

    Unknown, forbidden and invalid entries are dropped (kramdown only warns about them).
    """
    known = Options.__dataclass_fields__
    result: dict[str, Any] = {}
    for key, value in raw.items():
        if key not in known or key in FORBIDDEN_INLINE or key == "gfm":
            continue
        if _CONVERTERS.get(key) is _bool:
            converter = _inline_bool
        elif key in ("syntax_highlighter_opts", "typographic_symbols", "link_defs"):
            converter = _inline_mapping
        else:
            converter = _CONVERTERS.get(key)
        try:
            result[key] = converter(value) if converter else value
        except Exception:  # noqa: BLE001 - kramdown ignores values it cannot parse
            continue
    return result
