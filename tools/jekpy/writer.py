"""Writing ``_site``: into a temporary folder beside the destination, swapped in at the end.

A failed build leaves the previous destination untouched. Only this module writes below the
destination, and every path is checked to stay inside it. ``keep_files`` are carried over
from the old destination (Jekyll's Cleaner keeps them; jekyll/jekyll v3.10.0
lib/jekyll/cleaner.rb). Conflicting outputs are reported like Jekyll's doctor
(commands/doctor.rb ``conflicting_urls``).
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from jekpy import documents, urls
from jekpy.errors import DestinationError

if TYPE_CHECKING:
    from jekpy.site import Site


def check_destination(source: Path, dest: Path) -> None:
    """Refuse a destination that is the source or contains it (Site#ensure_not_in_dest)."""
    source = source.resolve()
    dest = dest.resolve()
    if dest == source or dest in source.parents:
        raise DestinationError(
            "Destination directory cannot be or contain the Source directory.",
            path=str(dest),
            hint="Choose a destination inside the source (the default is _site) or elsewhere.",
        )


def outputs(site: Site) -> list[tuple[str, object]]:
    """(relative destination path, item) for everything the build writes, in Jekyll's order."""
    result: list[tuple[str, object]] = []
    for page in site.pages:
        result.append((urls.page_destination(page.url, page.output_ext), page))
    for sf in site.static_files:
        if sf.write:
            result.append((sf.destination_rel, sf))
    for collection in site.collections.values():
        if collection.output:
            for doc in collection.docs:
                if doc.write and documents.publishable(site, doc):
                    result.append((urls.document_destination(doc.url, doc.output_ext), doc))
        # a collection's static files are written even when its documents are not (3.10)
        for sf in collection.files:
            if sf.write:
                result.append((sf.destination_rel, sf))
    return result


def report_conflicts(site: Site, items: list[tuple[str, object]]) -> None:
    """Warn when two items write the same file, as ``jekyll doctor`` does."""
    seen: dict[str, list] = {}
    for rel, item in items:
        seen.setdefault(rel, []).append(item)
    for rel, sharing in seen.items():
        if len(sharing) > 1:
            paths = ", ".join(str(getattr(i, "path", "")) for i in sharing)
            site.logger.warn(
                "Conflict:",
                f"The following destination is shared by multiple files.\n"
                f"{'':20}The written file may end up with unexpected contents.\n"
                f"{'':20}{site.dest / rel}\n{'':20} - {paths}",
            )


def _safe_target(root: Path, rel: str) -> Path:
    target = (root / rel.lstrip("/")).resolve()
    if target != root and root not in target.parents:
        raise DestinationError(f"Refusing to write outside the destination: {rel}", path=rel)
    return target


def write_site(site: Site) -> None:
    """Write every output into a fresh folder, carry ``keep_files`` over, then swap it in."""
    dest = site.dest
    check_destination(site.source, dest)
    items = outputs(site)
    report_conflicts(site, items)
    dest.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".jekpy-{dest.name}-", dir=dest.parent)).resolve()
    try:
        for rel, item in items:
            target = _safe_target(staging, rel)
            target.parent.mkdir(parents=True, exist_ok=True)
            if hasattr(item, "output"):
                target.write_bytes((item.output or "").encode("utf-8"))
            else:
                shutil.copyfile(item.path, target)
                os.utime(target, (item.mtime, item.mtime))
        keep_files(site, staging)
        swap(staging, dest)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise


def keep_files(site: Site, staging: Path) -> None:
    """Copy ``keep_files`` entries of the old destination that the build did not write."""
    old = site.dest
    if not old.is_dir():
        return
    for name in site.config.get("keep_files") or []:
        for found in sorted(old.glob(str(name).strip("/"))) if str(name).strip("/") else []:
            rel = found.relative_to(old)
            target = staging / rel
            if target.exists():
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
            if found.is_dir() and not found.is_symlink():
                shutil.copytree(found, target, symlinks=True)
            else:
                shutil.copy2(found, target, follow_symlinks=False)


def swap(staging: Path, dest: Path) -> None:
    """Replace ``dest`` with ``staging`` (rename the old one aside first, then drop it)."""
    old = None
    if dest.exists() or dest.is_symlink():
        if not dest.is_dir() or dest.is_symlink():
            raise DestinationError(f"Destination {dest} is not a folder.", path=str(dest))
        old = Path(tempfile.mkdtemp(prefix=f".jekpy-old-{dest.name}-", dir=dest.parent))
        os.rmdir(old)
        os.rename(dest, old)
    os.rename(staging, dest)
    os.chmod(dest, 0o755)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)
