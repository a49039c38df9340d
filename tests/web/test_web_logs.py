"""No letter text in any log: the app's, werkzeug's access log or gunicorn's."""

from __future__ import annotations

import json
import logging
import re
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request

import pytest
from werkzeug.serving import make_server

from helder.web import create_app

MARKER = "Zwartbroek"


@pytest.fixture
def secret_letter(letter) -> str:
    """A real reply with a name no log line could contain by chance."""
    return letter("ambtelijk").replace("Verstraete", MARKER)


def pieces_of(text: str) -> list[str]:
    """The text, each line of it and every run of three words: all must stay out of logs."""
    words = re.findall(r"\w+", text)
    lines = [line.strip() for line in text.splitlines() if len(line.strip()) > 8]
    trigrams = [" ".join(words[i : i + 3]) for i in range(len(words) - 2)]
    return [text, MARKER, *lines, *trigrams]


def assert_absent(text: str, log: str) -> None:
    leaked = [piece for piece in pieces_of(text) if piece in log]
    assert not leaked, f"letter text in the log: {leaked[:3]}"


def test_app_logs_no_text_even_when_it_fails(caplog, monkeypatch, secret_letter):
    caplog.set_level(logging.DEBUG)
    app = create_app()
    client = app.test_client()
    assert client.post("/api/check", json={"text": secret_letter}).status_code == 200
    assert client.post("/", data={"text": secret_letter}).status_code == 200
    assert client.post("/v2/check", data={"text": secret_letter, "language": "nl-BE"}).status_code == 200

    def leaky(self, text, profile=None):
        raise ValueError(f"kon niet verwerken: {text}")

    monkeypatch.setattr(type(app.extensions["helder"]), "check", leaky)
    assert client.post("/api/check", json={"text": secret_letter}).status_code == 500
    assert "Unexpected ValueError" in caplog.text  # the failure itself is logged ...
    assert_absent(secret_letter, caplog.text)  # ... without the text


def test_werkzeug_access_log_has_no_text(caplog, capfd, secret_letter):
    caplog.set_level(logging.DEBUG)
    server = make_server("127.0.0.1", 0, create_app(), threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    base = f"http://127.0.0.1:{server.server_port}"
    try:
        request = urllib.request.Request(f"{base}/api/check", data=json.dumps({"text": secret_letter}).encode(),
                                         headers={"Content-Type": "application/json"})
        assert urllib.request.urlopen(request, timeout=60).status == 200
        form = urllib.parse.urlencode({"text": secret_letter}).encode()
        assert urllib.request.urlopen(f"{base}/", data=form, timeout=60).status == 200
        languagetool = urllib.parse.urlencode({"text": secret_letter, "language": "nl-BE"}).encode()
        assert urllib.request.urlopen(f"{base}/v2/check", data=languagetool, timeout=60).status == 200
    finally:
        server.shutdown()
        thread.join(timeout=5)
    output = caplog.text + "".join(capfd.readouterr())
    assert '"POST /api/check HTTP/1.1" 200' in output
    assert_absent(secret_letter, output)


def test_gunicorn_serves_the_app_and_logs_no_text(tmp_path, secret_letter, free_port):
    """The documented team command works, and its access and error logs stay clean."""
    port = free_port
    log_path = tmp_path / "gunicorn.log"
    with log_path.open("w") as log:
        server = subprocess.Popen(
            [sys.executable, "-m", "gunicorn", "-w", "1", "--threads", "2", "-b", f"127.0.0.1:{port}",
             "--access-logfile", "-", "--error-logfile", "-", "--log-level", "debug", "helder.web:create_app()"],
            stdout=log, stderr=subprocess.STDOUT,
        )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                assert json.load(urllib.request.urlopen(f"{base}/healthz", timeout=5))["status"] == "ok"
                break
            except OSError:
                assert time.monotonic() < deadline, log_path.read_text()
                time.sleep(0.3)
        request = urllib.request.Request(f"{base}/api/check", data=json.dumps({"text": secret_letter}).encode(),
                                         headers={"Content-Type": "application/json"})
        report = json.load(urllib.request.urlopen(request, timeout=120))
        assert report["findings"]
        form = urllib.parse.urlencode({"text": secret_letter}).encode()
        assert urllib.request.urlopen(f"{base}/", data=form, timeout=60).status == 200
        languagetool = urllib.parse.urlencode({"text": secret_letter, "language": "nl-BE"}).encode()
        assert urllib.request.urlopen(f"{base}/v2/check", data=languagetool, timeout=60).status == 200
    finally:
        server.terminate()
        server.wait(timeout=30)
    output = log_path.read_text()
    assert "POST /api/check" in output and "GET /healthz" in output
    assert_absent(secret_letter, output)


def test_helder_serve_logs_no_query_string(caplog, capfd, secret_letter):
    """A letter sent in a URL (GET /v2/check?text=...) is refused and stays out of `helder serve`'s log."""
    from helder.web.security import PathOnlyRequestHandler

    caplog.set_level(logging.DEBUG)
    server = make_server("127.0.0.1", 0, create_app(), threaded=True, request_handler=PathOnlyRequestHandler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    query = urllib.parse.urlencode({"text": secret_letter, "language": "nl-BE"})
    try:
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(f"http://127.0.0.1:{server.server_port}/v2/check?{query}", timeout=60)
    finally:
        server.shutdown()
        thread.join(timeout=5)
    assert refused.value.code == 405
    output = caplog.text + "".join(capfd.readouterr())
    assert '"GET /v2/check" 405' in output
    assert_absent(secret_letter, output)
