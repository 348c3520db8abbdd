"""A state workforce board's training outcome form, filled in by the training
provider when a participant paid for by an individual training account
finishes (portrait). The form number and revision in tiny type, a round
seal, the form's title and an "office use" box across the top; then four
sections under black bars (participant, training provider and program,
training outcome, provider certification). Every field is a ruled box
with a tiny caption at its top left and the typed value under it; the
outcome section has rows of checkboxes (completed, withdrew, dismissed;
credential attained yes or no; credential type) and a line of cost boxes
in dollars. The provider's representative signs and dates, and the
board's equal-opportunity line closes the page."""

from corpus import formats as F

SOURCE = (
    "uaedpolicy/apprenticeship-hub:docs/aoa_data-specification.md (provider, training program, "
    "associated credential, program length) and codexstanford/markdonw-chunck-of-the-usa-code:"
    "chuncks/title-29/chunck-2084.md (WIOA eligible providers of training services, "
    "industry-recognized certificates); the training completion / outcome forms that local "
    "workforce boards ask eligible training providers to return for ITA-funded participants, "
    "with their 'Equal Opportunity Employer/Program' line"
)
KIND = "course"
PAPER = ["letter-portrait"]
CATEGORIES = (
    "labelled",
    "form",
    "checkboxes",
    "portrait",
    "dark-band",
    "address",
    "distractor-person",
    "distractor-date",
    "distractor-number",
    "tiny-footer",
)

