"""Markdown conversion ahead of rendering, on the machine's other cores.

Markdown is most of a build's time, and for a document without any Liquid construct the
converter's input is known before rendering starts: its content after the generators ran
(Jekyll renders Liquid only when ``{{`` or ``{%`` is present, renderer.rb / document.rb
``render_with_liquid?``). Those conversions are pure functions of (text, kramdown options), so
they can run in worker processes while the main process renders Liquid and layouts in
Jekyll's order. The output is the same bytes as converting in the main process; only the time
changes.

Used only when it can pay off: more than one CPU, enough Markdown to amortise starting the
workers, and no other thread running (``fork`` with threads is unsafe; ``jekpy serve`` keeps
converting in order). ``JEKPY_JOBS`` sets the number of worker processes (``1`` turns this
off).
"""

from __future__ import annotations

import multiprocessing
import os
import sys
import threading
from concurrent.futures import Future, ProcessPoolExecutor
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable

    from jekpy.models import Document, Page

# Below this much Markdown, starting workers costs about what it saves (benchmarks/build_bench.py
# on 2 cores: no gain at 300 synthetic posts / 1.2 M characters, 3.5 s -> 2.7 s at 1000 posts).
MIN_CHARS = 1_500_000
CHUNK_CHARS = 60_000


def jobs_from_env(environ: dict[str, str] | None = None) -> int:
    """Worker processes: ``JEKPY_JOBS`` if set (``1`` = off), else the usable CPUs."""
    environ = os.environ if environ is None else environ
    value = environ.get("JEKPY_JOBS", "").strip()
    if value.isdigit():
        return max(1, int(value))
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


def _convert_chunk(texts: list[str], options: Any) -> list[str]:
    """Worker side: convert each text with the build's kramdown options."""
    from jekpy.markdown import markdownify

    return [markdownify(text, options) for text in texts]


class Ahead:
    """Conversions started before rendering; `take` hands one over when its item is rendered."""

    def __init__(self) -> None:
        self._pending: dict[int, tuple[str, Future, int]] = {}
        self._executor: ProcessPoolExecutor | None = None

    def start(self, items: Iterable[Page | Document], options: Any, jobs: int,
              min_chars: int = MIN_CHARS) -> None:
        """Send the items' texts to ``jobs`` worker processes in chunks of about CHUNK_CHARS."""
        items = list(items)
        total = sum(len(item.content) for item in items)
        if jobs < 2 or total < min_chars or threading.active_count() > 1 or not _can_fork():
            return
        self._executor = ProcessPoolExecutor(max_workers=jobs, mp_context=multiprocessing.get_context("fork"))
        for chunk in _chunks(items, max(1, min(CHUNK_CHARS, total // (jobs * 4) + 1))):
            future = self._executor.submit(_convert_chunk, [item.content for item in chunk], options)
            for index, item in enumerate(chunk):
                self._pending[id(item)] = (item.content, future, index)

    def take(self, item: Page | Document, convert: Callable[[str], str]) -> str:
        """The item's HTML: converted ahead if its text is still the one sent, else now."""
        pending = self._pending.pop(id(item), None)
        if pending is not None and pending[0] is item.content:
            try:
                return pending[1].result()[pending[2]]
            except Exception:  # noqa: BLE001 - a dead worker: convert here instead
                pass
        return convert(item.content)

    def close(self) -> None:
        """Stop the workers (pending conversions are dropped)."""
        self._pending.clear()
        if self._executor is not None:
            self._executor.shutdown(wait=True, cancel_futures=True)
            self._executor = None


def _chunks(items: list, limit: int) -> Iterable[list]:
    """Consecutive runs of items whose texts add up to about ``limit`` characters."""
    chunk: list = []
    size = 0
    for item in items:
        chunk.append(item)
        size += len(item.content)
        if size >= limit:
            yield chunk
            chunk, size = [], 0
    if chunk:
        yield chunk


def _can_fork() -> bool:
    """Linux only: ``fork`` keeps the loaded converter (no re-import per worker); macOS's system
    libraries are not fork-safe and Windows has no fork."""
    return sys.platform.startswith("linux") and "fork" in multiprocessing.get_all_start_methods()
