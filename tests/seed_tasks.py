"""Hand-read from the seed: each task's lead and partner agencies (registry codes) and output kinds."""  # noqa: E501

# Source: /work/shared/seeds/000_17c7836504040d9c.txt, appendix from line 630 ("PHỤ LỤC").
# Agency codes: the "agencies" registry of src/cchc_model/datasets/an-giang-2020.plan.json
# (names/aliases looked up by hand). Line numbers below are 1-based lines of the seed file.

# (task code, lead codes, partner codes, output kinds)
SEED_TASKS: tuple[tuple[str, tuple[str, ...], tuple[str, ...], tuple[str, ...]], ...] = (
    # I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH (line 652)
    ("I.1", ("SBN", "HUYEN"), ("SBN", "HUYEN"), ("Kế hoạch",)),  # 654-681
    ("I.2", ("SNV",), ("BCD_CCHC", "SBN", "HUYEN"), ("Kế hoạch",)),  # 683-699
    ("I.3", ("SNV",), ("STTTT", "BAO_AG", "DAI_PTTH", "LIEN_QUAN"), ("Kế hoạch",)),  # 701-727
    ("I.4", ("SNV",), ("TV_BCD",), ("Kế hoạch",)),  # 729-748
    ("I.5", ("SNV",), ("SBN", "HUYEN"), ("Hội nghị",)),  # 750-763
    ("I.6", ("VPUBND", "SNV", "STTTT"), ("SBN", "HUYEN"), ("Báo cáo",)),  # 777-807
    ("I.7", ("SNV",), ("LIEN_QUAN",), ("Báo cáo",)),  # 809-825
    ("I.8", ("SNV",), ("SBN", "HUYEN"), ("Quyết định", "Báo cáo")),  # 827-845
    ("I.9", ("SNV",), ("SBN", "HUYEN"), ("Quyết định",)),  # 847-862
    ("I.10", ("SNV",), ("TV_BCD",), ("Hội nghị",)),  # 864-882
    ("I.11", ("SNV",), ("MTTQ",), ("Kế hoạch",)),  # 884-902
    ("I.12", ("SKHCN",), ("VPUBND", "SNV", "STC"), ("Văn bản", "Báo cáo")),  # 904-932
    ("I.13", ("SKHDT",), ("SBN", "HUYEN"), ("Kế hoạch", "Báo cáo")),  # 946-964
    ("I.14", ("SKHDT",), ("SBN", "HUYEN"), ("Quyết định",)),  # 966-987
    ("I.15", ("TTXTTMDT",), ("SKHDT", "STC", "LIEN_QUAN"), ("Hội thảo", "Hội nghị")),  # 989-1017
    (
        "I.16",
        ("SNV",),
        ("LDLD", "TINH_DOAN", "SBN", "HUYEN", "LIEN_QUAN"),
        ("Kế hoạch",),
    ),  # 1019-1039
    ("I.17", ("SNV",), ("SBN", "HUYEN"), ("Báo cáo",)),  # 1041-1056
    ("I.18", ("SYT",), ("LIEN_QUAN",), ("Kế hoạch",)),  # 1058-1071
    ("I.19", ("SGDDT",), ("LIEN_QUAN",), ("Kế hoạch",)),  # 1073-1089
    ("I.20", ("STNMT",), ("LIEN_QUAN",), ("Kế hoạch",)),  # 1091-1109
    ("I.21", ("SXD",), ("LIEN_QUAN",), ("Kế hoạch",)),  # 1111-1124
    ("I.22", ("SNV",), ("TV_BCD",), ("Họp",)),  # 1126-1130
    # II. CẢI CÁCH THỂ CHẾ (line 1151)
    ("II.1", ("STP",), ("SBN", "HUYEN"), ("Quyết định",)),  # 1153-1162
    # II.2: "Các văn bản triển khai" (lines 1172-1176) read as "Văn bản triển khai".
    ("II.2", ("STP",), ("SBN", "HUYEN"), ("Kế hoạch", "Báo cáo", "Văn bản triển khai")),
    ("II.3", ("STP",), ("SBN", "HUYEN"), ("Báo cáo", "Văn bản xử lý")),  # 1184-1193
    ("II.4", ("STP",), ("SBN", "HUYEN"), ("Báo cáo", "Văn bản xử lý")),  # 1195-1204
    ("II.5", ("STP",), ("SBN", "HUYEN"), ("Báo cáo", "Văn bản xử lý")),  # 1206-1215
    # III. CẢI CÁCH THỦ TỤC HÀNH CHÍNH (line 1217)
    (
        "III.1",
        ("VPUBND",),
        ("SBN", "HUYEN"),
        ("Kế hoạch", "Báo cáo", "Văn bản xử lý"),
    ),  # 1221-1247
    ("III.2", ("VPUBND",), ("SBN", "HUYEN"), ("Quyết định", "Báo cáo")),  # 1249-1268
    ("III.3", ("VPUBND",), ("SBN", "HUYEN"), ("Báo cáo",)),  # 1270-1283
    ("III.4", ("SBN", "HUYEN"), ("VPUBND", "STTTT"), ("Báo cáo",)),  # 1285-1309
    ("III.5", ("SBN", "HUYEN"), ("VPUBND", "STTTT"), ("Báo cáo",)),  # 1323-1341
    ("III.6", ("VPUBND",), ("SBN", "HUYEN"), ("Báo cáo", "Văn bản xử lý")),  # 1343-1359
    # IV. CẢI CÁCH TỔ CHỨC BỘ MÁY HÀNH CHÍNH NHÀ NƯỚC (lines 1361-1364)
    ("IV.1", ("SBN", "HUYEN"), ("SNV", "LIEN_QUAN"), ("Quyết định",)),  # 1367-1391
    ("IV.2", ("SBN", "HUYEN"), ("SNV", "LIEN_QUAN"), ("Quyết định",)),  # 1393-1419
    ("IV.3", ("STC",), ("HUYEN",), ("Quyết định", "Báo cáo", "Kết luận")),  # 1421-1447
    # IV.4 crosses the page break: 1449-1462, then 1476-1482 ("luận quan").
    ("IV.4", ("SXD",), ("HUYEN", "LIEN_QUAN"), ("Quyết định", "Báo cáo", "Kết luận")),
    ("IV.5", ("SNV",), ("HUYEN",), ("Quyết định", "Báo cáo", "Kết luận")),  # 1484-1507
    ("IV.6", ("STNMT",), ("HUYEN",), ("Quyết định", "Báo cáo", "Kết luận")),  # 1509-1530
    ("IV.7", ("SNV",), ("SBN", "HUYEN"), ("Kế hoạch", "Báo cáo")),  # 1532-1550
    # V. NÂNG CAO CHẤT LƯỢNG ĐỘI NGŨ CÁN BỘ, CÔNG CHỨC, VIÊN CHỨC (lines 1552-1555)
    ("V.1", ("SNV",), ("SBN", "HUYEN"), ("Quyết định", "Kế hoạch", "Báo cáo")),  # 1558-1583
    ("V.2", ("SNV",), ("SBN", "HUYEN"), ("Quyết định", "Kế hoạch", "Báo cáo")),  # 1585-1598
    ("V.3", ("SNV",), ("SBN", "HUYEN"), ("Quyết định", "Kế hoạch")),  # 1612-1625
    ("V.4", ("SNV",), ("SBN", "HUYEN"), ("Kế hoạch",)),  # 1627-1636
    # VI. CẢI CÁCH TÀI CHÍNH CÔNG (line 1638)
    ("VI.1", ("STC",), ("SBN", "HUYEN"), ("Báo cáo", "Văn bản triển khai")),  # 1640-1658
    ("VI.2", ("SBN", "HUYEN"), ("STC",), ("Quyết định", "Báo cáo")),  # 1660-1680
    ("VI.3", ("STC",), ("SBN", "HUYEN"), ("Quyết định", "Báo cáo")),  # 1682-1698
    ("VI.4", ("SKHCN",), ("SBN", "HUYEN"), ("Quyết định", "Báo cáo")),  # 1700-1719
    ("VI.5", ("STC",), ("SBN", "HUYEN"), ("Quyết định",)),  # 1721-1730
    ("VI.6", ("STC",), ("SBN", "HUYEN"), ("Kế hoạch", "Báo cáo")),  # 1732-1745
    # VII. HIỆN ĐẠI HÓA HÀNH CHÍNH (line 1747)
    ("VII.1", ("STTTT",), ("SBN", "HUYEN"), ("Quyết định", "Kế hoạch", "Báo cáo")),  # 1749-1777
    ("VII.2", ("STTTT",), ("SBN", "HUYEN"), ("Kế hoạch",)),  # 1791-1813
    ("VII.3", ("STTTT",), ("SBN", "HUYEN"), ("Văn bản triển khai", "Báo cáo")),  # 1815-1833
    ("VII.4", ("STTTT",), ("SBN", "HUYEN"), ("Văn bản triển khai", "Báo cáo")),  # 1835-1856
    ("VII.5", ("STTTT",), ("BUU_DIEN", "SBN", "HUYEN"), ("Báo cáo",)),  # 1858-1877
    ("VII.6", ("SKHCN",), ("SBN", "HUYEN"), ("Quyết định", "Kế hoạch", "Báo cáo")),  # 1879-1900
    ("VII.7", ("SKHCN",), ("SBN", "HUYEN"), ("Kế hoạch", "Báo cáo")),  # 1902-1921
    ("VII.8", ("SKHCN",), ("SBN", "HUYEN"), ("Kế hoạch", "Báo cáo")),  # 1923-1942
    (
        "VII.9",
        ("SNV",),
        ("STC", "SKHDT", "VPUBND", "HUYEN", "XA"),
        ("Quyết định", "Văn bản triển khai"),
    ),  # 1944-1970
    # VII.10 crosses the page break: 1972-1984, then 1998 ("- Báo cáo thị xã, thành phố thông").
    ("VII.10", ("SBN", "HUYEN"), ("STC", "STTTT"), ("Văn bản triển khai", "Báo cáo")),
    # VII.11: lines 2000-2024.
    ("VII.11", ("STTTT",), ("SBN", "VPUBND", "HUYEN"), ("Kế hoạch", "Văn bản triển khai")),
    ("VII.12", ("SBN", "HUYEN"), ("LIEN_QUAN",), ("Văn bản triển khai", "Báo cáo")),  # 2026-2049
    ("VII.13", ("STTTT",), ("SBN", "HUYEN"), ("Kế hoạch", "Báo cáo")),  # 2051-2077
)

