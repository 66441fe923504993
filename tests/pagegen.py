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


# Debian's CJK faces (fonts-arphic-ukai, fonts-arphic-uming, fonts-wqy-zenhei; `.ci/run` installs
# them), each with its own ascent and descent, so pdfplumber draws their glyph boxes differently.
FACES: dict[str, str] = {"song": CJK_FONT}
for _name, _path in (("kai", "/usr/share/fonts/truetype/arphic/ukai.ttc"),
                     ("ming", "/usr/share/fonts/truetype/arphic/uming.ttc"),
                     ("hei", "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc")):
    if Path(_path).exists():
        _face = "WQYZenHei" if _name == "hei" else f"AR-{_name}"
        if _face not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(_face, _path, subfontIndex=0))
        FACES[_name] = _face
# A Latin face for digits and letters whose glyph box hangs far below the baseline, as the digit
# fonts of real newspapers do.
LATIN_FACES = [LATIN_FONT]
for _path in ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",):
    if Path(_path).exists():
        pdfmetrics.registerFont(TTFont("DejaVuSans", _path))
        LATIN_FACES.append("DejaVuSans")


@dataclass
class Glyph:
    text: str
    x: float
    top: float
    size: float
    font: str = CJK_FONT
    rise: float = 0.0  # baseline shift (points, up): a second font set a little off the line


@dataclass
class Page:
    width: float = 595.0
    height: float = 842.0
    glyphs: list[Glyph] = field(default_factory=list)
    rules: list[tuple[float, float, float, float]] = field(default_factory=list)  # x0, top, x1, bottom
    frames: list[tuple[float, float, float, float]] = field(default_factory=list)
    photos: list[tuple[float, float, float, float]] = field(default_factory=list)
    tints: list[tuple[float, float, float, float]] = field(default_factory=list)  # filled grey

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
    # set over two lines inside its column: the second line's text, and whether both lines
    # are centred on the column's axis (else flush left)
    second: str = ""
    centred: bool = False


@dataclass(frozen=True)
class RunIn:
    """A paragraph opening on a run-in (a party's name, a label) set in another face."""

    lead: str
    text: str
    font: str


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
    tops: list[float] | None = None  # per column, where a photo above pushes its text down
    latin: str = ""  # face for digits and Latin letters (default: Times with the Song face)
    rise: float = 0.0  # baseline shift of the Latin face, in em

    def set(self, page: Page, paragraphs: list[str | Heading], continued: bool = False
            ) -> list[str | Heading]:
        """Set the paragraphs; returns what did not fit (its first item mid-paragraph if cut).

        `continued`: the first paragraph goes on from an earlier page, so it has no indent.
        """
        col, top = 0, self._top(0)
        pitch = self.leading * self.size
        todo = list(paragraphs)
        first = not continued
        while todo:
            item = todo[0]
            if isinstance(item, Heading):
                rows = [item.text, item.second] if item.second else [item.text]
                height = item.size * self.leading * len(rows) + self.para_gap * self.size
                if top + height + pitch > self.bottom:  # a heading never ends a column
                    col += 1
                    if col >= len(self.columns):
                        self.cut = False
                        return todo
                    top = self._top(col)
                if top > self._top(col):
                    top += 0.5 * item.size
                x0, x1 = self.columns[col]
                for k, row in enumerate(rows):
                    x = x0
                    if item.centred:
                        w = sum(advance(c, item.size, item.font or _font(c)) for c in row)
                        x = x0 + (x1 - x0 - w) / 2
                    page.text(row, x, top, item.size, font=item.font)
                    # the lines of one heading are set closer than its leading to the text
                    top += item.size * (1.3 if k + 1 < len(rows) else self.leading)
                todo.pop(0)
                continue
            if isinstance(item, RunIn):
                chars = [(c, item.font) for c in item.lead] + [(c, None) for c in item.text]
            else:
                chars = [(c, None) for c in item]
            if first and top > self._top(col):
                top += self.para_gap * self.size
            while chars:
                if top + self.size > self.bottom:
                    col += 1
                    if col >= len(self.columns):
                        todo[0] = "".join(c for c, _ in chars)
                        self.cut = not first
                        return todo
                    top = self._top(col)
                x0, x1 = self.columns[col]
                start = x0 + (self.indent * self.size if first else 0.0)
                line, width = [], 0.0
                while chars:
                    w = advance(chars[0][0], self.size, chars[0][1] or self._font(chars[0][0]))
                    if start + width + w > x1 + 0.01:
                        break
                    line.append(chars.pop(0))
                    width += w
                # Justify every full line: spread the slack over its gaps, as newspapers do.
                slack = (x1 - start - width) / (len(line) - 1) if chars and len(line) > 1 else 0.0
                x = start
                for ch, face in line:
                    f = face or self._font(ch)
                    rise = self.rise * self.size if f != self.font and not face else 0.0
                    page.glyphs.append(Glyph(ch, x, top, self.size, f, rise))
                    x += advance(ch, self.size, f) + slack
                top += pitch
                first = False
            todo.pop(0)
            first = True
        self.end = (col, top)
        return []

    def _top(self, col: int) -> float:
        return self.tops[col] if self.tops else self.top

    def _font(self, ch: str) -> str:
        if self.latin and ch.isascii():
            return self.latin
        return LATIN_FONT if ch.isascii() and self.font == CJK_FONT else self.font


def _font(ch: str) -> str:
    return LATIN_FONT if ch.isascii() else CJK_FONT


def _photo():
    """A small grey picture: pdfplumber sees it as an image, which is all a photo is to the layout."""
    from PIL import Image
    from reportlab.lib.utils import ImageReader

    img = Image.new("RGB", (8, 6))
    img.putdata([(40 * (i % 5), 30 * (i % 7), 90) for i in range(48)])
    return ImageReader(img)


def write_pdf(path: Path, pages: list[Page], compress: bool = True) -> Path:
    """`compress=False` leaves every stream readable, so a test can edit one in place (a font's
    ToUnicode map) without moving the offsets the cross-reference table points to."""
    c = canvas.Canvas(str(path), pagesize=(pages[0].width, pages[0].height),
                      pageCompression=1 if compress else 0)
    for page in pages:
        c.setPageSize((page.width, page.height))
        for x0, top, x1, bottom in page.rules:
            c.line(x0, page.height - top, x1, page.height - bottom)
        for x0, top, x1, bottom in page.frames:
            c.rect(x0, page.height - bottom, x1 - x0, bottom - top, stroke=1, fill=0)
        for x0, top, x1, bottom in page.photos:
            c.drawImage(_photo(), x0, page.height - bottom, x1 - x0, bottom - top)
        if page.tints:
            c.setFillGray(0.85)
            for x0, top, x1, bottom in page.tints:
                c.rect(x0, page.height - bottom, x1 - x0, bottom - top, stroke=0, fill=1)
            c.setFillGray(0.0)
        for g in page.glyphs:
            c.setFont(g.font, g.size)
            # the glyph box of these fonts is about one em tall; the baseline sits near its foot
            c.drawString(g.x, page.height - g.top - 0.88 * g.size + g.rise, g.text)
        c.showPage()
    c.save()
    return path


