"""CheckList-style behavioural test cases for the targeted stance classifier (Ribeiro et al., ACL 2020).

    .venv/bin/python bench/stance_checklist_cases.py      (writes datasets/checklist/cases.jsonl)

Generates INV (invariance), DIR (directional) and MFT (minimum functionality) cases for ten
capabilities, one JSON object per line:

    {"id": "inv-list-0001", "capability": "list_marker", "test": "INV",
     "items": [{"text": "...", "targets": [{"entity": "Meta", "mention": "Llama", "start": 0, "end": 5}]}, ...],
     "expect": {...}}

Offsets are Python character offsets (text[start:end] == mention). Every sentence is hand-written here in
the style of AI-industry news (the events are partly fictional); the script only combines them with list
markers, section labels, quotation forms, company slots and doubt clauses, deterministically
(random.Random(0)), pure Python. It validates every case (offsets, aliases, expectations, counts) before
writing, prints the counts per capability and exits non-zero on any error. See datasets/checklist/README.md
for the semantics. These cases are evaluation data only: no training script may read them.

Sentence markup used below: a target mention is written in braces, "{Llama} 4 ships ...": the braces are
dropped and the span becomes a target whose entity is the company the alias belongs to. Slot templates use
<X>, <A>, <B> for a company filled in from a pool of such markup strings.
"""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "datasets" / "checklist" / "cases.jsonl"

ALIASES: dict[str, list[str]] = {
    "Meta": ["Meta", "Llama", "Zuckerberg"],
    "OpenAI": ["OpenAI", "ChatGPT", "GPT-5", "Altman"],
    "Google": ["Google", "Gemini", "DeepMind"],
    "Anthropic": ["Anthropic", "Claude", "Amodei"],
    "Microsoft": ["Microsoft", "Copilot", "Azure", "Nadella"],
    "Amazon": ["Amazon", "AWS", "Bedrock"],
    "Nvidia": ["Nvidia"],
    "Apple": ["Apple", "Siri", "Apple Intelligence"],
    "Mistral": ["Mistral"],
    "xAI": ["xAI", "Grok"],
}
ENTITY_OF = {alias: entity for entity, aliases in ALIASES.items() for alias in aliases}
LABELS = ("skeptical", "neutral", "optimistic")
SK, NE, OP = LABELS

MIN_COUNTS = {
    "list_marker": 40, "emoji_section_label": 40, "quotes_case": 30, "entity_swap": 40, "comparison_swap": 50,
    "added_doubt": 40, "neutral_numbers": 40, "concessive": 40, "question_headline": 20, "comparison_winner": 30,
}
TEST_OF = {
    "list_marker": "INV", "emoji_section_label": "INV", "quotes_case": "INV", "entity_swap": "INV",
    "comparison_swap": "DIR", "added_doubt": "DIR", "neutral_numbers": "MFT", "concessive": "MFT",
    "question_headline": "MFT", "comparison_winner": "MFT",
}
ID_PREFIX = {
    "list_marker": "inv-list", "emoji_section_label": "inv-label", "quotes_case": "inv-quote",
    "entity_swap": "inv-swap", "comparison_swap": "dir-cmp", "added_doubt": "dir-doubt",
    "neutral_numbers": "mft-num", "concessive": "mft-conc", "question_headline": "mft-q",
    "comparison_winner": "mft-win",
}

MARK = re.compile(r"\{([^{}]+)\}")


# --------------------------------------------------------------------------- markup helpers

def render(markup: str) -> dict:
    """Markup -> item: braces dropped, each braced alias a target with its offsets."""
    text, targets, pos = [], [], 0
    length = 0
    for m in MARK.finditer(markup):
        chunk = markup[pos:m.start()]
        text.append(chunk)
        length += len(chunk)
        mention = m.group(1)
        if mention not in ENTITY_OF:
            raise ValueError(f"not a listed alias: {mention!r} in {markup!r}")
        targets.append({"entity": ENTITY_OF[mention], "mention": mention, "start": length,
                        "end": length + len(mention)})
        text.append(mention)
        length += len(mention)
        pos = m.end()
    text.append(markup[pos:])
    return {"text": "".join(text), "targets": targets}


def entities(markup: str) -> list[str]:
    return [t["entity"] for t in render(markup)["targets"]]


def map_plain(markup: str, fn) -> str:
    """Apply fn to the text outside the braced mentions (mentions stay spelled exactly)."""
    parts, pos = [], 0
    for m in MARK.finditer(markup):
        parts.append(fn(markup[pos:m.start()], pos == 0))
        parts.append(m.group(0))
        pos = m.end()
    parts.append(fn(markup[pos:], pos == 0))
    return "".join(parts)


SMALL_WORDS = {"a", "an", "the", "of", "on", "in", "to", "for", "and", "but", "or", "with", "at", "by", "as",
               "from", "than", "into"}


def title_case(markup: str) -> str:
    def fn(segment: str, at_start: bool) -> str:
        words = segment.split(" ")
        out = []
        for i, word in enumerate(words):
            first = at_start and i == 0
            if word and word[0].islower() and (first or word not in SMALL_WORDS):
                word = word[0].upper() + word[1:]
            out.append(word)
        return " ".join(out)
    return map_plain(markup, fn)


def lower_case(markup: str) -> str:
    return map_plain(markup, lambda segment, _: segment.lower())


def fill(template: str, partial: bool = False, **slots: str) -> str:
    for name, value in slots.items():
        template = template.replace(f"<{name}>", value)
    if not partial and re.search(r"<[A-Z]>", template):
        raise ValueError(f"unfilled slot in {template!r}")
    return template


# --------------------------------------------------------------------------- 1. list_marker (INV)

