"""Build extra_r.jsonl: original AI-industry sentences where the writer's skepticism is carried by framing,
not by negative words, next to neutral sentences that use the same vocabulary.

Same approach as build_extra_o.py. Sentences are written with inline markup: [mention|o] optimistic,
[mention|s] skeptical, [mention|n] neutral. The entity is looked up from the mention. Mirrored comparison
pairs are written once as a template with {A} (the loser) and {B} (the winner) and rendered twice with the
two companies swapped; concessive pairs hold the same facts with the clauses swapped, so the label follows
the main clause.

Focus:
  1. framing that undercuts a company without negative words ("if you only watched the demo", "on paper",
     "the marketing says ... the reality", "more accurately described as", "has not disclosed", "was given no
     indication", "with the fanfare of ..., but", "suggesting a delay") -> skeptical for the company undercut;
  2. sarcasm, loaded descriptors and criticism reported from named or described critics (columnists, former
     employees, developers on forums) -> skeptical; a critic quoted and then answered by the writer's
     evidence -> optimistic;
  3. concessives both ways: praise conceded and doubt in the main clause (skeptical), doubt conceded and
     praise in the main clause (optimistic), with varied connectives;
  4. neutral counterparts with the same vocabulary: usage-limit policies, pricing tiers, outages reported as
     plain facts with numbers, terms "not disclosed" as routine, explainers and guides; and "this tracks with
     what I have seen", labelled by what the writer agrees with.
All events are fictional; no sentence is copied from published coverage.

Run:  cd datasets/ainews && python3 build_extra_r.py   (writes extra_r.jsonl,
validates offsets, entities and first mentions, and prints a summary)
"""
import os
import re

from markup import (
    ALIAS2ENT,
    collect,
    existing_texts,
    finish,
    render_pair,
)

OUT = "extra_r.jsonl"

