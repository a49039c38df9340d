"""`helder report --bench`: letters per second and peak memory of the corpus report.

Generates letters from a few templates of our own with varied names, services,
dates and weaknesses, then runs the whole report (reading, scoring, all output
files) in a fresh process for --jobs 1 and --jobs 2. Letters per second is
measured from the first scored letter to the last, so loading the language
model in each worker does not count; the wall time includes it. Peak RSS is
the largest of the main process and each worker. The main process's RSS after
a quarter and after the last of the letters shows whether memory stays flat.
Prints figures; asserts nothing.
"""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
import tempfile
from pathlib import Path

import click

from helder.calendar_words import MONTHS

SPEEDUP_TARGET = 1.7

_OPENINGS = [
    "Dank u voor uw {kanaal} van {dag} {maand}. U schreef ons dat {probleem}. Ik begrijp dat dit vervelend was.",
    "Wij hebben uw klacht van {dag} {maand} goed ontvangen. In uw {kanaal} meldt u dat {probleem}.",
    "Naar aanleiding van uw schrijven van {dag} {maand} betreffende het feit dat {probleem}, delen wij u het volgende mede.",
]
_MIDDLES = [
    "Ik heb uw dossier nagekeken. {oorzaak} Dat is onze fout en daarvoor bied ik u mijn excuses aan. {oplossing}",
    "Uw dossier werd door onze dienst onderzocht. Er werd vastgesteld dat {oorzaak_klein} {oplossing}",
    "Middels deze brief wensen wij u in kennis te stellen van het feit dat uw dossier in behandeling werd genomen "
    "en dat, gelet op de geldende reglementering en de bepalingen van het besluit, {oorzaak_klein} {oplossing}",
]
_ENDINGS = [
    "Bent u niet tevreden met dit antwoord? Dan kunt u terecht bij de Vlaamse Ombudsdienst: bel het gratis nummer "
    "1700 of kijk op www.vlaamseombudsdienst.be.",
    "Heeft u nog vragen, bel of mail mij dan gerust.",
    "Voor verdere inlichtingen kan men zich wenden tot onze diensten.",
]
_PROBLEMS = ["uw premie te laat werd uitbetaald", "u twee keer dezelfde factuur kreeg", "niemand uw telefoon beantwoordde",
             "uw aanvraag verloren ging", "de bus niet stopte aan uw halte"]
_CAUSES = ["Onze medewerker vergat uw aanvraag door te sturen.", "Ons systeem verstuurde de factuur twee keer.",
           "Wij hadden te weinig mensen aan de telefoon."]
_SOLUTIONS = ["Wij storten het bedrag deze week op uw rekening.", "U krijgt binnen tien dagen een nieuwe factuur.",
              "Vanaf volgende maand zetten wij meer mensen in."]
_NAMES = ["Janssens", "Peeters", "Maes", "Jacobs", "Willems", "Claes", "Goossens", "Wouters", "De Smet", "Dubois"]
_SERVICES = ["Groeipakket", "Wonen", "Mobiliteit", "Belastingen", "Onderwijs"]
_MONTHS = MONTHS[:10]  # received January to October: the answer, up to 70 days later, stays in 2025

_CHILD = """
import json, resource, sys, time
from pathlib import Path
from helder.corpus import ReportOptions, build_report

folder, out, jobs = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
total = sum(1 for _ in folder.glob("*.txt"))
seen = {"n": 0, "first": None, "last": None, "rss_quarter": None, "rss_last": None}

def rss_mb():
    for line in open("/proc/self/status"):
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024

def progress(row):
    seen["n"] += 1
    now = time.perf_counter()
    seen["first"] = seen["first"] or now
    seen["last"] = now
    if seen["n"] == total // 4:
        seen["rss_quarter"] = rss_mb()
    if seen["n"] == total:
        seen["rss_last"] = rss_mb()  # before the charts and the page: matplotlib is not the corpus

started = time.perf_counter()
build_report([folder], out, ReportOptions(jobs=jobs, meta=folder / "meta.csv", progress=progress))
wall = time.perf_counter() - started
rate = (seen["n"] - 1) / (seen["last"] - seen["first"]) if seen["n"] > 1 else 0.0
own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
self_peak, child_peak = own.ru_maxrss / 1024, children.ru_maxrss / 1024
cpu = own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime
print(json.dumps({"letters": seen["n"], "rate": rate, "wall": wall, "cpu_ms": 1000 * cpu / max(seen["n"], 1), "main_peak_mb": self_peak,
                  "worker_peak_mb": child_peak, "rss_quarter_mb": seen["rss_quarter"], "rss_end_mb": seen["rss_last"]}))
"""


