"""The first questions: which agreement, the title and area, and the parties with who signs for them."""

from __future__ import annotations

from ruamel.yaml.comments import CommentedMap

from akkoord.answers.vocabularies import AgreementType
from akkoord.wizard import suggestions as s
from akkoord.wizard.asking import Form, ListSpec, Session, add_item, fill_item, party_label

IO, SOK = AgreementType.IO.value, AgreementType.SOK.value
HELP_ME = "__hulp__"

TYPE_WHY = ("Een intentieovereenkomst legt vast dát jullie willen samenwerken en hoe je naar vastere afspraken "
            "toewerkt; ze is grotendeels niet afdwingbaar. Een samenwerkingsovereenkomst legt rollen, taken, geld "
            "en looptijd bindend vast; die past als dat al concreet is (onderzoek §2.3.3, §2.5.2).")


def ask_type(form: Form) -> None:
    if not form.asks("soort"):
        return
    from akkoord.answers.labels import choice_labels

    labels = choice_labels(AgreementType)
    options = [(labels[SOK], SOK), (labels[IO], IO), ("Weet ik nog niet: help me kiezen (drie korte vragen)", HELP_ME)]
    form.ui.hint("Er is geen goede of foute keuze; je kunt dit in het overzicht nog wijzigen.")
    picked = form.ui.select("soort", "Welke overeenkomst stellen jullie op?", options,
                            default=form.node.get("soort") or SOK)
    if picked == HELP_ME:
        picked = recommend_type(form.session)
        picked = form.ui.select("soort", "Welke overeenkomst stellen jullie op?", options[:2], default=picked)
    form.set("soort", picked)


def recommend_type(session: Session) -> str:
    ui = session.ui
    roles = ui.select("hulp.rollen", "Staat al vast welke partij welke taken uitvoert?",
                      [("Ja, per taak weten we wie", 2), ("Deels", 1), ("Nee, dat moet nog groeien", 0)], default=1)
    money = ui.select("hulp.geld", "Is er geld toegezegd, met bedrag en periode?",
                      [("Ja", 1), ("Nee, of nog onzeker", 0)], default=0)
    binding = ui.select("hulp.bindend", "Willen jullie elkaar nu al aan de afspraken kunnen houden?",
                        [("Ja, de afspraken moeten bindend zijn", 1), ("Nee, eerst samen verder verkennen", 0)],
                        default=0)
    if roles + money + binding >= 3:
        ui.say("Advies: een samenwerkingsovereenkomst. Rollen en geld zijn concreet genoeg om bindend vast te "
               "leggen.", style="bold")
        return SOK
    ui.say("Advies: een intentieovereenkomst. Spreek daarin een datum af waarop jullie besluiten over de "
           "volgende stap (onderzoek §5.1.3).", style="bold")
    return IO


def ask_title(form: Form) -> None:
    area = form.ask("gebied")
    kind = "Intentieovereenkomst" if form.node.get("soort") == IO else "Samenwerkingsovereenkomst"
    form.ask("titel", suggestion=f"{kind} aardgasvrij {area}")


PARTIES_WHY = ("Wie tekenen er? Een juiste beschrijving van de partijen voorkomt dat de jurist van de gemeente het "
               "concept terugstuurt. Het college van B&W besluit; een wethouder tekent meestal met een volmacht van "
               "de burgemeester (Gemeentewet art. 160 en 171).")

#: Said when a party is a vereniging without notarial statutes: who signs for it carries the risk.
INFORMAL_ASSOCIATION_NOTICE = (
    "Let op: bij een vereniging zonder notariële statuten zijn de bestuurders naast de vereniging hoofdelijk "
    "aansprakelijk voor wat de vereniging met deze overeenkomst aangaat (BW art. 2:30). Is de vereniging "
    "ingeschreven bij de KvK, dan alleen als de vereniging zelf niet betaalt. Bespreek dat met wie er tekent.")
_OWN_STATUTES = ("cooperatie", "stichting", "vereniging", "bv", "nv")
_WHO = {"initiatief": "het bewonersinitiatief", "gemeente": "de gemeente (alleen de plaatsnaam mag ook)"}


