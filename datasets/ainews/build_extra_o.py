"""Build extra_o.jsonl: original multi-company AI-industry sentences in long-form analysis style.

Same approach as build_extra_m.py. Sentences are written with inline markup: [mention|o] optimistic,
[mention|s] skeptical, [mention|n] neutral. The entity is looked up from the mention. Mirrored
comparison pairs are written once as a template with {A} and {B} and rendered twice with the two
companies swapped.

Focus: sentences that name several companies, each with its own label — comparisons with a winner
and a loser in many surface forms, one company judged while others are reference points or partners
(neutral), several companies judged in the same direction, and editor's-take formats (list items,
section labels, quotes, headlines, questions). All events are fictional; no sentence is copied.

Run:  python3 datasets/ainews/build_extra_o.py   (writes extra_o.jsonl beside this script,
validates offsets, entities and first mentions, and prints a summary)
"""
import collections
import os
import re
import sys

from markup import ALIAS2ENT, ALIASES, checked, existing_texts, render_pair, write_jsonl

# ---------------------------------------------------------------------------
# Group 1a. Mirrored comparison pairs: (template, X, Y). Rendered once with A=X, B=Y and once with
# A=Y, B=X. In every template {A} is the loser (skeptical) and {B} the winner (optimistic); any other
# company in the template keeps the label written for it.
# ---------------------------------------------------------------------------
COMP_PAIRS = [
    ("[{A}|s] is playing catch-up with [{B}|o] in agentic coding, and the gap in paid seats has roughly doubled since the spring, according to a tally kept by a San Francisco venture firm.",
     "Google", "Anthropic"),
    ("Unlike [{B}|o], which has turned its assistant into a paid product that millions of office workers open every day, [{A}|s] is still struggling to explain what its own chatbot is for.",
     "Meta", "Microsoft"),
    ("[{A}|s]'s share of new enterprise AI contracts slipped to 18% in the third quarter as [{B}|o] picked up most of the business it lost and [Anthropic|n] held steady, a procurement-data firm said.",
     "Google", "OpenAI"),
    ("Models like [{B}|o] and [Claude|o] now outperform [{A}|s] on the long-document tasks law firms care about most, according to a legal-tech benchmark published this week.",
     "Llama", "Gemini"),
    ("[{A}|s], once the default voice assistant in American kitchens, has been overtaken by [{B}|o], whose rebuilt version now handles multi-step requests that its rival still fumbles.",
     "Alexa", "Siri"),
    ("[{B}|o] benefits from a direct sales force of several thousand people, something [{A}|s] still lacks as it tries to sell to banks and insurers.",
     "xAI", "Anthropic"),
    ("Investors plainly prefer [{B}|o] over [{A}|s] at the moment: one trades at 31 times forward earnings, the other at 22, and the gap has opened almost entirely since the last round of AI announcements.",
     "Apple", "Meta"),
    ("[{A}|s] trails [{B}|o] by a wide margin in the number of corporate customers paying more than $1 million a year for model access, whether directly or through [AWS|n].",
     "Mistral", "OpenAI"),
    ("[{B}|o] leads [{A}|s] in every category of this year's developer survey except price, where the two finished level.",
     "GPT-5", "Claude"),
    ("With its own data centers and long-term power contracts, [{B}|o] can promise the kind of guaranteed capacity that [{A}|s] still has to rent from others, mostly in the form of [Nvidia|n] clusters.",
     "Mistral", "xAI"),
    ("Since the spring, [{A}|s] has lost roughly a third of its developer traffic to [{B}|o], according to an API-routing service that handles requests for both.",
     "OpenAI", "Mistral"),
    ("[{A}|s] looks flat-footed next to [{B}|o], which shipped three major model updates, all trained on [Nvidia|n] hardware, in the time it took its rival to ship one.",
     "Meta", "xAI"),
    ("Where [{B}|o] can tell a clear story about who pays for its AI and why, [{A}|s] is still asking shareholders to take the returns on faith.",
     "Meta", "Amazon"),
    ("Customers are moving inference jobs from [{A}|s] to [{B}|o], citing cheaper reserved capacity and shorter waits for the newest [Nvidia|n] GPUs.",
     "Azure", "AWS"),
    ("[{B}|o] won the six-year contract with the German federal government that [{A}|s] had been widely expected to land.",
     "Microsoft", "Mistral"),
    ("[{A}|s]'s answer to [{B}|o]'s reasoning models arrived four months late and, on the tests [Google|n] researchers published last week, still falls short of them.",
     "xAI", "Anthropic"),
    ("The gap between [{B}|o] and [{A}|s] in AI revenue has widened in every quarter this year, analysts at a European bank wrote in a note on Monday.",
     "Apple", "Nvidia"),
    ("[{A}|s] gave up the top spot in the App Store's productivity chart to [{B}|o] on Monday, the first time it has been knocked off since the summer; [Claude|n] was unchanged in third.",
     "ChatGPT", "Gemini"),
    ("[{B}|o]'s new image model makes [{A}|s]'s look dated, with cleaner text rendering and far fewer mangled hands.",
     "Grok", "ChatGPT"),
    ("[{A}|s] was forced to halve its API prices after [{B}|o] undercut it with a model that scores nearly as well at a fraction of the cost.",
     "Anthropic", "Google"),
    ("Even [{A}|s]'s own engineers concede that [{B}|o] is ahead on on-device inference, according to two people who attended an internal review.",
     "Google", "Apple"),
    ("[{A}|s] may have the bigger audience, but [{B}|o] has the paying customers, and that is the number investors are watching.",
     "Meta AI", "Claude"),
    ("[{B}|o] outsold [{A}|s] roughly two to one in AI accelerators this quarter, according to supply-chain estimates built from orders placed by [Meta|n], [Microsoft|n] and others.",
     "Google", "Nvidia"),
    ("[{A}|s] is losing developers to [{B}|o], whose open-weight releases come with a simpler license and better documentation.",
     "Meta", "Mistral"),
    ("[{B}|o] has pulled clear of [{A}|s] in the race to put AI agents inside spreadsheets, with a feature set reviewers describe as a generation ahead.",
     "Copilot", "Gemini"),
    ("Where [{B}|o] ships a new model every few weeks, [{A}|s] has gone seven months without a major release, and developers have noticed.",
     "xAI", "Mistral"),
    ("Analysts at two banks downgraded [{A}|s] and upgraded [{B}|o] on the same morning, arguing that the upgraded company's AI business is growing faster and with better margins.",
     "Microsoft", "Alphabet"),
    ("[{A}|s] struggles exactly where [{B}|o] thrives: turning a free chatbot into a habit that people will pay for.",
     "Copilot", "ChatGPT"),
    ("[{A}|s] scored 44% on the new agentic benchmark, well behind [{B}|o] at 67%, which also finished its runs in half the time.",
     "Grok", "GPT-5"),
    ("On the metric cloud buyers care about most, tokens served per dollar, [{B}|o] now beats [{A}|s] by about 30%, an independent test using the same [Llama|n] model on both showed.",
     "Bedrock", "Azure"),
    ("[{B}|o]'s lead over [{A}|s] in sovereign AI deals is now hard to dispute, after it signed agreements with Japan, India and Saudi Arabia in a single quarter.",
     "Amazon", "Nvidia"),
    ("The talent flow runs one way: [{A}|s] has lost eleven senior researchers to [{B}|o] since January and hired none back.",
     "Google DeepMind", "Anthropic"),
    ("[{A}|s] remains a step behind [{B}|o] in multimodal models, and its latest release did little to narrow the gap.",
     "Meta", "Google"),
    ("Next to [{B}|o]'s steady cadence of shipping, [{A}|s]'s AI roadmap reads like a list of promises.",
     "Apple", "Amazon"),
    ("[{A}|s] shares have fallen 9% since the last earnings report while [{B}|o] has climbed 14%, a split fund managers put down to clearer AI disclosure.",
     "Amazon", "Alphabet"),
    ("In a blind test with 2,000 participants, [{B}|o] was preferred over [{A}|s] in seven of ten writing tasks, with [Gemini|n] included as a control.",
     "ChatGPT", "Claude"),
    ("[{A}|s] has quietly ceded the consumer chatbot market to [{B}|o] and now pitches its assistant mainly to businesses.",
     "Microsoft", "Meta"),
    ("[{B}|o] is running away with the market for AI coding agents, leaving [{A}|s] to compete on price with tools built on [Llama|n] and [Mistral|n].",
     "OpenAI", "Anthropic"),
    ("Developers polled by a large code-hosting platform rated [{B}|o] above [{A}|s] on accuracy, speed and cost, the first time one model has swept all three categories.",
     "Grok", "Claude"),
    ("[{A}|s] lags [{B}|o] by roughly 15 points on the multilingual test suite favored by European governments.",
     "Llama", "Mistral"),
    ("Unlike [{A}|s], whose smart glasses still lean on a phone for most of the work, [{B}|o] has put a capable assistant directly on the frame.",
     "Google", "Meta"),
    ("[{B}|o] is the name on this year's term sheets: sovereign funds that passed on [{A}|s] have lined up to back its rival instead, alongside [Microsoft|n] and [Nvidia|n].",
     "xAI", "OpenAI"),
    ("[{A}|s] grew its cloud revenue 16% in the quarter, trailing [{B}|o]'s 38%, and the gap was widest in AI workloads, where both resell models from [Anthropic|n].",
     "Amazon", "Microsoft"),
    ("[{B}|o] has the edge over [{A}|s] in custom silicon, with its in-house accelerator already in its third generation while its rival's is still on its first.",
     "Microsoft", "Google"),
    ("Ask procurement teams which assistant their staff actually open each morning, and the answer is [{B}|o], not [{A}|s], even at companies that pay for both.",
     "Le Chat", "ChatGPT"),
    ("[{A}|s] spent about twice as much as [{B}|o] on compute last year and still finished behind it on the benchmarks both companies like to cite.",
     "Meta", "Anthropic"),
    ("[{B}|o] took the crown for the fastest inference chip in this year's industry tests, pushing [{A}|s] into second place.",
     "Amazon", "Nvidia"),
    ("Since [{B}|o] opened its London research office, [{A}|s] has struggled to keep its best engineers, three of whom left last month.",
     "Google DeepMind", "OpenAI"),
    ("[{A}|s] once set the pace in AI hardware for the home; today [{B}|o]'s devices do more, cost less and sell better.",
     "Amazon", "Apple"),
    ("For enterprises choosing an AI platform, [{B}|o] is increasingly the safe pick and [{A}|s] the risky one, a consultancy's annual ranking concludes.",
     "xAI", "Microsoft"),
    ("[{A}|s]'s latest model ranks eleventh on the most-watched leaderboard, well behind [{B}|o] and [ChatGPT|o], which hold the top two spots.",
     "Mistral", "Anthropic"),
    ("[{B}|o] has become the first choice for start-ups picking a cloud, with [{A}|s] now a distant second in a survey of 600 founders.",
     "Microsoft", "Amazon"),
    ("[{A}|s] has the larger research lab; [{B}|o] has the products people use, and that difference is starting to show up in the numbers.",
     "Meta", "OpenAI"),
    ("Three of Europe's five largest banks moved their internal assistants from [{A}|s] to [{B}|o] this year, though most still run them on [Microsoft|n]'s cloud, people familiar with the decisions said.",
     "Mistral", "Anthropic"),
    ("[{B}|o] beat [{A}|s] to a working computer-use agent by almost a year, and the lead shows in how many enterprises now run it in production.",
     "Microsoft", "OpenAI"),
    ("A year ago [{A}|s] led [{B}|o] in monthly active users; today the order has flipped, and the distance between them is growing.",
     "Meta AI", "Grok"),
    ("Hedge funds have been rotating out of [{A}|s] and into [{B}|o] for three months, according to the latest quarterly filings.",
     "Apple", "Nvidia"),
    ("[{B}|o]'s assistant answered 81% of our test questions correctly; [{A}|s]'s managed 58%, and often needed to be asked twice.",
     "Apple", "Google"),
    ("[{A}|s] went into the year as the favourite for the Pentagon's largest AI contract and ended it watching [{B}|o] sign the deal.",
     "xAI", "Google"),
    ("[{B}|o] is better placed than [{A}|s] to ride the next wave of AI spending, the strategist wrote, pointing to a stronger balance sheet and a broader customer base.",
     "Apple", "Microsoft"),
    ("[{A}|s]'s coding assistant lost its place as the most-used AI tool inside large software companies to [{B}|o]'s in the first half of the year.",
     "Amazon", "Anthropic"),
    ("[{A}|s] is years behind [{B}|o] in building its own chips, and it will keep paying [Nvidia|n] prices until it catches up.",
     "OpenAI", "Amazon"),
    ("[{B}|o] now makes the open-weight models developers download most, a position [{A}|s] held only two years ago.",
     "Meta", "Mistral"),
    ("Compared with [{B}|o], whose assistant already books restaurants and returns parcels on its own, [{A}|s]'s looks like a chatbot with a new coat of paint.",
     "Apple", "Amazon"),
]

