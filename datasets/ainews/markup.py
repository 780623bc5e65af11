"""The markup the build_extra_*.py scripts write their sentences in, and the checks every written sentence
passes: [mention|o] optimistic, [mention|s] skeptical, [mention|n] neutral; the company is looked up from the
mention in the project's own entity table (pipeline/defaults.py), so the labels find what ingest finds.

The house rules, by which extra_w and every set written after it are labelled:
  - Comparison: winner optimistic, loser skeptical; a mere yardstick (price, speed, catch-up target named with no
    verdict) neutral. Rivals listed as the ones ahead of a lagging company are winners (optimistic). A disputed
    claim to beat rivals: the claimant skeptical, the named rivals neutral.
  - Concessive: the main clause decides.
  - Plain facts (revenue, growth stated flatly, capex, GPU counts, run rates, users, funding, launches, deals,
    headcount) -> neutral, even when big; judged figures (beat, record, missed, slowest, blowout) -> by the
    judgement. Stock rises optimistic, falls skeptical.
  - Lawsuits, fines, investigations, scrutiny, safety lapses, outages, breaches, apologies, recalls against the
    company -> skeptical; a suit the company files itself or a court's scheduling -> neutral.
  - Third-party praise and an executive praising their own product -> optimistic; flat plans -> neutral.
  - Questions: the lean a reader hears. List markers and section labels do not change the label.
  - Each company at most once per sentence, labelled at its first mention; every alias of a tracked company in the
    sentence is labelled.
"""
import collections
import json
import os
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from pipeline.config import Entity  # noqa: E402
from pipeline.defaults import DEFAULT_ENTITIES  # noqa: E402
from pipeline.entities import MentionFinder  # noqa: E402
from pipeline.sentences import split_sentences  # noqa: E402
from pipeline.stance import normalise  # noqa: E402

ALIASES = DEFAULT_ENTITIES
ALIAS2ENT = {a: e for e, al in ALIASES.items() for a in al}
LABELS = {"o": "optimistic", "s": "skeptical", "n": "neutral"}
MARK = re.compile(r"\[([^\[\]|]+)\|([osn])\]")


def parse(marked):
    out, targets, pos = [], [], 0
    for m in MARK.finditer(marked):
        out.append(marked[pos:m.start()])
        start = sum(len(x) for x in out)
        mention = m.group(1)
        if mention not in ALIAS2ENT:
            raise ValueError(f"unknown alias {mention!r} in {marked!r}")
        out.append(mention)
        targets.append({"entity": ALIAS2ENT[mention], "mention": mention, "start": start,
                        "end": start + len(mention), "label": LABELS[m.group(2)]})
        pos = m.end()
    out.append(marked[pos:])
    return "".join(out), targets


def render_pair(tpl, x, y):
    """A mirrored comparison template, {A} the loser and {B} the winner, rendered both ways round."""
    return tpl.replace("{A}", x).replace("{B}", y), tpl.replace("{A}", y).replace("{B}", x)


def alias_hits(text):
    hits = []
    for alias, ent in ALIAS2ENT.items():
        for m in re.finditer(r"(?<!\w)" + re.escape(alias) + r"(?![\w])", text):
            hits.append((m.start(), m.end(), alias, ent))
    return hits


def validate(rec):
    """What is wrong with one written sentence: offsets, aliases, labels, first mentions, markup left over,
    and any company of the entity table that the sentence names but does not label."""
    text, tg = rec["text"], rec["targets"]
    errs = []
    ents = [t["entity"] for t in tg]
    if len(ents) != len(set(ents)):
        errs.append("duplicate entity")
    if not tg:
        errs.append("no targets")
    if any(c in text for c in "[]|{"):
        errs.append("markup left in text")
    hits = alias_hits(text)
    for t in tg:
        if text[t["start"]:t["end"]] != t["mention"]:
            errs.append(f"offset mismatch {t}")
        if t["entity"] not in ALIASES or t["mention"] not in ALIASES[t["entity"]]:
            errs.append(f"bad entity/alias {t}")
        if t["label"] not in LABELS.values():
            errs.append(f"bad label {t}")
        first = min(h[0] for h in hits if h[3] == t["entity"])
        if first != t["start"]:
            errs.append(f"not first mention of {t['entity']}: {t['mention']}@{t['start']} vs {first}")
    for h in hits:
        if h[3] not in ents:
            errs.append(f"unlabelled company {h[2]!r} ({h[3]})")
    return errs


