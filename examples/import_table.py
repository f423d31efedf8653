"""Bring a province's plan in from its appendix table, and write it back.

Run it after installing the package with the ``excel`` extra::

    python examples/import_table.py phu-luc.xlsx

It writes the bundled plan's appendix as an Excel file laid out as a province prints it,
reads the file back as any province's table would be read, and prints what the reader
found and whether the appendix came back the same.  Give it your own table instead with
``--read YOUR_TABLE.xlsx`` (or ``.docx``, ``.csv``).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from cchc_model import datasets, read_appendix, same_appendix, write_appendix


def main(argv: list[str] | None = None) -> int:
    """Write, read back and report."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("table", nargs="?", default="phu-luc.xlsx")
    parser.add_argument("--read", help="read this table instead of writing the bundled plan")
    args = parser.parse_args(argv)
    plan = datasets.load("an-giang-2020")
    if args.read is None:
        write_appendix(plan, args.table)
        path = Path(args.table)
    else:
        path = Path(args.read)
    # The bundled plan's own registry knows the names its table uses (aliases, typos);
    # a province's table reads against the bodies every province has, or its own.
    imported = read_appendix(path, registry=plan.agencies if args.read is None else None)
    for finding in imported.findings:
        print(finding)
    counts = ", ".join(f"{n} {kind}" for kind, n in imported.counts().items())
    print(f"{path.name} ({imported.table}): {counts}")
    if args.read is None:
        print("the same appendix:", same_appendix(imported.plan, plan))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
