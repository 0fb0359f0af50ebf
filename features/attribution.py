"""Attribution: who is said to have said what, and whether the article heard it first-hand.

Cues are speech verbs and phrases ("said", "told", "according to", "quoted ...
as saying", "wrote on Twitter"). Each cue gets a source, found by walking back to
the subject or forward past an inverted verb, classified as:

- named person / named organisation: a proper name ("Dmitry Peskov", "the Kremlin");
- unnamed: a role with no name ("officials", "a source close to", "analysts");
- pronoun: "he said", counted as the most recent named source;
- second-hand: another news outlet ("Al Jazeera reported", "The Kyiv Independent
  quoted", "told the RBK newspaper", "according to local media").
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace

from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS as _STOP_WORDS

from features.base import Evidence, FeatureResult, per_100_words, share
from features.boilerplate import chrome_spans
from features.cue_model import CueModel, default_cue_model, tokens
from features.document import Document, Span, comma_before, inside, strictly_inside
from features.names import is_city, is_common_word, is_common_word_or_plural, is_first_name, is_place

KIND = "attribution"

NAMED_PERSON = "named person"
NAMED_ORGANISATION = "named organisation"
UNNAMED = "unnamed"
UNRESOLVED = "unresolved"
PRONOUN = "pronoun"
SECOND_HAND = "second-hand"

_SPEECH_VERBS = (
    "said|says|say|saying|told|tells|telling|added|adds|adding|stated|explained|noted|notes|noting|announced|reported"
    "|wrote|writes|claimed|claiming|warned|warns|insisted|indicated|stressed|argued|argues|argue|arguing|confirmed"
    "|reports|denied|tweeted|declared|asserted|remarked|acknowledged|admitted|revealed|suggested|suggests|suggesting|quoted"
    "|cited|alleges|allege|alleging|urged|testified|predicted|conceded|emphasised|emphasized|asked|replied|responded|recalled|continued"
    "|described|called|criticized|criticised|accused|praised|defended|questioned|promised|vowed|pledged|agreed"
    "|concluded|believes|believe|thinks|think|wants|want|expressed|endorsed|proposed|declined"
    "|found|finds|showed|shows|show"
)
# A Title Case headline's verbs ("Trump Says He Never Pledged ...") and an inverted opening ("Said Mr Fogg: ...").
_TITLE_CASE_VERBS = "Says|Said|Tells|Warns|Claims|Admits|Denies|Insists|Asked"
_TITLE_CASE_VERB_WORDS = frozenset(_TITLE_CASE_VERBS.split("|"))
# Verbs that attribute only with a document as subject: "a new poll found", "the data show".
_FINDING_VERBS = frozenset({"found", "finds", "showed", "shows", "show"})
_DOCUMENT_NOUNS = frozenset(
    "poll polls polling survey surveys study studies data analysis research figures records report reports review audit "
    "video footage documents document emails filings results statistics estimates".split()
)
_DOCUMENT_NOUN = re.compile(rf"\b(?:{'|'.join(sorted(_DOCUMENT_NOUNS))})\b", re.IGNORECASE)
# How far before a finding verb its document may stand: "A poll conducted by voters in Saturday's primary showed".
FINDING_SUBJECT_CHARS = 80
# Cues that are attributions even when no source can be parsed ("..., the campaign's new chief said").
_SELF_EVIDENT_VERBS = frozenset(
    "said says say saying told tells telling added adds adding stated noted notes noting wrote writes tweeted asked "
    "replied responded".split()
)
# "reports" is a verb after a name or an adverb ("the BBC reports", "Steve Tellier also reports that"), unless a verb
# or a preposition follows it; after a common noun, a determiner or a possessive it is a noun ("media reports",
# "The reports", "PAC's reports", "Media reports say").
_REPORTS_SUBJECT = re.compile(
    r"(?:\b(?!(?:The|A|An|These|Those|Such|Its|His|Her|Their|Our|Many|Some|Other)\b)[A-Z][\w.-]*(?<!'s)|\b(?:also|now|first|exclusively|later))\s+$")
_REPORTS_AS_NOUN = r"(?:,|\s+(?:say|said|suggest|suggested|indicate|indicated|claim|claimed|show|showed|of|on|from|in|about|by|were|are|have|had)\b)"
# "In an NBC News/Wall Street Journal poll released Monday, 50 percent ...": the poll says it.
_IN_DOCUMENT = r"(?:the|an?|its|their|his|her) (?:(?!(?:of|about|in|on|at|for|with|to|by|from|and|or|but)\b|- )[\w'/.-]+ ){1,5}?(?:polls?|surveys?|study|report)\b(?: (?:released|published|conducted|taken) [^,.;\n]{1,40}?(?=,))?"
_CUE = re.compile(
    rf"\b(?:(?P<according>[Aa]ccording to|[Ii]n(?= (?P<document>{_IN_DOCUMENT}))|[Cc]iting|[Qq]uoting|(?:[Aa]s )?[Pp]er(?= (?:the )?[A-Z])(?! Cent\b)|(?:[Aa]s )?reported by|(?:[Aa]s )?quoted (?:as (?:saying|stating) )?by)|quoted\s+(?P<speaker>[^.;:\x22]{{1,60}}?)"
    rf"\s+as\s+(?:saying|telling|stating|writing)|(?P<verb>{_SPEECH_VERBS}|{_TITLE_CASE_VERBS})(?!(?<=reports){_REPORTS_AS_NOUN})(?:\s+(?:on|in)\s+(?:Twitter|X|Facebook|Telegram|Instagram"
    rf"|a statement|an interview|a post|a television interview|a news conference))?)\b"
)
_SPEECH_VERB_WORDS = frozenset(_SPEECH_VERBS.split("|"))
_CUE_FIRST_WORDS = _SPEECH_VERB_WORDS | {"according", "citing", "quoting", "per", "as", "reported", "quoted", "in"}
# A quotation in double quotes, or in single quotes as British papers write them ('We will not give
# up,' she said): an opening quote before a capital, apostrophes inside words ("don't") allowed.
# Marks pair in turn; a pair shorter than QUOTATION_MIN_CHARS is a scare quote ('a "big truck"').
QUOTATION_MIN_CHARS = 14
_QUOTE = re.compile(r'"[^"\n]*"' r"|(?<![\w'])'(?=[A-Z])(?:[^'\n]|(?<=\w)'(?=\w)){11,}?[,.!?]'(?!\w)")
_TOKEN = re.compile(r"[\w'.&-]+|[^\w\s]")

# Words that may stand between a source and its verb: "Zelensky had said", "officials also said".
_BETWEEN = frozenset(
    "has have had also later earlier recently previously reportedly then further would will once again "
    "repeatedly quickly swiftly publicly privately separately today yesterday had already "
    # a denial or a refusal: "The company did not say", "He would not say", "She didn't immediately respond"
    "did does do not didn't doesn't don't would could wouldn't couldn't won't hasn't haven't immediately".split()
)
_PRONOUNS = frozenset({"he", "she", "i", "they", "it", "we", "you", "both", "others"})
# "According to him, ...": the pronoun after the cue, resolved as a subject pronoun is.
_OBJECT_PRONOUNS = {"him": "he", "her": "she", "them": "they", "us": "we"}
# "Anna Smith, who said", "TMZ, which reported": the relative pronoun is the source (as PolNeAR marks it), the
# noun phrase before it says what kind.
_RELATIVE_PRONOUNS = frozenset({"who", "which"})
# Pronouns that stand for one person; the others take the category of the previous source.
_PERSON_PRONOUNS = frozenset({"he", "she", "i"})
# Head nouns of sources with no name.
_UNNAMED_NOUNS = frozenset(
    "official officials source sources analyst analysts expert experts observer observers spokesman spokeswoman spokesperson "
    "diplomat diplomats resident residents witness witnesses authorities insider insiders critics people person aide aides "
    "leaders leader lawmakers ministers minister report reports statement documents members member staff team "
    "adviser advisers advisor advisors strategist strategists mps meps legislators "
    "investigators poll polls survey surveys study studies data analysis research figures records "
    # groups of people named by what they are: "Opponents say", "Farmers said"
    "opponents supporters farmers protesters protestors demonstrators activists campaigners voters workers employees "
    "teachers doctors nurses parents students scientists researchers economists lawyers officers locals villagers "
    "citizens fans neighbours neighbors survivors victims families relatives organisers organizers commentators "
    "traders investors executives managers owners shoppers consumers customers users patients prosecutors detectives "
    "rescuers firefighters paramedics medics soldiers troops militants rebels "
    # one of them: "a trader in London told CNBC"
    "opponent supporter farmer protester demonstrator activist campaigner voter worker employee teacher doctor nurse "
    "parent student scientist researcher economist lawyer officer villager citizen fan neighbour neighbor survivor "
    "relative organiser organizer commentator trader investor manager owner shopper consumer customer patient "
    "detective rescuer firefighter paramedic medic soldier militant rebel".split()
)
_NAME_LINKS = frozenset({"of", "the", "for", "and", "de", "al", "bin", "van", "von", "der", "la", "le", "da", "du", "'s", "-"})
_UNNAMED_MODIFIERS = frozenset(
    "a an the local state senior western foreign military government security intelligence administration party industry "
    "some other several many two three close familiar anonymous unnamed their our his her its top former new "
    "latest recent news press "
    # a minister's portfolio and rank: "Japan's defence minister", "the deputy prime minister"
    "defence defense finance health interior justice trade education energy environment economy deputy vice prime "
    "acting assistant".split()
)
# Capitalised words that start a clause rather than a name.
_NOT_NAMES = frozenset(
    "But And However Meanwhile Also So Yet Then In On At Last This That When While After Before As If Earlier Later Today "
    "Yesterday Tomorrow Still Now Here There Instead Moreover Although Though Since Because Indeed Finally First Second "
    # a clause that opens with its verb has no subject before the cue: "To address the situation, ...", "Never mentioning"
    "To By Having Never From Who What Why How Where Which Whether Not Asked".split()
)
# Part of a group nobody names: "Some warned ...; others welcomed ...".
_GROUP_PART_WORDS = frozenset({"some", "many", "most", "several", "others", "few", "those"})
# Outlet names with a lower-case or time word in them, which the noun-phrase rules would cut: "USA Today".
_LINKED_OUTLETS = r"USA Today|Corriere della Sera|Globe and Mail|Times of India|Times of Israel|Folha de S\.? ?Paulo"
_LINKED_OUTLET_BEFORE = re.compile(rf"(?P<outlet>(?:\b[Tt]he\s+)?\b(?:{_LINKED_OUTLETS}))\s*$")
# Their last words, a cheap test before the search: "Today", ..., "Paulo".
_LINKED_OUTLET_ENDINGS = tuple(name.split()[-1] for name in re.sub(r"\\\.\?|\?", "", _LINKED_OUTLETS).split("|"))
_OUTLET_NAME = (
    r"(?:Al Jazeera|Reuters|AP|Associated Press|AFP|Agence France-Presse|Bloomberg|CNN|BBC|NBC|CBS|ABC|MSNBC|Fox News"
    r"|Sky News|Interfax|TASS|RIA Novosti|RIA|Xinhua|Kyodo|Yonhap|Ukrinform|Anadolu|dpa|EFE|ANSA|PTI|ANI|IANS|Politico"
    r"|Axios|Kommersant|Izvestia|Pravda|RBK|RBC|Spiegel|Le Monde|El Pais|Haaretz|CNBC|NPR|PBS|Newsweek|Vox"
    r"|NHK|KCNA|Nikkei|Asahi|Yomiuri|Sputnik|RT|Al Arabiya|Bild|Le Figaro|Figaro|El Mundo|Folha|Globo|ARD|ZDF|France 24"
    r"|Euronews|Deutsche Welle|DW|CBC|ITV|WION|NDTV|News24|CGTN|RTE|IRNA|ISNA|Tasnim|Semafor|Meduza|Caixin|Rappler"
    r"|Mainichi|Vedomosti|Novaya Gazeta|The Hill|The Sun|The Hindu|The Atlantic(?! Council| Ocean)|Al-Monitor"
    rf"|Middle East Eye|{_LINKED_OUTLETS}|Toronto Star|Prothom Alo|El País|Clarín|La Nación|El Universal|Milenio"
    r"|La Repubblica|Tagesschau|Frankfurter Allgemeine|Die Welt|Libération|TMZ|Page Six|Variety|Billboard|Rolling Stone"
    r"|Hollywood Reporter|Us Weekly|Entertainment Weekly|Forbes|TechCrunch|The Verge|MarketWatch|Breitbart|BuzzFeed"
    r"|HuffPost|ProPublica|Mother Jones|The Intercept|Mediapart|Yle|NRK|SVT|ORF|Kathimerini|Ynet|Bernama|Antara"
    r"|Fox Business|ESPN|Gizmodo|Ars Technica|The New Yorker|Newsmax|The Athletic|Mashable|Engadget|UNIAN|Hromadske"
    r"|Suspilne|Mediazona|Fontanka|Asharq Al-Awsat|Al-Ahram|Al Mayadeen|Arutz Sheva|i24NEWS"
    r"|Yedioth Ahronoth|Maariv|ABS-CBN|Kompas|Detik"
    r"|[A-Z][\w-]*\.(?:com|ru|ua|net|info|co\.uk|in|de|fr)(?![\w.])"  # a website: "Lenta.ru", "AL.com" (not ".org", ".gov")
    r"|(?:[A-Z0-9][\w-]*\s+){0,3}(?:Times|Post|Journal|Independent|Guardian|Telegraph|Herald|Tribune|Gazette|Observer"
    r"|Chronicle|News|Daily|Express|Mirror|Standard|Insider|Review|Wire|Press|Zeitung|Gazeta))"
)
_OUTLET_NOUN = (
    r"(?:newspaper|news agenc(?:y|ie)|press agenc(?:y|ie)|[Mm]edia|outlet|broadcaster|television|TV|radio|daily|tabloid|magazine|website"
    r"|news site|portal|channel|(?:[Nn]ews|[Pp]ress|[Mm]edia) report)s?"
)
_OUTLET = re.compile(rf"\b{_OUTLET_NAME}\b|\b{_OUTLET_NOUN}\b")
# "state television", "local media", "a pro-Kremlin tabloid": the kind of outlet, unnamed.
_OUTLET_KIND = r"(?:(?:state|local|national|public|official|regional|foreign|independent|private|pro-[A-Z]\w+)(?:-run|-owned)?\s+)?"
# A named or described outlet: "TASS", "the RBK newspaper", "state news agency TASS" (the description tried first).
_OUTLET_PHRASE = (rf"{_OUTLET_KIND}(?:[A-Z][\w'.-]*\s+){{0,3}}{_OUTLET_NOUN}\b(?:\s+{_OUTLET_NAME}\b)?"
                  rf"|{_OUTLET_NAME}(?:\s+(?:News|Digital|Television|Online|Radio(?:\s+\d{{1,2}})?))*\b")  # "NBC News", "BBC Radio 4"
# The object of "told" when it is a news outlet: "told the RBK newspaper", "told CNN".
_TOLD_OUTLET = re.compile(
    rf"\s+(?:the\s+|an?\s+)?(?P<outlet>{_OUTLET_PHRASE})"
)
# The outlet a statement or interview was given to: "said in a statement to the Guardian".
_STATEMENT_TO_OUTLET = re.compile(rf"\s+(?:to|with){_TOLD_OUTLET.pattern}")
_ORGANISATION_HEADS = frozenset(
    "Kremlin Ministry Government Pentagon NATO UN EU White House Department Commission Council Committee Office Agency "
    "Company Inc Corp Ltd Party Union Court Parliament Congress Senate Bank Army Police Navy Group Institute University "
    "Foundation Association Organization Organisation Society Authority Service Embassy Kiev America Britain "
    "Federation Confederation Chamber Board Trust Fund Alliance League Coalition Forum Centre Center Bureau Club "
    "Fed Reserve Treasury Cabinet Assembly Secretariat Administration Command Exchange Regulator Tribunal Centers Centres "
    "Watch International Network Initiative Movement Front Programme Program Mission Partnership Holdings Industries "
    "Airlines Motors "
    # parties by their members: "say the Tories", "the Lib Dems said"
    "Tories Conservatives Democrats Republicans Dems Liberals Greens "
    # company names: "Greenfield Homes", "Acme Technologies", "Pfizer Pharmaceuticals"
    "Homes Partners Capital Energy Foods Systems Technologies Pharmaceuticals Labs Laboratories Solutions Enterprises "
    "Corporation Brands Stores Media Studios Entertainment Telecom Communications Logistics Insurance Properties".split()
)
# Institutions named by their role: "the Ukrainian military", "police".
_INSTITUTIONS = frozenset(
    "military government administration ministry police army company court council agency office department campaign "
    "committee commission embassy navy service firm".split()
)
_TOLD = frozenset({"told", "tells"})
_MONTHS = frozenset("january february march april may june july august september october november december "
                    "jan feb mar apr jun jul aug sep sept oct nov dec".split())
_DETERMINERS = frozenset("a an the one some another his her their its our".split())
# Roles that name one person when used with "the": "the president said".
_PERSON_TITLES = frozenset("Dr Prof Professor Mr Mrs Ms Miss Sir Dame Lord Lady Rev Gen Col Capt Sgt Rep Sen Gov".split())
_ROLES = frozenset(
    "president minister chancellor governor mayor senator spokesman spokeswoman spokesperson secretary ceo director "
    "chairman chairwoman commander general judge prosecutor ambassador premier executive chief founder head".split()
)
# Who may speak after a name's possessive: "Ukraine's air force", "Clinton's adviser", "Trump's son" (not "Reid's speech").
_OWNED_SPEAKERS = _UNNAMED_NOUNS | _INSTITUTIONS | _ROLES | frozenset(
    "force attorney attorneys father mother son daughter wife husband "
    "brother sister family".split())
_CONTRACTED = _PRONOUNS | {"that", "what", "there", "here", "let", "who"}  # "It's", "Let's": no possessive
_OUTLET_NOUN_WORD = re.compile(_OUTLET_NOUN)
_PROPER_NAME = re.compile(r"(?:[A-Z][\w'.-]*\s+){0,3}[A-Z][\w'.-]*")
# ", a spokesman for the ministry, " right before the verb, after an age if any (", 54, a nurse, ").
_APPOSITIVE = re.compile(r"(?:,\s*\d{1,3})?,(?P<inner>[^,\"]{2,80}),\s*(?:(?P<after>\w+)\s+)?$")
_QUALIFIERS = r"(?:speaking|familiar|close|briefed|with knowledge|who|involved|knowledgeable)\b"
_QUALIFIED_UNNAMED = re.compile(
    r"(?P<np>\b(?:[A-Za-z]+\s+){0,2}(?:(?i:officials?|sources?|people|diplomats?|insiders?|aides?|analysts?|experts?|residents?)"
    rf"\s+{_QUALIFIERS}|(?i:persons?|individuals?)\s+(?:familiar|close|briefed|with knowledge|knowledgeable)\b))(?:(?!\b(?:say|said|says|told|tells)\b)[^,.;\"]){{0,80}}$"
)
_QUALIFIER_WORD = re.compile(rf"\b{_QUALIFIERS}")  # a cheap test before the search: one of the last 100 characters' words
QUALIFIER_CHARS = 100
# "... in The Guardian", "... with the BBC": the outlet a report or an interview came from.
_VIA_OUTLET = re.compile(
    rf"\s+(?P<via>in|by|from|on|with|to)\s+(?:the\s+|an?\s+)?(?P<outlet>{_OUTLET_PHRASE})")
# "said, as cited by TASS,", "said in comments to the Financial Times", "said in remarks carried by state
# television": the outlet the words came through, right after the cue.
_CITED_BY_OUTLET = re.compile(
    rf"(?:\s+(?:on|last|this|earlier|late)\s+\w+)?,?\s+(?:(?:as\s+)?(?:cited|quoted|reported|carried|published)\s+by"
    rf"|in\s+(?:comments|remarks|an op-ed|a post|an article|an interview)"
    rf"\s+(?:to|with|for|in|on|carried by|published by|published in))\s+(?:the\s+)?"
    rf"(?P<outlet>{_OUTLET_PHRASE})"
)
# "... was quoted by Interfax as saying": the tail of the construction is no cue of its own.
_AS_SAYING = re.compile(r"(?:saying|telling|stating|writing)\b")
_AS_BEFORE = re.compile(r"\bas\s+$")
# A headline that gives its speaker before a colon: "Sanders: Brexit's message could draw Trump support",
# "NY Post: Megyn Kelly ...". Not a label ("Update:", "Watch:") nor an upper-case dateline ("NEW DELHI:").
# Words of at most 41 characters keep it linear on hostile runs ("Ab.Ab.Ab...").
_HEADLINE_SPEAKER = re.compile(
    r"(?P<name>(?:[A-Z][\w'.-]{0,40}\s){0,3}[A-Z](?=[\w'.-]{0,40}?[a-z])[\w'.-]{0,40})(?P<colon>:)\s+(?=\S+\s+\S+\s+\S)")
_HEADLINE_LABELS = frozenset(
    "our your my the this these update updated note photo photos image images video watch read related tags tag source sources credit warning "
    "breaking exclusive analysis opinion live question answer topics category filed posted published by disclaimer "
    "correction clarification advertisement sponsored step chapter part day round game week editor's listen "
    "summary background context explainer review comment comments reply fact check factcheck "
    # a topic or a list: "Flood Crisis: ...", "Replacements: ...", "Details: ..."
    "crisis war conflict latest updates timeline factbox highlights recap preview result results replacements subs "
    "substitutes forwards backs squad lineup line-up scorers referee attendance venue details description collection "
    "address case cast covering edit specifications features price schedule tickets location date dates time gallery".split()
)
# "Speaking to Sky News, the minister said": the words reached the article through an outlet.
_SPEAKING_TO = re.compile(
    rf"\b(?:[Ss]peaking|[Tt]alking|[Ii]n (?:comments|remarks) (?:to|made to|carried by|published by|quoted by)|[Ii]n an interview"
    rf"|[Ii]n an? (?:op-ed|column|article|essay|editorial|commentary|piece) (?:for|in|published by|published in))"
    rf" (?:to |with |on )?(?:the\s+)?"
    rf"(?P<outlet>{_OUTLET_PHRASE})"
)
# A time between subject and verb: "Trump on Tuesday said", "a poll last month showed".
_WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
_TIMES = "week month year night weekend morning evening".split() + _WEEKDAYS
# an adverb between subject and verb: "Politico first reported", "the ministry also said"
_ADVERBS = "first also later previously exclusively originally earlier reportedly separately recently then".split()
_TRAILING_TIME = re.compile(
    rf"(?:\s+(?:on|last|this|next|earlier|late|early)\s+(?:{'|'.join(_TIMES)})|\s+(?:{'|'.join(_ADVERBS + _WEEKDAYS)}))+\s*$"
)
_TRAILING_TIME_LAST_WORDS = frozenset(_TIMES + _ADVERBS)  # a cheap test before the search ("Obama Tuesday said")
# "a program called ...", "an app called ...", "was called", "so-called": a name given, no speech.
_NAMING_BEFORE = re.compile(r"(?:\b[Aa]n?(?:\s+(?!(?:he|she|they|it|we|i|you|who|that|which|after|before|when|as)\b)[a-z][\w'-]*){1,3}"
                            r"|\b(?:was|were|been|being|be|is|are|so-))\s*$")
_CALLED_FOR = re.compile(r"\s+(?:for|on|upon)\b")  # "a group of rabbis called for a boycott": a demand
# "the agency was warned" has no inverted subject after the verb; "Peskov was quoted by Interfax" has
# its speaker before the auxiliary.
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|being|be|is|are|get|got)\s+$")
_VERB_AFTER = re.compile(r"\s+(?:would|will|was|were|is|are|has|had|could|should|might|may|can|did|does)\b")
_TRAILING_WORDS = frozenset({"the", "of", "for", "a", "an", "with", "to", "close", "familiar"})
_INVERSION_VERBS = frozenset({"said", "says", "added", "adds", "wrote", "writes", "noted", "told", "tweeted", "warned", "stated"})
# Verbs that also take an object ("stressed the importance"): inverted only before a name ("- emphasized Szijjarto").
_INVERSION_VERBS_BEFORE_NAMES = frozenset({"emphasized", "emphasised", "stressed", "explained", "replied", "insisted", "concluded"})
MAX_SOURCE_TOKENS = 8
# How far around a cue its source is looked for, in characters: a source phrase with an
# appositive or a qualifier fits well inside, and a run-on "sentence" costs linear time.
SOURCE_WINDOW = 300
NOUN_PHRASE_CHARS = 150
# "Asked whether he would run, Smith said ...": a participle opening the sentence is a cue.
_ASKED_OPENING = re.compile(r"Asked (?:whether|if|about|what|why|how|when|who|to|for)\b")
# Context that makes a learned cue word a noun.
_NOUN_AFTER = re.compile(r" of\b")
_DETERMINER_BEFORE = re.compile(r"\b(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hese|[Tt]hose|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur)\s+$")


@dataclass(frozen=True, slots=True)
class Attribution:
    cue: Span
    source: Span | None
    category: str
    speaker: Span | None = None  # the original speaker behind a second-hand source
    content: Span | None = None  # a direct quote
    paraphrase: Span | None = None  # or what was said in the article's words: "said (that) the talks had failed"


def find_attributions(doc: Document, cue_model: CueModel | None = None) -> list[Attribution]:
    """Every attribution in the document, in text order: rule cues, then the cue model's other cues."""
    text = doc.normalized
    learned = (cue_model or default_cue_model()).cues(doc)
    chrome = chrome_spans(doc)
    chrome_starts = [span.start for span in chrome]
    toks = tokens(doc)
    first_words = [start for start, word in zip(toks.starts, toks.lower) if word in _CUE_FIRST_WORDS]
    found: list[Attribution] = []
    line_ends = [line.end for line in doc.lines]
    quotations = quotations_by_line(text, doc.lines)
    quotation_starts = [q.start for q in quotations]
    last_category = UNNAMED
    k = f = 0
    for sentence in doc.sentences:
        sentence_first = len(found)
        while f < len(first_words) and first_words[f] < sentence.start:
            f += 1
        if inside(chrome, chrome_starts, sentence.start):
            while k < len(learned) and learned[k].start < sentence.end:
                k += 1
            continue  # site chrome: "Mike R. says:" above a user comment is not the article's source
        rule_matches, f = _cues(text, sentence, first_words, f)
        headline = _headline_attribution(text, sentence)
        if headline is not None:
            found.append(headline)
        # a sentence that opens inside a paragraph's quotation ('"It is over. We lost," Lopez said, "and ..."') pairs
        # its marks after that quotation's close, not from its first (closing) mark
        around = bisect_left(quotation_starts, sentence.start) - 1  # the last quotation opening before the sentence
        scan_from = quotations[around].end if around >= 0 and quotations[around].end > sentence.start else sentence.start
        quotes = [Span(q.start(), q.end()) for q in _QUOTE.finditer(text, scan_from, sentence.end)
                  if q.end() - q.start() >= QUOTATION_MIN_CHARS
                  or (q.start() == sentence.start and text[q.end() - 2] in ",!?")]  # '"No," she said': short but speech
        quote_starts = [q.start for q in quotes]
        if scan_from > sentence.start:  # the quotation it opens inside is what its cue reports
            content = _quote_running_on(text, sentence, doc.lines, line_ends) or (quotes[0] if quotes else None)
        else:
            content = quotes[0] if quotes else _quote_running_on(text, sentence, doc.lines, line_ends)
        rule_cues: list[Span] = [headline.cue] if headline is not None else []
        rule_cue_starts: list[int] = [headline.cue.start] if headline is not None else []
        covered_until = sentence.start
        for match in rule_matches:
            if (strictly_inside(quotes, quote_starts, match.start()) or strictly_inside(quotations, quotation_starts, match.start())
                    or match.start() < covered_until):
                continue  # speech reported inside a quote belongs to the quote; "as cited by" belongs to its cue
            if match["verb"] == "reports" and not _REPORTS_SUBJECT.search(text, max(sentence.start, match.start() - 40), match.start()):
                continue
            if (match["verb"] == "called" and not _CALLED_FOR.match(text, match.end())
                    and _NAMING_BEFORE.search(text, max(sentence.start, match.start() - 40), match.start())):
                rule_cues.append(Span(match.start(), match.end()))  # "a program called Sandy Hook Promise", "Texas was called"
                rule_cue_starts.append(match.start())
                continue
            if _AS_SAYING.match(text, match.start()) and found and _AS_BEFORE.search(text, max(sentence.start, match.start() - 5), match.start()) \
                    and found[-1].cue.start >= sentence.start:
                rule_cues.append(Span(match.start(), match.end()))
                rule_cue_starts.append(match.start())
                continue  # "quoted by Interfax as saying": the rest of the cue before it, not the learned cues' either
            attribution = _rule_attribution(text, sentence, match, content)
            if attribution is not None and not match["according"]:
                attribution, covered_until = _through_outlet_after(text, sentence, attribution, covered_until)
            if attribution is None:
                if match["verb"] in _FINDING_VERBS:
                    rule_cues.append(Span(match.start(), match.end()))  # "police found a body": no cue at all
                    rule_cue_starts.append(match.start())
                continue  # otherwise (no source found) the learned cues may still take it
            rule_cues.append(attribution.cue)
            rule_cue_starts.append(attribution.cue.start)
            if covered_until > attribution.cue.end:  # the learned cues leave ", as cited by TASS," to it too
                rule_cues.append(Span(attribution.cue.end, covered_until))
                rule_cue_starts.append(attribution.cue.end)
            if attribution.category not in (SECOND_HAND, UNRESOLVED):
                attribution, last_category = _resolve_pronoun(text, attribution, last_category)
            found.append(attribution)
        while k < len(learned) and learned[k].start < sentence.end:
            cue = learned[k]
            k += 1
            if (cue.start < sentence.start or strictly_inside(quotes, quote_starts, cue.start)
                    or strictly_inside(quotations, quotation_starts, cue.start)):
                continue
            before = bisect_left(rule_cue_starts, cue.end) - 1  # the last rule cue starting before this one ends
            if before >= 0 and rule_cues[before].end + 1 >= cue.start:
                continue  # the rules have it, with more structure (or it goes on from it: "Asked about")
            if _NOUN_AFTER.match(text, cue.end) or _DETERMINER_BEFORE.search(text, max(sentence.start, cue.start - 20), cue.start):
                continue  # "reports of an attack", "the talks": a noun, not a verb of saying
            if text[cue.start].isupper() and not _ASKED_OPENING.match(text, cue.start):
                continue  # "Also Read:", "Says Who": a heading, not a cue inside a sentence
            if text[cue.start] == ":" and len(found) > sentence_first:
                continue  # 'A source told the paper: "..."': the colon opens the quote of the cue before it
            source = _source_before(text, sentence.start, cue.start)
            if (text[cue.start] == ":" and source is not None and source.start == sentence.start
                    and (text[source.start : source.end].split()[-1].lower() in _HEADLINE_LABELS
                         or _is_dateline(text, text[source.start : source.end], cue.end, sentence.end))):
                continue  # "Flood Crisis: ...", "Subs Not Used: ...", "Mumbai: The Sensex ...": a topic, a list, a dateline
            if source is None:
                found.append(Attribution(cue, None, UNRESOLVED, None, content))
                continue
            attribution, last_category = _resolve_pronoun(
                text, Attribution(cue, source, _category(text, source), None, content), last_category)
            found.append(attribution)
        found[sentence_first:] = _with_paraphrases(
            text, sentence, _through_outlet_around(text, _with_shared_subjects(text, sentence, found[sentence_first:])))
    taken = [a.cue.start for a in found]
    found.extend(a for a in _signatures(text, quotations, chrome, chrome_starts) if a.cue.start not in taken)
    found.sort(key=lambda a: a.cue.start)
    return found


