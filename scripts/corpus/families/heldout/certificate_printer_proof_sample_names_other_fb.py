"""Not a certificate: a print shop's proof of a school's certificate design,
sent for sign-off before the real names are merged in. The proof shows the
landscape certificate at reduced size inside a proof sheet: a "PROOF - NOT
VALID" watermark, merge fields still in brackets or filled with a sample
name, the course name, the school, a sample date and hour figure, then a
sign-off strip below with the job number, proof round, the customer
contact, approve / approve with changes boxes and the proof date. It names
a course, a provider, a person and CEC figures and awards nothing."""

SOURCE = (
    "azuya/CertificateBuilder:templates/default/default.tpl (certificate with [[name]], "
    "[[certification]], [[date_day]] merge fields) and the proof-approval sheets print shops "
    "send with a job number, proof round and approve / approve-with-changes boxes"
)
KIND = "other"
PAPER = ["letter-landscape", "a4-landscape"]
CATEGORIES = (
    "other",
    "landscape",
    "ornate",
    "watermark",
    "checkboxes",
    "distractor-person",
    "distractor-date",
    "provider-in-logo",
)

TEMPLATE = """<style>
.sh { position:absolute; inset:0; background:#d9d9d9; font: 11px ${face} }
.bar { position:absolute; left:0; right:0; top:0; height:34px; background:#333; color:#fff; display:flex; justify-content:space-between; align-items:center; padding:0 22px; font-size:11px }
.bar b { font-size:13px; letter-spacing:1px }
.ct { position:absolute; left:50%; top:48px; width:72%; height:66%; transform:translateX(-50%); background:${light}; border:10px solid ${dark}; outline:2px solid ${accent}; outline-offset:-18px; text-align:center; padding:34px 40px 0; box-shadow:0 2px 8px rgba(0,0,0,.35) }
.ct .org { font: bold 15px ${head}; color:${dark}; letter-spacing:2px; text-transform:uppercase }
.ct h1 { margin:10px 0 6px; font: ${tpx}px ${display}; color:${dark} }
.ct p { font: italic 13px ${serif}; color:#333; margin:6px 0 }
.ct .nm { font: ${npx}px ${script}; color:#222; margin:6px 0; border-bottom:1px solid #888; display:inline-block; padding:0 30px }
.ct .cs { font: bold 17px ${serif}; color:#111 }
.ct .ln { display:flex; justify-content:space-around; margin-top:${gap}px; font: 11px ${serif}; color:#333 }
.ct .ln div { border-top:1px solid #555; padding-top:3px; min-width:150px }
.mf { background:#fff3a8; font-family:${mono}; font-style:normal; padding:0 3px }
.wm { position:absolute; left:50%; top:40%; transform:translate(-50%,-50%) rotate(-20deg); font: bold 64px ${sans}; color:rgba(200,0,0,.22); white-space:nowrap; letter-spacing:6px }
.so { position:absolute; left:30px; right:30px; bottom:18px; background:#fff; border:1px solid #777; display:grid; grid-template-columns:repeat(4, 1fr) 1.6fr; font-size:10px }
.so div { padding:5px 8px; border-left:1px solid #bbb; min-height:48px } .so div:first-child { border-left:0 }
.so small { display:block; font-size:8px; color:#555; text-transform:uppercase; letter-spacing:.4px }
.cb:before { content:""; display:inline-block; width:9px; height:9px; border:1px solid #333; margin-right:5px; vertical-align:-1px }
</style>
<div class="sh">
 <div class="bar"><b>${shop}</b><span>${bar_right}</span></div>
 <div class="ct">
  <div class="org">${org}</div>
  <h1>${cert_title}</h1>
  <p>${line1}</p>
  <div class="nm">${name_html}</div>
  <p>${line2}</p>
  <div class="cs">${course_html}</div>
  <p>${line3_html}</p>
  <div class="ln"><div>${sig1}</div><div>${sig2}</div></div>
  <div class="wm">${wm}</div>
 </div>
 <div class="so">
  <div><small>Job no.</small>${job}</div>
  <div><small>Proof</small>${round}</div>
  <div><small>Proof date</small>${proof_date}</div>
  <div><small>Customer contact</small>${contact}</div>
  <div><small>${so_head}</small><span class="cb">Approved as shown</span><br><span class="cb">Approved with changes</span><br><span class="cb">New proof needed</span></div>
 </div>
</div>
"""


def fill(d):
    import html

    e = html.escape
    r = d.rng
    merged = d.chance(0.5)
    sample = d.pick(["Firstname Lastname", "Sample Name", "John Q. Sample", d.person()])
    name_html = e(sample) if merged else "<span class='mf'>[[recipient_name]]</span>"
    course = d.course
    if d.chance(0.4):
        course_html = "<span class='mf'>[[course_title]]</span>"
    else:
        course_html = e(course)
    hrs = d.pick(["7", "14", "3.5", "21", "8", "XX", "0.0"])
    day = d.other_date("print")
    if merged:
        line3 = f"completed on {e(day)} · {e(hrs)} CEC hours"
    else:
        line3 = "completed on <span class='mf'>[[date]]</span> · <span class='mf'>[[hours]]</span> CEC hours"
    return {
        "face": d.fonts["sans"],
        "sans": d.fonts["sans"],
        "mono": d.fonts["mono"],
        "head": d.fonts[d.pick(["serif", "display"])],
        "display": d.fonts["display"],
        "serif": d.fonts["serif"],
        "script": d.fonts["script"],
        "tpx": d.pick(["30", "34", "36"]),
        "npx": d.pick(["28", "32"]),
        "gap": d.pick(["18", "26"]),
        "shop": d.pick(
            [
                "RAPID IMPRESSIONS PRINT & COPY",
                "Graphic Works Printing",
                "PressLine Commercial Print",
            ]
        ),
        "bar_right": d.pick(
            [
                "CUSTOMER PROOF — please review carefully",
                "PDF proof for approval",
                "Soft proof · colours approximate",
            ]
        ),
        "org": d.org,
        "cert_title": d.pick(
            [
                "Certificate of Completion",
                "Certificate of Achievement",
                "Continuing Education Certificate",
            ]
        ),
        "line1": d.pick(["This certifies that", "Presented to", "This is to certify that"]),
        "name_html": name_html,
        "line2": d.pick(
            ["has completed the course", "has successfully completed", "for completion of"]
        ),
        "course_html": course_html,
        "line3_html": line3,
        "sig1": d.pick(["Instructor", "Director of Education", "Lead Instructor"]),
        "sig2": d.pick(["Date", "School Director", "Registrar"]),
        "wm": d.pick(["PROOF · NOT VALID", "PROOF", "SAMPLE · PROOF"]),
        "job": f"{d.pick(['J', 'JOB ', '#'])}{r.randrange(10000, 99999)}",
        "round": d.pick(["1 of 1", "Round 2", "R3", "1st proof"]),
        "proof_date": d.other_date("print", d.pick(["us_numeric", "short_month"])),
        "contact": d.person(),
        "so_head": d.pick(["Customer sign-off", "Please mark one", "Approval"]),
    }
