"""Extraction commands: extract (issue 4).

Commands register on the shared app by decoration at import time.
"""

from __future__ import annotations

from typing import Annotated

import typer

from tracker.cli.common import app, emit_json, err, open_tracker, out


@app.command("extract", rich_help_panel="Extraction")
def extract(
    all_documents: Annotated[
        bool,
        typer.Option(
            "--all", help="Re-extract every document (after an extractor or vocabulary change)."
        ),
    ] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Extract claims from new or revised documents; append only what changed."""
    with open_tracker() as t:
        t.ensure_ready()
        summary = t.extract_all() if all_documents else t.extract_new()
        extractor = t.extractor
        cut = t.cut_documents()
    for document in cut:  # read only in part: on stderr, as poll and ingest say it
        err.print(f"[yellow]cut:[/] {document.message}", highlight=False, soft_wrap=True)
    vocabulary = getattr(getattr(extractor, "vocabulary", None), "label", None)
    if as_json:
        emit_json(
            {
                "extractor": f"{extractor.name}@{extractor.version}",
                "vocabulary": vocabulary,
                "documents": summary.documents,
                "asserted": summary.asserted,
                "withdrawn": summary.withdrawn,
                "unchanged": summary.unchanged,
                "copies": summary.copies,
            }
        )
        return
    out.print(
        f"{summary.documents} documents extracted by {extractor.name}@{extractor.version}"
        f"{f' ({vocabulary})' if vocabulary else ''}: {summary.asserted} claims asserted, "
        f"{summary.withdrawn} withdrawn, {summary.unchanged} unchanged"
        + (
            f"; {summary.copies} copies of an earlier document's text skipped"
            if summary.copies
            else ""
        ),
        highlight=False,
        soft_wrap=True,  # one line, however wide
    )
