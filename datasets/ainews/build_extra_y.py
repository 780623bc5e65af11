"""Build unused/extra_y.jsonl: original sentences shaped after the structure of published AI-industry coverage of money,
infrastructure and law: earnings and guidance, analyst notes (upgrades, downgrades, price targets), AI spending
and capex, data centres, chips and compute (Nvidia, TPUs, Trainium), cloud (Azure, AWS, Google Cloud), pricing and
monetisation, enterprise adoption and partnerships, funding and valuations, regulation, lawsuits, copyright,
antitrust and privacy.

Method ("same shape, new content"): published pages on these topics (earnings previews and recaps, broker notes,
capex round-ups, chip and cloud analysis, funding reports, court and regulator coverage) were read for the SHAPE of
their sentences: clause order, hedges ("analysts say", "could", "according to people familiar"), reported speech and
quote framing, concessives ("While X…, Y…", "Despite…"), the role each company plays in a comparison, list markers
and section labels in front ("- ", "• ", "Key Takeaways:", "Why This Matters:", "Bottom Line:"), broker-note bullet
formats, number style and length. For each shape a NEW sentence was written: different facts, figures, products,
invented people and firms, and different wording of every content phrase; no run of five or more words of a source
sentence is reused (names and function words aside), and no source sentence is stored here. Many sentences name one
company and carry their judgement through tone, hedges and implication rather than an opinion word; others name
several companies in mixed roles.

Sentences are written with inline markup: [mention|o] optimistic, [mention|s] skeptical, [mention|n] neutral. The
entity is looked up from the mention (markup.py). No given-name sentences are written, so the plain
markup.validate() checks apply to every sentence; afterwards every sentence is checked against the project's
MentionFinder and sentence splitter (markup.finder_disagreements). Any problem exits non-zero.

Labels follow the house rules (markup.py).

All people, firms, events and figures are invented (real company and product names only).

Run:  cd datasets/ainews && ../../.venv/bin/python build_extra_y.py   (writes unused/extra_y.jsonl, validates, prints a
summary)
"""
import os

from markup import build

OUT = os.path.join("unused", "extra_y.jsonl")  # tried and left out (datasets/ainews/README.md)

# Written, then taken out by the project: each came close (pipeline.stance_sets.near_any) to a sentence of an
# evaluation or development set or of a behavioural case, so training on it would flatter the model there.
TAKEN_OUT = [
    '- Nvidia (Buy, PT $240): Rubin ramp ahead of schedule',
    '1. Microsoft plans to spend about $94bn on capital projects in its current fiscal year, most of it on data centres and the chips that fill them.',
    "Anthropic has overtaken OpenAI in enterprise API spending, while Google has moved into a clear second place, according to Menlo's survey.",
    'Dalgety Moss initiated Alphabet at overweight, calling it “the cheapest way to own the AI build-out” among the megacaps.',
    'Microsoft will report fiscal third-quarter results after the bell on Tuesday, with analysts polled by FactSet expecting revenue of roughly $79.4bn.',
    'The Anthropic campus in Texas, built and run by the Nordic operator Kveldrun, is due to deliver its first 300 megawatts in the second half of next year.',
    "The firm's analysts now see Google as the best-placed hyperscaler for AI inference, ahead of Microsoft and well ahead of Amazon.",
    'xAI is in talks to rent TPU capacity from Google from next year and could buy the chips outright by 2028, people familiar with the talks said.',
    "“Apple doesn't need to win the model race; it needs to own the customer, and it still does,” wrote Helena Marchetti of Dunstan Vale, who reiterated her buy rating.",
    '💰 OpenAI is in early talks to raise as much as $60bn at a valuation of about $900bn, according to people familiar with the discussions.',
]

# ---------------------------------------------------------------------------
# Earnings and guidance: beats and misses, flat figures, stock moves, guidance, call commentary.
# ---------------------------------------------------------------------------
EARNINGS = [
    "[Nvidia|o] topped Wall Street forecasts for a ninth straight quarter, with data-centre sales climbing to $61.3bn as cloud providers kept buying its Blackwell Ultra systems.",
    "[Microsoft|n] will report fiscal third-quarter results after the bell on Tuesday, with analysts polled by FactSet expecting revenue of roughly $79.4bn.",
    "Shares of [Meta|s] slid 9% in late trading after the company lifted its expense forecast for next year and gave little detail on when its AI spending would pay off.",
    "[Alphabet|o] sailed past estimates on both lines, and Google Cloud's operating margin widened to 27.8% from 19% a year earlier.",
    "• [Amazon|n] guided second-quarter revenue to between $171bn and $177bn, against a consensus of $174.2bn.",
    "- [AWS|s] revenue growth: 16.4%, a touch below the 17% Wall Street had pencilled in",
    "While [Apple|s] sold more iPhones than expected, services revenue came in light and the shares fell 3% after hours.",
    "Key Takeaways: [Nvidia|n] guided gross margin to 74.2%, plus or minus 50 basis points, for the July quarter.",
    "[Microsoft|o] said Azure grew 37% in constant currency, ahead of the 34% to 35% range it had guided to, sending the stock up 6% in extended trading.",
    "Despite a record quarter for [Google|s] Cloud, investors fixated on a $12bn jump in quarterly capital spending, and the stock ended the session 2% lower.",
    "Recap: [Meta|n] reported revenue of $48.9bn for the quarter, up 19% from a year earlier, while headcount rose to 76,800.",
    "Analysts at Halvorsen Ridge said the [Nvidia|o] print was “about as clean as it gets,” pointing to inventory that fell even as revenue rose 58%.",
    "[Apple|n] does not break out sales tied to Apple Intelligence, and Tim Cook declined to give a figure on Thursday's call.",
    "• [Microsoft|s]: Copilot seat additions slowed for a second straight quarter, the company's filing showed",
    "[OpenAI|n] told investors it expects revenue of about $29bn this year, according to a person who has seen the figures.",
    "[Anthropic|o] is on track to beat the revenue plan it showed investors in January by a wide margin, two people familiar with its finances said.",
    "By the Numbers: [Amazon|n] spent $31.6bn on property and equipment in the quarter, up from $17.4bn a year earlier.",
    "[Nvidia|s] shares dropped 4% on Thursday even though results beat forecasts, as some investors worried that guidance now assumes no China revenue at all.",
    "The upside surprise at [Alphabet|o] came almost entirely from cloud, where revenue jumped 41% and the backlog swelled to $198bn.",
    "[Meta|o] beat on revenue and earnings, and its outlook for the current quarter cleared even the most bullish estimates on the Street.",
    "What to Watch: whether [Microsoft|n] repeats its forecast of Azure growth in the low-to-mid 30s when it reports next week.",
    "For [AWS|o], the 21% growth rate marked its fastest expansion in nearly four years and came in well above what even the most hopeful analysts had modelled.",
    "[Nvidia|n] and [Microsoft|n] both report in the final week of the month, after [Alphabet|n] and [Meta|n] have set the tone for big tech.",
    "[Alphabet|o] delivered what one fund manager called a “blowout” quarter, while [Meta|s] disappointed with softer guidance and a bigger capital bill.",
    "📉 [Microsoft|s] missed on its More Personal Computing segment and guided below consensus for gaming, overshadowing a solid cloud number.",
    "A footnote in [Microsoft|n]'s quarterly filing put its share of [OpenAI|s]'s losses at $4.1bn for the period, a figure that caught several analysts off guard.",
    "[Amazon|o] shares jumped 11% in after-hours trading after AWS growth accelerated for a third quarter in a row.",
    "Operating income at [Google|n] Cloud rose to $4.2bn, and the unit now accounts for about 14% of group revenue.",
    "[Nvidia|o]'s forecast for the current quarter, at $71bn give or take 2%, landed comfortably above the $67.8bn consensus.",
    "“We are short of supply, not short of demand,” [Satya Nadella|o] told analysts, adding that Azure could have grown faster had more capacity been ready.",
    "[Meta|n] said it expects full-year total expenses of $121bn to $126bn, unchanged from its prior outlook.",
    "[Apple|o] shares closed at a record after iPhone revenue topped $71bn, easing some worries about its slow start in generative AI.",
    "Highlights: [Alphabet|o] raised its dividend by 6% and approved another $70bn buyback on the back of stronger-than-expected search and cloud results",
    "Note: [Nvidia|n] will hold its annual shareholder meeting online on 24 June, according to a proxy statement filed on Friday.",
    "Risks: margins at [Microsoft|s]'s cloud unit shrank for a fourth straight quarter as the cost of running AI workloads climbed faster than the revenue they bring in.",
    "While [Meta|o]'s capital spending will rise again next year, the ad business is growing quickly enough to carry it, Sørlie Capital analysts wrote after the call.",
    "[AWS|n] operating income was $11.9bn in the quarter, roughly 58% of the Amazon total.",
    "- [Nvidia|o]: revenue up 62% year on year, data-centre sales up 66%, both ahead of consensus",
    "- [Apple|n]: services revenue of $28.7bn, up 14%, with gross margin at 46.6%",
    "- [Meta|s]: expense guidance raised again, shares down 7% after hours",
    "- [Alphabet|o]: cloud backlog nearly doubled, search revenue ahead of estimates",
    "The results suggest [Amazon|o]'s heavy bet on its own Trainium chips is starting to pay off, said Ines Caldwell, a portfolio manager at Tamsin Row Partners.",
    "Why It Matters: [Microsoft|n] is the first of the cloud giants to report, so its Azure figure tends to frame expectations for [Amazon|n] and [Google|n] the following week.",
    "On the call, [Jassy|o] said demand for Trainium capacity was running “well ahead” of what AWS could bring online this year.",
    "[Alphabet|n] reported capital expenditures of $23.9bn for the quarter and reiterated full-year guidance of $97bn.",
    "[Apple|s] managed a narrow beat, but executives again declined to say when the revamped Siri would ship, a silence some analysts read as a further delay.",
    "[Meta|n] will begin breaking out revenue from its AI assistant next year, chief financial officer Priya Danvers said.",
    "Revenue at [Mistral|n] reached an annualised €410m at the end of March, according to figures the company shared with its board.",
    "[xAI|s] burned through about $1.4bn a month in the first quarter, far more than it brought in from Grok subscriptions and API sales, according to investor documents.",
    "- Gross margin at [Nvidia|s] slipped to 71.2%, the lowest in two years, as the cost of ramping Blackwell systems weighed on profitability.",
    "[Microsoft|o] shares hit an all-time high on Wednesday, a day after commercial bookings more than doubled on the back of large Azure contracts.",
    "Bottom Line: [Amazon|o] needed a clean AWS quarter to quiet the doubters, and it got one",
    "[Google|n] Cloud will present its first standalone investor briefing in New York on 11 September, the company said in a statement.",
    "1. Revenue at [Anthropic|n] is now running at about $27bn a year, up from $11bn at the end of last year, according to two people briefed on the numbers.",
    "[OpenAI|s] fell short of the user target it set for the first half, according to an internal memo, as growth in weekly ChatGPT users flattened in Europe.",
    "📈 [Nvidia|o] stock rose 5% in premarket trading after the company raised its full-year outlook",
    "📉 [Apple|s] shares fell 4% after the company warned that memory costs would squeeze margins in the holiday quarter",
    "Though sales of its Echo devices fell again, [Amazon|o] delivered operating income well above estimates, lifted by AWS and advertising.",
    "[Microsoft|n] reports on 29 April, a day before [Meta|n] and [Amazon|n], according to the companies' investor relations calendars.",
    "Quarterly revenue at [Mistral|s] grew more slowly than its investors had been told to expect, two people with knowledge of the figures said.",
]

