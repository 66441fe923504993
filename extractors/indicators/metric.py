"""The metric phrase of each quantity in a sentence, with shared verbs and objects filled in."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from extractors.indicators.grammar import CLASSIFIER_UNITS, PEOPLE, PRE_APPROX, Quantity

_WORDS = yaml.safe_load(Path(__file__).with_name("measures.yaml").read_text(encoding="utf-8"))
SIBLINGS: tuple[tuple[str, ...], ...] = tuple(
    tuple(sorted(map(str, group), key=len, reverse=True)) for group in _WORDS["siblings"])
EVENTS: tuple[str, ...] = tuple(map(str, _WORDS["outcomes"]["events"]))
OUTCOMES: frozenset[str] = frozenset(map(str, _WORDS["outcomes"]["words"]))
CLASS_SUFFIXES: frozenset[str] = frozenset(map(str, _WORDS["class_suffixes"]))
KINDED: tuple[str, ...] = tuple(map(str, _WORDS["kinded_nouns"]))
OWNED: tuple[str, ...] = tuple(sorted(map(str, _WORDS["owned_measures"]), key=len, reverse=True))
_CATEGORY = _WORDS["category_parts"]
CATEGORY = re.compile("[\u4e00-\u9fff]{1,8}(?:" + "|".join(map(str, _CATEGORY["suffixes"])) + ")|"
                      + "|".join(map(str, _CATEGORY["words"])))
PAIRED: dict[str, tuple[str, str]] = {str(k): tuple(map(str, v)) for k, v in _WORDS["paired_words"].items()}
PAIRED_WORDS: tuple[str, ...] = tuple(PAIRED)

CLAUSE_BREAK = "，,；;：:。！？!?"
LIST_JOINERS = ("以及", "、", "和", "及", "与", "并", "同")

# Verbs that open an activity count in report prose: a list item without its own verb takes
# the first item's, and a bare verb after a counted object takes that object (修改33件次).
VERBS: tuple[str, ...] = tuple(sorted({
    "开展", "举办", "召开", "组织", "制定", "推出", "修订", "修改", "修正", "废止", "出台", "审议", "听取",
    "批准", "垫付", "拨付", "兑付", "消除", "划定", "新设", "新设立",
    "通过", "设立", "建立", "建成", "建设", "新建", "改建", "改造", "打造", "创建", "培育", "认定",
    "选聘", "聘请", "邀请", "接待", "受理", "办理", "办结", "督办", "解决", "完成", "实现", "培训",
    "选举产生", "选举", "产生", "任免", "任命", "作出", "确定", "提出", "收到", "交办", "走访",
    "联系", "组建", "成立", "增设", "引进", "招引", "签约", "实施", "推进", "帮扶", "救助",
    "资助", "发放", "投入", "安排", "下达", "争取", "发行", "增发", "减免", "吸引", "带动", "开工", "竣工",
    "新增", "新开工", "改善", "整治", "治理", "清理", "查处", "审查", "备案", "检查", "视察",
    "调研", "评议", "询问", "颁布", "公布", "发布", "表彰", "命名", "吸纳", "培养", "录用",
    "招聘", "转移", "安置", "搬迁", "脱贫", "减少", "增加", "打包修改", "集中修订", "累计",
    "淘汰", "取消", "免征", "关闭", "关停", "化解", "退出", "压减", "基本建成", "完工", "投产", "推动", "打通", "加装",
    "促进", "支持", "帮助", "惠及", "覆盖", "撬动", "荣获", "获得", "供应", "交付", "分配", "筹集", "整备", "收储",
    "新开", "开通", "优化调整", "当选", "新当选",
}, key=len, reverse=True))

# Words of whom a measure done reached (惠及1100多万人, 约6700万人受益, 理赔超3万人次).
REACHED_BY = ("惠及", "覆盖", "受益", "受惠", "理赔")
# Verbs by which a list item says what the item before involves (评价24项、涉及金额409亿元).
RELATING = ("涉及", "覆盖", "惠及", "带动", "撬动")
# Verbs that after another verb open its object (出台支持扩大出口的政策) rather than join it.
OPENS_OBJECT = ("支持", "促进", "推动", "帮助", "带动", "惠及", "覆盖", "撬动", "鼓励", "引导")

INCREASE = ("同比增长", "比上年增长", "增长", "增加", "提高", "上升", "上涨", "增产", "增收",
            "扩大", "提升", "多增", "一年净增", "净增加", "净增", "递增")
DECREASE = ("同比下降", "下降", "减少", "降低", "回落", "下调", "减产", "压减", "削减", "压缩", "缩短", "缩小", "收窄",
            "减轻", "缩减", "递减")
# Nouns naming a growth: 增加值年均增速17.4%, 增幅为5% (not verbs: 增速为 states no level).
GROWTH_NOUNS = ("增速", "增幅", "增长率")
DECLINE_NOUNS = ("减幅", "降幅")
# A change verb followed by 到/至/为 states the new level, not the change: 赤字率下降到2%.
LEVEL_MARKERS = ("到", "至", "为")
_LEVEL_VERB = "|".join(sorted({v for v in INCREASE + DECREASE if not v.startswith(("同比", "比"))}
                              | {"降", "增", "升", "扩"}, key=len, reverse=True))
# A comparison base is not part of the metric: 比上年增长, 比前五年增加, 较年初, 同比.
COMPARISON = re.compile(
    r"(?:同比|环比|(?:比|较)(?![重例率值])(?:(?:上年|去年)?(?:前|上|第)?[一二三四]季度|上季度|上个?月|[上下]半年|(?:上年|去年)?(?:同期)?1[—\-－~～至][0-9]{1,2}月(?:份)?|上年同期|上年|去年|年初|前[一二三四五六七八九十]年"
    r"|(?:[一二两三四五六七八九十]|[0-9]+)年前|[^，,。；;比较]{1,10}?之初"
    r"|[“\"]?[一二三四五六七八九十]{1,3}五[”\"]?(?:时期|期间)?末?"
    r"|[0-9０-９]{4}年(?:末|底)?|[^，,。；;比较]{0,4}?年)(?:同期|末|底)?(?:(?:预算|决算|执行|预计)数?)?"
    r"|(?:是|为|相当于)(?:上年|去年|[0-9０-９]{4}年|上届|前五年|过去五年|(?:[一二两三四五六七八九十]|[0-9]+)年前"
    r"|[“\"]?[一二三四五六七八九十]{1,3}五[”\"]?(?:时期|期间)?)的"
    r"|(?:同|与|跟|和)?(?:上年同期|上年|去年|[0-9０-９]{4}年(?:末|底)?)(?:相比|比较)"  # 和2022年相比
    # the basis of a comparison: 同口径增长10.1%, 按可比价格计算增长9%
    r"|扣除(?:物价|价格)(?:上涨|上升)?因素(?:后)?|按(?:可比|同)口径计算|同口径比?|可比口径|按可比价格计算|按可比价|可比价)")

# Words between the metric and its number that are not part of the metric.
TRAILING_FUNCTION = re.compile(
    rf"(?:(?:{_LEVEL_VERB})(?:到|至|为)"
    r"|(?:由|从)(?:(?:去年|上年|今年|年初|[0-9０-９]{4}年(?:末|底)?)(?:预计|计划)?|预计|计划)的?|年均|平均每年|平均|已经|已|将|"
    r"[两二三四五六七八九十]年|[0-9０-９]{4}年(?:末|底)?的?|本年|当年|全年|"
    r"保持在|稳定在|控制在|设定为|确定为|定为|定在|提高到|提高至|降到|降至|增加到|增至|达到|拟按|约为|分别为|分别净?|"
    r"共计|累计|做到|由原来的|原来的|力争|确保|争取|可望|有望|(?:由|从)?每(?:月|年|人|天|生|户|亩)(?:每(?:月|年|天))?|"
    r"(?<!下)(?<!(?<![增延])长)达|(?:转|减|变)为|(?:由|从)前|(?:现在|目前|当前)的?|连年|为|是|按|在|到|至|了|由|(?<![重主需必只纲摘概都均])要|(?:今|去|明|上)?年(?:底|末)|今年|明年|每年都|每年|再|又|"
    r"从|有|共|首次|首度|再次|一举|[却仍]以|(?:却|仍)?(?:大幅度?|大大|明显|显著)|"
    r"(?<=[\u4e00-\u9fff]{2})(?<![实表发出体兑呈展再重涌])现|却|(?:仍然|仍|继续)安排|仍然|仍|继续|连续|总共|去年|(?<=[\u4e00-\u9fff]{2})也|(?<=[\u4e00-\u9fff]{2})拟|(?<![鸡羊船])只|仅|(?<![条节契合公制预相签履])约)+$")
# Single function characters only where they stand alone: 及时, 共享, 并购, 将近 are words.
LEADING_FUNCTION = re.compile(r"^(?:我们|落实好|还(?=[为对向给把])|尽管|虽然|即使|相应地|而(?=“)|阶段性将|但是|但(?=[\u4e00-\u9fff]{2})|而且|而(?=[\u4e00-\u9fff]{2})|以及|其中|包括|同时|此外|为此|共计|总计|合计|累计(?!结余)|[一二三四五六七八九十]是|"
                              r"(?:中央|国务院)(?:提出|确定)(?=今年|明年)|"  # 中央提出今年经济增长预期目标
                              # 国务院决定今年安排…, 中央决定将…, 特别是发行…: who decided, or what it stresses
                              r"(?:党中央|中央|国务院)(?:研究)?决定(?:将|要|今年|明年)?|特别是|尤其是|是在|"
                              r"(?:预计|提出)(?=全年|今年|明年)|"
                              # 提出居民消费价格涨幅控制在4%左右，综合考虑了…: the target explained, not things proposed
                              r"提出(?=国内生产总值|居民消费价格|经济增长|城镇|财政赤字|赤字率|粮食)|"
                              r"确保|力争|争取|努力|(?:要|将)?(?:继续|已经|已)(?=[\u4e00-\u9fff]{2})|要(?=[为把对向让使])|结果(?=[\u4e00-\u9fff]{2})|据(?!统计)(?=[\u4e00-\u9fff]{2})|是(?=用于)|(?:要|将)?在(?=(?:近|这|今后|最近)几年|[0-9０-９]{4}年)(?![^，,。；;]*基础上)|"
                              r"、|和|的|与|及(?!时)|并(?!购|网|联|行|重|轨)|共(?!享|建|同|识|治|性|青|有产权)|"
                              r"把(?!握|关)|将(?!近|来)|又(?!好))+")
TIME_PREFIX = re.compile(
    r"^(?:(?:到|至)[0-9０-９]{4}年(?:底|末)?|(?:截止|截至)到?(?:去年|今年|上年|[0-9０-９]{4}年)?(?:底|末)?|全年|今年(?:底|末)?|去年(?:底|末)?|明年|上年(?!结余|结转)(?:底|末)?|"
    r"(?:年底|年末|年内)前|年末|年底|年初|年内|当年|本届以来|"
    r"五年来|过去五年|五年间|五年中(?!央)|五年内|五年里|五年|多年来|(?:近|这|今后|最近)几年(?:来|内|中|里)?|[两二三四六七八九十]年(?:来|以来)|多年(?=累计|共|[来间])|"
    r"(?:今后|未来|此后)的?(?:[两二三四五六七八九十几]|\d)年(?:内|间)?"
    r"|(?:这|近|过去的?)[两二三四六七八九十]年(?:来|间|中(?!央)|里)?|用(?:[两二三四五六七八九十]|\d)年(?:左右)?的?时间|"
    r"[“\"]?[一二三四五六七八九十]{1,3}五[”\"]?(?:时期|期间|以来)|"
    r"[0-9０-９]{4}年(?:末|底|初)?(?:以来)?)")
_ACTS = "|".join(sorted(set(VERBS + INCREASE + DECREASE) | {"发行", "开工建设", "把", "为企业"}, key=len, reverse=True))
# 中央财政将安排…, 要再压减…, 拟发行…, 还要完成…: what a plan will do says nothing of what is measured
# (化学需氧量、氨氮排放量都要减少2%: 都 and 均 give each subject the figure, and stay for that)
MODAL_BEFORE_ACT = re.compile(r"(?:为此)?(?:还要|也要|仍要|要再|将再|还将|也将|拟再|要继续|将继续|继续|已经|(?<![而])已|预计|可以|(?<![许认])可"
                              r"|(?<![公总])共|合计|也"
                              r"|(?<![重主需必只纲摘概首都均])要|(?<![偿归退返])还|(?<![即必都均])将|(?<!草)拟|再)(?=" + _ACTS + ")")
# 中央财政用于“三农”的投入拟安排9884.5亿元: the plan's verb after what it names
PLAN_TAIL = re.compile(r"(?<=投入|支出|资金|赤字|投资|总额|预算|债券|国债|经费)(?:拟|将|要|计划)(?:安排|下达|发行)$")
# 新增的涉税市场主体去年纳税: a time word inside a name dates the figure; it names nothing
# 粮食产量在1953年到1978年间: the span dates the figure; it names nothing
YEARS_INSIDE = re.compile(r"(?<=[\u4e00-\u9fff]{2})在?[0-9０-９]{4}年(?:至|到|—|-)[0-9０-９]{4}年(?:的)?"
                          r"(?:[一二两三四五六七八九十]+年)?(?:间|内|中|里|期间)?")
# (not a base: 上升到今年的, 截止去年底)
TIME_INSIDE = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?<![安完健周整到至从由比较于止])(?:今年|去年|明年|全年|"
                         r"(?<![一二两三四五六七八九十0-9几多半当每])年内)(?=[\u4e00-\u9fff])(?![的底末初同以])")
# A budget's arithmetic (收入加上中央转移支付净补助763.9亿元、上年结余102.1亿元…后): the figure is
# the line added or taken away, not the total it is added to.
BUDGET_ARITHMETIC = re.compile(r"^.*?(?:加上|减去)")
# Money put to a purpose (安排3亿元，支持…; 兜牢“三保”底线，安排81亿元): the verb alone names no
# metric; the purpose, said in the clause before or after, does.
ALLOCATION = re.compile(r"(?:中央|省级|市级|县级|区级|本级|各级|全市|全省|全区|全县|"
                        r"[省市区县][、和][市区县镇乡]两级|[省市区县]{2}两级|两级|[省市区县](?=政府|财政))?"
                        r"(?:政府)?(?:财政)?(?:预算)?(?:累计|共计|合计|共)?(?:将|拟|要)?"
                        r"(?:统筹)?(?:安排|统筹|筹集|筹措|拨付|下达|投入|落实|拿出)(?:财政|专项)?(?:补助|补贴|奖补)?(?:资金)?")
# A phrase of adverbs alone names nothing: 年均增长21.6% is about the metric before it.
ADVERBS_ONLY = re.compile(r"^(?:年均|平均每年|平均|每年|累计|实际|名义|分别|又|再|还|也|已|先|五年|并|均|都|"
                          r"历史性|首次|首度|再次|一举|于[0-9０-９]{4}年|多|增长速度|速度|"
                          r"确保|力争|争取|努力|全年|今年|本年|当年|年内|其中含|内含|含|预计|计划|一次性|折合|约合|[0-9０-９]{4}年?)+$")
# 惠及90%的在校生, 覆盖中西部地区80%以上的农村中小学: the share of the things a scheme reaches
REACH_SHARE = re.compile(r"(?:惠及|覆盖|涉及)[\u4e00-\u9fff]{0,8}")
# Measures of what a unit of output uses or emits (能耗, 用水量, 二氧化碳排放)
PER_UNIT_OF = re.compile(r"^(?:单位|万元|每万元|亿元)(?:国内|地区)?(?:生产总值|GDP|工业增加值)")
INTENSITY = re.compile(r"(?:能耗|水耗|电耗|用水量?|用地|排放量?|消耗)$")
# A part of the year alone (今年上半年又比去年同期增长6%): the figure before's, over that part
SUB_PERIOD = re.compile(r"(?:上|下)半年|(?:第?[一二三四1-4]|前三)季度"
                        r"|(?:[0-9一二三四五六七八九十]{1,3}(?:月份?)?[至到—\-－~～])?[0-9一二三四五六七八九十]{1,3}月份?")
# Verbs that issue policies: a count of articles after them names the policy (稳增长25条).
ISSUED = re.compile(r"(?:及时|先后|相继|制定)?(?:出台|实施|制定|推出|印发|落实|发布)")
# The words that open what money is for (安排219亿元支持…, 70%以上用于民生).
PURPOSE_OPENS = re.compile(r"(?:支持|用于|专项用于)")
SHARE_USED = re.compile(r"用于[^，,；;。、]{1,12}")
# (a unitless count before people: 2.9亿在校学生, 2235万城市居民; not 2000多万门, 7600多万重量箱)
PEOPLE_NOUN = re.compile(r"[\u4e00-\u9fff]{0,6}?" + PEOPLE + r"(?![\u4e00-\u9fff]{0,2}(?:资源|问题|任务))")
BASIS_FROM = re.compile(r"(?:由|从)((?:月|年|季度?|日|每月|每年)(?:销售额|营业额|收入|工资|用电量)|人均|户均)$")
_SPREADS = r"(?:扩大到|扩大至|覆盖到|覆盖|推广到|推广至|延伸到)"
SPREAD = re.compile(r"^([\u4e00-\u9fff]{2,}?)(?:的?范围|面)?(?:要|将)?" + _SPREADS + r"(全市|全省|全区|全县|全国)?$")
BASE_FRAME = re.compile(r"在[^，,。；;在]{0,16}?的?基础上")
PLANNED = re.compile(r"(?<![比较超成])计划(?:为|达到|达|增长|提高|递增|增加|降低|下降|减少|控制在)$")
SPREAD_VERB = re.compile(_SPREADS + r"(?:全市|全省|全区|全县|全国)?$")
# (力争使国民生产总值…翻一番: what the plan makes happen; not 使用率)
MAKES_HAPPEN = re.compile(r"^(?:要|将|力争|努力)?(?:使|让)(?!用|命|馆|者|节|得)(?=[\u4e00-\u9fff]{2})")
# What a figure before it sizes as a bound (18亿亩耕地红线, 生态保护红线, 用水总量上限).
LIMIT_NOUN = re.compile(r"(?:红线|底线|上限|下限|控制线)$")
# The money of things counted just before (…项目245个、年度投资950亿元), not more of the doing.
MONEY_MEASURE = re.compile(r"(?:年度|当年|计划|累计)?(?:总)?(?:投资|投资额|资金|金额|规模|产值)")
# A total's measure (总处理能力, 总装机容量; not 总部企业): no new flow of the things before it.
TOTAL_MEASURE = re.compile(r"总(?!部)[^，,；;、]{0,6}(?:能力|量|数|规模|面积|里程|容量|长度|长)$")
# 约 before the verb of a share or ratio (约占全省的47.7%) approximates the figure.
APPROX_SHARE = re.compile(r"约(?=占|为|是|相当于|有)")
# 是上年增量的3倍, 为五年前的2.4倍: a ratio of the figure before to another
RATIO_TO = re.compile(r"(?:是|为|相当于)[^，,。；;]{1,12}的")
# 比去年多100万人, 较上年少3个: a difference stated against a comparison base.
MORE_THAN = re.compile(r"(?:比|较)[^，,。；;比较]{1,8}?(多|少)$")
# A growth compared with another's names the growth it compares: 进出口总额…增长12%，增幅高于全国
# 8.2个百分点 is the trade total's growth against the country's.
# 居民消费价格涨幅为2.8%，低于预期目标1.2个百分点: the figure before against an aim or another's
AIM_GAP = re.compile(r"(?:比|较)?(?:高于|低于|超过|超出|快于|慢于)(?:年度|预期|调控)?(?:目标|预期|计划)"
                     r"|(?:比|较)(?:年度|预期|调控)?(?:目标|预期|计划)[高低快慢]")
GROWTH_GAP = re.compile(r"(?:增幅|增速|增长率|涨幅|降幅|减幅)(?:分别)?(?:高于|低于|快于|慢于|超过|超出|领先|落后|比)")
# 支出661亿元，下降12%，完成预算的84.8%: the share of its budget the figure before reached
BUDGET_SHARE = re.compile(r"(?:完成|为|达到|占)(?:年初|调整)?预算(?:数)?的?")
SHARE_ONLY = re.compile(r"(?:占|占比|所占比重|比重|占比为|比重为)")
# 总量超过1.4万家 after 新增3000家: the total of the thing just counted
TOTAL_ONLY = re.compile(r"(?:总量|总数|总规模|累计)(?:达到?|超过|突破|为|有)?")
COUNTED_VERBS = re.compile(r"(?:预计|新增|增加|累计|新建|新引进|引进|新设)+$")
PARTICLE_ENDS = ("等", "的", "对", "将", "把", "向", "与", "了", "给", "使", "让")
ORDINAL_ONE = re.compile(r"(?:首|第一|一)[个支只家项批]$")
CLASSIFIERS = CLASSIFIER_UNITS | {"方面"}


@dataclass(frozen=True, slots=True)
class Reading:
    quantity: Quantity
    metric: str
    change: str | None
    approx: str | None = None  # 至少降低30%: an approximator before the change verb


# Approximators that may stand before a change verb rather than before the number.
PRE_CHANGE_APPROX = {"至少": "at_least", "最少": "at_least", "不少于": "at_least",
                     "不低于": "at_least", "最多": "at_most", "不超过": "at_most", "约": "approx"}


def _strip_change(phrase: str) -> tuple[str, str | None]:
    """'国内生产总值增长' → ('国内生产总值', 'increase'); '降到' leaves the level alone."""
    if phrase.endswith("自然增长率"):
        return phrase, None  # 人口自然增长率1.17%: a rate's own name
    for verbs, kind in ((INCREASE + GROWTH_NOUNS, "increase"), (DECREASE + DECLINE_NOUNS, "decrease")):
        for v in sorted(verbs, key=len, reverse=True):
            if phrase.endswith(v):
                # (经济增长8.8%, 经济年均增长6.5%: the economy's growth is named so; 经济 alone names nothing)
                rest = phrase[: -len(v)]
                base = re.sub(r"(?:年均|平均每年|平均|实际|同比|名义)+$", "", rest)
                return (base + v.removeprefix("比上年").removeprefix("同比") if base.endswith("经济") else rest), kind
    return phrase, None


def _drop_time(phrase: str) -> str:
    """全年实现… → 实现…; but 上年结余, 上年结转 keep their time word: without it the noun is
    bare (结余), the time word is part of the name."""
    rest = TIME_PREFIX.sub("", phrase)
    return phrase if rest != phrase and len(rest) <= 2 and not _is_bare_verb(rest) else rest


# (310条河流优良水体比例: the things a rate is taken over are no part of its name)
COUNT_BEFORE = re.compile("^[0-9０-９]+[" + "".join(sorted(CLASSIFIER_UNITS)) + "](?=[\u4e00-\u9fff])")


def _balanced(text: str) -> bool:
    return text.count("（") + text.count("(") == text.count("）") + text.count(")")


def _clean(phrase: str) -> str:
    # (①考虑…后: a footnote's mark; 名单.: a full stop printed as a Latin one)
    phrase = phrase.strip(" \u3000").lstrip("（）()").lstrip("①②③④⑤⑥⑦⑧⑨⑩—–").removesuffix(".")  # (——: a list's dash)
    while phrase.endswith(("）", ")", "（", "(")) and not (phrase.endswith(("）", ")")) and _balanced(phrase)):
        phrase = phrase[:-1].rstrip(" \u3000")  # (a closing bracket of its own stays: 起征点（月销售额）)
    phrase = LEADING_FUNCTION.sub("", phrase)
    phrase = COUNT_BEFORE.sub("", phrase)
    phrase = COMPARISON.sub("", phrase)
    phrase = TRAILING_FUNCTION.sub("", phrase)
    phrase = BUDGET_ARITHMETIC.sub("", phrase)
    phrase = BASE_FRAME.sub("", phrase)  # 粮食总产量在上年大幅度增长的基础上，又增产: the base, no part of it
    # 起征点从月销售额3万元提高到10万元: what the figure is measured in, not where it starts
    phrase = BASIS_FROM.sub(r"（\1）", phrase)
    if phrase.endswith("等后"):
        phrase = phrase[:-1]  # 上年结转等391亿元后,收入总量为…
    phrase = _drop_time(phrase) if len(phrase) > 4 else phrase
    bare = LEADING_FUNCTION.sub("", TIME_INSIDE.sub("", MODAL_BEFORE_ACT.sub("", PLAN_TAIL.sub("", YEARS_INSIDE.sub("", phrase)))))
    bare = MAKES_HAPPEN.sub("", bare)
    phrase = bare if len(bare) >= 2 else phrase
    return "" if ADVERBS_ONLY.fullmatch(phrase) else phrase.strip()


def _leading_verb(phrase: str, within: int = 6) -> str | None:
    """The verb (with any adverb before it) that opens a phrase: '依法选举产生…' → '依法选举产生'."""
    # a verb glued to 值/量/额/率 is a noun: 工业增加值, 新增量, and so is 转移支付
    hits = [(phrase.find(v), -len(v), v) for v in VERBS if 0 <= phrase.find(v) <= within
            and phrase[phrase.find(v) + len(v):][:1] not in ("值", "量", "额", "率")
            and not phrase[phrase.find(v) + len(v):].startswith("支付")]
    if not hits:
        return None
    i, _, v = min(hits)
    # a chain 制定和修订, 建设筹集 is one verb phrase (出台支持…: 支持 opens the object)
    m = re.match(rf"(?:[和及、与](?:{'|'.join(VERBS)})|(?!{'|'.join(OPENS_OBJECT)})(?:{'|'.join(VERBS)}))+",
                 phrase[i + len(v):])
    return phrase[: i + len(v) + (m.end() if m else 0)]


def _is_bare_verb(phrase: str) -> bool:
    # (净下达224亿元: the net of what the verb before did)
    return bool(phrase) and re.fullmatch(rf"净?(?:{'|'.join(VERBS)})+", phrase) is not None


AIM_ONLY = re.compile(r"(?:今年的?|全年)?(?:预期|预定|调控|年度)?目标|预期")


def _subject_is(text: str) -> str:
    """The thing a sentence opens on to say what it is (经济增速是综合性指标): that thing."""
    m = re.match(r"\s*([\u4e00-\u9fffA-Za-z0-9]{2,12}?)(?:是|作为)", text)
    return m.group(1) if m else ""


def _spread(core: str, raw: str) -> re.Match | None:
    """A scheme said to reach the places a share is of (试点范围扩大到全国), its verb read from the words
    as written when the metric's clean-up took it (试点范围扩大到23%的县)."""
    if spread := SPREAD.match(core):
        return spread
    verb = SPREAD_VERB.search(raw.strip())
    if not (verb and core) or SPREAD_VERB.search(core):
        return None
    return SPREAD.match(re.sub(r"(?:扩大|覆盖|推广|延伸)$", "", core) + verb.group())  # (…推广 + 推广到)