# A quotation or an embedded post signed at its line's end: '"... our greatest shame." - Sonya Herridge',
# 'Just another day in the campaign. - Sahil Kapur (@sahilkapur) September 1, 2016'.
_SIGNATURE = re.compile(
    r"(?P<cue>-)[ \t]*(?P<name>[A-Z][\w'.-]{0,30}(?:[ \t]+[A-Z][\w'.-]{0,30}){1,3}?)(?P<handle>[ \t]+\(@\w+\))?"
    r"(?:[ \t]+[A-Z][a-z]+[ \t]+\d{1,2},[ \t]+\d{4})?[ \t.]*$", re.MULTILINE)  # bounded words: linear on "A-A-A-..."


def _signatures(text: str, quotations: list[Span], chrome: list[Span], chrome_starts: list[int]) -> list[Attribution]:
    """Signed quotations and posts: the dash is the cue, the name the source, the quotation or the post's line the content."""
    quotation_at_end = {q.end: q for q in quotations}
    found = []
    for match in _SIGNATURE.finditer(text):
        quote_end = match.start() - (1 if text[match.start() - 1 : match.start()] == " " else 0)  # '"..." - Name', '"..."- Name'
        quoted = text[quote_end - 1 : quote_end] == '"'
        if not (quoted or match["handle"]) or inside(chrome, chrome_starts, match.start("cue")):
            continue  # "Ukraine - Russia Talks": a dash between names signs nothing
        if quoted:
            content = quotation_at_end.get(quote_end)
        else:
            line_start = text.rfind("\n", 0, match.start()) + 1
            content = _clause(text, line_start, match.start("cue"))
        if content is None or content.end - content.start < QUOTATION_MIN_CHARS:
            continue
        found.append(Attribution(Span(match.start("cue"), match.end("cue")), Span(match.start("name"), match.end("name")),
                                 _classify(match["name"]), None, content))
    return found


