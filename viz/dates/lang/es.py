"""Spanish words and rules for the date extractor (see viz.dates.engine for the template syntax)."""
import re

from .. import cldr, rxcache

CODE = "es"
_rx = rxcache.shared(CODE).compile  # the module's patterns, kept between processes with its rules'
DAY_FIRST = True
DAY_SUFFIX = r"(?:\.?[º°])?"  # "el 1.º de julio" (RAE), "el 1º de mayo"

MONTHS = {w: n for w, n in cldr.months("es").items() if w not in ("mar.", "may.", "ago.")} | {"setiembre": 9}  # "mar." the sea
DATELINE_MONTHS = {"mar": 3, "may": 5, "ago": 8}  # ... read only in an agency's dateline: "Madrid, 12 may (EFE)"
WEEKDAYS = cldr.weekdays("es")
WEEKDAY_NOT_AFTER = r"\b(?:oraciones|oración|rezos?|sermón)\s+del|(?-i:Santo|Plácido|Placido)"  # Santo Domingo
# ... nor a set of days: "cada lunes", "como cada jueves", "los lunes", "todos los martes" (a weekday's plural is its
# singular but for "sábados", "domingos"; not "los días lunes 3 y 10")
WEEKDAY_NOT_AFTER += r"|\bcada|\blos"
# Spanish writes its weekdays in lower case: a capitalised one right before a capitalised word is a first name
# ("el ministro Domingo Cavallo", "Domingo Pérez fue liberado"), also at a sentence's start; not a day of Holy Week
# ("el Sábado Santo"), nor before its day's number ("el Domingo 15")
# ... unless a word that only a date takes comes right before the weekday ("Este Domingo Chile elige", "El pasado
# Domingo Venezuela votó", "cada Lunes"), or "el" when the capitalised word runs on as a clause, not a name with its
# surname or its "de" ("El Martes Perú enfrentará a Brasil"; "El Domingo Pérez del equipo", "el Domingo García Pérez")
_CAP_WEEKDAYS = tuple(sorted(w.capitalize() for w in WEEKDAYS if "." not in w))
_WEEKDAY_CUES = ("este", "Este", "ese", "Ese", "pasado", "próximo", "Próximo", "cada", "Cada", "último", "Último",
                 "mismo", "del", "al")
WEEKDAY_NOT_BEFORE = (r"(?-i:(?:" + "|".join(r"(?<=%s)" % w for w in _CAP_WEEKDAYS) + ")" +
                      "".join(r"(?<!\b%s\s%s)" % (c, w) for c in _WEEKDAY_CUES for w in _CAP_WEEKDAYS) +
                      r"(?:" + "".join(r"(?<!\b[Ee]l\s%s)" % w for w in _CAP_WEEKDAYS) +
                      r"\s+(?!Sant[oa]\b)[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+|"
                      r"\s+(?!Sant[oa]\b)[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+(?=\s*,|\s+(?:[A-ZÁÉÍÓÚÑ]|de\b|del\b))))")
# ... nor a capitalised weekday right after a capitalised word that is no word of time or grammar: a surname after
# a first name ("José Domingo, portavoz de la compañía", "la empresa de Luis Sábado quebró"; not "El Domingo", "Este
# Domingo", "Hasta el Domingo")
_CAP_FUNCTION = ("El", "La", "Los", "Las", "Lo", "Un", "Una", "Este", "Esta", "Ese", "Esa", "Aquel", "Cada", "Del", "Al",
                 "Hoy", "Ayer", "Mañana", "Anoche", "Desde", "Hasta", "Para", "Por", "Entre", "Tras", "Según", "Mismo",
                 "Antes", "Durante", "En", "Y", "O", "Sin", "Con", "Pasado", "Próximo", "Último", "Todo", "Todos", "Ni",
                 "Pero", "Que", "Como", "Cuando", "Fue", "Es", "Será", "Era", "Ya", "Solo", "Sólo", "De", "A", "Ante",
                 "Sobre", "Tampoco", "También", "Luego", "Después", "Mientras", "Si", "No")
WEEKDAY_NOT_BEFORE += (r"|(?-i:(?:" + "|".join(r"(?<=\b[A-ZÁÉÍÓÚÑ][a-záéíóúñ]{%d}\s%s)" % (n, w)
                                              for w in _CAP_WEEKDAYS for n in range(1, 15)) + ")" +
                       "".join(r"(?<!\b%s\s%s)" % (f, w) for w in _CAP_WEEKDAYS for f in _CAP_FUNCTION) + ")")
RANGE_WORDS = ("hasta",)
# "este domingo" is the nearest Sunday: the past one in a past clause, the coming one in a future one (else this
# week's; see viz.dates.resolvers.r_weekday)
THIS_WEEKDAY_BY_TENSE = True
# ... and "este fin de semana" said on a Monday or Tuesday is the one just past, but the coming one in a clause told in
# the future ("Este fin de semana se disputará el Gran Premio"; resolvers.r_relunit)
THIS_WEEKEND_BY_TENSE = True
# a year-less month that starts a range or a pair of months ("Entre enero y septiembre el beneficio creció", "de enero
# a septiembre", "enero-septiembre") takes the year that the later month ending it gets (resolvers._anchor_year): said
# in November, "enero" alone would be the coming one
MONTH_RANGE_END = _rx(r"\s*(?:(?:-|\u2013)\s*|(?:y|e|a|al|hasta)\s+)(?:(?:el\s+)?mes\s+de\s+)?([^\W\d_]+)", re.I)
# ... and a date a plan was moved to, right after its "a", "al", "para" ("La votación se pasó a finales de julio",
# "El juez aplazó la vista al 3 de julio": the coming one after the telling): the verbs that move a plan, with its
# object between ("aplazó la votación a"), or "se pasó" (it was moved) right before it (not "Lo que pasó a finales de
# julio", what happened; nor "se pasó al Barcelona a finales de julio", moved to a club then)
# ... and the preterite of the verbs that bring a plan forward or put it back right before "al" and its day ("El Gobierno
# adelantó al viernes la aprobación", "trasladó al lunes la reunión"). Only there: these verbs also tell a harvest come
# early, a person moved or a thing announced ("la cosecha se adelantó a principios de septiembre", "fue trasladado a
# mediados de mayo", "adelantó a mediados de marzo que habría recortes"), and a part of a month, a mention of its own
# after "a", cannot be told from a month the plan was moved to; not a participle or the noun "traslado". "se" or not,
# the preterite or the present before "al" and its day tells the plan: "La reunión se adelantó al viernes", "La final
# se adelanta al sábado")
# ... not a participle in an apposition, a clause without tense of its own ("El juicio, aplazado al 3 de julio por la
# enfermedad de un testigo, terminó ayer": the main clause tells its time, here the past)
_MOVED_TO = (r"(?:(?:\b(?!(?<=,\s)\w+(?:ad|id)[oa]s?\b)(?:aplaz|pospu|pospon|posterg|reprogram)\w*\s+(?:[\w-]+\s+){0,3}?|"
             r"\bse\s+pas(?:ó|aron)\s+)"
             r"(?:a|al|para)\s+(?:(?:finales|fines|principios|comienzos|mediados)\s+de\s+)?$|"
             r"(?:\b(?:adelant|retras|traslad)(?:ó|aron)|\b(?:adelant|retras|traslad)(?:a|an))\s+al\s+$)")
# ... there the main clause's verb after the apposition's closing comma tells the date's tense (viz.dates.tense.tense):
# its future, "ser" and "haber" too, whose subject is the plan ("El juicio, aplazado al 3 de marzo por la defensa, será
# el primero contra un alto cargo"), or its past (PAST_AFTER: "..., terminó ayer")
MOVED_IN_APPOSITION = (
    _rx(r",\s*(?:aplaz|pospu|posterg|reprogram|traslad|adelant|retras)\w*(?:ad|id|st)[oa]s?\s+"
               r"(?:a|al|para|hasta)\s+(?:(?:finales|fines|principios|comienzos|mediados)\s+de\s+)?$", re.I),
    _rx(r"\s*(?:(?!que\b)[\w-]+\s+){0,2}?(?:\w{2,}(?:rá|rán)|(?:va|van)\s+a\s+\w+r)\b", re.I))
# the preterites not in -ó, -aron, -ieron: "-yeron" ("cayeron", "construyeron", "disminuyeron") and "-jeron"
# ("redujeron", "produjeron", "dijeron") are in the rules; these are the irregular ones, with the short "dio", "vio",
# and the compounds of tener, poner, venir, decir, traer, hacer ("mantuvo", "obtuvo", "impuso", "intervino",
# "predijo", "atrajo", "rehízo"; not "divino")
_IRREGULAR_PAST = (r"fue|fueron|hubo|tuvo|tuvieron|hizo|hicieron|dijo|estuvo|estuvieron|vino|vinieron|dio|dieron|vio|"
                   r"vieron|puso|pusieron|quiso|pudo|supo|\w*dujo|trajo|"
                   r"(?:man|ob|re|con|de|sos|abs|entre)tuvo|(?:im|pro|dis|su|ex|com|re|pos|inter|contra|trans)puso|"
                   r"(?:inter|con|pre|sobre|pro)vino|(?:contra|pre|ben|mal)dijo|(?:a|con|ex|dis|sus|re)trajo|"
                   r"(?:re|satis|contra|des)hizo|rehízo")
# ... and the impersonal "se espera" (it is expected: "Se espera que el consejo apruebe el lunes las cuentas"; not
# "esperan", also "wait": "Los agricultores esperan desde el lunes las ayudas"), "prevén" and the deadline "a más tardar"
# (not "como se espera", nor "se espera de": "Como se espera de un campeón, ganó el domingo" tells a past match; nor
# past a preterite between it and the date: "Se espera que la policía, que detuvo el lunes a tres sospechosos, los
# libere")
FUTURE_CUE = (r"\b(?:a\s+partir\s+del?|va|van|irá|será|serán|habrá|prevé|prevén|"
              r"(?<!\bcomo\s)se\s+esperan?\b(?!\s*,|\s+de\b)"
              r"(?![^.;:]*\b(?:\w{2,}(?:ó|aron|ieron|yeron|jeron)|\w*tuvo|\w*tuvieron|" + _IRREGULAR_PAST + r")\b)|"
              r"a\s+más\s+tardar|previst[oa]s?|programad[oa]s?|hasta|"
              r"\w{2,}(?:rá|rán|aría|ería|iría|arían|erían|irían))\b|" + _MOVED_TO)  # conditional: "would"

# a future verb right after the mention: "El viernes el Congreso votará la reforma", "el lunes se va a reunir"; not
# past a "que", whose clause is another's, reported ("El ministro dijo el lunes que la empresa volverá a ganar dinero");
# not "ser", "estar", "haber", "tener", whose future also tells a guess or a description ("El Primero de Mayo será
# una llamada a la unidad": the future of probability), unless a passive follows ("será recibido")
# ... but "habrá" of existence, no participle after it, is a thing to come ("Este fin de semana habrá lluvias", "El lunes
# habrá huelga de metro"; not the future perfect of a guess, "El lunes habrá sido el día más frío"), and so is "tendrá
# lugar" (will take place)
FUTURE_AFTER = (r"\s*,?\s*(?:(?!que\b)[\w-]+\s+){0,3}?(?:(?!(?:ser|estar|habr|tendr)(?:á|án)\b)\w{2,}(?:rá|rán)|"
                r"habrá(?!\s+\w+(?:ad|id|st|ch|rt|ct)[oa]s?\b)(?=\s+\w)|tendrán?\s+lugar|"
                r"(?:será|serán)\s+\w+(?:ad|id)[oa]s?|(?:va|van)\s+a\s+\w+r)\b")
# ... a past verb right after it ("El día 15 llegó a Madrid"): the preterite (-ó, -aron, -ieron), the imperfect (-aba,
# not the conditional "-ría"), "ha"/"han" with a participle, and the irregular preterites
# a relative clause in the past that holds the date ("Lee, quien ganó el concurso en agosto"): the last such month
RELATIVE_PAST = (r"^\s*(?:quien|quienes|que|el\s+cual|la\s+cual|los\s+cuales|las\s+cuales)\s+(?:se\s+|no\s+)?"
                 r"(?:\w{2,}(?:ó|aron|ieron|yeron|jeron)|" + _IRREGULAR_PAST + "|"
                 r"(?:había|habían|ha|han)\s+\w+(?:ad|id)[oa]s?)\b(?:(?!\b(?:será|serán|\w+rá|\w+rán)\b).)*$")
# (not an aside of saying: "Este domingo, según dijo el portavoz, se votará")
# verbs of saying in the preterite: the clause that attributes what is told ("El juicio comienza el lunes, informó ayer el
# tribunal"), which does not tell the tense of the event itself
_SAYING = (r"(?:informaron|informó|anunciaron|anunció|explicaron|explicó|señalaron|señaló|afirmaron|afirmó|aseguraron|"
           r"aseguró|indicaron|indicó|confirmaron|confirmó|precisaron|precisó|detallaron|detalló|adelantó|adelantaron|"
           r"comunicó|comunicaron|avanzó|avanzaron|dijo|dijeron|declaró|declararon|añadió|añadieron|agregó|agregaron|"
           r"recordó|recordaron|subrayó|destacó|manifestó|advirtió|advirtieron|reveló|revelaron|apuntó|apuntaron)\b")
# (not past a word that opens another clause: "El partido se jugará el sábado, pero la lluvia obligó ayer a suspender
# el entrenamiento", "El juez declarará el viernes, tal como pidió la defensa", "El referéndum se celebrará el domingo
# y los sondeos dieron ayer la victoria al sí": "y" before a new subject, not before another date, "el lunes y el martes
# llegaron")
_OTHER_CLAUSE = (r"(?:pero|aunque|sino|mientras|tal|como|porque|pues|donde|si|(?:y|e)(?=\s+(?:el|la|los|las|"
                 r"su|sus)\s+(?!(?:lunes|martes|miércoles|jueves|viernes|sábado|domingo|día|fin)\b)))\b")
PAST_AFTER = (r"\s*,?\s*(?!según\b)(?:(?!" + _OTHER_CLAUSE + r")[\w-]+\s+){0,3}?(?!" + _SAYING + r")(?:\w{2,}(?:ó|aron|ieron|yeron|jeron|aba|aban)|(?:ha|han|había|habían)\s+\w+(?:ad|id)[oa]s?|"
              + _IRREGULAR_PAST + r")\b")

# a year-less date or a weekday held by a preterite in its own clause (tense.governed_past): right after the verb ("La
# junta se reunió el 20 de abril", "El ministro dijo el lunes que la empresa volverá", "La reunión fue el 3 de mayo")
# or after "en", "desde", "durante", "a"/"hacia" before a part of a month ("El presidente llegó a Lima en mayo", "fue
# elegido en mayo", "se registraron hacia fines de julio"; the mention is "fines de julio"), said in March: the
# last such date, although the next one is close ahead. Not a verb of planning or moving a date ("convocó", "fijó",
# "aplazó" ... "el 20 de abril" may be the coming day), nor past an infinitive, a subordinator or a future cue ("decidió
# celebrar la cumbre en mayo", "anunció que en mayo subirá el IVA"); not the preposition "para", "hasta", "a partir de"
# (a term set: "convocó una huelga para el 2 de abril"; the date rule leaves "hasta el" out of its mention, so that
# "suspendió hasta el 20 de abril" is not a date right after the verb), nor a noun before "del" ("las elecciones del 20
# de abril": the date not right after the verb)
_GOV_NOT_PLAN = (r"(?!(?:fij|program|aplaz|pospus|posterg|convoc|planific|plane|promet|acord|decid|propus|pid|solicit|"
                 r"emplaz|retras|adelant|traslad|mov|cit|reserv|prorrog|prolong|ampli|extend|prev|anticip|calend|"
                 r"agend|marc|establec|determin|dispus|orden)\w*\b)")
