"""Render a big site's documents in several processes (``fork``), for the output check.

Liquid rendering is the output check's main cost and Python runs it on one core. On a machine
with more cores, documents (posts and collection items: most of a large site) are split between
forked workers; each sends back the outputs, the problems it found and the Markdown it left
unconverted. Pages are rendered afterwards in the parent, as Jekyll renders them after
documents (they may list the documents' content). Without ``fork`` (Windows, macOS spawn) or on
one core, or for a small site, everything is rendered in this process.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable

MIN_DOCUMENTS = 200
NUMBER_BLOCK = 10_000_000


def workers_for(count: int) -> int:
    """How many processes to use for ``count`` documents (1: render here)."""
    if count < MIN_DOCUMENTS or "fork" not in multiprocessing.get_all_start_methods():
        return 1
    try:
        cpus = len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not Linux
        cpus = os.cpu_count() or 1
    return max(1, min(cpus, 4))


def render_documents(ctx, docs: list, render_one: Callable) -> None:
    """Render ``docs`` with ``render_one(doc)``, in parallel when it pays off."""
    workers = workers_for(len(docs))
    if workers == 1:
        for doc in docs:
            render_one(doc)
        return
    context = multiprocessing.get_context("fork")
    pipes, processes, shares = [], [], []
    for worker in range(workers):
        receive, send = context.Pipe(duplex=False)
        indexes = list(range(worker, len(docs), workers))
        process = context.Process(target=_child, args=(ctx, docs, indexes, render_one, send, worker), daemon=True)
        process.start()
        send.close()
        pipes.append(receive)
        processes.append(process)
        shares.append(indexes)
    for receive, indexes in zip(pipes, shares, strict=True):
        try:
            _merge(ctx, docs, receive.recv())
        except (EOFError, OSError):  # the worker died: render its share here
            for index in indexes:
                render_one(docs[index])
    for process in processes:
        process.join()


def _child(ctx, docs: list, indexes: list[int], render_one: Callable, send, worker: int) -> None:
    """In a worker: render some documents and send back what changed."""
    known = len(ctx.report.problems)
    if ctx.deferred is not None:
        ctx.deferred.next_number = (worker + 1) * NUMBER_BLOCK
    try:
        results = []
        for index in indexes:
            render_one(docs[index])
            doc = docs[index]
            results.append((index, doc.output, doc.content, doc.rendered))
        deferred = ctx.deferred.texts if ctx.deferred is not None else {}
        send.send((results, ctx.report.problems[known:], ctx.reached_includes, deferred, ctx.report.links))
        send.close()
    finally:
        os._exit(0)  # never run the parent's cleanup (or pytest) in the child


def _merge(ctx, docs: list, payload) -> None:
    results, problems, reached, deferred, _ = payload
    for index, output, content, rendered in results:
        doc = docs[index]
        doc.output, doc.content, doc.rendered = output, content, rendered
    for problem in problems:
        ctx.report.add(problem.severity, problem.message, problem.file, problem.line, problem.col, problem.rule)
    ctx.reached_includes |= reached
    if ctx.deferred is not None:
        ctx.deferred.texts.update(deferred)
