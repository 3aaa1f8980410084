"""Load the actor and place gazetteers (data files) and index them for matching.

Our files live in extract/data/; an analyst's own files (same format, see
extract/data/README.md) are named by --gazetteer or INCIDENTS_GAZETTEER
(paths separated by os.pathsep) and extend or override ours by id.
"""
from __future__ import annotations

import copy
import json
import math
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Optional

from .idafa import lam_forms
from .lexicon import PLACE_WORDS
from .matcher import Matcher
from .normalise import fold, key

DATA = Path(__file__).parent / "data"
ENV = "INCIDENTS_GAZETTEER"


class GazetteerError(ValueError):
    """A gazetteer file that cannot be used; the message names the file."""


@dataclass
class Gazetteer:
    actors: dict[str, dict] = field(default_factory=dict)
    places: dict[str, dict] = field(default_factory=dict)
    actor_names: Matcher = field(default_factory=Matcher)
    weak_actor_names: Matcher = field(default_factory=Matcher)
    place_names: Matcher = field(default_factory=Matcher)
    # folded nationality adjectives ("اسرائيليه") -> actor id; see extract/data/README.md
    adjectives: dict[str, str] = field(default_factory=dict)
    # place keys whose every spelling starts with ال ("الباب"): a bare "باب" is a door, not the town
    place_article: dict = field(default_factory=dict)
    # one-word names of armed actors whose every spelling has ال ("الوحدات"): "وحدات من الجيش" are units
    actor_article: dict = field(default_factory=dict)
    # place key -> ids for which that spelling is also an everyday word or a person ("needs_context")
    context_only: dict = field(default_factory=dict)
    # ids from a bulk list of communities ("bulk"): they count only in an article about their governorate
    bulk: set = field(default_factory=set)
    sources: list[str] = field(default_factory=list)
    # a document's view only (for_document): the actors its text named that our files lack
    found: Optional[dict] = None
    # lookups built once at load: places are resolved for every mention of every document
    _governorates: dict = field(default_factory=dict)
    _actor_by_name: dict = field(default_factory=dict)

    def ancestors(self, place_id: Optional[str]) -> list[dict]:
        out, seen = [], set()
        while place_id and place_id in self.places and place_id not in seen:
            seen.add(place_id)
            out.append(self.places[place_id])
            place_id = self.places[place_id].get("parent")
        return out

    def governorate(self, admin1: Optional[str]) -> Optional[dict]:
        return self._governorates.get(admin1) if admin1 else None

    def for_document(self) -> "Gazetteer":
        """A view of this gazetteer for one document: the armed groups its text names that our
        files lack (named_units.py) go into a layer of the view's own, so extracting a document
        never changes the gazetteer another document is read with (issue 10: extraction is a pure
        function of a document and the gazetteer, whatever the order of ingest)."""
        view = copy.copy(self)
        view.actors = dict(self.actors)     # a copy of the index, not of the records: microseconds
        view.found = {}
        return view

    def add_found_actor(self, aid: str, name_ar: str, most: int = 500) -> bool:
        """Register, in this document's view (for_document), an armed group its text names that
        our files lack ("كتيبة الصقور"), so later stages read its kind like any actor's; at most
        `most` a document. False when over that bound or when this is no document's view: the
        shared gazetteer is never written to."""
        if aid in self.actors:
            return True
        if self.found is None or len(self.found) >= most:
            return False
        self.found[aid] = self.actors[aid] = {"id": aid, "name": name_ar, "name_ar": name_ar, "kind": "militia",
                                              "affiliation": "unknown", "parent": None, "country": "Syria",
                                              "found_in_text": True}
        return True

    def actor_named(self, name: str) -> Optional[dict]:
        """The actor with this English name ("Civilians (Syria)")."""
        return self._actor_by_name.get(name)


