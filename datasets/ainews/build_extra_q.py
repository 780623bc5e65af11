"""Build extra_q.jsonl: original AI-industry sentences that put each label on the right company when a
sentence names several, plus headline forms.

Same approach as build_extra_o.py. Sentences are written with inline markup: [mention|o] optimistic,
[mention|s] skeptical, [mention|n] neutral. The entity is looked up from the mention. Mirrored pairs are
written once as a template with {A} (the loser, skeptical) and {B} (the winner, optimistic) and rendered
twice with the two companies swapped, so each company takes both roles.

Focus:
  1. headline questions that carry a direction ("Did X Just End Y?", "Can X Survive Y's Price Cut?",
     "Is X's Lead Shrinking?", "The driving force behind X's record quarter?"), neutral questions that only
     ask, and Title Case headlines with a colon subtitle;
  2. one company's bad news beside another's good news in one sentence ("while", "whereas", "as",
     "even as", semicolons, em-dashes, relative clauses, "X's rivals are leaving it behind");
  3. stock and market moves in financial-news style with tickers and percentages in parentheses, market
     wraps where each company is labelled by its own move, and flat index weightings / market caps
     (neutral); the ticker and percentage never decide the label on their own;
  4. "While X has made strides in ..., it continues to trail A, B and C" (X skeptical, rivals optimistic)
     and the reverse shape, where X trails in one thing but the main clause praises X.
All events are fictional; no sentence is copied from a published article.

Run:  python3 datasets/ainews/build_extra_q.py   (writes extra_q.jsonl,
validates offsets, entities and first mentions, and prints a summary)
"""
import collections
import os
import re

from markup import (
    ALIAS2ENT,
    collect,
    existing_texts,
    print_categories,
    print_groups,
    print_label_summary,
    render_pair,
    write_jsonl,
)

# ---------------------------------------------------------------------------
# Group 1. Headlines: questions with a direction, neutral questions, Title Case with a colon subtitle.
# ---------------------------------------------------------------------------
HEAD_PAIRS = [
    ("Did [{B}|o] Just End [{A}|s]'s Run at the Top of the Coding Charts?", "Claude", "GPT-5"),
    ("Can [{A}|s] Survive [{B}|o]'s Latest Price Cut?", "Mistral", "Google"),
    ("Can [{A}|s] Survive [{B}|o]'s Price Cut? Developers Are Already Switching", "Anthropic", "xAI"),
    ("Is [{A}|s]'s Lead Shrinking as [{B}|o] Ships Faster? The Download Numbers Say Yes", "ChatGPT", "Gemini"),
    ("Did [{B}|o] Just Make [{A}|s]'s Smart Glasses Look Obsolete?", "Apple", "Meta"),
    ("Why Are Banks Choosing [{B}|o] Over [{A}|s]? Three CIOs Explain", "Copilot", "Claude"),
    ("Who Needs [{A}|s] When [{B}|o] Will Rent You Its Chips for Half the Price?", "Nvidia", "Amazon"),
]