# ---------------------------------------------------------------------------
# Group 1b. Single comparison sentences, many with three or four companies (winners optimistic,
# losers skeptical, reference points neutral).
# ---------------------------------------------------------------------------
COMP = [
    "[Gemini|o] and [Claude|o] both outscored [GPT-5|s] on the new scientific-reasoning test, the first time OpenAI's flagship has finished third.",
    "[Meta|s] has fallen behind both [Google|o] and [OpenAI|o] in the race to build shopping agents, despite owning the apps where most people browse.",
    "[AWS|o] and [Azure|o] each added more AI capacity last quarter than [Google|s] Cloud managed all year, according to a data-center research firm.",
    "[Nvidia|o] remains far ahead of the custom chips from [Amazon|s] and [Microsoft|s], which together handle less than a tenth of the industry's training jobs.",
    "[Mistral|o] beat both [Meta|s] and [xAI|s] to an open-weight reasoning model that fits on a single GPU.",
    "[Apple|s] now trails [Google|o] and [Meta|o] in smart glasses, a category it was once expected to dominate.",
    "[Claude|o] topped the enterprise satisfaction survey, [Gemini|n] was unchanged in second place, and [Copilot|s] fell to fifth after a year of complaints about accuracy.",
    "[Grok|s]'s share of corporate AI budgets is a rounding error next to [ChatGPT|o] and [Claude|o], according to a survey of 800 IT buyers.",
    "[Microsoft|o] and [Google|o] have each put AI in front of hundreds of millions of office workers, while [Apple|s] has yet to ship a single paid AI product.",
    "[Nvidia|o]'s networking division alone now brings in more than the AI chip efforts of [Amazon|s] and [Google|s] combined, by one analyst's estimate.",
    "Unlike [OpenAI|s] and [Google|s], which both raised prices this year, [Mistral|o] cut its rates and picked up thousands of new API customers.",
    "[Llama|s] has slipped to third among open-weight model families by downloads, behind [Mistral|o] and Alibaba's Qwen.",
    "[Alexa|o]+ now handles more daily smart-home requests in the US than [Siri|s] and [Gemini|s] combined, according to a market tracker.",
    "[Bedrock|s] now hosts fewer of the top-ranked models than [Azure|o] or [Google|o]'s Vertex AI, after two model makers signed exclusive deals elsewhere.",
    "In schools, [Copilot|s] has been outsold by both [Gemini|o], which is free for education customers, and [ChatGPT|o] Edu.",
    "[Jensen Huang|o]'s company shipped more accelerators in a single quarter than [Microsoft|s] and [Meta|s] have designed in-house in five years.",
    "[Sam Altman|s]'s company has lost its grip on the developer market, first to [Anthropic|o] and more recently to [Google|o].",
    "[Le Chat|o] grew faster in Europe last quarter than [ChatGPT|s] or [Gemini|s], helped by a bundling deal with a French telecom operator.",
    "[DeepMind|o]'s weather model has beaten systems from [Nvidia|s] and [Microsoft|s] in every monthly verification since March.",
    "[Sundar Pichai|o] could point to faster cloud growth than [Andy Jassy|s] or [Satya Nadella|s] this quarter, and he did so repeatedly on Tuesday's call.",
    "[Grok|o] overtook [Meta AI|s] and [Copilot|s] in US weekly users in October, according to an app-analytics firm, though it still sits well below [ChatGPT|o].",
    "[Gemini|o] 3 and [Claude|o] Opus now trade places at the top of the coding charts, while [Llama|s] no longer appears in the top twenty.",
    "[Amazon Web Services|s], [Azure|s] and [Google|s] Cloud all lost AI training deals this year to specialist GPU clouds, which offered [Nvidia|n] hardware sooner.",
    "[OpenAI|o] and [Anthropic|o] each now make more from AI than [Amazon|s] and [Apple|s] disclose for their entire AI efforts.",
    "[Mistral AI|o] signed more European public-sector deals this year than [Microsoft|s], [Google|s] and [Amazon|s] combined, according to a Brussels procurement database.",
    "[Gemini|o] now ships on more phones than [Apple Intelligence|s], and its lead over [Meta AI|s] on Android is not in question.",
    "Enterprise buyers rank [Claude|o] first for reliability, [ChatGPT|o] first for breadth, and [Grok|s] last on both.",
]

