"""The document model every extraction step passes along."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Literal

BlockType = Literal[
    "title", "subtitle", "heading", "paragraph", "byline", "header", "footer", "caption", "other"
]
BODY_TYPES: frozenset[str] = frozenset({"title", "subtitle", "heading", "paragraph"})

# Why a document yielded no text: callers must be able to tell a scan from a broken font.
TextStatus = Literal["ok", "no_text_layer", "undecodable_text"]
TextSource = Literal["pdf", "ocr", "mixed"]


@dataclass(frozen=True, slots=True)
class Block:
    type: BlockType
    text: str
    page: int  # 1-based page where the block starts
    level: int | None = None  # heading level, 1 = top
    article: int | None = None  # index of the article on a multi-article page

    def to_dict(self) -> dict:
        return {"type": self.type, "level": self.level, "text": self.text, "page": self.page,
                "article": self.article}


@dataclass(slots=True)
class Document:
    source: str  # file name the document was read from, for messages
    pages: int
    blocks: list[Block] = field(default_factory=list)
    text_status: TextStatus = "ok"
    notes: list[str] = field(default_factory=list)  # human-readable remarks about the repair
    # Where the text came from: pdf (its text layer), ocr (every page recognised), or mixed
    # (only the pages in `ocr_pages`); with the mean recognition confidence of those pages.
    text_source: TextSource = "pdf"
    ocr_confidence: float | None = None
    ocr_pages: list[int] = field(default_factory=list)

    def page_source(self, page: int | None) -> TextSource:
        """pdf or ocr: how the text of one page (a block's, an indicator's) was read."""
        return "ocr" if page is not None and page in self.ocr_pages else "pdf"

    def body(self) -> list[Block]:
        return [b for b in self.blocks if b.type in BODY_TYPES]


Approx = Literal["over", "approx", "at_least", "at_most", "below"]
Change = Literal["increase", "decrease"]
Modality = Literal["actual", "target"]


@dataclass(slots=True)
class Indicator:
    metric: str
    value: float | None
    unit: str
    low: float | None = None
    high: float | None = None
    approx: Approx | None = None
    change: Change | None = None
    modality: Modality = "actual"
    period: str | None = None  # "2023", or "2018-2022" for a term; None when the text does not say
    scope: Literal["annual", "term"] | None = None
    canonical: str | None = None
    evidence: str = ""
    page: int | None = None
    evidence_offset: int | None = None  # where the figure starts in `evidence`

    def to_dict(self) -> dict:
        return asdict(self)


class ExtractionError(Exception):
    """A document that cannot be read; the message names the file and the problem."""

    def __init__(self, source: str, problem: str):
        super().__init__(f"{source}: {problem}")
        self.source = source
        self.problem = problem
