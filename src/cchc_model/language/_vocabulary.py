"""Private machinery: words of the deadline language known to both grammar and model."""

from __future__ import annotations

import re

__all__ = [
    "ACTIONS",
    "CONNECTORS",
    "ORDINAL_LABELS",
    "REPORT_KINDS",
    "is_action_label",
    "names_a_report",
]

#: Words that name the action around a time expression, longest first so the longest wins.
ACTIONS: tuple[str, ...] = tuple(
    sorted(
        (
            "báo cáo",
            "ban hành",
            "bắt đầu",
            "cập nhật",
            "công bố",
            "công khai",
            "đánh giá",
            "đăng tải",
            "định kỳ",
            "gửi",
            "hoàn thành",
            "họp",
            "kết thúc",
            "kiểm tra",
            "nộp",
            "phê duyệt",
            "rà soát",
            "sơ kết",
            "tổ chức",
            "tổng hợp",
            "tổng kết",
            "triển khai",
            "trình",
            "thực hiện",
            "xây dựng",
            "xong",
            "hoàn thiện",
            "tham mưu",
            "thông qua",
        ),
        key=lambda phrase: (-len(phrase.split()), phrase),
    )
)
#: How a connector between two actions is written in the canonical label.
CONNECTORS = {"và": " và ", ",": ", ", "/": "/", "&": " & "}


#: The periodic reports an action of reporting may name: "Báo cáo quý" is the quarterly
#: report, "Báo cáo năm" the yearly one.
REPORT_KINDS = ("tháng", "quý", "6 tháng", "9 tháng", "năm")


def is_action_label(label: str, *, milestone: bool = False) -> bool:
    """Whether ``label`` is an action label that the grammar reads back unchanged.

    A label is action words joined by a space or a connector (" và ", ", ", "/", " & "),
    in lower case but for its first letter, and may end in " vào"; or action words
    ending in "báo cáo" and the kind of report (:data:`REPORT_KINDS`: "Báo cáo quý",
    "Tổng hợp, báo cáo năm"); or a numbered stage ("Đợt 1", "Giai đoạn 2").  A milestone
    (the name of a phase) is all lower case and has no "vào".

    >>> is_action_label("Báo cáo và công bố"), is_action_label("Họp mặt")
    (True, False)
    >>> is_action_label("Báo cáo quý"), is_action_label("Công bố quý")
    (True, False)
    >>> is_action_label("ban hành", milestone=True), is_action_label("Ban hành", milestone=True)
    (True, False)
    """
    if milestone:
        return label == label.lower() and _MILESTONE.fullmatch(label) is not None
    canonical = label[:1].upper() + label[1:].lower()
    return label == canonical and _LABEL.fullmatch(label.lower()) is not None


_ACTION = "(?:" + "|".join(re.escape(phrase) for phrase in ACTIONS) + ")"
_SEPARATOR = "(?: và |, |/| & | )"
#: A numbered stage names a phase as an action does: "Đợt 1", "Giai đoạn 2", "Bước 3".
ORDINAL_LABELS = ("đợt", "giai đoạn", "bước", "lần")
_ORDINAL = "(?:" + "|".join(ORDINAL_LABELS) + r") [1-9][0-9]?"
_REPORT = "(?:" + "|".join(REPORT_KINDS) + ")"
_MILESTONE = re.compile(
    f"{_ORDINAL}|(?:{_ACTION}{_SEPARATOR})*báo cáo {_REPORT}|{_ACTION}(?:{_SEPARATOR}{_ACTION})*"
)
_LABEL = re.compile(
    f"{_ORDINAL}|(?:{_ACTION}{_SEPARATOR})*báo cáo {_REPORT}"
    f"|{_ACTION}(?:{_SEPARATOR}{_ACTION})*(?: vào)?"
)


def names_a_report(label: str) -> bool:
    """Whether ``label`` ends in the kind of a report, which the text writes a ':' after.

    "Báo cáo 6 tháng: cuối quý II/2026" keeps the kind apart from a deadline that could
    start with it ("6 tháng cuối năm").

    >>> names_a_report("Báo cáo quý"), names_a_report("Báo cáo")
    (True, False)
    """
    return _NAMES_A_REPORT.search(label.lower()) is not None


_NAMES_A_REPORT = re.compile(f"báo cáo {_REPORT}$")
