"""Every deadline phrase of the An Giang 2020 appendix, with due points computed by hand from the seed."""  # noqa: E501

import datetime

D = datetime.date

# Source: /work/shared/seeds/000_17c7836504040d9c.txt, appendix from line 630 ("PHỤ LỤC").
# Window for recurring deadlines: 2019-01-01..2021-12-31 (nominal dates, no working-day shift).
_YEARS = (2019, 2020, 2021)
# Last day of each month, written out by hand (2020 is a leap year).
_MONTH_LAST_DAY = {
    2019: (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31),
    2020: (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31),
    2021: (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31),
}

_Point = tuple[datetime.date, datetime.date | None, str | None]

# "Hàng tháng": last day of every month, opening on the 1st of that month (36 points).
_MONTHLY: list[_Point] = [
    (D(y, m, _MONTH_LAST_DAY[y][m - 1]), D(y, m, 1), None) for y in _YEARS for m in range(1, 13)
]
# "Hàng quý": last day of every quarter, opening on the quarter's first day (12 points).
_QUARTERLY: list[_Point] = [
    (D(y, 3 * q, _MONTH_LAST_DAY[y][3 * q - 1]), D(y, 3 * q - 2, 1), None)
    for y in _YEARS
    for q in range(1, 5)
]
# "ngày 05 hàng tháng": the 5th of every month, no opening date (36 points).
_FIFTH_OF_MONTH: list[_Point] = [(D(y, m, 5), None, None) for y in _YEARS for m in range(1, 13)]

