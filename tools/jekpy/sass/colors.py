"""Colour keywords and Ruby Sass's shortest-form colour rule for compressed output.

Ruby Sass 3.7.4 (``lib/sass/script/value/color.rb`` ``Color#smallest``) writes a colour in
compressed output as the shortest of: the form written in the source, its CSS colour keyword,
and its hex (``#abc`` when possible) or ``rgba()`` form; on a tie the earlier candidate wins.
libsass prefers hex forms, so keywords that are shorter (``red``, ``tan``) and ``transparent``
(for ``rgba(0,0,0,0)``) are restored here.
"""
from __future__ import annotations

import re

from .scanner import strip_comments

# CSS Color Module keywords -> (r, g, b); the names Ruby Sass maps an RGB value back to
# (alternate spellings such as "grey", "aqua", "fuchsia" are never chosen on output).
NAME_BY_RGB = {
    (240, 248, 255): "aliceblue",
    (250, 235, 215): "antiquewhite",
    (127, 255, 212): "aquamarine",
    (240, 255, 255): "azure",
    (245, 245, 220): "beige",
    (255, 228, 196): "bisque",
    (0, 0, 0): "black",
    (255, 235, 205): "blanchedalmond",
    (0, 0, 255): "blue",
    (138, 43, 226): "blueviolet",
    (165, 42, 42): "brown",
    (222, 184, 135): "burlywood",
    (95, 158, 160): "cadetblue",
    (127, 255, 0): "chartreuse",
    (210, 105, 30): "chocolate",
    (255, 127, 80): "coral",
    (100, 149, 237): "cornflowerblue",
    (255, 248, 220): "cornsilk",
    (220, 20, 60): "crimson",
    (0, 255, 255): "cyan",
    (0, 0, 139): "darkblue",
    (0, 139, 139): "darkcyan",
    (184, 134, 11): "darkgoldenrod",
    (169, 169, 169): "darkgray",
    (0, 100, 0): "darkgreen",
    (189, 183, 107): "darkkhaki",
    (139, 0, 139): "darkmagenta",
    (85, 107, 47): "darkolivegreen",
    (255, 140, 0): "darkorange",
    (153, 50, 204): "darkorchid",
    (139, 0, 0): "darkred",
    (233, 150, 122): "darksalmon",
    (143, 188, 143): "darkseagreen",
    (72, 61, 139): "darkslateblue",
    (47, 79, 79): "darkslategray",
    (0, 206, 209): "darkturquoise",
    (148, 0, 211): "darkviolet",
    (255, 20, 147): "deeppink",
    (0, 191, 255): "deepskyblue",
    (105, 105, 105): "dimgray",
    (30, 144, 255): "dodgerblue",
    (178, 34, 34): "firebrick",
    (255, 250, 240): "floralwhite",
    (34, 139, 34): "forestgreen",
    (220, 220, 220): "gainsboro",
    (248, 248, 255): "ghostwhite",
    (255, 215, 0): "gold",
    (218, 165, 32): "goldenrod",
    (128, 128, 128): "gray",
    (0, 128, 0): "green",
    (173, 255, 47): "greenyellow",
    (240, 255, 240): "honeydew",
    (255, 105, 180): "hotpink",
    (205, 92, 92): "indianred",
    (75, 0, 130): "indigo",
    (255, 255, 240): "ivory",
    (240, 230, 140): "khaki",
    (230, 230, 250): "lavender",
    (255, 240, 245): "lavenderblush",
    (124, 252, 0): "lawngreen",
    (255, 250, 205): "lemonchiffon",
    (173, 216, 230): "lightblue",
    (240, 128, 128): "lightcoral",
    (224, 255, 255): "lightcyan",
    (250, 250, 210): "lightgoldenrodyellow",
    (144, 238, 144): "lightgreen",
    (211, 211, 211): "lightgray",
    (255, 182, 193): "lightpink",
    (255, 160, 122): "lightsalmon",
    (32, 178, 170): "lightseagreen",
    (135, 206, 250): "lightskyblue",
    (119, 136, 153): "lightslategray",
    (176, 196, 222): "lightsteelblue",
    (255, 255, 224): "lightyellow",
    (0, 255, 0): "lime",
    (50, 205, 50): "limegreen",
    (250, 240, 230): "linen",
    (255, 0, 255): "magenta",
    (128, 0, 0): "maroon",
    (102, 205, 170): "mediumaquamarine",
    (0, 0, 205): "mediumblue",
    (186, 85, 211): "mediumorchid",
    (147, 112, 219): "mediumpurple",
    (60, 179, 113): "mediumseagreen",
    (123, 104, 238): "mediumslateblue",
    (0, 250, 154): "mediumspringgreen",
    (72, 209, 204): "mediumturquoise",
    (199, 21, 133): "mediumvioletred",
    (25, 25, 112): "midnightblue",
    (245, 255, 250): "mintcream",
    (255, 228, 225): "mistyrose",
    (255, 228, 181): "moccasin",
    (255, 222, 173): "navajowhite",
    (0, 0, 128): "navy",
    (253, 245, 230): "oldlace",
    (128, 128, 0): "olive",
    (107, 142, 35): "olivedrab",
    (255, 165, 0): "orange",
    (255, 69, 0): "orangered",
    (218, 112, 214): "orchid",
    (238, 232, 170): "palegoldenrod",
    (152, 251, 152): "palegreen",
    (175, 238, 238): "paleturquoise",
    (219, 112, 147): "palevioletred",
    (255, 239, 213): "papayawhip",
    (255, 218, 185): "peachpuff",
    (205, 133, 63): "peru",
    (255, 192, 203): "pink",
    (221, 160, 221): "plum",
    (176, 224, 230): "powderblue",
    (128, 0, 128): "purple",
    (255, 0, 0): "red",
    (102, 51, 153): "rebeccapurple",
    (188, 143, 143): "rosybrown",
    (65, 105, 225): "royalblue",
    (139, 69, 19): "saddlebrown",
    (250, 128, 114): "salmon",
    (244, 164, 96): "sandybrown",
    (46, 139, 87): "seagreen",
    (255, 245, 238): "seashell",
    (160, 82, 45): "sienna",
    (192, 192, 192): "silver",
    (135, 206, 235): "skyblue",
    (106, 90, 205): "slateblue",
    (112, 128, 144): "slategray",
    (255, 250, 250): "snow",
    (0, 255, 127): "springgreen",
    (70, 130, 180): "steelblue",
    (210, 180, 140): "tan",
    (0, 128, 128): "teal",
    (216, 191, 216): "thistle",
    (255, 99, 71): "tomato",
    (64, 224, 208): "turquoise",
    (238, 130, 238): "violet",
    (245, 222, 179): "wheat",
    (255, 255, 255): "white",
    (245, 245, 245): "whitesmoke",
    (255, 255, 0): "yellow",
    (154, 205, 50): "yellowgreen",
}