# ---------------------------------------------------------------------------
# Group 2. One company is judged; the others are reference points, rivals named for context, partners,
# investors or suppliers -> neutral.
# ---------------------------------------------------------------------------
REF = [
    "[Mistral|s], which competes with [OpenAI|n] and [Anthropic|n] for European corporate clients, said revenue growth slowed to 40% in the first half from more than 200% a year earlier.",
    "Like [Google|n] before it, [Amazon|o] has put a generative assistant into its core shopping app, and early data show it lifting conversion rates by several points.",
    "Like [OpenAI|n] a year earlier, [xAI|s] released a video generator without the safeguards regulators had asked for, and pulled it within a week.",
    "[Anthropic|o]'s models, which run mostly on [Amazon|n] and [Google|n] hardware, handled three times as many enterprise requests in September as in March.",
    "[Meta|s] reported a 12% drop in ad impressions in Europe, a region where [Google|n] and [Apple|n] operate under the same privacy rules.",
    "[Apple|o]'s live translation feature, which relies partly on a model licensed from [Google|n], drove the strongest accessory pre-orders in the company's history.",
    "[Copilot|s], which now draws on models from [OpenAI|n] and [Anthropic|n], has seen weekly usage flatten since June, according to figures shared with resellers.",
    "[Nvidia|o] said orders from cloud providers such as [Microsoft|n] and [Amazon|n] remained well ahead of supply, and raised its forecast for the fourth time this year.",
    "[Amazon|s] disclosed that its in-house Nova models account for a small share of usage on its own platform, where models from [Anthropic|n], [Meta|n] and [Mistral|n] are also sold.",
    "[Google|o] said its TPU business had signed [Anthropic|n] and [Meta|n] to multiyear capacity deals, its largest outside customers to date.",
    "[OpenAI|s]'s first consumer device, designed with a former [Apple|n] design chief, has slipped to late next year after problems with its voice software.",
    "[Mistral|o] said its data-center partnership with [Nvidia|n] would double its compute by the spring, and that the new capacity was already fully booked.",
    "[Alexa|s]+ still leans heavily on [Anthropic|n]'s models for complex requests, and Amazon has not said when its own will take over.",
    "[Apple|s] has again delayed the personalized version of its assistant, which will depend in part on a model supplied by [Google|n].",
    "[Google DeepMind|o]'s materials model, trained on a mix of in-house chips and [Nvidia|n] GPUs, found two battery electrolytes that outside labs have since confirmed.",
    "Shares of [Nvidia|s] fell 6% after a report that [Meta|n] was in talks to rent accelerators from [Google|n].",
    "[Anthropic|s] has told [Amazon|n] and [Google|n] that it will need far more capacity than either has committed, people familiar with the talks said, raising questions about how it will pay.",
    "[Microsoft|o] said its AI business had passed a $30 billion annual run rate, with [OpenAI|n] models accounting for most of the usage on its cloud.",
    "[Meta|s]'s superintelligence lab, which hired researchers from [OpenAI|n], [Google|n] and [Apple|n] with pay packages worth hundreds of millions, has lost four of them in six months.",
    "[xAI|s] has not disclosed how much of its Memphis cluster's [Nvidia|n] hardware sits idle, and two former employees say utilization has been low.",
    "[Amazon|o]'s Trainium chips, which compete with [Nvidia|n]'s and [Google|n]'s, are sold out for next year after two AI labs placed large orders.",
    "[Gemini|s]'s new shopping feature, which pulls listings from merchants and from [Amazon|n], returned outdated prices in a third of our tests.",
    "[Claude|o] Code, available through [Amazon|n] Bedrock and [Google|n] Cloud as well as directly, passed $2 billion in annualized revenue, ahead of the company's own plan.",
    "[xAI|o]'s latest model, trained on a cluster of [Nvidia|n] chips in Memphis, ranked first on two independent math benchmarks in its first week.",
    "[Microsoft|s]'s quarterly filing showed its share of [OpenAI|n]'s losses had more than doubled, a drag that some shareholders say the company played down.",
    "[Nvidia|n] and [Microsoft|n] invested in the round, which values [Mistral|o] at €14 billion, almost twice the figure of a year ago.",
    "[Siri|s] will hand more questions to outside models from [OpenAI|n] and [Google|n] next year, an admission that Apple's own models are not ready.",
    "[AWS|o] said its AI business, which counts [Anthropic|n] and Perplexity among its largest customers, grew at triple-digit rates for a sixth straight quarter.",
    "[Meta|o]'s AI-generated ad tools, which run on clusters built with [Nvidia|n] and AMD hardware, lifted average returns for advertisers by 14%, the company said.",
    "[Google|s] was fined €2.4 billion by the European Commission over how it ranks its own AI answers, in a case first brought by publishers and backed by [Microsoft|n].",
    "[OpenAI|o] said its enterprise seats had doubled since January, with customers including [Amazon|n]'s retail arm and several banks that also use [Microsoft|n]'s Copilot.",
    "[Anthropic|n], [Google|n] and [OpenAI|n] all submitted models to the new federal test program; only [xAI|s] failed to meet the deadline.",
    "The outage began in [AWS|n]'s Virginia region, but it hit [Claude|s] users hardest, because the company's failover to other regions took nearly four hours.",
    "The new laptop cycle has been good for [Microsoft|o], whose Copilot+ licensing now reaches 40 million devices, including models sold as rivals to [Apple|n]'s MacBook Air.",
    "[Amodei|s] acknowledged that his company's compute costs had outrun revenue this year, even with discounts from [Google|n] and [Amazon|n].",
        "[Elon Musk|s]'s AI company, which competes with [OpenAI|n] and [Google|n] for the same engineers, lost its third co-founder in a year this week.",
    "[Zuckerberg|o] said the assistant built into WhatsApp now has more than a billion monthly users, a figure the company reached without buying traffic from [Google|n] or [Apple|n].",
    "[Jassy|s] declined to give a revenue figure for Alexa+, which runs partly on [Anthropic|n] models, for the third quarter in a row.",
    "[Sundar Pichai|n] and [Satya Nadella|n] sat on the same panel in Davos, where [Dario Amodei|s] was pressed on why his company's safety commitments had softened.",
    "The chip, made by TSMC and designed with help from former [Google|n] TPU engineers, gives [OpenAI|o] its first real alternative to buying GPUs at list price.",
    "[Google|o]'s search ad revenue rose 12%, calming fears that chatbots from [OpenAI|n] and [Anthropic|n] would eat into its core business.",
    "Developers building on [Llama|s] say the company's licence terms have become harder to follow than those of [Mistral|n] or [Google|n]'s open Gemma models.",
    "[Microsoft|n] hosts the models, but it is [OpenAI|s] that faces the lawsuit from news publishers, which seeks damages for years of training on their articles.",
    "[Amazon|s]'s Rufus assistant, pitched as an answer to [ChatGPT|n] shopping, has driven little measurable lift in sales, two third-party sellers said.",
    "[Nvidia|o] will supply the chips for [xAI|n]'s next cluster and [Meta|n]'s Ohio campus, orders that together could exceed $40 billion.",
    "[Apple|o] reported record iPhone sales in China, where its AI features run on models from Alibaba rather than [OpenAI|n] or [Google|n].",
    "The French ministry picked [Mistral|o] for its new document assistant after a trial that also included [Microsoft|n] and [Google|n], citing speed and data residency.",
    "[Gemini|o] is now the default assistant on Samsung's new phones, which previously offered a choice that included [Microsoft|n]'s Copilot and [Meta AI|n].",
    "Cursor, which lets developers pick models from [Anthropic|n], [OpenAI|n] and [Google|n], said its own in-house model now handles most completions, a blow to [xAI|s], whose coding model the company dropped in June.",
    "[Meta|n] and [Microsoft|n] both sent executives to the Paris summit, where [Mistral|o] announced a deal with three European carmakers.",
    "[Grok|s] was removed from the app stores of two countries after regulators found it produced sexualized images of real people; [Apple|n] and [Google|n] said they were following local law.",
    "[Azure|o] has become the preferred home for financial firms running large models, a trend that began when [OpenAI|n] chose it as its first cloud.",
    "The lawsuit, filed in California, names [OpenAI|n] and [Microsoft|n] as defendants alongside [Anthropic|s], whose training practices are at the center of the complaint.",
    "[Nvidia|s] acknowledged that export rules had cost it most of its data-center business in China, a market where Huawei and local rivals are now selling.",
    "[Amazon|o] said the Alexa+ rollout had reached 30 million homes, faster than it had planned, though it still uses models from [Anthropic|n] for harder questions.",
    "Like [Microsoft|n] with its Office bundle, [Google|s] is now folding Gemini into Workspace at a higher price, and several large customers have threatened to leave.",
    "Like [Meta|n] two years ago, [Amazon|o] is betting that giving away an assistant will pay for itself in shopping, and so far the numbers support it.",
    "[OpenAI|n] and [Microsoft|n] were the first to sign the agreement, but it was [Anthropic|o] that regulators singled out for praise over the rigor of its safety testing.",
    "[Meta|o]'s Ray-Ban glasses sold out in Europe within days, even though the AI features there still depend on partners such as [Microsoft|n] for translation.",
    "[xAI|s]'s partnership with [Microsoft|n], which hosts Grok models on its cloud, has produced fewer than 200 paying enterprise customers, according to a person briefed on the figures.",
    "The study compared assistants from [Apple|n], [Amazon|n] and [Google|n], but its most striking finding concerned [Microsoft|s]: Copilot gave wrong answers to a quarter of the medical questions.",
    "Investors in [Anthropic|o]'s latest round, which was led by funds that also hold stakes in [OpenAI|n], valued the company at more than $350 billion.",
    "[Bing|o]'s AI answers have lifted its share of US desktop searches to a record, data from a web-analytics firm show, though [Google|n] still handles most queries.",
    "[Nvidia|n] built the systems, but [Google|o] ran the training itself and says its model cost less than half as much to produce as its predecessor.",
    "[ChatGPT|s]'s new shopping tab, which lists products from [Amazon|n] and Walmart, drew complaints from merchants about hidden fees within a week of launch.",
    "[Mistral|s]'s planned listing has been postponed after [Microsoft|n] and [Nvidia|n], both early investors, declined to add to their stakes, according to two people involved.",
    "[Azure|n] and [Google|n] Cloud both offer the model, but most of [Anthropic|o]'s new enterprise customers are buying it directly, a sign of how much its brand has grown.",
    "[Siri|n] and [Alexa|n] were included for comparison, but the review was mostly about [Gemini|o] Live, which answered follow-up questions more naturally than any assistant we have tested.",
    "[Copilot|o] won the contract at the British health service after a trial that also included [Google|n] and [Amazon|n] tools, officials said.",
    "[OpenAI|n] and [Elon Musk|n] are still fighting in court, but this week it was [Apple|s] that drew criticism, after a court filing showed it had held back the results of an internal assistant review.",
    "[Meta|s]'s plan to charge for its assistant in Europe drew a complaint from consumer groups, which pointed out that [Google|n] and [OpenAI|n] offer comparable free tiers.",
    "[Amazon|n] hosts its models and [Google|n] sells it chips, yet [Anthropic|o] remains the most independent of the big labs, according to several of its corporate customers.",
    "[Alphabet|o] shares rose 7% after the company said [Apple|n] would pay for its model to power Siri's next version.",
    "[Nvidia|s] will have to share the next generation of AI servers with AMD, after [OpenAI|n] and Oracle agreed to split their orders between the two.",
    "The new model from [Mistral|o] was the talk of the conference, but [Meta|s]'s booth drew mostly questions about when Llama 5 would arrive.",
    "[DeepMind|o] has won the contract to build Britain's national weather model, which will run on [Nvidia|n] hardware in a [Microsoft|n] data center.",
    "[OpenAI|s]'s cash burn will reach $17 billion this year, a filing showed, more than it had told investors, including [Microsoft|n] and SoftBank.",
    "Having once relied on [OpenAI|n] for almost all of its AI features, [Microsoft|o] now trains its own models and says they match the ones it used to license.",
    "[Claude|s] users reported long delays on Monday after a capacity shortfall at [Google|n] Cloud, and the company offered no credits.",
    "[Anthropic|n] and [OpenAI|n] both pledged to support the new standard; [Meta|s] declined, saying it would slow down its open releases.",
    "[Pichai|o] said Gemini now has 700 million monthly users, a number that puts it within reach of [ChatGPT|n] for the first time.",
    "[Grok|o] 5 will be available on [Azure|n] and Oracle's cloud from launch, and early testers say it is the strongest model xAI has built.",
    "Speaking after [Nvidia|n]'s results, [Andy Jassy|o] said his company's chip business was on track to become a multibillion-dollar line of its own.",
    "[Meta|n], [Google|n] and [Microsoft|n] all use the benchmark, but its authors say the latest results flatter [OpenAI|s], whose model was tuned on similar questions.",
    "[Tim Cook|o] said Apple Intelligence had driven the strongest upgrade cycle in four years, in a quarter when [Google|n] and Samsung also launched AI phones.",
    "The consortium, which includes [Amazon|n], [Microsoft|n] and [Meta|n], named [Nvidia|o] its preferred supplier for the entire project.",
    "[xAI|n] and [OpenAI|n] have both built their own data centers, but [Anthropic|s] still depends on partners for almost all of its compute, which analysts see as a risk.",
    "[Llama|o] 5 drew praise from researchers at [Google|n] and [Microsoft|n], who called it the most capable open model released so far.",
    "[Microsoft|n] switched the default model in GitHub's coding assistant to [GPT-5|o] after six weeks of internal tests, a clear win for OpenAI.",
    "[Azure|s] customers waited up to six weeks for [Nvidia|n] capacity this summer, according to several start-ups that moved some work to CoreWeave.",
    "[Apple|o]'s on-device models, which answer most requests without sending data to [Google|n] or [OpenAI|n], have become a selling point with corporate buyers, a survey of 400 IT managers found.",
    "[Meta|o]'s advertising revenue, fought over with [Google|n] and [Amazon|n] for the same budgets, grew 26%, its fastest pace since 2021, as AI tools lifted returns for advertisers.",
    "[Grok|o] 5 was the most downloaded app in 30 countries in its launch week, according to an analytics firm that also tracks [ChatGPT|n] and [Gemini|n].",
    "[Mistral|s] missed its own target of €1 billion in annual revenue, its chief executive said at a Paris conference where executives from [Nvidia|n] and [Microsoft|n] also spoke.",
    "[Google|s]'s AI summaries sent 30% fewer visitors to news sites in the quarter, according to a study that also tracked [Bing|n] and [ChatGPT|n].",
    "[Apple|o] sold more Macs in the quarter than in any period since 2021, helped by developers who run models from [Meta|n] and [Mistral|n] locally on its chips.",
    "[xAI|o] closed a $15 billion funding round at twice its previous valuation, with [Nvidia|n] among the investors.",
    "[Siri|o]'s new on-screen awareness, built without help from [Google|n] or [OpenAI|n], won over reviewers who had long written the assistant off.",
    "[Meta|o]'s smart glasses beat sales expectations for a third straight quarter, as [Apple|n] and [Google|n] prepared devices of their own for next year.",
    "[Zuckerberg|o] said the company's newest model, trained on a cluster built with [Nvidia|n] chips, had passed its internal tests ahead of schedule.",
    "[Microsoft|n], [Amazon|n] and [Google|n] all sell [Mistral|n]'s models; [Meta|n] does not run a public cloud of its own.",
    "[Apple|n] will announce its next iPhones on September 9, two weeks after [Google|n] unveils its Pixel line and a month before [Meta|n]'s developer conference.",
    "[Nvidia|n] will report results on Wednesday, a week after [Microsoft|n], [Alphabet|n], [Amazon|n] and [Meta|n] set out their capital spending plans.",
    "[Apple Intelligence|n] is available in English, French, German, Japanese and eight other languages, and can pass some questions to [ChatGPT|n].",
    "The hearing will include testimony from executives at [Meta|n], [Apple|n] and [xAI|n], along with two academic researchers.",
    "[Amazon|n] and [Nvidia|n] both backed the start-up, but it is [Mistral|s] that will lose the most if the robotics lab walks away from its model licence as planned.",
]

