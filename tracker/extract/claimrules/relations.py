"""The adoption rule: a company adopts a product (uses, buys, rents, trials it), with the
mode and provider of the use; also the dedupe the training rule shares. The other
relations have modules of their own: ``integrates`` (a product integrates a technology),
``trains_on`` (a model owner trains on a cluster), ``locations`` (a site is in a place)."""

from __future__ import annotations

import re

from tracker.extract.analysis import TOPIC, Sentence
from tracker.extract.claimrules.adoptable import adoptable, coordinated_chips
from tracker.extract.claimrules.adopters_ko import (
    brands_only_clause,
    conj_subject,
    listed_adopters,
    own_topic,
    passive_agent,
    quoted_subject,
)
from tracker.extract.claimrules.chosen_ko import chosen_verb
from tracker.extract.claimrules.common import (
    _COMPANY,
    Candidate,
    RuleState,
    _after_prep,
    _anchors,
    _same_family,
    is_cloud_company,
)
from tracker.extract.claimrules.instances_en import instances_mode
from tracker.extract.claimrules.lessor_ko import leased_ko, leased_mode
from tracker.extract.claimrules.offered_services_ko import offered_service
from tracker.extract.claimrules.own_cloud import (
    cloud_arm_subject,
    cloud_own_house,
    own_cloud_mode,
)
from tracker.extract.claimrules.plan_owner_ko import plan_owner
from tracker.extract.claimrules.provided_en import (
    not_provider,
    provider_mode,
    rented_out,
)
from tracker.extract.claimrules.served_work_en import (
    issuer_cloud_mode,
    model_owner,
    provided_or_served,
)
from tracker.extract.claimrules.site_use_en import on_own_site, site_adopter
from tracker.extract.claimrules.supply import MEMORY_MAKERS
from tracker.extract.claimrules.trials_ko import tried
from tracker.extract.claimrules.use_modes import (
    _is_cloud_name,
    _is_via,
    _mode,
    bought_to_add,
    installed_by_buyer,
)
from tracker.extract.claimrules.used_verbs import (
    goods_built_on,
    habit_given_up,
    offered_for_sale,
    offered_in_own_cloud,
    trained_on_site,
)
from tracker.extract.entities import Mention
from tracker.extract.headline_subject import headline_subject_ko
from tracker.extract.own_word import own_future_action
from tracker.extract.text import Span
from tracker.extract.timex import counted_span, point_at
from tracker.extract.told_use_en import told_future_use
from tracker.extract.zero_subject import previous_topic


