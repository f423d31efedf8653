"""Write the offline intersphinx inventories the guide links other projects' docs through.

The build never fetches anything (CI may run without a network), so instead of the
projects' own ``objects.inv`` files the guide uses these small inventories, listing only
the outside objects its pages and docstrings name, each with the address of its entry in
that project's documentation.  Run this script after changing the lists; it rewrites the
``*.inv`` files beside it (Sphinx inventory format, version 2).
"""

from __future__ import annotations

import pathlib
import zlib

HERE = pathlib.Path(__file__).resolve().parent

# project → (base address, version, [(name, domain:role, path#anchor)]); "$" in a path
# stands for the name (written out here: Sphinx itself expands only a final "$").
PROJECTS: dict[str, tuple[str, str, list[tuple[str, str, str]]]] = {
    "python": (
        "https://docs.python.org/3",
        "3",
        [
            ("datetime.date", "py:class", "library/datetime.html#$"),
            ("datetime.time", "py:class", "library/datetime.html#$"),
            ("datetime.datetime", "py:class", "library/datetime.html#$"),
            ("decimal.Decimal", "py:class", "library/decimal.html#$"),
            ("fractions.Fraction", "py:class", "library/fractions.html#$"),
            ("os.PathLike", "py:class", "library/os.html#$"),
            ("pathlib.Path", "py:class", "library/pathlib.html#$"),
            ("ValueError", "py:exception", "library/exceptions.html#$"),
            ("KeyError", "py:exception", "library/exceptions.html#$"),
            ("TypeError", "py:exception", "library/exceptions.html#$"),
            ("LookupError", "py:exception", "library/exceptions.html#$"),
            ("ImportError", "py:exception", "library/exceptions.html#$"),
            ("UnicodeDecodeError", "py:exception", "library/exceptions.html#$"),
            ("OSError", "py:exception", "library/exceptions.html#$"),
            ("str", "py:class", "library/stdtypes.html#$"),
            ("int", "py:class", "library/functions.html#$"),
            ("float", "py:class", "library/functions.html#$"),
            ("bool", "py:class", "library/functions.html#$"),
            ("list", "py:class", "library/stdtypes.html#$"),
            ("tuple", "py:class", "library/stdtypes.html#$"),
            ("dict", "py:class", "library/stdtypes.html#$"),
            ("csv", "py:module", "library/csv.html#module-$"),
            ("codecs", "py:module", "library/codecs.html#module-$"),
        ],
    ),
    "attrs": (
        "https://www.attrs.org/en/stable",
        "stable",
        [
            ("attrs.frozen", "py:function", "api.html#$"),
            ("attrs.evolve", "py:function", "api.html#$"),
            ("attrs.field", "py:function", "api.html#$"),
        ],
    ),
    "cattrs": (
        "https://catt.rs/en/stable",
        "stable",
        [("cattrs.Converter", "py:class", "cattrs.html#$")],
    ),
    "dateutil": (
        "https://dateutil.readthedocs.io/en/stable",
        "stable",
        [("dateutil.relativedelta.relativedelta", "py:class", "relativedelta.html#$")],
    ),
    "pandas": (
        "https://pandas.pydata.org/docs",
        "stable",
        [
            ("pandas.DataFrame", "py:class", "reference/api/$.html#$"),
            ("pandas.Categorical", "py:class", "reference/api/$.html#$"),
        ],
    ),
    "matplotlib": (
        "https://matplotlib.org/stable",
        "stable",
        [
            ("matplotlib.figure.Figure", "py:class", "api/_as_gen/$.html#$"),
            (
                "matplotlib.figure.Figure.savefig",
                "py:method",
                "api/_as_gen/matplotlib.figure.Figure.savefig.html#$",
            ),
        ],
    ),
}


def write(project: str, version: str, entries: list[tuple[str, str, str]]) -> bytes:
    """The bytes of one inventory file."""
    header = (
        "# Sphinx inventory version 2\n"
        f"# Project: {project}\n"
        f"# Version: {version}\n"
        "# The remainder of this file is compressed using zlib.\n"
    ).encode()
    body = "".join(
        f"{name} {role} 1 {path.replace('$', name)} -\n" for name, role, path in entries
    ).encode()
    return header + zlib.compress(body)


def main() -> None:
    """Rewrite every inventory file."""
    for project, (_, version, entries) in PROJECTS.items():
        (HERE / f"{project}.inv").write_bytes(write(project, version, entries))


if __name__ == "__main__":
    main()
