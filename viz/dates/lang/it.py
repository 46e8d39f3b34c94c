"""Italian words and rules for the date extractor (see viz.dates.engine for the template syntax)."""
from .. import cldr

CODE = "it"
DAY_FIRST = True
DAY_SUFFIX = r"(?:º|°)?"

# "mar." is also "mare" abbreviated in addresses; "ago" is a needle
MONTHS = {w: n for w, n in cldr.months("it").items() if w not in ("mar.", "ago.")}
WEEKDAYS = cldr.weekdays("it")
# "Domenica" is also a woman's name: a capitalised weekday right before a capitalised word is a name
WEEKDAY_NOT_BEFORE = r"\s+(?-i:[A-Z][a-zà-ù]+)(?!\s*\d)"
RANGE_WORDS = ("fino", "al")
# the future: "rimarrà", "parteciperà"; not the conditional, which also tells alleged past events
# ("avrebbe ucciso"; in French TimeBank the conditional as a future cue lost .865 -> .846 on the check half)
# a plan: "previsto", "programmato", "in calendario" (scheduled: "le consultazioni in calendario a novembre")
FUTURE_CUE = (r"\b(?:sarà|saranno|dovrà|dovranno|previst[oaie]|programmat[oaie]|in\s+calendario|prossim[oaie]|entro|"
              r"fino(?=\s+al\b)|"
              r"doveva|dovevano|\w{2,}(?:rà|ranno|rebbe|rebbero))\b")  # conditional: "would"

# a future verb right after the mention: "Venerdì il parlamento voterà la riforma"
# (not past a "che", whose clause is another's, reported: "Il ministro ha detto lunedì che l'azienda tornerà all'utile")
FUTURE_AFTER = r"\s*,?\s*(?:(?!che\b)[\w'’-]+\s+){0,3}?\w{2,}(?:rà|ranno)\b"

# a past verb right after the mention: the auxiliary of a compound past ("A maggio è stata inaugurata", "A giugno ha
# aperto", "sono stati arrestati"), or a passato remoto ("A luglio morì", "arrivarono"): the month is the last one
# (resolvers._anchor_year) and a weekday the one just past. Only the finite verb right after the date (an optional
# clitic or "non" before it): a subject between would let a later clause decide.
_PARTICIPLE = r"\w+(?:(?:at|ut|it)[oaie]|(?:tt|ss|st|rt|lt|nt|rs|s)[oai])\b"  # "firmato", "scese", "messo", "vinta"
# not a participle, or a present passive of a plan ("A maggio è prevista la visita", "è attesa"): no past
_NOT_PAST_PART = (r"(?!(?:molt|tant|quest|quell|tutt|giust|alt|cert|sol|previst|attes|fissat|programmat|convocat|"
                  r"pianificat|indett|annunciat|aspettat|apert|chius|pront|costrett|dispost)\w*\b)")
# (a subject of up to three words may stand between: "A luglio, la legge è entrata in vigore"; not a subordinate
# clause's: "che", "cui", "quando", "se")
PAST_AFTER = (r"\s*,?\s*(?:(?!(?:che|cui|quando|se|mentre|dove|perché)\b)[\w'’]+\s+){0,3}?"
              r"(?:(?:si|ci|vi|ne|lo|la|li|le|gli|non)\s+)?(?:"
              r"(?:ha|hanno|aveva|avevano|fu|furono)\s+(?:già\s+|anche\s+|poi\s+)?(?:stat[oaie]\s+)?" + _PARTICIPLE +
              r"|(?:è|sono|era|erano)\s+(?:già\s+|anche\s+|poi\s+)?(?:stat[oaie]\b|" + _NOT_PAST_PART + _PARTICIPLE +
              r")|(?!(?:può|però|perciò|ciò|così|giù|più|lì|sì)\b)(?!\w*dì\b)\w{2,}(?:ò|ì|arono|irono|erono|ettero)\b|"
              r"(?:disse|scrisse|mise|prese|decise|uccise|vinse|giunse|fece|ebbe|venne|nacque|divenne|rimase|chiese|"
              r"rispose|apparve|perse|scese|tenne|volle|seppe)(?:ro)?\b)")  # the irregular passato remoto
