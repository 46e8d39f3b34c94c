"""French words and rules for the date extractor (see viz.dates.engine for the template syntax)."""
from .. import cldr
from ..engine import _alt

CODE = "fr"
DAY_FIRST = True
DAY_SUFFIX = r"(?:er|e|ème)?"

MONTHS = cldr.months("fr")
WEEKDAYS = cldr.weekdays("fr")
# French writes the weekdays in lower case: a capitalised one right after a word in lower case is a name ("Jean
# Lundi", "Robinson et Vendredi"; seen from its end: one lookbehind per length of the weekday's name)
WEEKDAY_NOT_BEFORE = (r"\s+(?:saint|soir\s+de\s+prière)\b|(?<=(?-i:[a-zà-ÿ]\s[LMJ][a-z]{4}))|"
                      r"(?<=(?-i:[a-zà-ÿ]\sSamedi))|(?<=(?-i:[a-zà-ÿ]\s[MVD][a-z]{7}))")
# "tombe un jeudi", "un dimanche sur deux": any such day (resolvers.r_weekday), not this week's
WEEKDAY_GENERIC_BEFORE = r"(?<!l['’])\bun\s+"  # not the pronoun: "l'un samedi, l'autre dimanche" are two days
# "chaque lundi": a set, no one day
WEEKDAY_NOT_AFTER = r"(?:prières?|sermons?|prêches?|grande\s+prière)\s+du|\bchaque"
RANGE_WORDS = ("jusqu'à", "jusqu’à")  # "du 3 jusqu'à 5 mars": a range end, not a future cue
# a hearing or a match sent on to a date ("a été renvoyé, faute de juges, au 12 janvier", "reporté à mars"; to the
# preposition that ends the text before the date, or to a weekday after it: "renvoyé au mardi 9 avril"; not "avait été
# renvoyé au", a plan that may be past, nor "reporté de samedi à dimanche", a move told in its clause's tense) ...
# the future of the verbs in -dre and of the irregular ones: "reprendront", "se tiendra", "fera", "pourra", "verra"
# ... and the present of the verbs that schedule an event ("la réunion a lieu jeudi", "le conseil se réunit samedi",
# "le salon se tient du 3 au 5 avril"): what the news announces in the present is ahead; not before "depuis" ("le procès, qui se tient
# depuis lundi": since a past day)
FUTURE_CUE = (r"\b(?:(?<!avait\sété\s)(?<!avaient\sété\s)(?:(?:renvoy|report|repouss|différ|ajourn|reprogramm|décal|déplac|avanc|retard)ée?s?|remise?s?)(?![\s,]+d[e'’])(?:[\s,]+[^.;]{0,40}?)?\s(?:au|à)(?:\s+(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche))?(?=\s*$)|(?:(?:a|ont)\s+lieu|se\s+(?:réunit|réunissent|tient|tiennent|déroule|déroulent))(?!\s+depuis\b)|va|vont|devra|devront|devrait|sera|seront|aura|auront|doit|doivent|prévu|prévue|prévus|prévues|programmée?s?|"
              r"jusqu'à|devait|devaient|fera|feront|pourra|pourront|verra|verront|saura|sauront|faudra|"
              r"\w{2,}(?:era|eront|iront|ira|rait|raient|endra|endront|ondra|ondront|oudra|oudront|[aeo]indra|[aeo]indront|"
              r"cevra|cevront)|\w[aeo]indra|\w[aeo]indront)\b")  # "atteindra", "rejoindra", "craindront", "recevra", "percevront"  # conditional: "would"
# the past: passé composé and plus-que-parfait ("a remporté", "avaient été élus"), passé simple and imparfait of être;
# not the present of "avoir lieu" ("la réunion a lieu jeudi", "n'a pas lieu")
PAST_CUE = (r"\b(?:a|ont|avait|avaient)\s+(?:(?:déjà|pas|bien|aussi|été)\s+)?(?!(?:(?<=\ba\s)|(?<=\bont\s)|(?<=\bpas\s)|(?<=\bbien\s))lieu\b)\w{2,}(?:é|ée|és|ées|i|is|ie|u|us|ue|it|te)\b|"
            r"\b(?:était|étaient|fut|furent)\b|"
            # what goes on since a day ("les fouilles, qui ont lieu depuis juillet, se termineront"): a past start
            r"\b(?:(?:a|ont)\s+lieu|se\s+(?:réunit|réunissent|tient|tiennent|déroule|déroulent))\s+depuis\b")
