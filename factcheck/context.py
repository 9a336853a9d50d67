"""What a figure stands in: its sentence, the entity and period it is about,
and the kind of quantity its wording makes it (a growth rate, a share...)."""

from __future__ import annotations

import bisect
import functools
import re
from collections import Counter
from collections.abc import Iterable
from datetime import date
from typing import NamedTuple

from factcheck.drafts import date_at
from factcheck.entities import EntityFinder
from factcheck.extract import Mention
from factcheck.markup import FRONT_MATTER
from factcheck.periods import Period, year_period
from factcheck.records import related
from factcheck.regexcache import compile as rx
from factcheck.tables import Cell, Tables
from factcheck.timeexpr import NAMED_YEAR, TimeMention, find_times, in_year, names_a_year, part_without_year
from factcheck.units import PERCENT, POINTS

_SENTENCE_END = rx(
    r"[。！？!?]+[”’\"']?"
    # a full stop before a capital or the end, but not in "U.S." or "No. 5" (a unit's letter, "12,000 P.", ends)
    # (the dot first, its lookbehinds after: tried at every position, a
    # lookbehind first cost three times as much)
    r"|\.(?<=[A-Za-z0-9%)\]”\"]\.)(?:(?<!\b[A-Z]\.)|(?<=\d\s[A-Z]\.))(?<!\bNo\.)(?<!\bMr\.)(?<!\bDr\.)"
    r"(?=(?:\[\d{1,3}\])*(?:\s+(?:[A-Z“\"(]|[a-z][A-Z])|\s*$))"  # (a sentence may begin "iSpace, ...")
    r"|\n\s*\n|\n(?=\s*(?:#|[-*+]\s|\d+\.\s))",
    re.M,
)
AFTER_PENALTY = 20
FAR = 1_000_000  # what stands after the figure, beyond a separator
AFTER_WORDS = 24  # characters after a figure that say what it counts
SENTENCE_WINDOW = 1500  # characters on each side of a figure
_PERFECT = rx(
    r"已经?(?:形成|达到?|突破|超过|建成|实现|累计|在)"
    r"|\b(?:has|have) (?:now )?(?:reached|formed|exceeded|risen to|grown to|surpassed)\b"
)
# Where the words of one figure's clause end: "New energy vehicle production
# jumped 43.3%, while aerospace equipment manufacturing expanded 10%".
# Marks that end a clause; a comma, but not the one of 10,000.
_BREAKS = r"[，;；:：!！?？]|,(?!(?<=\d,)\d)"
_CLAUSE_BREAK = rx(_BREAKS + r"|\b(?:while|whereas)\b")
# After the figure "and" starts the next clause too ("cut its costs by 10% and
# lifted logistics efficiency by 52%"); before it, it joins what the figure
# is about ("exports and imports rose 5%").
_CLAUSE_BREAK_AFTER = rx(_BREAKS + r"|\b(?:while|whereas|and)\b|而|并且")
_OF = rx(r"\s*(?:of|的)\b")
# "44.3% of GDP", "占…的": a share's whole follows; not "16.2%的平均增速" (a growth rate of 16.2%)
_OF_AFTER = rx(r"\s*(?:of\b|的(?!(?:平均|年均)?(?:增速|增长|增幅|涨幅)))")
_BY_END = rx(r"(?:by|增加|增长了?)\s*$")  # "increased by 500 companies": a change
_STRONG_SEPARATOR = rx(r"[;；]")
_BREAK = rx(_BREAKS)
_STATE = rx(r"已|累计|\b(?:has|have)\b|\bas of\b")  # a state as it stands, not an event of the period named
# "The city", "全市": the place last named (entities.yaml leaves these words
# out of the aliases, since they name a different place in every document).
_REFERENCE_WORDS = (
    *(f"{a} {b}" for a in ("the", "this", "our") for b in ("city", "municipality", "province")),
    "based here",  # "cloud providers based here have deployed 4,802 P in Tianjin": the place spoken of
    "the provincial government", "the municipal government", "the city government",
)
_DISTRICT_OWN = rx(r"(?:我|本|全|该)(?:区|县)(?![域外内别间])")  # 我区, 全县; not 区域, 区外
_REFERENCE_CHINESE = ("全市", "该市", "本市", "我市", "全省", "该省", "本省", "我省", "辖内")  # 辖内: the writer's area
_PLACE_KIND = {  # the kind of place each names
    word: "省" if word.endswith(("province", "省")) or "provincial" in word else "市"
    for word in (*_REFERENCE_WORDS, *_REFERENCE_CHINESE)
}
_KINDS = {"市": {"市", "特别行政区"}, "省": {"省", "自治区"}}
# "我市", "本省", "our city": the writer's own place, which a document names in
# its opening (a dateline, the issuing office), not the place named last.
_OWN = frozenset(("我市", "本市", "我省", "本省", "辖内", "our city", "our municipality", "our province", "this city"))
OPENING = 300  # characters: where a document names its own place
_OWN_ORGANISATION = "own"
# "The company", "该公司": the organisation last named (an entity that is no
# place); "the exchange", "该平台": the last named that is one by its name.
_ORGANISATION_WORDS = {
    **{f"the {word}": "" for word in ("company", "firm", "group", "startup", "manufacturer", "maker", "developer")},
    **{f"the {word}": word for word in ("platform", "exchange", "foundation", "institute", "park", "zone", "fund")},
    "该公司": "", "该企业": "", "该集团": "",
    **{f"该{word}": word for word in ("平台", "交易所", "基金", "园区", "基金会")},
    # the speaker's own organisation: the last named, however far back
    **{word: _OWN_ORGANISATION for word in ("我司", "我公司", "本公司", "我集团", "本集团", "我们的", "集团", "公司",
                                            "our company", "our group", "our firm")},
}
_CLAUSE_INITIAL = frozenset(("集团", "公司"))  # references only where they open a clause
_ORGANISATION_ENGLISH = tuple(word for word in _ORGANISATION_WORDS if word.isascii())
_ORGANISATION_CHINESE = tuple(word for word in _ORGANISATION_WORDS if not word.isascii())
_DIGIT = rx(r"\d")
_FIRM_AFTER = rx(r"(?:-based|\s+based)?\s+(?:company|firm|group|startup|start-up|maker|manufacturer|developer)\b", re.I)
_FACILITY_AFTER = rx(
    r"(?:['’]s)?\s+(?:plant|factory|facility|site|campus|works|base)s?\b|(?:的)?(?:工厂|基地|厂区)", re.I
)
# "its joint plant in Shanghai", "a factory located in Minhang": where a plant is, before the place
_FACILITY_BEFORE = rx(
    r"\b(?:plant|factory|facility|site|campus|works|base)s?\s+(?:(?:is|are)\s+)?(?:(?:located|based)\s+)?in\s+\Z", re.I
)
_LOCATED = rx(r",?\s*(?:(?:which is |that is )?(?:based |located )?in|位于|地处|落户)\s*")
_ITEM = rx(r"\s*(?:[-*+]|\d{1,3}[.)])[ \t]")  # a list item's marker
_ROW = rx(r"\s*\|")  # a Markdown table's row
_COMPARED = rx(
    # ("comparison" only as "comparison with": a label "**Peer comparison.**" sets nothing against)
    r"\bcompar(?:e|ed|es|ing)\b|\bcomparison (?:with|to)\b|\bthan\b|\bnot\b|\binstead of\b|\bunlike\b"
    # "the choice of the Chinese capital over Shanghai": the place passed over
    r"|\b(?:cho(?:ice|se|sen|osing)|prefer(?:red|ring)?|pick(?:ed|ing)?)\b[^.;]*?\bover\b"
    r"|相比|对比|比较|而非|不是",
    re.I,
)
# "More broadly, high-tech manufacturing grew 8.7%": a sentence that widens
# the view from the paragraph's subject to the whole economy
_WIDER = rx(r"\b(?:more (?:broadly|widely)|in the (?:wider|broader) economy|across the (?:wider )?economy)\b", re.I)
# "the national picture", "at the national level": a paragraph about the
# country ("60% of the national total" names a share's whole, not a subject)
_NATIONAL_SUBJECT = rx(
    r"(?<!of the )(?<!of )\bnational (?:picture|totals?|figures?|data|averages?|statistics|economy)\b"
    r"|\bat (?:the )?national level\b"
    # "the national patent office granted 462,000": what a national agency counts is the country's
    r"|\bnational (?:[a-z-]+ ){0,3}(?:office|bureau|administration|agency|regulator)\b",
    re.I,
)
_PHRASE_WORDS = {_WIDER: ("more broadly", "more widely", "economy"), _NATIONAL_SUBJECT: ("national",)}
# "团队从创业之初的3个人": the figure's time is the founding, not a period named elsewhere
_FOUNDING = rx(r"(?:创业|成立|创立|创办|起步)之初|成立时|创立时|\b(?:when (?:it|the company|the firm) (?:was founded|"
               r"started(?: out)?|began)|at (?:its |the )?(?:founding|start|outset)"
               r"|founding (?:team|staff|crew))\b", re.I)  # "its founding team of 3 people"
_GROWN_TO = rx(r"\b(?:(?:has|had|have)(?: since)? (?:grown|risen|increased|expanded)|grew|rose|increased|expanded) to\b"
               r"|(?:发展|增加|增长|扩大|壮大)(?:到|至)|增至", re.I)