# ---------------------------------------------------------------------------
# Analyst notes: upgrades, downgrades, price targets, initiations, broker bullets, quoted calls.
# ---------------------------------------------------------------------------
ANALYSTS = [
    "Kestrel Bay Securities upgraded [Microsoft|o] to outperform from market perform and lifted its price target to $610, citing faster growth in Azure AI services.",
    "Analysts at Lindqvist & Rowe cut their target on [Meta|s] to $640 from $720, warning that the payback on its data-centre build-out may take longer than management suggests.",
    "Wall Street remains overwhelmingly bullish on [Nvidia|o], with 61 of the 66 analysts tracked by LSEG rating the stock a buy.",
    "Marlowe Grant initiated coverage of [Amazon|n] with a hold rating and a $235 target, saying the shares fairly reflect both the AWS recovery and the spending risk.",
    "“The market is still underestimating how much of the search franchise survives the chatbot era,” wrote Teodor Vance of Ashbury Lane, who raised his target on [Alphabet|o] to $260.",
    "🔻 Pellworth Research downgraded [Apple|s] to underweight, arguing that a thin AI feature set could stretch out the iPhone replacement cycle, and named [Alphabet|o] its top pick instead.",
    "- Brennock Hale: reiterates buy on [Nvidia|o], target raised to $235 from $210",
    "- Osterley Capital: cuts [Microsoft|s] to neutral, sees limited upside after the stock's 30% run",
    "- Fairholm & Co: starts [Meta|n] at equal weight with a $700 target",
    "Tavistock Partners said in a note that [AWS|o] is “quietly winning back” large training contracts, a shift the firm expects to show up in next quarter's numbers.",
    "While most analysts stayed bullish after the report, Corran Street moved [Alphabet|s] to hold, arguing the shift to AI answers could squeeze ad pricing next year.",
    "Although it trimmed its estimates, Wexley Hart kept its buy rating on [Amazon|o], calling any weakness in the shares a chance to add.",
    "Analysts were split after the [Meta|n] call, with some praising its ad growth and others questioning the pace of spending.",
    "📈 Several brokers raised their targets on [Nvidia|o] after the company said Rubin systems would begin shipping a quarter early.",
    "- Oberlin Quay lowered its price target on [Apple|s] to $198, citing weaker upgrade demand in China and Europe.",
    "Redhill Analytics named [Microsoft|o] and [Alphabet|o] its top picks for the year and moved [Apple|s] onto its list of stocks to avoid.",
    "The firm's analysts now see [Google|o] as the best-placed hyperscaler for AI inference, ahead of [Microsoft|s] and well ahead of [Amazon|s].",
    "Bond analysts at Carrow Fields warned that [xAI|s]'s latest debt raise leaves it with interest costs that could exceed its revenue for at least two years.",
    "Key Takeaways: Halden Price sees 18% upside in [Amazon|o] shares, driven mainly by AWS margins and advertising",
    "Not every analyst is convinced: Sable Point's Mara Ekwueme argues that [OpenAI|s]'s compute commitments far outstrip any plausible revenue path before 2030.",
    "Analysts at Graystone Marsh estimate that [Anthropic|o] could reach profitability a full year before [OpenAI|s], thanks to its tilt towards enterprise API revenue.",
    "One of the few bears on [Nvidia|s], Harlan Voss of Ridgeway Mercer, cut his target again and said customer concentration had become “impossible to ignore.”",
    "Analysts at Kilbride Row expect [Gemini|o] subscriptions to add about $9bn to Google's revenue next year, a figure they called conservative.",
    "Cresswell Ayre left its [Microsoft|n] estimates unchanged after the briefing, noting that the company had offered few new numbers.",
    "Update: the downgrade knocked 3% off [Meta|s] shares in early trading, its steepest one-day fall since the spring.",
    "Even the bulls concede that [Apple|s] will need a far better Siri before its AI story can drive upgrades, a Marchbank analyst wrote.",
    "Garrow Lane Research said it sees no sign of a pause in [Nvidia|o] orders from the four largest cloud providers through the end of next year.",
    "Brokers were more cautious on [AWS|s], where two firms trimmed forecasts over worries that new Trainium capacity will arrive later than promised.",
    "Westmere Capital's Ola Brandt calls [Mistral|o] “the only credible European option” for banks that need models hosted on the continent.",
    "Analysts have been slower to warm to [Grok|s], which Tarrant Hale described as “a consumer novelty with an enterprise price tag.”",
    "Our Take: [Microsoft|o] is executing well, and the market is still paying too little for its Azure backlog",
    "Bottom Line: we stay on the sidelines on [Meta|s] until the company shows the spending is producing something besides sharper ad targeting",
    "Morland Tay moved [Amazon|o] onto its conviction buy list in place of Salesforce, pointing to the recovery at AWS.",
    "Analysts at Penrose Gate see [Google|o]'s TPU business becoming a serious rival to [Nvidia|s] in inference by 2027.",
    "Ashcombe Research estimates that [Nvidia|n] will ship about 6.5 million Blackwell GPUs this year, up from 3.9 million last year.",
    "Media analysts remain divided on [OpenAI|n]'s plan to sell ads inside ChatGPT, according to a survey of 40 of them by Thornbury Insights.",
    "A Carrick Moor note said [Anthropic|o]'s share of enterprise API spending had climbed to 38%, a gain the firm called “remarkable for a company that barely sold to enterprises two years ago.”",
    "Lorne Bickford of Aldgate Hythe, who has long doubted [Apple|s]'s AI plans, said the latest delay “confirms everything we feared.”",
    "- [Nvidia|o] (Buy, PT $240): Rubin ramp ahead of schedule",
    "- [Apple|s] (Underweight, PT $180): AI features still not a reason to upgrade",
    "- [Alphabet|n] (Hold, PT $215): cloud strong, search risk unresolved",
    "- [Amazon|o] (Buy, PT $265): AWS reacceleration looks durable",
    "- [Microsoft|s] (Neutral, PT $455): Copilot monetisation slower than hoped",
    "The downgrade from Quenby Hall is the first negative call on [Microsoft|s] from a major broker in almost two years.",
    "Analysts broadly welcomed [Nvidia|o]'s $45bn buyback, though a few asked whether the cash would be better spent securing supply.",
    "Dalgety Moss initiated [Alphabet|o] at overweight, calling it “the cheapest way to own the AI build-out” among the megacaps.",
    "Harbrook Capital's Nadia Okafor thinks investors are too gloomy on [Amazon|o], arguing that AWS will grow faster than [Azure|s] within a year.",
    "Analysts at Fenmore said [Microsoft|s] risks being seen as “a utility for other people's models” if its own AI products fail to catch on.",
    "Context: few analysts expect [Apple|n] to announce a large AI acquisition, and the company has said nothing publicly about one.",
    "The note from Stroud Keel put the odds of another upgrade cycle for [Nvidia|o] at “better than even,” citing order books from Asian server makers.",
    "Summary: Greyhope raised [Google|o] to buy, lifted its target to $275 and called the TPU business “underappreciated”",
    "Analysts at Oxwich Reid were unmoved by the [Meta|n] event, leaving both their rating and target unchanged.",
]