HEAD = [
    # questions with a direction
    "Did [Mistral|o] Just End [Llama|s]'s Reign Over Open-Weight Models?",
    "Did [Amazon|o] Just End the Debate Over Whether Alexa+ Can Make Money?",
    "The Driving Force Behind [Nvidia|o]'s Record Quarter? Governments Buying Their Own AI Factories",
    "The driving force behind [Microsoft|o]'s best quarter in three years? Copilot seats, and far more of them than analysts had modelled.",
    "The Driving Force Behind [Alphabet|o]'s Record Quarter? A Cloud Unit That Now Sells Its Chips to Outsiders Like [Meta|n]",
    "The driving force behind [Apple|o]'s surprise services beat? Paid AI features that customers are actually keeping.",
    "Is [Nvidia|s]'s Lead in AI Chips Finally Shrinking?",
    "Is [AWS|s]'s Cloud Lead Shrinking Faster Than Its Executives Admit?",
    "Is [Meta|s]'s Lead in AI Advertising Shrinking as [Google|o] Catches Up?",
    "Has [OpenAI|s] Lost Its Grip on Developers to [Anthropic|o] and [Google|o]?",
    "Why Can't [Siri|s] Keep Up With [Gemini|o]?",
    "Is [xAI|s] Running Out of Time to Catch [OpenAI|o] and [Anthropic|o]?",
    "Is [Amazon|o] the Most Underrated AI Stock of the Year? Its Chip Business Suggests So",
    "What Is [Mistral|s] For, Now That Everyone Has an Open-Weight Model?",
    "Will [Google|o]'s TPUs Finally Break [Nvidia|s]'s Hold on Training?",
    "Did [Google|o] Just End [Nvidia|s]'s Monopoly? [Meta|n] and [Anthropic|n] Are Both Buying TPUs",
    "The Driving Force Behind [Amazon|o]'s Record Quarter? Chip Orders From [Anthropic|n] and [OpenAI|n]",
    # neutral questions that only ask
    "What Will [Apple|n] Announce at WWDC This Year?",
    "What will [OpenAI|n] announce at its developer conference next week?",
    "When Does [Grok|n] 5 Come Out? Here's What We Know So Far",
    "How Much Does [Claude|n] Max Cost, and What Do You Get for It?",
    "Who Is Running [Meta|n]'s New AI Lab After the Reorganization?",
    "What Does the New [Microsoft|n]-[OpenAI|n] Agreement Actually Say?",
    "Where Will [Amazon|n] Build Its Next Data Center Campus?",
    "What to Watch in [Nvidia|n]'s Earnings Report on Wednesday",
    "Which Languages Will [Apple Intelligence|n] Support in Europe This Autumn?",
    "Is [Mistral|n] Planning to Go Public? What the Company Has Said So Far",
    "How do [Gemini|n] and [ChatGPT|n] handle the new EU transparency rules?",
    "What will [xAI|n] do with the Memphis site once the second cluster is finished?",
    "Which AI Models Does [AWS|n] Bedrock Offer, and How Are They Priced?",
    "When will [Anthropic|n] open its first office in India?",
    "What Do [Apple|n] and [Google|n] Have Planned for Their Autumn Phone Events?",
    "How Are [Microsoft|n], [Amazon|n] and [Google|n] Pricing AI Agents for Business Customers?",
    "Which Chips Will [OpenAI|n] Use for Its Next Model: [Nvidia|n]'s, [Amazon|n]'s or Its Own?",
    "[Claude|n], [ChatGPT|n] or [Gemini|n] for Coding? A Side-by-Side Look at Plans and Prices",
    "What the [Nvidia|n]-[xAI|n] Supply Agreement Covers, and What It Leaves Out",
    "What Will [Meta|n] Show at Connect, and Will It Answer [Apple|n]'s Headset?",
    "How Much Are [Microsoft|n] and [Amazon|n] Paying for Nuclear Power? A Guide to the Deals",
    "Who Owns What: [Microsoft|n]'s Stake in [OpenAI|n], [Amazon|n]'s in [Anthropic|n] and [Nvidia|n]'s in [Mistral|n], Explained",
    "Is [Grok|n] Available in the EU Yet? What [Apple|n] and [Google|n]'s App Store Rules Mean for It",
    "What Did [Jensen Huang|n] and [Satya Nadella|n] Discuss on Stage in Taipei?",
    # Title Case with a colon subtitle
    "[xAI|s]'s Grok 5 Launch: The Gap Between Leaderboard Scores and What Users Actually Get",
    "[Meta|s]'s Llama 5 Rollout: The Tension Between Benchmark Wins and Everyday Use",
    "[Anthropic|o]'s Enterprise Surge: How a Safety-First Lab Became the Default for Banks",
    "[Apple|s] and AI: A Year of Delays, and No Clear End in Sight",
    "[Google|o] vs. [OpenAI|s]: How the Search Giant Took Back the Lead in Eighteen Months",
    "[Nvidia|n] Earnings Preview: What Wall Street Expects From Wednesday's Report",
    "[Mistral|n] at Three: A Timeline of Europe's Most-Watched AI Start-Up",
    "[AWS|s] Re:Invent Recap: Plenty of Agents, Little Evidence Customers Want Them",
    "[Copilot|o] at Three: The Quiet Success Inside Microsoft's Office Empire",
    "[Amazon|n], [Microsoft|n] and [Alphabet|n] Report This Week: The Schedule and the Numbers to Watch",
    "[Le Chat|o] Enterprise Review: A Serious Alternative to [Copilot|n] for Regulated Industries",
    "[OpenAI|o]'s Device Bet: Why the Hardware Team Finally Has Investors Excited",
    "[Microsoft|n] Build Live Blog: Every Announcement as It Happens",
    "[Meta|n] Connect 2025: Dates, Keynote Time and How to Watch",
    "[Mistral|n], [Anthropic|n] and [xAI|n] Executives to Testify Before Senate Panel: What to Expect",
]