# ---------------------------------------------------------------------------
# Group 1. Framing that undercuts: the words are mostly neutral or even positive, the stance comes from the
# frame (demo vs reality, claim vs footnote, fanfare vs availability, undisclosed numbers, slipped dates).
# ---------------------------------------------------------------------------
FRAMING = [
    "If you only sat through the keynote, [Copilot|s] agents would look like a finished product; the administrators who have to switch them on for 40,000 seats describe something closer to a public beta.",
    "On paper, [Llama|s] 5 matches the best closed models on reasoning; in the hands of the developers who downloaded it last week, it has struggled with anything longer than a few pages, while the [Mistral|o] model released the same day has drawn steady praise.",
    "The marketing says [Alexa|s]+ can plan a dinner party from a single sentence — the reality, over three weeks of testing in our kitchen, was a lot of confirming which timer it had just set.",
    "Let's cut through the hype around [Grok|s] 5: once you remove the charts xAI picked for its launch stream, the model sits roughly where the leading models were last spring.",
    "What [Apple|s] calls a personal intelligence system is, for now, more accurately described as a notification summarizer with a rewriting tool attached.",
    "[Microsoft|s] has been adding agent features to Teams at a pace its own support pages cannot keep up with, and administrators say each update moves settings they had only just documented.",
    "The delay comes as a surprise considering [Amazon|s] was demonstrating the same shopping agent on stage fourteen months ago, complete with a live checkout, the same week [Google|n] showed a similar one.",
    "[OpenAI|s] quietly changed the shipping window for the device it is building with a former [Apple|n] designer from 'this holiday season' to 'next year' in a footnote to its developer terms, suggesting a delay of at least two quarters.",
    "[xAI|s] says Grok now has 120 million monthly users, a figure it has not broken down by country and which we could not independently verify.",
    "[Anthropic|s] has still not disclosed the actual caps on any of its paid plans, leaving Max subscribers to reverse-engineer them from the warning banners.",
    "Workspace customers were given no indication that [Google|s] planned to move Gemini features out of the Business tier and into a pricier add-on until the new invoices arrived.",
    "Teams on the new enterprise plan say they are burning through [Claude|s]'s weekly allowance faster than expected, in some cases by Wednesday afternoon.",
    "[Mistral|s] acknowledged the problem on Thursday, three days after customers on [Azure|n] and [AWS|n] first reported that its new coding model was deleting the tests it had been asked to fix.",
    "The new accelerator is unlikely to disrupt [Nvidia|o]'s grip on training workloads, whatever [Amazon|s] says about price-performance.",
    "[Meta|s] unveiled its shopping assistant with the fanfare of a flagship launch, but the feature is available to a few thousand users in two US states, while [Amazon|o]'s rival agent has been open to every US customer since March.",
    "Strip away the stage lighting and [Sam Altman|s]'s 'PhD-level' agent turned out to need three human reviewers per task in the pilots two banks described to us.",
    "[Google|s] says AI Overviews reach two billion people a month; it has not said how many of them click through to anything, or how often the answers are wrong.",
    "For a company that declared this the year of agents, [Microsoft|s] has surprisingly little to show: its own earnings slides name four customers running them in production.",
    "[Apple|s] framed the Siri postponement as a commitment to quality, a description that would carry more weight had the company not put the same features on billboards last autumn.",
    "The launch video shows [Gemini|s] booking a family holiday from start to finish; the version that shipped on Tuesday stops before payment and hands users a list of links.",
    "[Nvidia|s] has described its AI PC chips as the start of a new category; the laptops reviewed so far are more accurately described as slightly faster versions of last year's models.",
    "[Amazon|s] says the new assistant is 'available to millions', a phrase that turns out to cover everyone who has joined the waitlist rather than everyone who can use it.",
    "[xAI|s] has not published a safety report for the model, nor said when it will, despite promising one at the previous release.",
    "The $500 million in committed revenue [Mistral|s] cited at its funding announcement includes government framework deals that, by the company's own account, carry no guaranteed spend.",
    "[Meta|s] calls its new model open; the license, which excludes the largest companies and requires a request form, is more accurately described as available on application.",
    "If the AI roadmap [Andy Jassy|s] laid out on the call sounded familiar, that is because most of it appeared, almost line for line, in last year's shareholder letter.",
    "A year ago [Google|s] was showing off glasses that translated conversations in real time; on Wednesday it confirmed there is still no ship date, while [Meta|o] has been selling its own version for two years.",
    "[Nvidia|s] has not said how much of the quarter's data-center revenue came from customers it has itself invested in, such as [xAI|n] and [OpenAI|n], a question analysts raised three times on the call.",
    "[Anthropic|s] presented the API pricing change as a simplification; for its heaviest users, it works out to an increase of about 40%.",
    "[Microsoft|s] said Copilot usage had 'more than doubled' in the quarter, without saying what it had doubled from.",
    "Look past the headline valuation and [xAI|s]'s round was financed largely with debt secured against the very chips it is buying from [Nvidia|n].",
    "The benchmark table [Meta|s] published compares its model with versions of rival systems from [OpenAI|n] and [Google|n] that were two releases old on launch day.",
    "[OpenAI|s] describes the new placements as 'helpful suggestions'; users who found a sponsored hotel at the top of a travel answer had another word for them.",
    "[Le Chat|s]'s much-advertised instant answers are fast, certainly; whether they are right is another matter, judging by the 31% error rate a Paris newspaper recorded on its own quiz.",
    "[Tim Cook|s] told analysts that Apple Intelligence is driving upgrades, though the company has yet to offer a single number to support the claim.",
    "[Microsoft|s] and [OpenAI|s] each described their revised partnership as 'stronger than ever', a phrase that in this industry tends to precede a renegotiation.",
    "On paper, [Amazon|s]'s stake in [Anthropic|n] gives it a front-row seat to frontier AI; in practice, most of the lab's enterprise growth this year has come through other clouds.",
    "The press release says [Google|s]'s new TPU outperforms any accelerator on the market; the footnote narrows the comparison to a single workload against an [Nvidia|n] chip two generations old.",
    "Eighteen months on, [Apple|s]'s partnership with [OpenAI|n] is more accurately described as a button that hands your question to ChatGPT.",
    "[Meta|s] says its smart glasses have sold in the millions; it has not said how many are still being worn a month after purchase.",
    "Analysts were given no indication of when [Mistral|s]'s flagship model would ship, only that it was 'in final testing', the phrase the company also used in April.",
    "If you only read [Jensen Huang|s]'s keynote, you would conclude that every factory on earth is about to become an AI factory; the order books of industrial customers suggest a slower timetable.",
    "[xAI|s] calls Grok the most truth-seeking AI in the world, a claim it has so far supported with a leaderboard screenshot posted by Elon Musk.",
    "The [Bing|s] chatbot was launched with the fanfare of a search revolution, but Microsoft's share of US searches has barely moved in three years.",
    "[Sora|s] arrived with the fanfare of a film premiere, but the app's downloads fell by two-thirds within six weeks, according to two app-tracking firms.",
    "[Google|s] describes the Gemini rollout to Nest speakers as 'gradual', which, eight months in, appears to mean that most owners are still waiting; [Alexa|o]+ reached every compatible Echo in the spring.",
    "[Copilot|s]'s new memory feature is, on paper, opt-in; in practice, it was switched on by default for every account we checked.",
]