def _verb_again(sentence: str, clause_start: int, phrase: str, longest: int = 16) -> str:
    """A bare verb (先发行) said earlier in the sentence with its object: the verb and that object."""
    verb = re.sub(r"^(?:先|再|还|又|也|首批|首期)+", "", phrase)
    if not _is_bare_verb(verb):
        return ""
    earlier = sentence[:clause_start]
    at = earlier.rfind(verb)
    if at < 0:
        return ""
    ends = [i for c in CLAUSE_BREAK if (i := earlier.find(c, at)) >= 0]
    obj = earlier[at + len(verb):min(ends, default=len(earlier))]
    # (发行政府债券支持项目建设, 新建充电桩是重点任务, 培训与就业相结合: the object alone)
    obj = re.sub(r"(?:工作|行动|力度|政策)$", "", re.split(r"是|与|促|支持|用于|提振|带动|推动|相结合", obj)[0])
    return verb + obj if 2 <= len(obj) <= longest and re.fullmatch(r"[\u4e00-\u9fff“”]+", obj) else ""


def _verb_part(lead: str) -> str:
    """A lead shared by a list, up to its last verb: 获批设立深圳理工大学等3所本科院校、1所高职院校 →
    获批设立 for the second item; a qualifier (每平方公里土地产生) is kept whole."""
    if QUALIFIER.search(lead.lstrip("全本我市省区县")):
        return lead
    ends = [m.end() for v in VERBS for m in re.finditer(v, lead)]
    return lead[:max(ends)] if ends else lead


