"""Hostile input gets a clear answer, never a crash (issue 7, CONTRACT section 5).

Each case goes through the command line: CliRunner where the in-process run
says all there is to say, a real ``python -m factcheck`` process where the
real process matters (what reaches stderr, the exit code, no traceback, no
hang, memory). What factcheck cannot do ends with exit 2 and one line on
stderr naming the file (and line, for the database); what it can read it
checks fully; it never calls a file clean that it did not fully read.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import ENTITIES, ROOT, SOURCE, run, write

SUPPORTED = "In Q1-Q3 2023, Beijing's digital economy accounted for 44.3% of GDP."
CONTRADICTED = "In Q1-Q3 2023, Beijing's digital economy accounted for 43.4% of GDP."


def factcheck(*args: str, cwd: Path | None = None, input: bytes | None = None, timeout: float = 60,
              prefix: tuple[str, ...] = ()) -> subprocess.CompletedProcess[str]:
    """A real process, importable whether or not the package is installed."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "FACTCHECK_DEBUG": ""}
    done = subprocess.run([*prefix, sys.executable, "-m", "factcheck", *args], capture_output=True, cwd=cwd,
                          input=input, timeout=timeout, env=env)
    return subprocess.CompletedProcess(done.args, done.returncode, done.stdout.decode("utf-8", "replace"),
                                       done.stderr.decode("utf-8", "replace"))


def refused(result: subprocess.CompletedProcess[str] | object, *words: str) -> str:
    """Exit 2, exactly one line on stderr, no traceback; returns that line."""
    stderr = result.stderr  # type: ignore[attr-defined]
    code = getattr(result, "returncode", getattr(result, "exit_code", None))
    assert code == 2, (code, stderr)
    assert "Traceback" not in stderr and "internal error" not in stderr, stderr
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, stderr
    for word in words:
        assert word in lines[0], (word, lines[0])
    return lines[0]


def report(result) -> dict:  # type: ignore[no-untyped-def,type-arg]
    assert result.exit_code in (0, 1), result.stderr
    return json.loads(result.stdout)


def columns(out: dict) -> list[tuple[int, int, str]]:  # type: ignore[type-arg]
    return [(f["line"], f["column"], f["text"]) for f in out["findings"]]


# ------------------------------------------------------------------ paths


def test_missing_file_is_one_line_naming_it(db: Path, tmp_path: Path) -> None:
    refused(factcheck("check", str(tmp_path / "nowhere.md"), "--claims", str(db)), "nowhere.md", "no such file")


def _without_root_privilege() -> tuple[str, ...] | None:
    """How to run a process that file permissions apply to. The tests run as
    root here, and root reads a chmod 000 file; dropping the two capabilities
    that let it (setpriv, util-linux) makes permissions bite again."""
    if os.geteuid() != 0:
        return ()
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        return None
    prefix = (setpriv, "--bounding-set=-dac_override,-dac_read_search")
    probe = subprocess.run([*prefix, "true"], capture_output=True)
    return prefix if probe.returncode == 0 else None


def test_unreadable_file(db: Path, tmp_path: Path) -> None:
    prefix = _without_root_privilege()
    if prefix is None:
        pytest.skip("running as root without setpriv: a chmod 000 file stays readable")
    locked = write(tmp_path / "locked.md", SUPPORTED)
    locked.chmod(0)
    try:
        refused(factcheck("check", str(locked), "--claims", str(db), prefix=prefix), "locked.md", "Permission denied")
    finally:
        locked.chmod(0o644)


def test_unreadable_folder_inside_a_walked_folder(db: Path, tmp_path: Path) -> None:
    prefix = _without_root_privilege()
    if prefix is None:
        pytest.skip("running as root without setpriv: a chmod 000 folder stays readable")
    write(tmp_path / "drafts" / "a.md", SUPPORTED)
    locked = tmp_path / "drafts" / "private"
    write(locked / "b.md", SUPPORTED)
    locked.chmod(0)
    try:
        refused(factcheck("check", str(tmp_path / "drafts"), "--claims", str(db), prefix=prefix), "private",
                "cannot list")
    finally:
        locked.chmod(0o755)


