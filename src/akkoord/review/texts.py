"""What the review says about a draft document, per code: the message and what to write instead.

The catalogue's own texts speak of the answers file ("vul bij de gemeente 'collegebesluit' in"); a
reviewer of a Word draft needs the same rule said about the document. The codes, names, sources and
reasons stay those of the catalogue. `{detail}` is what the rule found.
"""

from __future__ import annotations

DOCUMENT_TEXTS: dict[str, tuple[str, str]] = {
    "AK307": ("Geen collegebesluit genoemd: niet te zien dat het college tot deze overeenkomst heeft besloten.",
              "Noem in de comparitie het besluit: '... handelend ter uitvoering van het besluit van het college van "
              "burgemeester en wethouders van 12 januari 2027 (kenmerk Z/27/004512)'."),
    "AK503": ("De gemeente wordt niet door de burgemeester vertegenwoordigd en er is geen volmacht genoemd ({detail}).",
              "Laat de burgemeester tekenen, of noem de volmacht: '... vertegenwoordigd door wethouder B. de Vries, "
              "daartoe gemachtigd bij volmacht van de burgemeester van 3 juni 2026 (artikel 171, tweede lid, "
              "Gemeentewet)'."),
    "AK506": ("Een groep zonder rechtspersoon is partij bij een bindende overeenkomst: {detail}.",
              "Laat een stichting, vereniging of coöperatie de verplichtingen aangaan, of kies een "
              "intentieovereenkomst "
              "en noem welke personen in eigen naam tekenen."),
    "AK507": ("Een vereniging zonder notariële statuten is partij; haar bestuurders zijn naast haar aansprakelijk: "
              "{detail}.",
              "Bespreek dit met wie tekenen en overweeg notariële statuten; noem het in de comparitie als het zo "
              "blijft."),
    "AK508": ("Een groep zonder rechtspersoon is partij, zonder te zeggen wie er namens haar handelt: {detail}.",
              "Schrijf in de comparitie dat de groep geen rechtspersoon is en welke personen in eigen naam en ten "
              "behoeve van de groep tekenen, of laat een stichting of vereniging partij zijn."),
    "AK509": ("De intentieovereenkomst zegt niet welke afspraken niet bindend zijn en dat beëindigen geen "
              "schadevergoeding geeft.",
              "Neem een artikel 'Niet-bindend karakter' op: 'Deze intentieovereenkomst schept geen in rechte "
              "afdwingbare "
              "verplichtingen, behalve de artikelen ... Iedere partij kan haar beëindigen zonder tot schadevergoeding "
              "gehouden te zijn.'"),
    "AK504": ("De gemeente draagt geld bij, maar er staat geen begrotingsvoorbehoud in de overeenkomst.",
              "Voeg toe: 'De financiële verplichtingen van de gemeente gelden onder het voorbehoud dat de gemeenteraad "
              "de benodigde middelen in de begroting beschikbaar stelt.'"),
    "AK510": ("Geen voorbehoud voor de publiekrechtelijke bevoegdheden van de gemeente.",
              "Voeg toe: 'Deze overeenkomst laat de publiekrechtelijke bevoegdheden van de gemeente en haar "
              "bestuursorganen onverlet.'"),
    "AK511": ("De looptijd heeft geen duidelijk einde ({detail}).",
              "Noem een einddatum ('eindigt op 31 december 2029'), of bij onbepaalde tijd een opzegtermijn en een "
              "evaluatie na een vast aantal jaren."),
    "AK309": ("Geen opzegging met opzegtermijn ({detail}): een partij kan de samenwerking eenzijdig en direct "
              "beëindigen.",
              "Voeg toe: 'Iedere partij kan deze overeenkomst schriftelijk en met redenen opzeggen met inachtneming "
              "van "
              "een opzegtermijn van zes maanden, na overleg met de andere partijen.'"),
    "AK310": ("De gemeente draagt geld bij, maar er is niets geregeld over afbouw na opzegging of einde.",
              "Voeg toe: 'Na opzegging geldt een afbouwperiode van zes maanden, waarin partijen afspreken welke "
              "lopende "
              "activiteiten worden afgerond en hoe die worden bekostigd.'"),
    "AK308": ("Geen evaluatie afgesproken.",
              "Voeg toe: 'Partijen evalueren de samenwerking in november 2027 en november 2028 aan de hand van de "
              "doelen "
              "van artikel 2.'"),
    "AK512": ("Geen regeling voor geschillen.",
              "Voeg toe: 'Partijen treden bij een geschil binnen tien werkdagen in overleg; lukt een oplossing niet "
              "binnen "
              "zes weken, dan kunnen zij mediation voorstellen; daarna beslist de bevoegde rechter.'"),
    "AK513": ("Niet gezegd welk recht van toepassing is.",
              "Voeg toe: 'Op deze overeenkomst is Nederlands recht van toepassing.'"),
    "AK505": ("Er worden persoonsgegevens van bewoners verwerkt, maar er is geen AVG-afspraak.",
              "Spreek af wie verwerkingsverantwoordelijke is: een verwerkersovereenkomst (AVG artikel 28) als het "
              "initiatief in opdracht van de gemeente werkt, of een regeling tussen gezamenlijk verantwoordelijken "
              "(artikel 26)."),
    "AK514": ("Niets gezegd over de openbaarheid van deze overeenkomst onder de Wet open overheid.",
              "Voeg toe: 'Partijen zijn ermee bekend dat de Wet open overheid op de gemeente van toepassing is; de "
              "gemeente maakt deze overeenkomst openbaar.'"),
}
