"""rapport.xlsx: a summary sheet, the letters and the rules, for the annual report.

Written with openpyxl in write-only mode, so the letters sheet streams to disk
like brieven.csv. Each sheet has a bold, frozen header, column widths and
number formats (whole numbers, one decimal, percentages, dd/mm/jjjj dates).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from helder.corpus.outputs import FRAGMENT_COLUMNS

_FORMATS = {"int": "0", "float": "0.0", "share": "0.0%", "date": "dd/mm/yyyy"}
_WIDTHS = {"text": 16, "int": 10, "float": 12, "share": 12, "bool": 10, "date": 12}
_BOLD = Font(bold=True)


class XlsxReport:
    """The workbook, filled as the letters come in and finished with the summary and the rules."""

    def __init__(self, path: Path, letter_columns: list[tuple[str, str]], fragments: bool) -> None:
        self.path = path
        self.book = Workbook(write_only=True)
        self.summary = self._sheet("Samenvatting", [("wat", "text"), ("waarde", "text"), ("aandeel", "share")], widths=(46, 14, 12), header=False)
        self.letter_columns = letter_columns
        self.letters = self._sheet("Brieven", letter_columns, widths=(40,))
        self.fragments = self._sheet("Fragmenten", FRAGMENT_COLUMNS,
                                     widths=(40, 34, 80)) if fragments else None

    def _sheet(self, title: str, columns: list[tuple[str, str]], widths: tuple[int, ...] = (), header: bool = True):
        sheet = self.book.create_sheet(title)
        for index, (name, kind) in enumerate(columns, start=1):
            width = widths[index - 1] if index - 1 < len(widths) else max(_WIDTHS[kind], len(name) + 2)
            sheet.column_dimensions[get_column_letter(index)].width = width
        if header:
            sheet.freeze_panes = "A2"
            sheet.append([self._cell(sheet, name, "text", bold=True) for name, _ in columns])
        return sheet

    def _cell(self, sheet, value: Any, kind: str, bold: bool = False) -> WriteOnlyCell:
        if kind == "bool" and value is not None and value != "":
            value = "ja" if value else "nee"
        if value == "":
            value = None
        cell = WriteOnlyCell(sheet, value=value)
        if kind in _FORMATS and value is not None:
            cell.number_format = _FORMATS[kind]
        if bold:
            cell.font = _BOLD
        return cell

    def _append(self, sheet, columns: list[tuple[str, str]], record: dict[str, Any]) -> None:
        sheet.append([self._cell(sheet, record.get(name), kind) for name, kind in columns])

    def letter(self, record: dict[str, Any]) -> None:
        self._append(self.letters, self.letter_columns, record)

    def fragment(self, record: dict[str, Any]) -> None:
        if self.fragments is not None:
            self._append(self.fragments, FRAGMENT_COLUMNS, record)

    def finish(self, lines: list[tuple[str, Any, float | None]], rule_columns: list[tuple[str, str]],
               rules: list[dict[str, Any]]) -> None:
        """Fill the summary (label, value, share; a None value makes a bold heading) and the rules sheet, then save."""
        for label, value, share in lines:
            if value is None and share is None:
                self.summary.append([self._cell(self.summary, label, "text", bold=True)])
            else:
                self.summary.append([self._cell(self.summary, label, "text"),
                                     self._cell(self.summary, value, "float" if isinstance(value, float) else "int" if isinstance(value, int) else "text"),
                                     self._cell(self.summary, share, "share")])
        sheet = self._sheet("Regels", rule_columns, widths=(40, 18))
        for record in rules:
            self._append(sheet, rule_columns, record)
        self.book.save(self.path)
