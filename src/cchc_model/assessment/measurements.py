r"""Measurements of a plan's indicators, and whether each target is met.

A :class:`Measurement` gives an indicator's measured value: a share (a percentage, or a
numerator over a denominator, with the exempted cases taken out of the denominator) or a
published rank ("xếp thứ 33/63").  :func:`assess` compares it with the target:

>>> from cchc_model import datasets
>>> plan = datasets.load("an-giang-2020")
>>> par = Measurement(indicator=11, rank=33, of=63)
>>> a = assess(plan.indicators[10], par)
>>> a.status, a.gap
(<IndicatorStatus.NOT_MET: 'not_met'>, Decimal('-18'))
>>> a.explain("vi")
'xếp thứ 33/63, chỉ tiêu trong nhóm 15/63 → chưa đạt (kém 18 bậc)'
>>> on_time = Measurement(indicator=1, numerator=9_120, denominator=9_300, exempt=120)
>>> assess(plan.indicators[0], on_time).value
Decimal('99.35')
"""

from __future__ import annotations

import datetime
import decimal
import enum
from collections.abc import Iterable
from fractions import Fraction

import attrs

from cchc_model import _validators as _v
from cchc_model._reprs import shorten
from cchc_model.plan.indicators import Indicator, RankTarget, ShareTarget
from cchc_model.plan.plans import Plan

__all__ = [
    "IndicatorAssessment",
    "IndicatorStatus",
    "Measurement",
    "assess",
    "assess_all",
    "parse_decimal",
]


def _rounded(value: Fraction, places: int) -> decimal.Decimal:
    """``value`` rounded half-even to ``places`` decimal places, for display."""
    quantum = decimal.Decimal(1).scaleb(-places)
    exact = decimal.Decimal(value.numerator) / decimal.Decimal(value.denominator)
    return exact.quantize(quantum, rounding=decimal.ROUND_HALF_EVEN)


def _shown(value: Fraction, target: Fraction) -> decimal.Decimal:
    """``value`` rounded for display, on the same side of ``target`` as ``value`` itself.

    It takes as many places (2 to 6) as needed: 19 999 of 20 000 is shown as 99.995, not
    as a rounded 100.00.
    """
    for places in range(2, 7):
        shown = _rounded(value, places)
        if (shown > target) - (shown < target) == (value > target) - (value < target):
            return shown
    return shown


def parse_decimal(value: object) -> decimal.Decimal | None:
    """A number as a :class:`~decimal.Decimal`, from a number or a cell ("99,35" or "99.35").

    An empty cell is ``None``.

    >>> parse_decimal("99,35"), parse_decimal(80), parse_decimal(" ")
    (Decimal('99.35'), Decimal('80'), None)

    Raises:
        ValueError: the text is not a number.
        TypeError: the value is a bool.
    """
    if value is None:
        return None
    if isinstance(value, bool):
        raise TypeError(f"expected a number, not {value!r}")
    if isinstance(value, decimal.Decimal):
        number = value
    elif isinstance(value, (int, float)):
        number = decimal.Decimal(str(value))
    else:
        text = str(value).strip().replace(",", ".")
        if not text:
            return None
        try:
            number = decimal.Decimal(text)
        except decimal.InvalidOperation:
            raise ValueError(f"{value!r} is not a number") from None
    if not number.is_finite():
        raise ValueError(f"{value!r} is not a finite number")
    return number


