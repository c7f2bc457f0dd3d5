"""Subscriptions: locations, feed ids, intervals, and the ``feeds.toml`` file.

A feed file lists one ``[[feed]]`` table per subscription::

    [[feed]]
    name = "aws-news"
    url = "samples/aws-news.rss"   # http(s) URL, file:// URL or a path (relative to the file)
    every = "30m"                   # optional: fixes the interval (else adaptive)
    tier = "company"                # SPEC §4 source tier, default "press"
    language = "en"                 # hint for dates without a zone and for extraction
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from tracker.domain.spelling import nearest
from tracker.errors import ConfigError
from tracker.ingest.text import short_id

TIERS = ("company", "filing", "press", "analyst", "anonymous", "rumor")
_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}


@dataclass(frozen=True, slots=True)
class Subscription:
    """One feed to subscribe: what ``tracker feeds add`` and ``feeds.toml`` say."""

    url: str
    name: str | None = None
    interval_s: int | None = None
    tier: str = "press"
    language: str | None = None


_DEFAULT_PORTS = {"http": 80, "https": 443}


def normalize_location(location: str, base: Path | None = None) -> str:
    """An http(s) URL as given but for what never reaches the server as written: the
    scheme's and host's case, a default port and a ``#fragment``; a path or ``file://``
    URL as an absolute ``file://`` URL."""
    location = location.strip()
    if location.lower().startswith(("http://", "https://")):
        try:
            parts = urlsplit(location)
            parts.port  # noqa: B018  (raises on a port out of range or not a number)
        except ValueError as exc:
            # 'http://[::1' and 'http://host:99999/' raised a traceback, or were subscribed
            # and then failed every poll as "connection refused"
            raise ConfigError(f"{location!r} is not a valid URL: {exc}") from None
        if not parts.hostname:
            raise ConfigError(f"{location!r} has no host name (e.g. https://example.com/feed.xml)")
        return _same_request(location, parts.scheme, parts.port)
    if location.startswith("file://"):
        return Path(urlsplit(location).path).resolve().as_uri()
    if "://" in location:
        raise ConfigError(f"unsupported feed location {location!r}: use http(s), file or a path")
    path = Path(location).expanduser()
    if not path.is_absolute() and base is not None:
        path = base / path
    return path.resolve().as_uri()


def _same_request(location: str, scheme: str, port: int | None) -> str:
    """The URL one feed is known by, whatever its spelling: a scheme or host in capitals
    ('HTTPS://Example.com/…', as some sites print it), ':80' on http, ':443' on https and
    a '#fragment' (never sent) name the same feed, which 'feeds add' took for another
    one and then refused as a name already taken. The rest (user, path, query) is kept
    as the user wrote it."""
    rest = location[len(scheme) + 3 :].split("#", 1)[0]
    cut = min((i for i in (rest.find("/"), rest.find("?")) if i >= 0), default=len(rest))
    authority, tail = rest[:cut], rest[cut:]
    user, at, host = authority.rpartition("@")
    host = host.lower()
    if port == _DEFAULT_PORTS[scheme]:
        host = host.removesuffix(f":{port}")
    host = host.removesuffix(":")  # 'host:' is the default port too
    return f"{scheme}://{user}{at}{host}{tail}"


def check_name(name: str | None) -> str | None:
    """A feed's name as given (``None``: none given, one is made from the URL). An empty
    or blank name is refused: ``--name ""`` was silently replaced with the made one, and
    ``--name " "`` subscribed a feed no command could name."""
    if name is not None and not name.strip():
        raise ConfigError(f"a feed name cannot be empty or blank (got {name!r})")
    return name


def check_subscribable(url: str) -> str:
    """A subscription polled for months must point at something: a local feed file that
    does not exist is most often a web address typed without its scheme."""
    if url.startswith("file://"):
        path = Path(urlsplit(url).path)
        if not path.is_file():
            raise ConfigError(
                f"no such file: {path} (for a web feed, write its address with https://)"
            )
    return url


