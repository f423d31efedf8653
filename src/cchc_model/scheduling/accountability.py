"""Who owes a task: lead agencies owe its outputs, coordinating agencies contribute.

A row of the plan's appendix names the lead agencies (*cơ quan chủ trì*) and the
coordinating agencies (*cơ quan phối hợp*) of a task.  Assessed as a Department of Home
Affairs (*Sở Nội vụ*) assesses a plan, the lead owes the task's outputs and answers for
them; a coordinating agency takes part within its remit and contributes to the lead's
work, without outputs of its own.  That is the default convention, :data:`LEADS_OWE`.
A province that holds every partner to every output assesses with :data:`PARTNERS_OWE`.

Whichever the convention, the names on the row are read the same way:

* a closed group ("Các sở, ban, ngành") stands for its members, each of whom owes as
  the group would;
* **an explicit naming beats membership of a group**: an agency the row names itself as
  coordinating is not a lead because a lead group contains it (IV.1 of An Giang's 2020
  plan: "Sở, ban, ngành" lead, "Sở Nội vụ" coordinates), and an agency it names itself
  as a lead is not a partner because a partner group contains it;
* an agency that leads does not also coordinate (I.1 names "Các sở, ban ngành" in both
  columns);
* an open group ("Cơ quan, đơn vị có liên quan", "Thành viên Ban Chỉ đạo") owes nothing
  as a coordinating agency; as a task's lead it owes as one body, since someone must
  answer for the task.

>>> from cchc_model import datasets
>>> plan = datasets.load("an-giang-2020")
>>> who = owers(plan.task("IV.1"))
>>> len(who.leads), "SNV" in {a.code for a in who.leads}, [e.code for e in who.contributors]
(30, False, ['SNV', 'LIEN_QUAN'])
>>> [a.code for a in who.partners]   # they owe under PARTNERS_OWE, or internal reports
['SNV']
"""

from __future__ import annotations

import attrs

from cchc_model.plan.agencies import Agency, AgencyGroup
from cchc_model.plan.tasks import Task

__all__ = ["LEADS_OWE", "PARTNERS_OWE", "Accountability", "Owers", "lead_owers", "owers"]

Entry = Agency | AgencyGroup


@attrs.frozen(kw_only=True, repr=False)
class Accountability:
    """A convention on who owes a task's outputs, with its source.

    Attributes:
        name: A short identifier ("leads-owe").
        partners_owe: Whether coordinating agencies owe every output as the leads do.
        description: The convention in words, in English.
        description_vi: The convention in Vietnamese, for reports.
        source: Where it comes from.

    .. versionadded:: 0.2.0
    """

    name: str
    partners_owe: bool
    description: str
    description_vi: str
    source: str | None = None

    def __repr__(self) -> str:
        return f"<Accountability {self.name}: partners {'owe' if self.partners_owe else 'help'}>"

    def __str__(self) -> str:
        return self.name


LEADS_OWE = Accountability(
    name="leads-owe",
    partners_owe=False,
    description=(
        "The lead agencies owe a task's outputs and answer for them; the coordinating "
        "agencies contribute to the lead's work within their remit and owe nothing of "
        "their own, except the reports a reporting regime asks of them."
    ),
    description_vi=(
        "Cơ quan chủ trì chịu trách nhiệm về sản phẩm, kết quả của nhiệm vụ; cơ quan phối "
        "hợp tham gia theo chức năng, nhiệm vụ, không có nghĩa vụ riêng, trừ báo cáo mà chế "
        "độ báo cáo yêu cầu gửi cơ quan chủ trì."
    ),
    source=(
        "Quy chế làm việc của UBND tỉnh: 'mỗi việc chỉ được giao cho một cơ quan, đơn vị … "
        "chịu trách nhiệm chính … Thủ trưởng cơ quan được giao công việc phải chịu trách "
        "nhiệm về tiến độ và kết quả công việc được phân công'; Kết luận số 226-KL/TW ngày "
        "11/12/2025 của Ban Bí thư: 'một việc chỉ phân công một đầu mối … chủ trì … rõ sản "
        "phẩm'; Nghị định số 30/2020/NĐ-CP, Phụ lục IV, mục VII (phiếu giải quyết văn bản "
        "đến: đơn vị chủ trì, đơn vị phối hợp, thời hạn cho mỗi đơn vị)"
    ),
)
"""The default: leads owe, partners contribute."""

