"""Validate test_real.jsonl and print a summary.

Usage: python validate.py [path]   (default: test_real.jsonl next to this file)
Exit status 1 if any hard check or minimum fails.
"""
import json
import sys
from collections import Counter
from pathlib import Path

ENTITIES = ["Meta", "OpenAI", "Google", "Anthropic", "Microsoft", "Amazon",
            "Nvidia", "Apple", "Mistral", "xAI"]
LABELS = ["neutral", "skeptical", "optimistic"]
PHENOMENA = ["plain", "number_fact", "comparison", "concessive", "hedged_doubt",
             "quote_exec", "quote_analyst", "question_headline", "list_item",
             "section_label", "emoji_label", "multi_company", "reference",
             "alias_person"]
ALIASES = {
    "Meta": ["Meta", "Llama", "Zuckerberg"],
    "OpenAI": ["OpenAI", "ChatGPT", "GPT-4", "GPT-5", "Sora", "Altman"],
    "Google": ["Google", "Gemini", "DeepMind", "Bard", "Pichai"],
    "Anthropic": ["Anthropic", "Claude", "Amodei"],
    "Microsoft": ["Microsoft", "Copilot", "Azure", "Bing", "Nadella"],
    "Amazon": ["Amazon", "AWS", "Bedrock", "Alexa", "Jassy"],
    "Nvidia": ["Nvidia", "Jensen Huang"],
    "Apple": ["Apple", "Siri", "Apple Intelligence", "Tim Cook"],
    "Mistral": ["Mistral", "Le Chat"],
    "xAI": ["xAI", "Grok", "Elon Musk"],
}
KEYS = {"sid", "text", "targets", "phenomenon"}
TKEYS = {"entity", "mention", "start", "end", "label"}
SECTION_PREFIXES = ("Why This Matters:", "Limitations & Risks:", "Actionable Advice:",
                    "Key Facts:", "Bottom line:")