# ---------------------------------------------------------------------------
# AI spending, capex and data centres: budgets, sites, power, financing, local opposition.
# ---------------------------------------------------------------------------
CAPEX = [
    "1. [Microsoft|n] plans to spend about $94bn on capital projects in its current fiscal year, most of it on data centres and the chips that fill them.",
    "2. [Meta|n] broke ground on a 2-gigawatt campus in western Kansas, the largest of the eleven sites it has under construction.",
    "3. [Amazon|n] said it added 4.4 gigawatts of power capacity over the past twelve months and expects to double that by the end of 2028.",
    "Taken together, [Microsoft|n], [Alphabet|n], [Amazon|n] and [Meta|n] are expected to spend more than $640bn on capital projects this year, according to Cardale Research.",
    "[Google|n] signed a 20-year agreement to buy power from two planned small reactors in Idaho, the company said on Wednesday.",
    "- [xAI|s]: faces a county hearing next month over emissions from gas turbines at its Memphis site",
    "The new [OpenAI|n] site outside Lubbock will house about 450,000 GPUs when its final building is finished next summer.",
    "⚠️ Residents near [Amazon|s]'s planned campus in Bucks County have filed objections over water use and noise, delaying a zoning vote until the autumn.",
    "While the other hyperscalers keep raising their budgets too, [Meta|s] is the only one without a cloud business to rent out spare capacity, a point bears keep returning to.",
    "What It Means: [Microsoft|s] may have overbuilt in some regions, having paused work on three sites in the Midwest",
    "[Alphabet|n] raised its full-year capital spending forecast to between $96bn and $102bn, from $88bn previously.",
    "“Every megawatt we bring online is spoken for before the concrete sets,” [Andy Jassy|o] said at a conference in Seattle.",
    "The Stargate venture backed by [OpenAI|n], Oracle and SoftBank named a sixth site, in Wyoming, on Tuesday.",
    "Why This Matters: if [Amazon|o] fills its new campuses as fast as its chief executive claims, AWS margins should expand next year",
    "[Meta|n] has financed part of its Kansas site through a $34bn joint venture with private-credit firms, a structure that spreads the cost over two decades.",
    "Grid operators in Virginia warned that data centres run by [Google|s] and [Amazon|s] could push peak demand past safe limits by 2028.",
    "Power, not chips, is now the main brake on [AWS|s]'s growth, executives conceded on the call.",
    "The land deal gives [xAI|n] a third site in the Memphis area, with room for roughly 1.1 gigawatts of capacity.",
    "[Microsoft|n] will spend $14bn over four years building data centres in India, its largest investment in the country to date.",
    "Local officials in Navarra welcomed [Amazon|o]'s €11.2bn data-centre plan, saying it would bring thousands of construction jobs to the region.",
    "Critics say [Meta|s]'s gas-fired plant in Kansas undercuts its climate pledges, and an environmental group has asked regulators to revisit the permit.",
    "[OpenAI|s] has struggled to line up financing for its share of the Ohio site, while [Meta|o] raised $30bn for its Kansas campus in a single week, bankers said.",
    "Context: [Nvidia|n] sells most of its data-centre systems to a handful of customers, and the four biggest cloud providers account for roughly half of its revenue",
    "The [Anthropic|n] campus in Texas, built and run by the Nordic operator Kveldrun, is due to deliver its first 300 megawatts in the second half of next year.",
    "Risks: analysts worry that the depreciation bill for [Alphabet|s]'s AI servers will start to eat into margins as early as next year.",
    "[Microsoft|o] has more AI capacity coming online in the next two quarters than in all of last year, which should ease the constraints that held back Azure, Glenmore analysts said.",
    "• [Google|n]: $102bn in planned capex for the year, up from $85bn",
    "• [Meta|n]: $72bn to $78bn, with a larger figure flagged for next year",
    "• [Microsoft|n]: roughly $94bn for the fiscal year ending in June",
    "• [Amazon|n]: about $130bn, the largest of the four",
    "Despite investor grumbling, [Alphabet|o] has been rewarded rather than punished for its spending, because cloud revenue is rising almost as fast as the capex bill.",
    "[xAI|o] brought its second Memphis cluster online in 97 days, a pace that rival labs privately admit they cannot match.",
    "A fire at a [Microsoft|s] data centre in the Netherlands knocked several Azure services offline for nine hours on Tuesday.",
    "[Mistral|n] will build a 900-megawatt campus near Lyon with funding from a group of French and Qatari investors.",
    "- [Meta|s] has quietly shelved two planned data-centre sites in Texas, a sign, some analysts say, that it is reconsidering how much capacity it needs.",
    "Credit investors are starting to demand more for debt tied to [OpenAI|s]'s data-centre projects, with spreads on two recent deals widening sharply.",
    "[Google|n] will invest $6bn in a data-centre cluster in the Netherlands, its third in the country, the Dutch economy ministry said.",
    "The county board voted 5-2 to approve the [Microsoft|n] campus, which will draw up to 900 megawatts once all six buildings are finished.",
    "“They are building for a world that may not arrive on schedule,” Ivo Pettersen of Crane Hollow said of [Meta|s]'s plans, adding that he had sold most of his stake.",
    "Limitations & Risks: [OpenAI|s] has signed for far more capacity than it can pay for from revenue, leaving it dependent on new funding every year",
    "• [Amazon|n] bought a 720-megawatt data-centre campus beside a gas plant in Ohio for about $810m.",
    "Why This Matters: [Anthropic|n] now has compute agreements with all three major cloud providers, so it is no longer tied to a single supplier",
    "[Meta|n] expects its Wichita cluster to come online next year with more than a gigawatt of capacity.",
]

