"""Quality floors, measured by the same scripts that print the figures in
docs/quality.md: a regression in judgement fails the build."""

from __future__ import annotations

import importlib.util
import sys
from datetime import date
from pathlib import Path

import pytest
from conftest import ROOT, SEEDS


def _load(name: str):  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location(name, ROOT / "bench" / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


@pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared/seeds is not beside the repository")
def test_extraction_precision_and_recall() -> None:
    result = _load("extraction_quality").score(SEEDS)
    assert result["gold"] >= 70
    assert result["precision"] >= 0.98
    assert result["recall"] >= 0.98


def test_verdict_quality_floor() -> None:
    module = _load("verdict_quality")
    tally = module.evaluate(ROOT / "tests" / "data" / "drafts")
    labelled = [gold for gold, _, _ in tally.pairs]
    for verdict in ("supported", "contradicted", "stale", "misattributed", "unverified"):
        assert labelled.count(verdict) >= 15, verdict
    precision, recall, _, _ = tally.precision_recall(module.ERRORS)
    assert precision >= 0.93 and recall >= 0.93, module.report(tally)
    ordinary = [pred for gold, pred, _ in tally.pairs if gold == "none"]
    assert len(ordinary) >= 40 and ordinary.count("none") == len(ordinary), "ordinary numbers were flagged"


# The held-out sets, once measured, guard against regressions too: a floor a
# few points under today's figures (docs/quality.md), not a target.
@pytest.mark.parametrize(
    ("folder", "floor_precision", "floor_recall"),
    [("holdout", 0.98, 0.97), ("holdout2", 1.00, 1.00), ("holdout3", 1.00, 0.96), ("holdout4", 0.96, 0.90),
     ("holdout5", 1.00, 0.92), ("holdout6", 0.98, 0.96), ("holdout7", 0.98, 0.93), ("holdout8", 1.00, 0.95),
     ("holdout9", 0.98, 0.92), ("holdout10", 1.00, 1.00), ("holdout11", 1.00, 0.94),
     ("holdout12", 0.93, 0.98), ("holdout13", 0.98, 0.98), ("holdout14", 1.00, 0.98),
     ("holdout15", 0.98, 1.00), ("holdout16", 0.95, 0.92), ("holdout17", 0.98, 0.96),
     ("holdout18", 0.98, 0.98), ("holdout19", 0.98, 0.98), ("holdout20", 0.96, 0.98),
     ("holdout21", 0.98, 0.96), ("holdout22", 1.00, 0.98), ("holdout23", 0.95, 0.98),
     ("holdout24", 1.00, 0.98), ("holdout25", 1.00, 0.96), ("holdout26", 0.98, 0.95),
     ("holdout27", 0.95, 0.95), ("holdout28", 0.98, 0.98), ("holdout29", 1.00, 0.96),
     ("holdout30", 0.95, 0.96), ("holdout31", 1.00, 0.98), ("holdout32", 0.98, 0.98),
     ("holdout33", 0.92, 0.93), ("holdout34", 0.98, 1.00), ("holdout35", 1.00, 0.95),
     ("holdout36", 0.93, 0.96), ("holdout37", 0.98, 0.93),
     ("holdout38", 1.00, 0.98), ("holdout39", 0.95, 0.93), ("holdout40", 1.00, 1.00),
     ("holdout41", 0.98, 0.98), ("holdout42", 1.00, 0.95),
     ("holdout43", 1.00, 1.00), ("holdout44", 1.00, 0.98),
     ("holdout45", 0.98, 0.95), ("holdout46", 0.98, 0.97),
     ("holdout47", 0.98, 0.98), ("holdout48", 1.00, 0.96),
     ("holdout49", 1.00, 0.98),
     ("holdout50", 1.00, 0.95),
     ("holdout51", 1.00, 0.98),
     ("holdout52", 1.00, 0.95),
     ("holdout53", 1.00, 0.95),
     ("holdout54", 0.98, 1.00),
     ("holdout55", 0.98, 0.98),
     ("holdout56", 0.98, 0.95),
     ("holdout57", 1.00, 0.98),
     ("holdout58", 1.00, 0.98),
     ("holdout59", 1.00, 0.95),
     ("holdout60", 1.00, 0.96),
     ("holdout61", 0.96, 0.96),
     ("holdout62", 0.93, 0.92),
     ("holdout63", 0.98, 0.96),
     ("holdout64", 0.96, 0.96),
     ("holdout65", 1.00, 0.90),
     ("holdout66", 1.00, 0.95),
     ("holdout67", 1.00, 1.00),
     ("holdout68", 0.94, 0.94),
     ("holdout69", 0.98, 0.91),
     ("holdout70", 0.95, 0.96),
     ("holdout71", 0.98, 0.95),
     ("holdout72", 0.96, 0.96),
     ("holdout73", 0.98, 0.98),
     ("holdout74", 0.96, 0.95),
     ("holdout75", 0.96, 0.95),
     ("holdout76", 0.98, 0.96),
     ("holdout77", 1.00, 0.92),
     ("holdout78", 0.98, 0.95),
     ("holdout79", 0.95, 0.93),
     ("holdout80", 1.00, 1.00),
     ("holdout81", 1.00, 0.94),
     ("holdout82", 1.00, 0.96),
     ("holdout83", 0.96, 0.93),
     ("holdout84", 1.00, 0.93),
     ("holdout85", 0.98, 0.96),
     ("holdout86", 0.98, 1.00),
     ("holdout87", 1.00, 0.95),
     ("holdout88", 1.00, 0.95),
     ("holdout89", 0.98, 0.93),
     ("holdout90", 0.93, 0.95),
     ("holdout91", 0.98, 0.93),
     ("holdout92", 0.96, 0.96),
     ("holdout93", 0.98, 0.93),
     ("holdout94", 1.00, 0.95),
     ("holdout95", 1.00, 0.98),
     ("holdout96", 1.00, 0.98),
     ("holdout97", 1.00, 0.98),
     ("holdout98", 0.98, 0.96),
     ("holdout99", 0.98, 0.98),
     ("holdout100", 0.98, 0.98),
     ("holdout101", 1.00, 0.93),
     ("holdout102", 1.00, 0.95),
     ("holdout103", 1.00, 0.98),
     ("holdout104", 0.96, 0.92),
     ("holdout105", 0.98, 0.95),
     ("holdout106", 0.98, 1.00),
     ("holdout107", 0.95, 0.94),
     ("holdout108", 0.98, 0.98),
     ("holdout109", 1.00, 1.00),
     ("holdout110", 0.98, 0.97),
     ("holdout111", 1.00, 0.95),
     ("holdout112", 0.95, 0.95),
     ("holdout113", 1.00, 0.95),
     ("holdout114", 1.00, 0.98),
     ("holdout115", 1.00, 0.98),
     ("holdout116", 1.00, 0.98),
     ("holdout117", 1.00, 1.00),
     ("holdout118", 0.98, 0.95),
     ("holdout119", 0.96, 0.87),
     ("holdout120", 1.00, 1.00),
     ("holdout121", 1.00, 0.94),
     ("holdout122", 1.00, 0.96),
     ("holdout123", 0.97, 1.00),
     ("holdout124", 0.98, 1.00),
     ("holdout125", 1.00, 0.98),
     ("holdout126", 1.00, 1.00),
     ("holdout127", 1.00, 1.00),
     ("holdout128", 1.00, 0.98),
     ("holdout129", 1.00, 1.00),
     ("holdout130", 1.00, 0.98),
     ("holdout131", 0.98, 1.00),
     ("holdout132", 1.00, 0.96),
     ("holdout133", 0.98, 0.95),
     ("holdout134", 0.96, 0.95),
     ("holdout135", 0.96, 0.98),
     ("holdout136", 1.00, 0.93),
     ("holdout137", 1.00, 0.96),
     ("holdout138", 0.98, 0.96),
     ("holdout139", 0.96, 0.95),
     ("holdout140", 1.00, 0.98),
     ("holdout141", 1.00, 0.98),
     ("holdout142", 1.00, 0.98),
     ("holdout143", 1.00, 1.00),
     ("holdout144", 0.93, 0.95),
     ("holdout145", 0.98, 0.96),
     ("holdout146", 0.98, 0.98),
     ("holdout147", 1.00, 1.00),
     ("holdout148", 1.00, 0.93),
     ("holdout149", 0.95, 0.93),
     ("holdout150", 0.98, 0.96),
     ("holdout151", 0.98, 0.96),
     ("holdout152", 0.96, 0.95),
     ("holdout153", 0.95, 0.93)],
)
def test_held_out_quality_floor(folder: str, floor_precision: float, floor_recall: float) -> None:
    module = _load("verdict_quality")
    tally = module.evaluate(ROOT / "tests" / "data" / folder)
    precision, recall, _, _ = tally.precision_recall(module.ERRORS)
    assert precision >= floor_precision and recall >= floor_recall, module.report(tally)


def test_every_labelled_draft_dates_itself_as_labelled() -> None:
    """The scores use each label file's date; the command line reads the
    draft's own (front matter, date line). They must agree, or the figures
    measure a checker no user runs."""
    import yaml

    from factcheck.drafts import draft_date

    wrong = []
    labels = sorted((ROOT / "tests" / "data").rglob("*.labels.yaml"))
    for label in labels:
        draft = label.with_name(label.name.replace(".labels.yaml", ".md"))
        wanted = yaml.safe_load(label.read_text(encoding="utf-8"))["date"]
        found, source = draft_date(draft.read_text(encoding="utf-8"), None, date(2000, 1, 1))
        if found != wanted:
            wrong.append(f"{draft.relative_to(ROOT)}: {found} ({source}), labelled {wanted}")
    assert len(labels) > 300
    assert not wrong, "\n".join(wrong)


def test_labelled_drafts_cover_both_languages() -> None:
    drafts = sorted((ROOT / "tests" / "data" / "drafts").glob("*.md"))
    chinese = [d for d in drafts if any("\u4e00" <= ch <= "\u9fff" for ch in d.read_text(encoding="utf-8")[200:600])]
    assert len(drafts) >= 20 and len(chinese) * 3 >= len(drafts)


def test_labels_point_at_real_text() -> None:
    import yaml

    for labels in (ROOT / "tests" / "data").glob("*/*.labels.yaml"):
        lines = labels.with_name(labels.name.replace(".labels.yaml", ".md")).read_text(encoding="utf-8").splitlines()
        for figure in yaml.safe_load(labels.read_text(encoding="utf-8"))["figures"]:
            assert figure["text"] in lines[figure["line"] - 1], (labels.name, figure)


def test_extraction_labels_point_at_real_text() -> None:
    if not SEEDS.is_dir():
        pytest.skip("../shared/seeds is not beside the repository")
    import yaml

    data = yaml.safe_load((ROOT / "tests" / "data" / "extraction" / "labels.yaml").read_text(encoding="utf-8"))
    for document in data["documents"]:
        lines = (SEEDS / document["file"]).read_text(encoding="utf-8").splitlines()
        for m in document["mentions"]:
            assert lines[m["line"] - 1][m["column"] - 1 : m["column"] - 1 + len(m["text"])] == m["text"]



def _pairs(folder: Path, when: str, body: str, labels: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """(labelled, predicted) for a one-draft set: ``body`` on line 5, under
    front matter dated ``when``, labelled (text, verdict) in order."""
    module = _load("verdict_quality")
    (folder / "a.md").write_text(f"---\ndate: {when}\n---\n\n{body}\n", encoding="utf-8")
    rows = "".join(f'  - {{line: 5, text: "{text}", verdict: {verdict}}}\n' for text, verdict in labels)
    (folder / "a.labels.yaml").write_text(f"date: {when}\nfigures:\n{rows}", encoding="utf-8")
    return [(gold, predicted) for gold, predicted, _ in module.evaluate(folder).pairs]


def test_a_label_pairs_with_its_own_number_not_one_inside_another(tmp_path: Path) -> None:
    """A label "6" on a line that says "66 ... 6 clusters" is the 6 of the
    clusters (the finding's text is longer than the label's)."""
    body = ("The first batch of national strategic emerging industry clusters numbers 66. "
            "Beijing put 6 clusters on the 2023 MIIT list of SME characteristic industrial clusters.")
    labels = [("66", "supported"), ("6", "supported")]
    assert _pairs(tmp_path, "2024-09-10", body, labels) == [("supported", "supported")] * 2


def test_two_labels_with_the_same_text_on_a_line_pair_with_their_own_places(tmp_path: Path) -> None:
    """ "全市…260台/万人，江苏…也已达到260台/万人": the second label is the second
    place, not a second claim on the first (the findings' text, "260台", is
    shorter than the labels')."""
    body = "2023年，上海工业企业机器人密度已达260台/万人，江苏工业企业机器人密度也已达到260台/万人。"
    labels = [("260台/万人", "supported"), ("260台/万人", "misattributed")]
    assert _pairs(tmp_path, "2024-07-26", body, labels) == [
        ("supported", "supported"),
        ("misattributed", "misattributed"),
    ]


def test_claim_misses_counts_each_claim_s_wrong_verdicts(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """bench/claim_misses.py: a claim's labelled figures the checker gets
    wrong, errors apart from the rest; right ones are not listed."""
    _load("verdict_quality")
    module = _load("claim_misses")
    body = ("Beijing's digital economy made up 42.9% of its GDP in 2023. "
            "Beijing registered 160,552 technology contracts in 2023.")
    (tmp_path / "a.md").write_text(f"---\ndate: 2024-06-01\n---\n\n{body}\n", encoding="utf-8")
    (tmp_path / "a.labels.yaml").write_text(
        "date: 2024-06-01\nfigures:\n"
        "  - {line: 5, text: \"42.9%\", verdict: supported, claim: beijing.digital-economy.gdp-share.2023}\n"
        # labelled supported on purpose: the checker calls it contradicted, a miss among the errors
        "  - {line: 5, text: \"160,552\", verdict: supported, claim: beijing.technology-contracts.count.2023}\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(sys, "argv", ["claim_misses.py", str(tmp_path)])
    module.main()
    out = capsys.readouterr().out.splitlines()
    assert out[1].split() == ["1", "0", "1", "beijing.technology-contracts.count.2023"]
    assert not any("gdp-share" in line for line in out)
    assert out[-1].startswith("1 error misses and 0 others over 2 labelled figures")
