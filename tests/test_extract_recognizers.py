"""Recognizers of the rule extractor: entities, quantities, time, modality, splitting."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tracker.errors import ExtractionError
from tracker.extract import load_vocabulary
from tracker.extract.entities import EntityMatcher
from tracker.extract.modality import ModalityCues
from tracker.extract.quantities import QuantityRecognizer
from tracker.extract.text import guess_language, split_clauses, split_sentences
from tracker.extract.timex import TimeRecognizer

VOCAB = load_vocabulary()
ENTITIES = EntityMatcher(VOCAB)
QUANTITIES = QuantityRecognizer(VOCAB)
TIMES = TimeRecognizer()
CUES = ModalityCues(VOCAB)
PUBLISHED = date(2025, 12, 19)


def ids(text: str) -> list[str]:
    return [m.id for m in ENTITIES.find(text)]


# -- entities ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("메타는 TPU 도입을 검토한다", ["meta", "google-tpu"]),
        ("메타도 구글과 협상 중이다", ["meta", "google"]),
        ("아마존웹서비스(AWS)가 발표했다", ["aws", "aws"]),
        ("Amazon Web Services and Amazon", ["aws", "amazon"]),
        ("트레이니움2와 트레이니움", ["trainium2", "trainium"]),
        ("7세대 TPU 아이언우드", ["ironwood", "ironwood"]),
        ("Google's TPUv7 Ironwood", ["google", "ironwood", "ironwood"]),
        ("NV링크 퓨전과 NV링크", ["nvlink-fusion", "nvlink"]),
        ("TSMC의 CoWoS", ["tsmc", "cowos"]),
        ("Project Rainier in Indiana", ["project-rainier", "place-indiana"]),
        ("엔비디아·구글·AWS 등", ["nvidia", "google", "aws"]),
    ],
)
def test_entities_match_aliases_with_particles(text: str, expected: list[str]) -> None:
    assert expected == ids(text)


@pytest.mark.parametrize(
    "trap",
    [
        "메타버스 플랫폼이 성장했다",
        "메타데이터를 정리했다",
        "메타분석 결과",
        "구글링으로 찾았다",
        "LAWSON convenience stores",
        "LAWS of physics",
        "Metaculus forecasters",
        "metadata and the metaverse",
        "the Amazon river basin",
        "아마존 강 유역",
        "Mount Rainier is a volcano",
        "인텔리전스 보고서",
        "애플리케이션 개발",
        "드라마 제작",
        "response time of 5 ms",
        "laptops and tpus-like words",
    ],
)
def test_entity_traps_do_not_match(trap: str) -> None:
    assert ids(trap) == []


def test_blackwell_ultra_is_not_blackwell() -> None:
    # Blackwell Ultra is the B300 (vocabulary 10); a variant with no name of its own is
    # named as a variant, so that no rule falls back to the Blackwell in focus
    assert ids("Blackwell Ultra ships later this year") == ["b300"]
    assert ids("Blackwell Max ships later this year") == ["blackwell+variant"]


# -- quantities ----------------------------------------------------------------------------


def one(text: str) -> tuple[float, float, str, bool, str]:
    found = [q for q in QUANTITIES.find(text) if q.unit]
    assert len(found) == 1, found
    q = found[0]
    return (q.low, q.high, q.unit, q.approx, q.bound)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("약 50만 개", (5e5, 5e5, "count", True, "exact")),
        ("월 7만 5000장", (75000, 75000, "wafer/month", False, "exact")),
        ("월 9만~10만 장 이상", (90000, 100000, "wafer/month", False, "at-least")),
        ("110억 달러", (1.1e10, 1.1e10, "USD", False, "exact")),
        ("1조 2000억 원", (1.2e12, 1.2e12, "KRW", False, "exact")),
        ("최대 100만 개분", (1e6, 1e6, "count", False, "at-most")),
        ("4.6 페타플롭스", (4.6e15, 4.6e15, "FLOP/s", False, "exact")),
        ("192GB", (1.92e11, 1.92e11, "B", False, "exact")),
        ("7.4TB/s", (7.4e12, 7.4e12, "B/s", False, "exact")),
        ("초당 1.8TB", (1.8e12, 1.8e12, "B/s", False, "exact")),
        ("$11bn", (1.1e10, 1.1e10, "USD", False, "exact")),
        ("about $8 billion", (8e9, 8e9, "USD", True, "exact")),
        ("half a million chips", (5e5, 5e5, "count", False, "exact")),
        ("up to 144 chips", (144, 144, "count", False, "at-most")),
        ("more than 450,000 GPUs", (450000, 450000, "count", False, "at-least")),
        ("90,000-100,000 wafers per month", (90000, 100000, "wafer/month", False, "exact")),
        ("between 90 and 100 million dollars", (9e7, 1e8, "USD", False, "exact")),
        ("42.5 exaflops", (4.25e19, 4.25e19, "FLOP/s", False, "exact")),
        ("50만여 개", (5e5, 5e5, "count", False, "at-least")),
        ("100,000 wpm", (1e5, 1e5, "wafer/month", False, "exact")),
    ],
)
def test_quantities_normalize_to_base_units(
    text: str, expected: tuple[float, float, str, bool, str]
) -> None:
    low, high, unit, approx, bound = one(text)
    assert expected == (pytest.approx(low), pytest.approx(high), unit, approx, bound)


@pytest.mark.parametrize(
    "text",
    [
        "2027년부터",
        "in 2027",
        "2025년 12월 19일",
        "3분기",
        "7세대",
        "FP8",
        "HBM3E",
        "B200",
        "9.6 Tb/s",
    ],
)
def test_years_dates_and_names_are_not_quantities(text: str) -> None:
    assert [q for q in QUANTITIES.find(text) if q.unit] == []


def test_one_million_tpus_is_a_bare_count_not_a_huge_unit() -> None:
    found = QUANTITIES.find("one million TPUs")
    assert [(q.low, q.unit) for q in found] == [(1e6, "")]


def test_from_a_to_b_is_a_change_not_a_range() -> None:
    found = QUANTITIES.find("from 500,000 to 1 million chips")
    assert [q.low for q in found] == [500000.0, 1e6]


@given(st.integers(min_value=1, max_value=9999), st.integers(min_value=1, max_value=9999))
def test_korean_man_addition_adds_the_smaller_part(high: int, low: int) -> None:
    found = QUANTITIES.find(f"{high}만 {low}개")
    assert [high * 10_000 + low] == [q.low for q in found]


@given(st.integers(min_value=1, max_value=999_999_999))
def test_comma_grouped_numbers_read_back(n: int) -> None:
    found = QUANTITIES.find(f"{n:,} chips")
    assert [float(n)] == [q.low for q in found]


@given(st.integers(min_value=1, max_value=999), st.sampled_from(["억", "조"]))
def test_korean_grains_scale_dollars(n: int, grain: str) -> None:
    factor = {"억": 1e8, "조": 1e12}[grain]
    found = QUANTITIES.find(f"{n}{grain} 달러")
    assert [(n * factor, "USD")] == [(q.low, q.unit) for q in found]


# -- time ----------------------------------------------------------------------------------


def valid(text: str, language: str) -> tuple[str, date | None, date | None]:
    found = TIMES.find(text, language, PUBLISHED)
    assert len(found) == 1, found
    v = found[0].valid
    return (v.kind, v.start, v.end)


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("연말까지", "ko", ("deadline", PUBLISHED, date(2025, 12, 31))),
        ("내년부터", "ko", ("open", date(2026, 1, 1), None)),
        ("2027년부터는", "ko", ("open", date(2027, 1, 1), None)),
        ("2026년 말", "ko", ("point", date(2026, 12, 31), date(2026, 12, 31))),
        ("하반기", "ko", ("point", date(2025, 7, 1), date(2025, 12, 31))),
        ("4분기", "ko", ("point", date(2025, 10, 1), date(2025, 12, 31))),
        ("2026년 3분기", "ko", ("point", date(2026, 7, 1), date(2026, 9, 30))),
        ("내년 초", "ko", ("point", date(2026, 1, 1), date(2026, 3, 31))),
        ("2027년까지", "ko", ("deadline", PUBLISHED, date(2027, 12, 31))),
        ("by the end of the year", "en", ("deadline", PUBLISHED, date(2025, 12, 31))),
        ("end-2026", "en", ("point", date(2026, 12, 31), date(2026, 12, 31))),
        ("by end-2025", "en", ("deadline", PUBLISHED, date(2025, 12, 31))),
        ("next year", "en", ("point", date(2026, 1, 1), date(2026, 12, 31))),
        ("early next year", "en", ("point", date(2026, 1, 1), date(2026, 3, 31))),
        ("in the third quarter", "en", ("point", date(2025, 7, 1), date(2025, 9, 30))),
        ("from 2027", "en", ("open", date(2027, 1, 1), None)),
        ("starting next year", "en", ("open", date(2026, 1, 1), None)),
        ("Q3 2025", "en", ("point", date(2025, 7, 1), date(2025, 9, 30))),
        ("by 2027", "en", ("deadline", PUBLISHED, date(2027, 12, 31))),
        ("in 2027", "en", ("point", date(2027, 1, 1), date(2027, 12, 31))),
        ("the second half of 2026", "en", ("point", date(2026, 7, 1), date(2026, 12, 31))),
    ],
)
def test_time_expressions_resolve_against_publication(
    text: str, language: str, expected: tuple[str, date | None, date | None]
) -> None:
    assert expected == valid(text, language)


@pytest.mark.parametrize(
    ("text", "language"), [("수년 전부터", "ko"), ("9월", "ko"), ("2019", "en")]
)
def test_vague_or_bare_times_are_ignored(text: str, language: str) -> None:
    assert TIMES.find(text, language, PUBLISHED) == []


@given(st.integers(min_value=2000, max_value=2099), st.integers(min_value=1, max_value=4))
def test_korean_quarters_cover_three_months(year: int, quarter: int) -> None:
    v = TIMES.find(f"{year}년 {quarter}분기", "ko", PUBLISHED)[0].valid
    assert v.start is not None
    assert v.end is not None
    assert (v.start.year, v.start.month, v.end.month) == (year, 3 * quarter - 2, 3 * quarter)


@given(st.dates(min_value=date(2000, 1, 1), max_value=date(2098, 12, 31)))
def test_next_year_is_publication_year_plus_one(published: date) -> None:
    v = TIMES.find("내년부터", "ko", published)[0].valid
    assert (v.kind, v.start) == ("open", date(published.year + 1, 1, 1))


@given(st.dates(min_value=date(2000, 1, 1), max_value=date(2098, 12, 31)))
def test_deadline_never_starts_after_it_ends(published: date) -> None:
    v = TIMES.find("by end-2030", "en", published)[0].valid
    assert v.start is not None
    assert v.end is not None
    assert v.start <= v.end


# -- modality --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("clause", "language", "expected"),
    [
        ("확대할 계획이지만", "ko", "planned"),
        ("탑재하는 방안을 검토하고 있다", "ko", "considering"),
        ("부족할 전망이다", "ko", "forecast"),
        ("통합한다고 발표했다", "ko", "announced"),
        ("계약을 맺었다고 23일 발표했다", "ko", "actual"),
        ("가동하고 있다", "ko", None),
        ("AWS plans to expand it", "en", "planned"),
        ("Meta is in talks to rent TPUs", "en", "considering"),
        ("analysts expect capacity will reach", "en", "forecast"),
        ("AWS announced it will integrate", "en", "announced"),
        ("AWS announced that it has deployed", "en", "actual"),
        ("The cluster runs", "en", None),
    ],
)
def test_governing_modality_cue(clause: str, language: str, expected: str | None) -> None:
    assert expected == CUES.governing(clause, language, len(clause))


@pytest.mark.parametrize(
    ("clause", "language", "negated"),
    [
        ("TPU 도입을 검토하지 않는다", "ko", True),
        ("계획을 철회했다", "ko", True),
        ("GPU 없이 구성됐다", "ko", False),
        ("Meta is not considering TPUs", "en", True),
        ("Meta no longer plans to", "en", True),
        ("not only TPUs but GPUs", "en", False),
    ],
)
def test_negation(clause: str, language: str, negated: bool) -> None:
    assert negated == CUES.negated(clause, language, 0)


@pytest.mark.parametrize(
    ("sentence", "language", "tier"),
    [
        ("소식통에 따르면 메타는 TPU를 검토한다", "ko", "anonymous"),
        ("according to people familiar with the matter", "en", "anonymous"),
        ("시장에서는 루머가 돈다", "ko", "rumor"),
        ("AWS said on Monday", "en", "press"),
    ],
)
def test_tier_cues_lower_the_source_tier(sentence: str, language: str, tier: str) -> None:
    assert tier == CUES.tier(sentence, language, "press")


# -- splitting --------------------------------------------------------------------------------


def test_sentences_split_on_periods_but_not_abbreviations_or_decimals() -> None:
    text = "The U.S. firm shipped 3.5 million chips on Dec. 3 to Nvidia Corp. clients. It grew."
    spans = split_sentences(text)
    assert [text[s.start : s.end] for s in spans] == [
        "The U.S. firm shipped 3.5 million chips on Dec. 3 to Nvidia Corp. clients.",
        "It grew.",
    ]


def test_korean_sentences_and_lines_split() -> None:
    text = "AWS는 확대한다. 메타는 검토한다.\n\n제목 줄\n본문이다."
    spans = split_sentences(text)
    assert [text[s.start : s.end] for s in spans] == [
        "AWS는 확대한다.",
        "메타는 검토한다.",
        "제목 줄",
        "본문이다.",
    ]


@pytest.mark.parametrize("paragraphs_before", [0, 1, 300])
def test_a_dateline_runs_into_its_sentence_wherever_its_paragraph_is(
    paragraphs_before: int,
) -> None:
    # the dateline's line alone is searched (the whole text before it once was, at every
    # paragraph end: splitting a long feed entry took an hour)
    text = "Earlier news item.\n\n" * paragraphs_before + "MEMPHIS, Tenn. - xAI said it grew."
    sentences = [text[s.start : s.end] for s in split_sentences(text)]
    assert sentences[-1] == "MEMPHIS, Tenn. - xAI said it grew."
    assert len(sentences) == paragraphs_before + 1


def test_a_period_ending_a_paragraph_never_reads_as_a_dateline() -> None:
    text = "Shipments rose.\n\n(Reporting by a desk in Seoul.)"
    assert [text[s.start : s.end] for s in split_sentences(text)] == [
        "Shipments rose.",
        "(Reporting by a desk in Seoul.)",
    ]


def test_korean_clauses_split_at_contrast_but_not_inside_a_verb() -> None:
    sentence = "TSMC는 확대할 계획이지만 공급이 부족할 전망이다"
    assert len(split_clauses(sentence, "ko")) == 2
    assert len(split_clauses("클러스터를 가동하고 있다", "ko")) == 1


def test_language_is_guessed_from_script() -> None:
    assert (
        guess_language("메타는 TPU를 검토한다"),
        guess_language("Meta rents TPUs"),
    ) == ("ko", "en")


def test_a_broken_vocabulary_file_is_a_clear_error(tmp_path: object) -> None:
    from pathlib import Path

    bad = Path(str(tmp_path)) / "bad.toml"
    bad.write_text("[[entity]]\nid = 'x'\n", encoding="utf-8")
    with pytest.raises(ExtractionError, match="needs 'kind'"):
        load_vocabulary([bad])


def test_a_vocabulary_is_read_once_per_content_and_again_after_an_edit(tmp_path: object) -> None:
    from pathlib import Path

    extra = Path(str(tmp_path)) / "mine.toml"
    extra.write_text('[[entity]]\nid = "acme"\nkind = "company"\nen = ["Acme"]\n', "utf-8")
    first, again = load_vocabulary([extra]), load_vocabulary([extra])
    extra.write_text('[[entity]]\nid = "acme"\nkind = "company"\nen = ["Acme Corp"]\n', "utf-8")
    edited = load_vocabulary([extra])

    assert again is first
    assert (first.entities["acme"].aliases["en"], edited.entities["acme"].aliases["en"]) == (
        ("Acme",),
        ("Acme Corp",),
    )
