"""Page-by-page iteration shared by the sync and async invokers.

A :class:`PageCursor` decides which page to ask for next and when to stop (the last page by
``total_pages`` or ``total_items``, an empty or short page, or the caller's cap); the invokers only
fetch. Items are yielded as they arrive, so memory stays flat whatever the number of pages.
"""

from __future__ import annotations

from typing import Any, Generic, TypeVar

from linksfield_api.facade import Pagination
from linksfield_api.types import Unset

from ._exceptions import RequestValidationError

T = TypeVar("T")
ItemT = TypeVar("ItemT")


def _number(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, (bool, Unset)) else None


class PageCursor(Generic[T, ItemT]):
    def __init__(
        self, pages: Pagination[T, ItemT], *, page_size: int, max_items: int | None, max_pages: int | None
    ) -> None:
        operation = pages.operation.operation_id
        if page_size < 1 or (pages.max_page_size is not None and page_size > pages.max_page_size):
            bound = (
                f"between 1 and {pages.max_page_size}" if pages.max_page_size is not None else "at least 1"
            )
            raise RequestValidationError("page_size", f"must be {bound}", operation=operation)
        for name, cap in (("max_items", max_items), ("max_pages", max_pages)):
            if cap is not None and cap < 0:
                raise RequestValidationError(name, "must be 0 or more", operation=operation)
        self._pages = pages
        self.page_size = page_size
        self._max_items = max_items
        self._max_pages = max_pages
        self.page = pages.first_page
        self._fetched = 0
        self._received = 0
        self._yielded = 0
        self._done = max_items == 0 or max_pages == 0

    @property
    def done(self) -> bool:
        return self._done

    def take(self, data: T) -> list[ItemT]:
        """Consume one fetched page: return the items to yield and advance (or finish)."""
        self._fetched += 1
        raw: Any = self._pages.items(data)
        items: list[ItemT] = list(raw) if isinstance(raw, list) else []
        received = len(items)
        self._received += received
        if self._max_items is not None:
            items = items[: max(self._max_items - self._yielded, 0)]
        self._yielded += len(items)
        self._done = self._is_last(data, received)
        self.page += 1
        return items

    def _is_last(self, data: T, received: int) -> bool:
        """Totals win over page length: a server that shortens pages must not end the iteration."""
        if received == 0:
            return True
        if self._max_items is not None and self._yielded >= self._max_items:
            return True
        if self._max_pages is not None and self._fetched >= self._max_pages:
            return True
        total_pages = _number(self._pages.total_pages(data)) if self._pages.total_pages else None
        if total_pages is not None:
            return self._fetched >= total_pages
        total_items = _number(self._pages.total_items(data)) if self._pages.total_items else None
        if total_items is not None:
            return self._received >= total_items
        return received < self.page_size
