"""Appendix tables (Phụ lục nhiệm vụ) read from CSV, Excel and Word, and written back."""

from __future__ import annotations

import datetime
import pathlib
import sys

import attrs
import pytest
from hypothesis import HealthCheck, given, settings

from cchc_model import (
    AgencyRegistry,
    AppendixError,
    FindingKind,
    Unrecognised,
    datasets,
    read_appendix,
    same_appendix,
    write_appendix,
)
from cchc_model.formats.appendix import Column, column_meaning
from cchc_model.plan.agencies import Agency, AgencyGroup, AgencyLevel
from cchc_model.strategies import appendix_plans
from tests.legacy import cp1258

openpyxl = pytest.importorskip("openpyxl")
docx = pytest.importorskip("docx")

PLAN = datasets.load("an-giang-2020")
TABLES = pathlib.Path(__file__).parent / "tables"
K = FindingKind


def _places(imported):
    return [(f.row, f.column, f.kind) for f in imported.findings]


# ------------------------------------------------------------------ columns by meaning


@pytest.mark.parametrize(
    ("header", "meaning"),
    [
        ("STT", Column.NUMBER),
        ("TT", Column.NUMBER),
        ("Số TT", Column.NUMBER),
        ("Lĩnh vực/nhiệm vụ", Column.TASK),
        ("Lĩnh vực, nhiệm vụ", Column.TASK),
        ("Nội dung", Column.TASK),
        ("Nhiệm vụ, giải pháp", Column.TASK),
        ("Tên nhiệm vụ", Column.TASK),
        ("NỘI DUNG NHIỆM VỤ", Column.TASK),
        ("Kết quả", Column.OUTPUT),
        ("Sản phẩm", Column.OUTPUT),
        ("Sản phẩm đầu ra", Column.OUTPUT),
        ("Hình thức văn bản", Column.OUTPUT),
        ("Kết quả/Sản phẩm", Column.OUTPUT),
        ("Cơ quan\nchủ trì", Column.LEAD),
        ("Đơn vị chủ trì", Column.LEAD),
        ("Đơn vị thực hiện", Column.LEAD),
        ("Cơ quan thực hiện", Column.LEAD),
        ("Cơ quan  phối hợp", Column.PARTNERS),
        ("Đơn vị phối hợp", Column.PARTNERS),
        ("Thời gian\nthực hiện", Column.DEADLINE),
        ("Thời gian hoàn thành", Column.DEADLINE),
        ("Tiến độ", Column.DEADLINE),
        ("Thời hạn", Column.DEADLINE),
        ("Hạn hoàn thành", Column.DEADLINE),
        ("thoi gian thuc hien", Column.DEADLINE),
        ("Ghi chú", None),
        ("Kinh phí", None),
        ("Nhóm nhiệm vụ", None),
    ],
)
def test_a_header_is_matched_by_its_meaning_whatever_its_words(header, meaning):
    # Variants from the issue, and from real tables: NQ 03/NQ-CP (2025) Phụ lục II
    # ("TT", "Tên nhiệm vụ", "Thời gian hoàn thành").
    assert column_meaning(header) is meaning


# ------------------------------------------------------------------ round trips


@pytest.mark.parametrize("suffix", [".csv", ".xlsx", ".docx"])
def test_the_bundled_plan_written_as_a_table_reads_back_as_the_same_appendix(tmp_path, suffix):
    path = tmp_path / f"phu-luc{suffix}"
    write_appendix(PLAN, path)
    imported = read_appendix(path, registry=PLAN.agencies)
    assert same_appendix(imported.plan, PLAN)
    assert imported.plan.tasks == PLAN.tasks
    assert imported.findings == ()
    assert imported.plan.year == 2020
    assert imported.plan.province == "An Giang"


