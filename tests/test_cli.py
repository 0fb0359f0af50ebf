"""The JSONL contract of `scorer score`: one line per record, in order, errors included."""

from __future__ import annotations

import io
import json
import subprocess
import sys

import pytest

from scorer import __version__
from scorer.cli import main
from scorer.model import load_model
from tests.conftest import ROOT, SEEDS

CONTRACT_KEYS = {"id", "source", "score", "source_prior", "article_evidence", "calibrated", "language", "features",
                 "contributions", "evidence", "model", "error"}
HEADLINE_FEATURES = {
    "boilerplate_ratio",
    "translation_probability",
    "attributions_per_100_words",
    "second_hand_attribution_share",
    "contradictions",
    "word_count",
}
ENGLISH = (
    "The city council approved the new budget on Tuesday after a long debate. "
    "Mayor Jane Smith said the plan would fund two new schools and repair roads across the district. "
    "Opposition members told reporters they would keep pressing for lower taxes next year."
)
GERMAN = (
    "Der Stadtrat hat am Dienstag nach einer langen Debatte den neuen Haushalt beschlossen. "
    "Die Bürgermeisterin sagte, mit dem Plan würden zwei neue Schulen gebaut und Straßen im ganzen Bezirk repariert."
)


def run(args: list[str], capsys, stdin: bytes | None = None, monkeypatch=None) -> tuple[int, list[dict], str]:
    if stdin is not None:
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin)))
    code = main(args)
    captured = capsys.readouterr()
    return code, [json.loads(line) for line in captured.out.splitlines()], captured.err


def test_seeds_give_one_contract_line_each_in_order(capsys):
    code, records, _ = run(["score", str(SEEDS)], capsys)
    assert code == 0
    assert [r["id"] for r in records] == sorted(p.stem for p in SEEDS.glob("*.txt"))
    for record in records:
        assert set(record) == CONTRACT_KEYS
        assert HEADLINE_FEATURES <= set(record["features"])
        assert record["calibrated"] is True and record["error"] is None and record["source"] == "unknown"
        assert record["source_prior"] is None and record["score"] == pytest.approx(record["score"])
        assert set(record["contributions"]) == set(load_model().feature_names)
        for span in record["evidence"]:
            assert {"start", "end", "kind", "label", "reason"} <= set(span) <= {"start", "end", "kind", "label", "reason", "group"}


def test_jsonl_with_bad_records_keeps_every_line_and_the_order(tmp_path, capsys):
    lines = [
        json.dumps({"id": "good", "text": ENGLISH, "url": "https://www.example.com/a/b"}),
        "{not json",
        json.dumps({"id": "empty", "text": "   "}),
        json.dumps({"id": "number", "text": 42, "url": "http://news.example.org/x"}),
        json.dumps(["a", "list"]),
        json.dumps({"id": "german", "text": GERMAN, "source": "zeitung.de"}),
        "",
        json.dumps({"text": ENGLISH, "source": "Example Wire"}),
    ]
    path = tmp_path / "batch.jsonl"
    path.write_text("\n".join(lines), encoding="utf-8")
    code, records, err = run(["score", str(path)], capsys)
    assert code == 1
    assert "5 of 7 records could not be scored" in err
    assert [r["id"] for r in records] == ["good", "batch:2", "empty", "number", "batch:5", "german", "batch:8"]
    errors = {r["id"]: r["error"]["type"] if r["error"] else None for r in records}
    assert errors == {
        "good": None,
        "batch:2": "invalid_json",
        "empty": "empty_text",
        "number": "invalid_record",
        "batch:5": "invalid_record",
        "german": "unsupported_language",
        "batch:8": None,
    }
    by_id = {r["id"]: r for r in records}
    assert by_id["good"]["source"] == "example.com"
    assert by_id["batch:8"]["source"] == "Example Wire"
    assert by_id["german"]["language"] == "de" and by_id["german"]["score"] is None
    assert by_id["number"]["source"] == "news.example.org" and by_id["german"]["source"] == "zeitung.de"
    for record in records:
        assert set(record) == CONTRACT_KEYS
        if record["error"]:
            assert record["score"] is None and set(record["error"]) == {"type", "message"}


def test_several_jobs_give_the_same_lines_in_the_same_order(tmp_path, capsys, monkeypatch):
    monkeypatch.setattr("scorer.pipeline.BATCH_PER_JOB", 2)  # several batches from a few records
    lines = [json.dumps({"id": f"a{k}", "text": ENGLISH.replace("Tuesday", day)}) for k, day in enumerate(("Monday", "Friday"))]
    lines += ["{not json", json.dumps({"id": "german", "text": GERMAN}), json.dumps({"id": "empty", "text": " "})]
    lines += [json.dumps({"id": f"b{k}", "text": f"{ENGLISH} It met {k} times."}) for k in range(4)]
    path = tmp_path / "batch.jsonl"
    path.write_text("\n".join(lines), encoding="utf-8")
    one = run(["score", str(path)], capsys)
    two = run(["score", "--jobs", "2", str(path)], capsys)
    assert one == two and one[0] == 1 and len(one[1]) == 9
    with pytest.raises(SystemExit) as usage:
        main(["score", "--jobs", "0", str(path)])
    assert usage.value.code == 2


