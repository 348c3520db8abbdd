"""A session certificate printed straight from the show's education web page:
a tall sheet that is mostly empty, the browser's own header (the date and
time it was printed at the left, the page title in the middle) and footer
(the page address at the left, the page count at the right) in tiny type,
and near the top a narrow box with a thick grey border holding one centred
row after another: the show's logo (a coloured block with its name, the only
place the show is named), a bold heading, a short certifying line, the
attendee in bold, a connecting word, the session title, "on", the date, the
credit in a sentence, a small line with the session code and room, then two
signature cells side by side: the show's education chair and the session's
presenter, each with a handwritten signature over a printed name and two
lines of office."""

SOURCE = (
    "realcme/newmigration:certifications2/certificate-healthhiv.tpl.php (600 px table with a "
    "7 px grey border, stacked centred rows, two signature cells, printed from the browser)"
)
KIND = "session"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "portrait",
    "sentence",
    "provider-in-logo",
    "distractor-person",
    "distractor-date",
    "web-printout",
    "table",
)

TEMPLATE = """<style>
.bh, .bf { position:absolute; left:28px; right:28px; font: 10.5px ${sans}; color:#333; display:flex;
  justify-content:space-between }
.bh { top:14px } .bf { bottom:14px }
.bh span:nth-child(2) { position:absolute; left:0; right:0; text-align:center; pointer-events:none }
.bx { position:absolute; top:${top}px; left:50%; margin-left:-300px; width:600px; border:7px solid ${grey};
  font: 16px Arial, ${sans}; color:${grey}; text-align:center; padding:8px 14px 14px }
.lg { display:inline-block; margin-top:4px; background:${dark}; color:#fff; padding:8px 18px 7px;
  border-bottom:4px solid ${accent} }
.lg b { display:block; font: bold 19px ${cond}; letter-spacing:1px; line-height:22px }
.lg small { display:block; font: 9px ${sans}; letter-spacing:3px; text-transform:uppercase; opacity:0.85 }
.r { padding-top:14px; font-weight:bold }
.hd { padding-top:24px; font-size:21px; font-weight:bold; color:${grey} }
.dk { color:#404040 }
.nm { font-size:22px }
.sm { font-size:12px; font-weight:normal; padding-top:12px; color:#555 }
.sig { display:flex; margin-top:28px; font-size:13px; line-height:17px; color:${grey} }
.sig > div { flex:1; padding:0 10px }
.sig i { display:block; font: normal 30px ${hand}; color:#243a73; height:44px; white-space:nowrap; overflow:hidden }
</style>
<div class="bh"><span>${printed}</span><span>${page_title}</span><span></span></div>
<div class="bx">
 <div class="lg"><b>${event}</b><small>${logo_sub}</small></div>
 <div class="hd">${heading}</div>
 <div class="r">${certifies}</div>
 <div class="r dk nm">${name}</div>
 <div class="r">${attended}</div>
 <div class="r dk">${title}</div>
 <div class="r">${on}</div>
 <div class="r dk">${date}</div>
 <div class="r">${credit}</div>
 <div class="sm">${code_line}</div>
 <div class="sig">
  <div><i>${sig1}</i>${signer1}<br>${office1}<br>${unit1}</div>
  <div><i>${sig2}</i>${signer2}<br>${office2}<br>${unit2}</div>
 </div>
</div>
<div class="bf"><span>${url}</span><span>1/1</span></div>
"""


def fill(d):
    r = d.rng
    event = d.provider(d.pick(["upper", None]))
    style = d.pick(["cec_hours", "cecs", "hours_title", "iicrc_cec", "credit_hours"])
    hours = d.hours(style)
    if ":" in hours:
        credit = d.pick([f"Credit awarded ({hours})", hours])
    elif style == "hours_title":
        credit = hours
    else:
        credit = d.pick([f"and is awarded {hours}", f"for {hours} of continuing education"])
    chair, speaker = d.person(), d.person()
    slug = "".join(ch for ch in d.org_alt.lower() if ch.isalnum())[:16]
    hour = r.randrange(7, 23)
    clock = f"{(hour % 12) or 12}:{r.randrange(0, 60):02d} {'AM' if hour < 12 else 'PM'}"
    hand = d.fonts["hand"].replace(", cursive", ", 'Dancing Script', cursive")
    return {
        "top": str(d.pick([44, 52, 60])),
        "grey": d.pick(["#828385", "#7a7c80", "#8c8c8c", "#6f7377"]),
        "printed": f"{d.other_date('print', 'us_short')}, {clock}",
        "page_title": d.pick(
            ["Session Certificate", "CE Certificate", "Print Certificate", "My Education"]
        ),
        "event": event,
        "logo_sub": d.pick(["Education Program", "Conference & Expo", "Education Sessions", ""]),
        "heading": d.pick(
            [
                "Certificate of Attendance",
                "Education Session Certificate",
                "Continuing Education Certificate",
            ]
        ),
        "certifies": d.pick(
            [
                "The Education Committee certifies that",
                "This certifies that",
                "This is to certify that",
            ]
        ),
        "name": d.name(d.pick(["plain", "plain", "upper"])),
        "attended": d.pick(["attended the education session", "has attended", "was present for"]),
        "title": d.title("plain"),
        "on": d.pick(["on", "held on"]),
        "date": d.date(d.pick(["long", "weekday", "us_numeric", "ordinal", "short_month"])),
        "credit": credit,
        "code_line": d.pick(
            [
                f"Session {d.pick(['T', 'W', 'R', 'ED'])}{r.randrange(10, 99)} · Room {d.pick(['204', 'C-12', '310B', 'S401'])}",
                f"Track: {d.pick(['Water', 'Mold', 'Fire & Smoke', 'Business', 'Cleaning'])} · "
                f"Code {r.randrange(100, 999)}",
                "",
            ]
        ),
        "hand": hand,
        "sig1": chair,
        "signer1": chair,
        "office1": d.pick(["Education Chair", "Director of Education", "Show Director"]),
        "unit1": d.pick(["Education Committee", "Show Management", "Conference Office"]),
        "sig2": speaker,
        "signer2": speaker,
        "office2": d.pick(["Presenter", "Session Speaker", "Instructor"]),
        "unit2": d.pick(["Session Faculty", "Speaker", "Guest Presenter"]),
        "url": f"https://{d.pick(['ce', 'education', 'my'])}.{slug}.org/certificates/print?id="
        f"{r.randrange(100000, 999999)}",
    }
