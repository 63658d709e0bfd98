"""The ``jekpy`` command: build, serve, check, doctor, with Jekyll's flag names.

Only this module imports click. Errors are JekpyError; they are printed once here, in
Jekyll's words plus the file, line and a hint, and the exit code is 1. ``--trace`` shows the
Python traceback instead.
"""

from __future__ import annotations

import os
import sys
import time
import traceback
from pathlib import Path

import click

from jekpy import __version__
from jekpy.errors import JekpyError
from jekpy.log import Logger


def _split_configs(value: str | None) -> list[Path] | None:
    if not value:
        return None
    return [Path(part.strip()) for part in value.split(",") if part.strip()]


def site_options(func):
    """Flags shared by build and serve (Jekyll's names)."""
    options = [
        click.option("-s", "--source", type=click.Path(file_okay=False), default=".", help="Custom source directory"),
        click.option("-d", "--destination", type=click.Path(), default=None, help="Custom destination directory"),
        click.option("--config", "config_files", default=None, help="Custom configuration file(s), comma separated"),
        click.option("-b", "--baseurl", default=None, help="Serve the website from the given base URL"),
        click.option("-D", "--drafts", is_flag=True, help="Render posts in the _drafts folder"),
        click.option("--future", is_flag=True, help="Publishes posts with a future date"),
        click.option("--unpublished", is_flag=True, help="Render posts that were marked as unpublished"),
        click.option("--limit_posts", type=int, default=None, help="Limits the number of posts to parse and publish"),
        click.option("--safe", is_flag=True, help="Safe mode (always on: GitHub Pages builds in safe mode)"),
        click.option("--strict_front_matter", is_flag=True, help="Fail if errors are present in front matter"),
        click.option("--profile", is_flag=True, help="Generate a Liquid rendering profile"),
        click.option("-w/-W", "--watch/--no-watch", default=None, help="Watch for changes and rebuild"),
        click.option("-t", "--trace", is_flag=True, help="Show the full backtrace when an error occurs"),
        click.option("-q", "--quiet", is_flag=True, help="Silence output."),
        click.option("--plain-jekyll", is_flag=True, hidden=True,
                     help="Jekyll 3.10's own defaults instead of GitHub Pages' (conformance tests)"),
        click.option("-V", "--verbose", is_flag=True, help="Print verbose output."),
    ]
    for option in reversed(options):
        func = option(func)
    return func


def overrides_from(opts: dict) -> dict:
    """Configuration values set by flags (merged over the config files, like Jekyll)."""
    result: dict = {}
    if opts.get("baseurl") is not None:
        result["baseurl"] = opts["baseurl"]
    if opts.get("drafts"):
        result["show_drafts"] = True
    if opts.get("future"):
        result["future"] = True
    if opts.get("unpublished"):
        result["unpublished"] = True
    if opts.get("limit_posts") is not None:
        result["limit_posts"] = opts["limit_posts"]
    if opts.get("strict_front_matter"):
        result["strict_front_matter"] = True
    if opts.get("profile"):
        result["profile"] = True
    if opts.get("serve_url"):
        result["url"] = opts["serve_url"]
    if _given(opts, "source"):
        # An explicit --source beats a `source:` key in _config.yml: Jekyll merges the flags over
        # the files (jekyll v3.10.0 lib/jekyll.rb `configuration`); Pages always passes it.
        result["source"] = opts["source"]
    return result


def _given(opts: dict, name: str) -> bool:
    """Whether option ``name`` was given on the command line (not left at its default)."""
    ctx = click.get_current_context(silent=True)
    if ctx is None or opts.get(name) is None:
        return False
    from click.core import ParameterSource

    return ctx.get_parameter_source(name) not in (None, ParameterSource.DEFAULT)


