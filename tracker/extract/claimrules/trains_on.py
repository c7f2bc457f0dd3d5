"""The training rule: a model owner trains on a cluster ("trains Claude on Rainier"), the
trainer found through whose models are trained, who said it will train, or the Korean
clause's subject or topic, never a cluster's operator who only lends it."""

from __future__ import annotations

import re

from tracker.extract.analysis import Sentence
from tracker.extract.claimrules.common import _COMPANY, Candidate, RuleState, _anchors
from tracker.extract.claimrules.relations import _dedupe_relations
from tracker.extract.claimrules.used_verbs import trainer_before
from tracker.extract.entities import Mention
from tracker.extract.quoted_speaker import quote_spans
from tracker.extract.site_times import dates_only
from tracker.extract.text import REPORTING_VERBS_EN, Span
from tracker.extract.told_use_en import told_future_use

_REPORTED = re.compile(rf"\s(?:{REPORTING_VERBS_EN})\s(?:that\s)?")


def trains_on_rule(s: Sentence, state: RuleState) -> list[Candidate]:
    """A model owner training on a cluster ("trains Claude on Rainier")."""
    out: list[Candidate] = []
    for clause in s.clauses:
        trig = s.trigger_pos("trains_on", clause)
        if trig is None:
            continue
        # "…, before Project Rainier existed": a site named only to date the training;
        # '"We trained on the hills all spring," said Colossus captain …': a name outside
        # the quote that holds the training is no place of it
        quoted = next(((a, b) for a, b in quote_spans(s.text) if a <= trig < b), None)
        clusters = [
            m
            for m in s.of_kind(("cluster", "facility"))
            if not dates_only(s, m) and (quoted is None or quoted[0] <= m.start < quoted[1])
        ]
        if not clusters:
            continue
        cluster = clusters[0]
        models = s.of_kind(("model",))
        owner = next((m.entity.owner for m in models if m.entity.owner), None)
        owner = owner or trainer_before(s, clause, trig)  # "OpenAI has been training on it"
        owner = owner or _trainer_en(s, trig)  # "… training OpenAI's models", "said it will train"
        owner = owner or _models_owner_ko(s, trig)  # "오픈AI의 차세대 모델 훈련에 쓸"
        if owner is None:
            # the trainer is named in the training clause when it is named at all: in
            # "오라클이 운영하는 이곳에는 …, 오픈AI는 여기서 … 학습을" the operator is not
            companies = _sentence_topic(s, clause, trig) or s.of_kind(_COMPANY, clause)
            companies = companies or s.of_kind(_COMPANY)
            others = [m for m in companies if m.id != cluster.entity.owner]
            told = _REPORTED.search(s.text, clause.start, trig)
            if s.language == "en" and told is not None:
                # "Oracle said OpenAI trains its models there": the reported clause's
                # subject trains, even on its own cluster, not the speaker
                others = s.of_kind(_COMPANY, Span(told.end(), trig))[:1] or others
            if not others and not _MODEL_WORD.search(s.text):
                continue  # the cluster's owner training on its own cluster needs a model named
            owner = (others or companies)[0].id if companies else _topic_owner(s)
        if owner is None:
            continue
        valid = s.valid_for(trig, _anchors(s))
        modality = told_future_use(s, s.modality(trig, valid, clause), clause, trig, valid)
        if modality is None:
            continue
        out.append(Candidate(owner, "trains_on", modality, valid, trig, object=cluster.id))
    return _dedupe_relations(out)


# "training OpenAI's models", "trains Meta's next models": the models' owner trains them
_MODELS_OF = re.compile(
    r"['’]s\s(?:(?:own|frontier|future|next|newest|latest|largest|new|first|biggest)\s){0,2}"
    r"(?:[\w-]+\s)?models?\b"
)
# "OpenAI said last month that it will train …": the speaker is the "it" that trains
_SAID_IT = re.compile(
    r"\s(?:said|says|announced|confirmed|disclosed|stated|told\s\w+)"
    r"(?:\s(?:on\s\w+|last\s\w+|this\s\w+|today|earlier|in\sa\s[\w-]+))?\s(?:that\s)?"
    r"(?:it|they)\s"
)


# "오픈AI의 차세대 모델 훈련에", "앤트로픽의 클로드 모델 학습에": the models' owner trains
_MODELS_OF_KO = re.compile(
    r"의\s(?:(?:차세대|최신|새|다음|자체|주력|대형|신규|향후)\s){0,2}(?:[^\s,.]+\s)?(?:AI\s)?"
    r"(?:모델|언어모델|언어\s모델)(?:들)?(?:의)?\s?(?:훈련|학습)"
)


def _models_owner_ko(s: Sentence, trig: int) -> str | None:
    """The Korean company whose models the training is of, named right before them (not
    the cluster's operator who lends it: "마이크로소프트는 이곳을 오픈AI의 차세대 모델 훈련에
    쓸 계획이다")."""
    if s.language != "ko":
        return None
    for m in s.of_kind(_COMPANY):
        hit = _MODELS_OF_KO.match(s.text, m.end)
        if hit is not None and hit.end() >= trig >= m.end:
            return m.id
    return None


def _trainer_en(s: Sentence, trig: int) -> str | None:
    """The English trainer named by whose models are trained or as the speaker of "it
    will train" (not a cluster's operator named later in the sentence)."""
    if s.language != "en":
        return None
    companies = s.of_kind(_COMPANY)
    for m in companies:
        if _MODELS_OF.match(s.text, m.end):
            return m.id
    for m in companies:
        said = _SAID_IT.match(s.text, m.end)
        if said is not None and said.end() <= trig:
            return m.id
    return None


def _sentence_topic(s: Sentence, clause: Span, trig: int) -> list[Mention]:
    """The trainer of a Korean training clause: a company marked 이/가 whose own verb is
    the training ("xAI가 콜로서스에서 학습하는"), else the last topic (은/는) company up to
    the clause's end, also as the zero subject of a later conjunct ("오픈AI는 오라클이 운영하는
    캠퍼스에서 … 쓰고 있으며, 차기 모델도 이곳에서 학습하고 있다": not Oracle, which only
    runs the campus)."""
    if s.language != "ko":
        return []
    for m in s.of_kind(_COMPANY, Span(clause.start, trig)):
        if s.particle(m) in ("이", "가") and not m.anaphoric:
            verb = _ADNOMINAL_KO.match(s.text, m.end)
            if verb is None or verb.end() > trig:
                return [m]
    topics = [
        m
        for m in s.of_kind(_COMPANY, Span(0, clause.end))
        if s.particle(m) in ("은", "는") and not m.anaphoric
    ]
    return topics[-1:]


# a subject's own adnominal verb ("오라클이 운영하는 ", "델이 조립한 "): a relative clause
_ADNOMINAL_KO = re.compile(r"(?:이|가)\s(?:[^\s.,]+\s){0,2}?[가-힣]*(?:하는|한|는|운|은|든|던)\s")


def _topic_owner(s: Sentence) -> str | None:
    """ "차세대 모델 학습은 이미 스타게이트에서 돌리고 있다" (an interviewee's answer, a
    release): in Korean a model's training with no company named is the text's company's."""
    if s.language != "ko":
        return None
    topic = s.focus.issuer or s.focus.get("topic", s.index, 12)
    return topic.id if topic is not None else None


_MODEL_WORD = re.compile(r"\bmodels?\b|모델", re.I)
