"""Build extra_v.jsonl: original AI-industry sentences aimed at seven error classes the stance model still shows
on text written like published coverage.

Same approach as build_extra_t.py. Sentences are written with inline markup: [mention|o] optimistic,
[mention|s] skeptical, [mention|n] neutral. The entity is looked up from the mention (markup.py).

Focus (one list per class below):
  1. FIGURATIVE quotes: analysts, fund managers, customers whose praise or criticism is carried by a metaphor,
     irony or a negated negative ("can afford to be late; its customers are not going anywhere" optimistic;
     "treated like a utility, but its biggest customers are building their own chips" skeptical).
  2. EXECUTIVES' VOICE, mostly through the CEO alias: boasting (optimistic), denials, no-comment and flat plans
     (neutral; declining to give a number is neutral unless the sentence frames it as evasion), admissions of
     failure even with a promise to fix them (skeptical).
  3. QUESTION headlines with the lean a reader hears, and some neutral ones.
  4. PEOPLE WHOSE GIVEN NAME IS AN ALIAS ("Claude Vidal", "Alexa Romano", "Siri Halvorsen"): the person is not a
     mention; the company the person talks about is the target, labelled by the person's judgement.
  5. HEDGED and REPORTED doubt (inquiries, lawsuits against the company, "it is not yet clear", "there are signs"),
     next to neutral routine legal and regulatory facts (guidance that blames no one; the company suing someone).
  6. CONCESSIVES in both directions, many in clause-swapped pairs: the main clause decides.
  7. IDIOMS and plain praise or criticism without quotes, next to neutral facts using similar nouns.

Labelling rules (the house rules):
  - Plain facts (revenue, capex, headcount, users, launches, deals, layoffs, projected losses), even with big
    numbers, stated without judgement -> neutral; numbers that carry a judgement (beat, miss, record, slump,
    "blowing past targets") -> by the judgement.
  - Comparison: winner optimistic, loser skeptical, a mere yardstick neutral.
  - Concessive: the main clause decides. Reported doubt, fines, lawsuits against the company, admissions ->
    skeptical.
  - Third-party praise -> optimistic; an executive praising their own company -> optimistic; an executive admitting
    failure -> skeptical.
  - Questions: the lean a reader hears.
  - Each company at most once per sentence, at its first mention; every alias of a tracked company in a sentence is
    labelled, except given names of people (class 4).

Given names (class 4): pipeline/entities.py skips "Claude", "Alexa", "Siri" and "Grok" when a surname follows
(and the sentence is not a Title Case headline). markup.validate() knows nothing of that rule and would call the
person's first name an unlabelled or earlier mention of the company. This script therefore runs collect() with
markup.alias_hits narrowed, for the class-4 sentences only (a per-sentence allow list), to drop exactly the
given-name hits that the project's MentionFinder itself skips; every other check stays. Afterwards every sentence
of the file is checked against MentionFinder: its first span per company must be exactly the labelled targets,
and each item must be one sentence for pipeline.sentences.split_sentences. Any mismatch exits non-zero.

All people, firms, events and figures are invented; no sentence is copied or closely paraphrased from published
coverage (real company and product names only).

Run:  cd datasets/ainews && ../../.venv/bin/python build_extra_v.py   (writes extra_v.jsonl, validates, prints a
summary)
"""
import os
import re
import sys

from pipeline.config import Entity  # noqa: E402  (markup.py puts the repository root on sys.path)
from pipeline.defaults import DEFAULT_ENTITIES  # noqa: E402
from pipeline.entities import _GIVEN_NAME_ALIASES, MentionFinder  # noqa: E402

import markup
from markup import collect, existing_texts, finder_disagreements, finish, parse, without

OUT = "extra_v.jsonl"

