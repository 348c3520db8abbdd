"""A "CEC event attendance form" filled in by hand: printed labels on rules,
the attendee's entries in handwriting, the event organiser's signature. The
IICRC accepts such a signed form as proof of attending an approved event."""

SOURCE = (
    "https://www.scrt.org/about/latest-news?start=132 ('a signed CEC event form') and "
    "https://www.randrmagonline.com/articles/85420-iicrc-continuing-education"
)
KIND = "session"
PAPER = ["half-letter", "letter-portrait"]
CATEGORIES = ("slip", "labelled", "handwriting", "distractor-person", "landscape")

TEMPLATE = """<style>
.w { position:absolute; inset:30px 40px; font: 13px ${sans} }
h1 { font-size:18px; margin:0; text-align:center; text-transform:uppercase; letter-spacing:1px }
.sub { text-align:center; font-size:11px; margin:3px 0 14px }
.row { display:flex; align-items:flex-end; margin:9px 0 } .lb { white-space:nowrap; margin-right:8px }
.ln { flex:1; border-bottom:1px solid #000; min-height:24px; padding-left:8px; font-family:${hand}; font-size:21px; color:${ink}; line-height:24px }
.two { display:flex; gap:24px } .two .row { flex:1 }
.off { margin-top:14px; border:1px solid #000; padding:6px 10px; font-size:11px }
</style>
<div class="w">
 <h1>${heading}</h1>
 <div class="sub">${sub}</div>
 <div class="row"><span class="lb">Attendee name (print):</span><span class="ln">${name}</span></div>
 <div class="row"><span class="lb">IICRC Certificant #:</span><span class="ln">${member}</span></div>
 <div class="row"><span class="lb">Event name:</span><span class="ln">${event}</span></div>
 <div class="row"><span class="lb">Session / course attended:</span><span class="ln">${title}</span></div>
 <div class="two"><div class="row"><span class="lb">Date(s):</span><span class="ln">${date}</span></div>
  <div class="row"><span class="lb">CEC hours:</span><span class="ln">${hours}</span></div></div>
 <div class="two"><div class="row"><span class="lb">Event approval #:</span><span class="ln">${approval}</span></div>
  <div class="row"><span class="lb">Instructor:</span><span class="ln">${instructor}</span></div></div>
 <div class="off"><b>Event organiser verification</b> &mdash; Signature: <span style="font-family:${hand};font-size:18px">${organiser}</span>
  &nbsp; Printed name: ${organiser} &nbsp; Phone: ${phone}</div>
</div>
"""


def fill(d):
    return {
        "ink": d.pick(["#1a2a6c", "#111", "#22306b"]),
        "heading": d.pick(
            ["CEC Event Attendance Form", "Continuing Education Attendance Verification"]
        ),
        "sub": "Submit to the IICRC within 30 days of the event. Incomplete forms cannot be processed.",
        "name": d.name("plain"),
        "member": d.number(),
        "event": d.provider(),
        "title": d.title("plain"),
        "date": d.date(d.pick(["us_short", "us_numeric", "short_month"])),
        "hours": d.hours_number(),
        "approval": d.approval(),
        "instructor": d.person(),
        "organiser": d.person(),
        "phone": d.phone(),
    }
