"""Build extra_p.jsonl: original AI-industry sentences in which praise words belong to the company itself, to
its executives or to a descriptor of a bystander, not to the writer.

Same approach as build_extra_o.py. Sentences are written with inline markup: [mention|o] optimistic,
[mention|s] skeptical, [mention|n] neutral. The entity is looked up from the mention.

Focus (what a model gets wrong on real coverage by reading praise words as the writer's praise):
  1. a company's own voice reported flatly -> neutral for that company: what it said, claimed, touted,
     framed as a win, announced, disclosed in a filing, told investors, wrote in a blog post, and the figures
     it reported (spending, capex, user counts, funding rounds and valuations "according to reports");
     with minimal contrasts: the same claim endorsed by the writer's evidence (independent tests confirm it)
     -> optimistic, or undercut ("a claim independent tests did not bear out", "though it did not say how",
     "offered no evidence") -> skeptical;
  2. companies named as background or reference points in flattering descriptors ("rivals such as X",
     "AI leaders like X", "backed by X", "investors including X", "X, the world's most valuable chipmaker,")
     in a sentence that judges someone else -> neutral for them; contrasted with sentences that do judge the
     rival ("X keeps a commanding lead", "X benefits from exclusive rights") -> optimistic;
  3. executives' quotes and company responses to criticism: reported flatly -> neutral; reported with the
     writer's doubt -> skeptical; borne out by numbers the writer cites -> optimistic;
  4. plans, schedules and guidance stated without judgement ("expects to", "plans to", "slated for") ->
     neutral; plans that slipped ("was supposed to", "initially slated for ... has yet to") -> skeptical;
     plans delivered on or ahead of time -> optimistic.
All events are fictional; no sentence is copied from published coverage.

Run:  cd datasets/ainews && python3 build_extra_p.py   (writes extra_p.jsonl,
validates offsets, entities and first mentions, and prints a summary)
"""
import collections
import os
import re
import sys

from markup import (
    checked,
    existing_texts,
    print_label_summary,
    write_jsonl,
)

