"""The onboarding wizard: six ``QWizardPage``s over one ``OnboardingFlow`` (zaddesk.core).

Each page composes a Designer form (``ui/onboarding_*.ui``) whose inputs are named after the
API parameter they feed, so the flow's ``FieldErrors`` and the server's refusals land at the
input. Pages are also error surfaces for the task runner: every request runs through
``ctx.runner`` with the page as owner.

Rules kept here, on top of the flow's own:

- A button that sends something starts at most one task at a time (``WizardStep.send``): a
  double click or a repeated ``clicked`` signal is ignored while the first is running, and
  the flow itself shares one request between concurrent callers.
- Confirmations use ``dialogs.ask`` (``open()`` + ``finished``), never ``exec()``.
- Opening a wizard on a resumed session only reads the journal: nothing is sent until the
  rep presses a button. Read-only requests (price plans, balances) may run.
- A top-up with a lost answer opens ``ReconcileDialog``; it is never sent again by itself.
- Any other request of a step whose answer was lost (or that a crash left unanswered) is
  shown in a ``LostAnswerBox``: read the server to settle it, or decide what cannot be read.
- A registration refused because an earlier attempt registered the e-mail offers to go on
  with that client.
"""

from __future__ import annotations

import contextlib
import logging
import math
import re
from collections.abc import Awaitable, Callable, Iterable
from decimal import Decimal
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QLocale, QMarginsF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QShowEvent,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QCompleter,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from zaddesk.core.journal import StepRecord
from zaddesk.core.money import Balances, Money
from zaddesk.core.onboarding import (
    Action,
    AlreadyDone,
    AlreadyRegistered,
    Cooldown,
    FieldErrors,
    FormChoices,
    NotSent,
    OnboardingFlow,
    OutcomeUnknown,
    PhoneNeeded,
    RegistrationResult,
    ResumePoint,
    Step,
    StepBlocked,
    TopupResult,
    WrongStep,
    form_choices,
)
from zaddesk.core.validation import (
    LANGUAGES,
    ClientForm,
    Issue,
    ParsedPhone,
    check_amount,
    parse_phone,
    validate_field,
)
from zaddesk.gui.context import AppContext
from zaddesk.gui.dialogs import ask
from zaddesk.gui.forms.ui_onboarding_client import Ui_OnboardingClientForm
from zaddesk.gui.forms.ui_onboarding_next import Ui_OnboardingNextForm
from zaddesk.gui.forms.ui_onboarding_phone import Ui_OnboardingPhoneForm
from zaddesk.gui.forms.ui_onboarding_registration import Ui_OnboardingRegistrationForm
from zaddesk.gui.forms.ui_onboarding_summary import Ui_OnboardingSummaryForm
from zaddesk.gui.forms.ui_onboarding_topup import Ui_OnboardingTopupForm
from zaddesk.gui.journals import journal_for
from zaddesk.gui.messages import issue_text, move_limit_text, translate_core
from zaddesk.gui.onboarding.lost import LostAnswerBox, verdict_text
from zaddesk.gui.page import Banner, ErrorSurfaceMixin
from zaddesk.gui.page import FieldErrors as FieldMarks
from zaddesk.gui.reconcile import ReconcileDialog, format_money
from zaddesk.gui.tasks import TaskInfo

__all__ = [
    "OnboardingWizard",
    "country_choices",
    "journal_for",
    "language_name",
]

log = logging.getLogger("zaddesk.gui.onboarding")

PAGE_IDS: dict[Step, int] = {step: n for n, step in enumerate(Step)}

# ------------------------------------------------------------------ countries and languages

def _ui_locale_code() -> str:
    return QLocale().name().split("_")[0] or "en"


def _region(number: str) -> str:
    import phonenumbers

    digits = re.sub(r"\D", "", number)
    if len(digits) < 6:
        return ""
    try:
        region = phonenumbers.region_code_for_number(phonenumbers.parse("+" + digits))
    except phonenumbers.NumberParseException:
        return ""
    return str(region) if region and region != "ZZ" else ""


def dealer_country(client_numbers: Iterable[str], language: str) -> str:
    """Where the dealer works: the country most of the dealer's clients' phones are in, else
    the UI language's or the system's (see :func:`guess_country`)."""
    from collections import Counter

    counted = Counter(r for r in map(_region, client_numbers) if r)
    if counted:
        return counted.most_common(1)[0][0]
    return guess_country((), language)


def guess_country(known_numbers: Iterable[str], language: str) -> str:
    """The client's country from a number the server or cache knows, else the dealer's.

    The Zadarma API keeps no country for a client, but a contact phone carries its country
    code. Without one, the UI language's country stands for the dealer's (PL for Polish);
    failing that the system locale's. A number typed with + works whatever is chosen.
    """
    for known in known_numbers:
        region = _region(known)
        if region:
            return region
    if language == "pl":
        return "PL"
    system = QLocale.system()
    if system.language() in (QLocale.Language.C, QLocale.Language.AnyLanguage):
        return ""
    from zaddesk.core.validation import COUNTRIES

    code = QLocale.territoryToCode(system.territory())
    return code if code in COUNTRIES else ""


def phone_placeholder(country: str) -> str:
    """An example in the country's own format, and the reminder that + works for any."""
    import phonenumbers

    example = None
    if country:
        example = phonenumbers.example_number_for_type(
            country, phonenumbers.PhoneNumberType.MOBILE)
    if example is None:
        return QCoreApplication.translate(
            "OnboardingPhone", "international number with +, e.g. +48 601 234 567")
    national = phonenumbers.format_number(example, phonenumbers.PhoneNumberFormat.NATIONAL)
    return QCoreApplication.translate(
        "OnboardingPhone", "e.g. {0} ({1}), or an international number with +").format(
        national, country)


def country_choices(language: str | None = None) -> list[tuple[str, str]]:
    """(ISO code, name in the UI language), sorted by name as people in that language sort."""
    from zaddesk.core.validation import COUNTRIES

    code = language or _ui_locale_code()
    names: dict[str, str] = {}
    try:
        from babel import Locale

        territories = Locale.parse(code).territories
        names = {c: str(territories.get(c, "")) for c in COUNTRIES}
    except Exception:  # babel missing or no data for the language: Qt's English names
        log.debug("country names from Qt, not babel", exc_info=True)
    for c in COUNTRIES:
        if not names.get(c):
            territory = QLocale.codeToTerritory(c)
            names[c] = QLocale.territoryToString(territory) if territory.value else c
    collator_key = _collation_key(code)
    return sorted(names.items(), key=lambda item: collator_key(item[1]))


def _collation_key(language: str) -> Callable[[str], Any]:
    try:
        from PySide6.QtCore import QCollator

        collator = QCollator(QLocale(language))
        return collator.sortKey
    except Exception:  # pragma: no cover - QCollator is part of QtCore
        return str.casefold


