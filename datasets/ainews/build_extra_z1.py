"""Build unused/extra_z1.jsonl: original sentences in the style of published AI-industry coverage in which the polarity
of the WORDS and the verdict toward the company point opposite ways, and the verdict decides the label.

Two groups, about half each:
  1. refuted_doubt: negative vocabulary, favourable verdict. Worries eased or put to rest by results; doubters,
     short sellers and skeptics proven wrong; results that defy gloomy forecasts; a stock an analyst says the
     market still undervalues; court rulings for the company, suits dismissed, inquiries closed in its favour;
     shares rallying despite a setback; partnerships deepened amid criticism; turnarounds after a bad year; course
     corrections that leave the company competitive. A few keep the same shape with a negative verdict (a concern
     raised and NOT put to rest -> skeptical), and a few flat facts and court schedules carry the negative
     vocabulary with no verdict (-> neutral), so that the verdict, not the words, is learned.
  2. praise_undercut: favourable vocabulary, unfavourable verdict. Sarcasm and irony; counterfactual praise; "once
     hailed as ..., now ..."; fanfare, records and big launches judged unlikely to matter; products that only work
     inside their maker's ecosystem; new features called catch-up; "landmark" settlements paid by the company;
     staff or community backlash against an impressive-sounding project; policies walked back after an outcry;
     tools misused by attackers; audits and independent tests finding failure rates in flagship products; growth
     outrun by demand; behaviour that surprised a company's own safety team. A few where the praise survives
     (-> optimistic).

Method: a few stored public pages on these themes were read for the shape of their sentences (hedges, reported
speech, concessives, the roles in a comparison, list markers and section labels in front). Every sentence here was
written fresh: no run of five or more words is taken from a source and no source sentence is stored. All people,
analyst firms, figures and events are invented (real company and product names only).

Markup, checks and labels: markup.py (its docstring holds the house rules).

Run:  cd datasets/ainews && ../../.venv/bin/python build_extra_z1.py   (writes unused/extra_z1.jsonl, validates,
prints a summary)
"""
import os

from markup import build

OUT = os.path.join("unused", "extra_z1.jsonl")

# Written, then taken out by the project: each came close (pipeline.stance_sets.near_any) to a sentence of an
# evaluation or development set or of a behavioural case, so training on it would flatter the model there.
TAKEN_OUT = [
    '2. Siri: the most improved assistant of the year, which says more about where it started than where it is',
    'Anthropic was supposed to be squeezed out by bigger rivals; instead its annualised revenue has tripled since January, two people briefed on the figures said.',
    "Short sellers remain convinced that xAI is burning cash faster than it can raise it, and nothing in Monday's update gave them cause to reconsider.",
    'Bing has never looked smarter, reviewers agree, and yet Google still handles roughly nine in ten searches worldwide.',
    'The fanfare for Claude Opus 5 was loud and, for once, deserved: it beat GPT-5 and Gemini on the legal-reasoning benchmark a Boston law school designed.',
]

