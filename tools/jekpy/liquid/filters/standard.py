"""Liquid 4.0.4's standard filters where they differ from python-liquid (Liquid 5 rules).

Source: Shopify/liquid v4.0.4 lib/liquid/standardfilters.rb.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING
from urllib.parse import quote_plus

from jekpy.liquid.ruby import is_nil, ruby_str, ruby_words, to_s, utils_to_integer

if TYPE_CHECKING:
    from liquid import Environment

# Filters python-liquid registers that Liquid 4.0.4 does not have: on Pages they are unknown,
# so (strict_filters off) the value passes through unchanged.
LIQUID5_ONLY_FILTERS = (
    "base64_encode", "base64_decode", "base64_url_safe_encode", "base64_url_safe_decode",
    "remove_last", "replace_last", "squish", "find", "find_index", "has", "reject", "sum",
    "escapejs", "safe",
)


def _to_integer(value: object) -> int:
    """``Utils.to_integer``, failing as ``Liquid error: invalid integer``."""
    try:
        return utils_to_integer(value)
    except ValueError:
        from jekpy.liquid.errors import JekyllTagError

        raise JekyllTagError("invalid integer", prefixed=True) from None


def truncate(value: object, length: object = 50, ending: object = "...") -> object:
    """4.0.4: keep ``length - len(ending)`` characters plus the ending when the text is longer
    than ``length`` (python-liquid shortens "Hello" at 5 to "He...")."""
    if is_nil(value):
        return None
    text = ruby_str(value)
    limit = _to_integer(length)
    end = "" if is_nil(ending) else ruby_str(ending)
    return text[:max(limit - len(end), 0)] + end if len(text) > limit else text


def truncatewords(value: object, words: object = 15, ending: object = "...") -> object:
    """4.0.4: appends the ending whenever there are at least ``words`` words."""
    if is_nil(value):
        return None
    wordlist = ruby_words(ruby_str(value))
    count = _to_integer(words)
    last = max(count - 1, 0)
    if len(wordlist) > last:
        return " ".join(wordlist[: last + 1]) + to_s(ending)
    return value


# Filters that call ``input.to_s`` (and ``to_s`` on their string arguments) in 4.0.4.
STRING_FILTERS = (
    "downcase", "upcase", "capitalize", "escape", "escape_once", "url_encode", "url_decode",
    "split", "strip", "lstrip", "rstrip", "strip_html", "strip_newlines",
    "replace", "replace_first", "remove", "remove_first", "append", "prepend",
)


def _rubyish(value: object) -> object:
    """Non-strings become Ruby's ``to_s``; nil stays nil for filters that check it."""
    if value is None or isinstance(value, str) or is_nil(value):
        return value
    return ruby_str(value)


def _string_argument(value: object) -> object:
    """A string argument: 4.0.4 calls ``arg.to_s``, so nil is ``''`` (``append: nil``)."""
    return "" if value is None or is_nil(value) else _rubyish(value)


def ruby_strings(func: Callable) -> Callable:
    """Wrap a python-liquid string filter so input and arguments use Ruby's ``to_s``."""
    @functools.wraps(func)
    def wrapper(value: object, *args: object, **kwargs: object) -> object:
        args = tuple(_string_argument(a) for a in args)
        return func(_rubyish(value), *args, **kwargs)

    return wrapper


def flatten_input(value: object) -> list:
    """InputIterator: arrays flatten, a hash is one item, nil is empty, else one item."""
    if is_nil(value):
        return []
    if isinstance(value, range):
        return list(value)
    if isinstance(value, (list, tuple)):
        out: list = []
        for item in value:
            out.extend(flatten_input(item) if isinstance(item, (list, tuple)) else [item])
        return out
    if isinstance(value, Mapping):
        return [value]
    return [value]


def join(value: object, glue: object = " ") -> str:
    """``InputIterator#join``: elements print with Ruby's ``to_s``."""
    return ruby_str(glue).join(ruby_str(item) for item in flatten_input(value))


def reverse(value: object) -> list:
    """``InputIterator#reverse``: nil is ``[]``, a hash or string one item, arrays flatten."""
    return flatten_input(value)[::-1]


def size(value: object) -> int:
    """``input.respond_to?(:size) ? input.size : 0``: an Integer's size is its 8 bytes; Jekyll's
    drops (site, documents, site.github) have none (drops/drop.rb is Enumerable, no size)."""
    if isinstance(value, bool) or is_nil(value) or not getattr(value, "ruby_has_size", True):
        return 0
    if isinstance(value, int):
        return 8 if -(2**63) <= value < 2**63 else (value.bit_length() + 7) // 8
    if isinstance(value, (str, list, tuple, dict)) or hasattr(value, "__len__"):
        try:
            return len(value)  # type: ignore[arg-type]
        except TypeError:
            return 0
    return 0


def newline_to_br(value: object) -> str:
    """4.0.4: only ``\n`` is replaced, so ``\r\n`` keeps its ``\r`` (Liquid 5 drops it)."""
    return ("" if is_nil(value) else ruby_str(value)).replace("\n", "<br />\n")


