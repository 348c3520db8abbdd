"""A landscape certificate of attendance for one education session of a
regional meeting or show, generated for each attendee from the door scans
and e-mailed as a PDF. A dark band runs across the top with the event's
name in light, letter-spaced capitals and a line under it naming the
education program and the venue; a thin accent rule follows. Below,
centred: a display heading ("Certificate of Attendance"), a short line
("This certifies that"), the attendee's name large in a script face over a
hairline, and one sentence saying the attendee took part in the session
below and is credited with the hours shown. The session itself is a
one-row ruled table with a tinted header: session number, session title,
presenter with company, date, clock times and the credit. Under the table a
small note on how attendance was verified; along the foot, at left, the
education chair's signature over a rule with name and office, and at
right the certificate number with the day it was issued."""

SOURCE = (
    "Personal record of attendance and session-code practice of meeting accreditation "
    "(https://cscc-sccc.ca/application-for-meeting-accreditation/application-form: sessions "
    "listed with presenter and credits, attendance verified before credit is granted); "
    "chapter education meetings as ASET's chapter toolkit describes them (a certificate per "
    "attendee naming the program, speaker, date and credit hours, https://pdfslide.us/documents/"
    "guide-to-conducting-an-educational-meeting-home-conducting-an-educational.html); "
    "realcme/newmigration:certifications/certificate-naccme-aanp.tpl.php (heading over a "
    "ruled box, 'has attended ... the educational activity', program number)"
)
KIND = "session"
PAPER = ["letter-landscape", "a4-landscape"]
CATEGORIES = (
    "landscape",
    "dark-band",
    "script-name",
    "table",
    "distractor-person",
    "distractor-date",
    "letter-spaced",
)

TEMPLATE = """<style>
.bd { position:absolute; left:0; right:0; top:0; height:96px; background:${dark}; color:${band_fg};
  text-align:center; font-family:${sans}; padding-top:24px }
.bd .ev { font: bold 23px ${evf}; letter-spacing:${ev_ls}px; line-height:28px }
.bd .sb { font-size:12px; letter-spacing:1.5px; opacity:.85; margin-top:6px }
.ac { position:absolute; left:0; right:0; top:96px; height:5px; background:${accent} }
.b { position:absolute; left:70px; right:70px; top:${body_top}px; text-align:center; font-family:${serif}; color:#1c1c1c }
h1 { margin:0; font: ${h_weight} ${h_px}px ${display}; color:${dark}; letter-spacing:1px }
.ct { font-size:16px; font-style:italic; color:#444; margin-top:10px }
.nm { font: ${nm_px}px ${scriptf}; line-height:1.25; margin-top:2px; color:#151515 }
.hr { width:56%; margin:0 auto; border-top:1px solid #888 }
.ld { font-size:15px; margin-top:16px; color:#333 }
table { width:100%; border-collapse:collapse; margin-top:18px; font-family:${sans}; font-size:13px; text-align:left }
th { background:${light}; color:${dark}; font-size:10.5px; letter-spacing:1px; text-transform:uppercase;
  padding:7px 8px; border-top:2px solid ${dark}; border-bottom:1px solid ${dark} }
td { padding:9px 8px 10px; border-bottom:2px solid ${dark}; vertical-align:top; line-height:17px }
td.ti { font-weight:bold; width:34% }
td small { display:block; color:#555; font-size:11.5px }
td.cr { font-weight:bold; white-space:nowrap }
.nt { font: 11px ${sans}; color:#555; margin-top:10px; text-align:left }
.ft { position:absolute; left:70px; right:70px; bottom:${foot}px; display:flex; justify-content:space-between;
  align-items:flex-end; font-family:${sans}; font-size:12px; color:#222 }
.sg { width:280px }
.sg .h { font: 28px ${hand}; color:#1f2f6b; height:38px; line-height:44px; border-bottom:1px solid #333;
  white-space:nowrap; overflow:hidden; padding-left:8px }
.sg .p { margin-top:4px; font-weight:bold } .sg .r { color:#555; font-size:11px }
.no { text-align:right; line-height:17px; color:#444 }
</style>
<div class="bd"><div class="ev">${event}</div><div class="sb">${program} &middot; ${venue}</div></div>
<div class="ac"></div>
<div class="b">
 <h1>${heading}</h1>
 <div class="ct">${certify}</div>
 <div class="nm">${name}</div>
 <div class="hr"></div>
 <div class="ld">${lead}</div>
 <table>
  <tr><th>${h_no}</th><th>${h_session}</th><th>${h_presenter}</th><th>${h_date}</th><th>${h_time}</th><th>${h_credit}</th></tr>
  <tr><td>${code}</td><td class="ti">${title}</td><td>${speaker}<small>${company}</small></td>
   <td>${date}</td><td>${time}</td><td class="cr">${hours}</td></tr>
 </table>
 <div class="nt">${note}</div>
</div>
<div class="ft">
 <div class="sg"><div class="h">${scrawl}</div><div class="p">${chair}</div><div class="r">${chair_role}</div></div>
 <div class="no">${no_label} ${number}<br>${issued_label} ${issued}</div>
</div>
"""

