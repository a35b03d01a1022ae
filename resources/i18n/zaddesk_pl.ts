<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL" sourcelanguage="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Zaddesk</source>
        <translation>O programie Zaddesk</translation>
    </message>
    <message>
        <source>A console for Zadarma dealers.</source>
        <translation>Konsola dla dealerów Zadarma.</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Wersja:</translation>
    </message>
    <message>
        <source>&amp;Qt:</source>
        <translation>&amp;Qt:</translation>
    </message>
    <message>
        <source>&amp;Python:</source>
        <translation>&amp;Python:</translation>
    </message>
    <message>
        <source>&amp;Data folder:</source>
        <translation>Folder &amp;danych:</translation>
    </message>
    <message>
        <source>Lo&amp;g folder:</source>
        <translation>Folder l&amp;ogów:</translation>
    </message>
    <message>
        <source>&amp;Copy diagnostics</source>
        <translation>&amp;Kopiuj diagnostykę</translation>
    </message>
    <message>
        <source>Versions, system and folders for a support ticket; never keys or secrets</source>
        <translation>Wersje, system i foldery do zgłoszenia serwisowego; nigdy klucze ani sekrety</translation>
    </message>
    <message>
        <source>&amp;Licences…</source>
        <translation>&amp;Licencje…</translation>
    </message>
    <message>
        <source>Diagnostics copied to the clipboard.</source>
        <translation>Diagnostykę skopiowano do schowka.</translation>
    </message>
</context>
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
        <source>The system keyring did not answer (is it locked?), so the key of the profile “{0}” could not be read: working on demo data. Enter the key and secret in Settings to use them until Zaddesk closes.</source>
        <translation>Systemowy magazyn haseł nie odpowiedział (czy jest zablokowany?), więc nie udało się odczytać klucza profilu „{0}”: pracujesz na danych demo. Wprowadź klucz i sekret w Ustawieniach, aby używać ich do zamknięcia programu Zaddesk.</translation>
    </message>
    <message>
        <source>No key and secret are stored for the profile “{0}”: working on demo data. Enter them in Settings.</source>
        <translation>Dla profilu „{0}” nie zapisano klucza i sekretu: pracujesz na danych demo. Podaj je w Ustawieniach.</translation>
    </message>
    <message>
        <source>There is no profile “{0}”: working on demo data.</source>
        <translation>Nie ma profilu „{0}”: pracujesz na danych demo.</translation>
    </message>
    <message>
        <source>Look at the system keyring</source>
        <translation>Sprawdzenie systemowego magazynu haseł</translation>
    </message>
    <message>
        <source>Refresh dealer balance</source>
        <translation>Odświeżenie salda dealera</translation>
    </message>
    <message>
        <source>Read the current client</source>
        <translation>Odczyt bieżącego klienta</translation>
    </message>
</context>
<context>
    <name>ClientDataStep</name>
    <message>
        <source>(server default)</source>
        <translation>(domyślny z serwera)</translation>
    </message>
    <message>
        <source>Read price plans</source>
        <translation>Odczyt planów taryfowych</translation>
    </message>
    <message>
        <source>Phone as it will be sent: {0}</source>
        <translation>Telefon w postaci, w jakiej zostanie wysłany: {0}</translation>
    </message>
    <message>
        <source>The client is registered: these are the data sent, and they can no longer change here.</source>
        <translation>Klient jest zarejestrowany: to są wysłane dane i nie można ich już tutaj zmienić.</translation>
    </message>
    <message>
        <source>Client data</source>
        <translation>Dane klienta</translation>
    </message>
    <message>
        <source>Who is the new client? Only e-mail, first name and country are required.</source>
        <translation>Kim jest nowy klient? Wymagane są tylko e-mail, imię i kraj.</translation>
    </message>
    <message>
        <source>A password was typed before the console closed; it is never stored. Type it again, or leave it empty and the server will make one.</source>
        <translation>Przed zamknięciem konsoli wpisano hasło; hasła nigdy nie są zapisywane. Wpisz je ponownie albo zostaw puste, a serwer je utworzy.</translation>
    </message>
</context>
<context>
    <name>ClientDetail</name>
    <message>
        <source>No client selected</source>
        <translation>Nie wybrano klienta</translation>
    </message>
    <message>
        <source>Choose a client in the table.</source>
        <translation>Wybierz klienta w tabeli.</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktywny</translation>
    </message>
    <message>
        <source>not active</source>
        <translation>nieaktywny</translation>
    </message>
    <message>
        <source>created {0}</source>
        <translation>utworzony {0}</translation>
    </message>
    <message>
        <source>last login {0}</source>
        <translation>ostatnie logowanie {0}</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>potwierdzony</translation>
    </message>
    <message>
        <source>not confirmed</source>
        <translation>niepotwierdzony</translation>
    </message>
    <message>
        <source>No contact phone yet.</source>
        <translation>Brak telefonu kontaktowego.</translation>
    </message>
    <message>
        <source>Read client details</source>
        <translation>Odczyt danych klienta</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>Skopiowano do schowka.</translation>
    </message>
    <message>
        <source>Read API keys</source>
        <translation>Odczyt kluczy API</translation>
    </message>
    <message>
        <source>Regenerate API keys</source>
        <translation>Wygenerowanie nowych kluczy API</translation>
    </message>
    <message>
        <source>Make a new API key and secret for {0}?</source>
        <translation>Utworzyć nowy klucz i sekret API dla {0}?</translation>
    </message>
    <message>
        <source>The current key and secret stop working at once: every PBX, CRM, website or script of the client that uses them fails until it is given the new pair.</source>
        <translation>Obecny klucz i sekret natychmiast przestaną działać: każda centrala, CRM, strona lub skrypt klienta, który ich używa, przestanie działać, dopóki nie dostanie nowej pary.</translation>
    </message>
    <message>
        <source>New keys made; the old pair no longer works.</source>
        <translation>Utworzono nowe klucze; stara para już nie działa.</translation>
    </message>
    <message>
        <source>The answer to a money move for this client was lost; it may or may not have been applied. Check the balances and decide before moving money again.</source>
        <translation>Odpowiedź na przeniesienie środków dla tego klienta została utracona; mogło zostać wykonane albo nie. Zanim ponownie przeniesiesz środki, sprawdź salda i zdecyduj.</translation>
    </message>
</context>
<context>
    <name>ClientDetailForm</name>
    <message>
        <source>Balance:</source>
        <translation>Saldo:</translation>
    </message>
    <message>
        <source>&amp;Top up…</source>
        <translation>&amp;Doładuj…</translation>
    </message>
    <message>
        <source>&amp;Move money back…</source>
        <translation>&amp;Zwróć środki dealerowi…</translation>
    </message>
    <message>
        <source>&amp;Decide a lost money move…</source>
        <translation>&amp;Rozstrzygnij utracony przelew…</translation>
    </message>
    <message>
        <source>Contact phones</source>
        <translation>Telefony kontaktowe</translation>
    </message>
    <message>
        <source>&amp;Add or confirm a phone…</source>
        <translation>Dod&amp;aj lub potwierdź telefon…</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>Klucze API</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Klucz:</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopiuj</translation>
    </message>
    <message>
        <source>Secret:</source>
        <translation>Sekret:</translation>
    </message>
    <message>
        <source>Read &amp;keys</source>
        <translation>Odczytaj k&amp;lucze</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation>Po&amp;każ</translation>
    </message>
    <message>
        <source>Re&amp;generate…</source>
        <translation>Wygeneruj &amp;nowe…</translation>
    </message>
    <message>
        <source>&amp;Continue onboarding</source>
        <translation>Kontyn&amp;uuj rejestrację</translation>
    </message>
</context>
<context>
    <name>ClientHeader</name>
    <message>
        <source>No client chosen</source>
        <translation>Nie wybrano klienta</translation>
    </message>
    <message>
        <source>Pick a client here (Ctrl+K) or on the Clients page with “Work with this client”.</source>
        <translation>Wybierz klienta tutaj (Ctrl+K) albo na stronie Klienci przyciskiem „Pracuj z tym klientem”.</translation>
    </message>
    <message>
        <source>The dealer&apos;s own account</source>
        <translation>Własne konto dealera</translation>
    </message>
    <message>
        <source>Orders and payments made here are charged to the dealer&apos;s balance, not to a client&apos;s.</source>
        <translation>Zamówienia i płatności wykonane tutaj obciążają saldo dealera, nie klienta.</translation>
    </message>
    <message>
        <source>balance {0}</source>
        <translation>saldo {0}</translation>
    </message>
    <message>
        <source>reading PBX, numbers and documents…</source>
        <translation>odczyt centrali, numerów i dokumentów…</translation>
    </message>
    <message>
        <source>has a PBX</source>
        <translation>ma centralę</translation>
    </message>
    <message>
        <source>no PBX yet</source>
        <translation>nie ma jeszcze centrali</translation>
    </message>
    <message numerus="yes">
        <source>%n number(s)</source>
        <translation>
            <numerusform>%n numer</numerusform>
            <numerusform>%n numery</numerusform>
            <numerusform>%n numerów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document group(s)</source>
        <translation>
            <numerusform>%n grupa dokumentów</numerusform>
            <numerusform>%n grupy dokumentów</numerusform>
            <numerusform>%n grup dokumentów</numerusform>
        </translation>
    </message>
    <message>
        <source>Current client</source>
        <translation>Bieżący klient</translation>
    </message>
    <message>
        <source>Choose the client this page works for (Ctrl+K); the first entry is the dealer&apos;s own account.</source>
        <translation>Wybierz klienta, dla którego działa ta strona (Ctrl+K); pierwsza pozycja to własne konto dealera.</translation>
    </message>
    <message>
        <source>No client “{0}” on the server.</source>
        <translation>Na serwerze nie ma klienta „{0}”.</translation>
    </message>
    <message>
        <source>Find a client</source>
        <translation>Wyszukiwanie klienta</translation>
    </message>
</context>
<context>
    <name>ClientHeaderForm</name>
    <message>
        <source>Wor&amp;k for:</source>
        <translation>Pra&amp;cuj dla:</translation>
    </message>
    <message>
        <source>Id, name, e-mail, organisation or phone</source>
        <translation>Id, nazwisko, e-mail, firma lub telefon</translation>
    </message>
</context>
<context>
    <name>ClientListForm</name>
    <message>
        <source>Search by id, name, e-mail, organisation or phone</source>
        <translation>Szukaj po id, nazwisku, e-mailu, firmie lub telefonie</translation>
    </message>
    <message>
        <source>F&amp;ind on server</source>
        <translation>Znajdź na &amp;serwerze</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Odśwież</translation>
    </message>
    <message>
        <source>Make the selected client current: the number shop, documents, sounds and PBX pages then work for this client (Ctrl+Enter)</source>
        <translation>Ustaw zaznaczonego klienta jako bieżącego: sklep z numerami, dokumenty, dźwięki i centrala będą działać dla tego klienta (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Work with this c&amp;lient</source>
        <translation>Pracuj z &amp;tym klientem</translation>
    </message>
</context>
<context>
    <name>ClientTableModel</name>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Waluta</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktywny</translation>
    </message>
</context>
<context>
    <name>ClientsPage</name>
    <message>
        <source>page {0} of {1}</source>
        <translation>strona {0} z {1}</translation>
    </message>
    <message>
        <source>Refresh the client list</source>
        <translation>Odświeżenie listy klientów</translation>
    </message>
    <message>
        <source>%v of %m pages</source>
        <translation>%v z %m stron</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) found</source>
        <translation>
            <numerusform>Znaleziono %n klienta</numerusform>
            <numerusform>Znaleziono %n klientów</numerusform>
            <numerusform>Znaleziono %n klientów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in total</source>
        <translation>
            <numerusform>%n łącznie</numerusform>
            <numerusform>%n łącznie</numerusform>
            <numerusform>%n łącznie</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n klient</numerusform>
            <numerusform>%n klientów</numerusform>
            <numerusform>%n klientów</numerusform>
        </translation>
    </message>
    <message>
        <source>updated {0}</source>
        <translation>zaktualizowano {0}</translation>
    </message>
    <message>
        <source>from the cache</source>
        <translation>z pamięci podręcznej</translation>
    </message>
    <message>
        <source>No client “{0}” on the server.</source>
        <translation>Na serwerze nie ma klienta „{0}”.</translation>
    </message>
    <message>
        <source>Find a client</source>
        <translation>Wyszukanie klienta</translation>
    </message>
    <message>
        <source>Read a client</source>
        <translation>Odczyt klienta</translation>
    </message>
    <message>
        <source>Now working for client {0} ({1}).</source>
        <translation>Teraz pracujesz dla klienta {0} ({1}).</translation>
    </message>
    <message numerus="yes">
        <source>%n unfinished onboarding(s) can be resumed on the Onboarding page.</source>
        <translation>
            <numerusform>%n niedokończoną rejestrację można wznowić na stronie „Nowy klient”.</numerusform>
            <numerusform>%n niedokończone rejestracje można wznowić na stronie „Nowy klient”.</numerusform>
            <numerusform>%n niedokończonych rejestracji można wznowić na stronie „Nowy klient”.</numerusform>
        </translation>
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
    <name>CreatePbxPanel</name>
    <message>
        <source>This client has no cloud PBX yet. Creating it makes extension 100 and a voice menu that rings it. The password below is for extension 100; it is generated here, or type your own (it is checked before anything is sent).</source>
        <translation>Ten klient nie ma jeszcze centrali w chmurze. Utworzenie jej doda numer wewnętrzny 100 i menu głosowe, które do niego dzwoni. Poniższe hasło jest dla numeru 100; zostało wygenerowane tutaj, możesz też wpisać własne (zostanie sprawdzone, zanim cokolwiek zostanie wysłane).</translation>
    </message>
    <message>
        <source>Extension 100 &amp;password:</source>
        <translation>&amp;Hasło numeru 100:</translation>
    </message>
    <message>
        <source>&amp;Create PBX</source>
        <translation>&amp;Utwórz centralę</translation>
    </message>
    <message>
        <source>Gene&amp;rate</source>
        <translation>Wy&amp;generuj</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>Scans (*.pdf *.jpg *.jpeg *.png);;All files (*)</source>
        <translation>Skany (*.pdf *.jpg *.jpeg *.png);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>&amp;Salutation</source>
        <translation>&amp;Forma grzecznościowa</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation>&amp;Imię</translation>
    </message>
    <message>
        <source>Middle na&amp;me</source>
        <translation>&amp;Drugie imię</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>&amp;Nazwisko</translation>
    </message>
    <message>
        <source>Date of &amp;birth</source>
        <translation>Data &amp;urodzenia</translation>
    </message>
    <message>
        <source>Nationalit&amp;y</source>
        <translation>&amp;Obywatelstwo</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>Fi&amp;rma</translation>
    </message>
    <message>
        <source>Organisation &amp;description</source>
        <translation>&amp;Opis firmy</translation>
    </message>
    <message>
        <source>&amp;Registration number</source>
        <translation>Numer &amp;rejestrowy</translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation>&amp;Kraj</translation>
    </message>
    <message>
        <source>Re&amp;gion</source>
        <translation>&amp;Województwo / region</translation>
    </message>
    <message>
        <source>C&amp;ity</source>
        <translation>&amp;Miejscowość</translation>
    </message>
    <message>
        <source>&amp;Postal code</source>
        <translation>Kod &amp;pocztowy</translation>
    </message>
    <message>
        <source>S&amp;treet</source>
        <translation>&amp;Ulica</translation>
    </message>
    <message>
        <source>B&amp;uilding number</source>
        <translation>Numer &amp;budynku</translation>
    </message>
    <message>
        <source>Building &amp;letter</source>
        <translation>&amp;Litera budynku</translation>
    </message>
    <message>
        <source>Full &amp;address</source>
        <translation>Pełny &amp;adres</translation>
    </message>
    <message>
        <source>Street code (Denmark)</source>
        <translation>Kod ulicy (Dania)</translation>
    </message>
    <message>
        <source>Municipality code (Denmark)</source>
        <translation>Kod gminy (Dania)</translation>
    </message>
    <message>
        <source>&amp;ID document</source>
        <translation>&amp;Dokument tożsamości</translation>
    </message>
    <message>
        <source>ID &amp;number</source>
        <translation>Numer &amp;dokumentu</translation>
    </message>
    <message>
        <source>Issuing aut&amp;hority</source>
        <translation>Organ &amp;wydający</translation>
    </message>
    <message>
        <source>Issue &amp;date</source>
        <translation>Data &amp;wydania</translation>
    </message>
    <message>
        <source>Mr</source>
        <translation>Pan</translation>
    </message>
    <message>
        <source>Ms</source>
        <translation>Pani</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(brak)</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>Paszport</translation>
    </message>
    <message>
        <source>DNI (Spain)</source>
        <translation>DNI (Hiszpania)</translation>
    </message>
    <message>
        <source>NIE (Spain)</source>
        <translation>NIE (Hiszpania)</translation>
    </message>
    <message>
        <source>Residence permit</source>
        <translation>Karta pobytu</translation>
    </message>
    <message>
        <source>National ID card</source>
        <translation>Dowód osobisty</translation>
    </message>
    <message>
        <source>Business registration</source>
        <translation>Wpis do rejestru firm</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Grupa:</translation>
    </message>
    <message>
        <source>&amp;New group</source>
        <translation>&amp;Nowa grupa</translation>
    </message>
    <message>
        <source>Dire&amp;ction:</source>
        <translation>&amp;Kierunek:</translation>
    </message>
    <message>
        <source>&amp;Save group</source>
        <translation>&amp;Zapisz grupę</translation>
    </message>
    <message>
        <source>What the direction needs</source>
        <translation>Czego wymaga kierunek</translation>
    </message>
    <message>
        <source>Files in the group</source>
        <translation>Pliki w grupie</translation>
    </message>
    <message>
        <source>Uploads</source>
        <translation>Wysyłanie</translation>
    </message>
    <message>
        <source>Re&amp;place this file…</source>
        <translation>&amp;Zastąp ten plik…</translation>
    </message>
    <message>
        <source>Drop scans (PDF, JPEG, PNG) here or add them; each is checked before it is uploaded to the group on the left.</source>
        <translation>Upuść tu skany (PDF, JPEG, PNG) albo je dodaj; każdy jest sprawdzany, zanim trafi do grupy po lewej.</translation>
    </message>
    <message>
        <source>Choose a client in the header to see their documents.</source>
        <translation>Wybierz klienta w nagłówku, aby zobaczyć jego dokumenty.</translation>
    </message>
    <message>
        <source>e.g. PL</source>
        <translation>np. PL</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>RRRR-MM-DD</translation>
    </message>
    <message>
        <source>{count} upload(s) continue for {names}; they finish for that client.</source>
        <translation>Wysyłanie plików ({count}) trwa dalej dla: {names}; zakończy się dla tamtego klienta.</translation>
    </message>
    <message>
        <source>Read the document groups</source>
        <translation>Odczyt grup dokumentów</translation>
    </message>
    <message>
        <source>(no groups yet: fill in the form)</source>
        <translation>(brak grup: wypełnij formularz)</translation>
    </message>
    <message>
        <source>The group is saved.</source>
        <translation>Grupa jest zapisana.</translation>
    </message>
    <message>
        <source>Save the document group</source>
        <translation>Zapis grupy dokumentów</translation>
    </message>
    <message>
        <source>Read the group&apos;s files and checks</source>
        <translation>Odczyt plików i weryfikacji grupy</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>zweryfikowany</translation>
    </message>
    <message>
        <source>being checked</source>
        <translation>w weryfikacji</translation>
    </message>
    <message>
        <source>the service reports a problem</source>
        <translation>serwis zgłasza problem</translation>
    </message>
    <message>
        <source>Details: {text}</source>
        <translation>Szczegóły: {text}</translation>
    </message>
    <message>
        <source>Missing: {kind}</source>
        <translation>Brakuje: {kind}</translation>
    </message>
    <message>
        <source>The service reports a problem with a {kind}. Select it and replace the file.</source>
        <translation>Serwis zgłasza problem z dokumentem: {kind}. Zaznacz go i zastąp plik.</translation>
    </message>
    <message>
        <source>The service reports a problem with the address; check it and save the group.</source>
        <translation>Serwis zgłasza problem z adresem; sprawdź go i zapisz grupę.</translation>
    </message>
    <message>
        <source>Replace this file</source>
        <translation>Zastąp ten plik</translation>
    </message>
    <message>
        <source>(choose a country)</source>
        <translation>(wybierz kraj)</translation>
    </message>
    <message>
        <source>Read the countries</source>
        <translation>Odczyt krajów</translation>
    </message>
    <message>
        <source>(choose a direction)</source>
        <translation>(wybierz kierunek)</translation>
    </message>
    <message>
        <source>Read the directions</source>
        <translation>Odczyt kierunków</translation>
    </message>
    <message>
        <source>Choose a direction to see what it needs.</source>
        <translation>Wybierz kierunek, aby zobaczyć, czego wymaga.</translation>
    </message>
    <message>
        <source>Direction {id}: the service&apos;s check is on the right.</source>
        <translation>Kierunek {id}: weryfikacja serwisu jest po prawej.</translation>
    </message>
    <message>
        <source>Upload: {kind}</source>
        <translation>Prześlij: {kind}</translation>
    </message>
    <message>
        <source>An address in {country}</source>
        <translation>Adres w kraju {country}</translation>
    </message>
    <message>
        <source>The required fields of the form</source>
        <translation>Wymagane pola formularza</translation>
    </message>
    <message>
        <source>Fill in: {field}</source>
        <translation>Uzupełnij: {field}</translation>
    </message>
    <message>
        <source>Nothing missing for {direction}.</source>
        <translation>Niczego nie brakuje dla kierunku {direction}.</translation>
    </message>
    <message>
        <source>One thing missing for {direction}.</source>
        <translation>Brakuje jednej rzeczy dla kierunku {direction}.</translation>
    </message>
    <message>
        <source>{count} things missing for {direction}.</source>
        <translation>Brakuje {count} rzeczy dla kierunku {direction}.</translation>
    </message>
    <message>
        <source>Information matches</source>
        <translation>Dane się zgadzają</translation>
    </message>
    <message>
        <source>Documents uploaded</source>
        <translation>Dokumenty przesłane</translation>
    </message>
    <message>
        <source>Documents verified</source>
        <translation>Dokumenty zweryfikowane</translation>
    </message>
    <message>
        <source>Address matches</source>
        <translation>Adres się zgadza</translation>
    </message>
    <message>
        <source>Add scans</source>
        <translation>Dodaj skany</translation>
    </message>
    <message>
        <source>Save the group first; files are uploaded into a group.</source>
        <translation>Najpierw zapisz grupę; pliki trafiają do grupy.</translation>
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
    <name>ExtensionsModel</name>
    <message>
        <source>Extension</source>
        <translation>Numer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stan</translation>
    </message>
    <message>
        <source>Caller ID</source>
        <translation>Numer prezentowany</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Nagrywanie</translation>
    </message>
    <message>
        <source>cloud store</source>
        <translation>chmura</translation>
    </message>
    <message>
        <source>e-mail to {0}</source>
        <translation>e-mail do {0}</translation>
    </message>
    <message>
        <source>off</source>
        <translation>wyłączone</translation>
    </message>
    <message>
        <source>online</source>
        <translation>połączony</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>niepołączony</translation>
    </message>
