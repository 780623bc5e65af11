"""Build extra_n.jsonl: original AI-industry news sentences, targeted stance labels.

Focus: sentences whose surface misleads a stance model. Skeptical mentions wrapped in positive
vocabulary (reported and hedged doubt, concessives whose main clause is negative, losers of
comparisons described with positive words, big spending framed as risk, doubting questions);
optimistic mentions wrapped in negative vocabulary (concessives whose main clause is positive,
winners of comparisons, doubts dispelled); and neutral mentions in eventful or upbeat wording
(launches, hires, partnerships, figures, plans, companies as reference points, list items and
section-labelled facts).

Sentences are written with inline markup: [mention|o] optimistic, [mention|s] skeptical,
[mention|n] neutral. The entity is looked up from the mention. Mirrored comparison pairs are
written once as a template with {A} and {B} and rendered twice with the two companies swapped.

Run:  python3 datasets/ainews/build_extra_n.py   (writes extra_n.jsonl beside this script,
validates offsets, entities and first mentions, and prints a summary)
"""
import collections
import os
import re

from markup import (
    collect,
    existing_texts,
    print_categories,
    print_label_summary,
    render_pair,
    write_jsonl,
)

# ---------------------------------------------------------------------------
# Mirrored comparison pairs: (template, X, Y). Rendered once with A=X, B=Y and once with A=Y, B=X.
# In every template {A} is the loser (skeptical), however warmly it is described, and {B} the
# winner (optimistic).
# ---------------------------------------------------------------------------
COMP_PAIRS = [
    ("[{A}|s]'s respectable 71% on the new agentic coding test still leaves it well short of [{B}|o]'s 83%.",
     "Gemini", "Claude"),
    ("[{A}|s] grew its AI revenue by a healthy 40% last quarter, yet [{B}|o] grew faster and took a bigger share of new contracts.",
     "AWS", "Azure"),
    ("Even with a strong launch week, [{A}|s]'s new model was overshadowed by [{B}|o], whose release a day later topped three independent leaderboards.",
     "Grok", "Gemini"),
    ("[{A}|s] has added plenty of features this year, but testers still prefer [{B}|o] for everyday voice commands by a wide margin.",
     "Siri", "Alexa"),
    ("[{A}|s]'s solid quarter was not enough to keep pace with [{B}|o], which raised its AI revenue forecast for the second time this year.",
     "Microsoft", "Alphabet"),
    ("[{A}|s] can point to impressive download numbers, but [{B}|o] is the one converting free users into paying subscribers.",
     "Le Chat", "ChatGPT"),
    ("[{A}|s] calls its new accelerator a breakthrough, but in customer benchmarks it still trails [{B}|o]'s chips on both speed and cost per token.",
     "Amazon", "Nvidia"),
    ("Analysts praised [{A}|s]'s new enterprise agent, though most said it remains a step behind what [{B}|o] already sells to banks.",
     "Microsoft", "Anthropic"),
    ("[{A}|s] now reaches more than 500 million people a month, a big number that still pales next to the audience [{B}|o] commands.",
     "Gemini", "ChatGPT"),
    ("[{B}|o] keeps winning the large government contracts that [{A}|s], for all its recent momentum, has yet to land.",
     "Mistral", "Microsoft"),
    ("[{A}|s] shipped a capable reasoning model this spring, but developers surveyed in June still named [{B}|o] as the one they trust for production work.",
     "xAI", "OpenAI"),
    ("Despite a well-reviewed redesign, [{A}|s] lost more users to [{B}|o] than it gained in the quarter, app-tracking data show.",
     "Copilot", "Gemini"),
    ("[{A}|s] did sign three new hospital systems this year; [{B}|o] signed twelve.",
     "Google", "Microsoft"),
    ("[{A}|s]'s 30% jump in data center capacity sounds large until it is set against [{B}|o]'s doubling over the same period.",
     "Meta", "xAI"),
    ("Although [{A}|s] cut prices twice this year, startups still find [{B}|o] cheaper to run at scale.",
     "OpenAI", "Google"),
    ("[{A}|s] has a devoted following among hobbyists, but when companies pick an open-weight model for production, [{B}|o] wins most of the deals.",
     "Llama", "Mistral"),
    ("[{A}|s] talked up its custom silicon at length on Tuesday, while [{B}|o] quietly signed two more outside customers for its own chips.",
     "Microsoft", "Amazon"),
    ("[{A}|s]'s safety record is widely admired, yet buyers in regulated industries increasingly pick [{B}|o] for its broader compliance certifications.",
     "Anthropic", "Google"),
    ("[{A}|s] made a splashy debut in smart glasses, but [{B}|o]'s pair outsold it three to one over the holidays.",
     "Apple", "Meta"),
    ("Good as [{A}|s]'s new video model is, professional editors polled by a trade magazine still rate [{B}|o]'s higher on realism.",
     "Meta", "Google"),
    ("[{A}|s] reported its best quarter for cloud sign-ups, but [{B}|o] still added more AI customers in the same period.",
     "Google", "Amazon"),
    ("[{A}|s] has the bigger marketing budget; [{B}|o] has the better model, according to most of the engineers we interviewed.",
     "OpenAI", "Anthropic"),
    ("[{A}|s] promises its agents will handle entire workflows, but in a bake-off run by a consulting firm, [{B}|o]'s finished twice as many tasks.",
     "Amazon", "OpenAI"),
    ("Strong as [{A}|s]'s subscriber growth has been, it is [{B}|o] that analysts now expect to reach profitability first.",
     "xAI", "Anthropic"),
    ("[{A}|s]'s on-device model is efficient and private, but reviewers found [{B}|o]'s more accurate on nearly every task they tried.",
     "Apple", "Google"),
    ("A well-funded push into Europe has not stopped [{A}|s] from losing the continent's biggest public-sector AI tender to [{B}|o].",
     "Google", "Mistral"),
    ("[{A}|s] touts 20 million developers on its platform, but [{B}|o] is where the fastest-growing AI startups are actually building.",
     "Bedrock", "Azure"),
    ("Wall Street liked [{A}|s]'s guidance well enough, but it loved [{B}|o]'s.",
     "Amazon", "Microsoft"),
    ("[{A}|s] earned a respectable third place in the annual chatbot accuracy study, a long way behind [{B}|o] in first.",
     "Grok", "Claude"),
    ("[{A}|s]'s new assistant is polished and fast, yet in a blind comparison most participants still preferred [{B}|o]'s answers.",
     "Copilot", "ChatGPT"),
    ("[{A}|s] added 4,000 enterprise customers in the quarter, an impressive figure that is still less than half of what [{B}|o] reported.",
     "xAI", "Mistral"),
    ("For all [{A}|s]'s talk of catching up, [{B}|o]'s lead in AI-powered advertising tools has, if anything, widened.",
     "Amazon", "Meta"),
    ("[{A}|s]'s shares rose 12% this year, a decent gain that nevertheless leaves it far behind [{B}|o]'s 45%.",
     "Apple", "Nvidia"),
    ("The upgraded [{A}|s] impressed reviewers at launch, but three months on, [{B}|o] is the assistant people actually open every day.",
     "Alexa", "Gemini"),
    ("[{A}|s] published a thoughtful roadmap for its agent platform; [{B}|o] already has one in production at 300 companies.",
     "Meta", "Microsoft"),
]