def existing_texts(folder, own_name):
    """Lower-cased texts of every train*/extra_* file under `folder` (unused/ too) but `own_name`: a new
    sentence must not repeat one of them."""
    texts = set()
    for root, _, files in os.walk(folder):
        for name in files:
            if name.endswith(".jsonl") and name.startswith(("train", "extra_")) and name != own_name:
                with open(os.path.join(root, name), encoding="utf-8") as f:
                    texts.update(json.loads(line)["text"].strip().lower() for line in f if line.strip())
    return texts


def write_jsonl(path, records):
    with open(path, "w", encoding="utf-8") as f:
        for record in records:
            f.write(json.dumps(record, ensure_ascii=False) + "\n")


def print_label_summary(name, records):
    """Sentences, targets, the label mix and each company's labels, as every build script prints them."""
    labels = collections.Counter(t["label"] for r in records for t in r["targets"])
    by_company = collections.defaultdict(collections.Counter)
    for r in records:
        for t in r["targets"]:
            by_company[t["entity"]][t["label"]] += 1
    total = sum(labels.values())
    print(f"{name}: {len(records)} sentences, {total} targets")
    print("labels:", ", ".join(f"{k} {v} ({v / total:.1%})" for k, v in labels.most_common()))
    print("per company (total  skeptical/neutral/optimistic):")
    for company in ALIASES:
        c = by_company[company]
        print(f"  {company:10s} {sum(c.values()):4d}  {c['skeptical']:3d}/{c['neutral']:3d}/{c['optimistic']:3d}")


def checked(sid, marked, seen, existing, name):
    """One marked-up sentence as a record, and whether anything is wrong with it (printed): what validate() finds,
    a repeat within this file (`seen`, which it updates) or of an earlier file's sentence (`existing`)."""
    text, targets = parse(marked)
    rec = {"sid": sid, "text": text, "targets": targets}
    errs = validate(rec)
    key = text.strip().lower()
    if key in seen:
        errs.append(f"duplicate sentence in {name}")
    if key in existing:
        errs.append("duplicate of an existing training sentence")
    seen.add(key)
    if errs:
        print(sid, text, "\n   ", errs, file=sys.stderr)
    return rec, bool(errs)


def collect(items, prefix, name, existing, tags):
    """Each (marked sentence, its categories) as a checked record with sid PREFIX0001…, and its categories with what
    `tags(text, targets)` adds (layout, quotes, several companies …); exits when any sentence is invalid."""
    recs, cats, bad, seen = [], [], 0, set()
    for i, (marked, cs) in enumerate(items, 1):
        rec, wrong = checked(f"{prefix}{i:04d}", marked, seen, existing, name)
        bad += wrong
        recs.append(rec)
        cats.append(set(cs) | tags(rec["text"], rec["targets"]))
    if bad:
        print(f"{bad} invalid sentences", file=sys.stderr)
        sys.exit(1)
    return recs, cats


def print_groups(groups, recs, cats, width):
    """Per group (each sentence counted in the first of `groups` among its categories): sentences, targets and their
    labels."""
    labels = collections.defaultdict(collections.Counter)
    for rec, cs in zip(recs, cats, strict=True):
        main = next(g for g in groups if g in cs)
        for t in rec["targets"]:
            labels[main][t["label"]] += 1
    counts = collections.Counter(c for cs in cats for c in cs)
    print("per group: sentences, targets (skeptical/neutral/optimistic)")
    for g in groups:
        c = labels[g]
        print(f"  {g:{width}s} {counts[g]:4d} {sum(c.values()):4d}  {c['skeptical']:3d}/{c['neutral']:3d}/{c['optimistic']:3d}")