# ---------------------------------------------------------------------------
# Class 1. Figurative or indirect judgement in quotes.
# ---------------------------------------------------------------------------
FIGURATIVE = [
    "“[Nvidia|o] can afford to be late with the new rack; its customers are not going anywhere,” said Lorna Achebe, a hardware analyst at Fenwick Hale.",
    "“The market prices [Nvidia|s] like a utility, but its three biggest customers are quietly designing their own chips,” wrote Idris Kamara of Saltmarsh Research.",
    "A retail analyst at Pellham Group called the rebuilt [Siri|s] “the most overpromised product Apple has shipped in a decade”.",
    "Sebastian Krull of Ostrava Capital described [OpenAI|o]'s price cut as “a sign of confidence, not desperation”.",
    "“[Microsoft|o] isn't buying lottery tickets; it is buying the casino,” one fund manager said of the company's data-centre leases.",
    "“If [Meta|s]'s superintelligence push is a moonshot, the rocket is still sitting on the pad,” said Helga Brandvold, who runs a technology fund in Oslo.",
    "“Nobody ever got fired for picking [AWS|o], and that is just as true in the AI era,” said the procurement chief of a Midwest insurer.",
    "“[Google|o] was supposed to be the Kodak of this story, and instead it is writing the ending,” said Pavel Ostrowski of Kettering Advisors.",
    "“[Anthropic|o] isn't winning on marketing; it is winning on the support tickets that never get filed,” the help-desk manager of a Dutch bank said.",
    "“Calling [Grok|s] a product is generous, since it is really a press release with a chat box attached,” wrote Dalia Fenn, who reviews AI tools for a trade newsletter.",
    "“[Mistral|o] punches well above its weight, and the ministries that buy from it know it,” said Étienne Roux, head of digital at Banque Caudron.",
    "“It is hard to call [Apple|o] behind when it owns the one device everybody carries to bed,” said Miriam Osei of Lanyard Capital.",
    "“[Copilot|s] has become the gym membership of office software: everyone signed up, hardly anyone goes,” said a consultant who advises large retailers.",
    "One investor dismissed [Meta AI|s] as “the emperor's new chatbot”, noting that most of its billion users never chose to open it.",
    "“[Amazon|o] doesn't need to win the model race when it owns the racetrack,” said Keiko Arima, a cloud analyst at Wendover Partners.",
    "“[xAI|s] has the fastest burn I have seen, and I covered the dot-com years,” said Harold Venn, a retired equity analyst.",
    "An early backer of the company likened [Mistral|s]'s push into America to “a rowing boat entered in a yacht race”.",
    "“It is not a question of whether [Gemini|o] catches up; it already has, and people simply haven't noticed,” said Ruth Kamau of Halberd Research.",
    "“I wouldn't say [OpenAI|s] is running out of money, but it is certainly running toward the edge of it,” said a banker who has worked on the company's debt deals.",
    "“[Jensen Huang|o] sells the shovels, and the gold rush shows no sign of ending,” said Gideon Shaw, a portfolio manager at Carrow Funds.",
    "“It is hardly a flop when [Alexa|o]+ has more paying users than most apps have visitors,” said a smart-home analyst at Pemberly Insights.",
    "“[Bedrock|s] is a supermarket with plenty of shelves and not many shoppers,” said the chief technology officer of a London fintech.",
    "Far from a setback, the lost defence contract was “a rounding error” for [Microsoft|o], according to Yusra Khalid of Anchorline Securities.",
    "“Not bad for a company everyone wrote off two years ago,” Olu Adebayo of Thornbury Capital said of [Google|o]'s cloud margins.",
    "“[Claude|o] isn't flashy; it just keeps turning up for work,” said the chief engineer of a Hamburg logistics firm.",
    "“Everyone keeps waiting for the [Nvidia|o] party to end, and the music just keeps getting louder,” said Fenwick Hale's Lorna Achebe.",
    "“[Tim Cook|s] brought a privacy policy to a compute fight,” one hedge-fund manager said of the company's AI plans.",
    "“The [Llama|s] licence reads like a welcome mat with a tripwire under it,” said Ana Beltrão, a lawyer who advises start-ups in Lisbon.",
    "“There is no plan B at [xAI|s], only a bigger and more expensive plan A,” a former engineer said, describing a culture of ever larger bets.",
    "“[Azure|o] is the landlord everybody complains about and nobody leaves,” said a licensing consultant in Frankfurt.",
    "“They didn't so much launch [Sora|s] as drop it off a cliff and hope it learned to fly,” said a visual-effects supervisor in Vancouver.",
    "“[Anthropic|s] is a brilliant lab renting someone else's house, and the rent keeps rising,” wrote Dmitri Sokol of Varga Research.",
    "Niamh Corrigan, who covers cloud software for Drumlin Securities, said [Amazon|s] had “brought a catalogue to a model fight”.",
    "“[Google|s] is defending a castle whose moat its own chatbot is busy draining,” said Leopold Hahn of Kessel Asset Management.",
    "“Nobody is complaining about [Nvidia|o]'s margins except the people paying them,” quipped a semiconductor strategist at Rowan Pike.",
    "“[Apple|s] keeps promising the orchestra and delivering a kazoo,” a longtime shareholder said after the developer conference.",
    "“[Zuckerberg|o] has turned the ad machine into the best-funded research lab on the planet, and it pays for itself,” said Corinne Vasseur of Albane Gestion.",
    "“[Le Chat|s] is a fine assistant for a country that already has three of them,” said a Paris-based venture investor, questioning its reach outside France.",
    "In a note to clients, Ravi Menon of Kilnworth Research called [Satya Nadella|o] “the only chief executive who bought the right ticket before the train left”.",
    "“The numbers don't lie, and for [Meta|o] they are shouting,” said Beatrix Lomax, who manages a growth fund in Edinburgh.",
    "“[OpenAI|s] is building a cathedral on a mortgage,” said an infrastructure banker, referring to the company's data-centre commitments.",
    "A customer at a Rotterdam shipping firm said [Claude|o] had become “the colleague who never takes a holiday and never makes things up”.",
    "“[Grok|o] is the one model that doesn't treat our traders like children,” said the head of research tools at a Chicago prop-trading firm.",
    "“[Microsoft|s] bought a front-row seat to the AI show and is now finding out what the ticket really costs,” said Adaeze Nwankwo of Brisa Partners.",
    "“The [Gemini|s] app is a Ferrari engine in a car nobody wants to drive,” a mobile analyst at Tarn Research said of its sluggish downloads.",
    "“[AWS|s] used to set the pace, and now it is reading the other runners' split times,” said a former cloud executive.",
    "“[Mistral|o] was never meant to survive this long, let alone profit from it,” said Renaud Picard, a partner at Sévigné Capital, with evident approval.",
    "“It would be a mistake to confuse [Apple|o]'s patience with paralysis,” Miriam Osei of Lanyard Capital wrote in a note titled “Late, not lost”.",
    "“[Elon Musk|s] can build a data centre in four months, but he still can't build trust with advertisers,” said a media buyer at a London agency.",
    "“Anyone betting against [Andy Jassy|o] on infrastructure should look at who built the last two decades of it,” said Keiko Arima of Wendover Partners.",
    "“[Nvidia|s]'s moat looks deep until you notice how many people are digging tunnels under it,” said Idris Kamara of Saltmarsh Research.",
    "“[ChatGPT|o] is the closest thing this industry has to a household verb,” said Marguerite Delaunay, a consumer analyst at Orme Partners.",
    "“[Anthropic|o] is the one supplier I have never had to chase,” said the procurement director of a Nordic insurer, calling its contracts “boringly reliable”.",
    "“The [Copilot|o] rollout is the rare case where the sales pitch undersold the product,” said the chief operating officer of a Leeds accountancy.",
    "“[xAI|o] has done in two years what took others a decade, and its rivals are not laughing any more,” said Yusuf Adeyemi of Harrow Street Capital.",
    "“If this is [Google|o] playing catch-up, I would hate to see it in the lead,” joked a developer-relations head at a Munich start-up.",
    "“[Siri|o] used to be the punchline, and now it is the feature people show their friends,” said a mobile reviewer after a week with the update.",
    "“[Meta|s] has a habit of building the stadium before it has a team,” Helga Brandvold said of the company's newest data centre.",
    "“The [Amazon|o] flywheel is spinning again, and this time AI is the motor,” said Niamh Corrigan of Drumlin Securities.",
    "“[Mistral|s] has the flag, the speeches and the ministers, but not yet the customers,” said a Brussels-based procurement adviser.",
    "One chief information officer at a German carmaker said the [Azure|n] contract “covers 30,000 seats and runs until 2029”.",
    "“[Amodei|o] warned everyone the demand would come, and now it has,” said the founder of a San Francisco coding start-up.",
    "“We used to apologise for running on [Llama|o]; now our clients ask for it by name,” said the founder of a Warsaw chatbot agency.",
    "“[Nvidia|n] has told us delivery is in the second quarter, and we have planned around that,” said the head of infrastructure at a Swiss bank.",
    "Analysts at Meridale Securities called [Apple|s]'s new assistant “a very polished apology”, citing the features still missing.",
    "“[OpenAI|o] keeps being declared dead by people who then quietly renew their subscriptions,” said Eamon Farrell of Lisburn Capital.",
    "“[Bing|o] is no longer the joke it was; it is the search engine half our agents quietly rely on,” said an automation engineer at a Phoenix insurer.",
    "“[Jassy|s] talks about agents the way airlines talk about legroom,” said a Seattle venture investor, questioning the company's claims.",
    "“We think of [Nvidia|n] as the plumbing and the models as the water,” said the infrastructure head of a Madrid hospital group, describing how the system is built.",
    "“Our [Mistral|n] deployment is the engine and our own code is the steering wheel,” the bank's chief data officer said, describing the set-up.",
    "“[Apple|n] moves at its own pace, and we plan our accessories calendar around it,” said the chief executive of a phone-case maker.",
    "“The [Claude|n] contract is a bridge until our own system is ready,” said the insurer's chief technology officer.",
]

