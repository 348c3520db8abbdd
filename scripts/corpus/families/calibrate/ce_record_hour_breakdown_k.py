"""A continuing education record on a plain form: a ruled heading with the
record number, a labelled block (participant, registrant number, sponsor and
its address, program title, dates attended as a span, location, delivery),
then an hours table that breaks the class into lecture, hands-on and
examination time with a total of contact hours, of which only the last row,
the credit awarded, is the answer; the instructor's and the records
officer's signatures, and a small footer on how long to keep the record."""

SOURCE = (
    "https://codes.ohio.gov/ohio-administrative-code/rule-4723-14-06 (proof of completion: "
    "approver number, attendee, title, date, provider name and address, contact hours, a "
    "statement of category hours) and https://39276.bndtmqurk.asia/gateway/ShowRuleVersionFile.asp?RVID=33005 "
    "(participant, sponsor, title, dates, location, credit hours granted; keep five years)"
)
KIND = "course"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "record",
    "table",
    "labelled",
    "portrait",
    "date-range",
    "distractor-person",
    "address",
    "tiny-footer",
)

TEMPLATE = """<style>
.w { position:absolute; inset:56px 64px; font: 13px ${face}; color:#1a1a1a }
.hd { display:flex; justify-content:space-between; align-items:flex-end; border-bottom:2px solid #222; padding-bottom:6px }
.hd h1 { font: bold 21px ${face}; margin:0; letter-spacing:0.5px } .hd .no { font-size:11.5px; text-align:right; line-height:15px }
.sec { font: bold 11px ${face}; text-transform:uppercase; letter-spacing:1.5px; color:${dark}; margin:20px 0 6px }
.kv { display:grid; grid-template-columns:170px 1fr; row-gap:7px; column-gap:10px }
.kv .k { color:#555; font-size:12px } .kv .v { font-weight:bold }
table { width:100%; border-collapse:collapse; margin-top:4px }
td, th { border:1px solid #888; padding:6px 8px; text-align:left } th { background:${light}; font-size:11.5px }
td.n { text-align:right; width:22%; font-variant-numeric:tabular-nums }
tr.tot td { font-weight:bold } tr.cr td { font-weight:bold; background:${light} }
.nt { font-size:11px; color:#444; margin-top:6px; line-height:15px }
.sg { display:flex; gap:40px; margin-top:44px } .sg > div { flex:1; border-top:1px solid #333; padding-top:3px; font-size:11.5px; position:relative }
.sg i { position:absolute; left:4px; top:-32px; font: 24px ${hnd}; color:#1b2e74 }
.ft { position:absolute; left:0; right:0; bottom:-30px; font-size:8.5px; color:#666; display:flex; justify-content:space-between }
</style>
<div class="w">
 <div class="hd"><h1>${heading}</h1><div class="no">${rec_label} ${rec_no}<br>${form_no}</div></div>
 <div class="sec">Participant and program</div>
 <div class="kv">
  <div class="k">Participant</div><div class="v">${name}</div>
  <div class="k">${reg_label}</div><div class="v">${reg_no}</div>
  <div class="k">Sponsor</div><div class="v">${org}</div>
  <div class="k">Sponsor address</div><div class="v">${street}, ${town}</div>
  <div class="k">Program title</div><div class="v">${title}</div>
  ${approval_row_html}
  <div class="k">Date(s) attended</div><div class="v">${dates}</div>
  <div class="k">Location</div><div class="v">${location}</div>
  <div class="k">Delivery</div><div class="v">${delivery}</div>
 </div>
 <div class="sec">Hours</div>
 <table>
  <tr><th>Component</th><th style="text-align:right">Hours</th></tr>
  <tr><td>Lecture / classroom instruction</td><td class="n">${lecture}</td></tr>
  <tr><td>Hands-on (flood house / lab)</td><td class="n">${lab}</td></tr>
  <tr><td>Written examination (not credited)</td><td class="n">${exam}</td></tr>
  <tr class="tot"><td>Total contact hours</td><td class="n">${contact}</td></tr>
  <tr class="cr"><td>${credit_label}</td><td class="n">${hours}</td></tr>
 </table>
 <div class="nt">${note}</div>
 <div class="sg"><div><i>${instructor}</i>Instructor: ${instructor}</div><div><i>${officer}</i>Records officer: ${officer}</div></div>
 <div class="ft"><span>${keep}</span><span>${printed}</span></div>
</div>
"""


def _num(x: float) -> str:
    return f"{x:g}" if x != int(x) else f"{int(x)}.0"


def fill(d):
    street, town = d.address()
    credit = d.credit
    lab = (
        0.0
        if credit < 2
        else float(d.pick([0.5, 1, 1.5, 2, 3]))
        if credit < 7
        else float(d.pick([3, 4, 5, 6]))
    )
    lab = min(lab, credit - 0.5) if credit > 0.5 else 0.0
    lecture = credit - lab
    exam = float(d.pick([0.5, 1, 1, 1.5]))
    approval = d.approval() if d.chance(0.6) else None
    row = (
        f'<div class="k">Course approval no.</div><div class="v">{approval}</div>'
        if approval
        else ""
    )
    return {
        "face": d.fonts[d.pick(["sans", "serif", "cond"])],
        "hnd": d.fonts["hand"].replace(", cursive", ", 'Z003', 'Dancing Script', cursive"),
        "heading": d.pick(["Continuing Education Record", "Record of Continuing Education"]),
        "rec_label": d.pick(["Record No.", "Record #"]),
        "rec_no": d.number(),
        "form_no": d.pick(["Form CE-3 (rev. 2/18)", "Form TR-11", "Page 1 of 1"]),
        "name": d.name(d.pick(["plain", "last_first", "upper"])),
        "reg_label": d.pick(["IICRC registrant no.", "Certification no.", "Technician ID"]),
        "reg_no": str(d.rng.randrange(100000, 999999)),
        "org": d.provider(),
        "street": street,
        "town": town,
        "title": d.title(d.pick(["plain", "with_code", "code_first"])),
        "approval_row_html": row,
        "dates": d.date_range(d.pick([1, 2, 2, 3])),
        "location": d.city(),
        "delivery": d.pick(
            ["Live classroom", "Live classroom with hands-on lab", "Instructor-led"]
        ),
        "lecture": _num(lecture),
        "lab": _num(lab),
        "exam": _num(exam),
        "contact": _num(credit + exam),
        "credit_label": d.pick(
            ["IICRC CECs awarded", "Credit hours granted", "CEC credit awarded"]
        ),
        "hours": d.hours_number(),
        "note": d.pick(
            [
                "One CEC is awarded per hour of instruction attended; examination time is not credited.",
                "Credit is granted for instruction and hands-on time only. Partial attendance is not credited.",
            ]
        ),
        "instructor": d.person(),
        "officer": d.person(),
        "keep": "Keep this record for not less than five years. It may be requested in an audit.",
        "printed": "Printed " + d.other_date("print", "us_numeric"),
    }
