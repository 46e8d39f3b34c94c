"""German words and rules for the date extractor (see viz.dates.engine for the template syntax)."""
import re

from .. import cldr, rxcache
from ..tense import sentence_after as _sentence_after_any, sentence_before as _sentence_before_any

CODE = "de"
_rx = rxcache.shared(CODE).compile  # the module's patterns, kept between processes with its rules'

# an ordinal's full stop after its article or preposition ("im 92. Lebensjahr", "zum 25. Mal", "am 3. Mai") ends no
# sentence: the sentence read around a date for its tense goes on past it
_ORDINAL_STOP = _rx(r"\b(?:im|am|zum|zur|beim|vom|der|die|das|dem|den|des|ihrem|seinem|ihres|seines)\s+"
                           r"\d{1,3}$", re.I)


def sentence_after(text: str, e: int, width: int = 90) -> str:
    post = _sentence_after_any(text, e, width)
    while (len(post) < width and text.startswith(". ", e + len(post)) and _ORDINAL_STOP.search(text, max(0, e - 20),
                                                                                              e + len(post))):
        post += ". " + _sentence_after_any(text, e + len(post) + 2, width - len(post) - 2)
    return post


def sentence_before(text: str, s: int, width: int = 90) -> str:
    pre = _sentence_before_any(text, s, width)
    k = s - len(pre)  # where the sentence read begins: after a stop ". " when it was cut there
    while (len(pre) < width and k >= 1 and text[k - 1] == "." and text[k:k + 1] == " "
           and _ORDINAL_STOP.search(text, max(0, k - 31), k - 1)):
        pre = _sentence_before_any(text, k - 1, width - len(pre) - 1) + "." + pre
        k = s - len(pre)
    return pre
DAY_FIRST = True
DAY_SUFFIX = r"\.?"

MONTHS = {w: n for w, n in cldr.months("de").items() if w not in ("mar.", "marz")} | {"jänner": 1, "maerz": 3, "febr.": 2, "feber": 2,
                                                                                    "jän.": 1}
# the genitive of the months not ending in -s ("im Laufe des Dezembers", "Ende des Jänners"); not "Mais" (maize) nor
# "Julis" (the FDP's youth: "der Vorsitzende der Julis"), "Junis"
MONTHS |= {w + "s": n for w, n in list(MONTHS.items())
           if not w.endswith((".", "s", "z")) and w not in ("mai", "maerz", "juni", "juli")}
# a month alone names a time only after a cue word (a preposition, an article, "Anfang"): alone it may be a name
# ("März und Partner", "August Bebel", "Mai Thi") or a word of the text (the cry "April, April!", "Dezember, mit ein
# bißchen Mai" in a poem); the month after another and a slash is the second of a pair ("im Juli/August", "Ende
# September/Oktober")
AMBIGUOUS_MONTHS = tuple(w for w in MONTHS if not w.endswith("."))
_NAME_MONTHS = ("märz", "maerz", "mai", "august")
_FULL_MONTHS = "|".join(w for w in MONTHS if not w.endswith("."))
MONTH_ALONE_CUE = (r"\b(?:im|in|bis|seit|ab|vom|zum|anfang|ende|mitte|beginn|der|den|des|dem|diesen|dieses|jeden|"
                   r"letzten|nächsten|vergangenen|kommenden|von|zwischen|nach|vor|auf|monat|monats|monate|monaten|"
                   r"für|(?:" + _FULL_MONTHS + r")\s*[,/]|(?:" + _FULL_MONTHS + r"|\d\.?)\s+(?:und|oder)|"
                   # a superlative after its article: "der kälteste Mai", "den wärmsten Oktober"
                   r"(?:der|den|dem|des)\s+(?-i:[a-zäöüß]+ste[nr]?))")
WEEKDAYS = cldr.weekdays("de") | {"sonnabend": 5}
# (the noun "Gebet" whole: not "gebeten", "Um Anmeldung wird bis Freitag gebeten")
# ... and a weekday that is a surname after a title ("Herr Sonntag", "Frau Montag", "Familie Sonntag"): read after the
# weekday (lookbehinds of a fixed width, one per title and weekday), where the title opens the name -- not after an
# article, a possessive or an adjective ("fand die Frau Montag früh", "Eine 82-jährige Frau Dienstag früh
# überfallen", "seine Frau Samstag"), not before a time of day ("überfallen: Frau Montag früh von Nachbarin
# gefunden") -- or before "aus" and a place, a family's origin ("Die Familie Montag aus Meran feierte")
# ("Ein Herr Dienstag hat sich gemeldet": "ein Herr" before a name is a certain Mr; an article, a possessive, an
# adjective end in "e", "en", "er", "em", "es" -- "von Frau Montag", "zum Herrn Sonntag" are names)
# ... "Herr" after a word in "-e" is the name too ("sagte Herr Sonntag", "Wie Herr Montag betonte": no article of
# "Herr" ends in "e"), and "Frau" after "Wie" or a weak Präteritum of a statement ("Wie Frau Montag betonte",
# "erklärte Frau Sonntag"; not "die alte Frau")
# (the weak Präteritum only of a verb of saying, a closed list: "Vermisste Frau Sonntag tot aufgefunden", "Die verletzte
# Frau Montag ins Spital gebracht" are a woman found on Sunday, brought in on Monday)
_SAYING_TE = ("sagte", "erklärte", "betonte", "meinte", "berichtete", "bestätigte", "ergänzte", "schilderte",
              "erläuterte", "kritisierte", "forderte", "warnte", "antwortete", "unterstrich")