# A second verb of the same subject: "Cruz exhorted Republicans ... and said", "..., the daily wrote, adding".
_SHARED_SUBJECT_BEFORE = re.compile(r"(?:\band|,)\s+(?:(?:also|then|later|again)\s+)?$")
# The name that opens a sentence, before its verb: "Cruz exhorted ...", "Wells Fargo just this month announced".
_OPENING_NAME = re.compile(r"(?:[A-Z][\w'.-]*\s+){0,3}[A-Z][\w'.-]*(?=\s+[a-z])")


def _with_shared_subjects(text: str, sentence: Span, attributions: list[Attribution]) -> list[Attribution]:
    """A cue with no source after "and" or a comma ("... and said", ", adding") takes the subject of its sentence:
    the previous attribution's source, or the name that opens the sentence."""
    result = []
    previous = None  # the last attribution of the sentence with a source of its own (one pass: linear on run-on text)
    for attribution in sorted(attributions, key=lambda a: a.cue.start):  # rule cues came first, the model's after
        if (attribution.source is None and text[attribution.cue.start : attribution.cue.end].lower() in _SPEECH_VERB_WORDS
                and _SHARED_SUBJECT_BEFORE.search(text, max(sentence.start, attribution.cue.start - 12), attribution.cue.start)):
            if previous is not None:
                attribution = replace(attribution, source=previous.source, category=previous.category)
            else:
                opening = _OPENING_NAME.match(text, sentence.start, attribution.cue.start)
                if opening is not None and opening.group().lower() in _PERSON_PRONOUNS:
                    attribution = replace(attribution, source=Span(opening.start(), opening.end()), category=NAMED_PERSON)
                elif opening is not None and _is_opening_name(opening.group().split()):
                    source = Span(opening.start(), opening.end())
                    attribution = replace(attribution, source=source, category=_category(text, source))
        elif attribution.source is not None and attribution.speaker is None:
            previous = attribution
        result.append(attribution)
    return result


