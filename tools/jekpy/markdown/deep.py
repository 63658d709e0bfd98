"""Deeply nested Markdown: a second attempt with room for kramdown's own nesting depths.

The converter is recursive like kramdown (one parse and one convert call chain per nesting
level: 3 Python frames per blockquote, `<div>` or `<span>` level, 4 per list level, 5 per
``markdown="1"`` HTML level; measured). Python's default limit of 1000 frames is reached at
200-330 levels, well before kramdown's own limit: Ruby kramdown 2.4.0 (Ruby 3.1, default VM
stack) renders up to ~1656 nested blockquotes, ~825 nested lists, ~1968 nested `<span>`/`<div>`,
~1781 nested images and ~1015 nested ``markdown="1"`` elements, and raises SystemStackError
beyond (a Pages build then fails).

:func:`run` is the second attempt, made only after a conversion raised RecursionError, so
documents that fit the ordinary limit pay nothing. It converts in a fresh worker thread with
its own large C stack while the process-wide recursion limit is raised to :data:`FRAMES`
(Python 3.11's limit is one number for all threads: :class:`LimitScope` raises it while any deep
conversion runs and restores it when the last one ends). Between parsing and HTML conversion
the second attempt checks the tree against :data:`ELEMENTS` (:func:`check_depth`). Nesting
beyond either cap raises RecursionError, and ``markdownify`` falls back to escaped text, where
kramdown's build fails. Between kramdown's limit and these caps the output is what kramdown
gives with a larger Ruby stack (``RUBY_THREAD_VM_STACK_SIZE``).
"""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from .element import Element

__all__ = ["ELEMENTS", "FRAMES", "STACK_BYTES", "LimitScope", "check_depth", "run"]

T = TypeVar("T")

#: Deepest element nesting rendered, counting an HTML element whose content is parsed as
#: blocks (``markdown="1"`` on a block tag) twice. kramdown's deepest successes measure 1 658
#: (blockquotes), 1 652 (lists: ``ul`` + ``li`` per level), 1 970 (`<span>`, `<div>`), 2 033
#: (``markdown="1"``: 1 015 levels x 2) and 2 314 to 2 297 (blockquotes or list items holding
#: `<span>`s: kramdown parses spans after the blocks, so the two kinds do not add up). Beyond
#: this count kramdown fails for every construct measured; the cap also bounds the time the
#: converter spends on indentation, which grows as depth x output (1 199 levels of lists, the
#: deepest allowed, 11.5 MB of HTML: 1.7 s; kramdown fails from 835 levels).
ELEMENTS = 2_400

#: Python frames a deep conversion may use (counted from the worker thread's start). kramdown's
#: deepest inputs need ~6 100 jekpy frames (1 968 `<span>` levels x 3.05 frames; blockquotes
#: 5 100, ``markdown="1"`` 5 200, nested images 5 450, lists 3 400), :data:`ELEMENTS` levels of
#: `<span>` 7 400; the rest is margin for frames added by future changes (tests/unit/
#: test_markdown_deep.py fails if kramdown's deepest cases stop fitting). Nesting that is not
#: element nesting (image alt texts, ``![![...](u)](u)``) is capped by this count alone.
FRAMES = 8_000

#: C stack of the worker thread. Python 3.11 runs Python-to-Python calls without C recursion
#: (30 000 frames of this converter ran in a 256 KiB stack), but calls through C (``join`` over
#: a generator, ``re.sub`` callbacks, ``__init__``) take some: 64 MiB is ~9 KiB per frame.
#: Only the pages a conversion touches are committed.
STACK_BYTES = 64 * 1024 * 1024