_STARTED_FROM = rx(r"[^，。；,;]{0,3}?(?:起步|起家)")
_BASE_YEAR = rx(r"(?:[较比]|相比|同比|up from|down from|from|compared with)\s?(?P<y>(?:19|20)\d{2})年?(?:同期)?的?\s*$")
_ONE_IN = rx(r"[^，。；;\n]{0,12}?[，,]?\s*就有[1一][辆台个家款件]?是")  # "每卖出5辆…，就有1辆是比亚迪"
_DATED_ASIDE = rx(r"\s*[（(]([^（()）\n]{1,30})[)）]")  # "（截至9月底）", "(as of September)" after a figure
_PUNCTUATION = rx(_BREAKS + r"|[、()（）]")  # _SEPARATOR without "and"
# "技术已在全国1000多家医院落地": where something reaches (the country's
# places counted), not who the figure is about; the country named so is no
# subject. ("在全国技术合同成交额突破…之后" is; and in English "patents granted
# across China" are the country's.)
_SCOPE = rx(r"(?:[在于]|遍布|覆盖|面向)\Z")
_SCOPE_AFTER = rx(r"\s?\d")
# "平台已连接全国纺织企业9000余家": the firms it reaches are across the country; the platform is the subject
# (连接了全国…, 连接着全国…)
_REACH = rx(r"(?:连接|链接|接入|覆盖|服务|遍布|面向|辐射|带动|联通|汇聚|连上|连通|连着|接通)[了着]?\Z")
_REACH_AFTER = rx(r"[\u4e00-\u9fff]{0,8}\d")
# "more than 60% of all filed products in the country": the whole a share is of
_WHOLE_IN = rx(r"\d\s?(?:%|percent|per cent)\s+of\s+(?:all\s+)?(?:the\s+)?[A-Za-z' -]{0,40}?(?:\bin|\w)\s+\Z", re.I)
# "高于全国平均水平1.3个百分点": the country named as the average a figure is set against
_ABOVE_AVERAGE = rx(r"(?:高于|低于|快于|慢于|好于|超出|超过|领先于?|落后于?|比|较)\Z")
_AVERAGE = rx(r"(?:的)?(?:平均|均值|整体|总体|水平|面上)")  # ("好于全国面上": better than the country as a whole)
# "全国科技工作者日", "全国两会": the country in the name of a day or a meeting
_EVENT_NAME = rx(
    r"[\u4e00-\u9fff]{0,8}?(?:日|节|周|大会|会议|两会)(?=[，。、；：！？”\"」』）)\s]|的|期间|上|当天|前夕|之际|\Z)"
)
_RANKED = rx(r"[^，。；]{0,6}?(?:前列|首位|第[一二三]|前茅|之首|领先|率先)")  # 在全国率先: first in the country
# "linked 9,000 textile companies across China": where the firms it reaches are
# (only after a verb of reach: "40 universities across China began a trial" are China's)
_ACROSS = rx(r"\b(?:across|throughout|all over)\s+(?:the\s+)?\Z", re.I)
_REACHED_BEFORE = rx(
    r"\b(?:link|links|linked|connect|connects|connected|serve|serves|served|cover|covers|covered)\b"
    r"[^.;:!?\n]*\d[^.;:!?\n]*\Z",
    re.I,
)
# "some of the most automated in China", "the largest in the country": the field of a ranking
_RANKED_BEFORE = rx(
    r"\b(?:most|least|best|largest|biggest|highest|lowest|fastest|strongest|leading|deepest|busiest|richest|"
    r"greatest|widest|densest|smallest|top)\b[^.;:,!?\n]{0,30}?"
    r"\b(?:in|across)\s+(?:the\s+)?\Z",
    re.I,
)
# "以北汽、小米为代表的新能源整车制造": the names are examples of an industry, not its subject
_EXAMPLES = rx(r"以([^，。；！？\n]{1,30}?)为代表")
# A place named only as what another is next to ("与上海毗邻的苏州"): no subject
# of anything around it.
_NEIGHBOUR = rx(
    r"与([^，。；！？\n]{1,12}?)(?:毗邻|相邻|接壤|交界)的|(?:毗邻|紧邻|邻近|比邻)([^，。；！？\n]{1,12}?)的"
)
# An area's generic name right after another place names that place's own area
# ("Shanghai's autonomous driving demonstration zone", "| 上海 | 高级别自动驾驶示范区… |")
_AREA_NAME = rx(r"\b(?:Zone|Park|District|Area)\b|[区园]$")
_ADJACENT = rx(r"(?:['’]s)?\s*|的|\s*\|\s*")
# "Shanghai, the country's car capital, saw ...": a phrase set after a name
# describes it; a name it holds in the possessive is no subject (a name it
# holds whole is the name's own: "a laboratory, the Meituan institute, ...")
_APPOSITIVE = rx(r",\s+[^,;.:()\d\n]{1,50}?,")
_DENIED = rx(
    r"(?:\bnot|\brather than|\binstead of|而非|并非|而不是|不是)\s*(?:(?:for|in|as of|to|at|by)\s+)?(?:the\s+)?\Z", re.I
)
_STREET = rx(  # a place's name then a street's word: "Nanjing Road West", 北京东路
    r"(?:\s(?:East |West |North |South )?(?:Road|Street|Avenue|Rd\b|St\b))|[东西南北中]?(?:路|街|大街|大道)(?![口线])"
)
_LOCATIVE = rx(r"\b(?:in|into|across|throughout)\s+(?:the\s+)?\Z|(?:在|到|向|落户|部署于?)\Z", re.I)
_THIS_CLAUSE = rx(r"[，,]\s*(?:这|此)")
# A contrast after a figure: what follows it speaks of another subject (match.py too)
CONTRAST = rx(r"[,，;；]\s*(?:(?:while|whereas|but|although)\b|而)", re.I)
_TURN = rx(r"[,，]\s*(?:but|yet)\s+|，\s*(?:但|但是)", re.I)
# "Figures published in August show that … in 2023": when the data came out, which the
# period the figure's clause names after it overrides
_RELEASED = rx(r"\b(?:published|released|out|posted)\s+(?:(?:in|on)\s+)?(?:the\s+)?\Z", re.I)
_STAMPED = rx(r"\b\d{1,2}:\d{2}(?::\d{2})?,?\s*(?:\d{1,2}\s+)?\Z")  # a clock time right before a date
_OWN_DATE = rx(r"的\s?\d")  # a period that qualifies a figure dates it alone ("2014年的48.2件")
# "from 48.2 per 10,000 residents in 2014 to 262.9": the period between two
# figures of a change, after the first, is the first's
_TO_NEXT = rx(r",?\s+to\s+(?:(?:about|around|nearly|almost|some|more than|over)\s+)?[$€£¥]?", re.I)
# In a table cell, a list: "| 48.2件 in 2014, 262.9件 last year |" (in prose, "… contracts last year, 12.1% more
# than the year before": the year is both figures')
_LISTED_NEXT = rx(r"\s*[,，;；]\s*(?:(?:about|around|nearly|almost|some|more than|over)\s+)?[$€£¥]?", re.I)
_FROM_GAP = 30  # characters of the first figure's unit words before its period
# A place the subject is likened to: ", like Shanghai,", "与上海一样", "与上海形成呼应"
_LIKE_BEFORE = rx(r"(?:^|[,，(（]\s*)(?:like|unlike|as with|just as in)\s+$", re.I)
_LIKE_AFTER = rx(r"一样|相似|类似|相同|形成")
# "approved just 10 days after Junshi's toripalimab": the point a lag is measured from
_LAG_FROM = rx(r"\b(?:days?|weeks?|months?|hours?)\s+(?:after|before)\s+(?:that of\s+)?$", re.I)
# "HONG KONG, July 19, 2024 —", "BEIJING, 3 March 2025": where the writer files from, not a subject
_DATELINE_COMMA = rx(r"[,，]\s*")
# A place gone to ("赴北京学习考察", "a study visit to Shanghai"): not the writer's own city
_VISITED = rx(r"(?:赴|前往|到访|去往|\b(?:visit|trip|delegation|mission) to\s+)$", re.I)
# "| … | 262.9 | was 48.2 in 2014 |": a cell comparing with an earlier figure, before its period
_COMPARED_FIGURE = rx(r"\b(?:was|were|from|against|versus|vs\.?|compared with)\s+[\d.,]+\b[^|\d]{0,30}$", re.I)
# Whose data these are, opening a sentence: "据北京市科委披露的数据，", "According to the bureau,"
_SOURCE = rx(
    r"\s*(?:(?:据|根据)[^，。；\n]{1,40}?(?:数据|统计|消息|介绍|显示|披露|发布|公布)[^，。；\n]{0,4}，"
    r"|According to [^,.;\n]{1,60},)"
)
_DIGITS = rx(r"\d+")
_SEPARATOR = rx(_BREAKS + r"|[、()（）]|\band\b")
DOMINANCE = 2 / 3
ORGANISATION_SENTENCES = 3  # "the company" names one named at most this many sentences back
# Paragraphs, and the items of a list, which are paragraphs of their own.
_PARAGRAPH = rx(r"\n\s*\n|\n(?=[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t])")
# "**Q3.** How many ... in 2024?" then "*Answer: 421.*": an answer reads as
# the end of its question's sentence (its metric, entity and period are there).
_ANSWER = rx(
    r"^[ \t>]*[*_]{0,2}(?:(?i:answers?|a)|答|答案|回答"
    r"|[A-Z][A-Z.\-]+(?: [A-Z][A-Z.\-]+)?)[ \t]*[*_]{0,2}[ \t]*[:：.]",  # "WANG:" in a transcript answers too
    re.M,
)
_QUESTION_END = rx(r"[?？][*_\s]*$")
_BOLD_LINE = rx(r"\*\*[^*\n]+\*\*")  # "**出发前先做做功课（今年前三季度数据）**" before a list: its lead-in
_HEADING = rx(r"^#{1,6}\s+(?P<title>.+)$", re.M)
# A line that is only a bracketed title: a section's label, for its period
# ("【第二条：北京前三季度经济成绩单】"); the heading above it still names the subject.
_BRACKET_TITLE = rx(r"^【[^】\n]+】[ \t]*$", re.M)