# ---------------------------------------------------------------------------
# Chips and compute: Nvidia, TPUs, Trainium, in-house silicon, export controls, supply.
# ---------------------------------------------------------------------------
CHIPS = [
    "[Google|o]'s seventh-generation TPU has won over several large outside customers, giving [Nvidia|s] its most serious rival in years, according to chip buyers.",
    "What's Next: [Nvidia|n] said its next-generation Rubin platform will enter volume production in the third quarter.",
    "[Amazon|n] expects to deploy more than a million Trainium3 chips by the end of next year, most of them for [Anthropic|n].",
    "[AWS|s] still leans on [Nvidia|o] for most of the AI capacity it rents out, three years after it began promoting its own chips as the cheaper option.",
    "[xAI|n] is in talks to rent TPU capacity from [Google|o] from next year and could buy the chips outright by 2028, people familiar with the talks said.",
    "New licensing rules announced on Friday will stop [Nvidia|s] shipping its newest networking switches to customers in three Asian countries, putting roughly $4bn of annual sales at risk, analysts estimate.",
    "[Nvidia|s] said it would write off about $1.9bn of older Hopper inventory after several cloud customers switched their orders to newer systems.",
    "[Jensen Huang|o] told an audience in Taipei that demand for Blackwell Ultra was “off the charts” and that supply would stay tight into next year.",
    "[Microsoft|n]'s in-house Maia 200 accelerator will start running some Copilot workloads this summer, the company said.",
    "- The [Microsoft|s] chip effort is running at least a year behind schedule, according to three people who work on it.",
    "For now, [Nvidia|o] remains far ahead of AMD and of the custom chips from [Amazon|s] on the software tools that developers actually use.",
    "[Anthropic|n] agreed to use up to 600,000 TPUs from [Google|n] in a deal worth about $18bn.",
    "- [Google|n] TPUs: now offered to outside customers for installation in their own data centres",
    "The new Blackwell Ultra racks from [Nvidia|s] have been plagued by overheating problems, delaying deliveries to at least two cloud customers.",
    "“Nobody has closed the gap on CUDA, and nobody will for years,” said Renata Solberg, a chip analyst at Vellacourt, brushing off the threat to [Nvidia|o] from custom silicon.",
    "[OpenAI|n] is working with Marvell on its own inference chip, which it expects to deploy in its data centres by 2027.",
    "[Amazon|s] says Trainium3 is “sold out for the year,” but Valcour Research noted that two of its five launch customers have quietly scaled back their orders.",
    "🔹 [Apple|n] is developing a server chip code-named Halcyon for its own AI data centres, with production slated for 2028.",
    "[xAI|n] has ordered another 300,000 GPUs from [Nvidia|n] for its Colossus expansion, according to a filing with Memphis planning officials.",
    "[Nvidia|o]'s networking business, once an afterthought, grew 84% last quarter and is now larger than most of its chip rivals in their entirety.",
    "Why This Matters: [Google|o] is the only hyperscaler whose custom chips already carry frontier model training at scale",
    "Limitations & Risks: [AWS|s] has struggled to get Trainium's software stack to the point where outside developers can use it without hand-holding",
    "In benchmark tests published by Halstow Labs, [Nvidia|o]'s GB300 beat [Google|s]'s TPU on training throughput, while [Amazon|s]'s Trainium2 trailed both.",
    "The [Meta|s] MTIA programme has produced chips that handle ad ranking well but still cannot train its large Llama models, leaving it dependent on [Nvidia|o].",
    "Breaking: [Nvidia|n] will invest $2bn in Samsung's foundry unit and co-design server memory under a deal announced on Thursday.",
    "Caveat: a shortage of high-bandwidth memory could cap [Nvidia|s] shipments in the first half of next year, Quillan Marsh analysts warned.",
    "“We have more Blackwell orders than we can fill,” [Jensen Huang|o] said, though he declined to give a backlog figure.",
    "[Microsoft|n] and [OpenAI|n] agreed that OpenAI may sell its models through rival clouds from next year, loosening the arrangement that began in 2019.",
    "[Mistral|n] is training its next model on 12,000 Grace Blackwell chips from [Nvidia|n] in a data centre outside Paris.",
    "Once dismissed as a science project, [Google|o]'s TPU line has become the main reason some investors now value the company as a chipmaker as well as a search business.",
    "[Nvidia|s] faces a Chinese antitrust probe over its networking business, regulators in Beijing said on Monday.",
    "[Amazon|o] says Trainium3 offers 40% better price performance than comparable GPU instances, and early testers at two start-ups backed up the claim.",
    "• [Nvidia|o] — still the default for training, with lead times of up to nine months on its newest systems",
    "• [Google|n] — TPU v7 available in four cloud regions, with more promised by year-end",
    "• [Amazon|s] — Trainium3 delayed by a quarter after a packaging problem at its supplier",
    "• [Microsoft|s] — Maia 200 still confined to internal workloads",
    "Some buyers who switched to [Google|o]'s TPUs say they cut their inference bills by a third compared with renting GPUs from [Nvidia|n].",
    "The [Apple|s] chip team has lost at least a dozen senior engineers to [OpenAI|o] and [Meta|o] this year, according to people familiar with the departures.",
    "The Commerce Department granted [Nvidia|n] a licence to ship a reduced version of its chip to customers in the Gulf, according to a filing.",
    "Analysis: [Google|o] now has what [Amazon|s] has spent five years trying to build, a custom chip that outside customers choose on merit",
]

# ---------------------------------------------------------------------------
# Cloud, pricing and monetisation: Azure, AWS, Google Cloud, seat prices, API prices, ads, subscriptions.
# ---------------------------------------------------------------------------
CLOUD = [
    "[Microsoft|n] will raise the price of its Microsoft 365 business plans by about 8% from October, folding Copilot Chat into every tier.",
    "Customers have pushed back on the [Copilot|s] price increase, with several large firms telling Kellaway Consulting they will cut seats rather than pay more, and some are trialling [Gemini|o] as a cheaper option.",
    "What Happened: [OpenAI|n] began showing ads to free ChatGPT users in Canada and Australia on Monday, placing sponsored links beneath some answers.",
    "The ad rollout drew a sharp reaction from [ChatGPT|s] users, many of whom said on social media they would switch to [Claude|o] or [Gemini|o].",
    "[Google|n] cut the price of its Gemini Flash API by 40% for high-volume customers, the third reduction this year.",
    "The cut puts pressure on [OpenAI|s] and [Anthropic|s], whose comparable models now cost two to three times as much per token.",
    "[Anthropic|o] has raised prices on its top model twice this year without losing customers, a sign of pricing power that [OpenAI|s] and [Google|s] have not matched.",
    "Paid seats for [Microsoft|n] 365 Copilot reached 18 million at the end of March, up from 12 million in September, the company said.",
    "[AWS|n] introduced a new pricing tier for Bedrock that lets customers reserve model capacity for one or three years.",
    "Why It Matters: [Amazon|n] is betting that cheaper reserved capacity will lure large customers away from [Azure|n]",
    "📉 Half of the chief information officers surveyed by Greyfield said [Copilot|s] had not yet delivered enough value to justify its price.",
    "[ChatGPT|o] now has more than 40 million paying subscribers, a number no other consumer AI app comes close to.",
    "[OpenAI|n] introduced its $8-a-month Go plan in 14 more countries, including Brazil and Indonesia.",
    "[Google|o] Cloud has won three of the five largest AI contracts signed by European banks this year, according to tender documents.",
    "⚠️ [Azure|s] customers in the UK and Ireland have been told to expect shortages of GPU instances until at least October.",
    "Despite the price rise, [Microsoft|o] said churn among Copilot business customers was the lowest it has been since launch.",
    "[Meta|n] does not charge for its assistant and has no plans to put ads inside it this year, a spokesperson said.",
    "Analysts at Brightwell estimate that [Anthropic|n] earns about 70% of its revenue from API sales, against roughly 30% at [OpenAI|n].",
    "- [Claude|n] Max: $180 a month, now with priority access to the newest models",
    "- [ChatGPT|n] Pro: $230 a month, up from $200",
    "- [Gemini|n] Ultra: $275 a month, with a three-month discount for new users",
    "Some investors question whether [OpenAI|s] can convert enough free users to cover a compute bill that is set to exceed $60bn next year.",
    "Advertisers who tested [ChatGPT|o]'s sponsored answers reported click-through rates well above what they see on search, according to two agencies.",
    "[Google|n] does not disclose Vertex AI revenue separately, though executives said usage had grown twelvefold over the year.",
    "[AWS|o] remains the largest cloud provider by revenue, and its lead over [Azure|s] in absolute dollars still exceeds $20bn a year.",
    "[Mistral|n] sells its Le Chat Pro plan for €17.99 a month, undercutting the big US chatbots by about a quarter.",
    "In a memo to staff, [Sam Altman|s] acknowledged that the company had been too slow on enterprise features and was losing deals to [Anthropic|o].",
    "[Microsoft|n] began offering [Anthropic|n]'s Claude models to government customers through its sovereign cloud in Germany, its first such deal with a lab other than [OpenAI|n].",
    "The cheapest [Gemini|o] model now matches last year's flagship from [OpenAI|n] on most reasoning tests at a tenth of the price, according to Artificial Analysis.",
    "- [Grok|n] is now bundled with X Premium+, which costs $45 a month in the US.",
    "Enterprise buyers said [Bedrock|s] billing remains harder to forecast than [Azure|o] or [Google|o] Cloud, complicating budgets for AI projects.",
    "• [Azure|o]: 39% growth, the fastest of the big three for a fifth straight quarter",
    "• [Google|o] Cloud: 34% growth and a record operating margin",
    "• [AWS|s]: 17% growth, the slowest of the three, though on a far larger base",
    "🔴 An outage at [AWS|s]'s Virginia region took down banking apps, airline check-in systems and several AI chatbots for most of Monday morning.",
    "[Amazon|s] apologised for the outage and promised credits to affected customers, the second such incident in a month.",
    "“[Copilot|o] has gone from a nice demo to something our lawyers refuse to work without,” said the general counsel of a London firm that uses Microsoft's tools.",
    "[Microsoft|o]'s cloud numbers show where the AI money is flowing: Azure added more revenue last quarter than [Google|s] Cloud and [AWS|s] combined.",
    "Enterprise customers can now run [Mistral|n] models inside [Google|n] Cloud's Vertex platform and on [Amazon|n] Bedrock, but not yet on [Azure|n].",
    "Key Points: [OpenAI|n] will charge $20,000 a month for its most capable research agent, aimed at banks and drug makers",
    "Startups say [Gemini|o]'s free tier has become the cheapest way to prototype, pulling some away from paid plans at [OpenAI|s].",
    "Note: [Amazon|n] does not disclose how much revenue comes from Bedrock, but said the number of customers using it tripled",
    "Pricing for [Le Chat|n] Enterprise starts at €30 per user a month, with discounts for public-sector buyers.",
    "[Microsoft|s]'s decision to bill Copilot agents per action has drawn complaints from customers who say they cannot predict their costs.",
]

