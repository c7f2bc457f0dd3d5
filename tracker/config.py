"""Settings from the environment (``TRACKER_*``), with the CLI's ``--db`` on top."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from tracker.extract import vocabulary_paths_of
from tracker.ingest.limits import DEFAULT_MAX_CHARS

DEFAULT_DATABASE_URL = "sqlite:///tracker.db"
"""A SQLite file in the working folder."""


class Settings(BaseSettings):
    """Runtime configuration. Every field can be set as ``TRACKER_<NAME>``."""

    model_config = SettingsConfigDict(env_prefix="TRACKER_", extra="ignore")

    database_url: str = DEFAULT_DATABASE_URL
    feeds_file: str | None = None
    vocabulary_paths: Annotated[list[str], NoDecode] = []
    """The user's vocabulary files and folders (``TRACKER_VOCABULARY_PATHS``: a JSON list,
    or paths joined by the OS path separator, or one path)."""
    extractor: str | None = None
    """The claim extractor as ``"module:factory"`` (``TRACKER_EXTRACTOR``); ``None`` is the
    rule extractor."""
    user: str | None = None
    extract_max_chars: int = Field(default=DEFAULT_MAX_CHARS, ge=0)
    """The most characters of one document the extractor reads (``TRACKER_EXTRACT_MAX_CHARS``;
    0: no cap). A longer document keeps its whole text in the log; its claims come from
    the start, and the command that read it says so."""
    extract_workers: int = Field(default=1, ge=0)
    """Processes that extract a large batch of documents (``TRACKER_EXTRACT_WORKERS``; 0:
    one per core, at most 8; 1: none, all in the calling process). Only batches of 200
    documents or more (``tracker extract --all`` over a large log) start them. The command
    line and the daemon use every core unless the variable says otherwise; the Python API
    does only when asked, because a worker process imports the calling script again
    (Python's multiprocessing needs the script's ``if __name__ == "__main__":`` guard)."""

    @field_validator("vocabulary_paths", mode="before")
    @classmethod
    def _paths_as_written(cls, value: object) -> object:
        # a path as users write one (TRACKER_VOCABULARY_PATHS=extra.toml) was read as JSON
        # and stopped every command with a traceback
        return vocabulary_paths_of(value) if isinstance(value, str) else value
