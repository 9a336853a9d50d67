"""Generate a synthetic claim database of any size, as YAML in claims/ and sources/.

    python bench/synthetic.py OUT --claims 100000 [--seed 1]

What a newsroom's database grows into: the shipped entities (Beijing,
Shanghai, China...) plus provinces, cities, districts and companies, with a
Zipf-like spread (a few entities have thousands of claims, most have a few);
a few hundred metrics in English and Chinese, of every kind (shares, growth
rates, money, counts, capacities); yearly, half-yearly, quarterly, monthly and
year-to-date periods from 2010 to 2025; values drawn per kind on realistic
scales and written in every form the format allows ("853.69 billion",
"1.2万", "3520.5亿", plain numbers). Every official release is a source with a
claims file of a few hundred claims. The result passes ``factcheck claims
validate``.
"""

from __future__ import annotations

import argparse
import random
import shutil
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
CLAIMS_PER_FILE = 250
DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)  # the C emitter when built: 10x faster

SECTORS = [
    ("digital economy", "数字经济"), ("high-tech industry", "高技术产业"), ("manufacturing", "制造业"),
    ("new energy vehicle", "新能源汽车"), ("biomedicine", "生物医药"), ("integrated circuit", "集成电路"),
    ("artificial intelligence", "人工智能"), ("software and information services", "软件和信息服务业"),
    ("retail sales of consumer goods", "社会消费品零售总额"), ("fixed-asset investment", "固定资产投资"),
    ("foreign trade", "外贸"), ("exports", "出口"), ("imports", "进口"), ("industrial output", "工业增加值"),
    ("service sector", "服务业"), ("strategic emerging industries", "战略性新兴产业"), ("patent", "专利"),
    ("technology contract", "技术合同"), ("R&D spending", "研发投入"), ("private enterprises", "民营企业"),
    ("logistics", "物流"), ("tourism", "旅游"), ("real estate", "房地产"), ("agriculture", "农业"),
    ("renewable energy", "可再生能源"), ("power generation", "发电"), ("data center", "数据中心"),
    ("computing power", "算力"), ("robotics", "机器人"), ("semiconductor", "半导体"),
    ("e-commerce", "电子商务"), ("cultural industry", "文化产业"), ("financial sector", "金融业"),
    ("telecommunications", "通信业"), ("aviation", "航空"), ("shipbuilding", "造船"), ("steel", "钢铁"),
    ("textile", "纺织"), ("chemical industry", "化工"), ("medical devices", "医疗器械"),
]
MEASURES = [
    # (English, Chinese, kind, unit)
    ("value added", "增加值", "level", "CNY"), ("value added growth", "增加值增长", "growth", "percent"),
    ("share of GDP", "占地区生产总值比重", "share", "percent"), ("investment", "投资额", "level", "CNY"),
    ("investment growth", "投资增长", "growth", "percent"), ("revenue", "营业收入", "level", "CNY"),
    ("revenue growth", "营业收入增长", "growth", "percent"), ("output", "产量", "level", "count"),
    ("output growth", "产量增长", "growth", "percent"), ("number of enterprises", "企业数量", "level", "count"),
    ("employment", "从业人员", "level", "count"), ("export value", "出口额", "level", "USD"),
    ("share of national total", "占全国比重", "share", "percent"), ("profit", "利润总额", "level", "CNY"),
    ("growth rate change", "增速变化", "change", "percentage_points"), ("capacity", "装机容量", "level", "GW"),
    ("floor area", "面积", "level", "m2"), ("penetration rate", "渗透率", "share", "percent"),
]
STEMS = "华东西南北中安江河山海湖平明德兴宁昌阳新丰泰永和清长广福嘉嵩云川"
SUFFIXES = [("Province", "省"), ("City", "市"), ("District", "区"), ("County", "县"), ("Group", "集团"),
            ("Technology", "科技"), ("New Area", "新区"), ("Industrial Park", "产业园")]
PINYIN = {c: p for c, p in zip(STEMS, "hua dong xi nan bei zhong an jiang he shan hai hu ping ming de xing ning chang "
                                      "yang xin feng tai yong he qing chang guang fu jia song yun chuan".split())}


def shipped_entities() -> dict[str, list[str]]:
    data = yaml.safe_load((ROOT / "claims" / "entities.yaml").read_text(encoding="utf-8"))
    return {name: list(aliases) for name, aliases in data["entities"].items()}


def make_entities(rng: random.Random, count: int) -> tuple[dict[str, list[str]], dict[str, str]]:
    """The shipped entities first (the most written about), then synthetic
    provinces, cities, districts and companies, each part of an earlier one."""
    entities = shipped_entities()
    part_of: dict[str, str] = {}
    names = list(entities)
    while len(entities) < count:
        stem = "".join(rng.choice(STEMS) for _ in range(rng.choice((2, 2, 3))))
        english_suffix, chinese_suffix = rng.choice(SUFFIXES)
        english = "".join(PINYIN[c] for c in stem).capitalize() + " " + english_suffix
        if english in entities:
            continue
        entities[english] = [stem + chinese_suffix, stem]
        part_of[english] = rng.choice(names)
        names.append(english)
    return entities, part_of