def language_name(code: str) -> str:
    """An interface language (API code) named in the UI language."""
    iso = {"ua": "uk"}.get(code, code)
    try:
        from babel import Locale

        name = Locale.parse(_ui_locale_code()).languages.get(iso)
        if name:
            return f"{name} ({code})"
    except Exception:
        log.debug("language names from Qt, not babel", exc_info=True)
    return f"{QLocale.languageToString(QLocale(iso).language())} ({code})"


# ------------------------------------------------------------------ the pages

class WizardStep(ErrorSurfaceMixin, QWizardPage):
    """A wizard page with a banner, inline field errors, and one-task-per-button sending."""

    step: Step = Step.CLIENT_DATA
    settles: bool = False  # shows its requests whose answer was lost (LostAnswerBox)

    def __init__(self, wizard: OnboardingWizard) -> None:
        super().__init__(wizard)
        self.wiz = wizard
        self.ctx = wizard.ctx
        self.setObjectName(f"step_{self.step.value}")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.banner = Banner(self)
        layout.addWidget(self.banner)
        self.lost: LostAnswerBox | None = None
        if self.settles:
            self.lost = LostAnswerBox(self)
            self.lost.check_requested.connect(self.settle_lost)
            self.lost.decided.connect(self.decide_lost)
            layout.addWidget(self.lost)
        self.form = QWidget(self)
        layout.addWidget(self.form, 1)
        self.errors = FieldMarks(self, self.banner)
        self.sending: dict[str, TaskInfo] = {}

    @property
    def flow(self) -> OnboardingFlow:
        return self.wiz.flow

    def send(self, key: str, factory: Callable[[], Awaitable[Any]], *, title: str,
             on_success: Callable[[Any], None] | None = None,
             on_error: Callable[[BaseException], bool] | None = None) -> TaskInfo | None:
        """Run one request for ``key``; a second press while it runs does nothing."""
        running = self.sending.get(key)
        if running is not None and running.running:
            log.debug("%s already running; repeated trigger ignored", key)
            return None

        def handle(exc: BaseException) -> bool:
            if on_error is not None and on_error(exc):
                return True
            return self.handle_error(exc)

        info = self.ctx.runner.run(factory, title=title, owner=self, on_success=on_success,
                                   on_error=handle)
        self.sending[key] = info
        self.update_buttons()
        if info.task is not None:
            info.task.add_done_callback(lambda _t: self._sent(key))
        return info

    def _sent(self, key: str) -> None:
        self.sending.pop(key, None)
        if shiboken6.isValid(self):
            # The runner's success/error callbacks run before this one; refresh buttons after
            # (not at all once the page is gone).
            QTimer.singleShot(0, self, self._after_send)

    def _after_send(self) -> None:
        self.show_lost()
        self.update_buttons()

    def busy(self, key: str | None = None) -> bool:
        if key is not None:
            info = self.sending.get(key)
            return info is not None and info.running
        return any(i.running for i in self.sending.values())

    def handle_error(self, exc: BaseException) -> bool:
        """The flow's failures, explained where the rep looks."""
        if isinstance(exc, FieldErrors):
            shown = False
            for name, issue in exc.issues.items():
                shown = self.show_field_error(name, issue_text(issue)) or shown
            if not shown:
                self.show_banner("; ".join(issue_text(i) for i in exc.issues.values()))
            return True
        if isinstance(exc, Cooldown):
            self.show_banner(self.tr("Wait {0} s before sending a new code.").format(
                math.ceil(exc.remaining)), "warning")
            return True
        if isinstance(exc, StepBlocked):
            self.show_banner(self.tr(
                "An earlier request of this step has an unknown outcome; decide it first."),
                "warning")
            self.refresh()
            return True
        if isinstance(exc, NotSent):
            self.show_banner(self.tr(
                "The request did not reach the server (nothing was changed); try again. "
                "Reason: {0}").format(str(exc)))
            return True
        if isinstance(exc, OutcomeUnknown):
            self.show_banner(self.tr(
                "The answer was lost: the request may or may not have been carried out. "
                "Nothing will be sent again by itself."), "warning")
            self.refresh()
            return True
        if isinstance(exc, WrongStep):
            self.show_banner(translate_core(str(exc)))
            return True
        return False

    def update_buttons(self) -> None:
        """Enable what makes sense now (subclasses)."""

    def retranslate(self) -> None:
        """Set the texts (subclasses)."""

    def refresh(self) -> None:
        self.show_lost()
        self.update_buttons()
        self.completeChanged.emit()

    def show_lost(self) -> None:
        if self.lost is not None:
            self.lost.show_for(self.unsettled(), busy=self.busy())

    # -- requests whose answer was lost -----------------------------------------------

    def unsettled(self) -> list[StepRecord]:
        """This step's requests whose outcome nobody knows (the box offers a way out)."""
        return self.flow.unsettled(self.step) if self.settles else []

    def settle_lost(self, step_id: int) -> None:
        """Read the server about a lost request (sends nothing that changes anything)."""

        def done(found: Any) -> None:
            if found.settled:
                self.show_banner(verdict_text(found.step, found.verdict), "info")
                self.wiz.client_changed()
            else:
                self.banner.clear()  # the box asks what the server could not tell
            self.refresh()

        self.send("settle", lambda: self.flow.settle(step_id),
                  title=self.tr("Check on the server"), on_success=done)

    def decide_lost(self, step_id: int, applied: bool) -> None:
        """The rep's answer to what the server could not tell."""
        self.flow.resolve_unknown(step_id, applied=applied,
                                  note="decided in the wizard after reading the server")
        self.banner.clear()
        self.wiz.client_changed()
        self.refresh()