# ---------------------------------------------------------------------------
# Group 3. Several companies judged in the same direction (both skeptical or both optimistic),
# sometimes with a neutral reference point.
# ---------------------------------------------------------------------------
SAME = [
    # both / all skeptical
    "Both [Meta|s] and [Microsoft|s] face questions about whether their AI spending will pay off before shareholders lose patience.",
    "Neither [Apple|s] nor [Amazon|s] has yet shown that people will pay extra for an AI assistant they can talk to.",
    "Regulators in Brussels are examining both [xAI|s] and [Meta|s] over chatbots that engaged minors in sexual conversations.",
    "[Google|s] and [Microsoft|s] both reported slower cloud growth than analysts expected, and both blamed shortages of power and chips.",
    "Neither [Grok|s] nor [Meta AI|s] has earned the trust of large enterprises, which still rarely let either near customer data.",
    "Both [OpenAI|s] and [Anthropic|s] are burning cash faster than their revenue is growing, according to financial statements seen by investors.",
    "[Amazon|s] and [Google|s] have each spent years building custom chips, and neither has persuaded a major outside lab to drop [Nvidia|n] entirely.",
    "[Siri|s] and [Alexa|s] share the same problem: a decade of habits built around timers and weather that no new model has managed to break.",
    "Publishers say traffic referred by [Google|s] and [Bing|s] has fallen sharply since both added AI answers, and neither company has offered meaningful compensation.",
    "The rally in [Nvidia|s] and [Microsoft|s] has stalled as investors wonder how long the data-center build-out can last.",
    "[xAI|s] and [Mistral|s] are both trying to build frontier models on a fraction of the budget of the biggest labs, and it shows in their release schedules.",
    "Both [Copilot|s] and [Gemini|s] for Workspace have struggled to move beyond pilots at large companies, according to a survey of 200 IT directors.",
    "Security researchers found that agents from [OpenAI|s] and [Google|s] could both be tricked into leaking a user's emails by a single hidden instruction on a web page.",
    "[Meta|s], [Amazon|s] and [Microsoft|s] have all cut staff in their AI units this year while spending record sums on data centers, a combination employees find hard to square.",
    "[Llama|s] and [Grok|s] both trail the closed frontier models on the safety tests that insurers now demand before covering AI deployments.",
    "Customers of [AWS|s] and [Azure|s] complained of the same thing this quarter: GPU capacity promised for the summer that did not arrive until autumn.",
    "Critics say [Anthropic|s] and [OpenAI|s] have both watered down safety pledges they once presented as non-negotiable.",
    "[Tim Cook|s] and [Andy Jassy|s] have both promised an assistant that can act on a user's behalf, and both have missed their own deadlines.",
    "Both [Apple Intelligence|s] and [Alexa|s]+ have been criticized for summarizing messages inaccurately, with errors ranging from wrong dates to invented names.",
    "The slide in [Alphabet|s] and [Meta|s] shares this week reflected growing doubt that AI answers can carry as many ads as the search results and feeds they replace.",
    "Neither [Mistral|s] nor [xAI|s] has disclosed revenue figures that would let investors judge their valuations.",
    "Neither [Sora|s] nor [Meta|s]'s video app has held on to users after the launch buzz faded, app-analytics data show.",
    "[Azure|s] and [Google|s] Cloud both suffered multi-hour outages in the same week, leaving AI customers with little recourse beyond service credits.",
    "[Nvidia|s] and [Apple|s] both depend on a single manufacturer in Taiwan for their most advanced chips, a risk that analysts say is not priced in.",
    "[Amazon|s] and [Meta|s] have each promised to recoup their AI spending through ads and shopping, but neither has said how much the new tools actually bring in.",
    "Both [Gemini|s] and [ChatGPT|s] were caught giving confident but wrong answers about the election rules in several states, prompting letters from secretaries of state.",
    "[Microsoft|s] and [OpenAI|s] are both worse off for the months they spent renegotiating their partnership, several customers said, because product decisions stalled in the meantime.",
    "[Meta|s] and [Google|s] have both been accused of training on user content without clear consent, and both face class actions in California.",
    # both / all optimistic
    "Competitors like [Google|o] and [Anthropic|o] keep strong leads in the enterprise deals that matter most, and the gap is not closing.",
    "Proprietary models from [OpenAI|o] or [Google|o] benefit from years of user feedback that open-weight challengers simply cannot replicate.",
    "[Nvidia|o] and [Microsoft|o] both beat expectations this quarter, and both raised their outlook on the strength of AI demand.",
    "[Claude|o] and [Gemini|o] have become the two models that large enterprises trust with customer data, a consultancy's survey of 300 companies found.",
    "[Amazon|o] and [Google|o] are both reaping the rewards of a decade spent designing their own chips, with AI margins that rivals renting GPUs cannot match.",
    "Both [Mistral|o] and [Anthropic|o] have turned a reputation for caution into a selling point with banks, insurers and governments.",
    "[Meta|o] and [Alphabet|o] remain the two best-placed companies to turn AI into advertising revenue, a fund manager wrote, because they already own the audience.",
    "Developers continue to flock to [Claude|o] and [GPT-5|o] for complex coding work, and both companies say usage doubled in six months.",
    "[Azure|o] and [AWS|o] each signed more than $20 billion in new AI commitments last quarter, a sign that big customers are still scaling up.",
    "[Jensen Huang|o] and [Satya Nadella|o] have been the clearest winners of the AI cycle so far, a position neither looks likely to lose soon.",
    "[xAI|o] and [Mistral|o] both outgrew their larger rivals in percentage terms this year, starting from much smaller bases.",
    "Engineers who tested them say [Gemini|o] and [ChatGPT|o] are now good enough at spreadsheets that many analysts have stopped checking their formulas by hand.",
    "[Apple|o] and [Google|o] both benefit from owning the phone, which lets them put an assistant in front of billions of people without buying a single ad.",
    "[Anthropic|o] and [OpenAI|o] have each more than doubled their enterprise revenue since January, and neither shows signs of slowing.",
    "Both [DeepMind|o] and [Meta|o]'s research lab have produced protein and materials models that academic scientists now use every day.",
    "[Amazon|o] and [Microsoft|o] still control most of the world's rentable AI capacity, which gives them pricing power that smaller clouds can only envy.",
    "[Grok|o] and [Claude|o] posted the biggest gains in this month's user-satisfaction rankings, helped by faster responses and fewer refusals.",
    "Copilots from [Microsoft|o] and [Google|o] are finally saving measurable time in large offices, according to a study of 6,000 workers at three banks.",
    "Of all the AI stocks, [Nvidia|o] and [Alphabet|o] remain the ones most fund managers say they would hold for the next five years.",
    "[Mistral|o] and [Meta|o] have done more than anyone to keep capable open-weight models available to researchers, academics say.",
    "[Alexa|o]+ and [Gemini|o] Live are the first voice assistants that reviewers say feel genuinely conversational.",
    "[Google|o], [Microsoft|o] and [Amazon|o] each lifted next year's data-center budget, and each said it still could not build fast enough to fill orders.",
    "Both [OpenAI|o] and [Google|o] now have models that can plan a week-long trip and book most of it without help, a test by travel agents found.",
    "[Anthropic|o] and [Google|o] are the labs most often cited by regulators as examples of responsible disclosure, according to a review of public consultations.",
    # same direction plus a neutral reference point
    "[Meta|s] and [Amazon|s] both slipped in this year's ranking of AI assistants, compiled by a research group funded in part by [Microsoft|n].",
    "[Gemini|o] and [Claude|o] both rank among the five best-selling models on [Azure|n]'s marketplace, which also lists models from [OpenAI|n] and [Meta|n].",
    "Both [Microsoft|s] and [Google|s] were slower than [Nvidia|n] had expected to take delivery of new racks, because their data centers were not ready.",
    "[xAI|o] and [Meta|o] have both signed enormous power deals for new data centers, in regions where [Microsoft|n] and [Amazon|n] already operate.",
    "[Apple|s] and [Amazon|s] both sat out the summit, a choice safety researchers criticized, while [Anthropic|n], [OpenAI|n] and [Google|n] presented their safety frameworks.",
    "[Claude|s] and [Gemini|s] both stumbled on the new financial-analysis benchmark, which [OpenAI|n] helped design.",
]

