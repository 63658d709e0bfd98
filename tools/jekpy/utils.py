"""Helpers used by several pipeline stages: deep merge, YAML loading with line numbers, slugify."""

from __future__ import annotations

import bisect
import copy
import re
import unicodedata
from collections.abc import Callable
from typing import Any

import yaml
from frontmatter.default_handlers import YAMLHandler

from jekpy import safe_yaml
from jekpy.errors import JekpyError
from jekpy.transliterate import transliterate

try:  # the C loader is much faster and gives the same values
    _CLoader: type = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - PyYAML built without libyaml
    _CLoader = yaml.SafeLoader


class _BaseLoader(_CLoader):  # type: ignore[misc,valid-type]
    """Safe YAML with Psych's leniency for impossible dates: ``2020-02-30`` stays a string
    (Psych's ScalarScanner rescues Date.strptime), which Jekyll's Time.parse then rolls over."""


def _timestamp_or_string(loader: yaml.SafeLoader, node: yaml.Node):
    try:
        return loader.construct_yaml_timestamp(node)
    except ValueError:
        return loader.construct_scalar(node)


_BaseLoader.add_constructor("tag:yaml.org,2002:timestamp", _timestamp_or_string)


class _ReanchorLoader(yaml.SafeLoader):
    """The pure-Python loader, used only when a document defines an anchor twice.

    Psych (and Pages' SafeYAML, ``safe_yaml/psych_handler.rb`` ``add_to_current_structure``:
    ``@anchors[anchor] = value``) let a later ``&name`` replace an earlier one, so each ``*name``
    means the latest definition; PyYAML's composer (C and Python) raises "found duplicate anchor".
    """

    def compose_node(self, parent, index):
        """Forget an anchor about to be defined again, then compose as usual."""
        event = self.peek_event()
        anchor = getattr(event, "anchor", None)
        if anchor is not None and not isinstance(event, yaml.AliasEvent):
            self.anchors.pop(anchor, None)
        return super().compose_node(parent, index)


_ReanchorLoader.add_constructor("tag:yaml.org,2002:timestamp", _timestamp_or_string)

# Plain scalars are typed as Pages' SafeYAML 1.0.5 does (``1,000`` is 1000, ``19:00`` is 1140.0).
safe_yaml.install(_BaseLoader)
safe_yaml.install(_ReanchorLoader)


_YAML_HANDLER = YAMLHandler()


def ruby_sort(items: list, cmp: Callable[[Any, Any], int]) -> None:
    """Sort ``items`` in place as Ruby's ``Array#sort!`` with ``<=>`` does on Linux (``ruby_sorted``).

    The order matters whenever ``cmp`` is not a total order, as Jekyll's ``Document#<=>`` is
    when only some documents have a date (undated ones compare by path, dated ones by date):
    Python's timsort orders those differently.
    """
    if len(items) > 1:
        items[:] = ruby_sorted(items, cmp)


def ruby_sorted(items: list, cmp: Callable[[Any, Any], int]) -> list:
    """Ruby's ``Array#sort`` on glibc: ``ruby_qsort`` is glibc's ``qsort_r``, a top-down merge
    sort (glibc 2.36 msort.c: halves of n/2 and n - n/2, the left element first unless ``cmp``
    > 0). The comparisons happen in its order, so a pair Ruby cannot compare fails with the same
    two values (Ruby 3.1 on glibc 2.36: ``[1, "a", 2].sort`` is ``comparison of String with 2
    failed``); the Liquid ``sort`` filters use it too."""
    half = len(items) // 2
    if half == 0:
        return list(items)
    left, right = ruby_sorted(items[:half], cmp), ruby_sorted(items[half:], cmp)
    merged: list = []
    i = j = 0
    while i < len(left) and j < len(right):
        if cmp(left[i], right[j]) <= 0:
            merged.append(left[i])
            i += 1
        else:
            merged.append(right[j])
            j += 1
    return merged + left[i:] + right[j:]


def deep_merge(base: dict, overlay: dict) -> dict:
    """Merge ``overlay`` over ``base`` recursively, as Jekyll's ``Utils.deep_merge_hashes`` does.

    Hashes merge key by key; every other value (lists included) in ``overlay`` replaces
    the one in ``base`` — except nil: a None in ``overlay`` keeps ``base``'s value when
    ``base`` has the key (utils.rb ``merge_values``). Neither argument is modified.
    """
    merged = copy.copy(base)
    for key, value in overlay.items():
        if value is None and key in merged:
            continue
        old = merged.get(key)
        if isinstance(old, dict) and isinstance(value, dict):
            merged[key] = deep_merge(old, value)
        else:
            merged[key] = value
    return merged