class ClientDataStep(WizardStep):
    step = Step.CLIENT_DATA
    TEXT_FIELDS = ("email", "first_name", "last_name", "middle_name", "organization", "city",
                   "address", "phone", "password")

    def __init__(self, wizard: OnboardingWizard) -> None:
        super().__init__(wizard)
        self.ui = Ui_OnboardingClientForm()
        self.ui.setupUi(self.form)  # type: ignore[no-untyped-call]
        self.choices: FormChoices | None = None
        self._filling = False
        self._checking = False
        ui = self.ui
        completer = QCompleter(ui.country.model(), ui.country)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        ui.country.setCompleter(completer)
        ui.country.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for combo in (ui.country, ui.language, ui.currency, ui.tariff):
            # Long names (countries, price plans) must not decide the column's width.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(10)
            combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        for column in (ui.left_form, ui.right_form):
            # Error rows take no room until they have something to say (FieldErrors), so
            # the fields sit at an ordinary distance.
            column.setVerticalSpacing(8)
        for line_edit in self.form.findChildren(QLineEdit):
            # Enough to see what is typed; a narrow window squeezes the docks, not the inputs.
            line_edit.setMinimumWidth(line_edit.fontMetrics().averageCharWidth() * 14)
        self.fill_countries()
        self.fill_languages(list(LANGUAGES))
        self.save_timer = QTimer(self)
        self.save_timer.setSingleShot(True)
        self.save_timer.setInterval(400)
        self.save_timer.timeout.connect(self.save)
        # Checked as typed: once the rep pauses, not at every keystroke.
        self.check_timer = QTimer(self)
        self.check_timer.setSingleShot(True)
        self.check_timer.setInterval(700)
        self._typing = ""
        self.check_timer.timeout.connect(lambda: self.check(self._typing))
        for name in self.TEXT_FIELDS:
            edit: QLineEdit = getattr(ui, name)
            edit.textEdited.connect(lambda _t, n=name: self.edited(n))
            edit.editingFinished.connect(lambda n=name: self.check(n))
        ui.country.currentIndexChanged.connect(lambda _i: self.edited("country"))
        country_edit = ui.country.lineEdit()
        assert country_edit is not None  # the combo is editable (see the form)
        country_edit.editingFinished.connect(self._country_typed)
        ui.language.currentIndexChanged.connect(lambda _i: self.edited("language"))
        ui.currency.currentIndexChanged.connect(self._currency_changed)
        ui.tariff.currentIndexChanged.connect(lambda _i: self.edited("tariff"))
        for label in ("email_label", "first_name_label", "country_label"):
            widget: QLabel = getattr(ui, label)
            widget.setText(widget.text().rstrip(":") + " *:")

    # -- filling ---------------------------------------------------------------------

    def fill_countries(self) -> None:
        combo = self.ui.country
        current = combo.currentData()
        self._filling = True
        combo.clear()
        combo.addItem("", "")
        for code, name in country_choices():
            combo.addItem(f"{name} ({code})", code)
        self._set_combo(combo, current or "")
        self._filling = False

    def fill_languages(self, codes: list[str]) -> None:
        combo = self.ui.language
        current = combo.currentData() or ""
        self._filling = True
        combo.clear()
        combo.addItem(self.tr("(server default)"), "")
        for code in codes:
            combo.addItem(language_name(code), code)
        self._set_combo(combo, current)
        self._filling = False

    def fill_choices(self, choices: FormChoices) -> None:
        self.choices = choices
        self._filling = True
        combo = self.ui.currency
        current = combo.currentData() or self.wiz.point_form.currency or ""
        combo.clear()
        combo.addItem(self.tr("(server default)"), "")
        for code in choices.currencies:
            combo.addItem(code, code)
        self._set_combo(combo, current)
        self.fill_languages(choices.languages or list(LANGUAGES))
        self._filling = True
        tariff = self.ui.tariff
        wanted = tariff.currentData()
        if wanted is None:
            wanted = self.wiz.point_form.tariff
        tariff.clear()
        tariff.addItem(self.tr("(server default)"), None)
        for plan in choices.price_plans:
            tariff.addItem(plan.label, plan.tariff_id)
        self._set_combo(tariff, wanted)
        self._filling = False

    @staticmethod
    def _set_combo(combo: QComboBox, value: Any) -> None:
        index = combo.findData(value)
        combo.setCurrentIndex(index if index >= 0 else 0)

    def load_choices(self) -> None:
        api = self.ctx.api
        if api is None:
            return
        currency = self.ui.currency.currentData() or self.wiz.point_form.currency or "USD"
        self.ctx.runner.run(lambda: form_choices(api, currency),
                            title=self.tr("Read price plans"), owner=self, name="choices",
                            on_success=self.fill_choices)

    def set_form(self, form: ClientForm) -> None:
        ui = self.ui
        self._filling = True
        for name in self.TEXT_FIELDS:
            if name != "password":
                getattr(ui, name).setText(getattr(form, name))
        self._set_combo(ui.country, form.country)
        if form.country and ui.country.currentData() != form.country:
            ui.country.setEditText(form.country)
        self._set_combo(ui.language, form.language)
        if form.currency and ui.currency.findData(form.currency) < 0:
            ui.currency.addItem(form.currency, form.currency)
        self._set_combo(ui.currency, form.currency)
        if form.tariff is not None and ui.tariff.findData(form.tariff) < 0:
            ui.tariff.addItem(str(form.tariff), form.tariff)
        self._set_combo(ui.tariff, form.tariff)
        self._filling = False
        self.update_phone_hint()

    def form_data(self) -> ClientForm:
        ui = self.ui
        tariff = ui.tariff.currentData()
        return ClientForm(
            email=ui.email.text().strip(),
            first_name=ui.first_name.text().strip(),
            last_name=ui.last_name.text().strip(),
            middle_name=ui.middle_name.text().strip(),
            organization=ui.organization.text().strip(),
            country=str(ui.country.currentData() or self._typed_country() or ""),
            city=ui.city.text().strip(),
            address=ui.address.text().strip(),
            phone=ui.phone.text().strip(),
            language=str(ui.language.currentData() or ""),
            currency=str(ui.currency.currentData() or ""),
            tariff=int(tariff) if tariff not in (None, "") else None,
            password=ui.password.text(),
        )

    def _typed_country(self) -> str:
        text = self.ui.country.currentText().strip()
        return text.upper() if len(text) == 2 else text

    def _country_typed(self) -> None:
        combo = self.ui.country
        text = combo.currentText().strip()
        if not text:
            return
        index = combo.findText(text, Qt.MatchFlag.MatchFixedString)
        if index < 0 and len(text) == 2:
            index = combo.findData(text.upper())
        if index < 0:
            index = combo.findText(text, Qt.MatchFlag.MatchStartsWith)
        if index >= 0:
            combo.setCurrentIndex(index)
        self.check("country")

    # -- live checks -----------------------------------------------------------------

    def edited(self, name: str) -> None:
        if self._filling:
            return
        self.errors.clear(name)
        if name in ("phone", "country"):
            self.update_phone_hint()
        if name == "country" and self.ui.phone.text().strip():
            self.check("phone")
        if name in self.TEXT_FIELDS:
            self._typing = name
            self.check_timer.start()
        self.save_timer.start()

    def check(self, name: str) -> Issue | None:
        """Check one input (typing paused or input left); the mark never moves the focus."""
        if self._checking or not name:
            return None
        form = self.form_data()
        if name == "email" and not form.email:
            return None  # "required" is said on Next, not while tabbing through
        tariffs = self.choices.tariff_ids if self.choices else None
        currencies = self.choices.currencies if self.choices else None
        issue = validate_field(name, form, tariffs=tariffs, currencies=currencies)
        if issue is None:
            self.errors.clear(name)
            return None
        focus = QApplication.focusWidget()
        self._checking = True
        try:
            self.errors.show(name, issue_text(issue))
            if focus is not None:
                focus.setFocus(Qt.FocusReason.OtherFocusReason)
        finally:
            self._checking = False
        return issue

    def update_phone_hint(self) -> None:
        form = self.form_data()
        hint = ""
        if form.phone:
            parsed = parse_phone(form.phone, form.country)
            if isinstance(parsed, ParsedPhone):
                hint = self.tr("Phone as it will be sent: {0}").format(parsed.display)
        self.ui.phone_hint.setText(hint)

    def _currency_changed(self, _index: int) -> None:
        if self._filling:
            return
        self.edited("currency")
        self.load_choices()

    def save(self) -> None:
        """Keep what was typed in the journal (never the password)."""
        if self.flow.form_locked():
            return
        with contextlib.suppress(WrongStep):
            self.flow.save_form(self.form_data())

    def show_frozen(self) -> None:
        """Once the client exists (registered here, or an earlier registration adopted) its
        data are the server's: the page only shows them."""
        frozen = self.flow.form_locked()
        self.form.setEnabled(not frozen)  # greyed, so it reads as settled at a glance
        if frozen:
            self.banner.show_message(self.tr(
                "The client is registered: these are the data sent, and they can no longer "
                "change here."), "info")

    # -- QWizardPage -----------------------------------------------------------------

    def initializePage(self) -> None:
        if self.choices is None:
            self.load_choices()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.show_frozen()  # on the way in, and back from the registration page

    def validatePage(self) -> bool:
        self.save_timer.stop()
        if self.flow.form_locked():
            return True  # nothing to check or keep: the server has the client's data
        form = self.form_data()
        tariffs = self.choices.tariff_ids if self.choices else None
        currencies = self.choices.currencies if self.choices else None
        issues = self.flow.save_form(form, tariffs=tariffs, currencies=currencies)
        self.errors.clear()
        for name, issue in issues.items():
            self.errors.show(name, issue_text(issue))
        if issues:
            first = next(iter(issues))
            widget = self.form.findChild(QWidget, first)
            if widget is not None:
                widget.setFocus()
            return False
        self.wiz.password = form.password
        return True

    def retranslate(self) -> None:
        self.ui.retranslateUi(self.form)  # type: ignore[no-untyped-call]
        for label in ("email_label", "first_name_label", "country_label"):
            widget: QLabel = getattr(self.ui, label)
            widget.setText(widget.text().rstrip(":") + " *:")
        self.setTitle(self.tr("Client data"))
        self.setSubTitle(self.tr("Who is the new client? Only e-mail, first name and country "
                                 "are required."))
        self.fill_countries()
        if self.wiz.point.password_needed:
            self.ui.password_note.setText(self.tr(
                "A password was typed before the console closed; it is never stored. Type it "
                "again, or leave it empty and the server will make one."))
            self.ui.password_note.show()