def _is_opening_name(words: list[str]) -> bool:
    """A name, not a capitalised opener: no determiner, sentence word or participle first ("The", "For",
    "Speaking"), no common word, nationality or hyphenated adjective last ("Thousands", "Iranian", "Low-cost")."""
    return (words[0] not in _NOT_NAMES and words[0].lower() not in _DETERMINERS and not words[0].endswith("ing")
            and not is_common_word_or_plural(words[-1]) and not words[-1].endswith(("an", "ese", "ish"))
            and not re.search(r"-[a-z]", words[-1]))  # (not "Speaking", "Following", "Low-cost")


def _with_paraphrases(text: str, sentence: Span, attributions: list[Attribution]) -> list[Attribution]:
    """One sentence's attributions, each without a direct quote given the clause it reports, up to the next one's words."""
    starts = sorted(min(a.cue.start, _speaker(a).start) for a in attributions if _speaker(a))  # a sourceless cue ends no one's words
    cue_ends = sorted(a.cue.end for a in attributions)
    result = []
    for attribution in attributions:
        if attribution.content is not None:
            result.append(attribution)
            continue
        citing = _CITING_ASIDE.match(text, attribution.cue.end)  # "reported, citing X, that ...": the aside ends no one's words
        following = bisect_right(starts, citing.end() if citing else attribution.cue.end)
        limit = starts[following] if following < len(starts) else sentence.end
        earlier = bisect_right(cue_ends, attribution.cue.start)  # is another cue before it in the sentence?
        opening = cue_ends[earlier - 1] if earlier else sentence.start
        result.append(replace(attribution, paraphrase=_paraphrase(text, sentence, attribution, limit, opening)))
    return result


def _speaker(attribution: Attribution) -> Span | None:
    """Who spoke the words where the cue's grammar puts them: the original speaker of a second-hand quote
    ("Critics said ..., the New York Times reported"), else the source."""
    return attribution.speaker or attribution.source


# After the cue, before what was said: a time, a colon or comma ("said on Monday that ...": the clause
# starts at "that", as PolNeAR's annotators mark it).
_BEFORE_CLAUSE = re.compile(
    r"(?:\s+(?:(?:on|last|this|earlier|late)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today)"
    r"(?:\s+(?:morning|afternoon|evening|night))?(?!\w)|\s+(?:on|last|this|earlier|late)\s+\w+)?\s*[,:]?\s*"
)  # "said Tuesday that", "told reporters Monday night the ..."
# Where or how the words were said, between the cue and what was said: no part of the content.
_OCCASION = re.compile(
    r"\s+(?:in|at|during|on|via|over)\s+(?:a|an|the|his|her|their|its)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:interview|conference|briefing|call|filing|post|speech|hearing|appearance|e-?mail|message|video|letter|rally"
    r"|event|press release|news release|memo|podcast|broadcast|tweet|court filing|television interview|note|newsletter|op-ed|address|remarks|testimony|column|essay|ruling)s?\b"
    r"(?:\s+(?:with|on|to|in|at)\s+(?:the\s+)?[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*)*"
    r"|\s+to\s+(?:its\s+|their\s+|his\s+|her\s+)?(?:clients|investors|shareholders|supporters|members|staff|employees|customers|followers|readers))*"
)
# "told reporters that", "told the BBC on Monday that": the object of "told" ends before "that" (within 60 characters).
_TOLD_THAT = re.compile(r"[^,.;:\"]{0,60}?(?=\bthat\s)")
_TOLD_OBJECT = re.compile(r"\s+(?:the\s+|a\s+|an\s+)?(?:[A-Z][\w'.-]*(?:\s+[A-Z0-9][\w'.-]*)*|[a-z]+)(?:'s\s+[A-Z][\w'.-]*(?:\s+[A-Z0-9][\w'.-]*)*)?")
PARAPHRASE_MIN_WORDS = 3
# "His campaign manager, Jeff Weaver, said": a noun phrase this short before a name set off by commas is its title.
APPOSITIVE_HEAD_MAX_WORDS = 6