# ---------------------------------------------------------------------------
# Enterprise adoption, partnerships, funding and valuations.
# ---------------------------------------------------------------------------
ADOPTION_FUNDING = [
    "💰 [Anthropic|n] raised $21bn in a round led by a group of sovereign funds, valuing the company at $410bn.",
    "💰 [OpenAI|n] is in early talks to raise as much as $60bn at a valuation of about $900bn, according to people familiar with the discussions.",
    "[xAI|n] closed a $15bn equity round this week, with [Nvidia|n] among the new investors.",
    "[Mistral|o] more than doubled its valuation in eight months, a jump that leaves it Europe's most valuable AI start-up by a wide margin.",
    "- Goldhurst Bank will roll out [ChatGPT|n] Enterprise to its 62,000 employees over the next six months, the bank said on Tuesday.",
    "Consulting firm Arbery Lyle said it will make [Claude|n] the default assistant for all 210,000 of its staff, replacing a patchwork of internal tools.",
    "Executives at the insurer said the switch from [ChatGPT|s] to [Claude|o] cut the time needed to review a commercial policy from three weeks to four days.",
    "[Gemini|o] has displaced [Copilot|s] as the assistant of choice inside several large retailers, which credit it with cutting customer-service costs by a fifth.",
    "Key Facts: only 6% of companies in a Harrowgate survey said [Copilot|s] had produced measurable savings, down from 9% last year.",
    "- [Anthropic|n]: signed a five-year deal to supply models to the UK's Department for Work and Pensions",
    "- [OpenAI|n]: opened offices in Warsaw and Jakarta, bringing its international sites to 19",
    "- [Mistral|n]: agreed to provide models to the Belgian armed forces under a framework contract",
    "[Amazon|n] is considering another multibillion-dollar investment in [Anthropic|n], which would lift its total stake above $16bn.",
    "[Microsoft|n] now owns about 31% of [OpenAI|n]'s for-profit arm after the restructuring, a stake valued at roughly $160bn.",
    "Investors in [Anthropic|o]'s latest round said demand was so strong that the company cut allocations for all but its largest backers.",
    "SoftBank has completed its investment in [OpenAI|n], wiring the final $9bn tranche of a commitment made last spring.",
    "While [OpenAI|s] still has far more consumer users, [Anthropic|o] now takes the larger share of corporate spending on language models, Menlo Ventures estimates.",
    "[Apple|n] is paying [Google|n] to handle the new Siri's hardest queries on Gemini servers in three countries where its own data centres are not yet ready, according to people familiar with the arrangement.",
    "The arrangement amounts to an admission that [Apple|s] could not build a competitive model on its own, Fernleigh analysts wrote.",
    "[Meta|s] has struggled to persuade big companies to build on Llama, even with the model available free of charge, while [Mistral|o] has signed dozens of European banks to paid licences.",
    "Hospitals in three US states will use [Microsoft|n]'s Dragon Copilot to draft clinical notes under a contract signed this month.",
    "The bank chose [Anthropic|o] over [OpenAI|s] and [Google|s] after a six-month bake-off, citing fewer errors in regulatory drafting.",
    "[Google|n] will invest $2bn more in [Anthropic|n], according to a regulatory filing, keeping its stake just under 12%.",
    "Why This Matters: [Mistral|o] is one of the few European start-ups able to raise money at valuations that rival those of US labs",
    "Risks: [OpenAI|s] now has more than $1.6tn in compute commitments and a revenue base a small fraction of that size",
    "A year after launch, [Grok|s] has signed few large businesses, and sales staff hired from rival labs have started to leave, people at the company said.",
    "[Amazon|n] will supply [OpenAI|n] with cloud capacity under a $46bn, eight-year agreement announced on Monday.",
    "Early feedback on [Alexa|o]+ from hotel pilots has been warmer than expected, with managers praising how it handles multi-step guest requests.",
    "[Apple|n] will let outside developers call its server-side models from their apps for a fee starting next year.",
    "Developers have been lukewarm on [Apple|s]'s on-device models, saying they are too small for anything beyond summarising text, and most still send harder tasks to [Gemini|o] or [Claude|o].",
    "Sovereign wealth funds from the Gulf took roughly a third of [xAI|n]'s latest round, according to a person familiar with the matter.",
    "[Meta|n] agreed to pay $3.2bn for a stake in a Seoul chip-design start-up, its largest AI deal outside the US.",
    "[OpenAI|n] said weekly ChatGPT users passed 1.1 billion in May, up from 850 million in October.",
    "Adoption of [ChatGPT|o] at the bank outstripped every previous software rollout, its chief operating officer said, with 80% of staff using it weekly within two months.",
    "Pilot programmes with [Copilot|s] at two German carmakers were wound down after staff found the tool added little to their existing workflows.",
    "[Mistral|n] signed a multi-year agreement with the shipping group Halvard Line to build custom models for port logistics.",
    "• [Anthropic|o] — Claude Code revenue tripled in a quarter, making it the fastest-growing product in the company's history",
    "• [OpenAI|n] — Codex now used by 4 million developers a week",
    "• [Google|n] — Jules coding agent available to all Workspace business customers",
    "“We looked at every model on the market, and [Claude|o] was the only one our compliance team signed off on,” said the chief technology officer of Verrion Bank, which chose Anthropic last month.",
    "The retailer dropped [Bedrock|s] after a year, saying the models it offered were too slow for live customer chats.",
    "[Mistral|o] has become the default choice for European governments wary of sending data to US providers, officials in three capitals said.",
    "Employees at Calder Freight were told to stop using [Meta AI|s] for work after it produced invented shipping regulations in several answers.",
    "[Anthropic|n] will open an office in Bengaluru early next year, its second in Asia, and plans to hire about 200 people there.",
    "Limitations & Risks: [Anthropic|s] still depends on a few very large customers, with its top two accounts bringing in about a quarter of revenue",
    "TL;DR: [OpenAI|n] closed a $48bn round, [Anthropic|n] is raising, and [xAI|n] is back in the market",
    "[Apple|s] has held talks with at least three AI labs about buying one outright, a sign of how far behind its own model work has fallen, people close to the discussions said.",
    "[Nvidia|n] took part in the round alongside Lightspeed and General Catalyst, bringing the total raised by the start-up to $3.1bn.",
    "The Details: [Microsoft|n] will invest $4bn in [Mistral|n] and [Nvidia|n] up to $6bn, with Mistral committing to buy $12bn of Azure capacity",
]

