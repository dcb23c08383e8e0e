"""The arrangements around the work: safeguards, the term with its decision points, and signing."""

from __future__ import annotations

from typing import Any

from akkoord.wizard import suggestions as s
from akkoord.wizard.asking import Form, ListSpec, fill_list, party_choices, party_name
from akkoord.wizard.fields import field_of, shown

SAFEGUARDS_WHY = ("Afspraken die de samenwerking laten doorlopen als mensen, geld of politiek wisselen: vast overleg "
                  "(onderzoek §3.1.4), overleg met de wethouder (§3.1.5), wisseling van ambtenaren (§3.2.5), "
                  "evaluatie (§5.1.3) en de stap naar het uitvoeringsplan (§7.6).")


def _names(form: Form) -> tuple[str, str]:
    parties = form.session.draft.data.get("partijen") or []
    municipality: dict[str, Any] = next((p for p in parties if p.get("soort") == "gemeente"), {})
    initiative: dict[str, Any] = next((p for p in parties if p.get("soort") == "initiatief"), {})
    return (party_name(form.session, municipality.get("id")) if municipality else "de Gemeente",
            party_name(form.session, initiative.get("id")) if initiative else "het initiatief")


def _consultation(form: Form, key: str, frequencies: list[str], administrative: bool) -> None:
    municipality, initiative = _names(form)
    begun = isinstance(form.node.get(key), dict)
    if not begun and not form.asks(key):
        return
    group = form.group(key)
    if group.ask("frequentie", choices=[(text, text) for text in frequencies], other=True) is None:
        form.set(key, None)
        return
    group.ask("deelnemers", extra=True, suggestion=s.participants(municipality, initiative, administrative))
    parties = party_choices(form.session)
    group.ask("voorzitter", extra=True, choices=parties)
    group.ask("secretariaat", extra=True, choices=parties)
    group.ask("besluitvorming", extra=True)


def _fixed_text(form: Form, key: str, text: str) -> None:
    form.ask(key, extra=True, choices=[(text, text)], other=True)


def ask_safeguards(form: Form) -> None:
    group = form.group("borging")
    municipality, initiative = _names(form)
    _consultation(group, "overleg", s.CONSULTATION, administrative=False)
    _consultation(group, "bestuurlijk_overleg", s.ADMINISTRATIVE, administrative=True)
    turnover_begun = isinstance(group.node.get("wisseling"), dict)
    if turnover_begun or group.asks("wisseling", extra=True):
        turnover = group.group("wisseling")
        handover = s.handover(municipality, initiative)
        turnover.ask("overdracht", extra=True, choices=[(handover, handover)], other=True)
        turnover.ask("plaatsvervanger", extra=True)
    _fixed_text(group, "gemeenteraad", s.council(municipality))
    _fixed_text(group, "verankering", s.anchoring(municipality))
    evaluation_begun = isinstance(group.node.get("evaluatie"), dict)
    if evaluation_begun or group.asks("evaluatie", extra=True):
        evaluation = group.group("evaluatie")
        if not evaluation.ask("momenten", required=False):
            group.set("evaluatie", None)
        else:
            evaluation.ask("wijze")
    _fixed_text(group, "uitvoeringsplan", s.next_step(municipality, initiative))
    supporters = party_choices(form.session, kinds=("ondersteuner",))
    if supporters:
        group.ask("ondersteuner", extra=True, choices=supporters, suggestion=supporters[0][1])
    group.ask("vooraf_informeren_werkdagen", extra=True, suggestion=5)
    group.ask("overig", extra=True)


TERM_WHY = ("Hoe lang loopt de overeenkomst, kan ze verlengd worden, en hoe zeg je op? Een opzegtermijn met afbouw "
            "voorkomt dat een initiatief eenzijdig 'eruit geschreven' wordt (onderzoek §2.4.2).")


def fill_decision(item: Form) -> None:
    item.ask("datum")
    item.ask("onderwerp", suggestion=s.GO_NO_GO)


def decision_spec() -> ListSpec:
    return ListSpec("beslismomenten", "beslismoment", "beslismomenten", fill_decision,
                    lambda item: f"{shown(field_of(_go_no_go(), 'datum'), item.get('datum'))}: "
                                 f"{item.get('onderwerp') or ''}".strip(": "),
                    first="Is er een beslismoment (go/no-go) op weg naar een samenwerkingsovereenkomst?")


def _go_no_go():
    from akkoord.answers.model import GoNoGo

    return GoNoGo


def ask_term(form: Form) -> None:
    kind = form.session.agreement_type or "samenwerkingsovereenkomst"
    is_io = kind == "intentieovereenkomst"
    term = form.group("looptijd")
    term.ask("start")
    term.ask("einde")
    term.ask("verlenging", extra=True, choices=s.EXTENSION[kind], other=True)
    term.ask("opzegtermijn_maanden", extra=True, suggestion=s.NOTICE_MONTHS[kind])
    if not is_io:
        term.ask("afbouw_maanden", extra=True, suggestion=3)
    spec = decision_spec()
    spec.first_default = is_io
    if is_io or not form.session.short or term.node.get("beslismomenten") or form.session.editing:
        fill_list(term, spec)


def ask_signing(form: Form) -> None:
    municipality = next((p for p in form.session.draft.data.get("partijen") or [] if p.get("soort") == "gemeente"),
                        None)
    place = s.municipality_place(str(municipality.get("naam") or "")) if municipality else None
    group = form.group("ondertekening")
    group.ask("plaats", suggestion=place or None)
    group.ask("datum", extra=True)