def party_spec() -> ListSpec:
    return ListSpec("partijen", "partij", "partijen", fill_party, lambda party: party_label(party) if party.get("naam")
                    else "", minimum=2)


def ask_parties(form: Form) -> None:
    session = form.session
    parties = form.sequence("partijen")
    if not session.editing and not parties:
        for kind in ("initiatief", "gemeente"):
            item = CommentedMap()
            item["soort"] = kind
            parties.append(item)
        session.draft.save()
    spec = party_spec()
    spec.first = None
    marker = "partijen:klaar"
    for index, _ in enumerate(parties):
        if not session.draft.finished(f"partijen[{index}]") or not session.short:
            fill_item(form, spec, index)
    if session.draft.finished(marker):
        return
    while session.yes_no("partijen.meer", "Doet er nog een partij mee?",
                         "Bijvoorbeeld een woningcorporatie of een onafhankelijke procesbegeleider.", default=False):
        add_item(form, spec)
    session.draft.mark(marker)
    session.draft.save()


def fill_party(form: Form) -> None:
    session = form.session
    kind = form.ask("soort") if form.node.get("soort") not in ("initiatief", "gemeente") else form.node["soort"]
    name = form.ask("naam", words={"wie": _WHO.get(kind, "de partij")})
    if kind == "gemeente" and name and not str(name).lower().startswith("gemeente"):
        name = f"gemeente {name}"
        form.set("naam", name)
    if "id" not in form.node:
        form.set("id", _free_id(session, kind))
    words = {"naam": name}
    if kind == "gemeente":
        form.set("rechtsvorm", "gemeente") if "rechtsvorm" not in form.node else None
        legal_form = "gemeente"
    else:
        from akkoord.answers.labels import choice_labels
        from akkoord.answers.vocabularies import LegalForm

        forms = [(label, value) for value, label in choice_labels(LegalForm).items() if value != "gemeente"]
        legal_form = form.ask("rechtsvorm", suggestion=s.legal_form_in(str(name)), words=words, choices=forms)
        if legal_form == "informele-vereniging" and session.editing is False:
            form.ui.say(INFORMAL_ASSOCIATION_NOTICE, style="fg:ansiyellow")
    form.ask("aanduiding", suggestion=s.SHORT_NAMES.get(legal_form if kind == "initiatief" else kind, "de Partij"),
             words=words)
    if kind != "gemeente" and legal_form != "geen-rechtspersoon":
        form.ask("kvk", extra=True, words=words)
    address = form.ask("adres", extra=True, words=words)
    if legal_form in _OWN_STATUTES:
        form.ask("zetel", extra=True, suggestion=s.town_in(str(address or "")), words=words)
    if kind == "gemeente":
        ask_municipality_signing(form)
    else:
        ask_signers(form)


def _free_id(session: Session, kind: str) -> str:
    taken = {str(party.get("id")) for party in session.draft.data.get("partijen") or []}
    party_id, number = kind, 2
    while party_id in taken:
        party_id, number = f"{kind}-{number}", number + 1
    return party_id


def ask_municipality_signing(form: Form) -> None:
    signers = form.sequence("vertegenwoordigers")
    if not signers:
        signers.append(CommentedMap())
    signer = form.item("vertegenwoordigers", 0)
    person = signer.ask("naam", words={"naam": "de gemeente"})
    role = signer.ask("functie", suggestion="wethouder", words={"wie": person})
    _dated_group(form, "collegebesluit")
    if role and "burgemeester" not in str(role).lower():
        _dated_group(form, "volmacht")
    _council_consultation(form)
    form.ask("rechtbank", extra=True, words={"naam": str(form.node.get("naam") or "de gemeente")})


#: Whether the council expressed wensen en bedenkingen; 'not known yet' leaves the answer empty.
_USED = [("Ja", "ja"), ("Nee", "nee"), ("Nog niet bekend", "onbekend")]