class LimitScope:
    """Raise the process-wide recursion limit to ``frames`` while any user is inside.

    Counted, so overlapping deep conversions in several threads keep the raised limit until
    the last one leaves; the limit found on first entry is restored then (unless someone else
    changed it meanwhile). A limit already higher than ``frames`` is left alone.
    """

    def __init__(self, frames: int) -> None:
        self.frames = frames
        self._lock = threading.Lock()
        self._users = 0
        self._saved = 0

    def __enter__(self) -> LimitScope:
        with self._lock:
            if self._users == 0:
                self._saved = sys.getrecursionlimit()
                if self._saved < self.frames:
                    sys.setrecursionlimit(self.frames)
            self._users += 1
        return self

    def __exit__(self, *exc: object) -> None:
        with self._lock:
            self._users -= 1
            if self._users == 0 and sys.getrecursionlimit() == max(self._saved, self.frames):
                sys.setrecursionlimit(self._saved)


_SCOPE = LimitScope(FRAMES)
_START_LOCK = threading.Lock()  # threading.stack_size is process-wide too


def run(func: Callable[..., T], *args: object) -> T:
    """Call ``func(*args)`` in a worker thread with :data:`FRAMES` frames and a large stack.

    Returns its result or raises its exception (RecursionError for nesting deeper than the
    cap). The calling thread waits.
    """
    outcome: list = [None, None]

    def work() -> None:
        try:
            outcome[0] = func(*args)
        except BaseException as exc:  # noqa: BLE001 - handed to the caller below
            outcome[1] = exc

    _raise_mmap_threshold()
    with _SCOPE:
        worker = _start(work)
        worker.join()
    error = outcome[1]
    if isinstance(error, RecursionError):
        raise error.with_traceback(None)  # its traceback would keep thousands of frames alive
    if error is not None:
        raise error
    return outcome[0]


def check_depth(root: Element) -> None:
    """Raise RecursionError if ``root`` nests deeper than :data:`ELEMENTS` (weighted, see there)."""
    pending = [(root, 0)]
    while pending:
        el, depth = pending.pop()
        for child in el.children:
            weight = 2 if (child.type == "html_element"
                           and child.options.get("content_model") == "block") else 1
            if depth + weight > ELEMENTS:
                raise RecursionError(f"Markdown nested deeper than {ELEMENTS} elements")
            if child.children:
                pending.append((child, depth + weight))


#: Block size for :func:`_raise_mmap_threshold`.
MMAP_WARMUP_BYTES = 16 * 1024 * 1024


def _raise_mmap_threshold() -> None:
    """On glibc, allocate and free one :data:`MMAP_WARMUP_BYTES` block through ``malloc``.

    Deep nesting makes the converter build ever larger strings (each level copies its inner
    HTML). glibc serves blocks above its mmap threshold (128 KiB at start) with fresh ``mmap``
    pages and raises the threshold only to the size of a block freed later (mallopt(3),
    "dynamic mmap threshold"), which ever-growing strings never catch up with: every copy then
    page-faults, and the first conversion of 1 199 nested lists took 15 s of which 12 s in the
    kernel. Freeing one 16 MiB block first does what glibc would do after any such free (the
    threshold becomes 16 MiB): the same conversion takes 1.7 s. ~40 us; nothing elsewhere.
    """
    try:
        if not os.confstr("CS_GNU_LIBC_VERSION"):
            return
        import ctypes

        libc = ctypes.CDLL(None)
        malloc, free = libc.malloc, libc.free
    except (AttributeError, OSError, ValueError):  # not glibc, or no C library handle
        return
    malloc.restype = ctypes.c_void_p
    malloc.argtypes = [ctypes.c_size_t]
    free.argtypes = [ctypes.c_void_p]
    free.restype = None
    block = malloc(MMAP_WARMUP_BYTES)
    if block:
        free(block)


def _start(target: Callable[[], None]) -> threading.Thread:
    """Start ``target`` in a daemon thread created with :data:`STACK_BYTES` of stack."""
    with _START_LOCK:
        previous = threading.stack_size(STACK_BYTES)
        try:
            worker = threading.Thread(target=target, name="jekpy-markdown-deep", daemon=True)
            worker.start()
        finally:
            threading.stack_size(previous)
    return worker
