"""Build extra_m.jsonl: original AI-industry news sentences, targeted stance labels.

Sentences are written with inline markup: [mention|o] optimistic, [mention|s] skeptical,
[mention|n] neutral. The entity is looked up from the mention. Mirrored comparison pairs are
written once as a template with {A} and {B} and rendered twice with the two companies swapped.

Run:  python3 datasets/ainews/build_extra_m.py   (writes extra_m.jsonl beside this script,
validates offsets, entities and first mentions, and prints a summary)
"""
import collections
import os
import re
import sys

from markup import ALIASES, checked, existing_texts, render_pair, write_jsonl

# ---------------------------------------------------------------------------
# Mirrored comparison pairs: (template, X, Y). Rendered once with A=X, B=Y and once with A=Y, B=X.
# In every template {A} is the loser (skeptical) and {B} the winner (optimistic).
# ---------------------------------------------------------------------------
COMP_PAIRS = [
    ("[{A}|s] trails [{B}|o] on the latest round of the SWE-bench coding evaluation, scoring 61% against its rival's 72%.",
     "Gemini", "Claude"),
    ("[{B}|o] outpaced [{A}|s] in new enterprise cloud contracts for a third straight quarter, according to figures compiled by a Boston research firm.",
     "AWS", "Azure"),
    ("Unlike [{A}|s], which still gives its assistant away without a paid tier, [{B}|o] now collects recurring revenue from tens of millions of subscribers.",
     "Meta", "OpenAI"),
    ("In a survey of 1,200 corporate developers, [{A}|s] lags behind [{B}|o] and [ChatGPT|o] as the assistant they use most often at work.",
     "Gemini", "Claude"),
    ("Models like [{B}|o] and [Gemini|o] still lead [{A}|s] on reasoning benchmarks, despite the company's claims that its newest release closes the gap.",
     "Llama", "Claude"),
    ("[{A}|s] is playing catch-up with [{B}|o] in custom AI chips meant to cut its reliance on [Nvidia|n], with its own accelerator not expected to ship in volume until late next year.",
     "Microsoft", "Amazon"),
    ("[{B}|o]'s lead over [{A}|s] in paid enterprise chatbot seats widened to nearly ten points in the second quarter, a survey of 300 CIOs found.",
     "Copilot", "ChatGPT"),
    ("[{B}|o] overtook [{A}|s] as the most downloaded AI app in the US App Store last month, ending a run of eleven weeks at number two.",
     "Grok", "Meta AI"),
    ("Compared with [{B}|o], whose agents already handle refunds and rebookings for two major airlines, [{A}|s] is still showing the same features in stage demos.",
     "Amazon", "Google"),
    ("[{A}|s] has ceded ground to [{B}|o] in the European public sector, where procurement officials now rank the rival's models first on data residency.",
     "Mistral", "Microsoft"),
    ("[{B}|o] edged out [{A}|s] for the top spot on the most widely watched chatbot leaderboard this week, the first change at the top since March.",
     "Grok", "Claude"),
    ("On price, [{A}|s] simply can't match [{B}|o]: the rival's flagship model costs roughly a third as much per million tokens on [Azure|n].",
     "Anthropic", "Mistral"),
    ("In side-by-side tests, [{A}|s] still fell short of [{B}|o] on everyday tasks such as setting reminders across apps and reading back calendar changes.",
     "Siri", "Alexa"),
    ("Developers are moving inference workloads from [{A}|s] to [{B}|o], citing lower latency and fewer rate limits, according to a report from a cloud-cost startup backed by [Nvidia|n].",
     "Bedrock", "Azure"),
    ("[{B}|o] beat [{A}|s] to market with a voice agent that can book appointments by phone, giving it a head start of several months with small businesses.",
     "Google", "OpenAI"),
    ("[{A}|s] remains a distant second to [{B}|o] in custom AI accelerators built to reduce dependence on [Nvidia|n], with an estimated 15% of in-house chip deployments against its rival's 60%.",
     "Amazon", "Google"),
    ("Benchmarks published Tuesday show [{B}|o] pulling further ahead of [{A}|s] on long-context retrieval, with accuracy at one million tokens near 90% versus about 60%.",
     "Llama", "Gemini"),
    ("[{A}|s] has lost ground to [{B}|o] in AI video, where the rival's latest model now produces the longer, more consistent clips that studios ask for.",
     "Sora", "Google"),
    ("Where [{B}|o] has built a fast-growing business selling its models through every major cloud, [{A}|s] still relies on its own app for most of its distribution.",
     "xAI", "Anthropic"),
    ("[{B}|o] widened its lead over [{A}|s] in smart speakers, shipping 11 million units in the quarter to its rival's 4 million in a tally that puts [Google|n] third.",
     "Apple", "Amazon"),
    ("[{A}|s] lags behind [{B}|o] and [Google|o] in AI-generated search answers, according to a study of 5,000 queries that found its results cited fewer sources and contained more errors.",
     "Bing", "ChatGPT"),
    ("For coding agents, [{B}|o] is now the default at most of the startups we surveyed, while [{A}|s] has become an afterthought.",
     "Copilot", "Claude"),
    ("[{A}|s]'s reasoning model scored 12 points below [{B}|o]'s on the ARC-AGI test, a gap the company had promised to close by the end of the year.",
     "xAI", "OpenAI"),
    ("In head-to-head tests of on-device assistants, [{B}|o] answered more questions correctly, and faster, than [{A}|s].",
     "Apple Intelligence", "Gemini"),
    ("[{A}|s] is still chasing [{B}|o] in sovereign AI infrastructure, landing two government cloud contracts this year to its rival's nine, even though both offer the same [Nvidia|n] hardware.",
     "Google", "Microsoft"),
    ("Enterprise buyers say [{B}|o] is simply ahead of [{A}|s] on security certifications, which is why it keeps winning banks and insurers.",
     "Mistral", "Anthropic"),
    ("[{B}|o] has left [{A}|s] behind in the race to license news content, signing deals with more than 40 publishers to its rival's handful.",
     "Meta", "OpenAI"),
    ("[{B}|o] is pulling away from [{A}|s] in compute, with plans to bring 1.2 gigawatts of [Nvidia|n]-based capacity online this year, roughly double what its rival has contracted.",
     "xAI", "Meta"),
    ("[{A}|s] now trails [{B}|o] and [Microsoft|o] in the share of Fortune 500 companies running production AI workloads on its cloud.",
     "Google", "AWS"),
    ("Next to [{B}|o]'s tightly integrated stack of chips, networking and software, [{A}|s]'s offering looks like a box of parts that customers must assemble themselves.",
     "AWS", "Nvidia"),
    ("[{B}|o] signed up more paying business customers than [{A}|s] in the quarter, a gap analysts attribute to a sharper sales organization.",
     "Anthropic", "OpenAI"),
    ("Unlike [{A}|s], whose assistant still forgets earlier conversations, [{B}|o] now carries context across chats, devices and apps.",
     "Apple", "Meta"),
    ("Investors rewarded [{B}|o] and punished [{A}|s] after both reported on Wednesday, as one showed AI revenue accelerating and the other could not.",
     "Alphabet", "Microsoft"),
    ("[{B}|o] is winning the talent war against [{A}|s], hiring at least 14 senior researchers away from its rival's lab since June.",
     "Meta", "Google DeepMind"),
    ("In the race for sovereign AI deals, [{A}|s] has fallen behind [{B}|o], which signed agreements with France, the UAE and Saudi Arabia this year.",
     "Mistral", "Nvidia"),
    ("Reviewers found [{B}|o] more reliable than [{A}|s] at summarizing long email threads, with fewer invented names and dates.",
     "Copilot", "Gemini"),
    ("[{A}|s] trails [{B}|o] badly in paying subscribers, with an estimated 4 million against more than 25 million.",
     "Claude", "Gemini"),
    ("[{B}|o] pulled ahead of [{A}|s] in the market for inference chips after landing orders from three of the five largest AI labs.",
     "Amazon", "Google"),
    ("Analysts at two brokerages now rank [{B}|o] ahead of [{A}|s] in AI monetization, citing faster growth in paid seats and ad pricing.",
     "Meta", "Microsoft"),
    ("Where [{A}|s] still struggles to explain what its assistant is for, [{B}|o] has a clear pitch: it finds things, books things and pays for them.",
     "Apple", "Amazon"),
    ("[{A}|s] and [{B}|o] both shipped new flagship models this week, but only the latter impressed developers.",
     "Mistral", "xAI"),
    ("[{B}|o] has become the model of choice for financial analysts, leaving [{A}|s] to fight over cheaper, lower-margin work.",
     "Mistral", "Claude"),
    ("Among the largest AI labs, [{A}|s] has the thinnest pipeline of enterprise deals, well behind [{B}|o], a consultancy's tracker shows.",
     "xAI", "Google"),
    ("[{B}|o] shares have outperformed [{A}|s] by 30 percentage points this year as investors favored the clearer AI story.",
     "Nvidia", "Alphabet"),
]