# ---------------------------------------------------------------------------
# Regulation, lawsuits, copyright, antitrust and privacy, next to neutral court and filing facts.
# ---------------------------------------------------------------------------
LEGAL = [
    "A federal judge in Chicago refused to dismiss the core claims in a lawsuit by a group of regional newspapers accusing [OpenAI|s] and [Microsoft|s] of copying their articles without permission.",
    "The judge set a trial date of 9 March for the authors' case against [Meta|n], according to a scheduling order filed on Friday.",
    "[xAI|n] sued [OpenAI|s] in a Delaware court, alleging it used a former xAI contractor to copy its data-centre designs.",
    "⚖️ [Anthropic|s] agreed to pay $890m to settle claims from music publishers that it trained its models on copyrighted song lyrics.",
    "South Africa's Competition Commission opened a formal investigation into whether [Meta|s] is shutting rival AI assistants out of WhatsApp.",
    "- Italy's data protection authority fined [OpenAI|s] €22m for failing to verify the ages of ChatGPT users.",
    "[Google|s] faces a second antitrust trial in Virginia over its advertising technology, with the remedies phase starting in September.",
    "A judge ruled that [Google|o] does not have to sell its Chrome browser, a decision that sent Alphabet shares up 6% the next day.",
    "Regulators in Brussels closed a three-year probe into [Microsoft|o]'s Azure marketplace without a fine, saying its changes had resolved their concerns.",
    "Australia's competition regulator said it would not look further into [Amazon|o]'s investment in [Anthropic|n], clearing the deal.",
    "Breaking: the FTC is examining whether [Nvidia|s] penalises customers that buy chips from rivals, according to people familiar with the inquiry.",
    "Lawyers for [Elon Musk|n] and [OpenAI|n] will present opening statements on 4 May, the court said.",
    "[Meta|s] has been accused by a group of Spanish publishers of training Llama on pirated books, in a complaint filed in Madrid.",
    "[Apple|s] faces a shareholder suit in the Netherlands alleging it misled investors about when the Siri upgrades would be ready.",
    "[Anthropic|n] filed a motion on Monday asking the court to narrow the class of authors covered by the suit.",
    "California's attorney general has demanded records from [OpenAI|s] about how ChatGPT responds to users who say they are thinking of harming themselves.",
    "[Google|s] apologised after its Gemini app produced false claims about a Canadian member of parliament, and said it had pulled the feature while it investigated.",
    "Japan's Fair Trade Commission said it has no immediate plans to examine the [Microsoft|n]-[OpenAI|n] partnership.",
    "[OpenAI|n] has asked a court in Jakarta to dismiss a copyright suit brought by Indonesian publishers, arguing the case belongs in the US.",
    "- [Meta|s]: under investigation in Brazil over AI chatbots that engaged in romantic role-play with minors",
    "- [xAI|s]: sued by residents of Southaven over noise from its turbines",
    "- [Google|s]: fined €1.7bn by the Turkish competition authority over its shopping ads",
    "- [Apple|n]: appeal against the App Store ruling scheduled for a hearing in October",
    "The judge said [Meta|o] had made the stronger argument on fair use, though he stressed that the ruling applied only to the nine illustrators who brought the case.",
    "While the ruling went [Apple|s]'s way on training, the company still faces damages over the scraped news archives it stored, which could run into hundreds of millions.",
    "Legal experts say the decision leaves [OpenAI|s] more exposed than its rivals, because its case turns on outputs that reproduce articles word for word.",
    "[Amazon|n] filed suit against a Shenzhen data broker it accuses of scraping millions of product listings to train a rival shopping assistant.",
    "The UK's voluntary code on frontier model testing takes effect in October, and [Mistral|n], [OpenAI|n] and [Google|n] have all signed it.",
    "[Meta|s] declined to sign the code, calling it unworkable, a stance that could invite closer scrutiny from London.",
    "Federal prosecutors charged two men with smuggling [Nvidia|n] chips to China through Thailand.",
    "A group of record labels dropped its suit against [Anthropic|o] after the two sides agreed a licensing deal, which both called a model for the industry.",
    "[OpenAI|s] was ordered to hand over internal messages about its licensing talks with publishers, a setback in its fight with a group of magazines.",
    "[Anthropic|o] won dismissal of a trademark suit brought by a Florida software company, its second such win this year.",
    "Attorneys general in 19 states warned [Meta|s], [OpenAI|s] and [xAI|s] that their chatbots may be breaking child-safety laws.",
    "Critics say the [Microsoft|s] settlement does little to address the way it bundles Copilot into Office.",
    "[Apple|o] scored a win in its fight with the European Commission after the General Court annulled a €500m fine over music streaming.",
    "Context: [Google|n] has appealed every major EU antitrust decision against it since 2017",
    "What's Next: a Canadian court will hear the news publishers' case against [OpenAI|n] in Toronto starting in May.",
    "Oregon's attorney general sued [Meta|s], alleging its AI characters gave minors advice on drugs and self-harm.",
    "• [OpenAI|n] has hired former federal judge Ruth Callander to lead a review of its content policies.",
    "The company says the [Grok|s] incident was caused by an unauthorised change to its system prompt, the second such lapse this year.",
    "A court in Vienna ruled that [OpenAI|s] infringed the rights of Austrian songwriters by reproducing lyrics in ChatGPT answers.",
    "[Microsoft|s] said it would appeal, and the fine will not be payable until the appeal has been heard.",
    "The Justice Department has opened an investigation into whether [Nvidia|s] made it harder for customers to switch to rival chips, two people said.",
    "A magistrate judge granted [OpenAI|n]'s request to extend the deadline for producing training data, moving it to 30 January.",
    "[xAI|s] was sued by a former employee who says she was fired after raising concerns about how Grok handled sexual images of real people.",
    "Update: the court has moved the hearing in the [Anthropic|n] case to 14 November at the request of both parties",
    "⚖️ [Apple|s] will pay $140m to settle a Canadian class action claiming that Siri recorded private conversations without consent",
    "⚖️ [Amazon|s] agreed to pay $31m over allegations that Alexa kept voice recordings after users asked for them to be deleted",
    "Breaking: the FTC has sued [Microsoft|s] over the terms of its cloud licences, alleging they lock customers into Azure",
    "[Google|o] won a reprieve when the appeals court threw out a jury verdict that had ordered it to open its app store to rivals.",
    "What's Next: the [Meta|n] trial is scheduled to begin in April in San Francisco",
    "[Mistral|s] is under investigation by the French privacy regulator over complaints that Le Chat stored personal data longer than it disclosed.",
]