def main(path):
    errors = []
    rows = []
    with open(path, encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            if not line.strip():
                errors.append(f"line {ln}: empty line")
                continue
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                errors.append(f"line {ln}: bad JSON: {e}")
    sids = Counter(r.get("sid") for r in rows)
    errors += [f"duplicate sid {s}" for s, c in sids.items() if c > 1]

    ent_c, lab_c, phen_c = Counter(), Counter(), Counter()
    ent_lab = {e: Counter() for e in ENTITIES}
    phen_lab = {p: Counter() for p in PHENOMENA}
    n_targets = n_multi = n_empty = n_list = n_section = n_emoji_prefixed = 0
    lengths = []
    for r in rows:
        sid = r.get("sid")
        if set(r) != KEYS:
            errors.append(f"{sid}: keys {sorted(r)} != {sorted(KEYS)}")
            continue
        text, tg, ph = r["text"], r["targets"], r["phenomenon"]
        if ph not in PHENOMENA:
            errors.append(f"{sid}: bad phenomenon {ph!r}")
        phen_c[ph] += 1
        lengths.append(len(text.split()))
        if text.startswith("- "):
            n_list += 1
        core = text.lstrip("- ")
        first = core.split(" ", 1)
        if any(core.startswith(p) for p in SECTION_PREFIXES) or ph in ("section_label", "emoji_label"):
            n_section += 1
        if ph == "emoji_label" and first and not first[0][:1].isalnum():
            n_emoji_prefixed += 1
        if not tg:
            n_empty += 1
        if len({t.get("entity") for t in tg}) >= 2:
            n_multi += 1
        seen = set()
        for t in tg:
            if set(t) != TKEYS:
                errors.append(f"{sid}: target keys {sorted(t)}")
                continue
            e, m, s, en, lab = t["entity"], t["mention"], t["start"], t["end"], t["label"]
            if e not in ENTITIES:
                errors.append(f"{sid}: bad entity {e!r}")
            if lab not in LABELS:
                errors.append(f"{sid}: bad label {lab!r}")
            if not (isinstance(s, int) and isinstance(en, int)) or text[s:en] != m:
                errors.append(f"{sid}: offsets {s}:{en} give {text[s:en]!r}, mention {m!r}")
            if e in ALIASES and not any(m == a or m.endswith(" " + a) for a in ALIASES[e]):
                errors.append(f"{sid}: mention {m!r} is not an alias of {e}")
            if e in seen:
                errors.append(f"{sid}: more than one target for {e}")
            seen.add(e)
            n_targets += 1
            ent_c[e] += 1
            lab_c[lab] += 1
            if e in ent_lab:
                ent_lab[e][lab] += 1
            if ph in phen_lab:
                phen_lab[ph][lab] += 1

    n = len(rows)
    # ---- minimums from the brief
    mins = [
        ("sentences >= 260", n >= 260),
        ("targets >= 420", n_targets >= 420),
        (">= 8 companies with >= 25 targets", sum(ent_c[e] >= 25 for e in ENTITIES) >= 8),
        ("multi-company sentences >= 20%", n_multi >= 0.20 * n),
        ("list items (\"- \") >= 40", n_list >= 40),
        ("section-label sentences >= 25", n_section >= 25),
        ("section_label (no emoji) >= 25", phen_c["section_label"] >= 25),
        ("concessive >= 30", phen_c["concessive"] >= 30),
        ("comparison >= 40", phen_c["comparison"] >= 40),
        ("number_fact >= 40", phen_c["number_fact"] >= 40),
        ("hedged_doubt >= 25", phen_c["hedged_doubt"] >= 25),
        ("question_headline >= 15", phen_c["question_headline"] >= 15),
        ("quotes (exec + analyst) >= 20", phen_c["quote_exec"] + phen_c["quote_analyst"] >= 20),
        ("no-target look-alike sentences ~10", 8 <= n_empty <= 15),
    ]
    for lab in LABELS:
        share = lab_c[lab] / max(n_targets, 1)
        lo, hi = (0.30, 0.40) if lab == "neutral" else (0.28, 0.37)
        mins.append((f"{lab} share {share:.1%} in [{lo:.0%}, {hi:.0%}]", lo <= share <= hi))

    # ---- summary
    print(f"file: {path}")
    print(f"sentences: {n}   targets: {n_targets}   sentences without target: {n_empty}")
    print(f"sentences with >=2 companies: {n_multi} ({n_multi / max(n, 1):.1%})")
    print(f"list items: {n_list}   section/emoji-label sentences: {n_section} "
          f"(of which emoji-prefixed: {n_emoji_prefixed})")
    print(f"words per sentence: min {min(lengths)}, median {sorted(lengths)[len(lengths)//2]}, max {max(lengths)}")
    print()
    print("| label | targets | share |")
    print("|---|---:|---:|")
    for lab in LABELS:
        print(f"| {lab} | {lab_c[lab]} | {lab_c[lab] / n_targets:.1%} |")
    print()
    print("| company | targets | neutral | skeptical | optimistic |")
    print("|---|---:|---:|---:|---:|")
    for e in ENTITIES:
        c = ent_lab[e]
        print(f"| {e} | {ent_c[e]} | {c['neutral']} | {c['skeptical']} | {c['optimistic']} |")
    print()
    print("| phenomenon | sentences | neutral | skeptical | optimistic |")
    print("|---|---:|---:|---:|---:|")
    for p in PHENOMENA:
        c = phen_lab[p]
        print(f"| {p} | {phen_c[p]} | {c['neutral']} | {c['skeptical']} | {c['optimistic']} |")
    print()
    print("checks:")
    ok = True
    for name, passed in mins:
        print(f"  [{'ok' if passed else 'FAIL'}] {name}")
        ok &= passed
    if errors:
        ok = False
        print(f"\n{len(errors)} errors:")
        for e in errors[:50]:
            print("  " + e)
    print("\nRESULT:", "PASS" if ok else "FAIL")
    return 0 if ok else 1


if __name__ == "__main__":
    p = sys.argv[1] if len(sys.argv) > 1 else str(Path(__file__).resolve().parent / "test_real.jsonl")
    sys.exit(main(p))
