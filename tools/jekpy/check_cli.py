"""``jekpy check`` and ``jekpy doctor``: click commands attached to the main group in cli.py.

``jekpy check [SOURCE]`` prints every problem and exits 1 on errors (``--strict``: on
warnings too); ``jekpy doctor`` prints Jekyll's doctor checks and a GitHub Pages report.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click


def _configs(value: str | None) -> list[Path] | None:
    if not value:
        return None
    return [Path(part.strip()) for part in value.split(",") if part.strip()]


def _source(argument: str | None, option: str | None) -> Path:
    return Path(argument or option or ".").resolve()


@click.command()
@click.argument("source_arg", metavar="[SOURCE]", required=False, type=click.Path(file_okay=False, exists=True))
@click.option("-s", "--source", type=click.Path(file_okay=False, exists=True), default=None,
              help="Site folder (same as SOURCE; default: the current folder)")
@click.option("--config", "config_files", default=None, help="Custom configuration file(s), comma separated")
@click.option("--format", "fmt", type=click.Choice(["human", "json", "github"]), default="human",
              show_default=True, help="Report format")
@click.option("--strict", is_flag=True, help="Treat warnings as errors")
@click.option("--no-output", is_flag=True, help="Skip the in-memory build (links, anchors, render errors)")
@click.option("--thorough", is_flag=True, help="Convert all Markdown in the output check (slower)")
@click.option("--built", type=click.Path(file_okay=False, exists=True), default=None,
              help="Only check the links of this already built site (e.g. _site)")
@click.option("--color/--no-color", "color", default=None, help="Colour the human report (default: on a terminal)")
def check(source_arg: str | None, source: str | None, config_files: str | None, fmt: str, strict: bool,
          no_output: bool, thorough: bool, built: str | None, color: bool | None) -> None:
    """Check a site for everything that would break it on GitHub Pages; report every problem."""
    from jekpy.check import check_built, formats, run_check

    if built:
        report = check_built(_source(source_arg, source), Path(built), _configs(config_files))
        colour = sys.stdout.isatty() if color is None else color
        click.echo(formats.render(report, fmt, strict, colour and fmt == "human"), nl=False, color=colour)
        sys.exit(report.exit_code(strict))
    report = run_check(_source(source_arg, source), _configs(config_files),
                       environment=os.environ.get("JEKYLL_ENV") or "production", output=not no_output,
                       thorough=thorough)
    colour = sys.stdout.isatty() if color is None else color
    click.echo(formats.render(report, fmt, strict, colour and fmt == "human"), nl=False, color=colour)
    sys.exit(report.exit_code(strict))


@click.command()
@click.argument("source_arg", metavar="[SOURCE]", required=False, type=click.Path(file_okay=False, exists=True))
@click.option("-s", "--source", type=click.Path(file_okay=False, exists=True), default=None,
              help="Site folder (same as SOURCE; default: the current folder)")
@click.option("--config", "config_files", default=None, help="Custom configuration file(s), comma separated")
def doctor(source_arg: str | None, source: str | None, config_files: str | None) -> None:
    """Jekyll's doctor checks plus a GitHub Pages compatibility report."""
    from jekpy.doctor import diagnose, render

    result = diagnose(_source(source_arg, source), _configs(config_files),
                      environment=os.environ.get("JEKYLL_ENV") or "production")
    click.echo(render(result), nl=False)
    sys.exit(0 if result.healthy else 1)
