"""The HTML reader's fast paths give exactly what html.parser's own methods give.

The reader reads plain start tags with one match (``PLAIN_START_TAG``) instead of
``HTMLParser.parse_starttag``, and keeps the parser's position as an offset instead of the
line and column ``updatepos`` counts. These tests read each input twice, once as shipped
and once with the parser's stock methods put back, and compare the whole result: text,
blocks, rows, offsets, artifacts and comments, or the error message.
"""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from disclint.errors import InputError
from disclint.readers import html as html_reader

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


class _StockReader(html_reader._HtmlReader):
    """The reader with html.parser's own tag scan and line-and-column position."""

    goahead = HTMLParser.goahead
    updatepos = HTMLParser.updatepos
    getpos = HTMLParser.getpos
    parse_starttag = HTMLParser.parse_starttag
    parse_endtag = HTMLParser.parse_endtag

    def _offset(self) -> int:
        if not hasattr(self, "_starts"):
            self._starts = [0] + [i + 1 for i, c in enumerate(self.raw) if c == "\n"]
        line, column = HTMLParser.getpos(self)
        return int(self._starts[line - 1] + column)


def _outcome(raw: str, reader: type[html_reader._HtmlReader]) -> object:
    """Everything the reader makes of ``raw``, or its error message."""
    original = html_reader._HtmlReader
    html_reader._HtmlReader = reader  # type: ignore[misc]
    try:
        source = html_reader.read(raw, "x.html")
    except InputError as exc:
        return ("error", str(exc))
    finally:
        html_reader._HtmlReader = original  # type: ignore[misc]
    blocks = [(b.kind, b.level, b.start, b.end, b.rows) for b in source.blocks]
    mapped = [source.raw_offset(i) for i in range(len(source.text))]
    return (source.text, blocks, mapped, repr(source.artifacts), repr(source.comments))


def _same(raw: str) -> None:
    assert _outcome(raw, html_reader._HtmlReader) == _outcome(raw, _StockReader)


BROKEN = [
    '<p class="a>b">greater-than in a quoted value</p>',
    "<p class='a<b'>less-than in a quoted value</p>",
    "<p title=\"x\" id='y' hidden>three kinds of attribute</p>",
    "<a href=/x/y/>bare value ending in a slash</a> after",
    "<a href=x />bare value, space, slash</a>",
    "<br/>one<br />two<br/ >three<hr/><img src=a.png alt=''>",
    "<p\vclass=x>vertical tab after the name</p>",
    "<p\u00a0class=x>no-break space after the name</p>",
    '<td\n  style="width:10%"\n  align=right\n>cell</td>',
    '<p a="b"c="d">attributes with no space between</p>',
    '<p =x>an equals sign for a name</p><p a==b>two equals</p><p a = "b" c>spaced</p>',
    '<P CLASS="X">upper case</P><ix:header><p>hidden</p></ix:header><x-y z>custom</x-y>',
    "<p>text</ p> and </> and <a/b>slash in a name</a> and <p/ >slash space</p>",
    "<!-- a comment <p>with a tag</p> --><p>after</p><!--[if gte mso 9]><p>x</p><![endif]-->",
    "<![CDATA[ <p>not a tag</p> ]]><p>after CDATA</p><?xml version='1.0'?><!DOCTYPE html>",
    "<script type=\"text/javascript\">if (a<b && c>d) { x = '<p>'; }</script><p>after</p>",
    "<style media='all'>p > a { color: red }</style><p>after style</p>",
    "<title>A <b>title</b></title><body><p>Body &amp; more &#169; AT&T &copy</p></body>",
    "<p>Line one\nline two<sup class=x>1</sup> and CO<sub>2</sub></p>\n\n<pre>a\n b\n</pre>",
    "<table border=1><tr><td>$</td><td>1,234</td><td>)</td></tr><tr><td>x<td>2</table>",
    '<p>unclosed tag at the end <b class="x',
    "<p>unclosed comment <!-- never closed",
    "<p>a bare less-than < and an ampersand & in text</p>",
    "<!DOCTYPE x [ <!FOO bar> ]><p>a malformed declaration</p>",
    "<p>x</p>\n<![bogus section",
    '<p>a\\$ stray escape</p><div><p>nested <span style="a:b">span</span></p></div>',
    "<li>one<li>two<ul><li>three</ul><blockquote>quote</blockquote>",
    "<p>end tags: a</p >b</P>c</td\n>d</ p>e</x:y-z>f</a b>g</>h</p\v>i</p/>j</ix:header>k",
    "<script>var s = '</p>'; </div> </script >after</STYLE><style>a</b></style>z",
    "<p>&nbsp;&nbsp;&#160;&amp;&amp;&#x2019;&nbsp x&unknown; y&amp z &#169;&#169;</p>",
    "<p>a &# b; &#x; &#12 &#xZ; & ; &amp</p>&",
    "<p>ends with a bare less-than <",
    "<p>ends in a reference &amp",
    "<p>ends in a reference start &#",
    "<p>x</p><?pi stuff?><!x><!-- c --><p>&#0;&#1114112;&#xD800;</p>",
    "<textarea><p>kept</p></textarea><title>t &amp; u</title>z",
]