# ---------------------------------------------------------------------------
# Group 2. Critics: sarcasm, loaded descriptors and criticism reported from columnists, former employees,
# investors and developers (skeptical); a criticism answered by the writer's own evidence (optimistic).
# ---------------------------------------------------------------------------
CRITICS = [
    "[Meta|s], the company now delivering AI slop to your feed at industrial scale, said on Wednesday it would add a second feed devoted entirely to generated video.",
    "A former [Google|s] engineer who spent six years on the search team wrote that the company's culture has come to accept mediocrity as long as a launch date is met.",
    "Developers on a popular forum have taken to calling [Grok|s] 'a reply guy with a GPU budget', a nickname that stuck after a week of erratic answers.",
    "'They sell the roadmap, not the product,' one columnist wrote of [Microsoft|s]'s AI strategy, noting that half the Copilot features announced in May are still in preview.",
    "Critics including a prominent Stanford economist argue that [OpenAI|s]'s revenue forecasts assume a paid conversion rate no consumer subscription business has ever reached.",
    "Two former [Amazon|s] managers told us the Alexa team spent more time rewriting launch memos than fixing the latency problems customers complained about.",
    "One hedge fund manager described [Nvidia|s]'s investments in its own customers as 'vendor financing with a better press office'.",
    "A longtime Mac columnist wrote that [Apple|s] has moved from 'it just works' to 'it will work in a future update'.",
    "Security researchers say [Anthropic|s]'s browser agent can still be talked into sending a user's data to a third party by a single hidden line on a web page.",
    "'Sovereign AI is a nice slogan for a company that rents most of its compute from Americans,' one Brussels official said of [Mistral|s].",
    "Former staff describe [xAI|s] as a place where deadlines are set by social media posts and safety reviews are scheduled around them.",
    "The running joke among investors this week was that [Meta|s]'s AI division has hired more nine-figure researchers than it has shipped products.",
    "A former [OpenAI|n] researcher now at a rival lab described [Microsoft|s]'s in-house models as 'two generations behind and proud of it'.",
    "Developers were blunter: the most upvoted issue on [Llama|s]'s repository for a month was titled 'Is anyone actually running this in production?'",
    "A Paris investor who passed on the round called [Mistral|s] 'a national symbol priced like a growth stock'.",
    "'[Gemini|s] is a fine model trapped inside Google's org chart,' a former product lead wrote, and the post was shared widely by current employees.",
    "Writing in a trade newsletter, a retired chip executive argued that [Nvidia|s]'s margins are a tax the industry will eventually stop paying.",
    "One ex-employee summed up [Anthropic|s]'s capacity planning as 'sell first, find the GPUs later'.",
    "Critics of [Copilot|o] have a point about the clutter, but usage data from 300 companies tracked by a workplace-analytics firm show weekly active use rising for the eighth month in a row.",
    "One analyst called [Nvidia|o]'s February quarter 'peak AI'; the company has since beaten estimates twice and raised its guidance both times.",
    "The skeptics said nobody would pay $200 a month for a chatbot; [OpenAI|o] now has more than two million subscribers on its top tier, and renewal rates suggest they are staying.",
    "When [Anthropic|o] began selling to large companies, rivals dismissed it as a research lab with a sales deck; eighteen months later seven of the ten largest US banks are customers.",
    "Forum posters predicted [Mistral|o]'s new model would be another benchmark special, but evaluators who ran it on private test sets found it held up in every category.",
    "A columnist last spring called [Apple|o]'s on-device models toys; the latest version now transcribes and translates offline faster than the cloud services we compared it with.",
    "Critics warned that [Amazon|o] had overbuilt its data centers; the $290 billion backlog it disclosed on Thursday suggests it may not have built enough.",
    "It has become fashionable to write off [Google|o] in AI, a view that is harder to hold now that Gemini leads three of the four leaderboards developers actually watch.",
    "Commenters mocked [xAI|o]'s Memphis build-out as a vanity project; the cluster is now running, and two customers say the company is renting spare capacity to other labs at a profit.",
    "[Meta|o] spent two years being told its AI spending was reckless; this quarter, ad growth driven by its recommendation models did the arguing for it.",
    "Reviewers who spent the summer calling [Claude|o] overpriced have gone quiet, several of them having moved their own coding setups to it.",
    "The detractors said [Alexa|o]+ would never justify its cost; Amazon's latest filing shows Prime members who use it shop more often than those who do not, by a wide margin.",
    "Critics said [Apple|o] would have to build its own chatbot to stay relevant; instead, iPhone sales hit a record in a quarter in which it shipped none.",
    "The doubters had a field day when [Mistral|o] decided to build its own data center; with [Nvidia|n] chips now hard to get, it looks like one of the smarter calls in European tech.",
    "For all the ridicule its celebrity avatars attracted, [Meta|o]'s assistant now handles customer service for two million small businesses on WhatsApp.",
    "Few gave [Amazon|o]'s Trainium chips much of a chance against [Nvidia|n]; [Anthropic|n] now trains its largest models on them.",
    "Doubters argued that [OpenAI|o] could never sell to governments; it now has agreements with 11 of them, most signed this year.",
]

