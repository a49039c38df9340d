"""What goes into a corpus report: files, folders (recursive) and .zip archives.

Inputs are walked lazily and sorted, and yield small `Source` references
(a path and, for a zip, the member name); the bytes are read only by the
process that scores the letter, so a large archive never sits in memory.
"""

from __future__ import annotations

import io
import os
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from helder.errors import HelderError
from helder.extract import SUPPORTED

# A letter file above this size is no letter: it is reported, not read.
MAX_FILE_BYTES = 20 * 1024 * 1024
# Office lock files, macOS resource forks and other files nobody means as a letter.
_IGNORED_PREFIXES = (".", "~$", "__MACOSX")
_IGNORED_NAMES = {"thumbs.db", "desktop.ini"}


class InputError(HelderError):
    """A letter file that cannot be read; the message says why, in Dutch."""


@dataclass(frozen=True)
class Source:
    """One letter to read: a file on disk, a member of a zip on disk, or bytes in memory."""

    label: str  # as the user gave it: "brieven/2025/a.docx", "archief.zip/2025/a.docx"
    relative: str  # within the folder or zip given ("2025/a.docx"), or the file name
    path: str | None = None
    member: str | None = None
    data: bytes | None = None  # an uploaded file, or an uploaded zip when `member` is set
    problem: str = ""  # set when the input cannot be a letter (missing, wrong type, ...)

    @property
    def name(self) -> str:
        return PurePosixPath(self.relative).name

    def read(self) -> bytes:
        """The file's bytes; raises `InputError` with a Dutch reason."""
        if self.problem:
            raise InputError(self.problem)
        try:
            if self.member is not None:
                archive = _archive(self.path) if self.data is None else zipfile.ZipFile(io.BytesIO(self.data))
                info = archive.getinfo(self.member)
                if info.file_size > MAX_FILE_BYTES:
                    raise InputError(_too_large())
                with archive.open(info) as handle:
                    data = handle.read(MAX_FILE_BYTES + 1)
            elif self.data is not None:
                data = self.data
            else:
                if os.path.getsize(self.path or "") > MAX_FILE_BYTES:
                    raise InputError(_too_large())
                data = Path(self.path or "").read_bytes()
        except (OSError, KeyError, zipfile.BadZipFile, RuntimeError, NotImplementedError) as error:
            raise InputError(f"Het bestand kan niet gelezen worden ({type(error).__name__}).") from error
        if len(data) > MAX_FILE_BYTES:
            raise InputError(_too_large())
        return data


# Open zips on disk by path: reading the central directory again for every member would make a large
# archive quadratic. Each process keeps a few open; `close_archives()` closes them when a report is done.
_OPEN_ARCHIVES: dict[str, zipfile.ZipFile] = {}


def _archive(path: str | None) -> zipfile.ZipFile:
    if path not in _OPEN_ARCHIVES:
        if len(_OPEN_ARCHIVES) >= 4:
            close_archives()
        _OPEN_ARCHIVES[str(path)] = zipfile.ZipFile(str(path))
    return _OPEN_ARCHIVES[str(path)]


def close_archives() -> None:
    for archive in _OPEN_ARCHIVES.values():
        archive.close()
    _OPEN_ARCHIVES.clear()


def _too_large() -> str:
    return f"Het bestand is groter dan {MAX_FILE_BYTES // (1024 * 1024)} MB; dat is geen brief."


def _ignored(relative: str) -> bool:
    return any(part.startswith(_IGNORED_PREFIXES) for part in PurePosixPath(relative).parts) or (
        PurePosixPath(relative).name.lower() in _IGNORED_NAMES
    )


def _checked(source: Source) -> Source:
    """Mark files of a type helder does not read, so they become an error row."""
    suffix = PurePosixPath(source.relative).suffix.lower()
    if suffix not in SUPPORTED and not source.problem:
        kinds = ", ".join(SUPPORTED)
        return Source(**{**source.__dict__, "problem": f"Bestandstype '{suffix or 'zonder extensie'}' wordt niet gelezen ({kinds}, .zip)."})
    return source


def sources(inputs: Iterable[str | os.PathLike[str]], skip: Path | None = None) -> Iterator[Source]:
    """Every letter in the given files, folders and zips, in a stable (sorted) order.

    `skip` is a folder left out of the walk: the report's own output folder, when it lies inside an input.
    """
    for given in inputs:
        label = str(given)
        path = Path(given)
        if path.is_dir():
            for file in sorted(path.rglob("*")):
                relative = file.relative_to(path).as_posix()
                if skip is not None and file.resolve().is_relative_to(skip):
                    continue
                if file.is_file() and not _ignored(relative):
                    yield from _file(file, f"{label.rstrip('/')}/{relative}", relative)
        elif path.is_file():
            yield from _file(path, label, path.name)
        else:
            yield Source(label, path.name, problem="Dit bestand of deze map bestaat niet.")


def _file(path: Path, label: str, relative: str) -> Iterator[Source]:
    if path.suffix.lower() == ".zip":
        yield from zip_sources(label, path=str(path))
    else:
        yield _checked(Source(label, relative, path=str(path)))


def zip_sources(label: str, path: str | None = None, data: bytes | None = None) -> Iterator[Source]:
    """The letters in a zip archive on disk (`path`) or in memory (`data`)."""
    try:
        archive = zipfile.ZipFile(path if data is None else io.BytesIO(data))
    except (OSError, zipfile.BadZipFile) as error:
        yield Source(label, PurePosixPath(label).name, problem=f"Het zip-bestand is beschadigd ({type(error).__name__}).")
        return
    with archive:
        names = sorted(info.filename for info in archive.infolist() if not info.is_dir())
    for name in names:
        if _ignored(name):
            continue
        source = Source(f"{label}/{name}", name, path=path, member=name, data=data)
        if name.lower().endswith(".zip"):
            yield Source(**{**source.__dict__, "problem": "Een zip-bestand in een zip-bestand wordt niet geopend."})
        else:
            yield _checked(source)


def uploaded_sources(files: Iterable[tuple[str, bytes]]) -> Iterator[Source]:
    """Sources for files uploaded to the web page (name, bytes); a zip is opened in memory."""
    for name, data in files:
        clean = PurePosixPath(name.replace("\\", "/")).name or "bestand"
        if clean.lower().endswith(".zip"):
            yield from zip_sources(clean, data=data)
        else:
            yield _checked(Source(clean, clean, data=data))
