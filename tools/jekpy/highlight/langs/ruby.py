"""Ruby as Rouge 3.30.0's ``Rouge::Lexers::Ruby`` (rouge lib/rouge/lexers/ruby.rb) splits it.

Rouge decides what a ``/`` or ``%`` means from where it stands: after an operator or keyword it
is in ``expr_start`` (a regex or ``%w[...]`` literal may start), after a name in
``method_call``.  Method names after ``.`` are ``Name.Function``, ``key:`` is one
``String.Symbol`` with its blanks, brackets are ``Punctuation``, heredoc bodies are read after
the line that opens them.  Percent literals get one state per delimiter, built here for every
ASCII punctuation character (Rouge builds them on the fly).  Rouge's ``(?<!...)`` look-behinds
cannot see past Ruby's StringScanner position, so they are left out.
"""

from __future__ import annotations

import re
import string
from dataclasses import dataclass

from pygments.lexer import LexerContext, bygroups, default, include
from pygments.token import Comment, Keyword, Name, Number, Operator, Punctuation, String, Text

from .base import RougeRegexLexer

KEYWORDS = (
    r"BEGIN END alias begin break case defined\? do else elsif end ensure for if in next redo "
    r"rescue raise retry return super then undef unless until when while yield"
).split()
PSEUDO = (
    "loop include extend raise alias_method attr catch throw private module_function public "
    "protected true false nil __FILE__ __LINE__"
).split()
BUILTINS_G = (
    r"attr_reader attr_writer attr_accessor __id__ __send__ abort ancestors at_exit autoload "
    r"binding callcc caller catch chomp chop class_eval class_variables clone const_defined\? "
    r"const_get const_missing const_set constants display dup eval exec exit extend fail fork "
    r"format freeze getc gets global_variables gsub hash id included_modules inspect "
    r"instance_eval instance_method instance_methods instance_variable_get "
    r"instance_variable_set instance_variables lambda load local_variables loop method "
    r"method_missing methods module_eval name object_id open p print printf "
    r"private_class_method private_instance_methods private_methods proc "
    r"protected_instance_methods protected_methods public_class_method "
    r"public_instance_methods public_methods putc puts raise rand readline readlines require "
    r"require_relative scan select self send set_trace_func singleton_methods sleep split "
    r"sprintf srand sub syscall system taint test throw to_a to_s trace_var trap untaint "
    r"untrace_var warn"
).split()
BUILTINS_Q = (
    "autoload block_given const_defined eql equal frozen include instance_of is_a iterator "
    "kind_of method_defined nil private_method_defined protected_method_defined "
    "public_method_defined respond_to tainted"
).split()
BUILTINS_B = "chomp chop exit gsub sub".split()
DECIMAL = r"[\d]+(?:_\d+)*"
EXP = r"[eE][+-]?\d+"
PAIRS = {"{": "}", "[": "]", "(": ")", "<": ">"}
DELIMITERS = [c for c in string.punctuation if c != "_"]
SIGIL_KINDS = {"plain": String.Other, "interp": String.Other, "regex": String.Regex}


def _alt(words: list[str]) -> str:
    return "|".join(words)


