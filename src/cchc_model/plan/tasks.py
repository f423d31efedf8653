"""Tasks (*nhiệm vụ*) of a plan's appendix, grouped into reform areas (*lĩnh vực*).

Each row of the appendix table is a :class:`Task`: a title, the expected outputs
(*kết quả*), the lead agencies (*cơ quan chủ trì*), the coordinating agencies (*cơ quan
phối hợp*) and the deadline (*thời gian thực hiện*).  The printed cells are kept verbatim
beside their typed values, so nothing of the source is lost.
"""

from __future__ import annotations

import enum
import itertools
import re
from collections.abc import Iterator
from typing import Any

import attrs

from cchc_model import _validators as _v
from cchc_model._reprs import shorten
from cchc_model.language.deadlines import Deadline
from cchc_model.language.references import DocumentReference, find_references
from cchc_model.plan.agencies import Agency, AgencyGroup

__all__ = ["OutputKind", "ReformArea", "Task", "find_outputs"]

#: An area's code: its label ("I", "A", "2") or, for a nested area, its parent's code, a
#: dot and its label ("A.I").
_AREA_CODE = re.compile(r"[A-Z0-9]+(?:\.[A-Z0-9]+)*")


def _check_area_code(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, str):
        raise TypeError(f"code must be text, not {value!r}")
    if not _AREA_CODE.fullmatch(value):
        raise ValueError(f"{value!r} is not an area code such as 'I' or 'A.I'", attribute)


class OutputKind(enum.Enum):
    """A kind of expected output (*kết quả*) of a task, valued by its Vietnamese name."""

    KE_HOACH = "Kế hoạch"
    BAO_CAO = "Báo cáo"
    QUYET_DINH = "Quyết định"
    HOI_NGHI = "Hội nghị"
    HOI_THAO = "Hội thảo"
    HOP = "Họp"
    KET_LUAN = "Kết luận"
    VAN_BAN_XU_LY = "Văn bản xử lý"
    VAN_BAN_TRIEN_KHAI = "Văn bản triển khai"
    VAN_BAN = "Văn bản"

    @property
    def label_en(self) -> str:
        """An English name for integrators."""
        return _OUTPUT_EN[self]


_OUTPUT_EN = {
    OutputKind.KE_HOACH: "Plan",
    OutputKind.BAO_CAO: "Report",
    OutputKind.QUYET_DINH: "Decision",
    OutputKind.HOI_NGHI: "Conference",
    OutputKind.HOI_THAO: "Workshop",
    OutputKind.HOP: "Meeting",
    OutputKind.KET_LUAN: "Conclusion",
    OutputKind.VAN_BAN_XU_LY: "Handling document",
    OutputKind.VAN_BAN_TRIEN_KHAI: "Implementing document",
    OutputKind.VAN_BAN: "Document",
}
# Spellings of output kinds in real plans, longest first so the longest wins.
_OUTPUT_SPELLINGS = sorted(
    [(kind.value, kind) for kind in OutputKind]
    + [("VB xử lý", OutputKind.VAN_BAN_XU_LY), ("VB triển khai", OutputKind.VAN_BAN_TRIEN_KHAI)],
    key=lambda pair: -len(pair[0]),
)
_OUTPUT = re.compile(
    "|".join(rf"(?<!\w){re.escape(spelling)}(?!\w)" for spelling, _ in _OUTPUT_SPELLINGS),
    re.IGNORECASE,
)
_CONDITION = re.compile(r"\((?P<condition>(?:khi|nếu|trong trường hợp)\b[^()]*)\)", re.IGNORECASE)


def find_outputs(text: str) -> tuple[OutputKind, ...]:
    """The kinds of output a *kết quả* cell names, in order of first mention.

    >>> [k.value for k in find_outputs("- Kế hoạch - Báo cáo - Văn bản xử lý")]
    ['Kế hoạch', 'Báo cáo', 'Văn bản xử lý']
    >>> [k.value for k in find_outputs("Quyết định, báo cáo của UBND tỉnh")]
    ['Quyết định', 'Báo cáo']
    """
    folded = {spelling.casefold(): kind for spelling, kind in _OUTPUT_SPELLINGS}
    found = [folded[m.group().casefold()] for m in _OUTPUT.finditer(text)]
    return tuple(dict.fromkeys(found))


def _check_agencies(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, tuple) or not all(isinstance(a, (Agency, AgencyGroup)) for a in value):
        raise TypeError(f"{attribute.name} must be a tuple of Agency or AgencyGroup")
    codes = [entry.code for entry in value]
    repeated = sorted({code for code in codes if codes.count(code) > 1})
    if repeated:
        raise ValueError(f"{attribute.name} names {', '.join(repeated)} more than once")


