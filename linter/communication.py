"""What kind of securities communication a release is (a fact shared by rule families).

Section 5 of the Securities Act and the proxy and tender-offer rules ask different things
of different communications: a notice of an unregistered sale needs the Rule 135c legend;
a registered offering's announcement names where the prospectus is; a merger that a
shareholder vote or a tender offer will decide needs the "additional information" legend.
``classify`` reads the announcement (headline area and first body paragraphs) once per
release and says which of these the release is, with the words that show it. Cues and
legends are data (``rules/data/off_cues.toml``). The offering rules check the legends each
kind needs; the non-GAAP rules read ``pending_combination``, because Regulation G does not
apply to a communication about a proposed business combination (17 CFR 244.100(d)).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from disclint.lazyre import lazy_compile
from disclint.prefilter import fold, may_match, search_from
from disclint.ruledata import compiled, load_rule_data

if TYPE_CHECKING:
    from disclint.api import RuleContext
    from disclint.model import Release

#: How many body paragraphs after the headline area make up "the announcement" of an
#: offering (the lead) and of a business combination (whose vote or tender offer is often
#: described in the second or third paragraph).
LEAD_PARAGRAPHS = 1
COMBINATION_PARAGRAPHS = 3
#: How far a holders' vote on the combination is looked for ("subject to the approval of
#: Beta's shareholders" sits with the closing conditions, after the terms, the highlights,
#: the rationale and the quotes: often the seventh paragraph or later). The body only: the
#: forward-looking section (which lists "failure to obtain shareholder approval" among its
#: risks) and the "About" boilerplate are not part of it.
VOTE_PARAGRAPHS = 40


@dataclass(frozen=True)
class Cue:
    """Words of the release that show something, and where (offsets into its text)."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Communication:
    """The communication's kind(s), each with the cue that shows it (``None``: not it)."""

    unregistered: Cue | None
    public: Cue | None  # a public (registered-style) offering announced, registration named or not
    registered: Cue | None
    pre_filing: Cue | None
    completed: bool
    combination: Cue | None
    solicitation: Cue | None
    vote: Cue | None  # a holders' vote on the combination still to come
    consideration: Cue | None  # what the target's holders receive per share (a public target)
    tender: Cue | None
    fund: Cue | None  # a fund advertising its shares (Rule 482)
    proxy: bool
    combination_done: bool
    not_registered_legend: bool


def communication_cue(section: str, name: str) -> re.Pattern[str]:
    """A pattern of ``rules/data/off_cues.toml`` (``[section] name``), compiled once."""
    return compiled(load_rule_data("off_cues")[section][name])


def classify_communication(ctx: RuleContext) -> Communication:
    """The kind of the release in ``ctx`` (computed once per release)."""
    return ctx.facts.memo("communication.kind", lambda: _classify(ctx.release))


def announcement(release: Release, paragraphs: int = LEAD_PARAGRAPHS) -> list[tuple[int, int]]:
    """The spans that announce: headline, subheadlines, the first body paragraphs (not
    tables) and, for exhibits whose heading sits in the body, what comes above them."""
    spans: list[tuple[int, int]] = []
    if release.headline is not None:
        spans.append((release.headline.span.text_start, release.headline.span.text_end))
    spans.extend((s.span.text_start, s.span.text_end) for s in release.subheadlines)
    prose = [p for p in release.body if p.rows is None]
    lead = release.dateline.span.text_start if release.dateline else None
    taken = 0
    for paragraph in prose:
        if taken >= paragraphs:
            break
        spans.append((paragraph.span.text_start, paragraph.span.text_end))
        if (lead is None or paragraph.span.text_end > lead) and not _bare_line(paragraph.text):
            taken += 1
    return spans


def _bare_line(text: str) -> bool:
    """A dateline and tickers on a line of their own ("TORONTO, Dec. 22 -- (CSE:MPX)"): no
    sentence, so not one of the announcement's paragraphs."""
    text = text.strip()
    return len(text) < 120 and not text.endswith((".", "!", "?", ":", ";"))


