"""Document layout and chip specifications (session 12, slice SPECS-LAYOUT): general shapes
behind the misses of the blind batches, each said several ways here, with traps that must
give nothing. Every sentence and table is written for these tests.

- A table cell that holds two figures ("… BF16; … INT8") gives each the precision of its own
  part; a per-system count whose cell names a system ("72 (GB300 NVL72)") is that system's.
- Wafer-scale bandwidth in petabytes ("21 PB/s", "초당 21PB") is bandwidth.
- A Korean figure that rose to a level ("22TB/s까지 올라갔다") is that level, not a ceiling.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from tests.extract_support import sorted_rows

PUBLISHED = datetime(2026, 3, 10, 9, 0, tzinfo=UTC)
TODAY = ("point", "2026-03-10", "2026-03-10")

Row = tuple[Any, ...]


def of_predicate(text: str, language: str, predicate: str) -> list[Row]:
    """(subject, qualifiers, object, value, modality, valid) of one predicate's claims."""
    return [
        (r[0], r[2], r[3], r[4], r[5], r[6])
        for r in sorted_rows(text, language, PUBLISHED, "press")
        if r[1] == predicate
    ]


def qty(n: float, unit: str, bound: str = "exact", approx: bool = False) -> tuple[Any, ...]:
    return (n, n, unit, approx, bound)


def flops(n: float, precision: str) -> Row:
    return ((("precision", precision),), None, qty(n, "FLOP/s"))


# -- a table cell with two figures --------------------------------------------------------


@pytest.mark.parametrize(
    ("table", "language", "expected"),
    [
        (
            "| Part | Vendor | Dense compute |\n|---|---|---|\n"
            "| Trillium | Google | 918 TFLOPS BF16; 1,836 TOPS INT8 |\n",
            "en",
            [flops(918e12, "bf16"), flops(1836e12, "int8")],
        ),
        (
            "Accelerator | Throughput\nMI355X | 10 PFLOPS FP4, 5 PFLOPS FP8\n",
            "en",
            [flops(1e16, "fp4"), flops(5e15, "fp8")],
        ),
        (
            "칩 | 연산 성능\n가우디3 | BF16 1.8PFLOPS / FP8 1.8PFLOPS\n",
            "ko",
            [flops(1.8e15, "bf16"), flops(1.8e15, "fp8")],
        ),
    ],
)
def test_each_figure_in_a_table_cell_takes_the_precision_of_its_own_part(
    table: str, language: str, expected: list[Row]
) -> None:
    got = [(r[1], r[2], r[3]) for r in of_predicate(table, language, "peak_compute")]
    assert sorted(expected) == got


@pytest.mark.parametrize(
    ("table", "language", "expected"),
    [
        (
            "| Chip | Memory | GPUs per system |\n|---|---|---|\n"
            "| B300 | 288 GB HBM3E | 72 (GB300 NVL72) |\n",
            "en",
            [("gb300", 72.0)],
        ),
        (
            "| 칩 | 메모리 | 시스템당 칩 수 |\n"
            "| B200(블랙웰) | HBM3E 192GB | 72개(GB200 NVL72) |\n",
            "ko",
            [("gb200", 72.0)],
        ),
        # the cell names the row's own chip again, or no system: the chip's own count
        (
            "| Chip | Memory | Chips per system |\n|---|---|---|\n"
            "| Trn3 | 144 GB HBM3E | 144 (Trainium3 UltraServer) |\n"
            "| Ironwood | 192 GB HBM3E | 9,216 (superpod) |\n",
            "en",
            [("ironwood", 9216.0), ("trainium3", 144.0)],
        ),
    ],
)
def test_a_per_system_count_belongs_to_the_system_its_cell_names(
    table: str, language: str, expected: list[tuple[str, float]]
) -> None:
    got = [(r[0], r[3][0]) for r in of_predicate(table, language, "chips_per_system")]
    assert expected == got


# -- petabytes per second -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("WSE-3 feeds its cores at 21 PB/s from memory on the wafer itself.", "en"),
        ("On the wafer, the WSE-3 reaches 21 petabytes per second of memory bandwidth.", "en"),
        ("WSE-3의 온칩 메모리 대역폭은 초당 21PB에 달한다.", "ko"),
        ("WSE-3는 메모리 대역폭이 21PB/s에 이른다.", "ko"),
    ],
)
def test_bandwidth_in_petabytes_per_second(text: str, language: str) -> None:
    assert [("wse-3", (), None, qty(2.1e16, "B/s"), "actual", TODAY)] == of_predicate(
        text, language, "memory_bandwidth"
    )


