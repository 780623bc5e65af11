"""Build extra_t.jsonl: original AI-industry sentences aimed at three error classes the 6-layer stance model still
shows on text written like published coverage: quoted third-party judgements read as neutral or skeptical,
executives' own voice (praise, admission, plain plans) not told apart, and concessives whose praise sits in the
main clause.

Same approach as build_extra_s.py. Sentences are written with inline markup: [mention|o] optimistic,
[mention|s] skeptical, [mention|n] neutral. The entity is looked up from the mention. Executive triplets hold the
same speaker and much the same vocabulary three times, so that only the judgement differs; concessive pairs hold
the same facts with the clauses swapped, so the label follows the main clause.

Focus:
  1. QUOTED third-party judgements: analysts, fund managers, investors, customers, reviewers and developers
     (invented people with job titles, unnamed "one fund manager", invented firms). Praise inside quotation marks
     is optimistic, criticism skeptical, quotes that only state facts neutral. Attribution varied: said, told,
     wrote, according to, called it "...", a note to clients; before, after and in the middle of the quote.
     Some sentences name a second company as winner, loser or plain reference point.
  2. EXECUTIVES' OWN VOICE, in triplets of the same speaker and vocabulary: praising their own product or results
     (optimistic), admitting a failure ("that is on us", "we were too slow") (skeptical), stating plans, dates,
     prices or policies flatly (neutral); plus a few question headlines about what an executive said.
  3. CONCESSIVES with praise in the main clause ("While X's first release disappointed, the follow-up has won
     back developers") next to the same facts in the opposite order (doubt in the main clause); a group in which
     the company is named only in the conceded clause and the main clause judges it through "its", "the company"
     or a product name; a group in which two companies sit in the two clauses with different labels.
About a fifth of the sentences are laid out as extraction stores article parts: list items, section labels (with
and without an emoji) and question headlines. Every sentence is one sentence for the project's splitter.
All people, firms, events and figures are invented; no sentence is copied from published coverage.

Run:  cd datasets/ainews && python3 build_extra_t.py   (writes extra_t.jsonl,
validates offsets, entities and first mentions, and prints a summary)
"""
import os
import re

from markup import (
    collect,
    existing_texts,
    finish,
)

OUT = "extra_t.jsonl"

# ---------------------------------------------------------------------------
# Class 1. Quoted third-party judgements.
# ---------------------------------------------------------------------------
# Praise from analysts, investors, customers, reviewers and developers -> optimistic.
QUOTE_PRAISE = [
    "“[Nvidia|o] has rarely looked stronger than it does this quarter,” Priya Raman, a semiconductor analyst at Halvorsen Securities, said after the call.",
    "“Every CIO I speak to is moving budget toward [Anthropic|o], not away from it,” said Tomasz Wierzbicki, a software analyst at Northgate Capital.",
    "[Microsoft|o] is “executing on AI better than any company of its size”, Dana Okafor of Brightwater Research wrote in a note to clients on Thursday.",
    "According to Marcus Lindqvist, who runs the technology fund at Kestrel Partners, [Google|o] has “quietly built the lowest cost base in the industry”.",
    "One fund manager called [Meta|o]'s advertising engine “the best-funded AI lab in the world that happens to sell ads”.",
    "“Honestly, it just works,” said the founder of a three-person start-up in Lyon who moved her product onto [Mistral|o]'s new model in January.",
    "“The new [Llama|o] is the first open model I would put in front of paying customers without a fallback,” wrote Jun Park, who runs a small inference company in Seoul.",
    "“We have halved the time our analysts spend on first drafts,” Ruth Abernathy, chief information officer at Tidewater Bank, said of the bank's [Copilot|o] rollout.",
    "“This,” one reviewer wrote after a week with the rebuilt [Siri|o], “is the assistant we were promised a decade ago.”",
    "“Nobody else can deliver custom silicon at that volume,” a supply-chain analyst said of [AWS|o]'s Trainium line.",
    "“[Grok|o] 5 surprised me, because it solved problems the others would not even attempt,” said Arjun Mehta, a machine-learning engineer at a Bangalore payments company.",
    "A note from Orrin Securities to clients described [Apple|o]'s on-device models as “a moat the rest of the industry has badly underestimated”.",
    "“[ChatGPT|o] is the best consumer product of the decade, and the revenue is only starting to show it,” said a partner at a venture firm that holds OpenAI shares.",
    "“The enterprise pipeline is the strongest I have seen at a software business in twenty years,” Olivia Marsh of Pembury Capital said of [Amazon|o]'s agent unit.",
    "- Halvorsen's Priya Raman called the quarter “a clean beat on every line that matters” and raised her price target on [Nvidia|o] to $260.",
    "“[xAI|o] moves faster than any lab I have covered,” said Felix Brandt, an analyst at Coldstream Advisors, after the company brought its second Memphis site online.",
    "Developers on the forum were unusually warm, with one calling [Claude|o] Sonnet 5 “finally a model that follows instructions the first time”.",
    "“I would buy [Alphabet|o] before any other megacap right now,” a portfolio manager at a Boston mutual fund told clients, citing the cloud backlog.",
    "“[Amazon|o]'s service agent closed 40% of our support tickets in its first month without a human touching them,” said the head of customer service at Quillon Retail.",
    "“The [Gemini|o] integration is the reason we renewed,” said Beatrice Moreau, digital director at a Paris publishing group, adding that usage had tripled since spring.",
    "In a note titled “Still the one to own”, analysts at Arden & Finch argued that [Microsoft|o]'s AI revenue had far more room to run than the market assumed.",
    "“They have earned the premium,” Rafael Ortiz of Coldstream Advisors said of [Nvidia|o] shares, which trade at 38 times next year's earnings.",
    "“[Mistral|o] has gone from a science project to the default choice for European governments in eighteen months,” said Samir Haddad, a partner at Lanterne Partners in Paris.",
    "“Say what you like about the metaverse years, [Zuckerberg|o] has built the open-model franchise everyone else now copies,” one longtime Meta investor said.",
    "“We tested six assistants, and [Le Chat|o] was the only one our lawyers signed off on,” said the chief digital officer of a Belgian insurer.",
    "“The speed is unreal,” wrote Emeka Nwosu, a developer in Lagos, after moving his chatbot to [Grok|o]'s new mini model.",
    "🔥 Why This Matters: Fund managers surveyed by Tessellate Research picked [Nvidia|o] as the AI stock they would hold for ten years, one of them calling it “the toll road everyone has to drive on”.",
    "“I have not seen an installed base adopt a feature this fast,” said Kenji Watanabe, who covers [Apple|o] for Orrin Securities, of the new photo tools.",
    "Key Facts: A customer survey by Pembury Capital found [Azure|o] to be “the clear favourite among banks”, with 61% naming it their preferred AI cloud.",
    "“[Sora|o] 3 is the first video model our studio would use for a finished shot,” said the head of post-production at a London effects house.",
    "“Credit where it's due: [Meta|o] shipped a better model than anyone expected,” Mei-Ling Zhou of Northgate Capital told clients on a call.",
    "Why This Matters: Pembury's Olivia Marsh called [AWS|o]'s AI business “the cleanest growth story in large-cap tech” in a note on Monday.",
    "“If you are building agents, you are building on [Claude|o],” said Theo Vance, a developer-tools investor, summing up the mood at the San Francisco meetup.",
    "The reviews have been glowing, with one tech site calling [Gemini|o] Live “the best voice assistant on any phone, full stop”.",
    "“[Jensen Huang|o]'s company is the only one in this cycle that has over-delivered every single quarter,” said Nadia Petrova, who manages a semiconductor fund in Zurich.",
    "“The cloud backlog tells you demand is still accelerating,” one buy-side analyst said of [Google|o], adding that the unit was “nowhere near its peak”.",
    "“It's the first time I've let an AI agent touch production code,” a senior engineer at Halyard Freight said of [Claude|o] Code.",
    "“Open weights, a sane licence and real performance: [Mistral|o] finally has all three,” wrote one developer in a widely shared post.",
    "“They went from laughing stock to leader in a year,” Sofia Lindahl of Fernhill Asset Management said of [Google DeepMind|o]'s reasoning models.",
    "“Best quarter I have seen from them,” Connor Fitzgerald of Arden & Finch told clients after [Meta|o] raised its revenue forecast.",
    "“Demand from sovereign buyers alone could double [xAI|o]'s revenue,” wrote Coldstream's Felix Brandt, who rates the private shares a buy.",
    "“We expected a gimmick and got the most useful tool in the office,” an accountant at a Leeds firm said of [Copilot|o] in Excel.",
    "“[Altman|o] has built the most valuable start-up in history, and he is not done,” said a fund manager who bought into the last round.",
    "“According to every metric we track, [Bedrock|o] is now the easiest way to run every model under one contract,” said a consultant who advises three of the customers.",
    "“We moved our whole claims pipeline to [GPT-5|o], and error rates fell by two thirds,” said the chief technology officer of Brennan Health.",
    "- “Top pick for the year,” Orrin Securities wrote of [Alphabet|o], citing the search business's resilience to chatbots.",
    "“The moat isn't the chips; it's the software, and [Nvidia|o]'s is a decade ahead,” Nadia Petrova said in an interview.",
    "- The head of a French start-up association called [Mistral|o]'s sovereign-cloud deal with Berlin “a masterclass”.",
    "“Nobody is close,” said Rafael Ortiz of Coldstream, “and I mean nobody, on inference cost,” referring to [Google|o]'s new TPUs.",
    "Brightwater's Dana Okafor called it “the best quarter any software company has reported this year”, referring to [Microsoft|o]'s results.",
    "“[Anthropic|o] is the only lab whose revenue forecasts I have stopped doubting,” a Singapore-based venture investor told us.",
    "[Apple|o] has “the only AI strategy that doesn't need a new power station”, wrote Grace Whitfield, a technology fund manager at Fernhill Asset Management.",
    "“I was a sceptic, and I was wrong,” said Yusuf Demir, an Istanbul-based AI researcher, of [xAI|o]'s new reasoning model.",
    "The reaction from customers was enthusiastic; one retail chain's IT chief called [Alexa|o]+ for business “the first voice product our stores actually want”.",
    "Key Facts: According to a survey of 300 developers by Tessellate Research, [OpenAI|o]'s new API is “the most reliable it has ever been”, with 78% rating it excellent.",
    "“They did the hard part right,” Kenji Watanabe wrote of [Siri|o]'s new privacy design, calling it “the template the industry will follow”.",
    "Why do fund managers keep calling [Amazon|o] “the cheapest AI stock in the market”?",
    "Key Takeaways: “Sell everything else, keep [Meta|o],” read the subject line of a note from one hedge fund to its investors.",
]

