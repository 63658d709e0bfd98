"""Source-level rewriting of SCSS before libsass sees it.

Two things Ruby Sass knows from the source and libsass's output cannot show:

* **Static declaration values.**  Ruby's SCSS parser copies a value made only of identifiers,
  plain strings, hex colours, numbers and ``!important`` verbatim when it is *directly*
  followed by ``;`` or ``}`` (``STATIC_VALUE`` in ``lib/sass/scss/rx.rb``, used by
  ``Parser#value!``).  With anything else after it (a space before ``}``, a newline before
  ``;``) the value is evaluated: numbers are re-printed (``0.50px`` -> ``0.5px``), strings get
  double quotes, list separators are normalised and, when compressed, colours take their
  shortest form (``#999999`` -> ``#999``).  libsass copies such values verbatim, so they are
  rewritten here into the form Ruby prints; libsass then copies that.
* **Rule nesting.**  A marker declaration is added at the start of every style rule so that
  libsass's nested output shows the full source nesting (libsass, like Ruby, only indents the
  children of rules that have declarations); :mod:`.tabs` reads and removes the markers.
"""
from __future__ import annotations

import re

from .color_names import evaluated_start, shorten_color_names
from .colors import hex_rgb, keep_short_hex_case, name_rgb, opaque_alpha_hex, smallest
from .comments import normalize_comments
from .escapes import normalize_escapes
from .minmax import keep_calc_text, protect_css_min_max
from .numbers import (
    HELPER,
    format_number,
    format_value,
    keep_unary_minus_zero,
    strip_computed_zero,
    strip_picked_zero,
)
from .scanner import (
    _LEADING_COMMENTS,
    _Scanner,
    _skip_quoted,
    strip_comments,
)

MARKER = "-jekpy-nest"
AT_ROOT_MARKER = "-jekpy-at-root"
IN_RULE_MARKER = "-jekpy-in-rule"
_KEYFRAMES = re.compile(r"@(-[a-z]+-)?keyframes\Z")
_NAME = r"(?:[_a-zA-Z\u0080-\uffff]|\\[0-9a-fA-F]{1,6}[ \t\r\n\f]?|\\[^0-9a-fA-F\r\n\f])"
_CHAR = r"(?:[a-zA-Z0-9_-]|[\u0080-\uffff]|\\[0-9a-fA-F]{1,6}[ \t\r\n\f]?|\\[^0-9a-fA-F\r\n\f])"
_IDENT = rf"-*{_NAME}{_CHAR}*"
_STRING = r"\"(?:[^\n\r\f\\\"#]|#(?!\{)|\\.)*\"|'(?:[^\n\r\f\\'#]|#(?!\{)|\\.)*'"
_NUMBER = rf"[+-]?(?:[0-9]*\.[0-9]+|[0-9]+)(?:[eE][+-]?\d+)?(?:-?{_NAME}(?:[a-zA-Z0-9_]|-(?!\.?\d))*|%)?"
_COMPONENT = re.compile(
    r"(?P<urange>U\+[0-9a-fA-F?]{1,6}(?:-[0-9a-fA-F]{1,6})?)(?![\w-])|"
    rf"(?P<ident>{_IDENT})|(?P<string>{_STRING})|(?P<hex>#[0-9a-fA-F]+)|(?P<num>{_NUMBER})"
    r"|(?P<imp>!important)", re.I)
_SEPARATOR = re.compile(r"[ \t\r\n\f]*([ \t\r\n\f,/])[ \t\r\n\f]*")  # ASCII only, as Ruby's \s
_DECL = re.compile(r"(?P<lead>\s*)(?P<name>-?-?[a-zA-Z_][\w-]*)(?P<colon>\s*:)(?P<ws>\s*)(?P<value>.*)\Z",
                   re.S)