_GROWTH = rx(
    r"\b(?:grew|grow|grows|growth|grown|increas\w*|rose|rise|rises|risen|rising|"
    r"(?<!made )(?<!make )(?<!makes )(?<!making )up|jump\w*|surg\w*|climb\w*|"
    r"expand\w*|declin\w*|decreas\w*|fell|fall|falls|fallen|drop\w*|down|year[- ]on[- ]year|y/y|yoy|annual rate)\b"
    r"|增长(?!点)|增速|增加(?!值)|同比|环比|提高|提升|上升|下降|下滑|减少|降低|增幅|涨|跌|回升",
    re.I,
)
_GROWTH_NOUN = rx(r"\b(?:growth|year[- ]on[- ]year|y/y|yoy|annual rate)\b|增速|增幅|增长率|同比|环比", re.I)
_FROM_BEFORE = rx(r"(?:\bfrom|[由从])(?:\s*[^，。；,;%\s]{1,10}的)?\s*$", re.I)  # "from ", "由2023年的"
_TO_BEFORE = rx(r"(?:\bto|[到至])\s*$", re.I)
_SHARE = rx(
    r"\b(?:share|accounted for|accounting for|accounts for|account for|made up|make up|makes up|making up|"
    r"proportion|percent of|of (?:the )?(?:gdp|total|national|all)|"
    r"of its|ratio|penetration|coverage|(?<!growth )rate)\b|% of"
    r"|占(?![用地领])|比重|占比|份额|比例|渗透率|覆盖率|普及率|化率",  # (资金占用: tied up, not a share)
    re.I,
)


def kind_word(term: str) -> bool:
    """The term says what kind of quantity a figure is (growth, a share),
    not what it measures: "增长", "year-on-year", "比重"."""
    return bool(_GROWTH.fullmatch(term) or _SHARE.fullmatch(term))


def item_end(item: object) -> int:
    """End offset of an entity tuple or a TimeMention."""
    return item.end if isinstance(item, TimeMention) else item[1]  # type: ignore[index,no-any-return]


def _flatten(text: str) -> str:
    """Line breaks as spaces, offsets unchanged."""
    return text.replace("\r", " ").replace("\n", " ")


class Context(NamedTuple):
    sentence: str
    sentence_start: int
    clause: str  # the part of the sentence that belongs to this figure
    lead: str  # the sentence before the clause: shared context (the subject)
    entity: str | None  # canonical name
    entity_source: str | None  # sentence, reference, paragraph, heading, document (dominant) or guess
    entities: tuple[str, ...]  # what the figure may be about (all named where the entity was found)
    entities_around: tuple[str, ...]  # every entity named in the sentence, paragraph and heading

    @property
    def entity_explicit(self) -> bool:
        return self.entity_source == "sentence"

    @property
    def entity_known(self) -> bool:
        """Named near enough to judge by; a document's main entity is a guess."""
        return self.entity_source in ("sentence", "reference", "paragraph", "heading", "document")

    period: Period | None
    period_text: str | None
    period_relative: bool
    period_inherited: bool  # from an earlier sentence of the paragraph: weaker evidence
    period_current: bool  # "now", "目前": the draft's present
    kind: str | None  # growth, share, change, level or None (unknown)
    previous: str = ""  # the sentence before, in the same paragraph
    after: str = ""  # the words right after the figure ("1,500 participants", "200多名专家")
    core: str = ""  # the clause between the punctuation around the figure: its metric at full weight
    entity_leads: bool = False  # named in the sentence before the figure: the subject, not a passing name
    cell: bool = False  # in a table cell, its row and column its words
    rest: str = ""  # the sentence after the figure's clause (the next figure's words)
    # named in the sentence for another figure ("2023年…3.42亿元；…已覆盖800余家",
    # "…60% of global output last year and installs 50% of…"): it dates that
    # figure, this one weakly (Document._carried)
    period_carried: bool = False