# ---------------------------------------------------------------------------
# Group 1. The company's own voice. (sentence, sub-phenomenon)
#   own_flat      what the company said / claimed / touted / announced, reported flatly -> neutral
#   own_figure    figures it reported, funding and valuations "according to reports" -> neutral
#   own_filing    filings, annual reports, regulatory disclosures -> neutral
#   own_endorsed  the same kind of claim, confirmed by evidence the writer cites -> optimistic
#   own_undercut  the same kind of claim, undercut by the writer -> skeptical
# Minimal contrasts are written next to each other (same claim, three endings).
# ---------------------------------------------------------------------------
OWN = [
    # flat claims and announcements
    ("[Meta|n] said in a blog post on Tuesday that its newest Llama model can take in twice as much text per request as the last one and costs less to serve.", "own_flat"),
    ("[Apple|n] described the update as the biggest change to Siri since the assistant was introduced in 2011, adding that most requests would be handled on the device itself.", "own_flat"),
    ("[Google|n] framed the quarter as a breakthrough for its cloud unit, pointing to a contract backlog that it said had grown to $155 billion.", "own_flat"),
    ("On stage in Menlo Park, [Meta|n] pitched the new display glasses as \u201cthe most advanced AI wearable we've ever made\u201d and put the price at $649.", "own_flat"),
    ("[Nvidia|n] says the new rack-scale system delivers up to 30 times the inference throughput of the previous generation when serving large language models.", "own_flat"),
    ("[xAI|n] calls Grok 4 \u201cthe most intelligent model in the world,\u201d citing its results on a set of graduate-level science and math exams.", "own_flat"),
    ("[Mistral|n] said its new medium-sized model matches or beats much larger models on most coding benchmarks at about one-eighth of the price.", "own_flat"),
    ("[OpenAI|n] called the agreement a \u201clandmark\u201d for its enterprise business; financial terms were not disclosed.", "own_flat"),
    ("[Amazon|n] said Bedrock now offers more than 100 models, including ones from [Anthropic|n], [Meta|n] and [Mistral|n], and that the number of customers using it had doubled since January.", "own_flat"),
    ("[Anthropic|n] said in a blog post that the new model is \u201cour best yet at sustained agentic work\u201d and can work on its own for more than a day on a single coding task.", "own_flat"),
    ("[Apple|n] says its on-device model, with roughly three billion parameters, outperforms larger open models on the everyday tasks iPhone owners perform most often.", "own_flat"),
    ("[Google|n] says its newest TPU is three times faster than its predecessor, and that [Anthropic|n] has agreed to use up to 400,000 of the chips.", "own_flat"),
    ("[Mistral AI|n] touted the deal as proof that European companies want \u201can alternative they control,\u201d adding that the models will run on servers in the customer's own data centers.", "own_flat"),
    ("[Microsoft|n] described the changes to Copilot as \u201cthe most significant improvements since launch,\u201d including faster answers in Outlook and a new agent mode in Excel.", "own_flat"),
    ("[xAI|n] announced that Grok would be available to [Azure|n] customers through Microsoft's model catalog starting next week.", "own_flat"),
    # figures, funding, valuations
    ("[OpenAI|n] told investors it expects revenue of about $14.2 billion this year, roughly triple last year's, according to a person who saw the presentation.", "own_figure"),
    ("[Nvidia|n] (NVDA) reported data-center revenue of $44.8 billion for the quarter and said it expects total revenue of about $59 billion, plus or minus 2%, in the current one.", "own_figure"),
    ("[Anthropic|n] is in talks to raise about $7 billion at a valuation near $210 billion, according to reports, in a round led by an investment firm that has also backed [xAI|n].", "own_figure"),
    ("[Amazon|n] said capital spending would come to roughly $131 billion this year, with the bulk going to data centers and custom chips for AWS.", "own_figure"),
    ("[Mistral|n] announced a \u20ac2.4 billion funding round on Tuesday that it said values the Paris-based company at \u20ac19 billion; a European industrial group led the round.", "own_figure"),
    ("[Apple|n] told analysts that more than half of the iPhones in use in the U.S. can now run Apple Intelligence, up from about a fifth a year ago.", "own_figure"),
    ("[xAI|n] is raising $10 billion in debt and equity, according to reports, and has told investors it will spend most of it on chips from [Nvidia|n].", "own_figure"),
    ("[Mistral|n] told prospective investors that annual recurring revenue had passed $300 million and that it expects to reach $1 billion next year, people who saw the materials said.", "own_figure"),
    ("[Amazon|n] said Alexa+ is now available to more than 2.5 million households, most of them Prime members who received it at no extra charge.", "own_figure"),
    # filings
    ("In its annual report, [Microsoft|n] flagged AI capacity shortages as a risk for the first time, saying demand for Azure services could exceed available supply through at least June.", "own_filing"),
    ("[xAI|n] disclosed in a filing with the Securities and Exchange Commission that it had sold $4.3 billion in equity to 27 investors.", "own_filing"),
    ("[Meta|n] disclosed in its 10-K that it had committed more than $70 billion to data-center leases that have not yet begun, including a large one with [Google|n] Cloud.", "own_filing"),
    # headlines in the company's voice
    ("[Meta|n] Tells Investors AI Spending Will Rise \u2018Significantly\u2019 Next Year", "own_headline"),
    ("[Anthropic|n] Reportedly Raising at $210 Billion Valuation", "own_headline"),
    ("[Microsoft|n] Touts \u2018Record\u2019 Copilot Adoption on Earnings Call", "own_headline"),
    ("[Mistral|n] Claims Its New Model Rivals [GPT-5|n] at a Fraction of the Cost", "own_headline"),
    ("[Grok|n] 5 Will Be \u2018Better Than Any Human Expert,\u2019 Elon Musk Claims", "own_headline"),
    ("- [Google|n] says AI Overviews now reach more than two billion people a month across 200 countries.", "own_flat"),
    ("Key Facts: [Nvidia|n] guided to $59 billion in revenue for the quarter; gross margin expected at about 74%.", "own_figure"),

    # --- minimal contrasts: the same claim reported flatly, confirmed, undercut ---
    ("[Google|n] says its new Gemini model makes 40% fewer factual errors than the previous version.", "own_flat"),
    ("[Google|o] says its new Gemini model makes 40% fewer factual errors than the previous version, and an independent evaluation published Monday found a drop of almost exactly that size.", "own_endorsed"),
    ("[Google|s] says its new Gemini model makes 40% fewer factual errors than the previous version, a claim that independent tests published Monday did not bear out.", "own_undercut"),

    ("[Microsoft|n] said Copilot saves the average user about ten hours a month.", "own_flat"),
    ("[Microsoft|s] said Copilot saves the average user about ten hours a month, though it did not say how it arrived at that number.", "own_undercut"),
    ("[Microsoft|o] said Copilot saves the average user about ten hours a month, and a survey of 1,400 customers by an outside research firm landed on a nearly identical figure.", "own_endorsed"),

    ("[Amazon|n] told investors that people use Alexa+ far more often than they used the old Alexa.", "own_flat"),
    ("[Amazon|s] told investors that people use Alexa+ far more often than they used the old Alexa, but offered no evidence and declined to share a single usage figure.", "own_undercut"),
    ("[Amazon|o] told investors that people use Alexa+ far more often than they used the old Alexa, and data from two smart-home analytics firms points the same way.", "own_endorsed"),

    ("[Meta|n] claims the new Llama model is the best open-weight model available for writing code.", "own_flat"),
    ("[Meta|s] claims the new Llama model is the best open-weight model available for writing code; on the leaderboards developers actually consult, it sits in ninth place.", "own_undercut"),
    ("[Meta|o] claims the new Llama model is the best open-weight model available for writing code, and for once the independent leaderboards agree.", "own_endorsed"),

    ("[xAI|n] says Grok 4 outscores every rival on a graduate-level reasoning exam.", "own_flat"),
    ("[xAI|s] says Grok 4 outscores every rival on a graduate-level reasoning exam, but the company ran the test itself and has not released the prompts it used.", "own_undercut"),
    ("[xAI|o] says Grok 4 outscores every rival on a graduate-level reasoning exam, and the nonprofit that maintains the exam confirmed the result on Friday.", "own_endorsed"),

    ("[Nvidia|n] said supply of its newest systems would improve in the second half of the year.", "own_flat"),
    ("[Nvidia|s] said supply of its newest systems would improve in the second half of the year, the same assurance it gave twelve months ago, before shortages dragged on into the spring.", "own_undercut"),
    ("[Nvidia|o] said supply of its newest systems would improve in the second half of the year, and lead times quoted by server makers have already fallen from about 50 weeks to 20.", "own_endorsed"),

    ("[Anthropic|n] said fewer than 5% of subscribers would be affected by the new weekly usage limits.", "own_flat"),
    ("[Anthropic|s] said fewer than 5% of subscribers would be affected by the new weekly usage limits, a figure it did not explain and that hundreds of complaints on its own forum quickly contradicted.", "own_undercut"),

    ("[Apple|n] said the new Siri answers questions correctly far more often than the old one.", "own_flat"),
    ("[Apple|s] said the new Siri answers questions correctly far more often than the old one, though the only evidence it offered was internal testing it has declined to publish.", "own_undercut"),
    ("[Apple|o] said the new Siri answers questions correctly far more often than the old one, and in two weeks of our own testing it did: it got 46 of 50 questions right, against 31 for the previous version.", "own_endorsed"),

    ("[Mistral|n] says Le Chat was downloaded 1.5 million times in its first ten days.", "own_figure"),
    ("[Mistral|o] says Le Chat was downloaded 1.5 million times in its first ten days, and app-store trackers put the number even higher.", "own_endorsed"),
    ("[Mistral|s] says Le Chat was downloaded 1.5 million times in its first ten days, though app-store trackers put the figure at roughly half that.", "own_undercut"),

    ("[OpenAI|n] said its new model hallucinates far less than its predecessors.", "own_flat"),
    ("[OpenAI|s] said its new model hallucinates far less than its predecessors, a claim outside researchers who tested it last week did not bear out: they found error rates roughly unchanged.", "own_undercut"),
    ("[OpenAI|o] said its new model hallucinates far less than its predecessors, and outside researchers who tested it last week found error rates had fallen by about a third.", "own_endorsed"),

    ("[Anthropic|o] calls the new model its best yet at long agentic tasks, and after a week of running it against our own codebase, we agree.", "own_endorsed"),
    ("[Anthropic|s] calls the new model its best yet at long agentic tasks, but in a week of running it against our own codebase it stalled on jobs the previous version finished.", "own_undercut"),

    ("[Nvidia|s] says the new system delivers up to 30 times the inference throughput of its predecessor, a figure that depends on a narrow configuration few customers will ever run.", "own_undercut"),
    ("[Alphabet|o]'s cloud unit grew 32% in the quarter, the fastest of the big three providers and well ahead of what analysts had forecast.", "own_endorsed"),
    ("[Meta|s] says a billion people use Meta AI every month, a count that includes anyone who tapped the assistant once by accident in a search bar.", "own_undercut"),
    ("[Microsoft|s] Says Copilot Is a Hit. Its Customers Are Less Sure.", "own_undercut"),
    ("[xAI|s] Says Grok Is the Smartest AI in the World. Outside Tests Say Otherwise.", "own_undercut"),
    ("[Amazon|s] said the new Trainium chips would cut training costs by as much as half, but the company has not named a single customer outside [Anthropic|n] that has moved a large workload onto them.", "own_undercut"),
    ("[Amazon|o] said the new Trainium chips would cut training costs by as much as half, and benchmarks run by an outside lab found savings of about 40% on the models it tested.", "own_endorsed"),
    # more endorsed / undercut claims, some with a second company judged by the same evidence
    ("[OpenAI|o] said enterprise seats had tripled this year, and filings from three of its largest customers show their spending on ChatGPT Enterprise climbing just as fast.", "own_endorsed"),
    ("[Apple|o] said the new live translation would work offline in 20 languages, and in our tests it handled every one of them without a connection and with few mistakes.", "own_endorsed"),
    ("[Meta|o] told advertisers its AI tools would lower the cost of each sale, and agency data from the holiday quarter show costs per conversion down 14%.", "own_endorsed"),
    ("[xAI|o] claimed its new coding model was the fastest on the market, and the independent speed tests published Tuesday put it first by a wide margin.", "own_endorsed"),
    ("[Mistral|o] said its small model would run at full speed on an ordinary laptop, and reviewers who tried it confirmed as much, with answers that held up against far larger systems.", "own_endorsed"),
    ("Analysts agree with [Amazon|o]'s pitch: at least four brokerages raised their AWS growth forecasts after the company said its AI backlog had doubled.", "own_endorsed"),
    ("[OpenAI|s] told investors it would be cash-flow positive by 2029, though it did not say how it would cover the more than $100 billion it has committed to spend on computing before then.", "own_undercut"),
    ("[Apple|s] said Apple Intelligence was \u201cdriving upgrades,\u201d but it offered no figures, and carriers describe this year's upgrade cycle as the slowest in four years.", "own_undercut"),
    ("[Google|s] touted \u201crecord\u201d adoption of Gemini in schools without mentioning that it comes bundled, free, into the Workspace accounts most districts already pay for.", "own_undercut"),
    ("[Nvidia|s] described its China-specific chip as \u201cfully compliant,\u201d but it has still not received the export licenses it said would arrive within weeks.", "own_undercut"),
    ("[Microsoft|s] calls the new Copilot agents \u201cautonomous,\u201d but in practice they stop to ask for approval at nearly every step.", "own_undercut"),
    ("[Meta|s] says its new lab is \u201cbuilding superintelligence\u201d; so far it has shipped a translation feature and a chatbot for Instagram.", "own_undercut"),
    ("[Mistral|s] describes itself as \u201cEurope's AI champion,\u201d but its annual revenue is still smaller than what its American rivals take in over a few weeks.", "own_undercut"),
    ("[Amazon|s] calls Alexa+ \u201cthe smartest Alexa ever,\u201d yet it still fumbles multi-step routines that the old version handled without trouble.", "own_undercut"),
    ("[Google|o]'s claim that its chips cost less to run than [Nvidia|s]'s held up in an independent test this week, which found the TPU system about 30% cheaper per token.", "own_endorsed"),
    ("[Anthropic|o] said the new Claude would beat [GPT-5|s] on the agent benchmark it helped design, and in the independent rerun published Friday it did, by 11 points.", "own_endorsed"),
    ("[Microsoft|s] said its in-house model would match the best from [OpenAI|o], but in the first public tests it fell well short of them.", "own_undercut"),
    ("[Meta|s] promised the new model would leapfrog [Gemini|o], yet Google's system still leads on seven of the ten tests Meta itself chose to publish.", "own_undercut"),
    ("[xAI|s] boasted that Grok had overtaken [ChatGPT|o] in the App Store, but the ranking lasted a single day in two countries, and OpenAI's app has held the top U.S. spot ever since.", "own_undercut"),
    ("[Amazon|o] predicted Alexa+ devices would outsell [Apple|s]'s new HomePod over the holidays, and sales data from three large retailers show they did, by about three to one.", "own_endorsed"),
    ("[Nvidia|o] said its new chips would hold their lead over custom silicon, and this week's industry benchmarks bore that out, with [Amazon|s]'s Trainium a distant second on every training test.", "own_endorsed"),
    ("[Anthropic|o] told customers Claude would handle longer coding jobs than GitHub [Copilot|s], and a side-by-side test by a large bank's engineering team found it finished nearly twice as many.", "own_endorsed"),
    ("[Mistral|o] said it would undercut [OpenAI|s] on price for European customers, and it has: its enterprise tier costs about 40% less for comparable usage, and several of its rival's French clients have switched.", "own_endorsed"),
    ("[Meta|s] said its new model would top the open-weight charts, but within a week [Mistral|o] released one that beat it on nearly every test.", "own_undercut"),
    ("[Apple|o] said its on-device model would be fast enough for real-time translation, and in our tests it beat [Microsoft|s]'s Copilot app, which needs a connection, on both speed and accuracy.", "own_endorsed"),
]