def _subject_of_verb(metric: str) -> str:
    """The subject of a metric that is a subject and a verb (保障性住房开工 → 保障性住房)."""
    verb = re.search(rf"(?:{'|'.join(VERBS)})$", metric)
    if (not verb or verb.start() < 2 or _leading_verb(metric[:verb.start()], within=1)
            or re.match(r"[对把向从在按将为经]|通过|进行", metric) or "进行" in metric):
        return ""  # 对…行政法规进行全面清理: no subject, a verb phrase
    return metric[:verb.start()]


def _clause_end(text: str, start: int = 0) -> int:
    """Where the clause running at `start` ends: its break, or the text's end."""
    return min([i for i in (text.find(c, start) for c in CLAUSE_BREAK) if i >= 0] or [len(text)])


def _noun_to_clause_end(sentence: str, q: Quantity) -> bool:
    """Only a noun follows the figure to its clause's end: no other figure, no verb."""
    end = _clause_end(sentence, q.end)
    rest = sentence[_after_change(sentence, q.end):end]
    # 碧道建设, 堤岸填筑工程: a verb ending the noun names the work
    noun = re.sub(rf"(?:{'|'.join(VERBS)})$", "", rest)
    if re.match(r"(?:用于|用来|以|为|给|向|对|将|把|使|让|和|及|与|并|、)", rest):
        return False  # 安排政府投资337亿元用于…: what the money is for, no noun of it
    return bool(noun) and not re.search(r"\d", rest) and not _has_verb(noun) and not FRAME.search(rest)


# What a change verb before a count may act on instead of the count (提升656公里公交专用道使用效率).
ATTRIBUTE_END = re.compile(r"(?:效率|成本|负担|质量|水平|能力|时间|时长|速度|效益|效能|品质|待遇)$")


def _changes_an_attribute(sentence: str, q: Quantity) -> bool:
    """The figure sizes the things after it and the clause ends on an attribute of theirs: the
    verb changes the attribute. A rate, ratio or sum (提高5个百分点, 增加300亿元) is the change."""
    if q.unit in ("%", "‰", "倍", "个百分点", "元", "美元") or not re.match(r"[\u4e00-\u9fff]", sentence[q.end:q.end + 1]):
        return False
    end = _clause_end(sentence, q.end)
    rest = sentence[q.end:end]
    return bool(ATTRIBUTE_END.search(rest)) and not re.search(r"\d", rest)


def _has_verb(phrase: str) -> bool:
    return any(v in phrase for v in VERBS)


def _ends_with_verb(phrase: str) -> bool:
    return not phrase or phrase.endswith(PARTICLE_ENDS) or phrase.endswith(VERBS)