LIST_SENTENCES = [
    "{Llama} 4 ships with open weights and a 10-million-token context window.",
    "{OpenAI} is burning through cash faster than any startup in history.",
    "{Claude} now writes most of the code at several large software firms.",
    "{Nvidia} shares fell 9% after the company warned of new export restrictions.",
    "{Siri} still cannot answer basic follow-up questions reliably.",
    "{AWS} announced three new data-center regions in Asia.",
    "{Gemini} topped the LMArena leaderboard for the fourth month in a row.",
    "{Microsoft} and {OpenAI} renegotiated their revenue-sharing agreement.",
    "{Grok} drew fresh criticism after generating false claims about the election.",
    "{Mistral} raised €600 million at a valuation of €6 billion.",
    "{Copilot} adoption has stalled at many large enterprises, a survey found.",
    "{Amodei} said the company will publish its safety evaluations before each release.",
    "{Zuckerberg} said the superintelligence lab would double its headcount by year-end.",
    "{Bedrock} now offers more than 100 foundation models to enterprise customers.",
    "{DeepMind} unveiled a weather model that outperforms traditional forecasts.",
    "{Apple Intelligence} features have been delayed again, this time until next spring.",
    "{Altman} admitted that the launch of the new model had been bumpy.",
    "{Azure} suffered a six-hour outage that took down thousands of business apps.",
    "{xAI} is building the world's largest GPU cluster in Memphis.",
    "{Anthropic} quietly lowered its revenue forecast for next year.",
    "{ChatGPT} reached 800 million weekly users, the company said.",
    "{Nadella} said AI agents will reshape every business application.",
    "{Amazon} will invest another $8 billion in {Anthropic}.",
    "{Google} was fined €2.4 billion over its AI-generated search summaries.",
    "{Nvidia} posted its tenth consecutive quarter of record revenue.",
    "{Meta} cut 600 jobs from its AI research unit.",
    "{GPT-5} still invents citations in legal research, lawyers say.",
    "{Apple} signed a deal to use {Gemini} inside its voice assistant.",
    "{Mistral} released a small model that runs entirely on a laptop.",
    "{Claude} suffered repeated outages during the busiest week of the year.",
    "{Microsoft} will spend $80 billion on AI data centers this fiscal year.",
    "{Grok} 4 matched the top models on math benchmarks at a fraction of the price.",
    "{OpenAI} faces a lawsuit from a group of news publishers over training data.",
    "{AWS} revenue growth lagged {Azure} for the fifth straight quarter.",
    "{Llama} downloads passed one billion, the company said.",
    "{Siri} will get a chatbot-style upgrade in the next software release.",
    "{Gemini} 2.5 Pro is the most capable model developers have tested on long documents.",
    "{Anthropic} hired 300 engineers in London this year.",
    "{Nvidia} and {Microsoft} announced a joint AI supercomputer in Texas.",
    "{Amodei} warned that the industry is underestimating the risks of autonomous agents.",
]


def gen_list_marker(rng: random.Random) -> list[dict]:
    cases = []
    for sentence in LIST_SENTENCES:
        markers = ["- ", "• ", "* ", f"{rng.randint(1, 9)}. "]
        variants = rng.sample(markers, 2)
        items = [sentence] + [marker + sentence for marker in variants]
        cases.append(inv_case("list_marker", items))
    return cases


def inv_case(capability: str, markups: list[str]) -> dict:
    items = [render(m) for m in markups]
    ents = list(dict.fromkeys(t["entity"] for t in items[0]["targets"]))
    return {"capability": capability, "test": "INV", "items": items, "expect": {"same_label": ents}}


# --------------------------------------------------------------------------- 2. emoji_section_label (INV)

LABEL_POOLS = {
    "fact": ["Key Facts: ", "📌 Key Facts: ", "Why This Matters: ", "🔥 Why This Matters: ", "Bottom line: ",
             "📊 "],
    "pos": ["Why This Matters: ", "🔥 Why This Matters: ", "Bottom line: ", "Key Facts: ", "🚀 Big Picture: ",
            "🔥 "],
    "neg": ["⚠️ Limitations & Risks: ", "Limitations & Risks: ", "Bottom line: ", "Why This Matters: ",
            "Key Facts: ", "⚠️ "],
    "advice": ["✅ Actionable Advice: ", "Actionable Advice: ", "Bottom line: ", "💡 Tip: ", "✅ "],
}

LABEL_SENTENCES = [
    ("fact", "{Meta} plans to release two new open-weight models before the end of the year."),
    ("fact", "{OpenAI} will retire its older models from the app on March 1."),
    ("fact", "{AWS} charges $0.80 per million input tokens for its smallest model."),
    ("fact", "{Microsoft} reports fiscal fourth-quarter results on July 29."),
    ("fact", "{Gemini} is available in 40 languages and more than 150 countries."),
    ("fact", "{Anthropic} employs about 1,500 people across four offices."),
    ("fact", "{Mistral} is headquartered in Paris and was founded in 2023."),
    ("fact", "{Nvidia} ships its Blackwell chips in racks of 72 GPUs."),
    ("fact", "{Apple Intelligence} requires an iPhone 15 Pro or newer."),
    ("fact", "{xAI} merged with the social network X in a deal announced in March."),
    ("pos", "{Claude} now handles most customer-support tickets at the insurer, cutting wait times in half."),
    ("pos", "{Nvidia} beat revenue expectations by $2 billion and raised its outlook."),
    ("pos", "{Gemini} solved five of six olympiad problems, a first for any AI system."),
    ("pos", "{Azure} AI revenue more than doubled as enterprise demand surged."),
    ("pos", "{Llama} has become the default choice for companies that want to run models on their own servers."),
    ("pos", "{ChatGPT} Enterprise signed up 3 million business users in six months."),
    ("pos", "{Bedrock} customers say switching between models now takes minutes instead of weeks."),
    ("pos", "{DeepMind}'s protein research earned a Nobel Prize and spawned a thriving drug-discovery unit."),
    ("pos", "{Grok} climbed to the top of the app store within days of its launch."),
    ("pos", "{Mistral}'s latest model matches much larger rivals while costing a tenth as much."),
    ("neg", "{Siri} still fails at multi-step requests that rival assistants handle easily."),
    ("neg", "{Copilot} suggestions introduced security bugs in one of every five pull requests, a study found."),
    ("neg", "{GPT-5} made up legal citations in a court filing, prompting a judge's rebuke."),
    ("neg", "{Meta} has lost several senior AI researchers to rivals in recent months."),
    ("neg", "{Grok} produced antisemitic posts before engineers pulled the update."),
    ("neg", "{Anthropic}'s tight usage caps have frustrated paying developers."),
    ("neg", "{Amazon}'s revamped Alexa has been delayed repeatedly and still lacks key features."),
    ("neg", "{Apple} has fallen years behind in generative AI, former engineers say."),
    ("neg", "{Azure} capacity shortages forced customers to wait months for GPUs."),
    ("neg", "{Gemini}'s image generator was pulled after producing historically inaccurate pictures."),
    ("advice", "Teams already paying for {Copilot} should audit usage before renewing seats."),
    ("advice", "Developers building agents should test {Claude} alongside at least one cheaper model."),
    ("advice", "Companies with strict data rules can run {Llama} on their own hardware."),
    ("advice", "Small businesses can start with the free tier of {ChatGPT} before paying for seats."),
    ("advice", "Keep sensitive documents out of {Grok} until its data policy is clarified."),
    ("advice", "Check your {Azure} region's GPU quota before committing to a launch date."),
    ("advice", "Try {Gemini} for long documents, where its large context window helps most."),
    ("advice", "Budget for {Nvidia} hardware lead times of up to six months."),
    ("advice", "Enterprises evaluating {Mistral} should compare its EU data-residency terms with those of rivals."),
    ("advice", "Turn off {Apple Intelligence} notification summaries for news apps until accuracy improves."),
]