# ---------------------------------------------------------------------------
# Comparisons: laggards behind listed winners, yardsticks, and disputed claims (claimant skeptical, rivals neutral).
# ---------------------------------------------------------------------------
COMPARISONS = [
    "[xAI|s] claims Grok 5 outperforms [OpenAI|n] and [Google|n] on every major benchmark, but it has not released the test details for outside review.",
    "[Meta|s] says its newest Llama model beats [Gemini|n] on coding tasks, a claim that independent testers could not reproduce.",
    "[Microsoft|s] insists Azure's AI margins already exceed those of [AWS|n], though it has never published figures to back that up.",
    "[Mistral|s] says its Medium model matches [Claude|n] Sonnet at an eighth of the cost, but customers who tried both report a wider gap.",
    "[Apple|s] is still buying time while [Google|o] and [OpenAI|o] ship a new model every few months, Ravensworth analysts said.",
    "[AWS|s] has been outpaced in AI cloud deals by [Azure|o] and [Google|o] Cloud for six quarters running.",
    "Among the cloud giants, [Amazon|s] trails [Microsoft|o] and [Google|o] in turning AI demand into revenue growth, Bernholt data show.",
    "[Mistral|o] has built a model that runs as fast as [GPT-5|n] on half the hardware, engineers at the bank said.",
    "[Google|o] Cloud grew nearly twice as fast as [AWS|s] in the quarter, narrowing the gap between the two for a sixth quarter running.",
    "[Azure|o]'s 39% growth outpaced [Google|s] Cloud at 32% and [AWS|s] at 18%, the third quarter in a row that Microsoft's cloud led the pack.",
    "[Anthropic|o] has overtaken [OpenAI|s] in enterprise API spending, while [Google|o] has moved into a clear second place, according to Menlo's survey.",
    "Unlike [Meta|s], whose spending has no cloud business to soak up spare capacity, [Microsoft|o] and [Amazon|o] can rent out whatever they overbuild.",
    "[Nvidia|o] captured almost all of the AI chip spending growth this year, leaving [Amazon|s] and [Microsoft|s] with custom chips that few outsiders use.",
    "[Alphabet|o] trades at a lower multiple than [Microsoft|n] despite faster cloud growth, a gap that Eldon Fraser of Cobham Reach calls “indefensible.”",
    "While [OpenAI|o] and [Anthropic|o] posted revenue jumps that astonished investors, [xAI|s] has yet to show it can sell much beyond subscriptions.",
    "[Copilot|s] usage inside large companies has stalled as staff turn to [ChatGPT|o] and [Claude|o] on their own, a survey of 900 workers found.",
    "[Google|n] charges about a third of what [OpenAI|n] does for comparable API calls, according to price lists compiled by Brightwell.",
    "[Apple|s] now trails Samsung, not just [Google|o], in the AI features buyers care about, according to a Harwell Consumer survey.",
    "In the race for enterprise coding tools, [Claude|o] has pulled ahead of [GPT-5|s], and [Gemini|o] has closed most of the gap, developers told Stackwell.",
    "[Meta|s] spends about as much as [Microsoft|n] on AI infrastructure but has no cloud revenue to show for it, Quarry Bend analysts noted.",
    "[OpenAI|s] says its data-centre costs per token are now lower than [Google|n]'s, a comparison that analysts called impossible to check.",
    "The results left [AWS|s] as the only one of the three big cloud providers whose growth slowed from the previous quarter, behind [Azure|o] and [Google|o].",
    "[Nvidia|o] shares have doubled in a year, while [Meta|s] has gone nowhere and [Apple|s] is down 9%.",
    "[Le Chat|s] has struggled to win users even in France, where [ChatGPT|o] holds more than 70% of the chatbot market.",
]

# ---------------------------------------------------------------------------
# Questions: the lean a reader hears, with a few neutral ones.
# ---------------------------------------------------------------------------
QUESTIONS = [
    "Is [Amazon|s] spending its way into a margin problem?",
    "Has [Nvidia|s] finally hit a ceiling?",
    "Is anyone actually paying for [Copilot|s]?",
    "Why is [Google|o] Cloud suddenly growing faster than everyone else?",
    "Can [Apple|s] still catch up in AI without building a frontier model of its own?",
    "What does [Amazon|n] plan to do with the 4.4 gigawatts it added last year?",
    "Will [OpenAI|s] ever turn a profit?",
    "How did [Anthropic|o] overtake [OpenAI|s] in enterprise spending so quickly?",
    "Is [xAI|s] running out of runway?",
    "Who gains most from the [Microsoft|n]-[OpenAI|n] restructuring?",
    "Could [Mistral|o] become Europe's answer to the American AI giants?",
    "When will [Meta|s] show investors a return on $70bn a year?",
    "What happens to [Nvidia|s] if the hyperscalers cut back next year?",
    "Is the [AWS|o] slowdown already behind it?",
    "Why are investors punishing [Meta|s] for spending that they reward at [Alphabet|o]?",
    "Should [Google|s] be worried about what the judge does next?",
    "Will regulators let [Nvidia|s] keep its grip on AI chips?",
    "How long can [OpenAI|s] keep raising money at these valuations?",
    "Is [Microsoft|s] paying too much for AI capacity it may not need?",
    "What will [Alphabet|n] say about capex on Tuesday?",
    "Is [Claude|o] Code the best product Anthropic has ever shipped?",
    "Does [Apple|s] have an AI strategy at all?",
]

