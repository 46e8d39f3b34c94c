"""English words and rules for the date extractor (see viz.dates.engine for the template syntax)."""
import re

from .. import cldr, rxcache
from ..engine import _alt
from ..tense import sentence_after, sentence_before

CODE = "en"
_rx = rxcache.shared(CODE).compile  # the module's patterns, kept between processes with its rules'
DAY_FIRST = False            # 05/07/2021 is May 7
CAPITALIZED_NAMES = True     # month and weekday names only when capitalized ("may" the verb is not a month)
DAY_SUFFIX = r"(?:st|nd|rd|th)?"

MONTHS = cldr.months("en") | {"sept.": 9}
MONTH_NOT_BEFORE = r"\s+(?:for\s+(?-i:[A-Z])|(?:of\s+the|of\s+dimes|madness)\b)"  # "March for Life" is a name
# ... and the modal "may" before a verb ("This May Be The Last Photo")
MONTH_NOT_BEFORE += (r"|(?<=[Mm]ay)\s+(?:be|have|not|well|never|also|soon|only|yet|just|even|still|help|get|need|seem|"
                     r"sound|look|come|take|make|want|cause|affect|find|feel|lead|surprise)\b")
# ... and "May" after "for" before a capitalised word or a possessive and a noun of politics: a name ("Sales for May
# Department Stores fell", "Orders for May Co. shares", "Estimates for May's majority"; not "Forecasts for May point")
MONTH_NOT_BEFORE += (r"|(?<=\bfor\s[Mm]ay)(?:\s+(?-i:[A-Z])|['\u2019]s\s+(?:majority|cabinet|party|"
                     r"premiership|leadership|allies|supporters|critics|successor|strategy|authority|position)\b)")
# days English names by their date ("9/11": resolvers.r_named_date)
NAMED_DATES = {"9/11": "2001-09-11", "SEPTEMBER 11": "2001-09-11", "11 SEPTEMBER": "2001-09-11",
               "SEPTEMBER 11TH": "2001-09-11", "11TH SEPTEMBER": "2001-09-11", "SEPT. 11": "2001-09-11",
               "SEPT 11": "2001-09-11", "SEP. 11": "2001-09-11",
               "JANUARY 6": "2021-01-06", "JAN. 6": "2021-01-06", "JAN 6": "2021-01-06", "JANUARY 6TH": "2021-01-06",
               "JAN. 6TH": "2021-01-06"}
AMBIGUOUS_MONTHS = ("may",)   # alone, only after a cue word ("in May", "last May")
MONTH_ALONE_CUE = (r"(?:\b(?:in|last|next|this|early|late|mid|since|until|till|by|of|through|during|before|after|"
                   r"from|to|between|and|or|end|beginning|start|each|every)[\s-]*|"
                   # ... or another month before it in a list ("April, May and June")
                   r"\b(?:january|february|march|april|june|july|august|september|october|november|december),\s*|"
                   # ... or a period's figures before "for" ("Forecasts for May point to a rise", "Sales for May rose"),
                   # not a vote or a backing ("voted for May", "support for May")
                   r"\b(?:forecasts?|figures|data|numbers|statistics|estimates|sales|orders|exports|imports|output|"
                   # ... or a participle of a schedule ("Elections are scheduled for May", "the launch, planned for
                   # May,"; not "set": "the stage is set for May to win")
                   r"scheduled|slated|planned|earmarked|pencill?ed\s+in)"
                   r"\s+for\s+$)")
# a bare month after a capitalised word inside a sentence is part of a name ("the Women's March", "the Long March");
# not after a capitalised function word of a title-case headline ("Stocks Fall In March")
MONTH_NAME_AFTER = r"(?!)"
MONTH_NEVER_AFTER = (r"(?-i:(?<=[a-z,;]\s)(?!(?:In|On|At|By|Of|For|From|To|Until|Since|Through|During|Before|After|"
                     r"And|Or|Early|Late|Mid|Last|Next|This|Each|Every|The|Since|Until|Till|Between)\b)"
                     r"[A-Z][a-z]+)\s")

WEEKDAYS = cldr.weekdays("en")
WEEKDAY_NOT_BEFORE = r"(?:'s)?\s+(?:prayers?|sermons?|mosques?|services?|worship)\b|\s+(?:editions?|newspapers?|papers?)\b"
# ... nor the day of a kind of trade ("the Sunday trading ban", "Sunday shopping"; not "the Sunday opening of the bridge")
WEEKDAY_NOT_BEFORE += r"|\s+(?:trad(?:e|ing)|shopping)\s+(?:ban|laws?|rules?|hours|restrictions?|curbs?)\b|\s+shopping\b"
# (but "in Monday trading", "in early Tuesday trade" is the day's session on a market)
# ... nor a broadcast slot ("the Saturday morning TV schedule", "a Sunday evening programme"; "the Saturday night show
# at the arena" may be one evening and stays)
WEEKDAY_NOT_BEFORE += (r"|\s+(?:morning|afternoon|evening|night|teatime|lunchtime|primetime|prime-time)\s+"
                       r"(?:(?:tv|television|radio)\s+)?(?:programmes?|programs?|slots?|schedules?|line-?ups?)\b")
# (but one broadcast is a day: "the Sunday night TV debate", "his Saturday morning radio address")
# ... nor a newspaper's or a programme's name ("the Sunday Times", "the Sunday Telegraph", "Sunday Sport"; a capitalised
# noun right after the weekday: "Sunday Telegraph" is a paper, "Sunday telegrams" are not)
WEEKDAY_NOT_BEFORE += (r"|(?:(?<=(?-i:Sunday))|(?<=(?-i:Saturday)))(?<!\bon\s(?-i:Sunday))(?<!\bon\s(?-i:Saturday))"
                       r"\s+(?-i:(?:Times|Telegraph|Mirror|Express|People|Post|Herald|Mail|Independent|Tribune|Star|"
                       r"Sport|Observer|Sun|Age|Tasmanian|Business\s+Post)\b)")
# (the papers of the weekend only, and not after "on": "said on Tuesday Express Scripts would", "On Monday Post Office
# minister ...", "a Friday Post Office walkout" are days)
# a feast's name ("Ash Wednesday", "Maundy Thursday", "Good Friday" is the holiday rule's) or a past event's ("Bloody
# Sunday"), not the weekday; "Super Tuesday", "Black Friday" stay weekdays: news names them in their week
WEEKDAY_NOT_AFTER = r"(?-i:\b(?:Good|Bloody|Ash|Palm|Easter|Holy|Maundy|Shrove|Fat))"
# ... nor a programme's or a paper's name ending in it ("Fox News Sunday", "the Mail on Sunday", "the Independent on
# Sunday", "The Observer on Sunday")
WEEKDAY_NOT_AFTER += r"|(?-i:\b(?:Fox\s+News|Mail\s+on|Independent\s+on))"  # (not "told Bloomberg News Tuesday")
# a possessive weekday after "ahead of", "in the run-up to" (which look forward, in previews) is the nearest such day;
# not after "before", which also tells a story ("Hours before Friday's vote, the hall was silent");
# after "in", "at" in a sentence told in the future the coming one ("will play in Saturday's final"; see
# resolvers._possessive_weekday_ahead)
POSSESSIVE_WEEKDAY_AHEAD = r"\b(?:ahead\s+of|in\s+the\s+(?:run-?up|lead-?up|build-?up)\s+to|in\s+advance\s+of)"
POSSESSIVE_WEEKDAY_IN = r"\b(?:in|at)"
POSSESSIVE_EVENT_PREP = r"\b(?:following|after|since|over|despite|because\s+of|for)\b"
# ... and only after a verb of taking part in the event ("will lead the side in Saturday's match", "Voters will decide in
# Sunday's election"); not of dealing with it afterwards ("The FA will investigate the incidents at Sunday's game",
# "will analyse its losses in Sunday's election")
POSSESSIVE_TAKE_PART = (r"\s+(?:(?:also|then|again|now|not|be|to)\s+)*(?:play|lead|start|captain|compete|run|race|stand|vote|"
                        r"decide|feature|appear|return|face|meet|host|sing|perform|speak|debut|referee|ride|drive|box|"
                        r"fight|skipper|coach|take\s+part|line\s+up|make\s+(?:his|her|their|its)\s+debut|be\s+(?:in|on)\s+"
                        r"(?:charge|the\s+(?:side|team|squad|bench|ballot)))\b")
# "this weekend" said on a Monday or Tuesday: the one just past, but the coming one in a sentence told in the future
THIS_WEEKEND_BY_TENSE = True
# "on a Saturday" is any Saturday ("In 1987 the final was played on a Saturday for the first time"): XXXX-WXX-6
WEEKDAY_GENERIC_BEFORE = r"\bon\s+an?\s+"
# a weekday written with a year-less date picks the year next to the anchored one where they agree ("Monday, Oct. 26"
# said in October 1998 of 1998, not 1997: resolvers.r_date); opt-in per language, other languages unchanged
WEEKDAY_PICKS_YEAR = True
HUNDREDS_ARE_CENTURIES = True  # "the 1800s" is the 19th century, not the decade 1800-1809
RANGE_WORDS = ("until", "till", "to", "through")  # "from March 3 until March 5": a range end, not a future cue
# "due to" before a noun phrase is "because of" ("due to a landslide", "due to heavy rain", "due to COVID-19"), no plan
_DUE_TO_CAUSE = (r"(?:the|a|an|his|her|its|their|our|my|your|this|that|these|those|some|many|several|no|poor|bad|heavy|"
                 r"high|low|lack|concerns?|(?-i:[A-Z0-9])|\w+(?:ing|ion|ment|ness|ity|ance|ence|ure|age|ies)\b)")
FUTURE_CUE = (r"\b(?:will|'ll|shall|would|(?:is|are|was|were)\s+(?:due|scheduled|expected|set|slated|to)|"
              # an infinitive after the present perfect of a verb of directing or deciding: its time is to come ("I
              # have instructed the agency to report to Cabinet on Monday", "The two sides have agreed to meet on Friday")
              r"(?:has|have|'ve)\s+(?:(?:already|also|now|just)\s+)?(?:instructed|asked|ordered|told|directed|urged|"
              r"invited|agreed|decided|promised|pledged|vowed|requested|summoned|called\s+on)\b"
              r"(?:(?!\b(?:and|but|which|who|that|when|after|before)\b)[^.;,]){0,60}?\bto\s+(?:be\s+)?"
              r"(?!(?:the|a|an|his|her|its|their|this|that|these|those|my|our|your)\b)(?-i:[a-z])\w+|"
              # a forecast: "Dorian was forecast to reach the coast late on Monday", "is likely to vote on Friday"
              r"(?:is|are|was|were|be)\s+(?:(?:also|still|now)\s+)?(?:forecast|forecasted|predicted|projected|likely|"
              r"unlikely|poised)\s+to|"
              # ... and the weather forecast for a day, in the present ("Heavy rain is forecast for Thursday and
              # Friday"; not "was forecast for", a forecast told after the fact)
              r"(?:is|are)\s+(?:(?:also|still|now)\s+)?(?:forecast|forecasted|predicted)\s+(?:for|on)\b|"
              # ... a headline's infinitive of a plan ("Airbus to unveil A380 on Friday"), "set for Thursday"
              r"(?-i:^\s*(?!(?:According|Due|Thanks|Owing|Prior|Next|Close|Compared|Contrary|Similar|Up|Back|Ahead|"
              r"In|On|With|Welcome|Listen|Subscribe|Go|Return|Reply|Click|Turn)\s)(?:[A-Z][\w'’.&-]*\s+){1,5}to\s+"
              r"(?:be\s+)?[a-z]+)|(?:set|slated)\s+for|"
              r"scheduled|set\s+to|plans?\s+to|planned|planning|going\s+to|upcoming|next(?!\s+(?:to|door|in\s+line|of\s+kin|most|\w+est)\b)|until|"
              r"till|effective|payable|expires?|due(?!\s+to\s+" + _DUE_TO_CAUSE + r"))\b|\bby\s+$|"
              # "The vote must still be ratified at its October meeting": an obligation said in the present (no past
              # tense before it in the sentence; the cue ends after the participle, past the past cue "ratified")
              r"^(?:(?!\b(?:had|was|were|said|told|did)\b|\b\w{3,}ed\b).)*?\bmust\s+(?:still\s+|first\s+|also\s+)?be"
              r"(?:\s+\w+ed)?\s|"
              # a scheduled event told in the present right before its date ("He and Arafat meet separately Monday",
              # "The trial opens on March 5", "Talks resume in June")
              # (not the words that are also nouns or adjectives: "stayed open", "a fresh start", "tax returns", "kick
              # off"; "meet" and "resume" only after a plural or capitalised subject: "the swim meet Saturday", "her
              # resume on Monday" are nouns)
              r"(?:(?:\b(?:they|we)|\b(?!(?:his|its|this|was|has|does|yes|is|as|us)\b)\w\w+s|"
              r"(?-i:\b(?!(?:The|This|That|These|Those|An?|His|Her|Its|Their|Our|My|Your|Each|Every|Next|Last)\b)"
              r"[A-Z][a-z]+))\s+(?:meet|resume)|"
              r"\b(?:begin|begins|opens|reopen|reopens|convene|convenes|arrive|arrives|(?:take|takes)\s+effect))"
              r"\s+(?:\w+ly\s+)?(?:on\s+|in\s+)?"
              r"(?:(?-i:[A-Z])[a-z]+\.?\s+)?$")  # (tense() adds a mention's own words before its digits: "March ")
# (a word of the subject may be an abbreviation written with its periods: "On Monday, U.S. lawyers will ...", "Mr. Smith")
_WORD_AFTER = r"(?:(?:[A-Za-z]\.){2,}|(?:Mr|Mrs|Ms|Dr|St|Sen|Rep|Gov|Gen|Col|Lt|Sgt|Capt|Prof|Rev)\.|[\w'-]+)"
# (... "is to" before a verb too: "Super Tuesday is to include 14 states")
FUTURE_AFTER = (r"\s*,?\s*(?:" + _WORD_AFTER + r"\s+){0,3}?(?:will|'ll|is\s+(?:expected|scheduled|due)\s+to|"
                r"(?:is|are)\s+to\s+(?:be\s+)?(?-i:[a-z])\w+)\b|"
                r"\s*,\s*(?:(?!\w+ed\s|said\s|made\s)[\w'.-]+\s+){1,9}?(?:plans?|intends?|(?:is|are)\s+(?:set|scheduled|slated|due|going))\s+to\b|"
                # (... and a subject that is a name of up to six capitalised words, a title before it: "In December,
                # Prime Minister Rishi Sunak will visit India", "In September the United Nations General Assembly will
                # meet"; "will" in lower case, which a title-case headline does not write)
                r"\s*,?\s*(?:the\s+)?(?:(?-i:[A-Z])[\w'.\u2019-]*\s+(?:(?:of|bin|al|de|von|van)\s+)?){1,6}?"
                r"(?-i:will|'ll)\s+(?-i:[a-z])")
_ED = r"(?!(?:hundred|indeed|need|proceed|exceed|succeed|united|based|speed|expected|scheduled|planned)\b)\w{3,}ed"
# ... and the irregular pasts (a closed class; not those that are also presents: "hit", "cut", "put", "set", "read")
# (written as a prefix tree: an alternation of a hundred words tried one by one slowed every tense reading)
_IRREGULAR_PAST = _alt(("lost rose fell won made took came went saw gave began grew paid sold bought held left met led "
                        "spent built fought brought thought found became kept stood wrote spoke broke chose drove flew "
                        "knew threw sank ran struck shot fled sent felt wore woke froze stole swore tore shook forgot "
                        "forgave withdrew overtook undertook underwent arose sought taught caught bore slid spun swung "
                        "hung dug clung stuck stung rang sang drank swam lay laid rode was were had did said "
                        "told drew shrank sprang bent lent dealt leapt crept hid upheld withheld overcame oversaw "
                        "overthrew foresaw outgrew rebuilt strove").split())
# (not a participle after "be": "will be held on Saturday" is told in the future, "was held" by "was"; nor a word
# right after a determiner, which is an adjective or a noun, never a finite verb: "will play a mixed doubles match on
# Sunday", "will meet the injured workers on Friday", "the left wing")
def _not_after(words):
    """Lookbehinds that no word of `words` and a space stand right before (one per length: re's are fixed-width)."""
    return "".join(r"(?<!\b(?:" + "|".join(w for w in words if len(w) == n) + r")\s)"
                   for n in sorted({len(w) for w in words}))


_NOT_AFTER_DET = _not_after(("a", "an", "my", "the", "its", "his", "her", "our", "your", "their"))
_PAST_WORD = (r"(?:" + _IRREGULAR_PAST + "|" + _ED +
              # ... and the regular pasts too short for _ED ("died on Monday", "sued the city on Friday")
              r"|died|sued|owed|used)\b")