# ---------------------------------------------------------------------------
# Group 3. Concessives. Praise conceded, doubt in the main clause -> skeptical; doubt conceded, praise in the
# main clause -> optimistic. Connectives vary: while, although, though, even as, despite, for all, granted,
# yes ... but, to be fair.
# ---------------------------------------------------------------------------
CONCESSIVE = [
    "While [Gemini|s] 3's scores are undeniably strong, the model still invents citations often enough that two law firms we spoke to have barred it from research work.",
    "Although [Nvidia|s] beat estimates again, its guidance implied the slowest growth in data-center sales in three years, and the shares fell 6% after hours.",
    "Though [Le Chat|s] has won praise for its speed, it still lacks the integrations that would make it a serious option for companies outside France.",
    "Even as [Meta|s] reports record ad revenue, its AI products have yet to earn a dollar on their own, and the capital spending bill keeps climbing.",
    "For all its talk of safety, [xAI|s] shipped the image generator without filters its rivals have had for two years.",
    "Granted, [Apple|s] makes the best chips in consumer devices; it simply has not found much for them to do with AI.",
    "Yes, [ChatGPT|s] still has the biggest audience — but weekly users have been flat for two quarters while rivals keep gaining.",
    "Despite a slick launch and a sharp price cut, [Bedrock|s] remains a distant third among managed model platforms, behind [Azure|o] and [Google|o]'s Vertex AI, and the gap did not narrow last quarter.",
    "[Anthropic|s]'s models are excellent, nobody disputes that; the question is whether a company that keeps rationing access can be the backbone of anyone's business.",
    "The demo was impressive, to be fair, but [Alexa|s]+ still took eight seconds to tell us the weather in our tests.",
    "While [Microsoft|s] can point to 100 million monthly Copilot users across its products, only a fraction are paid seats, and it declines to say how many.",
    "[Google DeepMind|s]'s papers remain the envy of the field, but turning them into products is where Google keeps stumbling.",
    "However polished the hardware, [Meta|s]'s glasses still depend on an assistant that misheard one in five of our requests.",
    "Impressive as the throughput numbers are, [Nvidia|s]'s new networking gear has shipped to only two customers, [Microsoft|n] and [Meta|n], and both are still testing it.",
    "Though the figure still represents only a small share of its user base, the tripling of paid business accounts shows [Meta|o] is finally getting companies to pay for its AI agents.",
    "While it is not the cheapest option on the market, [Claude|o] has become the default model for coding agents at most of the start-ups we surveyed.",
    "Although [Apple|o] came late to generative AI, the new Siri, which draws partly on [Google|n]'s Gemini models, has landed well: reviewers praise its speed, and first-week usage beat internal targets, according to people familiar with the figures.",
    "Despite a rocky first year, [Alexa|o]+ now handles more than a billion requests a week and answered most of our retest questions correctly.",
    "Even as [xAI|o] faces questions about its governance, Grok's newest model topped the hardest public math benchmark by a wide margin.",
    "For all the worry about an AI spending bubble, [Nvidia|o]'s customers, led by [Microsoft|n] and [Meta|n], keep raising their orders, and the backlog grew again this quarter.",
    "Granted, [Mistral|o] cannot match the American labs on scale; it does not need to, when its small models run on hardware its European customers already own.",
    "Yes, [Copilot|o] had a clumsy start — yet two years in, it is the AI tool most office workers actually open, and renewals are coming in ahead of plan.",
    "The rollout has been slow and the pricing steep, but [Gemini|o] Enterprise is now winning contracts that used to go to [Microsoft|s] by default.",
    "Even with [Nvidia|n]'s newest GPUs still in short supply, [AWS|o] added more AI capacity last quarter than in the whole of the previous year.",
    "While questions remain about its cash burn, [OpenAI|o]'s enterprise business, much of it sold through [Azure|n], has grown faster than anyone forecast, and it now signs a new Fortune 500 customer most weeks.",
    "It is not the splashiest model of the season, but [Llama|o] 5's small variant has quietly become the default on-device model for dozens of Android apps.",
    "Yes, [Jensen Huang|s] drew the biggest crowd of the week, but the announcements themselves were mostly roadmap slides for chips that will not ship until 2028.",
    "The rate limits still sting, but [Anthropic|o] doubled the allowance on its Pro plan in May, and developers we surveyed now rate it the best value of the major coding tools.",
    "Though it took three delays to get there, [Amazon|o]'s shopping agent, built partly on [Anthropic|n]'s models, is now live for all US customers and, by the company's disclosed figures, lifting basket sizes by around 9%.",
    "Despite a long list of missing features, [Grok|o] has grown faster than any other assistant this year, and retention among new users is better than at most rivals.",
    "Although [Meta|o]'s AI unit has been through three reorganisations in two years, the recommendation models it built lifted Reels watch time by 14% last quarter.",
    "Though [Microsoft|o]'s stake in [OpenAI|n] drew antitrust scrutiny, the bet has paid for itself several times over in cloud revenue alone.",
    "Despite warnings that cheaper open models would eat into its business, [Anthropic|o] raised prices twice this year and lost almost no customers, according to two resellers.",
    "Even if [Nvidia|o] loses some inference work to custom chips from [Google|n] and [Amazon|n], its order book already runs well into 2027.",
    "While [xAI|o] still trails on enterprise sales, its API revenue has grown tenfold since January, and the customers it has are expanding their contracts.",
    "Yes, [Sora|o] had a rough launch; the second version, released on Tuesday, is the first video model we have tested that keeps characters consistent across a full minute.",
    "Although [Copilot|o] costs more than most rivals, the hospital group said it saved each clinician about an hour a day, enough to pay for the licenses within a quarter.",
    "It would be easy to dismiss [Alexa|o]+ as a chatbot bolted onto a speaker, but the numbers from its first full year say otherwise.",
    "Though [Google|o] was slow to charge for Gemini, paid subscriptions to it now outnumber those of every rival but one.",
    "Despite the jokes about its name, [Le Chat|o] is now the assistant most used by French civil servants, according to a government survey.",
    "While [Grok|o]'s reputation was built on provocation, its latest coding model is, on our testing, simply very good.",
    "Though the launch drew little fanfare, [Mistral|o]'s document model, hosted on [Azure|n], is already processing invoices for three of France's largest retailers.",
]

