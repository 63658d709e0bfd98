r"""The lexing loop of Rouge 3.30.0's ``RegexLexer`` on top of Pygments' state tables.

Pygments' ``ExtendedRegexLexer`` loop differs from Rouge's (rouge lib/rouge/regex_lexer.rb
``stream_tokens``/``step``) in two ways that show in the output, so the ported lexers use this
loop instead:

* when no rule matches a newline, Pygments emits it as Text and resets the state stack; Rouge
  emits an Error token and keeps its state;
* Rouge allows at most 5 successive zero-length matches, then treats the position as matching
  nothing (one character becomes an Error token); Pygments would loop for ever.

Lexers start with the stack in ``start_stack`` (Rouge's ``start { push ... }`` blocks).

Ruby's StringScanner matches as if the text began at the current position: ``\A`` and a
leading ``\b`` or look-behind cannot see the character before it.  The state tables encode
that where it matters: a rule's leading ``\b`` is written ``(?=\w)``, a leading ``\A`` and
leading look-behinds are dropped.  (A leading ``^`` agrees already: Rouge checks it against
the real line start, as Python's ``re.M`` does.)
"""

from __future__ import annotations

import re
from functools import cache

from pygments.lexer import ExtendedRegexLexer, LexerContext, RegexLexerMeta, include, inherit
from pygments.token import Error, _TokenType

from .combined import dispatched_table

MAX_NULL_STEPS = 5


def unicode_boundaries(regex: str) -> str:
    r"""``\b``/``\B`` outside character classes made Unicode-aware (``(?u:\b)``): Ruby's word
    boundary is Unicode-aware even where its ``\w`` is ASCII, so the lexers compiled with
    ``re.ASCII`` (for Ruby's ``\w``/``\d``/``\s``) keep Ruby's ``\b``."""
    out, i, in_class = [], 0, False
    while i < len(regex):
        ch = regex[i]
        if ch == "\\" and i + 1 < len(regex):
            pair = regex[i : i + 2]
            out.append(f"(?u:{pair})" if pair in ("\\b", "\\B") and not in_class else pair)
            i += 2
            continue
        if ch == "[" and not in_class:
            in_class = True
            out.append(ch)
            if regex[i + 1 : i + 2] == "^":
                out.append("^")
                i += 1
            if regex[i + 1 : i + 2] == "]":  # a leading ] is a literal
                out.append("]")
                i += 1
        elif ch == "]" and in_class:
            in_class = False
            out.append(ch)
        else:
            out.append(ch)
        i += 1
    return "".join(out)


_CLASS_ESCAPES = re.compile(r"\\[wWdD]")


def ascii_spaces(regex: str) -> str:
    r"""``\s``/``\S`` made ASCII (``(?a:\s)``) in a Unicode pattern: Ruby's ``\s`` is
    ``[ \t\n\v\f\r]`` even in lexers whose other classes are Unicode, so an ideographic or
    no-break space is no blank to Rouge.  A character class holding ``\s``/``\S`` becomes
    ``(?a:[...])`` when it has no ``\w``/``\d`` (whose Unicode meaning must stay)."""
    out, i = [], 0
    while i < len(regex):
        ch = regex[i]
        if ch == "\\" and i + 1 < len(regex):
            pair = regex[i : i + 2]
            out.append(f"(?a:{pair})" if pair in ("\\s", "\\S") else pair)
            i += 2
            continue
        if ch == "[":
            end = _class_end(regex, i)
            body = regex[i:end]
            if ("\\s" in body or "\\S" in body) and not _CLASS_ESCAPES.search(body):
                body = f"(?a:{body})"
            out.append(body)
            i = end
            continue
        out.append(ch)
        i += 1
    return "".join(out)


def _class_end(regex: str, start: int) -> int:
    """The index just past the character class that opens at ``start``."""
    i = start + 1
    if regex[i : i + 1] == "^":
        i += 1
    if regex[i : i + 1] == "]":
        i += 1
    while i < len(regex) and regex[i] != "]":
        i += 2 if regex[i] == "\\" else 1
    return min(i + 1, len(regex))