def load_yaml(text: str, path: str, line_offset: int = 0) -> Any:
    """Parse YAML like Ruby's SafeYAML/Psych would for Jekyll, raising a located error.

    Args:
        text: the YAML source.
        path: file name for the error message.
        line_offset: lines before ``text`` in the file (front matter starts after ``---``).
    """
    try:
        # python-frontmatter's YAML handler (its splitting strips text, so front_matter.py splits).
        return _YAML_HANDLER.load(text, Loader=_BaseLoader)
    except yaml.composer.ComposerError as exc:
        if "found duplicate anchor" in str(exc):
            return _load_first(text, _ReanchorLoader, path, line_offset)
        if "expected a single document" not in str(exc):
            return load_yaml_error(exc, path, line_offset)
        # Psych (Ruby) returns the first document of a multi-document stream.
        return _load_first(text, _BaseLoader, path, line_offset)
    except yaml.YAMLError as exc:
        return load_yaml_error(exc, path, line_offset)


def _load_first(text: str, loader: type, path: str, line_offset: int) -> Any:
    """The first document of ``text`` (Psych ignores the rest), read with ``loader``."""
    try:
        return next(iter(yaml.load_all(text, Loader=loader)), None)
    except yaml.YAMLError as exc:
        return load_yaml_error(exc, path, line_offset)


def load_yaml_error(exc: yaml.YAMLError, path: str, line_offset: int = 0):
    """Raise a located JekpyError for a YAML error, in Psych's wording."""
    mark = getattr(exc, "problem_mark", None)
    line = mark.line + 1 + line_offset if mark is not None else None
    col = mark.column + 1 if mark is not None else None
    problem = getattr(exc, "problem", None) or str(exc)
    context = getattr(exc, "context", None)
    detail = f"{problem} {context}" if context else problem
    # Psych's wording: "(file): <problem> <context> at line L column C"
    raise JekpyError(
        f"({path}): {detail} at line {line} column {col}",
        path=path,
        line=line,
        col=col,
        hint="Fix the YAML syntax on that line (quote values containing ':' or '#').",
    ) from None


SLUGIFY_MODES = ("raw", "default", "pretty", "ascii", "latin")
# "._~!$&'()+,;=@" stay readable (not escaped) in a URL; ascii and latin keep A-Za-z0-9 only.
_PRETTY_KEEP = "._~!$&'()+,;=@"
_ASCII_SEPARATORS = {
    "default": re.compile(r"[^A-Za-z0-9]+"),
    "pretty": re.compile(r"[^A-Za-z0-9._~!$&'()+,;=@]+"),
    "ascii": re.compile(r"[^A-Za-z0-9]+"),
    "latin": re.compile(r"[^A-Za-z0-9]+"),
    # Ruby's \s is ASCII whitespace only: a no-break space stays in a raw slug
    "raw": re.compile(r"[ \t\n\v\f\r]+"),
}


def ruby_downcase(text: str) -> str:
    """Ruby's ``String#downcase``: full case mapping without Python's Final_Sigma rule
    (``ΣΑΣ`` is ``σασ``; Python gives ``σας``)."""
    if "\u03a3" in text:
        text = text.replace("\u03a3", "\u03c3")
    return text.lower()