def print_categories(cats, width=20):
    counts = collections.Counter(c for cs in cats for c in cs)
    print("categories (a sentence can be in several):")
    for k, v in sorted(counts.items()):
        print(f"  {k:{width}s} {v}")


def finish(folder, out, recs, cats, groups, width):
    """Write the file and print what every build script prints about it: the label summary, the groups, the
    categories and the number of targets per sentence."""
    write_jsonl(os.path.join(folder, out), recs)
    print_label_summary(out, recs)
    print_groups(groups, recs, cats, width)
    print_categories(cats, 22)
    print("targets per sentence:", collections.Counter(len(r["targets"]) for r in recs))


def laid_out(text):
    """Whether the sentence sits behind a list marker, an emoji or a section label: what the stance model's own
    normalise() strips before scoring."""
    return normalise(text, len(text), len(text))[0] != text


def without(items, taken_out):
    """`items` ((marked sentence, categories) pairs) less the sentences whose plain text is in `taken_out`: written
    by the writer, then taken out by the project because they came too close to an evaluation or development
    sentence. Every listed sentence must still be written, so the list cannot rot."""
    texts = [parse(marked)[0] for marked, _ in items]
    if missing := set(taken_out) - set(texts):
        sys.exit(f"taken out but not written: {sorted(missing)[0]!r}")
    return [item for item, text in zip(items, texts) if text not in taken_out]


def finder_disagreements(recs, extra=lambda rec: []):
    """How many records the project's own mention finder or sentence splitter sees otherwise than they are labelled:
    exactly the labelled companies at their labelled first mentions, and one sentence per item (`extra(rec)` adds a
    script's own problems). Each one is printed."""
    finder = MentionFinder(Entity(name, tuple(aliases)) for name, aliases in DEFAULT_ENTITIES.items())
    bad = 0
    for rec in recs:
        first = {}
        for entity, _alias, start, end in finder.spans(rec["text"]):
            first.setdefault(entity, (start, end))
        want = {t["entity"]: (t["start"], t["end"]) for t in rec["targets"]}
        problems = [f"finder {first} != labels {want}"] if first != want else []
        if (pieces := len(split_sentences(rec["text"]))) != 1:
            problems.append(f"splits into {pieces} sentences")
        problems += extra(rec)
        if problems:
            bad += 1
            print(rec["sid"], rec["text"], "\n   ", problems, file=sys.stderr)
    return bad


def build(folder, out, classes, taken_out, prefix, width, layout_tag="layout"):
    """What a build script does with its sentences (`classes`: (group, marked sentences) pairs): leave out `taken_out`,
    check every sentence and that the project's finder and splitter see exactly what is labelled, write `out` under
    `folder` with sids PREFIX0001… and print the summary. `layout_tag` names the list-item/section-label category
    (a set with a group of that name uses another)."""
    items = without([(s, {cat}) for cat, group in classes for s in group], taken_out)

    def tags(text, targets):
        found = {layout_tag: laid_out(text),
                 "quote": "“" in text, "question_form": text.rstrip().endswith("?"),
                 "multi_company": len(targets) > 1, "multi_company_mixed": len({t["label"] for t in targets}) > 1}
        return {tag for tag, hit in found.items() if hit}

    name = os.path.splitext(os.path.basename(out))[0]
    recs, cats = collect(items, prefix, name, existing_texts(folder, os.path.basename(out)), tags)
    if bad := finder_disagreements(recs):
        print(f"{bad} sentences disagree with MentionFinder or the splitter", file=sys.stderr)
        sys.exit(1)
    finish(folder, out, recs, cats, tuple(cat for cat, _ in classes), width)
