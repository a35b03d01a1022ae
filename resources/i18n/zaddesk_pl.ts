<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL" sourcelanguage="en_US">
<context>
    <name>App</name>
    <message>
        <source>Something went wrong and was not handled:</source>
        <translation>Wystąpił nieobsłużony błąd:</translation>
    </message>
</context>
<context>
    <name>AppContext</name>
    <message>
        <source>Refresh dealer balance</source>
        <translation>Odświeżenie salda dealera</translation>
    </message>
</context>
<context>
    <name>CoreMessages</name>
    <message>
        <source>A profile needs a name.</source>
        <translation>Profil musi mieć nazwę.</translation>
    </message>
    <message>
        <source>Use at most 64 characters on one line.</source>
        <translation>Użyj najwyżej 64 znaków w jednym wierszu.</translation>
    </message>
    <message>
        <source>Unknown profile kind.</source>
        <translation>Nieznany rodzaj profilu.</translation>
    </message>
    <message>
        <source>Enter a full address such as https://api.zadarma.com.</source>
        <translation>Podaj pełny adres, np. https://api.zadarma.com.</translation>
    </message>
    <message>
        <source>Plain http is only allowed for this computer (127.0.0.1).</source>
        <translation>Zwykłe http jest dozwolone tylko dla tego komputera (127.0.0.1).</translation>
    </message>
    <message>
        <source>The address must not carry a query.</source>
        <translation>Adres nie może zawierać parametrów zapytania.</translation>
    </message>
    <message>
        <source>The CA bundle file does not exist.</source>
        <translation>Plik z certyfikatami CA nie istnieje.</translation>
    </message>
    <message>
        <source>A profile with this name already exists.</source>
        <translation>Profil o tej nazwie już istnieje.</translation>
    </message>
    <message>
        <source>Enter the API key.</source>
        <translation>Podaj klucz API.</translation>
    </message>
    <message>
        <source>Enter the API secret.</source>
        <translation>Podaj sekret API.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The server rejected the API key or secret: {0}</source>
        <translation>Serwer odrzucił klucz lub sekret API: {0}</translation>
    </message>
    <message>
        <source>Too many requests; the server asks to wait {0} s.</source>
        <translation>Zbyt wiele zapytań; serwer prosi o odczekanie {0} s.</translation>
    </message>
    <message>
        <source>Not found: {0}</source>
        <translation>Nie znaleziono: {0}</translation>
    </message>
    <message>
        <source>The connection broke after the request was sent; it may have been carried out. Check the current state before repeating it.</source>
        <translation>Połączenie zerwało się po wysłaniu żądania; mogło ono zostać wykonane. Sprawdź aktualny stan, zanim je powtórzysz.</translation>
    </message>
    <message>
        <source>Secure connection failed (TLS certificate): {0}</source>
        <translation>Nie udało się nawiązać bezpiecznego połączenia (certyfikat TLS): {0}</translation>
    </message>
    <message>
        <source>No connection to the server: {0}</source>
        <translation>Brak połączenia z serwerem: {0}</translation>
    </message>
    <message>
        <source>Unexpected error: {0}</source>
        <translation>Nieoczekiwany błąd: {0}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>DEMO DATA</source>
        <translation>DANE DEMO</translation>
    </message>
    <message>
        <source>About Zaddesk</source>
        <translation>O programie Zaddesk</translation>
    </message>
    <message>
        <source>Zaddesk {0}
A console for Zadarma dealers.</source>
        <translation>Zaddesk {0}
Konsola dla dealerów Zadarma.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ustawienia</translation>
    </message>
    <message>
        <source>&amp;Task panel</source>
        <translation>Panel &amp;zadań</translation>
    </message>
    <message>
        <source>Demo &amp;outbox</source>
        <translation>&amp;Skrzynka nadawcza demo</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Odśwież</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Za&amp;kończ</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>Otwórz folder &amp;logów</translation>
    </message>
    <message>
        <source>&amp;About Zaddesk</source>
        <translation>&amp;O programie Zaddesk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Widok</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Pomo&amp;c</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Zadania</translation>
    </message>
    <message>
        <source>Demo outbox</source>
        <translation>Skrzynka nadawcza demo</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Strony</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Łączenie</translation>
    </message>
</context>
<context>
    <name>OutboxModel</name>
    <message>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Do</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Treść</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Połączenie</translation>
    </message>