# ---------------------------------------------------------------------------
# Group 4. Editor's-take and list formats: list items, section labels with and without an emoji,
# analyst and executive quotes with attribution, ALL-CAPS and Title Case headlines, questions.
# "Can X close the gap with Y?" -> X skeptical, Y optimistic when the gap is the premise.
# ---------------------------------------------------------------------------
FORMAT = [
    # section labels
    "🔥 Why This Matters: [Anthropic|o] now sells more to banks than [OpenAI|s] does, and banks rarely switch vendors twice.",
    "🔥 Why This Matters: if [Gemini|o] keeps taking share in the office, [Microsoft|s] loses the one AI business it was sure of.",
    "Why This Matters: [Nvidia|o] is still the only supplier that [Meta|n], [Microsoft|n] and [xAI|n] all buy from in volume.",
    "Why this matters: [Apple|s] is about to depend on [Google|n] for the most visible AI feature on the iPhone.",
    "⚠️ Limitations & Risks: both [Google|s] and [Microsoft|s] have yet to show that AI answers earn as much as the links and ads they replace.",
    "⚠️ Limitations & Risks: [Mistral|s] is still small next to [OpenAI|n] and [Anthropic|n], and its growth depends on a handful of government deals.",
    "Limitations & Risks: [xAI|s]'s models trail [Claude|o] and [GPT-5|o] on the audits that banks now require.",
    "Limitations & Risks: The benchmark was run by [Meta|n], and independent tests have so far favored [Gemini|o] over [Grok|s].",
    "✅ Actionable Advice: If you are picking a coding agent this quarter, start with [Claude|o] or [GPT-5|o]; tools built on [Llama|s] still need too much hand-holding.",
    "✅ Actionable Advice: Before renewing [Copilot|s] at the new price, run [Gemini|o] on the same documents for a month; many teams have found it does the job for less.",
    "Actionable Advice: Keep a fallback to [Bedrock|n] or Vertex AI in your contracts; [OpenAI|s]'s capacity crunch is not over.",
    "✅ Actionable Advice: European buyers with strict data rules should put [Mistral|o] on the shortlist alongside [Microsoft|n] and [Google|n].",
    "Key Facts: [Anthropic|n] raised $13 billion; [OpenAI|n] is reportedly seeking several times that; [xAI|n] closed $10 billion in debt and equity.",
    "📊 Key Facts: [Nvidia|n] supplies roughly 80% of the accelerators in data centers run by [Microsoft|n], [Amazon|n] and [Google|n].",
    "Key Facts: [Meta|n] spends more on AI infrastructure than [Apple|n], but less than [Microsoft|n] or [Amazon|n].",
    "Key Facts: [Claude|o] holds the top two spots on the coding leaderboard; [Gemini|n] is third; [Grok|n] fourth.",
    "Bottom line: [Amazon|o] has the plumbing, [Google|o] has the models, and [Apple|s] has neither.",
    "Bottom line: [Meta|s] is spending like a frontier lab without a frontier model, while [Google|o] is getting both for less.",
    "The Bottom Line: [OpenAI|o] still sets the agenda; [Microsoft|n], [Google|n] and [Anthropic|n] are all responding to its moves.",
    "Bottom line: for all the noise, [Nvidia|o]'s position looks stronger after this quarter, and [Amazon|s]'s chip challenge looks weaker.",
    "🧭 Editor's Take: [Siri|s] is a generation behind [Gemini|o] and [ChatGPT|o], and licensing a rival's model will not fix the product overnight.",
    "Editor's Take: [Mistral|o] has earned its place as Europe's answer to [OpenAI|n], but it cannot afford another year of slow releases.",
    "🧭 Editor's Take: [Microsoft|o] and [Amazon|o] are the quiet winners here; [OpenAI|n] and [Anthropic|n] need their capacity more than ever.",
    "TL;DR: [Claude|o] keeps winning coders, [Gemini|o] keeps winning the office, and [Copilot|s] is stuck in between.",
    "TL;DR: [AWS|s] still leads in cloud revenue but is losing the AI race to [Azure|o].",
    "My take: [xAI|s] has built the cluster before building the business, and Oracle's customers should not expect Grok to be a priority.",
    "The bear case: [Nvidia|s] depends on four customers, led by [Microsoft|n] and [Meta|n], that are all trying to need it less.",
    "The bull case: [Alphabet|o] owns the chips, the models and the distribution, and it is buying none of them from [Nvidia|n] or [OpenAI|n].",
    "What's Next: [Apple|n] will show its rebuilt assistant in June, running on a model supplied by [Google|n].",
    "THE SCOREBOARD: [Gemini|o] up, [Llama|s] down, [Claude|n] unchanged.",
    "HOT TAKE: [Copilot|s] is the most expensive habit nobody at work asked for, and [ChatGPT|o] is the one they chose.",
    "BOTTOM LINE: [Amazon|o] was late, but it is now the landlord for half the industry, including [Anthropic|n].",
    # list items
    "- [Claude|o]: ahead on coding again, with [Gemini|s] and [GPT-5|s] both a few points back.",
    "- [Grok|s]: no new enterprise wins this quarter, while [Gemini|o] signed three of the four largest US banks.",
    "- [Azure|o] grew 39%, outpacing [AWS|s] for the eighth quarter in a row.",
    "- [Apple|s] shipped translation in AirPods, but the assistant overhaul is still waiting on [Google|n].",
    "- [Mistral|o] closed a defense deal in France that [Microsoft|s] had bid for.",
    "- [xAI|n] and [Nvidia|n] announced a second Memphis cluster; no price was disclosed.",
    "• [Gemini|o] passed [ChatGPT|s] in monthly downloads for the first time.",
    "• [Anthropic|o] raised its revenue forecast; [OpenAI|s] cut its own for consumer subscriptions.",
    "• [Copilot|n] and [Gemini|n] both get price increases in January for business customers.",
    "• [Alexa|o]+ now works with more devices than [Siri|s] and [Gemini|s] combined.",
    "• [Llama|s] lost its spot as the most fine-tuned open model to [Mistral|o] on the largest model-sharing site.",
    "* [Nvidia|o] beat on revenue and margin; custom chips from [Google|n] and [Amazon|n] did not come up on the call.",
    "* [OpenAI|s] delayed its open-weight release again, citing safety tests, as [Meta|o] shipped two.",
    "* [Microsoft|s] said Copilot seats grew, but still gave no figure, unlike [Google|o], which said Workspace AI users doubled.",
    "1. [Google|o]: best model, best chips, best distribution.",
    "2. [Anthropic|o]: the enterprise favourite, though [Amazon|n] and [Google|n] own much of its compute.",
    "3. [OpenAI|n]: still the biggest consumer brand, with the most to prove on profit.",
    "4. [Meta|s]: huge audience, no clear lead in models after [xAI|o] and [Google|o] overtook it.",
    "5. [Apple|s]: last among the giants, and now a customer of [Google|n].",
    "1. [Nvidia|o]'s sales to [Microsoft|n] alone rose by more than half.",
    "2. [Amazon|s]'s Trainium still runs mostly internal jobs and [Anthropic|n] training.",
    "3. [Mistral|o] shipped a model that beats [Llama|s] at half the size.",
    "- Winner: [Google|o]. Loser: [Meta|s]. Unchanged: [Microsoft|n].",
    "- Risk to watch: [Anthropic|s] rents nearly every chip it trains on, mostly from [Amazon|n] and [Google|n].",
    "- Who gains: [Nvidia|o], whose chips fill every one of the new sites announced by [Meta|n] and [xAI|n].",
    # quotes
    "“[Claude|o] is what our engineers ask for by name; nobody asks for [Copilot|s],” the chief technology officer of a payments company said.",
    "“[Google|o] has caught up, and in some areas passed [OpenAI|s],” said an analyst at a large brokerage, who raised her price target on Alphabet.",
    "“We looked hard at [Grok|s], but [Gemini|o] was cheaper and better behaved,” said the head of AI at a US insurer.",
    "“[Nvidia|o] is years ahead of [Amazon|s] and [Microsoft|s] in chips, and I don't see that changing this decade,” one portfolio manager said.",
    "“[Meta|s] is spending more than anyone and showing less for it,” said a hedge fund manager who sold the stock in the spring.",
    "“If I had to bet on one lab, it would be [Anthropic|o], not [xAI|s],” said a venture investor who has backed neither.",
    "“[Mistral|o] gave us what [OpenAI|s] would not: the weights, on our own servers,” the CIO of a French bank said.",
    "“[Azure|o] is winning because customers already live in Office,” said a former [Amazon|s] cloud executive, who added that his old employer had underestimated the threat.",
    "“[Apple|s] has the devices, but [Google|o] has the brains now,” said a supplier who works with both.",
    "[Satya Nadella|o] said on the call that his company was “ahead of where we thought we'd be,” a remark analysts compared with [Amazon|n]'s update a week earlier.",
    "“[OpenAI|o] and [Anthropic|o] are both real businesses now; the question is how big,” said a partner at a growth-equity firm.",
    "“[Siri|s] and [Alexa|s] taught a generation to expect very little from voice assistants,” said a product designer who has worked on both.",
    "“We moved to [AWS|o] because [Google|s] Cloud couldn't give us the GPUs when we needed them,” the founder of a video start-up said.",
    "[Jensen Huang|o] said demand was “off the charts,” and customers including [Meta|n] and [Microsoft|n] confirmed they were still buying.",
    "“[Llama|s] was our default a year ago; today it's [Mistral|o] and Qwen,” an engineer at a Berlin start-up said.",
    "“[Amazon|o] has outsold us on price every time,” a [Microsoft|s] sales manager wrote in an internal email, describing a run of lost cloud deals.",
    "“Frankly, [xAI|o] ships faster than anyone, including [OpenAI|s],” a former employee of both said.",
    "“[Gemini|s] still hallucinates citations, and [Claude|o] does not,” said a law-firm partner who tested both for a year.",
    "Key Facts: [Grok|n] is sold to businesses through [Azure|n] and Oracle's cloud, and to consumers through X.",
    "By the numbers: [xAI|n] has about 1,200 staff, [Mistral|n] about 700 and [Anthropic|n] about 2,500.",
    "Context: [OpenAI|n]'s models are sold mainly through [Microsoft|n]'s cloud; [Anthropic|n]'s through [Amazon|n] and [Google|n].",
    "- [Apple|n], [Amazon|n] and [Google|n] each sell a smart speaker with a built-in assistant; [Meta|n] sells glasses instead.",
    "- [Apple|o]: the strongest iPhone quarter in four years, with no help yet from [Google|n]'s model.",
    "- [Meta|o]: ad prices up 11% as AI targeting improved; [Alphabet|n] reports next week.",
    "“[Anthropic|s] keeps changing the limits on what we pay for,” said the founder of a start-up that reaches its models through [Amazon|n] Bedrock.",
    # headlines and questions
    "[NVIDIA|o] EXTENDS ITS LEAD AS CUSTOM CHIP PROJECTS STALL",
    "CUSTOMERS SHOP AROUND AS [NVIDIA|s] LOSES ITS FIRST BIG TRAINING ORDER",
    "[Google|o] Pulls Ahead of [Microsoft|s] in the Battle for the Office",
    "How [Anthropic|o] Beat [OpenAI|s] to the Banks",
    "Why [Amazon|o] Is Winning the Cloud Deals [Google|s] Used to Get",
    "[Mistral|o] Is Eating [Llama|s]'s Lunch in Europe",
    "[Apple|s] vs. [Google|o]: The Assistant Race Is Over, and Cupertino Lost",
    "The Winners and Losers of AI Earnings Week: [Nvidia|o] and [Alphabet|o] Up, [Microsoft|s] Down",
    "Can [Amazon|s] Catch [Microsoft|o] in Enterprise AI Before Its Lead Hardens?",
    "Can [Grok|s] Ever Win Over the Companies That Already Run [Claude|o]?",
    "Is [OpenAI|s] Losing the Developer War to [Anthropic|o] and [Google|o]?",
    "Can [Apple|s] Close the Gap With [Google|o] Without Leaning on Gemini?",
    "How Far Behind [Nvidia|o] Are [Google|s] and [Amazon|s], Really?",
    "Can [Llama|s] Win Back the Developers It Lost to [Mistral|o]?",
    "Can [Azure|s] Keep Growing Once [OpenAI|n] Spreads Its Work Across Other Clouds?",
    "Why Is Everyone Betting on [Anthropic|o] and Not [xAI|s]?",
    "Can [Mistral|s] Really Stay Independent as [Microsoft|n] and [Nvidia|n] Raise Their Stakes?",
    "Who Can Stop [Gemini|o] Now That [ChatGPT|s] Has Stalled?",
    "Can [Siri|s] Catch [Alexa|o]+ Before the Holidays?",
    "Has [Google|o] Finally Overtaken [OpenAI|s]? The Numbers Say Yes.",
]

