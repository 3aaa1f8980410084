"""Who an incident's parties are once its sentences are assembled: actor records from the
gazetteer, owners and umbrellas that are no party, armed targets that make an attack a
clash, and fights that need a second side."""
from __future__ import annotations

from typing import Optional

from . import lexicon
from .adjective_actors import foreign_of
from .gazetteer import Gazetteer
from .model import ActorRef, Incident, Span
from .normalise import fold, word_forms
from .segment import Draft
from .side_words import words as side_list
from .sides import Hit
from .speech_words import SPEECH
from .text import Doc

UNIDENTIFIED = "Unidentified Armed Group (Syria)"   # ACLED names; looked up in the gazetteer
CIVILIANS = "Civilians (Syria)"
PROTESTERS = "Protesters (Syria)"
RIOTERS = "Rioters (Syria)"
UNIDENTIFIED_CLANS = "Unidentified Tribal Militia (Syria)"
VICTIM_ONLY_KINDS = {"civilians"}    # actor kinds that are only ever targets


def is_parent_of(g: Gazetteer):
    """is_parent(a, b): a is b's parent or grandparent…, or a political body of b's own camp
    ("الأسايش التابعة للإدارة الذاتية")."""
    def is_parent(a: str, b: str) -> bool:
        ra, rb = g.actors.get(a, {}), g.actors.get(b, {})
        if ra.get("kind") == "political" and ra.get("affiliation") == rb.get("affiliation") != "unknown":
            return True
        seen = 0
        while b in g.actors and seen < 6:
            b, seen = g.actors[b].get("parent"), seen + 1
            if b == a:
                return True
        return False
    return is_parent


def family_of(g: Gazetteer):
    """An actor set widened by parents (Hajjana is regime), without victim-only actors."""
    def family(ids: set[str]) -> set[str]:
        out = set()
        for aid in ids:
            seen = 0
            while aid and aid in g.actors and seen < 5:
                if g.actors[aid].get("kind") in VICTIM_ONLY_KINDS:
                    break
                out.add(aid)
                aid, seen = g.actors[aid].get("parent"), seen + 1
        return out
    return family


def actor_ref(g: Gazetteer, doc: Doc, h: Hit) -> ActorRef:
    rec = g.actors.get(h.actor_id, {"name": h.actor_id, "name_ar": h.actor_id})
    s, e = doc.token_span(h.mention_first, h.last)
    return ActorRef(rec.get("name") or rec.get("name_ar"), rec.get("name_ar") or rec.get("name"), h.side,
                    doc.text[s:e], Span(s, e, doc.text[s:e]), h.actor_id, rec.get("kind"), rec.get("affiliation"))


def special_actor(g: Gazetteer, name: str, side: int) -> Optional[ActorRef]:
    rec = g.actor_named(name)
    if not rec:
        return None
    actor_id = rec["id"]
    return ActorRef(rec["name"], rec.get("name_ar", ""), side, rec.get("name_ar", ""), None, actor_id,
                    rec.get("kind"), rec.get("affiliation"))


_POSTS = {"حاجز", "حاجزا", "نقطه", "ثكنه", "مقر", "موقع", "مواقع", "نقاط", "دوريه", "رتل", "تمركزات"}
ARMED_KINDS = {"state_force", "militia", "rebel", "jihadist", "police", "tribal", "foreign_state"}


def attack_on_armed(doc: Doc, actors: list[ActorRef], d: Draft) -> bool:
    """ACLED: killing a serving fighter is a clash; a former one ("سابق") is a civilian."""
    targets = [a for a in actors if a.side == 2 and a.kind in ARMED_KINDS]
    if not targets:     # "هجوم على نقطة عسكرية": a post is armed whoever holds it
        return not any(a.side == 2 for a in actors) and any(
            w in _POSTS for c in d.candidates for w in doc.words[c.sentence.first:c.sentence.last])
    return not any(w.startswith("سابق") or w.startswith("السابق")
                   for c in d.candidates for w in doc.words[c.sentence.first:c.sentence.last])


_AFFILIATED = {"تابع", "تابعه", "تابعين", "التابع", "التابعه", "التابعين", "لصالح"}


def affiliation_only(doc: Doc, h: Hit) -> bool:
    """"منزل عضو المجلس المحلي التابع لـ قسد": X names whose the target is, not the target."""
    return any(w in _AFFILIATED for w in doc.words[max(0, h.mention_first - 2):h.mention_first])


_UNNAMED = {fold(w) for w in ("شبان", "شباب", "مسلحين", "مسلحون", "أهالي", "سكان", "مجموعة", "مجموعات",
                              "عناصر", "أشخاص", "مجهولين", "محليين")}