# ---------------------------------------------------------------------------
# Group 2. Companies as background or reference points. (sentence, sub-phenomenon)
#   ref_background  rivals, investors, backers, suppliers, former employers named (often in flattering
#                   descriptors) in a sentence that judges someone else, or judges nobody -> neutral
#   ref_judged      the sentence does judge the company ("keeps a lead", "benefits from") -> optimistic
# ---------------------------------------------------------------------------
REF = [
    ("[Mistral|s] lost two large public-sector contracts in France this year, an awkward setback for a start-up that pitches itself as the European alternative to U.S. giants like [OpenAI|n] and [Google|n].", "ref_background"),
    ("The Paris company, whose investors include [Nvidia|n], [Microsoft|n] and the French state bank Bpifrance, has yet to show it can make money from [Le Chat|s].", "ref_background"),
    ("Perplexity, which relies on models from [OpenAI|n] and [Anthropic|n] and was valued at $24 billion in its latest round, said it had passed 45 million monthly users.", "ref_background"),
    ("[Nvidia|n], the world's most valuable chipmaker, counts [Meta|s] among its largest customers, but the social-media company has little to show for the billions it has spent on the chips so far.", "ref_background"),
    ("[Nvidia|o] keeps a commanding lead in training chips, and [Meta|n]'s latest order, worth an estimated $14 billion, shows how hard it is for even the largest buyers to go elsewhere.", "ref_judged"),
    ("Cohere, a competitor to AI leaders such as [OpenAI|n] and [Anthropic|n], said it would cut 8% of its staff after a funding round fell short of its target.", "ref_background"),
    ("[Apple|s]'s AI group has lost more than a dozen researchers this year, many of them to [Meta|n] and [OpenAI|n], and the team that built its foundation models is now half its former size.", "ref_background"),
    ("[Anthropic|o], backed by [Amazon|n] and [Google|n], has more than doubled its revenue since January and now counts most of the Fortune 100 as customers.", "ref_background"),
    ("The bank's chatbot, built on [Llama|n] and hosted on [Azure|n], was switched off after staff discovered it had been loaded with an out-of-date table of interest rates.", "ref_background"),
    ("Like [Microsoft|n] and [Google|n] before it, [Amazon|s] is now asking customers to pay extra for AI features they used to get for free, and many of them are balking.", "ref_background"),
    ("[Microsoft|o] benefits from exclusive rights to sell [OpenAI|n]'s models to its cloud customers, and that advantage accounted for much of Azure's growth last quarter.", "ref_judged"),
    ("A start-up founded by two former [Google DeepMind|n] researchers and backed by [Nvidia|n] said Monday it had raised $300 million to build AI models for drug discovery.", "ref_background"),
    ("Even with fresh money from investors including [Nvidia|n] and AMD, [xAI|s] is burning through cash faster than it can raise it, according to financial documents reviewed by reporters.", "ref_background"),
    ("Rivals such as [Anthropic|n] and [Google|n] have cut prices too, but [OpenAI|s]'s reductions have done little to slow the drift of developers toward cheaper open models.", "ref_background"),
    ("[Meta|s] paid $3 billion for a stake in a speech-data start-up whose biggest customers, including [Google|n] and [OpenAI|n], promptly began pulling their business, leaving the deal worth far less than it looked.", "ref_background"),
    ("Oracle, which is building data centers for [OpenAI|n] packed with [Nvidia|n] chips, said its remaining performance obligations had jumped to $380 billion.", "ref_background"),
    ("[Apple|s] has spent two years promising an AI-powered Siri and has little to show for it, even as it signs deals to put models from [OpenAI|n] and [Google|n] inside its software.", "ref_background"),
    ("The company's new chief executive previously ran applied AI research at [Meta|n] and, before that, worked on [Gemini|n] at Google.", "ref_background"),
    ("[OpenAI|s], the [Microsoft|n]-backed lab, loses money on many ChatGPT Pro subscriptions because its heaviest users run up more compute than the $200 monthly fee covers.", "ref_background"),
    ("[Amazon|n]-backed [Anthropic|o] added more than 350,000 business customers this year, and its largest accounts are growing faster than its smaller ones.", "ref_background"),
    ("[Nvidia|n]-backed [Mistral|s] has not released a frontier-class model in nearly a year, and several of its early enterprise customers have quietly switched providers.", "ref_background"),
    ("[Google|n]- and [Amazon|n]-backed [Anthropic|n] said Thursday it would spend $50 billion on data centers in Texas and New York.", "ref_background"),
    ("Chinese labs such as DeepSeek and Moonshot have released open models that score close to the flagship systems from [OpenAI|n] and [Anthropic|n] on several math tests.", "ref_background"),
    ("Salesforce, which uses models from [OpenAI|n], [Anthropic|n] and [Google|n] inside its Agentforce product, said its AI revenue had more than doubled.", "ref_background"),
    ("The bank chose [Mistral|o] over the larger American providers because its models can run entirely on the bank's own servers, and the rollout reached all 40,000 employees in six weeks.", "ref_judged"),
    ("[Microsoft|o]'s decision to host [Grok|n] and models from [Meta|n] alongside [OpenAI|n]'s has given Azure the broadest model catalog in the industry.", "ref_judged"),
    ("[AWS|o], which hosts [Anthropic|n]'s models and counts [Mistral|n] and [Meta|n] among its Bedrock partners, grew 20% in the quarter, its fastest pace since 2022.", "ref_judged"),
    ("[Nvidia|o] benefits from nearly every big AI announcement: whenever [OpenAI|n], [Meta|n] or [xAI|n] unveils a new data center, most of the money ends up flowing to it.", "ref_judged"),
    ("Backed by [Nvidia|n] and led by a former [OpenAI|n] researcher, the start-up has spent most of its $400 million on compute and has yet to release a model.", "ref_background"),
    ("[Meta|n], which has spent heavily to hire researchers from [OpenAI|n] and [Google|n], said its new lab would publish its first model by the spring.", "ref_background"),
    ("[Anthropic|o] has become the default model inside coding tools such as Cursor and GitHub [Copilot|n], and that is where much of its revenue growth now comes from.", "ref_judged"),
    ("With [OpenAI|n] and [Anthropic|n] both now selling directly to European governments, [Mistral|s]'s pitch as the continent's sovereign option looks thinner than it did a year ago.", "ref_background"),
    ("[Amazon|s] has yet to turn its $8 billion stake in [Anthropic|n] into a clear advantage for AWS, whose AI growth still trails [Azure|o]'s by a wide margin.", "ref_judged"),
    ("[Microsoft|n], [OpenAI|n]'s biggest investor, declined to comment.", "ref_background"),
    ("[Nvidia|n], whose chips power nearly every major model, including [Claude|n] and [Gemini|n], said it had no knowledge of the smuggling ring.", "ref_background"),
    ("The world's most valuable company, [Nvidia|n], has now invested in more than 90 AI start-ups, including [Mistral|n] and [xAI|n], according to PitchBook data.", "ref_background"),
    ("- Investors: [Microsoft|n], [Nvidia|n], SoftBank, Thrive Capital", "ref_background"),
    ("Context: [Mistral|n] competes with [OpenAI|n], [Anthropic|n] and [Google|n] for enterprise contracts, and with [Meta|n]'s Llama for developers.", "ref_background"),
    ("[Nvidia|o]'s lead is widening: its share of AI accelerator spending rose to 86% this year, according to estimates from a research firm.", "ref_judged"),
    ("[xAI|s]'s enterprise business has barely moved since the spring, and the head of sales it hired from [Google|n] left after four months.", "ref_background"),
    ("[Grok|s] keeps producing embarrassing answers, and former engineers blame the decision to train it mostly on posts from X, a data source that labs like [OpenAI|n] and [Google|n] also license.", "ref_background"),
    ("Why This Matters: [Apple|n] will join [Google|n], [Microsoft|n] and [Amazon|n] in putting a generative model at the center of its assistant, which changes what developers can build for the iPhone.", "ref_background"),
    ("[Google|o] benefits from owning the whole stack, from its TPU chips to the Android phones that ship [Gemini|o] by default, an advantage that is hard for any standalone lab to match.".replace("[Gemini|o]", "Gemini"), "ref_judged"),
]

