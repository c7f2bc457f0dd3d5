"""Document layout and chip specifications, round 2 (session 12, slice SPECS-LAYOUT): the
general shapes behind misses of the blind batches, each said several ways here, with traps
that must give nothing. Every sentence, table and transcript is written for these tests.

- A network named as the fabric of a cluster (or of the speaker's sites, or, in Korean, of
  the company in view: "네트워크로는 … 택했다") is adopted by its owner, on-prem (GUIDE:
  "Colossus runs on Spectrum-X").
- A service launched on a product ("launches an inference cloud built on Trainium3") or in
  commercial service on it shows the product at work: its figures are actual, not those of
  a product still to come.
- "it" as the technology a product takes in ("Trainium4 will support it") is the technology
  the sentence before put first, its subject (not one it is compared with).
- A note saying a table's figures are approximate ("treat them as approximate") makes the
  rows of the products it names (or every row) approximate.
- An interviewee's answer about a chip the company has tried or put in ("…를 시범 적용해
  봤는데") is the company's adoption, as an ongoing use is; servers or racks brought in, or
  tested in the lab, are on-prem.
- Bytes of data or storage beside a chip ("학습 데이터 40TB", "30 TB of training data") are
  no memory of the chip.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from tests.extract_support import sorted_rows

PUBLISHED = datetime(2026, 3, 10, 9, 0, tzinfo=UTC)
TODAY = ("point", "2026-03-10", "2026-03-10")
ON_PREM = (("mode", "on-prem"),)

Row = tuple[Any, ...]


def of_predicate(text: str, language: str, predicate: str) -> list[Row]:
    """(subject, qualifiers, object, value, modality, valid) of one predicate's claims."""
    return [
        (r[0], r[2], r[3], r[4], r[5], r[6])
        for r in sorted_rows(text, language, PUBLISHED, "press")
        if r[1] == predicate
    ]


# -- a cluster's network fabric is its owner's adoption -------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("The Hyperion campus runs on InfiniBand from end to end.", "en", ("meta", "infiniband")),
        (
            "Analysts note that Fairwater, home to several hundred thousand GB200s, is "
            "stitched together with InfiniBand.",
            "en",
            ("microsoft", "infiniband"),
        ),
        (
            "Colossus 2, a 550,000-GB200 build, uses Spectrum-X switches between its halls.",
            "en",
            ("xai", "spectrum-x"),
        ),
        (
            "Project Rainier relies on Ultra Ethernet between buildings.",
            "en",
            ("aws", "ultra-ethernet"),
        ),
        ("하이페리온 데이터센터는 인피니밴드 네트워크를 쓴다.", "ko", ("meta", "infiniband")),
        ("페어워터의 GPU들은 인피니밴드로 서로 연결돼 있다.", "ko", ("microsoft", "infiniband")),
        # a company naming the cluster as the place of the use: on-prem too
        ("메타는 프로메테우스에 스펙트럼-X 이더넷을 쓰고 있다.", "ko", ("meta", "spectrum-x")),
    ],
)
def test_a_cluster_using_a_network_is_its_owners_adoption_on_prem(
    text: str, language: str, expected: tuple[str, str]
) -> None:
    got = [(r[0], r[2], r[1], r[4]) for r in of_predicate(text, language, "adopts")]
    assert [(*expected, ON_PREM, "actual")] == got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Q&A: Nebius's network chief on fabrics\n\nWe spoke to Ana Roe, its chief network "
            "officer.\n\nQ: What sits between racks?\n\nA: Our fabric between racks is "
            "InfiniBand, and it has been since the first hall.",
            ("nebius", "infiniband"),
        ),
        (
            "Stargate's second building came online in May. The back-end network is "
            "Spectrum-X Ethernet.",
            ("openai", "spectrum-x"),
        ),
    ],
)
def test_a_fabric_named_as_the_subject_is_its_owners_adoption(
    text: str, expected: tuple[str, str]
) -> None:
    got = [(r[0], r[2], r[1]) for r in of_predicate(text, "en", "adopts")]
    assert [(*expected, ON_PREM)] == got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "KT는 올해 목동에 새 클러스터를 열었다. 서버 간 네트워크는 인피니밴드로 구성됐다.",
            ("kt", "infiniband"),
        ),
        (
            "SK텔레콤이 가산 데이터센터를 증설했다. 시공은 협력사가 맡았다. 랙 사이 "
            "연결망으로는 엔비디아의 스펙트럼-X 이더넷을 채택했다.",
            ("sk-telecom", "spectrum-x"),
        ),
    ],
)
def test_a_korean_fabric_as_the_topic_is_the_adoption_of_the_company_in_view(
    text: str, expected: tuple[str, str]
) -> None:
    got = [(r[0], r[2], r[1], r[4]) for r in of_predicate(text, "ko", "adopts")]
    assert [(*expected, ON_PREM, "actual")] == got


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # the company in view makes the network; a comparison of networks
        ("엔비디아는 새 스위치를 공개했다. 네트워크로는 스펙트럼-X를 쓴다고 설명했다.", "ko"),
        ("메타는 두 방식을 저울질했다. 네트워크는 스펙트럼-X가 인피니밴드보다 싸다.", "ko"),
        # a chip's own link, a product's scale-out port, a comparison, a maker
        ("Colossus links its H100s over InfiniBand inside each pod.", "en"),
        ("The GB300 NVL72 rack's scale-out network is InfiniBand.", "en"),
        ("Spectrum-X is cheaper than InfiniBand, and Hyperion has not picked either.", "en"),
        ("엔비디아는 콜로서스에 스펙트럼-X를 공급했다.", "ko"),
        ("Nvidia runs Spectrum-X in its own Eos cluster.", "en"),
    ],
)
def test_no_owner_adoption_for_a_chip_link_a_comparison_or_a_supplier(
    text: str, language: str
) -> None:
    assert [r for r in of_predicate(text, language, "adopts") if r[0] != "nvidia"] == []