# (the word is tried first, so that the lookbehinds run only where a past form stands)
# (nor a participle after a present "is/are/am/get(s)": "when the bill is debated on Thursday", "before the results are
# published on Friday" tell a present passive, not a past)
PAST_CUE = (r"\b(?=" + _PAST_WORD + r")(?<!\bbe\s)(?<!\bbeing\s)"
            r"(?:(?<!\bis\s)(?<!\bare\s)(?<!\bam\s)(?<!\bget\s)(?<!\bgets\s)|"
            # (but a charge or a report is of a past act: "who is accused of a stabbing on Monday")
            r"(?=(?:accused|suspected|alleged|charged|convicted|reported|believed|thought|said|known|feared)\b))"
            + _NOT_AFTER_DET + _PAST_WORD)
# the past perfect ("economists had forecast", also with the forms that are presents too): told after a past time (see
# resolvers._possessive_weekday_ahead); not "had to"
PAST_PERFECT = r"\bhad\s+(?!to\b)"
# "starting" tells a time to come ("Fares will rise 5 percent starting in October", "starting Monday, shops may open"),
# but not after a past verb or a present perfect of its sentence, whose span it dates ("She spent six months in
# Portugal, starting in October", "Prices rose, starting in March", "Prices have risen sharply, starting in April")
# (the lookahead first fails fast in the many sentences without the word)
# (a verb of deciding or announcing leaves it to come: "The government declared three days of mourning starting
# Wednesday")
_DECIDE_PAST = (r"(?:said|told|announced|declared|decided|ordered|approved|agreed|imposed|introduced|unveiled|proclaimed|"
                r"confirmed|voted|extended|"
                # ... or a verb that calls off what was to come ("Hospitals have cancelled operations starting
                # Thursday"): one cancels only what has not happened yet
                r"cancell?ed|canceled|postponed|scrapped|called\s+off)\b")
FUTURE_CUE += (r"|^(?=.*?\bstarting\b)(?:(?!(?!" + _DECIDE_PAST + r")" + PAST_CUE
               + r"|\b(?:has|have)\s+(?:\w+\s+)?(?!" + _DECIDE_PAST + r")(?:been|\w+(?:ed|en))\b).)*?\bstarting\b")
# "as soon as", "as early as" before a date tell a plan ("could arrive as early as March"), but not after a past verb
# with no modal between: then they say how early it was ("had started taking precautions from as early as March 8")
# (the lookaheads first fail fast in the many sentences without the phrase)
FUTURE_CUE += (r"|^(?=.*?\bas\s+(?:soon|early)\s+as\b)(?:(?:(?!" + PAST_CUE + r").)*?|"
               r".*?\b(?:will|'ll|shall|would|could|can|may|might|should|must)\b[^.;]*?)\bas\s+(?:soon|early)\s+as\b")
# a title-case headline's infinitive of a plan ("New Poetry Volume To Be Released In June", "City Council To Vote
# On Budget In October"): "To Be" and a participle, or "To" and a verb of a scheduled act (not "To" and a noun: "Trump
# Goes To Washington In June")
FUTURE_CUE += (r"|(?-i:^\s*(?:[A-Z][\w'\u2019.&-]*\s+){1,6}To\s+(?:Be\s+[A-Z][a-z]+(?:ed|en|wn)|(?:Vote|Open|Close|"
               r"Launch|Hold|Host|Release|Visit|Meet|Start|Begin|End|Resume|Reopen|Announce|Unveil|Testify|Retire|"
               r"Resign|Step\s+Down|Debut|Premiere|Sign|Decide|Rule|Raise|Hike|Cut|Lift|Ban|Require|Introduce|"
               r"Expand|Fund|Finance|Extend)\b))"
               # a modal of possibility at most ten words before the date ("could be complete around November",
               # "the machine may be unveiled at the fair in May"), not a past ability or a passive ("could be seen in
               # March", "could not attend on Monday"), nor "may have", nor a guess at a cause ("may be behind
               # November's rise in sales": the rise is known)
               r"|(?:\b(?-i:could)\s+be\s+(?!(?-i:[a-z])\w*(?:ed|en|wn)\b)(?-i:[a-z])\w+"
               # (... and a title-case headline's "Could"/"Might" before a verb: "What That Could Mean For November")
               r"|(?-i:\b(?:Could|Might)\s+(?!Have\b|Not\b)[A-Z][a-z]+)"
               r"|\b(?-i:may|might)\s+(?:(?:not|also|still|soon|well|even|only|then)\s+)?(?!have\b|been\b|"
               r"be\s+(?:behind|responsible|to\s+blame|due\s+to|the\s+(?:cause|reason|result))\b)(?-i:[a-z])\w+)"
               # (no past verb between: "may impress the chiefs, who arrived in London on Tuesday")
               r"(?:\s+(?!" + PAST_CUE + r")[\w'\u2019.,-]+){0,10}\s*$")
# "through" before a date ends a span to come when a future modal rules the sentence before it ("will be the last one
# needed as negotiators craft bills financing agencies through Sept. 30"); not otherwise: "sales rose in the three
# months through September", "the exhibition ran through Oct. 20" are spans past
# (anchored at the sentence's start, so that the modal's own match does not hide it)
FUTURE_CUE += (r"|^(?=.*\bthrough\s+(?:(?-i:[A-Z])[a-z]+\.?\s+)?$).*?\b(?:will|'ll|shall|would)\b.*\bthrough\s+"
               r"(?:(?-i:[A-Z])[a-z]+\.?\s+)?$")
# ... or a verb of lasting in the present tense at most six words before it ("The plan covers their premiums through
# September", "the order remains in place through June"): the span is still running (not across a comma: "the funds,
# followed ... through August"; these forms are also nouns)
FUTURE_CUE += (r"|\b(?-i:lasts|continues|extends|covers|runs|remains|stays|keeps)\s+(?:[\w'\u2019.-]+\s+){0,6}?through\s+"
               r"(?:(?-i:[A-Z])[a-z]+\.?\s+)?$")
# the present progressive at most four words before "in"/"on" and the date, no past verb between, tells a plan ("The
# mayor, who is running again in November", "ministers are meeting on Thursday"); not the verbs of an aftermath
# or of looking back, whose date is past ("is recovering from surgery in March", "is investigating a fire on Monday")
_PROGRESSIVE_PLAN = (r"\b(?:is|are|am|'re)\s+(?:(?:now|also)\s+)?(?!(?:recovering|reeling|suffering|struggling|mourning|"
                     r"grieving|investigating|probing|examining|reviewing|facing|rebuilding|recuperating|healing|coping|"
                     r"dealing|remembering|marking|commemorating|celebrating|looking|reporting|blaming|appealing|"
                     r"disputing|suing|defending|denying|explaining|responding|reacting)\b)"
                     r"(?-i:[a-z])\w{2,}ing\s+")
FUTURE_CUE += (r"|" + _PROGRESSIVE_PLAN +
               # (nor across a preposition of a cause or an earlier time: "is cutting jobs after losses in March")
               r"(?:(?!" + PAST_CUE + r"|(?:after|following|since|from|over|amid|despite|because|during)\b)"
               r"[\w'\u2019.-]+\s+){0,4}?(?:in|on)\s+(?:(?-i:[A-Z])[a-z]+\.?\s+)?$")
# a scheduled act in the present passive, at most five words before "on" and the date with no past verb between ("when
# the bill is debated in parliament on Thursday", "The winner, who is announced on Sunday", "the results are published
# on Friday"), also without "on" ("He is sentenced Friday", "The bill is debated Thursday in the Senate"): the time is
# to come (only the acts of a schedule: not "is accused of ... on Monday", "is shown ... on", "is charged Monday": a
# charge, like a report, is of a past act (PAST_CUE))
FUTURE_CUE += (r"|\b(?:is|are)\s+(?:(?:also|then|now|finally|formally|officially|only)\s+)?(?:published|announced|heard|"
               r"debated|discussed|unveiled|launched|released|staged|decided|presented|inaugurated|screened|named|"
               r"revealed|delivered|sentenced|signed|auctioned|buried|sworn\s+in|tabled|introduced|crowned|awarded|"
               r"elected|chosen|selected|installed|played|held|opened|voted\s+on|considered|reviewed|handed\s+down|"
               r"arraigned|inducted|ordained|married|laid\s+to\s+rest)\s+"
               r"(?:(?!" + PAST_CUE + r"|(?:after|following|since|from|over|amid|despite|because|during|until|by)\b)"
               r"[\w'\u2019.-]+\s+){0,5}?(?:on\s+)?(?:(?-i:[A-Z])[a-z]+\.?\s+)?$")
# "this weekend" said on a Monday or Tuesday is the coming one (THIS_WEEKEND_BY_TENSE) also after a clause in the
# present progressive of a plan anywhere before it ("Organisers are staging a food fair in the park this weekend")
WEEKEND_PLAN_BEFORE = _PROGRESSIVE_PLAN
# ... but not of an aftermath, nor a weekend's named event ("Residents are cleaning up after flooding this weekend",
# "Analysts are poring over this weekend's results", "Following violence this weekend, police will ...")
WEEKEND_AFTERMATH = (r"\b(?:after|following|from|over|since|despite|amid|because\s+of|cleaning|clearing|counting|digesting|"
                     r"weighing|treating|hurt|injured|killed|damaged)\b")
# a present-tense verb of intention before an infinitive, at most eight words before the date with no past verb between
# ("wants to help other towns prepare for this in November", "hopes to finish by June"): the time is to come (not the past
# forms: "wanted to leave in March")
FUTURE_CUE += (r"|\b(?:wants?|hopes?|aims?|intends?|seeks?|wishes|vows?|pledges?|promises?|expects?)\s+to\s+"
               r"(?:be\s+)?(?-i:[a-z])\w+(?:\s+(?!" + PAST_CUE + r")[\w'\u2019.,-]+){0,8}\s*$")
# the new time of a rescheduled event, right after its preposition ("NASA Reschedules Launch To Saturday", "the hearing
# was postponed to Thursday", "pushed the final back to Sunday", "has been rescheduled for Saturday"): still to come when
# the move is told; not in the past perfect, which tells it after the fact ("the match, which had been postponed to
# Saturday, ended in a draw"), nor "on" (the day of the move: "was postponed on Sunday"). Not in a participle clause
# that opens the sentence or is set off by a comma, nor after "after being"/"having been": the main clause tells the
# tense ("Delayed to Saturday by rain, the final was won by ...", "The vote, deferred to Monday, passed 52-48", "After
# being postponed to Saturday, the race was won by ..."); "for" only after "reschedule" ("rescheduled for Saturday";
# "parcels were delayed for Christmas" is no new date); "moved" too ("Match Moved To Saturday", "The vote was moved to
# Monday"). (A reduced relative in a headline, "Match Postponed To Sunday Ends Goalless": see
# WEEKDAY_HEADLINE_VERB_AFTER.)
FUTURE_CUE += (r"|(?<=\w\s)(?<!\bhad\s)(?<!\bhad\sbeen\s)(?<!\bafter\sbeing\s)(?<!\bhaving\sbeen\s)(?<!\bhaving\s)"
               r"\b(?:(?:postpon(?:e|es|ed|ing)|delay(?:s|ed|ing)?|defer(?:s|red|ring)?|mov(?:e|es|ed|ing)|"
               r"(?:push(?:es|ed|ing)?|put(?:s|ting)?)\s+(?:[\w'\u2019.-]+\s+){0,4}?(?:back|off))"
               r"(?:\s+(?!(?:and|but|that|which|who|when|after|because|since|from|on)\b)[\w'\u2019.-]+){0,5}?"
               r"\s+(?:to|until|till)|reschedul(?:e|es|ed|ing)"
               r"(?:\s+(?!(?:and|but|that|which|who|when|after|because|since|from|on)\b)[\w'\u2019.-]+){0,5}?"
               r"\s+(?:to|until|till|for))\s+$")
# a date right after a present verb that looks forward to it, at most an article between ("NASA Aims For Saturday
# Launch", "is eyeing a Saturday launch", "heading into the November elections", "are preparing for a Sunday opening"):
# the coming one; not the past forms ("aimed for", "headed into"), nor the past progressive ("was heading into").
# "eyes" and "targets" are also plural nouns ("struck targets Sunday", "tears from her eyes Sunday", "missed its
# targets Monday"): in running text the verb only with an article or a possessive before the date ("eyes a Sunday
# return"); bare, only in a title-case headline ("Apple Targets Friday Release"), not after a determiner, a number or
# an adjective in lower case. A participle that opens its sentence or a clause set off by a comma ("Heading into the
# October elections, the party was split"; "The party, heading into ...") leaves the tense to the main clause.
FUTURE_CUE += (r"|(?<!\bwas\s)(?<!\bwere\s)\b(?:aims?\s+for|(?<=\w\s)aiming\s+for|eyes(?=\s+(?:a|an|the|its|their|his|her|our)\s)|"
               r"targets(?=\s+(?:a|an|the|its|their|his|her|our)\s)|(?<=\w\s)(?<!\d\s)(?<!\b(?-i:Its|The|His|Her|Our)\s)(?<!\b(?-i:Their)\s)(?-i:Eyes|Targets)|"
               r"(?<=\w\s)eyeing|(?<=\w\s)targeting|"
               r"prepares?\s+for|braces?\s+for|(?<=\w\s)(?:preparing|bracing)\s+for|gears?\s+up\s+for|"
               r"(?<=\w\s)gearing\s+up\s+for|heads?\s+into|(?<=\w\s)heading\s+into|"
               r"looks?\s+ahead\s+to|(?<=\w\s)looking\s+ahead\s+to)\s+(?:(?:a|an|the|its|their|his|her|our)\s+)?$")
# a participle of a schedule without its auxiliary right before the day ("the jobs report expected Friday", "Vote
# Expected On Tuesday" in a headline, "the decision, scheduled for Monday,"): still to come (not "than/as expected":
# "rose more than expected on Tuesday"); and a present verb of a scheduled act in lower case right before the day, after
# a past one ("The forum opened on Wednesday and ends on Sunday", "The talks, which began on Monday, end on Friday"; not
# negated or after "to": "did not end on Friday"; not the adjectives and the noun "open", "close", "resume": "stayed
# open until Saturday", "sent his resume on Monday"; a headline's capitalised present is left to its own rules)
# "expected" is the finite verb, not a participle, after its subject when that is a person or a market's watchers
# ("than economists expected on Wednesday", "Analysts expected December's figure"), or after "than"/"as" one word
# before ("sooner than many expected Tuesday", "as widely expected on Thursday"; not "The verdict, widely expected
# Monday, could ..."), or hyphenated
# ("more-than-expected Thursday"); the present of a scheduled act needs a past one of a scheduled act before it in its
# sentence; a bare form no determiner right before it, nor before a word right before it that does not end in -s ("a
# weak start on Wednesday", "its best finish on Thursday"; "the talks end on Friday" is the verb), an -s form any
# subject but "housing" ("the debate ends on Wednesday"; "housing starts Tuesday"); "a jump-start" has no space)
_DET_WORDS = ("a", "an", "the", "its", "his", "her", "our", "their", "my", "your", "this", "that", "several", "many",
              "some", "two", "three")
_DET_W = "(?:" + "|".join(_DET_WORDS) + ")"
_NOT_ACT_NEG = r"(?<!\bnot\s)(?<!n't\s)(?<!\bdid\s)(?<!\bto\s)"
_NOT_AFTER_DET_W = _not_after(_DET_WORDS)
# (each branch opens with a word boundary and a lookahead for the verb that ends it, implied by the branch itself:
# these cues are tried at every position of every sentence read, and most positions fail there at once)
FUTURE_CUE += (r"|^\W*(?:expected|scheduled|slated)\s+(?:(?:on|for)\s+)?$"
               r"|\b(?=[\w']+,?\s+(?:expected|scheduled|slated)\s)(?<!\bthan\s)(?<!\bas\s)"
               r"(?!(?:than|as|had|have|has|been|be|economists|analysts|"
               r"forecasters|investors|traders|experts|observers|many|most|some|few|others|they|we|i|you|he|she|who|"
               r"everyone|nobody)\b)[\w']+,?\s+(?:expected|scheduled|slated)\s+(?:(?:on|for)\s+)?$"
               r"|\b(?:opened|began|started|kicked\s+off|convened|resumed|reopened|got\s+under\s*way|commenced)\b"
               r"[^.;!?]*?\b(?=[\w']+,?\s+(?-i:end|begin|start|open|close|resume|reopen|finish|conclude|expire))(?:"
               # ... a bare form: no determiner right before it, nor before a word (not in -s) right before it
               r"(?:" + _NOT_AFTER_DET_W + r"(?!" + _DET_W + r"\b)[\w']+|(?!" + _DET_W + r"\b)[\w']*s)"
               r",?\s+" + _NOT_ACT_NEG + r"(?-i:end|begin|start|reopen|finish|conclude|expire)"
               # ... an -s form: after any subject ("the debate ends on Wednesday"), but "housing starts"
               r"|[\w']+,?\s+" + _NOT_ACT_NEG + r"(?<!\bhousing\s)"
               r"(?-i:(?:end|begin|start|open|close|resume|reopen|finish|conclude|expire)s))"
               r"\s+(?:on\s+)?$")
