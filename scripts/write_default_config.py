"""Write config.toml from the built-in defaults (pipeline/defaults.py), comments included.

    python scripts/write_default_config.py > config.toml
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pipeline.defaults import ALERT_KEYS, CHOICES, DEFAULT_ENTITIES, DEFAULT_SOURCES, SETTINGS, SOURCE_KEYS  # noqa: E402

HEADER = """\
# aipulse configuration. Every key is optional: what a file leaves out takes the built-in
# default, and these are exactly those defaults. `aipulse --config FILE` or AIPULSE_CONFIG picks
# another file; relative paths resolve against the file's own folder. Secrets never go here:
# the SMTP password is read from the environment variable named by email.password_env.
"""


def toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (str, list)):
        return json.dumps(value)
    if isinstance(value, int):
        return f"{value:_}" if value >= 10_000 else str(value)
    return repr(value)


def render() -> str:
    lines = [HEADER]
    section = None
    for key, default, help_text in SETTINGS:
        name, field = key.split(".")
        if name != section:
            lines.append(f"{'' if section is None else chr(10)}[{name}]")
            section = name
        choices = f" ({' | '.join(CHOICES[key])})" if key in CHOICES else ""
        lines += [f"# {help_text}{choices}", f"{field} = {toml_value(default)}"]
    lines += ["", "# Sources to crawl. A file that lists [[sources]] replaces this whole list."]
    lines += [f"#   {key}: {help_text}" for key, (_, help_text) in SOURCE_KEYS.items()]
    for source in DEFAULT_SOURCES:
        lines += ["", "[[sources]]"] + [f"{key} = {toml_value(source[key])}" for key in SOURCE_KEYS if key in source]
    lines += ["", "# Alerts (docs/alerts.md): none by default. Each [[alerts]] table is one rule; its keys:"]
    lines += [f"#   {key}: {help_text}" for key, (_, help_text) in ALERT_KEYS.items()]
    lines += ["#", "# [[alerts]]", '# name = "meta-doubt"', '# entity = "Meta"', '# when = "shift"', '# window = "7d"',
              "# min_stories = 2", '# webhook = "https://hooks.example.com/T000/B000"',
              '# webhook_secret_env = "AIPULSE_WEBHOOK_SECRET"', "# email = true"]
    lines += ["", "# Tracked companies and the names the news uses for them (products and people included).",
              "# A file's [entities.NAME] adds a company or replaces that company's aliases."]
    for name, aliases in DEFAULT_ENTITIES.items():
        lines += ["", f"[entities.{name}]", f"aliases = {toml_value(aliases)}"]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    sys.stdout.write(render())