# ---------------------------------------------------------------------------
# Group 3. Executives' quotes and company responses. (sentence, sub-phenomenon)
#   exec_flat        the executive's upbeat claim reported flatly -> neutral
#   exec_doubt       the same kind of claim with the writer's doubt -> skeptical
#   exec_borne_out   borne out by numbers the writer cites -> optimistic
#   response_flat    a company's response to criticism reported flatly -> neutral
#   response_doubt   the response undercut by the writer -> skeptical
# ---------------------------------------------------------------------------
EXEC = [
    ("\u201cDemand for Blackwell is extraordinary,\u201d [Jensen Huang|n] said on a call with analysts on Wednesday.", "exec_flat"),
    ("[Jensen Huang|s] again called demand \u201cextraordinary,\u201d but he sidestepped questions about the inventory piling up at the company's server partners.", "exec_doubt"),
    ("[Jensen Huang|o] called demand \u201cextraordinary,\u201d and the numbers bore him out: data-center sales rose 66% and the company's forecast topped every analyst estimate.", "exec_borne_out"),
    ("\u201cWe are still in the early innings,\u201d [Satya Nadella|n] told analysts, adding that Copilot queries per user rose nearly 20% in the quarter.", "exec_flat"),
    ("[Satya Nadella|s] insisted Copilot was \u201cbecoming a daily habit\u201d for customers, but for the third straight quarter he declined to say how many people pay for it.", "exec_doubt"),
    ("[Satya Nadella|o] promised that Azure growth would pick up in the second half, and it did, accelerating to 41% as new AI capacity came online.", "exec_borne_out"),
    ("[Sam Altman|s] has said OpenAI's revenue will reach $100 billion by 2027, a projection that would require growth no software company has ever managed.", "exec_doubt"),
    ("[Sam Altman|s] spent two years describing the next model as a leap; the one released Thursday scored a few points higher than its predecessor on most tests.", "exec_doubt"),
    ("[Sam Altman|o] said ChatGPT would pass a billion weekly users by the end of the year, and independent app-tracking data show it got there in October.", "exec_borne_out"),
    ("\u201cOur enterprise business is growing faster than our consumer business,\u201d [Sam Altman|n] told the audience in San Francisco.", "exec_flat"),
    ("\u201cOur enterprise business is on fire,\u201d [Sam Altman|s] told the audience, without offering a single number to back it up.", "exec_doubt"),
    ("[Andy Jassy|n] wrote in his annual shareholder letter that AI agents would soon \u201chandle most of the errands customers now do by hand.\u201d", "exec_flat"),
    ("[Andy Jassy|s] said the new Alexa would change how people run their homes; most reviewers found it slower and less reliable than the one it replaced.", "exec_doubt"),
    ("[Andy Jassy|o] told investors AWS growth would reaccelerate once new capacity came online, and it did: the unit grew 21% in the third quarter, its best result in nearly three years.", "exec_borne_out"),
    ("[Tim Cook|n] told analysts Apple was \u201cmaking good progress\u201d on a more personalized Siri and still expected to release it next year.", "exec_flat"),
    ("[Tim Cook|s] said Apple was \u201cmaking good progress\u201d on the personalized Siri, the same words he used a year earlier, before the feature was delayed again.", "exec_doubt"),
    ("[Tim Cook|o] said the new AI features would drive iPhone upgrades, and the latest quarter backed him up: iPhone revenue rose 13%, well above forecasts.", "exec_borne_out"),
    ("[Dario Amodei|n] said at the conference that Claude now writes the majority of the code at many of Anthropic's largest customers.", "exec_flat"),
    ("[Dario Amodei|s] predicted two years ago that AI would be writing nearly all of the code at his customers by now; by his company's own survey, the share at its largest customers is closer to 40%.", "exec_doubt"),
    ("When [Dario Amodei|o] said enterprise demand was outrunning supply, some analysts rolled their eyes; the company's revenue has since doubled in five months.", "exec_borne_out"),
    ("\u201cThis is the biggest shift in computing I have seen,\u201d [Sundar Pichai|n] told analysts, adding that AI Overviews now reach more than two billion users a month.", "exec_flat"),
    ("[Sundar Pichai|s] said AI Overviews have made people search more, though the company has released no data to support that and publishers report steep drops in traffic.", "exec_doubt"),
    ("[Sundar Pichai|o] said AI Overviews were driving more searches, and third-party data released this week show U.S. query volume rising for the first time in two years.", "exec_borne_out"),
    ("[Elon Musk|s] said Grok would be \u201cmaximally truth-seeking,\u201d days before the chatbot spent an afternoon repeating a debunked conspiracy theory to users.", "exec_doubt"),
    ("[Elon Musk|s] promised a Grok that writes its own software by the end of the year, the latest in a long line of deadlines his AI company has missed.", "exec_doubt"),
    ("[Elon Musk|o] said the Memphis cluster would be running within months, and it was: the company's second Memphis building had 150,000 GPUs training in under five months, a build that has taken other labs more than a year.", "exec_borne_out"),
    ("Mark [Zuckerberg|n] said Meta AI now has more than a billion monthly users across Facebook, Instagram and WhatsApp.", "exec_flat"),
    ("Mark [Zuckerberg|o] told investors AI would make the company's ads work better, and the results show it: ad prices rose 9% and conversions climbed in every region.", "exec_borne_out"),
    ("Mark [Zuckerberg|s] has promised for three years that the metaverse and now AI glasses would become the next computing platform; the devices still sell in the low millions.", "exec_doubt"),
    ("[Mistral|n] chief executive Arthur Mensch told reporters the company is profitable on a unit basis and has no need to raise money this year.", "exec_flat"),
    ("[Mistral|s] chief executive Arthur Mensch insisted the company had no need to raise money this year; it closed a \u20ac600 million round four months later.", "exec_doubt"),
    ("Arthur Mensch said [Mistral|o] would win more European government work this year, and it has: the company has signed defense and tax-authority contracts in three countries since March.", "exec_borne_out"),
    ("[Satya Nadella|s] told analysts that AI would \u201cpay for itself\u201d within two years, but Microsoft's own filings show capital spending growing far faster than AI revenue.", "exec_doubt"),
    ("[Jensen Huang|s] said the company would \u201csell everything we make\u201d in China, weeks before regulators there told local firms to stop ordering its chips.", "exec_doubt"),
    ("[Andy Jassy|o] said Trainium would become a multibillion-dollar business, and it has: the chip line brought in more than $3 billion last year.", "exec_borne_out"),
    ("[Satya Nadella|o] predicted Azure would keep gaining share, and it has: it grew faster than [AWS|s] for the sixth quarter in a row.", "exec_borne_out"),
    ("[Sundar Pichai|o] said Gemini would close the gap with [ChatGPT|s], and app-download data show it has cut the lead roughly in half since January.", "exec_borne_out"),
    ("[Elon Musk|s] said Grok would \u201ccrush\u201d [Claude|o] at coding; on the benchmark developers trust most, it still trails by 14 points.", "exec_doubt"),
    ("[Tim Cook|s] told analysts Apple was \u201cnot behind\u201d in AI, even as [Google|o] shipped on its Pixel phones the features Apple had promised for Siri more than a year earlier.", "exec_doubt"),
    ("[Andy Jassy|s] promised Alexa+ would \u201cleapfrog\u201d every other assistant, but in our tests it lagged [Gemini|o] on almost every task we tried.", "exec_doubt"),
    ("\u201cEvery company is going to need an AI factory,\u201d [Jensen Huang|n] told the crowd in Taipei, naming [Microsoft|n] and [Meta|n] among the customers already building them.", "exec_flat"),
    ("[Sam Altman|n] told reporters the new shopping feature was \u201cthe best way to buy things online\u201d and said [Microsoft|n] would offer it inside Bing later this year.", "exec_flat"),
    ("\u201c[Claude|n] is the best coding model in the world, and our customers know it,\u201d Dario Amodei said in an interview, pointing to a new deal with [Amazon|n] to offer it to more AWS customers.", "exec_flat"),
    ("[Sundar Pichai|n] called Gemini's growth \u201cremarkable\u201d and said the app now has more than 720 million monthly users, a figure he gave on the company's earnings call.", "exec_flat"),
    ("\u201c[Alexa|n]+ is the best assistant anyone has built,\u201d Andy Jassy said at the event in New York, where the company also showed four new Echo devices.", "exec_flat"),
    ("[Elon Musk|n] wrote on X that Grok 5 would be \u201cthe first model that feels truly intelligent\u201d and that training would finish by the end of the quarter.", "exec_flat"),
    ("Arthur Mensch told the audience that [Mistral|n]'s newest model is \u201cthe strongest ever built in Europe\u201d and that it would be offered through [Azure|n] and [AWS|n] from day one.", "exec_flat"),
    ("Mark [Zuckerberg|n] described the new glasses as \u201cthe ideal form factor for AI\u201d during his keynote and said the company would expand production with its eyewear partner.", "exec_flat"),
    # company responses to criticism
    ("An [Amazon|n] spokesperson said the report relied on outdated information and that Alexa+ was available to \u201cmillions\u201d of customers.", "response_flat"),
    ("[xAI|n] said in a statement that the posts resulted from an unauthorized change to Grok's system prompt and that it had reverted the change.", "response_flat"),
    ("[xAI|s] blamed an \u201cunauthorized modification\u201d for the posts, the second time this year it has pinned a Grok failure on a single unnamed employee.", "response_doubt"),
    ("[OpenAI|n] said it was reviewing the findings and pointed to the safety testing it had published alongside the model.", "response_flat"),
    ("[OpenAI|s] said it was \u201creviewing the findings,\u201d the same response it gave to the previous two reports, neither of which led to any visible change.", "response_doubt"),
    ("[Google|n] said the wrong flight times had shown up in \u201cfewer than one in ten thousand\u201d travel queries and that it had since changed how the feature picks its sources.", "response_flat"),
    ("[Google|s] said the errors affected only \u201ca small number\u201d of queries, but it would not say how many, and screenshots of new ones kept circulating for days.", "response_doubt"),
    ("[Meta|n] said it had fixed the bug that exposed some users' prompts and had found no evidence that anyone exploited it.", "response_flat"),
    ("[Meta|s] said it had fixed the bug and found no evidence of abuse, but it has still not said how long the prompts were exposed or how many users were affected.", "response_doubt"),
    ("[Anthropic|n] said it does not train on business customers' data and that the new policy applies only to consumer accounts that opt in.", "response_flat"),
    ("[Anthropic|s] said the new policy applies only to users who opt in, but the pop-up it showed millions of users arrived with the opt-in switch already turned on.", "response_doubt"),
    ("An [Apple|n] spokesperson said the company \u201cremains committed\u201d to shipping the new Siri and would share more at its developer conference.", "response_flat"),
    ("[Google|o] said its AI search would send more traffic to publishers, and the first independent study of the change found referrals from search rose about 10%.", "exec_borne_out"),
]

