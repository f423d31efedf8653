"""The cchc command, run end to end in a subprocess as a user runs it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from cchc_model import datasets

PLAN = datasets.load("an-giang-2020")
ROOT = Path(__file__).resolve().parents[1]
RECORDS = (
    "task,agency,milestone,status,done_on,evidence,reported_by,reported_on,note\n"
    "I.2,Sở Nội vụ,,done,31/03/2020,Kế hoạch số 12/KH-BCĐ,SNV,02/04/2020,\n"
    "I.5,Sở Nội vụ,,in_progress,,,SNV,15/03/2020,\n"
)


def cchc(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "cchc_model", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=cwd,
        check=False,
    )


@pytest.fixture
def records(tmp_path: Path) -> Path:
    path = tmp_path / "records.csv"
    path.write_text(RECORDS, encoding="utf-8")
    return path


def test_show_lists_the_bundled_plans_areas_and_tasks():
    result = cchc("show")
    assert result.returncode == 0
    lines = result.stdout.splitlines()
    assert lines[0] == "Kế hoạch số 860/KH-UBND: Cải cách hành chính tỉnh An Giang năm 2020"
    assert "7 lĩnh vực, 63 nhiệm vụ, 17 chỉ tiêu" in lines
    assert any(line.startswith("  I.6 ") for line in lines)


def test_schedule_lists_an_agencys_obligations_in_text_csv_and_json():
    text = cchc("schedule", "--from", "01/01/2020", "--to", "31/01/2020", "--agency", "Sở Nội vụ")
    assert text.returncode == 0
    assert text.stdout.splitlines()[0] == "06/01/2020 I.6 — Sở Nội vụ (chủ trì)"
    data = json.loads(
        cchc("schedule", "--from", "2020-01-01", "--to", "2020-01-31", "--format", "json").stdout
    )
    assert data[0] == {
        "due": "2020-01-06",
        "nominal_due": "2020-01-05",
        "task": "I.6",
        "agency": "VPUBND",
        "role": "lead",
        "milestone": None,
        "opens": None,
        "estimated": False,
        "task_title": PLAN.task("I.6").title,
        "agency_name": "VP UBND tỉnh",
        "contributors": "Các sở, ban, ngành; UBND cấp huyện",
    }
    csv_lines = cchc("schedule", "--from", "1/1/2020", "--to", "6/1/2020", "--format", "csv").stdout
    assert csv_lines.splitlines()[0] == (
        "due,nominal_due,task,agency,role,milestone,opens,estimated,task_title,agency_name,"
        "contributors"
    )


def test_evaluate_reports_in_every_format_and_language(records: Path):
    text = cchc("evaluate", str(records), "--as-of", "30/09/2020")
    assert text.returncode == 0, text.stderr
    assert text.stdout.startswith("Đánh giá thực hiện kế hoạch: Kế hoạch số 860/KH-UBND")
    assert "Điểm (ca-mau-2013):" in text.stdout
    english = cchc("evaluate", str(records), "--as-of", "30/09/2020", "--lang", "en")
    assert english.stdout.startswith("Plan evaluation:")
    markdown = cchc("evaluate", str(records), "--as-of", "30/09/2020", "--format", "md")
    assert markdown.stdout.startswith("# Đánh giá thực hiện kế hoạch")
    data = json.loads(
        cchc("evaluate", str(records), "--as-of", "2020-09-30", "--format", "json").stdout
    )
    assert data["as_of"] == "2020-09-30"
    i2 = next(v for v in data["verdicts"] if v["task"] == "I.2" and v["agency"] == "SNV")
    assert i2["status"] == "done_on_time"
    rows = cchc(
        "evaluate", str(records), "--as-of", "30/09/2020", "--format", "csv", "--lang", "en"
    )
    header, *body = rows.stdout.splitlines()
    assert header.startswith("record,measure,task,task_title,area,agency,agency_name,role")
    assert body[0].startswith("headline,tasks_completed,")
    assert any(
        line.startswith(f"verdict,,I.5,{PLAN.task('I.5').title},I,SNV,Sở Nội vụ,lead,,,")
        and ",overdue,overdue," in line
        for line in body
    )


def test_bad_records_give_one_line_per_problem_and_no_traceback(tmp_path: Path):
    bad = tmp_path / "bad.csv"
    bad.write_text(
        RECORDS.splitlines()[0]
        + "\nIX.1,Sở Nội vụ,,done,01/01/2020,,,,\nI.2,Sở Tài chánh,,xong,,,,,\n",
        encoding="utf-8",
    )
    result = cchc("evaluate", str(bad), "--as-of", "30/09/2020")
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr.splitlines() == [
        f"cchc: {bad}: row 2, task: the plan has no task 'IX.1' (its tasks run from I.1 to VII.13)",
        f"cchc: {bad}: row 3, agency: unknown agency 'Sở Tài chánh'; "
        "closest known names: 'Sở Tài chính', 'Bộ Tài chính', 'Sở Tư pháp'",
        f"cchc: {bad}: row 3, status: unknown status 'xong': expected done, in_progress, "
        "not_started or not_applicable (hoàn thành, đang thực hiện, chưa triển khai, "
        "không phát sinh)",
    ]
    lenient = cchc("evaluate", str(bad), "--as-of", "30/09/2020", "--lenient")
    assert lenient.returncode == 0
    assert "(bỏ qua)" in lenient.stderr
    english = cchc("evaluate", str(bad), "--as-of", "30/09/2020", "--lenient", "--lang", "en")
    assert "(skipped)" in english.stderr
    scheme = cchc("evaluate", str(bad), "--as-of", "30/09/2020", "--scheme", "nope")
    assert scheme.returncode == 1
    assert scheme.stdout == ""
    assert scheme.stderr.startswith("cchc: no scoring scheme 'nope'")


def test_missing_files_and_bad_arguments_fail_cleanly(tmp_path: Path):
    missing = cchc("evaluate", str(tmp_path / "none.csv"), "--as-of", "30/09/2020")
    assert missing.returncode == 1
    assert missing.stderr.strip() == f"cchc: {tmp_path / 'none.csv'}: No such file or directory"
    bad_date = cchc("schedule", "--from", "31/02/2020", "--to", "01/03/2020")
    assert bad_date.returncode == 2
    assert "'31/02/2020' is not a date" in bad_date.stderr
    assert "Traceback" not in missing.stderr + bad_date.stderr
    no_plan = cchc("show", "an-giang-1999")
    assert no_plan.returncode == 1
    assert no_plan.stderr.startswith("cchc: no plan 'an-giang-1999'")
    assert cchc().returncode == 2


def test_validate_accepts_a_plan_file_and_lists_the_problems_of_a_broken_one(tmp_path: Path):
    good = cchc("validate", str(datasets.path("an-giang-2020")))
    assert good.returncode == 0
    assert good.stdout.endswith(
        "OK — Kế hoạch số 860/KH-UBND: Cải cách hành chính tỉnh An Giang năm 2020: "
        "7 areas, 63 tasks\n"
    )
    data = json.loads(datasets.path("an-giang-2020").read_text(encoding="utf-8"))
    data["year"] = "2020"
    data["areas"][0]["tasks"][1]["deadline"] = "Quý V/2020"
    broken = tmp_path / "broken.json"
    broken.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    result = cchc("validate", str(broken))
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        f"cchc: {broken}: $.year: expected an integer, not '2020'",
        f"cchc: {broken}: $.areas[0].tasks[1].deadline: "
        "a quarter is numbered I to IV (1 to 4), not 'V'",
    ]


def test_ics_writes_an_icalendar_file(tmp_path: Path):
    target = tmp_path / "snv.ics"
    result = cchc(
        "ics", "--agency", "SNV", "--from", "1/1/2020", "--to", "31/3/2020", "-o", str(target)
    )
    assert result.returncode == 0
    text = target.read_bytes().decode("utf-8")
    assert text.startswith("BEGIN:VCALENDAR\r\n")
    assert text.count("BEGIN:VTODO") > 5


def test_indicators_judges_each_target(tmp_path: Path):
    path = tmp_path / "m.csv"
    path.write_text(
        "indicator,value,numerator,denominator,exempt,rank,of,measured_on,source,note\n"
        "11,,,,,33,63,15/04/2021,Bộ Nội vụ,\n9,85,,,,,,31/12/2020,,\n",
        encoding="utf-8",
    )
    result = cchc("indicators", str(path))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith(" 1. chưa có số liệu")
    assert any(
        "xếp thứ 33/63, chỉ tiêu trong nhóm 15/63 → chưa đạt (kém 18 bậc)" in line for line in lines
    )
    assert any(
        "đạt 85%, chỉ tiêu từ 80% trở lên → đạt (vượt 5 điểm phần trăm)" in line for line in lines
    )


# The same commands in process, through cli.main(argv, out=, err=): quicker, and measured
# by coverage (the subprocess runs above are not).


def run_main(*args: str) -> tuple[int, str, str]:
    import io

    from cchc_model.cli import main

    out, err = io.StringIO(), io.StringIO()
    status = main(list(args), out=out, err=err)
    return status, out.getvalue(), err.getvalue()


@pytest.mark.parametrize("fmt", ["text", "md", "csv", "json"])
@pytest.mark.parametrize("lang", ["vi", "en"])
def test_every_report_format_renders_in_both_languages(records: Path, fmt: str, lang: str):
    status, out, err = run_main(
        "evaluate", str(records), "--as-of", "30/09/2020", "--format", fmt, "--lang", lang
    )
    assert (status, err) == (0, "")
    first = out.splitlines()[0]
    expected = {
        ("text", "vi"): "Đánh giá thực hiện kế hoạch: Kế hoạch số 860/KH-UBND",
        ("text", "en"): "Plan evaluation: Kế hoạch số 860/KH-UBND",
        ("md", "vi"): "# Đánh giá thực hiện kế hoạch",
        ("md", "en"): "# Plan evaluation",
        ("csv", "vi"): "record,measure,task,task_title",
        ("csv", "en"): "record,measure,task,task_title",
        ("json", "vi"): "{",
        ("json", "en"): "{",
    }[(fmt, lang)]
    assert first.startswith(expected)
    if fmt == "json":
        data = json.loads(out)
        assert data["obligations"]["counts"]["done_on_time"] == 1
        assert data["by_area"][0]["area"] == "I"
        assert data["by_area"][0]["completed"][0] == 1
        assert data["headline"]["completed"] == 1  # I.2, done on its due date
        assert data["score"]["scheme"] == "ca-mau-2013"
    if fmt == "md":
        role = "chủ trì" if lang == "vi" else "lead"
        assert f"| I.5 | {PLAN.task('I.5').title} | Sở Nội vụ ({role}) |" in out


def test_every_command_runs_in_process(records: Path, tmp_path: Path):
    assert run_main("show")[0] == 0
    for fmt in ("text", "csv", "json"):
        status, out, _ = run_main(
            "schedule",
            "--from",
            "1/1/2020",
            "--to",
            "31/1/2020",
            "--agency",
            "SNV",
            "--format",
            fmt,
        )
        assert status == 0
        assert "I.6" in out
    measurements = tmp_path / "m.csv"
    measurements.write_text("indicator,rank,of\n11,33,63\n", encoding="utf-8")
    assert "chưa đạt" in run_main("indicators", str(measurements))[1]
    assert "not met" in run_main("indicators", str(measurements), "--lang", "en")[1]
    target = tmp_path / "x.ics"
    assert run_main("ics", "--agency", "SNV", "-o", str(target))[0] == 0
    assert target.read_text(encoding="utf-8").startswith("BEGIN:VCALENDAR")
    assert run_main("ics", "--from", "1/1/2020", "--to", "5/1/2020")[1].startswith(
        "BEGIN:VCALENDAR"
    )
    assert run_main("validate", str(datasets.path("an-giang-2020")))[0] == 0


def test_errors_in_process_are_one_line_each(tmp_path: Path):
    status, out, err = run_main("evaluate", str(tmp_path / "none.csv"), "--as-of", "30/09/2020")
    assert (status, out) == (1, "")
    assert err.startswith("cchc: ")
    status, _, err = run_main("show", "khong-co")
    assert status == 1
    bad = tmp_path / "bad.json"
    bad.write_text("[1", encoding="utf-8")
    status, _, err = run_main("validate", str(bad))
    assert status == 1
    assert err == f"cchc: {bad}: $: not JSON: Expecting ',' delimiter at line 1, column 3\n"
    measurements = tmp_path / "m.csv"
    measurements.write_text("indicator,rank\n99,1\n", encoding="utf-8")
    status, _, err = run_main("indicators", str(measurements))
    assert status == 1
    assert err == (
        f"cchc: {measurements}: row 2, indicator: the plan has no indicator 99 "
        "(its indicators run from 1 to 17)\n"
    )


def test_validate_checks_a_progress_or_measurement_sheet_without_evaluating(tmp_path: Path):
    records = cchc("validate", "--records", "examples/an_giang_2020_progress.csv")
    assert records.returncode == 0
    assert records.stdout.startswith("examples/an_giang_2020_progress.csv: OK — ")
    assert "progress records for Kế hoạch số 860/KH-UBND" in records.stdout
    measures = cchc("validate", "--measurements", "examples/an_giang_2020_measurements.csv")
    assert measures.returncode == 0
    assert "measurements for Kế hoạch số 860/KH-UBND" in measures.stdout
    sheet = tmp_path / "tien-do.csv"
    sheet.write_text(
        "STT;Nhiệm vụ;Cơ quan;Tình trạng;Ngày hoàn thành\n"
        "1;I.2;Sở Nội vụ;Hoàn thành;31-03-2020\n"
        "2;I.99;Sở Nội vụ;Hoàn thành;31.03.2020\n",
        encoding="utf-8",
    )
    broken = cchc("validate", "--records", str(sheet))
    assert broken.returncode == 1
    assert broken.stderr.splitlines() == [
        f"cchc: {sheet}: row 3, task: the plan has no task 'I.99' (its tasks run from I.1 "
        "to VII.13)"
    ]
    assert "Traceback" not in broken.stderr


def test_evaluate_says_which_records_it_did_not_count_because_they_are_later(tmp_path: Path):
    sheet = tmp_path / "tien-do.csv"
    sheet.write_text(
        "task,agency,status,done_on\nI.2,Sở Nội vụ,done,20/03/2020\nI.5,SNV,done,20/03/2202\n",
        encoding="utf-8",
    )
    result = cchc("evaluate", str(sheet), "--as-of", "30/06/2020", "--lang", "en")
    assert result.returncode == 0
    assert (
        f"cchc: {sheet}: row 3: I.5, SNV: dated 20/03/2202, after the evaluation date: not counted"
    ) in result.stderr.splitlines()
