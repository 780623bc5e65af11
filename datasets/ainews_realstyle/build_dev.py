"""Build dev.jsonl: a hand-written, hand-labelled DEVELOPMENT set for the stance classifier.

Every sentence below was written for this file (fictional events, invented figures and quotes,
real company names), in the shapes that AI-industry news and newsletters use. It is meant for
choosing between models and calibrating a decision threshold, not for training.

    S(phenomenon, text, (mention, entity, label_letter[, occurrence]), ..., allow=(...))

label letters: n = neutral, s = skeptical, o = optimistic. `occurrence` (1-based) picks which
occurrence of `mention` is meant when an earlier one is not the company (a person called Claude).
`allow` lists substrings whose alias-looking words are not company mentions ("Claude Monet",
"Amazon rainforest"); everything else that looks like an alias must be labelled, at its first
mention, one target per company. Run:  python3 build_dev.py   (writes dev.jsonl next to this file)
"""
from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

from validate import ALIASES  # the alias list validate.py checks against

LABELS = {"n": "neutral", "s": "skeptical", "o": "optimistic"}
# names the pipeline's entity table also knows but the dev set's alias list does not: never used
FORBIDDEN = ["Facebook", "Alphabet", "NVIDIA", "GPT-4o"]
PHENOMENA = {"plain", "number_fact", "comparison", "concessive", "hedged_doubt", "quote_exec",
             "quote_analyst", "question_headline", "list_item", "section_label", "emoji_label",
             "multi_company", "reference", "alias_person"}

ROWS: list[tuple[str, str, tuple, tuple]] = []


def S(phenomenon: str, text: str, *targets: tuple, allow: tuple[str, ...] = ()) -> None:
    ROWS.append((phenomenon, text, targets, allow))


# --------------------------------------------------------------------------- plain
S("plain", "Meta released a new batch of Llama weights on Tuesday, including a 12-billion-parameter model aimed at laptops.",
  ("Meta", "Meta", "n"))
S("plain", "OpenAI has hired a former Pentagon procurement official to lead its government sales team.",
  ("OpenAI", "OpenAI", "n"))
S("plain", "Google quietly rolled out Gemini to Chromebooks sold to schools in 14 countries.",
  ("Google", "Google", "n"))
S("plain", "Anthropic's latest Claude model is the most capable system yet for long, messy coding tasks, reviewers at three outlets concluded.",
  ("Anthropic", "Anthropic", "o"))
S("plain", "Microsoft is cutting about 1,900 jobs in its gaming and mixed-reality units as it redirects spending toward AI infrastructure.",
  ("Microsoft", "Microsoft", "n"))
S("plain", "AWS said it will open a new cloud region in Chile next year, with Bedrock available from launch.",
  ("AWS", "Amazon", "n"))
S("plain", "Nvidia's new networking switches have become a quiet bottleneck-breaker for customers stitching together ever-larger clusters.",
  ("Nvidia", "Nvidia", "o"))
S("plain", "Apple has pulled its AI-generated notification summaries for news apps after repeated errors embarrassed publishers.",
  ("Apple", "Apple", "s"))
S("plain", "Mistral opened an office in Singapore, its first in Asia, and said it would hire about 40 people there.",
  ("Mistral", "Mistral", "n"))
S("plain", "The Grok app briefly topped the download charts in Japan after xAI added its new image tools.",
  ("Grok", "xAI", "o"))
S("plain", "The rollout of Alexa+ has gone more smoothly than many owners feared, with response times noticeably better since the spring.",
  ("Alexa", "Amazon", "o"))
S("plain", "Copilot's new agent features remain clunky, slow and prone to stalling on basic spreadsheet tasks, according to early testers.",
  ("Copilot", "Microsoft", "s"))
S("plain", "Sora's latest update produces far more convincing physics, from pouring liquids to falling fabric.",
  ("Sora", "OpenAI", "o"))
S("plain", "DeepMind published a paper describing a weather model that runs on a single accelerator.",
  ("DeepMind", "Google", "n"))
S("plain", "Zuckerberg's pivot toward closed models has alienated much of the developer community that once championed Llama.",
  ("Zuckerberg", "Meta", "s"))
S("plain", "Siri still stumbles over follow-up questions that rival assistants handled two years ago.",
  ("Siri", "Apple", "s"))
S("plain", "Le Chat added a deep research mode and a shared document library for paying users on Thursday.",
  ("Le Chat", "Mistral", "n"))
S("plain", "Grok produced a string of fabricated quotes attributed to European officials before xAI patched the model.",
  ("Grok", "xAI", "s"))
S("plain", "Anthropic has moved its headquarters to a larger building in San Francisco's Mission Bay district.",
  ("Anthropic", "Anthropic", "n"))
S("plain", "Bedrock now lists more than 90 third-party models, from Anthropic's Claude family to small open-weight options.",
  ("Bedrock", "Amazon", "n"), ("Anthropic", "Anthropic", "n"))
S("plain", "Nvidia is expected to report fiscal third-quarter results after the bell on Wednesday.",
  ("Nvidia", "Nvidia", "n"))
S("plain", "Gemini's image editing has become genuinely useful, handling multi-step edits that trip up most competitors.",
  ("Gemini", "Google", "o"))
S("plain", "OpenAI's board approved a restructuring plan that leaves the nonprofit with a smaller but still controlling stake.",
  ("OpenAI", "OpenAI", "n"))
S("plain", "Microsoft's Azure AI Foundry has become the default starting point for large banks building internal assistants.",
  ("Microsoft", "Microsoft", "o"))
S("plain", "Apple Intelligence arrived in mainland China this month through a partnership with a local cloud provider.",
  ("Apple Intelligence", "Apple", "n"))
S("plain", "Mistral's small models have earned a loyal following among developers who run inference on their own hardware.",
  ("Mistral", "Mistral", "o"))
S("plain", "Amazon has struggled to turn Alexa's enormous installed base into a meaningful source of AI revenue.",
  ("Amazon", "Amazon", "s"))
S("plain", "GPT-5 is now the default model for all free ChatGPT users, replacing a menu of older options.",
  ("GPT-5", "OpenAI", "n"))
S("plain", "Elon Musk said xAI would begin training its next model on a new cluster in Memphis next month.",
  ("Elon Musk", "xAI", "n"))
S("plain", "Meta's AI assistant remains a little-used feature buried inside apps that people open for other reasons, researchers found.",
  ("Meta", "Meta", "s"))
S("plain", "Nvidia and Google signed a multi-year agreement covering networking gear and software for Google Cloud data centres.",
  ("Nvidia", "Nvidia", "n"), ("Google", "Google", "n"))
S("plain", "Bard, the chatbot Google later renamed Gemini, got a basic astronomy fact wrong in its very first public demo.",
  ("Bard", "Google", "s"))
S("plain", "Bing's share of U.S. search queries has barely moved since Microsoft bolted a chatbot onto it.",
  ("Bing", "Microsoft", "s"))
S("plain", "Tim Cook told analysts that Apple Intelligence had helped drive the strongest iPhone upgrade cycle in four years.",
  ("Tim Cook", "Apple", "o"))

# --------------------------------------------------------------------------- look-alikes, no target
S("plain", "Fires in the Amazon rainforest burned through an area larger than Belgium during the dry season.",
  allow=("Amazon rainforest",))
S("plain", "A meta-analysis of 42 studies found no clear link between screen time and sleep quality in teenagers.")
S("plain", "Apple orchards in Washington state reported a smaller harvest after a late spring frost.",
  allow=("Apple orchards",))
S("plain", "Quotations from the Bard still turn up in more wedding speeches than any other writer's, the survey found.",
  allow=("the Bard",))
S("plain", "NASA's Gemini missions in the 1960s tested the docking manoeuvres later used on the way to the Moon.",
  allow=("NASA's Gemini",))
S("plain", "The Mistral, a cold wind that funnels down the Rhône valley, can blow for days at a time.",
  allow=("The Mistral",))
S("plain", "Le Chat Noir, the Montmartre cabaret, reopened its doors as a small museum last spring.",
  allow=("Le Chat Noir",))
S("plain", "The captain handed control to the copilot shortly after the aircraft reached cruising altitude.")
S("alias_person", "Claude Monet's water lilies drew record crowds at the Orangerie this summer.",
  allow=("Claude Monet",))
S("alias_person", "Alexa Chung wore a vintage tweed coat to the premiere on Friday night.",
  allow=("Alexa Chung",))

# --------------------------------------------------------------------------- number_fact
S("number_fact", "OpenAI generated $4.1 billion in revenue in the first quarter, according to people familiar with its finances.",
  ("OpenAI", "OpenAI", "n"))
S("number_fact", "Microsoft said capital expenditures reached $24.2 billion in the quarter, up from $19 billion a year earlier.",
  ("Microsoft", "Microsoft", "n"))
S("number_fact", "Nvidia reported data-centre revenue of $51.3 billion, ahead of the $48.9 billion analysts had pencilled in.",
  ("Nvidia", "Nvidia", "o"))
S("number_fact", "Meta expects total expenses of $118 billion to $124 billion next year, driven largely by AI infrastructure.",
  ("Meta", "Meta", "n"))
S("number_fact", "Google said the Gemini app now has 640 million monthly active users.",
  ("Google", "Google", "n"))
S("number_fact", "Anthropic's annualised revenue passed $9 billion in September, two people briefed on the figures said.",
  ("Anthropic", "Anthropic", "n"))
S("number_fact", "Amazon's cloud unit grew 17% in the quarter, short of the 19.5% Wall Street had expected.",
  ("Amazon", "Amazon", "s"))
S("number_fact", "Apple shares slipped 3.4% after the company confirmed the Siri overhaul would not ship until next year.",
  ("Apple", "Apple", "s"))
S("number_fact", "Mistral raised €1.2 billion at a valuation of about €13 billion, its largest round to date.",
  ("Mistral", "Mistral", "n"))
S("number_fact", "xAI is spending roughly $1.1 billion a month, according to documents shown to prospective investors.",
  ("xAI", "xAI", "n"))
S("number_fact", "Nvidia shares jumped 8% in after-hours trading after its revenue forecast came in well above consensus.",
  ("Nvidia", "Nvidia", "o"))
S("number_fact", "ChatGPT reached 870 million weekly users in October, the company said.",
  ("ChatGPT", "OpenAI", "n"))
S("number_fact", "Copilot paid seats rose to 21 million, still less than 5% of Microsoft's commercial Office base.",
  ("Copilot", "Microsoft", "s"))
S("number_fact", "AWS signed $38 billion in new AI commitments during the quarter, a record for the unit.",
  ("AWS", "Amazon", "o"))
S("number_fact", "Meta shares fell 11% on Thursday, their worst day in three years, after the company raised its spending forecast again.",
  ("Meta", "Meta", "s"))
S("number_fact", "Google's cloud division reported revenue of $16.4 billion, up 34% from a year earlier.",
  ("Google", "Google", "n"))