def _paraphrase(text: str, sentence: Span, attribution: Attribution, limit: int, opening: int) -> Span | None:
    """The reported clause: after the cue ("X said that Y", "that" included), or before the source when the cue closes
    the sentence ("Y, X said", "Y, said X", "Y, according to X"), or after "According to X,"."""
    cue, source = attribution.cue, _speaker(attribution)
    if text[cue.start : cue.end].lower() in ("according to", "in"):
        if source is not None and text.startswith(",", source.end):
            return _clause(text, source.end + 1, limit)  # "According to the ministry, ..."
        return _clause(text, sentence.start, cue.start)
    told = text[cue.start : cue.end].lower() in _TOLD
    if source is not None and source.start > cue.end and not told:
        outlet = attribution.source  # before the cue when the speaker is cited: "The Nation, citing police, reported"
        end = outlet.start if outlet is not None and sentence.start <= outlet.start < cue.start else cue.start
        return _clause(text, sentence.start, end)  # "..., said the minister."
    start = cue.end
    if told:
        told = _TOLD_THAT.match(text, start, limit) or _TOLD_OBJECT.match(text, start, limit)
        start = told.end() if told else start
    if attribution.speaker is not None:  # "said, as cited by TASS, that ...", "said in an interview with Reuters that ..."
        outlet = _CITED_BY_OUTLET.match(text, start, limit) or _VIA_OUTLET.match(text, start, limit)
        start = outlet.end() if outlet else start
    citing = _CITING_ASIDE.match(text, start, limit)  # "reported, citing people familiar with the matter, that ..."
    start = citing.end() if citing else start
    occasion = _OCCASION.match(text, start, limit)  # "said in a phone interview", "said at a news conference in Paris"
    start = occasion.end() if occasion else start
    before_clause = _BEFORE_CLAUSE.match(text, start, limit)  # None when the cue runs past the sentence ("explained\nAccording")
    after = _clause(text, before_clause.end(), limit) if before_clause else None
    if after is not None:
        return after
    end = source.start if source is not None else cue.start
    outlet = attribution.source
    if attribution.speaker is not None and outlet is not None and outlet.end <= end:
        return None  # "Speaking to the BBC, the minister admitted mistakes": the words before are the outlet's phrase
    if (source is not None and comma_before(text, source.start) and text[source.end : cue.start].strip() == ","
            and len(text[sentence.start : source.start].split()) <= APPOSITIVE_HEAD_MAX_WORDS
            and text[sentence.start : source.start].count(",") == 1):
        return None  # "A Kremlin spokesman, Dmitry Peskov, declined to comment": the words before name the speaker
    if source is None and opening > sentence.start:
        return None  # "told reporters that more rain was expected": a cue with no source inside another's words
    if text[sentence.start : end].rstrip().endswith((";", ":")):
        return None  # "Some warned that ...; others welcomed the cuts": the clause before is another's
    return _clause(text, sentence.start, end)


_CLAUSE_EDGE = " ,.:;!?-\u2014"


def _clause(text: str, start: int, end: int) -> Span | None:
    """The words between start and end without the punctuation and conjunctions at its edges, if 3+ words."""
    while start < end and text[start] in _CLAUSE_EDGE:
        start += 1
    while end > start and text[end - 1] in _CLAUSE_EDGE:
        end -= 1
        if end > start and text[end - 1] not in _CLAUSE_EDGE:
            for conjunction in (" and", " but", " as", " while"):
                if text.endswith(conjunction, start, end):
                    end -= len(conjunction)
    space = start
    for _ in range(PARAPHRASE_MIN_WORDS - 1):  # enough words: as many spaces, found without reading a long clause
        space = text.find(" ", space + 1, end)
        if space < 0:
            return None
    return Span(start, end)


def _through_outlet_around(text: str, attributions: list[Attribution]) -> list[Attribution]:
    """One sentence's attributions, those an outlet reports turned second-hand: "Zelenskyy said ..., Al Jazeera
    reported", "According to Reuters, the minister said ...", "Bloomberg reported, citing people familiar ..."."""
    outlets = [a for a in attributions if a.category == SECOND_HAND and a.source is not None
               and _OUTLET.search(text, a.source.start, a.source.end)]
    if not outlets:
        return attributions
    wrapped = []
    for attribution in attributions:
        if attribution.category in (SECOND_HAND, UNRESOLVED) or attribution.source is None:
            wrapped.append(attribution)
            continue
        outlet = next((o for o in outlets if _reports(text, o, attribution)), None)
        wrapped.append(attribution if outlet is None else replace(
            attribution, source=outlet.source, category=SECOND_HAND, speaker=attribution.source))
    return wrapped


_CITING = re.compile(r"(?:citing|quoting)\b", re.IGNORECASE)
_CITING_ASIDE = re.compile(r",\s+(?:citing|quoting)\s+[^,.;:\"]{1,100},")


def _reports(text: str, outlet: Attribution, attribution: Attribution) -> bool:
    """Whether the outlet's attribution carries the other: it opens the sentence with "According to", closes it
    after a comma (", Al Jazeera reported"), or the other is the outlet "citing" someone."""
    if text[outlet.cue.start : outlet.cue.end].lower().startswith("according to"):
        return True
    if _CITING.match(text, attribution.cue.start):
        return True
    return attribution.cue.end < outlet.source.start < outlet.cue.start and comma_before(text, outlet.source.start)


def _through_outlet_after(text: str, sentence: Span, attribution: Attribution, covered_until: int) -> tuple[Attribution, int]:
    """'said, as cited by TASS,', 'told reporters, as quoted by Interfax,': the outlet becomes the source, the speaker
    stays; the phrase is covered."""
    start = attribution.cue.end
    if text[attribution.cue.start : attribution.cue.end].lower() in _TOLD:
        told = _TOLD_OBJECT.match(text, start, sentence.end)
        start = told.end() if told else start
    cited = _CITED_BY_OUTLET.match(text, start, sentence.end) if attribution.source is not None else None
    if cited is None:
        return attribution, covered_until
    if attribution.category != SECOND_HAND:
        outlet = Span(cited.start("outlet"), cited.end("outlet"))
        attribution = Attribution(attribution.cue, outlet, SECOND_HAND, attribution.source, attribution.content)
    return attribution, cited.end()


def _headline_attribution(text: str, sentence: Span) -> Attribution | None:
    """'Trump: Cruz Has To Come a Long Way' at the start of a line: the name said what follows the colon."""
    if sentence.start > 0 and text[sentence.start - 1] != "\n":
        return None
    match = _HEADLINE_SPEAKER.match(text, sentence.start, sentence.end)
    if (match is None or match["name"].split()[0].lower() in _HEADLINE_LABELS or match["name"].split()[-1].lower() in _HEADLINE_LABELS
            or _is_dateline(text, match["name"], match.end(), sentence.end) or match["name"].split()[0] in _TITLE_CASE_VERB_WORDS):
        return None  # "Kenya: Floods Kill 40" is a dateline, not a speaker; "Said Mr Fogg:" the rules read
    source = Span(match.start("name"), match.end("name"))
    return Attribution(Span(match.start("colon"), match.end("colon")), source, _classify(match["name"]))


# A city before a colon opens a story's first sentence ("Mumbai: The Sensex jumped over 600 points on Wednesday, led
# by ..."), not a headline's few words ("Carson: Hillary Clinton 'Not Fit To Serve'").
DATELINE_MIN_WORDS = 12


def _is_dateline(text: str, name: str, after: int, end: int) -> bool:
    """A country, state or capital before a colon; or a large city before a long story sentence."""
    return is_place(name) or (is_city(name) and len(text[after:end].split()) >= DATELINE_MIN_WORDS)


def _resolve_pronoun(text: str, attribution: Attribution, last_category: str) -> tuple[Attribution, str]:
    """A pronoun source takes the category of the last source it may stand for ("Analysts at Moody's said ... They
    wrote": unnamed); "he", "she" and "I" are one named person, "it" an organisation."""
    if attribution.category == PRONOUN:
        phrase = text[attribution.source.start : attribution.source.end].lower()
        phrase = _OBJECT_PRONOUNS.get(phrase, phrase)  # "according to him"
        category = NAMED_PERSON if phrase in _PERSON_PRONOUNS else last_category
        if phrase == "it":
            category = NAMED_ORGANISATION  # "A spokesman for Delta said ... It added": a body, never the person nor a group
        return replace(attribution, category=category), last_category
    if attribution.category in (NAMED_PERSON, NAMED_ORGANISATION, UNNAMED):
        return attribution, attribution.category
    return attribution, last_category


QUOTE_MAX_CHARS = 1500


def quotations_by_line(text: str, lines: tuple[Span, ...]) -> list[Span]:
    """Double-quoted passages, paired within each line, in text order; they may span sentences.

    A quotation left open runs to the line's end (the next paragraph of a long quote opens again);
    a line whose first mark closes continues a quotation from before, so it runs from the line's start.
    """
    quotations: list[Span] = []
    for line in lines:
        opening = -1
        position = text.find('"', line.start, line.end)
        first = True
        while position >= 0:
            if opening >= 0:
                quotations.append(Span(opening, position + 1))
                opening = -1
            elif first and (position + 1 == line.end or text[position + 1].isspace()) and position > line.start:
                quotations.append(Span(line.start, position + 1))
            else:
                opening = position
            first = False
            position = text.find('"', position + 1, line.end)
        if opening >= 0:
            quotations.append(Span(opening, line.end))
    return quotations


def _quote_running_on(text: str, sentence: Span, lines: tuple[Span, ...], line_ends: list[int]) -> Span | None:
    """A quotation that runs over the sentence's end or start within its paragraph: 'Lopez said: "We
    will not give up. The people are with us."', '"It is over. We lost," Lopez said.'"""
    if text.count('"', sentence.start, sentence.end) % 2 == 0:
        return None
    line = lines[min(bisect_left(line_ends, sentence.end), len(lines) - 1)]
    mark, opens = _unpaired_quote_mark(text, sentence)
    if not opens:  # a closing mark: the quotation opened before the sentence
        opening = text.rfind('"', max(line.start, mark - QUOTE_MAX_CHARS), sentence.start)
        return Span(opening, mark + 1) if opening >= 0 else None
    closing = text.find('"', sentence.end, min(line.end, mark + QUOTE_MAX_CHARS))
    return Span(mark, closing + 1) if closing >= 0 else None


def _unpaired_quote_mark(text: str, sentence: Span) -> tuple[int, bool]:
    """The quotation mark of the sentence left without its partner, and whether it opens a quotation.

    A mark before a word opens; one after a word closes the last open one ('called it "a mess"
    and said: "We lost.': the second opening is unpaired; 'stated, "today's "Straw vote" is': the first).
    """
    opened: list[int] = []
    position = text.find('"', sentence.start, sentence.end)
    while position >= 0:
        if position + 1 < len(text) and not text[position + 1].isspace() and (
                position == 0 or text[position - 1].isspace() or text[position - 1] in "([:-"):
            opened.append(position)
        elif opened:
            opened.pop()
        else:
            return position, False
        position = text.find('"', position + 1, sentence.end)
    return opened[0], True


# "according to a statement from the company", "figures from the Office for National Statistics": who issued it.
_ISSUED_NOUNS = _DOCUMENT_NOUNS | {"statement", "statements", "release", "letter", "filing", "memo", "announcement", "notice",
                                    "tweet", "tweets", "post", "posts"}
