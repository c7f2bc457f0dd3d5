"""A Korean newsletter of headlines reads each headline as an item of news (GUIDE: "A
newsletter of headlines"), as the English digest already did; its section headers ("■ 공급")
no longer count as prose against it; and a company named right before its own site in the
dative receives the goods ("xAI 콜로서스 2에 … 공급"). Texts written for these tests."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from tests.extract_support import run_extractor

KST = timezone(timedelta(hours=9))
PUBLISHED = datetime(2026, 3, 10, 7, 0, tzinfo=KST)

DIGEST = """[반도체 아침 브리핑] 3월 10일

오늘은 헤드라인만 모았습니다.

■ 공급

삼성전자, 엔비디아에 HBM4 공급 확대

델, 코어위브에 GB300 랙 추가 납품

■ 도입

메타, 구글 TPU 도입 본격 검토

■ 증시

반도체 지수 2% 상승

SK하이닉스 주가 사상 최고치 경신 소식

다음 브리핑은 내일 오전 7시에 보내 드립니다."""


def _deals(text: str) -> set[tuple[str, str | None, str | None]]:
    return {
        (c.subject, c.qualifiers.get("product"), c.object)
        for c in run_extractor(text, "ko", PUBLISHED)
        if c.predicate == "supply_deal"
    }


def test_each_headline_of_a_korean_digest_is_read() -> None:
    # "델, 코어위브에 …": the name heading the line is its subject, not the first of a list
    # of recipients
    assert _deals(DIGEST) == {("nvidia", "hbm4", "samsung"), ("coreweave", "gb300", "dell")}


def test_a_korean_article_title_and_section_headers_stay_titles() -> None:
    text = "삼성전자, 엔비디아에 HBM4 공급\n\n■ 요약\n\n삼성전자는 반도체 회사다."
    assert _deals(text) == set()


def test_a_company_before_its_own_site_in_the_dative_receives_the_goods() -> None:
    text = "제목\n\n폭스콘은 xAI 콜로서스 2에 GB300 랙을 추가로 공급한다."
    assert ("xai", "gb300", "foxconn") in _deals(text)
    assert ("foxconn", "gb300", "xai") not in _deals(text)