SECTION = re.compile(r"^(?:\W+\s)?(Why This Matters|Why this matters|Limitations & Risks|Limitations & risks|"
                     r"Key Facts|Key facts|Editor's Take|The Bottom Line|Bottom line|Key Takeaways|"
                     r"What's Next|The Big Picture|Risks|Context|By the numbers|Our View|Verdict|"
                     r"Actionable Advice|TL;DR|My take|The bear case|The bull case|THE SCOREBOARD|"
                     r"HOT TAKE|BOTTOM LINE):")
LIST_ITEM = re.compile(r"^(?:- |• |\* |\d+\. )")










def main():
    here = os.path.dirname(os.path.abspath(__file__))
    items = []  # (marked text, set of categories)
    for tpl, x, y in COMP_PAIRS:
        if x == y or ALIAS2ENT[x] == ALIAS2ENT[y]:
            raise ValueError(f"pair of one company: {tpl!r}")
        a, b = render_pair(tpl, x, y)
        items.append((a, {"comparison", "pair"}))
        items.append((b, {"comparison", "pair"}))
    for group, cat in ((COMP, "comparison"), (REF, "reference_point"), (SAME, "same_direction"),
                       (FORMAT, "format")):
        for s in group:
            extra = set()
            if isinstance(s, tuple):
                s, *more = s
                extra = set(more)
            items.append((s, {cat} | extra))

    existing = existing_texts(here, "extra_o.jsonl")

    recs, bad, seen = [], 0, set()
    cats = collections.Counter()
    group_lab = collections.defaultdict(collections.Counter)
    for i, (marked, cs) in enumerate(items, 1):
        rec, wrong = checked(f"o{i:04d}", marked, seen, existing, "extra_o")
        text, targets = rec["text"], rec["targets"]
        bad += wrong
        if LIST_ITEM.match(text):
            cs = cs | {"list_item"}
        if SECTION.match(text):
            cs = cs | {"section_label"}
        if text.startswith("“") or "“" in text:
            cs = cs | {"quote"}
        if text.rstrip().endswith("?"):
            cs = cs | {"question"}
        if len(targets) > 1:
            cs = cs | {"multi_company"}
        if len(targets) > 2:
            cs = cs | {"three_plus_companies"}
        if len({t["label"] for t in targets}) > 1:
            cs = cs | {"multi_company_mixed"}
        cats.update(cs)
        main_group = next(c for c in ("comparison", "reference_point", "same_direction", "format") if c in cs)
        for t in targets:
            group_lab[main_group][t["label"]] += 1
        recs.append(rec)
    if bad:
        print(f"{bad} invalid sentences", file=sys.stderr)
        sys.exit(1)

    write_jsonl(os.path.join(here, "extra_o.jsonl"), recs)

    labels = collections.Counter(t["label"] for r in recs for t in r["targets"])
    ents = collections.Counter(t["entity"] for r in recs for t in r["targets"])
    ent_lab = collections.defaultdict(collections.Counter)
    for r in recs:
        for t in r["targets"]:
            ent_lab[t["entity"]][t["label"]] += 1
    n_t = sum(labels.values())
    print(f"extra_o.jsonl: {len(recs)} sentences, {n_t} targets")
    print("labels:", ", ".join(f"{k} {v} ({v / n_t:.1%})" for k, v in labels.most_common()))
    print("per company (skeptical/neutral/optimistic):")
    for e in ALIASES:
        c = ent_lab[e]
        print(f"  {e:10s} {ents[e]:4d}  {c['skeptical']:3d}/{c['neutral']:3d}/{c['optimistic']:3d}")
    print("per group: sentences, targets (skeptical/neutral/optimistic)")
    for g in ("comparison", "reference_point", "same_direction", "format"):
        c = group_lab[g]
        print(f"  {g:16s} {cats[g]:4d} {sum(c.values()):4d}  {c['skeptical']:3d}/{c['neutral']:3d}/{c['optimistic']:3d}")
    print("categories (a sentence can be in several):")
    for k, v in sorted(cats.items()):
        print(f"  {k:20s} {v}")
    print("targets per sentence:", collections.Counter(len(r["targets"]) for r in recs))


if __name__ == "__main__":
    main()