# the present "plan(s)" with its object right before the date's preposition tells an act to come, even after a past
# verb ("Protesters marched on Saturday and plan another rally on Sunday"); not the noun after a determiner or a
# possessive ("his plans on Tuesday"), nor a past participle among the object's words
FUTURE_CUE += (r"|(?=plans?\s)(?<![-\w'\u2019])(?<!'s\s)(?<!\u2019s\s)" + _NOT_AFTER_DET + r"plans?\s+(?:a|an|another|more|further|"
               r"new|fresh|two|three)\s+(?:(?![\w-]*ed\b)[\w-]+\s+){0,2}?(?:on|in|for)\s+$")
# a capitalised "Today", "Tomorrow", "Tonight", "Yesterday" alone in quotation marks names a song, a film, a show or a
# book only after a verb of performing or making one, a noun of a title, "called", or "on"/"with" ("he sang
# “Tomorrow”", "her novel “Yesterday”", "a song called 'Tonight'", "her job on \"Today\"", "closed the set with
# \"Yesterday\""), or before a title's noun ("‘Today’ host", "“Tonight” is the band's new single")
_TITLE_BEFORE = "(?:" + "|".join(r"(?<=\b%s\s[\"\u201c\u2018'])" % w for w in (
    "sang sing sings singing sung performed performs performing perform played plays playing covered covers "
    "recorded records released releases wrote starred\\sin appeared\\son song single album film movie show musical "
    "novel book play hit track ballad anthem series programme program episode called titled entitled named on "
    "with").split()) + ")"
_TITLE_AFTER = (r"(?=\s+(?:(?:co-?)?hosts?|anchors?|presenters?|shows?|programmes?|stars?|songs?|singles?|albums?|"
                r"films?|movies?|musical|episodes?|segments?|(?:is|was)\s+(?:[\w'\u2019]+\s+){0,3}?(?:single|song|"
                r"album|film|movie|show|musical|novel|book|play|track|ballad|hit|anthem|series))\b)")
# a weekday with its day of the month that no month within one of the reference's has ("Friday the 13th" said in June
# 2024, "Saturday the 4th" of a rank) is read as the weekday alone (resolvers.r_dom)
DOM_WEEKDAY_MUST_FIT = True
# a possessive before a month is a determiner ("the Fed's September meeting", "Germany's October survey"), but a name
# may end at the month ("the Women's March on Washington", "the Women's March drew thousands"): after a possessive, a
# bare month is a date only before a lowercase word that is no function word and no past verb
_MONTH_FULL = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
               "November", "December")
# (after a plural possessive, "March" is the march of those people: "the Women's March organizers", "the Veterans'
# March", "the People's March")
MONTH_NOT_BEFORE += "".join(r"|(?<=%s\s[Mm]arch)" % p for p in (
    "women's", "men's", "children's", "people's", "women\u2019s", "men\u2019s", "children\u2019s", "people\u2019s"))
MONTH_NOT_BEFORE += r"|(?-i:(?<=s'\sMarch)|(?<=s\u2019\sMarch))"
# ... and "to March" before "against"/"through" is the verb of a title-case headline ("Londoners Set To March Against
# The Visit"): a month is not "against" anything
MONTH_NOT_BEFORE += r"|(?<=\b[Tt]o\s[Mm]arch)\s+(?:against|through)\b"
# (a contraction is no possessor: "believe it's August")
_NOT_CONTRACTED = r"(?<!\b(?:it|he))(?<!\b(?:she|who|let))(?<!\b(?:that|what|here))(?<!\bthere)"
MONTH_NOT_BEFORE += ("|(?:" + "|".join(r"(?<=%s%ss\s%s)" % (_NOT_CONTRACTED, ap, m) for m in _MONTH_FULL
                                       for ap in "'\u2019") + ")"
                     r"(?!\s+(?!(?:on|in|at|of|for|to|from|by|with|and|or|but|as|is|was|were|are|has|had|have|will|"
                     r"would|can|could|that|which|who|drew|" + _IRREGULAR_PAST + r")\b)(?-i:[a-z])(?![a-z]*ed\b)[a-z]+)")
# a bare month between "the" (or "Great") and a revolution names a historic event ("the October Revolution", "the Great
# October Socialist Revolution"), not that month of the text's year (UN speeches use these names often). Not a war, a
# coup or an uprising: "since the July coup attempt", "after the August war with Georgia", "over the January uprising"
# are months of the last year as often as names of old events ("the October war" of 1973 in a 1978 speech stays misread)
MONTH_NOT_BEFORE += ("|(?:" + "|".join(r"(?<=\bthe\s%s)|(?<=\bgreat\s%s)" % (m, m) for m in _MONTH_FULL) + r")"
                     r"\s+(?:(?:socialist|bolshevik)\s+)?revolution\b")
# a relative clause in the past that holds a year-less month or day ("Lee, who won the county fair's pie contest in
# August"): that month is the last one (resolvers._anchor_year)
RELATIVE_PAST = (r"^\s*(?:who|which)\s+(?:" + _IRREGULAR_PAST + r"|" + _ED + r")\b"
                 # ... not a plan told in the past ("which was slated for October 15")
                 r"(?:(?!\b(?:will|would|shall|going\s+to|plans?\s+to|expected|scheduled|slated|set\s+(?:for|to)|due|"
                 r"planned|planning|postponed|delayed|moved\s+to|until|till)\b).)*$")
PAST_AFTER = r"\s*,?\s*(?:" + _WORD_AFTER + r"\s+)?(?:was|were|had)\b(?!\s+(?:planning|going|expected|scheduled|due|set|about|to)\b)"
# ... or a possessive date whose noun's verb is past ("June's flood destroyed 400 homes", "March's figures showed a
# drop"): its event is told as done (not a participle right after the possessive: "Monday's delayed launch will ...")
PAST_AFTER += (r"|['\u2019]s\s+(?:[\w-]+\s+){1,3}?(?:" + _IRREGULAR_PAST + "|" + _ED + r")\b")
# a year-less date or a weekday naming a violent incident or an accident ("the April shooting", "the Jan. 6
# insurrection", "over the September bombing", "the Sunday crash"): such a day is known because it has happened, so
# the last one, whatever the sentence's tense ("will serve ten years for the April shooting"); not weather, which is
# forecast by its day ("the March storm is expected to bring snow")
PAST_AFTER += (r"|\s+(?:shootings?|attacks?|bombings?|crash(?:es)?|riots?|insurrection|massacre|killings?|murders?|"
               r"stabbings?|explosions?|blasts?|raids?|coup|assaults?|ambush|slayings?|rampage|hijacking|"
               r"kidnappings?|abductions?|derailment|collapse|earthquake|quake|mass\s+shooting|"
               # ... or an inquiry into what happened that day ("the Jan. 6 probe", "the May 3 investigation"), or a
               # court's finding, known once given ("affirmed a July ruling", "appealed the March verdict")
               r"probe|investigation|inquiry|ruling|verdict|conviction|acquittal|indictment|"
               # ... or those who took part in it or suffered it ("a Jan. 6 rioter", "the March 4 attackers", "the
               # Dec. 2 victims")
               r"rioters?|attackers?|hijackers?|bombers?|gunm[ae]n|shooters?|victims|survivors|"
               # ... or a body named after the day it looks into ("the Jan. 6 committee", "the Sept. 11 commission"; not
               # the day of its meeting: "the Dec. 2 committee meeting", "a Nov. 3 committee markup", "its Friday
               # committee stage"); a "panel" only after the name of a house ("a Dec. 2 Senate panel"): a bare panel is
               # most often a discussion on that day ("will speak on the Friday panel", "a March 10 panel at SXSW")
               r"(?:(?:(?-i:[A-Z])\w+\s+)?(?:committee|commission)|(?-i:[A-Z])\w+\s+panel)(?!\s+(?:meetings?|hearings?|"
               r"sessions?|votes?|discussions?|deadline|report|elections?|members?|mark-?ups?|stages?|debates?)\b))\b")
# in a title-case headline, a present verb right after a weekday with the rest of the line after it: the headline's
# main verb, told in the present of a past event ("Match Postponed To Sunday Ends Goalless", "Race Moved To Monday
# Draws Record Crowd"), the words before the day a reduced relative ("Match [that was] Postponed To Sunday"): the last
# such day, whatever cue of a time to come stands before it (resolvers.r_weekday); not a plural noun that goes with the
# day ("Sunday Times", "Friday Prayers") or a headline's own present ("Talks Resume Monday As Strike Ends": "As" is no
# verb). (Only after a weekday: in "Bold Plan For Fourth Of July Draws Mixed Reviews" the verb tells nothing of the
# feast's time.)
WEEKDAY_HEADLINE_VERB_AFTER = _rx(
    r"\s+(?!(?:Times|News|Papers|Prayers|Services|Sessions|Specials|Editions|Markets|Sales|Nights|Mornings|Evenings|"
    r"Afternoons|Games|Matches|Talks|Polls|Elections|Results|Highlights|Series|Sports|Blues|Lunches|Dinners)\b)"
    r"[A-Z][a-z]{2,}(?<!ss)(?<!us)(?<!is)s(?:\s+(?:[A-Z0-9][\w'\u2019.-]*|[a-z]{1,3}))*\s*[.!?]?\s*$")
# ... but a verb of anticipation is a present of what is still to come ("Strike Set For Monday Threatens Commuter Chaos",
# "Final On Sunday Promises Thrills", "Vote Moved To Thursday Worries Campaigners"): the coming day
# (resolvers.r_weekday); and after a word of a schedule right before the day ("Storm Due Friday Puts Coast On Alert",
# "Summit Set For Thursday ...", "Storm Expected Friday ...") the headline's verb tells no past ("Planned For" is not
# among them: "Rally Planned For Saturday Draws Thousands" is told after the rally)
WEEKDAY_HEADLINE_AHEAD_AFTER = _rx(r"\s+(?:Threatens|Promises|Raises\s+(?:Hopes|Fears|Concerns|Questions)|Worries|"
                                   r"Looms|Beckons|Sparks\s+(?:Fears|Concerns)|Fuels\s+(?:Fears|Concerns))\b")
WEEKDAY_HEADLINE_AHEAD_BEFORE = _rx(r"(?:\b(?:Set|Slated|Scheduled|Pencill?ed\s+In)\s+For|\bDue|\bExpected)\s+"
                                    r"(?:On\s+)?$")
# a definite incident named by its day ("The attack on Wednesday is to be investigated", "the crash on Monday"): known
# because it has happened, so the last such day whatever the tense of its clause (as PAST_AFTER's "the Sunday crash")
WEEKDAY_INCIDENT_BEFORE = _rx(
    r"\b(?:the|this|that|last)\s+(?:[\w-]+\s+)?(?:shootings?|attacks?|bombings?|crash(?:es)?|riots?|"
    r"massacre|killings?|murders?|stabbings?|explosions?|blasts?|assaults?|ambush|slayings?|rampage|hijacking|"
    r"kidnappings?|abductions?|derailment|earthquake|quake|collision)\s+(?:on\s+)?$", re.I)
# the event's outcome told in the past later in the sentence ("The final was moved to Sunday and Spain won it 2-1",
# "the race moved to Sunday, when Verstappen won it", "The game, which was moved to Sunday because of the snow, ended
# 1-1"): the day has passed, whatever cue of a time to come stands before it (resolvers.r_weekday)
WEEKDAY_OUTCOME_AFTER = _rx(
    r"(?:\band\b|,|\bwhen\b|\bthen\b|\bwhere\b)\s+(?:(?!(?:will|would|is|are|could|may|might)\b)[^\s;]+\s+){0,4}?"
    r"(?:won|lost|ended|finished|beat|went\s+ahead|took\s+place|turned\s+(?:up|out)|attracted|sold\s+out|"
    r"(?:was|were)\s+(?:won|played|held|attended|staged))\b", re.I)
# after "ahead of" a possessive weekday, the event told as past: "last week" in the sentence ("Shares slid last week
# ahead of Friday's jobs report"), or what came of it after ("which later showed a fall", "then slumped after it was
# released") (resolvers._possessive_weekday_ahead)
POSSESSIVE_AHEAD_PAST = _rx(
    r"\b(?:last|the\s+previous)\s+week(?:end)?\b|\b(?:which|it|they)\s+(?:(?:later|then|eventually|ultimately|"
    r"finally)\s+)?(?:was|were|showed|came|proved|revealed|turned)\b|\blater\s+(?:showed|proved|revealed|turned|came)\b",
    re.I)
# the past verb whose phrase ends at a year-less date or a weekday with "until", "till" or "by" ("who was the envoy
# until December", "was not announced until after August 9", "had been removed by Saturday"): that date is past
# (tense.governed_past), although "until"/"by" are future cues. Only in the verb's own clause: a comma, a subordinator,
# an infinitive, a modal or a future cue between them undoes it ("said it would vote by Friday", "agreed to wait
# until June"); not an attributive participle ("the extended deadline until Friday"). (The same reading after "on" or
# "in" -- "One was sent to Washington on July 6", said in June -- lowered en-dev's check half by 2-4 mentions in every
# form tried: reported speech tells plans in the past tense; left out. Tried again in the fourth session with a verb of
# saying or planning only right before the preposition and no participle between: en-dev check -2 mentions, and SIB-200
# agreement fell (de and it 0.912 -> 0.885, fr 0.938 -> 0.912: German, French and Italian read those groups as the
# coming day, not the past one); left out.)
# GOVERNED_PAST_VERB: the past verb (searched, the last one wins); GOVERNED_PAST_PREP: its preposition, right before the
# date (searched at the end of the sentence's text before the date); at most 14 words between them
GOVERNED_PAST_VERB = (r"(?<!\bthe\s)(?<!\ba\s)(?<!\ban\s)(?<!\bits\s)(?<!\btheir\s)(?<!\bhis\s)(?<!\bher\s)"
                      r"\b(?P<verb>(?:did|was|were|had)n['\u2019]t|" + _IRREGULAR_PAST + "|" + _ED + r")(?!['\u2019]t)\b")
GOVERNED_PAST_PREP = (r"\b(?P<prep>until|till|by)(?:\s+(?:after|early|late|mid|the\s+(?:end|beginning|start|middle)\s+of))?"
                      r"\s+$")
GOVERNED_PAST_NOT_MID = (r"\b(?:to\s+(?!(?:the|a|an|his|her|its|their|my|our|your|this|that|these|those|him|them|us|"
                         r"me|court|prison|jail|hospital|power|office|death)\b)(?-i:[a-z])\w*|must|should|could|can|"
                         r"may|might|shall|need|that|which|who|whom|whose|when|if|whether|because|while|where|unless|"
                         r"once|so|but|or)\b")
# ... nor a verb under a modal or an infinitive ("must be returned by Jan. 14", "would have left by Friday")
GOVERNED_PAST_NOT_BEFORE = (r"\b(?:must|should|would|will|can|could|may|might|shall|to|'ll|'d|cannot|can't|won't|"
                            r"wouldn't|shouldn't|couldn't)\s+(?:(?:not|also|still|first|then|only|now|soon|be|been|have|"
                            r"get|being)\s+){0,3}$")
# "until"/"till" end a past state only after a verb of lasting ("was the envoy until December", "served until July");
# after others they set a bound to come ("was released on bail till October", "delayed the vote until June")
GOVERNED_PAST_UNTIL = (r"^(?:was|were|had|served|remained|stayed|lived|worked|lasted|continued|ran|led|ruled|reigned|"
                       r"headed|chaired|taught|played|existed|operated|persisted)$")
# a plan told in the past tense ("was planning to hold its primary on Tuesday", "was expected to close on December 12"):
# the nearest such day, which may be the past one (tense.plan_told_past)
PLAN_PAST = (r"\b(?:was|were|had\s+been)\s+(?:(?:still|originally|initially|also|then|first|previously)\s+)?(?:expected|scheduled|"
             r"due|set|slated|planning|planned|supposed|going|meant|intended|forecast|predicted|projected|"
             # ... and "was to" before a verb ("The airport was to open on Wednesday, but ...")
             r"to(?=\s+(?:be\s+)?(?-i:[a-z])\w+))\b"
             # ... and the future in the past of a decision told in the passive ("it was agreed a curfew
             # would be imposed on Saturday", "it was decided that the schools would reopen on Monday")
             # (the verb after "would" is the plan's own, not a present of a schedule: "would reopen on Monday")
             # ... only when the decision is placed in the story's past by a phrase before it ("At that session,
             # it was agreed"): a bare "It was announced that the bridge would close on Saturday" is a recent
             # announcement of the coming day, and "It was announced on Sunday that ... would reopen on Saturday" is
             # read after that Sunday (resolvers.r_weekday, WEEKDAY_ANNOUNCED_ON)
             r"|(?:,\s*|\b(?:at|during|after|in)\s+(?:the|that|this|its|their)\s+[\w-]+\s+)(?:it\s+)?(?:was|were)\s+"
             r"(?:agreed|decided|announced|resolved)\b[^.;]{0,40}?\bwould\s+(?:be\s+)?\w+"
             # ... or of a forecast told in the past ("Forecasters predicted that the hurricane would skirt the
             # Azores Wednesday night", said on Thursday: that Wednesday)
             r"|\b(?:predicted|forecast|projected|anticipated)\b[^.;]{0,60}?\bwould\s+(?:be\s+)?\w+")