</context>
<context>
    <name>OutboxPanel</name>
    <message>
        <source>Read the demo outbox</source>
        <translation>Odczyt skrzynki nadawczej demo</translation>
    </message>
    <message>
        <source>Demo mode: messages the emulator would have sent to clients. Use these codes to confirm registrations and phones.</source>
        <translation>Tryb demo: wiadomości, które emulator wysłałby klientom. Użyj tych kodów, aby potwierdzić rejestracje i numery telefonów.</translation>
    </message>
    <message>
        <source>&amp;Copy code</source>
        <translation>&amp;Kopiuj kod</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Odś&amp;wież</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>Dismiss</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Zamknij komunikat</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Clients</source>
        <translation>Klienci</translation>
    </message>
    <message>
        <source>Onboarding</source>
        <translation>Nowy klient</translation>
    </message>
    <message>
        <source>Number shop</source>
        <translation>Sklep z numerami</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumenty</translation>
    </message>
    <message>
        <source>Sounds</source>
        <translation>Nagrania</translation>
    </message>
    <message>
        <source>PBX</source>
        <translation>Centrala PBX</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ustawienia</translation>
    </message>
    <message>
        <source>Your clients will be listed here: search, balances, phone and document status, and the actions for each client.</source>
        <translation>Tutaj pojawi się lista Twoich klientów: wyszukiwanie, salda, stan potwierdzenia telefonu i dokumentów oraz działania dla każdego klienta.</translation>
    </message>
    <message>
        <source>Documents will be collected here: see which documents a client&apos;s numbers require, upload scans and follow their review.</source>
        <translation>Tutaj będziesz zbierać dokumenty: sprawdzisz, jakich dokumentów wymagają numery klienta, prześlesz skany i będziesz śledzić ich weryfikację.</translation>
    </message>
    <message>
        <source>The number shop will be here: browse countries and cities, check prices and order virtual numbers for a client.</source>
        <translation>Tutaj będzie sklep z numerami: przeglądaj kraje i miasta, sprawdzaj ceny i zamawiaj numery wirtualne dla klienta.</translation>
    </message>
    <message>
        <source>Onboarding a new client will happen here: registration, e-mail and phone confirmation, test credit and the first top-up, step by step.</source>
        <translation>Tutaj krok po kroku przeprowadzisz nowego klienta: rejestracja, potwierdzenie e-maila i telefonu, środki testowe i pierwsze doładowanie.</translation>
    </message>
    <message>
        <source>The cloud PBX editor will be here: extensions, voice menus and call scenarios of a client&apos;s PBX.</source>
        <translation>Tutaj będzie edytor wirtualnej centrali: numery wewnętrzne, menu głosowe i scenariusze połączeń w centrali klienta.</translation>
    </message>
    <message>
        <source>Voice menu recordings will be managed here: upload MP3 or WAV greetings (up to 5 MB) and listen to them.</source>
        <translation>Tutaj zarządzisz nagraniami do menu głosowego: prześlesz powitania w MP3 lub WAV (do 5 MB) i odsłuchasz je.</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Choose a CA bundle</source>
        <translation>Wybierz plik z certyfikatami CA</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certyfikaty (*.pem *.crt);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>Enter the API key and secret to test them.</source>
        <translation>Podaj klucz i sekret API, aby je sprawdzić.</translation>
    </message>
    <message>
        <source>No key is stored for this profile; enter the key and secret.</source>
        <translation>Dla tego profilu nie zapisano klucza; podaj klucz i sekret.</translation>
    </message>
    <message>
        <source>Connecting to {0}…</source>
        <translation>Łączenie z {0}…</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Test połączenia</translation>
    </message>
    <message>
        <source>Connected. Dealer balance: {0}</source>
        <translation>Połączono. Saldo dealera: {0}</translation>
    </message>
    <message>
        <source>Connection failed: {0}</source>
        <translation>Połączenie nieudane: {0}</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>Zapis profilu</translation>
    </message>
    <message>
        <source>Edit profile</source>
        <translation>Edycja profilu</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Nowy profil</translation>
    </message>
    <message>
        <source>unchanged (stored)</source>
        <translation>bez zmian (zapisany)</translation>
    </message>
    <message>
        <source>No working system keyring was found: the key and secret will be kept only until Zaddesk closes, never written to disk.</source>
        <translation>Nie znaleziono działającego systemowego magazynu haseł: klucz i sekret będą przechowywane tylko do zamknięcia programu Zaddesk i nigdy nie trafią na dysk.</translation>
    </message>
    <message>
        <source>The key and secret are stored in the system keyring.</source>
        <translation>Klucz i sekret są przechowywane w systemowym magazynie haseł.</translation>
    </message>