# the verb right after a date that opens its clause ("En mars, la loi entrera en vigueur"; "En juillet, la loi est
# entrée en vigueur"): the future (not the conditional, which reports) or a past tense; not "est prévu", a plan; a
# future in lower case only ("Ferreira", "Pereira" are names); after a comma, up to five words on, not past "que", "qui"
# ("Lundi, le maire a annoncé qu'il démissionnera": a subordinate clause's future)
FUTURE_AFTER = (r"(?:\s*,\s*(?:(?!(?:que|qui|qu['’]\w*)\s)[\w'’-]+\s+){0,5}?|\s*(?:[\w'’-]+\s+){0,3}?)(?-i:(?:(?:a|ont)\s+lieu|se\s+(?:réunit|réunissent|tient|tiennent|déroule|"
                r"déroulent))(?!\s+depuis\b)|va|vont|devra|devront|sera|seront|aura|auront|fera|feront|pourra|"
                r"pourront|verra|verront|faudra|(?!(?:opé|camé|cholé)ra\b)[a-zàâçéèêëîïôûùüÿœ]\w+(?:era|eront|ira|iront|"
                r"endra|endront|ondra|ondront|[aeo]indra|[aeo]indront|cevra|cevront)|[a-zç][aeo]indra|[a-zç][aeo]indront)\b")
PAST_AFTER = (r"\s*,?\s*(?:[\w'’-]+\s+){0,3}?(?:(?:a|ont|avait|avaient|est|sont|s['’]est|se\s+sont)\s+"
              r"(?:(?:déjà|pas|bien|aussi|été)\s+)?(?!(?:(?<=\ba\s)|(?<=\bont\s)|(?<=\bpas\s)|(?<=\bbien\s))lieu\b)(?!(?:prévu|prévue|prévus|prévues|attendu|attendue|censé|censée|"
              r"programmé|programmée)\b)\w{2,}(?:é|ée|és|ées|i|is|ie|u|us|ue|it|te)|était|étaient|fut|furent)\b")
# a passive past right before the date, with at most six words between ("Le dossier a été transmis au préfet le
# 6 juillet", "Les premiers cas ont été déclarés fin juillet", said in June): the last such day or month
# (resolvers._told_past); not a date set ("fixé", "prévu"; a date moved to, "a été renvoyé au 3 mai", is a future cue:
# FUTURE_CUE, while "a été renvoyé le 10 janvier" is the day of the act), nor an office
# taken from a date ("a été nommé directeur à compter du 1er juillet"), nor across "pour",
# "et", "qui", "que"
PAST_BEFORE = (r"\b(?:a|ont|avait|avaient)\s+été\s+(?!(?:prévu|programmé|reprogrammé|fixé|modifié|prolongé|suspendu|convoqué|"
               r"attendu|annoncé|planifié|nommé|désigné|élu)e?s?\b)\w{2,}(?:é|ée|és|ées|i|is|ie|u|us|ue|it|te)\b"
               r"(?:\s+(?!(?:et|mais|qui|que|qu['’]\w*|quand|pour|jusqu['’]\w*)\b)[\w'’-]+){0,6}?"
               r"(?:\s+(?:le|en|fin|début|mi|courant))?\s*$")
# a relative clause in the past that holds the date ("Lee, qui avait gagné le concours en août"): the last such month
RELATIVE_PAST = (r"^\s*(?:qui|que|lequel|laquelle|lesquels|lesquelles)\s+(?:(?:ne|n['’]|s['’]|se|l['’]|y)\s*)?"
                 r"(?:(?:a|ont|avait|avaient|était|étaient|fut|furent)\s+(?:\w+\s+)?(?!(?:(?<=\ba\s)|(?<=\bont\s)|(?<=\bpas\s)|(?<=\bbien\s))lieu\b)\w{2,}(?:é|ée|és|ées|i|is|ie|u|us|ue|it|"
                 r"te)|\w{2,}(?:a|èrent|it|irent|ut|urent))\b(?:(?!\b\w+(?:ra|ront)\b).)*$")

# days the press names by their date with a hyphen and a capital, those of one year only (resolvers.r_named_date)
NAMED_DATES = {"11-SEPTEMBRE": "2001-09-11"}
SEASONS = {"printemps": "SP", "été": "SU", "automne": "FA", "hiver": "WI"}
GENERIC_SEASONS = True  # a bare season in a clause without past or future tense is any such season (no value)

NUMBERS = {
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8,
    "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "quinze": 15, "vingt": 20, "trente": 30, "quarante": 40,
    "cinquante": 50, "cent": 100,
}
VAGUE_NUMBERS = ("quelques", "plusieurs")  # "il y a quelques années": PAST_REF, not a computed year
ORDINALS = {"premier": 1, "1er": 1, "deuxième": 2, "second": 2, "2e": 2, "troisième": 3, "3e": 3,
            "quatrième": 4, "4e": 4}
# centuries in words: "le vingtième siècle", "au dix-huitième siècle"
ORDINALS |= {w: i + 5 for i, w in enumerate(
    "cinquième sixième septième huitième neuvième dixième onzième douzième treizième quatorzième quinzième seizième "
    "dix-septième dix-huitième dix-neuvième vingtième".split())} | {"vingt et unième": 21, "vingt-et-unième": 21}
