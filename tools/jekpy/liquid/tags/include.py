"""Jekyll's ``include``, ``include_relative`` and jekyll-include-cache's ``include_cached``.

Syntax, validation and lookup follow jekyll/jekyll v3.10.0 lib/jekyll/tags/include.rb:
unquoted or ``{{ variable }}`` file names, ``key=value`` parameters exposed as ``include.key``,
lookup through ``site.include_dirs`` in order, no ``..``/``//`` sequences, and in safe mode no file
whose real path leaves its include folder (symlinks). ``include_relative`` resolves against the
page's folder (``page.path``), as Jekyll does, not against the including file.
"""

from __future__ import annotations

import os
import re
from io import StringIO
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from liquid.ast import Node
from liquid.exceptions import LiquidError
from liquid.stream import TokenStream
from liquid.tag import Tag
from liquid.token import Token

from jekpy.liquid.errors import JekyllSyntaxError, JekyllTagError
from jekpy.liquid.lexer import line_of, tag_markup
from jekpy.liquid.values import lookup_path

if TYPE_CHECKING:
    from liquid import Environment
    from liquid.context import RenderContext

VALID_SYNTAX = re.compile(
    r"""([\w-]+)\s*=\s*(?:"([^"\\]*(?:\\.[^"\\]*)*)"|'([^'\\]*(?:\\.[^'\\]*)*)'|([\w.-]+))"""
)
VARIABLE_SYNTAX = re.compile(
    r"(?P<variable>[^{]*(\{\{\s*[\w\-.]+\s*(\|.*)?\}\}[^\s{}]*)+)(?P<params>.*)", re.S
)
FULL_VALID_SYNTAX = re.compile(rf"\A\s*(?:{VALID_SYNTAX.pattern}(?=\s|\Z)\s*)*\Z")
VALID_FILENAME_CHARS = re.compile(r"^[\w/.\-()+~#@]+$", re.M)
INVALID_SEQUENCES = re.compile(r"[./]{2,}")
# Liquid 4.0.4 context.rb push: raises when scopes exceed Block::MAX_DEPTH (100); an include
# pushes one scope, so about 99 nested includes render.
MAX_DEPTH = 99


def syntax_example(tag_name: str) -> str:
    """Jekyll's example line for error messages."""
    return f"{{% {tag_name} file.ext param='value' param2='value' %}}"


class IncludeNode(Node):
    """One ``{% include %}`` (or relative/cached) occurrence."""

    __slots__ = ("tag_name", "file", "variable", "params")

    def __init__(self, token: Token, tag_name: str, file: str, variable: Any, params: str | None):
        super().__init__(token)
        self.tag_name = tag_name
        self.file = file
        self.variable = variable
        self.params = params
        self.blank = False

    # -- resolution --------------------------------------------------------------------------

    def file_name(self, context: RenderContext) -> str:
        """The file named by the tag, rendering ``{{ ... }}`` names first."""
        if self.variable is None:
            return self.file
        buffer = StringIO()
        self.variable.render_with_context(context, buffer, partial=True)
        return buffer.getvalue()

    def validate_file_name(self, file: str) -> None:
        """Reject ``..``, ``//`` and odd characters (include.rb ``validate_file_name``)."""
        if INVALID_SEQUENCES.search(file) or not VALID_FILENAME_CHARS.search(file):
            raise JekyllTagError(
                "Invalid syntax for include tag. File contains invalid characters or "
                f"sequences:\n\n  {file}\n\nValid syntax:\n\n  {syntax_example(self.tag_name)}\n",
                token=self.token)

    def include_dirs(self, context: RenderContext) -> list[Path]:
        """Folders searched, in order."""
        site = context.env.jekyll.site
        if self.tag_name == "include_relative":
            return [page_dir(context)]
        return [Path(d) for d in getattr(site, "include_dirs", [])]

    def locate(self, context: RenderContext, file: str) -> Path:
        """First existing, allowed file among the include folders (remembered per build)."""
        jekyll = context.env.jekyll
        dirs = self.include_dirs(context)
        key = (tuple(dirs), file)
        found = jekyll.located_includes.get(key)
        if found is None:
            found = self._search(jekyll, dirs, file)
            jekyll.located_includes[key] = found
        return found

    def _search(self, jekyll: Any, dirs: list[Path], file: str) -> Path:
        safe = bool(jekyll.config.get("safe", False))
        for folder in dirs:
            candidate = folder / file.lstrip("/")  # Ruby File.join drops the doubled slash
            if _valid_include_file(candidate, folder, safe):
                return candidate
        listed = "[" + ", ".join(f'"{d}"' for d in dirs) + "]"
        ending = (" is not a symlink as those are not allowed in safe mode." if safe else
                  ", if it is a symlink, does not point outside your site source.")
        raise JekyllTagError(
            f"Could not locate the included file '{file}' in any of {listed}. "
            f"Ensure it exists in one of those directories and{ending}", token=self.token)

    def parse_params(self, context: RenderContext) -> dict[str, object]:
        """``key=value`` pairs: quoted strings unescaped, bare words looked up."""
        params: dict[str, object] = {}
        for match in VALID_SYNTAX.finditer(self.params or ""):
            key, double, single, word = match.groups()
            if double is not None:
                params[key] = double.replace('\\"', '"')
            elif single is not None:
                params[key] = single.replace("\\'", "'")
            else:
                params[key] = lookup_path(context, word)
        return params

    # -- rendering ---------------------------------------------------------------------------

    def render_to_output(self, context: RenderContext, buffer: TextIO) -> int:
        """Render the included file into ``buffer``."""
        jekyll = context.env.jekyll
        state = context.tag_namespace.get("jekpy")
        file = self.file_name(context)
        self.validate_file_name(file)
        path = self.locate(context, file)
        rel = _relative(path, jekyll.site)
        stack = state.includes if state is not None else []
        if len(stack) >= MAX_DEPTH:
            raise JekyllTagError("Nesting too deep", token=self.token, prefixed=True)
        params = self.parse_params(context) if self.params else None
        if self.tag_name == "include_cached":
            key = (str(path), repr(sorted((params or {}).items(), key=lambda kv: kv[0])))
            cached = jekyll.rendered_includes.get(key)
            if cached is not None:
                return buffer.write(cached)
        source = jekyll.include_sources.get(path)
        if source is None:
            # bytes decoded as they are: File.read keeps CRLF line ends (tags/include.rb read_file)
            source = path.read_bytes().decode(jekyll.config.get("encoding") or "utf-8")
            jekyll.include_sources[path] = source
        stack.append(rel)
        out = StringIO()
        try:
            partial = jekyll.parse_partial(source, rel)
            namespace = {"include": params} if params is not None else {}
            with context.extend(namespace, template=partial):
                partial.render_with_context(context, out, partial=True)
        except LiquidError as err:
            _annotate(err, rel, source, self.token, str(path))
            raise
        finally:
            stack.pop()
        text = out.getvalue()
        if self.tag_name == "include_cached":
            jekyll.rendered_includes[key] = text
        return buffer.write(text)


