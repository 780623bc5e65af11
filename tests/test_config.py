from __future__ import annotations

import re
from pathlib import Path

import pytest

from pipeline.config import ConfigError, load_config
from pipeline.defaults import ALERT_KEYS, DEFAULT_ENTITIES, DEFAULT_SOURCES, SETTINGS, SOURCE_KEYS
from tests.conftest import run_cli, write_config

ROOT = Path(__file__).resolve().parent.parent


def test_shipped_config_holds_exactly_the_builtin_defaults() -> None:
    shipped = load_config(ROOT / "config.toml")
    builtin = load_config(None)
    assert shipped.settings == builtin.settings
    assert shipped.sources == builtin.sources
    assert [s.name for s in shipped.sources] == [s["name"] for s in DEFAULT_SOURCES]
    assert {e.name: list(e.aliases) for e in shipped.entities} == DEFAULT_ENTITIES


def test_shipped_config_is_what_the_generator_writes() -> None:
    from scripts.write_default_config import render

    assert (ROOT / "config.toml").read_text() == render()


def test_every_setting_is_documented() -> None:
    docs = (ROOT / "docs" / "configuration.md").read_text()
    missing = [key for key, _, _ in SETTINGS if f"`{key}`" not in docs]
    missing += [f"sources.{key}" for key in SOURCE_KEYS if f"`{key}`" not in docs]
    alerts = docs[docs.index("## Alerts"):]
    missing += [f"alerts.{key}" for key in ALERT_KEYS if f"`{key}`" not in alerts.split("\n## ", 1)[0]]
    assert missing == []


def test_a_file_holds_only_what_it_changes(tmp_path: Path) -> None:
    config = load_config(write_config(tmp_path, """
        [crawl]
        timeout_s = 5
        [entities.Mistral]
        aliases = ["Mistral", "Le Chat"]
        [entities.Cohere]
        aliases = ["Cohere", "Command R"]
    """))
    assert config["crawl.timeout_s"] == 5.0
    assert config["crawl.max_depth"] == 2  # untouched default
    assert config.data_dir == (tmp_path / "data").resolve()  # relative to the file, not the cwd
    assert [s.name for s in config.sources] == [s["name"] for s in DEFAULT_SOURCES]
    entities = {e.name: e.aliases for e in config.entities}
    assert entities["Cohere"] == ("Cohere", "Command R")
    assert entities["Mistral"] == ("Mistral", "Le Chat")
    assert entities["Meta"] == tuple(DEFAULT_ENTITIES["Meta"])


def test_listing_sources_replaces_the_default_list(tmp_path: Path) -> None:
    config = load_config(write_config(tmp_path, """
        [[sources]]
        name = "example"
        feeds = ["https://example.com/rss.xml"]
    """))
    assert [s.name for s in config.sources] == ["example"]
    assert config.sources[0].allow_private is False


@pytest.mark.parametrize("body, message", [
    ("[crawl]\ntimout_s = 3\n", "unknown key 'crawl.timout_s'; did you mean 'crawl.timeout_s'?"),
    ("[crawler]\nx = 1\n", "unknown key 'crawler'; did you mean 'crawl'?"),
    ("[crawl]\ntimeout_s = \"fast\"\n", "'crawl.timeout_s' must be a number"),
    ("[crawl]\nobey_robots = 1\n", "'crawl.obey_robots' must be true or false"),
    ("[crawl]\nmax_depth = -1\n", "'crawl.max_depth' must not be negative"),
    ("[model]\ndevice = \"tpu\"\n", "'model.device' must be one of auto, cpu, cuda"),
    ("[schedule]\ningest_interval = \"often\"\n", "'schedule.ingest_interval' must be a duration"),
    ("[email]\npassword = \"hunter2\"\n", "'email.password' is not allowed in a file"),
    ("[[sources]]\nfeeds = [\"https://a.example/rss\"]\n", "'sources[0].name' is required"),
    ("[[sources]]\nname = \"a\"\n", "'sources[0] (a)' needs at least one of feeds, sitemaps or start_urls"),
    ("[[sources]]\nname = \"a\"\nfeeds = [\"ftp://a.example/rss\"]\n", "not http(s)"),
    ("[[sources]]\nname = \"a\"\nfeeds = [\"https://a.example/\"]\nfeedz = []\n",
     "unknown key 'sources[0].feedz'; did you mean 'feeds'?"),
    ("[[sources]]\nname = \"a\"\nfeeds = [\"https://a.example/\"]\ninclude = [\"(\"]\n", "bad pattern"),
    ("[entities.Meta]\nalias = [\"Meta\"]\n", "unknown key 'entities.Meta.alias'"),
    ("[entities.Meta]\naliases = []\n", "'entities.Meta.aliases' must list at least one"),
    ("[storage\n", "not valid TOML"),
])
def test_bad_config_is_one_line_naming_file_and_key(tmp_path: Path, body: str, message: str) -> None:
    path = tmp_path / "config.toml"
    path.write_text(body)
    with pytest.raises(ConfigError) as error:
        load_config(path)
    text = str(error.value)
    assert message in text
    assert text.startswith(str(path))
    assert "\n" not in text