# "les années 1800" is the 19th century, as "the 1800s"
HUNDREDS_ARE_CENTURIES = True
UNITS = {
    "jour": "D", "jours": "D", "semaine": "W", "semaines": "W", "week-end": "WE", "mois": "M",
    "trimestre": "Q", "trimestres": "Q", "an": "Y", "ans": "Y", "année": "Y", "années": "Y",
    "décennie": "DEC", "décennies": "DEC", "siècles": "CENT", "millénaires": "MIL",
}
# a plural unit after a direction word is a vague reference ("ces dernières années", "les prochains jours"); "mois" is
# both, plural after a plural direction word (rule below)
PLURAL_UNITS = ("jours", "semaines", "trimestres", "ans", "années", "décennies", "siècles")
DIRS = {
    "dernier": -1, "dernière": -1, "derniers": -1, "dernières": -1, "passé": -1, "passée": -1,
    "précédent": -1, "précédente": -1, "prochain": 1, "prochaine": 1, "prochains": 1, "prochaines": 1,
    "suivant": 1, "suivante": 1, "ce": 0, "cet": 0, "cette": 0, "en cours": 0,
}
AGO_FUTURE = ("dans",)
ANCHORED_AFTER = ("plus tard",)  # "deux jours plus tard, le maire a démissionné": from the story's last date
ANCHORED_BEFORE = ("plus tôt", "auparavant")  # "une semaine plus tôt, il avait été relâché": back from the story's date
RELDAYS = {"hier": -1, "aujourd'hui": 0, "ce soir": 0, "cette nuit": 0, "ce matin": 0, "demain": 1, "avant-hier": -2, "après-demain": 2}
REFS = {"actuellement": "PRESENT_REF", "maintenant": "PRESENT_REF", "à l'heure actuelle": "PRESENT_REF",
        "de nos jours": "PRESENT_REF", "récemment": "PAST_REF", "l'avenir": "FUTURE_REF",
        "à présent": "PRESENT_REF", "ces jours-ci": "PRESENT_REF", "en ce moment": "PRESENT_REF", "jusqu'à présent": "PRESENT_REF",
        "jusqu'ici": "PRESENT_REF", "jusqu'à maintenant": "PRESENT_REF", "dernièrement": "PAST_REF",
        "désormais": "PRESENT_REF", "dès que possible": "FUTURE_REF", "le plus tôt possible": "FUTURE_REF",
        "le plus rapidement possible": "FUTURE_REF", "au plus tôt": "FUTURE_REF", "au plus vite": "FUTURE_REF"}
# name -> (month, day), or ("easter", days after Easter Sunday) for the feasts that move with it; a date only after a
# time preposition, with its article, a direction or a year (see RULES): not "le Père Noël", "l'île de Pâques", "les
# œufs de Pâques", "le marché de Noël"
HOLIDAYS = {"noël": (12, 25), "noel": (12, 25), "paques": ("easter", 0), "lundi de paques": ("easter", 1),
            "dimanche de paques": ("easter", 0), "jour de noël": (12, 25), "veille de noël": (12, 24), "nuit de noël": (12, 24),
            "réveillon de noël": (12, 24), "saint-sylvestre": (12, 31), "réveillon de la saint-sylvestre": (12, 31),
            "réveillon du nouvel an": (12, 31), "jour de l'an": (1, 1), "nouvel an": (1, 1), "épiphanie": (1, 6),
            "chandeleur": (2, 2), "saint-valentin": (2, 14), "fête du travail": (5, 1), "fête de la musique": (6, 21),
            "assomption": (8, 15), "toussaint": (11, 1), "pâques": ("easter", 0), "dimanche de pâques": ("easter", 0),
            "lundi de pâques": ("easter", 1), "vendredi saint": ("easter", -2), "jeudi saint": ("easter", -3),
            "dimanche des rameaux": ("easter", -7), "mercredi des cendres": ("easter", -46),
            "ascension": ("easter", 39), "jeudi de l'ascension": ("easter", 39), "pentecôte": ("easter", 49),
            "dimanche de pentecôte": ("easter", 49), "lundi de pentecôte": ("easter", 50),
            # saints' feasts of regional life (Lorraine's and Alsace's Saint-Nicolas, the firemen's Sainte-Barbe, the
            # Saint-Jean's fires, the Sainte-Catherine's tree planting); only after their article: "à Sainte-Barbe",
            # "à Saint-Martin" are places
            "saint-nicolas": (12, 6), "sainte-barbe": (12, 4), "saint-jean": (6, 24), "saint-jean-baptiste": (6, 24),
            "sainte-catherine": (11, 25), "saint-martin": (11, 11)}
# a sentence of repeated events ("chaque année à Noël", "comme tous les ans à la Toussaint"): no one date
HABITUAL_CUE = (r"\b(?:chaque|tous\s+les\s+ans|toutes\s+les\s+années|traditionnellement|habituellement|"
                r"d['’]habitude|généralement|chaque\s+année|annuellement)\b[^.;]{0,60}$")
# "today": the day of the text or "nowadays" (the rule is in viz.dates.engine.Lang)
GENERIC_TODAY = ("aujourd'hui",)
TODAY_AS_DATE_AFTER = (r"\s*,?\s*(?:(?:le\s+)?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\b|"
                       r"(?:matin|après-midi|soir|même)\b|à\s+\d)")