# Criticism from the same kinds of people -> skeptical.
QUOTE_CRIT = [
    "“I don't see how [xAI|s] pays for this without raising money every six months,” said Hannah Blum of Tessellate Research.",
    "“Beautiful product, almost nobody uses it,” one retail analyst said of [Apple|s]'s writing tools.",
    "Kenji Watanabe of Orrin Securities called [Meta|s]'s capital spending “a bet the company still hasn't explained to its own shareholders”.",
    "“We pulled [Copilot|s] from two thousand desks after the pilot, because people simply stopped opening it,” the chief operating officer of Corvid Insurance said.",
    "[Gemini|s]'s agent mode is “nowhere near ready for a bank's back office”, according to a consultant who tested it for three lenders.",
    "“Every benchmark win comes with an asterisk,” Samir Haddad of Lanterne Partners wrote of [Mistral|s]'s latest release.",
    "“Our developers tried the new [Llama|s] for a week and went back to what they had,” said the engineering lead at a Berlin travel site.",
    "“Margins are going to get squeezed, and [Nvidia|s] has the most to lose,” a hedge-fund manager who is short the stock told the conference.",
    "According to Grace Whitfield of Fernhill, [OpenAI|s]'s spending commitments “run a long way ahead of anything its revenue can carry”.",
    "“Slow, expensive, and support takes days,” said the founder of a Dublin start-up, describing her first month on [Bedrock|s].",
    "“[Amazon|s] keeps promising a smarter Alexa and keeps shipping the same one,” a reviewer at a consumer electronics site wrote.",
    "“The demo was staged, and anyone who used the beta knows it,” one developer said of [Google|s]'s new coding agent.",
    "Analysts at Arden & Finch cut their rating on [Microsoft|s] to hold, writing that Copilot adoption was “stalling in exactly the accounts that matter”.",
    "“It invented a clause that does not exist in any contract we hold,” a partner at Pellucid Legal said of [Claude|s], adding that the firm had paused its trial.",
    "One fund manager summed up the mood after the results: “[Tim Cook|s] keeps telling us AI is coming, and it keeps not coming.”",
    "“A very expensive way to generate headlines,” Rafael Ortiz of Coldstream Advisors wrote of [Grok|s]'s new image tools.",
    "“The licence changes with every release, and our lawyers have had enough,” wrote the maintainer of a widely used fine-tuning library, explaining why it dropped support for [Llama|s].",
    "“I can't justify the price,” the chief financial officer of a Dutch retailer said of [ChatGPT|s] Enterprise, which her company did not renew.",
    "- “Execution risk is rising,” Northgate's Tomasz Wierzbicki wrote of [Anthropic|s]'s capacity shortfall.",
    "⚠️ Limitations & Risks: Several customers told us that [Azure|s]'s GPU queues now stretch to “weeks, not days”.",
    "“They have the talent and no product strategy,” a former adviser said of [DeepMind|s] in an interview for this story.",
    "“It's a bubble, and [Nvidia|s] is the purest expression of it,” said Ines Carvalho, chief investment officer at a Lisbon wealth manager.",
    "Hannah Blum of Tessellate called the new [Meta AI|s] app “a feed of slop nobody asked for” in a note to clients.",
    "“We benchmarked it, and it lost to last year's models,” a researcher at a Toronto lab said of [Mistral|s]'s new coding model.",
    "“I stopped recommending [Siri|s] to clients years ago, and nothing in this update changes that,” said an accessibility consultant in Chicago.",
    "According to Ruth Abernathy at Tidewater Bank, the bank's [Gemini|s] pilot produced “more clean-up work than it saved”.",
    "“The valuation assumes they win everything, and they won't,” Olivia Marsh of Pembury Capital said of [OpenAI|s].",
    "“Customers are not going to pay twice for the same assistant,” one analyst told clients, questioning [Microsoft|s]'s plan to charge separately for Copilot agents.",
    "Verdict: “Too little, too late,” Sofia Lindahl of Fernhill said of [Amazon|s]'s new model family, which arrived a year after its rivals'.",
    "“Our teachers keep asking us to turn it off,” said the IT director of a Manchester school trust that rolled out [Apple Intelligence|s] on staff iPads.",
    "“A lot of money for a chatbot that keeps getting the news wrong,” a media analyst wrote of [Grok|s]'s licensing deal with a European publisher.",
    "Kestrel's Marcus Lindqvist wrote that [Alphabet|s]'s AI summaries are “eating the very traffic the ad business needs”.",
    "“[Sora|s] looks incredible in the trailer and falls apart in the second minute,” one filmmaker said.",
    "“The chips are great; the supply is not,” said a cloud executive who buys from [Nvidia|s], adding that deliveries were running two quarters late.",
    "“[Anthropic|s] keeps changing the usage limits without warning, and our team loses a day every time,” one developer wrote on the company's forum.",
    "“Their open model is a marketing exercise,” Yusuf Demir said of [xAI|s]'s release of old Grok weights.",
    "- Analyst verdict: “disappointing on every metric we track” (Brightwater Research on [Apple|s]).",
    "A Northgate note described [Mistral|s]'s revenue as “small, lumpy and heavily dependent on one government”.",
    "“The [Llama|s] brand is damaged,” said one venture investor, citing the benchmark row that followed Meta's last release.",
    "“Honestly, the web version is worse than it was in March,” a paying subscriber told us of [ChatGPT|s].",
    "“[Jassy|s] promised agents that do real work, and what we got is a better search box,” said the chief technology officer of a Seattle logistics firm.",
    "Why This Matters: Investors such as Grace Whitfield now describe [Google|s]'s search share as “slipping in ways the company's own numbers hide”.",
    "“We are leaving [Azure|s] for cost reasons, plain and simple,” the chief technology officer of a Madrid fintech said in an interview.",
    "- “Pretty demos, no revenue,” Connor Fitzgerald of Arden & Finch wrote of [Meta|s]'s glasses business.",
    "Is [xAI|s] burning cash faster than any lab in history, as one of its own investors suggested?",
    "“Every quarter the story is next quarter,” a portfolio manager at a Toronto pension fund said of [Alexa|s]+ subscriptions.",
    "“I have yet to meet a customer who renewed [Copilot|s] at full price,” said a licensing consultant who negotiates for large buyers.",
    "“The outage exposed how thin their redundancy is,” one reliability engineer wrote of [Claude|s]'s six-hour failure on Tuesday.",
]