_SKIP = re.compile(r"\"(?:[^\"\\]|\\.)*\"|'(?:[^'\\]|\\.)*'|url\([^)]*\)", re.I)
_TRANSPARENT = re.compile(r"(?<![\w-])rgba\(0,0,0,0\)")
_NAMES = {name: rgb for rgb, name in NAME_BY_RGB.items()}
_NAMES.update({"aqua": (0, 255, 255), "fuchsia": (255, 0, 255), "grey": (128, 128, 128),
               "darkgrey": (169, 169, 169), "darkslategrey": (47, 79, 79),
               "dimgrey": (105, 105, 105), "lightgrey": (211, 211, 211),
               "lightslategrey": (119, 136, 153), "slategrey": (112, 128, 144)})


def hex_rgb(digits: str) -> tuple[int, int, int]:
    """(r, g, b) of a 3- or 6-digit hex colour (without ``#``)."""
    if len(digits) == 3:
        digits = "".join(c * 2 for c in digits)
    return tuple(int(digits[i:i + 2], 16) for i in (0, 2, 4))


def name_rgb(name: str) -> tuple[int, int, int] | None:
    """(r, g, b) of a colour keyword (any case), or None."""
    return _NAMES.get(name.lower())


def smallest(written: str, rgb: tuple[int, int, int]) -> str:
    """Ruby's ``Color#smallest`` for an opaque colour written as ``written`` in the source:
    the shortest of the written form, the keyword and the (short) hex; first wins a tie."""
    hexs = "#" + "".join(f"{c:02x}" for c in rgb)
    if hexs[1] == hexs[2] and hexs[3] == hexs[4] and hexs[5] == hexs[6]:
        hexs = "#" + hexs[1] + hexs[3] + hexs[5]
    candidates = [written] + ([NAME_BY_RGB[rgb]] if rgb in NAME_BY_RGB else []) + [hexs]
    return min(candidates, key=len)


