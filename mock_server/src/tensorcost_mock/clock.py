"""The mock's one source of time: token expiry, rate-limit windows, sunsets and fixtures read it."""

from __future__ import annotations

import time
from datetime import UTC, datetime


class Clock:
    """UTC wall clock that can start at any instant, be frozen, set or advanced.

    Unfrozen, it ticks with the real time from wherever it was last set.
    """

    def __init__(self, start: datetime | None = None, *, frozen: bool = False) -> None:
        self.frozen = frozen
        self.set(start or datetime.now(UTC))

    def set(self, instant: datetime) -> None:
        if instant.tzinfo is None:
            instant = instant.replace(tzinfo=UTC)
        self._base = instant.timestamp()
        self._real_base = time.time()

    def advance(self, seconds: float) -> None:
        self._base += seconds

    def timestamp(self) -> float:
        """Seconds since the epoch, as the mock sees it."""
        if self.frozen:
            return self._base
        return self._base + (time.time() - self._real_base)

    def now(self) -> datetime:
        return datetime.fromtimestamp(self.timestamp(), UTC)
