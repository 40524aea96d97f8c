"""Input readers: every kind of input, and every kind of bad input, reported for itself."""
from __future__ import annotations

import codecs
import io
import json
import sys

import pytest

from geomap.documents import (
    MAX_DOC_BYTES, Document, InputError, InputProblem, ReadStats, check_date, html_text, parse_date, read_inputs,
)


def _read(*paths, **kw):
    items = list(read_inputs(paths, **kw))
    return [i for i in items if isinstance(i, Document)], [i for i in items if isinstance(i, InputProblem)]


def test_text_file_is_one_document_named_after_the_file(tmp_path):
    (tmp_path / "report.txt").write_text("غارة جوية على بلدة كفرنبل", encoding="utf-8")
    docs, problems = _read(tmp_path / "report.txt", date="2016-07-28")
    assert problems == []
    assert [(d.id, d.text, d.date) for d in docs] == [("report.txt", "غارة جوية على بلدة كفرنبل", "2016-07-28")]


def test_jsonl_broken_line_in_the_middle_keeps_the_others(tmp_path):
    lines = [json.dumps({"id": "a", "text": "first", "date": "2017-03-01T09:30:00Z", "url": "http://x/a"}),
             '{"id": "b", "text": "second"',  # cut short
             "",
             json.dumps({"text": "third", "source": "SOHR"}),
             json.dumps(["not", "an", "object"]),
             json.dumps({"id": "e", "body": "no text field"})]
    (tmp_path / "in.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    docs, problems = _read(tmp_path / "in.jsonl")
    assert [(d.id, d.text, d.date, d.url, d.source) for d in docs] == [
        ("a", "first", "2017-03-01", "http://x/a", None), ("in.jsonl:4", "third", None, None, "SOHR")]
    assert [(p.line, p.severity) for p in problems] == [(2, "error"), (5, "error"), (6, "error")]
    assert "not valid JSON" in problems[0].message and 'no "text"' in problems[2].message


def test_date_option_overrides_record_dates_and_bad_record_dates_warn(tmp_path):
    lines = [json.dumps({"text": "x", "date": "2015-01-02"}), json.dumps({"text": "y", "date": "last Tuesday"})]
    (tmp_path / "in.jsonl").write_text("\n".join(lines), encoding="utf-8")
    docs, _ = _read(tmp_path / "in.jsonl", date="2020-05-06")
    assert [d.date for d in docs] == ["2020-05-06", "2020-05-06"]
    docs, problems = _read(tmp_path / "in.jsonl")
    assert [d.date for d in docs] == ["2015-01-02", None]
    assert [(p.severity, p.line) for p in problems] == [("warning", 2)] and "last Tuesday" in problems[0].message


def test_json_file_holds_one_record_or_a_list(tmp_path):
    (tmp_path / "one.json").write_text(json.dumps({"id": 5, "text": "alpha", "title": "T"}), encoding="utf-8")
    (tmp_path / "many.json").write_text(json.dumps([{"text": "b"}, {"text": "c"}, 7]), encoding="utf-8")
    docs, problems = _read(tmp_path / "one.json", tmp_path / "many.json")
    assert [(d.id, d.text) for d in docs] == [("5", "alpha"), ("many.json:1", "b"), ("many.json:2", "c")]
    assert docs[0].title == "T"
    assert len(problems) == 1 and problems[0].severity == "error"


def test_html_main_text_without_scripts_styles_or_page_chrome():
    body = "Shelling hit the eastern neighbourhoods of Deir ez-Zor on Monday. " * 5
    page = f"""<html><head><title>News | Site</title>
      <meta property="article:published_time" content="2018-02-03T08:00:00+02:00">
      <style>p {{ color: red }}</style><script>var s = "<p>not text</p>";</script></head>
      <body><nav>Home Politics Sport</nav>
      <div class="related"><article><p>Short teaser</p></article></div>
      <article><h1>Headline here</h1><p>{body}</p><script>track()</script><p>Second &amp; last.</p></article>
      <footer>Copyright</footer></body></html>"""
    text, title, date, _ = html_text(page)
    assert text.startswith("Headline here\nShelling hit") and text.endswith("Second & last.")
    for junk in ("not text", "color", "track()", "Home Politics", "Copyright", "teaser"):
        assert junk not in text
    assert title == "News | Site" and parse_date(date) == "2018-02-03"


def test_html_without_article_takes_the_largest_block():
    story = "<p>" + "Clashes near the town of Morek in northern Hama. " * 4 + "</p>"
    page = f"<body><div id=menu><p>Login</p><p>Search</p></div><div id=story>{story}{story}</div>" \
           f"<div id=side><p>Most read</p></div></body>"
    text, _, _, _ = html_text(page)
    assert "Morek" in text and "Login" not in text and "Most read" not in text


def test_html_of_only_scripts_is_an_error_for_that_file(tmp_path):
    (tmp_path / "page.html").write_text("<html><head><script>" + "x=1;" * 1000 + "</script></head><body>"
                                        "<script>y()</script><style>a{}</style></body></html>", encoding="utf-8")
    (tmp_path / "ok.txt").write_text("a report", encoding="utf-8")
    docs, problems = _read(tmp_path)
    assert [d.id for d in docs] == ["ok.txt"]
    assert len(problems) == 1 and problems[0].severity == "error" and "no text" in problems[0].message


def test_legacy_arabic_charset_declared_in_the_page(tmp_path):
    page = '<html><head><meta charset="windows-1256"></head><body><p>قصف مدينة حلب</p></body></html>'
    (tmp_path / "old.htm").write_bytes(page.encode("cp1256"))
    docs, problems = _read(tmp_path / "old.htm")
    assert problems == [] and docs[0].text == "قصف مدينة حلب"


def test_folder_is_walked_recursively_other_files_noted_hidden_left_out(tmp_path):
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "b" / "deep.txt").write_text("deep", encoding="utf-8")
    (tmp_path / "top.txt").write_text("top", encoding="utf-8")
    (tmp_path / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    (tmp_path / ".hidden.txt").write_text("hidden", encoding="utf-8")
    docs, problems = _read(tmp_path)
    assert sorted(d.text for d in docs) == ["deep", "top"]
    assert [(p.severity, p.path.endswith("image.png")) for p in problems] == [("note", True)]


def test_empty_binary_and_invalid_utf8_files(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_bytes(b" \n\n ")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 4)
    (tmp_path / "bad.txt").write_bytes("قصف ".encode() + b"\xff\xfe" + " حلب".encode())
    docs, problems = _read(tmp_path)
    by_file = {p.path.rsplit("/", 1)[-1]: p for p in problems}
    assert by_file["empty.txt"].severity == by_file["blank.txt"].severity == "error"
    assert by_file["binary.txt"].severity == "error" and "binary" in by_file["binary.txt"].message
    assert by_file["bad.txt"].severity == "warning" and "at byte 7" in by_file["bad.txt"].message
    assert [d.text for d in docs] == ["قصف \ufffd\ufffd حلب"]


def test_utf16_with_bom_is_text_not_binary(tmp_path):
    (tmp_path / "win.txt").write_bytes(codecs.BOM_UTF16_LE + "غارة على إدلب".encode("utf-16-le"))
    docs, problems = _read(tmp_path / "win.txt")
    assert problems == [] and docs[0].text == "غارة على إدلب"


def test_long_text_file_is_split_at_line_breaks_without_losing_text(tmp_path):
    line = "قصفت الطائرات الحربية أطراف البلدة صباح اليوم\n"
    text = line * (2 * MAX_DOC_BYTES // len(line.encode()) + 500)
    (tmp_path / "dump.txt").write_text(text, encoding="utf-8")
    docs, problems = _read(tmp_path / "dump.txt")
    assert len(docs) == 3 and [d.id for d in docs] == ["dump.txt#1", "dump.txt#2", "dump.txt#3"]
    assert all(len(d.text.encode()) <= MAX_DOC_BYTES and d.text.endswith("\n") for d in docs[:-1])
    assert "".join(d.text for d in docs) == text
    assert [p.severity for p in problems] == ["warning"] and "split" in problems[0].message


def test_long_jsonl_record_is_split_too(tmp_path):
    text = "Airstrikes on Raqqa.\n\n" * (MAX_DOC_BYTES // 10)
    (tmp_path / "big.jsonl").write_text(json.dumps({"id": "big", "text": text}) + "\n", encoding="utf-8")
    docs, problems = _read(tmp_path / "big.jsonl")
    assert [d.id for d in docs] == ["big#1", "big#2", "big#3"]
    assert "".join(d.text for d in docs) == text and problems[0].severity == "warning"


def test_jsonl_is_streamed_not_loaded_whole(tmp_path):
    with open(tmp_path / "many.jsonl", "w", encoding="utf-8") as f:
        for i in range(20_000):
            f.write(json.dumps({"text": f"report {i}"}) + "\n")
    stats = ReadStats()
    stream = read_inputs([tmp_path / "many.jsonl"], stats=stats)
    first = next(stream)
    assert first.text == "report 0"
    assert stats.bytes_read < stats.bytes_total / 100
    assert sum(1 for _ in stream) == 19_999 and stats.bytes_read == stats.bytes_total


@pytest.mark.parametrize("data, expected", [
    (b'{"id": "s1", "text": "one"}\n{"text": "two"}\n', [("s1", "one"), ("stdin:2", "two")]),
    ("قصف على حمص\n{not json}\n".encode(), [("stdin", "قصف على حمص\n{not json}\n")]),
])
def test_standard_input_jsonl_or_one_text(monkeypatch, data, expected):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    docs, problems = _read("-")
    assert [(d.id, d.text) for d in docs] == expected and problems == []


def test_missing_path_and_bad_date_are_argument_errors(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read_inputs([tmp_path / "nope.txt"])
    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    with pytest.raises(InputError, match="not a date"):
        read_inputs([tmp_path / "a.txt"], date="yesterday")


def test_parse_date_forms():
    assert parse_date("2016-07-28") == parse_date("28/07/2016") == parse_date("2016-07-28T23:10:00Z") == "2016-07-28"
    assert parse_date("July 28, 2016") == "2016-07-28"
    assert parse_date("soon") is None and parse_date("") is None


def test_legacy_arabic_text_file_is_read_as_windows_1256(tmp_path):
    (tmp_path / "old.txt").write_bytes("سقوط قذائف على حي الوعر".encode("cp1256"))
    docs, problems = _read(tmp_path / "old.txt")
    assert docs[0].text == "سقوط قذائف على حي الوعر"
    assert [p.severity for p in problems] == ["warning"] and "Windows-1256" in problems[0].message


def test_named_file_of_another_kind_is_skipped_like_in_a_folder_and_one_without_extension_is_text(tmp_path):
    (tmp_path / "acled.csv").write_text("event_id_cnty,event_date\nSYR1,04 April 2017\n", encoding="utf-8")
    (tmp_path / "wire").write_text("Airstrikes on Saraqib", encoding="utf-8")
    docs, problems = _read(tmp_path / "acled.csv", tmp_path / "wire")
    assert [d.text for d in docs] == ["Airstrikes on Saraqib"]
    assert [(p.severity, p.path.endswith("acled.csv")) for p in problems] == [("error", True)]
    assert problems[0].message == "skipped: not a .txt, .html, .json or .jsonl file"  # as a folder walk says
    with pytest.raises(InputError, match="not a .txt"):
        read_inputs([tmp_path / "acled.csv"])


def test_missing_input_among_others_is_an_error_for_itself(tmp_path):
    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    docs, problems = _read(tmp_path / "nope.txt", tmp_path / "a.txt")
    assert [d.text for d in docs] == ["x"]
    assert [(p.severity, p.message) for p in problems] == [("error", "no such file or folder")]
    with pytest.raises(InputError, match=r"no input can be read \(.*nope.txt: no such file or folder; 1 more\)"):
        read_inputs([tmp_path / "nope.txt", tmp_path / "nope2.txt"])


@pytest.mark.parametrize("given", ["03/04/2018", "06-11-2018", "2018-4-3", "2018-02-30", "2018-04-03T10:00", "soon"])
def test_date_option_is_iso_only(given):
    with pytest.raises(InputError, match="not a date"):
        check_date(given)
    assert check_date("2018-04-03") == "2018-04-03" and check_date(None) is None


def test_date_option_counts_the_own_dates_it_replaces(tmp_path):
    lines = [{"text": "a", "date": "2016-07-28"}, {"text": "b", "date": "2019-05-14"}, {"text": "c"},
             {"text": "d", "date": "28/07/2016"}]
    (tmp_path / "r.jsonl").write_text("\n".join(json.dumps(x) for x in lines), encoding="utf-8")
    (tmp_path / "p.html").write_text('<time datetime="2016-07-28">x</time><p>page</p>', encoding="utf-8")
    stats = ReadStats()
    docs = [d for d in read_inputs([tmp_path / "r.jsonl", tmp_path / "p.html"], "2019-05-14", stats=stats)
            if isinstance(d, Document)]
    assert {d.date for d in docs} == {"2019-05-14"} and stats.dates_replaced == 3


def test_json_error_messages_read_well(tmp_path):
    (tmp_path / "c.jsonl").write_text('{"text": "' + "x" * 60 + '\x01"}\n', encoding="utf-8")
    (tmp_path / "c.json").write_text('{"text": "' + "x" * 60 + '\x01"}', encoding="utf-8")
    _, problems = _read(tmp_path / "c.jsonl", tmp_path / "c.json")
    assert [p.message for p in problems] == [
        "line 1 is not valid JSON (Invalid control character at column 71); skipped",
        "not valid JSON (Invalid control character at line 1 column 71)"]