SAMPLE = ("过去一年，我们坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，加快构建新发展格局，"
          "着力推动高质量发展，经济社会发展主要目标任务圆满完成。")


# --- Random newspaper pages with known gold -------------------------------------------------

def _sections(path: Path) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    lines: list[str] = []
    for ln in path.read_text(encoding="utf-8").splitlines():
        ln = ln.strip()
        if ln.startswith("[") and ln.endswith("]"):
            lines = out.setdefault(ln[1:-1], [])
        elif ln and not ln.startswith("#"):
            lines.append(ln)
    return out


@dataclass(frozen=True)
class Topic:
    """What one article is about: its own terms and acts (tests/data/pagegen_topics.txt)."""

    name: str
    terms: tuple[str, ...]
    acts: tuple[str, ...]


def _topics(sections: dict[str, list[str]]) -> list[Topic]:
    out = []
    for name, lines in sections.items():
        if not name.startswith("topic "):
            continue
        parts = {ln[:2]: tuple(ln[2:].split()) for ln in lines}
        out.append(Topic(name[6:].strip(), parts["n:"], parts["a:"]))
    return out


_WORDING = _sections(Path(__file__).parent / "data" / "pagegen_topics.txt")
_CLAUSES, _HEADLINES = _WORDING["clause"], _WORDING["headline"]
TOPICS = _topics(_WORDING)
_NAMES = "王李张刘陈杨赵黄周吴徐孙马朱胡郭何林罗高"
_GIVEN = "明华强军平芳敏静丽伟涛鹏宇晨浩然"
_WEEKDAYS = "一二三四五六日"


@dataclass
class Generated:
    """A generated page and its gold, in the shape of `../shared/corpus/real/*.gold.json`."""

    page: Page
    gold: dict
    params: dict


_PLACES = "青山河源平安东城西林南湖北岭江川云台"


class _Words:
    """The wording of one page or report, drawn from its own random stream, so the wording and
    the geometry (columns, bands, photos) are drawn independently of each other.

    Every article takes a topic and a place no other article of the page has: real articles
    are about different things, and the scorer gives each block to the article it shares most
    wording with.
    """

    def __init__(self, seed: int, suffixes: str = "县区镇") -> None:
        import random

        self.rng = random.Random(f"words-{seed}")
        self._topics: list[Topic] = []
        self._places: list[str] = []
        self._suffixes = suffixes
        self._said: set[str] = set()

    def topic(self) -> Topic:
        if not self._topics:  # more articles than topics: a page that large repeats them
            self._topics = self.rng.sample(TOPICS, len(TOPICS))
        return self._topics.pop()

    def place(self) -> str:
        if not self._places:
            self._places = self.rng.sample([a + b + s for a in _PLACES for b in _PLACES if a != b
                                            for s in self._suffixes], 64)
        return self._places.pop()

    def _fill(self, frame: str, topic: Topic) -> str:
        n, m = self.rng.sample(topic.terms, 2)
        return frame.replace("{n}", n).replace("{m}", m).replace("{a}", self.rng.choice(topic.acts))

    def clause(self, topic: Topic) -> str:
        return self._fill(self.rng.choice(_CLAUSES), topic)

    def sentence(self, topic: Topic, place: str, parts: int) -> str:
        return place + "，".join(self.clause(topic) for _ in range(parts)) + "。"

    def paragraph(self, topic: Topic, place: str) -> str:
        return "".join(self.sentence(topic, place, self.rng.randint(1, 3))
                       for _ in range(self.rng.randint(1, 4)))

    def headline(self, topic: Topic, max_chars: int) -> str:
        """A headline, kicker or sub-heading of at most `max_chars`: its frames open on the
        topic's own words, so one cut short still says what it is about."""
        for _ in range(8):  # a sub-heading repeating its title, or a title another's, is no news
            text = self._fill(self.rng.choice(_HEADLINES), topic)
            while len(text) < 8 and max_chars > len(text) + 4:
                text += self.rng.choice(topic.acts)
            text = text[:max(2, max_chars)]
            if text not in self._said:
                break
        self._said.add(text)
        return text

    def name(self) -> str:
        return _name(self.rng)


def _name(rng) -> str:
    return rng.choice(_NAMES) + "".join(rng.choice(_GIVEN) for _ in range(rng.randint(1, 2)))


def _width(text: str, size: float, font: str, latin: str) -> float:
    return sum(advance(c, size, latin if c.isascii() else font) for c in text)


def _line(page: Page, text: str, x: float, top: float, size: float, font: str, latin: str) -> None:
    for ch in text:
        f = latin if ch.isascii() else font
        page.glyphs.append(Glyph(ch, x, top, size, f))
        x += advance(ch, size, f)



def _flowed(flow: Flow, page, items: list) -> list:
    """What a flow set of `items`: the whole ones, and of the one it cut, the part it set."""
    left = flow.set(page, items)
    done = items[:len(items) - len(left)]
    if left and flow.cut:
        whole = items[len(done)]
        assert isinstance(whole, str)
        done.append(whole[:len(whole) - len(left[0])])
    return done