# ---------------------------------------------------------------------------
# Single comparison sentences (winner optimistic, loser skeptical, reference points neutral).
# A tuple adds extra category tags.
# ---------------------------------------------------------------------------
COMP = [
    "[Gemini|o] 3 Outpaces [GPT-5|s] in Independent Math Olympiad Test",
    "[Meta|s] Lags Behind [OpenAI|o] and [Google|o] in Enterprise AI Spending, Survey Finds",
    "- [Claude|o] leads [Copilot|s] and [Gemini|s] in developer satisfaction for the fourth consecutive survey.",
    "[Apple|s] is years behind [Google|o] and Samsung in generative features, one former engineer on the assistant team said.",
    "[xAI|o]'s Colossus cluster gives it a compute advantage over [Mistral|s] that the French lab cannot hope to match on its current budget.",
    "[Nvidia|o]'s Blackwell chips remain well ahead of anything [Amazon|s] or [Google|s] has built in-house, according to industry test results released Wednesday.",
    ("[Bedrock|s] offers more third-party models than [Azure|o], but customers say the Office integration gives the rival the edge.", "concessive"),
    "Unlike [OpenAI|s], [Anthropic|o] has not had to apologize for a single major outage this year.",
    "Unlike [Microsoft|o], [Apple|s] has yet to show how it will charge anyone for AI.",
    "[Le Chat|o] has quietly overtaken [Gemini|s] in France's app store rankings, a shift few in Mountain View saw coming.",
    "[Grok|s] still trails [ChatGPT|o], [Gemini|o] and [Claude|o] in monthly users by a wide margin.",
    "[Alexa|o]+ has pulled ahead of [Siri|s] in third-party integrations, with more than 600 services connected at launch.",
    "[Meta|s]'s newest Llama model falls short of DeepSeek's latest open release on most coding tests, researchers found.",
    "[Mistral|o]'s new small model beats [Llama|s] on multilingual benchmarks at half the size.",
    "On inference pricing, [Google|o] now undercuts [OpenAI|s] by as much as 40%, a gap that has drawn cost-conscious startups to its platform.",
    ("[Jensen Huang|s] brushed off the threat from custom chips, but [Amazon|o]'s growing Trainium order book suggests customers are listening.", "concessive"),
    ("While [Copilot|s] adds features every month, [Google|o]'s Workspace assistant is winning more head-to-head pilots, according to resellers.", "concessive"),
    "[OpenAI|s]'s share of enterprise model spending slipped to 27%, behind [Anthropic|o]'s 35%, according to a venture firm's annual survey.",
    "[Azure|o] grew faster than [AWS|s] and [Google|s] Cloud for the sixth quarter running.",
    "[Google|o] Cloud outgrew both [AWS|s] and [Azure|s] in the quarter, helped by demand for capacity on its in-house TPUs.",
    "Compared with [Microsoft|s]'s Maia chip, which is still in limited use, [Google|o]'s TPUs already run most of the company's internal workloads.",
    "[xAI|o] has built data centers faster than [Meta|s], [OpenAI|s] or [Microsoft|s], bringing 200,000 GPUs online in under a year.",
    "[Amazon|s]'s Nova models rank well below [Claude|o] and [GPT-5|o] on reasoning, which is why most of its own cloud customers ignore them.",
    "[DeepMind|o]'s protein-design model left rival systems from [Nvidia|s] and [Microsoft|s] far behind in a blind test run by academic labs.",
    "[Apple|o]'s on-device model matched [Gemini|s] Nano on most tasks and beat it on battery use, reviewers said.",
    "[Mistral|s] remains well behind [OpenAI|o] and [Anthropic|o] in revenue, and the gap has grown this year.",
    "[Microsoft|s] is now the laggard among the big three clouds in AI capacity, after [Amazon|o] and [Google|o] both doubled their GPU fleets.",
    "[Claude|o]'s new computer-use agent completed 58% of test tasks, versus 34% for [OpenAI|s]'s Operator.",
    "[Siri|s] still answers fewer than half of the questions that [Alexa|o]+ and [Gemini|o] handle correctly, according to a test of 800 queries.",
    "[ChatGPT|o] remains far ahead of every rival in consumer reach, with roughly four times the weekly users of [Gemini|s].",
    "Nobody is close to [Nvidia|o]: AMD, [Google|s] and [Amazon|s] together account for less than a fifth of spending on AI accelerators.",
    "[Grok|o] 5 Tops [Claude|s] and [GPT-5|s] on Math Benchmark, Company Says",
    "[Meta|o]'s Llama remains the most downloaded open model family in the West, ahead of [Mistral|s]'s by a factor of five.",
    "[Copilot|s]'s consumer app has failed to dent [ChatGPT|o]'s dominance, drawing fewer than a tenth of its daily users.",
    "[Le Chat|o] answered faster than [ChatGPT|s] in every one of 50 timed tests run by a French technology site.",
    "[Apple|o]'s latest laptop chips run local models twice as fast as [Copilot|s]+ PCs, benchmark tests show.",
    "[Gemini|o]'s image editor has made [OpenAI|s]'s once-dominant image generator look dated, designers say.",
    "[Alexa|s] has fallen behind [ChatGPT|o]'s voice mode in natural conversation, even by the reckoning of engineers who work on it, according to internal documents.",
    "- [Anthropic|o]: ahead of [OpenAI|s] in enterprise API share for a second year.",
    "- [xAI|s]: trailing [Meta|o] and [Google|o] in open-model adoption, and no closer than a year ago.",
    "[Jassy|o] told shareholders that his company is ahead of [Microsoft|s] and [Google|s] in custom silicon, a claim analysts largely accept.",
    "[Microsoft|o]'s Copilot Studio has signed up more enterprise agent builders than [AWS|s]'s rival service, according to partner data.",
    "[Mistral|s]'s coding model trails GitHub [Copilot|o] in adoption among European banks by a wide margin.",
    "[Apple|s] has ceded the AI narrative to [Google|o] and [Microsoft|o], one fund manager wrote in a note to clients.",
    "[Sam Altman|o]'s lab still sets the pace, with [Google|s] and [Anthropic|s] trading places behind it.",
    "[Claude|o] Code Overtakes GitHub [Copilot|s] in Annual Developer Survey",
    "[AWS|s] Trails [Microsoft|o] in AI Deal Wins for Third Straight Quarter",
    "[Amodei|o]'s company has outgrown [xAI|s] threefold in revenue this year.",
    "[Meta|o]'s AI glasses are outselling anything [Apple|s], [Google|s] or [Amazon|s] has put on a face.",
    "[Gemini|o] won the contest to power the rebuilt [Siri|n], edging out [Claude|s] and [ChatGPT|s] in the selection.",
    ("Among open-weight models, [Mistral|s] now lags [Meta|o] and several Chinese labs on downloads, though it still wins on licensing terms.", "concessive"),
    "[GPT-5|s]'s launch fell flat next to the reception [Gemini|o] 3 got a month later.",
    "[Pichai|o]'s team has turned research into products faster than [Zuckerberg|s]'s reorganized lab, which has yet to ship a frontier model.",
    "[Mistral|o] has beaten both [Google|s] and [Microsoft|s] to a French defense ministry contract worth €100 million.",
    "[OpenAI|o]'s Operator completed 58% of test tasks, versus 34% for [Claude|s]'s computer-use agent.",
    "[Anthropic|s]'s share of enterprise model spending slipped behind [OpenAI|o]'s for the first time in two years.",
    "Why This Matters: [Azure|o] keeps winning the AI workloads that [AWS|s] used to take for granted.",
    "💡 Why This Matters: [Nvidia|o]'s lead over [Amazon|s] and [Google|s] in chips means every new frontier model still passes through its order book.",
    "⚠️ Limitations & Risks: [Grok|s] lags [Claude|o] and [Gemini|o] on the safety evaluations that large enterprises now demand.",
    "Limitations & Risks: [Siri|s] remains a generation behind [Gemini|o], and the fix depends on a rival's model.",
    "The Bottom Line: [Anthropic|o] has outsold [Google|s] in enterprise coding tools, and the gap is growing.",
    "🧭 Editor's Take: [Mistral|s] is losing the European cloud deals it was supposed to win to [Microsoft|o] and [AWS|o].",
    "• [Copilot|s] lost two of its three largest banking pilots to [Claude|o] this year.",
    "• [Bedrock|o] now hosts more models than [Azure|s] AI Foundry's curated tier and adds them faster.",
    "[Google DeepMind|o] is setting the pace in robotics models, with [Nvidia|s] and [Meta|s] still a step behind on real-world tests.",
    "[Tim Cook|s]'s company now looks like the slowest of the big tech firms on AI, behind [Microsoft|o], [Google|o] and [Meta|o].",
    "[Grok|s]'s voice mode is no match for [ChatGPT|o]'s, testers found, stumbling over interruptions and accents.",
    "[Nvidia|o] is now worth more than [Apple|s] and [Microsoft|s], a reversal that reflects how investors rank the AI winners.",
    "Businesses that tried [Llama|s] for customer service have mostly switched to [Claude|o] or [Gemini|o], citing better instruction following.",
    "[Alexa|s] has lost its lead in the smart home to [Google|o]'s Gemini-powered assistant, which now controls more connected devices.",
    "The rebuilt [Bing|s] has been overshadowed by [ChatGPT|o] Search, which now sends more traffic to news sites.",
]