</context>
<context>
    <name>ExtensionsTab</name>
    <message>
        <source>F&amp;orwarding…</source>
        <translation>Przekierow&amp;anie…</translation>
    </message>
    <message>
        <source>&amp;New extensions from:</source>
        <translation>&amp;Nowe numery od:</translation>
    </message>
    <message>
        <source>&amp;Add extensions</source>
        <translation>&amp;Dodaj numery</translation>
    </message>
    <message>
        <source>&amp;SIP settings and QR…</source>
        <translation>Ustawienia &amp;SIP i QR…</translation>
    </message>
    <message>
        <source>&amp;Password…</source>
        <translation>&amp;Hasło…</translation>
    </message>
    <message>
        <source>The extension may listen in on and join other extensions&apos; calls.</source>
        <translation>Numer może podsłuchiwać rozmowy innych numerów wewnętrznych i do nich dołączać.</translation>
    </message>
    <message>
        <source>The number callers see (caller ID) is chosen among the client&apos;s numbers in Zadarma&apos;s own panel; the API does not change it for PBX extensions.</source>
        <translation>Numer widoczny dla rozmówców (numer prezentowany) wybiera się spośród numerów klienta w panelu Zadarmy; API nie zmienia go dla numerów wewnętrznych centrali.</translation>
    </message>
    <message>
        <source>Online status of extensions</source>
        <translation>Stan połączenia numerów wewnętrznych</translation>
    </message>
    <message>
        <source>Create extensions {0}</source>
        <translation>Utwórz numery wewnętrzne {0}</translation>
    </message>
    <message>
        <source>Extensions {0} created.</source>
        <translation>Utworzono numery wewnętrzne {0}.</translation>
    </message>
    <message>
        <source>its answer was lost</source>
        <translation>odpowiedź zaginęła</translation>
    </message>
    <message>
        <source>Creating extension {0} failed: {1}</source>
        <translation>Nie udało się utworzyć numeru {0}: {1}</translation>
    </message>
    <message>
        <source>Reading the server back shows it was created after all.</source>
        <translation>Odczyt z serwera pokazuje, że jednak został utworzony.</translation>
    </message>
    <message>
        <source>Reading the server back shows it was not created.</source>
        <translation>Odczyt z serwera pokazuje, że nie został utworzony.</translation>
    </message>
    <message>
        <source>Exist now: {0}.</source>
        <translation>Istnieją teraz: {0}.</translation>
    </message>
    <message>
        <source>none of them</source>
        <translation>żaden z nich</translation>
    </message>
    <message>
        <source>Not created: {0}. Add them again when the server answers.</source>
        <translation>Nie utworzono: {0}. Dodaj je ponownie, gdy serwer zacznie odpowiadać.</translation>
    </message>
    <message>
        <source>The password of extension {0} was changed.</source>
        <translation>Hasło numeru {0} zostało zmienione.</translation>
    </message>
    <message>
        <source>Forwarding of extension {0} saved.</source>
        <translation>Zapisano przekierowanie numeru {0}.</translation>
    </message>
    <message>
        <source>Read the forwarding of extension {0}</source>
        <translation>Odczytaj przekierowanie numeru {0}</translation>
    </message>
    <message>
        <source>Supervisor mode of extension {0}</source>
        <translation>Tryb nadzoru numeru {0}</translation>
    </message>
    <message>
        <source>How &amp;many:</source>
        <translation>&amp;Ile:</translation>
    </message>
    <message>
        <source>Reloa&amp;d</source>
        <translation>&amp;Odśwież</translation>
    </message>
    <message>
        <source>Re&amp;cording…</source>
        <translation>Nag&amp;rywanie…</translation>
    </message>
    <message>
        <source>S&amp;upervisor mode</source>
        <translation>Tr&amp;yb nadzoru</translation>
    </message>
</context>
<context>
    <name>FlowEditor</name>
    <message>
        <source>Call f&amp;low</source>
        <translation>Przepływ po&amp;łączeń</translation>
    </message>
    <message>
        <source>announce the queue position</source>
        <translation>informuj o miejscu w kolejce</translation>
    </message>
    <message>
        <source>do not announce the queue position</source>
        <translation>nie informuj o miejscu w kolejce</translation>
    </message>
    <message>
        <source>  (? = the id the server gives to an item created above)</source>
        <translation>  (? = identyfikator, który serwer nada elementowi utworzonemu wyżej)</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Zastosuj</translation>
    </message>
    <message>
        <source>&amp;Auto-layout</source>
        <translation>&amp;Automatyczny układ</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Zamknij</translation>
    </message>
    <message>
        <source>&amp;Decide later</source>
        <translation>&amp;Zdecyduję później</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Usuń</translation>
    </message>
    <message>
        <source>&amp;Dialled number:</source>
        <translation>&amp;Wybrany numer:</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Eksportuj…</translation>
    </message>
    <message>
        <source>&amp;Extension:</source>
        <translation>&amp;Numer wewnętrzny:</translation>
    </message>
    <message>
        <source>&amp;Fit</source>
        <translation>&amp;Dopasuj</translation>
    </message>
    <message>
        <source>&amp;Greeting:</source>
        <translation>&amp;Powitanie:</translation>
    </message>
    <message>
        <source>&amp;Inspector</source>
        <translation>&amp;Właściwości</translation>
    </message>
    <message>
        <source>&amp;Keep my edit over theirs</source>
        <translation>&amp;Zachowaj moje zmiany zamiast ich zmian</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Klawisz:</translation>
    </message>
    <message>
        <source>&amp;Menu:</source>
        <translation>&amp;Menu:</translation>
    </message>
    <message>
        <source>&amp;New call</source>
        <translation>&amp;Nowe połączenie</translation>
    </message>
    <message>
        <source>&amp;Note for this version:</source>
        <translation>&amp;Notatka do tej wersji:</translation>
    </message>
    <message>
        <source>&amp;Passes calls to menu:</source>
        <translation>&amp;Przekazuje połączenia do menu:</translation>
    </message>
    <message>
        <source>&amp;Problems</source>
        <translation>&amp;Problemy</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ponów</translation>
    </message>
    <message>
        <source>&amp;Request:</source>
        <translation>Ż&amp;ądanie:</translation>
    </message>
    <message>
        <source>&amp;Restore as the edit</source>
        <translation>&amp;Przywróć jako edycję</translation>
    </message>
    <message>
        <source>&amp;Rings:</source>
        <translation>&amp;Dzwoni:</translation>
    </message>
    <message>
        <source>&amp;Take theirs, drop my edit</source>
        <translation>&amp;Przyjmij ich zmiany, porzuć moje</translation>
    </message>
    <message>
        <source>&amp;Time of the call:</source>
        <translation>&amp;Czas połączenia:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Nazwa:</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Cofnij</translation>
    </message>
    <message>
        <source>&amp;Versions, newest first:</source>
        <translation>&amp;Wersje, od najnowszej:</translation>
    </message>
    <message>
        <source>&amp;Wait (let the time pass)</source>
        <translation>&amp;Czekaj (niech minie czas)</translation>
    </message>
    <message>
        <source>&amp;Waits for a key (s):</source>
        <translation>&amp;Czeka na klawisz (s):</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Kiedy:</translation>
    </message>
    <message>
        <source>(none: the extension rings)</source>
        <translation>(brak: dzwoni numer wewnętrzny)</translation>
    </message>
    <message>
        <source>A menu&apos;s title, greeting (sound or text-to-speech), wait time and working hours are set in Zadarma&apos;s panel; the API cannot change them, so they are shown here read-only.</source>
        <translation>Nazwę menu, powitanie (plik dźwiękowy lub syntezę mowy), czas oczekiwania i godziny pracy ustawia się w panelu Zadarma; API nie może ich zmienić, więc są tu tylko do odczytu.</translation>
    </message>
    <message>
        <source>A scenario on key {key} has no title</source>
        <translation>Scenariusz pod klawiszem {key} nie ma nazwy</translation>
    </message>
    <message>
        <source>A&amp;dd extension</source>
        <translation>Do&amp;daj numer wewnętrzny</translation>
    </message>
    <message>
        <source>A&amp;nnounce the position in the queue</source>
        <translation>&amp;Informuj o miejscu w kolejce</translation>
    </message>
    <message>
        <source>Add a menu</source>
        <translation>Dodanie menu</translation>
    </message>
    <message>
        <source>Add a menu first.</source>
        <translation>Najpierw dodaj menu.</translation>
    </message>
    <message>
        <source>Add a scenario</source>
        <translation>Dodanie scenariusza</translation>
    </message>
    <message>
        <source>Add extension {number}</source>
        <translation>Dodanie numeru wewnętrznego {number}</translation>
    </message>
    <message>
        <source>All {count} calls were applied.</source>
        <translation>Zastosowano wszystkie wywołania ({count}).</translation>
    </message>
    <message>
        <source>Applied ({count}):</source>
        <translation>Zastosowane ({count}):</translation>
    </message>
    <message>
        <source>Applied versions</source>
        <translation>Zastosowane wersje</translation>
    </message>
    <message>
        <source>Apply the call flow</source>
        <translation>Zastosuj przepływ połączeń</translation>
    </message>
    <message>
        <source>As&amp;k the client&apos;s call-info URL (dynamic menu)</source>
        <translation>&amp;Pytaj adres call-info klienta (menu dynamiczne)</translation>
    </message>
    <message>
        <source>Auto-layout</source>
        <translation>Automatyczny układ</translation>
    </message>
    <message>
        <source>C&amp;aller:</source>
        <translation>&amp;Dzwoniący:</translation>
    </message>
    <message>
        <source>Call flow (*.json)</source>
        <translation>Przepływ połączeń (*.json)</translation>
    </message>
    <message>
        <source>Call from {caller} to {dialled}</source>
        <translation>Połączenie od {caller} na {dialled}</translation>
    </message>
    <message>
        <source>Change scenario “{title}” of “{menu}”</source>
        <translation>Zmień scenariusz „{title}” w „{menu}”</translation>
    </message>
    <message>
        <source>Changed on the server</source>
        <translation>Zmienione na serwerze</translation>
    </message>
    <message>
        <source>Choose a client to see its call flow.</source>
        <translation>Wybierz klienta, aby zobaczyć jego przepływ połączeń.</translation>
    </message>
    <message>
        <source>Could not apply: {error}</source>
        <translation>Nie udało się zastosować: {error}</translation>
    </message>
    <message>
        <source>Create a voice menu for “{menu}” (beyond the free menu it is paid)</source>
        <translation>Utwórz menu głosowe dla „{menu}” (ponad darmowe menu jest płatne)</translation>
    </message>
    <message>
        <source>Create extension {number}</source>
        <translation>Utwórz numer wewnętrzny {number}</translation>
    </message>
    <message>
        <source>Create scenario “{title}” on key {key} of “{menu}”, ringing {numbers}</source>
        <translation>Utwórz scenariusz „{title}” pod klawiszem {key} w „{menu}”, dzwoni do {numbers}</translation>
    </message>
    <message>
        <source>Delay (s)</source>
        <translation>Opóźnienie (s)</translation>
    </message>
    <message>
        <source>Delete scenario “{title}” (key {key}) of “{menu}”</source>
        <translation>Usuń scenariusz „{title}” (klawisz {key}) z „{menu}”</translation>
    </message>
    <message>
        <source>Delete voice menu “{menu}” and its scenarios</source>
        <translation>Usuń menu głosowe „{menu}” i jego scenariusze</translation>
    </message>
    <message>
        <source>Delete {what}</source>
        <translation>Usunięcie: {what}</translation>
    </message>
    <message>
        <source>Dis&amp;card edit</source>
        <translation>&amp;Odrzuć edycję</translation>
    </message>
    <message>
        <source>E&amp;xtensions rung:</source>
        <translation>&amp;Numery, do których dzwoni:</translation>
    </message>
    <message>
        <source>Edit discarded: the call flow as it is on the server.</source>
        <translation>Edycję odrzucono: przepływ połączeń taki, jak na serwerze.</translation>
    </message>
    <message>
        <source>Edit {what}</source>
        <translation>Zmiana: {what}</translation>
    </message>
    <message>
        <source>Export the call flow</source>
        <translation>Eksportuj przepływ połączeń</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Numer wewnętrzny</translation>
    </message>
    <message>
        <source>Extension {number}</source>
        <translation>Numer wewnętrzny {number}</translation>
    </message>
    <message>
        <source>Extension {number} forwards to a menu that no longer exists</source>
        <translation>Numer wewnętrzny {number} przekazuje do menu, którego już nie ma</translation>
    </message>
    <message>
        <source>Extension {number} passes the call to another menu</source>
        <translation>Numer wewnętrzny {number} przekazuje połączenie do innego menu</translation>
    </message>
    <message>
        <source>Extension {number} rings for {seconds} s</source>
        <translation>Numer wewnętrzny {number} dzwoni przez {seconds} s</translation>
    </message>
    <message>
        <source>Extension “{number}” is not 3 digits</source>
        <translation>Numer wewnętrzny „{number}” nie ma 3 cyfr</translation>
    </message>
    <message>
        <source>Extensions on the server are not deleted from here.</source>
        <translation>Numerów wewnętrznych z serwera nie usuwa się stąd.</translation>
    </message>
    <message>
        <source>Fix the problems marked in red before applying.</source>
        <translation>Przed zastosowaniem popraw problemy oznaczone na czerwono.</translation>
    </message>
    <message>
        <source>Forward extension {number} to menu “{menu}” ({condition})</source>
        <translation>Przekieruj numer wewnętrzny {number} do menu „{menu}” ({condition})</translation>
    </message>
    <message>
        <source>Im&amp;port…</source>
        <translation>&amp;Importuj…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Import a call flow</source>
        <translation>Importuj przepływ połączeń</translation>
    </message>
    <message>
        <source>Import {name}</source>
        <translation>Import pliku {name}</translation>
    </message>
    <message>
        <source>Incoming call</source>
        <translation>Połączenie przychodzące</translation>
    </message>
    <message>
        <source>Key {key}</source>
        <translation>Klawisz {key}</translation>
    </message>
    <message>
        <source>Key {key} leads nowhere; the menu waits again</source>
        <translation>Klawisz {key} nigdzie nie prowadzi; menu czeka dalej</translation>
    </message>
    <message>
        <source>Key {key} of menu “{menu}” has two scenarios</source>
        <translation>Klawisz {key} w menu „{menu}” ma dwa scenariusze</translation>
    </message>
    <message>
        <source>Key {key}: {title}</source>
        <translation>Klawisz {key}: {title}</translation>
    </message>
    <message>
        <source>Menu “{menu}” has no “no key” scenario: a caller who presses nothing is lost</source>
        <translation>Menu „{menu}” nie ma scenariusza „bez wciskania”: dzwoniący, który nic nie wciśnie, zostanie utracony</translation>
    </message>
    <message>
        <source>Menu “{menu}” is on a loop with no way out: no key ever rings a person</source>
        <translation>Menu „{menu}” jest w pętli bez wyjścia: żaden klawisz nie prowadzi do człowieka</translation>
    </message>
    <message>
        <source>Menu “{menu}” plays its greeting</source>
        <translation>Menu „{menu}” odtwarza powitanie</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Przesunięcie</translation>
    </message>
    <message>
        <source>Move {a} to {b}</source>
        <translation>Przeniesienie: {a} do {b}</translation>
    </message>
    <message>
        <source>New &amp;menu</source>
        <translation>Nowe &amp;menu</translation>
    </message>
    <message>
        <source>New &amp;scenario</source>
        <translation>Nowy &amp;scenariusz</translation>
    </message>
    <message>
        <source>New e&amp;xtension</source>
        <translation>Nowy numer &amp;wewnętrzny</translation>
    </message>
    <message>
        <source>New menu</source>
        <translation>Nowe menu</translation>
    </message>
    <message>
        <source>New menu (Zadarma names it)</source>
        <translation>Nowe menu (nazwę nada Zadarma)</translation>
    </message>
    <message>
        <source>No call reaches menu “{menu}”: no scenario rings an extension forwarded to it</source>
        <translation>Żadne połączenie nie dociera do menu „{menu}”: żaden scenariusz nie dzwoni do numeru przekierowanego do niego</translation>
    </message>
    <message>
        <source>No key</source>
        <translation>Bez wciskania</translation>
    </message>
    <message>
        <source>No key within {seconds} s</source>
        <translation>Brak klawisza przez {seconds} s</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Nie znaleziono problemów.</translation>
    </message>
    <message>
        <source>Nobody answered; the call ends</source>
        <translation>Nikt nie odebrał; połączenie się kończy</translation>
    </message>
    <message>
        <source>Not applied ({count}):</source>
        <translation>Niezastosowane ({count}):</translation>
    </message>
    <message>
        <source>Nothing handles this: the call ends</source>
        <translation>Nic tego nie obsługuje: połączenie się kończy</translation>
    </message>
    <message>
        <source>Nothing to apply: the edit matches the server.</source>
        <translation>Nie ma czego stosować: edycja zgadza się z serwerem.</translation>
    </message>
    <message>
        <source>Nothing: it is what the server has.</source>
        <translation>Nic: serwer ma właśnie to.</translation>
    </message>
    <message>
        <source>Now forwarded elsewhere ({where}); choosing a menu replaces that.</source>
        <translation>Teraz przekierowany gdzie indziej ({where}); wybór menu to zastąpi.</translation>
    </message>
    <message>
        <source>Outside working hours: the autoresponder</source>
        <translation>Poza godzinami pracy: autoresponder</translation>
    </message>
    <message>
        <source>Plays sound {sound}</source>
        <translation>Odtwarza dźwięk {sound}</translation>
    </message>
    <message>
        <source>Re&amp;view changes</source>
        <translation>&amp;Przejrzyj zmiany</translation>
    </message>
    <message>
        <source>Read the call flow</source>
        <translation>Odczytaj przepływ połączeń</translation>
    </message>
    <message>
        <source>Reading the call flow…</source>
        <translation>Odczytywanie przepływu połączeń…</translation>
    </message>
    <message>
        <source>Rel&amp;oad from server</source>
        <translation>&amp;Wczytaj ponownie z serwera</translation>
    </message>
    <message>
        <source>Remo&amp;ve extension</source>
        <translation>&amp;Usuń numer wewnętrzny</translation>
    </message>
    <message>
        <source>Restore a version</source>
        <translation>Przywrócenie wersji</translation>
    </message>
    <message>
        <source>Review changes</source>
        <translation>Przegląd zmian</translation>
    </message>
    <message>
        <source>Ring time (s)</source>
        <translation>Czas dzwonienia (s)</translation>
    </message>
    <message>
        <source>Scenario “{title}” (key: {key})</source>
        <translation>Scenariusz „{title}” (klawisz: {key})</translation>
    </message>
    <message>
        <source>Scenario “{title}” belongs to no menu</source>
        <translation>Scenariusz „{title}” nie należy do żadnego menu</translation>
    </message>
    <message>
        <source>Scenario “{title}” has key {key}; keys go from -1 to 30</source>
        <translation>Scenariusz „{title}” ma klawisz {key}; klawisze to od -1 do 30</translation>
    </message>
    <message>
        <source>Scenario “{title}” has {count} ring tiers; at most three are possible</source>
        <translation>Scenariusz „{title}” ma {count} grup dzwonienia; możliwe są najwyżej trzy</translation>
    </message>
    <message>
        <source>Scenario “{title}” names extension {number} twice</source>
        <translation>Scenariusz „{title}” wymienia numer wewnętrzny {number} dwa razy</translation>
    </message>
    <message>
        <source>Scenario “{title}” rings extension {number}, which does not exist</source>
        <translation>Scenariusz „{title}” dzwoni do numeru wewnętrznego {number}, którego nie ma</translation>
    </message>
    <message>
        <source>Scenario “{title}” rings nobody</source>
        <translation>Scenariusz „{title}” nie dzwoni do nikogo</translation>
    </message>
    <message>
        <source>Scenario “{title}”: delays and ring times must be positive seconds</source>
        <translation>Scenariusz „{title}”: opóźnienia i czasy dzwonienia muszą być dodatnią liczbą sekund</translation>
    </message>
    <message>
        <source>Select a box to see and change it.</source>
        <translation>Zaznacz element, aby go zobaczyć i zmienić.</translation>
    </message>
    <message>
        <source>Someone changed this client&apos;s call flow since your edit began. Nothing was sent. Compare and decide:</source>
        <translation>Ktoś zmienił przepływ połączeń tego klienta od początku Twojej edycji. Nic nie wysłano. Porównaj i zdecyduj:</translation>
    </message>
    <message>
        <source>Sounds played: {sounds}</source>
        <translation>Odtworzone dźwięki: {sounds}</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>&amp;Stan:</translation>
    </message>
    <message>
        <source>Stop forwarding extension {number} to menu “{menu}”</source>
        <translation>Wyłącz przekierowanie numeru wewnętrznego {number} do menu „{menu}”</translation>
    </message>
    <message>
        <source>Stopped because: {error}</source>
        <translation>Zatrzymano, bo: {error}</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>&amp;Nazwa:</translation>
    </message>
    <message>
        <source>Test ca&amp;ll</source>
        <translation>Połączenie &amp;testowe</translation>
    </message>
    <message>
        <source>Test call</source>
        <translation>Połączenie testowe</translation>
    </message>
    <message>
        <source>The call flow as it is on the server.</source>
        <translation>Przepływ połączeń taki, jak na serwerze.</translation>
    </message>
    <message>
        <source>The call flow changed on the server</source>
        <translation>Przepływ połączeń zmienił się na serwerze</translation>
    </message>
    <message>
        <source>The call goes on to another menu</source>
        <translation>Połączenie przechodzi do innego menu</translation>
    </message>
    <message>
        <source>The call goes round in a loop; the simulation stops</source>
        <translation>Połączenie krąży w pętli; symulacja się zatrzymuje</translation>
    </message>
    <message>
        <source>The call-info URL answers {answer}</source>
        <translation>Adres call-info odpowiada {answer}</translation>
    </message>
    <message>
        <source>The file was not imported:</source>
        <translation>Pliku nie zaimportowano:</translation>
    </message>
    <message>
        <source>The first ring tier of “{title}” must ring at once (delay 0)</source>
        <translation>Pierwsza grupa dzwonienia w „{title}” musi dzwonić od razu (opóźnienie 0)</translation>
    </message>
    <message>
        <source>The flow has no main menu for incoming calls</source>
        <translation>Przepływ nie ma menu głównego dla połączeń przychodzących</translation>
    </message>
    <message>
        <source>The listener hangs up</source>
        <translation>Odbiorca powiadomień rozłącza połączenie</translation>
    </message>
    <message>
        <source>The main menu cannot be deleted; Zadarma keeps it.</source>
        <translation>Menu głównego nie można usunąć; Zadarma je zachowuje.</translation>
    </message>
    <message>
        <source>The rest is kept as your edit; apply again to finish.</source>
        <translation>Reszta zostaje jako Twoja edycja; zastosuj ponownie, aby dokończyć.</translation>
    </message>
    <message>
        <source>These {count} API calls will be sent, in this order:</source>
        <translation>Te wywołania API ({count}) zostaną wysłane w tej kolejności:</translation>
    </message>
    <message>
        <source>Those two cannot be connected.</source>
        <translation>Tych dwóch elementów nie można połączyć.</translation>
    </message>
    <message>
        <source>Time&amp;line:</source>
        <translation>&amp;Oś czasu:</translation>
    </message>
    <message>
        <source>Versio&amp;ns…</source>
        <translation>&amp;Wersje…</translation>
    </message>
    <message>
        <source>Waiting for a key</source>
        <translation>Czeka na klawisz</translation>
    </message>
    <message>
        <source>What restoring it would change:</source>
        <translation>Co zmieniłoby przywrócenie:</translation>
    </message>
    <message>
        <source>Who rings when:</source>
        <translation>Kto dzwoni i kiedy:</translation>
    </message>
    <message>
        <source>Your edit</source>
        <translation>Twoja edycja</translation>
    </message>
    <message>
        <source>Your unapplied edit is back. Review it to apply, or discard it.</source>
        <translation>Twoja niezastosowana edycja wróciła. Przejrzyj ją, aby zastosować, albo ją odrzuć.</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Po&amp;większ</translation>
    </message>
    <message>
        <source>Zoom ou&amp;t</source>
        <translation>Po&amp;mniejsz</translation>
    </message>
    <message>
        <source>after hours</source>
        <translation>poza godzinami pracy</translation>
    </message>
    <message>
        <source>always</source>
        <translation>zawsze</translation>
    </message>
    <message>
        <source>enters the main menu</source>
        <translation>wchodzi do menu głównego</translation>
    </message>
    <message>
        <source>extension {number}</source>
        <translation>numer wewnętrzny {number}</translation>
    </message>
    <message>
        <source>forward</source>
        <translation>przekierowanie</translation>
    </message>
    <message>
        <source>forwards: {where}</source>
        <translation>przekierowuje: {where}</translation>
    </message>
    <message>
        <source>menu “{title}”</source>
        <translation>menu „{title}”</translation>
    </message>
    <message>
        <source>new menu</source>
        <translation>nowe menu</translation>
    </message>
    <message>
        <source>no key</source>
        <translation>bez wciskania</translation>
    </message>
    <message>
        <source>queue strategy {strategy}</source>
        <translation>strategia kolejki {strategy}</translation>
    </message>
    <message>
        <source>ring tiers</source>
        <translation>grupy dzwonienia</translation>
    </message>
    <message>
        <source>rings {who}</source>
        <translation>dzwoni: {who}</translation>
    </message>
    <message>
        <source>scenario “{title}”</source>
        <translation>scenariusz „{title}”</translation>
    </message>
    <message>
        <source>sound file</source>
        <translation>plik dźwiękowy</translation>
    </message>
    <message>
        <source>text-to-speech</source>
        <translation>synteza mowy</translation>
    </message>
    <message>
        <source>title “{old}” → “{new}”</source>
        <translation>nazwa „{old}” → „{new}”</translation>
    </message>
    <message>
        <source>waits {seconds} s · greeting: {kind}</source>
        <translation>czeka {seconds} s · powitanie: {kind}</translation>
    </message>
    <message>
        <source>when not answered</source>
        <translation>gdy nikt nie odbierze</translation>
    </message>
    <message>
        <source>{at:&gt;4} s  extension {number} rings for {seconds} s</source>
        <translation>{at:&gt;4} s  numer wewnętrzny {number} dzwoni przez {seconds} s</translation>
    </message>
    <message>
        <source>{a} leads to {b}</source>
        <translation>{a} prowadzi do {b}</translation>
    </message>
    <message>
        <source>{a} passes calls to {b}</source>
        <translation>{a} przekazuje połączenia do {b}</translation>
    </message>
    <message>
        <source>{a} rings {b}</source>
        <translation>{a} dzwoni do {b}</translation>
    </message>
    <message>
        <source>{count} earlier change(s) whose answer was lost were settled by reading the server.</source>
        <translation>Rozstrzygnięto przez odczyt serwera wcześniejsze zmiany bez odpowiedzi: {count}.</translation>
    </message>
    <message>
        <source>{title} (main)</source>
        <translation>{title} (główne)</translation>
    </message>
    <message>
        <source>→ menu {menu}</source>
        <translation>→ menu {menu}</translation>
    </message>
    <message>
        <source>It &amp;was applied</source>
        <translation>&amp;Zostało zastosowane</translation>
    </message>
    <message>
        <source>It was &amp;not applied</source>
        <translation>&amp;Nie zostało zastosowane</translation>
    </message>
    <message>
        <source>The server could not tell whether the last call took effect; check it in Zadarma&apos;s panel and say which:</source>
        <translation>Z serwera nie wynika, czy ostatnie wywołanie zadziałało; sprawdź to w panelu Zadarma i wskaż, jak jest:</translation>
    </message>
    <message>
        <source>Your decision was recorded; review the changes again to finish.</source>
        <translation>Twoją decyzję zapisano; przejrzyj zmiany ponownie, aby dokończyć.</translation>
    </message>
    <message>
        <source>Apply as a template</source>
        <translation>Zastosuj jako szablon</translation>
    </message>
    <message>
        <source>Extension {number}:</source>
        <translation>Numer wewnętrzny {number}:</translation>
    </message>
    <message>
        <source>This flow comes from another client. Choose which of this client&apos;s extensions each of its extensions becomes:</source>
        <translation>Ten przepływ pochodzi od innego klienta. Wybierz, którym numerem wewnętrznym tego klienta ma się stać każdy z jego numerów:</translation>
    </message>
    <message>
        <source>{number} (create it)</source>
        <translation>{number} (utwórz go)</translation>
    </message>
    <message>
        <source>Delays and ring times are whole seconds.</source>
        <translation>Opóźnienia i czasy dzwonienia podaje się w pełnych sekundach.</translation>
    </message>
    <message>
        <source>Whole seconds, e.g. 15</source>
        <translation>Pełne sekundy, np. 15</translation>
    </message>