S("number_fact", "Anthropic's revenue run rate tripled in six months, blowing past the targets it had given investors in January.",
  ("Anthropic", "Anthropic", "o"))
S("number_fact", "Apple spent $9.8 billion on research and development in the quarter, a regulatory filing shows.",
  ("Apple", "Apple", "n"))
S("number_fact", "Le Chat was downloaded 1.4 million times in its first two weeks on Android.",
  ("Le Chat", "Mistral", "n"))
S("number_fact", "Grok's monthly users fell by roughly a third between March and June, erasing most of the gains from its spring launch.",
  ("Grok", "xAI", "s"))
S("number_fact", "OpenAI expects an operating loss of about $14 billion this year, according to internal projections.",
  ("OpenAI", "OpenAI", "n"))
S("number_fact", "Microsoft shares rose 4% on Wednesday after Azure growth accelerated to 39%, beating estimates.",
  ("Microsoft", "Microsoft", "o"))
S("number_fact", "Nvidia said it shipped roughly 1.3 million Blackwell GPUs in the three months to October.",
  ("Nvidia", "Nvidia", "n"))
S("number_fact", "Amazon plans to spend about $125 billion on capital projects this year, most of it on data centres.",
  ("Amazon", "Amazon", "n"))
S("number_fact", "Apple's services revenue grew 13% to $28.7 billion, in line with forecasts.",
  ("Apple", "Apple", "n"))
S("number_fact", "Meta's ad revenue rose 22%, topping estimates for a fourth straight quarter as AI-driven targeting lifted conversions.",
  ("Meta", "Meta", "o"))
S("number_fact", "Anthropic will spend $50 billion on U.S. data centres over the next four years, the company said.",
  ("Anthropic", "Anthropic", "n"))
S("number_fact", "Google's cloud backlog climbed to $155 billion, far above what analysts had modelled.",
  ("Google", "Google", "o"))
S("number_fact", "xAI closed a $20 billion round that values the company at roughly $230 billion.",
  ("xAI", "xAI", "n"))
S("number_fact", "Mistral's revenue came to about €300 million last year, well below the figure it had floated to investors.",
  ("Mistral", "Mistral", "s"))
S("number_fact", "OpenAI's API business lost share for a third consecutive quarter, slipping to 27% of enterprise model spending.",
  ("OpenAI", "OpenAI", "s"))
S("number_fact", "Amazon shares dropped 6% in late trading after AWS margins narrowed more than expected.",
  ("Amazon", "Amazon", "s"))
S("number_fact", "Nvidia's adjusted gross margin came in at 73.5%, a touch below the 74% it had guided to.",
  ("Nvidia", "Nvidia", "s"))
S("number_fact", "Microsoft reported $77.7 billion in revenue and $27.7 billion in net income for the quarter.",
  ("Microsoft", "Microsoft", "n"))
S("number_fact", "Gemini API traffic doubled between July and October, according to figures shared with developers.",
  ("Gemini", "Google", "n"))
S("number_fact", "Apple shares climbed 5% as iPhone sales in China beat expectations.",
  ("Apple", "Apple", "o"))
S("number_fact", "Meta's Reality Labs division lost $4.9 billion in the quarter on revenue of $470 million.",
  ("Meta", "Meta", "n"))
S("number_fact", "xAI shares changed hands in the secondary market at a 30% discount to its last round, according to two brokers.",
  ("xAI", "xAI", "s"))
S("number_fact", "AWS revenue reached $33 billion in the quarter, with operating income of $11.4 billion.",
  ("AWS", "Amazon", "n"))
S("number_fact", "ChatGPT Plus subscriptions grew faster than the company had forecast, pushing consumer revenue past $11 billion.",
  ("ChatGPT", "OpenAI", "o"))
S("number_fact", "Nvidia's stock has fallen 18% from its peak as investors question how long hyperscaler spending can last.",
  ("Nvidia", "Nvidia", "s"))
S("number_fact", "Mistral said Le Chat Pro subscribers grew fivefold in the quarter, well ahead of its internal plan.",
  ("Mistral", "Mistral", "o"))
S("number_fact", "Microsoft's AI business passed a $26 billion annual run rate, ahead of the pace it forecast last year.",
  ("Microsoft", "Microsoft", "o"))
S("number_fact", "Google said it would spend $91 billion to $93 billion on capital expenditure this year.",
  ("Google", "Google", "n"))
S("number_fact", "Apple Intelligence is switched on for about 38% of active iPhones, according to Counterpoint estimates.",
  ("Apple Intelligence", "Apple", "n"))
S("number_fact", "Grok brought in about $500 million in annualised revenue by December, one person familiar with the figures said.",
  ("Grok", "xAI", "n"))
S("number_fact", "Anthropic's monthly active developers on the Claude API slid 12% in August, the first decline in two years.",
  ("Anthropic", "Anthropic", "s"))
S("number_fact", "Amazon's Alexa+ reached 30 million devices three months after launch, two months faster than its own target.",
  ("Amazon", "Amazon", "o"))

# --------------------------------------------------------------------------- comparison
S("comparison", "Claude still leads on agentic coding benchmarks, with GPT-5 and Gemini trailing by several points.",
  ("Claude", "Anthropic", "o"), ("GPT-5", "OpenAI", "s"), ("Gemini", "Google", "s"))
S("comparison", "Open-weight families like Llama and Mistral's Medium line continue to trail the frontier by six to nine months.",
  ("Llama", "Meta", "s"), ("Mistral", "Mistral", "s"))
S("comparison", "Gemini has pulled ahead of ChatGPT in monthly downloads for the first time, according to Appfigures.",
  ("Gemini", "Google", "o"), ("ChatGPT", "OpenAI", "s"))
S("comparison", "Apple lags behind Google and Samsung in shipping on-device AI features that people actually use.",
  ("Apple", "Apple", "s"), ("Google", "Google", "o"))
S("comparison", "Mistral's new model is about 60% cheaper than comparable OpenAI offerings while matching them on most European-language tasks.",
  ("Mistral", "Mistral", "o"), ("OpenAI", "OpenAI", "n"))
S("comparison", "AWS customers benefit from exclusive access to Anthropic's newest models for several weeks before they reach other clouds.",
  ("AWS", "Amazon", "o"), ("Anthropic", "Anthropic", "n"))
S("comparison", "Microsoft is closing the gap on AWS in AI workloads, helped by its early bet on OpenAI.",
  ("Microsoft", "Microsoft", "o"), ("AWS", "Amazon", "n"), ("OpenAI", "OpenAI", "n"))
S("comparison", "In blind tests run by the magazine, Claude outperformed Gemini on summarising long contracts, inventing far fewer clauses.",
  ("Claude", "Anthropic", "o"), ("Gemini", "Google", "s"))
S("comparison", "Grok fell short of both GPT-5 and Claude on the new reasoning benchmark, despite xAI's claims of frontier performance.",
  ("Grok", "xAI", "s"), ("GPT-5", "OpenAI", "o"), ("Claude", "Anthropic", "o"))
S("comparison", "Nvidia's lead over AMD in training chips remains wide, according to benchmark results published on Wednesday.",
  ("Nvidia", "Nvidia", "o"))
S("comparison", "Amazon's Trainium chips are now cheaper per token than Nvidia hardware for some inference jobs, AWS said.",
  ("Amazon", "Amazon", "o"), ("Nvidia", "Nvidia", "n"))
S("comparison", "Llama 4 landed well behind DeepSeek and Qwen on coding tests, a setback for Meta's open-weight ambitions.",
  ("Llama", "Meta", "s"))
S("comparison", "Google's TPUs give it a cost advantage that rivals renting Nvidia chips cannot easily match.",
  ("Google", "Google", "o"), ("Nvidia", "Nvidia", "n"))
S("comparison", "xAI brought its Colossus cluster online faster than any rival, installing 200,000 GPUs in under a year.",
  ("xAI", "xAI", "o"))
S("comparison", "Gemini and ChatGPT both outscored Siri by wide margins on our 50-question assistant test.",
  ("Gemini", "Google", "o"), ("ChatGPT", "OpenAI", "o"), ("Siri", "Apple", "s"))
S("comparison", "Microsoft's Copilot trails ChatGPT badly among consumers, with its usage share stuck near 2%.",
  ("Microsoft", "Microsoft", "s"), ("ChatGPT", "OpenAI", "o"))
S("comparison", "Anthropic has overtaken OpenAI as the most-used model provider among large enterprises, the survey found.",
  ("Anthropic", "Anthropic", "o"), ("OpenAI", "OpenAI", "s"))
S("comparison", "Trailing models like Grok and Llama were left off the bank's vendor shortlist entirely.",
  ("Grok", "xAI", "s"), ("Llama", "Meta", "s"))
S("comparison", "DeepMind's protein-structure work still leads the field, years after rivals promised to catch up.",
  ("DeepMind", "Google", "o"))
S("comparison", "Le Chat answered faster than ChatGPT in 17 of our 20 timed tests.",
  ("Le Chat", "Mistral", "o"), ("ChatGPT", "OpenAI", "n"))
S("comparison", "Bedrock's model catalogue is broader than Azure's, but Microsoft still wins more of the deals that bundle AI with existing licences.",
  ("Bedrock", "Amazon", "s"), ("Azure", "Microsoft", "o"))
S("comparison", "Nvidia's chips remain the benchmark against which Google, Amazon and Microsoft measure their in-house silicon.",
  ("Nvidia", "Nvidia", "o"), ("Google", "Google", "n"), ("Amazon", "Amazon", "n"), ("Microsoft", "Microsoft", "n"))
S("comparison", "Apple's on-device model scored below Google's smallest Gemma model on every task in the paper.",
  ("Apple", "Apple", "s"), ("Google", "Google", "o"))
S("comparison", "After this week's price cut, Claude is cheaper than GPT-5 for long-context jobs.",
  ("Claude", "Anthropic", "o"), ("GPT-5", "OpenAI", "n"))
S("comparison", "Meta is closing the gap on OpenAI in consumer AI usage, helped by distribution across WhatsApp and Instagram.",
  ("Meta", "Meta", "o"), ("OpenAI", "OpenAI", "n"))
S("comparison", "Grok outscored Gemini and Claude on a new set of physics problems released by a university lab.",
  ("Grok", "xAI", "o"), ("Gemini", "Google", "s"), ("Claude", "Anthropic", "s"))
S("comparison", "Microsoft's Bing still trails Google by a huge margin in search share, AI chat features notwithstanding.",
  ("Microsoft", "Microsoft", "s"), ("Google", "Google", "o"))
S("comparison", "Gemini 3 beat GPT-5 on 11 of 14 benchmarks in Google's technical report.",
  ("Gemini", "Google", "o"), ("GPT-5", "OpenAI", "s"))
S("comparison", "OpenAI pulled ahead of Google in the race to sign up universities, announcing campus-wide deals with 40 institutions.",
  ("OpenAI", "OpenAI", "o"), ("Google", "Google", "s"))