def read_metrics(sentence: str, quantities: list[Quantity]) -> list[Reading]:
    """Metric and change of each quantity of one sentence (quantities in order)."""
    readings: list[Reading] = []
    prev_end, clause_start = 0, 0
    prev_metric: str | None = None
    list_head: str | None = None  # first metric of the current 、-list, for verb sharing
    took_following = False  # the previous quantity took the noun after it (57件议案)
    following_lead = ""  # the words before that quantity, shared by a list after it
    last_following = ""  # that noun
    parts_of: str | None = None  # the figure 其中 opens the parts of
    share_of = ""  # the things a share before was of (实现政务服务事项80%以上“全市域通办”)
    whole: str | None = None  # the total a breakdown (…7个（市级1个、县级6个）, 其中) splits
    for n, q in enumerate(quantities):
        gap = sentence[prev_end:q.start]
        cut = max((gap.rfind(c) for c in CLAUSE_BREAK), default=-1)
        new_clause = n == 0 or cut >= 0
        raw = gap[cut + 1:] if cut >= 0 else gap
        joiner = max(raw.rfind(j) for j in ("、", "和", "及", "与")) if took_following and cut < 0 else -1
        rest = raw[len(last_following):] if last_following and raw.startswith(last_following) else ""
        if joiner >= 0 and rest.startswith("和") and EXAMPLES_OF_NEXT.search(rest):
            raw = rest  # 4个市政公园和塘朗山、马峦山等3个: the last figure's noun ends before 和
        elif joiner >= 0:
            # 12万人员实现就业、4万劳动力; 1.75亿元的GDP和6000万元的税收: the words before the
            # joiner were the last figure's noun
            raw = raw[joiner:]
        # a breakdown ends where its parenthesis closes (7个（市级1个、县级6个）) or its sentence
        # does; 执业（助理）医师 opens and closes its own
        closes = gap.count("）") + gap.count(")") > gap.count("（") + gap.count("(")
        if closes or any(c in gap for c in "。；;"):
            whole = parts_of = None
        if prev_metric and ("其中" in gap or re.match(r"\s*[（(]", gap)):
            whole = prev_metric
            parts_of = whole if "其中" in gap else None
        raw = re.sub(r"（[^（）]*）|\([^()]*\)", "", raw)
        if "（" in raw or "(" in raw:
            raw = raw[max(raw.rfind("（"), raw.rfind("(")) + 1:]  # 10项法规（其中7项…
        if cut >= 0:
            clause_start = prev_end + cut + 1
        in_list = not new_clause and (raw.strip().startswith(LIST_JOINERS) or not raw.strip())
        cumulative = raw.strip().lstrip("、和及").startswith("累计")  # 新增…16.1万个、累计28.7万个
        phrase = _drop_time(_clean(raw)) if new_clause else _clean(raw)
        if phrase.startswith("在") and FRAME.match(sentence, _after_change(sentence, q.end)):
            phrase = phrase[1:]
        acts_on = False  # the change verb before the figure acts on what follows it
        if GROWTH_GAP.search(phrase) or (q.unit == "‰" and phrase.endswith(GROWTH_NOUNS)):
            change = None  # 增速高于工业增速7个百分点: a gap; 自然增长率-2.4‰: a rate of its own
        elif not (q.unit in ("条", "项", "件") and (ISSUED.match(_drop_time(_clean(raw)))
                                                   or (in_list and ISSUED.match(list_head or "")))):
            # (出台大气质量提升40条、外贸稳增长25条: a change verb inside a policy's name)
            stripped, change = _strip_change(phrase)
            if (change and q.unit in CLASSIFIERS and stripped.endswith(VERBS)
                    and re.match(r"[\u4e00-\u9fff]", sentence[q.end:q.end + 1])):
                change = None  # 新建改造提升40个公园: the last verb of a chain over things counted
            elif change and _changes_an_attribute(sentence, q):
                change, acts_on = None, True  # 提升656公里公交专用道使用效率: the lanes' efficiency rose
            else:
                phrase = stripped
        else:
            change = None
        if change is None and (more := MORE_THAN.search(raw.strip())) and phrase.endswith(("多", "少")):
            # 比去年多100万人: the difference, a change of the figure
            phrase, change = phrase[:-1], "increase" if more.group(1) == "多" else "decrease"
        if change is None:
            change = _change_after(sentence, q.end)
        if phrase.endswith("计划") and PLANNED.search(raw.strip()):
            phrase = phrase[:-2]  # 工农业总产值计划增长21.7%: the plan's figure of the output (a target)
        approx = None
        if change is not None:
            for word, kind in PRE_CHANGE_APPROX.items():
                if phrase.endswith(word):
                    phrase, approx = phrase[: -len(word)], kind
                    break
        if phrase.endswith("、") and _is_bare_verb(phrase[:-1].strip()):
            phrase = ""  # 赤字率拟按4%左右安排、比上年提高1个百分点: the verb closes the figure before
        if re.search(r"约有$", raw.strip()):
            approx = approx or "approx"  # 翘尾影响约有1个百分点
        if near := APPROX_SHARE.search(phrase):
            # 对外直接投资约占全省的47.7%: the approximator stands before the share's verb
            phrase, approx = phrase[:near.start()] + phrase[near.end():], approx or "approx"
        phrase = _clean(phrase)
        if (change is None and in_list and not phrase and readings
                and readings[-1].quantity.unit == q.unit):
            change = readings[-1].change  # 实际增长8.4%和11.4%: the change covers the list

        restated = ""
        prev_took, took_following = took_following, False
        took_before = prev_took
        following = _following_noun(sentence, q, quantities[n + 1:])
        if following and not _bare(THRESHOLD.sub(r"\1", SIZE_CLASS.sub("", following))):
            following = ""  # 1076亿元增加到1562亿元: a change verb, not a noun after the number
        # a qualifier before a list of number-before-noun figures holds for each of them
        # (新建5所学校、3家医院: and so does a verb, over objects with no verb of their own)
        shared_lead = (in_list and not phrase and prev_took and following_lead
                       and (QUALIFIER.search(following_lead.lstrip("全本我市省区县"))
                            or (_ends_with_verb(following_lead) and raw.strip().startswith(LIST_JOINERS)
                                and not _has_verb(last_following)
                                and not _has_verb(following))))
        # 设立首个150亿元的政策性纾困资金: the first of a kind, a verb's object all the same
        core = ORDINAL_ONE.sub("", phrase) if following.startswith("的") else phrase
        if q.unit == "%" and following:
            core = MAKES_HAPPEN.sub("", core)  # 要使全国80%以上的人口地区普及九年义务教育: a share of them
        # 推进深圳河、茅洲河等河湖沿线240公里碧道建设: a length of the project named after it
        sized = (following and q.unit not in ("%", "‰", "倍", "个百分点")
                 and (_leading_verb(core, within=2) or LIMIT_NOUN.search(following))
                 and _noun_to_clause_end(sentence, q))  # (坚决守住18亿亩耕地红线: the line it sizes)
        reached = _leading_verb(core, within=0) if q.unit == "%" and following else None
        if in_list and not phrase and share_of and following and q.unit == "%":
            reached, core = "", share_of  # 实现政务服务事项80%以上“全市域通办”、90%以上“掌上办”
        share_of = ""
        if ((reached in ("实现", "做到", "") and not following.startswith("的"))
                or (q.unit == "%" and following and not change
                    and (following.startswith("的") or sentence[q.end - 2:q.end] in ("以上", "以下"))
                    and not SPEED_OR_AIM.search(following)
                    and (re.fullmatch("(?:全市|全省|全区|全县|全国|本市|我市)?", core) or _spread(core, raw)
                         or REACH_SHARE.fullmatch(core)))):
            # 实现专营公交车100%纯电动化; 95%以上的行政村实现通光纤: a share of the things named
            # with what they do (not 8.5%左右的增速, 13%左右的预期目标)
            metric = core.removeprefix(reached or "") + following.removeprefix("的")
            if spread := _spread(core, raw):  # 将新农保试点范围扩大到全国40%的县: the share it covers
                metric = f"{spread.group(1)}覆盖{spread.group(2) or ''}{following.removeprefix('的')}"
            elif REACH_SHARE.fullmatch(core):  # (…工程已投入80亿元，覆盖…: the scheme the clause before paid for)
                owner = re.sub(r"(?:已经?|共|累计)$", "", _subject_of_verb(readings[-1].metric)) if readings else ""
                metric = owner + core + following.removeprefix("的")
            if not re.search("(?:率|比例|比重|占比)$", metric):
                metric += "比例"
            last_following, took_following, following_lead = following, True, core
            share_of = core.removeprefix(reached or "")
        elif following and (q.unit in CLASSIFIERS or q.unit in ("人次", "件次") or _ends_with_verb(core)
                          or (not q.unit and PEOPLE_NOUN.match(following))  # 我国有2.9亿在校学生: a count of them
                          or (q.unit in ("元", "美元") and ALLOCATION.fullmatch(core)  # 统筹423亿元资金
                              and re.match(r"(?:专项|补助|奖补)?(?:资金|经费)", following))
                          or shared_lead or sized or acts_on
                          or (following.startswith("的") and (sizing := SIZE_WORDS.search(core))
                              and (core[:sizing.start()].strip() or PREDICATE.search(following)))):
            lead = _verb_part(following_lead) if shared_lead else core
            size = SIZE_WORDS.search(lead) if not shared_lead else None
            if size and (following.startswith("的") or sized):
                # 成立注册资本1000亿元的市人才安居集团: the group's capital; 长达3500公里的长江干堤
                noun = following.lstrip("的")
                if not lead[:size.start()].strip() and (verb := PREDICATE.search(noun)):
                    noun = noun[:verb.start()]  # 长达4000公里的西气东输管道全线贯通: the thing, not what it did
                lead, following = lead[:size.start()], noun + SHORT_SIZE.sub("", size.group())
            ends_joined = raw.rstrip().endswith(("、", "和", "及", "与")) and not _ends_with_verb(raw.rstrip())
            if not shared_lead and ends_joined and _leading_verb(core):
                lead = _leading_verb(core)  # 完成年度民生实事、151项重点民生项目: 151 counts the last
            # 每平方公里土地产生1.75亿元的GDP和6000万元的税收
            metric = lead + following.removeprefix("的")
            if q.unit in ("元", "美元") and ALLOCATION.fullmatch(lead):
                # 统筹安排1.65亿元保障县中振兴、“校园餐”…等民生实事项目: the whole purpose, not its first item
                stop = _clause_end(sentence, q.end)
                purpose = _clean(sentence[q.end:stop])
                if "、" in purpose and len(purpose) <= 40 and not any(x.start < stop for x in quantities[n + 1:]):
                    metric = f"{lead}（{purpose}）"
                elif PURPOSE_OPENS.match(purpose) and len(purpose := COUNT_OF.sub("", purpose)) <= 40:
                    metric = f"{lead}（{purpose}）"  # 中央财政安排219亿元支持116户国有企业实施政策性关闭破产
                elif re.fullmatch(r"(?:专项|补助|奖补)?(?:资金|经费)", purpose) and sentence[stop:stop + 1] in "，,":
                    # 中央财政安排423亿元资金，支持十大重点节能工程: the purpose in the clause after the money
                    nxt = sentence[stop + 1:_clause_end(sentence, stop + 1)]
                    if (PURPOSE_OPENS.match(nxt) and len(nxt) <= 40
                            and not any(stop < x.start < stop + 1 + len(nxt) for x in quantities[n + 1:])):
                        metric = f"{lead}{purpose}（{_clean(nxt)}）"
            ends = sentence[q.end + len(following):q.end + len(following) + 1]
            if (not lead and parts_of and readings and readings[-1].quantity.unit == q.unit
                    and not any(following[i:i + 2] in parts_of for i in range(len(following) - 1))
                    and (not ends or ends in CLAUSE_BREAK)):
                # 新推出制度创新举措106项，其中36项全国领先: the part said by what it is, of the whole's things
                verb = _leading_verb(parts_of, within=2)
                metric = following.lstrip("为是") + "的" + (parts_of[len(verb):] if verb else parts_of)
            last_following = following
            took_following, following_lead = True, lead
        elif (not new_clause and prev_took and len(last_following) > 1 and phrase.startswith(last_following)
              and (measure := re.sub(r"(?:均|都|各)$", "", phrase[len(last_following):]))
              and readings[-1].metric.endswith(last_following)):
            # 网络与通信、软件与信息服务、智能网联汽车3个集群规模均突破8000亿元: the things counted
            metric = readings[-1].metric + measure
        elif BUDGET_SHARE.fullmatch(phrase) and prev_metric and q.unit == "%":
            # 支出…，完成预算的84.8%，比上年增长4.1%: the growth after it is the spending's again
            readings.append(Reading(q, prev_metric + phrase.rstrip("的"), change, approx))
            prev_end = q.end
            continue
        elif SHARE_ONLY.fullmatch(phrase) and prev_metric:
            metric = prev_metric + "占比"  # 支出26.81亿元、占14.08%: that figure's share
            phrase = ""
        elif phrase.startswith("占") and prev_metric and not took_before:
            # 增加值…，占GDP比重由28.2%提高到40% (and 投入达到643亿元，是五年前的2.3倍，占GDP的4.02%:
            # the share is of the subject, not of its ratio)
            metric = RATIO_TO.split(prev_metric)[0] + phrase
        elif (TOTAL_ONLY.fullmatch(phrase) or (not phrase and cumulative)) and prev_metric:
            # (五年净增规上工业企业4163家、总数达1.45万家: the total is of the things, not of the flow)
            subject = re.sub(r"^(?:净增|新增|增加|累计)", "", COUNTED_VERBS.sub("", RATIO_TO.split(prev_metric)[0]))
            metric = _leading_verb(subject) and subject[len(_leading_verb(subject)):] or subject
            if prev_took and last_following:
                metric = last_following  # 建成开放人才公园二期等35个公园、总数达1320个: of 公园
            word = re.match(r"总量|总数|总规模", phrase)
            # 新增3000家、总量超过1.4万家
            metric += "累计" if cumulative else word.group() if word else "总量"
            phrase = ""
        elif prev_metric and readings[-1].quantity.unit == q.unit and (basis := _basis(gap, phrase)):
            # …增长18.3%，剔除证券交易印花税因素，增长30.9%: beside the headline figure, the same one
            # on another basis (alone, 226亿元，剔除不可比因素，增长12%, it is the headline's)
            metric = f"{prev_metric}（{basis}）"
        elif PER_HEAD.fullmatch(phrase) and new_clause and (subject := _object_before(sentence, clause_start)):
            metric = subject + phrase  # 连续第7年提高企业退休人员基本养老金，全年人均增加1680元
        elif PER_HEAD.fullmatch(phrase) and new_clause and prev_metric and WHOLE_MEASURE.search(prev_metric):
            # 本市生产总值2860.51亿元，增长17.3%，人均5.39万元: the whole's figure per head
            metric = "人均" + re.sub(r"^(?:实现|完成)?(?:全市|全省|全区|全县|全国|本市|本省|我市|我省)?", "", prev_metric)
        elif prev_metric and SUB_PERIOD.fullmatch(phrase):
            whole = re.sub(f"(?:{SUB_PERIOD.pattern})$", "", prev_metric.split("（")[0]) or prev_metric
            metric = f"{whole}（{phrase}）"  # 增长22%，第四季度增长38%: that part's figure
        elif not phrase and prev_metric:
            # 收入1130.7亿元、增长5.2%: the same metric, now its change; but …，上划中央收入首次
            # 突破千亿，达1180亿元: a clause between them without a figure names another subject
            metric = _clause_between(gap) or prev_metric
        elif ALLOCATION.fullmatch(phrase) and (not following or PURPOSE_OPENS.match(following)) and new_clause:
            purpose = _purpose(sentence, clause_start, q)
            phrase = re.sub(r"(?:将|拟|要)(?=统筹|安排|筹集|拨付|下达|投入|落实)", "", phrase)
            metric = f"{phrase}（{purpose}）" if purpose else phrase
        elif _splits(whole) and LEVEL_ONLY.fullmatch(phrase):
            metric = phrase + _counted(whole)  # 地震台站7个（市级1个、县级6个）: 市级地震台站
        elif parts_of and (new_clause or in_list) and (restated := restate_subject(parts_of, phrase,
                                                                                  listed=in_list)):
            metric = restated
        elif prev_metric and (GROWTH_GAP.match(phrase) or AIM_GAP.match(phrase)
                              or (q.unit == "倍" and RATIO_TO.fullmatch(phrase))):
            metric = prev_metric + phrase  # 新增…2513家，是上年增量的3倍: the figure before's ratio
        elif (prev_metric and new_clause and phrase in GROWTH_NOUNS + DECLINE_NOUNS + ("涨幅",)
              and readings[-1].quantity.unit == "%"):
            # 投资增长25.8%，增幅比一季度回落17.2个百分点: the growth just given, compared
            metric = prev_metric if prev_metric.endswith(phrase) else prev_metric + phrase
        elif prev_metric and (new_clause or in_list) and (sibling := _sibling(phrase, prev_metric)):
            metric = sibling
        elif ((new_clause or in_list) and (_measure_only(phrase) or SIZE_WORDS.fullmatch(phrase))
              and (counted := _outside(sentence, readings, q)) and len(counted.metric) > 3
              and counted.quantity.unit in CLASSIFIERS and not _ends_with_verb(counted.metric)
              and re.search(r"[\u4e00-\u9fff]$", counted.metric)
              and ((counted.metric.endswith("数") and _measure_only(phrase)) or SIZE_WORDS.fullmatch(phrase))):
            # 民办学校数210所，在校学生26723人: the schools' students; 基金10只、规模500亿元: their size
            metric = counted.metric.removesuffix("数") + phrase
        elif prev_metric and new_clause and (parallel := _parallel(phrase, [r.metric for r in readings])):
            metric = parallel
        elif prev_metric and _is_bare_verb(phrase) and phrase in prev_metric[:-len(phrase)]:
            # 计划到2020年完成1600个城中村综合治理，今年完成600个: the verb repeated, with its object
            metric = prev_metric[prev_metric.rindex(phrase, 0, len(prev_metric) - len(phrase)):]
        elif prev_metric and _is_bare_verb(phrase) and (subject := _subject_of_verb(prev_metric)):
            metric = subject + phrase  # 保障性住房开工1.7万套、竣工2.21万套: the subject is shared
        elif prev_metric and _is_bare_verb(phrase):
            head = _leading_verb(prev_metric)
            obj = prev_metric[len(head):] if head else ""
            if (not head and readings[-1].quantity.unit == q.unit and len(prev_metric) > 2
                    and not _has_verb(prev_metric)):
                # 上市企业达306家，五年新增113家: more of the things just counted
                obj = re.sub(r"^(?:全市|全省|全区|全县|全国|本市|我市)", "", prev_metric)
            metric = phrase + obj  # 制定地方性法规10件，修改33件次: the verb takes the object
        elif not prev_metric and new_clause and (again := _verb_again(sentence, clause_start, phrase)):
            metric = again  # 拟连续几年发行超长期特别国债，…，今年先发行1万亿元: the verb's object before
        elif made := _made_before(sentence, gap, cut, phrase, q, readings, prev_metric):
            metric = made + phrase  # 五年新建垃圾转运站423座，公厕403个: 新建公厕
        else:
            metric = phrase
        if new_clause and parts_of and not restated and "其中" not in gap:
            parts_of = None  # the parts end where a clause names none of them
        if (in_list or (phrase in RELATING and not took_following)) and prev_metric and phrase.startswith(RELATING):
            # 重点绩效评价24项、涉及金额409亿元: what the thing before involves (and 发放消费券15.6万张，
            # 惠及4.8万人次: whom it reached, in a clause of its own)
            head = _leading_verb(prev_metric)
            metric = prev_metric[len(head):] + phrase if head else prev_metric + phrase
        elif ((phrase in REACHED_BY or metric in REACHED_BY) and new_clause and not prev_metric
              and (done := _done_before(sentence, clause_start)) and not re.search(r"(?:力度|水平|范围)$", done)):
            metric = done + metric  # 向困难群众发放一次性生活补助，惠及1100多万人: the aid reached them
            # (…发放价格补贴，约6700万人受益; 推出“深圳惠民保”，理赔超3万人次: those it reached, what it paid)
        elif in_list and list_head and phrase and not _leading_verb(phrase, within=1):
            head = _leading_verb(list_head)
            obj = list_head[len(head):] if head else ""
            # 更新供应土地2.2平方公里、整备释放土地11平方公里: the item's own verb before the same object
            own = phrase[:-len(obj)] if obj and phrase.endswith(obj) else ""
            own_verb = len(own) >= 4 or _has_verb(own)
            # (新增处理能力62.8万吨/日、总处理能力721.3万吨/日: a total is no new flow)
            money_of_things = (q.unit in ("元", "美元") and readings[-1].quantity.unit in CLASSIFIERS
                               and MONEY_MEASURE.fullmatch(phrase) and not took_before)
            if money_of_things and obj:
                # 实施补短板项目245个、年度投资950亿元: the projects' investment (新增…基金10只、规模: the new ones')
                metric = (head if MAKING.match(head) or len(obj) <= 3 else "") + obj + phrase
            elif (head and obj and not own_verb and not metric.startswith(head)
                    and not (head in ("新增", "净增") and TOTAL_MEASURE.match(phrase))):
                metric = head + metric  # 开展执法检查22次、专题询问9次: the verb is shared
        if in_list and list_head and metric == phrase and not QUALIFIER.match(phrase):
            # 万元GDP能耗下降4.2%、水耗下降10.3%: a measure of the same kind has the same qualifier
            qual = QUALIFIER.match(re.sub(r"^(?:预计|全市|全省|全区|全县|全国)+", "", list_head))
            # (单位国内生产总值能耗下降8.1%、二氧化碳排放下降14.1%: what is used or emitted per unit)
            if qual and ((len(phrase) <= 4 and phrase[-1] == list_head[-1])
                         or (PER_UNIT_OF.search(list_head) and INTENSITY.search(phrase))):
                metric = qual.group() + metric
        if new_clause and phrase:
            list_head = metric
        if not metric:
            metric = (_bare(sentence[clause_start:q.start]) or prev_metric
                      or _subject_before(sentence, clause_start))
        if AIM_ONLY.fullmatch(metric) and (subject := prev_metric or _subject_is(sentence[:clause_start])):
            # 广义货币M2增长11.3%，低于13%左右的预期目标; 经济增速是综合性指标，今年预期目标设定为6%以上
            metric = subject
        if (q.unit == "%" and change is None and metric and (use := SHARE_USED.match(sentence, q.end))
                and "用于" not in metric):
            metric += f"{use.group()}的比重"  # 全国财政支出70%以上用于民生: the share so used, no growth
        readings.append(Reading(q, metric, change, approx))
        if metric:
            prev_metric = metric
        prev_end = q.end
    return _items_of(sentence, _distribute(sentence, _milestones(sentence, readings)))