</context>
<context>
    <name>LicencesDialog</name>
    <message>
        <source>Licences</source>
        <translation>Licencje</translation>
    </message>
    <message>
        <source>The list of the third-party software bundled with Zaddesk, with their licences, is written when the app is packaged (packaging/build.sh). This copy runs from the source code and bundles nothing.</source>
        <translation>Lista oprogramowania innych autorów dołączonego do Zaddesk, wraz z licencjami, powstaje przy pakowaniu aplikacji (packaging/build.sh). Ta kopia działa z kodu źródłowego i niczego nie dołącza.</translation>
    </message>
</context>
<context>
    <name>LostAnswer</name>
    <message>
        <source>registering {0}</source>
        <translation>rejestrację {0}</translation>
    </message>
    <message>
        <source>confirming the registration of {0} with the code</source>
        <translation>potwierdzenie rejestracji {0} kodem</translation>
    </message>
    <message>
        <source>adding the contact phone {0}</source>
        <translation>dodanie telefonu kontaktowego {0}</translation>
    </message>
    <message>
        <source>sending a code by SMS to {0}</source>
        <translation>wysłanie kodu SMS-em na {0}</translation>
    </message>
    <message>
        <source>calling {0} with a code</source>
        <translation>połączenie z kodem na {0}</translation>
    </message>
    <message>
        <source>confirming the phone {0} with the code</source>
        <translation>potwierdzenie telefonu {0} kodem</translation>
    </message>
    <message>
        <source>The account for {0} exists: the registration went through. Go on with this client.</source>
        <translation>Konto {0} istnieje: rejestracja się powiodła. Kontynuuj z tym klientem.</translation>
    </message>
    <message>
        <source>There is no account for {0}: the registration never reached the server. Send it now with “Register”.</source>
        <translation>Nie ma konta {0}: rejestracja nie dotarła do serwera. Wyślij ją teraz przyciskiem „Zarejestruj klienta”.</translation>
    </message>
    <message>
        <source>The account for {0} is active: the code was accepted.</source>
        <translation>Konto {0} jest aktywne: kod został przyjęty.</translation>
    </message>
    <message>
        <source>The account for {0} still waits for its confirmation: type the code again.</source>
        <translation>Konto {0} wciąż czeka na potwierdzenie: wpisz kod ponownie.</translation>
    </message>
    <message>
        <source>No account for {0} was found. Did the server confirm it?</source>
        <translation>Nie znaleziono konta {0}. Czy serwer je potwierdził?</translation>
    </message>
    <message>
        <source>{0} is among the client&apos;s phones: it was added.</source>
        <translation>Numer {0} jest wśród telefonów klienta: został dodany.</translation>
    </message>
    <message>
        <source>{0} is not among the client&apos;s phones: it was not added. Send the code again; the phone is added first.</source>
        <translation>Numeru {0} nie ma wśród telefonów klienta: nie został dodany. Wyślij kod ponownie; telefon zostanie najpierw dodany.</translation>
    </message>
    <message>
        <source>{0} is confirmed.</source>
        <translation>Numer {0} jest potwierdzony.</translation>
    </message>
    <message>
        <source>{0} is not confirmed: the code was not accepted. Type it again, or send a new one.</source>
        <translation>Numer {0} nie jest potwierdzony: kod nie został przyjęty. Wpisz go ponownie albo wyślij nowy.</translation>
    </message>
    <message>
        <source>{0} is already confirmed: no code is needed.</source>
        <translation>Numer {0} jest już potwierdzony: kod nie jest potrzebny.</translation>
    </message>
    <message>
        <source>The server does not show whether a code was sent to {0}. Ask the client: did a code arrive?</source>
        <translation>Serwer nie pokazuje, czy kod został wysłany na {0}. Zapytaj klienta: czy kod dotarł?</translation>
    </message>
    <message>
        <source>The answer to {0} was lost, or the console closed while sending it. Nothing is sent again by itself: check on the server what happened.</source>
        <translation>Odpowiedź na {0} przepadła albo konsola zamknęła się w trakcie wysyłania. Nic nie zostanie wysłane ponownie samo z siebie: sprawdź na serwerze, co się stało.</translation>
    </message>
    <message>
        <source>A code &amp;arrived</source>
        <translation>Kod dot&amp;arł</translation>
    </message>
    <message>
        <source>No code a&amp;rrived</source>
        <translation>Kod &amp;nie dotarł</translation>
    </message>
    <message>
        <source>Ch&amp;eck on the server</source>
        <translation>Sp&amp;rawdź na serwerze</translation>
    </message>
    <message>
        <source>It was &amp;done</source>
        <translation>Zostało wykon&amp;ane</translation>
    </message>
    <message>
        <source>It was no&amp;t done</source>
        <translation>&amp;Nie zostało wykonane</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>DEMO DATA</source>
        <translation>DANE DEMO</translation>
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
    <name>MoneyDialog</name>
    <message>
        <source>Top up a client</source>
        <translation>Doładowanie klienta</translation>
    </message>
    <message>
        <source>Move money from your dealer balance to {0}.</source>
        <translation>Przenieś środki z Twojego salda dealera na konto klienta {0}.</translation>
    </message>
    <message>
        <source>Move money back</source>
        <translation>Zwrot środków</translation>
    </message>
    <message>
        <source>Move money from {0} back to your dealer balance.</source>
        <translation>Przenieś środki z konta klienta {0} z powrotem na Twoje saldo dealera.</translation>
    </message>
    <message>
        <source>Read balances</source>
        <translation>Odczyt sald</translation>
    </message>
    <message>
        <source>I confirm: move {0} from my dealer balance to {1}.</source>
        <translation>Potwierdzam: przenieś {0} z mojego salda dealera na konto {1}.</translation>
    </message>
    <message>
        <source>I confirm: move {0} from {1} back to my dealer balance.</source>
        <translation>Potwierdzam: przenieś {0} z konta {1} z powrotem na moje saldo dealera.</translation>
    </message>
    <message>
        <source>Done: {0} debited from your dealer balance, {1} credited to the client.</source>
        <translation>Gotowe: pobrano {0} z Twojego salda dealera, klientowi zaksięgowano {1}.</translation>
    </message>
    <message>
        <source>Done: {0} moved back to your dealer balance.</source>
        <translation>Gotowe: {0} wróciło na Twoje saldo dealera.</translation>
    </message>
    <message>
        <source>{0} → {1}</source>
        <translation>{0} → {1}</translation>
    </message>
    <message>
        <source>An earlier money move for this client has an unknown outcome; decide it first.</source>
        <translation>Wcześniejsze przeniesienie środków dla tego klienta ma nieznany wynik; najpierw je rozstrzygnij.</translation>
    </message>
    <message>
        <source>Recorded: it was applied.</source>
        <translation>Zapisano: operacja została wykonana.</translation>
    </message>
    <message>
        <source>Recorded: it was not applied; nothing was moved.</source>
        <translation>Zapisano: operacja nie została wykonana; nic nie przeniesiono.</translation>
    </message>
</context>
<context>
    <name>MoneyInput</name>
    <message>
        <source>at most {0} {1} per move</source>
        <translation>najwyżej {0} {1} na jeden przelew</translation>
    </message>
</context>
<context>
    <name>NextStepsStep</name>
    <message>
        <source>Next steps</source>
        <translation>Dalsze kroki</translation>
    </message>
    <message>
        <source>Optional: what to set up next for this client.</source>
        <translation>Opcjonalnie: co dalej skonfigurować dla tego klienta.</translation>
    </message>
</context>
<context>
    <name>NumberShop</name>
    <message>
        <source>a passport scan</source>
        <translation>skan paszportu</translation>
    </message>
    <message>
        <source>a utility or phone bill (proof of address)</source>
        <translation>rachunek za media lub telefon (potwierdzenie adresu)</translation>
    </message>
    <message>
        <source>a photo holding the passport</source>
        <translation>zdjęcie z paszportem w dłoni</translation>
    </message>
    <message>
        <source>a photo holding the ID document</source>
        <translation>zdjęcie z dowodem tożsamości w dłoni</translation>
    </message>
    <message>
        <source>a signed contract</source>
        <translation>podpisana umowa</translation>
    </message>
    <message>
        <source>a company letter</source>
        <translation>pismo firmowe</translation>
    </message>
    <message>
        <source>a company registration certificate</source>
        <translation>zaświadczenie o rejestracji firmy</translation>
    </message>
    <message>
        <source>a Ukrainian tax number (INN)</source>
        <translation>ukraiński numer podatkowy (INN)</translation>
    </message>
    <message>
        <source>a payment receipt</source>
        <translation>potwierdzenie płatności</translation>
    </message>
    <message>
        <source>a US or Canadian driving licence</source>
        <translation>prawo jazdy z USA lub Kanady</translation>
    </message>
    <message>
        <source>a driving licence</source>
        <translation>prawo jazdy</translation>
    </message>
    <message>
        <source>an address in the number&apos;s country</source>
        <translation>adres w kraju numeru</translation>
    </message>
    <message>
        <source>what the number will be used for</source>
        <translation>cel używania numeru</translation>
    </message>
    <message>
        <source>Upload {0}</source>
        <translation>Do przesłania: {0}</translation>
    </message>
    <message>
        <source>State {0}</source>
        <translation>Do podania: {0}</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>tak</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>toll-free</source>
        <translation>bezpłatny</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nic</translation>
    </message>
    <message>
        <source>Connected: {0}</source>
        <translation>Podłączenie: {0}</translation>
    </message>
    <message>
        <source>Nothing to upload or state</source>
        <translation>Nie trzeba niczego przesyłać ani podawać</translation>
    </message>
    <message>
        <source>passport</source>
        <translation>paszport</translation>
    </message>
    <message>
        <source>bill</source>
        <translation>rachunek</translation>
    </message>
    <message>
        <source>photo</source>
        <translation>zdjęcie</translation>
    </message>
    <message>
        <source>contract</source>
        <translation>umowa</translation>
    </message>
    <message>
        <source>company letter</source>
        <translation>pismo firmowe</translation>
    </message>
    <message>
        <source>certificate</source>
        <translation>zaświadczenie</translation>
    </message>
    <message>
        <source>driving licence</source>
        <translation>prawo jazdy</translation>
    </message>
    <message>
        <source>address</source>
        <translation>adres</translation>
    </message>
    <message>
        <source>purpose</source>
        <translation>cel</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Miasto</translation>
    </message>
    <message>
        <source>Area code</source>
        <translation>Kierunkowy</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Podłączenie</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Miesięcznie</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Toll-free</source>
        <translation>Bezpłatny</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Wymaga</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numer</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Kierunek</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stan</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Od</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Do</translation>
    </message>
    <message>
        <source>Monthly fee</source>
        <translation>Opłata miesięczna</translation>
    </message>
    <message>
        <source>Expires within 14 days</source>
        <translation>Wygasa w ciągu 14 dni</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktywny</translation>
    </message>
    <message>
        <source>switched off</source>
        <translation>wyłączony</translation>
    </message>
    <message>
        <source>reserved: waiting for documents</source>
        <translation>zarezerwowany: czeka na dokumenty</translation>
    </message>
    <message>
        <source>waiting for documents</source>
        <translation>czeka na dokumenty</translation>
    </message>
    <message>
        <source>reserved</source>
        <translation>zarezerwowany</translation>
    </message>
