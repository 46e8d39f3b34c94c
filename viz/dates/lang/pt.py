"""Portuguese words and rules for the date extractor (see viz.dates.engine for the template syntax)."""
from .. import cldr

CODE = "pt"
DAY_FIRST = True
DAY_SUFFIX = r"(?:º|°)?"

# "marco" (without the cedilla) is a landmark and a first name; "mar." the sea; "out." is also "outros"
MONTHS = {w: n for w, n in cldr.months("pt").items() if w not in ("marco", "mar.", "out.")}
# Portuguese weekdays are "segunda-feira" ...; "segunda" alone is "second", so only the full names
WEEKDAYS = cldr.weekdays("pt")
WEEKDAY_NOT_AFTER = r"(?-i:Plácido|Placido|Santo)"  # Plácido Domingo, the city of Santo Domingo
RANGE_WORDS = ("até",)
# a future tense, "ir" in the future ("irá ser convocada"), an obligation not yet met ("ainda deve ser
# ratificada", as German "muss noch")
FUTURE_CUE = (r"\b(?:vai|vão|irá|irão|ainda\s+(?:deve|devem|precisa|precisam|tem\s+de|têm\s+de|tem\s+que|têm\s+que)|"
              r"será|serão|deverá|deverão|previst[oa]s?|programad[oa]s?|marcad[oa]s?\s+para|até|próxim[oa]s?|"
              r"\w{2,}(?:rá|rão|aria|eria|iria|ariam|eriam|iriam))\b")  # conditional: "would"

# a future verb right after the mention: "Na sexta-feira o parlamento vai votar", "amanhã, o governo decidirá"
# (not past a "que", whose clause is another's, reported: "O ministro disse na segunda-feira que a empresa vai voltar")
FUTURE_AFTER = r"\s*,?\s*(?:(?!que\b)[\w-]+\s+){0,3}?(?:\w{2,}(?:rá|rão)|vai|vão|irá|irão)\b"
# ... a past verb right after it ("No dia 15 o presidente viajou"): the preterite (-ou, -aram, -eram, -iram), the
# imperfect (-ava) and the irregular preterites (not "estou", "sou", "vou": presents)
# a relative clause in the past that holds the date ("Lee, que venceu o concurso em agosto"): the last such month
RELATIVE_PAST = (r"^\s*(?:que|quem|o\s+qual|a\s+qual|os\s+quais|as\s+quais)\s+"
                 r"(?:(?:se|não|o|a|os|as|lhe|lhes|me|te|nos)\s+)*"
                 r"(?:(?!(?:est|s|v|d)ou\b)\w{2,}(?:ou|aram|eram|iram)|(?!(?:m|s|t)eu\b)\w+(?:eu|iu)|foi|foram|houve|teve|"
                 r"tiveram|fez|fizeram|disse|disseram|(?:tinha|tinham)\s+\w+(?:ad|id)[oa]s?)\b(?:(?!\b\w+(?:rá|rão)\b).)*$")
PAST_AFTER = (r"\s*,?\s*(?:[\w-]+\s+){0,3}?(?:(?!(?:est|s|v|d)ou\b)\w{2,}(?:ou|aram|eram|iram|ava|avam)|"
              r"foi|foram|houve|teve|tiveram|fez|fizeram|disse|disseram|deu|deram|veio|vieram|esteve|estiveram)\b")

# a year-less date or a weekday held by a preterite in its own clause (tense.governed_past): right after the verb ("A
# diretoria reuniu-se no dia 20 de abril", "O ministro disse na segunda-feira que ...") or after "em", "a", "desde",
# "durante" ("O relatório chegou a Brasília em 12 de agosto", "O presidente chegou a Lisboa a 3 de maio"), said in
# March: the last such date, although the next one is close ahead. Not a verb of planning or moving a date ("adiou",
# "marcou", "convocou" ... the coming one), nor past an infinitive, a subordinator or a future cue ("decidiu realizar
# a cúpula em maio", "anunciou que em maio vai subir o IVA"); not "para", "até" (a term set)
_GOV_NOT_PLAN = (r"(?!(?:adi|marc|agend|convoc|fix|program|remarc|transfer|promet|decid|prop|ped|prorrog|estend|prev|"
                 r"plane|antecip|posterg|suspend|determin|estabelec|orden|cit|reserv|ampli|mud|mov|atras|retard|"
                 r"calend)\w*\b)")