def adopts_rule(s: Sentence, state: RuleState) -> list[Candidate]:
    """A company adopting a product (cloud or on-prem, via a provider), possibly several
    times in one sentence ("내년부터 클라우드로, 2027년부터는 자사 데이터센터에")."""
    used = _used_by_another(s)
    out: list[Candidate] = []
    for clause in s.clauses:
        trig = s.trigger_pos("adopts", clause)
        if trig is None:
            trig = _training_in_a_cloud(s, clause)
        if trig is None:
            # "트레이니움2를 택했다", "TPU를 … 배치할"; "is serving customers on GB300 systems"
            # "is serving traffic for its assistant on REBEL-Quad servers"
            trig = chosen_verb(s, clause) if s.language == "ko" else provided_or_served(s, clause)
        if trig is None or bought_to_add(s, clause, trig):
            continue
        if offered_service(s, clause) is not None:
            continue  # "MI355X 기반 인스턴스를 제공한다": offered_services_ko reads it
        if s.language == "en" and (
            habit_given_up(s, trig)
            or trained_on_site(s, clause, trig)
            or (offered_for_sale(s, clause, trig) and not rented_out(s, clause))
            or goods_built_on(s, clause, trig)
        ):
            continue  # "Meta used to rely on H100s"; "trains its models on Project Rainier, …"
        # "Its Fairwater sites run on GB200 systems": the site's owner, else the subject
        subject = (
            site_adopter(s, clause, trig)
            or _adopter(s, clause, trig)
            or model_owner(s, clause, trig)  # "They're training Claude on Ironwood"
        )
        if (
            subject is None
            or not_provider(s, clause, trig, subject.id)
            or _fills_anothers_site_ko(s, clause, subject)  # "오라클이 … GB200을 채워 넣는"
        ):
            continue
        conjuncts = _conjuncts(s, clause)
        products = [adoptable(s, c, subject, state, _says_use(s, c, subject)) for c in conjuncts]
        if not any(products):
            continue
        for k, conj in enumerate(conjuncts):
            product = products[k] or _neighbour(products, k)
            if product is None or _memory_for(s, subject, product):
                continue
            qualifiers = own_cloud_mode(s, _mode(s, conj), subject)
            # "rents out H200 clusters to start-ups": its own premises
            qualifiers = provider_mode(s, clause, subject.id, qualifiers)
            qualifiers = leased_mode(s, clause, subject, qualifiers or _own_trial(s, subject, conj))
            # "Trn2 instances"; a model trained on chips in a GPU cloud's own text: rented
            qualifiers = issuer_cloud_mode(
                s, trig, subject.id, instances_mode(s, conj, subject, product, qualifiers)
            )
            if not qualifiers and offered_in_own_cloud(s, clause, trig):
                qualifiers = {"mode": "on-prem"}  # "Azure offers MI300X VMs": its own chips
            if not qualifiers and not products[k]:
                continue
            if qualifiers.get("via") == subject.id:
                continue  # "Microsoft … rents it GB200 capacity through Azure": the provider
            times = [
                t for t in s.times if conj.start <= t.start < conj.end and not s.told_apart(t, trig)
            ]
            if s.language == "ko" and len(times) > 1:
                # "2026년 — 앤트로픽은 내년부터 … 쓰기 시작할 예정": a line's heading date
                # yields to the clause's own time, the one nearest before the verb
                times = [t for t in times if t.end <= trig][-1:] or times
            valid = times[0].valid if times else s.valid_for(trig, _anchors(s))
            if counted_span(valid):
                # "will run on … over the next seven years": how long, not when due
                valid = point_at(s.published)
            # the verb of the conjunct carries its modality ("Meta could also rent TPUs")
            verb = s.trigger_pos("adopts", conj)
            modality = s.modality(verb if verb is not None else conj.start, valid, clause)
            modality = own_future_action(s, modality, conj)
            modality = tried(s, product, told_future_use(s, modality, clause, trig, valid))
            if modality is None:
                continue
            items = [product, *coordinated_chips(s, product, subject, state)]
            out.extend(
                Candidate(who.id, "adopts", modality, valid, conj.start, qualifiers, item.id)
                for item in items
                # "메타와 오픈AI는 …"; "메타는 TPU를, 애플은 트레이니움2를 도입했다"
                for who in listed_adopters(s, conj_subject(s, conj, subject), clause)
                if qualifiers.get("via") != who.id  # a provider renting from itself: no one
            )
    # what the builder deploys for another user is the user's adoption, not the builder's
    builders = {
        (c.qualifiers["via"], c.object)
        if "via" in c.qualifiers
        else (c.object, c.qualifiers["product"])
        for c in used
        if "via" in c.qualifiers or c.predicate == "supply_deal"
    }
    # an offer a cloud's release rule read ("…를 쓴 가상머신을 미리보기로 내놨다") is told once,
    # with the release's modality
    out = [c for c in out if (c.subject, c.object) not in builders | state.offered]
    return _dedupe_relations(cloud_own_house(s, on_own_site(s, out)) + used)


# "SK hynix put an HBM4 stack on show … in mass production for Nvidia's Vera Rubin": the chip
# a memory maker's part is made for is where the part goes, not what the maker uses
# ("Samsung's HBM3E goes into the B300 and into AMD's MI325X": the chips its part
# goes into, as "for")
_FOR_CHIP = re.compile(
    r"\b(?:for|in|into|inside)\s(?:the\s|its\s|their\s|[\w-]+['’]s\s)(?:[\w-]+\s)?$"
)


