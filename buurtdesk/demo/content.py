"""The words of the demo database: fictional people, places, topics, notes and decisions."""

from __future__ import annotations

FIRST_NAMES = (
    "Anna",
    "Bram",
    "Carla",
    "Daan",
    "Els",
    "Fenna",
    "Gerrit",
    "Hanneke",
    "Ineke",
    "Jan",
    "Karin",
    "Lars",
    "Marieke",
    "Noor",
    "Olaf",
    "Petra",
    "Ruud",
    "Sanne",
    "Thijs",
    "Ursula",
    "Vera",
    "Willem",
    "Yvonne",
    "Zeynep",
    "Mohamed",
    "Fatima",
    "Joke",
    "Henk",
    "Truus",
    "Sjaak",
    "Lieke",
    "Bas",
    "Mieke",
    "Koen",
    "Ria",
    "Theo",
    "Anouk",
    "Jeroen",
    "Ilse",
    "Wim",
)
LAST_NAMES = (
    "de Vries",
    "Janssen",
    "van den Berg",
    "Bakker",
    "Peeters",
    "Hendriks",
    "Smeets",
    "Verhoeven",
    "Willems",
    "Jacobs",
    "van Dijk",
    "Vermeulen",
    "Gerards",
    "Linssen",
    "Theunissen",
    "Schreurs",
    "Coenen",
    "Hermans",
    "Kuipers",
    "Maas",
    "Rutten",
    "Geurts",
    "Claessens",
    "Mulders",
    "Şahin",
    "El Amrani",
    "Hoebergen",
    "van Kessel",
    "Driessen",
    "Crombach",
)

# (name, kind, default place) — the pilot areas of the Venlo documents, and a few more.
COUNCILS = (
    ("Wijkoverleg Klingerberg", "wijkoverleg", "Buurthuis De Klingerberg, Hogeweg 12"),
    ("Dorpsraad Steyl", "dorpsraad", "Gemeenschapshuis Steyl, Sint Michaëlstraat 4"),
    ("Wijkoverleg Blerick-Noord", "wijkoverleg", "Ontmoetingscentrum Noord, Kazernestraat 30"),
    ("Dorpsraad Belfeld", "dorpsraad", "Zaal De Lange Dael, Markt 2"),
)

ORGANISATIONS = (
    ("Gemeente Venlo, team Wijkgericht Werken", "municipality"),
    ("Politie Limburg-Noord, basisteam Venlo", "police"),
    ("Woonstichting Maasoever", "corporation"),
    ("Stichting Welzijn Noord-Limburg", "welfare"),
    ("Huurdersvereniging De Sleutel", "residents_association"),
)

TOPICS = (
    "Verkeersveiligheid rond de basisschool",
    "Groenonderhoud en het speelveld",
    "Buurtpreventie en de WhatsApp-groep",
    "Het buurthuis: openingstijden en vrijwilligers",
    "Jongeren en de hangplek bij het winkelcentrum",
    "Zwerfafval en de opschoondag",
    "Renovatie van de flats aan de Hogeweg",
    "Eenzaamheid onder ouderen",
    "Parkeren in de oude kern",
    "Het buurtfeest in september",
    "Voortgang toekomstagenda",
    "Aanvragen buurtbudget",
)

NOTES = (
    "{name} licht het onderwerp toe. Er is veel waardering voor de inzet van de vrijwilligers. "
    "De gemeente zegt toe de vragen uit de buurt mee te nemen in het najaarsoverleg.",
    "Bewoners melden dat de situatie na de vorige vergadering is verbeterd, maar dat 's avonds nog "
    "steeds overlast is. De wijkagent neemt dit mee in de ronde en koppelt terug.",
    "Er wordt gesproken over de planning. {name} stelt voor eerst de buurt te raadplegen met een "
    "korte enquête; daar is iedereen het mee eens.",
    "De woningcorporatie geeft een stand van zaken. De werkzaamheden lopen enkele weken uit; "
    "bewoners krijgen een nieuwe brief met de data.",
    "Korte bespreking. Geen bijzonderheden.",
    "{name} vraagt of de bankjes bij de vijver terugkomen. Dit wordt nagevraagd bij de gemeente.",
)

DECISIONS = (
    "Het overleg stemt in met de aanvraag voor de opschoondag en draagt de coördinatie op aan de werkgroep Groen.",
    "Het verslag wordt met de genoemde wijziging vastgesteld.",
    "Het overleg besluit een brief te sturen aan het college over de verkeersveiligheid bij de school.",
    "De werkgroep Jeugd krijgt opdracht een plan te maken voor de hangplek, samen met het jongerenwerk.",
    "Het buurtfeest gaat door op de laatste zaterdag van september.",
    "Het overleg neemt het advies van de kerngroep over de jongerenplek over.",
    "De vergaderdata voor volgend jaar worden vastgesteld.",
)

ACTIONS = (
    "Navragen bij de gemeente wanneer de bankjes terugkomen",
    "Enquête over parkeren opstellen en verspreiden",
    "Contact opnemen met het jongerenwerk over de hangplek",
    "Uitnodiging opschoondag maken en rondbrengen",
    "Offerte vragen voor nieuwe plantenbakken",
    "Lijst met vrijwilligers voor het buurthuis bijwerken",
    "Gesprek plannen met de woningcorporatie over de renovatie",
    "Verslag naar de gemeente sturen",
    "Melding over kapotte straatverlichting doen",
    "Subsidieaanvraag buurtfeest indienen",
)

PROGRESS = (
    "Nog geen reactie ontvangen; opnieuw gemaild.",
    "Eerste gesprek gevoerd, vervolg gepland.",
    "Loopt; verwacht voor de volgende vergadering klaar.",
    "Gemeente heeft toegezegd dit op te pakken.",
    "Even stilgelegen door de vakantie.",
)

THEMES = (
    (
        "Groen en speelruimte",
        (
            "Meer bomen in de straat",
            "Een veilig speelveld voor de kleintjes",
            "Plantenbakken bij de flats",
        ),
    ),
    (
        "Veiligheid",
        (
            "Minder hard rijden bij de school",
            "Betere verlichting in het park",
            "Buurtpreventie uitbreiden",
        ),
    ),
    (
        "Ontmoeten",
        ("Het buurthuis vaker open", "Een jaarlijks buurtfeest", "Koffieochtend voor ouderen"),
    ),
    ("Jeugd", ("Een plek voor jongeren om te sporten", "Huiswerkbegeleiding in het buurthuis")),
    (
        "Wonen en zorg",
        ("Langer thuis wonen met hulp uit de buurt", "Aanspreekpunt voor mantelzorgers"),
    ),
)