class WordLookup:
    """A rule action giving the matched text its token from a table (``default`` for text
    not in it) - Rouge's keyword/builtin lookups.  The lexing loop applies it without a
    callback; called as a Pygments callback it does the same.

    Args:
        tokens: text -> token type.
        default: the token type of any other text.
    """

    __slots__ = ("tokens", "default")

    def __init__(self, tokens: dict[str, _TokenType], default: _TokenType) -> None:
        self.tokens = tokens
        self.default = default

    def __call__(self, lexer, match, ctx):
        word = match.group(0)
        yield match.start(), self.tokens.get(word, self.default), word
        ctx.pos = match.end()


class RougeLexerMeta(RegexLexerMeta):
    """Pygments' lexer metaclass, compiling the patterns with Ruby's character classes:
    ``re.ASCII`` lexers keep Ruby's Unicode ``\b``, the others get Ruby's ASCII ``\\s``."""

    def _process_regex(cls, regex, rflags, state):
        if isinstance(regex, str):
            regex = unicode_boundaries(regex) if rflags & re.ASCII else ascii_spaces(regex)
        return super()._process_regex(regex, rflags, state)


class RougeRegexLexer(ExtendedRegexLexer, metaclass=RougeLexerMeta):
    """An ExtendedRegexLexer that steps through the text as Rouge's RegexLexer does."""

    start_stack: tuple[str, ...] = ("root",)

    def new_context(self, text: str) -> LexerContext:
        """A context at the start of ``text`` with this lexer's start stack."""
        return LexerContext(text, 0, stack=list(self.start_stack))

    def get_tokens_unprocessed(self, text=None, context=None):
        """Yield ``(offset, token type, text)``, continuing ``context`` if one is given."""
        ctx = context or self.new_context(text)
        table = rule_table(type(self))
        dispatch = dispatched_table(type(self))
        text, end, stack = ctx.text, ctx.end, ctx.stack
        change_state = self._change_state
        null_steps = 0
        while ctx.pos < end:
            start = ctx.pos
            state = stack[-1]
            rules = table[state]
            combo = dispatch[state]
            first = None
            if combo is not None:  # one call finds the first matching rule
                ch = text[start]
                combo = combo[0].get(ch) or combo[1](ch)
                first = combo[0](text, start, end)
                if first is None:
                    yield start, Error, text[start]
                    ctx.pos = start + 1
                    continue
                rule = rules[combo[1][first.lastindex]]
                stop = first.end()
                action = rule[1]
                if stop > start and (rule[2] or type(action) is WordLookup):
                    # the common cases: a token, or a word's token, for a non-empty match
                    # (the combined match's text is the rule's own)
                    value = first.group()
                    if rule[2]:
                        yield start, action, value
                    else:
                        yield start, action.tokens.get(value, action.default), value
                    ctx.pos = stop
                    if rule[3] is not None:
                        change_state(rule[3], ctx)
                    null_steps = 0
                    continue
            matched, i, count = False, 0, len(rules)
            while i < count:
                if first is not None:
                    i = combo[1][first.lastindex]
                    rexmatch, action, is_token, new_state, exit_to = rules[i]
                    m = first if is_token or combo[2][i] else rexmatch(text, start, end)
                    first = None
                else:
                    rexmatch, action, is_token, new_state, exit_to = rules[i]
                    m = rexmatch(text, ctx.pos, end)
                    if m is None:
                        i += 1
                        continue
                if is_token:
                    if m.end() > m.start():
                        yield ctx.pos, action, m.group()
                    ctx.pos = m.end()
                else:
                    yield from self._run(action, m, ctx)
                if new_state is not None:
                    change_state(new_state, ctx)
                if m.end() > m.start():
                    null_steps = 0
                else:
                    null_steps += 1
                    if null_steps > MAX_NULL_STEPS:
                        if exit_to is None:
                            break
                        i = exit_to  # Rouge: the mixin fails, its includer goes on
                        continue
                matched = True
                break
            if not matched:
                yield start, Error, text[start]
                ctx.pos = start + 1

    def _run(self, action, m, ctx):
        """Emit the tokens of one rule's match and move past it."""
        if action is None:
            ctx.pos = m.end()
        elif type(action) is _TokenType:
            if m.group():
                yield ctx.pos, action, m.group()
            ctx.pos = m.end()
        else:
            yield from action(self, m, ctx)

    @staticmethod
    def _change_state(new_state, ctx) -> None:
        """Apply a rule's state change (names to push, ``#pop``, ``#push`` or a pop count)."""
        if new_state is None:
            return
        if isinstance(new_state, tuple):
            for state in new_state:
                if state == "#pop":
                    if len(ctx.stack) > 1:
                        ctx.stack.pop()
                elif state == "#push":
                    ctx.stack.append(ctx.stack[-1])
                else:
                    ctx.stack.append(state)
        elif isinstance(new_state, int):
            del ctx.stack[max(1, len(ctx.stack) + new_state) :]
        elif new_state == "#push":
            ctx.stack.append(ctx.stack[-1])