#: A task's code: its area's code, a dot and the row's number in the table ("I.6",
#: "A.I.1.1"; "1.2" when the table numbers its rows under an area "1" itself).
_TASK_CODE = re.compile(r"[A-Z0-9]+(?:\.[A-Z0-9]+)+")


def _default_area_path(task: Task) -> tuple[str, ...]:
    return (task.code.rsplit(".", 1)[0],)


def _check_area_path(instance: Task, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, tuple) or not value or not all(isinstance(c, str) for c in value):
        raise TypeError("area_path must be a non-empty tuple of area codes")
    for outer, inner in itertools.pairwise(value):
        if not inner.startswith(outer + "."):
            raise ValueError(f"area_path {list(value)}: area {inner!r} is not inside {outer!r}")
    for code in value:
        if not _AREA_CODE.fullmatch(code):
            raise ValueError(f"area_path: {code!r} is not an area code such as 'I' or 'A.I'")
    if not instance.code.startswith(value[-1] + "."):
        raise ValueError(
            f"code {instance.code!r} does not match its place: expected a code under "
            f"area {value[-1]}, such as '{value[-1]}.1'"
        )


def _check_attributes(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, tuple) or not all(
        isinstance(pair, tuple)
        and len(pair) == 2
        and all(isinstance(part, str) and part.strip() for part in pair)
        for pair in value
    ):
        raise TypeError("attributes must be a tuple of (column, text) pairs of non-empty text")
    names = [name for name, _ in value]
    repeated = sorted({name for name in names if names.count(name) > 1})
    if repeated:
        raise ValueError(f"attributes name the column {', '.join(map(repr, repeated))} twice")


@attrs.frozen(kw_only=True, repr=False)
class Task:
    """One row of the appendix: a task, who leads it, who helps, what it yields, and when.

    Attributes:
        code: The area's code, a dot and the row's number as the table prints it: "I.6",
            "A.I.1.1"; unique in the plan.
        title: The *lĩnh vực/nhiệm vụ* cell as printed.
        outputs_text: The *kết quả* cell as printed.
        lead: The lead agencies and groups (*cơ quan chủ trì*), resolved.
        lead_text: The *cơ quan chủ trì* cell as printed.
        partners: The coordinating agencies and groups (*cơ quan phối hợp*), resolved.
        partners_text: The *cơ quan phối hợp* cell as printed.
        deadline: The deadline, a :class:`~cchc_model.language.deadlines.Deadline`.
        deadline_text: The *thời gian thực hiện* cell as printed.
        area_path: The codes of the areas the task sits in, outermost first: ("A", "A.I")
            for a task of area I of part A; by default the code before the last dot.
        attributes: The table's other cells ("Ghi chú", "Kinh phí"), as (column, text)
            pairs in the table's order.

    Only the title must have text: the other cells may be empty (""), as tables leave
    them.  A task may have no resolved lead (an appendix row whose *chủ trì* cell is empty or
    names no known body, reported when the table is read): nobody then owes it, and it
    counts as not completed.

    .. versionadded:: 0.1.0
    .. versionchanged:: 0.3.0 ``area_path`` and ``attributes``; codes follow the table's
       own numbering; the lead may be empty.
    """

    code: str = attrs.field(validator=attrs.validators.matches_re(_TASK_CODE))
    title: str = attrs.field(validator=_v.text)
    outputs_text: str = attrs.field(validator=_v.cell)
    lead: tuple[Agency | AgencyGroup, ...] = attrs.field(validator=_check_agencies)
    lead_text: str = attrs.field(validator=_v.cell)
    partners: tuple[Agency | AgencyGroup, ...] = attrs.field(validator=_check_agencies)
    partners_text: str = attrs.field(validator=_v.cell)
    deadline: Deadline = attrs.field(validator=attrs.validators.instance_of(Deadline))
    deadline_text: str = attrs.field(validator=_v.cell)
    area_path: tuple[str, ...] = attrs.field(
        default=attrs.Factory(_default_area_path, takes_self=True), validator=_check_area_path
    )
    attributes: tuple[tuple[str, str], ...] = attrs.field(default=(), validator=_check_attributes)

    def __attrs_post_init__(self) -> None:
        find_references(self.title)  # a citation that does not read is refused here

    @property
    def area_code(self) -> str:
        """The code of the task's innermost reform area, such as "I" for "I.6"."""
        return self.area_path[-1]

    @property
    def number(self) -> str:
        """The row's number within its area, as the code carries it: "6" for "I.6"."""
        return self.code[len(self.area_code) + 1 :]

    @property
    def row(self) -> int | None:
        """The last part of :attr:`number` as an integer (6 for "I.6"), if it is one."""
        last = self.number.rsplit(".", 1)[-1]
        return int(last) if last.isdigit() else None

    def attribute(self, column: str) -> str | None:
        """The text of the table's column ``column`` (as printed), if the row had one."""
        return dict(self.attributes).get(column)

    @property
    def outputs(self) -> tuple[OutputKind, ...]:
        """The kinds of output the *kết quả* cell names."""
        return find_outputs(self.outputs_text)

    @property
    def conditions(self) -> tuple[str, ...]:
        """The conditions the title attaches, such as "khi đủ điều kiện"."""
        return tuple(m.group("condition") for m in _CONDITION.finditer(self.title))

    @property
    def references(self) -> tuple[DocumentReference, ...]:
        """The documents the title cites, such as "Kế hoạch số 329/KH-UBND"."""
        return find_references(self.title)

    def _repr_html_(self) -> str:
        """The task in a notebook, cell by cell."""
        from cchc_model.formats._html import task_html

        return task_html(self)

    def __repr__(self) -> str:
        lead = ", ".join(entry.code for entry in self.lead) or "no lead"
        return (
            f"<Task {self.code} {shorten(self.title)!r} lead {lead}; "
            f"{shorten(self.deadline_text, 40) or 'no deadline'}>"
        )

    def __str__(self) -> str:
        return f"{self.code} {self.title}"


