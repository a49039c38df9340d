"""The report's charts as inline SVG (matplotlib's SVG backend, text kept as text).

Each chart also has its figures in a table next to it in the HTML, so a reader
without sight of the chart, or a printer without colour, loses nothing.
"""

from __future__ import annotations

import io
from typing import Any

COLOURS = {"ok": "#2e7d32", "warn": "#b26a00", "fail": "#c62828", "helder": "#2e7d32", "bijna": "#b26a00",
           "onhelder": "#c62828", "bar": "#1f4e79", "term": "#c62828"}


def _figure(width: float, height: float):
    import matplotlib

    matplotlib.use("Agg", force=False)
    from matplotlib.figure import Figure

    matplotlib.rcParams.update({"svg.fonttype": "none", "svg.hashsalt": "helder", "font.family": "sans-serif",
                                "font.size": 9, "axes.spines.top": False, "axes.spines.right": False})
    figure = Figure(figsize=(width, height), dpi=100)
    return figure, figure.add_subplot()


def _whole(axis) -> None:
    """Counts of letters and days are whole numbers: no ticks at 0.5."""
    from matplotlib.ticker import MaxNLocator

    axis.set_major_locator(MaxNLocator(integer=True))


def _svg(figure, title: str) -> str:
    figure.tight_layout()
    buffer = io.StringIO()
    figure.savefig(buffer, format="svg", metadata={"Date": None, "Creator": None, "Format": None, "Type": None})
    svg = buffer.getvalue()
    svg = svg[svg.index("<svg"):]
    return svg.replace("<svg ", f'<svg role="img" aria-label="{_attribute(title)}" ', 1)


def _attribute(text: str) -> str:
    return text.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;")


def grades(counts: dict[str, int], labels: dict[str, str]) -> str:
    figure, axes = _figure(4.2, 2.2)
    keys = list(counts)
    axes.barh([labels[key] for key in keys][::-1], [counts[key] for key in keys][::-1],
              color=[COLOURS[key] for key in keys][::-1])
    axes.set_xlabel("brieven")
    _whole(axes.xaxis)
    return _svg(figure, "Verdeling van de beoordelingen")


def histogram(bands: list[dict[str, Any]]) -> str:
    figure, axes = _figure(6.0, 2.6)
    axes.bar([f"{band['from']}–{band['to']}" for band in bands], [band["letters"] for band in bands], color=COLOURS["bar"])
    axes.set_xlabel("score")
    axes.set_ylabel("brieven")
    _whole(axes.yaxis)
    return _svg(figure, "Verdeling van de scores")


def dimensions(rows: list[tuple[str, dict[str, float | None]]], status_labels: dict[str, str]) -> str:
    figure, axes = _figure(6.0, 0.45 * len(rows) + 1.0)
    names = [name for name, _ in rows][::-1]
    left = [0.0] * len(rows)
    for status in ("ok", "warn", "fail"):
        values = [100 * (shares.get(status) or 0.0) for _, shares in rows][::-1]
        axes.barh(names, values, left=left, color=COLOURS[status], label=status_labels[status])
        left = [a + b for a, b in zip(left, values)]
    axes.set_xlim(0, 100)
    axes.set_xlabel("% van de brieven")
    axes.legend(loc="lower center", bbox_to_anchor=(0.5, 1.0), ncol=3, frameon=False)
    return _svg(figure, "Status per onderdeel")


def days(histogram_days: dict[int, int], term: int) -> str:
    figure, axes = _figure(6.0, 2.6)
    width = max(1, (max(histogram_days) + 1) // 30) if histogram_days else 1
    bands: dict[int, int] = {}
    for value, count in histogram_days.items():
        bands[value // width * width] = bands.get(value // width * width, 0) + count
    axes.bar(list(bands), list(bands.values()), width=width * 0.9, align="edge", color=COLOURS["bar"])
    axes.axvline(term + 0.5, color=COLOURS["term"], linestyle="--")
    axes.text(term + 1, max(bands.values(), default=1), f"termijn {term} dagen", color=COLOURS["term"], va="top")
    axes.set_xlabel("dagen tussen ontvangst en antwoord")
    axes.set_ylabel("brieven")
    _whole(axes.yaxis)
    return _svg(figure, "Antwoordtermijn in dagen")
