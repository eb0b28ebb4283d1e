"""reportlab's classes that the documents extend, with types for mypy.

reportlab ships no type hints, so mypy sees its classes as Any, and strict mode refuses a
class built on Any. For mypy this module declares the few classes the documents subclass,
with what the subclasses use and override (anything else stays Any through `__getattr__`);
at run time they are reportlab's own classes. Import them from here to subclass them:

    from buurtdesk.documents.reportlab_typed import Flowable

    class BudgetBar(Flowable): ...
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:

    class Flowable:
        width: float
        height: float
        canv: Any  # the reportlab canvas it draws on

        def __init__(self) -> None: ...
        def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]: ...  # noqa: N803
        def draw(self) -> None: ...
        def __getattr__(self, name: str) -> Any: ...

    class CondPageBreak(Flowable):
        def __init__(self, height: float) -> None: ...

    class Table(Flowable):
        repeatRows: Any  # noqa: N815 (reportlab's name)

        def __init__(self, data: Any, *args: Any, **kwargs: Any) -> None: ...
        def split(self, availWidth: float, availHeight: float) -> list[Any]: ...  # noqa: N803
        def _getFirstPossibleSplitRowPosition(  # noqa: N802
            self,
            availHeight: float,  # noqa: N803
            ignoreSpans: int = 0,  # noqa: N803
        ) -> int: ...

    class Canvas:
        def __init__(self, *args: Any, **kwargs: Any) -> None: ...
        def showPage(self) -> None: ...  # noqa: N802
        def save(self) -> None: ...
        def __getattr__(self, name: str) -> Any: ...

    class BaseDocTemplate:
        page: int

        def __init__(self, *args: Any, **kwargs: Any) -> None: ...
        def handle_pageBegin(self) -> None: ...  # noqa: N802
        def afterFlowable(self, flowable: Any) -> None: ...  # noqa: N802
        def __getattr__(self, name: str) -> Any: ...

else:
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.platypus import BaseDocTemplate, CondPageBreak, Flowable, Table

__all__ = ["BaseDocTemplate", "Canvas", "CondPageBreak", "Flowable", "Table"]
