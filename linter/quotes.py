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
from dataclasses import dataclass

from disclint.sentences import sentence_spans, sentence_start_before

#: Fewer words than this inside quotation marks is a defined term or a title, not a quote.
MIN_QUOTE_WORDS = 5

SPEECH_VERBS = (
    r"said|says|stated|states|added|adds|commented|comments|noted|notes|explained|explains|"
    r"continued|continues|concluded|remarked|shared|observed|emphasized|emphasised|stressed|"
    r"highlighted|announced|declared|affirmed|agreed|offered|expressed|told"
)
_AFTER_VERB_FIRST = re.compile(rf"^[\s,–—-]*(?:{SPEECH_VERBS})\s+(?P<who>[^;:“”\"]{{2,200}})")
_AFTER_WHO_FIRST = re.compile(rf"^[\s,–—-]*(?P<who>[^;:“”\"]{{2,160}}?)\s+(?:{SPEECH_VERBS})\b")
_BEFORE = re.compile(
    rf"(?P<who>[^;“”\"]{{2,200}}?)[,]?\s+(?:{SPEECH_VERBS})(?:\s+(?:that|in a statement))?"
    r"\s*[,:]?\s*$"
)
_ACCORDING = re.compile(r"(?:^|[.;]\s+)According to (?P<who>[^,“”\"]{2,160}),\s*$")

HONORIFIC = re.compile(r"^(?:Mr|Ms|Mrs|Miss|Mx|Dr|Prof|Sir|Dame|Hon)\.?\s+")
TITLE_WORDS = re.compile(
    r"\b(?:CEO|CFO|COO|CTO|CMO|CIO|CSO|CCO|President|Chair(?:man|woman|person)?|Founder|"
    r"Co-Founder|Co-founder|Director|Officer|Vice|VP|SVP|EVP|Manager|Head|Partner|Executive|"
    r"Lead|Principal|Senior|Counsel|Secretary|Treasurer|Analyst|Chief|General|Member|"
    r"Trustee|Owner|Superintendent|Commissioner|Governor|Mayor|Professor|Scientist|Advisor|"
    r"Adviser|Engineer|Researcher|Physician|Investigator|Coordinator|Specialist|Leader)\b"
)
NAME = re.compile(
    r"^(?:(?:Mr|Ms|Mrs|Miss|Mx|Dr|Prof|Sir|Dame|Hon)\.?\s+)?"
    r"[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|de|van|von|der|da|di|la|le|bin|al))*$"
)
#: Letters after a name that are honours or degrees, not an organisation: "Jane Roe, PhD",
#: "Dr. Tan, PBM, Family Physician", "John Doe, CPA, Chief Financial Officer".
POST_NOMINAL = re.compile(
    r"^(?:[A-Z]{2,5}|Ph\.?\s?D\.?|M\.?D\.?|[A-Z]\.(?:[A-Z]\.)+|Jr\.?|Sr\.?|I{2,3}|IV)$"
)
_LEADING_ARTICLE = re.compile(r"^(?:and|but|while|then|as|the|adding)\s+", re.IGNORECASE)
_POSSESSIVE = re.compile(r"^(?P<org>.+?)['’]s\s+(?P<rest>.+)$")
_OPEN_QUOTE = "“"
_CLOSE_QUOTE = "”"


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


def find_quotes(text: str, carried: Attribution | None = None) -> list[FoundQuote]:
    """Quotations in a paragraph, with attributions; ``carried`` is an open quote's speaker."""
    quotes: list[FoundQuote] = []
    previous_end = 0
    for start, end, closed in _quoted_spans(text):
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
            attribution = _continued(quotes[-1], start)
        quotes.append(FoundQuote(start, end, attribution, continues=not closed))
        previous_end = end + 1
    _resolve_short_names(quotes)
    return quotes


def _continued(previous: FoundQuote, start: int) -> Attribution | None:
    """The split quote of wire copy: "“First part,” said Jane Doe, CEO. “Second part.”" —
    an unattributed quote right after an attribution that followed the previous quote
    continues that speaker ("she added" reads the same way)."""
    attribution = previous.attribution
    if attribution is None or not previous.end <= attribution.start < start:
        return None
    return attribution if start - attribution.end <= 40 else None


