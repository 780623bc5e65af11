"""Build extra_u.jsonl: original AI-industry sentences aimed at four error classes the stance model still shows on
text written like published coverage: the yardstick of a comparison read as its loser, several companies in one
plain fact, list items as extraction stores them, and sentences behind section and emoji labels.

Same approach as build_extra_t.py. Sentences are written with inline markup: [mention|o] optimistic,
[mention|s] skeptical, [mention|n] neutral. The entity is looked up from the mention (pipeline/defaults.py).

Focus:
  1. YARDSTICK vs LOSER in comparisons, mostly as CONTRASTING PAIRS with the same companies: in the first sentence
     the second company is only the bar for a price, a size, a count or a catch-up ("X is cheaper than Y",
     "X undercuts Y by 40%", "X is closing the gap on Y", "more weekly users than Y and Z combined", "X has raised
     more than Y") and is NEUTRAL, while X is optimistic when the
     sentence presents the comparison as its edge and neutral when it is a bare fact; in the second sentence the
     same company is said to trail, lag, fall behind, lose ground or be overtaken and is SKEPTICAL, the winner
     optimistic. Also displacement ("X has displaced Y as the default", "customers are swapping Y for X", "X outbid
     Y") -> X optimistic, Y skeptical; a leader named only as the one being trailed ("Llama trails GPT-5 by six
     months") -> the leader optimistic, the trailer skeptical; survey results and benchmark tables.
     Performance comparisons judge the loser, as the issue and the behavioural cases have it: the writer labelled
     the second company neutral in 16 sentences where it was beaten on speed, a score, growth, earnings or a ranking
     ("X answered faster than Y", "X scored 12 points above Y", "ahead of Y at 31%"), and the project relabelled it
     skeptical (December 2026) after a model trained on them called the loser of such comparisons neutral.
  2. SEVERAL COMPANIES IN ONE PLAIN FACT -> all neutral (joint launches, backers, customers, suppliers, hires,
     lawsuits against a former employee who joined a rival), next to mixed sentences where one company is judged
     (beat, miss, fine, lawsuit, admission, record) and another is only context.
  3. LIST ITEMS as extraction stores them ("- ", "• ", "1. ", "Company: ...", "Product: ..."): bare facts and
     numbers (capex, revenue, headcount, users, launches, deals, layoffs, hires, funding) are neutral; bullets
     that carry a judgement are labelled by it (beat or miss of estimates, record, slump, delays, fines, lawsuits,
     an executive boasting, "matched models costing ten times as much").
  4. SECTION and EMOJI LABELS ("Why This Matters:", "🔥 Why This Matters:", "⚠️ Limitations & Risks:",
     "💡 Actionable Advice:", "Key Facts:", "Bottom line:", "The takeaway:", "What to watch:", "By the numbers:"):
     the label follows what the sentence says about the company, not the section name. Advice to use or lock in a
     product is neutral, advice to avoid a product because of its fault skeptical; a risk that blames the company
     skeptical, a caveat stated as a plain fact neutral; "Bottom line: X has the cash; what it lacks is ..." is
     skeptical because the last clause is the verdict; Key Facts lines are neutral unless they state a beat/miss.

House rules followed throughout: plain facts, even with big numbers, are neutral; numbers that carry a judgement
(beat/miss, record, slump, blowing past targets) are labelled by it; in a comparison the winner is optimistic, a
loser skeptical and a pure yardstick neutral; in a concessive the main clause decides; reported doubt, fines,
lawsuits against the company and admissions are skeptical. Each company is labelled once, at its first mention,
and every alias of a tracked company in a sentence is labelled. List markers and section labels stay in the text:
pipeline.stance.normalise removes them at training time.

All people, firms, events and figures are invented; no sentence is copied or closely paraphrased from published
coverage (real coverage was only read for its layout and its yardsticks: prices per million tokens, latency wins,
weekly users, capex, beats against consensus, Key Takeaways and Bottom line sections).

Checks run by this script, which exits non-zero on any failure: markup.collect (offsets, aliases, first mentions,
unlabelled companies, duplicates within the file and against every earlier train/extra file); the project's own
MentionFinder (pipeline.entities) must find exactly the labelled companies at the labelled first-mention offsets;
pipeline.sentences.split_sentences must keep each item as one sentence.

Run:  cd datasets/ainews && ../../.venv/bin/python build_extra_u.py   (writes extra_u.jsonl, prints a summary)
"""
import os
import re
import sys

from markup import (
    collect,
    existing_texts,
    finder_disagreements,
    finish,
    without,
)

OUT = "extra_u.jsonl"

