"""Progress records read from CSV and JSON, every row problem reported at once."""

from __future__ import annotations

import csv
import datetime
import io
import json
from pathlib import Path

import pytest

from cchc_model import datasets, evaluate
from cchc_model.assessment.progress import ProgressRecord, Status, history
from cchc_model.formats.problems import RecordsError
from cchc_model.formats.readers import parse_date, parse_records, read_measurements, read_records
from tests.legacy import cp1258

D = datetime.date
ROOT = Path(__file__).resolve().parents[1]
PLAN = datasets.load("an-giang-2020")
HEADER = "task,agency,milestone,status,done_on,evidence,reported_by,reported_on,note\n"


def parse(text: str, strict: bool = True):  # type: ignore[no-untyped-def]
    return parse_records(io.StringIO(text), plan=PLAN, strict=strict)


def test_a_csv_row_becomes_a_record_with_its_agency_code():
    records = parse(
        HEADER + "I.2,Sở Nội vụ,,done,31/03/2020,Kế hoạch số 12/KH-BCĐ ngày 20/3/2020,SNV,"
        "2020-04-02,đã ban hành\n"
    )
    assert records == [
        ProgressRecord(
            task="I.2",
            agency="SNV",
            status=Status.DONE,
            done_on=D(2020, 3, 31),
            evidence="Kế hoạch số 12/KH-BCĐ ngày 20/3/2020",
            reported_by="SNV",
            reported_on=D(2020, 4, 2),
            note="đã ban hành",
        )
    ]
    assert records[0].row == 2
    assert [r.identifier for r in records[0].references] == ["12/KH-BCĐ"]
    assert records.problems == ()


def test_vietnamese_headers_statuses_and_a_byte_order_mark_are_read(tmp_path):
    path = tmp_path / "tien-do.csv"
    path.write_bytes(
        (
            "\ufeffNhiệm vụ,Cơ quan,Mốc,Tình trạng,Ngày hoàn thành,Minh chứng,Người báo cáo,"
            "Ngày báo cáo,Ghi chú\n"
            "III.1,Văn phòng UBND tỉnh,Ban hành,Hoàn thành,15/01/2020,,,,\n"
            "III.1,Văn phòng UBND tỉnh,kết thúc,đang thực hiện,,,,30/06/2020,\n"
        ).encode("utf-8")
    )
    records = read_records(path, plan=PLAN)
    assert [(r.task, r.agency, r.milestone, r.status) for r in records] == [
        ("III.1", "VPUBND", "ban hành", Status.DONE),
        ("III.1", "VPUBND", "kết thúc", Status.IN_PROGRESS),
    ]


def test_records_are_read_from_json_too(tmp_path):
    path = tmp_path / "records.json"
    path.write_text(
        json.dumps(
            [
                {
                    "task": "I.6",
                    "agency": "SNV",
                    "milestone": "2020-03-05",
                    "status": "done",
                    "done_on": "2020-03-05",
                }
            ]
        ),
        encoding="utf-8",
    )
    (record,) = read_records(path, plan=PLAN)
    assert (record.milestone, record.done_on, record.row) == ("2020-03-05", D(2020, 3, 5), 1)


def test_every_row_problem_is_reported_at_once_with_its_row_number():
    text = HEADER + (
        "IX.1,Sở Nội vụ,,done,01/01/2020,,,,\n"
        "I.2,Sở Ngoại giao,,done,01/01/2020,,,,\n"
        "I.2,Sở Nội vụ,,xong,,,,,\n"
        "I.2,Sở Nội vụ,,done,31/02/2020,,,,\n"
        "I.12,Sở Y tế,,in_progress,,,,,\n"
        "I.2,Sở Nội vụ,,done,10/04/2020,,,05/04/2020,\n"
        "I.2,Sở Nội vụ,,done,,,,,\n"
        "I.2,Sở Nội vụ,,in_progress,10/04/2020,,,,\n"
        "III.1,Văn phòng UBND tỉnh,phát hành,done,31/01/2020,,,,\n"
    )
    with pytest.raises(RecordsError) as caught:
        parse(text)
    assert [str(p) for p in caught.value.problems] == [
        "row 2, task: the plan has no task 'IX.1' (its tasks run from I.1 to VII.13)",
        "row 3, agency: unknown agency 'Sở Ngoại giao'; closest known names: 'Sở Ngoại vụ'",
        "row 4, status: unknown status 'xong': expected done, in_progress, not_started or "
        "not_applicable (hoàn thành, đang thực hiện, chưa triển khai, không phát sinh)",
        "row 5, done_on: '31/02/2020' is not a date: February has no day 31",
        "row 6, agency: Sở Y tế owes nothing on task I.12",
        "row 7, done_on: done on 10/04/2020, after the report of 05/04/2020",
        "row 8, done_on: a done record needs the date it was done",
        "row 9, done_on: a record đang thực hiện has no completion date",
        "row 10, milestone: task III.1 has no milestone 'phát hành': expected ban hành, kết thúc",
    ]
    assert isinstance(caught.value, ValueError)


