"""The Onboarding page before a wizard opens: the steps explained, then the clients onboarded."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from tests.gui.conftest import until
from zaddesk.gui.onboarding.page import OnboardingPage

STAR = 210001  # a demo client (active, confirmed phone)


def start_page(window: Any) -> OnboardingPage:
    page = window.show_page("onboarding")
    assert isinstance(page, OnboardingPage)
    return page


def test_a_first_onboarding_is_explained_step_by_step(window: Any) -> None:
    page = start_page(window)
    assert page.ui.steps_box.isVisibleTo(page)
    steps = [page.ui.step_client, page.ui.step_registration, page.ui.step_phone,
             page.ui.step_topup]
    assert [label.text()[:5] for label in steps] == ["<b>1.", "<b>2.", "<b>3.", "<b>4."]
    assert "confirmed phone" in page.ui.step_phone.text()
    for hidden in (page.ui.sessions_view, page.ui.recent_view, page.ui.open_client):
        assert not hidden.isVisibleTo(page)
    assert page.ui.new_onboarding.isVisibleTo(page)


def test_recent_clients_open_in_the_clients_page_as_the_current_client(
    window: Any, arun: Any, qtbot: Any
) -> None:
    page = start_page(window)
    journal = page.journal
    done = journal.create_session({"email": "kontakt@zlotyklos.example.pl",
                                   "first_name": "Anna", "last_name": "Złota"},
                                  profile=window.ctx.profile.name)
    journal.update_session(done.id, client_id=STAR)
    journal.mark_done(done.id)
    other_profile = journal.create_session({"email": "x@example.com"}, profile="Elsewhere")
    journal.update_session(other_profile.id, client_id=210002)
    journal.mark_done(other_profile.id)
    page.reload()
    assert page.recent.rowCount() == 1  # only this profile's
    text = page.recent.index(0, 0).data()
    assert "kontakt@zlotyklos.example.pl" in text and "Anna Złota" in text
    assert str(STAR) in text
    assert not page.ui.steps_box.isVisibleTo(page)  # the list takes the room now
    assert page.ui.recent_view.isVisibleTo(page) and page.ui.open_client.isEnabled()

    page.ui.recent_view.setFocus()
    qtbot.keyClick(page.ui.recent_view, Qt.Key.Key_Return)

    async def opened() -> None:
        await until(lambda: window.current_page_id() == "clients", message="clients page")
        clients = window.page("clients")
        await until(lambda: clients.selected_client() is not None
                    and clients.selected_client().id == STAR, message="client selected")

    arun(opened())
    assert window.ctx.client is not None and window.ctx.client.user_id == STAR