# -- a service launched on a product: the product's figures are facts ------------------------


def flops_modality(text: str) -> list[tuple[str, str]]:
    return [(r[0], r[4]) for r in of_predicate(text, "en", "peak_compute")]


@pytest.mark.parametrize(
    "text",
    [
        "Startup launches AI cloud built on Trainium3\n\nEach Trainium3 delivers 2.52 "
        "petaflops of FP8 compute.",
        "Busan firm launches inference service running on AWS's Trainium3\n\nThe Trainium3 "
        "reaches 2.52 PFLOPS at FP8.",
        "AWS unveiled Trainium3 in December. A Seoul lab has begun commercial service of a "
        "chatbot hosted on it, and Trainium3 offers 2.52 PFLOPS of FP8 compute.",
    ],
)
def test_a_service_launched_on_a_product_makes_its_figures_actual(text: str) -> None:
    expected = [("trainium3", "actual")]
    assert expected == flops_modality(text)


@pytest.mark.parametrize(
    "text",
    [
        # the product itself is what launches, later; or it is unveiled with no service on it
        "AWS will launch Trainium3 in May\n\nEach Trainium3 delivers 2.52 petaflops of FP8 "
        "compute.",
        "AWS unveiled Trainium3 on Monday. Each Trainium3 delivers 2.52 petaflops of FP8 compute.",
    ],
)
def test_a_product_still_to_launch_keeps_announced_figures(text: str) -> None:
    expected = [("trainium3", "announced")]
    assert expected == flops_modality(text)


# -- "it" as the technology a product takes in ----------------------------------------------


def integrations(text: str) -> list[tuple[str, str]]:
    return [(r[0], r[2]) for r in of_predicate(text, "en", "integrates")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Consider UALink, an open rival to NVLink backed by a dozen firms. AMD confirmed "
            "that the MI450 will adopt it.",
            [("mi450", "ualink")],
        ),
        (
            "Ultra Ethernet got a lift this week. Broadcom told analysts that Maia 200 "
            "supports it in its scale-out ports.",
            [("maia-200", "ultra-ethernet")],
        ),
        (
            "NVLink Fusion is Nvidia's bid to keep rivals inside its racks. Two sentences on, "
            "Qualcomm said nothing. Then AWS said Trainium4 will integrate it.",
            [("trainium4", "nvlink-fusion")],
        ),
    ],
)
def test_it_after_a_verb_of_taking_in_is_the_technology_put_first_before(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert expected == integrations(text)


@pytest.mark.parametrize(
    "text",
    [
        # a chip named since the technology; "it" after a verb of selling; too far back
        "UALink is an open standard. AMD's MI450 arrives in 2026, and Oracle will adopt it.",
        "UALink is an open standard. AMD will ship it with the MI450 next year.",
        "UALink is an open standard. Few noticed. Fewer cared. Nobody asked. AMD said the "
        "MI450 will support it.",
    ],
)
def test_it_is_no_technology_after_a_chip_a_selling_verb_or_far_back(text: str) -> None:
    assert [r for r in integrations(text) if r[1] == "ualink"] == []


# -- a note that calls a table's figures approximate ----------------------------------------

SPEC_TABLE = (
    "| Part | HBM | Bandwidth |\n|---|---|---|\n"
    "| Gaudi 3 | 128 GB HBM2e | 3.7 TB/s |\n"
    "| MI300X | 192 GB HBM3 | 5.3 TB/s |\n\n"
)


def bandwidths(text: str, language: str = "en") -> list[tuple[str, bool]]:
    return [(r[0], r[3][3]) for r in of_predicate(text, language, "memory_bandwidth")]


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        (
            "Intel has not confirmed the Gaudi 3 numbers, which come from a reseller's sheet, "
            "so read them as approximate.",
            [("gaudi3", True), ("mi300x", False)],
        ),
        (
            "The Gaudi 3 specs listed here are rough, pieced together from two benchmarks.",
            [("gaudi3", True), ("mi300x", False)],
        ),
        ("All values in the table are approximate.", [("gaudi3", True), ("mi300x", True)]),
        # a note with no such word, or about something else
        (
            "The Gaudi 3 numbers come straight from Intel's sheet.",
            [("gaudi3", False), ("mi300x", False)],
        ),
        ("Prices are approximate and not listed.", [("gaudi3", False), ("mi300x", False)]),
    ],
)
def test_a_note_calling_figures_approximate_makes_its_rows_approximate(
    note: str, expected: list[tuple[str, bool]]
) -> None:
    assert expected == bandwidths(SPEC_TABLE + note)