@attrs.frozen(kw_only=True)
class Measurement:
    """A measured value of one indicator.

    Attributes:
        indicator: The indicator's number in the plan (1 for the first).
        value: The share in percent, if measured as such.
        numerator: Items that met the criterion, if counted.
        denominator: Items counted, if counted.
        exempt: Items exempted from the count (taken out of the denominator), as the
            indicator's exemption allows ("trừ … khoản 5 Điều 14 …").
        rank: The published rank, for rank targets.
        of: Out of how many the rank is.
        measured_on: When it was measured or published.
        source: Where the figure comes from.

    .. versionadded:: 0.1.0
    """

    indicator: int = attrs.field(validator=attrs.validators.instance_of(int))
    value: decimal.Decimal | None = attrs.field(default=None, converter=parse_decimal)
    numerator: int | None = None
    denominator: int | None = None
    exempt: int = 0
    rank: int | None = None
    of: int | None = None
    measured_on: datetime.date | None = attrs.field(default=None, validator=_v.optional_date)
    source: str | None = attrs.field(default=None, validator=_v.optional_text)

    def __attrs_post_init__(self) -> None:
        counts = self.numerator is not None and self.denominator is not None
        if self.value is None and self.rank is None and not counts:
            raise ValueError("a measurement needs a value, a numerator and denominator, or a rank")
        if self.value is not None and not 0 <= self.value <= 100:
            raise ValueError(f"value must be a share from 0 to 100 percent, not {self.value}")
        if self.exempt < 0 or (self.numerator is not None and self.numerator < 0):
            raise ValueError("numerator and exempt cannot be negative")
        if self.denominator is not None:
            counted = self.denominator - self.exempt
            if counted <= 0:
                raise ValueError("nothing is left to count once the exempted cases are taken out")
            if self.numerator is not None and self.numerator > counted:
                raise ValueError(
                    f"numerator {self.numerator} is more than the {counted} cases counted"
                )
        if self.rank is not None and (
            self.rank < 1 or (self.of is not None and self.rank > self.of)
        ):
            raise ValueError(
                f"rank must be from 1 to {self.of or 'the number ranked'}, not {self.rank}"
            )

    def exact_share(self) -> Fraction | None:
        """The measured share in percent, exactly, if it is a share.

        >>> Measurement(indicator=1, numerator=19_999, denominator=20_000).exact_share()
        Fraction(19999, 200)
        """
        if self.value is not None:
            return Fraction(self.value)
        if self.numerator is None or self.denominator is None:
            return None
        return Fraction(self.numerator * 100, self.denominator - self.exempt)

    def share(self) -> decimal.Decimal | None:
        """The measured share in percent, for display: as given, or counted and rounded.

        A counted share is rounded to 2 places.  Compare :meth:`exact_share` with a target,
        never this.
        """
        if self.value is not None:
            return self.value
        exact = self.exact_share()
        return None if exact is None else _rounded(exact, 2)


class IndicatorStatus(enum.Enum):
    """Whether an indicator's target is met."""

    MET = "met"
    NOT_MET = "not_met"
    NOT_MEASURED = "not_measured"

    @property
    def label_vi(self) -> str:
        """The Vietnamese name."""
        return {"met": "đạt", "not_met": "chưa đạt", "not_measured": "chưa có số liệu"}[self.value]


@attrs.frozen(kw_only=True, repr=False)
class IndicatorAssessment:
    """An indicator, its measurement and the verdict on its target.

    Attributes:
        indicator: The indicator.
        number: Its number in the plan.
        measurement: The measurement, if any.
        status: Met, not met or not measured.
        value: The measured share (percent) or rank.
        gap: How far the value is from the target, positive when better than it: percentage
            points for a share, places for a rank.

    .. versionadded:: 0.1.0
    """

    indicator: Indicator
    number: int
    measurement: Measurement | None
    status: IndicatorStatus
    value: decimal.Decimal | None = None
    gap: decimal.Decimal | None = None

    def __repr__(self) -> str:
        return f"<IndicatorAssessment {self.number}: {shorten(self.explain('en'), 80)}>"

    def explain(self, lang: str = "vi") -> str:
        """The verdict with its figures, in Vietnamese or English."""
        vi = lang == "vi"
        target = self.indicator.target
        if self.status is IndicatorStatus.NOT_MEASURED:
            return (
                f"chỉ tiêu {target} → chưa có số liệu" if vi else f"target {target} → not measured"
            )
        assert self.value is not None
        assert self.gap is not None
        if isinstance(target, RankTarget):
            measured = (
                f"xếp thứ {self.value}/{target.of}" if vi else f"ranked {self.value} of {target.of}"
            )
            unit = ("bậc", "place" if abs(self.gap) == 1 else "places")
            goal = str(target) if vi else f"in the top {target.top} of {target.of}"
        else:
            assert isinstance(target, ShareTarget)
            shown = _number(self.value, lang) + "%"
            measured = f"đạt {shown}" if vi else f"measured {shown}"
            points = "percentage point" if abs(self.gap) == 1 else "percentage points"
            unit = ("điểm phần trăm", points)
            at_least = _number(target.at_least, lang) + "%"
            goal = (
                str(target)
                if vi
                else (at_least if target.at_least == 100 else f"at least {at_least}")
            )
        verdict = self.status.label_vi if vi else self.status.value.replace("_", " ")
        distance = _number(abs(self.gap), lang)
        if self.gap == 0:
            how = "đạt đúng chỉ tiêu" if vi else "exactly on target"
        elif self.gap < 0:
            how = f"kém {distance} {unit[0]}" if vi else f"{distance} {unit[1]} short"
        else:
            how = f"vượt {distance} {unit[0]}" if vi else f"{distance} {unit[1]} ahead"
        label = "chỉ tiêu" if vi else "target"
        return f"{measured}, {label} {goal} → {verdict} ({how})"


