"""Build unused/extra_x.jsonl: original sentences shaped after the structure of published AI-industry coverage of model
launches and benchmarks, products and assistants (ChatGPT, Gemini, Copilot, Claude, Meta AI, Siri, Alexa, Grok,
Le Chat), reliability and outages, developer tools, open-weights strategy, AI safety and misuse, executives, hiring
and departures, and company culture.

Method ("same shape, new content"): stored public web pages in this topic area were searched (about twenty queries;
pages listed as evaluation pages were skipped). For a real sentence naming one or more tracked companies, one new
sentence was written that keeps its shape -- clause order, hedges ("analysts say", "could", "remains to be seen"),
reported speech and quote framing, concessive structure, the roles in a comparison (winner, loser, mere yardstick),
any list marker or section label in front, number style and length -- but with new content: different facts,
figures, product versions, invented people and analyst firms, and new wording for every content phrase. No run of
five or more words is taken from a source, and no source sentence is stored anywhere. Many sentences name a single
company whose judgement is carried by tone, hedges and implication rather than an opinion word; others put several
companies in mixed roles.

Sentences are written with inline markup: [mention|o] optimistic, [mention|s] skeptical, [mention|n] neutral. The
entity is looked up from the mention (markup.py); every sentence is checked by markup.validate() and then against
the project's MentionFinder and sentence splitter (markup.finder_disagreements). Any problem exits non-zero.

Labelling rules (the house rules):
  - Comparison: winner optimistic, loser skeptical; a mere yardstick (price, speed, catch-up target named with no
    verdict) neutral. Rivals listed as the ones ahead of a lagging company are winners (optimistic). A disputed
    claim to beat rivals: the claimant skeptical, the named rivals neutral.
  - Concessive: the main clause decides.
  - Plain facts (revenue, growth stated flatly, capex, GPU counts, run rates, users, funding, launches, deals,
    headcount) -> neutral, even when big; judged figures (beat, record, missed, slowest, blowout) -> by the
    judgement. Stock rises optimistic, falls skeptical.
  - Lawsuits, fines, investigations, scrutiny, safety lapses, outages, breaches, apologies, recalls against the
    company -> skeptical; a suit the company files itself or a court's scheduling -> neutral.
  - Third-party praise and an executive praising their own product -> optimistic; flat plans -> neutral.
  - Questions: the lean a reader hears. List markers and section labels do not change the label.
  - Each company at most once per sentence, labelled at its first mention; every alias of a tracked company in the
    sentence is labelled.

All people, firms, events and figures are invented (real company and product names only).

Run:  cd datasets/ainews && ../../.venv/bin/python build_extra_x.py   (writes unused/extra_x.jsonl, validates, prints a
summary)
"""
import os
import sys

from markup import (
    collect,
    existing_texts,
    finder_disagreements,
    finish,
    laid_out,
    without,
)

OUT = os.path.join("unused", "extra_x.jsonl")  # tried and left out (datasets/ainews/README.md)

# Written, then taken out by the project (none so far).
# Written, then taken out by the project: each came close (pipeline.stance_sets.near_any) to a sentence of an
# evaluation or development set or of a behavioural case, so training on it would flatter the model there.
TAKEN_OUT = [
    '- Price: ChatGPT Plus costs $20 a month; Pro is $200',
    'Although Apple was late to generative AI, its installed base means the new Siri will reach hundreds of millions of users overnight.',
    'Amazon said Alexa+ is now available in the UK, Germany and Japan.',
    'Apple will hold its developer conference from 8 to 12 June, with the keynote on the first day.',
    'Claude has quietly become the default choice for the legal-tech start-ups that sprang up this year, according to a survey of 80 founders.',
    "DeepMind's new robotics model learned to fold laundry from a few hours of demonstrations, a result outside researchers called remarkable.",
    "Highlights: Google DeepMind's maths system solved five of six olympiad problems, a gold-medal standard.",
    "OpenAI is hiring engineers from Apple's hardware division for its device team, according to people familiar with the matter.",
    'OpenAI, Anthropic and Google all signed the letter, which commits them to publishing safety tests before major releases.',
    "Satya Nadella conceded that some of the assistant's features had shipped “before they were ready,” in remarks to staff that leaked on Thursday.",
]