# "it was announced on Sunday that the border would reopen on Saturday": a plan told after the weekday of its
# announcement is the first such day after that one (resolvers.r_weekday)
WEEKDAY_ANNOUNCED_ON = _rx(r"\b(?:announced|decided|agreed|resolved|confirmed|declared)\s+(?:on\s+)?"
                           r"(?P<wd>(?-i:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b[^.;]{0,60}?\bwould\b[^.;]*$", re.I)
# a passive past right before "on"/"in" and the date, with at most six words between ("One was sent to George
# Washington on July 6", "The first cases were reported in late July"), said a few weeks before that date: the last one.
# Not a plan told in the past ("was scheduled for", "was asked to testify on"), an infinitive ("was sent to be signed
# on") or another clause between (tense.governed_past; en-dev unchanged by it, which active verbs were not)
# (... or the past perfect, active or passive: "a storm had damaged a fishing fleet in late February", "had been
# arrested in March": told before a time already past)
PASSIVE_PAST_BEFORE = (r"\b(?:was|were|had(?:\s+been)?)\s+(?:(?:first|later|also|then|officially|publicly|already|"
                       r"previously|earlier)\s+)?"
                       r"(?!(?:expected|scheduled|due|set|slated|planned|supposed|going|meant|intended|forecast|predicted|"
                       r"projected|asked|told|ordered|invited|urged|able|unable|likely|unlikely|about|to)\b)"
                       r"(?:\w+ed|sent|read|held|born|found|killed|seen|given|taken|shot|hit|built|won|lost|sold|struck|"
                       r"thrown|written|known|brought|caught|beaten|bought|chosen|driven|fought|hurt|laid|led|left|made|"
                       r"met|paid|sworn|torn|worn|stolen|frozen|broken|spoken)\b"
                       # (not across "for" an event to come, "Athletes were selected for the Games in August", nor a
                       # participle of a plan, "warned of flooding expected in July")
                       r"(?:\s+(?!(?:and|but|that|which|who|when|after|before|would|will|if|for|expected|scheduled|"
                       r"planned|due|set|slated)\b|to\s+(?!(?:the|a|an|his|her|its|their)\b)(?-i:[a-z]))[\w'’.-]+){0,6}?"
                       r"\s+(?:on|in)\s+(?:(?:early|late|mid)[\s-]+)?$")
# an active past verb whose phrase ends at "on" and a year-less day ("A copy reached London on August 26", "found a crack
# in the hull on March 19"), or at "in" and a bare month ("Prices rose in April, May and June", "The letter reached the
# mayor in December"), said a few days, weeks or months before that day's or month's next occurrence: the last one
# (resolvers._told_past; without it the next one, if near, is read). (With "in": no dev mention, Wikinews or HuffPost
# mention changes; 7 BBC mentions do, all to the right year.) Not a verb
# of saying, scheduling or deciding, whose date may be that of the plan it tells ("announced the vote on March 19",
# "moved the exam to", "chose Lisbon for its congress in April"), nor "was/were/had" (PASSIVE_PAST_BEFORE); no event
# to come, clause break, subordinator, infinitive or modal between the verb and the preposition, no future anywhere
# before it in the sentence, and no participle after "be"/"to" ("was sent to be signed on November 2").
_PLAN_OR_SAY_VERB = ("said told announced called postponed delayed moved pushed rescheduled fixed agreed decided voted "
                     "approved confirmed reported warned promised pledged vowed predicted proposed suggested asked "
                     "urged ordered invited booked reserved arranged organised organized adjourned deferred extended "
                     "advanced brought chose picked named designated earmarked targeted timed slated announced set "
                     # ... and acts on a day still to come ("cancelled all flights on March 20", "closed schools on
                     # March 18 and 19 for the holiday")
                     "cancelled canceled closed suspended halted grounded banned "
                     "was were had did").split()
_EVENT_TO_COME = ("elections? votes? voting ballots? polls? referend(?:um|a) primar(?:y|ies) caucus(?:es)? meetings? "
                  "summits? talks hearings? trials? sessions? conferences? congress(?:es)? conventions? ceremon(?:y|ies) "
                  "races? match(?:es)? games? finals? exams? examinations? tests? deadlines? launch(?:es)? releases? "
                  "debates? concerts? festivals? tournaments? openings? visits? inaugurations? weddings? funerals? "
                  "dates? strikes? rall(?:y|ies) premieres? auctions? sales? hearing shows? events? plans? "
                  "programmes? programs? schedules? timetables? return").split()
# (... nor in reported speech with a verb of a scheduled act: after a verb of saying, a past tense may be a present
# backshifted, and the futurate present tells plans: "said the talks began on March 19" may report "the talks begin on
# March 19"; other verbs of the report tell a past act as well: "He said prices rose in April")
_SCHEDULED_PAST = ("began started opened reopened ended closed met resumed convened arrived left departed landed "
                   "launched returned took went came expired finished concluded premiered debuted aired kicked "
                   "stopped retired resigned joined").split()
# (not a passive with an -ly adverb right before the date's preposition: "is expected to be publicly disclosed in
# April" is to come)
_NOT_AFTER_BE_TO = _not_after(("be", "been", "being", "to"))
PAST_BEFORE = (r"^(?!.*\b(?:will|'ll|shall|would|going\s+to|if|unless|whether)\b)"
               r"(?!.*\b(?:be|been|being)\s+\w+ly\s+\w+ed\s+(?:on|in)\s+$)(?!.*\b(?:said|says|say|told|tells|announced|added|stated|reported|according|explained|noted|"
               r"claimed|wrote|insisted|confirmed|declared|indicated|revealed|disclosed)\b.*\b(?:"
               + "|".join(_SCHEDULED_PAST) + r")\b(?!.*\bin\s+(?:(?:early|late|mid)[\s-]+)?$))"
               # (a month after "in" is the act's own, a plan only for an event to come: "Officials said the shipment
               # arrived in May" is past, "She said the festival opened in April" may report a plan)
               r"(?!.*\b(?:said|says|say|told|tells|announced|added|stated|reported|according|explained|noted|claimed|"
               r"wrote|insisted|confirmed|declared|indicated|revealed|disclosed)\b.*\b(?:" + "|".join(_EVENT_TO_COME)
               + r")\b.*\b(?:" + "|".join(_SCHEDULED_PAST) + r")\b).*"
               r"\b(?!(?:" + "|".join(_PLAN_OR_SAY_VERB) + r")\b)(?<!\bbe\s)(?<!\bbeen\s)(?<!\bbeing\s)(?<!\bto\s)"
               + _NOT_AFTER_DET + r"(?:" + _IRREGULAR_PAST + "|" + _ED + r"|died|sued)\b"
               r"(?:\s+(?!(?:and|but|or|that|which|who|when|where|after|before|to|for|would|will|could|should|might|"
               r"may|must|can|if|because|while|until|till|by|once|unless|as|than)\b)"
               # (an event's noun after "go"/"put on" is the verb's phrase, no event to come: "went on sale in
               # January", "went on trial in May"; not "insisted on elections in June"
               # ... and after a phrasal verb's particle before "on": "signed off on plans in June", "cracked down
               # on rallies in May")
               r"(?!(?<!\bgo\son\s)(?<!\bput\son\s)(?<!\b(?:went|gone|goes)\son\s)(?<!\bgoing\son\s)"
               r"(?<!\bup\son\s)(?<!\b(?:off|out)\son\s)(?<!\b(?:down|back)\son\s)(?:"
               + "|".join(_EVENT_TO_COME) + r")\b)"
               r"[\w'\u2019.-]+){0,6}?\s+(?:on|in)\s+$"
               # ... and a verb of saying right before the date's preposition: the time of the saying ("The company
               # said in June that sales had stalled", "announced on March 4 that ...", said before that date's next
               # occurrence); not after "be"/"been"/"being"/"to", an -ly adverb between or not ("will be announced in
               # May", "is to be reported in June", "will be formally announced in June")
               r"|(?:" + _NOT_AFTER_BE_TO + r"\b\w+ly\s+|" + _NOT_AFTER_BE_TO + r"(?<!ly\s))\b(?:said|announced|reported|disclosed|revealed|confirmed|"
               r"stated|admitted|acknowledged|warned|wrote)\s+(?:on|in)\s+(?:(?:early|late|mid)[\s-]+)?$")
# "by" ends a past action only in the past perfect ("had filed reports by Wednesday", "had been removed by Saturday")
GOVERNED_PAST_BY = r"\bhad\b"
# a date opening its sentence after a preposition, its main clause told in the past ("In March, he debuted as ...",
# "By March, drastic measures were taken"): that date is past (tense.intro_past); a subject of up to four words before
# the verb, none of them a modal or an auxiliary of the present or the future; not a participle after an article or
# an adverb ("In March, the newly elected mayor takes office")
# (a part of the day may follow the date: "By Monday afternoon, the water level had risen"; the comma may be left out:
# "By Sunday evening it had been contained", "On Monday thousands marched")
# (a subject of up to four words, or a name of up to six capitalised words and then up to four: "In December, Energy
# Minister Abdulaziz bin Salman of Saudi Arabia admitted ...")
_INTRO_WORD = (r"(?:(?!(?:will|would|shall|may|might|could|should|can|must|is|are|has|have|to|be|'ll)\b)"
               r"(?![\w'\u2019-]*ed\b)[\w'.\u2019-]+\s+)")
_INTRO_SUBJECT = (r"(?:(?:(?:the\s+)?(?-i:[A-Z])[\w'.\u2019-]*\s+(?:(?:of|bin|al|de|von|van)\s+)?){1,6}?" + _INTRO_WORD
                  + r"{0,4}?|" + _INTRO_WORD + r"{1,4}?)(?<!\bthe\s)(?<!\ba\s)(?<!\ban\s)(?<!ly\s)")
# (without the comma, not a verb of saying, which may be set off by no commas: "Until December the company said files
# could be mailed to it" tells a time to come)
# (and only a subject of up to four words: a title-case headline runs on in capitalised words, "April The Giraffe
# Gives Birth Again")
INTRO_PAST = (r"(?:\s+(?:morning|afternoon|evening|night))?(?:\s*,\s*" + _INTRO_SUBJECT + r"|\s+" + _INTRO_WORD
              + r"{1,4}?(?<!\bthe\s)(?<!\ba\s)(?<!\ban\s)(?<!ly\s)(?!(?:said|told|announced|added|stated|reported|claimed|wrote|insisted|confirmed|declared|noted|"
              r"explained|warned|predicted)\b))"
              r"(?:" + _IRREGULAR_PAST + "|" + _ED + r")\b"
              # (not a plan told in the past, "was/were to": "In May, the plant was to reopen"; a past act with its
              # infinitive is one, "In May, the council voted to close the library")
              r"(?!\s+(?:planning|going|expected|scheduled|due|set|about)\b)(?!(?<=\bwas)\s+to\b|(?<=\bwere)\s+to\b)")
# (... or opening a clause after "that": "the broadcaster revealed that in December, the prince accepted")
INTRO_BEFORE = (r"(?:.*(?:(?:,|;|\s-{1,2}|\u2014)\s*(?:and|but|then|so)|\bthat)\s+)?"
                r"\s*(?:(?:in|on|by|during|since|until|till|through|from|after|before|at|early|late|mid|the|end|"
                r"beginning|start|middle|of|around|about)\s+)*")
HABITUAL_CUE = (r"\b(?:(?:is|are)\s+(?:marked|held|celebrated|observed|commemorated)|falls?|every|each|annually|"
                r"usually|traditionally)\b[^.;]{0,40}$")

# a half of a game, not of a year: a sports word in its sentence
HALF_GAME_NEAR = (r"\b(?:(?:first|second)-half\s+(?!(?:profits?|earnings|sales|results|revenues?|loss(?:es)?|growth|"
                  r"performance|outlook|figures|numbers|forecasts?|demand|deliver(?:y|ies)|production)\b)|"
                  r"scor(?:ed|es|ing)|goals?|tries|try|match|game|minutes?|penalt(?:y|ies)|kick|half-time|halftime|"
                  r"substitutes?|striker|pitch|touchdowns?|innings|quarterback|referee|equali[sz]er|header|"
                  r"points?\s+(?:ahead|behind|lead)|lead\s+\d+-\d+|\d+-\d+|forwards|kick-?off|final\s+whistle)\b")
# (not "against Russia", "the ball is in Brussels' court", "a whistle-blower": words of politics and business too)
# the quarter of a game, not of a year: sports words near a bare "the first quarter" in a sentence without money words
# ("For the first quarter, the home forwards could not win the ball"; see resolvers.r_quarter)
QUARTER_GAME_NEAR = (r"\b(?:touchdowns?|quarterback|forwards|the\s+ball|scor(?:ed|ing)|"
                     r"half-?time|free\s+throws?|field\s+goals?|three-pointers?|buzzer|the\s+home\s+side)\b")
# (not "rebound", "scores", "the visitors", "against Apple", "points ahead": words of economics, tourism, polls too)
# the kinds of figures a period's report gives ("profits", "sales"), and the words before them ("net", "pre-tax")
_FIGURE_KINDS = r"profits?|earnings|revenues?|sales|loss(?:es)?|income|growth|GDP|output|turnover|deficit|surplus"
_FIGURE_PREFIX = r"(?:(?:net|gross|operating|pre-tax|pretax)\s+)?"
# a figure of a quarter ("the weak fourth quarter number", "fourth-quarter profits"): reported after its end
QUARTER_FIGURE_AFTER = r"[\s-]+" + _FIGURE_PREFIX + r"(?:numbers?|figures?|results?|" + _FIGURE_KINDS + r")\b"
# ... or before it with "for" ("Figures for the fourth quarter are due next week", "reported results for the fourth
# quarter", said in January: last year's; resolvers._quarter_told_done)
QUARTER_FIGURE_BEFORE = _rx(r"\b" + _FIGURE_PREFIX + r"(?:numbers|figures|results|" + _FIGURE_KINDS
                            + r")\s+for\s+(?:the\s+)?$", re.I)
# a month a period ends with, in the present participle ("the fiscal year ending in March", "the quarter ending June"):
# the period still running (its end the next such month) only on a sign that it is: a future, a modal or a verb of
# expectation in the sentence before it ("expects a loss for", "sees a loss in", "will be the last one in"), one right
# after it ("The term ending in June will be ..."), or a forecast for it being made, changed or kept ("cut its
# forecast for"). Without one it is read as any month ("Sales in the year ending in June fell", "The report covers
# the year ending in June": the last such month; resolvers._anchor_year); "ended" is left to PERIOD_ENDED_BEFORE.
# (Not a noun: "the forecast for", "its plans for", "last year's forecast ... turned out too high".)
_PERIOD_ENDING = r"(?:year|quarter|half|months|period)\s+ending\s+(?:in\s+)?"
_NOT_NOUN = r"(?!\s+(?:for|of|is|was|were|are|has|had|turned|proved|that|which)\b)"
_FUTURE_SIGN = (r"(?:\b(?:will|shall|would|could|might|should|can|(?-i:may)|going\s+to|set\s+to|on\s+track|"
                r"expected|expecting|forecasting|projecting|predicting|anticipating|planning|targeting|aiming)\b|"
                r"['\u2019]ll\b|\b(?:expects?|sees|forecasts?|projects?|predicts?|anticipates?|plans?|targets?|aims?)\b"
                + _NOT_NOUN + r")")
MONTH_PERIOD_END = (_rx(r"\b" + _PERIOD_ENDING + r"$", re.I),
                    # (the sign before it: the sentence up to the period's noun, no full stop between)
                    _rx(_FUTURE_SIGN + r"[^.;!?]*$", re.I),
                    # (the sign right after it: a future or modal as the period's verb)
                    _rx(r"\s*,?\s+(?:will|would|shall|(?-i:may)|could|"
                        r"might|should|is\s+(?:expected|set|likely)\s+to|are\s+(?:expected|set|likely)\s+to)\b", re.I),
                    # (a forecast for it being made, changed or kept)
                    _rx(r"\b(?:cut|cuts|cutting|raised?|raises|raising|lift(?:s|ed|ing)?|lower(?:s|ed|ing)?|"
                        r"trim(?:s|med|ming)?|slash(?:es|ed|ing)?|boost(?:s|ed|ing)?|gave|gives?|giving|issu(?:e|es|ed|ing)|"
                        r"kept|keeps?|keeping|reaffirm(?:s|ed|ing)?|maintain(?:s|ed|ing)?|reiterat(?:e|es|ed|ing)|"
                        r"revis(?:e|es|ed|ing)|upgrad(?:e|es|ed|ing)|downgrad(?:e|es|ed|ing)|set|sets|setting)\s+"
                        r"(?:[\w'\u2019-]+\s+){0,3}(?:forecasts?|outlook|guidance|projections?|targets?)\s+for\s+"
                        r"the\s+(?:[\w-]+\s+){0,3}?" + _PERIOD_ENDING + r"$", re.I))
