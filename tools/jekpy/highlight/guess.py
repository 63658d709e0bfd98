"""Rouge 3.30.0's language guessing from the source text alone (``find_fancy("guess", code)``,
what kramdown does for a code block without a language when ``guess_lang`` is on - Jekyll's
default).

Rouge runs two guessers over all its lexers (rouge lib/rouge/lexer.rb ``guesses``,
lib/rouge/guesser.rb ``guess``): editor modelines (guessers/modeline.rb: Emacs ``-*- mode -*-``
and Vim ``vim: ft=...`` in the first or last five lines) keep the lexers named there; then the
source guesser (guessers/source.rb) keeps the lexers whose own ``detect?`` method accepts the
text (shebangs, doctypes, ``<?php``, diff headers ...; only lexers that define ``detect?``
themselves take part).  A guesser that would keep nothing keeps everything; if nothing was
filtered out at all the answer is plain text.  Where Rouge would raise ``Ambiguous`` (several
lexers left), jekpy takes the first in Rouge's table order.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from functools import cache
from pathlib import Path

_TABLE = Path(__file__).with_name("rouge_lexers.json")

EMACS_MODELINE = re.compile(
    r"-\*-\s*(?:(?!mode)[\w-]+\s*:\s*(?:[\w+-]+)\s*;?\s*)*(?:mode\s*:)?\s*([\w+-]+)\s*"
    r"(?:;\s*(?!mode)[\w-]+\s*:\s*[\w+-]+\s*)*;?\s*-\*-", re.I | re.A)
VIM_MODELINE_1 = re.compile(r"(?:vim|vi|ex):\s*(?:ft|filetype|syntax)=(\w+)\s?", re.I | re.A)
VIM_MODELINE_2 = re.compile(r"(?:vim|vi|Vim|ex):\s*se(?:t)?.*\s(?:ft|filetype|syntax)=(\w+)\s?.*:",
                            re.I | re.A)


class _Text:
    """Rouge's ``TextAnalyzer``: the source with its shebang and doctype looked up once."""

    def __init__(self, text: str):
        self.text = text
        m = re.match(r"\s*#!(.*)$", text, re.M | re.A)
        self.shebang_line = m.group(1) if m else None
        m = re.match(r"\s*(?:<\?.*?\?>\s*)?<!DOCTYPE\s+(.+?)>", text, re.S | re.A)
        self.doctype = m.group(1) if m else None

    def shebang(self, pattern: str) -> bool:
        """``shebang?``: the interpreter name (a regex source) as a word in the shebang line."""
        if self.shebang_line is None:
            return False
        return re.search(rf"\b(?:{pattern})(\s|$)", self.shebang_line) is not None

    def has_doctype(self, pattern: str = "", flags: int = 0) -> bool:
        """``doctype?``: the doctype matches the regex (any doctype for an empty one)."""
        return self.doctype is not None and re.search(pattern, self.doctype, flags) is not None

    def search(self, pattern: str, flags: int = 0) -> bool:
        return re.search(pattern, self.text, flags | re.A) is not None


def _shebangs(*names: str) -> Callable[[_Text], bool]:
    return lambda t: any(t.shebang(name) for name in names)


def _html(t: _Text) -> bool:
    if t.has_doctype(r"\bhtml\b", re.I):
        return True
    if t.search(r"\A<\?xml\b"):
        return False
    return t.search(r"<\s*html\b")


def _xml(t: _Text) -> bool:
    if t.has_doctype("html"):
        return False
    return t.search(r"\A<\?xml\b") or t.has_doctype()


def _php(t: _Text) -> bool:
    if t.shebang("php"):
        return True
    if t.search(r"^<\?hh", re.M):
        return False
    return t.search(r"^<\?php", re.M)


def _diff(t: _Text) -> bool:
    return (t.text.startswith("Index: ") or t.search(r"\Adiff[^\n]*?\ba/[^\n]*\bb/")
            or t.search(r"---.*?\n[+][+][+]") or t.search(r"[+][+][+].*?\n---"))