def _read(path: Path, section: str) -> list[dict]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise GazetteerError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise GazetteerError(f"{path}: is a folder, not a gazetteer file") from None
    except OSError as err:
        raise GazetteerError(f"{path}: cannot read: {err.strerror or err}") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as err:
        raise GazetteerError(f"{path}: not a JSON gazetteer: {err}") from None
    if not isinstance(data, dict) or not isinstance(data.get(section, []), list):
        raise GazetteerError(f"{path}: expected an object with a list '{section}'")
    rows = data.get(section, [])
    for n, row in enumerate(rows, 1):
        if not isinstance(row, dict) or not row.get("id") or not (row.get("name") or row.get("name_ar")):
            raise GazetteerError(f"{path}: {section}[{n}] needs 'id' and 'name' or 'name_ar'")
    return rows


def _names(rec: dict) -> Iterable[str]:
    yield from (n for n in (rec.get("name"), rec.get("name_ar")) if n)
    yield from rec.get("aliases_ar") or ()
    yield from rec.get("aliases_en") or ()


def _extra_paths(extra: Iterable[str | os.PathLike]) -> list[Path]:
    paths = [Path(p) for p in extra]
    env = os.environ.get(ENV)
    if env:
        paths += [Path(p) for p in env.split(os.pathsep) if p]
    return paths


def load_gazetteer(extra: Iterable[str | os.PathLike] = ()) -> Gazetteer:
    """Our gazetteers plus the analyst's files (later files win, by id)."""
    g = Gazetteer()
    files = [DATA / "actors.json", DATA / "places.json"] + _extra_paths(extra)
    for path in files:
        if not path.exists() and path.parent == DATA:
            continue
        for section, target in (("actors", g.actors), ("places", g.places)):
            for rec in _read(path, section):
                target[rec["id"]] = {**target.get(rec["id"], {}), **rec}
        g.sources.append(str(path))
    g._governorates = {p["admin1"]: p for p in g.places.values()
                       if p.get("kind") == "governorate" and p.get("admin1")}
    g._actor_by_name = {rec["name"]: rec for rec in g.actors.values() if rec.get("name")}
    for aid, rec in g.actors.items():
        for name in _names(rec):
            k = key(name)
            g.actor_names.add(k, aid)
            if len(k) == 1 and rec.get("kind") not in _BARE_KINDS and any("\u0600" <= c <= "\u06ff" for c in name):
                g.actor_article[k] = g.actor_article.get(k, True) and fold(name).startswith("ال")
            for other in lam_forms(name):     # "المجلس العسكري لمدينة منبج"
                g.actor_names.add(other, aid)
        for name in rec.get("weak_aliases_ar") or ():
            g.weak_actor_names.add(key(name), aid)
        for word in rec.get("adjectives_ar") or ():
            g.adjectives[fold(word)] = aid
    g.place_names.yield_heads = frozenset(PLACE_WORDS)     # "بلدة الغارية" yields to "الغارية الغربية"
    for pid, rec in g.places.items():
        for name in _names(rec):
            k = key(name)
            g.place_names.add(k, pid)
            if any("\u0600" <= c <= "\u06ff" for c in name):
                has = fold(name).startswith("ال")
                g.place_article[k] = g.place_article.get(k, True) and has
        if rec.get("bulk"):
            g.bulk.add(pid)
        for name in rec.get("needs_context") or ():
            g.context_only.setdefault(key(name), set()).add(pid)
    return g


_DEFAULT: Optional[Gazetteer] = None


def km(a: dict, b: dict) -> float:
    """Kilometres between two records with lat/lon (flat-earth: the distances are a country's)."""
    dy = (a["lat"] - b["lat"]) * 111.0
    dx = (a["lon"] - b["lon"]) * 111.0 * math.cos(math.radians(a["lat"]))
    return math.hypot(dx, dy)


# people named in an idafa without the article ("أهالي بلدة", "دورية شرطة", "طلاب جامعة")
_BARE_KINDS = frozenset({"civilians", "police"})


def default_gazetteer() -> Gazetteer:
    """Loaded once per process: matching tables are costly to rebuild per document."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = load_gazetteer()
    return _DEFAULT