_FIGHT = side_list("fight_nouns") | side_list("fight_verbs")
_ASSAULT = {fold(w) for w in ("هاجم", "هاجمت", "هاجموا", "هجوم", "هجوما", "كمين", "كمينا", "بالرشاشات",
                              "بالأسلحة", "بالرصاص", "بالقذائف", "بالمدفعية", "بالقناصة")}


_CLAIM = {"تبني", "تبنى", "تبنت", "وتبنى", "وتبنت", "اعلن", "اعلنت"}
_CHARGE = {"بتهمه", "بتهم", "بحجه", "بذريعه", "بدعوى", "بشبهه"}


def named_by_toll_or_claim(doc: Doc, m, counts, sentence_first: int) -> bool:
    """Far from the act but in its sentence: "… ما أدى إلى مقتل جنديين من قوات النظام",
    "… وتبنى تنظيم داعش الهجوم", or the subject right after the sentence's first verb."""
    return any(c.first <= m.first <= c.last + 4 for c in counts) or any(
        w in _CLAIM for w in doc.words[max(0, m.mention_first - 2):m.mention_first]) or (
        0 < m.mention_first - sentence_first <= 1)     # "نفذت قوات الأمن العام حملة …"


def charged_with(doc: Doc, i: int) -> bool:
    """"اعتقلت 12 شاباً بتهمة الانتماء لخلايا تنظيم الدولة": an accusation, not a party."""
    return any(w in _CHARGE for w in doc.words[max(0, i - 3):i])


def _fought_with_unnamed(words: list[str]) -> bool:
    """"خاضت قوات الأمن العام معارك مع مجموعات خارجة عن القانون": a fight "with" a group it
    does not name (sides.json fight_nouns, fight_verbs) has that group for its other side."""
    return any(w == "مع" and any(set(word_forms(x)) & _FIGHT for x in words[max(0, k - 4):k])
               and any(set(word_forms(x)) & _UNNAMED for x in words[k + 1:k + 3]) for k, w in enumerate(words))


def one_sided_fight(g: Gazetteer, inc: Incident) -> bool:
    """A fight needs two sides. "هاجم تنظيم داعش حاجزاً في بلدة X": the other side is unnamed,
    so it is the Unidentified Armed Group; "المعارك الجديدة تأتي تتويجاً لضغوط روسية" or a
    summary line ("استهدف الهجوم سيارة") with one party and no toll is no fight to code.
    Territory taken ("سيطرت قوات النظام على قرية X") is coded with the side that took it."""
    if inc.event_type != lexicon.B or inc.sub_event_type != "Armed clash" or len(inc.actors) != 1:
        return False
    toll = inc.killed is not None or inc.injured is not None
    words = [w for c in inc.citations if c.field == "event" for w in fold(c.quote).split()]
    # "اشتباكات بين مجموعتين مسلحتين", "بين عشيرتين": the one unnamed party told as the pair that fought
    unnamed = inc.actors[0].name in (UNIDENTIFIED, UNIDENTIFIED_CLANS)
    pair = fold(inc.actors[0].mention or "").split() if unnamed else []
    paired = bool(pair) and any(w == "بين" and words[k + 1:k + 1 + len(pair)] == pair for k, w in enumerate(words))
    if inc.location is not None and (inc.actors[0].name != UNIDENTIFIED or paired):
        said = {f for w in words for f in word_forms(w)}
        # "اشتباكات بين شبان وحاجز للدفاع الوطني": a fight "between" them, one side unnamed
        between = paired or any(w == "بين" and any(set(word_forms(x)) & _UNNAMED for x in words[k + 1:k + 5])
                                for k, w in enumerate(words)) or _fought_with_unnamed(words)
        # "اشتباكات بين عشيرتين": two unnamed clans, each the Unidentified Tribal Militia
        fought = UNIDENTIFIED_CLANS if inc.actors[0].name == UNIDENTIFIED_CLANS else UNIDENTIFIED
        # the unnamed side faces the named one: "أصيب عنصران من قسد برصاص قناص" — the sniper is side 1
        facing = 1 if inc.actors[0].side == 2 else 2
        other = special_actor(g, fought, facing) if toll or between or said & _ASSAULT else None
        if other:
            inc.actors.append(other)
            return False
    return not toll


def speaker_and_owner(doc: Doc, span: Span) -> tuple[int, int]:
    """"وكالة أنباء هاوار التابعة لميليشيا قسد": whose outlet it is names no party either, nor its
    short name in brackets ("أعلنت قوات سوريا الديمقراطية (قسد)")."""
    after = next((k for k, t in enumerate(doc.tokens) if t.start >= span.end), None)
    if after is not None and after + 1 < len(doc.tokens) and doc.words[after] in lexicon.OWNED_BY:
        return span.start, doc.tokens[min(after + 3, len(doc.tokens) - 1)].end
    if after is not None and doc.text[span.end:doc.tokens[after].start].strip() in ("(", "«(", "(«", '("'):
        close = doc.text.find(")", doc.tokens[after].start, doc.tokens[after].start + 40)
        if close > 0:
            return span.start, close + 1
    return span.start, span.end



