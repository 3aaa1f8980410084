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
    event_types: list[str] = field(default_factory=list)      # ACLED names (OR)
    sub_event_types: list[str] = field(default_factory=list)  # ACLED names (OR)
    killed: list[tuple[str, int]] = field(default_factory=list)    # (operator, n), all must hold
    injured: list[tuple[str, int]] = field(default_factory=list)
    outlets: list[str] = field(default_factory=list)          # part of the outlet's name (OR)
    limit: Optional[int] = None     # rows the command shows
    sort: Optional[str] = None      # date | -date | killed | -killed | injured | -injured
    count: bool = False             # only say how many

    def is_empty(self) -> bool:
        """No clause that narrows which incidents count (limit, sort and count do not)."""
        return not (self.actors or self.places or self.date_from or self.date_to or self.event_types
                    or self.sub_event_types or self.killed or self.injured or self.outlets)