# a year-less date or a weekday held by a past verb in its own clause (tense.governed_past): right after the verb ("Il
# consiglio si è riunito il 20 aprile", "Il ministro ha detto lunedì che ...", "La flotta salpò il 3 maggio") or after
# "a", "in", "durante" ("Il presidente è arrivato a Lima a maggio"), said in March: the last such date, although the
# next one is close ahead. Not a verb of planning or moving a date ("ha rinviato", "ha fissato", "ha convocato" ...:
# the coming one), nor past an infinitive, a subordinator or a future cue ("ha deciso di tenere il vertice a maggio",
# "ha annunciato che a maggio salirà l'IVA"), nor after a noun with its article ("ha criticato la seduta del 20
# aprile": the date may be the noun's, and nouns end as participles do: "la partita", "il mercato")
_GOV_NOT_PLAN = (r"(?!(?:rinvi|postic|spost|fiss|convoc|programm|previst|decis|promess|indett|slitt|anticip|prorog|"
                 r"calendarizz|stabil|propost|chiest|rimand|aggiorn|differ|posposto|pianificat|organizzat)\w*\b)")
GOVERNED_PAST_VERB = (r"\b(?P<verb>(?-i:(?=[a-zà-ÿ]))(?:(?:ha|hanno|aveva|avevano|fu|furono)\s+(?:già\s+|anche\s+|poi\s+)?"
                      r"(?:stat[oaie]\s+)?|(?:è|sono|era|erano)\s+(?:già\s+|anche\s+|poi\s+)?(?:stat[oaie]\s+)?"
                      + _NOT_PAST_PART + r")" + _GOV_NOT_PLAN + _PARTICIPLE + r"|" + _GOV_NOT_PLAN +
                      r"(?!(?:può|però|perciò|ciò|così|giù|più|lì|sì)\b)(?!\w*dì\b)\w{2,}(?:ò|ì|arono|irono|erono|ettero)\b|"
                      r"(?:disse|scrisse|mise|prese|uccise|vinse|giunse|fece|ebbe|venne|nacque|divenne|rimase|"
                      r"rispose|apparve|perse|scese|tenne|volle|seppe)(?:ro)?\b)")
GOVERNED_PAST_PREP = (r"(?P<prep>\b(?:a|ad|in|durante)|(?:(?<=at[oaie])|(?<=ut[oaie])|(?<=it[oaie])|(?<=tt[oai])|"
                      r"(?<=ss[oai])|(?<=st[oai])|(?<=rt[oai])|(?<=lt[oai])|(?<=nt[oai])|(?<=rs[oai])|(?<=s[oai])|(?<=ò)|"
                      r"(?<=arono)|(?<=irono)|(?<=erono)|(?<=ettero)|(?<=se)|(?<=ro)|(?<=ce)|(?<=be)|(?<=ne)|"
                      r"(?<=que)|(?<=ve)|(?<=lle)|(?<=ppe)))\s+$")
GOVERNED_PAST_NOT_MID = (r"\b(?:che|di|per|quando|se|dove|perché|mentre|benché|fino|entro|\w+(?:are|ere|ire)(?:lo|la|li|le|si|ne)?)\b|"
                         r"(?:\b(?:(?:il|lo|la|i|gli|le|un|una|uno|del|della|dello|dei|degli|delle)\s+|"
                         r"(?:l|dell|un|all|nell|sull)['’]\s*)[\w'’]+\s*$|"
                         # ... and only a phrase of a preposition between them ("è arrivato a Lima a maggio"): after a
                         # direct object the date may be the object's ("ha annunciato licenziamenti ad aprile")
                         r"\A\s*(?!(?:a|ad|al|alla|in|nel|nella|da|dal|dalla|con|per)\b)[\w'’])")