# (not the nouns in -eu: "o Parlamento Europeu", "o museu"; a capitalised word is a name, "em Moscou em maio": the
# verb is in lower case, as it never opens the sentence here, tense.governed_past wanting a subject before it)
_PRETERITE = (r"(?!(?:est|s|v|d)ou\b)\w{2,}(?:ou|aram|eram|iram)|"
              r"(?!(?:m|s|t|europ|mus|pn|at|jud|pleb|hebr|lic|colis|apog|jubil|faris|pigm|galil|mat|ilh|chap|c)eu\b)"
              r"\w+(?:eu|iu)|foi|foram|houve|teve|tiveram|fez|fizeram|disse|disseram|deu|deram|veio|vieram|esteve|"
              r"estiveram|pôs|puseram|quis|pôde|soube|trouxe")
GOVERNED_PAST_VERB = (r"(?<!\bo\s)(?<!\ba\s)(?<!\bum\s)(?<!\buma\s)(?<!\bseu\s)(?<!\bsua\s)\b(?P<verb>(?-i:(?=[a-zà-ÿ]))" +
                      _GOV_NOT_PLAN + r"(?:(?:foi|foram|esteve|estiveram)\s+" + _GOV_NOT_PLAN + r"\w+|" + _PRETERITE +
                      r"))(?:-se)?\b")  # "foi eleito", "foi presidente": one verb
GOVERNED_PAST_PREP = (r"(?P<prep>\b(?:em|a|desde|durante)|(?:(?<=ou)|(?<=aram)|(?<=eram)|(?<=iram)|(?<=eu)|(?<=iu)|"
                      r"(?<=-se)|(?<=\bfoi)|(?<=\bhouve)|(?<=\bteve)|(?<=\bfez)|(?<=\bdisse)|(?<=\bdeu)|"
                      r"(?<=\bveio)|(?<=\besteve)|(?<=\bpôs)|(?<=\bquis)|(?<=\bpôde)|(?<=\bsoube)|(?<=\btrouxe)|"
                      r"(?<=ad[oa])|(?<=id[oa])|(?<=ad[oa]s)|(?<=id[oa]s)|(?<=eit[oa])|(?<=eit[oa]s)))\s+$")
# ... and only a phrase of a preposition between them ("chegou a Lisboa em maio"; "foi eleito" is one verb): after a
# direct object the date may be the object's, an event to come told in the past ("anunciou demissões em abril")
GOVERNED_PAST_NOT_MID = (r"\b(?:que|para|quando|se|onde|porque|enquanto|embora|até|partir|"
                         r"\w+(?:ar|er|ir)(?:-se|-lo|-la|-los|-las)?)\b|"
                         r"\A\s*(?!(?:a|ao|à|aos|às|em|no|na|nos|nas|de|do|da|com|desde|por|pelo|pela)\b)\w")
