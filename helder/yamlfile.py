"""Reading a YAML data file (rules, exercises) into a dict, with a Dutch error that names the file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from helder.errors import HelderError

# libyaml's safe loader when PyYAML has it: data files load several times faster.
_FAST_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class YAML_LOADER(_FAST_LOADER):  # noqa: N801  (used like PyYAML's loader classes)
    """The safe loader, refusing a key that a mapping holds twice: YAML keeps the last one silently,
    so a lexicon term entered twice would lose its first entry unnoticed."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict:
        seen: dict[object, yaml.Node] = {}
        for key_node, _ in node.value:
            if isinstance(key_node, yaml.ScalarNode) and key_node.tag != "tag:yaml.org,2002:merge":
                if key_node.value in seen:
                    message = f"de sleutel '{key_node.value}' staat twee keer in dezelfde lijst"
                    raise yaml.constructor.ConstructorError(None, None, message, key_node.start_mark)
                seen[key_node.value] = key_node
        return super().construct_mapping(node, deep=deep)


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