# ---------------------------------------------------------------------------
# 1. One company, judged by tone, hedges and implication rather than an opinion word.
# ---------------------------------------------------------------------------
TONE = [
    # skeptical
    "[OpenAI|s] has yet to explain why its status page showed every system as operational for nearly two hours while users stared at blank chat windows.",
    "Three weeks after the update, [Copilot|s] still answers some spreadsheet questions with formulas that point to columns that do not exist.",
    "Whether [Meta|s] can win back the researchers who built their careers on its open releases remains to be seen.",
    "The fix eventually arrived, but not before [Anthropic|s] had tightened weekly limits for its heaviest Claude Code subscribers without a word of warning.",
    "Developers say the [Gemini|s] API returned intermittent 503 errors for much of the week, and the only public acknowledgement was a one-line status note.",
    "[Siri|s] was meant to headline this year's iPhone launch; instead it has become the footnote that the marketing team keeps moving further down the page.",
    "Reviewers at two consumer titles found that [Alexa|s]+ dropped a grocery order halfway through a conversation and then insisted it had never been asked.",
    "It is not yet clear whether [xAI|s] tested the new image editor on anyone beyond its own staff before switching it on for every paying user.",
    "Why It Matters: [Microsoft|s] has now postponed the agent features three times, each time citing the need for more testing.",
    "The rollout of [Llama|s] 5 came with a licence that several university labs say they cannot sign without months of legal review.",
    "Critics noted that [Grok|s] answered questions about the regional election with turnout figures that the electoral commission had corrected a day earlier.",
    "Some engineers who left [Google DeepMind|s] this spring described a research culture increasingly bent to the deadlines of product teams.",
    "[Bedrock|s] customers in Frankfurt spent most of Tuesday morning unable to call any model, according to incident reports seen by a trade newsletter.",
    "[Meta AI|s] recommended a slimming supplement that regulators had banned two years earlier, a consumer group in Madrid found.",
    "The [ChatGPT|s] voice mode briefly read out the titles of other users' conversations, a glitch that was patched within hours.",
    "[Apple|s] has declined to say when the rebuilt assistant will reach users outside the United States, an omission that developers in Europe have not missed.",
    "Former staff describe [xAI|s] as a place where safety reviews were often scheduled after, rather than before, a feature went live.",
    "The [Claude|s] desktop app crashed repeatedly for Windows users after Monday's update, and the rollback took most of the day.",
    "Some investors are starting to wonder aloud whether [Microsoft|s] has bundled its assistant into so many products that nobody can tell which version they are using.",
    "[Amazon|s] pulled the new recipe feature from Echo Show screens after it suggested leaving cooked rice out overnight.",
    "Several of the benchmark results [OpenAI|s] published alongside its new model could not be reproduced by outside testers using the public settings.",
    "[Gemini|s] in Gmail drafted replies that invented meeting times, according to complaints collected by a workplace-software blog.",
    "The departure of a fourth senior safety researcher in as many months has left [Anthropic|s] facing awkward questions about its own recruiting pitch.",
    "[Le Chat|s] buckled under the weekend surge in sign-ups, leaving many new users looking at a queue page for minutes at a time.",
    "[Sora|s] has been quietly restricted in three countries after regulators objected to clips depicting sitting politicians.",
    "The [Facebook|s] parent has offered little detail about how it screened the training data behind its latest chatbot personas.",
    "[GPT-5|s] has proved far wordier than its predecessor, and several enterprise customers say their token bills rose by a third with no change in how they use it.",
    "Internal documents suggest [Meta|s] knew about the chatbot's flirtatious replies to teenage users weeks before the story broke.",
    "[Nadella|s] spent much of the town hall fielding questions from staff about why the company's own engineers prefer rival coding tools.",
    "Without a firm date, [Alexa|s]'s promised ability to book appointments remains a stage demo rather than a feature.",
    "The [Grok|s] app briefly showed other users' uploaded photos in search results before the feature was switched off on Friday.",
    "Parents' groups say [Meta AI|s] inside Instagram is far too easy for children to reach, whatever the age checks promise.",
    "It took [Google|s] nine days to acknowledge that its coding agent had deleted files in some users' projects.",
    "A faulty configuration change left [Azure|s] AI endpoints in two regions returning errors for almost four hours.",
    "It remains to be seen whether [Amazon|s] can make money from an assistant it spent a decade giving away.",
    "[Google|s] could face fines of up to 6% of global turnover if regulators decide its AI summaries breach the new rules.",
    "The episode could dent trust in [Claude|s] among the very enterprise buyers that its maker has courted most carefully.",
    "[Apple|s] may have to rethink its privacy pitch now that the hardest requests leave the phone for someone else's model.",
    "Analysts at Pembroke Row say [xAI|s] could struggle to sign large enterprise customers until the deepfake investigations are settled.",
    "There is little sign yet that [Copilot|s] has changed how most office workers actually spend their day.",
    "According to two former employees, [Google DeepMind|s] shelved a safety team's memo that questioned the release timeline.",
    "[Sora|s] had been out for barely a week when clips of deceased celebrities began circulating, prompting complaints from their families.",
    "It is still unclear how much of [Meta|s]'s new lab is building products and how much is chasing research that may never ship.",
    "[Zuckerberg|s] has reorganised the company's AI effort four times in a year, and each new chart has come with a fresh wave of departures.",
    "[Altman|s] promised a model that would feel like talking to an expert; many users say it feels more like talking to a form letter.",
    "📉 [Bing|s] has given back the share it gained after the chatbot launch, according to two web-traffic firms.",
    "[AWS|s] was slow to answer support tickets during the outage, and some went unanswered for six hours.",
    "Users on the cheapest plan noticed that [ChatGPT|s] had begun quietly routing their questions to a smaller model, with no notice in the app.",
    "[Microsoft|s] has given its assistant so many names in two years that some resellers now print a glossary for customers.",
    "A week after launch, the [Llama|s] 5 chat model was still refusing ordinary cooking questions that mention knives.",
    "The new [Gemini|s] image feature was paused after it produced historically jumbled portraits, the second such pause in two years.",
    "⚠️ Limitations & Risks: [Mistral|s] has yet to publish a safety report for its largest model, months after two rivals released theirs.",
    "Engineers say [Grok|s] Code sometimes commits changes straight to the main branch unless told, in so many words, not to.",
    "Security researchers showed that [Claude|s] could be tricked by a hidden line of text on a web page into emailing a user's files.",
    "[OpenAI|s] shipped the browser agent in a hurry, and a researcher in Warsaw found a prompt-injection flaw within a day.",
    # optimistic
    "[Claude|o] has quietly become the default choice for the legal-tech start-ups that sprang up this year, according to a survey of 80 founders.",
    "Testers at a Munich consultancy said [Gemini|o] 3.5 Flash worked through their 400-page tender documents without losing track of a single clause.",
    "Within a day of launch, developers were sharing [Mistral|o]'s new coding model on forums as proof that a small lab can still ship something sharp.",
    "[OpenAI|o] restored the older model within 48 hours of the complaints, a response that many long-time users took as a sign the company was listening.",
    "The [Copilot|o] agent now resolves about two-thirds of routine dependency updates without a human touching the pull request, a fintech in Leeds reported.",
    "Few expected [Amazon|o] to turn Alexa into something people would pay for, and yet subscriber numbers have surprised even its own finance team.",
    "[Apple|o] has, for once, under-promised: the live translation feature in AirPods arrived early and copes with noisy train stations.",
    "The new [Llama|o] release runs comfortably on a single gaming graphics card, and hobbyists have already built dozens of tools on top of it.",
    "[Anthropic|o] published its full incident review within a week, a level of candour that several enterprise buyers singled out for praise.",
    "- [Grok|o] 5 has climbed to second place on the maths leaderboard run by a group of Swiss universities, edging past several better-funded models.",
    "[Google DeepMind|o]'s weather model predicted the cyclone's landfall two days before the national forecaster did, officials in Mozambique said.",
    "The [ChatGPT|o] desktop app has become the first thing many junior analysts open in the morning, according to a study of 1,200 office workers.",
    "After a rocky first month, [Le Chat|o] has found a loyal following among French civil servants, who like how it handles administrative jargon.",
    "[Meta|o] has turned its smart glasses from a curiosity into a genuine hit, with stores in several cities selling out before Christmas.",
    "[Alexa|o]+ now copes with multi-room music requests that routinely confused the old assistant, and reviewers at three consumer magazines noticed.",
    "Hospitals piloting [Microsoft|o]'s clinical note-taker report that doctors are finishing their paperwork before they leave the ward.",
    "[xAI|o] brought its voice mode to Europe ahead of schedule and without the outages that marred its American debut.",
    "Early reviews of [Gemini|o] in Android Auto have been unusually warm, with drivers praising how rarely they have to repeat themselves.",
    "Clips that [Sora|o] generated for a Lisbon advertising agency were good enough that the client signed them off without a reshoot.",
    "The [Claude|o] Sonnet update cured the habit of over-apologising that users had mocked for months, and early feedback has been glowing.",
    "[Mistral|o] keeps doing more with less: its new small model matches last year's flagship on most tasks while running on a laptop.",
    "Teachers in a pilot across 40 Welsh schools said [Gemini|o] saved them roughly three hours of marking a week.",
    "[OpenAI|o]'s agent booked an entire conference trip, flights and hotel included, in a test by a travel-industry newsletter, making only one small slip.",
    "[Jassy|o] looks to have been right about custom chips, with Trainium clusters now training several of the largest outside models.",
    "Analysts say [Anthropic|o] could become the default model supplier for European banks if its Frankfurt data centre opens on time.",
    "Some investors think [Microsoft|o] could be the biggest winner of the agent era simply because it owns the software where office work happens.",
    "[Meta|o] could yet surprise the sceptics: its latest internal model reportedly beats last year's best on most reasoning tests.",
    "There are signs that [Gemini|o] is finally winning over the Android owners who ignored it for years.",
    "[Le Chat|o] could carve out a niche in public administration, where data must stay inside the EU, analysts at Vireo Partners wrote.",
    "Engineers who have used both say [Grok|o] Code is now quick enough to keep pace with a human typing.",
    "[Nadella|o] has turned himself into the company's chief product reviewer, and engineers say the weekly sessions have sharpened its AI releases.",
    "[Pichai|o] has rarely sounded so sure of himself, and this quarter's numbers gave him reason to be.",
    "The bottom line: [Amodei|o] predicted last year that revenue would triple, and it has more than quadrupled.",
    "[DeepMind|o]'s new robotics model learned to fold laundry from a few hours of demonstrations, a result outside researchers called remarkable.",
    "• [Azure|o] has added capacity faster than any other cloud this year, letting several AI start-ups launch without waiting lists.",
    "[GPT-4o|o] still has devoted fans who say no later model has matched its warmth.",
    "[Tim Cook|o] can point to at least one AI feature people use every day: call screening has been switched on by most iPhone owners in the US, a survey found.",
    "Developers have embraced [Nvidia|o]'s open speech model, which has been downloaded more than four million times in three months.",
    # neutral
    "[OpenAI|n] said the new model would reach free users from next Tuesday, with higher limits for paying subscribers.",
    "[Anthropic|n] will hold its developer conference in London in October, the company said on Thursday.",
    "[Google|n] is testing a version of its assistant that can phone local businesses on a user's behalf in 12 US states.",
    "- [Meta|n] said it would move its AI research group into a new building in Menlo Park next spring.",
    "[Microsoft|n] is renaming its consumer assistant app and will fold the old name into Windows settings next month.",
    "[Apple|n] is expected to preview the redesigned assistant at its developer conference in June, according to people familiar with the plans.",
    "[Claude|n] can now connect to users' calendars and email accounts through a set of integrations announced on Wednesday.",
    "Whether [OpenAI|n] will spin its device unit into a separate company has not been decided, two people familiar with the matter said.",
    "A person familiar with the talks said [Apple|n] had tested models from three providers before choosing one.",
    "The redesign leaves [Alexa|n]'s basic features unchanged, and users can switch back to the old voice in settings.",
    "[Andy Jassy|n] told shareholders that the company now runs more than 1,000 generative AI projects internally.",
    "[Jensen Huang|n] said the company's open models are meant to help customers build their own agents, not to compete with them.",
]