</context>
<context>
    <name>NumberShopPage</name>
    <message>
        <source>&amp;Shop</source>
        <translation>&amp;Sklep</translation>
    </message>
    <message>
        <source>Owned num&amp;bers</source>
        <translation>Posiadane &amp;numery</translation>
    </message>
    <message>
        <source>Co&amp;untry:</source>
        <translation>&amp;Kraj:</translation>
    </message>
    <message>
        <source>Name or dialling code</source>
        <translation>Nazwa lub numer kierunkowy</translation>
    </message>
    <message>
        <source>Ci&amp;ties:</source>
        <translation>&amp;Miasta:</translation>
    </message>
    <message>
        <source>Select two or three cities to compare them</source>
        <translation>Zaznacz dwa lub trzy miasta, aby je porównać</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Odśwież</translation>
    </message>
    <message>
        <source>Read prices and free numbers from the server again</source>
        <translation>Pobierz ceny i wolne numery z serwera jeszcze raz</translation>
    </message>
    <message>
        <source>&amp;Mask:</source>
        <translation>Mask&amp;a:</translation>
    </message>
    <message>
        <source>digits, e.g. 777</source>
        <translation>cyfry, np. 777</translation>
    </message>
    <message>
        <source>The server searches its numbers for these digits</source>
        <translation>Serwer szuka numerów zawierających te cyfry</translation>
    </message>
    <message>
        <source>F&amp;ind</source>
        <translation>Sz&amp;ukaj</translation>
    </message>
    <message>
        <source>Search &amp;whole country</source>
        <translation>Szukaj w całym kra&amp;ju</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>P&amp;rzerwij</translation>
    </message>
    <message>
        <source>Fi&amp;lter:</source>
        <translation>&amp;Filtr:</translation>
    </message>
    <message>
        <source>e.g. 22, ^22, *00, 22xx00</source>
        <translation>np. 22, ^22, *00, 22xx00</translation>
    </message>
    <message>
        <source>Digits anywhere (22), starts with (^22 or 22*), ends with (*00 or 00$), x for any digit (22xx00)</source>
        <translation>Cyfry w dowolnym miejscu (22), początek (^22 lub 22*), koniec (*00 lub 00$), x to dowolna cyfra (22xx00)</translation>
    </message>
    <message>
        <source>Ni&amp;ce numbers</source>
        <translation>Ładn&amp;e numery</translation>
    </message>
    <message>
        <source>Repeats (777), ladders (1234) and pairs (1212, 7788)</source>
        <translation>Powtórzenia (777), schodki (1234) i pary (1212, 7788)</translation>
    </message>
    <message>
        <source>Fr&amp;ee numbers:</source>
        <translation>Wolne numer&amp;y:</translation>
    </message>
    <message>
        <source>Co&amp;py</source>
        <translation>Kop&amp;iuj</translation>
    </message>
    <message>
        <source>Copy the selected numbers (all shown if none is selected)</source>
        <translation>Kopiuj zaznaczone numery (wszystkie widoczne, gdy nic nie zaznaczono)</translation>
    </message>
    <message>
        <source>&amp;Order…</source>
        <translation>&amp;Zamów…</translation>
    </message>
    <message>
        <source>Order &amp;any number here…</source>
        <translation>Zamów &amp;dowolny numer stąd…</translation>
    </message>
    <message>
        <source>An earlier order or prepayment for this account may or may not have gone through ({0}). The next order first reads the account back and asks you.</source>
        <translation>Wcześniejsze zamówienie lub przedpłata dla tego konta mogły zostać zrealizowane albo nie ({0}). Następne zamówienie najpierw odczyta stan konta i zapyta Cię o decyzję.</translation>
    </message>
    <message>
        <source>Read the countries</source>
        <translation>Pobranie listy krajów</translation>
    </message>
    <message>
        <source>Read the cities of {0}</source>
        <translation>Pobranie miast kraju {0}</translation>
    </message>
    <message>
        <source>The mask is digits only.</source>
        <translation>Maska może zawierać tylko cyfry.</translation>
    </message>
    <message>
        <source>Read the free numbers of {0}</source>
        <translation>Pobranie wolnych numerów: {0}</translation>
    </message>
    <message>
        <source>prices from {0}</source>
        <translation>ceny z {0}</translation>
    </message>
    <message>
        <source>numbers from {0}</source>
        <translation>numery z {0}</translation>
    </message>
    <message>
        <source>{0} numbers</source>
        <translation>Numery: {0}</translation>
    </message>
    <message>
        <source>{0} of {1} numbers</source>
        <translation>Numery: {0} z {1}</translation>
    </message>
    <message>
        <source>The server gives at most {0} numbers at a time: type digits in Mask and press Find to dig deeper, or search the whole country.</source>
        <translation>Serwer podaje naraz najwyżej {0} numerów: wpisz cyfry w polu Maska i naciśnij Szukaj, aby sięgnąć głębiej, albo przeszukaj cały kraj.</translation>
    </message>
    <message>
        <source>No free numbers here with this mask.</source>
        <translation>Brak wolnych numerów z tą maską.</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Podłączenie</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Miesięcznie</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>tak</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Wymaga</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>niczego</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Podłączenie w</translation>
    </message>
    <message>
        <source>Choose a client (or your own account) above to order</source>
        <translation>Aby zamówić, wybierz powyżej klienta (lub własne konto)</translation>
    </message>
    <message>
        <source>Use digits, x for any digit, ^ or * at the start or end.</source>
        <translation>Użyj cyfr, x jako dowolnej cyfry oraz ^ lub * na początku albo końcu.</translation>
    </message>
    <message>
        <source>{0} numbers copied</source>
        <translation>Skopiowano numery: {0}</translation>
    </message>
    <message>
        <source>Copy selected</source>
        <translation>Kopiuj zaznaczone</translation>
    </message>
    <message>
        <source>Copy all shown</source>
        <translation>Kopiuj wszystkie widoczne</translation>
    </message>
    <message>
        <source>{0} of {1} cities</source>
        <translation>Miasta: {0} z {1}</translation>
    </message>
    <message>
        <source>Search the whole country</source>
        <translation>Przeszukanie całego kraju</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Rozpoczynanie…</translation>
    </message>
    <message>
        <source>{done} of {total} cities, {found} numbers found</source>
        <translation>Miasta: {done} z {total}, znalezione numery: {found}</translation>
    </message>
    <message>
        <source>, about {0} s left</source>
        <translation>, zostało około {0} s</translation>
    </message>
    <message>
        <source>All {total} cities searched: {found} numbers</source>
        <translation>Przeszukano wszystkie miasta ({total}), numery: {found}</translation>
    </message>
    <message>
        <source>Cancelled after {done} of {total} cities: {found} numbers</source>
        <translation>Przerwano po {done} z {total} miast, numery: {found}</translation>
    </message>
    <message>
        <source>Choose a client (or your own account) above to order.</source>
        <translation>Aby zamówić, wybierz powyżej klienta (lub własne konto).</translation>
    </message>
    <message>
        <source>+{0} ordered</source>
        <translation>Zamówiono +{0}</translation>
    </message>
</context>
<context>
    <name>OnboardingClientForm</name>
    <message>
        <source>Type the client&apos;s data. Fields marked with * are required; mistakes are shown as you type.</source>
        <translation>Wpisz dane klienta. Pola oznaczone * są wymagane; błędy są pokazywane na bieżąco.</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>client@example.com</source>
        <translation>klient@example.com</translation>
    </message>
    <message>
        <source>Firs&amp;t name:</source>
        <translation>&amp;Imię:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Nazwisko:</translation>
    </message>
    <message>
        <source>&amp;Middle name:</source>
        <translation>Dr&amp;ugie imię:</translation>
    </message>
    <message>
        <source>Organi&amp;sation:</source>
        <translation>&amp;Firma:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Hasło:</translation>
    </message>
    <message>
        <source>leave empty: the server makes one</source>
        <translation>zostaw puste: serwer je utworzy</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>&amp;Kraj:</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>&amp;Miasto:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adres:</translation>
    </message>
    <message>
        <source>Contact &amp;phone:</source>
        <translation>&amp;Telefon kontaktowy:</translation>
    </message>
    <message>
        <source>e.g. 601 234 567</source>
        <translation>np. 601 234 567</translation>
    </message>
    <message>
        <source>Interface lan&amp;guage:</source>
        <translation>&amp;Język interfejsu:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>Wa&amp;luta:</translation>
    </message>
    <message>
        <source>P&amp;rice plan:</source>
        <translation>Plan ta&amp;ryfowy:</translation>
    </message>
</context>
<context>
    <name>OnboardingMessages</name>
    <message>
        <source>Enter a phone number.</source>
        <translation>Podaj numer telefonu.</translation>
    </message>
    <message>
        <source>Choose the country first, or type the number with +.</source>
        <translation>Najpierw wybierz kraj albo wpisz numer z +.</translation>
    </message>
    <message>
        <source>The number is too long.</source>
        <translation>Numer jest za długi.</translation>
    </message>
    <message>
        <source>The number is too short.</source>
        <translation>Numer jest za krótki.</translation>
    </message>
    <message>
        <source>This does not look like a phone number.</source>
        <translation>To nie wygląda na numer telefonu.</translation>
    </message>
    <message>
        <source>This is not a valid phone number.</source>
        <translation>To nie jest prawidłowy numer telefonu.</translation>
    </message>
    <message>
        <source>This is not a valid number for {country}.</source>
        <translation>To nie jest prawidłowy numer dla kraju {country}.</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>To pole jest wymagane.</translation>
    </message>
    <message>
        <source>At most {max} characters.</source>
        <translation>Najwyżej {max} znaków.</translation>
    </message>
    <message>
        <source>Enter the client&apos;s e-mail address.</source>
        <translation>Podaj adres e-mail klienta.</translation>
    </message>
    <message>
        <source>This is not a valid e-mail address.</source>
        <translation>To nie jest prawidłowy adres e-mail.</translation>
    </message>
    <message>
        <source>Choose a country.</source>
        <translation>Wybierz kraj.</translation>
    </message>
    <message>
        <source>{value} is not an ISO 3166 country code.</source>
        <translation>{value} nie jest kodem kraju ISO 3166.</translation>
    </message>
    <message>
        <source>Choose a currency.</source>
        <translation>Wybierz walutę.</translation>
    </message>
    <message>
        <source>{value} is not an ISO 4217 currency code.</source>
        <translation>{value} nie jest kodem waluty ISO 4217.</translation>
    </message>
    <message>
        <source>Zadarma does not offer {value} accounts.</source>
        <translation>Zadarma nie prowadzi kont w {value}.</translation>
    </message>
    <message>
        <source>Choose one of: {choices}.</source>
        <translation>Wybierz jedno z: {choices}.</translation>
    </message>
    <message>
        <source>At least {min} characters.</source>
        <translation>Co najmniej {min} znaków.</translation>
    </message>
    <message>
        <source>Use both letters and digits.</source>
        <translation>Użyj zarówno liter, jak i cyfr.</translation>
    </message>
    <message>
        <source>Enter the code.</source>
        <translation>Podaj kod.</translation>
    </message>
    <message>
        <source>The code is letters and digits only.</source>
        <translation>Kod składa się tylko z liter i cyfr.</translation>
    </message>
    <message>
        <source>Enter an amount.</source>
        <translation>Podaj kwotę.</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>Kwota musi być większa od zera.</translation>
    </message>
    <message>
        <source>Choose a price plan from the list.</source>
        <translation>Wybierz plan taryfowy z listy.</translation>
    </message>
    <message>
        <source>The code has expired. Send a new one.</source>
        <translation>Kod wygasł. Wyślij nowy.</translation>
    </message>
    <message>
        <source>The code is not right. Check it with the client and type it again.</source>
        <translation>Kod jest nieprawidłowy. Sprawdź go z klientem i wpisz ponownie.</translation>
    </message>
    <message>
        <source>Add the phone number first.</source>
        <translation>Najpierw dodaj numer telefonu.</translation>
    </message>
    <message>
        <source>That request belongs to another onboarding.</source>
        <translation>To żądanie należy do innej rejestracji.</translation>
    </message>
    <message>
        <source>The client is not registered yet.</source>
        <translation>Klient nie jest jeszcze zarejestrowany.</translation>
    </message>
    <message>
        <source>The client is registered; the form can no longer change.</source>
        <translation>Klient jest zarejestrowany; danych w formularzu nie można już zmienić.</translation>
    </message>
    <message>
        <source>The registration is already confirmed.</source>
        <translation>Rejestracja jest już potwierdzona.</translation>
    </message>
    <message>
        <source>There is no top-up with an unknown outcome.</source>
        <translation>Nie ma doładowania o nieznanym wyniku.</translation>
    </message>
    <message>
        <source>This client has already been registered.</source>
        <translation>Ten klient został już zarejestrowany.</translation>
    </message>
    <message>
        <source>Type an amount such as 10,50.</source>
        <translation>Wpisz kwotę, np. 10,50.</translation>
    </message>
    <message>
        <source>Type the amount with the digits 0-9.</source>
        <translation>Wpisz kwotę cyframi 0-9.</translation>
    </message>
    <message>
        <source>Type the amount in full, without an exponent.</source>
        <translation>Wpisz pełną kwotę, bez wykładnika.</translation>
    </message>
    <message>
        <source>Separate thousands with spaces and decimals with one comma or point, as in 1 000,50.</source>
        <translation>Tysiące oddzielaj spacjami, a część dziesiętną jednym przecinkiem lub kropką, np. 1 000,50.</translation>
    </message>
    <message>
        <source>Whole amounts only.</source>
        <translation>Tylko kwoty całkowite.</translation>
    </message>
    <message>
        <source>At most {places} decimal places.</source>
        <translation>Najwyżej {places} miejsca po przecinku.</translation>
    </message>
    <message>
        <source>At most {limit} in one move.</source>
        <translation>Najwyżej {limit} w jednym przelewie.</translation>
    </message>
    <message>
        <source>Type the date as YYYY-MM-DD.</source>
        <translation>Wpisz datę jako RRRR-MM-DD.</translation>
    </message>
    <message>
        <source>There is no such date.</source>
        <translation>Nie ma takiej daty.</translation>
    </message>
    <message>
        <source>The date cannot be in the future.</source>
        <translation>Data nie może być z przyszłości.</translation>
    </message>
    <message>
        <source>Choose one of the options.</source>
        <translation>Wybierz jedną z możliwości.</translation>
    </message>
    <message>
        <source>This is not a postal code.</source>
        <translation>To nie jest kod pocztowy.</translation>
    </message>
    <message>
        <source>The document cannot be older than its holder.</source>
        <translation>Dokument nie może być starszy niż jego posiadacz.</translation>
    </message>
</context>
<context>
    <name>OnboardingNextForm</name>
    <message>
        <source>What would you like to do for this client next? The pages open when you finish the wizard.</source>
        <translation>Co chcesz dalej zrobić dla tego klienta? Strony otworzą się po zakończeniu kreatora.</translation>
    </message>
    <message>
        <source>Create the &amp;PBX and extensions</source>
        <translation>Utwórz cen&amp;tralę i numery wewnętrzne</translation>
    </message>
    <message>
        <source>Open the number &amp;shop for this client</source>
        <translation>Otwórz &amp;sklep z numerami dla tego klienta</translation>
    </message>
</context>
<context>
    <name>OnboardingPage</name>
    <message numerus="yes">
        <source>%n unfinished onboarding(s) can be resumed.</source>
        <translation>
            <numerusform>%n niedokończoną rejestrację można wznowić.</numerusform>
            <numerusform>%n niedokończone rejestracje można wznowić.</numerusform>
            <numerusform>%n niedokończonych rejestracji można wznowić.</numerusform>
        </translation>
    </message>
    <message>
        <source>(no e-mail yet)</source>
        <translation>(jeszcze bez e-maila)</translation>
    </message>
    <message>
        <source>client {0}</source>
        <translation>klient {0}</translation>
    </message>
    <message>
        <source>at: client data</source>
        <translation>etap: dane klienta</translation>
    </message>
    <message>
        <source>at: registration</source>
        <translation>etap: rejestracja</translation>
    </message>
    <message>
        <source>at: contact phone</source>
        <translation>etap: telefon kontaktowy</translation>
    </message>
    <message>
        <source>at: top-up</source>
        <translation>etap: doładowanie</translation>
    </message>
    <message>
        <source>at: next steps</source>
        <translation>etap: dalsze kroki</translation>
    </message>
    <message>
        <source>at: summary</source>
        <translation>etap: podsumowanie</translation>
    </message>
    <message>
        <source>Not connected yet; wait a moment or check Settings.</source>
        <translation>Jeszcze brak połączenia; poczekaj chwilę lub sprawdź Ustawienia.</translation>
    </message>
    <message>
        <source>Abandon onboarding</source>
        <translation>Porzucenie rejestracji</translation>
    </message>
    <message>
        <source>Stop offering this onboarding for resuming? What was done on the server stays done.</source>
        <translation>Przestać proponować wznowienie tej rejestracji? To, co już zrobiono na serwerze, pozostanie.</translation>
    </message>
    <message>
        <source>Onboarding finished.</source>
        <translation>Rejestracja zakończona.</translation>
    </message>
</context>
<context>
    <name>OnboardingPhone</name>
    <message>
        <source>international number with +, e.g. +48 601 234 567</source>
        <translation>numer międzynarodowy z +, np. +48 601 234 567</translation>
    </message>
    <message>
        <source>e.g. {0} ({1}), or an international number with +</source>
        <translation>np. {0} ({1}) albo numer międzynarodowy z +</translation>
    </message>
</context>
<context>
    <name>OnboardingPhoneForm</name>
    <message>
        <source>The client&apos;s contact phone must be confirmed before test credit and top-ups. Send a code, then type the code the client reads out.</source>
        <translation>Przed przyznaniem środków testowych i doładowaniami trzeba potwierdzić telefon kontaktowy klienta. Wyślij kod, a potem wpisz kod, który odczyta klient.</translation>
    </message>
    <message>
        <source>Contact &amp;phone:</source>
        <translation>&amp;Telefon kontaktowy:</translation>
    </message>
    <message>
        <source>e.g. +48 601 234 567</source>
        <translation>np. +48 601 234 567</translation>
    </message>
    <message>
        <source>Send code by &amp;SMS</source>
        <translation>Wyślij kod &amp;SMS-em</translation>
    </message>
    <message>
        <source>Call the client with the code</source>
        <translation>Zadzwoń do klienta z kodem</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Kod:</translation>
    </message>
    <message>
        <source>code the client reads out</source>
        <translation>kod odczytany przez klienta</translation>
    </message>
    <message>
        <source>C&amp;onfirm</source>
        <translation>P&amp;otwierdź</translation>
    </message>
    <message>
        <source>S&amp;kip for now</source>
        <translation>Po&amp;miń na razie</translation>
    </message>
</context>
<context>
    <name>OnboardingRegistrationForm</name>
    <message>
        <source>&amp;Register the client</source>
        <translation>&amp;Zarejestruj klienta</translation>
    </message>
    <message>
        <source>Waiting for the client</source>
        <translation>Oczekiwanie na klienta</translation>
    </message>
    <message>
        <source>&amp;Check now</source>
        <translation>&amp;Sprawdź teraz</translation>
    </message>
    <message>
        <source>Code from the e-mail:</source>
        <translation>Kod z e-maila:</translation>
    </message>
    <message>
        <source>e.g. 123456</source>
        <translation>np. 123456</translation>
    </message>
    <message>
        <source>C&amp;onfirm code</source>
        <translation>P&amp;otwierdź kod</translation>
    </message>
</context>
<context>
    <name>OnboardingStartForm</name>
    <message>
        <source>&amp;New onboarding</source>
        <translation>&amp;Nowa rejestracja</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>W&amp;znów</translation>
    </message>
    <message>
        <source>&amp;Abandon…</source>
        <translation>Po&amp;rzuć…</translation>
    </message>
    <message>
        <source>Register a new client step by step. Nothing is lost if the console closes: an unfinished onboarding can be resumed here, and a request whose answer was lost is settled before anything is sent again.</source>
        <translation>Zarejestruj nowego klienta krok po kroku. Nic nie przepadnie, jeśli konsola zostanie zamknięta: niedokończoną rejestrację można tu wznowić, a żądanie, na które nie przyszła odpowiedź, zostanie wyjaśnione, zanim cokolwiek zostanie wysłane ponownie.</translation>
    </message>
    <message>
        <source>What the client needs at hand</source>
        <translation>Co klient powinien mieć pod ręką</translation>
    </message>
    <message>
        <source>&lt;b&gt;1. Client data&lt;/b&gt; — the client&apos;s e-mail address and name, the country, the account&apos;s currency and language; a company name if there is one.</source>
        <translation>&lt;b&gt;1. Dane klienta&lt;/b&gt; — adres e-mail i imię i nazwisko klienta, kraj, waluta i język konta; nazwa firmy, jeśli jest.</translation>
    </message>
    <message>
        <source>&lt;b&gt;2. Registration&lt;/b&gt; — Zadarma e-mails the client: either a code the client reads out to you, or a link the client clicks.</source>
        <translation>&lt;b&gt;2. Rejestracja&lt;/b&gt; — Zadarma wysyła klientowi e-mail: albo kod, który klient Ci poda, albo link, który klient kliknie.</translation>
    </message>
    <message>
        <source>&lt;b&gt;3. Contact phone&lt;/b&gt; — a phone the client has at hand, confirmed by an SMS code or a voice call. Money can be moved only to a client with a confirmed phone.</source>
        <translation>&lt;b&gt;3. Telefon kontaktowy&lt;/b&gt; — telefon, który klient ma przy sobie, potwierdzany kodem SMS lub połączeniem głosowym. Pieniądze można przelać tylko klientowi z potwierdzonym telefonem.</translation>
    </message>
    <message>
        <source>&lt;b&gt;4. First top-up&lt;/b&gt; — an amount from your dealer balance to the client&apos;s; then the client&apos;s API keys and the next steps (numbers, PBX).</source>
        <translation>&lt;b&gt;4. Pierwsze doładowanie&lt;/b&gt; — kwota z Twojego salda dealera na saldo klienta; potem klucze API klienta i dalsze kroki (numery, centrala PBX).</translation>
    </message>
    <message>
        <source>&amp;Unfinished onboardings:</source>
        <translation>Nie&amp;dokończone rejestracje:</translation>
    </message>
    <message>
        <source>Recently &amp;onboarded:</source>
        <translation>&amp;Ostatnio zarejestrowani:</translation>
    </message>
    <message>
        <source>Open in &amp;Clients</source>
        <translation>Otwórz w &amp;Klientach</translation>
    </message>