_ISSUER = re.compile(
    r"\s+(?:from|by|of|issued by|released by|published by)\s+"
    r"(?P<issuer>(?:the\s+)?(?:[A-Z][\w'.&-]*\s+(?:(?:for|of|and)\s+)?){0,5}[A-Z][\w'.&-]*"
    rf"|the\s+(?:[a-z]+\s+){{0,2}}(?:{'|'.join(sorted(_INSTITUTIONS | _UNNAMED_NOUNS, key=len, reverse=True))})\b"  # "the county fire department"
    r"|the\s+[a-z]+(?:\s+[a-z]+)?)"
)


def _rule_attribution(text: str, sentence: Span, match: re.Match[str], content: Span | None) -> Attribution | None:
    """The attribution a rule cue makes, with its source found around it; None if the cue is none."""
    verb = match["verb"] and match["verb"].lower()
    cue = Span(match.start(), match.end())
    source = _source_before(text, sentence.start, match.start())
    if match["verb"] and match["verb"][0].isupper() and match.start() > sentence.start and not (source is not None and (
            source.start == sentence.start or (comma_before(text, source.start) and text[match.end() : match.end() + 1] in ".\n"))):
        return None  # a headline's "Trump Says ...", "..., Trevor Noah Says."; not a title's "What This Says About You"
    after_end = min(sentence.end, match.end() + SOURCE_WINDOW)
    passive = _PASSIVE_BEFORE.search(text, max(sentence.start, match.start() - 10), match.start())
    inverted = verb in _INVERSION_VERBS or (verb == "say" and comma_before(text, match.start()))  # "..., say MPs"
    if source is None and (inverted or verb in _INVERSION_VERBS_BEFORE_NAMES) and passive is None:
        source = _source_after(text, match.end(), after_end)
        if source is not None and not inverted and not text[source.start].isupper():
            source = None  # "stressed the importance of ...": an object
        if source is not None and _VERB_AFTER.match(text, source.end, sentence.end):
            source = None  # "said the company would be sold": an object, not an inverted subject
        if source is not None and verb == "say" and text[source.end : source.end + 1] not in (".", ",", ";", "\n", ""):
            source = None  # "..., say MPs." ends the sentence or a clause; "..., say their drives are ..." has no subject after
    if match["according"]:
        speaker_before = _source_before(text, sentence.start, passive.start()) if passive is not None else None
        source = (Span(match.start("document"), match.end("document")) if match["document"]
                  else _source_after(text, match.end(), after_end, pronoun=True))
        if speaker_before is not None and source is not None and _classify(text[source.start : source.end]) == SECOND_HAND:
            return Attribution(cue, source, SECOND_HAND, speaker_before, content)  # "Peskov was quoted by Interfax"
    # "Pew found that", "the inquiry showed that" (not "his radio show that aired")
    finding_that = verb in ("found", "finds", "showed") and source is not None and text.startswith(" that ", match.end())
    if verb in _FINDING_VERBS and not finding_that and (
            source is None or _DOCUMENT_NOUNS.isdisjoint(text[source.start : source.end].lower().split())):
        # "a poll found" is an attribution, "police found a body" is not; the document may head a
        # longer subject ("A poll conducted by voters in Saturday's primary showed")
        documents = list(_DOCUMENT_NOUN.finditer(text, max(sentence.start, match.start() - FINDING_SUBJECT_CHARS), match.start()))
        if not documents:
            return None
        document = documents[-1]  # the last one before the verb
        source = _source_before(text, sentence.start, document.end()) or Span(document.start(), document.end())
    if source is None:
        return Attribution(cue, None, UNRESOLVED, None, content) if verb in _SELF_EVIDENT_VERBS or match["according"] else None
    via = _VIA_OUTLET.match(text, source.end if match["according"] else match.end(), sentence.end)
    # "said on NBC's Meet the Press", "wrote in The Atlantic": a named outlet, not "on television"
    named_outlet = via is not None and via["via"] in ("on", "in") and not via["outlet"].islower()
    if via is not None and (match["according"] or match.group().endswith("interview") or named_outlet):
        return Attribution(cue, Span(via.start("outlet"), via.end("outlet")), SECOND_HAND, source, content)
    category = _category(text, source) if not match["document"] else _document_category(match["document"])
    issuer = _ISSUER.match(text, source.end, sentence.end) if match["according"] else None
    if issuer is not None and text[source.start : source.end].split()[-1].lower() in _ISSUED_NOUNS:
        end = _before_full_stops(text, issuer.end())  # "from Cal Fire."
        source = Span(source.start, end)  # "according to a statement from the company": the company's words
        category = _classify(text[issuer.start("issuer") : end])
    speaking_to = _SPEAKING_TO.search(text, max(sentence.start, source.start - SOURCE_WINDOW), source.start)
    if speaking_to is not None and category != SECOND_HAND:
        return Attribution(cue, Span(speaking_to.start("outlet"), speaking_to.end("outlet")), SECOND_HAND, source, content)
    if (category != SECOND_HAND or source.end <= match.start()) and (
            verb in _TOLD or (category != SECOND_HAND and match.group().endswith(("statement", "interview")))):
        # "told CNN", "said in a statement to the Guardian", "said in an interview with NHK"; the outlet told
        # even after one ("the editor of Computerandvideogames.com told BBC News")
        outlet = (_TOLD_OUTLET if verb in _TOLD else _STATEMENT_TO_OUTLET).match(text, match.end(), sentence.end)
        if outlet is not None:
            return Attribution(cue, Span(outlet.start("outlet"), outlet.end("outlet")), SECOND_HAND, source, content)
    speaker = Span(match.start("speaker"), match.end("speaker")) if match["speaker"] else None
    if speaker is not None and (category == NAMED_PERSON and _quotes_like_an_outlet(text[source.start : source.end])
                                or text[source.start : source.end].lower().endswith(" agency")):
        category = SECOND_HAND  # "Meduza quoted Peskov as saying", "The agency quoted ...": the construction of news reports
    return Attribution(cue, source, category, speaker, content)


def _document_category(phrase: str) -> str:
    """A poll or a study cited with "In": an outlet's is second-hand, a named pollster's ("a Gallup poll") an
    organisation's, one with no name ("a recent survey") unnamed."""
    if _OUTLET.search(phrase):
        return SECOND_HAND
    owner = _DOCUMENT_NOUN.split(phrase, maxsplit=1)[0].split()[1:]  # the words between the article and the noun
    return NAMED_ORGANISATION if any(word[:1].isupper() for word in owner) else UNNAMED


def _quotes_like_an_outlet(name: str) -> bool:
    """A proper name that does not start with a person's first name or a title ("Novaya Gazeta", not "Dmitry Peskov")."""
    words = name.removeprefix("The ").split()
    first = words[0] if words else ""
    return first[:1].isupper() and first not in _NOT_NAMES and not is_first_name(first) and first.lower() not in _ROLES


def _cues(text: str, sentence: Span, first_words: list[int], k: int) -> tuple[list[re.Match[str]], int]:
    """Cue matches in a sentence, and the index in `first_words` (sorted offsets of the words that can
    open a cue, read from index k) where the next sentence starts: the pattern is tried only there."""
    matches = []
    end_of_last = sentence.start
    while k < len(first_words) and first_words[k] < sentence.end:
        start = first_words[k]
        k += 1
        if start < end_of_last:
            continue
        match = _CUE.match(text, start, sentence.end)
        if match is not None:
            end_of_last = match.end()
            matches.append(match)
    return matches, k


# A US politician's party and state after the name: "(R)", "(D-N.Y.)", "(R-Texas)", "(I-Vt.)".
_PARTY_AFTER_NAME = re.compile(r"\s*\([RDI](?:-[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)?\)\s*$")


def _source_before(text: str, start: int, end: int) -> Span | None:
    """The noun phrase right before a cue: the subject of the speech verb.

    An appositive between subject and verb is skipped ("Smith, a spokesman for the ministry,
    said"), unless it is the name itself ("the government spokesman, Dimitri Peskov, said").
    So is a qualifier of an unnamed source ("officials speaking on condition of anonymity said").
    """
    start = max(start, end - SOURCE_WINDOW)
    segment = text[start:end]
    appositive = _APPOSITIVE.search(segment)
    if appositive is not None and appositive["after"] is not None and appositive["after"].lower() not in _BETWEEN:
        appositive = None  # "..., forcing thousands from their homes, officials said": the subject follows the clause
    if appositive is not None:
        inner = appositive.group("inner").strip()
        if _PROPER_NAME.fullmatch(inner):
            offset = start + appositive.start("inner") + len(appositive.group("inner")) - len(appositive.group("inner").lstrip())
            return Span(offset, offset + len(inner))
        end = start + appositive.start()
    party = _PARTY_AFTER_NAME.search(text, max(start, end - 16), end) if text[start:end].rstrip().endswith(")") else None
    if party is not None:  # "Florida Gov. Rick Scott (R) blasted", "Rep. Gregory W. Meeks (D-N.Y.), chairman of ..., said"
        named = _source_before(text, start, party.start())
        return Span(named.start, start + len(text[start:end].rstrip())) if named is not None else None
    last_word = text[start:end].rsplit(None, 1)[-1:]
    when = _TRAILING_TIME.search(text, start, end) if last_word and last_word[0] in _TRAILING_TIME_LAST_WORDS else None
    if when is not None:
        end = when.start()  # "Trump on Tuesday said", "a poll last month showed"
    near = max(start, end - NOUN_PHRASE_CHARS)
    linked = text[near:end].rstrip().endswith(_LINKED_OUTLET_ENDINGS)
    outlet = _LINKED_OUTLET_BEFORE.search(text, near, end) if linked else None
    if outlet is not None:
        return Span(outlet.start("outlet"), outlet.end("outlet"))
    qualifier = _QUALIFIER_WORD.search(text, max(start, end - QUALIFIER_CHARS), end)
    qualified = _QUALIFIED_UNNAMED.search(text, start, end) if qualifier is not None else None
    if qualified is not None:
        return Span(qualified.start("np"), qualified.start("np") + len(text[qualified.start("np") : qualified.end()].rstrip()))
    return _noun_phrase_before(text, start, end)