# ---------------------------------------------------------------------------
# Class 1. Yardstick vs loser.
# ---------------------------------------------------------------------------
# (yardstick sentence: the bar of a price, size or catch-up is neutral, one beaten on performance skeptical; loser
# sentence: the same company is said to be losing -> skeptical)
COMPARE_PAIRS = [
    ("[Gemini|o] 3 Flash is priced at a third of what [OpenAI|n] charges for its mid-tier model, making it the cheapest option in the Castell survey.",
     "[OpenAI|s]'s mid-tier model is losing business to [Gemini|o] 3 Flash, which costs a third as much, three resellers said."),
    ("[Mistral|o] undercuts [Anthropic|n] on price by about 40% for comparable coding workloads, according to the rate card published on Monday.",
     "Developers say [Anthropic|s] is losing cost-sensitive coding work to [Mistral|o], whose models run about 40% cheaper."),
    ("In 17 of 20 latency tests, [Grok|o] answered faster than [ChatGPT|s], according to the benchmark published by Tallis Labs.",
     "[ChatGPT|s] lagged [Grok|o] in 17 of 20 latency tests, a gap the benchmark's authors at Tallis Labs called the widest they had recorded."),
    ("[Google|o] is closing the gap on [Nvidia|n] in inference chips, with its newest TPU matching the H200 on throughput per dollar.",
     "[Nvidia|s] is losing inference orders to [Google|o]'s TPUs, which now match its chips on throughput per dollar, two cloud buyers said."),
    ("[ChatGPT|o] now has more weekly users than [Gemini|n] and [Meta AI|n] combined, according to estimates from Quarry Analytics.",
     "[Gemini|s] and [Meta AI|s] are falling further behind [ChatGPT|o] in weekly users, the latest estimates from Quarry Analytics show."),
    ("[Anthropic|n] has raised more than [xAI|n] over the past two years, according to data compiled by Ledgerline.",
     "[xAI|s] has struggled to keep pace with [Anthropic|o] in fundraising, bringing in roughly half as much over two years, Ledgerline data show."),
    ("[Amazon|o]'s Trainium 3 chips cost about 30% less per training hour than comparable [Nvidia|n] hardware, the company told analysts.",
     "[Nvidia|s] has been displaced by [Amazon|o]'s own Trainium chips in two of the largest training clusters built this year."),
    ("[Le Chat|n] Pro now costs the same as [ChatGPT|n] Plus in Europe, at €20 a month.",
     "[Le Chat|o] has overtaken [ChatGPT|s] as the most downloaded assistant in France, according to app-store data from Pommier Insights."),
    ("[Microsoft|n]'s quarterly capital spending is now larger than [Meta|n]'s, at $37 billion against $29 billion.",
     "[Meta|s] has fallen behind [Microsoft|o] in the race to lock up data-centre power, with less than half the contracted capacity, according to Halden Energy Research."),
    ("[Claude|o] Opus scored 12 points above [GPT-5|s] on the new software-engineering benchmark, the highest mark yet recorded.",
     "[GPT-5|s] trails [Claude|o] Opus by 12 points on the new software-engineering benchmark, and OpenAI has not said when an update will ship."),
    ("[Apple|n]'s new on-device model has about a third as many parameters as [Gemini|n] Nano, according to the technical report.",
     "[Apple|s]'s on-device model still lags [Gemini|o] Nano on every reasoning test in the technical report, despite a year of work."),
    ("[Bedrock|o] now offers more third-party models than [Azure|n], about 140 against 110, giving customers the widest menu in the market.",
     "Customers are swapping [Azure|s] for [Bedrock|o] because it offers more models under one contract, according to a survey of 200 IT buyers."),
    ("[Grok|n] 5 costs $3 per million input tokens, a little more than [Claude|n] Sonnet at $2.50.",
     "[Grok|s] 5 is losing price-sensitive developers to [Claude|o] Sonnet, which costs less and scores higher on the coding suite."),
    ("[Nvidia|o]'s Blackwell racks trained the reference model in about half the time [Google|s]'s previous TPU generation needed, the MLPerf results show.",
     "[Google|s]'s previous TPU generation fell well behind [Nvidia|o]'s Blackwell racks in the MLPerf training round, needing twice as long for the same model."),
    ("[Llama|o] 5 matches [GPT-5|n] on most reasoning tests at roughly a tenth of the serving cost, according to the paper.",
     "[GPT-5|s] is losing enterprise workloads to [Llama|o] 5, which matches it on most reasoning tests at a tenth of the serving cost."),
    ("[Alexa|n]+ is available in more countries than [Gemini|n] Live, 14 against 11, according to the companies' own support pages.",
     "[Gemini|s] Live has lost ground to [Alexa|o]+ in smart-home households, where Amazon's share rose to 58% from 44%, a Kantwell survey found."),
    ("[Mistral|n]'s latest round valued it at about a tenth of [Anthropic|n]'s last price.",
     "[Mistral|s] is falling further behind [Anthropic|o] on revenue, with sales a twentieth the size, investors in the round were told."),
    ("[Copilot|o] Studio agents finished the procurement task in four minutes, against nine for [Amazon|s]'s comparable service, in the Corvell Research test.",
     "[Amazon|s]'s agent service trailed [Copilot|o] Studio badly in the Corvell Research test, taking more than twice as long on the procurement task."),
    ("[xAI|o]'s third Colossus cluster holds more GPUs than any single site [Meta|n] has announced, according to satellite analysis by Orbis Insight.",
     "[Meta|s] has been overtaken by [xAI|o] in the size of its largest training cluster, according to satellite analysis by Orbis Insight."),
    ("[Apple|n] spent less on AI infrastructure last year than [Amazon|n] spends in a single quarter, filings show.",
     "[Apple|s] is losing the infrastructure race to [Amazon|o], analysts at Brenner Hale say, spending in a year what its rival spends in a quarter."),
    ("[Gemini|o] 3 Pro topped [Claude|s] Opus on the long-document test, reading a 900-page filing without a single missed clause.",
     "[Claude|s] Opus, once the leader on long documents, has slipped behind [Gemini|o] 3 Pro, missing nine clauses its rival caught."),
    ("[OpenAI|n] charges $15 per million output tokens for its flagship, against $10 at [Google|n] and $12 at [Mistral|n].",
     "[OpenAI|s] has become the expensive choice for flagship models, charging $15 per million output tokens while [Google|o] has cut to $10 and won the volume."),
    ("[Siri|n] handled about 1.5 billion requests a day last quarter, roughly as many as [Alexa|n], Apple said.",
     "[Alexa|s] is losing daily requests to [Siri|o], whose rebuilt version pulled ahead in the quarter for the first time."),
    ("[Azure|o] grew 39% in the quarter, faster than [Google|s] Cloud at 32%, extending its run as the quickest-growing big cloud.",
     "[Google|s] Cloud lost ground to [Azure|o] in the quarter, growing 32% against its rival's 39%."),
    ("[Anthropic|o]'s coding product already out-earns [Microsoft|s]'s GitHub assistant, the tool that created the category, according to estimates by Lyra Partners.",
     "[Microsoft|s]'s GitHub assistant is losing paying teams to [Claude|o] Code, according to estimates by Lyra Partners."),
    ("[Grok|n] ranked fourth and [Le Chat|n] sixth in the monthly chatbot traffic table, behind [ChatGPT|n], [Gemini|n] and [Claude|n].",
     "[Le Chat|s] slipped to sixth in the monthly chatbot traffic table, overtaken by [Grok|o], which climbed to fourth."),
    ("[DeepMind|o]'s weather model beat [Nvidia|s]'s forecasting system on 80% of the test variables, the study found.",
     "[Nvidia|s]'s forecasting system fell behind [DeepMind|o]'s weather model on 80% of test variables, a setback for its climate push."),
    ("[Mistral|o]'s small model runs on a laptop at twice the speed of [Llama|s] models of similar size, the company's benchmarks show.",
     "Open-weight developers are replacing [Llama|s] with [Mistral|o]'s small models, which run twice as fast on a laptop."),
    ("[OpenAI|n] signed up more enterprise customers in the first quarter than [Anthropic|n] did, 1,900 against 1,400, according to the companies' figures.",
     "[Anthropic|o] has outpaced [OpenAI|s] in new enterprise contracts for three quarters running, according to survey data from Carrow Ventures."),
    ("[Grok|o] 5 Mini is cheaper per token than [Gemini|s] Flash and scored higher on the maths set, the release notes say.",
     "[Gemini|s] Flash is losing its place as the budget default to [Grok|o] 5 Mini, which is cheaper per token and scored higher on the maths set."),
    ("[Microsoft|n] has more data-centre capacity under construction than [Google|n], 5 gigawatts against 4, according to Halden Energy Research.",
     "[Microsoft|o] is well ahead of [Google|s] in securing new data-centre capacity, and Google executives conceded on the call that they were short of power."),
    ("[Llama|n] has been downloaded about as many times as [Mistral|n]'s models this year, according to the model hub's counts.",
     "[Llama|s] downloads have fallen behind [Mistral|o]'s for the first time, according to the model hub's counts."),
    ("[Claude|o] Haiku answers in under 300 milliseconds, quicker than [GPT-5|s] mini and [Gemini|s] Flash in every region tested.",
     "[GPT-5|s] mini and [Gemini|s] Flash have both fallen behind [Claude|o] Haiku on response time, the latency tracker at Brightline shows."),
    ("[Alexa|o]+ answered 19 of 20 household questions correctly, two more than [Siri|s], in the Consumer Panel test.",
     "[Siri|s] lost ground to [Alexa|o]+ in the Consumer Panel test, getting only 17 of 20 household questions right."),
    ("[Amazon|n]'s AI unit has more staff than [Mistral|n] has in total, about 2,000 against 900.",
     "[Mistral|o] has beaten [Amazon|s]'s far larger AI unit to three government contracts this year, procurement records show."),
    ("[Nvidia|n] shipped about three times as many AI accelerators last year as [Google|n] built TPUs, according to Bexley Research.",
     "[Google|o]'s TPUs are taking share from [Nvidia|s] at the largest labs, with two of them moving most of their training off its GPUs, Bexley Research says."),
    ("[Copilot|n] has more paying business seats than [ChatGPT|n] Enterprise, 18 million against 11 million, the companies' latest figures show.",
     "[Copilot|s] is losing ground to [ChatGPT|o] Enterprise inside the very companies that pay for both, a survey by Ardent Insights found."),
    ("[xAI|o]'s Memphis site was built in four months, faster than any data centre [Microsoft|s] has brought online.",
     "[Microsoft|s] has been overtaken by [xAI|o] in the speed of building new capacity, people who advise both companies say."),
    ("[Apple Intelligence|n] runs on about 600 million devices, roughly the number of Android phones with [Gemini|n] built in.",
     "[Apple Intelligence|s] has fallen behind [Gemini|o] on phones, with half as many people using it each week, a Tokai Data study found."),
    ("[Meta|o]'s new ad model lifted conversions by 9%, more than the 6% [Google|n] reported for its own, the company told advertisers.",
     "[Google|s] is losing ad budgets to [Meta|o], whose AI tools now deliver more conversions per dollar, three agencies said."),
    ("[Le Chat|o] answered faster than [Claude|s] in 14 of 15 French-language tests run by the ministry's evaluation team.",
     "[Claude|s] trailed [Le Chat|o] in 14 of 15 French-language tests, and the ministry chose the Mistral assistant."),
    ("[Anthropic|n]'s newest model has a context window the same size as [Google|n]'s, at one million tokens.",
     "[Anthropic|s] is lagging [Google|o] on context length, with a window a quarter the size of its rival's."),
]