COMPANIES = [
    "Hydro-Logic Consulting",
    "Dry Science Labs",
    "Keystone Environmental",
    "Legacy Claims Services",
    "Summit Moisture Solutions",
    "Precision Restoration Partners",
]


def fill(d):
    start = d.pick([8, 9, 10, 13, 14, 15, 18]) * 60 + d.pick([0, 30])
    end = start + round(max(d.credit, 0.5) * 60)

    def clock(m):
        return f"{(m // 60) % 12 or 12}:{m % 60:02d} {'PM' if m >= 720 else 'AM'}"

    chair = d.person()
    speaker = d.person()
    event = d.provider(d.pick(["upper", "upper", None]))
    name = d.name("plain")
    title = d.title("plain")
    date = d.date(d.pick(["short_month", "us_numeric", "long", "dd_mon_yyyy", "iso"]))
    hours = d.hours(d.pick(["cec_hours", "cecs", "hrs", "hours_title"]))
    issued = d.other_date("issue", d.pick(["long", "us_numeric", "short_month"]))
    return {
        "band_fg": d.pick(["#ffffff", "#f2ead3", "#e6eef7"]),
        "evf": d.fonts[d.pick(["sans", "cond", "display"])],
        "ev_ls": d.pick([2, 3, 4]),
        "event": event,
        "program": d.pick(["Education Program", "Chapter Education Day", "Technical Sessions"]),
        "venue": d.venue(),
        "body_top": d.pick([128, 136, 144]),
        "h_weight": d.pick(["normal", "bold"]),
        "h_px": d.pick([34, 38]),
        "heading": d.pick(
            ["Certificate of Attendance", "Certificate of Participation", "Attendance Certificate"]
        ),
        "certify": d.pick(["This certifies that", "This is to certify that", "Presented to"]),
        "scriptf": d.fonts["script"].replace(", cursive", ", 'Dancing Script', cursive"),
        "name": name,
        "nm_px": 50 if len(name) <= 22 else 42,
        "lead": d.pick(
            [
                "attended the education session listed below and is credited with the hours shown.",
                "took part in the following session in full and has earned the credit shown.",
                "was present for the entire session below; continuing education credit as shown.",
            ]
        ),
        "h_no": d.pick(["No.", "Session", "Code"]),
        "h_session": d.pick(["Session title", "Education session", "Topic"]),
        "h_presenter": d.pick(["Presenter", "Speaker", "Instructor"]),
        "h_date": "Date",
        "h_time": "Time",
        "h_credit": d.pick(["Credit", "CECs", "Hours"]),
        "code": f"{d.pick(['E', 'S', 'ED', 'T'])}-{d.rng.randrange(101, 399)}",
        "title": title,
        "speaker": speaker,
        "company": d.pick(COMPANIES),
        "date": date,
        "time": f"{clock(start)} – {clock(end)}",
        "hours": hours,
        "note": d.pick(
            [
                "Attendance verified by badge scan at entry and exit. Partial attendance is not credited.",
                "Credit is reported only for sessions attended in full, as recorded by the room monitor.",
                "Keep this certificate with your continuing education records; no duplicates are mailed.",
            ]
        ),
        "foot": d.pick([84, 104, 124]),
        "hand": d.fonts["hand"].replace(", cursive", ", 'Dancing Script', cursive"),
        "scrawl": f"{chair.split()[0]} {chair.split()[-1]}",
        "chair": chair,
        "chair_role": d.pick(["Education Chair", "Education Committee Chair", "Program Director"]),
        "no_label": d.pick(["Certificate no.", "Cert. #", "Record"]),
        "number": d.number(),
        "issued_label": d.pick(["Issued", "Date issued:"]),
        "issued": issued,
    }