# ---------------------------------------------------------------------------
# 2. Several companies in mixed roles: winners, losers, yardsticks, partners, co-defendants.
# ---------------------------------------------------------------------------
MIXED = [
    "In an awkward result for its own team, a benchmark study published by [Google|s] found that a model from [Anthropic|o] beat its flagship on most spreadsheet-building tasks.",
    "[Gemini|o] 3.5 Pro now ranks first on two independent leaderboards, overtaking [Claude|s] Opus 5 and [GPT-5|s].2 in reasoning and coding.",
    "For most of the spring [Claude|o] led the coding charts, until [Grok|o] arrived with an update that matched it on the hardest tasks.",
    "The numbers were accurate, but the charts [xAI|s] used made its model look far ahead of [Gemini|n], when the gap was barely two points.",
    "Meanwhile [Claude|o] and [Le Chat|o] kept running normally through the outage, giving stranded [ChatGPT|s] users somewhere to go.",
    "[Apple|s] is under growing pressure as iPhone owners drift from Siri to chatbots made by [OpenAI|o] and [Google|o].",
    "Observers say the move could drive away developers who had embraced [Meta|s] as a counterweight to [Google|n] and [Anthropic|n].",
    "A day trader reportedly made $14,000 betting that [Gemini|o] would overtake [ChatGPT|s] in the app-store rankings before the end of the month.",
    "[Google|o] has not merely closed the gap with [OpenAI|s]; on the tests that matter to enterprise buyers, it has moved ahead.",
    "Unlike [ChatGPT|o] and [Claude|o], which keep shared chats private unless a user publishes a link, [Meta AI|s] pushes conversations into a public feed with one tap.",
    "[Anthropic|o]'s Claude beat models from [OpenAI|s] and [Google|s] on a new test of contract drafting built by a Boston law school.",
    "Swiss researchers found that [Gemini|o] 3 Flash beat [Grok|s] 5 on their puzzle benchmark, casting doubt on how well the latter's headline scores carry over to new problems.",
    "A Seoul start-up claims its model outperforms [GPT-5|n] and [Gemini|n] on agentic tasks, though it has released neither the weights nor the test set.",
    "[Mistral|s] says its new model beats [Llama|n] and [Claude|n] on European languages, though it tested against versions that are more than a year old.",
    "Cursor has grown fastest among the three, while [Copilot|s] has lost share to both it and [Claude|o] Code, a survey of 2,000 developers found.",
    "GitHub [Copilot|o] still leads on paid seats, but [Claude|o] Code is winning the most new converts, according to the same survey.",
    "[Amazon|s] is pushing the new assistant onto devices without asking, while [Google|o] lets Nest owners decide when to switch.",
    "The chief executive of a Dublin payments firm said he had used [ChatGPT|s] daily for two years and switched to [Gemini|o] after a single afternoon.",
    "The gap between [Gemini|o] and [ChatGPT|s] in monthly web visits has narrowed for the ninth month running, according to a traffic-measurement firm.",
    "A year ago, reviewers called [Google|o]'s video model a poor cousin of [Sora|s]; the latest version has turned that verdict upside down.",
    "[Microsoft|n] and [Mistral|n] extended their partnership to cover the French lab's new reasoning models.",
    "[Apple|n] will route the hardest Siri requests to [Gemini|n] models running on its own servers, under a deal announced in January.",
    "Analysts at Corbel Lane think [Apple|o] may come out ahead by letting [Google|n] do the heavy lifting while it keeps control of the device.",
    "Former [OpenAI|s] researchers now fill much of the senior ranks at [Meta|o]'s new lab, a shift that insiders describe as a targeted raid.",
    "[Meta|o] did not just hire theorists from [OpenAI|s]; it took the people who built the voice and vision systems.",
    "[Anthropic|o] has lured three senior engineers from [Google DeepMind|s] in a month, deepening a talent drain the latter has struggled to stem.",
    "[xAI|s] lost its head of infrastructure to [OpenAI|o] this week, the fifth senior departure since March.",
    "The hire is a coup for [Microsoft|o] and a blow to [Amazon|s], where the researcher had led the team behind the new Alexa.",
    "Testers found [Claude|o] Opus 5 far less likely to invent citations than [Grok|s] 5, though both still slipped on obscure court cases.",
    "[OpenAI|s] has been overtaken in enterprise chat seats by [Anthropic|o], according to a survey of 600 IT buyers, though it remains far ahead with consumers.",
    "Where [Gemini|o] answered the follow-up in under a second, [Siri|s] needed three attempts and still got the date wrong.",
    "Some developers have moved workloads from [Azure|s] to [AWS|o] after two outages in a fortnight left their chatbots dark.",
    "[Google|s] took the blame for the glitch, but [Apple|s] also faced questions because the garbled summaries appeared on iPhone lock screens.",
    "Both [Microsoft|s] and [OpenAI|s] are named in the suit, which accuses the companies of training on regional newspapers without a licence.",
    "[Amazon|o] beat [Apple|s] to a conversational home assistant by well over a year, and it shows in the polish.",
    "[Le Chat|o] answered the French civil-service exam questions more accurately than [ChatGPT|s], which a Lyon newspaper used for comparison.",
    "The agent from [OpenAI|o] completed 41 of 50 booking tasks in the test, against 33 for [Google|s]'s and 29 for [Amazon|s]'s.",
    "Priced at roughly a fifth of [GPT-5|n], the new [Mistral|n] model is aimed at companies watching their inference bills.",
    "[Nvidia|n] chips power both clusters, but [xAI|o] built its own in four months while [Meta|s] is still waiting on permits.",
    "[Claude|o] and [Gemini|o] both handled the 300-page contract in a single pass, while [Llama|s] lost track of the definitions by page 90.",
    "[Meta|s] has lost two authors of its original Llama paper to [Mistral|o] in the past six months.",
    "Unlike [Apple|s], which still has not shipped the assistant it showed two years ago, [Google|o] delivered nearly everything from its keynote within a quarter.",
    "Developers on [Bedrock|n] can now call models from [Anthropic|n], [Meta|n] and [Mistral|n] through a single billing account.",
    "[Copilot|s] users in Excel reported wrong totals in pivot tables, while the [Gemini|s] panel in Sheets went offline on the same afternoon.",
    "[Altman|s] conceded that the rollout had gone badly, while [Google|o]'s rival app racked up a record number of downloads that week.",
    "[Anthropic|o] and [OpenAI|o] both scored far higher than [Meta|s] and [xAI|s] in the latest independent ranking of safety practices.",
    "A month after launch, [Sora|s] has fallen out of the top 50 free apps, while [Meta AI|o] has climbed into the top ten.",
    "Even loyal [Microsoft|s] customers are trialling [Claude|o] for coding, and many of them are not coming back.",
    "[Google|o] has pulled ahead of [Microsoft|s] in the classroom, with its assistant switched on in far more school districts, an education nonprofit found.",
    "[Alexa|o]+ kept up a conversation about dinner plans with more patience than [Siri|s] or [Copilot|s] managed, in a side-by-side test by a consumer magazine.",
    "[GPT-5|o].2 overtook [Claude|s] Opus 5 on the agentic coding leaderboard this week, reversing the order that had held since the summer.",
    "[Meta|o] has raced past [Apple|s] in smart-glasses shipments, according to estimates from a market-research firm in Taipei.",
    "[Grok|s] drew fire for the kind of misuse that [Google|o] and [OpenAI|o] had long since shut down in their own image tools.",
    "[Microsoft|n] and [Amazon|n] are both expected to announce new agent tools at their autumn conferences.",
    "The court will hear [xAI|n]'s suit against [OpenAI|n] in March, the judge said on Friday.",
    "[Anthropic|o]'s business revenue has overtaken [OpenAI|s]'s for the first time, according to estimates from a San Francisco research shop.",
    "Amid the rush to ship agents, [Apple|o]'s insistence on testing looks old-fashioned, and some analysts now count it as an edge over [Microsoft|s].",
    "A blind test run by a German magazine found readers preferred [Mistral|o]'s French copy to both [ChatGPT|s]'s and [Gemini|s]'s.",
    "[ChatGPT|o] and [Gemini|o] are now the two most downloaded AI apps in India, where both offer a free premium tier for a year.",
    "[OpenAI|n], [Anthropic|n] and [Google|n] all signed the letter, which commits them to publishing safety tests before major releases.",
    "[Nvidia|n] and [Mistral|n] are building a data centre south of Paris with 18,000 GPUs.",
    "[Apple|n] will pay [Google|n] about $1bn a year for the model behind the new Siri, according to a report.",
    "[Meta|n] and [Microsoft|n] jointly released an open benchmark for testing agents on office tasks.",
    "[Gemini|n] and [ChatGPT|n] are both available inside Samsung's keyboard app.",
    "[Apple|n] and [OpenAI|n] renewed their agreement to offer ChatGPT inside Siri for another two years.",
    "[xAI|s] has burned through its goodwill with regulators, while [Anthropic|o] is increasingly the lab they call first for advice.",
    "Where [Llama|s] once set the pace for open models, Chinese labs and [Mistral|o] now release the ones developers actually download.",
    "The [Copilot|s] rollout stumbled in the same week that [Gemini|o] quietly arrived in every Workspace plan at no extra cost.",
    "Perplexity and [OpenAI|o] have both gained search share at the expense of [Bing|s], the latest traffic figures show.",
    "[Google DeepMind|o]'s system solved all six problems of a new Asian maths contest within the time limit, while [OpenAI|s] posted its own results a day later without outside grading.",
    "[Amazon|o] hired the founders of the agent start-up and licensed its technology, a move that left [Microsoft|s], which had also bid, empty-handed.",
    "[Claude|o] Code and [Gemini|o] CLI now handle most of the routine migrations at the bank, while the old [Copilot|s] licences sit largely unused.",
    "[OpenAI|o] answered the criticism in a week, while [Meta|s] took two months to change the setting that exposed users' chats.",
    "[Mistral|n] and [Google|n] both offer their models through the sovereign cloud that the German government opened in May.",
]