</context>
<context>
    <name>ProfileEditor</name>
    <message>
        <source>Connection profile</source>
        <translation>Profil połączenia</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nazwa:</translation>
    </message>
    <message>
        <source>e.g. Production</source>
        <translation>np. Produkcja</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serwer:</translation>
    </message>
    <message>
        <source>Zadarma (production)</source>
        <translation>Zadarma (produkcja)</translation>
    </message>
    <message>
        <source>Zadarma sandbox</source>
        <translation>Zadarma sandbox (testowy)</translation>
    </message>
    <message>
        <source>Custom address</source>
        <translation>Własny adres</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adres:</translation>
    </message>
    <message>
        <source>https://api.zadarma.com</source>
        <translation>https://api.zadarma.com</translation>
    </message>
    <message>
        <source>CA &amp;bundle:</source>
        <translation>Certyfikaty &amp;CA:</translation>
    </message>
    <message>
        <source>optional: PEM file for a private certificate authority</source>
        <translation>opcjonalnie: plik PEM prywatnego urzędu certyfikacji</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Choose a PEM file</source>
        <translation>Wybierz plik PEM</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Klucz API:</translation>
    </message>
    <message>
        <source>API &amp;secret:</source>
        <translation>S&amp;ekret API:</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Testuj połączenie</translation>
    </message>
</context>
<context>
    <name>ProfileKinds</name>
    <message>
        <source>Zadarma (production)</source>
        <translation>Zadarma (produkcja)</translation>
    </message>
    <message>
        <source>Zadarma sandbox</source>
        <translation>Zadarma sandbox (testowy)</translation>
    </message>
    <message>
        <source>Custom address</source>
        <translation>Własny adres</translation>
    </message>
    <message>
        <source>Demo (local emulator)</source>
        <translation>Demo (lokalny emulator)</translation>
    </message>
</context>
<context>
    <name>ProfileTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serwer</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>{0} (in use)</source>
        <translation>{0} (w użyciu)</translation>
    </message>
    <message>
        <source>CA bundle: {0}</source>
        <translation>Certyfikaty CA: {0}</translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <source>Connection profiles</source>
        <translation>Profile połączeń</translation>
    </message>
    <message>
        <source>A profile says which server to use and with which API key. Keys and secrets are kept in the system keyring, never in a file.</source>
        <translation>Profil określa, z którym serwerem i jakim kluczem API się łączyć. Klucze i sekrety są przechowywane w systemowym magazynie haseł, nigdy w pliku.</translation>
    </message>
    <message>
        <source>Filter profiles</source>
        <translation>Filtruj profile</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Dodaj…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edytuj…</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Testuj</translation>
    </message>
    <message>
        <source>&amp;Use</source>
        <translation>&amp;Użyj</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>U&amp;suń</translation>
    </message>
    <message>
        <source>Demo &amp;mode</source>
        <translation>Tryb de&amp;mo</translation>
    </message>
    <message>
        <source>Work on the built-in emulator with invented data</source>
        <translation>Pracuj na wbudowanym emulatorze ze zmyślonymi danymi</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Język:</translation>
    </message>
    <message>
        <source>Log files</source>
        <translation>Pliki logów</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Otwórz folder</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Read profiles</source>
        <translation>Odczyt profili</translation>
    </message>
    <message>
        <source>Profile “{0}” saved.</source>
        <translation>Zapisano profil „{0}”.</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Usuwanie profilu</translation>
    </message>
    <message>
        <source>Delete the profile “{0}” and its stored key and secret?</source>
        <translation>Usunąć profil „{0}” wraz z zapisanym kluczem i sekretem?</translation>
    </message>
    <message>
        <source>Profile “{0}” deleted.</source>
        <translation>Usunięto profil „{0}”.</translation>
    </message>
    <message>
        <source>“{0}”: connected. Dealer balance: {1}</source>
        <translation>„{0}”: połączono. Saldo dealera: {1}</translation>
    </message>
    <message>
        <source>“{0}”: connection failed: {1}</source>
        <translation>„{0}”: połączenie nieudane: {1}</translation>
    </message>
    <message>
        <source>Testing “{0}”…</source>
        <translation>Testowanie „{0}”…</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Test połączenia</translation>
    </message>
    <message>
        <source>Cannot use “{0}”: {1}</source>
        <translation>Nie można użyć „{0}”: {1}</translation>
    </message>
    <message>
        <source>Switch profile</source>
        <translation>Zmiana profilu</translation>
    </message>
    <message>
        <source>Start demo mode</source>
        <translation>Uruchomienie trybu demo</translation>
    </message>
    <message>
        <source>no key and secret are stored for it (edit the profile to enter them)</source>
        <translation>nie zapisano dla niego klucza i sekretu (edytuj profil, aby je podać)</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Jak w systemie</translation>
    </message>
    <message>
        <source>No working system keyring was found. Keys and secrets you enter are kept only until Zaddesk closes; they are never written to disk.</source>
        <translation>Nie znaleziono działającego systemowego magazynu haseł. Wprowadzone klucze i sekrety są przechowywane tylko do zamknięcia programu Zaddesk i nigdy nie trafiają na dysk.</translation>
    </message>
    <message>
        <source>Keys and secrets are kept in: {0}</source>
        <translation>Klucze i sekrety są przechowywane w: {0}</translation>
    </message>
