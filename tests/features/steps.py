"""Jekyll's cucumber steps, re-implemented over jekpy (our reading of features/step_definitions.rb
and features/support/helpers.rb at jekyll v3.10.0; the wording of each step is Jekyll's)."""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from click.testing import CliRunner

from jekpy.cli import main


class Unsupported(Exception):
    """A step jekpy cannot run here (custom Ruby plugins, other commands): skip the scenario."""


@dataclass
class World:
    root: Path
    fixtures: Path
    output: str = ""
    status: int | None = None
    env: dict[str, str] = field(default_factory=dict)

    def path(self, rel: str) -> Path:
        return self.root / rel


STEPS: list[tuple[re.Pattern, Callable]] = []


def step(pattern: str):
    def register(func):
        STEPS.append((re.compile(pattern), func))
        return func

    return register


def slug(title: str | None) -> str:
    """The step file name: the title slugged, or a nanosecond timestamp when there is none."""
    if not title:
        import time

        return str(time.time_ns())
    return re.sub(r"\s+", "-", re.sub(r"[^\w]", " ", title.lower()).strip())


def write(world: World, rel: str, text: str) -> None:
    target = world.path(rel)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text, encoding="utf-8")


def content_from_hash(row: dict[str, str]) -> str:
    matter = "".join(f"{k}: {v}\n" for k, v in row.items() if k != "content").rstrip("\n")
    if row.get("input") and row.get("filter"):
        content = "{{ " + row["input"] + " | " + row["filter"] + " }}"
    else:
        content = row.get("content", "")
    return f"---\n{matter}\n---\n{content}\n"


def ruby_time(text: str) -> dt.datetime:
    """Time.xmlschema / Time.parse of a table date, in the scenario's zone (UTC unless set)."""
    from jekpy.dates import local_zone, parse_date

    return parse_date(text, local_zone(os.environ.get("TZ")))


def ruby_time_str(value: dt.datetime) -> str:
    return value.strftime("%Y-%m-%d %H:%M:%S %z")


# -- Given ----------------------------------------------------------------------------------
@step(r'^I have an? "(.*)" page(?: with (.*) "(.*)")? that contains "(.*)"$')
def page(world, file, key, value, text):
    write(world, file, f"---\n{key or 'layout'}: {value or 'none'}\n---\n\n{text}\n")


@step(r'^I have an? "(.*)" file that contains "(.*)"$')
def file_contains(world, file, text):
    write(world, file, text)


@step(r'^I have an? (.*) (layout|theme) that contains "(.*)"$')
def layout(world, name, kind, text):
    write(world, f"{'_layouts' if kind == 'layout' else '_theme'}/{name}.html", text)


@step(r'^I have an? "(.*)" file with content:$')
def file_with_content(world, file, doc=None):
    write(world, file, doc or "")


@step(r"^I have an? (.*) directory$")
def directory(world, name):
    if name == "_plugins":
        raise Unsupported("custom Ruby plugins in _plugins are never loaded on GitHub Pages (safe mode)")
    world.path(name).mkdir(parents=True, exist_ok=True)


@step(r'^I have the following (draft|page|post)s?(?: (in|under) "([^"]+)")?:$')
def following(world, status, direction, folder, table=None):
    for row in table or []:
        row = dict(row)
        title = slug(row.get("title"))
        ext = row.get("type") or "markdown"
        before = folder if direction == "in" else "."
        after = folder if direction == "under" else "."
        dest = {"draft": "_drafts", "post": "_posts", "page": ""}[status]
        filename = f"{title}.{ext}"
        if status == "post":
            date = ruby_time(row["date"])
            row["date"] = ruby_time_str(date)
            filename = f"{date.strftime('%Y-%m-%d')}-{title}.{ext}"
        write(world, os.path.normpath(os.path.join(before, dest, after, filename)), content_from_hash(row))