def fail(exc: BaseException, logger: Logger, trace: bool) -> None:
    """Print an error the way Jekyll would, with location and hint, and exit 1."""
    if trace:
        traceback.print_exception(exc)
    if isinstance(exc, JekpyError):
        logger.error(exc.topic, str(exc))
        if exc.location() and exc.location() not in str(exc):
            logger.error("", f"at {exc.location()}")
        if exc.hint:
            logger.error("", exc.hint)
    else:
        logger.error("Error:", f"{type(exc).__name__}: {exc}")
        if not trace:
            logger.error("", "Run with --trace to see the full backtrace.")
    sys.exit(1)


def run_build(opts: dict, environment: str, logger: Logger):
    """One build with Jekyll's log lines; returns the Site."""
    from jekpy.build import make_site

    source = Path(opts["source"]).resolve()
    configs = _split_configs(opts.get("config_files"))
    site = make_site(source, Path(opts["destination"]) if opts.get("destination") else None,
                     configs, overrides_from(opts), environment, logger, pages=not opts.get("plain_jekyll"))
    from jekpy.config import default_config_file

    used = configs if configs is not None else [p for p in [default_config_file(source)] if p]
    for path in used:
        logger.info("Configuration file:", str(path.resolve()))
    if not used:
        logger.warn("Configuration file:", "none")
    logger.info("Source:", str(site.source))
    logger.info("Destination:", str(site.dest))
    logger.info("Incremental build:", "disabled. Enable with --incremental")
    logger.info("Generating...", "")
    started = time.perf_counter()
    site.process()
    logger.info("", f"done in {time.perf_counter() - started:.3f} seconds.")
    if site.stats is not None:
        from jekpy.render import profile_table

        click.echo("\n" + profile_table(site.stats) + "\n")
    return site


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "-v", "--version", prog_name="jekpy")
def main() -> None:
    """jekpy: build a Jekyll site exactly as GitHub Pages does, without Ruby."""


@main.command()
@site_options
def build(**opts) -> None:
    """Build your site into the destination (default ./_site)."""
    logger = Logger(quiet=opts["quiet"], verbose=opts["verbose"])
    environment = os.environ.get("JEKYLL_ENV") or "production"
    if environment == "production":
        # What GitHub Pages' build container sets (read by jekyll-github-metadata: site.github,
        # url and baseurl); the reference renderer's wrapper sets the same.
        os.environ.setdefault("PAGES_ENV", "dotcom")
        os.environ.setdefault("SSL", "true")
    try:
        run_build(opts, environment, logger)
    except (JekpyError, OSError) as exc:
        fail(exc, logger, opts["trace"])
    except Exception as exc:  # an internal error: say so, keep the old _site
        fail(exc, logger, opts["trace"])
    if opts.get("watch"):
        from jekpy.serve import watch

        watch(opts, environment, logger, lambda: run_build(opts, environment, logger))
    else:
        logger.info("Auto-regeneration:", "disabled. Use --watch to enable.")


@main.command()
@site_options
@click.option("-H", "--host", default=None, help="Host to bind to")
@click.option("-P", "--port", default=None, type=int, help="Port to listen on")
@click.option("-l", "--livereload", is_flag=True, help="Use LiveReload to automatically refresh browsers")
@click.option("-o", "--open-url", is_flag=True, help="Launch your site in a browser")
@click.option("--skip-initial-build", is_flag=True, help="Skips the initial site build")
def serve(**opts) -> None:
    """Serve your site locally (development environment by default, like `jekyll serve`)."""
    from jekpy.serve import serve as serve_site

    logger = Logger(quiet=opts["quiet"], verbose=opts["verbose"])
    environment = os.environ.get("JEKYLL_ENV") or "development"
    try:
        serve_site(opts, environment, logger, run_build)
    except (JekpyError, OSError) as exc:
        fail(exc, logger, opts["trace"])


def _attach_check_commands() -> None:
    """`jekpy check` and `jekpy doctor` live in check_cli.py."""
    try:
        from jekpy.check_cli import check, doctor
    except ImportError:  # pragma: no cover - during development of the check package
        return
    main.add_command(check)
    main.add_command(doctor)


_attach_check_commands()


if __name__ == "__main__":  # pragma: no cover
    main()