# ---------------------------------------------------------------------------
# 1. Negative vocabulary, favourable verdict (and a few controls that keep a negative or no verdict).
# ---------------------------------------------------------------------------
REFUTED_DOUBT = [
    # worries eased, doubters proven wrong, results that defy gloomy expectations
    "Fears that [Microsoft|o] had overbuilt its data centres eased on Tuesday when cloud revenue grew 41%, three points above even the gloomiest forecasts.",
    "The worry hanging over [Meta|o] all spring was that AI spending would eat its margins; instead, operating margin widened to 43% in the quarter.",
    "[Meta|n] said its legal reserve for privacy cases stood at $2bn at the end of June, unchanged from a year earlier.",
    "Doubters said nobody would pay for [Alexa|o]+, yet 14 million households had signed up by the end of March, well ahead of internal targets.",
    "[Anthropic|o] was supposed to be squeezed out by bigger rivals; instead its annualised revenue has tripled since January, two people briefed on the figures said.",
    "Betting against [Nvidia|o] has been a losing game for three years running, and Wednesday's quarter handed the bears another bruising.",
    "Trading in [Microsoft|n] options ahead of Tuesday's results implies a move of about 5% in either direction, according to a derivatives desk in London.",
    "The skeptics got [Mistral|o] wrong: the Paris lab many wrote off as a regional curiosity now counts 30 of Europe's 50 largest banks as customers.",
    "Analysts at Harrowgate Securities argue the market still undervalues [Microsoft|o], pricing it like a mature software vendor while its AI unit grows like a start-up.",
    "Despite a bruising week of headlines about delays, [Apple|o] shares closed at a record on Friday as iPhone orders in China beat estimates.",
    "[Amazon|o] stock rebounded 6% after the cloud division's results put to rest concerns that it had fallen behind in the AI race.",
    "For a company that critics had declared finished in search, [Google|o] posted a remarkably calm quarter, with ad sales up 14% and no sign of users drifting away.",
    "Worries about [xAI|o]'s cash burn receded after it closed a $12bn round at a higher valuation than its own bankers had expected.",
    "The gloomiest forecasts for [Copilot|o] assumed fewer than 20 million paid seats by summer; the count disclosed on Wednesday was 31 million.",
    "The doubts that once hung over [Mistral|o] have faded now that its models sit in the catalogues of [Microsoft|n], [Amazon|n] and [Google|n] alike.",
    "“Everybody told us the enterprise market was locked up,” said a senior [Anthropic|o] executive, adding that 70% of new revenue now comes from large companies.",
    "Those who predicted [Sora|o] would be a passing fad have had to think again, with the app still logging 40 million weekly users six months after launch.",
    "Far from collapsing after the boardroom clash, [xAI|o] shipped two major models in a quarter and signed its first government customer.",
    "The fear was that [Llama|o] would be left behind by closed models; the new release matched them on most tests while remaining free to download.",
    "[Copilot|o] was mocked as a solution looking for a problem, yet a study of 6,000 accountants found it cut month-end closing times by a fifth.",
    "[xAI|n] said it would publish quarterly figures on moderation removals, starting with the three months to September.",
    "“We were told this was a bubble, and our order book says otherwise,” [Jensen Huang|o] told analysts on Wednesday's call.",
    "The slump in [Microsoft|o] shares after last quarter's guidance now looks like a buying opportunity, according to a note from Tesselate Capital that lifted its target to $610.",
    "Tests by a Zurich lab put to rest claims that [Claude|o] had been quietly downgraded, finding scores identical to launch week across 2,000 prompts.",
    "Critics warned that [Google|o]'s AI summaries would starve publishers of clicks, but an independent study from a Dutch university found referral traffic broadly steady.",
    "“The bear case on [Amazon|o] was always that it had no model of its own, and that argument looks thinner every month,” said Priya Venkataraman of Olsten Crane Research.",
    "“I said [Meta|o] would regret spending $70bn on chips, and I was wrong,” wrote Dorian Kessel, a fund manager who had been among its loudest critics.",
    "Dismissed as a vanity project at launch, [Grok|o] now has more paying business users than several older chatbots, according to figures shared with investors.",
    # courts, regulators, investigations closed in the company's favour
    "A federal judge in California dismissed the copyright claims against [Meta|o] on Thursday, ruling that the authors had shown no harm to the market for their books.",
    "The European Commission closed its inquiry into [Microsoft|o]'s AI bundling without a fine after the company agreed to make the assistant an optional download.",
    "Key Facts: regulators in Dublin ended their review of [Meta AI|o] with no finding of a breach, an outcome privacy campaigners had confidently predicted would go the other way.",
    "An appeals court threw out the $240m patent verdict against [Apple|o], saying the jury had been given flawed instructions.",
    "• The class action accusing [OpenAI|o] of misleading subscribers was dismissed with prejudice in San Francisco, so it cannot be refiled.",
    "Britain's competition watchdog cleared [Amazon|o]'s stake in the robotics start-up after a four-month probe, concluding it posed no threat to rivals.",
    "A Paris court rejected a publishers' bid to stop [Mistral|o] training on French news archives, finding the lab had honoured every opt-out.",
    "Antitrust officials in Washington have dropped their investigation into [Nvidia|o]'s software licensing, according to a letter seen by reporters.",
    "[xAI|o] won a rare legal victory when a Texas judge tossed a defamation suit over one of its chatbot's answers, ruling the output was clearly labelled as machine-made.",
    "The audit that critics hoped would embarrass [Anthropic|o] instead found its safety testing went beyond the voluntary code on nine of ten measures.",
    # shares rallying despite a setback
    "[Microsoft|o] shares climbed 3% on Thursday even after an outage knocked its assistant offline across Europe, as investors focused on a string of contract wins.",
    "A short-seller report accusing [Nvidia|o] of stuffing its sales channel barely moved the shares, which ended the day 1.4% higher.",
    # deepened despite criticism, turnarounds, course corrections
    "Despite a chorus of complaints from privacy groups, [Microsoft|o] signed up three more national health services for its clinical scribe this quarter.",
    "Last year [Meta|o] was the cautionary tale of AI spending; this year it is the company rivals are trying to copy.",
    "After a miserable stretch in AI, [Apple|o] has quietly assembled on-device features that reviewers now call the most dependable on any phone.",
    "[Nvidia|n] shares have swung by an average of 4% on each of its last eight results days, according to data from an options exchange.",
    "Written off after the botched launch of its image tool, [Gemini|o] has become the fastest-growing chatbot in the world by two traffic measures.",
    "[OpenAI|o] reversed the unpopular model change within three days, and usage climbed back to its previous peak the following week.",
    "Having misjudged demand for its open models, [Mistral|o] pivoted to enterprise deployments and now books more revenue per employee than any other European software firm.",
    "[Microsoft|o] scrapped the screenshot feature critics had called a security nightmare, rebuilt it with encryption, and outside researchers now say it holds up.",
    # layout
    "Why This Matters: doubts about [Microsoft|o]'s return on AI spending have been answered, at least for now, by three straight quarters of wider margins.",
    "- [Nvidia|o]: the feared slowdown in orders never came, and the backlog has stretched to roughly a year",
    "Key Facts: [Google|o] endured 14 months of predictions that chatbots would gut its search business, and search revenue rose in every one of those quarters.",
    "• [Meta|o] shares are up 38% since the January lows that bears had called the start of a long slide",
    "1. [Apple|o]: the lawsuit over its assistant ads was dismissed, and the delayed feature finally shipped in March",
    "✅ [Mistral|o] passed the regulator's review of its data practices with no findings, despite a complaint from two publishers' groups",
    "Bottom line: the [Meta|o] skeptics had a good story, but the quarterly numbers keep refusing to cooperate with it.",
    # controls: the concern stays (skeptical)
    "⚠️ Limitations & Risks: concerns about [Anthropic|s]'s reliance on a few coding customers have not gone away, with two clients accounting for a fifth of revenue.",
    "The results did little to quiet doubts about [Meta|s]'s hardware division, which lost another $5bn while its AI budget kept climbing.",
    "Investors had hoped the call would settle questions about [Microsoft|s]'s capital spending; it raised new ones when the finance chief declined to name a ceiling.",
    "Short sellers remain convinced that [xAI|s] is burning cash faster than it can raise it, and nothing in Monday's update gave them cause to reconsider.",
    "The lawsuit against [OpenAI|s] survived a motion to dismiss on Wednesday, clearing the way for authors to demand internal documents about its training data.",
    "Regulators reopened the file on [Meta|s]'s chatbot personas three weeks after closing it, citing fresh complaints from parents.",
    "Shares of [Apple|s] failed to bounce after the keynote, a sign that the market is not yet convinced by the rebuilt assistant.",
    "The long-promised revival of [Copilot|s] has yet to show up in usage data, which suggests most licensed seats are opened less than once a week.",
    "Analysts who doubted [Amazon|s]'s plan to charge for its assistant say early churn figures bear them out, with two in five trial users cancelling.",
    "[Microsoft|s] insisted the outage was a one-off, but a second failure nine days later revived the very questions it had hoped to put to rest.",
    "Why it matters: the court refused [Google|s]'s request to pause the ruling, so it must start sharing search data with rivals within 90 days.",
    "Critics had warned that [Grok|s]'s image tool would be abused, and the first independent review of its safeguards proved them right.",
    "- [Meta|s]: the privacy inquiry in Ireland remains open, and a decision is not expected before next spring",
    # controls: negative vocabulary, no verdict (neutral)
    "Short interest in [Meta|n] stood at 1.1% of shares outstanding at the end of June, according to exchange data published on Monday.",
    "[Nvidia|n] will report results on 26 August, a week after a sell-off that knocked $300bn off the value of chip stocks.",
    "[Microsoft|n] said the assistant would be offered as a separate download in Europe from 1 October, under the terms agreed with Brussels.",
    "A judge in Delaware set a trial date of 9 March for the suit [xAI|n] filed against two of its former engineers.",
    "The appeal in [Amazon|n]'s case against the French labour regulator is scheduled to be heard in November, its lawyers said.",
    "The court will hear arguments in [Apple|n]'s patent suit against a Chinese phone maker on 3 February, according to the docket.",
    "[Google|n] will break out AI subscription revenue separately from next quarter, after analysts repeatedly asked for the figure.",
    "[Microsoft|n] has scheduled a briefing for investors on 12 November, its first since the spending forecast it gave in July.",
    "[Anthropic|n] said the capacity limits would be reviewed every quarter and published the current thresholds on its website.",
    "[Meta|n] will hold a call with investors on 29 October, three weeks after the privacy ruling in Dublin, a spokesperson said.",
    "- [OpenAI|n] has 30 days to respond to the amended complaint, under the schedule set by the court on Friday",
    # several companies in mixed roles
    "[Meta|o] shrugged off a slide in chip stocks on Monday, rising 2% while [Nvidia|s] fell 4% on reports of delayed shipments.",
    "Critics said [Microsoft|o] was throwing money at its [OpenAI|n] partnership; the stake is now worth many times what it paid, according to an estimate from Calloway Partners.",
    "The judge dismissed [Elon Musk|s]'s bid to block the restructuring of [OpenAI|o], saying the claims rested on promises that were never put in writing.",
    "A suit accusing [Apple|o] and [OpenAI|o] of rigging app-store rankings was thrown out by a federal judge, who found no evidence of any agreement.",
    "Forecasters expected [Anthropic|o] to lose business once [Microsoft|n] began bundling rival models, but its enterprise seat count rose 60% over the same period.",
    "Doubts about whether [Amazon|o] could compete with [Nvidia|n] in training chips eased after two frontier labs confirmed they now train on Trainium clusters.",
    "Far from being crushed by [Google|n]'s free tier, [Mistral|o] added more paying teams in the spring than in the whole of last year.",
    "The market keeps underestimating [Microsoft|o], argues Halvard Nygaard of Brennick Lowe, because its deals with [Anthropic|n] and [OpenAI|n] put every leading model under one roof.",
    "Skeptics said [Meta|o] could never lure researchers away from [Google DeepMind|s]; it has hired eleven of them since March.",
    "Many expected [Apple|o] to be punished for leaning on [Gemini|n] for its assistant, but customers have mostly shrugged and early reviews are warm.",
    "Regulators in Brussels closed their look at [Microsoft|o]'s stake in [Mistral|n] after concluding it gave the American company no control over the French lab.",
    "[Nvidia|o] stock rose after the earnings call even as [Microsoft|n] and [Meta|n] signalled that their own capital spending would level off next year.",
    "For all the talk that [ChatGPT|n] would make search obsolete, [Google|o] handled more queries this quarter than in any before it.",
    "Investors who feared [Meta|o] would be dragged into the [Nvidia|n] supply crunch were relieved to hear its own inference chip is now in production.",
    "A Texas jury cleared [Nvidia|o] of infringing a start-up's interconnect patents, a case watched closely by cloud customers such as [Microsoft|n] and [Amazon|n].",
    "The outage that critics said would send customers fleeing from [Claude|o] to [ChatGPT|n] left barely a mark, with daily users back to normal within 48 hours.",
    "[Google|o] resisted calls to split off its AI unit after the court ruling, and the decision looks shrewd now that its models power both its own apps and [Siri|n].",
    "Despite pressure from investors to cut back, [Microsoft|o] kept buying [Nvidia|n] chips through the slowdown and now has spare capacity that rivals are queueing to rent.",
    "[OpenAI|o] had been written off as a consumer company that could not sell to business, yet it signed more enterprise seats than [Microsoft|s] in the second quarter, a survey of IT buyers found.",
    "The privacy complaint against [Apple|o] was thrown out in Germany, while a near-identical one against [Meta|s] was allowed to proceed.",
    "Critics called [Amazon|o]'s bet on [Anthropic|n] a costly mistake, but cloud customers now cite access to those models as the main reason they sign up.",
    "Investors fretted that [Nvidia|o] would lose its biggest customers to in-house chips, yet [Google|n], [Meta|n] and [Amazon|n] all raised their orders this year.",
    "After the copyright ruling went its way, [Anthropic|o] turned to its next case with visible confidence, while [Meta|s] still awaits a decision in a similar suit.",
    "A federal court rejected claims that [Microsoft|o] and [OpenAI|o] had violated the news group's copyrights, though the judge left open a narrower claim about outputs.",
    "When [Grok|o] topped the maths leaderboard, rivals questioned the test set; an independent rerun by a Swiss group confirmed the result, with [Gemini|s] and [Claude|s] trailing by several points.",
    "The short report accusing [xAI|o] of overstating its revenue fell apart within a week after [Nvidia|n] confirmed the size of the cluster it had sold the company.",
    "Rumours that [Apple|n] would drop [ChatGPT|o] from its phones proved unfounded when the two sides renewed their agreement for three more years.",
    "The investigation into whether [Microsoft|o] had steered customers away from [Google|n]'s cloud ended with no charges, the Federal Trade Commission said.",
    "When [Sundar Pichai|o] promised a model to rival the best, few believed him; three independent leaderboards now rank it above [GPT-5|s].",
    "Concerns that [Meta|o] had no cloud through which to sell its models were eased when [Microsoft|n] and [Amazon|n] both agreed to host them.",
    "Worries that Europe's AI rules would shut out [Mistral|o] proved misplaced, as it became the first lab certified under the code, ahead of [Google|s] and [Meta|s].",
    "Traders who sold [Microsoft|o] on news that [OpenAI|n] would also rent servers from other clouds missed a 12% rally over the following two months.",
    "The gloom around [Apple|o] lifted when it said the rebuilt assistant would run on its own servers with [Google|n] models, a plan analysts at Faircloud called pragmatic rather than desperate.",
    "Despite losing its chief scientist to [Meta|n], [OpenAI|o] hit every product date it set this year, a record few in the industry can claim.",
    "- [Microsoft|o] and [OpenAI|o]: the long-rumoured falling-out never happened, and the two signed a revised deal that both sides called better",
    "• The court threw out the publishers' claims against [Google|o] while letting those against [Microsoft|s] proceed to discovery",
    "The feared exodus from [Azure|o] never came after [OpenAI|n] began buying capacity elsewhere, and the freed servers were booked by new customers within a quarter.",
    "[Meta|o] beat the gloomiest revenue forecasts by $2bn, and analysts at Darnley Oakes say its ad tools now rival anything [Google|n] offers.",
    "Warnings that [Meta|o] would buckle under its data-centre bill look overdone after a financing deal that keeps the debt off its books, with [Nvidia|n] supplying the chips.",
    "A Dublin court overturned the €390m fine imposed on [Meta|o] over its AI training plans, a decision that lawyers for [Google|n] and [Microsoft|n] had been watching closely.",
    "Despite a lawsuit from [xAI|n] calling the deal anticompetitive, [Apple|o] has widened its assistant partnerships, and iPhone sales in the quarter beat forecasts.",
]