# (nor "se pasó" right before the date's "a": a plan moved, FUTURE_CUE)
GOVERNED_PAST_VERB = (r"(?<!\bel\s)(?<!\bla\s)(?<!\bun\s)(?<!\buna\s)(?<!\bsu\s)\b(?P<verb>(?-i:(?=[a-zà-ÿ]))" + _GOV_NOT_PLAN +
                      r"(?!(?<=\bse\s)pas(?:ó|aron)\s*$)"
                      r"(?:(?:fue|fueron|estuvo|estuvieron)\s+" + _GOV_NOT_PLAN + r"\w+|"  # "fue elegido", "fue presidente"
                      r"\w{2,}(?:ó|aron|ieron|yeron|jeron)|" + _IRREGULAR_PAST + r"))\b")
GOVERNED_PAST_PREP = (r"(?P<prep>\b(?:en|desde|durante|a|hacia)|(?:(?<=ó)|(?<=aron)|(?<=ieron)|(?<=yeron)|(?<=jeron)|"
                      r"(?<=\bfue)|(?<=\bfueron)|(?<=\bhubo)|(?<=tuvo)|(?<=hizo)|(?<=dijo)|(?<=\bestuvo)|"
                      r"(?<=\bvino)|(?<=\bdio)|(?<=\bvio)|(?<=puso)|(?<=\bquiso)|(?<=\bpudo)|(?<=\bsupo)|"
                      r"(?<=dujo)|(?<=\btrajo)|(?<=ad[oa])|(?<=id[oa])|(?<=ad[oa]s)|(?<=id[oa]s)))"
                      # ... and the part of the month before it, outside the rule's match ("a finales de julio")
                      r"(?:\s+(?:finales|fines|principios|comienzos|mediados)\s+de)?\s+$")
# ... and only a phrase of a preposition between them ("llegó a Lima en mayo", "despidió a 300 pilotos en abril"; "fue
# elegido" is one verb): after a direct object the date may be the object's, an event to come told in the past
# ("anunció despidos en abril", "comunicó el cierre de la planta en mayo", as English "reported speech tells plans in
# the past tense")
GOVERNED_PAST_NOT_MID = (r"\b(?:que|para|cuando|si|donde|porque|mientras|aunque|hasta|partir|\w+(?:ar|er|ir)"
                         r"(?:se|lo|la|los|las|le|les)?)\b|"
                         r"\A\s*(?!(?:a|al|en|de|del|con|desde|por|ante)\b)\w")

# "hasta" is a cue of the future (FUTURE_CUE: "La fábrica permanecerá cerrada hasta abril"), but after a preterite of
# lasting, or a negated preterite, it ends a past state ("La huelga duró hasta el 20 de abril", "El presidente ocupó
# el cargo hasta abril", "No se supo nada hasta el lunes"), or a result summed up to it ("Las ventas crecieron un 4%
# hasta marzo"): the last such date (PAST_CUE, at the same place as the cue of the future, undoes it; PAST_BEFORE
# tells resolvers._told_past). Not a verb that sets a term ("suspendió las clases hasta el 20 de abril", "fue aplazada
# hasta mayo": the coming one), nor across "que" ("Dijo que la huelga durará hasta abril"), "pero", "aunque" or a
# future ("Vendió la empresa pero seguirá en el consejo hasta diciembre": the future's term; a future is a lower-case
# word in -rá/-rán, here and in _DONE_ACT_BEFORE, QUARTER_FIGURE_BEFORE and the "según" cue: not a name such as
# Teherán, Durán or Beltrán, "Trabajó con Durán hasta diciembre" is last year's)
# ("fue aplazada hasta", a passive, sets a term; "estuvo cerrado hasta el lunes" is a past state)
_LASTING_PAST = (r"\b(?:(?:fue|fueron)(?!\s+\w+(?:ad|id)[oa]s?\b)|estuvo|estuvieron|mantuvo|mantuvieron|"
                 r"(?:dur|permaneci|continu|sigui|ocup|presidi|dirigi|encabez|lider|gobern|rein|vivi|resid|trabaj|"
                 r"ejerci|sirvi|milit|jug|funcion|oper|exist|rigi|prolong|"
                 # ... and the preterites of a result summed over a period ("aumentó sus beneficios hasta marzo",
                 # "las ventas cayeron un 5% hasta junio": through March, the period up to it)
                 r"aument|creci|sub|baj|ca|disminu|descendi|gan|perdi|vendi|factur|registr|acumul|export|import|"
                 r"ingres|recaud)(?:ó|ió|aron|ieron|yó|yeron|eron)|produjo|produjeron|obtuvo|obtuvieron|"
                 r"no\s+(?:se\s+|lo\s+|la\s+|le\s+)?(?:\w{2,}(?:ó|aron|ieron|yeron|jeron)|" + _IRREGULAR_PAST + r"))\b"
                 r"(?:(?!\b(?:que|para|pero|aunque)\b|\b(?-i:[a-záéíóúñ])\w+(?:rá|rán)\b)(?:[^,;:.]|(?<=\d)[,.](?=\d)))*?\bhasta")
# ... and a participle opening an apposition, a date in its phrase ("El juicio, iniciado el lunes, continuará
# mañana", "Los detenidos, puestos en libertad el martes, declararán", "El sumario, cerrado en septiembre, será
# remitido"): a done event, told in the past whatever the main clause's tense. Not a participle of planning or
# moving a date ("previsto para", "convocado el", "aplazado al": _GOV_NOT_PLAN), nor a date after "para", "a", "al",
# "hasta" (its term), nor a date past another clause's "que"
# ... not an item of a list after a date ("El museo permanecerá abierto el sábado, cerrado el lunes", "será soleado el
# jueves, nublado el viernes": the comma right after a weekday, a month or a number), not a participle of a state
# ("Los diputados, reunidos en pleno el jueves, votarán"), nor an absolute participle before its noun ("terminado el
# curso en junio, volverán", "concluido el plazo el viernes, se abrirán": an article right after the participle)
_DATE_END_BEFORE = "".join(r"(?<!%s)" % w for w in sorted(w for w in set(WEEKDAYS) | set(MONTHS) if "." not in w)
                           ) + r"(?<!\d)"
_APPOSED_DONE = (_DATE_END_BEFORE + r",\s*(?-i:(?=[a-záéíóúñ]))" + _GOV_NOT_PLAN +
                 r"(?!(?:anunci|esper|previst|reunid|concentrad|congregad|acampad|encerrad|atrincherad|desplegad)\w*\b)"
                 r"(?:\w+(?:ad|id)[oa]s?|(?:puest|abiert|hech|escrit|resuelt|cubiert|disuelt|devuelt|suscrit|"
                 r"descubiert|interpuest|impuest)[oa]s?)"
                 # (the article at the end is the date's own, which tense() reads before it: "aprobada el 3 de febrero")
                 r"(?!\s+(?:el|la|los|las|un|una|unos|unas)\s+(?!(?:lunes|martes|miércoles|jueves|viernes|sábado|"
                 r"domingo|día|pasado|pasada|último|última)\b|$))"
                 r"(?:\s+(?!(?:que|para|a|al|hasta|partir|y|o|se)\b)[\w-]+){0,3}?\s+$")
# ... and a participle right after its noun and article, the date its phrase's ("Según el informe publicado el lunes, la
# economía crecerá", "El Gobierno aplicará la ley aprobada el martes", "los datos difundidos en enero"): a done event.
# Only the participles of the acts news report (a closed list: publishing, passing, signing, sending, arresting ...):
# any -ado/-ido is as often an adjective of state ("cobrarán el salario atrasado el lunes", "el balance consolidado",
# "un mercado agitado"), a noun after an ordinal or an adjective ("la primera jornada el sábado", "la nueva temporada",
# "la próxima medida", "el nuevo juzgado"), or an event to come ("El acto organizado el sábado contará con música",
# "El debate televisado el jueves enfrentará"). Not after an auxiliary ("será presentado el lunes": no article
# before its noun), nor after an ordinal or an adjective put before its noun ("la primera retirada el lunes")
_DONE_PARTICIPLES = (r"(?:publica|aproba|adopta|presenta|retira|cancela|firma|envia|arresta|asesina|secuestra|libera|"
                     r"nombra|dicta|registra|celebra|divulga|vota|ratifica|rechaza|revela|filtra|entrega|inaugura|"
                     r"disputa|juga|efectua|practica|toma|denuncia|declara|pronuncia|otorga|perpetra|logra|alcanza|"
                     r"gana|halla|encontra|captura|derriba|ataca|bombardea|incendia|subasta|clausura|finaliza|"
                     r"termina|comenza|inicia|realiza|lanza|estrena|reporta|confirma|detecta|descubre|descubier|"
                     r"difundi|emiti|despedi|deteni|elegi|destitui|ocurri|recibi|vendi|adquiri|ofreci|concedi|"
                     r"sufri|cometi|obteni|consegui|perdi|produci|falleci|desapareci|aprehendi|destrui|conclui|"
                     r"suspendi|interrumpi|emprendi|reuni|abati)(?:d[oa]s?)|"
                     r"(?:hech|dich|escrit|suscrit|interpuest|impuest|resuelt|muert|disuelt|devuelt)[oa]s?|"
                     r"dad[oa]s?\s+a\s+conocer")  # "el texto dado a conocer el martes"
_PRENOMINAL = (r"primer|segund|tercer|cuart|quint|sext|séptim|octav|noven|décim|decimo|undécim|duodécim|últim|"
               r"penúltim|nuev|próxim|gran|grandes|tradicional|tradicionales|esperad|polémic|mism|antigu|viej|"
               r"mejor|mejores|peor|peores|larg|breve|breves|enésim")
_NOUN_NOT_PARTICIPLE = (r"partidos?|mercados?|estados?|resultados?|jurados?|senado|tratados?|lados?|sentidos?|"
                        r"contenidos?|pedidos?|maridos?|apellidos?|ruidos?|vestidos?|pasad[oa]s?|grados?|abogad[oa]s?|"
                        r"diputad[oa]s?|soldados?|delegad[oa]s?|invitad[oa]s?|aliad[oa]s?|"
                        r"encargad[oa]s?|empleados?|jubilados?|heridos?|detenidos?|afectados?")
_AUXILIARY = (r"ser|será|serán|sería|serían|sido|es|son|era|eran|fue|fueron|sea|sean|fuera|fueran|está|están|estará|"
              r"estarán|estaba|estaban|ha|han|había|habían|habrá|habrán|haya|hayan|queda|quedan|quedó|quedará|quedarán|"
              r"resultó|resultaron|resultará|va|van|iba|iban|se|que|y|o")
_PARTICIPLE_DONE = (r"\b(?:el|la|los|las|un|una|unos|unas|este|esta|estos|estas)\s+"
                    r"(?!(?:" + _AUXILIARY + r")\b)(?!(?:" + _PRENOMINAL + r")\w*\b)[\w-]+\s+"
                    r"(?-i:(?=[a-záéíóúñ]))(?!(?:" + _NOUN_NOT_PARTICIPLE + r")\b)(?:" + _DONE_PARTICIPLES + r")"
                    r"\s+(?:(?:en|durante)\s+|(?:el|del|al)\s+(?:d[ií]a\s+)?)?$")  # (a day's article: tense())
PAST_CUE = _LASTING_PAST + r"\b|" + _APPOSED_DONE + "|" + _PARTICIPLE_DONE
# ... and a preterite right after a comma, right before the date: the inverted clause of saying that closes a sentence
# told in the future ("El domingo se celebrará la segunda vuelta, informó el martes la Registraduría": its own day,
# the past one; tense.governed_past wants a subject before the verb). Not a verb of planning ("..., convocó el lunes")
PAST_CUE += (r"|,\s*(?:según\s+)?(?:(?:se|lo|la|le|les)\s+)?" + _GOV_NOT_PLAN + r"(?-i:(?=[a-záéíóúñ]))"
             r"(?:\w{2,}(?:ó|aron|ieron|yeron|jeron)|" + _IRREGULAR_PAST + r")\s+(?:(?:el|del|al)\s+(?:d[ií]a\s+)?)?$")
# ... and after "según" and a preterite of saying with its subject between it and the date ("La aerolínea encargará 50
# aviones, según anunció la compañía el viernes", "según informó el Ministerio de Economía el lunes"): the saying's own
# day, the past one (not a verb of planning: _SAYING is a closed list); not across a future or a second article, the
# reported clause's own subject and verb after a missing comma ("Según dijo el técnico el equipo jugará el domingo")
PAST_CUE += (r"|\bsegún\s+(?:lo\s+)?" + _SAYING + r"\s+(?:el|la|los|las|su|sus)\s+(?:(?!(?:que|y|e|pero|aunque)\b|(?-i:[a-záéíóúñ])\w+(?:rá|rán|ría|rían)\b|(?<!\bde\s)(?:el|la|los|las)\b)[\w-]+\s+){1,4}?$")
# ... and a preterite of a done act whose object comes between it and the date ("Seat vendió 30.000 coches en diciembre",
# "Un A380 sufrió una avería en un motor el 4 de noviembre", "El A400M realizó su primer vuelo en diciembre"): the
# sale, the breakdown, the flight are done, and so is their day (tense.governed_past wants only a preposition's phrase
# between: "anunció despidos en abril" may tell a plan). A closed list of acts, not of saying or planning; not across
# "que", "para", "hasta", "y", a preposition's infinitive or a future ("vendió la fábrica y cerrará en diciembre");
# nor "con" ("un pedido con entrega en diciembre": the delivery is to come), nor a date that closes a noun's "de", "del",
# "al" (it dates the noun's event, not the act: "vendió las entradas del concierto de diciembre", "perdió a su portero
# de cara al partido del domingo")
_DONE_ACTS = (r"(?:(?:vendi|compr|gan|perdi|transport|entreg|fabric|registr|realiz|sufri|factur|export|import|matricul|"
              r"despidi|cerr|lanz|inaugur|abri|adquiri|ingres|recaud)(?:ó|eron|aron)|produjo|produjeron|obtuvo|"
              r"obtuvieron|"
              # (the pluperfect of the same acts: "Seat había vendido 30.000 coches en diciembre")
              r"(?:había|habían)\s+(?:vendido|comprado|ganado|perdido|transportado|entregado|fabricado|registrado|"
              r"realizado|sufrido|facturado|exportado|importado|matriculado|despedido|cerrado|lanzado|inaugurado|"
              r"abierto|adquirido|ingresado|recaudado|producido|obtenido))")
