"""Robot Framework test data as Rouge 3.30.0 splits it (rouge lib/rouge/lexers/robot_framework.rb).

``*** Section ***`` headings pick the section state; cells are separated by two blanks, a
tab or `` | ``.  Rouge counts the cells of a row (``@col``) and remembers what the next cell
holds (``@next``: a keyword or arguments, set by settings like ``[Setup]``; ``@is_template``
after ``[Template]``) - kept on the lexer context here.  Keywords are ``Name.Function``,
arguments ``String``, ``${vars}`` ``Name.Variable``, test and keyword names ``Name.Label``.
Rouge's section-end rule ``(?=^(?:\\| )?\\*)`` has a non-leading ``^``, which holds at any
StringScanner position, so it ends a section at any ``*``.
"""

from __future__ import annotations

import re

from pygments.lexer import LexerContext, bygroups, default, include
from pygments.token import Comment, Generic, Name, Punctuation, String, Text

from .base import RougeRegexLexer

ID = r"(?:\\|[^|$@&% \t\n])+(?: (?:\\.|[^|$@&% \t\n])+)*"
SETTINGS_WITH_KEYWORDS = frozenset((
    "library", "resource", "setup", "teardown", "template", "suite setup", "suite teardown",
    "task setup", "task teardown", "task template", "test setup", "test teardown",
    "test template", "variables",
))
SETTINGS_WITH_ARGS = frozenset((
    "arguments", "default tags", "documentation", "force tags", "metadata", "return", "tags",
    "timeout", "task timeout", "test timeout",
))
SECTIONS = {"setting": "section_settings", "test case": "section_tests", "task": "section_tasks",
            "keyword": "section_keywords", "variable": "section_variables"}


def _next_for(setting: str, default_next=None):
    if setting in SETTINGS_WITH_KEYWORDS:
        return "keyword"
    if setting in SETTINGS_WITH_ARGS:
        return "args"
    return default_next


def _heading(lexer, match, ctx):
    yield match.start(), Generic.Heading, match.group(0)
    ctx.pos = match.end()
    name = match.group(1)
    name = name[:-1] if name.endswith("s") else name
    state = SECTIONS.get(name.lower())
    if state:
        ctx.stack.append(state)


def _separator(lexer, match, ctx):
    yield match.start(), Text.Whitespace, match.group(0)
    ctx.pos = match.end()
    ctx.robot_col += 1
    if ctx.robot_next:
        ctx.stack.append(ctx.robot_next)
    elif ctx.robot_template:
        ctx.stack.append("args")
    elif ctx.robot_col == 1:
        ctx.robot_next = "keyword"
        ctx.stack.append("keyword")
    else:
        ctx.stack.append("args")
    ctx.stack.append("cell_start")


def _continuation(lexer, match, ctx):
    yield match.start(), Text.Whitespace, match.group(0)
    ctx.pos = match.end()
    ctx.robot_col += 1
    ctx.stack.append("args")


def _newline(lexer, match, ctx):
    yield match.start(), Text.Whitespace, match.group(0)
    ctx.pos = match.end()
    ctx.robot_col, ctx.robot_next = 0, None
    ctx.stack.append("cell_start")


def _setting(lexer, match, ctx):
    ctx.robot_next = _next_for(match.group(1).lower())
    yield match.start(1), Name.Builtin.Pseudo, match.group(1)
    if match.group(2):
        yield match.start(2), Punctuation, match.group(2)
    ctx.pos = match.end()


def _test_name(lexer, match, ctx):
    ctx.robot_template = False
    yield match.start(), Name.Label, match.group(0)
    ctx.pos = match.end()


def _variable_open(next_state=None, keep_keyword=False):
    """``${``: a variable; Rouge also resets ``@next`` (to args, or to keyword if set)."""

    def callback(lexer, match, ctx):
        yield match.start(), Name.Variable, match.group(0)
        ctx.pos = match.end()
        if next_state:
            ctx.robot_next = next_state
        elif keep_keyword and ctx.robot_next is not None:
            ctx.robot_next = "keyword"
        ctx.stack.append("var")

    return callback


