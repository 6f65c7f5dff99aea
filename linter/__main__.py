"""``python -m disclint`` runs the command-line interface."""

from disclint.cli import main

main()
