"""The meta CSV a coordinator keeps per complaint, and timeliness (criterion 8).

Columns: `bestand` (file name or relative path, required) and optionally
`ontvangen`, `verzonden`, `dienst`, `behandelaar`, `uitkomst`. Separator `;` or
`,` (whichever the header uses), UTF-8 with or without BOM, or Windows-1252.
Rows that cannot be used (no file name, a bad date, sent before received, a
duplicate) are listed as problems, never dropped in silence; rows that match no
letter are listed after the run.
"""

from __future__ import annotations

import csv
import io
import os
from dataclasses import dataclass, field
from datetime import date
from pathlib import PurePosixPath

from helder.corpus.dates import parse_date
from helder.errors import HelderError

COLUMNS = ("bestand", "ontvangen", "verzonden", "dienst", "behandelaar", "uitkomst")


class MetaError(HelderError):
    """The meta file as a whole cannot be used."""


@dataclass(frozen=True)
class MetaRow:
    line: int
    bestand: str
    ontvangen: date | None = None
    verzonden: date | None = None
    dienst: str = ""
    behandelaar: str = ""
    uitkomst: str = ""


@dataclass
class MetaTable:
    """Meta rows by file key, with the problems found while reading them."""

    rows: list[MetaRow] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    _by_key: dict[str, MetaRow] = field(default_factory=dict)
    _used: set[int] = field(default_factory=set)

    def add(self, row: MetaRow) -> None:
        key = _key(row.bestand)
        if key in self._by_key:
            self.problems.append(f"regel {row.line}: '{row.bestand}' staat er al in (regel {self._by_key[key].line}); "
                                 "deze regel telt niet mee")
            return
        self.rows.append(row)
        self._by_key[key] = row

    def lookup(self, label: str) -> MetaRow | None:
        """The row whose `bestand` is the letter's full label or its longest tail: "archief.zip/2025/a.docx",
        "2025/a.docx" or "a.docx". A row that fits two letters is reported: give the path then."""
        parts = PurePosixPath(_key(label)).parts
        for start in range(len(parts)):
            row = self._by_key.get("/".join(parts[start:]))
            if row is not None:
                return self._use(row, label)
        return None

    def _use(self, row: MetaRow, label: str) -> MetaRow:
        if row.line in self._used:
            self.problems.append(f"regel {row.line}: '{row.bestand}' past bij meer dan één brief (ook {label}); "
                                 "geef het pad binnen de map of zip")
        self._used.add(row.line)
        return row

    def unmatched(self) -> list[MetaRow]:
        return [row for row in self.rows if row.line not in self._used]


def _key(name: str) -> str:
    return name.strip().replace("\\", "/").lstrip("./").casefold()


def _decode(data: bytes) -> str:
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise MetaError("Het metabestand is geen tekstbestand (UTF-8 of Windows-1252).")


def read_meta(source: str | os.PathLike[str] | bytes) -> MetaTable:
    """Read a meta CSV from a path or bytes; raises MetaError when it has no `bestand` column."""
    if isinstance(source, bytes):
        text = _decode(source)
    else:
        try:
            with open(source, "rb") as handle:
                text = _decode(handle.read())
        except OSError as error:
            raise MetaError(f"Het metabestand {source} kan niet gelezen worden: {error.strerror or error}.") from error
    header = text.split("\n", 1)[0]
    delimiter = ";" if header.count(";") >= header.count(",") else ","
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    try:
        columns = [column.strip().lower() for column in next(reader)]
    except StopIteration:
        raise MetaError("Het metabestand is leeg.") from None
    if "bestand" not in columns:
        raise MetaError(f"Het metabestand mist de kolom 'bestand' (gevonden: {', '.join(columns) or 'geen'}; "
                        f"scheidingsteken '{delimiter}').")
    table = MetaTable()
    unknown = [column for column in columns if column and column not in COLUMNS]
    if unknown:
        table.problems.append(f"onbekende kolommen genegeerd: {', '.join(unknown)}")
    for line, values in enumerate(reader, start=2):
        if not any(value.strip() for value in values):
            continue
        record = {column: (values[index].strip() if index < len(values) else "") for index, column in enumerate(columns)}
        _add_row(table, line, record)
    return table


def _add_row(table: MetaTable, line: int, record: dict[str, str]) -> None:
    if not record.get("bestand"):
        table.problems.append(f"regel {line}: geen bestandsnaam in de kolom 'bestand'; deze regel telt niet mee")
        return
    dates: dict[str, date | None] = {}
    for column in ("ontvangen", "verzonden"):
        value = record.get(column, "")
        dates[column] = None
        if value:
            try:
                dates[column] = parse_date(value)
            except ValueError as error:
                table.problems.append(f"regel {line} ({record['bestand']}): '{column}': {error}")
    if dates["ontvangen"] and dates["verzonden"] and dates["verzonden"] < dates["ontvangen"]:
        table.problems.append(f"regel {line} ({record['bestand']}): verzonden vóór ontvangen; de termijn telt niet mee")
        dates = {"ontvangen": None, "verzonden": None}
    table.add(MetaRow(line, record["bestand"], dates["ontvangen"], dates["verzonden"], record.get("dienst", ""),
                      record.get("behandelaar", ""), record.get("uitkomst", "")))


@dataclass(frozen=True)
class Timeliness:
    """Days from receipt to answer and whether that is within the profile's term."""

    received: date | None
    sent: date | None
    estimated: bool

    def days(self) -> int | None:
        return (self.sent - self.received).days if self.received and self.sent else None

    def on_time(self, term_days: int) -> bool | None:
        days = self.days()
        return None if days is None else days <= term_days


def timeliness(meta: MetaRow | None, estimated: tuple[date | None, date | None]) -> Timeliness:
    """Meta dates first; a date the meta file lacks comes from the letter itself and marks the result estimated."""
    received = meta.ontvangen if meta else None
    sent = meta.verzonden if meta else None
    guessed = False
    if received is None and estimated[0] is not None:
        received, guessed = estimated[0], True
    if sent is None and estimated[1] is not None:
        sent, guessed = estimated[1], True
    if received and sent and sent < received:
        return Timeliness(None, None, False)
    return Timeliness(received, sent, guessed and received is not None and sent is not None)