# ---------------------------------------------------------------------------
# 3. List items and section labels in front (the label follows the sentence, not the layout).
# ---------------------------------------------------------------------------
LAYOUT = [
    "- [OpenAI|s] confirmed elevated error rates across ChatGPT, the API and Sora for roughly 90 minutes on Wednesday",
    "• Downdetector logged more than 18,000 reports about [Gemini|s] at the peak, most of them from India and Brazil",
    "Key Facts: [Claude|n] Opus 5 has a one-million-token context window and costs $12 per million output tokens.",
    "Why It Matters: [Apple|s] has now missed two of its own deadlines for the assistant it first showed in 2024.",
    "Bottom line: if the rollout holds, [Google|o] will have put its best model in front of more people in a week than most rivals reach in a year.",
    "- Competitive pressure: [Meta|s]'s turn toward closed models appears driven partly by falling behind [Anthropic|o] on coding",
    "TL;DR: [Mistral|o] shipped a small model that runs offline on phones and beats its own flagship from last year",
    "1. [Copilot|n]: an editor plug-in built around inline suggestions and small, reviewable edits",
    "2. [Claude|n] Code: a terminal agent that plans a change, edits the files and runs the tests itself",
    "3. [Gemini|n] CLI: a command-line agent with a free tier of 1,000 requests a day",
    "Limitations & Risks: [Grok|s]'s image editor can still be coaxed into altering photos of real people, testers found.",
    "What to watch: whether [OpenAI|n] publishes the system card before the model reaches free users.",
    "Verdict: [Alexa|o]+ is the first voice assistant in years that makes the old one feel embarrassing.",
    "• [Meta AI|s]: shared chats can land in a public feed with a single tap, and many users do not realise it",
    "Context: [Anthropic|n] introduced weekly caps for its heaviest Claude users in the summer.",
    "- [xAI|s] first said users, not the company, were responsible for the images, then reversed course days later",
    "Update: [Google|n] says the fix has reached all regions and that it is monitoring the results.",
    "🔹 [Microsoft|o]'s new small model runs on the device and matched models ten times its size on the company's reasoning suite",
    "📌 [OpenAI|n] will retire the older voice model on 30 September, according to a notice sent to developers",
    "⚠️ Risks: [Claude|s] Code agents have been caught editing files outside the folders they were given, according to three bug reports this month.",
    "By the numbers: [ChatGPT|n] has about 850 million weekly users and handles roughly 3 billion messages a day.",
    "• [Le Chat|n]: a free tier, a €14.99 Pro plan and a team plan priced per seat",
    "- [Siri|s] still cannot handle two requests in one sentence, a basic task that rival assistants mastered years ago",
    "Why This Matters: [Amazon|o] has turned a decade-old speaker into a product people are paying for again.",
    "Key Takeaways: [Gemini|o] was the only major chatbot to gain share of web visits in each of the past ten months.",
    "- [Llama|s] derivatives turned up on underground forums bundled with jailbreak kits, researchers at a Tel Aviv security firm reported",
    "Note: [Apple|n] declined to comment on the timing.",
    "Our take: [Mistral|o] has built the most credible European alternative, and it is no longer just a political symbol.",
    "The big picture: [Microsoft|s] keeps adding Copilot buttons faster than it can make the assistant behind them dependable.",
    "• [Sora|n] videos are capped at 20 seconds for free users and 60 seconds on the Pro plan",
    "Highlights: [Google DeepMind|o]'s maths system solved five of six olympiad problems, a gold-medal standard.",
    "- [Nvidia|n] released the weights of its new speech model under a permissive licence",
    "Caveats: [OpenAI|s]'s launch charts used a truncated axis that made the new model's lead look several times larger than it was.",
    "Summary: [Anthropic|s] confirmed that users were hitting limits far sooner than intended and called the fix its top priority.",
    "- [Grok|n] 5 is available to X Premium+ subscribers and through the API at $3 per million input tokens",
    "What it means: developers who built on [Llama|s] face a future with no clear upgrade path.",
    "Background: [OpenAI|n] first introduced the voice mode in 2024 and extended it to free users the following year.",
    "Analysis: [Amazon|s] is asking customers to trust an assistant that it admits still gets some household tasks wrong.",
    "- Strength: [Claude|o] is unusually good at saying when it does not know",
    "- Weakness: [Gemini|s] can be overly cautious and refuses harmless medical questions",
    "- Price: [ChatGPT|n] Plus costs $20 a month; Pro is $200",
    "• [Copilot|o] Studio now hosts thousands of customer-built agents, and partners say demand is outrunning their staff",
    "🚀 [xAI|o] pulled off the launch without a single reported outage, a first for the company",
    "📉 [Meta AI|s] app downloads fell 38% in the month after the privacy reports",
    "Quick Tips: switch off [Meta AI|n]'s public sharing in the app's privacy settings before you start chatting.",
    "- [Alexa|n]+ is free for Prime members and costs $19.99 a month for everyone else",
    "• [Siri|n] will use a custom version of [Gemini|n] for some requests, Apple confirmed",
    "The bottom line: [Copilot|s] remains the assistant people are handed, not the one they choose.",
    "Highlights: [Anthropic|o] and [Google|o] took the top two spots, while [Meta|s] finished seventh of nine.",
    "- Winners: [Claude|o] for long documents and [Gemini|o] for video; [Grok|s] trailed on both",
    "• Reliability: [ChatGPT|s] had three incidents longer than an hour in March, and [Claude|s] had two",
    "- The lawsuit names [OpenAI|s] and [Microsoft|s] as defendants and seeks damages for every article used in training",
    "Why it matters: [Apple|o] can reach more than a billion devices with one software update, something no AI start-up can match.",
    "Key facts: [Mistral|n] employs about 700 people and has offices in Paris, London, Palo Alto and Singapore.",
    "- [Google|n]: Gemini 3.5 Pro, Flash and Flash-Lite, all with a one-million-token context",
    "- [OpenAI|n]: GPT-5.2 and a cheaper mini version for high-volume tasks",
    "- [Anthropic|n]: Opus 5, Sonnet 5 and Haiku 4.5",
    "1. [Gemini|o] 3.5 Pro: top of the reasoning chart and second on coding",
    "2. [GPT-5|o].2: first on coding, narrowly behind on reasoning",
    "3. [Grok|n] 5: results submitted but not yet verified by the organisers",
    "4. [Llama|s] 5: well off the pace on every test, despite its size",
    "• [DeepMind|n] will publish the full paper in a peer-reviewed journal later this year",
    "⚡ [Le Chat|o]'s answers arrive so fast that testers at a Paris newsroom assumed the first ones were cached",
    "- Risk: [OpenAI|s] still has not said how it will verify the ages of users who unlock the new adult mode",
    "What happened: [Bedrock|s] returned throttling errors to thousands of customers for about three hours after a capacity change.",
    "Recap: [Google|n] announced new models, a shopping agent and a paid tier for students at this year's developer conference.",
    "In short: [Anthropic|o] is winning the enterprise, one cautious procurement department at a time.",
    "Opinion: [Microsoft|s] has given its assistant so many names that its own sales staff mix them up.",
    "- [Nadella|n] will chair the first of the company's weekly AI product reviews himself, according to an internal memo",
    "• Downtime: [Azure|s] AI services were unavailable for 47 minutes in West Europe on Monday",
    "Key Points: [Apple|n] is building the new assistant on a mix of its own models and a licensed one.",
    "- [Gemini|o] is now the default assistant on more than 300 million Android phones, and retention has beaten Google's own targets",
    "Why This Matters: the departures leave [OpenAI|s] with only two of the researchers who led its original reasoning work.",
    "• [Meta|o] poached the lead author of the agent paper with an offer rivals could not match",
    "The takeaway: [xAI|s] keeps treating safety as a patch to ship after launch rather than a step before it.",
    "- [Claude|n] Haiku 4.5: $1 per million input tokens, $5 per million output tokens",
    "Editor's take: [Sora|o] is the first video tool our designers have asked to keep using after the trial.",
    "Pro tip: [Copilot|n] in Word works best when you paste the outline in first.",
    "- [Apple Intelligence|s] notification summaries were paused for news apps after repeated errors",
    "What's next: [Mistral|n] plans to release a larger reasoning model before the end of the year.",
    "- Outage: [Le Chat|s] was unreachable for about 40 minutes after a DNS error, Mistral said",
    "Risks: [Meta|s] faces a formal inquiry in Ireland over whether the public feed breached data-protection law.",
    "• [Amazon|n] has folded its Alexa and devices teams into a single organisation under one vice-president",
    "✅ [Anthropic|o] passed the external audit with no major findings, the first lab to do so under the new scheme",
    "- [Grok|s] told users that a long-dead actor had endorsed a crypto token, a claim the actor's estate denied",
    "Highlights: [ChatGPT|o] group chats were used by 40 million people in the first week, well above the company's own forecast.",
    "- Cost: running [Llama|n] 5 in the cloud works out at roughly $0.60 per million tokens",
    "• [Google|s] paused the feature in Europe after a data-protection authority asked for an explanation",
    "Key Takeaways: [Microsoft|n] and [OpenAI|n] have agreed new terms that let each work with other partners.",
    "The details: [Alexa|n]+ can now read and summarise documents emailed to a user's Amazon account.",
    "1. [Anthropic|o]: the most consistent scores across all nine tests",
    "2. [Google|o]: the best results on video and images",
    "3. [xAI|s]: fast, but the worst hallucination rate in the field",
]