def test_lenient_reading_keeps_the_good_rows_and_returns_the_problems():
    records = parse(
        HEADER + "I.2,Sở Nội vụ,,done,31/03/2020,,,,\nIX.1,Sở Nội vụ,,done,01/01/2020,,,,\n",
        strict=False,
    )
    assert [r.task for r in records] == ["I.2"]
    assert [p.row for p in records.problems] == [3]


def test_a_file_without_the_required_columns_is_refused():
    with pytest.raises(RecordsError) as caught:
        parse("task,status,colour\nI.2,done,red\n")
    assert [str(p) for p in caught.value.problems] == [
        "row 1, agency: required column missing; write it 'agency', 'Cơ quan' or 'Đơn vị' "
        "(any case, with or without tone marks)",
        "row 1, colour: unknown column (kept aside)",
    ]


def test_a_measurement_sheet_in_vietnamese_with_an_extra_column_reads_and_names_it(tmp_path):
    path = tmp_path / "do-luong.csv"
    path.write_text(
        "STT;Chỉ tiêu;Giá trị;Ngày đo;Nguồn\n1;1;100;31/12/2020;Sở Nội vụ\n", encoding="utf-8"
    )
    measurements = read_measurements(path, plan=PLAN)
    assert [(m.indicator, m.value, m.measured_on) for m in measurements] == [
        (1, 100, D(2020, 12, 31))
    ]
    assert [str(w) for w in measurements.warnings] == ["row 1, STT: unknown column (kept aside)"]


def test_a_measurement_sheet_without_an_indicator_column_names_the_headers_it_accepts(tmp_path):
    path = tmp_path / "do-luong.csv"
    path.write_text("Mục;Giá trị\n1;100\n", encoding="utf-8")
    with pytest.raises(RecordsError, match="write it 'indicator', 'Chỉ tiêu' or 'Số chỉ tiêu'"):
        read_measurements(path, plan=PLAN)


@pytest.mark.parametrize("strict", [True, False])
def test_an_unknown_column_is_reported_and_never_stops_the_file(strict):
    records = parse(
        "STT,task,agency,status,done_on,Ghi chú thêm\n1,I.2,Sở Nội vụ,done,31/03/2020,x\n",
        strict=strict,
    )
    assert [r.task for r in records] == ["I.2"]
    assert records.problems == ()
    assert [str(p) for p in records.warnings] == [
        "row 1, STT: unknown column (kept aside)",
        "row 1, Ghi chú thêm: unknown column (kept aside)",
    ]


def test_an_agency_concerned_through_an_open_group_reports_for_the_group():
    # I.7's coordinating agencies are "Cơ quan, đơn vị có liên quan", an open group.
    (record,) = parse(HEADER + "I.7,Sở Xây dựng,,done,30/06/2020,,,,\n")
    assert (record.agency, record.reported_by) == ("LIEN_QUAN", "Sở Xây dựng")


def test_a_milestone_due_several_times_needs_its_date():
    with pytest.raises(RecordsError) as caught:
        parse(HEADER + "I.3,Sở Nội vụ,thực hiện,done,25/03/2020,,,,\n")
    assert str(caught.value.problems[0]).startswith(
        "row 2, milestone: task I.3 is due 4 times at 'thực hiện': give the due date instead"
    )
    (record,) = parse(HEADER + "I.3,Sở Nội vụ,2020-06-30,done,25/06/2020,,,,\n")
    assert record.milestone == "2020-06-30"


def test_a_milestone_is_kept_as_the_schedule_spells_it():
    (record,) = parse(HEADER + "I.17,Sở Nội vụ,BÁO CÁO QUÝ I,done,18/03/2020,,,,\n")
    assert record.milestone == "báo cáo quý I"