class RegistrationStep(WizardStep):
    step = Step.REGISTRATION
    settles = True

    def __init__(self, wizard: OnboardingWizard) -> None:
        super().__init__(wizard)
        self.ui = Ui_OnboardingRegistrationForm()
        self.ui.setupUi(self.form)  # type: ignore[no-untyped-call]
        self.setCommitPage(True)
        self.ui.register_button.clicked.connect(self.register)
        self.ui.check_button.clicked.connect(self.check_link)
        self.ui.confirm_code_button.clicked.connect(self.confirm_code)
        self.ui.code.returnPressed.connect(self.confirm_code)
        self.result: RegistrationResult | None = None
        # Shown when the server refuses the e-mail because an earlier attempt registered it.
        self.adopt_button = QPushButton(self)
        self.adopt_button.setObjectName("adopt_registered")
        self.adopt_button.clicked.connect(self.adopt)
        self.adopt_button.hide()
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(layout.indexOf(self.form), self.adopt_button)

    def initializePage(self) -> None:
        form = self.flow.form
        name = " ".join(p for p in (form.first_name, form.last_name) if p)
        self.ui.registration_intro.setText(self.tr(
            "Register {0} ({1}) as your client with Zadarma. The client gets an e-mail "
            "from Zadarma.").format(form.email, name))
        self.refresh()

    def state(self) -> str:
        session = self.flow.session
        if session.client_id is not None:
            return "active"
        return str(session.data.get("registration") or "")

    def update_buttons(self) -> None:
        state = self.state()
        lost = bool(self.unsettled())
        sent = self.flow._registration_sent() or state == "active"
        self.ui.register_button.setEnabled(not sent and not self.busy())
        self.ui.register_button.setVisible(not sent)
        self.ui.awaiting_box.setVisible(state == "awaiting")
        self.ui.check_button.setEnabled(not self.busy() and not lost)
        self.ui.confirm_code_button.setEnabled(not self.busy() and not lost)
        if sent or self.flow.client_id is not None:
            self.adopt_button.hide()
        if state == "active":
            self.ui.registration_status.setText(self.tr(
                "Registered and active. Client id: {0}").format(self.flow.client_id))
            self.ui.registration_status.setProperty("role", "ok")
        elif state == "awaiting":
            message = str(self.flow.session.data.get("registration_message", "") or "")
            how = confirmation_kind(message)
            if how == "link":
                status = self.tr("Registered. Zadarma has sent the client an e-mail with a "
                                 "confirmation link; the account starts once the client opens "
                                 "it.")
                waiting = self.tr("When the client has opened the link, press “Check now”, "
                                  "or close the wizard and resume it later.")
            elif how == "code":
                status = self.tr("Registered. Zadarma has sent the client an e-mail with a "
                                 "confirmation code.")
                waiting = self.tr("Ask the client to read you the code from that e-mail and "
                                  "type it here.")
            else:
                status = self.tr("Registered; the account waits for the client's "
                                 "confirmation.")
                waiting = self.tr(
                    "Either the client clicks the link in the e-mail from Zadarma (then press "
                    "“Check now”, or close the wizard and resume it later), or the client "
                    "reads you the code from that e-mail and you type it here.")
            self.ui.registration_status.setText(status)
            # The server's own words are for support, not for the rep: under Details.
            self.ui.registration_status.setToolTip(
                self.tr("Details from the server: {0}").format(message) if message else "")
            self.ui.registration_status.setProperty("role", "warning")
            self.ui.awaiting_text.setText(waiting)
            self.ui.check_button.setVisible(how != "code")
            for widget in (self.ui.code_label, self.ui.code, self.ui.confirm_code_button):
                widget.setVisible(how != "link")
        elif lost:
            self.ui.registration_status.setText(self.tr(
                "The registration's answer was lost: check on the server before going on."))
            self.ui.registration_status.setProperty("role", "warning")
        else:
            self.ui.registration_status.setText("")
            self.ui.registration_status.setProperty("role", "")
        label = self.ui.registration_status
        label.style().unpolish(label)
        label.style().polish(label)

    def isComplete(self) -> bool:
        return self.flow.client_id is not None

    def register(self) -> None:
        self.adopt_button.hide()
        form = self.flow.form
        form.password = self.wiz.password
        choices = self.wiz.client_step.choices
        tariffs = choices.tariff_ids if choices else None
        currencies = choices.currencies if choices else None

        def done(result: RegistrationResult) -> None:
            self.result = result
            self.wiz.password = ""  # sent: no longer needed in memory
            self.wiz.client_changed()
            self.refresh()

        def failed(exc: BaseException) -> bool:
            if isinstance(exc, AlreadyRegistered):
                self.show_banner(self.tr(
                    "The server refused the registration: {0} is already registered as your "
                    "client {1}, perhaps by an earlier attempt. Go on with that client, or go "
                    "back and correct the e-mail.").format(exc.email, exc.client_id))
                self.adopt_button.setText(self.tr("&Go on with client {0}").format(
                    exc.client_id))
                self.adopt_button.show()
                return True
            if isinstance(exc, FieldErrors):
                text = "; ".join(issue_text(i) for i in exc.issues.values())
                self.show_banner(self.tr("The server refused the registration: {0}\nGo back "
                                         "to correct the data.").format(text))
                return True
            return False

        self.send("register", lambda: self.flow.register(form, tariffs=tariffs,
                                                         currencies=currencies),
                  title=self.tr("Register the client"), on_success=done, on_error=failed)

    def adopt(self) -> None:
        """Go on with the client an earlier attempt registered (reads; changes nothing)."""

        def done(result: RegistrationResult) -> None:
            self.result = result
            self.adopt_button.hide()
            self.banner.clear()
            self.wiz.client_changed()
            self.refresh()

        self.send("adopt", self.flow.adopt_registered,
                  title=self.tr("Go on with the registered client"), on_success=done)

    def check_link(self) -> None:
        def done(result: RegistrationResult) -> None:
            self.result = result
            if result.status != "active":
                self.show_banner(self.tr("Not confirmed yet."), "info")
            self.wiz.client_changed()
            self.refresh()

        self.send("check", self.flow.check_registration,
                  title=self.tr("Check the registration"), on_success=done)

    def confirm_code(self) -> None:
        code = self.ui.code.text()

        def done(result: RegistrationResult) -> None:
            self.result = result
            self.wiz.client_changed()
            self.refresh()

        self.send("confirm", lambda: self.flow.confirm_registration(code),
                  title=self.tr("Confirm the registration"), on_success=done)

    def retranslate(self) -> None:
        self.ui.retranslateUi(self.form)  # type: ignore[no-untyped-call]
        self.setTitle(self.tr("Registration"))
        self.setSubTitle(self.tr("Create the client's Zadarma account."))
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Next >"))