# Ruby's [[:alnum:]] is Alphabetic or Decimal_Number (Onigmo, Ruby 3.1). Python has no Alphabetic
# property; it is the letters, the letter numbers, and Other_Alphabetic (Unicode PropList.txt):
# the marks in these half-open ranges (vowel signs, Hebrew and Arabic vowel points; not viramas,
# nuktas or accents), and the circled and squared letters. Bounds as pairs; a range may span
# code points of other categories, which never look here. Made by asking the reference's Ruby
# 3.1 (Unicode 13) about each code point Python 3.11 (Unicode 14) calls a mark.
_ALPHABETIC_MARKS = (
    0x345, 0x346, 0x5B0, 0x658, 0x659, 0x6DD, 0x6E1, 0x6E9, 0x6ED, 0x740, 0x7A6, 0x7B1,
    0x816, 0x818, 0x81B, 0x82D, 0x8D4, 0x8E0, 0x8E3, 0x8EA, 0x8F0, 0x93C, 0x93E, 0x94D,
    0x94E, 0x950, 0x955, 0x984, 0x9BE, 0x9CD, 0x9D7, 0x9E4, 0xA01, 0xA04, 0xA3E, 0xA4D,
    0xA51, 0xA84, 0xABE, 0xACD, 0xAE2, 0xAFD, 0xB01, 0xB04, 0xB3E, 0xB4D, 0xB56, 0xBCD,
    0xBD7, 0xC04, 0xC3E, 0xC4D, 0xC55, 0xC84, 0xCBE, 0xCCD, 0xCD5, 0xD04, 0xD3E, 0xD4D,
    0xD57, 0xD84, 0xDCF, 0xE3B, 0xE4D, 0xE4E, 0xEB1, 0xEBA, 0xEBB, 0xEBD, 0xECD, 0xECE,
    0xF71, 0xF82, 0xF8D, 0xFBD, 0x102B, 0x1037, 0x1038, 0x1039, 0x103B, 0x109E, 0x1712, 0x1714,
    0x1732, 0x1734, 0x1752, 0x1774, 0x17B6, 0x17C9, 0x1885, 0x1939, 0x1A17, 0x1A5F, 0x1A61, 0x1A75,
    0x1ABF, 0x1AC1, 0x1B00, 0x1B05, 0x1B35, 0x1B44, 0x1B80, 0x1BAA, 0x1BAC, 0x1BAE, 0x1BE7, 0x1BF2,
    0x1C24, 0x1C37, 0x1DE7, 0x1DF5, 0x2DE0, 0x2E00, 0xA674, 0xA67C, 0xA69E, 0xA6A0, 0xA802, 0xA803,
    0xA80B, 0xA828, 0xA880, 0xA8C4, 0xA8C5, 0xA8C6, 0xA8FF, 0xA92B, 0xA947, 0xA953, 0xA980, 0xA984,
    0xA9B4, 0xA9C0, 0xA9E5, 0xAABF, 0xAAEB, 0xAAF6, 0xABE3, 0xABEB, 0xFB1E, 0xFB1F, 0x10376, 0x10A10,
    0x10D24, 0x10EAD, 0x11000, 0x11046, 0x11082, 0x110B9, 0x11100, 0x11133, 0x11145, 0x11147, 0x11180, 0x111C0,
    0x111CE, 0x11235, 0x11237, 0x112E9, 0x11300, 0x11304, 0x1133E, 0x1134D, 0x11357, 0x11364, 0x11435, 0x11442,
    0x11443, 0x11446, 0x114B0, 0x114C2, 0x115AF, 0x115BF, 0x115DC, 0x1163F, 0x11640, 0x116B6, 0x1171D, 0x1172B,
    0x1182C, 0x11839, 0x11930, 0x1193D, 0x11940, 0x11943, 0x119D1, 0x119E0, 0x119E4, 0x11A0B, 0x11A35, 0x11A3F,
    0x11A51, 0x11A98, 0x11C2F, 0x11C3F, 0x11C92, 0x11D42, 0x11D43, 0x11D44, 0x11D47, 0x11D97, 0x11EF3, 0x11EF7,
    0x16F4F, 0x16F93, 0x16FF0, 0x16FF2, 0x1BC9E, 0x1BC9F, 0x1E000, 0x1E02B, 0x1E947, 0x1E948,
)
_CIRCLED_LETTERS = ((0x24B6, 0x24E9), (0x1F130, 0x1F149), (0x1F150, 0x1F169), (0x1F170, 0x1F189))


def _is_alnum(char: str) -> bool:
    """Ruby's Unicode ``[[:alnum:]]``: Alphabetic or Decimal_Number (a virama or a combining
    accent is not alnum, a vowel sign or a Roman numeral is, a superscript is not)."""
    category = unicodedata.category(char)
    if category[0] == "L" or category in ("Nd", "Nl"):
        return True
    if category[0] == "M":
        return bisect.bisect_right(_ALPHABETIC_MARKS, ord(char)) % 2 == 1
    return any(low <= ord(char) <= high for low, high in _CIRCLED_LETTERS)


def _hyphenate(text: str, mode: str) -> str:
    """Each run of characters the mode does not keep becomes one ``-`` (utils.rb
    ``replace_character_sequence_with_hyphen``)."""
    if mode in ("raw", "ascii", "latin") or text.isascii():
        return _ASCII_SEPARATORS[mode].sub("-", text)
    keep = _PRETTY_KEEP if mode == "pretty" else ""
    out: list[str] = []
    in_run = False
    for char in text:
        if char in keep or _is_alnum(char):
            out.append(char)
            in_run = False
        elif not in_run:
            out.append("-")
            in_run = True
    return "".join(out)


def slugify(text: Any, mode: str | None = None, cased: bool = False) -> str:
    """Jekyll 3.10's ``Utils.slugify`` (jekyll/jekyll v3.10.0 lib/jekyll/utils.rb), for
    permalinks and the ``slugify`` filter (jekpy.liquid.filters.text); None is ``""``.

    Modes: raw, default, pretty, ascii, latin (latin transliterates first); any other mode
    only downcases.
    """
    if text is None:
        return ""
    text = str(text)
    mode = "default" if mode is None else mode
    if mode not in SLUGIFY_MODES:
        return text if cased else ruby_downcase(text)
    if mode == "latin":
        text = transliterate(text)  # I18n.transliterate: table letters, "?" for the rest
    # Ruby's ^ and $ match at every line; no line break is left in a slug of these modes
    slug = _hyphenate(text, mode).removeprefix("-").removesuffix("-")
    return slug if cased else ruby_downcase(slug)