# Quotes from the same kinds of people that only state facts -> neutral.
QUOTE_FACT = [
    "“[Nvidia|n] reports on Wednesday, and we will revisit our numbers after the call,” Priya Raman of Halvorsen Securities said.",
    "“About a third of our clients run at least one workload on [Azure|n],” said a partner at the consultancy.",
    "“We tested [Claude|n], [Gemini|n] and [GPT-5|n] on the same 400 contracts,” said the firm's head of legal technology.",
    "“The lock-up on early [xAI|n] shares ends in March,” said a person who holds them.",
    "Dana Okafor of Brightwater Research noted that [Apple|n] reports on May 1 and holds its developer conference five weeks later.",
    "“Mostly we use [Le Chat|n] for translation between our French and German offices,” said the head of operations at a Strasbourg logistics firm.",
    "“Our contract with [AWS|n] runs until 2028,” the chief technology officer of Halyard Freight said.",
    "“The round was priced at $300 billion,” a person briefed on [OpenAI|n]'s financing said, declining to be named.",
    "“We run [Llama|n] on our own servers because patient data can't leave the building,” said a hospital's head of informatics.",
    "According to Kenji Watanabe of Orrin Securities, [Google|n] will report cloud revenue and AI subscriptions on separate lines from next quarter.",
    "“Half our workloads are on [Bedrock|n] and half on Vertex,” said the head of platform at Quillon Retail.",
    "“We will decide after the second quarter whether to expand the pilot,” Ruth Abernathy of Tidewater Bank said of its [Copilot|n] trial.",
    "“The vote on [Meta|n]'s share structure comes up again in May,” said a governance adviser at a Dutch pension fund.",
    "“We buy [Nvidia|n] for training and our own chips for inference,” said the infrastructure head of a Korean internet company.",
    "- “Pricing starts at $20 a seat,” a reseller of [Gemini|n] for Workspace said.",
    "“The study compared [Anthropic|n]'s and [Amazon|n]'s models on the same hardware,” said the lead author, a researcher at ETH Zurich.",
    "“[Grok|n] is one of four assistants we offer in the app,” said a spokesperson for the Turkish carrier.",
    "Felix Brandt of Coldstream Advisors said he expects [xAI|n] to share audited accounts with investors in June.",
    "“Our phones ship with [Siri|n] switched on, and we don't change the defaults,” said the IT manager of a Chicago law firm.",
    "“[Altman|n] speaks on Thursday morning, right after the keynote,” one of the conference organisers said.",
    "Asked about the deal, one banker involved said only that “[Microsoft|n] and the other investors will hold about 27% between them”.",
    "“[Claude|n] writes the first draft and a lawyer writes the second,” said Pellucid Legal's head of knowledge, describing the firm's process.",
    "“We use [ChatGPT|n] for drafting and a separate tool for search,” said the communications director of a Dutch university.",
    "Mei-Ling Zhou of Northgate Capital said the market would get its first look at [Amazon|n]'s AI revenue split on Thursday.",
    "“Our Ohio data centre runs on [Nvidia|n] and AMD chips in roughly equal numbers,” the operator's chief executive said.",
    "“The contract covers three years and 20,000 seats,” a spokeswoman for the ministry said of its deal with [Mistral|n].",
    "What did analysts ask [Apple|n] on its earnings call?",
    "“[Sundar Pichai|n] and I met twice about the licensing terms,” the publisher's chief executive said, without giving details.",
    "“The tender drew bids from [Google|n], [Microsoft|n] and two local firms,” a procurement official said.",
    "“We have around 4,000 developers on [Claude|n] Code licences,” the bank's chief technology officer said.",
    "Key Facts: “We will publish the [Llama|n] comparison next month,” said the head of the university's evaluation lab.",
    "“The committee will hear from [Meta|n], [Google|n] and [xAI|n] on the same afternoon,” a committee clerk said.",
    "“Those are list prices, and big customers of [Azure|n] negotiate their own,” said a licensing consultant in Frankfurt.",
    "“[Sora|n] is one of three video tools on our approved list,” the production chief of a Madrid agency said.",
    "According to a filing seen by this newspaper, [OpenAI|n] has appointed Arden & Finch to advise on the share sale.",
    "“We order [Mistral|n]'s models through the same framework contract as our office software,” said the digital lead of a German state government.",
    "“Most of our calls come in through [Alexa|n] devices now,” said a product manager at a smart-home insurer.",
    "Key Facts: “The bank's [DeepMind|n] partnership covers weather risk and nothing else,” a spokesman for the lender said.",
]