# Displacement: X has displaced / replaced / outbid Y, customers swap Y for X -> X optimistic, Y skeptical.
DISPLACE = [
    "[Claude|o] has displaced [GPT-5|s] as the default model in the three largest coding editors, according to their own usage dashboards.",
    "[Microsoft|o] outbid [Amazon|s] for the defence ministry's AI cloud contract, worth $9 billion over five years.",
    "[Google|o] replaced [Microsoft|s] as the main AI supplier to the Danish tax agency after a tender in March.",
    "Several hospital groups have dropped [Azure|s] in favour of [Bedrock|o] for patient-record summaries, citing price.",
    "[Anthropic|o] won the customer-service contract that [OpenAI|s] had held for two years, the airline confirmed.",
    "[Nvidia|o] has displaced [Apple|s] as the most valuable company in the world after another surge in its shares.",
    "A growing number of start-ups are moving from [OpenAI|s]'s API to [Mistral|o]'s after the spring price rise.",
    "[Gemini|o] has overtaken [Siri|s] as the most-used assistant on iPhones in Japan, according to Tokai Data.",
    "[Le Chat|o] replaced [Copilot|s] on 40,000 desks at the French finance ministry this month.",
    "[xAI|o] outbid [Meta|s] for the output of a Tennessee gas plant, locking in 1.2 gigawatts for its next cluster.",
    "[Amazon|o] has pushed [Google|s] out of the top spot for AI cloud spending among US start-ups, according to Bracken Capital.",
    "Banks are swapping [Copilot|s] licences for [ChatGPT|o] Enterprise at renewal, two resellers said.",
    "[Llama|o] has displaced [Mistral|s] as the open model of choice for European public agencies, a procurement database shows.",
    "[Claude|o] Code has overtaken [Grok|s] Code in weekly active developers, less than a year after both launched.",
    "[Apple|o]'s own model has replaced [ChatGPT|s] as the fallback for hard questions inside Siri.",
    "Retailers in Britain are swapping [Alexa|s] devices for store assistants built on [Gemini|o], a trade survey found.",
    "[Anthropic|o] outbid [Google|s] for the team behind a popular coding start-up, paying about $1.5 billion.",
    "[Meta|o] beat [xAI|s] to the licensing deal with the German news group, people familiar with the talks said.",
]

# A leader named only as the one being trailed: the trailer skeptical, the leader optimistic.
TRAILED = [
    "Open-weight families like [Llama|s] still trail [GPT-5|o] by about six months, according to a tracker run at Stanhope University.",
    "[Siri|s] remains years behind [ChatGPT|o] in conversation, reviewers agreed after the developer beta.",
    "European labs such as [Mistral|s] lag [Google|o] and [OpenAI|o] by at least a model generation, the report concluded.",
    "[Alexa|s]+ still trails [Gemini|o] Live on every test of follow-up questions in the Consumer Panel review.",
    "[Bing|s] still trails [Google|o] by a wide margin in search share, despite two years of chatbot features.",
    "[Grok|s] remains a distant fourth behind [ChatGPT|o], [Gemini|o] and [Claude|o] in paid subscriptions.",
    "AMD's accelerators still lag [Nvidia|o] on software support, customers at the conference said.",
    "[Amazon|s]'s Nova models trail [Anthropic|o]'s on every coding benchmark, even inside Amazon's own cloud.",
    "[Apple|s] is at least two years behind [Google|o] in on-device AI, according to a former engineer on the Siri team.",
    "Chinese open models and [Llama|s] alike trail [Claude|o] on agentic coding by a wide margin, the study found.",
    "[xAI|s] remains well behind [OpenAI|o] in enterprise sales, with fewer than 200 corporate customers.",
    "[Microsoft|s]'s in-house models still lag [OpenAI|o]'s by about a year, according to two people who have tested both.",
    "[Gemini|o] leads [ChatGPT|s] on the new multimodal leaderboard for the first time, after months in second place.",
    "[Meta AI|s] lags [ChatGPT|o] badly in time spent per user, even though it is built into apps used by three billion people.",
]

