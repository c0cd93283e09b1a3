"""Probe passages for changes of side not found at all in long texts (issue 14, twentieth pass), written for these
tests with invented names in the voices of a governor's communiqué, a tribal council's statement, a wire story and an
army news page, after the rules: arms handed in at a disarmament site whose name carries the words of a deal ("the
Kumbo Disarmament and Reintegration Centre"), a hand-in the parser hung on its doer as a relative clause, a mover who
places itself or its men at another side's service, disposal or orders, a conjunct told in its own tense beside a
"would", and "joined the movement/outfit" for the armed group a text is about; with near misses (arms laid down
under an accord, things handed in, a minister or a charity at someone's disposal, a protest movement joined).

PROBES: (text, [(kind, agent, target, side joined), ...]), kind a key of helpers.KINDS, None: not checked.
NEGATIVES: (text, kinds that must not be found).
"""

from __future__ import annotations

PROBES = [
    (
        "The Governor of the Adamawa-Sud Region informs the public that fourteen fighters of the Nkambe Liberation "
        "Army have laid down their arms and been received at the Kumbo Disarmament and Reintegration Centre.",
        [("DEF", "fourteen fighters of the Nkambe Liberation Army", None, None)],
    ),
    (
        "Nine rebels of the Front Populaire du Vakaga handed in their rifles at the Ndele demobilisation camp on "
        "Thursday, a MINUSCA officer said.",
        [("DEF", "Nine rebels of the Front Populaire du Vakaga", None, None)],
    ),
    (
        "Twenty-two Mai-Mai fighters, among them a self-styled colonel known as 'Tembo', handed over their weapons at "
        "the Mavivi army camp on Tuesday, the territorial administrator said.",
        [("DEF", "Twenty-two Mai-Mai fighters", None, None)],
    ),
    (
        "A senior commander of the Popular Front said on Sunday that he had quit the Front and placed his fighters "
        "under the orders of the national army.",
        [("DEF", "A senior commander of the Popular Front", None, "the national army")],
    ),
    (
        "Two hundred militiamen of the Abu Tira clan have put themselves at the disposal of the Rapid Support Forces, "
        "elders in Nyala said.",
        [("DEF", "Two hundred militiamen of the Abu Tira clan", None, "the Rapid Support Forces")],
    ),
    (
        "Colonel Hamid Ould Sidi and his officers have left the Northern Coordination and placed themselves in the "
        "service of the Azawad Salvation Movement's forces, the coordination said in a statement.",
        [("DEF", "Colonel Hamid Ould Sidi", None, "the Azawad Salvation Movement's forces")],
    ),
    (
        "The sheikhs said the clans would no longer fight for the Eastern Shield and had put their sons at the "
        "disposal of the Ministry of Defence.",
        [("DEF", "the clans", None, "the Ministry of Defence")],
    ),
    (
        "Six members of the New People's Army surrendered to the 72nd Infantry Battalion in Kapalong on Monday. The "
        "former rebels said they had joined the movement in 2018 after a cadre promised them a monthly allowance.",
        [("ALL", None, "the movement", None)],
    ),
    (
        "Police said two couriers of the Kangleipak Liberation Army had surrendered at the district headquarters in "
        "Imphal. The pair had joined the outfit as teenagers, the superintendent said.",
        [("ALL", "The pair", "the outfit", None)],
    ),
]

# Own arms handed to another side's fighters with no particle.
PROBES += [
    (
        "Soldiers at the Kouri bridge post abandoned their barracks and handed their rifles to FPRC fighters coming "
        "from Birao, residents said.",
        [("DEF", "Soldiers at the Kouri bridge post", None, "FPRC fighters")],
    ),
]

# A post owned by its "of" phrase, and a time clause's "he" who is the main clause's fighter (rules/sidechange.py).
PROBES += [
    (
        "MUEDA - Three Ansar al-Sunna militants, who had spent four years in the bush, walked into the headquarters of "
        "the 6th Infantry Battalion on Friday.",
        [("DEF", "Ansar al-Sunna militants", None, "the headquarters of the 6th Infantry Battalion")],
    ),
    (
        "Former ADF fighter Kambale Musubao spent nine years in the Rwenzori forest before he walked to a UPDF detach "
        "at Kasindi in May.",
        [("DEF", "Former ADF fighter", "ADF", None)],
    ),
]

# A change of command (rules/answersto.py): "no longer" the side left, "now" the side gone to with a leaving beside.
PROBES += [
    (
        "Sheikh Mutlaq al-Awad told reporters in Hasakah that his 600 fighters would no longer fight under the banner "
        "of the Syrian Democratic Forces.",
        [("DEF", "his 600 fighters", "the Syrian Democratic Forces", None)],
    ),
    (
        "The Lahu militia of Mong Ping no longer takes its orders from the junta's regional command, a local official "
        "said.",
        [("DEF", "The Lahu militia of Mong Ping", "the junta's regional command", None)],
    ),
    (
        "The tract administrator, who once worked for the junta's township office, now reports to the KIA's district "
        "office in Waingmaw.",
        [("DEF", "The tract administrator", None, "the KIA's district office")],
    ),
    (
        "The Los Valles cell has left the Sierra Alliance and now works for the Sinaloa cartel, prosecutors in "
        "Culiacán said.",
        [("DEF", "The Los Valles cell", None, "the Sinaloa cartel")],
    ),
]

NEGATIVES = [
    ("Some 4,000 fighters laid down their arms under the 2019 disarmament accord.", ("DEF",)),
    ("The rifles handed in by the militia were burnt at a ceremony in Bunia.", ("DEF",)),
    ("The minister placed himself at the disposal of the investigators after the audit.", ("DEF",)),
    ("The charity placed its volunteers at the service of the Red Cross during the floods.", ("DEF",)),
    ("The army placed its engineers at the disposal of the flood-hit districts.", ("DEF",)),
    ("The governor put the police under the command of the army for the election week.", ("DEF",)),
    ("The tribal leader placed his 2,000 men at the disposal of the army for the offensive on Mosul.", ("DEF",)),
    (
        "The Green Party held its congress in Leipzig. Thousands of young voters joined the movement last year.",
        ("ALL",),
    ),
    (
        "Students marched through Santiago for a third day. Many teachers have joined the movement, organisers said.",
        ("ALL",),
    ),
    ("The brigade warned that it would no longer fight for the government unless its salaries were paid.", ("DEF",)),
    ("Since the cuts, the nurses no longer work for the Red Cross, the hospital said.", ("DEF",)),
    ("He left school at fifteen and now works at a car wash in San Salvador.", ("DEF",)),
    ("The militia still answers to the army's regional command in Kidal.", ("DEF",)),
    ("The army handed its rifles to the militia's fighters before the offensive.", ("DEF",)),
    ("The police handed their weapons to the soldiers at the checkpoint for safekeeping.", ("DEF",)),
    ("Schoolchildren walked into the headquarters of the National Museum on a class trip.", ("DEF",)),
    ("The farmer spent the night in the forest before he walked to an army post to report the attack.", ("DEF",)),
]
