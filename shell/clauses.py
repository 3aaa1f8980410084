"""The search clauses, each registered once (name, usage, help, completion) so `help`
and Tab know them. A line that starts with a clause parses as `search`, so these
registrations only describe; running one runs the search."""
from __future__ import annotations

from incidents.query.filters import SORTS, event_type_names, sub_event_type_names
from incidents.query.parser import Command
from incidents.shell import registry
from incidents.shell.registry import ACTOR, CHOICE, DATE, NUMBER, PLACE

CLAUSES = [
    dict(name="actor", usage="NAME", complete=(ACTOR,), repeat=True,
         summary="incidents involving an actor (English or Arabic, any alias)",
         help="actor NDF\nactor الدفاع الوطني\nactor \"Syrian Democratic Forces\" actor قسد   (either)\n"
              "A parent actor includes its sub-units (SDF finds Asayish)."),
    dict(name="where", usage="PLACE", complete=(PLACE,), repeat=True,
         summary="incidents at a place; a governorate's name means the governorate and its towns",
         help="where Deir ez-Zor\nwhere الميادين\nwhere \"Al-Hasakah\"\nwhere Idlib          (the governorate: Idlib, Idleb, إدلب all mean it)\n"
              "where Idleb city     (the city only; also مدينة إدلب)\nwhere بالحسكة        (attached و ب ل fold off)"),
    dict(name="between", usage="DATE DATE", complete=(DATE, DATE),
         summary="incidents dated in a range (ISO prefixes, both ends inclusive)",
         help="between 2021 2024\nbetween 2022-04 2022-06\nbetween 2022-04-01 2022-04-30"),
    dict(name="since", usage="DATE", complete=(DATE,), summary="incidents on or after a date",
         help="since 2023\nsince 2023-09-01"),
    dict(name="until", usage="DATE", complete=(DATE,), summary="incidents up to a date (inclusive)",
         help="until 2022\nuntil 2022-06"),
    dict(name="type", usage="EVENT_TYPE", complete=(CHOICE,), choices=tuple(event_type_names()),
         repeat=True, summary="incidents of an ACLED event type (repeat: either)",
         help='type Battles\ntype "Explosions/Remote violence"\ntype explosions    (a unique start is enough)'),
    dict(name="subtype", usage="SUB_EVENT_TYPE", complete=(CHOICE,),
         choices=tuple(sub_event_type_names()), repeat=True,
         summary="incidents of an ACLED sub-event type (repeat: either)",
         help='subtype "Air/drone strike"\nsubtype "Armed clash" where Deir-ez-Zor'),
    dict(name="killed", usage="[>=|>|<=|<|=|!=] N", complete=(NUMBER,),
         summary="incidents whose killed count compares with N (unknown counts as 0)",
         help="killed >= 5\nkilled > 0 type Battles\nkilled 3     (exactly 3)"),
    dict(name="injured", usage="[>=|>|<=|<|=|!=] N", complete=(NUMBER,),
         summary="incidents whose injured count compares with N (unknown counts as 0)",
         help="injured > 0\ninjured >= 10 since 2023"),
    dict(name="outlet", usage="NAME", repeat=True,
         summary="incidents reported by an outlet (part of its name, any case)",
         help="outlet SOHR\noutlet SY24 outlet Enab   (either)"),
    dict(name="sort", usage="date|-date|killed|-killed", complete=(CHOICE,), choices=SORTS,
         summary="order the rows (a leading - is descending); listings sort on that column",
         help="sort -killed\ntype Battles sort -date limit 10\ndyads sort -killed"),
    dict(name="count", summary="say how many rows instead of showing them",
         help="actor NDF count\ndyads where Deir-ez-Zor count\ntype Battles killed > 0 count"),
    dict(name="limit", usage="N", complete=(NUMBER,),
         summary="show at most N rows (of whatever the command lists: incidents, dyads, actors …)",
         help="actor NDF limit 5\ndyads limit 1     (one dyad, not the dyads of one incident)"),
]


def _as_search(session, cmd: Command) -> None:  # pragma: no cover - such lines parse as search
    registry.lookup("search").func(session, cmd)


for _spec in CLAUSES:
    registry.command(clause=True, **_spec)(_as_search)
