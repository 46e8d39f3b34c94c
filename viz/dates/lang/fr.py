"""French words and rules for the date extractor (see viz.dates.engine for the template syntax)."""
from .. import cldr

CODE = "fr"
DAY_FIRST = True
DAY_SUFFIX = r"(?:er|e|ème)?"

MONTHS = cldr.months("fr")
WEEKDAYS = cldr.weekdays("fr")
WEEKDAY_NOT_BEFORE = r"\s+(?:saint|soir\s+de\s+prière)\b"
WEEKDAY_NOT_AFTER = r"(?:prières?|sermons?|prêches?|grande\s+prière)\s+du"
RANGE_WORDS = ("jusqu'à", "jusqu’à")  # "du 3 jusqu'à 5 mars": a range end, not a future cue
FUTURE_CUE = (r"\b(?:va|vont|devra|devront|devrait|sera|seront|aura|auront|doit|doivent|prévu|prévue|"
              r"jusqu'à|devait|devaient|\w{2,}(?:era|eront|iront|ira|rait|raient))\b")  # conditional: "would"
# the past: passé composé and plus-que-parfait ("a remporté", "avaient été élus"), passé simple and imparfait of être
PAST_CUE = (r"\b(?:a|ont|avait|avaient)\s+(?:(?:déjà|pas|bien|aussi|été)\s+)?\w{2,}(?:é|ée|és|ées|i|is|ie|u|us|ue|it|te)\b|"
            r"\b(?:était|étaient|fut|furent)\b")

SEASONS = {"printemps": "SP", "été": "SU", "automne": "FA", "hiver": "WI"}

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
RELDAYS = {"hier": -1, "aujourd'hui": 0, "ce soir": 0, "cette nuit": 0, "ce matin": 0, "demain": 1, "avant-hier": -2, "après-demain": 2}
REFS = {"actuellement": "PRESENT_REF", "maintenant": "PRESENT_REF", "à l'heure actuelle": "PRESENT_REF",
        "de nos jours": "PRESENT_REF", "récemment": "PAST_REF", "l'avenir": "FUTURE_REF",
        "à présent": "PRESENT_REF", "jusqu'à présent": "PRESENT_REF",
        "jusqu'ici": "PRESENT_REF", "jusqu'à maintenant": "PRESENT_REF", "dernièrement": "PAST_REF",
        "désormais": "PRESENT_REF", "dès que possible": "FUTURE_REF", "le plus tôt possible": "FUTURE_REF",
        "le plus rapidement possible": "FUTURE_REF", "au plus tôt": "FUTURE_REF", "au plus vite": "FUTURE_REF"}
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

MOD_PREFIX = (r"(?:\b(?:(?:à\s+la\s+|la\s+|vers\s+la\s+)?fin\s+d[e'’]|(?:au\s+|le\s+)?début\s+d[e'’]|"
              r"(?:au\s+)?milieu\s+d[e'’]|(?:dans\s+le\s+)?courant\s+d[e'’]|début|fin|courant)\s*|\bmi-)")

YEAR_CUE = r"\b(?:en|depuis|de|d'|dès|année|an|jusqu'en|vers|avant|après|entre|et)"
YEAR_NOT_AFTER = (r"[$€£#§]|\d[.,](?!\s)|\b(?:n°|no|p|art|vol)\.?|\b(?:numéro|page|pages|article|chapitre|salle|route|"
                  r"plus\s+de|moins\s+de|environ|près\s+de|quelque|sur)")
YEAR_NOT_BEFORE = (r"(?:\s*(?:%|€|F\b|francs?|euros?|pour\s+cent)|\s*(?:km|kg|m|mm|cm|t|ha|h)\b|"
                   r"\s+(?:\w+\s+)?(?:personnes|habitants|hommes|femmes|enfants|élèves|salariés|emplois|logements|"
                   r"voix|mètres|kilomètres|tonnes|euros|francs|dollars|membres|morts|victimes|spectateurs|"
                   r"visiteurs|exemplaires|points|soldats|policiers|manifestants|places|lits|entreprises|"
                   r"voitures|véhicules|jeunes|adhérents|participants|coureurs|heures)\b)")

_ART = r"(?:(?:le|du|au|dès\s+le|depuis\s+le|avant\s+le|après\s+le|jusqu'au|ce)\s+)?"
# "les années soixante": the decades of the 1900s named by their tens
DECADE_WORDS = {"vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60, "soixante-dix": 70,
                "quatre-vingt": 80, "quatre-vingts": 80, "quatre-vingt-dix": 90}