# ---------------------------------------------------------------------------
# Group 2. One company's bad news beside another's good news in one sentence. Mirrored pairs first
# ({A} skeptical, {B} optimistic; any other company keeps the label written for it), then singles.
# ---------------------------------------------------------------------------
CONTRAST_PAIRS = [
    ("[{A}|s] lost three more senior researchers this month, while [{B}|o] has not had a single departure from its core model team since January, according to a recruiter who also places staff at [OpenAI|n].",
     "Meta", "Anthropic"),
    ("[{A}|s] lost three more senior researchers this month, while [{B}|o] has not had a single departure from its core model team since January, a person who tracks hiring at both labs and at [Anthropic|n] said.",
     "xAI", "Google DeepMind"),
    ("[{A}|s]'s rivals are leaving it behind, with [{B}|o] in particular now winning the bank and insurance contracts that used to come to it by default, according to a survey of 40 buyers that also covered [Google|n].",
     "Microsoft", "Anthropic"),
    ("Former [{A}|s] employees describe a company desperately behind [{B}|o], [OpenAI|o] and [Anthropic|o], with a roadmap that changed almost weekly.",
     "xAI", "Google"),
    ("[{A}|s] cut its full-year revenue forecast on Tuesday, whereas [{B}|o] raised its own for the third time this year, helped by a reseller agreement with [Microsoft|n].",
     "Mistral", "xAI"),
    ("[{B}|o] is adding paying subscribers at a record pace even as [{A}|s] struggles to stop the ones it already has from cancelling, according to app-store estimates that also track [ChatGPT|n].",
     "Grok", "Le Chat"),
    ("[{A}|s], whose flagship model slipped again this week, watched [{B}|o] take the top spot on the most-watched coding leaderboard.",
     "Meta", "xAI"),
    ("[{A}|s] is shedding large enterprise customers; [{B}|o] is picking up most of them, often at a higher price, according to consultants who also handle migrations to [Google|n] Cloud.",
     "Azure", "AWS"),
    ("[{B}|o] kept its entire safety team through the reorganization — [{A}|s], by contrast, lost half of its own in six weeks.",
     "OpenAI", "Anthropic"),
    ("As [{A}|s] scrambles to explain its third outage in a month, [{B}|o] is quietly signing the customers who have had enough, many of them through the [AWS|n] Marketplace.",
     "Anthropic", "OpenAI"),
    ("Shares of [{B}|o] hit a record on Thursday, even as [{A}|s] slid to its lowest level since March on worries about its AI spending; [Amazon|n] and [Apple|n] were little changed.",
     "Meta", "Alphabet"),
    ("[{A}|s], which still cannot book a table without handing off to another app, is now two product cycles behind [{B}|o], which shipped exactly that feature in the spring.",
     "Siri", "Alexa"),
    ("[{A}|s] is laying off engineers in its AI infrastructure group as [{B}|o] hires at the fastest pace in its history.",
     "Microsoft", "Nvidia"),
    ("Where [{B}|o] gained share in every region we track, [{A}|s] lost ground in all but one, and [ChatGPT|n] was broadly unchanged.",
     "Copilot", "Gemini"),
    ("[{A}|s] is still cleaning up after a botched launch — a stretch in which [{B}|o] added forty million weekly users.",
     "Grok", "Gemini"),
    ("[{A}|s]'s chip program has stalled, whereas [{B}|o]'s in-house accelerator is in its third generation and sold out through next year, with [Anthropic|n] among its largest buyers.",
     "Microsoft", "Amazon"),
    ("[{B}|o] signed the NATO agreement on Monday, with the work to run on [Microsoft|n]'s sovereign cloud; [{A}|s], which had lobbied for it for more than a year, was left out entirely.",
     "xAI", "Anthropic"),
    ("[{A}|s]'s new glasses drew lukewarm reviews, just as [{B}|o]'s sold out for the second time in a month; [Google|n] is expected to show its own pair in May.",
     "Apple", "Meta"),
    ("Even as [{A}|s] struggles to keep its open-weight models relevant, [{B}|o] has turned its own into a business that banks will pay for, much of it sold through [Microsoft|n]'s Azure marketplace.",
     "Meta", "Mistral"),
    ("[{B}|o] doubled its count of million-dollar customers this year, while [{A}|s] — which raised far more money — added only a handful.",
     "xAI", "Mistral"),
    ("The week belonged to [{B}|o], whose new model topped three leaderboards, and not to [{A}|s], which spent it apologizing for a chatbot that insulted users.",
     "Grok", "Claude"),
]

