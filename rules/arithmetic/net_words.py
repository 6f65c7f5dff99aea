"""The words the EPS readers (``eps_after_net``, ``eps_clauses``) read a net result by.

Pattern sources, not compiled patterns: each reader compiles them with ``lazy_compile(...,
re.I)``, and the same text gives the same compiled pattern, so the two readers cannot drift
apart on what counts as a net result, a non-GAAP measure or a comparison's base.
"""

from __future__ import annotations

__all__ = ["COMPARISON_BASE_BEFORE", "NET_RESULT_WORDS", "NOT_GAAP_WORDS"]

#: "net income", "net loss", "net earnings", "net profit": the GAAP bottom line.
NET_RESULT_WORDS = r"\bnet\s+(?:income|loss|earnings|profit)\b"
#: A measure that is not the GAAP net result: "adjusted", "non-GAAP", "core", "pro forma",
#: "operating".
NOT_GAAP_WORDS = r"\badjusted\b|\bnon-gaap\b|\bcore\b|\bpro\s+forma\b|\boperating\b"
#: A comparison's base introduced within 40 characters before a figure: "compared with the
#: prior year's", "from", "versus", "than".
COMPARISON_BASE_BEFORE = (
    r"\b(?:from|compared\s+(?:to|with)|versus|vs\.?|against|than)\b[^.;]{0,40}$"
)