def _check_tasks(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, tuple) or not all(isinstance(t, Task) for t in value):
        raise TypeError("tasks must be a tuple of Task")


def _check_areas(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, tuple) or not all(isinstance(a, ReformArea) for a in value):
        raise TypeError("areas must be a tuple of ReformArea")


@attrs.frozen(kw_only=True, repr=False)
class ReformArea:
    """A reform area (*lĩnh vực*) of the appendix, with its tasks and any nested areas.

    Attributes:
        code: The area's label as the table numbers it ("I", "A", "2") or, nested, its
            parent's code, a dot and its label ("A.I").
        name: The heading as printed in the appendix ("CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH").
        tasks: The area's own tasks, in order; each task's code starts with the area's.
        summary_name: The name as section III of the plan lists it, if it does.
        declared_task_count: The number of tasks section III declares, if it does; it
            counts the tasks of the nested areas too.
        areas: The nested areas (*A → I → 1.1*), in order, after the area's own tasks.

    >>> area = ReformArea(code="A", name="NHIỆM VỤ CHUNG", tasks=())
    >>> area.label, area.all_tasks
    ('A', ())

    .. versionadded:: 0.1.0
    .. versionchanged:: 0.3.0 any label, nested ``areas``; task numbers as the table has them.
    """

    code: str = attrs.field(validator=_check_area_code)
    name: str = attrs.field(validator=_v.text)
    tasks: tuple[Task, ...] = attrs.field(validator=_check_tasks)
    summary_name: str | None = attrs.field(default=None, validator=_v.optional_text)
    declared_task_count: int | None = None
    areas: tuple[ReformArea, ...] = attrs.field(default=(), validator=_check_areas)

    def __attrs_post_init__(self) -> None:
        for task in self.tasks:
            if task.area_code != self.code:
                raise ValueError(
                    f"task {task.code} belongs to area {task.area_code}, not {self.code}"
                )
        for area in self.areas:
            if not area.code.startswith(self.code + "."):
                raise ValueError(f"area {area.code} cannot be nested in area {self.code}")
            for task in area.all_tasks:
                if self.code not in task.area_path:
                    raise ValueError(
                        f"task {task.code} of area {area.code} does not name {self.code} "
                        "in its area_path"
                    )
        count = len(self.all_tasks)
        if self.declared_task_count is not None and self.declared_task_count != count:
            raise ValueError(
                f"area {self.code} declares {self.declared_task_count} tasks but lists {count}"
            )

    @property
    def label(self) -> str:
        """The area's own label, the last part of its code: "I" for "A.I"."""
        return self.code.rsplit(".", 1)[-1]

    @property
    def all_tasks(self) -> tuple[Task, ...]:
        """The area's tasks and those of its nested areas, in document order."""
        return self.tasks + tuple(t for area in self.areas for t in area.all_tasks)

    def walk(self) -> Iterator[ReformArea]:
        """The area and every area nested in it, in document order."""
        yield self
        for area in self.areas:
            yield from area.walk()

    def _repr_html_(self) -> str:
        """The area in a notebook: its heading and tasks."""
        from cchc_model.formats._html import area_html

        return area_html(self)

    def __repr__(self) -> str:
        nested = f", {len(self.areas)} nested areas" if self.areas else ""
        return f"<ReformArea {self.code} {self.name!r}: {len(self.all_tasks)} tasks{nested}>"

    def __str__(self) -> str:
        return f"{self.code}. {self.name}"