def _fix_plain(text: str) -> str:
    return _TRANSPARENT.sub("transparent", text)


def compress_colors(value: str) -> str:
    """libsass writes a computed fully transparent colour as ``rgba(0,0,0,0)``; Ruby's
    compressed output picks the shorter keyword ``transparent`` (strings/urls untouched)."""
    if "rgba(0,0,0,0)" not in value:
        return value
    out, last = [], 0
    for m in _SKIP.finditer(value):
        out.append(_fix_plain(value[last:m.start()]))
        out.append(m.group(0))
        last = m.end()
    out.append(_fix_plain(value[last:]))
    return "".join(out)


# Plain CSS functions whose colour arguments Ruby prints in their written form.
_CSS_FUNCTIONS = re.compile(
    r"(-(webkit|moz|ms|o)-)?(repeating-)?(linear|radial|conic)-gradient|-webkit-gradient"
    r"|from|to|color-stop|drop-shadow", re.I)
_SHORT_HEX = re.compile(r"#[0-9a-fA-F]{3}(?![\w-])")


def _written_wins(text: str) -> bool:
    """The written 3-digit hex is what ``Color#smallest`` picks (no shorter keyword)."""
    return smallest(text, hex_rgb(text[1:])) == text


def keep_short_hex_case(statement: str, top_level: bool = False) -> str:
    """In compressed output libsass lower-cases a 3-digit hex colour given to a plain CSS
    function (``from(#FFF)`` -> ``from(#fff)``); Ruby keeps the written ``#FFF`` (a tie in
    ``Color#smallest`` goes to the written form).  Such colours are passed as unquoted text.
    ``top_level``: also outside any function (an evaluated declaration value, e.g.
    ``box-shadow: ... rgba(...), 0 0 0 1px #FFF inset``), unless a keyword is shorter."""
    if "#" not in statement:
        return statement
    out, last, stack, i = [], 0, [], 0
    while i < len(statement):
        ch = statement[i]
        if ch in "\"'":
            end = statement.find(ch, i + 1)
            i = len(statement) if end < 0 else end + 1
            continue
        if ch == "(":
            name = re.search(r"[\w-]*\Z", statement[:i]).group(0)
            stack.append(name)
        elif ch == ")" and stack:
            stack.pop()
        elif ch == "#" and (stack and _CSS_FUNCTIONS.fullmatch(stack[-1])
                            or not stack and top_level):
            m = _SHORT_HEX.match(statement, i)
            if m and m.group(0) != m.group(0).lower() and _written_wins(m.group(0)):
                out.append(statement[last:i] + f'unquote("{m.group(0)}")')
                last = i = m.end()
                continue
        i += 1
    out.append(statement[last:])
    return "".join(out)


# 4- and 8-digit hex colours (``#rgba``, ``#rrggbbaa``): Ruby Sass 3.7.4 keeps the written form
# (``Color.from_hex`` sets the representation; ``Color#to_s``/``#smallest`` prefer it unless a
# keyword or short hex is shorter, which happens only for an opaque alpha).  libsass's
# compressed output loses it once the colour went through a variable: ``rgba(39,243,106,0.149...)``.
_ALPHA_HEX = re.compile(r"(?<![\w&-])#([0-9a-fA-F]{8}|[0-9a-fA-F]{4})(?![\w-])")
_RGBA = re.compile(r"(?<![\w-])rgba\((\d+),(\d+),(\d+),(0?\.\d+|0|1)\)")


def alpha_hex_rgba(digits: str) -> tuple[int, int, int, int]:
    """(r, g, b, alpha byte) of a 4- or 8-digit hex colour (without ``#``)."""
    if len(digits) == 4:
        digits = "".join(c * 2 for c in digits)
    return tuple(int(digits[i:i + 2], 16) for i in (0, 2, 4, 6))