# a past verb opening its sentence or a clause after a comma, right before the date or its "a", "in" (Italian drops
# the subject, which tense.governed_past wants before the verb): "È stato eletto a maggio presidente del club",
# "Il presidente, Mario Rossi, si è dimesso il 2 aprile"
PAST_BEFORE = (r"(?:^|,)\s*(?:(?:si|ci|vi|ne|lo|la|non)\s+)?(?:" + GOVERNED_PAST_VERB.replace("(?-i:(?=[a-zà-ÿ]))", "")
               + r")\s+(?:(?:a|ad|in|durante)\s+)?$")  # (opening the sentence: "È", "Fu" with a capital)

# a relative clause in the past that holds the date ("Lee, che ad agosto ha vinto"; "che vinse in agosto")
RELATIVE_PAST = (r"^\s*(?:che|il\s+quale|la\s+quale|i\s+quali|le\s+quali)\s+(?:(?:si|ci|vi|ne|lo|la|li|le|gli|l['’]|non)\s*)*"
                 r"(?:(?:ha|hanno|aveva|avevano|è|sono|era|erano)\s+(?:stat[oaie]\s+)?" + _PARTICIPLE +
                 r"|(?!(?:può|però|perciò|ciò|così|giù|più)\b)\w{2,}(?:ò|ì|arono|irono|erono)|(?:disse|fece|mise|prese|"
                 r"decise|vinse|ebbe|venne|volle|rimase|chiese|perse|scese|tenne|seppe)(?:ro)?)\b"
                 r"(?:(?!\b\w+(?:rà|ranno)\b).)*$")

SEASONS = {"primavera": "SP", "estate": "SU", "autunno": "FA", "inverno": "WI"}

NUMBERS = {"un": 1, "uno": 1, "una": 1, "due": 2, "tre": 3, "quattro": 4, "cinque": 5, "sei": 6, "sette": 7,
           "otto": 8, "nove": 9, "dieci": 10, "undici": 11, "dodici": 12, "quindici": 15, "venti": 20,
           "trenta": 30, "quaranta": 40, "cinquanta": 50, "cento": 100}
VAGUE_NUMBERS = ("alcuni", "alcune", "diversi", "diverse", "parecchi", "parecchie", "pochi", "poche", "molti", "molte",
                 "tanti", "tante", "qualche")
ORDINALS = {"primo": 1, "prima": 1, "secondo": 2, "seconda": 2, "terzo": 3, "terza": 3, "quarto": 4, "quarta": 4}
# centuries in words: "il ventesimo secolo", "nel diciottesimo secolo"
ORDINALS |= {w: i + 5 for i, w in enumerate(
    "quinto sesto settimo ottavo nono decimo undicesimo dodicesimo tredicesimo quattordicesimo quindicesimo "
    "sedicesimo diciassettesimo diciottesimo diciannovesimo ventesimo ventunesimo".split())}
# the centuries named by their hundreds: "il Quattrocento" (the 15th century), "nell'Ottocento", "il primo Novecento"
ORDINALS |= {w: i + 13 for i, w in enumerate(
    "duecento trecento quattrocento cinquecento seicento settecento ottocento novecento".split())}
UNITS = {"giorno": "D", "giorni": "D", "settimana": "W", "settimane": "W", "fine settimana": "WE", "weekend": "WE",
         "mese": "M", "mesi": "M", "trimestre": "Q", "trimestri": "Q", "anno": "Y", "anni": "Y", "decennio": "DEC",
         "decenni": "DEC", "secoli": "CENT", "millenni": "MIL"}
PLURAL_UNITS = ("giorni", "settimane", "mesi", "trimestri", "anni", "decenni", "secoli", "millenni")
DIRS = {"scorso": -1, "scorsa": -1, "passato": -1, "passata": -1, "precedente": -1, "prossimo": 1, "prossima": 1,
        "successivo": 1, "successiva": 1, "venturo": 1, "questo": 0, "questa": 0, "quest'": 0, "corrente": 0,
        "in corso": 0}
