"""Groovy, Clojure and Scheme as Rouge 3.30.0 splits them (rouge lib/rouge/lexers/groovy.rb,
clojure.rb, scheme.rb).

Groovy: like Rouge's Java lexer - punctuation is ``Operator``, a line-initial ``type name(``
marks ``Name.Function``, ``/.../`` is a ``String``.  Clojure: the first symbol of a list is
``Name.Function`` unless it is a special form (``Keyword``) or a core function
(``Name.Builtin``, Rouge's list); ``:kw`` ``Name.Constant``; blanks ``Text.Whitespace``.
"""

from __future__ import annotations

import re

from pygments.lexer import bygroups, this, using
from pygments.token import Comment, Keyword, Name, Number, Operator, Punctuation, String, Text

from . import words
from .base import RougeRegexLexer

GROOVY = {
    "keywords": frozenset(
        "assert break case catch continue default do else finally for if goto instanceof new "
        "return switch this throw try while in as".split()
    ),
    "declarations": frozenset(
        "abstract const enum extends final implements native private protected public static "
        "strictfp super synchronized throws transient volatile".split()
    ),
    "types": frozenset("def boolean byte char double float int long short void".split()),
    "constants": frozenset("true false null".split()),
}


GRADLE = {
    **GROOVY,
    "keywords": GROOVY["keywords"] | frozenset(
        "allprojects artifacts buildscript configuration dependencies repositories sourceSets "
        "subprojects publishing".split()
    ),
    "types": GROOVY["types"] | frozenset(
        """
        Project Task Gradle Settings Script JavaToolChain SourceSet SourceSetOutput
        IncrementalTaskInputs Configuration ResolutionStrategy ArtifactResolutionQuery
        ComponentSelection ComponentSelectionRules ConventionProperty ExtensionAware
        ExtraPropertiesExtension PublishingExtension IvyPublication IvyArtifact IvyArtifactSet
        IvyModuleDescriptorSpec MavenPublication MavenArtifact MavenArtifactSet MavenPom
        PluginDependenciesSpec PluginDependencySpec ResourceHandler TextResourceFactory
        """.split()
    ),
}


def _groovy_word_callback(lists):
    def callback(lexer, match, ctx):
        word = match.group(0)
        if word in lists["keywords"]:
            token = Keyword
        elif word in lists["declarations"]:
            token = Keyword.Declaration
        elif word in lists["types"]:
            token = Keyword.Type
        elif word in lists["constants"]:
            token = Keyword.Constant
        else:
            token = Name
        yield match.start(), token, word
        ctx.pos = match.end()

    return callback


def groovy_tokens(lists) -> dict[str, list]:
    """Rouge's Groovy table with these word lists (Groovy's or Gradle's)."""
    return {
        "root": [
            (r"^(\s*(?:\w[\w.\[\]]*\s+)+?)(\w\w*)(\s*)(\()",
             bygroups(using(this), Name.Function, Text, Operator)),
            (r"[^\S\n]+", Text),
            (r"//.*?$", Comment.Single),
            (r"(?s)/[*].*?[*]/", Comment.Multiline),
            (r"@\w[\w.]*", Name.Decorator),
            (r"(class|interface|trait)\b", Keyword.Declaration, "class"),
            (r"package\b", Keyword.Namespace, "import"),
            (r"import\b", Keyword.Namespace, "import"),
            (r'(?s)""".*?"""', String.Double),
            (r"(?s)'''.*?'''", String.Single),
            (r'"(\\.|\\\n|.)*?"', String.Double),
            (r"'(\\.|\\\n|.)*?'", String.Single),
            (r"(?s)\$/(\$.|.)*?/\$", String),
            (r"/(\\.|\\\n|.)*?/", String),
            (r"'\\.'|'[^\\]'|'\\u[0-9a-f]{4}'", String.Char),
            (r"(\.)([a-zA-Z_][a-zA-Z0-9_]*)", bygroups(Operator, Name.Attribute)),
            (r"[a-zA-Z_][a-zA-Z0-9_]*:", Name.Label),
            (r"[a-zA-Z_$][a-zA-Z0-9_]*", _groovy_word_callback(lists)),
            (r"[~^*!%&\[\](){}<>|+=:;,./?-]", Operator),
            (r"\d+\.\d+([eE]\d+)?[fd]?", Number.Float),
            (r"0x[0-9a-f]+", Number.Hex),
            (r"[0-9]+L?", Number.Integer),
            (r"\n", Text),
        ],
        "class": [(r"\s+", Text), (r"\w\w*", Name.Class, "#pop")],
        "import": [(r"\s+", Text), (r"[\w.]+[*]?", Name.Namespace, "#pop")],
    }