# English "since" is never "from": a month or day after it is past whatever future the sentence tells elsewhere
# when its clause says so: after a perfect ("Jobs, who has been on leave since January, is expected to return"), in a
# phrase set off by commas ("The law, in force since May, will be reviewed next year"; "The plant, shut since
# November, will reopen"), at the sentence's end (no clause after it), or as a record's bound ("would be the third big deal since October"); resolvers._since.
# Elsewhere the tense of the sentence decides, as for any month ("The launch will slip to July since June clashes
# with the summit": "since" as "because", June to come) ...
SINCE_PAST_BEFORE = (_rx(r"(?:\b(?:has|have|had)\b[^,.;:!?()\"\u201c\u201d]*|"
                         r"\b(?:the|its|their|his|her|our|a)\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|"
                         r"ninth|tenth|\d+(?:st|nd|rd|th)|biggest|largest|highest|lowest|best|worst|greatest|longest|"
                         r"strongest|weakest|sharpest|steepest|smallest|deepest|fastest|slowest|most|fewest)\s+"
                         r"(?:[\w'\u2019-]+\s+){0,4})$", re.I),
                     # (the comma phrase, closed right after the date: "in force since May, will ...")
                     _rx(r"[,(\u2014]\s*(?:(?!(?:will|would|shall|can|could|may|might|must|should)\b)[\w'\u2019-]+\s+){1,4}$", re.I), _rx(r"\s*[,)\u2014]", re.I),
                     # (or the sentence's end right after the date: "since" with no clause of its own is not "because",
                     # "Prices will stay near the levels seen since March.")
                     _rx(r"\s*(?:[.;:!?]|$)", re.I))
# ... not after a future or modal perfect ("By next year, the mine will have been shut since August") ...
SINCE_FUTURE_PERFECT = _rx(r"(?:\b(?:will|would|shall|should|could|might|must|may|can)|['\u2019]ll|n['\u2019]t)\s+"
                           r"(?:(?:not|never|already|still|surely)\s+)?have\b[^,.;:!?()\"\u201c\u201d]*$", re.I)
# ... nor where "since" is "because", the date the subject of a verb of its own in a sentence that moves something
# to another date ("The poll has been moved to June since May is too early": May read as any month)
SINCE_CAUSAL = (_rx(r"\s+(?:is|are|was|were)(?:n['\u2019]t)?\b", re.I),
                _rx(r"\b(?:mov(?:e|es|ed|ing)|push(?:es|ed|ing)?|shift(?:s|ed|ing)?|postpon(?:e|es|ed|ing)|"
                    r"delay(?:s|ed|ing)?|brought|bring(?:s|ing)?|switch(?:es|ed|ing)?|resched\w+)\b[^.;!?]*$", re.I))
# ... and told as over ("the quarter ended March 31", "the three months that ended on June 30"): the last such day
# or month (resolvers._anchor_year)
PERIOD_ENDED_BEFORE = _rx(r"\b(?:year|quarter|half|months|weeks|period)\s+(?:that\s+)?ended\s+(?:on\s+|in\s+)?$", re.I)
# a record's bound right before the end of a quarter's mention ("the highest since the fourth quarter of 2012",
# "the best since 2010's third quarter"): never the quarter "a year earlier" compares with (resolvers._report_quarter)
QUARTER_BOUND_BEFORE = _rx(r"\bsince\s+(?:[\w'\u2019-]+\s+){0,4}?[\w-]*quarter(?:\s+of\s+(?:19|20)\d\d)?$", re.I)
# ... and a year-less month's figures ("Figures for February will be released next week", "the January jobs figures
# are due on Friday", said in March): the last such month if one of the last three, however the release is told
# (resolvers._anchor_year)
MONTH_FIGURES = (_rx(r"\b(?:numbers|figures|data|statistics|results|" + _FIGURE_KINDS + r"|inflation|unemployment)"
                     r"\s+for\s+$", re.I),
                 _rx(r"(?:['\u2019]s)?\s+(?:(?-i:[a-z]+)\s+)?(?:figures|data|numbers|statistics)\b", re.I))
# ... unless its sentence names this year or a later one ("strong fourth-quarter sales this year", "fourth-quarter
# revenue growth ... for 2025", said in January 2025: this year's, to come; resolvers._quarter_told_done)
QUARTER_FIGURE_THIS_YEAR = r"\b(?:this|next|the\s+current)\s+(?:fiscal\s+)?year\b"
QUARTER_MONEY_NEAR = (r"\b(?:profits?|revenues?|sales|earnings|loss(?:es)?|growth|GDP|econom(?:y|ic|ists?)|shares?|percent|"
                      r"billion|million|results|output|dividends?|fiscal|financial|turnover|margins?|spending|demand|"
                      r"exports?|imports?|deliver(?:y|ies)|inflation|prices?|investment|market)\b|[%$£€¥]")
# "the past year", "this past year": the twelve months up to the telling; a year only with the day of the telling (TimeML
# gives the year before, as for "last year"; without the day, resolvers.r_relunit gives no value)
PAST_TWELVE_MONTHS = r"(?:the|this)\s+(?:past|last)\s+year"
BARE_DECADE_NOT_NEAR = (r"\b(?:temperatures?|degrees|highs?|lows?|upper|heat|thermometer|forecasts?|mercury|"
                        r"scores?|percent|mph|speeds?|age|aged|ages)\b")
# a decade used as a modifier of a noun ("the 90s TV comedy", "the 1970s oil crisis", "the 60s stop-motion series"): the
# article is the noun phrase's and stays outside the mention (engine.extract); the decade as the head keeps it ("in
# the 90s", "the late 1990s saw a boom", "the 1990s were"). A noun of a medium, a genre, a work or an episode of history
# right after it, or a hyphenated compound before another word ("the 60s stop-motion Roundabout"); not an acronym of a
# country ("in the 1990s US troops ...")
DECADE_AS_MODIFIER = _rx(
    r"\s+(?:(?-i:TV)|television|radio|sitcoms?|comedy|comedies|drama|series|shows?|films?|movies?|cartoons?|"
    r"songs?|hits?|albums?|bands?|pop|rock|disco|punk|hip-hop|rap|music|musicals?|classics?|icons?|idols?|stars?|"
    r"styles?|fashions?|look|revival|nostalgia|era|heyday|versions?|remakes?|"
    # (... and an episode of history, also after a noun or an adjective: "the 1970s oil crisis", "the 1960s sexual
    # revolution", not after a determiner: "in the 1990s the boom ended")
    r"(?:(?!(?:the|a|an|his|her|its|their|this|that|these|those|our|my|and|or|but|when|as|a)\b)[a-z]+\s+)?"
    r"(?:boom|bubble|crisis|recession|slump|movement|revolution)|"
    r"cult|teen|sci-fi|dot-com|[a-z]{2,}-[a-z]{2,}(?=\s+\w))\b", re.I)
DECADE_WORDS = {"twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60, "seventies": 70,
                "eighties": 80, "nineties": 90}
SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
# the words after which a bare "fall" before "this/last/next year" is the verb, not the season (see "season" below):
# right after a modal ("will fall next year", "it'll fall"); after a negation right after a modal or do/does/did
# ("won't fall", "did not fall"); after "to" right after a verb or adjective of expectation ("expected to fall",
# "likely to fall", "set to fall"). Everything else is the season ("moved to fall next year", "not fall next year")
_FALL_MODALS = ("will", "would", "could", "should", "may", "might", "can", "must", "shall")
_FALL_VERB_AFTER = (_FALL_MODALS + ("'ll", "\u2019ll", "cannot")
                    + tuple(m + " not" for m in _FALL_MODALS + ("do", "does", "did"))
                    # (an adverb between: "will likely fall next year")
                    + tuple("%s %s" % (m, a) for m in _FALL_MODALS for a in ("likely", "probably", "also", "further"))
                    + tuple(w + a + "t" for w in ("won", "wouldn", "couldn", "shouldn", "can", "mightn", "mustn",
                                                 "shan", "don", "doesn", "didn") for a in ("'", "\u2019"))
                    + tuple(w + " to" for w in ("expected", "likely", "set", "forecast", "seen", "predicted",
                                                "continue", "continued", "begin", "start", "expect", "expects")))

NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "a hundred": 100,
}
# ... and the tens with their units ("Twenty-five years ago", "thirty five years ago"), not only the units after them
NUMBERS.update({"%s%s%s" % (t, sep, u): NUMBERS[t] + NUMBERS[u]
                for t in ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
                for u in ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine") for sep in ("-", " ")})
# "several years ago", "some years ago", "thousands of years ago": PAST_REF
VAGUE_NUMBERS = ("several", "a few", "few", "a couple of", "some", "many", "a number of", "tens of", "dozens of",
                 "hundreds of", "thousands of", "millions of", "tens of thousands of", "hundreds of thousands of")
ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
    "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
    "twenty-first": 21,
}
UNITS = {
    "day": "D", "days": "D", "week": "W", "weeks": "W", "weekend": "WE", "month": "M", "months": "M",
    "quarter": "Q", "quarters": "Q", "year": "Y", "years": "Y", "decade": "DEC", "decades": "DEC",
    "century": "CENT", "centuries": "CENT",  # "the last century": TimeML "19" said in 2019 (rule "relunit")
}
PLURAL_UNITS = ("days", "weeks", "months", "quarters", "years", "decades", "centuries")  # "in coming months": a vague REF
DIRS = {"last": -1, "next": 1, "this": 0, "coming": 1, "previous": -1, "current": 0, "this past": -1, "past": -1,
        "this coming": 1, "prior": -1}  # ("the prior quarter": the business word for the previous one)
# name -> (month, day) or (month, weekday, nth); nth -1 = last
HOLIDAYS = {"christmas day": (12, 25), "christmas eve": (12, 24), "christmas": (12, 25), "new year's day": (1, 1),
            "new year's eve": (12, 31), "independence day": (7, 4), "fourth of july": (7, 4), "valentine's day": (2, 14),
            "halloween": (10, 31), "thanksgiving day": (11, 3, 4), "thanksgiving": (11, 3, 4),
            "memorial day": (5, 0, -1), "labor day": (9, 0, 1), "election day": (11, 1, 0),
            "easter": ("easter", 0), "easter sunday": ("easter", 0), "easter monday": ("easter", 1),
            "good friday": ("easter", -2),
            # the retail days named after Thanksgiving (the fourth Thursday of November): the Friday and the Monday after
            "black friday": (11, 3, 4, 1), "cyber monday": (11, 3, 4, 4),
            # the public holidays and feasts English-language news names by their day, where the day is the same in the
            # US, Britain and the Commonwealth (not "Mother's Day": the second Sunday of May in the US, Mothering Sunday
            # in Lent in Britain; nor "Groundhog Day", also a film and an idiom of repetition; nor the observances
            # named by a cause, "International Women's Day", "Earth Day", "World AIDS Day": TimeBank leaves them
            # unmarked as the names of campaigns, 2 false positives on en-dev's tune half when read)
            "boxing day": (12, 26), "st. patrick's day": (3, 17), "st patrick's day": (3, 17),
            "saint patrick's day": (3, 17),
            "juneteenth": (6, 19), "veterans day": (11, 11), "veterans' day": (11, 11), "remembrance day": (11, 11),
            "armistice day": (11, 11), "bastille day": (7, 14), "canada day": (7, 1),
            "australia day": (1, 26), "father's day": (6, 6, 3), "martin luther king jr. day": (1, 0, 3),
            "martin luther king day": (1, 0, 3), "mlk day": (1, 0, 3), "presidents day": (2, 0, 3),
            "presidents' day": (2, 0, 3), "columbus day": (10, 0, 2)}
NTH_LAST = ("last",)
AGO_FUTURE = ("from now", "hence")
ANCHORED_AFTER = ("later",)  # "Two days later the mayor resigned": from the story's last date (resolvers.r_ago)
ANCHORED_BEFORE = ("earlier",)  # "two days earlier", after a day or week only (rule "ago")
RELDAYS = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1, "the day before yesterday": -2,
           "the day after tomorrow": 2}
REFS = {"now": "PRESENT_REF", "currently": "PRESENT_REF", "nowadays": "PRESENT_REF", "at present": "PRESENT_REF",
        "recently": "PAST_REF", "the past": "PAST_REF", "the future": "FUTURE_REF", "recent years": "PAST_REF",
        "recent days": "PAST_REF", "recent weeks": "PAST_REF", "recent months": "PAST_REF",
        "the near future": "FUTURE_REF", "the near term": "FUTURE_REF", "the short term": "FUTURE_REF",
        "these days": "PRESENT_REF", "a later date": "FUTURE_REF", "future days": "FUTURE_REF",
        "future weeks": "FUTURE_REF", "future months": "FUTURE_REF", "future quarters": "FUTURE_REF",
        "future years": "FUTURE_REF", "coming quarters": "FUTURE_REF", "upcoming quarters": "FUTURE_REF",
        "as soon as possible": "FUTURE_REF", "any day now": "FUTURE_REF"}
# "today": the day of the text or "nowadays" (the rule is in viz.dates.engine.Lang)
GENERIC_TODAY = ("today",)
TODAY_AS_DATE_AFTER = (r"\s*,?\s*(?:(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|"
                       r"(?:morning|afternoon|evening|night)\b|at\s+\d|['’]s\b|"
                       # a past-tense verb right after it: "today made history", "today announced", "today, we learned"
                       r"(?:,\s*)?(?:(?:we|they|he|she|it|i|you)\s+)?(?:" + _ED + r"|made|took|gave|won|lost|began|came|went|met|held|rose|fell|left|sent|"
                       r"brought|found|got|became|saw|told|said|did|won|beat|struck|hit|set|put|cut)\b)")
TODAY_AS_DATE_NEAR = (r"\b(?:said|says|say|told|tells|announced|announces|reported|reports|confirmed|stated|declared|"
                      r"added|was|were|will|would|had|has|have|been|did|due|scheduled|expected|set\s+to|plans?|planned|"
                      r"from|until|as\s+of)\b|'ll\b")
# ... and "earlier today", "later today" are always the day ("The airport reopened earlier today"), in an essay too
TODAY_AS_DATE_BEFORE = r"\b(?:earlier|later)\s+"
NEWS_CUE = (r"\b(?:yesterday|tomorrow|said|says|told|reported|announced)\b|\d\s*(?:a\.m\.|p\.m\.)|"
            r"\A\s*(?-i:[A-Z][A-Z.]+(?:\s+[A-Z][A-Z.]+)*)\s*(?:,\s*[\w. ]+)?\s*(?:\([\w ]+\))?\s*(?:--|_|\u2014|-)")

# a bare "the summer" or "year-end" is a date only after one of these words ("into the summer", "by year-end")
GENERIC_SEASONS = True  # "the summer" in a sentence without past or future tense is any summer (no value)
SEASON_AFTER = r"\b(?:over|into|during|through|throughout|since|until|of|in|for)\s+$"
YEAREND_AFTER = r"\b(?:by|at|since|before|until|till|around|near|through|after|toward|towards)\s+$"
# "soon" is a FUTURE_REF after a modal ("may soon seek"), also past the verb phrase of "will" ("we'll see soon", "will be
# healthy enough soon"; not of "may": "We may go there soon"), or before "will" ("soon will begin")
SOON_BEFORE = r"\b(?:(?:will|would|'ll)(?:\s+(?-i:[a-z]+)){0,3}|may|might|could|should|to)\s+$"
SOON_AFTER = r"\s+will\b"

MOD_PREFIX = (r"\b(?:(?:early|mid)[\s-]+to[\s-]+(?:mid|late)|early|late|mid|the\s+(?:end|beginning|start|middle|turn)\s+of|(?:end|beginning|start|middle)\s+of|"
              r"earlier|later|almost|nearly|about|some|more\s+than)(?:\s+|-)")

# a decade or a century starts with its article, also after a modifier ("the late 1970s", "the mid-80s", "the 90s")
DECADE_ARTICLE = r"\bthe\s+"

YEAR_CUE = r"\b(?:in|since|of|from|until|by|year|circa|c\.|around|before|after|during|between|and)"
YEAR_NOT_AFTER = (r"[$€£¥#§₹]|\b(?:rs|inr|usd|eur|gbp|rp|kes|ngn|php|pkr|zar|aud|cad|nzd|hkd|rmb|cny|jpy|chf|sek|nok|"
                  r"dkk|brl|mxn|tk|bdt|lkr)\.?|\d[.,](?!\s)|\b(?:no|nos|p|pp|art|vol|sec|ch|fig)\.|\b(?:number|page|pages|section|article|"
                  r"chapter|room|flight|route|highway|resolution|model|version|volume|points?|than|about|around|"
                  # (software named with its year: "Windows 2000", "Windows Server 2008", "Microsoft Office 2007")
                  r"(?-i:Windows|Server|(?:Microsoft|MS)\s+Office)|"
                  r"approximately|nearly|some|over|almost|roughly|total\s+of|least|up\s+to)")
# "around 1970.", "from roughly 1948 to 1951": an approximate year, where a count would go on ("around 2000 people")
YEAR_APPROX = (r"\b(?:about|around|roughly|approximately|circa|nearly|almost)",
               r"\s*(?:[.;:!?)]|,(?!\d)|$|\s+(?:when|where|after|before|until|till|(?:and|to|through)\s+(?:1[89]|20)\d\d\b"
               r"(?!\s*[a-z%]|[.,]\d)))")