# 一般公共预算支出主要情况是：一般公共服务16.2亿元，公共安全13.2亿元: items of the spending opened
# before them, named by their function alone
ITEMS_OPENED = re.compile(r"(支出|收入)(?:预算)?(?:安排)?的?(?:主要情况|主要项目|具体情况|主要构成|构成)?"
                          r"(?:是|为|包括|主要有|有)[:：]")
# A measure complete in itself (国内生产总值和城乡居民人均收入: no 收入 of the GDP)
WHOLE_MEASURE = re.compile(r"(?:生产总值|GDP|增加值|总额|总量|产量)$")
MEASURED = re.compile(r"(?:支出|收入|资金|补助|经费|费用|投入|投资|外资|基金|款)$")


def _items_of(sentence: str, readings: list[Reading]) -> list[Reading]:
    opened = ITEMS_OPENED.search(sentence)
    if not opened:
        return readings
    return [Reading(r.quantity, r.metric + opened.group(1), r.change, r.approx)
            if r.quantity.start > opened.end() and r.quantity.unit in ("元", "美元") and r.metric
            and not MEASURED.search(r.metric) and not SHARED_HEAD.search(r.metric) else r
            for r in readings]


# 连续跨越3000、4000亿元台阶, 实现了2000、3000亿元的跨越: levels passed on the way, not figures
MILESTONE = re.compile(r"(?:亿元|万元|元)?的?(?:跨越|台阶|大关)")
MILESTONE_VERB = re.compile(r"(?:连续|先后|相继|接连|一举)?(?:实现了?|跨越了?|迈上了?|突破了?|跃上了?|登上了?)?$")


def _milestones(sentence: str, readings: list[Reading]) -> list[Reading]:
    """Levels a figure passed (连续跨越3000、4000亿元台阶) before the level it reached in the same
    sentence (达到4926.9亿元) are no figures of their own; the level reached is of their subject."""
    passed: list[int] = []
    for k, r in enumerate(readings):
        q = r.quantity
        if MILESTONE.match(sentence, q.end):
            group = [k]  # 3000、4000亿元: the figures listed before share the milestone
            while group[0] > 0 and sentence[readings[group[0] - 1].quantity.end:
                                             readings[group[0]].quantity.start] in ("、", "和", "及"):
                group.insert(0, group[0] - 1)
            passed += group
    if not passed:
        return readings
    last = max(passed)
    later = [k for k in range(last + 1, len(readings))
             if readings[k].quantity.unit == readings[last].quantity.unit]
    if not later:
        # 迈上2200亿元台阶 alone: the level reached, at least that much, without the verb
        named = {readings[k].metric: MILESTONE_VERB.sub("", readings[k].metric) or readings[k].metric
                 for k in passed}
        return [Reading(r.quantity, named.get(r.metric, r.metric), r.change,
                        (r.approx or "at_least") if k in passed else r.approx)
                for k, r in enumerate(readings)]
    subject = MILESTONE_VERB.sub("", readings[passed[0]].metric)
    if not subject and passed[0] > 0:
        subject = readings[passed[0] - 1].metric  # 本市生产总值翻了一番多，连续实现了2000、3000亿元的跨越
    out = []
    for k, r in enumerate(readings):
        if k in passed:
            continue
        inherited = r.metric in {readings[i].metric for i in passed}
        if k in later[:1] and subject and (not r.metric or inherited or MILESTONE.match(r.metric)):
            r = Reading(r.quantity, subject, r.change, r.approx)
        out.append(r)
    return out


# A和B实际增长8.4%和11.4% (no 分别): as many subjects as figures joined by 和/、 pair up too.
PAIRED_CHANGE = re.compile(
    r"([^，,；;：:。]+?(?:和|、|及|与)[^，,；;：:。]+?)((?:实际|名义|同比|年均|平均)*"
    r"(?:增长|下降|提高|降低|减少|增加|上升|回落)了?)(?=\d)")


# …分别为4050亿元、10176亿元，增长88%、108%: a clause of changes alone, no subject, pairs with
# the subjects of the sentence's last 分别 (the match's first group is empty on purpose).
BARE_CHANGE_LIST = re.compile(r"(?<=[，,；;])()((?:比上年|较上年|比去年|减为|转为|变为)?(?:平均每年|年均)?(?:同比|实际|名义)?"
                              r"(?:增长|下降|提高|降低|减少|增加)了?)"
                              r"(?=\d)")


# Qualifiers that make a figure per unit of something: a list's first subject lends its
# qualifier to the bare nouns after it (万元GDP能耗、水耗 → 万元GDP水耗).
QUALIFIER = re.compile(
    r"^(?:每(?:平方公里|平方米|公顷|亩|万人|千人|百人|人|户)(?:土地|人口)?"
    r"|(?:万元|亿元|单位)(?:GDP|国内生产总值|地区生产总值|生产总值|工业增加值)|人均|户均)")
SUBJECTS_SPLIT = re.compile(r"和|、|及|与")
# A、B均超过1万亿元: each subject reached the one figure.
EACH = re.compile(r"([^，,；;：:。]+?(?:和|、|及|与)[^，,；;：:。]+?)(?:均|都)(?:要|将|需|应)?$")


# Head nouns a list's last subject may share with the bare items before it: 集成电路、工业机器人、
# 智能手机产量 are three outputs; 化学需氧量、氨氮排放量 two emissions.
_KINDS = r"(?:产业集群|产业|行业)?"
_MEASURES = (r"产量|排放量|排放总量|总量|增加值|产值|投资额?|(?:运营|通车|营运)?里程|"
             r"(?:营业|主营业务|保费)?收入|利润总额|利润|支出|(?:参保|就业)?人数|面积|排放|"
             r"消费量|零售额|销售额|营业额|进出口额?|出口额?|进口额?|用电量|吞吐量|装机容量|增速|"
             r"(?:人均)?(?:财政)?补助标准|"
             r"(?:就业|参保|覆盖|达标|处理|利用|回收|普及|入学|办结|满意)率")
SHARED_HEAD = re.compile(f"{_KINDS}(?:{_MEASURES})$")
# A share a list's last item ends on is each item's (工业投资、房地产投资占比; 学位、床位占全市比重;
# 高新技术、金融、文化产业增加值占GDP的比重), with the measure before 占 unless an item names its own.
SHARE_HEAD = re.compile(f"{_KINDS}(?:{_MEASURES})?" r"(?P<share>占[^、，,；;]{1,12}?的?(?:比重|比例)|占比|比重)$")


SPENDER_LEAD = re.compile(r"^[^、，,]{1,10}?(?:用于|投向|投入)")


# (not 化学需氧量: a substance's name, whose measure the list's head gives)
OWN_MEASURE = re.compile(r"(?:数量|[售产用运]量|余额|数|率|额)$")


def _subjects(text: str, n: int | None = None) -> list[str]:
    """The subjects of a list; with `n` figures to pair, a split on 、 alone is tried first
    (人工智能、机器人、低空与空天产业集群: 与 joins inside an item)."""
    cleaned = _unshorten(_clean(text))
    subjects = [s for s in cleaned.split("、") if s]
    if n is None or len(subjects) != n:
        subjects = [s for s in SUBJECTS_SPLIT.split(cleaned) if s]
    qualified = bool(subjects) and QUALIFIER.match(subjects[0])
    if len(subjects) > 1 and subjects[0].startswith("第"):
        # 第二、三产业增加值: the later ordinals drop their 第
        subjects[1:] = ["第" + s if re.match("[一二三四五六七八九十]", s) else s for s in subjects[1:]]
    if len(subjects) > 1 and (tail := _shared_tail(subjects)):
        return [s + tail for s in subjects[:-1]] + subjects[-1:]
    share = SHARE_HEAD.search(subjects[-1]) if len(subjects) > 1 and not qualified else None
    if share and len(subjects[-1]) > len(share.group()):
        subjects[:-1] = [s + (share.group("share") if SHARED_HEAD.search(s) or MEASURED.search(s) else share.group())
                         for s in subjects[:-1]]
        return subjects
    head = SHARED_HEAD.search(subjects[-1]) if len(subjects) > 1 and not qualified else None
    if head and len(subjects[-1]) > len(head.group()):
        # (第二产业和第三产业增加值: an item that ends on the head's kind word takes only the rest)
        kind = re.match(r"产业集群|产业|行业", head.group())
        # (数量、借贷余额、出借人数: items that end on a measure of their own take none)
        subjects[:-1] = [s if SHARED_HEAD.search(s) or MEASURED.search(s) or WHOLE_MEASURE.search(s)
                         or OWN_MEASURE.search(s) else s + head.group()[kind.end():]
                         if kind and s.endswith(kind.group()) else s + head.group() for s in subjects[:-1]]
    lead = SPENDER_LEAD.match(subjects[0]) if len(subjects) > 1 else None
    if lead and len(subjects[0]) > lead.end() and not any(SPENDER_LEAD.match(x) for x in subjects[1:]):
        # 中央财政用于科技、教育、卫生和文化事业的支出: the spender and its 用于 lead each item
        subjects[1:] = [lead.group() + x for x in subjects[1:]]
    if len(subjects) > 1 and (owner := _owner(subjects[0])):
        # 户籍人口出生率、自然增长率; 在营P2P网贷机构数量、借贷余额: the owner's measures, each
        subjects[1:] = [owner + s if s in OWNED else s for s in subjects[1:]]
    qual = QUALIFIER.match(subjects[0]) if subjects else None
    if qual:
        subjects[1:] = [s if QUALIFIER.match(s) or len(s) > 8 else qual.group() + s
                        for s in subjects[1:]]
    elif subjects:
        # 市本级一般公共预算总收入和总支出: a short head like the first one's takes its modifier
        first = subjects[0]
        for k, sub in enumerate(subjects[1:], 1):
            head = first[-len(sub):]
            if (len(sub) <= 3 and len(first) > len(sub) + 1 and head != sub
                    and head[0] == sub[0]):
                subjects[k] = first[:-len(sub)] + sub
    return subjects


def _owner(subject: str) -> str:
    """户籍人口出生率 → 户籍人口: what a subject ending on a measure of its own is a measure of."""
    measure = next((m for m in OWNED if subject.endswith(m) and len(subject) - len(m) >= 2), "")
    return _clean(subject[:-len(measure)]).removesuffix("的") if measure else ""


def _shared_tail(subjects: list[str]) -> str:
    """城镇、农村居民人均可支配收入; 工业、农业增加值; 水、电、气价格: items as long as the word that
    opens the last one, of its class (a category, a like ending, one character), share the rest."""
    n = len(subjects[0])
    last = subjects[-1]
    ordinal = re.compile("第[一二三四五六七八九十](?:产业)?")  # 第一、第二、第三产业; 第一产业、第二产业…
    if (n > (4 if ordinal.fullmatch(subjects[0]) else 3) or len(last) <= n
            or not all(len(s) == n for s in subjects[:-1])):
        return ""
    alike = all(n == 1 or (CATEGORY.fullmatch(s) and CATEGORY.fullmatch(last[:n])) or s[-1] == last[n - 1]
                or (ordinal.fullmatch(s) and ordinal.fullmatch(last[:n])) for s in subjects[:-1])
    cjk = all(re.fullmatch(r"[\u4e00-\u9fff]+", s) for s in (*subjects[:-1], last[:n]))
    return last[n:] if alike and cjk else ""


def _sides(subject: str) -> list[str]:
    """存贷款余额 → [存款余额, 贷款余额]: a paired word's two sides, each with the words around it."""
    for word, sides in PAIRED.items():
        at = subject.find(word)
        if at >= 0:
            return [subject[:at] + side + subject[at + len(word):] for side in sides]
    return []


def _one_figure_each(sentence: str, r: Reading, readings: list[Reading]) -> bool:
    """A list of subjects, then 分别 and one figure alone in its clause: each subject's."""
    q = r.quantity
    before = sentence[max(0, q.start - 12):q.start]
    clause_end = _clause_end(sentence, q.end)
    alone = sum(1 for x in readings if q.start <= x.quantity.start < clause_end and x.quantity is not q) == 0
    return (bool(re.search(r"分别(?:比上年|同比)?(?:增长|下降|提高|降低|减少|增加|达到|为)?$", before)) and alone
            and bool(re.search(r"[、和与及]", r.metric)))


def _distribute(sentence: str, readings: list[Reading]) -> list[Reading]:
    """A和B分别增长X和Y: the n subjects before 分别 take the n quantities after it, in order;
    A、B均超过X gives each subject the figure."""
    out: list[Reading] = []
    for r in readings:
        m = EACH.fullmatch(r.metric)
        if not m and (_one_figure_each(sentence, r, readings)
                      # 国内生产总值和城乡居民人均收入比2010年翻一番: a doubling of each
                      or (re.match(r"(?:接近|将近|近)?翻", sentence[r.quantity.start:]) and re.search(r"[、和与]", r.metric)
                          # (not 研究与试验发展经费, 文化和旅游产业增加值: one measure of a joint name)
                          and _a_measure(re.split(r"[、和与]", r.metric)[0]))):
            m = re.fullmatch(r"(.+)()", r.metric)  # 化学需氧量、氨氮排放量要分别下降2%: the one figure each
        subjects = _subjects(m.group(1)) if m else []
        if len(subjects) < 2:
            out.append(r)
            continue
        out.extend(Reading(r.quantity, subject, r.change, r.approx) for subject in subjects)
    out = _respectively(sentence, _shared_approx(sentence, out))
    return _shared_predicate(sentence, _pairs(sentence, out))


