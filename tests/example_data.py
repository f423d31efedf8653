"""The bundled plan and the example sheets, evaluated once for the tests that share them."""

from __future__ import annotations

import datetime
from pathlib import Path

from cchc_model import datasets, evaluate, read_measurements, read_records

__all__ = ["AS_OF", "EVALUATION", "MEASUREMENTS", "PLAN", "PROGRESS", "RECORDS", "ROOT"]

ROOT = Path(__file__).resolve().parents[1]
PLAN = datasets.load("an-giang-2020")
PROGRESS = ROOT / "examples" / "an_giang_2020_progress.csv"
RECORDS = read_records(PROGRESS, plan=PLAN)
AS_OF = datetime.date(2020, 9, 30)
EVALUATION = evaluate(PLAN, RECORDS, as_of=AS_OF)
MEASUREMENTS = read_measurements(ROOT / "examples" / "an_giang_2020_measurements.csv", plan=PLAN)