CONTRAST = [
    "[OpenAI|o] and [Anthropic|o] have held on to almost all of their senior researchers this year, while [Meta|s] has watched its superintelligence team thin out month after month.",
    "[Meta|s]'s rivals are leaving it behind: [Google|o] and [OpenAI|o] both shipped agents that can shop on a user's behalf this quarter, and the company that owns Instagram has nothing comparable.",
    "[Amazon|o] posted its strongest cloud quarter in two years, whereas [Microsoft|s] disappointed on Azure and [Google|n] landed roughly where analysts expected.",
    "[Nvidia|o] beat on every line — a sharp contrast with [Apple|s], which on the same evening warned that its AI features were doing little to lift iPhone upgrades.",
    "[xAI|s], whose chatbot was pulled from two app stores last month, has now been overtaken in European downloads by [Mistral|o], according to an analytics firm.",
    "[Mistral|o] signed its largest customer yet, a French bank that also runs workloads on [Azure|n], while [xAI|s]'s enterprise push stalled after its head of sales left.",
    "[Google|o] kept its cloud margins climbing; [Amazon|s] did not, and its shares paid for it.",
    "The deal is a coup for [Anthropic|o] and an embarrassment for [Microsoft|s], which had spent two years courting the same insurer.",
    "[Claude|o] gained share in every segment we track, [Gemini|n] held steady, and [Grok|s] slipped for a third straight month.",
    "[Apple|s], which has yet to ship the Siri it promised two years ago, now faces [Amazon|o]'s Alexa+ in 40 million homes and [Google|o]'s Gemini on most Android phones.",
    "Engineers are leaving [xAI|s] for [OpenAI|o] and [Anthropic|o] at a rate of several a week, according to two recruiters who place researchers at all three.",
    "[Microsoft|o] reported 40% Azure growth, even as [Amazon|s] warned that power shortages would cap AWS capacity until next summer; [Google|n] reports on Tuesday.",
    "[Meta|s], whose open-model strategy was once the envy of the industry, now sees [Mistral|o] and Alibaba's Qwen cited more often in new research papers.",
    "[Gemini|o]'s user base nearly doubled in six months, while [Copilot|s]'s consumer app, despite a Super Bowl ad, barely moved.",
    "The talent is flowing toward [Anthropic|o], and away from [Google DeepMind|s] and [Meta|s], if LinkedIn profiles are any guide.",
    "[Apple|o] sold more AI-capable Macs than it expected this quarter, whereas [Microsoft|s]'s Copilot+ PC push has yet to move the needle for its hardware partners.",
    "[Nvidia|o] raised its outlook again; [Amazon|s], by contrast, conceded that its Trainium ramp would take longer than planned, and [Google|n] did not comment on its own chips.",
    "[OpenAI|s] spent the quarter fighting lawsuits and reshuffling executives — time that [Google|o] used to win back the developers it had lost.",
    "While [Alexa|s]+ is still stuck in early access in most of Europe, [Gemini|o] Live has rolled out in 40 languages.",
    "Analysts say [Mistral|s] has been outmanoeuvred at home, as [Microsoft|o] and [Google|o] both opened French data centers and signed the ministries it once counted on.",
    "- [Anthropic|o]: revenue run rate tripled. [xAI|s]: two more co-founders out. [Meta|n]: no change to guidance.",
    "- [Nvidia|n]: reports Wednesday. [Microsoft|o]: Copilot seats up 60%. [Amazon|s]: AWS growth slows again.",
    "[Anthropic|o]'s new model, released a day after [OpenAI|n]'s developer event and available on [Amazon|n] Bedrock from launch, topped two independent leaderboards, while [xAI|s]'s update drew complaints about invented citations.",
    "[Google|n] and [Microsoft|n] both sent executives to the summit, but the headlines went to [Mistral|o], which announced three sovereign-cloud deals, and to [Meta|s], whose policy chief was heckled over data scraping.",
    "The study covered assistants from [Apple|n], [Amazon|n] and [Google|n]; [Claude|o] scored highest on accuracy and [Grok|s] lowest.",
    "[Nvidia|n] supplies both companies, but [xAI|s] has struggled to keep its cluster busy, whereas [OpenAI|o] has run its own at full utilization for a year, according to people familiar with both.",
    "Both sell their models through [Amazon|n] and [Microsoft|n], yet [Anthropic|o] grew its enterprise revenue fivefold this year while [Mistral|s]'s growth slowed to 30%.",
    "[Meta|s] lost its head of generative AI to a start-up this week, while [Google DeepMind|o], which trains on a mix of its own TPUs and [Nvidia|n] GPUs, filled every one of its open leadership roles.",
    "The $30 billion contract, disclosed in a filing on Friday, makes [Nvidia|o] the sole chip supplier for [Meta|n]'s new Ohio campus, where [Microsoft|n] will also rent capacity.",
    "The conference was hosted by [Microsoft|n] and sponsored by [Nvidia|n], but the talk of the hallways was [Anthropic|o]'s agent demo — and [Apple|s]'s absence.",
    "“Our customers aren't leaving us for [Grok|s], they're leaving us for [Claude|o],” said the chief executive of a mid-sized software company, who recently moved its support bot.",
    "Why This Matters: [Google|o] is gaining ground in the enterprise precisely where [OpenAI|s] looked strongest a year ago.",
    "⚠️ Limitations & Risks: [Amazon|s] is spending more on data centers than any rival yet growing its cloud more slowly than [Microsoft|o] or [Google|o].",
]