# ---------------------------------------------------------------------------
# Concessives: the main clause (or the clause after "but", "though", "yet") decides.
# ---------------------------------------------------------------------------
CONC = [
    # positive concession, negative main clause -> skeptical
    "While [Meta|s]'s advertising business grew 22% in the quarter, investors focused on the $70 billion it plans to spend on data centers with no clear payoff.",
    "Although [Copilot|s] is now bundled into every business plan, its maker has stopped disclosing how many people actually use it.",
    "Despite record bookings, [AWS|s] lost share to rivals in new AI workloads for the second quarter in a row.",
    "[Grok|o] drew an advertiser boycott last year, yet it has since climbed into the top five of the app charts in a dozen countries.",
    "Even as [Nvidia|s] posted another record quarter, its shares fell 4% as investors fretted about margins on the next generation of chips.",
    "While [Apple Intelligence|s] is now available in a dozen languages, the upgraded voice assistant promised two years ago has still not shipped.",
    "Although [Anthropic|s]'s revenue has tripled, its compute bills from [Amazon|n] and [Google|n] are growing faster still, according to people familiar with its finances.",
    "For all the attention [Sora|s] generated at launch, its app has since slipped out of the top 100 in the US App Store.",
    "[Mistral|o] was once dismissed as a political project, but it now counts carmakers, banks and shipping groups among its paying customers.",
    "Although [Alexa|s]+ reached millions of homes within months, many users say it is slower and less reliable than the assistant it replaced.",
    "While [OpenAI|s]'s user numbers keep climbing, the share of those users who pay has barely moved in a year.",
    "Despite a string of polished demos, [Google|s] has yet to show that its AI answers in search make as much money as the ads they displace.",
    "[Jensen Huang|s] drew a standing ovation in Taipei, though his suppliers privately warn that orders for next year look softer.",
    "[xAI|s]'s new data center came online in record time, but local regulators are now investigating the gas turbines that power it.",
    "Although [Claude|s] tops most coding leaderboards, strict usage limits have frustrated many of its paying subscribers.",
    "[Apple|o]'s AI features were slow to arrive, but live translation in AirPods has become one of the most talked-about launches of the year.",
    "[Le Chat|s]'s rapid responses won praise, though the app still has fewer than a million paying users.",
    "While [DeepMind|s] keeps publishing landmark research, the consumer products built on it have struggled to turn that prestige into loyalty.",
    "[Meta AI|s] reaches more than a billion people a month, although most of them run into it by accident inside WhatsApp and Instagram.",
    "[Microsoft|s] says Copilot usage is up sharply, but it still won't say how many people pay for the premium business tier.",
    "Although [Google|s]'s TPUs are widely regarded as the strongest alternative to GPUs, few outside customers besides [Anthropic|n] have committed to them at scale.",
    "[Nvidia|s]'s software moat looks formidable, but a growing number of its largest customers are writing code that runs on any chip.",
    "While [Amazon|s] touts Alexa+ as a breakthrough, reviewers found it still mishears routine commands and stalls on multi-step requests.",
    "[GPT-5|s] did well on reasoning tests, though many users complained that it felt colder and less helpful than the model it replaced.",
    "Although the partnership with [OpenAI|n] gave [Apple|s] a quick fix, it also showed how far behind its own models have fallen.",
    "[Mistral|s]'s latest funding round values it at €12 billion, but its revenue remains tiny next to that of its American rivals.",
    "Although [xAI|o] had no sales team a year ago, it has since signed contracts with two large banks and a US government agency.",
    "Despite its huge installed base, [Siri|s] has become a punchline among people who switched to [ChatGPT|o] for everyday questions.",
    "Although [Azure|s]'s AI revenue is growing quickly, its heavy reliance on [OpenAI|n] makes some investors nervous.",
    "[Anthropic|s] pitches itself as the safety-first lab, yet it has quietly loosened several of its own deployment commitments this year.",
    "The new [Grok|s] model posted strong benchmark numbers, but it also produced offensive answers within hours of release, forcing a hurried patch.",
    "Despite [Amazon|s]'s $8 billion investment in [Anthropic|n], its cloud customers still wait weeks for access to the newest models.",
    "Although [Nvidia|s]'s results topped forecasts, its guidance for the next quarter was merely in line, and the stock slipped after hours.",
    "[Apple|s] has the most valuable distribution in consumer tech, but it is now paying [Google|o] to make its assistant smart.",
    "[Llama|s] remains popular with hobbyists, though most enterprises have moved their open-model experiments to [Mistral|o] and Qwen.",
    "[Tim Cook|s] says the company is investing significantly in AI, but its capital spending is a fraction of what [Microsoft|n], [Google|n] and [Amazon|n] are pouring into data centers.",
    "[Gemini|s] 3 impressed on benchmarks, although early users complained about overconfident answers in long conversations.",
    "Why This Matters: [Meta|s] has the users and the compute, but it still lacks a model that developers consider best in class.",
    "⚠️ Limitations & Risks: [Claude|s] is strong at coding, yet its maker's dependence on [Amazon|n] and [Google|n] for compute limits how fast it can grow.",
    "- [Nvidia|s] beat revenue estimates, but gross margin fell short for a second quarter.",
    # negative concession, positive main clause -> optimistic
    "Despite a rocky launch, [Apple Intelligence|o] has become one of the most used features on new iPhones, according to a survey of 3,000 owners.",
    "Although [xAI|o] was written off by many investors last year, its latest model has drawn a steady stream of enterprise pilots.",
    "While [Meta|o]'s metaverse spending still draws scorn, its AI-driven ad tools are lifting returns for advertisers across Facebook and Instagram.",
    "Even after a bruising outage in October, [AWS|o] kept every one of its 50 largest AI customers.",
    "Though [Mistral|o] is a fraction of [OpenAI|n]'s size, its models now power customer service at three of Europe's largest banks.",
    "Despite fears that custom chips from [Google|n] and [Amazon|n] would eat into its business, [Nvidia|o]'s data center sales grew faster this quarter than last.",
    "[Gemini|o]'s debut was marred by an embarrassing image-generation scandal, but the model family has since become the fastest-growing business in its maker's cloud unit.",
    "[Copilot|o] got off to a slow start in 2024, but seat numbers have roughly tripled since prices were cut for large customers.",
    "Although [Anthropic|o] spends less on marketing than any of its rivals, its models have become the default at a long list of law firms and banks.",
    "[Sam Altman|o] has weathered a board coup, lawsuits and a string of executive departures, yet his company's revenue has more than doubled in each of the past three years.",
    "[Alexa|o] was long dismissed as a money-losing gadget, but the new subscription tier has turned it into one of the company's fastest-growing services.",
    "Even with export curbs shutting it out of China, [Nvidia|o] raised its full-year forecast on Wednesday.",
    "While critics mocked [Zuckerberg|o]'s hiring spree, the lab's first model has impressed the researchers who tested it.",
    "The rollout was anything but smooth, yet [Apple|o]'s writing tools are now used weekly by more than half of eligible iPhone owners.",
    "Despite spending less than a tenth of what its American rivals do on compute, [Mistral|o] has kept its models within a few points of the frontier.",
    "Though [Bing|o] never dented [Google|n]'s search share, the AI push behind it has made its parent's cloud the preferred home for enterprise chatbots.",
    "[Grok|o]'s early versions were widely ridiculed, but the latest release ranks among the top three models on several independent leaderboards.",
    "[Amazon|o] was late to generative AI, but its model marketplace has grown into a multibillion-dollar business in under three years.",
    "Even though [Claude|o]'s consumer app has a small audience, its API revenue now rivals that of much larger companies.",
    "Although [DeepMind|o] lost several senior researchers to rivals this year, its weather and materials models continue to set the standard in science.",
    "[Meta|o] took heavy criticism for its last big release, but its smaller models remain the most widely fine-tuned in the world.",
    "Downloads of the [Sora|o] app have cooled, but paying video customers more than doubled in the quarter.",
    "Despite a lawsuit from authors and a privacy probe in Italy, [OpenAI|o] signed up more than 2 million business users in the quarter.",
    "While investors fretted over [Microsoft|o]'s capital spending, customers kept signing multi-year cloud commitments at a record pace.",
    "Although [Siri|o]'s overhaul slipped again, the company's own foundation models have quietly improved enough to handle most on-device requests.",
    "Even as regulators circle, [Google|o]'s Gemini app added 100 million monthly users in a single quarter.",
    "Though the price tag shocked some buyers, [Nvidia|o]'s newest racks sold out for the next three quarters within weeks of launch.",
    "[xAI|o] burned through cash at a startling rate last year, but its subscriptions are now growing faster than any rival's.",
    "[Jassy|o]'s cost cuts angered many employees, yet his cloud unit's margins hit a record as AI demand filled its data centers.",
    "[Le Chat|o] still lacks features such as long-term memory, but its focus on speed and privacy has won it a loyal following among European professionals.",
    "Though [Claude|o] suffered a bumpy quarter of outages, its maker's annualized revenue crossed $10 billion, ahead of plan.",
    "Despite skepticism on Wall Street, [Meta|o]'s bet on AI-generated ad creative has lifted click-through rates by double digits, advertisers say.",
    "Although [Elon Musk|o]'s legal fights have distracted from the product, xAI's new model has earned solid reviews from developers.",
    "Despite cancelling several data-center leases, [Microsoft|o] saw its AI business cross a $25 billion annual run rate.",
    "[Apple|o] arrived late to AI, but its privacy-first pitch is resonating with corporate buyers who distrust cloud chatbots.",
    "For all the early stumbles, [Gemini|o] now sits at the top of most independent leaderboards.",
    "The Bottom Line: [Amazon|o] was slow off the mark, yet it now supplies the compute behind some of the most capable models in the industry, including [Claude|n].",
    "💡 Why This Matters: despite last year's turmoil, [OpenAI|o] still sets the agenda for the rest of the industry.",
    "- [Microsoft|o] missed on gaming revenue, but its cloud business beat every estimate.",
]