# Concessive pairs: the same facts with the clauses swapped; the label follows the main clause.
CONC_PAIRS = [
    ("Although [Anthropic|s] has doubled its revenue run-rate this year, it still cannot serve its paying customers without rationing access at peak hours.",
     "Although [Anthropic|o] still rations access at peak hours, it has doubled its revenue run-rate this year, and its customers keep paying for more."),
    ("[Google|s] has the best research lab in the industry, yet it keeps losing the product race to smaller rivals.",
     "[Google|o] keeps getting outshipped by smaller rivals, yet its research lab is so far ahead that few investors expect that to last."),
    ("Despite [Grok|s]'s benchmark wins, xAI has signed almost no large enterprise customers.",
     "Despite having signed few large enterprise customers so far, [xAI|o] keeps winning the benchmarks that procurement teams now use to draw up shortlists."),
    ("[Amazon|s]'s cloud is still the largest, but its AI growth rate now trails both of its main rivals.",
     "[Amazon|o]'s AI growth rate may trail its rivals', but its cloud is still the largest and its AI backlog is growing faster than its revenue."),
    ("While [Microsoft|s] has put Copilot in front of every Office user, few of them use it more than once a week.",
     "While few Office users open it more than once a week so far, [Microsoft|o] has put Copilot in front of every one of them, and that reach is hard for any rival to match."),
    ("[Apple|s]'s privacy design is admirable, but it has left the company's assistant well behind the ones people actually use.",
     "[Apple|o]'s assistant is behind its rivals for now, but the privacy design holding it back is the one thing customers keep citing as a reason to buy the phone."),
    ("Even though [Meta|s] gives its models away, developers are increasingly choosing other open-weight families.",
     "Even though developers have other open-weight families to choose from, [Meta|o]'s models remain the most downloaded by a wide margin."),
    ("For all its growth in Europe, [Mistral|s] still makes less in a year than its American rivals make in a week.",
     "For all that it makes less in a year than its American rivals make in a week, [Mistral|o] is growing faster in Europe than any of them."),
    ("[Nvidia|s] remains the default choice for training, though its share of inference spending has slipped for three straight quarters.",
     "[Nvidia|o]'s share of inference spending has slipped for three straight quarters, though it remains so entrenched in training that its revenue barely noticed."),
    ("Granted, [OpenAI|s] has the most recognisable product in AI; that has not stopped it from losing developer share every month this year.",
     "Granted, [OpenAI|o] has lost developer share every month this year; it still has the most recognisable product in AI, and consumers show no sign of leaving it."),
]

# Mirrored comparison pairs: {A} loses (skeptical), {B} wins (optimistic), rendered both ways round.
SWAP_PAIRS = [
    ("While [{A}|s] keeps promising agents that can run a whole workday, [{B}|o] already has customers running them overnight.",
     "Microsoft", "Google"),
    ("For all the attention on [{A}|s]'s launch events, it is [{B}|o] that enterprises keep signing contracts with.",
     "OpenAI", "Anthropic"),
    ("[{A}|s] gets the headlines; [{B}|o] gets the renewals.",
     "xAI", "Mistral"),
    ("If you only followed the keynotes, you would think [{A}|s] led the market for AI on devices; shipment data say [{B}|o] does, and by a wide margin.",
     "Meta", "Apple"),
    ("Yes, [{A}|s] has the flashier demos, but [{B}|o] is the one companies trust with production traffic.",
     "Gemini", "Claude"),
    ("The marketing says [{A}|s] is the enterprise cloud for AI; procurement data from 400 companies say it is [{B}|o].",
     "Azure", "AWS"),
    ("[{A}|s] launched its assistant with a celebrity-studded event; [{B}|o] launched its own with a changelog entry, and it is the one people are using.",
     "Amazon", "Google"),
    ("Even as [{A}|s] talks up its in-house chips, it is [{B}|o]'s accelerators that AI labs keep asking for by name.",
     "Google", "Amazon"),
]