def _memory_for(s: Sentence, subject: Mention, product: Mention) -> bool:
    return (
        s.language == "en"
        and subject.id in MEMORY_MAKERS
        and _FOR_CHIP.search(s.lowered, max(0, product.start - 30), product.start) is not None
    )


# what one company builds or deploys and another uses: "will build a cluster of 40,000 GB300
# GPUs near Paris, which Mistral AI will use to train its models", "we will deploy GB300 NVL72
# systems that Microsoft will use as cloud capacity"
_USED_BY = re.compile(
    r"\b(?:which|that)\s(?P<who>(?:[A-Z]|[a-z]+[A-Z])[\w.&'’-]*(?:\s[A-Z][\w.&'’-]*){0,2})\s"
    r"(?:will\s|would\s|plans\sto\s|is\sto\s|is\sset\sto\s)?(?:use|uses|rent|rents|run|runs"
    r"|operate|operates|deploy|deploys|install|installs)\b"
)


def _used_by_another(s: Sentence) -> list[Candidate]:
    """The user named in a relative clause on what the sentence's subject builds or
    deploys: a cloud adoption via the builder (English only)."""
    if s.language != "en" or ("which" not in s.text and "that" not in s.text):
        return []
    out: list[Candidate] = []
    for m in _USED_BY.finditer(s.text):
        users = [c for c in s.of_kind(_COMPANY) if c.start == m.start("who")]
        products = [p for p in s.of_kind(("chip", "system")) if 0 < m.start() - p.end <= 60]
        if not users or not products:
            continue
        user, product = users[0], products[-1]
        builders = [
            c
            for c in s.of_kind(_COMPANY)
            if c.end <= product.start and not _after_prep(s, c) and c.id != user.id
        ]
        if not builders or _same_family(s, product.entity.maker, user.id):
            continue
        builder = builders[0]
        clause = s.clause_of(m.start())
        valid = point_at(s.published)
        modality = own_future_action(s, s.modality(m.end(), valid, clause), clause)
        if modality is None:
            continue
        if not is_cloud_company(s, builder.id):
            # "Supermicro builds the B300 nodes that Crusoe operates": a maker's goods the user
            # runs itself; it buys them from the maker (GUIDE: supply_deal, adopts on-prem)
            deal = Candidate(user.id, "supply_deal", modality, valid, m.start())
            deal.qualifiers, deal.object = {"product": product.id}, builder.id
            own = Candidate(user.id, "adopts", modality, valid, m.start(), {"mode": "on-prem"})
            own.object = product.id
            out += [deal, own]
            continue
        qualifiers = {"mode": "cloud", "via": builder.id}
        out.append(Candidate(user.id, "adopts", modality, valid, m.start(), qualifiers, product.id))
    return out


_TRIAL = re.compile(r"\b(?:evaluat|test|trial|pilot)\w*")


def _own_trial(s: Sentence, subject: Mention, conj: Span) -> dict[str, str]:
    """ "We are evaluating Cerebras WSE-3 systems for the lowest-latency endpoints", in a
    company's own text: what it tries out with no provider named it tries in its own fleet."""
    own = s.language == "en" and s.tier in ("company", "filing") and subject.anaphoric
    if (
        own
        and subject.text.lower() in ("we", "our", "us")
        and _TRIAL.search(s.lowered, conj.start, conj.end)
    ):
        return {"mode": "on-prem"}
    return {}


def _training_in_a_cloud(s: Sentence, clause: Span) -> int | None:
    """Training on chips in a named provider's cloud is using them there ("trains its
    models on TPUs in Google Cloud", "구글 클라우드의 TPU로 학습시켜"): the training verb
    stands in for an adoption verb only when the clause names the provider."""
    trig = s.trigger_pos("trains_on", clause)
    if trig is None or "via" not in _mode(s, clause):
        return None
    return trig


