"""A second ``else`` inside ``for`` ends the loop, as in Liquid 4.0.4.

For#unknown_tag (lib/liquid/tags/for.rb) answers ``else`` by starting a new, empty else body;
For#parse has already used its one ``parse_body`` call for the else part, so the tag ends
there and the rest (up to and including the ``endfor``) is parsed by the enclosing block:
``{% for %}{% else %}E{% else %}F{% endfor %}`` is ``Unknown tag 'endfor'`` at the top level,
and without a stray ``endfor`` the loop renders with an empty else body followed by ``F``.
python-liquid rejects the second ``else``; the token stream is rewritten instead: the first else
body is dropped and an ``endfor`` takes the second ``else``'s place.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from liquid.token import TOKEN_EXPRESSION, TOKEN_TAG, Token

# Liquid 4.0.4 and Jekyll 3.10 block tags (their end tag is ``end`` + name).
_BLOCKS = frozenset(("if", "unless", "for", "case", "capture", "tablerow", "ifchanged",
                     "comment", "raw", "highlight"))


@dataclass
class _Frame:
    name: str
    buffer: list[Token] | None = None  # the first else body of a ``for``, held back


@dataclass
class _State:
    frames: list[_Frame] = field(default_factory=list)

    def target(self) -> list[Token] | None:
        """The innermost held-back else body, or None (tokens go straight out)."""
        for frame in reversed(self.frames):
            if frame.buffer is not None:
                return frame.buffer
        return None


def split_double_else(tokens: Iterable[Token]) -> Iterator[Token]:
    """``tokens`` with each ``for`` ended at its second ``else`` (see the module docstring)."""
    state = _State()
    skip_markup = False
    for token in tokens:
        if token.kind == TOKEN_EXPRESSION and skip_markup:
            skip_markup = False
            continue
        skip_markup = False
        frames = state.frames
        hold_after = None
        if token.kind == TOKEN_TAG:
            name = token.value
            if name in _BLOCKS:
                frames.append(_Frame(name))
            elif frames and name == "end" + frames[-1].name:
                held = frames.pop().buffer or []
                yield from _route(state, [*held, token])
                continue
            elif name == "else" and frames and frames[-1].name == "for":
                if frames[-1].buffer is None:
                    hold_after = frames[-1]
                else:
                    frames.pop()  # the first else body is lost, the loop ends here
                    skip_markup = True
                    token = token._replace(value="endfor")
        yield from _route(state, [token])
        if hold_after is not None:
            hold_after.buffer = []
    for frame in state.frames:  # unclosed blocks: the parser reports them
        yield from frame.buffer or []


def _route(state: _State, tokens: list[Token]) -> Iterator[Token]:
    """Emit ``tokens``, or hold them back in the innermost else body being held."""
    target = state.target()
    if target is None:
        yield from tokens
    else:
        target.extend(tokens)
