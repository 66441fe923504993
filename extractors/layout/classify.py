"""Block types: page furniture across pages, then title, subtitle, headings, bylines, paragraphs."""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass

from extractors.engines.ocr import FONT as OCR_FONT
from extractors.engines.ocr import FONT_HEAVY as OCR_FONT_HEAVY
from extractors.layout.lines import Line
from extractors.layout.paragraphs import RawBlock
from extractors.layout.text import ends_sentence, tidy
from extractors.model import Block
from extractors.pdf import PageData

OCR_FONTS = frozenset({OCR_FONT, OCR_FONT_HEAVY})  # the faces OCR'd glyphs are given


@dataclass(frozen=True, slots=True)
class ClassifyParams:
    margin_share: float = 0.1  # top/bottom share of the page where running heads and folios live
    folio_share: float = 0.2  # a folio under (or over) all the page's text may sit this far in
    furniture_max_lines: int = 3
    masthead_rule_share: float = 0.6  # a rule this wide near the top fences off the page head
    # A page head set as a band of small items over a wide rule is told by what it shows, not
    # by its depth: this share of the page only bounds where its rule is looked for.
    band_share: float = 0.25
    heading_ratio: float = 1.12  # type this much larger than the body is a heading
    title_ratio: float = 1.6  # display type: at least this much larger than the body
    title_share: float = 0.9  # a title is (nearly) the largest type of the document
    heading_max_chars: int = 80
    byline_max_chars: int = 40
    small_ratio: float = 0.85  # smaller than the body: captions, notes
    # OCR reads a justified line's size from its length, tracking and all (a 统计公报's 15.9 pt
    # body as 16.5), and a table's unjustified cells at their own size (14.0): type 0.88 of the
    # body then reads 0.848 of it. Sizes read by OCR are told small this much further down.
    ocr_small_margin: float = 0.04
    article_span: float = 0.8  # a headline narrower than this share of the page heads one article
    stack_title_share: float = 0.95  # the largest type of a headline stack is the title
    deck_max_chars: int = 30
    phrase_max_chars: int = 24  # a numbered phrase this short, ending in 。, may be a heading
    caption_max_lines: int = 4
    advert_share: float = 0.5  # an article with less of its text in one size is an advert
    advert_sizes: int = 3  # ... or one set in this many sizes, none of them the body's
    body_tolerance: float = 0.06  # a size this close to the body's is the body's
    cell_max_chars: int = 10  # a one-line block this short may be a table cell ...
    cell_share: float = 0.5  # ... when at most this share of the page's running line length
    table_min_cells: int = 6
    table_share: float = 0.6  # an article this much made of cells is a table
    table_all_cells: int = 4  # ... and one of this many blocks, every one a cell (a table's rows)
    signoff_flush_em: float = 1.0  # a sign-off ends this close to its column's right edge ...
    signoff_in_em: float = 3.0  # ... and starts at least this far in from its left edge
    min_items: int = 3  # a column cut into items needs this many run-in openings


_PAGE_NO = re.compile(r"^[\s\-—–－·•]*(第\s*)?[0-9０-９]{1,4}(\s*页)?[\s\-—–－·•]*$"
                      r"|^[\s\-—–]*[0-9]+\s*/\s*[0-9]+[\s\-—–]*$")
_BYLINE = re.compile(r"(记者|通讯员|实习生|见习记者|特约|摄影|摄$|本报讯|责编|责任编辑|编辑|校对|美编|"
                     r"^文[/／]|^图[/／]|/文$|/图$|^作者"
                     # the writers' names in brackets closing a news item: （王普）（李明 张华）
                     r"|^[（(][\u4e00-\u9fff·、\s]{2,16}[)）]$)")
# What a page head shows: the date, the lunar date, the weekday, the edition or page code, the
# editors (a band holding none of them is no page head)
_HEAD_ITEM = re.compile(r"[0-9０-９]{4}\s*年\s*[0-9０-９]{1,2}\s*月\s*[0-9０-９]{1,2}\s*日|星期[一二三四五六日天]"
                        r"|农历|第\s*[0-9０-９]+\s*版|责编|责任编辑|编辑|美编|校对|统筹"
                        r"|^[A-Z]?[0-9]{1,2}$")
# the marks of running text: an article's sentences, never a page head's items
_CLAUSE = re.compile(r"[，。！？；,]\s*\S|[。！？]$")
_NAMES = re.compile(r"^[（(][\u4e00-\u9fff·、\s]{2,16}[)）]$")
_CAPTION = re.compile(r"^(图|表)\s*[0-9一二三四五六七八九十]|摄$|供图|资料图")


def _shape(text: str) -> str:
    return re.sub(r"[0-9０-９]+", "#", re.sub(r"\s+", "", text))


