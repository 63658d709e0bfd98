"""Pygments lexers that split text the way Rouge 3.30.0's lexer for the same language does.

Every Rouge lexer has one (``registry.LEXERS``: tag -> module and class).  Each module's
docstring names the Rouge lexer (rouge lib/rouge/lexers/*.rb) whose behaviour it reproduces;
the word lists are the facts that lexer relies on (``rouge_words.json``, dumped from Rouge).
"""

from __future__ import annotations

import importlib
import json
from functools import cache
from pathlib import Path

from pygments.lexer import Lexer

from .registry import LEXERS

_WORDS = Path(__file__).resolve().parents[1] / "rouge_words.json"


@cache
def custom_lexer(tag: str) -> type[Lexer] | None:
    """The Rouge-shaped lexer class for a Rouge tag, if jekpy has one (its module is imported
    on first use)."""
    target = LEXERS.get(tag)
    if target is None:
        return None
    module, _, name = target.rpartition(".")
    return getattr(importlib.import_module(f".{module}", __name__), name)


def ported_tags() -> list[str]:
    """The Rouge tags jekpy has a Rouge-shaped lexer for."""
    return sorted(LEXERS)


@cache
def _word_table() -> dict[str, list[str]]:
    return json.loads(_WORDS.read_text(encoding="utf-8"))


@cache
def word_list(key: str) -> tuple[str, ...]:
    """A word list of a Rouge lexer in Rouge's order (for regex alternations)."""
    return tuple(_word_table()[key])


@cache
def words(key: str) -> frozenset[str]:
    """A word list of a Rouge lexer (``rouge_words.json``, e.g. ``"css.attributes"``)."""
    return frozenset(_word_table()[key])
