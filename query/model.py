"""The one query object that the shell, piped stdin, -c, and export all parse into."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional


@dataclass
class Query:
    """Clauses combine with AND; several names in one clause combine with OR."""
    actors: list[str] = field(default_factory=list)   # names in either script
    places: list[str] = field(default_factory=list)   # a governorate includes its towns
    date_from: Optional[str] = None                   # ISO prefix: 2021, 2021-04, 2021-04-03
    date_to: Optional[str] = None                     # inclusive ISO prefix
    limit: Optional[int] = None

    def is_empty(self) -> bool:
        return not (self.actors or self.places or self.date_from or self.date_to)