# ---------------------------------------------------------------------------
# Single comparison sentences (winner optimistic, loser skeptical, a mere yardstick neutral).
# ---------------------------------------------------------------------------
COMP = [
    "[Anthropic|o] overtook [OpenAI|s] in enterprise API spending this year, while [Google|n] held on to third place.",
    "- [Azure|o] grew 40%, [Google|n] Cloud 34% and [AWS|s] a comparatively sluggish 20%.",
    "[Gemini|o] 3 beat [GPT-5|s] and [Grok|s] 4 on a new test of visual reasoning; [Claude|n] was not included in the evaluation.",
    "Unlike [Meta|s], which keeps rewriting its AI strategy, [Google|o] has stuck to one plan and is now reaping the results.",
    "[Mistral|o]'s new small model runs twice as fast as [Llama|s] on the same laptop, with better scores in French and German.",
    "[Apple|s]'s long-awaited assistant arrived a full year after [Google|o] shipped comparable features on Android.",
    "[Nvidia|o] still sells the only chips most labs trust for frontier training, which is why [Amazon|s]'s Trainium has mostly won price-sensitive inference work.",
    "In a blind test of customer-service bots, [Claude|o] resolved 64% of cases, [ChatGPT|n] 58% and [Alexa|s] for Business just 31%.",
    "[xAI|o] brought a second Memphis data center online in five months; [Microsoft|s]'s comparable site in Wisconsin has been under construction for two years.",
    "[Bedrock|o] now handles more inference traffic than [Google|s]'s Vertex AI, according to a survey of cloud spending by a San Francisco research firm.",
    "[Le Chat|o] beat [Siri|s] and [Alexa|s] on a French-language assistant test run by a consumer magazine.",
    "[Copilot|o] Studio signed up more agent builders in the quarter than [Amazon|s] and [Google|s] combined.",
    "[Meta|o]'s glasses are selling faster than [Apple|s]'s far pricier headset ever did.",
    "[Grok|s]'s share of chatbot traffic slipped to 3% while [Gemini|o] rose to 22%, web analytics data show.",
    "Where [OpenAI|s] is still hunting for a hardware hit, [Meta|o] already has one on millions of faces.",
    "[Anthropic|s] held the lead in coding agents for a year; [OpenAI|o]'s latest Codex release has now erased it, according to two independent evaluations.",
    "Key Takeaways: [Google|o] is outspending [Apple|s] on AI by roughly ten to one, and it shows in the products.",
    "[Nvidia|o] Extends Lead Over [Amazon|s] and [Microsoft|s] Chips in Latest Industry Benchmarks",
    "[Mistral|s] Loses Ground to [Anthropic|o] in European Banking Deals",
    "[Alexa|o]+ passed [Siri|s] in a consumer satisfaction survey for the first time, helped by its new conversational features.",
]