@settings(max_examples=25, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(plan=appendix_plans())
def test_any_plan_written_as_csv_reads_back_as_the_same_appendix(tmp_path, plan):
    path = tmp_path / "phu-luc.csv"
    write_appendix(plan, path)
    imported = read_appendix(path, registry=plan.agencies)
    assert same_appendix(imported.plan, plan)
    assert not imported.problems


@settings(
    max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(plan=appendix_plans())
def test_any_plan_written_as_excel_and_word_reads_back_as_the_same_appendix(tmp_path, plan):
    for suffix in (".xlsx", ".docx"):
        path = tmp_path / f"phu-luc{suffix}"
        write_appendix(plan, path)
        assert same_appendix(read_appendix(path, registry=plan.agencies).plan, plan)


def test_the_excel_appendix_is_laid_out_for_printing(tmp_path):
    path = tmp_path / "phu-luc.xlsx"
    write_appendix(PLAN, path)
    sheet = openpyxl.load_workbook(path).active
    assert sheet.page_setup.orientation == "landscape"
    assert str(sheet.page_setup.paperSize) == sheet.PAPERSIZE_A4
    assert sheet.print_title_rows == "$3:$3"  # the header repeats on every page
    assert sheet["A4"].value == "I"
    assert sheet["B4"].font.bold
    assert "B4:F4" in {str(r) for r in sheet.merged_cells.ranges}
    assert sheet["B5"].alignment.wrap_text


def test_the_word_appendix_repeats_its_header_and_is_landscape(tmp_path):
    path = tmp_path / "phu-luc.docx"
    write_appendix(PLAN, path)
    document = docx.Document(str(path))
    section = document.sections[0]
    assert section.page_width > section.page_height
    header = document.tables[0].rows[0]
    assert header._tr.xpath("./w:trPr/w:tblHeader")
    assert [c.text for c in header.cells][:2] == ["STT", "Nhiệm vụ"]


def test_an_unknown_suffix_is_refused_when_writing(tmp_path):
    with pytest.raises(ValueError, match=r"\.csv, \.xlsx or \.docx"):
        write_appendix(PLAN, tmp_path / "phu-luc.pdf")


# ------------------------------------------------------------------ the seed's own shape


def _pieces(text: str, parts: int) -> list[str]:
    words = text.split(" ")
    size = max(1, -(-len(words) // parts))
    return [" ".join(words[i : i + size]) for i in range(0, len(words), size)] or [""]


def _bulleted(text: str) -> str:
    """The text of a bulleted cell as a table writes it: one bullet a line."""
    return text.replace(" - ", "\n- ") if text.startswith("- ") else text


def test_a_table_in_the_seeds_messy_shape_reads_into_the_bundled_plans_appendix(tmp_path):
    # The seed (../shared/seeds/000_17c7836504040d9c.txt, from line 630) prints the appendix
    # with each task's cells wrapped over several lines, the header repeated at each page
    # break (lines 764, 933, 1138…), area rows "I CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH" and bulleted
    # outputs and deadlines.  Here each task spans two or three rows, the lead cell of
    # every other task is merged down its rows, and the header repeats every seven tasks.
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["PHỤ LỤC"])
    sheet.append(["NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH TỈNH AN GIANG NĂM 2020"])
    sheet.append(["(Ban hành kèm theo Kế hoạch số /KH-UBND ngày tháng 12 năm 2019 của UBND tỉnh)"])
    header = [
        "STT",
        "Lĩnh vực/nhiệm vụ",
        "Kết quả",
        "Cơ quan\nchủ trì",
        "Cơ quan\nphối hợp",
        "Thời gian\nthực hiện",
    ]
    sheet.append(header)
    repeats = []
    count = 0
    for area in PLAN.areas:
        sheet.append([area.code, area.name, None, None, None, None])
        for task in area.tasks:
            count += 1
            if count % 7 == 0:
                sheet.append(header)
                repeats.append(sheet.max_row)
            parts = 3 if len(task.title) > 80 else 2
            columns = [
                _pieces(task.title, parts),
                [_bulleted(task.outputs_text)],
                _pieces(task.lead_text, parts),
                _pieces(task.partners_text, parts),
                [_bulleted(task.deadline_text)]
                if task.deadline_text.startswith("- ")
                else _pieces(task.deadline_text, 2),
            ]
            merged_lead = count % 2 == 0
            if merged_lead:
                columns[2] = [task.lead_text]
            height = max(len(c) for c in columns)
            first = sheet.max_row + 1
            for i in range(height):
                sheet.append(
                    [str(task.row) if i == 0 else None]
                    + [c[i] if i < len(c) else None for c in columns]
                )
            if merged_lead and height > 1:
                sheet.merge_cells(
                    start_row=first, start_column=4, end_row=first + height - 1, end_column=4
                )
    path = tmp_path / "seed-shaped.xlsx"
    workbook.save(path)

    imported = read_appendix(path, registry=PLAN.agencies)

    assert same_appendix(imported.plan, PLAN)
    assert imported.plan.year == 2020
    assert _places(imported) == [(row, None, K.REPEATED_HEADER) for row in repeats]


# ------------------------------------------------------------------ other provinces


QUANG_BINH_2023 = "\n".join(
    [
        "ỦY BAN NHÂN DÂN TỈNH QUẢNG BÌNH",
        "PHỤ LỤC",
        "NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH TỈNH QUẢNG BÌNH NĂM 2023",
        "TT;Nội dung;Thời gian thực hiện;Đơn vị chủ trì;Đơn vị phối hợp;Sản phẩm đầu ra;Ghi chú",
        "(1);(2);(3);(4);(5);(6);(7)",
        "I.;CẢI CÁCH THỂ CHẾ;;;;;",
        "1.;Rà soát, kiểm tra văn bản;Quý II/2023;Sở Tư pháp;"
        '"Các sở, ban, ngành; UBND các huyện, thị xã, thành phố";- Báo cáo;',
        ";quy phạm pháp luật;;;;- Văn bản xử lý;",
        "2.;Tự kiểm tra công tác cải cách hành chính tại các huyện;"
        "Tháng 6/2023;Sở Nội vụ;UBND cấp huyện;Báo cáo;Trọng tâm",
        "II.;CẢI CÁCH THỦ TỤC HÀNH CHÍNH;;;;;",
        "3.;Công bố danh mục thủ tục hành chính;Thường xuyên;"
        "Văn phòng UBND tỉnh;Các sở, ban, ngành;Quyết định;",
        "TT;Nội dung;Thời gian thực hiện;Đơn vị chủ trì;Đơn vị phối hợp;Sản phẩm đầu ra;Ghi chú",
        "4.;Khảo sát mức độ hài lòng của người dân;Quý IV;Sở Nội vụ;Bưu điện tỉnh;Báo cáo;",
        "5.;Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính;"
        "Theo lộ trình của Bộ;Sở Thông tin và Truyền thông;Sở Tài chánh;Báo cáo;",
        "6.;Tập huấn kỹ năng cải cách hành chính;Tháng 13/2023;Sở Nội vụ;;Hội nghị;",
        "Tổng cộng: 6 nhiệm vụ;;;;;;",
        "Ghi chú: nhiệm vụ trọng tâm ghi ở cột (7);;;;;;",
        "",
    ]
)


def test_a_pre_2025_provinces_windows_1258_table_gives_its_plan_and_exactly_its_findings(
    tmp_path,
):
    # Invented: Quảng Bình before the 2025 merger, with districts; another column order,
    # Roman areas "I." and numbering that runs on, a Windows-1258 file separated by ";".
    path = tmp_path / "quang-binh-2023.csv"
    path.write_bytes(cp1258(QUANG_BINH_2023.replace("\n", "\r\n")))

    imported = read_appendix(path)
    plan = imported.plan

    assert (plan.year, plan.province, plan.issuer) == (
        2023,
        "Quảng Bình",
        "Ủy ban nhân dân tỉnh Quảng Bình",
    )
    assert [a.code for a in plan.all_areas] == ["I", "II"]
    assert [t.code for t in plan.tasks] == ["I.1", "I.2", "II.3", "II.4", "II.5", "II.6"]
    first = plan.task("I.1")
    assert first.title == "Rà soát, kiểm tra văn bản quy phạm pháp luật"
    assert first.outputs_text == "- Báo cáo - Văn bản xử lý"
    assert [e.code for e in first.partners] == ["SBN", "HUYEN"]
    assert first.deadline.windows[0].due == datetime.date(2023, 6, 30)
    assert plan.task("I.2").attributes == (("Ghi chú", "Trọng tâm"),)
    assert plan.task("II.4").deadline.windows[0].due == datetime.date(2023, 12, 31)
    assert plan.task("II.4").partners == ()
    assert plan.task("II.4").partners_text == "Bưu điện tỉnh"
    assert isinstance(plan.task("II.6").deadline, Unrecognised)
    assert plan.task("II.6").deadline_text == "Tháng 13/2023"
    assert _places(imported) == [
        (4, "Ghi chú", K.UNKNOWN_COLUMN),
        (5, None, K.COLUMN_NUMBERS),
        (12, None, K.REPEATED_HEADER),
        (13, "Đơn vị phối hợp", K.UNKNOWN_AGENCY),
        (14, "Đơn vị phối hợp", K.UNKNOWN_AGENCY),
        (15, "Thời gian thực hiện", K.UNREAD_DEADLINE),
        (16, None, K.TOTALS),
        (17, None, K.FOOTNOTE),
    ]
    assert "closest known names: 'Sở Tài chính'" in imported.findings[4].message
    assert "a month is numbered 1 to 12, not 13" in imported.findings[5].message


def _merge_across(row, start):
    cells = row.cells
    return cells[start].merge(cells[-1])


def _tay_ninh_2026(path: pathlib.Path) -> None:
    document = docx.Document()
    heading = document.add_table(rows=1, cols=2)  # the letterhead, a table of its own
    heading.rows[0].cells[0].text = "ỦY BAN NHÂN DÂN\nTỈNH TÂY NINH"
    heading.rows[0].cells[1].text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    document.add_paragraph("PHỤ LỤC")
    document.add_paragraph("NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH TỈNH TÂY NINH NĂM 2026")
    rows = [
        ["STT", "Nội dung nhiệm vụ", "Sản phẩm", "Cơ quan thực hiện", "", "Thời hạn"],
        ["", "", "", "Chủ trì", "Phối hợp", ""],
        ["A", "NHIỆM VỤ CHUNG", "", "", "", ""],
        ["I", "Cải cách thể chế", "", "", "", ""],
        [
            "1.1",
            "Xây dựng quy chế phối hợp giữa các sở và UBND cấp xã",
            "Quyết định",
            "Sở Nội vụ",
            "UBND cấp xã",
            "Quý I/2026",
        ],
        [
            "1.2",
            "Rà soát quy định của HĐND, UBND cấp xã",
            "Báo cáo",
            "Sở Tư pháp",
            "Các sở, ban, ngành",
            "Tháng 6/2026",
        ],
        [
            "1.3",
            "Hướng dẫn UBND cấp xã rà soát văn bản",
            "Văn bản",
            "",
            "UBND cấp xã",
            "Quý III/2026",
        ],
        ["II. Cải cách thủ tục hành chính", "", "", "", "", ""],
        [
            "2.1",
            "Số hóa kết quả giải quyết thủ tục hành chính",
            "Báo cáo",
            "Trung tâm Phục vụ hành chính công tỉnh",
            "Sở Kế hoạch và Đầu tư",
            "Hằng quý",
        ],
        ["B", "NHIỆM VỤ RIÊNG CỦA CÁC SỞ", "", "", "", ""],
        ["1", "Kiểm tra công vụ tại các sở", "Kế hoạch", "Sở Nội vụ", "", "Trước ngày 15/12/2026"],
    ]
    table = document.add_table(rows=len(rows), cols=6)
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            table.cell(r, c).text = value
    for c in (0, 1, 2, 5):  # the header's single cells span both of its rows
        table.cell(0, c).merge(table.cell(1, c))
    table.cell(0, 3).merge(table.cell(0, 4))  # "Cơ quan thực hiện" over "Chủ trì | Phối hợp"
    for r in (2, 3, 9):
        _merge_across(table.rows[r], 1)
    _merge_across(table.rows[7], 0)  # "II. …" across the whole row
    table.cell(5, 3).merge(table.cell(6, 3))  # one lead for tasks 1.2 and 1.3
    table.cell(5, 3).text = "Sở Tư pháp"
    document.save(str(path))


def test_a_2026_two_tier_word_table_with_nested_areas_and_merged_cells_gives_its_plan(tmp_path):
    # Invented: Tây Ninh under the two-tier structure (no districts, "UBND cấp xã"), parts
    # A and B holding Roman areas holding tasks "1.1", a two-row header, merged cells both
    # ways, an area written "II. …" across the row, and a department merged away in 2025.
    path = tmp_path / "tay-ninh-2026.docx"
    _tay_ninh_2026(path)

    imported = read_appendix(path)
    plan = imported.plan

    assert (plan.year, plan.province) == (2026, "Tây Ninh")
    assert [a.code for a in plan.all_areas] == ["A", "A.I", "A.II", "B"]
    assert [t.code for t in plan.tasks] == ["A.I.1.1", "A.I.1.2", "A.I.1.3", "A.II.2.1", "B.1"]
    assert plan.task("A.I.1.3").area_path == ("A", "A.I")
    assert plan.area("A.II").name == "Cải cách thủ tục hành chính"
    assert [e.code for e in plan.task("A.I.1.3").lead] == ["STP"]  # from the merged cell
    assert [e.code for e in plan.task("A.I.1.1").partners] == ["XA"]
    assert plan.task("A.II.2.1").partners == ()
    # "Trước ngày 15/12" is due the day before, as the deadline language reads "trước".
    assert plan.task("B.1").deadline.due == datetime.date(2026, 12, 14)
    assert _places(imported) == [
        (0, None, K.OTHER_TABLE),
        (9, "Cơ quan thực hiện Phối hợp", K.DEFUNCT_AGENCY),
    ]
    assert "Sở Tài chính" in imported.findings[1].message  # what replaced it


def test_a_real_national_task_table_reads_with_numbering_that_runs_on(tmp_path):
    # Rows of Phụ lục II of Nghị quyết 03/NQ-CP (09/01/2025), as transcribed in
    # github.com/thetrungdtt/VNMasterplan "NQCP03/NQ03 PL2 Nhiem vu.md": a selection
    # (tasks 1, 2, 6, 9, 16, 47, 61, 114) with the markdown's bold marks removed; task 114
    # belongs to a later area of the source.  Area IV's deadline cell carries the stray
    # "năm tiếp theo" the transcription has.  Ministries are not a province's bodies: the
    # registry here names four and two groups, the rest are findings.
    central = AgencyLevel.CENTRAL
    registry = AgencyRegistry(
        agencies=(
            Agency(code="BKHCN", name="Bộ Khoa học và Công nghệ", level=central),
            Agency(code="BTC", name="Bộ Tài chính", level=central),
            Agency(code="BCA", name="Bộ Công an", level=central),
            Agency(code="BCT", name="Bộ Công Thương", level=central),
        ),
        groups=(
            AgencyGroup(
                code="BNDP",
                name="Các bộ, ngành, địa phương",
                open=True,
                aliases=("Bộ, ngành, địa phương", "Các bộ, ngành và địa phương"),
            ),
            AgencyGroup(code="BN", name="Các bộ, ngành", open=True),
        ),
    )
    imported = read_appendix(TABLES / "nq03-2025-phu-luc-ii.csv", registry=registry)
    plan = imported.plan
    assert plan.year == 2025  # from the deadlines: the title's "năm 2024" is a date
    assert [t.code for t in plan.tasks] == [
        "I.1",
        "I.2",
        "I.6",
        "I.9",
        "II.16",
        "II.47",
        "II.61",
        "IV.114",
    ]
    assert plan.task("I.1").deadline.windows[0].due == datetime.date(2025, 6, 30)
    assert [e.code for e in plan.task("IV.114").lead] == ["BCA", "BTC", "BCT", "BKHCN"]
    assert _places(imported) == [
        (6, "Cơ quan phối hợp", K.UNKNOWN_AGENCY),
        (6, "Cơ quan phối hợp", K.UNKNOWN_AGENCY),
        (7, "Cơ quan chủ trì", K.UNKNOWN_AGENCY),
        (14, "Thời gian hoàn thành", K.AREA_ROW_TEXT),
        (15, "Cơ quan phối hợp", K.UNKNOWN_AGENCY),
    ]
    assert "'VTV, VOV, TTXVN'" in imported.findings[1].message


# ------------------------------------------------------------------ the reader's rules


def _csv(tmp_path, text, name="bang.csv", encoding="utf-8"):
    path = tmp_path / name
    path.write_text(text, encoding=encoding)
    return path


HEADER = "STT,Nhiệm vụ,Kết quả,Cơ quan chủ trì,Cơ quan phối hợp,Thời gian thực hiện\n"


def test_the_year_comes_from_the_deadlines_when_the_title_has_none_and_never_the_clock(
    tmp_path,
):
    path = _csv(tmp_path, HEADER + "I,Chỉ đạo,,,,\n1,Kiểm tra,Kế hoạch,Sở Nội vụ,,Quý I/2027\n")
    assert read_appendix(path).plan.year == 2027
    undated = _csv(tmp_path, HEADER + "I,Chỉ đạo,,,,\n1,Kiểm tra,Kế hoạch,Sở Nội vụ,,Quý I\n")
    with pytest.raises(AppendixError, match=r"give it \(year=, or cchc import --year\)"):
        read_appendix(undated)
    assert read_appendix(undated, year=2027).plan.task("I.1").deadline.windows[0].due == (
        datetime.date(2027, 3, 31)
    )


def test_a_table_without_area_rows_puts_its_tasks_in_one_area_and_says_so(tmp_path):
    path = _csv(tmp_path, HEADER + "1,Kiểm tra,Kế hoạch,Sở Nội vụ,,Quý I/2027\n")
    imported = read_appendix(path)
    assert [t.code for t in imported.plan.tasks] == ["I.1"]
    assert _places(imported) == [(2, None, K.NO_AREA)]


def test_a_repeated_number_and_a_row_without_a_title_are_reported_and_nothing_is_lost(tmp_path):
    path = _csv(
        tmp_path,
        HEADER
        + "I,Chỉ đạo,,,,\n"
        + "1,Kiểm tra,Kế hoạch,Sở Nội vụ,,Quý I/2027\n"
        + "1,Tuyên truyền,Kế hoạch,Sở Nội vụ,,Quý II/2027\n"
        + "2,,Kế hoạch,Sở Nội vụ,,Quý II/2027\n"
        + "3,Tổng kết,Báo cáo,,,Quý IV/2027\n",
    )
    imported = read_appendix(path)
    assert [t.code for t in imported.plan.tasks] == ["I.1", "I.12", "I.3"]
    assert _places(imported) == [
        (4, "STT", K.DUPLICATE_NUMBER),
        (5, "Nhiệm vụ", K.NO_TITLE),
        (6, "Cơ quan chủ trì", K.NO_LEAD),
    ]


def test_strict_reading_raises_every_problem_at_once_but_not_the_notes(tmp_path):
    path = _csv(
        tmp_path,
        HEADER
        + "I,Chỉ đạo,,,,\n"
        + "1,Kiểm tra,Kế hoạch,Sở Ngoại giao,,Quý I/2027\n"
        + "2,Tuyên truyền,Kế hoạch,Sở Nội vụ,,Quý V/2027\n"
        + HEADER,
    )
    with pytest.raises(AppendixError) as raised:
        read_appendix(path, strict=True)
    assert [f.kind for f in raised.value.findings] == [K.UNKNOWN_AGENCY, K.UNREAD_DEADLINE]
    assert isinstance(raised.value, ValueError)
    assert str(raised.value).splitlines()[1].startswith("row 3, Cơ quan chủ trì: ")


def test_a_file_without_a_task_table_is_refused_with_the_names_looked_for(tmp_path):
    path = _csv(tmp_path, "Mã,Tên\n1,Sở Nội vụ\n")
    with pytest.raises(AppendixError, match=r"'Cơ quan chủ trì'.*'Thời hạn'"):
        read_appendix(path)


def test_an_excel_file_renamed_csv_is_refused_with_advice(tmp_path):
    path = tmp_path / "phu-luc.xlsx"
    write_appendix(PLAN, path)
    renamed = path.rename(tmp_path / "phu-luc.csv")
    with pytest.raises(AppendixError, match=r"give it its \.docx or \.xlsx name"):
        read_appendix(renamed)


@pytest.mark.parametrize(
    ("suffix", "module", "extra"), [(".docx", "docx", "word"), (".xlsx", "openpyxl", "excel")]
)
def test_a_missing_extra_is_named_in_the_error(tmp_path, monkeypatch, suffix, module, extra):
    path = tmp_path / f"phu-luc{suffix}"
    write_appendix(PLAN, path)
    monkeypatch.setitem(sys.modules, module, None)  # as if it were not installed
    with pytest.raises(ImportError, match=rf"cchc-model\[{extra}\]"):
        read_appendix(path)
    with pytest.raises(ImportError, match=rf"cchc-model\[{extra}\]"):
        write_appendix(PLAN, path)


def test_semicolon_utf16_and_tab_files_read_alike(tmp_path):
    text = HEADER + "I,Chỉ đạo,,,,\n1,Kiểm tra,Kế hoạch,Sở Nội vụ,,Quý I/2027\n"
    plans = [read_appendix(_csv(tmp_path, text, "a.csv")).plan]
    plans.append(read_appendix(_csv(tmp_path, text.replace(",", ";"), "b.csv")).plan)
    plans.append(read_appendix(_csv(tmp_path, text.replace(",", "\t"), "c.csv", "utf-16")).plan)
    assert plans[0] == plans[1] == plans[2]


def test_an_imported_plan_with_unread_cells_survives_its_json():
    from cchc_model import dumps_plan, loads_plan

    task = attrs.evolve(
        PLAN.task("I.2"),
        deadline=Unrecognised(text="Tháng 13/2020", error="a month is numbered 1 to 12, not 13"),
        deadline_text="Tháng 13/2020",
        lead=(),
    )
    area = attrs.evolve(PLAN.areas[0], tasks=(PLAN.task("I.1"), task, *PLAN.areas[0].tasks[2:]))
    plan = attrs.evolve(PLAN, areas=(area, *PLAN.areas[1:]))
    assert loads_plan(dumps_plan(plan)) == plan


# ------------------------------------------------------------------ templates and the command


def test_a_filled_in_progress_template_reads_back_as_records_of_the_agencys_obligations(
    tmp_path,
):
    from cchc_model import read_records
    from cchc_model.formats.templates import write_progress_template

    path = tmp_path / "snv.xlsx"
    quarter = datetime.date(2020, 1, 1), datetime.date(2020, 3, 31)
    count = write_progress_template(PLAN, path, agency="Sở Nội vụ", end=quarter[1])
    workbook = openpyxl.load_workbook(path)
    sheet = workbook.active
    validations = sheet.data_validations.dataValidation
    assert any("Hoàn thành" in (v.formula1 or "") for v in validations)
    for row in range(2, sheet.max_row + 1):
        sheet.cell(row, 6, "Hoàn thành")
        sheet.cell(row, 7, sheet.cell(row, 5).value)  # done on the due day
    workbook.save(path)
    records = read_records(path, plan=PLAN)
    owed = PLAN.schedule(*quarter, agency="SNV")
    assert len(records) == count == len(owed)
    assert {(r.task, r.done_on) for r in records} == {(o.task.code, o.due) for o in owed}
    assert records.warnings == ()


def test_the_command_imports_a_table_prints_its_findings_and_writes_the_plan(tmp_path):
    import io

    from cchc_model import load_plan
    from cchc_model.cli import main

    table = tmp_path / "phu-luc.docx"
    out, err = io.StringIO(), io.StringIO()
    assert main(["export", "-o", str(table)], out=out, err=err) == 0
    target = tmp_path / "plan.json"
    assert main(["import", str(table), "-o", str(target)], out=out, err=err) == 0
    printed = out.getvalue()
    assert "70 rows, 63 tasks, 7 areas, 3 unknown-agency" in printed
    assert "Sở Thông tin và Truyền thôn" in printed
    assert len(load_plan(target).tasks) == 63
    strict = main(["import", str(table), "--strict", "-o", str(target)], out=out, err=err)
    assert strict == 1
    assert "unknown-agency" in err.getvalue()
    assert "Traceback" not in err.getvalue()


def test_an_area_title_in_any_cell_and_an_excel_date_cell_as_deadline_are_read(tmp_path):
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2027"])
    sheet.append(["STT", "Nhiệm vụ", "Kết quả", "Cơ quan chủ trì", "Cơ quan phối hợp", "Tiến độ"])
    sheet.append(["I", None, "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", None, None, None])
    sheet.append([1, "Kiểm tra", "Kế hoạch", "Sở Nội vụ", None, datetime.datetime(2027, 3, 31)])
    path = tmp_path / "bang.xlsx"
    workbook.save(path)
    plan = read_appendix(path).plan
    assert plan.area("I").name == "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH"
    task = plan.task("I.1")
    assert (task.deadline_text, task.deadline.due) == ("31/03/2027", datetime.date(2027, 3, 31))


def test_a_numbered_stt_cell_reads_as_excel_shows_it_with_its_decimals(tmp_path):
    # "1.10" typed in a cell formatted "0.00" is stored as the number 1.1 and shown "1.10";
    # in a General cell Excel itself shows "1.1", and so does the reader.
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2027"])
    sheet.append(["STT", "Nhiệm vụ", "Kết quả", "Cơ quan chủ trì", "Cơ quan phối hợp", "Tiến độ"])
    sheet.append(["I", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", None, None, None, None])
    sheet.append([1.9, "Kiểm tra", "Kế hoạch", "Sở Nội vụ", None, "Quý I/2027"])
    sheet.append([1.1, "Tuyên truyền", "Kế hoạch", "Sở Nội vụ", None, "Quý II/2027"])
    sheet.append([2.5, "Tổng kết", "Báo cáo", "Sở Nội vụ", None, "Quý IV/2027"])
    sheet.cell(4, 1).number_format = "0.0"
    sheet.cell(5, 1).number_format = "0.00"
    path = tmp_path / "bang.xlsx"
    workbook.save(path)
    plan = read_appendix(path).plan
    assert [t.code for t in plan.tasks] == ["I.1.9", "I.1.10", "I.2.5"]


def test_a_cell_too_large_for_the_csv_reader_is_refused_with_its_line(tmp_path):
    path = _csv(tmp_path, HEADER + "1," + "a" * 200_000 + ",x,y,z,Quý I/2020\n")
    with pytest.raises(AppendixError, match="line 2 is not CSV the reader can take"):
        read_appendix(path)


def test_a_file_that_is_not_text_is_refused_with_the_librarys_error(tmp_path):
    path = tmp_path / "bang.csv"
    path.write_bytes(b"STT,Nhi\x81m v\x05\n")
    with pytest.raises(AppendixError, match=r"not text in UTF-8, UTF-16 or Windows-1258"):
        read_appendix(path)


def test_the_command_resolves_names_against_the_provinces_own_bodies(tmp_path):
    import io

    from cchc_model.cli import main

    table = tmp_path / "phu-luc.csv"
    write_appendix(PLAN, table)
    bodies = tmp_path / "co-quan.csv"
    bodies.write_text(
        "code,name,level,aliases\nBDT,Bưu điện tỉnh An Giang,public_service_unit,Bưu điện tỉnh\n",
        encoding="utf-8",
    )
    out, err = io.StringIO(), io.StringIO()
    target = tmp_path / "plan.json"
    status = main(
        ["import", str(table), "--registry", str(bodies), "-o", str(target)], out=out, err=err
    )
    assert status == 0, err.getvalue()
    assert "Bưu điện tỉnh" not in out.getvalue()  # resolved: no finding names it
    assert "2 unknown-agency" in out.getvalue()