def find_furniture(pages: list[PageData], leaves: list[list[list[Line]]],
                   p: ClassifyParams = ClassifyParams()) -> dict[int, str]:
    """id(line) → "header"/"footer" for the lines of margin regions that are page furniture.

    `leaves[i]` are the regions of page i, each a list of lines. A region is furniture when it
    sits in the top or bottom margin and is a folio, a running head repeated on other pages,
    or lies beyond a full-width rule fencing off the page head or foot (an edition or date
    line there), or level with such a region (`_level_with`).
    """
    cands: list[tuple[str, str, list[Line], PageData]] = []
    out: dict[int, str] = {}
    for page, regs in zip(pages, leaves, strict=True):
        out.update(_folio_lines(page, regs, p))
        margin: list[tuple[str, list[Line]]] = []
        for lines in regs:
            if not lines:
                continue
            top, bottom = min(ln.top for ln in lines), max(ln.bottom for ln in lines)
            if bottom <= p.margin_share * page.height:
                margin.append(("header", lines))
            elif top >= (1 - p.margin_share) * page.height:
                margin.append(("footer", lines))
        fenced = [(zone, lines) for zone, lines in margin if _fenced(lines, page, zone, p)]
        for ln in _head_band(page, regs, p):
            out[id(ln)] = "header"
        for zone, lines in margin:
            if any(lines is f for _, f in fenced) or _level_with(lines, fenced, zone):
                for ln in lines:
                    out[id(ln)] = zone
            elif len(lines) <= p.furniture_max_lines:
                text = "".join(ln.text for ln in lines)
                # The size is part of the shape: a title may repeat the running head's words.
                shape = f"{_shape(text)}@{round(max(ln.size for ln in lines))}"
                cands.append((zone, shape, lines, page))
    seen = Counter((zone, shape) for zone, shape, _, _ in cands)
    pages_seen: dict[tuple[str, str], set[int]] = {}
    for zone, shape, _, page in cands:
        pages_seen.setdefault((zone, shape), set()).add(page.number)
    for zone, shape, lines, _ in cands:
        text = "".join(ln.text for ln in lines)
        if _PAGE_NO.match(text) or len(pages_seen[(zone, shape)]) > 1 and seen[(zone, shape)] > 1:
            for ln in lines:
                out[id(ln)] = zone
    return out


def _head_band(page: PageData, regs: list[list[Line]], p: ClassifyParams) -> list[Line]:
    """The lines of a page head set as a band deeper than the page's top tenth (河南商报
    C01: the editors' line, the section's name in display type and its Latin name, the paper's
    name, the date, the lunar date and the weekday, an edition letter, an index of pages, over
    0–160 pt of a 1086 pt page): everything above a wide rule — or, with no such rule, above the
    page's first headline (辽沈晚报: the page's name and number, the date and the editors over
    the kicker) — when what stands there is a page head's (`_head_items`), with the page's
    text going on below. The lowest such rule ends the band. No fixed depth: an article, a
    report's title or a table's caption above a rule fails the test by what it shows."""
    regs = [r for r in regs if r and not any(ln.vertical for ln in r)]
    every = [ln for r in regs for ln in r]
    sizes = Counter(round(ln.size, 1) for ln in every for _ in ln.chars)
    body = sizes.most_common(1)[0][0] if sizes else 0.0
    reach = p.band_share * page.height
    ys = sorted({(r.top + r.bottom) / 2 for r in page.rules
                 if r.horizontal and r.x1 - r.x0 >= p.masthead_rule_share * page.width
                 and (r.top + r.bottom) / 2 <= reach}, reverse=True)
    for y in ys:
        above = [r for r in regs if min(ln.top for ln in r) < y]
        # nothing runs on past the rule: a region that crosses it is no band's
        if len(above) == len(regs) or any(max(ln.bottom for ln in r) > y + max(ln.size for ln in r)
                                          for r in above):
            continue
        lines = [ln for r in above for ln in r]
        if _head_items(lines, body, p):
            return lines
    heads = [ln for ln in every if ln.top <= reach and _alone_display(ln, every, body, p)]
    if heads:
        y = min(ln.top for ln in heads)
        lines = [ln for ln in every if ln.bottom <= y]
        if (not any(ln.top < y < ln.bottom for ln in every)
                and len(lines) < len(every) and _head_items(lines, body, p)):
            return lines
    return []


def _alone_display(ln: Line, lines: list[Line], body: float, p: ClassifyParams) -> bool:
    """Chinese display type standing alone across its height: a headline. A page head's
    display type (the section's name, the paper's, an edition letter) stands beside its other
    items; the paper's Latin name under its Chinese one is the paper's."""
    return (ln.size >= p.title_ratio * body and bool(ln.font) and not _apart(ln)
            and not any(o is not ln and _level(ln, o) for o in lines))


