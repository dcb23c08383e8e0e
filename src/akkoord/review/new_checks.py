"""Checks the review adds to the catalogue (AK107, AK113 in documents, AK508-AK514)."""

from __future__ import annotations

from akkoord.checks.base import Category, Check, Level

PC = "Participatiecoalitie 2022"
V, J, W, ADVICE = Category.VAGUE, Category.LEGAL, Level.WARNING, Level.ADVICE

NEW_CHECKS: tuple[Check, ...] = (
    Check("AK107", "inspanning-zonder-maatstaf", V, W,
          "Inspanning zonder maatstaf: '{fragment}' zegt niet wat er gebeurt of wanneer het genoeg is.",
          "Noem wat de partij doet, hoeveel en wanneer. Bijvoorbeeld: 'Partijen overleggen elke zes weken en "
          "beantwoorden vragen van elkaar binnen tien werkdagen' in plaats van 'Partijen zetten zich in voor een "
          "goede samenwerking'.",
          f"{PC}, §2.4.1 en §7.1.2",
          "Een belofte van inzet ('zetten zich in voor', 'zorgt voor', 'draagt zorg voor', 'voorziet in') gericht op "
          "iets dat alleen een oordeel is, zoals 'een goede samenwerking', 'actieve communicatie' of 'een brede "
          "betrokkenheid', of 'zich maximaal inzetten', zonder aantal, bedrag of datum in dezelfde zin.",
          "Niemand kan later vaststellen of een 'goede samenwerking' is geleverd; het onderzoek laat zien dat zulke "
          "algemene afspraken weinig invloed hebben.",
          "Partijen zetten zich in voor een goede samenwerking.",
          "Partijen overleggen elke zes weken over de voortgang."),
    Check("AK508", "partij-zonder-rechtsbevoegdheid", J, W,
          "Een groep zonder rechtspersoon is partij, zonder te zeggen wie er namens haar handelt: {fragment}.",
          "Schrijf in de comparitie dat de groep geen rechtspersoon is en welke personen in eigen naam en ten behoeve "
          "van de groep tekenen, of laat een stichting of vereniging partij zijn.",
          "BW artikel 2:3 en 2:26 (rechtspersonen)",
          "Een partij als 'werkgroep', 'buurtteam' of 'bewonersgroep' zonder rechtsvorm, waarbij niet staat dat de "
          "ondertekenaars in eigen naam handelen.",
          "Een groep zonder rechtsvorm kan zelf geen overeenkomst aangaan; wie tekent, verbindt zichzelf. Staat dat "
          "er niet, dan is onduidelijk wie partij is en wie de gemeente kan aanspreken.",
          "Partijen: Werkgroep Warm Oudeschans, een werkgroep van bewoners, vertegenwoordigd door E. de Boer.",
          "Partijen: Werkgroep Warm Oudeschans, een werkgroep van bewoners zonder rechtspersoonlijkheid, voor wie "
          "E. de Boer in eigen naam en ten behoeve van de werkgroep optreedt."),
    Check("AK509", "intentieovereenkomst-zonder-niet-bindend-artikel", J, W,
          "De intentieovereenkomst zegt niet welke afspraken niet bindend zijn.",
          "Neem een artikel 'Niet-bindend karakter' op dat zegt welke artikelen wel binden en dat beëindigen geen "
          "recht op schadevergoeding geeft.",
          "HR 18 juni 1982 (Plas/Valburg); HR 12 augustus 2005 (CBB/JPO)",
          "Een intentieovereenkomst zonder bepaling dat zij (grotendeels) niet in rechte afdwingbaar is en zonder "
          "beëindiging zonder schadevergoeding.",
          "Wie onderhandelingen afbreekt nadat de ander er gerechtvaardigd op mocht vertrouwen, kan schadeplichtig "
          "zijn; een intentieovereenkomst zegt daarom uitdrukkelijk wat niet bindt.",
          "Artikel 1. Partijen spreken de intentie uit om samen te werken.",
          "Artikel 1. Partijen spreken de intentie uit om samen te werken. Artikel 2. Deze intentieovereenkomst schept "
          "geen in rechte afdwingbare verplichtingen; beëindigen geeft geen recht op schadevergoeding."),
    Check("AK510", "geen-voorbehoud-publiekrecht", J, W,
          "Geen voorbehoud voor de publiekrechtelijke bevoegdheden van de gemeente.",
          "Voeg toe: 'Deze overeenkomst laat de publiekrechtelijke bevoegdheden van de gemeente onverlet.'",
          "Aanwijzingen voor convenanten; HR 26 juni 2015, ECLI:NL:HR:2015:1737",
          "Een overeenkomst met de gemeente zonder bepaling dat haar publiekrechtelijke bevoegdheden onverlet blijven.",
          "Een gemeente kan haar bevoegdheden (vergunningen, ruimtelijke besluiten, raadsbesluiten) niet wegcontracteren; "
          "zonder voorbehoud ontstaat verwarring over wat de afspraken voor die besluiten betekenen.",
          "Artikel 9. De gemeente verleent de vergunningen voor het warmtenet.",
          "Artikel 9. Deze overeenkomst laat de publiekrechtelijke bevoegdheden van de gemeente onverlet."),
    Check("AK511", "looptijd-zonder-einde", J, W,
          "De looptijd heeft geen duidelijk einde.",
          "Noem een einddatum, of bij onbepaalde tijd een opzegtermijn en een evaluatie na een vast aantal jaren.",
          f"{PC}, §2.5.2 en §5.1.3; BW artikel 6:248",
          "Geen einddatum, 'voor onbepaalde tijd' zonder opzegging, of een einde dat afhangt van het bereiken van de "
          "doelen ('eindigt in principe wanneer de doelen behaald zijn').",
          "Een overeenkomst zonder einde wordt zelden geëvalueerd; partijen weten niet wanneer zij opnieuw moeten "
          "afspreken, en opzeggen van een duurovereenkomst voor onbepaalde tijd leidt tot discussie.",
          "Dit convenant geldt voor onbepaalde tijd en eindigt in principe wanneer de doelen behaald zijn.",
          "Dit convenant treedt in werking op 1 maart 2027 en eindigt op 31 december 2029."),
    Check("AK512", "geen-geschillenregeling", J, W,
          "Geen regeling voor geschillen.",
          "Spreek een volgorde af: schriftelijke melding, overleg binnen tien werkdagen, mediation, en dan de bevoegde rechter.",
          "Aanwijzingen voor convenanten; Rv artikel 108 (bevoegde rechter)",
          "Een overeenkomst zonder artikel over geschillen.",
          "Zonder afgesproken stappen belandt een meningsverschil sneller bij de rechter of blijft het slepen.",
          "Artikel 10. Op deze overeenkomst is Nederlands recht van toepassing.",
          "Artikel 10. Geschillen legt een partij schriftelijk voor; partijen overleggen binnen tien werkdagen en "
          "leggen een geschil dat niet binnen zes weken is opgelost voor aan de bevoegde rechter."),
    Check("AK513", "geen-toepasselijk-recht", J, ADVICE,
          "Niet gezegd welk recht van toepassing is.",
          "Voeg toe: 'Op deze overeenkomst is Nederlands recht van toepassing.'",
          "Aanwijzingen voor convenanten; Rome I-Verordening artikel 3",
          "Een overeenkomst zonder bepaling over het toepasselijke recht.",
          "Bij partijen uit één land is dat meestal vanzelfsprekend, maar een gemeentejurist verwacht de bepaling; met "
          "een netbeheerder of warmtebedrijf uit een concern is zij niet overbodig.",
          "Artikel 11. Geschillen worden voorgelegd aan de bevoegde rechter.",
          "Artikel 11. Op deze overeenkomst is Nederlands recht van toepassing."),
    Check("AK514", "geen-woo-bepaling", J, ADVICE,
          "Niets gezegd over de openbaarheid van deze overeenkomst onder de Wet open overheid.",
          "Voeg toe: 'Partijen zijn ermee bekend dat de Wet open overheid op de gemeente van toepassing is.'",
          "Wet open overheid, artikel 3.3 en 5.1",
          "Een overeenkomst met de gemeente zonder verwijzing naar de Wet open overheid.",
          "Wat de gemeente onder zich heeft, kan op verzoek openbaar worden; een overeenkomst kan dat niet beperken. "
          "Partijen die vertrouwelijke gegevens delen, moeten dat weten.",
          "Artikel 8. Partijen houden de inhoud van deze overeenkomst vertrouwelijk.",
          "Artikel 8. Partijen zijn ermee bekend dat de Wet open overheid op de gemeente van toepassing is."),
)