</context>
<context>
    <name>OnboardingSummary</name>
    <message>
        <source>Zadarma client onboarding</source>
        <translation>Rejestracja klienta w Zadarma</translation>
    </message>
    <message>
        <source>Client id: {0}</source>
        <translation>Id klienta: {0}</translation>
    </message>
    <message>
        <source>(not yet)</source>
        <translation>(jeszcze brak)</translation>
    </message>
    <message>
        <source>Login e-mail: {0}</source>
        <translation>E-mail do logowania: {0}</translation>
    </message>
    <message>
        <source>Name: {0}</source>
        <translation>Imię i nazwisko: {0}</translation>
    </message>
    <message>
        <source>Organisation: {0}</source>
        <translation>Firma: {0}</translation>
    </message>
    <message>
        <source>Done:</source>
        <translation>Zrobione:</translation>
    </message>
    <message>
        <source>Registered {0}.</source>
        <translation>Zarejestrowano {0}.</translation>
    </message>
    <message>
        <source>Registration confirmed with the code from the e-mail.</source>
        <translation>Rejestrację potwierdzono kodem z e-maila.</translation>
    </message>
    <message>
        <source>Balance topped up by {0}.</source>
        <translation>Saldo doładowane o {0}.</translation>
    </message>
    <message>
        <source>Contact phone {0} confirmed.</source>
        <translation>Potwierdzono telefon kontaktowy {0}.</translation>
    </message>
    <message>
        <source>Went on with client {0}, registered by an earlier attempt.</source>
        <translation>Kontynuowano z klientem {0}, zarejestrowanym przy wcześniejszej próbie.</translation>
    </message>
    <message>
        <source>Registration confirmed by the client.</source>
        <translation>Klient sam potwierdził rejestrację.</translation>
    </message>
    <message>
        <source>nothing yet</source>
        <translation>jeszcze nic</translation>
    </message>
    <message>
        <source>Pending:</source>
        <translation>Do zrobienia:</translation>
    </message>
    <message>
        <source>The client has to confirm the registration from the e-mail.</source>
        <translation>Klient musi potwierdzić rejestrację linkiem lub kodem z e-maila.</translation>
    </message>
    <message>
        <source>Register the client.</source>
        <translation>Zarejestruj klienta.</translation>
    </message>
    <message>
        <source>Confirm the client&apos;s contact phone (needed for test credit and top-ups).</source>
        <translation>Potwierdź telefon kontaktowy klienta (potrzebny do środków testowych i doładowań).</translation>
    </message>
    <message>
        <source>Top up the client&apos;s balance.</source>
        <translation>Doładuj saldo klienta.</translation>
    </message>
    <message>
        <source>Create the client&apos;s PBX.</source>
        <translation>Utwórz centralę PBX klienta.</translation>
    </message>
    <message>
        <source>Choose numbers in the number shop.</source>
        <translation>Wybierz numery w sklepie z numerami.</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nic</translation>
    </message>
</context>
<context>
    <name>OnboardingSummaryForm</name>
    <message>
        <source>Hand this over to the client, or keep it.</source>
        <translation>Przekaż to klientowi albo zachowaj dla siebie.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiuj</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Zapisz jako PD&amp;F…</translation>
    </message>
    <message>
        <source>Save as &amp;text…</source>
        <translation>Zapisz jako &amp;tekst…</translation>
    </message>
</context>
<context>
    <name>OnboardingTopupForm</name>
    <message>
        <source>Move money from your dealer balance to the client.</source>
        <translation>Przenieś środki z Twojego salda dealera do klienta.</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Kwota:</translation>
    </message>
    <message>
        <source>e.g. 20,00</source>
        <translation>np. 20,00</translation>
    </message>
    <message>
        <source>Dealer balance now:</source>
        <translation>Saldo dealera teraz:</translation>
    </message>
    <message>
        <source>Dealer balance after:</source>
        <translation>Saldo dealera po operacji:</translation>
    </message>
    <message>
        <source>Client balance now:</source>
        <translation>Saldo klienta teraz:</translation>
    </message>
    <message>
        <source>&amp;Top up…</source>
        <translation>D&amp;oładuj…</translation>
    </message>
    <message>
        <source>Check ba&amp;lances and decide…</source>
        <translation>Sprawdź &amp;salda i zdecyduj…</translation>
    </message>
    <message>
        <source>S&amp;kip for now</source>
        <translation>Po&amp;miń na razie</translation>
    </message>
</context>
<context>
    <name>OnboardingWizard</name>
    <message>
        <source>Close (resume later)</source>
        <translation>Zamknij (wznów później)</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; Wst&amp;ecz</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Dalej &gt;</translation>
    </message>
    <message>
        <source>F&amp;inish</source>
        <translation>&amp;Zakończ</translation>
    </message>
</context>
<context>
    <name>OrderDialog</name>
    <message>
        <source>The client&apos;s balance is too low for this order. Top it up first.</source>
        <translation>Saldo klienta jest za niskie na to zamówienie. Najpierw je doładuj.</translation>
    </message>
    <message>
        <source>Someone took this number meanwhile. Pick another one.</source>
        <translation>Ktoś w międzyczasie zajął ten numer. Wybierz inny.</translation>
    </message>
    <message>
        <source>This city needs the purpose of the number.</source>
        <translation>To miasto wymaga podania celu numeru.</translation>
    </message>
    <message>
        <source>The document group does not meet this city&apos;s requirements.</source>
        <translation>Grupa dokumentów nie spełnia wymagań tego miasta.</translation>
    </message>
    <message>
        <source>Numbers of this city cannot receive SMS.</source>
        <translation>Numery z tego miasta nie odbierają SMS-ów.</translation>
    </message>
    <message>
        <source>The server refused the order.</source>
        <translation>Serwer odrzucił zamówienie.</translation>
    </message>
    <message>
        <source>1 month</source>
        <translation>1 miesiąc</translation>
    </message>
    <message>
        <source>3 months</source>
        <translation>3 miesiące</translation>
    </message>
    <message>
        <source>As the account is set</source>
        <translation>Tak jak na koncie</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation>Co miesiąc</translation>
    </message>
    <message>
        <source>Every year</source>
        <translation>Co rok</translation>
    </message>
    <message>
        <source>your own dealer account</source>
        <translation>własnego konta dealera</translation>
    </message>
    <message>
        <source>{city} (+{cc} {area}) for {whom}</source>
        <translation>{city} (+{cc} {area}) dla: {whom}</translation>
    </message>
    <message>
        <source>Any free number of this city</source>
        <translation>Dowolny wolny numer w tym mieście</translation>
    </message>
    <message>
        <source>Main group</source>
        <translation>Grupa główna</translation>
    </message>
    <message>
        <source>Read the client&apos;s groups and balance</source>
        <translation>Pobranie grup dokumentów i salda klienta</translation>
    </message>
    <message>
        <source>Check the document group</source>
        <translation>Sprawdzenie grupy dokumentów</translation>
    </message>
    <message>
        <source>This city needs no documents.</source>
        <translation>To miasto nie wymaga dokumentów.</translation>
    </message>
    <message>
        <source>Documents for this city:</source>
        <translation>Dokumenty dla tego miasta:</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Sprawdzanie…</translation>
    </message>
    <message>
        <source>The group&apos;s personal data is complete</source>
        <translation>Dane osobowe w grupie są kompletne</translation>
    </message>
    <message>
        <source>complete the group on the Documents page</source>
        <translation>uzupełnij grupę na stronie Dokumenty</translation>
    </message>
    <message>
        <source>The group&apos;s address is in the number&apos;s country</source>
        <translation>Adres w grupie jest w kraju numeru</translation>
    </message>
    <message>
        <source>edit the group&apos;s address on the Documents page</source>
        <translation>popraw adres grupy na stronie Dokumenty</translation>
    </message>
    <message>
        <source>upload it on the Documents page</source>
        <translation>prześlij go na stronie Dokumenty</translation>
    </message>
    <message>
        <source>The documents are verified</source>
        <translation>Dokumenty są zweryfikowane</translation>
    </message>
    <message>
        <source>the number stays reserved until they are</source>
        <translation>do tego czasu numer pozostaje zarezerwowany</translation>
    </message>
    <message>
        <source>{total} (connection {fee} + {months} × {monthly})</source>
        <translation>{total} (podłączenie {fee} + {months} × {monthly})</translation>
    </message>
    <message>
        <source>reading…</source>
        <translation>odczytywanie…</translation>
    </message>
    <message>
        <source>Not enough money: {0} short. Top up the dealer account first.</source>
        <translation>Za mało środków: brakuje {0}. Najpierw doładuj konto dealera.</translation>
    </message>
    <message>
        <source>Not enough money: {0} short.</source>
        <translation>Za mało środków: brakuje {0}.</translation>
    </message>
    <message>
        <source>Top-up done.</source>
        <translation>Doładowano.</translation>
    </message>
    <message>
        <source>Top up the client</source>
        <translation>Doładowanie klienta</translation>
    </message>
    <message>
        <source>Say what the number will be used for.</source>
        <translation>Napisz, do czego będzie służył numer.</translation>
    </message>
    <message>
        <source>The total is more than the balance. Top up first.</source>
        <translation>Kwota przekracza saldo. Najpierw doładuj konto.</translation>
    </message>
    <message>
        <source>The document group is still being checked.</source>
        <translation>Grupa dokumentów jest jeszcze sprawdzana.</translation>
    </message>
    <message>
        <source>This group is not ready for this city: see the checklist below.</source>
        <translation>Ta grupa nie spełnia wymagań tego miasta: zobacz listę poniżej.</translation>
    </message>
    <message>
        <source>Order a number</source>
        <translation>Zamówienie numeru</translation>
    </message>
    <message>
        <source>Details: {0}</source>
        <translation>Szczegóły: {0}</translation>
    </message>
    <message>
        <source>The answer to the order was lost, so it may or may not have gone through. The console never orders again by itself: it compares the client&apos;s numbers and balance with those read just before sending.</source>
        <translation>Odpowiedź na zamówienie nie dotarła, więc mogło ono zostać zrealizowane albo nie. Konsola nigdy sama nie zamawia ponownie: porównuje numery i saldo klienta z odczytanymi tuż przed wysłaniem.</translation>
    </message>
    <message>
        <source>Reading the client&apos;s numbers…</source>
        <translation>Odczytywanie numerów klienta…</translation>
    </message>
    <message>
        <source>{0} is now among the client&apos;s numbers: the order went through.</source>
        <translation>{0} jest już wśród numerów klienta: zamówienie zostało zrealizowane.</translation>
    </message>
    <message>
        <source>No new number and the balance is unchanged: the order did not go through.</source>
        <translation>Brak nowego numeru, a saldo się nie zmieniło: zamówienie nie zostało zrealizowane.</translation>
    </message>
    <message>
        <source>Something changed, but not as this order would. Check the client&apos;s numbers before deciding.</source>
        <translation>Coś się zmieniło, ale nie tak, jak po tym zamówieniu. Sprawdź numery klienta, zanim zdecydujesz.</translation>
    </message>
    <message>
        <source>Read the client&apos;s numbers</source>
        <translation>Odczyt numerów klienta</translation>
    </message>
    <message>
        <source>Recorded as not ordered. You may order again.</source>
        <translation>Zapisano jako niezamówione. Możesz zamówić ponownie.</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>Pó&amp;źniej</translation>
    </message>
    <message>
        <source>+{0} is ordered. Where should its calls go?</source>
        <translation>Zamówiono +{0}. Dokąd kierować połączenia na ten numer?</translation>
    </message>
    <message>
        <source>Type a SIP login (digits) or a SIP URI such as 100@pbx.example.com.</source>
        <translation>Wpisz login SIP (cyfry) albo URI SIP, np. 100@pbx.example.com.</translation>
    </message>
    <message>
        <source>This is neither a SIP login of the account nor a SIP URI.</source>
        <translation>To nie jest ani login SIP tego konta, ani URI SIP.</translation>
    </message>
    <message>
        <source>Route the new number</source>
        <translation>Kierowanie nowego numeru</translation>
    </message>
</context>
<context>
    <name>OrderDialogForm</name>
    <message>
        <source>Order a number</source>
        <translation>Zamówienie numeru</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>Numer:</translation>
    </message>
    <message>
        <source>Document &amp;group:</source>
        <translation>&amp;Grupa dokumentów:</translation>
    </message>
    <message>
        <source>&amp;Prepay:</source>
        <translation>&amp;Przedpłata:</translation>
    </message>
    <message>
        <source>Auto-re&amp;newal:</source>
        <translation>Auto&amp;odnawianie:</translation>
    </message>
    <message>
        <source>Receive &amp;SMS on this number</source>
        <translation>Odbieraj &amp;SMS-y na tym numerze</translation>
    </message>
    <message>
        <source>P&amp;urpose:</source>
        <translation>C&amp;el:</translation>
    </message>
    <message>
        <source>e.g. customer hotline</source>
        <translation>np. infolinia dla klientów</translation>
    </message>
    <message>
        <source>Documents for this city:</source>
        <translation>Dokumenty dla tego miasta:</translation>
    </message>
    <message>
        <source>Open &amp;Documents…</source>
        <translation>Otwórz &amp;Dokumenty…</translation>
    </message>
    <message>
        <source>Chec&amp;k again</source>
        <translation>Sprawdź ponow&amp;nie</translation>
    </message>
    <message>
        <source>Total:</source>
        <translation>Razem:</translation>
    </message>
    <message>
        <source>Balance:</source>
        <translation>Saldo:</translation>
    </message>
    <message>
        <source>&amp;Top up from dealer</source>
        <translation>Doł&amp;aduj z konta dealera</translation>
    </message>
    <message>
        <source>To the client&apos;s &amp;PBX</source>
        <translation>Do centrali &amp;PBX klienta</translation>
    </message>
    <message>
        <source>To an e&amp;xtension:</source>
        <translation>Na &amp;numer wewnętrzny:</translation>
    </message>
    <message>
        <source>To a SIP login or SIP &amp;URI:</source>
        <translation>Na login SIP lub &amp;URI SIP:</translation>
    </message>
    <message>
        <source>e.g. 40012 or 100@pbx.example.com</source>
        <translation>np. 40012 lub 100@pbx.example.com</translation>
    </message>
    <message>
        <source>&amp;Test mode (callers hear Zadarma&apos;s test message)</source>
        <translation>&amp;Tryb testowy (dzwoniący słyszą komunikat testowy Zadarmy)</translation>
    </message>
    <message>
        <source>It &amp;was ordered</source>
        <translation>&amp;Tak, zamówiono</translation>
    </message>
    <message>
        <source>It was &amp;not ordered</source>
        <translation>&amp;Nie, nie zamówiono</translation>
    </message>
    <message>
        <source>&amp;Read again</source>
        <translation>&amp;Odczytaj ponownie</translation>
    </message>
    <message>
        <source>&amp;Order now</source>
        <translation>&amp;Zamów teraz</translation>
    </message>
    <message>
        <source>&amp;Route</source>
        <translation>&amp;Kieruj</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Za&amp;mknij</translation>
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
    <message>
        <source>The client confirms by opening the link in this e-mail; there is no code to type.</source>
        <translation>Klient potwierdza, otwierając link w tym e-mailu; nie ma kodu do wpisania.</translation>
    </message>
    <message>
        <source>(a link)</source>
        <translation>(link)</translation>
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
        <source>Copy code</source>
        <translation>Kopiuj kod</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Odśwież</translation>
    </message>
</context>
<context>
    <name>OwnedTab</name>
    <message>
        <source>Numbe&amp;rs of this account:</source>
        <translation>Numery tego &amp;konta:</translation>
    </message>
    <message>
        <source>Selected number</source>
        <translation>Wybrany numer</translation>
    </message>
    <message>
        <source>Renew a&amp;utomatically</source>
        <translation>Odnawiaj &amp;automatycznie</translation>
    </message>
    <message>
        <source>Mon&amp;ths to prepay:</source>
        <translation>&amp;Miesiące przedpłaty:</translation>
    </message>
    <message>
        <source>E&amp;xtend</source>
        <translation>P&amp;rzedłuż</translation>
    </message>
    <message>
        <source>Caller na&amp;me:</source>
        <translation>Nazwa &amp;dzwoniącego:</translation>
    </message>
    <message>
        <source>Latin letters and digits, at most 30</source>
        <translation>Litery łacińskie i cyfry, najwyżej 30</translation>
    </message>
    <message>
        <source>SMS rece&amp;ption</source>
        <translation>Od&amp;biór SMS</translation>
    </message>
    <message>
        <source>Incomin&amp;g channels:</source>
        <translation>&amp;Liczba kanałów:</translation>
    </message>
    <message>
        <source>Route calls t&amp;o:</source>
        <translation>Kier&amp;uj połączenia do:</translation>
    </message>
    <message>
        <source>SIP login, extension, PBX id or SIP URI</source>
        <translation>login SIP, numer wewnętrzny, id centrali lub URI SIP</translation>
    </message>
    <message>
        <source>T&amp;est mode</source>
        <translation>Tryb &amp;testowy</translation>
    </message>
    <message>
        <source>&amp;Apply changes</source>
        <translation>Zastosuj &amp;zmiany</translation>
    </message>
    <message>
        <source>Fix &amp;documents…</source>
        <translation>Popraw dokument&amp;y…</translation>
    </message>
    <message>
        <source>It was paid</source>
        <translation>Opłacono</translation>
    </message>
    <message>
        <source>It was not paid</source>
        <translation>Nie opłacono</translation>
    </message>
    <message>
        <source>This account has no numbers yet. Order one on the Shop tab.</source>
        <translation>To konto nie ma jeszcze numerów. Zamów numer na karcie Sklep.</translation>
    </message>
    <message>
        <source>Choose a client above to see their numbers.</source>
        <translation>Wybierz powyżej klienta, aby zobaczyć jego numery.</translation>
    </message>
    <message>
        <source>Read the account&apos;s numbers</source>
        <translation>Pobranie numerów konta</translation>
    </message>
    <message>
        <source>Paid until {0}; {1} a month.</source>
        <translation>Opłacony do {0}; {1} miesięcznie.</translation>
    </message>
    <message>
        <source>Reading document problems…</source>
        <translation>Odczytywanie problemów z dokumentami…</translation>
    </message>
    <message>
        <source>No document problems.</source>
        <translation>Brak problemów z dokumentami.</translation>
    </message>
    <message>
        <source>Zadarma still needs: {0}.</source>
        <translation>Zadarma wciąż potrzebuje: {0}.</translation>
    </message>
    <message>
        <source>The address in the document group is missing or wrong.</source>
        <translation>W grupie dokumentów brakuje adresu albo jest błędny.</translation>
    </message>
    <message>
        <source>Read the number&apos;s details</source>
        <translation>Pobranie szczegółów numeru</translation>
    </message>
    <message>
        <source>Latin letters, digits and spaces only.</source>
        <translation>Tylko litery łacińskie, cyfry i spacje.</translation>
    </message>
    <message>
        <source>At most 30 characters.</source>
        <translation>Najwyżej 30 znaków.</translation>
    </message>
    <message>
        <source>Switch auto-renewal</source>
        <translation>Przełączenie autoodnawiania</translation>
    </message>
    <message>
        <source>This is neither a SIP login, extension or PBX of the account nor a SIP URI.</source>
        <translation>To nie jest login SIP, numer wewnętrzny ani centrala tego konta, ani URI SIP.</translation>
    </message>
    <message>
        <source>The server refused the change.</source>
        <translation>Serwer odrzucił zmianę.</translation>
    </message>
    <message>
        <source>Details: {0}</source>
        <translation>Szczegóły: {0}</translation>
    </message>
    <message>
        <source>Change the number&apos;s settings</source>
        <translation>Zmiana ustawień numeru</translation>
    </message>
    <message>
        <source>{0} is paid until {1}.</source>
        <translation>{0} jest opłacony do {1}.</translation>
    </message>
    <message>
        <source>The client&apos;s balance is too low to prepay.</source>
        <translation>Saldo klienta jest za niskie na przedpłatę.</translation>
    </message>
    <message>
        <source>The server refused it.</source>
        <translation>Serwer odmówił.</translation>
    </message>
    <message>
        <source>Prepay the number</source>
        <translation>Przedpłata numeru</translation>
    </message>
    <message>
        <source>The answer to the prepayment was lost. Nothing is sent again; reading the number&apos;s expiry…</source>
        <translation>Odpowiedź na przedpłatę nie dotarła. Nic nie zostanie wysłane ponownie; odczytywanie daty ważności numeru…</translation>
    </message>
    <message>
        <source>The expiry moved from {0} to {1}: it was paid.</source>
        <translation>Data ważności zmieniła się z {0} na {1}: opłacono.</translation>
    </message>
    <message>
        <source>The expiry ({0}) and the balance did not change: it was not paid.</source>
        <translation>Data ważności ({0}) i saldo się nie zmieniły: nie opłacono.</translation>
    </message>
    <message>
        <source>The expiry went from {0} to {1}, which does not fit; check before deciding.</source>
        <translation>Data ważności zmieniła się z {0} na {1}, co nie pasuje; sprawdź, zanim zdecydujesz.</translation>
    </message>
    <message>
        <source>An order of this account is undecided; open the order dialog to read it back and decide.</source>
        <translation>Zamówienie dla tego konta jest nierozstrzygnięte; otwórz okno zamówienia, aby odczytać stan konta i zdecydować.</translation>
    </message>
    <message>
        <source>Read the number&apos;s expiry</source>
        <translation>Odczyt daty ważności numeru</translation>
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
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>New password for extension {0}</source>
        <translation>Nowe hasło numeru {0}</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Hasło:</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Wygeneruj</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiuj</translation>
    </message>
    <message>
        <source>Phones registered with the old password stop working until the new one is entered on them.</source>
        <translation>Telefony zalogowane starym hasłem przestaną działać, dopóki nie wpisze się w nich nowego.</translation>
    </message>
