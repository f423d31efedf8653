"""The layers of the package, and the one direction their imports may point.

The package is layered from the inside out: the language (text to values), the plan
model, scheduling (time), assessment, and formats (the outside world); around them the
bundled datasets, the Hypothesis strategies and the command line.  A module may import
its own layer and the layers inside it, never one outside it, so each folder says what
its files may touch.  ``docs/architecture.rst`` draws the same picture.

A domain class may offer a convenience that delegates outwards (``Plan.schedule()``,
``Evaluation.to_text()``) through an import inside the method, never at module level;
each such convenience is listed in :data:`CONVENIENCES`, so a new one is a decision made
in review, not an accident.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

import cchc_model

PACKAGE = Path(cchc_model.__file__).resolve().parent

#: The rank of each part of the package: a module may import only parts of its own rank
#: (within its own subpackage) or of a lower one.
RANKS = {
    "cchc_model.errors": 0,
    "cchc_model._validators": 0,
    "cchc_model._reprs": 0,
    "cchc_model._version": 0,
    "cchc_model.limits": 0,
    "cchc_model.language": 1,
    "cchc_model.plan": 2,
    "cchc_model.scheduling": 3,
    "cchc_model.assessment": 4,
    "cchc_model.formats": 5,
    "cchc_model.datasets": 6,
    "cchc_model.strategies": 7,
    "cchc_model.cli": 7,
    "cchc_model.__main__": 8,
    "cchc_model": 9,
}

#: The conveniences that import an outer layer inside a function (or for type checking
#: only): (importing module, imported module).
CONVENIENCES = {
    # Plan.schedule() delegates to the schedule.
    ("cchc_model.plan.plans", "cchc_model.scheduling.accountability"),
    ("cchc_model.plan.plans", "cchc_model.scheduling.calendar"),
    ("cchc_model.plan.plans", "cchc_model.scheduling.duedates"),
    ("cchc_model.plan.plans", "cchc_model.scheduling.reporting"),
    ("cchc_model.plan.plans", "cchc_model.scheduling.schedule"),
    # Evaluation.to_text(), to_markdown(), to_csv() and to_json() delegate to the reports.
    ("cchc_model.assessment.compliance", "cchc_model.formats.reports"),
    # Plan.to_frame() and Evaluation.to_frame() delegate to the tables for analysts.
    ("cchc_model.plan.plans", "cchc_model.formats.frames"),
    ("cchc_model.assessment.compliance", "cchc_model.formats.frames"),
    # The notebook views (_repr_html_) of plans, areas, tasks, schedules, evaluations and
    # scores delegate to the HTML renderer.
    ("cchc_model.plan.plans", "cchc_model.formats._html"),
    ("cchc_model.plan.tasks", "cchc_model.formats._html"),
    ("cchc_model.scheduling.schedule", "cchc_model.formats._html"),
    ("cchc_model.assessment.compliance", "cchc_model.formats._html"),
    ("cchc_model.assessment.scoring", "cchc_model.formats._html"),
}


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {
    _module_name(path): path
    for path in sorted(PACKAGE.rglob("*.py"))
    if "__pycache__" not in path.parts
}


def _part(module: str) -> str:
    """The key of :data:`RANKS` a module belongs to (its subpackage, or itself)."""
    while module not in RANKS:
        module = module.rsplit(".", 1)[0]
    return module


def _resolve(importer: str, node: ast.ImportFrom | ast.Import) -> Iterator[str]:
    """The package's modules an import statement loads."""
    if isinstance(node, ast.Import):
        yield from (alias.name for alias in node.names if alias.name.startswith("cchc_model"))
        return
    base = node.module or ""
    if node.level:  # a relative import: from its package, up ``level - 1`` more
        steps = node.level - (MODULES[importer].name == "__init__.py")
        parts = importer.split(".")
        package = ".".join(parts[: len(parts) - steps])
        base = f"{package}.{base}" if base else package
    if not base.startswith("cchc_model"):
        return
    for alias in node.names:
        candidate = f"{base}.{alias.name}"
        yield candidate if candidate in MODULES else base


def _imports(module: str) -> Iterator[tuple[str, bool]]:
    """Each module of the package ``module`` imports, and whether the import is deferred.

    An import is deferred when it runs inside a function or only for type checking.
    """
    tree = ast.parse(MODULES[module].read_text(encoding="utf-8"))

    def walk(node: ast.AST, deferred: bool) -> Iterator[tuple[str, bool]]:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, (ast.Import, ast.ImportFrom)):
                for target in _resolve(module, child):
                    yield target, deferred
            elif isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)) or (
                isinstance(child, ast.If) and "TYPE_CHECKING" in ast.unparse(child.test)
            ):
                yield from walk(child, True)
            else:
                yield from walk(child, deferred)

    yield from walk(tree, False)


def _backwards(importer: str, target: str) -> bool:
    """Whether ``importer`` importing ``target`` points outwards (or sideways)."""
    mine, theirs = _part(importer), _part(target)
    if mine == theirs:
        return False
    return RANKS[theirs] >= RANKS[mine]


def test_every_module_of_the_package_belongs_to_a_layer():
    assert all(_part(module) in RANKS for module in MODULES)
    layers = {"language", "plan", "scheduling", "assessment", "formats"}
    assert layers <= {p.name for p in PACKAGE.iterdir() if p.is_dir()}


@pytest.mark.parametrize("module", sorted(MODULES))
def test_a_module_imports_nothing_from_a_layer_outside_its_own_at_module_level(module):
    outward = [t for t, deferred in _imports(module) if not deferred and _backwards(module, t)]
    assert outward == [], f"{module} imports outer layers: {outward}"


def test_the_only_outward_imports_are_the_listed_conveniences():
    deferred = {
        (module, target)
        for module in MODULES
        for target, is_deferred in _imports(module)
        if is_deferred and _backwards(module, target)
    }
    assert deferred == CONVENIENCES


def test_the_module_level_imports_form_no_cycle():
    graph = {
        module: {t for t, deferred in _imports(module) if not deferred and t != module}
        for module in MODULES
    }
    # A package's __init__ imports its modules, and they import their package only to
    # reach a sibling module (``from cchc_model.language import _datemath``): not a cycle.
    for module, targets in graph.items():
        graph[module] = {t for t in targets if not module.startswith(f"{t}.")}
    done: set[str] = set()

    def visit(module: str, trail: tuple[str, ...]) -> None:
        if module in trail:
            cycle = (*trail[trail.index(module) :], module)
            pytest.fail("import cycle: " + " → ".join(cycle))
        if module in done:
            return
        for target in sorted(graph.get(module, ())):
            visit(target, (*trail, module))
        done.add(module)

    for module in sorted(graph):
        visit(module, ())


def test_the_direction_check_catches_an_inner_layer_importing_an_outer_one():
    """The check itself bites: the imports it must refuse are refused."""
    assert _backwards("cchc_model.language.deadlines", "cchc_model.plan.plans")
    assert _backwards("cchc_model.plan.plans", "cchc_model.scheduling.schedule")
    assert _backwards("cchc_model.assessment.compliance", "cchc_model.formats.reports")
    assert _backwards("cchc_model.cli", "cchc_model.strategies")
    assert _backwards("cchc_model.errors", "cchc_model.language.periods")
    assert not _backwards("cchc_model.formats.ical", "cchc_model.scheduling.schedule")
    assert not _backwards("cchc_model.language.deadlines", "cchc_model.language._grammar")
