"""Errors found by ingesting hand-written articles through the CLI (session 4), each with
phrasings of its own and traps that must not change."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.extract_support import claim_row
from tracker.domain.claims import Claim
from tracker.domain.documents import Document
from tracker.extract import default_extractor
from tracker.extract.text import split_clauses

# an article of 11 November 2026: September and the third quarter are over, March is ahead
PUBLISHED = datetime(2026, 11, 11, 9, 0, tzinfo=UTC)


def extract(text: str, title: str = "", tier: str = "press") -> list[Claim]:
    doc = Document(
        document_id="t", text=text, published=PUBLISHED, language="en", title=title, tier=tier
    )
    return default_extractor([]).extract(doc)


def rows(text: str, title: str = "") -> list[tuple[object, ...]]:
    """(subject, predicate, low, modality, (kind, start, end)) of each claim."""
    out = []
    for c in extract(text, title):
        row = claim_row(c)
        out.append((row[0], row[1], row[4][0] if row[4] else None, row[5], row[6]))
    return out


# -- "by <a day already over>" with a verb in the past is the state on that day ----------


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("By September 30, CoreWeave had 250,000 GPUs online.", "2026-09-30"),
        ("By September 30, 2026, CoreWeave had 250,000 GPUs online.", "2026-09-30"),
        ("By the end of September, CoreWeave was running 250,000 GPUs.", "2026-09-30"),
        ("CoreWeave was running 250,000 GPUs by the end of June.", "2026-06-30"),
        ("By the end of the third quarter, CoreWeave operated 250,000 GPUs.", "2026-09-30"),
        ("CoreWeave reached 250,000 GPUs by the end of the third quarter.", "2026-09-30"),
    ],
)
def test_a_by_date_in_the_past_tense_is_the_state_on_that_day(sentence: str, day: str) -> None:
    """Before, a day with no year already past rolled a year on and made the sentence a
    plan ("By September 30, CoreWeave had …" -> planned by 2027-09-30)."""
    assert rows(sentence) == [
        ("coreweave", "deployed_chips", 250000.0, "actual", ("point", day, day))
    ]


@pytest.mark.parametrize(
    ("sentence", "modality"),
    [
        ("CoreWeave will run 250,000 GPUs by the end of March.", "planned"),
        ("CoreWeave said it would have 250,000 GPUs by the end of March.", "planned"),
        ("By March, CoreWeave had planned to run 250,000 GPUs.", "planned"),
        ("CoreWeave was expected to reach 250,000 GPUs by the end of March.", "forecast"),
    ],
)
def test_a_by_date_of_a_plan_or_a_forecast_stays_a_deadline_ahead(
    sentence: str, modality: str
) -> None:
    assert rows(sentence) == [
        (
            "coreweave",
            "deployed_chips",
            250000.0,
            modality,
            ("deadline", "2026-11-11", "2027-03-31"),
        )
    ]


# -- "ended the quarter / finished the year with" -------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("CoreWeave ended the quarter with 250,000 GPUs.", "2026-09-30"),
        ("CoreWeave exited the quarter with roughly 250,000 GPUs in service.", "2026-09-30"),
        ("CoreWeave finished the year with 250,000 GPUs in service.", "2025-12-31"),
        ("CoreWeave ended the year with 250,000 GPUs, up from 90,000.", "2025-12-31"),
        ("CoreWeave ended September with 250,000 GPUs.", "2026-09-30"),
        ("CoreWeave exited 2025 with 250,000 GPUs.", "2025-12-31"),
    ],
)
def test_ending_a_period_with_a_fleet_is_the_fleet_at_the_last_such_period_end(
    sentence: str, day: str
) -> None:
    """A period not yet over, after a past verb, is the last one that is: "finished the
    year" in November is last year's end, not a plan for this December."""
    assert rows(sentence)[:1] == [
        ("coreweave", "deployed_chips", 250000.0, "actual", ("point", day, day))
    ]