# ---------------------------------------------------------------------------
# Class 2. Executives' voice: boast, flat statement or no-comment, admission.
# ---------------------------------------------------------------------------
EXEC = [
    # boasting -> optimistic
    "“Demand is simply off the charts, and it is still accelerating,” [Jensen Huang|o] told analysts on Wednesday.",
    "“We went from nothing to a frontier model in two years,” [Elon Musk|o] told the crowd at the Memphis site, calling the new Grok “the smartest assistant on Earth”.",
    "[Satya Nadella|o] told investors that Copilot had become “the fastest-growing product in the history of our commercial cloud”.",
    "[Sundar Pichai|o] said the Gemini app now handles more requests in a week than it did in all of last year.",
    "“Enterprise demand is outrunning every forecast we made, including the aggressive ones,” [Dario Amodei|o] said at the company's developer day.",
    "[Andy Jassy|o] called Trainium “a multibillion-dollar business growing triple digits quarter over quarter”.",
    "“Honestly, we cannot build capacity fast enough for the people who want to use it,” [Sam Altman|o] wrote on Sunday night.",
    "[Zuckerberg|o] told employees the new Llama was “the best model in the world at its size, and it isn't close”.",
    "[Tim Cook|o] said iPhone upgrades in markets with Apple Intelligence were “the strongest we have seen in four years”.",
    "“Every government we talk to wants a sovereign model, and we are the only one they can actually own,” a [Mistral|o] co-founder told a Paris conference.",
    "“We are booked out through next year,” [Nadella|o] said of the company's new AI data centres.",
    "“[Claude|o] Code went from a side project to a billion-dollar product in under a year,” an Anthropic executive said at the developer conference.",
    "[Pichai|o] said the company's TPUs had cut the cost of serving its models “by more than half in eighteen months”.",
    "“We are shipping faster than anyone in this industry, and the scoreboard shows it,” [Altman|o] said on stage.",
    # flat statements, denials, no-comment -> neutral
    "“Nothing about our roadmap has changed,” an [Apple|n] spokesperson said when asked about reports that the assistant had slipped again.",
    "[Jensen Huang|n] declined to say how much of the quarter's revenue came from customers in China.",
    "[OpenAI|n] declined to say how many people use ChatGPT every day.",
    "[Satya Nadella|n] said capital spending would stay “roughly flat” in the second half of the fiscal year.",
    "[Andy Jassy|n] said Amazon had no plans to change the way it reports AWS results.",
    "[Sundar Pichai|n] said the company was reviewing the ruling and declined to comment further.",
    "[Dario Amodei|n] said Anthropic would open offices in Seoul and Bangalore next year.",
    "[Zuckerberg|n] said Meta would publish the weights of the next Llama on the same terms as the last one.",
    "An [xAI|n] spokesperson said the company does not comment on fundraising.",
    "[Mistral|n] said it “does not comment on commercial discussions” when asked about a reported deal with a German carmaker.",
    "[Tim Cook|n] said the company would say more about its AI plans at the developer conference in June.",
    "[Elon Musk|n] said the next version of Grok would be trained at the Memphis site and released “when it is done”.",
    "[Sam Altman|n] said the company would share updated usage figures at its developer conference in the autumn.",
    "[Amazon|n] declined to say how many customers pay for Alexa+, saying only that it would give an update next year.",
    "[Nvidia|n] said its guidance does not include any sales of the new chip to China.",
    "[Microsoft|n] said the partnership terms had been filed with regulators and declined to comment on the inquiry.",
    "Asked whether the company would raise prices, a [Google|n] spokesperson said the current plans “remain in place”.",
    "[Meta|n] said it had no plans to charge for the Meta AI app this year.",
    "[Jensen Huang|n] said the company would give a fuller update on the new rack at its March conference.",
    "[Tim Cook|n] declined to say whether the company pays [Google|n] for the models behind the new Siri.",
    "[Dario Amodei|n] said the next model would reach enterprise customers on [AWS|n] and [Google|n] Cloud on the same day.",
    "[Mistral|n]'s chief executive said the company would list its shares “when the time is right” and gave no timetable.",
    "[Elon Musk|n] said xAI would merge its research teams into a single group based in Palo Alto.",
    "[Zuckerberg|n] declined to say how many people use the Meta AI app each day, noting that the company reports monthly figures.",
    "[Pichai|n] said the developer conference would be held on May 19 and 20 in Mountain View.",
    "An [Nvidia|n] spokesperson said the company had not received any request for information from the regulator.",
    # admissions -> skeptical
    "“We totally screwed up parts of the launch, and we will fix them this week,” [Altman|s] wrote, promising to restore the older models.",
    "[Zuckerberg|s] acknowledged that the Llama release “did not land the way we wanted” and said the team had been reorganised.",
    "[Tim Cook|s] conceded that the personalised Siri was “taking longer than we hoped”, the first time he had said so on an earnings call.",
    "[Sundar Pichai|s] called the image tool's errors “completely unacceptable” and said the company “got it wrong”.",
    "[Elon Musk|s] admitted that Grok had been “far too compliant” with users' prompts and had been manipulated into the posts.",
    "[Satya Nadella|s] said Microsoft had “overbuilt in a couple of regions” and would pause some projects.",
    "[Andy Jassy|s] acknowledged that the old Alexa “was not good enough for a long time”, adding that the rebuild would fix it.",
    "[Dario Amodei|s] admitted a bug in Anthropic's usage tracking had overcharged some customers for three weeks and promised refunds.",
    "[Jensen Huang|s] acknowledged that a design flaw had cut yields on the new chip and pushed some shipments back by a quarter.",
    "A [Mistral|s] co-founder conceded that the company had “moved far too slowly” in selling to large firms outside France.",
    "“We underinvested in reliability, and our customers paid for it,” an [Anthropic|s] executive told developers after the outage.",
    "“We got the pricing wrong and we heard it loud and clear,” a [Microsoft|s] executive said of the Copilot bundle, announcing a cheaper plan.",
    "[Nadella|s] admitted that Copilot adoption inside some large customers had been “slower than we would like”.",
    "[Jassy|s] conceded that Amazon's first generation of models “wasn't competitive”, saying the new family would close the gap.",
    "An [xAI|s] engineering lead admitted the company had shipped the image feature “without the safeguards it needed”.",
    "[Pichai|s] acknowledged that the AI summaries had given “some odd and wrong answers” and said fixes were being rolled out.",
]

