"""Static reference data of the emulated shop: countries, cities, currencies and price plans.

Dialling and area codes are the real ones, so numbers the shop offers look like numbers a rep
has seen before; prices are invented but plausible.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

# Value of one unit in USD. Fixed, so conversions are predictable in tests.
RATES: dict[str, Decimal] = {
    "USD": Decimal("1"),
    "EUR": Decimal("1.08"),
    "PLN": Decimal("0.25"),
    "GBP": Decimal("1.27"),
    "UAH": Decimal("0.025"),
    "CZK": Decimal("0.043"),
    "KZT": Decimal("0.0021"),
}

LANGUAGES = ["en", "es", "de", "pl", "ru", "ua", "fr"]


def convert(amount: Decimal, source: str, target: str) -> Decimal:
    """Convert with the fixed table, rounded to cents."""
    value = amount * RATES[source] / RATES[target]
    return value.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


# (tariff_id, name, monthly cost in USD, days)
TARIFFS: list[tuple[int, str, Decimal, int]] = [
    (1, "Standard", Decimal("0"), 30),
    (5, "Office", Decimal("22"), 30),
    (7, "Corporation", Decimal("49"), 30),
    (12, "Call center", Decimal("99"), 30),
]
# (package id, name, [(tariff_id, name, monthly USD, annual USD)])
PACKAGE_TARIFFS: list[tuple[int, str, list[tuple[int, str, Decimal, Decimal]]]] = [
    (
        100,
        "Europe",
        [
            (101, "Europe S", Decimal("17"), Decimal("170")),
            (102, "Europe M", Decimal("34"), Decimal("340")),
        ],
    ),
    (
        200,
        "Poland",
        [
            (201, "Polska S", Decimal("12"), Decimal("120")),
            (202, "Polska M", Decimal("24"), Decimal("240")),
        ],
    ),
]

# iso, dialling code, English name, Polish name, fee currency, cities [(name, area code)]
COUNTRIES: list[tuple[str, str, str, str, str, list[tuple[str, str]]]] = [
    ("PL", "48", "Poland", "Polska", "PLN", [
        ("Warszawa", "22"), ("Kraków", "12"), ("Łódź", "42"), ("Wrocław", "71"),
        ("Poznań", "61"), ("Gdańsk", "58"), ("Szczecin", "91"), ("Bydgoszcz", "52"),
        ("Lublin", "81"), ("Katowice", "32"), ("Białystok", "85"), ("Rzeszów", "17"),
        ("Olsztyn", "89"), ("Kielce", "41"), ("Opole", "77"), ("Zielona Góra", "68"),
    ]),
    ("DE", "49", "Germany", "Niemcy", "EUR", [
        ("Berlin", "30"), ("Hamburg", "40"), ("München", "89"), ("Köln", "221"),
        ("Frankfurt am Main", "69"), ("Stuttgart", "711"), ("Düsseldorf", "211"),
        ("Leipzig", "341"), ("Dresden", "351"), ("Hannover", "511"), ("Nürnberg", "911"),
        ("Bremen", "421"), ("Essen", "201"), ("Dortmund", "231"),
    ]),
    ("GB", "44", "United Kingdom", "Wielka Brytania", "GBP", [
        ("London", "20"), ("Manchester", "161"), ("Birmingham", "121"), ("Leeds", "113"),
        ("Glasgow", "141"), ("Liverpool", "151"), ("Edinburgh", "131"), ("Bristol", "117"),
        ("Sheffield", "114"), ("Cardiff", "29"), ("Belfast", "28"), ("Newcastle", "191"),
    ]),
    ("US", "1", "United States", "Stany Zjednoczone", "USD", [
        ("New York", "212"), ("Los Angeles", "213"), ("Chicago", "312"), ("Houston", "713"),
        ("Phoenix", "602"), ("Philadelphia", "215"), ("San Antonio", "210"),
        ("San Diego", "619"), ("Dallas", "214"), ("Miami", "305"), ("Seattle", "206"),
        ("Boston", "617"), ("Denver", "303"), ("Atlanta", "404"), ("Toll-free", "800"),
    ]),
    ("CA", "1", "Canada", "Kanada", "USD", [
        ("Toronto", "416"), ("Montreal", "514"), ("Vancouver", "604"), ("Calgary", "403"),
        ("Ottawa", "613"), ("Edmonton", "780"), ("Winnipeg", "204"), ("Quebec City", "418"),
    ]),
    ("FR", "33", "France", "Francja", "EUR", [
        ("Paris", "1"), ("Marseille", "491"), ("Lyon", "478"), ("Toulouse", "561"),
        ("Nice", "493"), ("Nantes", "240"), ("Strasbourg", "388"), ("Montpellier", "467"),
        ("Bordeaux", "556"), ("Lille", "320"),
    ]),
    ("ES", "34", "Spain", "Hiszpania", "EUR", [
        ("Madrid", "91"), ("Barcelona", "93"), ("Valencia", "96"), ("Sevilla", "954"),
        ("Zaragoza", "976"), ("Málaga", "952"), ("Murcia", "968"), ("Palma", "971"),
        ("Bilbao", "94"), ("Alicante", "965"),
    ]),
    ("IT", "39", "Italy", "Włochy", "EUR", [
        ("Roma", "06"), ("Milano", "02"), ("Napoli", "081"), ("Torino", "011"),
        ("Palermo", "091"), ("Genova", "010"), ("Bologna", "051"), ("Firenze", "055"),
        ("Bari", "080"), ("Venezia", "041"),
    ]),
    ("NL", "31", "Netherlands", "Holandia", "EUR", [
        ("Amsterdam", "20"), ("Rotterdam", "10"), ("Den Haag", "70"), ("Utrecht", "30"),
        ("Eindhoven", "40"), ("Groningen", "50"), ("Tilburg", "13"), ("Almere", "36"),
        ("Breda", "76"), ("Nijmegen", "24"),
    ]),
    ("BE", "32", "Belgium", "Belgia", "EUR", [
        ("Bruxelles", "2"), ("Antwerpen", "3"), ("Gent", "9"), ("Liège", "4"),
        ("Charleroi", "71"), ("Brugge", "50"), ("Namur", "81"), ("Leuven", "16"),
    ]),
    ("AT", "43", "Austria", "Austria", "EUR", [
        ("Wien", "1"), ("Graz", "316"), ("Linz", "732"), ("Salzburg", "662"),
        ("Innsbruck", "512"), ("Klagenfurt", "463"),
    ]),
    ("CH", "41", "Switzerland", "Szwajcaria", "EUR", [
        ("Zürich", "44"), ("Genève", "22"), ("Basel", "61"), ("Bern", "31"),
        ("Lausanne", "21"), ("Luzern", "41"), ("St. Gallen", "71"), ("Lugano", "91"),
    ]),
    ("CZ", "420", "Czech Republic", "Czechy", "EUR", [
        ("Praha", "2"), ("Brno", "54"), ("Ostrava", "59"), ("Plzeň", "37"),
        ("Liberec", "48"), ("Olomouc", "58"),
    ]),
    ("SK", "421", "Slovakia", "Słowacja", "EUR", [
        ("Bratislava", "2"), ("Košice", "55"), ("Prešov", "51"), ("Žilina", "41"),
        ("Nitra", "37"), ("Banská Bystrica", "48"),
    ]),
    ("HU", "36", "Hungary", "Węgry", "EUR", [
        ("Budapest", "1"), ("Debrecen", "52"), ("Szeged", "62"), ("Miskolc", "46"),
        ("Pécs", "72"), ("Győr", "96"),
    ]),
    ("RO", "40", "Romania", "Rumunia", "EUR", [
        ("București", "21"), ("Cluj-Napoca", "264"), ("Timișoara", "256"), ("Iași", "232"),
        ("Constanța", "241"), ("Brașov", "268"),
    ]),
    ("BG", "359", "Bulgaria", "Bułgaria", "EUR", [
        ("Sofia", "2"), ("Plovdiv", "32"), ("Varna", "52"), ("Burgas", "56"), ("Ruse", "82"),
    ]),
    ("UA", "380", "Ukraine", "Ukraina", "USD", [
        ("Kyiv", "44"), ("Kharkiv", "57"), ("Odesa", "48"), ("Dnipro", "56"), ("Lviv", "32"),
        ("Zaporizhzhia", "61"),
    ]),
    ("LT", "370", "Lithuania", "Litwa", "EUR", [
        ("Vilnius", "5"), ("Kaunas", "37"), ("Klaipėda", "46"), ("Šiauliai", "41"),
        ("Panevėžys", "45"),
    ]),
    ("LV", "371", "Latvia", "Łotwa", "EUR", [("Rīga", "67"), ("Daugavpils", "654")]),
    ("EE", "372", "Estonia", "Estonia", "EUR", [("Tallinn", "6"), ("Tartu", "7")]),
    ("FI", "358", "Finland", "Finlandia", "EUR", [
        ("Helsinki", "9"), ("Tampere", "3"), ("Turku", "2"), ("Oulu", "8"),
    ]),
    ("SE", "46", "Sweden", "Szwecja", "EUR", [
        ("Stockholm", "8"), ("Göteborg", "31"), ("Malmö", "40"), ("Uppsala", "18"),
        ("Västerås", "21"), ("Örebro", "19"), ("Linköping", "13"),
    ]),
    ("NO", "47", "Norway", "Norwegia", "EUR", [
        ("Oslo", "2"), ("Bergen", "5"), ("Trondheim", "7"),
    ]),
    ("DK", "45", "Denmark", "Dania", "EUR", [("København", "3"), ("Aarhus", "8")]),
    ("PT", "351", "Portugal", "Portugalia", "EUR", [
        ("Lisboa", "21"), ("Porto", "22"), ("Braga", "253"), ("Coimbra", "239"),
        ("Faro", "289"), ("Funchal", "291"),
    ]),
    ("IE", "353", "Ireland", "Irlandia", "EUR", [
        ("Dublin", "1"), ("Cork", "21"), ("Galway", "91"), ("Limerick", "61"),
        ("Waterford", "51"),
    ]),
    ("GR", "30", "Greece", "Grecja", "EUR", [
        ("Athens", "21"), ("Thessaloniki", "231"), ("Patras", "261"), ("Heraklion", "281"),
        ("Larissa", "241"),
    ]),
    ("CY", "357", "Cyprus", "Cypr", "EUR", [
        ("Nicosia", "22"), ("Limassol", "25"), ("Larnaca", "24"), ("Paphos", "26"),
    ]),
    ("HR", "385", "Croatia", "Chorwacja", "EUR", [
        ("Zagreb", "1"), ("Split", "21"), ("Rijeka", "51"), ("Osijek", "31"),
    ]),
    ("SI", "386", "Slovenia", "Słowenia", "EUR", [("Ljubljana", "1"), ("Maribor", "2")]),
    ("RS", "381", "Serbia", "Serbia", "EUR", [
        ("Beograd", "11"), ("Novi Sad", "21"), ("Niš", "18"),
    ]),
    ("IL", "972", "Israel", "Izrael", "USD", [
        ("Jerusalem", "2"), ("Tel Aviv", "3"), ("Haifa", "4"), ("Beersheba", "8"),
    ]),
    ("GE", "995", "Georgia", "Gruzja", "USD", [
        ("Tbilisi", "32"), ("Batumi", "422"), ("Kutaisi", "431"),
    ]),
    ("TR", "90", "Turkey", "Turcja", "USD", [
        ("İstanbul", "212"), ("Ankara", "312"), ("İzmir", "232"), ("Bursa", "224"),
        ("Antalya", "242"),
    ]),
    ("BR", "55", "Brazil", "Brazylia", "USD", [
        ("São Paulo", "11"), ("Rio de Janeiro", "21"), ("Brasília", "61"), ("Salvador", "71"),
        ("Fortaleza", "85"), ("Belo Horizonte", "31"), ("Curitiba", "41"), ("Recife", "81"),
        ("Porto Alegre", "51"), ("Manaus", "92"),
    ]),
    ("MX", "52", "Mexico", "Meksyk", "USD", [
        ("Ciudad de México", "55"), ("Guadalajara", "33"), ("Monterrey", "81"),
        ("Puebla", "222"), ("Tijuana", "664"), ("León", "477"), ("Cancún", "998"),
    ]),
    ("AR", "54", "Argentina", "Argentyna", "USD", [
        ("Buenos Aires", "11"), ("Córdoba", "351"), ("Rosario", "341"), ("Mendoza", "261"),
        ("La Plata", "221"),
    ]),
    ("CL", "56", "Chile", "Chile", "USD", [
        ("Santiago", "2"), ("Valparaíso", "32"), ("Concepción", "41"), ("Antofagasta", "55"),
    ]),
    ("CO", "57", "Colombia", "Kolumbia", "USD", [
        ("Bogotá", "601"), ("Medellín", "604"), ("Cali", "602"), ("Barranquilla", "605"),
    ]),
    ("AU", "61", "Australia", "Australia", "USD", [
        ("Sydney", "2"), ("Melbourne", "3"), ("Brisbane", "7"), ("Perth", "8"),
    ]),
    ("JP", "81", "Japan", "Japonia", "USD", [
        ("Tokyo", "3"), ("Osaka", "6"), ("Nagoya", "52"), ("Sapporo", "11"),
        ("Fukuoka", "92"), ("Kyoto", "75"), ("Yokohama", "45"),
    ]),
    ("ZA", "27", "South Africa", "Republika Południowej Afryki", "USD", [
        ("Johannesburg", "11"), ("Cape Town", "21"), ("Durban", "31"), ("Pretoria", "12"),
    ]),
    ("KZ", "7", "Kazakhstan", "Kazachstan", "USD", [("Almaty", "727"), ("Astana", "7172")]),
    ("MD", "373", "Moldova", "Mołdawia", "EUR", [("Chișinău", "22"), ("Bălți", "231")]),
]

# More US directions, so one country has enough cities (60+) for a whole-country search to
# matter, each with its own needs: every kind of restriction the shop knows appears here.
US_MORE: list[tuple[str, str]] = [
    ("Austin", "512"), ("Jacksonville", "904"), ("Columbus", "614"), ("Fort Worth", "817"),
    ("Charlotte", "704"), ("Indianapolis", "317"), ("San Francisco", "415"),
    ("Nashville", "615"), ("Oklahoma City", "405"), ("El Paso", "915"), ("Washington", "202"),
    ("Las Vegas", "702"), ("Detroit", "313"), ("Portland", "503"), ("Memphis", "901"),
    ("Louisville", "502"), ("Milwaukee", "414"), ("Baltimore", "410"), ("Albuquerque", "505"),
    ("Tucson", "520"), ("Fresno", "559"), ("Sacramento", "916"), ("Kansas City", "816"),
    ("Mesa", "480"), ("Omaha", "402"), ("Colorado Springs", "719"), ("Raleigh", "919"),
    ("Long Beach", "562"), ("Virginia Beach", "757"), ("Minneapolis", "612"),
    ("Tampa", "813"), ("New Orleans", "504"), ("Cleveland", "216"), ("Honolulu", "808"),
    ("Anaheim", "714"), ("Lexington", "859"), ("Pittsburgh", "412"), ("Cincinnati", "513"),
    ("St. Louis", "314"), ("Orlando", "407"), ("Buffalo", "716"), ("Salt Lake City", "801"),
    ("Richmond", "804"), ("Birmingham", "205"), ("Hartford", "860"), ("Anchorage", "907"),
]
US_MORE_RULES: list[tuple[list[str], list[str]]] = [
    ([], []),
    (["driver_id_us_ca"], []),
    (["phone_bill"], ["address"]),
    ([], ["purpose"]),
    (["passport", "photo_with_passport"], ["address"]),
    (["company_letter", "certificate"], ["address", "purpose"]),
]

# Countries that ask for identity papers before a number is connected, and which.
DOC_RULES: dict[str, tuple[list[str], list[str]]] = {
    "PL": (["passport"], ["address"]),
    "DE": (["passport", "phone_bill"], ["address"]),
    "FR": (["passport", "phone_bill"], ["address"]),
    "ES": (["passport"], ["address"]),
    "IT": (["passport", "photo_with_passport"], ["address"]),
    "AT": (["passport"], ["address"]),
    "CH": (["passport", "phone_bill"], ["address"]),
    "BE": (["passport"], ["address"]),
    "PT": (["passport"], ["address"]),
    "GR": (["passport"], ["address"]),
    "HR": (["passport"], []),
    "TR": (["passport", "contract"], ["address"]),
    "BR": (["passport"], ["address"]),
    "AU": (["passport", "phone_bill"], ["address"]),
    "JP": (["passport", "phone_bill"], ["address"]),
    "ZA": (["passport"], ["address"]),
}

# Countries whose numbers can receive SMS.
SMS_COUNTRIES = {"PL", "GB", "US", "CA", "SE", "FI", "NL", "LT", "EE", "IL", "AU"}

DOCUMENT_TYPES = [
    "certificate", "contract", "company_letter", "inn_ua", "passport", "phone_bill",
    "photo_with_doc", "photo_with_passport", "receipt", "driver_id_us_ca", "driver_id_other",
]

# Polish first and last names for the demo clients.
FIRST_NAMES = [
    "Anna", "Piotr", "Katarzyna", "Tomasz", "Magdalena", "Paweł", "Agnieszka", "Michał",
    "Joanna", "Krzysztof", "Ewa", "Marcin", "Monika", "Jakub", "Aleksandra", "Łukasz",
    "Zofia", "Grzegorz", "Natalia", "Wojciech", "Julia", "Adam", "Marta", "Bartosz",
]
LAST_NAMES = [
    "Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kowalczyk", "Kamiński", "Lewandowski",
    "Zieliński", "Szymański", "Woźniak", "Dąbrowski", "Kozłowski", "Jankowski", "Mazur",
    "Kwiatkowski", "Krawczyk", "Piotrowski", "Grabowski", "Nowakowski", "Pawłowski",
]


def surname_for(first: str, last: str) -> str:
    """Polish adjectival surnames agree with the person: Anna Kowalska, Piotr Kowalski."""
    if first.endswith("a") and last.endswith(("ski", "cki", "dzki")):
        return last[:-1] + "a"
    return last


COMPANIES = [
    "Piekarnia Złoty Kłos", "Auto-Serwis Mazur", "Kancelaria Nowak i Wspólnicy",
    "Biuro Rachunkowe Bilans", "Hotel Pod Lipami", "Studio Fryzur Anna", "Transport Kowalczyk",
    "Sklep Rowerowy Szprycha", "Gabinet Stomatologiczny Uśmiech", "Restauracja Stary Młyn",
    "Przedszkole Słoneczko", "Apteka Pod Orłem", "Drukarnia Ekspres", "Kwiaciarnia Róża",
    "Szkoła Językowa Lingua", "Pracownia Mebli Dąb", "Agencja Nieruchomości Dom",
    "Warsztat Kamiński", "Fundacja Pomocna Dłoń", "Centrum Fitness Forma",
]
