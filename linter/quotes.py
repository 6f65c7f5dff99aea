"""Finding quotations in body paragraphs and who said them.

Attribution follows the few patterns wire copy uses: "Name, Title of Org, said, “...”",
"“...,” said Name, Title of Org.", "The Title of Org, Mr. Name said, “...”",
"Org's Title Name said", and a follow-up "Mr. Surname continued, “...”" that refers back
to the full name given earlier. A quotation left open at the end of a paragraph continues
in the next one (the newswire convention) and keeps its speaker. Short quoted phrases
(defined terms such as ("Boone Group"), titles) are not quotations.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from disclint.lazyre import lazy_compile
from disclint.ownpatterns import release_pattern
from disclint.sentences import sentence_spans, sentence_start_before
from disclint.vocabulary import BUSINESS_WORDS, DOTTED_LEGAL_FORMS, LEGAL_FORMS, alternation

#: Fewer words than this inside quotation marks is a defined term or a title, not a quote.
MIN_QUOTE_WORDS = 5

SPEECH_VERBS = (
    r"said|says|stated|states|added|adds|commented|comments|noted|notes|explained|explains|"
    r"continued|continues|concluded|remarked|shared|observed|emphasized|emphasised|stressed|"
    r"highlighted|announced|declared|affirmed|agreed|offered|expressed|told|underscored|"
    r"reiterated|elaborated|acknowledged|recalled|predicted|echoed|concludes|remarks|writes|wrote|"
    r"highlights|underscores|emphasizes|emphasises|quoted|pointed out"
)

_AFTER_VERB_FIRST = lazy_compile(
    rf"^[\s,–—-]*(?:(?:{SPEECH_VERBS})|(?-i:S)(?i:aid|ays|tated|dded))\s+(?P<who>[^;:“”\"]{{2,200}})"
)
# (the name starts and ends at a word, so a run of spaces is tried once, not at every split)
_AFTER_WHO_FIRST = lazy_compile(
    rf"^[\s,–—-]*(?P<who>[^;:“”\"\s][^;:“”\"]{{1,159}}?)(?<!\s)\s+(?:{SPEECH_VERBS})\b"
)
_BEFORE = re.compile(
    rf"(?P<who>[^;“”\"]{{2,200}}?)[,]?(?<!\s)\s+(?:{SPEECH_VERBS})"
    # "... said that", "... says that the “partnership will ...”" (a quotation run into
    # reported speech after a word or two)
    r"(?:\s+(?:that(?:\s+(?:the|a|an|this|its|their|his|her|our))?(?:\s+[a-z][\w-]*){0,2}"
    r"|in a statement))?"
    r"\s*[,:]?\s*$"
    # ... or a lead-in ending in a colon: "Jane Roe, CEO, highlights what the deal means:"
    rf"|(?P<lead>[^;“”\"]{{2,200}}?)[,]?(?<!\s)\s+(?:{SPEECH_VERBS})\s+[^;:“”\".]{{1,160}}:\s*$"
)
#: A clause that hands the quotation over with a participle: "Jane Roe, CEO, praised the
#: team, stating, “...", "Jane Roe commented on the deal, saying “..." (tried only on a
#: window ending in such a participle: ``_PARTICIPLE_END``; the speaker opens the sentence).
_BEFORE_PARTICIPLE = lazy_compile(
    rf"^\s*(?P<part>[^;“”\"\s][^;“”\"]{{1,199}}?)[,]?\s+(?:{SPEECH_VERBS}|[a-z]+ed)\b[^;:“”\".]{{0,160}},\s+"
    r"(?:saying|stating|adding|noting|commenting|explaining|remarking)\s*[,:]?\s*$"
)
_PARTICIPLE_END = lazy_compile(
    r",\s+(?:saying|stating|adding|noting|commenting|explaining|remarking)\s*[,:]?\s*$"
)
#: A lead-in ending in a comma after a remark's subject: "Jane Roe, Technical Manager,
#: comments on the second site, “..." (tried only on a window ending in a comma).
_BEFORE_TOPIC = lazy_compile(
    r"^\s*(?P<topic>[^;“”\"\s][^;“”\"]{1,199}?)[,]?\s+(?:commented|comments|remarked|remarks)\s+on\s+"
    r"[^;:“”\".]{1,160},\s*$"
)
#: A speaker introduced by name and title alone before a colon: "Jane Roe, CEO of Acme:
#: “...”" (a round of partner quotations).
_COLON_LEAD = lazy_compile(r"^\s*(?P<who>[A-Z](?:[^;:“”\"()]|\([^()\n]{0,40}\)){2,200}?)\s*:\s*$")
#: "According to Jane Roe, CEO of Acme, “...”": the speaker, with a title and company
#: between commas or none.
_ACCORDING = lazy_compile(
    r"(?:^|[.;]\s+)According to (?P<who>[^,;“”\"]{2,80}(?:,[^,;“”\"]{2,80}){0,2}),\s*$"
)

HONORIFIC = re.compile(r"^(?:Mr|Ms|Mrs|Miss|Mx|Dr|Prof|Sir|Dame|Hon)\.?\s+")
TITLE_WORDS_PATTERN = (
    r"\b(?:CEO|CFO|COO|CTO|CMO|CIO|CSO|CCO|C[A-Z]{1,2}O|GM|President|Chair(?:man|woman|person)?|Founder|"
    r"Co-Founder|Co-founder|Director|Officer|Vice|VP|SVP|EVP|Manager|Head|Partner|Executive|"
    r"Lead|Principal|Senior|Counsel|Secretary|Treasurer|Analyst|Chief|General|Member|"
    r"Trustee|Owner|Superintendent|Commissioner|Governor|Mayor|Professor|Scientist|Advisor|"
    r"Adviser|Engineer|Researcher|Physician|Investigator|Coordinator|Specialist|Leader|"
    r"Senator|Representative|Congressman|Congresswoman|Councilmember|Councilman|Councilwoman|"
    r"Attorney|Editor|Chancellor|Provost|Ambassador|Minister)\b"
    # abbreviated titles of office, written with their full stop: "state Sen. Jane Roe"
    r"|\b(?:Sen|Rep|Gov|Lt|Atty)\.(?!\w)"
)
TITLE_WORDS = re.compile(TITLE_WORDS_PATTERN)
#: Title words in any case, for the parts of an attribution ("3M chairman and chief
#: executive officer"): there a lower-case title is still a title.
_TITLE_ANY_CASE = re.compile(TITLE_WORDS_PATTERN, re.IGNORECASE)
#: A pronoun standing for the last person named ("he said", "She continued, ...").
PRONOUN = re.compile(r"^(?:he|she|they|He|She|They)$")
NAME = re.compile(
    r"^(?:(?:Mr|Ms|Mrs|Miss|Mx|Dr|Prof|Sir|Dame|Hon)\.?\s+)?(?:(?:de|van|von|der|da|di|la|le|du|del)\s+)*"
    r"[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|[a-z]{1,3}[A-Z][\w'’-]*|de|van|von|der|da|di|la|le|bin|al))*$"
)
#: A company's listing in parentheses inside an attribution: "Acme (NASDAQ: ACM) CEO Jane Roe".
#: (or cut off by the end of the attribution's text: "CEO of Acme (NASDAQ").
_LISTING = re.compile(
    r"(?<!\s)\s*\((?:NYSE|NASDAQ|Nasdaq|OTC\w*|TSX\w*|CSE|NYSE American)"
    r"(?:[^()]{0,30}\)|[^()]{0,30}$)"
)
#: A nickname in parentheses or quotation marks inside a name: "Giordano (Gio)
#: Albertazzi", "Emanuel “Manny” Ortiz".
_NICKNAME = re.compile(
    r"(?:(?<!\s)\s+|(?!\s))(?:\([A-Z][\w'’.-]{0,20}\)|[“\"][A-Z][\w'’.-]{0,20}[”\"])"
)
#: A quoted nickname between a first name and a last name ("said Emanuel “Manny” Ortiz,
#: CEO"): no quotation, but part of the speaker's name.
_QUOTED_NICKNAME = re.compile(
    r"(?<=[a-z][ \t])[“\"](?P<nickname>[A-Z][\w'’.-]{0,20})[”\"](?=[ \t]+[A-Z][\w'’-]*[a-z])"
)


def _bracketed_nicknames(window: str) -> str:
    """``window`` with a quoted nickname's marks as brackets ("Emanuel (Manny) Ortiz"), one
    character for one, so the attribution patterns, which stop at a quotation mark, read
    the whole name."""
    if "“" not in window and '"' not in window:
        return window
    return _QUOTED_NICKNAME.sub(lambda m: f"({m.group('nickname')})", window)


#: Letters after a name that are honours or degrees, not an organisation: "Jane Roe, PhD",
#: "Dr. Tan, PBM, Family Physician", "John Doe, CPA, Chief Financial Officer".
POST_NOMINAL = re.compile(
    r"^(?:[A-Z]{2,5}|Ph\.?\s?D\.?|M\.?D\.?|[A-Z]\.(?:[A-Z]\.)+|Jr\.?|Sr\.?|I{2,3}|IV)$"
)
_LEADING_ARTICLE = re.compile(
    r"^(?:(?:and|but|while|then|as|the|adding)\s+|(?:meanwhile|additionally|also|further|"
    r"furthermore|moreover|separately|finally|similarly|likewise|in addition|however|"
    r"specifically|today)\s*,\s*)",
    re.IGNORECASE,
)
#: Business functions and regions: after "of" they name the speaker's unit, which belongs to
#: the title ("Vice President of Sales", "Head of Asset Servicing, Americas"), not an
#: organisation. Compared in lower case; a name with any other word is an organisation.
_UNIT_LIST = """
    engineering sales marketing revenue operations operation product products research
    development strategy strategic finance financial technology technologies communications
    communication innovation innovations sustainability partnerships partnership affairs
    alliances services service construction infrastructure advisory investor investors
    relations human resources people talent legal compliance risk security data digital
    analytics insights growth business corporate customer customers success experience brand
    content design creative commercial clinical medical scientific regulatory quality
    manufacturing supply chain procurement policy public government community education
    programs program projects platform platforms software cloud ai network client clients
    channel channels ecosystem investments investment capital markets accounting tax
    treasury audit administration facilities trading portfolio wealth banking lending credit
    consumer enterprise retail wholesale transformation information solutions safety
    environmental health transactions acquisitions mergers planning merchandising logistics
    distribution fund funds asset assets servicing support management global americas emea
    apac europe asia pacific latin america north south east west international worldwide
    region regional