def test_a_file_that_is_not_utf8_or_not_json_is_refused(tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_bytes(b"task\x81\n")  # 0x81 is no character in UTF-8 or Windows-1258
    with pytest.raises(RecordsError, match="not text in UTF-8, UTF-16 or Windows-1258"):
        read_records(bad, plan=PLAN)
    binary = tmp_path / "binary.csv"
    binary.write_bytes(b"task\x00\x01\n")
    with pytest.raises(RecordsError, match=r"\(byte 4\)"):
        read_records(binary, plan=PLAN)
    sheet = tmp_path / "sheet.csv"
    sheet.write_bytes(b"PK\x03\x04\x14\x00")
    with pytest.raises(RecordsError, match="an Excel or Word package, not CSV"):
        read_records(sheet, plan=PLAN)
    broken = tmp_path / "bad.json"
    broken.write_text("{", encoding="utf-8")
    with pytest.raises(RecordsError, match="not JSON"):
        read_records(broken, plan=PLAN)


def test_history_orders_records_by_the_date_they_speak_from():
    early = ProgressRecord(
        task="I.2", agency="SNV", status=Status.IN_PROGRESS, reported_on=D(2020, 2, 1)
    )
    late = ProgressRecord(task="I.2", agency="SNV", status=Status.DONE, done_on=D(2020, 3, 1))
    assert list(history([late, early])) == [early, late]


def test_a_record_is_consistent_about_completion():
    with pytest.raises(ValueError, match="done_on is required"):
        ProgressRecord(task="I.2", agency="SNV", status=Status.DONE)
    assert Status.parse("Chưa triển khai") is Status.NOT_STARTED


def test_a_task_reported_as_not_arising_needs_no_milestone_and_no_date():
    rows = parse(
        HEADER
        + "I.6,Sở Nội vụ,,không phát sinh,,,SNV,05/01/2020,\n"
        + "V.2,Sở Nội vụ,,Chưa đủ điều kiện,,,SNV,30/06/2020,chưa có chỉ tiêu biên chế\n"
    )
    assert [(r.task, r.status, r.milestone, r.note) for r in rows] == [
        ("I.6", Status.NOT_APPLICABLE, None, None),
        ("V.2", Status.NOT_APPLICABLE, None, "chưa có chỉ tiêu biên chế"),
    ]
    with pytest.raises(RecordsError, match="a record không phát sinh has no completion date"):
        parse(HEADER + "V.2,Sở Nội vụ,,not_applicable,30/06/2020,,,,\n")


def _sheet_variants(text: str) -> dict[str, bytes]:
    rows = list(csv.reader(io.StringIO(text)))

    def joined(delimiter: str) -> str:
        out = io.StringIO()
        csv.writer(out, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
        return out.getvalue()

    return {
        "utf-8": text.encode("utf-8"),
        "utf-8 with BOM, semicolons": joined(";").encode("utf-8-sig"),
        "utf-16 with BOM, tabs (Excel's Unicode text)": joined("\t").encode("utf-16"),
        "windows-1258, semicolons": cp1258(joined(";")),
    }


def test_a_progress_sheet_reads_the_same_in_every_encoding_and_separator(tmp_path):
    text = (ROOT / "examples" / "an_giang_2020_progress.csv").read_text(encoding="utf-8")
    expected = read_records(ROOT / "examples" / "an_giang_2020_progress.csv", plan=PLAN)
    assert len(expected) > 10
    for name, raw in _sheet_variants(text).items():
        path = tmp_path / "sheet.csv"
        path.write_bytes(raw)
        assert list(read_records(path, plan=PLAN)) == list(expected), name


def test_measurements_read_the_same_in_every_encoding_and_separator(tmp_path):
    source = ROOT / "examples" / "an_giang_2020_measurements.csv"
    expected = read_measurements(source, plan=PLAN)
    for name, raw in _sheet_variants(source.read_text(encoding="utf-8")).items():
        path = tmp_path / "measurements.csv"
        path.write_bytes(raw)
        assert read_measurements(path, plan=PLAN) == expected, name


@pytest.mark.parametrize(
    "written",
    ["30/09/2020", "30-09-2020", "30.09.2020", "ngày 30/9/2020", "2020-09-30", "30 / 9 / 2020"],
)
def test_a_done_date_reads_in_every_usual_vietnamese_notation(written):
    records = parse(HEADER + f"I.2,Sở Nội vụ,,done,{written},,,,\n")
    assert records[0].done_on == D(2020, 9, 30)


def test_mixed_separators_in_one_date_are_not_a_date():
    with pytest.raises(ValueError, match="is not a date"):
        parse_date("30/09-2020")


def test_a_progress_workbook_reads_dates_numbers_and_empty_cells_as_they_are(tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["BẢNG THEO DÕI TIẾN ĐỘ CẢI CÁCH HÀNH CHÍNH NĂM 2020"])  # a title, one cell
    sheet.append([])
    sheet.append(["STT", "Nhiệm vụ", "Cơ quan", "Tình trạng", "Ngày hoàn thành", "Ghi chú"])
    sheet.append([1, "I.2", "Sở Nội vụ", "Hoàn thành", datetime.datetime(2020, 3, 20), None])
    sheet.append([])  # an empty row in the middle
    sheet.append([2, "I.5", "SNV", "Đang thực hiện", None, "chưa xong"])
    path = tmp_path / "tien-do.xlsx"
    workbook.save(path)
    records = read_records(path, plan=PLAN)
    assert [(r.row, r.task, r.status, r.done_on) for r in records] == [
        (4, "I.2", Status.DONE, D(2020, 3, 20)),
        (6, "I.5", Status.IN_PROGRESS, None),
    ]
    assert [str(w) for w in records.warnings] == ["row 3, STT: unknown column (kept aside)"]
    assert records[1].note == "chưa xong"


def test_a_workbook_that_is_not_one_is_refused_with_the_reason(tmp_path):
    pytest.importorskip("openpyxl")
    path = tmp_path / "broken.xlsx"
    path.write_bytes(b"not a zip")
    with pytest.raises(RecordsError, match="not an Excel workbook"):
        read_records(path, plan=PLAN)


def test_measurements_in_a_workbook_read_like_the_same_csv(tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    csv_path = tmp_path / "m.csv"
    csv_path.write_text(
        "indicator,value,numerator,denominator,exempt,rank,of,measured_on,source,note\n"
        "1,,184512,186940,1236,,,15/06/2020,Hệ thống một cửa,\n"
        '2,"97,8",,,,,,14/12/2020,Báo cáo CNTT,\n',
        encoding="utf-8",
    )
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["indicator", "value", "numerator", "denominator", "exempt", "rank", "of",
                  "measured_on", "source", "note"])  # fmt: skip
    sheet.append([1, None, 184512, 186940, 1236, None, None, datetime.datetime(2020, 6, 15),
                  "Hệ thống một cửa", None])  # fmt: skip
    sheet.append([2, 97.8, None, None, None, None, None, datetime.datetime(2020, 12, 14),
                  "Báo cáo CNTT", None])  # fmt: skip
    xlsx_path = tmp_path / "m.xlsx"
    workbook.save(xlsx_path)
    assert read_measurements(xlsx_path, plan=PLAN) == read_measurements(csv_path, plan=PLAN)


def test_an_empty_sheet_is_reported_never_silently_empty():
    with pytest.raises(RecordsError) as caught:
        parse(HEADER)
    assert [str(p) for p in caught.value.problems] == ["the sheet has no records"]
    records = parse(HEADER, strict=False)
    assert list(records) == []
    assert [str(w) for w in records.warnings] == ["the sheet has no records"]


def test_a_row_given_twice_is_reported_and_counted_once_when_lenient():
    row = "I.2,Sở Nội vụ,,done,31/03/2020,,,,\n"
    with pytest.raises(RecordsError) as caught:
        parse(HEADER + row + row)
    assert [str(p) for p in caught.value.problems] == ["row 3: the same record as row 2"]
    records = parse(HEADER + row + row, strict=False)
    assert [r.row for r in records] == [2]
    assert [str(w) for w in records.warnings] == ["row 3: the same record as row 2"]


def test_two_answers_for_one_obligation_on_one_day_are_reported():
    text = (
        HEADER
        + "I.2,Sở Nội vụ,,in_progress,,,,31/03/2020,\n"
        + "I.2,SNV,,not_started,,,,31/03/2020,\n"
        + "I.2,SNV,,done,01/04/2020,,,01/04/2020,\n"  # a later day: progress, not a conflict
    )
    with pytest.raises(RecordsError) as caught:
        parse(text)
    assert [str(p) for p in caught.value.problems] == [
        "row 3, status: not_started contradicts row 2 (in_progress) for the same obligation "
        "on the same date"
    ]
    assert len(parse(text, strict=False)) == 3


def test_a_progress_sheet_evaluates_to_the_same_verdicts_from_excel_utf16_and_semicolons(
    tmp_path,
):
    openpyxl = pytest.importorskip("openpyxl")
    source = ROOT / "examples" / "an_giang_2020_progress.csv"
    as_of = D(2020, 9, 30)
    expected = evaluate(PLAN, read_records(source, plan=PLAN), as_of=as_of).verdicts
    rows = list(csv.reader(io.StringIO(source.read_text(encoding="utf-8"))))
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(rows[0])
    dated = {rows[0].index(c) for c in ("done_on", "reported_on")}
    for row in rows[1:]:
        # Real date cells and truly empty cells, as Excel keeps them.
        sheet.append(
            [
                None
                if value == ""
                else datetime.datetime.combine(parse_date(value), datetime.time())
                if i in dated
                else value
                for i, value in enumerate(row)
            ]
        )
    workbook.save(tmp_path / "tien-do.xlsx")
    variants = _sheet_variants(source.read_text(encoding="utf-8"))
    for name in ("utf-16 with BOM, tabs (Excel's Unicode text)", "utf-8 with BOM, semicolons"):
        (tmp_path / f"{len(name)}.csv").write_bytes(variants[name])
    for path in (tmp_path / "tien-do.xlsx", *sorted(tmp_path.glob("*.csv"))):
        records = read_records(path, plan=PLAN)
        assert evaluate(PLAN, records, as_of=as_of).verdicts == expected, path.name
