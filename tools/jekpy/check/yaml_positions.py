"""YAML with positions: values as PyYAML's safe loader builds them, plus where each key is.

PyYAML (like Ruby's Psych) silently keeps the last of two equal keys; composing the node tree
first lets us see both and report the duplicate, and gives every key and list item its line.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import yaml
from yaml.constructor import SafeConstructor

try:  # libyaml parses much faster and composes the same nodes
    _Loader: type = yaml.CSafeLoader
except AttributeError:  # pragma: no cover
    _Loader = yaml.SafeLoader

Path = tuple


class _Constructor(SafeConstructor):
    """PyYAML's safe constructor; an impossible date (2020-02-30) stays a string, as in Psych
    (its ScalarScanner rescues Date.strptime's ArgumentError and keeps the text)."""

    def construct_yaml_timestamp(self, node):  # noqa: ANN001, ANN201
        try:
            return super().construct_yaml_timestamp(node)
        except ValueError:
            return node.value


_Constructor.add_constructor("tag:yaml.org,2002:timestamp", _Constructor.construct_yaml_timestamp)


@dataclass
class YamlDoc:
    """A parsed YAML document.

    Attributes:
        data: the value (None for an empty document).
        positions: key path -> (line, col) of the key (or list item), 1-based, in the file.
        duplicates: (path, line, col) of every key that repeats an earlier key of its mapping.
    """

    data: object = None
    positions: dict[Path, tuple[int, int]] = field(default_factory=dict)
    duplicates: list[tuple[Path, int, int]] = field(default_factory=list)

    def where(self, path: Path) -> tuple[int | None, int | None]:
        """The position of ``path`` or of its nearest ancestor that has one."""
        path = tuple(path)
        while path:
            if path in self.positions:
                return self.positions[path]
            path = path[:-1]
        return (None, None)


class YamlSyntax(Exception):
    """YAML that does not parse: message, 1-based line and column in the file."""

    def __init__(self, message: str, line: int | None, col: int | None) -> None:
        super().__init__(message)
        self.message = message
        self.line = line
        self.col = col


def load(text: str, line_offset: int = 0) -> YamlDoc:
    """Parse ``text``; ``line_offset`` lines precede it in its file.

    Raises:
        YamlSyntax: the text is not valid YAML.
    """
    try:
        node = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        raise _syntax(exc, line_offset) from None
    except yaml.YAMLError as exc:
        raise YamlSyntax(str(exc), None, None) from None
    doc = YamlDoc()
    if node is None:
        return doc
    _walk(node, (), doc, line_offset)
    try:
        doc.data = _Constructor().construct_document(node)
    except yaml.MarkedYAMLError as exc:
        raise _syntax(exc, line_offset) from None
    return doc


def _syntax(exc: yaml.MarkedYAMLError, line_offset: int) -> YamlSyntax:
    """Located like Psych (libyaml's context mark, where the unfinished construct starts: what
    Jekyll prints), naming the problem's own place when it is elsewhere."""
    mark = exc.context_mark or exc.problem_mark
    line = mark.line + 1 + line_offset if mark is not None else None
    col = mark.column + 1 if mark is not None else None
    problem = exc.problem or "invalid YAML"
    detail = f"{problem} {exc.context}" if exc.context else problem
    where = exc.problem_mark
    if where is not None and mark is not None and (where.line, where.column) != (mark.line, mark.column):
        detail += f" (the problem is at line {where.line + 1 + line_offset} column {where.column + 1})"
    return YamlSyntax(f"YAML syntax error: {detail}", line, col)


def _key(node: yaml.Node) -> object:
    if isinstance(node, yaml.ScalarNode):
        return node.value
    return None


def _walk(node: yaml.Node, path: Path, doc: YamlDoc, offset: int) -> None:
    if isinstance(node, yaml.MappingNode):
        seen: set = set()
        for key_node, value_node in node.value:
            key = _key(key_node)
            if key is None:
                continue
            where = (key_node.start_mark.line + 1 + offset, key_node.start_mark.column + 1)
            if key == "<<":
                _walk(value_node, path, doc, offset)
                continue
            if key in seen:
                doc.duplicates.append((path + (key,), *where))
            seen.add(key)
            doc.positions[path + (key,)] = where
            _walk(value_node, path + (key,), doc, offset)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            doc.positions.setdefault(path + (index,), (item.start_mark.line + 1 + offset, item.start_mark.column + 1))
            _walk(item, path + (index,), doc, offset)