"""
UNIT_WORDS = frozenset(_UNIT_LIST.split())
_UNIT_JOINERS = frozenset(("and", "&", "of", "the", "for"))


def _names_unit(words: str) -> bool:
    """ "Engineering", "Asset Servicing", "Research and Development", "Americas": a business
    function or a region (every word a unit word, some joining words), no organisation."""
    tokens = [w.strip(",.()").lower() for w in words.split()]
    content = [w for w in tokens if w and w not in _UNIT_JOINERS]
    return bool(content) and all(
        w in UNIT_WORDS or (w.endswith("s") and w[:-1] in UNIT_WORDS) for w in content
    )


#: The occasion of a remark after the speaker ("..., CEO of Acme, in the press release",
#: "... at Acme during a conference call with analysts"): not part of the organisation.
_OCCASION = re.compile(
    r"(?<!\s)\s+(?:during|in|on|at|via|through)\s+(?:a|an|the|its|his|her|their|today['’]s)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:press release|news release|release|statement|announcement|"
    r"interview|call|webcast|letter|video|remarks|e-?mail|presentation|speech)\b.*$",
    re.DOTALL,
)
_POSSESSIVE = re.compile(r"^(?P<org>.+?)['’]s\s+(?P<rest>.+)$")
_OPEN_QUOTE = "“"
_CLOSE_QUOTE = "”"
_OPENER = re.compile('[“"]')


@dataclass(slots=True)
class Attribution:
    """Who said a quotation, and where the attribution text is (paragraph-relative)."""

    speaker: str | None
    title: str | None
    organisation: str | None
    start: int
    end: int


@dataclass(slots=True)
class FoundQuote:
    """A quotation inside one paragraph: inner text offsets (paragraph-relative)."""

    start: int
    end: int
    attribution: Attribution | None
    continues: bool  # left open at the end of the paragraph


def find_quotes(
    text: str, carried: Attribution | None = None, *, left_open: bool = False
) -> list[FoundQuote]:
    """Quotations in a paragraph, with attributions; ``carried`` is an open quote's speaker
    (``left_open``: a quotation the paragraph before left open, not a lead-in's)."""
    quotes: list[FoundQuote] = []
    previous_end = 0
    spans = _quoted_spans(text)
    if left_open and carried is not None:
        # The quotation goes on without its opening mark repeated ("... in place." / "...
        # within the next few weeks.”): the text up to the first closing mark is its end.
        close = text.find(_CLOSE_QUOTE)
        opening = text.find(_OPEN_QUOTE)
        if close > 0 and (opening == -1 or close < opening) and not text.startswith('"'):
            spans.insert(0, (0, close, True))
    for start, end, closed in spans:
        inner = text[start:end]
        if len(inner.split()) < MIN_QUOTE_WORDS and not (start == 1 and carried):
            previous_end = end + 1
            continue
        attribution = _attribution_before(text, previous_end, start - 1)
        if attribution is None and closed:
            attribution = _attribution_after(text, end + 1)
        if attribution is None and start <= 1 and carried is not None:
            attribution = carried
        if attribution is None and quotes:
            attribution = _continued(quotes[-1], start, text)
        if attribution is not None and PRONOUN.match(attribution.speaker or ""):
            # "..., she added." continues the speaker quoted before in the paragraph.
            named = next((q.attribution for q in reversed(quotes) if _named(q.attribution)), None)
            if named is not None:
                attribution.speaker = named.speaker
                attribution.title = attribution.title or named.title
                attribution.organisation = attribution.organisation or named.organisation
        quotes.append(FoundQuote(start, end, attribution, continues=not closed))
        previous_end = end + 1
    _resolve_short_names(quotes)
    return quotes


def _named(attribution: Attribution | None) -> bool:
    return (
        attribution is not None
        and attribution.speaker is not None
        and not PRONOUN.match(attribution.speaker)
    )


def _continued(previous: FoundQuote, start: int, text: str) -> Attribution | None:
    """The split quote of wire copy: "“First part,” said Jane Doe, CEO. “Second part.”" —
    an unattributed quote right after an attribution that followed the previous quote
    continues that speaker ("she added" reads the same way), also where the attribution's
    sentence goes on about the occasion ("... said Roe when reporting results. “...”")."""
    attribution = previous.attribution
    if attribution is None or not previous.end <= attribution.start < start:
        return None
    if start - attribution.end <= 40:
        return attribution
    return attribution if _REST_OF_SENTENCE.fullmatch(text, attribution.end, start - 1) else None


#: The rest of an attribution's sentence before the next quotation: no quotation mark, one
#: sentence end (at its end).
_REST_OF_SENTENCE = lazy_compile(r"[^.!?“”\"]{0,160}[.!?]\s*")


def _quoted_spans(text: str) -> list[tuple[int, int, bool]]:
    """(inner start, inner end, closed) for curly and straight double quotes."""
    spans: list[tuple[int, int, bool]] = []
    i = 0
    length = len(text)
    mixed = _CLOSE_QUOTE in text and '"' in text
    while i < length:
        found = _OPENER.search(text, i)
        if found is None:
            break
        i = found.start()
        ch = text[i]
        nickname = _QUOTED_NICKNAME.match(text, i)
        if nickname is not None:
            i = nickname.end()  # "Emanuel “Manny” Ortiz": the speaker's nickname
            continue
        if ch == _OPEN_QUOTE or (ch == '"' and _opens_straight(text, i)):
            closer = _CLOSE_QUOTE if ch == _OPEN_QUOTE else '"'
            close = text.find(closer, i + 1)
            if ch == '"' and mixed:
                # Mixed marks: a quotation opened with " and closed with ” ends at the ”.
                curly = text.find(_CLOSE_QUOTE, i + 1)
                curly_open = text.find(_OPEN_QUOTE, i + 1)
                if (
                    curly != -1
                    and (close == -1 or curly < close)
                    and not (curly_open != -1 and curly_open < curly)
                ):
                    close = curly
            if ch == _OPEN_QUOTE:
                nested_open = text.find(_OPEN_QUOTE, i + 1)
                if close != -1 and nested_open != -1 and nested_open < close:
                    # A quoted phrase inside the quotation (“... chose “for personal
                    # reasons” to sell ...”): the quotation ends where the nesting closes.
                    balanced = _balanced_close(text, i)
                    if balanced != -1:
                        nested_open, close = -1, balanced
                if close == -1 or (nested_open != -1 and nested_open < close):
                    # Mixed marks the other way: opened with “, closed with " after the
                    # quotation's last punctuation (“... loss," said Jane Roe).
                    limit = nested_open if nested_open != -1 else length
                    straight = _STRAIGHT_CLOSE.search(text, i + 1, limit)
                    if straight is not None:
                        nested_open, close = -1, straight.end() - 1
                if close == -1 or (nested_open != -1 and nested_open < close):
                    # Unclosed (continues into the next paragraph) or malformed: take the
                    # text up to the next opening quote or the paragraph end.
                    stop = nested_open if nested_open != -1 else length
                    spans.append((i + 1, stop, False))
                    i = stop
                    continue
            elif close == -1:
                spans.append((i + 1, length, False))
                break
            spans.append((i + 1, close, True))
            i = close + 1
            continue
        i += 1
    return spans


#: How deep quoted phrases may nest inside a quotation before it is taken as malformed.
MAX_NESTING = 3


def _balanced_close(text: str, opening: int) -> int:
    """The ” that closes the “ at ``opening`` counting nested pairs; -1 if the nesting never
    closes within the paragraph (a quotation left open, another one opened after it)."""
    depth = 0
    for seen, found in enumerate(_CURLY.finditer(text, opening)):
        depth += 1 if found.group() == _OPEN_QUOTE else -1
        if depth == 0:
            return found.start()
        if depth > MAX_NESTING or seen > 2 * MAX_NESTING:
            return -1  # (bounded: a paragraph of many open marks stays linear)
    return -1


_CURLY = lazy_compile("[“”]")
#: A straight mark closing a quotation after its punctuation, before a space or the end.
_STRAIGHT_CLOSE = lazy_compile(r'[,.!?]"(?=\s|$)')


def _opens_straight(text: str, i: int) -> bool:
    """A straight quote opens if it follows a space/start/opening punctuation."""
    return i == 0 or text[i - 1] in " \t\n(—–-:,[“"


_SPACE_RUN = re.compile(r"\s{2,}")


def _collapsed(text: str, start: int, end: int) -> tuple[str, list[int]]:
    """``text[start:end]`` with each run of white space as one space, and for each of its
    characters the offset in ``text`` it stands for (one more at the end, for an end offset).

    The lead-in patterns let a speaker's words and the space before the verb share white
    space, so a run of thousands of tabs or spaces (a flattened layout, a damaged file)
    would make them try every split of the run: on single spaces they stay linear."""
    pieces: list[str] = []
    where: list[int] = []
    at = start
    for run in _SPACE_RUN.finditer(text, start, end):
        pieces.append(text[at : run.start()])
        where.extend(range(at, run.start()))
        pieces.append(" ")
        where.append(run.start())
        at = run.end()
    pieces.append(text[at:end])
    where.extend(range(at, end))
    where.append(end)
    return "".join(pieces), where


def _attribution_before(text: str, since: int, quote_open: int) -> Attribution | None:
    window, where = _collapsed(text, sentence_start_before(text, quote_open, since), quote_open)
    window = _bracketed_nicknames(window)
    from disclint.prefilter import fold, may_match

    # the speech-verb pattern (a lazy scan from every position) only where a verb is
    match = _BEFORE.search(window) if may_match(_BEFORE, fold(window)) else None
    match = match or _ACCORDING.search(window)
    tail = window[-40:]
    if match is None and _PARTICIPLE_END.search(tail):
        match = _BEFORE_PARTICIPLE.search(window)
    if match is None and tail.rstrip().endswith(",") and " on " in window:
        match = _BEFORE_TOPIC.search(window)
    if match is None:
        colon = _COLON_LEAD.match(window)
        if colon is None:
            return None
        # No speech verb: only a name with a title (or a bare full name) is a speaker.
        found = _attribution(text, where[colon.start("who")], where[colon.end("who")])
        if found.speaker is None or found.start != where[colon.start("who")]:
            return None
        if found.title is None and (
            len(found.speaker.split()) < 2 or found.speaker != colon.group("who").strip()
        ):
            return None
        return found
    group = next(g for g in ("who", "lead", "part", "topic") if match.groupdict().get(g))
    who_start = where[match.start(group)]
    who_end = where[match.end(group)]
    # A sentence run onto the last one without a space ("... competitors.Jane Roe, CEO")
    glued = _GLUED_SENTENCE.search(text, who_start, who_end)
    while glued is not None:
        who_start = glued.end() - 1
        glued = _GLUED_SENTENCE.search(text, who_start + 1, who_end)
    found = _attribution(text, who_start, who_end)
    if group in ("part", "topic") and found.speaker is None:
        return None
    return found


#: A full stop between two words with no space after it, where a layout lost a break.
_GLUED_SENTENCE = re.compile(r"[a-z]{2}[.!?][A-Z]")


def _attribution_after(text: str, after: int) -> Attribution | None:
    dash = _DASH_LINE.match(text, after)
    if dash is not None:
        # "”\n— Jane Roe, Chief Executive Officer of Acme" closing the paragraph.
        found = _attribution(text, dash.start("who"), dash.end("who"))
        if found.speaker:
            return found
    sentence = sentence_spans(text, after, min(len(text), after + 260))
    # A sentence that seems to end at a name's initials ("said J.D. Roe") goes on.
    while len(sentence) > 1 and _INITIALS_END.search(text, sentence[0][0], sentence[0][1]):
        sentence = [(sentence[0][0], sentence[1][1]), *sentence[2:]]
    window = _bracketed_nicknames(text[after : sentence[0][1]] if sentence else "")
    for pattern in (_AFTER_VERB_FIRST, _AFTER_WHO_FIRST):
        match = pattern.match(window)
        if match:
            who_start = after + match.start("who")
            who_end = after + match.end("who")
            found = _attribution(text, who_start, who_end)
            if found.speaker or found.title:
                return found
            name_start = who_start
            while name_start < who_end and text[name_start].isspace():
                name_start += 1
            clause = _NAME_THEN_CLAUSE.match(text, name_start, who_end)
            if pattern is _AFTER_VERB_FIRST and clause is not None:
                # "said Tsantanis when reporting earnings": the name, then a clause.
                found = _attribution(text, clause.start("name"), clause.end("name"))
                if found.speaker:
                    return found
            pronoun = text[who_start:who_end].strip()
            if PRONOUN.match(pronoun):
                # "he said": resolved to the last person named (``resolve_pronoun``).
                return Attribution(pronoun, None, None, who_start, who_end)
    return None


#: Initials that end a would-be sentence: "J.D." of "J.D. Roe".
_INITIALS_END = lazy_compile(r"(?<![\w.])(?:[A-Z]\.){2,}$")
#: A name followed by a clause about the occasion, after "said": "Roe when reporting
#: results", "Roe in a statement", "Dr. Roe during the call".
_NAME_THEN_CLAUSE = lazy_compile(
    r"(?P<name>(?:(?:Mr|Ms|Mrs|Dr|Prof)\.?\s+)?[A-Z][\w'’.-]{0,30}(?:\s+[A-Z][\w'’.-]{0,30}){0,3})"
    r"\s+(?:when|while|during|as|after|before|in|at|on|upon|from|to|about|of)\s+[a-z]"
)


def _attribution(text: str, start: int, end: int) -> Attribution:
    """Split "Name, Title of Org" / "The Title of Org, Mr. Name" / "Org's Title Name"."""
    who = text[start:end]
    lead = len(who) - len(_LEADING_ARTICLE.sub("", who.lstrip()))
    start += lead
    who = text[start:end]
    occasion = _OCCASION.search(who)
    if occasion is not None:
        who = who[: occasion.start()]
    # "said Jane Roe, CEO of Acme, who continued": the verb of the sentence before and the
    # relative pronoun of this one; "Mr. Roe also noted": an adverb before the verb
    verb = _VERB_BEFORE.match(who)
    if verb is not None:
        start += verb.end()
        who = who[verb.end() :]
    who = _WHO_AFTER.sub("", who).rstrip(" ,")
    speaker = title = organisation = None
    parts = [
        _NICKNAME.sub("", p).strip()
        for p in re.split(r",\s*|(?<!\s)\s+/\s+", _LISTING.sub(" ", who))
        if p.strip()
    ]
    named_by_previous = separate_org = False
    title_part = ""  # the part the title came from, with any "of Org" it named
    for index, part in enumerate(parts):
        if named_by_previous and POST_NOMINAL.match(part) and not TITLE_WORDS.search(part):
            continue  # "Name, PhD, Title": honours and degrees follow the name they belong to
        if index and _RELATIVE.match(part):
            break  # "Jo Passo, who is also the owner of ...": a clause about the speaker
        named_by_previous = False
        role = _LOWER_ROLE.match(part) if speaker is None and title is None else None
        if (
            role is not None
            and not _NOT_ROLE.match(role.group("role"))
            and NAME.match(part[role.end() :])
            and not TITLE_WORDS.search(part[role.end() :])
        ):
            # "franchisee Jo Passo", "attorney Jo Roe": the role, then the name
            title = role.group("role")
            speaker = HONORIFIC.sub("", part[role.end() :])
            named_by_previous = True
        elif organisation is None and title is not None and _names_unit(part):
            # "Head of Asset Servicing, Americas": a region or a unit goes with the title.
            title = f"{title}, {_trim_period(part)}"
        elif (
            speaker is None
            and NAME.match(part)
            and not TITLE_WORDS.search(part)
            and not _LEGAL_FORM.match(part)
        ):
            speaker = HONORIFIC.sub("", part)
            named_by_previous = True
        elif title is None and _TITLE_ANY_CASE.search(part):
            title, organisation, embedded = _split_title(part)
            title_part = part
            if embedded and speaker is None:
                speaker = HONORIFIC.sub("", embedded)
                named_by_previous = True
            elif embedded and organisation is None:
                # "Jane Roe, President Acme Florida": the name is known, so the capitalised
                # words after the title are its organisation
                organisation = _trim_period(embedded)
        elif title is None and speaker is not None and (owned := _OWNED_ROLE.match(part)):
            # "Jane Roe, Acme's home trends expert": a role in lower case without a title
            # word, the organisation's possessive before it
            title, organisation = owned.group("role"), owned.group("org")
        elif title is not None and organisation is None and _TITLE_ANY_CASE.search(part):
            # a second title: "co-CEO Dr. Tan, Senior Consultant Family Physician"
            more, organisation, _ = _split_title(part)
            title = f"{title}, {more}" if more else title
        elif organisation is None and title is not None and part[:1].isupper():
            at_org = _AT_ORG.search(part)
            if at_org:
                # "Senior Director, AI Policy at the Retail Federation": a unit, then "at"
                # the organisation; the unit belongs to the title.
                title = f"{title}, {part[: at_org.start()]}"
                organisation = _trim_period(at_org.group("org"))
            else:
                organisation = _trim_period(part)
            separate_org = True
        elif organisation is not None and _LEGAL_FORM.match(part):
            organisation = f"{organisation}, {part}"  # "Adobe Systems, Inc."
        elif (
            not separate_org
            and organisation is not None
            and title_part
            and _names_organisation(part)
            and index + 2 == len(parts)
            and _names_organisation(parts[-1])
        ):
            # "Head of Global Fund Services, Americas, Acme Trust": what followed "of" was
            # a unit of the title, a region came next, and the organisation comes last (with
            # one part after it, "President of the Institute, Sligo", that is a place).
            title, organisation = _trim_period(title_part), _trim_period(part)
            title_part = ""
            separate_org = True
        elif separate_org and organisation is not None and part[:1].isupper():
            # "vice president, Pharmaceutical Development, AbbVie": a unit, then the
            # organisation; the unit belongs to the title.
            title, organisation = f"{title}, {organisation}", _trim_period(part)
    if title is not None:
        # Words before the title: the speaker's organisation ("Oracle CEO, Safra Catz",
        # "Chevron Chairman and CEO Michael Wirth") or, with no name elsewhere, the
        # speaker ("stated Erik Blum CEO of SMC").
        prefix, remainder = _before_title(title)
        if prefix and speaker is None and len(prefix.split()) >= 2 and NAME.match(prefix):
            speaker, title = prefix, remainder
        elif prefix and organisation is None and speaker is not None:
            organisation, title = prefix, remainder
    if speaker is not None:
        speaker = _trim_name(speaker)
    if organisation is not None and organisation.endswith(("’", "'")):
        organisation = organisation[:-1].rstrip() or None  # "Acme Robotics’ CEO"
    return Attribution(speaker, title, organisation, start, start + len(who))


#: An organisation's possessive and a role in lower case: "Acme's home trends expert".
_OWNED_ROLE = lazy_compile(
    r"^(?P<org>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,4})['’]s\s+"
    r"(?P<role>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,4})\.?$"
)
#: A speech verb opening an attribution's text ("said Jane Roe, ..., who continued").
_VERB_BEFORE = re.compile(rf"^\s*(?:{SPEECH_VERBS})\s+(?=[A-Z])")
#: What trails a speaker's name and title before the verb: ", who", "also", "further".
_WHO_AFTER = re.compile(r"(?:,\s*who|(?<!\s)\s+(?:also|further|then|later|again|additionally))\s*$")
#: A role written in lower case before the name: "franchisee Jo Passo", "attorney Jo Roe".
_LOWER_ROLE = re.compile(r"^(?P<role>[a-z][\w-]{2,}(?:\s+[a-z][\w-]{2,}){0,2})\s+(?=[A-Z])")
_NOT_ROLE = lazy_compile(r"^(?:the|our|their|its|his|her|a|an|and|but|when|while|as|said|says)\b")


def _names_organisation(part: str) -> bool:
    """A comma-separated part that can be a name (of a unit, a region or an organisation):
    capitalised words and joining words only, no title word."""
    words = part.split()
    return (
        bool(words)
        and words[0][:1].isupper()
        and all(_ORG_WORD.match(w) for w in words)
        and not _TITLE_ANY_CASE.search(part)
    )


def _before_title(title: str) -> tuple[str | None, str]:
    """ "Oracle President and CFO" -> ("Oracle", "President and CFO")."""
    words = title.split()
    for position, word in enumerate(words):
        if _TITLE_ANY_CASE.search(word):
            # lower-case words of the title before its title word: "Acme board chair"
            cut = position
            while cut and words[cut - 1] in _TITLE_MODIFIERS:
                cut -= 1
            if cut and all(w[:1].isupper() or w[:1].isdigit() for w in words[:cut]):
                return " ".join(words[:cut]), " ".join(words[cut:])
            return None, title
    return None, title


#: Lower-case words that open a title before its title word ("board chair", "interim CEO").
_TITLE_MODIFIERS = frozenset(
    ("board", "interim", "acting", "founding", "deputy", "former", "global", "regional")
)


def _trim_name(name: str) -> str:
    """A sentence's full stop is not part of a name ("Bruce Van Saun." -> "Bruce Van Saun"),
    an initial's or a suffix's is ("John Smith Jr.")."""
    if name.endswith(".") and not re.search(r"(?:\b[A-Z]|\bJr|\bSr)\.$", name):
        return name[:-1].rstrip()
    return name


def _split_title(part: str) -> tuple[str | None, str | None, str | None]:
    """ "Chief Executive Officer of Acme" -> (title, org, None); "Acme's CEO Jane Doe" ->
    ("CEO", "Acme", "Jane Doe"); "President and CEO Jane Doe" -> (title, None, name)."""
    organisation = None
    embedded = None
    part = re.sub(r"^(?:and|&)\s+", "", part)  # "..., and co-founder of Acme"
    possessive = _POSSESSIVE.match(part)
    if possessive and not _TITLE_ANY_CASE.search(possessive.group("org")):
        organisation = possessive.group("org")
        part = possessive.group("rest")
    # "Chairman of the Board (of Directors)", "Chair of the Audit Committee": a board or a
    # committee is part of the title, the organisation (if any) comes after it.
    board = _BOARD.search(part)
    head = part[: board.end()] if board else ""
    part = part[board.end() :] if board else part
    words = part.split()
    if (
        not head
        and organisation is None
        and len(words) >= 2
        and TITLE_WORDS.fullmatch(words[-1])
        and not _TITLE_ANY_CASE.search(words[0])
    ):
        # "Junior League of Boca Raton President": an organisation whose name has an "of",
        # then the title (the "of" does not start the organisation here).
        first = len(words) - 1
        while first > 1 and (
            TITLE_WORDS.fullmatch(words[first - 1]) or words[first - 1] in ("&", "and")
        ):
            first -= 1
        if (
            any(w in ("of", "for") for w in words[1:first])
            and words[first - 1] not in _UNIT_JOINERS
            and all(_ORG_WORD.match(w) for w in words[:first])
        ):
            title = " ".join(words[first:])
            return _trim_period(title), _trim_period(" ".join(words[:first])), None
    # "Head of Insights at Acme": the organisation follows "at"; an "of" before it names
    # the speaker's field or unit, part of the title ("Vice President of Sales for Acme").
    match = _AT_ORG.search(part)
    if match is None:
        for candidate in _TITLE_PREPOSITION.finditer(part):
            if _names_unit(part[candidate.end() :]):
                break  # "Vice President of Sales": no organisation
            following = _TITLE_PREPOSITION.search(part, candidate.end())
            if following is not None and _names_unit(part[candidate.end() : following.start()]):
                continue  # "of Sales for Acme": the organisation comes later
            if following is not None and _SECOND_ROLE.search(
                part, candidate.end(), following.start()
            ):
                # "CEO of Acme's robot unit and Co-CEO of Acme": two roles, the organisation
                # is the last one's
                continue
            match = candidate
            break
    if match is not None:
        named = match.group("org") if match.re is _AT_ORG else part[match.end() :]
        organisation = organisation or named
        part = part[: match.start()]
    # A trailing capitalised name after the title words: "President and CEO Jane Doe" (not
    # a unit after "of": "Head of Cryptocurrency Products").
    words = part.split()
    tail: list[str] = []
    while words and words[-1][:1].isupper() and not TITLE_WORDS.search(words[-1]):
        tail.insert(0, words.pop())
    if len(tail) >= 2 and (words or head) and not (words and words[-1] in _UNIT_JOINERS):
        embedded = " ".join(tail)
        part = " ".join(words)
    title = " ".join(f"{head} {part}".split()).replace(" .", ".").replace(" ,", ",")
    return _trim_period(title), _trim_period(organisation), embedded


#: A second role joined to a title: "... and Co-CEO", "... & Chief Operating Officer".
_SECOND_ROLE = lazy_compile(r"\s(?:and|&)\s+(?:[Cc]o-)?" + TITLE_WORDS_PATTERN + r"[^,]{0,80}$")
#: A preposition in a title before a capitalised name: the organisation, or a unit of it.
_TITLE_PREPOSITION = re.compile(
    r"(?<!\s)\s+(?:of|at|for|with)\s+(?:the\s+)?(?=[A-Z0-9]|[a-z][A-Z])"
)
#: An organisation named after "at" in a title: "Professor of Medicine at Acme University".
_AT_ORG = re.compile(r"(?<!\s)\s+at\s+(?:the\s+)?(?P<org>(?:[A-Z0-9]|[a-z][A-Z])[^,]*)$")
#: A name's last word whose full stop is part of it: a legal form ("Acme Inc."), "Jr.".
_ABBREVIATED_END = lazy_compile(r"\b(?:" + alternation(DOTTED_LEGAL_FORMS) + r"|Jr|Sr)\.$")
#: ... and, in a signature line, an initial or "LLC." (the line's own full stop after it).
_INITIAL_END = lazy_compile(r"\b(?:LLC|[A-Z])\.$")
#: A company's legal form written after a comma: "Adobe Systems, Inc.".
_LEGAL_FORM = re.compile("^" + alternation(LEGAL_FORMS) + r"\.?$")
#: A board or committee named inside a title: "of the Board of Directors", "of the
#: Nomination and Governance Committee".
_BOARD = re.compile(
    r"(?<!\s)\s+of\s+(?:the\s+)?(?:(?:(?:Supervisory|Management|Executive|Advisory|Governing|"
    r"Scientific\s+Advisory)\s+)?Board(?:\s+of\s+(?:Directors|Trustees))?|"
    r"(?:[A-Z][\w&-]*\s+(?:(?:and|&)\s+)?){1,4}Committee)\b"
)


def _trim_period(words: str | None) -> str | None:
    """Drop a sentence's full stop from "CEO of Acme." but keep "Acme Inc."."""
    if words and words.endswith(".") and not _ABBREVIATED_END.search(words):
        return words[:-1]
    return words


def _resolve_short_names(quotes: list[FoundQuote]) -> None:
    """ "Mr. Song continued" refers to "Song Liang" named earlier in the paragraph."""
    full: list[Attribution] = [
        q.attribution for q in quotes if q.attribution and q.attribution.speaker
    ]
    for quote in quotes:
        attribution = quote.attribution
        if attribution is None or attribution.speaker is None:
            continue
        short = HONORIFIC.sub("", attribution.speaker)
        if len(short.split()) != 1:
            continue
        for earlier in full:
            if earlier is attribution or earlier.speaker is None:
                continue
            if short in earlier.speaker.split():
                attribution.speaker = earlier.speaker
                attribution.title = attribution.title or earlier.title
                attribution.organisation = attribution.organisation or earlier.organisation
                break


def resolve_across(speakers: list[Attribution], attribution: Attribution) -> None:
    """Resolve a one-word speaker ("Mr. Lee") against speakers named in earlier paragraphs."""
    if attribution.speaker is None:
        return
    short = HONORIFIC.sub("", attribution.speaker)
    if len(short.split()) != 1:
        return
    for earlier in speakers:
        if earlier.speaker and short in earlier.speaker.split() and earlier is not attribution:
            attribution.speaker = earlier.speaker
            attribution.title = attribution.title or earlier.title
            attribution.organisation = attribution.organisation or earlier.organisation
            return


#: Reported speech naming the speaker before a quotation in the same paragraph: "Kurt
#: Swenson, chairman, said that ...", "According to Worth President, Doug Denman, ...".
_REPORTED = lazy_compile(
    rf"(?:^|(?<=[.;!?]\s))(?P<who>[A-Z][^;:“”\".]{{2,160}}?),?\s+(?:{SPEECH_VERBS})\s+that\b"
    r"|\bAccording to (?P<who2>[^,“”\"]{2,80}(?:,\s*[A-Z][^,“”\"]{2,60})?),"
)


def is_pronoun(attribution: Attribution | None) -> bool:
    return attribution is not None and bool(PRONOUN.match(attribution.speaker or ""))


def resolve_pronoun(
    text: str, quote_start: int, attribution: Attribution, speakers: list[Attribution]
) -> None:
    """ "... he said." / "He continued, ..." names the last person named: one introduced by
    reported speech earlier in the paragraph, else the last speaker quoted before."""
    named: Attribution | None = None
    for found in _REPORTED.finditer(text, 0, quote_start):
        group = "who" if found.group("who") else "who2"
        candidate = _attribution(text, found.start(group), found.end(group))
        if candidate.speaker and not PRONOUN.match(candidate.speaker):
            named = candidate
    if named is None:
        named = next(
            (a for a in reversed(speakers) if a.speaker and not PRONOUN.match(a.speaker)), None
        )
    if named is not None:
        attribution.speaker = named.speaker
        attribution.title = attribution.title or named.title
        attribution.organisation = attribution.organisation or named.organisation


#: How far back from the colon a lead-in attribution may start.
LEAD_IN_WINDOW = 400
#: A lead-in that hands the next paragraph's quotation to its speaker: "..., commented:",
#: "Alta CEO Nick Langton underscored the significance of the deal:".
_LEAD_IN = lazy_compile(
    rf"(?:^|(?<=[.;!?]\s))(?P<who>[A-Z][^;“”\".]{{2,200}}?),?\s+(?:{SPEECH_VERBS})\b[^.“”\"]{{0,120}}:\s*$"
)
#: An attribution line after a quotation: "— Jane Roe, Chief Executive Officer of Acme".
_DASH_LINE = lazy_compile(r"\s*[—–-]{1,2}\s*(?P<who>[A-Z][^“”\"]{2,200}?)\s*$", re.DOTALL)


def lead_in(text: str) -> Attribution | None:
    """The speaker a paragraph ending in a colon hands its quotation to, if any."""
    if not text.rstrip().endswith(":"):
        return None
    tail = max(0, len(text) - LEAD_IN_WINDOW)
    found = _LEAD_IN.search(text, tail)
    if found is None:
        return None
    attribution = _attribution(text, found.start("who"), found.end("who"))
    return attribution if attribution.speaker else None


def dash_line(text: str) -> Attribution | None:
    """The speaker named by an attribution line ("— Name, Title") that follows a quotation."""
    found = _DASH_LINE.match(text)
    if found is None:
        return None
    attribution = _attribution(text, found.start("who"), found.end("who"))
    return attribution if attribution.speaker else None


#: A signature line naming the speaker of the quotation just before it, run into the text
#: that follows by a layout that lost the line break ("Jane Roe, CEO of Acme Corp. In her
#: role ...", "Jane Roe, Chair of Acme “Next quotation ...”"): the name, then a title.
_SIGNATURE = lazy_compile(
    r"^\s*(?P<name>(?:(?:Mr|Ms|Mrs|Dr|Prof)\.?\s+)?[A-Z][\w'’-]+"
    r"(?:\s+(?:[A-Z][\w'’.-]*|[a-z]{1,3}[A-Z][\w'’-]+|de|van|von|der|da|di|la|le|du|del)){1,3})"
    r",\s+(?P<title>[^“”\"\n]{2,200})"
)
#: A whole paragraph of a name (two or three capitalised words), a title word straight
#: after it and at most a few more words: "Jane Roe CEO, Acme", "Jane Roe Founder".
_BARE_SIGNATURE = lazy_compile(
    r"^\s*(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’.-]*){1,2}?)\s+"
    r"(?P<role>(?=(?:" + TITLE_WORDS_PATTERN + r"))[^\n“”\"]{2,80}?)\s*$"
)
#: A word that makes a name a company's: "Acme Corp", "Roe Holdings".
_COMPANY_WORD = lazy_compile(r"\b" + alternation(LEGAL_FORMS + BUSINESS_WORDS) + r"\b\.?")
#: A word of an organisation's name (capitalised, a joining word, a legal form).
_ORG_WORD = lazy_compile(r"^(?:[A-Z0-9][\w&'’.,-]*|&|and|of|the|de|for)$")


def signature_line(text: str) -> Attribution | None:
    """The speaker a paragraph's opening signature line names, if it opens with one: a name,
    a title with its organisation, and then the end of the paragraph, a quotation mark, a
    new sentence or (a lost line break) the next sentence run on. A sentence about the
    person ("Jane Roe, CEO of Acme, joined in 2019") is no signature."""
    found = _SIGNATURE.match(text)
    if found is None:
        return _bare_signature(text)
    if TITLE_WORDS.search(found.group("name")):
        return _bare_signature(text)
    words = found.group("title").split(" ")
    if not words or not any(_TITLE_ANY_CASE.search(w) for w in words[:4]):
        return None
    taken: list[str] = []
    in_org = False
    for position, word in enumerate(words):
        if not word:
            continue
        if word[0] in '“"':
            break  # the next quotation starts
        if not (_ORG_WORD.match(word) or _TITLE_ANY_CASE.search(word)):
            if word[:1].islower() and not in_org:
                return None  # a sentence about the person, not a signature
            # A lower-case word after the organisation: the next sentence ran on, and its
            # subject (one or two capitalised words) is not part of the organisation.
            run = [w for w in taken[-3:] if w[:1].isupper()]
            if len(run) < 3 or taken[-1].endswith(","):
                return None
            taken = taken[:-2]
            break
        taken.append(word)
        if word in ("of", "at") and position:
            in_org = True
        if word.endswith(".") and position + 1 < len(words) and words[position + 1][:1].isupper():
            if not (_ABBREVIATED_END.search(word) or _INITIAL_END.search(word)):
                break  # a full stop ends the signature
            following = words[position + 1]
            if not _ORG_WORD.match(following) or following in ("In", "The", "As", "With"):
                break  # "Acme, Inc. In her role ...": the legal form ends the line
    who = found.group("name") + ", " + " ".join(taken).rstrip(" ,")
    end = found.start("title") + len(" ".join(taken).rstrip(" ,"))
    attribution = _attribution(text, found.start("name"), end)
    if attribution.speaker is None or attribution.title is None or len(who) > 220:
        return None
    return attribution


def _spelled(name: str) -> str:
    """A pattern for a name as the release may spell it elsewhere: a letter with a
    diacritic also matches its bare letter ("Wünschel" / "Wunschel")."""
    if name.isascii():
        return re.escape(name)
    import unicodedata

    parts = []
    for char in name:
        bare = unicodedata.normalize("NFKD", char)[:1]
        if bare != char and bare.isalpha():
            parts.append(f"[{char}{bare}]")
        else:
            parts.append(re.escape(char))
    return "".join(parts)


def _bare_signature(text: str) -> Attribution | None:
    """A short paragraph that is only a name and a title with no comma between them, as a
    quotation's signature under it ("Jane Roe CEO, Acme"): the speaker, title, organisation."""
    found = _BARE_SIGNATURE.match(text)
    if found is None:
        return None
    name, role = found.group("name"), found.group("role")
    if TITLE_WORDS.search(name) or not NAME.match(name) or _COMPANY_WORD.search(name):
        return None  # "Acme Corp CEO, Jane Roe": the organisation, then the person
    title, _, organisation = role.partition(",")
    title = _trim_period(title.strip()) or ""
    organisation = _trim_period(organisation.strip()) or None
    if not title or (organisation is not None and not organisation[:1].isupper()):
        return None
    return Attribution(name, title, organisation, found.start("name"), found.end("role"))


def earlier_mention(text: str, speaker: str, before: int) -> Attribution | None:
    """The title and organisation a release gave a speaker where it first named them
    ("Luis Roe, President and CEO of Acme Bank; Ann Lee, ..."), for a quotation attributed
    by name only ("... ,” said Roe.")."""
    for start, found in _name_then(text, speaker, _MENTION_REST, before):
        attribution = _attribution(text, start, found.end("rest"))
        title = attribution.title
        if title and re.match(r"an?\s", title):
            # "Jo Roe, a world-renowned scientist, and co-founder of Acme": a description,
            # then the title
            later = [p for p in title.split(", ")[1:] if _TITLE_ANY_CASE.search(p)]
            title = attribution.title = re.sub(r"^(?:and|&)\s+", "", later[0]) if later else None
        if title and not _RELATIVE.match(title) and not _CLAUSE_START.match(title):
            return attribution
    for start, found in _name_then(text, speaker, _BRACKETED, before):
        # "Chris Doe (CEO, Acme Robotics) led ...": the title and company in brackets
        inner = f"{speaker}, {found.group('rest')}"
        bracketed = _attribution(inner, 0, len(inner))
        if bracketed.speaker == speaker and bracketed.title:
            return Attribution(speaker, bracketed.title, bracketed.organisation, start, found.end())
    for start, found in _name_then(text, speaker, _AFFILIATION, before):
        # "Tony Hunter, Ph.D., of the Salk Institute": an affiliation and no title
        org = _trim_period(found.group("org"))
        return Attribution(speaker, None, org, start, found.end("org"))
    for start, found in _name_then(text, speaker, _WORD_END, before):
        mention = (
            _title_before(text, start, speaker)
            or _named_as(text, found.end(), start)
            or _is_title(text, start, found.end(), speaker)
        )
        if mention is not None:
            return mention
    full = _full_name(text, speaker, before) or _name_from_given(text, speaker, before)
    return earlier_mention(text, full, before) if full else None


#: What follows a name where the release first named a speaker: ", President and CEO of
#: Acme Bank" (a full stop inside an abbreviation, "U.S. Century Bank", does not end it).
_MENTION_REST = lazy_compile(
    r",\s+(?P<rest>(?:[^;.“”\"()]|(?<=\b[A-Z])\.(?=[A-Z]|\s[A-Z])){3,160})"
)
#: A title (and company) in brackets straight after a name: " (CEO, Acme Robotics)". The
#: tail matched after a name opens with a lookbehind (the name ends in no space), so that a
#: run of spaces is tried from its first character only (linear wherever it is searched);
#: ``_name_then`` falls back to the joined pattern for a name that ends in a space.
_BRACKETED_TEXT = r"\s*\((?P<rest>[A-Za-z][^()\n]{1,100})\)"
_BRACKETED = lazy_compile(r"(?<!\s)" + _BRACKETED_TEXT)
#: An affiliation straight after a name, its honours aside: ", Ph.D., of the Salk Institute".
_AFFILIATION = lazy_compile(
    r",\s+(?:(?:Ph\.?\s?D\.?|M\.?D\.?|[A-Z]{2,5}),\s+)*of\s+(?:the\s+)?"
    r"(?P<org>[A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|of|for|&)){0,6})(?=[,;.\s])"
)
#: A name that ends at a word's end.
_WORD_END = lazy_compile(r"\b")
#: The text a tail had in the joined pattern, where it differs from the tail's own.
_JOINED_TAILS = {_BRACKETED.pattern: _BRACKETED_TEXT}


def _name_then(
    text: str, speaker: str, tail: re.Pattern[str], before: int
) -> Iterator[tuple[int, re.Match[str]]]:
    """The matches of ``_spelled(speaker)`` followed by ``tail`` in ``text[:before]``, as
    ``re.compile(_spelled(speaker) + tail.pattern).finditer(text, 0, before)`` finds them
    (the start of the name, and the tail's match, whose groups are the pattern's), without
    compiling a pattern for each speaker: the name is found by itself (a plain ``find``
    for an ASCII name) and the tail, compiled once, is matched where it ends. A name
    spelled by ``_spelled`` matches one character per character, so a name found at a
    position ends at one place and the two steps try what the joined pattern tries; the
    next name is looked for after a match (the matches do not overlap), after the name's
    first character where the tail failed."""
    if not speaker or speaker[-1].isspace():
        # no name to find first, or one whose last space a tail's opening lookbehind would
        # refuse: the joined pattern itself (the tail's text as it was joined)
        joined = _JOINED_TAILS.get(tail.pattern, tail.pattern)
        for found in re.compile(_spelled(speaker) + joined).finditer(text, 0, before):
            yield found.start(), found
        return
    spelled = None if speaker.isascii() else re.compile(_spelled(speaker))
    position = 0
    while True:
        if spelled is None:
            start = text.find(speaker, position, before)
            if start < 0:
                return
            end = start + len(speaker)
        else:
            name = spelled.search(text, position, before)
            if name is None:
                return
            start, end = name.span()
        following = tail.match(text, end, before)
        if following is None:
            position = start + 1
            continue
        yield start, following
        position = following.end()


#: A sentence that says what the person is: "Jane Roe is the Chief Executive Officer of Acme."
_IS_TITLE = lazy_compile(
    r"(?<!\s)\s+(?:is|was|serves\s+as|has\s+served\s+as)\s+(?:the|a|an|its|our)\s+"
    r"(?P<phrase>[^.;,“”\"()\n]{3,120})"
)


def _is_title(text: str, name_start: int, name_end: int, speaker: str) -> Attribution | None:
    """The title and organisation a sentence gives the person with "is the": "Jane Roe is
    the Chief Executive Officer of Acme" (a title word must be among the first words)."""
    found = _IS_TITLE.match(text, name_end)
    if found is None:
        return None
    phrase = found.group("phrase").strip()
    if not any(_TITLE_ANY_CASE.fullmatch(w) for w in phrase.split()[:3]):
        return None
    title, organisation, embedded = _split_title(phrase)
    if not title or embedded:
        return None
    return Attribution(
        speaker, _trim_period(title), _trim_period(organisation), name_start, found.end()
    )


def _name_from_given(text: str, given: str, before: int) -> str | None:
    """The full name a given name alone ("said Chris.") stands for: the first "Given
    Surname" written before."""
    if " " in given or not given[:1].isupper():
        return None
    found = re.compile(
        r"\b" + _spelled(given) + r"(?:\s+[A-Z]\.)?\s+[A-Z][\w'’-]+\b(?![\w'’-])"
    ).search(text, 0, before)
    if found is None:
        return None
    words = found.group().split()
    if any(TITLE_WORDS.fullmatch(w) or _LEGAL_FORM.match(w) for w in words):
        return None
    return found.group()


def _full_name(text: str, surname: str, before: int) -> str | None:
    """The full name a surname alone ("said Kinha.") stands for: the first "Given Surname"
    written before (a name of two to four capitalised words ending in the surname)."""
    if " " in surname or not surname[:1].isupper():
        return None
    pattern = release_pattern(
        r"\b(?:[A-Z][\w'’-]*\.?\s+){1,3}" + _spelled(surname) + r"\b(?![\w'’-])"
    )
    for found in pattern.finditer(text, 0, before):
        words = found.group().split()
        # "Appoints Jane Roe", "CFO Jane P. Roe": the given name (and an initial) only
        size = 3 if len(words) >= 3 and re.fullmatch(r"[A-Z]\.", words[-2]) else 2
        words = words[-size:]
        if not any(TITLE_WORDS.fullmatch(w) or _LEGAL_FORM.match(w) for w in words):
            return " ".join(words)
    return None


#: A relative clause after a name ("Jane Roe, who hired ... as CFO") is no title of hers.
_RELATIVE = re.compile(r"(?:who|whom|whose|which|that|where|when)\b")
#: A clause after a name that starts with a small word that is no title ("Jane Roe, as CFO,
#: will lead ...", "Jane Roe, in her new role, ...", "Jane Roe, an accomplished attorney
#: with ..."): a description, or a clause that holds the title (if any).
_CLAUSE_START = lazy_compile(r"(?:as|in|with|after|since|from|to|will|has|had|is|was|a|an)\b")
#: How far before a name a title written in front of it ("CHRO Jane Roe") may start.
_TITLE_BEFORE_WINDOW = 80
#: A word of a title or organisation written in front of a name.
_FRONT_WORD = lazy_compile(r"^(?:[A-Z0-9][\w&'’.-]*|and|&)$")


def _title_before(text: str, name_start: int, speaker: str) -> Attribution | None:
    """A title written in front of the name: "the contract of CHRO Jane Roe", "Acme Chief
    Executive Officer Jane Roe". The word right before the name must be a title word."""
    window = text[max(0, name_start - _TITLE_BEFORE_WINDOW) : name_start]
    if not window.endswith(" "):
        return None
    words = window.split()
    if window[:1] != " " and name_start > _TITLE_BEFORE_WINDOW:
        words = words[1:]  # a word cut by the window
    # ("Acme's Chief Technology Officer, Jane Roe, will ...": a comma between them)
    comma = bool(words) and words[-1].endswith(",") and window.endswith(", ")
    if comma:
        words[-1] = words[-1][:-1]
    # ("Acme's founder, Jane Roe, ...": a lower-case title in an appositive after a
    # possessive)
    lower = (
        comma
        and len(words) >= 2
        and _TITLE_ANY_CASE.fullmatch(words[-1]) is not None
        and re.search(r"['’]s?$", words[-2]) is not None
    )
    if not words or not (TITLE_WORDS.fullmatch(words[-1]) or lower):
        return None
    run: list[str] = []
    for word in reversed(words):
        front = _FRONT_WORD.match(word) or (lower and _TITLE_ANY_CASE.fullmatch(word))
        if not front or (word.endswith((".", ",", ":")) and run):
            break
        run.insert(0, word)
    while run and run[0] in ("and", "&"):
        run.pop(0)
    if not run or len(run) > 7:
        return None
    start = name_start - len(" ".join(run)) - (2 if comma else 1)
    attribution = _attribution(text, start, name_start + len(speaker))
    if attribution.speaker != speaker or not attribution.title:
        return None
    if (start <= 0 or re.search(r"(?:^|[.!?:\n]\s*)$", text[max(0, start - 3) : start])) and (
        not re.match(r"[\w&.-]+(?:\s+[\w&.-]+){0,3}['’]s?\s", text[max(0, start) :])
    ):
        # a sentence's first word is no organisation (unless it is a possessive: "Acme's")
        attribution.organisation = None
    return attribution


#: A title the same sentence gives a name with "as": "appointed Jane Roe as Chief
#: Operating Officer", "Jane Roe will step down as President of Acme".
_NAMED_AS = lazy_compile(
    r"(?<!\s)[ \t]+as[ \t]+(?:(?:its|the|our|their|his|her|new)[ \t]+)?"
    r"(?P<title>(?:[A-Z][\w&'’-]*|and|of|the|&)(?:[ \t]+(?:[A-Z][\w&'’-]*|and|of|the|&)){0,9}"
    # ... or in lower case ("as chief financial officer"), cut after its last title word
    r"|[a-z][\w-]*(?:[ \t]+[a-z][\w&-]*){0,5})"
)


_SENTENCE_BREAK = lazy_compile(r"[.;:!?“”\"\n]")


def _named_as(text: str, name_end: int, name_start: int | None = None) -> Attribution | None:
    """The title given after the name by "as Title" in the same sentence, when nobody else
    is named in between; the organisation that the sentence says made the appointment
    ("Acme today announced the appointment of Jane Roe as CFO") when the title names none."""
    found = _named_as_title(text, name_end)
    if found is None or found.organisation or name_start is None:
        return found
    floor = max(text.rfind("\n", 0, name_start) + 1, name_start - ANNOUNCER_WINDOW)
    start = sentence_start_before(text, name_start, floor)
    # (the sentence may open with the dateline: "CITY, date /Wire/ — Acme today announced")
    starts = [start, *(m.end() for m in _DATELINE_END.finditer(text, start, name_start))]
    for position in starts:
        while position < name_start and text[position] in "# \t\n":
            position += 1  # (a Markdown heading's marks before a headline)
        announcer = _ANNOUNCER.match(text, position, name_start)
        if announcer is not None:
            found.organisation = _trim_period(announcer.group("org"))
            break
    return found


#: Where a dateline hands over to the first sentence: a dash or a wire's closing slash.
_DATELINE_END = lazy_compile(r"(?:—|–|--|/)\s+")


#: How far before a name the sentence that announces an appointment may start.
ANNOUNCER_WINDOW = 400
#: An organisation opening the sentence that appoints or announces the person: "Acme today
#: announced ...", "Acme, a maker of ..., has appointed ...", "Acme Appoints ..." (headline).
_ANNOUNCER = lazy_compile(
    r"(?<![\w&.'’-])(?P<org>[A-Z][\w&.'’-]*(?:\s+(?:[A-Z][\w&.'’-]*|&)){0,4}?)(?:,[^,;]{1,160},)?\s+"
    r"(?:today\s+|has\s+|have\s+)?(?i:announced|announces|appointed|appoints|named|names|"
    r"promoted|promotes|welcomed|welcomes|hired|hires|elected|elects)\b"
)


def _named_as_title(text: str, name_end: int) -> Attribution | None:
    """The title given after the name by "as Title" in the same sentence."""
    found = _NAMED_AS.search(text, name_end, min(len(text), name_end + 240))
    if found is None or found.start() - name_end > 120:
        return None
    between = text[name_end : found.start()]
    if _SENTENCE_BREAK.search(between) or re.search(r"[A-Z][\w'’-]+\s+[A-Z]", between):
        return None
    words = found.group("title").split()
    if words[0][:1].islower():
        last = max((i for i, w in enumerate(words) if _TITLE_ANY_CASE.fullmatch(w)), default=-1)
        if last < 0 or not any(_TITLE_ANY_CASE.fullmatch(w) for w in words[:2]):
            return None
        phrase = " ".join(words[: last + 1])
        title_end = found.start("title") + len(phrase)
        return Attribution(None, phrase, None, found.start("title"), title_end)
    for position, word in enumerate(words):
        following = words[position + 1] if position + 1 < len(words) else ""
        if word in ("and", "&") and not _TITLE_ANY_CASE.fullmatch(following):
            words = words[:position]  # "as CFO and Renews ...": the sentence goes on
            break
    while words and words[-1] in ("and", "of", "the", "&"):
        words.pop()
    phrase = " ".join(words)
    if not words or not TITLE_WORDS.search(words[0] + " " + (words[1] if len(words) > 1 else "")):
        return None
    title, organisation, embedded = _split_title(phrase)
    if embedded or not title:
        return None
    return Attribution(None, title, organisation, found.start("title"), found.end("title"))