def test_a_pipe_named_like_a_draft_is_refused_not_waited_on(db: Path, tmp_path: Path) -> None:
    # Nothing ever writes to this FIFO: reading it would block forever.
    fifo = tmp_path / "pipe.md"
    os.mkfifo(fifo)
    refused(factcheck("check", str(fifo), "--claims", str(db), timeout=30), "pipe.md", "not a regular file")


def test_a_file_too_large_to_be_a_draft_is_refused_without_reading_it(db: Path, tmp_path: Path) -> None:
    huge = tmp_path / "huge.md"
    with open(huge, "wb") as handle:  # sparse: 100 MB on paper, nothing on disk
        handle.truncate(100 * 2**20)
    started = time.perf_counter()
    refused(factcheck("check", str(huge), "--claims", str(db)), "huge.md", "too large")
    assert time.perf_counter() - started < 10


def test_a_folder_named_like_a_draft_is_walked_not_read(db: Path, tmp_path: Path) -> None:
    write(tmp_path / "odd.md" / "inside.md", CONTRADICTED)
    out = report(run("check", str(tmp_path / "odd.md"), "--claims", str(db), "--format", "json"))
    assert [Path(d["path"]).name for d in out["drafts"]] == ["inside.md"]
    assert [f["verdict"] for f in out["findings"]] == ["contradicted"]