def feed_id_for(url: str) -> str:
    """A feed's id: stable for its first URL (a move keeps the id; the stream stays)."""
    return short_id("feed", url, length=16)


def default_name(url: str) -> str:
    if url.startswith("file://"):
        return Path(urlsplit(url).path).stem
    parts = urlsplit(url)
    tail = parts.path.strip("/").replace("/", "-") or "feed"
    return f"{parts.hostname}-{tail}"[:120]


def parse_interval(text: str) -> int:
    """``90``, ``90s``, ``15m``, ``2h``, ``1d`` -> seconds (at least 60)."""
    m = re.fullmatch(r"\s*(\d+)\s*([smhd]?)\s*", text.lower())
    if m is None:
        raise ConfigError(f"not an interval: {text!r} (use e.g. 15m, 2h, 1d)")
    seconds = int(m.group(1)) * _UNITS[m.group(2) or "s"]
    if seconds < 60:
        raise ConfigError(
            f"interval {text!r} is under a minute; feeds are polled at most every 60 s"
        )
    return seconds


def check_tier(tier: str) -> str:
    if tier not in TIERS:
        raise ConfigError(f"unknown source tier {tier!r}; use one of {', '.join(TIERS)}")
    return tier


_LANGUAGE_TAG = re.compile(r"[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*")


def check_language(language: object) -> str | None:
    """A language hint is a language tag (``en``, ``ko``, ``ko-KR``): it is stored with the
    feed and its documents for good, so ``--lang korean`` or ``--lang 한국어`` is refused
    rather than kept as a label nothing reads."""
    if language is None:
        return None
    if not isinstance(language, str) or not _LANGUAGE_TAG.fullmatch(language):
        raise ConfigError(f"language {language!r} is not a language code (use e.g. en or ko)")
    return language


_FEED_KEYS = ("url", "name", "every", "tier", "language")


def _check_keys(path: Path, where: str, table: dict[str, object], known: tuple[str, ...]) -> None:
    """Refuse a key the file format does not have: 'evry', 'teir', 'lang' or '[[feeds]]'
    were ignored without a word, and the feed polled at the default interval and tier,
    without its language (or no feed was read at all)."""
    for key in table:
        if key not in known:
            # a lower cutoff than ids': keys are short words, one wrong letter of four
            close = nearest(key, known, cutoff=0.5)
            hint = f"did you mean {close!r}? " if close else ""
            raise ConfigError(
                f"{path}: {where}unknown key {key!r} ({hint}keys: {', '.join(known)}); nothing"
                " subscribed"
            )


def load_feeds_file(path: Path) -> list[Subscription]:
    """Read a ``feeds.toml``; relative paths in it are relative to the file."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise ConfigError(f"feed list not found: {path}") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from exc
    _check_keys(path, "", data, ("feed",))
    items = data.get("feed", [])
    if not isinstance(items, list):
        raise ConfigError(f"{path}: [[feed]] tables expected")
    subs = []
    names: set[str] = set()
    for i, item in enumerate(items, 1):
        if not isinstance(item, dict) or "url" not in item:
            raise ConfigError(f"{path}: feed #{i} has no url")
        _check_keys(path, f"feed #{i}: ", item, _FEED_KEYS)
        if "name" in item:
            if item["name"] in names:
                raise ConfigError(
                    f"{path}: feed #{i}: the name {item['name']!r} is given twice; nothing"
                    " subscribed"
                )
            names.add(item["name"])
        every = item.get("every")
        subs.append(
            Subscription(
                url=check_subscribable(normalize_location(str(item["url"]), path.parent)),
                name=check_name(str(item["name"])) if "name" in item else None,
                interval_s=parse_interval(str(every)) if every is not None else None,
                tier=check_tier(str(item.get("tier", "press"))),
                language=check_language(item.get("language")),
            )
        )
    return subs