YEAR_NOT_BEFORE = (r"(?:-(?-i:[a-z]+[A-Z])|"  # a code named with its year ("2019-nCoV"), not "2019-era"
                   r"\s*(?:%|percent|per\s+cent)|\s*[-\u2013]?\s*(?:km|kg|mm|cm|m|ft|mph|kph|lbs?|hours|hrs|GMT|UTC|"
                   r"metres|meters|miles|feet|tons|tonnes|barrels|dollars|euros|pounds|yuan|rupees|rupiah)\b|"
                   r"\s+(?:\w+\s+)?(?:people|persons|men|women|children|troops|soldiers|police|workers|employees|"
                   r"jobs|shares|units|cars|vehicles|homes|houses|votes|members|students|deaths|dead|cases|"
                   r"refugees|families|prisoners|tourists|residents|patients|delegates|pilgrims|rockets|missiles|"
                   r"signatures|companies|flights|acres|hectares|calories|points|words|pages|times)\b)")

_Y = r"(?:,?\s+{YEAR})"
_YDIR = r"\s+(?:of\s+)?(?P<ydir>this|last|next)\s+year\b(?!['\u2019])"
_DAYW = (r"(?:twenty|thirty)-?\s?first|(?:twenty)-?\s?(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth)|first|"
         r"second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|"
         r"fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth")
_SPELLED = (r"(?:(?P<cent>nineteen|eighteen|twenty)[\s-]+(?P<lo>(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|"
            r"ninety)(?:[\s-]+(?:one|two|three|four|five|six|seven|eight|nine))?|ten|eleven|twelve|thirteen|"
            r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)|(?P<thousand>two\s+thousand)(?:\s+(?:and\s+)?"
            r"(?P<tu>one|two|three|four|five|six|seven|eight|nine))?)(?![\w-])")
# a person in office ("the current senator", "current members"): after "current", a person, not a time
_INCUMBENT = (r"(?:senator|president|minister|chairman|chairwoman|chair|ceo|director|head|leader|holder|champion|owner|"
              r"member|employee|manager|coach|captain|mayor|governor|secretary|officer|official|resident|student|"
              r"player|occupant|incumbent|tenant|user|customer|subscriber|staff|pope|king|queen|prime|vice)s?")

# a month's name or abbreviation, capitalised, as a plain group (for the quarter rule's two months)
_MONTH_ALT = "(?-i:(?=[A-Z]))(?:" + "|".join(re.escape(k) for k in sorted(MONTHS, key=len, reverse=True)) + r")(?![\w.])"