class Document:
    """A draft prepared once for the contexts of all its figures."""

    def __init__(
        self, text: str, masked: str, today: date, finder: EntityFinder, part_of: dict[str, str] | None = None
    ) -> None:
        self.text = text
        self.today = today
        self.part_of = part_of or {}
        self.references: tuple[list[int], list[str]] | None = None
        self.organisation_references: tuple[list[int], list[str]] | None = None
        self.located: tuple[list[bool], list[bool]] | None = None  # Document._locations
        self.finder = finder
        self.lowered: str | None = None  # the text in lower case, offsets kept: found on first need
        self.phrases: dict[re.Pattern[str], tuple[list[int], list[int]]] = {}
        # The country is never "the city".
        self.country = finder.country
        self.bounds = [0] + [m.end() for m in _SENTENCE_END.finditer(masked)] + [len(text)]
        self.paragraphs = [0] + [m.end() for m in _PARAGRAPH.finditer(masked)]
        self._join_answers(masked)
        self.headings = [(m.start(), m.end()) for m in _HEADING.finditer(masked)]
        self.labels = [(m.start(), m.end()) for m in _BRACKET_TITLE.finditer(masked)] if "【" in masked else []
        flat = _flatten(masked)  # names and time phrases may wrap across lines
        examples = [match.span(1) for match in _EXAMPLES.finditer(flat)]
        examples += [match.span(match.lastindex or 0) for match in _NEIGHBOUR.finditer(flat)]
        found = finder.find(flat)
        # (names in the possessive inside a phrase set after a name: no subject of
        # the sentence, but still a place "the city" may take up later)
        self.asides = (self._asides(flat, found) if ", " in flat else frozenset()) | self._likened(flat, found)
        foreign = self._foreign_areas(flat, found)
        self.entities = [
            e
            for e in found
            if not (e[2] == self.country and _scope(flat, e[0], e[1]))
            and not any(lo <= e[0] < hi for lo, hi in examples)
            and e[0] not in foreign
            and not _STREET.match(flat, e[1])  # a street, not the city
        ]
        self.entity_starts = [e[0] for e in self.entities]
        # "totals for 2023, not for January-October 2024": a period denied dates nothing
        # ("11:18, 6 February 2025 (UTC)": a signature's or a log's time stamp says when it was written)
        self.times: list[TimeMention] = [
            t
            for t in find_times(flat, today)
            if not _DENIED.search(flat, max(0, t.start - 24), t.start)
            and not _STAMPED.search(flat, max(0, t.start - 12), t.start)
        ]
        self.time_starts = [t.start for t in self.times]
        counts = Counter(e[2] for e in self.entities)
        self.main_entity = counts.most_common(1)[0][0] if counts else None
        # A document that names one entity far more than any other is about it.
        self.main_dominant = bool(counts) and counts.most_common(1)[0][1] >= DOMINANCE * sum(counts.values())
        self.main_first = next((at for at, _, name in self.entities if name == self.main_entity), 0)
        # (named only in a dateline, "HONG KONG, July 19, 2024 —", it is where the writer files
        # from: a guess at the subject, not the document's own)
        self.main_in_body = any(
            name == self.main_entity and not (at < OPENING and _dateline(flat, end)) for at, end, name in self.entities
        )
        self.tables = Tables(masked)

    def _join_answers(self, masked: str) -> None:
        """No sentence or paragraph break between a question and the answer
        that follows it ("…in 2024?" / "*Answer: 421.*", "…多少？" / "答：…")."""
        for answer in _ANSWER.finditer(masked):
            # (the question mark, then nothing but markup and blank lines before the answer)
            question = _QUESTION_END.search(masked, max(0, answer.start() - 200), answer.start())
            if question is None:
                continue
            lo, hi = question.start() + 1, answer.start()
            self.bounds = [b for b in self.bounds if not lo <= b <= hi]
            self.paragraphs = [p for p in self.paragraphs if not lo <= p <= hi]

    def sentence_span(self, offset: int) -> tuple[int, int]:
        index = bisect.bisect_right(self.bounds, offset) - 1
        start, end = self.bounds[index], self.bounds[min(index + 1, len(self.bounds) - 1)]
        # "44.3%! This is the first three quarters...": a figure alone in its
        # exclamation belongs with the sentence that explains it.
        if end - start <= 64 and len(self.text[start:end].strip()) <= 16 and index + 2 < len(self.bounds):
            end = self.bounds[index + 2]
        # A "sentence" of megabytes (a file with no full stops) would make
        # every figure's work grow with the file: keep a window around it.
        return max(start, offset - SENTENCE_WINDOW), min(end, offset + SENTENCE_WINDOW)

    def _lead_in(self, para: int) -> tuple[int, int]:
        """For a list item, the paragraph that introduces its list ("The tyre
        maker walked us through what its rebuild has delivered:" before "-
        logistics efficiency: up 25%"): its names are the items' too. An
        empty span when the paragraph is no list item or no lead-in ends
        with a colon."""
        table = _ROW.match(self.text, para) is not None
        if not table and not _ITEM.match(self.text, para):
            return (0, 0)
        index = bisect.bisect_right(self.paragraphs, para) - 1
        while index > 0 and _ITEM.match(self.text, self.paragraphs[index]):
            index -= 1
        if table:
            index -= 1  # a table is one paragraph: the one before introduces it
        start = self.paragraphs[index] if index >= 0 else para
        end = self.paragraphs[index + 1] if index + 1 < len(self.paragraphs) else len(self.text)
        lead = self.text[start:end].rstrip()
        if start == para or not table and not lead.endswith((":", "：")) and not _BOLD_LINE.fullmatch(lead):
            return (0, 0)
        if not table:  # the sentence that ends in the colon introduces the items, not the whole paragraph
            start = max(start, self.sentence_span(start + len(lead) - 1)[0])
        return (start, end)

    def paragraph_start(self, offset: int) -> int:
        # Bounded like sentences: no figure looks back over megabytes.
        return max(self.paragraphs[bisect.bisect_right(self.paragraphs, offset) - 1], offset - 4 * SENTENCE_WINDOW)

    def heading_before(self, offset: int) -> tuple[int, int] | None:
        span = None
        for heading in self.headings:
            if heading[0] > offset:
                break
            span = heading
        return span

    def _nearest(self, starts: list[int], items: list, lo: int, hi: int, mention: Mention,  # type: ignore[no-untyped-def]
                 skip: tuple[int, int] = (0, 0)):
        first = bisect.bisect_left(starts, lo)
        last = bisect.bisect_left(starts, hi)
        best = None
        entities = starts is self.entity_starts
        facility, after_previous = self._locations() if entities else ([], [])
        previous: int | None = None  # the entity weighed last
        for index in range(first, last):
            item, start = items[index], starts[index]
            if skip[0] <= start < skip[1] or entities and start in self.asides:
                continue
            if start < mention.end and item_end(item) > mention.start:
                continue  # "7 years ago" does not date the "7 years" it contains
            # The nearest wins; what follows the figure pays a small penalty,
            # since subjects and periods usually come first.
            gap = start - mention.end
            if start <= mention.start:
                distance = max(0, mention.start - item_end(item))
            else:
                separated = bool(_SEPARATOR.search(self.text, mention.end, start))
                if gap <= 4 and not separated:
                    distance = gap + 1
                elif not separated:
                    distance = AFTER_PENALTY + gap
                else:  # in another clause ("..., 均居全国前列"): only when nothing comes before
                    distance = FAR + gap
            if entities:
                # "Fourier ... its Shanghai plant": where the plant is, not whose; "Fourier
                # Intelligence in Shanghai", "傅利叶智能位于上海": where the entity before it is
                if facility[index] or previous is not None and (
                    after_previous[index]
                    if previous == index - 1
                    else bool(_LOCATED.fullmatch(self.text, item_end(items[previous]), start))
                ):
                    distance += FAR
                previous = index
            if best is None or distance < best[0]:
                best = (distance, item)
        return best[1] if best else None

    def _locations(self) -> tuple[list[bool], list[bool]]:
        """For each entity named, once per draft: whether a plant or a site
        follows it, and whether it stands right after the entity before it
        as where that one is."""
        if self.located is None:
            ends = [end for _, end, _ in self.entities]
            self.located = (
                [
                    bool(_FACILITY_AFTER.match(self.text, end))
                    or bool(_FACILITY_BEFORE.search(self.text, max(0, at - 40), at))
                    for at, end in zip(self.entity_starts, ends)
                ],
                [
                    index > 0 and bool(_LOCATED.fullmatch(self.text, ends[index - 1], start))
                    for index, start in enumerate(self.entity_starts)
                ],
            )
        return self.located

    def _names(self, lo: int, hi: int, skip: tuple[int, int] = (0, 0)) -> tuple[str, ...]:
        """The entities named in [lo, hi), but for those in ``skip``."""
        first = bisect.bisect_left(self.entity_starts, lo)
        last = bisect.bisect_left(self.entity_starts, hi)
        return tuple(
            dict.fromkeys(
                e[2] for e in self.entities[first:last] if not skip[0] <= e[0] < skip[1] and e[0] not in self.asides
            )
        )

    def _whole(self, mention: Mention, kind: str | None, begin: int, stop: int) -> tuple[int, int]:
        """Where a share names its whole ("占全国总数的60%", "60% of all the
        products approved in China"): a name there is what the figure is a
        share of, not its subject. An empty span when there is none."""
        if kind != "share":
            return (0, 0)
        share_of = self.text.rfind("占", begin, mention.start)
        if share_of >= 0:
            return (share_of, mention.start)
        if _OF.match(self.text, mention.end, stop):
            return (mention.end, stop)
        return (0, 0)

    def _entity(
        self, mention: Mention, start: int, end: int, lo: int, hi: int, kind: str | None = None
    ) -> tuple[str | None, str | None, tuple[str, ...], tuple[str, ...], bool]:
        """(nearest entity, where it was found, the entities the figure may be
        about, every entity named around it, whether it is named before the
        figure in its sentence)."""
        para = self.paragraph_start(mention.start)
        heading = self.heading_before(mention.start)
        # After a semicolon that names someone, the sentence is that part ("我国…位居世界第一；
        # 全球每卖出5辆新能源汽车，就有1辆是比亚迪": BYD's, not the country's).
        part = self._after_semicolon(start, mention.start)
        # (named in its own part: "…stands at 26.9%; and in Shanghai, robot density…" names the next part's)
        if part > start and set(self._names(part, self._before_semicolon(mention.end, end))) - {self.country}:
            start = part  # (the country alone after it is most often a reach: "…across the country")
        # "Comparisons with Beijing come up…, but Shanghai's own market…": a place set
        # against before the turn is not the figure's when the part after it names one
        turn = max((found.end() for found in _TURN.finditer(self.text, start, mention.start)), default=start)
        if turn > start and set(self._names(turn, mention.start)) - {self.country}:
            start = turn
        # Before a semicolon whose part opens with a name, the sentence ends there when its own part
        # names no one ("…普及率达到81.0%，…62.9%；浙江省级数字化车间…": Zhejiang's is the next part)
        semicolon = self.text.find("；", mention.end, end)
        if semicolon >= 0 and not self._names(start, semicolon):
            opening = self._named_at(semicolon + 1)
            if opening is not None and opening != self.country:
                end = semicolon
        # The figure's clause starts after the last separator before it and,
        # after it, runs to the next punctuation ("4082P of computing power
        # deployed in Tianjin and Hebei by Beijing providers").
        begin, stop = self._stretch(mention, max(start, lo), min(end, hi), _SEPARATOR, _PUNCTUATION)
        if not self._names(begin, mention.start):
            # An "and" that joins nouns ("…, and in Zhejiang the use of R&D and design tools
            # reached 80.1%") cut the clause short of its name: it starts at the clause's mark
            # (not for the country: "across China … and drew on 700,000 machines" is a reach; nor
            # for a name right after the mark, or one related to a name before it: the same subject)
            marked = self._stretch(mention, max(start, lo), mention.start, _CLAUSE_BREAK, _CLAUSE_BREAK)[0]
            named = set(self._names(marked, begin)) - {self.country}
            earlier = set(self._names(start, marked)) - {self.country}
            gap = self.text[marked:begin]
            opening = self._named_at(marked + len(gap) - len(gap.lstrip()))  # "Chengdu City, Sichuan Province"
            if (
                marked < begin
                and named
                and opening is None
                and not any(related(self.part_of, a, b) for a in earlier for b in named)
            ):
                begin = marked
        # A share's whole is not its subject when another name may be.
        skip = self._whole(mention, kind, begin, stop)
        if skip[0] >= skip[1]:
            # ("…10 days after Junshi's toripalimab, and the first prescription came within 48 hours":
            # the point a lag was measured from, before the figure, is not its subject)
            skip = self._lag_point(start, mention.start)
        if self._names(para, end, skip) == () or skip[0] >= skip[1]:
            skip = (0, 0)
        in_segment = tuple(
            dict.fromkeys(
                self._names(begin, mention.start, skip)
                + self._names(mention.end, stop, skip)
            )
        )
        whole_sentence = self._names(start, end, skip)
        named_in_clause = bool(in_segment)
        if in_segment and not self._names(begin, mention.start, skip) and self._names(start, begin, skip):
            # Named in the clause only after the figure, where something went
            # ("cloud providers ... have deployed 4,802P in Tianjin-Hebei"), with a
            # subject named earlier in the sentence ("built by Beijing firms:"):
            # the sentence's names, the nearest before the figure first.
            in_segment = ()
        if in_segment and self._facilities_only(begin, stop) and self._names(start, begin, skip):
            # "Fourier, meanwhile, told us its Shanghai plant is designed to turn
            # out 1 million joints": the clause names only where a plant is; its
            # owner is the sentence's subject
            in_segment = ()
        in_sentence = in_segment or whole_sentence
        if not named_in_clause and (before := self._names(start, mention.start, skip)) and before != whole_sentence:
            # Its clause names no one; named before the figure, and again in a later clause ("Tianjin, whose
            # turnover reached 190 billion yuan, ... asks whether Beijing's shadow
            # helps"): the later names are a comparison, not the figure's subject.
            in_sentence = before
        in_paragraph = self._names(para, start, skip)
        lead = self._lead_in(para) if not in_paragraph else (0, 0)
        in_lead = self._names(*lead, skip) if lead[1] else ()
        in_heading = self._names(*heading, skip) if heading else ()
        # Entities the figure might belong to: those of its own clause when it
        # has any, else everything named around it (a share's whole included).
        # (When the clause's name leads, the matcher looks at it alone.)
        # ("rising 16.2% nationwide …, while in the capital the digital economy …": past a
        # contrast after the figure, the sentence speaks of another subject)
        contrast = CONTRAST.search(self.text, mention.end, end)
        sentence_names = self._names(start, contrast.start(), skip) if contrast else whole_sentence
        around = tuple(dict.fromkeys(in_segment + sentence_names)) if in_segment else tuple(
            dict.fromkeys(sentence_names + in_paragraph + in_heading)
        )
        around = tuple(dict.fromkeys(around + self._names(*skip)))
        named_before = self._names(start, mention.start, skip)
        if in_sentence and not named_before:
            # Named only after the figure ("it linked 9,000 firms across the
            # country"): the subject may be the one of the sentences before.
            around = tuple(dict.fromkeys(around + in_paragraph))
        segment = (begin, stop) if in_segment else (start, end)
        # (names standing only after the figure, beyond its clause, are a
        # comparison: "本市…260台/万人，在国内主要城市中位居前列")
        unnamed = not in_sentence or not in_segment and not named_before
        one_in = _ONE_IN.match(self.text, mention.end)
        # "全球每卖出5辆新能源汽车，就有一辆是比亚迪": the N is the one named after it
        if one_in is not None and (name := self._named_at(one_in.end())) is not None:
            return name, "sentence", (name,), tuple(dict.fromkeys((name, *around))), False
        if not named_before and (district := self._district_referred(start, mention)) is not None:
            return district
        word = self._organisation_referred(start, mention.start) if not named_before else None
        if word is None and named_before and self._place_kind_of_firm(start, mention.start):
            word = "the company"  # "The Beijing company began in 2018 as a startup of 3 people"
        if word is not None:
            organisation = self._organisation_before(start, _ORGANISATION_WORDS[word])
            if organisation is not None:
                return organisation, "reference", (organisation,), tuple(dict.fromkeys((organisation, *around))), False
        # "the city" before the figure in its sentence, any name after it
        # or in the sentences before: "cloud firms of the city deployed
        # 4,082 P in Tianjin-Hebei", "…在美获批…。截至去年底，本市…约30家"
        said_before = self._referred(start, mention.start) if not named_before else None
        if said_before is None and named_before:
            # "据北京市科委、中关村管委会披露的数据，2023年该市共登记技术合同…": the names
            # say whose data they are; "the city" after them is the figure's subject
            source = _SOURCE.match(self.text, start, mention.start)  # (where the sentence opens)
            last = self.entities[bisect.bisect_left(self.entity_starts, mention.start) - 1]
            if source is not None and last[1] <= source.end():
                said_before = self._referred(source.end(), mention.start)
        if said_before is None and named_before:
            # "the city's cloud providers have installed in Tianjin-Hebei…: about 4,802 P": places
            # where something went, after the subject "the city" names
            at = bisect.bisect_left(self.entity_starts, start)
            first = self.entity_starts[at]
            # (not the country: "across the country the picture is similar" widens the view)
            if self.entities[at][2] != self.country and _LOCATIVE.search(self.text, max(start, first - 16), first):
                said_before = self._referred(start, first)
        if said_before is None and self.country and set(named_before) == {self.country}:
            # "research in China, … the 16 measures the city adopted": the city its
            # clause speaks of, not the country named as a scope before it
            said_before = self._referred(begin, stop)
        said = self._referred(para, end) if unnamed and not in_paragraph else None
        if said is None:
            said = said_before
        if said is None and not in_sentence:
            # "the city's roads" after the figure, its sentence naming no one,
            # the paragraph naming a place and its country ("Shanghai remains
            # China's showcase. ... 1.27 million ... on the city's roads")
            said = self._referred(mention.end, end)
        if said is not None:
            place = self._place_before(start, said)
            if place is not None:
                # "本市…增长34.3%；…我国…": the place referred to before the figure in
                # its sentence leads it, as a name there would
                return place, "reference", (place,), tuple(dict.fromkeys((place, *around))), said_before is not None
            if said in _OWN and (not in_sentence or unnamed) and self._names_places():
                # "我省" in a report whose own province is never named, that
                # names others: some province the draft does not name
                return None, "unnamed", (), around, False
        if (
            not in_sentence
            and self.country
            and (
                self._says(_WIDER, start, mention.start)
                or not in_paragraph and self._says(_NATIONAL_SUBJECT, para, end)
            )
        ):
            # "Back to the national picture. ... 412 demonstration factories", under
            # a heading about Shanghai: the paragraph speaks of the country; "More
            # broadly, ... grew 8.7%" after a city's figures: the sentence does
            country = self.country
            return country, "paragraph", (country,), tuple(dict.fromkeys((country, *around))), False
        for names, low, high, source in (
            (in_sentence, *segment, "sentence"),
            (in_paragraph, para, start, "paragraph"),
            (in_lead, *lead, "paragraph"),
            (in_heading, *(heading or (0, 0)), "heading"),
        ):
            if names:
                found = self._nearest(self.entity_starts, self.entities, low, high, mention, skip)
                if found is None:
                    continue  # the only name is inside the figure ("US$300,000,000"): no subject here
                if source == "paragraph" and found[2] == self.country and (said := self._referred(found[1], start)):
                    # "…the deepest market in China. In 2023 the city registered …. The number
                    # of contracts rose … by 21.1%": the city spoken of since, not the scope
                    place = self._place_before(start, said)
                    if place is not None and place != self.country:
                        return place, "reference", (place,), tuple(dict.fromkeys((place, *around))), False
                # (it leads when named before the figure, though named again after it: "Our
                # Beijing station reports … about 30 … from the capital")
                leads = source == "sentence" and (
                    found[0] < mention.start
                    or found[2] in self._places() and found[2] in self._names(low, mention.start, skip)
                )
                return found[2], source, names, around, leads
        if self.main_entity and self.main_dominant and self.main_first < mention.start and self.main_in_body:
            # (named only further on, the draft's subject is not yet this figure's:
            # "the half-year data ... ## One plant that rewired its yard")
            return self.main_entity, "document", (self.main_entity,), around, False
        return self.main_entity, "guess" if self.main_entity else None, (), around, False

    def _lag_point(self, lo: int, hi: int) -> tuple[int, int]:
        """The span of the last name in [lo, hi) that a lag is measured from
        ("10 days after Junshi's toripalimab"); an empty span when none is."""
        first = bisect.bisect_left(self.entity_starts, lo)
        for at, end, _ in reversed(self.entities[first : bisect.bisect_left(self.entity_starts, hi)]):
            if _LAG_FROM.search(self.text, max(0, at - 24), at):
                return (at, end)
        return (0, 0)

    def _after_semicolon(self, start: int, offset: int) -> int:
        """Where the part of a sentence (from ``start``) that ``offset`` is in
        begins: after the last semicolon before it, else ``start``."""
        return max(start, self.text.rfind(";", start, offset) + 1, self.text.rfind("；", start, offset) + 1)

    def _before_semicolon(self, offset: int, end: int) -> int:
        """Where the part of a sentence (to ``end``) that ``offset`` is in
        ends: at the first semicolon after it, else ``end``."""
        return min((at for at in (self.text.find(";", offset, end), self.text.find("；", offset, end)) if at >= 0),
                   default=end)

    def _district_referred(
        self, start: int, mention: Mention
    ) -> tuple[str | None, str, tuple[str, ...], tuple[str, ...], bool] | None:
        """"我区今年新增省级数字化车间12个": a district's own figure. The district
        (or county, or region) named last before, if any; else some district
        the draft does not name, whose figures no claim holds. None when the
        sentence does not say 我区, 全区, 本县…"""
        if _DISTRICT_OWN.search(self.text, start, mention.start) is None:
            return None
        for _, _, name in reversed(self.entities[: bisect.bisect_left(self.entity_starts, start)]):
            if any(alias.endswith(("区", "县", "district", "county", "zone")) for alias in self.finder.aliases(name)):
                return name, "reference", (name,), (name,), True
        return None, "unnamed", (), (), False

    def _referred(self, lo: int, hi: int) -> str | None:
        """The first of "the city", "全省"... standing in [lo, hi); None if
        none stands there."""
        if self.references is None:  # found once per document, on first need
            found = _references(self.text, self._lowered(), _REFERENCE_WORDS, _REFERENCE_CHINESE)
            self.references = ([at for at, _ in found], [word for _, word in found])
        starts, kinds = self.references
        first = bisect.bisect_left(starts, lo)
        return kinds[first] if first < len(starts) and starts[first] < hi else None

    def _place_before(self, offset: int, word: str) -> str | None:
        """The place "the city" refers to: the last entity named before
        ``offset`` (a district or a company stands for its city), but the
        country; a city for "the city", a province for "全省" (a place whose
        names say neither may be either). "我市", "本省": the first such place
        the document's opening names, if any."""
        places = self._places()
        kind = _PLACE_KIND[word]
        own = word in _OWN
        if word in ("全市", "全省") and (home := self.home) is not None:
            # "丰台区人民政府常务会议纪要 … 去年全市技术合同成交额…": a district's (or a city's)
            # paper speaks of its own city (province) as 全市 (全省), whoever it named since
            top = self._top(home)
            if top != home and top != self.country and self._of_kind(top, kind):
                return top
        before = self.entities[: bisect.bisect_left(self.entity_starts, min(offset, OPENING) if own else offset)]
        fallback = None
        # A place of an earlier paragraph of a section whose heading names
        # another ("## Why Shanghai" ... "Beijing, our back-up, had ..." ...
        # "The city currently counts 15"): the section's place, not the last named.
        para = self.paragraph_start(offset)
        heading = self.heading_before(offset)
        titled = None
        if heading is not None and not own:
            titled = self._first_place(self._names(*heading), kind)
        # A section whose heading names no place, under a title that names one
        # ("# Licensing technology into Beijing" … "## Support for foreign research"):
        # "the municipal government" there is the title's, not a place an earlier section compared
        title = None
        if heading is not None and titled is None and not own and self.headings and self.headings[0] != heading:
            title = self._first_place(self._names(*self.headings[0]), kind)
        for at, _, name in before if own else reversed(before):  # the first named, or the last
            top = self._top(name)
            if top != self.country and top in places and self._of_kind(top, kind):
                # A place named after a figure of its sentence is where something
                # went ("deployed 4,082 P in Tianjin, Hebei..."), not the subject
                # "the city" takes up; it is the referent only if no subject is.
                sentence = self.bounds[bisect.bisect_right(self.bounds, at) - 1]
                # (nor is one it is compared with or set against: "we will compare it
                # with Shenzhen", "Why Shanghai, and not Suzhou or Shenzhen?")
                if titled and top != titled and heading is not None and heading[1] <= at < para:
                    return titled
                if title and top != title and heading is not None and at < heading[0]:
                    return title
                # ("我市" is the writer's own place: the first the opening names, whatever stands before it,
                # but not a place visited: "关于赴北京学习考察…的报告" from 廊坊)
                if own and _VISITED.search(self.text, max(0, at - 8), at):
                    return None  # the first place the opening names is where the writers went: theirs is unnamed
                if own or not self._figure_between(sentence, at) and not _COMPARED.search(self.text, sentence, at):
                    return top
                fallback = fallback or top
        if own:
            # "source: 湖北省科学技术厅" in the front matter, the body never naming it: its own place
            return self._front_place(kind)
        return fallback

    def _front_place(self, kind: str) -> str | None:
        """The first place of ``kind`` the draft's front matter names (its
        title, its source), which the body's opening does not repeat."""
        front = FRONT_MATTER.match(self.text)
        if front is None:
            return None
        return self._first_place((name for _, _, name in self.finder.find(_flatten(front.group("body")))), kind)

    def _first_place(self, names: Iterable[str], kind: str) -> str | None:
        """The first of these names that is a place of ``kind`` (a district or
        a company standing for its city), but the country."""
        places = self._places()
        found = (top for top in map(self._top, names) if top != self.country and top in places)
        return next((top for top in found if self._of_kind(top, kind)), None)

    @functools.cached_property
    def home(self) -> str | None:
        """The place the document's opening names first (an issuing office,
        a dateline), unless the writers went there ("赴北京考察")."""
        places = self._places()
        for at, _, name in self.entities[: bisect.bisect_left(self.entity_starts, OPENING)]:
            top = self._top(name)
            if top != self.country and top in places:  # (a district's report is the district's, not its city's)
                return None if _VISITED.search(self.text, max(0, at - 8), at) else name
        return None

    def _top(self, name: str) -> str:
        """The entity a district or company is (transitively) part of."""
        lineage = [name]
        while lineage[-1] in self.part_of and self.part_of[lineage[-1]] not in lineage:
            lineage.append(self.part_of[lineage[-1]])
        return lineage[-1]

    def _says(self, pattern: re.Pattern[str], lo: int, hi: int) -> bool:
        """A match of ``pattern`` lies within [lo, hi): the draft is searched
        once, not once per figure (ten thousand list items in one "sentence"
        made a search per figure quadratic)."""
        found = self.phrases.get(pattern)
        if found is None:
            # (most drafts hold none of the words: no scan at every position then)
            words = _PHRASE_WORDS[pattern]
            lowered = self._lowered()
            spans = [m.span() for m in pattern.finditer(self.text)] if any(w in lowered for w in words) else []
            found = self.phrases[pattern] = ([a for a, _ in spans], [b for _, b in spans])
        starts, ends = found
        first = bisect.bisect_left(starts, lo)
        return first < len(starts) and min(ends[first : bisect.bisect_left(starts, hi)], default=hi + 1) <= hi

    def _names_places(self) -> bool:
        places = self._places()
        return any(name in places for _, _, name in self.entities)

    def _of_kind(self, place: str, kind: str) -> bool:
        kinds = self.finder.place_kinds().get(place)
        return not kinds or bool(kinds & _KINDS[kind])

    def _lowered(self) -> str:
        if self.lowered is None:
            lowered = self.text.lower()
            if len(lowered) != len(self.text):  # a letter whose lower case is longer (İ): offsets would drift
                lowered = "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in self.text)
            self.lowered = lowered
        return self.lowered

    def _figure_between(self, lo: int, hi: int) -> bool:
        """A number stands in [lo, hi) that is no part of a period (a figure)."""
        for digits in _DIGITS.finditer(self.text, lo, hi):
            at = bisect.bisect_right(self.time_starts, digits.start()) - 1
            if at < 0 or self.times[at].end <= digits.start():
                return True
        return False

    def _dated_before(self, start: int, lo: int, mention: Mention, cell: bool = False) -> tuple[int, int]:
        """The span of the last period in [start, lo) that stands right before
        a figure ending by ``lo`` ("2014年的48.2件"): that figure's date, with
        the years of the same kind just before it. Or the period right after
        the figure ending at ``lo`` when "to" leads to this one ("from 48.2 per
        10,000 residents in 2014 to 262.9 ... in 2023"), or, in a table
        ``cell``, a comma ("48.2件 in 2014, 262.9件 last year")."""
        first = bisect.bisect_left(self.time_starts, start)
        last = bisect.bisect_left(self.time_starts, lo)
        run: list[TimeMention] = []  # "由2014年的48.2件增至去年的262.9件": both years are taken
        for time in reversed(self.times[first:last]):
            figure = _OWN_DATE.match(self.text, time.end)
            if figure and figure.end() <= lo:
                run.append(time)
            elif run:
                break
        if run:
            return (run[-1].start, run[0].end)
        if start < lo:
            stop = bisect.bisect_left(self.time_starts, mention.start)
            for time in self.times[last:stop]:
                if (
                    time.start - lo <= _FROM_GAP
                    and (
                        _TO_NEXT.fullmatch(self.text, time.end, mention.start)
                        or cell and _LISTED_NEXT.fullmatch(self.text, time.end, mention.start)
                    )
                    and not _SEPARATOR.search(self.text, lo, time.start)
                ):
                    return (time.start, time.end)
        return (0, 0)

    def _organisation_referred(self, lo: int, hi: int) -> str | None:
        """The last of "the platform", "该公司"... standing in [lo, hi)."""
        if self.organisation_references is None:
            found = _references(self.text, self._lowered(), _ORGANISATION_ENGLISH, _ORGANISATION_CHINESE)
            self.organisation_references = ([at for at, _ in found], [word for _, word in found])
        starts, words = self.organisation_references
        last = bisect.bisect_left(starts, hi) - 1
        return words[last] if last >= 0 and starts[last] >= lo else None

    def _facilities_only(self, lo: int, hi: int) -> bool:
        """Every name in [lo, hi) says where a plant or a site is ("its
        Shanghai plant", "上海的工厂")."""
        first = bisect.bisect_left(self.entity_starts, lo)
        last = bisect.bisect_left(self.entity_starts, hi)
        facility = self._locations()[0]
        return first < last and all(facility[first:last])

    def _place_kind_of_firm(self, lo: int, hi: int) -> bool:
        """Every name in [lo, hi) is a place that says where a firm is from
        ("The Beijing company", "the Shanghai-based maker"): no subject of
        its own, but a reference to the organisation named before."""
        first = bisect.bisect_left(self.entity_starts, lo)
        last = bisect.bisect_left(self.entity_starts, hi)
        named = self.entities[first:last]
        places = self._places()
        return bool(named) and all(
            name in places and _FIRM_AFTER.match(self.text, end, hi) for _, end, name in named
        )

    def _organisation_before(self, offset: int, kind: str) -> str | None:
        """The organisation "the company" refers to: the last entity named
        before ``offset`` that is no place, a few sentences back at most;
        for "the exchange", the last whose name says it is one, if any."""
        places = self._places()
        before = self.entities[: bisect.bisect_left(self.entity_starts, offset)]
        if kind == _OWN_ORGANISATION:  # "我司", "我们的": the speaker's, however far back it was named
            return next((name for _, _, name in reversed(before) if name not in places and name != self.country), None)
        if kind:
            for _, _, name in reversed(before):
                if any(kind in alias for alias in self.finder.aliases(name)):
                    return name
        floor = self.bounds[max(0, bisect.bisect_right(self.bounds, offset) - 1 - ORGANISATION_SENTENCES)]
        for at, _, name in reversed(before):
            if at < floor:
                return None
            if name not in places and name != self.country:
                return name
        return None

    def _places(self) -> frozenset[str]:
        """Entities that are places: a name of theirs ends in 市, 省, 自治区 or
        特别行政区, or something is part of them (a company without a city is
        no "city")."""
        return self.finder.places(self.part_of)

    def _stretch(
        self, mention: Mention, low: int, high: int, before: re.Pattern[str], after: re.Pattern[str]
    ) -> tuple[int, int]:
        """The part of [low, high) around the figure from the end of the last
        ``before`` separator preceding it to the first ``after`` one following it."""
        for separator in before.finditer(self.text, low, mention.start):
            low = separator.end()
        stop = after.search(self.text, mention.end, high)
        return low, stop.start() if stop else high

    def _previous_sentence(self, start: int) -> str:
        """The sentence before, even across a paragraph break ("Beijing
        registered 106,552 technology contracts... // The deals were worth
        ..."), but not across a heading."""
        index = bisect.bisect_right(self.bounds, start - 1) - 1
        heading = self.heading_before(start)
        floor = heading[1] if heading else 0
        end = start
        while index >= 0 and self.bounds[index] >= floor:
            before = self.bounds[index]
            if self.text[before:end].strip():  # skip the blank line between paragraphs
                # Windowed like the sentence itself: no figure carries megabytes.
                return self.text[max(before, end - SENTENCE_WINDOW):end]
            end, index = before, index - 1
        return ""

    def _named_at(self, offset: int) -> str | None:
        """The entity whose name starts right at ``offset``, if any."""
        at = bisect.bisect_left(self.entity_starts, offset)
        return self.entities[at][2] if at < len(self.entities) and self.entity_starts[at] == offset else None

    def _foreign_areas(self, flat: str, found: list[tuple[int, int, str]]) -> set[int]:
        """Where an area's generic name stands right after another place
        ("Shanghai's autonomous driving demonstration zone", "| 上海 |
        高级别自动驾驶示范区规划面积 |"): that place's own zone, which the
        database does not know, not the area of the same name elsewhere."""
        places = self._places()
        foreign = set()
        for before, (start, _, name) in zip(found, found[1:]):
            owner = before[2]
            if (
                owner in places
                and _AREA_NAME.search(name)
                and name in self.part_of
                and not related(self.part_of, name, owner)
                and _ADJACENT.fullmatch(flat, before[1], start)
            ):
                foreign.add(start)
        return foreign

    @staticmethod
    def _likened(flat: str, found: list[tuple[int, int, str]]) -> frozenset[int]:
        """Where the names a subject is likened to start ("The capital, like
        Shanghai, also has…", "与上海一样"): a comparison, not a subject."""
        return frozenset(
            start for start, end, _ in found
            if _LIKE_BEFORE.search(flat, max(0, start - 8), start)
            or flat[start - 1 : start] in ("与", "和", "同") and _LIKE_AFTER.match(flat, end)
        )

    @staticmethod
    def _asides(flat: str, found: list[tuple[int, int, str]]) -> frozenset[int]:
        """Where the names in the possessive inside a phrase set after a name
        start ("Shanghai, the country's car capital, ...")."""
        starts = [e[0] for e in found]
        asides = set()
        for before in found:
            match = _APPOSITIVE.match(flat, before[1])
            if match is None:
                continue
            for e in found[bisect.bisect_right(starts, match.start()) : bisect.bisect_left(starts, match.end())]:
                if flat.startswith(("'s", "’s"), e[1]):
                    asides.add(e[0])
        return frozenset(asides)

    def _carried(self, time: TimeMention, mention: Mention, start: int, stop: int) -> bool:
        """The period is another figure's: it stands before another figure of
        the sentence (from ``start``) and a semicolon, or a state ("已覆盖",
        "累计", "have completed") in this figure's clause (ending at ``stop``),
        sets this figure apart from it; or it trails another figure in that
        figure's clause."""
        if time.end > mention.start:
            return False
        if self._figure_between(time.end, mention.start):
            return (
                _STRONG_SEPARATOR.search(self.text, time.end, mention.start) is not None
                or _STATE.search(self.text, time.end, max(stop, mention.end)) is not None
            )
        # right after another figure, in its clause: "…more than 60% of global
        # production last year and installs more than 50% of the world's robots"
        begin = start
        for mark in _BREAK.finditer(self.text, start, time.start):
            begin = mark.end()
        return self._figure_between(begin, time.start)

    def _perfect(self, mention: Mention, start: int) -> bool:
        """ "已形成1.2万P", "has reached 160 people": a state presented as it is now."""
        return bool(_PERFECT.search(self.text[max(start, mention.start - 16) : mention.start]))

    def _period_fields(self, time: TimeMention | None, inherited: bool, current: bool) -> dict[str, object]:
        return {
            "period": time.period if time else None,
            "period_text": self.text[time.start : time.end] if time else None,
            "period_relative": time.relative if time else False,
            "period_inherited": inherited and time is not None,
            "period_current": current,
        }

    def _table_context(self, mention: Mention, cell: Cell, lo: int = 0) -> Context:
        """A figure in a table cell: its row label and column header are its
        sentence (metric and period usually in the one, entity in the other)."""
        # Cells that describe (no digits: "优势产业集群", "what was reported")
        # name the figure's metric as its own words do; cells of other
        # figures are only its sentence.
        # ("| Value of those contracts, 2023 |": a year is no figure of the cell's)
        described = tuple(span for span in cell.others if not self._figure_digit(*span))
        parts = [span for span in (cell.cell, cell.header, cell.label, *described) if span]
        names = tuple(dict.fromkeys(n for span in parts for n in self._names(*span)))
        entity, source = (names[0], "sentence") if names else (None, None)
        around = names
        if not names:
            entity, source, names, around, _ = self._entity(
                mention, cell.line[0], cell.line[1], cell.line[0], cell.line[1]
            )
            if source == "reference" and entity is not None:
                around = (entity,)  # "| 全省 | 83.6% |": the row's own place, not the 全国 row above it
        time = None
        # ("| … | 48.2件 in 2014, 262.9件 last year |": the cell's first year is its first figure's)
        taken = self._dated_before(cell.cell[0], lo, mention, cell=True) if cell.cell[0] < lo else (0, 0)
        for span in (cell.label, cell.header, cell.cell):
            if span and time is None:
                time = self._nearest(self.time_starts, self.times, span[0], span[1] + 1, mention, taken)
        if time is not None and names_a_year(self.text, time):
            # "| 北京市 | 前三季度数字经济…比重 | 44.3% |" under "2023年": a part of the year
            # that a describing cell of the row names is the figure's
            year = time.period
            part = next((t for a, b in described for t in self.times[bisect.bisect_left(self.time_starts, a):]
                         if t.start < b and not t.period.label.isdigit()
                         and (part_without_year(self.text, t) or t.period.within(year))), None)
            if part is not None:
                time = part if part.period.within(year) else in_year(part, year.end.year)
        if time is None:  # a "Period" column: another cell of the row
            time = self._nearest(self.time_starts, self.times, cell.line[0], cell.line[1] + 1, mention)
            if time is not None and (own := self._dated_cell(cell, time)) is not None:
                # "| Invention patents per 10,000 residents | 262.9 | was 48.2 in 2014 |": the
                # year of another figure's cell is that figure's
                time = self._nearest(self.time_starts, self.times, cell.line[0], cell.line[1] + 1, mention, own)
            if time is not None and part_without_year(self.text, time):
                # "| Shanghai | … (cumulative, end of October) | 1.27 million | 2023 |": the row's year
                named = self._named_time(cell.line[0], cell.line[1] + 1, mention)
                if named is not None and names_a_year(self.text, named):
                    time = in_year(time, named.period.end.year)
        elif not time.current and not NAMED_YEAR.search(self.text, time.start, time.end):
            # "| 一月 | 106552项 | 2023年…的技术合同数量 |": a month with no year labels a
            # calendar's page; a year another cell of the row names dates the figure
            # (the one nearest it: "2023年…，2014年这一数字仅为48.2件"). Not "now"
            # ("2017年创立，至今仅7年": seven years to today, not to 2017).
            named = self._named_time(cell.line[0], cell.line[1] + 1, mention, taken)
            if named is None and cell.label and time.start < cell.label[1]:
                # ("| 7月 | 12.6% | 今年前三季度…的产值增速 |": the row's own period, if any)
                named = next((t for t in self.times[bisect.bisect_left(self.time_starts, cell.label[1]):]
                              if t.start < cell.line[1]), None)
            if named is not None:
                time = named
        inherited = time is None
        if time is None:
            time = self._nearest(self.time_starts, self.times, self.paragraph_start(cell.table), cell.table, mention)
        if time is None and (lead := self._lead_in(self.paragraph_start(cell.table)))[1]:
            time = self._nearest(self.time_starts, self.times, *lead, mention)  # "表3 …主要指标（2023年）"
        if time is None:  # "# 北京市2024年度城市体检报告", then a table of its figures
            time = self._heading_time(mention)
        words = " ".join(self.text[a:b] for a, b in parts)
        label = " ".join(self.text[a:b] for a, b in parts[1:])
        return Context(
            sentence=self.text[cell.line[0] : cell.line[1]],
            sentence_start=cell.line[0],
            clause=words,
            lead=" ".join(self.text[a:b] for a, b in cell.others if (a, b) not in described),
            after=self.text[mention.end : cell.cell[1]],
            entity=entity,
            entity_source=source,
            entities=names,
            entities_around=around,
            **self._period_fields(time, inherited, current=bool(time and time.current)),
            kind=kind_of(mention, label, ""),
            cell=True,
        )

    def _figure_digit(self, lo: int, hi: int) -> bool:
        """A digit in [lo, hi) outside the periods named there."""
        at = lo
        first = bisect.bisect_left(self.time_starts, lo)
        for time in self.times[first:]:
            if time.start >= hi:
                break
            if _DIGIT.search(self.text, at, time.start):
                return True
            at = max(at, time.end)
        return bool(_DIGIT.search(self.text, at, hi))

    def _dated_cell(self, cell: Cell, time: TimeMention) -> tuple[int, int] | None:
        """The other cell of the row that holds ``time``, when the period is
        a comparison's, given to a figure of its own ("was 48.2 in 2014", "up
        from 48.2 in 2014"); None otherwise."""
        for start, end in cell.others:
            if start <= time.start and time.end <= end:
                return (start, end) if _COMPARED_FIGURE.search(self.text, start, time.start) else None
        return None

    def _heading_time(self, mention: Mention) -> TimeMention | None:
        """The period of the figure's section: "## The national picture: January
        to June", then its bullets; or of a bracketed label; or the document's
        title, above the sections ("# 2024年前三季度顺义区经济运行分析", then "## 二、
        全市发展环境")."""
        heading = self.heading_before(mention.start)
        title = self.headings[0] if self.headings and self.headings[0][1] <= mention.start else None
        label = next((span for span in reversed(self.labels) if span[1] <= mention.start), None)
        if label is not None and heading is not None and label[0] < heading[0]:
            label = None  # a label of an earlier section
        for span in dict.fromkeys(h for h in (label, heading, title) if h is not None):
            time = self._nearest(self.time_starts, self.times, *span, mention)
            if time is not None and self.text[time.start : time.end].isdigit():
                time = None  # "# 2025高考作文素材": a title's bare year dates no figure under it
            elif time is not None and time.current:
                time = None  # "## Why Shanghai, why now": a heading's "now" presents nothing under it as current
            if time is not None:
                return time
        return None

    def _in_heading_year(self, time: TimeMention, mention: Mention) -> TimeMention:
        """A part of a year that names none, under a heading that names one
        ("## 2023 season review" ... "By the end of October, ..."): of that
        year, not of the draft's."""
        heading = self.heading_before(mention.start)
        if heading is None:
            return time
        named = self._nearest(self.time_starts, self.times, *heading, mention)
        if named is None or not names_a_year(self.text, named) or named.period.end > self.today:
            return time
        return in_year(time, named.period.end.year)

    def _named_time(
        self, lo: int, hi: int, mention: Mention, skip: tuple[int, int] = (0, 0)
    ) -> TimeMention | None:
        """The period in [lo, hi) that names its own year nearest before the
        figure, else the first after it (not one in ``skip``: another figure's)."""
        first = bisect.bisect_left(self.time_starts, lo)
        last = bisect.bisect_left(self.time_starts, hi)
        named = [
            t for t in self.times[first:last]
            if NAMED_YEAR.search(self.text, t.start, t.end) and not skip[0] <= t.start < skip[1]
        ]
        before = [t for t in named if t.end <= mention.start]
        return before[-1] if before else next(iter(named), None)

    def context(self, mention: Mention, lo: int, hi: int) -> Context:
        cell = self.tables.cell_at(mention.start)
        if cell is not None:
            return self._table_context(mention, cell, lo)
        start, end = self.sentence_span(mention.start)
        sentence = self.text[start:end]
        clause = self.text[max(start, lo) : min(end, hi)]
        kind = kind_of(mention, self.text[max(start, lo) : mention.start], self.text[mention.end : min(end, hi)])
        entity, entity_source, candidates, around, leads = self._entity(mention, start, end, lo, hi, kind)
        # The figure's own clause first ("rose 36.9% in January-June, faster
        # than the 34.3% recorded in the first half of 2024"); then the
        # sentence, where a period named after the figure counts only within
        # its own clause.
        own = self._stretch(mention, start, end, _SEPARATOR, _SEPARATOR)
        # "由2014年的48.2件提高到262.9件": a year that stands right before an
        # earlier figure is that figure's, not this one's.
        taken = self._dated_before(start, lo, mention)
        # "较2014年的48.2件": the comparison's year is the period of the figure it names.
        base = _BASE_YEAR.search(self.text, max(start, mention.start - 12), mention.start)
        aside = _DATED_ASIDE.match(self.text, mention.end)
        time = None
        if base:
            time = TimeMention(base.start("y"), base.end(), year_period(int(base.group("y"))), False)
        elif aside:  # "1.2万P（截至9月底）": a period in brackets right after the figure is its own
            time = self._nearest(self.time_starts, self.times, aside.start(1), aside.end(1), mention, taken)
        if time is None:
            time = self._nearest(self.time_starts, self.times, *own, mention, taken)
            if time is not None and time.end <= mention.start and _RELEASED.search(
                self.text, max(0, time.start - 20), time.start
            ):
                stop = _PUNCTUATION.search(self.text, mention.end, min(end, hi))
                time = self._nearest(
                    self.time_starts, self.times, mention.end, stop.start() if stop else min(end, hi), mention, taken
                ) or time
        # (in the figure's part of the sentence: "…1,000 hospitals; when it was founded, it had 3 people")
        part = self._after_semicolon(start, mention.start)
        # "founded by 3 people in 2018 had grown to a team of more than 160": the year
        # right after the earlier figure is its starting point's, this one came after it
        carried = (
            time is not None
            and time.end <= mention.start
            and _GROWN_TO.search(self.text, time.end, mention.start) is not None
            and self._figure_between(start, time.start)
        )
        founding = time is None and (
            _FOUNDING.search(self.text, part, mention.start) is not None
            or _STARTED_FROM.match(self.text, mention.end) is not None  # "从3个人起步"
        )
        if time is None and not founding:
            # "more than 60% of global output and sales in 2023, and that...": a
            # period after the figure, before the next mark and the next figure
            # ("and" joins nouns there as often as clauses)
            stop = _PUNCTUATION.search(self.text, mention.end, min(end, hi))
            time = self._nearest(self.time_starts, self.times, mention.end, stop.start() if stop else min(end, hi),
                                 mention, taken)
        if time is None and not founding:
            strong = _STRONG_SEPARATOR.search(self.text, mention.end, end)
            limit = strong.start() if strong else end
            # "成本降低10%，这与我们2025年要解决的问题高度相似": a clause that opens with 这 speaks
            # of what came before; its period is not the figure's
            aside = _THIS_CLAUSE.search(self.text, mention.end, limit) if hi >= limit else None
            if aside is not None:  # (the last figure of its sentence: no later figure's clause to reach)
                limit = aside.start()
            # "2023年，上海…260台/万人；达闼…6台工业机器人…": after a semicolon, a
            # statement about another subject is not dated by the one before.
            begin = start
            for semicolon in _STRONG_SEPARATOR.finditer(self.text, start, mention.start):
                before, after = self._names(begin, semicolon.start()), self._names(semicolon.end(), limit)
                if before and after and not set(before) & set(after):
                    begin = semicolon.end()
            if hi < limit:
                # Another figure later in the sentence: the periods of the
                # clauses after this one's are its ("达到262.9件，而2014年…只有48.2件");
                # figures joined by "and" share one ("146 carmakers and 116 brands
                # were selling them at the end of October 2023").
                joined = _PUNCTUATION.search(self.text, mention.end, limit)
                limit = max(joined.start() if joined else limit, mention.end)
            time = self._nearest(self.time_starts, self.times, begin, limit, mention, taken)
            carried = time is not None and self._carried(time, mention, begin, own[1])
        inherited = time is None and not founding
        if inherited:
            para = self.paragraph_start(mention.start)
            time = self._nearest(self.time_starts, self.times, para, start, mention)
            if time is None and (lead := self._lead_in(para))[1]:  # "figures for January to June:", then items
                time = self._nearest(self.time_starts, self.times, *lead, mention)
        if time is None and inherited:
            time = self._heading_time(mention)
        if time is not None and part_without_year(self.text, time):
            time = self._in_heading_year(time, mention)
        core = self._stretch(mention, max(start, lo), min(end, hi), _CLAUSE_BREAK, _CLAUSE_BREAK_AFTER)
        return Context(
            sentence=sentence,
            sentence_start=start,
            clause=clause,
            core=self.text[core[0] : core[1]],
            entity_leads=leads,
            lead=self.text[start : max(start, lo)],
            previous=self._previous_sentence(start),
            rest=self.text[min(end, hi) : end],
            after=self.text[mention.end : min(end, hi, mention.end + AFTER_WORDS)],
            entity=entity,
            entity_source=entity_source,
            entities=candidates,
            entities_around=around,
            **self._period_fields(
                time, inherited, current=bool(time and time.current) or (time is None and self._perfect(mention, start))
            ),
            kind=kind,
            period_carried=carried,
        )


