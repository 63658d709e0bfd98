"""Configuration formats as Rouge 3.30.0 splits them: ``conf``, ``ini``, ``properties``, ``toml``
and ``docker`` (rouge lib/rouge/lexers/conf.rb, ini.rb, properties.rb, toml.rb, docker.rb).

Small line-oriented lexers: keys are ``Name.Property`` (TOML tables and INI sections
``Name.Namespace``), values ``String``, comments plain ``Comment`` (with their newline in conf,
ini and properties).  Dockerfile ``RUN`` lines are handed to the shell lexer, its state carried
from one piece to the next.
"""

from __future__ import annotations

import re

from pygments.lexer import LexerContext, bygroups, include
from pygments.token import (
    Comment,
    Error,
    Keyword,
    Literal,
    Name,
    Number,
    Operator,
    Punctuation,
    String,
    Text,
)

from .base import RougeRegexLexer
from .shell import continue_shell


class RougeConfLexer(RougeRegexLexer):
    """Generic ``key value`` configuration files."""

    name = "Conf (Rouge)"
    aliases = []
    flags = re.MULTILINE | re.ASCII

    tokens = {
        "root": [
            (r"#.*?\n", Comment),
            (r'".*?"', String.Double),
            (r"'.*?'", String.Single),
            (r"(?i)[a-z]\w*", Name),
            (r"\d+", Number),
            (r"[^\w#\"']+", Text),
        ],
    }


def _key_value_tokens(identifier: str, separator: str, comment: str, escapes: list) -> dict:
    """The shared shape of Rouge's INI and properties lexers."""
    return {
        "basic": [(comment, Comment), (r"\s+", Text), (r"\\\n", String.Escape)],
        "root": [
            include("basic"),
            (rf"({identifier})(\s*)({separator})", bygroups(Name.Property, Text, Punctuation),
             "value"),
        ],
        "value": [
            (r"\n", Text, "#pop"),
            include("basic"),
            (r'"', String, "dq"),
            (r"'.*?'", String),
            include("esc_str"),
            (r"[^\\\n]+", String),
        ],
        "dq": [(r'"', String, "#pop"), include("esc_str"), (r'(?s)[^\\"]+', String)],
        "esc_str": escapes,
    }


class RougeIniLexer(RougeRegexLexer):
    """INI files."""

    name = "INI (Rouge)"
    aliases = []
    flags = re.MULTILINE | re.ASCII
    tokens = _key_value_tokens(r"[\w\-.]+", "=", r"[;#].*?\n", [(r"(?s)\\.", String.Escape)])
    tokens["root"].append((r"\[.*?\]", Name.Namespace))


class RougePropertiesLexer(RougeRegexLexer):
    """Java properties files."""

    name = "Properties (Rouge)"
    aliases = []
    flags = re.MULTILINE | re.ASCII
    tokens = _key_value_tokens(
        r"[\w.-]+", "[=:]", r"[!#].*?\n",
        [(r"\\u[0-9]{4}", String.Escape), (r"(?s)\\.", String.Escape)],
    )


TOML_ID = r"(?:\S+|\"[^\"]+\"|'[^']+')"