def _head_items(lines: list[Line], body: float, p: ClassifyParams) -> bool:
    """What a page head shows: two items or more side by side (level with each other, or set
    apart on one line) across the page's top, one of them a date, a weekday, a page code or
    the editors, no running text (no clause or sentence mark), and no headline."""
    return (bool(lines)
            and not any(_CLAUSE.search(ln.text.strip()) for ln in lines)
            and any(_HEAD_ITEM.search(ln.text.strip()) for ln in lines)
            and (any(_apart(ln) for ln in lines)
                 or any(_level(a, b) for i, a in enumerate(lines) for b in lines[i + 1:]))
            and not any(_alone_display(ln, lines, body, p) for ln in lines))


def _level(a: Line, b: Line) -> bool:
    """Two lines side by side: level with each other, a glyph or more apart."""
    gap = max(a.x0 - b.x1, b.x0 - a.x1)
    return a.top < b.bottom and a.bottom > b.top and gap >= min(a.size, b.size)


def _apart(ln: Line, gap_em: float = 2.0) -> bool:
    """A line of items set apart (a section's name, the paper's, an edition letter read as one
    line; the editors' names and the page code at the far end): white inside it wider than
    `gap_em` of the type beside it."""
    cs = sorted((c for c in ln.chars if not c.text.isspace()), key=lambda c: c.x0)
    return any(b.x0 - a.x1 >= gap_em * min(a.size, b.size) for a, b in zip(cs, cs[1:], strict=False))


def _level_with(lines: list[Line], fenced: list[tuple[str, list[Line]]], zone: str) -> bool:
    """A margin region standing level with one beyond the page head's (foot's) rule is part of
    the same band: a page head set as a band (the section's name and the page number in display
    type across the rule, the date, the editors and a hotline in small lines beside them, over
    and under it) is cut into pieces, or held in one region of many short lines."""
    top, bottom = min(ln.top for ln in lines), max(ln.bottom for ln in lines)
    return any(z == zone and top < max(ln.bottom for ln in f) and bottom > min(ln.top for ln in f)
               for z, f in fenced)


def _folio_lines(page: PageData, regs: list[list[Line]], p: ClassifyParams) -> dict[int, str]:
    """A folio (— 3 —) alone on its line under (or over) all the page's text, within
    `folio_share` of the edge: an A4 report's wide margins set it above the page's last tenth,
    and close enough to the text that it ends the body's region."""
    lines = [ln for lines in regs for ln in lines]
    if not lines:
        return {}
    out: dict[int, str] = {}
    low, high = max(lines, key=lambda ln: ln.bottom), min(lines, key=lambda ln: ln.top)
    for ln, zone in ((low, "footer"), (high, "header")):
        edge = ln.top >= (1 - p.folio_share) * page.height if zone == "footer" else \
            ln.bottom <= p.folio_share * page.height
        alone = not any(o is not ln and o.top < ln.bottom and o.bottom > ln.top for o in lines)
        if edge and alone and _PAGE_NO.match(ln.text):
            out[id(ln)] = zone
    return out


def _fenced(lines: list[Line], page: PageData, zone: str, p: ClassifyParams) -> bool:
    """Beyond the outermost wide rule of the margin: a masthead or a foot line."""
    ys = [(r.top + r.bottom) / 2 for r in page.rules
          if r.horizontal and r.x1 - r.x0 >= p.masthead_rule_share * page.width]
    # A region beside the rule's end (the page name boxed at its tip) starts beyond it too.
    if zone == "header":
        ys = [y for y in ys if y <= p.margin_share * page.height]
        return bool(ys) and min(ln.top for ln in lines) < min(ys)
    ys = [y for y in ys if y >= (1 - p.margin_share) * page.height]
    return bool(ys) and max(ln.bottom for ln in lines) > max(ys)


def body_style(blocks: list[RawBlock]) -> tuple[float, str]:
    """The size and typeface most of the text is set in."""
    sizes: Counter[float] = Counter()
    fonts: Counter[str] = Counter()
    for b in blocks:
        if b.furniture:
            continue
        for ln in b.lines:
            sizes[round(ln.size, 1)] += len(ln.chars)
    size = sizes.most_common(1)[0][0] if sizes else 10.0
    for b in blocks:
        if b.furniture:
            continue
        for ln in b.lines:
            if abs(ln.size - size) < 0.05 * size:
                fonts[ln.font] += len(ln.chars)
    return size, (fonts.most_common(1)[0][0] if fonts else "")