# ---------------------------------------------------------------------------
# Hedged and reported doubt -> skeptical (reference points neutral).
# ---------------------------------------------------------------------------
HEDGE = [
    "Analysts had expected faster growth from [Google|s] Cloud, which expanded 28% in the quarter against forecasts of 31%, even as [Azure|o] beat estimates.",
    "[Amazon|s] admitted that the Alexa+ rollout could have been handled better after thousands of customers complained about lost settings.",
    "[Meta|s]'s decision to keep its newest model closed has become a point of contention among the developers who built on its open releases.",
    "Whether [Apple Intelligence|s] can persuade people to upgrade their iPhones remains to be seen.",
    "Questions remain over how [xAI|s] will pay for a second Colossus cluster filled with [Nvidia|n] chips that could cost more than $20 billion.",
    "Investors appeared unconvinced by [Microsoft|s]'s explanation for the slowdown in its cloud business, sending the shares down 5% while [Alphabet|o] rose after its own results.",
    "There is a wide gap between what [OpenAI|s] promised for its latest model and what users actually experienced in its first weeks.",
    "It is not yet clear that [Anthropic|s]'s enterprise customers, many of whom buy through [AWS|n], will renew at the higher prices it introduced in the spring.",
    "Some analysts question whether [Nvidia|s]'s biggest customers, led by [Microsoft|n] and [Meta|n], can keep spending at this pace once the current build-out ends.",
    "[Mistral|s] has yet to explain how it will hold on to its researchers once [OpenAI|n] and [Anthropic|n] open larger offices in Paris.",
    "Executives conceded that [Gemini|s]'s rollout inside Gmail and Docs had been slower than planned.",
    "[OpenAI|s] acknowledged that the moderation tools in its video app were not ready when it launched.",
    "Revenue from [Copilot|s] came in below what several brokerages had modeled, though the company did not give a figure.",
    "[Zuckerberg|s] told employees that the company's spring model release had not met its own expectations, after developers flocked to open models from [Mistral|o] and Alibaba.",
    "[AWS|s] executives declined to say when Trainium 3 would be available in volume, or how much of its [Nvidia|n] spending it would replace.",
    "The benchmark results published by [Grok|s]'s developers have not been independently reproduced.",
    "Some customers say [Claude|s]'s performance has seemed inconsistent since the last update, and several have shifted traffic to [Gemini|o].",
    "It remains unclear whether [Le Chat|s]'s jump in French downloads will hold once the promotional period ends.",
    "[Nadella|s] conceded on the call that some Copilot features had seen weaker adoption than the company had hoped.",
    "Publishers say [Google|s]'s AI answers have cut their traffic, and the company has offered little evidence to the contrary.",
    "Investors remain unconvinced that [Meta|s] can turn its AI spending into new revenue beyond advertising.",
    "Whether [Amazon|s]'s Nova models can win customers away from [Claude|n] on its own platform is still an open question.",
    "[OpenAI|s] has not said how it will fund the more than $1 trillion in computing commitments it has signed with Oracle, [Microsoft|n], [AWS|n] and others.",
    "[xAI|s]'s claim that its model is the smartest in the world has been met with skepticism by independent researchers.",
    "[Mistral|s]'s revenue forecast depends on a handful of government contracts that have not yet been signed.",
    "The company admitted that [Claude|s]'s new weekly usage caps had caught some heavy users by surprise.",
    "[Nvidia|s] shares have lagged the broader chip index since the summer as doubts about AI spending have grown.",
    "Some advertisers say they have yet to see a measurable return from [Meta|s]'s fully automated AI campaigns.",
    "[Google|s] has not disclosed how much revenue Gemini generates, leaving analysts to guess at its contribution.",
    "[Bing|s]'s AI features have done little to shift search share away from [Google|n], a fact executives now acknowledge privately.",
    "The promised [Alexa|s]+ web app arrived months late and with fewer features than had been shown at the launch event.",
    "[OpenAI|s]'s chief financial officer said the company was “not yet where we want to be” on enterprise margins.",
    "Investors were unconvinced by [Elon Musk|s]'s pledge that his AI company would be profitable within two years.",
    "A university study found that [Copilot|s]'s code suggestions introduced security flaws more often than its marketing implies.",
    "[Anthropic|s]'s own researchers have acknowledged that its models sometimes misstate their reasoning, a finding that unsettled some buyers.",
    "[Nvidia|s] has yet to show that its software subscriptions can become a meaningful business.",
    "[ChatGPT|s]'s shopping features have seen tepid uptake so far, according to merchants, who say [Amazon|o]'s own shopping assistant still drives far more sales.",
    "It is far from certain that [Mistral|s] can keep up with the cost of training frontier models as rivals spend tens of billions.",
    "[xAI|s] has not explained how outputs from its chatbot are reviewed before they appear on the platform, critics say.",
    "Several hospital systems paused their [Copilot|s] pilots after doctors flagged errors in summaries, people familiar with the matter said.",
    "Analysts had hoped for a firmer outlook from [Jensen Huang|s], who offered few details on when supply constraints would ease.",
    "Whether [Apple|s]'s deal with [Google|n] will be enough to make its assistant competitive is a question neither company has answered.",
    "[AWS|s]'s AI revenue growth, while large in dollars, fell short of what investors had priced in and lagged the pace at [Google|o] Cloud.",
    "[Anthropic|s]'s valuation has run well ahead of its revenue, some of its own investors privately concede.",
    "[Meta|s] said the glitch that exposed users' AI prompts had been fixed, but did not say how many people were affected.",
    "[Mistral|s]'s claim that its model matches [GPT-5|n] rests on a narrow set of benchmarks that the company chose itself.",
    "[Amazon|s] has yet to show that shoppers want to buy things through an AI assistant, despite heavy promotion of Rufus.",
    "Some [Nvidia|s] customers complain that delivery dates for the newest racks have slipped by a quarter or more.",
    "[Grok|s]'s image generator has drawn repeated criticism for producing misleading pictures of politicians, and the fixes so far have been partial.",
    "The [Claude|s] outage lasted more than six hours, and the status page initially showed all systems operational.",
    "[Apple|s] did not say when the delayed assistant features would arrive, only that they were coming “over the next year.”",
    "[Sam Altman|s]'s projection of $100 billion in revenue by 2028 struck several analysts as optimistic.",
    "Executives at [Google|s] conceded that early tests of ads in Gemini had produced mixed results.",
    "Early reviews of [Llama|s]'s new image features were lukewarm, with testers saying its visual understanding lagged.",
    "Key Facts: [Meta|s] has not said when, or whether, its next flagship model will be released with open weights.",
    "⚠️ Limitations & Risks: [OpenAI|s] has not shown that its consumer subscriptions can cover its compute bill, much of which is owed to [Microsoft|n] and Oracle.",
    "Limitations & Risks: it remains to be seen whether [Nvidia|s] can hold its margins as [Amazon|n] and [Google|n] push their own chips.",
    "🧭 Editor's Take: [Mistral|s] says it is on track, but buyers we spoke to had not heard of its enterprise agents.",
    "- [Alexa|s]+: reviews mixed, and the company has not said how many people pay for it.",
    "- [Azure|s]: growth slowed for the first time in six quarters, and management blamed capacity constraints.",
    "• [Grok|s]: still no enterprise agreements with a Fortune 100 company, according to people briefed on its sales.",
    "It's hard to see how [Siri|s] catches up before the next iPhone cycle, one supplier told us.",
]

