"""The XY-cut's index structures answer exactly what a pass over every glyph and rule would."""

from __future__ import annotations

import random

from extractors.layout.regions import CutParams, _Blocked, _near
from extractors.pdf import Char, Rule


def _glyphs(rng: random.Random, n: int) -> list[Char]:
    out = []
    for _ in range(n):
        size = rng.choice([9.0, 10.5, 16.0, 22.0])
        x0, top = rng.choice([0.0, 10.5, 21.0]) + rng.randrange(0, 40) * 10.5, rng.randrange(0, 60) * 5.25
        out.append(Char("字", x0, x0 + size, top, top + size, size, "Song"))
    return out


def _straddled(chars: list[Char], at: float, horizontal: bool, p: CutParams, em: float) -> bool:
    for c in chars:
        slack = p.rule_slack_em * max(em, c.size)
        a, b = (c.top, c.bottom) if horizontal else (c.x0, c.x1)
        if a + slack < at < b - slack:
            return True
    return False


def test_a_rule_is_blocked_exactly_where_it_would_cross_a_glyph():
    rng, p, em = random.Random(7), CutParams(), 10.5
    for _ in range(30):
        chars = _glyphs(rng, rng.randrange(1, 60))
        for horizontal in (True, False):
            blocked = _Blocked(chars, horizontal, p, em)
            # every glyph edge and span end, and points beside them
            edges = {v for c in chars for v in (c.top, c.bottom, c.x0, c.x1)}
            edges |= {v + d * p.rule_slack_em * s for v in list(edges) for s in (em, 16.0, 22.0)
                      for d in (-1, 1)}
            for at in sorted(edges) + [rng.uniform(-10, 500) for _ in range(50)]:
                assert blocked.at(at) == _straddled(chars, at, horizontal, p, em), (at, horizontal)


def test_rules_near_a_box_are_those_touching_it_whichever_way_they_were_drawn():
    box = (100.0, 100.0, 200.0, 200.0)
    inside = Rule(120, 150, 180, 150)
    backwards = Rule(180, 150, 120, 150)  # drawn right to left
    touching = Rule(200, 90, 200, 210)
    beside = Rule(210, 90, 210, 210)
    below = Rule(100, 201, 200, 201)
    assert _near([inside, backwards, touching, beside, below], box) == [inside, backwards,
                                                                          touching]


def test_a_rule_between_two_glyphs_whose_spans_just_touch_is_free():
    p, em = CutParams(rule_slack_em=0.25), 10.0
    a = Char("字", 0, 10, 0, 10, 10.0, "Song")  # open span (2.5, 7.5)
    b = Char("字", 0, 10, 5, 15, 10.0, "Song")  # (7.5, 12.5)
    blocked = _Blocked([a, b], True, p, em)
    assert not blocked.at(7.5) and not _straddled([a, b], 7.5, True, p, em)
    assert blocked.at(7.4) and blocked.at(7.6) and not blocked.at(2.5) and not blocked.at(12.5)