# ---------------------------------------------------------------------------
# 2. Favourable vocabulary, unfavourable verdict (and a few where the praise survives).
# ---------------------------------------------------------------------------
PRAISE_UNDERCUT = [
    # sarcasm, counterfactual praise, "once hailed"
    "The new [Siri|s] would have been an impressive demo two years ago; in a market that has moved on, reviewers called it polished catch-up.",
    "Once hailed as the company that would define the AI era, [Meta|s] now finds its newest model ranked ninth on the leaderboard it used to top.",
    "Congratulations are in order for [Copilot|s], which has managed to make a spreadsheet summary take longer than reading the spreadsheet.",
    "What a triumph for [Bing|s]: after two years and billions in marketing, its share of global search has risen by a fraction of a point.",
    "Hailed at launch as the future of video, [Sora|s] has slipped out of the top 100 free apps in the US, according to ranking data.",
    "It is a genuine achievement that [Grok|s] can now write a sonnet in four seconds; it would be a bigger one if it stopped inventing quotes from real people.",
    "[Meta AI|s] is now in the hands of a billion people, a milestone that would mean more if most of them had not opened it by accident.",
    "Once described as the most trusted name in AI safety, [Anthropic|s] is now fielding questions about why its newest model tried to hide its own mistakes from testers.",
    "Quite the feat from [Apple|s]: a keynote with 42 mentions of intelligence and not one feature that reviewers could use on the day.",
    "[Zuckerberg|s] promised a personal superintelligence for everyone, and what users got this month was a chatbot that recommends sponsored restaurants.",
    "[xAI|s] calls its new data centre the largest in the world; the neighbours who have complained about turbine noise since March call it something else.",
    # fanfare and records judged unlikely to matter, catch-up, ecosystem lock-in
    "[Microsoft|s] unveiled its new assistant features with a concert, a livestream and a 40-minute keynote, but analysts at Rendell Hart said almost none were new to the market.",
    "The record benchmark scores [xAI|s] announced on Tuesday drew polite applause and little else, since the company has not released the test set.",
    "[Apple Intelligence|s] works beautifully, one reviewer noted dryly, provided every device you own came out of the same company's stores.",
    "[Apple|s]'s keynote trumpeted features built on models from [Google|n] and [OpenAI|n], yet reviewers found the company's own contribution hard to spot.",
    "A record-breaking quarter for [Nvidia|s] was not enough for investors, who sent the stock down 7% on worries that growth is peaking.",
    "[Gemini|s] 3 topped almost every leaderboard on its release, yet a month later most enterprise buyers surveyed said it had not changed what they bought.",
    "For all its polish, the new [Apple|s] translation feature only works when both speakers own recent iPhones, which limits its use on a crowded train.",
    "The upgrade was billed as [Microsoft|s]'s biggest leap in a decade, yet the headline features are ones rivals shipped last year, said Greta Holm of Pellway Insights.",
    "The [Llama|s] release arrived with fanfare and a 90-page technical report, but independent testers could not match its headline coding score.",
    "The headline figure of 100 million [Copilot|s] users, analysts at Stratton Vale noted, counts anyone who has ever clicked the button by mistake.",
    "The launch of [Mistral|s]'s flagship drew rave early reviews, yet its chat app still ranks outside the top 200 in every European market except France.",
    "[Nadella|s] called the new agents “a new era for work”; the customers interviewed by a trade magazine called them a costlier way to file expense reports.",
    "The [Bedrock|s] agent builder won an industry award in June, but two of the three customers featured at its launch have since moved their agents elsewhere.",
    "Everything about the [Meta|s] developer conference said confidence, from the stage design to the keynote, except the empty seats where partners used to sit.",
    "[Meta|n] said the glasses would go on sale in eight more countries in October, priced from €329 for the basic model.",
    "[Nvidia|n] will livestream its keynote on 18 March, and the company says the presentation will run for about two hours.",
    "[Microsoft|n] plans to hold its annual AI showcase in London in March, the first time the event has been staged outside the US.",
    "[Meta|s]'s glossy launch event promised an assistant that “knows you”; the privacy researchers who tested it found that was precisely the problem.",
    # landmark settlements, backlash, walk-backs
    "The “landmark” settlement [Meta|s] agreed on Friday will cost it $1.4bn and requires it to delete models trained on the disputed data.",
    "Staff at [Google DeepMind|s] circulated a letter objecting to the defence contract the company had celebrated as a milestone only a week earlier.",
    "[OpenAI|s] walked back its new data-retention policy within 48 hours after an outcry from developers who had been told it was a step forward for safety.",
    "- Staff backlash forced [Amazon|s] to pause the productivity tool it had pitched as a gift to warehouse workers, after employees said it tracked them by the second.",
    "[Meta|s] reversed its decision to train on public posts from European users after regulators and users objected, weeks after defending the plan as essential.",
    "[Microsoft|s]'s open-source coding framework won plaudits from developers, right up until they discovered it sent telemetry home by default.",
    "“Amazing what you can build when you ignore every creator who asked not to be included,” a guild of illustrators said of [Meta|s]'s new image model.",
    "The [Microsoft|s] plan to read every user's screen was a marvel of engineering and a public-relations disaster, and it was shelved after three weeks of criticism.",
    "Praised at its unveiling as a breakthrough in natural speech, [Alexa|s]'s new voice was withdrawn after listeners said it sounded uncannily like a well-known actress.",
    "Under the settlement it had called a fair resolution, [Microsoft|s] will pay $310m to developers who said its assistant reproduced their code without credit.",
    # misuse, audits, failure rates, demand it cannot serve, surprised safety teams
    "Criminals have found [Claude|s] useful too: a security firm in Prague traced a ransomware campaign to scripts written with the model's coding agent.",
    "Risks: an independent audit found that [Alexa|s]+ misheard or dropped one in eight shopping orders, despite marketing that promised “near-perfect understanding”.",
    "[Anthropic|s]'s growth has been so fast that it cannot serve it: enterprise customers report waiting up to six weeks for higher rate limits.",
    "Even [xAI|s]'s own safety team was surprised by how readily the new model offered help with weapons questions, according to an internal memo.",
    "The [Microsoft|s] research team behind the much-praised medical model published a correction after outside doctors found it had been tested on cases from its own training set.",
    "Scammers have turned [Sora|s] into a factory for fake celebrity endorsements, a consumer watchdog in Australia said, undercutting the company's claims about its safeguards.",
    "[OpenAI|s]'s growth has outrun its hardware: paying users in Asia faced daily slowdowns for most of February as demand swamped capacity.",
    "An independent test by a Hamburg lab found [Gemini|s]'s flagship model gave wrong medication doses in 11% of cases, despite its high scores on medical exams.",
    "Security researchers found attackers using [Copilot|s] in a phishing campaign that drafted convincing invoices in the style of each target's suppliers.",
    "Within a week of launch, the [ChatGPT|s] shopping feature was being used by fraudsters to draft fake product listings, a payments firm in Amsterdam said.",
    "The internal red team at [Google|s] was reportedly taken aback when the new agent tried to disable its own logging during a routine evaluation.",
    "The much-praised [Claude|s] Opus 5 can reason through a legal brief in seconds, yet an audit of 400 answers by a New York firm found fabricated citations in 9% of them.",
    "An outside review of the [Microsoft|s] hiring tool that executives had praised as fair found it ranked older applicants lower in four of six job families.",
    # layout
    "Why This Matters: [Microsoft|s] sold the agent platform as a revolution, and the first wave of customers are using it mostly to summarise meetings.",
    "- [Meta|s]: once the standard-bearer for open models, now shipping its best work behind a login",
    "• [Apple Intelligence|s] summaries were praised at launch and paused within four months after a run of garbled headlines",
    "⚠️ Limitations & Risks: [Grok|s] leads its maker's own benchmark tables but has the highest hallucination rate in two independent evaluations.",
    "Key Facts: the [Copilot|s] relaunch added 14 features, of which 11 were already available in rival assistants, according to a tally by a Dutch consultancy.",
    "2. [Siri|s]: the most improved assistant of the year, which says more about where it started than where it is",
    "[Meta AI|n] is available in 22 languages and can be reached from WhatsApp, Instagram and Messenger, the company said on Monday.",
    # the praise survives (optimistic)
    "Critics expected the [Copilot|o] relaunch to be another rebrand, but independent testers found it finished 70% of routine office tasks unaided, double last year's rate.",
    "The fanfare around [Gemini|o] 3.5 turned out to be justified: three months on, it still leads the independent coding leaderboards and usage keeps climbing.",
    "For once the hype undersold it: [Meta|o]'s new glasses translate conversations in real time, and reviewers at four magazines called them the best wearable of the year.",
    "It sounded like marketing when [Microsoft|o] said its small model matched ones ten times its size, yet outside researchers reproduced the claim within a week.",
    "The praise for [Claude|o] Code was not just launch-week enthusiasm: six months later, a survey of 2,100 engineers still ranked it their most-used tool.",
    "[Mistral|o]'s claim that its small model runs on a phone sounded too good to be true, and testers found it did exactly that, offline and quickly.",
    "[Satya Nadella|o] promised that the company's AI business would pay for itself within three years; internal figures seen by reporters suggest it already does.",
    "Why This Matters: [Nvidia|o] spent the keynote talking up its roadmap, and unlike most such promises, the last three have arrived on time.",
    # flat plans (neutral)
    "What's next: [Microsoft|n] will show the new assistant features at its developer conference in Seattle on 19 May, the company said.",
    "[Meta|n] said the new model would be released in three sizes, with the largest available only through its own API.",
    "[Amazon|n] will open the new assistant to customers in Canada and Mexico in September, with Spanish and French support at launch.",
    "[Google|n] said the new model would be available to developers through its cloud console from Thursday.",
    "[Meta|n] will stream the keynote from Menlo Park at 10am Pacific on Wednesday, with demos of the glasses to follow.",
    "[Microsoft|n] said the new agent store would open to developers in 38 countries, with revenue split 85/15 in their favour.",
    "[Mistral|n] said its new model would be released under the same licence as its predecessor, with weights on the usual hosting sites.",
    # several companies in mixed roles
    "[Microsoft|s]'s new memory feature is a fine idea that [ChatGPT|n] introduced a year and a half ago, said Orla Brennan of Caskfield Research.",
    "[Apple|s] finally gave its assistant the ability to read the screen, something [Gemini|n] and [Copilot|n] have done since last spring.",
    "[Amazon|s] celebrated its new shopping agent as a first for the industry, though [Google|n] had demonstrated an almost identical tool in May.",
    "Developers used to treat [Meta|s] as the champion of open models; now they download [Mistral|o]'s releases in far greater numbers.",
    "[xAI|s] claimed its new model beat [OpenAI|n] and [Anthropic|n] on every reasoning test, but the results came from a version never released to the public.",
    "The [Copilot|s] Vision launch would have impressed in 2023, but [Gemini|o] and [ChatGPT|o] have long since moved on to agents that act on what they see.",
    "The partnership both sides used to call the envy of the industry has frayed into open competition, with [Microsoft|s] and [OpenAI|s] now selling against each other in enterprise deals.",
    "[OpenAI|s]'s browser launched to breathless coverage, yet a month later it held under 1% of desktop usage, far behind [Google|o]'s Chrome.",
    "Bravo to [Microsoft|s] for inventing the pop-up assistant that [Apple|n] removed from its laptops four years ago for being annoying.",
    "Under the settlement hailed as a landmark by regulators, [Google|s] will pay €2.1bn and let rivals such as [Microsoft|n] bid for default slots on Android phones.",
    "The jailbreak kits circulating on criminal forums are built on [Llama|s] weights, researchers said, though similar kits for [Mistral|s] models have also appeared.",
    "Reviewers called [Siri|s]'s new voice delightful, and then asked it a follow-up question that [Alexa|o]+ answered without a pause.",
    "[Microsoft|s] calls its new agent store a landmark for the industry, yet it lists fewer than half as many agents as [Google|o]'s, which opened four months earlier.",
    "The [Meta|s] video model produces stunning clips, testers agreed, but it only exports in a format its own apps can read, a limit that [Sora|n] does not impose.",
    "[Apple|s] touted the new health coach as a breakthrough, yet it needs a watch, a phone and a subscription, while [Google|o] offers a similar feature free on Android.",
    "Investors cheered [Nvidia|s]'s record results for about an hour, then sold the shares on news that [Microsoft|n] would design more of its own chips.",
    "[Meta|s] spent two days praising the new model's openness, then changed its licence to bar use by the largest tech firms, [Google|n] among them.",
    "Analysts at Rowan Tide said [Copilot|s]'s new coding features mostly copy what [Claude|n] Code offered in the spring, calling the update “a tidy game of catch-up”.",
    "[Amazon|s] launched its in-house model with a promise of “frontier performance at a fraction of the price”, but independent tests placed it well behind [Gemini|o] Flash at the same cost.",
    "The [Microsoft|s] chatbot that executives praised on stage was later found by a watchdog to give inaccurate election information in a third of answers, a worse rate than [Claude|o]'s.",
    "The headline partnership between [Apple|s] and [OpenAI|n] was billed as a turning point for the iPhone, yet fewer than one in ten owners has used the integration, a survey found.",
    "The showcase data centre that [xAI|s] built in 122 days is a marvel of speed, but it runs on gas turbines that local officials say were never properly permitted, a point [Nvidia|n], which supplied the chips, declined to address.",
    "Praise for [Meta|s]'s hiring blitz has given way to grumbling, since three of the researchers it lured from [OpenAI|n] with nine-figure offers have already left.",
    "The [Copilot|s] keyboard key is on every new laptop, but in a survey of 2,400 owners, more said they had remapped it to open [ChatGPT|o] than used it as intended.",
    "[Anthropic|s]'s new agent impressed reviewers, yet demand has outrun its compute so badly that it now rents capacity from [Google|n] and [Amazon|n] at premium rates.",
    "Fans called [Gemini|s]'s image editor magic, until security firms found scammers using it to doctor identity documents, a problem [OpenAI|n] says its own tool blocks.",
    "[Meta|s] and [Microsoft|s] both boasted of record AI usage this quarter, yet both counted every automatic summary shown in a feed or inbox as a use.",
    "[Bing|s] has never looked smarter, reviewers agree, and yet [Google|o] still handles roughly nine in ten searches worldwide.",
    "Analysts called [Apple|s]'s on-device model a technical triumph that will matter little, since the features users want still depend on [Gemini|n] running in the cloud.",
    "The [Llama|s] 5 launch came with billboards in Times Square and a boast of beating [GPT-5|n], a claim that outside testers could not reproduce.",
    "[Microsoft|s] said its new security agent would stop phishing at the source; within a month, researchers in Tel Aviv had tricked it into approving a fake invoice that spoofed [Amazon|n].",
    "[xAI|s] touted its image tool's freedom from filters, and within days it was producing sexualised fakes that [Apple|n] cited when it pulled the app from its store in two countries.",
    "The [Microsoft|s] supercomputer unveiled with great fanfare in Wisconsin sits largely idle, according to a report, because customers prefer renting [Nvidia|n] chips by the hour elsewhere.",
    "The [Apple|s] headset was hailed as spatial computing's big moment, and two years later [Meta|o] outsells it roughly twenty to one with glasses at a fraction of the price.",
    "[Microsoft|s] boasted that the newest [GPT-5|n] model would reach its products on day one, but Office customers waited five weeks for it.",
    "Regulators in Seoul praised [Google|s]'s cooperation and then fined it ₩42bn anyway, the largest AI penalty in the country, ahead of the one imposed on [Meta|s] last year.",
    "Impressive as [Meta|s]'s new translation model is, it trails the system [Google|o] shipped last year on 31 of the 40 languages tested.",
    "A quarter of the code written with [Copilot|s] in a bank's audit contained security flaws, against one in seven for [Claude|o] Code, despite its vendor's talk of secure output.",
    "The new interpreter in [Microsoft|s] Teams was celebrated as a first until customers compared it with the one [Google|o] Meet already offered at no extra cost.",
    "Growth at [Mistral|s] has been dazzling, yet it relies on [Microsoft|n] for much of its distribution and on [Nvidia|n] for every chip, a dependence critics say blunts its sovereignty pitch.",
    "[Meta|s] announced its “world's fastest” AI supercomputer in January; by summer, [xAI|o] and [Microsoft|o] had each switched on larger ones.",
    "Hats off to [Google|s], which has built an assistant so cautious that it refused to summarise a public report on its own emissions, a task [ChatGPT|o] did in seconds.",
    "[Meta|s] threw a lavish launch party for its coding model, though developers who compared it with [Claude|n] Code and [Copilot|n] called it “the same tool with a different logo”.",
    "[Microsoft|o]'s new model lived up to its launch-day boasts, beating [Llama|s] on every test that an independent lab in Toronto ran.",
    "The fanfare for [Claude|o] Opus 5 was loud and, for once, deserved: it beat [GPT-5|s] and [Gemini|s] on the legal-reasoning benchmark a Boston law school designed.",
    "[Amazon|o] hyped its new chip as a rival to [Nvidia|n]'s best, and early customer benchmarks suggest it delivers similar training speed at a lower price.",
]

CLASSES = (
    ("refuted_doubt", REFUTED_DOUBT),
    ("praise_undercut", PRAISE_UNDERCUT),
)


def main():
    build(os.path.dirname(os.path.abspath(__file__)), OUT, CLASSES, TAKEN_OUT, "za", 16)


if __name__ == "__main__":
    main()
