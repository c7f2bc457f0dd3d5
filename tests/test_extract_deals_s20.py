"""Supply deals, session 20: a deal told as a letter of intent is `announced` (GUIDE,
Settled cases: "A letter of intent to supply (LOI, 의향서) … is an announced supply_deal at
publication") while a deal signed outright stays `actual`; a maker chosen to supply sells
its own goods. Sentences written for these tests."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from tests.extract_support import run_extractor

KST = timezone(timedelta(hours=9))
PUBLISHED = datetime(2026, 3, 10, 9, 0, tzinfo=KST)

INTENTS = [
    ("SK hynix signed a letter of intent to supply HBM4E to Microsoft.", "en"),
    ("SK hynix and Microsoft signed an LOI for HBM4E supply.", "en"),
    ("SK하이닉스가 마이크로소프트와 HBM4E 공급에 관한 의향서(LOI)를 맺었다.", "ko"),
    ("SK하이닉스는 마이크로소프트에 HBM4E를 공급하는 의향서에 서명했다.", "ko"),
]

SIGNED = [
    ("SK hynix signed a contract to supply HBM4E to Microsoft.", "en"),
    ("SK하이닉스는 마이크로소프트와 HBM4E 공급 계약을 맺었다.", "ko"),
]


def _deal(text: str, language: str) -> list[tuple[str, str | None, str | None, str]]:
    return [
        (c.subject, c.qualifiers.get("product"), c.object, c.modality)
        for c in run_extractor(text, language, PUBLISHED)
        if c.predicate == "supply_deal"
    ]


@pytest.mark.parametrize(("text", "language"), INTENTS)
def test_a_letter_of_intent_to_supply_is_an_announced_deal(text: str, language: str) -> None:
    assert _deal(text, language) == [("microsoft", "hbm4e", "sk-hynix", "announced")]


@pytest.mark.parametrize(("text", "language"), SIGNED)
def test_a_contract_signed_is_a_deal_made(text: str, language: str) -> None:
    assert _deal(text, language) == [("microsoft", "hbm4e", "sk-hynix", "actual")]


# -- a maker chosen to supply sells its own goods -------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "SK Telecom has chosen FuriosaAI to supply RNGD accelerators for its data center.",
            ("sk-telecom", "rngd", "furiosaai", "actual"),
        ),
        # chosen to make another's chip: the chip is the customer's goods, as before
        (
            "AMD has chosen Amkor to package its MI450 chips in Korea.",
            ("amd", "mi450", "amkor", "actual"),
        ),
    ],
)
def test_a_maker_chosen_to_supply_sells_its_own_goods(
    text: str, expected: tuple[str, str, str, str]
) -> None:
    assert _deal(text, "en") == [expected]