</context>
<context>
    <name>PasswordOnce</name>
    <message>
        <source>PBX created. The password of extension 100 is shown only now: copy it for the client.</source>
        <translation>Centrala utworzona. Hasło numeru 100 jest pokazywane tylko teraz: skopiuj je dla klienta.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiuj</translation>
    </message>
    <message>
        <source>&amp;Done, hide it</source>
        <translation>&amp;Gotowe, ukryj</translation>
    </message>
</context>
<context>
    <name>PbxMessages</name>
    <message>
        <source>Enter a password or generate one.</source>
        <translation>Wpisz hasło albo je wygeneruj.</translation>
    </message>
    <message>
        <source>A password must not contain spaces.</source>
        <translation>Hasło nie może zawierać spacji.</translation>
    </message>
    <message>
        <source>Use Latin letters, digits and punctuation only: desk phones cannot type other characters.</source>
        <translation>Używaj tylko liter łacińskich, cyfr i znaków interpunkcyjnych: na telefonach biurowych nie da się wpisać innych znaków.</translation>
    </message>
    <message>
        <source>At least {min} characters (this has {count}).</source>
        <translation>Co najmniej {min} znaków (to ma {count}).</translation>
    </message>
    <message>
        <source>At most {max} characters.</source>
        <translation>Najwyżej {max} znaków.</translation>
    </message>
    <message>
        <source>This is one of the most common passwords; it is guessed first.</source>
        <translation>To jedno z najczęstszych haseł; zgaduje się je w pierwszej kolejności.</translation>
    </message>
    <message>
        <source>The password must not contain the login.</source>
        <translation>Hasło nie może zawierać loginu.</translation>
    </message>
    <message>
        <source>Avoid runs such as 1234, abcd or aaaa: they are guessed early.</source>
        <translation>Unikaj ciągów takich jak 1234, abcd czy aaaa: zgaduje się je wcześnie.</translation>
    </message>
    <message>
        <source>Use more different characters.</source>
        <translation>Użyj więcej różnych znaków.</translation>
    </message>
    <message>
        <source>Enter an extension number.</source>
        <translation>Wpisz numer wewnętrzny.</translation>
    </message>
    <message>
        <source>An extension number is digits only, such as 101.</source>
        <translation>Numer wewnętrzny składa się tylko z cyfr, np. 101.</translation>
    </message>
    <message>
        <source>Extension numbers go from {min} to {max}.</source>
        <translation>Numery wewnętrzne mają wartości od {min} do {max}.</translation>
    </message>
    <message>
        <source>Extension {number} already exists.</source>
        <translation>Numer {number} już istnieje.</translation>
    </message>
    <message>
        <source>Create from 1 to {max} extensions at once.</source>
        <translation>Naraz można utworzyć od 1 do {max} numerów.</translation>
    </message>
    <message>
        <source>Enter at least one e-mail address for the recordings.</source>
        <translation>Wpisz co najmniej jeden adres e-mail dla nagrań.</translation>
    </message>
    <message>
        <source>At most {max} addresses (this has {count}).</source>
        <translation>Najwyżej {max} adresy (tu jest {count}).</translation>
    </message>
    <message>
        <source>Enter the address of the client&apos;s server.</source>
        <translation>Wpisz adres serwera klienta.</translation>
    </message>
    <message>
        <source>An address must not contain spaces.</source>
        <translation>Adres nie może zawierać spacji.</translation>
    </message>
    <message>
        <source>Start the address with https:// (for example https://{value}).</source>
        <translation>Zacznij adres od https:// (na przykład https://{value}).</translation>
    </message>
    <message>
        <source>Zadarma calls only http:// or https:// addresses, not {scheme}://.</source>
        <translation>Zadarma wywołuje tylko adresy http:// i https://, nie {scheme}://.</translation>
    </message>
    <message>
        <source>The address has no host name after {scheme}://.</source>
        <translation>W adresie brakuje nazwy serwera po {scheme}://.</translation>
    </message>
    <message>
        <source>{value} is not a valid host name.</source>
        <translation>{value} nie jest poprawną nazwą serwera.</translation>
    </message>
    <message>
        <source>The port in this address is not a number from 1 to 65535.</source>
        <translation>Port w tym adresie nie jest liczbą od 1 do 65535.</translation>
    </message>
    <message>
        <source>Remove the part after #: it never reaches the server.</source>
        <translation>Usuń część po #: nigdy nie trafia do serwera.</translation>
    </message>
    <message>
        <source>Enter the domain of the client&apos;s website.</source>
        <translation>Wpisz domenę witryny klienta.</translation>
    </message>
    <message>
        <source>Give the domain alone, without {scheme}:// (for example {value}).</source>
        <translation>Podaj samą domenę, bez {scheme}:// (na przykład {value}).</translation>
    </message>
    <message>
        <source>Give the domain alone, without a path (for example {value}).</source>
        <translation>Podaj samą domenę, bez ścieżki (na przykład {value}).</translation>
    </message>
    <message>
        <source>Give the domain without a port.</source>
        <translation>Podaj domenę bez portu.</translation>
    </message>
    <message>
        <source>{value} is not a domain name such as example.com.</source>
        <translation>{value} nie jest nazwą domeny taką jak example.com.</translation>
    </message>
    <message>
        <source>Add at least one digit.</source>
        <translation>Dodaj co najmniej jedną cyfrę.</translation>
    </message>
    <message>
        <source>Add at least one lower-case letter.</source>
        <translation>Dodaj co najmniej jedną małą literę.</translation>
    </message>
    <message>
        <source>Add at least one upper-case letter.</source>
        <translation>Dodaj co najmniej jedną wielką literę.</translation>
    </message>
    <message>
        <source>{count} extensions from {start} would go past {max}.</source>
        <translation>{count} numerów od {start} wyszłoby poza {max}.</translation>
    </message>
    <message>
        <source>Extension {number} already exists; start from {free} or lower the quantity.</source>
        <translation>Numer {number} już istnieje; zacznij od {free} albo zmniejsz liczbę.</translation>
    </message>
    <message>
        <source>{value} is not a valid e-mail address.</source>
        <translation>{value} nie jest poprawnym adresem e-mail.</translation>
    </message>
    <message>
        <source>{value} is given twice.</source>
        <translation>{value} podano dwa razy.</translation>
    </message>
    <message>
        <source>The server did not answer: {detail}</source>
        <translation>Serwer nie odpowiedział: {detail}</translation>
    </message>
    <message>
        <source>The server did not answer within {seconds} seconds.</source>
        <translation>Serwer nie odpowiedział w ciągu {seconds} s.</translation>
    </message>
    <message>
        <source>The server&apos;s HTTPS certificate is not valid, so Zadarma will not call it: {detail}</source>
        <translation>Certyfikat HTTPS serwera jest nieważny, więc Zadarma go nie wywoła: {detail}</translation>
    </message>
    <message>
        <source>Nothing answers at this address: {detail}</source>
        <translation>Pod tym adresem nic nie odpowiada: {detail}</translation>
    </message>
    <message>
        <source>The server answered HTTP {status} instead of 200.</source>
        <translation>Serwer odpowiedział HTTP {status} zamiast 200.</translation>
    </message>
    <message>
        <source>The address is not HTTPS: call details would travel unencrypted.</source>
        <translation>Adres nie używa HTTPS: dane połączeń byłyby przesyłane bez szyfrowania.</translation>
    </message>
    <message>
        <source>The server answered with a redirect (HTTP {status}) to {target}; Zadarma does not follow redirects. Save the final address instead.</source>
        <translation>Serwer odpowiedział przekierowaniem (HTTP {status}) na {target}; Zadarma nie podąża za przekierowaniami. Zapisz docelowy adres.</translation>
    </message>
    <message>
        <source>“{key}” is not a key Zadarma knows; it is ignored.</source>
        <translation>„{key}” nie jest kluczem znanym Zadarmie; zostanie pominięty.</translation>
    </message>
    <message>
        <source>Nothing: the call follows the PBX&apos;s own voice menu.</source>
        <translation>Nic: połączenie idzie według menu głosowego centrali.</translation>
    </message>
    <message>
        <source>Say the standard phrase {value}.</source>
        <translation>Odtwórz standardowy komunikat {value}.</translation>
    </message>
    <message>
        <source>Show the caller as “{value}” on the phones.</source>
        <translation>Pokaż dzwoniącego na telefonach jako „{value}”.</translation>
    </message>
    <message>
        <source>The server answered the check with HTTP {status} instead of 200.</source>
        <translation>Serwer odpowiedział na sprawdzenie HTTP {status} zamiast 200.</translation>
    </message>
    <message>
        <source>ivr_play needs the id of a sound file.</source>
        <translation>ivr_play wymaga identyfikatora pliku dźwiękowego.</translation>
    </message>
    <message>
        <source>Play the sound file {sound}.</source>
        <translation>Odtwórz plik dźwiękowy {sound}.</translation>
    </message>
    <message>
        <source>wait_dtmf must be an object with timeout, attempts, maxdigits, name and default.</source>
        <translation>wait_dtmf musi być obiektem z polami timeout, attempts, maxdigits, name i default.</translation>
    </message>
    <message>
        <source>Wait up to {timeout} s for the caller to press up to {maxdigits} key(s), {attempts} attempt(s); the next event carries the digits as “{name}”.</source>
        <translation>Czekaj do {timeout} s, aż dzwoniący naciśnie najwyżej {maxdigits} klawisz(e), prób: {attempts}; następne zdarzenie przekaże cyfry jako „{name}”.</translation>
    </message>
    <message>
        <source>Put the call through to extension {target}.</source>
        <translation>Przełącz połączenie na numer wewnętrzny {target}.</translation>
    </message>
    <message>
        <source>{target} is neither a scenario nor an extension of this PBX.</source>
        <translation>{target} nie jest ani scenariuszem, ani numerem wewnętrznym tej centrali.</translation>
    </message>
    <message>
        <source>If nobody answers within {seconds} s, come back to the menu.</source>
        <translation>Jeśli nikt nie odbierze w ciągu {seconds} s, wróć do menu.</translation>
    </message>
    <message>
        <source>Show {value} as the number when forwarding.</source>
        <translation>Przy przekierowaniu pokaż numer {value}.</translation>
    </message>
    <message>
        <source>{key} only works together with redirect.</source>
        <translation>{key} działa tylko razem z redirect.</translation>
    </message>
    <message>
        <source>Hang up.</source>
        <translation>Rozłącz.</translation>
    </message>
    <message>
        <source>hangup must be 1 to hang up.</source>
        <translation>hangup musi mieć wartość 1, by rozłączyć.</translation>
    </message>
    <message>
        <source>The answer must be a JSON object such as {example}.</source>
        <translation>Odpowiedź musi być obiektem JSON, np. {example}.</translation>
    </message>
    <message>
        <source>{key} must be digits, not “{value}”.</source>
        <translation>{key} musi składać się z cyfr, a nie „{value}”.</translation>
    </message>
    <message>
        <source>wait_dtmf has no “default”: a caller who presses nothing is not sent anywhere.</source>
        <translation>wait_dtmf nie ma pola „default”: dzwoniący, który nic nie naciśnie, nie zostanie nigdzie skierowany.</translation>
    </message>
    <message>
        <source>If nothing is pressed, go to {target}.</source>
        <translation>Jeśli nic nie zostanie naciśnięte, przejdź do {target}.</translation>
    </message>
    <message>
        <source>Continue with scenario {target}.</source>
        <translation>Przejdź do scenariusza {target}.</translation>
    </message>
    <message>
        <source>Put the call through to {target}.</source>
        <translation>Przełącz połączenie na {target}.</translation>
    </message>
    <message>
        <source>hangup together with redirect or wait_dtmf: the call is hung up and the rest is ignored.</source>
        <translation>hangup razem z redirect lub wait_dtmf: połączenie zostanie rozłączone, a reszta pominięta.</translation>
    </message>
    <message>
        <source>The server answered with an empty body; it must answer with the value of the zd_echo parameter ({value}).</source>
        <translation>Serwer odpowiedział pustą treścią; musi odpowiedzieć wartością parametru zd_echo ({value}).</translation>
    </message>
    <message>
        <source>Read out the digits {value} ({language}).</source>
        <translation>Odczytaj cyfry {value} ({language}).</translation>
    </message>
    <message>
        <source>Read out the number {value} ({language}).</source>
        <translation>Odczytaj liczbę {value} ({language}).</translation>
    </message>
    <message>
        <source>wait_dtmf.{key} must be a whole number of 1 or more.</source>
        <translation>wait_dtmf.{key} musi być liczbą całkowitą równą co najmniej 1.</translation>
    </message>
    <message>
        <source>The answer holds the zd_echo value but also other text (“{body}”); it must be the value alone.</source>
        <translation>Odpowiedź zawiera wartość zd_echo, ale też inny tekst („{body}”); musi zawierać tylko tę wartość.</translation>
    </message>
    <message>
        <source>The server answered “{body}” instead of the zd_echo value {value}.</source>
        <translation>Serwer odpowiedział „{body}” zamiast wartości zd_echo {value}.</translation>
    </message>
    <message>
        <source>The answer is not valid JSON ({detail}); Zadarma ignores it and the call follows the PBX&apos;s own menu.</source>
        <translation>Odpowiedź nie jest poprawnym JSON-em ({detail}); Zadarma ją pominie, a połączenie pójdzie według menu centrali.</translation>
    </message>
    <message>
        <source>default language</source>
        <translation>język domyślny</translation>
    </message>
    <message>
        <source>Nothing was sent: an earlier change ({0}) may or may not have been applied. Reload the page to read the server; until that is settled nothing more is sent for this PBX.</source>
        <translation>Nic nie wysłano: wcześniejsza zmiana ({0}) mogła zostać wprowadzona albo nie. Odśwież stronę, aby odczytać serwer; dopóki to nie zostanie rozstrzygnięte, nic więcej nie zostanie wysłane dla tej centrali.</translation>
    </message>
    <message>
        <source>The answer to “{0}” was lost: it may have been applied. It is not sent again; reload the page to read the server.</source>
        <translation>Odpowiedź na „{0}” zaginęła: zmiana mogła zostać wprowadzona. Nie zostanie wysłana ponownie; odśwież stronę, aby odczytać serwer.</translation>
    </message>
</context>
<context>
    <name>PbxPage</name>
    <message>
        <source>Choose a client in the header (or work on your own account) to see and set up their cloud PBX.</source>
        <translation>Wybierz klienta w nagłówku (albo pracuj na własnym koncie), aby zobaczyć i skonfigurować jego centralę w chmurze.</translation>
    </message>
    <message>
        <source>Read the PBX</source>
        <translation>Odczytaj centralę</translation>
    </message>
    <message>
        <source>Create the PBX</source>
        <translation>Utwórz centralę</translation>
    </message>
    <message>
        <source>E&amp;xtensions</source>
        <translation>Nu&amp;mery wewnętrzne</translation>
    </message>
    <message>
        <source>We&amp;bhooks</source>
        <translation>We&amp;bhooki</translation>
    </message>
    <message>
        <source>WebRTC wid&amp;get</source>
        <translation>Widże&amp;t WebRTC</translation>
    </message>
</context>
<context>
    <name>PhoneStep</name>
    <message>
        <source>Code sent by {0}. A new code can be requested in {1} s.</source>
        <translation>Kod wysłano ({0}). Nowy kod można zamówić za {1} s.</translation>
    </message>
    <message>
        <source>No code arrived? Send a new one.</source>
        <translation>Kod nie dotarł? Wyślij nowy.</translation>
    </message>
    <message>
        <source>The phone {0} is confirmed.</source>
        <translation>Telefon {0} jest potwierdzony.</translation>
    </message>
    <message>
        <source>Skipped: confirm the phone later.</source>
        <translation>Pominięto: potwierdź telefon później.</translation>
    </message>
    <message>
        <source>call</source>
        <translation>połączenie</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>The code was sent by {0}. Ask the client to read it out.</source>
        <translation>Kod wysłano ({0}). Poproś klienta, aby go odczytał.</translation>
    </message>
    <message>
        <source>Send a confirmation code</source>
        <translation>Wysłanie kodu potwierdzającego</translation>
    </message>
    <message>
        <source>Confirm the phone</source>
        <translation>Potwierdzenie telefonu</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>Telefon kontaktowy</translation>
    </message>
    <message>
        <source>Confirm the client&apos;s phone with a code.</source>
        <translation>Potwierdź telefon klienta kodem.</translation>
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
        <source>The system keyring did not answer (is it locked?): the key and secret will be kept only until Zaddesk closes, never written to disk.</source>
        <translation>Systemowy magazyn haseł nie odpowiedział (czy jest zablokowany?): klucz i sekret będą przechowywane tylko do zamknięcia programu Zaddesk i nigdy nie trafią na dysk.</translation>
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
    <name>ReconcileDialog</name>
    <message>
        <source>The balances do not tell clearly; check the client&apos;s account.</source>
        <translation>Salda nie dają jasnej odpowiedzi; sprawdź konto klienta.</translation>
    </message>
    <message>
        <source>Only one balance could be read; it did not change.</source>
        <translation>Udało się odczytać tylko jedno saldo; nie zmieniło się.</translation>
    </message>
    <message>
        <source>One balance changed and the other did not.</source>
        <translation>Jedno saldo się zmieniło, a drugie nie.</translation>
    </message>
    <message>
        <source>The balances say: it WAS applied.</source>
        <translation>Salda wskazują: operacja ZOSTAŁA wykonana.</translation>
    </message>
    <message>
        <source>The balances say: it was NOT applied.</source>
        <translation>Salda wskazują: operacja NIE została wykonana.</translation>
    </message>
    <message>
        <source>A balance changed by a different amount than the transfer; something else (calls, another rep) moved money in the meantime.</source>
        <translation>Saldo zmieniło się o inną kwotę niż przelew; w międzyczasie środki przesunęło coś innego (połączenia, inny handlowiec).</translation>
    </message>
    <message>
        <source>Neither balance changed: the transfer was not applied.</source>
        <translation>Żadne saldo się nie zmieniło: przelew nie został wykonany.</translation>
    </message>
    <message>
        <source>The balances changed by the amount of the transfer: it was applied.</source>
        <translation>Salda zmieniły się dokładnie o kwotę przelewu: przelew został wykonany.</translation>
    </message>
    <message>
        <source>Both balances moved as a converted transfer would: it was most likely applied.</source>
        <translation>Oba salda zmieniły się tak, jak przy przelewie z przewalutowaniem: najpewniej został wykonany.</translation>
    </message>
    <message>
        <source>The balances could not be read well enough to tell.</source>
        <translation>Nie udało się odczytać sald na tyle, by to rozstrzygnąć.</translation>
    </message>
    <message>
        <source>Sent: {0} from client {1} back to your dealer balance.</source>
        <translation>Wysłano: {0} od klienta {1} z powrotem na Twoje saldo dealera.</translation>
    </message>
    <message>
        <source>Check balances after a lost money move</source>
        <translation>Sprawdzenie sald po przeniesieniu bez odpowiedzi</translation>
    </message>
    <message>
        <source>Top-up sent: {0} to client {1}.</source>
        <translation>Wysłano doładowanie: {0} dla klienta {1}.</translation>
    </message>
    <message>
        <source>Reading the balances…</source>
        <translation>Odczytywanie sald…</translation>
    </message>
    <message>
        <source>The balances could not be read: {0}</source>
        <translation>Nie udało się odczytać sald: {0}</translation>
    </message>
    <message>
        <source>A balance is now kept in another currency than before the transfer; compare the balances by hand.</source>
        <translation>Jedno z sald jest teraz prowadzone w innej walucie niż przed przelewem; porównaj salda samodzielnie.</translation>
    </message>
    <message>
        <source>The balance that could be read changed by the amount of the transfer: it was most likely applied.</source>
        <translation>Saldo, które udało się odczytać, zmieniło się o kwotę przelewu: przelew najpewniej został wykonany.</translation>
    </message>