class PhoneStep(WizardStep):
    step = Step.PHONE
    settles = True

    def __init__(self, wizard: OnboardingWizard) -> None:
        super().__init__(wizard)
        self.ui = Ui_OnboardingPhoneForm()
        self.ui.setupUi(self.form)  # type: ignore[no-untyped-call]
        self.ui.send_sms.clicked.connect(lambda: self.send_code("sms"))
        self.ui.send_callback.clicked.connect(lambda: self.send_code("callback"))
        self.ui.confirm_phone_button.clicked.connect(self.confirm)
        self.ui.code.returnPressed.connect(self.confirm)
        self.ui.skip_phone.clicked.connect(self.skip)
        self.tick = QTimer(self)
        self.tick.setInterval(1000)
        self.tick.timeout.connect(self.update_buttons)

    def initializePage(self) -> None:
        self.ui.number.setPlaceholderText(phone_placeholder(self.flow.form.country))
        status = self.flow.phone_status()
        if status is not None and status.number:
            self.ui.number.setText(status.display or status.number)
        elif not self.ui.number.text():
            form = self.flow.form
            parsed = parse_phone(form.phone, form.country) if form.phone else None
            self.ui.number.setText(parsed.display if isinstance(parsed, ParsedPhone)
                                   else form.phone)
        self.refresh()

    def skipped(self) -> bool:
        return Step.PHONE.value in (self.flow.session.data.get("skipped") or [])

    def update_buttons(self) -> None:
        status = self.flow.phone_status()
        proved = bool(status and status.proved)
        wait = self.flow.resend_wait()
        busy = self.busy()
        lost = bool(self.unsettled())
        sending = self.busy("send") or lost
        self.ui.number.setReadOnly(proved or bool(status and status.code_sent_via))
        self.ui.send_sms.setEnabled(not proved and not sending and wait <= 0)
        self.ui.send_callback.setEnabled(not proved and not sending and wait <= 0)
        sent = bool(status and status.code_sent_via)
        self.ui.code.setEnabled(sent and not proved)
        self.ui.confirm_phone_button.setEnabled(sent and not proved and not busy and not lost)
        self.ui.skip_phone.setEnabled(not proved and not busy)
        if wait > 0 and not proved:
            self.ui.resend_note.setText(self.tr(
                "Code sent by {0}. A new code can be requested in {1} s.").format(
                self._via(status.code_sent_via if status else None), int(wait + 0.999)))
            if not self.tick.isActive():
                self.tick.start()
        else:
            self.tick.stop()
            self.ui.resend_note.setText(self.tr(
                "No code arrived? Send a new one.") if sent and not proved else "")
        label = self.ui.phone_status
        if proved:
            label.setText(self.tr("The phone {0} is confirmed.").format(
                status.display if status else ""))
            label.setProperty("role", "ok")
        elif self.skipped():
            label.setText(self.tr("Skipped: confirm the phone later."))
            label.setProperty("role", "warning")
        else:
            label.setText("")
            label.setProperty("role", "")
        label.style().unpolish(label)
        label.style().polish(label)

    def _via(self, via: str | None) -> str:
        return self.tr("call") if via == "callback" else self.tr("SMS")

    def isComplete(self) -> bool:
        status = self.flow.phone_status()
        return bool(status and status.proved) or self.skipped()

    def send_code(self, via: str) -> None:
        number = self.ui.number.text().strip()
        flow = self.flow

        async def run() -> Any:
            status = flow.phone_status()
            if status is None or not status.added or not _same_number(status.number, number,
                                                                      flow.form.country):
                await flow.add_phone(number)
            return await flow.send_code("callback" if via == "callback" else "sms")

        def done(_status: Any) -> None:
            self.show_banner(self.tr("The code was sent by {0}. Ask the client to read it "
                                     "out.").format(self._via(via)), "info")
            self.refresh()  # enables the code field first: focus never lands on a disabled one
            self.ui.code.setFocus()

        self.send("send", run, title=self.tr("Send a confirmation code"), on_success=done)

    def confirm(self) -> None:
        code = self.ui.code.text()

        def done(_status: Any) -> None:
            self.banner.clear()
            self.wiz.client_changed()
            self.refresh()

        self.send("confirm", lambda: self.flow.confirm_phone(code),
                  title=self.tr("Confirm the phone"), on_success=done)

    def skip(self) -> None:
        self.flow.skip(Step.PHONE)
        self.refresh()
        self.wiz.next()

    def retranslate(self) -> None:
        self.ui.retranslateUi(self.form)  # type: ignore[no-untyped-call]
        self.ui.number.setPlaceholderText(phone_placeholder(self.flow.form.country))
        self.setTitle(self.tr("Contact phone"))
        self.setSubTitle(self.tr("Confirm the client's phone with a code."))