def gen_emoji_section_label(rng: random.Random) -> list[dict]:
    cases = []
    for kind, sentence in LABEL_SENTENCES:
        pool = LABEL_POOLS[kind]
        with_emoji = [p for p in pool if not p[0].isascii()]
        first = rng.choice(with_emoji)  # at least one variant carries an emoji
        second = rng.choice([p for p in pool if p != first])
        cases.append(inv_case("emoji_section_label", [sentence, first + sentence, second + sentence]))
    return cases


# --------------------------------------------------------------------------- 3. quotes_case (INV)

QUOTE_SENTENCES = [
    "{Gemini} now leads on coding tasks.",
    "{Llama} 4 has disappointed developers who expected a leap.",
    "{Nvidia} will report earnings next Wednesday.",
    "{Copilot} is not worth $30 a month for most office workers.",
    "{Claude} is the best coding assistant on the market.",
    "{OpenAI} is spending far more than it can earn.",
    "{AWS} remains the safest choice for regulated industries.",
    "{Siri} is an embarrassment next to modern chatbots.",
    "{Mistral} has built the strongest AI lab in Europe.",
    "{Grok} is too unreliable for business use.",
    "{Anthropic} opened an office in Tokyo this month.",
    "{Azure} is winning the enterprise AI cloud race.",
    "{Zuckerberg} has overpaid for talent and has little to show for it.",
    "{DeepMind} remains the most respected research lab in the field.",
    "{Apple Intelligence} is a half-finished product.",
    "{ChatGPT} has become a daily habit for hundreds of millions of people.",
    "{Bedrock} pricing changes take effect on the first of the month.",
    "{xAI} is struggling to keep its senior engineers.",
    "{Nadella} has positioned the company brilliantly for the age of agents.",
    "{Amazon} is still playing catch-up in frontier models.",
    "{GPT-5} is a genuine step forward in reasoning.",
    "{Meta} plans to open-source its next model in the summer.",
    "{Google} has finally turned its research lead into products people use.",
    "{Nvidia} faces its toughest competition in years.",
    "{Altman} keeps promising more than the company delivers.",
    "{Claude} usage limits are driving developers away.",
    "{Microsoft} and {OpenAI} will share revenue until 2030.",
    "{Gemini} has caught up with {ChatGPT} on everyday tasks.",
    "{Apple} is expected to unveil new AI features in June.",
    "{Amodei} has made safety a selling point rather than a cost.",
]
ATTRIBUTIONS = ["an analyst said.", "a portfolio manager said.", "one developer wrote.",
                "a former employee said.", "an industry consultant told reporters.", "a Gartner analyst said."]


def quoted(sentence: str, rng: random.Random) -> str:
    body = sentence[:-1]
    style = rng.choice(["curly_attr", "straight_attr", "curly"])
    if style == "curly":
        return "“" + sentence + "”"
    attribution = rng.choice(ATTRIBUTIONS)
    if style == "curly_attr":
        return "“" + body + ",” " + attribution
    return '"' + body + '," ' + attribution


def gen_quotes_case(rng: random.Random) -> list[dict]:
    cases = []
    for sentence in QUOTE_SENTENCES:
        assert sentence.endswith(".")
        headline = sentence[:-1]
        headline = lower_case(headline) if rng.random() < 0.5 else title_case(headline)
        cases.append(inv_case("quotes_case", [sentence, quoted(sentence, rng), headline]))
    return cases


# --------------------------------------------------------------------------- 4. entity_swap (INV)

LAB = ["{OpenAI}", "{Google}", "{Anthropic}", "{Meta}", "{Mistral}", "{xAI}"]
BIGTECH = ["{Microsoft}", "{Amazon}", "{Google}", "{Apple}", "{Meta}"]
MODEL = ["{Llama}", "{GPT-5}", "{Gemini}", "{Claude}", "{Grok}"]
ASSISTANT = ["{ChatGPT}", "{Gemini}", "{Claude}", "{Copilot}", "{Siri}", "{Grok}"]
CEO = ["{Zuckerberg}", "{Altman}", "{Amodei}", "{Nadella}"]
CLOUD = ["{Azure}", "{AWS}", "{Google} Cloud"]
COMPANY = [f"{{{e}}}" for e in ALIASES]


def uniq(*pools: list[str], exclude: tuple[str, ...] = ()) -> list[str]:
    out = []
    for pool in pools:
        for x in pool:
            if x not in out and entities(x)[0] not in exclude:
                out.append(x)
    return out