# ---------------------------------------------------------------------------
# SKEPTICAL despite positive words: reported and hedged doubt, concessions whose main clause is
# negative, spending framed as risk, doubting questions. Reference points neutral; a rival held up
# as doing better is optimistic.
# ---------------------------------------------------------------------------
SKEP = [
    # reported and hedged doubt
    "Analysts questioned whether [Meta|s]'s new superintelligence lab, staffed with researchers lured from [OpenAI|n] and [Google DeepMind|n], will ever produce a product that earns its keep.",
    "- Investors remain unconvinced that [OpenAI|s] can grow into its $500 billion valuation, even after the company said annualized revenue had topped $20 billion.",
    "[Microsoft|s] says 100 million people now use Copilot each month, but several analysts questioned how many of those users pay, and how often they come back.",
    "• Critics say the efficiency gains [Amazon|s] attributes to its warehouse AI are overstated, pointing to flat productivity figures in its own filings.",
    "- [Google|s] has yet to show that its AI Mode can carry ads as profitably as the ten blue links it is slowly replacing.",
    "• It is far from clear that [xAI|s] can turn its enormous Memphis cluster of [Nvidia|n] chips into a business that covers the cost of running it.",
    "Expectations were higher for [Apple Intelligence|s], which two years after its debut still lacks the personal assistant features shown on stage, features [Google|o] has already shipped on Android.",
    "[Anthropic|s] conceded that its newest model had shipped with a bug that degraded answers for some customers using it through [AWS|n] for nearly three weeks.",
    "[Mistral|s] could struggle to fund its next training run without a large strategic investor, people close to the company say, despite the celebrated €1.7 billion it raised last year.",
    "1. Some fund managers doubt that [Alphabet|s] can protect its search margins as AI answers absorb queries that used to end in a click on an ad.",
    "Developers who tested [Llama|s]'s latest release called it competent but unremarkable, and few expect it to win back the enterprise work lost to [Mistral|o] and Chinese open models.",
    "Executives at [Microsoft|s] acknowledged in an internal review that Copilot's consumer app had not gained the traction they had hoped for, according to two people who attended.",
    "[Sam Altman|s]'s promise that the next model would feel like an expert in every pocket has set a bar that many researchers say the company is unlikely to clear.",
    "Several hedge funds trimmed their positions in [Nvidia|s] last quarter, citing worries that custom chips from [Google|n] and [Amazon|n] will erode its pricing power.",
    "[AWS|s] insists demand for AI capacity is outstripping supply, yet its growth rate has trailed [Azure|o]'s for most of the past two years, leaving some investors puzzled.",
    "The research firm cut its forecast for [Apple|s]'s iPhone shipments, saying the new AI features have so far done little to spur upgrades.",
    "What to Watch: whether [Grok|s] can shed its reputation for erratic answers before corporate buyers lose interest.",
    "- [Zuckerberg|s]'s claim that personal superintelligence is within reach drew polite skepticism from analysts on the call, several of whom asked about margins instead.",
    "2. Publishers remain wary of [OpenAI|s]'s licensing offers, arguing that the payments are small compared with the traffic its chatbot diverts from their sites.",
    "It is not yet clear whether [Le Chat|s]'s new enterprise tier will attract customers beyond the French public sector.",
    "[Le Chat|s] topped the French App Store for a week in February, but it has since fallen out of the top 50, behind [ChatGPT|o] and [Gemini|o].",
    "Analysts at two banks lowered their price targets on [Meta|s] after it raised its spending forecast again, warning that free cash flow could halve next year.",
    "[Amazon|s] has yet to say how many customers pay for Alexa+, a silence some analysts read as a sign that uptake has been modest.",
    "Critics say [Nvidia|s]'s investments in its own customers, from cloud startups to AI labs such as [xAI|n], flatter its sales figures.",
    "[xAI|s] says its next model will be the first to reach human-level intelligence, a claim outside researchers have greeted with open disbelief.",
    "[Anthropic|s] has not explained how it will pay for the $50 billion of data centers it pledged last month, and its revenue, while growing fast, covers only a fraction of that.",
    "- Brokers say [Apple|s]'s AI strategy still looks like a collection of features in search of a reason to buy a new phone.",
    "[Copilot|s]'s rollout at one of the largest US banks was paused after staff complained that its summaries of client meetings were unreliable, people familiar with the matter said.",
    "The company admitted that [Sora|s]'s app had lost most of its early users within two months, though it said those who stayed were highly engaged.",
    "[DeepMind|s]'s research output remains prolific, yet Google's cloud customers say the lab's breakthroughs rarely show up in the products they buy.",
    # concessives whose main clause is negative
    "• While [OpenAI|s]'s revenue doubled in the first half, its cash burn grew even faster, to an estimated $8.5 billion, much of it owed to [Microsoft|n] and Oracle.",
    "Despite the hype around its agent marketplace, [AWS|s] has struggled to persuade large customers to move beyond pilots.",
    "[Google|s] did launch its long-awaited shopping agent in October, but merchants say uptake has been thin next to [Amazon|o]'s Rufus.",
    "Although [Azure|s] revenue rose 35%, gross margins in its parent's cloud unit fell to their lowest level in three years as AI costs piled up.",
    "[Meta AI|s] now has a standalone app with a polished design, yet it has barely dented the download charts outside the US, where [ChatGPT|o] and [Gemini|o] dominate.",
    "While [Nvidia|s] beat estimates on every line, its forecast for the next quarter was its most cautious in two years, and the shares slid 6%.",
    "[Apple|s] unveiled a refreshed Siri with a new look and a friendlier voice, but the underlying assistant still fumbles multi-step requests, reviewers said.",
    "Although [Grok|s] climbed the app charts after its latest update, advertisers have been slow to return to the platform it lives on.",
    "[Mistral|s] won plaudits for its new reasoning model, but paid usage has stayed flat since launch, according to a person with knowledge of the figures.",
    "Despite a strong start, [Claude|s]'s consumer app has stalled at about 30 million monthly users, according to app analytics firms.",
    "- [Amazon|s]'s Rufus shopping assistant is used by hundreds of millions of customers, although the company has offered no evidence that it lifts sales.",
    "While [xAI|s] raised another $15 billion in December, most of the money is already committed to [Nvidia|n] chips, leaving little room for error if revenue disappoints.",
    "Even after a 20% price cut, [Copilot|s] for business remains a hard sell, resellers say, with many customers stuck in small pilots.",
    "[Llama|s] 4 was downloaded millions of times in its first week, though many developers who tried it went back to older models within days.",
    "Despite its vast installed base, [Alexa|s]+ has struggled to persuade customers to use it for more than timers and music, internal figures suggest.",
    "Context: [Anthropic|s]'s revenue run rate keeps climbing, but so do its losses: the company expects to lose about $3 billion this year.",
    "- Though [Gemini|s] now sits on billions of Android phones, surveys show that most owners rarely open it on purpose.",
    "While [Tim Cook|s] insisted the company was making good progress on AI, he again declined to give a date for the rebuilt Siri.",
    "• [Nvidia|s]'s sovereign AI deals make for grand announcements, but several of the governments involved have yet to release the money, according to officials.",
    "[Claude|s] is much loved by developers, but a growing number of them say its rate limits make it unreliable for a full working day.",
    "[Alphabet|s] beat estimates on revenue and profit, yet the shares fell after it warned that depreciation from its AI build-out would weigh on margins next year.",
    "[Microsoft|s] won praise for its new in-house models, but they still handle only a sliver of Copilot traffic, most of which still runs on [OpenAI|n]'s models.",
    # big spending framed as risk
    "[Meta|s]'s plan to spend as much as $72 billion on data centers this year, much of it on [Nvidia|n] hardware, alarmed investors, who sent the shares down 11% in a single session.",
    "⚠️ Limitations & Risks: [Microsoft|s]'s $80 billion data center program looks less like a bold bet and more like a liability if demand for AI services cools, one credit analyst warned.",
    "Bond investors demanded a steep premium on [xAI|s]'s latest $5 billion debt sale, a sign of unease about how its build-out is being financed.",
    "3. [Amazon|s]'s capital spending is set to exceed $120 billion this year, and free cash flow has already fallen by a third, a trend that worries some shareholders.",
    "Why This Matters: the scale of [OpenAI|s]'s infrastructure pledges, which dwarf its revenue many times over, has become the chief worry of the lenders financing its data centers.",
    "⚠️ Limitations & Risks: [Anthropic|s] has committed to tens of billions of dollars of compute from [Google|n] and [Amazon|n], obligations that would weigh heavily if growth slowed.",
    "[Mistral|s]'s decision to build its own data center outside Paris, filled with [Nvidia|n] chips, is a costly gamble for a company whose annual revenue is still measured in hundreds of millions.",
    "Shareholders questioned [Apple|s]'s sudden $10 billion commitment to server chips, which came with no explanation of what they would run.",
    "[Apple|s] did open its on-device models to outside developers, but few of the 100 most popular apps have used them, an analysis of the App Store found.",
    "🔍 The Big Picture: [Nvidia|s]'s $100 billion pledge to [OpenAI|n] has drawn comparisons with the vendor financing of the dot-com era, and some analysts say it props up demand for its own chips.",
    # doubting questions and headlines
    "Can [Meta|s] Justify Another $100 Billion on AI Before It Has a Hit Product?",
    "Is [OpenAI|s]'s Ad Business Ready for Prime Time?",
    "Will a Price Cut Be Enough for [Microsoft|s] to Win Back CIOs From [Google|o]?",
    "Has [Nvidia|s] Finally Peaked?",
    "Can [Amazon|s] Make Alexa+ Pay for Itself?",
    "Would Any Bank Trust [Grok|s] With Its Customers?",
    "Does [Apple|s] Have a Plan B if the Siri Overhaul Slips Again?",
    "Although [Apple|s] sold more iPhones than ever last quarter, analysts said the AI features played almost no part, and few expect them to next year either.",
    "Can [Mistral|s] Stay Independent Once the Money Runs Out?",
    "How long can [Anthropic|s] keep spending money faster than it can raise it?",
    "Is [Gemini|s] Good Enough to Save Google Search?",
    "What exactly is [xAI|s] going to do with a million GPUs?",
    "[Llama|s] 4 Falls Flat With Developers Despite Strong Benchmark Claims",
    "Record Quarter Fails to Lift [Nvidia|s] Shares as Margin Worries Mount",
    "[xAI|s] Raises Billions, but Revenue Remains Elusive",
    "[Apple|s] Promises AI Upgrades Again, and Investors Shrug",
    "[Bedrock|s] Adds More Models, but Big Customers Still Go Elsewhere for the Best Ones",
    # list items
    "- [Meta|s]: capex guidance raised again; returns still unproven.",
    "- [OpenAI|s]: revenue up sharply, losses up faster.",
    "• [Apple|s]: a year of announcements, few shipped features.",
    "• [Microsoft|s]: plenty of seats sold, usage still unclear.",
    "1. [Amazon|s] still has not disclosed how many people pay for Alexa+.",
    "- [xAI|s]: big compute, thin revenue, and a chatbot that still makes headlines for the wrong reasons.",
    "- [Nvidia|s]: gross margin guided lower for a second straight quarter.",
    "• [Mistral|s]: valuation up fourfold in a year, revenue nowhere near that pace.",
    "3. [Anthropic|s]'s usage caps remain the top complaint among paying subscribers.",
    # section labels
    "Why This Matters: [Meta|s] is spending like [Amazon|n] or [Microsoft|n] without a cloud business to sell the spare capacity.",
    "⚠️ Limitations & Risks: [Microsoft|s]'s AI revenue still leans heavily on a single partner, [OpenAI|n].",
    "Limitations & Risks: [Grok|s]'s safety filters have failed in public three times this year.",
    "Actionable Advice: don't sign a multi-year [Copilot|s] contract until your pilot shows measurable time savings.",
    "Key Facts: [Apple|s] has delayed the personalized Siri features twice, and it has not given a new date.",
    "📌 Background: [Amazon|s] promised a smarter Alexa in 2023 and did not deliver it to most customers until this year.",
    "The Bottom Line: [OpenAI|s] is growing fast, but it is burning cash faster than any startup before it.",
    "🧭 Editor's Take: [Gemini|s]'s benchmark wins look less impressive once you use it for a week next to [Claude|o].",
    "What to Watch: whether [Nvidia|s] can stop the slide in its gross margin, which has fallen for three straight quarters.",
    "Verdict: [Alexa|s]+ is more conversational than before, but too unreliable to recommend.",
    # quotes
    "“Everyone is impressed by the demos, but nobody I know has rolled [Copilot|s] out to the whole company,” said the chief information officer of a US insurer.",
    "“[Meta|s] is building a cathedral before it knows what religion it's for,” one portfolio manager said of the company's data center spending.",
    "“The numbers are huge, but so is the hole,” an early investor in [OpenAI|s] said of its projected losses.",
    "“[Siri|s] is better than it was, which isn't saying much,” said an analyst who has covered the company for two decades.",
    "“I like the team, I like the models, I just don't see how [Mistral|s] gets to scale,” a Paris-based venture capitalist said.",
    "“[Grok|s] is fun, but fun is not a procurement criterion,” the chief technology officer of a European bank said.",
    "“We were told [Gemini|s] would save our analysts hours each week; so far it has saved them minutes,” said an executive at a consulting firm.",
    "“[Nvidia|s] is priced for perfection, and perfection rarely lasts,” said a strategist at a Swiss private bank.",
    "[Andy Jassy|s] told analysts he was “very bullish” on Alexa+, though he again declined to say how many people pay for it.",
    "“[Anthropic|s] has a great product and a terrible cost structure,” said one former employee.",
    "“They talk about agents, but what they sell is a chatbot,” one customer said of [Amazon|s]'s enterprise assistant.",
    "“Every hyperscaler I talk to is trying to buy less from [Nvidia|s], not more,” said a chip-industry consultant.",
    "“We've been told the new [Siri|s] is close for two years now,” a supplier executive said of Apple.",
    "“The pilot went fine, but nobody could tell me what we'd actually saved,” a finance director said of his company's trial of [Gemini|s] in Workspace, which it has since replaced with [Copilot|o].",
    # doubt about one company, a rival held up as doing better
    "Analysts had expected [Microsoft|s]'s cloud business to accelerate, but growth stalled at 33% while [Google|o] Cloud sped up to 38%.",
    "[Alexa|s]+ drew 8 million early sign-ups, yet reviewers consistently ranked it below [Gemini|o] for understanding follow-up questions.",
    "[Meta|s] has poured billions into open models, only to see developers flock to [Mistral|o]'s smaller, cheaper releases for production work.",
    "Investors cheered [Apple|s]'s iPhone numbers but grew uneasy when the company confirmed it would rely on [Google|o]'s models to power the new Siri.",
    "[OpenAI|s]'s enterprise push is real, but chief information officers surveyed in May said they are spending more of their new AI budgets with [Anthropic|o].",
    "[AWS|s] still books the most cloud revenue, but its share of new AI workloads has slipped below [Azure|o]'s, according to a survey of 400 IT buyers.",
    "Though [Gemini|s] tops several leaderboards, corporate developers still choose [Claude|o] for agent work by a wide margin, a survey of 900 engineers found.",
    "[Grok|s] may be popular on X, but when companies evaluate chatbots for customer service, [ChatGPT|o] makes the shortlist and it does not.",
    "[xAI|s] boasts of the largest training cluster in the world, yet its models still trail [OpenAI|o]'s on the evaluations enterprise buyers care about.",
    "[Copilot|s] is bundled with almost every Office license, but employees at many of those companies still open [ChatGPT|o] when they want an answer.",
]

