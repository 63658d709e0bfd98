"""``_data``: YAML, JSON, CSV and TSV files into ``site.data``, folders as nested hashes.

Source: jekyll/jekyll v3.10.0 lib/jekyll/readers/data_reader.rb. Keys are file names without
extension, sanitized; CSV/TSV rows become hashes keyed by the header row.
"""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

from jekpy.entry_filter import EntryFilter
from jekpy.errors import JekpyError
from jekpy.front_matter import decode
from jekpy.utils import load_yaml

DATA_EXTENSIONS = (".yaml", ".yml", ".json", ".csv", ".tsv")
_SANITIZE_RE = re.compile(r"[^\w\s-]+|(?:^|(?<=\b\s))\s+(?=$|\s?\b)")


def sanitize_filename(name: str) -> str:
    """The ``site.data`` key for a file or folder name."""
    return re.sub(r"\s+", "_", _SANITIZE_RE.sub("", name))


def read_data(folder: Path, entry_filter: EntryFilter, source: Path) -> dict:
    """Read a data folder (recursively) into a dict."""
    data: dict = {}
    _read_into(folder, data, entry_filter, source)
    return data


def _read_into(folder: Path, data: dict, entry_filter: EntryFilter, source: Path) -> None:
    if not folder.is_dir() or entry_filter.symlink(str(folder)):
        return
    names = sorted(p.name for p in folder.iterdir())
    # Dir["*.{yaml,yml,json,csv,tsv}"] lists one extension after the other (each sorted), then
    # the folders (data_reader.rb read_data_to); the glob is case-sensitive.
    files = [n for ext in DATA_EXTENSIONS for n in names if n.endswith(ext) and not (folder / n).is_dir()]
    dirs = [n for n in names if (folder / n).is_dir()]
    for name in files + dirs:
        path = folder / name
        if entry_filter.symlink(str(path)):
            continue
        if path.is_dir():
            sub: dict = {}
            data[sanitize_filename(name)] = sub
            _read_into(path, sub, entry_filter, source)
        else:
            stem = name[: -len(path.suffix)] if path.suffix else name
            data[sanitize_filename(stem)] = read_data_file(path, _display(path, source))


def read_data_file(path: Path, display: str) -> object:
    """One data file's value."""
    raw = path.read_bytes()
    ext = path.suffix.lower()
    if ext in (".csv", ".tsv"):
        # Ruby's CSV reads with encoding utf-8 and keeps a byte-order mark in the first header.
        text = decode(raw, display) if not raw.startswith(b"\xef\xbb\xbf") else "\ufeff" + decode(raw, display)
        return _read_table(text, "\t" if ext == ".tsv" else ",", display)
    text = decode(raw, display)
    if ext == ".json":
        try:
            return json.loads(text)
        except json.JSONDecodeError:
            pass  # Jekyll reads .json with SafeYAML; fall through for YAML-only syntax
    return load_yaml(text, display)


def _read_table(text: str, delimiter: str, display: str) -> list[dict]:
    try:
        rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    except csv.Error as exc:
        raise JekpyError(f"Error reading {display}: {exc}", path=display) from None
    if not rows:
        return []
    header, body = rows[0], rows[1:]
    table = []
    for row in body:
        record = {}
        for index, key in enumerate(header):
            record[key] = row[index] if index < len(row) else None
        table.append(record)
    return table


def _display(path: Path, source: Path) -> str:
    try:
        return str(path.relative_to(source))
    except ValueError:
        return str(path)
