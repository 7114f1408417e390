"""The regression guard of the claims ledger (tools/run_notebooks.py --expected-ledger): a changed value
or verdict, a lost claim or a new one fails the run until tests/expected-ledger.csv is updated on
purpose. Also: the committed file uses the shared schema and every verdict in it is one of the four."""
import csv
import importlib.util
import os

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
spec = importlib.util.spec_from_file_location("run_notebooks", os.path.join(ROOT, "tools", "run_notebooks.py"))
run_notebooks = importlib.util.module_from_spec(spec)
spec.loader.exec_module(run_notebooks)
EXPECTED = os.path.join(ROOT, "tests", "expected-ledger.csv")


def row(cid, value, verdict):
    return {"paper": cid.split(".")[0], "claim_id": cid, "computed_value": value, "verdict": verdict, "from_ledger": True}


def expected(*rows):
    return {r["claim_id"]: {"claim_id": r["claim_id"], "computed_value": r["computed_value"], "verdict": r["verdict"]} for r in rows}


def test_an_unchanged_ledger_passes():
    a = row("p.x", "51", "reproduced")
    assert run_notebooks.compare_ledger([a], expected(a)) == []


def test_a_changed_value_or_verdict_fails_naming_the_claim():
    before = row("p.x", "51", "reproduced")
    problems = run_notebooks.compare_ledger([row("p.x", "49.12", "differs")], expected(before))
    assert problems == ["p.x: computed_value was '51', now '49.12'", "p.x: verdict was 'reproduced', now 'differs'"]


def test_a_lost_claim_and_a_new_claim_fail():
    problems = run_notebooks.compare_ledger([row("p.new", "1", "differs")], expected(row("p.old", "1", "differs")))
    assert problems == ["p.old: in the expected ledger but not in this run", "p.new: new claim, not in the expected ledger"]


def test_papers_not_run_are_not_compared():
    assert run_notebooks.compare_ledger([row("p.x", "1", "differs")], expected(row("p.x", "1", "differs"), row("q.y", "2", "reproduced"))) == []


def test_the_committed_expected_ledger_uses_the_shared_schema_and_the_four_verdicts():
    with open(EXPECTED, newline="") as f:
        reader = csv.DictReader(f)
        assert reader.fieldnames == run_notebooks.EXPECTED_FIELDS
        rows = list(reader)
    assert len(rows) >= 90
    allowed = set(run_notebooks.VERDICTS) - {"not checked"}
    assert {r["verdict"] for r in rows} <= allowed, "a claim is not checked: check it in its paper's notebook"