def test_had_is_a_fleet_verb_as_has_is() -> None:
    assert rows("CoreWeave had 250,000 GPUs at the time of the filing.") == [
        ("coreweave", "deployed_chips", 250000.0, "actual", ("point", "2026-11-11", "2026-11-11"))
    ]


def test_expecting_to_be_north_of_a_count_is_a_plan_for_the_fleet() -> None:
    assert rows("CoreWeave expects to be north of 500,000 GPUs by the end of 2027.") == [
        (
            "coreweave",
            "deployed_chips",
            500000.0,
            "planned",
            ("deadline", "2026-11-11", "2027-12-31"),
        )
    ]


# -- a press story that reproduces a company's call: "we" is that company -------------------

CALL = (
    "Operator: Our next question comes from Dana Whitfield with Harbor Securities.\n\n"
    "Michael Intrator, CEO: Sure. We ended the quarter with 250,000 GPUs across 33 data "
    "centers.\n\n"
    "Dana Whitfield: And next year?\n\n"
    "Michael Intrator: We expect to be north of 500,000 GPUs by the end of 2027."
)


@pytest.mark.parametrize(
    "title",
    [
        "CoreWeave Q3 call: capacity, contracts and a cautious guide",
        "CoreWeave earnings call transcript (third quarter)",
        "Highlights from the CoreWeave results call",
    ],
)
def test_we_in_a_story_headed_as_a_companys_call_is_that_company(title: str) -> None:
    assert [(r[0], r[2], r[3]) for r in rows(CALL, title)] == [
        ("coreweave", 250000.0, "actual"),
        ("coreweave", 500000.0, "planned"),
    ]


@pytest.mark.parametrize(
    "title",
    [
        "The week in AI hardware",  # no call named
        "CoreWeave and Nebius calls: who guided higher",  # two companies: whose "we"?
        "Nvidia shares rise after CoreWeave call",
    ],
)
def test_we_stays_unresolved_without_one_companys_call_in_the_header(title: str) -> None:
    assert rows(CALL, title) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Meta had roughly 600,000 H100-equivalents of compute a year ago.",
        "Meta had some 600,000 H100 equivalents by the end of 2024.",
        "The fleet runs 600,000 GB200-equivalent units.",
    ],
)
def test_a_count_in_one_chips_terms_is_no_fleet(sentence: str) -> None:
    assert [r for r in rows(sentence) if r[1] == "deployed_chips"] == []


def test_a_count_of_chips_beside_an_equivalent_measure_is_still_a_fleet() -> None:
    text = "Meta was running roughly 350,000 H100s, inside a fleet worth 600,000 H100-equivalents."
    assert [r[2] for r in rows(text)] == [350000.0]


# -- Korean ---------------------------------------------------------------------------------

KO_PUBLISHED = datetime(2026, 11, 27, 0, 0, tzinfo=UTC)


def ko_rows(text: str) -> list[tuple[object, ...]]:
    doc = Document(document_id="t", text=text, published=KO_PUBLISHED, language="ko")
    out = []
    for c in default_extractor([]).extract(doc):
        row = claim_row(c)
        out.append((row[0], row[1], row[3], row[4][0] if row[4] else None, row[5], row[6]))
    return out


@pytest.mark.parametrize(
    "sentence",
    [
        "TSMC의 CoWoS 월 생산능력은 올해 말 7만5천 장에서 내년 말 11만 장으로 늘어날 전망이다.",
        "TSMC의 CoWoS 월 생산능력이 올해 말 7만5천 장 수준에서 내년 말 11만 장까지 늘어날 것으로 "
        "전망했다.",
        "TSMC의 CoWoS 월 생산능력은 올해 말 7만5000장에서 2027년 말 11만 장으로 확대될 전망이다.",
    ],
)
def test_a_change_between_two_dated_levels_gives_both_levels(sentence: str) -> None:
    """ "A에서 B로" drops A as the old value replaced, unless a time between them dates B:
    then A is the level of its own time (GUIDE: each value with its own time)."""
    assert [(r[3], r[4], r[5]) for r in ko_rows(sentence)] == [
        (75000.0, "forecast", ("point", "2026-12-31", "2026-12-31")),
        (110000.0, "forecast", ("point", "2027-12-31", "2027-12-31")),
    ]


