"""The parts of Ruby's Addressable::URI (2.8) that Jekyll's URL filters rely on.

``normalize_component`` (``uri_escape``) and ``URI#normalize`` (``relative_url``/
``absolute_url``): percent-encode what is outside a component's character class, decode
needless escapes, NFC-normalize, lowercase scheme and host, remove dot segments.
"""

from __future__ import annotations

import functools
import re
import unicodedata

UNRESERVED = "A-Za-z0-9\\-._~"
SUB_DELIMS = "!$&'()*+,;="
RESERVED = ":/?#\\[\\]@" + SUB_DELIMS
PCHAR = UNRESERVED + SUB_DELIMS + ":@"

_SPLIT = re.compile(r"^(?:([^:/?#]+):)?(?://([^/?#]*))?([^?#]*)(?:\?([^#]*))?(?:#(.*))?$", re.S)
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*$")


def unencode(text: str, leave: str = "") -> str:
    """Decode ``%XX`` sequences (as UTF-8), except those for characters in ``leave``."""
    def repl(match: re.Match[bytes]) -> bytes:
        char = bytes([int(match.group(1), 16)])
        if char.decode("latin-1") in leave:
            return match.group(0)
        return char

    raw = re.sub(rb"%([0-9A-Fa-f]{2})", repl, text.encode("utf-8"))
    return raw.decode("utf-8", errors="surrogateescape")


def encode(text: str, allowed: str) -> str:
    """Percent-encode (uppercase hex, UTF-8) every character not matched by ``[allowed]``."""
    keep = re.compile(f"[{allowed}]")
    out = []
    for char in text:
        if keep.match(char):
            out.append(char)
        else:
            try:
                data = char.encode("utf-8")
            except UnicodeEncodeError:
                data = char.encode("utf-8", errors="surrogateescape")
            out.append("".join(f"%{b:02X}" for b in data))
    return "".join(out)


def normalize_component(text: str, allowed: str = RESERVED + UNRESERVED, leave: str = "") -> str:
    """``Addressable::URI.normalize_component``."""
    decoded = unencode(text, leave)
    decoded = unicodedata.normalize("NFC", decoded)
    return encode(decoded, allowed + re.escape(leave) if leave else allowed)


def remove_dot_segments(path: str) -> str:
    """RFC 3986 section 5.2.4 (Addressable ``normalize_path``)."""
    output: list[str] = []
    while path:
        if path.startswith("../"):
            path = path[3:]
        elif path.startswith("./"):
            path = path[2:]
        elif path.startswith("/./"):
            path = path[2:]
        elif path == "/.":
            path = "/"
        elif path.startswith("/../") or path == "/..":
            path = "/" + path[4:] if path.startswith("/../") else "/"
            if output:
                output.pop()
        elif path in (".", ".."):
            path = ""
        else:
            match = re.match(r"^/?[^/]*", path)
            segment = match.group(0)
            output.append(segment)
            path = path[len(segment):]
    return "".join(output)


def is_absolute(text: str) -> bool:
    """``Addressable::URI.parse(text).absolute?``: it has a scheme."""
    match = _SPLIT.match(text)
    return bool(match and match.group(1) and _SCHEME.match(match.group(1)))


@functools.lru_cache(maxsize=4096)
def normalize(text: str) -> str:
    """``Addressable::URI.parse(text).normalize.to_s``."""
    match = _SPLIT.match(text)
    if not match:
        return text
    scheme, authority, path, query, fragment = match.groups()
    out = ""
    if scheme:
        scheme = scheme.lower()
        out += scheme + ":"
    if authority is not None:
        out += "//" + _normalize_authority(authority, scheme)
    segments = path.strip().split("/")
    path = "/".join(normalize_component(seg, PCHAR) for seg in segments)
    path = remove_dot_segments(path)
    if not path and scheme in ("http", "https", "ftp", "tftp") and authority is not None:
        path = "/"
    out += path
    if query is not None:
        pairs = query.split("&")
        out += "?" + "&".join(normalize_component(p, PCHAR + "/?", leave="+") for p in pairs)
    if fragment is not None:
        out += "#" + normalize_component(fragment, PCHAR + "/?")
    return out


def _normalize_authority(authority: str, scheme: str | None) -> str:
    userinfo, _, hostport = authority.rpartition("@")
    host, _, port = hostport.partition(":")
    host = host.lower()
    default_ports = {"http": "80", "https": "443", "ftp": "21"}
    if port and default_ports.get(scheme or "") == port:
        port = ""
    text = host + (":" + port if port else "")
    return (userinfo + "@" if userinfo else "") + text
