"""Rules that move a nominal due date falling on a day off, as named, configurable values.

A deadline's due points are nominal: "Tháng 5/2020" is due on Sunday 31 May 2020.  A
:class:`DueDateRule` says where such a date goes on a
:class:`~cchc_model.scheduling.calendar.WorkingCalendar`:

* :data:`CIVIL_CODE_148` (the default): Civil Code 2015, art. 148(5) — "a time limit whose
  last day is a weekly rest day or a public holiday ends at the end of the next working
  day after that day off";
* :data:`PRECEDING_WORKING_DAY`: the working day before, as some agencies require of
  reports due on a day off;
* :data:`NO_ROLL`: the nominal date stands.

>>> from cchc_model.scheduling.calendar import vietnam_calendar
>>> cal = vietnam_calendar()
>>> CIVIL_CODE_148.resolve(datetime.date(2020, 1, 24), cal)   # Friday in Tết 2020
datetime.date(2020, 1, 30)
>>> PRECEDING_WORKING_DAY.resolve(datetime.date(2020, 5, 31), cal)
datetime.date(2020, 5, 29)
>>> NO_ROLL.resolve(datetime.date(2020, 5, 31), cal)
datetime.date(2020, 5, 31)

Durations follow Civil Code 2015 art. 147(2) (the day of the event is not counted), see
:meth:`~cchc_model.language.deadlines.WithinDays.resolve`; periods end on their last day (art.
146: the end of a month is its last day, the middle of a year is 30 June).
"""

from __future__ import annotations

import datetime
import enum

import attrs

from cchc_model.scheduling.calendar import WorkingCalendar

__all__ = ["CIVIL_CODE_148", "NO_ROLL", "PRECEDING_WORKING_DAY", "DueDateRule", "Roll"]


class Roll(enum.Enum):
    """Which way a rule moves a due date that falls on a day off."""

    NONE = "none"
    FORWARD = "forward"
    BACKWARD = "backward"


@attrs.frozen(kw_only=True, repr=False)
class DueDateRule:
    """A named rule for due dates that fall on a day off, with its legal source.

    Write your own for a province that decides otherwise::

        EARLIER = DueDateRule(name="tinh-x", roll=Roll.BACKWARD,
                              description="…", source="Quyết định số …/QĐ-UBND")

    .. versionadded:: 0.1.0
    """

    name: str
    roll: Roll
    description: str
    source: str | None = None

    def __repr__(self) -> str:
        return f"<DueDateRule {self.name}: {self.roll.value}>"

    def resolve(self, nominal: datetime.date, calendar: WorkingCalendar) -> datetime.date:
        """The due date ``nominal`` resolves to on ``calendar``."""
        if self.roll is Roll.FORWARD:
            return calendar.roll_forward(nominal)
        if self.roll is Roll.BACKWARD:
            return calendar.roll_backward(nominal)
        return nominal

    def __str__(self) -> str:
        return self.name


CIVIL_CODE_148 = DueDateRule(
    name="civil-code-148",
    roll=Roll.FORWARD,
    description=(
        "A time limit whose last day is a weekly rest day or a public holiday ends at the "
        "end of the next working day."
    ),
    source="Bộ luật Dân sự 2015, Điều 148 khoản 5",
)
PRECEDING_WORKING_DAY = DueDateRule(
    name="preceding-working-day",
    roll=Roll.BACKWARD,
    description="A due date on a day off moves to the working day before it.",
)
NO_ROLL = DueDateRule(
    name="no-roll",
    roll=Roll.NONE,
    description="The nominal due date stands, even on a day off.",
)