TEMPLATE = """<style>
.w { position:absolute; left:44px; right:44px; top:26px; bottom:24px; font: 12px ${sans}; color:#111 }
.fno { font: 8.5px ${sans}; color:#333 }
.hd { display:flex; align-items:center; gap:14px; margin-top:4px }
.seal { width:64px; height:64px; flex:none }
.tt { flex:1; text-align:center }
.tt .a { font: bold 11px ${sans}; text-transform:uppercase; letter-spacing:1px }
.tt h1 { font: bold 18px ${head}; margin:3px 0 1px; text-transform:uppercase }
.tt .b { font-size:10.5px; color:#333 }
.ofc { width:150px; border:1px solid #000; font-size:8.5px; padding:3px 5px; line-height:15px }
.ofc b { display:block; font-size:8.5px; text-transform:uppercase }
.bar { background:#111; color:#fff; font: bold 11px ${sans}; padding:3px 7px; margin-top:10px; text-transform:uppercase; letter-spacing:.6px }
.g { display:grid; border-left:1px solid #000 }
.g > div { border-right:1px solid #000; border-bottom:1px solid #000; padding:2px 6px 4px; min-height:40px }
.g em { display:block; font: normal 8.5px ${sans}; color:#222; text-transform:uppercase; letter-spacing:.2px }
.g b { display:block; font: normal ${val_px}px ${val}; margin-top:3px; line-height:16px }
.c2 { grid-template-columns: 1fr 1fr } .c3 { grid-template-columns: 1.2fr 1fr 1fr } .c4 { grid-template-columns: repeat(4, 1fr) }
.sp2 { grid-column: span 2 } .sp3 { grid-column: span 3 } .sp4 { grid-column: 1 / -1 }
.ck { display:inline-flex; align-items:center; margin:4px 16px 0 0; font-size:11.5px }
.ck i { display:inline-block; width:12px; height:12px; border:1px solid #000; margin-right:5px; font: bold 11px ${sans}; line-height:11px; text-align:center; font-style:normal }
.cert { font-size:10.5px; line-height:14px; padding:5px 2px }
.sig { font: 22px ${hand}; color:#1b2a78; line-height:26px; margin-top:4px; white-space:nowrap }
.eo { position:absolute; left:0; right:0; bottom:0; font: 8.5px ${sans}; color:#333; text-align:center; line-height:11px }
</style>
<div class="w">
 <div class="fno">${form_no}</div>
 <div class="hd">
  <svg class="seal" viewBox="0 0 64 64"><circle cx="32" cy="32" r="30" fill="none" stroke="#222" stroke-width="2"/>
   <circle cx="32" cy="32" r="22" fill="none" stroke="#222" stroke-width="1"/><path d="M22 38 L32 20 L42 38 Z" fill="#222"/></svg>
  <div class="tt"><div class="a">${board}</div><h1>${doc_title}</h1><div class="b">${subtitle}</div></div>
  <div class="ofc"><b>For office use only</b>Date received: ________<br>Entered by: __________<br>MIS #: ______________</div>
 </div>
 <div class="bar">Section A &mdash; Participant</div>
 <div class="g c3">
  <div><em>Participant name</em><b>${name}</b></div>
  <div><em>Participant ID</em><b>${pid}</b></div>
  <div><em>SSN (last 4 only)</em><b>${ssn}</b></div>
  <div><em>Case manager</em><b>${case_mgr}</b></div>
  <div><em>Local area / office</em><b>${office}</b></div>
  <div><em>Case manager phone</em><b>${cm_phone}</b></div>
 </div>
 <div class="bar">Section B &mdash; Training provider and program</div>
 <div class="g c3">
  <div class="sp2"><em>Training provider (as listed on the ETPL)</em><b>${provider}</b></div>
  <div><em>ETPL provider ID</em><b>${etpl}</b></div>
  <div class="sp2"><em>Program / course title</em><b>${title}</b></div>
  <div><em>ETPL program ID</em><b>${prog_id}</b></div>
  <div class="sp2"><em>Provider address</em><b>${street}, ${town}</b></div>
  <div><em>Provider contact</em><b>${contact}</b></div>
 </div>
 <div class="bar">Section C &mdash; Training outcome</div>
 <div class="g c4">
  <div><em>Training start date</em><b>${start}</b></div>
  <div><em>${l_end}</em><b>${date}</b></div>
  <div><em>Scheduled hours</em><b>${sched}</b></div>
  <div><em>${l_attended}</em><b>${hours}</b></div>
  <div class="sp4"><em>Completion status</em>${status_html}</div>
  <div class="sp2"><em>Credential attained?</em>${cred_html}</div>
  <div class="sp2"><em>Credential type</em>${type_html}</div>
  <div class="sp4"><em>Name of credential / certificate awarded</em><b>${cred_name}</b></div>
  <div><em>Tuition</em><b>${tuition}</b></div>
  <div><em>Books / supplies</em><b>${books}</b></div>
  <div><em>Exam / certificate fee</em><b>${fee}</b></div>
  <div><em>Total charged to ITA</em><b>${total}</b></div>
 </div>
 <div class="bar">Section D &mdash; Provider certification</div>
 <div class="g c3">
  <div class="sp4 cert">${certify}</div>
  <div><em>Signature of provider representative</em><div class="sig">${rep}</div></div>
  <div><em>Printed name and title</em><b>${rep}, ${rep_role}</b></div>
  <div><em>Date signed</em><b>${signed}</b></div>
 </div>
 <div class="bar">${e_head}</div>
 <div class="g c4">
  <div class="sp2"><em>Employment status at exit</em>${emp_html}</div>
  <div><em>Employer (if known)</em><b></b></div>
  <div><em>Hourly wage at hire</em><b></b></div>
  <div class="sp2"><em>Case manager signature</em><b></b></div>
  <div><em>Date reviewed</em><b></b></div>
  <div><em>Follow-up due</em><b>${follow}</b></div>
 </div>
 <div class="eo">${eo}</div>
</div>
"""

BOARDS = [
    "Columbia Basin Workforce Development Council",
    "Gulf Plains Workforce Board",
    "Three Rivers Workforce Investment Board",
    "Capital Region WorkSource",
]
OFFICES = ["WorkSource Spokane", "Career Center North", "AJC Downtown", "One-Stop East"]


def _box(checked: bool) -> str:
    return f"<i>{'X' if checked else '&nbsp;'}</i>"