def _references(
    text: str, lowered: str, words: tuple[str, ...], chinese: tuple[str, ...]
) -> list[tuple[int, str]]:
    """Where "the city", "全市"... stand, and which: words found by str.find
    (a regular expression tried at every position of a long draft costs
    more); English ones as whole words of ``lowered``, the text in lower case."""
    found = []
    for word in words:
        at = lowered.find(word)
        while at >= 0:
            end = at + len(word)
            if not (at and _is_word(lowered[at - 1])) and not (end < len(lowered) and _is_word(lowered[end])):
                found.append((at, word))
            at = lowered.find(word, at + 1)
    for word in chinese:
        at = text.find(word)
        while at >= 0:
            # "集团对物资仓储…改造": a bare 集团 or 公司 opens its clause (not "华盛橡胶集团")
            if word not in _CLAUSE_INITIAL or not at or not _is_han(text[at - 1]):
                found.append((at, word))
            at = text.find(word, at + 1)
    return sorted(found)


def _is_han(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


def _scope(text: str, start: int, end: int) -> bool:
    """The name at [start, end) says where, not who ("在全国1000多家医院"); or
    is the whole a share is of ("15个…，占全国备案总数的60%以上"), or the field
    of a ranking ("走在全国前列", "居全国首位")."""
    return bool(
        _SCOPE.search(text, max(0, start - 2), start) and _SCOPE_AFTER.match(text, end)
        or _REACH.search(text, max(0, start - 3), start) and _REACH_AFTER.match(text, end)
        or text.endswith("占", 0, start)
        or _RANKED.match(text, end)
        or _EVENT_NAME.match(text, end)
        or _RANKED_BEFORE.search(text, max(0, start - 48), start)
        or _ACROSS.search(text, max(0, start - 24), start) and _REACHED_BEFORE.search(text, max(0, start - 80), start)
        or _ABOVE_AVERAGE.search(text, max(0, start - 4), start) is not None and _AVERAGE.match(text, end) is not None
        or _WHOLE_IN.search(text, max(0, start - 60), start) is not None
    )


def _dateline(text: str, end: int) -> bool:
    """The name ending at ``end`` opens a dateline: a comma, then a date."""
    comma = _DATELINE_COMMA.match(text, end)
    return comma is not None and date_at(text, comma.end())


def _is_word(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def _distance(pattern: re.Pattern[str], before: str, after: str) -> int | None:
    """How far the nearest cue stands from the figure, on either side."""
    best = None
    for match in pattern.finditer(before):
        best = len(before) - match.end()
    found = pattern.search(after)
    if found and (best is None or found.start() < best):
        best = found.start()
    return best


def kind_of(mention: Mention, before: str, after: str) -> str | None:
    """The kind of quantity a figure is, from its unit and nearby words;
    None when the wording does not say (then any percent kind may match)."""
    if mention.unit == POINTS:
        return "change"
    if mention.unit == "times":
        return "ratio"
    if mention.unit == PERCENT:
        before, after = " ".join(before[-36:].split()), " ".join(after[:24].split())
        if _OF_AFTER.match(after):
            return "share"  # "44.3% of GDP"
        # "比重从2023年的42.9%进一步提升", "rose from 42.9% to 44.3%", "提高到44.3%": the
        # ends of a change are levels; only a word for growth makes them growth rates
        ends = _FROM_BEFORE.search(before) or _TO_BEFORE.search(before)
        growth = _distance(_GROWTH_NOUN if ends else _GROWTH, before, after)
        share = _distance(_SHARE, before, after)
        if growth is None and share is None:
            return None
        if share is None or (growth is not None and growth < share):
            return "growth"
        return "share"
    if _GROWTH.search(before[-16:]) and _BY_END.search(before):
        return "change"  # "increased by 500 companies"
    return "level"
