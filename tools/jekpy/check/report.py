"""The report model of ``jekpy check``: problems with a file, line, column, severity and rule."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

ERROR = "error"
WARNING = "warning"


@dataclass(frozen=True)
class Problem:
    """One finding.

    Attributes:
        severity: ``error`` (Pages fails or the published site is broken) or ``warning``.
        message: one sentence saying what is wrong and, where useful, what Pages does instead.
        file: path relative to the site source (posix), or "" for the site as a whole.
        line: 1-based line in ``file``, if known.
        col: 1-based column, if known.
        rule: a short identifier of the check (``config-type``, ``broken-link`` ...).
    """

    severity: str
    message: str
    file: str = ""
    line: int | None = None
    col: int | None = None
    rule: str = ""

    def sort_key(self) -> tuple:
        """Files in order, then lines, columns, messages."""
        return (self.file, self.line or 0, self.col or 0, self.rule, self.message)

    def as_dict(self) -> dict:
        """A JSON-ready mapping."""
        return asdict(self)


@dataclass
class Report:
    """Everything one check run found, plus how many files were looked at."""

    problems: list[Problem] = field(default_factory=list)
    files_checked: int = 0
    #: (output path, url, message) of every broken link found in the built site.
    links: list[tuple[str, str, str]] = field(default_factory=list)
    _index: set = field(default_factory=set, repr=False)

    def add(self, severity: str, message: str, file: str = "", line: int | None = None,
            col: int | None = None, rule: str = "") -> None:
        """Record a problem (an identical one is recorded once)."""
        problem = Problem(severity, message, file, line, col, rule)
        if problem not in self._index:
            self._index.add(problem)
            self.problems.append(problem)

    def error(self, message: str, file: str = "", line: int | None = None,
              col: int | None = None, rule: str = "") -> None:
        """Record an error."""
        self.add(ERROR, message, file, line, col, rule)

    def warning(self, message: str, file: str = "", line: int | None = None,
                col: int | None = None, rule: str = "") -> None:
        """Record a warning."""
        self.add(WARNING, message, file, line, col, rule)

    def sorted(self) -> list[Problem]:
        """Problems grouped by file, in line order."""
        return sorted(self.problems, key=Problem.sort_key)

    def counts(self, strict: bool = False) -> tuple[int, int]:
        """(errors, warnings); with ``strict`` every warning counts as an error."""
        errors = sum(1 for p in self.problems if p.severity == ERROR)
        warnings = len(self.problems) - errors
        return (errors + warnings, 0) if strict else (errors, warnings)

    def exit_code(self, strict: bool = False) -> int:
        """1 when there is an error (or, with ``strict``, a warning), else 0."""
        return 1 if self.counts(strict)[0] else 0

    def has_error_at(self, file: str, line: int | None) -> bool:
        """Whether an error was already reported for this file and line (avoids repeats)."""
        return any(p.severity == ERROR and p.file == file and p.line == line for p in self.problems)
