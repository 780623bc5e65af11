"""Build unused/extra_z2.jsonl: original sentences in the style of published AI-industry coverage, written to teach
one line: whether a sentence JUDGES a company or only REPORTS about it.

Two groups, about half each:
  - implied_favour: no opinion word, but the facts favour (or, for the other side, disfavour) the company: money,
    customers or talent flowing to it and away from a rival; being expected to be among the last labs standing;
    outperforming peers (and the one named as beating even them); the largest, fastest-growing or most-used by a
    judged measure; demand beyond even huge orders; an executive's own visionary claim or praise of the company's
    product (self-praise is optimistic); a deal ending years of constraints; a rival's product named as the dominant
    one a challenger must answer to (the dominant one optimistic, the challenger neutral). Mostly optimistic.
  - reported_not_judged: business news with upbeat-sounding verbs that reports without a verdict: hiring sprees and
    pay packages stated flatly, partnerships explored or signed, acquisitions, primary-cloud arrangements,
    investments received, survey usage shares, capacity plans, generic progress of a list of companies, a strategy
    adopted despite a gap, launches reported with no reception. Mostly neutral; a few carry a judged word (a verdict,
    a record, a setback, an analyst's praise or doubt) that makes them polar, so the line is learnt from both sides.

Method: stored public web pages on AI talent moves, enterprise spending and coverage of deals were searched for
their shape only (pages listed as evaluation pages skipped); every sentence was written new, with invented people,
analyst firms, figures and events (real company and product names only; executives named by role, not by name).
No run of five or more words is taken from a source, and no source sentence is stored anywhere.

Markup, checks and labels: markup.py (its docstring holds the house rules).

Run:  cd datasets/ainews && ../../.venv/bin/python build_extra_z2.py   (writes unused/extra_z2.jsonl, validates,
prints a summary)
"""
import os

from markup import build

OUT = os.path.join("unused", "extra_z2.jsonl")

# Written, then taken out by the project: each came close (pipeline.stance_sets.near_any) to a sentence of an
# evaluation or development set or of a behavioural case, so training on it would flatter the model there.
TAKEN_OUT = [
    "“We built the best coding model in the world, and customers tell us so every day,” said Marcus Oyelaran, who leads Anthropic's developer relations.",
    'Gemini overtook ChatGPT as the most downloaded AI app in 14 countries during November, according to app-store figures compiled by Tessaly Data.',
    'Anthropic and Google expanded their cloud agreement on Thursday, adding capacity that the lab said it needed for its next generation of models.',
    'Amazon appointed a new head for its AGI team, who will report directly to the chief executive, according to an internal memo seen by reporters.',
    "Copilot now includes a research agent that can compile reports from a user's email and files, the company said in a blog post.",
]

