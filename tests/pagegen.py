"""Small generated PDF pages for the layout tests: text flowed into columns, rules, furniture.

Coordinates are pdfplumber's: points from the top-left corner. Every glyph is drawn on its own,
so a test controls its position and its place in the content stream.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

CJK_FONT = "STSong-Light"
LATIN_FONT = "Times-Roman"
pdfmetrics.registerFont(UnicodeCIDFont(CJK_FONT))

# A second family with other metrics (a Hei face, embedded TrueType, proportional digits), where
# the machine has one: reportlab's other CID fonts (MSung, HeiseiMin, HYSMyeongJo) carry
# traditional Chinese, Japanese or Korean glyph sets and lose most simplified characters.
HEI_FONT: str | None = None
for _path in ("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", "/usr/share/fonts/wqy-zenhei/wqy-zenhei.ttc"):
    if Path(_path).exists():
        pdfmetrics.registerFont(TTFont("WQYZenHei", _path, subfontIndex=0))
        HEI_FONT = "WQYZenHei"
        break


@dataclass
class Glyph:
    text: str
    x: float
    top: float
    size: float
    font: str = CJK_FONT


@dataclass
class Page:
    width: float = 595.0
    height: float = 842.0
    glyphs: list[Glyph] = field(default_factory=list)
    rules: list[tuple[float, float, float, float]] = field(default_factory=list)  # x0, top, x1, bottom
    frames: list[tuple[float, float, float, float]] = field(default_factory=list)

    def text(self, text: str, x: float, top: float, size: float = 10.5, tracking: float = 0.0,
             font: str | None = None) -> float:
        """One line of text from x; `tracking` adds space after every glyph. Returns the end x."""
        for ch in text:
            f = font or (LATIN_FONT if ch.isascii() else CJK_FONT)
            self.glyphs.append(Glyph(ch, x, top, size, f))
            x += advance(ch, size, f) + tracking
        return x

    def centred(self, text: str, top: float, size: float, x0: float = 0.0, x1: float | None = None
                ) -> None:
        x1 = self.width if x1 is None else x1
        w = sum(advance(c, size, LATIN_FONT if c.isascii() else CJK_FONT) for c in text)
        self.text(text, x0 + (x1 - x0 - w) / 2, top, size)

    def right(self, text: str, top: float, size: float, x1: float) -> None:
        """One line of text set flush right, ending at x1 (a deck or byline under a headline)."""
        w = sum(advance(c, size, LATIN_FONT if c.isascii() else CJK_FONT) for c in text)
        self.text(text, x1 - w, top, size)


def advance(ch: str, size: float, font: str) -> float:
    return pdfmetrics.stringWidth(ch, font, size)


@dataclass(frozen=True)
class Heading:
    """A heading set on its own line inside a flow, in larger (or other) type."""

    text: str
    size: float
    font: str | None = None


@dataclass
class Flow:
    """Paragraphs set justified into columns, top to bottom then left to right."""

    columns: list[tuple[float, float]]  # (x0, x1) of each column
    top: float
    bottom: float
    size: float = 10.5
    leading: float = 1.6  # line pitch in em
    indent: int = 2  # first-line indent in characters
    cut: bool = False  # set: the last paragraph did not fit and goes on elsewhere
    end: tuple[int, float] = (0, 0.0)  # set: column and top where the text ended
    font: str = CJK_FONT
    para_gap: float = 0.0  # extra space before a paragraph, in em (unindented styles use it)

    def set(self, page: Page, paragraphs: list[str | Heading], continued: bool = False
            ) -> list[str | Heading]:
        """Set the paragraphs; returns what did not fit (its first item mid-paragraph if cut).

        `continued`: the first paragraph goes on from an earlier page, so it has no indent.
        """
        col, top = 0, self.top
        pitch = self.leading * self.size
        todo = list(paragraphs)
        first = not continued
        while todo:
            item = todo[0]
            if isinstance(item, Heading):
                height = item.size * self.leading + self.para_gap * self.size
                if top + height + pitch > self.bottom:  # a heading never ends a column
                    col, top = col + 1, self.top
                    if col >= len(self.columns):
                        self.cut = False
                        return todo
                if top > self.top:
                    top += 0.5 * item.size
                x0, _ = self.columns[col]
                page.text(item.text, x0, top, item.size, font=item.font)
                top += item.size * self.leading
                todo.pop(0)
                continue
            chars = list(item)
            if first and top > self.top:
                top += self.para_gap * self.size
            while chars:
                if top + self.size > self.bottom:
                    col, top = col + 1, self.top
                    if col >= len(self.columns):
                        todo[0] = "".join(chars)
                        self.cut = not first
                        return todo
                x0, x1 = self.columns[col]
                start = x0 + (self.indent * self.size if first else 0.0)
                line, width = [], 0.0
                while chars:
                    w = advance(chars[0], self.size, self._font(chars[0]))
                    if start + width + w > x1 + 0.01:
                        break
                    line.append(chars.pop(0))
                    width += w
                # Justify every full line: spread the slack over its gaps, as newspapers do.
                slack = (x1 - start - width) / (len(line) - 1) if chars and len(line) > 1 else 0.0
                x = start
                for ch in line:
                    page.glyphs.append(Glyph(ch, x, top, self.size, self._font(ch)))
                    x += advance(ch, self.size, self._font(ch)) + slack
                top += pitch
                first = False
            todo.pop(0)
            first = True
        self.end = (col, top)
        return []

    def _font(self, ch: str) -> str:
        return LATIN_FONT if ch.isascii() and self.font == CJK_FONT else self.font


def _font(ch: str) -> str:
    return LATIN_FONT if ch.isascii() else CJK_FONT


def write_pdf(path: Path, pages: list[Page]) -> Path:
    c = canvas.Canvas(str(path), pagesize=(pages[0].width, pages[0].height))
    for page in pages:
        c.setPageSize((page.width, page.height))
        for x0, top, x1, bottom in page.rules:
            c.line(x0, page.height - top, x1, page.height - bottom)
        for x0, top, x1, bottom in page.frames:
            c.rect(x0, page.height - bottom, x1 - x0, bottom - top, stroke=1, fill=0)
        for g in page.glyphs:
            c.setFont(g.font, g.size)
            # the glyph box of these fonts is about one em tall; the baseline sits near its foot
            c.drawString(g.x, page.height - g.top - 0.88 * g.size, g.text)
        c.showPage()
    c.save()
    return path


SAMPLE = ("过去一年，我们坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，加快构建新发展格局，"
          "着力推动高质量发展，经济社会发展主要目标任务圆满完成。")