PARTNERS_OWE = Accountability(
    name="partners-owe",
    partners_owe=True,
    description=(
        "Every coordinating agency owes every output of the task as the leads do (open "
        "groups excepted), for provinces that assess partners that way."
    ),
    description_vi=(
        "Mỗi cơ quan phối hợp có nghĩa vụ về mọi sản phẩm của nhiệm vụ như cơ quan chủ trì "
        "(trừ nhóm cơ quan không xác định được thành viên)."
    ),
)
"""The alternative: every partner owes every output."""


@attrs.frozen
class Owers:
    """Who owes a task under a convention, and who contributes.

    Attributes:
        leads: The agencies (or open groups) that owe as leads, in cell order.
        partners: The agencies that owe as coordinating agencies: every partner under
            :data:`PARTNERS_OWE`; under :data:`LEADS_OWE` the same agencies owe only the
            internal reports a reporting regime asks of them.
        contributors: The coordinating entries as the row names them (groups kept whole),
            less any entry that leads.

    .. versionadded:: 0.2.0
    """

    leads: tuple[Entry, ...]
    partners: tuple[Agency, ...]
    contributors: tuple[Entry, ...]


def owers(task: Task) -> Owers:
    """Who owes ``task`` as a lead, who would owe as a partner, and who contributes.

    The ``partners`` are the agencies that would owe as coordinating agencies; whether
    they owe the task's outputs is the convention's
    :attr:`~Accountability.partners_owe`.

    >>> from cchc_model import datasets
    >>> plan = datasets.load("an-giang-2020")
    >>> who = owers(plan.task("I.2"))
    >>> [a.code for a in who.leads], [e.code for e in who.contributors]
    (['SNV'], ['BCD_CCHC', 'SBN', 'HUYEN'])
    """
    leads, contributors = lead_owers(task)
    seen = {entry.code for entry in leads}  # an agency that leads does not also coordinate
    partners: list[Agency] = []
    for entry in task.partners:
        if isinstance(entry, AgencyGroup):
            if entry.open:
                continue  # "the bodies concerned" owe nothing by themselves
            members: tuple[Agency, ...] = entry.members
        else:
            members = (entry,)
        for member in members:
            if member.code not in seen:
                seen.add(member.code)
                partners.append(member)
    return Owers(leads, tuple(partners), contributors)


def _named(entries: tuple[Entry, ...]) -> set[str]:
    return {entry.code for entry in entries if isinstance(entry, Agency)}


def lead_owers(task: Task) -> tuple[tuple[Entry, ...], tuple[Entry, ...]]:
    """The leads that owe ``task`` and the contributors, without expanding the partners.

    The fast path of the schedule when coordinating agencies owe nothing of their own.

    >>> from cchc_model import datasets
    >>> leads, contributors = lead_owers(datasets.load("an-giang-2020").task("I.2"))
    >>> [a.code for a in leads], [e.code for e in contributors]
    (['SNV'], ['BCD_CCHC', 'SBN', 'HUYEN'])
    """
    named_leads = _named(task.lead)
    named_partners = _named(task.partners)
    seen: set[str] = set()
    leads: list[Entry] = []
    for entry in task.lead:
        if isinstance(entry, AgencyGroup) and not entry.open:
            for member in entry.members:
                # An agency the row names itself as coordinating is not a lead because a
                # lead group contains it.
                if member.code in named_partners and member.code not in named_leads:
                    continue
                if member.code not in seen:
                    seen.add(member.code)
                    leads.append(member)
        elif entry.code not in seen:
            seen.add(entry.code)
            leads.append(entry)
    lead_codes = {entry.code for entry in task.lead}
    contributors = tuple(entry for entry in task.partners if entry.code not in lead_codes)
    # The row's own tuple when no lead is among the partners: every obligation of the
    # task keeps it, so a year of obligations shares it instead of holding copies.
    return tuple(leads), task.partners if len(contributors) == len(task.partners) else contributors