# ---------------------------------------------------------------------------
# Group 3. Stock and market moves: tickers, percentages, market wraps, flat index weightings.
# ---------------------------------------------------------------------------
MARKET_PAIRS = [
    ("[{B}|o] rose 3.1% and [{A}|s] fell 2.4% on Tuesday after a brokerage said customers were shifting AI budgets from one to the other.",
     "Microsoft", "Alphabet"),
    ("Investors sold [{A}|s] and bought [{B}|o] after Thursday's results, sending the first down 5% and the second up 7%.",
     "Amazon", "Microsoft"),
    ("[{B}|o] stock has been on a tear since the spring, while [{A}|s] has gone nowhere, weighed down by doubts about what its AI spending buys.",
     "Meta", "Alphabet"),
    ("[{A}|s] gave back its year-to-date gains this week, even as [{B}|o] closed at a record for the fourth session running.",
     "Apple", "Nvidia"),
]

MARKET = [
    # single-company moves
    "[Nvidia|s] (NVDA -3.1%) fell after the company guided below the most bullish estimates for the current quarter.",
    "[Amazon|s] (AMZN -6.4%) slumped in early trading after AWS growth came in short of what rivals had reported.",
    "[Meta|s] (META -4.2%) dropped after the company raised its capital-spending forecast again without saying when the investment would pay off.",
    "[Alphabet|o] (GOOGL +5.8%) jumped to a record after cloud revenue beat estimates by nearly a billion dollars.",
    "[Microsoft|o] stock has been on a tear since the company first disclosed Copilot seat numbers in April, climbing 22% against a 7% gain for the Nasdaq.",
    "[Apple|o] (AAPL +2.4%) rose after a supply-chain report said its AI-enabled iPhones were selling ahead of plan in China.",
    "[Nvidia|o] stock has been on a tear since the company's March keynote, adding roughly $900 billion in market value.",
    "Shares of [Amazon|o] (AMZN +3.3%) climbed for a fifth straight session as investors warmed to its chip business.",
    "[Apple|s] (AAPL -2.9%) slid after the company confirmed that the upgraded Siri would not ship until next year.",
    "[Microsoft|s] (MSFT -4.0%) fell in after-hours trading as Azure growth slowed for the second quarter in a row.",
    "[Nvidia|o] (NVDA -1.2%) still looks like the cleanest way to own the AI build-out, the strategist argued, Tuesday's dip notwithstanding.",
    "[Meta|s] (META +0.8%) is spending too much on AI for a company that still cannot say what it is buying, one portfolio manager said.",
    "[Apple|o] (AAPL -0.4%) remains the best-placed company to sell AI to consumers, according to a note from a Swiss bank, because it already owns the devices.",
    "[Microsoft|s] (MSFT +1.1%) faces a harder second half than its share price implies, the analyst wrote, as [OpenAI|n] spreads its computing work across other clouds.",
    # private companies: secondary markets and rounds
    "[OpenAI|s] shares changed hands at a 15% discount to the last round on a secondary platform last week, the first time they have traded below it.",
    "[Anthropic|o] stock is the hottest item on secondary markets this year, with bids running 30% above its latest funding-round price.",
    "[xAI|s]'s paper valuation fell by a fifth in the tender offer, a sign that employees were keener to sell than outsiders were to buy.",
    "[Mistral|o] shares were oversubscribed four times in the latest round, which values the company at more than twice last year's figure.",
    # market wraps: each company by its own move
    "Tech led the declines, with [Nvidia|s] down 3.4% and [Microsoft|s] off 2.1%, while [Apple|o] rose 1.2% after its product event.",
    "The Nasdaq closed flat, with [Alphabet|o] up 2% and [Meta|s] down 1.8% as investors weighed dueling reports on AI ad revenue.",
    "In premarket trading, [Amazon|o] gained 4.1%, [Microsoft|s] slipped 0.9%, and [Nvidia|o] added 1.5%.",
    "Among the megacaps, [Apple|s] (-1.4%) and [Amazon|s] (-2.2%) lagged, while [Nvidia|o] (+3.9%) and [Alphabet|o] (+1.7%) did the heavy lifting.",
    "Chip stocks sold off after the export-rule report, with [Nvidia|s] (NVDA -5.2%) leading the way down; [Apple|n] and [Microsoft|n] were little changed.",
    "[Meta|o] led the S&P 500 higher on Thursday, up 7%, while [Alphabet|n] finished flat and [Amazon|s] fell 3% ahead of its own results.",
    "The rotation out of AI names continued: [Microsoft|s] -2.6%, [Nvidia|s] -3.3%, [Amazon|s] -1.9%, with only [Apple|o] (+0.7%) in the green among the giants.",
    "Stocks were mixed at midday, with [Amazon|o] higher on its cloud upgrade and [Apple|s] lower after the App Store ruling.",
    "Shares of chip designer Arm rose 4% on the report, and [Nvidia|o] (NVDA +2.2%) followed, while [Microsoft|n] (MSFT) was unchanged.",
    "[Nvidia|o] (NVDA +4.6%) led chipmakers higher after [Microsoft|n] and [Meta|n] both reaffirmed their data-center budgets.",
    "[Alphabet|o] (GOOGL +3.2%) climbed after [Anthropic|n] disclosed a larger TPU order, while [Nvidia|n] (NVDA) ended the session flat.",
    "[Microsoft|s] (MSFT -2.7%) fell after [OpenAI|n] signed a cloud agreement with [Amazon|o], the latest sign that their partnership is loosening.",
    "[Apple|s] (AAPL -1.9%) dipped after the EU opened a probe into its AI features, while [Alphabet|n] (GOOGL) and [Microsoft|n] (MSFT) were flat.",
    # flat index weightings, market caps, schedules -> neutral
    "[Nvidia|n], [Microsoft|n] and [Apple|n] together account for roughly a fifth of the S&P 500's weighting.",
    "[Alphabet|n] has a market capitalization of about $2.4 trillion, placing it fourth among US-listed companies, just behind [Microsoft|n].",
    "[Meta|n] (META) and [Amazon|n] (AMZN) report after the bell on Thursday; [Apple|n] (AAPL) follows next week.",
    "The Nasdaq-100 is rebalanced each December; [Nvidia|n] is currently its largest constituent, followed by [Apple|n] and [Microsoft|n].",
    "[xAI|n] was valued at about $230 billion in its latest round; [Mistral|n] was valued at €11.7 billion in September.",
    "By the numbers: [Amazon|n] $2.3 trillion, [Meta|n] $1.8 trillion, [Nvidia|n] $4.4 trillion, in market capitalization at Friday's close.",
    "[Anthropic|n] and [OpenAI|n] are both privately held, so their shares do not trade on public exchanges.",
    "[Amazon|n] (AMZN), [Microsoft|n] (MSFT) and [Alphabet|n] (GOOGL) together spent about $95 billion on capital projects last quarter, according to their filings.",
    "[Meta|n] is the sixth-largest holding in the fund, behind [Nvidia|n], [Microsoft|n], [Apple|n], [Amazon|n] and [Alphabet|n].",
    "[Nvidia|n] last split its stock ten-for-one in June 2024; [Apple|n] last split its shares in 2020.",
    "[Meta|n], [Microsoft|n], [Alphabet|n] and [Amazon|n] all report in the last week of October, with [Apple|n] following on the Thursday.",
    "[xAI|n] and [Mistral|n] are not publicly traded; [Nvidia|n] holds small stakes in both.",
    "Options traders are pricing a move of about 7% in either direction for [Nvidia|n] after Wednesday's report, roughly in line with recent quarters.",
    "[Microsoft|n] (MSFT) holds a stake in [OpenAI|n], while [Amazon|n] (AMZN) and [Alphabet|n] (GOOGL) hold stakes in [Anthropic|n].",
    "[Apple|n] will be added to the new AI index at a weight of 8%, alongside [Nvidia|n] at 12% and [Alphabet|n] at 9%, the index provider said.",
]