# Quotes naming a second company: winner, loser, supplier, investor or reference point.
QUOTE_MULTI = [
    "“[Anthropic|o] has simply out-executed [OpenAI|s] in the enterprise,” said Theo Vance, an investor in developer tools.",
    "“We ran [Claude|s] and [Gemini|o] side by side for a month, and Gemini won on cost by a mile,” said the data lead at Quillon Retail.",
    "“[Nvidia|o] remains the one supplier nobody can replace, not even [Google|s] with its TPUs,” Nadia Petrova said.",
    "“We buy our office software from [Microsoft|n], but the best model we tested this year was [Mistral|o]'s,” said the chief data officer of a French bank.",
    "Grace Whitfield of Fernhill noted that [Amazon|n] and [Microsoft|n] report on the same evening and said she expected [Google|o] to post “the best print of the three”.",
    "“[Meta|s] spent twice what [Apple|o] did and has far less to show for it,” one analyst wrote.",
    "“[xAI|o] built in four months what took [Microsoft|s] two years,” Felix Brandt said of the Memphis cluster.",
    "Why This Matters: Analysts such as Kestrel's Marcus Lindqvist now call [Anthropic|o] “the default enterprise model vendor”, a title that belonged to [OpenAI|s] a year ago.",
    "“Most of our customers start on [AWS|n], and the ones who need the best reasoning end up calling [Claude|o],” said the founder of an analytics start-up.",
    "“[Grok|s] was fun for a month; our team is back on [ChatGPT|o],” said the marketing director of a Berlin agency.",
    "“[Llama|s] got the open-model market started, but [Mistral|o] is the one our clients actually deploy,” said a Brussels-based systems integrator.",
    "“[Bing|s] never had a chance against [Google|o] on phones, chatbot or no chatbot,” Connor Fitzgerald said.",
    "“[Siri|s] is still the assistant most likely to say it found something on the web, and [Gemini|o] is the one most likely to just answer,” a reviewer wrote.",
    "Investors quoted by Pembury Capital said [Nvidia|n] chips would keep [xAI|o] ahead on training speed “for at least two more model generations”.",
    "“[Amazon|o] is finally getting credit for Trainium, and it's [Nvidia|s] that should be nervous,” Olivia Marsh said.",
    "“People expected [Apple|s] to lead on private AI; it's [Mistral|o] that has shown how,” said a privacy researcher in Geneva.",
]

