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