S("comparison", "Compared with Nvidia's flagship, Google's seventh-generation TPU offers roughly twice the memory bandwidth per chip.",
  ("Nvidia", "Nvidia", "n"), ("Google", "Google", "o"))
S("comparison", "ChatGPT still leads the consumer market by a wide margin, with more weekly users than Gemini, Claude and Copilot combined.",
  ("ChatGPT", "OpenAI", "o"), ("Gemini", "Google", "n"), ("Claude", "Anthropic", "n"), ("Copilot", "Microsoft", "n"))
S("comparison", "Azure outgrew AWS for the ninth straight quarter, according to estimates from Synergy Research.",
  ("Azure", "Microsoft", "o"), ("AWS", "Amazon", "s"))
S("comparison", "Siri fell further behind Alexa+ in a smart-home reliability test run by a consumer group.",
  ("Siri", "Apple", "s"), ("Alexa", "Amazon", "o"))
S("comparison", "Llama models still top the open-weight download charts on Hugging Face, ahead of Mistral and Google's Gemma.",
  ("Llama", "Meta", "o"), ("Mistral", "Mistral", "s"), ("Google", "Google", "s"))
S("comparison", "Nvidia's share of AI accelerator spending slipped to 78% as Google and Amazon ramped up their own chips.",
  ("Nvidia", "Nvidia", "s"), ("Google", "Google", "n"), ("Amazon", "Amazon", "n"))
S("comparison", "Anthropic benefits from privileged access to Google's TPU capacity under a deal signed last year.",
  ("Anthropic", "Anthropic", "o"), ("Google", "Google", "n"))
S("comparison", "Copilot was slower than Claude and Gemini at completing the spreadsheet tasks in our test.",
  ("Copilot", "Microsoft", "s"), ("Claude", "Anthropic", "o"), ("Gemini", "Google", "o"))
S("comparison", "Sora now trails Google's Veo in both realism and clip length, according to a panel of film editors.",
  ("Sora", "OpenAI", "s"), ("Google", "Google", "o"))
S("comparison", "xAI has raised more money in 18 months than Mistral has in its entire history.",
  ("xAI", "xAI", "o"), ("Mistral", "Mistral", "n"))
S("comparison", "Among regulated buyers surveyed, Mistral outranked Meta as the preferred open-weight supplier.",
  ("Mistral", "Mistral", "o"), ("Meta", "Meta", "s"))
S("comparison", "Gemini Flash undercuts GPT-5 mini on price by roughly 40%, making it the cheapest serious option for developers.",
  ("Gemini", "Google", "o"), ("GPT-5", "OpenAI", "n"))
S("comparison", "Amazon outbid Microsoft for a 2.4-gigawatt power contract in Pennsylvania.",
  ("Amazon", "Amazon", "o"), ("Microsoft", "Microsoft", "s"))
S("comparison", "Nvidia's software stack remains years ahead of anything AMD or Intel can offer, developers say.",
  ("Nvidia", "Nvidia", "o"))
S("comparison", "Claude Code has displaced GitHub Copilot as the tool of choice on many engineering teams, according to the survey.",
  ("Claude", "Anthropic", "o"), ("Copilot", "Microsoft", "s"))
S("comparison", "DeepMind and OpenAI both beat the average score of human gold medallists at this year's maths olympiad.",
  ("DeepMind", "Google", "o"), ("OpenAI", "OpenAI", "o"))
S("comparison", "Meta's new model is slightly cheaper than Claude to run but noticeably worse at following instructions.",
  ("Meta", "Meta", "s"), ("Claude", "Anthropic", "n"))
S("comparison", "Amazon's Nova models are priced well below Claude on Bedrock, an edge that has started to win over cost-conscious customers.",
  ("Amazon", "Amazon", "o"), ("Claude", "Anthropic", "n"))
S("comparison", "Apple's on-device approach gives it a privacy edge that cloud-first rivals have struggled to match.",
  ("Apple", "Apple", "o"))
S("comparison", "Google Cloud grew faster than both Azure and AWS last quarter, though from a smaller base.",
  ("Google", "Google", "o"), ("Azure", "Microsoft", "n"), ("AWS", "Amazon", "n"))
S("comparison", "OpenAI's o-series reasoning models have lost their edge, with Gemini and Claude now matching them at a fraction of the cost.",
  ("OpenAI", "OpenAI", "s"), ("Gemini", "Google", "o"), ("Claude", "Anthropic", "o"))

# --------------------------------------------------------------------------- concessive
S("concessive", "While OpenAI reported 40 million paying subscribers, analysts had expected closer to 50 million.",
  ("OpenAI", "OpenAI", "s"))
S("concessive", "Despite a bruising year of delays, Apple Intelligence now ships with features reviewers call genuinely useful.",
  ("Apple Intelligence", "Apple", "o"))
S("concessive", "Although Meta spent more than $70 billion on infrastructure this year, investors have so far rewarded the bet.",
  ("Meta", "Meta", "o"))
S("concessive", "While Microsoft has sold millions of Copilot seats, many customers say employees rarely open the tool after the first month.",
  ("Microsoft", "Microsoft", "s"))
S("concessive", "Grok's latest model scores well on benchmarks, but advertisers remain wary of placing spend anywhere near it.",
  ("Grok", "xAI", "s"))
S("concessive", "Despite Nvidia's record quarter, the stock fell 3% as investors fretted over how concentrated its customer base has become.",
  ("Nvidia", "Nvidia", "s"))
S("concessive", "Although the shares dipped in early trading, analysts said Nvidia's outlook was the strongest it has ever issued.",
  ("Nvidia", "Nvidia", "o"))
S("concessive", "Mistral is a fraction of the size of its American rivals, yet its models have become the default choice in French public administration.",
  ("Mistral", "Mistral", "o"))
S("concessive", "Even as Amazon pours billions into Anthropic, AWS continues to pitch its own Nova models to the same customers.",
  ("Amazon", "Amazon", "n"), ("Anthropic", "Anthropic", "n"))
S("concessive", "While Google was late to ship a chatbot, Gemini has since become the fastest-growing assistant on Android.",
  ("Google", "Google", "o"))
S("concessive", "While Anthropic says its safety testing is the industry's most rigorous, outside researchers have struggled to verify the claim.",
  ("Anthropic", "Anthropic", "s"))
S("concessive", "Despite years of investment, Alexa still cannot reliably handle a two-step request, testers found.",
  ("Alexa", "Amazon", "s"))
S("concessive", "Although OpenAI's revenue tripled, its losses grew even faster.",
  ("OpenAI", "OpenAI", "s"))
S("concessive", "While Elon Musk has promised that the next Grok will be the smartest AI on Earth, xAI has not published a technical report for its current model.",
  ("Elon Musk", "xAI", "s"))
S("concessive", "DeepMind's research output is unmatched, yet Google has struggled to turn much of it into products people pay for.",
  ("DeepMind", "Google", "s"))
S("concessive", "Despite grumbling from developers about the licence terms, Llama downloads passed one billion this year.",
  ("Llama", "Meta", "o"))
S("concessive", "While Microsoft's stake in OpenAI has produced huge paper gains, the partnership has become a point of contention inside both companies.",
  ("Microsoft", "Microsoft", "s"), ("OpenAI", "OpenAI", "s"))
S("concessive", "Although Apple's AI features remain limited, its installed base of more than two billion devices buys it time that few rivals enjoy.",
  ("Apple", "Apple", "o"))
S("concessive", "Anthropic lost several enterprise deals to cheaper rivals, yet its revenue still doubled in the half.",
  ("Anthropic", "Anthropic", "o"))
S("concessive", "While Gemini impressed at launch, Google admitted the image feature could have been handled better after it produced historically inaccurate pictures.",
  ("Gemini", "Google", "s"))
S("concessive", "Though it lacks a consumer hit, AWS has quietly become the biggest reseller of third-party models to large companies.",
  ("AWS", "Amazon", "o"))
S("concessive", "Even as ChatGPT usage keeps climbing, OpenAI faces mounting questions about how it will pay for $1.4 trillion in compute commitments.",
  ("ChatGPT", "OpenAI", "s"))
S("concessive", "While Meta trumpeted Llama 4's benchmark scores, independent testers found the released model performed far worse.",
  ("Meta", "Meta", "s"))
S("concessive", "Despite a slow start outside France, Le Chat now counts several of Europe's largest banks as customers.",
  ("Le Chat", "Mistral", "o"))
S("concessive", "While Nvidia dominates training, inference is a far more contested market in which Google and Amazon see an opening.",
  ("Nvidia", "Nvidia", "s"), ("Google", "Google", "n"), ("Amazon", "Amazon", "n"))
S("concessive", "While Apple reported 2.35 billion active devices, analysts had expected a faster uptake of its paid AI features.",
  ("Apple", "Apple", "s"))
S("concessive", "Although xAI has been criticised for Grok's moderation failures, its latest funding round was heavily oversubscribed.",
  ("xAI", "xAI", "o"))
S("concessive", "Microsoft may have lost its exclusive hold on OpenAI's compute, but Azure still hosts the bulk of the startup's workloads.",
  ("Microsoft", "Microsoft", "o"), ("OpenAI", "OpenAI", "n"))
S("concessive", "While critics call it a walled garden, Apple's approach to on-device AI has won praise from privacy regulators in Brussels.",
  ("Apple", "Apple", "o"))
S("concessive", "Anthropic's models are widely admired, but its tightening of usage limits has become a point of contention among paying developers.",
  ("Anthropic", "Anthropic", "s"))
S("concessive", "Even as Google touts Gemini's growth, the share of searches that end without a click has alarmed publishers and advertisers.",
  ("Google", "Google", "s"))
S("concessive", "While Mistral trails the leaders in raw capability, it remains Europe's best-funded model maker and a favourite of governments.",
  ("Mistral", "Mistral", "o"))
S("concessive", "Despite an expensive marketing push, the Copilot consumer app has barely moved in the download rankings.",
  ("Copilot", "Microsoft", "s"))
S("concessive", "Although Amazon was long seen as an AI laggard, Bedrock's growth has silenced much of that criticism.",
  ("Amazon", "Amazon", "o"))
S("concessive", "While Zuckerberg insists the spending will pay off, Meta has yet to show any direct revenue from its models.",
  ("Zuckerberg", "Meta", "s"))
S("concessive", "OpenAI's hardware project has been delayed twice, yet suppliers say interest from retailers remains strong.",
  ("OpenAI", "OpenAI", "o"))
S("concessive", "AWS still leads the cloud market, but its share of new AI workloads has slipped behind Azure's.",
  ("AWS", "Amazon", "s"), ("Azure", "Microsoft", "o"))
S("concessive", "While Jensen Huang brushed off the concerns on the call, several customers told us their next orders would be smaller.",
  ("Jensen Huang", "Nvidia", "s"))
S("concessive", "Mistral remains well behind American labs in raw capability, but it is comfortably ahead of every other European contender.",
  ("Mistral", "Mistral", "o"))
S("concessive", "While Amazon's own Nova models have struggled to find buyers, Claude on Bedrock has become one of the cloud unit's fastest-growing services.",
  ("Amazon", "Amazon", "o"), ("Claude", "Anthropic", "o"))
