"""Crystal as Rouge 3.30.0 splits it (rouge lib/rouge/lexers/crystal.rb).

Rouge's Crystal lexer is a copy of its Ruby lexer with other word lists, Crystal's number
suffixes (``_f32``, ``_i64``), ``@[Annotations]``, ``{% %}`` macro brackets, ``macro``
definitions and character literals; ``ruby.Dialect`` holds the differences.  Rouge's
character-literal rule writes only the last repetition of a repeated group, so ``'abc'``
comes out as ``'c'`` - jekpy writes the same.
"""

from __future__ import annotations

from pygments.lexer import bygroups
from pygments.token import Name, Number, Operator, Punctuation, String

from .ruby import DELIMITERS, Dialect, RougeRubyLexer, ruby_tokens

KEYWORDS = r"""
BEGIN END alias begin break case defined\? do else elsif end ensure for if ifdef in next redo
rescue raise retry return super then undef unless until when while yield lib fun type of as
""".split()
PSEUDO = """
initialize new loop include extend raise attr_reader attr_writer attr_accessor alias_method attr
catch throw private module_function public protected true false nil __FILE__ __LINE__ getter
getter? getter! property property? property! struct record
""".split()
BUILTINS_G = """
abort ancestors at_exit caller catch chomp chop clone constants display dup eval exec exit extend
fail fork format freeze getc gets global_variables gsub hash id included_modules inspect
instance_eval instance_method instance_methods lambda loop method method_missing methods
module_eval name object_id open p print printf proc putc puts raise rand readline readlines
require scan select self send sleep split sprintf srand sub syscall system test throw to_a to_s
trap warn
""".split()

CRYSTAL = Dialect(
    keywords=rf"(?:{'|'.join(KEYWORDS)})\b",
    pseudo=tuple(PSEUDO),
    builtins_g=tuple(BUILTINS_G),
    builtins_q=tuple("eql equal include is_a iterator kind_of nil".split()),
    symbol_ops=(r":(?:===|=?~|\[\][=?]?|\*\*=?|//=?|[=^*/+-]=?|&[&*+-]?=?|\|\|?=?|![=~]?|%=?"
                r"|<=>|<<?=?|>>?=?|\.\.\.?)"),
    delimiters="".join(c for c in DELIMITERS if c != "}"),
    numbers=(
        (r"0o[0-7]+(?:_[0-7]+)*", Number.Oct),
        (r"0x[0-9A-Fa-f]+(?:_[0-9A-Fa-f]+)*", Number.Hex),
        (r"0b[01]+(?:_[01]+)*", Number.Bin),
        (r"(?i)\d+\.\d+(e[\+\-]?\d+)?(_f32)?", Number.Float),
        (r"(?i)\d+(e[\+\-]?\d+)", Number.Float),
        (r"(?i)\d+_f32", Number.Float),
        (r"[\d]+(?:_\d+)*(_[iu]\d+)?", Number.Integer),
        (r"@\[([^\]]+)\]", Name.Decorator),
    ),
    single_quoted=(),
    char_literal=(
        (r"(')(\\u[a-fA-F0-9]{4}|\\u\{[a-fA-F0-9]{1,6}\}|\\[abefnrtv])?(\\\\|\\'|[^'])*(')",
         bygroups(String.Single, String.Escape, String.Single, String.Single)),
    ),
    def_rule=r"(def|macro\b)(\s*)",
    operators=(
        (r"\*\*|//|>=|<=|<=>|<<?|>>?|=~|={3}|!~|&&?|\|\||\.", Operator, "expr_start"),
        (r"\{%|%\}", Punctuation),
    ),
    classname_paths=(),
    ternary=((r":(?!:)", Punctuation, ("#pop", "expr_start")),),
    extra_escapes=((r"\\u([a-fA-F0-9]{4}|\{[^}]+\})", String.Escape),),
    method_call_ops=r"/",
)


class RougeCrystalLexer(RougeRubyLexer):
    """Crystal tokenised like Rouge 3.30.0 (every state replaced, the start kept)."""

    name = "Crystal (Rouge)"
    tokens = ruby_tokens(CRYSTAL)