SWAP_TEMPLATES = [
    ("<X>'s new model tops every major benchmark.", LAB),
    ("<X> delayed its flagship model again after internal tests disappointed.", LAB),
    ("<X> said it will release its next model in the autumn.", LAB),
    ("<X> has become the most popular AI assistant among college students.", ASSISTANT),
    ("<X> gave wrong answers to a third of basic health questions in a new study.", ASSISTANT),
    ("<X> told investors the company is on track to hit its revenue target.", CEO),
    ("<X> faces questions from lawmakers over how its chatbot handles children's data.",
     ["{OpenAI}", "{Google}", "{Meta}", "{xAI}", "{Microsoft}", "{Anthropic}"]),
    ("<X> signed a multibillion-dollar deal to buy chips from {Nvidia}.", uniq(LAB, BIGTECH, exclude=("Nvidia",))),
    ("<X> customers reported hours of downtime on Monday.", CLOUD),
    ("<X> is the fastest-growing cloud for AI workloads, a Gartner report says.", CLOUD),
    ("Shares of <X> rose 6% after the company beat earnings estimates.", uniq(BIGTECH, ["{Nvidia}"])),
    ("Shares of <X> slid 7% after the company's AI spending plans spooked investors.", BIGTECH),
    ("<X> hired a former Tesla executive to lead its hardware efforts.", COMPANY),
    ("<X> agreed to pay $1.5 billion to settle a copyright suit brought by authors.", LAB),
    ("Developers say <X> is the best model for agentic coding.", MODEL),
    ("<X> lagged behind rivals on a new test of scientific reasoning.", MODEL),
    ("<X> will be available to free users starting next week.", uniq(MODEL, ASSISTANT)),
    ("<X> abruptly left a panel after being pressed about the company's safety lapses.", CEO),
    ("<X> is quietly building the most efficient AI infrastructure in the industry.", BIGTECH),
    ("Regulators in Brussels opened an investigation into <X>'s AI assistant.",
     uniq(COMPANY, exclude=("Nvidia",))),
]


def gen_entity_swap(rng: random.Random) -> list[dict]:
    cases = []
    for template, pool in SWAP_TEMPLATES:
        k = 3 if len(pool) >= 4 else 2
        seen: list[frozenset] = []
        for _ in range(2):
            while True:
                picks = rng.sample(pool, k)
                if frozenset(picks) not in seen and len({entities(p)[0] for p in picks}) == k:
                    break
            seen.append(frozenset(picks))
            markups = [fill(template, X=p) for p in picks]
            items = [render(m) for m in markups]
            fixed = [e for e in entities(template.replace("<X>", "")) if e]
            expect: dict = {"same_label_across": [[entities(p)[0] for p in picks]]}
            if fixed:
                expect["same_label"] = fixed
            cases.append({"capability": "entity_swap", "test": "INV", "items": items, "expect": expect})
    return cases


# --------------------------------------------------------------------------- 5. comparison_swap (DIR)

MODELS_V = ["{Llama} 4", "{GPT-5}", "{Gemini} 2.5 Pro", "{Claude} Opus", "{Grok} 4", "{Mistral} Large"]
LABS = LAB

CMP_TEMPLATES = [
    ("<A> beat <B> on every benchmark in the latest leaderboard update.", MODELS_V, 3),
    ("<A> trails <B> on coding tasks, according to the new SWE-bench results.", MODELS_V, 3),
    ("<A> leads <B> in enterprise adoption, a survey of 500 IT buyers found.", LABS, 3),
    ("<A> outpaced <B> in AI revenue growth for the third straight quarter.", BIGTECH, 3),
    ("<A> is falling further behind <B> in the race for AI talent.", LABS, 3),
    ("Unlike <A>, <B> shipped its assistant upgrade on schedule.", BIGTECH, 3),
    ("Analysts now rank <A> well ahead of <B> in the frontier-model race.", LABS, 3),
    ("<A> lost three of its largest customers to <B> this quarter.", CLOUD, 3),
    ("Developers are abandoning <A> for <B>, citing lower prices and better tools.", ASSISTANT, 3),
    ("<A> scored <N> points higher than <B> on the new reasoning exam.", MODELS_V, 3),
    ("<A> overtook <B> as the most downloaded AI app in the US.", ASSISTANT, 3),
    ("In blind tests, users preferred <A> over <B> by a wide margin.", ASSISTANT, 3),
    ("<A>'s data-center buildout is years behind <B>'s.", BIGTECH, 3),
    ("<B> succeeded where <A> stumbled, completing <P>% of the agent tasks.", MODELS_V, 3),
    ("<A> dethroned <B> at the top of the coding leaderboard.", MODELS_V, 3),
    ("<A> answered questions twice as fast as <B> in our tests, at half the cost.", ASSISTANT, 3),
    ("<A> is losing ground to <B> among enterprise buyers.", LABS, 2),
]


def gen_comparison_swap(rng: random.Random) -> list[dict]:
    cases = []
    for template, pool, n in CMP_TEMPLATES:
        seen: list[frozenset] = []
        for _ in range(n):
            while True:
                a, b = rng.sample(pool, 2)
                pair = frozenset((a, b))
                if pair not in seen and entities(a)[0] != entities(b)[0]:
                    break
            seen.append(pair)
            numbers = {"N": str(rng.randint(8, 25)), "P": str(rng.choice([62, 71, 78, 80, 84, 90]))}
            t = fill(template, partial=True, **{k: v for k, v in numbers.items() if f"<{k}>" in template})
            items = [render(fill(t, A=a, B=b)), render(fill(t, A=b, B=a))]
            ea, eb = entities(a)[0], entities(b)[0]
            cases.append({"capability": "comparison_swap", "test": "DIR", "items": items,
                          "expect": {"swap": [[ea, eb]]}})
    return cases


# --------------------------------------------------------------------------- 6. added_doubt (DIR)