def random_page(seed: int, papers: list[tuple[float, float]] | None = None,
                sizes: list[float] | None = None, gutters: tuple[float, float] = (0.4, 2.0),
                columns: tuple[int, int] = (1, 8), body_faces: list[str] | None = None,
                head_faces: list[str] | None = None, masthead: str = "line",
                advert: bool = False, wrapped_heads: bool = False) -> Generated:
    """One broadsheet page of several articles, drawn from `seed`.

    Columns 1-8, gutters 0.4-2 em, body 8-14 pt, body and heading faces drawn from the CJK faces
    installed, Latin digits in a second face on a shifted baseline; articles with a headline
    stack (kicker, headline, deck), a byline, paragraphs and sub-headings flowed over their
    columns, photos with captions that the text wraps under, rules and frames between articles.
    Each article writes about a topic of its own (`_Words`). The keyword arguments narrow the
    draws (a held-out grid, one pair of faces); left at their defaults, a seed draws the same
    page every time. `masthead="band"` heads the page with a band of furniture instead of one
    line (`_masthead_band`), `masthead="deep"` with a paper's front-of-section head reaching
    below the page's top tenth (`_masthead_deep`); `advert` sets a framed advertisement (`_advert`) in place of the
    last band's last article, where it has the room. `wrapped_heads` sets sub-headings over two
    lines inside their column (`_wrapped_head`), and more of them.
    """
    import random

    rng = random.Random(seed)
    words = _Words(seed)
    width, height = rng.choice(papers or [(842.0, 1191.0), (720.0, 1040.0), (595.0, 842.0)])
    size = rng.choice(sizes or [8.0, 8.5, 9.0, 9.5, 10.0, 10.5, 11.0, 12.0, 13.0, 14.0])
    gutter = round(rng.uniform(*gutters), 2) * size
    margin = 2.5 * size
    columns = rng.randint(*columns)
    while columns > 1 and (width - 2 * margin - (columns - 1) * gutter) / columns < 9 * size:
        columns -= 1
    col_w = (width - 2 * margin - (columns - 1) * gutter) / columns
    faces = list(FACES.values())
    body_face, head_face = rng.choice(body_faces or faces), rng.choice(head_faces or faces)
    latin = rng.choice(LATIN_FACES)
    rise = rng.choice([0.0, 0.0, 0.08, -0.08, 0.15])
    page = Page(width, height)
    blocks: list[dict] = []
    # page furniture: a running head fenced off by a rule
    if masthead in ("band", "deep"):
        draw = _masthead_band if masthead == "band" else _masthead_deep
        top, furniture = draw(page, random.Random(f"masthead-{seed}"), words, margin,
                              size, body_face, head_face, latin)
        blocks += furniture
    else:
        head = f"2024年{rng.randint(1, 12)}月{rng.randint(1, 28)}日 星期{rng.choice(_WEEKDAYS)}"
        _line(page, head, margin, margin, 0.9 * size, body_face, latin)
        folio = f"第{rng.randint(1, 16)}版"
        _line(page, folio, width - margin - _width(folio, 0.9 * size, body_face, latin), margin,
              0.9 * size, body_face, latin)
        blocks += [{"type": "header", "text": head, "article": 0},
                   {"type": "header", "text": folio, "article": 0}]
        page.rules.append((margin, margin + 1.6 * size, width - margin, margin + 1.6 * size))
        top = margin + 2.6 * size
    # bands top to bottom, each cut into articles over runs of columns
    bottom = height - margin
    # every band tall enough for a headline stack and a dozen lines under it
    n_bands = max(1, min(rng.randint(1, 3), int((bottom - top) // (22 * size))))
    shares = [rng.uniform(0.7, 1.3) for _ in range(n_bands)]
    edges = [top]
    for share in shares:
        edges.append(edges[-1] + share / sum(shares) * (bottom - top))
    framed = rng.random() < 0.3
    art = 0
    for band_top, band_bottom in zip(edges, edges[1:], strict=False):
        if band_top > top:
            page.rules.append((margin, band_top - 0.75 * size, width - margin,
                               band_top - 0.75 * size))
        runs, c = [], 0
        while c < columns:
            k = rng.randint(1, columns - c)
            runs.append((c, c + k))
            c += k
        for c0, c1 in runs:
            x0 = margin + c0 * (col_w + gutter)
            x1 = margin + c1 * col_w + (c1 - 1) * gutter
            if c0 > 0 and rng.random() < 0.3:
                page.rules.append((x0 - gutter / 2, band_top, x0 - gutter / 2, band_bottom - size))
            cols = [(margin + c * (col_w + gutter), margin + c * (col_w + gutter) + col_w)
                    for c in range(c0, c1)]
            if advert and band_bottom == edges[-1] and c1 == columns and art >= 2:
                ad = _advert(page, random.Random(f"advert-{seed}"), words, x0, x1, band_top,
                             band_bottom - size, size, body_face, head_face, latin)
                if ad:
                    blocks += ad
                    continue
            art += 1
            pad = 0.6 * size if framed and rng.random() < 0.5 else 0.0
            if pad:
                page.frames.append((x0 - pad / 2, band_top - pad / 2, x1 + pad / 2,
                                    band_bottom - size + pad / 2))
            wrapped = random.Random(f"wrapped-{seed}-{art}") if wrapped_heads else None
            blocks += _article(page, rng, words, art, cols,
                               band_top + pad, band_bottom - size - pad, size, body_face,
                               head_face, latin, rise, wrapped)
    params = {"seed": seed, "size": size, "gutter_em": round(gutter / size, 2),
              "columns": columns, "body_face": body_face, "head_face": head_face,
              "latin": latin, "rise_em": rise, "articles": art}
    return Generated(page, {"blocks": blocks}, params)


_PRODUCTS = ["三七", "西洋参", "虫草", "金线莲", "天麻", "铁皮石斛", "海参", "燕窝", "灵芝",
             "枸杞", "阿胶", "黄芪", "当归"]


def _advert(page: Page, rng, words: _Words, x0: float, x1: float, top: float, bottom: float,
            size: float, body_face: str, head_face: str, latin: str) -> list[dict]:
    """An advertisement in a frame (苗七堂: 三七西洋参 / 虫草金线莲等2折起售): a headline of two
    lines in display type, a tinted strip with the sale's dates set under them, a product's name
    in display type again under the strip (close enough to stand in the headline's stack, so the
    strip stands between its lines), a price tag beside it, a photo, a row of products each with
    its name and two prices over small photos, and the shop's address on a tint. Every piece is
    `other`, of no article. Returns [] where the room is too small (an article goes there)."""
    width = x1 - x0
    items = rng.sample(_PRODUCTS, 6)
    big = min(rng.uniform(2.4, 3.4) * size, width / (len(items[0] + items[1]) + 1))
    if big < 1.8 * size or bottom - top < 3.6 * big + 12 * size or width < 16 * size:
        return []
    out: list[dict] = []

    def put(text: str, x: float, y: float, s: float, face: str) -> None:
        _line(page, text, x, y, s, face, latin)
        out.append({"type": "other", "text": text, "article": 0})

    def fit(text: str, s: float, room: float, face: str) -> str:
        while len(text) > 2 and _width(text, s, face, latin) > room:
            text = text[:-1]
        return text

    pad = 0.5 * size
    page.frames.append((x0 - pad, top - pad, x1 + pad, bottom + pad))
    y = top + 0.3 * size
    head = items[0] + items[1]
    put(head, x0 + (width - _width(head, big, head_face, latin)) / 2, y, big, head_face)
    y += 1.2 * big
    deck = fit(f"{items[2]}{items[3]}等{rng.randint(2, 5)}折起售", 0.95 * big, width, head_face)
    put(deck, x0 + (width - _width(deck, 0.95 * big, head_face, latin)) / 2, y, 0.95 * big,
        head_face)
    y += 1.15 * big
    strip = round(rng.uniform(1.3, 1.5) * size, 1)
    m, d = rng.randint(1, 12), rng.randint(1, 20)
    dates = fit(f"★活动时间:{m}月{d}日（周五）-{m}月{d + 4}日（下周二）", strip, width - size,
                body_face)
    page.tints.append((x0, y, x1, y + 1.6 * strip))
    put(dates, x0 + (width - _width(dates, strip, body_face, latin)) / 2, y + 0.3 * strip, strip,
        body_face)
    y += 1.6 * strip + 0.3 * size
    # the product's name in display type, close under the strip: it stands in the headline's
    # stack, the strip between its lines
    name = items[0]
    nx = x0 + rng.uniform(0.25, 0.4) * width
    put(name, nx, y, big, head_face)
    tag = 1.1 * size
    tx = x1 - 7 * 0.7 * size
    put(items[1], tx, y + 0.2 * big, tag, head_face)
    for k, (label, s) in enumerate((("市场价", 0.6 * size), ("直销价", 0.7 * size))):
        put(f"{label}：{rng.randint(1, 9)}.{rng.randint(0, 9)}元/克", tx,
            y + 0.2 * big + 1.3 * tag + k * 1.3 * 0.6 * size, s, body_face)
    y += 1.3 * big
    if bottom - y > 20 * size:
        page.photos.append((x0, y, x0 + 0.6 * width, y + 6 * size))
        y += 6.6 * size
    # the shop's word on its goods, in small type
    text = (f"{items[0]}产地直营店：1.品质好有保障，拒绝假劣{items[0]}。2.由于是自家种植的{items[0]}，"
            f"以产地价格销售，因此价格更低。3.本色{items[0]}，品相好，无打蜡，营养更充足。")
    desc = round(rng.uniform(0.8, 0.95) * size, 2)
    per = max(4, int((0.7 * width) / desc))
    if bottom - y > 14 * size:
        chunks = [text[k:k + per] for k in range(0, len(text), per)]
        if len(chunks) > 1 and len(chunks[-1]) < 3:  # no line of a lone mark
            chunks[-2:] = [chunks[-2] + chunks[-1]]
        for chunk in chunks:
            put(chunk, x0 + size, y, desc, body_face)
            y += 1.25 * desc
        y += 0.5 * size
    # the row of products: a name and two prices each, over small photos
    row = [it for it in items[2:] if width / 4 >= 5 * size][:4] or items[2:4]
    cell = width / len(row)
    if bottom - y > 9 * size:
        for k, it in enumerate(row):
            cx = x0 + k * cell
            page.photos.append((cx + 0.1 * cell, y, cx + 0.9 * cell, y + 3 * size))
            put(it, cx + (cell - _width(it, tag, head_face, latin)) / 2, y + 3.4 * size, tag,
                head_face)
            for j, (label, s) in enumerate((("市场价", 0.6 * size), ("直销价", 0.7 * size))):
                put(fit(f"{label}：{rng.randint(1, 9)}.{rng.randint(0, 9)}元/克", s, cell,
                        body_face), cx + 0.05 * cell, y + 3.4 * size + 1.4 * tag
                    + j * 1.3 * 0.6 * size, s, body_face)
        y += 3.4 * size + 1.4 * tag + 2.6 * 0.65 * size + size
    if bottom - y > 3.5 * size:
        page.tints.append((x0, y, x1, y + 3 * size))
        shop = fit(f"{words.place()}参茸馆：{words.place()}东街{rng.randint(1, 99)}号店面 "
                   f"热线电话：{rng.randint(10 ** 10, 10 ** 11 - 1)}", 1.2 * size, width - size,
                   body_face)
        put(shop, x0 + 0.5 * size, y + 0.8 * size, 1.2 * size, body_face)
    return out


_SECTIONS = ["生活服务", "城事", "民生新闻", "文体", "社会", "要闻", "财经"]


def _masthead_band(page: Page, rng, words: _Words, margin: float, size: float, body_face: str,
                   head_face: str, latin: str) -> tuple[float, list[dict]]:
    """A page head as evening papers set it: the section's name in display type and the page
    number in large digits, a rule across the page through their height, and beside them,
    over or under the rule, small lines — the date and weekday at the left, the editors, a
    mailbox and a hotline at the right. Returns where the articles may start, and the gold
    (every piece page furniture)."""
    # the band's type is set in points, whatever the body's size: it heads every page alike,
    # in the top tenth of the page
    width, top = page.width, 0.02 * page.height
    big = rng.uniform(24.0, 36.0)
    small = rng.uniform(6.0, 7.5)
    rule_y = top + rng.uniform(0.55, 0.8) * big
    section = rng.choice(_SECTIONS)
    folio = str(rng.randint(2, 32))
    w = _width(section, big, head_face, latin)
    x = rng.uniform(0.3, 0.45) * width - w / 2 if rng.random() < 0.5 else (width - w) / 2
    _line(page, section, x, top, big, head_face, latin)
    _line(page, folio, width - margin - _width(folio, big, head_face, latin), top, big,
          head_face, latin)
    page.rules.append((margin, rule_y, width - margin, rule_y))
    left = [f"2024年{rng.randint(1, 12)}月{rng.randint(1, 28)}日", f"星期{rng.choice(_WEEKDAYS)}"]
    right = [f"责编{words.name()} 美编{words.name()}",
             f"投稿邮箱:{rng.choice(['news', 'tougao', 'bjb'])}{rng.randint(10, 99)}@126.com",
             f"新闻热线:{rng.randint(10 ** 7, 10 ** 8 - 1)}"]
    # the small lines stand under the rule, or the left ones over it beside the display type
    y_left = rule_y + 0.4 * small if rng.random() < 0.6 else top
    y_right = rule_y + 0.4 * small
    pitch = rng.uniform(1.2, 1.4) * small
    for k, text in enumerate(left):
        _line(page, text, margin, y_left + k * pitch, small, body_face, latin)
    right_x1 = width - margin - (0.0 if rng.random() < 0.5 else 1.2 * big)
    for k, text in enumerate(right):
        _line(page, text, right_x1 - _width(text, small, body_face, latin), y_right + k * pitch,
              small, body_face, latin)
    gold = [{"type": "header", "text": t, "article": 0}
            for t in left[:1] + [section, folio] + left[1:] + right]
    end = max(top + big, y_left + len(left) * pitch, y_right + len(right) * pitch)
    return max(end + 1.5 * size, margin), gold


_PAPERS = [("河南商报", "HENAN BUSINESS DAILY"), ("江城晚报", "JIANGCHENG EVENING NEWS"),
           ("滨海日报", "BINHAI DAILY"), ("东方都市报", "ORIENTAL METRO"),
           ("西部商报", "WESTERN BUSINESS NEWS"), ("北方晨报", "NORTHERN MORNING POST")]
_WEEKLIES = [("商周刊", "Business Week"), ("城市周刊", "City Weekly"), ("财经", "Finance"),
             ("文化周刊", "Culture"), ("健康", "Health"), ("车市", "Motoring")]
_STEMS, _BRANCHES = "甲乙丙丁戊己庚辛壬癸", "子丑寅卯辰巳午未申酉戌亥"
_LUNAR_MONTHS = ["正", "二", "三", "四", "五", "六", "七", "八", "九", "十", "冬", "腊"]
_LUNAR_DAYS = ["初五", "初九", "十一", "十四", "十八", "廿二", "廿六", "三十"]


def _masthead_deep(page: Page, rng, words: _Words, margin: float, size: float, body_face: str,
                   head_face: str, latin: str) -> tuple[float, list[dict]]:
    """The head of a section's front page (河南商报 C01): the editors' line and the page code
    over a thin rule; under it the section's name in display type with its Latin name, the
    paper's name in large type (perhaps in a box) with its Latin name under it, the date, the
    lunar date and the weekday stacked small at the right beside a large edition letter, an
    index of the section's pages under the paper's name — and a wide rule under it all, the
    band reaching a tenth to a sixth of the page down. Every piece is page furniture."""
    width, height = page.width, page.height
    small = rng.uniform(6.5, 8.5)
    y = 0.02 * height
    gold: list[str] = []
    letter = rng.choice("ABCD")
    code = f"{letter}{rng.randint(1, 8):02d}"
    credit = f"统筹{words.name()} 责编{words.name()} 美编{words.name()} 校对{words.name()}"
    _line(page, credit, margin, y, small, body_face, latin)
    _line(page, code, width - margin - _width(code, small, body_face, latin), y, small,
          body_face, latin)
    gold += [credit, code]
    y += 1.6 * small
    if rng.random() < 0.7:
        page.rules.append((margin, y, width - margin, y))
    y += 0.8 * small
    paper, paper_latin = rng.choice(_PAPERS)
    weekly, weekly_latin = rng.choice(_WEEKLIES)
    big = rng.uniform(0.04, 0.06) * height  # the paper's name
    mid = rng.uniform(0.45, 0.65) * big  # the section's
    name_w = _width(paper, big, head_face, latin)
    name_x = rng.uniform(0.42, 0.55) * width - name_w / 2
    _line(page, paper, name_x, y + 0.1 * big, big, head_face, latin)
    latin_size = rng.uniform(0.18, 0.26) * big
    lw = _width(paper_latin, latin_size, latin, latin)
    _line(page, paper_latin, name_x + (name_w - lw) / 2, y + 1.25 * big, latin_size, latin, latin)
    name_bottom = y + 1.25 * big + 1.2 * latin_size
    if rng.random() < 0.5:
        page.frames.append((name_x - 0.3 * big, y, name_x + name_w + 0.3 * big, name_bottom))
    gold += [paper, paper_latin]
    # the section's name at the left, level with the paper's
    _line(page, weekly, margin, y + 0.3 * big, mid, head_face, latin)
    sub = 0.45 * mid
    _line(page, weekly_latin, margin, y + 0.3 * big + 1.25 * mid, sub, latin, latin)
    gold += [weekly, weekly_latin]
    # the date, the lunar date and the weekday stacked at the right, a large letter beside them
    lunar = (f"农历{rng.choice(_STEMS)}{rng.choice(_BRANCHES)}年{rng.choice(_LUNAR_MONTHS)}月"
             f"{rng.choice(_LUNAR_DAYS)}")
    stack = [f"{rng.randint(2005, 2025)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日", lunar,
             f"星期{rng.choice(_WEEKDAYS)}"]
    ed = 1.5 * big * rng.uniform(0.6, 0.9)
    ed_x = width - margin - _width(letter, ed, latin, latin)
    sx = ed_x - 0.8 * small - max(_width(t, small, body_face, latin) for t in stack)
    sy = y + 0.35 * big
    for k, text in enumerate(stack):
        _line(page, text, sx, sy + 1.45 * k * small, small, body_face, latin)
    _line(page, letter, ed_x, sy - 0.1 * ed, ed, latin, latin)
    gold += stack + [letter]
    # an index of the section's pages under the paper's name
    first, last = rng.randint(1, 3), rng.randint(4, 7)
    topics = rng.sample(["金融", "食品", "房产", "汽车", "旅游", "健康"], 2)
    index = f"{topics[0]} {letter}0{first}~{letter}0{last} {topics[1]} {letter}0{last + 1}"
    iy = name_bottom + 0.5 * small
    _line(page, index, name_x, iy, small, body_face, latin)
    gold.append(index)
    rule_y = iy + 1.8 * small
    page.rules.append((margin, rule_y, width - margin, rule_y))
    page.rules.append((margin, rule_y + 0.25 * small, width - margin, rule_y + 0.25 * small))
    return rule_y + 1.5 * size, [{"type": "header", "text": t, "article": 0} for t in gold]


def _article(page: Page, rng, words: _Words, art: int, cols: list[tuple[float, float]], top: float,
             bottom: float, size: float, body_face: str, head_face: str, latin: str,
             rise: float, wrapped=None) -> list[dict]:
    x0, x1 = cols[0][0], cols[-1][1]
    width = x1 - x0
    out: list[dict] = []
    topic, place = words.topic(), words.place()
    y = top
    h = max(min(rng.uniform(2.0, 3.4) * size, width / 8), 1.7 * size)
    if width < 7 * h:  # too narrow for a headline in display type: a brief without one
        h = 0.0
    stack: list[tuple[str, str, float]] = []
    # Headlines leave white at both ends: set edge to edge, two side by side would read as one.
    # kicker and deck in type smaller than the headline's, larger than the body's
    decked = h and 0.7 * h >= 1.7 * size
    if decked and rng.random() < 0.3:
        stack.append(("subtitle", words.headline(topic, int(width / (0.75 * h)) - 3), 0.72 * h))
    if h:
        stack.append(("title", words.headline(topic, int(width / h) - 2), h))
    if decked and rng.random() < 0.3:
        stack.append(("subtitle", "——" + words.headline(topic, int(width / (0.72 * h)) - 5), 0.7 * h))
    # kicker and deck only where the article has room for them and a dozen lines
    while stack and sum(1.3 * max(s, 1.7 * size) for _, _, s in stack) > bottom - top - 14 * size:
        stack = [t for t in stack if t[0] == "title"] if len(stack) > 1 else []
    for kind, text, s in stack:
        s = max(s, 1.7 * size)
        w = _width(text, s, head_face, latin)
        if w > width:
            continue
        _line(page, text, x0 + (width - w) / 2, y, s, head_face, latin)
        out.append({"type": kind, "text": text, "article": art})
        y += 1.3 * s
    y += 0.4 * size
    byline = f"本报记者 {words.name()}"
    _line(page, byline, x0, y, size, body_face, latin)
    out.append({"type": "byline", "text": byline, "article": art})
    y += 1.8 * size
    tops = [y] * len(cols)
    if rng.random() < 0.4 and bottom - y > 20 * size:
        k = rng.randint(1, max(1, len(cols) - 1))
        ph = rng.uniform(6, 12) * size
        page.photos.append((cols[0][0], y, cols[k - 1][1], y + ph))
        caption = f"{words.clause(topic)}（{words.name()} 摄）"
        cap_face = next((f for f in FACES.values() if f != body_face), body_face)
        cap = caption[:max(4, int((cols[k - 1][1] - cols[0][0]) / (0.85 * size)) - 1)]
        _line(page, cap, cols[0][0], y + ph + 0.4 * size, 0.85 * size, cap_face, latin)
        out.append({"type": "caption", "text": cap, "article": art})
        tops[:k] = [y + ph + 2.2 * size] * k
    items: list[str | Heading] = []
    for i in range(rng.randint(4, 14)):
        if i and (rng.random() < 0.15 or wrapped is not None and wrapped.random() < 0.25):
            hs = round(rng.uniform(1.15, 1.35) * size, 1)
            fit = int((cols[0][1] - cols[0][0]) / hs) - 1
            if wrapped is not None and fit >= 6:
                items.append(_wrapped_head(wrapped, words, topic, hs, fit, head_face))
            else:
                items.append(Heading(words.headline(topic, min(14, fit)), hs, head_face))
        items.append(words.paragraph(topic, place))
    flow = Flow(cols, y, bottom, size=size, leading=rng.choice([1.5, 1.6, 1.7]),
                font=body_face, tops=tops, latin=latin, rise=rise)
    done = _flowed(flow, page, items)
    for item in done:
        if isinstance(item, Heading):
            out.append({"type": "heading", "level": 1, "text": item.text + item.second,
                        "article": art})
        elif item:
            out.append({"type": "paragraph", "text": item, "article": art})
    return out


def _wrapped_head(rng, words: _Words, topic: Topic, size: float, fit: int, face: str) -> Heading:
    """A sub-heading set over two lines inside its column (甘肃法治报: 把好“普法关” /
    狠抓基层源头治理): two phrases, the first shorter or longer than the second, or one
    heading too long for the column broken where the first line ran full; centred on the
    column's axis or flush left."""
    text = words.headline(topic, min(2 * fit, 26))
    centred = rng.random() < 0.6
    if len(text) > fit and rng.random() < 0.5:  # broken at the column's measure
        return Heading(text[:fit], size, face, second=text[fit:], centred=centred)
    if len(text) < 6:
        text += words.headline(topic, min(fit, 26) - len(text))
    cut = min(max(2, round(rng.uniform(0.3, 0.7) * len(text))), fit)
    first, second = text[:cut], text[cut:cut + fit]
    if cut + 2 <= fit and rng.random() < 0.35:  # a word in quotes (把好“普法关”)
        first = f"“{first}”"
    return Heading(first, size, face, second=second, centred=centred)


_NUMERALS = "一二三四五六七八九十"


@dataclass
class GeneratedReport:
    """A generated report of several pages and its gold, in the shape of the dev corpus's."""

    pages: list[Page]
    gold: dict
    params: dict


def random_report(seed: int, body_face: str | None = None, head_face: str | None = None,
                  size: float = 12.0, two_line_title: bool = False, table: bool = False
                  ) -> GeneratedReport:
    """An official A4 report of two to four pages, drawn from `seed`: a centred title and its
    deck, numbered section headings (一、 in the heading face, a size up; （一） at body size),
    indented paragraphs that run on from page to page, a running head and a folio on each page.
    `two_line_title`: the title is a budget report's, too long for one line, centred over two
    (关于…预算执行情况和 / 2025年预算草案的报告), one title all the same. `table`: a last
    page holds a budget table (`_budget_table`) whose first column numbers its rows (一、税收收入).
    """
    import random

    rng = random.Random(seed)
    body_face = body_face or rng.choice(list(FACES.values()))
    head_face = head_face or rng.choice(list(FACES.values()))
    latin = rng.choice(LATIN_FACES)
    width, height = 595.0, 842.0
    margin = rng.choice([72.0, 80.0, 90.0])
    words = _Words(seed, suffixes="市县区")
    place = words.place()
    title = f"{place}2024年政府工作报告"
    title_lines = [title]
    if two_line_title:
        title_lines = [f"关于{place}2024年预算执行情况和", "2025年预算草案的报告"]
        title = "".join(title_lines)
    deck = f"——2024年1月{rng.randint(5, 28)}日在{place}第{rng.choice(_NUMERALS)}届人民代表大会第{rng.choice(_NUMERALS[:5])}次会议上"
    signed = f"{place[-1]}长 {words.name()}"
    blocks: list[dict] = [{"type": "title", "text": title}, {"type": "subtitle", "text": deck},
                          {"type": "subtitle", "text": signed}]
    # a report's sections are about different things, each sub-section about one thing
    items: list[str | Heading] = ["各位代表：", words.paragraph(words.topic(), place)]
    for i in range(rng.randint(3, 5)):
        topic = words.topic()
        items.append(Heading(f"{_NUMERALS[i]}、{words.headline(topic, 16)}", size + 2, head_face))
        items += [words.paragraph(topic, place) for _ in range(rng.randint(1, 3))]
        for j in range(rng.randint(0, 3)):
            topic = words.topic()
            items.append(Heading(f"（{_NUMERALS[j]}）{words.headline(topic, 16)}", size,
                                 head_face))
            items += [words.paragraph(topic, place) for _ in range(rng.randint(2, 4))]
    for item in items:
        if isinstance(item, Heading):
            level = 1 if item.size > size else 2
            blocks.append({"type": "heading", "level": level, "text": item.text})
        else:
            blocks.append({"type": "paragraph", "text": item})
    leading = rng.choice([1.5, 1.6, 1.75, 1.9])
    pages: list[Page] = []
    todo, continued = items, False
    while todo and len(pages) < 8:
        page = Page(width, height)
        top = margin
        if not pages:
            for text, s, face in ([(t, 2 * size, head_face) for t in title_lines]
                                  + [(deck, size + 2, body_face), (signed, size + 2, body_face)]):
                w = _width(text, s, face, latin)
                _line(page, text, (width - w) / 2, top, s, face, latin)
                # a title's lines are set close, as one heading's are
                top += (1.4 if text in title_lines[:-1] else 1.9) * s
            top += size
        else:
            head = "政府工作报告"
            w = _width(head, 0.8 * size, body_face, latin)
            _line(page, head, (width - w) / 2, margin - 2.5 * size, 0.8 * size, body_face, latin)
            page.rules.append((margin, margin - 1.3 * size, width - margin, margin - 1.3 * size))
        folio = f"— {len(pages) + 1} —"
        w = _width(folio, 0.9 * size, body_face, latin)
        _line(page, folio, (width - w) / 2, height - margin + 2 * size, 0.9 * size, body_face,
              latin)
        flow = Flow([(margin, width - margin)], top, height - margin, size=size, leading=leading,
                    font=body_face, latin=latin)
        todo = flow.set(page, todo, continued=continued)
        continued = flow.cut
        pages.append(page)
    params = {"seed": seed, "size": size, "body_face": body_face, "head_face": head_face,
              "latin": latin, "leading": leading, "pages": len(pages)}
    if table:
        page = Page(width, height)
        params["cells"] = _budget_table(page, random.Random(f"table-{seed}"), place, margin,
                                        size, body_face, head_face, latin)
        pages.append(page)
    return GeneratedReport(pages, {"blocks": blocks}, params)


_BUDGET_ROWS = ["税收收入", "非税收入", "一般公共服务支出", "国防支出", "公共安全支出", "教育支出",
                "科学技术支出", "文化旅游体育与传媒支出", "社会保障和就业支出", "卫生健康支出",
                "节能环保支出", "城乡社区支出", "农林水支出", "交通运输支出", "住房保障支出",
                "债务付息支出", "食品烟酒", "衣着", "居住", "生活用品及服务", "交通和通信"]


def _budget_table(page: Page, rng, place: str, margin: float, size: float, body_face: str,
                  head_face: str, latin: str) -> list[str]:
    """A budget report's (统计公报's) table, set with no rules as such reports' are: its
    caption centred, the unit flush right, a header row, then rows whose first cell numbers
    them (一、税收收入) — in the body's face or the heading face, a size up or not — and one or
    two figures beside, some rows blank. Returns the texts of the first cells."""
    width = page.width
    cap = f"表{rng.randint(1, 9)}：{place}2024年一般公共预算收支执行情况表"
    _line(page, cap, (width - _width(cap, size + 2, head_face, latin)) / 2, margin, size + 2,
          head_face, latin)
    unit = "单位：万元"
    top = margin + 2.2 * size
    _line(page, unit, width - margin - _width(unit, size, body_face, latin), top, size,
          body_face, latin)
    ncols = rng.choice([1, 2, 3])
    head_cols = ["2024年执行数", "2023年决算数", "增长%"][:ncols]
    xs = [width - margin - (ncols - k) * 7 * size for k in range(ncols)]
    top += 2 * size
    _line(page, "项目", margin + 2 * size, top, size, body_face, latin)
    for x, text in zip(xs, head_cols, strict=True):
        _line(page, text, x, top, size, body_face, latin)
    face = head_face if rng.random() < 0.5 else body_face
    cell_size = size + (1 if rng.random() < 0.4 else 0)
    firsts = []
    pitch = rng.uniform(1.6, 2.0) * size
    for k, name in enumerate(rng.sample(_BUDGET_ROWS, rng.randint(6, 12))):
        top += pitch
        first = f"{_NUMERALS[k] if k < 10 else '十' + _NUMERALS[k - 10]}、{name}"
        _line(page, first, margin, top, cell_size, face, latin)
        firsts.append(first)
        if rng.random() < 0.2:  # a blank row: its figures not given
            continue
        for x in xs:
            fig = f"{rng.randint(1000, 9999999):,}"
            _line(page, fig, x + 6 * size - _width(fig, size, latin, latin), top, size, latin,
                  latin)
    return firsts


def pdf_with_stream(path: Path, payload: bytes, filters: str = "/FlateDecode") -> Path:
    """A one-page PDF whose content stream is `payload` (already compressed as `filters` says)."""
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
            b"<< /Length %d /Filter %s >>\nstream\n" % (len(payload), filters.encode())
            + payload + b"\nendstream"]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for n, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % n + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    path.write_bytes(bytes(out))
    return path


_COURTS = ["青山县", "河源市", "平安区", "东城区", "西林县", "南湖市", "北岭县", "江川区"]
_PARTIES = ["{name}", "{name}、{name}", "{place}某某商贸有限公司", "{place}某某建筑工程有限公司"]
_NOTICE = ["本院受理原告{name}诉你{case}纠纷一案，由于无法向你直接送达，现依法向你公告送达起诉状副本、"
           "应诉通知书、举证通知书及开庭传票。自公告之日起经30日视为送达。提出答辩状和举证的期限"
           "为公告期满后15日内，定于举证期满后第3日9时在本院第{n}审判庭公开开庭审理，逾期将依法缺席裁判。",
           "原告{name}与你{case}纠纷一案已审理终结。现依法向你公告送达(2024){n}号民事判决书。"
           "自公告之日起30日内来本院领取，逾期视为送达。如不服本判决，可在公告期满后15日内向本院"
           "递交上诉状，上诉于上一级人民法院。"]
_LOST = ["遗失{place}某某学院毕业证书，证号：{digits}，声明作废。",
         "不慎遗失公章一枚，编号：{digits}，特此声明作废。",
         "(统一社会信用代码：{digits})遗失营业执照正副本，声明作废。"]
_CASES = ["民间借贷", "买卖合同", "离婚", "劳务合同", "租赁合同", "追偿权", "金融借款合同"]


def random_notices(seed: int, faces: list[str] | None = None) -> Generated:
    """A page of notice columns (公告专栏, 中缝): strips in frames, each under a section label,
    holding notices set flush left with no first-line indent — each opens on its party's name
    in a heavier face run in with the body text (何晓波：本院受理…) and ends with its issuer's
    sign-off set flush right in that face (四川省南部县人民法院) — or lost-item statements
    opening on the name with no sign-off. Body 4.5–9 pt, 1–4 strips, the party's face and the
    body's drawn from the installed CJK faces. Every notice is an article of its own; the
    sign-offs are bylines, the labels furniture."""
    import random

    rng = random.Random(f"notices-{seed}")
    words = _Words(seed)
    installed = faces or list(FACES.values())
    body_face = rng.choice(installed)
    heavy = rng.choice([f for f in installed if f != body_face] or installed)
    size = rng.choice([4.5, 5.0, 6.0, 7.0, 8.0, 9.0])
    strips = rng.randint(1, 4)
    width = max(400.0, strips * 26 * size + (strips + 1) * 3 * size)
    height = rng.choice([90, 120, 150]) * size
    page = Page(width, height)
    blocks: list[dict] = []
    margin, gap = 2 * size, 3 * size
    col_w = (width - 2 * margin - (strips - 1) * gap) / strips
    art = 0
    for k in range(strips):
        x0 = margin + k * (col_w + gap)
        x1 = x0 + col_w
        page.frames.append((x0 - 0.5 * size, margin, x1 + 0.5 * size, height - margin))
        label = rng.choice(["公告专栏", "遗失声明", "法院公告"])
        w = _width(label, 1.8 * size, heavy, LATIN_FONT)
        _line(page, label, (x0 + x1 - w) / 2, margin + size, 1.8 * size, heavy, LATIN_FONT)
        blocks.append({"type": "header", "text": label, "article": 0})
        lost = label == "遗失声明"
        top = margin + 4 * size
        while True:
            name = rng.choice(_PARTIES).format(name=words.name(), place=words.place())
            if lost:
                lead, body = name, rng.choice(_LOST)
            else:
                lead, body = name + "：", rng.choice(_NOTICE)
            body = body.format(name=words.name(), case=rng.choice(_CASES), n=rng.randint(2, 19),
                               place=words.place(), digits=rng.randint(10 ** 9, 10 ** 10))
            flow = Flow([(x0, x1)], top=top, bottom=height - margin - 2 * size, size=size,
                        leading=1.3, indent=0, font=body_face)
            sign = "" if lost else rng.choice(_COURTS) + "人民法院"
            rest = flow.set(page, [RunIn(lead, body, heavy)])
            if rest:
                # the strip is full: take the half-set notice off again
                page.glyphs = [g for g in page.glyphs if not (x0 <= g.x < x1 and g.top >= top)]
                break
            art += 1
            blocks.append({"type": "paragraph", "text": lead + body, "article": art})
            top = flow.end[1]
            if sign:
                if top + 1.3 * size > height - margin - 2 * size:
                    page.glyphs = [g for g in page.glyphs if not (x0 <= g.x < x1 and g.top >= flow.top)]
                    blocks.pop()
                    art -= 1
                    break
                w = _width(sign, size, heavy, LATIN_FONT)
                _line(page, sign, x1 - w, top, size, heavy, LATIN_FONT)
                blocks.append({"type": "byline", "text": sign, "article": art})
                top += 1.3 * size
    params = {"seed": seed, "size": size, "strips": strips, "body_face": body_face,
              "heavy_face": heavy, "articles": art}
    return Generated(page, {"blocks": blocks}, params)


def random_sections(seed: int, faces: list[str] | None = None) -> Generated:
    """One feature article over a page of 3–6 columns, drawn from `seed`: a kicker and a
    headline broken over two lines flush left, a lead set larger than the body on a narrower
    measure than the page (first-line indents, its first paragraph sometimes one line ending
    on ……), then one section a column, each opening on a sub-heading broken over two lines;
    the sub-headings of neighbouring columns stand a little off each other's height (0.1–0.3
    em), a gutter of 0.6–1.2 em apart. Gold in the shape of `random_page`'s."""
    import random

    rng = random.Random(f"sections-{seed}")
    words = _Words(seed)
    installed = faces or list(FACES.values())
    body_face, head_face = rng.choice(installed), rng.choice(installed)
    size = rng.choice([7.0, 7.5, 8.0, 9.0, 10.0, 10.5])
    ncols = rng.randint(3, 6)
    gutter = rng.uniform(0.6, 1.2) * size
    col_w = rng.uniform(13, 17) * size
    margin = 3 * size
    width = 2 * margin + ncols * col_w + (ncols - 1) * gutter
    height = rng.uniform(1.0, 1.4) * width
    page = Page(width, height)
    art, topic, place = 1, words.topic(), words.place()
    blocks: list[dict] = [{"type": "header", "text": "第5版", "article": 0}]
    _line(page, "第5版", margin, margin, size, body_face, LATIN_FONT)
    page.rules.append((margin, margin + 1.5 * size, width - margin, margin + 1.5 * size))
    y = margin + 3 * size
    kicker = words.headline(topic, int((width - 2 * margin) / (1.6 * size)) - 2)
    _line(page, kicker, margin, y, 1.6 * size, head_face, LATIN_FONT)
    blocks.append({"type": "subtitle", "text": kicker, "article": art})
    y += 2.4 * size
    h = rng.uniform(2.6, 3.6) * size
    fit = min(12, int((width - 2 * margin) / h) - 1)
    lines = [words.headline(topic, fit), words.headline(topic, fit)]
    for text in lines:
        _line(page, text, margin, y, h, head_face, LATIN_FONT)
        y += 1.15 * h
    blocks.append({"type": "title", "text": "".join(lines), "article": art})
    y += 0.8 * size
    # the lead: larger type, a measure narrower than the page, centred on it
    ls = round(rng.uniform(1.25, 1.45) * size, 1)
    inset = rng.uniform(2, 5) * ls
    lead = [words.sentence(topic, place, 1)[:int((width - 2 * margin - 2 * inset) / ls) - 3]
            .rstrip("，。") + "……"] if rng.random() < 0.5 else []
    lead += [words.paragraph(topic, place) for _ in range(rng.randint(1, 2))]
    flow = Flow([(margin + inset, width - margin - inset)], y, height, size=ls, leading=1.4,
                font=body_face)
    flow.set(page, lead)
    blocks += [{"type": "paragraph", "text": t, "article": art} for t in lead]
    y = flow.end[1] + 1.5 * size
    hs = round(rng.uniform(1.3, 1.6) * size, 1)
    for c in range(ncols):
        x0 = margin + c * (col_w + gutter)
        top = y + rng.choice([0.0, 0.1, 0.2, 0.3]) * hs
        head = [words.headline(topic, int(col_w / hs) - 1) for _ in range(2)]
        for text in head:
            _line(page, text, x0, top, hs, head_face, LATIN_FONT)
            top += 1.2 * hs
        blocks.append({"type": "heading", "level": 1, "text": "".join(head), "article": art})
        items = [words.paragraph(topic, place) for _ in range(rng.randint(2, 4))]
        flow = Flow([(x0, x0 + col_w)], top + 0.6 * size, height - margin, size=size,
                    font=body_face)
        done = _flowed(flow, page, items)
        blocks += [{"type": "paragraph", "text": t, "article": art} for t in done if t]
    params = {"seed": seed, "size": size, "columns": ncols, "gutter_em": round(gutter / size, 2),
              "body_face": body_face, "head_face": head_face, "lead_size": ls}
    return Generated(page, {"blocks": blocks}, params)


def random_spread_sections(seed: int, faces: list[str] | None = None) -> Generated:
    """A page of 2–4 columns cut into 2–3 sections stacked down the page, each section's text
    flowing over all the columns while its sub-heading stands over the first column only (white
    beside it over the others) — drawn from `seed`. Reading goes section by section, its text
    column to column. Gold in the shape of `random_page`'s."""
    import random

    rng = random.Random(f"spread-{seed}")
    words = _Words(seed)
    installed = faces or list(FACES.values())
    body_face, head_face = rng.choice(installed), rng.choice(installed)
    size = rng.choice([8.0, 9.0, 10.0, 10.5])
    ncols = rng.randint(2, 4)
    gutter = rng.uniform(1.0, 2.0) * size
    col_w = rng.uniform(15, 20) * size
    margin = 3 * size
    width = 2 * margin + ncols * col_w + (ncols - 1) * gutter
    cols = [(margin + c * (col_w + gutter), margin + c * (col_w + gutter) + col_w)
            for c in range(ncols)]
    nsec = rng.randint(2, 3)
    sec_h = rng.uniform(10, 16) * size * 1.6
    height = 2 * margin + nsec * (sec_h + 4 * size) + 6 * size
    page = Page(width, height)
    art, topic, place = 1, words.topic(), words.place()
    blocks: list[dict] = []
    y = margin
    hs = round(rng.uniform(1.15, 1.4) * size, 1)
    for _ in range(nsec):
        head = words.headline(topic, int(col_w / hs) - 1)
        _line(page, head, cols[0][0], y, hs, head_face, LATIN_FONT)
        blocks.append({"type": "heading", "level": 1, "text": head, "article": art})
        top = y + 1.6 * hs
        bottom = top + sec_h
        # the section's text fills its first columns and ends in its last one
        pitch = 1.6 * size
        per_col = int((bottom - top - size) / pitch) + 1
        chars_per_line = int(col_w / size)
        want = int((ncols - 1 + rng.uniform(0.3, 0.8)) * per_col * chars_per_line)
        items: list[str] = []
        while sum(len(t) for t in items) < want:
            items.append(words.paragraph(topic, place))
        flow = Flow(cols, top, bottom, size=size, font=body_face)
        done = _flowed(flow, page, items)
        blocks += [{"type": "paragraph", "text": t, "article": art} for t in done if t]
        y = bottom + 2.5 * size
    params = {"seed": seed, "size": size, "columns": ncols, "sections": nsec,
              "body_face": body_face, "head_face": head_face}
    return Generated(page, {"blocks": blocks}, params)