_TITLE_NAME = "".join(
    r"|(?-i:(?<=\b%s\s%s)(?:(?:(?<=\b[Ee]in\sHerr\s%s)|(?<=\b[Ww]ie\s%s\s%s)|%s|"
    r"%s(?<!e[nrms]\s%s\s%s)(?<!\b[Ee]in\s%s\s%s))"
    r"(?!\s+(?:früh|abends?|morgens?|vormittags?|nachmittags?|mittags?|nachts?|in\s+der\s+(?:Früh|Nacht)|"
    r"um\s+\d|gegen\s+\d)\b)|"
    r"(?=\s+aus\s+[A-ZÄÖÜ])))" % (t, w, w, t, w, "|".join(r"(?<=\b%s\s%s\s%s)" % (v, t, w) for v in _SAYING_TE),
                                  "" if t.startswith("Herr") else r"(?<!e\s%s\s%s)" % (t, w), t, w, t, w)
    for t in ("Herr", "Herrn", "Frau", "Familie")
    for w in ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonnabend", "Sonntag"))
# ... and a weekday of every month ("am ersten Montag im Monat", "jeden letzten Freitag des Monats"): a set, no date
# (not "im Monat Mai": that month's day); and a rest day ("Montag Ruhetag", "Dienstag ist Ruhetag"; not "am Montag
# (ist) Ruhetag", a race's or a team's one day: "Die Fahrer hatten am Montag Ruhetag", "Am Sonntag ist Ruhetag")
WEEKDAY_NOT_BEFORE = (r"\s*(?:gebet|predigt)(?:e?s|e)?\b|"
                      r"(?<!\bam\s" + r")(?<!\bam\s".join(("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag",
                                                          "Samstag", "Sonnabend", "Sonntag")) + r")\s+(?:ist\s+)?Ruhetag\b|"
                      r"\s+(?:im|des|jedes|jeden)\s+Monats?\b(?!\s+(?:" + _FULL_MONTHS + r")\b)" + _TITLE_NAME)
# "jeden Montag" is every Monday (a set), and "am Sonntag" after the title of a Sunday paper is its name ("sagte er der
# Welt am Sonntag", "Bild am Sonntag", "NZZ am Sonntag", "Zett am Sonntag"; not "die Presse", also the press)
# ... and a weekday after an indefinite article is any such day, or the kind of a day ("an einem Sonntag im Juli",
# "Der 16. Juni ist ein Sonntag", "an keinem Montag")
# ... and "vorletzten Sonntag", "übernächsten Montag" (two weeks away: not read, rather than the nearest such day)
# ... also with an adjective between the article and the weekday ("an einem verregneten Sonntag im Mai", "an einem
# kalten Montag", "jeden zweiten Dienstag"): still any such day, not this week's
# ... and a weekday that is a surname after a title and a degree ("Frau Dr. Sonntag"; without a degree: see
# WEEKDAY_NOT_BEFORE)
# (the adjective only after "jeden" or "an (k)einem": "einen turbulenten Sonntag erlebte", "nach einem ruhigen Montag"
# are the recent day)
# (common given names of the region, for a weekday that is a surname after one: see WEEKDAY_NOT_AFTER)
_COMMON_GIVEN_NAMES = ("Alois", "Andreas", "Anton", "Christian", "Florian", "Franz", "Georg", "Hans", "Helmut",
                       "Herbert", "Hermann", "Johann", "Josef", "Karl", "Klaus", "Manfred", "Martin", "Michael",
                       "Peter", "Robert", "Thomas", "Walter", "Werner", "Anna", "Maria", "Elisabeth", "Theresia",
                       "Rosa", "Martha", "Monika", "Barbara", "Christine", "Helga", "Johanna", "Katharina", "Sabine",
                       "Petra")
# ... and right after a common given name, the weekday is the surname ("Maria Freitag aus Lana feiert ihren 90.
# Geburtstag", "der ehemalige Bürgermeister Franz Montag"): a date names no one by a bare first name; a closed list,
# without the names of popes and kings ("Papst Benedikt Sonntag"), and not a saint's place ("St. Martin", "St.Martin",
# "Sankt Georgen", "Sant'Anna"); not before a time of day, the date's ("Das Treffen mit Anna Sonntag um zehn Uhr fiel
# aus", "Die Kinder besuchten Tante Maria Sonntag früh"), nor after a word of kinship, which names one of the family by
# the given name alone ("Tochter Anna Sonntag getauft"). Seen from after the weekday: one fixed-width look-behind for
# each weekday and each length of the names
def _by_len(words):
    groups = {}
    for word in words:
        groups.setdefault(len(word), []).append(word)
    return groups.values()


_NOT_KIN = "".join(r"(?<!\b(?:%s)\s)" % "|".join(g) for g in _by_len(
    ("Tochter", "Sohn", "Tante", "Onkel", "Oma", "Opa", "Mutter", "Vater", "Schwester", "Bruder", "Enkel", "Enkelin",
     "Nichte", "Neffe", "Cousin", "Cousine")))
WEEKDAY_NOT_BEFORE += (r"|(?-i:(?:" + "|".join(
    r"(?<=(?<!\bSt\.\s)(?<!\bSt\.)(?<!\bSankt\s)(?<!['\u2019])%s\b(?:%s)\s%s)" % (_NOT_KIN, "|".join(ns), w)
    for w in ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonnabend", "Sonntag")
    for ns in _by_len(_COMMON_GIVEN_NAMES)) + r")"
    r"(?!\s+(?i:früh|abends?|morgens?|vormittags?|nachmittags?|mittags?|nachts?|in\s+der\s+(?:früh|nacht)|"
    r"um\s+\d|gegen\s+\d|um\s+(?:halb\s+\w+|\w+\s+uhr))\b))")
_GIVEN_NAME = (r"(?!(?:Am|Ab|An|Bis|Seit|Vom|Zum|Ende|Anfang|Mitte|Heute|Morgen|Gestern|Jeden|Kommenden|Nächsten|"
               r"Letzten|Vergangenen|Diesen|Nacht|Abend|Uhr)\b)[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?")
WEEKDAY_NOT_AFTER = (r"\b(?:(?:jede[nmrs]?|an\s+k?einem)\s+(?-i:[a-zäöüß]+e[nmrs]?)|jede[nmrs]?|k?ein(?:e[mn]?)?|"
                     r"vorletzte[nmr]?|übernächste[nmr]?|(?-i:Welt|Bild|Kurier|Tagesspiegel|NZZ|FAZ|Zett)(?:\s+am)?|"
                     r"(?-i:(?:Herrn?|Frau|Familie)\s+(?:Dr|Prof|Mag|Ing|Dipl)\.)|"
                     # ... and "Marke" (a brand: "Taschen der Marke Freitag"); not after any two capitalized words:
                     # German nouns are capitalized, a headline names its subject and the day without "am" ("Gemeinde
                     # Lana Samstag im Ausnahmezustand"), and a news agency's report dates with a bare weekday after
                     # its source ("Das bestätigte die Polizei Tirol Montag", "Das sagte der Vorsitzende Babler Montag
                     # in Wien", "meldete die Agentur Ansa Sonntag")
                     r"(?-i:Marke))"
                     # ... and after the role of an association's officer and a given name ("Der Obmann Hans Sonntag",
                     # "Feuerwehrkommandant Georg Sonntag"; the role also at the end of a compound, cut by the 25
                     # characters read); not "Vorsitzende", as often before a surname ("der Vorsitzende Babler Montag
                     # in Wien")
                     r"|(?:obmann|obfrau|kommandant(?:in)?)\s" + _GIVEN_NAME +
                     # ... and a rest day, every week's ("Ruhetag: Dienstag"): a set
                     r"|\bruhetag\s*:?")
FOLLOWING_WEEKDAY_NEEDS_ANCHOR = True  # "am folgenden Sonntag" with no day before it (resolvers.r_weekday)
RANGE_WORDS = ("bis",)  # "vom 3. bis 5. März": a range end, not a future cue
RANGE_END_AFTER_START = True  # "von Samstag bis Dienstag" to come: the end after the start (resolvers.r_weekday)
# the verbs that set or move the date of an event ("vertagen", "verschieben", "verlegen", "ansetzen", "anberaumen",
# "festsetzen", "terminieren"): their goal "auf" + a date is a date to come, whatever the tense of the decision
_RESCHEDULE_PARTICIPLE = (r"(?:vertagt|verschoben|verlegt|vorverlegt|vorgezogen|umgelegt|angesetzt|anberaumt|"
                          r"festgesetzt|festgelegt|terminiert|aufgeschoben|verlängert)")
# "werde" (reported speech: "er werde antreten") and the conditional "würde" are futures in the past, as "would"
# ... and "muss noch" (still has to: "muss noch auf seiner Oktobertagung ratifiziert werden"), an obligation not yet met
_WEEKDAY_NAMES = ("montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonnabend", "sonntag")
FUTURE_CUE = (r"\b(?:wird|werden|werde|würde|würden|soll|sollen|will|wollen|bis|geplant(?:e[nmrs]?)?|kommenden?|"
              r"nächsten?|(?:muss|müssen)\s+noch|spätestens(?!\s+seit))\b|"
              # ... and a verb of an announcement, a plan, a threat or a promise before the comma that opens its
              # infinitive clause, which holds the date ("Der Anwalt kündigte an, am Montag Berufung einzulegen", "Die
              # Gewerkschaft drohte, am Freitag zu streiken"): the act to come, though told in the past
              # (not "drohte": a danger as often as a threat, "Das Feuer drohte, am Sonntag auf den Wald
              # überzugreifen"; not after a date that opens the sentence and dates the announcement itself, "Im Sommer
              # kündigte der Verband an, im Oktober die Preise zu erhöhen": October after the summer, not next year's)
              + "".join(r"(?<!\b[IA]m\s[A-ZÄÖÜ][a-zäöüß]{%d}\s)" % n for n in range(2, 11)) +
              r"\b(?:kündigte[n]?\s+(?:[\w-]+\s+){0,4}?an|kündigt\s+(?:[\w-]+\s+){0,4}?an|plante[n]?|plant|"
              r"beabsichtigte[n]?|beabsichtigt|versprach(?:en)?|verspricht|"
              r"(?:hatte|hat)\s+(?:[\w-]+\s+){0,3}?vor)\s*,\s*(?!\s*(?:dass|daß|weil|als|nachdem|die|der|das|was|wie|ob)\b)"
              r"[^,.;:!?]{0,40}$|"
              # ... "morgen" (tomorrow, in lower case: "der Morgen" is the morning) earlier in the sentence, the days
              # of a forecast or a programme listed after it ("Heute sonnig, morgen Gewitter, am Mittwoch wieder
              # freundlich"); not "von morgen" (of the future: "die Schule von morgen"), nor the morning in the old
              # spelling after a day ("heute morgen", "gestern morgen", "Sonntag morgen")
              # ... or "Morgen" opening the sentence or a part after a colon ("Das Wetter: Morgen sonnig, am Sonntag
              # Regen"; "am Morgen", "Guten Morgen" do not open it)
              r"(?:(?<!\bvon\s)(?<!\bheute\s)(?<!\bgestern\s)" + "".join(r"(?<!%s\s)" % w for w in _WEEKDAY_NAMES)
              + r"(?-i:\b(?:über)?morgen)|(?:^\s*|:\s*)(?-i:(?:Über)?[Mm]orgen))\b(?!\s+(?:vor|in)\b)"
              # (not across a comma that opens a relative or subordinate clause, which has its own tense: "Morgen
              # tritt das Gesetz in Kraft, das der Nationalrat im März beschlossen hat")
              r"(?![^.;!?]*,\s*(?:(?:in|an|auf|mit|bei|von|für|über|nach|zu|seit)\s+)?(?:der|die|das|dem|den|denen|"
              r"deren|dessen|welche[nmrs]?|nachdem|als|weil|obwohl|dass|seitdem)\b)|"
              # ... "ab" right before the date, a start from which something holds ("Ab Frühjahr gelten neue Tarife",
              # said in October: the next spring; a past verb after it is the closer cue: "Ab März galt")
              r"\bab(?:\s+(?:dem|den))?\s*$|"
              # ... the noun of a date set for something, the subject of a copula in the present before the date
              # ("Der Termin für die Wahl ist der 27. Oktober", "Stichtag bleibt der 1. Oktober", "Die Frist gilt bis
              # 30. Juni"): the date to come (a past copula after it, "war", is the closer past cue); not "ist am",
              # also a Perfekt's auxiliary ("Die Frist ist am 30. April abgelaufen")
              r"\b(?-i:[\w-]*[Tt]ermin|Stichtag|(?:Anmelde|Einsende|Abgabe|Annahme|Melde|Bewerbungs|Redaktions)schluss|"
              r"[\w-]*[Ff]rist)\b[^.;:!?]{0,50}?\b(?:ist|sind|bleibt|bleiben|gilt)\s+(?:der|bis)\s*$|"
              # ... the verb before its goal: "wurde verschoben auf den 3. März", "Das Gericht vertagte sich auf Montag"
              # ... or its object between ("Der Richter vertagte die Verhandlung auf den 3. März")
              r"\b(?:" + _RESCHEDULE_PARTICIPLE + r"|vertagte[n]?|verschiebt|verschob(?:en)?|verlegte[n]?|"
              r"terminierte[n]?|verlängerte[n]?)(?:\s+[\w-]+){0,3}\s+auf(?:\s+(?:den|dem))?\s*$")

# a sentence of repeated events ("jedes Jahr zu Ostern", "zweimal hielt sie die Rede zum Tag der Deutschen Einheit"):
# its feast is no one date
HABITUAL_CUE = (r"\b(?:jede[nsm]?|jährlich|alljährlich|traditionell|gewöhnlich|üblicherweise|mehrmals|oft|häufig|"
                r"(?:zwei|drei|vier|fünf|mehrere|etliche|viele)\s?mal|immer\s+wieder)\b[^.;]{0,60}$|"
                # ... and "immer" right before the date or its preposition ("Das Fest findet immer am ersten Sonntag im
                # Oktober statt"), every year's day; not "wie immer" (this once, as always), "für immer", "noch immer"
                r"(?<!\bwie\s)(?<!\bfür\s)(?<!\bnoch\s)\bimmer(?:\s+(?:am|an|im|zu|zum))?\s*$")
# name -> (month, day), or ("easter", days after Easter Sunday) for the feasts that move with it
# ("Weihnachten" is the 24th, Heiligabend, in KRAUTS: the German feast is kept on its eve)
HOLIDAYS = {"weihnachten": (12, 24), "heiligabend": (12, 24), "heiligen abend": (12, 24), "heiliger abend": (12, 24),
            "silvester": (12, 31), "neujahr": (1, 1), "neujahrstag": (1, 1), "dreikönigstag": (1, 6),
            "allerheiligen": (11, 1), "allerseelen": (11, 2), "tag der deutschen einheit": (10, 3),
            "mariä himmelfahrt": (8, 15), "maria himmelfahrt": (8, 15), "mariä empfängnis": (12, 8),
            "maria empfängnis": (12, 8), "ostern": ("easter", 0), "ostersonntag": ("easter", 0),
            "ostermontag": ("easter", 1), "karfreitag": ("easter", -2), "gründonnerstag": ("easter", -3),
            "aschermittwoch": ("easter", -46), "christi himmelfahrt": ("easter", 39), "pfingsten": ("easter", 49),
            "pfingstsonntag": ("easter", 49), "pfingstmontag": ("easter", 50), "fronleichnam": ("easter", 60),
            # the Austrian and South Tyrolean names of the feasts: Christmas Day, St Stephen's Day (26 December, a
            # holiday there), the Assumption ("Hochunserfrau", 15 August), St Joseph's Day (19 March, a holiday in
            # Tyrol), St Nicholas' Day, Candlemas, St Martin's Day
            "christtag": (12, 25), "stephanstag": (12, 26), "stefanstag": (12, 26), "stefanitag": (12, 26),
            "stephanitag": (12, 26), "hochunserfrau": (8, 15), "hochunserfrauentag": (8, 15), "josefitag": (3, 19),
            "josefstag": (3, 19), "nikolaustag": (12, 6), "lichtmess": (2, 2), "mariä lichtmess": (2, 2),
            "martinstag": (11, 11), "silvesternacht": (12, 31),
            # (the Tyrolean names of saints' days in "-i", the Latin genitive: "Martinitag", "Jakobitag" (25 July))
            "martinitag": (11, 11), "jakobitag": (7, 25),
            # ... and the other names of feasts above: "Allerheiligentag", "Allerseelentag", "zu Dreikönig", "am Fest
            # der Heiligen Drei Könige" (not the Magi alone: "Die Heiligen Drei Könige brachten Gold"), "am
            # ersten/zweiten Weihnachtsfeiertag"; St Valentine's Day, St John's Day
            # Holy Week, from Palm Sunday to Holy Saturday ("in der Karwoche"): the ISO week of Good Friday (the rule
            # of its own below reads it as a week)
            "karwoche": ("easter", -2),
            "allerheiligentag": (11, 1), "allerseelentag": (11, 2), "dreikönig": (1, 6), "dreikönige": (1, 6),
            "fest der heiligen drei könige": (1, 6), "ersten weihnachtstag": (12, 25),
            "ersten weihnachtsfeiertag": (12, 25), "zweiten weihnachtstag": (12, 26),
            "zweiten weihnachtsfeiertag": (12, 26), "valentinstag": (2, 14), "johannistag": (6, 24),
            # the feasts of the Italian state that South Tyrolean news names: "Ferragosto" (15 August), "Tag der
            # Arbeit" (1 May)
            "ferragosto": (8, 15), "tag der arbeit": (5, 1),
            # the carnival and Holy Week: "am Unsinnigen Donnerstag" (the Tyrolean name of the Thursday before Ash
            # Wednesday), "Faschingsdienstag", "Palmsonntag", "Karsamstag", "Weißer Sonntag" (the Sunday after Easter)
            "unsinniger donnerstag": ("easter", -52), "unsinnigen donnerstag": ("easter", -52),
            "unsinnige donnerstag": ("easter", -52),
            "rosenmontag": ("easter", -48), "faschingsdienstag": ("easter", -47), "fastnachtsdienstag": ("easter", -47),
            "palmsonntag": ("easter", -7), "karsamstag": ("easter", -1), "weißer sonntag": ("easter", 7),
            "weißen sonntag": ("easter", 7),
            # the feasts of the Tyrolean year after Pentecost: Trinity Sunday, the Sacred Heart (the Friday after the
            # second Sunday after Pentecost) and the Herz-Jesu-Sonntag after it, when the bonfires burn on the
            # mountains; and Mother's Day, the second Sunday of May in Austria, Germany and Italy alike
            "dreifaltigkeitssonntag": ("easter", 56), "herz-jesu-fest": ("easter", 68),
            "herz-jesu-freitag": ("easter", 68), "herz-jesu-sonntag": ("easter", 70), "muttertag": (5, 6, 2)}
# the Sundays of Advent ("am ersten Adventsonntag", "am 3. Advent"): the fourth is the last Sunday before Christmas
HOLIDAYS |= {"%s %s" % (o, w): ("advent", k) for k, ords in enumerate((("ersten", "erster", "1."), ("zweiten", "zweiter", "2."),
                                                                   ("dritten", "dritter", "3."), ("vierten", "vierter", "4.")),
                                                                  1)
             for o in ords for w in ("advent", "adventsonntag", "adventssonntag")}
SEASONS = {"frühling": "SP", "frühjahr": "SP", "sommer": "SU", "herbst": "FA", "winter": "WI"}
# ... and their genitive ("Anfang des Sommers", "im Laufe des Winters", "während des Herbstes")
SEASONS |= {"frühlings": "SP", "frühjahrs": "SP", "frühjahres": "SP", "sommers": "SU", "herbstes": "FA",
            "herbsts": "FA", "winters": "WI"}
# ... and their early, high and late parts ("im Spätherbst", "im Frühsommer", "im Hochwinter"): the season
SEASONS |= {pre + w: v for w, v in (("sommer", "SU"), ("herbst", "FA"), ("winter", "WI"))
            for pre in ("früh", "hoch", "spät")} | {"spätfrühling": "SP", "spätfrühjahr": "SP"}

# "die zwanziger Jahre": the decades of the 1900s named by their tens
DECADE_WORDS = {"zwanziger": 20, "dreißiger": 30, "dreissiger": 30, "vierziger": 40, "fünfziger": 50,
                "sechziger": 60, "siebziger": 70, "achtziger": 80, "neunziger": 90}

NUMBERS = {
    "eine": 1, "ein": 1, "einem": 1, "einen": 1, "einer": 1, "eins": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6,
    "sieben": 7, "acht": 8, "neun": 9, "zehn": 10, "elf": 11, "zwölf": 12, "fünfzehn": 15, "zwanzig": 20,
    "dreißig": 30, "fünfzig": 50, "hundert": 100,
}
VAGUE_NUMBERS = ("einige", "einigen", "mehrere", "mehreren", "ein paar", "wenigen", "wenige", "vielen", "viele")
NTH_LAST = ("letzten",)  # "am letzten Samstag im September" (resolvers.r_nthweekday)
NTH_WEEKDAY_BY_TENSE = True  # its year as a bare month's (resolvers.r_nthweekday)
NTH_WEEKDAY_HABIT_NO_MENTION = True  # "jeden ersten Sonntag im Mai", "immer am ...": a set, no mention (KRAUTS)
ORDINALS = {"ersten": 1, "erste": 1, "1.": 1, "zweiten": 2, "zweite": 2, "2.": 2, "dritten": 3, "dritte": 3,
            "3.": 3, "vierten": 4, "vierte": 4, "4.": 4}
ORDINALS |= {stem + end: n for stem, n in (("fünft", 5), ("sechst", 6), ("siebt", 7), ("acht", 8), ("neunt", 9),
                                            ("zehnt", 10)) for end in ("e", "en")}
# "in den kommenden Tagen", "in den letzten Jahren": a vague FUTURE_REF / PAST_REF, not one day or year
PLURAL_UNITS = ("tagen", "wochen", "monaten", "jahren", "jahrzehnten", "jahrhunderten", "jahrtausenden")
# "Jahre" after a direction word is the plural ("die letzten Jahre", "all diese Jahre") unless a singular article or
# preposition stands before it ("im vergangenen Jahre", the old dative)
PLURAL_LOOKING_UNITS = ("jahre", "tage", "monate")
SINGULAR_BEFORE = r"\b(?:im|am|dem|vom|zum|beim)"
# "letzt-" after a definite article is also "final": "am letzten Tag" (the last day, of something: yesterday is
# "gestern") and "letzt-" with a genitive or "vor"/"nach" after the unit ("das letzte Jahr seines Lebens", "in der
# letzten Woche vor der Wahl") are not dates; "letztes Jahr", "letzte Woche" (no article) are the ones before. A plain
# "der"/"dieser" after the unit may be a subject ("Dann stieg im letzten Jahr der Umsatz"): not a complement here
FINAL_DIRS = ("letzte", "letzten", "letztes", "letzter")
FINAL_BEFORE = r"\b(?:im|am|zum|vom|beim|der|die|das|den|dem|des)"
FINAL_UNITS = ("tag",)
FINAL_AFTER = (r"\s+(?:des|eines|seines|ihres|meines|deines|unseres|einer|seiner|ihrer|meiner|deiner|unserer|"
               r"(?:vor|nach|bis\s+zu[mr]?)\s+(?:der|dem|den|des|seine[mnrs]?|ihre[mnrs]?|eine[mnrs]?))\b")
# centuries in words: "im zwanzigsten Jahrhundert"
ORDINALS |= {stem + end: n for stem, n in (("fünfzehnt", 15), ("sechzehnt", 16), ("siebzehnt", 17), ("achtzehnt", 18),
                                            ("neunzehnt", 19), ("zwanzigst", 20), ("einundzwanzigst", 21))
             for end in ("e", "en")}
# "in den 1800er Jahren" is the 19th century, as "the 1800s"
HUNDREDS_ARE_CENTURIES = True
UNITS = {"tag": "D", "tage": "D", "tagen": "D", "woche": "W", "wochen": "W", "wochenende": "WE", "monat": "M",
         "monate": "M",
         "monats": "M", "monaten": "M", "quartal": "Q", "quartals": "Q", "jahr": "Y", "jahres": "Y",
         "jahre": "Y", "jahren": "Y", "jahrzehnt": "DEC", "jahrzehnten": "DEC", "heuer": "Y",
         "jahrhundert": "CENT", "jahrhunderts": "CENT", "jahrhunderten": "CENT", "jahrtausenden": "MIL",
         # the adjectives of this year and the last ("die diesjährige Ausgabe", "der heurige Sommer", "der
         # vorjährige Sieger"): only in the rules of their own below, never after a number
         "diesjährig": "Y", "heurig": "Y", "jährig": "Y"}
DIRS = {
    "letzte": -1, "letzten": -1, "letztes": -1, "letzter": -1, "vergangene": -1, "vergangenen": -1,
    "vergangenes": -1, "vergangener": -1, "vorige": -1, "vorigen": -1, "voriges": -1, "voriger": -1,
    "nächste": 1, "nächsten": 1, "nächstes": 1, "nächster": 1, "kommende": 1, "kommenden": 1, "kommendes": 1,
    "kommender": 1, "kommendem": 1, "nächstem": 1,  # the dative after "ab": "ab kommendem Montag"
    "nächst": 1,  # "nächstjährig" (the rule of the year adjectives)
    # ... and the strong dative after "seit", "ab", "mit": "seit letztem Herbst", "seit vergangenem Jahr"
    "letztem": -1, "vergangenem": -1, "vorigem": -1, "abgelaufenem": -1,
    "vorjahres": -1,  # "im Dezember des Vorjahres" (month and season rules below)
    "vorwoche": -1,  # "am Dienstag der Vorwoche" (the weekday rule below)
    "v. j.": -1, "v.j.": -1, "d. j.": 0, "d.j.": 0,  # "im Juni v. J." (vorigen Jahres), "d. J." (dieses Jahres)
    # "heurig" (South Tyrolean, Austrian: this year's), "diesjährig": "im Juni des heurigen Jahres" (the genitive
    # rules below), "der heurige Winter", "im diesjährigen Sommer" (a season of this year)
    "heurige": 0, "heurigen": 0, "heuriger": 0, "heuriges": 0, "heurigem": 0,
    "diesjährige": 0, "diesjährigen": 0, "diesjähriger": 0, "diesjähriges": 0, "diesjährigem": 0,
    "diese": 0, "diesen": 0, "dieses": 0, "diesem": 0, "dieser": 0, "laufenden": 0, "laufende": 0, "laufendes": 0,
    # the year (month, week) just ended, of an association's annual report ("im abgelaufenen Jahr rückte die
    # Feuerwehr zu 45 Einsätzen aus", "das abgelaufene Jahr war erfolgreich")
    "abgelaufene": -1, "abgelaufenen": -1, "abgelaufenes": -1, "abgelaufener": -1,
}
# (not "vorletzt-" and "übernächst-" as -2 and +2: the weekday resolver reads any past direction as the last such day,
# and "am vorletzten Tag des Turniers" is the penultimate day of something, as FINAL_DIRS "letzt-")
AGO_FUTURE = ("in",)
THAT_RELS = {"folge": 1}  # "Folgetag", "Folgejahr" (the that_unit rule)
ANCHORED_AFTER = ("später",)  # "zwei Tage später trat er zurück": from the story's last date
RELDAYS = {"gestern": -1, "heute": 0, "morgen": 1, "vorgestern": -2, "übermorgen": 2, "heutig": 0, "gestrig": -1,
           "morgig": 1}
# the adjective "heutig" before an event noun is the day of that event ("mit der heutigen Ankündigung", "in der
# heutigen Sitzung"), in any text (in an essay, before any other noun it classifies: "der heutige Mensch", "die
# heutige Politik", present-day, not marked, as in KRAUTS)
_EVENT_NOUN = (r"[\w-]*(?:ankündigung|sitzung|abstimmung|spiel|partie|konferenz|entscheidung|beschluss|rede|"
               r"gipfel|treffen|demonstration|kundgebung|streik|wahl|wahlen|prozess|verhandlung|feier|zeremonie|"
               r"rennen|erklärung|mitteilung|finale|begegnung|versammlung|debatte|anhörung|pressekonferenz|"
               r"tagung|premiere|eröffnung|veranstaltung|vorstellung|"
               # ... and the other scheduled events of a regional paper: a concert, a reading, a talk, a service, a
               # procession, a training, a derby, a match, a tournament, a drill, a guided tour, a feast, a blessing,
               # a funeral, a verdict, a visit, talks (not "Kurs", "Lauf", "Wettbewerb", "Führung": also the
               # "course", "run of things", "competition", "leadership" of the present day)
               r"konzert|lesung|vortrag|gottesdienst|messe|andacht|prozession|training|derby|match|turnier|übung|"
               r"fest|festakt|einweihung|segnung|beerdigung|begräbnis|trauerfeier|seelenamt|vernissage|"
               r"aufführung|urteil|urteilsverkündung|besuch|empfang|gespräch|gespräche)(?:e?s|en|n)?\b")
# In a news report (resolvers._is_news: "gestern", a clock time, a dateline) the adjective "heutig" (and "gestrig",
# "morgig") before any noun is the day of the text ("beim gestrigen Almabtrieb", "die gestrigen Regenfälle", "in der heutigen
# Ausgabe", "der heutige Tag"), as "heute" is the day after an event noun in other languages -- unless the noun is a
# classifying head, which it sorts as of the present day (not marked, as in KRAUTS): a person, an office or a group
# ("der heutige Landeshauptmann", "die heutigen Schüler", "die heutige Jugend", "die heutigen Allgewaltigen": agent
# nouns in -er, -in, -ent, -ant, -ist, -eur, -or, -mann, -frau, -rat, nominalized adjectives), a place, a body or a
# state of things ("die heutige Gemeinde Ritten", "aus heutiger Sicht", "nach dem heutigen Stand", "die heutige
# Form", "unseres heutigen Wissens"), a name in apposition ("Birma (dem heutigen Myanmar)") or of a country
# ("im heutigen Slowenien"); "die heutige Zeit" is PRESENT_REF (REFS)
_CLASSIFYING = (r"(?:(?:Zeit|Zeiten|Kurs|Tor)\b|"
                # persons and offices (not the events "Feier", "Unwetter", "Gewitter", "Feuer", "Theater", "Frist",
                # "Event", "Moment", "Wochenende", "Termin")
                r"[\w-]*(?:er|ern|erin|erinnen|entin|antin|istin|orin|eurin|mann|männer|frau|frauen|leute|chef|"
                r"chefin|rat|räte|bischof)(?:e?s)?\b(?<!feier)(?<!wetter)(?<!witter)(?<!feuer)(?<!theater)|"
                r"[\w-]*(?<![vm])ent(?:en)?\b|[\w-]*ant(?:en)?\b|[\w-]{3,}ist(?:en)?\b|[\w-]*eur(?:e|en)?\b|"
                r"[\w-]{3,}or(?:s|en)?\b|"
                r"[\w-]*(?:ige|igen|iger|liche|lichen|licher|ische|ischen|ischer|ende|enden|ender)\b(?<!wochenende)|"
                # groups, bodies, places, states of things, and their compounds
                r"[\w-]*(?:mensch|menschen|jugend|generation|generationen|gesellschaft|bevölkerung|führung|"
                r"regierung|partei|verwaltung|welt|stadt|gemeinde|land|länder|staat|staaten|gebiet|region|provinz|"
                r"dorf|ort|standort|grenze|grenzen|gebäude|sitz|platz|straße|republik|kirche|sicht|stand|form|"
                r"bedeutung|wissens?|situation|lage|zustand|verhältnisse|politik|technik|wirtschaft|kultur|sprache|"
                r"verständnis|begriff|maßstab|sinn|gestalt|namens?|aussehen|praxis|recht|rolle|funktion|zweck|"
                r"nutzung|besitz|gegenwart|denken|medizin|wissenschaft|forschung|niveau|bild|leben|alltag|"
                r"umstände|bedingungen|möglichkeiten|mittel|methoden|zeitgeist|sicht)(?:e?s|e|n|en)?\b|"
                # the names of countries and regions by their endings
                r"[\w-]*(?:ien|land|reich|stan|tirol|ei)\b)")
_RELDAY_ADJ_NOT_APPOSITION = "".join(r"(?<!%s%s\s)" % (p, a) for p in (r"\(", ", ", ",")
                                     for a in ("dem", "das", "die", "der", "des", "den"))
REFS = {"derzeit": "PRESENT_REF", "dieser Tage": "PRESENT_REF", "in diesen Tagen": "PRESENT_REF",
        "heutzutage": "PRESENT_REF", "kürzlich": "PAST_REF", "neulich": "PAST_REF",
        "zur Stunde": "PRESENT_REF", "im Moment": "PRESENT_REF",
        "in der Gegenwart": "PRESENT_REF",
        "damals": "PAST_REF", "einstmals": "PAST_REF", "in letzter Zeit": "PAST_REF",
        "in der Vergangenheit": "PAST_REF",
        "jetzt": "PRESENT_REF", "in Zukunft": "FUTURE_REF", "in der Zukunft": "FUTURE_REF", "demnächst": "FUTURE_REF",
        # ... and the phrases of "in letzter Zeit": "in jüngster Zeit", "in nächster Zeit", "in naher Zukunft"
        "in jüngster Zeit": "PAST_REF", "in jüngster Vergangenheit": "PAST_REF", "in nächster Zeit": "FUTURE_REF",
        "in naher Zukunft": "FUTURE_REF", "in absehbarer Zeit": "FUTURE_REF", "in nächster Zukunft": "FUTURE_REF",
        # ... and the present of "heutig": "in der heutigen Zeit", "in heutiger Zeit", "heutzutage" (not "der heutige
        # Tag", the day: the relday rule)
        "in der heutigen Zeit": "PRESENT_REF", "in heutiger Zeit": "PRESENT_REF", "der heutigen Zeit": "PRESENT_REF",
        "die heutige Zeit": "PRESENT_REF"}
# not marked, as in KRAUTS (the German gold standard): "seinerzeit" (tried as PAST_REF, as "damals": three DIE ZEIT
# tune-half false positives, none marked), "vor kurzem", "unlängst" (recently) and "so bald wie möglich"
# (as soon as possible), which English TimeBank marks as PAST_REF and FUTURE_REF; nor "zurzeit", "gegenwärtig",
# "momentan" (tried as PRESENT_REF: KRAUTS leaves them unmarked, unlike "derzeit")
# "heute" in essays and interviews is "nowadays" (PRESENT_REF); it is the day of the text when a time of day
# follows ("heute Abend", "heute um 20 Uhr"), or in a news report (one that also says "gestern" or "morgen")
TODAY_AS_DATE_AFTER = (r"\s*,?\s*(?:(?:am\s+)?(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)|"
                       r"(?:abend|morgen|früh|vormittag|nachmittag|mittag|nacht)\b|(?:um|ab|von)\s+\d)")
# ... or after a preposition of a bound or a purpose ("ab heute gilt", "seit heute ist der Pass offen", "für heute
# ist Regen angesagt"): from, since, for this day (not "bis heute", until now: PRESENT_REF)
# (not "was für heute gilt": what holds nowadays, in a general statement)
TODAY_AS_DATE_BEFORE = r"\b(?:ab|seit|(?<!\bwas\s)für)\s+"
# ... or when its clause tells an event in the past tense or a plan ("hat heute Geschichte geschrieben", "sagte heute",
# "soll heute ausgetauscht werden"); "heute leben sie hier" stays "nowadays"
_PARTICIPLE_WORD = (r"(?-i:[a-zäöüß]*ge[a-zäöüß]{2,}(?:t|en)|(?:be|ver|er|ent|zer|emp|miss)[a-zäöüß]{2,}(?:t|en)|"
                    r"[a-zäöüß]+iert)")
# the Präteritum of the strong and mixed verbs, a closed class of the grammar (with their inseparable prefixes:
# "bekam", "entschied", "verlor", "unterschrieb", "überstand"); the plural adds "-en"/"-n". Lower case only: many are
# nouns when capitalized ("Band", "Griff", "Verlag", "Bestand")
_STRONG_STEMS = ("kam|gab|ging|sah|stand|lag|fand|fiel|nahm|traf|rief|hielt|sprach|starb|gewann|lor|gann|zog|stieg|"
                 "trat|lief|fuhr|flog|floh|schrieb|saß|schlug|ließ|hieß|bot|lud|warf|schien|sank|wuchs|galt|trug|bat|"
                 "brach|schloss|schloß|blieb|schied|barg|fahl|blies|briet|biss|band|drang|fing|floss|fror|noss|schah|"
                 "glich|griff|half|hing|hob|kroch|litt|lieh|log|maß|mied|pfiff|riet|ritt|rang|roch|schob|schoss|schlief|"
                 "schmolz|schnitt|schrie|schwieg|schwamm|schwang|schwor|sang|sprang|stach|stahl|stieß|strich|stritt|"
                 "tat|trank|trieb|darb|gaß|wich|wies|warb|wog|zwang|wusch|grub|schwand|schuf")
# the mixed verbs and the modals, without a prefix (with one many are adjectives: "bekannte", "verwandte", "genannte",
# "bewusste"), but for a few that are only verbs
_MIXED_PAST = ("rannte|nannte|kannte|sandte|wandte|brannte|brachte|dachte|wusste|wußte|mochte|durfte|konnte|musste|"
               "mußte|wollte|hatte|verbrachte|erbrachte|erkannte|ernannte|entsandte|vermochte|gelang")


def _strong_past(copula=True):
    # (with a prefix, the singular only: the plural is also the participle, "beschlossen", "verschoben", "geschlossen",
    # which the Perfekt and the state passive read; not "lang": "verlangen", "entlang")
    stems = ("war|" if copula else "") + _STRONG_STEMS
    return (r"(?-i:(?:be|emp|ent|er|ge|miss|ver|zer|über|unter|hinter|wider|voll)(?:" + stems + r")(?![\wäöüß])|"
            r"(?:" + stems + r"|" + _MIXED_PAST + r")(?:en|n)?)")


_STRONG_PAST = _strong_past()
# ... "hat"/"haben" only as the auxiliary of a Perfekt, with a participle closing the clause ("hat heute Geschichte
# geschrieben"); the full verb is a state ("Die Frau hat heute Ehrgeiz": nowadays)
# ... any Präteritum: a strong or mixed one (not "war", the copula of a description: "Das war früher anders als
# heute"), a weak one right before or after "heute" ("teilte heute mit", "Heute eröffnete der Bürgermeister")
_WEAK_PAST_WORD = (r"(?!(?:heute|bitte|leute|halbe|gute|letzte|letzten|erste|ersten|mitte|sollten?|könnten?|möchten?|"
                   r"dürften?|müssten?|hätten?)\b)(?-i:[a-zäöüß]{3,}(?<![sß])ten?)")
# an adverb of frequency or of a contrast with the past in the rest of a clause: a habit or a state of nowadays, not
# the day ("Heute tagt der Gemeinderat nur noch viermal im Jahr", "Heute eröffnet das Internet ganz neue Möglichkeiten")
_HABIT_IN_CLAUSE = (r"(?![^.;:!?,]*\b(?:meist|meistens|nur\s+noch|kaum\s+noch|kaum|nicht\s+mehr|kein\w*\s+mehr|immer|"
                    r"oft|häufig|selten|längst|inzwischen|mittlerweile|vor\s+allem|ganz\s+neue|zunehmend|überall|"
                    r"jährlich|wöchentlich|monatlich|normalerweise|gewöhnlich|in\s+der\s+Regel|"
                    r"(?:ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|mehr|viel|manch)mal|"
                    r"pro\s+(?:Jahr|Woche|Monat))\b)")
_CAL_DAYS = "Geburtstag|Namenstag|Hochzeitstag|Jahrestag|Todestag"
_ONE_CELEBRANT = r"feiert|begeht|(?:feiern|begehen)(?=\s+(?:die|der)\s+(?-i:[A-ZÄÖÜ]))"
TODAY_AS_DATE_NEAR = (# ... or the present of a scheduled event right after or before it, as a plan of a weekday is read
                      # ("Heute trifft sich der Gemeinderat", "Heute findet die Prozession statt", "Der Kurs beginnt
                      # heute"), in the singular of one event; not a state ("Heute leben hier 300 Menschen": nowadays)
                      # nor a plural, often of a habit ("Heute treffen sich junge Leute im Internet")
                      # ... but not "nowadays" told by an adverb of frequency or contrast in the clause ("Heute
                      # beginnt die Saison meist im April", "tagt nur noch viermal im Jahr", "startet kaum noch ein
                      # Unternehmen", "trifft sich die Jugend nicht mehr"), "sich finden" ("Heute findet sich dort ein
                      # Parkplatz": "findet" needs its "statt"), "treffen" that is no meeting ("Heute trifft die Krise
                      # die Jungen": "trifft" needs "sich" or "auf")
                      # ... and a match against an opponent, a guest performance ("Heute spielt der FC Südtirol
                      # gegen Cittadella", "Heute gastiert das Ensemble in Meran"); not "spielt" without "gegen" or
                      # "auswärts", the career or the role of nowadays ("heute spielt er bei Inter", "Heute spielt
                      # der Tourismus eine große Rolle")
                      r"\bheute\s+(?:findet(?=[^.;:!?,]*\bstatt\b)|beginnt|tagt|trifft(?=\s+sich\b|[^.;:!?,]*\bauf\b)|"
                      r"spielt(?=[^.;:!?,]*\b(?:gegen\s+(?:(?:den|die|das|dem)\s+)?(?-i:[A-ZÄÖÜ])|auswärts\b))|"
                      r"gastiert|"
                      r"startet|endet|eröffnet)\b(?!\s+man\b)" + _HABIT_IN_CLAUSE + r"|"
                      r"\b(?:findet(?=\s+heute\b[^.;:!?,]*\bstatt\b)|beginnt|tagt|trifft\s+sich|startet|endet|gastiert|"
                      r"spielt(?=\s+heute\b[^.;:!?,]*\b(?:gegen\s+(?:(?:den|die|das|dem)\s+)?(?-i:[A-ZÄÖÜ])|"
                      r"auswärts\b)))\s+heute\b"
                      + _HABIT_IN_CLAUSE + r"|"
                      # ... or a day of a person's or a body's calendar in the clause ("Heute feiert Anna Mair ihren
                      # 90. Geburtstag", "Heute jährt sich der Todestag des Dichters zum 50. Mal"): one day, this one
                      # (with a verb of one celebrant: "feiert", "begeht", "hat (Geburtstag)", "jährt sich",
                      # "ist sein"; a plural only before "die/der" and a noun, a group named: "Heute begehen die
                      # Sozialdemokraten den Jahrestag" -- not "Heute feiern viele Familien den Geburtstag", "Heute
                      # feiern Jugendliche ihren 18. Geburtstag oft in Clubs", "Heute ist der Jahrestag ... in
                      # Vergessenheit geraten")
                      r"\b(?:" + _ONE_CELEBRANT + r"|jährt\s+sich|hat|ist\s+(?:sein|ihr)\w*)\b(?!\s+man\b)[^.;:!?,]*?"
                      r"(?-i:[\w-]*(?:" + _CAL_DAYS + r")(?:e?s)?)\b" + _HABIT_IN_CLAUSE + r"|"
                      r"(?-i:[\w-]*(?:" + _CAL_DAYS + r")(?:e?s)?)\s+(?:feiert|begeht|hat|wird)\b"
                      + _HABIT_IN_CLAUSE + r"|"
                      # ... (the full stop of an ordinal ends the clause read: "feiert ihren 90." + "Geburtstag")
                      r"\b(?:" + _ONE_CELEBRANT + r")\b(?!\s+man\b)[^.;:!?,]*\b(?:ihren|seinen|ihr|sein)\s+\d{1,3}$|"
                      r"\b(?:hatte|hatten|wurde|wurden|sagte|sagten|erklärte|erklärten|teilte|teilten|"
                      r"gab|gaben|kündigte|kündigten|bestätigte|meldete|berichtete|soll|sollen)\b|"
                      r"\b" + _strong_past(copula=False) + r"\b|"
                      # (not an adjective before its noun: "Die heute bekannten Fossilien" are nowadays'; a participle
                      # of an event is the day: "Die heute gemeldeten Fälle")
                      r"\b" + _WEAK_PAST_WORD + r"\s+heute\b|\bheute\s+(?:ge\w+ten\b|" + _WEAK_PAST_WORD + r"\b(?!\s+(?-i:[A-ZÄÖÜ])))|"
                      r"\b(?:hat|haben)\b(?=.*\s" + _PARTICIPLE_WORD + r"\W*$)|"
                      r"\s" + _PARTICIPLE_WORD + r"\s+(?:hat|haben)\b")  # ... or before it ("der heute geschrieben hat")
# "jetzt" is PRESENT_REF in a news report; in essays and interviews it is mostly "so", "then" (not marked)
NEWS_ONLY_REFS = ("jetzt",)
# "Morgen" capitalized inside a sentence or after an article is the noun (the morning: "am Morgen", "Jeden Morgen",
# "Guten Morgen"), not "morgen" (tomorrow); at a sentence's start it is still tomorrow ("Morgen wird gewählt")
RELDAY_NOUNS = ("morgen", "gestern", "heute")  # ... and "das Gestern" (the past: "Er lebt im Gestern"), "das Heute"
# "die Welt von morgen", "der Starke von heute": the future, the present -- not a day
# ... but a day after the noun of one event ("der Unfall von gestern", "die Sitzung von heute", "das Spiel von
# gestern Abend": that day's)
RELDAY_AS_REF_AFTER = r"\bvon\s" + "".join(
    r"(?<!%s\svon\s)" % n for n in (
        "Unfall", "Unfalls", "Brand", "Brandes", "Unwetter", "Unwetters", "Überfall", "Überfalls", "Einsatz",
        "Einsatzes", "Vorfall", "Vorfalls", "Sitzung", "Spiel", "Spiels", "Spieles", "Rennen", "Rennens", "Partie",
        "Abstimmung", "Wahl", "Feier", "Konzert", "Konzerts", "Treffen", "Treffens", "Versammlung", "Beschluss",
        "Beschlusses", "Entscheidung", "Urteil", "Urteils", "Streik", "Streiks", "Demonstration", "Kundgebung")) + r"\s*"
# a news report: "gestern", a clock time, or a dateline opening the text ("BOZEN.", "Meran (ki).", "Aachen (dpa).")
NEWS_CUE = (r"\b(?:gestern|vorgestern|übermorgen)\b|\d\s*Uhr\b|"
            # ... also of two places ("WIEN/BOZEN.", "Neumarkt/Auer.") or of several words in capitals ("SAND IN
            # TAUFERS.", "ST. ULRICH.")
            r"\A\s*(?-i:[A-ZÄÖÜ][\wäöüß-]+(?:/[A-ZÄÖÜ][\wäöüß-]+)*|"
            r"(?!(?:DIE|DER|DAS)\b)[A-ZÄÖÜ][A-ZÄÖÜ-]+\.?(?:\s(?:[A-ZÄÖÜ][A-ZÄÖÜ-]+|IN|IM|AN|AM|BEI))+)"
            r"(?:\s*\([\w/. ]{1,12}\))?\s*\.\s+(?-i:[A-ZÄÖÜ\"„])")
# words TimeML leaves outside a mention: "am [5. Mai]", "im [März 1992]", "in [der nächsten Woche]"
SPAN_DROP = (r"am|im|vom|zum|zur|beim|ins|seit|ab|bis|an|"
             r"(?:in|von|aus|nach|vor|seit|für|mit)(?=\s+(?:der|den|dem|des|die|das|diese[rmns]?)\b)")

MOD_PREFIX = r"\b(?:anfang|ende|mitte|beginn|anfang\s+des|ende\s+des|mitte\s+des|beginn\s+des)\s+"

# ... and the particles that place an event early or late in time: "wollte noch 1798", "schon 1550", "erst 1648"
# ... and the auxiliary of a passive right before the year, in a report of when something was done ("Die Kirche
# wurde 1492 erbaut"; counts after it are blocked below). Not "war": "Die Besucherzahl war 1500" is a count
# ... and "um" (about: "Die Kirche wurde um 1450 erbaut"; not the amount of a change, below)
YEAR_CUE = (r"\b(?:im|in|seit|von|bis|jahr|jahre|zwischen|und|vor|nach|ab|anno|noch|schon|bereits|erst|wurde|"
            r"wurden|um)")
# finite verbs of a change of amount (also year_is_amount's, with more forms there)
_CHANGE_VERBS = (r"stieg|stiegen|steigt|steigen|sank|sanken|sinkt|sinken|wuchs|wuchsen|wächst|wachsen|fiel|fielen|"
                 r"fällt|fallen|erhöhte|erhöhten|erhöht|verringerte|verringerten|verringert|reduzierte|reduzierten|"
                 r"reduziert|nahm|nahmen|nimmt|ging|gingen|geht")
# a day and month after the Italian word of a street or a square is its name: South Tyrol's streets carry both names,
# and a German text keeps the Italian one ("in der Via 4. November", "Piazza 25. April"); capitalized only ("via", the
# German preposition, "via 1. März" as a route's date, is not a street)
DATE_NOT_AFTER = r"(?-i:\b(?:Via|Viale|Piazza|Piazzale|Largo|Corso|Vicolo))"
YEAR_NOT_AFTER = (r"[$€£#§]|\d[.,](?!\s)|\d\s|\b(?:tel|fax)\.|"
                  # the amount of a change after its verb and "um" ("Die Zahl stieg um 1900", "erhöhte sich um 1500")
                  r"\b(?:" + _CHANGE_VERBS + r")(?:\s+(?:sich|zu|ab|zurück))?\s+um|"
                  # the year of a numbered act ("Beschluss Nr. 1234/2013", "Dekret 15/2013"); not "2012/2013"
                  r"(?<![\d/])(?:\d{1,3}|(?!19|20)\d{4})/|\b(?:nr|s|art|abs|bd)\.|\b(?:nummer|seite|artikel|kapitel|raum|route|"
                  r"mehr\s+als|weniger\s+als|etwa|rund|fast|knapp|über|ungefähr|davon|"
                  # a bound or a sum of a quantity ("bis zu 2000", "mindestens 1900"; "bis 2000" is a time)
                  r"bis\s+zu|mindestens|höchstens|maximal|insgesamt|zusätzlich|weitere|weiteren|"
                  # the number of an item in a series ("Zimmer 1904", "Flug 1995", "auf Platz 1990")
                  r"zimmer|flug|linie|gleis|platz|paragraf|paragraph|absatz|heft|postfach|tempo|"
                  # ... also in a compound: "mit der Startnummer 1950", "unter der Telefonnummer", "Artikelnummer"
                  r"\w+nummer|\w+zimmer|\w+linie|\w+platz)")
# the units counted by a number ("2000 Euro", "1800 Meter"), also in the dative plural ("bei 1900 Metern"): a unit is
# often followed by the noun it measures ("1980 Kilometer Wanderwege", "2000 Euro Strafe"), which _BARE_COUNT below
# reads as a name; any other counted noun is read by the grammar of _BARE_COUNT, not listed
_COUNTED = (r"(?:menschen|personen|einwohner|männer|frauen|kinder|soldaten|polizisten|mitarbeiter|beschäftigte|stellen|"
            r"stimmen|meter|kilometer|tonnen|euro|dollar|mark|d-mark|dm|schilling|pfund|franc|francs|gulden|yen|rubel|"
            r"kronen|pfennig|mitglieder|tote|opfer|fälle|unternehmen|fahrzeuge|punkte|teilnehmer|demonstranten|"
            r"zuschauer|wähler|anhänger|unterschriften|exemplare|seiten|studenten|arbeiter|arbeitslose|"
            r"\w*meter|hektar|liter|lire|franken|flüchtlinge|besucher|gäste|schüler|arbeitsplätze|"
            # ... and what the statistics of a regional paper count: the call-outs of a fire brigade, the nights and
            # arrivals of tourism, accidents, reports to the police, births, patients, passengers, farms, flats
            # (capitalized: "anzeigen", "anrufen", "betrieben" are also verbs)
            r"(?-i:Einsätze|[A-ZÄÖÜ]\w*einsätze|Nächtigungen|Übernachtungen|Ankünfte|Unfälle|Verkehrsunfälle|"
            r"Verletzte|Anzeigen|Delikte|Straftaten|Geburten|Todesfälle|Patienten|Fahrgäste|Passagiere|Bewohner|"
            r"Haushalte|Wohnungen|Betriebe|Höfe|Anrufe|Anträge|Fahrten|Flüge|Tiere|Kühe|Bäume))n?\b")
# one word may stand between a count and its noun ("2000 neue Mitglieder"), not a finite auxiliary or copula: "Seit
# 2010 sind Menschen hier", "2013 gab es Unfälle" tell the year, then the verb
_COUNT_GAP = (r"(?:(?!(?:sind|ist|war|waren|gibt|gab|gaben|hat|haben|hatte|hatten|wird|werden|wurde|wurden|kamen|kam|"
              r"starben|gingen)\b)\w+\s+)?")
# A count, by the grammar of German: a bare number before its noun phrase (at most one adjective, and a noun,
# capitalized) is a count ("Der Bauer hält 1800 Hühner", "verkaufte 2000 Tickets", "noch 1500 freie Plätze"). German
# writes a year without a preposition only clause-initially before the finite verb ("2012 waren es ..."), in the
# middle field before a verb, an adverb, an article, a preposition or a stop ("gründete 1952 den Verein", "kam 1944
# in Brixen zur Welt"), before the participle of an extended attribute ("das 1904 uraufgeführte Stück") and as the
# time of a singular predicate after a copula ("wurde 1998 Weltmeister", "war 1990 Landesrat"). So the number is a
# year when: a preposition or noun of time stands before it ("seit 2010 Bürgermeister"), a singular copula or a
# subordinating conjunction ("weil 2012 Neuwahlen stattfanden": the clause's subject follows), the noun is singular
# by its ending (a count needs a plural, and a German plural ends in -e, -n, -er, -el or -s: "Hühner", "Tickets",
# "Plätze", "Schützen", "Äpfel"; not "noch 1798 Deutschland", "feierte 2011 Jubiläum", "2012 Teil des Skikarussells",
# "bereits 1964 Austragungsort der Spiele"; nor a singular in -ion, and -s is a plural's only after a consonant or
# -o, -a, -y: "Fans", "Autos", not "Anschluss", "Preis", "Kurs", "Tourismus") or a mass noun
# (the medals: "gewann 2009 Gold", "Silber", "Bronze"), or a second capitalized word follows the noun (a name: "gewann 2011 Christof
# Innerhofer"; a unit and its noun, "1980 Kilometer Wanderwege", are in _COUNTED). An adjective is read between
# only in the middle field (a lowercase word before the number): at a clause's start the word after a year is its
# verb ("1990 fanden Wahlen statt")
_NOT_COUNT_BEFORE = "".join(r"(?<!\b%s\s\d{4})" % w for w in (
    "im", "in", "seit", "bis", "ab", "von", "vom", "vor", "nach", "um", "anno", "zwischen", "jahr", "jahre", "jahres",
    "ende", "anfang", "mitte", "beginn", "sommer", "winter", "herbst", "frühjahr", "frühling", "saison",
    "wurde", "war", "ist", "wird", "bleibt", "blieb",
    "dass", "daß", "weil", "als", "wenn", "ob", "obwohl", "nachdem", "da", "wie", "bevor", "seitdem", "während",
    "damit", "sodass",
    # ... and an article of the singular: its noun is no plural count ("des 2010 Verstorbenen", "dem 1998 Gewählten")
    "das", "dem", "des", "ein", "eines", "einem"))
_COUNT_NOUN = (r"(?-i:[A-ZÄÖÜ][a-zäöüß][\wäöüß]*(?:(?<=[en])|(?<=er)|(?<=el)|(?<=[tnmlkpbdfgyoa]s))(?<!ion))(?![\wäöüß])"
               r"(?<!Silber)(?<!Bronze)(?!-)(?!\s+(?-i:[A-ZÄÖÜ]))"
               # ... nor a noun of change, whose measure is no count ("verzeichnete 2012 Zuwächse", "schrieb 2009
               # Verluste")
               r"(?<!Zuwächse)(?<!Rückgänge)(?<!Verluste)(?<!Einbußen)(?<!Gewinne)(?<!Rekorde)(?<!Zugewinne)"
               r"(?<!Defizite)(?<!Überschüsse)")
# the adjective of a count ("1500 freie", "1800 neuen"): a strong or weak plural ending, not a function word nor an
# adverb in -e/-en, nor a participle or a weak Präteritum, whatever its prefix (an extended attribute: "die 1952
# gegründete Musikkapelle", "das 1988 unterzeichnete Abkommen"; a finite verb: "als 1990 meldete"), so no word in
# -te/-ten (also a few adjectives: "1500 alte Bäume" stays a year)
_COUNT_ADJ = (r"(?!(?:die|eine|keine|seine|ihre|meine|deine|unsere|eure|diese|jene|jede|welche|alle|beide|viele|einige|"
              r"wenige|mehrere|andere|den|dem|einen|einem|seinen|seinem|ihren|ihrem|diesen|diesem|jenen|allen|beiden|"
              r"vielen|gerne|lange|bitte|heute|eben|oben|unten|hinten|vorne|innen|außen|morgen|zusammen|dagegen|"
              r"wegen|gegen|neben|zwischen|ohne|ganze|ganzen|halbe|erste|ersten|letzte|letzten|nächste|nächsten|"
              r"sollen|wollen|können|müssen|dürfen|werden|haben|sein|würden|hätten|wären|wurden|waren|hatten|"
              # (a quantifier is no count's adjective: "verließen 1989 zahlreiche Familien das Land")
              r"zahlreiche[n]?|etliche[n]?|sämtliche[n]?|manche[n]?|solche[n]?|weitere[n]?|unzählige[n]?|"
              r"diverse[n]?|verschiedene[n]?|tausende[n]?|hunderte[n]?|gerade|alleine|nahe)\b)"
              r"(?![a-zäöüß]*ge[a-zäöüß]+(?:t|en)en?\b|[a-zäöüß]+iert?en?\b|"
              r"(?:be|ver|er|ent|zer|emp|miss)[a-zäöüß]+(?:t|en)en?\b|[a-zäöüß]+ten?\b)"
              r"(?-i:[a-zäöüß]+en?)")
_DATIVE_PLURAL = r"(?-i:[A-ZÄÖÜ][a-zäöüß][\wäöüß]*(?:en|rn|ln|s))(?![\wäöüß-])(?!\s+(?-i:[A-ZÄÖÜ]))"
_DET_BEFORE = "|".join(r"(?<=\b%s\s\d{4})" % w for w in ("der", "die", "das", "den", "dem", "des", "ein", "eine",
                                                            "einer", "eines", "einem", "einen"))
# ... but where the grammar allows both ("Die Gemeinde hat 2012 neue Straßen gebaut": in 2012, or 2012 streets; "Die
# Regierung plant 2021 Neuwahlen"), a number of the years 1900-2099 is a year unless it is round (…00, …50: "hält 1800
# Hühner", "lockte 2000 Besucher an"), as counts mostly are and news years mostly are not; the nouns _COUNTED lists
# are counts whatever the number ("verzeichnete 2013 Nächtigungen")
_ROUND_OR_NO_YEAR = r"(?:(?<=[05]0)|(?<!19\d\d)(?<!20\d\d))"
_BARE_COUNT = (r"(?:" + _NOT_COUNT_BEFORE + _ROUND_OR_NO_YEAR + r"(?:\s+" + _COUNT_NOUN + r"|"
               # (after an article a plural adjective is weak, in -en: "die 2000 neuen Mitglieder"; one in -e is a
               # singular's, of a year: "die 1989 friedliche Revolution")
               r"(?:" + _DET_BEFORE + r")\s+" + _COUNT_ADJ + r"(?<=en)\s+" + _COUNT_NOUN + r"|"
               r"(?<=[a-zäöüß]\s\d{4})(?!" + _DET_BEFORE + r")\s+" + _COUNT_ADJ + r"\s+" + _COUNT_NOUN + r")|"
               # ... and after a preposition of the dative ("vor 1900 Zuschauern", "mit 1900 Fahnen", "in 2000
               # Haushalten", "ab 1500 verkauften Exemplaren"): the dative plural ends in -n or -s; a year's title
               # there does not ("seit 2005 Obmann")
               r"(?:" + "|".join(r"(?<=\b%s\s\d{4})" % w for w in ("vor", "nach", "mit", "bei", "von", "aus", "zu", "in", "ab"))
               + r")\s+(?:(?-i:[a-zäöüß]+en)\s+)?" + _DATIVE_PLURAL + r")")
# the number that is the subject of a plural passive: "wurden" after one word that opens the sentence (an adverb in
# the first position, V2) and before the number and a participle closing the clause ("Bisher wurden erst 1200
# gesammelt", "Heuer wurden bereits 1750 gezählt", "Insgesamt wurden 1400 verkauft"): the plural verb has no other
# subject, so the number is it, a count. A year there needs a subject elsewhere ("Die Fresken wurden 1480 gemalt",
# "Dort wurden 1945 die Toten begraben": its noun phrase before the verb or after the year)
# (after an adverb of amount or of time up to now only: a pronoun or a quantifier is the subject, and the number a
# year: "Sie wurden 1942 deportiert", "Alle wurden 1943 verhaftet")
_PASSIVE_COUNT_OPEN = ("Bisher", "Bislang", "Insgesamt", "Inzwischen", "Mittlerweile", "Davon", "Darunter", "Dabei",
                       "Allein", "Heuer", "Seither", "Seitdem", "Jährlich", "Täglich")
_PASSIVE_COUNT = ("(?:" + "|".join(r"(?<=%s%s\swurden\s%s\d{4})" % (start, word, part)
                                   for start in (r"[.!?:]\s", r"[\n\"„]", "^") for word in _PASSIVE_COUNT_OPEN
                                   for part in ("", r"erst\s", r"schon\s", r"bereits\s", r"nur\s", r"noch\s"))
                  + r")\s+" + _PARTICIPLE_WORD + r"\s*(?:[.,;:!?]|$)")
# (none of them before a comparison with another year: "Es gab 2012 mehr Unfälle als 2011", "2013 wurden weniger
# Äpfel geerntet als im Jahr 2012" compare two years, not counts)
YEAR_NOT_BEFORE = (r"(?!\s+(?:\w+\s+)?(?:mehr|weniger)\b[^.;:!?]{0,60}?\bals\s+(?:(?:im|in)\s+)?(?:(?:dem\s+)?Jahr\s+)?"
                   r"(?:1[89]|20)\d\d(?!\d|[.,]\d|\s*(?:%|€|prozent|-?jährig)|\s+(?-i:[A-ZÄÖÜ])))"
                   r"(?:\s*(?:%|€|prozent|uhr\b)|\s*(?:km|kg|m|ha|t)\b|" + _PASSIVE_COUNT + r"|\s+" + _COUNTED + r"|"
                   + _BARE_COUNT + r"|"
                   # ... with a word between, not after "seit", which the finite verb follows ("Seit 2018 erhalten
                   # Patienten die Medikamente kostenlos"; "seit 2000 Jahren" is the count above; after "ab" a count is
                   # as common: "ab 1500 verkauften Exemplaren")
                   r"(?<![Ss]eit\s\d{4})\s+" + _COUNT_GAP + _COUNTED + r"|"
                   # a count after a plural passive, before its noun ("In Wien wurden 1600 Anträge gestellt"; a year
                   # there is followed by a participle in lower case: "wurde 1492 erbaut"; "Er wurde 1998 Weltmeister")
                   # ... a number of the years 1900-2099 only when it is round, as in _BARE_COUNT: "Zuletzt wurden
                   # 2010 Neuwahlen abgehalten" tells the year)
                   r"(?:(?<=wurde\s1[0-7]\d\d)|(?<=wurden\s\d{4}))" + _ROUND_OR_NO_YEAR + r"\s+(?-i:[A-ZÄÖÜ])|"
                   # ... and after a verb whose object is a quantity (zählen, umfassen, beschäftigen, betreuen,
                   # beherbergen, versorgen), before its noun: "Die Feuerwehr zählt 2013 Einsätze" (a year there is
                   # followed by its object's article or number: "zählte 2013 insgesamt 45 Einsätze")
                   r"(?:" + "|".join(r"(?<=\b%s\s\d{4})" % v for v in (
                       "zählt", "zählte", "zählen", "zählten", "umfasst", "umfasste", "beschäftigt", "beschäftigte",
                       "betreut", "betreute", "beherbergt", "beherbergte", "versorgt", "versorgte")) + r")"
                   r"\s+(?-i:[A-ZÄÖÜ])|"
                   # the first number of a range of counts: "zwischen 1500 und 2000 Besuchern", "1900 bis 2100 Euro"
                   r"\s*(?:und|bis|oder|-|\u2013)\s*\d[\d.]*\s+(?:\w+\s+)?(?:" + _COUNTED + r"|" + _DATIVE_PLURAL + r")|"
                   # a count after "um" (about) before its noun ("um 1500 Stück erhöht", "Es kamen um 1500 Leute"; a
                   # year after "um" is followed by a verb or a stop: "um 1450 erbaut")
                   r"(?<=\bum\s\d{4})\s+(?-i:[A-ZÄÖÜ])|"
                   # the amount of a change before its participle ("Die Zahl ist um 1500 gestiegen")
                   r"(?<=\bum\s\d{4})\s+(?:gestiegen|gesunken|gewachsen|gefallen|zurückgegangen|angestiegen|erhöht|"
                   r"verringert|reduziert|gekürzt|aufgestockt|zugenommen|abgenommen)\b|"
                   # a change of a count: "stieg von 1200 auf 1500", the number after "von", and its amount after
                   # "um" ("stieg gegenüber dem Vorjahr um 1500 auf 12.000"; not a year after "Jahr": "von 1200 im
                   # Jahr 2011 auf 1500 im Jahr 2012"; nor the year of a change told with neither, "Die Zahl der
                   # Einsätze stieg 2013 auf 412", "wurde 2012 auf 1500 erhöht")
                   r"(?:(?<=\bvon\s\d{4})|(?<=\bum\s\d{4}))\s+auf\s+\d|"
                   # a number before a predicate of what is left or taken ("Es sind noch 1500 übrig", "Davon sind
                   # schon 1700 weg", "noch 1200 frei"): a count, whatever particle stands before it
                   r"\s+(?:übrig|weg|vorhanden|verfügbar|ausverkauft|vergeben|frei)\b|"
                   # a unit of measure right after the number ("1900 PS", "1850 Gramm", "bei 2000 Zählern")
                   r"\s+(?:ps|gramm|kilo|kilogramm|zentner|\w*watt|volt|grad|meilen|seemeilen|knoten|promille|"
                   r"zählern?|kalorien|\w*bytes?|pixel)\b|"
                   # a number of years, days, ...: "vor 2000 Jahren", "1500 Jahre alt"
                   r"\s+(?:jahre|jahren|jahrzehnte|jahrzehnten|jahrhunderte|jahrhunderten|monate|monaten|wochen|"
                   r"tage|tagen|stunden|minuten|sekunden)\b|"
                   # a count per year: "1700 im vergangenen Jahr", "2000 pro Jahr" (a year is never "in a year"),
                   # per month, week, day or hour ("verdient 2000 im Monat")
                   r"\s+(?:im|pro|je|in\s+einem)\s+(?:\w+\s+)?Jahr\b|"
                   r"\s+(?:im|pro|je|am|in\s+der)\s+(?:Monat|Woche|Tag|Stunde)\b|"
                   # an age or a span in a compound ("die 2000-jährige Geschichte"), a count of times ("2000-mal")
                   r"\s*-?\s*(?:jährig|mal\b))")

# "bald" (soon) is a FUTURE_REF right after a future auxiliary and up to two words ("wird es bald", "werde Europa bald")
SOON_BEFORE = r"\b(?:wird|werden|werde|würde|würden|soll|sollen|dürfte|dürften)\s+(?:[\w-]+\s+){0,2}$"
SOON_AFTER = r"(?!)"

# "..., wird", and the attributive participle of a plan: "ein für Sonntag geplantes Spiel"
# (a clock time may stand between the date and its verb: "Am Sonntag um 10 Uhr feiert der Bischof die Messe")
_CLOCK_AFTER = r"(?:\s*,?\s*(?:um|ab|gegen)\s+\d{1,2}(?:[.:]\d\d)?\s*Uhr\b\s*,?)?"
# ... and a second weekday coordinated with the date, which shares its clause's verb ("Am Samstag und Sonntag findet
# das Dorffest statt": the verb after both tells the first one's tense too)
_COORDINATED_DAY = (r"(?:\s*(?:und|oder|bis|sowie)\s+(?:(?:am|zum)\s+)?(?:montag|dienstag|mittwoch|donnerstag|freitag|"
                    r"samstag|sonnabend|sonntag)\b)?")
FUTURE_AFTER = (_COORDINATED_DAY + _CLOCK_AFTER + r"(?:"
                r"\s*,?\s*(?:[\w-]+\s+){0,2}?(?:wird|werden|soll|sollen|geplant\w*|angesetzt\w*|anberaumt\w*|"
                r"terminiert\w*|vorgesehen\w*)\b|"
                # the present participle of a scheduled event before its noun, in the phrase that holds the date
                # ("die im Dezember auf Bali tagende Konferenz", "die am 3. Mai stattfindende Wahl"): to come
                r"[^.;:,!?\"„“]{0,60}?\s(?-i:stattfindende|tagende|beginnende|anstehende|bevorstehende|startende)"
                r"[nmrs]?\s+(?-i:[A-ZÄÖÜ])|"
                # the participle of a rescheduling right after its goal ("auf den 3. März vertagt"), with at most
                # one adverb ("auf Montag neu angesetzt"); not after an auxiliary ("Die Sitzung am 3. März wurde
                # vertagt": the session of that day)
                r"\s*(?:(?!(?:wurde|wurden|ist|sind|war|waren|hat|haben|hatte|hatten)\b)(?-i:[a-zäöüß]+)\s+)?"
                r"(?-i:" + _RESCHEDULE_PARTICIPLE + r")\b|"
                # a date opening its clause before the present of a scheduled event ("Am 24. Dezember bleibt das Amt
                # geschlossen", "Am 3. Mai beginnt"); not the bracket "findet ... am 3. März statt", which also
                # reports an event just past ("Die Messe findet vom 3. bis 5. März statt")
                # ... and the other verbs of a scheduled event of a regional paper's announcements (a concert, a
                # match, a feast, a meeting, a vote, a law): "Am 6. Jänner spielt die Musikkapelle", "Am Samstag
                # gastiert das Haydn-Orchester", "Am 3. März lädt der Verein zur Vollversammlung", "Im Mai wählt
                # Südtirol", "Am 1. Juli tritt das Gesetz in Kraft"; not the verbs of a change of figures (steigt,
                # fällt, geht zurück) nor of a state (liegt, läuft, hält an), which also tell the month of a statistic
                r"\s+(?:findet|finden|beginnt|beginnen|startet|starten|tagt|tagen|öffnet|öffnen|bleibt|bleiben|"
                r"endet|enden|schließt|schließen|gastiert|gastieren|lädt|laden|spielt|spielen|feiert|feiern|"
                r"eröffnet|eröffnen|trifft|treffen|empfängt|empfangen|entscheidet|entscheiden|berät|beraten|wählt|"
                r"wählen|tritt|treten|veranstaltet|veranstalten|präsentiert|präsentieren)\b)")

# a year-less day or month in a clause that clause_tense reads as a plan in the present ("Die Gemeinderatswahl findet am
# 27. Oktober statt", "Das Fest findet vom 3. bis 5. Mai statt"): the coming one, unless it is at most this many days
# past (an event reported in the present soon after it: "Die Messe findet vom 3. bis 5. März statt" in April)
PLAN_PRESENT_PAST_DAYS = 60

# the participles of a state after "sein" (see _STATE_PASSIVE)
_STATE_WORDS = (r"geöffnet|geschlossen|gesperrt|geplant|vorgesehen|angesetzt|anberaumt|terminiert|angesagt|ausgebucht|"
                r"ausverkauft|eingeladen|reserviert|verboten|erlaubt|gestattet|untersagt|bewirtschaftet|besetzt|abgesagt|"
                r"öffentlich|einberufen")

# a date opening a main clause of its own after a comma or a coordinating conjunction, its finite verb right after it
# (V2: "Am Montag wurde gewählt, am Dienstag wird ausgezählt", "..., und am Freitag legen die Fahrer die Arbeit
# nieder"): that verb tells the date's tense, not a cue of the clause before (tense.tense); not a list of dates
# sharing one verb ("am Montag, am Dienstag und am Freitag"), nor a time of day after the date
CLAUSE_OPENED_BY_DATE = (
    _rx(r"(?:[,;]|\b(?:und|oder|aber|doch|sondern))\s+(?:(?:erst|schon|bereits|dann|auch|noch)\s+)?"
        r"(?:am|im|an|ab|zum|zur|zu)?\s*$", re.I),
    _rx(r"\s+(?!(?:und|oder|sowie|bis|um|ab|gegen|von|vom|nach|in|im|am|an|auf|zum|zur|ebenfalls|nicht|früh|morgens|"
        r"vormittags|mittags|nachmittags|abends|nachts|abend|nachmittag|vormittag|mittag|nacht|zu|der|die|das|den|dem|"
        r"des|ein|eine|einen|einem|einer|eines|sein|seine|seinen|seinem|seiner|ihre|ihren|ihrem|ihrer|sich|"
        # (not the participle, state word or adverb a list of dates shares, closing the clause: "Die Straße war am
        # Freitag, am Samstag und am Sonntag gesperrt", "... und am Sonntag gut besucht": no finite verb of its own)
        + _STATE_WORDS + r")\b)(?![^\s,;.!?]+\s*(?:[,;.!?:]|$))"
        r"(?!(?!(?:wird|werden|ist|sind|war|waren|wurde|wurden|hat|haben|hatte|hatten|soll|sollen|kann|können|muss|"
        r"müssen)\b)(?-i:[a-zäöüß]+\s+[a-zäöüß]*(?:ge[a-zäöüß]{2,}(?:t|en)|iert))\s*(?:[,;.!?:]|$))"
        # (not an infinitive clause: "Der Bürgermeister versprach, am Montag die Anrainer zu informieren")
        r"(?-i:[a-zäöüß]+)\b(?![^,;.!?]*(?-i:\bzu\s+[a-zäöüß]+en|[a-zäöüß]zu[a-zäöüß]{3,}en)\b)", re.I))
# a day without its month ("Die Frist endet am 25.", "Am 25. ist Schluss") in a clause clause_tense reads as present:
# the coming one, not the nearest (resolvers.r_dom)
DOM_CLAUSE_TENSE = True
_CLAUSE_SPLIT = _rx(r"[,;:()\u2013\"„“»«]")
_PLAN_BRACKET = _rx(r"\b(?:findet|finden)\b.*\bstatt\b|\b(?:tritt|treten)\b.*\bin\s+Kraft\b|"
                           # (verbs in lower case: "Nach Tagen des Wartens", "die Enden" are nouns; not an
                           # infinitive after "zu": "plante, im Juli die Produktion zu starten, konnte aber nicht")
                           r"(?-i:(?<!\bzu\s)\b(?:beginnt|beginnen|startet|starten|endet|enden|tagt|tagen|öffnet|öffnen|"
                           r"schließt|schließen|erfolgt|erfolgen|gastiert|gastieren)\b)|"
                           # ... and the other brackets of a scheduled event: a deadline that runs out, an event
                           # that goes on stage, stands on the programme, whose starting shot falls
                           r"\b(?:läuft|laufen)\b.*\bab\b|\b(?:geht|gehen)\b.*\büber\s+die\s+Bühne\b|"
                           r"\b(?:steht|stehen)\b.*\bauf\s+dem\s+(?:Programm|Spielplan|Terminkalender)\b|"
                           r"\bStartschuss\b.*\bfällt\b|\bfällt\b.*\bStartschuss\b|"
                           # ... a return and a start of service told in the present ("Der Weltcup kehrt im Dezember
                           # nach Gröden zurück", "Im September nimmt die Schule den Betrieb auf", "Die Bahn geht im
                           # Mai in Betrieb"): an event to come, as "beginnt"
                           r"(?-i:\b(?:kehrt|kehren|kommt|kommen)\b).*\bzurück\b|"
                           r"(?-i:\b(?:nimmt|nehmen)\b).*\b(?:Betrieb|Arbeit|Dienst|Tätigkeit)\s+auf\b|"
                           r"(?-i:\b(?:geht|gehen)\b).*\bin\s+Betrieb\b", re.I)
# "ab" right before the date, in a clause not in the past ("Ab 1. März gilt das neue Gesetz", "Ab März zahlen die
# Bürger mehr"): from a coming day on ("seit" is its past)
_FROM_DATE = _rx(r"\bab(?:\s+(?:dem|den))?\s*$", re.I)
# a postponement to the date, whatever the tense of the clause ("Der Prozess wurde auf den 3. März vertagt",
# "verschoben auf März"): the date to come
# (tense() reads the common orders first: this is for the rest, "wurde aus Termingründen auf den 3. März vertagt")
_POSTPONED = _rx(r"\b(?:" + _RESCHEDULE_PARTICIPLE + r"|vertagte[n]?|verschob(?:en)?|verlegte[n]?)"
                        r"(?:\s+sich)?\s+auf(?:\s+(?:den|dem))?\s+DATUM|"
                        r"\bauf(?:\s+(?:den|dem))?\s+DATUM\s+(?:\w+\s+){0,3}?" + _RESCHEDULE_PARTICIPLE + r"\b", re.I)

# ... and the noun of a scheduled event dated by "am" in a clause not in the past ("Die Landtagswahl am 27. Oktober
# wirft ihre Schatten voraus", "Für die Sitzung am 3. Juli liegen zehn Anträge vor"): the event to come, or one just
# past reported in the present (PLAN_PRESENT_PAST_DAYS); "die Wahl vom 27. Oktober" is a past one's
_EVENT_AT_DATE = _rx(r"(?-i:(?=[A-ZÄÖÜ]))" + _EVENT_NOUN + r"\s+am\s*$", re.I)


# a date opening its clause before the present copula and a noun without article, the day's name ("Am vierten Sonntag im
# November ist Wahltag", "Im Mai ist Gemeinderatswahl"): a scheduled day, the coming one as for "findet statt"; not a
# Perfekt closing the clause ("Im März ist Bürgermeister Huber zurückgetreten": read by the caller)
_DAY_IS = _rx(r"\s*(?:(?:am|im|an|zu|zum)\s+)?DATUM\s+(?:ist|sind)\s+(?-i:[A-ZÄÖÜ][a-zäöüß-]+)\b", re.I)


def plan_clause(text: str, s: int, e: int) -> bool:
    """True when the clause around the date text[s:e] tells a scheduled event in the present: "findet ... statt",
    "tritt ... in Kraft", "beginnt", "endet", "tagt", a date after "ab" (and no past form): the German plan, dated in
    the middle field of its clause; or a postponement to the date ("wurde auf den 3. März vertagt")."""
    clause = (_CLAUSE_SPLIT.split(sentence_before(text, s, 200))[-1] + " DATUM "
              + _CLAUSE_SPLIT.split(sentence_after(text, e, 200))[0])
    if _POSTPONED.search(clause):
        return True
    low = clause.lower()
    if _PAST_FORMS.search(clause) or _REPORTING.search(low) or "rückwirkend" in low:
        return False  # (a start "rückwirkend ab" is past: see PAST_CUE)
    before = clause.split(" DATUM ", 1)[0]
    at = before + (" am" if text.startswith("am ", s) else "")  # (the mention's span may hold its "am")
    if _PLAN_BRACKET.search(clause) or _FROM_DATE.search(before) or _EVENT_AT_DATE.search(at):
        return True
    if _DAY_IS.match(clause) and not _PARTICIPLE.fullmatch(clause.rstrip(" .!?").rsplit(" ", 1)[-1]):
        return True  # ... or a date opening its clause, "ist" and the day's name ("Im November ist Wahltag")
    words, closes = _clause_around(text, s, e)  # ... or a subordinate clause closed by a present verb
    clause_words = words + ["DATUM"] + closes
    final = clause_words[-1] if clause_words[-1][:1].islower() and len(clause_words) > 2 else None
    # (for a month only the conjunctions of purpose and time: a present in a content or cause clause is as often a
    # figure reported for a month that is over, "..., dass die Quote im Jänner bei vier Prozent liegt")
    return (_subordinate_present(words, closes, final, _PLAN_CONJUNCTIONS)
            and not _PERFECT_AUX.search(" ".join(closes).lower()) and not _PARTICIPLE.match(final))

# The tense of a German clause, for a weekday that no cue word above dates (see clause_tense). German tells a plan
# in the present ("Am Samstag findet der Markt statt"), so a weekday whose clause opens with it and goes on with a
# finite verb not in the past is the coming one. Weaker signs of the present (an "ist" anywhere in the clause, a
# verb closing it) were tried and are not used: they misread clauses on the development check half. Past: the Präteritum of the auxiliaries, the modals and the strong verbs (a closed class), a weak Präteritum
# ("-ierte", or "-te"/"-ten" where the finite verb stands), a Perfekt (a form of "haben"/"sein" and a participle
# closing the clause: "hat am Montag beschlossen", "ist am Sonntag gestorben").
# In lower case only (a finite verb opens no declarative clause): "Schloss Tirol", "der Stand", "auf Rang drei" are
# nouns. The closed list first, then the whole class (_STRONG_PAST)
_PAST_FORMS = _rx(
    r"(?-i:\b(?:war|waren|warst|wurde|wurden|hatte|hatten|konnte|konnten|musste|mussten|mußte|mußten|sollte|sollten|"
    r"wollte|wollten|durfte|durften|mochte|mochten|gab|gaben|ging|gingen|kam|kamen|fand|fanden|stand|standen|lag|"
    r"lagen|blieb|blieben|sah|sahen|fiel|fielen|nahm|nahmen|traf|trafen|rief|riefen|hielt|hielten|sprach|sprachen|"
    r"starb|starben|gewann|gewannen|verlor|begann|begannen|zog|zogen|stieg|stiegen|trat|traten|brachte|brachten|"
    r"dachte|dachten|wusste|wussten|wußte|lief|liefen|fuhr|fuhren|schrieb|schrieben|saß|saßen|flog|flogen|schlug|"
    r"schlugen|ließ|ließen|hieß|hießen|bot|boten|lud|luden|warf|erschien|schien|sank|sanken|wuchs|worden|gewesen|"
    r"galt|galten|trug|trugen|bat|baten|brach|brachen|floh|flohen|schloss|schlossen|beschloss|erhielt|erhielten|"
    r"enthielt|verließ|verließen|bekam|bekamen|entschied|gelang|"
    r"[a-zäöüß]+ierten?)\b)|\b" + _STRONG_PAST + r"\b")
# the Präteritum before a date is a past cue that outweighs a future cue further back in the sentence (the closest
# cue wins: "Die für nächste Woche geplante Sitzung wurde am Montag abgesagt"); the modal "sollte" may be a plan
PAST_CUE = _PAST_FORMS.pattern.replace("sollte|sollten|", "")
# ... nor the passive auxiliary of a decision whose goal "auf" is the date, with at most six words between ("Die
# Sitzung wurde wegen Schneefalls auf den 3. März vertagt": the participle after the date tells, see FUTURE_AFTER);
# not "wurde in der Nacht auf den 3. März" (the night before that day)
PAST_CUE = PAST_CUE.replace("wurde|wurden|", r"wurden?(?!(?:\s+(?![Nn]acht\b)[\w-]+){0,6}\s+auf(?:\s+(?:den|dem))?\s*$)|")
# ... and "bis" after the Präteritum of a state in its clause is the end of a past span ("Die Ausstellung war bis
# 12. Oktober zu sehen", "Die Straße blieb bis Montag gesperrt"), not a future cue: that past cue ends where "bis"
# does. Not after "wurde": "Die Frist wurde bis 31. März verlängert" extends it to a date to come
# ... and "ab" right before the date after such a Präteritum ("Die Straße war ab Montag gesperrt", "Das Verbot galt ab
# 1. März"): the start of a past span, not the FUTURE_CUE "ab" (the tie goes to the past)
# (not across "und", "aber", "doch", "sondern", "oder" into another clause: "Die Straße war gesperrt und ist ab Montag
# wieder befahrbar" -- the Monday to come)
PAST_CUE = (r"(?:\b(?:war|waren|blieb|blieben|dauerte|dauerten|galt|galten|lief|liefen)\b(?:[^.;:,!?]*?\bbis\b|"
            r"(?:(?!\b(?:und|aber|doch|sondern|oder)\b)[^.;:,!?])*?\bab(?:\s+(?:dem|den))?\s*$)|"
            # ... and "seit" right before the date: a span begun in the past, whatever the tense after it ("Seit dem
            # 3. Mai bleibt die Straße gesperrt", "Seit Montag gilt das Verbot" -- the present of a state that holds)
            r"\bseit(?:\s+(?:dem|den))?\s*$|"
            # ... and "rückwirkend" (retroactively) before the date's "ab", "mit", "zum": a start already past ("Die
            # Erhöhung gilt rückwirkend ab 1. Jänner", said in June)
            r"\brückwirkend(?:\s+(?:ab|mit|zum|seit|per))?(?:\s+(?:dem|den))?\s*$|"
            + PAST_CUE + ")")
# a weak Präteritum right after its subject (a capitalized word that is no determiner, or a pronoun): "Der Verein
# feierte", "Heuer eröffnete"; not an adjective after its determiner ("Seine letzte Ausstellung im Mai")
_WEAK_PAST_AFTER_SUBJECT = (
    r"(?:\b(?!(?:der|die|das|den|dem|des|ein|eine|einen|einem|einer|eines|kein|keine|mein|meine|dein|deine|sein|"
    r"seine|ihr|ihre|unser|unsere|euer|eure|diese|dieser|dieses|jede|jeder|jedes|jene|alle|manche|welche)\b)"
    r"(?-i:[A-ZÄÖÜ][\w-]*)|\b(?:er|sie|es|wir|ihr|man))"
    # ... not "sollte" (a plan) nor a Konjunktiv II ("könnte", "möchte": a possibility, a wish)
    r"\s+(?!(?:heute|bitte|leute|halbe|gute|rechte|linke|letzte|letzten|weite|weiten|sollten?|könnten?|möchten?|"
    r"dürften?|müssten?|müßten?|hätten?|bräuchten?|wüssten?)\b)"
    # (the singular "-te", the plural after a stem in t, d, n, m, "ernteten", "meldeten", "eröffneten"; any other
    # plural "-ten" is as often a present: "Die Bauern ernten", "Die Vereine bieten", "treten")
    r"(?-i:[a-zäöüß]{3,}(?<![sß])te|[a-zäöüß]+[tdnm]eten|[a-zäöüß]+ierten?)")
# the past verb and at most three words of the middle field before the date and its preposition of a point in time
# (not "sollte", a plan; "wurde"/"wurden" before the date's own preposition, "Die Wahl wurde am 7. Jänner
# abgehalten", not before "für"/"auf", the passive of a decision about a date to come: "Die Sitzung wurde für den 3.
# März anberaumt"; no conjunction or preposition of a span or a goal between)
_PAST_VERB_BEFORE = (r"(?:\b" + _STRONG_PAST + r"|" + _WEAK_PAST_AFTER_SUBJECT + r"|\b(?:wurde|wurden))\b"
                     r"(?:\s+(?!(?:und|oder|aber|dass|daß|weil|wenn|ob|als|bis|ab|für|auf|zum|zur|nach|vor|seit)\b)"
                     r"[\w-]+){0,3}"
                     r"(?:\s+(?:am|im|an\s+dem|in\s+dem|anfang|mitte|ende))?\s*$")  # (the span may begin at "am")
# ... and as the finite verb right after a year-less date that opens its clause (V2: "Im Mai wurde die Brücke eröffnet":
# last May); not the final verb of a subordinate clause ("die im August die Umfrage gewann"), which may be far from it
# ... or a clause closing in a participle and "haben" (the perfect infinitive after a modal: "Der Mann soll am Sonntag
# eine Tankstelle überfallen haben", "dürfte am Montag zugeschlagen haben"): an allegation of the past; not after
# "will", "wird" (the Futur II of a plan: "Im Juni will die Regierung das Gesetz verabschiedet haben")
PAST_AFTER = (r"(?:\s*(?:bis|und|oder|-|\u2013)\s*(?:\d{1,2}\.\s*)?(?:" + _FULL_MONTHS + r")\b)?"  # "Jänner bis Oktober stieg"
              # ... or a plan told in an infinitive clause and called off (or done) in the next one ("Der Verein plante, im
              # August ein Fest zu feiern, musste es aber absagen", "..., wurde aber gelöscht"): the date has passed
              r"\s*(?:(?:[^.;:,!?]*?\bzu\s+[a-zäöüß]+n\s*,|[^.;:,!?]*?\s[a-zäöüß]+zu[a-zäöüß]+n\s*,)\s*"
              r"(?:(?:wurde|wurden|musste|mussten|konnte|konnten)\s+(?:[\w-]+\s+){0,2}?(?:aber|jedoch|dann\s+doch)\b|"
              # (not "war/hatte ... aber", a plan still pending: "kündigte an, im März neu zu wählen, hatte aber noch
              # keinen Kandidaten"; but a Perfekt after "und" that tells it done: "Er hatte vor, im Mai zu heiraten,
              # und hat das auch getan")
              r"und\s+(?:hat|haben)\s+(?:[\w-]+\s+){0,3}?(?-i:[a-zäöüß]*ge[a-zäöüß]{2,})\s*(?:[.;:!?]|$))|" + PAST_CUE + r"|(?![^.;:,!?]*?\b(?:will|wollen|wird|werden)\b)"
              r"[^.;:,!?]*?\s(?-i:[a-zäöüß]*ge[a-zäöüß]{2,}(?:t|en)|"
              r"(?:be|ver|er|ent|zer|emp|miss|über|unter|hinter)[a-zäöüß]{2,}(?:t|en)|[a-zäöüß]+iert)\s+haben\b|"
              # ... or "sein" after the participle of a verb that forms its Perfekt with "sein" (motion, change of
              # state: "Der Mann soll am 28. Dezember in ein Haus eingebrochen sein", "soll am Sonntag gestürzt
              # sein"); not a state passive of a plan ("soll am 28. Dezember abgeschlossen sein")
              r"(?![^.;:,!?]*?\b(?:will|wollen|wird|werden)\b)[^.;:,!?]*?\s(?-i:[a-zäöüß]*(?:gefahren|gegangen|"
              r"gekommen|geflohen|geflüchtet|gestürzt|gestorben|gefallen|gesprungen|gelaufen|geflogen|gestiegen|"
              r"gebrochen|gedrungen|geraten|geschehen|gewesen|geblieben|geglitten|gerutscht|geprallt|gestoßen|"
              r"gekracht|geschleudert)|verunglückt|entkommen|verschwunden|entwichen|ertrunken|erfroren|erstickt|"
              r"explodiert|zusammengestoßen)\s+sein\b)")
# a superlative month after a past copula ("Das war der kälteste Mai", "Es war der nasseste Mai seit 1950"): the last
# such month, not the coming one (resolvers._told_past)
PAST_BEFORE = (r"\b(?:war|waren|wurde|wurden)\b(?:(?!\b(?:wird|werden|will|wollen)\b)[^,.;:!?])*\s(?:der|den|dem|des)\s+"
               r"(?-i:[a-zäöüß]+ste[nr]?)\s*$"
               # ... or a Präteritum right before the date's preposition of a point in time, in the same clause (the
               # finite verb of a main clause, V2, and at most three words of its middle field between: "Der Kurs
               # begann am 7. Jänner", "Die Feuerwehr rückte im Dezember dreimal aus", "Der Verein feierte heuer im
               # Mai"): the last such day or month. A strong or modal past from the closed class, or a weak one
               # ("-te", not an adjective after its article); not "sollte" (a plan), nor "wurde"/"wurden" before
               # "für"/"auf" (the passive of a decision about a date to come: "Die Sitzung wurde für den 3. März
               # anberaumt")
               r"|" + _PAST_VERB_BEFORE
               # ... or "seit" right before it: "Seit Jänner gilt die neue Regelung" (since last January)
               + r"|\bseit(?:\s+(?:dem|den))?\s*$")
# a relative clause that holds the date and ends in a Präteritum ("Lee, die im August den Wettbewerb gewann"): the
# last such month (the verb is read at the clause's end: RELATIVE_PAST_AT_END)
RELATIVE_PAST = r"^\s*(?:der|die|das|dem|den|deren|dessen|welche[rsnm]?)\s"
RELATIVE_PAST_AT_END = True
# the journalistic present of a statement ("Wie die Polizei am Montag mitteilt", "sagt X am Sonntag"): a statement is
# reported after it was made, so its day is past
_REPORTING = _rx(r"\b(?:sagt|sagen|mitteilt|mitteilen|teilt|teilen|berichtet|berichten|erklärt|erklären|"
                        r"bestätigt|bestätigen|meldet|melden|betont|betonen|kündigt|kündigen|ankündigt|bekanntgibt|"
                        r"informiert|informieren|heißt)\b")
_FORECAST = _rx(r"\b(?:voraus|vorhergesagt|angesagt|erwartet|erwarten|angekündigt|geplant|angesetzt|vorgesehen|"
                       r"prognostiziert|prognostizieren|plant|planen|vorgemerkt)\b")
_PERFECT_AUX = _rx(r"\b(?:hat|haben|habe|hast|habt|ist|sind|bin|bist|seid|sei|seien)\b")
# words that cannot be a weak Präteritum in "-te"/"-ten" (an adjective after its article or preposition: "der
# zweiten", "mit guten"), and words that are not the finite verb after a clause-initial date
_DETERMINERS = frozenset("der die das den dem des ein eine einen einem einer eines kein keine keinen keinem keiner "
                         "im am zum zur vom beim mit von für auf in an aus bei nach vor über unter durch gegen ohne um "
                         "zu diese dieser diesen diesem dieses jede jeder jeden jedem alle allen sehr".split())
_NOT_VERBS = frozenset("gegen zwischen wegen neben oben eben erst jetzt nicht seit mit zuletzt meist bereits bisher "
                       "heute morgen abend nachmittag vormittag mittag früh nacht um in ab bis nach vor von zum zur "
                       "den dem der die das des ein eine einen auch noch schon dann und oder aber erneut zunächst zuerst "
                       "insgesamt bislang gerne lange ganze beide alle viele einige mehrere rund knapp fast selbst "
                       "endlich gleich wieder weiter sogar ebenfalls".split())
# a participle: "gewählt", "gestorben", "stattgefunden", "beschlossen", "verloren", "eröffnet", "organisiert"
_PARTICIPLE = _rx(r"(?-i:[a-zäöüß]*ge[a-zäöüß]{2,}(?:t|en)|(?:be|ver|er|ent|zer|emp|miss)[a-zäöüß]{2,}(?:t|en)|"
                         r"[a-zäöüß]+iert)$")
# "sein" with the participle of a state, not a Perfekt: the state passive of an announcement ("Am 24. Dezember ist das
# Geschäft geöffnet", "Die Straße ist am Montag gesperrt", "Alle sind herzlich eingeladen"): present, not past
# (... and in a verb-final clause, "sein" closing it after the participle: "weil am Sonntag die Straße gesperrt ist")
_STATE_PASSIVE = _rx(r"\b(?:ist|sind|bleibt|bleiben)\b(?!.*\b(?:hat|haben|worden)\b).*\b(?:" + _STATE_WORDS + r")\b|"
                     r"\b(?:" + _STATE_WORDS + r")\s+(?:ist|sind|bleibt|bleiben)\s*$")
# the participles of an invitation or a request in an announcement, after "sein" ("alle sind eingeladen", "um
# Anmeldung wird gebeten")
# ... and the free entry of an announcement ("Zum Vortrag am Dienstag ist der Eintritt frei")
_ANNOUNCED = _rx(r"\b(?:ist|sind|wird|werden)\b(?!.*\b(?:hat|haben|worden|war|waren)\b).*\b(?:eingeladen|"
                        r"willkommen|erbeten|gebeten|erwünscht|erforderlich|notwendig|eintritt\s+frei|"
                        # (the voters called to a ballot: "Bei der Wahl am Sonntag sind 30.000 Bürger wahlberechtigt")
                        r"aufgerufen|wahlberechtigt|stimmberechtigt)\b|"
                        r"\beintritt\b(?!.*\b(?:war|waren)\b).*\b(?:ist|bleibt)\s+frei\b")
_PRONOUNS = frozenset("ich du er sie es wir ihr man".split())
_CONJUNCTIONS = frozenset("dass daß ob weil wenn als wie obwohl nachdem bevor damit sodass da so während bis seit "
                          "indem falls sobald solange für gegen auf aus bei über unter vor hinter neben".split())
_WORD = _rx(r"[\wäöüßÄÖÜ-]+|[,;:()\u2013\"„“»«]")
_CLAUSE_STOP = frozenset(",;:()\u2013\"„“»«")
_PLAN_CONJUNCTIONS = frozenset(("damit", "bevor", "ehe", "sobald", "wenn", "sodass", "bis"))
# ... and the conjunctions of a cause, a condition, a concession or a content clause, whose verb-final present is as
# much a plan ("Weil die Lehrer am Montag streiken, ...", "Falls die Bauern am Freitag demonstrieren", "Obwohl die
# Lehrer am Montag streiken", "..., dass die Lehrer am Dienstag streiken"); not "als" and "nachdem", of the past
_SUBORDINATE_PLAN = _PLAN_CONJUNCTIONS | {"weil", "da", "falls", "obwohl", "obgleich", "dass", "daß", "solange"}


def _inverted_plan(before) -> bool:
    """A main clause after a fronted subordinate clause (its Vorfeld), opened by the present of a scheduled event and
    its subject, the date in the middle field ("Weil es regnet, findet die Führung am Dienstag statt", "Wenn alles
    klappt, eröffnet der Landeshauptmann am Montag die Messe"): a plan, as _subject_v2 (not "ist", "sind")."""
    if len(before) < 2 or before[0] not in _PLAN_VERBS or before[0] in ("ist", "sind"):
        return False
    rest = before[1:]
    while rest and (rest[-1].lower() in _DATE_PREPS or rest[-1] == "sich"):
        rest = rest[:-1]
    return bool(rest) and _subject_end(rest + ["x"]) == len(rest)


def _subordinate_present(before, closes, final, conjunctions=_SUBORDINATE_PLAN) -> bool:
    """A subordinate clause opened by one of _SUBORDINATE_PLAN, the date in its middle field and a present verb
    closing it ("damit wir am Freitag zusammen fahren können", "bevor er am Montag abreist", "weil die Lehrer am Montag
    streiken", "wenn der Bürgermeister im Dezember zurückkehrt"): the coming day or month (a past form or a Perfekt
    in the clause is read before)."""
    return bool(before and before[0].lower() in conjunctions and final and closes and final == closes[-1]
                and final.endswith(("t", "en")) and not final.endswith(("te", "ten")) and final not in _NOT_VERBS)
# (... and the focus and linking adverbs that open the Vorfeld with the date: "Bereits am Samstagabend spielt die
# Musikkapelle", "Anschließend am Sonntag findet ... statt")
_OPENERS = frozenset(("und", "doch", "aber", "denn", "dann", "auch", "erst", "schon", "noch", "bereits", "anschließend",
                      "danach", "außerdem", "zudem", "ebenfalls", "jedoch", "hingegen", "dagegen", "zusätzlich"))
# the prepositions of a date that opens its clause ("Am Samstag findet", "Zu Allerheiligen findet", "Bis Freitag
# bleibt"); "vom" and "seit" are past (see clause_tense)
_DATE_PREPS = frozenset(("am", "im", "an", "ab", "vom", "zu", "zum", "zur", "bis", "um", "gegen", "nach"))


# the present-tense verbs of a scheduled event ("findet ... statt", "beginnt", "tagt", "trifft auf"); other verbs in
# the present may be a report's historical present or a caption
_PLAN_VERBS = frozenset("findet finden beginnt beginnen startet starten tagt tagen endet enden öffnet öffnen schließt "
                        "schließen bleibt bleiben lädt laden trifft treffen empfängt empfangen gastiert gastieren "
                        "entscheidet entscheiden berät beraten stimmt stimmen wählt wählen ist sind tritt treten spielt "
                        "spielen kommt kommen "
                        # ... and an association's or a parish's doings in an announcement ("Die Feuerwehr hält am
                        # Freitag ihre Vollversammlung ab", "Der Pfarrer feiert am Sonntag ...", "Der Verein
                        # veranstaltet am Samstag ...")
                        "feiert feiern hält halten veranstaltet veranstalten organisiert organisieren "
                        "präsentiert präsentieren fällt fallen "
                        # ... and a concert or a reception given ("Die Musikkapelle gibt am Sonntag ein Konzert")
                        "gibt geben "
                        # ... and a match or a party that "steigt" (sports and events: "Das Rückspiel steigt am
                        # Dienstag"), a part of a programme that follows, a trip ("Der Seniorenclub fährt am Mittwoch
                        # nach Innsbruck"), an offer ("Die Bibliothek bietet am Samstag eine Lesung")
                        "steigt steigen folgt folgen fährt fahren reist reisen bietet bieten "
                        # ... and an opening or a visit ("Der Landeshauptmann eröffnet am Montag die Messe", "Der
                        # Bischof besucht am Sonntag die Pfarrei")
                        "eröffnet eröffnen besucht besuchen "
                        # ... and the decisions of a body, as "entscheidet", "berät" ("Der Landtag verabschiedet am
                        # Donnerstag den Haushalt", "Der Gemeinderat behandelt am Montag den Antrag")
                        "verabschiedet verabschieden beschließt beschließen behandelt behandeln verhandelt verhandeln "
                        "diskutiert diskutieren "
                        # ... and the acts of the Church in a parish's announcement ("Der Bischof weiht am Sonntag die
                        # neue Orgel", "Der Pfarrer segnet am Samstag die Fahrzeuge", "zelebriert am Sonntag das
                        # Hochamt"; not "spendet" nor "predigt", as often a statement: "spendet Lob", "predigt
                        # Sparsamkeit")
                        "weiht weihen segnet segnen zelebriert zelebrieren "
                        # ... and the other activities a programme announces, not statements nor decisions (which a
                        # report tells in the present of the day they were made): a concert, a talk, a march, a hike,
                        # a debate, a strike ("Die Kapelle musiziert am Sonntag im Park", "Die Schützen marschieren am
                        # Sonntag beim Umzug mit", "Die Gewerkschaften streiken am Freitag"; not the verbs that as
                        # often make a statement's idiom: "übt Kritik", "singt ein Loblied", "liest die Leviten",
                        # "demonstriert Stärke")
                        "musiziert musizieren konzertiert konzertieren tanzt tanzen referiert referieren "
                        "marschiert marschieren wandert wandern debattiert debattieren "
                        "streikt streiken".split())


# the prepositions of an attribute inside a noun phrase ("die Feier zum Jubiläum", "das Konzert für Bläser")
_NP_PREPS = frozenset("von vom zum zur für mit aus bei beim über gegen in im auf nach".split())


_REFLEXIVE_PLAN = frozenset("trifft treffen versammelt versammeln verabschiedet verabschieden".split())


def _subject_v2(before):
    """True when the words before a date are a subject noun phrase (an article and adjectives before a
    capitalized noun, a name or a pronoun), a present-tense finite verb, and adverbs and the date's preposition:
    German main-clause order (verb second) with the date in the middle field."""
    k = _subject_end(before)
    if k == 0 or k >= len(before) or before[k] not in _PLAN_VERBS:
        return False
    # (and the reflexive pronoun of a meeting or a farewell: "Der Pfarrer verabschiedet sich am Sonntag von der
    # Gemeinde", "Die Schützen treffen sich am Samstag"; not of a stance told in the present: "Die Gemeinde hält sich am
    # Montag bedeckt", "Die Partei gibt sich am Montag kämpferisch")
    reflexive = before[k].lower() in _REFLEXIVE_PLAN
    return all(w.lower() in _DATE_PREPS or (w == "sich" and reflexive) or (w[:1].islower() and w.lower() in _NOT_VERBS)
               for w in before[k + 1:])


_NUMBER_LETTER = _rx(r"\d{1,3}[A-Za-z]")


def _subject_end(before) -> int:
    """The index of the word after the subject noun phrase that opens the clause (0 when there is none)."""
    k = 0
    while k < len(before) and (before[k][:1].isupper() or before[k].lower() in _ARTICLES
                               or before[k].lower() in _PRONOUNS
                               or (before[k].lower().endswith(("e", "en", "er", "es", "em")) and k + 1 < len(before)
                                   and before[k + 1][:1].isupper() and before[k + 1].lower() not in _PRONOUNS)
                               # ... and a prepositional attribute of the subject's noun, with its article or number
                               # ("Die Feier zum 60. Geburtstag findet", "Die Sitzung des Gemeinderates von Lana
                               # tagt"): after a capitalized word, before a capitalized word, an article or a number
                               or (k > 0 and before[k].lower() in _NP_PREPS and before[k - 1][:1].isupper()
                                   and k + 1 < len(before) and (before[k + 1][:1].isupper() or before[k + 1].isdigit()
                                                                or before[k + 1].lower() in _ARTICLES))
                               or (k > 0 and before[k].isdigit() and before[k - 1].lower() in _NP_PREPS)
                               # ... and a number in the subject's name: an ordinal after its article before the
                               # noun ("Der 1. FC Bozen spielt"), a number after the noun ("Der Jahrgang 1953 trifft
                               # sich", "Die Linie 201 fährt")
                               or (k > 0 and before[k].isdigit()
                                   and (before[k - 1][:1].isupper() and before[k - 1].lower() not in _PRONOUNS
                                        or before[k - 1].lower() in _ARTICLES and k + 1 < len(before)
                                        and before[k + 1][:1].isupper()))
                               # ... and a school class's or a bus line's number with its letter ("Die Schüler der
                               # Klasse 3A fahren", "Die Linie 10B fährt")
                               or (k > 0 and _NUMBER_LETTER.fullmatch(before[k]) is not None
                                   and before[k - 1][:1].isupper() and before[k - 1].lower() not in _PRONOUNS)):
        k += 1
    if k == 0 or k >= len(before):
        return 0
    head = before[k - 1]
    if (head.isdigit() or _NUMBER_LETTER.fullmatch(head)) and k > 1 and before[k - 2][:1].isupper():
        return k  # "Der Jahrgang 1953"
    if not (head[:1].isupper() or head.lower() in _PRONOUNS) or head.lower() in _ARTICLES:
        return 0
    return k


# the particles of the separable verbs, which close a main clause in the present ("Der Landeshauptmann stellt das
# Programm am Montag vor", "Der Sonderzug fährt am Samstag um 8 Uhr ab", "Die Schützen treten am Samstag zur Ehrung
# an"); a preposition closes no clause
_PARTICLES = frozenset("ab an auf aus bei ein fest fort los mit nach vor vorbei weg weiter zu zurück zusammen teil "
                       "entgegen heraus hinaus voran hin hinzu her frei hoch dar durch statt".split())
# ... but the statements of a report, told in the present of the day they were made ("Der Minister räumt am Montag
# ein, ...", "Die Polizei hält am Sonntag fest", "Der Anwalt weist am Dienstag die Vorwürfe zurück")
_STATEMENT_PARTICLE = frozenset((("räumt", "ein"), ("räumen", "ein"), ("gesteht", "ein"), ("gestehen", "ein"),
                                 ("wendet", "ein"), ("wenden", "ein"), ("stellt", "fest"), ("stellen", "fest"),
                                 ("hält", "fest"), ("halten", "fest"), ("hält", "zurück"), ("halten", "zurück"), ("gibt", "zu"), ("geben", "zu"),
                                 ("gibt", "an"), ("geben", "an"), ("weist", "hin"), ("weisen", "hin"),
                                 ("weist", "zurück"), ("weisen", "zurück"), ("führt", "aus"), ("führen", "aus"),
                                 ("legt", "dar"), ("legen", "dar"), ("fügt", "hinzu"), ("fügen", "hinzu"),
                                 ("deutet", "an"), ("deuten", "an"), ("spricht", "aus"), ("sprechen", "aus"),
                                 ("stimmt", "zu"), ("stimmen", "zu")))
# the present of the modals before an infinitive closing the clause ("Der Angeklagte muss sich am Montag vor Gericht
# verantworten", "Die Ausstellung kann am Sonntag besichtigt werden"): an obligation or a possibility to come
_MODALS_PRESENT = frozenset("muss müssen kann können darf dürfen".split())
_AUX_PRESENT = frozenset("hat haben ist sind wird werden bin bist seid habe".split())
# a clock time in the clause after the date ("am Samstag um 20 Uhr", "ab 18 Uhr"): a time set for an event
# ... and the outcome of an accident told in the same present ("gerät in eine Lawine und stirbt", "rückt aus und
# findet den Mann tot")
_NARRATIVE = _rx(r"\b(?:Sekunden|Minuten|Stunden|Augenblicke)\s+später\b|\bkurz\s+darauf\b|^\s*(?-i:Rückblick)\b|"
                 r"\bund\s+(?:stirbt|sterben)\b|\bfinde[nt]\s+(?:[\w-]+\s+){0,4}?tot\b")
# the verbs of an accident or a police act, told in the historical present of a report, with a clock time or a
# particle ("Der Autofahrer verliert am Samstag um 23 Uhr die Kontrolle", "Ein Lawinenabgang reißt am Sonntag um 11
# Uhr zwei Skitourengeher mit", "Die Polizei nimmt am Sonntag zwei Dealer fest"): no plan
_ACCIDENT_VERBS = frozenset("gerät geraten verliert verlieren stürzt stürzen prallt prallen kracht krachen verunglückt "
                            "verunglücken stirbt sterben rutscht rutschen erfasst erfassen überschlägt überschlagen "
                            "kollidiert kollidieren verletzt verletzen erwischt erwischen".split())
_ACCIDENT_PARTICLE = frozenset((("reißt", "mit"), ("reißen", "mit"), ("nimmt", "fest"), ("nehmen", "fest"),
                                ("bricht", "ein"), ("brechen", "ein"), ("kommt", "ab"), ("kommen", "ab"),
                                ("geht", "ab"), ("gehen", "ab"), ("stößt", "zusammen"), ("stoßen", "zusammen"),
                                ("schlägt", "zu"), ("schlagen", "zu")))
# ... but not the weather of a forecast, whose verbs are those of an accident used of the weather ("Der Winter bricht am
# Freitag ein", "Die Temperaturen stürzen am Sonntag ab", "Der Föhn schlägt am Freitag zu"), nor the departure of a
# timetable ("Der Zug geht am Samstag um 6 Uhr ab", "Die Post geht am Montag an alle Haushalte ab"; only "geht ab":
# "Der Linienbus prallt am Montag um 7 Uhr gegen eine Mauer", "Der Bus kommt am Montag von der Straße ab" are accidents); the head noun of the subject, also a compound's
_WEATHER_SUBJECT = ("winter", "kälte", "temperaturen", "temperatur", "kaltfront", "warmfront", "tief", "föhn", "hitze",
                    "frost")
_TIMETABLE_SUBJECT = ("zug", "bus", "post", "flug", "fähre", "schiff", "bahn", "flieger")
_CLOCK_IN_CLAUSE = _rx(r"\b(?:um|ab)\s+\d{1,2}(?:[.:]\d\d)?\s*Uhr\b")


# the phrase closing a clause of a start of service or of force ("geht am Samstag in Betrieb", "tritt am Montag in
# Kraft"), as a separable verb's particle closes one (see _v2_present_plan)
_SERVICE_START = frozenset((("in", "Betrieb"), ("in", "Kraft")))


def _modal_v2(before) -> bool:
    """A modal in the present right after the subject that opens the clause ("Der Angeklagte muss sich am Montag")."""
    k = _subject_end(before)
    return 0 < k < len(before) and before[k].lower() in _MODALS_PRESENT


def _v2_present_plan(before, closes, clock: bool) -> bool:
    """True when a subject opens the clause, a finite verb in the present follows it (V2), the date stands in the
    middle field, and the clause is closed by a separable verb's particle or an infinitive after a modal, or names a
    clock time: the German plan told in the present ("Der Verein stellt am Freitag um 20 Uhr das Buch vor",
    "Der Landtag stimmt am Dienstag über das Gesetz ab", "Die Wanderer treffen sich am Sonntag um 9 Uhr beim
    Kirchplatz"). Not a departure told without its time ("fährt am Freitag ab": see _amount_or_departure)."""
    k = _subject_end(before)
    if k == 0 or k >= len(before) or len(before) - k > 8:
        return False
    verb = before[k]
    low = verb.lower()
    if (not verb[:1].islower() or low in _AUX_PRESENT or low in _NOT_VERBS or low in _CONJUNCTIONS
            or low in _DETERMINERS or low not in _MODALS_PRESENT and (not low.endswith(("t", "en"))
                                                                     or low.endswith(("te", "ten")))):
        return False
    if any(w in _CLAUSE_STOP or w.lower() in _CONJUNCTIONS for w in before[k + 1:]):
        return False
    # (the particle of the first clause, not of a second one after "und" and its verb: "Eine Lawine geht am Samstag am
    # Ortler ab und reißt drei Bergsteiger mit")
    for i, w in enumerate(closes[:-1]):
        if w in ("und", "oder") and closes[i + 1][:1].islower() and closes[i + 1].endswith("t"):
            closes = closes[:i]
            break
    last = closes[-1] if closes else ""
    if low in _MODALS_PRESENT:
        return True  # (with its infinitive or without: "Der FC Südtirol muss am Sonntag nach Padua")
    head = before[k - 1].lower()
    if ((low in _ACCIDENT_VERBS or (low, last) in _ACCIDENT_PARTICLE) and not head.endswith(_WEATHER_SUBJECT)
            and not (low in ("geht", "gehen") and last == "ab"
                         and head.endswith(_TIMETABLE_SUBJECT))):
        return False
    # ("spricht ... aus" is a statement, but not of a verdict, "Urteil" its object: "Das Gericht spricht am Dienstag
    # das Urteil aus"; not "spricht sich gegen das Urteil aus", "Kritik am Urteil", "Aufhebung des Urteils", "ihre
    # Enttäuschung über das Urteil")
    if len(closes) > 1 and (closes[-2].lower(), last) in _SERVICE_START:
        return True  # ... or a start of service or of force closing it ("Der Lift geht am Samstag in Betrieb")
    if last in _PARTICLES and ((low, last) not in _STATEMENT_PARTICLE
                               or low in ("spricht", "sprechen") and "sich" not in before and "sich" not in closes
                               and any(closes[i].lower() in ("das", "ein", "sein", "ihr") and closes[i + 1] == "Urteil"
                                       and (i == 0 or closes[i - 1].lower() not in _NP_PREPS)
                                       for i in range(len(closes) - 1))):
        return clock or not (low in ("fährt", "fahren") and last == "ab")
    return clock


_DAYTIME_AFTER = frozenset("früh frühmorgens morgens vormittags mittags nachmittags abends nachts abend nachmittag "
                           "vormittag mittag nacht".split())


def _amount_or_departure(before, closes) -> bool:
    """Is the plan verb before the date "steigt"/"steigen" of a count ("Die Zahl der Toten steigt am Dienstag auf 40":
    the reporting present of a toll, not a match that "steigt"; "Die Temperaturen steigen am Wochenende auf 25 Grad" is
    a forecast), or "fährt ... ab", a departure ("Der Bus fährt am Freitag um 7.15 Uhr ab", also told in the present
    of a narrative; "Die Bahn fährt am Wochenende nur eingeschränkt" is a service announced)?"""
    verbs = {w.lower() for w in before}
    low = [w.lower() for w in closes]
    if verbs & {"steigt", "steigen"}:
        return any("zahl" in w for w in verbs) and any(
            w in ("auf", "um") and k + 1 < len(low) and low[k + 1][:1].isdigit() for k, w in enumerate(low))
    if verbs & {"fährt", "fahren"}:
        return bool(low) and low[-1] == "ab"
    # ... or "kommt ... ab", a vehicle off the road ("Ein Pkw kommt am Freitag um 22 Uhr von der Fahrbahn ab"): left to
    # _v2_present_plan, whose accident veto reads it
    if verbs & {"kommt", "kommen"}:
        return bool(low) and low[-1] == "ab"
    return False


def _clause_around(text: str, s: int, e: int):
    """The words of the clause around the date text[s:e]: those before it and those after it up to the clause's end
    (a clock time right after the date left out)."""
    pre = sentence_before(text, s, 200)
    post = sentence_after(text, e, 200)
    if len(post) == 200:
        post = post[:post.rfind(" ")] + " ,"  # a sentence cut off: its last word is no clause end
    before = _WORD.findall(pre)
    after = _WORD.findall(post)
    if e < len(text) and text[e].isalpha() and after:
        after = after[1:]  # the rest of a compound: "am Sonntag[vormittag] findet"
    i = len(before)
    while i and before[i - 1] not in _CLAUSE_STOP:
        i -= 1
    before = before[i:]
    j = 0
    while j < len(after) and after[j] not in _CLAUSE_STOP:
        j += 1
    closes = after[:j]
    if len(closes) > 1 and closes[0].lower() in _DAYTIME_AFTER:
        closes = closes[1:]  # a time of day after the date: "Montag früh beginnt die Schule", "Sonntag abends"
    if len(closes) > 2 and closes[0].lower() in ("um", "ab", "gegen") and closes[1].isdigit():
        k = 2 + (len(closes) > 3 and closes[2].isdigit())  # "um 19.30 Uhr": the words 19, 30
        if k < len(closes) and closes[k] == "Uhr":
            closes = closes[k + 1:]  # a clock time after the date: "Am Sonntag um 10 Uhr feiert ..."
    return before, closes


# the Perfekt with "sein" is formed by the verbs of motion and of a change of state, intransitive (a closed class of
# the grammar: "ist gekommen", "ist zurückgetreten", "ist verunglückt", "ist eingestürzt"); "sein" with the participle
# of a transitive verb is the state passive ("ist abgeschlossen", "ist genehmigt", "ist geöffnet"): a state, not past
_SEIN_PARTICIPLE = _rx(
    r"(?-i:[a-zäöüß]*(?:gefahren|gegangen|gekommen|geflohen|geflüchtet|gestürzt|gestorben|gefallen|gesprungen|"
    r"gelaufen|geflogen|gestiegen|gesunken|gewachsen|geschmolzen|gebrochen|geraten|geschehen|gewesen|geblieben|"
    r"geglitten|gerutscht|geprallt|gestoßen|gekracht|geschleudert|getreten|gezogen|gereist|gelandet|gestartet|"
    r"geworden|geboren|gescheitert|gelungen|gewechselt|gerückt|gekehrt|gefolgt|geschieden|gestanden|"
    r"verunglückt|entkommen|verschwunden|entwichen|ertrunken|erfroren|erstickt|explodiert|zusammengestoßen|"
    r"erschienen|entstanden|passiert|eingetreten|ausgetreten|zurückgetreten|umgezogen|verstorben|ausgewandert|"
    r"zerbrochen|erwacht|ertrunken|gestrandet))$")
# a future or a plan in the clause: not a Perfekt of the past ("wird im Jänner abgeschlossen haben", "soll ... begonnen
# haben" is an allegation, read by PAST_AFTER)
_PERFECT_NOT = _rx(r"\b(?:wird|werden|werde|würde|würden|soll|sollen|will|wollen|muss|müssen|"
                          r"spätestens|voraussichtlich)\b", re.I)
# ... nor a date after a preposition of a goal or a span to come ("für Jänner eingeladen", "auf Februar verschoben",
# "bis zum 3. März", "ab dem 1. Jänner")
_GOAL_PREPS = frozenset(("bis", "ab", "für", "auf"))
_GOAL_BEFORE = _GOAL_PREPS | {"zum", "zur", "den", "dem", "ende", "anfang", "mitte"}


def perfect_clause(text: str, s: int, e: int) -> bool:
    """True when the clause around the year-less month or day text[s:e] is a Perfekt: a finite "haben" and a
    participle closing the clause ("Die Grippewelle hat im Jänner begonnen", "Im Jänner hat die Gemeinde die Gebühren
    erhöht", "..., die am 5. Jänner zugeschlagen haben"), or a finite "sein" and the participle of an intransitive
    verb of motion or change ("Im Februar ist der Bürgermeister zurückgetreten", "der im Jänner verunglückt ist"):
    the ordinary past of German news, read as the last such month or day (resolvers._told_past). Not the state passive
    ("Die Straße ist im Jänner gesperrt"), nor a clause with a future or a goal ("bis Februar haben alle ... erhalten",
    "hat für Jänner eingeladen")."""
    before, closes = _clause_around(text, s, e)
    clause = before + ["DATUM"] + closes
    if len(clause) < 3 or not clause[-1][:1].islower():
        return False
    low = [w.lower() for w in clause]
    joined = " ".join(low)
    if (_PERFECT_NOT.search(joined) or _STATE_PASSIVE.search(joined)
            or (before and before[-1].lower() in _GOAL_BEFORE
                and (before[-1].lower() in _GOAL_PREPS or len(before) > 1 and before[-2].lower() in _GOAL_PREPS))):
        return False
    final, aux = low[-1], None
    if _PERFECT_AUX.fullmatch(final):  # verb-final: "..., der im Jänner verunglückt ist"
        aux, final = final, low[-2]
    else:
        finite = [w for w in low[:-1] if _PERFECT_AUX.fullmatch(w)]
        aux = finite[0] if finite else None
    if aux is None or not _PARTICIPLE.match(final) or final == "datum":
        return False
    if aux in ("hat", "haben", "habe", "hast", "habt"):
        # (not opening hours: "Der Markt hat im Dezember an allen Wochenenden geöffnet" is a state, not a Perfekt)
        return final not in ("geöffnet", "geschlossen", "offen", "zu")
    return bool(_SEIN_PARTICIPLE.match(final))


def _weak_past_form(w: str, prev: str, verb_slot: bool = False) -> bool:
    """Is the word w (after the word prev, in lower case) a weak Präteritum: "-te", "-eten" (a plural after a stem in
    t, d, n, m: "meldeten", "arbeiteten", "eröffneten"), or "-ten" where the finite verb stands? Not an ordinal or a
    superlative ("die ersten", "am besten"), an adjective after its article, nor an "-eten" after another letter: a
    participle or a present ("erbeten", "gebeten", "vertreten", "bieten", "treten")."""
    low = w.lower()
    return (len(low) > 4 and w[:1].islower() and not low.endswith(("ste", "sten"))
            and (low.endswith("te") or (low.endswith("eten") and low[-5] in "tdnm")
                 or (verb_slot and low.endswith("ten") and not low.endswith("eten")))
            and low not in ("heute", "bitte", "letzte", "letzten") and prev not in _DETERMINERS)


def clause_tense(text: str, s: int, e: int) -> int:
    """-1 when the clause around the date text[s:e] is told in the past, +1 when in the present (a plan in a news
    report: "Am Samstag findet der Markt statt", "Montag ist Sitzungstag", "die am Sonntag stattfindende Wahl"),
    0 when unknown."""
    before, closes = _clause_around(text, s, e)
    # two weekdays coordinated share the clause's verb ("Am Samstag und Sonntag ist das Museum geöffnet", "Am Freitag
    # und am Samstag ist der Markt"): read each as if it stood alone, the other one left out
    k = 1 + (len(closes) > 1 and closes[1].lower() in ("am", "zum"))
    if len(closes) > k + 1 and closes[0] in ("und", "oder", "sowie") and closes[k].lower() in _WEEKDAY_NAMES:
        closes = closes[k + 1:]
    k = 2 + (len(before) > 1 and before[-1].lower() in ("am", "zum"))
    if len(before) >= k and before[-k + 1 if k == 3 else -1] in ("und", "oder", "sowie") \
            and before[-k].lower() in _WEEKDAY_NAMES:
        before = before[:-k] + before[len(before) - k + 2:]
    clause = before + ["DATUM"] + closes  # the date itself stands between them (a noun: capitalized)
    low = [w.lower() for w in clause]
    joined = " ".join(low)
    if before and (before[-1].lower() in ("vom", "seit") or before[-2:] == ["seit", "dem"]) and not (
            before[-1].lower() == "vom" and len(before) > 1 and before[-2].lower() == "nacht"):
        return -1  # "seit Montag", "die Wahl vom Sonntag": a past day (not the first of "die Nacht vom 15. auf den 16.")
    if _PAST_FORMS.search(" ".join(clause)):  # (in its own case: "im Schloss" is no "schloss")
        return -1
    if (before and (before[-1].lower() == "für" or len(before) > 1 and before[-2].lower() == "für"
                    and before[-1].lower() in ("das", "den", "die"))
            and (_FORECAST.search(joined) or _STATE_PASSIVE.search(joined))
            # (not a Perfekt, but a state passive of the forecast: "Für das Wochenende ist Schnee angesagt"; also a
            # state passive of a closure or a plan: "Für Sonntag sind die Straßen gesperrt")
            and (not _PERFECT_AUX.search(joined) or _STATE_PASSIVE.search(joined))
            and not any(_weak_past_form(w, low[k - 1] if k else "", True) and not _FORECAST.fullmatch(low[k])
                        for k, w in enumerate(clause))):
        # a day forecast or planned, in a clause not in the past: "Für Samstag sagen die Meteorologen Schnee voraus"
        # -- said now of the day, not on it; "Für Sonntag meldet die Polizei eine ruhige Nacht" is a report (a
        # month after "für" is often a period reported: "die Zahlen für Mai", not read here)
        return 1
    if (len(before) > 1 and before[-1].lower() == "für" and _subject_v2(before[:-1])
            and before[_subject_end(before[:-1])].lower() in ("lädt", "laden")):
        return 1  # ... and an invitation for the day ("Die Gemeinde lädt für Donnerstag zur Bürgerversammlung")
    if _REPORTING.search(joined) and not (low[-1] == "aus" and {m.group() for m in _REPORTING.finditer(joined)}
                                          <= {"sagt", "sagen"}):
        return -1  # (not "sagt ... aus", a witness who testifies: "Der Zeuge sagt am Montag aus")
    # a weak Präteritum: "Der Verein feierte am Sonntag ...", "die am Montag tagte", "sie eröffneten"; a plural in
    # "-ten" may be a present ("werten aus", "arbeiten"): only where the finite verb stands (V2, the clause's end)
    verb_slots = (len(before) + 1, len(clause) - 1)
    # (after a present finite verb in V2 before the date, a word in "-te" after it is no second finite verb but an
    # adjective: "Die Veranstalter bieten am Sonntag geführte Wanderungen an")
    # ... nor after a modal's present in V2 the infinitive closing the clause ("muss sich am Montag verantworten")
    v2_present = _subject_v2(before) or _modal_v2(before)
    for k, w in enumerate(clause):
        if v2_present and k > len(before):
            break
        if _weak_past_form(w, low[k - 1] if k else "", k in verb_slots):
            return -1
    # the finite verb right after a date opening the clause (V2); the last word of the clause (verb-final)
    opening = all(w.lower() in _OPENERS or w.lower() in _DATE_PREPS for w in before)
    v2 = (closes[0] if opening and closes and closes[0][:1].islower() and closes[0] not in _NOT_VERBS
          and (closes[0].endswith(("t", "en", "e")) or closes[0] in ("sind", "bin")) else None)
    final = clause[-1] if clause and clause[-1][:1].islower() and len(clause) > 2 else None
    if (final and _PERFECT_AUX.search(joined) and not _STATE_PASSIVE.search(joined)
            and not _ANNOUNCED.search(joined) and (
            _PARTICIPLE.match(final) or (_PERFECT_AUX.fullmatch(final) and _PARTICIPLE.match(low[-2])))):
        return -1  # a Perfekt: "hat am Montag beschlossen", "..., der am Sonntag verunglückt ist"
    if _subordinate_present(before, closes, final):
        return 1
    if _inverted_plan(before) and not _amount_or_departure(before, closes):
        return 1
    noun = before[:-1] if before and before[-1].lower() in ("am", "vom", "zum") else before
    if noun and noun[-1][:1].isupper() and not opening:
        # the date of a noun ("Der Sieg am Sonntag ist ..."): the present is today's, not the day's -- but for the
        # state passive of an announcement ("Zum Konzert am Samstag sind alle eingeladen", "Für die Wanderung am
        # Sonntag ist die Anmeldung erbeten"): the event to come
        # ... and the state of a scheduled event's noun in the present ("Das Spiel am Samstag ist ausverkauft", "Die
        # Sitzung am Montag ist öffentlich"): the event to come
        at = " ".join(before) + (" am" if text.startswith("am ", s) else "")
        return 1 if _ANNOUNCED.search(joined) or (_STATE_PASSIVE.search(joined) and _EVENT_AT_DATE.search(at)) else 0
    if v2:
        return 1
    # ... or the finite verb before its inverted subject, in the clause before the date ("Sehr früh reise ich
    # dann am Montag nach Wien", "Dann kommt er am Montag")
    for k in range(len(before) - 1):
        w = before[k]
        if before[k + 1].lower() in _PRONOUNS and w[:1].islower() and w.lower() not in _NOT_VERBS | _CONJUNCTIONS:
            if w.endswith(("t", "e", "en")):
                return 1
            break
    # ... or the finite verb after the subject that opens the clause (V2), with the date after it in the middle field
    # ("Die Beerdigung findet am Freitag statt", "Der Landtag tagt am Montag", "Er tritt am Samstag auf"): a plan
    if _subject_v2(before) and not _amount_or_departure(before, closes):
        return 1
    # ... or any verb in the present there, in a clause closed by a separable verb's particle or with a clock time
    # ("Der Landeshauptmann stellt das Programm am Montag vor", "Der Sonderzug fährt am Samstag um 8 Uhr ab")
    # (not the present of a narrative, told moment after moment or announced as a look back: "Rückblick: Der Bus
    # fährt am Freitag um 7.15 Uhr ab, zehn Minuten später kracht es")
    rest = sentence_after(text, e, 120)
    if (_v2_present_plan(before, closes, _CLOCK_IN_CLAUSE.search(_CLAUSE_SPLIT.split(rest)[0]) is not None)
            and not _NARRATIVE.search(rest) and not _NARRATIVE.search(sentence_before(text, s, 120))):
        return 1
    if any(w.endswith(("ende", "enden", "endem", "ender", "endes")) and k + 1 < len(closes)
           and closes[k + 1][:1].isupper() for k, w in enumerate(closes[:5]) if w[:1].islower()):
        return 1  # a present participle before its noun: "die im Dezember auf Bali tagende Konferenz"
    return 0

# the amount of a change: "um" + a number that ends its clause (or only a verb particle follows), after a finite verb
# of change anywhere before it in the clause ("Die Zahl stieg im Mai um 1600.", "Die Einnahmen stiegen gegenüber dem
# Vorjahr um 1750.", "nahm im Vergleich zu 2011 um 1650 zu"); YEAR_NOT_AFTER reads only "stieg um" right before it.
# Not a clause whose verb is no change ("Um 1500 entstand der Flügelaltar", "Die Kirche entstand um 1450.")
_CHANGE_VERB = _rx(
    r"\b(?:" + _CHANGE_VERBS + r"|erhöhen|senkte|senkten|senkt|kletterte|kletterten|klettert|schrumpfte|schrumpften|"
    r"schrumpft|nehmen|gehen|legte|legten|legt|verbesserte|verbesserten|verschlechterte|verschlechterten)\b",
    re.I)
_AMOUNT_END = _rx(r"\s*(?:zu|ab|an|zurück)?\s*(?:[.;:!?,)\u2013]|\Z)", re.I)
_TIME_BEFORE_UM = _rx(r"\b(?:bis|seit|erst|noch|schon|bereits)\s*$", re.I)


def year_is_amount(text: str, s: int, e: int) -> bool:
    if text[max(0, s - 3):s].lower() != "um " or not _AMOUNT_END.match(text, e):
        return False
    pre = text[max(0, s - 150):s - 3]
    if _TIME_BEFORE_UM.search(pre):
        return False  # "Die Stadt wuchs bis um 1600": a time
    cut = max(pre.rfind(c) for c in ".;:!?,(")
    return _CHANGE_VERB.search(pre[cut + 1:]) is not None


# the articles and possessives that open a noun phrase ("die einst mächtige Partei")
_ARTICLES = ("der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines", "seine",
             "seinen", "seinem", "seiner", "seines", "ihre", "ihren", "ihrem", "ihrer", "ihres")


# the genitive of a year's direction after a month, a day or a season ("im Juli dieses Jahres", "am 3. März
# vergangenen Jahres", "im Herbst des heurigen Jahres": the South Tyrolean and Austrian "heurig", this year's)
_YEAR_GENITIVE_DIRS = r"dieses|laufenden|heurigen|nächsten|kommenden|vergangenen|letzten|vorigen|Vorjahres"

# (see the "second" relunit rules)
_SECOND_NOT_AFTER = (r"(?!\s+(?:der\s|(?:nach|vor|seit|bis)\s+(?:Ostern|Pfingsten|Weihnachten|Neujahr|Silvester|"
                     r"Allerheiligen|Fasching|Karneval|Dreikönig|Maria\s+Himmelfahrt)\b))")
RULES = [
    ("range_days", r"(?:vom|von|zwischen\s+dem)\s+{DAY}\s*(?:bis(?:\s+zum)?|und(?:\s+dem)?|-|\u2013)\s*{DAY:b}\s*{MONTH}(?:\s+{YEAR})?"),
    # two days of one month: "am 1. und 2. Dezember", "am 24./25. Dezember"
    ("range_days", r"am\s+{DAY}\s*(?:und|/|-|\u2013)\s*{DAY:b}\s*{MONTH}(?:\s+{YEAR})?"),
    # ... and in figures: "am 23./24.11.", "vom 23.-24.11." (the empty group "month": the month is the number)
    ("range_days", r"(?:am|vom)\s+{DAY}\s*(?:und|/|-|\u2013)\s*{DAY:b}\s?(?P<mnum>1[0-2]|0?[1-9])\.(?P<month>)(?![\d.])"),
    # a day in a list of days of one month ("am 23., 24. und 29. November"): the month named at the list's end
    # (at most 8 days in the list: an unbounded one rescans the rest of a long run of "1., " from every number)
    # ... also two days joined by a slash or a dash without "am" (an announcement's "Sa./So., 22./23. Juni",
    # "22.-23. Juni") and the night "vom 15. auf den 16. Juni"
    ("date", r"(?:am\s+)?{DAY}(?=(?:\s*,\s*(?:3[01]|[12]\d|0?[1-9])\.){0,8}\s*(?:,|und|sowie|oder|/|-|\u2013|"
             r"auf\s+den)\s*"
             r"(?:3[01]|[12]\d|0?[1-9])\.\s*{MONTH}(?:\s+{YEAR})?)"),
    ("range_months", r"(?:von|zwischen)\s+{MONTH}\s+(?:bis|und)\s+{MONTH:b}\s+{YEAR}"),
    # "1995-96": two years
    ("range_years", r"{YEAR}\s*(?:-|\u2013)\s*(?:{YEAR:b}|(?P<yy>\d\d)(?![\d%-]))"),
    # ... and a season, a school or a business year across two ("die Saison 2012/13", "im Schuljahr 2013/14"): two
    # years, as TimeML marks the two ends of a span (a DATE value is one calendar unit) and as HeidelTime's German
    # rules do ("1850/51": 1850 and 1851). Only the next year after the slash: "2013/45" is a file number
    ("range_years", r"{YEAR}/(?P<yy>" + "|".join(r"(?<=%02d/)%02d" % (i, (i + 1) % 100) for i in range(100))
                    + r")(?![\d/%.,-])"),
    ("that_unit", r"am\s+(?P<rel>nächsten)\s+(?P<unit>Tag)\b"),  # "am nächsten Tag": after the last date, not tomorrow
    # from the last date of the text: "in der Woche darauf", "am Tag zuvor", "im selben Jahr", "am folgenden Tag"
    ("that_unit", r"(?:(?:am|im|in\s+der|an\s+dem|in\s+dem)\s+)?(?P<unit>Tag|Woche|Monat|Jahr)\s+(?P<rel>darauf|danach|zuvor|davor)\b"),
    ("that_unit", r"(?:(?:am|im|in\s+der|an\s+dem|in\s+dem)\s+)?(?P<rel>selben|gleichen|folgenden)\s+(?P<unit>Tag|Woche|Monat|Jahr)\b"),
    # "an diesem Tag" in a story is that day, as "in jenem Jahr" that year (the last date of the text), not today:
    # today is "heute"
    ("that_unit", r"(?P<rel>diesem)\s+(?P<unit>Tag)\b"),
    ("that_unit", r"(?P<rel>jenem|jenen|jener)\s+(?P<unit>Tag|Woche|Monat|Jahr)\b"),
    # "am Vortag", "tags darauf", "tags zuvor": the day before or after the last date of the text
    ("that_unit", r"(?:(?:am|vom)\s+)?(?P<rel>Vor)(?P<unit>tag)(?:e?s)?\b"),
    ("that_unit", r"(?P<unit>Tag)s\s+(?P<rel>darauf|zuvor|danach|davor)\b"),
    # "am Folgetag", "im Folgejahr", "in der Folgewoche": the day (year, week) after the last date of the text
    ("that_unit", r"(?:(?:am|im|in\s+der|vom)\s+)?(?P<rel>Folge)(?P<unit>tag|woche|monat|jahr)(?:e?s)?\b"),
    # "am 30. d. M." (des Monats): this month's day (the group "thismonth" names it; resolvers.r_dom does not read
    # it yet and takes the nearest such day)
    ("dom", r"(?P<day>3[01]|[12]\d|0?[1-9])\.\s?(?P<thismonth>d\.\s?M\.|dieses\s+Monats|des\s+laufenden\s+Monats)"),
    # a day without its month after "am" (or a weekday), before the clause goes on in lower case or ends ("Die
    # nächste Sitzung ist am 25.", "Die Sitzung fand am 3. statt", "für Samstag, den 15., lädt"): that day of this
    # month or the nearest one (resolvers.r_dom); not an ordinal before its noun ("am 3. Tag", "am 2. Platz"), nor the
    # first of two days before a month ("am 3. und 4. Juni": the date rules)
    # ... not a day of every month ("am 15. jedes Monats", "jeweils am 5."), nor after "vom" a place in a ranking or a
    # step of a change ("fiel vom 5. auf den 8. Platz zurück", "zog vom 3. in den 4. Stock", "vom 15. auf den 9."):
    # "vom N. auf/in/ins/zum ..." is a day only in "die Nacht vom 15. auf den 16." (both days: the second rule)
    ("dom", r"(?:(?<=\bam\s)(?<!\bjeweils\sam\s)(?<!\bimmer\sam\s)|(?<=\bNacht\svom\s)|"
            r"(?<=\bvom\s)(?!\d+\.\s+(?:auf|in|ins|zum|zur|bis)\b)|"
            r"(?:(?:am\s+)?{WEEKDAY},?\s+(?:den|dem)\s+))(?P<day>3[01]|[12]\d|0?[1-9])\."
            r"(?=\s*(?:[,;:!?)]|\Z)|\s+(?!(?:und|oder|bis|sowie|[vd]\.|des|dieses|jedes|jeden|eines|vorigen|"
            r"vergangenen|letzten|laufenden|nächsten|kommenden)(?!\w))(?-i:[a-zäöüß]))"),
    ("dom", r"(?:(?<=\bNacht\svom\s\d\.\sauf\sden\s)|(?<=\bNacht\svom\s\d\d\.\sauf\sden\s))"
            r"(?P<day>3[01]|[12]\d|0?[1-9])\.(?=\s*(?:[,;:!?)]|\Z)|\s+(?-i:[a-zäöüß]))"),
    # ... and "am 30. v. M." (vorigen Monats), "am 3. vergangenen Monats", "am 28. des Vormonats": the day of the month
    # before the reference's (group "lastmonth")
    ("dom", r"(?P<day>3[01]|[12]\d|0?[1-9])\.\s?(?P<lastmonth>v\.\s?M\.|(?:vorigen|vergangenen|letzten)\s+Monats|"
            r"des\s+Vormonats)"),
    # a year of two figures after an apostrophe, after a word that takes a year ("Jahrgang '45", "seit '98", "die WM
    # '06", "Matura '75"); not a quoted number ("'45 Minuten'"), nor after a season (one mention with it, not read)
    ("yy", r"(?:(?<=Jahrgang\s)|(?<=\bim\s)|(?<=\bseit\s)|(?<=\bbis\s)|(?<=\bvon\s)|(?<=\bab\s)|(?<=WM\s)|"
           r"(?<=EM\s)|(?<=Olympia\s)|(?<=Matura\s)|(?<=Abitur\s))['’](?P<yy>\d\d)\b(?![\d'’%]|[.,]\d)"),
    ("iso", r"(?P<y>\d{4})-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?![\d-])"),
    # ... with the weekday before it in one mention ("Mittwoch, den 20.11.2013")
    ("numeric", r"(?:{WEEKDAY},?\s+(?:(?:dem|den)\s+)?)?(?P<a>[0-3]?\d)\.\s?(?P<b>[01]?\d)\.\s?(?P<y>\d{4})(?![\d])"),
    # a year of two figures after a preposition of dates or a weekday ("am 20.11.13", "Mi., 20.11.13")
    ("numeric", r"(?:(?<=am\s)|(?<=vom\s)|(?<=zum\s)|(?<=seit\s)|(?<=bis\s)|(?<=ab\s)|(?<=\.,\s)|(?<=[a-z],\s))"
                r"(?P<a>3[01]|[12]\d|0?[1-9])\.(?P<b>1[0-2]|0?[1-9])\.(?P<y>\d\d)(?![\d.,:])"),
    ("numeric", r"(?P<a>[0-3]?\d)/(?P<b>[01]?\d)/(?P<y>\d{4})(?![\d/])"),
    # a day and a month in figures without the year ("am 12.3.", "bis zum 5.12.", "Samstag, 14.12."): after a
    # preposition of dates or a weekday, never alone (a "3.5." may be a number)
    ("date", r"(?:(?:am|vom|zum|bis\s+zum|seit\s+dem|ab\s+dem|ab|bis)\s+(?:{WEEKDAY},?\s+(?:(?:dem|den)\s+)?)?|(?<=\()|"
             r"(?:{WEEKDAY:b}|(?-i:Mo|Di|Mi|Do|Fr|Sa|So)\.?),?\s+(?:(?:dem|den)\s+)?)"
             r"(?P<day>3[01]|[12]\d|0?[1-9])\.\s?(?P<mnum>1[0-2]|0?[1-9])\.(?![\d.])"
             r"(?!\s*(?:Prozent|%|Uhr|Euro|€|Platz|Rang)\b)"),
    # ... and with its year named by a genitive of direction ("am 3. März vergangenen Jahres", "am 28. Dezember des
    # Vorjahres", "am 20. Oktober dieses Jahres") or the official abbreviation ("am 5. Juni v. J.", "d. J."): one
    # mention, the day of that year (as the month rules below: "im Juli dieses Jahres")
    ("date", r"(?:(?:am|vom|zum|bis\s+zum|seit\s+dem|ab\s+dem)\s+)?(?:{WEEKDAY},?\s+(?:(?:dem|den)\s+)?)?"
             r"{DAY}\s*{MONTH}\s+(?:des\s+)?(?P<ydir>" + _YEAR_GENITIVE_DIRS + r")(?:(?<=jahres)|\s+Jahres)\b"),
    ("date", r"(?:(?:am|vom|zum|bis\s+zum|seit\s+dem|ab\s+dem)\s+)?{DAY}\s*{MONTH}\s+(?P<ydir>[vd]\.\s?J\.)"),
    ("date", r"(?:(?:am|vom|zum|bis\s+zum|seit\s+dem|ab\s+dem)\s+)?(?:{WEEKDAY},?\s+(?:(?:dem|den)\s+)?)?"
             r"{DAY}\s*{MONTH}(?:\s+(?:des\s+Jahres\s+)?{YEAR})?"),  # ... "am 3. März des Jahres 1809"
    # the day as an ordinal word: "am ersten Mai", "der dritte Oktober"
    ("date", r"(?:(?:am|vom|zum|bis\s+zum|seit\s+dem|ab\s+dem)\s+)?{ORD}\s+{MONTH}(?:\s+{YEAR})?"),
    # "am ersten Samstag im Oktober", "am letzten Sonntag im Jänner 2013": that weekday of the month, of the reference's
    # year without one (resolvers.r_nthweekday, NTH_LAST); not "im Monat" (every month's, a set)
    ("nthweekday", r"(?:(?:am|an\s+dem)\s+)?(?P<nth>ersten|zweiten|dritten|vierten|letzten)\s+{WEEKDAY}\s+"
                   r"(?:im|des)\s+{MONTH}(?:\s+{YEAR})?"),
    ("holiday", r"(?:{DIR}\s+)?(?P<holiday>Kar(?P<hweek>woche))(?:\s+{YEAR})?"),
    # "zu Ostern", "vergangene Weihnachten", "Pfingsten 2023"; not a title in quotes ("zum Thema 'Weihnachten'") nor
    # the name of a church ("die Pfarre Maria Himmelfahrt")
    ("holiday", r"(?<![\"„“»«'‚])(?!(?:" + "|".join(r"(?<=\b%s\s)" % w for w in (
        "pfarre", "pfarrei", "kirche", "kapelle", "kloster", "dom", "basilika", "stift", "münster")) + r"))"
                # "Dreikönig" is the feast only after a preposition ("zu Dreikönig", "bis Dreikönig"), else the name
                # of an inn or a hotel ("Das Gasthaus Dreikönig", "im Hotel Dreikönig"); a feast named by "Der/Das"
                # as the subject of "ist"/"gilt" is the feast in general ("Der Valentinstag ist für viele ein
                # Pflichttermin"), unless its weekday or "heuer" follows ("Der Valentinstag ist heuer ein Freitag")
                r"(?!(?<!\bzu\s)(?<!\bbis\s)(?<!\bnach\s)(?<!\bvor\s)(?<!\bseit\s)(?<!\bab\s)(?<!\bum\s)"
                r"Dreikönige?\b)"
                r"(?!(?:(?<=\bDer\s)|(?<=\bDas\s))(?:[\w-]+\s+){0,2}?[\w-]+\s+(?:ist|gilt)\b(?![^.;:!?]*\b(?:heuer|dieses\s+Jahr|"
                r"montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|fällt|fiel)\b))"
                r"(?:{DIR}\s+)?(?!Karwoche\b){HOLIDAY}(?:\s+{YEAR})?"),  # (Holy Week: the week rule above)
    ("month", r"(?:im\s+)?{MONTH}\s+(?:des\s+Jahres\s+)?{YEAR}"),
    ("month", r"(?:im\s+)?{MONTH}\s+(?P<ydir>[vd]\.\s?J\.)"),  # "im Juni v. J.", "Ende Mai d. J." (official style)
    ("month", r"(?:im\s+)?{MONTH}\s+(?:des\s+)?(?P<ydir>" + _YEAR_GENITIVE_DIRS + r")(?:(?<=jahres)|\s+Jahres)\b"),
    # "im März jenes Jahres", "desselben Jahres", "des folgenden Jahres": the story's year (resolvers._story_year)
    ("month", r"(?:im\s+)?{MONTH}\s+(?:(?:jenes|desselben|des\s+gleichen|des\s+selben)\s+(?P<thatyear>Jahres)|"
              r"des\s+(?:folgenden|darauffolgenden)\s+(?P<thatnext>Jahres)|des\s+(?P<thatnext2>Folgejahres))\b"),
    ("month", r"(?:im\s+)?{DIR}\s+{MONTH}"),
    # a month before another in a list ("Januar und Februar", "Januar, Februar und März")
    ("month", r"{MONTH}(?=(?P<cued>\s*(?:,|und|oder|bis|-|\u2013)\s*)(?:" + _FULL_MONTHS + r")(?![\w-]))"),
    # "März", "Mai", "August" after a preposition or an article that is no sure cue of time, before a capitalized
    # word, are a first name ("Werke von August Macke", "für Mai Thi Nguyen"); "im August Urlaub" stays the month
    ("month", r"(?!(?:" + "|".join(r"(?<=\b%s\s)" % w for w in ("von", "für", "der", "den", "dem", "des", "an", "auf", "nach",
                                                                    "vor", "mit"))
              + r")(?:" + "|".join(_NAME_MONTHS) + r")\s+(?!(?:" + _FULL_MONTHS + r")\b)(?-i:[A-ZÄÖÜ]))"
              r"{MONTH}"),
    # a compound whose first part is the month of its event: "auf seiner Oktobertagung", "die Novembersitzung"
    # ("Maitagung" is left alone: "Mai", "März", "August" are also names)
    ("month", r"(?P<month>" + "|".join(w for w in MONTHS if not w.endswith(".") and w not in _NAME_MONTHS) + r")"
              r"(?P<cued>tagung|sitzung|treffen|gipfel|wahl|wahlen|konferenz|session|ausgabe|versammlung)(?:e?s|en)?\b"),
    # ... and the half of a month ("in der ersten Septemberhälfte", "Ende der ersten Maihälfte"): the month (TimeML
    # has no half of a month)
    ("month", r"(?:(?:ersten|zweiten)\s+)?(?P<month>" + "|".join(w for w in MONTHS if not w.endswith(".") and not w.endswith("s")
                                       or w == "märz") + r")(?P<cued>hälfte)\b"),
    # "in der dritten Woche" of a camp that began "am 1. Juli": counted from the last date (when its sentence tells a
    # start: PERIOD_START); not "der ersten Woche nach der Geburt" (from an event), nor with a genitive after it, the
    # period whose week it is ("des Monats", "seiner Amtszeit", "der Koalitionsverhandlungen", "eines Kurses")
    ("nth_week", r"der\s+{ORD}\s+Woche\b(?!\s+(?:nach|vor|seit|im|ab|des|der|eines|einer|seines|seiner|ihres|ihrer|"
                 r"meines|meiner|deines|deiner|unseres|unserer|eures|eurer|dieses|dieser|jenes|jener|jedes|jeder|"
                 r"deren|dessen)\b)"),
    ("quarter", r"(?:im\s+)?{ORD}\s+Quartal(?:\s+(?:des\s+Jahres\s+)?{YEAR})?"),
    ("quarter", r"(?-i:Q)(?P<qn>[1-4])(?:\s+|/)?{YEAR}?\b"),
    ("half", r"(?:im\s+)?{ORD}\s+(?:Halbjahr|Jahreshälfte)(?:\s+{YEAR})?"),
    # ... not a bare "50er" after a determiner of the singular: a birthday ("feierte seinen 50er", "zum 80er
    # gratulierte", "den 70er feiern"; the decade is plural: "die 80er", "in den 50ern", "den 50er Jahren"; before a
    # noun, or coordinated, it is the decade: "den 70er-Look", "den 80er Hit", "in den 80er und 90er Jahren")
    ("decade", r"(?:(?:die|den|der|in\s+den)\s+)?(?!(?:" + "|".join(r"(?<=\b%s\s)" % w for w in (
        "seinen", "ihren", "einen", "seinem", "ihrem", "einem", "unseren", "unserem", "zum", "den", "dem", "runden"))
               + r")\d+er\b(?=\s*(?:[.;:!?)\"“”]|,(?!\s*\d0er)|$)|\s+(?!(?:und|oder|bis)\s)(?-i:[a-zäöüß]))(?!\s*-?\s*Jahr))"
               r"(?:(?P<year>1\d\d0|20\d0)|(?P<yy>\d0))er(?:n|(?:\s+|-)Jahren?)?\b"),
    ("decade", r"(?:(?:die|den|der|in\s+den)\s+)?{DECWORD}\s+Jahren?\b"),
    # the spelling of 1996 in one word: "in den Achtzigerjahren", "Ende der Neunzigerjahre"
    ("decade", r"(?:(?:die|den|der|in\s+den)\s+)?(?P<decword>" + "|".join(DECADE_WORDS) + r")-?Jahren?\b"),
    # ... and the decade word as a noun, capitalized, in the dative after "in"/"seit"/"aus" ("in den Sechzigern") or
    # after a word of its part ("Ende der Neunziger"); not "die Vierziger" (people in their forties), nor "ein Mann
    # in den Sechzigern" (his age)
    ("decade", r"(?<!\bMann\s)(?<!\bFrau\s)(?:(?:in|seit|aus)\s+den\s+(?=\w+n\b)|"
               r"(?:(?<=\banfang\s)|(?<=\bmitte\s)|(?<=\bbeginn\s)|(?<=\bende\s))der\s+)"
               r"(?-i:(?P<decword>" + "|".join(w.capitalize() for w in DECADE_WORDS) + r"))n?\b(?!\s*-?\s*(?:Jahr|jahr))"),
    ("century", r"(?:(?:im|das|dem|des)\s+)?(?P<cnum>\d{1,2})\.\s+(?:Jahrhunderts?\b|Jh\.)"),
    # ... and the first of two centuries before one noun ("im 15. und 16. Jahrhundert", "vom 12. bis zum 14. Jh.")
    ("century", r"(?:(?:im|das|dem|des|vom)\s+)?(?P<cnum>\d{1,2})\.(?=\s*(?:und|bis|oder|-|\u2013)\s*"
                r"(?:(?:dem|zum|ins)\s+)?\d{1,2}\.\s+(?:Jahrhunderts?\b|Jh\.))"),
    ("century", r"(?:(?:im|das|dem|des)\s+)?{ORD}\s+Jahrhunderts?\b"),
    ("season", r"(?:im\s+)?{SEASON}\s+(?:des\s+Jahres\s+)?{YEAR}"),
    # the start, middle or end of a season in one word ("zu Sommerbeginn", "seit Winterbeginn", "bis Sommerende"): the
    # season (as "Jahresende" is the year)
    ("season", r"(?P<season>frühling|frühjahr|sommer|herbst|winter)(?:beginn|anfang|mitte|ende)s?\b(?![\s-]*\d|-)"),
    ("season", r"(?:im\s+)?{DIR}\s+{SEASON}"),
    ("season", r"(?:im\s+)?{SEASON}\s+(?:des\s+)?(?P<ydir>" + _YEAR_GENITIVE_DIRS + r")(?:(?<=jahres)|\s+Jahres)\b"),  # "im Herbst vergangenen Jahres", "des Vorjahres"
    # ... not with a genitive after it: "im Herbst seines Lebens", "im Frühling der Revolution" (a metaphor)
    # ... and after the other prepositions of a point or a bound in time ("seit dem Frühjahr", "ab Herbst", "bis
    # Sommer", "vor dem Winter", "nach dem Sommer"), and in the genitive after a word of its part or its course
    # ("Anfang des Sommers", "im Laufe des Winters"; not "während des Sommers", mostly any summer: "Achten Sie während
    # des Sommers auf die Mücken")
    ("season", r"(?:(?<=im\s)|(?<=\bseit\s)|(?<=\bseit\sdem\s)|(?<=\bab\s)|(?<=\bab\sdem\s)|(?<=\bbis\s)|"
               r"(?<=\bbis\szum\s)|(?<=\bvor\sdem\s)|(?<=\bnach\sdem\s)|"
               r"(?:(?<=\banfang\s)|(?<=\bende\s)|(?<=\bmitte\s)|(?<=\bbeginn\s)|(?<=\blaufe\s))"
               r"des\s(?=\w+(?<=s)\b)){SEASON}(?![\w-])(?!\s+(?:des\s+Jahres\s+)?\d)(?!\s+(?:des|der|eines|einer|seines|seiner|ihres|ihrer|meines|meiner|"
               r"deines|deiner|unseres|unserer)\b)"),
    # "heute vor einem Jahr", "heute vor 50 Jahren": the day that many years (months, weeks) before today, an
    # anniversary
    # ... and "heute in einer Woche", "heute in einem Jahr": the day that far ahead; counted from tomorrow or
    # yesterday after "morgen", "gestern" ("morgen in einer Woche"; not the noun: "am Morgen vor einem Jahr")
    ("ago", r"(?<!\bam\s)(?<!\bdem\s)(?<!\bden\s)(?<!\bder\s)(?<!\bjeden\s)(?<!\beinem\s)"
            r"(?P<anniv>heute|morgen|gestern)\s+(?P<after>vor|in)\s+(?:genau\s+)?{NUM}\s+{UNIT}"),
    ("relday", r"(?P<relday>heutig|gestrig|morgig)(?:e[nmrs]?)(?=\s+(?P<event>" + _EVENT_NOUN + r"))"),
    # ... and before the day itself or a part of it, in any text ("am heutigen Tag", "am gestrigen Abend", "am
    # morgigen Vormittag"); not "bis zum heutigen Tag" (to this day: the present, not marked here)
    ("relday", r"(?<!\bbis\szum\s)(?<!\bbis\sauf\sden\s)(?P<relday>heutig|gestrig|morgig)(?:e[nmrs]?)"
               r"(?=\s+(?P<event>Tag|Abend|Vormittag|Nachmittag|Morgen|Mittag|Nacht)\b(?!\s+(?-i:[A-ZÄÖÜ])))"),
    # ... and in a news report before any noun but a classifying head ("newsonly": resolvers.r_relday)
    # ... nor a weekday (one mention with it, the weekday rule's: "Der heutige Dienstag bringt Neuschnee"), nor a noun
    # before a name, whose present-day name or kind it tells ("im heutigen Stadtteil Milland", "die heutige
    # Fraktion Oberbozen": as "die heutige Gemeinde Ritten")
    ("relday", _RELDAY_ADJ_NOT_APPOSITION + r"(?P<relday>heutig|gestrig|morgig)(?:e[nmrs]?)"
               r"(?=\s+(?:(?-i:[a-zäöüß]+e[nmrs]?)\s+)?(?!(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|"
               r"sonnabend|sonntag)\b)(?P<newsonly>(?!" + _CLASSIFYING + r")(?-i:[A-ZÄÖÜ])[\w-]+)"
               r"(?![\w-])(?!\s+(?-i:[A-ZÄÖÜ][a-zäöüß])))"),
    # ... not in the idiom "von heute auf morgen" (overnight), nor the old spelling of the morning after a weekday
    # ("am Dienstag morgen", "Sonntag morgen wurde ... gemeldet": that day's morning, not tomorrow)
    ("relday", r"(?<!\bheute\sauf\s)(?!heute\s+auf\s+morgen\b)"
               r"(?!(?:(?<=montag\s)|(?<=dienstag\s)|(?<=mittwoch\s)|(?<=donnerstag\s)|(?<=freitag\s)|(?<=samstag\s)|"
               r"(?<=sonnabend\s)|(?<=sonntag\s))morgen\b){RELDAY}"
               r"(?:\s+(?:früh|morgen|abend|nacht|mittag|vormittag|nachmittag)\b)?"),
    # ... not a label before the date it names, in a heading ("RÜCKBLICK DAMALS: 9.11.1989"): the date is the mention
    # ... nor "im Moment", "zur Stunde" with a genitive or a relative clause: a moment of the story ("im Moment des
    # Abschieds", "zur Stunde der Entscheidung", "im Moment, als er ging"), not now
    ("ref", r"{REF}(?!\s*:\s*\d)(?!(?<=moment|stunde)\s*,?\s+(?:des|der|eines|einer|seines|seiner|ihres|ihrer|"
            r"unseres|unserer|meines|meiner|als|wo|in\s+dem|in\s+der|null)\b)"
            # ... nor "in der Gegenwart von Zeugen", "in Gegenwart des Ministers": the presence of someone
            r"(?!(?<=gegenwart)\s+(?:von|vom|des|der|eines|einer|seines|seiner|ihres|ihrer|unseres|unserer|meines|"
            r"meiner|zahlreicher|vieler)\b)"),
    ("vref", r"(?<!\bso\s)(?P<soon>bald)(?![\w-])(?!\s+(?:darauf|danach|nachdem)\b)"),
    ("ref", r"(?-i:(?P<past>Ex))(?=-\w)"),  # "Ex-Landesrat": a former office
    # former times: "in der vergangenen Zeit", "in früheren Zeiten", "aus alten Zeiten", "an vergangene Zeiten", "in
    # früherer Zeit" (after a preposition), and the genitive plural "Fotos vergangener Zeiten"; not a time of a race
    # ("ihre alte Zeit um drei Sekunden verbessert", "eine frühere Zeit als im Vorjahr")
    ("ref", r"(?P<past>(?:(?<=\bin\s)|(?<=\baus\s)|(?<=\bzu\s)|(?<=\bseit\s)|(?<=\ban\s)|(?<=\bvon\s)|"
            r"(?<=\bnach\s)|(?<=\bvor\s))(?:(?:der|den)\s+)?(?:vergangene[nr]?|frühere[nr]?|alte[nr]?)\s+Zeit(?:en)?|"
            r"(?<![\w-])(?:vergangener|früherer|alter)\s+Zeiten)\b"),
    # "früher" the adverb ("Früher dominierten die Ingenieure"), not "früher als", "früher oder später", "ein früher Tod"
    # ... nor "früher in diesem Jahr" (earlier this year: the year is the mention)
    # ... nor the comparative after a measure or a degree word ("zehn Minuten früher", "je früher, desto",
    # "immer früher", "viel früher")
    ("ref", r"(?<!\bje\s)(?<!\bviel\s)(?<!\bimmer\s)(?<!\betwas\s)(?<!\bweit\s)(?<!\bdeutlich\s)"
            r"(?<!\bwesentlich\s)(?<!\bminuten\s)(?<!\bstunden\s)(?<!\btage\s)(?<!\bwochen\s)(?<!\bmonate\s)"
            r"(?<!\bjahre\s)(?<!\bjahrzehnte\s)(?<!\bjahrhunderte\s)(?<!\bstunde\s)(?<!\bwoche\s)"
            r"(?<!\bminute\s)(?<!\bsekunden\s)"
            r"(?P<past>früher)(?![\w-])(?!\s+(?:als|oder)\b)(?!\s+(?-i:[A-ZÄÖÜ]))"
            r"(?!\s+(?:in\s+diese[mnrs]?|im|am|in\s+der)\s+(?:Jahr|Monat|Woche|Jahres|Monats)\b)"),
    # "einst" (once), not before an article: "Felicia, einst ein Sturm der Kategorie 4" is what it was, an attribute
    # ... nor inside a noun phrase, between its article and an adjective: "die einst mächtige Partei", "der einst
    # gefeierte Star" is "formerly" (as "die ehemalige Partei"), a property of the noun, not the time of an event
    ("ref", r"(?!(?:" + "|".join(r"(?<=\b%s\s)" % w for w in _ARTICLES) + r")einst\s+"
            r"(?:(?:so|sehr|noch|recht|ganz)\s+)?(?-i:[a-zäöüß][\w-]*(?:e|en|er|es|em))\s+(?-i:[A-ZÄÖÜ]))"
            r"(?P<past>einst)(?![\w-])(?!\s+(?:ein|eine|einer|eines|einem|einen|der|die|das|den|dem|des)\b)"),
    # ... also with a word of approximation: "vor rund einem Jahr", "in knapp drei Wochen"
    ("ago", r"(?P<after>vor|in)\s+(?:(?:rund|etwa|gut|knapp|fast|beinahe|ungefähr|etwas\s+mehr\s+als|mehr\s+als|"
            r"weniger\s+als|über|genau|exakt|nunmehr|mittlerweile|bereits|schon)\s+)?{NUM}\s+{UNIT}"),
    # the number before the unit and an adverb of anteriority after it: "zwei Wochen zuvor", "drei Jahre davor",
    # "einen Monat früher" (as English "two weeks earlier/before"); "zwei Tage später" is left alone, as in English
    ("ago", r"{NUM}\s+{UNIT}\s+(?P<after>zuvor|davor|früher)(?![\w-])"),
    ("ago", r"{NUM}\s+{UNIT}\s+(?P<after>später)(?![\w-])"),
    # "vor Jahren", "vor Jahrhunderten", "vor Tausenden von Jahren", "vor zwei Millionen Jahren": a vague past
    ("ago", r"(?P<after>vor)\s+(?:(?P<big>(?:\w+\s+)?(?:Millionen|Milliarden)|(?:Tausenden|Hunderten)\s+von)\s+)?"
            r"(?P<unit>Jahren|Jahrzehnten|Jahrhunderten|Jahrtausenden|Monaten|Wochen)(?![\w-])"),
    # "am morgigen Donnerstag", "am heutigen Mittwoch": the day so named nearest the day the adjective says
    ("weekday", r"(?:am\s+)?(?P<reladj>heutig|morgig|gestrig)e[nmrs]?\s+{WEEKDAY}"),
    # "am darauffolgenden Sonntag", "am folgenden Montag": the first such day after the story's last day, as English
    # "the following Sunday" (resolvers.r_weekday, group sdir; without a day told before it, read as a bare weekday:
    # FOLLOWING_WEEKDAY_NEEDS_ANCHOR)
    ("weekday", r"(?:(?:am|an\s+dem)\s+)?(?P<sdir>darauffolgenden|darauf\s+folgenden|folgenden|nächstfolgenden)\s+"
                r"{WEEKDAY}"),
    # "am Montag vergangener Woche", "am Dienstag der vergangenen Woche", "am Dienstag der Vorwoche": that week's day
    ("weekday", r"(?:(?:am|an\s+dem)\s+)?{WEEKDAY}\s+(?:der\s+)?(?P<wdir>vergangene[nr]?|letzte[nr]?|vorige[nr]?|"
                r"nächste[nr]?|kommende[nr]?|diese[r]?|laufenden)\s+Woche\b"),
    ("weekday", r"(?:(?:am|an\s+dem)\s+)?{WEEKDAY}\s+(?:der\s+)?(?P<wdir>Vorwoche)\b"),
    ("weekday", r"(?:(?:am|an\s+dem)\s+)?(?:{DIR}\s+)?{WEEKDAY}"),
    # "am Montagvormittag", "am Freitagabend": the day of a compound with a time of day
    ("weekday", r"(?:(?:am|an\s+dem)\s+)?(?P<weekday>montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)"
                r"(?=(?:vormittag|nachmittag|abend|morgen|mittag|nacht|früh)s?\b)"),
    # "am kommenden Wochenende", said on a weekday, is the one of this week (the next to come), not next week's
    ("weekend", r"(?:am\s+)?(?P<coming>kommenden|kommende|kommendes|nächsten|nächste|nächstes)\s+Wochenende\b"),
    # "im Vorjahr", "in der Vorwoche", "des Vormonats": the one before the document's
    ("relunit", r"(?:(?:im|in\s+der|seit\s+dem|vom|des|dem)\s+)?(?P<latest>Vor)(?P<unit>jahres|jahr|woche|monats|monat)\b"),
    ("relunit", r"(?:(?:im|in\s+der|am|an\s+diesem)\s+)?(?!diese[mn]\s+Tag\b)(?!letztem\s+Tag\b){DIR}\s+{UNIT}"),
    # the week (month, year) before the last and after the next: "vorletzte Woche", "im vorletzten Jahr", "übernächsten
    # Monat" (the group "second" doubles the direction; not "am vorletzten Tag des Turniers", "in der vorletzten Woche
    # vor der Wahl": the FINAL_ rules, as "letzt-"; no weekday: "vorletzten Sonntag" is left alone)
    # ... nor before a genitive article ("in der vorletzten Woche der Saison", "im vorletzten Jahr der Legislatur") or
    # "nach"/"vor" a feast ("in der übernächsten Woche nach Ostern": a week counted from the feast)
    ("relunit", r"(?:(?:im|in\s+der)\s+)?(?P<second>vor)(?P<dir>letzte[nrs]?)\s+(?P<unit>Woche|Monat|Jahr)\b"
                r"(?!" + FINAL_AFTER + r")" + _SECOND_NOT_AFTER),
    ("relunit", r"(?:(?:im|in\s+der)\s+)?(?P<second>über)(?P<dir>nächste[nrs]?)\s+(?P<unit>Woche|Monat|Jahr)\b"
                r"(?!" + FINAL_AFTER + r")" + _SECOND_NOT_AFTER),
    # "Anfang des Jahres", "Ende der Woche": the current one
    ("relunit", r"(?:(?<=anfang\s)|(?<=ende\s)|(?<=mitte\s)|(?<=beginn\s)|(?<=laufe\s)|(?<=verlauf\s))(?:des|der)\s+"
                r"(?P<unit>Jahres|Woche|Monats)\b(?!\s+\d)"),  # ... "im Laufe des Jahres"
    # ... and without the article, as in Austria, South Tyrol and Switzerland ("bis Ende Monat", "Anfang Jahr"); not
    # "Monat für Monat", "Jahr und Tag"
    ("relunit", r"(?:(?<=anfang\s)|(?<=ende\s)|(?<=mitte\s))(?P<unit>Monat|Jahr)\b(?![\w-])(?!\s+(?:\d|für|und)\b)"),
    # ... and a part of it counted in smaller units: "in den ersten zehn Monaten des Jahres", "in der zweiten Hälfte
    # des Jahres"
    ("relunit", r"(?:(?<=monaten\s)|(?<=wochen\s)|(?<=hälfte\s)|(?<=quartal\s)|(?<=halbjahr\s))des\s+"
                r"(?P<unit>Jahres)\b(?!\s+\d)"),
    # "im neuen Jahr", "das alte Jahr" around New Year: the year of the nearest New Year's Day, the one ending at the
    # nearest New Year's Eve (resolvers.r_relunit); not "ein neues Jahr", "ein gutes neues Jahr" (a wish)
    ("relunit", r"(?:(?<=\bim\s)|(?<=\bins\s)|(?<=\bdas\s)|(?<=\bdem\s)|(?<=\bdes\s))(?:(?P<newyear>neue[ns]?)|"
                r"(?P<oldyear>alte[ns]?))\s+(?P<unit>Jahr(?:es)?)\b"
                # (not the new year of another calendar, named by a genitive after it: "das neue Jahr der Chinesen")
                r"(?!\s+(?:der|des|nach|im|laut)\s)"),
    ("relunit", r"(?P<unit>heuer)\b"),
    ("relunit", r"(?P<unit>diesjährig|heurig)(?:e[nmrs]?)\b"),
    ("relunit", r"(?P<latest>vor|letzt)(?P<unit>jährig)(?:e[nmrs]?)\b"),
    ("relunit", r"(?P<dir>nächst)(?P<unit>jährig)(?:e[nmrs]?)\b"),  # "die nächstjährige Ausgabe": next year's
    # "zum Jahresende", "seit Jahresbeginn": the current year ("Jahresende 2013" is left to the year)
    ("relunit", r"(?P<unit>Jahres)(?:ende|beginn|anfang|mitte)s?\b(?!\s+\d)"),
    ("relunit", r"(?:(?:ersten|zweiten)\s+(?=Monatshälfte))?(?P<unit>Monats)(?:ende|beginn|anfang|mitte|hälfte)s?\b"
                r"(?!\s+\d)"),  # "bis Monatsende", "in der zweiten Monatshälfte": this month
    ("relunit", r"(?P<unit>Woche)n(?:beginn|anfang|mitte)s?\b"),  # "zu Wochenbeginn" ("Wochenende" is the weekend)
    ("weekend", r"(?:(?<=am\s)|(?<=übers\s)|(?<=für\sdas\s)|(?<=über\sdas\s)|(?<=zum\s)|(?<=vom\s)|(?<=dem\s))"
                r"Wochenende\b"),  # ... "bis zum Wochenende", "die Unfälle vom Wochenende", "nach dem Wochenende"
    # a year of one to three figures after "Jahr": "des im Jahr 578 verstorbenen Abtes" (not a count: "im Jahr 300
    # Tage", a capitalized noun after the number)
    ("year", r"(?:(?:im|dem|des|das)\s+)?Jahr(?:e|es)?(?P<cued>)\s+(?P<year>[1-9]\d{0,2})(?![\d.,])"
             r"(?!\s*(?-i:[A-ZÄÖÜ%€$]))"),
    ("year", r"(?:(?:im|dem|des|das)\s+)?(?:Jahr(?:e|es)?\s+)?{YEAR}"),
]

# the words that tell the start of a period on a date ("Start war am 1. Juli", "Der Kurs beginnt am 7. Jänner", "Die
# Ausstellung wurde am 3. Oktober eröffnet", "Auftakt ist am Montag"): the n-th week after it is that period's
# (anchored.r_nth_week)
# (the word itself or a verb's form, not a compound's head: "Startgeld", "Beginnzeit" start nothing)
PERIOD_START = (r"\b(?:start(?:e|et|en|ete|eten|s|schuss)?\b|gestartet|beginn(?:t|en|e)?\b|begann(?:en)?\b|begonnen|"
                r"eröffn(?:et|ete|eten|en|ung)\b|auftakt\b|angelaufen|"
                r"(?:läuft|liefen?)\b[^.;]*\ban\b|(?:geht|ging|gingen)\b[^.;]*\blos\b)")

# a clause set off by commas after a fronted date opens with these ("Am Samstag, wenn die Staatschefs tagen, wird das
# Abkommen unterzeichnet": the main verb after it tells the date's tense; viz.dates.tense.tense)
ASIDE_OPEN = r"wenn|als|während|nachdem|bevor|obwohl|weil|sobald|falls|wie|da|bis"

# "since" before a year-less date: the last such date ("seit dem 3. Oktober"; viz.dates.resolvers._since)
SINCE_WORDS = r"seit"
