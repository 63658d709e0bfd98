"""Attribute lists (IAL/ALD) and extension tags (``{::comment}``, ``{::nomarkdown}``, ...).

Emulates gettalong/kramdown lib/kramdown/parser/kramdown/extensions.rb. Reference names of an
IAL are kept under the key ``REFS`` (``":refs"``), which no attribute name can take.
"""

from __future__ import annotations

import dataclasses
import re
from typing import Any

from ..element import Element, ial_of
from ..engine import Engine, Rule
from ..options import parse_inline
from ..patterns import ALD_ANY_CHARS, ALD_ID_NAME, IAL_BLOCK_START, OPT_SPACE
from ..scanner import rx

REFS = ":refs"
_KV = r"(" + ALD_ID_NAME + r")=(\"|')((?:\\\}|\\\2|[^}\x02])*?)\2"
_ID_NAME = r"#([A-Za-z][\w:-]*)"
_CLASS_NAME = r"\.([^\s.#]+)"
_ATTR_ANY = re.compile(
    r"(?:\A|\s)(?:" + _KV + r"|(" + ALD_ID_NAME + r")|((?:" + _ID_NAME + "|" + _CLASS_NAME
    + r")+))(?=\s|\Z)", re.ASCII)
_ID_OR_CLASS = re.compile(_ID_NAME + "|" + _CLASS_NAME, re.ASCII)

EXT_START = r"\{::(\w+)(?:\s(" + ALD_ANY_CHARS + r"*?)|)(/)?\}"
EXT_STOP = r"\{:/(%s)?\}"
_ALD_START = rx("^" + OPT_SPACE + r"\{:(" + ALD_ID_NAME + "):(" + ALD_ANY_CHARS + r"+)\}\s*?\n")
_EXT_BLOCK_START = rx("^" + OPT_SPACE + "(?:" + EXT_START + "|" + EXT_STOP % ALD_ID_NAME
                      + r")\s*?\n")
_IAL_BLOCK_START = rx(IAL_BLOCK_START)
_EXT_SPAN_START = rx(EXT_START + "|" + EXT_STOP % ALD_ID_NAME)
_IAL_SPAN_START = rx(r"\{:(" + ALD_ANY_CHARS + r"+)\}")


def update_ial_with_ial(ial: dict[str, Any], opts: dict[str, Any]) -> None:
    """Merge IAL ``opts`` into ``ial`` (classes accumulate)."""
    if REFS in opts:
        ial.setdefault(REFS, []).extend(opts[REFS])
    for key, value in opts.items():
        if key == "class":
            ial["class"] = f"{ial.get('class', '')} {value}".lstrip()
        elif not key.startswith(":"):
            ial[key] = value