class RougeTOMLLexer(RougeRegexLexer):
    """TOML."""

    name = "TOML (Rouge)"
    aliases = []
    flags = re.MULTILINE

    tokens = {
        "basic": [
            (r"\s+", Text),
            (r"#.*?$", Comment),
            (r"(true|false)", Keyword.Constant),
            (rf"({TOML_ID})(\s*)(=)(\s*)(\{{)",
             bygroups(Name.Namespace, Text, Operator, Text, Punctuation), "inline"),
            (r"\s*\[\S+\]", Name.Namespace),
            (r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z", Literal.Date),
            (r"[+-]?\d+(?:_\d+)*\.\d+(?:_\d+)*(?:[eE][+-]?\d+(?:_\d+)*)?", Number.Float),
            (r"[+-]?\d+(?:_\d+)*[eE][+-]?\d+(?:_\d+)*", Number.Float),
            (r"[+-]?(?:nan|inf)", Number.Float),
            (r"0x[0-9a-fA-F]+(?:_[0-9a-fA-F]+)*", Number.Hex),
            (r"0o[0-7]+(?:_[0-7]+)*", Number.Oct),
            (r"0b[01]+(?:_[01]+)*", Number.Bin),
            (r"[+-]?\d+(?:_\d+)*", Number.Integer),
        ],
        "root": [
            include("basic"),
            (rf"({TOML_ID})(\s*)(=)", bygroups(Name.Property, Text, Punctuation), "value"),
        ],
        "value": [(r"\n", Text, "#pop"), include("content")],
        "content": [
            include("basic"),
            (rf"({TOML_ID})(\s*)(=)", bygroups(Name.Property, Text, Punctuation)),
            (r'"""', String, "mdq"),
            (r'"', String, "dq"),
            (r"'''", String, "msq"),
            (r"'", String, "sq"),
            include("esc_str"),
            (r",", Punctuation),
            (r"\[", Punctuation, "array"),
        ],
        "dq": [
            (r'"', String, "#pop"),
            (r"\n", Error, "#pop"),
            include("esc_str"),
            (r'[^\\"\n]+', String),
        ],
        "mdq": [(r'"""', String, "#pop"), include("esc_str"), (r'[^\\"]+', String),
                (r'"+', String)],
        "sq": [(r"'", String, "#pop"), (r"\n", Error, "#pop"), (r"[^'\n]+", String)],
        "msq": [(r"'''", String, "#pop"), (r"[^']+", String), (r"'+", String)],
        "esc_str": [(r"\\[0t\tn\n \"\\r]", String.Escape)],
        "array": [include("content"), (r"\]", Punctuation, "#pop")],
        "inline": [include("content"), (r"\}", Punctuation, "#pop")],
    }


DOCKER_KEYWORDS = (
    "FROM|MAINTAINER|CMD|LABEL|EXPOSE|ENV|ADD|COPY|ENTRYPOINT|VOLUME|USER|WORKDIR|ARG|STOPSIGNAL"
    "|HEALTHCHECK|SHELL"
)


def _run_line(lexer, match, ctx):
    """``RUN``: the keyword, then a fresh shell lexer for the command."""
    yield match.start(), Keyword, match.group(0)
    ctx.shell_stack = ["root"]
    ctx.stack.append("run")
    ctx.pos = match.end()


class RougeDockerLexer(RougeRegexLexer):
    """Dockerfiles."""

    name = "Docker (Rouge)"
    aliases = []
    flags = re.MULTILINE

    def new_context(self, text: str) -> LexerContext:
        """A fresh context; the shell lexer starts at its root."""
        ctx = super().new_context(text)
        ctx.shell_stack = ["root"]
        return ctx

    tokens = {
        "root": [
            (r"\s+", Text),
            (r"(?i)^(FROM)(\s+)(.*)(\s+)(AS)(\s+)(.*)",
             bygroups(Keyword, Text.Whitespace, String, Text.Whitespace, Keyword, Text.Whitespace,
                      String)),
            (rf"(?i)^(ONBUILD)(\s+)({DOCKER_KEYWORDS})(.*)",
             bygroups(Keyword, Text.Whitespace, Keyword, String)),
            (rf"(?i)^({DOCKER_KEYWORDS})\b(.*)", bygroups(Keyword, String)),
            (r"#.*?$", Comment),
            (r"(?i)^(ONBUILD\s+)?RUN(\s+)", _run_line),
            (r"\w+", Text),
            (r"[^\w]+", Text),
            (r".", Text),
        ],
        "run": [
            (r"\n", Text, "#pop"),
            (r"(?s)\\.", String.Escape),
            (r"(\\.|[^\n\\])+", continue_shell),
        ],
    }


class RougeSSHLexer(RougeRegexLexer):
    """ssh_config files tokenised like Rouge 3.30.0 (rouge lib/rouge/lexers/ssh.rb)."""

    name = "SSH config (Rouge)"
    aliases = []
    flags = re.MULTILINE

    tokens = {
        "root": [(r"(?i)[a-z0-9]+", Keyword, "statement"), include("base")],
        "statement": [
            (r"\n", Text, "#pop"),
            (r"(?:yes|no|confirm|ask|always|auto|none|force)\b", Name.Constant),
            (r"\d+", Number),
            (r"[^#\s;{}$\\]+", Text),
            include("base"),
        ],
        "base": [(r"\s+", Text), (r"#.*", Comment.Single)],
    }


class RougeSystemDLexer(RougeRegexLexer):
    """systemd unit files tokenised like Rouge 3.30.0 (rouge lib/rouge/lexers/systemd.rb)."""

    name = "systemd (Rouge)"
    aliases = []
    flags = re.MULTILINE

    tokens = {
        "root": [
            (r"\s+", Text),
            (r"[;#].*", Comment),
            (r"\[.*?\]$", Keyword),
            (r"(.*?)(=)(.*)(\\\n)", bygroups(Name.Tag, Punctuation, Text, String.Escape),
             "continuation"),
            (r"(.*?)(=)(.*)", bygroups(Name.Tag, Punctuation, Text)),
        ],
        "continuation": [
            (r"(.*?)(\\\n)", bygroups(Text, String.Escape)),
            (r"(.*)'", Text, "#pop"),
        ],
    }