def _council_consultation(form: Form) -> None:
    """Gemeentewet art. 169 lid 4: the letter that let the council express wensen en bedenkingen, and its answer."""
    from akkoord.answers.labels import field_text

    key = "wensen_en_bedenkingen"
    if not isinstance(form.node.get(key), dict) and not form.asks(key, extra=True):
        return
    group = form.group(key)
    if group.ask("datum", required=False) is None:
        form.set(key, None)
        return
    if group.asks("gebruikt"):
        wording = field_text(group.qid("gebruikt"))
        current = group.node.get("gebruikt")
        group.ui.hint(wording.help)
        picked = group.ui.select(group.qid("gebruikt"), wording.question, _USED,
                                 default={True: "ja", False: "nee"}.get(current, "onbekend"))
        group.set("gebruikt", {"ja": True, "nee": False}.get(picked))
    if group.node.get("gebruikt") is True:
        group.ask("reactiedatum", required=False)


def _dated_group(form: Form, key: str) -> None:
    """A college decision or power of attorney exists only with its date; then its reference is asked."""
    begun = isinstance(form.node.get(key), dict)
    if not begun and not form.asks(key, extra=True):
        return
    group = form.group(key)
    date = group.ask("datum", required=False)
    if date is None:
        form.set(key, None)
        return
    group.ask("kenmerk")


def ask_signers(form: Form) -> None:
    session = form.session
    name = form.node.get("aanduiding") or form.node.get("naam")
    spec = ListSpec("vertegenwoordigers", "ondertekenaar", "ondertekenaars", _fill_signer,
                    lambda rep: " ".join(str(part) for part in (rep.get("naam"), rep.get("functie")) if part),
                    minimum=1)
    if session.editing:
        from akkoord.wizard.review_lists import edit_list

        edit_list(form, spec)
        return
    form.ui.hint(_SIGNING_HINT.get(str(form.node.get("rechtsvorm")), "Wie mag namens deze partij tekenen?"))
    marker = f"{form.qid('vertegenwoordigers')}:klaar"
    signers = form.sequence("vertegenwoordigers")
    for index, _ in enumerate(signers):
        if not session.draft.finished(f"{form.qid('vertegenwoordigers')}[{index}]") or not session.short:
            _fill_signer(form.item("vertegenwoordigers", index))
            session.draft.mark(f"{form.qid('vertegenwoordigers')}[{index}]")
    if session.draft.finished(marker):
        return
    while not signers or session.yes_no(f"{form.qid('vertegenwoordigers')}.meer",
                                        f"Tekent er nog iemand namens {name}?", default=False):
        signers.append(CommentedMap())
        _fill_signer(form.item("vertegenwoordigers", len(signers) - 1))
        session.draft.mark(f"{form.qid('vertegenwoordigers')}[{len(signers) - 1}]")
    session.draft.mark(marker)
    session.draft.save()


_SIGNING_HINT = {
    "geen-rechtspersoon": "Een werkgroep zonder rechtspersoon tekent via de mensen die namens haar optreden.",
    "informele-vereniging": "Meestal tekent het bestuur.",
}
for _form in ("cooperatie", "stichting", "vereniging"):
    _SIGNING_HINT[_form] = "Kijk in de statuten wie samen mogen tekenen; vaak zijn dat twee bestuursleden."


def _fill_signer(rep: Form) -> None:
    person = rep.ask("naam", words={"naam": _parent_name(rep)})
    rep.ask("functie", words={"wie": person})
    if _parent(rep).get("rechtsvorm") == "geen-rechtspersoon":
        # Without a legal person, whoever signs is a party in their own name: the comparitie names where they live.
        rep.ask("woonplaats", words={"wie": person})


def _parent(rep: Form) -> dict:
    """The party a signer signs for."""
    index = int(rep.path.split("[")[1].split("]")[0])
    return (rep.session.draft.data.get("partijen") or [])[index]


def _parent_name(rep: Form) -> str:
    party = _parent(rep)
    return str(party.get("aanduiding") or party.get("naam") or "deze partij")