</context>
<context>
    <name>ReconcileDialogForm</name>
    <message>
        <source>Money move with a lost answer</source>
        <translation>Przeniesienie środków bez odpowiedzi</translation>
    </message>
    <message>
        <source>The answer to this money move was lost: it may or may not have been applied. Nothing will be sent again by itself. Here is what the balances show; decide what happened.</source>
        <translation>Odpowiedź serwera na to przeniesienie środków nie dotarła: mogło zostać wykonane albo nie. Nic nie zostanie wysłane ponownie samo z siebie. Poniżej widać, co pokazują salda; zdecyduj, co się stało.</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Przed</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Teraz</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Zmiana</translation>
    </message>
    <message>
        <source>Dealer:</source>
        <translation>Dealer:</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation>Klient:</translation>
    </message>
    <message>
        <source>It &amp;was applied</source>
        <translation>&amp;Wykonane</translation>
    </message>
    <message>
        <source>It was &amp;not applied</source>
        <translation>&amp;Nie wykonane</translation>
    </message>
    <message>
        <source>Decide &amp;later</source>
        <translation>Zdecyduj &amp;później</translation>
    </message>
</context>
<context>
    <name>RecordingDialog</name>
    <message>
        <source>Call recording of extension {0}</source>
        <translation>Nagrywanie rozmów numeru {0}</translation>
    </message>
    <message>
        <source>Record calls to the &amp;cloud store</source>
        <translation>Nagrywaj rozmowy do &amp;chmury</translation>
    </message>
    <message>
        <source>Send recordings by &amp;e-mail</source>
        <translation>Wysyłaj nagrania &amp;e-mailem</translation>
    </message>
    <message>
        <source>&amp;Addresses (up to 3):</source>
        <translation>&amp;Adresy (najwyżej 3):</translation>
    </message>
    <message>
        <source>name@example.com, other@example.com</source>
        <translation>imie@example.com, inny@example.com</translation>
    </message>
    <message>
        <source>Speech &amp;recognition:</source>
        <translation>&amp;Rozpoznawanie mowy:</translation>
    </message>
    <message>
        <source>Leave as it is</source>
        <translation>Bez zmian</translation>
    </message>
    <message>
        <source>Every call</source>
        <translation>Każda rozmowa</translation>
    </message>
    <message>
        <source>Calls chosen in the statistics</source>
        <translation>Rozmowy wybrane w statystykach</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Wyłączone</translation>
    </message>
</context>
<context>
    <name>RedirectionDialog</name>
    <message>
        <source>Forwarding of extension {0}</source>
        <translation>Przekierowanie numeru {0}</translation>
    </message>
    <message>
        <source>&amp;Forward this extension&apos;s calls</source>
        <translation>&amp;Przekierowuj połączenia tego numeru</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Dokąd:</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Kiedy:</translation>
    </message>
    <message>
        <source>A phone number</source>
        <translation>Numer telefonu</translation>
    </message>
    <message>
        <source>A SIP login</source>
        <translation>Login SIP</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>imie@example.pl</translation>
    </message>
    <message>
        <source>&amp;Number, login or e-mail:</source>
        <translation>&amp;Numer, login lub e-mail:</translation>
    </message>
    <message>
        <source>Voicemail by e-mail</source>
        <translation>Poczta głosowa e-mailem</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>Zawsze</translation>
    </message>
    <message>
        <source>When nobody answers</source>
        <translation>Gdy nikt nie odbiera</translation>
    </message>
    <message>
        <source>Voicemail is sent by e-mail: enter the address it goes to.</source>
        <translation>Poczta głosowa jest wysyłana e-mailem: wpisz adres, na który ma trafiać.</translation>
    </message>
    <message>
        <source>Enter the phone number in international format, 7 to 15 digits, such as 48221234567.</source>
        <translation>Wpisz numer telefonu w formacie międzynarodowym, od 7 do 15 cyfr, np. 48221234567.</translation>
    </message>
    <message>
        <source>Enter the SIP login to forward to.</source>
        <translation>Wpisz login SIP, na który przekierować.</translation>
    </message>
</context>
<context>
    <name>RegistrationStep</name>
    <message>
        <source>Register {0} ({1}) as your client with Zadarma. The client gets an e-mail from Zadarma.</source>
        <translation>Zarejestruj {0} ({1}) w Zadarma jako swojego klienta. Klient otrzyma e-mail od Zadarma.</translation>
    </message>
    <message>
        <source>Registered and active. Client id: {0}</source>
        <translation>Zarejestrowano, konto aktywne. Id klienta: {0}</translation>
    </message>
    <message>
        <source>Registered. Zadarma has sent the client an e-mail with a confirmation link; the account starts once the client opens it.</source>
        <translation>Zarejestrowano. Zadarma wysłała klientowi e-mail z linkiem potwierdzającym; konto zacznie działać, gdy klient go otworzy.</translation>
    </message>
    <message>
        <source>When the client has opened the link, press “Check now”, or close the wizard and resume it later.</source>
        <translation>Gdy klient otworzy link, naciśnij „Sprawdź teraz” albo zamknij kreator i wznów go później.</translation>
    </message>
    <message>
        <source>Registered. Zadarma has sent the client an e-mail with a confirmation code.</source>
        <translation>Zarejestrowano. Zadarma wysłała klientowi e-mail z kodem potwierdzającym.</translation>
    </message>
    <message>
        <source>Ask the client to read you the code from that e-mail and type it here.</source>
        <translation>Poproś klienta o odczytanie kodu z tego e-maila i wpisz go tutaj.</translation>
    </message>
    <message>
        <source>Registered; the account waits for the client&apos;s confirmation.</source>
        <translation>Zarejestrowano; konto czeka na potwierdzenie przez klienta.</translation>
    </message>
    <message>
        <source>Either the client clicks the link in the e-mail from Zadarma (then press “Check now”, or close the wizard and resume it later), or the client reads you the code from that e-mail and you type it here.</source>
        <translation>Klient albo klika link w e-mailu od Zadarma (wtedy naciśnij „Sprawdź teraz” lub zamknij kreator i wznów go później), albo odczytuje Ci kod z tego e-maila, a Ty wpisujesz go tutaj.</translation>
    </message>
    <message>
        <source>Details from the server: {0}</source>
        <translation>Szczegóły z serwera: {0}</translation>
    </message>
    <message>
        <source>The registration&apos;s answer was lost: check on the server before going on.</source>
        <translation>Odpowiedź na rejestrację przepadła: sprawdź na serwerze, zanim przejdziesz dalej.</translation>
    </message>
    <message>
        <source>The server refused the registration: {0} is already registered as your client {1}, perhaps by an earlier attempt. Go on with that client, or go back and correct the e-mail.</source>
        <translation>Serwer odmówił rejestracji: {0} jest już zarejestrowany jako Twój klient {1}, być może przy wcześniejszej próbie. Kontynuuj z tym klientem albo wróć i popraw e-mail.</translation>
    </message>
    <message>
        <source>&amp;Go on with client {0}</source>
        <translation>&amp;Kontynuuj z klientem {0}</translation>
    </message>
    <message>
        <source>The server refused the registration: {0}
Go back to correct the data.</source>
        <translation>Serwer odrzucił rejestrację: {0}
Wróć, aby poprawić dane.</translation>
    </message>
    <message>
        <source>Register the client</source>
        <translation>Rejestracja klienta</translation>
    </message>
    <message>
        <source>Go on with the registered client</source>
        <translation>Kontynuacja z zarejestrowanym klientem</translation>
    </message>
    <message>
        <source>Not confirmed yet.</source>
        <translation>Jeszcze niepotwierdzone.</translation>
    </message>
    <message>
        <source>Check the registration</source>
        <translation>Sprawdzenie rejestracji</translation>
    </message>
    <message>
        <source>Confirm the registration</source>
        <translation>Potwierdzenie rejestracji</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Rejestracja</translation>
    </message>
    <message>
        <source>Create the client&apos;s Zadarma account.</source>
        <translation>Utwórz konto klienta w Zadarma.</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Dalej &gt;</translation>
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
        <source>The system keyring did not answer within a few seconds (is it locked?). Keys and secrets you enter are kept only until Zaddesk closes; they are never written to disk.</source>
        <translation>Systemowy magazyn haseł nie odpowiedział w ciągu kilku sekund (czy jest zablokowany?). Wprowadzone klucze i sekrety są przechowywane tylko do zamknięcia programu Zaddesk i nigdy nie trafiają na dysk.</translation>
    </message>
    <message>
        <source>No working system keyring was found. Keys and secrets you enter are kept only until Zaddesk closes; they are never written to disk.</source>
        <translation>Nie znaleziono działającego systemowego magazynu haseł. Wprowadzone klucze i sekrety są przechowywane tylko do zamknięcia programu Zaddesk i nigdy nie trafiają na dysk.</translation>
    </message>
    <message>
        <source>Keys and secrets are kept in: {0}</source>
        <translation>Klucze i sekrety są przechowywane w: {0}</translation>
    </message>
    <message>
        <source>No connection profiles yet. You are working on the demo data of the built-in emulator. Add a profile with your Zadarma API key to work with your dealer account, or Zadarma&apos;s sandbox to try it safely.</source>
        <translation>Nie ma jeszcze profili połączeń. Pracujesz na danych demonstracyjnych wbudowanego emulatora. Dodaj profil z kluczem API Zadarma, aby pracować na koncie dealera, albo piaskownicę Zadarma, aby bezpiecznie wypróbować program.</translation>
    </message>
</context>
<context>
    <name>SipHandout</name>
    <message>
        <source>Phone settings for extension {0}</source>
        <translation>Ustawienia telefonu dla numeru {0}</translation>
    </message>
    <message>
        <source>Scan the code with the phone&apos;s softphone app, or type the settings above. Keep this page private: it holds the password.</source>
        <translation>Zeskanuj kod aplikacją softphone w telefonie albo wpisz powyższe ustawienia. Nie pokazuj tej strony innym: zawiera hasło.</translation>
    </message>
</context>
<context>
    <name>SipSettingsDialog</name>
    <message>
        <source>Server</source>
        <translation>Serwer</translation>
    </message>
    <message>
        <source>SIP port</source>
        <translation>Port SIP</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Authentication name</source>
        <translation>Nazwa uwierzytelniania</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Hasło</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Numer wewnętrzny</translation>
    </message>
    <message>
        <source>SIP settings of extension {0}</source>
        <translation>Ustawienia SIP numeru {0}</translation>
    </message>
    <message>
        <source>&amp;Settings to type or paste:</source>
        <translation>&amp;Ustawienia do wpisania lub wklejenia:</translation>
    </message>
    <message>
        <source>Show &amp;password</source>
        <translation>Pokaż &amp;hasło</translation>
    </message>
    <message>
        <source>&amp;Copy text</source>
        <translation>&amp;Kopiuj tekst</translation>
    </message>
    <message>
        <source>&amp;QR code holds:</source>
        <translation>Kod &amp;QR zawiera:</translation>
    </message>
    <message>
        <source>The settings as text</source>
        <translation>Ustawienia jako tekst</translation>
    </message>
    <message>
        <source>A SIP account address (sip:)</source>
        <translation>Adres konta SIP (sip:)</translation>
    </message>
    <message>
        <source>Read the password of extension {0}</source>
        <translation>Odczytaj hasło numeru {0}</translation>
    </message>
    <message>
        <source>Save the phone settings</source>
        <translation>Zapisz ustawienia telefonu</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Pliki PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be written: {0}</source>
        <translation>Nie udało się zapisać PDF: {0}</translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation>Zapisano {0}</translation>
    </message>
    <message>
        <source>Password show&amp;n</source>
        <translation>Hasło &amp;pokazane</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Zapisz jako P&amp;DF…</translation>
    </message>
</context>
<context>
    <name>Sounds</name>
    <message>
        <source>Sounds (*.mp3 *.wav);;All files (*)</source>
        <translation>Nagrania (*.mp3 *.wav);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>Mono {rate} kHz {kind}, about {size}</source>
        <translation>Mono {rate} kHz {kind}, około {size}</translation>
    </message>
    <message>
        <source>Voice menu sounds</source>
        <translation>Nagrania menu głosowego</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Usuń</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Odśwież</translation>
    </message>
    <message>
        <source>Hold music</source>
        <translation>Muzyka na czekanie</translation>
    </message>
    <message>
        <source>&amp;Upload…</source>
        <translation>&amp;Prześlij…</translation>
    </message>
    <message>
        <source>Upload an MP3 or WAV file as the hold music</source>
        <translation>Prześlij plik MP3 lub WAV jako muzykę na czekanie</translation>
    </message>
    <message>
        <source>Dele&amp;te</source>
        <translation>U&amp;suń</translation>
    </message>
    <message>
        <source>Delete the uploaded hold music</source>
        <translation>Usuń przesłaną muzykę na czekanie</translation>
    </message>
    <message>
        <source>New sounds</source>
        <translation>Nowe nagrania</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nazwa:</translation>
    </message>
    <message>
        <source>the file name, if left empty</source>
        <translation>nazwa pliku, jeśli puste</translation>
    </message>
    <message>
        <source>Drop MP3 or WAV files here (drop on Hold music for the melody); each is decoded and checked before it is uploaded. At most 5 MB.</source>
        <translation>Upuść tu pliki MP3 lub WAV (na „Muzykę na czekanie”, by ustawić melodię); każdy jest dekodowany i sprawdzany przed wysłaniem. Najwyżej 5 MB.</translation>
    </message>
    <message>
        <source>Con&amp;vert</source>
        <translation>&amp;Konwertuj</translation>
    </message>
    <message>
        <source>Upload &amp;as it is</source>
        <translation>Wyślij &amp;bez zmian</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Odsłuch</translation>
    </message>
    <message>
        <source>P&amp;lay</source>
        <translation>&amp;Odtwórz</translation>
    </message>
    <message>
        <source>St&amp;op</source>
        <translation>&amp;Zatrzymaj</translation>
    </message>
    <message>
        <source>Choose a client in the header to see their sounds.</source>
        <translation>Wybierz klienta w nagłówku, aby zobaczyć jego nagrania.</translation>
    </message>
    <message>
        <source>{count} upload(s) continue for {names}; they finish for that client.</source>
        <translation>Wysyłanie plików ({count}) trwa dalej dla: {names}; zakończy się dla tamtego klienta.</translation>
    </message>
    <message>
        <source>Read the sound library</source>
        <translation>Odczyt biblioteki nagrań</translation>
    </message>
    <message>
        <source>(no sounds yet)</source>
        <translation>(brak nagrań)</translation>
    </message>
    <message>
        <source>Delete a sound</source>
        <translation>Usunięcie nagrania</translation>
    </message>
    <message>
        <source>The service does not tell which melody plays now; it shows here after an upload or a switch.</source>
        <translation>Serwis nie podaje, która melodia gra teraz; pojawi się tu po przesłaniu lub przełączeniu.</translation>
    </message>
    <message>
        <source>The uploaded melody plays on hold.</source>
        <translation>Podczas czekania gra przesłana melodia.</translation>
    </message>
    <message>
        <source>The standard melody plays on hold.</source>
        <translation>Podczas czekania gra standardowa melodia.</translation>
    </message>
    <message>
        <source>Switch the hold music</source>
        <translation>Przełączenie muzyki na czekanie</translation>
    </message>
    <message>
        <source>Delete the hold music</source>
        <translation>Usunięcie muzyki na czekanie</translation>
    </message>
    <message>
        <source>Add sounds</source>
        <translation>Dodaj nagrania</translation>
    </message>
    <message>
        <source>The hold music is uploaded; switch it on to play it.</source>
        <translation>Muzyka na czekanie jest przesłana; włącz ją, aby grała.</translation>
    </message>
    <message>
        <source>Select a sound to convert it to mono 8 or 16 kHz; the original file stays as it is.</source>
        <translation>Zaznacz nagranie, aby przekonwertować je na mono 8 lub 16 kHz; oryginalny plik pozostaje bez zmian.</translation>
    </message>
    <message>
        <source>Converting…</source>
        <translation>Konwertowanie…</translation>
    </message>
    <message>
        <source>Converted: {size}, {duration}, mono {rate} kHz. Upload it, or pick another form.</source>
        <translation>Przekonwertowano: {size}, {duration}, mono {rate} kHz. Wyślij albo wybierz inną postać.</translation>
    </message>
    <message>
        <source>The conversion failed: {error}</source>
        <translation>Konwersja się nie udała: {error}</translation>
    </message>
    <message>
        <source>Convert a sound</source>
        <translation>Konwersja nagrania</translation>
    </message>
    <message>
        <source>The converted copy is queued: {name}</source>
        <translation>Przekonwertowana kopia czeka na wysłanie: {name}</translation>
    </message>
    <message>
        <source>Qt Multimedia is not installed: {error}</source>
        <translation>Brak modułu Qt Multimedia: {error}</translation>
    </message>
    <message>
        <source>This machine has no audio output, so the preview is off; everything else works.</source>
        <translation>Ten komputer nie ma wyjścia audio, więc odsłuch jest wyłączony; wszystko inne działa.</translation>
    </message>
    <message>
        <source>The file cannot be played: {error}</source>
        <translation>Nie można odtworzyć pliku: {error}</translation>
    </message>
    <message>
        <source>&amp;Play it on hold</source>
        <translation>&amp;Graj ją podczas czekania</translation>
    </message>
    <message>
        <source>Upload &amp;converted</source>
        <translation>Wyślij &amp;przekonwertowany</translation>
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
        <translation>zostało %v/%m zapytań</translation>
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
            <numerusform>Nieudane zadania: %n</numerusform>
            <numerusform>Nieudane zadania: %n</numerusform>
            <numerusform>Nieudane zadania: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tasks: %n running</source>
        <translation>
            <numerusform>Zadania w toku: %n</numerusform>
            <numerusform>Zadania w toku: %n</numerusform>
            <numerusform>Zadania w toku: %n</numerusform>
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
    <name>SummaryStep</name>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>Skopiowano do schowka.</translation>
    </message>
    <message>
        <source>Save the summary</source>
        <translation>Zapisz podsumowanie</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Pliki PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Pliki tekstowe (*.txt)</translation>
    </message>
    <message>
        <source>Saved to {0}</source>
        <translation>Zapisano w {0}</translation>
    </message>
    <message>
        <source>Zadarma client onboarding</source>
        <translation>Rejestracja klienta w Zadarma</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Podsumowanie</translation>
    </message>
    <message>
        <source>What was done and what is left.</source>
        <translation>Co zrobiono i co zostało.</translation>
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
<context>
    <name>TopupDialogForm</name>
    <message>
        <source>Move money</source>
        <translation>Przeniesienie środków</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Kwota:</translation>
    </message>
    <message>
        <source>e.g. 20,00</source>
        <translation>np. 20,00</translation>
    </message>
    <message>
        <source>Dealer balance:</source>
        <translation>Saldo dealera:</translation>
    </message>
    <message>
        <source>Client balance:</source>
        <translation>Saldo klienta:</translation>
    </message>
</context>
<context>
    <name>TopupStep</name>
    <message>
        <source>Read balances</source>
        <translation>Odczyt sald</translation>
    </message>
    <message>
        <source>less {0}, converted by Zadarma into {1}</source>
        <translation>minus {0}, przeliczone przez Zadarma na {1}</translation>
    </message>
    <message>
        <source>The answer to a top-up was lost. Check the balances and decide whether it was applied before sending anything else.</source>
        <translation>Odpowiedź na doładowanie została utracona. Zanim wyślesz cokolwiek innego, sprawdź salda i zdecyduj, czy zostało wykonane.</translation>
    </message>
    <message>
        <source>The contact phone is not confirmed: Zadarma accepts a top-up only after that.</source>
        <translation>Telefon kontaktowy nie jest potwierdzony: Zadarma przyjmie doładowanie dopiero potem.</translation>
    </message>
    <message>
        <source>Move {0} from your dealer balance to client {1} ({2})? The money is moved at once.</source>
        <translation>Przenieść {0} z Twojego salda dealera do klienta {1} ({2})? Środki zostaną przeniesione natychmiast.</translation>
    </message>
    <message>
        <source>A top-up of this amount was already made in this onboarding. Make another one?</source>
        <translation>W tej rejestracji wykonano już doładowanie na tę kwotę. Wykonać kolejne?</translation>
    </message>
    <message>
        <source>Top up</source>
        <translation>Doładuj</translation>
    </message>
    <message>
        <source>Confirm the client&apos;s contact phone first: Zadarma accepts a top-up only after that.</source>
        <translation>Najpierw potwierdź telefon kontaktowy klienta: Zadarma przyjmie doładowanie dopiero potem.</translation>
    </message>
    <message>
        <source>Top up the client</source>
        <translation>Doładowanie klienta</translation>
    </message>
    <message>
        <source>Done: {0} debited from your dealer balance, {1} credited to the client.</source>
        <translation>Gotowe: pobrano {0} z Twojego salda dealera, klientowi zaksięgowano {1}.</translation>
    </message>
    <message>
        <source>Dealer balance: {0} → {1}</source>
        <translation>Saldo dealera: {0} → {1}</translation>
    </message>
    <message>
        <source>Client balance: {0} → {1}</source>
        <translation>Saldo klienta: {0} → {1}</translation>
    </message>
    <message>
        <source>Recorded: the top-up was applied.</source>
        <translation>Zapisano: doładowanie zostało wykonane.</translation>
    </message>
    <message>
        <source>Recorded: the top-up was not applied. You may send it again.</source>
        <translation>Zapisano: doładowanie nie zostało wykonane. Możesz wysłać je ponownie.</translation>
    </message>
    <message>
        <source>Back to the &amp;phone step</source>
        <translation>Wróć do kroku &amp;telefonu</translation>
    </message>
    <message>
        <source>Top-up</source>
        <translation>Doładowanie</translation>
    </message>
    <message>
        <source>Put money on the client&apos;s account.</source>
        <translation>Wpłać środki na konto klienta.</translation>
    </message>
