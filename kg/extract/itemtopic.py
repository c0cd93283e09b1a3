"""What a news item is about, read over the whole item: markets and firms, games or computers, where war words are
figures.

News-topic feeds mix world news with business, technology and sport items that borrow the words of war: "Varnell
Renews Hostile Assault on Quadrix", "Brightwave Launches Attack on Spam", "Oil Prices Storm Past $55", "Flyers
Storm Back to Beat Rangers", "Yankees Bomb Orioles 14-3". The sentence-level checks (a firm or a market as the doer,
a result in the sentence) miss the headline, whose clipped words name neither, and the story sentence that names a
firm by its bare name. The item as a whole says what it is about:

* **a business item** names a company by its legal form ("Varnell Corp.", "Pellax Plc"), quotes a ticker ("(NYSE:
  QDX)", "(QDX.O)"), or uses three words of the trade (shares, bid, takeover, revenue, price, market, a sum of money,
  a percentage, software, spam ...);
* **a sport item** has a sentence the sport check reads as sport with a result ("beat the Rangers 4-3") or a word
  only sport uses ("striker", "league") in it;
* **a computer item** speaks of hackers, malware, a cyber or DDoS attack.

Such an item tells a violent incident only with the words of one: armed people ("gunmen", "soldiers", "police"),
weapons ("a bomb", "rockets"), harm ("killed", "wounded"), written as common words, or an armed group the gazetteer
knows by name (the Ridgeway Bombers and the
Oakland Raiders are teams). An item about trade or sport with none of them has no attack, unless what was attacked
is a place, a vehicle or people ("after an attack on a pipeline in the Niger Delta", told in a story about a
company's output), and no defection or pledge ("Star designer defects to rival fashion house", "Striker pledges
loyalty to Rovers") unless it speaks of politics (a politician's switch of party counts). A move between clubs
told with no score or sport word of its own ("left the Houston Astros and joined the New York Mets on a seven-year
deal, the team said") is a transfer when the item speaks of a team, a club or a contract (:func:`transfer`).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from kg.extract import gazetteer, lexicon, senses
from kg.extract.nlp import is_headline
from kg.extract.reading import per_token
from kg.extract.registry import Draft
from kg.models import EntityKind, EventType

# A company's legal form after its name, as wire copy writes it ("Varnell Corp.", "Nordtel Oyj").
LEGAL_FORMS = frozenset({
    "inc", "inc.", "corp", "corp.", "co.", "plc", "ltd", "ltd.", "llc", "llp", "gmbh", "oyj", "n.v.", "s.a.",
})  # fmt: skip
# A stock ticker: an exchange and a symbol ("(NYSE: QDX)") or a symbol with its exchange's suffix ("(QDX.O)").
_TICKER = re.compile(r"\((?:NYSE|Nasdaq|NASDAQ|AMEX|LSE|TSX|OTC)\s*:\s*[A-Z.]{1,7}\)|\([A-Z]{1,5}\.[A-Z]{1,2}\)")
# A sum of money or a share of something ("$24 a share", "95 percent", "1.2 billion pounds").
_MONEY = re.compile(r"[$€£]\s?\d|\d\s?%|\b\d[\d.,]*\s+(?:percent|pct|cents?|euros?|pounds|dollars)\b")
# Words of trade and technology, by lemma; three different ones make an item about business.
TRADE_WORDS = frozenset({
    "share", "stock", "shareholder", "investor", "revenue", "profit", "earnings", "quarter", "takeover", "merger",
    "acquisition", "bid", "buyout", "analyst", "market", "price", "sale", "company", "firm", "maker", "customer",
    "consumer", "fare", "retailer", "carrier", "executive", "ceo", "product", "software", "computer", "internet",
    "online", "spam", "e-mail", "email", "chip", "chipmaker", "brand", "trader", "dividend", "forecast", "lawsuit",
    "patent", "subscriber", "user", "broadband", "wireless", "handset", "browser", "shopper", "store", "box",
    "office", "studio", "regulator", "barrel", "oil", "economy", "billion", "million", "offer", "deal", "business",
})  # fmt: skip
MIN_TRADE_WORDS = 3
# A game's result ("beat the Rangers 4-3", "routed the Falcons 42-7").
_RESULT = re.compile(r"(?<![\d-])\d{1,3}-\d{1,3}(?![\d-])")
# The words of a violent incident, written as common words: armed people, weapons and harm.
ARMED_PEOPLE = frozenset({
    "soldier", "troop", "militant", "rebel", "insurgent", "guerrilla", "guerilla", "jihadist", "terrorist",
    "gunman", "gunmen", "militia", "militiaman", "army", "military", "police", "policeman", "commando",
    "paratrooper", "sniper", "extremist", "separatist", "bomber", "civilian", "hostage", "attacker", "assailant",
    "fighter", "marine", "pirate", "kidnapper", "warplane", "helicopter", "drone", "gunship", "artillery",
})  # fmt: skip
HARM = frozenset({"kill", "wound", "injure", "dead", "casualty", "maim", "die", "injured", "wounded", "killed"})
# Words kept off the weapon list here: each names a thing of trade or sport as often ("a jet", "a think tank", "the
# opening shot").
_TRADED = frozenset({"jet", "tank", "device", "vehicle", "plane", "aircraft", "missile", "shot"})
_NAME_LABELS = frozenset({"ORG", "PERSON", "PRODUCT", "WORK_OF_ART", "EVENT", "FAC"})
# Words of politics: a defection or a pledge in an item that has one may be a politician's, which counts.
POLITICAL_WORDS = frozenset({
    "party", "parliament", "mp", "election", "government", "minister", "opposition", "lawmaker", "senator",
    "congress", "legislator", "assembly", "cabinet", "president", "regime", "coalition", "vote", "candidate",
})  # fmt: skip
# Words of clubs and their players' contracts: a move in an item that has one, and no violence or politics, is a
# transfer ("joined the New York Mets on a seven-year deal, the team said").
# Not "manager" (a restaurant's), "coach" (a bus), "season" (a fighting season), "defender" (of rights) or "fan".
CLUB_WORDS = frozenset({
    "team", "club", "franchise", "contract", "transfer", "roster", "striker", "midfielder", "goalkeeper", "pitcher",
    "quarterback",
})  # fmt: skip
# What an attack in a business or sport item may still be done to: places, vehicles and people, but not the words
# of trade among them ("an assault on the streaming market", "raided the box office").
_CONCRETE = (lexicon.FACILITY_NOUNS | lexicon.VEHICLE_NOUNS | lexicon.PEOPLE_NOUNS) - TRADE_WORDS


def off_topic(draft: Draft) -> bool:
    """True when the item ``draft`` is read from tells no such event: war words in trade or sport, or a player's
    move between clubs."""
    return figurative(draft) or transfer(draft)


def figurative(draft: Draft) -> bool:
    """True when ``draft`` is read from war words in an item about trade or sport that tells no violence: an attack
    or air strike none of whose targets is a place, a vehicle or people, or a defection or pledge in an item that
    is not about politics (module docstring)."""
    doc = draft.trigger.doc
    if not per_token(doc[0], "itemtopic.figurative_item", _figurative_item):
        return False
    if draft.type in (EventType.DEFECTION, EventType.ALLEGIANCE):
        return not per_token(doc[0], "itemtopic.political", _political)  # a politician's switch still counts
    return not any(_concrete(t) for t in draft.targets)


def transfer(draft: Draft) -> bool:
    """True when ``draft`` is a change of side or a pledge in an item about a club's or a team's players, which
    tells no violence and no politics: "Beltran left the Houston Astros and joined the New York Mets on a seven-year
    deal, the team said", "The former Celtic manager defected to Rangers". A player's move is no defection, and a
    club is no side one pledges to."""
    if draft.type not in (EventType.DEFECTION, EventType.ALLEGIANCE):
        return False
    return per_token(draft.trigger.doc[0], "itemtopic.transfer", _transfer_item)


def _transfer_item(first: Token) -> bool:
    doc = first.doc
    if not any(t.lemma_.lower() in CLUB_WORDS and t.pos_ == "NOUN" for t in doc):
        return False
    return not tells_violence(doc) and not _political(first)


def _figurative_item(first: Token) -> bool:
    doc = first.doc
    return (business(doc) or sport(doc) or cyber(doc)) and not tells_violence(doc)


def cyber(doc: Doc) -> bool:
    """True when ``doc`` tells of an attack on computers: hackers, malware, a cyber or DDoS attack; with no violence
    told, its attacks and assaults are on networks ("Hackers launched a huge attack on an internet infrastructure
    company ... The assault on Dyn came in three waves")."""
    return any(t.lemma_.lower() in _CYBER_WORDS or t.lower_ in _CYBER_WORDS for t in doc)


# Words only computer attacks use. Not the verb "hack", as often a killing ("hacked a booth president to death"), a
# "computer" or a "virus", which any story may name, nor a website, where any group posts its claims.
_CYBER_WORDS = frozenset({
    "cyber", "cyberattack", "cyberattacks", "cyber-attack", "hacker", "hackers", "hacktivist", "ransomware", "malware",
    "botnet", "ddos", "phishing", "denial-of-service",
})  # fmt: skip


def _political(first: Token) -> bool:
    return any(t.lemma_.lower() in POLITICAL_WORDS for t in first.doc)


def business(doc: Doc) -> bool:
    """True when ``doc`` is about firms and markets: a legal form, a ticker, or three words of trade."""
    if any(t.lower_ in LEGAL_FORMS and not t.is_sent_start for t in doc) or _TICKER.search(doc.text):
        return True
    words = {t.lemma_.lower() for t in doc if t.lemma_.lower() in TRADE_WORDS}
    return len(words) + bool(_MONEY.search(doc.text)) >= MIN_TRADE_WORDS


def sport(doc: Doc) -> bool:
    """True when ``doc`` is about a game: a sentence of sport (:func:`kg.extract.senses.sporting`) with a strong cue
    of its own, a word only sport uses ("striker", "league") or a result ("4-3"); two weak words ("scores of
    experts" and "his team") are no game."""
    for sent in doc.sents:
        if not len(sent) or not senses.sporting(sent[0]):
            continue
        if any(t.lemma_.lower() in lexicon.SPORT_STRONG for t in sent) or _RESULT.search(sent.text):
            return True
    return False


def tells_violence(doc: Doc) -> bool:
    """True when ``doc`` names armed people, a weapon or harm in common words (not a team's or a firm's name), or an
    armed group the gazetteer knows ("Hezbollah shelled ...")."""
    known = gazetteer.load().entities
    headline = next((sent for sent in doc.sents if is_headline(sent)), None)
    for token in doc:
        entity = known.get(token.ent_id_) if token.ent_id_ else None
        if entity is not None and entity.kind is EntityKind.ARMED_GROUP:
            return True
        if token.pos_ == "PROPN" or token.ent_type_ in _NAME_LABELS:
            continue
        lemma = token.lemma_.lower()
        if (lemma in _TELLING_PEOPLE or lemma in HARM or token.lower_ in HARM) and not _host_of(token):
            return True
        if token.pos_ == "NOUN" and lemma in lexicon.WEAPON_LEMMAS and lemma not in _TRADED:
            if headline is None or not headline.start <= token.i < headline.end:
                return True  # a headline's "Bombs" is the figure itself ("Space Epic Bombs at Box Office")
    return False


# Armed people whose word tells violence; not doers named by the deed itself, which say no more than the attack words
# do ("the attackers used hijacked cameras").
_TELLING_PEOPLE = ARMED_PEOPLE - {"attacker", "assailant"}


def _host_of(token: Token) -> bool:
    """ "an army of hijacked cameras", "an army of volunteers": a host of things, no armed force."""
    det = any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in token.children)
    return det and any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children)


def _concrete(token: Token) -> bool:
    named = token.pos_ == "PROPN" or token.ent_type_ in _NAME_LABELS
    return not named and token.lemma_.lower() in _CONCRETE and not _host_of(token)