# "H100과 H200", "H100 and H200", "H100, H200": chips coordinated with the product
def _adopter(s: Sentence, clause: Span, trig: int) -> Mention | None:
    companies = [m for m in s.of_kind(_COMPANY, clause) if not _is_cloud_name(s, m)]
    if s.language == "ko":
        owner = plan_owner(s, trig)  # "TPU를 도입하겠다는 메타의 계획"
        if owner is not None:
            return owner
        topic = [m for m in companies if s.particle(m) in TOPIC]
        if topic:
            return quoted_subject(s, topic, trig) or topic[0]
        # "▲3월 — 메타, 구글 클라우드와 TPU 임차 계약 체결": a line's subject before its comma
        line = headline_subject_ko(s, Span(0, clause.end), _COMPANY)
        if line is not None and not _is_cloud_name(s, line) and not _lessor_ko(s, line, clause):
            return line
        agent = passive_agent(s, clause)  # "가우디3가 네이버클라우드에 채택된"
        if agent is not None:
            return agent
        arm = cloud_arm_subject(s, clause)  # "네이버클라우드는 가우디3를 도입했다"
        if arm is not None:
            return arm
        earlier = [
            m
            for m in s.of_kind(_COMPANY, Span(0, clause.start))
            if s.particle(m) in ("은", "는") and not _is_cloud_name(s, m)
        ]
        in_clause = s.of_kind(_COMPANY, clause)  # with the clouds ("구글 클라우드에서")
        vias = [m for m in in_clause if _is_via(s, m) or _is_cloud_name(s, m)]
        if vias and all(m in vias or _brand_of_product(s, m) for m in in_clause):
            # "오픈AI는 … 계약을 맺었고, 지금은 AWS를 통해 GB200을 빌려 쓰고 있다": a later
            # conjunct with only its provider named shares the sentence's topic, a sentence
            # with only its provider named the topic of the one before
            back = earlier[-1] if earlier else previous_topic(s, clause.start)
            if back is not None or s.focus.issuer is None:
                return back
        by_name = [m for m in s.of_kind(_PRODUCTS, clause) if not m.anaphoric]
        if earlier and by_name and all(_brand_of_product(s, m) for m in in_clause):
            # "메타는 H100을 늘리는 대신 TPU를 들이기로 했다": a later clause naming no party
            # of its own, and its product by name, shares the sentence's topic
            return earlier[-1]
        if not s.of_kind(_COMPANY) and _OWN_PREMISES_KO.search(s.text, clause.start, clause.end):
            # "2027년부터는 TPU를 아예 자체 데이터센터에 들여놓는 방안도 저울질하고 있다": a
            # sentence naming no company, its own premises the topic's before
            return previous_topic(s, clause.start)
        if brands_only_clause(s) and not own_topic(s, clause):
            # "추론용으로는 인텔 가우디3를 이미 일부 서버에 넣어 쓰고 있다", "내년부터는 구글
            # TPU도 도입할 계획이다": a sentence that names only a product's maker, and no
            # topic of its own, continues the topic of the one before
            return previous_topic(s, clause.start)
        speaker = _speakers_company(s, clause, companies)
        if speaker is not None:
            return speaker
        # "구글 TPU는 메타에 도입될 예정이다": a product's brand is no adopter when another is named
        companies = [m for m in companies if not _brand_of_product(s, m)] or companies
        # "코어위브에서 H100 가상머신을 임차해 썼다": the lessor is the way in, never the
        # adopter (the renter is left unnamed)
        companies = [m for m in companies if not _lessor_ko(s, m, clause)]
    else:
        # "Amazon said Anthropic will use Trainium": the subject nearest the verb, not an
        # object ("in talks with Alphabet Inc.'s Google to install") nor the speaker
        subjects = [
            m
            for m in companies
            if m.end <= trig and not _after_prep(s, m) and not _POSSESSED.search(s.text[: m.start])
        ]
        if s.inner and s.inner_of(trig) is None:
            # "OpenAI, in which Microsoft holds a stake, rents …": a relative clause's own
            # subject is not the main verb's
            subjects = [m for m in subjects if s.inner_of(m.start) is None] or subjects
        if len(subjects) > 1 and _SAID_BETWEEN.match(s.text, subjects[-2].end, subjects[-1].start):
            return subjects[-1]
        told = [m.end() for m in _REPORT_THAT.finditer(s.text, 0, trig)]
        # "CoreWeave gained 5.2% after Meta agreed to rent …": the clause after the
        # conjunction has its own subject
        told += [m.end() for m in _AFTER_EVENT.finditer(s.text, 0, trig)]
        told.sort()
        inner = [m for m in subjects if told and m.start >= told[-1]]
        if inner:
            # "Nvidia slid 2.6% after a report that Meta is in talks to put Google's TPUs
            # …": the reported clause has its own subject
            return inner[0]
        under = [m for m in subjects if _UNDER_WHICH.search(s.text, 0, m.start)]
        if under:
            # "an agreement with AWS, under which OpenAI will run on GB200s": the deal's
            # clause names who uses what
            return under[0]
        if not subjects and clause.start == 0 and _IT_START.match(s.text):
            # "It is also exploring renting TPU capacity through Google Cloud": the company
            # the text is about, not the provider named after the verb
            named = {m.id for m in s.of_kind(_COMPANY)}
            focus = s.focus.salience.pick(None, s.index, named, window=1)
            if focus is not None:
                return Mention(0, 0, focus, "", True)
        if s.text[: clause.start].endswith("and ") and all(
            _after_prep(s, m) or m.anaphoric for m in companies
        ):
            # "… operates 18,000 GB300 chips at its campus near Paris and will add Rubin
            # systems there", "…, and has placed an order with Nvidia for Rubin systems that
            # it expects to start installing": a second verb phrase shares the sentence's
            # subject (a company after a preposition is no subject)
            opening = [
                m
                for m in s.of_kind(_COMPANY, Span(0, clause.start))
                if not _after_prep(s, m) and not s.of_kind(_PRODUCTS, Span(m.end + 1, m.end + 2))
            ]
            if opening:
                return opening[0]
        # "…, and has placed an order with Nvidia for Rubin systems that it expects to start
        # installing": a company after a preposition is the adopter only when no other is
        free = [m for m in companies if not _after_prep(s, m)]
        companies = free or companies
        if not subjects:
            # "Naver Cloud plans to begin running inference on RNGD in its data center",
            # "Alibaba Cloud is testing …": a cloud named as the sentence's subject is the
            # one adopting (in its own data centers), not a provider others go through
            cloud = _cloud_subject(s, clause, trig)
            if cloud is not None:
                return cloud
    return companies[0] if companies else None