# "até" is a cue of the future (FUTURE_CUE: "A fábrica ficará fechada até abril"), but after a preterite of lasting,
# or a negated one, it ends a past state ("A greve durou até 20 de abril", "O presidente ocupou o cargo até abril"), or
# a result summed up to it ("As vendas caíram 5% até abril"): the last such date (PAST_CUE, at the same place as the
# cue of the future, undoes it; PAST_BEFORE tells resolvers._told_past). Not a verb that sets a term ("suspendeu as aulas até 20 de abril", "foi adiada até maio"),
# nor across "que" ("Disse que a greve vai durar até abril")
# ("foi adiada até", a passive, sets a term; "esteve fechado até segunda-feira" is a past state)
_LASTING_PAST = (r"\b(?:(?:foi|foram)(?!\s+\w+(?:ad|id)[oa]s?\b)|esteve|estiveram|manteve|mantiveram|"
                 r"(?:dur|permanec|continu|segu|ocup|presid|dirig|lider|govern|rein|viv|resid|trabalh|exerc|serv|jog|"
                 r"funcion|oper|exist|vigor|prolong|fic|"
                 # ... and the preterites of a result summed over a period ("aumentou os lucros em 10% até março")
                 r"aument|cresc|sub|ca|baix|diminu|desc|ganh|perd|vend|fatur|regist|acumul|export|import|produz|"
                 r"arrecad)(?:ou|eu|iu|aram|eram|iram)|caíram|"
                 r"não\s+(?:se\s+|o\s+|a\s+|lhe\s+)?(?:" + _PRETERITE + r"))\b"
                 r"(?:(?!\b(?:que|para)\b)(?:[^,;:.]|(?<=\d)[,.](?=\d)))*?\baté")
PAST_CUE = _LASTING_PAST + r"\b"
# ... and a preterite opening its sentence or a clause after a comma, right before the date or its "em" (Portuguese
# drops the subject, which tense.governed_past wants before the verb): "Foi eleito em maio presidente do clube"
PAST_BEFORE = (_LASTING_PAST + r"(?:\s+(?:ao|à|o|a))?\s+$|(?:^|,)\s*(?:(?:se|não|o|a|lhe)\s+)?" + _GOV_NOT_PLAN +
               r"(?:(?:foi|foram|esteve|estiveram)\s+" + _GOV_NOT_PLAN + r"\w+|" + _PRETERITE +
               r")(?:-se)?\s+(?:(?:em|a|desde|durante)\s+)?$")

SEASONS = {"primavera": "SP", "verão": "SU", "verao": "SU", "outono": "FA", "inverno": "WI"}

NUMBERS = {"um": 1, "uma": 1, "dois": 2, "duas": 2, "três": 3, "tres": 3, "quatro": 4, "cinco": 5, "seis": 6,
           "sete": 7, "oito": 8, "nove": 9, "dez": 10, "onze": 11, "doze": 12, "quinze": 15, "vinte": 20,
           "trinta": 30, "quarenta": 40, "cinquenta": 50, "cem": 100}
VAGUE_NUMBERS = ("alguns", "algumas", "vários", "várias", "varios", "varias", "poucos", "poucas", "muitos", "muitas")
ORDINALS = {"primeiro": 1, "primeira": 1, "segundo": 2, "segunda": 2, "terceiro": 3, "terceira": 3,
            "quarto": 4, "quarta": 4}
# centuries in words: "o século oitavo", "século vinte"
ORDINALS |= {w: i + 5 for i, w in enumerate(
    "quinto sexto sétimo oitavo nono décimo".split())} | {"décimo " + w: i + 11 for i, w in enumerate(
    "primeiro segundo terceiro quarto quinto sexto sétimo oitavo nono".split())} | {"vigésimo": 20,
    "vigésimo primeiro": 21, "dezoito": 18, "dezenove": 19, "vinte": 20, "vinte e um": 21}
ORDINALS |= {"onze": 11, "doze": 12, "treze": 13, "catorze": 14, "quatorze": 14, "quinze": 15, "dezasseis": 16,
             "dezesseis": 16, "dezassete": 17, "dezessete": 17, "dezanove": 19}
UNITS = {"dia": "D", "dias": "D", "semana": "W", "semanas": "W", "fim de semana": "WE", "mês": "M", "mes": "M",
         "meses": "M", "trimestre": "Q", "trimestres": "Q", "ano": "Y", "anos": "Y", "década": "DEC",
         "décadas": "DEC", "século": "CENT", "séculos": "CENT", "milênios": "MIL", "milénios": "MIL"}