def _bracket_setting(lexer, match, ctx):
    yield match.start(1), Punctuation, match.group(1)
    yield match.start(2), Name.Builtin.Pseudo, match.group(2)
    yield match.start(3), Punctuation, match.group(3)
    ctx.pos = match.end()
    name = match.group(2).lower()
    if name == "template":
        ctx.robot_template = True
    ctx.robot_next = _next_for(name, ctx.robot_next)
    ctx.stack.pop()


def _for(lexer, match, ctx):
    yield match.start(), Name.Function, match.group(0)
    ctx.pos = match.end()
    if ctx.robot_next is not None:
        ctx.robot_next = "keyword"


def _keyword_name(lexer, match, ctx):
    yield match.start(), Name.Function, match.group(0)
    ctx.pos = match.end()
    ctx.robot_next = None


class RougeRobotFrameworkLexer(RougeRegexLexer):
    """Robot Framework tokenised like Rouge 3.30.0."""

    name = "Robot Framework (Rouge)"
    aliases = []
    flags = re.MULTILINE
    start_stack = ("root", "prior_text")

    def new_context(self, text: str) -> LexerContext:
        """A fresh context with Rouge's ``@col``, ``@next`` and ``@is_template``."""
        ctx = super().new_context(text)
        ctx.robot_col, ctx.robot_next, ctx.robot_template = 0, None, False
        return ctx

    tokens = {
        "prior_text": [(r"^[^*].*", Text), default("#pop")],
        "whitespace": [(r"\s+", Text.Whitespace)],
        "section_include": [include("end_section"), include("sep"), include("newline")],
        "end_section": [(r"(?=(?:\| )?\*)", Text, "#pop")],
        "return": [default("#pop")],
        "sep": [
            (r"\| ", Text.Whitespace),
            (r" +\| +|[ ]{2,}|\t+", _separator),
            (r"\.\.\. *", _continuation),
            (r" ?\|", Text.Whitespace),
        ],
        "newline": [(r"\n", _newline)],
        "root": [
            include("whitespace"),
            (r"(?i)^(?:\| )?\*[* ]*([A-Z]+(?: [A-Z]+)?).*", _heading),
        ],
        "section_settings": [
            include("section_include"),
            (r"(?i)([A-Z]+(?: [A-Z]+)?)(:?)", _setting),
        ],
        "section_tests": [
            include("section_include"),
            (r"[$@&%{}]+", Name.Label),
            (r"( )(?![ |])", Name.Label),
            (ID, _test_name),
        ],
        "section_tasks": [include("section_tests")],
        "section_keywords": [
            include("section_include"),
            (r"[$@&%]\{", Name.Variable, "var"),
            (r"[$@&%{}]+", Name.Label),
            (r"( )(?![ |])", Name.Label),
            (ID, Name.Label),
        ],
        "section_variables": [
            include("section_include"),
            (r"[$@&%]\{", _variable_open(next_state="args")),
        ],
        "cell_start": [(r"#.*", Comment), include("return")],
        "keyword": [
            (r"(?i)(\[)([A-Z]+(?: [A-Z]+)?)(\])", _bracket_setting),
            (r"[$@&%]\{", _variable_open(keep_keyword=True)),
            (r"(?i)FOR", _for),
            (r"( )(?![ |])", Name.Function),
            (r"(?i)(?:Given|When|Then|And|But) ", Name.Builtin),
            (ID, _keyword_name),
            include("return"),
        ],
        "args": [
            (r"[$@&%]\{", _variable_open(keep_keyword=True)),
            (r"[$@&%]+", String),
            (r"( )(?![ |])", String),
            (ID, String),
            include("return"),
        ],
        "var": [
            (r"(\})( )(=)", bygroups(Name.Variable, Text.Whitespace, Punctuation), "#pop"),
            (r"[$@&%]\{", Name.Variable, "var"),
            (r"[{\[]", Name.Variable, "var"),
            (r"[}\]]", Name.Variable, "#pop"),
            (r"[^$@&%{}\[\]]+", Name.Variable),
            (r"\}\[", Name.Variable),
        ],
    }
