"""Non-GAAP financial measures (NG001-NG006): Regulation G and Item 10(e) of Regulation S-K.

``measures`` recognises the non-GAAP measures a release presents (labelled or not), their
most directly comparable GAAP measure, the reconciliation, the non-GAAP label and where
each appears; one module per rule reads that analysis.
"""

from __future__ import annotations

from disclint.api import Rule
from disclint.rules.nongaap.ng001 import missing_gaap_pair
from disclint.rules.nongaap.ng002 import missing_reconciliation
from disclint.rules.nongaap.ng003 import non_gaap_prominence
from disclint.rules.nongaap.ng004 import characterization_asymmetry
from disclint.rules.nongaap.ng005 import recurring_non_recurring
from disclint.rules.nongaap.ng006 import labels_and_per_share

RULES: list[Rule] = [
    missing_gaap_pair,
    missing_reconciliation,
    non_gaap_prominence,
    characterization_asymmetry,
    recurring_non_recurring,
    labels_and_per_share,
]
