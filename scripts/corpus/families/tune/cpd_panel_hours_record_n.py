"""A training record page laid out like a web panel: a coloured panel
heading bar, an instruction list, a centred title, a bordered two-column
record of the learner, provider, course, completion date, approval number
and credit, then a small bordered table splitting the credit into the
course's topic blocks with a total row, and bold lines below giving a
record expiry date and a renewal-reminder date."""

SOURCE = "izzat94/jasv44:resources/views/pages/cpd.blade.php"
KIND = "course"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "record",
    "table",
    "labelled",
    "portrait",
    "dark-band",
    "distractor-date",
)

TEMPLATE = """<style>
.w { position:absolute; left:70px; right:70px; top:50px; font: 13.5px ${sans}; color:#222 }
.ph { background:${accent}; color:#fff; padding:9px 14px; border-radius:4px 4px 0 0; font-weight:bold }
.pb { border:1px solid ${accent}; border-top:none; padding:9px 14px; font-size:11.5px; line-height:16px; border-radius:0 0 4px 4px }
h2 { text-align:center; font: bold 23px ${display}; margin:26px 0 16px; color:${dark} }
table { width:100%; border-collapse:collapse } td, th { border:1px solid #ccc; padding:7px 10px; text-align:left }
.rec td.l { width:34%; background:#f6f6f6; font-weight:bold; font-size:12.5px }
.br { width:70%; margin:22px auto 0 } .br th { background:#f6f6f6 }
h4 { font: 14px ${sans}; margin:16px 0 0; text-align:center } h4 b { font-weight:bold }
.ft { position:absolute; left:70px; right:70px; bottom:36px; font: 9px ${sans}; color:#777; text-align:center }
</style>
<div class="w">
 <div class="ph">${panel}</div>
 <div class="pb">1. ${i1}<br>2. ${i2}<br>3. ${i3}</div>
 <h2>${heading}</h2>
 <table class="rec">
  <tr><td class="l">${name_label}</td><td>${name}</td></tr>
  <tr><td class="l">Training provider</td><td>${org}</td></tr>
  <tr><td class="l">Course</td><td>${title}</td></tr>
  <tr><td class="l">${date_label}</td><td>${date}</td></tr>
  <tr><td class="l">Approval number</td><td>${approval}</td></tr>
  <tr><td class="l">${credit_label}</td><td>${hours}</td></tr>
 </table>
 <table class="br"><tr><th>Topic block</th><th>Hours</th></tr>${rows_html}
  <tr><th>Total</th><th>${total}</th></tr></table>
 <h4>Record valid until: <b>${expiry}</b></h4>
 <h4>Renewal reminder sent: <b>${reminder}</b></h4>
</div>
<div class="ft">Printed ${printed} · Record ID ${rid} · This record is generated from the training database.</div>
"""


def _split(total: float, parts: int, rng) -> list[float]:
    halves = int(round(total * 2))
    if halves < parts:
        return [total]
    cuts = sorted(rng.sample(range(1, halves), parts - 1))
    bounds = [0, *cuts, halves]
    return [(b - a) / 2 for a, b in zip(bounds, bounds[1:], strict=False)]


def fill(d):
    r = d.rng
    hours = d.hours(d.pick(["hours_title", "cec_hours", "cecs"]))
    blocks = _split(d.credit, d.pick([2, 3, 3]), r)
    names = r.sample(
        ["Theory", "Safety", "Hands-on lab", "Inspection", "Documentation", "Review & exam"],
        len(blocks),
    )
    rows = "".join(
        f"<tr><td>{n}</td><td>{h:g}</td></tr>" for n, h in zip(names, blocks, strict=True)
    )
    return {
        "panel": d.pick(["Instructions:", "How to read this record", "Notes"]),
        "i1": "Each technician should keep course knowledge current with approved training.",
        "i2": d.pick(
            [
                "Credits must be earned within each renewal period; unused hours do not carry over.",
                "Hours shown are those approved for the course, not the time logged in class.",
            ]
        ),
        "i3": "Refer questions to the training office before the renewal date.",
        "heading": d.pick(
            ["Continuing Education Record", "Training Hours Record", "CE Hours Record"]
        ),
        "name_label": d.pick(["Technician", "Learner", "Name"]),
        "name": d.name(d.pick(["plain", "last_first", "upper"])),
        "org": d.provider(),
        "title": d.title(),
        "date_label": d.pick(["Date completed", "Completion date", "Completed on"]),
        "date": d.date(d.pick(["dmy_long", "long", "us_numeric", "iso"])),
        "approval": d.approval(),
        "credit_label": d.pick(["Credit awarded", "CE hours", "Hours approved"]),
        "hours": hours,
        "rows_html": rows,
        "total": f"{d.credit:g}",
        "expiry": d.other_date("expiry", "dmy_long"),
        "reminder": d.other_date("print", "dmy_long"),
        "printed": d.other_date("print", "us_numeric"),
        "rid": d.number(),
    }