_NESTED_PROP = re.compile(r"\s*[a-zA-Z-][\w-]*\s*:(\s|\Z)")
_ESCAPE_SPACE = re.compile(r"(?<!\\)\\[0-9a-fA-F]{1,6}[ \t\r\n\f]\Z")
_LEAD_ZERO = re.compile(r"\A(-?)0\.(?=\d)")
_ALPHA_CALL = re.compile(r"(?<![\w-])(rgba|hsla)\(", re.I)
_PERCENT = re.compile(r"(\s*)([0-9]*\.?[0-9]+)%(\s*)\Z")


def _components(value: str):
    """Split ``value`` into (kind, text) components and separators, or None if not static."""
    pos, items = 0, []
    while True:
        m = _COMPONENT.match(value, pos)
        if not m or m.end() == pos:
            return None
        items.append((m.lastgroup, m.group(0)))
        pos = m.end()
        if pos == len(value):
            return items
        sep = _SEPARATOR.match(value, pos)
        if not sep or sep.end() == pos:
            return None
        items.append(("sep", sep.group(1)))
        pos = sep.end()


_ESCAPE = re.compile(r"\\(?:([0-9a-fA-F]{1,6})[ \t\r\n\f]?|(.))", re.S)


def _unescape(inner: str) -> str | None:
    """The text of a quoted string with CSS escapes resolved (None if unsure)."""
    def char(m: re.Match) -> str:
        if m.group(1):
            code = int(m.group(1), 16)
            if code == 0 or code > 0x10FFFF or 0xD800 <= code <= 0xDFFF:
                raise ValueError(code)
            return chr(code)
        if m.group(2) in "\n\r\f":
            raise ValueError(m.group(2))
        return m.group(2)
    try:
        value = _ESCAPE.sub(char, inner)
    except ValueError:
        return None
    return None if any(ord(c) < 32 or c == "\x7f" for c in value) else value


def _quote(text: str) -> str:
    """An evaluated quoted string as Ruby prints it: escapes resolved (``"\\2192"`` is
    written as the character), double quotes unless the text contains ``"`` and no ``'``
    (``Sass::Script::Value::String.quote``)."""
    value = _unescape(text[1:-1])
    if value is None:
        return text
    quote = "'" if '"' in value and "'" not in value else '"'
    return quote + value.replace("\\", "\\\\").replace(quote, "\\" + quote) + quote


def _evaluated(items: list, compressed: bool) -> str:
    """The text Ruby Sass prints for an evaluated all-static value."""
    out = []
    for kind, text in items:
        if kind == "sep":
            out.append({"/": "/", ",": "," if compressed else ", "}.get(text, " "))
        elif kind == "num":
            out.append(format_number(text))
        elif kind == "string":
            out.append(_quote(text))
        elif kind == "hex" and compressed and len(text) in (4, 7):
            out.append(smallest(text, hex_rgb(text[1:])))
        elif kind == "hex" and compressed and opaque_alpha_hex(text):
            out.append(opaque_alpha_hex(text))
        elif kind == "ident" and compressed and name_rgb(text):
            out.append(smallest(text, name_rgb(text)))
        else:
            out.append(text)
    return "".join(out)


def evaluate_value(value: str, compressed: bool, strip_zero: bool = False) -> str | None:
    """Ruby's printed form of a simple value made only of static components, or None;
    ``strip_zero`` drops the leading zero of numbers (``0.5`` -> ``.5``)."""
    items = _components(value)
    if items is None:
        return None
    if strip_zero:
        items = [("text", _LEAD_ZERO.sub(r"\1.", format_number(t))) if k == "num" else (k, t)
                 for k, t in items]
    return _evaluated(items, compressed)


def _custom_property(statement: str, m: re.Match) -> str:
    """Ruby folds each whitespace run of a custom property's value to one space
    (libsass copies it); values with strings or comments are left alone."""
    raw = m.group("ws") + m.group("value")
    if not raw.strip() or "\n" in raw.rstrip() or any(q in raw for q in "\"'/"):
        return statement
    folded = re.sub(r"[ \t\r\f]+", " ", raw.rstrip())
    return statement[:m.start("ws")] + folded + raw[len(raw.rstrip()):]