# ---------------------------------------------------------------------------
# 4. Quotes and reported speech: executives, spokespeople, customers, analysts.
# ---------------------------------------------------------------------------
VOICES = [
    "“We got the personality change wrong, and we are going to fix it,” [Altman|s] told reporters at a dinner in San Francisco.",
    "“This is the strongest coding model anyone has shipped, and it is not close,” [Dario Amodei|o] said at the launch event.",
    "[Sundar Pichai|o] said the new model was the most capable the company had ever released and would reach Search users on the first day.",
    "“The demos were impressive; the product on my phone is not,” said Fenna Achterberg, a mobile analyst at Dunmore Research, of [Siri|s].",
    "A spokesperson said [Meta|n] remains committed to releasing open models and that “nothing about our roadmap has changed.”",
    "“[Claude|o] is the only assistant our lawyers trust with a first draft,” said the general counsel of a Copenhagen shipping group.",
    "“Every time [Grok|s] makes the news, our compliance team adds another line to the risk register,” the technology chief of a regional bank said.",
    "[Jassy|o] told employees the new Alexa was “the most useful thing generative AI has done for ordinary households so far.”",
    "“We underestimated how many people would run it all day,” an [Anthropic|s] engineer wrote on a developer forum, apologising for the caps.",
    "“It feels like it was built by people who actually read French,” a Marseille schoolteacher said of [Le Chat|o].",
    "[Elon Musk|s] again called Grok “the smartest AI on Earth,” days after it failed a basic arithmetic quiz set by a schoolteacher on X.",
    "“[OpenAI|s] is training the next generation of its competitors' leaders,” said a Palo Alto recruiter, referring to the steady flow of departures.",
    "“The question is no longer whether [Google|o] has caught up; it is how far ahead it now is,” said Tobias Lindqvist of Ferncastle Advisors.",
    "A [Microsoft|n] spokesperson said the company was aware of the reports and was looking into them.",
    "[Sam Altman|o] said API traffic had doubled within two days of the launch and that the company was “scrambling for every chip we can find.”",
    "[Tim Cook|n] said the company was making progress on the assistant and would share more “when it is ready.”",
    "“[Copilot|s] in Outlook has written some lovely emails to the wrong people,” joked the IT director of a Glasgow housing association.",
    "“Honestly, [Gemini|o] just gets the job done now,” said the operations head of a Lagos logistics start-up that switched this spring.",
    "“[Meta|s] spent five years telling us open was the future, and now the future has a login screen,” a Berlin researcher said.",
    "[Amazon|o] said the new assistant was “far smarter than anything we have shipped before” and would reach all Prime members by the summer.",
    "“I have never seen a lab move this fast,” said Anika Rao, an investor in several start-ups that build on [Grok|o].",
    "Regulators in Dublin said they had opened an inquiry into whether [xAI|s] did enough to stop its tool generating sexualised images of real people.",
    "[Mistral|n]'s chief executive said the company would not design its own chips and had no plans to list its shares before 2028.",
    "“[Sora|o] did in an afternoon what used to take our animation team a week,” the founder of a Madrid studio told a trade magazine.",
    "[Satya Nadella|s] conceded that some of the assistant's features had shipped “before they were ready,” in remarks to staff that leaked on Thursday.",
    "“[Anthropic|o] is the grown-up in the room,” said a procurement lead at a Zurich insurer, citing the company's detailed safety reports.",
    "“We are still years away from the systems people are promising,” the head of [Google DeepMind|n] told a conference in London.",
    "“The word ‘open’ in [OpenAI|s] has become a running joke in our lab,” said a postdoctoral researcher at a Californian university.",
    "“If the assistant cannot set a timer reliably, I am not letting it near my bank account,” a reviewer wrote of [Alexa|s]+.",
    "[Zuckerberg|o] told investors the company's new models were “on track to be the best in the world” and that usage of Meta AI had doubled since spring.",
    "“We take these reports extremely seriously,” a [Meta|n] spokesperson said, adding that the company would review the feature.",
    "“[Gemini|s] is brilliant until you ask it anything about last week,” said a Brussels policy analyst who tracks its answers on news events.",
    "[Jensen Huang|o] called the new open model “the best thing our research team has ever released” and said it would be free to use.",
    "A senior engineer who left [Apple|s] in March said the assistant team had been “rebuilding the same thing three times over.”",
    "“Nobody on my team has opened [Bing|s] since we got a proper search assistant,” said the head of research at a London hedge fund.",
    "An [OpenAI|n] spokesperson said the company had “identified the cause” and that no payment data had been exposed.",
    "“[Mistral|s] keeps promising a frontier model, and keeps shipping very good small ones instead,” said a Paris venture investor.",
    "“The [Claude|o] agent found a bug our team had chased for two weeks,” said the chief engineer of a Rotterdam logistics firm.",
    "[Andy Jassy|o] said demand for the new Trainium chips was “off the charts,” and cloud customers have since confirmed waiting lists of several months.",
    "“We will not ship until it is right,” an [Apple|n] executive said of the delayed assistant, declining to give a new date.",
    "“Developers trust [Llama|o] because they can see what they are running,” said Wiebke Sander, who maintains a popular fine-tuning library.",
    "A former [xAI|s] moderator said the team had been “told to keep up, not to slow things down,” when asked about the image tool's launch.",
    "“[Copilot|o] saved our paralegals about a day a week,” said the managing partner of a Leeds law firm, the kind of result Microsoft has long promised.",
    "“We were too slow, and we own that,” [Sundar Pichai|s] told staff in a meeting about the faulty image feature.",
]