TODAY_AS_DATE_NEAR = (r"\b(?:a|ont|avait|avaient|sera|seront|va|vont|doit|doivent|devait|dit|déclaré|annoncé|indiqué|"
                      r"affirmé|précisé|confirmé|selon|dès|depuis|jusqu|à\s+partir|\w{2,}(?:era|eront))\b")
TODAY_AS_DATE_BEFORE = (r"\b(?:annonce|réunion|séance|vote|scrutin|match|conférence|décision|discours|sommet|"
                        r"manifestation|grève|élection|audience|procès|cérémonie|édition|rencontre|course|finale|"
                        r"session|entretien|déclaration)s?\s+d['’]")
NEWS_CUE = (r"\b(?:hier|demain|avant-hier)\b|\d\s*h\s*\d\d\b|\b(?:a\s+déclaré|a\s+annoncé|a\s+indiqué|a\s+affirmé|"
            r"a\s+précisé|selon)\b|\A\s*(?-i:[A-ZÉ][A-ZÉ-]+)\s*(?:\([\w ]+\))?\s*[,\u2013\u2014-]")

MOD_PREFIX = (r"(?:\b(?:(?:à\s+la\s+|la\s+|vers\s+la\s+)?fin\s+(?:d[e'’]|du)|(?:au\s+|le\s+)?début\s+(?:d[e'’]|du)|"
              r"(?:au\s+)?milieu\s+(?:d[e'’]|du)|(?:dans\s+le\s+)?courant\s+d[e'’]|début|fin|courant)\s*|\bmi-)")

YEAR_CUE = r"\b(?:en|depuis|de|d'|dès|année|an|jusqu'en|vers|avant|après|entre|et)"
# (the year of a date that names a place or a day, "rue du 8-Mai-1945", "square du 19-Mars-1962", is no mention)
YEAR_NOT_AFTER = (r"\d(?:er)?-[^\W\d]+-|[$€£#§]|\d[.,](?!\s)|\b(?:n°|no|p|art|vol)\.?|\b(?:numéro|page|pages|article|chapitre|salle|route|"
                  r"plus\s+de|moins\s+de|environ|près\s+de|quelque|sur)")
# a numeral or a quantifier between a number and a count noun: the number is a year ("En 2003 trois candidats",
# "Depuis 2001 plusieurs familles"), as after an article
_QUANT = (r"un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingt|trente|"
          r"quarante|cinquante|soixante|cent|mille|plusieurs|quelques|certains|certaines|nombreux|nombreuses|"
          r"beaucoup|peu|tous|toutes|autant|moins|plus")
YEAR_NOT_BEFORE = (r"(?:\s*(?:%|€|F\b|francs?|euros?|pour\s+cent|(?:millions?|milliards?|mille)\b)|\s*(?:km|kg|m|mm|cm|t|ha|h)\b|"
                   r"\s+(?:(?!(?:les|des|ces|ses|leurs|nos|vos|aux|" + _QUANT + r")\s)(?!\d)\w+\s+)?(?:personnes|habitants|hommes|femmes|enfants|élèves|salariés|emplois|logements|"
                   r"voix|mètres|kilomètres|tonnes|euros|francs|dollars|membres|morts|victimes|spectateurs|"
                   r"visiteurs|exemplaires|points|soldats|policiers|manifestants|places|lits|entreprises|"
                   r"voitures|véhicules|jeunes|adhérents|participants|coureurs|heures|licenciés|supporters|abonnés|lecteurs|"
                   r"clients|usagers|électeurs|candidats|entrées|dossiers|fidèles|bénévoles|foyers|familles)\b)")

# a present passive or a state right after a fronted bare season ("En hiver, le col est fermé", "Au printemps, les
# jardins sont cultivés"): what is so every such season, no date; not the passé composé of the verbs that take "être"
# ("En été, le gymnase est devenu trop petit", "est retombé"), nor a plan ("est prévue", "est envisagée"), nor an
# election or an appointment ("il est élu président": an event)
_SEASON_STATE = (r"(?:printemps|été|automne|hiver)\s*,?\s*(?:[\w'’-]+\s+){0,4}?(?:est|sont)\s+(?:(?:pas|bien|aussi|souvent|"
                 r"toujours|très|plus|moins|alors|en\s+général)\s+)?(?!(?:allé|venu|arrivé|parti|entré|sorti|monté|descendu|"
                 r"tombé|resté|retourné|passé|né|mort|décédé|devenu|revenu|rentré|parvenu|intervenu|survenu|apparu|disparu|"
                 r"redevenu|reparti|ressorti|remonté|retombé|redescendu|réapparu|rené|prévu|programmé|attendu|envisagé|élu|réélu|nommé|renommé|désigné|promu)(?:e?s?)\b)\w{2,}(?:é|ée|és|ées|i|is|ie|ies|u|us|ue|ues|it|te|tes|ert|"
                 r"erte|erts|ertes)\b")
