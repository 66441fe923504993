"""Names `read_metrics` leaves as fragments, completed from the rest of their sentence: a share named
by its verb alone (高速铁路占世界60%以上), a bare verb whose object follows the number (用好1800亿元
引导基金), those reached by an effort stepped up (加大对…资助力度，4.3亿人次受益), a generic amount or
enrolment whose programme the sentence opens on or serves (加快推进汶川地震灾后恢复重建，重灾区完成
投资…), and a change glued to its name (资费再降10%)."""

from __future__ import annotations

import re
from dataclasses import replace

from extractors.indicators.grammar import Quantity
from extractors.indicators.metric import (
    CLAUSE_BREAK,
    REACHED_BY,
    VERBS,
    Reading,
    _clause_before,
    _following_noun,
    _has_verb,
)

# 高速铁路占世界60%以上; 灾后恢复重建占14.8%; 高铁营业里程覆盖80%以上的大城市; 已扩大到全国86%的县
SHARE_VERB = re.compile(r"(?P<x>.*?)(?P<verb>占|覆盖到?|扩大到|推广到|延伸到)"
                        r"(?P<place>全国|全省|全市|全区|全县|世界|全球)?")
# 高新技术产品出口占全市出口总额的23.7%; 保障性住房供应总量达到年度住房供应总量的20%
SHARE_OF_WHOLE = re.compile(r"(?P<x>[^，,；;]{2,}?)(?:已|仍然?|就)?(?:占到?|达到|(?:增加|提高|上升)到)"
                            r"(?P<whole>[^占，,；;]{1,24}?)的")
SHARE_OBJECT = re.compile(r"(?:以上|以下|左右)?的(?P<obj>[\u4e00-\u9fff]{1,10}?)(?=[，,。；;、（(]|$)")
# A scheme said to get on before the clause that spreads it: 新型农村合作医疗制度不断完善，已扩大到…
SCHEME_STATE = re.compile(r"(?P<x>[\u4e00-\u9fff“”]{3,16}?)(?:试点)?(?:不断|继续|进一步|逐步|稳步|全面|基本)"
                          r"(?:完善|推进|健全|巩固|扩大|发展)")
# Verbs of putting money or things to use, which name nothing without their object.
USING = frozenset({"用好", "用活", "用足", "管好", "盘活", "用好用活"})
# 加大对各类学校家庭困难学生资助力度: the effort's object is who or what it reached
STEPPED_UP = re.compile(r"(?:加大|加强|强化|提高)对(?P<x>[\u4e00-\u9fff“”、]{2,24}?)的?力度$")
# What a sentence opens on doing or seeing done, with no figure: the programme its amounts are of.
PROGRAMME_DONE = re.compile(r"(?:我们|各地|各级政府|国家|政府)?(?:要|将)?"
                            r"(?:加快|大力|积极|继续|全面|深入|着力|进一步|扎实|加紧|抓紧)*"
                            r"(?:推进|实施|开展|推动|支持|整合|抓好|做好)(?P<x>[\u4e00-\u9fff“”、]{3,24})")
PROGRAMME_GOING = re.compile(r"(?P<x>[\u4e00-\u9fff“”]{3,16}?)(?:工作)?(?:继续|稳步|加快|顺利|全面|深入|扎实)"
                             r"(?:推进|实施|开展|展开)")
PROGRAMME_SUPPORTED = re.compile(r"[\u4e00-\u9fff]{0,6}?(?:加大|加强)对(?P<x>[\u4e00-\u9fff“”、]{2,30}?)的?"
                                 r"(?:支持|投入|扶持)(?:力度)?")
GROWING = re.compile(r"(?:蓬勃|健康|快速|持续|稳步|加快|较快)发展$")
# …，以保证医疗卫生体制改革的顺利推进。: what the sentence's money is for, said at its end
PROGRAMME_SERVED = re.compile(r"以(?:保证|确保|保障|支持|促进|推动)(?P<x>[\u4e00-\u9fff“”]{3,20}?)的?"
                              r"(?:顺利)?(?:推进|实施|开展|进行)?[。！]?$")
# An amount named by who gave or did it and its kind alone (各级政府投入, 重灾区完成投资, 带动总投资).
GENERIC_AMOUNT = re.compile(
    r"(?:中央|地方|各级|国家|省级|市级|县级)?(?:财政|政府|预算内?)?(?:[\u4e00-\u9fff]{1,3}区)?"
    r"(?:拟|已|将|再)?(?:完成|安排|投入|带动|落实|筹集|累计|新增)?"
    r"(?P<head>总投资|投资|资金|国债资金|专项资金|投入|补助|财政补助|补贴资金|经费|筹资)(?:安排)?")
# An enrolment named by itself (参保人数增加7359万): the scheme is the sentence's
ENROLMENT = re.compile(r"参保人数|参保人员|参合人数|参合农民|参保职工|待遇领取人数")
SCHEME = re.compile(r"[\u4e00-\u9fff]{2,16}?(?:保险|医保|合作医疗)")
GLUED_DECREASE = re.compile(r"(?P<x>[\u4e00-\u9fff]{2,}?)(?:再|又|均|分别)?降")