# ---------------------------------------------------------------------------
# Group 4. Plans, schedules and guidance. (sentence, sub-phenomenon)
#   plan_flat       plans, expectations, launch dates and guidance stated without judgement -> neutral
#   plan_slipped    a plan that slipped, against the company's own earlier promise -> skeptical
#   plan_delivered  a plan delivered on time or early, stated by the writer -> optimistic
# ---------------------------------------------------------------------------
PLAN = [
    ("[Apple|n] plans to release the more personal Siri as part of a software update in the spring, the company said.", "plan_flat"),
    ("[Amazon|n] expects to begin rolling out Alexa+ in the U.K. and Germany early next year.", "plan_flat"),
    ("[Mistral|n] plans to open a data center south of Paris in 2026 with 18,000 [Nvidia|n] chips.", "plan_flat"),
    ("[Apple|n] plans to let Siri hand requests to outside models next year, including ones from [OpenAI|n] and [Google|n], according to a report.", "plan_flat"),
    ("[Microsoft|n] will begin charging for agents built in Copilot Studio on a per-message basis in January, the company said.", "plan_flat"),
    ("[OpenAI|n] expects to have more than a million GPUs running by the end of the year, most of them from [Nvidia|n], Sam Altman said.", "plan_flat"),
    ("[Anthropic|n] plans to make Claude available inside [Microsoft|n]'s Office apps starting next month.", "plan_flat"),
    ("[Mistral|n] will begin offering its models through [Google|n] Cloud's Vertex AI next quarter, the two companies said.", "plan_flat"),
    ("- [Apple|n]: WWDC keynote on June 8, where the new Siri is expected to be the centerpiece", "plan_flat"),
    ("What's Next: [Google|n] says Gemini will replace Google Assistant on most Android phones by the end of next year.", "plan_flat"),
    ("Timeline: [Meta|n] expects the first model from its new superintelligence lab to arrive in the first half of next year.", "plan_flat"),
    ("[OpenAI|n] to Launch Ads in ChatGPT Early Next Year, Report Says", "plan_flat"),
    ("[Nvidia|n] Unveils Rubin Chips, Says They Will Ship Next Year", "plan_flat"),
    # slipped plans
    ("The personalized [Siri|s], initially slated for last spring, has yet to ship, and Apple no longer gives a date.", "plan_slipped"),
    ("[Alexa|s]+ was supposed to reach every U.S. customer by the summer; months later, Amazon is still sending out invitations in batches.", "plan_slipped"),
    ("[OpenAI|s]'s voice-agent platform, first promised for June, has been delayed twice, most recently for what the company called additional safety testing.", "plan_slipped"),
    ("[Meta|s] initially slated its largest Llama model for April, then June, then the fall, and it has yet to say whether it will release the model at all.", "plan_slipped"),
    ("[Microsoft|s]'s agent builder for Windows, originally meant to launch with the spring update, arrived nearly a year late and with much of its original promise trimmed.", "plan_slipped"),
    ("[Nvidia|s]'s next chip was supposed to ship in volume by the spring; server makers now say they do not expect meaningful quantities before the fall.", "plan_slipped"),
    ("[xAI|s] said Grok 5 would arrive by the end of the year; it is now March, and the company has stopped giving dates.", "plan_slipped"),
    ("[Google|s] promised its universal assistant would be in people's hands \u201clater this year\u201d \u2014 that was eighteen months ago.", "plan_slipped"),
    ("[Anthropic|s] said in February that the new model would be broadly available \u201cwithin weeks,\u201d but access is still limited to a few hundred enterprise customers.", "plan_slipped"),
    ("[Mistral|s]'s much-trailed reasoning model, initially slated for the first quarter, has yet to appear outside a small private preview.", "plan_slipped"),
    ("[Mistral|s] said its Paris data center would open in the first quarter; construction has not begun, according to local permit filings.", "plan_slipped"),
    ("[OpenAI|s] said last year that its first device would ship in 2025; the company now says it will not arrive before late 2026.", "plan_slipped"),
    ("[AWS|s] said its next Trainium chip would be in customers' hands by the summer; the first units have yet to leave its own data centers.", "plan_slipped"),
    ("[Microsoft|s] was supposed to start mass production of its Maia AI chip this year, but the in-house accelerator has now slipped by at least nine months.", "plan_slipped"),
    ("[Apple|s] told developers at last year's conference that the new Siri would arrive \u201cin the coming year\u201d; a year later, it had not.", "plan_slipped"),
    ("[Google|s] had said Gemini would fully replace Assistant on phones by the end of this year, a deadline it has now quietly pushed into next year.", "plan_slipped"),
    ("[Grok|s]'s video generator, announced for July, has so far reached only a small fraction of paying users.", "plan_slipped"),
    ("\u26a0\ufe0f Limitations & Risks: [Apple|s] has pushed the feature back twice already and still has not said what is holding it up.", "plan_slipped"),
    ("[OpenAI|s] promised its agent would book trips end to end by the spring; it still hands off to a human at checkout, while [Google|o]'s version has been completing bookings since March.", "plan_slipped"),
    ("[xAI|s] said its Memphis expansion would be finished by June; it is now September, and [Microsoft|o], which announced a similar build months later, switched its site on first.", "plan_slipped"),
    # delivered
    ("[Apple|o] said the new Siri would be ready by spring, and it shipped in March as promised, with every feature shown at the keynote.", "plan_delivered"),
    ("[OpenAI|o] said the new model would reach all free users within a month; it took nine days.", "plan_delivered"),
    ("[Meta|s] told investors its AI glasses would sell ten million units this year; it is on pace for fewer than four million.", "plan_slipped"),
    ("[Amazon|o] finished rolling out Alexa+ to all U.S. Prime members two months ahead of the schedule it set in February.", "plan_delivered"),
    ("[Google|o] shipped every feature it demonstrated at its developer conference within six weeks, a pace no rival has matched this year.", "plan_delivered"),
    ("[Anthropic|o] released the model on the day it had promised, at the price it had promised, and it has held up under a week of heavy use.", "plan_delivered"),
    ("[Nvidia|o] said Blackwell Ultra would ship in the second half, and it began shipping in volume in August, earlier than most analysts expected.", "plan_delivered"),
    ("[Microsoft|o] promised Copilot would be in every Office app by the fall, and it delivered on schedule.", "plan_delivered"),
    ("[Meta|o] said the glasses would be on shelves by the holidays; they arrived in October and sold out in most U.S. stores within a week.", "plan_delivered"),
    ("[xAI|o] said the new data center would be running by the end of the quarter, and it was, three weeks early.", "plan_delivered"),
    ("[Mistral|o] said it would bring Le Chat to every major European language by June, and it finished in April.", "plan_delivered"),
]

