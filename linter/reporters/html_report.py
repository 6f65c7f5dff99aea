"""A report for counsel: one self-contained HTML file to open in a browser, print or forward.

For each release it shows the visible text (what a reader of the release sees, markup
removed) with every finding highlighted where it is and numbered, and beside it the
findings grouped by severity and section: message, evidence, legal source, the rule's
explanation and, when configured, a link to the rule's documentation. Check boxes filter
by severity and rule family (a few lines of inline script; a link can carry a filter, as in
``report.html#severity=error&family=fls``); the print style sheet drops the filters and
opens every explanation.

Nothing is fetched: styles and script are inline and a Content-Security-Policy forbids
any other source, so the file shows the same on a laptop with no network as in an e-mail.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from disclint import __version__
from disclint.reporters import ReportContext
from disclint.reporters.spans import place, text_span
from disclint.reporters.text_report import summary_lines

if TYPE_CHECKING:
    from disclint.api import Finding
    from disclint.engine import FileResult
    from disclint.packs import Registry

SEVERITIES = ("error", "warning", "info")
CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:"

STYLE = """
:root { --error: #b3261e; --warning: #8a5a00; --info: #1f5fa8; --ink: #1d1d1f; }
body { font: 15px/1.5 Georgia, 'Times New Roman', serif; color: var(--ink); margin: 0 2rem 2rem; }
header { border-bottom: 1px solid #ccc; margin-bottom: 1rem; }
h1 { font-size: 1.4rem; margin: 1rem 0 .25rem; }
h2 { font-size: 1.15rem; margin: 1.5rem 0 .5rem; word-break: break-all; }
h3 { font-size: 1rem; margin: 1rem 0 .25rem; text-transform: capitalize; }
h4 { font-size: .9rem; margin: .75rem 0 .25rem; color: #555; }
.filters, .contents { font: 13px/1.6 system-ui, sans-serif; margin: .5rem 0 1rem; }
.filters fieldset { display: inline-block; border: 1px solid #ddd; margin-right: 1rem; }
.filters label { margin-right: .75rem; white-space: nowrap; }
.file { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 2rem; }
.file > h2, .file > .summary, .file > .unreadable { grid-column: 1 / -1; margin-bottom: 0; }
.release { white-space: pre-wrap; tab-size: 4; border-left: 3px solid #eee; padding-left: 1rem; }
mark { background: #fde7a9; border-bottom: 2px solid var(--warning); }
mark.sev-error { background: #f9d3d0; border-bottom-color: var(--error); }
mark.sev-info { background: #dbe8f7; border-bottom-color: var(--info); }
mark.off { background: none; border: 0; }
a.pin { font: bold 11px system-ui, sans-serif; vertical-align: super; text-decoration: none;
        color: #fff; border-radius: 8px; padding: 0 4px; margin: 0 1px; }
.sev-error.pin, .badge.sev-error { background: var(--error); }
.sev-warning.pin, .badge.sev-warning { background: var(--warning); }
.sev-info.pin, .badge.sev-info { background: var(--info); }
.findings ol { list-style: none; padding: 0; margin: 0; }
li.finding { border: 1px solid #ddd; border-left-width: 4px; padding: .5rem .75rem;
             margin: 0 0 .6rem; font: 14px/1.45 system-ui, sans-serif; break-inside: avoid; }
li.finding.sev-error { border-left-color: var(--error); }
li.finding.sev-warning { border-left-color: var(--warning); }
li.finding.sev-info { border-left-color: var(--info); }
.badge { color: #fff; border-radius: 3px; padding: 0 5px; font-size: 12px; }
.code { font-weight: bold; }
.where { color: #666; font-size: 12px; }
.message { margin: .25rem 0; }
.evidence { margin: .25rem 0 .25rem 1rem; padding: 0; color: #333; list-style: disc; }
.source, .docs { font-size: 13px; margin: .2rem 0; }
details { font-size: 13px; color: #333; }
details p { margin: .3rem 0; }
.hidden { display: none !important; }
.unreadable { color: var(--error); }
@media print {
  body { margin: 0; font-size: 11pt; }
  .filters, a.back { display: none; }
  .file { display: block; }
  .release { border: 0; padding: 0; }
  section.findings { break-before: page; }
  details > summary { list-style: none; }
  details::details-content { content-visibility: visible; display: block; }
  mark { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  a.pin, .badge { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
"""

#: Filters: a finding shows when its severity and its family are both ticked; a highlight
#: stays coloured while any finding it belongs to shows. Printing opens every explanation.
SCRIPT = """
(function () {
  var boxes = document.querySelectorAll('.filters input');
  function apply() {
    var on = {};
    boxes.forEach(function (b) { on[b.name + ':' + b.value] = b.checked; });
    var shown = {};
    document.querySelectorAll('li.finding').forEach(function (li) {
      var show = on['severity:' + li.dataset.severity] && on['family:' + li.dataset.family];
      li.classList.toggle('hidden', !show);
      shown[li.dataset.finding] = show;
      var pin = document.getElementById('at-' + li.dataset.finding);
      if (pin) { pin.classList.toggle('hidden', !show); }
    });
    document.querySelectorAll('mark[data-findings]').forEach(function (m) {
      var any = m.dataset.findings.split(' ').some(function (n) { return shown[n]; });
      m.classList.toggle('off', !any);
    });
    document.querySelectorAll('.group').forEach(function (g) {
      g.classList.toggle('hidden', !g.querySelector('li.finding:not(.hidden)'));
    });
  }
  // A link can carry a filter: report.html#severity=error&family=fls,arithmetic
  location.hash.slice(1).split('&').forEach(function (pair) {
    var kv = pair.split('='), wanted = (kv[1] || '').split(',');
    if (kv[0] !== 'severity' && kv[0] !== 'family') { return; }
    boxes.forEach(function (b) {
      if (b.name === kv[0]) { b.checked = wanted.indexOf(b.value) !== -1; }
    });
  });
  boxes.forEach(function (b) { b.addEventListener('change', apply); });
  window.addEventListener('beforeprint', function () {
    document.querySelectorAll('details').forEach(function (d) { d.open = true; });
  });
  apply();
  document.body.dataset.ready = String(document.querySelectorAll('li.finding').length);
})();
"""


@dataclass(frozen=True)
class _Numbered:
    """A finding with its number in the report and its rule's family."""

    number: int
    finding: Finding
    family: str


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def render(results: Sequence[FileResult], context: ReportContext) -> str:
    numbered: list[tuple[FileResult, list[_Numbered]]] = []
    counter = 0
    for result in results:
        items = []
        for finding in result.findings:
            counter += 1
            rule = context.registry.rules.get(finding.code)
            items.append(_Numbered(counter, finding, rule.family if rule else "disclint"))
        numbered.append((result, items))
    families = sorted({item.family for _, items in numbered for item in items})
    title = "disclint report" + (f": {results[0].path}" if len(results) == 1 else "")
    body = [
        "<header>",
        f"<h1>{_e(title)}</h1>",
        f"<p>{'<br>'.join(_e(line) for line in summary_lines(results, context) if line)}</p>",
        _filters(families),
        "</header>",
    ]
    if len(numbered) > 1:
        body.insert(-1, _contents(numbered))
    for index, (result, items) in enumerate(numbered, start=1):
        body.append(_file_section(index, result, items, context.registry))
    body.append(
        f"<footer><p class='where'>disclint {_e(__version__)}: findings prompt a review by "
        "counsel; they do not say whether a release complies.</p></footer>"
    )
    return "\n".join(
        [
            "<!DOCTYPE html>",
            '<html lang="en"><head><meta charset="utf-8">',
            f'<meta http-equiv="Content-Security-Policy" content="{CSP}">',
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            f"<title>{_e(title)}</title>",
            f"<style>{STYLE}</style>",
            "</head><body>",
            *body,
            f"<script>{SCRIPT}</script>",
            "</body></html>",
        ]
    )


def _filters(families: list[str]) -> str:
    def box(name: str, value: str) -> str:
        return (
            f"<label><input type='checkbox' name='{name}' value='{_e(value)}' checked> "
            f"{_e(value)}</label>"
        )

    return (
        "<form class='filters'>"
        "<fieldset><legend>Severity</legend>"
        + "".join(box("severity", s) for s in SEVERITIES)
        + "</fieldset><fieldset><legend>Family</legend>"
        + "".join(box("family", f) for f in families)
        + "</fieldset></form>"
    )


def _contents(numbered: list[tuple[FileResult, list[_Numbered]]]) -> str:
    """A run over several releases: each one, linked, with its counts by severity."""
    rows = []
    for index, (result, items) in enumerate(numbered, start=1):
        if result.error is not None:
            counts = "could not be read"
        else:
            found = [i.finding.severity.value for i in items]
            counts = ", ".join(f"{found.count(s)} {s}" for s in SEVERITIES if s in found)
        rows.append(
            f"<li><a href='#file-{index}'>{_e(result.path)}</a> "
            f"<span class='where'>{_e(counts or 'no findings')}</span></li>"
        )
    return f"<nav class='contents'><ol>{''.join(rows)}</ol></nav>"


def _file_section(
    index: int, result: FileResult, items: list[_Numbered], registry: Registry
) -> str:
    parts = [f"<section class='file' id='file-{index}'><h2>{_e(result.path)}</h2>"]
    fmt = result.source.format if result.source is not None else ""
    if result.error is not None:
        parts.append(f"<p class='unreadable'>Could not be read: {_e(result.error)}</p></section>")
        return "".join(parts)
    if result.source is not None:
        parts.append(f"<div class='release'>{_highlighted(result, items)}</div>")
    parts.append("<section class='findings'>")
    if not items:
        parts.append("<p>No findings.</p>")
    for severity in SEVERITIES:
        group = [item for item in items if item.finding.severity.value == severity]
        if not group:
            continue
        parts.append(f"<div class='group'><h3>{severity} ({len(group)})</h3>")
        sections = list(dict.fromkeys(item.finding.section or "document" for item in group))
        for section in sections:
            heading = _e(section.replace("_", " "))
            parts.append(f"<div class='group'><h4>{heading}</h4><ol>")
            for item in group:
                if (item.finding.section or "document") == section:
                    parts.append(_finding_item(item, registry, fmt))
            parts.append("</ol></div>")
        parts.append("</div>")
    parts.append("</section></section>")
    return "".join(parts)


def _finding_item(item: _Numbered, registry: Registry, fmt: str) -> str:
    f = item.finding
    rule = registry.rules.get(f.code)
    severity = f.severity.value
    out = [
        f"<li class='finding sev-{severity}' id='f-{item.number}' data-finding='{item.number}' "
        f"data-severity='{severity}' data-family='{_e(item.family)}' data-code='{_e(f.code)}'>",
        f"<a class='back' href='#at-{item.number}'>#{item.number}</a> ",
        f"<span class='badge sev-{severity}'>{severity}</span> ",
        f"<span class='code'>{_e(f.code)}</span> {_e(f.name)} ",
        f"<span class='where'>{place(f, fmt)}</span>",
        f"<p class='message'>{_e(f.message)}</p>",
    ]
    if f.evidence:
        out.append(
            "<ul class='evidence'>" + "".join(f"<li>{_e(s)}</li>" for s in f.evidence) + "</ul>"
        )
    if f.fix is not None:
        fix = f"Fix ({f.fix.applicability.value}): {_e(f.fix.description)}"
        out.append(f"<p class='source'>{fix}</p>")
    if f.citation:
        out.append(f"<p class='source'><b>Source:</b> {_e(f.citation)}</p>")
    if f.url:
        out.append(f"<p class='docs'><a href='{_e(f.url)}'>Documentation of {_e(f.code)}</a></p>")
    if rule is not None and rule.rationale:
        paragraphs = "".join(
            f"<p>{_e(' '.join(p.split()))}</p>" for p in rule.rationale.split("\n\n") if p.strip()
        )
        out.append(f"<details><summary>Why {_e(f.code)} matters</summary>{paragraphs}</details>")
    out.append("</li>")
    return "".join(out)


def _highlighted(result: FileResult, items: list[_Numbered]) -> str:
    """The visible text with a numbered pin at each finding and its range marked."""
    assert result.source is not None
    text = result.source.text
    spans = [(item, *text_span(result.source, item.finding)) for item in items]
    cuts = sorted({0, len(text), *(s for _, s, _ in spans), *(e for _, _, e in spans)})
    pins: dict[int, list[_Numbered]] = {}
    for item, start, _ in spans:
        pins.setdefault(start, []).append(item)
    out: list[str] = []
    for begin, finish in zip(cuts, [*cuts[1:], len(text)], strict=False):
        for item in pins.pop(begin, []):
            severity = item.finding.severity.value
            out.append(
                f"<a class='pin sev-{severity}' id='at-{item.number}' href='#f-{item.number}' "
                f"title='{_e(item.finding.code)}: {_e(item.finding.message)}'>{item.number}</a>"
            )
        if finish <= begin:
            continue
        piece = _e(text[begin:finish])
        covering = [item for item, s, e in spans if s <= begin and finish <= e]
        if covering:
            worst = max(covering, key=lambda i: i.finding.severity.rank).finding.severity.value
            numbers = " ".join(str(i.number) for i in covering)
            out.append(f"<mark class='sev-{worst}' data-findings='{numbers}'>{piece}</mark>")
        else:
            out.append(piece)
    return "".join(out)