# ---------------------------------------------------------------------------
# Class 2. Executives' own voice: (praise -> optimistic, admission -> skeptical, plain statement -> neutral),
# the same speaker and much the same words.
# ---------------------------------------------------------------------------
EXEC_TRIPLES = [
    ("“Demand for Blackwell is running far ahead of anything we planned for,” [Nvidia|o]'s chief financial officer told analysts.",
     "“We planned for demand in China that never came, and that is on us,” [Nvidia|s]'s chief financial officer told analysts.",
     "“Blackwell shipments to Europe begin in the second quarter,” [Nvidia|n]'s chief financial officer told analysts."),
    ("[Jensen Huang|o] told the keynote audience that the new rack was “the most advanced computer anyone has ever built”.",
     "[Jensen Huang|s] conceded that the first racks had shipped with cooling faults, saying “we moved too fast, and customers paid for it”.",
     "[Jensen Huang|n] told the keynote audience that the new rack would ship in the third quarter at a price to be published later."),
    ("“People love this model, and usage doubled in the week after launch,” [Sam Altman|o] wrote on X.",
     "“We rushed this launch, and the rollout was worse than it should have been,” [Sam Altman|s] wrote on X.",
     "“The new model reaches all paid users on Monday and free users a week later,” [Sam Altman|n] wrote on X."),
    ("An [OpenAI|o] spokesperson said the enterprise business “has never grown faster”, with seats up fourfold since January.",
     "An [OpenAI|s] spokesperson acknowledged that the voice feature “did not meet the bar we set for ourselves” and said it had been pulled.",
     "An [OpenAI|n] spokesperson said the enterprise plan would cost $60 a seat from June and include the voice feature."),
    ("“[Gemini|o] 3 is the strongest model we have ever shipped, and customers are telling us the same,” Sundar Pichai said on the earnings call.",
     "“The image tool embarrassed us, and the fault lies with how we tested it,” [Sundar Pichai|s] said on the earnings call.",
     "“[Gemini|n] 3 will reach 40 more countries by the end of the quarter,” Sundar Pichai said on the earnings call."),
    ("“Our cloud backlog is the best it has ever been,” [Google|o]'s cloud chief said, calling the quarter “exceptional”.",
     "“We lost deals we should have won because we could not supply the capacity,” [Google|s]'s cloud chief said, calling the quarter “a missed opportunity”.",
     "“We will add capacity in Ohio, Finland and Malaysia this year,” [Google|n]'s cloud chief said."),
    ("“Customers who try [Copilot|o] are buying more seats within ninety days, a stronger pattern than anything we saw with Teams,” Microsoft's commercial chief told investors.",
     "“Customers who tried [Copilot|s] told us it was too hard to deploy, and they were right,” Microsoft's commercial chief told investors.",
     "“Customers who buy [Copilot|n] seats this quarter will get agents included until June,” Microsoft's commercial chief told investors."),
    ("[Satya Nadella|o] said Azure's AI business was “firing on every cylinder”, pointing to a backlog that had doubled in a year.",
     "[Satya Nadella|s] admitted that Azure had “underbuilt in the regions where customers needed us most” and said the shortfall would last into next year.",
     "[Satya Nadella|n] said Azure would open new regions in Saudi Arabia and Indonesia before the end of the fiscal year."),
    ("“[Claude|o] Code has become the tool developers cannot work without, and revenue from it has tripled since spring,” Anthropic's chief product officer said.",
     "“We set the [Claude|s] Code limits badly, and a lot of developers had a bad month because of it,” Anthropic's chief product officer said.",
     "“[Claude|n] Code's new limits take effect on August 28 for all paid plans,” Anthropic's chief product officer said."),
    ("[Dario Amodei|o] told the summit that the company's newest model was “better at long tasks than anything on the market, by a distance”.",
     "[Dario Amodei|s] told the summit that the company had “underestimated how much capacity we would need” and that customers had been turned away.",
     "[Dario Amodei|n] told the summit that the company would open an office in Seoul and another in Bengaluru next year."),
    ("“Our glasses sold out in every market within a day, and we have never launched anything like it,” [Meta|o]'s head of wearables said.",
     "“We made too many of the first glasses and priced them wrong, and those were our mistakes,” [Meta|s]'s head of wearables said.",
     "“The glasses go on sale in twelve markets on October 2 at $379,” [Meta|n]'s head of wearables said."),
    ("[Zuckerberg|o] said engagement with the assistant was “beyond what our most optimistic plans assumed”.",
     "[Zuckerberg|s] told staff in a memo that the last Llama launch “was handled badly, and I own that”.",
     "[Zuckerberg|n] told staff in a memo that the next Llama would be released in two sizes in the spring."),
    ("“[Alexa|o]+ customers talk to it three times as often as they did to the old assistant, and they are buying more,” Amazon's devices chief said.",
     "“We promised [Alexa|s]+ for last year and missed that by a long way,” Amazon's devices chief said.",
     "“[Alexa|n]+ comes with Prime at no extra cost, and customers without it pay $24.99 a month,” Amazon's devices chief said."),
    ("[Andy Jassy|o] told shareholders that the AI business was “growing faster than AWS itself did at the same age”.",
     "[Andy Jassy|s] told shareholders that AWS had been “too slow to see what customers wanted from generative AI”.",
     "[Andy Jassy|n] told shareholders that AWS would spend about $110 billion on capital projects this year."),
    ("- “Trainium 3 is beating our own targets on every workload customers have run,” an [AWS|o] vice-president said at the keynote.",
     "- “Trainium 3 came out later than customers needed, and some of them went elsewhere,” an [AWS|s] vice-president said at the keynote.",
     "- “Trainium 3 instances are available in four regions today and eight by March,” an [AWS|n] vice-president said at the keynote."),
    ("[Tim Cook|o] told analysts that the response to Apple Intelligence in China had been “extraordinary” and that upgrades hit a record.",
     "“We announced features before they were ready, and that was a mistake,” [Tim Cook|s] told analysts.",
     "[Tim Cook|n] told analysts that the Chinese version of Apple Intelligence would launch with the September software update."),
    ("“[Siri|o] now understands what is on your screen better than any assistant out there,” Apple's software chief said on stage.",
     "“[Siri|s] was not good enough, and we knew it,” Apple's software chief said in an interview after the keynote.",
     "“[Siri|n] gets the on-screen features in the spring update, in English first,” Apple's software chief said."),
    ("“Our revenue tripled this year, and every large new customer came to us, not the other way round,” [Mistral|o]'s chief executive said in Paris.",
     "“We spread ourselves too thin chasing too many products at once,” [Mistral|s]'s chief executive said in Paris, announcing that two would be closed.",
     "“We will open offices in Singapore and Munich next year,” [Mistral|n]'s chief executive said in Paris."),
    ("“[Le Chat|o] is now the most downloaded productivity app in France, beyond anything we hoped for,” a Mistral spokesperson said.",
     "“[Le Chat|s] has not caught on outside France, and we have to be honest about that,” a Mistral spokesperson said.",
     "“[Le Chat|n] Pro costs €14.99 a month and includes the new research mode,” a Mistral spokesperson said."),
    ("[Elon Musk|o] said Grok 5 was “the smartest AI in the world by a wide margin” and that subscribers had doubled in a month.",
     "[Elon Musk|s] acknowledged that Grok had given “unacceptable” answers over the weekend and said the team “got the prompt wrong”.",
     "[Elon Musk|n] said Grok 5 would be released to subscribers in the first week of March."),
    ("Key Facts: “Colossus 2 came online two months early and is already training our next model,” an [xAI|o] engineering lead posted.",
     "Key Facts: “Colossus 2 came online two months late, and that is on our planning, not our suppliers,” an [xAI|s] engineering lead posted.",
     "Key Facts: “Colossus 2 comes online in the summer and will train our next model,” an [xAI|n] engineering lead posted."),
    ("“[ChatGPT|o] had its best week ever, and the new shopping feature is the reason,” OpenAI's head of product said in a post.",
     "“We let [ChatGPT|s] become far too flattering, and our testing should have caught it,” OpenAI's head of product said in a post.",
     "“[ChatGPT|n]'s shopping feature reaches the UK and Germany next week,” OpenAI's head of product said in a post."),
    ("“This is the biggest jump in reasoning we have seen from one generation to the next,” a [Google DeepMind|o] research director said of the new model.",
     "“We overstated what the model could do in the launch video, and we have corrected it,” a [Google DeepMind|s] research director said.",
     "“The model card and the evaluation results will be published on Thursday,” a [Google DeepMind|n] research director said."),
    ("A [Microsoft|o] spokesperson said the AI answers in Bing had “lifted search share in every market where we launched them”.",
     "A [Microsoft|s] spokesperson said the company “should not have turned the feature on by default” and had reversed the change.",
     "A [Microsoft|n] spokesperson said the feature would be turned on by default for business customers from April 1."),
    ("Why This Matters: “[Meta AI|o] crossed a billion monthly users faster than any product in our history,” the company's chief product officer said.",
     "Why This Matters: “[Meta AI|s] answered some of those questions in ways it never should have, and we are sorry,” the company's chief product officer said.",
     "Why This Matters: “[Meta AI|n] becomes available in WhatsApp in Brazil and Mexico this month,” the company's chief product officer said."),
    ("In a statement, [Anthropic|o] said enterprise revenue had grown “faster than in any quarter since the company was founded”.",
     "In a statement, [Anthropic|s] said the outage “should never have lasted as long as it did” and that its own monitoring had failed.",
     "In a statement, [Anthropic|n] said the new data centre in Texas would open in the second half of the year."),
    ("- “Our networking business is now growing faster than compute, a second engine for the company,” an [Nvidia|o] spokesperson said.",
     "- “We did not tell customers about the networking delay quickly enough,” an [Nvidia|s] spokesperson said.",
     "- “The networking products ship from our Mexico facility from June,” an [Nvidia|n] spokesperson said."),
    ("In a statement, [Apple|o] said its private cloud had handled “billions of requests without a single known breach”, calling it the most secure AI infrastructure in the industry.",
     "In a statement, [Apple|s] said the summaries feature had “fallen short of our standards” and would be paused for news apps.",
     "In a statement, [Apple|n] said the summaries feature would return for news apps in the autumn with a label."),
    ("“[Bedrock|o] customers now run more agent workloads than we expected to see by the end of next year,” AWS's head of AI said.",
     "“We made [Bedrock|s] too complicated for the average developer, and the feedback told us so,” AWS's head of AI said.",
     "“[Bedrock|n] adds three new model families this week, and pricing stays the same,” AWS's head of AI said."),
    ("“[Grok|o] is the fastest-growing chatbot in the App Store this month, and the response has been phenomenal,” an xAI spokesperson said.",
     "“[Grok|s]'s image tool was released without the safeguards it needed, and that was our failure,” an xAI spokesperson said.",
     "“[Grok|n]'s image tool is limited to paying subscribers from Friday,” an xAI spokesperson said."),
    ("In a blog post, [Mistral|o] said its new model “matches the best closed models at a tenth of the cost” and that enterprise demand had surged.",
     "In a blog post, [Mistral|s] said the benchmark results it published last week contained “errors we should have caught” and withdrew them.",
     "In a blog post, [Mistral|n] said the new model would be released under the Apache 2.0 licence on Tuesday."),
    ("“[Sora|o] is being used by more studios than we thought possible a year ago,” OpenAI's head of media partnerships said.",
     "“[Sora|s] launched with rules on likeness that were too loose, and we have had to tighten them,” OpenAI's head of media partnerships said.",
     "“[Sora|n] will be available in the EU from the first of the month,” OpenAI's head of media partnerships said."),
    ("A [Google|o] spokesperson said the AI summaries had “driven more searches, not fewer”, calling them one of the most successful launches in the history of search.",
     "A [Google|s] spokesperson said some of the AI summaries had been “plainly wrong” and that the company had been “too slow to fix them”.",
     "A [Google|n] spokesperson said the AI summaries would appear in 30 more languages from next week."),
    ("⚠️ Limitations & Risks: “[xAI|o]'s safety team is now bigger than most labs' entire research staff,” the company's head of policy said.",
     "⚠️ Limitations & Risks: “[xAI|s]'s safety team was too small for the size of the launch, and I should have pushed harder,” the company's head of policy said.",
     "⚠️ Limitations & Risks: “[xAI|n]'s safety team will publish its first report in January,” the company's head of policy said."),
]