</context>
<context>
    <name>StatusWidgets</name>
    <message>
        <source>Balance: …</source>
        <translation>Saldo: …</translation>
    </message>
    <message>
        <source>Balance: {0} {1}</source>
        <translation>Saldo: {0} {1}</translation>
    </message>
    <message>
        <source>%v/%m requests left</source>
        <translation>%v/%m zapytań</translation>
    </message>
    <message>
        <source>Requests left this minute under the API rate limit: {0} of {1}</source>
        <translation>Zapytania pozostałe w tej minucie w ramach limitu API: {0} z {1}</translation>
    </message>
    <message>
        <source>Paused by the server for {0} s</source>
        <translation>Serwer wstrzymał zapytania na {0} s</translation>
    </message>
    <message numerus="yes">
        <source>Tasks: %n failed</source>
        <translation>
            <numerusform>Zadania: %n nieudane</numerusform>
            <numerusform>Zadania: %n nieudane</numerusform>
            <numerusform>Zadania: %n nieudanych</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tasks: %n running</source>
        <translation>
            <numerusform>Zadania: %n w toku</numerusform>
            <numerusform>Zadania: %n w toku</numerusform>
            <numerusform>Zadania: %n w toku</numerusform>
        </translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Zadania</translation>
    </message>
    <message>
        <source>DEMO DATA — local emulator</source>
        <translation>DANE DEMO — lokalny emulator</translation>
    </message>
    <message>
        <source>You are working on the built-in emulator with invented data. Nothing reaches Zadarma. Add a real profile in Settings to work with your dealer account.</source>
        <translation>Pracujesz na wbudowanym emulatorze ze zmyślonymi danymi. Nic nie trafia do Zadarmy. Dodaj prawdziwy profil w Ustawieniach, aby pracować na swoim koncie dealera.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Łączenie…</translation>
    </message>
    <message>
        <source>Profile: demo</source>
        <translation>Profil: demo</translation>
    </message>
    <message>
        <source>Profile: {0}</source>
        <translation>Profil: {0}</translation>
    </message>
    <message>
        <source>API requests left this minute</source>
        <translation>Zapytania API pozostałe w tej minucie</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Praca w toku</translation>
    </message>
    <message>
        <source>Show or hide the task panel (Ctrl+T)</source>
        <translation>Pokaż lub ukryj panel zadań (Ctrl+T)</translation>
    </message>
</context>
<context>
    <name>TaskListModel</name>
    <message>
        <source>Task</source>
        <translation>Zadanie</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stan</translation>
    </message>
    <message>
        <source>Failed: {0}</source>
        <translation>Niepowodzenie: {0}</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>W toku…</translation>
    </message>
</context>
<context>
    <name>TaskPanel</name>
    <message>
        <source>&amp;Cancel task</source>
        <translation>&amp;Anuluj zadanie</translation>
    </message>
    <message>
        <source>Cancel the selected task, or all running tasks</source>
        <translation>Anuluj zaznaczone zadanie albo wszystkie trwające</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Usuń z listy</translation>
    </message>
    <message>
        <source>Remove the selected failed tasks from the list</source>
        <translation>Usuń zaznaczone nieudane zadania z listy</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Zadania</translation>
    </message>
</context>
</TS>
