"""Cursor pages: the first page's items up front, the rest fetched lazily while iterating."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from typing import Any, Generic, Literal, TypeVar

from ._progress import progress_bar

T = TypeVar("T")
MoneyAs = Literal["decimal", "float"]


class SyncPage(Generic[T]):
    """One page of a list. Iterating it yields every item of this and all later pages,
    fetching one page at a time (only the current page is held in memory)."""

    __slots__ = ("_data", "_fetch", "_next_cursor")

    def __init__(self, data: list[T], next_cursor: str | None, fetch: Callable[[str], SyncPage[T]]) -> None:
        self._data = data
        self._next_cursor = next_cursor
        self._fetch = fetch

    @property
    def data(self) -> list[T]:
        """The items of this page."""
        return self._data

    @property
    def next_cursor(self) -> str | None:
        """The cursor of the next page, None on the last page."""
        return self._next_cursor

    def has_next_page(self) -> bool:
        return self._next_cursor is not None

    def next_page(self) -> SyncPage[T] | None:
        """Fetch the next page (None on the last page)."""
        return None if self._next_cursor is None else self._fetch(self._next_cursor)

    def iter_pages(self, *, progress: bool = False) -> Iterator[SyncPage[T]]:
        """This page, then each later page as it is fetched (`progress=True`: a bar of the items)."""
        with progress_bar(progress, "Fetching") as bar:
            page: SyncPage[T] | None = self
            while page is not None:
                bar.update(len(page._data))
                yield page
                page = page.next_page()

    def iter_items(self, *, progress: bool = False) -> Iterator[T]:
        """Every item of this and later pages, as `iter(page)`; `progress=True` shows a bar."""
        for page in self.iter_pages(progress=progress):
            yield from page._data

    def __iter__(self) -> Iterator[T]:
        return self.iter_items()

    def to_pandas(
        self, *, money: MoneyAs = "decimal", max_items: int | None = None, progress: bool = False
    ) -> Any:
        """A DataFrame of this page's and every later page's items (needs `tensorcost[pandas]`)."""
        from ._dataframe import to_pandas

        return to_pandas(self.iter_items(progress=progress), money=money, max_items=max_items)

    def _repr_html_(self) -> str:
        from ._dataframe import page_html

        return page_html(self)

    def __repr__(self) -> str:
        return f"SyncPage(items={len(self._data)}, next_cursor={self._next_cursor!r})"


class AsyncPage(Generic[T]):
    """The async twin of `SyncPage`: `async for item in page` walks every later page."""

    __slots__ = ("_data", "_fetch", "_next_cursor")

    def __init__(
        self, data: list[T], next_cursor: str | None, fetch: Callable[[str], Awaitable[AsyncPage[T]]]
    ) -> None:
        self._data = data
        self._next_cursor = next_cursor
        self._fetch = fetch

    @property
    def data(self) -> list[T]:
        return self._data

    @property
    def next_cursor(self) -> str | None:
        return self._next_cursor

    def has_next_page(self) -> bool:
        return self._next_cursor is not None

    async def next_page(self) -> AsyncPage[T] | None:
        return None if self._next_cursor is None else await self._fetch(self._next_cursor)

    async def iter_pages(self, *, progress: bool = False) -> AsyncIterator[AsyncPage[T]]:
        with progress_bar(progress, "Fetching") as bar:
            page: AsyncPage[T] | None = self
            while page is not None:
                bar.update(len(page._data))
                yield page
                page = await page.next_page()

    async def iter_items(self, *, progress: bool = False) -> AsyncIterator[T]:
        """Every item of this and later pages, as `async for`; `progress=True` shows a bar."""
        async for page in self.iter_pages(progress=progress):
            for item in page._data:
                yield item

    def __aiter__(self) -> AsyncIterator[T]:
        return self.iter_items()

    async def to_pandas(
        self, *, money: MoneyAs = "decimal", max_items: int | None = None, progress: bool = False
    ) -> Any:
        """A DataFrame of this page's and every later page's items (needs `tensorcost[pandas]`)."""
        from ._dataframe import ato_pandas

        return await ato_pandas(self.iter_items(progress=progress), money=money, max_items=max_items)

    def _repr_html_(self) -> str:
        from ._dataframe import page_html

        return page_html(self)

    def __repr__(self) -> str:
        return f"AsyncPage(items={len(self._data)}, next_cursor={self._next_cursor!r})"
