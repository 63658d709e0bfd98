"""``compile_sass``: libsass for evaluation, Ruby Sass 3.7.4's writer for the layout."""
from __future__ import annotations

import tempfile

import sass as libsass

from .colors import alpha_hex_table, compress_colors, restore_alpha_hex, restore_hex_case
from .css_tree import Block, Decl, Sheet, parse_css
from .errors import SassError, from_libsass
from .escapes import escape_space, normalize_selector
from .extend_order import (
    COUNTER_DECLARATION,
    TagCounter,
    reorder_extends,
    split_extends,
    split_extends_indented,
)
from .extend_unify import extend_targets
from .functions import CUSTOM_FUNCTIONS
from .importer import Importer, media_imports
from .indented import rewrite_indented
from .media_lists import counter_commas, keyframe_stops, squeeze_lists, static_values
from .selectors import compress_selector, media_query_spacing
from .source import rewrite_source
from .tabs import annotate, drop_markers
from .writer import Writer

STYLES = ("nested", "expanded", "compact", "compressed")
# Ruby Sass 3.5+ defaults to 10 digits after the decimal point (Number.precision).
PRECISION = 10
BOM = "\ufeff"


def resolve_style(value) -> str:
    """The output style jekyll-sass-converter 1.5.2 picks from ``sass.style``.

    ``jekyll_sass_configuration`` turns the setting into a symbol after removing one leading
    ``:`` (so ``":compressed"`` means compressed); ``sass_style`` then keeps it only if it is
    exactly one of nested/expanded/compact/compressed, else compact; unset means compact
    (``lib/jekyll/converters/scss.rb`` at v1.5.2).
    """
    if value is None:
        return "compact"
    text = str(value)
    text = text[1:] if text.startswith(":") else text
    return text if text in STYLES else "compact"


def compile_sass(source: str, *, syntax: str = "scss", load_paths=(), style: str = "compact",
                 filename: str | None = None, add_charset: bool = False) -> str:
    """Compile ``source`` (front matter already removed) to CSS exactly as Pages would.

    ``load_paths`` are used in order; jekyll-sass-converter 1.5.2 gives the site's
    ``sass.load_paths`` first, then ``sass_dir``, then (Jekyll's theme) the theme's ``_sass``.
    ``style`` goes through :func:`resolve_style` (``":compressed"`` is compressed, anything
    unknown is compact).  ``add_charset`` is ``sass.add_charset``.
    Raises :class:`SassError` with Ruby Sass's message plus `` on line N``.
    """
    style = resolve_style(style)
    paths = [str(p) for p in load_paths]
    if not source.strip():
        return ""
    compressed = style == "compressed"
    try:
        sheet, saw_extend = _run(source, syntax, paths, compressed, filename)
    except SassError:
        # if only our rewrites upset libsass, the plain source still compiles
        sheet, saw_extend = _run(source, syntax, paths, compressed, filename, values=False)
    if saw_extend:
        try:
            tagged, _ = _run(source, syntax, paths, compressed, filename, tag_extends=True)
        except SassError:
            tagged = None  # the probe is only a hint: keep libsass's order
        if tagged is not None:
            reorder_extends(sheet, tagged, tagged.extend_tags)
    if compressed:
        _compress_fixups(sheet.children, sheet)
    else:
        _media_fixups(sheet.children, sheet)
        annotate(sheet)
    drop_markers(sheet)
    out = Writer(style).sheet(sheet)
    if out and not out.isascii():
        # Ruby Sass marks non-ASCII output with a BOM (compressed) or @charset; the
        # converter swaps the BOM for @charset only when sass.add_charset is set.
        if style != "compressed":
            out = '@charset "UTF-8";\n' + out
        elif add_charset:
            out = '@charset "UTF-8";' + out
    return out