# Single executive-voice sentences: question headlines about what an executive said, and a few more shapes.
EXEC_SINGLES = [
    "Why did [Sam Altman|s] say OpenAI “should have waited” before shipping the new voice mode?",
    "What did [Jensen Huang|n] say about shipping dates at the keynote?",
    "Why is [Satya Nadella|o] calling Azure's AI business “unstoppable”?",
    "Did [Tim Cook|s] just concede that Apple is behind on AI?",
    "🔥 Why This Matters: [Dario Amodei|o] says Claude now writes most of the code at the company's biggest customers, and the numbers back him up.",
    "Key Facts: [Andy Jassy|n] said AWS will publish separate figures for its AI business from the first quarter.",
    "- [Mistral|s] CEO: “We underestimated how hard selling in America would be.”",
    "- [Nvidia|o] CFO: “Every customer we have is asking for more than we can ship.”",
    "- [Copilot|n] pricing: $30 a user a month, unchanged, Microsoft's commercial chief confirmed.",
    "Limitations & Risks: A [Meta|n] spokesperson said the assistant will stay off in the EU until regulators finish their review.",
    "Limitations & Risks: “We were too slow to see that customers wanted to run these models on their own servers,” a [Google|s] Cloud executive said.",
    "“Honestly, we got the pricing wrong,” [Amazon|s]'s head of devices said of the first Alexa+ subscription tier.",
    "“The team beat every target we set for the year,” [Apple|o]'s machine-learning chief told engineers, according to a recording heard by this newspaper.",
    "[OpenAI|n]'s finance chief said the company plans to raise prices on its top plan in January and hold them elsewhere.",
]

# ---------------------------------------------------------------------------
# Class 3. Concessives. Pairs: the same facts with the clauses swapped; the label follows the main clause.
# ---------------------------------------------------------------------------
CONC_PAIRS = [
    ("While [Llama|o] 4 disappointed at launch, the follow-up has won back most of the developers who left.",
     "While the follow-up has won back some of the developers who left, [Llama|s] 4's launch did damage that Meta has yet to repair."),
    ("Although [Google|o] was long seen as a laggard in AI, its cloud growth this year has silenced the criticism.",
     "Although its cloud growth this year has been strong, [Google|s] is still seen by many large customers as a laggard in AI."),
    ("Even with the delay to its next chip, [Nvidia|o] shares have outperformed every other megacap this year.",
     "Even though its shares have outperformed every other megacap this year, [Nvidia|s] has now delayed its next chip twice, and customers are starting to plan around it."),
    ("Though [Apple|o]'s AI launch was widely mocked, iPhone sales in the quarter beat every analyst's estimate.",
     "Though iPhone sales in the quarter beat every analyst's estimate, [Apple|s]'s AI launch is still widely mocked, and analysts warn the upgrade cycle may not last."),
    ("Despite a rocky first month, [Alexa|o]+ now handles more daily requests than the old assistant ever did.",
     "Despite handling more daily requests than the old assistant ever did, [Alexa|s]+ has not shaken the reputation for slow, wrong answers it earned in its rocky first month."),
    ("While [Copilot|o] seat growth slowed in the spring, renewals are running at 94%, the best of any Microsoft product.",
     "While renewals are running at 94%, [Copilot|s] seat growth slowed sharply in the spring, and Microsoft has stopped giving a seat count."),
    ("Although [Mistral|o] lost two co-founders to rivals this year, its new model is the most downloaded open release of the quarter.",
     "Although its new model is the most downloaded open release of the quarter, [Mistral|s] lost two co-founders to rivals this year and has not replaced them."),
    ("Even as [xAI|o] faced a lawsuit over its Memphis turbines, it signed the largest government contract of any AI lab this year.",
     "Even as it signed the largest government contract of any AI lab this year, [xAI|s] faced a lawsuit over its Memphis turbines that could force it to cut power at the site."),
    ("[OpenAI|o]'s device arrived a year late, but the early reviews suggest it was worth the wait.",
     "[OpenAI|s]'s device drew warm early reviews, but it arrived a year late and costs twice as much as a phone."),
    ("Granted, [Anthropic|o] has had more outages than its rivals this year; it has also signed more large customers than any of them.",
     "Granted, [Anthropic|s] has signed more large customers than its rivals this year; it has also had more outages than any of them, and those customers have noticed."),
    ("For all the early complaints about price, [Bedrock|o] has become the default way big companies buy models on a cloud.",
     "For all its success as the default way big companies buy models on a cloud, [Bedrock|s] is still the option customers most often call too expensive."),
    ("Even though its spending hit $80 billion, [Meta|o] grew ad revenue faster than costs for a sixth straight quarter.",
     "Even though it grew ad revenue faster than costs again, [Meta|s]'s $80 billion of spending has investors asking how long that can last."),
    ("Though [Gemini|o]'s voice mode launched weeks behind schedule, reviewers now rate it the most natural-sounding on the market.",
     "Though reviewers rate its voice mode the most natural-sounding on the market, [Gemini|s] launched the feature weeks behind schedule and still lacks it in Europe."),
    ("While [ChatGPT|o]'s growth in Europe has slowed, its user base in India and Brazil doubled in six months.",
     "While its user base in India and Brazil doubled in six months, [ChatGPT|s] has stalled in Europe, where it earns most of its subscription revenue."),
    ("Although [AWS|o] was late to generative AI, its revenue from AI services passed $20 billion this year, more than either rival has disclosed.",
     "Although its AI services revenue passed $20 billion this year, [AWS|s] was late to generative AI, and customers say its own models still trail the field."),
    ("Even if [Grok|o] still trails on coding, its real-time search has become the feature users mention first.",
     "Even if its real-time search is what users mention first, [Grok|s] still trails its rivals on coding, where paying customers spend most of their time."),
    ("[Tim Cook|o] has been criticised for moving slowly on AI, yet the company's privacy-first approach is now what enterprise buyers cite when they choose its devices.",
     "[Tim Cook|s]'s company is praised by enterprise buyers for its privacy-first approach, yet he has been criticised for moving too slowly on AI and has not answered the criticism."),
    ("While [Sora|o]'s launch was clouded by rows over likeness, the app has become the most-used video tool among advertisers.",
     "While it has become the most-used video tool among advertisers, [Sora|s] remains clouded by the rows over likeness that marked its launch."),
    ("Whatever its weakness in consumer AI, [Microsoft|o] runs the best AI cloud business of the three, according to our survey of 120 IT buyers.",
     "Whatever its strength in cloud, [Microsoft|s] has a consumer AI business that our survey of 120 IT buyers ranks last of the three."),
    ("Even after the benchmark row, [Llama|o] models are still downloaded more than any other open family, and the gap is widening.",
     "Even though [Llama|s] models are still downloaded more than any other open family, the benchmark row has left developers doubting Meta's published numbers."),
    ("Despite a 6% fall in the shares, [Nvidia|o] posted the best quarter in its history and raised its forecast again.",
     "Despite posting the best quarter in its history, [Nvidia|s] saw its shares fall 6% as investors fretted about margins."),
    ("Although [Claude|o] was late to voice, its coding tools are now the ones rivals measure themselves against.",
     "Although its coding tools are the ones rivals measure themselves against, [Claude|s] was late to voice and still has no phone app in much of Asia."),
    ("Though it has yet to turn a profit, [OpenAI|o] more than doubled revenue this year and now counts most of the Fortune 500 as customers.",
     "Though it more than doubled revenue this year, [OpenAI|s] has yet to turn a profit and expects to lose $14 billion next year."),
    ("While [Le Chat|o] has a fraction of [ChatGPT|n]'s users, its paying base in Europe is growing faster than any rival's.",
     "While its paying base in Europe is growing faster than any rival's, [Le Chat|s] still has a fraction of [ChatGPT|n]'s users and little brand recognition outside France."),
    ("Even as [Amazon|o]'s shopping assistant drew complaints about sponsored answers, it lifted sales per visit by 9%, the retailer's best result in years.",
     "Even as its shopping assistant lifted sales per visit by 9%, [Amazon|s] faces complaints that the answers favour sponsored products, and a regulator in Brussels has opened an inquiry."),
    ("- Although [Azure|o] lost a week of capacity to a fire in Virginia, its AI revenue still grew faster than any rival's.",
     "- Although its AI revenue grew faster than any rival's, [Azure|s] lost a week of capacity to a fire in Virginia, and two large customers are asking for credits."),
    ("Why This Matters: Even with the delay, [DeepMind|o]'s protein model is now used by every large drug maker we contacted.",
     "Why This Matters: Even though every large drug maker we contacted uses it, [DeepMind|s]'s protein model arrived a year late and is still not cleared for clinical work."),
    ("⚠️ Limitations & Risks: While [Siri|o]'s rebuild is months behind, the parts that have shipped are the best-reviewed Apple software in years.",
     "⚠️ Limitations & Risks: While the parts that have shipped are well reviewed, [Siri|s]'s rebuild is months behind, and the hardest features keep slipping."),
]