PLURAL_UNITS = ("dias", "semanas", "meses", "trimestres", "anos", "décadas", "séculos", "milênios", "milénios")
DIRS = {"passado": -1, "passada": -1, "último": -1, "última": -1, "anterior": -1, "próximo": 1, "próxima": 1,
        "proximo": 1, "proxima": 1, "que vem": 1, "seguinte": 1, "este": 0, "esta": 0, "esse": 0, "neste": 0, "nesta": 0,
        "deste": 0, "desta": 0, "desse": 0, "dessa": 0, "nesse": 0, "nessa": 0,
        "corrente": 0, "em curso": 0}
# the plurals, before a plural unit: "nos próximos meses", "nos últimos anos", "nos dias passados": a vague future
# or past (see viz.dates.resolvers.r_relunit)
DIRS |= {"próximos": 1, "próximas": 1, "proximos": 1, "proximas": 1, "últimos": -1, "últimas": -1, "ultimos": -1,
         "ultimas": -1, "passados": -1, "passadas": -1}
AGO_FUTURE = ("daqui a", "dentro de", "depois")
ANCHORED_AFTER = ("depois", "mais tarde")  # "dois dias depois o prefeito renunciou": from the story's last date
THAT_UNITS = {"ano": "Y", "mês": "M", "semana": "W", "véspera": "D", "vespera": "D"}
# "nesse ano" after a told year is that year ("esse" points back; "este", "neste" are this one's)
THAT_RELS = {"naquele": 0, "naquela": 0, "aquele": 0, "aquela": 0, "mesmo": 0, "mesma": 0, "nesse": 0, "nessa": 0,
             "esse": 0, "essa": 0, "véspera": -1, "vespera": -1}
# fixed-date holidays (name -> (month, day)); a date only after a time preposition or an article, a direction or with
# a year (see RULES): "em Natal" is the Brazilian city
HOLIDAYS = {"natal": (12, 25), "véspera de natal": (12, 24), "páscoa": ("easter", 0),
            "sexta-feira santa": ("easter", -2)}
RELDAYS = {"ontem": -1, "hoje": 0, "esta noite": 0, "desta noite": 0, "nesta noite": 0, "hoje à noite": 0, "amanhã": 1, "amanha": 1, "anteontem": -2, "depois de amanhã": 2}
REFS = {"atualmente": "PRESENT_REF", "actualmente": "PRESENT_REF", "hoje em dia": "PRESENT_REF",
        "no momento": "PRESENT_REF", "recentemente": "PAST_REF", "no passado": "PAST_REF",
        "no futuro": "FUTURE_REF", "agora": "PRESENT_REF", "até agora": "PRESENT_REF", "até o momento": "PRESENT_REF",
        "ultimamente": "PAST_REF", "nos dias de hoje": "PRESENT_REF", "nos dias atuais": "PRESENT_REF",
        "o mais rápido possível": "FUTURE_REF", "o mais cedo possível": "FUTURE_REF", "o quanto antes": "FUTURE_REF",
        "assim que possível": "FUTURE_REF", "o mais breve possível": "FUTURE_REF"}
# "today": the day of the text or "nowadays" (the rule is in viz.dates.engine.Lang)
GENERIC_TODAY = ("hoje",)
TODAY_AS_DATE_AFTER = (r"\s*,?\s*(?:(?:segunda|terça|terca|quarta|quinta|sexta)(?:-feira)?\b|sábado\b|sabado\b|domingo\b|"
                       r"(?:de\s+manhã|à\s+tarde|à\s+noite|mesmo)\b|às\s+\d)")
# ... and the irregular preterites ("fez um discurso hoje": gave a speech today)
# ... not a verb before a relative clause that "hoje" closes ("criou as regras que seguimos hoje": the present of that
# clause, nowadays)
TODAY_AS_DATE_NEAR = (r"\b(?:disse|afirmou|anunciou|declarou|segundo|será|serão|vai|vão|fez|fizeram|teve|tiveram|"
                      r"esteve|estiveram|veio|vieram|\w{2,}(?:rá|rão|ou))\b"
                      r"(?![^,.;:]*\bque\s+(?:[\w-]+\s+){0,3}hoje\b)")
