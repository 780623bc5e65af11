"""Build the theme sets from their written sources: datasets/themes/src/NAME.txt -> datasets/themes/NAME.jsonl.

    .venv/bin/python datasets/themes/build.py [NAME ...]      # default: every src/*.txt

One sentence per line (blank lines and lines starting with # are skipped). Each company the sentence names is
marked at its first mention with the theme the sentence judges that company on, and optionally a second theme
a reader would also accept:

    [Meta|regulation] was fined EUR 1.2 billion over data transfers, its largest privacy penalty yet.
    [Llama|open_source/models] stays free to download, and [OpenAI|models] keeps its best model closed.

The companies are found with the project's own MentionFinder over the default entity table, so a mark has to be
exactly what ingest finds: an unmarked company, a mark ingest would not find, or a mark not on the first mention is
an error. A sentence repeated within or across the files is an error too.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from pipeline.config import Entity  # noqa: E402
from pipeline.defaults import DEFAULT_ENTITIES  # noqa: E402
from pipeline.entities import MentionFinder  # noqa: E402
from pipeline.themes import THEMES, check_themes  # noqa: E402

HERE = Path(__file__).resolve().parent
MARK = re.compile(r"\[([^\[\]|]+)\|([a-z_]+)(?:/([a-z_]+))?\]")
FINDER = MentionFinder(Entity(name, tuple(aliases)) for name, aliases in DEFAULT_ENTITIES.items())


def parse(line: str) -> tuple[str, list[dict]]:
    """The plain sentence and its marked targets; ValueError says what is wrong."""
    parts, targets, position = [], [], 0
    for match in MARK.finditer(line):
        parts.append(line[position:match.start()])
        start = sum(len(p) for p in parts)
        mention, theme, second = match.groups()
        check_themes([theme] + ([second] if second else []))
        if second == theme:
            raise ValueError(f"second theme repeats the first: {theme!r}")
        parts.append(mention)
        targets.append({"mention": mention, "start": start, "end": start + len(mention), "theme": theme,
                        "accepted": [theme] + ([second] if second else [])})
        position = match.end()
    parts.append(line[position:])
    text = "".join(parts)
    if any(c in text for c in "[]|"):
        raise ValueError("markup left in the text")
    found: dict[str, tuple[str, int, int]] = {}
    for entity, alias, start, end in FINDER.spans(text):
        found.setdefault(entity, (alias, start, end))
    if not targets:
        raise ValueError("no company marked")
    for target in targets:
        hits = [entity for entity, (_, start, end) in found.items() if (start, end) == (target["start"], target["end"])]
        if not hits:
            raise ValueError(f"{target['mention']!r} is not the first mention of a company that ingest finds there")
        target["entity"] = hits[0]
    marked = {t["entity"] for t in targets}
    if len(marked) != len(targets):
        raise ValueError("a company marked twice")
    if missing := sorted(set(found) - marked):
        raise ValueError(f"companies named but not marked: {', '.join(missing)}")
    ordered = [{"entity": t["entity"], "mention": t["mention"], "start": t["start"], "end": t["end"],
                "theme": t["theme"], "accepted": t["accepted"]} for t in targets]
    return text, ordered


def build(name: str, seen: dict[str, str]) -> tuple[list[dict], list[str]]:
    records, errors = [], []
    lines = (HERE / "src" / f"{name}.txt").read_text(encoding="utf-8").splitlines()
    for number, line in enumerate(lines, 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        try:
            text, targets = parse(line)
        except ValueError as error:
            errors.append(f"{name}.txt:{number}: {error}: {line}")
            continue
        key = " ".join(text.lower().split())
        if key in seen:
            errors.append(f"{name}.txt:{number}: repeats {seen[key]}: {line}")
            continue
        seen[key] = f"{name}.txt:{number}"
        records.append({"sid": f"{name}-{len(records) + 1:04d}", "text": text, "targets": targets})
    return records, errors


def main() -> int:
    names = sys.argv[1:] or sorted(p.stem for p in (HERE / "src").glob("*.txt"))
    seen: dict[str, str] = {}
    failed = False
    for name in sorted(p.stem for p in (HERE / "src").glob("*.txt")):
        records, errors = build(name, seen)
        if name not in names:
            continue
        for error in errors:
            print(error, file=sys.stderr)
        failed |= bool(errors)
        counts: dict[str, int] = {}
        for record in records:
            for target in record["targets"]:
                counts[target["theme"]] = counts.get(target["theme"], 0) + 1
        with open(HERE / f"{name}.jsonl", "w", encoding="utf-8") as out:
            for record in records:
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
        print(f"{name}: {len(records)} sentences, {sum(counts.values())} mentions; "
              + ", ".join(f"{theme} {counts.get(theme, 0)}" for theme in THEMES) + f"; {len(errors)} errors")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
