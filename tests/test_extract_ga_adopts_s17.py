"""A cloud making a chip available in its own service (session 17, GA-ADOPTS): the cloud
adopts the chip, mode on-prem (GUIDE, settled case: a cloud offering a chip in its own
service; general availability to its customers is such an offer), actual when told as
done, a plan when told ahead. A bare launch naming neither the cloud's customers nor its
service, a chipmaker or a server maker releasing its own goods, a sale ("available for
order") and a customer renting from the cloud give no such adoption. Every sentence is
written for these tests."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from tests.extract_support import sorted_rows

PUBLISHED = datetime(2026, 3, 10, 9, 0, tzinfo=UTC)
ON_PREM = (("mode", "on-prem"),)

Row = tuple[Any, ...]


def adoptions(text: str, language: str, tier: str = "press") -> list[Row]:
    """(subject, qualifiers, object, modality) of the adoptions found in ``text``."""
    return [
        (r[0], r[2], r[3], r[5])
        for r in sorted_rows(text, language, PUBLISHED, tier)
        if r[1] == "adopts"
    ]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # English: made generally available to the cloud's customers
        (
            "en",
            "Google has made Trillium, its sixth-generation TPU, generally available to "
            "Google Cloud customers in five regions.",
            [("google", ON_PREM, "trillium", "actual")],
        ),
        # the general availability of the cloud's instances, powered by its own chip
        (
            "en",
            "On Tuesday AWS announced the general availability of EC2 Trn2 instances, "
            "built on its Trainium2 accelerator.",
            [("aws", ON_PREM, "trainium2", "actual")],
        ),
        # the instances themselves said to be generally available, no subject
        (
            "en",
            "Trainium3 instances are now generally available in three US regions.",
            [("aws", ON_PREM, "trainium3", "actual")],
        ),
        # a third party's chip in the cloud's virtual machines
        (
            "en",
            "Microsoft said its ND MI300X v5 virtual machines are generally available to "
            "enterprise customers.",
            [("microsoft", ON_PREM, "mi300x", "actual")],
        ),
        # the cloud's own product line naming the chip, then the cue
        (
            "en",
            "AWS has now made Amazon EC2 instances powered by Trainium2 generally available.",
            [("aws", ON_PREM, "trainium2", "actual")],
        ),
        # out of preview: a cloud's service opened to all
        (
            "en",
            "Google's Ironwood TPU is out of preview in Google Cloud.",
            [("google", ON_PREM, "ironwood", "actual")],
        ),
        # Korean: released to the cloud's customers
        (
            "ko",
            "구글은 6세대 TPU 트릴리움을 구글 클라우드 고객에게 정식 출시했다.",
            [("google", ON_PREM, "trillium", "actual")],
        ),
        # instances on the chip launched (GA)
        (
            "ko",
            "AWS가 트레이니움2를 탑재한 EC2 인스턴스를 정식 출시(GA)했다.",
            [("aws", ON_PREM, "trainium2", "actual")],
        ),
        # the cloud's own chip in its virtual machines, offered to its users
        (
            "ko",
            "마이크로소프트는 마이아 200을 탑재한 애저 가상머신을 기업 고객에게 제공했다.",
            [("microsoft", ON_PREM, "maia-200", "actual")],
        ),
        # offering to domestic customers begun
        (
            "ko",
            "오라클은 MI355X 기반 클라우드 인스턴스를 국내 고객에게 제공하기 시작했다.",
            [("oracle", ON_PREM, "mi355x", "actual")],
        ),
    ],
)
def test_a_cloud_making_a_chip_available_in_its_service_adopts_it(
    language: str, text: str, expected: list[Row]
) -> None:
    assert expected == adoptions(text, language)


@pytest.mark.parametrize(
    ("language", "text", "tier", "expected"),
    [
        # the cloud's own plan, with a plan word
        (
            "ko",
            "구글은 트릴리움을 내년 상반기 구글 클라우드 고객에게 내놓을 계획이다.",
            "press",
            [("google", ON_PREM, "trillium", "planned")],
        ),
        # the chip the topic, its availability ahead
        (
            "ko",
            "트릴리움은 내년 상반기 구글 클라우드 고객에게 제공될 예정이다.",
            "press",
            [("google", ON_PREM, "trillium", "planned")],
        ),
        # a bare "will" in the cloud's own words: announced
        (
            "en",
            "Trillium will be available to Google Cloud customers early next year.",
            "company",
            [("google", ON_PREM, "trillium", "announced")],
        ),
    ],
)
def test_an_availability_ahead_is_a_plan_or_an_announcement(
    language: str, text: str, tier: str, expected: list[Row]
) -> None:
    assert expected == adoptions(text, language, tier)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # a bare launch: no customers, no service
        ("en", "Google made Trillium generally available."),
        ("en", "AWS launches Trainium3 at its Las Vegas conference."),
        ("ko", "구글은 트릴리움을 정식 출시했다."),
        ("ko", "AWS는 트레이니움3를 탑재한 울트라서버를 정식 출시했다."),
        # a chipmaker making its own chip available sells it
        ("en", "AMD made the MI355X generally available to customers in June."),
        ("ko", "엔비디아는 B300을 고객에게 정식 출시했다."),
        # a server maker launching a server
        ("en", "Supermicro's GB300 servers are now generally available to enterprise customers."),
        ("ko", "델은 GB300 기반 서버를 국내 고객에게 정식 출시했다."),
        # the cloud making its own chip and selling it to customers
        ("ko", "구글은 트릴리움을 대량으로 만들어 고객에게 공급할 예정이다."),
        # available for order: a sale
        ("en", "Google Cloud's Trillium instances are available for order through resellers."),
    ],
)
def test_a_bare_launch_or_a_sale_is_no_adoption(language: str, text: str) -> None:
    assert adoptions(text, language) == []


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # a customer renting the generally available instances: its own cloud use only
        (
            "en",
            "Anthropic rents Trn2 instances from AWS, which made them generally available "
            "last year.",
            "aws",
        ),
        ("ko", "메타는 구글 클라우드에서 트릴리움 인스턴스를 빌려 쓴다.", "google"),
    ],
)
def test_a_customer_renting_from_the_cloud_is_no_second_adoption(
    language: str, text: str, expected: str
) -> None:
    found = adoptions(text, language)
    assert not any(r[0] == expected and r[1] == ON_PREM for r in found), found