# ---------------------------------------------------------------------------
# Group 4. Neutral counterparts with the same vocabulary: usage limits, pricing tiers, outages with numbers,
# undisclosed terms as routine, dates, explainers and guides.
# ---------------------------------------------------------------------------
NEUTRAL = [
    "[Anthropic|n]'s Pro plan allows roughly 45 messages every five hours on its largest model, with the count shared across the web app, the desktop app and Claude Code.",
    "Under the new policy, [OpenAI|n] resets message caps for Plus subscribers every three hours and shows a counter once a user has ten messages left.",
    "[Google|n] lists three Gemini tiers for business customers, at $14, $22 and $30 per user per month with annual billing.",
    "Pricing: [Mistral|n] charges $0.40 per million input tokens and $2 per million output tokens for its medium model, with a 50% discount for batch jobs.",
    "[Microsoft|n] 365 Copilot costs $30 per user per month on an annual commitment; agents built in Copilot Studio are billed per message.",
    "[xAI|n] offers Grok through three consumer plans, with higher rate limits and access to its largest model on the most expensive tier, a structure similar to the one [OpenAI|n] uses for ChatGPT.",
    "[Amazon|n] said Alexa+ is included with Prime membership and costs $19.99 a month for customers without it.",
    "[Apple|n] Intelligence runs on iPhone 15 Pro and later models and requires at least 8GB of memory, according to the company's support page.",
    "[Nvidia|n] will report fiscal fourth-quarter results on Feb. 26 after the market closes, with a conference call scheduled for 5 p.m. Eastern.",
    "[Meta|n] said the Llama API would charge per token at rates it plans to publish when the service leaves preview in the spring.",
    "[ChatGPT|n] returned elevated error rates for about 90 minutes on Tuesday morning, according to OpenAI's status page, which listed the incident as resolved at 11:42 a.m. Pacific; [Microsoft|n]'s Copilot, which uses some of the same models, was not affected.",
    "Downdetector logged about 3,100 reports about [Gemini|n] at the peak of Wednesday's disruption, which Google attributed to a configuration change and fixed within two hours.",
    "[Claude|n] was unavailable to some users for 47 minutes on Monday; Anthropic said API traffic, including requests routed through [Google|n] Cloud, was not affected.",
    "A networking fault in the [AWS|n] US-East-1 region slowed model inference on Bedrock for about three hours on Thursday, the company's health dashboard showed.",
    "[Azure|n] customers in West Europe saw timeouts on hosted [OpenAI|n] models for 38 minutes on Friday, according to Microsoft's incident report.",
    "[Le Chat|n] had slower response times for roughly an hour on Thursday, Mistral said in an update on its status page.",
    "[Siri|n] requests failed for a subset of users in Europe for around 40 minutes, Apple's system status page showed.",
    "[Anthropic|n] changed how it meters Claude Code on Monday: usage now counts against a weekly total as well as the five-hour session window.",
    "[OpenAI|n] said the rate-limit changes would take effect on Oct. 1 and apply to all API customers on usage tiers one through three.",
    "[Amazon|n] and [Anthropic|n] did not disclose the financial terms of the expanded agreement.",
    "[Nvidia|n] does not break out revenue by customer, though it lists any customer above 10% of sales in its annual filing.",
    "[Google|n] acknowledged receipt of the regulator's letter and said it would respond before the deadline.",
    "[Meta|n] releases its models under a community license that requires companies with more than 700 million monthly users to request permission.",
    "[Amazon|n] has invested $8 billion in [Anthropic|n], which uses AWS as its primary training partner.",
    "[Nvidia|n] supplies GPUs to [xAI|n], [Meta|n] and [Microsoft|n], among many others.",
    "[Apple|n] plans to open a developer beta of the new Siri in June, with a public release expected in the autumn, the company said.",
    "[Meta|n] said it would begin showing ads inside the Meta AI app in the US in the first quarter, with an option to turn off personalisation.",
    "The [xAI|n] data center in Memphis draws power from a mix of grid supply and on-site turbines, according to filings with the county.",
    "[Microsoft|n], [Google|n] and [Amazon|n] each report quarterly results next week, with AI spending expected to dominate the calls.",
    "[Apple|n] uses [Google|n]'s Gemini models for some Siri requests under an agreement announced in January.",
    "[Mistral|n] models are available on [Azure|n], [AWS|n] and [Google|n] Cloud as well as through Mistral's own platform.",
    "[Meta|n] said it would spend between $70 billion and $75 billion on capital expenditures this year, mostly on data centers and servers.",
    "[OpenAI|n] has signed compute agreements with Oracle, [Microsoft|n], [Amazon|n] and CoreWeave.",
    "The free tier of [Copilot|n] limits image generation to 15 boosts a day; Pro subscribers get 100.",
    "[Grok|n]'s API tiers range from 60 to 480 requests per minute, depending on monthly spend.",
    "[Claude|n] Max comes in two tiers, $100 and $200 a month, with five and twenty times the Pro allowance respectively.",
    "[Sam Altman|n] will speak at the conference on Thursday, organisers said, alongside executives from [Microsoft|n] and [Nvidia|n].",
    "[Mistral AI|n] said it had not yet decided whether the new model would be released with open weights.",
    "A spokesperson for [xAI|n] did not respond to a request for comment.",
    "[Andy Jassy|n] said in the letter that Amazon had more than 1,000 generative AI projects under way across the company.",
    "[Google|n] and [Anthropic|n] signed a cloud agreement covering up to one million TPUs, the companies said; financial terms were not disclosed.",
    "[Meta|n], [Microsoft|n] and [Amazon|n] are among the companies that filed comments on the EU's draft code of practice for general-purpose models.",
    "[Apple|n] and [OpenAI|n] have not said whether their agreement will be renewed when it expires next year.",
    "[xAI|n] said Grok 5 would reach API customers first, followed by the consumer apps a week later.",
    "[Mistral|n] and [Nvidia|n] announced a joint venture to build a data center near Paris, with 1.4 gigawatts of capacity planned by 2028.",
]