class _Split:
    """The sentences of a release's spans, split once however many patterns are looked for
    in them, and the release's text case folded (for the literal prefilter)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.folded = fold(text)
        self._sentences: dict[tuple[int, int], list[tuple[int, int]]] = {}

    def search(self, pattern: re.Pattern[str]) -> re.Match[str] | None:
        """``pattern.search(text)``, not run when the text lacks its required literals."""
        if not may_match(pattern, self.folded):
            return None
        return search_from(pattern, self.text, self.folded)

    def sentences(self, start: int, end: int) -> list[tuple[int, int]]:
        """The sentences of ``text[start:end]``, as offsets into ``text``."""
        found = self._sentences.get((start, end))
        if found is None:
            from disclint.sentences import sentence_spans

            found = [(start + a, start + b) for a, b in sentence_spans(self.text[start:end])]
            self._sentences[(start, end)] = found
        return found


def search_spans(
    pattern: re.Pattern[str],
    text: str,
    spans: list[tuple[int, int]],
    with_words: re.Pattern[str] | None = None,
    split: _Split | None = None,
) -> Cue | None:
    """The first match of ``pattern`` in the spans; with ``with_words``, only in a sentence
    that also matches it (the offering verb of the same announcement, not a past one).
    ``split``: the sentences of ``text`` already split (``_Split``)."""
    split = split if split is not None and split.text is text else _Split(text)
    if not may_match(pattern, split.folded):
        return None
    for start, end in spans:
        for a, b in split.sentences(start, end):
            match = pattern.search(text, a, b)
            if match is None:
                continue
            if with_words is not None and not with_words.search(text, a, b):
                continue
            return Cue(match.start(), match.end(), match.group())
    return None


def _classify(release: Release) -> Communication:
    text = release.text
    split = _Split(text)
    lead = announcement(release)
    lead_text = " ".join(text[a:b] for a, b in lead)
    verb = communication_cue("kind", "offering_verb")
    litigation = communication_cue("kind", "litigation").search(lead_text)
    unregistered = None
    public = None
    if litigation is None:
        unregistered = search_spans(
            communication_cue("kind", "unregistered"), text, lead, verb, split
        )
        public = search_spans(communication_cue("kind", "registered"), text, lead, verb, split)
        if unregistered is None and public is None:
            unregistered = _exempt_manner(release, lead, split)
    registered = (
        public
        if public is not None
        and (
            split.search(communication_cue("kind", "registration"))
            or communication_cue("kind", "registered_by_name").search(public.text)
        )
        else None
    )
    if registered is None and public is None and unregistered is None and litigation is None:
        registered = _offered_under_registration(lead, split)
    pre_filing = search_spans(communication_cue("kind", "pre_filing"), text, lead, split=split)
    if pre_filing is not None and split.search(communication_cue("kind", "filed")):
        pre_filing = None
    wide = announcement(release, COMBINATION_PARAGRAPHS)
    combination = search_spans(communication_cue("kind", "combination"), text, wide, split=split)
    solicitation = None
    tender = None
    vote = None
    consideration = None
    if combination is not None:
        solicitation = _search_outside_legend(
            release, communication_cue("kind", "solicitation"), split
        )
        vote = _vote(text, announcement(release, VOTE_PARAGRAPHS), split)
        consideration = search_spans(
            communication_cue("kind", "consideration"), text, wide, split=split
        )
        solicitation = solicitation or vote or consideration
        tender = search_spans(communication_cue("kind", "tender"), text, wide, split=split)
        if _private_or_debt_offer(combination, text, wide, split):
            combination = solicitation = vote = consideration = tender = None
    return Communication(
        unregistered=unregistered,
        public=public,
        registered=registered,
        pre_filing=pre_filing,
        completed=bool(communication_cue("kind", "completed").search(_headline_text(release))),
        combination=combination,
        solicitation=solicitation,
        vote=vote,
        consideration=consideration,
        tender=tender,
        fund=_fund(release, wide, split),
        proxy=vote is not None
        or _search_outside_legend(release, communication_cue("kind", "proxy"), split) is not None,
        combination_done=_done("combination_done", _headline_text(release) or lead_text)
        or _done("vote_held", f"{_headline_text(release)} {lead_text}"),
        not_registered_legend=bool(split.search(communication_cue("legend", "not_registered"))),
    )


def _private_or_debt_offer(
    combination: Cue, text: str, wide: list[tuple[int, int]], split: _Split
) -> bool:
    """Whether the deal the release announces is a tender or exchange offer made privately
    or for the issuer's notes, with no Schedule TO, proxy or registration statement named:
    no filed document for the transaction legends to point to."""
    if not communication_cue("kind", "tender").search(combination.text):
        return False
    private = search_spans(
        communication_cue("kind", "private_or_debt_offer"), text, wide, split=split
    )
    return private is not None and split.search(communication_cue("kind", "offer_filing")) is None


def _exempt_manner(
    release: Release, lead: list[tuple[int, int]], split: _Split | None = None
) -> Cue | None:
    """An unregistered sale known by its manner, stated after the announcement ("offered
    only to qualified institutional buyers in reliance on Rule 144A"; "offered outside the
    United States in reliance on Regulation S"), when the announcement offers, prices or
    issues the issuer's securities (an offering verb and the securities in one sentence)."""
    split = split if split is not None and split.text is release.text else _Split(release.text)
    if next(_offering_sentences(lead, split), None) is None:
        return None
    return _search_outside_legend(release, communication_cue("kind", "exempt_manner"), split)


def _offering_sentences(lead: list[tuple[int, int]], split: _Split) -> Iterator[tuple[int, int]]:
    """The announcement's sentences that offer, price or issue the issuer's securities (an
    offering verb and the securities in one sentence), in order."""
    text = split.text
    verb, securities = (
        communication_cue("kind", "offering_verb"),
        communication_cue("kind", "securities"),
    )
    for start, end in lead:
        for a, b in split.sentences(start, end):
            if verb.search(text, a, b) and securities.search(text, a, b):
                yield a, b


def _offered_under_registration(lead: list[tuple[int, int]], split: _Split) -> Cue | None:
    """An offering the announcement makes, whatever it is called ("its offering of $600
    million of senior notes", "a follow-on offering", "a rights offering", "a secondary
    offering by selling shareholders"), that the release says is made under a registration
    statement or prospectus: a registered offering. The announcing sentence has an offering
    verb and the securities; the statement of registration may be anywhere in the release."""
    noun = communication_cue("kind", "offering_noun")
    if not may_match(noun, split.folded):
        return None
    if split.search(communication_cue("kind", "offered_under")) is None:
        return None
    for a, b in _offering_sentences(lead, split):
        match = noun.search(split.text, a, b)
        if match:
            return Cue(match.start(), match.end(), match.group())
    return None


def _done(name: str, text: str) -> bool:
    """A ``[kind]`` cue of a deal or vote already done, not one still to come ("upon closing
    of the merger", "expected to complete the acquisition", "after stockholders approve")."""
    future = communication_cue("kind", "still_to_come")
    return any(
        not future.search(text, max(0, match.start() - 40), match.start())
        for match in communication_cue("kind", name).finditer(text)
    )


def _fund(
    release: Release, spans: list[tuple[int, int]], split: _Split | None = None
) -> Cue | None:
    """A fund's communication about its shares, which Rule 482 makes an advertisement: the
    release states Rule 482(b)(1)'s "objectives, risks, charges and expenses" statement, or
    names a fund in its headline or first paragraphs, states a fund's facts (net asset
    value, expense ratio, investment objective, index tracked) and the fund sells its shares
    (an ETF, a mutual or interval fund; a closed-end fund or BDC in an offering), unless the
    headline is about people, a lawsuit, a meeting, a liquidation or the sponsor's results."""
    text = release.text
    subject = search_spans(communication_cue("fund", "subject"), text, spans, split=split)
    split = split if split is not None and split.text is text else _Split(text)
    statement = split.search(communication_cue("fund", "statement"))
    if statement is not None:  # the release presents itself as the fund's advertisement
        return subject or Cue(statement.start(), statement.end(), statement.group())
    headline = communication_cue("fund", "subject").sub(" ", _headline_text(release))
    if communication_cue("fund", "not_offer").search(headline):  # not the fund's name's words
        return None
    if subject is None or split.search(communication_cue("fund", "facts")) is None:
        return None
    if search_spans(communication_cue("fund", "continuous"), text, spans, split=split) is not None:
        return subject
    if search_spans(communication_cue("fund", "listed"), text, spans, split=split) is not None and (
        split.search(communication_cue("fund", "selling")) is not None
    ):
        return subject
    return None


def _vote(text: str, spans: list[tuple[int, int]], split: _Split | None = None) -> Cue | None:
    """A holders' vote still to come, not one the release says is not needed ("does not
    require the approval of Kelvane's shareholders")."""
    split = split if split is not None and split.text is text else _Split(text)
    vote, negation = communication_cue("kind", "vote"), communication_cue("kind", "no_vote")
    for start, end in spans:
        for a, b in split.sentences(start, end):
            for match in vote.finditer(text, a, b):
                if not negation.search(text, max(a, match.start() - 60), match.start()):
                    return Cue(match.start(), match.end(), match.group())
    return None


def _headline_text(release: Release) -> str:
    parts = [release.headline.text] if release.headline else []
    parts.extend(s.text for s in release.subheadlines)
    return " ".join(parts)


def _search_outside_legend(
    release: Release, pattern: re.Pattern[str], split: _Split | None = None
) -> Cue | None:
    """A cue in the body (not the forward-looking legend, which lists every risk)."""
    if split is not None and split.text is release.text and not may_match(pattern, split.folded):
        return None
    for paragraph in release.body:
        match = pattern.search(paragraph.text)
        if match:
            start = paragraph.span.text_start + match.start()
            return Cue(start, start + len(match.group()), match.group())
    return None


def legend_cue(release: Release, name: str) -> Cue | None:
    """The first sentence-level match of a ``[legend]`` pattern anywhere in the release."""
    match = communication_cue("legend", name).search(release.text)
    return Cue(match.start(), match.end(), match.group()) if match else None


#: How far after the legend's heading or urging its content is looked for.
LEGEND_WINDOW = 1500


def transaction_legend(release: Release) -> Cue | None:
    """The "additional information and where to find it" legend: a heading or an urging to
    read ("urged to read the proxy statement") followed, within a few sentences, by the
    document to read and where it is free. A heading-like phrase alone ("Additional
    information about the transaction is on our website") is not the legend."""
    text = release.text
    document, free = (
        communication_cue("legend", "filed_document"),
        communication_cue("legend", "free_copies"),
    )
    for match in communication_cue("legend", "where_to_find").finditer(text):
        end = match.end() + LEGEND_WINDOW
        if document.search(text, match.start(), end) and free.search(text, match.start(), end):
            return Cue(match.start(), match.end(), match.group())
    return None


@dataclass(frozen=True)
class PendingCombination:
    """A proposed business combination the release communicates about, with the words
    that show the deal and the solicitation (vote, tender offer, registration) to come."""

    combination: Cue
    solicitation: Cue
    proxy: bool


def pending_combination(ctx: RuleContext) -> PendingCombination | None:
    """The proposed business combination the release is a communication about, when that
    communication is subject to Rule 425, Rule 14a-12 or Rule 14d-2(b): a deal still to be
    decided by a holders' vote under the US proxy rules, a tender or exchange offer, a
    registration statement for the consideration, or what a listed target's holders
    receive per share. ``None`` for a completed deal, a vote under another market's rules,
    or consideration paid to a private company's owners (no vote, no offer)."""
    kind = classify_communication(ctx)
    if kind.combination is None or kind.solicitation is None or kind.combination_done:
        return None
    if kind.solicitation is kind.vote and not _exchange_registrant(ctx):
        return None  # a vote under another market's rules: not a Rule 14a-12 solicitation
    if kind.solicitation is kind.consideration and not _listed_parties(ctx):
        return None  # shares or cash per share for a private company's holders
    return PendingCombination(kind.combination, kind.solicitation, kind.proxy)


def _listed_parties(ctx: RuleContext) -> bool:
    """Both parties' shares trade on a US exchange (two companies' symbols, not OTC): what
    the target's holders receive per share then comes through a holders' vote or a tender
    offer, and, for the acquirer's shares, a registration statement."""
    symbols = {
        symbol for t in ctx.facts.tickers if t.market == "US" and not t.otc for symbol in t.symbols
    }
    return len(symbols) >= 2


#: An exhibit that names no listing but speaks of filing with the SEC.
_SEC = lazy_compile(r"Securities\s+and\s+Exchange\s+Commission|\bSEC\b")


def _exchange_registrant(ctx: RuleContext) -> bool:
    """The proxy rules bind classes registered under Exchange Act section 12: a listing on
    a US exchange (not an OTC quotation, where foreign issuers trade exempt under Rule
    12g3-2(b)), or, for an exhibit that names no listing, a US issuer filing with the SEC."""
    if any(t.market == "US" and not t.otc for t in ctx.facts.tickers):
        return True
    if any(t.venue.casefold().startswith(("nasdaq", "nyse")) for t in ctx.issuer.tickers):
        return True
    return (
        not ctx.facts.tickers
        and ctx.issuer.jurisdiction == "US"
        and _SEC.search(ctx.release.text) is not None
    )