def test_the_old_value_of_a_change_with_no_time_between_stays_dropped() -> None:
    text = "TSMC의 CoWoS 월 생산능력은 월 9만 5000장에서 월 11만 장으로 늘어날 전망이다."
    assert [r[3] for r in ko_rows(text)] == [110000.0]


@pytest.mark.parametrize(
    "sentence",
    [
        "아이언우드는 9,216개 칩을 하나의 파드로 묶을 수 있다.",
        "아이언우드는 파드 하나에 최대 9216개의 칩을 연결한다.",
        "아이언우드 슈퍼파드 하나는 칩 9216개로 구성된다.",
    ],
)
def test_pa_deu_is_a_pod_as_po_deu_is(sentence: str) -> None:
    """Korean press spells "pod" both 포드 and 파드."""
    assert [(r[0], r[1], r[3]) for r in ko_rows(sentence)] == [
        ("ironwood", "chips_per_system", 9216.0)
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "구글은 7세대 TPU 아이언우드를 외부 고객에게도 공급하기로 했다.",
        "구글은 아이언우드를 다른 고객사에도 공급한다.",
        "구글은 아이언우드를 클라우드 고객들에게만 공급한다.",
    ],
)
def test_a_deal_with_customers_unnamed_takes_no_customer_from_an_earlier_sentence(
    sentence: str,
) -> None:
    before = '보고서는 "브로드컴과 AMD가 뒤를 잇는다"고 분석했다. '
    assert [r for r in ko_rows(before + sentence) if r[1] == "supply_deal"] == []


# -- ", and <Name> <verb>" opens a statement of its own --------------------------------------


def en_rows(text: str) -> list[tuple[object, ...]]:
    return [(r[0], r[1], r[3]) for r in (claim_row(c) for c in extract(text))]


@pytest.mark.parametrize(
    "sentence",
    [
        "Microsoft's Fairwater site went live with GB200s, and Oracle is weighing AMD's MI450.",
        "Microsoft went live with GB200s, and Oracle is reportedly weighing AMD's MI450.",
        "Microsoft deployed GB200s last year, and Oracle is weighing the MI450.",
    ],
)
def test_a_second_statement_with_its_own_named_subject_keeps_its_subject_and_cue(
    sentence: str,
) -> None:
    """Before, Microsoft took Oracle's MI450, and the first clause took "weighing"."""
    found = extract(sentence)
    assert [(c.subject, c.object) for c in found if c.object == "mi450"] == [("oracle", "mi450")]
    assert [c.modality for c in found if c.subject == "microsoft"] in ([], ["actual"])
    assert len(split_clauses(sentence, "en")) == 2


def test_two_named_fleets_joined_by_and_stay_apart() -> None:
    text = "Microsoft deployed 100,000 GB200s, and Meta has 350,000 H100s."
    assert [(c.subject, c.qualifiers) for c in extract(text)] == [
        ("microsoft", {"chip": "gb200"}),
        ("meta", {"chip": "h100"}),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        # the last name of a list of subjects
        "Microsoft, Google, and Amazon have each deployed 10,000 GB200s.",
        # a word of the second part points back into the first
        "Project Rainier runs about 500,000 Trainium2 chips, and AWS expects it to top one "
        "million of the chips by the end of the year.",
        "Trainium4 is set to integrate NVLink Fusion, and AWS will build the systems on MGX racks.",
    ],
)
def test_and_before_a_name_that_continues_the_first_statement_is_not_cut(sentence: str) -> None:
    assert len(split_clauses(sentence, "en")) == 1


# -- a deal's size is no fleet; a correction's wrong figure is no claim ----------------------