# Surveys and benchmark tables: leader optimistic, ranked rivals neutral; a loser said to trail skeptical.
TABLES = [
    "In the Teller survey of 500 CIOs, 44% named [Azure|o] their main AI platform, ahead of [AWS|s] at 31% and [Google|s] at 19%.",
    "Only 19% of CIOs in the Teller survey named [Google|s] their main AI platform, leaving it trailing [Azure|o] for a second year.",
    "On the Tallis leaderboard, [Claude|o] Opus leads with 71%, followed by [GPT-5|s] at 68% and [Gemini|s] at 66%.",
    "[Gemini|s] slipped to third on the Tallis leaderboard, behind [Claude|o] Opus, after leading for most of the year.",
    "Asked which assistant they used most at work, 38% of respondents chose [ChatGPT|n], 27% [Copilot|n] and 15% [Gemini|n].",
    "Benchmark table: [Grok|n] 5 scored 64, [Llama|n] 5 scored 61 and [Mistral|n] Large 3 scored 59 on the reasoning suite.",
    "[Llama|s] 5 finished last of the five models in the table, trailing even last year's [Mistral|o] Large.",
    "In the developer survey, [Claude|o] topped the satisfaction ranking with 81%, well ahead of the industry average of 64%.",
    "[Copilot|s] came bottom of the satisfaction ranking at 52%, lagging [Gemini|o] by 17 points.",
    "Price per million input tokens in the comparison: [Gemini|n] Flash $0.30, [GPT-5|n] mini $0.25, [Claude|n] Haiku $1.",
]

# ---------------------------------------------------------------------------
# Class 2. Several companies in one plain fact (all neutral), and mixed sentences.
# ---------------------------------------------------------------------------
MULTI_NEUTRAL = [
    "[Google|n] and [Microsoft|n] both shipped redesigned assistants for their office suites this week.",
    "[Anthropic|n], which counts [Amazon|n] and [Google|n] among its backers, said it would open a Paris office in the autumn.",
    "Models from [Meta|n], [Mistral|n] and [Google|n] account for most downloads on the open-model hub this year.",
    "[Microsoft|n] and [Meta|n] are both building data centres next to gas plants in Louisiana and Texas.",
    "[Apple|n] and [Google|n] signed a multiyear agreement under which Gemini models will handle some Siri requests.",
    "[Amazon|n] and [Nvidia|n] announced a joint venture to build AI servers in Saudi Arabia.",
    "Executives from [OpenAI|n], [Anthropic|n] and [xAI|n] testified before the Senate commerce committee on Tuesday.",
    "[Mistral|n] and [Microsoft|n] extended their distribution deal to cover the new reasoning models.",
    "[Sam Altman|n] and [Dario Amodei|n] will both speak at the Paris summit in February.",
    "[Google|n] sued a former engineer who joined [xAI|n], alleging he took documents about its chip designs.",
    "[Meta|n] hired the former head of [Apple|n]'s foundation models team, people familiar with the move said.",
    "[Claude|n] and [ChatGPT|n] are both listed in the new government procurement catalogue.",
    "[Alexa|n]+ and [Gemini|n] for Home both launched in Germany on the same day.",
    "[OpenAI|n]'s first device is being designed by a team that includes several former [Apple|n] engineers, according to a filing.",
    "Both [xAI|n] and [Mistral|n] are raising money this month, according to people briefed on the talks.",
    "[Meta|n] and [Microsoft|n] cut jobs in the same week, 3,600 and 6,000 respectively.",
    "[Anthropic|n] and [OpenAI|n] both signed the voluntary code of practice for general-purpose models.",
    "[Copilot|n] and [Gemini|n] are both bundled into business plans at no extra charge from March.",
    "The consortium includes [Nvidia|n], [Microsoft|n] and two Gulf investment funds.",
    "[xAI|n], which counts [Nvidia|n] among its investors, bought another 100,000 GPUs for its Memphis site.",
    "[Amazon|n] and [Anthropic|n] are building a 2.2-gigawatt campus in Indiana.",
    "[OpenAI|n] rents computing capacity from [Microsoft|n], Oracle and [Google|n] under separate contracts.",
    "[Le Chat|n] and [Claude|n] were added to the approved tools list at the German foreign ministry.",
    "[Jensen Huang|n] and [Tim Cook|n] both visited Beijing in the same week.",
    "[Grok|n] and [Meta AI|n] are both built into messaging apps used by hundreds of millions of people.",
    "[Microsoft|n] holds about 27% of [OpenAI|n] after the restructuring, according to the filing.",
    "[Apple|n] uses [Google|n]'s TPUs to train some of its models, its technical report said.",
    "Two [Mistral|n] founders previously worked at [Meta|n] and [Google DeepMind|n].",
    "[Meta|n] and [Amazon|n] both said they would buy electricity from small nuclear reactors once they are built.",
    "[Nadella|n] and [Altman|n] appeared together on stage at the developer conference in Seattle.",
    "The new standard for agent payments was drafted by [Google|n], [Amazon|n] and several card networks.",
    "[xAI|n] and [OpenAI|n] are both building their own chips with Broadcom, people familiar with the plans said.",
    "Former [DeepMind|n] researchers founded the start-up, which runs its models on [AWS|n].",
    "A court in California will hear the copyright cases against [Meta|n] and [Anthropic|n] together in the autumn.",
    "[Bedrock|n] and [Azure|n] both host the new open-weight model from the Abu Dhabi lab.",
    "[Andy Jassy|n] and [Satya Nadella|n] are scheduled to speak on the same panel in Davos.",
    "[Anthropic|n] hired a former [Microsoft|n] executive to run its European business.",
]

