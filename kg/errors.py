"""The exceptions kg raises: one root, one class per kind of user-facing failure.

The CLI turns any :class:`KGError` into one line on stderr and exit code 2, so every
message must name the bad value and say what to do instead.
"""


class KGError(Exception):
    """Root of every error kg raises on purpose."""


class InputError(KGError):
    """A document, path or option the user gave cannot be used."""


class QueryError(KGError):
    """A SPARQL query is malformed or cannot be answered."""


class OutputError(KGError):
    """An output file or folder cannot be written."""
