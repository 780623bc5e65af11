"""The one config loader: config.toml overlaid on the built-in defaults, validated."""

from __future__ import annotations

import difflib
import os
import re
import tomllib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pipeline.defaults import ALERT_KEYS, ALERT_WHEN, CHOICES, DEFAULT_ENTITIES, DEFAULT_SOURCES, SETTINGS, SOURCE_KEYS
from pipeline.mailbox import mailbox_problem
from pipeline.trends import QUANTILES

DEFAULTS: dict[str, Any] = {key: default for key, default, _ in SETTINGS}
HELP: dict[str, str] = {key: text for key, _, text in SETTINGS}
PATH_SETTINGS = {"storage.data_dir", "email.ca_file"}  # relative to the config file; empty stays empty
_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([smhd])\s*$")
_UNITS = {"s": "seconds", "m": "minutes", "h": "hours", "d": "days"}
_WEEKLY = re.compile(r"^\s*(mon|tue|wed|thu|fri|sat|sun)\s+([01]?\d|2[0-3]):([0-5]\d)\s*$", re.IGNORECASE)


class ConfigError(ValueError):
    """A config file problem, phrased as one line naming the file and the key."""


def parse_duration(text: str) -> timedelta:
    """'30s', '15m', '6h', '1d', '1.5h' → timedelta; ValueError for anything else."""
    match = _DURATION.match(text)
    if not match:
        raise ValueError(f"not a duration like 30s, 15m, 6h or 1d: {text!r}")
    number, unit = match.groups()
    return timedelta(**{_UNITS[unit]: float(number)})


@dataclass(frozen=True)
class Weekly:
    """A weekday and a time of day, as `schedule.digest_cron` gives them ('mon 07:00')."""

    day: str  # mon … sun
    hour: int
    minute: int


def parse_weekly(text: str) -> Weekly:
    """'mon 07:00' → Weekly('mon', 7, 0); ValueError for anything else."""
    match = _WEEKLY.match(text)
    if not match:
        raise ValueError(f"not a weekday and time like 'mon 07:00': {text!r}")
    day, hour, minute = match.groups()
    return Weekly(day.lower(), int(hour), int(minute))


@dataclass(frozen=True)
class Source:
    name: str
    feeds: tuple[str, ...] = ()
    sitemaps: tuple[str, ...] = ()
    start_urls: tuple[str, ...] = ()
    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    allow_private: bool = False
    owner: str = ""  # the company whose own voice this source is (first-party mentions)

    @property
    def urls(self) -> tuple[str, ...]:
        return self.feeds + self.sitemaps + self.start_urls


@dataclass(frozen=True)
class Alert:
    """One [[alerts]] rule (pipeline/defaults.py ALERT_KEYS says what each key means)."""

    name: str
    entity: str = "*"
    theme: str = ""
    when: str = "shift"
    threshold: float = 0.0
    window: timedelta = timedelta(days=7)
    min_stories: int = 2
    confidence: float = 0.95
    webhook: str = ""
    webhook_secret_env: str = ""
    allow_private: bool = False
    timeout_s: float = 10.0
    email: bool = False


@dataclass(frozen=True)
class Entity:
    name: str
    aliases: tuple[str, ...]


@dataclass(frozen=True)
class Config:
    settings: dict[str, Any]
    sources: tuple[Source, ...]
    entities: tuple[Entity, ...]
    path: Path | None = None  # None: built-in defaults only
    base_dir: Path = field(default_factory=Path.cwd)
    alerts: tuple[Alert, ...] = ()

    def __getitem__(self, key: str) -> Any:
        return self.settings[key]

    @property
    def data_dir(self) -> Path:
        return Path(self.settings["storage.data_dir"])

    def make_data_dir(self) -> Path:
        """storage.data_dir, made when missing; a ConfigError naming the setting when it cannot be made."""
        where = f"{self.path or 'built-in defaults'}: storage.data_dir {self.data_dir}"
        if self.data_dir.exists() and not self.data_dir.is_dir():
            raise ConfigError(f"{where} is a file, not a folder")
        try:
            self.data_dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise ConfigError(f"{where}: cannot make the folder ({exc.strerror})") from None
        return self.data_dir

    @property
    def db_path(self) -> Path:
        return self.data_dir / self.settings["storage.db_name"]

    @property
    def location(self) -> str:
        """Where the data lives, fit to print: the SQLite file, or the Postgres URL without its password."""
        if self.settings["storage.backend"] == "postgres":
            return redacted(self.database_url)
        return str(self.db_path)

    @property
    def url_env(self) -> str:
        """The environment variable holding the Postgres URL, or "" on SQLite."""
        return self.settings["storage.url_env"] if self.settings["storage.backend"] == "postgres" else ""

    @property
    def database_url(self) -> str:
        """The Postgres URL from the environment variable `storage.url_env` names (never from a file)."""
        name = self.settings["storage.url_env"]
        url = os.environ.get(name, "").strip()
        if not url:
            raise ConfigError(f"storage.backend is postgres but ${name} is not set: export {name}=postgresql://"
                              "user:password@host:port/database")
        return url

    @property
    def owners(self) -> dict[str, str]:
        """Source name → the company whose own voice it is, for the sources that have an owner."""
        return {source.name: source.owner for source in self.sources if source.owner}

    def source(self, name: str) -> Source:
        for source in self.sources:
            if source.name == name:
                return source
        raise KeyError(name)