def test_folder_walked_recursively_honouring_configured_globs(db: Path, tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    repo = tmp_path / "repo"
    (repo / ".git").mkdir(parents=True)
    write(repo / ".factcheck.yaml", f"""
        claims: {db}
        include: ["articles/**"]
        exclude: ["**/drafts-old/**", "*.txt"]
        """)
    for name in ("articles/a.md", "articles/2024/06/b.md", "articles/2024/drafts-old/c.md", "articles/notes.txt",
                 "articles/.hidden/d.md", "elsewhere/e.md"):
        write(repo / name, CONTRADICTED)
    monkeypatch.chdir(repo)
    out = report(run("check", ".", "--format", "json"))
    assert sorted(Path(d["path"]).as_posix() for d in out["drafts"]) == ["articles/2024/06/b.md", "articles/a.md"]


def test_symlink_loops_neither_hang_nor_crash(db: Path, tmp_path: Path) -> None:
    drafts = tmp_path / "drafts"
    write(drafts / "a.md", CONTRADICTED)
    (drafts / "sub").mkdir()
    (drafts / "sub" / "up").symlink_to(drafts, target_is_directory=True)  # drafts/sub/up/sub/up/...
    (drafts / "self.md").symlink_to(drafts / "self.md")  # a link to itself
    (drafts / "ping.md").symlink_to(drafts / "pong.md")
    (drafts / "pong.md").symlink_to(drafts / "ping.md")
    result = factcheck("check", str(drafts), "--claims", str(db), "--format", "json", timeout=30)
    assert result.returncode == 1, result.stderr
    assert [Path(d["path"]).name for d in json.loads(result.stdout)["drafts"]] == ["a.md"]
    # Named on the command line, a looping link cannot be read: said so, in one line.
    refused(factcheck("check", str(drafts / "ping.md"), "--claims", str(db)), "ping.md",
            "Too many levels of symbolic links")


def test_two_thousand_files(db: Path, tmp_path: Path) -> None:
    for i in range(2000):
        text = SUPPORTED if i % 2 else CONTRADICTED
        (tmp_path / "drafts" / f"{i % 20:02}").mkdir(parents=True, exist_ok=True)
        (tmp_path / "drafts" / f"{i % 20:02}" / f"d{i:04}.md").write_text(f"# Draft {i}\n\n{text}\n", "utf-8")
    started = time.perf_counter()
    out = report(run("check", str(tmp_path / "drafts"), "--claims", str(db), "--format", "json"))
    assert time.perf_counter() - started < 20
    assert out["summary"]["files"] == 2000
    assert out["summary"]["supported"] == out["summary"]["contradicted"] == 1000
    assert len({d["path"] for d in out["drafts"]}) == 2000


def test_standard_input_decoded_like_a_file(db: Path) -> None:
    data = ("\ufeffDraft\r\n" + SUPPORTED + "\r\n").encode("utf-8")
    result = factcheck("check", "-", "--claims", str(db), "--format", "json", input=data)
    assert result.returncode == 0, result.stderr
    assert columns(json.loads(result.stdout)) == [(2, SUPPORTED.index("44.3") + 1, "44.3%")]
    binary = factcheck("check", "-", "--claims", str(db), "--format", "json", input=b"\x89PNG\r\n\x1a\n\x00\x00 44%")
    assert binary.returncode == 0 and "-: binary file, not checked" in binary.stderr
    assert json.loads(binary.stdout)["drafts"] == []


# ------------------------------------------------------------------ content


def test_empty_and_blank_files_are_checked_and_say_so(db: Path, tmp_path: Path) -> None:
    write(tmp_path / "empty.md", "")
    write(tmp_path / "blank.md", "\n \n\t\n")
    out = report(run("check", str(tmp_path / "empty.md"), str(tmp_path / "blank.md"), "--claims", str(db),
                     "--format", "json"))
    assert out["summary"]["files"] == 2 and out["summary"]["mentions"] == 0


def test_binary_files_are_skipped_with_a_notice_never_reported_clean(db: Path, tmp_path: Path) -> None:
    drafts = tmp_path / "drafts"
    write(drafts / "real.md", CONTRADICTED)
    (drafts / "image.md").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR 44.3% of GDP")
    (drafts / "blob.txt").write_bytes(bytes(range(1, 9)) * 200 + b" 12%")  # control bytes, no NUL
    result = factcheck("check", str(drafts), "--claims", str(db), "--format", "json")
    assert result.returncode == 1, result.stderr
    out = json.loads(result.stdout)
    assert [Path(d["path"]).name for d in out["drafts"]] == ["real.md"]  # the binaries are not "checked"
    assert out["summary"]["files"] == 1
    for name in ("image.md", "blob.txt"):
        assert any(name in n and "binary file, not checked" in n for n in out["notices"])
        assert f"{name}: binary file, not checked" in result.stderr
    # The table says so too, and 'extract' skips them the same way.
    table = factcheck("check", str(drafts / "image.md"), "--claims", str(db))
    assert table.returncode == 0 and "binary file, not checked" in table.stdout and "Total: 0 file(s)" in table.stdout
    extract = factcheck("extract", str(drafts / "image.md"), "--format", "json")
    assert extract.returncode == 0 and json.loads(extract.stdout)["mentions"] == []
    assert "binary file, not checked" in extract.stderr


def test_utf16_with_its_byte_order_mark_is_read(db: Path, tmp_path: Path) -> None:
    (tmp_path / "notepad.txt").write_bytes(("Draft\r\n" + SUPPORTED + "\r\n").encode("utf-16"))
    result = factcheck("check", str(tmp_path / "notepad.txt"), "--claims", str(db), "--format", "json")
    assert result.returncode == 0, result.stderr
    assert columns(json.loads(result.stdout)) == [(2, SUPPORTED.index("44.3") + 1, "44.3%")]
    assert "UTF-16" in result.stderr


def test_invalid_utf8_is_replaced_with_a_warning_and_positions_stay_right(db: Path, tmp_path: Path) -> None:
    data = b"Title\n\xff\xfe bad bytes, then: " + SUPPORTED.encode() + b"\n\xc3 " + CONTRADICTED.encode() + b"\n"
    (tmp_path / "latin.md").write_bytes(data)
    result = factcheck("check", str(tmp_path / "latin.md"), "--claims", str(db), "--format", "json")
    assert result.returncode in (0, 1), result.stderr
    text = data.decode("utf-8", "replace")  # what an editor shows: one U+FFFD per bad byte
    second, third = text.splitlines()[1:3]
    assert columns(json.loads(result.stdout)) == [(2, second.index("44.3") + 1, "44.3%"),
                                                  (3, third.index("43.4") + 1, "43.4%")]
    assert "latin.md:2:1: invalid UTF-8 (first of 3 undecodable byte sequences)" in result.stderr


def test_byte_order_mark_does_not_shift_columns(db: Path, tmp_path: Path) -> None:
    (tmp_path / "bom.md").write_bytes(("\ufeff" + SUPPORTED + "\n").encode("utf-8"))
    out = report(run("check", str(tmp_path / "bom.md"), "--claims", str(db), "--format", "json"))
    assert columns(out) == [(1, SUPPORTED.index("44.3") + 1, "44.3%")]


def test_crlf_and_lone_cr_line_endings_keep_lines_and_columns(db: Path, tmp_path: Path) -> None:
    (tmp_path / "dos.md").write_bytes(f"Title\r\n\r\n{SUPPORTED}\r\n{CONTRADICTED}\r".encode())
    out = report(run("check", str(tmp_path / "dos.md"), "--claims", str(db), "--format", "json"))
    assert columns(out) == [(3, SUPPORTED.index("44.3") + 1, "44.3%"), (4, CONTRADICTED.index("43.4") + 1, "43.4%")]
    assert [f["end_column"] for f in out["findings"]] == [SUPPORTED.index("44.3") + 6] * 2  # one past the end


def test_five_megabytes_on_one_line(db: Path, tmp_path: Path) -> None:
    # A file with no line breaks and no full stops: one "sentence" of 5 MB.
    filler = "and the output value of the industry kept rising across the districts "
    line = (filler * (5 * 2**20 // len(filler)))[: 5 * 2**20]
    text = SUPPORTED[:-1] + ", " + line + " while it grew 12.5% in the end"
    write(tmp_path / "long.md", text)
    started = time.perf_counter()
    out = report(run("check", str(tmp_path / "long.md"), "--claims", str(db), "--format", "json", "--show-all"))
    assert time.perf_counter() - started < 30  # about 5 s here, linear in the size (test_property.py)
    assert columns(out)[0] == (1, SUPPORTED.index("44.3") + 1, "44.3%")
    assert columns(out)[-1] == (1, text.index("12.5%") + 1, "12.5%")


def test_a_long_line_dense_with_figures_stays_small(db: Path, tmp_path: Path) -> None:
    # Each figure once carried the whole sentence before it: quadratic memory.
    write(tmp_path / "dense.md", "output rose 12% " * 20_000)
    code = ("import resource, sys\nfrom factcheck.cli import main\n"
            f"sys.argv = ['factcheck', 'check', {str(tmp_path / 'dense.md')!r}, '--claims', {str(db)!r},"
            " '--format', 'json', '--show-all']\n"
            "try:\n    main()\nexcept SystemExit:\n    pass\n"
            "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, file=sys.stderr)\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert json.loads(done.stdout)["summary"]["mentions"] == 20_000
    assert int(done.stderr.strip().splitlines()[-1]) < 1_000_000  # KB: under a gigabyte


def test_a_hundred_kilobytes_of_nothing_but_numbers(db: Path, tmp_path: Path) -> None:
    numbers = " ".join(f"{i * 7.31:.2f}" if i % 3 else f"{i}%" for i in range(20_000))[: 100 * 1024]
    write(tmp_path / "numbers.txt", numbers)
    started = time.perf_counter()
    out = report(run("extract", str(tmp_path / "numbers.txt"), "--format", "json"))
    assert len(out["mentions"]) > 10_000
    for mention in out["mentions"]:
        start = mention["column"] - 1
        assert numbers[start : start + len(mention["text"])] == mention["text"]
    report(run("check", str(tmp_path / "numbers.txt"), "--claims", str(db), "--format", "json"))
    assert time.perf_counter() - started < 20


@pytest.mark.parametrize(
    ("opening", "closing"),
    [("> ", ""), ("- ", ""), ("1. ", ""), ("<div>", "</div>"), ("<!-- ", " -->"), ("[", "]"), ("**", "**"),
     ("<table><tr><td>", "</td></tr></table>")],
    ids=["blockquotes", "bullets", "numbered", "html", "comments", "brackets", "emphasis", "tables"],
)
def test_ten_thousand_levels_of_nesting(db: Path, tmp_path: Path, opening: str, closing: str) -> None:
    text = f"{SUPPORTED}\n\n{opening * 10_000}Output grew 12.5%.{closing * 10_000}\n\n{CONTRADICTED}\n"
    write(tmp_path / "deep.md", text)
    started = time.perf_counter()
    out = report(run("check", str(tmp_path / "deep.md"), "--claims", str(db), "--format", "json"))
    assert time.perf_counter() - started < 5
    # The figures around the nesting are found at their places, whatever it hid.
    assert columns(out)[0] == (1, SUPPORTED.index("44.3") + 1, "44.3%")
    assert columns(out)[-1] == (5, CONTRADICTED.index("43.4") + 1, "43.4%")


def test_mixed_scripts_count_columns_in_code_points(db: Path, tmp_path: Path) -> None:
    lines = [
        "😀🇨🇳 " + SUPPORTED,  # astral characters count one column each
        "مرحبا עברית Ελληνικά " + SUPPORTED,  # right-to-left and Greek before the figure
        "e\u0301e\u0301 " + SUPPORTED,  # combining accents count as their own code points
        "北京市数字经济增加值占地区生产总值比重达44.3%，2023年前三季度。",
        "Ｆｕｌｌｗｉｄｔｈ ４４．３％ and 한국어 ภาษาไทย 44.3%",
    ]
    write(tmp_path / "mixed.md", "\n".join(lines) + "\n")
    out = report(run("extract", str(tmp_path / "mixed.md"), "--format", "json"))
    for mention in out["mentions"]:
        line = lines[mention["line"] - 1]
        assert line[mention["column"] - 1 : mention["end_column"] - 1] == mention["text"]
    found = {(m["line"], m["column"]) for m in out["mentions"]}
    assert {(1, lines[0].index("44.3") + 1), (2, lines[1].index("44.3") + 1), (3, lines[2].index("44.3") + 1),
            (4, lines[3].index("44.3") + 1)} <= found
    checked = report(run("check", str(tmp_path / "mixed.md"), "--claims", str(db), "--format", "json"))
    assert checked["summary"]["mentions"] == len(out["mentions"])


# ------------------------------------------------------------------ database


def _database(tmp_path: Path, claims: str | bytes | None, source: str = SOURCE) -> Path:
    """A database whose claims/bad.yaml holds ``claims`` (None: no claims folder)."""
    root = tmp_path / "bad-db"
    write(root / "sources" / "test-source.yaml", source)
    if claims is None:
        return root / "claims"
    write(root / "claims" / "entities.yaml", ENTITIES)
    if isinstance(claims, bytes):
        (root / "claims" / "bad.yaml").write_bytes(claims)
    else:
        write(root / "claims" / "bad.yaml", claims)
    return root / "claims"


CLAIM = """
claims:
  - id: beijing.x
    entity: Beijing
    metric: digital economy share of GDP
    value: {value}
    unit: percent
    period: {period}
    source: {source}
"""
GOOD = {"value": "44.3", "period": "2023", "source": "test-source"}

BROKEN_DATABASES = {
    "yaml syntax": ("claims:\n  - id: a\n    entity: [Beijing\n", "bad.yaml:4", "expected"),
    "wrong type": ("# the claims\n\nclaims: 42\n", "bad.yaml:3", "'claims:' list"),
    "not a mapping": ("claims:\n  - just text\n", "bad.yaml:1", "must be a mapping"),
    "missing fields": ("claims:\n  - id: beijing.y\n    entity: Beijing\n", "bad.yaml:2",
                       "missing required field 'metric'"),
    "bad value": (CLAIM.format(**{**GOOD, "value": "lots"}), "bad.yaml:5", "field 'value'"),
    "bad period": (CLAIM.format(**{**GOOD, "period": "2023-Q5"}), "bad.yaml:7", "field 'period'"),
    "unknown source": (CLAIM.format(**{**GOOD, "source": "nowhere"}), "bad.yaml:2", "unknown source 'nowhere'"),
    "duplicate ids": (CLAIM.format(**GOOD) + CLAIM.format(**GOOD).replace("claims:\n", ""), "bad.yaml:10",
                      "duplicate claim id 'beijing.x' (first at"),
    "not utf-8": (b"claims:\n  - id: beijing.x\n    entity: Bei\xffjing\n", "bad.yaml:3", "not UTF-8"),
    "duplicate key": ("claims: []\nclaims: []\n", "bad.yaml:2", "duplicate key"),
    # Found by fuzzing: a control character used to give a three-line message.
    "control character": ("claims:\n  - id: beijing.x\x07\n", "bad.yaml:2", "U+0007 is not allowed"),
    "nested too deeply": ("claims: " + "[" * 5000 + "]" * 5000 + "\n", "bad.yaml", "nested too deeply"),
}


@pytest.mark.parametrize("case", BROKEN_DATABASES, ids=list(BROKEN_DATABASES))
def test_a_broken_database_names_file_and_line_in_check_and_validate(tmp_path: Path, case: str) -> None:
    text, where, words = BROKEN_DATABASES[case]
    claims = _database(tmp_path, text)
    draft = write(tmp_path / "d.md", SUPPORTED)
    line = refused(run("check", str(draft), "--claims", str(claims)), "invalid claim database", where, words)
    assert "test.yaml" not in line
    validate = run("claims", "validate", "--claims", str(claims))
    assert validate.exit_code == 2 and "Traceback" not in validate.stderr
    assert any(where in problem and words in problem for problem in validate.stderr.splitlines())


def test_a_missing_claims_folder_is_named(tmp_path: Path) -> None:
    claims = _database(tmp_path, None)
    draft = write(tmp_path / "d.md", SUPPORTED)
    refused(factcheck("check", str(draft), "--claims", str(claims)), "bad-db/claims", "not found")
    validate = run("claims", "validate", "--claims", str(claims))
    assert validate.exit_code == 2 and "bad-db/claims: claims folder or file not found" in validate.stderr


def test_a_bad_source_record_is_named(tmp_path: Path) -> None:
    claims = _database(tmp_path, CLAIM.format(**GOOD), source=SOURCE.replace("language: en", "language: [en"))
    refused(run("check", str(write(tmp_path / "d.md", SUPPORTED)), "--claims", str(claims)),
            "test-source.yaml:6")
    # A date that is no date reached PyYAML's date constructor and escaped it (found by fuzzing).
    claims = _database(tmp_path, CLAIM.format(**GOOD), source=SOURCE.replace("2023-12-08", "2023-44-08"))
    refused(factcheck("check", str(tmp_path / "d.md"), "--claims", str(claims)), "test-source.yaml:4",
            "'2023-44-08' is not a valid date")
    claims = _database(tmp_path, CLAIM.format(**{**GOOD, "value": "1" + "0" * 5000}))
    refused(factcheck("check", str(tmp_path / "d.md"), "--claims", str(claims)), "bad.yaml:5", "not a valid integer")


def test_python_tags_are_never_executed(tmp_path: Path) -> None:
    proof = tmp_path / "pwned"
    # Executed, either tag would create the file; safe loading refuses both.
    for tag in (f"!!python/object/apply:os.system ['touch {proof}']",
                f"!!python/object/apply:pathlib.Path.touch [!!python/object/apply:pathlib.Path ['{proof}']]"):
        claims = _database(tmp_path, f"claims:\n  - {tag}\n")
        refused(factcheck("check", str(write(tmp_path / "d.md", SUPPORTED)), "--claims", str(claims)),
                "bad.yaml:2", "tag not allowed")
        assert run("claims", "validate", "--claims", str(claims)).exit_code == 2
        assert not proof.exists()
    # The same loader reads the configuration.
    write(tmp_path / "cfg" / ".factcheck.yaml", f"claims: !!python/object/apply:os.system ['touch {proof}']\n")
    refused(factcheck("check", "--config", str(tmp_path / "cfg" / ".factcheck.yaml"), "-", input=b"5%"),
            ".factcheck.yaml:1", "tag not allowed")
    assert not proof.exists()


def _peak_memory_kb(args: list[str]) -> tuple[int, str, float]:
    """Peak memory of a fresh process running the CLI: (KB, stderr, seconds)."""
    code = ("import resource, sys\nfrom factcheck.cli import main\n"
            f"sys.argv = ['factcheck', *{args!r}]\n"
            "try:\n    main()\nexcept SystemExit as exit:\n    status = exit.code\n"
            "print('peak', resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, status, file=sys.stderr)\n")
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})
    elapsed = time.perf_counter() - started
    *messages, peak = done.stderr.strip().splitlines()
    _, kb, status = peak.split()
    assert status == "2", done.stderr
    return int(kb), "\n".join(messages), elapsed


def _bomb(levels: int) -> str:
    """Each level nine aliases of the one before: 9**levels strings expanded."""
    lines = ["claims:", '  - &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    names = "abcdefghijklmnopqrstuvwxyz"
    for previous, name in zip(names, names[1:levels]):
        lines.append(f"  - &{name} [" + ",".join([f"*{previous}"] * 9) + "]")
    return "\n".join(lines) + "\n"


def test_alias_bombs_are_refused_quickly_in_little_memory(tmp_path: Path) -> None:
    baseline, _, _ = _peak_memory_kb(["claims", "validate", "--claims", str(tmp_path / "nothing")])
    draft = str(write(tmp_path / "d.md", SUPPORTED))
    # "Billion laughs": 9^10 strings if expanded.
    claims = _database(tmp_path, _bomb(10))
    kb, stderr, seconds = _peak_memory_kb(["check", draft, "--claims", str(claims)])
    assert "alias bomb" in stderr and "bad.yaml:" in stderr and stderr.count("\n") == 0, stderr
    assert seconds < 10 and kb < baseline + 100_000, (kb, baseline)
    # Just under the bound, the structure reaches the loader: still a short message, little memory.
    claims = _database(tmp_path, _bomb(6))
    kb, stderr, seconds = _peak_memory_kb(["check", draft, "--claims", str(claims)])
    assert "bad.yaml:1: a claim must be a mapping" in stderr, stderr[:500]
    assert len(stderr) < 500 and stderr.count("\n") == 0, stderr[:500]
    assert seconds < 10 and kb < baseline + 300_000, (kb, baseline)


# ------------------------------------------------------------------ options


def test_bad_date_is_one_line(db: Path) -> None:
    refused(factcheck("check", "-", "--claims", str(db), "--date", "2024-13-01", input=b"5%"), "--date",
            "2024-13-01")


def test_unknown_format_is_one_line(db: Path) -> None:
    refused(factcheck("check", "-", "--claims", str(db), "--format", "xml", input=b"5%"), "--format", "'xml'")


def test_unknown_option_and_command_are_one_line() -> None:
    refused(factcheck("check", "--bogus"), "--bogus")
    refused(factcheck("chek"), "chek")
    refused(factcheck("extract", "--format", "sarif"), "sarif")


def test_unknown_configuration_key_is_one_line_naming_file_and_line(db: Path, tmp_path: Path) -> None:
    write(tmp_path / ".factcheck.yaml", f"claims: {db}\n\nfail_on: error\ncolour: red\n")
    refused(factcheck("check", "-", input=b"5%", cwd=tmp_path), ".factcheck.yaml:4", "colour", "unknown key")
    write(tmp_path / ".factcheck.yaml", "claims: [\n")
    refused(factcheck("check", "-", input=b"5%", cwd=tmp_path), ".factcheck.yaml:2")
