"""The wheel carries everything helder needs: model, rules, schema, web assets.

The wheel is built once and unpacked into a temporary folder; a fresh
Python process then imports helder from there, far from the repository
and from ../shared, and checks a letter.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(out), str(ROOT)],
        check=True, capture_output=True,
    )
    return next(out.glob("helder-*.whl"))


def test_wheel_contains_model_rules_and_web_assets(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    size = sum(info.file_size for info in zipfile.ZipFile(wheel).infolist() if "_data/models/" in info.filename)
    assert "helder/_data/models/nl_helder/config.cfg" in names
    assert size < 25 * 1024 * 1024
    assert "helder/_data/rules/profiles/vlaamse-overheid.yaml" in names
    assert "helder/schema/report.schema.json" in names and "helder/py.typed" in names
    assert "helder/web/templates/editor.html" in names
    assert any(name.startswith("helder/web/static/js/") for name in names)
    assert not any(name.endswith(".conllu") for name in names)


def test_installed_package_works_without_the_repository(wheel, tmp_path):
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    code = (
        "import json, helder, helder.nlp;"
        "r = helder.check('Beste mevrouw Claes,\\n\\nBedankt voor uw mail. Wij storten het bedrag morgen.\\n');"
        "print(json.dumps({'model': str(helder.nlp.model_path()), 'score': r.score, 'file': helder.__file__}))"
    )
    env = {key: value for key, value in os.environ.items() if key != "HELDER_RULES"}
    env["PYTHONPATH"] = str(site)
    result = subprocess.run([sys.executable, "-I", "-c", f"import sys; sys.path.insert(0, {str(site)!r}); {code}"],
                            cwd=elsewhere, env=env, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["file"].startswith(str(site))
    assert report["model"].startswith(str(site))
    assert 0 <= report["score"] <= 100


def test_every_python_package_and_data_folder_is_in_the_wheel(wheel):
    """A subpackage left out of pyproject's list breaks only the installed copy, never the repository."""
    names = set(zipfile.ZipFile(wheel).namelist())
    for init in sorted((ROOT / "helder").rglob("__init__.py")):
        module = init.relative_to(ROOT).as_posix()
        assert module in names, f"{module} is missing from the wheel: add its package to pyproject.toml"
    for folder, packaged in (("web", "helder/web"), ("rules", "helder/_data/rules"), ("exercises", "helder/_data/exercises")):
        for path in sorted((ROOT / folder).rglob("*")):
            if path.is_file() and path.suffix in (".py", ".yaml", ".html", ".js", ".css", ".svg") and "__pycache__" not in path.parts:
                assert f"{packaged}/{path.relative_to(ROOT / folder).as_posix()}" in names, path