def generate(folder: Path, count: int, seed: int = 7) -> None:
    """`count` letters and a meta.csv in `folder`, reproducible from `seed`."""
    pick = random.Random(seed)
    meta = ["bestand;ontvangen;verzonden;dienst;uitkomst"]
    for number in range(count):
        month = pick.randrange(len(_MONTHS))
        day = pick.randint(1, 28)
        fields = {"kanaal": pick.choice(["mail", "brief", "klacht"]), "dag": day, "maand": _MONTHS[month],
                  "probleem": pick.choice(_PROBLEMS), "oorzaak": pick.choice(_CAUSES),
                  "oorzaak_klein": pick.choice(_CAUSES).lower(), "oplossing": pick.choice(_SOLUTIONS)}
        name = pick.choice(_NAMES)
        paragraphs = [
            f"Beste mevrouw {name}," if pick.random() < 0.7 else "Geachte heer/mevrouw,",
            pick.choice(_OPENINGS).format(**fields),
            pick.choice(_MIDDLES).format(**fields),
            pick.choice(_ENDINGS),
            f"Met vriendelijke groeten,\n\n{pick.choice(['An', 'Tom', 'Sara', 'Pieter'])} {pick.choice(_NAMES)}\n"
            f"Dienst {pick.choice(_SERVICES)}\n02 553 {pick.randint(10, 99)} {pick.randint(10, 99)}",
        ]
        file = f"brief-{number:05d}.txt"
        (folder / file).write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")
        received = f"{day:02d}/{month + 1:02d}/2025"
        answered = day + pick.choice([5, 12, 20, 30, 40, 44, 50, 70])
        sent = f"2025-{month + 1 + answered // 28:02d}-{answered % 28 + 1:02d}"
        meta.append(f"{file};{received};{sent};{pick.choice(_SERVICES)};{pick.choice(['gegrond', 'ongegrond', 'deels gegrond'])}")
    (folder / "meta.csv").write_text("\n".join(meta) + "\n", encoding="utf-8")


def measure(folder: Path, jobs: int) -> dict[str, float]:
    with tempfile.TemporaryDirectory(prefix="helder-bench-out-") as out:
        result = subprocess.run([sys.executable, "-c", _CHILD, str(folder), out, str(jobs)],
                                capture_output=True, text=True, check=True)
    return json.loads(result.stdout.strip().splitlines()[-1])


def run(count: int = 2000) -> dict[int, dict[str, float]]:
    with tempfile.TemporaryDirectory(prefix="helder-bench-") as temporary:
        folder = Path(temporary)
        generate(folder, count)
        click.echo(f"helder report --bench — {count} gegenereerde brieven, volledig rapport (alle uitvoerbestanden)")
        figures = {}
        for jobs in (1, 2):
            figures[jobs] = measure(folder, jobs)
            item = figures[jobs]
            click.echo(f"  --jobs {jobs}: {item['rate']:6.1f} brieven/s (zonder opstart), totaal {item['wall']:.1f} s, "
                       f"{item['cpu_ms']:.0f} ms processortijd per brief (alle processen, met opstart); "
                       f"piek-RSS hoofdproces {item['main_peak_mb']:.0f} MB, per worker {item['worker_peak_mb']:.0f} MB; "
                       f"RSS hoofdproces na 1/4 van de brieven: {item['rss_quarter_mb'] or 0:.0f} MB, na de laatste: {item['rss_end_mb'] or 0:.0f} MB")
    speedup = figures[2]["rate"] / figures[1]["rate"] if figures[1]["rate"] else 0.0
    verdict = "gehaald" if speedup >= SPEEDUP_TARGET else "NIET gehaald"
    click.echo(f"  versnelling --jobs 2 / --jobs 1: {speedup:.2f}×   (doel ≥ {SPEEDUP_TARGET}× op 2 kernen) {verdict}")
    # What two free cores would give: the work per letter stays the same when it is split over two processes.
    ceiling = 2 * figures[1]["cpu_ms"] / figures[2]["cpu_ms"] if figures[2]["cpu_ms"] else 0.0
    click.echo(f"  haalbaar op 2 vrije kernen (2 × processortijd --jobs 1 / --jobs 2): {ceiling:.2f}×; "
               f"belasting van de machine nu: {os.getloadavg()[0]:.1f}")
    return figures
