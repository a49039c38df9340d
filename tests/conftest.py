"""Shared fixtures: one checker per profile for the whole run, and the report contract."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

import helder
from helder.text import replace_lone_surrogates

ROOT = Path(__file__).resolve().parent.parent
SHARED_CONTRACT = ROOT.parent / "shared" / "contract" / "report.schema.json"
PACKAGED_CONTRACT = ROOT / "helder" / "schema" / "report.schema.json"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def contract_path() -> Path:
    """The shared contract when it is beside the repo (as in CI), else the packaged copy of it."""
    return SHARED_CONTRACT if SHARED_CONTRACT.is_file() else PACKAGED_CONTRACT


@pytest.fixture(scope="session")
def report_validator() -> jsonschema.Draft202012Validator:
    schema = json.loads(contract_path().read_text(encoding="utf-8"))
    return jsonschema.Draft202012Validator(schema)


@pytest.fixture(scope="session")
def validate_report(report_validator):
    """Asserts a report dict (or Report) satisfies the contract and helder's own promises."""

    def validate(report, text: str) -> dict:
        data = report.to_dict() if isinstance(report, helder.Report) else report
        text = replace_lone_surrogates(text)  # the checker reads a lone surrogate as U+FFFD, one for one
        errors = sorted(report_validator.iter_errors(data), key=str)
        assert not errors, errors[0].message
        for finding in data["findings"]:
            assert 0 <= finding["start"] <= finding["end"] <= len(text)
            assert finding["text"] == text[finding["start"] : finding["end"]]
            if finding["scope"] == "document" and text.strip():
                assert finding["end"] > finding["start"], finding
        for sentence in data["sentences"]:
            assert 0 <= sentence["start"] < sentence["end"] <= len(text)
        return data

    return validate


@pytest.fixture(scope="session")
def nlp():
    """The shipped Dutch pipeline (loaded once per process anyway)."""
    from helder.nlp import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def checker() -> helder.Checker:
    return helder.Checker()


@pytest.fixture(scope="session")
def local_checker() -> helder.Checker:
    return helder.Checker("lokaal-bestuur")