</context>
<context>
    <name>UnsettledBar</name>
    <message>
        <source>It &amp;took effect</source>
        <translation>&amp;Zadziałała</translation>
    </message>
    <message>
        <source>It did &amp;not take effect</source>
        <translation>&amp;Nie zadziałała</translation>
    </message>
    <message>
        <source>The answer to “{0}” was lost and the server does not show whether it took effect. Check it with the client or in Zadarma&apos;s panel and say which; until then nothing more of this kind is sent.</source>
        <translation>Odpowiedź na „{0}” zaginęła, a serwer nie pokazuje, czy zmiana zadziałała. Sprawdź to z klientem lub w panelu Zadarmy i wskaż, jak jest; do tego czasu nic więcej tego rodzaju nie zostanie wysłane.</translation>
    </message>
</context>
<context>
    <name>Uploads</name>
    <message>
        <source>{n} B</source>
        <translation>{n} B</translation>
    </message>
    <message>
        <source>{n} KB</source>
        <translation>{n} KB</translation>
    </message>
    <message>
        <source>{n} MB</source>
        <translation>{n} MB</translation>
    </message>
    <message>
        <source>your own account</source>
        <translation>twoje własne konto</translation>
    </message>
    <message>
        <source>This is a folder; drop the files inside it.</source>
        <translation>To jest folder; upuść pliki, które są w nim.</translation>
    </message>
    <message>
        <source>The file cannot be read (no permission, or it is gone).</source>
        <translation>Nie można odczytać pliku (brak uprawnień albo plik zniknął).</translation>
    </message>
    <message>
        <source>The file is empty (0 bytes).</source>
        <translation>Plik jest pusty (0 bajtów).</translation>
    </message>
    <message>
        <source>Larger than 5 MB: convert it to a smaller file before uploading.</source>
        <translation>Większy niż 5 MB: przed wysłaniem przekonwertuj go na mniejszy plik.</translation>
    </message>
    <message>
        <source>Larger than 10 MB, the service&apos;s limit.</source>
        <translation>Większy niż 10 MB, limit serwisu.</translation>
    </message>
    <message>
        <source>This is a {kind} file, not a scan: upload a PDF, JPEG or PNG.</source>
        <translation>To plik {kind}, a nie skan: wyślij PDF, JPEG lub PNG.</translation>
    </message>
    <message>
        <source>Not a PDF, JPEG or PNG file.</source>
        <translation>To nie jest plik PDF, JPEG ani PNG.</translation>
    </message>
    <message>
        <source>This is really a {kind} file with another extension; rename it or pick the right file.</source>
        <translation>To w rzeczywistości plik {kind} z innym rozszerzeniem; zmień nazwę albo wybierz właściwy plik.</translation>
    </message>
    <message>
        <source>The PDF is damaged or incomplete.</source>
        <translation>PDF jest uszkodzony lub niekompletny.</translation>
    </message>
    <message>
        <source>The PDF is password-protected; save it without a password first.</source>
        <translation>PDF jest chroniony hasłem; najpierw zapisz go bez hasła.</translation>
    </message>
    <message>
        <source>The image is damaged or incomplete.</source>
        <translation>Obraz jest uszkodzony lub niekompletny.</translation>
    </message>
    <message>
        <source>The same file is already uploaded or queued here.</source>
        <translation>Ten sam plik jest już tu wysłany lub czeka w kolejce.</translation>
    </message>
    <message>
        <source>This is a {kind} file, not a sound: upload an MP3 or WAV.</source>
        <translation>To plik {kind}, a nie nagranie: wyślij MP3 lub WAV.</translation>
    </message>
    <message>
        <source>Not an MP3 or WAV file.</source>
        <translation>To nie jest plik MP3 ani WAV.</translation>
    </message>
    <message>
        <source>The sound cannot be decoded: the file is damaged.</source>
        <translation>Nie można zdekodować nagrania: plik jest uszkodzony.</translation>
    </message>
    <message>
        <source>The sound is cut short: it ends before its header says.</source>
        <translation>Nagranie jest ucięte: kończy się wcześniej, niż podaje nagłówek.</translation>
    </message>
    <message>
        <source>Stereo or high sample rate: phone lines carry mono 8 kHz. Convert it, or upload it as it is.</source>
        <translation>Stereo lub wysoka częstotliwość próbkowania: linie telefoniczne przenoszą mono 8 kHz. Przekonwertuj albo wyślij bez zmian.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was uploaded.</source>
        <translation>Anulowano; nic nie zostało wysłane.</translation>
    </message>
    <message>
        <source>The connection failed; nothing was uploaded. Retry sends it.</source>
        <translation>Połączenie zawiodło; nic nie zostało wysłane. „Ponów” wyśle plik.</translation>
    </message>
    <message>
        <source>The connection failed after the file was sent; sending it again replaces the same melody.</source>
        <translation>Połączenie zawiodło po wysłaniu pliku; ponowne wysłanie zastąpi tę samą melodię.</translation>
    </message>
    <message>
        <source>The service refused the file.</source>
        <translation>Serwis odrzucił plik.</translation>
    </message>
    <message>
        <source>The file is no longer where it was.</source>
        <translation>Pliku nie ma już tam, gdzie był.</translation>
    </message>
    <message>
        <source>The file changed since it was checked; add it again.</source>
        <translation>Plik zmienił się od sprawdzenia; dodaj go ponownie.</translation>
    </message>
    <message>
        <source>Something went wrong; see the log.</source>
        <translation>Coś poszło nie tak; zajrzyj do dziennika.</translation>
    </message>
    <message>
        <source>Uploading {percent}%</source>
        <translation>Wysyłanie {percent}%</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Odrzucony</translation>
    </message>
    <message>
        <source>Needs a decision</source>
        <translation>Czeka na decyzję</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Czeka</translation>
    </message>
    <message>
        <source>Checking whether it arrived</source>
        <translation>Sprawdzanie, czy dotarł</translation>
    </message>
    <message>
        <source>Uploaded</source>
        <translation>Wysłany</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Nieudany</translation>
    </message>
    <message>
        <source>Passport or ID card</source>
        <translation>Paszport lub dowód osobisty</translation>
    </message>
    <message>
        <source>Photo with the passport</source>
        <translation>Zdjęcie z paszportem</translation>
    </message>
    <message>
        <source>Photo with the document</source>
        <translation>Zdjęcie z dokumentem</translation>
    </message>
    <message>
        <source>Utility or phone bill</source>
        <translation>Rachunek za media lub telefon</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Umowa</translation>
    </message>
    <message>
        <source>Company letter</source>
        <translation>Pismo firmowe</translation>
    </message>
    <message>
        <source>Company registration certificate</source>
        <translation>Zaświadczenie o rejestracji firmy</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Potwierdzenie zapłaty</translation>
    </message>
    <message>
        <source>Ukrainian tax number (INN)</source>
        <translation>Ukraiński numer podatkowy (INN)</translation>
    </message>
    <message>
        <source>Driver&apos;s licence (US, Canada)</source>
        <translation>Prawo jazdy (USA, Kanada)</translation>
    </message>
    <message>
        <source>Driver&apos;s licence</source>
        <translation>Prawo jazdy</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Plik</translation>
    </message>
    <message>
        <source>Document type</source>
        <translation>Rodzaj dokumentu</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Nagranie</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stan</translation>
    </message>
    <message>
        <source>Details: {text}</source>
        <translation>Szczegóły: {text}</translation>
    </message>
    <message>
        <source>for {client}</source>
        <translation>dla: {client}</translation>
    </message>
    <message>
        <source>hold music</source>
        <translation>muzyka na czekanie</translation>
    </message>
    <message>
        <source>mono</source>
        <translation>mono</translation>
    </message>
    <message>
        <source>stereo</source>
        <translation>stereo</translation>
    </message>
    <message>
        <source>{duration}, {rate} kHz {channels}, {kbps} kbit/s</source>
        <translation>{duration}, {rate} kHz {channels}, {kbps} kbit/s</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>&amp;Dodaj pliki…</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>&amp;Ponów</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Usuń</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>&amp;Anuluj</translation>
    </message>
    <message>
        <source>Stop the selected uploads; a file cut off mid-way is never applied</source>
        <translation>Zatrzymaj zaznaczone wysyłanie; plik przerwany w połowie nigdy nie zostaje przyjęty</translation>
    </message>
</context>
<context>
    <name>UrlGroup</name>
    <message>
        <source>Call events (call-info URL)</source>
        <translation>Zdarzenia połączeń (adres call-info)</translation>
    </message>
    <message>
        <source>Other webhooks (contacts, call tracking, SMS, speech)</source>
        <translation>Inne webhooki (kontakty, śledzenie połączeń, SMS, mowa)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Zapisz</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Usuń</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>A&amp;dres:</translation>
    </message>
    <message>
        <source>Call start (NOTIFY_START)</source>
        <translation>Początek połączenia (NOTIFY_START)</translation>
    </message>
    <message>
        <source>Put through to an extension (NOTIFY_INTERNAL)</source>
        <translation>Przełączenie na numer wewnętrzny (NOTIFY_INTERNAL)</translation>
    </message>
    <message>
        <source>Answered (NOTIFY_ANSWER)</source>
        <translation>Odebrane (NOTIFY_ANSWER)</translation>
    </message>
    <message>
        <source>Call end (NOTIFY_END)</source>
        <translation>Koniec połączenia (NOTIFY_END)</translation>
    </message>
    <message>
        <source>Outgoing call start (NOTIFY_OUT_START)</source>
        <translation>Początek połączenia wychodzącego (NOTIFY_OUT_START)</translation>
    </message>
    <message>
        <source>Outgoing call end (NOTIFY_OUT_END)</source>
        <translation>Koniec połączenia wychodzącego (NOTIFY_OUT_END)</translation>
    </message>
    <message>
        <source>Contact lookup by number</source>
        <translation>Wyszukiwanie kontaktu po numerze</translation>
    </message>
    <message>
        <source>Call tracking</source>
        <translation>Śledzenie połączeń</translation>
    </message>
    <message>
        <source>Incoming SMS</source>
        <translation>Przychodzące SMS-y</translation>
    </message>
    <message>
        <source>Speech recognition results</source>
        <translation>Wyniki rozpoznawania mowy</translation>
    </message>
    <message>
        <source>The server answered the check correctly in {0} ms.</source>
        <translation>Serwer poprawnie odpowiedział na sprawdzenie w {0} ms.</translation>
    </message>
    <message>
        <source>Check {0}</source>
        <translation>Sprawdź {0}</translation>
    </message>
    <message>
        <source>Press Save again to save it anyway.</source>
        <translation>Naciśnij Zapisz jeszcze raz, aby mimo to zapisać.</translation>
    </message>
    <message>
        <source>Zadarma will refuse it while it answers like this; press Save again to try anyway.</source>
        <translation>Zadarma go odrzuci, dopóki tak odpowiada; naciśnij Zapisz jeszcze raz, aby mimo to spróbować.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Zapisano.</translation>
    </message>
    <message>
        <source>Save {0}</source>
        <translation>Zapisz {0}</translation>
    </message>
    <message>
        <source>Removed: Zadarma no longer calls this server.</source>
        <translation>Usunięto: Zadarma nie wywołuje już tego serwera.</translation>
    </message>
    <message>
        <source>Remove the address</source>
        <translation>Usuń adres</translation>
    </message>
    <message>
        <source>Switch {0}</source>
        <translation>Przełącz {0}</translation>
    </message>
    <message>
        <source>Add&amp;ress:</source>
        <translation>&amp;Adres:</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>Sp&amp;rawdź</translation>
    </message>
    <message>
        <source>Ch&amp;eck</source>
        <translation>Sprawd&amp;ź</translation>
    </message>
    <message>
        <source>S&amp;ave</source>
        <translation>Zap&amp;isz</translation>
    </message>
    <message>
        <source>Rem&amp;ove</source>
        <translation>Usu&amp;ń</translation>
    </message>
</context>
<context>
    <name>WebhooksTab</name>
    <message>
        <source>Send a &amp;test event</source>
        <translation>Wyślij zdarzenie test&amp;owe</translation>
    </message>
    <message>
        <source>Test the call-info address</source>
        <translation>Test adresu call-info</translation>
    </message>
    <message>
        <source>Posts a NOTIFY_START signed with the client&apos;s API secret, as Zadarma does, to the saved call-info address, and explains a dynamic voice-menu answer.</source>
        <translation>Wysyła na zapisany adres call-info zdarzenie NOTIFY_START podpisane sekretem API klienta, tak jak robi to Zadarma, i objaśnia odpowiedź dynamicznego menu głosowego.</translation>
    </message>
    <message>
        <source>Read the webhook settings</source>
        <translation>Odczytaj ustawienia webhooków</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wysyłanie…</translation>
    </message>
    <message>
        <source>Send a test event to {0}</source>
        <translation>Wyślij zdarzenie testowe do {0}</translation>
    </message>
    <message>
        <source>Sent NOTIFY_START at {0} UTC, Signature {1}</source>
        <translation>Wysłano NOTIFY_START o {0} UTC, Signature {1}</translation>
    </message>
    <message>
        <source>No answer after {0} ms: {1}</source>
        <translation>Brak odpowiedzi po {0} ms: {1}</translation>
    </message>
    <message>
        <source>Answer: HTTP {0} in {1} ms, {2}</source>
        <translation>Odpowiedź: HTTP {0} w {1} ms, {2}</translation>
    </message>
    <message>
        <source>(empty body)</source>
        <translation>(pusta treść)</translation>
    </message>
    <message>
        <source>What the call would do:</source>
        <translation>Co stałoby się z połączeniem:</translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation>Problemy:</translation>
    </message>
    <message>
        <source>The answer is not a voice-menu command: the call follows the PBX&apos;s own menu.</source>
        <translation>Odpowiedź nie jest poleceniem menu głosowego: połączenie pójdzie według menu centrali.</translation>
    </message>
    <message>
        <source>The answer of the client&apos;s server appears here: status, time, body and what a voice-menu answer would make the call do.</source>
        <translation>Tu pojawi się odpowiedź serwera klienta: stan, czas, treść i to, co odpowiedź menu głosowego zrobiłaby z połączeniem.</translation>
    </message>
</context>
<context>
    <name>WebrtcTab</name>
    <message>
        <source>Domains &amp;allowed:</source>
        <translation>Dozwolone domen&amp;y:</translation>
    </message>
    <message>
        <source>Add &amp;domain</source>
        <translation>Dod&amp;aj domenę</translation>
    </message>
    <message>
        <source>C&amp;reate widget</source>
        <translation>Utw&amp;órz widżet</translation>
    </message>
    <message>
        <source>&amp;Website domain:</source>
        <translation>&amp;Domena witryny:</translation>
    </message>
    <message>
        <source>shop.example.com</source>
        <translation>sklep.example.pl</translation>
    </message>
    <message>
        <source>&amp;Corner:</source>
        <translation>&amp;Róg:</translation>
    </message>
    <message>
        <source>Code for the website</source>
        <translation>Kod dla witryny</translation>
    </message>
    <message>
        <source>C&amp;opy the code</source>
        <translation>Kop&amp;iuj kod</translation>
    </message>
    <message>
        <source>Rounded</source>
        <translation>Zaokrąglony</translation>
    </message>
    <message>
        <source>Square</source>
        <translation>Kwadratowy</translation>
    </message>
    <message>
        <source>Bottom right</source>
        <translation>Prawy dolny</translation>
    </message>
    <message>
        <source>Bottom left</source>
        <translation>Lewy dolny</translation>
    </message>
    <message>
        <source>Top right</source>
        <translation>Prawy górny</translation>
    </message>
    <message>
        <source>Top left</source>
        <translation>Lewy górny</translation>
    </message>
    <message>
        <source>Read the WebRTC widget</source>
        <translation>Odczytaj widżet WebRTC</translation>
    </message>
    <message>
        <source>The widget exists and may be used on the domains below.</source>
        <translation>Widżet istnieje i może działać w poniższych domenach.</translation>
    </message>
    <message>
        <source>The client has no WebRTC widget yet: type the website domain and add it to create the widget.</source>
        <translation>Klient nie ma jeszcze widżetu WebRTC: wpisz domenę witryny i dodaj ją, aby utworzyć widżet.</translation>
    </message>
    <message>
        <source>Re&amp;move domain</source>
        <translation>U&amp;suń domenę</translation>
    </message>
    <message>
        <source>{0} is already allowed.</source>
        <translation>{0} jest już dozwolona.</translation>
    </message>
    <message>
        <source>Allow {0}</source>
        <translation>Zezwól na {0}</translation>
    </message>
    <message>
        <source>Choose a domain in the list first.</source>
        <translation>Najpierw wybierz domenę z listy.</translation>
    </message>
    <message>
        <source>Remove {0}</source>
        <translation>Usuń {0}</translation>
    </message>
    <message>
        <source>Delete the widget</source>
        <translation>Usuń widżet</translation>
    </message>
    <message>
        <source>Delete the WebRTC widget? The call button disappears from the client&apos;s website.</source>
        <translation>Usunąć widżet WebRTC? Przycisk połączenia zniknie z witryny klienta.</translation>
    </message>
    <message>
        <source>Delete the WebRTC widget</source>
        <translation>Usuń widżet WebRTC</translation>
    </message>
    <message>
        <source>Save the widget&apos;s look</source>
        <translation>Zapisz wygląd widżetu</translation>
    </message>
    <message>
        <source>Read a WebRTC key for {0}</source>
        <translation>Odczytaj klucz WebRTC dla {0}</translation>
    </message>
    <message>
        <source>Read a key to get the code.</source>
        <translation>Odczytaj klucz, aby dostać kod.</translation>
    </message>
    <message>
        <source>No key read yet.</source>
        <translation>Nie odczytano jeszcze klucza.</translation>
    </message>
    <message>
        <source>The key has expired: read a new one and replace the code on the website.</source>
        <translation>Klucz wygasł: odczytaj nowy i podmień kod na witrynie.</translation>
    </message>
    <message>
        <source>The key expires in {0} h {1:02d} min {2:02d} s.</source>
        <translation>Klucz wygaśnie za {0} h {1:02d} min {2:02d} s.</translation>
    </message>
    <message>
        <source>The code is on the clipboard.</source>
        <translation>Kod jest w schowku.</translation>
    </message>
    <message>
        <source>D&amp;elete the widget</source>
        <translation>Usuń wid&amp;żet</translation>
    </message>
    <message>
        <source>Sha&amp;pe:</source>
        <translation>&amp;Kształt:</translation>
    </message>
    <message>
        <source>Exte&amp;nsion:</source>
        <translation>&amp;Numer wewnętrzny:</translation>
    </message>
    <message>
        <source>New ke&amp;y</source>
        <translation>Nowy k&amp;lucz</translation>
    </message>
</context>
<context>
    <name>WizardStep</name>
    <message>
        <source>Wait {0} s before sending a new code.</source>
        <translation>Poczekaj {0} s przed wysłaniem nowego kodu.</translation>
    </message>
    <message>
        <source>An earlier request of this step has an unknown outcome; decide it first.</source>
        <translation>Wcześniejsze żądanie tego kroku ma nieznany wynik; najpierw go rozstrzygnij.</translation>
    </message>
    <message>
        <source>The request did not reach the server (nothing was changed); try again. Reason: {0}</source>
        <translation>Żądanie nie dotarło do serwera (nic nie zmieniono); spróbuj ponownie. Przyczyna: {0}</translation>
    </message>
    <message>
        <source>The answer was lost: the request may or may not have been carried out. Nothing will be sent again by itself.</source>
        <translation>Odpowiedź została utracona: żądanie mogło zostać wykonane albo nie. Nic nie zostanie wysłane ponownie samoczynnie.</translation>
    </message>
    <message>
        <source>Check on the server</source>
        <translation>Sprawdzenie na serwerze</translation>
    </message>
</context>
</TS>