def ruby_split(value: object, pattern: object) -> list[str]:
    """``input.to_s.split(pattern.to_s)``: Ruby drops trailing empty fields (not leading ones);
    a single space splits on whitespace runs and ignores leading whitespace; "" splits chars."""
    text = "" if is_nil(value) else ruby_str(value)
    sep = "" if is_nil(pattern) else ruby_str(pattern)
    if sep == " ":
        parts = ruby_words(text)
    elif sep == "":
        parts = list(text)
    else:
        parts = text.split(sep)
    while parts and parts[-1] == "":
        parts.pop()
    return parts


_HTML_ESCAPE = {"&": "&amp;", ">": "&gt;", "<": "&lt;", '"': "&quot;", "'": "&#39;"}
_ESCAPE_ONCE_RE = re.compile(r"""["><']|&(?!([a-zA-Z]+|(#\d+));)""")


def escape(value: object) -> object:
    """``CGI.escapeHTML(input) unless input.nil?``: nil stays nil; ``'`` becomes ``&#39;``."""
    if is_nil(value):
        return None
    return "".join(_HTML_ESCAPE.get(ch, ch) for ch in ruby_str(value))


def escape_once(value: object) -> str:
    """Liquid 4.0.4's HTML_ESCAPE_ONCE_REGEXP: only named and decimal entities are kept."""
    return _ESCAPE_ONCE_RE.sub(lambda m: _HTML_ESCAPE[m.group(0)[0]], "" if is_nil(value) else ruby_str(value))


# standardfilters.rb v4.0.4 STRIP_HTML_BLOCKS (a Regexp.union, tried in order at each
# position, as Python's alternation is) then STRIP_HTML_TAGS; /m lets ``.`` match newlines.
_STRIP_HTML_BLOCKS = re.compile(r"<script.*?</script>|<!--.*?-->|<style.*?</style>", re.S)
_STRIP_HTML_TAGS = re.compile(r"<.*?>", re.S)


def strip_html(value: object) -> str:
    """Liquid 4.0.4: regex substitutions, not an HTML parser (``a < b and c > d`` is ``a  d``)."""
    text = "" if is_nil(value) else ruby_str(value)
    if "<" not in text:
        return text
    return _STRIP_HTML_TAGS.sub("", _STRIP_HTML_BLOCKS.sub("", text))


def url_encode(value: object) -> object:
    """``CGI.escape(input) unless input.nil?``."""
    if is_nil(value):
        return None
    return quote_plus(ruby_str(value), safe="~")


def _ruby_sub_replacement(replacement: str, match: re.Match, text: str) -> str:
    """A Ruby gsub/sub replacement string: ``\\0``/``\\&`` the match, ``\\` `` and ``\\'``
    the text before/after it, ``\\\\`` a backslash, other ``\\N`` (no groups here) nothing."""
    out, i = [], 0
    while i < len(replacement):
        char = replacement[i]
        if char == "\\" and i + 1 < len(replacement):
            nxt = replacement[i + 1]
            if nxt in "0&":
                out.append(match.group(0))
            elif nxt == "`":
                out.append(text[: match.start()])
            elif nxt == "'":
                out.append(text[match.end():])
            elif nxt == "\\":
                out.append("\\")
            elif nxt.isdigit():
                pass
            else:
                out.append(char + nxt)
            i += 2
            continue
        out.append(char)
        i += 1
    return "".join(out)


def _ruby_replace(value: object, search: object, replacement: object, count: int) -> str:
    text = "" if is_nil(value) else ruby_str(value)
    pattern = re.compile(re.escape("" if is_nil(search) else ruby_str(search)))
    repl = "" if is_nil(replacement) else ruby_str(replacement)
    return pattern.sub(lambda m: _ruby_sub_replacement(repl, m, text), text, count=count)


def replace(value: object, search: object, replacement: object = "") -> str:
    """``input.to_s.gsub(string.to_s, replacement.to_s)`` with Ruby's replacement escapes."""
    return _ruby_replace(value, search, replacement, 0)


def replace_first(value: object, search: object, replacement: object = "") -> str:
    """``input.to_s.sub(string.to_s, replacement.to_s)`` with Ruby's replacement escapes."""
    return _ruby_replace(value, search, replacement, 1)


def register(env: Environment) -> None:
    """Remove Liquid 5 filters, add ``h`` and the 4.0.4 ``truncatewords``/``newline_to_br``."""
    for name in LIQUID5_ONLY_FILTERS:
        env.filters.pop(name, None)
    env.add_filter("h", env.filters["escape"])
    env.add_filter("truncatewords", truncatewords)
    env.add_filter("truncate", truncate)
    env.add_filter("newline_to_br", newline_to_br)
    env.add_filter("size", size)
    env.add_filter("join", join)
    env.add_filter("reverse", reverse)
    for name in STRING_FILTERS:
        if name in env.filters:
            env.add_filter(name, ruby_strings(env.filters[name]))
    # Liquid 4.0.4's exact string semantics (lib/liquid/standardfilters.rb), found on real sites
    for name, func in (("split", ruby_split), ("escape", escape), ("h", escape), ("escape_once", escape_once),
                       ("url_encode", url_encode), ("strip_html", strip_html), ("replace", replace), ("replace_first", replace_first)):
        env.add_filter(name, func)