def _noun_phrase_before(text: str, start: int, end: int) -> Span | None:
    # The phrase is at most MAX_SOURCE_TOKENS words after a few auxiliaries: 150 characters hold it.
    tokens = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text, max(start, end - NOUN_PHRASE_CHARS), end)]
    while tokens and tokens[-1][2].lower() in _BETWEEN:
        tokens.pop()
    if not tokens:
        return None
    if tokens[-1][2].lower() in _PRONOUNS or tokens[-1][2] in _RELATIVE_PRONOUNS:
        return Span(tokens[-1][0], tokens[-1][1])
    if len(tokens) > 2 and tokens[-2][2] == "in" and tokens[-1][2] == "charge":  # "the person in charge said"
        phrase = _noun_phrase_before(text, start, tokens[-3][1])
        return phrase and Span(phrase.start, tokens[-1][1])
    taken: list[tuple[int, int, str]] = []
    for k in range(len(tokens) - 1, -1, -1):
        token = tokens[k]
        word = token[2]
        lower = word.lower()
        is_name = word[:1].isupper() and word not in _NOT_NAMES or (
            word.isdigit() and len(word) <= 2 and k > 0 and tokens[k - 1][2][:1].isupper()
            and tokens[k - 1][2] not in _NOT_NAMES and tokens[k - 1][2].lower().rstrip(".") not in _MONTHS)
        # "France 24", "Channel 4 News" (not "In 2024", "December 15")
        is_head = lower in _UNNAMED_NOUNS or lower in _INSTITUTIONS or lower in _ROLES or _OUTLET_NOUN_WORD.fullmatch(lower) or (
            lower == "agencies" and k > 0 and tokens[k - 1][2].lower() in ("news", "press"))  # "Russian news agencies"
        # "the emergency services office", "Ukraine's security service": nouns compounded with an institution before it
        compound = (taken and len(taken) <= 2 and taken[0][2] in _INSTITUTIONS and word.isalpha() and word.islower()
                    and all(t[2] not in _UNNAMED_MODIFIERS and t[2] not in _NAME_LINKS for t in taken) and _is_common_noun(word))
        if is_name or is_head or compound or (taken and (lower in _NAME_LINKS or lower in _UNNAMED_MODIFIERS or lower.endswith("'s"))):
            taken.append(token)
            if len(taken) >= MAX_SOURCE_TOKENS or (word in ("The", "An") and k > 0 and tokens[k - 1][2] not in ("of", "and", "for")):
                break  # "SAN FRANCISCO - The company said": a capitalised article opens the phrase
            continue
        break
    while taken and taken[-1][2] in _NAME_LINKS - {"the"}:
        taken.pop()  # a phrase does not start with "of" or "and"
    if all(token[2].islower() for token in taken):  # none, or common nouns only: "A young farmer" told
        phrase = _common_noun_phrase(tokens)
        if phrase is not None and (not taken or phrase.start < taken[-1][0]):
            return _with_group_noun(tokens, phrase)
    if not taken:
        return None
    return _with_group_noun(tokens, Span(taken[-1][0], taken[0][1]))


# "Traders in the town centre say", "Residents of the village said", "A spokesman for the bank said": the speakers
# are the group or role before the place or body.
_GROUP_PREPOSITIONS = frozenset("in of from at across near around for to".split())
_GROUP_AT_PLACE = re.compile(rf"(?:\S+ )*?(?P<noun>\S+) (?:{'|'.join(sorted(_GROUP_PREPOSITIONS))}) ")


def _with_group_noun(tokens: list[tuple[int, int, str]], phrase: Span) -> Span:
    """The phrase, widened to a group noun and preposition right before it ("Traders in" + "the town centre",
    "The official in charge of" + "the project", "Police in" + "Nairobi")."""
    index = next((k for k, token in enumerate(tokens) if token[0] == phrase.start), 0)
    if index < 2 or tokens[index - 1][2].lower() not in _GROUP_PREPOSITIONS:
        return phrase
    noun = index - 2
    if noun >= 2 and tokens[noun][2] == "charge" and tokens[noun - 1][2] == "in":
        noun -= 2
    if tokens[noun][2].lower() not in _UNNAMED_NOUNS and tokens[noun][2].lower() not in _INSTITUTIONS:
        return phrase  # ("Police in Nairobi")
    start = noun
    while start > 0 and tokens[start - 1][2].lower() in _UNNAMED_MODIFIERS:
        start -= 1  # "Local traders in ..."
    return Span(tokens[start][0], phrase.end)


def _common_noun_phrase(tokens: list[tuple[int, int, str]]) -> Span | None:
    """'the coach said', 'a young farmer told': a determiner, up to two lower-case words, the noun."""
    noun = tokens[-1]
    if not _is_common_noun(noun[2]):
        return None
    for back in range(2, min(len(tokens), 4) + 1):
        word = tokens[-back][2]
        if word.lower() in _DETERMINERS or (word.endswith("'s") and word[:1].isupper() and noun[2] in _OWNED_SPEAKERS
                                             and word[:-2].lower() not in _CONTRACTED):
            return Span(tokens[-back][0], noun[1])  # "the coach"; "Ukraine's air force", "Clinton's adviser" (not "Reid's speech")
        if word in _GROUP_PREPOSITIONS and back < len(tokens) and tokens[-back - 1][2].lower() in _UNNAMED_NOUNS:
            return Span(tokens[-back + 1][0], noun[1])  # "supporters of reform": _with_group_noun takes the group
        if not word.removesuffix("'s").isalpha() or not word.islower() or word in _STOP_WORDS:
            return None  # "the victim's mother" goes on; a name, a number or a function word stops it
    return None


def _is_common_noun(word: str) -> bool:
    """A lower-case word that is no function word or past participle: 'coach', 'farmer' (not 'the', 'two',
    'Smith', or 'released' of "a poll released Monday found")."""
    return word.isalpha() and word.islower() and word not in _STOP_WORDS and not word.endswith("ed")


_ROLE_NOUNS = "|".join(sorted(_ROLES | {
    "captain", "manager", "coach", "officer", "leader", "head",
    "commissioner", "inspector", "superintendent", "councillor", "lawyer", "attorney", "analyst", "economist",
    "professor", "researcher"}))
_HEAD_NOUNS = "|".join(sorted(_UNNAMED_NOUNS | _INSTITUTIONS, key=len, reverse=True))
_AFTER = re.compile(
    r"\s+(?!(?:in|on|at|by|to|from|with|for|of|that|after|before|during|over|about|last|this|next)\b)(?P<np>(?:(?:the|a|an|their|his|her|its|local|state|senior|some)\s+)*"
    # roles before a name: "said lead author Angelos Tsiaras", "said chief executive Tim Cook"
    # and a role's own modifier: "said fire chief Margaret Collins", "said team captain Harry Kane"
    r"(?:(?:(?!(?:one|another|two|three|some)\s)[a-z]+\s+(?=(?:" + _ROLE_NOUNS + r")\s))?"
    r"(?:lead|deputy|former|author|co-author|study|" + _ROLE_NOUNS + r")\s+(?=(?:[\w-]+\s+)?[A-Z]))*"
    r"(?:[A-Z][\w'.-]*|[a-z]+)(?:\s+(?:(?:Dr|Mr|Mrs|Ms|Prof|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Capt|Rev)\.(?=\s+[A-Z])|(?:[A-Z][\w'.-]*|of|the|for|de|al|in charge|state|" + _OUTLET_NOUN +
    r"|(?:close to|familiar with|with knowledge of|briefed on)(?:\s+(?:the|a|an|his|her|their|its))?\s+[\w'-]+"
    rf"|{_HEAD_NOUNS}|[a-z]+(?=\s+(?:{_HEAD_NOUNS})\b)"  # "the city budget office", "the prime minister"
    r")\b))*)"  # "said lead researcher Dr. Elena Martinez": a title's full stop inside the name
)


def _source_after(text: str, start: int, end: int, pronoun: bool = False) -> Span | None:
    """The noun phrase after 'according to' or an inverted verb ('said Robert Lee'); an object pronoun only if
    `pronoun` ("according to him", not "told him")."""
    match = _AFTER.match(text, start, end)
    if match is None:
        return None
    words = list(re.finditer(r"\S+", text[match.start("np") : match.end("np")]))
    while len(words) > 1 and words[-1].group().lower().rstrip(".") in _TRAILING_WORDS | _NAME_LINKS:
        words.pop()  # "the person in charge of the" (bureau): the phrase ends on a word, not a link
    phrase = " ".join(w.group() for w in words)
    head = _QUALIFIER.split(phrase, maxsplit=1)[0].removesuffix(" in charge").split()[-1]  # "people briefed on the talks"
    named = any(w[:1].isupper() for w in phrase.split())
    if phrase in _OBJECT_PRONOUNS:
        return Span(match.start("np"), match.start("np") + len(phrase)) if pronoun else None  # "according to him"
    # "said the mayor", "said the coach": a role or a common noun after a determiner
    common_noun = phrase.split()[0].lower() in _DETERMINERS and _is_common_noun(head)
    if not (named or common_noun or head.lower() in _UNNAMED_NOUNS or head.lower() in _INSTITUTIONS or _OUTLET.search(phrase)):
        return None
    return Span(match.start("np"), _before_full_stops(text, match.start("np") + words[-1].end()))


def _before_full_stops(text: str, end: int) -> int:
    """The end of a phrase without the sentence's full stop after it ("said Dr. Elena Martinez.")."""
    while text[end - 1] == ".":
        end -= 1
    return end


# "sources close to the government": the people before the qualifier are the source, not the government.
_QUALIFIER = re.compile(r"\s+(?:close to|familiar with|with knowledge of|briefed on|involved in|inside|within|speaking|who)\s+")


def _head_before_qualifier(phrase: str) -> str:
    """The last word before a qualifier ("sources" in "sources close to the talks"), or the phrase's last word."""
    return _QUALIFIER.split(phrase, maxsplit=1)[0].split()[-1]