def _cloud_subject(s: Sentence, clause: Span, trig: int) -> Mention | None:
    """A company named as a cloud that opens the clause before the verb ("Naver Cloud
    plans to …"), not one after a preposition ("through Google Cloud")."""
    for m in s.of_kind(_COMPANY, Span(clause.start, trig)):
        if not _is_cloud_name(s, m) or _after_prep(s, m) or _is_via(s, m):
            continue
        opening = s.text[clause.start : m.start].strip(" ,")
        if not opening or opening.lower() in ("and", "but", "while", "meanwhile"):
            return m
    return None


# the polite endings of speech: an interviewee's or a company's own voice ("돌리고 있어요",
# "검토하고 있습니다")
_SPOKEN_KO = re.compile(r"(?:요|니다)[.!?\"”’']*\s*$")
# what the speaker's company is doing now: "돌리고 있어요", "평가하고 있어", "검토하고 있습니다";
# or has done or tried ("시범 적용해 봤는데", "들여 봤습니다", "도입했고")
_ONGOING_KO = re.compile(
    r"고\s?있|(?:해|써|돌려|넣어|들여)\s?봤|(?:도입|적용|채택|설치|시험)했(?:는데|고|습니다|어요|죠)"
)


# renting: what a company named with 에서 before it lets out
_RENTING_KO = re.compile(r"빌려|빌린|빌리|임차|대여|렌탈")


