"""Disclosure timing, filing triggers and corporate actions (DISC001-DISC006): Regulation
FD, exchange notification, Form 8-K and Schedule 13D/G reminders, Rule 10b-17 corporate
actions, OTC Markets tier tests and half-truth framing (Rule 10b-5(b)).
"""

from __future__ import annotations

from disclint.api import Rule
from disclint.rules.disclosure.disc001 import selective_disclosure
from disclint.rules.disclosure.disc002 import release_timing
from disclint.rules.disclosure.disc003 import filing_triggers
from disclint.rules.disclosure.disc004 import corporate_action_details
from disclint.rules.disclosure.disc005 import otc_bid_test
from disclint.rules.disclosure.disc006 import half_truth_framing

RULES: list[Rule] = [
    selective_disclosure,
    release_timing,
    filing_triggers,
    corporate_action_details,
    otc_bid_test,
    half_truth_framing,
]