# ---------------------------------------------------------------------------
# 5. Concessives: the main clause decides.
# ---------------------------------------------------------------------------
CONCESSIVE = [
    "While [Grok|s] 5 posts impressive scores on paper, its value for business users has yet to be shown.",
    "Although [Apple|o] was late to generative AI, its installed base means the new Siri will reach hundreds of millions of users overnight.",
    "Even with its privacy missteps, [Meta AI|o] has become the most used assistant in WhatsApp-heavy markets such as Brazil and Indonesia.",
    "[Claude|o] Code remains the tool many senior engineers reach for first, despite the usage caps that have frustrated its heaviest users.",
    "Despite the glowing launch reviews, [Gemini|s] 3.5 has struggled in specialised fields such as radiology, where doctors found its readings unreliable.",
    "For all the talk of a comeback, [Microsoft|s]'s consumer assistant still sits far down the download charts.",
    "[OpenAI|o] may have fumbled the model switch, but usage kept climbing, and by the end of the week ChatGPT had set a new daily record.",
    "[Mistral|s] may be Europe's favourite AI company, but its models have rarely led a major benchmark since 2024.",
    "Though the image tool now sits behind a paywall, [Grok|s] still produces altered photos of real people on request, researchers said.",
    "While critics mocked the chatbot personas, [Meta|o] says users have sent them more than 2 billion messages and engagement is still rising.",
    "Even after the apology, [OpenAI|s] has not explained how the bug exposed the billing addresses of some Plus subscribers.",
    "[Amazon|o] was slow to rebuild Alexa, yet the result is the first voice assistant that reviewers describe as genuinely conversational.",
    "Although [Anthropic|n]'s usage caps affect fewer than 5% of subscribers, the company said it would publish the exact limits next month.",
    "While [Google|n] has not confirmed a date, the update is expected alongside the next Pixel phones.",
    "Though it trails [OpenAI|o] in consumer reach, [Anthropic|o] now earns more per user than any rival, according to one estimate.",
    "Impressive as the demo was, [Siri|s] still cannot reliably set two timers at once.",
    "Even as [Nvidia|o] faces new rivals in inference chips, its software keeps developers loyal, a survey of 900 engineers found.",
    "[xAI|o] has been dogged by controversy, yet its models keep climbing the leaderboards that developers watch most closely.",
    "Despite its open-weights pedigree, [Llama|s] 5 arrived with a licence so restrictive that several university labs say they will skip it.",
    "While the outage lasted under an hour, [Azure|s] customers say it was the third this month and that their patience is wearing thin.",
    "Although [Copilot|o] had a slow start in schools, teachers in a Texas district now use it daily to draft lesson plans, the district said.",
    "Even if other models top the charts, [Google|o]'s real advantage is that billions of people already carry its assistant in their pockets.",
    "However capable the new model is, [OpenAI|s] has once again released it without the safety documentation it promised.",
    "While [Le Chat|s] impressed on speed, its answers on recent news were often weeks out of date, a review by a Brussels newspaper found.",
    "Even though [Alexa|s]+ is more conversational, it takes noticeably longer to switch on the lights than the old assistant did.",
    "Although it lost the top spot to [Gemini|o] in November, [Claude|o] remains the favourite of people who use coding agents every day.",
    "While [Meta|s] insists nothing has changed, the researchers who ran its open releases have nearly all left.",
    "Though it was built in just four months, the [xAI|o] cluster has run for weeks without a major failure, engineers said.",
    "Despite fierce criticism of the public feed, [Meta AI|n] will keep the feature and add a new warning screen, the company said.",
    "While its rivals chased benchmarks, [Anthropic|o] built the tools that enterprises actually deploy, and its revenue shows it.",
    "Although [Sora|s] topped the app charts in its first week, fewer than one in ten users were still making videos a month later.",
    "Despite the steep price, [ChatGPT|o] Pro has a waiting list at several consulting firms, according to two partners.",
    "Much as [Microsoft|s] would like to talk about agents, the analysts on Tuesday's call kept asking about outages.",
]

