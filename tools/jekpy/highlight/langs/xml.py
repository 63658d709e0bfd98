"""XML as Rouge 3.30.0's ``Rouge::Lexers::XML`` (rouge lib/rouge/lexers/xml.rb) splits it.

``<name`` and ``>`` are ``Name.Tag`` (the ``<`` goes with the name), ``attr=`` one
``Name.Attribute``, attribute values ``String``, comments plain ``Comment``, declarations and
processing instructions ``Comment.Preproc``.
"""

from __future__ import annotations

import re

from pygments.token import Comment, Name, String, Text

from .base import RougeRegexLexer

NAME = r"(?:[^\W\d]|[:_])[\w:.\u00b7-]*"


class RougeXMLLexer(RougeRegexLexer):
    """XML tokenised like Rouge 3.30.0."""

    name = "XML (Rouge)"
    aliases = []
    flags = re.MULTILINE

    tokens = {
        "root": [
            (r"[^<&]+", Text),
            (r"&\S*?;", Name.Entity),
            (r"<!\[CDATA\[.*?\]\]>", Comment.Preproc),
            (r"<!--", Comment, "comment"),
            (r"<\?.*?\?>", Comment.Preproc),
            (r"<![^>]*>", Comment.Preproc),
            (rf"<\s*{NAME}", Name.Tag, "tag"),
            (rf"<\s*/\s*{NAME}\s*>", Name.Tag),
        ],
        "comment": [(r"[^-]+", Comment), (r"-->", Comment, "#pop"), (r"-", Comment)],
        "tag": [
            (r"\s+", Text),
            (rf"{NAME}\s*=", Name.Attribute, "attr"),
            (r"/?\s*>", Name.Tag, "#pop"),
        ],
        "attr": [(r"\s+", Text), (r"(?s)\".*?\"|'.*?'|[^\s>]+", String, "#pop")],
    }