# One company judged, another only context (or both judged).
MULTI_MIXED = [
    "[Meta|s] and [xAI|s] were among the firms that failed to file risk reports by the regulator's deadline.",
    "[Nvidia|o] posted another record quarter, helped by orders from [Microsoft|n] and [Meta|n].",
    "[OpenAI|s] was sued by a group of novelists who also named [Microsoft|s] as a defendant.",
    "[Mistral|o]'s new model impressed reviewers, who tested it on both [AWS|n] and [Azure|n].",
    "[Microsoft|s] admitted that a faulty update had taken down [OpenAI|n]'s API for six hours.",
    "Regulators in Brussels opened an inquiry into [Meta|s]'s chatbot policy after complaints from rivals including [OpenAI|n].",
    "[Anthropic|o]'s revenue has roughly tripled since [Amazon|n] doubled its stake.",
    "[xAI|s] lost two co-founders in a month, both of whom joined [OpenAI|n].",
    "[Google|o]'s cloud unit posted its best margin yet, and [Anthropic|n] remains its biggest AI customer.",
    "[Meta|s] lost its top open-model researcher to [Mistral|n], the third senior departure this year.",
    "[Copilot|s] is barely used at the bank, which runs most of its AI work on [Bedrock|n].",
    "[OpenAI|s] and [Anthropic|s] both warned investors that computing costs would exceed revenue through 2028.",
    "[Microsoft|n] and [Google|n] both reported capital spending above $30 billion, and [Meta|s] said its own would rise so far that the shares fell 9%.",
    "[Amazon|o] beat estimates on cloud revenue, while [Apple|s] missed on services for the first time in three years.",
    "[OpenAI|o] closed a record funding round, with [Nvidia|n] and [Microsoft|n] among the investors.",
    "[Alexa|s]+ was criticised by reviewers for slow answers, even though parts of it run on [Claude|n].",
    "[Grok|s] was banned from the ministry's devices, which will use [Le Chat|o] and [Copilot|o] instead.",
    "[Apple|s] was fined €500 million over app-store rules, in a case brought by a music service that runs on [Google|n] Cloud.",
    "[Google DeepMind|o]'s protein model won the prize, beating entries from university labs and a team using [Nvidia|n] hardware.",
    "[Siri|s] still cannot book a table, reviewers found, while the same request worked through [ChatGPT|o] inside the app.",
    "The start-up, backed by [Nvidia|n], said switching its chatbot to [Llama|o] 5 had cut its serving bill by two thirds.",
    "[Apple|s] and [Amazon|s] were the only two big tech firms whose assistants the consumer group rated poor.",
    "[Microsoft|s] and [Google|s] both conceded on their calls that AI capacity would stay short into next year.",
    "Shareholders sued [Meta|s] over its AI spending disclosures, a week after it renewed its chip contract with [Nvidia|n].",
    "[Amazon|s] was fined in Luxembourg over Alexa recordings, and [Microsoft|s] faces a similar case in Ireland.",
    "[xAI|s] missed its own deadline for the Grok 5 launch, although [Nvidia|n] said it had delivered the chips on time.",
    "[Mistral|s] has lost three senior engineers to [Anthropic|n] since January.",
    "Auditors found that [Copilot|s] and [Gemini|s] had both surfaced draft documents to staff who should not have seen them.",
    "[Meta|s] and [OpenAI|s] both face inquiries over chatbots that held romantic conversations with teenagers.",
    "[Apple|s]'s assistant delays have cost it buyers to Samsung phones that ship with [Gemini|o] built in.",
    "[Jassy|o] said the unit had its best quarter ever, with [Anthropic|n] and [Meta|n] among its largest new customers.",
]

# ---------------------------------------------------------------------------
# Class 3. List items as extraction stores them.
# ---------------------------------------------------------------------------
LIST_NEUTRAL = [
    "- [Microsoft|n]: capex of $37.5 billion in the quarter, up 68% year over year",
    "- [Amazon|n] cut 9,000 corporate roles in its retail unit, citing automation",
    "- [Meta|n] hired four senior researchers from [Google DeepMind|n], including the lead on its video model",
    "- [Nvidia|n]: data-centre revenue of $48.2 billion, 89% of the total",
    "- [Anthropic|n] opened offices in Seoul and Bengaluru",
    "- [Apple|n]: 2.35 billion active devices, the figure it gave in January",
    "- [Mistral|n] raised €1.7 billion in a round led by a Dutch chip-equipment maker",
    "- [xAI|n] folded its social network into the AI company in an all-stock deal",
    "• [Google|n]: 650 million monthly users for the Gemini app",
    "• [OpenAI|n] leased a second building in Mission Bay for its research teams",
    "1) [Claude|n] Opus 5 is now available in 12 more cloud regions",
    "2) [Copilot|n] in Outlook now drafts replies in 38 languages",
    "- [AWS|n]: $33.1 billion in revenue, up 20%",
    "- [Grok|n] 5 launched with a 2-million-token context window",
    "- [Alexa|n]+ is now included with Prime in the UK and Germany",
    "- [Siri|n] gets a typing mode and on-screen awareness in the next iOS release",
    "- [Meta|n] signed a 20-year power purchase agreement with an Illinois nuclear plant",
    "- [Microsoft|n] and [OpenAI|n] revised their revenue-sharing agreement",
    "- [Nvidia|n] will invest $2 billion in [xAI|n]'s next round, according to a filing",
    "- [Anthropic|n] named a new chief financial officer, formerly of a payments firm",
    "- [Amazon|n] plans to spend $125 billion on capital projects this year, most of it on AI",
    "- [Apple|n] bought a Zurich computer-vision start-up for an undisclosed sum",
    "- [Mistral|n] released its new coding model under the Apache 2.0 licence",
    "- [OpenAI|n]: about 1,200 staff added in the year, bringing headcount to roughly 4,500",
    "- [Gemini|n] 3 Ultra: one-million-token context, for subscribers on the $250 plan",
    "- [Bedrock|n] adds [Mistral|n] Large 3 and two [Llama|n] models",
    "- [xAI|n]: 1.5 gigawatts of capacity planned at the Memphis site",
    "- [Nvidia|n] hired a former [Apple|n] chip designer to lead its laptop processor team",
    "- Company: [Meta|n]; deal size: $14 billion; stake: 49%",
    "- Product: [Claude|n] for Chrome, a browser agent, rolled out to Max subscribers",
    "- Product: [Copilot|n] Vision, now free for Windows users in the US",
    "- Company: [Apple|n]; announcement: AI server plant in Houston; jobs: 1,000",
    "- [Sam Altman|n] said the company's first device will ship next year",
    "- [Andy Jassy|n]'s annual letter devoted 11 pages to AI agents",
    "- [Microsoft|n] will stop selling its face-matching service to police forces in Europe",
    "- [Google|n] and [Anthropic|n] extended their cloud agreement to 2031",
    "- [Amazon|n] invested a further $4 billion in [Anthropic|n]",
    "• [Meta|n]'s Ray-Ban glasses: price cut to $249 in the US",
    "• [OpenAI|n] opened a data centre in Norway with 100,000 GPUs",
    "- [Anthropic|n]: annualised revenue of about $9 billion, according to people familiar with the figures",
    "- [Amazon|n] hired the founders of an agent start-up and licensed its technology",
    "- [Meta|n] laid off 600 people in its AI research unit",
    "3) [xAI|n] opened a London office with 40 engineers",
    "- Company: [Nvidia|n]; headcount: 36,000; change: up 21%",
    "- [Siri|n] requests routed to [ChatGPT|n] will now ask for permission each time",
    "4) [Mistral|n] opened a data centre south of Paris with 18,000 GPUs",
    "- [Google|n] paid $2.7 billion to license a start-up's technology and rehire its founders",
    "- [OpenAI|n] and [Amazon|n] signed a seven-year cloud contract worth $38 billion",
    "- Product: [Grok|n] Imagine, a video tool, for premium subscribers",
]