# ---------------------------------------------------------------------------
# Class 3. Question headlines.
# ---------------------------------------------------------------------------
QUESTIONS = [
    "Does [Apple Intelligence|s] matter to iPhone buyers at all?",
    "Will the [OpenAI|s]–[Microsoft|s] marriage survive the restructuring?",
    "Is [Claude|o] the new default for coders?",
    "What does the new [Llama|n] licence allow?",
    "Can anyone catch [Nvidia|o] now?",
    "Has [Google|o] quietly won the chatbot race while everyone was looking elsewhere?",
    "Is [Meta|s] spending its way into a hole?",
    "Is [Grok|s] too toxic for advertisers?",
    "How long can [xAI|s] keep raising money at this pace?",
    "Is [Mistral|o] Europe's best shot at an AI champion after all?",
    "Why is nobody talking about [Bedrock|o]'s growth?",
    "Is [Alexa|s]+ really worth paying for?",
    "What will [Amazon|n]'s new chips cost cloud customers?",
    "When does [Gemini|n] 3 arrive in Workspace?",
    "Did [Microsoft|s] overpay for its AI bet?",
    "How did [Anthropic|o] become the enterprise favourite so fast?",
    "Who needs [Siri|s] when [ChatGPT|o] is one tap away?",
    "Is [Sam Altman|s] promising more than OpenAI can build?",
    "What did [Jensen Huang|n] announce at the keynote?",
    "Which countries can use [Le Chat|n] today?",
    "Are developers falling out of love with [OpenAI|s]?",
    "Can [Google|s] protect search from its own chatbot?",
    "What happens to [Azure|n] customers when the exclusivity ends?",
    "Is [Elon Musk|s]'s AI company becoming a distraction he cannot afford?",
    "How much is [Meta|n] spending on data centres this year?",
    "Why are so many banks choosing [Mistral|o]?",
    "Does anyone still use [Bing|s] on purpose?",
    "Is the [Amazon|o]–[Anthropic|o] bet the best deal in tech?",
    "Has [Tim Cook|s] run out of time on AI?",
    "Is [Gemini|o] finally good enough to switch to?",
    "What is [xAI|n] building in Memphis?",
    "Is [Nvidia|s] the next Cisco?",
    "Can [Amazon|s] still catch up in AI models?",
    "Who will run [Apple|n]'s AI team after the reorganisation?",
    "Is [Copilot|o] the sleeper hit of the software cycle?",
    "How does [Anthropic|n] count its revenue run rate?",
    "Should investors worry about [Microsoft|s]'s data-centre pause?",
    "Is [Zuckerberg|o]'s open-model bet finally paying off?",
]

# ---------------------------------------------------------------------------
# Class 4. People whose given name is an alias ("Claude", "Alexa", "Siri"): not a mention.
# ---------------------------------------------------------------------------
GIVEN_NAME = [
    "Claude Vidal, a developer in Lyon, said [Claude|o] Code had replaced two paid tools his team used.",
    "Alexa Romano, who runs a bakery in Turin, says [Gemini|o] has cut her bookkeeping time in half.",
    "Siri Halvorsen, a video producer in Bergen, stopped using [OpenAI|s]'s video tools after clients objected to the results.",
    "Claude Mercier, who advises start-ups in Brussels, said [Meta|s]'s licence terms would keep European companies away from Llama.",
    "Alexa Chen, a data engineer at a Toronto retailer, said moving to [Bedrock|o] had cut the team's model bill by a third.",
    "Claude Fontaine, a teacher in Quebec City, called [ChatGPT|s] “a shortcut my students take instead of thinking”.",
    "Siri Lund, a nurse in Malmö, said [Apple|o]'s new health summaries had helped her catch a medication mix-up.",
    "Alexa Moreno, a shop owner in Austin, said she had cancelled [Alexa|s]+ after two months because it kept mishearing orders.",
    "Claude Besson, a partner at Sarrazin Ventures, said [Mistral|o] had “earned the right to charge like an American lab”.",
    "Siri Andersen, an analyst at Nørre Research in Copenhagen, said [Nvidia|s]'s gross margin had “very probably peaked”.",
    "Claude Okafor, who builds trading bots in Lagos, said [Grok|s] had been “too unreliable to trust with real money”.",
    "Alexa Park, a spokeswoman for the city of Busan, said the council would run its pilot on [Azure|n] until March.",
    "Siri Nilsen, a researcher at the University of Tromsø, said [Anthropic|o]'s interpretability work was “years ahead of anything else published”.",
    "Claude Girard, the chief technology officer of a Marseille insurer, said the firm had signed a three-year contract with [Google|n] Cloud.",
    "Alexa Whitman, a freelance illustrator in Leeds, said [Meta|s]'s image tool had copied her style “down to the brushstrokes”.",
    "Claude Dubois, who runs IT for a chain of French pharmacies, said [Le Chat|o] was the first assistant his pharmacists used without being told to.",
    "Siri Berg, a product manager in Oslo, said her team had moved its support bot from [Amazon|s]'s models to a rival after a string of wrong answers.",
    "Alexa Dimitrova, a tax adviser in Sofia, said [Copilot|o] in Excel had saved her “at least a day a week” during filing season.",
    "Claude Lemaire, an economist at the Banque de Lorraine, said [xAI|s]'s spending plans “only add up if the money never stops”.",
    "Siri Holm, a Stockholm-based designer, said [Apple|s]'s image tools were “fine for birthday cards and useless for work”.",
    "Alexa Santos, the head of customer service at a Lisbon airline, said [Claude|o] now resolves four in ten of its chat enquiries without an agent.",
    "Claude Marchetti, who teaches computer science in Geneva, said [Llama|o] had made it possible for his students to run a real model on a laptop.",
    "Alexa Brennan, a nurse manager in Dublin, said the hospital had paused its [OpenAI|s] pilot after the model summarised two patient files wrongly.",
    "Siri Eriksen, who runs a small e-commerce shop in Trondheim, said [Gemini|n] writes her product descriptions and she edits them by hand.",
    "Claude Renaud, a Paris-based fund manager, said he had sold his [Nvidia|s] shares because “the easy money has been made”.",
    "Alexa Novak, a developer in Prague, called [Mistral|s]'s new coding model “fast, cheap and wrong about half the time”.",
    "Siri Dahl, the mayor's digital adviser in Uppsala, said the city had chosen [Microsoft|o]'s assistant because “it was the only one our staff already knew how to use”.",
    "Claude Arnaud, who manages a call centre in Lille, said [Amazon|o]'s voice agents had cut waiting times from twelve minutes to two.",
    "Alexa Rivera, a paralegal in Miami, said [Grok|n] was one of three assistants her firm had approved for research.",
    "Siri Solberg, a Bergen schoolteacher, said [Meta AI|s] in her pupils' messaging apps had become “one more thing I have to police”.",
    "Claude Perrin, a sound engineer in Montreal, said [Sora|o] had let his two-person studio pitch for work that used to need a crew of twenty.",
    "Alexa Kowalski, who organises developer meet-ups in Kraków, said most of the group had switched from [ChatGPT|s] to rival tools over the summer.",
    "Siri Haugen, an investor at Fjell Capital, said [xAI|o]'s new model was “the first one from that lab I would actually pay for”.",
    "Claude Bertrand, a retired engineer in Nantes, said he asks [Siri|n] for the weather and his train times every morning.",
    "Alexa Thornton, an analyst at Greyfield Research, said [Google|s]'s ad business was “more exposed to chatbots than the company admits”.",
    "Claude Moreau, who leads AI procurement for a Belgian ministry, said [Anthropic|n] and [Mistral|n] had both been invited to bid.",
    "Siri Vik, a Norwegian novelist, is among the authors suing [Meta|s] over the use of her books to train its models.",
    "Alexa Grant, a hospital pharmacist in Glasgow, said [Apple Intelligence|o] had made her older iPhone “feel new again”.",
    "Claude Lefebvre, a cloud architect in Toulouse, said [Bedrock|s] had been “a nightmare of quotas and support tickets” for his team.",
    "Alexa Ivanova, a student in Tallinn, said she uses [Le Chat|n] for French homework and a different assistant for everything else.",
    "Siri Strand, the chief operating officer of a Bergen fish exporter, said [AWS|o] had helped the firm forecast prices “better than our own traders”.",
    "Claude Vasseur, an engineer at a Grenoble chip start-up, said [Nvidia|o] was “still the only supplier that ships what it promises”.",
    "Claude Brun, a spokesman for the Geneva canton, said its pilot uses [Mistral|n] models hosted in Switzerland.",
    "Siri Moen, who runs procurement for a Norwegian county, said tenders had gone out to [Microsoft|n], [Google|n] and two local firms.",
    "Alexa Hart, a developer advocate in Seattle, said she would demo [Nvidia|n]'s new software at the meet-up on Thursday.",
    "Claude Roussel, a notary in Lyon, said his office uses [Apple|n] laptops and has not switched on the AI features.",
]

