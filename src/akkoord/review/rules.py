"""The rules of the document review that the catalogue names (`regel: document_...` in checks/controles).

Kept as data without imports: the catalogue validates its files when akkoord.checks is imported, and
that must not load the review (lxml) or import the checks package back. The review modules implement
each rule under the name given here; tests/test_review_catalogue.py checks that they do.
"""

from __future__ import annotations

#: rule name in the checks files -> the function that implements it, as "module.function" in akkoord.review
DOCUMENT_RULES: dict[str, str] = {
    "document_effort_without_measure": "commitment.effort_without_measure",
    "document_group_without_legal_capacity": "provisions.legal_capacity",
    "document_io_without_non_binding_article": "provisions.non_binding_article",
    "document_no_public_law_reservation": "provisions.public_law",
    "document_term_without_end": "provisions.term",
    "document_no_disputes": "provisions.disputes",
    "document_no_applicable_law": "provisions.applicable_law",
    "document_no_openness": "provisions.openness",
}