def _racket(t: _Text) -> bool:
    m = re.match(r"#lang\s*(.*?)$", t.text, re.M)
    return bool(m) and re.search("racket|scribble", m.group(1)) is not None


# The lexers that define ``detect?`` themselves, with Rouge's tests (rouge lib/rouge/lexers/*.rb).
DETECTORS: dict[str, Callable[[_Text], bool]] = {
    "awk": _shebangs("awk"),
    "biml": lambda t: t.search(r"<\s*Biml\b"),
    "coffeescript": _shebangs("coffee"),
    "crystal": _shebangs("crystal"),
    "diff": _diff,
    "factor": _shebangs("factor"),
    "gherkin": _shebangs("cucumber"),
    "groovy": _shebangs("groovy"),
    "hack": lambda t: (t.search(r"<\?hh") or t.shebang("hhvm")
                       or t.search(r"async function [a-zA-Z]") or t.search(r"\): Awaitable<")),
    "haskell": _shebangs("runhaskell"),
    "haxe": _shebangs("haxe"),
    "html": _html,
    "io": _shebangs("io"),
    "javascript": _shebangs("node", "jsc"),
    "julia": _shebangs("julia"),
    "lasso": lambda t: t.shebang("lasso9") or t.search(r"\A.*?<\?(lasso(script)?|=)"),
    "livescript": _shebangs("lsc"),
    "lua": _shebangs("lua"),
    "moonscript": _shebangs("moon"),
    "mosel": lambda t: t.search(r"^\s*(model|package)\s+", re.M),
    "perl": _shebangs("perl"),
    "php": _php,
    "postscript": lambda t: t.search(r"^%!", re.M),
    "praat": _shebangs("praat"),
    "puppet": _shebangs("puppet-apply", "puppet"),
    "python": _shebangs(r"pythonw?(?:[23](?:\.\d+)?)?"),
    "r": _shebangs("Rscript"),
    "racket": _racket,
    "ruby": _shebangs("ruby"),
    "rust": _shebangs("rustc"),
    "sed": _shebangs("sed"),
    "shell": _shebangs(r"(ba|z|k)?sh"),
    "solidity": lambda t: t.text.startswith("pragma solidity"),
    "tcl": _shebangs("tclsh", "wish", "jimsh"),
    "tex": lambda t: t.search(r"\A\s*\\(documentclass|input|documentstyle|relax|ProvidesPackage"
                              r"|ProvidesClass)"),
    "tulip": _shebangs("tulip"),
    "xml": _xml,
    "yaml": lambda t: t.search(r"\A\s*%YAML", re.S),
}


@cache
def _lexers() -> dict[str, tuple[str, ...]]:
    """Rouge's lexer tags (table order) with their aliases."""
    return {tag: tuple(aliases) for tag, aliases in
            json.loads(_TABLE.read_text(encoding="utf-8")).items()}


def _modeline_filter(code: str, tags: list[str]) -> list[str]:
    lines = code.split("\n")
    space = "\n".join(lines[:5] + lines[-5:])
    names = {m.group(1) for rx in (EMACS_MODELINE, VIM_MODELINE_1, VIM_MODELINE_2)
             if (m := rx.search(space))}
    if not names:
        return tags
    aliases = _lexers()
    return [t for t in tags if t in names or any(a in names for a in aliases[t])]


def _source_filter(code: str, tags: list[str]) -> list[str]:
    if len(tags) == 1:
        return tags
    text = _Text(code)
    return [t for t in tags if t in DETECTORS and DETECTORS[t](text)]


def guess_tag(code: str) -> str:
    """The Rouge tag ``find_fancy("guess", code)`` picks (``plaintext`` when nothing fits)."""
    tags = list(_lexers())
    original = len(tags)
    for guesser in (_modeline_filter, _source_filter):
        kept = guesser(code, tags)
        tags = kept or tags
    if len(tags) == original or not tags:
        return "plaintext"
    return tags[0]