def classify(blocks: list[RawBlock], p: ClassifyParams = ClassifyParams()) -> list[Block]:
    body, body_font = body_style(blocks)
    doc_max = max((b.size for b in blocks if not b.furniture), default=body)
    kinds: list[str] = []
    texts: list[str] = []
    for b in blocks:
        text = b.text()
        texts.append(text)
        kinds.append(_kind(b, text, body, body_font, doc_max, p))
    _list_items(blocks, kinds, texts, p)
    _leads(blocks, kinds, texts, body, p)
    _subtitles(blocks, kinds, texts, body, p)
    signoffs = _sign_offs(blocks, kinds, body, p)
    if any(b.article is not None for b in blocks):
        articles = _by_article(blocks, kinds, texts, body, body_font, p)
    else:
        articles = _articles(blocks, kinds, body, p)
    articles = _items(blocks, kinds, articles, signoffs, body_font, p)
    _row_cells(blocks, kinds, p)
    levels = _levels(blocks, kinds)
    out = []
    for b, kind, text, art in zip(blocks, kinds, texts, articles, strict=True):
        if b.first.vertical:
            # vertical presentation forms (﹃﹄︐) are the horizontal marks turned
            text = tidy(unicodedata.normalize("NFKC", text))
        out.append(Block(kind, text, b.page, levels.get(id(b)) if kind == "heading" else None, art))
    return out


def _kind(b: RawBlock, text: str, body: float, body_font: str, doc_max: float,
          p: ClassifyParams) -> str:
    if b.furniture:
        return b.furniture
    n = len(re.sub(r"\s+", "", text))
    if n <= p.byline_max_chars and (_BYLINE.search(text) and not ends_sentence(text)
                                     or _NAMES.match(text)):
        return "byline"
    big = b.size >= p.heading_ratio * body
    if b.size >= p.title_ratio * body and b.size >= p.title_share * doc_max \
            and n <= p.heading_max_chars:
        return "title"
    if b.first.vertical:
        return "heading" if big else "other"
    short = n <= p.heading_max_chars and len(b.lines) <= 3
    if big and short and not text.rstrip().endswith("。"):
        return "heading"
    if b.font and b.font != body_font and b.size >= body * 0.95 and short and not ends_sentence(text) \
            and len(b.lines) <= 2:
        return "heading"
    # (a line of figures alone names no face, "": its glyphs say whether OCR read it)
    ocr = b.font in OCR_FONTS or not b.font and any(c.font in OCR_FONTS for c in b.first.chars)
    if b.size < (p.small_ratio - (p.ocr_small_margin if ocr else 0.0)) * body:
        return "caption" if _CAPTION.search(text) else "other"
    # A report typed in one face marks its sections by numbering alone: a numbered line standing
    # by itself, with no sentence end, heads what follows.
    # A numbered phrase alone on its line, full stop and all (1.一般公共预算执行情况。), heads
    # the paragraphs under it as well: a sentence would carry a comma or run on.
    if len(b.lines) == 1 and n <= p.heading_max_chars and _section_rank(text) is not None \
            and (not ends_sentence(text) or _phrase(text, p)) \
            and not b.last.text.rstrip().endswith(("，", "、")):
        return "heading"
    return "paragraph"


def _phrase(text: str, p: ClassifyParams) -> bool:
    t = text.strip()
    return (len(t) <= p.phrase_max_chars and t.endswith("。")
            and not any(c in t[:-1] for c in "，。；：！？,;:"))


def _list_items(blocks: list[RawBlock], kinds: list[str], texts: list[str], p: ClassifyParams
                ) -> None:
    """A numbered phrase whose sibling before it (same numbering, no outer heading between) is
    a running paragraph is the last item of a list (三、驳回其他请求。), not a heading."""
    for i, k in enumerate(kinds):
        if k != "heading" or not _phrase(texts[i], p):
            continue
        rank = _section_rank(texts[i])
        for j in range(i - 1, max(-1, i - 12), -1):
            r = _section_rank(texts[j])
            if r is not None and rank is not None and r < rank:
                break
            if r == rank:
                if kinds[j] == "paragraph":
                    kinds[i] = "paragraph"
                break


def _leads(blocks: list[RawBlock], kinds: list[str], texts: list[str], body: float,
           p: ClassifyParams) -> None:
    """A lead set larger than the body (导语) may open on a paragraph of one line; display
    type followed by a paragraph in its own size and face is that text's first paragraph, not
    its heading — a heading is set apart from the text under it. Numbered heads are headings."""
    for i in range(len(kinds) - 1):
        b, nxt = blocks[i], blocks[i + 1]
        if kinds[i] == "heading" and kinds[i + 1] == "paragraph" and not b.first.vertical \
                and b.size >= p.heading_ratio * body and _style(b) == _style(nxt) \
                and b.page == nxt.page and b.article == nxt.article \
                and _section_rank(texts[i]) is None:
            kinds[i] = "paragraph"