def _category(text: str, source: Span) -> str:
    """The source's category; a relative pronoun ("TMZ, which reported") takes its antecedent's."""
    if text[source.start : source.end] in _RELATIVE_PRONOUNS:
        end = source.start - 2 if text.startswith(", ", source.start - 2) else source.start
        antecedent = _noun_phrase_before(text, max(0, end - NOUN_PHRASE_CHARS), end)
        if antecedent is not None:
            return _classify(text[antecedent.start : antecedent.end])
        return UNNAMED if text[source.start : source.end] == "who" else UNRESOLVED  # "those who say", "someone who"
    return _classify(text[source.start : source.end])


# A body's own channel: "the Kremlin's website", "the ministry's Telegram channel", "Trump's Twitter account".
_OWNED_CHANNEL = re.compile(r"(?P<owner>.+?)'s (?:official )?(?:(?:Telegram|Twitter|X|Facebook|Instagram|YouTube|TikTok|VK|Weibo|WeChat) )?"
                            r"(?:website|web site|channel|account|page|feed)")


def _classify(phrase: str) -> str:
    if phrase.endswith(")"):
        phrase = _PARTY_AFTER_NAME.sub("", phrase) or phrase  # "Rick Scott (R)": the person, not "(R)"
    if _QUALIFIER.search(phrase) and _head_before_qualifier(phrase).lower() in _UNNAMED_NOUNS:
        return UNNAMED
    words = phrase.split()
    if len(words) == 1 and words[0].lower() in _GROUP_PART_WORDS:
        return UNNAMED
    if len(words) == 1 and (words[0].lower() in _PRONOUNS or words[0] in _OBJECT_PRONOUNS):  # "him", not "US"
        return PRONOUN
    owned = _OWNED_CHANNEL.fullmatch(phrase)
    if owned and not _OUTLET.search(owned["owner"]):
        return _classify(owned["owner"])  # "the Kremlin's website", "the ministry's Telegram channel": the owner publishes
    if _OUTLET.search(phrase):
        return SECOND_HAND
    if len(words) > 1 and words[0].lower() in _GROUP_PART_WORDS and words[-1].endswith("s"):
        return UNNAMED  # "several Republicans", "some Democrats": members nobody names, not the party
    if " of " in phrase and _ends_with_person_name(words) and len(words) > 2 and words[-3] not in _NAME_LINKS:
        return NAMED_PERSON  # "The head of the Ministry of Foreign Affairs of Hungary Peter Szijjarto" (not "of the Red Cross")
    if " of " in phrase:
        before_of = phrase.split(" of ", 1)[0].split()
        if before_of[-1] in _ORGANISATION_HEADS:
            return NAMED_ORGANISATION  # "The Federation of Small Businesses", "the Bank of England"
        if _ends_with_person_name(before_of) or before_of[-1].lower() in _ROLES:
            return NAMED_PERSON  # "Dr Sarah Horst of Johns Hopkins University", "chief executive of SK Telecom": a person
    if " for " in phrase and phrase.split(" for ", 1)[0].split()[-1] in _ORGANISATION_HEADS:
        return NAMED_ORGANISATION  # "the Office for National Statistics", "the Centers for Disease Control"
    group = _GROUP_AT_PLACE.match(phrase)
    if group and words[0].lower() in ("a", "an", "one") and group["noun"].lower() in _UNNAMED_NOUNS:
        return UNNAMED  # "a senior official in Brussels": one unnamed person, not the city's government
    if group and words[0].lower() == "the" and group["noun"].lower() in _ROLES:
        return NAMED_PERSON  # "the mayor of London": one known office-holder, not the city
    named = next((k for k, word in enumerate(words) if word[:1].isupper() and all(w[:1].isupper() for w in words[k:])), None)
    if (named is not None and named > 0 and words[named - 1] in _INSTITUTIONS and " of " not in phrase
            and not _ends_with_person_name(words)):
        return NAMED_ORGANISATION  # "security firm Sophos", "the agency Frontex": the name is the body's
    head = words[-1].removesuffix("'s")  # "the Kremlin's (readout)": its owner speaks
    if head == "minister" and (words[0].lower() == "the" or words[0].endswith("'s")):
        return NAMED_PERSON  # "the prime minister", "Japan's defence minister": one known office-holder, like "the mayor"
    if head.lower() in _UNNAMED_NOUNS:
        return UNNAMED
    group_noun = group["noun"] if group and (group.start("noun") == 0 or group["noun"].islower()) else ""  # not "Workers of America"
    if group_noun.lower() in _UNNAMED_NOUNS and group_noun.lower() not in _DOCUMENT_NOUNS:
        return UNNAMED  # "Traders in the town centre", "Officials in Kenya": a place does not name them ("data from the Fed" does)
    if group_noun.lower() in _INSTITUTIONS or group_noun in _ORGANISATION_HEADS:
        return NAMED_ORGANISATION  # "Police in Nairobi", "the Embassy in London"
    if (
        head in _ORGANISATION_HEADS
        or is_place(" ".join(words[1:] if words[0].lower() == "the" else words))  # "Kenya said": its government
        or (len(words) > 1 and words[-2].islower() and is_place(head))  # "Russian forces in Ukraine"
        or head.lower() in _INSTITUTIONS
        or (head.lower() == "force" and len(words) > 1)  # "the air force", "Ukraine's air force"
        or (head.isupper() and len(head.rstrip(".")) > 1)
        or head.endswith((".org", ".gov", ".edu"))  # "Factcheck.org", "Google.org"
        or " ".join(words[-2:]) in _ORGANISATION_HEADS
    ):
        return NAMED_ORGANISATION
    if group and group["noun"].lower() in _UNNAMED_NOUNS:
        return UNNAMED  # "data from Google Trends" (but "The poll from Elon University" is the university's)
    if _is_unnamed_phrase(words[1:] if words[0].lower() in _DETERMINERS else words) and not (
            words[0].lower() == "the" and head in _ROLES):
        return UNNAMED  # "a local chief", "Farmers": no name (but "the mayor" is one known person)
    return NAMED_PERSON


def _ends_with_person_name(words: list[str]) -> bool:
    """'lead author Angelos Tsiaras', 'Dr Sarah Horst', 'Prof. Smith': a first name or a title, then a surname."""
    return len(words) >= 2 and words[-1][:1].isupper() and (
        is_first_name(words[-2]) or words[-2].rstrip(".") in _PERSON_TITLES)


def _is_unnamed_phrase(words: list[str]) -> bool:
    """Only common nouns after the determiner: "local chief", "Local officials" (not "Apple", "Summers" or "Jim Jordan")."""
    return bool(words) and all(word.islower() for word in words[1:]) and (
        words[0].islower() or (len(words) > 1 and is_common_word(words[0])))


_REASONS = {
    NAMED_PERSON: "named person",
    NAMED_ORGANISATION: "named organisation",
    UNNAMED: "unnamed source: a role with no name",
    SECOND_HAND: "second-hand: another news outlet, not the article's own reporting",
    UNRESOLVED: "not identified in the text around the cue",
}
_SPEAKER_KINDS = {NAMED_PERSON: "named person", NAMED_ORGANISATION: "named organisation", UNNAMED: "unnamed source"}


def _speaker_kind(phrase: str) -> str | None:
    """What the original speaker behind an outlet is, for its reason: "Sources close to the talks (told the
    newspaper)" is an unnamed source; a pronoun or "a report" is none of the kinds."""
    category = _classify(phrase)
    group = _GROUP_AT_PLACE.match(phrase)  # "a trader in London"
    if category == UNNAMED and _head_before_qualifier(phrase).lower() not in _UNNAMED_NOUNS and not (
            group and group["noun"].lower() in _UNNAMED_NOUNS):
        return None
    return _SPEAKER_KINDS.get(category)


def _source_identity(phrase: str, category: str) -> str | None:
    """Who a source is, so that its mentions count once: a person by surname ("Mayor Jane Smith" and "Smith"),
    anything else by its words without determiners; None for a pronoun (someone named before)."""
    words = phrase.lower().replace("'s ", " ").split()
    if words and (words[-1] in _PRONOUNS or words[-1] in _OBJECT_PRONOUNS or words[-1] in _RELATIVE_PRONOUNS):
        return None
    if category == NAMED_PERSON:
        return words[-1] if words else None
    return " ".join(word for word in words if word not in _DETERMINERS)


def extract(doc: Document, cue_model: CueModel | None = None) -> FeatureResult:
    attributions = find_attributions(doc, cue_model)
    evidence: list[Evidence] = []
    for number, item in enumerate(attributions, 1):
        group = f"attribution-{number}"
        reason = _REASONS[item.category]
        evidence.append(Evidence(item.cue.start, item.cue.end, KIND, "cue", f"attribution cue; source is {reason}", group))
        if item.source is not None:
            relative = doc.normalized[item.source.start : item.source.end] in _RELATIVE_PRONOUNS
            evidence.append(Evidence(item.source.start, item.source.end, KIND, "source",
                                     f"{reason} (the words before the relative pronoun)" if relative else reason, group))
        if item.speaker is not None:
            kind = _speaker_kind(doc.normalized[item.speaker.start : item.speaker.end])
            reason = f"original speaker{f' ({kind})' if kind else ''}, quoted through another outlet"
            evidence.append(Evidence(item.speaker.start, item.speaker.end, KIND, "source", reason, group))
        if item.content is not None:
            evidence.append(Evidence(item.content.start, item.content.end, KIND, "content", "direct quote", group))
        elif item.paraphrase is not None:
            evidence.append(Evidence(item.paraphrase.start, item.paraphrase.end, KIND, "content",
                                     "indirect speech: what the source said, in the article's words", group))
    count = len(attributions)
    # Source shares are over the attributions whose source was found: an unresolved cue says nothing of it.
    resolved = sum(a.category != UNRESOLVED for a in attributions)
    sources = {_source_identity(doc.normalized[a.source.start : a.source.end], a.category) for a in attributions if a.source}
    return FeatureResult(
        values={
            "attributions_per_100_words": per_100_words(count, doc),
            "second_hand_attribution_share": share(sum(a.category == SECOND_HAND for a in attributions), resolved),
            "named_source_share": share(sum(a.category in (NAMED_PERSON, NAMED_ORGANISATION) for a in attributions), resolved),
            "unnamed_source_share": share(sum(a.category == UNNAMED for a in attributions), resolved),
            "direct_quote_share": share(sum(a.content is not None for a in attributions), count),
            "distinct_sources": float(len(sources - {None}) or len(sources)),  # "he" alone is one source
        },
        evidence=tuple(evidence),
    )
