"""Articles of a multi-article page: headline stacks, and the column pieces each one heads.

In the manner of XY-Cut++, the elements that span columns (headlines with their kicker and deck)
are masked out of the reading order first; every column piece left is then given to an article
by geometry alone, and each article is read in one go: its headline stack, then its pieces in
the order the columns were read.

A piece belongs to what stands directly above it: the headline stack over it, or the piece it
continues when no rule parts them. A piece fenced off above (by a rule, a photo or nothing at
all) starts beside its headline (an L-shaped article whose first column reaches above the
headline, text beside a vertical headline), or else opens an article of its own (a boxed
service column, a caption under a photo). Every threshold is in em of the page's body type.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extractors.layout.lines import Line
from extractors.pdf import Box, PageData, Rule


@dataclass(frozen=True, slots=True)
class ArticleParams:
    headline_ratio: float = 1.6  # type this much larger than the body is headline type (a
    #                               sub-heading inside an article is set at most ~1.5 body)
    stack_gap: float = 1.0  # headline lines this close (of the smaller size) stand in one stack
    stack_within: float = 0.9  # when the narrower line lies this much within the wider one
    stack_side_gap: float = 1.0  # vertical headline lines this close side by side: one stack
    label_max_chars: int = 4  # a headline-size line this short is a section label (简讯, 信息服务)
    continue_gap_em: float = 2.5  # a piece this close under another (photos aside), no rule
    #                               between, goes on it; more white parts articles
    wide_gap_em: float = 5.0  # ... and this close when no headline stands beside it
    beside_em: float = 3.0  # a piece starting this close to a headline's height starts beside it
    under_em: float = 3.0  # ... or this close under it, beyond its ends, when it is centred over
    #                        the piece's article (see `_centred_over`)
    under_share: float = 0.5  # a column this much under a headline's width stands under it
    rule_share: float = 0.5  # a rule across this share of a piece's width fences it off
    slack_em: float = 0.5
    caption_gap_em: float = 1.5  # text starting this close under a photo may be its caption
    tint_share: float = 0.8  # a piece this much inside a filled rectangle is set on a tint
    min_stacks: int = 2  # fewer headline stacks on a page: one article, nothing to cut
    min_credits: int = 2  # news items each credit their writer (记者…, 本报讯, （王普）); a page
    #                       with fewer credits is one report under section heads
    credit_max_chars: int = 40
    credit_short_em: float = 1.0  # a credit's line ends this far short of its column's end
    frame_min_em: float = 3.0  # a frame is a box of rules at least this wide and tall


# Numbered section headings are part of one report, never the heads of articles.
_ENUMERATED = re.compile(r"^\s*([一二三四五六七八九十百]+[、.．]|[（(][一二三四五六七八九十0-9]+[)）]|"
                         r"[0-9]+[、.．]\D|第[一二三四五六七八九十0-9]+[章节部分篇])")
_CJK = re.compile(r"[\u3400-\u9fff]")
_DATELINE = re.compile(r"^\S{0,8}讯")  # 本报讯, 福州晚报讯: a news item's opening
_BYLINE = re.compile(r"记者|通讯员|实习生|特约|摄影|摄$|^文[/／]|^图[/／]|/文$|/图$")
_WRITER = re.compile(r"记者|通讯员|实习生")
_PHOTO = re.compile(r"摄影|摄[）)]?$")
_NAMES = re.compile(r"^[（(][\u4e00-\u9fff·、\s]{2,16}[)）]$")  # （王普）closing an item


@dataclass(slots=True)
class _Elem:
    lines: list[Line]
    kind: str  # "stack", "piece", "image"
    x0: float = 0.0
    top: float = 0.0
    x1: float = 0.0
    bottom: float = 0.0
    article: int | None = None
    order: int = 0  # position of its first line in the page's reading order

    @classmethod
    def of(cls, lines: list[Line], kind: str, order: int) -> _Elem:
        return cls(lines, kind, min(ln.x0 for ln in lines), min(ln.top for ln in lines),
                   max(ln.x1 for ln in lines), max(ln.bottom for ln in lines), order=order)

    @classmethod
    def box(cls, b: Box) -> _Elem:
        return cls([], "image", b.x0, b.top, b.x1, b.bottom)


def _x_gap(a: _Elem, b: _Elem) -> float:
    return max(a.x0, b.x0) - min(a.x1, b.x1)


def _y_gap(a: _Elem, b: _Elem) -> float:
    return max(a.top, b.top) - min(a.bottom, b.bottom)


def _credit(text: str, p: ArticleParams) -> bool:
    t = text.strip()
    return bool(_DATELINE.match(t)) or len(t) <= p.credit_max_chars and bool(
        _BYLINE.search(t) or _NAMES.match(t))


def _opens(text: str, p: ArticleParams) -> bool:
    """A news item's first line: its dateline, or its writer's credit (not a photo's)."""
    t = text.strip()
    return bool(_DATELINE.match(t)) or len(t) <= p.credit_max_chars and bool(
        _WRITER.search(t)) and not _PHOTO.search(t)


def is_headline(ln: Line, em: float, p: ArticleParams) -> bool:
    return ln.size >= p.headline_ratio * em and not _ENUMERATED.match(ln.text)


def is_label(ln: Line, p: ArticleParams) -> bool:
    """A section label (◇简讯◇, 信息服务): headline type with hardly any words."""
    return len(_CJK.findall(ln.text)) <= p.label_max_chars and not ln.vertical


def _stacks(heads: list[Line], order: dict[int, int], p: ArticleParams) -> list[_Elem]:
    """Headline lines that stand together (kicker, headline, deck; vertical lines side by side)."""
    elems = [_Elem.of([h], "stack", order[id(h)]) for h in heads]
    parent = list(range(len(elems)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, a in enumerate(elems):
        for j in range(i + 1, len(elems)):
            b = elems[j]
            size = min(a.lines[0].size, b.lines[0].size)
            vertical = a.lines[0].vertical or b.lines[0].vertical
            gx, gy = _x_gap(a, b), _y_gap(a, b)
            inside = -gx >= p.stack_within * min(a.x1 - a.x0, b.x1 - b.x0)
            if (inside and gy <= p.stack_gap * size) or (
                    vertical and gy < 0 and gx <= p.stack_side_gap * size):
                parent[find(i)] = find(j)
    groups: dict[int, list[Line]] = {}
    for i, e in enumerate(elems):
        groups.setdefault(find(i), []).extend(e.lines)
    out = []
    for lines in groups.values():
        lines.sort(key=lambda ln: order[id(ln)])
        out.append(_Elem.of(lines, "stack", order[id(lines[0])]))
    return out


def _fenced(a: _Elem, b: _Elem, rules: list[Rule], span: tuple[float, float], em: float,
            p: ArticleParams) -> bool:
    """A horizontal rule between `a` above and `b` below, across most of `b`, that runs on
    beyond `span`, the width of `a`'s article: a rule between sections. A rule under a single
    line (a byline, a kicker) underlines it; one within the article sets off its lead.
    """
    if len(a.lines) == 1:
        return False
    lo, hi = a.bottom - p.slack_em * em, b.top + p.slack_em * em
    width = max(b.x1 - b.x0, 1.0)
    for r in rules:
        if not r.horizontal or not lo <= (r.top + r.bottom) / 2 <= hi:
            continue
        if min(r.x1, b.x1) - max(r.x0, b.x0) >= p.rule_share * width and (
                r.x0 < span[0] - em or r.x1 > span[1] + em):
            return True
    return False


def _white(a: _Elem, b: _Elem, images: list[_Elem]) -> float:
    """The white between `a` and `b` below it, photos standing between them left out."""
    lo, hi = a.bottom, b.top
    width = min(a.x1 - a.x0, b.x1 - b.x0)
    inked = sum(max(0.0, min(im.bottom, hi) - max(im.top, lo)) for im in images
                if -_x_gap(im, a) >= 0.5 * width and -_x_gap(im, b) >= 0.5 * width)
    return hi - lo - inked


def _beside(piece: _Elem, stacks: list[_Elem], others: list[_Elem], rules: list[Rule],
            em: float, p: ArticleParams) -> _Elem | None:
    """The headline the piece starts beside, nothing standing or ruled between them."""
    best, dist = None, float("inf")
    # the piece's first line: a column may widen under a headline it starts beside
    piece = _Elem.of(piece.lines[:1], "piece", piece.order)
    for s in stacks:
        if s.top > piece.top + p.beside_em * em or s.bottom < piece.top - p.slack_em * em:
            continue
        gx = _x_gap(s, piece)
        if gx < 0 or gx >= dist:
            continue
        lo, hi = (s.x1, piece.x0) if s.x1 <= piece.x0 else (piece.x1, s.x0)
        band_top, band_bottom = piece.top, piece.top + 2 * em
        between = any(o.lines[:1] != piece.lines and o.x0 >= lo - p.slack_em * em
                      and o.x1 <= hi + p.slack_em * em and o.top < band_bottom
                      and o.bottom > band_top for o in others)
        ruled = any(not r.horizontal and lo < (r.x0 + r.x1) / 2 < hi and r.top < band_bottom
                    and r.bottom > band_top for r in rules)
        if not between and not ruled:
            best, dist = s, gx
    return best


def _under(piece: _Elem, stack: _Elem, p: ArticleParams) -> bool:
    """Most of the piece's width lies under the headline stack."""
    return -_x_gap(piece, stack) >= p.under_share * (piece.x1 - piece.x0)


def _col(e: _Elem) -> tuple[float, float]:
    """The edges of the column a piece is set in."""
    return min(ln.col_x0 for ln in e.lines), max(ln.col_x1 for ln in e.lines)


def _centred_over(piece: _Elem, stacks: list[_Elem], pieces: list[_Elem], rules: list[Rule],
                  text: tuple[float, float], em: float, p: ArticleParams,
                  starts: dict[int, list[float]] | None = None) -> _Elem | None:
    """The headline centred over the article the piece opens, though narrower than it.

    A headline is centred over its article's columns; when it is shorter, its outer columns
    start under its height but beyond its ends — or level with the columns standing under it,
    when a photo over the article pushes them all down (`starts`: id(stack) → the tops of the
    pieces standing directly under it). Such a piece belongs to it when the article it
    would make, mirrored about the headline's centre, ends where text does on the other side
    (a column ending there at the same height, or the edge of the page's text `text`, the
    columns between left empty), and nothing stands or is ruled between them.
    """
    first = _Elem.of(piece.lines[:1], "piece", piece.order)
    left_edge, right_edge = text
    slack = p.slack_em * em
    for s in stacks:
        if not s.top - slack <= first.top <= s.bottom + p.under_em * em and not any(
                abs(first.top - t) <= slack for t in (starts or {}).get(id(s), ())):
            continue
        if _x_gap(s, first) < 0:
            continue
        centre = (s.x0 + s.x1) / 2
        level = [o for o in pieces if o is not piece and abs(o.top - first.top) <= p.under_em * em]
        # the columns standing under the headline are its own, whatever side they reach out
        # to, and so is one its end overhangs (a column beside the article's last empty one)
        beyond = [o for o in level if _x_gap(o, s) >= 0]
        # An edge is where the ink ends or where its column does (a short line, a sub-heading
        # at the head of the far column, ends short of it).
        ln0 = piece.lines[0]
        if first.x1 <= s.x0:
            mirror, lo, hi = 2 * centre - first.x0, first.x1, s.x0
            mirrors = (mirror, 2 * centre - ln0.col_x0)
            edge = [x for o in level if o.x0 >= s.x1 - em for x in (o.x1, _col(o)[1])]
            other = [o for o in beyond if o.x0 < mirror and o.x1 > s.x1]
            inside = mirror <= right_edge + em
        else:
            mirror, lo, hi = 2 * centre - first.x1, s.x1, first.x0
            mirrors = (mirror, 2 * centre - ln0.col_x1)
            edge = [x for o in level if o.x1 <= s.x0 + em for x in (o.x0, _col(o)[0])]
            other = [o for o in beyond if o.x1 > mirror and o.x0 < s.x0]
            inside = mirror >= left_edge - em
        # the other side ends where a column does, or is left empty to the page's edge
        match = any(abs(x - m) <= em for x in edge for m in mirrors) or inside and not other
        if not match:
            continue
        top, bottom = min(s.top, first.top), max(s.bottom, first.bottom)
        between = any(o is not piece and o is not s and o.x0 >= lo - p.slack_em * em
                      and o.x1 <= hi + p.slack_em * em and o.top < bottom and o.bottom > top
                      for o in stacks + pieces)
        ruled = any(not r.horizontal and lo < (r.x0 + r.x1) / 2 < hi and r.top < bottom
                    and r.bottom > top for r in rules)
        if not between and not ruled:
            return s
    return None


def _over(piece: _Elem, obstacles: list[_Elem], rules: list[Rule], em: float, p: ArticleParams
          ) -> _Elem | None:
    """What stands nearest over the piece's column (a byline set flush left under a centred
    headline stands under it all the same). A headline fenced off by a rule between sections
    (across the piece, running on beyond the headline's ends) stands over another section."""
    col = _Elem(piece.lines, "piece", min(ln.col_x0 for ln in piece.lines), piece.top,
                max(ln.col_x1 for ln in piece.lines), piece.bottom)
    above = [e for e in obstacles if e is not piece and e.bottom <= piece.top + p.slack_em * em
             and _x_gap(e, col) < 0 and (e.kind != "piece" or e.top < piece.top)
             and not (e.kind == "stack" and _section_rule(e, piece, rules, em, p))]
    return min(above, key=lambda e: (piece.top - e.bottom, _x_gap(e, piece)), default=None)


def _section_rule(a: _Elem, b: _Elem, rules: list[Rule], em: float, p: ArticleParams) -> bool:
    """A horizontal rule set apart between `a` and `b` below it, across most of `b`, running on
    beyond `a`'s ends: one between sections, not a rule underlining a headline."""
    width = max(b.x1 - b.x0, 1.0)
    for r in rules:
        y = (r.top + r.bottom) / 2
        if r.horizontal and a.bottom + p.slack_em * em < y < b.top \
                and min(r.x1, b.x1) - max(r.x0, b.x0) >= p.rule_share * width \
                and (r.x0 < a.x0 - em or r.x1 > a.x1 + em):
            return True
    return False


def frames(rules: list[Rule], em: float, min_em: float = 3.0, tol: float = 1.0) -> list[Box]:
    """Boxes drawn as four rules (an advert's or a service box's frame, a tint's edges): two
    horizontal rules of one extent joined at both ends by vertical ones. Each top edge is paired
    with the lowest bottom edge its sides reach, so a ruled table gives its outer frame."""
    span = min_em * em
    tops: dict[tuple[int, int], list[float]] = {}
    sides: dict[int, list[tuple[float, float]]] = {}
    for r in rules:
        if r.horizontal and r.x1 - r.x0 >= span:
            tops.setdefault((round(r.x0 / tol), round(r.x1 / tol)), []).append(r.top)
        elif not r.horizontal and r.bottom - r.top >= span:
            sides.setdefault(round(r.x0 / tol), []).append((r.top, r.bottom))

    def side(x: float, top: float, bottom: float) -> bool:
        k = round(x / tol)
        return any(t <= top + tol and b >= bottom - tol
                   for j in (k - 1, k, k + 1) for t, b in sides.get(j, ()))

    out = []
    for (k0, k1), ys in tops.items():
        ys = sorted(set(ys))
        x0, x1 = k0 * tol, k1 * tol
        for i, top in enumerate(ys):
            bottom = next((y for y in reversed(ys[i + 1:]) if y - top >= span
                           and side(x0, top, y) and side(x1, top, y)), None)
            if bottom is not None:
                out.append(Box(x0, top, x1, bottom))
    return out


def _encloses(box: Box, e: _Elem, slack: float) -> bool:
    return (box.x0 - slack <= e.x0 and e.x1 <= box.x1 + slack
            and box.top - slack <= e.top and e.bottom <= box.bottom + slack)


def _framed(e: _Elem, boxes: list[Box], stacks: list[_Elem], em: float, p: ArticleParams
            ) -> _Elem | None:
    """The headline standing in the smallest frame `e` stands in, when that frame holds one
    headline only: an advert's or a box's frame bounds its article, whatever stands between
    the headline and the piece (a price table beside a photo, a tinted strip of dates set
    between two lines of the headline)."""
    slack = p.slack_em * em
    best: tuple[float, _Elem | None] = (float("inf"), None)
    for box in boxes:
        if not _encloses(box, e, slack):
            continue
        inside = [s for s in stacks if _encloses(box, s, slack)]
        area = (box.x1 - box.x0) * (box.bottom - box.top)
        if len(inside) == 1 and area < best[0]:
            best = (area, inside[0])
    return best[1]


def _byline_first(piece: _Elem, em: float, p: ArticleParams) -> bool:
    """The piece opens on a writer's credit standing on a line of its own (本报记者 王明)."""
    first = piece.lines[0]
    t = first.text.strip()
    short = len(piece.lines) == 1 or first.x1 <= first.col_x1 - p.credit_short_em * em
    # names, not a clause: a sentence that mentions reporters (记者从有关部门获悉，…) runs on
    return short and len(t) <= p.credit_max_chars and bool(_WRITER.search(t)) \
        and not _PHOTO.search(t) and not any(c in t for c in "，。；！？,;")


def _runs_on(piece: _Elem, pieces: list[_Elem], titled: set[int | None], bylined: set[int],
             em: float, p: ArticleParams) -> int | None:
    """A box of untitled items (notices, briefs) runs on from column to column: a piece
    starting level with the text of the untitled piece read before it continues that one's
    flow (its text: a brief's first column opens on its writer's credit, a line above)."""
    prev = max((e for e in pieces if e.order < piece.order and e.article is not None
                and e.article not in titled), key=lambda e: e.order, default=None)
    # (A piece that opens with its writer's credit is a new item, not a column's turn.)
    if prev is None or _credit(piece.lines[0].text, p):
        return None
    tops = [prev.top]
    if id(prev) in bylined and len(prev.lines) > 1:
        tops.append(prev.lines[1].top)
    if any(abs(t - piece.top) <= p.slack_em * 2 * em for t in tops):
        return prev.article
    return None


def _within(piece: _Elem, near: _Elem | None, stacks: list[_Elem],
            spans: dict[int, tuple[float, float]], em: float, p: ArticleParams) -> int | None:
    """The article whose columns stand on both sides of a piece with only white over it up to
    the headline's height: a column under the white beside a headline narrower than its
    article, the article's outer column already given to it."""
    for s in stacks:
        if s.article is None or not 0 <= piece.top - s.bottom <= p.wide_gap_em * em:
            continue
        if near is not None and near.bottom > s.top + p.slack_em * em:
            continue
        x0, x1 = spans[s.article]
        if x0 - p.slack_em * em <= piece.x0 and piece.x1 <= x1 + p.slack_em * em:
            return s.article
    return None


def segment_page(regions: list[list[Line]], furniture: dict[int, str], page: PageData, em: float,
                 p: ArticleParams = ArticleParams()) -> list[list[Line]]:
    """The page's regions regrouped article by article; each line's `article` and `head` set.

    Section labels join `furniture` as headers. A page with fewer than `min_stacks` headline
    stacks, and fewer briefs (columns opening on a writer's credit), is one article: its regions come
    back as they were.
    """
    lines = [ln for reg in regions for ln in reg]
    order = {id(ln): i for i, ln in enumerate(lines)}
    body = [ln for ln in lines if id(ln) not in furniture]
    heads = [ln for ln in body if is_headline(ln, em, p)]
    stacks = _stacks(heads, order, p)
    labels = [s for s in stacks if len(s.lines) == 1 and is_label(s.lines[0], p)]
    stacks = [s for s in stacks if s not in labels]
    boxes = frames(page.rules, em, p.frame_min_em)
    # A word in display type inside a frame that holds one headline (a product's name in an
    # advert, 文山 三七) is part of that frame's article, not a section label over the page.
    labels = [s for s in labels if _framed(s, boxes, stacks, em, p) is None]
    head_ids = {id(h) for s in stacks for h in s.lines}
    credits = sum(1 for ln in body if id(ln) not in head_ids and _credit(ln.text, p))
    # Briefs without a headline open on their writer's credit at the head of a column (an
    # article's own byline under its headline is one such line: it takes two).
    openers = sum(1 for reg in regions for ln in reg[:1]
                  if id(ln) not in furniture and id(ln) not in head_ids and _opens(ln.text, p))
    if len(stacks) < p.min_stacks and openers < p.min_stacks or credits < p.min_credits:
        return regions
    for s in labels:
        furniture[id(s.lines[0])] = "header"
    pieces: list[_Elem] = []
    for reg in regions:
        run: list[Line] = []
        for ln in reg + [None]:  # type: ignore[list-item]
            if ln is not None and id(ln) not in furniture and id(ln) not in head_ids:
                run.append(ln)
                continue
            if run:
                pieces.append(_Elem.of(run, "piece", order[id(run[0])]))
                run = []
    for k, s in enumerate(stacks):
        s.article = k + 1
    # A photo is no boundary: text runs on around and under it. (An image behind a headline is
    # its ground, not a photo.)
    images = [_Elem.box(b) for b in page.image_boxes]
    images = [im for im in images if not any(_x_gap(im, s) < 0 and _y_gap(im, s) < 0
                                             for s in stacks)]
    for piece in pieces:
        # a photo stands in its column: the line under it may be anywhere in the piece
        for ln in piece.lines:
            if any(im.x0 < ln.x1 and ln.x0 < im.x1 and -p.slack_em * em <= ln.top - im.bottom
                   <= p.caption_gap_em * em for im in images):
                ln.under_image = True
        area = max((piece.x1 - piece.x0) * (piece.bottom - piece.top), 1.0)
        if any(max(0.0, -_x_gap(f, piece)) * max(0.0, -_y_gap(f, piece)) >= p.tint_share * area
               for f in map(_Elem.box, page.fills)):
            for ln in piece.lines:
                ln.tinted = True
    obstacles = stacks + pieces
    # the width the page's text is set in, its running heads included
    text = (min(ln.x0 for ln in lines), max(ln.x1 for ln in lines))
    next_id = len(stacks) + 1
    titled = {s.article for s in stacks}
    spans = {s.article: (s.x0, s.x1) for s in stacks if s.article is not None}
    # An article carries one writer's credit, at its head: a piece opening on a credit of its
    # own is a new item, never a column's turn, and no headline that has its own credit under
    # it — or at the head of a column it is centred over, beyond its ends — claims it from
    # beside.
    over = {id(e): _over(e, obstacles, page.rules, em, p) for e in pieces}
    bylined = {id(e) for e in pieces if _byline_first(e, em, p)}
    starts: dict[int, list[float]] = {}  # id(stack) → the tops of the pieces right under it
    for e in pieces:
        if over[id(e)] is not None and over[id(e)].kind == "stack":
            starts.setdefault(id(over[id(e)]), []).append(e.top)
    credited: dict[int, set[int]] = {}  # id(stack) → the credited pieces at its head
    for e in pieces:
        if id(e) not in bylined:
            continue
        head = over[id(e)]
        if head is None or head.kind != "stack":
            head = _centred_over(e, stacks, pieces, page.rules, text, em, p)
        if head is not None and head.kind == "stack":
            credited.setdefault(id(head), set()).add(id(e))
    for piece in sorted(pieces, key=lambda e: (e.top, e.x0)):
        near = over[id(piece)]
        owner: int | None = None
        goes_on = (near is not None and near.kind == "piece" and near.article is not None
                   and id(piece) not in bylined
                   and not _fenced(near, piece, page.rules, spans[near.article], em, p))
        white = _white(near, piece, images) if goes_on and near is not None else 0.0
        if near is not None and (near.kind == "stack"
                                 or goes_on and white <= p.continue_gap_em * em):
            owner = near.article
        if owner is None:
            free = [s for s in stacks if id(piece) not in bylined
                    or not credited.get(id(s), set()) - {id(piece)}]
            # (another headline standing between them parts them as a column does)
            s = _beside(piece, free, pieces + images + stacks, page.rules, em, p)
            if s is None:
                s = _centred_over(piece, free, pieces, page.rules, text, em, p, starts)
            owner = s.article if s is not None else None
        if owner is None and boxes:
            framed = _framed(piece, boxes, stacks, em, p)
            owner = framed.article if framed is not None else None
        if owner is None:
            owner = _within(piece, near, free, spans, em, p)
        if owner is None:
            owner = _runs_on(piece, pieces, titled, bylined, em, p)
        if owner is None and goes_on and near is not None and white <= p.wide_gap_em * em:
            # wider white (under a lead set larger), and no headline beside to claim the piece
            owner = near.article
        if owner is None:
            owner, next_id = next_id, next_id + 1
        piece.article = owner
        x0, x1 = spans.get(owner, (piece.x0, piece.x1))
        spans[owner] = (min(x0, piece.x0), max(x1, piece.x1))
    members: dict[int, list[_Elem]] = {}
    for e in stacks + pieces:
        members.setdefault(e.article or 0, []).append(e)
    out: list[list[Line]] = [[ln for ln in reg if furniture.get(id(ln)) == "header"]
                             for reg in regions]
    out = [reg for reg in out if reg]
    for art in sorted(members, key=lambda a: min(e.order for e in members[a])):
        elems = sorted(members[art], key=lambda e: (e.kind != "stack", e.order))
        for e in elems:
            for ln in e.lines:
                ln.article = art
                ln.head = e.kind == "stack"
            if e.kind == "stack":
                out += [[ln] for ln in e.lines]
            else:
                out.append(e.lines)
    # text that is part of a picture (extractors.layout.picture_text) is read after the articles
    out += [[ln for ln in reg if furniture.get(id(ln)) == "other"] for reg in regions]
    out += [[ln for ln in reg if furniture.get(id(ln)) == "footer"] for reg in regions]
    return [reg for reg in out if reg]
