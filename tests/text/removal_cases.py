"""Sentences about removing a veto or one's support, shared by the rule and spaCy tests."""

from __future__ import annotations

# Removing what stands in the way is support; removing one's backing is opposition.  Each
# expected label is what the sentence says: an actor that lifts its own veto no longer
# opposes, one that withdraws its support no longer supports (sentences written for this test).
REMOVALS = [
    ("Turkey withdrew its objection to the accession.", {("TUR", "support")}),
    ("Hungary lifted its hold on the package.", {("HUN", "support")}),
    ("Austria dropped the veto it had cast in December.", {("AUT", "support")}),
    ("Poland withdrew its veto threat.", {("POL", "support")}),
    ("Slovakia gave up its reservations about the deal.", {("SVK", "support")}),
    ("Orbán lifts veto on aid package", {("HUN", "support")}),  # headline style
    ("The veto was lifted by Hungary.", {("HUN", "support")}),
    ("After weeks of talks, Sweden ended its blockade of the agreement.", {("SWE", "support")}),
    # Objections named as resistance, misgivings or qualms (sentences written for this test).
    (
        "Czechia and Hungary dropped their resistance to the target.",
        {("CZE", "support"), ("HUN", "support")},
    ),
    ("Slovenia set aside its misgivings about the plan.", {("SVN", "support")}),
    ("Malta overcame its qualms and joined the consensus.", {("MLT", "support")}),
    ("The Netherlands withdrew its backing for the plan.", {("NLD", "oppose")}),
    ("Italy dropped its support for the deal.", {("ITA", "oppose")}),
    ("France pulled its support for the resolution on Monday.", {("FRA", "oppose")}),
]