def _annotate(err: LiquidError, rel: str, source: str, token: Token, full: str) -> None:
    """Record which include failed (innermost first) and the including tag's line."""
    if not hasattr(err, "jekpy_includes"):
        err.jekpy_includes = [(rel, source, full)]
    else:
        err.jekpy_includes.append((rel, source, full))
    err.jekpy_outer_line = line_of(token.source, token.start_index)


def _valid_include_file(path: Path, folder: Path, safe: bool) -> bool:
    """``valid_include_file?``: a regular file whose real path stays in ``folder`` (safe)."""
    if safe:
        try:
            real = os.path.realpath(path)
        except OSError:
            return False
        if not os.path.exists(path) or not real.startswith(os.path.realpath(folder)):
            return False
    return path.is_file()


def _relative(path: Path, site: Any) -> str:
    source = Path(getattr(site, "source", "."))
    try:
        return path.relative_to(source).as_posix()
    except ValueError:
        return path.as_posix()


def page_dir(context: RenderContext) -> Path:
    """The folder of the page being rendered (include.rb ``IncludeRelativeTag#page_path``)."""
    jekyll = context.env.jekyll
    source = Path(getattr(jekyll.site, "source", "."))
    page = context.resolve("page", default=None)
    try:
        page_path = page["path"] if page is not None else None
        collection = page.get("collection") if hasattr(page, "get") else None
    except (KeyError, TypeError):
        page_path, collection = None, None
    if not page_path:
        return source
    page_path = re.sub(r"/#excerpt\Z", "", str(page_path))
    if collection:
        page_path = os.path.join(str(jekyll.config.get("collections_dir") or ""), page_path)
    return source / os.path.dirname(page_path)


class JekyllInclude(Tag):
    """``{% include file.ext key=value %}`` (Jekyll's, not Liquid's, include)."""

    name = "include"
    block = False

    def parse(self, stream: TokenStream) -> Node:
        """Split the markup into file and parameters and validate the parameters."""
        token = stream.current
        markup = tag_markup(stream).strip()
        matched = VARIABLE_SYNTAX.search(markup)
        if matched:
            file, params = matched.group("variable").strip(), matched.group("params").strip()
        else:
            parts = markup.split(None, 1)
            file = parts[0] if parts else ""
            params = parts[1] if len(parts) > 1 else None
        if params is not None and not FULL_VALID_SYNTAX.search(params):
            raise JekyllSyntaxError(
                f"Invalid syntax for include tag:\n\n  {params}\n\nValid syntax:\n\n  "
                f"{syntax_example(self.name)}\n", token=token, prefixed=False)
        variable = None
        if matched:
            variable = self.env.from_string(file)
        return IncludeNode(token, self.name, file, variable, params or None)


class JekyllIncludeRelative(JekyllInclude):
    """``{% include_relative path %}``: relative to the page's folder."""

    name = "include_relative"


class IncludeCached(JekyllInclude):
    """jekyll-include-cache: renders once per (file, parameters) per build."""

    name = "include_cached"


def register(env: Environment) -> None:
    """Install Jekyll's include tags."""
    env.add_tag(JekyllInclude)
    env.add_tag(JekyllIncludeRelative)
    env.add_tag(IncludeCached)
