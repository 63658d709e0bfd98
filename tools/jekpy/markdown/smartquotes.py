"""kramdown's smart-quote rules (gettalong/kramdown lib/kramdown/parser/kramdown/smart_quotes.rb)
as one alternation, shared by the smart-quote span rule and the top-level span loop."""

from __future__ import annotations

import re

from .patterns import RUBY_NOT_BOUNDARY, RUBY_WORD
from .scanner import Rx, rx

_SQ_PUNCT = r"[!\"#$%'()*+,\-./:;<=>?@\[\\\]^_`{|}~]"
_SQ_CLOSE = r"[^ \\\t\r\n\[{(-]"
#: (pattern, substitutions): an int copies that group, a name makes a smart quote.
_SQ_RULES = [
    (rx(r"(\"|')(?=[_*]{1,2}\S)"), ("lquote1",)),
    (rx(r"(\"|')(?=" + _SQ_PUNCT + r"(?!\.\.)" + RUBY_NOT_BOUNDARY + ")"), ("rquote1",)),
    (rx(r"(\s?)\"'(?=\w)"), (1, "ldquo", "lsquo")),
    (rx(r"(\s?)'\"(?=\w)"), (1, "lsquo", "ldquo")),
    (rx(r"(\s?)'(?=\d\ds)"), (1, "rsquo")),
    (rx(r"(\s)('|\")(?=\w)"), (1, "lquote2")),
    (rx("(" + _SQ_CLOSE + r")('|\")"), (1, "rquote2")),
    (rx(r"(\"|')(?=\s|s(?!" + RUBY_WORD + ")|$)"), ("rquote1",)),
    (rx(r"(.?)'", dotall=True), (1, "lsquo")),
    (rx(r"(.?)\"", dotall=True), (1, "ldquo")),
]


def _combined_sq_rules() -> tuple[Rx, dict[int, tuple[int, tuple]]]:
    """All smart-quote rules as one alternation (Python tries alternatives in order, so the
    first alternative that matches is the first rule that matches) and, per alternative's
    outer group number, its group offset and substitutions."""
    parts, by_group, group = [], {}, 0
    for pattern, subst in _SQ_RULES:
        group += 1
        by_group[group] = (group, subst)
        body = f"(?s:{pattern.pattern})" if pattern.full.flags & re.DOTALL else pattern.pattern
        parts.append(f"({body})")
        group += pattern.full.groups
    return rx("|".join(parts)), by_group


QUOTE_NAMES = {
    ("rquote", '"'): "rdquo", ("rquote", "'"): "rsquo",
    ("lquote", '"'): "ldquo", ("lquote", "'"): "lsquo",
}
SQ_COMBINED, SQ_GROUPS = _combined_sq_rules()