_DONE_ACT_BEFORE = (r"\b" + _DONE_ACTS + r"\b(?:(?!\b(?:que|para|hasta|y|e|pero|aunque|cuando|si|donde|partir|con)\b)"
                    r"(?!\b(?-i:[a-záéíóúñ])\w+(?:rá|rán)\b)(?!\b(?:a|de|por|sin)\s+\w+(?:ar|er|ir)(?:se|lo|la)?\b)"
                    r"(?:[^,;:.]|(?<=\d)[,.](?=\d))){1,60}?(?<!\bde)(?<!\bdel)(?<!\bal)\s+"
                    r"(?:(?:en|durante|(?:a\s+)?(?:finales|principios|mediados|comienzos)\s+de)\s+)?$")
PAST_CUE += "|" + _DONE_ACT_BEFORE
# ... and a preterite opening its sentence or a clause after a comma, right before the date or its "en" (Spanish drops
# the subject, which tense.governed_past wants before the verb): "Fue elegido en mayo presidente del club", "El
# presidente de la empresa, Juan Pérez, dimitió el 2 de abril"
PAST_BEFORE = (_LASTING_PAST + r"\s+$|(?:^|,)\s*(?:(?:se|no|lo|la|le|les)\s+)?" + _GOV_NOT_PLAN +
               r"(?:(?:fue|fueron|estuvo|estuvieron)\s+" + _GOV_NOT_PLAN + r"\w+|\w{2,}(?:ó|aron|ieron|yeron|jeron)|" +
               _IRREGULAR_PAST + r")\s+(?:(?:en|desde|durante)\s+)?$|" + _APPOSED_DONE + "|" + _PARTICIPLE_DONE +
               "|" + _DONE_ACT_BEFORE)

# a weekday (or a weekend) that closes the noun phrase of a scheduled event ("el partido del domingo", "la reunión
# del jueves", "la final del sábado"), that phrase the subject of a verb in the future ("El partido del domingo será
# decisivo", "La final del sábado estará arbitrada por ...", "La huelga del lunes será la primera"): the event is to
# come, so the day is the coming one. The future of "ser", "estar", "haber", "tener" is no cue by itself (FUTURE_AFTER:
# a guess, a description); with a scheduled event as its subject it tells the event's time. Not an outcome ("La
# victoria del domingo será difícil de olvidar": the victory is won), nor across "que" or a clause's comma
_EVENT_NOUNS = (r"partido|partidos|encuentro|choque|derbi|duelo|final|semifinal|eliminatoria|carrera|etapa|combate|"
                r"regata|reunión|reuniones|cumbre|sesión|pleno|junta|asamblea|votación|debate|elecciones|comicios|"
                r"referéndum|consulta|manifestación|concentración|marcha|huelga|paro|juicio|vista|comparecencia|"
                r"conferencia|ceremonia|inauguración|concierto|gala|sorteo|cita|investidura|consejo|cónclave|"
                r"congreso|jornada|prueba|desfile|procesión|misa|funeral|entierro")
_EVENT_NP_BEFORE = _rx(r"\b(?:el|la|los|las)\s+(?:[\w-]+\s+)?(?:" + _EVENT_NOUNS + r")\s+"
                              r"(?:de\s+(?:este|esta|la\s+tarde\s+del|la\s+noche\s+del)|del)\s+$", re.I)
# ... and an event whose weekday or date closes its noun phrase after a preposition of purpose or preparation ("para el
# choque del sábado", "de cara al partido del domingo", "pensando en el partido del domingo", "con vistas a la reunión
# del lunes"): an event to come, so the coming day (FUTURE_CUE, searched before the mention); not "tras", "después de"
# ("Tras la derrota del domingo"), nor an outcome ("para la victoria del domingo" is no event noun)
# ... and a date right after "para", a term to come ("Para Agosto Brasil espera la visita", "para finales de junio"; not
# past a verb right after it in the past: PAST_AFTER, "Las entradas para el lunes se agotaron")
# (with a day's article and "día", which tense() reads as the mention's leading words: "convocó elecciones para el 8
# de abril", said in November: the coming April)
FUTURE_CUE += r"|\bpara\s+(?:(?:finales|fines|principios|comienzos|mediados)\s+de\s+|(?:el|del|al)\s+(?:d[ií]a\s+)?)?$"
FUTURE_CUE += (r"|\b(?:para|de\s+cara\s+al?|pensando\s+en|con\s+vistas\s+al?|preparar|preparan?|preparando)\s+"
               r"(?:(?:el|la|los|las)\s+)?(?:[\w-]+\s+)?(?:" + _EVENT_NOUNS +
               r")\s+(?:de\s+(?:este|esta)|del)\s+$")
# a day set by an act of calling ("El Gobierno convocó elecciones para el 9 de abril", "Los sindicatos convocaron una
# huelga general para el 20 de junio"): a call comes weeks or a few months before its day, so the nearest such day, the
# past one when nearer (said in May: that April; said in November: the next April; resolvers._anchor_year reads the
# sentence before the day, "\x00", the sentence after it); not a call told in the perfect ("El partido ha convocado su
# congreso para el 20 de enero") or dated in the sentence ("convocó ayer elecciones para el 26 de noviembre"), news
# of a day to come. And a plan told in the imperfect or the pluperfect, then undone after "pero", "aunque",
# "finalmente" by a past verb of cancelling or postponing ("Las elecciones estaban previstas para el 9 de abril, pero
# fueron aplazadas"): its day may be past (not the plan alone, "La reunión estaba prevista para el 15 de septiembre",
# nor one moved in the perfect, "pero se ha adelantado al verano")
_CALL_DATED = (r"(?!.*\b(?:ayer|anoche|anteayer|hoy|est[ea]\s+(?:semana|mes)|lunes|martes|miércoles|jueves|viernes|"
               r"sábado|domingo)\b)")
_UNDONE = (r"(?:aplaz|suspend|cancel|anul|retras|prohib|frustr|desconvoc|pospus|pospuest|suprim|revoc)\w*")
PLAN_NEAREST = _rx(r"\A" + _CALL_DATED + r"[^\x00]*\bconvoc(?:ó|aron)\b(?:\s+(?!(?:que|y|e|pero|aunque)\b)[\w-]+){0,5}?"
                   r"\s+para\s+(?:(?:el|del|al)\s+(?:d[ií]a\s+)?)?\x00|"
                   r"\b(?:estaba|estaban|había|habían)\s+(?:sido\s+)?(?:\w+(?:ad|id)[oa]s?|previst[oa]s?|"
                   r"dispuest[oa]s?|puest[oa]s?)\b(?:\s+(?!(?:que|y|pero|aunque)\b)[\w-]+){0,4}?\s+para\s+"
                   r"(?:(?:el|del|al)\s+(?:d[ií]a\s+)?)?\x00[^.;\x00]*?\b(?:pero|aunque|finalmente|sin\s+embargo)\b"
                   r"(?:[^.;\x00]*?\b(?:fue|fueron|se|l[oa]s?)\s+" + _UNDONE + r"(?:ó|aron|ieron|ió|d[oa]s?|tas?|o)\b|"
                   r"[^.;\x00]*?\b" + _UNDONE + r"(?:ó|aron|ieron|ió)\b)", re.I)
# ... nor a work told finished by a day in the imperfect or the pluperfect ("Las obras estaban terminadas para el 1 de
# marzo", "habían concluido el informe para el día 3"): a deadline met, past (not "estarán terminadas para el 1 de
# marzo"; a plan, "estaba prevista para", is left to PLAN_NEAREST): PAST_CUE, ending where the cue of the future ends
PAST_CUE += (r"|\b(?:estaba|estaban|había|habían)\s+(?:sido\s+)?(?:terminad|acabad|concluid|finalizad|completad|list)"
             r"[oa]s?\b(?:\s+(?!(?:que|y|pero|aunque)\b)[\w-]+){0,3}?\s+para\s+(?:(?:el|del|al)\s+(?:d[ií]a\s+)?)?$")
# ... but not in a reason told after a preterite, "por" and an infinitive ("El club multó a tres jugadores por llegar
# tarde a la concentración para el partido del domingo": the match is past, the fine after it): PAST_CUE, ending where
# the cue of the future ends, wins
PAST_CUE += (r"|\b\w{2,}(?:ó|aron|ieron)\b[^,;:.]*?\bpor\s+(?:no\s+)?\w+(?:ar|er|ir)(?:se|lo|la|le)?\b[^,;:.]*?"
             r"\b(?:para|de\s+cara\s+al?|con\s+vistas\s+al?)\s+(?:(?:el|la|los|las)\s+)?(?:[\w-]+\s+)?(?:" +
             _EVENT_NOUNS + r")\s+(?:de\s+(?:este|esta)|del)\s+$")
_FUTURE_VERB_AFTER = _rx(r"\s*(?:(?!que\b|y\b)[\w-]+\s+){0,4}?(?:\w{2,}(?:rá|rán)|(?:va|van)\s+a\s+\w+r)\b",
                                re.I)


# a weekday (or "el fin de semana") after a verb in the present of a scheduled act, a fixture or an appointment ("El
# Barcelona visita el sábado al Valencia", "El presidente viaja el lunes a Bruselas", "El Parlamento debate el viernes
# la moción", "La huelga comienza el lunes"): a plan, so the coming day. A closed list of such verbs: the present by
# its ending also tells past events in headlines ("Muere otra persona el domingo", "Detienen el martes a tres
# personas"), a result ("El Athletic vence el sábado al Betis") or a state ("en huelga desde el lunes"), and an ending
# cannot tell a verb from a noun. Not the noun ("la visita del lunes", "el debate el lunes": an article or a
# preposition before it); with words between (its object: "visita al Valencia el sábado") only before "el" + weekday,
# not "del" (a noun's: "celebra la victoria del domingo"), and not across "que", "y" or a clause's punctuation
_PLAN_VERBS = (r"visitan?|reciben?|juegan?|disputan?|enfrentan?|viajan?|comparecen?|reúnen?|debaten?|votan?|juzgan?|"
               r"inauguran?|presiden?|llegan?|comienzan?|empiezan?|arrancan?|inician?|celebran?|clausuran?|estrenan?|"
               r"actúan?|concluyen?|finalizan?|terminan?(?!\s+de\b)")  # (not "termina de": has just)
_NOT_NOUN = (r"(?<![\w-])(?<!\bel\s)(?<!\bla\s)(?<!\blos\s)(?<!\blas\s)(?<!\bun\s)(?<!\buna\s)(?<!\bsu\s)(?<!\bsus\s)"
             r"(?<!\bdel\s)(?<!\bde\s)(?<!\bal\s)(?<!\besta\s)(?<!\beste\s)(?<!\bnueva\s)(?<!\bnuevo\s)")
# ... nor the noun with an adjective between it and its determiner ("Una larga visita el lunes a la zona cero dejó
# imágenes", "Tras una dura disputa el domingo", "En su última visita el viernes"): a closed list of the adjectives
# the press puts before a noun (not "La ministra visita el lunes": a noun, not an adjective, after the article)
_ADJ_BEFORE_NOUN = _rx(r"\b(?:el|la|los|las|un|una|unos|unas|su|sus|esta|este|esa|ese|mi|tu|nuestra|nuestro|otra|otro)\s+"
                       r"(?:larg[oa]s?|breves?|cort[oa]s?|dur[oa]s?|últim[oa]s?|primer[oa]?s?|segund[oa]s?|tercer[oa]?s?|"
                       r"nuev[oa]s?|reciente|históric[oa]s?|esperad[oa]s?|polémic[oa]s?|intens[oa]s?|tens[oa]s?|gran|"
                       r"grandes|agri[oa]s?|enconad[oa]s?|ardu[oa]s?|fugaz|sorpresiv[oa]s?|inesperad[oa]s?|discret[oa]s?|"
                       r"rápid[oa]s?|accidentad[oa]s?|emotiv[oa]s?|maratonian[oa]s?|tradicional|anterior|anunciad[oa]s?|"
                       r"prevista|previsto|oficial|enésim[oa]s?|ajustad[oa]s?|reñid[oa]s?)\s+$", re.I)
_PLAN_PRESENT = _rx(
    _NOT_NOUN + r"(?:se\s+)?(?:" + _PLAN_VERBS + r")(?P<between>\s+(?:(?!(?:que|y|e|o|ni|pero|desde|tras|hasta)\b)[\w-]+\s+)"
    r"{0,3}?|\s+)$", re.I)
# ... or right after a fronted weekday ("El sábado se juega la final de Copa", "El jueves se celebra el Día Mundial del
# Agua"; not after "desde", "hasta", "tras": "Desde el lunes reciben asistencia" is a state since a day)
_PLAN_PRESENT_AFTER = _rx(r"\s*,?\s*(?:se\s+)?(?:" + _PLAN_VERBS + r")\b", re.I)
# ... and a deadline's verb in the present with its "plazo" ("El plazo de presentación de ofertas concluye el viernes",
# "El lunes vence el plazo"), a scheduled event's noun with "es" right before the weekday ("La votación es el jueves",
# "La cita es el lunes en Bruselas"), "está prevista" right after it ("El martes está prevista la llegada del Rey"):
# the coming day (not the preterite: "El plazo venció el viernes")
_DEADLINE = r"(?:vence|vencen|expira|expiran|concluye|finaliza|acaba|termina|se\s+cierra)"
_PLAN_BEFORE = _rx(r"(?:\bplazo\b[^,.;:]{0,60}?\b" + _DEADLINE + r"|\b(?:el|la|los|las)\s+(?:" + _EVENT_NOUNS +
                          r")\s+(?:es|son))\s+$", re.I)
_PLAN_AFTER = _rx(r"\s*,?\s*(?:" + _DEADLINE + r"\s+el\s+plazo|(?:está|están)\s+previst[oa]s?)\b", re.I)
_SINCE_BEFORE = _rx(r"\b(?:desde|hasta|tras|antes\s+de|después\s+de)\s+$", re.I)
_WEEKDAY_OR_WEEKEND = _rx(r"(?:el\s+)?(?:" + "|".join(w for w in WEEKDAYS if "." not in w) +
                                 r"|fin\s+de\s+semana)\b", re.I)


# ... unless the sentence tells it as a narrative of done events, a lead's historical present ("Un hombre llega el
# sábado a urgencias con heridas y muere horas después", "La Guardia Civil recibe el viernes el aviso y encuentra el
# cadáver", "El tren llega el domingo a Atocha con retraso, según denunciaron los pasajeros"): a preterite later in
# the sentence, "horas/minutos/poco después", or "y" + a verb of a done event in the present (a closed list: death,
# finding, arrest, refusal, destruction, decree), the past day kept
# (not an active preterite right after a relative pronoun: "El Barcelona visita el sábado al Valencia, que ganó la Liga
# el año pasado"; not a verb of saying that attributes the plan: "El juicio comienza el lunes, informó ayer el tribunal")
_NARRATIVE_AFTER = _rx(
    r"[^.;!?]*?(?:(?<!\bque\s)(?<!\bquien\s)(?<!\bquienes\s)(?<!\bdonde\s)(?<!\bque\sya\s)(?<!\bque\sse\s)(?<!\bque\slo\s)(?<!\bque\sla\s)\b(?!" + _SAYING + r")(?-i:[a-záéíóúñ])\w{2,}(?:ó|aron|ieron|yeron|jeron)\b|\b(?:fue|fueron|hubo)\b|"
    r"\b(?:horas|minutos|instantes|poco|momentos)\s+(?:después|más\s+tarde)\b|\bdesde\s+entonces\b|"
    r"\b(?:y|e)\s+(?:[\w-]+\s+){0,3}?(?:(?:se|le|lo|la|les|los)\s+)?(?:mueren?|fallecen?|encuentran?|hallan?|detienen?|"
    r"arrestan?|matan?|hieren?|arrasan?|destruyen?|niegan?|confiesan?|huyen?|decreta|decretan|resultan?\s+herid|"
    r"ingresan?|rescatan?|desalojan?|evacuan?))", re.I)


