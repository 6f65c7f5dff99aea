"""Errors a user can act on. Each prints as one line and makes the run exit with code 2."""

from __future__ import annotations


class DisclintError(Exception):
    """Base class: the message is the whole one-line explanation shown to the user."""


class InputError(DisclintError):
    """A file could not be read as a release (missing, binary, empty, undecodable, broken)."""

    def __init__(self, path: str, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem


class ConfigError(DisclintError):
    """A configuration file or command-line option is wrong; names the file, key and problem."""
