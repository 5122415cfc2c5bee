"""One error type per failure a caller must handle.

Each carries a `Message` so the CLI, the web UI and the API can show it in the
user's language.  `str(error)` is the Vietnamese text.
"""

from __future__ import annotations

from engine.messages import Message


class EngineError(Exception):
    def __init__(self, message: Message, *details: Message) -> None:
        self.message = message
        self.details = list(details)
        super().__init__(message.render("vi"))

    def render(self, lang: str = "vi") -> str:
        return self.message.render(lang)

    def render_all(self, lang: str = "vi") -> str:
        """The headline and each detail (e.g. every guard's reason) on a line of its own."""
        return "\n".join([self.render(lang)] + [f"  - {d.render(lang)}" for d in self.details])


class NotFound(EngineError):
    """The document, user, unit or type does not exist (or is not visible)."""


class NotAllowedFromState(EngineError):
    """The trigger exists but not from the document's current state."""


class PermissionDenied(EngineError):
    """The user holds no role, in the right unit, that may do this."""


class GuardFailed(EngineError):
    """One or more guards refused; `reasons` lists every one of them."""

    def __init__(self, message: Message, reasons: list[Message]) -> None:
        super().__init__(message, *reasons)
        self.reasons = reasons


class StaleDocument(EngineError):
    """Someone changed the document since the caller loaded it."""


class InvalidInput(EngineError):
    """Missing comment, missing or malformed fields, bad parameters."""
