"""From a role's head token to a normalised actor :class:`~kg.models.Mention`.

Granularity (see docs/EXTRACTION.md): a state's apparatus ("the Iraqi army", "US warplanes",
"Russian airstrikes") is the state; members of a named group acting for it ("ISIS fighters
attacked") are the group, except as defectors, where "Hundreds of ISIS fighters" stay a collective
because they are precisely not acting for ISIS any more.  Generic nominals ("the jihadist group")
and pronouns go to :mod:`kg.extract.coref`.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from spacy.tokens import Doc, Span, Token

from kg.extract import coref, lexicon, phrases, roles, titlenames
from kg.extract.gazetteer import Gazetteer, normalise
from kg.extract.gazetteer import load as load_gazetteer
from kg.extract.leaddatelines import unread
from kg.extract.placedebris import trimmed
from kg.extract.placefields import after_header_date
from kg.extract.syntax import relative_antecedent
from kg.models import Entity, EntityKind, Mention
from kg.models import Span as TextSpan

_NAME_LABELS = frozenset({"ORG", "PERSON", "GPE", "NORP", "LOC", "FAC"})


class Actors:
    """Builds mentions for one document; holds the coreference state the mentions need."""

    def __init__(self, doc: Doc, *, gazetteer: Gazetteer | None = None, doc_key: str = "") -> None:
        self.doc = doc
        self.doc_key = doc_key
        self.gaz = gazetteer or load_gazetteer()
        # ``doc.ents`` (and so ``span.ents``) builds a new Span per entity on every call; reading
        # them once per document made extraction about a third faster (docs/BUILD.md).
        self._ents = tuple(doc.ents)
        self._ent_starts = [e.start for e in self._ents]
        self._phrases: dict[int, Span] = {}
        self._mentions: dict[tuple[int, bool], Mention | None] = {}
        self._places: dict[int, Mention] = {}
        self.salience = coref.Salience(doc, self)

    # -- spans ------------------------------------------------------------------------------------
    def ents(self, span: Span) -> list[Span]:
        """The entities entirely inside ``span``: ``span.ents``, from the per-document cache."""
        i = bisect_left(self._ent_starts, span.start)
        out = []
        for ent in self._ents[i:]:
            if ent.end > span.end:
                break
            out.append(ent)
        return out

    def entity_at(self, token: Token, *, within: Span | None = None) -> Span | None:
        """The entity ``token`` is part of (and that lies inside ``within``, when given), or None."""
        i = bisect_right(self._ent_starts, token.i) - 1
        if i < 0 or token.i >= self._ents[i].end:
            return None
        ent = self._ents[i]
        if within is not None and not (within.start <= ent.start and ent.end <= within.end):
            return None
        return ent

    def phrase(self, head: Token) -> Span:
        """The noun phrase reported for ``head``: its left modifiers and, for quantities and
        members ("Hundreds of ISIS fighters", "members of ABM"), the ``of`` phrase."""
        span = self._phrases.get(head.i)
        if span is None:
            span = phrases.noun_phrase(head, self.entity_at)
            dateline = unread(span[0])
            if dateline is not None and dateline[1] < head.i:
                span = self.doc[dateline[1] + 1 : span.end]  # "TAMPA, Fla. - U.S. Central Command forces": the forces
            after = after_header_date(span)
            if after is not None and after <= head.i:
                span = self.doc[after : span.end]  # "03/09/2024 | Jolo": Jolo
            self._phrases[head.i] = span
        return span

    # -- entities ---------------------------------------------------------------------------------
    def entity(self, span: Span, head: Token, *, members_as_group: bool = True) -> Entity | None:
        """The normalised entity ``span`` (headed by ``head``) refers to, or None for a pronoun
        nothing resolves."""
        lemma = head.lemma_.lower()
        if head.ent_type_ in ("DATE", "TIME", "PERCENT", "MONEY"):
            return None  # "shot ... on 18 June 2023": a date is never a participant
        whose = next((c for c in head.children if c.dep_ == "poss" and c.lower_ == "whose"), None)
        if whose is not None and members_as_group:
            # "Abu Sayyaf, whose leaders have sworn allegiance to ISIS": the leaders act for the antecedent.
            clause = next((a for a in head.ancestors if a.dep_ == "relcl"), None)
            if clause is not None and clause.head.i < whose.i:
                antecedent = self.mention(clause.head)
                if antecedent is not None:
                    return antecedent.entity
        of = next((c for p in head.children if p.dep_ == "prep" and p.lower_ == "of" for c in p.children), None)
        if head.pos_ == "PRON" and head.lower_ in lexicon.QUANTITY_HEADS and of is not None and of.pos_ != "PRON":
            return self.entity(span, of, members_as_group=members_as_group)  # "Some of the commanders declared ..."
        if head.pos_ == "PRON" or head.lower_ in lexicon.RELATIVE_PRONOUNS:
            resolved = self.salience.resolve_pronoun(head)
            if resolved is None and head.lower_ in lexicon.SUBJECT_PRONOUNS:
                # An unresolved "they"/"he" still fills the role, as an actor local to this document.
                return self._collective(
                    span, kind=EntityKind.PERSON if head.lower_ in ("he", "she") else EntityKind.COLLECTIVE
                )
            return resolved
        if (titled := titlenames.named_by(head) if members_as_group else titlenames.name_span(head)) is not None:
            return self._titled(titled)  # "The Army of the Mujahideen", a name the NER cut (kg/extract/titlenames.py)
        name = self._named_as(head)
        if name is not None:
            # "A little-known group, Awliyaa al-Dam, claimed", "Al-Qaida's affiliate in the Sahel, known as JNIM,
            # said": the group described is the one named, not the parent or country in the description.
            return self.entity(self.phrase(name), name, members_as_group=members_as_group)
        # "anti-Houthi forces" fight the Houthis and "pro-Russian separatists" are not Russia: a name
        # after anti-/pro- is the side the phrase is for or against, never the actor it names.
        ents = [e for e in self.ents(span) if not any(_sided(t) for t in e)]
        for ent in ents:
            suffix = _glued_suffix(ent)
            if suffix is not None and ent.ent_id_ in self.gaz.entities and ent.start <= head.i <= suffix.i:
                # "ISIS-K" (the Khorasan branch) is its own group, not the Islamic State it starts with.
                text = self.doc[ent.start : suffix.i + 1].text
                return Entity("name:" + normalise(text), text, self.gaz.entities[ent.ent_id_].kind)
        gaz_ents = [e for e in ents if e.ent_id_]
        named = [e for e in ents if e.label_ in _NAME_LABELS]
        # "al-Qaeda-linked militants" are al-Qaeda's; "the al-Qaeda-linked Turkistan Islamic Party" is the party.
        hyphen = None if any(e.start <= head.i < e.end and not e.ent_id_ for e in named) else self._hyphen_prefix(span)
        if former := self._former_member(span, head, members_as_group):
            return former
        own = next((e for e in named if e.start <= head.i < e.end and not e.ent_id_ and e.label_ == "ORG"), None)
        if own is not None and gaz_ents and all(_linked_by_hyphen(g) for g in gaz_ents if g.end <= own.start):
            # "the al-Qaeda-linked Turkistan Islamic Party": the named group, not the one it is linked to.
            if all(g.end <= own.start for g in gaz_ents):
                return self._named(own)
        if gaz_ents or hyphen:
            best = self._closest(gaz_ents, head) if gaz_ents else None
            entity = self.gaz.entities[best.ent_id_] if best is not None else hyphen
            assert entity is not None
            if entity.kind is EntityKind.STATE and head.ent_type_ in ("GPE",) and head.ent_id_ == entity.key:
                return entity
            if not members_as_group and lemma in lexicon.MEMBER_NOUNS | lexicon.QUANTITY_HEADS | {"soldier"}:
                return self._collective(span)
            if (
                entity.kind is EntityKind.STATE
                and best is not None
                and best.label_ == "NORP"
                and best.root != head
                and (lemma not in lexicon.STATE_APPARATUS or any(t.lower_ in lexicon.NON_STATE_WORDS for t in span))
            ):
                # "an Algerian terrorist group" is not Algeria; "the Iraqi army" is.
                return self._collective(span)
            if best is not None and best.root == head and best.label_ == "PERSON":
                return entity
            # A person named next to a group ("Al-Qaeda leader Ayman al-Zawahiri") is that person.
            people = [e for e in named if e.label_ == "PERSON" and e.root.i >= best.end] if best is not None else []
            if people:
                return self._named(people[-1])
            return entity
        owner = self._owner(head) if members_as_group and not named else None
        if owner is None and members_as_group and not named and (head.pos_ == "NUM" or lemma in lexicon.QUANTITY_HEADS):
            # "one of its fighters", "dozens of their soldiers": the owner the pronoun names
            owner = next((o for o in (self._owner(t) for t in roles.pobjs(head, "of")) if o is not None), None)
        if owner is None and members_as_group and not named and lemma in lexicon.ACTING_MEMBERS:
            owner = self._group_of(head)  # "Militants of the group attacked": the group "the group" stands for
        if owner is not None:
            return owner  # "The Nigerian Army said its troops killed ...": the army's troops are Nigeria
        if (
            lemma in lexicon.GROUP_NOUNS
            and _is_definite(span)
            and not any(e.label_ != "NORP" for e in named)
            and _acronym(head) is None  # "the GNA government militia": a group of its own, by its initials
        ):
            # "the jihadist group": spaCy tags "jihadist" NORP, but the phrase is a generic reference.
            resolved = self.salience.salient_group(before=head.i)
            if resolved is not None and not self._doer_names(head, resolved):
                return resolved
        if named:
            best = self._closest(named, head)
            if best.label_ == "NORP":
                # "Kurdish forces", "Houthi rebels": a collective named after the people.
                return self._collective(span) if best.root != head else self._named(best)
            cap = self.gaz.capital(best.text) if best.label_ == "GPE" else None
            if cap is not None and best.root == head:
                return cap
            if not members_as_group and best.root != head and lemma in lexicon.MEMBER_NOUNS:
                return self._collective(span)
            return self._named(best)
        acronym = _acronym(head) if members_as_group else None
        if acronym is not None:
            # "suspected ISGS militants", "ADF rebels": the NER missed the group's acronym; the members
            # act for the group it names, one actor across documents.
            return Entity("name:" + normalise(acronym.text), acronym.text, EntityKind.ARMED_GROUP)
        if (lemma in lexicon.GROUP_NOUNS or lemma in lexicon.DOER_NOUNS and members_as_group) and _is_definite(span):
            # "Police blamed Boko Haram. The attackers detonated ...": a definite doer noun after a named
            # group is that group's, like "the group" and "the militants".
            resolved = self.salience.salient_group(before=head.i, doer=coref.doer_position(head))
            if resolved is not None and not self._doer_names(head, resolved):
                return resolved
        return self._collective(span)

    def _antecedent_words(self, named: Token | None, entity: Entity) -> Span | None:
        """The words of ``named``, the noun a relative pronoun stands for, when they name ``entity`` too."""
        if named is None or named.pos_ not in ("NOUN", "PROPN"):
            return None
        own = self.entity(self.phrase(named), named)
        return self.named_phrase(named) if own is not None and own.key == entity.key else None

    def mention(self, head: Token, *, members_as_group: bool = True) -> Mention | None:
        """The mention of the actor headed by ``head``, or None when it cannot be resolved."""
        # A pure function of the document and the head (coreference reads only the Doc), and the
        # same heads come back from several rules and from the document's entity list: memoised.
        key = (head.i, members_as_group)
        if key not in self._mentions:
            span = self.phrase(head)
            entity = self.entity(span, head, members_as_group=members_as_group)
            span = self.named_phrase(head)
            if entity is not None and head.pos_ == "PRON" and head.lower_ not in lexicon.RELATIVE_PRONOUNS:
                # "JNIM ... In 2022 it attacked a camp": the role is filled by the name the pronoun stands for.
                span = self.salience.antecedent(head, entity) or span
            elif entity is not None and (named := relative_antecedent(head.head, head, lambda _: False)) is not head:
                span = self._antecedent_words(named, entity) or span  # "the militia, which police blamed for ..."
            self._mentions[key] = (
                None if entity is None else Mention(TextSpan(span.start_char, span.end_char, span.text), entity)
            )
        return self._mentions[key]

    def kind(self, head: Token) -> EntityKind | None:
        """The kind of the actor ``head`` names (a state, a place, a group ...), or None when it names none."""
        mention = self.mention(head)
        return mention.entity.kind if mention is not None else None

    def target(self, head: Token) -> Mention | None:
        """The mention of what an attack was against: an actor, or the place, facility or object attacked.

        "a crowded market", "the funeral hall" and "a town the gazetteer does not know as a state" are places,
        "a convoy" or "two vehicles" objects: what the attack was against, never actors of the network.
        An attacked "it" is the thing or place told before it, when there is one ("A convoy left Gao. It struck a
        mine"; :meth:`Salience.thing_antecedent`).
        """
        thing = self.salience.thing_antecedent(head) if head.pos_ == "PRON" else None
        if thing is not None:
            return self.target(thing)
        mention = self.mention(head)
        if mention is None:
            return None
        entity, lemma = mention.entity, head.lemma_.lower()
        kind = None
        if entity.kind is EntityKind.COLLECTIVE and entity.key.startswith("local:"):
            if lemma in lexicon.FACILITY_NOUNS:
                kind = EntityKind.PLACE
            elif lemma in lexicon.OBJECT_NOUNS:
                kind = EntityKind.OBJECT
        elif entity.kind is EntityKind.STATE and entity.key.startswith("name:") and head.ent_type_ in ("GPE", "LOC"):
            kind = EntityKind.PLACE  # "captured Mosul": a town, keyed as its place mentions are
        if kind is None:
            return mention
        return Mention(mention.span, Entity(entity.key, entity.label, kind, entity.wikidata))

    def place(self, head: Token) -> Mention:
        """The mention of a place headed by ``head`` (countries link to the gazetteer)."""
        if head.i not in self._places:
            self._places[head.i] = self._place(head)
        return self._places[head.i]

    def place_words(self, words: Span) -> Mention:
        """The mention of a place written as exactly ``words``: a note's "Ataq" of "(Ataq, Shabwa)", whose parse hangs
        it on the phrase before."""
        text = _clean(words.text)
        return Mention(
            TextSpan(words.start_char, words.end_char, words.text),
            Entity("name:" + normalise(text), text, EntityKind.PLACE),
        )

    def _place(self, head: Token) -> Mention:
        span = self.phrase(head)
        if len(span) > 1 and roles.fronted_place(span[0]) and span[0].lower_ in roles.FRONTED_PREPOSITIONS:
            span = span[1:]  # "Near Baiji," -> Baiji
        span = _past_event_name(span, head)  # "The Battle of Qasr Bishr" -> Qasr Bishr
        span = trimmed(span, head)  # "near the settlements of Tetkino and Glushkovo", "Tetkino and" one entity: Tetkino
        ents = [e for e in self.ents(span) if e.label_ in phrases.PLACE_LABELS]
        # The place is the name the phrase is about: not a possessor followed by a name of its own
        # ("Niger's Tillaberi region", but "Beirut's southern suburbs" are Beirut's) nor a country
        # inside another name ("Santiago de Cuba").
        owner = next((e for e in ents if _possessor(e) and any(t.pos_ == "PROPN" for t in span if t.i > e.end)), None)
        ent = next((e for e in ents if e.start <= head.i < e.end), None) or next(
            (e for e in ents if e is not owner and not (e.ent_id_ and head.pos_ == "PROPN")), None
        )
        if ent is None and owner is not None:
            span = span.doc[owner.end + 1 : span.end]
        if ent is not None and ent.ent_id_ in self.gaz.entities:
            state = self.gaz.entities[ent.ent_id_]
            entity = Entity(state.key, state.label, EntityKind.PLACE, state.wikidata)
        else:
            text = (
                _strip_det(span)
                if ent is None
                else ent.text
                if ent.end <= span.end
                else ent[: span.end - ent.start].text
            )
            entity = Entity("name:" + normalise(text), _clean(text), EntityKind.PLACE)
        return Mention(TextSpan(span.start_char, span.end_char, span.text), entity)

    # -- helpers ----------------------------------------------------------------------------------
    def _former_member(self, span: Span, head: Token, members_as_group: bool) -> Entity | None:
        """ "The former Taliban commander" no longer acts for the Taliban: the person (or people), not the
        group, whatever the phrase names."""
        if not members_as_group or head.lemma_.lower() not in lexicon.MEMBER_NOUNS | lexicon.ACTING_MEMBERS:
            return None
        if not any(t.lower_ in ("former", "ex", "ex-") or t.lower_.startswith("ex-") for t in span if t.i < head.i):
            return None
        if head.ent_type_ == "PERSON":
            return None  # a name is handled as a name
        return self._collective(span, kind=EntityKind.PERSON if head.tag_ == "NN" else EntityKind.COLLECTIVE)

    def named_phrase(self, head: Token) -> Span:
        """:meth:`phrase`, running on to the name a descriptive head is given ("the Somali extremist group
        al-Shabab", "Al-Qaida's affiliate in the Sahel, known as JNIM"), so the text says whom it names."""
        span = self.phrase(head)
        name = self._named_as(head)
        if name is not None and self.phrase(name).end > span.end:
            return self.doc[span.start : self.phrase(name).end]
        return span

    def _named_as(self, head: Token) -> Token | None:
        """The head of the name a descriptive group noun is given in apposition or by "known as" / "called"
        ("a little-known group, Awliyaa al-Dam", "the Somali extremist group al-Shabab", "the Islamic State's
        regional affiliate, known as Islamic State Khorasan Province"), or None."""
        if not head.is_lower or head.ent_type_ or head.lemma_.lower() not in lexicon.TITLE_HEADS:
            return None
        for child in head.rights:
            if child.dep_ == "appos" and (child.ent_id_ or child.ent_type_ in ("ORG", "PERSON")):
                ent = self.entity_at(child)
                if ent is not None and all(t.is_punct for t in self.doc[head.i + 1 : ent.start]):
                    return child
        for token in self.doc[head.i + 1 : head.right_edge.i + 1]:
            if token.dep_ == "acl" and token.i - head.i <= 6 and (alias := phrases.alias(token)) is not None:
                return alias
        return None

    def _doer_names(self, head: Token, entity: Entity) -> bool:
        """True when ``head`` is the side joined or gone over to by a doer whose own phrase names
        ``entity``: in "Hezbollah fighters deserted and joined the rebels", "the rebels" are not Hezbollah."""
        if head.dep_ == "pobj" and head.head.lower_ in ("to", "with"):
            verb = head.head.head  # "defected to the rebels", "sided with the rebels"
        elif head.dep_ == "dobj" and head.head.lemma_.lower() == "join":
            verb = head.head  # "joined the rebels"; the group left ("abandoned the group") may be their own
        elif head.dep_ in ("dobj", "nsubjpass") and head.head.pos_ in roles.VERB_POS:
            return self._clause_mate_names(head, entity)
        else:
            return False
        if verb.pos_ not in roles.VERB_POS:
            return False
        doer = roles.subject(verb)
        if doer is None or doer.i == head.i:
            return False
        for tok in doer.subtree:
            ent = self.entity_at(tok)
            if ent is None:
                continue
            if self._span_key(ent) == entity.key:
                return True
        return False

    def _clause_mate_names(self, head: Token, entity: Entity) -> bool:
        """True when the other party of ``head``'s clause is ``entity`` itself, named: in "ISIS recognised the group as
        its province" and "the group was accepted by ISIS", the group is not ISIS (a group's own members may act on
        it: "Hezbollah fighters abandoned the group")."""
        verb = head.head
        other = roles.first(roles.pobjs(verb, "by")) if head.dep_ == "nsubjpass" else roles.subject(verb)
        ent = self.entity_at(other) if other is not None else None
        if ent is None or ent.root != other:
            return False
        return self._span_key(ent) == entity.key

    def _span_key(self, ent: Span) -> str:
        """The key of the actor an entity span names: the gazetteer's, else its own name's."""
        return self.gaz.entities[ent.ent_id_].key if ent.ent_id_ in self.gaz.entities else self._named(ent).key

    def _owner(self, head: Token) -> Entity | None:
        """For "its/their troops, fighters, forces, ...", the state or group the pronoun refers to."""
        if head.lemma_.lower() not in lexicon.OWNED_ARMS | lexicon.OWNED_RANKS:
            return None  # "its leaders" are people, not the group; "its members" act for it
        poss = next((c for c in head.children if c.dep_ == "poss" and c.lower_ in ("its", "their")), None)
        if poss is None:
            return None
        owner = self.salience.resolve_pronoun(poss)
        if owner is None or owner.kind not in (EntityKind.STATE, EntityKind.ARMED_GROUP, EntityKind.ORGANISATION):
            return None
        return owner

    def _group_of(self, head: Token) -> Entity | None:
        """For members "of" a definite group noun ("Militants of the group", "fighters of the organisation"), the
        group that noun resolves to; None otherwise."""
        for group in roles.pobjs(head, "of"):
            if group.lemma_.lower() in lexicon.GROUP_NOUNS and _is_definite(self.phrase(group)):
                mention = self.mention(group)
                if mention is not None and mention.entity.kind in (EntityKind.ARMED_GROUP, EntityKind.ORGANISATION):
                    return mention.entity
        return None

    def _hyphen_prefix(self, span: Span) -> Entity | None:
        # "U.S.-led", "ISIS-inspired", "Russian-backed" are single tokens the ruler cannot see inside.
        for token in span:
            if "-" in token.text and not token.ent_id_ and not _sided(token):
                _, _, how = token.text.partition("-")
                if how.lower() in lexicon.SPONSOR_WORDS or not how.islower():
                    continue  # "US-backed forces" are not the United States ("US-led" forces are); "ISIS-K" is a name
                entity = self.gaz.lookup(token.text.split("-")[0])
                if entity is not None:
                    return entity
        return None

    @staticmethod
    def _closest(ents: list[Span], head: Token) -> Span:
        # On a tie, the name a title head is given ("the al-Qaeda affiliate JNIM") over the one modifying it.
        titled = head.lemma_.lower() in lexicon.TITLE_HEADS
        return min(
            ents, key=lambda e: (0 if e.root == head else 1, abs(e.root.i - head.i), not (titled and e.start > head.i))
        )

    def _named(self, ent: Span) -> Entity:
        text = _clean(_strip_det(ent))
        full = _full_name(ent, text)
        if full is not None:
            return self._named(full)  # "the Tarvonian People's Front ... Maaro said he had left the Front"
        if ent.label_ == "PERSON":  # "The Ansar al-Haqq Brigade", "Kata'ib Hamza" tagged as a person: a group
            kind = EntityKind.ARMED_GROUP if any(w.lower_ in _ARMED_NOT_NAMES for w in ent) else EntityKind.PERSON
        elif ent.label_ in ("GPE",):
            kind = EntityKind.STATE
        elif ent.label_ in ("LOC", "FAC"):
            kind = EntityKind.PLACE
        elif any(w.lower_ in lexicon.ARMED_NAME_WORDS for w in ent):
            kind = EntityKind.ARMED_GROUP
        elif ent.label_ == "NORP":
            kind = EntityKind.COLLECTIVE
        else:
            kind = EntityKind.ORGANISATION
        if kind is EntityKind.PLACE:
            kind = EntityKind.ORGANISATION
        if kind in (EntityKind.PERSON, EntityKind.ORGANISATION) and _names_a_group(ent):
            kind = EntityKind.ARMED_GROUP  # "The Hurras al-Din organisation", the name tagged PERSON
        return Entity("name:" + normalise(text), text, kind)

    @staticmethod
    def _titled(name: Span) -> Entity:
        """The body a title-case name names (:mod:`kg.extract.titlenames`): an armed group when a word of the name
        says so ("Army", "Front", "Brigade") or the page defines it as one ("The Sons of Tamrit is an armed group")."""
        text = _clean(_strip_det(name))
        armed = any(w.lower_ in lexicon.ARMED_NAME_WORDS for w in name) or _names_a_group(name)
        return Entity("name:" + normalise(text), text, EntityKind.ARMED_GROUP if armed else EntityKind.ORGANISATION)

    def _collective(self, span: Span, *, kind: EntityKind = EntityKind.COLLECTIVE) -> Entity:
        # Unnamed groups ("the militants", "two of its nationals") are not identities: two documents'
        # "the militants" are different people, so their key is local to the document.
        text = _clean(_strip_det(span))
        return Entity(f"local:{self.doc_key}:{normalise(text)}", text, kind)


def _names_a_group(ent: Span) -> bool:
    """True for a name that modifies a group noun right after it ("the Maute group", "The Hurras al-Din
    organisation"), or that a page defines as one ("Jamaat Ansar al-Sunna is a militant group in Mozambique",
    "X, an armed group based in ..."): the name is the group's, whatever the NER's label."""
    head = ent.root.head
    if head.i == ent.end and head.pos_ == "NOUN":  # the name hangs on the noun after it ("The" may be its root)
        return _group_noun(head)
    if ent.root.dep_ == "nsubjpass" and head.lemma_.lower() in _FOUNDING:
        # "Jund al-Khilafa was founded by former members of AQIM": people are not founded, groups are
        founders = [o for p in head.children if p.dep_ == "agent" for o in p.children if o.dep_ == "pobj"]
        return any(o.lemma_.lower() in lexicon.MEMBER_NOUNS | lexicon.GROUP_NOUNS for o in founders)
    described = list(ent.root.children) if ent.root.dep_ == "nsubj" and head.lemma_ == "be" else []
    defined = [c for c in head.children if c.dep_ == "attr"] if described else []
    return any(_group_noun(c) for c in defined + [c for c in ent.root.children if c.dep_ == "appos"])


_FOUNDING = frozenset({"found", "form", "establish", "create"})
# Words of an armed group's name that are no part of a person's name ("Ansar", "Jihad" are first names too).
_ARMED_NOT_NAMES = lexicon.ARMED_NAME_WORDS - {"ansar", "jihad", "guard", "guards", "tigers", "group"}


def _group_noun(token: Token) -> bool:
    lemma = token.lemma_.lower()
    return lemma in lexicon.GROUP_NOUNS and lemma not in lexicon.ACTING_MEMBERS


def _acronym(head: Token) -> Token | None:
    """An all-capital proper noun (2-6 letters) modifying a member or fighter noun: the acronym of the
    armed group they belong to ("ISGS militants", "ADF rebels", "the GNA government militia"), when the NER left it
    untagged."""
    if head.lemma_.lower() not in lexicon.ACTING_MEMBERS | lexicon.GROUP_NOUNS:
        return None
    lefts = list(head.lefts)
    lefts += [g for c in lefts if c.dep_ == "compound" and not c.is_upper for g in c.lefts]  # "GNA government"
    for c in lefts:
        if c.dep_ in ("compound", "amod", "nmod") and c.is_upper and c.is_alpha and 2 <= len(c) <= 6:
            if not c.ent_type_ and c.pos_ == "PROPN":
                return c
    return None


def _linked_by_hyphen(ent: Span) -> bool:
    """True for a name glued by a hyphen to a lower-case participle: "al-Qaeda-linked", "ISIS-affiliated"."""
    doc, end = ent.doc, ent.end
    return (
        end + 1 < len(doc)
        and doc[end].text == "-"
        and not doc[end - 1].whitespace_
        and doc[end + 1].text.islower()
        and doc[end + 1].tag_ in ("VBN", "VBD", "JJ")
    )


def _glued_suffix(ent: Span) -> Token | None:
    """The upper-case letters glued to a name by a hyphen ("ISIS-K", "IS-KP"): the end of a longer name."""
    doc, end = ent.doc, ent.end
    if end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ and not doc[end].whitespace_:
        nxt = doc[end + 1]
        if nxt.is_upper and nxt.is_alpha and len(nxt) <= 3:
            return nxt
    return None


_SIDES = ("anti", "pro")


def _sided(token: Token) -> bool:
    """True for a name (or the prefix word) inside "anti-X", "pro-X" or "X-backed", however the
    tokenizer split it."""
    if token.lower_ in _SIDES or token.lower_.startswith(("anti-", "pro-")):
        return True
    doc, i = token.doc, token.i
    if i >= 2 and doc[i - 1].text == "-" and doc[i - 2].lower_ in _SIDES:
        return True
    return i + 2 < len(doc) and doc[i + 1].text == "-" and doc[i + 2].lower_ in lexicon.SPONSOR_WORDS


def _is_definite(span: Span) -> bool:
    first = span[0].lower_
    before = span.doc[span.start - 1].lower_ if span.start > 0 and span[0].dep_ == "compound" else ""
    # "the group swore allegiance", "swore" tagged a noun: the determiner hangs on the noun after the group's
    return first in _DEFINITE or before in _DEFINITE or span[0].dep_ == "poss"


_DEFINITE = frozenset({"the", "this", "that", "these", "those"})


# Heads of an event's name whose "of"/"in" phrase is the place: "The Battle of Qasr Bishr", "the War in Abkhazia".
_EVENT_NAME_HEADS = frozenset({
    "battle", "war", "siege", "fall", "liberation", "massacre", "uprising", "revolt", "offensive", "campaign",
})  # fmt: skip


def _past_event_name(span: Span, head: Token) -> Span:
    """The place inside an event's name that the NER took whole ("The Battle of Qasr Bishr", a WORK_OF_ART): the words
    after the "of" or "in" the place ``head`` hangs on, when that preposition's noun, inside ``span``, names an
    event."""
    prep = head.head
    if head.dep_ != "pobj" or prep.lower_ not in ("of", "in") or not span.start < prep.i < head.i:
        return span
    if prep.head.lemma_.lower() not in _EVENT_NAME_HEADS or prep.head.i < span.start:
        return span
    return span.doc[prep.i + 1 : span.end]


def _possessor(ent: Span) -> bool:
    return ent.end < len(ent.doc) and ent.doc[ent.end].tag_ == "POS"


# The last words of a body's name that a story uses alone for it once the name was given ("the Front", "the
# Movement"); not a state's own forces ("the Army", "the Police": the state's, whatever rebel army was named before).
_SHORT_NAMES = frozenset({
    "front", "movement", "brigade", "brigades", "battalion", "alliance", "coalition", "council", "party", "congress",
    "union", "league", "organisation", "organization", "group", "militia", "mobilisation", "mobilization",
})  # fmt: skip


def _full_name(ent: Span, text: str) -> Span | None:
    """The name told earlier in the document that ``ent``, one capitalised last word of it, stands for ("the Front" ->
    "the Tarvonian People's Front"): the latest such named body of two words or more; None for any other name."""
    if " " in text or text.lower() not in _SHORT_NAMES or not text[:1].isupper():
        return None
    for earlier in reversed([e for e in ent.doc.ents if e.end <= ent.start and e.label_ in ("ORG", "NORP", "PERSON")]):
        words = _clean(_strip_det(earlier)).split()
        if len(words) >= 2 and words[-1] == text:
            return earlier
    return None


def _strip_det(span: Span) -> str:
    words = list(span)
    while words and (words[0].dep_ in ("det", "predet") or words[0].is_punct):
        words = words[1:]
    return "".join(w.text_with_ws for w in words).strip() or span.text


def _clean(text: str) -> str:
    text = text.replace("\u2019", "'").strip(" '\"")
    if text.endswith("'s"):
        text = text[:-2]
    return " ".join(text.split())
