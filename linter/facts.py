"""Facts: what rules compute from a release once and share, each with its span.

A ``Facts`` object is made lazily for each release the first time a rule asks for it, and
every attribute is computed on first use: a run that selects only the contact rules never
pays for the arithmetic extraction. Rules read facts; they never re-parse text that a
fact already describes.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING, Any, TypeVar

from disclint.contacts import find_emails, find_phones
from disclint.sentences import sentence_spans

if TYPE_CHECKING:
    from disclint.cues import CueReading
    from disclint.model import Paragraph, Quote, Release, SectionKind
    from disclint.quantities import Quantity
    from disclint.tickers import TickerMention

_T = TypeVar("_T")


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of the release: offsets into ``Release.text``, its section, and the quote
    it belongs to (if it sits inside quotation marks)."""

    start: int
    end: int
    text: str
    section: SectionKind | None
    paragraph: Paragraph
    quote: Quote | None = None


@dataclass(frozen=True, slots=True)
class Token:
    """A located piece of text (an e-mail address, a phone number) in ``Release.text``."""

    start: int
    end: int
    text: str
    section: SectionKind | None


class Facts:
    """Lazily computed facts about one release.

    The engine makes one ``Facts`` per release and gives it to every rule, so what several
    rules derive from the facts (the arithmetic analysis, a cue reading, the release's
    standing) is kept here too, with ``memo``: computed once per release, dropped with it.
    """

    def __init__(self, release: Release) -> None:
        self.release = release
        self._memo: dict[Hashable, Any] = {}

    def close(self) -> None:
        """Drop everything computed (the engine calls this when the rules are done).

        What rules keep in ``memo`` often points back here (an analysis holds its
        ``Facts``), a cycle that only the cyclic garbage collector would free: a large
        release's objects then outlived its check until the next collection, and the peaks
        of two large releases added up. Dropping them here lets reference counting free
        the release at once. The folded texts ``prefilter.fold`` keeps go with them."""
        from disclint.prefilter import forget_folds

        self._memo.clear()
        self.__dict__.clear()
        forget_folds()

    def memo(self, key: Hashable, make: Callable[[], _T]) -> _T:
        """The value stored under ``key`` for this release, made by ``make`` on first use."""
        if key not in self._memo:
            self._memo[key] = make()
        value: _T = self._memo[key]
        return value

    @cached_property
    def sentences(self) -> list[Sentence]:
        """Every sentence of every block, in document order (tables excluded)."""
        release = self.release
        found: list[Sentence] = []
        for paragraph in release.paragraphs():
            if paragraph.rows is not None:
                continue
            base = paragraph.span.text_start
            for start, end in sentence_spans(paragraph.text):
                absolute = base + start
                found.append(
                    Sentence(
                        start=absolute,
                        end=base + end,
                        text=paragraph.text[start:end],
                        section=release.section_at(absolute),
                        paragraph=paragraph,
                        quote=release.quote_at(absolute),
                    )
                )
        return found

    @cached_property
    def folded(self) -> str:
        """The release's text case folded (``disclint.prefilter.fold``), for ``may_match``:
        a pattern whose required literals the whole release lacks need not run per sentence."""
        from disclint.prefilter import fold

        return fold(self.release.text)

    @cached_property
    def folded_sentences(self) -> list[str]:
        """Each sentence's text case folded, in the order of ``sentences`` (folded once and
        shared by every rule that tests ``may_match`` per sentence)."""
        from disclint.prefilter import fold

        text = self.release.text
        if not self.folds_in_place:
            return [fold(sentence.text) for sentence in self.sentences]
        # each character folds to one at its own offset: a sentence that is the release's
        # text at its offsets (every one the parser makes) folds to the same slice of the
        # folded release, taken without folding it again
        folded = self.folded
        return [
            folded[s.start : s.start + len(s.text)]
            if text.startswith(s.text, s.start)
            else fold(s.text)
            for s in self.sentences
        ]

    @cached_property
    def folds_in_place(self) -> bool:
        """Whether ``folded`` holds the fold of each character of the release's text at the
        character's own offset, so that ``folded[a:b]`` is the fold of ``text[a:b]``: when
        no character folds to several ("ß": "ss") or to none (a combining dot above, which
        ``fold`` drops; only it folds to nothing), which the equal lengths then show."""
        text = self.release.text
        return len(self.folded) == len(text) and "\u0307" not in text

    @cached_property
    def emails(self) -> list[Token]:
        """E-mail-like tokens anywhere in the release (loosely matched, not validated)."""
        return self._tokens(find_emails(self.release.text))

    @cached_property
    def phones(self) -> list[Token]:
        """Phone-number-like tokens anywhere in the release."""
        return self._tokens(find_phones(self.release.text))

    def _tokens(self, spans: list[tuple[int, int]]) -> list[Token]:
        text = self.release.text
        return [Token(a, b, text[a:b], self.release.section_at(a)) for a, b in spans]

    @cached_property
    def quantities(self) -> list[Quantity]:
        """Money, share counts, prices, percentages, multiples, ratios with tolerance
        (see ``disclint.quantities``)."""
        from disclint.quantities import extract_quantities

        return extract_quantities(self)

    @cached_property
    def tickers(self) -> list[TickerMention]:
        """Ticker symbols with their venue, as written ("(OTCQB: ASTI)")."""
        from disclint.tickers import find_tickers

        return find_tickers(self.release)

    def sentences_in(self, *sections: SectionKind) -> list[Sentence]:
        """The sentences whose section is one of ``sections``."""
        wanted = set(sections)
        return [s for s in self.sentences if s.section in wanted]

    @cached_property
    def fls_cues(self) -> CueReading:
        """Forward-looking cues of the headline, body and quotes (built-in lexicon), the
        sentences they make forward-looking, and the cautionary legend (``disclint.cues``)."""
        from disclint.cues import read_cues

        return read_cues(self)
