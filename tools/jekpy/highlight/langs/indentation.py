"""Rouge's ``Indentation`` mixin (rouge lib/rouge/util.rb), shared by the Sass, Haml and Slim
ports: each line's indentation decides whether it continues the block an earlier line
started (a comment, a filter) or is a new content line.

The mixin's instance variables live on the lexer context: ``block_state``,
``block_indentation`` and ``last_indentation`` (all None at the start).
"""

from __future__ import annotations

from pygments.token import Text


def reset_blocks(ctx) -> None:
    """No block open (Rouge's ``reset!`` of the mixin)."""
    ctx.block_state = ctx.block_indentation = ctx.last_indentation = None


def indentation(ctx, indent: str, content: str = "content") -> None:
    """Rouge's ``indentation``: push the open block's state for a deeper line, else ``content``
    (and forget the block)."""
    ctx.last_indentation = indent
    block_state, block_indent = ctx.block_state, ctx.block_indentation
    if block_state and indent.startswith(block_indent) and indent != block_indent:
        ctx.stack.append(block_state)
    else:
        ctx.block_state = ctx.block_indentation = None
        ctx.stack.append(content)


def starts_block(ctx, state: str) -> None:
    """Rouge's ``starts_block``: lines indented deeper than this one continue in ``state``."""
    ctx.block_state = state
    ctx.block_indentation = ctx.last_indentation or ""


def indentation_rule(lexer, match, ctx):
    """A rule callback: the matched indentation as text, then ``indentation``."""
    if match.group(0):
        yield match.start(), Text, match.group(0)
    ctx.pos = match.end()
    indentation(ctx, match.group(0))