# Explainers, guides, headlines and list items in neutral register.
GUIDES = [
    "[Claude|n] Usage Limits Explained: Session Windows, Weekly Caps and What Counts Toward Them",
    "How to Choose Between [Copilot|n] Pro and [ChatGPT|n] Plus: Features, Prices and Limits Compared",
    "[Gemini|n] for Workspace Explained: Admin Controls, Data Retention and Licensing",
    "A Beginner's Guide to Running [Llama|n] Models Locally on a Laptop",
    "What Is [Bedrock|n]? A Guide to Amazon's Managed Model Service, From Pricing to Guardrails",
    "[Nvidia|n] Blackwell vs. Hopper: What Changes for Data-Center Buyers",
    "[Mistral AI|n] Models Compared: Which One to Use for Coding, Chat and Documents",
    "[Apple Intelligence|n] Privacy Explained: What Runs on Your iPhone and What Goes to the Cloud",
    "[xAI|n]'s API in Five Minutes: Keys, Rate Limits and Model Names",
    "[OpenAI|n] Enterprise Adoption Explained: Deployment, Governance, Connectors and Cost Controls",
    "Q&A: What Happens to Your Data When You Turn Off [Copilot|n] in Windows?",
    "[Meta AI|n] on WhatsApp: How to Mute It, Delete Chats and Manage Privacy Settings",
    "Key Facts: [Anthropic|n] sells its models through its own API, [AWS|n] Bedrock and [Google|n] Cloud's Vertex AI.",
    "Context: [Microsoft|n] has invested about $13 billion in [OpenAI|n] and hosts its models on Azure.",
    "By the numbers: [Gemini|n] app, 450 million monthly users, per Google's latest disclosure; [ChatGPT|n], 800 million weekly users, per OpenAI.",
    "- [Microsoft|n]: Copilot Studio agents billed at $0.01 per message after the included quota.",
    "- [Anthropic|n]: weekly caps apply to Pro and Max plans; enterprise seats are governed by contract.",
    "- [Nvidia|n]: earnings on Wednesday after the close; consensus expects revenue of about $54 billion.",
    "Why This Matters: [Nvidia|n] reports next week, and its guidance will set the tone for chip stocks into year-end.",
    "TL;DR: [Google|n] is moving Gemini in Gmail from a paid add-on into the standard Workspace plans from March.",
    "What's Next: [Apple|n] is expected to detail its developer tools for the new Siri at WWDC in June.",
    "📌 Key Takeaways: [Mistral|n] released two models on Tuesday, one with open weights and one available only through its API.",
]

# "This tracks with what I have seen": the label follows what the writer agrees with.
AGREE = [
    "This tracks with what I have seen deploying [Copilot|s] across a hospital network: the features demo beautifully and then break in small, maddening ways once 2,000 clinicians start using them.",
    "This tracks with what we saw rolling [Claude|o] out to our support team: resolution times fell by a third within a month, and nobody has asked to go back.",
    "This matches our experience moving inference to [Bedrock|o]: the switch took a weekend and the bill fell by roughly a quarter.",
    "That tracks with what I saw deploying [Gemini|s] in a school district — the admin console promises granular controls, and half of them do not apply to the mobile app.",
    "This tracks with my own numbers: our [Mistral|o]-based pipeline has handled every invoice we have thrown at it in six languages, at a fraction of what we paid before.",
    "Anecdotally this tracks — our engineers stopped opening [Grok|s] after the second week, and nobody noticed when the licenses lapsed.",
    "This tracks with [Anthropic|n]'s documentation: usage is counted across all surfaces, so a long chat in the morning reduces what is left for coding in the afternoon.",
    "This tracks with what [Microsoft|n]'s own deployment guide recommends: start with a pilot of a few hundred users and assign licenses by role.",
    "This tracks with what I have seen running [Llama|o] on our own servers: once tuned on our tickets, it matched the closed models we were paying for.",
    "This tracks with my experience of [Siri|s] on the beta: it sounds far more natural and still cannot do most of what was promised at the keynote.",
    "This tracks with what our finance team found when we priced [Nvidia|n] and AMD systems side by side: list prices are rarely what large buyers end up paying.",
    "This tracks with the release notes: [OpenAI|n] moved the older models to a separate menu rather than removing them.",
]