TODAY_AS_DATE_BEFORE = (r"\b(?:anúncio|reunião|sessão|votação|voto|jogo|partida|conferência|decisão|discurso|"
                        r"cúpula|manifestação|greve|eleição|eleições|audiência|julgamento|cerimônia|cerimónia|edição|"
                        r"encontro|corrida|final|declaração)\s+de\s+")
NEWS_CUE = r"\b(?:ontem|amanhã|segundo|disse|afirmou|anunciou|declarou)\b|\d[h:]\d\d\b"

MOD_PREFIX = (r"\b(?:(?:no\s+|ao\s+|em\s+)?(?:início|inicio|começo|final|fim|meados)\s+(?:de|do|da))\s+")
SPAN_DROP = r"desde|até|em|a|durante|para|entre|antes\s+de|depois\s+de|a\s+partir\s+de"

YEAR_CUE = r"\b(?:em|desde|de|do|ano|até|entre|e|antes|depois)"
# names made of a date: "a Ponte 25 de Abril", "a Rua 1.º de Maio", "a Praça 15 de Novembro"
DATE_NOT_AFTER = r"\b(?:rua|avenida|av\.|praça|largo|ponte|travessa|alameda|estádio|escola|colégio|bairro)"
YEAR_NOT_AFTER = (r"[$€£#§]|\d[.,](?!\s)|\b(?:n[º°o]|pág|art|vol)\.?|\b(?:número|página|artigo|capítulo|sala|rua|"
                  r"avenida|praça|mais\s+de|menos\s+de|cerca\s+de|quase|r\$)")
# ... a count with its noun, or with one word between that is not a determiner ("2000 novos empregos"; not "em 2019
# os trabalhadores")
YEAR_NOT_BEFORE = (r"(?:\s*(?:%|€|por\s+cento)|\s*(?:km|kg|m|ha|t)\b|\s+(?:(?!(?:o|a|os|as|um|uma|uns|umas|seu|sua|"
                   r"seus|suas|esses|essas|estes|estas|aqueles|aquelas|muitos|muitas|vários|várias)\b)\w+\s+)?(?:pessoas|habitantes|homens|"
                   r"mulheres|crianças|trabalhadores|empregos|votos|metros|quilômetros|quilómetros|toneladas|euros|"
                   r"reais|dólares|membros|mortos|vítimas|soldados|casos|empresas|alunos)\b)")

# "os anos noventa", "a década de oitenta": the decades of the 1900s named by their tens
DECADE_WORDS = {"vinte": 20, "trinta": 30, "quarenta": 40, "cinquenta": 50, "sessenta": 60, "setenta": 70,
                "oitenta": 80, "noventa": 90}

_PREPS = ("em", "de", "do", "desde", "até", "para", "a", "ao", "e", "ou", "entre", "durante", "após", "por", "pelo", "o", "no")
MONTH_NAME_AFTER = r"[\w'’-]\s"  # a bare capitalised month after a word other than these is a name ("Editora Abril")
MONTH_NAME_NOT_AFTER = "|".join(_PREPS)

_HOLIDAY_END = r"(?:\s+(?:de|do)\s+{YEAR}|\s+{DIR:b})?"