def _lessor_ko(s: Sentence, m: Mention, clause: Span) -> bool:
    """A company named with 에서 before a verb of renting in its clause: the one rented from."""
    return s.particle(m) == "에서" and _RENTING_KO.search(s.text, m.end, clause.end) is not None


def _speakers_company(s: Sentence, clause: Span, companies: list[Mention]) -> Mention | None:
    """The company a Korean text speaks for (an interviewee's, a company's own post), as the
    zero subject of a spoken sentence that names no party of its own, only makers of what
    it uses ("올해 1월부터 리벨리온의 리벨 서버를 목동 센터에 들여 … 추론을 돌리고 있어요")."""
    issuer = s.focus.issuer
    if issuer is None or not _SPOKEN_KO.search(s.text):
        return None
    if not _ONGOING_KO.search(s.text, clause.start, clause.end):
        return None  # "…에는 HBM4 288GB가 탑재됩니다", "…에서 돌릴 때보다": no use of its own
    # "AWS에서 H200 인스턴스를 빌려 쓰고 있고": the provider it goes through is no party
    # of its own either (the lessor is the way in, not the adopter)
    if any(
        not (_brand_of_product(s, m) or s.particle(m) == "의" or _is_via(s, m)) for m in companies
    ):
        return None
    if any(m.id == issuer.id for m in companies):
        return None  # "저희 칩" named: the rules above read it
    return Mention(clause.start, clause.start, issuer, "", True)


def _brand_of_product(s: Sentence, m: Mention) -> bool:
    """A maker named right before its product ("엔비디아 GB200"): the brand, not a party."""
    return any(p.kind in ("chip", "system") and 0 <= p.start - m.end <= 1 for p in s.mentions)


_REPORT_THAT = re.compile(
    r"\b(?:reports?|news|word|speculation|rumou?rs?|signs|disclosure|confirmation|"
    r"announcement|claims?)\s(?:[\w-]+\s){0,2}?that\s",
    re.IGNORECASE,
)
_AFTER_EVENT = re.compile(r"\s(?:after|as|when|because)\s(?=[A-Z])")
_IT_START = re.compile(
    r"(?:It|The company|The firm)\s(?:is|was|has|had|will|would|also|plans|said)\b"
)


_POSSESSED = re.compile(r"['’]s\s$")


_UNDER_WHICH = re.compile(r"\b(?:under|through|by|in) which\s$|\bwhereby\s$")
_PRODUCTS = ("chip", "system", "memory")
# "AMD announced on Tuesday that Oracle will deploy …": the speaker of a reported clause is
# not its adopter, whatever the saying verb and a time or venue after it
_SAID_BETWEEN = re.compile(
    r"\s(?:said|says|told|expects|believes|confirmed|confirms|announced|announces|disclosed"
    r"|discloses|revealed|reveals|stated|states|noted|notes|added|adds|wrote|writes)"
    r"(?:\s(?:on\s\w+|last\s\w+|this\s\w+|today|yesterday|earlier|in\sa\s[\w-]+(?:\s[\w-]+)?))?"
    r",?\s(?:that\s)?$"
)


def _conjuncts(s: Sentence, clause: Span) -> list[Span]:
    text = s.text[clause.start : clause.end]
    # "renting TPUs through Google Cloud from 2026 and installing TPUs in its own data
    # centers from 2027": a second verb phrase (a gerund) is a conjunct of its own
    sep = re.compile(
        r",\s+(?:and\s+)?|\s+and\s+(?=to\s|in\s|from\s|starting|through|via|[a-z]+ing\s)"
    )
    spans, start = [], 0
    for m in sep.finditer(text):
        spans.append(Span(clause.start + start, clause.start + m.end()))
        start = m.end()
    spans.append(Span(clause.start + start, clause.end))
    return spans