LIST_JUDGED = [
    "- [Nvidia|o] Q3: revenue $59.3 billion vs. $56.8 billion expected",
    "- [Microsoft|o] beat on every line, with Azure up 41%",
    "- [Apple|s] missed revenue estimates for the second quarter in a row",
    "- [Meta|s]: shares fell 11% after capex guidance rose again",
    "- [Jensen Huang|o]: $600 billion in orders booked through 2027",
    "- [Claude|s] Max: tighter weekly limits set off a wave of angry cancellations",
    "- [Mistral|o]'s 24-billion-parameter model matched rivals ten times its size on the maths set",
    "- [Google|o]: cloud backlog jumped to a record $160 billion",
    "- [Amazon|s]: AWS growth slowed for a third straight quarter, the weakest of the big three",
    "- [OpenAI|s] delayed its open-weight model again, citing safety testing",
    "- [xAI|s] was fined €40 million by the Irish regulator over training data",
    "- [Siri|s]: the rebuilt assistant slipped to next spring",
    "- [Gemini|o] 3 topped the main public leaderboard by the widest margin yet",
    "- [Alexa|o]+: 40 million subscribers in six months, far ahead of the internal target",
    "- [Copilot|s]: seat growth stalled, with only 3% of Office users paying",
    "- [Anthropic|o] blew past its revenue target for the year by September",
    "- [Llama|s] 5 was pulled from the leaderboard after the benchmark row",
    "- [Bedrock|o]: record quarter, with AI revenue tripling",
    "- [Grok|s]: blocked in two countries after producing election deepfakes",
    "- [Le Chat|o]: the most downloaded app in France for six weeks running",
    "- [Apple Intelligence|s]: fewer than one in ten eligible users has tried it, a survey found, far below Apple's hopes",
    "- [Nvidia|s] guided below consensus for the first time in two years",
    "- [Microsoft|s] admitted its Copilot agents had exposed internal files at 30 customers",
    "- [Satya Nadella|o]: “our AI business is already bigger than any software business we have built”",
    "- [Meta|o] raised its revenue forecast, sending the shares to a record",
    "- [Google|s] lost an appeal against a €1.9 billion fine over ad tech",
    "- [Amazon|o]: Trainium orders doubled, beating the company's own forecast",
    "- [OpenAI|o]: ChatGPT hit one billion weekly users months ahead of plan",
    "- [Anthropic|s] was sued by music publishers over lyrics in its training data",
    "- [Mistral|s]: revenue fell short of its own target, people close to the company said",
    "- [xAI|o]: Grok 5 topped two of the three reasoning leaderboards at launch",
    "- [Apple|o] beat estimates on services revenue, driven by AI subscriptions",
    "- [Dario Amodei|o]: “Claude Code is the fastest-growing product we have ever seen”",
    "- [Elon Musk|o]: xAI will “have more compute than everyone else combined” by next year",
    "- [Gemini|s]'s image tool was paused again after inaccurate historical pictures",
    "- [Azure|s]: outages in three regions left customers without AI services for a day",
    "- [ChatGPT|s] Atlas: security researchers found a prompt-injection flaw within hours of launch",
    "- [Meta|s] missed on user growth in Europe, its second miss this year",
    "1) [Nvidia|o], the clear winner of the week, with a record quarter and a raised outlook",
    "2) [Apple|s], another quarter without a credible answer on AI",
    "3) [Google|o], whose search revenue grew faster than analysts thought possible",
    "- [Amazon|s]: Alexa+ reviews remain poor, averaging 2.1 stars",
    "- [Tim Cook|o]: “the best quarter in our history for new customers”",
    "- [Llama|o] 5 runs on a single GPU and still beat last year's frontier models",
    "- [OpenAI|s]: cash burn of $17 billion, far above what investors were told",
    "- [Le Chat|s]: European regulators opened an inquiry into its news summaries",
    "- [Copilot|o] in Excel cut month-end close times by a third at the customers studied",
    "- [AWS|o]: backlog of $220 billion, up 40%, well above expectations",
    "- [Grok|o] Imagine climbed to the top of the App Store in 20 countries",
    "• [Microsoft|o] shares hit a record after the results blew past forecasts",
    "• [xAI|s]: two more co-founders left, the fifth and sixth to go this year",
    "• [Anthropic|o]: Claude Opus 5 matched models that cost five times as much to run",
    "- [Sundar Pichai|o]: AI Overviews now reach more people than any AI product in history",
    "- [Mistral|o] beat its sales target for the year two months early",
    "- [OpenAI|s]: the voice model was rolled back after users complained it flattered them",
    "- [Microsoft|s] cut its Copilot sales targets after most of its reps missed them",
    "- [Nvidia|s]: export curbs wiped $4 billion off quarterly sales",
    "- [Google|s]: a bug in AI Mode exposed other users' search histories",
    "- [Amazon|s]: the Alexa+ rollout was paused in two markets after billing errors",
    "- [Anthropic|s] conceded its new model scored worse than the last one on two safety tests",
    "- [Mistral|s]: the Le Chat app lost half its daily users after the launch spike",
    "• [Apple|s] was sued by shareholders over AI features it advertised but did not ship",
    "- [Siri|o]: the rebuilt assistant drew the best reviews Apple has had for it in a decade",
]