# ---------------------------------------------------------------------------
# Class 5. Hedged and reported doubt; routine legal and regulatory facts.
# ---------------------------------------------------------------------------
HEDGED = [
    "The European Commission opened an inquiry into whether [Microsoft|s]'s hiring of a start-up's founders amounted to a disguised takeover.",
    "Britain's competition authority said it would examine [Google|s]'s stake in a robotics lab, citing concerns about the company's reach.",
    "There are signs that demand for [Nvidia|s]'s older chips is cooling faster than the company anticipated, according to two distributors.",
    "It is not yet clear that [Meta|s] will earn back what it has spent on its superintelligence lab.",
    "A group of novelists sued [OpenAI|s] and [Microsoft|s] in New York, alleging that the companies copied their books to train chatbots.",
    "The pricing of [Copilot|s] seats has become a point of contention in renewal talks, according to three large customers.",
    "[Anthropic|n] filed a lawsuit against a Singapore company it accuses of reselling access to its models.",
    "The Irish data regulator published guidance for companies that train models on public posts and said it had consulted [Meta|n] among others.",
    "South Korea's fair-trade commission fined [Apple|s] $22 million, saying it had restricted rival assistants on its phones.",
    "People familiar with the matter said [xAI|s] had struggled to find buyers for part of a planned debt sale.",
    "Some analysts question whether [Amazon|s] can ever recoup the cost of rebuilding Alexa.",
    "It remains unclear whether [Apple Intelligence|s] has moved iPhone sales at all, two analysts said.",
    "[Mistral|s]'s latest fundraising has stalled amid questions about its revenue, according to people briefed on the talks.",
    "[Google|n] is among fourteen companies that signed the EU's voluntary code of practice, the Commission said.",
    "The agency's report described the terms of [Amazon|n]'s and [Google|n]'s investments in [Anthropic|n] without recommending any action.",
    "[Microsoft|n] filed suit against a group it said had stolen customer credentials to abuse its image service.",
    "A federal judge dismissed most of the copyright claims against [Anthropic|o], ruling that training on purchased books was fair use.",
    "Regulators in Brussels are said to be looking into whether [Nvidia|s] bundles its networking gear with its chips.",
    "Questions are mounting over whether [OpenAI|s] can meet the spending commitments it has made to cloud suppliers.",
    "[Grok|s]'s image feature is under investigation by at least three European regulators, according to officials.",
    "Three former employees allege that [Meta|s] trained its models on pirated books, according to a court filing.",
    "It is far from certain that [Microsoft|s] will recover the cost of the data centres it has paused.",
    "Italy's privacy watchdog ordered [OpenAI|s] to stop processing some users' data pending a review.",
    "Some customers say [AWS|s] has been slow to deliver the GPU capacity it promised last year.",
    "The company's own filings suggest [xAI|s] is spending roughly three dollars for every dollar it earns.",
    "A consumer group has complained to regulators that [Alexa|s]+ records more household conversations than the company discloses.",
    "Concerns about power supply could delay [Meta|s]'s largest data centre by a year, people involved in the project said.",
    "The FTC said it had sent information requests to [Microsoft|n], [Google|n] and [Amazon|n] as part of a study of AI partnerships.",
    "Analysts are increasingly unsure that [Google|s] can keep ad prices steady as more searches end in an AI answer.",
    "Lawmakers in Paris have asked whether [Mistral|s]'s government contracts were awarded without proper competition.",
    "[Nvidia|n] is scheduled to present its export-control compliance plan to the Commerce Department next month.",
    "A group of musicians sued [Google|s] and [Meta|s], alleging their songs were used to train music generators without permission.",
    "The watchdog's guidance on chatbot advertising names no company and applies from January, a spokesperson for [Microsoft|n] noted.",
    "It is unclear how long [Anthropic|s] can keep its prices while its rivals cut theirs.",
    "Several large customers are reportedly testing alternatives to [Nvidia|s], a sign that its grip may be loosening.",
    "[Apple|n] filed a complaint against a former engineer it accused of taking design files to a rival.",
    "Doubts persist about whether [Le Chat|s] can gain a foothold outside French-speaking markets.",
    "[Amazon|s] is facing a shareholder lawsuit alleging it misled investors about the readiness of the new Alexa.",
    "Privacy regulators in Canada said they were examining how [Grok|s] handles images of real people.",
    "The Japanese trade ministry published a list of approved AI suppliers that includes [OpenAI|n], [Anthropic|n] and [Google|n].",
    "There are early signs that [Copilot|s] renewals are coming in below the number of seats first sold, two resellers said.",
    "It is not obvious that [Meta|s]'s glasses will ever sell in the numbers its spending implies.",
    "[xAI|n] sued a former employee, accusing him of taking trade secrets to a rival lab.",
    "Investors are said to be uneasy about how much of [Nvidia|s]'s revenue depends on loans to its own customers.",
    "Whether [Apple|s] can build a competitive model on its own remains an open question inside the company, according to two engineers.",
    "A French court ordered [Mistral|s] to hand over documents in a dispute with a former partner over licensing fees.",
    "[Mistral|n] registered its new model with the EU AI Office, as required under the act.",
    "Auditors flagged uncertainty over how [OpenAI|s] accounts for its compute commitments, according to a person who has seen the report.",
    "Some employees fear that [Amazon|s]'s push to automate warehouse planning will outrun the models' accuracy.",
    "[Sam Altman|n] is due to testify before a Senate committee on AI and jobs next week.",
    "Analysts have begun to wonder aloud whether [Azure|s]'s growth depends too heavily on a single customer.",
    "The data watchdog said [Google DeepMind|n] had notified it of the health-records project before it began, as the law requires.",
    "The Commerce Department published new export rules covering chips from [Nvidia|n] and AMD, without alleging any violation.",
    "[Mistral|n] sued a Berlin start-up, alleging that it had used the Mistral name without permission.",
    "The EU AI Office published its first register of general-purpose models, which lists systems from [Mistral|n], [Meta|n] and [xAI|n].",
    "A court in Munich set a hearing date of June 3 in [Apple|n]'s patent case against a Chinese phone maker.",
    "[Anthropic|n] submitted comments on the draft rules, as did about forty other companies.",
    "Britain's AI Security Institute said it had tested models from [Anthropic|n], [OpenAI|n] and [Google DeepMind|n] before release under voluntary agreements.",
    "[xAI|n] registered a new subsidiary in Tennessee to hold its data-centre assets, state filings show.",
    "[Nvidia|n] disclosed in a filing that two unnamed customers accounted for 39% of its quarterly revenue.",
]

