"""``python -m disclint`` runs the command-line interface."""

from disclint.entry import console

console()