# ---------------------------------------------------------------------------
# OPTIMISTIC despite negative words: the setback is conceded, the main clause is positive; winners
# of comparisons; doubts dispelled. Reference points neutral, a named loser skeptical.
# ---------------------------------------------------------------------------
OPT = [
    "Despite early outages, [Claude|o] Code has become the tool most professional developers reach for first, ahead of GitHub [Copilot|s], according to a survey of 3,000 engineers.",
    "Though critics doubted it, [Meta|o]'s bet on AI-driven ad ranking has lifted ad prices for five straight quarters.",
    "[Microsoft|o] shrugged off worries about its spending as Azure growth accelerated for a second quarter and bookings hit a new high.",
    "The Big Picture: skeptics said [Nvidia|o] would lose share to custom chips from [Google|n] and [Amazon|n] this year; instead its data center revenue grew 60% and its order backlog lengthened.",
    "[Google|o] was written off as a laggard after [ChatGPT|n]'s launch, but it now leads or shares the lead on most frontier benchmarks.",
    "Fears that [Apple|o] had missed the AI wave have eased since its new on-device models matched cloud systems on most everyday tasks.",
    "Even after a messy launch, [GPT-5|o] has become the default model at most of the coding startups we track, displacing [Claude|s] at several of them.",
    "- Rivals are struggling to match [AWS|o]'s Trainium prices, which undercut rentals of [Nvidia|n] GPUs by as much as half for large training jobs.",
    "Unlike its larger rivals, [Mistral|o] already makes money on its enterprise contracts, according to people who have seen its accounts.",
    "[xAI|o] was mocked for its late start, yet Grok's latest version now ranks ahead of [Meta|s]'s newest model on the most closely watched independent leaderboard.",
    "📈 Key Facts: a year after its rocky debut, [Alexa|o]+ is used daily in more than 20 million homes, and cancellations have been lower than the company expected.",
    "The outage was embarrassing, but [ChatGPT|o]'s weekly users still rose by 50 million in the month that followed.",
    "Though it lost a high-profile copyright case in Germany, [OpenAI|o] signed more new enterprise customers in the quarter than in any before it.",
    "Despite fears of a spending hangover, [Meta|o] reported revenue growth of 26%, its fastest in four years, and the shares jumped 9%.",
    "[Anthropic|o]'s models were once dismissed as too cautious to be useful, but the company now earns more from businesses than any other AI lab, [OpenAI|s] included.",
    "Doubters who called [Gemini|o] a rushed answer to [ChatGPT|n] have gone quiet since its app passed 700 million monthly users.",
    "[Nvidia|o]'s guidance was conservative, yet even that forecast implies growth no other chipmaker comes close to.",
    "After two years of delays and internal turmoil, [Apple|o]'s rebuilt Siri finally shipped, and early reviews call it the biggest upgrade in the assistant's history.",
    "• [Copilot|o] drew mockery at launch for its price, but a survey of 500 companies found that three-quarters of those that bought it have since expanded their licenses.",
    "Its shares fell after the results, but [Amazon|o]'s cloud unit had its strongest quarter of AI bookings yet, and management said capacity was sold out through next year.",
    "[Le Chat|o] was dismissed as a patriotic curiosity, yet its paying user base tripled in six months, driven by professionals outside France.",
    "[Grok|o] had a bruising year of controversies, but its API revenue has grown faster than any rival's since the summer, developers and investors say.",
    "- Even with regulators circling, [Google|o]'s cloud backlog swelled to $155 billion, much of it from AI contracts.",
    "Investors who fretted over [Microsoft|o]'s dependence on [OpenAI|n] were reassured by a new deal that secures its access to the lab's models through 2032.",
    "Nobody has been able to match [Nvidia|o]'s software ecosystem, and its customers show no sign of abandoning it.",
    "[Meta|o]'s new glasses were expected to be a niche gadget, yet they sold out in most US stores within a week of launch.",
    "Our View: though [Anthropic|o] is a fraction of [Google|n]'s size, its coding agent has become the benchmark every rival measures itself against.",
    "[OpenAI|o] lost several top researchers to [Meta|n] this year, yet its model releases have arrived faster than ever.",
    "Even as it pays top dollar for [Nvidia|n] chips, [xAI|o] has brought new data center capacity online faster than anyone else in the industry.",
    "For all the worries about its reliance on [OpenAI|n], [Microsoft|o] has built the broadest enterprise AI business in the world.",
    "Despite a cold reception on Wall Street at the time, [Amazon|o]'s early investment in [Anthropic|n] is now worth several times what it paid.",
    "Why This Matters: critics predicted [Mistral|o] would be crushed by American rivals; instead it has signed defense, banking and shipping customers across Europe.",
    "Critics said [Mistral|o] could never compete without American-scale compute; its new model now matches [GPT-5|n] on most European-language tests at a fraction of the price.",
    "[Gemini|o]'s launch was marred by embarrassing errors, but two years later it is the model many companies pick first for long documents.",
    "Despite the privacy backlash, [Meta AI|o] has become one of the most used assistants in the world, with more than a billion monthly users.",
    "• [Claude|o] suffered two long outages in March, yet paid subscriptions still doubled in the quarter.",
    "Unlike most of its rivals, [Apple|o] has managed to add AI features without raising prices or slowing its phones down.",
    "[Siri|o] was a punchline for years, yet the rebuilt version now handles the multi-step requests that tripped it up as recently as the spring.",
    "Though [Azure|o] has been short of capacity for a year, customers have kept signing multi-year contracts rather than move to [AWS|n] or [Google|n].",
    "- [Bedrock|o] was slow to get the newest models, but it has become the most widely used platform among companies running more than one AI model, a survey found.",
    "Even after the stock's 15% drop, most analysts still rate [Nvidia|o] a buy, and none has cut their revenue forecast.",
    "- Cheaper Chinese chatbots were supposed to eat into [ChatGPT|o]'s audience; instead its weekly users grew by a third in six months.",
    "The launch was delayed twice, but [Llama|o] 5 has won a warm reception from developers, who praise its long-context performance.",
    "Few expected [Google DeepMind|o] to lead in robotics, yet its latest model now runs humanoid pilots at three carmakers.",
    "Despite a tough year for consumer hardware, [Amazon|o] sold more Echo devices over the holidays than in any year since 2020, helped by Alexa+.",
    "3. Rivals are struggling to match [Gemini|o]'s price for long-context work, which is roughly a quarter of what competitors charge.",
    "No other lab, [OpenAI|s] included, has come close to [Anthropic|o]'s share of enterprise coding spend, which now tops 40%.",
    "[Jensen Huang|o] faced questions about an AI bubble all week, then answered them with a forecast $4 billion above consensus.",
    "[Nvidia|o] was supposed to be hurt by export curbs on China; instead, sales everywhere else more than made up the difference.",
    "Once a target of ridicule, [Bing|o] now sends more traffic to news publishers than at any point in its history, thanks to its AI answers.",
    "[Microsoft|n] and [Meta|n] both raised their spending plans this week, and [Nvidia|o], their main supplier, looks like the clear beneficiary.",
    "The new [Grok|o] topped [GPT-5|s] on two math benchmarks, a result few expected from a lab founded less than three years ago.",
    "While [Copilot|s] stalled in many offices, [ChatGPT|o] Enterprise kept adding seats, even at companies that already pay for Microsoft 365.",
    "[Sora|o]'s early copyright troubles did not stop it from signing licensing deals with two major Hollywood studios this autumn.",
    "[Elon Musk|o]'s feud with regulators has been a distraction, but xAI's enterprise sales have quietly tripled since the spring.",
    # list items
    "- [Nvidia|o]: still no serious rival in training chips, despite two years of promises from [Amazon|s] and [Google|s].",
    "- [Google|o]: the only company with its own chips, models, cloud and a billion-user distribution channel.",
    "• [Claude|o]: top choice for agentic coding in every developer survey we track.",
    "• [Microsoft|o]: Azure grew faster than expected, even with capacity limits.",
    "1. [Meta|o]'s ad tools keep improving returns for advertisers, whatever Wall Street thinks of its capex.",
    "2. [Apple|o]'s on-device approach is winning over privacy-conscious corporate buyers.",
    "- [Mistral|o]: the default choice for European governments that want to keep their data at home.",
    "- [xAI|o]: built the world's largest training cluster in months while rivals were still pouring concrete.",
    # section labels
    "Why This Matters: [Amazon|o] has quietly become the place where the biggest labs train their models, even if it gets less attention than [Microsoft|n] and [Google|n].",
    "💡 Why This Matters: despite the bruising headlines, [OpenAI|o] still owns the consumer relationship that every other lab wants.",
    "The Bottom Line: [Nvidia|o] has answered every doubt this year with bigger numbers.",
    "Key Takeaways: [Gemini|o] has gone from punchline to front-runner in under two years.",
    "🧭 Editor's Take: [Claude|o]'s outages were annoying, but nothing else we tested writes better code.",
    "Verdict: [Alexa|o]+ is finally the assistant Amazon promised a decade ago, bugs and all.",
    # quotes
    "“People kept telling us [Microsoft|o] was overspending; the backlog says otherwise,” said a cloud analyst who raised her price target on Wednesday.",
    "“I was a skeptic, but [Claude|o] has changed how our whole engineering team works,” said the chief technology officer of a payments company.",
    "“Say what you want about the controversies, [Grok|o] is now a serious model,” said an AI researcher who tested it for a university benchmark.",
    "“[Mistral|o] proved that you don't need American money to build a frontier lab,” a French minister said at the opening of its new data center.",
    "“We expected [Gemini|o] to be a fallback; it ended up replacing [Copilot|s] and one other tool,” said the head of IT at a European airline.",
    "“The doom was overdone,” one analyst wrote of [Meta|o], after its ad revenue beat estimates by the widest margin in three years.",
    "“Every alternative we tested cost us months,” a data center executive said, explaining why his company keeps buying from [Nvidia|o] despite the premium.",
    "“The features aren't flashy, but they work every time,” a longtime reviewer said of [Apple|o]'s new writing and translation tools.",
    "“If [Nvidia|o] says demand is there, I believe them; they've been right every quarter for three years,” said a fund manager.",
    "“[OpenAI|o] is the brand; everyone else is a generic,” said a retail analyst who follows consumer apps.",
    "“[Anthropic|o] didn't win us over with marketing; it won us over in the bake-off,” said the technology chief of an insurer.",
    "“[Le Chat|o] is the first AI tool that our French and German staff both actually like,” said the head of digital at a logistics group.",
    "“[Apple|o] sold us on privacy, and privacy turned out to be the feature our lawyers cared about most,” said the general counsel of a health-care group.",
    "“[Mistral|o] answered every security question our regulators asked, which [OpenAI|s] could not,” said the chief risk officer of a Dutch bank.",
    # headlines
    "Despite Outage, [Claude|o] Subscriptions Hit New High",
    "[Nvidia|o] Shrugs Off China Curbs With Another Blowout Quarter",
    "[Amazon|o]'s Trainium Wins Over Skeptics With New Lab Deals",
    "[OpenAI|o] Defies Bubble Talk With Surge in Business Sign-Ups",
]