def _a_measure(text: str) -> bool:
    """Words that name a measure by themselves (国内生产总值, 进出口总额), not half of a joint name."""
    return bool(WHOLE_MEASURE.search(text) or MEASURED.search(text) or re.search(r"(?:率|额|量|数|指数)$", text))


def _shared_predicate(sentence: str, readings: list[Reading]) -> list[Reading]:
    """159个黑臭水体和1467个小微黑臭水体全面消除黑臭: counted things joined by 和 share what the last
    of them does."""
    out = list(readings)
    for k in range(len(out) - 1, 0, -1):
        prev, cur = out[k - 1], out[k]
        gap = sentence[prev.quantity.end:cur.quantity.start]
        at = cur.metric.rfind(prev.metric) if len(prev.metric) > 1 else -1
        rest = cur.metric[at + len(prev.metric):] if at >= 0 else ""
        if (rest and _has_verb(rest) and gap[-1:] in LIST_JOINERS and gap[:-1] == prev.metric
                and prev.quantity.unit == cur.quantity.unit):
            out[k - 1] = Reading(prev.quantity, prev.metric + rest, prev.change, prev.approx)
    return out


QUOTED_LIST = re.compile(r"^(.*?)((?:“[^“”]+”、?)+“[^“”]+”)(.*)$")
EXAMPLES_LIST = re.compile(r"^(.*?)((?:[^、，。等]{2,8}、)+[^、，。等]{2,8})等(.+)$")
# 从A和B中统筹安排4.5亿元和0.97亿元: two sources, one figure from each
SOURCES_PAIR = re.compile(r"^(.*?从)([^和从中]{2,}?)和([^和从中]{2,}?)(中.+)$")


def _things(metric: str, n: int, measured: bool = False) -> list[str]:
    """The n things one metric names when it is a list of them: quoted names (引进“珠江人才计划”、
    “孔雀计划”创新团队), two sources (从A和B中安排), or a paired word with its first side cut short
    (存、贷款余额 = 存贷款余额). `measured`: each figure is a measure of its own thing, so listed
    examples of a class (粮食、棉花等主要农产品产量) take the measure alone."""
    if m := QUOTED_LIST.match(metric):
        names = re.findall("“[^“”]+”", m.group(2))
        return [m.group(1) + name + m.group(3) for name in names] if len(names) == n else []
    if (m := EXAMPLES_LIST.match(metric)) and len(items := m.group(2).split("、")) == n:
        rest = m.group(3)  # 社保就业、教育、卫生健康等领域支出
        head = SHARED_HEAD.search(rest) if measured else None
        kind = rest[:head.start()] if head else ""
        # (质检、信用、广告等服务业营收: a trade the items are kinds of stays with them)
        if kind and not (kind.endswith("业") and not any(i.endswith("业") for i in items)):
            rest = head.group()
        return [m.group(1) + item + rest for item in items]
    if n == 2 and (m := SOURCES_PAIR.match(metric)):
        return [m.group(1) + m.group(2) + m.group(4), m.group(1) + m.group(3) + m.group(4)]
    whole = _unshorten(metric)
    return _sides(whole) if whole != metric and n == 2 else []


def _unshorten(text: str) -> str:
    """存、贷款 → 存贷款, 进、出口 → 进出口: a paired word with its first side cut short."""
    for word in PAIRED_WORDS:
        text = text.replace(word[0] + "、" + word[1:], word)
    return text


def _pairs(sentence: str, readings: list[Reading]) -> list[Reading]:
    """n things named as one list and n figures joined by 和 or 、 pair in order, with 分别 or
    without it: 金融机构本外币存、贷款余额达到1.84万亿元和1.48万亿元 → 存款余额 1.84万亿元."""
    out = list(readings)
    k = 0
    while k < len(out):
        group = [k]
        while (group[-1] + 1 < len(out) and out[group[-1] + 1].metric == out[k].metric
               and sentence[out[group[-1]].quantity.end:out[group[-1] + 1].quantity.start] in LIST_JOINERS):
            group.append(group[-1] + 1)
        things = _things(out[k].metric, len(group)) if len(group) > 1 else []
        for j, thing in zip(group, things, strict=False):
            out[j] = Reading(out[j].quantity, thing, out[j].change, out[j].approx)
        k = group[-1] + 1
    return out


# The gap between two figures of one 分别 list: a joiner, or a joiner and the next one's own verb.
OWN_VERB_GAP = re.compile("(?:和|、|及|与)?(?:" + "|".join(sorted(INCREASE + DECREASE, key=len, reverse=True))
                          + ")?")


def _respectively(sentence: str, readings: list[Reading]) -> list[Reading]:
    """The n subjects before 分别 take the n quantities after it. A 分别 whose clause names no
    subject (…地方一般公共预算收入2727.1亿元，分别增长30.4%和30.9%; 五年分别下降19.3%、23.2%) pairs
    with the subjects of the sentence's last 分别, or else with the n figures stated before it."""
    out = list(readings)
    last_subjects: list[str] = []
    for m in [*re.finditer(r"([^，,；;：:。]*?)分别((?:(?:较|比)\d{4}年(?:末|底)?)?[^，,；;：:。\d]{0,8}?)"
                           r"(?=[\d零一二两三四五六七八九十百])", sentence),
              *re.finditer(PAIRED_CHANGE, sentence), *re.finditer(BARE_CHANGE_LIST, sentence)]:
        subjects = _subjects(m.group(1))
        paired = _sides(subjects[0]) if len(subjects) == 1 else []
        subjects = paired or subjects
        if len(subjects) >= 2:
            last_subjects, stated = subjects, last_subjects
        else:
            stated = last_subjects
        idx = [k for k, r in enumerate(out) if r.quantity.start >= m.end()]
        group = []
        for k in idx:
            gap = sentence[(out[group[-1]].quantity.end if group else m.end()):out[k].quantity.start]
            if group and (not OWN_VERB_GAP.fullmatch(gap) or out[k].quantity is out[group[-1]].quantity):
                break  # (one figure already given to each of its subjects is no pair of figures)
            if not group and gap:
                break
            group.append(k)
        if len(group) < 2:
            continue
        # “i深圳”“深i企”注册用户分别超过…, 质检、信用、广告等服务业营收分别增长…: things named
        # in quotes or as examples share the words around them
        if things := _things(_clean(m.group(1)), len(group), measured=True) if not paired else []:
            subjects = things
        elif len(subjects) >= 2 and not paired:
            subjects = _subjects(m.group(1), len(group))
        if len(subjects) < 2 and not _clean(m.group(1)):
            if len(stated) == len(group):
                subjects = stated
            else:
                before = [r.metric for r in out[:group[0]]][-len(group):]
                if len(before) == len(group) and len(set(before)) == len(before) and all(before):
                    subjects = before
                else:  # A、B、C和D跃上新台阶，分别为…: the clause before names them
                    head = sentence[:m.start()].rstrip("，, ")
                    clause = head[max((head.rfind(c) for c in CLAUSE_BREAK), default=-1) + 1:]
                    if not re.search(r"\d", clause):
                        subjects = _subjects(clause, len(group))
                        subjects = (_sides(subjects[0]) if len(subjects) == 1 else []) or subjects
        elif len(subjects) == 1 and not paired and not things:
            # 大力发展战略性新兴产业和未来产业，产业规模分别达到2.3万亿元和4000亿元: the things are
            # the clause before's, the words after 分别 their measure
            subjects = _measured_items(sentence[:m.start()], subjects[0], len(group)) or subjects
        if len(subjects) != len(group):
            continue
        # 重点民生领域支出增长13.5%，其中教育、医疗卫生…分别增长: parts of the whole's measure
        before_parts = [r for r in out[:group[0]] if r.quantity.end <= m.start()]
        if before_parts and "其中" in sentence[before_parts[-1].quantity.end:m.end()] and len(subjects) > 1:
            whole_head = SHARED_HEAD.search(before_parts[-1].metric)
            measure = re.sub(r"^(?:产业集群|产业|行业)", "", whole_head.group()) if whole_head else ""
            if measure:
                subjects = [x if SHARED_HEAD.search(x) or MEASURED.search(x) else x + measure for x in subjects]
        words = _clean(m.group(2))
        _, change = _strip_change(words)
        # 分别占全国14.8%、24.1%: each subject's share of what 占 names
        share = words + ("" if words.endswith("比重") else "比重") if words.startswith("占") and len(words) > 1 else ""
        rest, _ = _strip_change(words)
        if not share and _leading_verb(rest, within=0) and len(rest) > len(_leading_verb(rest, within=0)):
            share = rest  # 煤炭、电解铝分别淘汰落后生产能力1.1亿吨和120万吨: what each did, with its object
        elif (not share and change is None and re.fullmatch(r"(?![比较为是占])[\u4e00-\u9fff]{2,4}", rest)
              and not any(rest in x for x in subjects)):  # (…产能1亿吨，今年力争分别淘汰: said with them)
            # 二氧化硫、氨氮分别累计减排5100吨和3600吨: what each did, the verb alone
            share = ("累计" if m.group(2).startswith("累计") and not rest.startswith("累计") else "") + rest
        for k, subject in zip(group, subjects, strict=True):
            # 分别较2020年提升11.9个百分点、下降16.5个百分点: a figure with a verb of its own keeps it
            own = k != group[0] and sentence[out[k - 1].quantity.end:out[k].quantity.start] not in LIST_JOINERS
            out[k] = Reading(out[k].quantity, subject + share, out[k].change if own else change, out[k].approx)
    return out


DEVELOPS = re.compile(r"^(?:大力|加快|积极|着力|重点|继续|加速)?(?:发展|培育|壮大|打造|推动|支持)")


def _measured_items(head: str, measure: str, n: int) -> list[str]:
    """The n things the clause before a measure names (…战略性新兴产业和未来产业，产业规模 →
    战略性新兴产业规模, 未来产业规模), the measure's first word dropped where each ends on it."""
    head = head.rstrip("，, ")
    clause = head[max(head.rfind(c) for c in CLAUSE_BREAK) + 1:]
    if re.search(r"[0-9０-９]", clause):
        return []
    items = _subjects(DEVELOPS.sub("", clause), n)
    shared = next((measure[:i] for i in range(len(measure) - 1, 0, -1)
                   if all(x.endswith(measure[:i]) for x in items)), "")
    if len(items) != n or not (shared or _measure_only(measure)):
        return []
    return [x + measure[len(shared):] for x in items]


def _shared_approx(sentence: str, readings: list[Reading]) -> list[Reading]:
    """超过1600万、180万: an approximator before the first of bare figures joined by 、 or 和
    holds for each of them."""
    out = list(readings)
    shared = None
    for k in range(1, len(out)):
        prev, q = out[k - 1].quantity, out[k].quantity
        pre = shared or next((a for w, a in PRE_APPROX.items()
                              if sentence.startswith(w, prev.start) and prev.approx == a), None)
        shared = None
        if (pre and q.approx is None and out[k].approx is None
                and q.unit == prev.unit and sentence[prev.end:q.start] in LIST_JOINERS):
            out[k] = Reading(q, out[k].metric, out[k].change, pre)
            shared = pre
    return out


# A part named by its level alone, in a breakdown of a total: （国家级1个、省级3个）, 其中，其他1357人.
LEVEL_ONLY = re.compile(r"(?:国家|省|市|县|区县|区|乡镇|乡|镇|村|部|中央|市本|省本|县本|本|"
                        r"[一二三四五六七八九十])级|其他|其它|其余")
_HOLDING = re.compile(r"^(?:全市|全省|全区|全县|全国|本市|我市)?(?:共有|拥有|现有|建成|共|有)?"
                      r"(?:(?:国家|省|市|县)级(?:及)?以上)?")


STOCK = re.compile(r"限额|余额|保有量|申请量|授权量")  # what a stock of things is measured by
FLOW = re.compile(r"本年|当年|全年|新增|新")


PEOPLE_PART = re.compile(PEOPLE + "$")  # 其中，职工…、离退休人员…: people of a count of them