def _fills_anothers_site_ko(s: Sentence, clause: Span, subject: Mention) -> bool:
    """Whether a Korean sentence tells a company filling a site another company owns
    ("텍사스주 애빌린의 1호 캠퍼스에서는 오라클이 엔비디아 GB200을 채워 넣는 작업이 한창이다":
    Oracle builds OpenAI's Stargate): the builder's work for the owner, no adoption of its
    own (the dev gold: ko-b03, ko-b13, ko-r14)."""
    if s.language != "ko":
        return False
    owners = {m.entity.owner for m in s.of_kind(("cluster", "facility")) if m.entity.owner}
    if not owners or subject.id in owners:
        return False
    # "앤트로픽은 AWS의 트레이니움2를 클라우드로 빌려 쓰고 있고, … 레이니어에서": a rental
    mode = _mode(s, clause)
    return (
        mode.get("via") not in owners
        and mode.get("mode") != "cloud"
        and not (_RENTED_KO.search(s.text, clause.start, clause.end))
    )


# a verb of renting as a word of its own (not "애빌린", Abilene)
_RENTED_KO = re.compile(r"(?<![가-힣])(?:빌려|빌리|빌린|임차|임대)")


_OWN_PREMISES_KO = re.compile(r"(?:자체|자사)\s?(?:데이터\s?센터|센터|시설|클러스터|서버)")


def _says_use(s: Sentence, span: Span, subject: Mention) -> bool:
    """Whether a clause says how the product is used, so that a product a deal took is
    adopted too: through a named provider, or (Korean) in the company's own data centers
    ("…와 맺은 TPU 공급 계약에 이어 자체 데이터센터에 TPU를 들이는 방안도"). The buyer's own
    cloud named as where a supplied product goes ("GB200을 공급받아 애저 데이터센터에 배치")
    is no provider: the deal alone (GUIDE)."""
    if leased_ko(s, span, subject):
        return True  # "…의 GB300을 빌려 쓴다": through the lessor the clause leaves unnamed
    mode = _mode(s, span)
    if mode.get("via") == subject.id:
        return False
    return (
        "via" in mode
        or (s.language == "ko" and mode.get("mode") == "on-prem")
        or installed_by_buyer(s, span)  # "… for Rubin systems, which we plan to install"
    )


def _neighbour(products: list[Mention | None], k: int) -> Mention | None:
    order = [*range(k - 1, -1, -1), *range(k + 1, len(products))]
    found: list[Mention] = [m for j in order if (m := products[j]) is not None]
    return found[0] if found else None


def _dedupe_relations(found: list[Candidate]) -> list[Candidate]:
    """``found`` with each relation once. One use told once is one adoption: a second
    candidate differing only in its provider ("renting Google's TPUs through Google Cloud
    …, a step for a company that has relied on Nvidia", whose conjunct borrows the TPUs
    and takes Nvidia for a provider) is the same adoption with a provider guessed wrong."""
    seen: set[tuple[str, str | None, str]] = set()
    used: set[tuple[str, str | None, str]] = set()
    out = []
    for c in found:
        valid = repr(c.valid)
        key = (c.subject, c.object, repr(sorted(c.qualifiers.items())) + valid)
        rest = {k: v for k, v in c.qualifiers.items() if k != "via"}
        use = (c.subject, c.object, repr(sorted(rest.items())) + valid + c.modality)
        if key in seen or (c.predicate == "adopts" and "via" in c.qualifiers and use in used):
            continue
        seen.add(key)
        if "via" in c.qualifiers:
            used.add(use)
        out.append(c)
    return out
