"""The official days off and make-up working days of every year with a notice, by hand.

Each year's weekdays off and weekend days worked are copied from the notices and from the
press that reported them (not from the library), so the data file and the statutory
rules are checked together against what civil servants actually did.

Sources, besides the notices in ``cchc_model/data/vn_public_sector_days.json``:
2013 — eballsviet.com copy of Công văn 9570/VPCP-KGVX; Tiền Phong "Tết âm lịch được nghỉ 9
ngày". 2014 — dienbien.edu.vn on 10525/VPCP-KGVX (18/12/2013); VietnamPlus 53154.
2015 — Thanh Niên News 34748; Báo Mới "Lịch nghỉ Tết Dương lịch 2015"; VietNamNet on Tờ
trình 89/TTr-LĐTBXH. 2016 — ngaynay.vn on 4659/TB-LĐTBXH; Báo Đà Nẵng 01/04/2016.
2017 — thuvienphapluat on 9794/VPCP-KGVX (16/11/2016); muasi.net (2/9/2017).
2018–2026 — the notices cited in the data file; 2026 also congan.com.vn (Tết Bính Ngọ),
thanhnien.vn 13/01/2026 and Nghị quyết 28/2026/QH16 (24/11).
"""

from __future__ import annotations

import datetime

import pytest

from cchc_model.scheduling.calendar import vietnam_calendar

CAL = vietnam_calendar()

# year: (weekdays off as "dd/mm", weekend days worked as "dd/mm/yyyy")
OFFICIAL = {
    2013: (
        "01/01 11/02 12/02 13/02 14/02 15/02 19/04 29/04 30/04 01/05 02/09",
        "05/01/2013 23/02/2013 04/05/2013",
    ),
    2014: (
        "01/01 28/01 29/01 30/01 31/01 03/02 04/02 05/02 09/04 30/04 01/05 02/05 01/09 02/09",
        "25/01/2014 08/02/2014 26/04/2014 06/09/2014 27/12/2014",
    ),
    2015: (
        "01/01 02/01 16/02 17/02 18/02 19/02 20/02 23/02 28/04 29/04 30/04 01/05 02/09",
        "14/02/2015 25/04/2015",
    ),
    2016: ("01/01 08/02 09/02 10/02 11/02 12/02 18/04 02/05 03/05 02/09", ""),
    2017: ("02/01 26/01 27/01 30/01 31/01 01/02 06/04 01/05 02/05 04/09", ""),
    2018: ("01/01 14/02 15/02 16/02 19/02 20/02 25/04 30/04 01/05 03/09 31/12", ""),
    2019: (
        "01/01 04/02 05/02 06/02 07/02 08/02 15/04 29/04 30/04 01/05 02/09",
        "05/01/2019 04/05/2019",
    ),
    2020: ("01/01 23/01 24/01 27/01 28/01 29/01 02/04 30/04 01/05 02/09", ""),
    2021: ("01/01 10/02 11/02 12/02 15/02 16/02 21/04 30/04 03/05 02/09 03/09", ""),
    2022: ("03/01 31/01 01/02 02/02 03/02 04/02 11/04 02/05 03/05 01/09 02/09", ""),
    2023: ("02/01 20/01 23/01 24/01 25/01 26/01 01/05 02/05 03/05 01/09 04/09", ""),
    2024: (
        "01/01 08/02 09/02 12/02 13/02 14/02 18/04 29/04 30/04 01/05 02/09 03/09",
        "04/05/2024",
    ),
    2025: (
        "01/01 27/01 28/01 29/01 30/01 31/01 07/04 30/04 01/05 02/05 01/09 02/09",
        "26/04/2025",
    ),
    2026: (
        "01/01 02/01 16/02 17/02 18/02 19/02 20/02 27/04 30/04 01/05 31/08 01/09 02/09 24/11",
        "10/01/2026 22/08/2026",
    ),
}


def _days_of(year: int) -> tuple[list[str], list[str]]:
    off, worked = [], []
    day = datetime.date(year, 1, 1)
    while day.year == year:
        weekend = day.weekday() >= 5
        if weekend and CAL.is_working_day(day):
            worked.append(f"{day:%d/%m/%Y}")
        elif not weekend and not CAL.is_working_day(day):
            off.append(f"{day:%d/%m}")
        day += datetime.timedelta(days=1)
    return off, worked


@pytest.mark.parametrize("year", sorted(OFFICIAL))
def test_the_calendar_gives_the_days_off_and_make_up_days_the_notices_gave(year):
    off, worked = OFFICIAL[year]
    assert _days_of(year) == (off.split(), worked.split())


@pytest.mark.parametrize("year", sorted(OFFICIAL))
def test_a_year_with_its_notice_is_official_not_estimated(year):
    assert not CAL.is_estimated(datetime.date(year, 6, 1))


def test_2027_applies_the_known_notice_and_stays_estimated():
    # Công văn 10065/VPCP-KGVX (02/10/2026): Tết Đinh Mùi 04–10/02/2027, Quốc khánh 02–05/09;
    # nothing found yet on 01/01 and 30/04–01/05/2027.
    off, worked = _days_of(2027)
    assert off == (
        "01/01 04/02 05/02 08/02 09/02 10/02 16/04 30/04 03/05 02/09 03/09 24/11".split()
    )
    assert worked == []
    assert CAL.is_estimated(datetime.date(2027, 2, 4))
    assert "10065/VPCP-KGVX" in [s.document for s in CAL.status(datetime.date(2027, 2, 4)).sources]
