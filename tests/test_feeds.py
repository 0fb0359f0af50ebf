"""RSS/Atom feeds and WARC archives: one record per entry or archived HTML page."""

from __future__ import annotations

import io
import json

import pytest

from scorer.article import Article, RecordError
from scorer.cli import main
from scorer.readers import read_paths, read_stream
from tests.conftest import ROOT

FEED = ROOT / "tests" / "fixtures" / "feed.rss"
PAGE = (b"<html><head><title>Council approves budget</title></head><body><nav>Home | World | Sport</nav>"
        b"<article><h1>Council approves budget</h1><p>The city council approved the new budget on Tuesday after a long "
        b"debate about costs and delays in the city, officials said.</p><p>Mayor Jane Smith said the plan would fund two "
        b"new schools and repair roads across the district over the next three years.</p></article>"
        b"<footer>Copyright 2024 Example Media</footer></body></html>")


def test_rss_items_become_articles_with_their_links():
    records = list(read_paths([str(FEED)]))
    assert [type(r) for r in records] == [Article, Article, RecordError]
    first, second, empty = records
    assert first.id == "https://news.example.com/?p=101" and first.url == "https://news.example.com/2024/03/budget"
    assert first.source_name == "news.example.com" and first.title == "Council approves new budget"
    assert "Mayor Jane Smith said the plan" in first.text and "<p>" not in first.text
    assert "Also Read: Ten things about the budget" in first.text.splitlines()
    assert second.text.startswith("Storm closes roads\n\nHeavy rain closed several roads")
    assert empty.type == "empty_text"


def test_atom_feed_on_stdin():
    atom = (b'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>t</title>'
            b'<entry><id>tag:example.org,2024:1</id><title>Vote delayed</title><link href="https://example.org/vote"/>'
            b'<content type="html">&lt;p&gt;The vote was delayed until May, the electoral commission said on Friday.&lt;/p&gt;</content>'
            b"</entry></feed>")
    (record,) = read_stream(atom, "stdin")
    assert record.id == "tag:example.org,2024:1" and record.url == "https://example.org/vote"
    assert "The vote was delayed until May" in record.text


def write_warc(path, pages: list[tuple[str, str, bytes, str]]) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        for url, status, body, content_type in pages:
            headers = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers))


def test_warc_html_responses_are_scored_with_their_url(tmp_path, capsys):
    archive = tmp_path / "crawl.warc.gz"
    write_warc(archive, [("https://www.example.com/budget", "200 OK", PAGE, "text/html; charset=utf-8"),
                         ("https://www.example.com/logo.png", "200 OK", b"\x89PNG", "image/png"),
                         ("https://www.example.com/gone", "404 Not Found", b"<html>gone</html>", "text/html")])
    assert main(["score", str(tmp_path)]) == 0
    (record,) = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert record["id"] == "https://www.example.com/budget" and record["source"] == "example.com"
    assert "Mayor Jane Smith" in record["body_text"] and "Home | World | Sport" not in record["body_text"]


def test_a_corrupt_archive_is_one_error_record(tmp_path):
    archive = tmp_path / "broken.warc.gz"
    write_warc(archive, [("https://example.com/a", "200 OK", PAGE, "text/html")])
    archive.write_bytes(archive.read_bytes()[:200])
    records = list(read_paths([str(archive)]))
    assert records and isinstance(records[-1], RecordError)


@pytest.mark.parametrize("suffix", [".xml", ".atom"])
def test_feed_suffixes(tmp_path, suffix):
    path = tmp_path / f"feed{suffix}"
    path.write_bytes(FEED.read_bytes())
    assert sum(isinstance(r, Article) for r in read_paths([str(path)])) == 2