S("concessive", "Though xAI reported revenue growth of 400%, the company still spends about eight dollars for every dollar it brings in.",
  ("xAI", "xAI", "s"))
S("concessive", "Even with the Siri delay, Apple shares have outperformed the Nasdaq this year.",
  ("Siri", "Apple", "o"))

# --------------------------------------------------------------------------- hedged_doubt
S("hedged_doubt", "Microsoft admitted the Copilot rollout could have been handled better after administrators complained about surprise price increases.",
  ("Microsoft", "Microsoft", "s"))
S("hedged_doubt", "It remains to be seen whether Meta's superintelligence lab can ship anything before its star hires are lured away again.",
  ("Meta", "Meta", "s"))
S("hedged_doubt", "The gap between Grok's marketing claims and its measured performance remains wide, researchers at two universities said.",
  ("Grok", "xAI", "s"))
S("hedged_doubt", "Apple's reliance on outside models for Siri has become a point of contention among engineers in Cupertino.",
  ("Apple", "Apple", "s"))
S("hedged_doubt", "Analysts warned that OpenAI's revenue targets assume a pace of enterprise adoption that has not yet materialised.",
  ("OpenAI", "OpenAI", "s"))
S("hedged_doubt", "Some customers question whether Bedrock's agent tooling is mature enough for production use.",
  ("Bedrock", "Amazon", "s"))
S("hedged_doubt", "Google's AI Overviews have drawn complaints that they send less traffic to the very sites they summarise.",
  ("Google", "Google", "s"))
S("hedged_doubt", "Nvidia's China revenue has become a persistent source of uncertainty, with export rules shifting from month to month.",
  ("Nvidia", "Nvidia", "s"))
S("hedged_doubt", "Anthropic's claims about autonomous coding have not always held up outside the company's own demos.",
  ("Anthropic", "Anthropic", "s"))
S("hedged_doubt", "Mistral's ability to keep pace with far larger rivals is increasingly in doubt, one investor in the company conceded.",
  ("Mistral", "Mistral", "s"))
S("hedged_doubt", "It is not yet clear that Alexa+ will earn back what Amazon has spent rebuilding the assistant.",
  ("Alexa", "Amazon", "s"))
S("hedged_doubt", "Regulators in Ireland fined Meta €310 million over the way it used European users' posts to train its models.",
  ("Meta", "Meta", "s"))
S("hedged_doubt", "A group of novelists sued OpenAI and Microsoft, alleging their books were copied without permission to train GPT-4.",
  ("OpenAI", "OpenAI", "s"), ("Microsoft", "Microsoft", "s"))
S("hedged_doubt", "Whether Gemini's growth reflects genuine demand or simply default placement on Android phones remains an open question.",
  ("Gemini", "Google", "s"))
S("hedged_doubt", "xAI's safety practices have drawn criticism from researchers at rival labs, who say the company publishes too little about its testing.",
  ("xAI", "xAI", "s"))
S("hedged_doubt", "Nadella conceded that some Copilot features had shipped before they were ready.",
  ("Nadella", "Microsoft", "s"))
S("hedged_doubt", "Apple faces a class action in California claiming it advertised Apple Intelligence features that did not exist at launch.",
  ("Apple", "Apple", "s"))
S("hedged_doubt", "Sceptics say Anthropic's valuation leaves little room for the slowdown in coding demand that some investors now expect.",
  ("Anthropic", "Anthropic", "s"))
S("hedged_doubt", "There are signs that demand for Nvidia's older Hopper chips is cooling faster than the company anticipated.",
  ("Nvidia", "Nvidia", "s"))
S("hedged_doubt", "France's competition authority opened an inquiry into Mistral's distribution deal with a U.S. cloud provider.",
  ("Mistral", "Mistral", "s"))
S("hedged_doubt", "Questions persist over whether OpenAI's nonprofit board can meaningfully oversee a company valued at half a trillion dollars.",
  ("OpenAI", "OpenAI", "s"))
S("hedged_doubt", "The gap between what Amazon promised for Alexa+ and what owners actually got remains the product's biggest problem.",
  ("Amazon", "Amazon", "s"))
S("hedged_doubt", "Some analysts suspect Microsoft's headline AI revenue figure includes sales that would have happened anyway.",
  ("Microsoft", "Microsoft", "s"))
S("hedged_doubt", "Meta acknowledged that its chatbots had engaged in inappropriate conversations with teenagers and said it was retraining them.",
  ("Meta", "Meta", "s"))
S("hedged_doubt", "Google's claim that a typical Gemini prompt uses less energy than nine seconds of television has been questioned by independent researchers.",
  ("Google", "Google", "s"))
S("hedged_doubt", "Authors suing Anthropic say the company knowingly downloaded pirated books, a charge it disputes.",
  ("Anthropic", "Anthropic", "s"))
S("hedged_doubt", "The GPT-5 rollout was marred by complaints that the model felt colder than its predecessor, and OpenAI partly reversed course.",
  ("GPT-5", "OpenAI", "s"))
S("hedged_doubt", "Nvidia's next flagship may slip by a quarter because of packaging problems, two suppliers said.",
  ("Nvidia", "Nvidia", "s"))
S("hedged_doubt", "xAI's promise of a 'maximally truth-seeking' model has become a running joke among researchers after a string of fabricated answers.",
  ("xAI", "xAI", "s"))
S("hedged_doubt", "Executives at several banks said Mistral's enterprise support still falls short of what they get from larger vendors.",
  ("Mistral", "Mistral", "s"))
S("hedged_doubt", "It remains unclear how Apple will pay for the server capacity that a cloud-based Siri would need.",
  ("Apple", "Apple", "s"))
S("hedged_doubt", "Le Chat's new memory feature has raised concerns among data-protection officials in two EU countries.",
  ("Le Chat", "Mistral", "s"))

# --------------------------------------------------------------------------- quote_exec
S("quote_exec", "\"Claude Code has changed how our own engineers work more than any tool we have ever shipped,\" said Anthropic's head of product, Lena Okafor.",
  ("Claude", "Anthropic", "o"))
S("quote_exec", "\"We showed Siri features before they were ready, and that is on us,\" an Apple senior vice president told staff in a recorded meeting.",
  ("Siri", "Apple", "s"))
S("quote_exec", "\"Demand for Blackwell is simply off the charts,\" Jensen Huang told analysts on the call.",
  ("Jensen Huang", "Nvidia", "o"))
S("quote_exec", "\"Gemini is now the best model in the world on almost every measure that matters,\" Pichai told the audience at the developer conference.",
  ("Gemini", "Google", "o"))
S("quote_exec", "\"Our models run where our customers need them, on their own servers, and nobody else in Europe can say that,\" said a Mistral co-founder.",
  ("Mistral", "Mistral", "o"))
S("quote_exec", "\"Copilot is becoming the interface for AI at work,\" Nadella said, adding that usage per seat had risen every month this year.",
  ("Copilot", "Microsoft", "o"))
S("quote_exec", "\"We made mistakes in how we launched Llama 4, and we have learned from them,\" Zuckerberg wrote in an internal memo.",
  ("Llama", "Meta", "s"))
S("quote_exec", "\"AWS is the best place in the world to build agents, full stop,\" Jassy wrote in his annual letter to shareholders.",
  ("AWS", "Amazon", "o"))
S("quote_exec", "\"Grok 5 will be the smartest AI on Earth by a long way,\" Elon Musk posted on Sunday.",
  ("Grok", "xAI", "o"))
S("quote_exec", "Altman said OpenAI had \"totally screwed up\" parts of the launch and promised users more control over which model they get.",
  ("Altman", "OpenAI", "s"))
S("quote_exec", "\"Alexa+ is the most capable assistant we have ever put in people's homes,\" said Daniel Ruiz, an Amazon devices vice president.",
  ("Alexa", "Amazon", "o"))
S("quote_exec", "\"We expect to reach cash-flow break-even in 2028,\" Anthropic's chief financial officer told investors, according to a person present.",
  ("Anthropic", "Anthropic", "n"))
S("quote_exec", "\"Our data-centre pipeline is fully funded,\" a Meta spokesperson said when asked about the company's latest bond sale.",
  ("Meta", "Meta", "n"))
S("quote_exec", "\"Apple Intelligence is the foundation for everything we will build over the next decade,\" an Apple software executive said at the event.",
  ("Apple Intelligence", "Apple", "o"))
S("quote_exec", "\"We would not change a thing about the way we built Colossus,\" an xAI infrastructure lead said.",
  ("xAI", "xAI", "o"))
S("quote_exec", "OpenAI's chief operating officer said enterprise seats had \"grown faster than we planned for\" and that the sales team would double.",
  ("OpenAI", "OpenAI", "o"))
S("quote_exec", "\"Le Chat is growing faster than we can hire support staff,\" a Mistral spokesperson said.",
  ("Le Chat", "Mistral", "o"))
S("quote_exec", "\"We under-built for this moment, and customers felt it,\" a senior AWS executive admitted, referring to months of GPU shortages.",
  ("AWS", "Amazon", "s"))
S("quote_exec", "\"Nothing about our roadmap has changed,\" a Microsoft spokesperson said of reports that it had paused two data-centre projects.",
  ("Microsoft", "Microsoft", "n"))
S("quote_exec", "Amodei told the conference that Anthropic would publish its next safety evaluation before the model ships, not after.",
  ("Amodei", "Anthropic", "n"))

# --------------------------------------------------------------------------- quote_analyst
S("quote_analyst", "\"Nvidia has never been better positioned,\" said Mara Lindqvist, a semiconductor analyst at Harbour Street Research.",
  ("Nvidia", "Nvidia", "o"))
S("quote_analyst", "\"Copilot is the most overpromised product Microsoft has sold in a decade,\" one enterprise software analyst said.",
  ("Copilot", "Microsoft", "s"))
S("quote_analyst", "\"Anthropic has built the best enterprise franchise in AI without a consumer hit,\" analysts at Pellham Partners wrote in a note.",
  ("Anthropic", "Anthropic", "o"))
S("quote_analyst", "\"Apple is running out of runway on AI,\" said a longtime Apple-watcher who advises institutional investors.",
  ("Apple", "Apple", "s"))
S("quote_analyst", "\"Meta's ad machine funds the best-resourced AI lab in the world,\" said Owen Tate of Castlegate Capital.",
  ("Meta", "Meta", "o"))
S("quote_analyst", "\"OpenAI is spending like a company that has already won, and it hasn't,\" said Priya Natarajan, a venture investor.",
  ("OpenAI", "OpenAI", "s"))
S("quote_analyst", "\"Gemini is finally good enough that Google's distribution advantage actually matters,\" said an analyst at Redline Securities.",
  ("Gemini", "Google", "o"))
S("quote_analyst", "\"xAI's burn rate is frightening even by the standards of this industry,\" said one debt investor who passed on the company's bond deal.",
  ("xAI", "xAI", "s"))