def rewrite_declaration(statement: str, compressed: bool) -> str:
    """Rewrite one ``name: value`` statement (text before its ``;``/``}``) if Ruby would
    evaluate a value libsass copies; other statements come back unchanged."""
    m = _DECL.match(statement)
    if not m:
        return statement
    if m.group("name").startswith("--"):
        return _custom_property(statement, m)
    raw = m.group("value")
    value = raw.rstrip()
    if not value:
        return statement
    static_items = _components(value)
    unicode_range = bool(static_items) and any(k == "urange" for k, _ in static_items)
    if value == raw and not unicode_range:
        # static for Ruby: copied, but whitespace with a newline -> one space
        if "\n" not in value or static_items is None:
            return statement
        folded = re.sub(r"[ \t\r\f]*\n[ \t\r\n\f]*", " ", value)
        return statement[:m.start("value")] + folded + "\n" * value.count("\n")
    items = _components(value)
    if items is None:
        return statement
    new = _evaluated(items, compressed)
    lost = value.count("\n") - new.count("\n")
    return statement[:m.start("value")] + new + "\n" * max(lost, 0) + raw[len(value):]


def _split_args(text: str, start: int) -> tuple[list[str], int] | None:
    """Top-level comma-separated arguments of the call whose ``(`` is at ``start - 1``."""
    depth, args, last, i = 0, [], start, start
    while i < len(text):
        ch = text[i]
        if ch in "\"'":
            i = _skip_quoted(text, i)
            continue
        if ch == "(":
            depth += 1
        elif ch == ")":
            if depth == 0:
                args.append(text[last:i])
                return args, i
            depth -= 1
        elif ch == "," and depth == 0:
            args.append(text[last:i])
            last = i + 1
        i += 1
    return None


def fix_percent_alpha(statement: str) -> str:
    """Ruby Sass 3.7 reads a percentage alpha in ``rgba()``/``hsla()`` as a fraction
    (``10%`` -> ``0.1``, ``Functions#percentage_or_unitless``); libsass clamps it to 1."""
    out, pos = [], 0
    for m in _ALPHA_CALL.finditer(statement):
        if m.start() < pos:
            continue
        found = _split_args(statement, m.end())
        if not found or len(found[0]) not in (2, 4):
            continue
        args, close = found
        pm = _PERCENT.match(args[-1])
        if not pm:
            continue
        alpha = format_value(float(pm.group(2)) / 100)
        args[-1] = pm.group(1) + alpha + pm.group(3)
        out.append(statement[pos:m.end()] + ",".join(args) + ")")
        pos = close + 1
    out.append(statement[pos:])
    return "".join(out)


def _evaluated_part(statement: str, static: bool, compressed: bool) -> str:
    """Escapes normalised and (compressed) colour keywords shortened in the part of the
    statement Ruby evaluates (:mod:`.escapes`, :mod:`.color_names`)."""
    at = evaluated_start(statement, static)
    if at is None:
        return statement
    part = normalize_escapes(statement[at:])
    if compressed:
        part = shorten_color_names(part)
    return statement[:at] + part


def _is_static(statement: str) -> bool:
    """True if Ruby copies this declaration's value as written (``Parser#value!``)."""
    return declaration_value(statement) is not None


def static_declaration(statement: str) -> tuple[str, str] | None:
    """(property name, value) of a declaration Ruby copies as written, else None."""
    value = declaration_value(statement)
    return None if value is None else (_DECL.match(statement).group("name"), value)


def declaration_value(statement: str) -> str | None:
    """The value of a declaration statement if Ruby copies it as written (static), else
    None."""
    m = _DECL.match(statement)
    if not m or m.group("name").startswith("--"):
        return None
    value = m.group("value")
    # (an escape takes one whitespace character after it along)
    trimmed = value == value.rstrip() or (value[:-1] == value.rstrip()
                                           and bool(_ESCAPE_SPACE.search(value)))
    if value and trimmed and _components(value) is not None:
        return value
    return None