def test_a_korean_note_calling_figures_approximate_makes_its_rows_approximate() -> None:
    table = "| 칩 | 대역폭 |\n|---|---|\n| 가우디3 | 3.7TB/s |\n| MI300X | 5.3TB/s |\n\n"
    note = "가우디3 수치는 인텔이 공개하지 않아 업계 추정에 기댄 근사치다."
    expected = [("gaudi3", True), ("mi300x", False)]
    assert expected == bandwidths(table + note, "ko")


# -- an interviewee's company: tried, brought in, tested in the lab ---------------------------

KO_INTERVIEW = (
    "[인터뷰] 박서연 네이버클라우드 인프라 총괄\n\n"
    "네이버클라우드의 데이터센터 운영을 총괄하는 박서연 전무를 춘천에서 만났다.\n\n"
    "— 국산 칩은 어떤가.\n"
)


def adoptions(text: str, language: str) -> list[tuple[str, str, Any, str]]:
    return [(r[0], r[2], r[1], r[4]) for r in of_predicate(text, language, "adopts")]


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        (
            '"리벨리온의 리벨 쿼드를 검색 요약 기능에 시범 적용해 봤는데, 지금은 본격적으로 '
            '돌리고 있습니다."',
            [("naver", "rebel", ON_PREM, "actual")],
        ),
        (
            '"퓨리오사AI의 RNGD를 사내 챗봇에 넣어 봤습니다."',
            [("naver", "rngd", ON_PREM, "actual")],
        ),
        (
            '"다음 단계로 GB300 서버 도입을 저울질하고 있습니다."',
            [("naver", "gb300", ON_PREM, "considering")],
        ),
        # renting through a cloud stays a cloud use; a rival's launch is no use of its own
        (
            '"피크 때는 AWS에서 H200 인스턴스를 빌려 써 봤습니다."',
            [("naver", "h200", (("mode", "cloud"), ("via", "aws")), "actual")],
        ),
        ('"엔비디아가 B300을 출시했는데, 반응이 좋았습니다."', []),
    ],
)
def test_a_korean_interviewees_tried_or_planned_use_is_its_companys(
    answer: str, expected: list[tuple[str, str, Any, str]]
) -> None:
    assert expected == adoptions(KO_INTERVIEW + answer, "ko")


@pytest.mark.parametrize(
    "text",
    [
        "Q&A: Crusoe's infrastructure chief\n\nWe spoke to Dana Cho, its chief "
        "infrastructure officer.\n\nQ: Any AMD?\n\nA: We are testing MI355X boards in our lab "
        "this quarter.",
        "Q&A: Crusoe's infrastructure chief\n\nWe spoke to Dana Cho, its chief "
        "infrastructure officer.\n\nQ: Any AMD?\n\nA: Honestly, we only run a few MI355X "
        "servers in the lab for now.",
    ],
)
def test_a_chip_tested_in_the_lab_is_an_on_prem_use(text: str) -> None:
    expected = [("crusoe", "mi355x", ON_PREM)]
    assert expected == [(r[0], r[1], r[2]) for r in adoptions(text, "en")]


# -- data and storage are no chip memory ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("메타는 H100 1만 장과 함께 학습 데이터 25TB를 새 클러스터로 옮겼다.", "ko"),
        ("각 B200 노드에는 NVMe 스토리지 15TB가 딸려 있다.", "ko"),
        ("Every H200 node keeps 15 TB of training data on local drives.", "en"),
        ("The B200 racks sit next to flash storage: 12 TB per node.", "en"),
    ],
)
def test_data_or_storage_beside_a_chip_is_no_memory_capacity(text: str, language: str) -> None:
    assert of_predicate(text, language, "memory_capacity") == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("B200에는 HBM3E 192GB가 들어간다.", "ko"),
        ("Each H200 carries 141 GB of HBM3E for large models' data.", "en"),
    ],
)
def test_a_chips_own_hbm_stays_memory_capacity(text: str, language: str) -> None:
    assert len(of_predicate(text, language, "memory_capacity")) == 1