@pytest.mark.parametrize("raw", BROKEN)
def test_invented_and_broken_html_reads_the_same(raw: str) -> None:
    _same(raw)


@pytest.mark.parametrize("name", ["acquisition.html"])
def test_the_example_reads_the_same(name: str) -> None:
    _same((EXAMPLES / name).read_text(encoding="utf-8"))


def test_the_fast_path_takes_plain_tags_and_leaves_the_rest() -> None:
    plain = ["<p>", '<td style="a:b" align=right>', "<br/>", "<img src='a.png' alt=\"\" />"]
    other = ["<a href=x/>", "<p class='a<b'>", '<p a="b"c="d">', "<p\vclass=x>", "<p/ >"]
    assert all(html_reader.PLAIN_START_TAG.match(tag) for tag in plain)
    assert not any(html_reader.PLAIN_START_TAG.match(tag) for tag in other)
    plain_end = ["</p>", "</TD >", "</ix:header>", "</p\n>"]
    other_end = ["</ p>", "</a b>", "</>", "</p/>", "</p"]
    assert all(html_reader.PLAIN_END_TAG.match(tag) for tag in plain_end)
    assert not any(html_reader.PLAIN_END_TAG.match(tag) for tag in other_end)


def test_the_parsers_loop_is_mirrored_on_this_python() -> None:
    """The reader's own copy of ``HTMLParser.goahead`` is used where the parser's loop is
    the one it mirrors (Python 3.11.7's); the tests above compare the two."""
    import sys

    if sys.version_info[:3] == (3, 11, 7):
        assert html_reader._KNOWN_GOAHEAD


def test_the_error_position_is_the_parsers() -> None:
    raw = "<p>one</p>\n<p>two</p>\n  <![bogus section x"
    fast, stock = _outcome(raw, html_reader._HtmlReader), _outcome(raw, _StockReader)
    assert fast == stock
    assert fast == ("error", "x.html: broken HTML: malformed '<!' declaration at line 3, column 3")


FRAGMENTS = [
    "<", ">", "/", "=", '"', "'", " ", "\n", "\t", "\v", "&", ";", "#", "!", "-", "?", "[", "]",
    "p", "td", "a", "x", "br", "sup", "table", "tr", "script", "style", "b=", "c", "1",
    "<p>", "</p>", "<td ", "<!--", "-->", "&amp;", "&#169;", "<![CDATA[", "]]>", "$", "\\",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(FRAGMENTS), max_size=40))
def test_random_markup_reads_the_same(parts: list[str]) -> None:
    _same("".join(parts))


def test_the_stock_reader_offsets_are_line_and_column() -> None:
    """The comparison's own footing: the stock reader's offsets agree with a line table."""
    raw = "<p>a</p>\n<p>b\nc</p>"
    outcome = _outcome(raw, _StockReader)
    assert isinstance(outcome, tuple)
    text, mapped = outcome[0], outcome[2]
    assert isinstance(text, str) and isinstance(mapped, list)
    assert [raw[mapped[text.index(ch)]] for ch in "abc"] == ["a", "b", "c"]