SITE = "Microsoft's Fairwater site in Atlanta went live with GB200s.\n\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "The deal covers up to 1 million TPUs over several years.",
        "The agreement includes as many as 400,000 GB300 chips.",
        "The multiyear contract calls for 150,000 MI450s.",
    ],
)
def test_a_deals_count_does_not_become_the_fleet_of_the_site_in_focus(sentence: str) -> None:
    assert [c.subject for c in extract(SITE + sentence) if c.predicate == "deployed_chips"] == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Correction: last week's issue said Anthropic would use up to 1 million Google TPUs.",
        "An earlier story said Anthropic would use up to 1 million Google TPUs.",
        "We previously reported that Anthropic would use up to 1 million Google TPUs.",
    ],
)
def test_what_an_earlier_issue_said_in_a_correction_is_no_claim(sentence: str) -> None:
    assert extract(sentence) == []


# -- "up from <figure> <time>": the earlier fleet, at its own time ---------------------------


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        (
            "Project Rainier will hold roughly a million Trainium2 chips by year-end, up from "
            "about 500,000 when it opened in October 2025.",
            "2025-10-31",
        ),
        (
            "Project Rainier ended 2025 with 1 million Trainium2 chips, up from 500,000 at the end "
            "of 2024.",
            "2024-12-31",
        ),
        (
            "Project Rainier now runs 1 million Trainium2 chips, from 500,000 in March 2025.",
            "2025-03-31",
        ),
    ],
)
def test_an_earlier_figure_with_a_time_of_its_own_is_the_fleet_then(
    sentence: str, day: str
) -> None:
    found = [claim_row(c) for c in extract(sentence)]
    assert [(r[0], r[2], r[4][0], r[5], r[6][2]) for r in found][1:] == [
        ("project-rainier", {"chip": "trainium2"}, 500000.0, "actual", day)
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Project Rainier now runs 1 million Trainium2 chips, up from 500,000.",
        "Project Rainier will run 1 million Trainium2 chips, up from 500,000 by next year.",
    ],
)
def test_an_earlier_figure_with_no_past_time_is_only_the_old_value(sentence: str) -> None:
    assert [claim_row(c)[4][0] for c in extract(sentence)] == [1000000.0]


@pytest.mark.parametrize(
    "sentence",
    [
        "xAI wants 550,000 GB300s in Colossus 2.",
        "xAI wants to have 550,000 GB300s in Colossus 2.",
    ],
)
def test_wanting_a_fleet_is_a_plan_for_it(sentence: str) -> None:
    assert [(c.subject, c.modality) for c in extract(sentence)] == [("colossus-2", "planned")]


def test_a_wish_joined_to_a_fact_by_and_does_not_become_a_fact() -> None:
    text = (
        "xAI says Colossus 2 is now drawing power for its first 110,000 GB200s, and Musk wants "
        "550,000 GB300s there within months."
    )
    assert [
        (c.qualifiers, c.modality) for c in extract(text) if c.predicate == "deployed_chips"
    ] == [({"chip": "gb200"}, "actual")]


# -- plain-text tables aligned with spaces ------------------------------------------------

ALIGNED = (
    "Our spec sheet, from the vendors' own numbers:\n\n"
    "Chip          Maker    Status    Memory         Bandwidth (TB/s)\n"
    "B300          Nvidia   shipping  288 GB HBM3E   8.0\n"
    "MI450         AMD      H2 2027   432 GB HBM4    19.6\n"
    "Trainium3     AWS      GA        144 GB HBM3E   4.9\n"
)


def test_a_table_aligned_with_spaces_is_read_row_by_row() -> None:
    found = {(c.subject, c.predicate): (claim_row(c)[4][0], c.modality) for c in extract(ALIGNED)}
    assert found == {
        ("b300", "memory_capacity"): (2.88e11, "actual"),
        ("b300", "memory_bandwidth"): (8e12, "actual"),
        # a row dated ahead is a product not out yet
        ("mi450", "memory_capacity"): (4.32e11, "announced"),
        ("mi450", "memory_bandwidth"): (1.96e13, "announced"),
        ("trainium3", "memory_capacity"): (1.44e11, "actual"),
        ("trainium3", "memory_bandwidth"): (4.9e12, "actual"),
    }


