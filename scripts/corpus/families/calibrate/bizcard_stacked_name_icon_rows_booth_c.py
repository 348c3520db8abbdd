"""A portrait pocket card typeset like a business card: the visitor's first
and last names stacked large in the middle with an italic line under them,
a short coloured rule, then rows of small icons each beside a bare value
(the show, the visit date, the credit, a number) with no labels, another
rule and a row of decorative icons at the foot."""

SOURCE = "opieters/business-card:src/front.tex"
KIND = "booth"
PAPER = "card-portrait"
CATEGORIES = (
    "wallet",
    "portrait",
    "stacked-name",
    "icon-rows",
    "values-only",
    "provider-in-row",
)

TEMPLATE = """<style>
.c { position:absolute; inset:0; display:flex; flex-direction:column; justify-content:center; align-items:center;
  font-family:${sans}; color:#2f3142; padding:0 12px; text-align:center }
.nm { font-size:19px; line-height:22px }
.jt { font-size:9px; font-style:italic; color:#474a65; margin-top:3px }
.sep { width:76px; border-top:1px solid ${accent}; margin:10px 0 }
table { border-collapse:collapse; font-size:8.2px; line-height:10.5px; text-align:left }
td { padding:1.5px 2px; vertical-align:top } td.i { width:14px; text-align:center; color:#2f3142; font-size:9px }
.ic { display:flex; gap:10px; font-size:14px; color:#2f3142 }
</style>
<div class="c">
 <div class="nm">${first}<br>${last}</div>
 <div class="jt">${title}</div>
 <div class="sep"></div>
 <table>
  <tr><td class="i">&#x2302;</td><td>${event}</td></tr>
  <tr><td class="i">&#x25F7;</td><td>${date}</td></tr>
  <tr><td class="i">&#x2605;</td><td>${hours}</td></tr>
  <tr><td class="i">#</td><td>${number}</td></tr>
  <tr><td class="i">&#x2709;</td><td>${web}</td></tr>
 </table>
 <div class="sep"></div>
 <div class="ic">&#x2692; &#x2602; &#x2668; &#x2691;</div>
</div>
"""


def fill(d):
    d.name("plain")
    first = " ".join(p for p in [d.first, d.middle] if p)
    last = " ".join(p for p in [d.last, d.suffix] if p)
    booth = d.pick(["IICRC Booth Registration", "IICRC Booth Registration", "IICRC Booth Visit"])
    return {
        "first": first,
        "last": last,
        "title": d.set_title(booth, ["IICRC Booth Registration"]),
        "event": d.provider(),
        "date": d.date(d.pick(["long", "short_month", "us_numeric", "weekday"])),
        "hours": d.hours(d.pick(["cec_hours", "cecs", "iicrc_cec"])),
        "number": d.pick(["Booth ", "Booth #", "Stand "]) + str(d.rng.randrange(100, 2999)),
        "web": d.pick(["education@iicrc.org", "iicrc.org/cecs", d.web()]),
    }