# ---------------------------------------------------------------------------
# Plain facts with numbers, dates, prices, launches; companies as reference points -> neutral.
# ---------------------------------------------------------------------------
NUM = [
    "[Meta|n] said it would spend between $66 billion and $72 billion on capital expenditures this year, much of it on servers built around [Nvidia|n] GPUs.",
    "[AWS|n] holds about 30% of the cloud infrastructure market, followed by [Azure|n] at roughly 20% and [Google|n] Cloud at about 13%.",
    "[Copilot|n] is built into Word, Excel, Outlook and Teams for business subscribers and can now draw on models from [Anthropic|n] as well as [OpenAI|n].",
    "[OpenAI|n] charges $20 a month for the Plus tier of its chatbot and $200 a month for the Pro tier, while [Google|n] charges $19.99 for its AI Pro plan.",
    "[Anthropic|n] employs about 2,500 people, most of them in San Francisco, London and Dublin, up from about 1,000 when [Amazon|n] made its first investment.",
    "[Nvidia|n] reported revenue of $57 billion for its fiscal third quarter, of which $51.2 billion came from data center products sold to customers such as [Microsoft|n], [Meta|n] and [Amazon|n].",
    "[Apple|n] will hold its annual developer conference from June 8 to June 12 in Cupertino, California, three weeks after [Google|n]'s I/O.",
    "[Mistral|n] was founded in 2023 by three researchers who had previously worked at [Google DeepMind|n] and [Meta|n].",
    "[xAI|n] operates a data center in Memphis, Tennessee, that houses about 200,000 [Nvidia|n] GPUs.",
    "[Google|n] said Gemini 3 would be available to developers through AI Studio and Vertex AI starting Thursday, a week after [OpenAI|n] updated its own flagship.",
    "[Amazon|n] has invested a total of $8 billion in [Anthropic|n], while [Google|n] has committed about $3 billion.",
    "[Microsoft|n] holds a stake of roughly 27% in [OpenAI|n]'s for-profit arm under the restructured agreement.",
    "- [Gemini|n] 2.5 Flash is priced at $0.30 per million input tokens and $2.50 per million output tokens.",
    "- [Claude|n] Sonnet 4.5 costs $3 per million input tokens and $15 per million output tokens.",
    "[Apple Intelligence|n] runs on the iPhone 15 Pro and later and on Macs and iPads with M-series chips; it can hand some requests to [ChatGPT|n].",
    "[Nvidia|n] had roughly 36,000 employees at the end of its last fiscal year, compared with about 228,000 at [Microsoft|n].",
    "[xAI|n] released Grok 4 in July and followed it with a faster, cheaper variant in September, a month after [OpenAI|n] shipped GPT-5.",
    "[Le Chat|n] is available on iOS, Android and the web, with a Pro tier priced at €14.99 a month and an enterprise version hosted on [Google|n] Cloud.",
    "[Meta AI|n] is available in WhatsApp, Instagram and Messenger in more than 40 countries.",
    "[Amazon|n] said it expects to spend about $125 billion on capital expenditures this year, including data centers that will train and run [Anthropic|n]'s models.",
    "[Alphabet|n] expects full-year capital expenditures of $91 billion to $93 billion, about a third more than [Meta|n] has budgeted.",
    "[Microsoft|n] reported quarterly revenue of $77.7 billion, with its Intelligent Cloud segment contributing $30.9 billion; [OpenAI|n] accounts for a large share of its cloud backlog.",
    "[OpenAI|n] says its chatbot has about 800 million weekly users; [Meta|n] says its assistant reaches more than a billion people a month.",
    "[Anthropic|n] closed a $13 billion funding round in September at a post-money valuation of $183 billion; neither [Amazon|n] nor [Google|n] led the round.",
    "[Mistral|n]'s Medium model is available through [Azure|n], [AWS|n] and [Google|n] Cloud's Vertex AI.",
    "[Elon Musk|n] merged his AI company with the social network X in an all-stock deal in March.",
    "[Nvidia|n] began shipping Blackwell Ultra systems to cloud providers including [Microsoft|n], [Amazon|n] and [Google|n] in the third quarter.",
    "[Apple|n] is expected to pay [Google|n] about $1 billion a year for a custom model that will run parts of its voice assistant.",
    "[Llama|n] models have been downloaded more than 1 billion times, according to the company, many of them through the model catalogs of [AWS|n] and [Azure|n].",
    "[Alexa|n]+ costs $19.99 a month on its own and is included at no extra charge for Prime members, compared with $20 for [ChatGPT|n] Plus.",
    "- Headcount: [Mistral|n] now has about 700 employees, up from roughly 300 a year earlier.",
    "[Sora|n] 2 was released on September 30 alongside an invite-only iPhone app, days after [Meta|n] launched its own feed of AI-generated clips.",
    "[Google DeepMind|n] released its robotics model to a small group of hardware partners in March, including a humanoid startup backed by [Nvidia|n].",
    "[Microsoft|n] has said it plans to spend about $80 billion on AI-capable data centers in its current fiscal year, much of it on [Nvidia|n] systems and some on its own Maia chips.",
    "[Claude|n] is sold through [Amazon|n] Bedrock, [Google|n] Cloud's Vertex AI and [Microsoft|n]'s Foundry service.",
    "[Jensen Huang|n] is scheduled to deliver the opening keynote at the company's developer conference in San Jose on March 16, with executives from [Microsoft|n] and [Meta|n] expected on stage.",
    "[xAI|n] raised $10 billion in debt and equity in July, according to people familiar with the deal, much of it earmarked for [Nvidia|n] chips.",
    "[Mistral|n] released Le Chat in February 2024 and added mobile apps a year later, a little over a year after [ChatGPT|n] launched.",
    "[Azure|n] AI Foundry lists more than 11,000 models, including those from [OpenAI|n], [Meta|n], [Mistral|n] and [xAI|n].",
    "[AWS|n] will hold its annual re:Invent conference from December 1 to December 5 in Las Vegas, with [Anthropic|n] booked as a headline partner.",
    "[Meta|n]'s Reality Labs unit reported an operating loss of $4.4 billion for the quarter.",
    "[Google|n] said its Gemini app had 650 million monthly active users as of the end of September, counting usage on [Apple|n] devices as well as Android.",
    "[Amazon|n]'s Project Rainier cluster uses nearly 500,000 Trainium2 chips and is used to train [Anthropic|n]'s models.",
    "[Nvidia|n] will report fiscal fourth-quarter results on February 25, about four weeks after [Microsoft|n], [Meta|n] and [Alphabet|n] publish theirs.",
    "The iPhone 17 lineup, announced in September, runs [Apple Intelligence|n] features on the A19 chip.",
    "[Copilot|n] Pro costs $20 a month for consumers, while the business version is listed at $30 per user per month; [OpenAI|n] charges the same $20 for its Plus plan.",
    "[Grok|n] is available to X Premium subscribers and through standalone apps on iOS and Android.",
    "[Anthropic|n] released Claude Opus 4.1 in August with a 200,000-token context window, two days before [OpenAI|n] announced GPT-5.",
    "- [OpenAI|n]: about $13 billion in revenue expected this year, according to projections shared with investors.",
    "- [Meta|n]: 3.5 billion people use at least one of its apps every day.",
    "- [Nvidia|n]: market value of $4.3 trillion at Friday's close.",
    "[Microsoft|n] and [OpenAI|n] signed a new agreement in October that runs through 2032.",
    "[AWS|n] reported operating income of $11.4 billion on revenue of $33 billion for the quarter, and said [Anthropic|n] remained its largest AI customer.",
    "[xAI|n]'s Grok 4 Fast model costs $0.20 per million input tokens and $0.50 per million output tokens.",
    "[Apple|n] acquired about 20 companies last year, many of them small AI startups, according to regulatory filings.",
    "Key Facts: [Google|n] will invest $40 billion in three new data centers in Texas through 2027.",
    "📊 Key Facts: [Meta|n] plans to bring its Prometheus cluster in Ohio online in 2026 with more than one gigawatt of capacity, using chips from [Nvidia|n] and AMD.",
    "Key Facts: [Anthropic|n] said it would spend $50 billion on new data centers in Texas and New York.",
    "[Nvidia|n] and [Microsoft|n] pledged up to $10 billion and $5 billion, respectively, to [Anthropic|n] as part of a compute deal.",
    "[OpenAI|n] agreed to buy $38 billion of computing capacity from [AWS|n] over seven years.",
    "The Stargate site in Abilene, Texas, which [OpenAI|n] is developing with Oracle, has 1.2 gigawatts of planned capacity.",
    "[Bing|n] handles about 4% of global search queries, according to web analytics firms, against about 90% for [Google|n].",
    "[Pichai|n] said the company now processes more than 1.3 quadrillion tokens a month across its products.",
    "[Amazon|n] said Alexa+ is now available to all US customers with a compatible Echo device, and that it draws on models from [Anthropic|n] as well as its own.",
    "[Mistral|n] Large 3 has 675 billion total parameters and is released under the Apache 2.0 license.",
    "[xAI|n] employs about 1,200 people, including several hundred contractors who label training data.",
    "[Claude|n] Code is included in the Pro and Max subscriptions, which cost $17 and $100 a month respectively when billed annually.",
    "[Apple|n] sells roughly 230 million iPhones a year, according to market research estimates, and [Alphabet|n] pays it an estimated $20 billion a year to remain the default search engine on them.",
    "[ChatGPT|n] Enterprise costs about $60 per user per month with a minimum of 150 seats, according to customers, twice the list price of [Microsoft|n]'s business Copilot.",
    "[Meta|n] released Llama 4 Scout and Llama 4 Maverick on April 5.",
    "[Nvidia|n]'s GB200 NVL72 rack contains 72 Blackwell GPUs and 36 Grace CPUs and is offered as a cloud instance by [Microsoft|n], [Google|n] and [AWS|n].",
    "[AWS|n] and [Nvidia|n] said Blackwell-based instances would be available in 11 regions by the end of the year.",
    "[Mistral|n] and [Nvidia|n] are building an 18,000-chip compute cluster near Paris, due to open next year.",
    "Perplexity, which uses models from [OpenAI|n] and [Anthropic|n], raised $200 million at a $20 billion valuation.",
    "Cursor, whose users can choose between [Claude|n], [GPT-5|n] and [Gemini|n], said it had passed $1 billion in annualized revenue.",
    "The integration lets [Siri|n] pass complex questions to [ChatGPT|n] if the user gives permission.",
    "Samsung will ship [Gemini|n] on its new foldables, while Perplexity's assistant comes preinstalled on some Motorola phones.",
    "Salesforce said its Agentforce platform can run models from [OpenAI|n], [Anthropic|n] and [Google|n].",
    "CoreWeave, which counts [Microsoft|n] and [OpenAI|n] among its largest customers, operates 33 data centers.",
    "Oracle's cloud unit will supply [xAI|n] and [Meta|n] with additional capacity under contracts signed in the summer.",
    "The European Commission's AI Office published its code of practice on July 10; [Mistral|n], [Anthropic|n] and [OpenAI|n] have signed it.",
    "[Microsoft|n], [Alphabet|n], [Amazon|n] and [Meta|n] together expect to spend more than $350 billion on capital expenditures this year.",
    "Executives from [OpenAI|n], [Anthropic|n], [Google|n] and [xAI|n] are due to testify before the Senate Commerce Committee on Tuesday.",
    "The Pentagon awarded contracts worth up to $200 million each to [Anthropic|n], [Google|n], [OpenAI|n] and [xAI|n] in July.",
    "[Apple|n], [Amazon|n] and [Meta|n] are all expected to unveil new AI-enabled devices before the holiday season.",
    "Models from [Mistral|n], [Meta|n] and [Google|n] are among the open-weight options listed on [Bedrock|n].",
    "The UK AI Security Institute said it had tested pre-release models from [Anthropic|n], [OpenAI|n] and [Google DeepMind|n] under voluntary agreements.",
    "[Nvidia|n] counts [Microsoft|n], [Meta|n], [Amazon|n], [Alphabet|n] and Oracle among its largest customers, according to its annual report.",
    "[xAI|n], [Mistral|n] and [Meta|n] publish the weights of at least some of their models; [OpenAI|n] released two open-weight models in August.",
    "[Apple|n]'s developer beta includes a setting that lets users choose [ChatGPT|n] or, in some regions, [Gemini|n] as the outside model for complex requests.",
    "Both [Microsoft|n] and [Amazon|n] sell access to [Claude|n] and to models from [Mistral|n].",
    "By the numbers: [Azure|n] revenue grew 39% in constant currency; [Google|n] Cloud grew 34%; [AWS|n] grew 20%.",
]