def redacted(url: str) -> str:
    """The URL without its password, for status lines, logs and errors."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    netloc = f"{parts.username}@{parts.hostname or ''}" if parts.username else parts.hostname or ""
    if parts.port:
        netloc += f":{parts.port}"
    return urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))


def find_config_path(explicit: str | os.PathLike[str] | None = None) -> Path | None:
    """--config, else $AIPULSE_CONFIG, else ./config.toml if present, else None (defaults)."""
    chosen = explicit or os.environ.get("AIPULSE_CONFIG")
    if chosen:
        return Path(chosen)
    local = Path("config.toml")
    return local if local.is_file() else None


def load_config(path: str | os.PathLike[str] | None = None) -> Config:
    """Load `path` over the defaults; None gives the defaults with paths relative to the cwd."""
    if path is None:
        return _build({}, "built-in defaults", Path.cwd(), None)
    path = Path(path)
    label = str(path)
    try:
        with path.open("rb") as handle:
            raw = tomllib.load(handle)
    except FileNotFoundError:
        raise ConfigError(f"{label}: config file not found") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{label}: not valid TOML: {exc}") from None
    except UnicodeDecodeError as exc:  # TOML is UTF-8; a file saved in Latin-1 or UTF-16 is not
        before = bytes(exc.object[:exc.start])
        line, column = before.count(b"\n") + 1, exc.start - before.rfind(b"\n")
        raise ConfigError(f"{label}: not UTF-8 text: line {line}, byte {column} is 0x{exc.object[exc.start]:02x}; "
                          "save it as UTF-8") from None
    except OSError as exc:
        raise ConfigError(f"{label}: cannot read: {exc.strerror}") from None
    return _build(raw, label, path.resolve().parent, path.resolve())


def did_you_mean(name: str, known: Iterable[str], cutoff: float = 0.75) -> str:
    """"; did you mean 'NAME'?" for the known name closest to a misspelt one (a config key, a source), else nothing."""
    close = difflib.get_close_matches(name, sorted(known), n=1, cutoff=cutoff)
    return f"; did you mean '{close[0]}'?" if close else ""


def _build(raw: dict[str, Any], label: str, base_dir: Path, path: Path | None) -> Config:
    raw = dict(raw)
    sources_raw = raw.pop("sources", None)
    entities_raw = raw.pop("entities", None)
    alerts_raw = raw.pop("alerts", [])
    settings = dict(DEFAULTS)
    sections = {key.split(".")[0] for key in DEFAULTS}
    for section, values in raw.items():
        if section not in sections:
            raise ConfigError(f"{label}: unknown key '{section}'{did_you_mean(section, sections | {'sources', 'entities', 'alerts'})}")
        if not isinstance(values, dict):
            raise ConfigError(f"{label}: '{section}' must be a table ([{section}])")
        for name, value in values.items():
            key = f"{section}.{name}"
            if key == "email.password":
                raise ConfigError(
                    f"{label}: 'email.password' is not allowed in a file; "
                    f"put the password in the environment variable named by email.password_env"
                )
            if key not in DEFAULTS:
                raise ConfigError(f"{label}: unknown key '{key}'{did_you_mean(key, DEFAULTS)}")
            settings[key] = _check_value(label, key, value, DEFAULTS[key])
    for key in ("email.from", "email.to"):
        for address in settings[key] if isinstance(settings[key], list) else [settings[key]]:
            _check_address(label, key, address)
    for code in settings["stance.languages"]:
        if not re.fullmatch(r"[a-z]{2,3}", code):
            raise ConfigError(f"{label}: 'stance.languages' holds {code!r}, not a language code like \"en\"")
    for key in PATH_SETTINGS:
        if settings[key]:
            settings[key] = str((base_dir / os.path.expanduser(settings[key])).resolve())
    sources = _sources(label, sources_raw) if sources_raw is not None else _sources("built-in", DEFAULT_SOURCES)
    entities = _entities(label, entities_raw if entities_raw is not None else {})
    companies = [entity.name for entity in entities]
    for index, source in enumerate(sources):
        if source.owner and source.owner not in companies:
            raise ConfigError(f"{label}: 'sources[{index}] ({source.name}).owner' must be a company of the entity "
                              f"table ({', '.join(companies)}), got {source.owner!r}")
    alerts = _alerts(label, alerts_raw, companies)
    return Config(settings=settings, sources=sources, entities=entities, path=path, base_dir=base_dir, alerts=alerts)


def _check_address(label: str, key: str, address: str) -> None:
    problem = mailbox_problem(address)
    if problem:
        raise ConfigError(f"{label}: '{key}' {problem}")


def _type_name(value: Any) -> str:
    if isinstance(value, bool):
        return "true or false"
    if isinstance(value, list):
        return "a list of strings"
    return {int: "an integer", float: "a number", str: "a string"}[type(value)]


def _check_value(label: str, key: str, value: Any, default: Any) -> Any:
    ok = {
        bool: lambda v: isinstance(v, bool),
        int: lambda v: isinstance(v, int) and not isinstance(v, bool),
        float: lambda v: isinstance(v, (int, float)) and not isinstance(v, bool),
        str: lambda v: isinstance(v, str),
        list: lambda v: isinstance(v, list) and all(isinstance(item, str) for item in v),
    }[type(default)](value)
    if not ok:
        raise ConfigError(f"{label}: '{key}' must be {_type_name(default)}, got {value!r}")
    if isinstance(default, (int, float)) and not isinstance(default, bool) and value < 0:
        raise ConfigError(f"{label}: '{key}' must not be negative, got {value!r}")
    if key in CHOICES and value not in CHOICES[key]:
        raise ConfigError(f"{label}: '{key}' must be one of {', '.join(CHOICES[key])}, got {value!r}")
    if key == "schedule.ingest_interval":
        try:
            interval = parse_duration(value)
        except ValueError:
            raise ConfigError(f"{label}: '{key}' must be a duration like 30s, 15m, 6h or 1d, got {value!r}") from None
        if interval <= timedelta(0):
            raise ConfigError(f"{label}: '{key}' must be longer than zero, got {value!r}")
    if key == "schedule.digest_cron":
        try:
            parse_weekly(value)
        except ValueError:
            raise ConfigError(f"{label}: '{key}' must be a weekday and time like 'mon 07:00', got {value!r}") from None
    if key == "schedule.timezone":
        try:
            ZoneInfo(value)
        except (ValueError, ZoneInfoNotFoundError):
            raise ConfigError(f"{label}: '{key}' must be an IANA time zone like Europe/Berlin, got {value!r}") from None
    return float(value) if isinstance(default, float) else value


def _tables(label: str, raw: Any, section: str, keys: dict[str, tuple[Any, str]]) -> Iterator[tuple[str, str, dict]]:
    """Each [[section]] table as (its place "section[i] (name)", its name, its entry), checked for what every such
    table needs: a table, known keys, a name no other table of the section has."""
    if not isinstance(raw, list):
        raise ConfigError(f"{label}: '{section}' must be an array of tables ([[{section}]])")
    names: set[str] = set()
    for index, entry in enumerate(raw):
        where = f"{section}[{index}]"
        if not isinstance(entry, dict):
            raise ConfigError(f"{label}: '{where}' must be a table")
        for key in entry:
            if key not in keys:
                raise ConfigError(f"{label}: unknown key '{where}.{key}'{did_you_mean(key, keys)}")
        name = entry.get("name")
        if not isinstance(name, str) or not name.strip():
            raise ConfigError(f"{label}: '{where}.name' is required and must be a non-empty string")
        if name in names:
            raise ConfigError(f"{label}: '{where} ({name}).name' is used by two {section}")
        names.add(name)
        yield f"{where} ({name})", name, entry


def _sources(label: str, raw: Any) -> tuple[Source, ...]:
    sources: list[Source] = []
    for where, name, entry in _tables(label, raw, "sources", SOURCE_KEYS):
        values: dict[str, Any] = {"name": name}
        for key, (default, _) in SOURCE_KEYS.items():
            if key == "name":
                continue
            value = entry.get(key, default)
            values[key] = _check_value(label, f"{where}.{key}", value, default)
        for key in ("feeds", "sitemaps", "start_urls"):
            for url in values[key]:
                if not re.match(r"^https?://[^/\s]+", url):
                    raise ConfigError(f"{label}: '{where}.{key}' has a URL that is not http(s): {url!r}")
        for key in ("include", "exclude"):
            for pattern in values[key]:
                try:
                    re.compile(pattern)
                except re.error as exc:
                    raise ConfigError(f"{label}: '{where}.{key}' has a bad pattern {pattern!r}: {exc}") from None
        if not (values["feeds"] or values["sitemaps"] or values["start_urls"]):
            raise ConfigError(f"{label}: '{where}' needs at least one of feeds, sitemaps or start_urls")
        sources.append(Source(
            name=name, allow_private=values["allow_private"], owner=values["owner"],
            **{key: tuple(values[key]) for key in ("feeds", "sitemaps", "start_urls", "include", "exclude")},
        ))
    return tuple(sources)


def _theme_names() -> tuple[str, ...]:
    from pipeline.themes import THEME_NAMES  # imports numpy: only for a rule that names a theme

    return THEME_NAMES


def _alerts(label: str, raw: Any, companies: list[str]) -> tuple[Alert, ...]:
    alerts: list[Alert] = []
    for where, name, entry in _tables(label, raw, "alerts", ALERT_KEYS):
        values: dict[str, Any] = {}
        for key, (default, _) in ALERT_KEYS.items():
            if key == "name":
                continue
            value = entry.get(key, default)
            if key == "threshold":  # the one number that may be negative
                if isinstance(value, bool) or not isinstance(value, (int, float)) or not -1 <= value <= 1:
                    raise ConfigError(f"{label}: '{where}.threshold' must be a number in [-1, 1], got {value!r}")
                values[key] = float(value)
                continue
            values[key] = _check_value(label, f"{where}.{key}", value, default)
        if values["entity"] != "*" and values["entity"] not in companies:
            raise ConfigError(f"{label}: '{where}.entity' must be \"*\" or a company of the entity table "
                              f"({', '.join(companies)}), got {values['entity']!r}")
        if values["theme"] and values["theme"] not in (names := _theme_names()):
            raise ConfigError(f"{label}: '{where}.theme' must be one of {', '.join(names)}, got {values['theme']!r}")
        if values["confidence"] not in QUANTILES:  # the levels pipeline/trends.py has t quantiles for
            raise ConfigError(f"{label}: '{where}.confidence' must be 0.95, 0.9 or 0.8, got {values['confidence']!r}")
        if values["when"] not in ALERT_WHEN:
            raise ConfigError(f"{label}: '{where}.when' must be one of {', '.join(ALERT_WHEN)}, got {values['when']!r}")
        try:
            values["window"] = parse_duration(values["window"])
        except ValueError:
            raise ConfigError(f"{label}: '{where}.window' must be a duration like 7d or 36h, got {values['window']!r}") from None
        if values["window"] <= timedelta(0) or values["min_stories"] < 1 or values["timeout_s"] <= 0:
            raise ConfigError(f"{label}: '{where}' needs a window and timeout_s longer than zero and min_stories of at "
                              "least 1")
        if values["webhook"] and not re.match(r"^https?://[^/\s]+", values["webhook"]):
            raise ConfigError(f"{label}: '{where}.webhook' is not an http(s) URL: {values['webhook']!r}")
        if values["webhook_secret_env"] and not values["webhook"]:
            raise ConfigError(f"{label}: '{where}.webhook_secret_env' is set but there is no webhook to sign for")
        if not values["webhook"] and not values["email"]:
            raise ConfigError(f"{label}: '{where}' goes nowhere: set a webhook, email = true, or both")
        alerts.append(Alert(name=name, **values))
    return tuple(alerts)


def _entities(label: str, raw: Any) -> tuple[Entity, ...]:
    """Configured entities add to or replace (by name) the built-in alias tables."""
    if not isinstance(raw, dict):
        raise ConfigError(f"{label}: 'entities' must be a table of [entities.NAME] tables")
    merged: dict[str, tuple[str, ...]] = {name: tuple(aliases) for name, aliases in DEFAULT_ENTITIES.items()}
    for name, entry in raw.items():
        where = f"entities.{name}"
        if not isinstance(entry, dict):
            raise ConfigError(f"{label}: '{where}' must be a table with an aliases list")
        for key in entry:
            if key != "aliases":
                raise ConfigError(f"{label}: unknown key '{where}.{key}'")
        aliases = entry.get("aliases")
        if aliases is None:
            raise ConfigError(f"{label}: '{where}.aliases' is required")
        aliases = _check_value(label, f"{where}.aliases", aliases, [])
        if not aliases or any(not alias.strip() for alias in aliases):
            raise ConfigError(f"{label}: '{where}.aliases' must list at least one non-empty alias")
        merged[name] = tuple(aliases)
    return tuple(Entity(name, aliases) for name, aliases in merged.items())