def _run(source: str, syntax: str, paths: list[str], compressed: bool, filename,
         tag_extends: bool = False, values: bool = True) -> tuple[Sheet, bool]:
    """Rewrite, compile with libsass and parse; also report whether ``@extend`` occurs.
    ``values=False`` skips the value rewrites (fallback if they made libsass fail)."""
    markers = not compressed
    original = source
    indented = syntax == "sass"
    counter = TagCounter() if tag_extends else None
    if indented:
        if counter is not None:
            source = (COUNTER_DECLARATION[:-1].replace(";", "\n") + "\n"
                      + split_extends_indented(source, counter))
        if values:
            source = rewrite_indented(source, compressed, markers)
    else:
        if counter is not None:
            source = COUNTER_DECLARATION + split_extends(source, counter)
        source = rewrite_source(source, compressed, markers, page=True, values=values)
    with tempfile.TemporaryDirectory(prefix="jekpy-sass-") as scratch:
        importer = Importer(paths, compressed, markers, counter, scratch)
        importer.helper = compressed and not indented and values
        importer.values = values
        importer.css_names = media_imports(source)
        extend_targets(source, importer.extend_targets)
        if not indented:
            alpha_hex_table(static_values(source, importer.static_values), importer.alpha_hex)
        else:
            alpha_hex_table(source, importer.alpha_hex)
        try:
            css = libsass.compile(string=source, include_paths=paths,
                                  output_style="compressed" if compressed else "nested",
                                  precision=PRECISION, indented=indented,
                                  importers=[(0, importer)],
                                  custom_functions=CUSTOM_FUNCTIONS)
        except libsass.CompileError as exc:
            raw = str(exc)
            if importer.missing is not None:
                where = raw.find("\n        on line ")
                raw = (f"Error: File to import not found or unreadable: {importer.missing}."
                       + (raw[where:] if where >= 0 else ""))
            error = from_libsass(raw, paths, filename, original)
            if error.filename:
                error.filename = importer.original(error.filename)
            raise error from None
    saw_extend = "@extend" in source or importer.saw_extend
    sheet = parse_css(_strip_charset(css), compressed)
    sheet.alpha_hex = importer.alpha_hex
    sheet.static_values = importer.static_values
    sheet.extend_targets = importer.extend_targets
    sheet.extend_tags = counter.targets if counter is not None else {}
    return sheet, saw_extend


def _strip_charset(css: str) -> str:
    """Drop libsass's own BOM / ``@charset`` line; the writer decides again."""
    css = css.lstrip(BOM)
    if css.startswith('@charset "UTF-8";'):
        css = css[len('@charset "UTF-8";'):].lstrip("\n")
    return css


def _compress_fixups(nodes: list, sheet: Sheet, in_media: bool = False) -> None:
    """Turn libsass's compressed selectors, preludes and values into Ruby's forms."""
    for node in nodes:
        if isinstance(node, Decl):
            if not node.name.startswith("--"):
                if f"{node.name}:{node.value}" not in sheet.static_values:
                    node.value = restore_alpha_hex(compress_colors(node.value), sheet.alpha_hex)
                    node.value = restore_hex_case(node.value, sheet.alpha_hex)
                node.value = escape_space(node.name, node.value, sheet.static_values)
                node.value = counter_commas(node.value)
                if in_media and f"{node.name}:{node.value}" not in sheet.static_values:
                    node.value = squeeze_lists(node.value, True)
        elif isinstance(node, Block):
            if node.prelude.startswith("@"):
                node.prelude = media_query_spacing(node.prelude)
            elif node.keyframe_rule:
                node.prelude = keyframe_stops(node.prelude, sheet.static_values)
            else:
                node.prelude = compress_selector(normalize_selector(node.prelude, True))
            if node.children:
                media = in_media or node.prelude.lower().startswith("@media")
                _compress_fixups(node.children, sheet, media)


def _media_fixups(nodes: list, sheet: Sheet, in_media: bool = False) -> None:
    """``@media`` preludes, lists inside ``@media`` and escapes ending a value in the
    non-compressed styles."""
    for node in nodes:
        if isinstance(node, Decl) and not node.name.startswith("--"):
            node.value = counter_commas(escape_space(node.name, node.value, sheet.static_values))
            if in_media and f"{node.name}:{node.value}" not in sheet.static_values:
                node.value = squeeze_lists(node.value, False)
        elif isinstance(node, Block) and node.children is not None:
            if node.prelude.startswith("@"):
                node.prelude = media_query_spacing(node.prelude)
            elif node.keyframe_rule:
                node.prelude = keyframe_stops(node.prelude, sheet.static_values)
            else:
                node.prelude = normalize_selector(node.prelude)
            media = in_media or node.prelude.lower().startswith("@media")
            _media_fixups(node.children, sheet, media)


__all__ = ["Sheet", "compile_sass", "resolve_style"]
