"""Private machinery: words of the deadline language known to both grammar and model."""

from __future__ import annotations

import re

__all__ = ["ACTIONS", "CONNECTORS", "ORDINAL_LABELS", "is_action_label"]

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


def is_action_label(label: str, *, milestone: bool = False) -> bool:
    """Whether ``label`` is an action label that the grammar reads back unchanged.

    A label is action words joined by a space or a connector (" và ", ", ", "/", " & "),
    in lower case but for its first letter, and may end in " vào"; or a numbered stage
    ("Đợt 1", "Giai đoạn 2").  A milestone (the
    name of a phase) is all lower case and has no "vào".

    >>> is_action_label("Báo cáo và công bố"), is_action_label("Họp mặt")
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
_MILESTONE = re.compile(f"{_ORDINAL}|{_ACTION}(?:{_SEPARATOR}{_ACTION})*")
_LABEL = re.compile(f"{_ORDINAL}|{_ACTION}(?:{_SEPARATOR}{_ACTION})*(?: vào)?")