def _subtitles(blocks: list[RawBlock], kinds: list[str], texts: list[str], body: float,
               p: ClassifyParams) -> None:
    """The deck under a title (——副题, the speaker) is subtitle until the body or a heading starts."""
    for i, k in enumerate(kinds):
        if k != "title":
            continue
        j = i + 1
        while j < len(kinds) and kinds[j] in ("title", "header", "footer", "byline"):
            j += 1
        end = next((k for k in range(i + 1, len(kinds)) if kinds[k] == "title"), len(kinds))
        while j < len(kinds) and kinds[j] in ("heading", "paragraph", "subtitle", "byline"):
            t = texts[j].strip()
            deck = t.startswith(("——", "—", "--")) or blocks[j].size > body * 1.05
            # A lead set larger than the body ends its sentences (…… too); the first of the
            # article's sub-headings, standing at the head of its column under the title, is
            # set as the others are further down.
            if not deck or len(t) > p.heading_max_chars or ends_sentence(t) and t[-1] in "。…" \
                    or kinds[j] == "heading" and _heads_further(blocks, kinds, j, end):
                break
            if kinds[j] != "byline":
                kinds[j] = "subtitle"
            j += 1
        # A kicker set close over the title, in type between the body's and the title's
        k = i - 1
        if k >= 0 and kinds[k] == "heading" and len(blocks[k].lines) == 1 \
                and blocks[k].page == blocks[i].page and _kicker(blocks[k].last, blocks[i].first):
            kinds[k] = "subtitle"


def _flush_right(ln: Line, p: ClassifyParams) -> bool:
    left, right = ln.x0 - ln.col_x0, ln.col_x1 - ln.x1
    return right <= p.signoff_flush_em * ln.size and left >= p.signoff_in_em * ln.size \
        and left > right + p.signoff_in_em * ln.size


def _sign_offs(blocks: list[RawBlock], kinds: list[str], body: float, p: ClassifyParams
               ) -> set[int]:
    """A line of body size set flush right under a paragraph, in a heavier face, signs it off
    (the court or the office issuing a notice, 四川省南部县人民法院): a byline, not a heading —
    headings stand at the left or in the middle of their column. Flush-right lines right under
    it (its date) sign off with it. Returns the indices of the sign-offs."""
    out: set[int] = set()
    for i, k in enumerate(kinds):
        b = blocks[i]
        if k != "heading" or i == 0 or len(b.lines) != 1 or b.first.vertical \
                or abs(b.size - body) > 0.06 * body or not _flush_right(b.first, p):
            continue
        prev = i - 1
        while prev in out or prev >= 0 and kinds[prev] == "byline" and prev - 1 in out:
            prev -= 1
        if prev < 0 or kinds[prev] != "paragraph" or blocks[prev].page != b.page:
            continue
        kinds[i] = "byline"
        out.add(i)
        j = i + 1
        while j < len(blocks) and len(blocks[j].lines) == 1 and kinds[j] in ("paragraph", "heading") \
                and blocks[j].page == b.page and _flush_right(blocks[j].first, p) \
                and len(_squash(blocks[j].text())) <= p.byline_max_chars:
            kinds[j] = "byline"
            j += 1
    return out


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _run_in(b: RawBlock, body_font: str) -> bool:
    """The block opens on a run-in in a face of its own (an addressee's name in 黑体) and goes on
    in another."""
    lead = next((c.font for c in b.first.chars if ord(c.text[0]) > 0x2E80), "")
    return bool(lead) and lead != body_font and any(ln.font != lead for ln in b.lines)


def _items(blocks: list[RawBlock], kinds: list[str], arts: list[int | None], signoffs: set[int],
           body_font: str, p: ClassifyParams) -> list[int | None]:
    """A column of notices is a run of items, each an article of its own: an item ends with
    its sign-off, and where paragraphs open flush left (no first-line indents to tell them
    apart) each opens on the party's name in a heavier face. An article's text broken by two or
    more sign-offs, or opening on run-ins `min_items` times or more, is cut at them (a page
    with no articles is read as one). Articles are numbered again in reading order."""
    by_art: dict[int | None, list[int]] = {}
    for i, (b, a) in enumerate(zip(blocks, arts, strict=True)):
        if not b.furniture and not b.first.head and kinds[i] != "title" \
                and (a is not None or not any(arts)):
            by_art.setdefault(a, []).append(i)
    out = list(arts)
    fresh = max((a for a in arts if a is not None), default=0) + 1
    cut = False
    for idx in by_art.values():
        paras = [i for i in idx if kinds[i] == "paragraph"]
        if not paras:
            continue
        flush = sum(blocks[i].first.x0 - blocks[i].first.col_x0 >= 0.8 * blocks[i].size
                    for i in paras) <= 0.1 * len(paras)
        opens = {i for i in paras if flush and _run_in(blocks[i], body_font)}
        if sum(i in signoffs for i in idx) < 2 and len(opens) < p.min_items:
            continue
        cut = True
        cur, after_sign, started = out[idx[0]], False, False
        if cur is None:  # a page that is one column of notices: every item is an article
            cur, fresh = fresh, fresh + 1
        for i in idx:
            if (after_sign and kinds[i] != "byline") or (i in opens and started):
                cur, fresh, after_sign = fresh, fresh + 1, False
            after_sign = after_sign or i in signoffs
            started = started or kinds[i] == "paragraph"
            out[i] = cur
    if not cut:
        return out
    number: dict[int, int] = {}
    return [None if a is None else number.setdefault(a, len(number) + 1) for a in out]


