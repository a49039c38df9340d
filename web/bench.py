"""Load benchmark for the web app: gunicorn on 127.0.0.1, real HTTP from another process.

    python -m helder.web.bench [--requests 200] [--clients 8] [--time-limit 120]

Starts `gunicorn -w 2 'helder.web:create_app()'` on a free port,
waits for /healthz, measures the page load of GET / and then sends a fixed
number of checks of ~400-word Dutch replies from a separate process with a
bounded pool of client threads, first to /api/check, then the same number to
/v2/check (the LanguageTool protocol). Prints p50/p95 latency, requests per second
and errors, then stops gunicorn. Traffic goes to 127.0.0.1 only.
"""

from __future__ import annotations

import argparse
import http.client
import json
import multiprocessing
import random
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from dataclasses import dataclass, field

HOST = "127.0.0.1"
WORDS_PER_REPLY = 400

_OPENINGS = (
    "Geachte mevrouw Peeters,", "Beste meneer Claes,", "Geachte heer Wouters,", "Beste mevrouw Maes,",
)
_BODY = (
    "Dank u voor uw brief van 12 maart over de afhaling van het huisvuil in uw straat.",
    "U schrijft dat de vuilniszakken al twee weken niet werden opgehaald.",
    "Dat is vervelend, en ik begrijp dat u daar boos over bent.",
    "Ik heb uw klacht nagekeken bij onze dienst Afvalbeheer.",
    "In het kader van de nieuwe ophaalronde werd uw straat per vergissing overgeslagen.",
    "Middels deze brief willen wij u informeren over de stappen die wij nu zetten.",
    "Wij hebben de planning aangepast, zodat de ophaling vanaf volgende week weer op dinsdag gebeurt.",
    "De chauffeurs kregen een nieuwe lijst met alle straten van uw wijk.",
    "Uw aanvraag werd door onze medewerkers grondig onderzocht en besproken met de ploegbaas.",
    "Wij verzoeken u om de zakken voortaan voor zeven uur 's ochtends buiten te zetten.",
    "Als de ophaling opnieuw niet doorgaat, mag u mij altijd rechtstreeks bellen.",
    "Onze excuses voor de overlast die u daardoor had.",
    "U hoeft zelf niets te doen: wij halen de achtergebleven zakken deze week gratis op.",
    "Wij zullen in de toekomst beter opvolgen of elke straat bediend wordt.",
    "Teneinde herhaling te voorkomen, werd er bovendien een extra controle ingebouwd in het systeem.",
    "Heeft u nog vragen over uw dossier, dan kunt u mij bereiken op het nummer 09 266 71 00.",
    "Het spijt me dat het zo lang duurde voor u een antwoord kreeg.",
    "Overeenkomstig het reglement wordt de retributie voor deze maand niet aangerekend.",
)
_WHAT_NEXT = (
    "Bent u het niet eens met dit antwoord? Dan kunt u terecht bij de Vlaamse Ombudsdienst. "
    "Dat kan gratis via www.vlaamseombudsdienst.be of via het gratis nummer 1700."
)
_CLOSING = "Met vriendelijke groeten,\n\nAn Peeters\nKlachtendienst"


def reply(seed: int, words: int = WORDS_PER_REPLY) -> str:
    """A realistic Dutch complaint reply of about `words` words, different per seed."""
    rng = random.Random(seed)
    sentences: list[str] = []
    count = len(f"{_OPENINGS[0]} {_WHAT_NEXT} {_CLOSING}".split())
    while count < words:
        sentence = rng.choice(_BODY)
        sentences.append(sentence)
        count += len(sentence.split())
    paragraphs = [" ".join(sentences[i : i + 4]) for i in range(0, len(sentences), 4)]
    return "\n\n".join([rng.choice(_OPENINGS), *paragraphs, _WHAT_NEXT, _CLOSING])


def percentile(values: list[float], fraction: float) -> float:
    """Nearest-rank percentile of a non-empty list."""
    ordered = sorted(values)
    rank = max(1, round(fraction * len(ordered) + 0.5 - 1e-9))
    return ordered[min(rank, len(ordered)) - 1]


@dataclass
class LoadResult:
    latencies: list[float] = field(default_factory=list)  # seconds, successful requests only
    errors: int = 0
    elapsed: float = 0.0


# The two ways to ask for a check: helder's JSON API, and the LanguageTool protocol editors speak.
ROUTES = {
    "/api/check": (lambda text: json.dumps({"text": text}), "application/json"),
    "/v2/check": (lambda text: urllib.parse.urlencode({"text": text, "language": "nl-BE"}),
                  "application/x-www-form-urlencoded"),
}


def _post_check(connection: http.client.HTTPConnection, text: str, route: str) -> int:
    encode, content_type = ROUTES[route]
    connection.request("POST", route, body=encode(text).encode("utf-8"), headers={"Content-Type": content_type})
    response = connection.getresponse()
    response.read()
    return response.status