RULES = [
    ("range_days", r"{MONTH}\s+{DAY}\s*(?:-|\u2013|and|to|through|or|&)\s*{DAY:b}(?![\d:%]|\s*(?:%|percent)|\s+(?:of\b|[a-z]+s\b))"
                   + _Y + "?"),
    ("range_days", r"{DAY}\s*(?:-|\u2013|and|to|or)\s*{DAY:b}\s+(?:of\s+)?{MONTH}" + _Y + "?"),
    # "the April-June quarter", "Japan's July-September growth", "the January to March period": months that bound a
    # calendar quarter are that quarter (resolvers.r_quarter: others are left to the month rules)
    ("quarter", r"(?:the\s+)?(?P<qmonth>" + _MONTH_ALT + r")\s*(?:-to-|-|\u2013|to|through)\s*(?P<qmonthb>" + _MONTH_ALT
                + r")\s+(?:fiscal\s+)?(?:quarter|period)\b(?:\s+of\s+{YEAR})?"),
    ("quarter", r"(?P<qmonth>" + _MONTH_ALT + r")[-\u2013](?P<qmonthb>" + _MONTH_ALT + r")(?![\w-])(?!,?\s+\d)"),
    # "the December quarter", "the June quarter of 2009": a quarter named by the month it ends with (resolvers.r_quarter);
    # not a compound ("the June quarter-final", "the December quarter-point cut": a month before a match or a rate move)
    # ... also after a possessive pronoun ("its December quarter": the mention from the month) and with the year
    # between ("the June 2009 quarter"); not a compound written as two words, a few known ones ("the June quarter horse
    # sale", "the May quarter mile": a month before the noun)
    ("quarter", r"(?:the\s+|(?<=\bits\s)|(?<=\btheir\s))(?P<qend>(?-i:March|June|September|December))\s+"
                r"(?:{YEAR:b}\s+)?quarter(?![\w-]|\s+(?:horses?|miles?|sessions|notes?)\b)(?:\s+of\s+{YEAR})?"),
    ("range_months", r"(?:between|from)\s+{MONTH}\s+(?:and|to|until|through)\s+{MONTH:b}" + _Y),
    ("range_months", r"{MONTH}\s*(?:-|\u2013|to|through)\s*{MONTH:b}" + _Y),
    ("range_years", r"{YEAR}\s*(?:-|\u2013|/)\s*(?:{YEAR:b}|(?P<yy>\d\d)(?![\d%-]))"),
    ("spelled_year", r"(?:(?:the\s+)?{SEASON}\s+of\s+|{MONTH}\s+)?(?:the\s+year\s+)?" + _SPELLED),
    ("that_unit", r"(?:(?:later|earlier)\s+)?that\s+(?:same\s+)?(?P<unit>year|month|day|week|quarter)\b"),
    ("that_unit", r"the\s+(?P<rel>following|next|previous|preceding|prior)\s+(?P<unit>day|morning|evening|week|month|year)"
                  r"(?!\s+or\b|s)\b"),
    ("that_unit", r"the\s+(?P<unit>day|week|month|year)\s+(?P<rel>after|before)(?!\s+(?:tomorrow|yesterday|last|that)\b)"
                  r"(?=\s+(?:his|her|its|their|the|a|an)\b)"),
    ("period_ended", r"the\s+(?:(?:latest|most\s+recent|fiscal|current)\s+)?(?P<unit>quarter|"
                     r"(?:fiscal\s+)?year)\s+(?:ended|ending|that\s+ended)\s+{MONTH}\s+{DAY}" + _Y + "?"),
    # "9/11" names the day of the 2001 attacks after a preposition of time or an article ("after 9/11", "the 9/11
    # attacks", "post-9/11") or before the attacks' nouns ("9/11 victims"); not a score or a fraction ("shot 9/11 from
    # the line", "9/11 of the patients"), nor inside a longer date ("9/11/2013")
    ("named_date", r"(?<![\d/.,])(?:(?<=\bafter\s)|(?<=\bsince\s)|(?<=\bbefore\s)|(?<=\bof\s)|(?<=\bthe\s)|"
                   r"(?<=\buntil\s)|(?<=\bon\s)|(?<=\bfollowing\s)|(?<=\bfrom\s)|(?<=post-)|(?<=pre-)|"
                   r"(?=9/11\s+(?:attacks?|memorial|museum|commission|hijackers?|anniversary|victims|families|"
                   r"terror\w*|era|plot|first\s+responders)\b))(?P<named>9/11)(?![\d/]|[.,]\d)(?!\s+of\b)"
                   r"(?!\s*(?:-|\u2013|to|through|and|or)\s*\d)"),  # (nor a range of days: "from 9/11 to 9/15")
    # ... as does "September 11" before the attacks' nouns ("the September 11 attacks", "the 11 September terrorist
    # attacks"): the day of 2001 however long after; "on September 11" alone is a date like any other
    # (not after "on": "On September 11 memorial services were held" is that day; nor one attack: "the Sept. 11 attack
    # in Benghazi")
    ("named_date", r"(?<!\bon\s)(?P<named>(?:Sept?\.?|September)\s+11(?:th)?|11(?:th)?\s+September)"
                   r"(?=\s+(?:attacks|terror(?:ist)?\s+attacks|hijackings?|hijackers|commission|atrocities|tragedy)\b)"),
    # ... and "January 6" before the nouns of the 2021 assault on the Capitol and its inquiry ("the Jan. 6 committee",
    # "Jan. 6 rioters"), in a text written after it (resolvers.r_named_date); "on January 6" alone is a date like any
    # other, and "the Jan. 6 attack" is only one attack among others
    # (not "a Jan. 6 panel", one of many; nor a body's meeting or a panel on something: "the county's Jan. 6 committee
    # meeting", "the Jan. 6 panel discussion", "the Jan. 6 investigation into the fire")
    ("named_date", r"(?<!\bon\s)(?P<named>(?:Jan\.?|January)\s+6(?:th)?)"
                   r"(?=\s+(?:(?<!\ba\sJan\.\s6\s)(?<!\ba\sJan\s6\s)(?<!\ba\sJanuary\s6\s)(?:select\s+)?(?:committee|panel)|"
                   r"insurrection(?:ists?)?|riot(?:ers?)?|rioters|Capitol|hearings|defendants?|prosecutions?)\b"
                   r"(?!\s+(?:meetings?|markup|discussions?|sessions?|on|into|about|of)\b))"),
    ("iso", r"(?P<y>\d{4})-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?![\d-])"),
    ("numeric", r"(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)/(?P<y>\d{4}|\d\d)(?![\d/])"),
    # the year written, or named: "on March 20 last year", "on September 20 of this year" (not after a comma: "December
    # 22, last year" may be two); one rule each, as every rule costs the scan at every word start
    # ("the" only before an ordinal day or "DAY of MONTH": "the 4th of July", "the 12th June"; in "the 4 June
    # announcement" it is the noun's article)
    ("date", r"(?:{WEEKDAY},?\s+)?(?:the\s+(?=\d{1,2}(?:st|nd|rd|th)\b|\d{1,2}\s+of\s))?{DAY}\s+(?:of\s+)?{MONTH}(?:" + _Y + "|" + _YDIR + ")?"),
    ("date", r"(?:{WEEKDAY},?\s+)?{MONTH}\s+(?:{DAY}(?!\s*(?:%|percent)|[-:]\d)|(?:the\s+)?(?P<dayw>"
             + _DAYW + r")(?![\w-]))(?:" + _Y + "|" + _YDIR + ")?"),
    ("month", r"{MONTH},?\s+(?:of\s+)?{YEAR}"),
    # ... and an editor's year in square brackets after it ("from October [2018] to March [2019]", a transcript)
    ("month", r"{MONTH}\s+\[{YEAR}\]"),
    ("month", r"{MONTH}\s+'{YY}"),
    ("month", r"{MONTH}\s+(?:of\s+)?(?P<ydir>this|last|next)\s+year"),  # "March of this year"
    # "in March of that year", "of the following year": the year of the story's last date (resolvers._story_year)
    ("month", r"{MONTH}\s+of\s+(?:(?P<thatyear>that|the\s+same)|the\s+(?P<thatnext>following))\s+year"),
    # "the following January", "the previous December": the month after or before the story's last date (resolvers.r_month,
    # group sdir); without an article the time of the telling ("next January")
    ("month", r"(?<=\bthe\s)(?P<sdir>following|next|previous|preceding)\s+{MONTH}(?![\s,]*\d)"),
    # (not the modal: "This May Be The Last Photo"; not "past" before a day, the preposition: "open past Feb. 15")
    ("month", r"(?!past\s+\S+\s+\d){DIR}\s+{MONTH}(?!(?<=[Mm]ay)\s+(?:be|have|not|well|never|also|soon|only|yet|just|even|still|"
              r"help|get|need|seem|sound|look|come|take|make|want|cause|affect|find|feel|lead|surprise)\b)"),
    # "That September, ...", "in that October": the month in the year of the story's last date (resolvers._story_year);
    # "that" only opening its sentence or after a preposition (not the conjunction: "said that March was cold")
    ("month", r"(?P<thatyear>(?-i:That)|(?:(?<=\bin\s)|(?<=\bof\s)|(?<=\bby\s)|(?<=\buntil\s)|(?<=\btill\s)|(?<=\bduring\s)|(?<=\bsince\s)|(?<=\bthrough\s)|(?<=\bfrom\s)|(?<=\bbefore\s)|(?<=\bafter\s))that)"
              # (not the modal "may": "a vote that may reverse it", "That May Be Causing" in a title-case headline)
              r"\s+(?!(?-i:May)\b){MONTH}(?!,?\s*\d)"),
    ("month", r"{MONTH}"),
    # ("2008's fourth quarter": the year's possessive before the quarter, as "2009's first half" in the rule "half")
    ("quarter", r"(?:the\s+)?(?:{YEAR}(?:['’]s)?\s+|fiscal\s+(?:{YEAR:b}(?:['’]s)?\s+)?|{DIR}\s+|"
                r"(?:(?:comparable|corresponding|same)\s+)?(?P<yago>year-(?:earlier|ago))\s+|(?P<ydir>this|last|next)\s+year['’]s\s+)?{ORD}(?:\s+|-)"
                r"(?:fiscal\s+)?quarter(?!ly)(?:\s+of\s+(?:fiscal\s+)?{YEAR:c}|\s+of\s+(?P<ofdir>this|last|next|the)\s+year)?"),
    ("ctxquarter", r"(?P<ydir>this|last|next)\s+year['’]s\s+(?:quarter|period)(?!ly)\b|"
                   r"the\s+(?:fiscal\s+)?{YEAR}\s+(?:quarter|period)(?!ly)\b|"
                   r"the\s+(?:(?:corresponding|comparable|same)\s+(?:period|quarter)\s+(?P<lyr>last\s+year)|"
                   r"(?:(?:corresponding|comparable|same)\s+)?(?:period|quarter)\s+(?P<ago>a\s+year\s+(?:ago|earlier)))\b"),
    ("quarter", r"(?-i:Q)(?P<qn>[1-4])(?:\s+|-|/)?(?:{YEAR}|'?{YY}(?!\d))?\b"),
    ("quarter", r"{YEAR}\s*(?-i:Q)(?P<qn>[1-4])\b"),
    ("half", r"(?:the\s+)?(?:(?P<hw>last|latter|first|second)(?:\s+|-)(?:half|two\s+quarters)\s+of\s+"
             r"(?:(?:the\s+)?(?:fiscal\s+)?year\s+)?{YEAR:c}|(?:(?:fiscal\s+)?{YEAR}(?:['’]s)?\s+)?{ORD}(?:\s+|-)half(?:\s+of\s+(?:fiscal\s+)?{YEAR:b}|\s+of\s+(?P<ofdir>this|last|next|the)\s+"
             # (not the half of something else: "the second half of the festival", "the first half of the lecture", "its first half-century")
             r"(?:fiscal\s+)?year)?(?!\s+of\b|-(?:century|decade|millennium)|\s+against\s+(?-i:[A-Z])))"),
    ("half", r"(?-i:H)(?P<hn>[12])\s+{YEAR}"),
    ("lastquarter", r"the\s+(?:latest|most\s+recent|just-ended|just-completed|recent)\s+(?:quarter|period)|"
                    r"the\s+quarter(?!ly)(?!\s*(?:ended|ending|of|through|to(?!\s+\$)|-))\b"
                    # (a quarter of something else: "the quarter century since", "the quarter mile", "the quarter final")
                    r"(?!\s+(?:century|centuries|mile|miles|finals?|hour|hours|note|inch|pound|acre))"),
    # ("1990's" after "the", "early", "late", "mid" or "in" is a decade; "2020's virtual event" a year's possessive)
    ("decade", r"(?:the\s+)?(?P<year>1\d\d0|20\d0)(?:s|(?<=(?:the|rly|ate|mid|.in)\s\d{4})['’]s)\b"),
    ("decade", r"(?:the\s+)?['’‘](?P<yy>\d0)(?P<bare>s)\b"),  # (a typographic apostrophe too: "the ’90s")
    # "the 90s" without an apostrophe, unless the sentence speaks of temperatures or scores (BARE_DECADE_NOT_NEAR)
    # (it starts after "the": a rule starting with "the" would be tried at every "the")
    ("decade", r"(?<=\bthe\s)(?:(?:early|mid|late)[\s-]+)?(?P<yy>[2-9]0)(?P<bare>s)\b(?!\s*(?:°|degrees|percent|mph)\b)"),
    # "the nineties", "the early seventies" (not "in his fifties": an age)
    ("decade", r"the\s+(?:(?:early|mid|late)[\s-]+)?(?P<decword>" + "|".join(DECADE_WORDS) + r")\b"),
    ("century", r"(?:the\s+)?(?:(?P<cnum>\d{1,2})(?:st|nd|rd|th)|(?P<cnumw>nineteenth|twentieth|twenty-first))"
                r"(?:\s+|-)century"),
    ("season", r"(?:the\s+)?{SEASON}\s+(?:of\s+)?{YEAR}"),
    # "the autumn of last year", "in mid-fall next year", "throughout fall next year"; a bare "fall" before the year is
    # the verb only after a modal, a negated modal or do, or "expected/likely/set to" ("Unemployment is expected to fall
    # next year", "Prices will fall this year", "Rents won't fall this year": the year alone)
    ("season", r"(?:(?!fall\b)|(?=fall\b)" + "".join(r"(?<!%s%s\s)" % (r"\b" if w[0].isalpha() else "",
                                                                         re.escape(w).replace(r"\ ", r"\s"))
                                                      for w in _FALL_VERB_AFTER) + ")"
               r"(?:the\s+)?{SEASON}\s+(?:of\s+)?(?P<ydir>this|last|next)\s+year\b"),
    ("season", r"{YEAR}\s+{SEASON}(?!\s+(?:olympics|olympic|games|paralympics|x\s+games)\b)"),  # not "the 2010 Winter Olympics"
    # (not an event named after the season: "past Summer Olympics", "this summer camp")
    ("season", r"{DIR}\s+{SEASON}(?!\s+(?:olympics|olympic|games|paralympics|x\s+games|camps?|school|league|"
               r"session|collection|solstice|fashion|reading|internships?|jobs?|series|tour|festival|blockbusters?|"
               r"movies?|menu|fridays|concert\s+series)\b)"),
    # "well into the summer", "the thin crowds of the early summer" (after a preposition: see SEASON_AFTER)
    # ("the autumn" too; not "the fall", most often a drop or a tumble: "injured in the fall", "blamed for the fall")
    ("season", r"the\s+(?:(?:early|late|mid)[\s-]+)?(?P<season>summer|winter|spring|autumn)\b"
               r"(?!\s+(?:of|season|games|olympics|collection|months)\b)"),
    # not inside a name: "Christmas Island", "the Great Orchestra of Christmas Charity"; nor "Father Christmas" (Santa)
    ("holiday", r"(?<!(?-i:Father)\s)(?:{DIR}\s+)?{HOLIDAY}(?:,?\s+{YEAR}|\s+(?P<ydir>last|this|next)\s+year\b|\s+(?P<hweek>week)\b|(?!\s+(?!(?:" + "|".join(k for k in MONTHS if not k.endswith("."))
                + "|" + "|".join(k for k in WEEKDAYS if not k.endswith(".")) + r"|on|in|at|and|or|the|I)\b)(?-i:[A-Z])))"
                # a holiday naming a thing, not a time: "Christmas tree stands", "a Halloween costume"
                r"(?!\s+(?:trees?|cards?|carols?|songs?|music|albums?|movies?|films?|specials?|decorations?|lights|"
                r"ornaments?|stockings?|sweaters?|jumpers?|costumes?|candy|cakes?|puddings?|turkeys?|gifts?|presents?|"
                r"markets?|episodes?|stories|story|wish(?:es|\s+list)?|spirit|number\s+one|eggs?|egg\s+hunts?|bunn(?:y|ies)|"
                r"bonnets?|week|weekend|holidays|break|season|period|quarter|recess|vacation|term|shopping|sales)\b)"  # a span, not the day
                # ... nor the feast as an institution, made, declared or become a holiday ("to make Juneteenth a federal
                # holiday", "Labor Day to be a state holiday", "Juneteenth became a paid holiday",
                # "was declared a public holiday"); the day is told when it is or will be one ("Christmas Day will be a
                # public holiday, so banks will close", "Easter Monday is a bank holiday")
                r"(?!\s+(?:to\s+(?:be|become)\s+|(?:(?:will|would|could|should|may|might|must|has|have|had)\s+)?"
                r"(?:become|becomes|became|becoming)\s+|(?:is|was|were|be|been|being)\s+(?:officially\s+)?"
                r"(?:made|declared|designated|recogni[sz]ed|named)\s+(?:as\s+)?)?an?\s+"
                r"(?:(?:federal|national|public|bank|paid|state|official|legal)\s+)?holiday\b)"
                # ... nor the feast's standing in law, told in the present ("Juneteenth is a federal holiday, but not a
                # state one", "Columbus Day is no longer an official holiday there"): a kind of day, not a date; a day
                # off still is one ("Easter Monday is a bank holiday", "Christmas Day is a public holiday"), and so is
                # the feast with what follows from it ("Thanksgiving is a national holiday, and schools will close")
                r"(?!\s+(?:is|isn['\u2019]t|remains)\s+(?:(?:not|now|also|still|already|only|no\s+longer)\s+)*(?:an?|no)\s+"
                r"(?:(?:paid|legal|official|recogni[sz]ed|statutory)\s+)?(?:federal|national|state|statutory|legal|"
                r"official)\s+holiday\b(?!\s*,?\s*(?:and|so)\s|\s+(?:for\s+the\s+first\s+time|this|next|on|in\s+\d)\b))"),
    # "the people of tomorrow", "today's youth": generic; "today's editions": the day
    # "yesterday's" is the day but in a few idioms ("yesterday's men")
    # ... nor a programme's name after "the" ("the Tonight Show", "the Today programme")
    # ... nor a capitalised word alone in quotation marks: a song's, a film's or a show's title ("he sang “Tomorrow”",
    # "played \"Yesterday\""; not a quotation that goes on after it: "“Tomorrow,” he said", "“Today we start”"), only
    # with a title's verb or noun or a preposition right before (_TITLE_BEFORE) or a title's noun after it
    # (_TITLE_AFTER): a one-word answer is the day ("he replied: 'Tomorrow'", "the answer was ‘Tomorrow’", "Decision
    # Coming ‘Tomorrow’")
    ("relday", r"(?!(?<=[\"“‘'])(?:" + _TITLE_BEFORE + r"(?-i:To(?:day|morrow|night)|Yesterday)[\"”’']|"
               r"(?-i:To(?:day|morrow|night)|Yesterday)[\"”’']" + _TITLE_AFTER + r"))"
               r"(?<!(?<!\bas\s)\bof\s)(?<!\busa\s)(?<!\bthe\s)(?<!(?-i:Week)\s)(?!(?-i:To(?:night|day)\s+(?:Show|Programme)\b))(?!(?<=[\w'’]\s)(?-i:To(?:night|day)\s+(?:[Ss]how|[Pp]rogram(?:me)?|[Pp]resenter)s?\b))(?!(?<=['’]s\s)(?-i:To(?:night|day))\b)"
               r"{RELDAY}(?!['’]s)|(?P<reldayb>yesterday(?=['’]s\s+(?!(?:men|heroes|news|"
               r"technology|world|generation|leaders|problems|solutions)\b)\w)|"
               r"(?:today|tomorrow|tonight)(?=['’]s\s+(?:[\w-]+\s+){0,2}?(?:editions?|issues?|papers?|"
               r"newspapers?|vote|voting|meeting|announcement|session|trading|game|match|elections?|talks|summit|"
               r"decision|ruling|report|hearing|attacks?|bombing|speech|statement|visit|deadline|quiz|broadcast|"
               r"program|programme|show|news|headlines?|close|opening|rally|protests?|march|agreement|launch|"
               r"ceremony|funeral|debate|verdict|sentencing|trial|deal|offering|auction|sale|strike|race|final|"
               r"caucus(?:es)?|primary|primaries|polls?|conference|concert|performance|parade|briefing|interview|"
               r"judge?ment|resolution|order|results?|events?|incidents?|explosions?|shootings?|arrests?|"
               r"announcements|statements|meetings|sessions|decisions|rulings|reports|speeches|visits)\b))"),
    ("yearend", r"(?:the\s+)?year(?:-|\s+|['’]s\s+)end\b(?!-)"),  # "by year-end" (after a preposition)
    # "current" before a noun is the present ("the current outbreak", "current realities"); not the noun
    # ("the current of the river", "electric current") nor a term ("current account", "current affairs"); "the
    # current year" is the year (rule "relunit")
    # (... nor a current of water or air, after an adjective of its direction, warmth or force: "the upward current",
    # "a warm current", "a rip current"; or before a past verb: "the current brought nutrients", "a current pulled him")
    ("vref", r"(?<!\belectric\s)(?<!\balternating\s)(?<!\bdirect\s)(?<!\bocean\s)(?<!\bstrong\s)"
             r"(?<!\b(?:rip|sea|jet|air|hot)\s)(?<!\b(?:warm|cold|deep|fast)\s)(?<!\b(?:tidal|swift|river)\s)"
             r"(?<!\bupward\s)(?<!\b(?:surface|coastal)\s)(?<!\b(?:undersea|downward|powerful)\s)"
             r"(?<!\b(?:northward|southward)\s)"
             r"(?P<pres>current)(?!\s+(?:" + _IRREGULAR_PAST + r")\b)"
             r"(?!\s+\w+ed\s+(?:the|a|an|its|their|his|her|them|him|it|us|me|up|down|away|out|off|into|through|"
             r"across|along|past)\b)"
             r"(?=\s+(?!(?:accounts?|affairs|assets|liabilities|ratios?|density|flows?|sources?|limits?|meters?|"
             r"transformers?|of|in|on|at|to|from|and|or|is|was|were|are|that|which|by|with|for|as|fiscal|year|quarter|"
             r"month|week|decade|century|period|season|term|session|carries|runs|flowed|swept|" + _INCUMBENT + r")\b)"
             # ... also one word further ("the current Chelsea manager", "the current England captain")
             r"(?![\w'’.-]+\s+" + _INCUMBENT + r"\b)"
             r"(?:(?-i:[a-z])|(?<=(?-i:current)\s)(?-i:[A-Z][a-z])))"),
    ("vref", r"(?P<soon>soon)\b(?!\s+(?:after|as|before|thereafter|enough)\b)|(?P<fut3>as\s+soon\s+as\s+possible)"),
    # "in future" without an article (British: "In future, visitors will book online", "announced earlier in future"):
    # the future, not the adjective before a noun ("invest in future technologies")
    ("vref", r"(?<=\b[Ii]n\s)(?P<fut3>future)(?=\s*(?:[.,;:!?)\"\u201d\u2014]|$)|\s+(?:and|or|but|if|when|unless|so|too)\b)"),
    # an apostrophe year after a preposition ("first played the club in '69", "not won since '98"), not a quotation
    # ("'10 Things'": a capital or a digit after it), nor a decade ("the '90s")
    ("yy", r"(?:(?<=\bin\s)|(?<=\bof\s)|(?<=\bby\s)|(?<=\bsince\s)|(?<=\bfrom\s)|(?<=\buntil\s)|(?<=\bbefore\s)|"
           r"(?<=\bafter\s))['\u2019](?P<yy>\d\d)(?![\w'\u2019%])(?=\s*(?:[.,;:!?)]|$)|\s+(?-i:[a-z]))"),
    # (not a name's "the Future": "the Forum for the Future")
    # ... nor the adjective "the future co-host", "the future 'Iron Man' star" (a noun after it, not a verb)
    # (not the discourse "Now" opening a sentence before its subject: "Now this has become a scandal", "Now I think")
    # (nor the title "Any Day Now" in quotation marks: "“Any Day Now” won the audience award"; its "Now" neither)
    ("ref", r"(?!(?<=[\"\u201c\u2018'])(?-i:Any\s+Day\s+Now)[\"\u201d\u2019'])(?!(?<=(?-i:Any\sDay\s))(?-i:Now)[\"\u201d\u2019'])"
            r"(?!(?-i:Now),)(?!(?-i:Now)\s+for\b)(?!(?<![\w,;:]\s)(?<![\w,;:])(?-i:Now)\s+(?-i:I|we|you|he|she|it|they|this|"
            r"these|those|there)\b)(?!(?-i:the\s+(?:Future|Past|Present)\b))"
            r"(?!the\s+future\s+(?!(?:is|was|will|would|could|may|might|must|can|and|or|but|for|in|on|at|to|as|that|"
            r"with|by|remains|looks|holds|belongs|lies|seems|depends|of|if|when|than|because|where|which|who|"
            r"seemed|looked|looks|held|became|becomes|appears|appeared|these|those|this|the|a|an|we|you|they|he|she|"
            r"it|i|there|our|their|his|her|its|my|your|also|too|again|then|now|already|still|so|is|are)\b)"
            r"(?:[a-z][\w-]*|[\"“'‘]))"
            # (nor "most recently" before the date it points to: "five titles, most recently in 2002")
            r"(?!(?<=\bas\s)recently\s+as\b)"  # (nor "as recently as 2007": a bound of the date after it)
            r"(?!(?<=\bmost\s)recently\s+(?:(?:in|on|during)\s+(?:(?:early|late|mid)[\s-]+)?(?:\d|(?-i:(?:Jan|Feb|Mar|Apr|"
            r"May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*)\b)|(?:last|this)\s))"
            r"{REF}(?!\s+of\b)(?!\s+(?:\w+\s+)?(?:years?|months?|weeks?|days?|hours?|minutes?|decades?|quarters?|centur(?:y|ies)|few|two|three|several)\b(?![\s-]+old\b))"),
    ("nthweekday", r"(?:the\s+)?(?P<nth>last|first|second|third|fourth)\s+{WEEKDAY}\s+of\s+(?:the\s+(?:holy\s+)?"
                   r"month\s+of\s+)?(?:(?P<hmonth>Ramadan|Ramadhan|Ramazan|Muharram|Shawwal|Rajab|Sha'?ban)|"
                   r"{MONTH}(?:,?\s+{YEAR})?)"),
    # ("the following Thursday": the first after the story's last day, resolvers.r_weekday, group sdir; not the
    # preposition "following Monday's vote")
    ("weekday", r"(?:{DIR}|(?<=\bthe\s)(?P<sdir>following))\s+{WEEKDAY}(?!\s+of\b)"),
    # a weekday with the week it falls in ("on Tuesday next week", "Thursday of last week", "on Friday this week"): that
    # day of that week (resolvers.r_weekday, group wdir); not a week's own possession ("Monday last week's report")
    ("weekday", r"{WEEKDAY}\s+(?:of\s+)?(?P<wdir>next|last|this)\s+week\b(?!['\u2019]s|end|-)"),
    ("weekday", r"(?P<hour>1[0-2]|0?[1-9])(?::(?P<minute>[0-5]\d))?\s*(?P<ampm>[ap]\.m\.|[ap]m\b)\s+"
                r"(?:(?-i:[ECMP][SD]T|GMT|UTC)\s+)?(?:on\s+)?{WEEKDAY}"),
    # a weekday with its day of the month ("Friday the 13th", "on Sunday, the 3rd"): the month whose day is that weekday
    # (resolvers.r_dom); not an ordinal before a noun ("on Monday, the 22nd anniversary of the handover"), nor before
    # "and" ("on Tuesday, the 3rd and final day", "finished Saturday the 4th and moved up"); when no month near has that
    # day on that weekday, the weekday alone (DOM_WEEKDAY_MUST_FIT)
    ("dom", r"{WEEKDAY},?\s+the\s+(?P<day>3[01]|[12]\d|[1-9])(?:st|nd|rd|th)\b"
            r"(?=\s*(?:[.,;:!?)\u2014]|$)|\s+(?:at|or|in|when|after|before|to|until|with|as|but)\b)"),
    # not a programme's name: "Saturday Night Live", "Monday Night Football"
    ("weekday", r"(?<!last\s)(?<!first\s){WEEKDAY}(?!(?-i:\s+Night\s+[A-Z]))"),
    # "the past century" is the last hundred years, not the 1800s
    # (after an opening quotation mark, only with the unit in lower case: a quotation opens with "This year we ..." or
    # "Last week, ...", a title is in title case: "Last Week Tonight", "This Year's Love")
    # "the next few weeks" is a span to come (TimeML: a DURATION), not the vague future; "the last few months" stays
    # the vague past
    # ... nor a programme's name: capitalised "This Week" after a possessive or "on"/"to"/"told" ("said on ABC's This
    # Week", "told This Week"), not opening a sentence
    ("relunit", r"(?!(?:the\s+)?(?:next|coming)\s+(?:few|several)\b)(?!(?:(?<=(?:'s|’s|\bon|\bto)\s)|(?<=\btold\s))(?-i:This\s+Week)\b)"
                r"(?:(?<![\"\u201c])|(?=(?-i:[A-Z]?[a-z]+)\s+(?-i:[a-z])))(?:the\s+)?(?:{DIR}|(?P<latest>latest|most\s+recent))\s+(?:fiscal\s+|(?P<vague>several|few)\s+)?(?!days?\b){UNIT}"
                r"(?!\s+of\b)(?<!past\scentury)(?<!past\scenturies)"),
    # a vague count before "before" is a span ("it will take many years before the road opens"), not a date ("span_vague")
    # ... not a comparison: "a year earlier than planned"
    # ... nor before an event ("three days before its expiration", "3 Days Before Their Wedding": from the event)
    # "two days earlier", "a week earlier": back from the story's last date, as "later" counts on from it
    # (ANCHORED_BEFORE); "a year earlier", "six months earlier" stay counted from the text's date (financial news
    # compares with the year-ago period: "net income of $5.3 million a year earlier")
    # (... "thirty years ago today", "A Year Ago Today": that day of the year counted back, an anniversary, one date;
    # not before a possessive: "ago today's" is generic. One rule with the rest: a second rule starting at {NUM} would
    # make the master scan try every number word twice)
    ("ago", r"{NUM}\s+{UNIT}\s+(?:(?P<after>ago|(?:(?<=days\s)|(?<=day\s)|(?<=weeks\s)|(?<=week\s))earlier|"
            r"(?P<span_vague>before)|later|from\s+now|hence)|earlier)\b(?:(?<=ago)\s+(?P<anniv>today)\b(?!['’]s))?"
            r"(?!\s+than\b)(?!(?<=before)\s+[\w\"“'‘])"),
    ("ago", r"(?P<unit>decades|years|months|weeks|centuries)\s+(?P<after>ago)\b"),  # "years ago": PAST_REF
    ("ago", r"(?P<future_only>in)\s+{NUM}\s+{UNIT}(?!\s+(?:of|after|before|since|earlier|later|"
            r"ago|time|running|a\s+row|that|which|when|where|whose|with|during)\b)(?![\w-])"),
    # "two million years ago" (the mention starts at the large number's word: a cheap rule to scan for)
    ("ago", r"(?P<big>(?:thousand|million|billion)s?(?:\s+of)?)\s+{UNIT}\s+(?P<after>ago)\b"),
    ("ago", r"(?P<num>a|one)\s+(?P<unit>year|month|week|quarter)-(?:(?P<after>ago)|earlier)\b"),
    ("ago", r"(?:the\s+)?(?:comparable\s+)?(?P<unit>year)-(?:(?P<after>ago)|earlier)(?:\s+(?:quarter|period))?"),
    ("weekend", r"the\s+weekend"),
    # not "at other times of the year": any year
    # not an award's title: "Person of the Year", "Album Of The Year" (a capital Y after "of")
    # ... nor a prize's "album of the year", "player of the year"
    ("relunit", r"(?<!times\sof\s)(?<!time\sof\s)(?<!seasons\sof\s)(?!(?<=\bof\s)(?-i:[Tt]he\s+Year\b))"
                + "".join(r"(?<!\b%s\sof\s)" % w for w in (
                    "album", "player", "song", "book", "car", "person", "man", "woman", "coach", "manager", "team",
                    "record", "artist", "act", "newcomer", "footballer", "driver", "athlete", "sportsman",
                    "sportswoman", "personality", "word", "film", "movie", "goal", "try", "single", "star", "rookie",
                    "teacher", "entrepreneur", "businessman", "businesswoman", "company", "brand", "product"))
                + r"the\s+(?:current\s+|full\s+)?(?:fiscal\s+)?(?P<unit>year|quarter)(?!\w)"  # (not "the quarterback")
                r"(?!(?<=quarter)\s+(?:century|centuries|mile|miles|finals?|hour|hours|note|inch|pound|acre)\b)"
                r"(?!\s*(?:-|earlier|ago|before|after|of|ended|ending|through|to\b|\d|s\b|['’]s))"
                # "the year that has gone by", "1948, the year in which ...", "the year ahead": a year its clause tells
                r"(?!(?<=year)\s+(?:ahead|that|which|when|in\s+which|since)\b)"),
    # "at the end of the month", "earlier in the week", "later in the year": the week or month of the story's last
    # date, else the current one (after those words only: "the month" alone is any month)
    ("relunit", r"(?:(?<=\bend\sof\s)|(?<=\bbeginning\sof\s)|(?<=\bstart\sof\s)|(?<=\bmiddle\sof\s)|"
                r"(?<=\bearlier\sin\s)|(?<=\blater\sin\s))the\s+(?P<story>(?P<unit>month|week|year))\b"
                r"(?!\s*(?:-|of\b|'s|’s))"),
    # "on the 5th": that day of the month (the nearest, in the tense of the sentence), not "on the 5th floor"
    ("dom", r"(?<=\bon\s)the\s+(?P<day>3[01]|[12]\d|[1-9])(?:st|nd|rd|th)\b"
            r"(?=\s*(?:[.,;:)]|$)|\s+(?:at|and|or|in|when|after|before|to|until|with)\b)"),
    # "fiscal 2005", "fiscal year 2009": the year a fiscal year is named by, "fiscal" in the mention as in TimeML
    # (not a fiscal year written with two years, "fiscal 2009-10", "fiscal year 2008/09", left to the rules below)
    ("year", r"fiscal\s+(?:year\s+)?{YEAR}(?!\s*[-\u2013/]\s*\d)"),
    ("year", r"(?:the\s+year\s+)?{YEAR}"),
]


