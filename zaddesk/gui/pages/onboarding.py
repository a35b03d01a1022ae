"""Placeholder for the onboarding page (the real page replaces this module)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from zaddesk.gui.pages.base import PlaceholderPage


class OnboardingPage(PlaceholderPage):
    page_id = "onboarding"

    def placeholder_text(self) -> str:
        return QCoreApplication.translate(
            "Pages",
            "Onboarding a new client will happen here: registration, e-mail and phone "
            "confirmation, test credit and the first top-up, step by step.",
        )