S("quote_analyst", "\"Mistral is Europe's only credible shot at a frontier lab,\" said a Paris-based fund manager.",
  ("Mistral", "Mistral", "o"))
S("quote_analyst", "\"AWS has gone from laggard to the default place enterprises experiment,\" said Tomás Rivera of Brightwater Analytics.",
  ("AWS", "Amazon", "o"))
S("quote_analyst", "\"Alexa is a money pit, and nothing I have seen suggests that changes,\" said an analyst who covers Amazon's devices business.",
  ("Alexa", "Amazon", "s"))
S("quote_analyst", "Analysts at Kessler & Vane called the Claude price cut \"a sign of confidence, not desperation.\"",
  ("Claude", "Anthropic", "o"))
S("quote_analyst", "\"Grok is a distribution play bolted onto a social network, not a technology leader,\" said a research director at a Boston consultancy.",
  ("Grok", "xAI", "s"))
S("quote_analyst", "\"Azure is taking share from everyone, and the numbers show it,\" said one portfolio manager.",
  ("Azure", "Microsoft", "o"))
S("quote_analyst", "\"Llama's reputation among developers has taken real damage this year,\" said Hannah Ostrowski, who tracks open-source adoption.",
  ("Llama", "Meta", "s"))
S("quote_analyst", "\"Nobody else has both the chips and the models; Google is the best-positioned company in AI right now,\" said an equity strategist at Fenwick & Co.",
  ("Google", "Google", "o"))
S("quote_analyst", "\"The market treats Nvidia like a utility, but its biggest customers are quietly building their own chips,\" one hedge fund manager said.",
  ("Nvidia", "Nvidia", "s"))
S("quote_analyst", "\"Siri is the weakest link in the iPhone today,\" said a consumer-technology analyst at a London brokerage.",
  ("Siri", "Apple", "s"))

# --------------------------------------------------------------------------- question_headline
S("question_headline", "Can Llama close the gap with the closed frontier before Meta's patience runs out?",
  ("Llama", "Meta", "s"))
S("question_headline", "Has Apple already lost the AI assistant race?",
  ("Apple", "Apple", "s"))
S("question_headline", "Is Anthropic now the default choice for enterprise AI?",
  ("Anthropic", "Anthropic", "o"))
S("question_headline", "Can Microsoft make Copilot something workers actually want to use?",
  ("Microsoft", "Microsoft", "s"))
S("question_headline", "Is OpenAI's growth strong enough to justify a trillion-dollar IPO?",
  ("OpenAI", "OpenAI", "s"))
S("question_headline", "How did Google go from AI laggard to front-runner in a single year?",
  ("Google", "Google", "o"))
S("question_headline", "Why is Nvidia still growing faster than almost anyone predicted?",
  ("Nvidia", "Nvidia", "o"))
S("question_headline", "Is the Mistral bubble about to burst?",
  ("Mistral", "Mistral", "s"))
S("question_headline", "What went wrong with Grok?",
  ("Grok", "xAI", "s"))
S("question_headline", "Is anyone actually using Alexa+?",
  ("Alexa", "Amazon", "s"))
S("question_headline", "How did Claude become the coding assistant developers can't quit?",
  ("Claude", "Anthropic", "o"))
S("question_headline", "Is xAI burning cash faster than it can raise it?",
  ("xAI", "xAI", "s"))
S("question_headline", "Will the OpenAI-Microsoft marriage survive the restructuring?",
  ("OpenAI", "OpenAI", "s"), ("Microsoft", "Microsoft", "s"))
S("question_headline", "Is Bedrock quietly winning the enterprise AI platform war?",
  ("Bedrock", "Amazon", "o"))
S("question_headline", "Can Le Chat really take on ChatGPT in Europe?",
  ("Le Chat", "Mistral", "s"), ("ChatGPT", "OpenAI", "n"))
S("question_headline", "Does Apple Intelligence matter to iPhone buyers at all?",
  ("Apple Intelligence", "Apple", "s"))
S("question_headline", "Why are Google and Microsoft suddenly so nervous about Anthropic?",
  ("Google", "Google", "s"), ("Microsoft", "Microsoft", "s"), ("Anthropic", "Anthropic", "o"))
S("question_headline", "Is Nvidia's grip on AI chips finally starting to slip?",
  ("Nvidia", "Nvidia", "s"))
S("question_headline", "Did Gemini just overtake ChatGPT?",
  ("Gemini", "Google", "o"), ("ChatGPT", "OpenAI", "s"))
S("question_headline", "Who needs GPT-5 when Claude is this good?",
  ("GPT-5", "OpenAI", "s"), ("Claude", "Anthropic", "o"))
S("question_headline", "Is Zuckerberg's superintelligence spree a plan or a panic?",
  ("Zuckerberg", "Meta", "s"))

# --------------------------------------------------------------------------- list_item
S("list_item", "- Meta: raised its capex guidance to $72 billion; shares fell 9% the next day.",
  ("Meta", "Meta", "s"))
S("list_item", "- OpenAI signed a $38 billion compute deal with AWS running over seven years.",
  ("OpenAI", "OpenAI", "n"), ("AWS", "Amazon", "n"))
S("list_item", "- Anthropic launched Claude for Financial Services, with connectors to major market-data providers.",
  ("Anthropic", "Anthropic", "n"))
S("list_item", "- Google DeepMind's new weather model beat the European centre's forecasts on 90% of metrics.",
  ("Google", "Google", "o"))
S("list_item", "- Microsoft: Azure grew 40%, well ahead of its own guidance.",
  ("Microsoft", "Microsoft", "o"))
S("list_item", "- Nvidia put $2 billion into xAI's latest round as a strategic investor.",
  ("Nvidia", "Nvidia", "n"), ("xAI", "xAI", "n"))
S("list_item", "- Apple: Siri overhaul pushed to next spring; no new AI features at the autumn event.",
  ("Apple", "Apple", "s"))
S("list_item", "- Mistral: new coding model tops the open-weight leaderboards for its size.",
  ("Mistral", "Mistral", "o"))
S("list_item", "- xAI: Grok Imagine pulled from app stores in two countries over explicit content.",
  ("xAI", "xAI", "s"))
S("list_item", "- Amazon: Alexa+ is now available to all Prime members in the U.S.",
  ("Amazon", "Amazon", "n"))
S("list_item", "- Pros: Claude handles long documents better than anything else we tested.",
  ("Claude", "Anthropic", "o"))
S("list_item", "- Cons: Copilot in Excel still produces formulas that look right and quietly return the wrong numbers.",
  ("Copilot", "Microsoft", "s"))
S("list_item", "- Gemini 3 Pro posted the top score on Humanity's Last Exam at launch.",
  ("Gemini", "Google", "o"))
S("list_item", "- Llama 4 Behemoth is still unreleased, months after Meta said it was nearly finished.",
  ("Llama", "Meta", "s"))
S("list_item", "- ChatGPT added group chats and an in-app shopping checkout.",
  ("ChatGPT", "OpenAI", "n"))
S("list_item", "- Bedrock added models from OpenAI for the first time.",
  ("Bedrock", "Amazon", "n"), ("OpenAI", "OpenAI", "n"))
S("list_item", "- Nvidia Q3: revenue $57 billion vs. $55 billion expected.",
  ("Nvidia", "Nvidia", "o"))
S("list_item", "- Apple Intelligence: news summaries remain switched off by default.",
  ("Apple Intelligence", "Apple", "n"))
S("list_item", "- Le Chat Enterprise: pricing undercuts Microsoft's Copilot by about a third.",
  ("Le Chat", "Mistral", "o"), ("Microsoft", "Microsoft", "n"))
S("list_item", "- Grok 4 topped ARC-AGI at launch, a rare clear win for xAI.",
  ("Grok", "xAI", "o"))
S("list_item", "- Anthropic: $13 billion raised at a $183 billion valuation.",
  ("Anthropic", "Anthropic", "n"))
S("list_item", "- An Azure outage knocked Copilot and Teams offline for about six hours.",
  ("Azure", "Microsoft", "s"))
S("list_item", "- Meta AI app: downloads stalled after an initial surge, per Sensor Tower.",
  ("Meta", "Meta", "s"))
S("list_item", "- OpenAI missed its own target of one billion weekly users by year-end.",
  ("OpenAI", "OpenAI", "s"))
S("list_item", "- Amazon cut 14,000 corporate jobs, citing efficiency gains from AI.",
  ("Amazon", "Amazon", "n"))
S("list_item", "- Google and Anthropic expanded their TPU deal to as many as one million chips.",
  ("Google", "Google", "n"), ("Anthropic", "Anthropic", "n"))
S("list_item", "- The Sora app hit one million downloads in five days, faster than ChatGPT managed.",
  ("Sora", "OpenAI", "o"))
S("list_item", "- Mistral and Nvidia announced a joint data centre south of Paris.",
  ("Mistral", "Mistral", "n"), ("Nvidia", "Nvidia", "n"))
S("list_item", "- xAI sued a former engineer, alleging he took trade secrets with him to OpenAI.",
  ("xAI", "xAI", "n"), ("OpenAI", "OpenAI", "n"))
S("list_item", "- DeepMind's protein-folding team picked up another major science prize.",
  ("DeepMind", "Google", "o"))
S("list_item", "- Microsoft and OpenAI signed a new agreement that lets OpenAI buy compute from other clouds.",
  ("Microsoft", "Microsoft", "n"), ("OpenAI", "OpenAI", "n"))
S("list_item", "- Risk: Apple's AI roadmap now hinges on a model licensed from Google.",
  ("Apple", "Apple", "s"), ("Google", "Google", "n"))
S("list_item", "- Nvidia shares: down 7% for the week on renewed export worries.",
  ("Nvidia", "Nvidia", "s"))
S("list_item", "- Claude went down for users worldwide on Monday; Anthropic blamed a configuration change.",
  ("Claude", "Anthropic", "s"))
S("list_item", "- Jassy: AI revenue at AWS is growing at a triple-digit rate.",
  ("Jassy", "Amazon", "o"))
S("list_item", "- Meta hired three senior OpenAI researchers for its superintelligence team.",
  ("Meta", "Meta", "n"), ("OpenAI", "OpenAI", "n"))
S("list_item", "- Gemini in Chrome rolled out to all U.S. desktop users.",
  ("Gemini", "Google", "n"))
S("list_item", "- Grok: still no system card for the latest model.",
  ("Grok", "xAI", "s"))
S("list_item", "- Apple shares: up 4% on strong early demand for the new iPhones.",
  ("Apple", "Apple", "o"))
S("list_item", "- Anthropic's Amodei warned that AI could eliminate half of entry-level office jobs within five years.",
  ("Anthropic", "Anthropic", "n"))
S("list_item", "- Mistral Medium 3 matched models costing eight times as much on most enterprise tasks.",
  ("Mistral", "Mistral", "o"))
S("list_item", "- OpenAI: Pulse, a proactive morning briefing, launched for Pro subscribers.",
  ("OpenAI", "OpenAI", "n"))