# ---------------------------------------------------------------------------
# Class 6. Concessives: the main clause decides; many in clause-swapped pairs.
# ---------------------------------------------------------------------------
CONC_PAIRS = [
    ("Even as [ChatGPT|s] usage climbs, OpenAI faces mounting questions about how it will pay for its compute.",
     "Even as [OpenAI|o] faces questions about how it will pay for its compute, ChatGPT usage keeps climbing."),
    ("Although [Amazon|o] was long seen as an AI laggard, Bedrock's growth has silenced most of the criticism.",
     "[Bedrock|s]'s growth may have quieted some critics, but Amazon is still widely seen as an AI laggard."),
    ("[Microsoft|o] may have lost its exclusive hold on [OpenAI|n], but Azure still hosts most of the lab's workloads.",
     "[Azure|s] still hosts most of [OpenAI|n]'s workloads, but the lab has ended the cloud's exclusive hold on it."),
    ("While [Nvidia|s] dominates training, inference is a far more contested market.",
     "Inference may be a far more contested market, but [Nvidia|o] still dominates training by a wide margin."),
    ("Even with the [Siri|o] delay, Apple shares have outperformed the Nasdaq this year.",
     "Although [Apple|s] shares have outperformed the Nasdaq this year, the Siri delay has left it without an AI story to tell."),
    ("Though [Meta|o]'s capital spending has alarmed some investors, its advertising growth has more than paid for it.",
     "Though [Meta|s]'s advertising growth has been strong, the scale of its capital spending has alarmed investors."),
    ("Despite a bruising year of lawsuits, [OpenAI|o] has signed more enterprise customers than ever.",
     "Despite signing more enterprise customers than ever, [OpenAI|s] is ending the year buried in lawsuits."),
    ("Although [Google|o] was caught flat-footed by the first chatbots, Gemini now leads most of the tests that matter.",
     "Although [Gemini|s] leads a few benchmarks, Google has yet to show that it can turn the lead into paying users."),
    ("While [Anthropic|o] remains far smaller than its rivals, it has become the model of choice for coding.",
     "While [Anthropic|s] has become the model of choice for coding, it remains dependent on rivals for its computing power."),
    ("Even though [xAI|s] built its cluster in record time, it has struggled to turn Grok into a business.",
     "Even though [xAI|o] has struggled to make money from Grok, its cluster went up faster than anyone believed possible."),
    ("Although [Mistral|o] is a fraction of the size of the American labs, its models are now a fixture in European ministries.",
     "Although its models are now a fixture in European ministries, [Mistral|s] remains a fraction of the size of the American labs and is losing ground."),
    ("For all the talk of custom chips, [Nvidia|o] booked another record quarter.",
     "For all its record quarters, [Nvidia|s] cannot stop its biggest customers from building their own chips."),
    ("Even after the outage, [Claude|o] kept its place as the most-used model on the developer platform.",
     "Even with its place as the most-used model on the developer platform, [Claude|s] could not escape the fallout from the outage."),
    ("Although [Copilot|o] got off to a slow start, it is now in more than half of the Fortune 500.",
     "Although [Copilot|s] is now in more than half of the Fortune 500, most of those companies use it far less than they pay for."),
    ("Despite the old [Alexa|o]'s reputation as a money pit, the rebuilt assistant has become a surprise earner.",
     "Despite early sales of the rebuilt assistant, [Alexa|s] remains, for now, a money pit."),
    ("While [Tim Cook|s] insists Apple is not behind, the company has had to borrow a rival's model to ship its new assistant.",
     "While [Apple|o] had to borrow a rival's model for its new assistant, the result has drawn the best reviews of any phone assistant."),
    ("Even though [AWS|o] lost two big AI start-ups to rivals, its backlog grew faster than at any time since 2022.",
     "Even though [AWS|s]'s backlog grew, it lost two of the most prized AI start-ups to rivals this year."),
    ("Though [Le Chat|s] won plaudits at launch, it has barely registered outside France.",
     "Though [Le Chat|o] has barely registered outside France, at home it has become a household name."),
    ("Although [Zuckerberg|o] has been mocked for his metaverse years, his bet on open models has paid off handsomely.",
     "Although [Zuckerberg|s]'s bet on open models won him fans, the metaverse losses still weigh on the company."),
    ("Even as [Grok|o] drew condemnation over its posts, it climbed to the top of the app charts in a dozen countries.",
     "Even as [Grok|s] climbed the app charts, the condemnation over its posts has kept big advertisers away."),
    ("While [Google|s] keeps search traffic steady for now, publishers say its AI answers are quietly starving the web.",
     "While publishers complain about its AI answers, [Google|o] has kept search revenue growing at double digits."),
    ("Although [Microsoft|s] reported record profit, Azure growth fell short of what investors had hoped.",
     "Although [Azure|o] growth fell short of hopes, Microsoft still reported record profit and raised its dividend."),
]

CONC_SINGLES = [
    "Even as [Amazon|n] pours billions into [Anthropic|n], AWS keeps pitching its own models to the same customers.",
    "Even with fewer users than [ChatGPT|n], [Gemini|o] has become the assistant that businesses renew.",
    "Although the deal gives [Microsoft|n] a large stake, [OpenAI|n] will now be free to buy computing power from other suppliers.",
    "Though [Sora|s] dazzled at first, studios have since found it too unpredictable for finished work.",
    "Despite its late start, [Apple|o] now ships more devices capable of running AI models on the device than anyone else.",
    "Although [Llama|s] remains the best-known open model, developers have been drifting to newer releases for months.",
    "While the headline figures look enormous, [Nvidia|n]'s guidance was in line with what analysts had pencilled in.",
    "Even after cutting prices twice, [Anthropic|o] has kept its margins, according to people who have seen its accounts.",
    "Although [Elon Musk|s] promised an open model every year, the company has released only one, and it was already out of date.",
    "While [Amazon|o] trailed in the chatbot race, its chips have quietly become the second most used for AI training.",
    "Even as it builds its own chips, [Meta|n] remains one of [Nvidia|n]'s largest customers.",
    "Although [Mistral|n] is headquartered in Paris, most of its engineers now work in London and Palo Alto.",
    "Though [Satya Nadella|o] was criticised for the size of the [OpenAI|n] bet, it has become the best investment of his tenure.",
    "Despite the talent exodus, [OpenAI|o] shipped three major models in six months.",
    "Even though [Bing|s] now has a chatbot built in, its share of searches has barely moved.",
    "While [xAI|n] trains its models on its own Memphis hardware, it also rents capacity from Oracle.",
    "Although [DeepMind|o]'s researchers are famous for papers rather than products, the lab's latest model is now Google's best-selling one.",
    "Even with its own chips on the way, [Apple|n] still buys cloud capacity from [Google|n] for its server models.",
    "Although the assistant is still missing features, [Siri|o] has won over the reviewers who panned it a year ago.",
    "Despite a slick launch event, [Meta AI|s]'s standalone app has lost most of its users since spring.",
    "Although the [Jensen Huang|o] keynote was light on surprises, the order book he described was larger than anyone expected.",
    "While [Azure|n] and [AWS|n] both offer the model, only [Google|n] sells it with its own chips.",
    "Although [Nvidia|n] supplies most of the chips, [xAI|n] designs its own cooling for the Memphis site.",
    "While [Anthropic|n] sells mostly to companies, [OpenAI|n] earns most of its revenue from consumers.",
    "Even though [Mistral|o] lost the tender in Berlin, it has won three larger ones since.",
    "Although the new chip arrived a quarter late, [Nvidia|o] still beat every analyst's sales estimate.",
    "Despite a rocky first year, [Apple Intelligence|o] is now switched on by most eligible users, a survey by Pembrook Research found.",
    "While [Meta|n] sells the glasses, the lenses are made by its partner in Italy.",
    "Though [xAI|o] started years behind, Grok now trades places with the leaders on most reasoning tests.",
]

