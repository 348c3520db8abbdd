"""A provider's faxed reply to a request to verify one student's course
credit: a fax cover block (to, from, fax numbers, pages, re), then a short
typed verification statement with the student, course, completion date and
credit set out on their own lines, a signature line for the records clerk,
and the fax machine's transmission header across the top. The fax header
date, the request date and the clerk's name are not the answer."""

SOURCE = (
    "wording: training providers' faxed 'verification of course completion' replies to "
    "licensing boards and employers (fax cover fields, 'this will verify that', student, "
    "course, date completed, credit hours, records office signature)"
)
KIND = "course"
PAPER = ["letter-portrait"]
CATEGORIES = (
    "letter",
    "portrait",
    "labelled",
    "mono",
    "distractor-person",
    "distractor-date",
)

TEMPLATE = """<style>
.tx { position:absolute; left:0; right:0; top:6px; font: 10px ${mono}; color:#333; padding:0 22px; display:flex; justify-content:space-between; white-space:nowrap }
.pg { position:absolute; left:60px; right:60px; top:44px; font: 13px ${body}; color:#111 }
.org { text-align:${org_align}; font: bold 17px ${head}; letter-spacing:.5px } .org2 { text-align:${org_align}; font-size:11px; color:#333; margin-bottom:12px }
.fx { font: bold ${fx_size}px ${head}; letter-spacing:6px; border-top:3px solid #111; border-bottom:1px solid #111; padding:4px 0; margin-bottom:8px }
.cv { display:grid; grid-template-columns:70px 1fr 70px 1fr; row-gap:5px; column-gap:6px; font-size:12.5px; padding-bottom:10px; border-bottom:1px solid #111 }
.cv span { font-weight:bold }
.msg { margin-top:20px; line-height:1.55 }
.msg h2 { font: bold 14px ${head}; text-decoration:underline; margin:0 0 12px }
.msg p { margin-bottom:12px }
.kv { margin:6px 0 16px 30px; display:grid; grid-template-columns:150px 1fr; row-gap:4px }
.sg { margin-top:30px; width:280px; font-size:12px }
.sg .h { font: 22px ${hand}; border-bottom:1px solid #111; margin-bottom:3px }
.cf { position:absolute; left:60px; right:60px; bottom:30px; font-size:9.5px; color:#333; border-top:1px solid #999; padding-top:4px; line-height:1.3 }
</style>
<div class="tx"><span>${tx_left}</span><span>${tx_mid}</span><span>P. 00${pages}</span></div>
<div class="pg">
 <div class="org">${org}</div>
 <div class="org2">${addr}</div>
 <div class="fx">${fx_title}</div>
 <div class="cv">
  <span>To:</span><div>${to}</div><span>From:</span><div>${from_}</div>
  <span>Fax:</span><div>${to_fax}</div><span>Fax:</span><div>${from_fax}</div>
  <span>Date:</span><div>${fax_date}</div><span>Pages:</span><div>${pages} (incl. cover)</div>
  <span>Re:</span><div style="grid-column:span 3">${re}</div>
 </div>
 <div class="msg">
  <h2>${heading}</h2>
  <p>${p1}</p>
  <div class="kv">${kv_html}</div>
  <p>${p2}</p>
  <div class="sg"><div class="h">${sig}</div>${clerk}, ${clerk_role}</div>
 </div>
</div>
<div class="cf">${conf}</div>
"""


def fill(d):
    import html

    e = html.escape
    r = d.rng
    org = d.provider()
    name = d.name(d.pick(["plain", "upper", "last_first"]))
    title = d.title()
    date = d.date(d.pick(["long", "us_numeric", "short_month", "dmy_long"]))
    hours = d.hours(d.pick(["cec_hours", "hours_title", "words", "cecs", "words_cec"]))
    clerk = d.person()
    fax_date = d.other_date("print", "us_numeric")
    req = d.other_date("print", "short_month")
    rows = [
        ("Student:", name),
        ("Course:", title),
        ("Date completed:", date),
        ("Credit awarded:", hours),
    ]
    if d.chance(0.4):
        rows.append(("Course approval #:", d.approval()))
    kv = "".join(f"<b>{e(k)}</b><div>{e(v)}</div>" for k, v in rows)
    city, st = d.address()
    fax_o = d.phone()
    board = d.pick(
        [
            "State Contractors Board \u2013 CE Audit",
            "Licensing Unit, Dept. of Labor",
            "HR / Training Records",
            "Certification Council \u2013 Audit Desk",
        ]
    )
    return {
        "mono": d.fonts["mono"],
        "body": d.fonts[d.pick(["serif", "sans", "mono"])],
        "head": d.fonts[d.pick(["sans", "serif"])],
        "hand": d.fonts["hand"],
        "org_align": d.pick(["left", "center"]),
        "fx_size": d.pick(["26", "30"]),
        "tx_left": f"{fax_date} {r.randrange(8, 17):02d}:{r.randrange(0, 60):02d}",
        "tx_mid": f"FROM: {org.upper()[:28]}  {fax_o}",
        "pages": str(d.pick([1, 2, 2])),
        "org": org,
        "addr": f"{city} \u00b7 {st} \u00b7 Tel {d.phone()}",
        "fx_title": d.pick(["FAX", "FACSIMILE", "FAX TRANSMITTAL"]),
        "to": board,
        "from_": d.pick(["Student Records", "Registrar's Office", "Education Dept."]),
        "to_fax": d.phone(),
        "from_fax": fax_o,
        "fax_date": fax_date,
        "re": d.pick(
            [
                f"Your request of {req} \u2013 verification of course completion",
                "Verification of continuing education credit",
                f"Audit request dated {req}",
            ]
        ),
        "heading": d.pick(
            ["Verification of Course Completion", "Credit Verification", "Completion Verification"]
        ),
        "p1": d.pick(
            [
                "In answer to your request, this will verify that the student named below "
                "completed the following course with us and was awarded the credit shown:",
                "Our records show that the following student attended and completed the "
                "course listed, and that credit was issued as follows:",
            ]
        ),
        "kv_html": kv,
        "p2": d.pick(
            [
                "The original certificate was issued to the student on completion. Please call "
                "the number above if you need anything further.",
                "This verification is taken from our permanent course records. No other credit "
                "for this student is the subject of this reply.",
            ]
        ),
        "sig": clerk,
        "clerk": clerk,
        "clerk_role": d.pick(["Records Coordinator", "Registrar", "Office Manager"]),
        "conf": "CONFIDENTIALITY NOTICE: The documents accompanying this facsimile contain "
        "information that is confidential. If you received this fax in error, please notify "
        "the sender by telephone and destroy the pages.",
    }