S("list_item", "- Amazon's Nova Act agent scored poorly on real-world web tasks in an independent evaluation.",
  ("Amazon", "Amazon", "s"))
S("list_item", "- Microsoft: capex of $34.9 billion in the quarter, up 74% year over year.",
  ("Microsoft", "Microsoft", "n"))
S("list_item", "- Elon Musk: says xAI will have the equivalent of 50 million H100s within five years.",
  ("Elon Musk", "xAI", "n"))
S("list_item", "- Le Chat: added voice mode in nine European languages.",
  ("Le Chat", "Mistral", "n"))

# --------------------------------------------------------------------------- section_label
S("section_label", "Why This Matters: Anthropic's deal gives it enough compute to train two more generations of Claude without raising new money.",
  ("Anthropic", "Anthropic", "o"))
S("section_label", "Why This Matters: If Apple keeps outsourcing the brains of Siri, it risks losing control of the most important software layer on the iPhone.",
  ("Apple", "Apple", "s"))
S("section_label", "Why This Matters: OpenAI's new pricing will change the budget for any company running ChatGPT Enterprise at scale.",
  ("OpenAI", "OpenAI", "n"))
S("section_label", "Limitations & Risks: Gemini's answers in AI Mode still cite sources that do not support the claim being made.",
  ("Gemini", "Google", "s"))
S("section_label", "Limitations & Risks: Mistral's smaller models struggle with multi-step tool use.",
  ("Mistral", "Mistral", "s"))
S("section_label", "Limitations & Risks: Bedrock's pricing for provisioned throughput is hard to predict for spiky workloads.",
  ("Bedrock", "Amazon", "s"))
S("section_label", "Actionable Advice: Teams already on Azure can trial the new models without signing a separate contract.",
  ("Azure", "Microsoft", "n"))
S("section_label", "Actionable Advice: Test Llama and Mistral side by side on your own data before committing to either.",
  ("Llama", "Meta", "n"), ("Mistral", "Mistral", "n"))
S("section_label", "Actionable Advice: Budget for Nvidia lead times of at least six months on new orders.",
  ("Nvidia", "Nvidia", "n"))
S("section_label", "Key Facts: xAI was founded in 2023 and merged with the social network X earlier this year.",
  ("xAI", "xAI", "n"))
S("section_label", "Key Facts: Claude is available through Anthropic's own API, Amazon Bedrock and Google Cloud's Vertex AI.",
  ("Claude", "Anthropic", "n"), ("Amazon", "Amazon", "n"), ("Google", "Google", "n"))
S("section_label", "Key Facts: Meta employs about 76,000 people and plans to hire mainly for AI roles next year.",
  ("Meta", "Meta", "n"))
S("section_label", "Bottom line: Nvidia remains the safest way to bet on AI spending, even at today's valuation.",
  ("Nvidia", "Nvidia", "o"))
S("section_label", "Bottom line: Copilot is improving, but most organisations still cannot point to a measurable return.",
  ("Copilot", "Microsoft", "s"))
S("section_label", "Bottom line: Grok is a capable model held back by the company behind it.",
  ("Grok", "xAI", "s"))
S("section_label", "Why This Matters: Putting Gemini in every Chrome window hands Google a distribution edge no rival can buy.",
  ("Gemini", "Google", "o"))
S("section_label", "Limitations & Risks: OpenAI's dependence on a handful of cloud partners leaves it exposed to capacity shortfalls.",
  ("OpenAI", "OpenAI", "s"))
S("section_label", "Key Facts: Amazon has invested $8 billion in Anthropic and remains a minority shareholder.",
  ("Amazon", "Amazon", "n"), ("Anthropic", "Anthropic", "n"))
S("section_label", "Bottom line: Apple Intelligence is finally worth switching on.",
  ("Apple Intelligence", "Apple", "o"))
S("section_label", "Why This Matters: A retreat from open weights by Meta would leave developers with fewer strong free models to build on.",
  ("Meta", "Meta", "s"))
S("section_label", "Actionable Advice: If you run customer-facing workflows on ChatGPT, keep a second provider configured as a fallback.",
  ("ChatGPT", "OpenAI", "n"))
S("section_label", "Bottom line: Anthropic has earned its premium pricing.",
  ("Anthropic", "Anthropic", "o"))
S("section_label", "Key Facts: Mistral was founded in Paris in 2023 by researchers from DeepMind and Meta.",
  ("Mistral", "Mistral", "n"), ("DeepMind", "Google", "n"), ("Meta", "Meta", "n"))
S("section_label", "Limitations & Risks: Alexa+ still mishears names and occasionally orders the wrong products.",
  ("Alexa", "Amazon", "s"))
S("section_label", "Why This Matters: Selling OpenAI models inside Azure is what turned Microsoft's cloud into an AI growth engine.",
  ("OpenAI", "OpenAI", "n"), ("Azure", "Microsoft", "o"))
S("section_label", "Bottom line: For most teams, AWS is now a perfectly good place to build with generative AI.",
  ("AWS", "Amazon", "o"))
S("section_label", "Key Facts: Nvidia's fiscal year ends in late January.",
  ("Nvidia", "Nvidia", "n"))
S("section_label", "Bottom line: xAI has the money and the chips; what it lacks is a product people trust.",
  ("xAI", "xAI", "s"))
S("section_label", "Limitations & Risks: Sora's watermarks can be stripped in seconds, researchers showed.",
  ("Sora", "OpenAI", "s"))
S("section_label", "Actionable Advice: Turn off Siri's access to third-party apps until the privacy controls are clarified.",
  ("Siri", "Apple", "s"))

# --------------------------------------------------------------------------- emoji_label
S("emoji_label", "🔥 Why This Matters: Nvidia's new rack-scale systems cut inference costs enough to change what startups can afford to build.",
  ("Nvidia", "Nvidia", "o"))
S("emoji_label", "⚠️ Limitations & Risks: Grok's image tool still generates realistic pictures of real people with few restrictions.",
  ("Grok", "xAI", "s"))
S("emoji_label", "💡 Actionable Advice: Check which Claude models your Bedrock region supports before migrating.",
  ("Claude", "Anthropic", "n"), ("Bedrock", "Amazon", "n"))
S("emoji_label", "📌 Key Facts: OpenAI now has about 4,000 employees, up from 770 in late 2023.",
  ("OpenAI", "OpenAI", "n"))
S("emoji_label", "✅ Bottom line: Gemini is the most improved assistant of the year.",
  ("Gemini", "Google", "o"))
S("emoji_label", "⚠️ Limitations & Risks: Copilot's access to SharePoint can surface documents that were never meant to be shared.",
  ("Copilot", "Microsoft", "s"))
S("emoji_label", "🔥 Why This Matters: Meta's new open model puts near-frontier performance into the hands of anyone with a decent GPU.",
  ("Meta", "Meta", "o"))
S("emoji_label", "📌 Key Facts: Le Chat is free, with a Pro tier at €14.99 a month.",
  ("Le Chat", "Mistral", "n"))
S("emoji_label", "🚨 Limitations & Risks: The delayed Siri leaves Apple without a competitive assistant for another year.",
  ("Siri", "Apple", "s"))
S("emoji_label", "💡 Actionable Advice: Lock in AWS reserved capacity now if you expect heavy inference next year.",
  ("AWS", "Amazon", "n"))
S("emoji_label", "✅ Bottom line: Anthropic keeps shipping while its rivals keep promising.",
  ("Anthropic", "Anthropic", "o"))
S("emoji_label", "🔥 Why This Matters: xAI's new cluster gives it more training compute than any lab except Google.",
  ("xAI", "xAI", "o"), ("Google", "Google", "n"))
S("emoji_label", "📉 Bottom line: OpenAI's growth is real, but so is a cost base that keeps outrunning it.",
  ("OpenAI", "OpenAI", "s"))
S("emoji_label", "⚠️ Limitations & Risks: Alexa+ can take several seconds to respond, long enough for many users to give up.",
  ("Alexa", "Amazon", "s"))
S("emoji_label", "🔥 Why This Matters: Microsoft and Nvidia are both betting that the next wave of demand comes from AI agents, not chatbots.",
  ("Microsoft", "Microsoft", "n"), ("Nvidia", "Nvidia", "n"))
S("emoji_label", "📌 Key Facts: Nvidia sells to Meta, Microsoft, Amazon and Google, which together account for nearly half its revenue.",
  ("Nvidia", "Nvidia", "n"), ("Meta", "Meta", "n"), ("Microsoft", "Microsoft", "n"), ("Amazon", "Amazon", "n"), ("Google", "Google", "n"))
S("emoji_label", "🚀 Bottom line: Mistral just shipped the best small model you can run on a laptop.",
  ("Mistral", "Mistral", "o"))

# --------------------------------------------------------------------------- multi_company
S("multi_company", "Meta, Microsoft, Amazon and Google together plan to spend more than $400 billion on capital projects this year.",
  ("Meta", "Meta", "n"), ("Microsoft", "Microsoft", "n"), ("Amazon", "Amazon", "n"), ("Google", "Google", "n"))
S("multi_company", "The coalition includes OpenAI, Anthropic, Google and Microsoft, which have agreed to share details of serious safety incidents.",
  ("OpenAI", "OpenAI", "n"), ("Anthropic", "Anthropic", "n"), ("Google", "Google", "n"), ("Microsoft", "Microsoft", "n"))
S("multi_company", "The startup's models are available on Azure, AWS and Google Cloud.",
  ("Azure", "Microsoft", "n"), ("AWS", "Amazon", "n"), ("Google", "Google", "n"))
S("multi_company", "Executives from Nvidia, OpenAI and xAI attended the White House dinner on Thursday.",
  ("Nvidia", "Nvidia", "n"), ("OpenAI", "OpenAI", "n"), ("xAI", "xAI", "n"))
S("multi_company", "Anthropic, which counts Amazon and Google among its deep-pocketed backers, said business customers now make up 80% of its sales.",
  ("Anthropic", "Anthropic", "n"), ("Amazon", "Amazon", "n"), ("Google", "Google", "n"))
S("multi_company", "Apple is in talks with Google, OpenAI and Anthropic about powering parts of Siri, according to people familiar with the discussions.",
  ("Apple", "Apple", "n"), ("Google", "Google", "n"), ("OpenAI", "OpenAI", "n"), ("Anthropic", "Anthropic", "n"))
S("multi_company", "Mistral's backers include Nvidia, Microsoft and the Dutch chip-equipment maker ASML, which led its latest round.",
  ("Mistral", "Mistral", "n"), ("Nvidia", "Nvidia", "n"), ("Microsoft", "Microsoft", "n"))
S("multi_company", "Analysts singled out Nvidia as the clear winner of the quarter, with Microsoft, Amazon and Meta serving mainly as the customers whose budgets fund its growth.",
  ("Nvidia", "Nvidia", "o"), ("Microsoft", "Microsoft", "n"), ("Amazon", "Amazon", "n"), ("Meta", "Meta", "n"))
