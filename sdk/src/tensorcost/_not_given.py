"""`NOT_GIVEN`: the default of an option the caller left out, as distinct from `None`.

`with_options(tenant_id=None)` clears the tenant; leaving `tenant_id` out keeps it. Signatures
spell it `X | NotGiven = NOT_GIVEN`, so type checkers still reject a value of the wrong type
(a plain `Any` sentinel would let anything through).
"""

from __future__ import annotations

from typing import Any, ClassVar, Final, Literal, final


@final
class NotGiven:
    """The type of `NOT_GIVEN`, its only instance: falsy, and printed as `NOT_GIVEN`."""

    __slots__ = ()
    _instance: ClassVar[NotGiven | None] = None

    def __new__(cls) -> NotGiven:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __init_subclass__(cls, **kwargs: Any) -> None:
        raise TypeError("NotGiven cannot be subclassed")

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"

    def __reduce__(self) -> str:
        return "NOT_GIVEN"  # pickling and copying keep the one instance


NOT_GIVEN: Final = NotGiven()
