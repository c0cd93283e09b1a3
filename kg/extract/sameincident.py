"""Whether a later mention and an incident told before it are one incident, for the merge of one incident's
mentions (kg.extract.incidents): the text ties them (:func:`linked`) and nothing in them tells two incidents
apart (:func:`compatible`).

* **linked**: in one sentence (the merge bounds how far apart), or from a later sentence an anaphoric noun,
  the doers or a target named again, a casualty trigger, a claim, or a mention with no participants of its own;
* **compatible**: the same type family, reality and polarity; no disagreeing named agents (unless a claim about
  "the bombing" names another group) or targets (unless one is a casualty clause, whose targets are victims);
  no roles reversed (a response), no clash beside a one-sided deed (unless the clash is the attackers, named again
  by a definite noun, fighting the defenders: :func:`defended`), no air strike beside a ground offensive or backing
  another deed of its sentence; and places (kg.extract.incidentplaces) and dates that agree.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.events import family as family_of
from kg.extract import airground, incidentlinks
from kg.extract.anaphora import noun_head
from kg.extract.incidentcues import (
    NAMED_KINDS,
    is_anaphoric,
    is_claim,
    is_named,
    names_doers_again,
    names_doers_by_pronoun,
    names_target_again,
    supporting,
    trigger_word,
)
from kg.extract.incidentplaces import is_country, same_place, written_inside
from kg.extract.lexicon import CASUALTY_TRIGGERS, DOER_HEADS, GENERIC_DOERS, RELATIVE_PRONOUNS
from kg.models import Event, EventType, Mention, Modality, Span


def linked(cluster: Event, mention: Event, *, same_sentence: bool) -> bool:
    """True when the text ties ``mention`` to an incident already told in ``cluster``."""
    if same_sentence or not (cluster.agents or cluster.targets or cluster.to):
        return True  # a mention with no participants ("Explosions were heard.") is filled in by the next
    return (
        is_anaphoric(mention)
        or names_doers_again(mention)
        or names_doers_by_pronoun(cluster, mention)
        or names_target_again(cluster, mention)
        or trigger_word(mention) in CASUALTY_TRIGGERS
        or is_claim(mention)
        or not (mention.agents or mention.targets or mention.to)
        or incidentlinks.ties(cluster, mention)
        or _doers_given_elsewhere(cluster, mention)
    )


def _doers_given_elsewhere(cluster: Event, mention: Event) -> bool:
    """True when every agent of ``mention``, in the sentence right after one of ``cluster``'s, is written after its
    sentence, a claim's or an attribution's reading (kg.extract.attribution.link) in place of the sentence's own
    generic doers: "Militants attacked a coach ... the gunmen stopped the bus and shot those from Punjab. The BLA
    claimed responsibility for the attack". Not when it hits attackers: "All three attackers were killed by security
    personnel" answers the attack, whatever doer a claim gave it."""
    if family_of(mention.type) is not EventType.ATTACK:
        return False  # "he" pledged twice is one person's two pledges, however coreference wrote him
    sentence = mention.sentence
    if not any(right_after(m.sentence, sentence) for m in cluster.evidence):
        return False
    if trigger_word(mention) in DOER_HEADS or any(noun_head(m.span.text) in GENERIC_DOERS for m in mention.targets):
        return False  # "All three attackers were killed by security personnel": the attackers as its word or target
    # written after it, by the claim; a release's doer given once before ("Coalition forces conducted 11 strikes ...
    # near X, a strike engaged a unit") names each strike of its own
    return bool(mention.agents) and all(m.span.start >= sentence.end for m in mention.agents)


# Characters between a sentence and the one right after it: a space, a line break or a paragraph's blank line.
_NEXT_SENTENCE = 3


def right_after(first: Span, second: Span) -> bool:
    """True when the sentence ``second`` comes right after the sentence ``first``."""
    return 0 <= second.start - first.end <= _NEXT_SENTENCE