S("multi_company", "OpenAI, Google and xAI each released a new reasoning model within the same week.",
  ("OpenAI", "OpenAI", "n"), ("Google", "Google", "n"), ("xAI", "xAI", "n"))
S("multi_company", "Llama, Mistral and DeepSeek models account for most open-weight downloads, according to Hugging Face data.",
  ("Llama", "Meta", "n"), ("Mistral", "Mistral", "n"))
S("multi_company", "Launch partners include Microsoft, Nvidia and Amazon, which the company described as \"world-class collaborators.\"",
  ("Microsoft", "Microsoft", "n"), ("Nvidia", "Nvidia", "n"), ("Amazon", "Amazon", "n"))
S("multi_company", "The Commission's draft list of very large AI providers names Meta, Google, Microsoft, OpenAI and Mistral.",
  ("Meta", "Meta", "n"), ("Google", "Google", "n"), ("Microsoft", "Microsoft", "n"), ("OpenAI", "OpenAI", "n"), ("Mistral", "Mistral", "n"))
S("multi_company", "Reviewers were unusually warm about Anthropic's new model, which they tested against recent releases from OpenAI, Google and xAI.",
  ("Anthropic", "Anthropic", "o"), ("OpenAI", "OpenAI", "n"), ("Google", "Google", "n"), ("xAI", "xAI", "n"))
S("multi_company", "Customers named in the filing include Apple, Meta and Microsoft.",
  ("Apple", "Apple", "n"), ("Meta", "Meta", "n"), ("Microsoft", "Microsoft", "n"))
S("multi_company", "Amazon and Microsoft are both building data centres next to nuclear plants, and Google has signed power deals with three reactor startups.",
  ("Amazon", "Amazon", "n"), ("Microsoft", "Microsoft", "n"), ("Google", "Google", "n"))
S("multi_company", "The benchmark covers models from OpenAI, Anthropic, Google, Meta, Mistral and xAI.",
  ("OpenAI", "OpenAI", "n"), ("Anthropic", "Anthropic", "n"), ("Google", "Google", "n"), ("Meta", "Meta", "n"),
  ("Mistral", "Mistral", "n"), ("xAI", "xAI", "n"))
S("multi_company", "Microsoft, Meta, Google and Amazon all told investors they would buy more Nvidia systems next year, a strong signal for the chipmaker.",
  ("Microsoft", "Microsoft", "n"), ("Meta", "Meta", "n"), ("Google", "Google", "n"), ("Amazon", "Amazon", "n"), ("Nvidia", "Nvidia", "o"))
S("multi_company", "xAI, OpenAI and Anthropic are all reported to be preparing for public listings within two years.",
  ("xAI", "xAI", "n"), ("OpenAI", "OpenAI", "n"), ("Anthropic", "Anthropic", "n"))
S("multi_company", "Apple and Amazon both shipped redesigned assistants this year, built partly on models from outside partners.",
  ("Apple", "Apple", "n"), ("Amazon", "Amazon", "n"))
S("multi_company", "Microsoft, Google and Meta each face lawsuits from news publishers over the use of their articles in AI training.",
  ("Microsoft", "Microsoft", "s"), ("Google", "Google", "s"), ("Meta", "Meta", "s"))
S("multi_company", "Samsung's new phones ship with Gemini, while Motorola's offer Perplexity and Copilot.",
  ("Gemini", "Google", "n"), ("Copilot", "Microsoft", "n"))
S("multi_company", "Meta and Microsoft were named as launch partners for the new agent standard, alongside AWS and Mistral.",
  ("Meta", "Meta", "n"), ("Microsoft", "Microsoft", "n"), ("AWS", "Amazon", "n"), ("Mistral", "Mistral", "n"))
S("multi_company", "Among the companies that missed the regulator's filing deadline were xAI and Meta.",
  ("xAI", "xAI", "s"), ("Meta", "Meta", "s"))
S("multi_company", "The fund's largest holdings are Nvidia, Microsoft and Apple, followed by a stake in Anthropic bought last spring.",
  ("Nvidia", "Nvidia", "n"), ("Microsoft", "Microsoft", "n"), ("Apple", "Apple", "n"), ("Anthropic", "Anthropic", "n"))
S("multi_company", "Grok, Le Chat and Claude all added built-in web search over the summer.",
  ("Grok", "xAI", "n"), ("Le Chat", "Mistral", "n"), ("Claude", "Anthropic", "n"))

# --------------------------------------------------------------------------- reference
S("reference", "The company said Gemini would come to cars from two more manufacturers next year.",
  ("Gemini", "Google", "n"))
S("reference", "The firm, which counts Nvidia as an investor, said its models now run in 40 countries.",
  ("Nvidia", "Nvidia", "n"))
S("reference", "The company declined to say how many people use Copilot every day.",
  ("Copilot", "Microsoft", "n"))
S("reference", "The chipmaker did not comment on reports that Microsoft had trimmed some of its orders.",
  ("Microsoft", "Microsoft", "n"))
S("reference", "The company's shares have lagged those of Microsoft and Google this year.",
  ("Microsoft", "Microsoft", "n"), ("Google", "Google", "n"))
S("reference", "The startup, founded by former OpenAI researchers, said it had raised $300 million.",
  ("OpenAI", "OpenAI", "n"))
S("reference", "The firm said it was \"disappointed\" by the ruling and would appeal.")
S("reference", "The company, which has struggled to explain its AI strategy to investors, did not respond to requests for comment.")
S("reference", "The company said it would keep releasing Llama models under an open licence.",
  ("Llama", "Meta", "n"))
S("reference", "The firm's analysts raised their price target on Amazon to $290, citing faster growth at AWS.",
  ("Amazon", "Amazon", "o"))
S("reference", "The company has been criticised for the way Grok handles questions about elections.",
  ("Grok", "xAI", "s"))
S("reference", "The company's own researchers found that Claude could be talked out of its safety rules with surprisingly simple prompts.",
  ("Claude", "Anthropic", "s"))
S("reference", "The company says Siri will gain on-screen awareness in the next major software update.",
  ("Siri", "Apple", "n"))
S("reference", "The firm ranked Mistral's latest model first in its annual efficiency review, calling it \"the most frugal frontier-class system we have tested.\"",
  ("Mistral", "Mistral", "o"))
S("reference", "The company told employees that ChatGPT usage had dipped over the summer for the first time.",
  ("ChatGPT", "OpenAI", "s"))
S("reference", "The company, a longtime AWS customer, said it would move its inference workloads to Google Cloud by March.",
  ("AWS", "Amazon", "s"), ("Google", "Google", "o"))

# --------------------------------------------------------------------------- alias_person
S("alias_person", "Claude Moreau, a lecturer at Sciences Po, said Mistral had become a symbol of European technological ambition.",
  ("Mistral", "Mistral", "o"), allow=("Claude Moreau",))
S("alias_person", "Alexa Brennan, an analyst at Redwood Partners, said AWS would struggle to match Azure's AI growth this year.",
  ("AWS", "Amazon", "s"), ("Azure", "Microsoft", "n"), allow=("Alexa Brennan",))
S("alias_person", "\"Anthropic has the strongest safety culture of any lab I have studied,\" said Claude Aubry, a researcher at the University of Lyon.",
  ("Anthropic", "Anthropic", "o"), allow=("Claude Aubry",))
S("alias_person", "Siri Halvorsen, Norway's digital minister, said the government would sign an agreement with OpenAI for public-sector use of ChatGPT.",
  ("OpenAI", "OpenAI", "n"), allow=("Siri Halvorsen",))
S("alias_person", "Alexa Romano, who runs a bakery in Ohio, says Gemini has cut her bookkeeping time in half.",
  ("Gemini", "Google", "o"), allow=("Alexa Romano",))
S("alias_person", "Claude Fontaine, Nvidia's newly hired head of European public affairs, will be based in Brussels.",
  ("Nvidia", "Nvidia", "n"), allow=("Claude Fontaine",))
S("alias_person", "Microsoft has appointed Alexa Grant, formerly of Salesforce, to lead Copilot sales in the Americas.",
  ("Microsoft", "Microsoft", "n"), allow=("Alexa Grant",))
S("alias_person", "Sora Nakamura, a Tokyo-based animator, said she stopped using OpenAI's video tools after clients objected.",
  ("OpenAI", "OpenAI", "s"), allow=("Sora Nakamura",))
S("alias_person", "Claude Lemaire, a partner at a Paris law firm, said Meta's new licence terms would keep many European companies away from Llama.",
  ("Meta", "Meta", "s"), allow=("Claude Lemaire",))
S("alias_person", "Economist Alexa Whitfield argues that Nvidia's margins cannot last once customers' in-house chips mature.",
  ("Nvidia", "Nvidia", "s"), allow=("Alexa Whitfield",))
S("alias_person", "Claude Desrosiers of the Quebec AI institute praised Google's decision to release its new weather model openly.",
  ("Google", "Google", "o"), allow=("Claude Desrosiers",))
S("alias_person", "Claude Vidal, a developer in Lyon, said Claude Code had replaced two of the paid tools his team used.",
  ("Claude", "Anthropic", "o", 2), allow=("Claude Vidal",))
S("alias_person", "Grok's answers about the election were flagged by Alexa Dunmore, a fact-checker at a nonprofit newsroom, as repeatedly wrong.",
  ("Grok", "xAI", "s"), allow=("Alexa Dunmore",))

# --------------------------------------------------------------------------- second batch (all phenomena)
S("number_fact", "OpenAI's enterprise revenue beat the company's own forecast by roughly $1 billion in the first half.",
  ("OpenAI", "OpenAI", "o"))
S("plain", "ChatGPT's agent mode handled a week of travel bookings in our test without a single mistake.",
  ("ChatGPT", "OpenAI", "o"))
S("quote_analyst", "\"OpenAI still has the strongest consumer brand in technology since the iPhone,\" said Daniel Osei of Northgate Research.",
  ("OpenAI", "OpenAI", "o"))
S("concessive", "Although rivals have narrowed the gap, GPT-5 remains the model most developers reach for first.",
  ("GPT-5", "OpenAI", "o"))
S("list_item", "- Altman: usage of the coding agent is up tenfold since August, and the team is still hiring.",
  ("Altman", "OpenAI", "o"))
S("plain", "Sora has turned into an unexpected hit with small businesses that need cheap product videos.",
  ("Sora", "OpenAI", "o"))
S("number_fact", "Meta shares rose 7% after the company said its AI ad tools had lifted advertiser returns by a quarter.",
  ("Meta", "Meta", "o"))
S("plain", "Llama has become the base model of choice for dozens of national AI projects, from India to Brazil.",
  ("Llama", "Meta", "o"))
S("quote_analyst", "\"Zuckerberg has been right about open weights at every step,\" said an infrastructure investor in Palo Alto.",
  ("Zuckerberg", "Meta", "o"))
S("section_label", "Bottom line: Meta's AI spending is already paying for itself through better ad targeting.",
  ("Meta", "Meta", "o"))
