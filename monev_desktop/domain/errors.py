"""The errors every layer raises to a user: each carries a sentence in Indonesian."""


class MonevError(Exception):
    """Base of every error whose message can be shown to a user as it is."""


class ValidationError(MonevError):
    """Input was refused; `errors` maps each field name to its Indonesian message."""

    def __init__(self, errors: dict[str, str]):
        self.errors = dict(errors)
        super().__init__(" ".join(self.errors.values()))


class PermissionDenied(MonevError):
    """The user lacks the role (or acting appointment) the action needs."""


class ConflictError(MonevError):
    """Someone else changed the record first (for example: the task was already done)."""


class NotFound(MonevError):
    """The record asked for does not exist."""


class AuthenticationError(MonevError):
    """Login refused: wrong user or password, inactive or locked account."""


class DefinitionError(MonevError):
    """A process definition file is malformed; the message names the file and line."""