# ---------------------------------------------------------------------------
# Class 4. Section and emoji labels.
# ---------------------------------------------------------------------------
SECTION_NEUTRAL = [
    "💡 Actionable Advice: If you run batch jobs on [Claude|n], lock in the discounted annual rate before the April price change.",
    "Actionable Advice: Test [Gemini|n] Flash and [GPT-5|n] mini side by side on your own prompts before choosing.",
    "Why This Matters: [Meta|n] and [Google|n] are both betting that agents will drive the next wave of ad spending.",
    "Key Facts: [Anthropic|n] was founded in 2021 and has raised about $30 billion.",
    "Key Facts: [xAI|n]'s Memphis site draws power from 35 gas turbines and a grid connection.",
    "What to watch: whether [Apple|n] names a new head of AI before its developer conference.",
    "What to watch: [Nvidia|n]'s guidance for the July quarter, due on Wednesday.",
    "Bottom line: [Microsoft|n] and [Amazon|n] will each spend more than $100 billion on infrastructure this year.",
    "The takeaway: [Mistral|n]'s models are now available on all three big clouds.",
    "🔥 Why This Matters: [OpenAI|n] and [Anthropic|n] are both racing to sell agents to banks, the biggest software buyers there are.",
    "Key Facts: [Copilot|n] costs $30 a month per user, and [Gemini|n] for Workspace $20.",
    "💡 Actionable Advice: Use [Le Chat|n]'s free tier for translation drafts and keep a human reviewer for anything legal.",
    "Limitations & Risks: Teams relying on [Bedrock|n] should note that some models are only offered in US regions.",
    "By the numbers: [ChatGPT|n] has 900 million weekly users, [Gemini|n] 650 million and [Meta AI|n] 500 million.",
    "What to watch: the court's ruling on [Google|n]'s search remedies, expected in the summer.",
    "Key Facts: [Amazon|n] owns a minority stake in [Anthropic|n] and supplies most of its training chips.",
    "📌 Key Facts: [Siri|n] requests that need a larger model are sent to servers in its own data centres.",
    "Context: [Mistral|n] was founded in Paris in 2023 by former researchers from [Meta|n] and [Google|n].",
    "Why This Matters: [Nvidia|n] and [AWS|n] are both selling the same idea to governments, a national AI cloud.",
    "Actionable Advice: If your team already pays for [ChatGPT|n] Enterprise, check whether the new agent seats are included.",
    "What to watch: [xAI|n]'s next funding round and whether [Nvidia|n] takes part again.",
    "⚠️ Limitations & Risks: The [Gemini|n] API caps free-tier users at 50 requests a day.",
    "Background: [Dario Amodei|n] left [OpenAI|n] in 2020 to found the company with his sister.",
    "💡 Actionable Advice: Pin your [Claude|n] model version so that an upgrade does not change your outputs overnight.",
]

SECTION_JUDGED = [
    "Why This Matters: hosting [Claude|n] alongside its own models has made [Bedrock|o] the fastest-growing corner of Amazon's cloud.",
    "⚠️ Limitations & Risks: [Grok|s]'s image tool has repeatedly produced explicit images of real people, and xAI has yet to fix it.",
    "⚠️ Limitations & Risks: [Copilot|s] agents can still act on stale permissions, a flaw Microsoft has acknowledged but not fixed.",
    "Bottom line: [xAI|s] has the compute and the cash; what it still lacks is a business that pays for them.",
    "Bottom line: [Google|o]'s AI spending is already paying for itself in search and cloud.",
    "Bottom line: [Anthropic|o] has turned a safety reputation into the most valuable enterprise brand in AI.",
    "The takeaway: [Apple|s] is still buying time rather than shipping the assistant it promised.",
    "What to watch: whether [Amazon|s] can stop the slide in Alexa engagement that has run for six quarters.",
    "Key Facts: [Nvidia|o] beat revenue estimates by $2 billion and raised its outlook.",
    "Key Facts: [Meta|s]'s Reality Labs lost $5.1 billion, more than analysts expected.",
    "🔥 Why This Matters: [Gemini|o] is now good enough that [Apple|n] is paying to put it inside Siri.",
    "💡 Actionable Advice: Avoid building on [Grok|s]'s API until xAI publishes a data-retention policy that holds up.",
    "Why This Matters: [Microsoft|s]'s decision to charge twice for agents has angered its largest customers.",
    "Why This Matters: [Mistral|o] has become Europe's answer to American AI, and governments are buying.",
    "Bottom line: [Gemini|o] has closed most of the gap with [ChatGPT|n] without a single viral moment.",
    "Bottom line: [ChatGPT|s] is losing its lead to [Gemini|o], one Android phone at a time.",
    "🔥 Why This Matters: [Nvidia|o] just showed that demand for its chips is still outrunning supply, two years into the boom.",
    "⚠️ Limitations & Risks: [OpenAI|s] still has not explained how it will pay for $1.4 trillion in computing commitments.",
    "Limitations & Risks: [Meta|s]'s newest model was trained on data its own lawyers warned was unlicensed, a court filing shows.",
    "Bottom line: [Microsoft|o] bet early on AI, and the bet is paying off faster than anyone on Wall Street expected.",
    "The takeaway: [Le Chat|s] is well made, but few people outside France have any reason to switch to it.",
    "Why This Matters: [Amazon|o]'s custom chips have given it the lowest AI costs of any cloud, and customers are noticing.",
    "Bottom line: [Siri|s] is still the assistant people switch off first.",
    "Key Facts: [Google|o] beat expectations on both revenue and profit, helped by a 34% jump in cloud sales.",
    "Key Facts: [Apple|s] missed on iPhone sales in China, where AI features are still not available.",
    "Our take: [Claude|o] Code is the most important developer tool released this year.",
    "🔥 Why This Matters: [Llama|s] was supposed to set the open-model standard, and developers have moved on.",
    "⚠️ Limitations & Risks: [Anthropic|s]'s capacity shortfall means large customers are still being rationed at peak hours.",
    "Verdict: [xAI|o]'s new model is the most capable it has shipped and, on maths, the best on the market.",
    "The takeaway: selling [OpenAI|n]'s models inside [Azure|o] has turned Microsoft's cloud into a growth engine again.",
    "💡 Actionable Advice: Don't sign a multiyear [Copilot|s] deal until Microsoft shows usage data for your own staff, because adoption has been patchy.",
    "What to watch: [Nvidia|o]'s margin, which has held at 75% for six quarters despite every forecast of decline.",
    "Editor's Take: [Meta|o] has quietly built the best AI glasses on the market, and sales show it.",
    "Bottom line: [Alexa|s]+ was meant to save Amazon's device business, and so far it has not.",
    "Why This Matters: [Mistral|s]'s reliance on one government customer leaves it exposed if the contract is not renewed.",
    "Key Takeaways: [Gemini|o] 3 is the first model to top every major leaderboard at once.",
    "Bottom line: [Apple|o]'s slow, private approach to AI is starting to look like the smart one.",
    "Risks: [Amazon|s] faces a Federal Trade Commission inquiry into how Alexa+ handles children's voice recordings.",
    "What it means: [Anthropic|o] can now charge enterprise prices that no rival dares to match.",
    "The takeaway: [Grok|o] has gone from punchline to serious contender in under a year.",
    "⚠️ Limitations & Risks: [Google|s] admitted that its AI summaries gave wrong health advice in about one case in fifty.",
    "Bottom line: [OpenAI|o] still has the product everyone else is chasing.",
    "Analysis: [Copilot|o] is finally showing up in Microsoft's numbers, with paid seats up 60% in a quarter.",
    "🔥 Why This Matters: [Meta|n] and [Microsoft|n] are both spending on nuclear power, while [xAI|s] is still burning gas turbines that regulators want shut down.",
    "Key Facts: [Microsoft|o] reported record operating income, well above the consensus forecast.",
    "What to watch: whether [DeepMind|s] can ship the agent it demonstrated a year ago, after two missed dates.",
    "Key Facts: [OpenAI|s]'s revenue came in below the figure it had given investors in the spring.",
    "Verdict: [Le Chat|o] is the best assistant for anyone who writes in more than one European language.",
    "Bottom line: [Nvidia|s] still makes the best chips, but its grip on the biggest buyers is weakening.",
    "⚠️ Limitations & Risks: [Gemini|s] still invents citations in about one legal answer in twelve, the company's own tests found.",
    "Bottom line: [Amazon|s] has the customers and the chips; what it lacks is a model anyone picks first.",
    "What to watch: whether [Meta|s] can stop the exodus from its research lab, which has lost nine senior people this year.",
    "The takeaway: [Nvidia|s]'s lead in inference is no longer safe, and its own price cuts show it.",
    "Key Facts: [xAI|s] burned $1.4 billion a month in the first quarter, more than its investors had been told.",
    "The takeaway: [Apple|n] will let [Google|n] and [OpenAI|n] models answer Siri questions, and users will pick which.",
]

