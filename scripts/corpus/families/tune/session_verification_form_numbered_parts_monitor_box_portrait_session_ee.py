"""A one-page CE verification form from a convention's education desk,
portrait, filled partly by the attendee in ink and partly typed by the
show: a header row with the show's name and a form number on the right,
then numbered parts in ruled boxes, each with a grey title strip. Part 1,
the attendee (name, certification number, company, e-mail: handwritten on
lines); Part 2, the session (typed: code, title, presenter, date, room,
scheduled and credited time); Part 3, the room monitor's verification
(tick boxes for entry and exit, times written in, the monitor's printed
name and initials); Part 4, an attestation sentence with the attendee's
signature and date. A shaded box "for office use" holds the date received,
the processor's initials and a batch number, and a small footer carries
the form revision and where to return it."""

SOURCE = (
    "wording of a trade show education department's CE verification form (attendee section, "
    "session section, room monitor verification, office-use box); boxed part layout after "
    "castlamp/zenbership:pp-templates/html/zoid/en/event_ticket.php (title box, two columns of "
    "labelled sections)"
)
KIND = "session"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "portrait",
    "labelled",
    "handwriting",
    "checkboxes",
    "record",
    "distractor-person",
    "distractor-date",
    "provider-in-logo",
    "tiny-footer",
)

TEMPLATE = """<style>
.pg { position:absolute; left:52px; right:52px; top:44px; font-family:${sans}; color:#111 }
.hd { display:flex; justify-content:space-between; align-items:flex-end; border-bottom:3px solid ${dark}; padding-bottom:8px }
.hd .ev { font: bold 20px ${sans}; color:${dark}; line-height:24px }
.hd .t { font: 15px ${sans}; letter-spacing:1px; margin-top:3px }
.hd .no { text-align:right; font-size:10px; color:#444; line-height:14px }
.ins { font-size:11px; color:#333; margin:9px 0 4px; line-height:15px }
.part { border:1px solid #555; margin-top:12px }
.part .pt { background:#dcdcdc; font: bold 11.5px ${sans}; padding:4px 8px; letter-spacing:.6px; text-transform:uppercase; border-bottom:1px solid #555 }
.grid { display:grid; grid-template-columns:1fr 1fr; gap:4px 18px; padding:8px 10px 10px }
.grid .w { grid-column: 1 / span 2 }
.fl { display:flex; align-items:flex-end; min-height:27px }
.fl span { font-size:10px; color:#333; white-space:nowrap; margin-right:6px; padding-bottom:3px }
.fl div { flex:1; border-bottom:1px solid #444; font: 20px ${handf}; color:${ink}; line-height:22px; padding-left:3px; white-space:nowrap; overflow:hidden }
.fl div.ty { font: 13.5px ${mono}; color:#111; line-height:18px }
.ck { padding:4px 10px 10px; font-size:11px; line-height:22px }
.ck i { display:inline-block; width:12px; height:12px; border:1px solid #222; margin-right:5px; vertical-align:-2px; font: bold 15px ${handf}; color:${ink}; line-height:9px; text-align:center; font-style:normal }
.att { padding:8px 10px 10px; font-size:11.5px; line-height:16px }
.office { margin-top:14px; background:#eee; border:1px dashed #777; padding:7px 10px; font-size:10px; color:#333; display:flex; gap:26px }
.office b { letter-spacing:1px }
.ft { position:absolute; left:52px; right:52px; bottom:26px; display:flex; justify-content:space-between; font-size:8.5px; color:#555 }
</style>
<div class="pg">
 <div class="hd">
  <div><div class="ev">${event}</div><div class="t">${form_title}</div></div>
  <div class="no">${form_no}<br>${page_no}</div>
 </div>
 <div class="ins">${instructions}</div>
 <div class="part"><div class="pt">${p1}</div>
  <div class="grid">
   <div class="fl w"><span>${name_label}</span><div>${name}</div></div>
   <div class="fl"><span>${cert_label}</span><div>${cert}</div></div>
   <div class="fl"><span>Company</span><div>${company}</div></div>
   <div class="fl w"><span>E-mail</span><div>${email}</div></div>
  </div>
 </div>
 <div class="part"><div class="pt">${p2}</div>
  <div class="grid">
   <div class="fl"><span>${code_label}</span><div class="ty">${code}</div></div>
   <div class="fl"><span>Room</span><div class="ty">${room}</div></div>
   <div class="fl w"><span>${title_label}</span><div class="ty">${title}</div></div>
   <div class="fl w"><span>${pres_label}</span><div class="ty">${presenter}</div></div>
   <div class="fl"><span>${date_label}</span><div class="ty">${date}</div></div>
   <div class="fl"><span>Scheduled</span><div class="ty">${sched}</div></div>
   <div class="fl w"><span>${credit_label}</span><div class="ty">${hours}</div></div>
  </div>
 </div>
 <div class="part"><div class="pt">${p3}</div>
  <div class="ck"><i>&#10003;</i>${in_text} <b style="font:19px ${handf};color:${ink}">${t_in}</b>
   &nbsp;&nbsp;&nbsp;<i>&#10003;</i>${out_text} <b style="font:19px ${handf};color:${ink}">${t_out}</b>
   &nbsp;&nbsp;&nbsp;<i></i>${late_text}</div>
  <div class="grid">
   <div class="fl"><span>${mon_label}</span><div class="ty">${monitor}</div></div>
   <div class="fl"><span>Initials</span><div>${mon_init}</div></div>
  </div>
 </div>
 <div class="part"><div class="pt">${p4}</div>
  <div class="att">${attest}</div>
  <div class="grid">
   <div class="fl"><span>Signature</span><div>${sig}</div></div>
   <div class="fl"><span>Date</span><div>${sig_date}</div></div>
  </div>
 </div>
 <div class="office"><b>${office_label}</b><span>Received: ${received}</span><span>By: ${proc}</span><span>Batch ${batch}</span></div>
</div>
<div class="ft"><span>${rev}</span><span>${return_to}</span></div>
"""