def _number(value: decimal.Decimal, lang: str = "vi") -> str:
    """A number without trailing zeros, with a decimal comma in Vietnamese."""
    text = f"{value.normalize():f}"
    return text.replace(".", ",") if lang == "vi" else text


def assess(
    indicator: Indicator, measurement: Measurement | None, number: int = 0
) -> IndicatorAssessment:
    """Whether ``measurement`` meets ``indicator``'s target.

    A share target is met when the share (with exempted cases out of the denominator) is at
    least the target, compared exactly; a rank target when the rank is within the top
    group.  The value shown is rounded, with as many places as it takes not to hide the
    verdict:

    >>> from cchc_model import datasets
    >>> target = datasets.load("an-giang-2020").indicators[0]   # 100% on time
    >>> a = assess(target, Measurement(indicator=1, numerator=19_999, denominator=20_000))
    >>> a.status
    <IndicatorStatus.NOT_MET: 'not_met'>
    >>> a.explain("en")
    'measured 99.995%, target 100% → not met (0.005 percentage points short)'

    Raises:
        ValueError: the measurement does not fit the target: a rank for a share target,
            or a share (or counts) for a rank target.
    """
    number = number or (measurement.indicator if measurement else 0)
    if measurement is None:
        return IndicatorAssessment(
            indicator=indicator,
            number=number,
            measurement=None,
            status=IndicatorStatus.NOT_MEASURED,
        )
    target = indicator.target
    if isinstance(target, RankTarget):
        if measurement.rank is None:
            raise ValueError(f"indicator {number} is a rank target: the measurement needs a rank")
        if measurement.of is not None and measurement.of != target.of:
            raise ValueError(f"the rank is out of {measurement.of}, the target out of {target.of}")
        value = decimal.Decimal(measurement.rank)
        gap = decimal.Decimal(target.top - measurement.rank)
        met = measurement.rank <= target.top
    else:
        assert isinstance(target, ShareTarget)
        exact = measurement.exact_share()
        if exact is None:
            raise ValueError(f"indicator {number} is a share target: the measurement needs a share")
        goal = Fraction(target.at_least)
        value = _shown(exact, goal)
        gap = value - target.at_least
        met = exact >= goal  # exact: never rounded before it is compared
    return IndicatorAssessment(
        indicator=indicator,
        number=number,
        measurement=measurement,
        status=IndicatorStatus.MET if met else IndicatorStatus.NOT_MET,
        value=value,
        gap=gap,
    )


def assess_all(plan: Plan, measurements: Iterable[Measurement]) -> tuple[IndicatorAssessment, ...]:
    """Every indicator of the plan with its latest measurement (or none).

    Raises:
        ValueError: a measurement does not fit its indicator's target (see :func:`assess`).
    """
    latest: dict[int, Measurement] = {}
    for measurement in sorted(measurements, key=lambda m: m.measured_on or datetime.date.min):
        latest[measurement.indicator] = measurement
    return tuple(
        assess(indicator, latest.get(number), number)
        for number, indicator in enumerate(plan.indicators, start=1)
    )
