"""The examples and the README run as written."""

from __future__ import annotations

import doctest
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def run_example(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(ROOT / "examples" / "an_giang_2020_deadlines.py"), *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )


def test_the_an_giang_example_lists_the_due_dates_of_all_63_tasks():
    result = run_example()
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == (
        "Kế hoạch số 860/KH-UBND: Cải cách hành chính tỉnh An Giang năm 2020: "
        "63 task(s), due dates in 2020"
    )
    assert len(lines) == 64
    by_code = {line.split()[0]: line for line in lines[1:]}
    assert by_code["I.22"].endswith("31/03, 30/06, 30/09, 31/12")
    assert by_code["V.4"].endswith("30/09")
    assert by_code["I.17"].endswith("no fixed due date (by_regulation)")
    assert by_code["I.6"].split()[1:4] == ["VPUBND,", "SNV,", "STTTT"]


def test_the_example_shows_one_task_and_refuses_an_unknown_one():
    one = run_example("--task", "I.6")
    assert one.returncode == 0
    assert one.stdout.splitlines()[1].endswith(
        ", ".join(f"05/{month:02d}" for month in range(1, 13))
    )
    unknown = run_example("--task", "IX.1")
    assert unknown.returncode == 2
    assert "the plan has no task 'IX.1' (its tasks run from I.1 to VII.13)" in unknown.stderr


def test_the_readme_examples_run_as_shown():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```python\n(.*?)```", readme, flags=re.DOTALL)
    assert blocks
    parser = doctest.DocTestParser()
    runner = doctest.DocTestRunner(optionflags=doctest.NORMALIZE_WHITESPACE)
    session: dict[str, object] = {}  # the blocks read as one session, as a reader types them
    for number, block in enumerate(blocks):
        test = parser.get_doctest(block, session, f"README block {number}", "README.md", 0)
        runner.run(test, clear_globs=False)
        session.update(test.globs)
    assert runner.summarize(verbose=False).failed == 0


def test_the_readme_opens_with_the_install_and_test_commands_ci_runs():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    commands = re.findall(r"```sh\n(.*?)\n```", readme, flags=re.DOTALL)
    assert commands[0].endswith(
        "cchc evaluate examples/an_giang_2020_progress.csv --as-of 30/09/2020"
    )
    assert commands[1].endswith("python -m pytest")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "\npython -m pytest\n" in ci


def test_the_readmes_first_command_evaluates_the_example_progress_file():
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "cchc_model",
            "evaluate",
            "examples/an_giang_2020_progress.csv",
            "--as-of",
            "30/09/2020",
        ],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=ROOT,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    # Worked out by hand in docs/compliance.rst ("A worked example"): 14 of the 62 tasks
    # counted (V.3 was reported as not arising) are completed.
    completion = next(line for line in lines if "Tỷ lệ hoàn thành" in line)
    assert completion == "Tỷ lệ hoàn thành kế hoạch: 14/62 nhiệm vụ (23%)"
    start = lines.index("Nghĩa vụ theo kết quả:")
    counts = {}
    for line in lines[start + 1 : start + 10]:
        label, number = line.strip().rsplit(maxsplit=1)
        counts[label] = int(number)
    # The example file shows every verdict.
    assert set(counts) == {
        "hoàn thành trước hạn",
        "hoàn thành đúng hạn",
        "hoàn thành trễ hạn",
        "đã báo cáo thực hiện",
        "quá hạn",
        "đang thực hiện, trong hạn",
        "chưa đến hạn",
        "chưa báo cáo",
        "không phát sinh",
    }
    assert all(counts.values()), counts