def compatible(
    a: Event, b: Event, *, same_sentence: bool = False, setting: bool = True, published: str | None = None
) -> bool:
    """True when ``a`` and ``b`` can be one incident: nothing in them tells two incidents apart.

    In one sentence, two mentions with the same sides swapped ("battles between X and Y" read as X
    against Y and Y against X) are one clash.  ``setting=False`` leaves place and date out."""
    if family_of(a.type) != family_of(b.type) or reality(a.modality) != reality(b.modality) or a.negated != b.negated:
        return False
    mirror = same_sentence and _named(a.agents + a.targets) == _named(b.agents + b.targets)
    # Outlets and officials attribute one incident to different groups ("IS claimed responsibility, while
    # the military attributed the bombing to Abu Sayyaf"): a claim about "the bombing" names one more agent.
    attribution = setting and is_claim(b) and is_anaphoric(b)
    if _disagree(a.agents, b.agents) and not (mirror or attribution):
        return False
    if same_sentence and a.trigger != b.trigger and (_target_s_own_deed(a, b) or _target_s_own_deed(b, a)):
        return False  # two readings of one trigger are one deed
    casualty = trigger_word(a) in CASUALTY_TRIGGERS or trigger_word(b) in CASUALTY_TRIGGERS
    if not (casualty or mirror) and _disagree(a.targets, b.targets):
        return False
    if a.to is not None and b.to is not None and _disagree((a.to,), (b.to,)):
        return False
    air_and_ground = airground.apart(a, b) and not (is_anaphoric(b) or is_claim(b))  # "an offensive, jets striking"
    if _one_sided_beside_clash(a, b) or _one_sided_beside_clash(b, a) or air_and_ground:
        return False
    if same_sentence and supporting(a) != supporting(b):
        return False  # "troops, backed by coalition helicopters, stormed ...": the strike that backs the assault
    # "X and Y exchanged fire. 1 soldier of X was killed.": victims of one side of a fight.
    sides = (len(a.agents) > 1 and not b.agents) or (len(b.agents) > 1 and not a.agents)
    if not (mirror or sides or is_clash(a) or is_clash(b)) and (_reversed(a, b) or _reversed(b, a)):
        return False  # "Police killed the gunman": the attacker as a target is a response, not the attack
    # "Civilians were killed in Kukawa when gunmen attacked ... in Borno state": a casualty clause of the
    # same sentence may name the place at another granularity.
    # "launched a strike against Yemen late Sunday, attacking two boats off Eritrea": a country that one mention hit
    # says whom it hit, not where; the other mention of its sentence says where.
    aimed = same_sentence and (_placed_on_target(a) or _placed_on_target(b))
    place = (same_sentence and casualty) or aimed or same_place(a.location, b.location) or written_inside(a, b)
    return not setting or (place and _same_time(a.time, b.time, published))


def _placed_on_target(event: Event) -> bool:
    """True when the event's place is a country it targets: "a strike against Iran" placed in Iran (not "raided the
    island of Nrumbwe", which is where it happened)."""
    place = event.location
    return place is not None and is_country(place) and any(m.entity.key == place.entity.key for m in event.targets)


def side_s_account(clash: Event, mention: Event) -> bool:
    """True when ``mention`` is one side's account of its own part in ``clash``, a fight between sides told before:
    "Heavy fighting between Azerbaijani forces and Armenian forces entered a sixth day ... Azerbaijan's defence
    ministry said its troops had destroyed Armenian positions; Armenia said it had ... hit Azerbaijani positions".
    Its doers are a side of the fight, whatever it names is the other side or unnamed, and a side says it: each
    side's claim is the fight told again, wherever the claim puts it.  A deed told as fact beside a fight ("seized
    the town after heavy fighting") stays an event of its own (:func:`_one_sided_beside_clash`)."""
    if not is_clash(clash) or is_clash(mention) or family_of(mention.type) is not EventType.ATTACK:
        return False
    if family_of(clash.type) is not EventType.ATTACK or clash.sentence.start == mention.sentence.start:
        return False
    if reality(clash.modality) != reality(mention.modality) or clash.negated != mention.negated:
        return False
    sides = {m.entity.key for m in clash.agents}
    if not mention.agents or any(m.entity.key not in sides for m in mention.agents):
        return False
    if any(m.entity.key not in sides for m in mention.targets if m.entity.kind in NAMED_KINDS):
        return False
    return _SIDE_SAYS.search(mention.sentence.text[: mention.trigger.start - mention.sentence.start]) is not None