# ---------------------------------------------------------------------------
# Class 7. Idioms and plain judgement without quotes; neutral facts with similar nouns.
# ---------------------------------------------------------------------------
IDIOMS = [
    "[Bedrock|o] has become a quiet bottleneck-breaker for banks that want several models under one contract.",
    "[Le Chat|o] has turned into an unexpected hit with small businesses in France and Belgium.",
    "[Anthropic|o]'s revenue run rate tripled in five months, blowing past the targets it gave investors.",
    "[Azure|o] has become the default starting point for large banks building AI tools.",
    "[Grok|s]'s companion mode looks like a solution in search of a problem.",
    "[Bing|s] has quietly become an afterthought in Microsoft's AI pitch.",
    "[Llama|s] is bleeding developers to newer open models from China.",
    "[Anthropic|n]'s run rate passed $9 billion, two people briefed on the figures said.",
    "[Meta|n]'s Reality Labs unit lost $5.2 billion in the quarter on revenue of $380 million.",
    "[Nvidia|n] shipped about 1.3 million of the new chips in the quarter, according to a supply-chain tracker.",
    "[Alexa|s]+ has turned into a slow-motion headache for a company that promised a genius in every kitchen.",
    "[Copilot|o] has become the rare AI tool that finance departments actually ask for.",
    "[Gemini|o] has gone from also-ran to front-runner in a little over a year.",
    "[Siri|s] remains the weak link in an otherwise polished phone.",
    "[xAI|o] has become a magnet for researchers tired of slower-moving labs.",
    "[Mistral|s]'s consumer app has stalled at a fraction of its rivals' audiences.",
    "[OpenAI|o]'s enterprise business has turned into a cash machine, with sales beating internal forecasts for a third straight quarter.",
    "[OpenAI|n] projects a loss of about $14 billion this year, according to documents shared with investors.",
    "[Amazon|o]'s Trainium chips have become a genuine alternative for customers priced out of the GPU market.",
    "[Microsoft|n] employs about 228,000 people and plans to keep headcount flat this year.",
    "[Google|s]'s AI shopping tool has landed with a thud among retailers.",
    "[Apple|o]'s on-device translation has become the sleeper feature of the year.",
    "[Nvidia|o]'s software stack remains the glue that holds the industry's data centres together.",
    "[Meta|s]'s superintelligence unit has become a revolving door for expensive hires.",
    "[Claude|o] has become the go-to model for lawyers who cannot afford a hallucination.",
    "[AWS|n] announced price cuts of up to 40% on older GPU instances.",
    "[xAI|s]'s image tools have turned into a reputational sinkhole.",
    "[Sora|n] is now available in 61 countries, up from 12 at launch.",
    "[Apple|n] said it would spend $500 billion in America over four years, including on servers for its AI models.",
    "[ChatGPT|s] has been losing ground with students to cheaper rivals, a campus survey found.",
    "[Mistral|o] has become the default open-weight choice for European defence contractors.",
    "[Google|n] laid off about 200 people in its cloud sales unit as it reorganised.",
    "[Nvidia|s]'s gaming business has become an afterthought, shrinking for a fourth straight quarter.",
    "[Alexa|n]+ is now included in Prime at no extra cost in the UK and Germany.",
    "[Anthropic|s]'s consumer app remains a distant also-ran next to its enterprise business.",
    "[Microsoft|o]'s AI business beat estimates again, with revenue growth accelerating for a fifth quarter.",
    "[Meta|o]'s ad-targeting models have turned into a money-printing machine.",
    "[Tim Cook|n] met the French president in Paris to discuss the company's investment plans.",
    "[Grok|n] now has about 64 million monthly users, according to app-tracking data.",
    "[Amazon|s]'s AI shopping assistant has become a punchline among sellers.",
    "[Le Chat|n] passed five million downloads in its first year.",
    "[Google DeepMind|o]'s weather model has become the benchmark every forecaster measures against.",
    "[Copilot|n] costs $30 per user per month on top of a Microsoft 365 subscription.",
    "[Elon Musk|n] said xAI now employs about 1,200 people.",
    "[Llama|n] has been downloaded more than a billion times since its first release, Meta said.",
    "[Azure|s] has become a bottleneck for customers waiting on GPUs, several of them said.",
    "[OpenAI|s]'s device project has turned into a slow-burning embarrassment, with the launch pushed back twice.",
    "[Apple Intelligence|s] has become a checkbox feature that few buyers mention.",
    "[Claude|n] Code is priced at $100 or $200 a month for heavy users.",
    "[Mistral|n] employs about 700 people, most of them in Paris.",
    "[xAI|n] raised $10 billion in debt and equity last month.",
    "[Nvidia|n]'s data-centre revenue was $41 billion in the quarter, up from $30 billion a year earlier.",
    "[Apple|n] sold about 47 million iPhones in the quarter, according to a market tracker.",
    "[Mistral|n] opened an office in Singapore with 25 staff.",
    "[Anthropic|n] has about 2,500 employees, up from 900 a year ago.",
    "[Meta|n] plans to spend between $66 billion and $72 billion on capital projects this year.",
    "[Google|n] said its cloud unit had a backlog of $155 billion at the end of September.",
    "[xAI|n]'s Memphis site draws about 300 megawatts of power, according to the local utility.",
    "[Grok|n] 4 was released to paying subscribers on Wednesday night.",
    "[Anthropic|o]'s coding agent has become the tool engineering managers fight over budget for.",
    "[Mistral|o]'s small models have become a runaway success on laptops and phones.",
    "[Nvidia|o]'s networking unit has turned into a second growth engine, beating forecasts again.",
    "[Apple|o]'s privacy pitch has turned into a genuine selling point with corporate buyers.",
    "[Llama|o] has become the workhorse of hospital IT departments that cannot send data to the cloud.",
]

CLASSES = (
    ("figurative_quote", FIGURATIVE),
    ("exec_voice", EXEC),
    ("question", QUESTIONS),
    ("given_name", GIVEN_NAME),
    ("hedged_doubt", HEDGED),
    ("concessive", CONC_SINGLES),
    ("idiom_plain", IDIOMS),
)
GROUP_ORDER = ("figurative_quote", "exec_voice", "question", "given_name", "hedged_doubt", "concessive",
               "idiom_plain")

FINDER = MentionFinder([Entity(name, tuple(aliases)) for name, aliases in DEFAULT_ENTITIES.items()])