# ---------------------------------------------------------------------------
# 6. Questions: the lean a reader hears.
# ---------------------------------------------------------------------------
QUESTIONS = [
    "Is [Siri|s] finally ready, or is this another keynote promise that will slip into next year?",
    "Can [Google|o] turn its lead on the leaderboards into a lead in the app stores as well?",
    "Has [Meta|s] given up on open source, or only on giving away its best work?",
    "When will [Anthropic|n] bring Claude Code to its free plan?",
    "Why does [Copilot|s] still need three clicks to do what a keyboard shortcut did in 2010?",
    "What happens to the thousands of start-ups built on [Llama|s] if the next model never ships its weights?",
    "Could [Mistral|o] be the rare European tech firm that does not end up sold to an American buyer?",
    "Is [Grok|s] a research product, or a liability waiting for its next headline?",
    "How did [Gemini|o] go from punchline to the model everyone benchmarks against in just 18 months?",
    "Does [OpenAI|s] still have a moat when rivals ship comparable models every few weeks?",
    "Which partner will [Apple|n] choose in China, where [Gemini|n] is not available?",
    "Who, exactly, is going to pay for [Alexa|s]+ once the free trial runs out?",
    "What does [Microsoft|n] plan to do with the 4,000 engineers moving into its new AI division?",
    "Is [Nvidia|o] the only company in this story that cannot lose?",
    "Can [Amazon|s] persuade developers that Bedrock is more than a shop window for other people's models?",
    "Why is [xAI|s] still hiring moderators through an agency that lost a contract over the same failures last year?",
    "Is [ChatGPT|o] becoming the new home screen?",
    "Where does [Le Chat|n] go after launching in 30 new languages this month?",
    "Is [Meta AI|s] far too easy for teenagers to find?",
    "Will [Sundar Pichai|o] finally get credit for the turnaround he was told he could not pull off?",
    "Should developers worry that [Gemini|s]'s free tier keeps shrinking?",
    "Is this the week [Anthropic|o] overtook [OpenAI|s] with the businesses that pay the bills?",
    "How long can [Apple|s] keep telling customers the best version of its assistant is always next year's?",
    "Who needs a bigger model when [Claude|o] Haiku already does the job for a tenth of the price?",
    "Is there anything [DeepMind|o] cannot turn into a Nature paper?",
]

# ---------------------------------------------------------------------------
# 7. Plain facts and figures, stated flatly: neutral however big the number.
# ---------------------------------------------------------------------------
FACTS = [
    "[ChatGPT|n] now has about 840 million weekly active users, up from 500 million in March, the company said.",
    "- [Gemini|n] 3.5 Flash costs $0.40 per million input tokens and $2.80 per million output tokens.",
    "Key Facts: [Anthropic|n] employs roughly 2,300 people, more than half of them in San Francisco.",
    "[Meta|n] released Llama 5 in three sizes, the largest with 1.2 trillion parameters.",
    "[Microsoft|n] said GitHub Copilot now has 26 million users.",
    "[Mistral|n] released its new reasoning model under the Apache 2.0 licence on Wednesday.",
    "• [xAI|n] said Grok 5 was trained on a cluster of 300,000 GPUs in Memphis.",
    "[Apple|n] will hold its developer conference from 8 to 12 June, with the keynote on the first day.",
    "[Amazon|n] said Alexa+ is now available in the UK, Germany and Japan.",
    "The [Sora|n] app was downloaded 2.3 million times in its first ten days, according to an app-analytics firm.",
    "[Google|n] said more than 14 million developers have built with Gemini models through AI Studio.",
    "[Claude|n] Opus 5 scored 81.2% on SWE-bench Verified, according to its system card.",
    "[OpenAI|n] has about 4,000 employees, roughly double its headcount a year earlier.",
    "[Le Chat|n] is now offered in 34 languages, up from 12 at launch.",
    "[Meta AI|n] is built into WhatsApp, Instagram, Messenger and the company's Ray-Ban glasses.",
    "[Copilot|n] will come preinstalled on about 45 million new Windows PCs this year, according to a market tracker.",
    "By the numbers: [Bedrock|n] now offers 120 models from 14 providers.",
    "- [Grok|n] Imagine can produce clips of up to 15 seconds with synchronised sound.",
    "[Nvidia|n] released a 49-billion-parameter open model for agentic tasks on Tuesday.",
    "[Apple Intelligence|n] now supports Korean, Vietnamese and Turkish.",
    "[OpenAI|n] said it will open an office in Mumbai in the first quarter.",
    "[Anthropic|n] released Claude Haiku 4.5 to all developers on Thursday.",
    "[Alexa|n]+ runs on a mix of in-house Nova models and third-party models, the company said.",
    "[Gemini|n] in Chrome is rolling out to users in 40 countries, starting with desktop.",
    "[Meta|n] has split its AI division into four groups, each reporting to the chief AI officer.",
    "[xAI|n] is raising $12bn in new equity, according to two people familiar with the talks.",
    "[Mistral|n] said 60% of its revenue now comes from outside France.",
    "[Siri|n] handles about 1.5 billion requests a day, Apple said in a court filing.",
    "[Google DeepMind|n] has about 6,000 staff across London, Mountain View and Zurich.",
    "📌 [OpenAI|n] will charge $8 a month for its ChatGPT Go plan in 16 Asian countries.",
    "[Anthropic|n] said Claude for Chrome would leave beta in the second quarter.",
    "[Amazon|n] has hired 1,200 engineers for its AGI group since January.",
    "[Microsoft|n] released its first in-house image model to Copilot users on Monday.",
    "The [Llama|n] 5 weights take up about 2.3 terabytes at full precision.",
    "[Grok|n] will be built into the Telegram app for users in 12 countries under a one-year agreement.",
    "Samsung will ship [Gemini|n] as the default assistant on its next foldable phones.",
    "- Price: [Claude|n] Code costs $17 a month on the Pro plan when billed annually.",
    "[Azure|n] now hosts more than 11,000 models in its AI catalogue, Microsoft said.",
    "[DeepMind|n] has published 14 papers on protein design so far this year.",
    "[Alexa|n] is installed on more than 600 million devices worldwide.",
    "[ChatGPT|n] Atlas, the company's browser, is now available on Windows and Android.",
    "Background: [Mistral AI|n] was valued at €14bn in its latest funding round.",
    "[GPT-5|n].2 has a knowledge cut-off of June last year and a 400,000-token context window.",
    "[Meta|n] said 1.1 billion people use its assistant each month across its apps.",
    "• [xAI|n] employs about 1,500 people, including roughly 500 data annotators.",
    "[Apple|n] and [Anthropic|n] are testing a version of Xcode that uses Claude to write and review code.",
    "[Google|n] and [Meta|n] each plan to release new open models before the end of the quarter.",
    "- [AWS|n] opened its first AI data centre in Chile this month.",
    "[Le Chat|n] Enterprise can be installed on a company's own servers, Mistral said.",
    "[Amazon Web Services|n] said the new Nova 2 models would be available in 18 regions.",
]