def _same_number(e164: str, typed: str, country: str) -> bool:
    parsed = parse_phone(typed, country)
    return isinstance(parsed, ParsedPhone) and parsed.e164 == e164


class TopupStep(WizardStep):
    step = Step.TOPUP

    def __init__(self, wizard: OnboardingWizard) -> None:
        super().__init__(wizard)
        self.ui = Ui_OnboardingTopupForm()
        self.ui.setupUi(self.form)  # type: ignore[no-untyped-call]
        self.before: Balances | None = None
        self.result: TopupResult | None = None
        self.reconcile_dialog: ReconcileDialog | None = None
        self.ui.topup_button.clicked.connect(self.topup)
        self.ui.reconcile_button.clicked.connect(lambda: self.open_reconcile())
        # Shown when the top-up needs the contact phone confirmed first.
        self.phone_button = QPushButton(self)
        self.phone_button.setObjectName("back_to_phone")
        self.phone_button.clicked.connect(self.back_to_phone)
        self.phone_button.hide()
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(layout.indexOf(self.form), self.phone_button)
        self.ui.skip_topup.clicked.connect(self.skip)
        self.ui.amount.textEdited.connect(lambda _t: self.update_preview())
        self.ui.currency.currentIndexChanged.connect(lambda _i: self.update_preview())

    def initializePage(self) -> None:
        combo = self.ui.currency
        if combo.count() == 0:
            choices = self.wiz.client_step.choices
            currencies = list(choices.currencies) if choices else []
            # The client's currency if the rep chose one, else the dealer's (the server's
            # default for a new client follows the dealer's account).
            dealer = self.ctx.balance.currency if self.ctx.balance is not None else ""
            preferred = self.flow.form.currency or dealer or "USD"
            if preferred not in currencies:
                currencies.insert(0, preferred)
            for code in currencies:
                combo.addItem(code, code)
            combo.setCurrentIndex(max(0, combo.findData(preferred)))
        self.read_balances()
        self.refresh()

    def read_balances(self) -> None:
        if self.flow.client_id is None:
            return

        def done(balances: Balances) -> None:
            self.before = balances
            self.update_preview()

        self.ctx.runner.run(self.flow.read_balances, title=self.tr("Read balances"), owner=self,
                            name="balances", on_success=done)

    def update_preview(self) -> None:
        before = self.before
        self.ui.dealer_before.setText(format_money(before.dealer) if before else "…")
        self.ui.client_before.setText(format_money(before.client) if before else "…")
        currency = str(self.ui.currency.currentData() or "")
        self.ui.amount_limit.setText(move_limit_text(currency))
        amount = (check_amount(self.ui.amount.text(), currency=currency)
                  if self.ui.amount.text().strip() else None)
        after = ""
        if before and before.dealer and isinstance(amount, Decimal):
            if before.dealer.currency == currency:
                after = format_money(Money(before.dealer.amount - amount, currency))
            else:
                after = self.tr("less {0}, converted by Zadarma into {1}").format(
                    format_money(Money(amount, currency)), before.dealer.currency)
        self.ui.dealer_after.setText(after or "—")

    def topups(self) -> list[Any]:
        found = self.flow.session.data.get("topups")
        return list(found) if isinstance(found, list) else []

    def skipped(self) -> bool:
        return Step.TOPUP.value in (self.flow.session.data.get("skipped") or [])

    def undecided(self) -> list[StepRecord]:
        return self.flow._undecided(Step.TOPUP)

    def phone_missing(self) -> bool:
        """The phone step was skipped and nothing here says the phone is confirmed."""
        status = self.flow.phone_status()
        skipped = Step.PHONE.value in (self.flow.session.data.get("skipped") or [])
        return skipped and not (status and status.proved)

    def back_to_phone(self) -> None:
        self.banner.clear()
        self.phone_button.hide()
        self.wiz.go_to(Step.PHONE)

    def update_buttons(self) -> None:
        undecided = self.undecided()
        self.ui.reconcile_button.setVisible(bool(undecided))
        self.ui.topup_button.setEnabled(not undecided and not self.busy())
        self.ui.skip_topup.setEnabled(not undecided and not self.busy() and not self.topups())
        if undecided and not self.busy():
            self.show_banner(self.tr(
                "The answer to a top-up was lost. Check the balances and decide whether it "
                "was applied before sending anything else."), "warning")
        elif self.phone_missing() and not self.topups() and not self.banner.text():
            self.show_banner(self.tr(
                "The contact phone is not confirmed: Zadarma accepts a top-up only after "
                "that."), "warning")
            self.phone_button.show()

    def isComplete(self) -> bool:
        return not self.undecided() and (bool(self.topups()) or self.skipped())

    def topup(self, again: bool = False) -> None:
        amount_text = self.ui.amount.text()
        currency = str(self.ui.currency.currentData() or "")
        value = check_amount(amount_text, currency=currency)
        if isinstance(value, Issue):
            self.show_field_error("amount", issue_text(value))
            return
        flow = self.flow
        email = flow.form.email
        client_id = flow.client_id

        async def run() -> TopupResult | None:
            text = self.tr("Move {0} from your dealer balance to client {1} ({2})? The money "
                           "is moved at once.").format(format_money(Money(value, currency)),
                                                        client_id, email)
            if again:
                text = self.tr("A top-up of this amount was already made in this onboarding. "
                               "Make another one?") + "\n\n" + text
            answer = await ask(self, self.tr("Top up"), text)
            if answer != QMessageBox.StandardButton.Yes:
                return None
            return await flow.topup(value, currency, again=again)

        def done(result: TopupResult | None) -> None:
            if result is None:
                return
            self.result = result
            self.show_result(result)
            self.ctx.money_moved()
            self.wiz.client_changed()
            self.refresh()

        def failed(exc: BaseException) -> bool:
            if isinstance(exc, AlreadyDone):
                QTimer.singleShot(0, self, lambda: self.topup(again=True))
                return True
            if isinstance(exc, OutcomeUnknown):
                self.refresh()
                self.open_reconcile(exc.step.id)
                return True
            if isinstance(exc, StepBlocked):
                self.refresh()
                self.open_reconcile(exc.step.id)
                return True
            if isinstance(exc, PhoneNeeded):
                self.show_banner(self.tr(
                    "Confirm the client's contact phone first: Zadarma accepts a top-up only "
                    "after that."), "warning")
                self.phone_button.show()
                return True
            return False

        self.send("topup", run, title=self.tr("Top up the client"), on_success=done,
                  on_error=failed)

    def show_result(self, result: TopupResult) -> None:
        lines = [
            self.tr("Done: {0} debited from your dealer balance, {1} credited to the "
                    "client.").format(format_money(result.debited), format_money(result.credited)),
            self.tr("Dealer balance: {0} → {1}").format(format_money(result.before.dealer),
                                                        format_money(result.after.dealer)),
            self.tr("Client balance: {0} → {1}").format(format_money(result.before.client),
                                                        format_money(result.after.client)),
        ]
        self.ui.topup_result.setText("\n".join(lines))
        self.ui.topup_result.setProperty("role", "ok")
        self.ui.topup_result.style().unpolish(self.ui.topup_result)
        self.ui.topup_result.style().polish(self.ui.topup_result)

    def open_reconcile(self, step_id: int | None = None) -> ReconcileDialog | None:
        if step_id is None:
            undecided = self.undecided()
            if not undecided:
                return None
            step_id = undecided[0].id
        current = self.reconcile_dialog
        if current is not None and shiboken6.isValid(current) and current.isVisible():
            return current
        dialog = ReconcileDialog(self.ctx, self.flow, step_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.decided.connect(self._decided)
        self.reconcile_dialog = dialog
        dialog.open()
        dialog.check()
        return dialog

    def _decided(self, applied: bool) -> None:
        self.banner.clear()
        if applied:
            self.ui.topup_result.setText(self.tr("Recorded: the top-up was applied."))
            self.ctx.money_moved()
            self.wiz.client_changed()
        else:
            self.ui.topup_result.setText(self.tr(
                "Recorded: the top-up was not applied. You may send it again."))
        self.refresh()

    def skip(self) -> None:
        self.flow.skip(Step.TOPUP)
        self.refresh()
        self.wiz.next()

    def retranslate(self) -> None:
        self.ui.retranslateUi(self.form)  # type: ignore[no-untyped-call]
        self.phone_button.setText(self.tr("Back to the &phone step"))
        self.setTitle(self.tr("Top-up"))
        self.setSubTitle(self.tr("Put money on the client's account."))


class NextStepsStep(WizardStep):
    step = Step.NEXT_STEPS

    def __init__(self, wizard: OnboardingWizard) -> None:
        super().__init__(wizard)
        self.ui = Ui_OnboardingNextForm()
        self.ui.setupUi(self.form)  # type: ignore[no-untyped-call]

    def initializePage(self) -> None:
        chosen = self.flow.session.data.get("next") or {}
        self.ui.create_pbx.setChecked(bool(chosen.get("create_pbx")))
        self.ui.open_number_shop.setChecked(bool(chosen.get("open_number_shop")))

    def validatePage(self) -> bool:
        self.flow.choose_next_steps(create_pbx=self.ui.create_pbx.isChecked(),
                                    open_number_shop=self.ui.open_number_shop.isChecked())
        return True

    def retranslate(self) -> None:
        self.ui.retranslateUi(self.form)  # type: ignore[no-untyped-call]
        self.setTitle(self.tr("Next steps"))
        self.setSubTitle(self.tr("Optional: what to set up next for this client."))


class SummaryStep(WizardStep):
    step = Step.SUMMARY

    def __init__(self, wizard: OnboardingWizard) -> None:
        super().__init__(wizard)
        self.ui = Ui_OnboardingSummaryForm()
        self.ui.setupUi(self.form)  # type: ignore[no-untyped-call]
        self.ui.copy_summary.clicked.connect(self.copy)
        self.ui.save_pdf.clicked.connect(lambda: self._choose_file("pdf"))
        self.ui.save_text.clicked.connect(lambda: self._choose_file("txt"))

    def initializePage(self) -> None:
        self.ui.summary_text.setPlainText(self.text())

    def text(self) -> str:
        return summary_text(self.flow)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.text())
        self.show_banner(self.tr("Copied to the clipboard."), "info")

    def _choose_file(self, kind: str) -> None:
        dialog = QFileDialog(self, self.tr("Save the summary"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix(kind)
        dialog.setNameFilter(self.tr("PDF files (*.pdf)") if kind == "pdf"
                             else self.tr("Text files (*.txt)"))
        client = self.flow.client_id or "new"
        dialog.selectFile(f"zadarma-client-{client}.{kind}")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(
            lambda path: self.save_pdf(Path(path)) if kind == "pdf" else self.save_text(Path(path)))
        dialog.open()

    def save_text(self, path: Path) -> None:
        path.write_text(self.text(), encoding="utf-8")
        self.show_banner(self.tr("Saved to {0}").format(path), "info")

    def save_pdf(self, path: Path) -> None:
        writer = QPdfWriter(str(path))
        writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        writer.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout.Unit.Millimeter)
        writer.setTitle(self.tr("Zadarma client onboarding"))
        document = QTextDocument()
        document.setPlainText(self.text())
        document.print_(writer)
        self.show_banner(self.tr("Saved to {0}").format(path), "info")

    def retranslate(self) -> None:
        self.ui.retranslateUi(self.form)  # type: ignore[no-untyped-call]
        self.setTitle(self.tr("Summary"))
        self.setSubTitle(self.tr("What was done and what is left."))


def summary_text(flow: OnboardingFlow) -> str:
    """The hand-over text for the client, in the UI language, from the journal: what the
    client has now and still has to do; never the dealer's cost or internal steps."""
    # Literal translate() calls, not a helper, so lupdate extracts each line with its context.
    session = flow.session
    form = flow.form
    name = " ".join(p for p in (form.first_name, form.middle_name, form.last_name) if p)
    lines = [QCoreApplication.translate("OnboardingSummary", "Zadarma client onboarding"), ""]
    lines.append(QCoreApplication.translate("OnboardingSummary", "Client id: {0}").format(
        session.client_id if session.client_id is not None
        else QCoreApplication.translate("OnboardingSummary", "(not yet)")))
    lines.append(QCoreApplication.translate("OnboardingSummary", "Login e-mail: {0}")
                 .format(form.email))
    if name:
        lines.append(QCoreApplication.translate("OnboardingSummary", "Name: {0}").format(name))
    if form.organization:
        lines.append(QCoreApplication.translate("OnboardingSummary", "Organisation: {0}")
                     .format(form.organization))
    lines += ["", QCoreApplication.translate("OnboardingSummary", "Done:")]
    done: list[str] = []
    for step in flow.journal.steps(flow.session_id):
        if not step.applied:
            continue
        params = step.params
        if step.action == Action.REGISTER:
            done.append(QCoreApplication.translate("OnboardingSummary", "Registered {0}.")
                        .format(params.get("email", "")))
        elif step.action == Action.CONFIRM_REGISTRATION:
            done.append(QCoreApplication.translate(
                "OnboardingSummary", "Registration confirmed with the code from the e-mail."))
        elif step.action == Action.CONFIRM_PHONE:
            done.append(QCoreApplication.translate("OnboardingSummary",
                                                   "Contact phone {0} confirmed.")
                        .format(params.get("number", "")))
        elif step.action == Action.TOPUP:
            # What the client got; what it cost the dealer is the dealer's business.
            credited = Money.from_json((step.result or {}).get("credited"))
            done.append(QCoreApplication.translate(
                "OnboardingSummary", "Balance topped up by {0}.").format(
                    format_money(credited) if credited else
                    f"{params.get('amount', '')} {params.get('currency', '')}".strip()))
    if session.data.get("adopted"):
        done.insert(0, QCoreApplication.translate(
            "OnboardingSummary", "Went on with client {0}, registered by an earlier attempt.")
            .format(session.data["adopted"]))
    elif session.client_id is not None and not any(
            s.action == Action.REGISTER and s.applied
            for s in flow.journal.steps(flow.session_id)):
        done.insert(0, QCoreApplication.translate("OnboardingSummary",
                                                  "Registration confirmed by the client."))
    nothing_yet = QCoreApplication.translate("OnboardingSummary", "nothing yet")
    lines += [f"  - {d}" for d in done] or [f"  - {nothing_yet}"]
    lines += ["", QCoreApplication.translate("OnboardingSummary", "Pending:")]
    pending = {
        "registration.awaiting": QCoreApplication.translate(
            "OnboardingSummary", "The client has to confirm the registration from the e-mail."),
        "registration.todo": QCoreApplication.translate("OnboardingSummary",
                                                        "Register the client."),
        "phone.unconfirmed": QCoreApplication.translate(
            "OnboardingSummary",
            "Confirm the client's contact phone (needed for test credit and top-ups)."),
        "topup.none": QCoreApplication.translate("OnboardingSummary",
                                                 "Top up the client's balance."),
        "next.pbx": QCoreApplication.translate("OnboardingSummary", "Create the client's PBX."),
        "next.numbers": QCoreApplication.translate("OnboardingSummary",
                                                   "Choose numbers in the number shop."),
    }
    # The dealer's own loose ends (a lost answer to settle) are not the client's to read.
    items = [pending.get(p.code, p.text) for p in flow.pending() if p.code != "undecided"]
    nothing = QCoreApplication.translate("OnboardingSummary", "nothing")
    lines += [f"  - {p}" for p in items] or [f"  - {nothing}"]
    return "\n".join(lines) + "\n"


# ------------------------------------------------------------------ the wizard

def confirmation_kind(message: str) -> str:
    """How a waiting registration is confirmed, read from the server's answer: ``"link"``,
    ``"code"`` or ``""`` (not said: both ways are offered)."""
    text = message.casefold()
    link, code = "link" in text, "code" in text or "confirm/" in text
    return "link" if link and not code else "code" if code and not link else ""


class OnboardingWizard(QWizard):
    """One onboarding session; embedded in the Onboarding page (``Qt.Widget``)."""

    onboarding_finished = Signal(str, object)  # session id, {"create_pbx":…, "open_number_shop":…}
    closed_for_later = Signal(str)  # session id

    def __init__(self, ctx: AppContext, flow: OnboardingFlow,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("onboarding_wizard")
        self.setWindowFlags(Qt.WindowType.Widget)
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.HaveHelpButton, False)
        self.ctx = ctx
        self.flow = flow
        self.point: ResumePoint = flow.resume_point()
        self.point_form = self.point.form
        self.password = ""  # typed in step 1, only in memory, dropped once sent
        self.client_step = ClientDataStep(self)
        self.registration_step = RegistrationStep(self)
        self.phone_step = PhoneStep(self)
        self.topup_step = TopupStep(self)
        self.next_step = NextStepsStep(self)
        self.summary_step = SummaryStep(self)
        self.steps: list[WizardStep] = [self.client_step, self.registration_step,
                                        self.phone_step, self.topup_step, self.next_step,
                                        self.summary_step]
        for step in self.steps:
            self.setPage(PAGE_IDS[step.step], step)
        self.client_step.set_form(self.point.form)
        self.retranslate()
        self.setStartId(PAGE_IDS[self.point.step])
        self.restart()
        self.rejected.connect(lambda: self.closed_for_later.emit(self.flow.session_id))
        self.currentIdChanged.connect(lambda _id: QTimer.singleShot(0, self.focus_first_field))

    def focus_first_field(self) -> None:
        """Focus where the rep types next: the step's first enabled input, else its first
        button (a step is shown before its content is enabled, so this runs after)."""
        page = self.currentPage()
        if page is None or not page.isVisible():
            return
        focused = QApplication.focusWidget()
        if focused is not None and page.isAncestorOf(focused) and focused.isEnabled():
            return  # the step placed focus itself
        lost = page.lost if isinstance(page, WizardStep) else None
        if lost is not None and lost.isVisible() and lost.check_button.isEnabled():
            # A request whose answer was lost comes first: nothing else can be sent.
            lost.check_button.setFocus(Qt.FocusReason.TabFocusReason)
            return
        candidates: list[QWidget] = []
        widget = page.nextInFocusChain()
        while widget is not None and widget is not page and len(candidates) < 200:
            if (page.isAncestorOf(widget) and widget.isVisible() and widget.isEnabled()
                    and widget.focusPolicy() & Qt.FocusPolicy.TabFocus):
                candidates.append(widget)
            widget = widget.nextInFocusChain()
        inputs = [w for w in candidates if not isinstance(w, QAbstractButton)]
        chosen = inputs or candidates
        if chosen:
            chosen[0].setFocus(Qt.FocusReason.TabFocusReason)

    @property
    def session_id(self) -> str:
        return self.flow.session_id

    def current_step(self) -> Step:
        page = self.currentPage()
        return page.step if isinstance(page, WizardStep) else Step.CLIENT_DATA

    def client_changed(self) -> None:
        """Tell the Clients page to read this client again."""
        if self.flow.client_id is not None:
            self.ctx.client_updated.emit(self.flow.client_id)

    def go_to(self, step: Step) -> None:
        """Show an earlier step: back through the pages seen, or open the wizard there (a
        resumed wizard starts at its resume point, with no pages behind it)."""
        target = PAGE_IDS[step]
        while self.currentId() > target and target in self.visitedIds():
            self.back()
        if self.currentId() != target:
            self.setStartId(target)
            self.restart()

    def page_for(self, step: Step) -> WizardStep:
        return self.steps[PAGE_IDS[step]]

    def accept(self) -> None:
        """Finish: the session stops being offered for resuming."""
        chosen = dict(self.flow.session.data.get("next") or {})
        self.flow.finish()
        log.info("onboarding %s finished", self.flow.session_id)
        super().accept()
        self.onboarding_finished.emit(self.flow.session_id, chosen)

    def retranslate(self) -> None:
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Close (resume later)"))
        # Our own texts, so their mnemonics are chosen against the pages' and the menus'.
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Back"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Next >"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("F&inish"))
        for step in self.steps:
            step.retranslate()

    def changeEvent(self, event: Any) -> None:
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
