"""disclint: a regulatory-disclosure linter for corporate press releases.

Importing the package is deliberately cheap (a pre-commit hook starts a fresh process on
every commit); the parser, the rules and the reporters load only when a command needs them.
"""

__version__ = "0.1.0"