# A side's statement of its own deed: "said its troops had", "said it had repelled attacks ... and", "claimed that
# their units".
_SIDE_SAYS = re.compile(
    r"\b(?:said|says|claimed|claims|announced|reported|stated)\s+(?:that\s+)?(?:it|they|its|their)\b[^;]*$",
    re.IGNORECASE,
)


def _target_s_own_deed(a: Event, b: Event) -> bool:
    """True when ``b`` is told in a relative clause on what ``a`` was done to, its doer: "Tornados used a guided bomb
    to destroy a terrorist position that was firing on Kurdish troops": the firing is the position's own deed, not
    the strike."""
    targets = {(m.span.start, m.span.end) for m in a.targets}
    for doer in b.agents:
        if (doer.span.start, doer.span.end) in targets and doer.span.end <= b.trigger.start:
            between = b.sentence.text[doer.span.end - b.sentence.start : b.trigger.start - b.sentence.start]
            if _RELATIVE_CLAUSE.match(between):
                return True
    return False


# The words from a noun to a verb of the relative clause on it: "that was firing on", ", which had been shelling".
_RELATIVE_CLAUSE = re.compile(rf"\s*,?\s*(?:{'|'.join(sorted(RELATIVE_PRONOUNS))})\b[^,;:()]*$", re.IGNORECASE)


def _named(mentions: tuple[Mention, ...]) -> set[str]:
    return {m.entity.key for m in mentions if m.entity.kind in NAMED_KINDS or is_named(m)}


def _disagree(a: tuple[Mention, ...], b: tuple[Mention, ...]) -> bool:
    named_a, named_b = _named(a), _named(b)
    return bool(named_a and named_b and not (named_a & named_b))


def reality(modality: Modality) -> Modality:
    # An inspired event happened: "IS-inspired attackers" and "killed a police officer" are one incident.
    return Modality.ASSERTED if modality is Modality.INSPIRED else modality


def is_clash(event: Event) -> bool:
    """True when two or more sides are each agent and target: "fighting between X and Y"."""
    return len({m.entity.key for m in event.agents} & {m.entity.key for m in event.targets}) >= 2


def _one_sided_beside_clash(clash: Event, other: Event) -> bool:
    # "seized the town after heavy fighting with Congolese soldiers": the battle and the capture are two
    # events, as the gold data counts them; casualties of the battle stay in it.
    return (
        is_clash(clash)
        and bool(other.agents)
        and not is_clash(other)
        and trigger_word(other) not in CASUALTY_TRIGGERS
        and not _fought_back(clash, other)
    )


def defended(attack: Event, clash: Event) -> Event:
    """``clash`` as a mention of ``attack`` when it is the attackers fighting those who defended what they attacked
    (:func:`_fought_back`): the attackers its only doers, the defenders its only targets."""
    if not is_clash(clash) or is_clash(attack) or not _fought_back(clash, attack):
        return clash
    keys = {m.entity.key for m in attack.agents}
    agents = tuple(m for m in clash.agents if m.entity.key in keys)
    return replace(clash, agents=agents, targets=tuple(m for m in clash.targets if m.entity.key not in keys))


def _fought_back(clash: Event, attack: Event) -> bool:
    """True when ``clash`` is the attack's own doers, named again by a definite noun for doers, fighting those who
    defended what they attacked: "Gunmen stormed a prison ... The attackers exchanged fire with guards for two
    hours", "The assailants blew open the gate and exchanged fire with the guards": the firefight is the attack.
    The doers must be the clash's first side, its subject: "security forces battled the gunmen for hours" is the
    response to the attack, an incident of its own."""
    if not clash.agents or clash.agents[0].entity.key not in {m.entity.key for m in attack.agents}:
        return False
    return names_doers_again(replace(clash, agents=clash.agents[:1]))


def _reversed(a: Event, b: Event) -> bool:
    # An actor that is both agent and target of one event is a side of a fight, not a reversed role.
    agents_a = {m.entity.key for m in a.agents} - {m.entity.key for m in a.targets}
    targets_b = {m.entity.key for m in b.targets} - {m.entity.key for m in b.agents}
    return bool(agents_a & targets_b)


def _same_time(a: str | None, b: str | None, published: str | None = None) -> bool:
    if a is None or b is None or a.startswith(b) or b.startswith(a):
        return True
    return published is not None and published[:10] in (a, b)