# a clause set off by commas after a fronted date opens with these ("On Saturday, when the leaders meet, the deal will be
# signed": the main verb after it tells the date's tense; viz.dates.tense.tense)
ASIDE_OPEN = r"when|while|as|after|before|once|if|unless|although|though|because|until"

# "since" before a year-less date: the last such date ("since November", "the highest level since March 3"; viz.dates.resolvers._since)
SINCE_WORDS = r"since|ever\s+since"

# The futurate present (tense.tense asks clause_tense for a bare weekday that no cue word dates): news tells a
# scheduled event in the simple present ("The trial starts Monday", "The Senate votes Tuesday on the bill", "Voters go
# to the polls Sunday", "The ceasefire begins at midnight Friday"); the weekday of such a clause is the coming one. The
# verb is the nearest finite present before the weekday (at most six words before it): a word in -s after a word that
# can end a subject (not after an article, a possessive or a preposition: "the talks Monday" is a noun), or a plain
# form after a plural subject. Not a verb of saying ("says Monday", a statement's day is past), nor a state ("is",
# "remains", "stands at 40 after the quake Tuesday"); not when the clause holds a past form, a negation or a habit, nor
# in a headline (AP and Reuters headlines tell past events in the present), nor when a verb follows the weekday ("Oil
# prices Monday hit a record": the weekday sits in the subject).
_WORD_EN = _rx(r"[\w'\u2019.-]+")
_WEEKDAY_END = _rx(r"(?:mon|tues|wednes|thurs|fri|satur|sun)day$", re.I)
_FUNCTION_EN = frozenset(
    "the a an this that these those his her its their our my your whose which who whom what any some no every each "
    "on in at by to of for from with without into onto over under after before during since until till through about "
    "around near across against between among than as and or but nor so if when while because although though "
    "also still now then just only even already again soon not never first later early late mid "
    "midnight noon morning afternoon evening night".split())
_STATE_OR_SAY_EN = frozenset(
    "is are am be been being has have having remains remain stays stay stands stand seems seem appears appear looks "
    "look lies lie sits sit belongs belong holds means mean knows know thinks think believes believe wants want needs "
    "need says say tells tell announces announce confirms confirm denies deny warns warn claims claim insists insist "
    "admits admit notes note adds add writes write argues argue reports report estimates estimate expects expect "
    "does do".split())
_ADVERB_EN = frozenset("also still then again only even now finally".split())
_FIXTURE_VERB_EN = frozenset("play face host meet visit travel race take".split())
_EVENT_PREP_EN = frozenset("after over for of about following before during amid despite since behind according".split())
_LY_NOUNS_EN = frozenset("family rally supply assembly ally monopoly anomaly reply assembly fly".split())
_CLAUSE_CUT_EN = _rx(r"[,;:\u2014\"\u201c\u201d]|\s-{1,2}\s")
_FRONTED_PREP_EN = frozenset("in at on during after before by from with for since until following among amid despite "
                             "like unlike under over".split())
# the past forms too short for PAST_CUE ("died", "used") and the plain forms that are also pasts ("Rising oil prices
# hit shares on Monday", "Million Dollar Baby beat The Aviator at the Oscars on Sunday"): a clause that holds one is
# not read
# ("the Fed", capitalised, is the central bank: "The Fed meets on Wednesday")
_AMBIGUOUS_PAST_EN = _rx(r"\b(?:died|lied|tied|eyed|used|owed|vied|bled|(?-i:fed)|led|wed|sped|hit|cut|put|set|let|"
                                r"quit|spread|beat|bid|cost|hurt|shut|split|upset|broadcast|read|shed|cast|burst)\b",
                                re.I)
_PERFECT_EN = _rx(r"\b(?:has|have|'ve|\u2019ve)\s+(?:\w+\s+)?(?:been|\w+ed|\w+en|made|won|lost|got|had|"
                         r"left|held|paid|sold|told|said|become|come|gone|done|seen|taken|given)\b", re.I)
_PRONOUN_PLURAL_EN = frozenset("they we i you".split())
_NOT_S_VERB_EN = _rx(r"(?:ss|us|is|ous|'s|\u2019s|ics|ies)$", re.I)
_PAST_FORM_EN = _rx(PAST_CUE + r"|\b(?:did|was|were|had|could|would|should|might)n['\u2019]t\b|\b(?:not|never)\b"
                           r"|n['\u2019]t\b|\b(?:every|each|usually|normally|typically|often|always|sometimes)\b", re.I)
# what may follow the weekday of the clause: its end, a preposition, a conjunction, a time of day
_AFTER_OK_EN = _rx(r"\s*(?:$|[,;:.!?)\u2014\"\u201d-]|(?:in|at|on|to|for|with|from|after|before|and|or|but|as|"
                          r"when|while|against|near|outside|inside|between|night|morning|afternoon|evening|"
                          r"(?-i:[A-Z]))\b)", re.I)


# a photo's credit ends its caption ("... on Tuesday. Image: A. Photographer.", "(AP Photo/John Doe)")
_CAPTION_EN = _rx(r"(?:^|[.!?)\u201d\"]\s+)(?:Image|Photo|Picture|Photograph)s?:\s+\S|"
                         r"\((?:AP|AFP|Reuters|EPA|Getty(?:\s+Images)?)\s+Photo\b|\bPhoto(?:graph)?\s+(?:by|credit)\b")
_HEADLINE_MAX = 300  # a line longer than this is no headline (and each call looks at one bounded line)
_NON_SPACE = _rx(r"\S")


def _headline_en(text: str, s: int) -> bool:
    start = text.rfind("\n", max(0, s - _HEADLINE_MAX), s) + 1
    if start == 0 and s > _HEADLINE_MAX:
        return False
    end = text.find("\n", s, s + _HEADLINE_MAX)
    if end < 0 and len(text) > s + _HEADLINE_MAX:
        return False
    line = text[start:end if end >= 0 else len(text)].strip()
    if _CAPTION_EN.search(line):
        return True  # a photo's caption, with its credit: told in the present of a past moment, as a headline is
    words = [w for w in _WORD_EN.findall(line) if len(w) >= 4 and w[0].isalpha()]
    if len(words) >= 3 and all(w[0].isupper() for w in words):
        return True  # title case (every word of four letters or more)
    # the first line of a longer text, without a full stop
    return (start == 0 and end >= 0 and _NON_SPACE.search(text, end) is not None
            and not re.search(r"[.!?\"\u201d']$", line))


def clause_tense(text: str, s: int, e: int) -> int:
    """+1 for a bare weekday text[s:e] in a clause told in the futurate present, else 0."""
    if not _WEEKDAY_END.search(text[s:e]):
        return 0
    sent = sentence_before(text, s, 400)  # the whole sentence before it: no past form anywhere ("the band played ...
    pre = _CLAUSE_CUT_EN.split(sent)[-1]  # to a sold-out hall on Monday")
    if _WORD_EN.findall(sent.lower()) in ([], ["on"]):
        return _fronted_futurate(text, e)  # the weekday opens its sentence: the clause after it tells
    post = sentence_after(text, e, 160)
    post_clause = _CLAUSE_CUT_EN.split(post)[0]
    if (_PAST_FORM_EN.search(sent) or _PAST_FORM_EN.search(post_clause) or _AMBIGUOUS_PAST_EN.search(sent)
            or _PERFECT_EN.search(pre) or not _AFTER_OK_EN.match(post) or _headline_en(text, s)):
        return 0
    words = _WORD_EN.findall(pre)
    lows = [w.lower().rstrip(".") for w in words]
    if lows and lows[0] in _FRONTED_PREP_EN:
        return 0  # a fronted phrase ("In the only singles match on Sunday, Dechy beat ..."): its verb comes later
    if lows and lows[-1] == "on":
        words, lows = words[:-1], lows[:-1]
    n = len(words)
    # a plural subject opening the clause with a phrase after it: "Voters in the northern state go to the polls"; its
    # head may follow a noun ("Finance ministers of the Group of Seven meet in Washington")
    k = 1 if lows and (lows[0] in ("the", "some", "many", "most", "all") or lows[0].isdigit()) else 0
    hk = next((h for h in (k, k + 1) if n > h + 1 and (h == k or lows[k] not in _FUNCTION_EN) and _plural_en(lows[h])
               and lows[h + 1] in ("in", "of", "from", "at", "across", "around", "outside", "inside", "near")), None)
    plural_head = hk is not None
    for i in range(n - 1, max(n - 7, 0) - 1, -1):  # the nearest verb before the weekday
        w = lows[i]
        if w in _EVENT_PREP_EN:
            return 0  # the weekday of an event named after a preposition: "faces charges over a shooting Friday"
        if w in _STATE_OR_SAY_EN:
            # (a verb of saying with its own object is an act: "reports earnings Thursday"; not "reports that",
            # "reports a rise", "says Monday")
            if not (w in ("reports", "report") and i + 1 < n and lows[i + 1] not in _FUNCTION_EN):
                return 0
        if (i == 0 or w in _FUNCTION_EN or not w.isalpha() or not words[i].islower() or len(w) < 3 and w != "go"):
            continue  # (not a particle inside a name: "Dar es Salaam"; but the verb "go": "Voters go to the polls Sunday")
        j = i - 1
        while j > 0 and lows[j] in _ADVERB_EN:
            j -= 1  # (past an adverb to the subject: "Smith also competes in the relay on Sunday")
        prev = lows[j]
        if (prev in _FUNCTION_EN or prev.endswith(("'s", "\u2019s"))
                or prev.endswith("ly") and words[i - 1].islower() and prev not in _LY_NOUNS_EN):
            continue  # after an article, a possessive, a preposition or an adverb: a noun
        if w.endswith("s") and not _NOT_S_VERB_EN.search(w) or w.endswith("ies") and len(w) > 4:
            if _plural_en(prev):
                continue  # after a verb in -s, its object: "reports earnings", "faces charges"
            return 1  # "The trial starts", "The Senate votes", "The company reports"
        # a plain form right after a plural subject ("Negotiators return", "The two leaders hold talks")
        if not w.endswith(("s", "ed", "ing", "ly")) and (prev in _PRONOUN_PLURAL_EN or _plural_en(prev)
                                                          or plural_head and i > hk + 2):
            return 1
        # ... or a verb of a fixture after a team's name opening the clause, which British English makes plural
        # ("England play Italy at Wembley on Friday", "Leeds host Derby on Saturday")
        if (w in _FIXTURE_VERB_EN and j >= 0
                and all(x[:1].isupper() and x.isalpha() and y not in _FUNCTION_EN for x, y in zip(words[:j + 1], lows))):
            return 1
    return 0


_FRONT_GAP_EN = _rx(r"\s*(?:(?:morning|afternoon|evening|night)\b)?\s*,?\s*", re.I)
_SUBJECT_PRONOUN_EN = {"we": False, "they": False, "i": False, "you": False, "he": True, "she": True, "it": True}
_QUOTE_MARK_EN = _rx(r"[\"\u201c\u201d]")
_DETERMINER_EN = frozenset("the a an this that these those his her its their our my your".split())
_QUANTIFIER_EN = frozenset("more less fewer most some many several all both".split())
_NUMBER_WORDS_EN = frozenset("two three four five six seven eight nine ten dozen hundred thousand million both".split())


def _fronted_futurate(text: str, e: int) -> int:
    """+1 for a weekday opening its sentence ("On Monday, the Senate votes on the bill", "On Sunday, voters in the north
    go to the polls", "On Monday we vote") before a clause in the simple present: the futurate, the coming day. The
    subject is a pronoun or a noun phrase; its verb the first lowercase word that follows no function word, in -s
    after a singular head or in the plain form after a plural head ("we/they/I/you": plain, "he/she/it": -s). Not when
    the clause holds a past form, a perfect, a negation or a habit, nor before a verb of saying or a state ("officials
    say", "is in Paris"), nor in a headline."""
    post = _QUOTE_MARK_EN.split(sentence_after(text, e, 200))[0]  # (a quotation's end ends its sentence)
    clause = _CLAUSE_CUT_EN.split(post[_FRONT_GAP_EN.match(post).end():])[0]
    # (a past form anywhere in the rest of the sentence: "On Wednesday, some 200 residents, reportedly, of the
    # village gathered")
    if (_PAST_FORM_EN.search(post) or _AMBIGUOUS_PAST_EN.search(post) or _PERFECT_EN.search(post)
            or _headline_en(text, e - 1)):
        return 0
    words = _WORD_EN.findall(clause)[:8]
    if len(words) < 2:
        return 0
    lows = [w.lower() for w in words]
    if lows[0] in _FUNCTION_EN and lows[0] not in _DETERMINER_EN or lows[0] in _QUANTIFIER_EN:
        return 0  # the clause opens with a phrase or a clause of its own ("after meeting with party leaders, ...")
    if lows[0] in _SUBJECT_PRONOUN_EN:
        i, singular = 1, _SUBJECT_PRONOUN_EN[lows[0]]
    else:
        head = next((k for k, w in enumerate(lows) if w not in _FUNCTION_EN), None)
        if head is None or not words[head].isalpha():
            return 0
        i = next((k for k in range(head + 1, min(len(words), 7))
                  if words[k].islower() and words[k].isalpha() and lows[k] not in _FUNCTION_EN
                  and lows[k - 1] not in _FUNCTION_EN and lows[k - 1] not in _NUMBER_WORDS_EN
                  and not words[k - 1].isdigit()), None)
        if i is None:
            return 0
        singular = not _plural_en(lows[head])
    w = lows[i]
    if w in _STATE_OR_SAY_EN or w.endswith(("ed", "ing", "ly")):
        return 0
    s_form = w.endswith("s") and not _NOT_S_VERB_EN.search(w)
    return 1 if s_form == singular else 0


def _plural_en(w: str) -> bool:
    return w.endswith("s") and not _NOT_S_VERB_EN.search(w) and w not in _FUNCTION_EN and w.isalpha()
