"""A training school's request form for a verification of attendance or a
duplicate completion letter, printed and left blank: a header with the
school's name in colour and a thick rule, the form's title and the
address to mail it to, then sections marked by shaded bars with a
coloured left border (requester, course taken, what to send and where,
payment, authorization), each holding labels over empty writing lines,
rows of empty boxes for the class date, checkboxes for the kind of
document and delivery, a fee table, signature and date lines and a small
office-use box. Nothing is filled in: no one's name, course or credit."""

SOURCE = (
    "richard-scryber/scryber.core:docs/learning/08-practical/07_form_template.md (print-and-fill "
    "form: header with thick bottom border, section titles on a tinted bar with a left border, "
    "field labels over writing lines, checkboxes, signature lines)"
)
KIND = "other"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "other",
    "labelled",
    "checkboxes",
    "portrait",
    "tiny-footer",
    "address",
)

TEMPLATE = """<style>
.w { position:absolute; inset:40px 56px 36px; font: 12px ${sans}; color:#1a1a1a }
.hd { border-bottom:4px solid ${accent}; padding-bottom:10px }
.hd h1 { font: bold 22px ${sans}; color:${accent}; margin:0 } .hd p { font-size:10.5px; color:#555; margin-top:3px }
.tt { font: bold 16px ${serif}; margin-top:12px } .ins { font-size:10.5px; color:#444; margin-top:3px; line-height:14px }
.sc { background:${light}; border-left:4px solid ${accent}; font: bold 12px ${sans}; padding:5px 10px; margin:22px 0 12px; color:${dark} }
.gr { display:grid; grid-template-columns: ${cols}; gap:16px 18px }
.f label { display:block; font-weight:bold; font-size:10.5px; margin-bottom:20px } .f div { border-bottom:1px solid #222; height:1px }
.bx { display:flex; gap:3px; margin-top:2px } .bx span { width:18px; height:20px; border:1px solid #333 } .bx i { font-style:normal; padding:0 3px; line-height:20px }
.ck { display:flex; flex-wrap:wrap; gap:6px 22px; font-size:12px } .ck span::before { content:"${box}"; margin-right:6px; font-size:13px }
table { border-collapse:collapse; font-size:11.5px; margin-top:2px } td { border:1px solid #888; padding:3px 10px }
.sg { display:flex; gap:24px; margin-top:34px } .sg > div { flex:1 } .sg div div { border-bottom:1px solid #111; height:24px } .sg small { font-size:10px }
.of { margin-top:16px; border:1px dashed #888; padding:6px 10px; font-size:10px; color:#555; display:flex; gap:26px }
.ft { position:absolute; left:0; right:0; bottom:0; font-size:8.5px; color:#777; display:flex; justify-content:space-between }
</style>
<div class="w">
 <div class="hd"><h1>${school}</h1><p>${s_street} · ${s_town} · ${s_phone}</p></div>
 <div class="tt">${title}</div>
 <div class="ins">${instructions}</div>
 <div class="sc">1. Requester</div>
 <div class="gr">
  <div class="f"><label>Full name (as it appeared on the class roster)</label><div></div></div>
  <div class="f"><label>Certification / student number</label><div></div></div>
  <div class="f"><label>Mailing address</label><div></div></div>
  <div class="f"><label>E-mail and phone</label><div></div></div>
 </div>
 <div class="sc">2. Course taken</div>
 <div class="gr">
  <div class="f"><label>Course title</label><div></div></div>
  <div class="f"><label>Instructor (if known)</label><div></div></div>
 </div>
 <div style="margin-top:10px; display:flex; gap:30px">
  <div><b style="font-size:10.5px">Last day of class</b><div class="bx"><span></span><span></span><i>/</i><span></span><span></span><i>/</i><span></span><span></span><span></span><span></span></div></div>
  <div><b style="font-size:10.5px">Class location (city)</b><div class="bx"><span style="width:190px"></span></div></div>
 </div>
 <div class="sc">3. Document requested</div>
 <div class="ck"><span>Letter verifying attendance</span><span>Duplicate completion letter</span><span>Copy of exam result</span><span>Verification sent to employer</span><span>Verification sent to certification body</span></div>
 <div class="gr" style="margin-top:10px">
  <div class="f"><label>Send to (name / organization)</label><div></div></div>
  <div class="f"><label>Address or e-mail</label><div></div></div>
 </div>
 <div class="sc">4. Fees and payment</div>
 <table><tr><td>Verification letter</td><td>${fee1}</td></tr><tr><td>Duplicate letter, mailed</td><td>${fee2}</td></tr><tr><td>Rush handling (2 business days)</td><td>${fee3}</td></tr></table>
 <div class="ck" style="margin-top:8px"><span>Check enclosed</span><span>Card (call office)</span><span>Invoice my employer</span></div>
 <div class="sc">5. Authorization</div>
 <div class="ins">${auth}</div>
 <div class="sg"><div><div></div><small>Signature</small></div><div style="flex:.5"><div></div><small>Date</small></div></div>
 <div class="of"><span>OFFICE USE:</span><span>Received ______</span><span>Records checked ______</span><span>Sent ______</span><span>By ______</span></div>
 <div class="ft"><span>${form_no}</span><span>${web}</span></div>
</div>
"""


def fill(d):
    s_street, s_town = d.address()
    fee = d.pick([10, 15, 20, 25])
    return {
        "school": d.org,
        "s_street": s_street,
        "s_town": s_town,
        "s_phone": d.phone(),
        "title": d.pick(
            [
                "Request for Verification of Attendance",
                "Attendance Verification / Duplicate Letter Request",
                "Records Request Form",
            ]
        ),
        "instructions": d.pick(
            [
                "Print clearly in ink. Allow ten business days. Requests without a signature cannot be processed.",
                "Complete all sections and mail or e-mail the form to the records office. Incomplete forms are returned.",
            ]
        ),
        "cols": d.pick(["1fr 1fr", "1.3fr 1fr"]),
        "box": d.pick(["☐", "□"]),
        "fee1": f"${fee}.00",
        "fee2": f"${fee + 5}.00",
        "fee3": f"${d.pick([15, 20, 25])}.00",
        "auth": "I authorize the school to release my attendance record to the person or organization named above.",
        "form_no": d.pick(["Form REC-12 (rev. 03/21)", "Records form 4", "Form VR-1"]),
        "web": d.web(),
    }