def _checks(options, chosen) -> str:
    return "".join(f"<span class='ck'>{_box(o == chosen)}{o}</span>" for o in options)


def fill(d):
    r = d.rng
    street, town = d.address()
    name = d.name(d.pick(["last_first", "upper", "plain"]))
    org = d.provider()
    title = d.title(d.pick(["plain", "plain", "with_code"]))
    date_style = d.pick(["us_numeric", "us_numeric", "us_dash", "short_month"])
    date = d.date(date_style)
    hours = d.hours_number()
    approval = d.approval() if d.chance(0.5) else None
    tuition = r.randrange(295, 1495, 5)
    books = d.pick([0, 45, 60, 85, 120])
    fee = d.pick([0, 35, 50, 75, 125])
    money = d.pick(["${:,.2f}", "${:,}"])
    cred = d.pick(
        [
            "Certificate of course completion",
            "Course certificate (continuing education)",
            "Certificate of completion and wallet card",
        ]
    )
    if approval:
        cred += f", course approval no. {approval}"
    return {
        "head": d.fonts[d.pick(["sans", "cond", "serif"])],
        "val": d.fonts[d.pick(["mono", "sans", "mono"])],
        "val_px": d.pick([12.5, 13]),
        "form_no": d.pick(
            ["Form WIOA-TO-3 (Rev. 07/21)", "WDB 114 (rev. 3/2022)", "ITA-7 Outcome (01/20)"]
        ),
        "board": d.pick(BOARDS),
        "doc_title": d.pick(
            ["Training Outcome Report", "ITA Training Completion Form", "Training Exit Report"]
        ),
        "subtitle": d.pick(
            [
                "Individual Training Account (ITA) — to be completed by the training provider",
                "Return to the participant's case manager within 10 days of the training end date",
            ]
        ),
        "name": name,
        "pid": d.number(d.pick(["", "P-"])),
        "ssn": f"XXX-XX-{r.randint(1000, 9999)}",
        "case_mgr": d.person(),
        "office": d.pick(OFFICES),
        "cm_phone": d.phone(),
        "provider": org,
        "etpl": f"{r.randint(1000, 9999)}",
        "title": title,
        "prog_id": f"{r.randint(10000, 99999)}",
        "street": street,
        "town": town,
        "contact": d.person(),
        "start": d.other_date("start", date_style),
        "l_end": d.pick(["Training end date", "Completion date", "Last date of attendance"]),
        "date": date,
        "sched": F.fmt_number(d.credit, r),
        "l_attended": d.pick(["Hours attended", "Hours completed", "Instructional hours"]),
        "hours": hours,
        "status_html": _checks(
            ["Completed successfully", "Withdrew", "Dismissed", "Transferred"],
            "Completed successfully",
        ),
        "cred_html": _checks(["Yes", "No", "Pending exam"], "Yes"),
        "type_html": _checks(
            ["Industry-recognized certificate", "License", "Degree"],
            "Industry-recognized certificate",
        ),
        "cred_name": cred,
        "tuition": money.format(tuition),
        "books": money.format(books),
        "fee": money.format(fee),
        "total": money.format(tuition + books + fee),
        "certify": d.pick(
            [
                "I certify that the information above is true and complete and agrees with the "
                "provider's attendance and grade records for this participant.",
                "By signing, the provider certifies that the participant attended and completed "
                "the program as reported and that no other funding source was billed.",
            ]
        ),
        "rep": d.person(),
        "rep_role": d.pick(["Registrar", "Admissions Coordinator", "Office Manager"]),
        "signed": d.other_date("issue", date_style),
        "e_head": d.pick(
            ["Section E — Case manager use only", "Section E — For workforce board staff"]
        ),
        "emp_html": _checks(["Employed", "Not employed", "Unknown"], None),
        "follow": d.pick(["2nd quarter after exit", "90 days after exit", ""]),
        "eo": "Equal Opportunity Employer/Program. Auxiliary aids and services are available upon "
        "request to individuals with disabilities. " + d.pick(["", "Page 1 of 1"]),
    }