# ---------------------------------------------------------------------------
# Group 4. "While X has made strides in ..., it continues to trail A, B and C": the main clause decides.
# Then the reverse shape: X trails in one thing, but the main clause praises X.
# ---------------------------------------------------------------------------
TRAIL_PAIRS = [
    ("While [{A}|s] has made strides in agentic coding, it continues to trail [{B}|o], whose tools now write most of the code at several large software firms.",
     "Google", "Anthropic"),
    ("While [{A}|s] has made strides in agentic coding, it continues to trail [{B}|o], whose tools now write most of the code at several large software firms.",
     "xAI", "OpenAI"),
    ("For all the progress [{A}|s] has made on its own models, it remains a distant second to [{B}|o] with the developers who build on top of them.",
     "Amazon", "Microsoft"),
    ("[{A}|s] has narrowed the gap on voice, but it still lags [{B}|o] badly on anything that takes more than one step.",
     "Siri", "Alexa"),
    ("Despite a year of heavy investment, [{A}|s] continues to trail [{B}|o] on the multilingual benchmarks European buyers care about.",
     "Llama", "Mistral"),
]

TRAIL = [
    "While [Meta|s] has made real strides in open models, it continues to trail rivals like [OpenAI|o], [Google|o] and [Anthropic|o] at the frontier.",
    "While [Amazon|s] has made strides in custom silicon, it continues to trail [Nvidia|o] and [Google|o] in the software developers actually want to use.",
    "Although [xAI|s] has built one of the largest GPU clusters in the world, it still trails [OpenAI|o] and [Anthropic|o] in the enterprise deals that pay the bills.",
    "[Mistral|s] has made strides in multilingual models, but it remains well behind [Google|o] and [OpenAI|o] on reasoning and agent tasks.",
    "Despite clear gains in voice quality, [Siri|s] continues to lag [Gemini|o] and [ChatGPT|o] on anything that requires planning.",
    "While [Microsoft|s] has made progress building its own models, it continues to trail [OpenAI|o], [Anthropic|o] and [Google|o] on every leaderboard its customers follow.",
    "[Apple|s] has made strides in on-device AI, yet it continues to trail [Google|o] and [Meta|o] in the assistants people actually talk to.",
    "Even after a strong quarter for its home assistant, [Amazon|s] still trails [Google|o] and [OpenAI|o] in the number of people who use an AI assistant daily.",
    "[Grok|s] has improved quickly on math, but it remains a step behind [Claude|o] and [Gemini|o] on long documents, where enterprise money is spent.",
    "[Google|s] has won back some developers, but it continues to trail [Anthropic|o] in coding agents, where its share has barely moved in a year.",
    "While [OpenAI|s] has made strides in enterprise sales, it continues to trail [Microsoft|o] in the procurement departments of the Fortune 500.",
    "Though [Copilot|s] now reaches tens of millions of workers, it still trails [ChatGPT|o] and [Claude|o] in how often those workers choose to open it.",
    "[Nvidia|s] has made strides in inference chips, but in the cheapest tier of the market it continues to trail [Google|o]'s TPUs and [Amazon|o]'s Inferentia.",
    "While [Le Chat|s] has made strides with French consumers, it continues to trail [ChatGPT|o] and [Gemini|o] everywhere else in Europe.",
    "[Meta|s] may have made strides in AI advertising tools, but its chatbot continues to trail [ChatGPT|o] and [Gemini|o] in weekly US users by a wide margin.",
    "While [Apple|s] has made strides with its private cloud servers, which run on its own chips rather than [Nvidia|n] hardware, its assistant continues to trail [Google|o]'s on almost every test.",
    "[Mistral|s], backed by [Nvidia|n] and [Microsoft|n], has made strides in coding models, but it continues to trail [Anthropic|o] and [OpenAI|o] in paid developer seats.",
    "While [xAI|s] has made strides since bringing a second [Nvidia|n]-based cluster online, it continues to trail [Google|o] on video and image understanding.",
    "[Amazon|s] has made strides with its Nova models, which sit on Bedrock next to models from [Meta|n] and [Mistral|n], but on its own platform they still trail [Anthropic|o]'s in usage.",
    "While [Microsoft|s] has made strides with its in-house models, trained partly on [Nvidia|n] hardware at a site it shares with [OpenAI|n], it still trails [Google|o] on the benchmarks enterprise buyers cite.",
    # reverse shape: X trails in one thing, the main clause praises X
    "[Apple|o] may trail the frontier labs in raw model quality, but its on-device approach has made it the assistant that corporate IT departments trust most.",
    "[Mistral|o] still trails the American labs on the hardest benchmarks, yet it has quietly become the default choice for European ministries.",
    "[Amazon|o] lags in chatbots, but its cloud is where most of the industry's models, including [Anthropic|n]'s, are actually served.",
    "[xAI|o] is behind on enterprise sales, but its newest model is, by several independent measures, the strongest it has ever shipped.",
    "Even if [Meta|o] trails in paid subscriptions, no one turns AI into advertising dollars more efficiently, and its margins prove it.",
    "[Microsoft|o] trails the frontier labs on model benchmarks, but it has something more valuable: 400 million paying Office customers.",
    "[Anthropic|o] trails the consumer giants in users by a wide margin, yet its enterprise business is growing faster than any other lab's.",
    "[Nvidia|o] may be losing a sliver of share at the low end, but it remains the only supplier that can deliver a full AI data center in a single order.",
    "[Grok|o] lags well behind in total downloads, but it has become the fastest-growing assistant among paying subscribers, which is the number that matters.",
    "[OpenAI|o] came late to enterprise sales, but ChatGPT Enterprise is now growing faster than any software product in the company's history.",
]