_CALLABLE = re.compile(r"\s*@(?:include|mixin|function)\s+[\w-]+\s*\(")
def _has_comment(statement: str) -> bool:
    return "/*" in statement or "//" in statement


def rewrite_source(text: str, compressed: bool, markers: bool, page: bool = False,
                   helper: bool = False, values: bool = True) -> str:
    """Apply the static-value rewrite and (optionally) the nesting markers to SCSS text.
    ``helper``: the zero-stripping helper function is defined (it is prepended to the
    ``page`` itself when compressed) so calls may be wrapped in it.  ``values=False``
    (fallback mode) only adds the markers."""
    helper = values and (helper or (page and compressed))
    if values:
        text = normalize_comments(text)
    out, last, stack = [], 0, []
    for start, end, term in _Scanner(text).statements():
        statement = text[start:end]
        lead = _LEADING_COMMENTS.match(statement).end()
        if lead and values and term in (";", "}"):
            start, statement = start + lead, statement[lead:]
        if values and term in (";", "}") and not _has_comment(statement):
            new = keep_calc_text(protect_css_min_max(rewrite_declaration(statement, compressed)))
            new = _evaluated_part(new, _is_static(statement), compressed)
            if compressed:
                new = strip_computed_zero(new)
                if helper:
                    new = strip_picked_zero(keep_unary_minus_zero(new))
                if _DECL.match(new) and not new.lstrip().startswith("@"):
                    new = keep_short_hex_case(new, top_level=not _is_static(statement))
            if "%" in new:
                new = fix_percent_alpha(new)
            if new != statement:
                out.append(text[last:start] + new)
                last = end
        if term == "}" and stack:
            stack.pop()
        elif term == "{":
            kind, marker = classify(statement, "rule" in stack)
            stack.append(kind)
            lead = _LEADING_COMMENTS.match(statement).end()
            body = statement[lead:]
            if values and _CALLABLE.match(body) and not _has_comment(body):
                new = _evaluated_part(body, False, compressed)  # arguments, defaults
                if new != body:
                    out.append(text[last:start + lead] + new)
                    last = end
            if markers and marker:
                out.append(text[last:end + 1] + f"{marker}:1;")
                last = end + 1
    out.append(text[last:])
    result = "".join(out)
    if helper and page:
        result = HELPER + result  # same line: line numbers stay
    return result


def is_style_rule(prelude: str) -> bool:
    """True if a block prelude is a plain style rule selector."""
    return classify(prelude, False) == ("rule", MARKER)


_WRAPPERS = ("@media", "@supports", "@include")


def classify(prelude: str, in_rule: bool) -> tuple[str, str | None]:
    """(kind, marker) of a block.  Style rules get MARKER; ``@at-root SELECTOR`` blocks get
    AT_ROOT_MARKER; ``@media``/``@supports``/``@include`` blocks inside a style rule get
    MARKER too, so the copy of the enclosing rule libsass writes inside the bubbled
    ``@media`` keeps its nesting; other at-rules and nested-property blocks get none."""
    body = strip_comments(prelude).strip()
    if not body:
        return "other", None
    if body.startswith("@"):
        word = re.match(r"@[\w-]*", body).group(0).lower()
        rest = body[len(word):].strip()
        if word == "@at-root" and rest and not rest.startswith("("):
            return "rule", AT_ROOT_MARKER
        if word in _WRAPPERS and in_rule:
            return "wrap", MARKER
        if in_rule and _KEYFRAMES.match(word):
            return "other", IN_RULE_MARKER  # Ruby: last of its rule's group, no blank line
        return "other", None
    if _NESTED_PROP.match(body):
        return "prop", None
    if ".jekpy-e" in body:
        return "rule", None  # extend-order probe rule (extend_order.split_extends)
    return "rule", MARKER
