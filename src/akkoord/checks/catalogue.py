"""The catalogue of checks: every check's code, name, category, texts and source, as data.

The logic lives elsewhere: wording checks in `wording.py` (word lists), structural checks in
`structure.py`. `docs.py` renders this catalogue as docs/controles.md; `akkoord uitleg` shows one entry.
"""

from __future__ import annotations

from akkoord.checks.base import Category, Check, ExampleKind, Level

PC = "Participatiecoalitie 2022"
SOK = "samenwerkingsovereenkomst"
IO = "intentieovereenkomst"
A = ExampleKind.ANSWERS
V, K, B, R, J = Category.VAGUE, Category.SHORT_TERM, Category.SAFEGUARDS, Category.ROLES, Category.LEGAL
W, ADVICE = Level.WARNING, Level.ADVICE

#: Shared by the short-term funding checks: money for one year, and the multi-year version.
ONE_YEAR_OF_MONEY = (
    "financiering:\n  - bron: gemeente\n    vorm: subsidie\n    ontvanger: initiatief\n    bedrag: 20000\n"
    "    van: 2027-01-01\n    tot: 2027-12-31\n    voorwaarden: verantwoording vóór 1 april 2028\n"
    "    daarna: vóór 1 oktober 2027 besluit het college over de bijdrage voor 2028")
MULTI_YEAR_MONEY = (
    "financiering:\n  - bron: gemeente\n    vorm: subsidie\n    ontvanger: initiatief\n    bedrag: 60000\n"
    "    van: 2027-01-01\n    tot: 2029-06-30\n    voorwaarden: onder voorbehoud van vaststelling van de begroting\n"
    "    daarna: vóór 1 januari 2029 evalueren partijen de financiering van de uitvoeringsfase")