def test_the_records_published_date_is_checked_against_the_storys_dates(tmp_path, capsys):
    story = "The storm hit the coast on Sunday, January 14, 2024, and thousands of homes lost power, the company said."
    lines = [json.dumps({"id": f"r{k}", "text": story, **({"published": p} if p else {})})
             for k, p in enumerate(("2019-01-12", "Sat, 12 Jan 2019 10:00:00 GMT", "2024-01-15T08:00:00Z", "soon", None))]
    path = tmp_path / "dated.jsonl"
    path.write_text("\n".join(lines), encoding="utf-8")
    _, records, _ = run(["score", str(path)], capsys)
    assert [r["features"]["date_contradictions"] for r in records] == [1.0, 1.0, 0.0, 0.0, 0.0]
    found = [e for e in records[0]["evidence"] if e["kind"] == "contradiction"]
    assert [(story[e["start"] : e["end"]], e["reason"]) for e in found] == [
        ("Sunday, January 14, 2024", "the record is published 2019-01-12 but the story reports 2024-01-14")]


def test_binary_file_is_an_error_record_not_a_crash(tmp_path, capsys):
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (tmp_path / "story.txt").write_text(ENGLISH, encoding="utf-8")
    code, records, _ = run(["score", str(tmp_path)], capsys)
    assert code == 1
    assert [(r["id"], r["error"] and r["error"]["type"]) for r in records] == [("image", "not_text"), ("story", None)]


def test_latin1_text_file_is_decoded(tmp_path, capsys):
    (tmp_path / "latin.txt").write_bytes((ENGLISH + " The café reopened.").encode("latin-1"))
    code, records, _ = run(["score", str(tmp_path / "latin.txt")], capsys)
    assert code == 0 and records[0]["score"] is not None


def test_stdin_plain_text(capsys, monkeypatch):
    code, records, _ = run(["score", "-"], capsys, stdin=ENGLISH.encode(), monkeypatch=monkeypatch)
    assert code == 0
    assert records[0]["id"] == "stdin" and records[0]["score"] is not None


def test_stdin_jsonl(capsys, monkeypatch):
    data = "\n".join(json.dumps({"id": f"r{i}", "text": ENGLISH}) for i in range(3)).encode()
    code, records, _ = run(["score", "-"], capsys, stdin=data, monkeypatch=monkeypatch)
    assert code == 0 and [r["id"] for r in records] == ["r0", "r1", "r2"]


def test_text_with_html_character_references_is_scored_unescaped(capsys, monkeypatch):
    escaped = ENGLISH + ' The minister said on Monday: &quot;We will not give up.&quot; AT&amp;T&#39;s staff agreed.'
    data = "\n".join(json.dumps({"id": i, "text": t}) for i, t in (("escaped", escaped), ("plain", ENGLISH))).encode()
    code, records, _ = run(["score", "-"], capsys, stdin=data, monkeypatch=monkeypatch)
    escaped_record, plain_record = records
    assert code == 0 and "&quot;" not in escaped_record["text"] and "AT&T's staff" in escaped_record["text"]
    quotes = [escaped_record["text"][e["start"] : e["end"]] for e in escaped_record["evidence"] if e["label"] == "content"]
    assert '"We will not give up."' in quotes  # the offsets index the record's own text
    assert "text" not in plain_record and "body_text" not in plain_record


def test_missing_path_is_a_usage_error(capsys):
    code, records, err = run(["score", "no/such/file.txt"], capsys)
    assert code == 2 and records == [] and "no such file" in err


def test_no_arguments_is_a_usage_error(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main([])
    assert exit_info.value.code == 2


def test_version_and_module_entry_point():
    result = subprocess.run(
        [sys.executable, "-m", "scorer", "--version"], capture_output=True, text=True, cwd=ROOT, timeout=60
    )
    assert result.returncode == 0 and __version__ in result.stdout


def test_custom_model_file(tmp_path, capsys):
    model = json.loads((ROOT / "scorer" / "models" / "default.json").read_text())
    model["name"] = "my-model"
    model["source_combiner"]["without_prior"]["intercept"] = -20.0
    path = tmp_path / "model.json"
    path.write_text(json.dumps(model))
    code, records, _ = run(["score", "--model", str(path), str(SEEDS / "001_f3b3266d7e4b0c33.txt")], capsys)
    assert code == 0 and records[0]["model"] == "my-model" and records[0]["score"] < 0.001


def test_invalid_model_file_is_a_usage_error(tmp_path, capsys):
    path = tmp_path / "model.json"
    path.write_text('{"format": "pickle"}')
    code, _, err = run(["score", "--model", str(path), str(SEEDS)], capsys)
    assert code == 2 and "model" in err


def test_a_closed_pipe_ends_quietly():
    process = subprocess.Popen([sys.executable, "-m", "scorer", "score", str(SEEDS)], cwd=ROOT,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    process.stdout.read(10)
    process.stdout.close()  # like `| head -c 10`
    _, err = process.communicate(timeout=120)
    assert process.returncode == 0 and b"Traceback" not in err


def test_an_oversized_record_is_an_error_record_and_the_batch_goes_on(tmp_path, capsys):
    lines = [json.dumps({"id": "huge", "text": "said, " * 200_000}), json.dumps({"id": "good", "text": ENGLISH})]
    path = tmp_path / "batch.jsonl"
    path.write_text("\n".join(lines), encoding="utf-8")
    code, records, _ = run(["score", str(path)], capsys)
    assert code == 1
    assert [(r["id"], r["error"] and r["error"]["type"]) for r in records] == [("huge", "too_long"), ("good", None)]
