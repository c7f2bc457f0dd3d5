"""Settings from the environment (``TRACKER_*``), with the CLI's ``--db`` on top."""

from __future__ import annotations

from pydantic_settings import BaseSettings, SettingsConfigDict

DEFAULT_DATABASE_URL = "sqlite:///tracker.db"
"""A SQLite file in the working folder."""


class Settings(BaseSettings):
    """Runtime configuration. Every field can be set as ``TRACKER_<NAME>``."""

    model_config = SettingsConfigDict(env_prefix="TRACKER_", extra="ignore")

    database_url: str = DEFAULT_DATABASE_URL
    feeds_file: str | None = None
    vocabulary_paths: list[str] = []
    extractor: str | None = None
    """The claim extractor as ``"module:factory"`` (``TRACKER_EXTRACTOR``); ``None`` is the
    rule extractor."""
    user: str | None = None