def fill(d):
    from corpus.formats import fmt_date

    r = d.rng
    start = d.pick([8, 9, 10, 13, 14, 15]) * 60 + d.pick([0, 30])
    end = start + round(max(d.credit, 0.5) * 60)

    def clock(m):
        return f"{(m // 60) % 12 or 12}:{m % 60:02d}"

    t_in = start - d.pick([2, 5, 8, 0])
    t_out = end + d.pick([0, 1, 3])
    monitor = d.person()
    date_style = d.pick(["us_numeric", "long", "short_month", "dd_mon_yyyy"])
    company = d.pick(
        [
            "Dry Right Restoration",
            "A-1 Carpet & Tile",
            "Servpro of Eastside",
            "Blue Sky Cleaning",
            "Precision Water Removal",
            "Hometown Restoration Inc.",
        ]
    )
    first = "".join(ch for ch in d.first.lower() if ch.isalpha())[:8]
    last = "".join(ch for ch in d.last.lower() if ch.isalpha())[:10]
    return {
        "handf": d.fonts["hand"].replace(", cursive", ", 'Dancing Script', cursive"),
        "ink": d.pick(["#1d2c6b", "#222", "#123a7a"]),
        "event": d.provider(),
        "form_title": d.pick(
            [
                "Continuing Education Verification Form",
                "CE Session Verification",
                "Verification of Session Attendance",
            ]
        ),
        "form_no": d.pick(["Form ED-4", "Form CE-02", "Form 7B"]),
        "page_no": d.pick(["One form per session", "Page 1 of 1", "Attendee copy"]),
        "instructions": d.pick(
            [
                "Print clearly in ink. The room monitor completes Part 3 as you leave the session. "
                "Incomplete forms cannot be credited.",
                "Complete Parts 1 and 4. Have the monitor at the door verify your attendance before "
                "turning this form in at the education desk.",
            ]
        ),
        "p1": d.pick(["Part 1 — Attendee information", "1. Attendee"]),
        "p2": d.pick(["Part 2 — Session information", "2. Session"]),
        "p3": d.pick(["Part 3 — Room monitor verification", "3. Monitor verification"]),
        "p4": d.pick(["Part 4 — Attestation", "4. Attendee attestation"]),
        "name_label": d.pick(["Name (print)", "Full name", "Attendee name"]),
        "name": d.name("plain"),
        "cert_label": d.pick(["IICRC cert. #", "Certification no.", "Registrant #"]),
        "cert": f"{r.randrange(10000, 999999)}",
        "company": company,
        "email": f"{first}.{last}@{d.pick(['gmail.com', 'outlook.com', 'yahoo.com'])}",
        "code_label": d.pick(["Session code", "Course code", "Session #"]),
        "code": f"{d.pick(['ED', 'CE', 'S', 'T'])}-{r.randrange(100, 999)}",
        "room": d.pick(["W204", "310B", "C-12", "Hall E", "Room 118", "S401"]),
        "title_label": d.pick(["Session title", "Title"]),
        "title": d.title("plain"),
        "pres_label": d.pick(["Presenter", "Speaker"]),
        "presenter": d.person(),
        "date_label": d.pick(["Date", "Session date"]),
        "date": d.date(date_style),
        "sched": f"{clock(start)} – {clock(end)}",
        "credit_label": d.pick(["CEC hours approved", "Credit awarded", "IICRC CECs"]),
        "hours": d.hours(d.pick(["cec_hours", "hours_title", "cecs", "hrs"])),
        "in_text": d.pick(["Entered at", "Arrived"]),
        "t_in": clock(t_in),
        "out_text": d.pick(["Left at", "Departed"]),
        "t_out": clock(t_out),
        "late_text": d.pick(["Arrived more than 10 min. late", "Left before the end"]),
        "mon_label": d.pick(["Monitor (print)", "Verified by"]),
        "monitor": monitor,
        "mon_init": "".join(p[0] for p in monitor.split() if p[:1].isupper()),
        "attest": d.pick(
            [
                "I attest that I attended the entire session named above and understand that false "
                "claims may result in loss of certification.",
                "By signing I confirm that the information on this form is true and that I was "
                "present for the full session.",
            ]
        ),
        "sig": f"{d.first[0]}. {d.last}",
        "sig_date": fmt_date(d.completed, "us_short"),
        "office_label": d.pick(["OFFICE USE ONLY", "FOR EDUCATION DESK USE"]),
        "received": d.other_date("issue", "us_numeric"),
        "proc": "".join(p[0] for p in d.person().split() if p[:1].isupper()),
        "batch": f"{r.randrange(10, 99)}-{r.randrange(100, 999)}",
        "rev": d.pick(["Rev. 03/2019", "Rev. 11/2021", "Form rev. 2022-01"]),
        "return_to": d.pick(
            [
                "Return to the CE desk, main registration, before the show closes.",
                "Drop completed forms in the box outside the session room.",
            ]
        ),
    }
