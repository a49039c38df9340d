"""Many letters at once: the corpus report a complaint coordinator needs for the annual report.

    from helder.corpus import ReportOptions, build_report
    summary = build_report(["brieven/"], "rapport/", ReportOptions(jobs=2, meta="meta.csv"))

`score_file(path)` scores one file into the row of brieven.csv, for running the
same work under Dask, Spark or a script of your own. The names load on first
use, so `helder --help` does not pay for openpyxl and Jinja2.
"""

from __future__ import annotations

from typing import Any

__all__ = ["ReportOptions", "Settings", "build_report", "count_sources", "score_file"]
_HOMES = {"ReportOptions": "run", "build_report": "run", "count_sources": "run", "Settings": "rows", "score_file": "rows"}


def __getattr__(name: str) -> Any:
    if name in _HOMES:
        import importlib

        return getattr(importlib.import_module(f"helder.corpus.{_HOMES[name]}"), name)
    raise AttributeError(name)
