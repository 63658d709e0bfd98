"""Liquid 4.0.4's strict parser: warn-mode warnings and strict-mode errors in Liquid's words.

Liquid 4 parses output statements, ``assign`` values, ``if``/``elsif``/``unless`` conditions
and ``for`` headers with this parser (lib/liquid/parser_switching.rb): in strict mode its
``SyntaxError`` is raised, in warn mode it is logged before the lax reading:
``Expected id but found pipe in "{{ x | | y }}"``. The words
come from lib/liquid/lexer.rb (token kinds, ``Unexpected character =``) and
lib/liquid/parser.rb (``Expected <kind> but found <kind>``, ``[:pipe, "|"] is not a valid
expression``); the context is the Variable's ``{{markup}}`` (variable.rb ``markup_context``)
or the tag's stripped markup. `variable_error` and `condition_error` return that text, or
None when Liquid 4's strict parser accepts the markup.
"""

from __future__ import annotations

import re

_SPECIALS = {"|": "pipe", ".": "dot", ":": "colon", ",": "comma", "[": "open_square",
             "]": "close_square", "(": "open_round", ")": "close_round", "?": "question",
             "-": "dash"}
# Ruby's \s, \w and \d are ASCII-only: a no-break space or "é" is an unexpected character.
_RULES = (
    ("comparison", re.compile(r"==|!=|<>|<=?|>=?|contains(?=\s)", re.ASCII)),
    ("string", re.compile(r"'[^']*'")),
    ("string", re.compile(r'"[^"]*"')),
    ("number", re.compile(r"-?\d+(\.\d+)?", re.ASCII)),
    ("id", re.compile(r"[a-zA-Z_][\w-]*\??", re.ASCII)),
    ("dotdot", re.compile(r"\.\.")),
)
_WHITESPACE = re.compile(r"\s*", re.ASCII)


class Liquid4SyntaxError(Exception):
    """A ``Liquid::SyntaxError`` from the strict parser."""


def _ruby_inspect(token: tuple[str, str | None]) -> str:
    kind, value = token
    if value is None:
        return f"[:{kind}]"
    return f'[:{kind}, "{value}"]'


def tokenize(markup: str) -> list[tuple[str, str | None]]:
    """Liquid::Lexer#tokenize."""
    out: list[tuple[str, str | None]] = []
    pos = 0
    while True:
        pos = _WHITESPACE.match(markup, pos).end()
        if pos >= len(markup):
            break
        for kind, rule in _RULES:
            match = rule.match(markup, pos)
            if match:
                out.append((kind, match.group(0)))
                pos = match.end()
                break
        else:
            char = markup[pos]
            if char not in _SPECIALS:
                raise Liquid4SyntaxError(f"Unexpected character {char}")
            out.append((_SPECIALS[char], char))
            pos += 1
    out.append(("end_of_string", None))
    return out


class _Parser:
    """Liquid::Parser over a token list (only what the error words need)."""

    def __init__(self, markup: str) -> None:
        self.tokens = tokenize(markup)
        self.pos = 0

    def consume(self, kind: str | None = None) -> str | None:
        token = self.tokens[min(self.pos, len(self.tokens) - 1)]
        if kind and token[0] != kind:
            raise Liquid4SyntaxError(f"Expected {kind} but found {token[0]}")
        self.pos += 1
        return token[1]

    def consume_if(self, kind: str) -> bool:
        if self.look(kind):
            self.pos += 1
            return True
        return False

    def id_is(self, word: str) -> bool:
        if self.look("id") and self.tokens[self.pos][1] == word:
            self.pos += 1
            return True
        return False

    def look(self, kind: str, ahead: int = 0) -> bool:
        index = self.pos + ahead
        return index < len(self.tokens) and self.tokens[index][0] == kind

    def expression(self) -> None:
        token = self.tokens[min(self.pos, len(self.tokens) - 1)]
        if token[0] == "id":
            self.variable_signature()
        elif token[0] in ("string", "number"):
            self.consume()
        elif token[0] == "open_round":
            self.consume()
            self.expression()
            self.consume("dotdot")
            self.expression()
            self.consume("close_round")
        else:
            raise Liquid4SyntaxError(f"{_ruby_inspect(token)} is not a valid expression")

    def argument(self) -> None:
        if self.look("id") and self.look("colon", 1):
            self.consume()
            self.consume()
        self.expression()

    def variable_signature(self) -> None:
        self.consume("id")
        while self.look("open_square"):
            self.consume()
            self.expression()
            self.consume("close_square")
        if self.look("dot"):
            self.consume()
            self.variable_signature()