@pytest.mark.parametrize(
    "line",
    [
        "Nvidia shipped the B300.  AMD shipped the MI355X.  Both carry 288 GB of HBM3E.",
        "B300  288 GB",  # two cells: no table
        "The B300 carries 288 GB of HBM3E  and runs at  8 TB/s in every configuration we tried, "
        "which is a long cell",
    ],
)
def test_prose_with_double_spaces_is_no_table(line: str) -> None:
    from tracker.extract.tables import split_cells

    assert split_cells(line) is None


# -- a share price is never an investment --------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Nvidia gained 2.4% to $186.52 a day after it committed up to $10 billion to Anthropic.",
        "Nvidia shares rose to $186.52 after it committed up to $10 billion to Anthropic.",
        "Nvidia stock closed at $190 after it committed up to $10 billion to Anthropic.",
        "Nvidia, at $186, committed up to $10 billion to Anthropic.",
    ],
)
def test_a_share_price_beside_a_stake_is_no_investment(sentence: str) -> None:
    assert [claim_row(c)[4][0] for c in extract(sentence) if c.predicate == "investment"] == [1e10]


# -- the time of a telling dates no state ----------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        (
            "CoreWeave ended 2025 with roughly 250,000 GPUs, the company told investors in "
            "January.",
            "2025-12-31",
        ),
        (
            "CoreWeave runs 250,000 GPUs, people familiar with the matter said in October.",
            "2026-11-11",
        ),
        ("CoreWeave runs 250,000 GPUs, it disclosed in a September filing.", "2026-11-11"),
    ],
)
def test_when_a_figure_was_told_does_not_date_it(sentence: str, day: str) -> None:
    assert [claim_row(c)[6] for c in extract(sentence)] == [("point", day, day)]


def test_a_time_that_is_not_a_telling_still_dates_the_figure() -> None:
    text = "CoreWeave had 250,000 GPUs in service in September, the company said."
    assert [claim_row(c)[6][1] for c in extract(text)] == ["2026-09-01"]


# -- who "we" is in a company's own text ------------------------------------------------------


def own(text: str, title: str, tier: str) -> list[tuple[str, str]]:
    return [(c.subject, c.predicate) for c in extract(text, title=title, tier=tier)]


def test_a_company_blog_titled_with_its_name_speaks_for_it() -> None:
    text = "Every quarter we share where our infrastructure stands.\n\nToday we run 60,000 GPUs."
    assert own(text, "Scaling the Together AI cloud: an update", "company") == [
        ("together-ai", "deployed_chips")
    ]
    # a press story with the same title is no company's own text
    assert own(text, "Scaling the Together AI cloud: an update", "press") == []


@pytest.mark.parametrize(
    "title",
    [
        "Oracle Q2 FY26 earnings call: edited excerpt",
        "Oracle, Form 10-Q for the quarter ended November 30",
    ],
)
def test_a_title_that_names_the_companys_call_or_filing_beats_the_votes_of_what_we_own(
    title: str,
) -> None:
    """ "our GB200 fleet" votes for Nvidia (the chip's maker); the title says it is Oracle's."""
    text = (
        "Our GB200 fleet keeps growing.\n\n"
        "We said we'd deploy 50,000 MI450 GPUs starting in the third quarter of 2027."
    )
    assert ("oracle", "deployed_chips") in own(text, title, "company")
    assert ("nvidia", "deployed_chips") not in own(text, title, "company")


def test_a_filing_that_defines_we_after_a_name_with_a_comma_inc() -> None:
    text = (
        'Lambda, Inc. ("Lambda," "we," or the "Company") operates a cloud platform. Our fleet '
        "consists of approximately 38,000 NVIDIA GPUs."
    )
    rows = [claim_row(c) for c in extract(text, tier="filing")]
    assert [(r[0], r[4][0]) for r in rows] == [("lambda", 38000.0)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Our Series B, led by General Catalyst with participation from Nvidia, raised $305 "
        "million.",
        "Together AI raised $305 million in a round co-led by Nvidia and Kleiner Perkins.",
    ],
)
def test_a_rounds_total_is_no_participants_stake(sentence: str) -> None:
    found = extract(sentence, title="The Together AI blog", tier="company")
    assert [c for c in found if c.predicate == "investment"] == []


