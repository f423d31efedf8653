"""Sphinx configuration for the cchc_model documentation."""

from __future__ import annotations

import doctest
import pathlib

import cchc_model

project = "cchc_model"
author = "cchc_model developers"
copyright = "cchc_model developers"
release = cchc_model.__version__
version = release

language = "en"

extensions = [
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
    "sphinx.ext.doctest",
    "sphinx.ext.viewcode",
]
# sphinx.ext.intersphinx is deliberately not enabled: it would fetch inventories over the
# network at build time.

exclude_patterns = ["_build"]

# -- autodoc ------------------------------------------------------------------------------
autodoc_member_order = "bysource"
autodoc_typehints = "description"

# -- napoleon: Google-style docstrings only ------------------------------------------------
napoleon_google_docstring = True
napoleon_numpy_docstring = False
napoleon_attr_annotations = True

# -- doctest ------------------------------------------------------------------------------
# ``CCHC_REPOSITORY`` is the clone's root: the pages that read the example files in
# ``examples/`` change to it in a hidden setup, so that their examples show the paths a
# reader types from the root of a clone.
_REPOSITORY = pathlib.Path(__file__).resolve().parent.parent
doctest_global_setup = (
    "import datetime\nimport cchc_model\nfrom cchc_model import *\n"
    f"CCHC_REPOSITORY = {str(_REPOSITORY)!r}"
)
# Sphinx's default flags include IGNORE_EXCEPTION_DETAIL, which would let an error example
# pass whatever its message says.  The messages (and their carets) are part of the
# documented behaviour, so compare them exactly.  NORMALIZE_WHITESPACE is left off for the
# same reason: it would accept a caret under the wrong character.
doctest_default_flags = doctest.ELLIPSIS | doctest.DONT_ACCEPT_TRUE_FOR_1

# -- HTML ---------------------------------------------------------------------------------
html_theme = "furo"
html_title = f"cchc_model {release}"


# -- pictures -----------------------------------------------------------------------------
# The guide's pictures are drawn at build time from the bundled plan and the example
# progress and measurements, with the library's own functions (docs/pictures.rst shows the
# code), into docs/_generated/, which is not kept in the repository.
_GENERATED = pathlib.Path(__file__).resolve().parent / "_generated"


def _draw_pictures(app: object) -> None:
    import datetime

    import matplotlib

    matplotlib.use("Agg")
    from cchc_model import assess_all, datasets, evaluate, read_measurements, read_records
    from cchc_model.formats import pictures

    _GENERATED.mkdir(exist_ok=True)
    plan = datasets.load("an-giang-2020")
    examples = _REPOSITORY / "examples"
    records = read_records(examples / "an_giang_2020_progress.csv", plan=plan)
    evaluation = evaluate(plan, records, as_of=datetime.date(2020, 9, 30))
    measurements = read_measurements(examples / "an_giang_2020_measurements.csv", plan=plan)
    drawn = {
        "timeline": pictures.timeline(plan, evaluation),
        "heatmap": pictures.completion_heatmap(evaluation),
        "indicators": pictures.indicators_chart(assess_all(plan, measurements)),
        "burndown": pictures.burndown(evaluation),
        "on-time": pictures.on_time_by_agency(evaluation),
    }
    for name, figure in drawn.items():
        figure.savefig(_GENERATED / f"{name}.png", dpi=80)


def setup(app: object) -> None:
    app.connect("builder-inited", _draw_pictures)  # type: ignore[attr-defined]
