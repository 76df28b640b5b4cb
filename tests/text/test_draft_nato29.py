"""NATO articles of heldout29 (29-22, 29-24), by class, in sentences of our own:

- the alliance's founding treaty named without the organisation ("signed the North Atlantic
  Treaty", "Atlantic pact") points at NATO, not a trans-Atlantic trade pact or an EU treaty;
- the treaty's signatories counted by their ministers ("The foreign ministers of ten nations
  signed the ... Treaty": ten yes), not a joint statement so signed;
- who must decide, told in the passive after a modal ("had to be taken by all thirty
  allies"), is no count of a decision taken;
- companions named by their office ("along with the heads of state of A, B and C") share the
  verb's stance.
"""

from __future__ import annotations

import datetime as dt

import pytest
from drafted_labels import labels_by_issue, needs_spacy

from concilium.errors import InputError
from concilium.text.counts import find_counts
from concilium.text.draft import draft_scenario


def _body_id(article: str) -> str | None:
    try:
        sc = draft_scenario(article, source="a.txt")
    except InputError:
        return None
    body = sc["body"]
    return body if isinstance(body, str) else body["id"]


# -- the founding treaty names the body ---------------------------------------------------


@pytest.mark.parametrize(
    "article",
    [
        (
            "Ten nations sign Atlantic pact in Ottawa\n\n"
            "OTTAWA, 4 April 1949 (Wire) - Canada and Norway on Monday signed the North Atlantic "
            "Treaty with eight other nations. Belgium signed it too."
        ),
        (
            "Ministers put names to North Atlantic Treaty\n\n"
            "WASHINGTON, 4 April 1949 (Wire) - Denmark signed the North Atlantic Treaty on "
            "Monday. Italy signed it an hour later."
        ),
    ],
)
def test_founding_treaty_names_nato(article):
    assert _body_id(article) == "nato"


@pytest.mark.parametrize(
    "article",
    [
        # a trade pact across the Atlantic is no alliance
        (
            "Trade deal signed\n\nBRUSSELS, 3 May 2019 (Wire) - The European Union on Friday "
            "signed a trans-Atlantic pact on steel with Canada. Spain backed it; ministers "
            "agreed on Thursday."
        ),
        # another treaty signed by a number of nations
        (
            "Six nations sign Rome treaty\n\nROME, 25 March 1957 (Wire) - The foreign "
            "ministers of six nations on Monday signed the Treaty of Rome. Belgium signed first."
        ),
    ],
)
def test_other_treaties_do_not_name_nato(article):
    assert _body_id(article) != "nato"


# -- counts -----------------------------------------------------------------------------


def test_treaty_signatories_counted_by_office():
    sentence = (
        "LISBON, 4 April 1949 (Wire) - The foreign ministers of ten nations on Monday signed "
        "the North Atlantic Treaty in the capital."
    )
    assert find_counts(sentence).as_dict().get("yes") == 10


@pytest.mark.parametrize(
    "sentence",
    [
        # a joint statement signed is no treaty
        "The foreign ministers of nine countries on Sunday signed a joint statement on the bid.",
        # leaders of nations that merely met
        "The leaders of ten nations met on Monday to discuss the treaty.",
    ],
)
def test_no_count_without_a_treaty_signed(sentence):
    assert not any(find_counts(sentence).as_dict().values())


@pytest.mark.parametrize(
    "sentence",
    [
        "The envoy said any decision on the request had to be taken by all thirty allies.",
        "A spokesman said the plan must be approved by all 27 governments first.",
        "Officials said the move would have to be agreed by all 16 allies.",
    ],
)
def test_who_must_decide_is_no_count(sentence):
    assert not any(find_counts(sentence).as_dict().values())


@pytest.mark.parametrize(
    ("sentence", "yes"),
    [
        # near misses: a decision taken by all is a count
        ("The decision was taken by all 30 allies on Tuesday.", 30),
        ("The plan was approved by all 27 governments on Friday.", 27),
    ],
)
def test_decision_taken_by_all_is_a_count(sentence, yes):
    assert find_counts(sentence).as_dict().get("yes") == yes


def test_who_must_decide_fills_no_member():
    # nine name themselves; "all thirty allies" is who must decide: no one else is filled
    article = (
        "Eastern allies back Kyiv's bid\n\n"
        "WARSAW, 2 October 2022 (Wire) - Poland, Romania and Slovakia on Sunday backed "
        "Ukraine's bid to join the alliance. NATO's chief said any decision on membership had "
        "to be taken by all thirty allies.\n"
    )
    sc = draft_scenario(article, source="a.txt", on=dt.date(2022, 10, 2), body="nato")
    drafted = {a for stances in labels_by_issue(sc).values() for a in stances}
    assert not drafted & {"BEL", "FRA", "DEU", "ITA", "ESP", "NLD"}


