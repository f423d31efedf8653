"""Sphinx configuration for the cchc_model documentation."""

from __future__ import annotations

import doctest
import json
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
    "sphinx.ext.intersphinx",
]
# Links to Python, attrs, cattrs, dateutil, pandas and matplotlib go through small offline
# inventories (docs/inventories/, written by its build.py): a build never fetches anything.
_INVENTORIES = pathlib.Path(__file__).resolve().parent / "inventories"
intersphinx_mapping = {
    name: (address, str(_INVENTORIES / f"{name}.inv"))
    for name, address in (
        ("python", "https://docs.python.org/3"),
        ("attrs", "https://www.attrs.org/en/stable"),
        ("cattrs", "https://catt.rs/en/stable"),
        ("dateutil", "https://dateutil.readthedocs.io/en/stable"),
        ("pandas", "https://pandas.pydata.org/docs"),
        ("matplotlib", "https://matplotlib.org/stable"),
    )
}

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

# -- linkcheck ----------------------------------------------------------------------------
# CI checks the guide's own links (pages, anchors, the published schemas); links to other
# sites are not fetched, so a build never depends on the network.
linkcheck_ignore = [r"https?://"]
linkcheck_anchors = True

# -- HTML ---------------------------------------------------------------------------------
# The JSON Schemas drawn into docs/_generated/extra/ are copied to the site's root.
html_extra_path = ["_generated/extra"]
html_theme = "furo"
html_title = f"cchc_model {release}"


# -- pictures -----------------------------------------------------------------------------
# The guide's pictures are drawn at build time from the bundled plan and the example
# progress and measurements, with the library's own functions (docs/pictures.rst shows the
# code), into docs/_generated/, which is not kept in the repository.
_GENERATED = pathlib.Path(__file__).resolve().parent / "_generated"
(_GENERATED / "extra").mkdir(parents=True, exist_ok=True)  # html_extra_path must exist


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
    drawn["model"] = _model_diagram()
    for name, figure in drawn.items():
        figure.savefig(_GENERATED / f"{name}.png", dpi=80)
    # The JSON Schemas, published at the site's root under schemas/.
    from cchc_model.formats.schemas import SCHEMAS, schema

    published = _GENERATED / "extra" / "schemas"
    published.mkdir(parents=True, exist_ok=True)
    for name in SCHEMAS:
        text = json.dumps(schema(name), ensure_ascii=False, indent=2) + "\n"
        (published / f"{name}.schema.json").write_text(text, encoding="utf-8")


def _model_diagram() -> object:
    """The model in one picture: plan → area → task → obligation → verdict."""
    from matplotlib.figure import Figure
    from matplotlib.patches import FancyBboxPatch

    figure = Figure(figsize=(10, 2.2))
    axes = figure.add_axes((0, 0, 1, 1))
    axes.set_axis_off()
    axes.set_xlim(0, 10)
    axes.set_ylim(0, 2.2)
    boxes = [
        ("Plan", "kế hoạch\nyear, issuer,\nindicators, agencies"),
        ("ReformArea", "lĩnh vực\nI, II… or A → I"),
        ("Task", "nhiệm vụ\nlead, partners,\ndeadline"),
        ("Obligation", "nghĩa vụ\nan agency owes a\ndue point, by a date"),
        ("Verdict", "kết luận\ndone early … overdue,\nas of a date"),
    ]
    for i, (name, words) in enumerate(boxes):
        x = 0.2 + i * 2
        axes.add_patch(
            FancyBboxPatch(
                (x, 0.3),
                1.6,
                1.6,
                boxstyle="round,pad=0.05",
                facecolor="#eef2f7",
                edgecolor="#333333",
            )
        )
        axes.text(x + 0.8, 1.55, name, ha="center", va="center", fontsize=11, weight="bold")
        axes.text(x + 0.8, 0.9, words, ha="center", va="center", fontsize=8)
        if i:
            axes.annotate(
                "",
                xy=(x - 0.05, 1.1),
                xytext=(x - 0.35, 1.1),
                arrowprops={"arrowstyle": "->", "color": "#333333"},
            )
    return figure


def setup(app: object) -> None:
    app.connect("builder-inited", _draw_pictures)  # type: ignore[attr-defined]