_ART = r"(?:(?:le|du|au|dès\s+le|depuis\s+le|avant\s+le|après\s+le|jusqu'au|ce)\s+)?"
# "les années soixante": the decades of the 1900s named by their tens
DECADE_WORDS = {"vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60, "soixante-dix": 70,
                "quatre-vingt": 80, "quatre-vingts": 80, "quatre-vingt-dix": 90}

# French writes the months in lower case: a bare capitalised month after a word is a name ("le maréchal Juin", "la
# surface de Mars", "une mission vers Mars"), except after the words that only a month follows ("en Mars", "début
# Avril" in a headline's capitals)
MONTH_NAME_AFTER = r"[\w'’-]\s|(?-i:[A-ZÉ][a-zà-ÿ]{2,})-"  # and a name's second part: "l'avenue du Maréchal-Juin"
# a bare capitalised month before a capitalised word is a name's first part ("Mars Express", "Mars Attacks")
# (not after the words that only a month follows: "En Juin Jacques Chirac", a headline's capitals)
_MONTH_WORD_NOT_AFTER = "".join(r"(?<!(?i:\b%s)\s)" % w for w in ("en", "dès", "fin", "mi", "depuis", "début", "courant"))
MONTH_NOT_BEFORE = (r"(?:" + "|".join(r"(?<=(?-i:\b%s[A-ZÉ][a-zéû]{%d}))" % (_MONTH_WORD_NOT_AFTER, n) for n in range(2, 9))
                    + r")\s+(?-i:[A-ZÉ][a-zà-ÿ]+)\b")
MONTH_NAME_NOT_AFTER = r"en|depuis|dès|jusqu['’]en|fin|début|mi|courant|mois\s+de|mois\s+d['’]|entre"
# a street, square or school named after a date ("rue du 8-Mai-1945", "place du 14-Juillet", "avenue du 11-Novembre",
# "collège du 19-Mars", "la salle du 8-Mai", "la stèle du 19-Mars"): a place, in any case; not "le pont du 1er-Mai", the long weekend
_PLACE = (r"(?:rue|place|avenue|av\.|boulevard|bd|square|quai|allée|impasse|cours|rond-point|esplanade|parc|"
          r"stade|résidence|cité|quartier|collège|lycée|école|caserne|carrefour|chemin|route|promenade|passage|salle|gymnase|stèle|monument)")
MONTH_NEVER_AFTER = _PLACE + r"\s+du\s+\d{1,2}(?:er)?-"
# ... and a day the press names with a hyphen ("les cérémonies du 11-Novembre", "le défilé du 14-Juillet", "les
# commémorations du 8-Mai-1945") is that day, unless a place's (each place word's own lookbehind: fixed widths)
_NOT_PLACE_DU = "".join(r"(?<!\b%s\sdu\s)" % p for p in _PLACE[3:-1].split("|"))

# a feast as the name of something else: "Noël Mamère" (a first name before a surname), "le Nouvel An chinois" (lunar)
_HOLIDAY_END = (r"(?!\s+(?-i:[A-ZÉÈ][a-zà-ÿ]))(?!\s+(?:chinois|juif|lunaire|persan|iranien|vietnamien|tamoul|"
                r"islamique|musulman|orthodoxe|berbère)\b)")
# the feasts' names, checked first (cheap: most words fail at their second or third letter) before the contexts
_IS_HOLIDAY = r"(?=%s(?![\w-]))" % _alt(HOLIDAYS)
_HOLIDAY_DIR = r"(?:\s+(?P<dirb>dernier|dernière|passé|passée|prochain|prochaine)\b)"