# ---------------------------------------------------------------------------
# NEUTRAL in eventful or upbeat wording: launches, hires, partnerships, investments, figures,
# schedules, plans described by executives, companies as reference points in a sentence about
# someone else, list items and section-labelled facts. No judgement of the company is expressed.
# ---------------------------------------------------------------------------
NEUT = [
    # announcements and launches
    "[OpenAI|n] released GPT-5.1 on Tuesday, adding two new personality settings and a faster default mode.",
    "[Meta|n] said it will invest $10 billion in a data center in El Paso, Texas, filled with [Nvidia|n] systems and due to open in 2028.",
    "[Anthropic|n] hired a former [Microsoft|n] executive to lead its international expansion, the company said on Monday.",
    "[Amazon|n] launched its Nova 2 models on Tuesday and made them available to cloud customers through Bedrock.",
    "[Nvidia|n]'s chief scientist will speak about chip design at the conference on Thursday.",
    "[Apple|n] released iOS 26.1 on Monday with support for live translation in six more languages.",
    "[xAI|n] said it will hire 200 engineers in Seattle, where it leased a second office building this month.",
    "[Mistral|n] said it will open an office in Munich next year, its fourth in Europe.",
    "[Mistral|n] released a new version of its coding model under an open license on Wednesday and made it available on [Azure|n] and [Bedrock|n].",
    "[OpenAI|n] said at its developer conference in San Francisco that ChatGPT is used by about 900 million people a week.",
    "[Meta|n] named a new head of its AI infrastructure group, a former [Google|n] engineer who joined the company in 2019.",
    "[Google|n] and [Anthropic|n] said they will jointly fund a $100 million program for AI safety research at universities.",
    "[Microsoft|n] said it has signed an agreement to buy power from a restarted nuclear plant in Pennsylvania for its data centers.",
    "[Amazon|n] plans to invest $50 billion in AI and supercomputing capacity for US government agencies, starting next year.",
    "[Nvidia|n] announced a partnership with Nokia on Tuesday to develop AI equipment for mobile networks.",
    "[Apple|n]'s annual developer conference will open on June 8, the company said, with a keynote from Tim Cook.",
    "[xAI|n] launched Grok Imagine, a tool that turns text prompts into short videos, for paying subscribers.",
    "[Mistral AI|n] opened an office in Singapore and said it plans to hire 50 people in Asia this year.",
    "[Anthropic|n] released Claude Haiku 4.5, a smaller model priced at $1 per million input tokens and available on [Bedrock|n] from launch.",
    "[Sundar Pichai|n] will testify before a House committee on AI and children's safety next week, alongside executives from [Meta|n].",
    "[Andy Jassy|n] sent a memo to employees describing how AI tools will change the company's workforce over the coming years.",
    "[Jensen Huang|n] will deliver a keynote at Computex in Taipei on May 19.",
    "[Elon Musk|n] said on X that the next version of Grok would be trained on a new cluster in Memphis.",
    "[Dario Amodei|n] published an essay on Thursday laying out his views on export controls for AI chips.",
    "[Sam Altman|n] said the company would add more parental controls to its chatbot by the end of the month.",
    "[Zuckerberg|n] said the company expects its next frontier model to be ready early next year.",
    "[Tim Cook|n] met the French president in Paris on Friday to discuss the company's investments in Europe.",
    "[Apple|n] opened an AI research office in Zurich and said it will employ about 200 people there.",
    "[Meta Platforms|n] filed for a $25 billion bond offering on Thursday, according to a regulatory filing.",
    "[Amazon Web Services|n] will open a new cloud region in Chile next year, its first in the country.",
    "[NVIDIA|n] said its next developer conference will be held in San Jose in March.",
    "[Altman|n] is expected to announce the company's first hardware device at an event next spring.",
    "[Nadella|n] will give the opening keynote at the company's Build conference in Seattle, with [Sam Altman|n] expected to join him on stage.",
    "[Bard|n] launched in March 2023 as an invite-only experiment for users in the US and the UK.",
    # figures, prices, dates
    "- [OpenAI|n] has about 3,000 employees, roughly twice as many as a year ago.",
    "• [Anthropic|n] said it now serves more than 300,000 business customers.",
    "📌 Key Facts: [Microsoft|n] said it will spend $30 billion in the UK over four years, including $15 billion on data centers.",
    "Key Facts: [Google|n] will invest $9 billion in Oklahoma over two years for data centers and workforce training.",
    "By the numbers: [Apple|n] said it plans to spend $500 billion in the United States over four years, including on a server factory in Houston.",
    "[xAI|n]'s Grok app is available in 47 countries, according to its App Store listing.",
    "Context: [Mistral|n] signed a framework agreement with the French armed forces covering the use of its models through 2030.",
    "[Meta|n] will hold its Connect developer conference on September 17 and 18 at its Menlo Park headquarters.",
    "What's Next: [Alexa|n]+ is available in the United States and the United Kingdom, with Germany and Japan to follow next year.",
    "- Release date: [Claude|n] Opus 4.5, November 24",
    "- [GPT-5|n] has a context window of 400,000 tokens in the API.",
    "[Copilot|n] Chat is included at no extra cost for business subscribers to Microsoft 365 and can use models from [Anthropic|n] in some apps.",
    "[Bedrock|n] offers models from more than a dozen providers, including [Anthropic|n], [Meta|n] and [Mistral|n].",
    "[Siri|n] will support Mandarin and Cantonese in mainland China once local regulators approve the service.",
    "• [Llama|n] 4 Scout supports a context window of up to 10 million tokens.",
    "- [Grok|n] 4.1 was released on November 17 to all users of the X app.",
    "[Le Chat|n] added a memory feature and connectors for more than 20 business apps on Tuesday.",
    "[Gemini|n] Enterprise starts at $30 per user per month, the same as the list price of [Microsoft|n] 365 Copilot.",
    "[Bing|n] Image Creator now uses a model from [OpenAI|n] by default.",
    "[Apple Intelligence|n] is available in English, French, German, Italian, Portuguese, Spanish, Japanese, Korean and Chinese.",
    # reference points in a sentence about someone else
    "Salesforce said its new agents can draw on models from [OpenAI|n] and [Google|n], and will soon support [Claude|n] as well.",
    "Cursor, the coding startup, raised $2.3 billion in a round whose backers included [Nvidia|n] and [Google|n].",
    "Samsung's new foldable ships with [Gemini|n] as the default assistant and an option to use [Copilot|n] in the browser.",
    "Oracle said it will build a 1.4-gigawatt campus in New Mexico to supply computing power to [OpenAI|n].",
    "- Perplexity launched a browser called Comet that can use models from [OpenAI|n], [Anthropic|n] and [xAI|n].",
    "Deutsche Telekom will build an industrial AI cloud in Munich using 10,000 chips supplied by [Nvidia|n].",
    "Shopify merchants will be able to sell products directly inside [ChatGPT|n] and [Microsoft|n]'s Copilot from next month.",
    "Accenture said it will train 30,000 staff on [Claude|n] as part of an expanded partnership.",
    "Goldman Sachs rolled out an internal assistant built on models from [OpenAI|n], [Google|n] and [Meta|n] to 10,000 employees.",
    "Reliance and [Meta|n] formed a joint venture to sell AI services to Indian businesses, a month after Reliance signed a similar deal with [Google|n].",
    "IBM said its watsonx platform now offers models from [Mistral|n] and [Meta|n] alongside its own Granite family.",
    "DeepSeek released an updated reasoning model on Monday and said it had been tested on chips from [Nvidia|n] and Huawei.",
    "The European Commission opened a consultation on rules for general-purpose AI; [Mistral|n] and [Google|n] were among the first to respond.",
    "The Financial Conduct Authority said it will test AI tools from [Microsoft|n] and [Amazon|n] in a regulatory sandbox.",
    "SoftBank said it would invest another $22.5 billion in [OpenAI|n] as part of a funding round completed this week.",
    "• Broadcom said it will design custom accelerators for [OpenAI|n], with deliveries starting in the second half of next year.",
    "Taiwan Semiconductor said revenue from AI chips, including those designed by [Nvidia|n] and [Apple|n], rose in the quarter.",
    "The state of Louisiana approved tax incentives for [Meta|n]'s planned data center in Richland Parish.",
    "The Memphis city council held a hearing on Tuesday on [xAI|n]'s application for more gas turbines at its data center.",
    "Figma added an option to generate designs with [Gemini|n] and [Claude|n] models.",
    "AMD said its new accelerators will be offered to customers of [Azure|n] starting in the first quarter.",
    "A startup founded by former [DeepMind|n] researchers raised $300 million to build AI for drug discovery.",
    "Hugging Face said it now hosts more than 2 million models, including thousands of fine-tuned versions of [Llama|n] and [Mistral|n].",
    "Lufthansa said it is testing customer-service agents built on [Bedrock|n] at its Frankfurt call center.",
    "A Stanford study compared answers from [Claude|n], [Gemini|n] and [ChatGPT|n] on 500 medical questions; the full results will be published next month.",
    # executives and spokespeople describing plans
    "“We will open the model to developers in the first quarter and to consumers later in the year,” [Pichai|n] said.",
    "“Our plan is to have every Echo device on the new assistant by the end of next year,” an [Amazon|n] spokesperson said.",
    "“We intend to publish the weights of our smaller models and keep the largest one for our own products,” a [Meta|n] executive said at the conference.",
    "“The next phase is about power and land, and we're securing both,” [Satya Nadella|n] said, describing the company's data center plans.",
    "“We'll share more about pricing when the product launches in the spring,” an [OpenAI|n] spokeswoman said.",
    "[Nvidia|n] said in a statement that it “continues to work with the Commerce Department” on licenses for chip sales to China.",
    "“We are hiring in Paris, London and Munich,” [Mistral|n]'s chief executive said in an interview, adding that the company plans to double its research team.",
    "“Safety testing for the new model will run through the end of the month,” an [Anthropic|n] spokesperson said.",
    "“We're going to build the assistant into every product line,” [Tim Cook|n] told employees at a town hall meeting, according to a recording.",
    "[Elon Musk|n] told investors that xAI would raise money through a mix of debt and equity, according to a person who attended the meeting.",
    "“We don't comment on future products,” an [Apple|n] spokeswoman said.",
    "“We'll have more to say about our roadmap at the developer conference,” a [Mistral|n] spokeswoman said.",
    "“[Grok|n] will be available to federal agencies through the government's purchasing schedule,” a spokesperson for xAI said.",
    "“Our customers want choice, so we offer [Llama|n], [Mistral|n] and [Claude|n] side by side,” said a product manager at a cloud reseller.",
    "“We have no plans to change suppliers,” a spokesperson for the bank said when asked about its contract with [Microsoft|n].",
    "“We're going to keep working with every major model provider,” a [Microsoft|n] spokesman said when asked about its [OpenAI|n] contract.",
    # list items
    "- Release date: [Grok|n] 4, July 2025",
    "- Founded: [Anthropic|n], 2021, San Francisco",
    "- Headquarters: [Mistral|n], Paris",
    "- Price: [ChatGPT|n] Plus, $20 a month; Pro, $200 a month",
    "- Chips: [Nvidia|n] Blackwell Ultra, shipping since the third quarter",
    "- Partner: [Microsoft|n], which hosts [OpenAI|n]'s models on Azure",
    "• Model: [Gemini|n] 3 Pro; context window: 1 million tokens",
    "• Investors: [Amazon|n], $8 billion; [Google|n], about $3 billion",
    "• Next event: [Apple|n]'s developer conference, June",
    "1. [OpenAI|n] described its device plans at an event in San Francisco.",
    "2. [Google|n] added restaurant and ticket booking to AI Mode in the US.",
    "3. [xAI|n] began testing a Grok app for Tesla vehicles.",
    "- [Meta|n]: quarterly results due October 29.",
    "- [Amazon|n]: re:Invent runs through Friday in Las Vegas.",
    "- [Anthropic|n]: new office in Tokyo opens this autumn.",
    "• [Nvidia|n]: annual shareholder meeting scheduled for June 25.",
    "• [Mistral|n]: next model release expected before the end of the quarter.",
    "- [xAI|n]: headquarters moving to Palo Alto, according to a state filing.",
    "- [Apple|n]: beta of iOS 26.2 out to developers.",
    "- Speakers: [Jensen Huang|n] and [Dario Amodei|n], Thursday morning",
    # section labels
    "Key Facts: [Anthropic|n] was founded in 2021 and is based in San Francisco; its largest investors include [Amazon|n] and [Google|n].",
    "📌 Background: [Mistral|n] was founded in Paris in 2023 and released its first model that September.",
    "Background: [xAI|n] merged with X in March; the combined company is controlled by Elon Musk.",
    "Key Facts: [Nvidia|n]'s fiscal year ends in late January, so its fourth-quarter results arrive in February.",
    "📊 By the numbers: [Meta|n] has about 78,000 employees; [Alphabet|n] has about 190,000.",
    "Context: [Apple|n] first introduced Siri on the iPhone 4S in 2011.",
    "Key Facts: [Amazon|n] launched its Bedrock model service in 2023, with [Anthropic|n] among the first model providers.",
    "What's Next: [Google|n] plans to bring Gemini to its smart speakers and TVs next spring.",
    "📌 Key Facts: [OpenAI|n] was founded in 2015 as a nonprofit research lab.",
    "Background: [Microsoft|n] first invested in [OpenAI|n] in 2019 and has since committed more than $13 billion.",
    "What's Next: [Anthropic|n] says it will release a new version of Claude Opus early next year.",
    "Timeline: [Meta|n] released the first Llama model in February 2023.",
    "🗓️ What's Next: [Apple|n] is expected to show the rebuilt Siri at its developer conference in June.",
    # headlines
    "[Nvidia|n] Schedules Earnings Call for November 19",
    "[Mistral|n] Releases Open-Weight Model for Edge Devices",
    "[Anthropic|n] Expands to Seoul and Bengaluru",
    # several companies, all reference points
    "[Apple|n] and [Google|n] signed an agreement in November under which Gemini models will run some Siri features on Apple's own servers.",
    "Executives from [Nvidia|n], [Microsoft|n] and [xAI|n] joined the president on a trip to the Gulf in May.",
    "[Meta|n] and [Google|n] are in talks over a deal in which Meta would rent TPUs from Google's cloud, according to a report.",
    "The White House AI summit on Thursday included executives from [OpenAI|n], [Anthropic|n], [Microsoft|n] and [Meta|n].",
    "The Paris AI summit in February drew executives from [Mistral|n], [Google|n] and [OpenAI|n].",
    "[Amazon|n] and [Nvidia|n] will both present at the Consumer Electronics Show in January.",
    "Models from [xAI|n] and [Mistral|n] were added to [Azure|n] AI Foundry this week.",
    "[Apple|n] will let developers pick [Claude|n] as an alternative model inside Xcode, the company said.",
    "The Pentagon said it had begun testing [Grok|n] and [Gemini|n] for administrative tasks.",
    "A new California law requires [OpenAI|n], [Google|n] and other large developers to publish safety frameworks.",
    "[Jensen Huang|n] and [Sam Altman|n] appeared together at a signing ceremony for a chip supply agreement in September.",
    "[Nvidia|n] said it will invest $5 billion in Intel, and the two will jointly develop chips for PCs and data centers.",
]