RULES = [
    ("range_days", r"(?:de|entre)\s+{DAY}\s+(?:a|e|até|-|\u2013)\s+{DAY:b}\s+de\s+{MONTH}(?:\s+de\s+{YEAR})?"),
    ("range_months", r"(?:de|entre)\s+{MONTH}\s+(?:a|e)\s+{MONTH:b}\s+de\s+{YEAR}"),
    ("range_years", r"{YEAR}\s*(?:-|\u2013|/)\s*(?:{YEAR:b}|(?P<yy>\d\d)(?![\d%-]))"),  # "1995-96": two years
    ("iso", r"(?P<y>\d{4})-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?![\d-])"),
    ("numeric", r"(?P<a>[0-3]?\d)[/.-](?P<b>[01]?\d)[/.-](?P<y>\d{4})(?![\d/]|\.\d)"),  # the full stop after it ends the sentence
    ("date", r"(?:(?:no\s+dia|o\s+dia|dia)\s+)?(?:{WEEKDAY},?\s+(?:dia\s+)?)?(?:{DAY}|(?P<dayw>primeiro))\s+de\s+{MONTH}"
             r"(?:\s+(?:de|do)\s+{YEAR}|\s+{DIR:b})?"),
    # "no passado dia 5 de março", "no próximo dia 15 de maio" (not "no passado": PAST_REF, "no próximo dia": tomorrow)
    ("date", r"(?:n?[oa]\s+)?(?P<dir>passad[oa]|próxim[oa]|proxim[oa])\s+dia\s+{DAY}\s+de\s+{MONTH}(?:\s+(?:de|do)\s+{YEAR})?"),
    # an agency dateline: "Lisboa, 10 abr (Lusa)"
    ("date", r"(?<=,\s){DAY}\s+{MONTH}(?=\s*\()"),
    # "no Natal", "no Natal passado", "neste Natal", "antes do Natal", "o dia de Natal", "na véspera de Natal"
    # (one rule per way in: each is scanned for by its own first characters, cheaper than one rule with them all)
    ("holiday", r"(?:(?:o|no|na)\s+)?{DIR}\s+{HOLIDAY}" + _HOLIDAY_END),
    ("holiday", r"(?:(?:no|o)\s+)?dia\s+de\s+{HOLIDAY}" + _HOLIDAY_END),
    ("holiday", r"(?:no|na|pelo|pela|ao|à|(?:antes|depois|perto)\s+d[oa]|(?:desde|até|durante|para)\s+[oa]|"
                r"até\s+(?:ao|à))\s+{HOLIDAY}"
                + _HOLIDAY_END),
    ("holiday", r"(?:na|a)\s+(?=véspera\b){HOLIDAY}" + _HOLIDAY_END),
    ("holiday", r"{HOLIDAY}\s+(?:de|do)\s+{YEAR}"),
    ("month", r"(?:(?:o\s+)?mês\s+de\s+)?{MONTH}\s+(?:de|do)\s+{YEAR}"),
    # "em julho do ano passado", "em março deste ano": the month of that year
    ("month", r"{MONTH}\s+d[oe]\s+ano\s+(?P<ydir>passado|anterior|que\s+vem)"),
    ("month", r"{MONTH}\s+(?:de|d|n)(?P<ydir>este)\s+ano"),
    # "em março desse ano", "do mesmo ano", "do ano seguinte": the story's year (resolvers._story_year)
    ("month", r"{MONTH}\s+(?:(?:d(?:esse|aquele)(?:\s+mesmo)?|do\s+mesmo)\s+(?P<thatyear>ano)|"
              r"d[oe]\s+ano\s+(?P<thatnext>seguinte))"),
    ("month", r"{MONTH}\s+do\s+(?P<ydir>próximo|proximo|último|ultimo)\s+ano"),
    ("month", r"(?:(?:o|em)\s+)?{MONTH}\s+{DIR}(?!\s+ano\b)"),  # "março deste ano": the rule above
    ("month", r"(?:(?:o|no|em)\s+)?{DIR}\s+(?:mês\s+de\s+)?{MONTH}"),  # "no passado mês de março", not "no passado"
    # a bare month with a capital after a word other than a preposition is a name ("a Editora Abril"); European
    # Portuguese long wrote the months with a capital, so "em Abril", "desde Março", "Janeiro, Fevereiro" are months
    ("month", r"(?:(?:o\s+)?mês\s+de\s+)?{MONTH}"),  # not a name: MONTH_NAME_AFTER
    # "o terceiro trimestre do ano passado", "o primeiro semestre do próximo ano", "do ano": this year's
    ("quarter", r"(?:o\s+)?{ORD}\s+trimestre(?:\s+(?:de|do)\s+(?:(?:ano\s+(?:de\s+)?)?{YEAR}|"
                r"ano\s+(?P<ofdir>passado|anterior|que\s+vem)|(?P<ydir>próximo|proximo|último|ultimo)\s+ano|"
                r"ano(?![\w-]))|\s+(?:deste|desse)\s+ano)?"),
    # (the half's direction read ahead: one group for both orders)
    ("half", r"(?:o\s+)?{ORD}\s+semestre(?:\s+(?:de|do)\s+(?:(?:ano\s+(?:de\s+)?)?{YEAR}|"
             r"(?=(?:ano\s+)?(?P<ofdir>passado|anterior|que\s+vem|próximo|proximo|último|ultimo)\b)"
             r"(?:ano\s+(?:que\s+vem|\w+)|\w+\s+ano)|ano(?![\w-]))|\s+(?:deste|desse)\s+ano)?"),
    ("decade", r"(?:a\s+)?década\s+de\s+(?:(?P<year>1\d\d0|20\d0)|(?P<yy>\d0))\b"),
    # the next decade of a list, a bare number or word after the conjunction: "os anos 80 e 90"
    # (resolvers.r_decade_listed: only right after a decade)
    ("decadelisted", r"(?:(?<=\se\s)|(?<=\sou\s)|(?<=\w,\s)(?=[\w\'’]+(?:,|\s+(?:e|ou)\s)))"
                     r"(?:(?P<year>1\d\d0|20\d0)|(?P<yy>\d0)|{DECWORD})\b(?!\s*(?:%|anos|mil|milhões|euros?|reais|dólares|pessoas|por\s+cento))"),
    ("decade", r"(?:os\s+)?anos\s+(?:(?P<year>1\d\d0|20\d0)|(?P<yy>\d0))\b"),
    ("decade", r"(?:a\s+)?década\s+de\s+(?:os\s+anos\s+)?{DECWORD}"),
    ("decade", r"(?:os\s+)?anos\s+{DECWORD}"),
    ("century", r"(?:o\s+)?século\s+(?P<cnum>[XVI]{1,5}|\d{1,2})\b"),
    ("century", r"(?:o\s+)?século\s+{ORD}"),
    ("season", r"(?<!olimpíadas\sde\s)(?<!olímpicos\sde\s)(?:(?:o|a|no|na)\s+)?{SEASON}\s+(?:de|do)\s+{YEAR}"),  # not "Olimpíadas de Inverno de 2010"
    ("season", r"(?:(?:o|a|no|na)\s+)?{DIR}\s+{SEASON}"),
    ("season", r"(?:(?:o|a|no|na)\s+){SEASON}\s+{DIR}"),
    # a day of this month without its month: "no dia 15", "no próximo dia 3" (not "no próximo dia": tomorrow)
    ("dom", r"(?:(?:n?o|ao|do|até\s+ao|até\s+o)\s+)(?:{DIR}\s+)?dias?\s+{DAY}(?![.,:h]\d)(?!\s*(?:de|do)\s+{MONTH:b})"),
    ("ref", r"{REF}"),  # before the days: "hoje em dia" is nowadays
    ("that_unit", r"(?:(?:no|o)\s+)?(?P<unit>dia)\s+(?P<rel>seguinte|posterior)\b"),
    # "naquele ano", "no mesmo dia", "no ano seguinte": the story's year, not this one
    ("that_unit", r"(?P<rel>naquel[ea]|aquel[ea])\s+(?P<unit>ano|mês|semana|dia)\b"),
    ("that_unit", r"(?:n)?(?:o|a)\s+(?P<rel>mesm[oa])\s+(?P<unit>dia|ano|mês|semana)\b"),
    # "nesse ano", "nesse mesmo dia", "nessa semana": the story's (no earlier date: the later rules, this one)
    ("that_unit", r"(?P<rel>n?ess[ea])\s+(?:mesm[oa]\s+)?(?P<unit>dia|ano|mês|semana)\b"),
    # "na véspera": the day before the story's last date (not "a véspera de Natal", "na véspera da eleição")
    ("that_unit", r"(?:n?a\s+)?(?P<unit>(?P<rel>véspera))(?![\w-])(?!\s+d[eoa]s?\b)"),
    ("that_unit", r"(?:n)?o\s+(?P<unit>ano|mês)\s+(?P<rel>seguinte)\b"),  # after the last date, not tomorrow
    ("relday", r"{RELDAY}"),
    ("ago", r"(?P<after>há|daqui\s+a|dentro\s+de)\s+{NUM}\s+{UNIT}"),
    # (not "três dias antes das eleições": counted from the event, as "depois de" below)
    ("ago", r"{NUM}\s+{UNIT}\s+(?:atrás|antes)(?![\w-])(?!\s+(?:de|do|da|dos|das|que)\b)"),
    ("ago", r"{NUM}\s+{UNIT}\s+(?P<after>depois|mais\s+tarde)(?![\w-])(?!\s+(?:de|do|da|dos|das|que)\b)"),
    # "há anos", "há séculos", "há milhares de anos", "anos atrás", "dois milhões de anos atrás": a vague past
    ("ago", r"(?P<after>há)\s+(?:(?P<big>(?:\w+\s+)?(?:milhares|milhões|bilhões|centenas)\s+de)\s+)?"
            r"(?P<unit>anos|décadas|séculos|milênios|milénios|meses|semanas)(?![\w-])"),
    # (the mention starts at the large number's word: a rule that starts with any word would slow the scan)
    ("ago", r"(?P<big>(?:milhares|milhões|bilhões|centenas)\s+de)\s+{UNIT}\s+(?P<after>atrás)(?![\w-])"),
    ("ago", r"(?P<unit>anos|décadas|séculos|milênios|milénios|meses)\s+(?P<after>atrás)(?![\w-])"),
    ("weekday", r"(?:(?:na|no)\s+)?{DIR}\s+{WEEKDAY}"),
    ("weekday", r"(?:(?:na|no)\s+)?{WEEKDAY}(?:\s+{DIR})?"),
    ("relunit", r"(?:(?:o|a|no|na)\s+)?{DIR}\s+{UNIT}"),
    ("relunit", r"(?:(?:o|a|no|na)\s+)?{UNIT}\s+{DIR}"),
    # "no início do mês", "até ao final do ano", "em meados do ano": the current month or year (the noun after a
    # word for its part; MOD_PREFIX adds that word to the mention)
    ("relunit", r"(?:(?<=início\sdo\s)|(?<=inicio\sdo\s)|(?<=começo\sdo\s)|(?<=final\sdo\s)|(?<=fim\sdo\s)|"
                r"(?<=meados\sdo\s)|(?<=fim\sde\s)|(?<=final\sde\s)|(?<=início\sde\s)|(?<=inicio\sde\s))"
                r"(?P<unit>ano|mês)(?![\w-])(?!\s+(?:{DIR}|\d|(?:que|de|d[oa]s?|letivo|lectivo|fiscal|judicial|escolar|"
                r"acadêmico|académico|parlamentar)\b))"),  # not "o ano letivo"
    ("year", r"(?:(?:o\s+)?ano\s+(?:de\s+)?)?{YEAR}"),
]

# a clause set off by commas after a fronted date opens with these ("No sábado, quando os líderes estiverem reunidos, o
# acordo será assinado": the main verb after it tells the date's tense; viz.dates.tense.tense)
ASIDE_OPEN = (r"quando|enquanto|se|embora|porque|como|segundo|conforme|depois\s+que|antes\s+que|assim\s+que|logo\s+que|"
              r"até\s+que")

# "since" before a year-less date: the last such date ("os preços sobem desde novembro"; viz.dates.resolvers._since)
SINCE_WORDS = r"desde"