def alpha_hex_table(text: str, table: dict) -> None:
    """Record in ``table`` every 4-/8-digit hex colour written in ``text``: (r, g, b, alpha
    byte) -> written form (the first spelling wins); and the upper-case spellings of named
    colours (:func:`restore_hex_case`)."""
    if "#" not in text:
        return
    for m in _ALPHA_HEX.finditer(text):
        table.setdefault(alpha_hex_rgba(m.group(1)), m.group(0))
    for m in _HEX.finditer(text):
        written = m.group(0)
        rgb = hex_rgb(written[1:])
        if rgb not in NAME_BY_RGB:
            continue
        key = _libsass_form(rgb)
        ruby = smallest(written, rgb)
        if ruby == key:
            table[key] = None  # Ruby prints this spelling as the key itself: ambiguous
        elif ruby == written and table.setdefault(key, written) != written:
            table[key] = None
    for m in _NAME_WORD.finditer(strip_comments(text)):
        rgb = name_rgb(m.group(0))
        if rgb and smallest(m.group(0), rgb) == _libsass_form(rgb):
            table[_libsass_form(rgb)] = None  # white -> #fff in Ruby too


_HEX = re.compile(r"(?<![\w&-])#(?:[0-9a-fA-F]{6}|[0-9a-fA-F]{3})(?![\w-])")
_NAME_WORD = re.compile(r"(?<![\w$#.-])[a-zA-Z]{3,20}(?![\w-])")
_LIBSASS_COLOR = re.compile(r"(?<![\w#-])(?:#[0-9a-f]{6}|#[0-9a-f]{3}|[a-z]{3,20})(?![\w-])")


def _libsass_form(rgb: tuple[int, int, int]) -> str:
    """How libsass writes a named colour that lost its spelling, compressed: the keyword
    when it is not longer than the (short) hex, else the lower-case hex."""
    hexs = "#" + "".join(f"{c:02x}" for c in rgb)
    if hexs[1] == hexs[2] and hexs[3] == hexs[4] and hexs[5] == hexs[6]:
        hexs = "#" + hexs[1] + hexs[3] + hexs[5]
    name = NAME_BY_RGB[rgb]
    return name if len(name) <= len(hexs) else hexs


def restore_hex_case(value: str, table: dict) -> str:
    """Compressed output: a named colour written as hex keeps that spelling in Ruby when no
    form is shorter (``Color#smallest``: the written form wins a tie: ``#87CEFA``, ``#FFF``,
    ``#DC143C`` rather than ``crimson``); libsass writes its own form (lower-case hex, or
    the keyword when as short) once the colour went through a variable or an argument.
    The spelling comes back when the sources write that colour one way only (``table`` from
    :func:`alpha_hex_table`); strings and ``url()`` are left alone."""
    if not table or not any(isinstance(k, str) and v for k, v in table.items()):
        return value
    out, last = [], 0
    for m in _SKIP.finditer(value):
        out.append(_restore_plain(value[last:m.start()], table))
        out.append(m.group(0))
        last = m.end()
    out.append(_restore_plain(value[last:], table))
    return "".join(out)


def _restore_plain(text: str, table: dict) -> str:
    return _LIBSASS_COLOR.sub(lambda m: table.get(m.group(0)) or m.group(0), text)


def restore_alpha_hex(value: str, table: dict) -> str:
    """Compressed output: libsass's ``rgba()`` for a colour written as ``#rrggbbaa`` or
    ``#rgba`` in the source becomes that written form again, as Ruby prints it."""
    if not table or "rgba(" not in value:
        return value

    def back(m: re.Match) -> str:
        alpha = float(m.group(4))  # libsass prints 6 significant digits
        key = (int(m.group(1)), int(m.group(2)), int(m.group(3)), round(alpha * 255))
        if abs(alpha - key[3] / 255) > 1e-5 or key[3] == 255:
            return m.group(0)
        return table.get(key, m.group(0))
    return _RGBA.sub(back, value)


def opaque_alpha_hex(text: str) -> str | None:
    """Ruby's compressed form of an evaluated 4-/8-digit hex colour whose alpha is ``ff``
    (the keyword or short hex; the written form is never shorter), else None."""
    if len(text) not in (5, 9) or not re.fullmatch(r"#[0-9a-fA-F]+", text):
        return None
    r, g, b, a = alpha_hex_rgba(text[1:])
    if a != 255:
        return None
    hexs = f"#{r:02x}{g:02x}{b:02x}"
    if hexs[1] == hexs[2] and hexs[3] == hexs[4] and hexs[5] == hexs[6]:
        hexs = "#" + hexs[1] + hexs[3] + hexs[5]
    name = NAME_BY_RGB.get((r, g, b))
    return name if name and len(name) <= len(hexs) else hexs