def run_load(port: int, requests: int, clients: int, time_limit: float, route: str = "/api/check") -> LoadResult:
    """Send `requests` checks to `route` with `clients` threads; stops early at `time_limit` seconds."""
    texts = [reply(seed) for seed in range(min(requests, 50))]
    result = LoadResult()
    lock = threading.Lock()
    next_index = iter(range(requests))
    deadline = time.monotonic() + time_limit

    def client() -> None:
        connection = http.client.HTTPConnection(HOST, port, timeout=max(1.0, time_limit))
        try:
            while time.monotonic() < deadline:
                with lock:
                    index = next(next_index, None)
                if index is None:
                    return
                started = time.perf_counter()
                try:
                    status = _post_check(connection, texts[index % len(texts)], route)
                except (OSError, http.client.HTTPException):
                    status = 0
                    connection.close()
                    connection = http.client.HTTPConnection(HOST, port, timeout=max(1.0, time_limit))
                latency = time.perf_counter() - started
                with lock:
                    if status == 200:
                        result.latencies.append(latency)
                    else:
                        result.errors += 1
        finally:
            connection.close()

    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=clients) as pool:
        for _ in range(clients):
            pool.submit(client)
    result.elapsed = time.perf_counter() - started
    return result


def warm_then_load(port: int, requests: int, clients: int, time_limit: float) -> dict[str, LoadResult]:
    """Uncounted requests first, on every route, so each gunicorn worker has loaded what the route needs."""
    for route in ROUTES:
        run_load(port, 2 * clients, clients, time_limit, route)
    return {route: run_load(port, requests, clients, time_limit, route) for route in ROUTES}


def page_load(port: int, path: str = "/") -> tuple[float, float, int]:
    """Seconds for GET `path` alone and for the page plus every static asset it names, and the asset count."""
    html_time, full_time, fetched = page_assets(port, path)
    return html_time, full_time, len(fetched)


def page_assets(port: int, path: str = "/") -> tuple[float, float, set[str]]:
    """Like page_load, with the addresses of the assets the page loads."""
    connection = http.client.HTTPConnection(HOST, port, timeout=30)
    try:
        started = time.perf_counter()
        connection.request("GET", path)
        page = connection.getresponse().read().decode("utf-8")
        html_time = time.perf_counter() - started
        pending = sorted(set(re.findall(r'(?:src|href)="(/static/[^"]+)"', page)))
        fetched: set[str] = set()
        while pending:
            asset = pending.pop()
            fetched.add(asset)
            connection.request("GET", asset)
            body = connection.getresponse().read().decode("utf-8", "replace")
            # ES modules pull in their imports, as the browser would.
            imports = {f"/static/js/{name}" for name in re.findall(r"from '\./([\w.]+)'", body)}
            pending += sorted(imports - fetched - set(pending))
        return html_time, time.perf_counter() - started, fetched
    finally:
        connection.close()


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind((HOST, 0))
        return probe.getsockname()[1]


def _wait_healthy(port: int, server: subprocess.Popen, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError("gunicorn stopped before it was ready")
        try:
            connection = http.client.HTTPConnection(HOST, port, timeout=2)
            connection.request("GET", "/healthz")
            if connection.getresponse().status == 200:
                return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"gunicorn did not answer /healthz within {timeout:.0f} s")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=200, help="checks to measure (default 200)")
    parser.add_argument("--clients", type=int, default=8, help="concurrent client threads (default 8)")
    parser.add_argument("--time-limit", type=float, default=120.0, help="stop sending after this many seconds")
    parser.add_argument("--workers", type=int, default=2)
    # A check is CPU-bound and holds the GIL: one worker per core, one request at a time,
    # queues fairly; threads only interleave requests and double the tail latency.
    parser.add_argument("--threads", type=int, default=1)
    args = parser.parse_args(argv)

    port = _free_port()
    command = [sys.executable, "-m", "gunicorn", "-w", str(args.workers), "--threads", str(args.threads),
               "-b", f"{HOST}:{port}", "helder.web:create_app()"]
    with tempfile.TemporaryFile() as log:
        server = subprocess.Popen(command, stdout=log, stderr=log)
        try:
            _wait_healthy(port, server, timeout=60)
            cold = page_load(port)
            warm = [page_load(port) for _ in range(5)]
            with ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn")) as pool:
                loads = pool.submit(warm_then_load, port, args.requests, args.clients, args.time_limit).result()
        except Exception:
            log.seek(0)
            sys.stderr.write(log.read().decode("utf-8", "replace")[-3000:])
            raise
        finally:
            server.terminate()
            server.wait(timeout=30)

    print(f"helder web bench: gunicorn -w {args.workers} --threads {args.threads}, {args.clients} clients, "
          f"{args.requests} checks of ~{WORDS_PER_REPLY}-word replies per route")
    for route, load in loads.items():
        done = len(load.latencies)
        print(f"{route}: {done} ok, {load.errors} errors, in {load.elapsed:.1f} s")
        if done:
            print(f"  latency: p50 {percentile(load.latencies, 0.50) * 1000:.0f} ms, "
                  f"p95 {percentile(load.latencies, 0.95) * 1000:.0f} ms, mean {statistics.mean(load.latencies) * 1000:.0f} ms")
            print(f"  throughput: {done / load.elapsed:.2f} requests/s")
    print(f"page load GET /: first {cold[0] * 1000:.1f} ms (HTML), {cold[1] * 1000:.1f} ms (HTML + {cold[2]} assets); "
          f"warm median {statistics.median(w[0] for w in warm) * 1000:.1f} ms (HTML), "
          f"{statistics.median(w[1] for w in warm) * 1000:.1f} ms (with assets)")
    return 0 if all(load.latencies and not load.errors for load in loads.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
