"""English statement conventions that decide a claim's modality (GUIDE, settled cases).

A company stating a future action in its own words, with a bare future and no plan word
("Oracle said it would build clusters of up to 131,072 GPUs", "Nvidia will buy $5bn of
Intel stock, the two companies said"), has *announced* it; a plan word (plans, aims,
intends, goal, target) makes it *planned*. Only a saying verb turns a bare "will" into an
announcement: an article's own "X will reach 1 GW next year" stays a plan.
"""

from __future__ import annotations

import re

# a bare future: the tense alone, no word of intention
_BARE_FUTURE = re.compile(r"\b(?:will|it would|they would|would)\s|'ll\s|’ll\s", re.IGNORECASE)
# a word of intention or schedule anywhere in the clause keeps it a plan. Three other
# readers keep their own list on purpose (no two lists are the same, so one list would
# change what each keeps planned): own_word (a company's own text: any inflection,
# "expected", "set to", "poised", "committed", "preparing" keep its "will" a plan),
# compute_deals (a deal not yet made: "will", "would", "to build" count too, on lowered
# text) and investment_modality_en (only the verbs inside "said it plans to invest")
_PLAN_WORD = re.compile(
    r"\b(?:plans?|planned|planning|aims?|aiming|intends?|intention|goal|targets?|targeting"
    r"|roadmap|scheduled|slated|on track|on course|hopes?|seeks?|wants?|pledged?|earmarked"
    r"|ambition|stated goal|expects? to)\b",
    re.IGNORECASE,
)
# a company's own word, not a person's: "said it would", "says it will", "the two
# companies said", "the company confirmed" ("Huang says Microsoft will …" is an
# executive's remark about another company, which the gold keeps a plan)
_SAYING = re.compile(
    r"\b(?:said|says|say|confirmed|announced)\s(?:on\s\w+\s|last\s\w+\s|earlier\s)?(?:that\s)?"
    # "said last week that it had cleared the tests and would supply …": a done step first
    r"(?:it|they|we|the company)\s(?:(?:had|has|have)\s[^.;]{0,60}?\sand\s)?(?:would|will)\b"
    r"|\bthe\s(?:\w+\s)?(?:companies|company|firms?|group|chipmaker)\s(?:said|says|say|announced"
    r"|confirmed|stated)\b",
    re.IGNORECASE,
)
# the company's management or its own executive telling it: "…, the cloud unit's chief
# executive says", "management reiterated that Lambda will …", "its CFO said"
_OWN_EXECUTIVE = re.compile(
    r"\b(?:management|executives|(?:its|their|the\s(?:company|firm|group|chipmaker|unit"
    r"|cloud\sunit)['’]s)\s(?:(?:chief|senior|top)\s)?(?:[\w-]+\s)?(?:executives?|officer|president"
    r"|ceo|cfo|spokes(?:man|woman|person)|head|boss))\s(?:also\s|has\s|again\s)?(?:said|says"
    r"|reiterated|confirmed|told|added|stated)\b",
    re.IGNORECASE,
)
# a third party's word is their forecast, not an announcement
_THIRD_PARTY = re.compile(
    r"\b(?:analysts?|brokerage|broker|people familiar|person familiar|sources?|investors"
    # "according to a statement" / "its filing" is the company's own word, not a third party
    r"|according to(?!\s(?:a|an|the|its|their)\s(?:[\w'’]+\s)?(?:statement|release|filing"
    r"|announcement|blog|post|spokes(?:man|woman|person))))\b",
    re.IGNORECASE,
)


# a company named right before its verb of saying: "xAI says Colossus 2 will house …"
# "Oracle has said the site will hold …", "Nebius has repeatedly told reporters that …"
# (the verb of saying with its perfect and adverb, shared with told_use_en's speakers)
SAYS_PERFECT = (
    r"(?:(?:has|have|had)\s)?(?:(?:also|now|already|long|previously|repeatedly|publicly)\s)?"
)
SAYS_VERB = r"(?:says|said|confirmed|announced|stated|disclosed|reiterated)"
_COMPANY_SAYS = re.compile(
    r"\s" + SAYS_PERFECT + r"(?:" + SAYS_VERB + r"\s"
    r"|told\s(?:\w+\s){0,2}?(?=that\s|it\s|the\s|its\s))(?:that\s)?"
)
# "we'll deploy", "we will bring": a company's own voice stating its future action
_WE_WILL = re.compile(r"\bwe(?:\s(?:will|would)|['’]ll)\s", re.IGNORECASE)