@pytest.mark.parametrize(
    ("sentence", "unanimous"),
    [
        ("The choice was unanimous.", True),
        ("The selection was unanimous, diplomats said.", True),
        # near misses: not unanimous; a choice said of something else
        ("The choice was not unanimous.", False),
        ("The choice was a difficult one for the sixteen.", False),
    ],
)
def test_choice_was_unanimous(sentence, unanimous):
    assert bool(find_counts(sentence).unanimous) is unanimous


# -- companions by office ---------------------------------------------------------------------


@needs_spacy
@pytest.mark.parametrize(
    "lead",
    [
        (
            "Poland's president backed Ukraine's bid to join the alliance on Sunday. He signed "
            "the joint statement along with the heads of state of Estonia, Latvia and Lithuania."
        ),
        (
            "Poland's president Jan Nowak signed the joint statement backing Ukraine's "
            "membership bid along with the heads of state of Estonia, Latvia and Lithuania."
        ),
    ],
)
def test_companions_named_by_office(lead):
    article = f"Leaders back Kyiv's bid\n\nVILNIUS, 2 October 2022 (Wire) - {lead}\n"
    sc = draft_scenario(
        article, source="a.txt", on=dt.date(2022, 10, 2), body="nato", engine="spacy"
    )
    drafted = {a: lab for stances in labels_by_issue(sc).values() for a, lab in stances.items()}
    assert {a: drafted.get(a) for a in ("POL", "EST", "LVA", "LTU")} == {
        "POL": "support",
        "EST": "support",
        "LVA": "support",
        "LTU": "support",
    }


@needs_spacy
def test_companions_office_without_names_adds_no_one():
    # near miss: the office with no state after it names no companion
    article = (
        "Leaders back Kyiv's bid\n\n"
        "VILNIUS, 2 October 2022 (Wire) - Poland's president Jan Nowak signed the joint "
        "statement backing Ukraine's membership bid along with the heads of state of the "
        "region. Estonia's president was away.\n"
    )
    sc = draft_scenario(
        article, source="a.txt", on=dt.date(2022, 10, 2), body="nato", engine="spacy"
    )
    drafted = {a: lab for stances in labels_by_issue(sc).values() for a, lab in stances.items()}
    assert drafted.get("POL") == "support"
    assert "EST" not in drafted


# -- the General Assembly: a state joining the UN, a candidacy presented, the presiding officer


def _assembly_labels(lead: str, more: str = "") -> dict[str, str]:
    article = (
        "Assembly admits new member\n\n"
        f"UNITED NATIONS, 12 September 2002 (Wire) - {lead}\n\n{more}\n"
    )
    sc = draft_scenario(
        article, source="a.txt", on=dt.date(2002, 9, 12), body="unga", engine="spacy"
    )
    return {a: lab for stances in labels_by_issue(sc).values() for a, lab in stances.items()}


@needs_spacy
def test_state_becoming_member_of_the_un_supports_its_admission():
    drafted = _assembly_labels(
        "Bhutan became the 192nd member of the United Nations on Thursday, when the General "
        "Assembly admitted it without a vote."
    )
    assert drafted.get("BTN") == "support"


@needs_spacy
def test_member_of_a_un_council_is_no_joining():
    # near miss: a seat on one of the UN's councils is no membership of the UN
    drafted = _assembly_labels(
        "The General Assembly on Thursday admitted Bhutan without a vote.",
        "Norway became a member of the UN Human Rights Council last year.",
    )
    assert "NOR" not in drafted


@needs_spacy
def test_candidacy_presented_is_support():
    drafted = _assembly_labels(
        "The General Assembly on Thursday admitted Bhutan without a vote.",
        "Indian Foreign Minister Raj Mehta presented the Bhutanese candidacy in the Assembly.",
    )
    assert drafted.get("IND") == "support"


@needs_spacy
@pytest.mark.parametrize(
    "more",
    [
        "The Assembly's new president, Polish diplomat Adam Nowicki, welcomed the decision.",
        "Adam Nowicki of Poland, the President of the General Assembly, welcomed the decision.",
    ],
)
def test_assembly_president_speaks_for_no_state(more):
    drafted = _assembly_labels("The General Assembly on Thursday admitted Bhutan.", more)
    assert "POL" not in drafted