SECTION = re.compile(r"^(?:\W+\s)?(Why This Matters|Why this matters|Limitations & Risks|Limitations & risks|"
                     r"Key Facts|Key facts|Editor's Take|The Bottom Line|Bottom line|Key Takeaways|"
                     r"What's Next|The Big Picture|Risks|Context|By the numbers|Our View|Verdict|"
                     r"Actionable Advice|TL;DR|My take|The bear case|The bull case|THE SCOREBOARD|"
                     r"HOT TAKE|BOTTOM LINE):")
LIST_ITEM = re.compile(r"^(?:- |• |\* |\d+\. )")
GROUPS = ("headline", "contrast", "market", "trail")


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    items = []  # (marked text, set of categories)
    for pairs, cat in ((HEAD_PAIRS, "headline"), (CONTRAST_PAIRS, "contrast"), (MARKET_PAIRS, "market"),
                       (TRAIL_PAIRS, "trail")):
        for tpl, x, y in pairs:
            if x == y or ALIAS2ENT[x] == ALIAS2ENT[y]:
                raise ValueError(f"pair of one company: {tpl!r}")
            a, b = render_pair(tpl, x, y)
            items.append((a, {cat, "pair"}))
            items.append((b, {cat, "pair"}))
    for group, cat in ((HEAD, "headline"), (CONTRAST, "contrast"), (MARKET, "market"), (TRAIL, "trail")):
        for s in group:
            items.append((s, {cat}))

    existing = existing_texts(here, "extra_q.jsonl")

    def tags(text, targets):
        found = {"list_item": bool(LIST_ITEM.match(text)), "section_label": bool(SECTION.match(text)),
                 "quote": "“" in text, "question": "?" in text,
                 "ticker_or_pct_parens": bool(re.search(r"\((?:[A-Z]{2,5} )?[+-]\d", text)
                                              or re.search(r"\([A-Z]{2,5}\)", text)),
                 "multi_company": len(targets) > 1, "three_plus_companies": len(targets) > 2,
                 "multi_company_mixed": len({t["label"] for t in targets}) > 1}
        return {tag for tag, hit in found.items() if hit}

    recs, cats = collect(items, "q", "extra_q", existing, tags)
    write_jsonl(os.path.join(here, "extra_q.jsonl"), recs)
    print_label_summary("extra_q.jsonl", recs)
    print_groups(GROUPS, recs, cats, 16)
    print_categories(cats, 22)
    multi = sum(1 for r in recs if len(r["targets"]) > 1)
    print(f"multi-company sentences: {multi} ({multi / len(recs):.1%})")
    print("targets per sentence:", collections.Counter(len(r["targets"]) for r in recs))

if __name__ == "__main__":
    main()