_FIGURE = re.compile(r"^[\-−–—]?[0-9０-９][0-9０-９,，.．%％\s]*$|^[\-−–—…]+$")


def _row_cells(blocks: list[RawBlock], kinds: list[str], p: ClassifyParams) -> None:
    """A heading's line with a table's figures level with it, on its row, is a cell (一、食品烟酒
    | 98.1, 一、税收收入 | 76,420,296 | …): a table's cells are never headings, whether the
    table stands in an article or in a single report's flow. The row is told by what stands
    beside the line: figures and nothing else, the line itself a label (no clause). A
    sub-heading in one column stands level with the running lines of the next, never with
    figures alone. A row whose figures are blank (一、农网还贷资金收入 with nothing beside it)
    is known by its column: a line of the same type starting where it does just above or
    under it is a row's first cell."""
    cand = [i for i, b in enumerate(blocks)
            if kinds[i] == "heading" and len(b.lines) == 1 and not b.first.vertical]
    if not cand:
        return
    by_page: dict[int, list[Line]] = {}
    for b in blocks:
        if not b.furniture:
            by_page.setdefault(b.page, []).extend(ln for ln in b.lines if not ln.vertical)
    tops: dict[int, list[float]] = {}
    tall: dict[int, float] = {}
    for page, lines in by_page.items():
        lines.sort(key=lambda ln: ln.top)
        tops[page] = [ln.top for ln in lines]
        tall[page] = max(ln.bottom - ln.top for ln in lines)

    def near(ln: Line, above: float, below: float) -> list[Line]:
        """The page's lines whose top falls between `above` over and `below` under `ln`'s."""
        lines, ts = by_page.get(ln.page, []), tops.get(ln.page, [])
        return lines[bisect_left(ts, ln.top - above):bisect_right(ts, ln.bottom + below)]

    memo: dict[int, bool] = {}

    def in_row(ln: Line) -> bool:
        if id(ln) not in memo:
            row = [o for o in near(ln, tall[ln.page], 0.0) if o is not ln
                   and min(o.bottom, ln.bottom) - max(o.top, ln.top)
                   >= 0.5 * min(o.bottom - o.top, ln.bottom - ln.top)
                   and max(o.x0 - ln.x1, ln.x0 - o.x1) >= 0.5 * ln.size]
            memo[id(ln)] = (not _CLAUSE.search(ln.text.strip()) and bool(row)
                            and all(_FIGURE.match(o.text.strip()) for o in row))
        return memo[id(ln)]

    cells = {id(blocks[i].first) for i in cand if in_row(blocks[i].first)}
    found = True
    while found:  # a column of first cells, row by row from a row with figures
        found = False
        for i in cand:
            ln = blocks[i].first
            if id(ln) in cells:
                continue
            reach = 1.5 * ln.size
            if any(o is not ln and abs(o.x0 - ln.x0) <= 0.5 * ln.size
                   and abs(o.size - ln.size) <= p.body_tolerance * ln.size
                   and (0 <= o.top - ln.bottom <= reach or 0 <= ln.top - o.bottom <= reach)
                   and (id(o) in cells or in_row(o))
                   for o in near(ln, tall[ln.page] + reach, reach)):
                cells.add(id(ln))
                found = True
    for i in cand:
        if id(blocks[i].first) in cells:
            kinds[i] = "paragraph"


def _tables(blocks: list[RawBlock], arts: list[int | None], p: ClassifyParams) -> set[int]:
    """Articles that are tables: most of their blocks are cells (or columns of them), lines
    much shorter than the page's running lines (a narrow column's lines are short too, but as
    long as its others)."""
    runs = sorted(len(ln.text) for b in blocks if len(b.lines) >= 3 for ln in b.lines)
    cell_max = p.cell_share * runs[int(0.8 * (len(runs) - 1))] if runs else p.cell_max_chars
    cells: dict[int, list[int]] = {}
    for b, a in zip(blocks, arts, strict=True):
        if a is not None and not b.furniture and not b.first.head:
            c = cells.setdefault(a, [0, 0])
            c[0] += all(len(ln.text.strip()) <= min(cell_max, p.cell_max_chars)
                        for ln in b.lines)
            c[1] += 1
    return {a for a, (n, total) in cells.items()
            if n >= p.table_min_cells and n >= p.table_share * total
            or n >= p.table_all_cells and n == total}