DOUBTS = {
    "growth": [", though analysts had expected faster growth.", ", but the figure fell short of Wall Street estimates.",
               ", though growth slowed from the previous quarter.", "; analysts called the result underwhelming.",
               ", but the shares fell because investors had hoped for more."],
    "product": [", but customers say it still falls short.", ", though early users report frequent errors.",
                ", but reviewers found it slower and less reliable than rival tools.",
                "; critics say the feature is more gimmick than help.",
                ", but testers say it still gets simple things wrong."],
    "growth_private": [", though analysts had expected faster growth.", ", though growth slowed from the previous quarter.",
                       "; analysts called the result underwhelming.", ", short of the company's own internal target."],
    "bench": ["; critics call the gains overstated.", ", though independent testers could not reproduce the results.",
              ", but researchers say the benchmark is flawed.",
              ", though the company has not published how the tests were run."],
    "claim": ["; critics call the gains overstated.", ", though independent testers could not reproduce the results.",
              ", though the company has not published how the tests were run.",
              ", but outside researchers remain unconvinced."],
    "launch": [", but the rollout has been slower than promised.", ", though the launch had already been delayed twice.",
               ", but early users say many features are still missing.", "; critics call the launch rushed."],
    "deal": [", though investors question whether the spending will pay off.",
             ", but analysts warn the costs may outweigh the benefits.", "; skeptics say the returns remain unclear.",
             "; some shareholders call the outlay reckless."],
    "future": [", though the upgrade has already been delayed twice.",
               ", but insiders say the work is far behind schedule."],
}

DOUBT_SENTENCES = [
    ("growth", "{Azure} revenue grew 33% in the quarter."),
    ("growth", "{AWS} sales rose 17% to $30 billion."),
    ("growth", "{Nvidia} reported data-center revenue of $41 billion."),
    ("growth", "{Microsoft} said its AI business passed a $13 billion annual run rate."),
    ("growth", "{Meta} raised its advertising revenue forecast for the year."),
    ("growth", "{Google} Cloud posted an operating profit of $2.8 billion."),
    ("growth_private", "{Anthropic} said its annualized revenue reached $5 billion."),
    ("growth_private", "{ChatGPT} subscriptions brought in $2.7 billion last year."),
    ("product", "{Copilot} can now draft entire slide decks from a single prompt."),
    ("product", "{Siri} gained the ability to act inside third-party apps."),
    ("product", "{Gemini} now summarizes your inbox each morning."),
    ("product", "{Claude} can now operate a web browser on the user's behalf."),
    ("product", "{Grok} added a voice mode with real-time translation."),
    ("product", "{Apple Intelligence} now writes replies to messages in your own tone."),
    ("product", "{Bedrock} added an agent builder for non-technical staff."),
    ("product", "{ChatGPT} can now book restaurant tables and buy concert tickets."),
    ("bench", "{GPT-5} set a new record on the hardest math benchmark."),
    ("bench", "{Llama} 4 scored higher than every other open model on reasoning tests."),
    ("claim", "{DeepMind} says its new model discovered faster algorithms for matrix multiplication."),
    ("claim", "{Mistral} claims its new model is as capable as the best American systems."),
    ("bench", "{Grok} 4 ranked first on a popular reasoning benchmark."),
    ("bench", "{Claude} topped a new ranking of coding assistants."),
    ("claim", "{xAI} says its model now makes half as many factual errors."),
    ("claim", "{Amodei} said the latest model cut hallucinations by 40%."),
    ("launch", "{Apple} began rolling out its AI features in Europe."),
    ("launch", "{Meta} launched its AI assistant in 20 new countries."),
    ("launch", "{OpenAI} released its first open-weight model in six years."),
    ("launch", "{Amazon} unveiled a new family of in-house foundation models."),
    ("launch", "{Copilot} is now available in every Office app."),
    ("launch", "{Gemini} 3 is launching to all users this week."),
    ("future", "{Siri} will get a conversational upgrade next year."),
    ("launch", "{Mistral} opened its chatbot to business customers in 12 countries."),
    ("deal", "{Microsoft} agreed to spend $10 billion on a new data-center campus in Wisconsin."),
    ("deal", "{Meta} is paying $14 billion for a stake in a data-labeling startup."),
    ("deal", "{Amazon} will invest $20 billion in AI infrastructure in Pennsylvania."),
    ("deal", "{Nvidia} agreed to invest up to $100 billion in its data-center partners."),
    ("deal", "{xAI} plans to spend $18 billion on a second supercomputer in Memphis."),
    ("deal", "{Altman} said the company plans to spend $1 trillion on computing power."),
    ("deal", "{OpenAI} signed a $300 billion cloud contract with Oracle."),
    ("deal", "{Google} said it would spend $85 billion on capital projects this year."),
]


def gen_added_doubt(rng: random.Random) -> list[dict]:
    cases = []
    for kind, sentence in DOUBT_SENTENCES:
        assert sentence.endswith(".")
        doubted = sentence[:-1] + rng.choice(DOUBTS[kind])
        items = [render(sentence), render(doubted)]
        cases.append({"capability": "added_doubt", "test": "DIR", "items": items,
                      "expect": {"score_down": entities(sentence)}})
    return cases


# --------------------------------------------------------------------------- 7-10. MFT cases