def complete_fragments(sentence: str, readings: list[Reading]) -> list[Reading]:
    """Each reading with its name completed where the name alone is a fragment."""
    programme = _programme(sentence)
    out: list[Reading] = []
    for n, r in enumerate(readings):
        later = [x.quantity for x in readings[n + 1:] if x.quantity is not r.quantity]
        name = (_share_named(sentence, r) or _using_what(sentence, r, later) or _reached_by_effort(sentence, r)
                or _enrolled_in(sentence, r) or _of_programme(programme, r))
        if name:
            r = replace(r, metric=name)
        if r.change is None and (glued := GLUED_DECREASE.fullmatch(r.metric)):
            r = replace(r, metric=glued.group("x"), change="decrease")  # 平均资费再降10%
        out.append(r)
    return out


def _clause_start(sentence: str, q: Quantity) -> int:
    return max((sentence.rfind(c, 0, q.start) for c in CLAUSE_BREAK), default=-1) + 1


def _figureless_before(sentence: str, q: Quantity) -> str:
    """The clause before the figure's, when it states no number."""
    clause = _clause_before(sentence, _clause_start(sentence, q))
    return "" if re.search(r"[0-9０-９]", clause) else clause


def _share_named(sentence: str, r: Reading) -> str:
    """A share named by the verb that says what it is of: that share (X占世界比重, X覆盖Y比例)."""
    if r.quantity.unit != "%" or r.change:
        return ""
    if (of := SHARE_OF_WHOLE.fullmatch(r.metric)) and not re.search(r"[0-9０-９]|年", of.group("whole")):
        return f"{of.group('x')}占{of.group('whole')}比重"  # (not 降到去年的, 由五年前的: a level then)
    m = SHARE_VERB.fullmatch(r.metric)
    if not m:
        return ""
    x, verb, place = m.group("x"), m.group("verb"), m.group("place") or ""
    if verb == "占" and re.search(r"(?:比重|比例|占比)$", x):
        return x  # 工业产品内销比重占54.2%
    if verb == "占":
        x = x.removesuffix("的")  # (其中具有自主知识产权的占58.9%)
        return f"{x}占{place}比重" if place and x else f"{x}占比" if len(x) >= 2 else ""
    obj = SHARE_OBJECT.match(sentence, r.quantity.end)
    if not obj:
        return ""
    if not x and (scheme := SCHEME_STATE.fullmatch(_figureless_before(sentence, r.quantity))):
        x = scheme.group("x")
    return f"{x}覆盖{obj.group('obj')}比例" if len(x) >= 2 else ""


def _using_what(sentence: str, r: Reading, later: list[Quantity]) -> str:
    """用好1800亿元引导基金: what is put to use, the noun after the number."""
    if r.metric not in USING:
        return ""
    noun = _following_noun(sentence, r.quantity, later).removeprefix("的")
    return r.metric + noun if len(noun) >= 2 and not _has_verb(noun) else ""


def _reached_by_effort(sentence: str, r: Reading) -> str:
    """加大对各类学校家庭困难学生资助力度，4.3亿人次受益: those the effort's object reached."""
    if r.metric not in REACHED_BY:
        return ""
    effort = STEPPED_UP.search(_figureless_before(sentence, r.quantity))
    return effort.group("x") + r.metric if effort else ""


def _enrolled_in(sentence: str, r: Reading) -> str:
    """城镇居民基本医疗保险试点城市…，参保人数增加7359万: the enrolment in the scheme named before."""
    if not ENROLMENT.fullmatch(r.metric):
        return ""
    schemes = SCHEME.findall(sentence, 0, _clause_start(sentence, r.quantity))
    # (七是建立少儿医疗保险制度: the scheme after the verb that sets it up)
    scheme = re.split("|".join(VERBS) + "|是", schemes[-1])[-1] if schemes else ""
    return scheme + r.metric if len(scheme) >= 4 else ""


def _programme(sentence: str) -> str:
    """The programme a sentence opens on, in a first clause of no figure, or says its money serves."""
    first = re.split(r"[，,；;：:]", sentence, maxsplit=1)[0]
    if len(first) < len(sentence) and not re.search(r"[0-9０-９]", first):
        for pattern in (PROGRAMME_SUPPORTED, PROGRAMME_DONE, PROGRAMME_GOING):
            if (m := pattern.fullmatch(first)) and not GROWING.search(m.group("x")):
                return m.group("x")  # (推动天开高教科创园蓬勃发展: a state sought, no programme's name)
    served = PROGRAMME_SERVED.search(sentence)
    return served.group("x") if served else ""


def _of_programme(programme: str, r: Reading) -> str:
    """重灾区完成投资 in a sentence on 汶川地震灾后恢复重建: that programme's amount."""
    name, said = re.fullmatch(r"(.*?)(?:（(.*)）)?", r.metric).groups()
    generic = GENERIC_AMOUNT.fullmatch(name)
    money = r.quantity.unit in ("元", "美元") or r.change is not None
    if (not programme or not generic or not money or generic.group("head") == name
            or (said and not PROGRAMME_SERVED.fullmatch(said) and programme not in said)):
        return ""  # (投资增长5%: a name that bare is the whole's; a purpose said already stays)
    return f"{name}（{programme}）"  # (…（以保证…的顺利推进）, （加快推进…）: the programme alone)