@dataclass(frozen=True)
class Dialect:
    """The parts in which Rouge's Crystal lexer differs from its Ruby lexer (rouge
    lib/rouge/lexers/crystal.rb is a copy of ruby.rb with these changes)."""

    keywords: str = rf"(?:{_alt(KEYWORDS)})(?=\W|$)"
    pseudo: tuple[str, ...] = tuple(PSEUDO)
    builtins_g: tuple[str, ...] = tuple(BUILTINS_G)
    builtins_q: tuple[str, ...] = tuple(BUILTINS_Q)
    builtins_b: tuple[str, ...] = tuple(BUILTINS_B)
    symbol_ops: str = r":(?:\*\*|[-+]@|[/%&|^`~]|\[\]=?|<<|>>|<=?>|<=?|===?)"
    delimiters: str = "".join(DELIMITERS)
    numbers: tuple = (
        (r"0_?[0-7]+(?:_[0-7]+)*", Number.Oct),
        (r"0x[0-9A-Fa-f]+(?:_[0-9A-Fa-f]+)*", Number.Hex),
        (r"0b[01]+(?:_[01]+)*", Number.Bin),
        (rf"{DECIMAL}(?:\.{DECIMAL}(?:{EXP})?|{EXP})", Number.Float),
        (DECIMAL, Number.Integer),
    )
    single_quoted: tuple = ((r"'(\\\\|\\'|[^'])*'", String.Single),)
    char_literal: tuple = ()
    def_rule: str = r"(def\b)(\s*)"
    operators: tuple = (
        (r"\*\*|<<?|>>?|>=|<=|<=>|=~|={3}|!~|&&?|\|\||\.", Operator, "expr_start"),
    )
    classname_paths: tuple = ((r"\w+(::\w+)+", Name.Class),)
    ternary: tuple = (
        (r"(:)(\s+)", bygroups(Punctuation, Text), ("#pop", "expr_start")),
        (r":(?![^#\n]*?[:\\])", Punctuation, ("#pop", "expr_start")),
    )
    extra_escapes: tuple = ()
    method_call_ops: str = r"/|%"


def _sigil_state_name(delim: str, kind: str) -> str:
    return f"sigil-{ord(delim)}-{kind}"


def _sigil_open(lexer, match, ctx):
    """``%w[`` and friends: the opener, then the literal's own state."""
    letter, delim = match.group(1) or "", match.group(2)
    kind = "regex" if letter == "r" else "interp" if letter and letter in "QWxI" else "plain"
    yield match.start(), SIGIL_KINDS[kind], match.group(0)
    if kind == "regex":
        ctx.stack.append("regex_flags")
    ctx.stack.append(_sigil_state_name(delim, kind))
    ctx.pos = match.end()


def _sigil_rules(delim: str, kind: str) -> list:
    """The rules of one percent literal (Rouge's anonymous ``push do ... end`` state)."""
    token = SIGIL_KINDS[kind]
    open_, close = delim, PAIRS.get(delim, delim)
    chars = "" if open_ == close == "#" else "".join(dict.fromkeys(open_ + close))
    cls = "".join(re.escape(c) for c in chars)
    rules: list = [(rf"\\[#{cls}\\]", String.Escape)]
    if open_ != close:
        rules.append((re.escape(open_), token, "#push"))
    rules.append((re.escape(close), token, "#pop"))
    if kind == "plain":
        rules.append((r"[\\#]", token))
    else:
        rules.extend([include("string_intp_escaped"), (r"#", token)])
    rules.append((rf"[^#{cls}\\]+", token))
    return rules


def _sigil_states() -> dict[str, list]:
    return {
        _sigil_state_name(d, kind): _sigil_rules(d, kind)
        for d in DELIMITERS
        for kind in SIGIL_KINDS
    }


def _heredoc(lexer, match, ctx):
    """``<<~EOS``: queue the terminator; the body is read from the next line on."""
    op, quote, name = match.group(1), match.group(2) or "", match.group(3) or ""
    close = match.group(4) or ""
    yield match.start(), Operator, op
    yield match.start() + len(op), Name.Constant, quote + name + close
    ctx.heredoc_queue.append((op in ("<<-", "<<~"), name))
    if ctx.stack[-1] != "heredoc_queue":
        ctx.stack.append("heredoc_queue")
    ctx.pos = match.end()


def _heredoc_end(lexer, match, ctx):
    """A body line: the terminator ends the first queued heredoc."""
    tolerant, name = ctx.heredoc_queue[0]
    text = match.group(0)
    check = text.strip() if tolerant else text.rstrip()
    if check == name:
        ctx.heredoc_queue.pop(0)
        if not ctx.heredoc_queue:
            ctx.stack.pop()
        token = Name.Constant
    else:
        token = String.Heredoc
    if text:
        yield match.start(), token, text
    ctx.stack.pop()
    ctx.pos = match.end()


def _simple_states() -> dict[str, list]:
    states = {}
    for name, token, fin in (("string", String.Double, '"'), ("sym", String.Symbol, '"'),
                             ("backtick", String.Backtick, "`")):
        states[f"simple_{name}"] = [
            include("string_intp_escaped"),
            (rf"[^\\{fin}#]+", token),
            (r"[\\#]", token),
            (fin, token, "#pop"),
        ]
    return states