def test_replaying_the_example_file_moves_counts_only_as_the_records_allow():
    import datetime

    from cchc_model import datasets, evaluate, read_records

    plan = datasets.load("an-giang-2020")
    records = read_records(ROOT / "examples" / "an_giang_2020_progress.csv", plan=plan)
    done_so_far = 0
    seen: dict[tuple[str, str, str | None, datetime.date], str] = {}
    for day in (
        datetime.date(2020, 3, 31),
        datetime.date(2020, 6, 30),
        datetime.date(2020, 9, 30),
        datetime.date(2020, 12, 31),
    ):
        evaluation = evaluate(plan, records, as_of=day)
        done = sum(v.status.done for v in evaluation.verdicts)
        assert done >= done_so_far  # done work stays done as time passes
        done_so_far = done
        for v in evaluation.verdicts:
            o = v.obligation
            key = (o.task.code, o.agency.code, o.milestone, o.nominal_due)
            if seen.get(key, "").startswith("done"):
                assert v.status.done, key
            seen[key] = v.status.value
        # Every done verdict rests on a record dated by the evaluation date: the date the
        # work was done, or, for continuous work, the date it was reported.
        for v in evaluation.verdicts:
            if v.status.done:
                assert v.record is not None
                when = v.record.done_on or v.record.dated
                assert when is not None
                assert when <= day


# ------------------------------------------------------------------ every script, and the notebook


def _run(script: str, *args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(ROOT / "examples" / script), *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
        cwd=cwd,
    )


def test_the_agency_example_lists_its_backlog_and_its_quarter(tmp_path):
    result = _run("agency_quarter.py", "--agency", "SNV", "--as-of", "15/08/2020", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "Sở Nội vụ — Quý III/2020 (tính đến 15/08/2020)"
    backlog = [line for line in lines if line.startswith("Tồn đọng từ trước: ")]
    assert backlog
    assert int(backlog[0].rsplit(" ", 1)[1]) > 0
    assert any(line.startswith("Đến hạn trong Quý III/2020: ") for line in lines)


def test_the_evaluation_example_prints_the_plans_completion(tmp_path):
    import datetime

    from cchc_model import datasets, evaluate, read_records

    result = _run("evaluate_progress.py", "30/09/2020", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    plan = datasets.load("an-giang-2020")
    records = read_records(ROOT / "examples" / "an_giang_2020_progress.csv", plan=plan)
    evaluation = evaluate(plan, records, as_of=datetime.date(2020, 9, 30))
    assert f"hoàn thành {evaluation.tasks_completed()}" in result.stdout
    assert len([line for line in result.stdout.splitlines() if line.startswith("  ")]) == 7


def test_the_calendar_example_writes_a_calendar_with_statuses(tmp_path):
    result = _run("calendar_with_status.py", "snv.ics", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    text = (tmp_path / "snv.ics").read_text(encoding="utf-8")
    assert text.count("BEGIN:VTODO") == sum(
        int(part.split()[0]) for part in result.stdout.split(": ", 1)[1].split(", ")
    )
    assert "BEGIN:VALARM" in text


def test_the_table_example_writes_the_appendix_and_reads_back_the_same(tmp_path):
    pytest.importorskip("openpyxl")
    result = _run("import_table.py", "phu-luc.xlsx", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1] == "the same appendix: True"
    assert (tmp_path / "phu-luc.xlsx").exists()


def test_the_2027_example_reads_a_two_tier_table_and_schedules_its_first_quarter(tmp_path):
    result = _run("plan_2027.py", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "Kế hoạch: Cải cách hành chính tỉnh Tây Ninh năm 2027 — 3 nhiệm vụ"
    assert "[defunct-agency]" in lines[1]
    assert "Sở Tài chính" in lines[1]
    # 2027 has no official notice of days off yet: every due date is marked estimated.
    due = [line for line in lines[2:] if line[:2].isdigit()]
    assert due
    assert all(line.endswith("(ước tính)") for line in due)


def test_the_notebook_runs_top_to_bottom_and_shows_its_tables_and_pictures():
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    pytest.importorskip("ipykernel")
    pytest.importorskip("pandas")
    pytest.importorskip("matplotlib")
    notebook = nbformat.read(ROOT / "examples" / "an_giang_2020.ipynb", as_version=4)
    client = nbclient.NotebookClient(
        notebook,
        timeout=300,
        kernel_name="python3",
        resources={"metadata": {"path": str(ROOT / "examples")}},
    )
    client.execute()
    code = [cell for cell in notebook.cells if cell.cell_type == "code"]
    kinds = [{key for output in cell.outputs for key in output.get("data", {})} for cell in code]
    assert sum("image/png" in k for k in kinds) == 4  # the four pictures
    assert "text/html" in kinds[0]  # the plan, as a table
    assert all(output.get("output_type") != "error" for cell in code for output in cell.outputs)