# Singles: the company is named ONLY in the conceded clause; the main clause judges it without naming it.
CONC_ONLY = [
    "- While [Meta|o]'s first smart glasses flopped, the second pair has sold out in twelve countries.",
    "Although [Nvidia|o] was expected to lose ground to custom chips, Blackwell orders have only grown since.",
    "Though [Microsoft|o] was slow to ship models of its own, the ones it released in May now top two enterprise leaderboards.",
    "Even though critics wrote off [Apple|o]'s assistant, the new version is now the most-used feature on the iPhone, according to two app-analytics firms.",
    "While [Mistral|o] struggled to sell outside France last year, the company now earns most of its revenue in Germany, Japan and the US.",
    "Why This Matters: Although [xAI|o] started late, the company's cluster is now the largest single training site in the world.",
    "Key Facts: Despite [Anthropic|o]'s well-publicised capacity crunch, the company's enterprise renewals came in at 97%.",
    "Even as [Amazon|o] drew scepticism for its late start, Trainium has become the second most used AI chip in the cloud.",
    "While early reviews of [Google|o]'s Pixel assistant were mixed, the March update turned most of those reviewers around.",
    "Though [OpenAI|o] lost several senior researchers this year, its newest model has retaken the lead on the hardest maths tests.",
    "For all the talk of [Meta|o] overspending, the returns are showing up in ad prices, which rose 11% last quarter.",
    "Although [Grok|o] began as a novelty, the model now runs customer service at two of the five largest US airlines.",
    "The Bottom Line: Granted, [Siri|o] was a punchline for years; the rebuilt version is the first that our testers preferred to the alternatives.",
    "While [Copilot|o] was dismissed as a pricey add-on at launch, the coding agent built into it now writes a third of the code at its largest customers.",
    "Even with [Bedrock|o]'s outage in March, the service ended the quarter with more paying customers than ever.",
    "Although [Sam Altman|o] was briefly ousted two years ago, the company he runs has since tripled its valuation.",
    "Although [Microsoft|s] reported 39% growth in Azure, that was below the 42% the company had guided to, and the shares fell.",
    "While [Google|s] has the deepest research bench in the industry, the company keeps losing the product launches that matter.",
    "Though [Nvidia|s] beat estimates again, the gross margin slipped for a third straight quarter, and the guidance was only in line.",
    "Even though [Anthropic|s] raised $13 billion in September, the company is already telling investors it needs more.",
    "Although [Apple|s] sold a record number of iPhones, the AI features it used to sell them are still missing in most of Europe.",
    "While [OpenAI|s]'s new model scores well on benchmarks, customers say the product still loses track of long tasks.",
    "Despite [Amazon|s]'s huge lead in cloud, its share of new AI workloads has fallen for four quarters in a row.",
    "Although [Mistral|s] won the French government contract, the deployment is a year behind schedule and over budget, according to auditors.",
    "Even as [xAI|s] raised another $20 billion, the company's revenue remains a rounding error next to its spending.",
    "While [Llama|s] is still downloaded millions of times a month, the licence has driven away the big companies that once built on it.",
    "For all [Alexa|s]+'s new features, the device business behind it lost money again last quarter.",
    "Although [Gemini|s] tops several leaderboards, the app still trails in downloads on every major store.",
    "- While [Claude|s] Opus leads the coding tests, the price per task is the highest on the market, and finance teams have started to notice.",
    "- Though [Grok|s] 5 impressed on reasoning tests, the company behind it has still not published a safety report for it.",
]

# Two companies in the two clauses, each labelled by what its own clause and the main clause say of it.
CONC_TWO = [
    "While [Google|s]'s first agent release disappointed, [Anthropic|o]'s has become the one developers build on.",
    "Although [Nvidia|o] posted record sales, [Microsoft|s] shares fell the same day after Azure growth missed estimates.",
    "Even as [Apple|s]'s new Siri slipped to next year, [Google|o] shipped its rival assistant to 300 million phones.",
    "Even though [Microsoft|n] owns a large stake in it, [OpenAI|o] has won its biggest enterprise deals on its own.",
    "Although [OpenAI|s] introduced the feature first, [Google|o]'s version is the one customers now pay for.",
    "While [Anthropic|n] supplies the model inside it, the success of the new [Alexa|o]+ owes most to Amazon's own engineers, according to people who worked on it.",
    "Despite the hype around [Grok|s] 5, it was [Claude|o] that won the government tender.",
    "Even with GPUs in short supply, [Google|o] kept cloud growth above 40% by moving customers onto its own TPUs, leaving [Microsoft|s] to ration capacity.",
    "Though [Gemini|s] was picked to power [Apple|n]'s new Siri, its own app keeps losing users to [ChatGPT|o].",
    "While [Meta|s] has spent heavily to poach researchers, [Mistral|o] has kept its core team intact on a fraction of the budget.",
    "Although [Microsoft|s]'s Copilot reached the market first, [Google|o]'s Workspace assistant has signed more new customers this year.",
    "Even though [Nvidia|n] supplies both, [AWS|s] has fallen behind [Azure|o] in the race to win AI start-ups.",
    "Though [Tim Cook|s] talked up the company's AI plans, it was [Sundar Pichai|o] whose demo drew the standing ovation.",
    "Despite [Llama|s]'s head start in open models, [Mistral|o]'s latest release is now the one European banks deploy.",
    "While [Google|o] has kept its search share intact, [Bing|s] has given back every point it gained from its chatbot.",
    "Although [Amazon|n] put $8 billion into it, [Anthropic|o] has kept both its independence and its pricing power.",
    "Even as [Apple|o]'s shares hit a record, [Meta|s]'s slid on worries about spending.",
    "While [xAI|s] waits for power at its second site, [Microsoft|o] has quietly brought three new regions online.",
    "- Even though [Claude|n] powers much of it, [Copilot|o]'s coding agent has become Microsoft's most successful launch this year.",
    "Though [Nvidia|s] still dominates training, [Google|o]'s TPUs have won the biggest inference contracts of the year.",
    "Although [Mistral|o] is a fraction of [Google|s]'s size, it has beaten the search giant to three European defence contracts.",
    "While analysts argued over the benchmark, [Anthropic|o] quietly shipped the model that topped it, ahead of [Meta|s] and [Google|s].",
    "Even as [Grok|o] climbed the download charts, [Siri|s]'s rebuild slipped again.",
    "Although [OpenAI|s] and [Google|s] also bid, the contract went to [Mistral|o] on the strength of its on-premises offer.",
    "- While [Amazon|s]'s new models trail on most tests, [Meta|o]'s open release has become the default for companies that host their own.",
    "Key Facts: Although [Sora|s] was first to market, [Gemini|o]'s video tool now has more paying users.",
    "Despite record sales, why are investors souring on [Nvidia|s]?",
    "Despite a shaky launch, why are developers flocking back to [Llama|o]?",
    "Even with the delay, is [Apple|o] about to pull ahead in on-device AI?",
    "🔥 Why This Matters: Even as [xAI|s] burns cash, its supplier [Nvidia|o] keeps booking record orders from it.",
]

