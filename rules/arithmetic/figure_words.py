"""What a figure of an offering or a deal can be, and the words that name it: one table.

``figures`` reads each money, share and percent figure's role from the phrase it belongs
to: the head noun before it ("gross proceeds ... are expected to be $40.48 million", "a
combined price of $1.80", "Its fee, $441,000"), the words after it ("$0.07 million in sales
commissions", "$1.65, the closing price", "9.1% premium") or the verb it is the object of
("raised $2.14 million", "are purchasing 3,500,000 shares"). The vocabulary lives here, as
data: each concept lists its head nouns, the verbs whose object it is and the words that may
follow it, and the patterns are built from these lists (``figures`` never spells a head word
in a regular expression of its own). A referring expression ("That price", "that same
closing price", "the public offering price", "Those option shares") names a concept by the
same head nouns.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["CONCEPTS", "LINK_WORDS", "PART_SUBJECTS", "Concept"]


@dataclass(frozen=True, slots=True)
class Concept:
    """One role a figure can play, the kinds of figure that can play it and its words.

    ``nouns`` are head nouns (lower case, spaces between words) of the phrase a figure is
    the value of; ``verbs`` take the figure as their object; ``after`` are words that may
    follow the figure and name it ("before commissions" after a gross amount)."""

    name: str
    kinds: tuple[str, ...]
    nouns: tuple[str, ...] = ()
    verbs: tuple[str, ...] = ()
    after: tuple[str, ...] = ()


#: Concepts of the offering and deal side. Where two heads end at the same word ("sale
#: price" and "last reported sale price"), the longer one names the figure.
CONCEPTS: tuple[Concept, ...] = (
    Concept(
        "gross",
        ("money",),
        nouns=("gross proceeds", "aggregate gross proceeds", "gross amount", "gross"),
        verbs=("raise", "raised", "raises", "raising", "brought in", "bring in", "brings in"),
        after=(
            "in gross proceeds",
            "of gross proceeds",
            "in gross",
            "gross",
            "before deducting",
            "before commissions",
            "before fees",
            "before expenses",
            "before underwriting",
            "before placement",
            "before offering",
            "before sales commissions",
        ),
    ),
    Concept(
        "net",
        ("money",),
        nouns=("net proceeds", "net"),
        verbs=("to net", "netted", "will net", "would net"),
        after=("in net proceeds", "of net proceeds", "net"),
    ),
    Concept(
        "fee",
        ("money",),
        nouns=(
            "fee",
            "fees",
            "commission",
            "commissions",
            "expenses",
            "costs",
            "underwriting discounts",
            "underwriting discount",
        ),
        after=(
            "in commissions",
            "in sales commissions",
            "in fees",
            "in expenses",
            "in offering expenses",
            "in underwriting discounts",
            "in placement fees",
        ),
    ),
    Concept(
        "price",
        ("money",),
        nouns=(
            "price",
            "offering price",
            "public offering price",
            "purchase price",
            "combined price",
            "combined purchase price",
            "subscription price",
            "issue price",
            "average price",
            "average",
            "price per share",
            "price per unit",
        ),
        verbs=("priced at", "sold at", "sold to the public at", "paying"),
    ),
    Concept(
        "reference",
        ("money",),
        nouns=(
            "closing price",
            "closing sale price",
            "closing bid price",
            "closing bid",
            "last reported sale price",
            "last reported closing price",
            "last sale price",
            "market price",
            "volume-weighted average price",
            "volume weighted average price",
            "vwap",
            "average closing price",
            "trading price",
            "close",
        ),
    ),
    Concept(
        "exercise",
        ("money",),
        nouns=("exercise price", "strike price"),
        verbs=("exercisable at", "exercised at", "exercise at"),
    ),
    Concept(
        "consideration",
        ("money",),
        nouns=(
            "consideration",
            "total consideration",
            "merger consideration",
            "offer price",
            "per share consideration",
        ),
    ),
    Concept(
        "value",
        ("money",),
        nouns=("equity value", "implied equity value", "implied value", "transaction value"),
        verbs=("worth", "is worth", "valued at"),
    ),
    # what a buyback cost: "repurchased $18.0 million of its shares", "for a total of $12.3
    # million", "for $9.5 million" after the count bought back
    Concept(
        "spent",
        ("money",),
        nouns=("total cost", "aggregate cost", "aggregate purchase price", "total purchase price"),
        verbs=(
            "repurchased",
            "bought back",
            "for a total of",
            "a total of",
            "for an aggregate of",
            "at a total cost of",
            "for a total cost of",
            "for",
        ),
    ),
    # capital returned to holders (dividends and buybacks together): no buyback's cost
    Concept(
        "returned",
        ("money",),
        verbs=("returning", "returning a total of", "returned", "returned a total of"),
    ),
    Concept(
        "repurchased",
        ("shares",),
        verbs=("repurchased", "repurchase", "repurchasing", "bought back", "buy back", "retired"),
    ),
    # equity value plus net debt: never the count x price of the shares
    Concept("enterprise", ("money",), nouns=("enterprise value",)),
    Concept(
        "conversion",
        ("money",),
        nouns=("conversion price",),
        verbs=("converted at", "convert at", "convertible at"),
    ),
    Concept("stated value", ("money",), nouns=("stated value",)),
    Concept(
        "extra",
        ("money",),
        verbs=("add", "adds", "would add", "receive an additional", "an additional", "a further"),
    ),
    Concept(
        "sold",
        ("shares",),
        verbs=(
            "sell",
            "sells",
            "sold",
            "selling",
            "purchase",
            "purchasing",
            "purchased",
            "buy",
            "buying",
            "bought",
            "issue",
            "issuing",
            "offering of",
            "sale of",
            "placement of",
            "consisting of",
            "subscribe for",
            "subscribed for",
        ),
    ),
    Concept(
        "issued",
        ("shares",),
        verbs=("issuance of", "became", "become", "into", "issued"),
    ),
    Concept(
        "held",
        ("shares",),
        verbs=("held", "holds", "hold", "own", "owns", "owned", "will own", "will hold"),
        after=("held",),
    ),
    Concept(
        "outstanding",
        ("shares",),
        nouns=("shares outstanding", "outstanding shares"),
        after=("outstanding", "shares outstanding", "shares of common stock outstanding"),
    ),
    Concept(
        "authorized",
        ("shares",),
        nouns=("authorized shares",),
        after=("authorized", "authorised"),
    ),
    Concept(
        "premium",
        ("percent",),
        nouns=("premium",),
        after=("premium", "above"),
    ),
    Concept(
        "discount",
        ("percent",),
        nouns=("discount",),
        after=("discount", "below", "under"),
    ),
)

#: Words that may stand between a head noun and its figure ("are expected to be", "should
#: come to approximately", "estimated at roughly", "was likewise"): copulas, hedges,
#: articles and the prepositions that attach a value.
LINK_WORDS: tuple[str, ...] = (
    "is",
    "was",
    "were",
    "are",
    "be",
    "been",
    "being",
    "will",
    "would",
    "should",
    "could",
    "can",
    "may",
    "expected",
    "estimated",
    "anticipated",
    "projected",
    "set",
    "fixed",
    "to",
    "total",
    "totals",
    "totaled",
    "totalled",
    "totaling",
    "totalling",
    "come",
    "came",
    "amount",
    "amounts",
    "amounted",
    "equal",
    "equals",
    "equaled",
    "stood",
    "stands",
    "reach",
    "reached",
    "rise",
    "rises",
    "rose",
    "fall",
    "falls",
    "fell",
    "of",
    "at",
    "approximately",
    "about",
    "roughly",
    "around",
    "some",
    "nearly",
    "almost",
    "likewise",
    "also",
    "now",
    "still",
    "just",
    "only",
    "a",
    "an",
    "the",
)

#: Who buys a part of a sale rather than all of it: an insider or one investor ("He is
#: buying 250,000 shares in the placement", "the chairman will purchase ...").
PART_SUBJECTS: tuple[str, ...] = (
    "he",
    "she",
    "mr",
    "ms",
    "mrs",
    "dr",
    "chairman",
    "chairwoman",
    "chair",
    "founder",
    "co-founder",
    "director",
    "directors",
    "officer",
    "officers",
    "insider",
    "insiders",
    "management",
    "affiliate",
    "affiliates",
    "an investor",
    "one investor",
    "a fund",
    "certain",
)