def company_said_future(
    clause: str, sentence: str, company_ends: list[int], own_voice: bool, own_name: bool = False
) -> bool:
    """Whether a planned claim is a company's own word about a future action, said with a
    bare future and no plan word, where :func:`said_future` does not see it: a company
    named before "says"/"said" ("xAI says Colossus 2 will house 550,000 GB300 chips by the
    end of the summer"), or "we'll" in a company's own voice ("As we said in October,
    we'll deploy 50,000 MI450 GPUs …"), or its own name there (``own_name``: "In Texas,
    Nscale will deploy …" in Nscale's release), or its officer after the statement ("…, an
    Oracle executive says on stage"). A person's remark ("Huang says …") stays a plan."""
    if not _BARE_FUTURE.search(clause) or _PLAN_WORD.search(clause):
        return False
    if _THIRD_PARTY.search(sentence):
        return False
    if (own_voice and _WE_WILL.search(clause)) or own_name:
        return True
    return any(
        _COMPANY_SAYS.match(sentence, end) or _OFFICER_SAYS.match(sentence, end)
        for end in company_ends
    )


# the company's officer saying it after the statement: "…, an Oracle executive says on
# stage", "…, a CoreWeave spokesperson said", "…, Nebius's finance chief told analysts"
_OFFICER_SAYS = re.compile(
    r"(?:['’]s)?\s(?:(?:chief|finance|technology|operating|senior|top)\s)?(?:executive|spokes"
    r"(?:person|man|woman)|official|officer|chief|CEO|CFO|CTO|COO|president|manager)s?\s"
    r"(?:also\s)?(?:says|said|told)\b"
)


# "under the agreement", "under a seven-year, $38 billion agreement": the terms of a deal
_UNDER_DEAL = re.compile(
    r"\bunder\s(?:a|an|the|its|this|that|their)\s(?:[^.;]{0,50}?\s)?"
    r"(?:agreement|deal|contract|pact|partnership)s?\b"
    # "signed a letter of intent on Monday under which Nvidia will invest …"
    r"|\b(?:agreement|deal|contract|pact|partnership|letter\sof\sintent|memorandum)"
    r"(?:\s[^.;]{0,30}?)?\sunder\swhich\b"
    r"|^In\sreturn,\s",  # "In return, Anthropic will run Claude on …": the other side's term
    re.IGNORECASE,
)
# a date to reach or a schedule: "by the end of 2026", "before the end of 2026", "due to"
_DATE_TO_REACH = re.compile(
    r"\b(?:by|before)\s(?:the\s)?(?:end|close|middle)\b|\bby\s(?:\d{4}|year-end|mid-)|\bdue\sto\b",
    re.IGNORECASE,
)


def deal_term_future(sentence: str) -> bool:
    """Whether a planned claim is a term of a deal told with a bare future ("Under the
    agreement, OpenAI will begin running workloads on AWS immediately", "OpenAI will run its
    workloads on … GB200 … chips under a seven-year agreement announced Monday"): with no plan
    word and no date to reach, a future with nothing to reach, announced (GUIDE)."""
    if ("nder" not in sentence and "eturn" not in sentence) or _UNDER_DEAL.search(sentence) is None:
        return False
    if not _BARE_FUTURE.search(sentence) or _PLAN_WORD.search(sentence):
        return False
    return not _DATE_TO_REACH.search(sentence) and not _THIRD_PARTY.search(sentence)


def bare_future(clause: str, sentence: str) -> bool:
    """Whether a planned claim is told with a bare future alone ("Nebius will provide
    capacity to Microsoft", "will supply Meta with GPU capacity"): no plan word or date to
    reach in its clause and no third party in its sentence, so announced whoever tells it
    (GUIDE: the bare-future rule).

    The reader of deals (compute_deals). Counts have their own on purpose
    (:func:`tracker.extract.future_starts.bare_future_count`, session 16's rule): there
    only the cue table's bare "will" counts (not "would"), a date to reach anywhere in the
    sentence keeps the plan ("… and Kakao 2,424 by the end of the year": a gapped count
    gets its date later) and a party's expectation ("expects", "likely"), not a third
    party's word, makes it theirs. Supplier passives have a third
    (``passive_suppliers_en._bare_future``: any time in the sentence keeps the plan)."""
    if not _BARE_FUTURE.search(clause) or _PLAN_WORD.search(clause):
        return False
    return not _DATE_TO_REACH.search(clause) and not _THIRD_PARTY.search(sentence)


def said_future(clause: str, sentence: str) -> bool:
    """Whether a planned claim is a company's own word about a future action with no
    plan word: a bare future in its clause and a saying verb in its sentence."""
    if "will" not in clause and "would" not in clause and "ll " not in clause:
        return False  # cheap gate before the regexes
    if not _BARE_FUTURE.search(clause) or _PLAN_WORD.search(clause):
        return False
    said = _SAYING.search(sentence) or _OWN_EXECUTIVE.search(sentence)
    return bool(said) and not _THIRD_PARTY.search(sentence)


# ", analysts say." after a statement: the whole statement is theirs (a forecast)
_THEIR_WORD_AFTER = re.compile(
    r",\s(?:[^,;]{0,40}\s)?(?:analysts?|brokers?|brokerages?)\s(?:[^,;]{0,20}\s)?"
    r"(?:say|says|said|reckon|reckons|think|thinks)\b(?=[,.]|$)",
    re.IGNORECASE,
)


# ", according to TrendForce", ", per Morgan Stanley", ", citing analysts": the source of
# the whole statement, named after it
_SOURCE_AFTER = re.compile(r",\s(?:according\sto|per|citing)\s", re.IGNORECASE)