def _quoted_spans(text: str) -> list[tuple[int, int, bool]]:
    """(inner start, inner end, closed) for curly and straight double quotes."""
    spans: list[tuple[int, int, bool]] = []
    i = 0
    length = len(text)
    while i < length:
        ch = text[i]
        if ch == _OPEN_QUOTE or (ch == '"' and _opens_straight(text, i)):
            closer = _CLOSE_QUOTE if ch == _OPEN_QUOTE else '"'
            close = text.find(closer, i + 1)
            if ch == _OPEN_QUOTE:
                nested_open = text.find(_OPEN_QUOTE, i + 1)
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


def _opens_straight(text: str, i: int) -> bool:
    """A straight quote opens if it follows a space/start/opening punctuation."""
    return i == 0 or text[i - 1] in " \t\n(—–-:,[“"


def _attribution_before(text: str, since: int, quote_open: int) -> Attribution | None:
    offset = sentence_start_before(text, quote_open, since)
    window = text[offset:quote_open]
    match = _BEFORE.search(window) or _ACCORDING.search(window)
    if match is None:
        return None
    who_start = offset + match.start("who")
    who_end = offset + match.end("who")
    return _attribution(text, who_start, who_end)


def _attribution_after(text: str, after: int) -> Attribution | None:
    sentence = sentence_spans(text, after, min(len(text), after + 260))
    window = text[after : sentence[0][1]] if sentence else ""
    for pattern in (_AFTER_VERB_FIRST, _AFTER_WHO_FIRST):
        match = pattern.match(window)
        if match:
            who_start = after + match.start("who")
            who_end = after + match.end("who")
            found = _attribution(text, who_start, who_end)
            if found.speaker or found.title:
                return found
    return None


def _attribution(text: str, start: int, end: int) -> Attribution:
    """Split "Name, Title of Org" / "The Title of Org, Mr. Name" / "Org's Title Name"."""
    who = text[start:end]
    lead = len(who) - len(_LEADING_ARTICLE.sub("", who.lstrip()))
    start += lead
    who = text[start:end].rstrip(" ,")
    speaker = title = organisation = None
    parts = [p.strip() for p in re.split(r",\s*", who) if p.strip()]
    named_by_previous = False
    for part in parts:
        if named_by_previous and POST_NOMINAL.match(part) and not TITLE_WORDS.search(part):
            continue  # "Name, PhD, Title": honours and degrees follow the name they belong to
        named_by_previous = False
        if speaker is None and NAME.match(part) and not TITLE_WORDS.search(part):
            speaker = HONORIFIC.sub("", part)
            named_by_previous = True
        elif title is None and TITLE_WORDS.search(part):
            title, organisation, embedded = _split_title(part)
            if embedded and speaker is None:
                speaker = HONORIFIC.sub("", embedded)
                named_by_previous = True
        elif title is not None and organisation is None and TITLE_WORDS.search(part):
            # a second title: "co-CEO Dr. Tan, Senior Consultant Family Physician"
            more, organisation, _ = _split_title(part)
            title = f"{title}, {more}" if more else title
        elif organisation is None and title is not None and part[:1].isupper():
            organisation = _trim_period(part)
    return Attribution(speaker, title, organisation, start, start + len(who))


def _split_title(part: str) -> tuple[str | None, str | None, str | None]:
    """ "Chief Executive Officer of Acme" -> (title, org, None); "Acme's CEO Jane Doe" ->
    ("CEO", "Acme", "Jane Doe"); "President and CEO Jane Doe" -> (title, None, name)."""
    organisation = None
    embedded = None
    possessive = _POSSESSIVE.match(part)
    if possessive and not TITLE_WORDS.search(possessive.group("org")):
        organisation = possessive.group("org")
        part = possessive.group("rest")
    match = re.search(r"\s+(?:of|at|for|with)\s+(?:the\s+)?(?P<org>[A-Z].*)$", part)
    if match:
        organisation = organisation or match.group("org")
        part = part[: match.start()]
    # A trailing capitalised name after the title words: "President and CEO Jane Doe".
    words = part.split()
    tail: list[str] = []
    while words and words[-1][:1].isupper() and not TITLE_WORDS.search(words[-1]):
        tail.insert(0, words.pop())
    if len(tail) >= 2 and words:
        embedded = " ".join(tail)
        part = " ".join(words)
    return _trim_period(part.strip()), _trim_period(organisation), embedded


def _trim_period(words: str | None) -> str | None:
    """Drop a sentence's full stop from "CEO of Acme." but keep "Acme Inc."."""
    if (
        words
        and words.endswith(".")
        and not re.search(r"\b(?:Inc|Corp|Co|Ltd|Jr|Sr|S\.A|N\.V)\.$", words)
    ):
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