@needs_spacy
def test_a_minister_not_presiding_still_speaks_for_the_state():
    # near miss: a state's minister beside the Assembly's president keeps the stance
    drafted = _assembly_labels(
        "The General Assembly on Thursday admitted Bhutan.",
        "Polish Foreign Minister Adam Nowicki welcomed the decision, as did the Assembly's "
        "president.",
    )
    assert drafted.get("POL") == "support"


@needs_spacy
def test_told_the_assembly_a_resolution_was_needed():
    drafted = _assembly_labels(
        "The General Assembly on Thursday adopted a resolution on river pollution by 120 votes "
        "to 4.",
        "Kenya told the Assembly before the vote that a resolution was needed to protect the "
        "rivers of the region.",
    )
    assert drafted.get("KEN") == "support"


@needs_spacy
@pytest.mark.parametrize(
    "more",
    [
        # near misses: not needed; something else needed
        "Kenya told the Assembly before the vote that a resolution was not needed at all.",
        "Kenya told the Assembly before the vote that more time was needed for the talks.",
    ],
)
def test_needed_near_misses(more):
    drafted = _assembly_labels(
        "The General Assembly on Thursday adopted a resolution on river pollution by 120 votes "
        "to 4.",
        more,
    )
    assert drafted.get("KEN") != "support"


def _motion_labels(who: str) -> dict[str, str]:
    article = (
        "Assembly puts off African Union's bid\n\n"
        "UNITED NATIONS, 3 May 2011 (Wire) - The General Assembly on Tuesday voted to put off a "
        "decision on giving the African Union a stronger voice in the Assembly. A motion to "
        f"adjourn the debate, {who} on behalf of its neighbours, was carried by 80 votes to 60, "
        "with 20 abstentions.\n"
    )
    sc = draft_scenario(article, source="a.txt", on=dt.date(2011, 5, 3), body="unga")
    issues = labels_by_issue(sc)
    assert len(issues) == 1, issues
    return next(iter(issues.values()))


@needs_spacy
def test_motion_put_forward_after_its_aim_is_the_movers():
    assert _motion_labels("put forward by Jamaica").get("JAM") == "support"


@needs_spacy
def test_motion_opposed_after_its_aim_is_no_mover():
    # near miss: opposing the motion is no moving it
    assert _motion_labels("opposed by Jamaica speaking").get("JAM") != "support"


# -- open -------------------------------------------------------------------------------------


@needs_spacy
# fixed in amend30 (was a strict xfail: open class: a state telling the signatories the treaty
# runs counter to the UN Charter (a memorandum, a relative clause under 'told') is not read as
# oppose (29-24 SUN))
def test_treaty_said_to_run_counter_to_the_charter():
    article = (
        "Ten nations sign Atlantic pact\n\n"
        "OTTAWA, 4 April 1949 (Wire) - Canada and Norway on Monday signed the North Atlantic "
        "Treaty. The Soviet Union told the signatories in a note last week that the treaty "
        "was directed against it and ran counter to the Charter of the United Nations.\n"
    )
    sc = draft_scenario(article, source="a.txt", engine="spacy")
    drafted = {a: lab for stances in labels_by_issue(sc).values() for a, lab in stances.items()}
    assert drafted.get("SUN") == "oppose"


def _nato_labels(lead: str, more: str) -> dict[str, str]:
    article = f"Allies weigh Kyiv's request\n\nBRUSSELS, 2 October 2022 (Wire) - {lead}\n\n{more}\n"
    sc = draft_scenario(
        article, source="a.txt", on=dt.date(2022, 10, 2), body="nato", engine="spacy"
    )
    return {a: lab for stances in labels_by_issue(sc).values() for a, lab in stances.items()}


@needs_spacy
def test_red_line_said_of_membership_is_oppose():
    drafted = _nato_labels(
        "Ukraine on Friday applied to join the alliance under a fast-track procedure.",
        "Moscow has long said that Ukrainian membership of the alliance is a red line the "
        "West must never cross.",
    )
    assert drafted.get("RUS") == "oppose"


@needs_spacy
@pytest.mark.xfail(
    strict=True,
    reason="open class: an idiom of refusal ('would not slam the door on any country that "
    "wanted to join') against a demand to close the door is not read as oppose (29-21 USA)",
)
def test_not_slamming_the_door_opposes_the_demand():
    drafted = _nato_labels(
        "The allies on Wednesday turned down Russia's demand that the alliance never admit "
        "Ukraine.",
        "A senior US envoy said Washington would not slam the door on any country that wanted "
        "to join.",
    )
    assert drafted.get("USA") == "oppose"