def clause_tense(text, s, e):
    """+1 when the weekday at text[s:e] closes the noun phrase of a scheduled event that is the subject of a future
    verb ("El partido del domingo será decisivo"), or follows a verb of a scheduled act in the present (_PLAN_PRESENT:
    "El Barcelona visita el sábado al Valencia"); else 0 (no reading of its own)."""
    if _EVENT_NP_BEFORE.search(text, max(0, s - 60), s) and _FUTURE_VERB_AFTER.match(text, e):
        return 1
    if _WEEKDAY_OR_WEEKEND.fullmatch(text, s, e):
        if _NARRATIVE_AFTER.match(text, e):
            return 0
        m = _PLAN_PRESENT.search(text, max(0, s - 60), s)
        if m is not None and _ADJ_BEFORE_NOUN.search(text, max(0, m.start() - 40), m.start()):
            m = None
        if m is not None and (m.group("between").strip() == "" or text[s:s + 3].lower() == "el "):
            return 1
        if _PLAN_PRESENT_AFTER.match(text, e) and not _SINCE_BEFORE.search(text, max(0, s - 15), s):
            return 1
        if _PLAN_BEFORE.search(text, max(0, s - 100), s) or _PLAN_AFTER.match(text, e):
            return 1
    return 0


# the preterite right before "este lunes" ("El ministro anunció este lunes que dimitirá"): that clause's verb tells
# the day, not the one after "que" (resolvers.r_weekday, THIS_WEEKDAY_BY_TENSE)
VERB_BEFORE_PAST = r"\b\w{2,}(?:ó|aron|ieron|yeron|jeron)\s+$"

# days the press names by their day and the initial of their month (resolvers.r_named_date), those of one year only
NAMED_DATES = {"11-S": "2001-09-11", "11-M": "2004-03-11", "23-F": "1981-02-23"}
SEASONS = {"primavera": "SP", "verano": "SU", "otoño": "FA", "invierno": "WI"}
GENERIC_SEASONS = True  # a season alone in a clause without past or future tense is any such season (no value)

NUMBERS = {
    "un": 1, "una": 1, "uno": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7,
    "ocho": 8, "nueve": 9, "diez": 10, "once": 11, "doce": 12, "quince": 15, "veinte": 20, "treinta": 30,
    "cuarenta": 40, "cincuenta": 50, "cien": 100,
}
# ... and the rest of the numbers written as one word ("hace veinticinco años", "dentro de dieciocho meses", "hace
# sesenta años"), as Wikinews and the Latin American press write them
NUMBERS |= {"trece": 13, "catorce": 14, "dieciséis": 16, "diecisiete": 17, "dieciocho": 18, "diecinueve": 19,
            "veintiuno": 21, "veintiún": 21, "veintiuna": 21, "veintidós": 22, "veintitrés": 23, "veinticuatro": 24,
            "veinticinco": 25, "veintiséis": 26, "veintisiete": 27, "veintiocho": 28, "veintinueve": 29,
            "sesenta": 60, "setenta": 70, "ochenta": 80, "noventa": 90, "doscientos": 200, "trescientos": 300,
            "quinientos": 500}  # not "mil": "dos mil años atrás" would read as "mil años atrás"
VAGUE_NUMBERS = ("varios", "varias", "algunos", "algunas", "unos", "unas", "unos cuantos", "unas cuantas", "muchos",
                 "muchas")
ORDINALS = {"primer": 1, "primero": 1, "segundo": 2, "tercer": 3, "tercero": 3, "cuarto": 4}
# centuries in words: "el siglo decimonoveno", and as Spanish names them past the tenth, by their cardinal: "el siglo
# diecinueve", "el siglo veinte"
ORDINALS |= {w: i + 5 for i, w in enumerate(
    "quinto sexto séptimo octavo noveno décimo undécimo duodécimo decimotercero decimocuarto decimoquinto decimosexto "
    "decimoséptimo decimoctavo decimonoveno vigésimo".split())} | {"decimonono": 19, "vigésimo primero": 21}
ORDINALS |= {w: i + 11 for i, w in enumerate(
    "once doce trece catorce quince dieciséis diecisiete dieciocho diecinueve veinte veintiuno".split())}
UNITS = {"día": "D", "días": "D", "dia": "D", "dias": "D", "semana": "W", "semanas": "W",
         "fin de semana": "WE", "mes": "M", "meses": "M", "trimestre": "Q", "trimestres": "Q", "semestre": "H",
         "semestres": "H", "año": "Y",
         "años": "Y", "decenio": "DEC", "siglo": "CENT", "década": "DEC", "decenios": "DEC", "décadas": "DEC", "siglos": "CENT",
         "milenios": "MIL"}
# "el pasado ejercicio", "el ejercicio anterior": the (fiscal) year of a company's accounts; not "el próximo
# ejercicio militar" (an exercise: _NOT_FISCAL)
UNITS |= {"ejercicio": "Y", "ejercicios": "Y"}
THAT_UNITS = {"ejercicio": "Y", "trimestre": "Q"}  # "el ejercicio anterior" after a year told: the year before it (anchored.r_that_unit)
# ... nor "este ejercicio", "ese ejercicio" (mostly an exercise: "Con este ejercicio, los alumnos aprenden")
_NOT_FISCAL = (r"(?:(?<!ejercicio)(?<!ejercicios)|"
               r"(?!\s+(?:militar|militares|naval|navales|conjunto|conjuntos|físico|físicos|de|del)\b))"
               r"(?<!\beste\sejercicio)(?<!\bese\sejercicio)")
# "el último día del año", "la última semana de marzo", "la última semana de campaña": the final one of something,
# not the one before today's (viz.dates.resolvers.r_relunit)
NTH_LAST = ("último", "ultimo")  # "el último domingo de marzo"
FINAL_DIRS = ("último", "última", "ultimo", "ultima")
FINAL_BEFORE = r"\b(?:el|la|del|al)|[,;:(]"  # ... or in an apposition: "el 28 de febrero, último día del mes"
FINAL_AFTER = r"\s+(?:de|del)\b"
PLURAL_UNITS = ("días", "dias", "semanas", "meses", "trimestres", "semestres", "años", "ejercicios", "décadas", "decenios", "siglos", "milenios")
DIRS = {"pasado": -1, "pasada": -1, "anterior": -1, "próximo": 1, "próxima": 1, "proximo": 1, "proxima": 1,
        "que viene": 1, "entrante": 1, "último": -1, "última": -1, "ultimo": -1, "ultima": -1, "este": 0, "esta": 0, "ese": 0, "presente": 0, "en curso": 0}
# "el año antepasado", "la semana antepasada": the one before the last (Latin American and colloquial Spanish)
DIRS |= {"antepasado": -2, "antepasada": -2}
# "el actual ejercicio", "el año actual", "el actual mes de noviembre": the current one (one mention; "actual" before
# another noun stays PRESENT_REF: "el actual presidente")
DIRS |= {"actual": 0}
# the plurals, before a plural unit: "en los próximos meses", "los últimos años", "los días pasados": a vague
# future or past (see viz.dates.resolvers.r_relunit)
DIRS |= {"próximos": 1, "próximas": 1, "proximos": 1, "proximas": 1, "últimos": -1, "últimas": -1, "ultimos": -1,
         "ultimas": -1, "pasados": -1, "pasadas": -1}
AGO_FUTURE = ("dentro de",)
ANCHORED_AFTER = ("después", "más tarde")  # "dos días después dimitió": from the story's last date
ANCHORED_BEFORE = ("antes",)  # "un mes antes había sido acusado": back from the story's last date ("atrás" is "ago")
# fixed-date holidays (name -> (month, day)); a date only after a time preposition, a direction or with a year (see RULES)
# a sentence of repeated events ("todos los años en Navidad", "cada año por Semana Santa"): its feast is no one date;
# not "como cada año" (as every year), which reports this year's
HABITUAL_CUE = (r"\b(?<!como\s)(?:cada|todos\s+los\s+(?:años|días|meses|domingos|sábados|lunes|martes|miércoles|jueves|"
                r"viernes|veranos|inviernos|otoños|fines\s+de\s+semana)|todas\s+las\s+(?:semanas|navidades|primaveras|"
                r"noches|mañanas|tardes)|anualmente|tradicionalmente|habitualmente|suele|suelen)\b[^.;]{0,60}$")
HOLIDAYS = {"navidad": (12, 25), "nochebuena": (12, 24), "nochevieja": (12, 31), "año nuevo": (1, 1),
            "día de reyes": (1, 6), "todos los santos": (11, 1), "san valentín": (2, 14),
            # the feasts of the United States that Wikinews translates: (month, weekday, nth): Thanksgiving, the fourth
            # Thursday of November
            "acción de gracias": (11, 3, 4),
            # the feasts that move with Easter: ("easter", days after Easter Sunday)
            "pascua": ("easter", 0), "domingo de resurrección": ("easter", 0), "viernes santo": ("easter", -2),
            "jueves santo": ("easter", -3), "domingo de ramos": ("easter", -7), "miércoles de ceniza": ("easter", -46),
            "lunes de pascua": ("easter", 1), "sábado santo": ("easter", -1), "lunes santo": ("easter", -6), "martes santo": ("easter", -5),
            "miércoles santo": ("easter", -4), "sábado de gloria": ("easter", -1), "domingo de pentecostés": ("easter", 49), "pentecostés": ("easter", 49),
            "día de la ascensión": ("easter", 39), "jueves de la ascensión": ("easter", 39),
            # the fixed feasts of Spain and Latin America (not "San Juan", also a city, nor the Mother's Day, whose day
            # differs by country)
            "víspera de navidad": (12, 24), "día del trabajo": (5, 1), "día del trabajador": (5, 1),
            "día de la hispanidad": (10, 12), "día de la constitución": (12, 6), "día de la inmaculada": (12, 8),
            "día de los inocentes": (12, 28), "día de todos los santos": (11, 1), "día de muertos": (11, 2),
            "día de los muertos": (11, 2)}
RELDAYS = {"anoche": -1, "ayer": -1, "hoy": 0,  # not "esta noche": a TIME (TNI) in Spanish TimeBank
           "mañana": 1, "anteayer": -2, "antier": -2, "pasado mañana": 2}
# "esta mañana", "esta tarde": a part of the reference day, a TIME in TimeML (TMO, TAF; the scorer ignores a DATE
# inside it), the day for a timeline ("El ministro anunció esta mañana", "Esta tarde el Congreso votará"), as French
# "ce matin" and German "heute Morgen" are read
RELDAYS |= {"esta mañana": 0, "esta tarde": 0}
REFS = {"actualmente": "PRESENT_REF", "la actualidad": "PRESENT_REF", "hoy en día": "PRESENT_REF",
        "hoy día": "PRESENT_REF", "hoy por hoy": "PRESENT_REF", "ahora": "PRESENT_REF", "estos días": "PRESENT_REF", "estos momentos": "PRESENT_REF",
        "este momento": "PRESENT_REF", "el momento actual": "PRESENT_REF",
        "recientemente": "PAST_REF", "últimamente": "PAST_REF", "ultimamente": "PAST_REF", "antaño": "PAST_REF",
        "algún día": "FUTURE_REF", "largo plazo": "FUTURE_REF", "medio plazo": "FUTURE_REF",
        "corto plazo": "FUTURE_REF", "hasta el momento": "PRESENT_REF", "por el momento": "PRESENT_REF",
        "hasta ahora": "PRESENT_REF", "desde entonces": "PAST_REF", "hasta entonces": "PAST_REF",
        "aquel entonces": "PAST_REF", "hace poco": "PAST_REF", "de momento": "PRESENT_REF",
        "lo antes posible": "FUTURE_REF", "lo más pronto posible": "FUTURE_REF", "cuanto antes": "FUTURE_REF",
        "lo más rápido posible": "FUTURE_REF", "próximamente": "FUTURE_REF", "proximamente": "FUTURE_REF"}  # "entonces" alone is also "so"; SPAN_DROP leaves out "hasta", "desde"
# words TimeML leaves outside a mention: "desde [el lunes]", "a [finales de mayo]", "en [la actualidad]"
SPAN_DROP = r"desde|hasta|en|a|de|durante|para|entre|antes\s+de|después\s+de|a\s+partir\s+de|por"
# the article before a day of a range is part of its mention: "[del 6] [al 9 de abril]", "entre [el 7] y [el 8 de junio]"
DAY_ARTICLE = r"(?:del|el|al)\s+"
# "today": the day of the text or "nowadays" (the rule is in viz.dates.engine.Lang)
GENERIC_TODAY = ("hoy",)
TODAY_AS_DATE_AFTER = (r"\s*,?\s*(?:(?:el\s+)?(?:lunes|martes|miércoles|miercoles|jueves|viernes|sábado|sabado|domingo)\b|"
                       r"(?:por\s+la\s+(?:mañana|tarde|noche)|mismo)\b|a\s+las?\s+\d)|"
                       # ... and a fronted "Hoy," whose clause after the comma has a preterite ("Hoy, el Banco de
                       # Inglaterra redujo los tipos": an event of the day; "Hoy, los jóvenes no leen" is nowadays)
                       # (not a preterite of a relative clause: "Hoy, la ciudad que fundaron los romanos es ...")
                       # (not with a quantifier for its subject: "Hoy, la mayoría de los jóvenes nacieron con
                       # internet", "Hoy, ocho de cada diez españoles se vacunaron": nowadays)
                       r"\s*,(?!\s+(?:la\s+mayoría|la\s+mitad|la\s+mayor\s+parte|buena\s+parte|gran\s+parte|la\s+minoría|"
                       r"muchos|muchas|pocos|pocas|casi\s+todos|casi\s+todas|todos|todas|\w+\s+de\s+cada|"
                       r"un\s+tercio|dos\s+tercios|\w+\s+por\s+ciento|\d+\s*%|cada\s+vez\s+más|varios|varias)\b)(?:\s+(?!(?:que|quien|quienes|donde|cuando|cuy[oa]s?)\b)[^\s.;:!?,]+){0,8}?\s+(?:\w{2,}(?:ó|aron|ieron|yeron|jeron)|" + _IRREGULAR_PAST + r")\b")
# ... not a verb before a relative clause that "hoy" closes ("sentó las bases del conocimiento que tenemos hoy": the
# present of that clause, nowadays)
# ... nor the preterite of a relative clause before it when a present follows "hoy" ("Los que lucharon por la
# democracia hoy son olvidados", "Las empresas que quebraron en 1998 hoy buscan inversores", "Los que antes
# gobernaron el país hoy están en la cárcel": then and now); "Los que marcharon hoy" is today's
_RELATIVE_BEFORE = (r"(?:(?<=\bque\s)|(?<=\bquienes\s)|(?<=\bquien\s)|(?<=\bque\sse\s)|(?<=\bque\sya\s)|"
                    r"(?<=\bque\sno\s)|(?<=\bque\santes\s)|(?<=\bque\snunca\s)|(?<=\bquienes\santes\s))")