def _heads_further(blocks: list[RawBlock], kinds: list[str], j: int, end: int) -> bool:
    """Whether a heading in block j's style stands further down, past the body's start (the
    article's other sub-headings): a deck's lines come one after another, under the title."""
    body = False
    for k in range(j + 1, end):
        body = body or kinds[k] == "paragraph"
        if body and kinds[k] == "heading" and _style(blocks[k]) == _style(blocks[j]):
            return True
    return False


def _style(b: RawBlock) -> tuple[float, str]:
    return round(b.size, 1), b.font


def _kicker(above: Line, title: Line) -> bool:
    return (0 <= title.top - above.bottom <= above.size and above.size < title.size
            and min(above.x1, title.x1) - max(above.x0, title.x0) > 0
            and not ends_sentence(above.text))


# Section numbering of Chinese official documents, outermost first: 一、 （一） 1. （1）
_SECTION_MARKS = [re.compile(r"^\s*(第[一二三四五六七八九十百0-9]+[章节部分篇]|[一二三四五六七八九十百]+、)"),
                  re.compile(r"^\s*[（(][一二三四五六七八九十百]+[)）]"),
                  re.compile(r"^\s*[0-9０-９]+[、.．](?![0-9０-９])"),
                  re.compile(r"^\s*[（(][0-9０-９]+[)）]")]


def _section_rank(text: str) -> int | None:
    return next((i for i, m in enumerate(_SECTION_MARKS) if m.match(text)), None)


def _levels(blocks: list[RawBlock], kinds: list[str]) -> dict[int, int]:
    """Heading level by type size, largest first; in one size, by the depth of the numbering."""
    def style(b: RawBlock) -> tuple[float, int]:
        rank = _section_rank(b.text())
        return -(round(b.size * 2) / 2), len(_SECTION_MARKS) if rank is None else rank

    heads = [b for b, k in zip(blocks, kinds, strict=True) if k == "heading"]
    styles = sorted({style(b) for b in heads})
    # an unnumbered heading in a size that also carries numbered ones sits with the outermost
    rank = {s: i + 1 for i, s in enumerate(styles)}
    return {id(b): rank[style(b)] for b in heads}


_ENUMERATED = re.compile(r"^\s*([一二三四五六七八九十百]+[、.．]|[（(][一二三四五六七八九十0-9]+[)）]|"
                         r"[0-9]+[、.．]\D|第[一二三四五六七八九十0-9]+[章节部分篇])")


def _articles(blocks: list[RawBlock], kinds: list[str], body: float, p: ClassifyParams
              ) -> list[int | None]:
    """Pages that carry several articles: each headline opens one and becomes a title.

    A headline is display type that is not a numbered section heading; a page carries several
    articles when it has two or more headlines and even the largest spans only part of the
    page's text width (a document title runs over the whole page).
    """
    by_page: dict[int, list[int]] = {}
    for i, (b, k) in enumerate(zip(blocks, kinds, strict=True)):
        if k in ("title", "heading") and not b.first.vertical and b.size >= p.title_ratio * body \
                and not _ENUMERATED.match(b.text()):
            by_page.setdefault(b.page, []).append(i)
    multi: set[int] = set()
    for page, idx in by_page.items():
        if len(idx) < 2:
            continue
        lines = [ln for b in blocks if b.page == page and not b.furniture for ln in b.lines]
        width = max(ln.x1 for ln in lines) - min(ln.x0 for ln in lines)
        top = max(idx, key=lambda i: blocks[i].size)
        if blocks[top].first.col_x1 - blocks[top].first.col_x0 < p.article_span * width:
            multi.update(idx)
    if not multi:
        return [None] * len(blocks)
    out: list[int | None] = []
    art, prev_head = 0, False
    for i, (b, k) in enumerate(zip(blocks, kinds, strict=True)):
        head = i in multi
        if head:
            kinds[i] = "title"
            if not prev_head:
                art += 1
        prev_head = head
        out.append(None if k in ("header", "footer") or b.page not in by_page else max(art, 1))
    return out


def _deck(b: RawBlock, text: str, p: ClassifyParams) -> bool:
    """A case number or dateline set apart under a title (centred or flush right): its deck."""
    t = text.strip()
    return (len(b.lines) == 1 and len(t) <= p.deck_max_chars and not ends_sentence(t)
            and not t.endswith(("：", ":")) and b.first.x0 - b.first.col_x0 >= b.size)


