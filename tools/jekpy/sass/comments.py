"""Multi-line comment indentation as Ruby Sass stores it.

Ruby's SCSS parser prefixes a comment with the text before it on its line turned into
spaces, then removes the indentation common to all its lines (``process_comment`` in
``lib/sass/scss/parser.rb``, ``CommentNode#normalize_indentation``); the writer re-indents
the lines to the output depth.  libsass copies the continuation lines as written.  So each
multi-line comment that starts a statement is rewritten here into Ruby's normalized lines,
each continuation line flagged with VERBATIM so that :mod:`.css_tree` keeps it as is.
"""
from __future__ import annotations

import re

VERBATIM = "\x02"
_COMMENT_OR_STRING = re.compile(r"(\"(?:[^\"\\]|\\.)*\"|'(?:[^'\\]|\\.)*')|/\*.*?\*/|//[^\n]*", re.S)


def _common_indent(lines: list[str]) -> str:
    """Ruby's ``normalize_indentation`` prefix: the ``[ \\t]*`` start shared by all lines."""
    common = re.match(r"[ \t]*", lines[0]).group(0)
    for line in lines[1:]:
        lead = re.match(r"[ \t]*", line).group(0)
        size = 0
        while size < min(len(common), len(lead)) and common[size] == lead[size]:
            size += 1
        common = common[:size]
    return common


def _normalized(text: str, comment: str, start: int) -> str | None:
    line_start = text.rfind("\n", 0, start) + 1
    before = text[line_start:start]
    if before.strip() and not before.rstrip().endswith(("{", ";", "}")):
        return None
    prefix = re.sub(r"\S", " ", before)
    lines = (prefix + comment).split("\n")
    while len(lines) > 1 and lines[-1] == "":
        lines.pop()
    common = _common_indent(lines)
    if len(common) < len(prefix):
        return None
    rest = [line[len(common):] if line.startswith(common) else line for line in lines[1:]]
    return "\n".join([comment.split("\n")[0]] + [VERBATIM + line for line in rest])


def normalize_comments(text: str) -> str:
    """Rewrite multi-line ``/* */`` comments that start a statement (see module doc)."""
    if "/*" not in text:
        return text
    out, last = [], 0
    for m in _COMMENT_OR_STRING.finditer(text):
        comment = m.group(0)
        if m.group(1) or not comment.startswith("/*") or "\n" not in comment:
            continue
        new = _normalized(text, comment, m.start())
        if new is not None and new.count("\n") == comment.count("\n"):
            out.append(text[last:m.start()] + new)
            last = m.end()
    out.append(text[last:])
    return "".join(out)
