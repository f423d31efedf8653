"""Benchmark the deadline language: phrases per second, against the lexer alone.

Run from the repository root, with the package installed::

    python benchmarks/bench_parse.py            # prints the table and the goal; exits 0
    python benchmarks/bench_parse.py --strict   # exits 1 when the goal is not met

Workloads:

* **seed** — the 63 deadline cells of An Giang's 2020 appendix (the bundled plan's
  ``deadline_text``), the phrases the language was first written for;
* **families** — phrases of every family added in 0.4.0 (times of day, notes, spans,
  references, years, Civil Code points, weeks, lists, lunar dates…).

Each is parsed ``--rounds`` times (default 200) with ``parse_deadline``.  The baseline,
measured in the same run on the same phrases, is the lexer alone (``normalize`` and
``tokenize``): every parse does that work first, so the ratio parse/lexer is the cost of the
grammar, and it does not depend on the machine.  Every figure is the best of 3 runs, timed
with ``time.perf_counter``.

Goal: on the seed, the grammar costs no more per phrase than it did before 0.4.0 — a
parse/lexer ratio within 10 % of the ratio this script measured on the release before the
families were added (``--before``, default 13.3: commit d78fcaa, run with
``PYTHONPATH=<that checkout>/src``; see ``benchmarks/README.md``).
"""

from __future__ import annotations

import argparse
import platform
import sys
from functools import partial

from cchc_model import datasets, parse_deadline
from cchc_model.language._lexer import normalize, tokenize

try:  # part of the package: python -m benchmarks
    from benchmarks._timing import best_of, rate
except ImportError:  # a script: python benchmarks/bench_parse.py
    from _timing import best_of, rate  # type: ignore[no-redef]

#: The seed's parse/lexer ratio before 0.4.0 (commit d78fcaa); the goal allows 10 % more.
BEFORE = 13.3

FAMILIES = (
    "trước 17 giờ ngày 20/5/2026",
    "khai mạc vào 8 giờ 00 phút, thứ Bảy, ngày 27 tháng 12 năm 2025",
    "00h00’ ngày 01/7/2026 đến 24h00’ ngày 05/7/2026",
    "Dự kiến trình UBND tỉnh trước ngày 30/6/2026",
    "Đăng ký Quý II/2026",
    "hằng năm (trước ngày 10 tháng 12)",
    "Định kỳ 6 tháng (trước ngày 10/6) và hằng năm (trước ngày 10/12)",
    "Quý III/2026, thời gian cụ thể có lịch riêng",
    "Từ tháng 3/2026 đến khi hoàn thành",
    "Từ nay đến hết năm 2026",
    "Năm 2026 và các năm tiếp theo",
    "Theo kế hoạch của UBND tỉnh",
    "Khi có hướng dẫn của Bộ",
    "Giai đoạn 2026 – 2030",
    "2021-2025",
    "cuối tháng 6/2026",
    "giữa năm 2026",
    "tuần đầu tháng 1/2027",
    "trước 16 giờ thứ Năm hằng tuần",
    "ngày 15 tháng đầu quý tiếp theo",
    "Tính từ ngày 15 tháng trước đến ngày 14 của tháng cuối quý thuộc kỳ báo cáo.",
    "Định kỳ hằng quý, 6 tháng, năm",
    "Sơ kết: tháng 6/2027; Tổng kết: tháng 12/2027",
    "Thời hạn chậm nhất 07 ngày làm việc kể từ ngày nhận đủ hồ sơ",
    "Từ tháng 4 đến tháng 10 hằng năm",
    "trước Tết Nguyên đán 10 ngày",
    "mùng 1 và rằm hằng tháng âm lịch",
)


def lex_all(phrases: list[str]) -> int:
    """The baseline: the lexer alone (``normalize`` and ``tokenize``) on every phrase."""
    return sum(len(tokenize(normalize(p))) for p in phrases)


def parse_all(phrases: list[str], year: int) -> int:
    """``parse_deadline`` on every phrase; the number parsed."""
    return sum(1 for p in phrases if parse_deadline(p, year=year) is not None)


def workloads() -> dict[str, list[str]]:
    """The workloads: the seed and, where the language reads them, the families.

    The seed is the bundled plan's 63 deadline cells; the families, the phrases of 0.4.0.
    """
    plan = datasets.load("an-giang-2020")
    found = {"seed": [t.deadline_text for t in plan.tasks]}
    try:
        for phrase in FAMILIES:
            parse_deadline(phrase, year=2026)
        found["families"] = list(FAMILIES)
    except ValueError:  # an earlier release: the families are not in its language
        pass
    return found


def main(argv: list[str] | None = None) -> int:
    """Time the workloads, print the table and the goal; 1 under --strict when unmet."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=200)
    parser.add_argument("--before", type=float, default=BEFORE, help="the earlier seed ratio")
    parser.add_argument("--strict", action="store_true", help="exit 1 when the goal is unmet")
    args = parser.parse_args(argv)

    phrase_sets = workloads()
    print(f"Python {platform.python_version()} on {platform.machine()}, {args.rounds} rounds")
    print(f"{'workload':<10} {'phrases':>8} {'parse/s':>12} {'lexer/s':>12} {'ratio':>7}")
    ratios = {}
    for name, phrases in phrase_sets.items():
        rounds = phrases * args.rounds
        parse_time, _ = best_of(3, partial(parse_all, rounds, 2026))
        lex_time, _ = best_of(3, partial(lex_all, rounds))
        ratios[name] = parse_time / lex_time
        print(
            f"{name:<10} {len(phrases):>8} {rate(len(rounds), parse_time)} "
            f"{rate(len(rounds), lex_time)} {ratios[name]:>7.2f}"
        )
    limit = args.before * 1.10
    met = ratios["seed"] <= limit
    print(
        f"goal: seed parse/lexer ratio {ratios['seed']:.2f} <= {limit:.2f} "
        f"(the earlier {args.before:.2f} + 10 %): {'met' if met else 'NOT met'}"
    )
    return 1 if args.strict and not met else 0


if __name__ == "__main__":
    sys.exit(main())