def ruby_tokens(d: Dialect) -> dict[str, list]:
    """Rouge's Ruby state table in dialect ``d`` (Ruby itself or Crystal)."""
    return {
        "symbols": [
            (r"(?i):@{0,2}[a-z_]\w*[!?]?", String.Symbol),
            (d.symbol_ops, String.Symbol),
            (r":'(\\\\|\\'|[^'])*'", String.Symbol),
            (r':"', String.Symbol, "simple_sym"),
        ],
        "sigil_strings": [
            (rf"%([rqswQWxiI])?([{re.escape(d.delimiters)}])", _sigil_open),
        ],
        "strings": [
            include("symbols"),
            (r"(?=\w)[a-z_]\w*?[?!]?:\s+", String.Symbol, "expr_start"),
            *d.single_quoted,
            (r'"', String.Double, "simple_string"),
            (r"`", String.Backtick, "simple_backtick"),
            *d.char_literal,
        ],
        "regex_flags": [(r"[mixounse]*", String.Regex, "#pop")],
        **_simple_states(),
        "whitespace": [
            include("inline_whitespace"),
            (r"\n\s*", Text, "expr_start"),
            (r"#.*$", Comment.Single),
            (r"(?s)=begin\b.*?\n=end\b", Comment.Multiline),
        ],
        "inline_whitespace": [(r"[ \t\r]+", Text)],
        "root": [
            include("whitespace"),
            (r"__END__", Comment.Preproc, "end_part"),
            *d.numbers,
            (r"(?i)@@[a-z_]\w*", Name.Variable.Class),
            (r"(?i)@[a-z_]\w*", Name.Variable.Instance),
            (r"\$\w+", Name.Variable.Global),
            (r"\$[!@&`'+~=/\\,;.<>_*$?:\"]", Name.Variable.Global),
            (r"\$-[0adFiIlpvw]", Name.Variable.Global),
            (r"::", Operator),
            include("strings"),
            (d.keywords, Keyword, "expr_start"),
            (rf"(?:{_alt(d.pseudo)})\b", Keyword.Pseudo, "expr_start"),
            (r"(module)(\s+)([a-zA-Z_][a-zA-Z0-9_]*(::[a-zA-Z_][a-zA-Z0-9_]*)*)",
             bygroups(Keyword, Text, Name.Namespace)),
            (d.def_rule, bygroups(Keyword, Text), "funcname"),
            (r"(class\b)(\s*)", bygroups(Keyword, Text), "classname"),
            (rf"(?:{_alt(d.builtins_q)})[?]", Name.Builtin, "expr_start"),
            (rf"(?:{_alt(d.builtins_b)})!", Name.Builtin, "expr_start"),
            (rf"(?:{_alt(d.builtins_g)})\b", Name.Builtin, "method_call"),
            include("has_heredocs"),
            (r"\.{2,3}", Operator, "expr_start"),
            (r"[A-Z][a-zA-Z0-9_]*", Name.Constant, "method_call"),
            (r"(\.|::)(\s*)([a-z_]\w*[!?]?|[*%&^`~+-/\[<>=])",
             bygroups(Punctuation, Text, Name.Function), "method_call"),
            (r"[a-zA-Z_]\w*[?!]", Name, "expr_start"),
            (r"[a-zA-Z_]\w*", Name, "method_call"),
            *d.operators,
            (r"[-+/*%=<>&!^|~]=?", Operator, "expr_start"),
            (r"[?]", Punctuation, ("ternary", "expr_start")),
            (r"[\[({,:\\;/]", Punctuation, "expr_start"),
            (r"[\])}]", Punctuation),
        ],
        "has_heredocs": [
            (r"(<<[-~]?)([\"`']?)([a-zA-Z_]\w*)(\2)", _heredoc),
            (r"(<<[-~]?)([\"'])()(\2)", _heredoc),
        ],
        "heredoc_queue": [
            (r"(?=\n)", Text, ("#pop", "resolve_heredocs")),
            include("root"),
        ],
        "resolve_heredocs": [
            include("string_intp_escaped"),
            (r"\n", String.Heredoc, "test_heredoc"),
            (r"[#\\\n]", String.Heredoc),
            (r"[^#\\\n]+", String.Heredoc),
        ],
        "test_heredoc": [(r"[^#\\\n]*$", _heredoc_end), default("#pop")],
        "funcname": [
            (r"\s+", Text),
            (r"\(", Punctuation, "defexpr"),
            (r"(?:([a-zA-Z_]\w*)(\.))?([a-zA-Z_]\w*[!?]?|\*\*?|[-+]@?|[/%&|^`~]|\[\]=?|<<?|>>?"
             r"|<=>?|>=|===?)", bygroups(Name.Class, Operator, Name.Function), "#pop"),
            default("#pop"),
        ],
        "classname": [
            (r"\s+", Text),
            *d.classname_paths,
            (r"\(", Punctuation, ("defexpr", "expr_start")),
            (r"<<", Operator, ("#pop", "expr_start")),
            (r"[A-Z_]\w*", Name.Class, "#pop"),
            default("#pop"),
        ],
        "ternary": [
            *d.ternary,
            include("root"),
        ],
        "defexpr": [
            (r"(\))(\.|::)?", bygroups(Punctuation, Operator), "#pop"),
            (r"\(", Punctuation, ("defexpr", "expr_start")),
            include("root"),
        ],
        "in_interp": [(r"\}", String.Interpol, "#pop"), include("root")],
        "string_intp": [
            (r"[#][{]", String.Interpol, "in_interp"),
            (r"(?i)#(@@?|\$)[a-z_]\w*", String.Interpol),
        ],
        "string_intp_escaped": [
            include("string_intp"),
            (r"\\([\\abefnrstv#\"']|x[a-fA-F0-9]{1,2}|[0-7]{1,3})", String.Escape),
            *d.extra_escapes,
            (r"\\.", String.Escape),
        ],
        "method_call": [
            (d.method_call_ops, Operator, ("#pop", "expr_start")),
            (r"(?=\n)", Text, "#pop"),
            default(("#pop", "method_call_spaced")),
        ],
        "method_call_spaced": [
            include("whitespace"),
            (r"[%/]=", Operator, ("#pop", "expr_start")),
            (r"(/)(?=\S|\s*/)", String.Regex, ("#pop", "slash_regex")),
            include("sigil_strings"),
            (r"(?=\s*/)", Text, "#pop"),
            (r"\s+", Text, ("#pop", "expr_start")),
            default("#pop"),
        ],
        "expr_start": [
            include("inline_whitespace"),
            (r"/", String.Regex, ("#pop", "slash_regex")),
            (r"[?](\\[MC]-)*(\\([\\abefnrstv#\"']|x[a-fA-F0-9]{1,2}|[0-7]{1,3})|\S)(?!\w)",
             String.Char, "#pop"),
            (r"(\s*)(%[rqswQWxiI]? \S* )", bygroups(Text, String.Other), "#pop"),
            include("sigil_strings"),
            default("#pop"),
        ],
        "slash_regex": [
            include("string_intp"),
            (r"\\\\", String.Regex),
            (r"\\/", String.Regex),
            (r"[\\#]", String.Regex),
            (r"[^\\/#]+", String.Regex),
            (r"/", String.Regex, ("#pop", "regex_flags")),
        ],
        "end_part": [(r"(?s).+", Comment.Preproc, "#pop")],
        **_sigil_states(),
    }


class RougeRubyLexer(RougeRegexLexer):
    """Ruby tokenised like Rouge 3.30.0."""

    name = "Ruby (Rouge)"
    aliases = []
    flags = re.MULTILINE | re.ASCII  # Ruby: \w, \d and \s are ASCII
    start_stack = ("root", "expr_start")

    def new_context(self, text: str) -> LexerContext:
        """A fresh context with an empty heredoc queue."""
        ctx = super().new_context(text)
        ctx.heredoc_queue = []
        return ctx

    tokens = ruby_tokens(Dialect())
