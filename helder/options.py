"""Command-line options shared by `helder check` and `helder report`: which profile and rules a checker uses."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from helder.profiles import DEFAULT_PROFILE


def checker_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """--profile, --rules, --disable and --accept, as every command that builds a Checker takes them."""
    for option in reversed((
        click.option("--profile", default=DEFAULT_PROFILE, show_default=True, help="Profiel (zie 'helder profiles')."),
        click.option("--rules", "rule_dirs", multiple=True, type=click.Path(file_okay=False, path_type=Path),
                     help="Extra map met regels van uw organisatie (herhaalbaar)."),
        click.option("--disable", multiple=True,
                     help="Regels uitzetten, op id of voorvoegsel: 'jargon.' of 'empathy.helaas'."),
        click.option("--accept", multiple=True, help="Woorden die voor uw organisatie nooit jargon zijn."),
    )):
        command = option(command)
    return command


def split_list(values: tuple[str, ...]) -> tuple[str, ...]:
    """Repeated and comma-separated values as one tuple: ('a,b', 'c') -> ('a', 'b', 'c')."""
    return tuple(item.strip() for value in values for item in value.split(",") if item.strip())
