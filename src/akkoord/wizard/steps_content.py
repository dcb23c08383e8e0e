"""The substance: background, goals, roles, activities with residents and funding."""

from __future__ import annotations

from ruamel.yaml.comments import CommentedMap

from akkoord.wizard import suggestions as s
from akkoord.wizard.asking import Form, ListSpec, fill_list, first_party_of, party_choices, party_name
from akkoord.wizard.fields import field_of, shown

BACKGROUND_WHY = ("Dit worden de overwegingen bovenaan het document. Staat de samenwerking in beleid dat de raad "
                  "heeft vastgesteld, zoals de Transitievisie Warmte, dan helpt dat binnen de gemeente "
                  "(onderzoek §5.2.2).")


def ask_background(form: Form) -> None:
    group = form.group("aanleiding")
    group.ask("waarom")
    group.ask("beleid", extra=True)
    group.ask("geschiedenis", extra=True)


GOALS_WHY = ("Maak doelen concreet: wat is er bereikt, hoe meet je dat, en wanneer? Te algemene overeenkomsten "
             "hadden weinig invloed (onderzoek §2.4.1).")


def fill_goal(form: Form) -> None:
    form.ask("omschrijving")
    form.ask("resultaat")
    form.ask("streefdatum")


def goal_spec() -> ListSpec:
    return ListSpec("doelen", "doel", "doelen", fill_goal, lambda goal: str(goal.get("omschrijving") or ""),
                    minimum=1)


def ask_goals(form: Form) -> None:
    fill_list(form, goal_spec())


ROLES_WHY = ("Spreek per partij af wat zij doet, ook wat de gemeente zelf doet: een vaste contactpersoon, uren, "
             "besluiten die zij voorbereidt. Een initiatief is partner, geen opdrachtnemer (onderzoek §2.5.3).")


def fill_role(form: Form) -> None:
    session = form.session
    party_id = form.ask("partij")
    kind = next((p.get("soort") for p in session.draft.data.get("partijen") or [] if p.get("id") == party_id), None)
    words = {"naam": party_name(session, party_id)}
    form.ask("rol", suggestion=s.ROLES.get(str(kind)), words=words)
    begun = isinstance(form.node.get("contactpersoon"), dict)
    if begun or form.asks("contactpersoon", extra=True):
        contact = form.group("contactpersoon")
        if contact.ask("naam", required=False, words=words) is None:
            form.set("contactpersoon", None)
        else:
            contact.ask("functie")
            contact.ask("email")
    form.ask("uren_per_maand", extra=True, words=words)
    form.ask("verantwoordelijkheden", extra=True, words=words)


def role_spec(session) -> ListSpec:
    return ListSpec("rollen", "rol", "rollen", fill_role,
                    lambda role: f"{party_name(session, role.get('partij'))}: {role.get('rol') or ''}".rstrip(": "))


def ask_roles(form: Form) -> None:
    session = form.session
    roles = form.sequence("rollen")
    if not session.editing and not session.draft.finished("rollen:begonnen"):
        have = {role.get("partij") for role in roles}
        for _, party_id in party_choices(session):
            if party_id not in have:
                item = CommentedMap()
                item["partij"] = party_id
                roles.append(item)
        session.draft.mark("rollen:begonnen")
        session.draft.mark("rollen:klaar")  # one role per party; more from the review screen
        session.draft.save()
    fill_list(form, role_spec(session))


PARTICIPATION_WHY = ("Welke activiteiten met bewoners doen jullie: wie doet het, wat levert het op, en wanneer? Over "
                     "zulke eerste stappen zijn goed concrete afspraken te maken (onderzoek §2.5.1).")


def fill_task(form: Form) -> None:
    session = form.session
    area = session.draft.data.get("gebied") or "de wijk"
    kind = form.node.get("soort")
    if "soort" not in form.node or session.editing:
        kind = form.ask("soort", choices=[(label, key) for key, label, _, _ in s.TASKS], other=True)
    suggested = next((text.format(gebied=area) for key, _, text, _ in s.TASKS if key == kind), None)
    form.ask("taak", suggestion=suggested if suggested else kind)
    form.ask("uitvoerder", suggestion=first_party_of(session, "initiatief"), required=True)
    form.ask("resultaat")
    form.ask("deadline")
    form.ask("middelen", extra=True)
    form.ask("verplichting", extra=True, suggestion="inspanning")
    likely = next((personal for key, _, _, personal in s.TASKS if key == kind), False)
    form.ask("persoonsgegevens", suggestion=likely)


def task_spec() -> ListSpec:
    return ListSpec("participatie", "activiteit", "activiteiten", fill_task,
                    lambda task: str(task.get("taak") or task.get("soort") or ""))


def ask_participation(form: Form) -> None:
    session = form.session
    if not session.editing and "participatie" not in form.node:
        form.ui.hint("Kies wat jullie van plan zijn; per activiteit volgen een paar vragen. Niets gekozen kan ook: "
                     "dan vul je het later aan.")
        picked = form.ui.checkbox("participatie", "Welke activiteiten met bewoners spreken jullie af?",
                                  [(label, key) for key, label, _, _ in s.TASKS] + [("anders, namelijk …", "anders")])
        tasks = form.sequence("participatie")
        for key in picked:
            item = CommentedMap()
            if key != "anders":  # 'anders': the next question asks what kind of activity it is
                item["soort"] = key
            tasks.append(item)
        session.draft.mark("participatie:klaar")
        session.draft.save()
    fill_list(form, task_spec())
    if any(task.get("persoonsgegevens") for task in form.node.get("participatie") or []):
        group = form.group("persoonsgegevens")
        group.ask("rol", suggestion="gezamenlijk")
        group.ask("toelichting", extra=True)


FUNDING_WHY = ("Per geldbron: hoeveel, van wanneer tot wanneer, en wat er gebeurt als het op is. Onzekerheid over "
               "vervolgfinanciering bedreigt de samenwerking (onderzoek §3.2.2).")
MUNICIPALITY = "gemeente"


def fill_funding(form: Form) -> None:
    session = form.session
    others = [(str(party.get("naam")), str(party.get("naam"))) for party in session.draft.data.get("partijen") or []
              if party.get("soort") not in ("gemeente", "initiatief") and party.get("naam")]
    source = form.ask("bron", choices=[("De gemeente", MUNICIPALITY)] + others, other=True)
    kind = form.ask("vorm", suggestion="subsidie" if source == MUNICIPALITY else "externe-subsidie")
    form.ask("ontvanger", required=True,
             suggestion=first_party_of(session, "gemeente" if kind == "uren" else "initiatief"))
    if kind == "uren":
        form.ask("uren")
    else:
        form.ask("bedrag")
    form.ask("van")
    form.ask("tot")
    form.ask("bestemming", extra=True)
    form.ask("voorwaarden", extra=True)
    form.ask("daarna", extra=True, choices=s.AFTERWARDS, other=True)


def funding_label(item: CommentedMap) -> str:
    size = f"{item.get('uren')} uur" if item.get("vorm") == "uren" else (
        shown(field_of(_funding_model(), "bedrag"), item.get("bedrag")) if item.get("bedrag") is not None else "")
    return " ".join(str(part) for part in (item.get("bron"), size) if part)


def _funding_model():
    from akkoord.answers.model import Funding

    return Funding


def funding_spec() -> ListSpec:
    return ListSpec("financiering", "geldbron", "geldbronnen", fill_funding, funding_label,
                    first="Is er geld of inzet in uren afgesproken?")


def ask_funding(form: Form) -> None:
    fill_list(form, funding_spec())