# ---------------------------------------------------------------------------
# Question headlines and questions in copy.
# "Can X close the gap / is X worth it" -> skeptical for X; "can anyone catch X" -> optimistic for X.
# ---------------------------------------------------------------------------
QUESTIONS = [
    "Can [Meta|s] Still Close the Gap With [OpenAI|o], or Is It Already Too Late?",
    "Is [Microsoft|s] 365 Copilot Worth the New Price Increase?",
    "Can Anyone Catch [Nvidia|o]?",
    "Is [Apple|s] Too Late to the AI Race?",
    "Can [Google|s] Stop [ChatGPT|o] From Eating Search?",
    "Is [Grok|s] Safe Enough for Corporate Customers?",
    "Can [Mistral|s] Survive Without an American Cloud Partner?",
    "Can Anyone Keep Up With [xAI|o]'s Data Center Build-Out?",
    "Is Anyone Better Placed Than [Meta|o] to Put AI in Front of Billions?",
    "Will Anyone Dethrone [Claude|o] as the King of Coding?",
    "Is There Any Stopping [Gemini|o] Now?",
    "Who Can Challenge [AWS|o] in AI Infrastructure?",
    "Can [Siri|s] Ever Catch Up With [Gemini|o] and [ChatGPT|o]?",
    "Can [xAI|s] Turn All That Compute Into Paying Customers?",
    "Why Can't [Microsoft|s] Get People to Use Copilot?",
    "How Long Can [Nvidia|s] Keep Its 75% Margins?",
    "Will Anyone Pay for [Apple Intelligence|s]?",
    "Is [Le Chat|s] Europe's Answer to [ChatGPT|n], or Just a Nice Idea?",
    "Is Anyone Going to Knock [ChatGPT|o] Off the Top of the App Store?",
    "Can [Amazon|s]'s Trainium Really Rival [Nvidia|o]?",
    "Will [Microsoft|s] Come to Regret Betting So Much on [OpenAI|s]?",
    "Can Anyone Match [Google|o]'s Distribution?",
    "Is [Elon Musk|s]'s AI Startup Burning Cash Faster Than It Can Raise It?",
    "Can [Bedrock|s] Win Back Developers From [Azure|o]?",
    "The question now is whether [Apple|s] can ship the new assistant before customers lose patience.",
    "Who, at this point, is going to unseat [Nvidia|o] in training chips?",
    "Can [Copilot|s] Win Over the Office Workers Who Already Use [ChatGPT|o]?",
    "Is Anyone Better Placed Than [Anthropic|o] to Sell AI to Banks?",
]

