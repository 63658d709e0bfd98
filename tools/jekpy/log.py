"""Jekyll-style log lines: ``"Topic: "`` right-justified to 20 columns, then the message.

Source: jekyll/jekyll v3.10.0 lib/jekyll/log_adapter.rb (``formatted_topic``). One Logger per
command run; warnings are printed once each and counted.
"""

from __future__ import annotations

import sys
from typing import TextIO


class Logger:
    """Writes info to stdout and warnings/errors to stderr, like Jekyll.

    Args:
        quiet: only errors (``-q``).
        verbose: also debug lines (``-V``).
    """

    def __init__(self, quiet: bool = False, verbose: bool = False, out: TextIO | None = None, err: TextIO | None = None):
        self.quiet = quiet
        self.verbose = verbose
        self.out = out
        self.err = err
        self.warnings: list[str] = []
        self._seen: set[str] = set()

    @staticmethod
    def format(topic: str, message: str = "") -> str:
        """One log line."""
        return f"{topic} ".rjust(20) + str(message)

    def _write(self, stream: TextIO | None, fallback: TextIO, line: str) -> None:
        target = stream or fallback
        target.write(line + "\n")
        target.flush()

    def debug(self, topic: str, message: str = "") -> None:
        if self.verbose:
            self._write(self.out, sys.stdout, self.format(topic, message))

    def info(self, topic: str, message: str = "") -> None:
        if not self.quiet:
            self._write(self.out, sys.stdout, self.format(topic, message))

    def warn(self, topic: str, message: str = "") -> None:
        """A warning, printed once per distinct text."""
        line = self.format(topic, message)
        if line in self._seen:
            return
        self._seen.add(line)
        self.warnings.append(line)
        if not self.quiet:
            self._write(self.err, sys.stderr, line)

    def error(self, topic: str, message: str = "") -> None:
        self._write(self.err, sys.stderr, self.format(topic, message))