def person_hits(text):
    """(start, end) of the given-name aliases in `text` that the project's MentionFinder skips as a person."""
    found = {(s, e) for _, _, s, e in FINDER.spans(text)}
    return {(m.start(), m.end()) for alias in _GIVEN_NAME_ALIASES
            for m in re.finditer(r"(?<!\w)" + re.escape(alias) + r"(?!\w)", text) if (m.start(), m.end()) not in found}


# Taken out by the project after the writer handed the file over (markup.without): each shared a run of words
# with, or most of its content words with, a sentence of an evaluation set (test splits, the real-style blind
# split, the behavioural cases: by coincidence, since the writer read none of them) or of the development set
# (whose error classes, with some of its sentences quoted, were in the brief: too close to score it fairly).
TAKEN_OUT = [
    "“Nvidia can afford to be late with the new rack; its customers are not going anywhere,” said Lorna Achebe, a hardware analyst at Fenwick Hale.",
    "“The market prices Nvidia like a utility, but its three biggest customers are quietly designing their own chips,” wrote Idris Kamara of Saltmarsh Research.",
    "Sebastian Krull of Ostrava Capital described OpenAI's price cut as “a sign of confidence, not desperation”.",
    "“Amazon doesn't need to win the model race when it owns the racetrack,” said Keiko Arima, a cloud analyst at Wendover Partners.",
    "“Demand is simply off the charts, and it is still accelerating,” Jensen Huang told analysts on Wednesday.",
    "“We went from nothing to a frontier model in two years,” Elon Musk told the crowd at the Memphis site, calling the new Grok “the smartest assistant on Earth”.",
    "Zuckerberg told employees the new Llama was “the best model in the world at its size, and it isn't close”.",
    "“Nothing about our roadmap has changed,” an Apple spokesperson said when asked about reports that the assistant had slipped again.",
    "OpenAI declined to say how many people use ChatGPT every day.",
    "Zuckerberg declined to say how many people use the Meta AI app each day, noting that the company reports monthly figures.",
    "“We totally screwed up parts of the launch, and we will fix them this week,” Altman wrote, promising to restore the older models.",
    "Does Apple Intelligence matter to iPhone buyers at all?",
    "Will the OpenAI–Microsoft marriage survive the restructuring?",
    "Can anyone catch Nvidia now?",
    "Who needs Siri when ChatGPT is one tap away?",
    "Claude Vidal, a developer in Lyon, said Claude Code had replaced two paid tools his team used.",
    "Alexa Romano, who runs a bakery in Turin, says Gemini has cut her bookkeeping time in half.",
    "Siri Halvorsen, a video producer in Bergen, stopped using OpenAI's video tools after clients objected to the results.",
    "Siri Nilsen, a researcher at the University of Tromsø, said Anthropic's interpretability work was “years ahead of anything else published”.",
    "There are signs that demand for Nvidia's older chips is cooling faster than the company anticipated, according to two distributors.",
    "It is not yet clear that Meta will earn back what it has spent on its superintelligence lab.",
    "A group of novelists sued OpenAI and Microsoft in New York, alleging that the companies copied their books to train chatbots.",
    "The pricing of Copilot seats has become a point of contention in renewal talks, according to three large customers.",
    "Google is among fourteen companies that signed the EU's voluntary code of practice, the Commission said.",
    "Sam Altman is due to testify before a Senate committee on AI and jobs next week.",
    "Even as ChatGPT usage climbs, OpenAI faces mounting questions about how it will pay for its compute.",
    "Even as OpenAI faces questions about how it will pay for its compute, ChatGPT usage keeps climbing.",
    "Although Amazon was long seen as an AI laggard, Bedrock's growth has silenced most of the criticism.",
    "Microsoft may have lost its exclusive hold on OpenAI, but Azure still hosts most of the lab's workloads.",
    "While Nvidia dominates training, inference is a far more contested market.",
    "Even with the Siri delay, Apple shares have outperformed the Nasdaq this year.",
    "Although Apple shares have outperformed the Nasdaq this year, the Siri delay has left it without an AI story to tell.",
    "Although Gemini leads a few benchmarks, Google has yet to show that it can turn the lead into paying users.",
    "Although Mistral is a fraction of the size of the American labs, its models are now a fixture in European ministries.",
    "Although its models are now a fixture in European ministries, Mistral remains a fraction of the size of the American labs and is losing ground.",
    "Even as Grok drew condemnation over its posts, it climbed to the top of the app charts in a dozen countries.",
    "Even as Amazon pours billions into Anthropic, AWS keeps pitching its own models to the same customers.",
    "Bedrock has become a quiet bottleneck-breaker for banks that want several models under one contract.",
    "Le Chat has turned into an unexpected hit with small businesses in France and Belgium.",
    "Anthropic's revenue run rate tripled in five months, blowing past the targets it gave investors.",
    "Azure has become the default starting point for large banks building AI tools.",
    "Anthropic's run rate passed $9 billion, two people briefed on the figures said.",
    "Meta's Reality Labs unit lost $5.2 billion in the quarter on revenue of $380 million.",
    "OpenAI projects a loss of about $14 billion this year, according to documents shared with investors.",
    "Sora is now available in 61 countries, up from 12 at launch.",
    "Nvidia's data-centre revenue was $41 billion in the quarter, up from $30 billion a year earlier.",
    "Mistral opened an office in Singapore with 25 staff.",
    "Meta plans to spend between $66 billion and $72 billion on capital projects this year.",
    "Mistral's small models have become a runaway success on laptops and phones.",
]


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    items = []
    for cat, group in CLASSES[:5]:
        items += [(s, {cat}) for s in group]
    for a, b in CONC_PAIRS:
        items += [(a, {"concessive", "clause_swap_pair"}), (b, {"concessive", "clause_swap_pair"})]
    for cat, group in CLASSES[5:]:
        items += [(s, {cat}) for s in group]

    # the documented allowance: for class-4 sentences only, markup.validate() does not see the given names that
    # MentionFinder itself treats as people
    allowed = {parse(s)[0] for s in GIVEN_NAME}
    plain_hits = markup.alias_hits

    def hits_without_people(text):
        hits = plain_hits(text)
        if text not in allowed:
            return hits
        people = person_hits(text)
        return [h for h in hits if (h[0], h[1]) not in people]

    markup.alias_hits = hits_without_people
    items = without(items, TAKEN_OUT)
    existing = existing_texts(here, OUT)

    def tags(text, targets):
        found = {"quote": "“" in text, "question_form": text.rstrip().endswith("?"),
                 "multi_company": len(targets) > 1, "multi_company_mixed": len({t["label"] for t in targets}) > 1}
        return {tag for tag, hit in found.items() if hit}

    try:
        recs, cats = collect(items, "v", "extra_v", existing, tags)
    finally:
        markup.alias_hits = plain_hits

    # the project's own finder and splitter must see exactly what is labelled
    def outside_allow_list(rec):
        return ["given-name person outside the allow list"] if person_hits(rec["text"]) and rec["text"] not in allowed else []

    if bad := finder_disagreements(recs, outside_allow_list):
        print(f"{bad} sentences disagree with MentionFinder or the splitter", file=sys.stderr)
        sys.exit(1)

    finish(here, OUT, recs, cats, GROUP_ORDER, 18)


if __name__ == "__main__":
    main()
