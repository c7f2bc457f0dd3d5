"""A Korean zero subject carried from the sentence before.

Korean drops a subject the reader already has: "메타는 2027년부터 … 논의하고 있다. 그보다 앞서
내년부터 구글 클라우드를 통해 TPU를 빌려 쓰는 안도 테이블에 올라 있다고 한다." The second
sentence's user of the TPUs is the first one's topic. Only a topic marked with its particle in
the sentence just before is taken (the extractor's focus keeps it as "marked").
"""

from __future__ import annotations

from tracker.extract.analysis import Sentence
from tracker.extract.entities import Mention


def previous_topic(s: Sentence, at: int) -> Mention | None:
    """The topic marked in the sentence before, as a reference back at ``at``."""
    if s.language != "ko":
        return None
    topic = s.focus.get("marked", s.index, 1)
    return Mention(at, at, topic, "", True) if topic is not None else None