NEUTRAL_NUMBERS = [
    "{Meta} said it would spend $65 billion on capital expenditure this year.",
    "{Copilot} had 1.3 million paid seats at the end of the quarter, the company said.",
    "{AWS} holds about a third of the cloud market, according to Synergy.",
    "{Nvidia} will report second-quarter results on August 27.",
    "{OpenAI} has about 3,000 employees, according to people familiar with the matter.",
    "{Claude} Pro costs $20 a month in the United States.",
    "{Gemini} 2.5 Pro accepts up to one million tokens of input.",
    "{Llama} 4 Maverick has 400 billion total parameters, 17 billion of them active per token.",
    "{Mistral} has raised about €1.7 billion since it was founded in 2023.",
    "{xAI}'s Colossus cluster contains about 200,000 GPUs.",
    "{Apple} will hold its developer conference from June 9 to June 13.",
    "{Azure} operates in more than 60 regions worldwide.",
    "{Microsoft} has invested about $13 billion in {OpenAI} since 2019.",
    "{Amazon} has invested $8 billion in {Anthropic}.",
    "{Bedrock} lists 14 model providers on its pricing page.",
    "{Siri} handles requests in 21 languages.",
    "{ChatGPT} Plus costs $20 a month; the Pro tier costs $200.",
    "{Google} employs roughly 183,000 people.",
    "{Anthropic} was founded in 2021 by seven researchers.",
    "{Nadella} has been chief executive since February 2014.",
    "{DeepMind} is based in London and has about 6,000 staff.",
    "{Grok} is included in the $8-a-month Premium subscription on X.",
    "{Nvidia} has about 24.4 billion shares outstanding.",
    "{Zuckerberg} owns roughly 13% of the company's shares.",
    "{Amodei} will testify before the Senate Commerce Committee on Tuesday.",
    "{Altman} said the company would release its next model in the summer.",
    "{Copilot} is priced at $30 per user per month for business customers.",
    "{Meta} reported 3.4 billion daily users across its apps.",
    "{Apple Intelligence} requires at least 7GB of free storage.",
    "{Amazon} plans to open its next data-center region in Mexico in 2026.",
    "{GPT-5} was released on August 7.",
    "{Google} and {Apple} extended their search agreement through 2028.",
    "{Mistral} Large 2 has 123 billion parameters.",
    "{OpenAI} restructured as a public benefit corporation in October.",
    "{AWS} charges $4.10 an hour for its smallest GPU instance.",
    "{xAI} is headquartered in Palo Alto and has about 1,200 employees.",
    "{Claude} 3.5 Sonnet was released in June 2024.",
    "{Microsoft} employs about 228,000 people worldwide.",
    "{Llama} 3.1 was trained on about 15 trillion tokens.",
    "{Anthropic} is valued at $183 billion after its latest funding round.",
]

CONCESSIVE = [
    # skeptical main clause
    ("While {Llama} 4 shows improvement, consistency remains a challenge.", SK),
    ("Although {Copilot} saves some time on email, most workers say it is not worth the price.", SK),
    ("While {Nvidia} beat earnings estimates, its guidance disappointed investors.", SK),
    ("Despite a splashy demo, {Siri} still struggles with basic follow-up questions.", SK),
    ("Although {GPT-5} is faster, it makes more factual errors than its predecessor.", SK),
    ("While {Gemini} impressed on benchmarks, enterprise customers have been slow to adopt it.", SK),
    ("Despite record revenue, {Microsoft} warned that AI capacity constraints would hurt growth.", SK),
    ("Even though {Grok} is free for subscribers, few people use it regularly.", SK),
    ("While {AWS} remains the largest cloud, it is losing AI workloads to rivals.", SK),
    ("Although {Anthropic} has won big enterprise contracts, its costs are rising faster than its revenue.", SK),
    ("Despite years of investment, {Apple Intelligence} still lags far behind rival assistants.", SK),
    ("While {Mistral} is popular in Europe, it has struggled to win customers in the US.", SK),
    ("Although {Zuckerberg} promised a breakthrough, the new model landed with a thud.", SK),
    ("Despite strong early reviews, {Claude} has been plagued by outages and rate limits.", SK),
    ("While {Amazon} talks up its AI ambitions, its in-house models remain an afterthought for customers.", SK),
    ("Although {ChatGPT} has a huge user base, only a small fraction of users pay, and losses are mounting.", SK),
    ("Even as {Azure} sales grow, margins have been squeezed by soaring GPU costs.", SK),
    ("While {xAI} has raised billions, it has yet to show a credible path to profit.", SK),
    ("Despite the hype around its agents, {OpenAI} has struggled to get businesses to deploy them at scale.", SK),
    ("Although {DeepMind} publishes landmark research, little of it has turned into products that make money.", SK),
    # optimistic main clause
    ("Despite a rocky launch, {Gemini} now leads on coding tasks.", OP),
    ("While its early versions were buggy, {Copilot} has become indispensable for many developers.", OP),
    ("Although {Nvidia} shares dipped on Monday, demand for its chips still far exceeds supply.", OP),
    ("Despite fierce competition, {Claude} has won over most large software firms.", OP),
    ("While critics doubted the strategy, {Llama} has become the most widely used open model.", OP),
    ("Although {Meta} spent heavily, its AI-driven ad tools have lifted sales across the board.", OP),
    ("Despite an outage last week, {AWS} signed its biggest AI contract ever.", OP),
    ("While {Apple} was late to generative AI, its on-device models are now winning praise for speed and privacy.",
     OP),
    ("Although {Mistral} is a fraction of the size of its rivals, its models now match theirs on most tasks.", OP),
    ("Despite regulatory headwinds, {Microsoft} posted its strongest cloud quarter in years.", OP),
    ("While {Grok} had a controversial start, its latest version ranks among the top models on reasoning.", OP),
    ("Although it lost several senior researchers, {OpenAI} shipped its best model yet on schedule.", OP),
    ("Despite early concerns over cost, {Bedrock} is now used by most of the Fortune 100.", OP),
    ("While some analysts feared a slowdown, {Azure} grew faster than any other major cloud.", OP),
    ("Although {Anthropic} was slow to launch consumer products, its enterprise business is booming.", OP),
    ("Despite early privacy worries, {ChatGPT} Enterprise is now used by nine in ten large banks.", OP),
    ("Even though {Siri} lagged for years, the rebuilt version impressed reviewers this week.", OP),
    ("While {xAI} is only two years old, its models already rival those of far older labs.", OP),
    ("Although {Altman} faced a boardroom revolt, the company has since grown revenue fivefold.", OP),
    ("Despite fears that chatbots would hurt search, {Google} reported its fastest ad growth in three years.", OP),
]