@cache
def rule_table(cls: type[RougeRegexLexer]) -> dict[str, tuple]:
    """Per state: ``(match, action, action is a token type, new state, mixin exit)`` for each of
    Pygments' flattened rules (the loop's working table)."""
    cls()  # make sure Pygments has processed the class's tokens
    exits = mixin_exits(cls)
    return {
        state: tuple((rexmatch, action, type(action) is _TokenType, new_state, exit_to)
                     for (rexmatch, action, new_state), exit_to in zip(rules, exits[state], strict=True))
        for state, rules in cls._tokens.items()
    }


@cache
def mixin_exits(cls: type[RougeRegexLexer]) -> dict[str, list[int | None]]:
    """For every rule of every state (in Pygments' flattened order): where its state goes on
    when the rule overflows the null-step limit inside an included state - the index just past
    the innermost ``include`` holding it - or None for a rule of the state itself.

    Rouge runs included states (``mixin``) as nested steps: an overflow fails only the mixin,
    and the including state tries its next rules (rouge lib/rouge/regex_lexer.rb ``step``).
    """
    defs = cls.get_tokendefs()

    def flatten(state: str) -> list[tuple[int, ...]]:
        # one entry per rule: the end positions (relative to the state's own list) of the
        # includes around it, innermost last
        out: list[tuple[int, ...]] = []
        for tdef in defs[state]:
            if isinstance(tdef, include):
                inner, base = flatten(str(tdef)), len(out)
                end = base + len(inner)
                out.extend([(end, *(e + base for e in ends)) for ends in inner])
            elif tdef is not inherit:
                out.append(())
        return out

    return {state: [ends[-1] if ends else None for ends in flatten(state)]
            for state in defs}


def lex_continuing(lexer: RougeRegexLexer, text: str, saved: dict | None):
    """Lex ``text`` with ``lexer``, resuming the state ``saved`` from its previous piece (None:
    a fresh start, Rouge's ``reset!``).  Returns the tokens and the state to resume next time
    (Rouge's ``continue_lex`` on a kept lexer instance)."""
    ctx = lexer.new_context(text)
    if saved:
        ctx.__dict__.update({k: v for k, v in saved.items() if k not in ("text", "pos", "end")})
    tokens = list(lexer.get_tokens_unprocessed(context=ctx))
    return tokens, dict(ctx.__dict__)


def delegate_kept(inner: RougeRegexLexer, key: str, text: str, start: int, ctx):
    """Tokens of ``text`` (found at ``start``) lexed by ``inner``, which continues the state it
    left in ``ctx.<key>`` at its previous piece - Rouge's ``delegate`` to a lexer instance the
    outer lexer keeps (reset when the outer lexer starts)."""
    tokens, state = lex_continuing(inner, text, getattr(ctx, key, None))
    setattr(ctx, key, state)
    for pos, ttype, value in tokens:
        yield start + pos, ttype, value


def kept_delegate(inner_class: type[RougeRegexLexer], key: str):
    """A rule callback delegating its whole match to a kept ``inner_class`` lexer."""
    inner = inner_class()

    def callback(lexer, match, ctx):
        yield from delegate_kept(inner, key, match.group(0), match.start(), ctx)
        ctx.pos = match.end()

    return callback


def fresh_delegate(inner_class: type[RougeRegexLexer], group: int = 0):
    """A rule callback lexing ``group`` of its match with a new ``inner_class`` lexer -
    Rouge's ``delegate SomeClass`` (a fresh instance for every piece)."""

    def callback(lexer, match, ctx):
        text = match.group(group)
        if text:
            inner = inner_class(stripnl=False, ensurenl=False)
            for pos, ttype, value in inner.get_tokens_unprocessed(text):
                yield match.start(group) + pos, ttype, value
        ctx.pos = match.end()

    return callback