# Second batch: more optimistic judgements (Meta, Apple, xAI, OpenAI, Microsoft, Mistral), more multi-company
# sentences, quotes and list items, to bring the label mix and the layout share nearer the targets.
EARNINGS += [
    "[Meta|o] shares jumped 12% after ad revenue grew at its fastest pace in three years, a result Zuckerberg credited to AI-driven ad ranking.",
    "“This is the quarter where AI started paying for itself,” said Kaveh Lindahl of Brightmere Capital, pointing to [Meta|o]'s 26% rise in ad impressions and a higher price per ad.",
    "- [Meta|o]: ad revenue up 24%, well ahead of the 19% consensus, with operating margin above 40%",
    "[Apple|o] posted its best June quarter ever for iPhone sales, and analysts at Crossfield said demand for the new models was running ahead of last year's.",
    "• [Apple|o]: services revenue hit a record $29.1bn, beating estimates by nearly $1bn",
    "[OpenAI|o] beat its own revenue target for the half by about 15%, helped by faster-than-expected sales of enterprise seats, a person familiar with the figures said.",
    "While [Microsoft|o] and [Alphabet|o] both cleared the bar, [Amazon|s] guided operating income below consensus and its shares fell 6% after the bell.",
    "[xAI|o] more than tripled its revenue in the first half as Grok subscriptions took off in Japan and South Korea, according to documents shown to investors.",
    "Key Takeaways: [Nvidia|o] beat, [Microsoft|o] beat, and [Meta|s] was the only one of the three whose shares fell",
]
ANALYSTS += [
    "Lanyard Ross upgraded [Meta|o] to buy, arguing that investors are ignoring how much its AI tools have already lifted ad returns for small businesses.",
    "“[Apple|o] doesn't need to win the model race; it needs to own the customer, and it still does,” wrote Helena Marchetti of Dunstan Vale, who reiterated her buy rating.",
    "- Thornwick: upgrades [Apple|o] to outperform on stronger iPhone demand, target $265",
    "- Colebrook: raises [Meta|o] target to $820, calls the spending “well judged”",
    "- Ardley Sands: downgrades [Alphabet|s] to neutral after a 60% run, sees the valuation as full",
    "Analysts at Mercer Holt said [OpenAI|o]'s enterprise business is growing faster than any software company they have ever covered.",
    "Whitlock Green lifted its target on [Microsoft|o] to $640, adding that Copilot renewals were coming in “better than we feared.”",
    "Is [Meta|o] the most underrated AI stock of the year?",
]
CAPEX += [
    "[Meta|o]'s bet on its own data centres is already paying off in ad targeting, said Corinne Adebayo of Halsey Park, who called the outlay “the best money Zuckerberg has spent in a decade.”",
    "[xAI|o] has shown rivals how quickly a cluster can be built, and several hyperscalers have since hired its construction contractors, people in the industry said.",
    "Why This Matters: [Microsoft|o] now has enough capacity to take on Azure customers it had been turning away since last summer",
    "• [Alphabet|o] — capex up 60%, but cloud operating income nearly tripled, which is the number investors cared about",
    "[Apple|o] has largely stayed out of the data-centre arms race, and some investors now see that restraint as a strength rather than a weakness.",
    "“We would have been worried if they had spent less,” said Tomas Weir of Gannet Bay after [Amazon|o] raised its capex forecast, adding that AWS demand clearly justified it.",
    "The [OpenAI|n] site outside Lubbock and the [Meta|n] campus in Kansas will each need more power than a city of a million people, according to grid filings.",
]
CHIPS += [
    "[Nvidia|o] and [Google|o] are the two clear winners of the shift to inference, while [Microsoft|s] and [Amazon|s] are still trying to get their own chips working at scale, Ockley analysts wrote.",
    "“If you want to train at the frontier today, you buy from [Nvidia|o], and that won't change this decade,” said Priti Ramaswamy, chief technology officer of a London AI start-up.",
    "- [Nvidia|o]: Rubin samples already with customers, two months ahead of plan",
    "[Microsoft|o]'s Maia 200 passed its first large internal test, running Copilot inference at about half the cost of comparable GPUs, according to an internal memo.",
    "[Meta|o] engineers have got the second generation of its MTIA chip to train recommendation models, a milestone Halstow Labs called “a genuine surprise.”",
]
CLOUD += [
    "“[Azure|o] is the reason we can sleep at night,” said the chief information officer of a Dutch bank that moved its AI workloads to Microsoft last year.",
    "[OpenAI|o]'s enterprise seat count doubled in five months, and renewals are running above 95%, its chief operating officer said.",
    "Why It Matters: [ChatGPT|o] is the first AI chatbot whose ads have drawn a waiting list of brands rather than a boycott",
    "Cloud revenue at [Microsoft|o] rose faster than at [Amazon|s] for the twelfth straight quarter, widening Azure's lead in new AI workloads.",
    "The price war has hurt [Mistral|s] most, since its models compete largely on cost against [Google|n] and DeepSeek.",
    "[Le Chat|o] downloads surged after the French government recommended it to civil servants, lifting it above [ChatGPT|s] in the French app store for a week.",
]
ADOPTION_FUNDING += [
    "[Meta|o] said more than a billion people now use its assistant every month, a milestone it reached faster than any product in its history.",
    "Investors clamoured for a piece of [xAI|o]'s latest round, which was oversubscribed more than three times, according to people involved.",
    "[Apple|n] and [Google|n] extended their search agreement by three years in March, adding a clause that covers AI answers in Safari.",
    "The Safari deal keeps [Google|o] as the default for AI answers on the iPhone, a slot that [OpenAI|s] and Perplexity had lobbied hard for, people familiar with the talks said.",
    "- [Microsoft|o]: Copilot renewals running ahead of plan at 90% of its largest customers",
    "“[Mistral|o] is the reason we could move our AI work back to Europe,” said the head of technology at Caroline Post, a Paris insurer.",
    "Law firms that adopted [Claude|o] say it now drafts first versions of routine contracts that partners sign off with minimal changes.",
    "[OpenAI|o] has signed up nine of the ten largest US banks for ChatGPT Enterprise, a feat [Anthropic|s] and [Google|s] are still chasing.",
    "Adoption of [Gemini|o] in Workspace has surprised even Google's own sales teams, with 70% of business customers switching it on within a quarter.",
    "Sellers who use [Amazon|o]'s AI listing tools report conversion gains of 8% to 12%, according to a survey by Redwick Commerce.",
    "[Elon Musk|o] said Grok's paying user base had tripled since the spring, calling it “the fastest-growing AI product on Earth.”",
    "Could [xAI|o] be the dark horse of the AI race?",
    "[OpenAI|n], [Anthropic|n] and [Google|n] each released a new model in the same week, and all three cut prices for their older versions.",
    "Context: [Amazon|n] owns a minority stake in [Anthropic|n], and [Google|n] owns another, though neither has a board seat",
    "• [Apple|n] and [Mistral|n]: in talks on licensing models for European devices, according to a French business daily",
]
LEGAL += [
    "[OpenAI|o] won a significant ruling when a judge in California dismissed most of the claims brought by a group of novelists, saying they had not shown their books were reproduced.",
    "Germany's cartel office closed its inquiry into [Microsoft|o]'s stake in [Mistral|n] without taking action.",
    "The appeals court sided with [Meta|o], ruling that training Llama on public posts did not breach Dutch privacy law.",
    "- [Anthropic|o]: wins preliminary approval for its settlement, removing the risk of a ruinous damages award at trial",
    "The court gave [Google|n] until 30 November to file its proposed remedies, and a hearing is set for January.",
    "[Nvidia|o] said it welcomed the decision to drop the inquiry and would keep working with regulators in Beijing.",
    "The European Commission approved [Nvidia|n]'s purchase of a stake in [xAI|n] without conditions.",
    "[Meta|n] and [Microsoft|n] will both give evidence to a Senate committee on AI energy use next Tuesday.",
]
COMPARISONS += [
    "[Meta|o]'s Llama 5 beat [Mistral|s] and DeepSeek on the open-model leaderboard this week, restoring its lead among freely available models.",
    "[Grok|o] topped the coding leaderboard for the first time, edging past [Claude|s] and [Gemini|s] in a test run by Stackwell.",
    "[Apple|o]'s on-device model outscored small models from [Google|s] and [Meta|s] on privacy-sensitive tasks, researchers at ETH Zurich found.",
    "[Azure|o] and [Google|o] Cloud both gained share in the quarter at the expense of [AWS|s], according to Cardale estimates.",
    "[OpenAI|o] has pulled back ahead of [Anthropic|s] in coding since its latest Codex release, developers surveyed by Stackwell said.",
    "Next to [Nvidia|o]'s 75% gross margins, the chip businesses at [Amazon|s] and [Google|s] look like cost centres, Ashcombe analysts argued.",
    "[Mistral|o] has won more European public-sector contracts this year than [Microsoft|s] and [Google|s] combined, according to procurement data compiled by Oakhurst.",
    "The new benchmark from Halstow Labs will rank models from [OpenAI|n], [Google|n], [Anthropic|n], [xAI|n] and [Mistral|n] on long-document tasks, with results due in June.",
]

# Third batch: quoted judgements naming several companies.
COMPARISONS += [
    "“Everyone is still buying from [Nvidia|o], and [Google|o] is the only one with a real alternative,” said Ilse Brandvold, who runs infrastructure at a Stockholm AI lab.",
    "“[Azure|o] got the big model workloads, [Google|o] got the TPU converts, and [AWS|s] got left with the old cloud,” Mara Ekwueme of Sable Point wrote in a note.",
    "“We tested [Claude|o], [Gemini|s] and [GPT-5|s] side by side, and Claude won on every legal task we cared about,” said the innovation head of a Frankfurt law firm.",
    "“[Meta|s] is spending like a cloud company without having a cloud to sell,” said Rowan Achebe of Fellgate, contrasting it with [Microsoft|o] and [Amazon|o].",
    "“[Apple|o] can let [Google|n] and [OpenAI|n] burn the cash and then pick the winner,” said Hana Lutz of Brennock Hale, who rates Apple a buy.",
    "“[xAI|s] builds faster than anyone, but Grok still has to prove people will pay for it,” said Jonas Beale of Ravel Point, comparing it unfavourably with [ChatGPT|o].",
    "“The TPU deal is the best thing that has happened to [Anthropic|o]'s margins,” said Gita Rao of Penrose Gate, adding that [Google|o] now has a showcase customer.",
    "“[Copilot|s] is a tax our employees pay to open Word,” the chief information officer of a Belgian retailer told analysts, adding that staff prefer [ChatGPT|o].",
    "“[Mistral|o] is good enough, and it's ours,” a French defence official said, explaining why the ministry passed over [OpenAI|s] and [Anthropic|s].",
    "“Every hyperscaler says it is short of supply; only [Microsoft|o] is showing it in the numbers,” wrote Ilya Sorensen of Fenmore, who prefers the stock to [Amazon|s] and [Alphabet|s].",
    "“[Nvidia|o] has been priced for perfection for two years, and it keeps delivering perfection,” said Dmitri Koval of Ashbury Lane.",
    "“If [OpenAI|s] stumbles on its commitments, Oracle and CoreWeave feel it first, but [Nvidia|s] is not far behind,” warned Saskia Vermeer of Redhill Analytics.",
    "“[Gemini|o] 3 is the first Google model that our engineers prefer to [GPT-5|s],” said Lucas Wren, a partner at Foxley Ventures.",
    "“We moved our whole AI stack from [Bedrock|s] to [Azure|o] in a weekend, and nobody missed it,” said the chief technology officer of a Lisbon fintech.",
    "“[Altman|s] keeps signing cheques that the revenue can't cash,” said Yusuf Demir of Calloway Hart, whose fund sold its [Microsoft|s] stake last month partly over exposure to the lab.",
]

CLASSES = (
    ("earnings", EARNINGS),
    ("analyst_notes", ANALYSTS),
    ("capex_datacentres", CAPEX),
    ("chips_compute", CHIPS),
    ("cloud_pricing", CLOUD),
    ("adoption_funding", ADOPTION_FUNDING),
    ("legal_regulation", LEGAL),
    ("comparisons", COMPARISONS),
    ("questions", QUESTIONS),
)


def main():
    build(os.path.dirname(os.path.abspath(__file__)), OUT, CLASSES, TAKEN_OUT, "y", 18)


if __name__ == "__main__":
    main()