_PRESENT_AFTER_TODAY = (r"[^,.;:]*?\bhoy\s+(?:(?:no|se|ya|lo|la|los|las|le|les|nos)\s+)?"
                        r"(?!(?:fue|fueron|era|eran|hubo|dijo)\b)(?!\w+(?:aba|aban|ía|ían|rá|rán|ría|rían|ó)\b)"
                        r"(?:\w+(?:a|e|an|en|on|ay|es)|está|están|es|hay)\b")
# ... or a present of a state before "hoy" ("La tecnología que introdujo Apple es hoy omnipresente", "El sistema que redujo la pobreza
# sigue hoy vigente", "La ley que redujo los plazos está hoy en el Constitucional"; not an act: "La comisión que creó el Gobierno se reúne hoy")
_PRESENT_BEFORE_TODAY = (r"[^,.;:]*?\b(?:es|son|está|están|sigue|siguen|queda|quedan|hay|permanecen?|continúan?|resultan?|"
                         r"se\s+(?:nota|notan|mantiene|mantienen|conserva|conservan|percibe|perciben))"
                         r"\s+hoy\b(?!\s+(?:mismo|por\s+la)\b)")
# the compounds of the irregular preterites ("mantuvo", "obtuvo", "impuso", "intervino"): a past verb near "hoy"
_IRREG_COMPOUNDS = (r"(?:man|ob|re|con|de|sos|abs|entre)tuvo|(?:im|pro|dis|su|ex|com|re|pos|inter|contra|trans)puso|"
                    r"(?:inter|con|pre|sobre|pro)vino")
TODAY_AS_DATE_NEAR = (r"\b(?!" + _RELATIVE_BEFORE + r"(?:\w{2,}(?:ó|aron|ieron|yeron|jeron)|\w+dujo|\w+dujeron|trajo|trajeron|" +
                      _IRREG_COMPOUNDS + r")\b" +
                      r"(?:" + _PRESENT_AFTER_TODAY + "|" + _PRESENT_BEFORE_TODAY + r"))" +
                      r"(?:ha|han|había|habían|será|serán|va|van|dijo|afirmó|anunció|declaró|informó|aseguró|"
                      r"explicó|según|hizo|dijo|puso|tuvo|estuvo|\w+dujo|trajo|desde|hasta|a\s+partir\s+de|"
                      # (a compound, not across a word that opens another clause before "hoy": "obtuvo la independencia
                      # en 1821 y hoy es una república"; the clause ends at a comma, "que" is read below)
                      r"(?:" + _IRREG_COMPOUNDS + r")(?![^,.;:]*\b(?:y|e|pero|aunque|mientras|ni)\s+(?:[\w-]+\s+){0,3}?"
                      r"hoy\b)|"
                      r"\w{2,}(?:rá|rán|ó|aron|ieron|yeron|jeron))\b"
                      r"(?![^,.;:]*\bque\s+(?:[\w-]+\s+){0,3}hoy\b)")
TODAY_AS_DATE_BEFORE = (r"\b(?:anuncio|reunión|sesión|votación|voto|partido|conferencia|decisión|discurso|cumbre|"
                        r"manifestación|huelga|elecciones|audiencia|juicio|ceremonia|edición|encuentro|carrera|final|"
                        r"declaración)\s+de\s+")
# (and an agency's name in brackets in its dateline: "Madrid, 12 may (EFE).-", "(EFE).- La Bolsa ...", "Lima (AP)."; a
# place, its date maybe, the agency, then a dash or a period: not "Acción Popular (AP) es hoy", a party's acronym)
_AGENCY = r"\((?-i:EFE|Efe|AFP|AP|ANSA|DPA|Reuters|Europa\s+Press|Notimex|Prensa\s+Latina|Xinhua)\)"
# ... or as the credit closing the text, after whatever comes before it ("... sube hoy un 1,2 % (EFE).", "... en
# Fráncfort (Reuters).", "... el Barcelona. (EFE)"), but an acronym spelled out right before it: the two capitalised
# words before it (a connector between them) have the acronym's last two initials ("los Fondos de Pensiones (AFP).",
# "Acción Popular (AP)."; not "la Comisión Europea (EFE).")
_AGENCY_END = r"\s*" + _AGENCY + r"\s*\.?\s*(?:\Z|\n)"
_INITIALS = (("EFE|Efe", "F", "E"), ("AFP", "F", "P"), ("AP", "A", "P"), ("ANSA", "S", "A"), ("DPA", "P", "A"))
_CONNECTORS = r"(?:(?:de|del|la|las|los|y|e)\s+)*"
# (read from a token's start only, and first whether the agency follows it, so as cheap as a search for the bracket:
# the token right before the agency, unless a capitalised word with the acronym's last initial; or the token before
# that one, no connector and no capitalised word with the acronym's last but one initial)
_CLOSING_CREDIT = (r"(?<!\S)(?:(?=\S+" + _AGENCY_END + r")(?!" +
                   "|".join(r"(?-i:%s)\S*\s*\((?-i:%s)\)" % (last, names) for names, _, last in _INITIALS) +
                   r")|(?=\S+\s+" + _CONNECTORS + r"\S+" + _AGENCY_END + r")(?!(?:de|del|la|las|los|y|e)\s|" +
                   "|".join(r"(?-i:%s)\S*\s+%s\S*\s*\((?-i:%s)\)" % (before, _CONNECTORS, names)
                            for names, before, _ in _INITIALS) + r")\S)")


NEWS_CUE = (r"\b(?:ayer|anoche|anteayer|mañana|según|dijo|afirmó|anunció|declaró|informó)\b|\d\s*(?:horas|h)\b|" +
            _AGENCY + r"\s*\.?\s*[-\u2013\u2014]|" + _CLOSING_CREDIT +
            r"|\A\s*(?:(?-i:[A-ZÁÉÍÓÚ][\wáéíóúñ]+)(?:\s+(?-i:[A-ZÁÉÍÓÚ][\wáéíóúñ]+))*\s*"
            r"(?:,\s*\d{1,2}\s*\(|,?\s*" + _AGENCY + r"\s*\.)|" + _AGENCY + ")")

# a year-less month's figures, one of the last three months ("El dato de octubre se conocerá el 5 de diciembre", "Los
# datos correspondientes a marzo se publicarán el lunes", said in May): that month, done, however their release is told
# (resolvers._anchor_year; no verb between the noun and the month, nor "antes de", "a partir de": "Las exportaciones
# crecerán antes de marzo" is a term to come; a verb by an ending that no noun has, "-rá", "-aron", "-aba", "-ó", or
# from a closed list: "El IPC de Andalucía de abril" is April's figures)
# (a verb in "-ía", "-ían" from a closed list: an ending that is also a noun's, "Andalucía", "Turquía", "energía")
_FIGURE_VERBS_IA = (r"(?:había|sería|podría|habría|tendría|estaría|debería|crecería|caería|subiría|bajaría|"
                    r"aumentaría|descendería|mejoraría|empeoraría|crecía|caía|subía|descendía|tenía|preveía|"
                    r"disminuiría|repuntaría|superaría|alcanzaría)n?\b")
MONTH_FIGURES = (_rx(r"\b(?:datos?|cifras?|estadísticas?|IPC|índices?|indicadores?|paro|desempleo|inflación|afiliación|"
                     r"balanza|matriculaciones|exportaciones|importaciones|producción|informe|balance|recaudación|"
                     r"encuesta)\s+(?:(?:(?!(?:antes|después|despues|partir|hasta|desde|más|menos)\b)"
                     r"(?!\w+(?:rá|rán|aron|ieron|aba|aban)\b|\w{2,}ó\b|" + _FIGURE_VERBS_IA + r")\w+\s+){0,3}?(?:de|del)|(?:correspondientes?|relativ[oa]s?|referid[oa]s?)\s+al?)"
                     r"\s+$", re.I),
                 _rx(r"(?!)"))
# the last quarter completed, this year's one not yet begun, told by its figures before it ("Nokia presentará mañana sus
# cuentas del cuarto trimestre", "los resultados del cuarto trimestre", said in January; not "beneficios en el cuarto
# trimestre", a result that may be hoped for) or after a preterite in its
# clause ("El PIB cayó un 1,5% en el cuarto trimestre", said in January): last year's (resolvers._quarter_told_done;
# not across "que", "y", "pero" or a future: "Anunció que en el cuarto trimestre venderá"; not a verb of planning or
# promising, whose quarter is to come: "aplazó al cuarto trimestre la apertura", "prometió beneficios en el cuarto
# trimestre" (_GOV_NOT_PLAN); nor across "hasta", "para", a preposition's infinitive ("Se comprometió a reducir la deuda
# en el cuarto trimestre") or the end of a question)
QUARTER_FIGURE_BEFORE = _rx(
    r"\b(?:resultados|cuentas|beneficios?|ventas|ingresos|pérdidas|datos|cifras|balance|facturación)\s+"
    r"(?:trimestrales\s+)?(?:del|de)\s+$|"
    r"\b(?-i:(?=[a-záéíóúñ]))" + _GOV_NOT_PLAN + r"(?:\w{2,}(?:ó|aron|ieron|yeron|jeron)|" + _IRREGULAR_PAST + r")\b"
    r"(?:(?!\b(?:que|y|e|pero|aunque|cuando|si|hasta|para)\b)(?!\b(?:a|de|en|por|sin)\s+\w+(?:ar|er|ir)(?:se|lo|la)?\b)"
    r"(?!\b(?-i:[a-záéíóúñ])\w+(?:rá|rán)\b)(?:[^,;:.?!¿¡]|(?<=\d)[,.](?=\d)))*$", re.I)
# ("la final del sábado" is the final, a match: not "el final", the end)
MOD_PREFIX = (r"\b(?:(?:a\s+)?(?:principios|primeros|finales|fines|mediados|comienzos)\s+del?|"
              r"(?:al\s+|el\s+)?(?:inicio|comienzo|(?<!\bla\s)(?<!\blas\s)final|principio)\s+del?)\s+")

# "ha" is "has" ("En 2000 ha crecido"), not hectares
YEAR_CUE = r"\b(?:en|desde|de|del|año|hasta|entre|y|antes|después)"
# names made of a date: "la Avenida 17 de Junio", "la Agenda 2000"
DATE_NOT_AFTER = (r"\b(?:avenida|avda\.|calle|plaza|paseo|agenda|estadio|colegio|barrio|hospital|glorieta|parque|"
                  r"instituto|escuela|liceo|universidad|movimiento)")  # el Hospital 12 de Octubre, el Movimiento 26 de Julio
# ... and a year after a number and a slash: the number of a law of that year ("la Ley 19/2001", "el Real Decreto
# 463/2020"); a year before a slash and a number is one too ("la Directiva 2001/29/CE": YEAR_NOT_BEFORE)
# ... and a road's, a model's or a code's capitals and hyphen before it ("la autopista A-2000", "el modelo RX-2000")
# (not a Roman numeral: a half-year or term as the Latin American press writes it, "el semestre II-2021", "del I-2020")
YEAR_NOT_AFTER = (DATE_NOT_AFTER + r"|(?-i:\b(?!(?:I|II|III|IV)-)[A-Z]{1,3})-|[$€£#§]|\d[.,](?!\s)|\d/|\b(?:n[º°o]|pág|art|vol)\.?|\b(?:número|página|artículo|capítulo|sala|ruta|línea|vuelo|habitación|kilómetro|puerta|código|expediente|dorsal|"
                  r"más\s+de|menos\s+de|unos|unas|cerca\s+de|casi)")
_YEAR_PREPS = ("en", "de", "del", "desde", "hasta", "entre", "y", "o", "el", "año", "para", "hacia", "tras", "durante",
               "ejercicio", "al",
               # ... and the phrases that compare with a year or refer to one ("Las exportaciones crecieron respecto a
               # 1998 gracias al euro", "Frente a 1999 ventas y beneficios bajaron", "los datos relativos a 1999
               # publicados", "las cifras correspondientes a 1999 difundidas ayer")
               r"respecto\sa", r"respecto\sde", r"frente\sa", r"relación\sa", r"relación\scon", r"comparación\scon",
               r"relativo\sa", r"relativa\sa", r"relativos\sa", r"relativas\sa", r"correspondiente\sa",
               r"correspondientes\sa", r"referido\sa", r"referida\sa", r"referidos\sa", r"referidas\sa")
_NOT_PLURAL_NOUNS = (r"los|las|sus|unos|unas|les|nos|mis|tus|más|menos|ambos|ambas|ellos|ellas|todos|todas|dos|tres|"
                     r"seis|miles|cientos|varios|varias|muchos|muchas|otros|otras|algunos|algunas|pocos|pocas|tras|pues|"
                     r"además|antes|después|entonces|apenas|mientras|es|has|estos|estas|esos|esas|aquellos|aquellas|"
                     r"nosotros|ustedes|dichos|dichas|diversos|diversas|numerosos|numerosas|sendos|sendas|ciertos|"
                     r"ciertas|demás|jamás|atrás|quienes|cuales|cuyos|cuyas|mas|gracias")
# ... nor the nouns of a measure that a year put before them modifies, a calque of English ("Las exportaciones volvieron
# a 1999 niveles", "los 2000 precios"): levels, prices, highs and lows are not counted
# (prices and rates only after "a": "a 1999 precios"; "analiza 2000 precios de alquiler" counts them)
_YEAR_MODIFIES = r"niveles|máximos|mínimos|(?<=\ba\s\d{4}\s)(?:precios|tasas)"
# ... nor a code that a capital letter right after it closes ("el plan 2000E", "el modelo 2008GT": a name's number)
# ... a count with its noun, or with one word between that is not a determiner ("2000 nuevos empleados"; not "en 2019
# los estudiantes")
YEAR_NOT_BEFORE = (r"(?:/\d+/|(?-i:[A-Z])|\s*(?:%|€|por\s+ciento)|\s*(?:km|kg|m|t)\b|\s+(?:(?!(?:el|la|los|las|un|una|unos|unas|su|sus|"
                   r"esos|esas|estos|estas|aquellos|aquellas|muchos|muchas|varios|varias|miles|cientos)\b)\w+\s+)?(?:personas|habitantes|hombres|"
                   r"mujeres|niños|trabajadores|empleos|viviendas|votos|metros|kilómetros|toneladas|euros|dólares|"
                   r"pesos|miembros|muertos|víctimas|soldados|policías|manifestantes|casos|empresas|empleados|alumnos|estudiantes|"
                   r"pacientes|heridos|detenidos|fallecidos|afectados|desaparecidos|refugiados|inmigrantes|agentes|"
                   r"vehículos|coches|plazas|hectáreas|litros|kilos|millones|millón|"
                   # money of the countries that write Spanish news, and other counted units
                   r"pesetas|francos|liras|libras|yenes|yuanes|rublos|bolívares|colones|quetzales|barriles|ejemplares|"
                   r"millas|gramos|megavatios|kilovatios|camas|asientos|puntos)\b|"
                   # ... and the units that are also common nouns ("unidades del ejército", "acciones terroristas",
                   # "marcos legales"), right after the number only and not after "en", "desde", "hasta"
                   r"(?<!\ben\s\d{4})(?<!\bdesde\s\d{4})(?<!\bhasta\s\d{4})\s+(?:marcos|soles|reales|escudos|acciones|"
                   r"unidades|pies)\b|"
                   # ... and any plural noun right after a number that no preposition of time, article or "año" has
                   # before it ("El censo registró 1998 nacimientos", "despedirá a 2000 operarios", the RAE writes
                   # four-digit counts without a point; not "en 1998 los precios", "y 2000 fueron", "en 2000 ventas"),
                   # a plural word being one in -s that is no determiner, pronoun or adverb
                   + "".join(r"(?<!\b%s\s\d{4})" % w for w in _YEAR_PREPS) +
                   r"\s+(?!(?:" + _NOT_PLURAL_NOUNS + "|" + _YEAR_MODIFIES + r")\b)(?-i:[a-záéíóúñ]{2,}s)\b|"
                   # ... and a number after a count and its conjunction with a plural noun after it ("El grupo tiene
                   # 1998 socios y 2000 simpatizantes"; not "sumó 12 títulos y 2015 fue su mejor temporada", nor a
                   # pair of years after a preposition, "entre 1998 y 2000 ventas")
                   r"(?<=[^\W\d]s\s[yeou]\s\d{4})" +
                   "".join(r"(?<!\b%s\s\d{4}\s[yeou]\s\d{4})" % w for w in ("en", "de", "del", "desde", "hasta", "entre", "el", "los", "año", "años")) +
                   r"\s+(?!(?:" + _NOT_PLURAL_NOUNS + "|" + _YEAR_MODIFIES + r")\b)(?-i:[a-záéíóúñ]{2,}s)\b)")