def test_money_raised_from_one_investor_is_still_its_stake() -> None:
    found = extract("Together AI raised $305 million from Nvidia.")
    assert [(c.subject, c.qualifiers) for c in found] == [("nvidia", {"target": "together-ai"})]


# -- a list's lead governs its items; a sentence inside an item leads nothing ----------------


def test_a_guess_inside_one_bullet_does_not_make_the_next_bullets_forecasts() -> None:
    text = (
        "Lots to get through this week.\n\n"
        "• Meta switched on Prometheus. We'd guess it holds more than they say, but it's a "
        "guess.\n"
        "• Project Rainier runs about one million Trainium2 chips, per AWS.\n"
        "• Trainium3 UltraServers now ship with 144 chips each."
    )
    assert [(c.subject, c.modality) for c in extract(text)] == [
        ("project-rainier", "actual"),
        ("trainium3", "actual"),
    ]


# -- Korean: a correction note, and systems counted beside chips -----------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "※ 본지 7월 9일자 '메타 하이페리온에 GB300 60만 개' 기사의 수치는 이 기사로 바로잡습니다.",
        "※ 어제 '콜로서스 2에 GB200 55만 개' 기사를 바로잡습니다.",
    ],
)
def test_a_correction_note_quoting_the_old_headline_is_no_claim(sentence: str) -> None:
    assert ko_rows(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "카카오는 엔비디아 B200 GPU 2,048개와 GB200 NVL72 랙 4대를 도입한다.",
        "투자내용: AI 데이터센터 GPU 서버 도입 (엔비디아 B200 GPU 2,048개 및 GB200 NVL72 랙 4대)",
    ],
)
def test_chips_bought_beside_a_count_of_racks_are_not_one_racks_fill(sentence: str) -> None:
    assert [r for r in ko_rows(sentence) if r[1] == "chips_per_system"] == []


def test_a_racks_own_fill_is_still_read() -> None:
    assert [(r[0], r[3]) for r in ko_rows("GB200 NVL72 랙 하나에는 GPU 72개가 들어간다.")] == [
        ("gb200", 72.0)
    ]


@pytest.mark.parametrize(
    "opening",
    ["As of March 31, 2026,", "At the end of March 2026,"],
)
def test_a_time_opening_the_sentence_dates_each_figure_after_it(opening: str) -> None:
    text = (
        f"{opening} CoreWeave ran approximately 38,000 GPUs, including approximately 12,000 "
        "B200 GPUs and approximately 4,000 GB300 GPUs."
    )
    assert [claim_row(c)[6][2] for c in extract(text)] == ["2026-03-31"] * 3


def test_a_later_figure_with_a_time_of_its_own_keeps_it() -> None:
    text = (
        "As of March 31, 2026, CoreWeave ran approximately 38,000 GPUs and expects to run "
        "100,000 by the end of 2027."
    )
    assert [claim_row(c)[6][2] for c in extract(text)] == ["2026-03-31", "2027-12-31"]


@pytest.mark.parametrize(
    "sentence",
    [
        "SK hynix ships HBM4 to Nvidia for Rubin; its twelve-high stacks, at 36 GB apiece, "
        "yield better.",
        "SK hynix ships HBM4 for Rubin in twelve-high stacks of 36 GB each.",
        "Rubin carries 288 GB of HBM4 in eight stacks of 36 GB.",
    ],
)
def test_a_figure_of_one_stack_is_no_chips_memory(sentence: str) -> None:
    found = [claim_row(c)[4][0] for c in extract(sentence) if c.predicate == "memory_capacity"]
    assert found in ([], [2.88e11])


def ko_doc(text: str, title: str) -> list[tuple[str, str, str | None, str | None]]:
    doc = Document(document_id="t", text=text, published=KO_PUBLISHED, language="ko", title=title)
    return [
        (c.subject, c.predicate, c.object, c.qualifiers.get("product"))
        for c in default_extractor([]).extract(doc)
        if c.predicate == "supply_deal"
    ]