# -- a Korean figure risen to a level ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "bound"),
    [
        ("루빈의 메모리 대역폭은 시제품 단계에서 20TB/s까지 올라갔다.", "exact"),
        ("업계에 따르면 루빈 대역폭이 20TB/s까지 뛰었다.", "exact"),
        ("루빈 메모리 대역폭이 20TB/s까지 오른 것으로 전해졌다.", "exact"),
        # a ceiling stays a ceiling
        ("루빈 메모리 대역폭은 최대 20TB/s까지 오를 수 있다.", "at-most"),
    ],
)
def test_a_korean_figure_risen_to_a_level_is_exact(text: str, bound: str) -> None:
    got = [r[3] for r in of_predicate(text, "ko", "memory_bandwidth")]
    assert [qty(2e13, "B/s", bound)] == got


@pytest.mark.parametrize(
    "text",
    [
        "The H100 cluster at Colossus keeps 40 PB of training data on flash next to the GPUs.",
        "Each Rubin rack sits beside 2 petabytes of flash storage for checkpoints.",
        "Tender lot 3: shared storage for the GH200 partition (12 PB usable).",
        "콜로서스는 H100 옆에 학습 데이터 40PB를 담는 스토리지를 뒀다.",
    ],
)
def test_petabytes_of_storage_are_no_chip_memory(text: str) -> None:
    language = "ko" if "스토리지" in text else "en"
    assert of_predicate(text, language, "memory_capacity") == []


# -- a figure of the chip under way, beside a chip it replaces ------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "AMD has started shipping the MI355X. Each offers 8 TB/s of bandwidth, well ahead "
            "of the MI300X it succeeds.",
            [("mi355x", 8e12)],
        ),
        (
            "Google opened Ironwood to cloud customers last month. It reaches 7.4 TB/s, a big "
            "jump over the Trillium part it follows.",
            [("ironwood", 7.4e12)],
        ),
        # the chip named first owns the figure still
        (
            "Nvidia ships the B200 now. The H200 it replaces had 4.8 TB/s of bandwidth.",
            [("h200", 4.8e12)],
        ),
    ],
)
def test_a_pronoun_opened_figure_is_the_chip_under_way_not_the_one_it_replaces(
    text: str, expected: list[tuple[str, float]]
) -> None:
    got = [(r[0], r[3][0]) for r in of_predicate(text, "en", "memory_bandwidth")]
    assert expected == got


# -- a site's network is no integration into its chips --------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Microsoft's Fairwater site, packed with GB200 racks, relies on InfiniBand for its "
        "back-end network.",
        "Meta says Prometheus, its 1-gigawatt B200 cluster, will use Spectrum-X switches.",
    ],
)
def test_a_site_using_a_network_gives_no_integration_of_its_chips(text: str) -> None:
    assert of_predicate(text, "en", "integrates") == []


def test_a_sites_own_chips_can_still_integrate_a_technology() -> None:
    text = "AWS said Project Rainier's Trainium3 chips will use NVLink Fusion."
    expected = [("trainium3", (), "nvlink-fusion", None, "announced", TODAY)]
    assert expected == of_predicate(text, "en", "integrates")


# -- a rack's interconnects, named for its chips or its network cards -----------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "AMD showed Helios at the event. Every rack packs 72 MI450 GPUs tied together over "
            "UALink, plus Ultra Ethernet NICs for scale-out.",
            [("helios", "ualink"), ("helios", "ultra-ethernet")],
        ),
        (
            "Each GB300 NVL72 rack holds 72 Blackwell Ultra GPUs joined by NVLink, with "
            "InfiniBand network cards for scaling out.",
            [("gb300", "infiniband"), ("gb300", "nvlink")],
        ),
        # network cards with no scale-out said: nothing of them
        (
            "Each GB300 NVL72 rack holds 72 Blackwell Ultra GPUs joined by NVLink; the "
            "InfiniBand cards sit in a separate shelf.",
            [("gb300", "nvlink")],
        ),
    ],
)
def test_a_rack_integrates_what_joins_its_chips_and_its_scale_out_cards(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert expected == [(r[0], r[2]) for r in of_predicate(text, "en", "integrates")]