GROUPS = (("own_voice", OWN), ("reference_point", REF), ("exec_response", EXEC), ("plan", PLAN))
LIST_ITEM = re.compile(r"^(?:- |\u2022 |\* |\d+\. )")
SECTION = re.compile(r"^(?:\W+\s)?[A-Z][A-Za-z' &]{2,30}:\s")


def is_headline(text):
    words = [w for w in re.findall(r"[A-Za-z][\w'\u2019-]*", text) if len(w) > 3]
    return not text.rstrip().endswith(".") and words and all(w[0].isupper() for w in words)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    existing = existing_texts(here, "extra_p.jsonl")

    recs, bad, seen = [], 0, set()
    sub = collections.Counter()
    forms = collections.Counter()
    group_n = collections.Counter()
    group_lab = collections.defaultdict(collections.Counter)
    i = 0
    for gname, group in GROUPS:
        for marked, tag in group:
            i += 1
            rec, wrong = checked(f"p{i:04d}", marked, seen, existing, "extra_p")
            text, targets = rec["text"], rec["targets"]
            bad += wrong
            sub[tag] += 1
            group_n[gname] += 1
            for t in targets:
                group_lab[gname][t["label"]] += 1
            if LIST_ITEM.match(text):
                forms["list_item"] += 1
            elif SECTION.match(text):
                forms["section_label"] += 1
            elif is_headline(text):
                forms["headline"] += 1
            if "\u201c" in text:
                forms["quote"] += 1
            if len(targets) > 1:
                forms["multi_company"] += 1
            if len({t["label"] for t in targets}) > 1:
                forms["multi_company_mixed"] += 1
            recs.append(rec)
    if bad:
        print(f"{bad} invalid sentences", file=sys.stderr)
        sys.exit(1)

    write_jsonl(os.path.join(here, "extra_p.jsonl"), recs)
    print_label_summary("extra_p.jsonl", recs)
    print("per group: sentences, targets (skeptical/neutral/optimistic)")
    for g, _ in GROUPS:
        c = group_lab[g]
        print(f"  {g:16s} {group_n[g]:4d} {sum(c.values()):4d}  {c['skeptical']:3d}/{c['neutral']:3d}/{c['optimistic']:3d}")
    print("sub-phenomena (sentences):")
    for k, v in sorted(sub.items()):
        print(f"  {k:16s} {v}")
    print("forms (sentences):", dict(forms))
    print("targets per sentence:", dict(sorted(collections.Counter(len(r["targets"]) for r in recs).items())))


if __name__ == "__main__":
    main()