def _by_article(blocks: list[RawBlock], kinds: list[str], texts: list[str], body: float,
                body_font: str, p: ClassifyParams) -> list[int | None]:
    """Types and article numbers on a page cut into articles (layout.articles).

    The largest type of an article's headline stack is its title, the rest of the stack (kicker,
    deck) subtitle; display type inside the body is a heading. An article without a headline
    (a boxed column of notices) is headed by its first heading, and every later heading in that
    same style heads a sibling article. An article whose text is mostly not in one type size is
    an advert or a service box: `other`.
    """
    top: dict[int, float] = {}
    for b in blocks:
        if b.first.head and b.article is not None:
            top[b.article] = max(top.get(b.article, 0.0), b.size)
    arts: list[int | None] = [b.article for b in blocks]
    fresh = max((a for a in arts if a is not None), default=0) + 1
    style: dict[int, tuple[float, str]] = {}  # the heading style that heads untitled articles
    # a table's header cells (城市, 日期) in bold are no headings of sibling articles
    tables = _tables(blocks, arts, p)
    for i, b in enumerate(blocks):
        if b.furniture or b.article is None:
            continue
        if b.first.head:
            kinds[i] = "title" if b.size >= p.stack_title_share * top[b.article] else "subtitle"
            continue
        if kinds[i] == "title":
            kinds[i] = "heading"
        if kinds[i] in ("paragraph", "heading") and b.first.under_image and len(b.lines) <= p.caption_max_lines and b.font != body_font:
            kinds[i] = "caption"
            continue
        if kinds[i] in ("heading", "paragraph") and i > 0 and kinds[i - 1] == "title" \
                and arts[i - 1] == arts[i] and _deck(b, texts[i], p):
            kinds[i] = "subtitle"
            continue
        if kinds[i] != "heading" or b.article in top or b.article in tables:
            continue
        key = (round(b.size, 1), b.font)
        if b.article not in style:
            style[b.article] = key
            kinds[i] = "title"
        elif style[b.article] == key:
            kinds[i] = "title"
            arts[i], fresh = fresh, fresh + 1
            # the rest of this article's run goes to the sibling
            j = i + 1
            while j < len(blocks) and blocks[j].article == b.article:
                arts[j] = arts[i]
                j += 1
    chars: dict[int, dict[float, int]] = {}
    for b, a in zip(blocks, arts, strict=True):
        if a is None or b.furniture or b.first.head:
            continue
        for ln in b.lines:
            sizes = chars.setdefault(a, {})
            sizes[round(ln.size, 1)] = sizes.get(round(ln.size, 1), 0) + len(ln.chars)
    # An advert's words are set in sizes of its own: less than half of them in any one, or
    # none in the body's size (news is set in the body type; a shop's blurb in its own small
    # type beside prices and names, however much of it there is).
    advert = {a for a, sizes in chars.items()
              if max(sizes.values()) < p.advert_share * sum(sizes.values())
              or len(sizes) >= p.advert_sizes
              and not any(abs(s - body) <= p.body_tolerance * body for s in sizes)}
    advert |= _tables(blocks, arts, p)
    # an untitled panel on a tint (the shop's address box under an advert)
    tinted: dict[int, bool] = {}
    for b, a in zip(blocks, arts, strict=True):
        if a is not None and a not in top and not b.furniture:
            tinted[a] = tinted.get(a, True) and all(ln.tinted for ln in b.lines)
    advert |= {a for a, t in tinted.items() if t}
    _photo_news(blocks, kinds, arts)
    out: list[int | None] = []
    number: dict[int, int] = {}
    for i, (b, a) in enumerate(zip(blocks, arts, strict=True)):
        if a in advert and not b.furniture:
            kinds[i] = "other"
        if a is None or b.furniture or a in advert:
            out.append(None)
            continue
        out.append(number.setdefault(a, len(number) + 1))
    return out


_PHOTO_CREDIT = re.compile(r"摄影?[）)]?$|^摄影")


def _photo_news(blocks: list[RawBlock], kinds: list[str], arts: list[int | None]) -> None:
    """A photo news item (图片新闻): an article whose text is its photo's caption alone — the
    text opens just under the photo and runs, column to column, to the photographer's credit
    (李天亮/摄), with no byline or sub-heading of its own. Its text is all caption, not a
    caption and then paragraphs."""
    runs: dict[int, list[int]] = {}
    for i, (b, a) in enumerate(zip(blocks, arts, strict=True)):
        if a is not None and not b.furniture and not b.first.head:
            runs.setdefault(a, []).append(i)
    for idx in runs.values():
        if len(idx) < 2 or not blocks[idx[0]].first.under_image or kinds[idx[-1]] != "byline" \
                or not _PHOTO_CREDIT.search(blocks[idx[-1]].text().strip()):
            continue
        if all(kinds[i] in ("caption", "paragraph") for i in idx[:-1]):
            for i in idx[:-1]:
                kinds[i] = "caption"
