"""The trainer exercises: valid data, and each one is a test of itself.

Every model answer must meet all of its goals and every poor text must miss at
least one, the way the rule examples test the rules.
"""

from __future__ import annotations

import pytest

import helder
from helder.exercises import ExerciseError, evaluate, exercise_dirs, load_exercises
from helder.report import DIMENSION_IDS
from helder.resources import data_dir

EXERCISES = load_exercises("standaard")


def _report(text: str) -> dict:
    return helder.shared_checker("vlaamse-overheid").check(text).to_dict()


def test_the_set_has_at_least_twelve_exercises_covering_every_dimension():
    assert len(EXERCISES) >= 12
    assert len({exercise.id for exercise in EXERCISES}) == len(EXERCISES)
    covered = {dimension for exercise in EXERCISES for dimension in exercise.dimensions}
    assert covered == set(DIMENSION_IDS)
    kinds = {key for exercise in EXERCISES for key in exercise.goals}
    assert {"no_findings", "dimension_ok", "min_score", "max_avg_sentence_words", "present"} <= kinds


@pytest.mark.parametrize("exercise", EXERCISES, ids=lambda exercise: exercise.id)
def test_model_answer_meets_every_goal_and_poor_text_misses_one(exercise):
    model = evaluate(exercise.goals, _report(exercise.model_answer))
    assert [goal.label for goal in model if not goal.met] == []
    poor = evaluate(exercise.goals, _report(exercise.text))
    assert any(not goal.met for goal in poor), f"{exercise.id}: the poor text already meets every goal"


def test_goals_explain_what_is_still_wrong():
    report = _report("Uw aanvraag werd goedgekeurd. Middels deze brief sturen wij u het attest.")
    goals = {"no_findings": ["passive_voice", "jargon.ambtelijk"], "min_score": 99, "present": ["solution.contact"],
             "max_avg_sentence_words": 3, "dimension_ok": ["escalation"]}
    results = {goal.key: goal for goal in evaluate(goals, report)}
    assert not results["no_findings:passive_voice"].met
    assert results["no_findings:passive_voice"].label == "Geen opmerkingen over ‘Lijdende vorm’"
    assert "middels" in results["no_findings:jargon.ambtelijk"].detail.lower()
    assert not results["min_score"].met and results["min_score"].detail == f"nu {report['score']}"
    assert not results["present:solution.contact"].met
    assert not results["max_avg_sentence_words"].met
    assert not results["dimension_ok:escalation"].met
    clean = {goal.key: goal.met for goal in evaluate(goals, _report("Wij keurden uw aanvraag goed."))}
    assert clean["no_findings:passive_voice"] and clean["no_findings:jargon.ambtelijk"]


def test_setting_replaces_or_extends_the_built_in_set(tmp_path):
    own = (data_dir("exercises") / "03-ambtelijke-woorden.yaml").read_text(encoding="utf-8")
    (tmp_path / "eigen.yaml").write_text(own.replace("id: ambtelijke-woorden", "id: eigen-oefening"), encoding="utf-8")
    assert [exercise.id for exercise in load_exercises(str(tmp_path))] == ["eigen-oefening"]
    extended = load_exercises(f"standaard:{tmp_path}")
    assert len(extended) == len(EXERCISES) + 1 and extended[-1].id == "eigen-oefening"
    assert exercise_dirs("") == [data_dir("exercises")]


def test_setting_is_read_from_the_environment(tmp_path, monkeypatch):
    own = (data_dir("exercises") / "05-lijdende-vorm.yaml").read_text(encoding="utf-8")
    (tmp_path / "x.yaml").write_text(own.replace("title: Zeg wie het doet", "title: Onze versie"), encoding="utf-8")
    monkeypatch.setenv("HELDER_EXERCISES", f"standaard:{tmp_path}")
    replaced = {exercise.id: exercise for exercise in load_exercises()}
    assert len(replaced) == len(EXERCISES) and replaced["lijdende-vorm"].title == "Onze versie"


@pytest.mark.parametrize(("content", "expected"), [
    ("id: x\n  title: [", "geen geldige YAML"),
    ("- een lijst", "verwacht een object"),
    ("id: kapot\ntitle: T\nlevel: basis\nsituation: S\ntext: T\ngoal: G\nhints: [h]\nmodel_answer: M\n"
     "goals: {no_passive: true}\n", "veld 'goals'"),
    ("id: kapot\ntitle: T\nlevel: expert\nsituation: S\ntext: T\ngoal: G\nhints: [h]\nmodel_answer: M\n"
     "goals: {min_score: 80}\n", "veld 'level'"),
])
def test_broken_file_gives_a_dutch_error_naming_the_file(tmp_path, content, expected):
    (tmp_path / "kapot.yaml").write_text(content, encoding="utf-8")
    with pytest.raises(ExerciseError) as caught:
        load_exercises(str(tmp_path))
    assert "kapot.yaml" in str(caught.value) and expected in str(caught.value)


def test_missing_folder_is_a_clear_error(tmp_path):
    with pytest.raises(ExerciseError, match="Oefenmap .* bestaat niet"):
        load_exercises(str(tmp_path / "weg"))