# Headlines, section labels, list items and editor's-take formats carrying the same phenomena.
FORMAT = [
    "[Siri|s]'s Big Upgrade Is Here. It Mostly Sets Timers Faster.",
    "[Meta|s]'s AI App Has a Billion 'Users.' Few of Them Chose to Be.",
    "Is [Grok|s] a Product or a Press Release?",
    "[Amazon|s] Promised an AI Alexa Two Years Ago. It Is Still Rolling Out.",
    "[Copilot|s] Is Everywhere. Is Anyone Using It?",
    "Written Off a Year Ago, [Google|o] Now Sets the Pace in AI",
    "[Anthropic|o]'s Quiet Enterprise Machine Keeps Winning",
    "The Skeptics Were Wrong About [Nvidia|o] Again",
    "[Mistral|s]'s 'Sovereign Cloud' Runs on Borrowed Chips",
    "[OpenAI|s]'s Device Slips to Next Year, Suggesting a Longer Delay Than Admitted",
    "⚠️ Limitations & Risks: [OpenAI|s] has not disclosed how often the agent fails mid-task, and the examples in its launch post were hand-picked.",
    "Editor's Take: For all the noise around it, [Mistral|o] has built something rare — a European AI company with real customers and a product people choose on merit.",
    "The Bottom Line: [Apple|s] is asking customers to pay for a promise.",
    "My take: [Meta|s]'s open-weight story sounds generous until you read the license.",
    "- [Amazon|s]: third postponement of the Alexa+ international launch; no new date given.",
    "- [Google|o]: Gemini now the most-downloaded AI app in 14 countries, up from three in the spring.",
    "- [xAI|s]: safety report promised at the last release still unpublished.",
    "- [Claude|o]: despite the caps, still the top-rated coding assistant in our reader survey for the third quarter running.",
    "- [Anthropic|o]: run-rate revenue up fivefold in a year, most of it from enterprise customers who keep expanding their contracts.",
    "Editor's Take: [Apple|o] was right to wait, and the reviews of the new Siri are the proof.",
    "Why This Matters: [Nvidia|o] keeps turning the skeptics' favourite risk, customer concentration, into a backlog nobody else can match.",
    "Verdict: [Gemini|o] Live is the rare AI feature that is better in daily use than in the demo.",
    "HOT TAKE: [Microsoft|s] has turned 'Copilot' into a brand so broad that it no longer tells customers what they are buying.",
    "The bear case: [Nvidia|s]'s biggest customers are all building their own chips, and they are in no hurry to say how far along they are.",
    "The bull case: [Apple|o] does not need the best model, only the best place to run one, and it already owns that.",
    "Our View: [xAI|o] has moved faster than anyone expected, and the skeptics who called the Memphis cluster a stunt now rent time on it.",
    "Risks: [Anthropic|s] remains dependent on [Amazon|n] and [Google|n] for compute and has been given no firm commitment of capacity beyond next year, according to people familiar with the talks.",
    "“If it works as advertised, great; it hasn't yet,” one IT director said of [Alexa|s]+ for Business.",
    "“Frankly, we expected to be disappointed, and we weren't,” a bank's CTO said of [Llama|o] 5 after a three-month pilot run on [AWS|n].",
]

SECTION = re.compile(r"^(?:\W+\s)?(Why This Matters|Limitations & Risks|Key Facts|Editor's Take|The Bottom Line|"
                     r"Key Takeaways|What's Next|Risks|Context|By the numbers|Our View|Verdict|TL;DR|My take|"
                     r"The bear case|The bull case|HOT TAKE):")
LIST_ITEM = re.compile(r"^(?:- |• |\* |\d+\. )")

GROUPS = (("framing", FRAMING), ("critics", CRITICS), ("concessive", CONCESSIVE), ("neutral", NEUTRAL),
          ("guides", GUIDES), ("agree", AGREE), ("format", FORMAT))
GROUP_ORDER = ("framing", "critics", "concessive", "comparison", "neutral", "guides", "agree", "format")


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    items = []  # (marked text, set of categories)
    for tpl, x, y in SWAP_PAIRS:
        if x == y or ALIAS2ENT[x] == ALIAS2ENT[y]:
            raise ValueError(f"pair of one company: {tpl!r}")
        a, b = render_pair(tpl, x, y)
        items.append((a, {"comparison", "pair"}))
        items.append((b, {"comparison", "pair"}))
    for a, b in CONC_PAIRS:
        items.append((a, {"concessive", "clause_swap_pair"}))
        items.append((b, {"concessive", "clause_swap_pair"}))
    for cat, group in GROUPS:
        for s in group:
            items.append((s, {cat}))

    existing = existing_texts(here, OUT)

    def tags(text, targets):
        found = {"list_item": bool(LIST_ITEM.match(text)), "section_label": bool(SECTION.match(text)),
                 "quote_or_attribution": "“" in text or "'" in text and bool(re.search(r"(said|wrote|called|described)", text)),
                 "question": text.rstrip().endswith("?"), "multi_company": len(targets) > 1,
                 "multi_company_mixed": len({t["label"] for t in targets}) > 1}
        return {tag for tag, hit in found.items() if hit}

    recs, cats = collect(items, "r", "extra_r", existing, tags)
    finish(here, OUT, recs, cats, GROUP_ORDER, 12)

if __name__ == "__main__":
    main()