@pytest.mark.parametrize(
    "title",
    ['[콜 노트] SK하이닉스 "HBM4 물량 매주 늘어"', "SK하이닉스 3분기 실적 컨퍼런스콜 문답"],
)
def test_a_call_note_speaks_for_the_company_whose_call_it_is(title: str) -> None:
    text = (
        "질의응답 가운데 HBM 부분을 옮긴다.\n\n"
        "Q. 엔비디아 말고 다른 고객은.\n"
        "A. 구글 TPU용으로 HBM3E 12단을 공급하고 있고요, 다른 고객과도 협의하고 있습니다."
    )
    assert ko_doc(text, title) == [("google", "supply_deal", "sk-hynix", "hbm3e")]


def test_a_spoken_clause_ending_in_go_yo_ends_its_clause() -> None:
    text = "구글 TPU용으로 HBM3E를 공급하고 있고요, 마이크로소프트 마이아 200에도 쓰입니다."
    assert len(split_clauses(text, "ko")) == 2


@pytest.mark.parametrize(
    "tail",
    [
        "with the full complement due by the end of 2027",
        "with the last of them installed by the end of 2027",
        "with the rest expected online by the end of 2027",
    ],
)
def test_an_absolute_phrase_about_the_whole_count_times_it(tail: str) -> None:
    text = f"Nscale will install 23,040 GB300 GPUs at its Loughton site, {tail}."
    assert [claim_row(c)[6] for c in extract(text)] == [("deadline", "2026-11-11", "2027-12-31")]


def test_an_absolute_phrase_with_a_figure_of_its_own_keeps_its_time() -> None:
    text = "Nscale will install 23,040 GB300 GPUs, with 10,000 more due by the end of 2027."
    assert claim_row(extract(text)[0])[6] == ("point", "2026-11-11", "2026-11-11")


# -- "the Company" of a release or filing -------------------------------------------------


@pytest.mark.parametrize(
    "opening",
    [
        'Nebius Group N.V. ("Nebius" or "the Company") today announced results.',
        'Nebius Group N.V. (the "Company") today announced results.',
        "Nebius today announced results.",
    ],
)
def test_the_company_capitalized_as_releases_write_it_is_the_issuer(opening: str) -> None:
    text = (
        f"{opening}\n\nHighlights\n- The Company now operates more than 60,000 GPUs.\n\n"
        "The Company expects to have more than 150,000 GPUs in service by the end of 2027."
    )
    found = [(c.subject, claim_row(c)[4][0], c.modality) for c in extract(text, tier="company")]
    assert found == [("nebius", 60000.0, "actual"), ("nebius", 150000.0, "planned")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Nebius has signed a five-year agreement with Microsoft, under which Microsoft will use "
        "dedicated GB300 capacity in New Jersey.",
        "Nebius signed a contract with Microsoft under which Microsoft can access GB300 capacity.",
        "Nebius signed a deal with Microsoft under the agreement Microsoft will rent GB300 "
        "capacity.",
    ],
)
def test_the_user_named_by_a_deals_terms_is_its_customer(sentence: str) -> None:
    assert [(c.subject, c.object) for c in extract(sentence) if c.predicate == "supply_deal"] == [
        ("microsoft", "nebius")
    ]


# -- what a site or fleet is meant to hold is a plan (session 5) ------------------------------

MEANT = [
    ("Its sibling, Colossus 2, is meant to hold 550,000 GB300 chips.", "planned"),
    ("Stargate is supposed to run 400,000 GB200 GPUs.", "planned"),
    ("Colossus 2 holds 550,000 GB300 chips.", "actual"),
]


@pytest.mark.parametrize(("text", "modality"), MEANT)
def test_what_a_site_is_meant_or_supposed_to_hold_is_planned(text: str, modality: str) -> None:
    assert [modality] == [r[3] for r in rows(text) if r[1] == "deployed_chips"]