_ARTICLES = ("el", "la", "los", "las", "del", "al")
_AFTER_ART = "(?:" + "|".join(r"(?<=\b%s\s)" % d for d in _ARTICLES) + ")"
_AFTER_DET = "(?:" + "|".join(r"(?<=\b%s\s)" % d for d in _ARTICLES + (
    "su", "sus", "mi", "mis", "nuestro", "nuestra", "nuestros", "nuestras")) + ")"
# "los años noventa", "la década de los ochenta": the decades of the 1900s named by their tens
DECADE_WORDS = {"veinte": 20, "treinta": 30, "cuarenta": 40, "cincuenta": 50, "sesenta": 60, "setenta": 70,
                "ochenta": 80, "noventa": 90}

_PREPS = ("en", "de", "del", "desde", "hasta", "para", "a", "al", "el", "y", "o", "entre", "durante", "tras", "hacia")
MONTH_NAME_AFTER = r"[\w,;:-]\s"  # a bare capitalised month after a word other than these is a name ("Clínica Mayo")
# ... and "de" only after a word of time: Spanish writes its months in lower case, so a capitalised bare month after
# "de" and another word is a name ("la Revolución de Mayo", "la calle Dos de Mayo", "el equipo de Mayo", "el hijo de
# Julio"), not so "el mes de Febrero", "a principios de Mayo", "a partir de Junio"
_DE_TIME_WORDS = ("mes", "meses", "principios", "finales", "fines", "mediados", "comienzos", "inicios", "inicio",
                  "comienzo", "final", "principio", "fin", "primeros", "últimos", "ultimos", "quincena", "semana",
                  "semanas", "día", "dia", "días", "dias", "partir", "antes", "después", "despues", "través",
                  "largo", "lluvias", "calendario")
_DE_NOT_IN_NAME = "de(?:" + "|".join(r"(?<=\b%s\sde)" % w for w in _DE_TIME_WORDS) + ")"
MONTH_NAME_NOT_AFTER = "|".join(p if p != "de" else _DE_NOT_IN_NAME for p in _PREPS)
# Spanish writes its months in lower case: a bare month capitalised before a capitalised word that is not a month
# is a name ("Julio Iglesias actuará", "Julio Anguita dijo", "Septiembre Negro"), also at a sentence's start, where
# MONTH_NAME_AFTER sees no word before it; not a month written with a capital in a list ("Julio Agosto", rare)
_CAP_MONTHS = [m.capitalize() for m in cldr.months("es") if "." not in m] + ["Setiembre"]
# ... unless a preposition of time opens the sentence before it ("En Julio Argentina deberá pagar", "Para Agosto
# Brasil espera"; "En" capitalised opens its sentence, not "confían en Julio Anguita") or a word for a part of a month
# ("a finales de Julio Argentina"), as Latin American papers capitalise their months
_MONTH_CUED = ("En", "Para", "Durante", "principios de", "finales de", "fines de", "mediados de", "comienzos de",
               "inicios de", "partir de", "mes de")
# ... but a name still after such a word when the capitalised word closes a phrase or runs on as a name ("Para Julio
# Anguita, la propuesta es un error", "En Julio César Chávez confían": a comma or another capitalised word after it),
# or when it is a surname in -ez ("En Abril Martínez encontró su mejor aliada")
MONTH_NOT_BEFORE = (r"(?-i:(?:(?:" + "|".join(r"(?<=\b%s)" % m + "".join(
                        r"(?<!\b%s\s%s)" % (c.replace(" ", r"\s"), m) for c in _MONTH_CUED) for m in _CAP_MONTHS) +
                    r")\s+"
                    r"(?!(?:" + "|".join(_CAP_MONTHS) + r")\b)[A-ZÁÉÍÓÚÑ][a-záéíóúñ]|"
                    r"(?:" + "|".join(r"(?<=\b%s)" % m for m in _CAP_MONTHS) + r")\s+"
                    r"(?!(?:" + "|".join(_CAP_MONTHS) + r")\b)[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+(?:(?=\s*[,;:]|\s+[A-ZÁÉÍÓÚÑ])|(?<=ez)\b)))")
MONTH_NEVER_AFTER = r"\b(?:plaza|avenida|calle|paseo|puente|barrio|colegio|estadio)\s+de\s"  # "Plaza de Mayo"

# a day and a capitalised month right after a word that is no preposition, article, weekday or word of time is a
# name ("la Cooperativa 20 de Noviembre", "la empresa Primero de Mayo", "el diario Primero de Marzo": Spanish writes
# its months in lower case; DATE_NOT_AFTER names the usual nouns in any case); not "el 15 de Marzo", "hasta 3 de
# Abril", "lunes 3 de Marzo", "Lima, 3 de Marzo", nor after a dateline's city in capitals ("BUENOS AIRES 3 de Marzo")
_DATE_WORDS_BEFORE = ("de", "del", "desde", "hasta", "para", "a", "al", "el", "la", "los", "un", "y", "o", "e", "u",
                      "entre", "en", "hoy", "ayer", "mañana", "anoche", "día", "dia", "pasado", "próximo", "proximo",
                      "este", "ese", "aquel", "hacia", "tras", "antes", "después", "durante", "partir", "fecha",
                      "lunes", "martes", "miércoles", "miercoles", "jueves", "viernes", "sábado", "sabado",
                      "domingo", "por", "sobre", "contra", "ante", "con", "sin", "que", "como", "es", "era", "fue",
                      "será", "sería", "venidero", "entrante", "mismo", "cada")
# ... the word before being a capitalised one ("la Cooperativa 20 de Noviembre") or one after an article or a
# determiner, a noun ("la empresa Primero de Mayo"): not a verb ("Las clases empiezan 15 de Marzo según el calendario"),
# nor when a year follows the month ("Caracas 8 de Marzo de 2000", a dateline)
_NAME_WORD_BEFORE = "|".join(
    [r"(?<=(?-i:\b[A-ZÁÉÍÓÚÑ])[^\W\d_]{%d}\s)" % n for n in range(1, 18)] +
    [r"(?<=\b(?:el|la|un|al|su)\s[^\W\d_]{%d}\s)" % n for n in range(2, 18)] +
    [r"(?<=\b(?:los|las|una|del|sus)\s[^\W\d_]{%d}\s)" % n for n in range(2, 18)])
_DATE_NOT_NAME = (r"(?!(?:" + _NAME_WORD_BEFORE + r")(?-i:(?<![A-ZÁÉÍÓÚÑ][A-ZÁÉÍÓÚÑ]\s))" +
                  "".join(r"(?<!\b%s\s)" % w for w in _DATE_WORDS_BEFORE) +
                  r"(?:\d{1,2}(?:\.?[º°])?|primero|uno)\s+de\s+(?-i:[A-ZÁÉÍÓÚ])(?![^\W\d_]+\s+(?:de|del)\s+\d{4}))")

# (a weekday's feast in lower case too: "el sábado santo", "el domingo de ramos", the weekday bound to its feast's word)
# (not a lower-case weekday before "Santo" and the name of a place or a person called for a saint, from a short list:
# "el lunes Santo Domingo sufrió un apagón", "el miércoles Santo Tomé celebró sus fiestas"; another capitalised word is
# the feast's subject, "El viernes Santo Sevilla vivió la Madrugá")
_NAMED_FEASTS = "|".join(
    ("(?-i:%s)" % k[0].upper() if k.split()[0] == "día" else k[0]) + re.escape(k[1:]).replace("\\ ", r"\s+") +
    (r"(?!(?<=(?-i:[a-zá-ú]%s\sSanto))\s+(?-i:Domingo|Tom(?:é|ás)|André|Ángel|Toribio)\b)" % k.split()[0][1:]
     if k.endswith(" santo") else "")
    for k in HOLIDAYS if " " in k and k.split()[0] in ("día", "domingo", "lunes", "martes", "miércoles", "jueves", "viernes",
                                                       "sábado", "víspera"))
_EVENT_DE = "|".join(r"(?<=\b%s\sde\s)" % w for w in _EVENT_NOUNS.split("|") + ["ministros"])
_HOLIDAY_END = (r"(?:\s+(?:de|del)\s+{YEAR}|\s+(?:del\s+año\s+(?P<ydir>pasado)|de\s+(?P<ydir2>este)\s+año)\b|"
                r"\s+{DIR:b})?")  # "la Navidad del año pasado": that year's