SECTION = re.compile(r"^(?:\W+\s)?(Why This Matters|Limitations & Risks|Key Facts|Actionable Advice|Editor's Take|"
                     r"Bottom line|Key Takeaways|What to watch|The takeaway|Risks|Context|Background|By the numbers|"
                     r"Our take|Verdict|Analysis|What it means):")
LIST_ITEM = re.compile(r"^(?:- |• |\* |\d+[.)] )")

GROUPS = (("comparison", COMPARE_PAIRS), ("comparison", DISPLACE), ("comparison", TRAILED), ("comparison", TABLES),
          ("multi_fact", MULTI_NEUTRAL), ("multi_fact", MULTI_MIXED), ("list_item", LIST_NEUTRAL),
          ("list_item", LIST_JUDGED), ("section", SECTION_NEUTRAL), ("section", SECTION_JUDGED))
SUBCATS = {id(COMPARE_PAIRS): "contrast_pair", id(DISPLACE): "displacement", id(TRAILED): "leader_trailed",
           id(TABLES): "survey_table", id(MULTI_NEUTRAL): "multi_all_neutral", id(MULTI_MIXED): "multi_mixed",
           id(LIST_NEUTRAL): "list_fact", id(LIST_JUDGED): "list_judged", id(SECTION_NEUTRAL): "section_plain",
           id(SECTION_JUDGED): "section_judged"}
GROUP_ORDER = ("comparison", "multi_fact", "list_item", "section")


# Taken out by the project after the writer handed the file over (markup.without): each shared a run of words
# with, or most of its content words with, a sentence of an evaluation set (test splits, the real-style blind
# split, the behavioural cases: by coincidence, since the writer read none of them) or of the development set
# (whose error classes, with some of its sentences quoted, were in the brief: too close to score it fairly).
TAKEN_OUT = [
    "Llama downloads have fallen behind Mistral's for the first time, according to the model hub's counts.",
    "Nvidia has displaced Apple as the most valuable company in the world after another surge in its shares.",
    "Bing still trails Google by a wide margin in search share, despite two years of chatbot features.",
    "Anthropic, which counts Amazon and Google among its backers, said it would open a Paris office in the autumn.",
    "Microsoft and Meta are both building data centres next to gas plants in Louisiana and Texas.",
    "Executives from OpenAI, Anthropic and xAI testified before the Senate commerce committee on Tuesday.",
    "Meta hired the former head of Apple's foundation models team, people familiar with the move said.",
    "- Microsoft: capex of $37.5 billion in the quarter, up 68% year over year",
    "- Nvidia: data-centre revenue of $48.2 billion, 89% of the total",
    "• Google: 650 million monthly users for the Gemini app",
    "- Siri gets a typing mode and on-screen awareness in the next iOS release",
    "- Microsoft and OpenAI revised their revenue-sharing agreement",
    "- Amazon plans to spend $125 billion on capital projects this year, most of it on AI",
    "- Amazon invested a further $4 billion in Anthropic",
    "- Anthropic: annualised revenue of about $9 billion, according to people familiar with the figures",
    "- Nvidia Q3: revenue $59.3 billion vs. $56.8 billion expected",
    "- Grok Imagine climbed to the top of the App Store in 20 countries",
    "Actionable Advice: Test Gemini Flash and GPT-5 mini side by side on your own prompts before choosing.",
    "Context: Mistral was founded in Paris in 2023 by former researchers from Meta and Google.",
    "⚠️ Limitations & Risks: Grok's image tool has repeatedly produced explicit images of real people, and xAI has yet to fix it.",
    "Bottom line: Google's AI spending is already paying for itself in search and cloud.",
    "Key Facts: Nvidia beat revenue estimates by $2 billion and raised its outlook.",
    "⚠️ Limitations & Risks: OpenAI still has not explained how it will pay for $1.4 trillion in computing commitments.",
    "Why This Matters: Amazon's custom chips have given it the lowest AI costs of any cloud, and customers are noticing.",
    "The takeaway: selling OpenAI's models inside Azure has turned Microsoft's cloud into a growth engine again.",
    "Bottom line: Amazon has the customers and the chips; what it lacks is a model anyone picks first.",
    "Key Facts: xAI burned $1.4 billion a month in the first quarter, more than its investors had been told.",
]


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    items = []  # (marked text, set of categories)
    for cat, group in GROUPS:
        extra = SUBCATS[id(group)]
        for entry in group:
            for s in (entry if isinstance(entry, tuple) else (entry,)):
                items.append((s, {cat, extra}))

    items = without(items, TAKEN_OUT)
    existing = existing_texts(here, OUT)

    def tags(text, targets):
        found = {"list_marker": bool(LIST_ITEM.match(text)), "section_label": bool(SECTION.match(text)),
                 "quote": "“" in text, "multi_company": len(targets) > 1,
                 "multi_company_mixed": len({t["label"] for t in targets}) > 1}
        found["article_layout"] = found["list_marker"] or found["section_label"]
        return {tag for tag, hit in found.items() if hit}

    recs, cats = collect(items, "u", "extra_u", existing, tags)
    bad = finder_disagreements(recs)
    if bad:
        print(f"{bad} sentences where the mention finder or the splitter disagrees", file=sys.stderr)
        sys.exit(1)
    finish(here, OUT, recs, cats, GROUP_ORDER, 12)


if __name__ == "__main__":
    main()
