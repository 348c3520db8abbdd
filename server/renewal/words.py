"""Problem codes and proof states in the words a person reads in an export."""

from __future__ import annotations

from collections.abc import Sequence

from server.renewal.hours import PROOF_WORDS, Proof

PROBLEM_WORDS = {
    "missing:course_title": "course title missing",
    "missing:provider": "provider missing",
    "missing:completion_date": "completion date missing",
    "missing:hours": "CEC hours missing",
    "missing:holder_name": "name on certificate missing",
    "missing:document": "no certificate file",
    "name_mismatch": "name differs from the IICRC profile",
    "date_in_future": "completion date in the future",
    "outside_cycle": "outside the current cycle",
    "follow_up": "follow up with the renewals team",
    "duplicate": "looks like a duplicate",
    "approval_unverified": "IICRC approval not verified",
}

# The problems that keep hours from counting, in the order they are told.
_BLOCKING = ("missing:", "name_mismatch", "duplicate")


def problems_text(problems: Sequence[str]) -> str:
    return "; ".join(PROBLEM_WORDS.get(code, code) for code in problems)


def proof_text(state: Proof, problems: Sequence[str], rejected: bool = False) -> str:
    """'Documented', 'Waiting for review', or 'Missing proof: no certificate file'."""
    words = PROOF_WORDS[state]
    if state != "missing_proof":
        return words
    why = [PROBLEM_WORDS[p] for p in problems if p.startswith(_BLOCKING) and p in PROBLEM_WORDS]
    if rejected:
        why.insert(0, "rejected by the IICRC")
    return f"{words}: {', '.join(why)}" if why else words
