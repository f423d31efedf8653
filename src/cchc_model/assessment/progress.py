"""Progress records: what agencies reported about their obligations.

A :class:`ProgressRecord` says that an agency's work on a task (at a milestone or for one
due point) is not started, in progress or done, when it was done, with what evidence, and
who reported it when.  Records are immutable; a later record for the same obligation
supersedes an earlier one, and the history stays available.  Reading them from CSV or
JSON files is :mod:`cchc_model.formats.readers`' job.

>>> import datetime
>>> record = ProgressRecord(task="I.2", agency="SNV", status=Status.parse("Hoàn thành"),
...                         done_on=datetime.date(2020, 3, 20))
>>> record.status, record.dated
(<Status.DONE: 'done'>, datetime.date(2020, 3, 20))
"""

from __future__ import annotations

import datetime
import enum
import unicodedata
from collections.abc import Iterable, Iterator

import attrs

from cchc_model import _validators as _v
from cchc_model._reprs import shorten
from cchc_model.language.references import (
    DocumentReference,
    ReferenceParseError,
    find_references,
)

__all__ = ["ProgressRecord", "Status", "history"]


class Status(enum.Enum):
    """How far an agency got with an obligation."""

    NOT_STARTED = "not_started"
    """*chưa triển khai*."""
    IN_PROGRESS = "in_progress"
    """*đang thực hiện*."""
    DONE = "done"
    """*hoàn thành*."""
    NOT_APPLICABLE = "not_applicable"
    """*không phát sinh*: the work did not arise, or its condition ("khi đủ điều kiện") was
    not met ("chưa đủ điều kiện"); it leaves every count.

    .. versionadded:: 0.2.0
    """

    @property
    def label_vi(self) -> str:
        """The Vietnamese name of the status."""
        return _STATUS_VI[self]

    @classmethod
    def parse(cls, text: str) -> Status:
        """The status a cell names, in English or Vietnamese, with or without diacritics.

        >>> Status.parse("Hoàn thành"), Status.parse("in progress")
        (<Status.DONE: 'done'>, <Status.IN_PROGRESS: 'in_progress'>)
        >>> Status.parse("Chưa đủ điều kiện")
        <Status.NOT_APPLICABLE: 'not_applicable'>
        >>> Status.parse("xong")
        Traceback (most recent call last):
        ...
        ValueError: unknown status 'xong': expected done, in_progress, not_started or ...

        Raises:
            ValueError: the text names no status.
        """
        key = _fold(text).replace("_", " ").replace("-", " ").replace("/", " ")
        for status in cls:
            if key in (status.value.replace("_", " "), _fold(status.label_vi)):
                return status
        if key in _SPELLINGS:
            return _SPELLINGS[key]
        raise ValueError(
            f"unknown status {text!r}: expected done, in_progress, not_started or "
            "not_applicable (hoàn thành, đang thực hiện, chưa triển khai, không phát sinh)"
        )


_STATUS_VI = {
    Status.NOT_STARTED: "chưa triển khai",
    Status.IN_PROGRESS: "đang thực hiện",
    Status.DONE: "hoàn thành",
    Status.NOT_APPLICABLE: "không phát sinh",
}
# Other spellings of a status in real progress sheets, folded.
_SPELLINGS = {
    "chua du dieu kien": Status.NOT_APPLICABLE,
    "khong ap dung": Status.NOT_APPLICABLE,
    "not applicable": Status.NOT_APPLICABLE,
    "n a": Status.NOT_APPLICABLE,
    "da hoan thanh": Status.DONE,
    "dang trien khai": Status.IN_PROGRESS,
    "chua thuc hien": Status.NOT_STARTED,
}


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    ascii_text = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(ascii_text.casefold().split())


@attrs.frozen(kw_only=True, repr=False)
class ProgressRecord:
    """One report of progress on one obligation.

    Attributes:
        task: The task's code ("I.6").
        agency: The code of the reporting agency (or open group) the work is owed by.
        milestone: ``None`` for a single due point; the phase ("ban hành") of a phased
            task; the nominal due date of a recurring task's occurrence; or the report or
            assessment ("báo cáo quý I", "đánh giá quý I/2020").
        status: How far the work got.
        done_on: When it was done, for a done record.
        evidence: The evidence as written: a document citation ("Kế hoạch số 12/KH-SNV
            ngày 20/01/2020"), a title, a link.
        reported_by: Who reported it.
        reported_on: When it was reported.
        note: A free note.
        row: Where the record was read from (a row number), if from a file.

    .. versionadded:: 0.1.0
    """

    task: str = attrs.field(validator=_v.text)
    agency: str = attrs.field(validator=_v.text)
    milestone: str | None = attrs.field(default=None, validator=_v.optional_text)
    status: Status = attrs.field(validator=attrs.validators.instance_of(Status))
    done_on: datetime.date | None = attrs.field(default=None, validator=_v.optional_date)
    evidence: str | None = attrs.field(default=None, validator=_v.optional_text)
    reported_by: str | None = attrs.field(default=None, validator=_v.optional_text)
    reported_on: datetime.date | None = attrs.field(default=None, validator=_v.optional_date)
    note: str | None = attrs.field(default=None, validator=_v.optional_text)
    row: int | None = attrs.field(default=None, eq=False)

    def __repr__(self) -> str:
        row = f"row {self.row}: " if self.row is not None else ""
        milestone = f" ({self.milestone})" if self.milestone else ""
        done = f" {self.done_on:%d/%m/%Y}" if self.done_on else ""
        return (
            f"<ProgressRecord {row}{self.task}{milestone} {shorten(self.agency, 40)} "
            f"{self.status.value}{done}>"
        )

    def __attrs_post_init__(self) -> None:
        if self.status is Status.DONE and self.done_on is None:
            raise ValueError("done_on is required for a done record")
        if self.status is not Status.DONE and self.done_on is not None:
            raise ValueError("done_on is only for a done record")

    @property
    def dated(self) -> datetime.date | None:
        """When the record speaks from: its report date, else its completion date."""
        return self.reported_on or self.done_on

    @property
    def references(self) -> tuple[DocumentReference, ...]:
        """The documents the evidence cites."""
        if self.evidence is None:
            return ()
        try:
            return find_references(self.evidence)
        except ReferenceParseError:
            return ()


def history(records: Iterable[ProgressRecord]) -> Iterator[ProgressRecord]:
    """The records in the order they speak from (their date, then file order)."""
    return iter(sorted(records, key=lambda r: (r.dated or datetime.date.min, r.row or 0)))
