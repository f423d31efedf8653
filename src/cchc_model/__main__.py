"""``python -m cchc_model``: the ``cchc`` command."""

from cchc_model.cli import main

raise SystemExit(main())