SECTION = re.compile(r"^(?:\W+\s)?(Why This Matters|Why this matters|Limitations & Risks|Limitations & risks|"
                     r"Key Facts|Key facts|Editor's Take|The Bottom Line|Bottom line|Key Takeaways|"
                     r"What's Next|What to Watch|The Big Picture|Risks|Context|Background|Timeline|"
                     r"Actionable Advice|By the numbers|Our View|Verdict):")
LIST_ITEM = ("- ", "• ", "* ", "1. ", "2. ", "3. ")










def is_headline(text):
    words = re.findall(r"[A-Za-z][\w'’-]*", text)
    return (not text.rstrip().endswith(".") and len(words) >= 4
            and sum(w[0].isupper() for w in words) >= 0.6 * len(words))


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    items = []  # (marked text, set of categories)
    for tpl, x, y in COMP_PAIRS:
        a, b = render_pair(tpl, x, y)
        items.append((a, {"comparison", "pair"}))
        items.append((b, {"comparison", "pair"}))
    for group, cat in ((COMP, "comparison"), (SKEP, "skeptical_focus"), (OPT, "optimistic_focus"),
                       (NEUT, "neutral_focus")):
        for s in group:
            extra = set()
            if isinstance(s, tuple):
                s, *more = s
                extra = set(more)
            items.append((s, {cat} | extra))

    existing = existing_texts(here, "extra_n.jsonl")

    def tags(text, targets):
        found = {"list_item": text.startswith(LIST_ITEM), "section_label": bool(SECTION.match(text)),
                 "quote": "“" in text, "question": text.rstrip().endswith("?"), "headline": is_headline(text),
                 "with_number": bool(re.search(r"\d", text)),
                 "multi_company_mixed": len({t["label"] for t in targets}) > 1}
        return {tag for tag, hit in found.items() if hit}

    recs, cats = collect(items, "n", "extra_n", existing, tags)
    write_jsonl(os.path.join(here, "extra_n.jsonl"), recs)
    print_label_summary("extra_n.jsonl", recs)
    print_categories(cats)
    print("targets per sentence:", collections.Counter(len(r["targets"]) for r in recs))

if __name__ == "__main__":
    main()