def source_after(clause: str, anchor: int) -> str | None:
    """The source a statement is attributed to after the claim (", according to X", up to
    the next comma), as text for the caller to judge (an analyst makes it a forecast)."""
    m = _SOURCE_AFTER.search(clause, anchor)
    if m is None:
        return None
    end = min(
        (i for i in (clause.find(",", m.end()), clause.find(";", m.end())) if i > 0),
        default=len(clause),
    )
    return clause[m.end() : end]


def their_word_after(clause: str, anchor: int) -> bool:
    """Whether a reporting clause after the claim gives it to analysts ("TSMC will reach
    130,000 wafers a month, analysts say"): their forecast, not the company's plan."""
    if "analyst" not in clause and "broker" not in clause:
        return False
    return bool(_THEIR_WORD_AFTER.search(clause, anchor))


# a third party's word before a bare future about someone else: "supply-chain sources said
# TSMC's capacity will rise", "talk among packaging houses is that Rubin Ultra will use SoIC"
_THEIR_WORD_BEFORE = re.compile(
    r"\b(?:analysts?|sources?|insiders?|brokers?|brokerages?|observers?|vendors?|suppliers?"
    r"|people\s(?:familiar|close|briefed)(?:\s[\w-]+){0,4}|bankers?|watchers?|council"
    r"|association|consultancy|consultants?|researchers?|houses|traders?|reports?)"
    r"(?:\s(?:also|now|still|privately|widely))?\s"
    r"(?:said|say|says|told|tell|telling|believe|believes|reckon|reckons|think|thinks"
    r"|expect|expects|see|sees|is\sthat|are\sthat|suggest|suggests|indicate|indicates)\b"
    # an analyst's figure for a company: "She also has Samsung at 80,000 HBM4 wafers a month
    # in 2027", "we now put TSMC at 120,000" (a person or a house, not the company)
    r"|\b(?:she|he|they|we|analysts?)\s(?:also\s|now\s|still\s)?(?:has|have|puts|put|pegs"
    r"|peg)\s(?:[\w&.'’-]+\s){1,3}at\s(?:(?:about|roughly|some|around|nearly|between)\s)?\$?$",
    re.IGNORECASE,
)
# one party expecting another's action: "the Council expects Micron to have …" (a name
# after the verb, not "its fleet" or "that count")
_EXPECTS_OTHER = re.compile(
    r"\b(?:[Ee]xpects?|[Ss]ees?|[Bb]elieves?|[Rr]eckons?)\s(?:[A-Z][\w&.'’-]*\s){1,3}to\s"
    # "Meridian expects SK hynix's HBM4 wafer capacity to reach …": a named party's figure
    r"|\b(?:[Ee]xpects?|[Ss]ees?|[Bb]elieves?|[Rr]eckons?)\s[A-Z][\w&.-]*(?:\s[\w&.-]+)?['’]s\s"
    r"(?:[\w-]+\s){1,4}?to\s"
)
# a modal that hedges a level reached: "might reach 100,000 wafers a month", "could top
# 1 million GPUs" (a projection, not a company weighing an option)
_HEDGED_LEVEL = re.compile(
    r"\b(?:could|may|might)\s(?:well\s|even\s|eventually\s)?(?:reach|hit|top|exceed|climb"
    r"|rise|grow|pass|surpass|double|triple|swell|approach|near)\b",
    re.IGNORECASE,
)


def their_word_before(clause: str, before: str) -> int | None:
    """Where a third party's saying or expecting frames the claim ("sources said TSMC's
    capacity will rise to …", "the council expects Micron to have …"), if it does: with no
    plan word of the company's own in the clause, a future stated that way is their
    forecast. The caller checks that an expecting party is no company of the claim's."""
    other = next(reversed(list(_EXPECTS_OTHER.finditer(before))), None)
    if _PLAN_WORD.search(clause) and other is None:
        return None  # "Micron plans to lift …, vendors tell us": the company's own plan
    if other is not None:
        return other.start()
    said = _THEIR_WORD_BEFORE.search(before)
    return -1 if said is not None else None


def hedged_level(clause: str) -> bool:
    """Whether a modal hedges a level reached ("might reach 100,000 wafers a month")."""
    return bool(_HEDGED_LEVEL.search(clause))


# "could hold", "could have", "could be running": what a site or company may hold
COULD_HOLD = re.compile(
    r"\bcould\s(?:eventually\s|already\s|soon\s)?(?:hold|have|house|host|run|operate"
    r"|be\srunning|be\soperating|contain|field)\b",
    re.IGNORECASE,
)


def has_plan_word(text: str) -> bool:
    """Whether a clause carries a word of intention or schedule (plans, aims, seeks, wants,
    target, slated …): what keeps a future action a plan."""
    return _PLAN_WORD.search(text) is not None


def has_date_to_reach(text: str) -> bool:
    """Whether a text sets a date to reach or a schedule ("by the end of 2026", "due to")."""
    return _DATE_TO_REACH.search(text) is not None