QUESTIONS = [
    ("Can {Llama} close the gap?", SK),
    ("Is {Copilot} worth $30 a month?", SK),
    ("What went wrong with {Apple Intelligence}?", SK),
    ("Why does {Siri} still struggle with simple requests?", SK),
    ("Has {Meta} lost the open-model race?", SK),
    ("Is {OpenAI} running out of money?", SK),
    ("Can {Amazon} ever catch up in AI?", SK),
    ("Why are advertisers fleeing {Grok}?", SK),
    ("Is the {Nvidia} bubble about to burst?", SK),
    ("Did {Mistral} peak too early?", SK),
    ("Is {Azure}'s AI capacity crunch getting worse?", SK),
    ("Why can't {Gemini} get its image generator right?", SK),
    ("Is {Altman} promising more than he can deliver?", SK),
    ("How much longer can {xAI} keep burning cash?", SK),
    ("Can anyone catch {Nvidia}?", OP),
    ("Why are developers flocking to {Claude}?", OP),
    ("How did {Anthropic} win over the enterprise so quickly?", OP),
    ("Is there any stopping {Gemini} now?", OP),
    ("What's behind {AWS}'s remarkable AI comeback?", OP),
    ("How did {DeepMind} get so far ahead in AI for science?", OP),
]

WINNERS = [
    ("Benchmarks show {Llama} trailing models like {GPT-5} and {Claude}.",
     {"Meta": SK, "OpenAI": OP, "Anthropic": OP}),
    ("{Gemini} beat {ChatGPT} in a blind test of 2,000 users.", {"Google": OP, "OpenAI": SK}),
    ("{Azure} grew twice as fast as {AWS} last quarter.", {"Microsoft": OP, "Amazon": SK}),
    ("{Siri} lags well behind {Gemini} and {ChatGPT} on everyday tasks.",
     {"Apple": SK, "Google": OP, "OpenAI": OP}),
    ("{Anthropic} overtook {OpenAI} in enterprise API spending, a Menlo Ventures survey found.",
     {"Anthropic": OP, "OpenAI": SK}),
    ("{Mistral}'s new model outperforms {Llama} at a quarter of the size.", {"Mistral": OP, "Meta": SK}),
    ("{Grok} lost ground to {Claude} on every coding benchmark in the update.", {"xAI": SK, "Anthropic": OP}),
    ("{Copilot} has fallen behind {Claude} as developers' favourite coding assistant.",
     {"Microsoft": SK, "Anthropic": OP}),
    ("{Nvidia} extended its lead as {Amazon}'s in-house chips struggled to win customers.",
     {"Nvidia": OP, "Amazon": SK}),
    ("{Apple} is years behind {Google} in AI, former engineers say.", {"Apple": SK, "Google": OP}),
    ("The bank chose {Google} Cloud after {AWS} failed its security review.", {"Google": OP, "Amazon": SK}),
    ("{Claude} solved 72% of the tasks, while {GPT-5} managed only 54%.", {"Anthropic": OP, "OpenAI": SK}),
    ("{DeepMind} won gold at the math olympiad, while {OpenAI}'s entry failed to qualify.",
     {"Google": OP, "OpenAI": SK}),
    ("Customers are moving from {Bedrock} to {Azure}, citing better model choice.",
     {"Amazon": SK, "Microsoft": OP}),
    ("{ChatGPT} still has ten times as many daily users as {Grok}.", {"OpenAI": OP, "xAI": SK}),
    ("{Meta} lost its top researchers to {OpenAI}, whose lab they called the most exciting place to work.",
     {"Meta": SK, "OpenAI": OP}),
    ("{Gemini} now answers questions that {Siri} still gets wrong.", {"Google": OP, "Apple": SK}),
    ("{Mistral} won the French government contract over {Microsoft}, which had been the favourite.",
     {"Mistral": OP, "Microsoft": SK}),
    ("{Nvidia} GPUs ran the model three times faster than chips from {Google}.", {"Nvidia": OP, "Google": SK}),
    ("{Llama} has been overtaken by Chinese open models, while {Mistral} has pulled ahead of them.",
     {"Meta": SK, "Mistral": OP}),
    ("{Anthropic} is winning the coding market that {Microsoft} once dominated.",
     {"Anthropic": OP, "Microsoft": SK}),
    ("{Gemini} 3 tops the leaderboard, pushing {GPT-5} and {Grok} down to second and third.",
     {"Google": OP, "OpenAI": SK, "xAI": SK}),
    ("{Amazon}'s Alexa+ has drawn far fewer users than {ChatGPT}'s voice mode.", {"Amazon": SK, "OpenAI": OP}),
    ("{Altman} conceded that {Claude} is ahead on coding for now.", {"OpenAI": SK, "Anthropic": OP}),
    ("Investors are rotating out of {Apple} and into {Nvidia} as the AI trade heats up.",
     {"Apple": SK, "Nvidia": OP}),
    ("{xAI}'s supercomputer came online months before {Meta}'s comparable cluster.", {"xAI": OP, "Meta": SK}),
    ("{Copilot} trails {ChatGPT} badly in consumer adoption.", {"Microsoft": SK, "OpenAI": OP}),
    ("{DeepMind}'s weather model outperformed systems from {Microsoft} and {Nvidia} in every region tested.",
     {"Google": OP, "Microsoft": SK, "Nvidia": SK}),
    ("{Anthropic} and {Google} shipped three major models each this year while {Zuckerberg}'s lab released none.",
     {"Anthropic": OP, "Google": OP, "Meta": SK}),
    ("{AWS} kept its cloud lead as {Azure} stumbled with capacity shortages.", {"Amazon": OP, "Microsoft": SK}),
]


def mft_case(capability: str, markup: str, labels: dict[str, str]) -> dict:
    return {"capability": capability, "test": "MFT", "items": [render(markup)], "expect": {"labels": labels}}