def restate_subject(whole: str, part: str, listed: bool = False) -> str:
    """A part that opens on a word of its whole's measure leaves out the whole's subject:
    城镇职工基本养老保险参保人数…，其中，参保在职职工67.03万人 → 城镇职工基本养老保险参保在职职工;
    one of the kind the whole's verb acts on leaves out the verb (整备土地13平方公里，其中较大连片
    土地5.4平方公里 → 整备较大连片土地); one that ends on 的 leaves out the whole (高新技术产品产值…，
    其中具有自主知识产权的达61% → 具有自主知识产权的高新技术产品产值). '' when the part is no such
    restatement."""
    stock = STOCK.search(whole)
    if stock and stock.end() == len(whole) and part.endswith(stock.group()) and len(part) > len(stock.group()):
        part = part[:-len(stock.group())]  # 新增债务限额…，其中，一般债务限额214亿元: the same limit's kind
    if (whole.endswith("人数") and PEOPLE_PART.search(part) and len(part) <= 6 and not FLOW.match(part)
            and not whole[:-2].endswith(part[:2])):
        return whole[:-2] + part  # 基本养老保险参保人数…。其中，职工21.00万人 → 基本养老保险参保职工
    for n in (3, 2):
        # 地方政府债务限额287亿元，其中一般债务95.3亿元、专项债务…: a kind of the whole's noun, and
        # its limit (本年新注册汽车 are no kind of the cars held: a flow, not a part of the stock)
        at = whole.find(part[-n:])
        if (len(part) > n and at > 0 and STOCK.fullmatch(whole[at + n:])
                and not _leading_verb(part, within=0) and not FLOW.match(part)):
            return whole[:at] + part + whole[at + n:]
    at = whole.find(part[-1:], 1)
    if (2 <= len(part) <= 3 and at > 0 and not _has_verb(part) and part[-1] != whole[at - 1]
            and re.fullmatch(f"(?:{_MEASURES})", whole[at + 1:])):
        # 新增发电装机容量4.45亿千瓦，其中水电9601万千瓦: a kind of the whole's 发电, with its measure
        return whole[:at - 1] + part + whole[at + 1:]
    for noun in KINDED:
        # 市级对区县转移支付预算安排1705亿元。其中,一般性转移支付1601亿元: a kind of the whole's noun,
        # with the whole's subject and measure (债务余额…。其中，一般债务 → …一般债务余额)
        kind = part.removesuffix(noun)
        at = whole.find(noun)
        if kind != part and kind and at >= 2 and len(kind) <= 4 and kind not in whole and not _has_verb(kind):
            return whole[:at] + part + whole[at + len(noun):]
    if listed:
        return ""  # (the other restatements hold for a part that opens its clause)
    if part.endswith("的") and len(part) > 2 and not re.search("[是为比较占]", part):
        return part + whole  # (占全市出口总额的, 是五年前的: a share or a ratio, not a part)
    verb = _leading_verb(whole, within=0)
    if verb and len(whole) > len(verb) + 1 and whole[-2:] == part[-2:] and not _leading_verb(part, within=0):
        return verb + part
    for n in range(min(len(part), 4), 1, -1):
        at = whole.find(part[:n])
        if at < 2 or LEVEL_ONLY.match(part):
            continue
        subject = _counted(whole[:at]).lstrip("—－- ")
        # 进出口总额, 其中出口: a word inside the whole's word; 4G和5G用户, 其中5G用户: one of a list
        inside = any(0 <= (w := whole.find(pair)) < at < w + len(pair) for pair in PAIRED_WORDS)
        restated = subject + part
        # 农林牧渔业总产值…，渔业产值: the part's word inside the whole's compound gives back the whole
        near_whole = restated.replace("总", "") == _counted(whole).replace("总", "")
        if (inside or near_whole or len(subject) < 2 or subject.endswith(LIST_JOINERS)
                or whole[at:].startswith(part)):
            return ""
        return restated
    return ""


def _counted(whole: str) -> str:
    """What a total counts, without the words that hold it (年末全市共有省级以上企业技术中心)."""
    return _HOLDING.sub("", whole) or whole


def of_category(whole: str, part: str, unit: str) -> str:
    """A breakdown's part named by its category alone (永定区, 衣着类, 大中型企业) is of its whole's
    measure: 全市固定资产投资…。按地区分，永定区增长6.1% → 永定区固定资产投资. '' when the part
    names a measure or a verb of its own, the whole is itself such a part, or the figure counts
    the category's things (其中，高新技术企业1.2万家)."""
    if (not (CATEGORY.fullmatch(part) or LEVEL_ONLY.fullmatch(part)) or SHARED_HEAD.search(part) or _has_verb(part)
            or CATEGORY.fullmatch(whole) or (unit in CLASSIFIERS and unit != "人")):
        return ""
    measure = _counted(_drop_time(whole))
    verb = _leading_verb(measure, within=0)
    measure = measure[len(verb):] if verb else measure
    return part + measure if len(measure) >= 2 else ""


def _splits(whole: str | None) -> bool:
    """A breakdown by level splits one total, not a list of kinds (新增重点实验室、工程实验室…134家)."""
    return bool(whole) and "、" not in whole


def _sibling(phrase: str, prev_metric: str) -> str:
    """Another measure of the subject of the figure before (measures.yaml): 招生 → 在校生 of one
    普通高中; 发生事故 → 死亡 of those 事故."""
    if re.sub(r"人数$", "", phrase) in OUTCOMES and (events := re.search(r"(?:总)?起数$", prev_metric)):
        return prev_metric[:events.start()] + phrase  # 安全事故总起数下降33.1%，死亡人数下降8.3%
    if phrase in OUTCOMES:
        for event in EVENTS:
            at = prev_metric.find(event)
            if 0 <= at <= 4 and len(prev_metric) > at + len(event):  # 全市共发生事故25起
                return prev_metric[at + len(event):] + phrase
        for outcome in OUTCOMES:
            if prev_metric.endswith(outcome) and len(prev_metric) > len(outcome):
                return prev_metric[:-len(outcome)] + phrase  # 死亡26人，受伤30人
    # 还本支出安排214亿元，付息支出安排127亿元: the verb after each measure is not part of it
    verb = re.search(r"(?:安排|预计|执行数?)$", phrase)
    bare, base = (phrase[:verb.start()], re.sub(rf"{verb.group()}$", "", prev_metric)) if verb \
        else (phrase, prev_metric)
    bare = bare if any(bare in g for g in SIBLINGS) else re.sub(r"(?:总数|人数|总规模|规模)$", "", bare)
    for group in SIBLINGS:  # (在校学生总数: the measure of a sibling counted)
        if bare not in group:
            continue
        for other in group:
            if other == bare:
                continue
            if base.endswith(other) and len(base) > len(other):
                return base[:-len(other)] + phrase
    return ""


REACHED = re.compile(r"(?:首次|再次|历史性|一举|率先)?(?:突破|超过|跨越|迈上|跃上|达到|达|实现).*$")


# 地方一般预算财政收入262亿元，增长18.3%，剔除证券交易印花税因素，增长30.9%: the same figure on
# another basis, named with it
# (扣除价格因素，实际增长6.1%: a real growth, not another basis)
BASIS = re.compile(r"(?:剔除|扣除|不含|不考虑)(?!价格)[^，,；;。]{1,24}?(?:因素|影响)后?")


def _basis(gap: str, phrase: str) -> str:
    """The basis a figure is stated on, said in its own words or in the clause before them."""
    if BASIS.fullmatch(phrase):
        return phrase
    clauses = re.split(f"[{CLAUSE_BREAK}]", gap)
    return clauses[-2].strip() if not phrase and len(clauses) > 2 and BASIS.fullmatch(clauses[-2].strip()) else ""
# 文化创意产业加快发展，增长20.5%: a clause saying a subject grows names the next figure's subject
GROWING = re.compile(r"(?:保持|实现)?(?:加快|快速|稳步|蓬勃|持续|健康|较快|迅猛|平稳)+(?:发展|增长|壮大)(?:势头良好)?$")


# Verbs that make or bring in things: a bare noun counted in the next clause is more of the same
# doing (全年引进院士10名左右，孔雀团队30个以上), not a stock of it.
MADE_MEASURES = frozenset({"公里", "米", "平方公里", "平方米", "公顷", "亩", "千瓦", "吨", "门"})
# (and what is handled or won: 办理人大议案1件，建议513件; 共获国际级奖72项，国家级奖283项)
MAKING = re.compile(r"^(?:五年|全年|今年|年内|累计|共)?(?:认真|依法|及时|积极)?(新建|新增|引进|建成|新开工|新设|新认定|培育|办理|受理|获得|荣获|获)")


def _made_before(sentence: str, gap: str, cut: int, phrase: str, q: Quantity, readings: list[Reading],
                 prev_metric: str | None) -> str:
    """The making verb of the figure just before, when this clause names only a thing counted
    (no verb, no total, no 从 or 达) and nothing stands between the two figures but an
    approximator and the comma."""
    # 建成新线5944公里，复线4603公里 (not …，贯通骑行道100公里: a verb of its own opens the clause)
    # (新增发电装机容量1950万千瓦，采煤能力8000万吨，铁路通车里程1500公里: capacities made, each in its own measure)
    measured = (q.unit in MADE_MEASURES and bool(readings) and readings[-1].quantity.unit in MADE_MEASURES
                and not re.match(r"[贯造修建改扩治整疏清打铺架新增开植]", phrase))
    if (cut < 0 or not prev_metric or not readings or not phrase or (q.unit not in CLASSIFIERS and not measured)
            or gap[cut + 1:].strip() != phrase or "总" in phrase or re.match("[新改扩建]", phrase)
            or sentence.startswith(("突破", "超过", "超", "逾", "达"), q.start)  # a stock passed a mark
            or re.search("就业|脱贫|受益|参保", phrase)  # (…，下岗失业人员再就业500万人: an outcome)
            or (readings[-1].quantity.unit not in CLASSIFIERS and not measured)
            or not re.fullmatch(r"(?:左右|以上|多|余)?", gap[:cut]) or gap[cut] not in "，,"
            or _has_verb(phrase) or QUALIFIER.match(phrase) or len(phrase) > 12
            or (q.unit in ("人", "名") and readings[-1].quantity.unit not in ("人", "名"))):
        return ""  # (新建学校10所，在校生5000人: the people of the things made, not made)
    made = MAKING.match(prev_metric)
    return made.group(1) if made and not phrase.startswith(made.group(1)) else ""


def _done_before(sentence: str, clause_start: int) -> str:
    """What the clause before, naming no figure, did or gave: the words after its last verb."""
    clause = _clause_before(sentence, clause_start)
    ends = [clause.rfind(v) + len(v) for v in VERBS if v in clause]
    done = clause[max(ends):] if ends else ""
    return done if 2 <= len(done) <= 20 and not re.search(r"[0-9０-９]", clause) else ""


PER_HEAD = re.compile(r"(?:全年|去年|今年)?[又再]?(?:人均|户均|每人)")


def _object_before(sentence: str, clause_start: int) -> str:
    """What the clause before a per-head figure raises, when it names no figure: the object of its
    verb (提高企业退休人员基本养老金) or its subject (企业退休人员基本养老金连续5年增加)."""
    clause = _clause_before(sentence, clause_start)
    clause = re.sub(r"连续(?:第)?[0-9一二三四五六七八九十]+(?:年|次)", "", clause)
    clause = re.sub(r"^(?:今明两年|今年|明年|去年|全年)?(?:继续|再|又|进一步|逐步)?", "", clause)
    if re.search(r"[0-9０-９]", clause):
        return ""
    verb = _leading_verb(clause, within=0) or next(
        (v for v in sorted(INCREASE + DECREASE, key=len, reverse=True) if clause.startswith(v)), None)
    subject = clause[len(verb):] if verb else _strip_change(clause)[0]
    return subject if len(subject) >= 4 and not _has_verb(subject) else ""


def _clause_between(gap: str) -> str:
    """The subject of a whole clause without a figure between two figures, said to reach a level
    (上划中央收入首次突破千亿): the words before what it reached, or ''."""
    cuts = [i for i, c in enumerate(gap) if c in CLAUSE_BREAK]
    if len(cuts) < 2:
        return ""
    clause = gap[cuts[-2] + 1:cuts[-1]]
    reached = REACHED.search(clause) or GROWING.search(clause)
    if re.search(r"[0-9０-９]", clause) or not reached:
        return ""  # (剔除增发国债因素后，增长2.4%: a basis, no subject)
    subject = _bare(clause[:reached.start()])
    return subject if len(subject) >= 2 and not _leading_verb(subject, within=0) else ""


def _outside(sentence: str, readings: list[Reading], q: Quantity) -> Reading | None:
    """The last reading before q that no parenthesis closed before q holds (基金3只（含2只天使
    基金），规模100亿元: the 3 funds)."""
    for r in reversed(readings):
        opened = max(sentence.rfind("（", 0, r.quantity.start), sentence.rfind("(", 0, r.quantity.start))
        closed = max(sentence.rfind("）", 0, r.quantity.start), sentence.rfind(")", 0, r.quantity.start))
        if opened <= closed or not re.search(r"[）)]", sentence[r.quantity.end:q.start]):
            return r
    return None


def _measure_only(phrase: str) -> bool:
    """A measure with no subject of its own (在校学生, 营业收入, 从业人数)."""
    return bool(SHARED_HEAD.fullmatch(phrase)) or any(phrase in group for group in SIBLINGS)


def _parallel(phrase: str, earlier: list[str]) -> str:
    """A subject of the same class as one before in the sentence, without its measure, has that
    measure: 国有控股企业增加值增长7.1%；股份制企业增长8.9% → 股份制企业增加值; 采矿业增加值下降4.1%，
    制造业增长10.6% → 制造业增加值. The nearest such subject counts (a share stated between is
    skipped)."""
    if len(phrase) < 2 or SHARED_HEAD.search(phrase) or _leading_verb(phrase):
        return ""
    for metric in reversed(earlier):
        head = SHARED_HEAD.search(metric)
        if not head:
            continue
        kind = re.match(r"产业集群|产业|行业", head.group())  # 战略性新兴产业 + 增加值
        cut = head.start() + (kind.end() if kind else 0)
        subject, measure = metric[:cut], metric[cut:]
        if len(subject) < 2 or phrase == subject:
            continue
        if phrase[-2:] == subject[-2:] or (phrase[-1] == subject[-1] and phrase[-1] in CLASS_SUFFIXES):
            return phrase + measure
    return ""


