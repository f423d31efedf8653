"""The benchmarks of cchc_model: ``python -m benchmarks`` from the repository root.

Not part of the library and not tests: pytest collects only ``tests`` and the installed
package (``testpaths`` in ``pyproject.toml``).  See ``benchmarks/README.md``.
"""