# Conditions in titles, e.g. "(khi đủ điều kiện)":
# task code -> tuple of condition texts without brackets
SEED_CONDITIONS: dict[str, tuple[str, ...]] = {
    "V.2": ("khi đủ điều kiện",),  # line 1588
    "V.3": ("khi đủ điều kiện",),  # line 1615
}

# Document citations in task titles, as (kind, identifier); the seed's "130/2005/N/Đ-CP"
# (line 1646) is normalised to "130/2005/NĐ-CP".
SEED_TITLE_REFERENCES: dict[str, tuple[tuple[str, str], ...]] = {
    "I.6": (("Kế hoạch", "329/KH-UBND"),),  # line 783
    "IV.1": (("Nghị quyết", "18-NQ/TW"),),  # line 1371
    "IV.2": (("Nghị quyết", "19-NQ/TW"),),  # line 1399
    "IV.3": (("Nghị quyết", "21/NQ-CP"),),  # line 1425
    "IV.4": (("Nghị quyết", "21/NQ-CP"),),  # lines 1450-1452
    "IV.5": (("Nghị quyết", "21/NQ-CP"),),  # line 1488
    "IV.6": (("Nghị quyết", "21/NQ-CP"),),  # lines 1511-1513
    "VI.1": (("Nghị định", "130/2005/NĐ-CP"), ("Nghị định", "117/2013/NĐ-CP")),  # 1644-1646
    "VI.2": (("Nghị định", "16/2015/NĐ-CP"),),  # line 1664
    "VI.3": (("Nghị định", "141/2016/NĐ-CP"),),  # line 1688
    "VI.4": (("Nghị định", "54/2016/NĐ-CP"),),  # line 1704
}