class RougeGroovyLexer(RougeRegexLexer):
    """Groovy tokenised like Rouge 3.30.0."""

    name = "Groovy (Rouge)"
    aliases = []
    flags = re.MULTILINE | re.ASCII
    tokens = groovy_tokens(GROOVY)


class RougeGradleLexer(RougeGroovyLexer):
    """Gradle build scripts (Groovy with Gradle's words) tokenised like Rouge 3.30.0."""

    name = "Gradle (Rouge)"
    tokens = groovy_tokens(GRADLE)


CLOJURE_KEYWORDS = frozenset(
    "fn def defn defmacro defmethod defmulti defn- defstruct if cond let for".split()
)
IDENTIFIER = r"[\w!$%*+,<=>?/.-]+"
KEYWORD = r"[\w!#$%*+,<=>?/.-]+"


def _clojure_type(name: str, default):
    if name in CLOJURE_KEYWORDS:
        return Keyword
    if name in words("clojure.builtins"):
        return Name.Builtin
    return default


def _list_head(lexer, match, ctx):
    yield match.start(1), Punctuation, match.group(1)
    if match.group(2):
        yield match.start(2), Text.Whitespace, match.group(2)
    yield match.start(3), _clojure_type(match.group(3), Name.Function), match.group(3)
    ctx.pos = match.end()


def _symbol(lexer, match, ctx):
    yield match.start(), _clojure_type(match.group(0), Name), match.group(0)
    ctx.pos = match.end()


class RougeClojureLexer(RougeRegexLexer):
    """Clojure tokenised like Rouge 3.30.0."""

    name = "Clojure (Rouge)"
    aliases = []
    flags = re.MULTILINE | re.ASCII

    tokens = {
        "root": [
            (r";.*?$", Comment.Single),
            (r"\s+", Text.Whitespace),
            (r"-?\d+\.\d+", Number.Float),
            (r"-?\d+", Number.Integer),
            (r"0x-?[0-9a-fA-F]+", Number.Hex),
            (r'"(\\.|[^"])*"', String),
            (rf"'{KEYWORD}", String.Symbol),
            (rf"::?{KEYWORD}", Name.Constant),
            (r"(?i)\\(.|[a-z]+)", String.Char),
            (r"~@|[`'#^~&@]", Operator),
            (rf"(\()(\s*)({IDENTIFIER})", _list_head),
            (IDENTIFIER, _symbol),
            (r"[\[\]]", Punctuation),
            (r"[{}]", Punctuation),
            (r"[()]", Punctuation),
        ],
    }


SCHEME_ID = r"(?i:[a-z0-9!$%&*+,/:<=>?@^_~|-]+)"


def _scheme_command(lexer, match, ctx):
    word = match.group(0)
    if word in words("scheme.keywords"):
        token = Keyword
    elif word in words("scheme.builtins"):
        token = Name.Builtin
    else:
        token = Name.Function
    yield match.start(), token, word
    ctx.stack.pop()
    ctx.pos = match.end()


class RougeSchemeLexer(RougeRegexLexer):
    """Scheme tokenised like Rouge 3.30.0 (rouge lib/rouge/lexers/scheme.rb): the head of a
    list is a keyword, a builtin or ``Name.Function``; other symbols ``Name.Variable``."""

    name = "Scheme (Rouge)"
    aliases = []
    flags = re.MULTILINE

    tokens = {
        "root": [
            (r";.*$", Comment.Single),
            (r"\s+", Text),
            (r"-?\d+\.\d+", Number.Float),
            (r"-?\d+", Number.Integer),
            (r"[+-]inf[.][f0]", Number),
            (r"#b[01]+", Number.Bin),
            (r"#o[0-7]+", Number.Oct),
            (r"#d[0-9]+", Number.Integer),
            (r"(?i)#x[0-9a-f]+", Number.Hex),
            (r"#[ei][\d.]+", Number.Other),
            (r'"(\\\\|\\"|[^"])*"', String),
            (rf"'{SCHEME_ID}", String.Symbol),
            (r"(?i)#\\([()/'\"._!$%& ?=+-]{1}|[a-z0-9]+)", String.Char),
            (r"#t|#f", Name.Constant),
            (r"(?:'|#|`|,@|,|\.)", Operator),
            (r"(['#])(\s*)(\()", bygroups(String.Symbol, Text, Punctuation)),
            (r"\(|\[", Punctuation, "command"),
            (r"\)|\]", Punctuation),
            (SCHEME_ID, Name.Variable),
        ],
        "command": [(SCHEME_ID, _scheme_command), (r"", Text, "#pop")],
    }