def gen_mft() -> list[dict]:
    cases = []
    for s in NEUTRAL_NUMBERS:
        cases.append(mft_case("neutral_numbers", s, {e: NE for e in entities(s)}))
    for s, label in CONCESSIVE:
        cases.append(mft_case("concessive", s, {e: label for e in entities(s)}))
    for s, label in QUESTIONS:
        cases.append(mft_case("question_headline", s, {e: label for e in entities(s)}))
    for s, labels in WINNERS:
        cases.append(mft_case("comparison_winner", s, labels))
    return cases


# --------------------------------------------------------------------------- validation

ALIAS_RE = {a: re.compile(r"(?<![\w-])" + re.escape(a) + r"(?![\w-])") for a in ENTITY_OF}


def validate_item(item: dict) -> list[str]:
    errors, text = [], item["text"]
    if not item["targets"]:
        errors.append(f"no targets: {text!r}")
    seen = set()
    for t in item["targets"]:
        if text[t["start"]:t["end"]] != t["mention"]:
            errors.append(f"bad offsets {t} in {text!r}")
        if t["mention"] not in ALIASES.get(t["entity"], []):
            errors.append(f"mention {t['mention']!r} is not an alias of {t['entity']!r}")
        if t["entity"] in seen:
            errors.append(f"entity {t['entity']} targeted twice in {text!r}")
        seen.add(t["entity"])
    spans = [(t["start"], t["end"]) for t in item["targets"]]
    for alias, rx in ALIAS_RE.items():  # every alias in the text must sit inside a target span
        for m in rx.finditer(text):
            if not any(s <= m.start() and m.end() <= e for s, e in spans):
                errors.append(f"untargeted alias {alias!r} in {text!r}")
    if "{" in text or "}" in text or re.search(r"<[A-Z]>", text):
        errors.append(f"leftover markup in {text!r}")
    return errors


def validate_case(case: dict) -> list[str]:
    errors: list[str] = []
    for item in case["items"]:
        errors += validate_item(item)
    ents = [{t["entity"] for t in item["targets"]} for item in case["items"]]
    texts = [item["text"] for item in case["items"]]
    expect, test = case["expect"], case["test"]
    if test != TEST_OF[case["capability"]]:
        errors.append(f"{case['id']}: wrong test type")
    if len(set(texts)) != len(texts):
        errors.append(f"{case['id']}: duplicate item texts")
    if test == "MFT":
        if len(case["items"]) != 1 or set(expect) != {"labels"}:
            errors.append(f"{case['id']}: MFT needs one item and expect.labels")
        elif set(expect["labels"]) != ents[0] or not set(expect["labels"].values()) <= set(LABELS):
            errors.append(f"{case['id']}: labels {expect['labels']} do not match targets {ents[0]}")
    elif test == "INV":
        if len(case["items"]) < 2 or not set(expect) <= {"same_label", "same_label_across"} or not expect:
            errors.append(f"{case['id']}: INV needs >= 2 items and same_label / same_label_across")
        for e in expect.get("same_label", []):
            if not all(e in s for s in ents):
                errors.append(f"{case['id']}: {e} is not a target of every item")
        for group in expect.get("same_label_across", []):
            if len(group) != len(case["items"]) or not all(e in s for e, s in zip(group, ents, strict=True)):
                errors.append(f"{case['id']}: same_label_across group {group} does not align with items")
    elif test == "DIR":
        if len(case["items"]) != 2 or len(expect) != 1:
            errors.append(f"{case['id']}: DIR needs two items and one expectation")
        for a, b in expect.get("swap", []):
            if a == b or not ({a, b} <= ents[0] and {a, b} <= ents[1]):
                errors.append(f"{case['id']}: swap pair {a, b} not targets of both items")
        for key in ("score_down", "score_up"):
            for e in expect.get(key, []):
                if not all(e in s for s in ents):
                    errors.append(f"{case['id']}: {e} is not a target of both items")
        if not set(expect) <= {"swap", "score_down", "score_up"}:
            errors.append(f"{case['id']}: unknown DIR expectation {expect}")
    return errors


# --------------------------------------------------------------------------- main

def main() -> int:
    rng = random.Random(0)
    cases = (gen_list_marker(rng) + gen_emoji_section_label(rng) + gen_quotes_case(rng) + gen_entity_swap(rng)
             + gen_comparison_swap(rng) + gen_added_doubt(rng) + gen_mft())
    numbered, counters = [], {c: 0 for c in MIN_COUNTS}
    for case in cases:
        counters[case["capability"]] += 1
        numbered.append({"id": f"{ID_PREFIX[case['capability']]}-{counters[case['capability']]:04d}", **case})

    errors: list[str] = []
    for case in numbered:
        errors += validate_case(case)
    firsts: dict[str, set] = {}
    for case in numbered:  # no repeated case within a capability
        key = tuple(item["text"] for item in case["items"])
        if key in firsts.setdefault(case["capability"], set()):
            errors.append(f"{case['id']}: duplicate case")
        firsts[case["capability"]].add(key)
    for capability, minimum in MIN_COUNTS.items():
        if counters[capability] < minimum:
            errors.append(f"{capability}: {counters[capability]} cases, need {minimum}")
    if len(numbered) < 320:
        errors.append(f"only {len(numbered)} cases, need 320")

    for capability, n in counters.items():
        print(f"{TEST_OF[capability]}  {capability:<22} {n:4d}  (min {MIN_COUNTS[capability]})")
    print(f"total {len(numbered)} cases, {sum(len(c['items']) for c in numbered)} items, "
          f"{sum(len(i['targets']) for c in numbered for i in c['items'])} targets")
    mft_labels: dict[str, int] = {}
    for case in numbered:
        for label in case["expect"].get("labels", {}).values():
            mft_labels[label] = mft_labels.get(label, 0) + 1
    print("MFT expected labels:", dict(sorted(mft_labels.items())))
    if errors:
        print(f"{len(errors)} validation error(s):", file=sys.stderr)
        for e in errors:
            print("  " + e, file=sys.stderr)
        return 1
    print("offsets and expectations validated")

    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8") as f:
        for case in numbered:
            f.write(json.dumps(case, ensure_ascii=False) + "\n")
    print(f"wrote {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
