"""JSON Schemas for front matter and ``_data`` files, declared under ``jekpy: schemas:``.

    jekpy:
      schemas:
        - scope: {path: "", type: posts}     # like Jekyll's `defaults:` (path prefix or glob, type)
          schema: _schemas/post.json
        - scope: {path: _data/profile.yml}   # data files: path, or type: data
          schema: _schemas/profile.json

Jekyll ignores the ``jekpy`` key, so Pages builds the same site. Values are validated with
``jsonschema`` (the draft the schema's ``$schema`` names, 2020-12 by default) after dates are
turned into ISO strings; front matter is validated with the site's ``defaults:`` merged under it.
"""

from __future__ import annotations

import datetime as dt
import fnmatch
from pathlib import Path

import jsonschema
import yaml

from jekpy.check import sources, yaml_positions
from jekpy.check.context import CheckContext
from jekpy.check.sources import SourceFile
from jekpy.utils import deep_merge


def check(ctx: CheckContext) -> None:
    """Check data files' syntax, then validate front matter and data against the declared schemas."""
    if ctx.site is None:
        return
    data_docs = _data_files(ctx)
    rules = _rules(ctx)
    if not rules:
        return
    for rel, (item, doc, _, _) in sorted(ctx.front_matter.items()):
        if item.kind == "layout":
            continue
        raw = {str(k): v for k, v in (doc.data or {}).items()}
        data = deep_merge(ctx.site.defaults.all(rel, item.front_matter_type), raw)
        for scope, validator, name in rules:
            if _applies(scope, rel, item.front_matter_type):
                _validate(ctx, validator, name, data, rel, doc)
    for item, doc in data_docs:
        for scope, validator, name in rules:
            if _applies(scope, item.rel, "data"):
                _validate(ctx, validator, name, doc.data, item.rel, doc)


def _data_files(ctx: CheckContext) -> list[tuple[SourceFile, yaml_positions.YamlDoc]]:
    """Parse every YAML and JSON data file, reporting syntax errors and duplicate keys."""
    result = []
    for item in sources.data_files(ctx.site):
        ctx.report.files_checked += 1
        try:
            text = item.path.read_bytes().decode("utf-8-sig")
        except UnicodeDecodeError:
            ctx.report.error("Invalid byte sequence in UTF-8: save the file as UTF-8.", item.rel, rule="encoding")
            continue
        if item.path.suffix.lower() not in (".yml", ".yaml", ".json"):
            continue  # Jekyll reads .json data with its YAML loader too (data_reader.rb)
        try:
            doc = yaml_positions.load(text)
        except yaml_positions.YamlSyntax as exc:
            ctx.report.error(exc.message, item.rel, exc.line, exc.col, "data-yaml")
            continue
        for key_path, line, col in doc.duplicates:
            ctx.report.warning(f"Duplicate key '{'.'.join(map(str, key_path))}': the last value wins, "
                               "the earlier one is ignored.", item.rel, line, col, "data-duplicate-key")
        result.append((item, doc))
    return result


def _rules(ctx: CheckContext) -> list[tuple[dict, object, str]]:
    """(scope, validator, schema file) for each valid ``jekpy.schemas`` entry."""
    entries = ctx.jekpy_config.get("schemas")
    if entries is None:
        return []
    if not isinstance(entries, list):
        file, line, col = ctx.position(("jekpy", "schemas"))
        ctx.report.error("'jekpy.schemas' must be a list of {scope, schema} entries.", file, line, col, "schema-config")
        return []
    rules = []
    for index, entry in enumerate(entries):
        file, line, col = ctx.position(("jekpy", "schemas", index))
        if not isinstance(entry, dict) or not isinstance(entry.get("schema"), str):
            ctx.report.error("Each 'jekpy.schemas' entry needs 'schema:', the path of a JSON Schema file.",
                             file, line, col, "schema-config")
            continue
        scope = entry.get("scope") or {}
        if not isinstance(scope, dict):
            ctx.report.error("'scope' must be a mapping (path, type).", file, line, col, "schema-config")
            continue
        validator = _load_schema(ctx, entry["schema"], (file, line, col))
        if validator is not None:
            rules.append((scope, validator, entry["schema"]))
    return rules


def _load_schema(ctx: CheckContext, name: str, where: tuple):
    path = ctx.source / name
    try:
        schema = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError:
        ctx.report.error(f"Schema file '{name}' does not exist.", *where, "schema-config")
        return None
    except yaml.YAMLError as exc:
        ctx.report.error(f"Schema file '{name}' is not valid JSON or YAML: {exc}", *where, "schema-config")
        return None
    cls = jsonschema.validators.validator_for(schema, default=jsonschema.Draft202012Validator)
    try:
        cls.check_schema(schema)
    except jsonschema.SchemaError as exc:
        ctx.report.error(f"Schema file '{name}' is not a valid JSON Schema: {exc.message}", *where, "schema-config")
        return None
    return cls(schema, format_checker=cls.FORMAT_CHECKER)


def _applies(scope: dict, rel: str, kind: str) -> bool:
    if "type" in scope and str(scope["type"]) != kind:
        return False
    path = str(scope.get("path") or "").strip("/")
    if not path:
        return True
    if any(ch in path for ch in "*?["):
        return fnmatch.fnmatchcase(rel, path) or fnmatch.fnmatchcase(rel, path + "/*")
    return rel == path or rel.startswith(path + "/")


def jsonable(value: object) -> object:
    """Dates as ISO text, keys as strings: what a JSON Schema can describe."""
    if isinstance(value, dict):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, list):
        return [jsonable(v) for v in value]
    if isinstance(value, dt.datetime):
        return value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def field_path(path: tuple) -> str:
    """``meta.authors[0].name`` style, or ``(top level)``."""
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text or "(top level)"


def _validate(ctx: CheckContext, validator, schema_name: str, data: object, rel: str,
              doc: yaml_positions.YamlDoc) -> None:
    errors = sorted(validator.iter_errors(jsonable(data)), key=lambda e: [str(p) for p in e.absolute_path])
    for err in errors:
        path = tuple(err.absolute_path)
        field = field_path(path)
        line, col = doc.where(path)
        if line is None:
            line, col = (1, 1)
        ctx.report.error(f"{field}: {err.message} (schema {Path(schema_name).as_posix()})", rel, line, col,
                         "schema")