# the plurals, with a plural unit: "nei prossimi mesi", "negli ultimi anni", "nei giorni scorsi": a vague future or
# past (see viz.dates.resolvers.r_relunit)
DIRS |= {"prossimi": 1, "prossime": 1, "ultimi": -1, "ultime": -1, "scorsi": -1, "scorse": -1, "passati": -1,
         "passate": -1}
AGO_FUTURE = ("tra", "fra")
ANCHORED_AFTER = ("dopo", "più tardi")  # "due giorni dopo il sindaco si dimise": from the story's last date
THAT_UNITS = {"anno": "Y", "mese": "M", "settimana": "W"}
THAT_RELS = {"quell'": 0, "quello": 0, "stesso": 0, "stessa": 0, "precedente": -1, "prima": -1, "dopo": 1}
# fixed-date holidays (name -> (month, day)); a date only after a time preposition, a direction or with a year (see
# RULES): not "Babbo Natale", "l'albero di Natale"
HOLIDAYS = {"natale": (12, 25), "vigilia di natale": (12, 24), "capodanno": (1, 1), "ferragosto": (8, 15),
            "pasqua": ("easter", 0), "pasquetta": ("easter", 1), "venerdì santo": ("easter", -2)}
# a day word with its part of the day ("ieri sera", "domani mattina") is one mention: the day (no clock times here)
RELDAYS = {w + " " + p: n for w, n in (("ieri", -1), ("domani", 1), ("oggi", 0))
           for p in ("mattina", "pomeriggio", "sera", "notte")}
RELDAYS |= {"ieri": -1, "oggi": 0, "stasera": 0, "stanotte": 0, "stamattina": 0, "stamani": 0, "domani": 1, "l'altro ieri": -2, "altroieri": -2, "ieri l'altro": -2,
           "dopodomani": 2}
REFS = {"attualmente": "PRESENT_REF", "oggigiorno": "PRESENT_REF", "al momento": "PRESENT_REF",
        "adesso": "PRESENT_REF", "recentemente": "PAST_REF", "di recente": "PAST_REF", "in passato": "PAST_REF",
        "in futuro": "FUTURE_REF", "ultimamente": "PAST_REF", "finora": "PRESENT_REF", "fino ad ora": "PRESENT_REF",
        "fino a ora": "PRESENT_REF", "al giorno d'oggi": "PRESENT_REF", "ai giorni nostri": "PRESENT_REF",
        "il prima possibile": "FUTURE_REF", "prima possibile": "FUTURE_REF", "al più presto": "FUTURE_REF",
        "quanto prima": "FUTURE_REF",
        # "these days": the present of the text ("in questi giorni la città è invasa dai turisti")
        "in questi giorni": "PRESENT_REF", "di questi tempi": "PRESENT_REF", "in questo momento": "PRESENT_REF"}
# "today": the day of the text or "nowadays" (the rule is in viz.dates.engine.Lang)
GENERIC_TODAY = ("oggi",)
TODAY_AS_DATE_AFTER = (r"\s*,?\s*(?:(?:lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica)\b|"
                       r"(?:mattina|pomeriggio|sera|stesso)\b|alle\s+\d)")
TODAY_AS_DATE_NEAR = (r"\b(?:(?:è|sono|era|erano)\s+\w+(?:at|ut|it)[oaie]|fu|furono|"  # "è entrato oggi"
                      r"ha|hanno|aveva|avevano|sarà|saranno|detto|dichiarato|annunciato|affermato|"
                      r"\w{2,}(?:rà|ranno))\b")
TODAY_AS_DATE_BEFORE = (r"\b(?:annunci[oi]|riunione|seduta|vot[oi]|votazione|partita|conferenza|decisione|discorso|"
                        r"vertice|manifestazione|sciopero|elezioni|udienza|processo|cerimonia|edizione|incontro|gara|"
                        r"finale|sessione|dichiarazione)\s+di\s+")
NEWS_CUE = r"\b(?:ieri|domani|ha\s+detto|ha\s+dichiarato|ha\s+annunciato)\b|\d[.:]\d\d\b"