CHECKS: tuple[Check, ...] = (
    # --- vaag: wording ------------------------------------------------------------------------------
    Check(
        "AK101", "voorbehoud-zonder-maatstaf", V, W,
        "Voorbehoud zonder maatstaf: '{fragment}' maakt de afspraak vrijblijvend.",
        "Schrap het voorbehoud en noem wat er wél gebeurt, of noem de voorwaarde. Bijvoorbeeld: "
        "'De coöperatie bereikt vóór 1 juli 2027 ten minste 300 huishoudens' in plaats van "
        "'De coöperatie bereikt zoveel mogelijk huishoudens'.",
        f"{PC}, §2.4.1 en §7.1.2",
        "Formuleringen als 'zoveel mogelijk' (en elk 'zo ... mogelijk', zoals 'zo breed mogelijke'), 'waar "
        "mogelijk', 'in principe', 'indien nodig', 'indien noodzakelijk', 'desgewenst' en 'eventueel', die elke "
        "partij laten bepalen of de afspraak geldt. Niet: 'zoveel mogelijk aansluit bij' (zoals in een "
        "vervangende bepaling) en 'eventueel verschuldigde'.",
        "Initiatieven vertelden dat een te algemene overeenkomst weinig invloed heeft en 'op papier beter "
        "geregeld was dan in het echt'; afspraken met concrete projecten geven meer duidelijkheid en daadkracht.",
        "De gemeente betrekt de coöperatie zoveel mogelijk bij het opstellen van het wijkuitvoeringsplan.",
        "De gemeente nodigt de coöperatie uit voor elke vergadering van de projectgroep wijkuitvoeringsplan "
        "en legt het concept vóór 1 maart 2028 aan de coöperatie voor.",
    ),
    Check(
        "AK102", "streven-in-plaats-van-toezeggen", V, W,
        "Streven in plaats van toezeggen: '{fragment}' zegt niet wat er afgesproken is.",
        "Zeg wie wat doet en wanneer; kies bewust tussen een inspannings- en een resultaatsverplichting. "
        "Bijvoorbeeld: 'De coöperatie organiseert in 2027 vier bewonersavonden' in plaats van "
        "'De coöperatie streeft naar goede bewonersavonden'.",
        f"{PC}, §2.4.1 en §7.1.2",
        "Woorden als 'streven naar' (ook 'streven wij naar', 'streeft er ... naar'), 'de ambitie hebben', "
        "'zich ten doel stellen', 'proberen' en 'trachten' waar een toezegging hoort.",
        "Een streven geeft blijk van de wil om samen te werken, maar biedt geen houvast: partijen kunnen "
        "elkaar er later niet op aanspreken en de samenwerking is moeilijk te evalueren.",
        "Partijen streven naar een goede informatievoorziening aan de bewoners.",
        "De gemeente stuurt de coöperatie elk kwartaal de stand van zaken van het wijkuitvoeringsplan.",
    ),
    Check(
        "AK103", "uitgestelde-invulling", V, W,
        "Uitgestelde invulling: '{fragment}' zonder datum waarop het wel wordt vastgelegd.",
        "Leg het nu vast, of noem de datum en wie dan beslist. Bijvoorbeeld: 'Het college stelt de bijdrage "
        "voor 2028 vóór 1 november 2027 vast' in plaats van 'De bijdrage wordt nader bepaald'.",
        f"{PC}, §5.1.3 en §7.1.2",
        "Formuleringen als 'nader te bepalen', 'nadere afspraken', 'wordt nog vastgesteld', 'later', "
        "'te zijner tijd', 'op termijn', 'in een later stadium' en 'onderzoekt de mogelijkheden', tenzij "
        "dezelfde zin een datum of termijn noemt. Niet: 'nader omschreven in bijlage 2' (een verwijzing).",
        "Een gemeente merkte twee jaar na een open intentieovereenkomst dat het lastig is als er geen "
        "concrete afspraken zijn: het evalueren kostte meer tijd dan het sluiten van de overeenkomst.",
        "De rolverdeling in de uitvoeringsfase wordt te zijner tijd nader bepaald.",
        "Partijen leggen de rolverdeling in de uitvoeringsfase vóór 1 juli 2028 vast in een aanvulling op "
        "deze overeenkomst.",
    ),
    Check(
        "AK104", "onbepaalde-omvang", V, W,
        "Onbepaalde omvang: '{fragment}' zegt niet hoeveel.",
        "Noem een aantal, bedrag of aantal uren. Bijvoorbeeld: 'De gemeente zet 16 uur per week een "
        "projectleider in' in plaats van 'De gemeente zorgt voor voldoende capaciteit'.",
        f"{PC}, §2.4.1 en §7.1.2",
        "Woorden als 'voldoende', 'passend', 'diverse', 'verschillende', 'meerdere', 'een aantal', 'enkele' en "
        "'etc.' waar een aantal of bedrag hoort. Niet: 'passend bij' (past in), 'is voldoende' (volstaat), "
        "'geen enkele', 'twee verschillende', 'passende technische en organisatorische maatregelen' (wettelijke "
        "term, AVG art. 32), een naam ('Stichting Diverse Buren'), of als direct daarna de omvang volgt "
        "('voldoende, te weten 16 uur per week', 'diverse activiteiten, ten minste zes per jaar').",
        "Zonder aantallen weet niemand wanneer een afspraak is nagekomen; te algemene overeenkomsten bleken "
        "in de praktijk van weinig waarde.",
        "De coöperatie organiseert een aantal bewonersavonden en de gemeente stelt voldoende middelen beschikbaar.",
        "De coöperatie organiseert in 2027 vier bewonersavonden; de gemeente stelt daarvoor € 12.000 beschikbaar.",
    ),
    Check(
        "AK105", "onbepaald-moment", V, W,
        "Onbepaald moment of frequentie: '{fragment}' zegt niet wanneer of hoe vaak.",
        "Noem een datum, termijn of frequentie. Bijvoorbeeld: 'Partijen overleggen elke zes weken' in plaats "
        "van 'Partijen overleggen regelmatig'.",
        f"{PC}, §3.1.4 en §7.6",
        "Woorden als 'regelmatig', 'periodiek', 'tijdig', 'op korte termijn', 'in een vroeg stadium' en 'zo "
        "spoedig mogelijk', tenzij dezelfde zin een datum, termijn of frequentie noemt. Niet: 'niet tijdig' "
        "(de omschrijving van een tekortkoming).",
        "Het rapport beveelt een terugkerend overleg aan: 'regelmatig' zonder frequentie is na de eerste "
        "wisseling van mensen geen afspraak meer.",
        "Partijen informeren elkaar tijdig over hun activiteiten in de wijk.",
        "Partijen informeren elkaar ten minste tien werkdagen vooraf over hun activiteiten in de wijk.",
    ),
    Check(
        "AK106", "besluit-in-overleg-zonder-termijn", V, W,
        "Besluit 'in overleg' zonder moment of beslisser: '{fragment}'.",
        "Noem wie beslist en wanneer, en wat er gebeurt als partijen het niet eens worden. Bijvoorbeeld: "
        "'De gemeente stelt het plan vóór 1 juli 2027 vast, na overleg met de coöperatie' in plaats van "
        "'Partijen stellen het plan in overleg vast'. 'In overleg' met een datum of termijn in dezelfde zin "
        "wordt niet gemeld.",
        f"{PC}, §2.4.1 en §5.1.3",
        "'In overleg', 'in onderling overleg', 'in samenspraak' en 'in afstemming' als manier van besluiten, "
        "zonder datum of termijn in dezelfde zin. Niet: 'treden in overleg' of 'gaan in overleg' (het starten "
        "van overleg, zoals in een geschillenregeling). Een overweging ('Overwegende dat ...') wordt bij geen "
        "van de woordcontroles gemeld: die bindt niemand.",
        "Wat 'in overleg' moet gebeuren, hangt af van de mensen die dan aan tafel zitten; een te algemene "
        "overeenkomst bleek weinig invloed te hebben en later moeilijk te evalueren.",
        "De locatie van het informatiepunt wordt in overleg bepaald.",
        "De gemeente kiest na overleg met de coöperatie vóór 1 april 2027 de locatie van het informatiepunt.",
    ),
    # --- vaag: structure ----------------------------------------------------------------------------
    Check(
        "AK110", "geen-doelen", V, W,
        "Er zijn geen doelen afgesproken.",
        "Voeg onder 'doelen' ten minste één doel toe met een meetbaar resultaat en een streefdatum, "
        "bijvoorbeeld 'resultaat: 60% van de huishoudens heeft een bewonersavond bezocht, streefdatum: 31-12-2027'.",
        f"{PC}, §2.4.1 en §7.1.1",
        "Een antwoordenbestand zonder doelen.",
        "Nadenken over doelen en activiteiten dwingt partijen de samenwerking te concretiseren; zonder doelen "
        "valt er niets te evalueren.",
        "doelen: []",
        "doelen:\n  - omschrijving: Bewoners kennen de warmteplannen\n"
        "    resultaat: 60% van de huishoudens heeft een bewonersavond bezocht\n    streefdatum: 2027-12-31",
        example_kind=A,
    ),
    Check(
        "AK111", "doel-zonder-meetbaar-resultaat", V, W,
        "Doel zonder meetbaar resultaat.",
        "Vul 'resultaat' in met iets wat je kunt tellen of aanwijzen, bijvoorbeeld '150 woningen hebben een "
        "warmtescan gehad' of 'het college legt het wijkuitvoeringsplan aan de raad voor'.",
        f"{PC}, §2.4.1 en §7.1.2",
        "Een doel zonder 'resultaat'.",
        "Een doel zonder resultaat geeft blijk van goede wil, maar biedt geen houvast: achteraf weet niemand "
        "of het is bereikt.",
        "doelen:\n  - omschrijving: Bewoners betrekken bij de warmtetransitie\n    streefdatum: 2029-06-30",
        "doelen:\n  - omschrijving: Bewoners betrekken bij de warmtetransitie\n"
        "    resultaat: 250 keukentafelgesprekken gevoerd\n    streefdatum: 2029-06-30",
        example_kind=A,
    ),
    Check(
        "AK112", "doel-zonder-streefdatum", V, W,
        "Doel zonder streefdatum.",
        "Vul 'streefdatum' in, bijvoorbeeld 'streefdatum: 31-12-2027'.",
        f"{PC}, §2.4.1 en §7.1.2",
        "Een doel zonder 'streefdatum'.",
        "Zonder datum is een doel geen afspraak maar een wens; ook de evaluatie heeft dan geen ijkpunt.",
        "doelen:\n  - omschrijving: Een gedragen wijkuitvoeringsplan\n"
        "    resultaat: het college legt het wijkuitvoeringsplan aan de raad voor",
        "doelen:\n  - omschrijving: Een gedragen wijkuitvoeringsplan\n"
        "    resultaat: het college legt het wijkuitvoeringsplan aan de raad voor\n    streefdatum: 2029-06-30",
        example_kind=A,
    ),
    Check(
        "AK113", "taak-zonder-uitvoerder", V, W,
        "Taak zonder uitvoerder.",
        "Vul 'uitvoerder' in met het id van de partij die de taak doet, bijvoorbeeld 'uitvoerder: cooperatie'.",
        f"{PC}, §2.2.3 en §2.4.1",
        "Een participatietaak zonder 'uitvoerder'.",
        "Afspraken over wie wat doet dwingen partijen na te denken over hun verantwoordelijkheden; een taak "
        "van niemand wordt door niemand gedaan.",
        "participatie:\n  - taak: bewonersavonden\n    resultaat: vier avonden\n    deadline: 2027-11-30",
        "participatie:\n  - taak: bewonersavonden\n    uitvoerder: initiatief\n    resultaat: vier avonden\n"
        "    deadline: 2027-11-30\n  - taak: warmtescan\n    uitvoerder: gemeente\n    resultaat: twintig scans\n"
        "    deadline: 2027-09-30",
        example_kind=A,
    ),
    Check(
        "AK114", "taak-zonder-resultaat", V, W,
        "Taak zonder resultaat.",
        "Vul 'resultaat' in, bij voorkeur in aantallen, bijvoorbeeld 'vier bewonersavonden met samen ten "
        "minste 300 bezoekers'.",
        f"{PC}, §2.4.1 en §7.1.2",
        "Een participatietaak zonder 'resultaat'.",
        "Zonder resultaat weet niemand wanneer de taak klaar is; concrete afspraken geven meer duidelijkheid.",
        "participatie:\n  - taak: bewonersavonden\n    uitvoerder: initiatief\n    deadline: 2027-11-30",
        "participatie:\n  - taak: bewonersavonden\n    uitvoerder: initiatief\n    resultaat: vier avonden\n"
        "    deadline: 2027-11-30",
        example_kind=A,
    ),
    Check(
        "AK115", "taak-zonder-deadline", V, W,
        "Taak zonder deadline.",
        "Vul 'deadline' in, bijvoorbeeld 'deadline: 30-11-2027'.",
        f"{PC}, §2.4.1 en §7.1.2",
        "Een participatietaak zonder 'deadline'.",
        "Een taak zonder datum kan eindeloos worden uitgesteld; dan valt er ook niets te evalueren.",
        "participatie:\n  - taak: bewonersavonden\n    uitvoerder: initiatief\n    resultaat: vier avonden",
        "participatie:\n  - taak: bewonersavonden\n    uitvoerder: initiatief\n    resultaat: vier avonden\n"
        "    deadline: 2027-11-30",
        example_kind=A,
    ),
    Check(
        "AK116", "financiering-zonder-bedrag", V, W,
        "Financiering zonder bedrag (of, bij inzet van uren, zonder aantal uren).",
        "Vul 'bedrag' in (bijvoorbeeld 'bedrag: 40000') of bij 'vorm: uren' het aantal 'uren'.",
        f"{PC}, §2.2.4 en §2.5.2",
        "Een financieringsbron zonder 'bedrag', of met 'vorm: uren' zonder 'uren'.",
        "Financiële ondersteuning maakt projecten mogelijk en geeft beide partijen duidelijkheid, maar "
        "alleen als vaststaat om hoeveel het gaat.",
        "financiering:\n  - bron: gemeente\n    vorm: subsidie\n    ontvanger: initiatief\n"
        "    van: 2027-01-01\n    tot: 2029-06-30",
        "financiering:\n  - bron: gemeente\n    vorm: subsidie\n    ontvanger: initiatief\n    bedrag: 40000\n"
        "    van: 2027-01-01\n    tot: 2029-06-30",
        example_kind=A,
    ),
    Check(
        "AK117", "financiering-zonder-einddatum", V, W,
        "Financiering zonder einddatum.",
        "Vul 'tot' in, bijvoorbeeld 'tot: 31-12-2028', en spreek onder 'daarna' af wat er dan gebeurt.",
        f"{PC}, §3.2.2",
        "Een financieringsbron zonder 'tot'.",
        "Zonder einddatum is niet te zien of het geld de looptijd en de doelen dekt; onzekerheid over "
        "toekomstige financiering bedreigt de continuïteit van initiatieven.",
        "financiering:\n  - bron: gemeente\n    vorm: subsidie\n    ontvanger: initiatief\n    bedrag: 40000\n"
        "    van: 2027-01-01",
        "financiering:\n  - bron: gemeente\n    vorm: subsidie\n    ontvanger: initiatief\n    bedrag: 40000\n"
        "    van: 2027-01-01\n    tot: 2029-06-30\n    voorwaarden: onder voorbehoud van vaststelling van de begroting\n"
        "    daarna: vóór 1 januari 2029 evalueren partijen de financiering",
        example_kind=A,
    ),
    # --- korte-termijn ----------------------------------------------------------------------------
    Check(
        "AK201", "financiering-stopt-voor-einde", K, W,
        "De financiering stopt ruim vóór de doelen of de looptijd: {fragment}.",
        "Spreek geld af voor de hele looptijd, of leg onder 'daarna' vast wanneer en hoe partijen over "
        "vervolgfinanciering besluiten. Bijvoorbeeld: 'daarna: vóór 1 juli 2028 besluit het college over de "
        "bijdrage voor 2029 en 2030'.",
        f"{PC}, §2.5.2 en §7.1.3",
        "De laatste financiering ('tot') eindigt meer dan zes maanden vóór de laatste streefdatum van de "
        "doelen of de einddatum van de looptijd.",
        "Concrete afspraken met geld bieden duidelijkheid, maar doorgaans alleen voor de korte termijn; "
        "voor ambitieuze initiatieven is een helder langetermijnperspectief cruciaal.",
        ONE_YEAR_OF_MONEY,
        MULTI_YEAR_MONEY,
        example_kind=A,
    ),
    Check(
        "AK202", "alle-financiering-binnen-een-jaar", K, W,
        "Al het geld valt binnen één jaar, terwijl de samenwerking langer loopt.",
        "Spreek meerjarige financiering af onder begrotingsvoorbehoud, of per jaar met een vast moment "
        "waarop het volgende jaar wordt toegekend. Bijvoorbeeld: 'De gemeente verstrekt in 2027, 2028 en "
        "2029 elk € 40.000, onder voorbehoud van vaststelling van de begroting'.",
        f"{PC}, §3.2.2 en §2.4.2",
        "Alle financiering met een periode valt binnen twaalf maanden, terwijl de looptijd of de doelen "
        "verder reiken dan twaalf maanden na de start.",
        "Initiatieven hangen vaak grotendeels af van gemeentelijke subsidies of opdrachten; vallen die weg, "
        "dan kan een zorgvuldig opgebouwde structuur grotendeels verloren gaan.",
        ONE_YEAR_OF_MONEY,
        MULTI_YEAR_MONEY,
        example_kind=A,
    ),
    Check(
        "AK203", "niets-geregeld-na-financiering", K, W,
        "Niet afgesproken wat er gebeurt als deze financiering afloopt.",
        "Vul 'daarna' in: vervolgfinanciering, een evaluatie vóór het einde, of afbouw. Bijvoorbeeld: "
        "'daarna: vóór 1 juli 2028 evalueren partijen de resultaten en besluit het college over voortzetting'.",
        f"{PC}, §3.2.2 en §2.4.2",
        "Een financieringsbron (geen eigen middelen) zonder 'daarna'.",
        "Geld vroeg in het traject leidt niet vanzelf tot een vervolgopdracht of een solide "
        "samenwerkingsovereenkomst; die onduidelijkheid deed in sommige projecten expliciet afbreuk.",
        "financiering:\n  - bron: gemeente\n    vorm: subsidie\n    ontvanger: initiatief\n    bedrag: 40000\n"
        "    van: 2027-01-01\n    tot: 2029-06-30\n    voorwaarden: onder voorbehoud van vaststelling van de begroting",
        "financiering:\n  - bron: gemeente\n    vorm: subsidie\n    ontvanger: initiatief\n    bedrag: 40000\n"
        "    van: 2027-01-01\n    tot: 2029-06-30\n    voorwaarden: onder voorbehoud van vaststelling van de begroting\n"
        "    daarna: vóór 1 januari 2029 evalueren partijen de financiering van de uitvoeringsfase",
        example_kind=A,
    ),
    Check(
        "AK204", "geen-stap-naar-uitvoeringsplan", K, W,
        "Niet afgesproken wat de volgende stap naar het wijkuitvoeringsplan is.",
        "Vul onder 'borging' het veld 'uitvoeringsplan' in. Bijvoorbeeld: 'Het buurtenergieplan van de "
        "coöperatie is de basis voor het wijkuitvoeringsplan, dat de gemeente vóór 30 juni 2028 aan de raad voorlegt'.",
        f"{PC}, §7.6 en §7.1.3",
        "'borging' zonder 'uitvoeringsplan'.",
        "Het rapport beveelt een concreet gesprek aan over de volgende stap, het uitvoeringsplan: wat moet "
        "erin staan en welke rol wil het initiatief spelen? Gemeenten leggen dat nog zelden vast.",
        "borging:\n  overleg:\n    frequentie: elke zes weken\n",
        "borging:\n  uitvoeringsplan: het buurtenergieplan is de basis voor het wijkuitvoeringsplan, dat de "
        "gemeente vóór 30 juni 2029 aan de raad voorlegt",
        example_kind=A,
    ),
    Check(
        "AK205", "alleen-kortetermijndoelen", K, W,
        "Alle doelen liggen binnen een jaar na de start: er is geen doel voor de langere termijn.",
        "Voeg een doel toe voor de fase daarna, bijvoorbeeld 'omschrijving: een besluit over een buurtwarmtenet, "
        "resultaat: de ledenvergadering besluit over de investering, streefdatum: 30-6-2029'.",
        f"{PC}, §2.5.1, §2.5.2 en §7.1.3",
        "Een samenwerkingsovereenkomst waarvan alle doelen met een streefdatum binnen twaalf maanden na de "
        "ingangsdatum liggen.",
        "Over eerste stappen zoals bewonersavonden zijn goed afspraken te maken; over de weg naar uitvoering "
        "blijven ze vaak uit, terwijl ambitieuze initiatieven juist een langetermijnperspectief nodig hebben.",
        "doelen:\n  - omschrijving: Bewoners kennen de warmteplannen\n    resultaat: vier bewonersavonden gehouden\n"
        "    streefdatum: 2027-12-31",
        "doelen:\n  - omschrijving: Bewoners kennen de warmteplannen\n    resultaat: vier bewonersavonden gehouden\n"
        "    streefdatum: 2027-12-31\n  - omschrijving: Een wijkuitvoeringsplan\n"
        "    resultaat: het college legt het wijkuitvoeringsplan aan de raad voor\n    streefdatum: 2029-06-30",
        example_kind=A, applies_to=SOK,
    ),
    # --- borging ---------------------------------------------------------------------------------------
    Check(
        "AK301", "geen-structureel-overleg", B, W,
        "Geen structureel overleg afgesproken.",
        "Vul onder 'borging' het 'overleg' in met frequentie en deelnemers, bijvoorbeeld 'frequentie: elke "
        "zes weken, deelnemers: de projectleider van de gemeente en twee bestuursleden van de coöperatie'.",
        f"{PC}, §3.1.4 en §7.6",
        "'borging' zonder 'overleg'.",
        "Regelmatig overleggen en werkafspraken maken wordt veel genoemd als ingrediënt van goede "
        "samenwerking; het rapport beveelt een terugkerend overleg aan.",
        "borging:\n  bestuurlijk_overleg:\n    frequentie: twee keer per jaar",
        "borging:\n  overleg:\n    frequentie: elke zes weken\n    deelnemers: de projectleider en het bestuur",
        example_kind=A,
    ),
    Check(
        "AK302", "overleg-zonder-frequentie", B, W,
        "Overleg zonder frequentie.",
        "Vul 'frequentie' in, bijvoorbeeld 'elke zes weken' of 'twee keer per jaar, in maart en september'.",
        f"{PC}, §3.1.4 en §7.6",
        "Een (ambtelijk of bestuurlijk) overleg zonder 'frequentie'.",
        "Een overleg zonder vaste frequentie verwatert zodra het druk is of mensen wisselen; het rapport "
        "beveelt een terugkerend overleg aan.",
        "borging:\n  overleg:\n    deelnemers: de projectleider en het bestuur",
        "borging:\n  overleg:\n    frequentie: elke zes weken\n    deelnemers: de projectleider en het bestuur",
        example_kind=A,
    ),
    Check(
        "AK303", "geen-bestuurlijk-overleg", B, W,
        "Geen bestuurlijk overleg met de wethouder afgesproken.",
        "Vul onder 'borging' het 'bestuurlijk_overleg' in, bijvoorbeeld 'frequentie: twee keer per jaar, "
        "deelnemers: de wethouder en het bestuur van de coöperatie'.",
        f"{PC}, §3.1.5 en §2.4.1",
        "'borging' zonder 'bestuurlijk_overleg'.",
        "Waar bestuurders niet op de hoogte waren, werden afspraken niet nagekomen: 'een bestuurlijk overleg "
        "was een goede aanvulling geweest'. Het gemeentebestuur goed meenemen loont.",
        "borging:\n  overleg:\n    frequentie: elke zes weken",
        "borging:\n  bestuurlijk_overleg:\n    frequentie: twee keer per jaar\n    deelnemers: de wethouder en het bestuur",
        example_kind=A,
    ),
    Check(
        "AK304", "gemeenteraad-niet-betrokken", B, W,
        "Niet afgesproken hoe de gemeenteraad wordt geïnformeerd of betrokken.",
        "Vul onder 'borging' het veld 'gemeenteraad' in, bijvoorbeeld 'Het college informeert de raad jaarlijks "
        "in de voortgangsrapportage warmtetransitie over deze samenwerking'.",
        f"{PC}, §3.1.5, §2.3.2 en §5.2.2",
        "'borging' zonder 'gemeenteraad'.",
        "De gemeenteraad neemt uiteindelijk de belangrijke besluiten; een initiatief zag het naar de raad "
        "brengen van de overeenkomst als 'een soort borging van de afspraken los van de nieuwe mensen'.",
        "borging:\n  overleg:\n    frequentie: elke zes weken",
        "borging:\n  gemeenteraad: het college informeert de raad jaarlijks in de voortgangsrapportage",
        example_kind=A,
    ),
    Check(
        "AK305", "geen-overdracht-bij-wisseling", B, W,
        "Niet afgesproken wat er gebeurt als een ambtenaar of wethouder vertrekt.",
        "Vul onder 'borging' bij 'wisseling' de 'overdracht' in, bijvoorbeeld 'Bij vertrek van de projectleider "
        "draagt de gemeente binnen vier weken een opvolger voor en zorgt zij voor een overdrachtsgesprek'.",
        f"{PC}, §3.2.5 en §7.2.2",
        "'borging' zonder 'wisseling.overdracht'.",
        "Op het gemeentehuis is de doorstroom relatief hoog; wisseling van personen kan ervoor zorgen dat "
        "afspraken niet worden nagekomen of dat de stekker uit een project wordt getrokken.",
        "borging:\n  overleg:\n    frequentie: elke zes weken",
        "borging:\n  wisseling:\n    overdracht: bij vertrek van de projectleider draagt de gemeente binnen "
        "vier weken een opvolger voor\n    plaatsvervanger: het teamhoofd Duurzaamheid",
        example_kind=A,
    ),
    Check(
        "AK306", "afspraken-hangen-aan-een-persoon", B, W,
        "Geen plaatsvervanger: de afspraken hangen aan één persoon.",
        "Vul onder 'borging' bij 'wisseling' een 'plaatsvervanger' in, bij voorkeur een functie: "
        "'het teamhoofd Duurzaamheid van de gemeente'.",
        f"{PC}, §3.2.5 en §7.2.2",
        "'borging' zonder 'wisseling.plaatsvervanger'.",
        "Goede samenwerkingen hangen voor een belangrijk deel aan personen; de positie van een initiatief is "
        "kwetsbaar als die niet breed in de gemeentelijke organisatie is geborgd.",
        "borging:\n  wisseling:\n    overdracht: bij vertrek draagt de gemeente binnen vier weken een opvolger voor",
        "borging:\n  wisseling:\n    overdracht: bij vertrek draagt de gemeente binnen vier weken een opvolger voor\n"
        "    plaatsvervanger: het teamhoofd Duurzaamheid",
        example_kind=A,
    ),
    Check(
        "AK307", "geen-collegebesluit", B, W,
        "Geen collegebesluit genoemd: de afspraak rust op één bestuurder of ambtenaar.",
        "Vul bij de gemeente 'collegebesluit' in met datum en kenmerk, bijvoorbeeld 'collegebesluit: "
        "{datum: 12-1-2027, kenmerk: Z/27/004512}'.",
        f"{PC}, §3.2.5 en §7.2.2; Gemeentewet artikel 160, eerste lid",
        "Een gemeente zonder 'collegebesluit'.",
        "Het college beslist over privaatrechtelijke rechtshandelingen van de gemeente; een besluit van het "
        "college overleeft de wisseling van een wethouder of ambtenaar beter dan een persoonlijke toezegging.",
        "partijen:\n  - id: initiatief\n    soort: initiatief\n    naam: Energiecoöperatie Voorbeeldwijk U.A.\n"
        "    rechtsvorm: cooperatie\n  - id: gemeente\n    soort: gemeente\n    naam: gemeente Voorbeeld\n"
        "    rechtsvorm: gemeente\n    vertegenwoordigers:\n      - naam: B. de Vries\n        functie: burgemeester",
        "partijen:\n  - id: initiatief\n    soort: initiatief\n    naam: Energiecoöperatie Voorbeeldwijk U.A.\n"
        "    rechtsvorm: cooperatie\n  - id: gemeente\n    soort: gemeente\n    naam: gemeente Voorbeeld\n"
        "    rechtsvorm: gemeente\n    vertegenwoordigers:\n      - naam: B. de Vries\n        functie: burgemeester\n"
        "    collegebesluit:\n      datum: 2027-01-12",
        example_kind=A,
    ),
    Check(
        "AK308", "geen-evaluatiemoment", B, W,
        "Geen evaluatiemoment afgesproken.",
        "Vul onder 'borging' bij 'evaluatie' de 'momenten' in, bijvoorbeeld '[2027-12-01, 2028-12-01]', en "
        "de 'wijze'.",
        f"{PC}, §5.1.3",
        "'borging' zonder 'evaluatie.momenten'.",
        "Een gemeente merkte dat het evalueren van een open overeenkomst meer tijd kostte dan het sluiten "
        "ervan; vaste evaluatiemomenten maken bijsturen mogelijk.",
        "borging:\n  evaluatie:\n    wijze: partijen evalueren samen",
        "borging:\n  evaluatie:\n    momenten: [2027-12-01, 2028-12-01]\n    wijze: partijen evalueren samen",
        example_kind=A,
    ),
    Check(
        "AK309", "opzegging-zonder-termijn", B, W,
        "Opzegging zonder opzegtermijn: een partij kan de samenwerking eenzijdig en direct beëindigen.",
        "Vul bij 'looptijd' een 'opzegtermijn_maanden' in (bijvoorbeeld 6) en zorg dat opzeggen schriftelijk "
        "en met redenen gebeurt, na overleg.",
        f"{PC}, §2.4.2",
        "Een samenwerkingsovereenkomst zonder 'looptijd.opzegtermijn_maanden' (of met 0).",
        "Een initiatief vertelde dat de gemeente de samenwerking 'eenzijdig opzegde: we zijn er gewoon uit "
        "geschreven'. Een opzegtermijn geeft tijd om te overleggen en af te bouwen.",
        "looptijd:\n  start: 2027-02-01\n  einde: 2029-06-30\n  afbouw_maanden: 6",
        "looptijd:\n  start: 2027-02-01\n  einde: 2029-06-30\n  opzegtermijn_maanden: 6\n  afbouw_maanden: 6",
        example_kind=A, applies_to=SOK,
    ),
    Check(
        "AK310", "opzegging-zonder-afbouw", B, W,
        "Geen afbouwperiode na opzegging, terwijl het initiatief van de financiering afhangt.",
        "Vul bij 'looptijd' een 'afbouw_maanden' in (bijvoorbeeld 6), zodat lopende taken en verplichtingen "
        "van het initiatief netjes kunnen worden afgerond.",
        f"{PC}, §2.4.2 en §3.2.2; Awb artikel 4:51",
        "Een samenwerkingsovereenkomst met geld voor een initiatief, zonder 'looptijd.afbouw_maanden'.",
        "Als inkomsten wegvallen, kan een structuur die over langere tijd zorgvuldig is opgebouwd grotendeels "
        "verloren gaan. Wie een subsidie drie jaar of langer ontving, heeft bij beëindiging recht op een "
        "redelijke termijn (Awb art. 4:51).",
        "looptijd:\n  start: 2027-02-01\n  einde: 2029-06-30\n  opzegtermijn_maanden: 6",
        "looptijd:\n  start: 2027-02-01\n  einde: 2029-06-30\n  opzegtermijn_maanden: 6\n  afbouw_maanden: 6",
        example_kind=A, applies_to=SOK,
    ),
    Check(
        "AK311", "geen-vooraf-informeren", B, W,
        "Niet afgesproken dat partijen elkaar vooraf informeren over publieke acties.",
        "Vul onder 'borging' 'vooraf_informeren_werkdagen' in, bijvoorbeeld 10: partijen informeren elkaar "
        "ten minste tien werkdagen vóór een publieke actie in de wijk.",
        f"{PC}, §3.2.4",
        "'borging' zonder 'vooraf_informeren_werkdagen'.",
        "Meerdere initiatieven werden overvallen door een energiebespaaractie of huis-aan-huisbrief van de "
        "gemeente terwijl ze zelf iets vergelijkbaars aan het optuigen waren.",
        "borging:\n  overleg:\n    frequentie: elke zes weken",
        "borging:\n  vooraf_informeren_werkdagen: 10",
        example_kind=A,
    ),
    Check(
        "AK312", "positie-niet-verankerd", B, ADVICE,
        "Niet afgesproken hoe de samenwerking in beleid (Transitievisie Warmte, uitvoeringsplan) wordt verankerd.",
        "Vul onder 'borging' 'verankering' in, bijvoorbeeld 'de samenwerking wordt genoemd in de "
        "geactualiseerde Transitievisie Warmte van 2027'.",
        f"{PC}, §5.2.2 en §7.2.2",
        "'borging' zonder 'verankering'.",
        "Een gemeente noemde het nuttig dat het initiatief in de door de raad vastgestelde Transitievisie "
        "Warmte staat: dat geeft bestuurlijk draagvlak en iets om intern op terug te vallen.",
        "borging:\n  overleg:\n    frequentie: elke zes weken",
        "borging:\n  verankering: de samenwerking wordt genoemd in de Transitievisie Warmte van 2027",
        example_kind=A,
    ),
    # --- rolverdeling ----------------------------------------------------------------------------------
    Check(
        "AK401", "alle-taken-bij-het-initiatief", R, W,
        "Alle participatietaken liggen bij het initiatief; de gemeente heeft er geen.",
        "Geef de gemeente ook taken, bijvoorbeeld 'taak: wijkschouw en warmtescan van twintig woningen, "
        "uitvoerder: gemeente, deadline: 30-9-2027'.",
        f"{PC}, §2.5.3 en §7.1.3",
        "Participatietaken met een uitvoerder die allemaal bij een initiatief liggen (geen bij de gemeente of een andere partij).",
        "Initiatieven willen als gelijkwaardige partner worden behandeld in een gedeelde missie, niet als "
        "opdrachtnemer van een klus die van de gemeente is.",
        "participatie:\n  - taak: bewonersavonden\n    uitvoerder: initiatief\n    resultaat: vier avonden\n"
        "    deadline: 2027-11-30",
        "participatie:\n  - taak: bewonersavonden\n    uitvoerder: initiatief\n    resultaat: vier avonden\n"
        "    deadline: 2027-11-30\n  - taak: warmtescan\n    uitvoerder: gemeente\n    resultaat: twintig scans\n"
        "    deadline: 2027-09-30",
        example_kind=A,
    ),
    Check(
        "AK402", "gemeente-zonder-eigen-toezeggingen", R, W,
        "De rolverdeling noemt geen verantwoordelijkheden van de gemeente zelf.",
        "Voeg onder 'rollen' de gemeente toe met haar rol en verantwoordelijkheden, bijvoorbeeld 'het "
        "voorbereiden van het wijkuitvoeringsplan en de besluitvorming daarover in college en raad'.",
        f"{PC}, §2.5.3, §2.2.3 en §7.1.3",
        "Geen rol voor de gemeente, of een rol zonder 'verantwoordelijkheden'.",
        "Een gesprek over de concrete invulling dwingt beide partijen na te denken over hun "
        "verantwoordelijkheden; een rolverdeling met alleen taken voor het initiatief maakt het een opdrachtnemer.",
        "rollen:\n  - partij: initiatief\n    rol: trekker van de bewonersparticipatie\n"
        "    verantwoordelijkheden: [organiseren van bewonersavonden]",
        "rollen:\n  - partij: initiatief\n    rol: trekker van de bewonersparticipatie\n"
        "    verantwoordelijkheden: [organiseren van bewonersavonden]\n  - partij: gemeente\n"
        "    rol: regisseur van de warmtetransitie\n    verantwoordelijkheden: [voorbereiden van het wijkuitvoeringsplan]\n"
        "    contactpersoon:\n      naam: C. Bos\n    uren_per_maand: 24",
        example_kind=A,
    ),
    Check(
        "AK403", "gemeentelijke-inzet-onbenoemd", R, W,
        "De gemeente noemt geen vaste contactpersoon of geen capaciteit in uren: {fragment}.",
        "Vul bij de rol van de gemeente een 'contactpersoon' en 'uren_per_maand' in, bijvoorbeeld "
        "'uren_per_maand: 32'.",
        f"{PC}, §7.4.1 en §3.2.5",
        "Een rol van de gemeente zonder 'contactpersoon' of zonder 'uren_per_maand'.",
        "Gemeentelijke capaciteit bepaalt voor een belangrijk deel het tempo; een wijk kan geen prioriteit "
        "meer krijgen 'vanwege capaciteitsgebrek bij de gemeente'.",
        "rollen:\n  - partij: gemeente\n    rol: regisseur van de warmtetransitie\n"
        "    verantwoordelijkheden: [voorbereiden van het wijkuitvoeringsplan]",
        "rollen:\n  - partij: gemeente\n    rol: regisseur van de warmtetransitie\n"
        "    verantwoordelijkheden: [voorbereiden van het wijkuitvoeringsplan]\n"
        "    contactpersoon:\n      naam: C. Bos\n    uren_per_maand: 24",
        example_kind=A,
    ),
    Check(
        "AK404", "alleen-incidentele-opdrachten", R, W,
        "Het initiatief krijgt alleen betaalde opdrachten: het is opdrachtnemer, geen partner.",
        "Overweeg een subsidie voor de eigen activiteiten van het initiatief naast of in plaats van "
        "opdrachten, en leg de structurele rol vast onder 'rollen'.",
        f"{PC}, §2.5.3 en §7.1.3",
        "Al het geld voor initiatieven heeft de vorm 'opdracht'.",
        "Of de relatie bestaat uit incidentele opdrachten of uit een structurele samenwerking met een "
        "duidelijke positie, bepaalt voor een groot deel de onderlinge verhoudingen.",
        "financiering:\n  - bron: gemeente\n    vorm: opdracht\n    ontvanger: initiatief\n    bedrag: 15000\n"
        "    van: 2027-01-01\n    tot: 2029-06-30\n    voorwaarden: onder voorbehoud van vaststelling van de begroting\n"
        "    daarna: vóór 1 januari 2029 evalueren partijen de samenwerking",
        "financiering:\n  - bron: gemeente\n    vorm: subsidie\n    ontvanger: initiatief\n    bedrag: 15000\n"
        "    van: 2027-01-01\n    tot: 2029-06-30\n    voorwaarden: onder voorbehoud van vaststelling van de begroting\n"
        "    daarna: vóór 1 januari 2029 evalueren partijen de samenwerking",
        example_kind=A,
    ),
    # --- juridisch --------------------------------------------------------------------------------------
    Check(
        "AK501", "geld-voor-initiatief-zonder-rechtspersoon", J, W,
        "Een initiatief zonder volledige rechtsbevoegdheid ontvangt geld in een bindende overeenkomst: {fragment}.",
        "Laat het geld naar een rechtspersoon gaan (bijvoorbeeld een stichting of coöperatie, of een "
        "ondersteunende organisatie), of richt er een op vóór ondertekening.",
        "BW artikel 2:30, tweede lid; Awb artikel 4:66",
        "Een samenwerkingsovereenkomst met financiering voor een initiatief met rechtsvorm "
        "'geen-rechtspersoon' of 'informele-vereniging'.",
        "Bestuurders van een informele vereniging zijn naast de vereniging hoofdelijk aansprakelijk; een "
        "werkgroep zonder rechtsvorm kan alleen via natuurlijke personen handelen. Subsidie per boekjaar "
        "gaat alleen naar rechtspersonen met volledige rechtsbevoegdheid.",
        "partijen:\n  - id: initiatief\n    soort: initiatief\n    naam: Werkgroep Warm Voorbeeldwijk\n"
        "    rechtsvorm: geen-rechtspersoon\n  - id: gemeente\n    soort: gemeente\n    naam: gemeente Voorbeeld\n"
        "    rechtsvorm: gemeente\n    vertegenwoordigers:\n      - naam: B. de Vries\n        functie: wethouder\n"
        "    collegebesluit:\n      datum: 2027-01-12\n    volmacht:\n      datum: 2026-06-03",
        "partijen:\n  - id: initiatief\n    soort: initiatief\n    naam: Stichting Warm Voorbeeldwijk\n"
        "    rechtsvorm: stichting\n  - id: gemeente\n    soort: gemeente\n    naam: gemeente Voorbeeld\n"
        "    rechtsvorm: gemeente\n    vertegenwoordigers:\n      - naam: B. de Vries\n        functie: wethouder\n"
        "    collegebesluit:\n      datum: 2027-01-12\n    volmacht:\n      datum: 2026-06-03",
        example_kind=A, applies_to=SOK,
    ),
    Check(
        "AK502", "afdwingbare-verplichting-in-intentieovereenkomst", J, W,
        "Een intentieovereenkomst met een afdwingbaar klinkende verplichting: {fragment}.",
        "Formuleer in een intentieovereenkomst inspanningen ('verplichting: inspanning', 'spant zich in om') "
        "en houd resultaatsverplichtingen voor de samenwerkingsovereenkomst, of kies voor die vorm.",
        "HR 18 juni 1982 (Plas/Valburg); HR 12 augustus 2005 (CBB/JPO)",
        "Een intentieovereenkomst met een taak met 'verplichting: resultaat', of met woorden als "
        "'verplicht zich', 'garandeert' of 'boete'.",
        "Een intentieovereenkomst is meestal niet afdwingbaar en partijen mogen in beginsel afzien van "
        "verdere samenwerking; resultaatsverplichtingen wekken gerechtvaardigd vertrouwen dat tot schadeclaims kan leiden.",
        "soort: intentieovereenkomst\nparticipatie:\n  - taak: bewonersavonden\n    uitvoerder: initiatief\n"
        "    resultaat: vier avonden\n    deadline: 2027-11-30\n    verplichting: resultaat",
        "soort: intentieovereenkomst\nparticipatie:\n  - taak: bewonersavonden\n    uitvoerder: initiatief\n"
        "    resultaat: vier avonden\n    deadline: 2027-11-30\n    verplichting: inspanning",
        example_kind=A, applies_to=IO,
    ),
    Check(
        "AK503", "ondertekenaar-zonder-vertegenwoordigingsbasis", J, W,
        "De ondertekenaar voor de gemeente is niet de burgemeester en er is geen volmacht genoemd.",
        "Laat de burgemeester tekenen, of vul bij de gemeente 'volmacht' in met de datum (en het kenmerk) "
        "van de volmacht aan de wethouder.",
        "Gemeentewet artikel 171, eerste en tweede lid",
        "Een gemeente zonder vertegenwoordigers, of met een vertegenwoordiger die niet de burgemeester is "
        "terwijl 'volmacht' ontbreekt.",
        "De burgemeester vertegenwoordigt de gemeente; een wethouder tekent alleen geldig met een volmacht "
        "van de burgemeester. Zonder die basis kan de gemeente de binding betwisten.",
        "partijen:\n  - id: initiatief\n    soort: initiatief\n    naam: Energiecoöperatie Voorbeeldwijk U.A.\n"
        "    rechtsvorm: cooperatie\n  - id: gemeente\n    soort: gemeente\n    naam: gemeente Voorbeeld\n"
        "    rechtsvorm: gemeente\n    vertegenwoordigers:\n      - naam: B. de Vries\n        functie: wethouder\n"
        "    collegebesluit:\n      datum: 2027-01-12",
        "partijen:\n  - id: initiatief\n    soort: initiatief\n    naam: Energiecoöperatie Voorbeeldwijk U.A.\n"
        "    rechtsvorm: cooperatie\n  - id: gemeente\n    soort: gemeente\n    naam: gemeente Voorbeeld\n"
        "    rechtsvorm: gemeente\n    vertegenwoordigers:\n      - naam: B. de Vries\n        functie: wethouder\n"
        "    collegebesluit:\n      datum: 2027-01-12\n    volmacht:\n      datum: 2026-06-03",
        example_kind=A,
    ),
    Check(
        "AK504", "meerjarig-geld-zonder-begrotingsvoorbehoud", J, W,
        "Gemeentelijk geld na het lopende begrotingsjaar, zonder te zeggen of het in de begroting staat: {fragment}.",
        "Schrijf in 'voorwaarden' of het geld al in de (meerjaren)begroting staat of nog aan de raad wordt "
        "gevraagd, bijvoorbeeld 'de bijdrage voor 2028 en 2029 staat in de meerjarenbegroting; de raad stelt "
        "haar jaarlijks vast (begrotingsvoorbehoud)'. Het document neemt daarnaast zelf al een "
        "algemeen begrotingsvoorbehoud op.",
        "Awb artikel 4:34; Gemeentewet artikel 160, eerste lid (budgetrecht van de raad); Participatiecoalitie 2022, §3.2.2",
        "Financiering van de gemeente (geen uren) die doorloopt na het jaar van de overeenkomst, zonder "
        "'begroting' of 'voorbehoud' in 'voorwaarden' of 'daarna'.",
        "Het college mag alleen uitgaven toezeggen waarvoor de raad in de begroting geld heeft vrijgemaakt. "
        "Of meerjarig geld er echt komt, hangt dus van elke volgende begroting af; onzekerheid over "
        "toekomstige financiering noemt het onderzoek een bedreiging voor de continuïteit.",
        "financiering:\n  - bron: gemeente\n    vorm: subsidie\n    ontvanger: initiatief\n    bedrag: 40000\n"
        "    van: 2027-01-01\n    tot: 2029-06-30\n    daarna: vóór 1 januari 2029 evalueren partijen de financiering",
        "financiering:\n  - bron: gemeente\n    vorm: subsidie\n    ontvanger: initiatief\n    bedrag: 40000\n"
        "    van: 2027-01-01\n    tot: 2029-06-30\n    voorwaarden: onder voorbehoud van vaststelling van de begroting\n"
        "    daarna: vóór 1 januari 2029 evalueren partijen de financiering",
        example_kind=A,
    ),
    Check(
        "AK505", "persoonsgegevens-zonder-afspraak", J, W,
        "Er worden persoonsgegevens van bewoners verwerkt, maar er is geen AVG-afspraak.",
        "Vul 'persoonsgegevens' in: 'rol: verwerker' als het initiatief in opdracht van de gemeente werkt "
        "(verwerkersovereenkomst), of 'rol: gezamenlijk' als partijen samen doel en middelen bepalen.",
        "AVG artikel 26 en artikel 28",
        "Een participatietaak met 'persoonsgegevens: true' terwijl 'persoonsgegevens' (de afspraak) ontbreekt.",
        "Bij keukentafelgesprekken en enquêtes verwerkt het initiatief namen, adressen en antwoorden van "
        "bewoners; de AVG vraagt dan een verwerkersovereenkomst of een regeling tussen gezamenlijk "
        "verantwoordelijken.",
        "participatie:\n  - taak: keukentafelgesprekken\n    uitvoerder: initiatief\n    resultaat: 250 gesprekken\n"
        "    deadline: 2027-12-31\n    persoonsgegevens: true",
        "participatie:\n  - taak: keukentafelgesprekken\n    uitvoerder: initiatief\n    resultaat: 250 gesprekken\n"
        "    deadline: 2027-12-31\n    persoonsgegevens: true\npersoonsgegevens:\n  rol: gezamenlijk",
        example_kind=A,
    ),
    Check(
        "AK506", "bindende-overeenkomst-met-werkgroep", J, W,
        "Een werkgroep zonder rechtspersoon sluit een bindende samenwerkingsovereenkomst: {fragment}.",
        "Kies eerst een intentieovereenkomst ('soort: intentieovereenkomst') en richt een vereniging, "
        "stichting of coöperatie op voordat taken en geld bindend worden afgesproken; of laat een "
        "bestaande rechtspersoon (bijvoorbeeld een ondersteunende stichting) de verplichtingen aangaan.",
        "BW artikel 2:3 en 2:26 (rechtspersonen); Awb artikel 4:66",
        "Een samenwerkingsovereenkomst waarin een bewonersinitiatief de rechtsvorm 'geen-rechtspersoon' heeft.",
        "Een werkgroep zonder rechtsvorm kan alleen via natuurlijke personen handelen: wie tekent, verbindt "
        "zichzelf persoonlijk aan de taken en de gevolgen van niet-nakomen. Dat past bij een intentie, niet "
        "bij bindende afspraken over taken en geld.",
        "partijen:\n  - id: initiatief\n    soort: initiatief\n    naam: Werkgroep Warm Voorbeeldwijk\n"
        "    rechtsvorm: geen-rechtspersoon\n  - id: gemeente\n    soort: gemeente\n    naam: gemeente Voorbeeld\n"
        "    rechtsvorm: gemeente\n    vertegenwoordigers:\n      - naam: B. de Vries\n        functie: wethouder\n"
        "    collegebesluit:\n      datum: 2027-01-12\n    volmacht:\n      datum: 2026-06-03",
        "partijen:\n  - id: initiatief\n    soort: initiatief\n    naam: Vereniging Warm Voorbeeldwijk\n"
        "    rechtsvorm: vereniging\n  - id: gemeente\n    soort: gemeente\n    naam: gemeente Voorbeeld\n"
        "    rechtsvorm: gemeente\n    vertegenwoordigers:\n      - naam: B. de Vries\n        functie: wethouder\n"
        "    collegebesluit:\n      datum: 2027-01-12\n    volmacht:\n      datum: 2026-06-03",
        example_kind=A, applies_to=SOK,
    ),
    Check(
        "AK507", "bestuurders-informele-vereniging-aansprakelijk", J, ADVICE,
        "Bij een vereniging zonder notariële statuten zijn de bestuurders naast de vereniging aansprakelijk: {fragment}.",
        "Bespreek dit met wie namens de vereniging tekenen, en overweeg de statuten notarieel te laten "
        "vastleggen (een vereniging met volledige rechtsbevoegdheid). Weten de bestuurders het en kiezen zij "
        "er bewust voor, erken de waarschuwing dan onder 'erkend:' met die reden.",
        "BW artikel 2:30, tweede en vierde lid",
        "Een partij met rechtsvorm 'informele-vereniging'.",
        "Een vereniging zonder notariële statuten is wel een rechtspersoon, maar haar bestuurders zijn naast de "
        "vereniging hoofdelijk aansprakelijk voor wat zij tijdens hun bestuur aangaat; na inschrijving in het "
        "handelsregister alleen als de vereniging zelf niet betaalt. Vrijwilligers die tekenen, moeten dat weten.",
        "partijen:\n  - id: initiatief\n    soort: initiatief\n    naam: Vereniging Warm Voorbeeldwijk\n"
        "    rechtsvorm: informele-vereniging\n  - id: gemeente\n    soort: gemeente\n    naam: gemeente Voorbeeld\n"
        "    rechtsvorm: gemeente\n    vertegenwoordigers:\n      - naam: B. de Vries\n        functie: wethouder\n"
        "    collegebesluit:\n      datum: 2027-01-12\n    volmacht:\n      datum: 2026-06-03",
        "partijen:\n  - id: initiatief\n    soort: initiatief\n    naam: Vereniging Warm Voorbeeldwijk\n"
        "    rechtsvorm: vereniging\n  - id: gemeente\n    soort: gemeente\n    naam: gemeente Voorbeeld\n"
        "    rechtsvorm: gemeente\n    vertegenwoordigers:\n      - naam: B. de Vries\n        functie: wethouder\n"
        "    collegebesluit:\n      datum: 2027-01-12\n    volmacht:\n      datum: 2026-06-03",
        example_kind=A,
    ),
)

BY_CODE: dict[str, Check] = {check.code: check for check in CHECKS}