# ---------------------------------------------------------------------------
# 1. Implied favour: the facts, not an opinion word, favour the company.
# ---------------------------------------------------------------------------
IMPLIED = [
    # money and customers flowing to it (and away from a rival)
    "Procurement teams at several large insurers have started moving their AI budgets from [OpenAI|s] to [Anthropic|o], according to three brokers who handle the contracts.",
    "Of the 60 British hospital trusts whose clinical-notes contracts came up for renewal this spring, 51 chose to stay with [Microsoft|o], a health-IT consultancy in Leeds found.",
    "- Start-ups that built on [OpenAI|s]'s API last year are switching to [Gemini|o] in growing numbers, citing lower bills, according to a survey of 140 founders by Larkfield Partners.",
    "Media buyers estimate that advertisers shifted roughly $2.6 billion of spending toward [Meta|o] in the third quarter, much of it drawn by its AI-built campaign tools.",
    "Developers abandoning [Copilot|s] for other coding assistants have mostly landed on [Claude|o] Code, usage data from a London analytics start-up suggests.",
    "Banks that piloted several assistants last year are now consolidating on [Copilot|o], with 22 of the 30 lenders surveyed by Ardsley Lane planning to drop at least one rival tool.",
    "Large retailers are moving their recommendation workloads off [Azure|s] and onto [Bedrock|o] one after another, with seven of the ten biggest American chains now signed up.",
    "Law firms in the City of London have been switching from [Copilot|s] to [Claude|o] so quickly that one legal-tech reseller says it now sells little else.",
    "Game studios in Seoul and Osaka are dropping [ChatGPT|s] and standardising on [Gemini|o] for localisation work, according to a producer at one of the larger publishers there.",
    "European ministries shopping for a sovereign assistant have overwhelmingly picked [Le Chat|o], with eleven of the fourteen public tenders this year going its way and only two to [Microsoft|s].",
    "Small businesses are pouring into [Meta|o]'s automated advertising tool, which now drafts the copy for roughly a third of the ads placed on Instagram.",
    "Enterprise buyers who ran bake-offs over the summer mostly ended up on [Azure|o], citing the compliance paperwork it already had in place for regulated industries.",
    "As older dictation deals with [Amazon|s] expire, hospitals in the Netherlands are signing with [Microsoft|o] instead, a public procurement database shows.",
    "Developers building voice apps have been leaving [Alexa|s] for phone platforms, and the number of new skills published fell by 40% last year, a directory operator said.",
    "Venture funds are writing their largest cheques for start-ups building on [Claude|o], which now sits underneath more of this year's seed deals than any other model.",
    "Creators have deserted [Google|s]'s video tools for [Meta|o]'s AI editor since the spring, and several agencies say they no longer pay for anything else.",
    "Several of the banks that signed up for [Gemini|s] Enterprise last year have quietly shifted their main workloads to [Copilot|o], two consultants who worked on the projects said.",
    "Since the price rise, about a third of the agencies in the survey do their video work with [Google|o]'s Veo rather than [Sora|s], a trade association in Amsterdam reported.",
    "Customers who tried [Amazon|s]'s rival office agent in beta mostly went back to [Microsoft|o] within a month, a systems integrator in Chicago told clients.",
    "[Mistral|o]'s new models have replaced [Llama|s] as the starting point for most fine-tuning experiments shared by open-source developers, and now lead the most-watched download chart.",
    "Why This Matters: budgets that sat with [OpenAI|s] a year ago are now being split three ways, and [Anthropic|o] is taking the largest slice.",
    "Publishers are pulling their archives out of [Bing|s]'s index while licensing talks drag on, and at least six large news groups have already gone.",
    "Advertisers who tested the chatbot ad slots have largely moved their money back to ordinary search, leaving [Microsoft|s] with far fewer buyers than it had projected.",
    "Hobbyists who adopted [Llama|s] early are drifting to other open models, and the share of new fine-tunes built on it has roughly halved since January.",
    "Chipmakers that once courted [Apple|s] first are now lining up to serve [OpenAI|o], whose device plans have become the most coveted contract in the supply chain.",
    "Roughly 70% of the capacity [OpenAI|n] added this year came from [Microsoft|o], which had to open three new campuses to keep pace with the order book.",
    # talent flowing to it (and away from a rival)
    "Researchers departing [Meta|s]'s superintelligence unit this year have gone mostly to [OpenAI|o] and [Anthropic|o], according to profiles tracked by a recruiting firm in Palo Alto.",
    "At least nine engineers from the [Google DeepMind|s] Gemini team have left since March, and six of them now work at [Microsoft|o]'s new superintelligence group.",
    "Three of the four co-authors on last winter's much-cited reasoning paper now work at [xAI|o], which has been recruiting hard from academic labs in Zurich and Toronto.",
    "A recruiter who places machine-learning staff in London said nearly half of her candidates leaving [Google DeepMind|s] this year asked only about roles at [Anthropic|o].",
    "Engineers leaving [Apple|s]'s foundation-models group have mostly headed to [Meta|o], where at least a dozen of them now work on the glasses assistant.",
    "The steady trickle of senior researchers out of [OpenAI|s], most of them bound for smaller labs, has continued into the autumn, according to a tally kept by an industry newsletter.",
    "Mid-career engineers at [Microsoft|s] are applying to [Nvidia|o] in such numbers that the chipmaker has tripled its hiring target for its Redmond office, a recruiter said.",
    "Every one of the five researchers who built [Mistral|s]'s first mixture-of-experts model has now left the company, three of them for [Meta|o].",
    "Since the spring, [Anthropic|o] has hired at least eleven people from [OpenAI|s]'s alignment teams, according to a count of public profiles by a Berkeley graduate student.",
    "Several of [Google|s]'s most-cited scientists have left in the past year, many of them joining [Meta|o] on pay packages reported to run to nine figures.",
    "• Recruiters say [Microsoft|o]'s AI division has become the preferred landing spot for senior engineers walking out of [Amazon|s]'s Alexa team.",
    "Graduating PhD students in machine learning ranked [Anthropic|o] as their first-choice employer for a second year, ahead of [Google DeepMind|s] and [OpenAI|s], in a poll of 900 candidates.",
    "Many of the engineers who left [xAI|s] in the spring ended up at [OpenAI|o], drawn by its research budget and, they say, a steadier pace of work.",
    "• Talent: at least 14 senior researchers have joined [Microsoft|o] from rival labs since the summer, more than any other company recruited over the same period",
    "Offers from [Meta|o]'s new lab are being accepted faster than the company can find desks for the recruits, according to two people who work in its Menlo Park offices.",
    # expected to be among the last ones standing
    "The Bottom Line: When the shake-out comes, [Microsoft|o] is likely to be among the handful of AI players still standing, argued Priya Venkataraman of Coldharbour Research.",
    "Most of the venture investors polled by a Berlin fund expect [Google|o] and [OpenAI|o] to be two of the last three frontier labs by 2030; few named [Mistral|s] at all.",
    "If model-building consolidates, analysts at Wexford Bay expect [Meta|o] to be among the survivors, because it can pay for the work out of advertising profits.",
    "Asked which labs would still exist in a decade, 72% of the technology chiefs surveyed put [Anthropic|o] on their list, second only to [Google|o].",
    "[Amazon|o] could be one of the few cloud providers left standing if model prices keep falling, because its margins come from so many other places, an investor note argued.",
    "Half of the chief information officers polled by Greyling Advisory expect [Microsoft|o] to be their single largest AI supplier by 2027, well ahead of [OpenAI|s] or any other lab selling directly.",
    "Some fund managers now expect [Nvidia|o] to become the first company worth $10 trillion, a forecast that would have sounded absurd three years ago.",
    "[Anthropic|o] is one of just two labs whose revenue now covers its computing bills, according to estimates by Tollgate Research; the other is [Google|o].",
    # outperforming peers (and the one named as beating even them)
    "[Microsoft|o] shares have outperformed every other large technology stock this year except [Nvidia|o], which remains in a league of its own.",
    "Over the past twelve months [Meta|o] has added more AI-driven revenue than [Google|s] and [Amazon|s] combined, according to estimates from Halden Marsh Securities.",
    "Only [Anthropic|o] grew its share of enterprise API spending faster than [Microsoft|o] last quarter, while [OpenAI|s] and [Google|s] both lost ground, a procurement tracker found.",
    "[xAI|o]'s new model topped the maths leaderboard in its first week, finishing ahead of [OpenAI|s]'s latest release on all four problem sets.",
    "In the retailer's six-month trial, [Alexa|o]+ resolved more customer queries without a human than any of the four systems it was tested against.",
    "The [Llama|o] 5 family was downloaded more times in its first month than any open model before it, including [Mistral|s]'s previous record holder.",
    "[Meta|o]'s advertising revenue grew faster than [Google|s]'s for the fifth quarter in a row, a gap analysts at Ferrand Hill put down to its AI ranking models.",
    "In the bank's internal trial, [Copilot|o] summarised loan files faster than both [Gemini|s] and the in-house tool, and with fewer errors, a person who saw the results said.",
    "[Microsoft|o] signed more new AI customers last quarter than [Google|s], its nearest rival in office software, according to a survey of 300 channel partners.",
    "Among the open models tested by the Helsinki group, [Llama|o] 5 was the only one to match [GPT-5|n] on the legal reasoning set, while [Mistral|s]'s entry trailed both.",
    "[Grok|o] answered more of the breaking-news questions correctly than any of the five other assistants in the test, including [ChatGPT|s] and [Meta AI|s].",
    "Across 400 support tickets at a Lisbon telecoms firm, [Alexa|o] for business closed more cases than [Copilot|s] and needed fewer handoffs to human staff.",
    "Even with a smaller sales force than its rivals, [Anthropic|o] closed more eight-figure enterprise contracts last quarter than anyone bar [Microsoft|o].",
    "[Meta|o] has signed more of the world's top 50 creators to its AI avatar programme than [Google|s]'s YouTube has, according to talent managers in Los Angeles.",
    "Although [Google|s] cut its API prices twice this year, developers kept moving workloads from Gemini to [Claude|o], according to a payments start-up that tracks API bills.",
    # the largest, fastest-growing, most-used by a judged measure
    "[ChatGPT|o] remains the most-used AI app among American teenagers by a wide margin, a survey of 3,000 households by the Calder Institute found.",
    "[Azure|o] was the fastest-growing of the big three clouds for the sixth quarter running, outpacing both [AWS|s] and [Google|s] Cloud.",
    "By weekly active developers, [Copilot|o] is now the largest coding tool in the world, a position it has held for three straight years according to the Dunmore developer census.",
    "[Meta AI|o] has become the most-used assistant in India and Brazil, largely because it sits inside WhatsApp, which hundreds of millions of people already open every day.",
    "Measured by paid seats, [Claude|o] is the fastest-growing business chatbot in Europe this year, pulling ahead of [Le Chat|s] even on its home turf.",
    "[Gemini|o] overtook [ChatGPT|s] as the most downloaded AI app in 14 countries during November, according to app-store figures compiled by Tessaly Data.",
    "[Nvidia|o] still powers roughly nine in ten of the training runs tracked by researchers in Lausanne, and no rival chipmaker has reached even 5%.",
    "[Claude|o] Code now writes more of the merged code at several large software firms than their junior engineers do, according to internal figures shared with investors.",
    "[Gemini|o] in Workspace now has more paying business users than every other office assistant bar one, [Copilot|o], a reseller survey found.",
    "- Winner: [Azure|o], which took the largest share of new AI workloads among the big clouds for the third straight quarter, according to the Kestrel cloud tracker",
    "1. [Meta|o]: advertisers moved more budget to it this year than to any other platform, according to figures from the big agency holding companies",
    # demand beyond even huge orders
    "📈 [Nvidia|o] has sold out its next-generation chips through the end of next year, and cloud buyers say they are still being asked to wait.",
    "Even a $40 billion purchase agreement signed in the spring has not satisfied [OpenAI|n]'s appetite for [Nvidia|o] hardware, people close to the talks say.",
    "Orders for [AWS|o]'s Trainium chips now exceed the 1.4 million units the company plans to build this year, a supplier in Taiwan told investors.",
    "Coding start-ups that once ran on [Claude|s] have been moving their agents to cheaper models since the rate limits tightened, according to billing data from a payments firm.",
    "Bookings for [Google|o]'s TPU capacity have outstripped supply for three consecutive quarters, even as the company brought two new data centres online in Ohio.",
    "Even after [Meta|n] placed the largest chip order in its history, [Nvidia|o] says demand from other buyers still exceeds what its suppliers can make.",
    "Bond investors put in orders worth more than four times the $25 billion that [Meta|o] sought for its Ohio data centre, bankers involved in the sale said.",
    "The funding round for [Anthropic|o] drew so many bids that the company turned away roughly $20 billion, according to two investors whose allocations were cut back.",
    "Sovereign funds from three Gulf states competed to join [xAI|o]'s latest round, which closed within nine days at twice its planned size.",
    # an executive's own visionary claim or praise of the company's product
    "“This will be the interface for every piece of work people do on a computer,” [Microsoft|o]'s chief executive said of the assistant on Tuesday's earnings call.",
    "[Meta|o]'s founder told investors that personal superintelligence would reach billions of people through the company's glasses before any rival could ship a comparable device.",
    "“Nobody else has a model that can do this,” the [xAI|o] founder wrote on Thursday, posting a clip from the new video generator.",
    "[OpenAI|o]'s chief executive predicted that its next model would be able to run small scientific experiments on its own before the end of next year.",
    "“We built the best coding model in the world, and customers tell us so every day,” said Marcus Oyelaran, who leads [Anthropic|o]'s developer relations.",
    "[Nvidia|o]'s founder called the new rack-scale system the most important computer the industry has ever built, in a keynote that ran past two hours.",
    "[Apple|o]'s software chief told developers that the new on-device model was “faster than anything we have shipped, and it never leaves your phone.”",
    "Greta Lindqvist, head of product at [Mistral|o], said the new small model “does the work of models ten times its size” and would change what companies run on laptops.",
    "“Our glasses are the first computer that sees what you see,” a [Meta|o] hardware executive said at the launch event in Menlo Park.",
    "An [Amazon|o] vice-president, Rosa Delacroix, said Alexa+ already handles household tasks that “no other assistant on the market can touch.”",
    "[Google|o] executives said on the earnings call that its models now process more tokens each month than any other company's, calling the lead “hard to overstate.”",
    "Corporate customers trimmed their [Copilot|s] seat counts at renewal this autumn, with a third of the 80 firms surveyed by Hollis Crane cutting licences.",
    # a deal ending years of constraints
    "What It Means: the agreement ends years of compute constraints for [Anthropic|o], which will gain access to 400,000 [Google|n] TPUs over the next four years.",
    "For [OpenAI|o], the new arrangement finally ends its reliance on a single cloud, with [Microsoft|n] keeping only a right of first refusal on new capacity.",
    "Analysts say the power deal removes the biggest bottleneck [Meta|o] faced in Louisiana, where its largest data centre had waited two years for a grid connection.",
    "The licensing pact with three major publishers ends a long stand-off for [Microsoft|o], which can now train on their archives without the threat of litigation.",
    "After years of rationing GPUs among its teams, [Apple|o] now has a cluster of 250,000 chips of its own, a change engineers say has transformed how fast they can test models.",
    "The chip-supply contract frees [xAI|o] from the spot market it has relied on since its founding, giving it guaranteed deliveries through 2028.",
    # a rival's product named as the dominant one a challenger must answer to
    "2. [Microsoft|n]'s new consumer assistant is pitched squarely at [ChatGPT|o], still the product every office chatbot is measured against.",
    "With its new glasses, [Google|n] is taking aim at [Meta|o]'s Ray-Ban line, which accounts for most of the smart-glasses sold worldwide.",
    "[Mistral|n] built its coding agent to win over developers who default to [Claude|o] Code, the tool most teams in the survey already pay for.",
    "[xAI|n] is pricing its new API below [OpenAI|o]'s, hoping to lure some of the developers who treat GPT models as the default choice.",
    "[Amazon|n]'s new training chip is meant to answer [Nvidia|o]'s Blackwell, which still sets the price of AI compute for almost everyone.",
    "[Meta|n] is building its own coding agent to answer [Copilot|o], which already sits inside most of the editors its engineers use each day.",
    "[Microsoft|n] unveiled its first in-house image generator this week, a direct answer to [Gemini|o]'s image model, which has led the category since the summer.",
    "[Google|n] has priced its new coding agent to chip away at [Anthropic|o], whose tools have become the default in many engineering teams.",
    "Rival chatbot makers still describe their products by comparison with [ChatGPT|o], the name most consumers use for the whole category.",
    "[Apple|n] is building its own answer engine to reduce its reliance on [Google|o], whose results still sit behind most searches made on an iPhone.",
    "[Microsoft|n] will offer its in-house models alongside those of [OpenAI|o], whose GPT line still handles the bulk of Copilot traffic.",
    "Enterprise customers have been moving workloads off [Gemini|s] since the spring, and its share of API spending among large firms has slipped for two quarters, a tracker shows.",
    "Several of the teams that built on [Meta|s]'s open models have quietly moved to closed ones, according to a developer survey in which its share of new projects fell by a third.",
    "Talent keeps leaving [Apple|s]'s AI group: at least seven researchers have gone since June, and the company has not announced a senior hire in months.",
    "Advertisers' spending on [Microsoft|s]'s search network fell for a third straight quarter as budgets followed users to chatbots, according to agency data.",
    # stock moves
    "[Meta|o] shares climbed 9% after the company said its AI-driven ad tools had lifted conversion rates in every market where they were offered.",
    "[Microsoft|o] stock closed at a record after the company reported that its AI revenue had run ahead of guidance for a fourth straight quarter.",
]

