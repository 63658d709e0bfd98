"""JSP as Rouge 3.30.0 splits it (rouge lib/rouge/lexers/jsp.rb).

Directives, actions and tag-library tags are ``Name.Tag``, their attributes
``Name.Attribute`` with ``String`` values (``${...}`` inside them goes to Java); scriptlets
and expressions go to one Java lexer, everything else to one HTML lexer - each keeps its
state from piece to piece, as Rouge's kept ``@java`` and ``parent`` lexers do.
"""

from __future__ import annotations

import re

from pygments.lexer import include
from pygments.token import Comment, Literal, Name, String

from .base import RougeRegexLexer, kept_delegate
from .html import RougeHTMLLexer
from .java import RougeJavaLexer

DIRECTIVES = "page|include|taglib"
ACTIONS = "scriptlet|declaration|expression"
HTML = kept_delegate(RougeHTMLLexer, "html_state")
JAVA = kept_delegate(RougeJavaLexer, "java_state")


class RougeJSPLexer(RougeRegexLexer):
    """JSP tokenised like Rouge 3.30.0."""

    name = "JSP (Rouge)"
    aliases = []
    flags = re.MULTILINE

    tokens = {
        "root": [
            (r"<%--", Comment, "jsp_comment"),
            (rf"<%@\s*({DIRECTIVES})\s*", Name.Tag, "jsp_directive"),
            (rf"<jsp:directive\.({DIRECTIVES})", Name.Tag, "jsp_directive2"),
            (rf"<jsp:({ACTIONS})>", Name.Tag, "jsp_expression"),
            (r"<[a-zA-Z]*:[a-zA-Z]*\s*", Name.Tag, "jsp_tag"),
            (r"</[a-zA-Z]*:[a-zA-Z]*>", Name.Tag),
            (r"<%[!=]?", Name.Tag, "jsp_expression2"),
            (r"(?s)(.+?)(?=(<%|</?[a-zA-Z]*:))", HTML),
            (r"(?s).+", HTML),
        ],
        "jsp_comment": [(r"(--%>)", Comment, "#pop"), (r"(?s).", Comment)],
        "jsp_directive": [
            (r"(%>)", Name.Tag, "#pop"),
            include("attributes"),
            (r"(?s)(.+?)(?=%>)", HTML),
        ],
        "jsp_directive2": [
            (r"(/>)", Name.Tag, "#pop"),
            include("attributes"),
            (r"(?s)(.+?)(?=/>)", HTML),
        ],
        "jsp_expression": [
            (rf"</jsp:({ACTIONS})>", Name.Tag, "#pop"),
            include("attributes"),
            (r"[^</]+", JAVA),
        ],
        "jsp_expression2": [(r"%>", Name.Tag, "#pop"), (r"[^%>]+", JAVA)],
        "jsp_tag": [
            (r"/?>", Name.Tag, "#pop"),
            include("attributes"),
            (r"(?s)(.+?)(?=/?>)", HTML),
        ],
        "attributes": [(r"\s*[a-zA-Z0-9_:-]+\s*=\s*", Name.Attribute, "attr")],
        "attr": [
            (r'"', String, ("#pop", "double_quotes")),
            (r"'", String, ("#pop", "single_quotes")),
            (r"[^\s>]+", String, "#pop"),
        ],
        "double_quotes": [
            (r'"', String, "#pop"),
            (r"\$\{", String.Interpol, "jsp_interp"),
            (r'[^"]+', String),
        ],
        "single_quotes": [
            (r"'", String, "#pop"),
            (r"\$\{", String.Interpol, "jsp_interp"),
            (r"[^']+", String),
        ],
        "jsp_interp": [
            (r"\}", String.Interpol, "#pop"),
            (r"'", Literal, "jsp_interp_literal_start"),
            (r"[^'}]+", JAVA),
        ],
        "jsp_interp_literal_start": [(r"'", Literal, "#pop"), (r"[^']+", Literal)],
    }
