"""Reading a YAML data file (rules, exercises) into a dict, with a Dutch error that names the file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from helder.errors import HelderError

# libyaml's safe loader when PyYAML has it: data files load several times faster.
YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_mapping(path: Path, what: str, error: type[HelderError], expected: str) -> dict[str, Any]:
    """The file's top-level mapping; `what` names the file ("Regelbestand"), `expected` its keys."""
    try:
        document = yaml.load(path.read_text(encoding="utf-8"), Loader=YAML_LOADER)
    except (OSError, UnicodeDecodeError) as cause:
        raise error(f"{what} {path} kan niet gelezen worden: {cause}") from cause
    except yaml.YAMLError as cause:
        raise error(f"{what} {path} is geen geldige YAML: {cause}") from cause
    if not isinstance(document, dict):
        raise error(f"{what} {path}: verwacht een object met {expected}.")
    return document