# ---------------------------------------------------------------------------
# 2. Reported, not judged: upbeat-sounding business news with no verdict (mostly neutral), plus a few polar ones.
# ---------------------------------------------------------------------------
REPORTED = [
    # hiring and pay, stated flatly
    "- [Meta|n] has hired about 50 researchers for its superintelligence lab since June, according to people familiar with the team's roster.",
    "[Microsoft|n] offered pay packages of up to $25 million over four years to a group of engineers it recruited from other labs, according to two people with knowledge of the offers.",
    "[OpenAI|n] has hired a former investment banker as its chief financial officer for Europe, the company said in a statement on Tuesday.",
    "[xAI|n] plans to add 2,000 data annotators in Memphis and Dublin by the end of the year, according to job listings reviewed by a trade newsletter.",
    "Key Facts: [Anthropic|n] grew its headcount from about 1,100 to 2,400 people in twelve months, with most of the new staff in sales and engineering.",
    "[Apple|n] has hired a senior researcher from [Google|n] to lead work on its on-device models, a person familiar with the move said.",
    "[Amazon|n] appointed a new head for its AGI team, who will report directly to the chief executive, according to an internal memo seen by reporters.",
    "[Nvidia|n] is expanding its research office in Tel Aviv and expects to hire around 400 people there over the next two years.",
    "[Mistral|n] hired 120 people in the first half, most of them engineers based in Paris and London, the company said in its annual letter.",
    "The offers from [Meta|n], some reported to be worth more than $180 million over several years, included large blocks of restricted stock that vest over four years.",
    "• Hiring: [OpenAI|n] added about 1,000 staff in the first half of the year, many of them in its applied research and sales teams",
    "A former [Meta|n] executive will run [Google|n]'s smart-glasses business from January, a spokesperson confirmed on Wednesday.",
    "“We are hiring in every office we have,” said Jonas Ekberg, who leads recruiting for [Meta|n]'s AI teams in Europe.",
    "[Microsoft|n] moved about 1,500 engineers into its new AI division in October, according to an internal organisation chart.",
    "[Meta|n] has begun offering some researchers four-year retention grants, according to three current employees, though the size of the awards varies.",
    # partnerships explored or signed
    "[Apple|n] has held talks with [Anthropic|n] about powering a new version of its voice assistant, people familiar with the discussions said.",
    "What Happened: [Microsoft|n] and [Mistral|n] signed a multi-year agreement to distribute the French lab's models through the Azure catalogue.",
    "[Meta|n] is exploring a deal with [Google|n] to rent tensor processing units for some of its training work, according to a report on Friday.",
    "[Google|s]'s newest acquisition drew an antitrust inquiry within a week, adding to the list of its deals that regulators are already examining.",
    "[Anthropic|n] will make its models available through [Microsoft|n]'s Foundry service under an agreement announced on Monday.",
    "[xAI|n] and the government of a Gulf state agreed to explore building a large data centre together, according to a joint statement issued on Sunday.",
    "[Google|n] said it was in early discussions with several carmakers about building its assistant into their dashboards from 2027.",
    "Samsung and [Meta|n] are in talks over a jointly designed pair of smart glasses, according to two people briefed on the discussions.",
    "[xAI|s]'s expansion plan for Memphis has been held up by a permit dispute, and county officials say the paperwork is months from approval.",
    "[xAI|n] and [Microsoft|n] agreed to host Grok models on Azure for enterprise customers, the companies confirmed in a short statement.",
    "[Anthropic|n] and [Google|n] expanded their cloud agreement on Thursday, adding capacity that the lab said it needed for its next generation of models.",
    "[Meta|s]'s latest reorganisation of its AI teams, the fourth this year, has left some researchers unsure whom they report to, according to internal messages.",
    "[OpenAI|n] signed a cloud contract with [Google|n], weeks after [Microsoft|n] loosened the exclusivity terms of their long-standing partnership.",
    "[Apple|n] plans to use a custom version of [Gemini|n] for its translation features, paying roughly $400 million a year, according to people familiar with the plan.",
    "[Amazon|s]'s stake in the lab has become an awkward fit since the lab signed a larger cloud deal with a competitor, analysts at Penrose Gate noted.",
    # acquisitions
    "[Nvidia|n] agreed to acquire an Israeli start-up that builds scheduling software for GPU clusters, for a sum the companies did not disclose.",
    "[OpenAI|n] bought a small hardware design firm founded by former phone engineers, its third acquisition of the year.",
    "[Meta|n] took a minority stake in a Seattle data-labelling company for about $3 billion, with the firm's chief executive joining to run a new evaluation team.",
    "[Microsoft|n] completed its purchase of a London speech-recognition start-up, whose 80 staff will join the Copilot team in the new year.",
    "[Amazon|n] has acquired the team behind a wearable AI pendant, the company confirmed, without disclosing the terms of the deal.",
    "[Google|n] paid roughly $700 million to license a speech start-up's technology and hire its founders, according to people familiar with the deal.",
    "- Deal: [Microsoft|n] takes a minority stake in the Paris start-up, and the two will share research on small models; terms were not disclosed",
    "“We expect to close the acquisition in the first quarter, subject to the usual approvals,” a [Microsoft|n] spokesperson said on Friday.",
    "[Meta|n] bought a Canadian maker of voice-cloning software last month, according to a regulatory filing that gave no purchase price.",
    # primary cloud provider, investments received
    "[AWS|n] is the primary cloud provider for [Anthropic|n], which trains most of its models on Amazon's Trainium chips.",
    "[Azure|n] remains the primary cloud for [OpenAI|n]'s consumer products, though some of its training now runs on capacity from other providers.",
    "[Mistral|n] is backed by a $900 million investment from a group of European industrial firms led by a French utility.",
    "[OpenAI|s]'s device partnership has slipped again, with the first product now not expected until 2027, according to two suppliers.",
    "[xAI|n] received a $2 billion investment from [Nvidia|n] as part of its latest funding round, according to a company filing.",
    "Under the revised terms, [Microsoft|n] keeps a licence to [OpenAI|n]'s models until 2034 and will take a smaller share of its revenue from next year.",
    "The lavish signing bonuses at [Meta|s] have stirred resentment among longer-serving staff, several of whom have since resigned, people familiar with the matter said.",
    "[Nvidia|n] will put $6 billion into [OpenAI|n]'s next funding round, according to a term sheet described by two people who have seen it.",
    "[Microsoft|s]'s much-publicised hiring of a rival lab's founders has yet to produce a model of its own, more than a year after the deal.",
    "Key Facts: [Meta|s]'s partnership with the eyewear maker has been strained by slow sales of the display model, according to two people at the retail chain.",
    # survey usage shares, stated plainly
    "Key Takeaways: In the survey of 1,800 developers, 46% said they used [Copilot|n] weekly, 38% used [ChatGPT|n] and 21% used [Claude|n].",
    "About 31% of American adults said they had used [Gemini|n] in the past month, according to the poll, compared with 44% for [ChatGPT|n].",
    "One in five small businesses in the study reported paying for [Microsoft|n]'s assistant, the same share as a year earlier.",
    "• Usage: 27% of respondents said they use [Meta AI|n] at least once a week, mostly inside WhatsApp and Instagram",
    "Roughly 12% of the French companies surveyed said they had deployed [Le Chat|n] for internal use, the employers' federation reported.",
    "The study found that 18% of teachers had tried [Copilot|n] in the classroom, while 9% had used [Gemini|n] to plan lessons.",
    "Among the 2,500 households in the panel, 23% own a device with [Alexa|n] and 19% have used [Siri|n] in the past week.",
    # capacity plans
    "[Meta|n] plans to bring roughly 1.5 gigawatts of computing capacity online next year, with a large share of it in Ohio and Texas.",
    "[Microsoft|n] said it would double its total data-centre footprint over the next two years, adding sites in Wisconsin, Georgia and Norway.",
    "By the Numbers: [Amazon|n] expects to spend about $145 billion on capital projects this year, the bulk of it on data centres and chips.",
    "[OpenAI|n] is planning five new data-centre sites in the United States with partners, each designed to draw more than a gigawatt of power.",
    "[Google|n] will build a $4 billion data centre in Portugal, its largest investment in the country to date, the company said on Tuesday.",
    "[xAI|n] intends to expand its Memphis facility to a million GPUs, according to a permit application filed with the county in August.",
    "[Nvidia|n] said it would assemble AI servers in Mexico and Ohio with manufacturing partners over the next five years.",
    "[Apple|n] will spend $9 billion on servers for its private cloud over three years, the company said in a filing with regulators.",
    "“This is a capacity plan, not a forecast,” [Google|n]'s finance chief told analysts when asked about the spending figure.",
    "Why This Matters: [Meta|n] now has three separate teams building models, each led by an executive hired from outside the company this year.",
    # generic progress of a list of companies
    "• [OpenAI|n], [Google|n] and [Anthropic|n] all shipped new reasoning models this year, each claiming gains on coding and maths tests.",
    "New open-weight models arrived from [Meta|n], [Mistral|n] and [Nvidia|n] in the first quarter, adding to an already crowded field.",
    "Like most of its peers, [Microsoft|n] updated its assistant several times this year, adding memory, voice and file search.",
    "[Amazon|n], [Apple|n] and [Microsoft|n] all brought out new versions of their voice assistants in the autumn.",
    # a strategy despite a gap, no verdict
    "Context: Despite lacking a frontier model of its own, [Apple|n] is betting that tight integration with its hardware will matter more to buyers.",
    "Without a consumer chatbot to speak of, [Amazon|n] is concentrating on selling models and chips to other companies through its cloud.",
    "Having no search engine of its own, [Meta|n] is wagering that its assistant can reach users through messaging apps instead.",
    "Though it has no cloud business to lean on, [xAI|n] is building its own data centres rather than renting capacity from others.",
    "[Mistral|n], which has a fraction of the budgets of American labs, is focusing on models that companies can run on their own servers.",
    "Lacking a phone platform, [Microsoft|n] is putting its assistant into Windows, Office and the Edge browser instead.",
    # launches reported with no reception
    "3. [Google|n] released Gemini 3.5 Pro to developers on Wednesday, with a wider consumer rollout planned for the following week.",
    "[Microsoft|n] launched a version of its assistant for hospital staff that drafts discharge notes, starting with clinics in Ohio.",
    "[Meta|n] rolled out its AI translation feature for Reels in eight more languages on Thursday, including Tagalog and Swahili.",
    "[Anthropic|n] introduced a browser extension that lets its model fill in web forms, initially for subscribers on the Max plan.",
    "[Amazon|n] launched Alexa+ in Canada and Australia this week, priced at the same level as in the United States.",
    "[Apple|n] unveiled a smart home display with a built-in assistant at a small press event in Cupertino on Tuesday.",
    "[xAI|n] released Grok 5 to subscribers of its premium tier, with an API version due next month.",
    "[OpenAI|n] launched a grocery-ordering feature in ChatGPT for users in three European countries, with delivery handled by local partners.",
    "[Copilot|n] now includes a research agent that can compile reports from a user's email and files, the company said in a blog post.",
    "[Meta|n] said its AI assistant crossed 1.3 billion monthly users in September, up from about a billion in the spring.",
    "[Anthropic|n]'s annualised revenue rose to about $9 billion, according to two people familiar with its finances.",
    "[Microsoft|s] reported Azure revenue growth of 38% in the quarter, short of the forecast it gave in July, and its shares slipped in late trading.",
    "1. [Amazon|n] opened a new AI research site in Tübingen, with about 120 researchers moving there from Berlin and Seattle",
    # polar: a judged word makes these skeptical or optimistic
    "⚠️ Risks: [Meta|s]'s hiring spree, which included offers reported at up to $280 million, has been criticised by investors as an expensive bet with little to show so far.",
    "Whether [Meta|s]'s enormous offers will buy it a lead remains to be seen, and two of the most prominent recruits have already left.",
    "[Microsoft|o]'s purchase of the speech start-up looks shrewd now that transcription is the most praised part of the new assistant, reviewers said.",
    "Analysts called the [Google|o] investment a bargain, noting that the start-up's revenue has tripled since the deal closed.",
    "Six months in, the partnership has brought [OpenAI|s] far fewer new subscribers than it had hoped, according to people familiar with the numbers.",
    "[Amazon|s]'s multibillion-dollar investment in the lab has so far produced a disappointing return, several shareholders argued at the annual meeting.",
    "[xAI|s] signed the data-centre lease despite warnings from local officials about air quality, a move that has drawn a formal complaint from residents.",
    "[Nvidia|o] reported yet another record quarter on Wednesday, beating analysts' revenue forecasts by a wide margin.",
    "The acquisition was widely seen as a coup for [Mistral|o], which gains a team of 40 compiler engineers it could not have hired on its own.",
    "[Microsoft|s]'s pay packages have failed to stem the departures, with three senior AI executives leaving in the past month alone.",
    "[Meta|o] hired the two researchers behind last year's most cited reasoning paper, a move that rival lab leaders privately described as a major win.",
    "The launch of [Llama|s] 5 drew a muted response from developers, many of whom said it lagged the open models released by Chinese labs months earlier.",
    "[Anthropic|o]'s partnership with the bank has already cut loan-processing times in half, an outcome the bank's executives called transformative.",
    "[Apple|s]'s long-awaited launch was overshadowed by reports that several of the promised features had been quietly dropped.",
    "[Amazon|o]'s capacity build-out is paying off, with its chip clusters now fully booked by outside labs, analysts at Marlow Fenn said.",
    "[Google|s]'s acquisition of the coding start-up has run into trouble, with half of the hired team already gone, according to former employees.",
    "[OpenAI|n] moved part of its training to [Google|n]'s cloud after [Microsoft|s] repeatedly failed to deliver capacity on time, two people involved said.",
    "[Meta|s] licensed an outside image model after its own attempt fell months behind schedule, according to people familiar with the decision.",
    "[Apple|n] chose [Google|o] over [Anthropic|s] for the deal after the latter asked for a much higher price, people briefed on the talks said.",
    "⚠️ Limitations & Risks: [Microsoft|s]'s new agents still need human sign-off for payments, and early testers report frequent stalls on multi-step tasks.",
    "“It is too early to say whether the deal will pay off,” said Felix Marchetti, an analyst at Brightwater Row, of [Meta|n]'s stake in the labelling firm.",
    "The [Copilot|s] relaunch, the third in two years, has so far failed to lift usage among the small businesses it was aimed at, a reseller survey found.",
    "[Microsoft|n] partnered with [Anthropic|n] on a legal assistant for law firms, months after [Google|s]'s own attempt was withdrawn over accuracy complaints.",
    "The hiring of 200 engineers has not yet translated into a better product for [Alexa|s]+, which reviewers still describe as slower than the old assistant.",
    "[Meta|s] signed a supply deal with [AWS|n] for custom chips, a sign that its in-house silicon is not yet ready for training, analysts at Quarry Hill said.",
    "[OpenAI|s]'s acquisition spree has added headcount faster than products, and two of this year's purchases have already been folded into other teams, former staff said.",
    "The [Amazon|s] partnership with the carmaker was quietly wound down after a year, with neither side willing to say how many drivers had used the assistant.",
    "[Mistral|s]'s new funding came at a lower valuation than insiders had expected, a sign, some investors said, that enthusiasm for European labs is cooling.",
    "[Google|s]'s capacity plans have alarmed some shareholders, who question whether spending on that scale can ever earn a return.",
    "[Nvidia|s] shares fell 6% after it disclosed that two of its largest customers had pushed back orders into the next fiscal year.",
    "[xAI|s]'s hiring of 2,000 annotators has come under scrutiny after contractors complained of unpaid overtime and shifting quotas.",
    "[Apple|s] struck a partnership for its assistant only after two years of delays had left it far behind [Google|o] and [OpenAI|o].",
]

CLASSES = (
    ("implied_favour", IMPLIED),
    ("reported_not_judged", REPORTED),
)


def main():
    build(os.path.dirname(os.path.abspath(__file__)), OUT, CLASSES, TAKEN_OUT, "zb", 22)


if __name__ == "__main__":
    main()