def list_items(metric: str, amount: bool = False) -> list[str]:
    """The things of a 、-list one figure counts (A、B、C共1664亿元), or [] when the metric is no
    such list: a list of verbs on one object (废止、修改规章20项) counts the one thing, and so do
    examples of what is counted (办结路隧收费、尾气治理等3件议案) — but an amount after lines that
    end in 等 (中央提前下达转移支付、政府一般债务收入、上年结转等4122亿元) is their sum."""
    items = metric.split("、")
    several = (len(items) > 1 and all(len(i) >= 2 for i in items) and (amount or "等" not in items[-1])
               and not _is_bare_verb(items[0]) and not _leading_verb(items[-1], within=0))
    return items if several else []


def _bare(text: str) -> str:
    """A clause's words before its number, cleaned and without the change verb."""
    phrase = _clean(text)
    if re.search(r"\d", phrase):
        return ""
    return _clean(_strip_change(phrase)[0])


def _clause_before(sentence: str, clause_start: int) -> str:
    """The words of the clause before the one that starts at `clause_start`."""
    head = sentence[:max(clause_start - 1, 0)]
    return head[max((head.rfind(c) for c in CLAUSE_BREAK), default=-1) + 1:]


def _subject_before(sentence: str, clause_start: int) -> str:
    """The clause before this one when it states no number: the subject a figure with nothing
    before it is about (今年中央财政用于教育的投入，将由去年的1076亿元增加到1562亿元)."""
    return _bare(_clause_before(sentence, clause_start))


def _purpose(sentence: str, clause_start: int, q: Quantity, longest: int = 40) -> str:
    """What money allocated in a clause of its own is for: the clause before it when that one
    states no number (强化“一老一小”保障，安排626亿元), else the clause after it (安排3亿元，支持实施…)."""
    rest = sentence[q.end:]
    if PURPOSE_OPENS.match(rest):
        # 中央财政拿出396亿元用于转移支付: the purpose right after the money, whatever the clause before says
        stop = _clause_end(rest, 1)
        after = _clean(COUNT_OF.sub("", rest[:stop]))
        if 2 <= len(after) <= longest and not re.search(r"\d", after):
            return after
    before = _subject_before(sentence, clause_start) if clause_start else ""
    # (各级政府要加大投入，市财政将安排50亿元; 确保…统筹使用，…拿出200亿元: a policy said before the
    # money is no purpose of it)
    if (2 <= len(before) <= longest
            and not re.search(r"(?<![主重需必])要|将|应|必须|确保", _clause_before(sentence, clause_start))):
        return before
    if PURPOSE_OPENS.match(rest):
        return ""
    if not rest[:1] or rest[0] not in CLAUSE_BREAK:
        return ""
    stop = _clause_end(rest, 1)
    if re.match(r"(?:比|较)", rest[1:]) and re.search(r"\d", rest[1:stop]):
        # 安排832亿元，比上年增加167亿元，支持卫生事业改革和发展: past the comparison
        rest = rest[stop:]
        stop = _clause_end(rest, 1)
    # 安排46亿元，实施17个污染地块风险管控和修复: what is counted in the purpose is part of it
    after = _clean(re.sub(COUNT_OF, "", rest[1:stop]))
    return after if 2 <= len(after) <= longest and not re.search(r"\d", after) else ""


_SHARE_OF = r"占[^，。；]{1,8}?的?(?:比重|比例)"  # (39种工业产品产量占全国比重超10%)
NEXT_MEASURE = re.compile(r"(?:年度|当年|全年|总|平均)?(?:(?:投资额?|规模|产值|营业收入|收入|面积|里程|总额|金额|总投资|增速|产量)"
                          rf"(?:{_SHARE_OF})?|(?<=[\u4e00-\u9fff]){_SHARE_OF})"
                          r"(?:均|都|各)?(?:超过|达到?|为|近|约|突破|超)?$")
# 和塘朗山、马峦山等 | 3个; 和市直部门、单位结对帮促的 | 70个村: words that lead into the next count
EXAMPLES_OF_NEXT = re.compile(r"(?:等|的)$")
COUNT_OF = re.compile("(?<![“0-9０-９.])[0-9０-９.]+[万亿]?(?:" + "|".join(CLASSIFIERS) + ")(?!”)")


def _after_change(sentence: str, end: int) -> int:
    """Where the words after a figure go on, past an approximator (余, 多, 以上)."""
    m = re.match(r"(?:余|多|以上|左右)?", sentence[end:])
    return end + m.end()


def _change_after(sentence: str, end: int) -> str | None:
    return None


# The measure of a thing named after its figure (总投资816.5亿元的治水提质五年计划).
SIZE_WORDS = re.compile(r"(?:总投资额?|投资总额|注册资本|总额|总规模|首期规模|规模|总库容|库容|仓容|装机容量|"
                        r"总长度|总长|全长|长达|长度)$")
# What a thing sized in the subject (总规模2000亿元的…基金落户深圳) then does
_PRED = (r"(?:全线|基本|正式|顺利|已经|已|陆续|相继|先后|成功|建设进展|落户|贯通|投入|建成|开工|竣工|"
         r"通车|运营|开通|落地|签约|集中|全面|完工)")
# (…的城市建成区排水改造工程, 运营管理中心, 基本建设项目: a predicate word inside the name)
PREDICATE = re.compile(rf"(?<=[\u4e00-\u9fff]{{2}}){_PRED}(?!区|管理|建设项目|建设工程|项目|产出|服务)")
SHORT_SIZE = re.compile(r"^(?:全长|长达)$")  # a length said of the thing itself
# 118项民生实事完成116项: how many of the things counted were done
DONE = re.compile(r"(?:已|累计|共)?(?:完成|实现|建成|办结|落实|解决|竣工|开工)$")
# 在机动车增加17.3万辆的情况下: the words that frame a figure, no noun it counts
FRAME = re.compile(r"的?(?:情况|前提|背景|基础|条件)(?:下|上)")
# 10亿元级以上项目: a size class, part of the name of what is counted
SIZE_CLASS = re.compile(r"[0-9０-９.]+[千百十万亿]*元级|[0-9０-９]+强"  # and 世界500强企业
                        r"|超?[0-9０-９.]+[千百十万亿]*(?:平方米|平方公里|公里|千瓦|立方米|米|亩|吨|元|美元)(?:以上|以下)的?")
NOT_DIMENSIONS = frozenset({"元", "美元", "%", "‰", "倍", "个百分点", "人次", "件次"})
# A short modifier of a noun (专业化, 国际化, 省级, 新型): joined by 、 to the next, they stay one noun.
THRESHOLD = re.compile(r"(超过|超|突破|高于|低于|不足)[0-9０-９.]+[千百万亿]*(?:元|人|户|家|个|吨)?")
SPEED_OR_AIM = re.compile(r"率|增速|速度|增长|增幅|涨幅|预期|目标|调控|水平")
MODIFIER = re.compile(r"(?:[\u4e00-\u9fff]{1,3}|[0-9０-９.]+[千百十万亿]*元)[化性型级式]")


_LEVEL = r"[省市县区乡镇村地州盟旗](?:[（(][^（）()]{1,3}[）)])?"
LEVEL_RUN = re.compile(rf"(?:(?:{_LEVEL}){{1,2}}[、和])+(?:{_LEVEL}){{1,2}}[两三四五]?级"  # (市、区两级, 市、县和乡镇三级)
                       r"|省、自治区、直辖市(?:和新疆生产建设兵团)?|省[（(]区、市[）)]")  # (27个省、自治区、直辖市)


# (not 最低生活保障, 改造提升项目, 产业支持政策: only a debt's name is followed straight by its use)
PURPOSE_AFTER = re.compile(r"(?<=国债|债券)(?:重点)?(?:用于|支持|加强|促进|推动)")


def _following_noun(sentence: str, q: Quantity, later: list[Quantity]) -> str:
    """The noun phrase right after a number-before-noun quantity (57件议案), up to the clause end."""
    measures = (q.unit, later[0].unit) if later else ()
    if (later and sentence[q.end:later[0].start] == "、" and len(set(measures)) == 2
            and not any(u in CLASSIFIERS or u in NOT_DIMENSIONS for u in measures)):
        return _following_noun(sentence, later[0], later[1:])  # 475公里、8361公顷生态景观林带: one thing
    # (250个省、市（地）级疾病预防控制中心: a run of levels, glosses and all, is one modifier)
    levels = LEVEL_RUN.match(sentence, q.end)
    start = levels.end() if levels else q.end
    stop = len(sentence)
    for c in CLAUSE_BREAK + "（()）":
        i = sentence.find(c, start)
        if i >= 0:
            stop = min(stop, i)
    # 2—3所专业化、国际化特色学院: a 、 between modifiers stays inside the noun
    # and so does one between nouns of one kind (获华表奖、荷花奖、白玉兰奖)
    next_item = False  # the noun ends where a list goes on to an item counted later in the clause
    while (i := sentence.find("、", start, stop)) >= 0:
        if sentence.count("“", q.end, i) > sentence.count("”", q.end, i):
            start = i + 1  # 实现“无差别受理、同标准办理”: a 、 inside a quotation is the quotation's
            continue
        piece = sentence[start:i]
        nxt = sentence[i + 1:min(j for j in (sentence.find("、", i + 1, stop), stop) if j >= 0)]
        alike = (bool(piece) and bool(nxt) and piece[-1] == nxt[-1] and not re.search(r"\d", nxt)
                 and not any(i < x.start < i + 1 + len(nxt) for x in later))
        # (塘朗山、马峦山等3个: the words after 、 name examples or a kind of the next count)
        digit = re.search(r"\d", sentence[i:stop])
        next_item = bool(digit) and bool(EXAMPLES_OF_NEXT.search(sentence[i + 1:i + digit.start()]))
        # (7700多项食品、药品和其他消费品安全国家标准: short kinds before the head noun they share)
        kinds = (re.fullmatch(r"[\u4e00-\u9fff]{1,3}", piece or "-") and not _has_verb(piece)
                 and re.search(r"[和及与]", sentence[i:stop]) and len(sentence[i:stop]) > 8)
        if not (MODIFIER.fullmatch(piece) or alike or kinds) or digit:
            stop = i
            break
        start = i + 1
    if later:
        stop = min(stop, later[0].start)
    tail = sentence[q.end:stop]
    if purpose := PURPOSE_AFTER.search(tail):
        tail = tail[:purpose.start()]  # 增发1万亿元国债支持灾后恢复重建: what it is for follows the noun
    if next_item and (joined := tail.rfind("和")) > 0:
        tail = tail[:joined]  # 4个市政公园和塘朗山、马峦山等3个郊野公园: 塘朗山 is the next item's
    # 8000余张床位的会展北、坝光两家酒店: the noun after 的 is counted again, so the count is of
    # the noun before it; 42个…报告的重大事项: the noun after 的 is the one counted
    mod = tail.find("的")
    if mod > 0 and re.search(r"[0-9两二三四五六七八九十百千]", sentence[q.end + mod:q.end + mod + 20]):
        tail = tail[:mod]
    digit = re.search(r"[0-9０-９]", SIZE_CLASS.sub(lambda m: "级" * len(m.group()), tail))
    if digit and not tail[:digit.start()].endswith(("超过", "超", "突破", "高于", "低于", "不足")):
        tail = tail[:digit.start()]  # 5所高校79门课程: the noun ends where another count starts
    # (95%以上村集体经营性收入超10万元: a threshold no figure of its own is part of the noun)
    if not tail and later and later[0].start == q.end:
        return _following_noun(sentence, later[0], later[1:])  # 9方面23项48条工作举措: one noun
    if (not tail or not (re.match(r"[\u4e00-\u9fff“‘《]", tail) or SIZE_CLASS.match(tail))
            or re.match(r"[以之]?后", tail) or FRAME.fullmatch(tail) or tail.startswith(LIST_JOINERS)):
        # 上年结转等391亿元后: 后 is no noun; 增加17.3万辆的情况下: a frame; 16项和…: the next item
        return ""
    if later and stop == later[0].start and q.unit in CLASSIFIERS:
        # 12项重大民生工程年度投资超过300亿元: the words right before the next figure are its measure;
        # 8个创新基地和深港IC设计创新平台等12个服务平台: 和 leads into the next count
        if (measure := NEXT_MEASURE.search(tail)) and measure.start() > 1:
            tail = tail[:measure.start()]
        elif (joined := tail.rfind("和")) > 0 and EXAMPLES_OF_NEXT.search(tail):
            tail = tail[:joined]
    if later and stop == later[0].start and (verb := DONE.search(tail)):
        tail = tail[:verb.start()] or tail  # 118项民生实事完成116项: the verb is the next count's
    if MODIFIER.fullmatch(tail) and later:
        # 5个百亿元级、10个三十亿元级重大工业项目: the modifiers share the noun of the last
        noun = re.match(rf".*?{tail[-1]}(?:以上|以下)?(.+)", _following_noun(sentence, later[0], later[1:]))
        tail += noun.group(1) if noun else ""
    # 水环境治理40条等系列措施: the kind of the whole list's things, said after its last count
    tail = re.sub(r"^等(?:一)?(?:系列|批|揽子)?", "", tail)
    if not tail:
        return ""  # 增长8.3%等: the list's end, no noun
    # 撬动30亿元贷款支持1.2万户: the verb of what the noun then does is not part of it
    tail = re.sub(r"(?<!予以)(?:支持|用于|带动|帮助|惠及|促进)$", "", tail.strip()) or tail
    return tail.strip().removesuffix(".").rstrip("和及与并")