# (task code, phrase as printed, kind, [(due, opens, milestone), ...])
# kind in: "period", "recurring", "continuous", "by_regulation", "phased"
# The trailing comment on each entry is the seed line number(s) of the deadline cell.
SEED_DEADLINES: tuple[tuple[str, str, str, list[_Point]], ...] = (
    # I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH
    (  # 675-681
        "I.1",
        "- Ban hành tháng 01/2020 - Kết thúc tháng 12/2020",
        "phased",
        [
            (D(2020, 1, 31), D(2020, 1, 1), "ban hành"),
            (D(2020, 12, 31), D(2020, 12, 1), "kết thúc"),
        ],
    ),
    ("I.2", "Quý I/2020", "period", [(D(2020, 3, 31), D(2020, 1, 1), None)]),  # 699
    (  # 719-727
        "I.3",
        "- Ban hành trong Quý I/2020 - Thực hiện thường xuyên",
        "phased",
        [(D(2020, 3, 31), D(2020, 1, 1), "ban hành")],
    ),
    ("I.4", "Quý I/2020 quý II/2020", "period", [(D(2020, 6, 30), D(2020, 1, 1), None)]),  # 746-748
    ("I.5", "Quý I/2020", "period", [(D(2020, 3, 31), D(2020, 1, 1), None)]),  # 763
    ("I.6", "Báo cáo và công bố ngày 05 hàng tháng", "recurring", _FIFTH_OF_MONTH),  # 803-807
    ("I.7", "Quý II/2020", "period", [(D(2020, 6, 30), D(2020, 4, 1), None)]),  # 825
    ("I.8", "Quý II/2020", "period", [(D(2020, 6, 30), D(2020, 4, 1), None)]),  # 845
    ("I.9", "Tháng 5/2020", "period", [(D(2020, 5, 31), D(2020, 5, 1), None)]),  # 862
    ("I.10", "Tháng 6/2020", "period", [(D(2020, 6, 30), D(2020, 6, 1), None)]),  # 882
    ("I.11", "Thường xuyên", "continuous", []),  # 902
    ("I.12", "Năm 2020", "period", [(D(2020, 12, 31), D(2020, 1, 1), None)]),  # 932
    ("I.13", "Năm 2020", "period", [(D(2020, 12, 31), D(2020, 1, 1), None)]),  # 964
    ("I.14", "Năm 2020", "period", [(D(2020, 12, 31), D(2020, 1, 1), None)]),  # 987
    ("I.15", "Năm 2020", "period", [(D(2020, 12, 31), D(2020, 1, 1), None)]),  # 1017
    ("I.16", "Quý III/2020", "period", [(D(2020, 9, 30), D(2020, 7, 1), None)]),  # 1039
    ("I.17", "Theo quy định", "by_regulation", []),  # 1056
    ("I.18", "Quý IV/2020", "period", [(D(2020, 12, 31), D(2020, 10, 1), None)]),  # 1071
    ("I.19", "Quý IV/2020", "period", [(D(2020, 12, 31), D(2020, 10, 1), None)]),  # 1089
    ("I.20", "Quý IV/2020", "period", [(D(2020, 12, 31), D(2020, 10, 1), None)]),  # 1109
    ("I.21", "Quý IV/2020", "period", [(D(2020, 12, 31), D(2020, 10, 1), None)]),  # 1124
    ("I.22", "Hàng quý", "recurring", _QUARTERLY),  # 1130
    # II. CẢI CÁCH THỂ CHẾ
    ("II.1", "Tháng 01/2020", "period", [(D(2020, 1, 31), D(2020, 1, 1), None)]),  # 1162
    ("II.2", "Năm 2020", "period", [(D(2020, 12, 31), D(2020, 1, 1), None)]),  # 1182
    ("II.3", "Tháng 12/2020", "period", [(D(2020, 12, 31), D(2020, 12, 1), None)]),  # 1193
    ("II.4", "Tháng 12/2020", "period", [(D(2020, 12, 31), D(2020, 12, 1), None)]),  # 1204
    ("II.5", "Tháng 12/2020", "period", [(D(2020, 12, 31), D(2020, 12, 1), None)]),  # 1215
    # III. CẢI CÁCH THỦ TỤC HÀNH CHÍNH
    (  # 1241-1247
        "III.1",
        "- Ban hành tháng 01/2020 - Kết thúc tháng 12/2020",
        "phased",
        [
            (D(2020, 1, 31), D(2020, 1, 1), "ban hành"),
            (D(2020, 12, 31), D(2020, 12, 1), "kết thúc"),
        ],
    ),
    ("III.2", "Thường xuyên", "continuous", []),  # 1268
    ("III.3", "Thường xuyên", "continuous", []),  # 1283
    ("III.4", "Thường xuyên", "continuous", []),  # 1309
    ("III.5", "Hàng tháng", "recurring", _MONTHLY),  # 1341
    ("III.6", "Thường xuyên", "continuous", []),  # 1359
    # IV. CẢI CÁCH TỔ CHỨC BỘ MÁY HÀNH CHÍNH NHÀ NƯỚC
    ("IV.1", "Năm 2020", "period", [(D(2020, 12, 31), D(2020, 1, 1), None)]),  # 1391
    ("IV.2", "Năm 2020", "period", [(D(2020, 12, 31), D(2020, 1, 1), None)]),  # 1419
    ("IV.3", "Năm 2020", "period", [(D(2020, 12, 31), D(2020, 1, 1), None)]),  # 1447
    ("IV.4", "Năm 2020", "period", [(D(2020, 12, 31), D(2020, 1, 1), None)]),  # 1462
    ("IV.5", "Thường xuyên trong năm", "continuous", []),  # 1505-1507
    ("IV.6", "Năm 2020", "period", [(D(2020, 12, 31), D(2020, 1, 1), None)]),  # 1530
    (  # 1542-1550
        "IV.7",
        "- Ban hành trong quý I/2020 - Kết thúc trong quý IV/2020",
        "phased",
        [
            (D(2020, 3, 31), D(2020, 1, 1), "ban hành"),
            (D(2020, 12, 31), D(2020, 10, 1), "kết thúc"),
        ],
    ),
    # V. NÂNG CAO CHẤT LƯỢNG ĐỘI NGŨ CÁN BỘ, CÔNG CHỨC, VIÊN CHỨC
    (  # 1575-1583
        "V.1",
        "- Ban hành trong tháng 12/2019 - Kết thúc trong tháng 12/2020",
        "phased",
        [
            (D(2019, 12, 31), D(2019, 12, 1), "ban hành"),
            (D(2020, 12, 31), D(2020, 12, 1), "kết thúc"),
        ],
    ),
    ("V.2", "Năm 2020", "period", [(D(2020, 12, 31), D(2020, 1, 1), None)]),  # 1598
    ("V.3", "Năm 2020", "period", [(D(2020, 12, 31), D(2020, 1, 1), None)]),  # 1625
    ("V.4", "Quý II, III/2020", "period", [(D(2020, 9, 30), D(2020, 4, 1), None)]),  # 1636
    # VI. CẢI CÁCH TÀI CHÍNH CÔNG
    ("VI.1", "Năm 2020", "period", [(D(2020, 12, 31), D(2020, 1, 1), None)]),  # 1658
    ("VI.2", "Năm 2020", "period", [(D(2020, 12, 31), D(2020, 1, 1), None)]),  # 1680
    ("VI.3", "Năm 2020", "period", [(D(2020, 12, 31), D(2020, 1, 1), None)]),  # 1698
    ("VI.4", "Năm 2020", "period", [(D(2020, 12, 31), D(2020, 1, 1), None)]),  # 1719
    ("VI.5", "Năm 2020", "period", [(D(2020, 12, 31), D(2020, 1, 1), None)]),  # 1730
    ("VI.6", "Quý II/2020", "period", [(D(2020, 6, 30), D(2020, 4, 1), None)]),  # 1745
    # VII. HIỆN ĐẠI HÓA HÀNH CHÍNH
    (  # 1771-1777
        "VII.1",
        "- Ban hành tháng 12/2019 - Kết thúc tháng 12/2020",
        "phased",
        [
            (D(2019, 12, 31), D(2019, 12, 1), "ban hành"),
            (D(2020, 12, 31), D(2020, 12, 1), "kết thúc"),
        ],
    ),
    (  # 1805-1813
        "VII.2",
        "- Ban hành trong quý II/2020 - Kết thúc trong quý IV/2020",
        "phased",
        [
            (D(2020, 6, 30), D(2020, 4, 1), "ban hành"),
            (D(2020, 12, 31), D(2020, 10, 1), "kết thúc"),
        ],
    ),
    ("VII.3", "Năm 2020", "period", [(D(2020, 12, 31), D(2020, 1, 1), None)]),  # 1833
    ("VII.4", "Tháng 12/2020", "period", [(D(2020, 12, 31), D(2020, 12, 1), None)]),  # 1856
    ("VII.5", "Năm 2020", "period", [(D(2020, 12, 31), D(2020, 1, 1), None)]),  # 1877
    ("VII.6", "Quý I, II/2020", "period", [(D(2020, 6, 30), D(2020, 1, 1), None)]),  # 1900
    ("VII.7", "Năm 2020", "period", [(D(2020, 12, 31), D(2020, 1, 1), None)]),  # 1921
    ("VII.8", "Quý III, IV/2020", "period", [(D(2020, 12, 31), D(2020, 7, 1), None)]),  # 1940-1942
    ("VII.9", "Năm 2020", "period", [(D(2020, 12, 31), D(2020, 1, 1), None)]),  # 1970
    ("VII.10", "Năm 2020", "period", [(D(2020, 12, 31), D(2020, 1, 1), None)]),  # 1984
    ("VII.11", "Năm 2020", "period", [(D(2020, 12, 31), D(2020, 1, 1), None)]),  # 2024
    ("VII.12", "Năm 2020", "period", [(D(2020, 12, 31), D(2020, 1, 1), None)]),  # 2049
    ("VII.13", "Năm 2020", "period", [(D(2020, 12, 31), D(2020, 1, 1), None)]),  # 2077
)

SEED_AREA_TASK_COUNTS = {"I": 22, "II": 5, "III": 6, "IV": 7, "V": 4, "VI": 6, "VII": 13}