@step(r'^I have the following (draft|post)s? within the "(.*)" directory:$')
def following_within(world, kind, folder, table=None):
    for row in table or []:
        row = dict(row)
        title = slug(row["title"])
        date = ruby_time(row["date"])
        row["date"] = ruby_time_str(date)
        name = f"{title}.markdown" if kind == "draft" else f"{date.strftime('%Y-%m-%d')}-{title}.markdown"
        write(world, f"{folder}/_{kind}s/{name}", content_from_hash(row))


@step(r"^I have the following documents? under the (.*) collection:$")
def documents(world, label, table=None):
    for row in table or []:
        write(world, f"_{label}/{slug(row['title'])}.md", content_from_hash(row))


@step(r'^I have the following documents? under the "(.*)" collection within the "(.*)" directory:$')
def documents_within(world, label, folder, table=None):
    for row in table or []:
        write(world, f"{folder}/_{label}/{slug(row['title'])}.md", content_from_hash(row))


@step(r'^I have the following documents? nested inside "(.*)" directory under the "(.*)" collection within the "(.*)" directory:$')
def documents_nested(world, sub, label, folder, table=None):
    for row in table or []:
        write(world, f"{folder}/_{label}/{sub}/{slug(row['title'])}.md", content_from_hash(row))


def _config(world) -> dict:
    path = world.path("_config.yml")
    return (yaml.safe_load(path.read_text()) or {}) if path.exists() else {}


@step(r'^I have a configuration file with "(.*)" set to "(.*)"$')
def config_value(world, key, value):
    config = _config(world)
    config[key] = yaml.safe_load(value)
    if key == "timezone":
        world.env["TZ"] = value
    world.path("_config.yml").write_text(yaml.safe_dump(config, sort_keys=False))


@step(r"^I have a configuration file with:$")
def config_table(world, table=None):
    for row in table or []:
        config_value(world, row["key"], row["value"])


@step(r'^I have a configuration file with "([^"]*)" set to:$')
def config_list(world, key, table=None):
    text = f"{key}:\n" + "".join(f"- {row['value']}\n" for row in table or [])
    world.path("_config.yml").write_text(text)


@step(r'^I have fixture collections(?: in "(.*)")?$')
def fixture_collections(world, folder=None):
    base = world.path(folder) if folder else world.root
    for name in ("_methods", "_thanksgiving", "_tutorials"):
        if (world.fixtures / name).exists():
            shutil.copytree(world.fixtures / name, base / name, dirs_exist_ok=True)


@step(r"^I wait (\d+) seconds?$")
def wait(world, _seconds):
    pass  # jekpy has no incremental cache: nothing depends on waiting


@step(r'^I have a blank site in "(.*)"$')
def blank_site(world, path):
    world.path(path).mkdir(parents=True, exist_ok=True)


@step(r'^I do not have a "(.*)" directory$')
def no_directory(world, path):
    pass


# -- When -----------------------------------------------------------------------------------
SUPPORTED_FLAGS = {"--future", "--drafts", "--unpublished", "--trace", "--verbose", "-q", "--quiet", "--safe",
                   "--profile"}


@step(r"^I run jekyll(.*)$")
def run_jekyll(world, args):
    parts = args.split()
    if not parts or parts[0] != "build":
        raise Unsupported(f"`jekyll {args.strip()}` is not a jekpy command")
    flags = parts[1:]
    out: list[str] = []
    skip_next = False
    for index, flag in enumerate(flags):
        if skip_next:
            skip_next = False
            continue
        if flag in SUPPORTED_FLAGS:
            out.append("-V" if flag == "--verbose" else flag)
        elif flag in ("--config", "-s", "--source", "-d", "--destination", "--baseurl", "--limit_posts"):
            out += [flag, flags[index + 1]]
            skip_next = True
        elif flag.startswith("--config="):
            out += ["--config", flag.split("=", 1)[1]]
        else:
            raise Unsupported(f"flag {flag} (incremental/profile builds) is not supported")
    env = {"JEKYLL_ENV": "development", **world.env}
    cwd = os.getcwd()
    try:
        os.chdir(world.root)
        result = CliRunner().invoke(main, ["build", "--plain-jekyll", *out], env=env)
    finally:
        os.chdir(cwd)
    world.output = result.output
    world.status = result.exit_code
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception


@step(r'^I change "(.*)" to contain "(.*)"$')
def change(world, file, text):
    with world.path(file).open("a", encoding="utf-8") as handle:
        handle.write(text)


@step(r'^I delete the file "(.*)"$')
def delete(world, file):
    world.path(file).unlink()


# -- Then -----------------------------------------------------------------------------------
def ruby_regexp(text: str) -> re.Pattern:
    return re.compile(text.replace("\\A", "^").replace("\\z", "$") if False else text, re.DOTALL)


def contents(world, file) -> str:
    path = world.path(file)
    assert path.is_file(), f"{file} does not exist\n{world.output}"
    return path.read_text(encoding="utf-8")


@step(r"^the (.*) directory should +(not )?exist$")
def dir_exists(world, name, negative):
    assert world.path(name).is_dir() != bool(negative), f"{name} existence wrong\n{world.output}"


@step(r'^I should (not )?see "(.*)" in "(.*)"(?: unless Windows)?$')
def see(world, negative, text, file):
    found = re.search(text, contents(world, file), re.DOTALL) is not None
    assert found != bool(negative), f"{text!r} {'found' if negative else 'not found'} in {file}:\n{contents(world, file)}"


@step(r'^I should (not )?see "(.*)" in "(.*)" if on Windows$')
def see_windows(world, negative, text, file):
    if not negative:
        assert re.search(text, contents(world, file), re.DOTALL) is None


@step(r'^I should see date "(.*)" in "(.*)"(?: unless Windows)?$')
def see_date(world, text, file):
    assert re.search(text, contents(world, file)), contents(world, file)


@step(r'^I should see date "(.*)" in "(.*)" if on Windows$')
def see_date_windows(world, text, file):
    pass


@step(r'^I should see exactly "(.*)" in "(.*)"$')
def see_exactly(world, text, file):
    assert contents(world, file).strip() == text, contents(world, file)


@step(r'^I should see escaped "(.*)" in "(.*)"$')
def see_escaped(world, text, file):
    assert text in contents(world, file), contents(world, file)


@step(r'^the "(.*)" file should +(not )?exist$')
def file_exists(world, file, negative):
    assert world.path(file).is_file() != bool(negative), f"{file}\n{world.output}"


@step(r"^I should get a (zero|non-zero) exit[ -]status$")
def exit_status(world, kind):
    assert (world.status == 0) == (kind == "zero"), f"exit {world.status}\n{world.output}"


@step(r'^I should (not )?see "(.*)" in the build output$')
def see_output(world, negative, text):
    found = re.search(text, world.output) is not None
    assert found != bool(negative), f"{text!r} vs output:\n{world.output}"


@step(r"^I'm using kramdown v(\d+)$")
def kramdown_version(world, major):
    if major != "2":
        raise Unsupported(f"scenario for kramdown v{major}; jekpy follows kramdown 2.4")


@step(r'^I should see today\'s (date|time) in "(.*)"$')
def see_today(world, kind, file):
    now = dt.datetime.now(dt.UTC).astimezone()
    text = now.strftime("%Y-%m-%d") if kind == "date" else now.strftime("%H:%M")
    assert text in contents(world, file), contents(world, file)


def run_step(world: World, text: str, table=None, doc=None) -> None:
    """Find the step that matches and run it."""
    for pattern, func in STEPS:
        match = pattern.match(text)
        if match:
            kwargs = {}
            if table is not None:
                kwargs["table"] = table
            if doc is not None:
                kwargs["doc"] = doc
            func(world, *match.groups(), **kwargs)
            return
    raise Unsupported(f"no step definition for: {text}")