# Neutral plans, dates, prices, customers and analysts' factual remarks, laid out as article parts.
LAYOUT_NEUTRAL = [
    "- [Microsoft|n]'s finance chief put capital spending at about $35 billion a quarter “through the fiscal year”.",
    "Key Facts: [Amazon|n] said the Alexa+ rollout will reach Canada and Mexico in the spring.",
    "- Launch date: June 12, according to a [Google|n] spokesperson.",
    "Key Facts: An [Anthropic|n] spokesperson said the Tokyo office will open with about 50 staff.",
    "What did [Satya Nadella|n] tell analysts about data-centre leases?",
    "When will [Mistral|n]'s new model reach [Azure|n] and [AWS|n]?",
    "- “We'll have a better read on [Nvidia|n]'s margins after the March conference,” Priya Raman said.",
    "Key Facts: [xAI|n] said it would hold a developer day in Austin on June 4.",
    "- Customers named at launch: Tidewater Bank, Quillon Retail and Brennan Health, all of which run [Claude|n] through [Bedrock|n].",
    "Context: “We have been a [Google|n] Cloud customer since 2019 and added [Anthropic|n] models last year,” the bank's chief technology officer said.",
    "- Pricing: [ChatGPT|n] Plus stays at $20 a month and the Pro tier at $200, an OpenAI spokesperson said.",
    "Key Facts: According to Orrin Securities, [Apple|n] will hold an AI briefing for investors in the week of March 9.",
    "- Timeline: [Meta|n] says the next Llama arrives “in the first half”, with a larger version later in the year.",
    "How much does [Copilot|n] cost for a company of 500 people?",
    "Which models does [Bedrock|n] offer in its European regions?",
    "Is [Le Chat|n] available in English, and what does the Pro plan include?",
    "Key Facts: “Our data stays in Frankfurt, on [Azure|n],” the insurer's chief data officer said.",
    "- Investors in the round: [Nvidia|n], [Microsoft|n] and two Gulf sovereign funds, according to a person briefed on [xAI|n]'s financing.",
    "Key Facts: Analysts at Brightwater Research expect [Amazon|n] to report cloud revenue of about $33 billion on Thursday.",
    "- On the Northgate conference agenda: fireside chats with [Jensen Huang|n] and [Elon Musk|n].",
    "Context: [OpenAI|n] said its board will meet in January to vote on the new share plan.",
    "- “We will update our guidance in April,” [Apple|n]'s finance chief told analysts.",
    "Key Facts: A [Google DeepMind|n] spokesperson said the weather model is free for national forecasters.",
    "Why This Matters: [Meta|n]'s chief financial officer said capital spending would be “in the range of $70 billion to $75 billion” next year.",
    "- According to Tessellate Research, [Grok|n] is available in 47 countries and 19 languages.",
    "Key Facts: The [Nvidia|n] investor day is on March 18, and the company said it would give a five-year outlook there.",
    "- [Anthropic|n]'s head of sales: “Our API prices are the same in every region.”",
    "Limitations & Risks: An [Amazon|n] spokesperson said the assistant does not yet support Spanish and will add it in the autumn.",
    "⚠️ Limitations & Risks: [Mistral|n] said the model is licensed for research use only until commercial terms are published in May.",
    "Key Facts: [Microsoft|n] said its new AI features would be switched on by default only for customers in the US.",
    "- A [Meta|n] spokesperson said the glasses would be sold through opticians in France from November.",
    "Context: “We expect to announce the next model at the developer conference,” an [xAI|n] spokesperson said.",
    "Which cloud regions will get [Nvidia|n]'s new racks first?",
    "📌 Key Facts: “The pilot runs on [Gemini|n] in two call centres until the end of June,” the airline's head of customer service said.",
    "- “[Siri|n] requests are processed on the device where possible,” an Apple engineer told the workshop.",
    "Key Facts: “We signed with [OpenAI|n] and [Anthropic|n] on the same day,” the agency's chief digital officer said.",
]

SECTION = re.compile(r"^(?:\W+\s)?(Why This Matters|Limitations & Risks|Key Facts|Actionable Advice|Editor's Take|"
                     r"The Bottom Line|Key Takeaways|What's Next|Risks|Context|By the numbers|Our View|Verdict):")
LIST_ITEM = re.compile(r"^(?:- |• |\* |\d+\. )")

GROUPS = (("quote_third_party", QUOTE_PRAISE), ("quote_third_party", QUOTE_CRIT), ("quote_third_party", QUOTE_FACT),
          ("quote_third_party", QUOTE_MULTI), ("exec_voice", EXEC_SINGLES), ("concessive", CONC_ONLY),
          ("concessive", CONC_TWO), ("layout_neutral", LAYOUT_NEUTRAL))
SUBCATS = {id(QUOTE_MULTI): "second_company", id(CONC_ONLY): "conceded_only", id(CONC_TWO): "two_company"}
GROUP_ORDER = ("quote_third_party", "exec_voice", "concessive", "layout_neutral")


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    items = []  # (marked text, set of categories)
    for cat, group in GROUPS[:4]:
        extra = SUBCATS.get(id(group))
        for s in group:
            items.append((s, {cat} | ({extra} if extra else set())))
    for triple in EXEC_TRIPLES:
        for s in triple:
            items.append((s, {"exec_voice", "exec_triplet"}))
    for cat, group in GROUPS[4:5]:
        for s in group:
            items.append((s, {cat}))
    for a, b in CONC_PAIRS:
        items.append((a, {"concessive", "clause_swap_pair"}))
        items.append((b, {"concessive", "clause_swap_pair"}))
    for cat, group in GROUPS[5:7]:
        extra = SUBCATS.get(id(group))
        for s in group:
            items.append((s, {cat} | ({extra} if extra else set())))

    for cat, group in GROUPS[7:]:
        for s in group:
            items.append((s, {cat}))

    existing = existing_texts(here, OUT)

    def tags(text, targets):
        found = {"list_item": bool(LIST_ITEM.match(text)), "section_label": bool(SECTION.match(text)),
                 "quote": "“" in text,
                 "question": text.rstrip().endswith("?"), "multi_company": len(targets) > 1,
                 "multi_company_mixed": len({t["label"] for t in targets}) > 1}
        found["article_layout"] = any(found[k] for k in ("list_item", "section_label", "question"))
        return {tag for tag, hit in found.items() if hit}

    recs, cats = collect(items, "t", "extra_t", existing, tags)
    finish(here, OUT, recs, cats, GROUP_ORDER, 18)


if __name__ == "__main__":
    main()