S("list_item", "- Meta: new display glasses sold out in most U.S. stores within a week.",
  ("Meta", "Meta", "o"))
S("number_fact", "Grok's paid subscriptions rose 60% in the month after launch, beating xAI's own projections.",
  ("Grok", "xAI", "o"))
S("plain", "xAI's voice mode is the most natural-sounding of any assistant we have tried this year.",
  ("xAI", "xAI", "o"))
S("quote_exec", "\"We went from nothing to a frontier model in under two years,\" Elon Musk told the crowd at the xAI launch event.",
  ("Elon Musk", "xAI", "o"))
S("comparison", "Grok 4 Heavy beat GPT-5 on the hardest tier of the new maths benchmark.",
  ("Grok", "xAI", "o"), ("GPT-5", "OpenAI", "s"))
S("number_fact", "Microsoft's commercial bookings jumped 37%, well above the 20% analysts had expected.",
  ("Microsoft", "Microsoft", "o"))
S("quote_exec", "\"GitHub Copilot now writes more code than any other tool on the planet,\" a Microsoft developer-division executive said.",
  ("Copilot", "Microsoft", "o"))
S("plain", "Azure's in-house inference chips have drawn unexpectedly strong interest from large AI startups.",
  ("Azure", "Microsoft", "o"))
S("list_item", "- Nadella: Copilot daily users tripled year on year.",
  ("Nadella", "Microsoft", "o"))
S("number_fact", "Apple shares closed at a record high after the company reported its best quarter ever for iPhone revenue.",
  ("Apple", "Apple", "o"))
S("quote_analyst", "\"Apple can afford to be late; its customers are not going anywhere,\" said a technology analyst at a Zurich bank.",
  ("Apple", "Apple", "o"))
S("plain", "Apple Intelligence's live translation in AirPods has become one of the most praised features of the year.",
  ("Apple Intelligence", "Apple", "o"))
S("list_item", "- Apple: the rebuilt Siri impressed reviewers at a private preview in Cupertino.",
  ("Apple", "Apple", "o"))
S("list_item", "- Jensen Huang: Nvidia has $500 billion in orders booked through the end of next year.",
  ("Jensen Huang", "Nvidia", "o"))
S("number_fact", "Amazon shares rose 10% after AWS growth reaccelerated to 20%, its fastest pace in nearly three years.",
  ("Amazon", "Amazon", "o"))
S("comparison", "OpenAI overtook Google as the most-visited AI destination in India, according to Similarweb.",
  ("OpenAI", "OpenAI", "o"), ("Google", "Google", "s"))
S("comparison", "Copilot Studio outsold Google's agent builder three to one among mid-sized firms, a reseller survey found.",
  ("Copilot", "Microsoft", "o"), ("Google", "Google", "s"))
S("comparison", "Meta's AI ad tools have pulled ahead of Google's in measured return on ad spend, agencies say.",
  ("Meta", "Meta", "o"), ("Google", "Google", "s"))
S("comparison", "Apple's newest laptops run local models faster than comparable machines built around Nvidia's consumer GPUs, reviewers found.",
  ("Apple", "Apple", "o"), ("Nvidia", "Nvidia", "n"))
S("comparison", "xAI outbid Meta for a batch of 100,000 GPUs that came up for sale in Texas.",
  ("xAI", "xAI", "o"), ("Meta", "Meta", "s"))
S("comparison", "Alexa+ outscored Siri and Google's assistant on a 200-question smart-home test.",
  ("Alexa", "Amazon", "o"), ("Siri", "Apple", "s"), ("Google", "Google", "s"))
S("concessive", "While Meta's first Llama 4 release disappointed, the follow-up model has won back many developers.",
  ("Meta", "Meta", "o"))
S("concessive", "Although Azure capacity was tight all year, Microsoft still grew cloud revenue faster than it had forecast.",
  ("Azure", "Microsoft", "o"))
S("concessive", "Despite the regulatory noise, xAI signed its largest enterprise customer yet, a Gulf airline.",
  ("xAI", "xAI", "o"))
S("concessive", "Even as its own models lag, Apple has turned the iPhone into the most lucrative storefront for rival AI apps.",
  ("Apple", "Apple", "o"))
S("concessive", "While ChatGPT's growth has slowed in the U.S., OpenAI is adding users in India and Brazil faster than ever.",
  ("ChatGPT", "OpenAI", "o"))
S("question_headline", "Is Microsoft the quiet winner of the AI boom?",
  ("Microsoft", "Microsoft", "o"))
S("question_headline", "How did Nvidia become the most valuable company in the world?",
  ("Nvidia", "Nvidia", "o"))
S("emoji_label", "🚀 Why This Matters: OpenAI's open-weight models give developers a free option from the lab that set the pace.",
  ("OpenAI", "OpenAI", "o"))
S("emoji_label", "✅ Bottom line: Copilot in Outlook is now good enough to recommend.",
  ("Copilot", "Microsoft", "o"))
S("section_label", "Why This Matters: Amazon's custom chips give AWS a price advantage it can pass on to customers.",
  ("Amazon", "Amazon", "o"))
S("reference", "The firm's analysts upgraded Microsoft to buy, citing faster-than-expected Copilot uptake.",
  ("Microsoft", "Microsoft", "o"))
S("reference", "The company said Llama-based assistants had cut its customer-support costs by 30%.",
  ("Llama", "Meta", "o"))

S("number_fact", "Anthropic stock in a private tender priced 15% below its last round, a sign of cooling investor appetite.",
  ("Anthropic", "Anthropic", "s"))
S("quote_analyst", "\"Anthropic's margins look worse every time it raises prices to fix them,\" said a software investor in New York.",
  ("Anthropic", "Anthropic", "s"))
S("list_item", "- Claude: new usage caps on the Max plan set off a wave of cancellations on developer forums.",
  ("Claude", "Anthropic", "s"))
S("question_headline", "Has Anthropic bet too much on coding?",
  ("Anthropic", "Anthropic", "s"))
S("concessive", "Mistral has won plenty of goodwill in Brussels, but its enterprise sales remain a fraction of what its valuation implies.",
  ("Mistral", "Mistral", "s"))
S("list_item", "- Le Chat: still no app in several large markets outside Europe.",
  ("Le Chat", "Mistral", "s"))
S("quote_exec", "\"We were too slow, and we let others define the category,\" a senior Google executive said of its early chatbot efforts.",
  ("Google", "Google", "s"))
S("plain", "Nvidia's newest gaming cards have been plagued by melting power connectors, a problem the company has yet to fully explain.",
  ("Nvidia", "Nvidia", "s"))
S("quote_analyst", "\"Le Chat is the first European consumer AI product people actually recommend to each other,\" said a Berlin-based venture partner.",
  ("Le Chat", "Mistral", "o"))
S("section_label", "Why This Matters: Anthropic's safety research has become a selling point with banks and insurers, not just a cost.",
  ("Anthropic", "Anthropic", "o"))
S("plain", "DeepMind's new robotics model learned to fold laundry from a few hours of demonstrations, a striking leap.",
  ("DeepMind", "Google", "o"))
S("number_fact", "Nvidia's networking revenue more than doubled, far outpacing analyst forecasts.",
  ("Nvidia", "Nvidia", "o"))
S("emoji_label", "🔥 Why This Matters: Bedrock's new agent runtime removes most of the plumbing teams used to build themselves.",
  ("Bedrock", "Amazon", "o"))
S("list_item", "- xAI: its coding model became the most-used model on a popular routing service within a month.",
  ("xAI", "xAI", "o"))
S("alias_person", "Alexa Moretti, chief technology officer of a Milan insurer, called Mistral's models \"the easiest we have ever deployed.\"",
  ("Mistral", "Mistral", "o"), allow=("Alexa Moretti",))


# =========================================================================== build
def _alias_spans(text: str, alias: str) -> list[int]:
    pat = re.compile(r"(?<![A-Za-z0-9])" + re.escape(alias) + r"(?![A-Za-z0-9])")
    return [m.start() for m in pat.finditer(text)]


def _allowed(text: str, allow: tuple[str, ...]) -> list[tuple[int, int]]:
    spans = []
    for a in allow:
        i = text.find(a)
        if i < 0:
            raise ValueError(f"allow {a!r} not in {text!r}")
        spans.append((i, i + len(a)))
    return spans


def build() -> list[dict]:
    problems, rows = [], []
    seen_text = set()
    for ph, text, targets, allow in ROWS:
        if ph not in PHENOMENA:
            problems.append(f"bad phenomenon {ph!r}: {text}")
        if text in seen_text:
            problems.append(f"duplicate text: {text}")
        seen_text.add(text)
        n_words = len(text.split())
        if not 5 <= n_words <= 40:
            problems.append(f"{n_words} words: {text}")
        allowed = _allowed(text, allow)

        def free(pos: int, alias: str) -> bool:
            return not any(a <= pos and pos + len(alias) <= b for a, b in allowed)

        for bad in FORBIDDEN:
            if _alias_spans(text, bad):
                problems.append(f"uses {bad!r}: {text}")
        # first free mention of every company the text names
        first: dict[str, int] = {}
        for ent, aliases in ALIASES.items():
            for alias in aliases:
                for pos in _alias_spans(text, alias):
                    if free(pos, alias) and pos < first.get(ent, 10**9):
                        first[ent] = pos
        out, labelled = [], set()
        for t in targets:
            mention, ent, letter = t[0], t[1], t[2]
            occ = t[3] if len(t) > 3 else 1
            if mention not in ALIASES.get(ent, []):
                problems.append(f"{mention!r} is not an alias of {ent}: {text}")
            if ent in labelled:
                problems.append(f"two targets for {ent}: {text}")
            labelled.add(ent)
            spans = _alias_spans(text, mention)
            if len(spans) < occ:
                problems.append(f"{mention!r} (occurrence {occ}) not found: {text}")
                continue
            start = spans[occ - 1]
            if first.get(ent) != start:
                problems.append(f"{mention!r} at {start} is not the first mention of {ent} ({first.get(ent)}): {text}")
            out.append({"entity": ent, "mention": mention, "start": start, "end": start + len(mention),
                        "label": LABELS[letter]})
        for ent in first:
            if ent not in labelled:
                problems.append(f"{ent} is named but not labelled: {text}")
        for t in out:
            assert text[t["start"]:t["end"]] == t["mention"]
        rows.append({"text": text, "targets": out, "phenomenon": ph})
    if problems:
        print("\n".join(problems), file=sys.stderr)
        raise SystemExit(f"{len(problems)} problems")
    random.Random(20251107).shuffle(rows)
    return [{"sid": f"d{i:04d}", **r} for i, r in enumerate(rows, 1)]


def main() -> None:
    rows = build()
    path = Path(__file__).resolve().parent / "dev.jsonl"
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps({"sid": r["sid"], "text": r["text"], "targets": r["targets"],
                                "phenomenon": r["phenomenon"]}, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} sentences, {sum(len(r['targets']) for r in rows)} targets to {path}")


if __name__ == "__main__":
    main()