class ExtensionRules(Engine):
    """ALDs, block and span IALs, and extension tags."""

    def parse_attribute_list(self, text: str, opts: dict[str, Any]) -> None:
        """Parse ``#id .class key="value" ref`` into ``opts``."""
        if not text.strip() or text.strip() == ":":
            return
        for m in _ATTR_ANY.finditer(text):
            key, sep, val, ref, id_class = m.group(1, 2, 3, 4, 5)
            if ref:
                opts.setdefault(REFS, []).append(ref)
            elif id_class:
                for im in _ID_OR_CLASS.finditer(id_class):
                    if im.group(2):
                        opts["class"] = f"{opts.get('class', '')} {im.group(2)}".lstrip()
                    else:
                        opts["id"] = im.group(1)
            else:
                opts[key] = re.sub(r"\\(\}|" + re.escape(sep) + ")", r"\1", val)

    def update_attr_with_ial(self, attr: dict[str, str], ial: dict[str, Any],
                             _depth: int = 0) -> None:
        """Apply an IAL (and the ALDs it references) to an element's attributes."""
        for ref in ial.get(REFS, ()):
            ald = self.alds.get(ref)
            if ald is not None and _depth < 20:
                self.update_attr_with_ial(attr, ald, _depth + 1)
        for key, value in ial.items():
            if key == "class":
                attr["class"] = f"{attr.get('class', '')} {value}".lstrip()
            elif not key.startswith(":"):
                attr[key] = value

    def parse_block_extensions(self) -> bool:
        """ALD definitions, extension blocks and block IALs."""
        src = self.src
        if src.scan(_ALD_START) is not None:
            self.parse_attribute_list(src.group(2), self.alds.setdefault(src.group(1), {}))
            self.tree.children.append(self.new_block_el("eob", "ald"))
            return True
        if src.check(_EXT_BLOCK_START) is not None:
            return self.parse_extension_start_tag("block")
        if src.scan(_IAL_BLOCK_START) is not None:
            children = self.tree.children
            last = children[-1] if children else None
            if last is not None and last.type != "blank" and (
                    last.type != "eob" or last.value in ("link_def", "abbrev_def", "footnote_def")):
                self.parse_attribute_list(src.group(1), ial_of(last))
                if src.check(_IAL_BLOCK_START) is None:
                    children.append(self.new_block_el("eob", "ial"))
            else:
                if self.block_ial is None:
                    self.block_ial = {}
                self.parse_attribute_list(src.group(1), self.block_ial)
            return True
        return False

    def parse_span_extensions(self) -> None:
        """Extension tags and span IALs inside text."""
        src = self.src
        if src.occurs_after("}", src.pos) and src.check(_EXT_SPAN_START) is not None:
            self.parse_extension_start_tag("span")
            return
        children = self.tree.children
        last = children[-1] if children else None
        # Only an IAL after a non-text element does anything; skip the (lazy) regex otherwise.
        if last is not None and last.type != "text" and src.check(_IAL_SPAN_START) is not None:
            if True:
                src.pos += len(src.matched)
                attr: dict[str, Any] = {}
                self.parse_attribute_list(src.group(1), attr)
                update_ial_with_ial(ial_of(last), attr)
                self.update_attr_with_ial(last.attr, attr)
                return
        self.add_text(src.getch())

    def parse_extension_start_tag(self, kind: str) -> bool:
        """``{::name attrs}body{:/name}`` or ``{::name /}``."""
        src = self.src
        saved = src.pos
        matched = src.matched
        ext, attrs, closed, stop_name = src.group(1), src.group(2), src.group(3), src.group(4)
        src.pos += len(matched)

        def error() -> bool:
            src.pos = saved
            if kind == "span":
                self.add_text(src.getch())
            return False

        if stop_name or matched.strip() == "{:/}":
            return error()
        opts: dict[str, Any] = {}
        self.parse_attribute_list(attrs or "", opts)
        body = None
        if not closed:
            if kind == "block":
                stop = rx("^" + OPT_SPACE + EXT_STOP % re.escape(ext) + r" *?\n")
            else:
                stop = rx(EXT_STOP % re.escape(ext))
            memo_key = f"ext-stop-{kind}-{ext}"
            if (not src.occurs_after("{:/", src.pos)
                    or src.pos >= src.memo.get(memo_key, len(src.string) + 1)):
                return error()
            result = src.scan_until(stop)
            if result is None:
                # A later tag of the same name cannot find a stop tag either.
                src.memo[memo_key] = src.pos
                return error()
            body = result[: len(result) - len(src.matched)]
            if kind == "block" and body.endswith("\n"):
                body = body[:-1]
        if not self.handle_extension(ext, opts, body, kind):
            return error()
        return True

    def handle_extension(self, name: str, opts: dict[str, Any], body: str | None,
                         kind: str) -> bool:
        """Act on a known extension; False for unknown names."""
        if name == "comment":
            if body is not None:
                self.tree.children.append(Element("comment", body, None, {"category": kind}))
            return True
        if name == "nomarkdown":
            if body is not None:
                types = str(opts.get("type", "")).split()
                self.tree.children.append(
                    Element("raw", body, None, {"category": kind, "type": types}))
            return True
        if name == "options":
            self.set_inline_options(opts)
            if kind == "block":
                self.tree.children.append(self.new_block_el("eob", "extension"))
            return True
        return False

    def set_inline_options(self, opts: dict[str, Any]) -> None:
        """``{::options key="value" /}``: change options for the rest of the document."""
        changes = parse_inline({k: v for k, v in opts.items() if not k.startswith(":")})
        if changes:
            self.options = dataclasses.replace(self.options, **changes)
            self.root.options.setdefault("options", {}).update(changes)


RULES = {
    "block_extensions": Rule(rx("^" + OPT_SPACE + r"\{:"), "parse_block_extensions"),
    "span_extensions": Rule(rx(r"\{:"), "parse_span_extensions", r"\{:"),
}
