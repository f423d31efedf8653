"""Tasks (*nhiệm vụ*) of a plan's appendix, grouped into reform areas (*lĩnh vực*).

Each row of the appendix table is a :class:`Task`: a title, the expected outputs
(*kết quả*), the lead agencies (*cơ quan chủ trì*), the coordinating agencies (*cơ quan
phối hợp*) and the deadline (*thời gian thực hiện*).  The printed cells are kept verbatim
beside their typed values, so nothing of the source is lost.
"""

from __future__ import annotations

import enum
import re
from typing import Any

import attrs

from cchc_model import _validators as _v
from cchc_model.language.deadlines import Deadline
from cchc_model.language.references import DocumentReference, find_references
from cchc_model.plan.agencies import Agency, AgencyGroup

__all__ = ["OutputKind", "ReformArea", "Task", "find_outputs"]

_ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")


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


_TASK_CODE = re.compile(r"(?P<area>[IVX]+)\.(?P<row>[1-9]\d*)")


@attrs.frozen(kw_only=True)
class Task:
    """One row of the appendix: a task, who leads it, who helps, what it yields, and when.

    Attributes:
        code: The area code and row number: "I.6".
        title: The *lĩnh vực/nhiệm vụ* cell as printed.
        outputs_text: The *kết quả* cell as printed.
        lead: The lead agencies and groups (*cơ quan chủ trì*), resolved.
        lead_text: The *cơ quan chủ trì* cell as printed.
        partners: The coordinating agencies and groups (*cơ quan phối hợp*), resolved.
        partners_text: The *cơ quan phối hợp* cell as printed.
        deadline: The deadline, a :class:`~cchc_model.language.deadlines.Deadline`.
        deadline_text: The *thời gian thực hiện* cell as printed.

    .. versionadded:: 0.1.0
    """

    code: str = attrs.field(validator=attrs.validators.matches_re(_TASK_CODE))
    title: str = attrs.field(validator=_v.text)
    outputs_text: str = attrs.field(validator=_v.text)
    lead: tuple[Agency | AgencyGroup, ...] = attrs.field(validator=_check_agencies)
    lead_text: str = attrs.field(validator=_v.text)
    partners: tuple[Agency | AgencyGroup, ...] = attrs.field(validator=_check_agencies)
    partners_text: str = attrs.field(validator=_v.text)
    deadline: Deadline = attrs.field(validator=attrs.validators.instance_of(Deadline))
    deadline_text: str = attrs.field(validator=_v.text)

    @lead.validator
    def _check_lead(self, attribute: attrs.Attribute[Any], value: tuple[object, ...]) -> None:
        if not value:
            raise ValueError(f"task {self.code} needs a lead agency")

    def __attrs_post_init__(self) -> None:
        find_references(self.title)  # a citation that does not read is refused here

    @property
    def area_code(self) -> str:
        """The code of the task's reform area, such as "I" for "I.6"."""
        return self.code.split(".")[0]

    @property
    def row(self) -> int:
        """The task's row number within its area."""
        return int(self.code.split(".")[1])

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

    def __str__(self) -> str:
        return f"{self.code} {self.title}"


def _check_tasks(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, tuple) or not all(isinstance(t, Task) for t in value):
        raise TypeError("tasks must be a tuple of Task")


@attrs.frozen(kw_only=True, repr=False)
class ReformArea:
    """A reform area (*lĩnh vực*) of the appendix, numbered I, II, …, with its tasks.

    Attributes:
        code: The Roman numeral: "I".
        name: The heading as printed in the appendix ("CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH").
        summary_name: The name as section III of the plan lists it, if it does.
        declared_task_count: The number of tasks section III declares, if it does.
        tasks: The area's tasks, in order; their codes are "<code>.1", "<code>.2", …

    .. versionadded:: 0.1.0
    """

    code: str = attrs.field(validator=attrs.validators.in_(_ROMAN))
    name: str = attrs.field(validator=_v.text)
    tasks: tuple[Task, ...] = attrs.field(validator=_check_tasks)
    summary_name: str | None = attrs.field(default=None, validator=_v.optional_text)
    declared_task_count: int | None = None

    def __attrs_post_init__(self) -> None:
        for number, task in enumerate(self.tasks, start=1):
            if task.code != f"{self.code}.{number}":
                raise ValueError(
                    f"task {number} of area {self.code} has the code {task.code!r}, "
                    f"not {self.code}.{number}"
                )
        if self.declared_task_count is not None and self.declared_task_count != len(self.tasks):
            raise ValueError(
                f"area {self.code} declares {self.declared_task_count} tasks "
                f"but lists {len(self.tasks)}"
            )

    def __repr__(self) -> str:
        return f"<ReformArea {self.code} {self.name!r}: {len(self.tasks)} tasks>"

    def __str__(self) -> str:
        return f"{self.code}. {self.name}"