@pytest.mark.parametrize("data, message", [
    ('[storage]\ndata_dir = "café"\n'.encode("latin-1"), "not UTF-8 text: line 2, byte 16 is 0xe9; save it as UTF-8"),
    ('[storage]\ndata_dir = "data"\n'.encode("utf-16"), "not UTF-8 text: line 1, byte 1 is 0xff"),
])
def test_a_config_file_not_in_utf8_is_one_line(tmp_path: Path, data: bytes, message: str) -> None:
    path = tmp_path / "config.toml"
    path.write_bytes(data)
    code, out, err = run_cli("--config", str(path), "status")
    assert (code, out) == (1, "") and err.startswith(f"Error: {path}: {message}") and err.count("\n") == 1


def test_cli_reports_bad_config_without_traceback(tmp_path: Path) -> None:
    path = write_config(tmp_path, "[crawl]\ntimout_s = 3\n")
    code, out, err = run_cli("--config", str(path), "status")
    assert code == 1
    assert err.strip() == f"Error: {path}: unknown key 'crawl.timout_s'; did you mean 'crawl.timeout_s'?"
    assert "Traceback" not in out + err
    path = write_config(tmp_path, "[crawl]\nzzz = 3\n")  # nothing close: no guess
    code, out, err = run_cli("--config", str(path), "status")
    assert (code, err.strip()) == (1, f"Error: {path}: unknown key 'crawl.zzz'")


def test_config_from_environment_variable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write_config(tmp_path, '[storage]\ndata_dir = "elsewhere"\n')
    monkeypatch.setenv("AIPULSE_CONFIG", str(path))
    code, _, err = run_cli("status", "--json")
    # the file named by the variable was read: its data_dir is where status looked, and found nothing
    assert code == 1
    assert re.fullmatch(r"Error: no database at .*elsewhere/aipulse.db: run `aipulse ingest` first\n", err)
    assert not (tmp_path / "elsewhere" / "aipulse.db").exists()  # a reading command never creates one


def test_missing_config_file_is_a_clear_error(tmp_path: Path) -> None:
    code, _, err = run_cli("--config", str(tmp_path / "nope.toml"), "status")
    assert code == 1
    assert err.strip() == f"Error: {tmp_path / 'nope.toml'}: config file not found"


@pytest.mark.parametrize("folder, complaint", [
    ("notes.txt", "is a file, not a folder"),
    ("notes.txt/data", "cannot make the folder (Not a directory)"),
])
def test_a_data_dir_that_cannot_be_a_folder_is_one_line_naming_the_setting(tmp_path: Path, folder: str,
                                                                          complaint: str) -> None:
    (tmp_path / "notes.txt").write_text("kept")
    path = write_config(tmp_path, f'[storage]\ndata_dir = "{folder}"\n')
    for command in ("ingest", "daemon"):
        code, out, err = run_cli("--config", str(path), command)
        assert code == 1 and err == f"Error: {path}: storage.data_dir {tmp_path / folder} {complaint}\n".replace(
            " cannot", ": cannot"), err
    assert (tmp_path / "notes.txt").read_text() == "kept"