RULES = [
    # "el mismo mes del año anterior", "el mismo mes de 1999" after a month ("El IPC de febrero subió un 0,2
    # por ciento respecto al mismo mes del año anterior"): that month in that year (without a month just before, the
    # later rules read it)
    ("ctxquarter", r"(?:(?:el|al|del)\s+)?(?P<samem>mismo)\s+mes\s+(?:de(?:l\s+año)?\s+{YEAR}|"
                   r"del\s+año\s+(?:anterior|precedente|pasado))(?![\w-])"),
    # relative to the last date of the text: "el día anterior", "el mismo día", "un día después", "la víspera"
    # ... "al año siguiente", "la semana anterior": the story's next or previous one, not today's
    # ... and "el trimestre anterior" after a quarter told ("El PIB creció un 0,4% en el tercer trimestre respecto al
    # trimestre anterior", said in November: the second; without a quarter before, the one before today's, relunit)
    ("that_unit", r"(?:el|la|al|del)\s+(?P<unit>día|dia|jornada|semana|mes|año|ejercicio|trimestre)\s+(?P<rel>anterior|siguiente)(?![\w-])"),
    ("that_unit", r"(?:el|la|al|del|ese|esa|aquel|aquella)\s+(?P<rel>mism[oa])\s+(?P<unit>día|dia|jornada|semana|mes|año)"),
    ("that_unit", r"(?:un|una)\s+(?P<unit>día|dia|semana)\s+(?P<rel>después|antes)"),
    # (not a bare "víspera" in an apposition after a date, which names that same day: "El viernes, víspera de la final,
    # los jugadores descansarán")
    ("that_unit", r"(?:la\s+)?(?<!,\s)(?P<rel>víspera)(?![\w-])"),
    ("that_unit", r"(?:ese|esa|aquel|aquella)\s+(?:mism[oa]\s+)?(?P<unit>día|dia|jornada|semana|mes|año)(?![\w-])"),
    # (and after "pasado", "próximo": "el próximo 20 y 21 de diciembre", "del pasado 2 al 6 de septiembre", the month
    # written after the pair)
    ("range_days", r"(?:del|entre\s+el|el|los\s+d[ií]as)\s+(?:(?:pasado|próximo|proximo)\s+)?{DAY}\s+(?:al|y\s+el|y|-|\u2013)\s+{DAY:b}\s+de\s+{MONTH}"
                   r"(?:\s+(?:de|del)\s+{YEAR})?"),
    ("range_months", r"(?:de|entre)\s+{MONTH}\s+(?:a|y)\s+{MONTH:b}\s+de\s+{YEAR}"),
    ("decade", r"(?:(?:la|el|las|los)\s+)?(?:décadas?|decenios?)\s+de\s+(?:(?P<year>1\d\d0|20\d0)|los\s+(?:años\s+)?(?P<yy>\d0))\b"),
    ("range_years", r"{YEAR}\s*(?:-|\u2013|/)\s*(?:{YEAR:b}|(?P<yy>\d\d)(?![\d%/-]))(?!/\d)"),  # "1995-96": two years
    # "los atentados del 11-S" (the mention starts at the digits: a rule that starts with an optional article is
    # entered at every "el")
    ("named_date", r"(?-i:(?P<named>11-S|11-M|23-F))(?![\w-])"),
    ("iso", r"(?P<y>\d{4})-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?![\d-])"),
    ("numeric", r"(?P<a>[0-3]?\d)[/.-](?P<b>[01]?\d)[/.-](?P<y>\d{4})(?![\d/]|\.\d)"),  # the full stop after it ends the sentence
    ("date", r"(?:(?:el|del|al|desde\s+el)\s+)?(?:{DIR}\s+)?(?:{WEEKDAY},?\s+)?(?:d[ií]a\s+)?" + _DATE_NOT_NAME +
             r"(?:{DAY}|(?P<dayw>primero|uno))\s+de\s+{MONTH}"
             r"(?:\s+(?:de|del)\s+{YEAR}|\s+{DIR:b}|"
             r"\s+(?:de\s+(?:ese|aquel)(?:\s+mismo)?|del\s+mismo)\s+(?P<thatyear>año)|"
             # "el 31 de diciembre del año pasado", "el 2 de enero del próximo año", "del presente año": one mention,
             # that day of the year named (the direction read ahead: one group for both orders)
             r"\s+del?\s+(?=(?:año\s+)?(?P<ydir>pasado|próximo|proximo|entrante|que\s+viene|presente|este)\b)"
             r"(?:año\s+(?:que\s+viene|\w+)|\w+\s+año)(?![\w-]))?"),
    # "el último día de febrero", "el último día del mes de marzo de 1999": that month's last day (resolvers.r_date,
    # group "lastday"; not "el último día de campaña", "de la cumbre": no month)
    # (the mention starts at "último": a rule that starts with an optional article is entered at every "el")
    ("date", r"(?P<lastday>último|ultimo)\s+d[ií]a\s+(?:del\s+mes\s+)?de\s+{MONTH}"
             r"(?:\s+(?:de|del)\s+{YEAR})?"),
    # an agency dateline: "Madrid, 10 abr (EFE)", and the abbreviations MONTHS leaves out as words of their own
    # ("mar", the sea; "may"): "Madrid, 12 may (EFE)" (DATELINE_MONTHS, resolvers.r_date)
    # (before the agency's capitals: "(EFE)", "(Efe)")
    ("date", r"(?<=,\s){DAY}\s+(?:{MONTH}(?=\s*\()|(?P<dlmonth>mar|may|ago)\.?(?=\s*\((?-i:[A-Z])))"),
    # "en Navidad", "la pasada Navidad", "la Navidad de 2019", "el día de Navidad", "desde Nochebuena" (not "la
    # Navidad es una fiesta", "el espíritu de la Navidad": the feast, not a day)
    # (one rule per way in: each is scanned for by its own first characters, cheaper than one rule with them all)
    ("holiday", r"(?:(?<=\ben\s)|(?<=\bpor\s)|(?<=\bpara\s)|(?<=\bdesde\s)|(?<=\bhasta\s)|(?<=\btras\s)|"
                r"(?<=\bantes\sde\s)|(?<=\bdespués\sde\s))(?:la\s+)?{HOLIDAY}" + _HOLIDAY_END),
    ("holiday", r"(?:(?:la|el)\s+)?{DIR}\s+{HOLIDAY}" + _HOLIDAY_END),
    # ... or its name of several words opening with a capitalised day word, anywhere: "El Día de la Constitución",
    # "el Domingo de Ramos", "el Viernes Santo", "la víspera de Navidad" (not "año nuevo": "el Año Nuevo chino")
    ("holiday", r"(?<!\bcalle\s)(?<!\bavenida\s)(?<!\bplaza\s)(?<!\bpaseo\s)(?<!\bcolegio\s)(?<!\bbarrio\s)"
                r"(?<!\bcalle\sdel\s)(?<!\bavenida\sdel\s)(?<!\bplaza\sdel\s)(?<!\bpaseo\sdel\s)"
                r"(?:(?:la|el)\s+)?(?P<holiday>" + _NAMED_FEASTS + r")(?![\w-])" + _HOLIDAY_END),
    ("holiday", r"(?:el\s+)?d[ií]a\s+de\s+{HOLIDAY}" + _HOLIDAY_END),
    ("holiday", r"(?:(?:la|el)\s+)?{HOLIDAY}\s+(?:(?:de|del)\s+{YEAR}|del\s+año\s+(?P<ydir>pasado)\b|"
                r"de\s+(?P<ydir2>este)\s+año\b)"),
    ("month", r"(?:(?:el\s+)?mes\s+de\s+)?{MONTH}\s+(?:de|del)\s+{YEAR}"),
    # "en julio del año pasado", "en marzo de este año": the month of that year
    ("month", r"{MONTH}\s+del\s+año\s+(?P<ydir>pasado|anterior|que\s+viene|próximo|entrante)"),
    # "mayo del 68", "marzo del 98", "octubre del 29": the month of a year written by its last two digits after "del"
    # (not a count: "del 15 por ciento", "del 96 al 99" is a range of years), a year remembered: the last one with
    # those digits (group "yypast", resolvers.r_month)
    ("month", r"{MONTH}\s+del\s+(?P<yypast>\d\d)(?![\d%]|[.,]\d|\s*(?:%|por\s+ciento|al?\b|y\b|-))"),
    ("month", r"{MONTH}\s+de\s+(?P<ydir>este)\s+año"),
    # "en marzo de ese año", "del mismo año", "del año siguiente": the story's year (resolvers._story_year)
    ("month", r"{MONTH}\s+(?:(?:de\s+(?:ese|aquel)(?:\s+mismo)?|del\s+mismo)\s+(?P<thatyear>año)|"
              r"del\s+año\s+(?P<thatnext>siguiente))"),
    ("month", r"{MONTH}\s+del\s+(?P<ydir>próximo|proximo|pasado|presente)\s+año"),  # "marzo del presente año"
    ("month", r"(?:el\s+)?{DIR}\s+(?:mes\s+de\s+)?{MONTH}"),
    ("month", r"(?:(?:el\s+)?mes\s+de\s+)?{MONTH}\s+{DIR}"),
    # a bare month with a capital after a word other than a preposition is a name ("la Clínica Mayo"), and so is a
    # month after a place noun ("la Plaza de Mayo"): MONTH_NAME_AFTER, MONTH_NEVER_AFTER
    ("month", r"(?:(?:el\s+)?mes\s+de\s+)?{MONTH}"),  # not a name: MONTH_NAME_AFTER
    # "el tercer trimestre del año pasado", "el primer trimestre del próximo año": the quarter of that year
    # ... or of the fiscal year ("el primer trimestre del presente ejercicio", "del ejercicio 2000")
    # ... and a company's fiscal one, "fiscal" in its mention ("el tercer trimestre fiscal", "del primer semestre fiscal de
    # 2009"): the quarter named, as TimeML reads "the fiscal third quarter" (so not last year's when told in the past
    # before the calendar's one has begun: "Microsoft ganó 6.660 millones en el segundo trimestre fiscal", said in
    # January, is its fiscal year's second; resolvers.r_quarter, the group "fiscal")
    ("quarter", r"(?:el\s+)?{ORD}\s+trimestre(?:\s+(?P<fiscal>fiscal)(?![\w-]))?(?:\s+(?:de|del)\s+(?:(?:(?:año|ejercicio)\s+)?{YEAR}|"
                r"(?P<ydir>este|presente|próximo|proximo|pasado)\s+(?:año|ejercicio)|"
                r"(?:año|ejercicio)\s+(?P<ofdir>pasado|anterior|que\s+viene|próximo|entrante)|"
                r"(?:año|ejercicio)(?![\w-])))?"
                r"(?!\s+consecutiv[oa]s?\b)"),  # "del año": this year's; "por cuarto trimestre consecutivo": a count
    ("quarter", r"(?-i:T)(?P<qn>[1-4])\s+{YEAR}"),
    # "el último trimestre de 2019", "el último semestre del año pasado": the final one of that year (not the one
    # before today's: FINAL_DIRS)
    ("quarter", r"(?:el\s+)?(?P<qlast>último|ultimo)\s+trimestre\s+(?:de|del)\s+(?:(?:año\s+)?{YEAR}|"
                r"(?P<ydir>este|presente|próximo|proximo|pasado)\s+año|año\s+(?P<ofdir>pasado|anterior|que\s+viene|"
                r"próximo|entrante)|año(?![\w-]))"),
    ("half", r"(?:el\s+)?(?P<hw>último|ultimo)\s+semestre\s+(?:de|del)\s+(?:(?:año\s+)?{YEAR}|(?:este|presente)\s+año|"
             r"(?=(?:año\s+)?(?P<ofdir>pasado|anterior|que\s+viene|próximo|proximo|entrante)\b)"
             r"(?:año\s+(?:que\s+viene|\w+)|\w+\s+año)|año(?![\w-]))"),
    # "el mismo periodo del año anterior", "el mismo trimestre de 1998" after a quarter: that quarter in that year
    # (viz.dates.resolvers.r_ctxquarter; without a quarter before, the year as the later rules read it)
    ("ctxquarter", r"(?:el\s+)?(?P<sameq>mismo)\s+(?:periodo|período|trimestre)\s+(?:de(?:l\s+año)?\s+{YEAR}|"
                   r"del\s+año\s+(?:anterior|precedente|pasado))(?![\w-])"),
    # "el segundo semestre del año pasado", "el primer semestre del próximo año" (the direction read ahead: one group
    # for both orders), "del año": the half of that year
    ("half", r"(?:el\s+)?{ORD}\s+semestre(?:\s+fiscal(?![\w-]))?(?:\s+(?:de|del)\s+(?:(?:(?:año|ejercicio)\s+)?{YEAR}|"
             r"(?:este|presente)\s+(?:año|ejercicio)|"
             r"(?=(?:(?:año|ejercicio)\s+)?(?P<ofdir>pasado|anterior|que\s+viene|próximo|proximo|entrante)\b)"
             r"(?:(?:año|ejercicio)\s+(?:que\s+viene|\w+)|\w+\s+(?:año|ejercicio))|(?:año|ejercicio)(?![\w-])))?"
             r"(?!\s+consecutiv[oa]s?\b)"),
    # the next decade of a list, a bare number or word after the conjunction: "los años 80 y 90"
    # (resolvers.r_decade_listed: only right after a decade)
    ("decadelisted", r"(?:(?<=\sy\s)|(?<=\so\s)|(?<=\w,\s)(?=[\w\'’]+(?:,|\s+(?:y|o)\s)))"
                     r"(?:(?P<year>1\d\d0|20\d0)|(?P<yy>\d0)|{DECWORD})\b(?!\s*(?:%|años|mil|millones|euros?|dólares|personas|por\s+ciento))"),
    ("decade", r"(?:los\s+)?años\s+(?:(?P<year>1\d\d0|20\d0)|(?P<yy>\d0))\b"),
    ("decade", r"(?:la\s+)?década\s+de\s+los\s+(?:años\s+)?{DECWORD}"),
    ("decade", r"(?:los\s+)?años\s+{DECWORD}"),
    ("decade", r"(?<=\ben\s)los\s+(?P<yy>[2-9]0)(?=\s*[,.;:])"),  # "En los 80, trabajó en Taxi"
    ("decade", r"(?<=\ben\s)los\s+{DECWORD}(?=\s*[,.;:])"),
    # "a principios de los noventa", "a finales de los 80": a decade after a word for its part (not "uno de los
    # noventa pasajeros")
    ("decade", r"(?:(?<=principios\sde\s)|(?<=finales\sde\s)|(?<=fines\sde\s)|(?<=mediados\sde\s)|"
               r"(?<=comienzos\sde\s))los\s+(?:{DECWORD}|(?P<yy>[2-9]0)(?![\d%]))"),
    ("century", r"(?:el\s+)?siglo\s+(?P<cnum>[XVI]{1,5}|\d{1,2})\b"),
    ("century", r"(?:el\s+)?siglo\s+{ORD}"),
    ("season", r"(?<!olímpicos\sde\s)(?<!olimpicos\sde\s)(?:(?:el|la)\s+)?{SEASON}\s+(?:de|del)\s+{YEAR}"),  # not "Juegos Olímpicos de Invierno de 2010"
    # "el verano del año pasado", "la primavera del próximo año", "el otoño de este año": the season of that year
    ("season", r"(?<!olímpicos\sde\s)(?<!olimpicos\sde\s)(?:(?:el|la)\s+)?{SEASON}\s+del?\s+(?=(?:año\s+)?(?P<ydir>pasado|anterior|que\s+viene|próximo|"
               r"proximo|entrante|este)\b)(?:año\s+(?:que\s+viene|\w+)|\w+\s+año)\b"),
    ("season", r"(?:(?:el|la)\s+)?{DIR}\s+{SEASON}"),
    ("season", r"(?:(?:el|la)\s+){SEASON}\s+{DIR}"),
    # a season alone after a preposition of time ("en otoño", "hasta el verano"), in a clause that tells a past or a
    # future; in a present one it is any such season ("En verano la ciudad recibe turistas": GENERIC_SEASONS)
    # ... and after "antes de", "después de", "tras", "a partir de" with the article ("antes del verano", "tras el
    # invierno", "a partir del otoño")
    ("season", r"(?:(?<=\ben\s)|(?<=\bdurante\s)|(?<=\bhasta\s)|(?<=\bpara\s)|(?<=\bdesde\s)|(?<=\bpartir\sde\s)|"
               r"(?<=\bantes\sde\s)|(?<=\bdespués\sde\s)|(?<=\btras\s))"
               r"(?:(?:el|la)\s+)?(?P<bare>){SEASON}(?![\w-])(?!\s+(?:de|del)\b)"),
    ("season", r"(?:(?<=\bantes\s)|(?<=\bdespués\s)|(?<=\bpartir\s))"
               r"del\s+(?P<bare>){SEASON}(?![\w-])(?!\s+(?:de|del)\b)"),
    # a weekday with its day of the month, the month left out as agency news do: "el miércoles 22", "el próximo
    # martes 14, el Congreso votará", "el lunes, día 20, se abrirá" (the day's number; not a count after the weekday:
    # "El martes 14 personas resultaron heridas", nor a score: "El domingo 2 a 1 ganó el Madrid"; only before a stop,
    # a preposition other than "de", an article or a pronoun: "El viernes 15 de ellos fueron liberados" is a count;
    # the weekday picks the month, resolvers.r_dom)
    ("dom", r"(?:(?:el|del|al)\s+)?(?:{DIR}\s+)?{WEEKDAY}(?:\s+|,\s*d[ií]a\s+){DAY}(?![\w.,:%-]?\d)"
            r"(?!\s*(?:de|del)\s+{MONTH:b})(?!\s+a\s+\d)(?=\s*[,;:)]|\s*\.(?!\d)|\s*$|\s+(?:a|al|en|del|y|e|o|"
            r"el|la|los|las|se|le|lo|con|por|para|ante|contra|frente|desde|hasta|tras|entre|sobre|según)\b)"),
    # a day of the current month, as agency news write it: "el 29 del actual", "el pasado día 5 del corriente", "el
    # 15 de este mes" (one mention: "actual" is no PRESENT_REF here; the group "thismonth" names the reference's month)
    # (after an article or "día": not "los 3 goles del actual pichichi"; nor before a name: "el 5 del actual Gobierno")
    ("dom", r"(?:(?:el|del|al)\s+(?:{DIR}\s+)?(?:d[ií]a\s+)?|d[ií]a\s+){DAY}\s+(?P<thismonth>del\s+(?:actual|"
            r"corriente|presente\s+mes|mes\s+en\s+curso)|de\s+este\s+mes)(?![\w-])(?!\s+(?-i:[A-ZÁÉÍÓÚÑ]))"),
    # ... and of the month before or after it: "el día 5 del próximo mes", "el 10 del mes pasado", "el 15 del mes que
    # viene" (one mention; the group "mdir" shifts the reference's month; not "del mes anterior", the story's)
    ("dom", r"(?:(?:el|del|al)\s+(?:d[ií]a\s+)?|d[ií]a\s+){DAY}\s+del\s+"
            r"(?=(?:mes\s+)?(?P<mdir>pasado|próximo|proximo|entrante|que\s+viene)\b)"
            r"(?:mes\s+(?:que\s+viene|\w+)|\w+\s+mes)(?![\w-])"),
    ("dom", r"(?:(?:el|del|al|los)\s+)?(?:{DIR}\s+)?d[ií]as?\s+{DAY}(?!\s*(?:de|del)\s+{MONTH:b})"),
    # ... and without "día" after "pasado", "próximo", as agency news write it: "detuvo el pasado 15 a dos hombres", "la
    # votación será el próximo 24" (only before a stop, a preposition or an article, as the weekday's day above: not "el
    # próximo 20 aniversario", "el pasado 15 por ciento")
    # (the mention starts at the direction, the article left out: a rule that starts with an article is entered at
    # every "el")
    ("dom", r"(?:(?<=\bel\s)|(?<=\bdel\s)|(?<=\bal\s))(?P<dir>pasado|próximo|proximo)\s+{DAY}(?![\w.,:%-]?\d)(?!\s*(?:de|del)\s+{MONTH:b})"
            r"(?!\s+(?:al|y|e|-|\u2013)\s+(?:el\s+)?\d{1,2}\s+de\s+\w)"
            # (not a rank or a shirt's number: "el pasado 2 en la clasificación", "Haaland, el próximo 9 en el Real
            # Madrid": after a comma, before "en")
            r"(?!(?:(?<=,\sel\spasado\s\d)|(?<=,\sel\spasado\s\d\d)|(?<=,\sel\spr[oó]ximo\s\d)|(?<=,\sel\spr[oó]ximo\s\d\d))"
            r"\s+en\b)"
            r"(?!\s+en\s+(?:el|la|los|las)\s+(?:clasificación|ranking|lista|tabla|escalafón|parrilla|podio|general)\b)"
            r"(?=\s*[,;:)]|\s*\.(?!\d)|\s*$|\s+(?:a|al|en|y|e|o|el|la|los|las|se|con|por(?!\s+ciento)|para|ante|contra|"
            r"desde|hasta|tras|entre|sobre|según)\b)"),
    ("ref", r"(?P<ref>hoy\s+por\s+hoy|hoy\s+en\s+d[ií]a|hoy\s+d[ií]a)(?![\w-])"),
    # "la hoy extinta Yugoslavia", "el hoy presidente": "hoy" between an article and its adjective is nowadays
    ("ref", r"(?:(?<=\bla\s)|(?<=\bel\s)|(?<=\blos\s)|(?<=\blas\s)|(?<=\bdel\s)|(?<=\bal\s))(?P<pres>hoy)"
            r"(?=\s+(?-i:[a-záéíóúñ])\w+)(?!\s+(?:en|por|d[ií]a|mismo)\b)"),
    # ... "la jornada de hoy" (today's session, a stock market's or a parliament's) is the day, in any text ("event":
    # resolvers.r_relday), "el día de hoy" the day or, in an essay, nowadays
    ("relday", r"(?:(?:el|al|del)\s+d[ií]a|la\s+(?P<event>jornada))\s+de\s+(?P<relday>hoy|ayer|mañana)"),
    ("relday", r"(?<!la\s)(?<!esta\s)(?<!por\s)(?<!las\s)(?<!una\s){RELDAY}(?:\s+mismo)?(?:\s*,\s*|\s+){WEEKDAY}"),
    # (not "de mañana", early in the day; but "desde mañana", "a partir de mañana": from tomorrow)
    # ... but after the noun of a scheduled event it is tomorrow's ("la reunión de mañana", "el Consejo de Ministros de
    # mañana aprobará"), as "de hoy", "de ayer" are (not "de mañana temprano", "de mañana y tarde", "la misa de mañana
    # del domingo": the morning)
    # (nor "a media mañana", "cada mañana", "esa mañana", "aquella mañana", "la misma mañana": a morning; nor "el mañana
    # de sus hijos": the future, a noun; nor a newspaper's name, "el diario Hoy", "el periódico Hoy"; nor a programme's,
    # "el programa Esta Mañana de RNE", the capital of its noun)
    ("relday", r"(?<!la\s)(?<!esta\s)(?<!por\s)(?<!las\s)(?<!una\s)(?<!media\s)(?<!cada\s)(?<!esa\s)(?<!aquella\s)"
               r"(?<!misma\s)(?<!\bel\s)(?!(?-i:[Ee]sta\s+(?:Mañana|Tarde))\b)(?!(?<=diario\s)(?-i:H)|(?<=periódico\s)(?-i:H)|(?<=semanario\s)(?-i:H))"
               r"(?:(?:(?<!de\s)|(?<=desde\s)|(?<=partir\sde\s)|"
               + _EVENT_DE + r")(?=mañana(?!\s+temprano|\s+y\s+(?:de\s+)?tarde|\s+(?:del|de\s+los)\s+(?:lunes|martes|"
               r"miércoles|jueves|viernes|sábados?|domingos?)\b))|(?!mañana)){RELDAY}(?:\s+mismo)?"),
    # "hace poco más de un año" before the reference "hace poco" (recently), which would take its first two words
    ("ago", r"(?P<after>hace)\s+poco\s+(?:más|menos)\s+de\s+(?:(?P<pair>un\s+par)\s+de|{NUM})\s+{UNIT}"),
    ("ref", r"{REF}"),
    # adjectives TimeML marks as references: "el actual presidente", "la recién creada delegación"
    ("ref", r"(?P<pres>actual(?:es)?)(?![\w-])|(?P<past>recién|recientes?)(?![\w-])"),
    # "el futuro", "en el futuro", "de futuro" (not "el futuro de las pensiones": the noun of a thing's fate), "la
    # futura red", "futuras inversiones"; "la presente Liga", "del presente"
    ("ref", r"(?:(?:el|del|al)\s+|(?<=\bde\s))(?P<fut3>futuro)(?![\w-])(?!\s+(?:de|del)\b)(?!\s+(?-i:[a-záéíóúñ]))"),
    ("ref", r"(?P<fut3>futur[oa]s?)(?=\s+(?-i:[a-záéíóúñ])\w+)(?!\s+(?:de|del|a|y|o|que|es|en|se|no|con|por)\b)"),
    # ... and after its noun: "la provisión futura de científicos", "las generaciones futuras" (not after an article,
    # a preposition or a verb: "el futuro", "de futuro", "es futuro")
    ("ref", r"(?<=[a-záéíóúñ]{3}\s)(?<!\bdel\s)(?<!\bque\s)(?<!\bsus\s)(?<!\buna\s)(?<!\bunos\s)(?<!\bunas\s)(?<!\blos\s)(?<!\blas\s)"
            r"(?<!\bpara\s)(?<!\bsobre\s)(?<!\bhacia\s)(?<!\bcomo\s)(?<!\bsea\s)(?<!\bson\s)(?<!\bfue\s)(?<!\bser\s)"
            r"(?<!\bcon\s)(?<!\bsin\s)"  # "un jugador con futuro", "un país sin futuro": a prospect, no time
            r"(?P<fut3>futur[oa]s?)(?![\w-])"),
    ("ref", _AFTER_ART + r"(?P<pres>presente)(?=\s+(?-i:[A-ZÁÉÍÓÚa-záéíóúñ])\w+)(?!\s+(?:de|del|a|y|o|que|es|en|se|no|año)\b)|"
            r"(?<=\bdel\s)(?P<pres2>presente)(?=\s*[,.;:])"),
    # "en el pasado", "errores del pasado" (a noun: not "el pasado 3 de mayo", "el pasado lunes")
    ("ref", r"(?:el|del|al)\s+(?P<past>pasado)(?=\s*[,.;:)`'\"]|\s+(?:y|que|en|de|del|o|no|se|ni)\b)"),
    # "la próxima reunión", "sus próximas películas", "la pasada cumbre": a vague future/past event
    # (not before a count of units: "en los próximos cuatro años", "los pasados 40 meses", a span of time, no date;
    # also a count of hours or minutes, and a count given as a range: "las próximas 48 horas", "los próximos cuatro o
    # cinco años")
    ("ref", _AFTER_ART + r"(?P<past>pasad[oa]s?)(?![\w-])"
            r"(?!\s+(?:{UNIT}|{WEEKDAY}|{MONTH}|{SEASON}|{DAY}|{YEAR}|mes\b|d[ií]as?\b|años?\b|semanas?\b|"
            r"(?:{NUM}|\d+)(?:\s+(?:o|u|a)\s+(?:{NUM:c}|\d+))?\s+(?:{UNIT:b}|horas\b|minutos\b)))"),
    ("ref", _AFTER_DET + r"(?P<fut3>próxim[oa]s?|proxim[oa]s?)(?![\w-])"
            r"(?!\s+(?:{UNIT}|{WEEKDAY}|{MONTH}|{SEASON}|{DAY}|{YEAR}|mes\b|d[ií]as?\b|años?\b|semanas?\b|"
            r"(?:{NUM}|\d+)(?:\s+(?:o|u|a)\s+(?:{NUM:c}|\d+))?\s+(?:{UNIT:b}|horas\b|minutos\b)))"),
    # (and the approximations: "hace algo más de un año", "hace cerca de dos meses", "hace alrededor de diez años")
    ("ago", r"(?P<after>hace|dentro\s+de)\s+(?:(?:más|menos)\s+de\s+|unos\s+|unas\s+|casi\s+|apenas\s+|"
            r"escasamente\s+|(?:poco|algo)\s+(?:más|menos)\s+de\s+|cerca\s+de\s+|alrededor\s+de\s+|"
            r"aproximadamente\s+)?(?:(?P<pair>un\s+par)\s+de|{NUM})\s+{UNIT}"),
    # (not "tres días antes de las elecciones": counted from the event, as "después de" below)
    ("ago", r"{NUM}\s+{UNIT}\s+(?P<after>atrás|antes)(?![\w-])(?!\s+(?:de|del|que)\b)"),
    ("ago", r"{NUM}\s+{UNIT}\s+(?P<after>después|más\s+tarde)(?![\w-])(?!\s+(?:de|del|que)\b)"),
    # "hace años", "hace siglos", "hace miles de años", "dos millones de años atrás", "milenios atrás": a vague past
    ("ago", r"(?P<after>hace)\s+(?:(?P<big>(?:[\w]+\s+)?(?:miles|millones|cientos|centenares)\s+de)\s+)?"
            r"(?P<unit>años|décadas|decenios|siglos|milenios|meses|semanas)(?![\w-])"),
    # (the mention starts at the large number's word: a rule that starts with any word would slow the scan)
    ("ago", r"(?P<big>(?:miles|millones|cientos|centenares)\s+de)\s+{UNIT}\s+(?P<after>atrás)(?![\w-])"),
    ("ago", r"(?P<unit>años|décadas|decenios|siglos|milenios|meses)\s+(?P<after>atrás)(?![\w-])"),
    # "el último domingo de marzo", "el primer lunes de septiembre de 2001": that weekday of the month (of the
    # reference's year without one; resolvers.r_nthweekday, NTH_LAST)
    ("nthweekday", r"(?:el\s+)?(?P<nth>primer|primero|segundo|tercer|tercero|cuarto|último|ultimo)\s+{WEEKDAY}\s+"
                   r"de\s+{MONTH}(?:\s+(?:de|del)\s+{YEAR})?"),
    # "el miércoles de la semana pasada", "el lunes de la próxima semana": that day of the week named
    # (one rule for both orders: the direction read ahead)
    ("weekday", r"(?:el\s+)?{WEEKDAY}\s+de\s+la\s+(?=(?:semana\s+)?(?P<wdir>pasada|próxima|proxima|que\s+viene|entrante)\b)"
                r"(?:semana\s+(?:que\s+viene|\w+)|\w+\s+semana)\b"),
    ("weekday", r"(?:el\s+)?{DIR}\s+{WEEKDAY}"),
    ("weekday", r"(?:el\s+)?{WEEKDAY}(?:\s+{DIR})?"),
    # "el fin de semana" alone: the one just past, or the coming one in a clause about the future (resolvers.r_weekend)
    ("weekend", r"el\s+fin\s+de\s+semana(?![\w-])(?!\s+(?:{DIR}|de|del)\b)"),
    ("relunit", r"(?:(?:el|la)\s+)?(?P<dir>este|esta)\s+mism[oa]\s+{UNIT}(?!\s+\d)"),  # "esta misma semana"
    ("relunit", r"(?:(?:el|la)\s+)?{DIR}\s+{UNIT}" + _NOT_FISCAL),
    ("relunit", r"(?:(?:el|la)\s+)?{UNIT}\s+{DIR}" + _NOT_FISCAL),
    # "en lo que va de año", "a finales del año", "todo el año": the current year
    ("relunit", r"(?:(?:(?<=\bva\s)|(?<=\bllevamos\s)|(?<=\bresta\s)|(?<=\bqueda\s))de\s+|(?:todo\s+)?(?:el|del)\s+)(?P<unit>año)(?![\w-])"
                r"(?!\s+(?:{DIR}|\d|de\s+(?!la\b)|del\b|que\b|en\s+que\b|siguiente|anterior|nuevo\b|(?:fiscal|lectivo|escolar|académico|judicial|parlamentario|electoral|agrícola)\s+\d))"),
    # ... and with the article: "a principios de la semana", "a finales del mes" (the current week or month; not "de la
    # semana siguiente", "del mes de mayo", "de la semana laboral")
    ("relunit", r"(?:(?<=principios\sde\s)|(?<=finales\sde\s)|(?<=fines\sde\s)|(?<=mediados\sde\s)|"
                r"(?<=comienzos\sde\s)|(?<=inicios\sde\s))la\s+(?P<unit>semana)(?![\w-])"
                r"(?!\s+(?:{DIR}|\d|de|del|que|siguiente|anterior|laboral)\b)"),
    ("relunit", r"(?:(?<=principios\s)|(?<=finales\s)|(?<=fines\s)|(?<=mediados\s)|(?<=comienzos\s)|(?<=inicios\s))"
                r"del\s+(?P<unit>mes)(?![\w-])(?!\s+(?:{DIR}|\d|de|del|que|siguiente|anterior)\b)"),
    # "en lo que va de mes", "lo que llevamos de semana": the current month or week
    ("relunit", r"(?:(?<=\bva\s)|(?<=\bllevamos\s)|(?<=\bresta\s)|(?<=\bqueda\s))de\s+(?P<unit>mes|semana)(?![\w-])"
                r"(?!\s+(?:{DIR}|\d|de\b|del\b|(?:a|en)\s+(?:mes|semana)\b))"),  # not "de mes a mes"
    # "a finales de año", "a principios de mes", "a mediados de semana", "antes de fin de año" (and the Latin American
    # "a inicios de año", "antes de final de año", the markets' "a cierre de año"): the current year, month
    # or week (the article-less noun after a word for its part; MOD_PREFIX adds that word to the mention; not "fin de
    # semana", "fines de semana": the weekend)
    ("relunit", r"(?:(?<=principios\sde\s)|(?<=finales\sde\s)|(?<=fines\sde\s)|(?<=mediados\sde\s)|"
                r"(?<=comienzos\sde\s)|(?<=primeros\sde\s)|(?<=fin\sde\s)|(?<=final\sde\s)|(?<=inicios\sde\s)|"
                r"(?<=inicio\sde\s)|(?<=cierre\sde\s))"
                r"(?P<unit>año|mes|(?<!fin\sde\s)(?<!fines\sde\s)(?<!final\sde\s)semana)(?![\w-])"
                r"(?!\s+(?:{DIR}|\d|(?:lectivo|fiscal|judicial|escolar|académico|parlamentario|contable)\b))"),
    # (not "año fiscal", "año contable")
    # "el año 2019", "el año fiscal 2020", "el ejercicio 2019": one mention
    ("year", r"(?:(?:el\s+)?(?:año|ejercicio)\s+(?:(?:fiscal|lectivo|escolar|académico|judicial|parlamentario|electoral|"
             r"agrícola)\s+)?)?{YEAR}"),
]

# a clause set off by commas after a fronted date opens with these ("El sábado, cuando los líderes estén reunidos, se
# firmará el acuerdo": the main verb after it tells the date's tense; viz.dates.tense.tense)
ASIDE_OPEN = (r"cuando|mientras|si|aunque|porque|como|según|tras|antes\s+de\s+que|después\s+de\s+que|una\s+vez\s+que|"
              r"en\s+cuanto|hasta\s+que|"
              # ... or an apposition that names the day ("El 12 de octubre, Día de la Hispanidad, el Rey presidirá el
              # desfile", "El sábado, jornada de reflexión, no se podrán publicar sondeos")
              r"d[ií]a|jornada|fecha|festividad|fiesta|festivo|víspera|aniversario")

# "since" before a year-less date: the last such date ("los precios suben desde noviembre"; not told of the future: "desde el 3 de marzo regirá"; viz.dates.resolvers._since)
SINCE_WORDS = r"desde"