MOD_PREFIX = (r"\b(?:(?:all['’]\s*|a\s+)?inizio|(?:alla\s+|a\s+)?fine|(?:a\s+)?metà)\s+"
              r"(?:(?:del|dello|della|di|dell['’])\s*)?")  # "a metà 2020", "a fine anno": without a preposition
SPAN_DROP = r"dal|al|nel|nell['’]|a|in|da|fino\s+al|fino\s+a|entro\s+il|entro"

YEAR_CUE = r"\b(?:nel|dal|al|del|anno|fino|tra|fra|e|prima|dopo|entro|in)"
# names made of a date: "via 20 settembre", "piazza 4 novembre", "il ponte 25 aprile"
DATE_NOT_AFTER = r"\b(?:via|viale|piazza|piazzale|largo|corso|ponte|stadio|liceo|scuola|istituto)"
# "ha" is "has" ("Nel 1989 ha partecipato"), never hectares after a year; after "nel" a number is a year
# ("quando nel 1988 erano studenti": not "1988 students")
YEAR_SURE_CUE = r"\b(?:nel|nell['’]anno)"
YEAR_NOT_AFTER = (r"[$€£#§]|\d[.,](?!\s)|\b(?:n[º°o]|pag|art|vol)\.?|\b(?:numero|pagina|articolo|capitolo|sala|strada|"
                  r"via|piazza|corso|più\s+di|meno\s+di|circa|oltre|quasi)")
YEAR_NOT_BEFORE = (r"(?:\s*(?:%|€|per\s+cento)|\s*(?:km|kg|m|t)\b|\s+(?:\w+\s+)?(?:persone|abitanti|uomini|donne|"
                   r"bambini|lavoratori|posti|voti|metri|chilometri|tonnellate|euro|dollari|membri|morti|vittime|"
                   r"soldati|casi|imprese|studenti)\b)")

_ART = r"(?:(?:il|l['’]|lo|del|dal|al|nel|sabato|entro\s+il)\s*)?"
# "gli anni novanta": the decades of the 1900s named by their tens
DECADE_WORDS = {"venti": 20, "trenta": 30, "quaranta": 40, "cinquanta": 50, "sessanta": 60, "settanta": 70,
                "ottanta": 80, "novanta": 90, "duemila": 200}

_PREPS = ("a", "di", "in", "da", "per", "tra", "fra", "entro", "fino", "e", "o", "su", "del", "dal", "al", "nel", "sul",
          "dello", "dallo", "allo", "nello", "sullo")
# a bare capitalised month after a word other than a preposition is a name ("Pino Aprile", "il Maggio Musicale", "via XX
# Settembre"): Italian writes the months in lower case (see viz.dates.resolvers.r_month)
MONTH_NAME_AFTER = r"[\w,;:'’-]\s"
MONTH_NAME_NOT_AFTER = "|".join(_PREPS)

_HOLIDAY_END = r"(?!\s+(?:cinese|ebraico|lunare|persiano|islamico)\b)(?:\s+(?:del\s+)?{YEAR}|\s+{DIR:b})?"

