"""PostScript as Rouge 3.30.0 splits it (rouge lib/rouge/lexers/postscript.rb).

Names must end at a delimiter (``()<>[]{}/%`` or a blank): operators from Rouge's list are
``Name.Builtin``, comparison and control words ``Keyword.Reserved``, ``/name`` a
``Name.Variable``, any other name ``Name.Function``.  Strings nest parentheses.
Rouge's ``(^%.*?$){2,}`` rule for comment blocks can never match and is left out.
"""

from __future__ import annotations

import re

from pygments.token import Comment, Keyword, Name, Number, Punctuation, String, Text

from .base import RougeRegexLexer

DELIMITER = r"()<>\[\]{}/%\s"
END = rf"(?=[{DELIMITER}])"
NAME = rf"[^{DELIMITER}]+{END}"
OPERATORS = """
abs add aload arc arcn array atan begin bind ceiling charpath clip closepath concat concatmatrix
copy cos currentlinewidth currentmatrix currentpoint curveto cvi cvs def defaultmatrix dict
dictstackoverflow div dtransform dup end exch exec exit exp fill findfont floor get getinterval
grestore gsave identmatrix idiv idtransform index invertmatrix itransform length lineto ln load
log loop matrix mod moveto mul neg newpath pathforall pathbbox pop print pstack put quit rand
rangecheck rcurveto repeat restore rlineto rmoveto roll rotate round run save scale scalefont
setdash setfont setgray setlinecap setlinejoin setlinewidth setmatrix setrgbcolor shfill show
showpage sin sqrt stack stringwidth stroke strokepath sub syntaxerror transform translate truncate
typecheck undefined undefinedfilename undefinedresult
""".split()
REAL = r"(\-|\+)?([0-9]+\.?|[0-9]*\.[0-9]+|[0-9]+\.[0-9]*)((e|E)[0-9]+)?"


class RougePostScriptLexer(RougeRegexLexer):
    """PostScript tokenised like Rouge 3.30.0."""

    name = "PostScript (Rouge)"
    aliases = []
    flags = re.MULTILINE

    tokens = {
        "root": [
            (r"^%!.+?$", Comment.Preproc),
            (r"%%.*?$", Comment.Special),
            (r"%.*?$", Comment.Single),
            (r"\(", String, "stringliteral"),
            (rf"/{NAME}", Name.Variable),
            (r"[{}<>\[\]]", Punctuation),
            (rf"(?:{'|'.join(OPERATORS)}){END}", Name.Builtin),
            (rf"(eq|ne|g[et]|l[et]|and|or|not|if(?:else)?|for(?:all)?){END}", Keyword.Reserved),
            (rf"(false|true){END}", Keyword.Constant),
            (rf"<[0-9A-Fa-f]+>{END}", Number.Hex),
            (rf"[0-9]+\#{REAL}{END}", Number.Oct),
            (rf"{REAL}{END}", Number.Float),
            (rf"(\-|\+)?[0-9]+{END}", Number.Integer),
            (NAME, Name.Function),
            (r"\s+", Text),
        ],
        "stringliteral": [
            (r"[^()\\]+", String),
            (r"\\", String.Escape, "escape"),
            (r"\(", String, "stringliteral"),
            (r"\)", String, "#pop"),
        ],
        "escape": [(r"[0-8]{3}|n|r|t|b|f|\\|\(|\)", String.Escape, "#pop")],
    }
