"""Offering and transaction communications (OFF001-OFF006): Securities Act §5 and the proxy
and tender-offer rules.

``kind`` classifies the communication (unregistered offering, registered offering before or
after filing, business combination with a vote or tender offer) and finds its legends; one
module per rule checks what that kind requires.
"""

from __future__ import annotations

from disclint.api import Rule
from disclint.rules.offerings.off001 import unregistered_offering_legend
from disclint.rules.offerings.off002 import unregistered_notice_content
from disclint.rules.offerings.off003 import pre_filing_notice
from disclint.rules.offerings.off004 import prospectus_availability
from disclint.rules.offerings.off005 import transaction_legends
from disclint.rules.offerings.off006 import offering_period_price_support

RULES: list[Rule] = [
    unregistered_offering_legend,
    unregistered_notice_content,
    pre_filing_notice,
    prospectus_availability,
    transaction_legends,
    offering_period_price_support,
]