def _strict_variable(markup: str) -> None:
    parser = _Parser(markup)
    parser.expression()
    while parser.consume_if("pipe"):
        parser.consume("id")
        if parser.consume_if("colon"):
            parser.argument()
            while parser.consume_if("comma"):
                parser.argument()
    parser.consume("end_of_string")


def _strict_condition(markup: str) -> None:
    parser = _Parser(markup)
    while True:
        parser.expression()
        if parser.consume_if("comparison"):
            parser.expression()
        if not (parser.id_is("and") or parser.id_is("or")):
            break
    parser.consume("end_of_string")


def _strict_for(markup: str) -> None:
    parser = _Parser(markup)
    parser.consume("id")
    if not parser.id_is("in"):
        raise Liquid4SyntaxError("For loops require an 'in' clause")
    parser.expression()
    parser.id_is("reversed")
    while parser.look("id") and parser.look("colon", 1):
        if not (parser.id_is("limit") or parser.id_is("offset")):
            raise Liquid4SyntaxError(
                "Invalid attribute in for loop. Valid attributes are limit and offset")
        parser.consume()
        parser.expression()
    parser.consume("end_of_string")


def for_error(markup: str) -> str | None:
    """For#strict_parse's message (lib/liquid/tags/for.rb, locales/en.yml)."""
    try:
        _strict_for(markup)
    except Liquid4SyntaxError as err:
        return f'{err} in "{markup.strip()}"'
    return None


def variable_error(markup: str) -> str | None:
    """Variable#strict_parse's message for ``markup`` (the text between the braces)."""
    try:
        _strict_variable(markup)
    except Liquid4SyntaxError as err:
        return f'{err} in "{{{{{markup}}}}}"'
    return None


def condition_error(markup: str) -> str | None:
    """If#strict_parse's message for an if/elsif/unless condition."""
    try:
        _strict_condition(markup)
    except Liquid4SyntaxError as err:
        return f'{err} in "{markup.strip()}"'
    return None


_SPAN = re.compile(r"\{\{-?(?P<var>.*?)-?\}\}|\{%-?\s*(?P<tag>\w+)\s*(?P<markup>.*?)-?%\}", re.S)
_ASSIGN = re.compile(r"(?:\(?[\w\-.\[\]]\)?)+\s*=\s*(.*)", re.S)


def _span_error(match: re.Match) -> str | None:
    if match.group("var") is not None:
        return variable_error(match.group("var"))
    name, markup = match.group("tag"), match.group("markup")
    if name == "assign":
        assigned = _ASSIGN.search(markup)
        return variable_error(assigned.group(1)) if assigned else None
    if name in ("if", "elsif", "unless"):
        return condition_error(markup)
    if name == "for":
        return for_error(markup)
    return None


def warning_text(source: str, index: int) -> str | None:
    """Liquid 4's warn-mode message for the output or tag at ``index`` of ``source``."""
    for match in _SPAN.finditer(source):
        if match.start() > index:
            return None
        if index >= match.end():
            continue
        return _span_error(match)
    return None


STRICT_TAGS = ("assign", "if", "elsif", "unless", "for")


def strict_error_at(source: str, start: int) -> str | None:
    """Liquid 4's strict-parser message for the ``{{ }}`` starting at ``start`` or the
    ``{% tag %}`` whose name starts there (None when it parses, or when Liquid 4 reads the tag
    with a regexp)."""
    if not source.startswith("{{", start):
        start = source.rfind("{%", 0, start + 1)
    match = _SPAN.match(source, start) if start >= 0 else None
    return _span_error(match) if match else None