RULES = [
    ("range_days", r"(?:dal|tra\s+il|fra\s+il)\s+{DAY}\s+(?:al|e\s+il|e|-|\u2013)\s+{DAY:b}\s+{MONTH}(?:\s+{YEAR})?"),
    ("range_months", r"(?:da|tra|fra)\s+{MONTH}\s+(?:a|e)\s+{MONTH:b}\s+{YEAR}"),
    ("range_years", r"{YEAR}\s*(?:-|\u2013|/)\s*(?:{YEAR:b}|(?P<yy>\d\d)(?![\d%-]))"),  # "1995-96": two years
    ("iso", r"(?P<y>\d{4})-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?![\d-])"),
    ("numeric", r"(?P<a>[0-3]?\d)[/.-](?P<b>[01]?\d)[/.-](?P<y>\d{4})(?![\d/]|\.\d)"),  # the full stop after it ends the sentence
    ("date", _ART + r"(?:{WEEKDAY}\s+)?(?:{DAY}|(?P<dayw>primo))\s+{MONTH}(?:\s+(?:del\s+)?{YEAR}|\s+{DIR})?"),
    # "a Natale", "lo scorso Natale", "il Natale scorso", "Natale 2019", "il giorno di Natale", "dopo Ferragosto",
    # "alla vigilia di Natale" (not "il Capodanno cinese")
    # (one rule per way in: each is scanned for by its own first characters, cheaper than one rule with them all)
    ("holiday", r"(?:(?<=\ba\s)|(?<=\bper\s)|(?<=\bdopo\s)|(?<=\bentro\s)|(?<=\bprima\sdi\s)|(?<=\bfino\sa\s)|"
                r"(?<=\bda\s)|(?<=\bsotto\s)){HOLIDAY}" + _HOLIDAY_END),
    ("holiday", r"(?:(?:lo|il)\s+)?{DIR}\s+{HOLIDAY}" + _HOLIDAY_END),
    ("holiday", r"(?:il\s+)?giorno\s+di\s+{HOLIDAY}" + _HOLIDAY_END),
    ("holiday", r"(?:la|alla)\s+(?=vigilia\b){HOLIDAY}" + _HOLIDAY_END),
    ("holiday", r"{HOLIDAY}\s+(?:del\s+)?{YEAR}"),
    ("month", r"(?:(?:il\s+)?mese\s+di\s+)?{MONTH}\s+(?:del\s+)?{YEAR}"),
    # "a luglio dell'anno scorso", "a marzo di quest'anno": the month of that year
    ("month", r"{MONTH}\s+dell['’]\s*anno\s+(?P<ydir>scorso|passato|precedente|prossimo)"),
    # "nel marzo di quell'anno", "dello stesso anno", "dell'anno successivo": the story's year (resolvers._story_year)
    ("month", r"{MONTH}\s+(?:(?:di\s+quell['’]\s*|dello\s+stesso\s+)(?P<thatyear>anno)|"
              r"dell['’]\s*anno\s+(?P<thatnext>successivo|seguente))"),
    ("month", r"{MONTH}\s+di\s+(?P<ydir>quest['’])\s*anno"),
    ("month", r"{MONTH}\s+del(?:lo)?\s+(?P<ydir>prossimo|scorso)\s+anno"),  # "a gennaio dello scorso anno"
    ("month", r"(?:(?:il\s+)?mese\s+di\s+)?{MONTH}\s+{DIR}"),
    ("month", r"(?:(?:lo|il)\s+)?{DIR}\s+{MONTH}"),
    ("month", r"(?:(?:il\s+)?mese\s+di\s+)?{MONTH}"),  # not a name: MONTH_NAME_AFTER
    ("quarter", r"(?:il\s+)?{ORD}\s+trimestre(?:\s+(?:del\s+)?{YEAR})?"),
    ("half", r"(?:il\s+)?{ORD}\s+semestre(?:\s+(?:del\s+)?{YEAR})?"),
    # the next decade of a list, a bare number or word after the conjunction: "gli anni 80 e 90"
    # (resolvers.r_decade_listed: only right after a decade)
    ("decadelisted", r"(?:(?<=\se\s)|(?<=\so\s)|(?<=\w,\s)(?=[\w\'’]+(?:,|\s+(?:e|o)\s)))"
                     r"(?:(?P<year>1\d\d0|20\d0)|['’]?(?P<yy>\d0)|{DECWORD})\b(?!\s*(?:%|anni|mila|milioni|euro|dollari|persone|per\s+cento))"),
    ("decade", r"(?:gli\s+)?anni\s+(?:(?P<year>1\d\d0|20\d0)|['’]?(?P<yy>\d0))\b"),
    ("decade", r"(?:gli\s+)?anni\s+{DECWORD}"),
    # "nel Duemila", "il Duemila": the year 2000, capitalized after a masculine article (not "duemila euro"; "gli anni
    # Duemila", the decade, is no year)
    ("spelled_year", r"(?:(?<=\bil\s)|(?<=\bdel\s)|(?<=\bdal\s)|(?<=\bal\s)|(?<=\bnel\s)|(?<=\bsul\s))"
                     r"(?P<thousand>(?-i:Duemila))(?![\w-])(?!\s+(?:e\s+)?\w*(?:uno|due|tre|quattro|cinque|sei|"
                     r"sette|otto|nove|dieci|cento)\b)(?!" + YEAR_NOT_BEFORE + ")"),
    ("century", r"(?:il\s+)?(?P<cnum>[XVI]{1,5})\s+secolo"),
    ("century", r"(?:il\s+)?{ORD}\s+secolo"),
    # capitalized, after a masculine article (not the number "ottocento euro", nor "la Cinquecento", the car)
    ("century", r"(?:(?:il|del|dal|al|nel|sul)\s+|(?:l|dell|dall|all|nell|sull)['’]\s*)(?:(?:primo|tardo|pieno)\s+)?"
                r"(?-i:(?P<cnumw>Duecento|Trecento|Quattrocento|Cinquecento|Seicento|Settecento|Ottocento|Novecento))"
                r"(?![\w-])"),
    ("season", r"(?<!olimpiadi\s)(?<!olimpici\s)(?:(?:l['’]|la\s+|in\s+|nell['’]\s*)\s*)?{SEASON}\s+(?:del\s+)?{YEAR}"),  # not "le Olimpiadi invernali"
    ("season", r"(?:l['’]|la\s+|il\s+)\s*{SEASON}\s+{DIR}"),
    # "quest'estate", "questo inverno", "la prossima estate", "lo scorso autunno"
    ("season", r"(?:(?:la|il|lo)\s+)?(?P<dir>quest['’]|questa\s|questo\s|prossima\s|prossimo\s|scorsa\s|scorso\s)\s*"
               r"{SEASON}"),
    # "entro l'estate", "entro la primavera": by the coming one (a deadline; "in estate" may be any summer)
    ("season", r"(?<=\bentro\s)(?:l['’]\s*|la\s+|il\s+)?{SEASON}(?![\w'’-])(?!\s+(?:del|dell['’]|di)\b)"),
    ("that_unit", r"(?:(?:il|al)\s+)?(?P<unit>giorno)\s+(?P<rel>successivo|seguente|dopo)\b"),
    # "quell'anno", "lo stesso giorno", "l'anno successivo": the story's year, not this one
    ("that_unit", r"(?:in\s+)?(?P<rel>quell['’])\s*(?P<unit>anno|mese)\b"),
    ("that_unit", r"(?:lo|nello|la|nella)\s+(?P<rel>stess[oa])\s+(?P<unit>giorno|anno|mese|settimana)\b"),
    ("that_unit", r"(?:l['’]|nell['’])\s*(?P<unit>anno)\s+(?P<rel>successivo|seguente|precedente)\b"),  # after the last date, not tomorrow
    # "l'anno prima", "il mese dopo", "la settimana prima": the one before or after the story's last date (not "il
    # mese prima delle elezioni", counted from an event); without a date told before it, the one before today's
    ("that_unit", r"(?:l['’]\s*|nell['’]\s*|il\s+|nel\s+|la\s+|nella\s+)(?P<unit>anno|mese|settimana)\s+"
                  r"(?P<rel>prima|dopo)(?![\w'’])(?!\s+(?:di|del|della|dello|dei|degli|delle|dell['’]|che|il|la|lo|i|gli|"
                  r"le|l['’])\b)"),
    ("relunit", r"(?:l['’]\s*|nell['’]\s*|il\s+|nel\s+|la\s+|nella\s+)(?P<unit>anno|mese|settimana)\s+"
                r"(?P<latest>prima)(?![\w'’])(?!\s+(?:di|del|della|dello|dei|degli|delle|dell['’]|che)\b)"),
    ("relday", r"{RELDAY}"),
    ("ref", r"{REF}"),
    # "ora" the adverb ("che ora saranno", "Ora è importante"), not the noun ("un'ora", "ogni ora", "l'ora legale")
    ("ref", r"(?<!['’])(?<!\bun\s)(?<!\bogni\s)(?<!\buna\s)(?<!\bmezza\s)(?P<pres>ora)(?![\w'’-])"
            r"(?!\s+(?:di|del|della|dello|dei|delle|legale|locale|solare|esatta|italiana|in\s+cui)\b)"),
    ("ago", r"{NUM}\s+{UNIT}\s+(?P<after>fa)\b"),
    # "anni fa", "secoli fa", "migliaia di anni fa", "due milioni di anni fa": a vague past
    # (the mention starts at the large number's word: a rule that starts with any word would slow the scan)
    ("ago", r"(?P<big>(?:migliaia|milioni|miliardi|centinaia)\s+di)\s+{UNIT}\s+(?P<after>fa)\b"),
    ("ago", r"(?P<unit>anni|decenni|secoli|millenni|mesi|settimane)\s+(?P<after>fa)\b"),
    # a count of units before an adverb of anteriority: "due settimane prima", "tre anni addietro" (as English "two
    # weeks earlier"); not "prima di/delle elezioni" (before an event: counted from it, not from the text's day)
    ("ago", r"{NUM}\s+{UNIT}\s+(?P<after>prima|addietro)(?![\w'’])"
            r"(?!\s+(?:di|del|della|dello|dei|degli|delle|dell['’]|che)\b)"),
    ("ago", r"(?P<after>tra|fra)\s+{NUM}\s+{UNIT}"),
    ("ago", r"{NUM}\s+{UNIT}\s+(?P<after>dopo|più\s+tardi)(?![\w'’])"
            r"(?!\s+(?:di|del|della|dello|dei|degli|delle|dell['’]|il|la|lo|i|gli|le|l['’]|che)\b)"),
    ("weekday", r"(?:{DIR}\s+)?{WEEKDAY}(?:\s+{DIR:b})?"),
    ("relunit", r"(?:(?:il|la|l['’]|lo)\s*)?{UNIT}\s+{DIR}"),
    ("relunit", r"(?:(?:il|la|l['’]|lo)\s*)?{DIR}\s*{UNIT}"),
    # "entro la fine dell'anno", "nel corso dell'anno", "a fine anno": the year of the text (not "dell'anno
    # scorso", "dell'anno in cui", "dell'anno scolastico")
    ("relunit", r"(?:(?<=\bfine\s)|(?<=\binizio\s)|(?<=\bmetà\s)|(?<=\bcorso\s))(?:dell['’]\s*)?(?P<unit>anno)(?![\w'’-])"
                r"(?!\s+(?:{DIR}|\d|in\s+cui|che|di|del|della|dei|degli|delle|scolastico|accademico|fiscale|"
                r"giudiziario|liturgico|solare|seguente|dopo|prima)\b)"),
    # "a inizio settimana", "entro fine mese", "a metà settimana", "nel corso della settimana": the text's week or
    # month (not "la fine del mese di maggio", "della settimana scorsa", "del mese successivo")
    ("relunit", r"(?:(?<=\bfine\s)|(?<=\binizio\s)|(?<=\bmetà\s)|(?<=\bcorso\s))(?:(?:del|della)\s+)?"
                r"(?P<unit>settimana|mese)(?![\w'’-])"
                r"(?!\s+(?:{DIR}|\d|in\s+cui|che|di|del|della|dei|degli|delle|seguente|dopo|prima)\b)"),
    ("year", r"(?:(?:l['’]anno|anno)\s*)?{YEAR}"),
]

# a clause set off by commas after a fronted date opens with these ("Sabato, quando i leader si riuniranno, l'accordo
# sarà firmato": the main verb after it tells the date's tense; viz.dates.tense.tense)
ASIDE_OPEN = r"quando|mentre|se|anche\s+se|sebbene|benché|perché|come|secondo|dopo\s+che|prima\s+che|appena|finché"