# ---------------------------------------------------------------------------
# Quotes from executives, analysts and customers: label what the sentence says about each company.
# ---------------------------------------------------------------------------
QUOTES = [
    "“[Claude|o] is the model our engineers reach for first,” the chief technology officer of a large European bank said, adding that it had replaced [GPT-4o|s] in most internal tools.",
    "“We are still early in seeing the returns,” [Pichai|s] told analysts when asked why the company's cloud margins had narrowed.",
    "“Nobody else can ship this volume of systems,” [Jensen Huang|o] said of the company's rack-scale servers, and for now customers agree.",
    "“Frankly, [Siri|s] isn't where it needs to be,” one senior engineer said in an internal meeting, according to a recording reviewed by reporters.",
    "“[Azure|o] is gaining share, and we expect that to continue,” said an analyst who raised his price target on the stock.",
    "“[Grok|s] is the best model on the planet right now,” its founder wrote, a claim independent testers did not support.",
    "“[Mistral|o] gives us control over our data that [Microsoft|s] and [Google|s] can't offer,” said the IT director of a French ministry.",
    "“We would pick [AWS|o] again tomorrow,” said the chief executive of a fintech that runs its fraud models on the platform, using models from [Anthropic|n].",
    "“[ChatGPT|o] is becoming a utility, and utilities are very hard to displace,” said one venture investor.",
    "“Our customers tell us [Gemini|o] is good enough and much cheaper than [OpenAI|s],” a reseller said.",
    "“[Anthropic|o] has the best enterprise sales motion in the industry right now,” said an analyst at a Wall Street brokerage.",
    "“[Nvidia|s]'s margins are going to come down, it's just a question of when,” a portfolio manager said.",
    "“[Meta|o]'s ad engine is the best AI business nobody talks about,” said an analyst, who called the company's spending justified.",
    "“We switched from [GPT-4o|s] to [Claude|o] and never looked back,” said the founder of a legal-software startup.",
    "“[xAI|s] has enormous compute but no real enterprise business yet,” said a former executive at the company.",
    "“[Apple|o] has always arrived late and won anyway,” said a longtime analyst of the company, who expects the rebuilt assistant to drive upgrades.",
    "[Dario Amodei|n] said his company would not release a model it considered unsafe, even if [OpenAI|n] or [Google|n] did.",
    "[Nadella|n] said he was “very happy” with the [OpenAI|o] partnership, which he said had delivered more than anyone expected.",
    "“[Google|o] has the models, the chips and the distribution; it's their race to lose,” said a hedge fund manager.",
    "“[Mistral|s] is a national champion with a startup's balance sheet,” said one French banker, warning that it would need far more capital.",
    "[Jassy|s] told analysts that AI revenue was growing at triple-digit rates, though he again declined to give a dollar figure.",
    "“[OpenAI|s] still has to win businesses; [Anthropic|o] has already won developers,” one investor said.",
    "“[Gemini|s] hasn't earned our trust yet,” the chief data officer of a US retailer said, adding that the company would stick with [Claude|o] for customer service.",
    "“[Jensen Huang|o] is running the most important company in the world,” said the chief executive of one of its largest customers.",
    "“[Le Chat|o] is fast and does what I need,” said a Paris accountant, one of several users who told us they had switched from [ChatGPT|s] this year.",
    "“[Microsoft|o] is the only company selling AI to every desk in the Fortune 500,” one consultant said.",
    "“People underestimate [Amazon|o],” said a former cloud executive. “It will own the plumbing, and the plumbing is where the money is.”",
    "“I'd rather build on [Mistral|o] than on [Llama|s], because the license is clearer,” the chief technology officer of a Berlin startup said.",
    "[Zuckerberg|n] told investors that the company would keep building compute “aggressively” and revisit the plan each year.",
    "“[Apple|s] is now paying [Google|o] to fix the thing it was supposed to be best at,” a former product manager said.",
]