CLAIM_REACH = 5     # tokens after a speaker within which "عن"/"أنه" opens what it says
_NOT_DOERS = VICTIM_ONLY_KINDS | {"political", "unidentified"}


def own_claim(doc: Doc, g: Gazetteer, s, speakers, acts, known: set) -> list[Hit]:
    """"أعلن الأمن العام السوري أنه اعتقل عناصر …", "أعلن الجهاز الأمني التابع للهيئة عن قتل
    قيادي …": an armed force whose words open on its own act (the act right after "عن" or
    "أنه", not a toll such as "عن مقتل") did that act; as a speaker it is no mention."""
    starts = {t.first for t in acts}
    lo, hi = doc.tokens[s.first].start, doc.tokens[s.last - 1].end
    out = []
    for a, b in speakers:
        if not lo <= a < hi:
            continue
        after = next((k for k in range(s.first, s.last) if doc.tokens[k].start >= b), s.last)
        opener = next((k for k in range(after, min(after + CLAIM_REACH, s.last))
                       if doc.words[k] in SPEECH.own_act_openers), None)
        if opener is None or any(w in SPEECH.that for w in doc.words[after:opener]):
            continue    # "ذكرت مصادر النظام أن الانفجار ناجم عن تفجير …": what it says, not its act
        k = opener + 1
        while k < s.last and doc.words[k] in SPEECH.auxiliaries:    # "أنه قد اعتقل"
            k += 1
        if k not in starts:
            continue
        # the speaker's words up to "عن": its name and owner ("التابع لهيئة تحرير الشام")
        inside = [i for i in range(s.first, opener) if doc.tokens[i].start >= a]
        if not inside:
            continue
        for m in g.actor_names.find(doc.tokens[inside[0]:opener]):
            actor = foreign_of(doc.words, inside[0] + m.last, m.payloads, g.adjectives, g.actors) or m.payloads[0]
            if actor not in known and g.actors.get(actor, {}).get("kind") not in _NOT_DOERS:
                first = inside[0] + m.first
                out.append(Hit(actor, first, inside[0] + m.last, first, 1))
                known.add(actor)
    return out


_OWN_FIGHTERS = {"عناصرها", "عناصره", "مقاتليها", "مقاتليه", "جنودها", "جنوده", "منتسبيها", "منتسبيه", "افرادها"}


def own_losses(doc: Doc, g: Gazetteer, s, speakers, counts, known: set) -> list[Hit]:
    """"أعلنت قسد مقتل 4 من مقاتليها": the speaker counts its own dead, so it is the side hit."""
    if not counts or not any(w in _OWN_FIGHTERS for w in doc.words[s.first:s.last]):
        return []
    out = []
    for m in g.actor_names.find(doc.tokens[s.first:s.last]):     # speakers are no mentions: match them here
        first, last = s.first + m.first, s.first + m.last
        inside = any(a < doc.tokens[last].end and doc.tokens[first].start < b for a, b in speakers)
        actor = foreign_of(doc.words, last, m.payloads, g.adjectives, g.actors) or m.payloads[0]
        if inside and actor not in known:     # "أعلنت وزارة الدفاع التركية مقتل أحد جنودها": Turkey's
            out.append(Hit(actor, first, last, first, 2))
            known.add(actor)
    return out


def civilians_first(g: Gazetteer, actors: list[ActorRef], kind: str) -> list[ActorRef]:
    """ACLED's actor for targeted students, traders or women is Civilians (Syria), the group its
    associate: put Civilians (Syria) before the first such group on its side."""
    if kind in ("protest", "protest_force"):
        return actors
    names = {a.name for a in actors}
    for n, a in enumerate(actors):
        if a.kind == "civilians" and a.name not in (CIVILIANS, PROTESTERS) and CIVILIANS not in names:
            ref = special_actor(g, CIVILIANS, a.side or 2)
            return actors[:n] + [ref] + actors[n:] if ref else actors
    return actors


def armed_fight(doc, triggers: list, hits: list, g) -> bool:
    """"تطورت الاحتجاجات إلى اشتباكات بين قوات الأسايش ومليشيا الدفاع الوطني": a fight told
    between two armed parties is a battle of theirs, not force used on the protest before it."""
    between = any("clash" in t.ids and "بين" in doc.words[t.last + 1:t.last + 3] for t in triggers)
    armed = {h.actor_id for h in hits if g.actors.get(h.actor_id, {}).get("kind") not in VICTIM_ONLY_KINDS}
    return between and len(armed) >= 2