RULES = [
    ("that_unit", r"(?:le\s+|la\s+)?(?P<rel>lendemain|veille)(?!\s+(?:de|d['\u2019]|du|des)\b)"),
    # holidays: after a time preposition ("à Noël", "avant Pâques", "lors de la Saint-Sylvestre", "pour la Toussaint"),
    # after their article ("la veille de Noël", "le lundi de Pâques"; not after "de": "l'église de la Toussaint", "les
    # vacances de Pâques"), named by their weekday ("Lundi de Pâques, ..."; never the weekday alone), or with a
    # direction or a year ("Noël dernier", "Pâques 2023"). One rule that starts at the feast's name (the article stays
    # out of the mention): a rule starting at "la"/"le" would be tried at every article of the text.
    ("holiday", _IS_HOLIDAY + r"(?:(?!sainte?-)(?:(?<=\bà\s)|(?<=\bau\s)|(?<=\bavant\s)|(?<=\baprès\s)|(?<=\bpour\s)|(?<=\bdepuis\s)|(?<=\bdès\s)|"
                r"(?<=\bvers\s)|(?<=\bpendant\s)|(?<=\bdurant\s)|(?<=\blors\sde\s)|(?<=\bjusqu'à\s)|(?<=\bjusqu’à\s)|"
                r"(?<=\bd'ici\s)|(?<=\bd’ici\s)|(?<=\bautour\sde\s))|"
                r"(?:(?<=\bla\s)|(?<=\ble\s)|(?<=\bl['’]))(?:(?<!\bde\sla\s)(?<!\bde\sle\s)(?<!\bde\sl['’])(?<!-l['’])|"
                r"(?<=\blors\sde\sla\s)|(?<=\blors\sde\sl['’])|(?<=\bautour\sde\sla\s))|"
                r"(?=(?:lundi|jeudi|vendredi|dimanche|mercredi)\s)|"
                r"(?=(?:no[eë]l|p[âa]ques|pentecôte|toussaint)\s+(?:1\d\d\d|20\d\d|dernier|dernière|passé|passée|prochain|"
                r"prochaine)\b))"
                r"{HOLIDAY}" + _HOLIDAY_END + r"(?:\s+{YEAR}|" + _HOLIDAY_DIR + ")?"),
    ("that_unit", r"(?:l['\u2019]|la\s+|le\s+)(?P<unit>année|semaine|mois)\s+(?P<rel>suivante|suivant|précédente|précédent)"),
    # "dans la nuit de samedi à dimanche", "la nuit du 3 au 4 octobre": one night, dated by the day it begins
    ("weekday", r"(?<=\bla\s)nuit\s+de\s+{WEEKDAY}\s+(?:à|au)\s+{WEEKDAY:b}(?![\w-])"),
    ("date", r"(?<=\bla\s)nuit\s+du\s+{DAY}\s+au\s+{DAY:b}\s+{MONTH}(?:\s+{YEAR})?"),
    ("range_days", r"(?:du|les|entre\s+le)\s+{DAY}\s+(?:au|et\s+le|et|-|\u2013)\s+{DAY:b}\s+{MONTH}(?:\s+{YEAR})?"),
    ("range_months", r"(?:de|d['\u2019]|entre)\s*{MONTH}\s+(?:à|et)\s+{MONTH:b}\s+{YEAR}"),
    ("range_years", r"{YEAR}\s*(?:-|\u2013|/)\s*(?:{YEAR:b}|(?P<yy>\d\d)(?![\d%-]))"),  # "1995-96": two years
    ("named_date", r"(?P<named>11-septembre)(?![\w-])"),  # "les attentats du 11-Septembre"
    ("date", r"(?:(?<=\bdu\s)" + _NOT_PLACE_DU + r"|(?<=\ble\s)|(?<=\bau\s))(?!11-septembre(?![\w-])){DAY}-(?P<month>"
             + "|".join(sorted((m for m in MONTHS if m.isalpha()), key=len, reverse=True)) + r")(?!\w)"
             r"(?:-{YEAR})?(?![\w-])"),  # "le défilé du 14-Juillet", "les commémorations du 8-Mai-1945"
    ("iso", r"(?P<y>\d{4})-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?![\d-])"),
    ("numeric", r"(?P<a>[0-3]?\d)[/.](?P<b>[01]?\d)[/.](?P<y>\d{4}|\d\d)(?![\d/]|\.\d)"),
    ("date", _ART + r"(?:{WEEKDAY}\s+)?{DAY}\s+{MONTH}(?:\s+{YEAR}|\s+{YY})?(?:\s+(?!(?:ce|cet|cette|en\s+cours)\b){DIR})?"),
    # a weekday with its day of the month, the month left out as the local press writes it: "jeudi 21, à 20 h 30",
    # "le loto aura lieu samedi 16 à la salle des fêtes", "vendredi 1er et samedi 2" (the weekday picks the month,
    # resolvers.r_dom); not a count or a score after the weekday ("samedi 15 personnes", "dimanche 2 à 1"): only
    # before a stop, a clock time or a preposition, article or conjunction
    ("dom", r"(?:{DIR}\s+)?{WEEKDAY}\s+{DAY}(?![\w.,:%/-]?\d)(?!\s+(?:à|-)\s*\d+\b(?!\s*h\b))"
            r"(?=\s*[,;:)]|\s*\.(?!\d)|\s*$|\s+(?:à|au|aux|en|dans|sur|dès|de\s+\d|et|ou|le|la|les|l['’]|pour|avec|chez|"
            r"contre|devant|entre|vers|salle|matin|soir|après-midi)(?![\w'’]))"),
    ("month", r"(?:(?:le\s+)?mois\s+d[e'’]\s*)?{MONTH}\s+{YEAR}"),
    ("month", r"{MONTH}\s+{YY}\b"),
    # "en juillet de l'année dernière", "en mars l'an dernier", "en mars de cette année": the month of that year
    ("month", r"{MONTH}\s+(?:de\s+)?l['’]\s*an(?:née)?\s+(?P<ydir>dernière|dernier|passée|passé|prochaine|prochain)\b"),
    # "en mars de cette année-là", "de la même année", "de l'année suivante": the story's year (resolvers._story_year)
    ("month", r"{MONTH}\s+de\s+(?:cette\s+(?P<thatyear>année)-là|la\s+même\s+(?P<thatyear2>année)|"
              r"l['’]\s*année\s+(?:(?P<thatnext>suivante)|(?P<thatprev>précédente)))"),
    ("month", r"{MONTH}\s+de\s+(?P<ydir>cette)\s+année"),
    ("month", r"(?:(?:le\s+)?mois\s+d[e'’]\s*)?{MONTH}\s+{DIR}"),
    ("month", r"(?:(?:le\s+)?mois\s+d[e'’]\s*)?{MONTH}"),
    # "le premier trimestre de l'année dernière", "le second semestre de cette année": of the year the direction names
    ("quarter", r"(?:le\s+)?{ORD}\s+trimestre(?:\s+(?:de\s+)?{YEAR}|\s+de\s+l['’]\s*an(?:née)?\s+(?P<ofdir>dernière|"
                r"dernier|passée|passé|précédente|précédent|prochaine|prochain)\b|\s+de\s+(?P<ydir>cette)\s+année)?"),
    ("quarter", r"(?-i:T)(?P<qn>[1-4])\s+{YEAR}"),
    # "à la même époque l'an dernier", "l'année dernière à la même époque": the same month a year earlier (the month
    # of a date just before it, else the reference's; resolvers.r_ctxquarter); the year phrase stays its own mention
    ("ctxquarter", r"(?<=\bla\s)même\s+(?P<samem>époque)(?:(?=\s*,?\s*(?:de\s+)?(?P<samey>l['’]\s*an(?:née)?\s+"
                   r"(?:dernière|dernier|passée|passé)\b))|(?:(?<=\bl['’]an\sdernier\sà\sla\smême\sépoque)|"
                   r"(?<=\bl['’]année\sdernière\sà\sla\smême\sépoque)|(?<=\bl['’]an\spassé\sà\sla\smême\sépoque)|"
                   r"(?<=\bl['’]année\spassée\sà\sla\smême\sépoque))(?P<sameyb>))"),
    ("half", r"(?:le\s+)?{ORD}\s+semestre(?:\s+(?:de\s+)?{YEAR}|\s+de\s+l['’]\s*an(?:née)?\s+(?P<ofdir>dernière|"
             r"dernier|passée|passé|précédente|précédent|prochaine|prochain)\b)?"),
    # the next decade of a list, a bare number or word after the conjunction: "les années 80 et 90"
    # (resolvers.r_decade_listed: only right after a decade)
    ("decadelisted", r"(?:(?<=\set\s)|(?<=\sou\s)|(?<=\w,\s)(?=[\w\'’]+(?:,|\s+(?:et|ou)\s)))"
                     r"(?:(?P<year>1\d\d0|20\d0)|(?P<yy>\d0)|{DECWORD})\b(?!\s*(?:%|ans|mille|millions?|euros?|dollars?|personnes|pour\s+cent))"),
    ("decade", r"(?:les\s+)?années\s+(?:(?P<year>1\d\d0|20\d0)|(?P<yy>\d0))\b"),
    ("decade", r"(?:les\s+)?années\s+{DECWORD}"),
    ("century", r"(?:le\s+)?(?P<cnum>[XVI]{1,5}|\d{1,2})(?:e|ème|è)\s+siècle"),
    ("century", r"(?:le\s+)?{ORD}\s+siècle"),
    ("season", r"(?<!olympiques\sd')(?<!olympiques\sd’)(?:l['’]|le\s+|à\s+l['’]|au\s+|en\s+)?{SEASON}\s+(?:de\s+|d['’])?{YEAR}"),  # not "Jeux olympiques d'hiver de 2010"
    # a season alone after a preposition of time ("au printemps", "en hiver", "à l'automne", "avant l'été", "depuis
    # l'hiver") in a clause told in the past or the future; in the present it is any such season ("En été, la ville
    # accueille les touristes": GENERIC_SEASONS); not a festival's name ("le Printemps de Bourges")
    ("season", r"(?:(?<=\bau\s)(?=(?-i:printemps))|(?<=\ben\s)(?!printemps)|(?:(?<=\bà\s)|(?<=\bavant\s)|(?<=\baprès\s)|"
               r"(?<=\bdès\s)|(?<=\bdepuis\s)|(?<=\bpendant\s)|(?<=\bdurant\s)|(?<=\bd['’]ici\s)|(?<=\bjusqu['’]à\s)|"
               r"(?<=\bpour\s))(?:l['’]|le\s+)|(?:(?<=\bavant\s)|(?<=\baprès\s)|(?<=\bdès\s)|(?<=\bdepuis\s)|"
               r"(?<=\bpendant\s)|(?<=\bdurant\s)|(?<=\bpour\s))le\s+(?=printemps))"
               r"(?:(?<=\bdepuis\sl')|(?<=\bdepuis\sl’)|(?<=\bdepuis\sle\s)|(?!" + _SEASON_STATE + r"))"
               r"(?P<bare>){SEASON}(?![\w'’-])(?!\s+(?:de|d['’]|du|des|prochain|prochaine|dernier|dernière|passé|passée|\d)\b)"),
    ("season", r"{DIR}\s+{SEASON}"),
    ("season", r"(?:l['’]|le\s+)?{SEASON}\s+(?!(?:ce|cet|cette|en\s+cours)\b){DIR}"),  # "au printemps dernier"
    ("relday", r"{RELDAY}(?:\s+{WEEKDAY})?"),
    # (not the future of something, "l'avenir du club", "l'avenir de la sidérurgie", nor a title, "L'Avenir")
    ("ref", r"(?!l['’]\s*avenir\s+(?:de|du|des|d['’]))(?!(?-i:L['’]Avenir))" + "{REF}"),
    # "ce jour-là", "cette année-là": that day, that year, of the last date in the text
    ("that_unit", r"(?:ce|cette|cet)\s+(?P<unit>jour|semaine|mois|année|an)-là"),
    ("relunit", r"(?:(?:les|ces|des)\s+)?(?P<dir>prochains|derniers|précédents)\s+(?P<unit>(?P<vague>mois))\b"),
    ("relunit", r"(?:l['’]|la\s+|le\s+)?{UNIT}\s+{DIR}"),
    ("relunit", r"(?<!\bà\s){DIR}\s+{UNIT}(?!-là)"),  # not "à ce jour" (so far)
    # "avant la fin de l'année", "au début de l'année": the current year
    ("relunit", r"(?:(?<=fin\sde\s)|(?<=début\sde\s)|(?<=milieu\sde\s))l['’](?P<unit>année)(?![\w-])"
                r"(?!\s+(?:\d|dernière|prochaine|précédente|suivante|passée|en\s+cours|d[e'’]))"),
    # "en début d'année", "à la fin du mois", "fin du mois dernier": this year, this month (not "les fêtes de fin
    # d'année", "la prime de fin d'année"; "fin du mois de mars" is the month rule's); MOD_PREFIX adds "la fin du"
    # ... "en fin de semaine", "en début de semaine prochaine": this week, the next (not "un match de milieu de semaine")
    ("relunit", r"(?:(?<=\bfin\sdu\s)|(?<=\bdébut\sdu\s)|(?<=\bmilieu\sdu\s)|(?<=\bfin\sd['’])|(?<=\bdébut\sd['’])|"
                r"(?<=\bmilieu\sd['’])|(?:(?<=\ben\sfin\sde\s)|(?<=\ben\sdébut\sde\s)|(?<=\ben\smilieu\sde\s))(?=semaine))"
                r"(?<!\bde\sfin\sd['’])(?P<unit>mois|année|semaine)(?![\w-])"
                r"(?!\s+(?:\d|de|d['’]|ce|cette|en\s+cours|précédente|suivante|scolaire|universitaire)\b)"
                r"(?:\s+(?P<dirb>dernier|dernière|prochain|prochaine|passé|passée)\b)?"),
    # "la nouvelle année": the year of the nearest New Year's Day (resolvers.r_relunit); not "la nouvelle année
    # scolaire", "la nouvelle année chinoise"
    ("relunit", r"(?<=\bla\s)nouvelle\s+(?P<unit>(?P<newyear>année))(?![\w-])(?!\s+(?:scolaire|universitaire|"
                r"liturgique|fiscale|chinoise|lunaire|juive|musulmane|\d))"),
    ("ago", r"(?P<after>il\s+y\s+a|dans)\s+{NUM}\s+{UNIT}"),
    ("ago", r"{NUM}\s+{UNIT}\s+(?P<after>plus\s+tard|plus\s+tôt|auparavant)(?![\w-])"),
    # "il y a des années", "il y a des siècles", "il y a trois millions d'années": a vague past
    ("ago", r"(?P<after>il\s+y\s+a)\s+(?P<big>des\s+|de\s+nombreu(?:ses|x)\s+|bien\s+des\s+|(?:[\w-]+\s+)?"
            r"(?:milliers|millions|milliards|centaines)\s+d['’]\s*)(?P<unit>années|ans|décennies|siècles|millénaires|mois|"
            r"semaines)(?![\w-])"),
    # "lundi prochain", "mardi dernier"; a demonstrative after the weekday begins the next phrase ("tombe un jeudi
    # cette année")
    ("weekday", r"(?:{DIR}\s+)?{WEEKDAY}(?:\s+(?!(?:ce|cet|cette|en\s+cours)\b){DIR:b}|"
                r"\s+de\s+la\s+semaine\s+(?P<wdir>prochaine|dernière|passée))?"),  # "lundi de la semaine prochaine"
    ("year", r"(?:(?:l['’]an(?:née)?|en)\s+)?{YEAR}"),
]

# a clause set off by commas after a fronted date opens with these ("Samedi, lorsque les dirigeants se réuniront, l'accord
# sera signé": the main verb after it tells the date's tense; viz.dates.tense.tense)
ASIDE_OPEN = (r"lorsque|lorsqu['\u2019]|quand|alors\s+que|pendant\s+que|tandis\s+que|si|bien\s+que|parce\s+que|comme|"
              r"selon|dès\s+que|après\s+que|avant\s+que|jusqu['\u2019]à\s+ce\s+que")

# "since" before a year-less date: the last such date ("depuis le 3 octobre"; viz.dates.resolvers._since)
SINCE_WORDS = r"depuis"