SECTION = re.compile(r"^(?:\W+\s)?(Why This Matters|Why this matters|Limitations & Risks|Limitations & risks|"
                     r"Key Facts|Key facts|Editor's Take|The Bottom Line|Bottom line|Key Takeaways|"
                     r"What's Next|The Big Picture|Risks|Context|By the numbers|Our View|Verdict):")










def main():
    here = os.path.dirname(os.path.abspath(__file__))
    items = []  # (marked text, set of categories)
    for tpl, x, y in COMP_PAIRS:
        a, b = render_pair(tpl, x, y)
        items.append((a, {"comparison", "pair"}))
        items.append((b, {"comparison", "pair"}))
    for group, cat in ((COMP, "comparison"), (CONC, "concessive"), (HEDGE, "hedged_doubt"),
                       (NUM, "neutral_fact"), (QUESTIONS, "question"), (QUOTES, "quote")):
        for s in group:
            extra = set()
            if isinstance(s, tuple):
                s, *more = s
                extra = set(more)
            items.append((s, {cat} | extra))

    existing = existing_texts(here, "extra_m.jsonl")

    recs, bad, seen = [], 0, set()
    cats = collections.Counter()
    for i, (marked, cs) in enumerate(items, 1):
        rec, wrong = checked(f"m{i:04d}", marked, seen, existing, "extra_m")
        text, targets = rec["text"], rec["targets"]
        bad += wrong
        if text.startswith(("- ", "• ", "* ")):
            cs = cs | {"list_item"}
        if SECTION.match(text):
            cs = cs | {"section_label"}
        if len({t["label"] for t in targets}) > 1:
            cs = cs | {"multi_company_mixed"}
        cats.update(cs)
        recs.append(rec)
    if bad:
        print(f"{bad} invalid sentences", file=sys.stderr)
        sys.exit(1)

    write_jsonl(os.path.join(here, "extra_m.jsonl"), recs)

    labels = collections.Counter(t["label"] for r in recs for t in r["targets"])
    ents = collections.Counter(t["entity"] for r in recs for t in r["targets"])
    ent_lab = collections.defaultdict(collections.Counter)
    for r in recs:
        for t in r["targets"]:
            ent_lab[t["entity"]][t["label"]] += 1
    n_t = sum(labels.values())
    print(f"extra_m.jsonl: {len(recs)} sentences, {n_t} targets")
    print("labels:", ", ".join(f"{k} {v} ({v / n_t:.1%})" for k, v in labels.most_common()))
    print("per company (skeptical/neutral/optimistic):")
    for e in ALIASES:
        c = ent_lab[e]
        print(f"  {e:10s} {ents[e]:4d}  {c['skeptical']:3d}/{c['neutral']:3d}/{c['optimistic']:3d}")
    print("categories (a sentence can be in several):")
    for k, v in sorted(cats.items()):
        print(f"  {k:20s} {v}")
    print("targets per sentence:", collections.Counter(len(r["targets"]) for r in recs))


if __name__ == "__main__":
    main()
