"""OpenType feature files (AFDKO ``.fea``) as Rouge 3.30.0 splits them (rouge
lib/rouge/lexers/opentype_feature_file.rb): statement keywords ``Keyword``, ``@classes``
``Name.Class``, the tag after ``feature``/``lookup``/``table`` or a closing ``}``
``Name.Function`` (Rouge requires it: anything else there is an ``Error``), ``include(...)``
paths strings.  The look-behind in front of the keyword rule always passes in Rouge.
"""

from __future__ import annotations

import re

from pygments.lexer import bygroups
from pygments.token import Comment, Keyword, Name, Number, Punctuation, String, Text

from .base import RougeRegexLexer

KEYWORDS = frozenset("""
Ascender Attach AxisValue CapHeight CaretOffset CodePageRange DesignAxis Descender
ElidedFallbackName ElidedFallbackNameID ElidableAxisValueName FeatUILabelNameID
FeatUITooltipTextNameID FontRevision FSType GlyphClassDef HorizAxis.BaseScriptList
HorizAxis.BaseTagList HorizAxis.MinMax IgnoreBaseGlyphs IgnoreLigatures IgnoreMarks
LigatureCaretByDev LigatureCaretByIndex LigatureCaretByPos LineGap MarkAttachClass
MarkAttachmentType NULL OlderSiblingFontAttribute Panose ParamUILabelNameID RightToLeft
SampleTextNameID TypoAscender TypoDescender TypoLineGap UnicodeRange UseMarkFilteringSet Vendor
VertAdvanceY VertAxis.BaseScriptList VertAxis.BaseTagList VertAxis.MinMax VertOriginY
VertTypoAscender VertTypoDescender VertTypoLineGap WeightClass WidthClass XHeight anchorDef anchor
anonymous anon by contour cursive device enumerate enum exclude_dflt featureNames feature flag from
ignore include_dflt include languagesystem language location lookupflag lookup markClass mark
nameid name parameters position pos required reversesub rsub script sizemenuname substitute
subtable sub table useExtension valueRecordDef winAscent winDescent
""".split())
IDENT = r"(?i:[a-z_][a-z0-9/_.-]*)"


def _word(lexer, match, ctx):
    word = match.group(0)
    yield match.start(), Keyword if word in KEYWORDS else Name, word
    ctx.pos = match.end()


class RougeOpenTypeFeatureFileLexer(RougeRegexLexer):
    """OpenType feature files tokenised like Rouge 3.30.0."""

    name = "OpenType Feature File (Rouge)"
    aliases = []
    flags = re.MULTILINE | re.ASCII

    tokens = {
        "root": [
            (r"\s+", Text.Whitespace),
            (r"#.*$", Comment),
            (r"(anonymous|anon|feature|lookup|table)((?:\s)+)", bygroups(Keyword, Text),
             "featurename"),
            (r"(\})((?:\s))", bygroups(Punctuation, Text), "featurename"),
            (r"(?i)include\b", Keyword, "includepath"),
            (r"[\-\[\]/(){},.:;=%*<>']", Punctuation),
            (r"`.*?", String.Backtick),
            (r'"', String, "strings"),
            (r"\\[^.*\s]+", String.Escape),
            (rf"@{IDENT}", Name.Class),
            (IDENT, _word),
            (r"(?:0x|\\)[0-9A-Fa-f]+", Number.Hex),
            (r"-?\d+", Number.Integer),
        ],
        "featurename": [(IDENT, Name.Function, "#pop")],
        "includepath": [
            (r"\s+", Text.Whitespace),
            (r"\)", Punctuation, "#pop"),
            (r"\(", Punctuation),
            (r"[^\s()]+", String),
        ],
        "strings": [(r'"', String, "#pop"), (r'[^"%\n]+', String)],
    }