def make_metrics() -> list[tuple[str, list[str], str, str]]:
    metrics = []
    for sector_en, sector_zh in SECTORS:
        for measure_en, measure_zh, kind, unit in MEASURES:
            keywords = [sector_en, measure_en, sector_zh, measure_zh]
            metrics.append((f"{sector_en} {measure_en}", keywords, kind, unit))
    return metrics


def make_periods() -> list[str]:
    periods = []
    for year in range(2010, 2026):
        periods += [str(year), f"{year}-H1", f"{year}-Q1/{year}-Q3"]
        periods += [f"{year}-Q{q}" for q in range(1, 5)]
        periods += [f"{year}-{m:02d}" for m in (3, 6, 9, 12)]
        periods += [f"{year}-01/{year}-{m:02d}" for m in (2, 5, 8, 11)]
    return periods


def value_for(rng: random.Random, kind: str, unit: str) -> tuple[object, str]:
    """A value on a realistic scale, in one of the forms curators write."""
    if kind == "share":
        return round(rng.uniform(0.5, 95), 1), ""
    if kind == "growth":
        return round(rng.gauss(6, 8), 1), ""
    if kind == "change":
        return round(rng.uniform(-3, 5), 1), ""
    if unit in ("CNY", "USD"):
        amount = 10 ** rng.uniform(7, 13)
        form = rng.random()
        if form < 0.3:
            return f"{amount / 1e8:.1f}亿", ""
        if form < 0.6:
            return f"{amount / 1e9:.2f} billion", ""
        if form < 0.7:
            return f"{amount / 1e12:.2f} trillion", ""
        return round(amount, -4), ""
    if unit == "count":
        amount = int(10 ** rng.uniform(1.5, 6.5))
        return (f"{amount / 1e4:.1f}万", "") if amount > 1e5 and rng.random() < 0.4 else (amount, "")
    return round(10 ** rng.uniform(0, 3), 1), ""


def zipf_pick(rng: random.Random, items: list[str]) -> str:
    """Entity i is written about about 1/(i+1) as often as the first."""
    index = int(len(items) ** rng.random()) - 1
    return items[max(0, min(index, len(items) - 1))]


def generate(out: Path, claims: int, seed: int = 1) -> Path:
    """Write OUT/claims and OUT/sources; returns OUT/claims."""
    rng = random.Random(seed)
    if out.exists():
        shutil.rmtree(out)
    (out / "claims").mkdir(parents=True)
    (out / "sources").mkdir()
    entities, part_of = make_entities(rng, max(60, claims // 50))
    names = list(entities)
    metrics = make_metrics()
    periods = make_periods()
    with open(out / "claims" / "entities.yaml", "w", encoding="utf-8") as handle:
        yaml.dump({"entities": entities, "part_of": part_of}, handle, Dumper=DUMPER, allow_unicode=True,
                  sort_keys=False, width=200)
    seen: set[str] = set()
    made = 0
    release = 0
    while made < claims:
        release += 1
        source_id = f"release-{release:05d}"
        year = rng.randint(2011, 2025)
        (out / "sources" / f"{source_id}.yaml").write_text(
            f"id: {source_id}\ntitle: Statistical release {release}\npublisher: Statistics Bureau\n"
            f"published: {year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}\nlanguage: zh\n",
            encoding="utf-8",
        )
        batch = []
        while len(batch) < min(CLAIMS_PER_FILE, claims - made):
            entity = zipf_pick(rng, names)
            metric, keywords, kind, unit = rng.choice(metrics)
            period = rng.choice(periods)
            claim_id = f"{_slug(entity)}.{_slug(metric)}.{_slug(period)}"
            if claim_id in seen:
                continue
            seen.add(claim_id)
            value, _ = value_for(rng, kind, unit)
            batch.append({
                "id": claim_id, "entity": entity, "metric": metric, "kind": kind, "value": value, "unit": unit,
                "period": period, "keywords": keywords,
                "quote": f"{entity} {metric} {value}",
            })
        made += len(batch)
        with open(out / "claims" / f"{source_id}.yaml", "w", encoding="utf-8") as handle:
            yaml.dump({"defaults": {"source": source_id}, "claims": batch}, handle, Dumper=DUMPER, allow_unicode=True,
                           sort_keys=False, width=200)
    return out / "claims"


def _slug(text: str) -> str:
    return "".join(c if c.isascii() and c.isalnum() else "-" for c in text.lower()).strip("-").replace("--", "-")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--claims", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    claims_dir = generate(args.out, args.claims, args.seed)
    size = sum(p.stat().st_size for p in args.out.rglob("*.yaml"))
    print(f"{args.claims:,} claims in {claims_dir} ({size / 1e6:.1f} MB of YAML)", file=sys.stderr)


if __name__ == "__main__":
    main()