RULES = [
    ("that_unit", r"(?:le\s+|la\s+)?(?P<rel>lendemain|veille)(?!\s+(?:de|d['\u2019]|du|des)\b)"),
    ("that_unit", r"(?:l['\u2019]|la\s+|le\s+)(?P<unit>année|semaine|mois)\s+(?P<rel>suivante|suivant|précédente|précédent)"),
    ("range_days", r"(?:du|les|entre\s+le)\s+{DAY}\s+(?:au|et\s+le|et|-|\u2013)\s+{DAY:b}\s+{MONTH}(?:\s+{YEAR})?"),
    ("range_months", r"(?:de|d['\u2019]|entre)\s*{MONTH}\s+(?:à|et)\s+{MONTH:b}\s+{YEAR}"),
    ("range_years", r"{YEAR}\s*(?:-|\u2013|/)\s*(?:{YEAR:b}|(?P<yy>\d\d)(?![\d%-]))"),  # "1995-96": two years
    ("iso", r"(?P<y>\d{4})-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?![\d-])"),
    ("numeric", r"(?P<a>[0-3]?\d)[/.](?P<b>[01]?\d)[/.](?P<y>\d{4}|\d\d)(?![\d/]|\.\d)"),
    ("date", _ART + r"(?:{WEEKDAY}\s+)?{DAY}\s+{MONTH}(?:\s+{YEAR}|\s+{YY})?(?:\s+{DIR})?"),
    ("month", r"(?:(?:le\s+)?mois\s+d[e'’]\s*)?{MONTH}\s+{YEAR}"),
    ("month", r"{MONTH}\s+{YY}\b"),
    # "en juillet de l'année dernière", "en mars de cette année": the month of that year
    ("month", r"{MONTH}\s+de\s+l['’]\s*année\s+(?P<ydir>dernière|passée|précédente|prochaine|suivante)"),
    ("month", r"{MONTH}\s+de\s+(?P<ydir>cette)\s+année"),
    ("month", r"(?:(?:le\s+)?mois\s+d[e'’]\s*)?{MONTH}\s+{DIR}"),
    ("month", r"(?:(?:le\s+)?mois\s+d[e'’]\s*)?{MONTH}"),
    ("quarter", r"(?:le\s+)?{ORD}\s+trimestre(?:\s+(?:de\s+)?{YEAR})?"),
    ("quarter", r"(?-i:T)(?P<qn>[1-4])\s+{YEAR}"),
    ("half", r"(?:le\s+)?{ORD}\s+semestre(?:\s+(?:de\s+)?{YEAR})?"),
    ("decade", r"(?:les\s+)?années\s+(?:(?P<year>1\d\d0|20\d0)|(?P<yy>\d0))\b"),
    ("decade", r"(?:les\s+)?années\s+{DECWORD}"),
    ("century", r"(?:le\s+)?(?P<cnum>[XVI]{1,5}|\d{1,2})(?:e|ème|è)\s+siècle"),
    ("century", r"(?:le\s+)?{ORD}\s+siècle"),
    ("season", r"(?<!olympiques\sd')(?<!olympiques\sd’)(?:l['’]|le\s+|à\s+l['’]|au\s+|en\s+)?{SEASON}\s+(?:de\s+|d['’])?{YEAR}"),  # not "Jeux olympiques d'hiver de 2010"
    ("season", r"{DIR}\s+{SEASON}"),
    ("season", r"(?:l['’]|le\s+){SEASON}\s+{DIR}"),
    ("relday", r"{RELDAY}(?:\s+{WEEKDAY})?"),
    ("ref", r"{REF}"),
    # "ce jour-là", "cette année-là": that day, that year, of the last date in the text
    ("that_unit", r"(?:ce|cette|cet)\s+(?P<unit>jour|semaine|mois|année|an)-là"),
    ("relunit", r"(?:(?:les|ces|des)\s+)?(?P<dir>prochains|derniers|précédents)\s+(?P<unit>(?P<vague>mois))\b"),
    ("relunit", r"(?:l['’]|la\s+|le\s+)?{UNIT}\s+{DIR}"),
    ("relunit", r"(?<!\bà\s){DIR}\s+{UNIT}(?!-là)"),  # not "à ce jour" (so far)
    # "avant la fin de l'année", "au début de l'année": the current year
    ("relunit", r"(?:(?<=fin\sde\s)|(?<=début\sde\s)|(?<=milieu\sde\s))l['’](?P<unit>année)(?![\w-])"
                r"(?!\s+(?:\d|dernière|prochaine|précédente|suivante|passée|en\s+cours|d[e'’]))"),
    ("ago", r"(?P<after>il\s+y\s+a|dans)\s+{NUM}\s+{UNIT}"),
    ("ago", r"{NUM}\s+{UNIT}\s+(?P<after>plus\s+tard)\b"),
    # "il y a des années", "il y a des siècles", "il y a deux millions d'années": a vague past
    ("ago", r"(?P<after>il\s+y\s+a)\s+(?P<big>des\s+|de\s+nombreu(?:ses|x)\s+|bien\s+des\s+|(?:[\w-]+\s+)?"
            r"(?:milliers|millions|milliards|centaines)\s+d['’]\s*)(?P<unit>années|ans|décennies|siècles|millénaires|mois|"
            r"semaines)(?![\w-])"),
    ("weekday", r"(?:{DIR}\s+)?{WEEKDAY}(?:\s+{DIR:b})?"),
    ("year", r"(?:(?:l['’]an(?:née)?|en)\s+)?{YEAR}"),
]
