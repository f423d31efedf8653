"""What went wrong reading a file, and where: problems located by JSON path or by row.

Every reader of the library reports all the problems of a file at once, each with its
place, in one exception; nothing is half-loaded.  A plan file's problems carry a JSON path
(:class:`Problem`, raised together as :class:`PlanLoadError`); a table's problems carry a
row and a column (:class:`RecordProblem`, raised together as :class:`RecordsError`).

>>> error = RecordsError((RecordProblem(3, "status", "unknown status 'xong'"),))
>>> print(error)
1 problem in the progress records:
row 3, status: unknown status 'xong'
>>> isinstance(error, ValueError)
True

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import attrs

from cchc_model.errors import CchcError

__all__ = ["PlanLoadError", "Problem", "RecordProblem", "RecordsError"]


@attrs.frozen
class Problem:
    """One problem found while loading: where (a JSON path) and what.

    .. versionadded:: 0.1.0
    """

    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


class PlanLoadError(CchcError, ValueError):
    """A plan file that does not load; :attr:`problems` lists every problem with its path.

    .. versionadded:: 0.1.0
    """

    def __init__(self, problems: tuple[Problem, ...]) -> None:
        self.problems = problems
        count = "1 problem" if len(problems) == 1 else f"{len(problems)} problems"
        super().__init__(f"{count} in the plan:\n" + "\n".join(str(p) for p in problems))

    def __reduce__(self) -> tuple[object, ...]:
        """Pickle by the problems."""
        return (type(self), (self.problems,))


@attrs.frozen
class RecordProblem:
    """One problem with one row of a table (progress records, measurements).

    Row 0 stands for the file as a whole; row 1 is the header.

    .. versionadded:: 0.1.0
    """

    row: int
    column: str | None
    message: str

    def __str__(self) -> str:
        if self.row == 0:  # the file as a whole
            return self.message
        where = f"row {self.row}" + (f", {self.column}" if self.column else "")
        return f"{where}: {self.message}"


class RecordsError(CchcError, ValueError):
    """A table with problems; :attr:`problems` lists them all, row by row.

    .. versionadded:: 0.1.0
    """

    def __init__(
        self, problems: tuple[RecordProblem, ...], *, what: str = "the progress records"
    ) -> None:
        self.problems = problems
        self.what = what
        count = "1 problem" if len(problems) == 1 else f"{len(problems)} problems"
        super().__init__(f"{count} in {what}:\n" + "\n".join(str(p) for p in problems))

    def __reduce__(self) -> tuple[object, ...]:
        """Pickle by the problems."""
        return (_rebuild_records_error, (self.problems, self.what))


def _rebuild_records_error(problems: tuple[RecordProblem, ...], what: str) -> RecordsError:
    return RecordsError(problems, what=what)