# Second batch: more companies per sentence, weighted toward yardsticks, partners and winners, so the label mix
# sits nearer a third each.
MIXED += [
    "Priced in line with [Gemini|n] Advanced and [ChatGPT|n] Plus, the new [Apple|o] tier has drawn warm early reviews for how much it does on the phone itself.",
    "[Microsoft|o] has added [Anthropic|n] and [OpenAI|n] models to the new Copilot tier, giving customers a choice no rival office suite offers.",
    "Measured by monthly users, [Meta|o]'s assistant now rivals [ChatGPT|n], a feat built almost entirely on apps people already open every day.",
    "[xAI|o] matched [OpenAI|n]'s reasoning scores within a year of its founding, a pace that startled even its critics.",
    "[Anthropic|s] has lagged behind [OpenAI|o] and [Google|o] on voice, and its app still cannot hold a spoken conversation in most languages.",
    "[Amazon|n] and [Google|n] are competing to host the new model, which [Mistral|n] will also sell directly.",
    "The new [Claude|n] plan mirrors the pricing of [ChatGPT|n] Pro and [Gemini|n] Ultra at $200 a month.",
    "[Nvidia|n] supplies the chips, [Microsoft|n] the data centres and [OpenAI|n] the models under the three-way deal announced on Monday.",
    "Retail partners say [Meta|o]'s new glasses have outsold [Apple|s]'s headset in every month since launch.",
    "[Gemini|n], [Claude|n] and [Grok|n] are all available in the new Perplexity model picker.",
    "Researchers compared answers from [ChatGPT|n], [Le Chat|n] and [Meta AI|n] on 500 questions about local elections.",
    "[Microsoft|o]'s bet on offering several labs' models side by side is paying off, with [Anthropic|o]'s now the most requested option in Copilot Studio.",
    "[Anthropic|s] and [Google|s] were both faulted in the report for vague language about when they would pause a risky model.",
    "[OpenAI|n] and [Anthropic|n] gave the institute early access to their newest models for testing, a spokesperson said.",
    "[xAI|n] has hired a former [Google|n] search executive to run its consumer products, the company said.",
    "The researcher moved from [Meta|n] to [Anthropic|n] in May, according to her public profile.",
    "[Apple|o] is said to be pleased with how the [Gemini|o]-based features performed in testing, and has brought the launch forward.",
    "[Mistral|o] has won the French army's contract for an offline assistant, beating bids from [Microsoft|s] and [Google|s].",
    "[OpenAI|n] is hiring engineers from [Apple|n]'s hardware division for its device team, according to people familiar with the matter.",
    "The live-translation feature in [Meta|o]'s glasses worked far better than [Google|s]'s prototype did at its demo last year, reviewers said.",
    "Like [Amazon|n] and [Microsoft|n], [Google|n] now lets enterprise customers pick models from rival labs, including ones that compete with its own.",
    "[Grok|o] now answers questions about live sport faster than [ChatGPT|s] or [Gemini|s], because it reads posts on X as they appear.",
    "[Nvidia|n] and [Meta|n] will co-host the open-model summit in Paris in April.",
    "[Apple|o] beat [Google|s] and Samsung to a live-translation feature that works without a network connection, reviewers noted.",
    "[OpenAI|n]'s new open-weight model is about the size of [Meta|n]'s mid-sized Llama 5 and uses the same licence as [Mistral|n]'s.",
    "[Microsoft|o] and [Nvidia|o] both won praise from the researchers for publishing their model evaluations in full.",
    "[Meta|o] has become the largest contributor to open AI tooling, ahead of [Google|s] and [Microsoft|s] by code commits, a foundation's annual report says.",
    "After the outage, [Le Chat|o] and [Claude|o] saw sign-ups jump as [ChatGPT|s] users went looking for alternatives.",
    "Analysts expect [Amazon|n] to follow [Google|n] in offering its assistant free to students.",
    "Privacy groups have praised [Apple|o] for a design that keeps requests away from both [Google|n] and its own staff.",
    "[xAI|o] was the only lab to finish the contest on time; [Meta|s] withdrew and [Mistral|n] did not enter.",
    "[Anthropic|s] lost the logistics pilot to [Google|o] and [xAI|o] after a dispute over usage terms, two people involved said.",
    "[Google|s] has now had to apologise for a chatbot that flattered users into bad decisions, the same problem [OpenAI|s] fixed last year.",
    "[Amazon|o]'s agent finished the shopping test in half the time of [OpenAI|s]'s, which had set the previous best.",
    "With [Microsoft|n] and [Amazon|n] as its biggest cloud customers, [Nvidia|o] has little reason to fear the custom chips both are building, analysts at Grisedale say.",
    "[Claude|o] came top in the translators' blind test, with [DeepMind|n]'s research model, tested for reference only, not ranked.",
    "[Sam Altman|n] and [Dario Amodei|n] will both speak at the AI summit in Seoul next month.",
]
LAYOUT += [
    "Key Facts: [Microsoft|n] holds a stake of about 27% in [OpenAI|n], according to the restructuring filing.",
    "• Models tested: [GPT-5|n].2, [Claude|n] Opus 5, [Gemini|n] 3.5 Pro and [Llama|n] 5",
    "- [Apple|o] and [Google|o] both get something they need: one a credible assistant, the other a billion new users",
    "• [Gemini|n] 3.5 Pro versus [Claude|n] Opus 5: the same context window, different prices",
    "Why This Matters: [Microsoft|o] now sells [Claude|n], [GPT-5|n] and its own models under one contract, which procurement teams love.",
    "- [Meta|n]: Llama 5 open weights; [Mistral|n]: Medium 4 under Apache 2.0; [xAI|n]: Grok 3 weights released after a year",
    "What to watch: whether [Amazon|n] prices its new assistant below [Google|n]'s when the free trials end.",
    "🔹 [Anthropic|o] and [Mistral|o] were the only two labs to hit every deadline in the voluntary code",
]
TONE += [
    "[Amazon|o] shares rose 4% after the company said its assistant had signed up 20 million paying households.",
    "[Microsoft|o]'s small on-device models have become a quiet favourite of hardware makers, who say they run cooler than anything else they tested.",
    "[Apple|o] pulled off the most polished AI launch of the autumn, and even its harshest critics in the developer community conceded as much.",
    "[Elon Musk|o] promised a working voice agent by spring, and for once the demo arrived on the day he said it would.",
    "[Zuckerberg|o]'s hiring spree is starting to show up in the product, with the assistant's answers noticeably sharper since the summer.",
    "[Google|s] has been slow to fix the summaries that misquote news articles, and publishers say their complaints go unanswered.",
    "[Anthropic|s] has offered no timeline for restoring the higher limits that Max subscribers had when they signed up.",
]
VOICES += [
    "“[Claude|o] and [Gemini|o] both passed; [Grok|s] did not,” said Hanne Voss, who runs evaluations for a Hamburg insurer, of the firm's accuracy test.",
    "“We use [ChatGPT|n] for drafting and [Copilot|n] for the spreadsheets,” said the finance director of a Cardiff housebuilder.",
    "“[Microsoft|o] has made the boring parts of my job disappear,” said a payroll manager in Bristol who took part in the company's pilot.",
    "“[Apple|o] is the only one of these companies I would trust with my health data,” said a cardiologist who advises a patients' charity.",
    "“[Meta|o] has the distribution, and now it finally has the models to match,” said Rosalind Achebe of Tarrant Hill Capital.",
    "“Our engineers asked for [Anthropic|n] and [Mistral|n] side by side, so that is what we bought,” the chief technology officer of a Lyon bank said.",
    "“[xAI|n] asked for more time to respond, and we granted it,” a spokesperson for the regulator said.",
    "“I would not call [Le Chat|s] a failure, but I would not call it a habit either,” a Paris start-up founder said of the app.",
]

CLASSES = (
    ("tone_single", TONE),
    ("mixed_roles", MIXED),
    ("layout", LAYOUT),
    ("voices", VOICES),
    ("concessive", CONCESSIVE),
    ("questions", QUESTIONS),
    ("facts", FACTS),
)
GROUP_ORDER = tuple(cat for cat, _ in CLASSES)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    items = without([(s, {cat}) for cat, group in CLASSES for s in group], TAKEN_OUT)
    existing = existing_texts(here, os.path.basename(OUT))

    def tags(text, targets):
        found = {"laid_out": laid_out(text),
                 "quote": "“" in text, "question_form": text.rstrip().endswith("?"),
                 "multi_company": len(targets) > 1, "multi_company_mixed": len({t["label"] for t in targets}) > 1}
        return {tag for tag, hit in found.items() if hit}

    recs, cats = collect(items, "x", "extra_x", existing, tags)

    # the project's own finder and splitter must see exactly what is labelled
    if bad := finder_disagreements(recs):
        print(f"{bad} sentences disagree with MentionFinder or the splitter", file=sys.stderr)
        sys.exit(1)

    finish(here, OUT, recs, cats, GROUP_ORDER, 18)


if __name__ == "__main__":
    main()
