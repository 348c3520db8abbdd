"""A landscape training-centre certificate that prints the course's first and
last day apart: a thin double frame, a band along the top with the school's
square mark and name on the left and the certificate number on the right, a
large heading, "this certifies that" and the holder's name on a rule, a line
and the course title, then a boxed "course details" panel in the middle with
the first and last day on separate labelled lines (from/to, start/end,
commenced/completed), the hours and the place it was held; along the foot the
instructor's signature on the left, a round seal in the middle and the date
of issue on the right, labelled, or written after the town with no label."""

SOURCE = (
    "mehedihassan1603/creative-it:certificate_display.php (presented-to name, course held on "
    "start date to end date, ID number and date of issue laid over a certificate background); "
    "the stacked From:/To: certificate fields of a Node certificate-information template"
)
KIND = "course"
PAPER = ["letter-landscape", "a4-landscape"]
CATEGORIES = (
    "landscape",
    "labelled",
    "distractor-date",
    "distractor-person",
    "provider-in-logo",
    "seal",
)

TEMPLATE = """<style>
.fr { position:absolute; inset:22px; border:3px double ${dark} }
.fr2 { position:absolute; inset:30px; border:1px solid ${accent} }
.band { position:absolute; left:30px; right:30px; top:30px; height:64px; background:${light}; border-bottom:2px solid ${accent};
  display:flex; align-items:center; justify-content:space-between; padding:0 28px; font-family:${sans} }
.band .mk { display:flex; align-items:center; gap:12px; font: bold 15px ${sans}; color:${dark}; letter-spacing:.6px }
.band .mk span { width:40px; height:40px; background:${dark}; color:#fff; display:flex; align-items:center; justify-content:center;
  font: bold 15px ${display}; letter-spacing:1px }
.band .no { font-size:12px; color:#444; text-align:right; line-height:20px }
.band .no b { font-family:${mono}; font-size:13px; color:#111 }
.hd { position:absolute; left:0; right:0; top:118px; text-align:center; font: ${head_size}px ${display}; color:${dark}; letter-spacing:2px }
.mid { position:absolute; left:12%; right:12%; top:${mid_top}px; text-align:center; font-family:${serif}; color:#333 }
.mid .s { font-size:16px; font-style:italic }
.mid .nm { font: bold ${name_size}px ${serif}; color:#111; margin:6px auto 0; width:70%; border-bottom:1px solid #777; padding-bottom:4px; white-space:nowrap }
.mid .ti { font: bold 23px ${sans}; color:${dark}; margin-top:6px; line-height:29px }
.pnl { position:absolute; left:50%; transform:translateX(-50%); top:${panel_top}px; width:440px; border:1px solid ${dark};
  font: 14.5px ${sans}; color:#222 }
.pnl .cap { background:${dark}; color:#fff; font-size:11px; letter-spacing:2.5px; text-transform:uppercase; padding:4px 12px }
.pnl .rw { display:flex; padding:7px 14px; border-top:1px solid #ddd }
.pnl .rw:first-of-type { border-top:0 }
.pnl .rw span { flex:0 0 150px; color:#555 }
.pnl .rw b { font-weight:600 }
.ft { position:absolute; left:70px; right:70px; bottom:54px; display:flex; justify-content:space-between; align-items:flex-end; font-family:${sans} }
.sg { width:250px; text-align:center; font-size:12.5px; color:#333; line-height:17px }
.sg .h { font: 28px ${hand}; color:#1c2f6e; border-bottom:1px solid #444; height:38px; line-height:44px; overflow:hidden; white-space:nowrap }
.seal { width:96px; height:96px; border-radius:50%; background:${accent}; display:flex; align-items:center; justify-content:center;
  box-shadow:0 0 0 4px #fff, 0 0 0 6px ${accent} }
.seal div { width:72px; height:72px; border-radius:50%; border:1.5px dashed rgba(255,255,255,.8); color:#fff; font: bold 17px ${display};
  display:flex; align-items:center; justify-content:center }
.is { width:250px; text-align:center; font-size:12.5px; color:#333; line-height:17px }
.is .v { font-size:15px; color:#111; border-bottom:1px solid #444; padding-bottom:4px; height:36px; display:flex; align-items:flex-end; justify-content:center }
</style>
<div class="fr"></div><div class="fr2"></div>
<div class="band">
 <div class="mk"><span>${initials}</span>${org}</div>
 <div class="no">${no_label}<br><b>${cert_no}</b></div>
</div>
<div class="hd">${heading}</div>
<div class="mid">
 <div class="s">${lead}</div>
 <div class="nm">${name}</div>
 <div class="s" style="margin-top:12px">${middle}</div>
 <div class="ti">${title}</div>
</div>
<div class="pnl">
 <div class="cap">${panel_cap}</div>
 <div class="rw"><span>${from_label}</span><b>${start}</b></div>
 <div class="rw"><span>${to_label}</span><b>${end}</b></div>
 <div class="rw"><span>${hours_label}</span><b>${hours}</b></div>
 <div class="rw"><span>${place_label}</span><b>${place}</b></div>
</div>
<div class="ft">
 <div class="sg"><div class="h">${teacher}</div>${teacher}<br>${role}</div>
 <div class="seal"><div>${initials}</div></div>
 <div class="is"><div class="v">${issued}</div>${issue_caption}</div>
</div>
"""

DATE_LABELS = [
    ("From:", "To:"),
    ("Start date:", "End date:"),
    ("Commenced:", "Completed:"),
    ("Course began:", "Course ended:"),
    ("First day:", "Last day:"),
    ("Dates from", "through"),
]


def fill(d):
    org = d.provider()
    words = [w for w in org.replace("&", "").replace(",", "").split() if w[:1].isupper()]
    initials = "".join(w[0] for w in words[:3])
    name = d.name(d.pick(["plain", "plain", "upper", "honorific"]))
    style = d.pick(["long", "short_month", "us_numeric", "dmy_long", "ordinal", "dd_mon_yyyy"])
    start = d.other_date("start", style)
    end = d.date(style)
    from_label, to_label = d.pick(DATE_LABELS)
    issue_style = style if d.chance(0.6) else d.pick(["long", "us_numeric", "short_month"])
    issue_date = d.other_date("issue", issue_style)
    town = d.city()
    if d.chance(0.3):
        # written after the town under the rule, as a signed paper is dated
        issued, caption = f"{town}, {issue_date}", d.pick(["Place and date", ""])
    else:
        issued = issue_date
        caption = d.pick(["Date of issue", "Issued on", "Issue date", "Date issued"])
    long_title = len(d.course) > 40
    return {
        "initials": initials,
        "org": org,
        "no_label": d.pick(["Certificate No.", "Cert. ID", "Certificate number"]),
        "cert_no": d.number(),
        "heading": d.pick(
            ["Certificate of Completion", "Certificate of Training", "Training Certificate"]
        ),
        "head_size": d.pick(["38", "42"]),
        "mid_top": "178",
        "lead": d.pick(["This certifies that", "This is to certify that", "Presented to"]),
        "name": name,
        "name_size": "34" if len(name) <= 24 else "28",
        "middle": d.pick(
            [
                "has successfully completed the course",
                "has attended and completed the training course",
                "has satisfactorily completed",
            ]
        ),
        "title": d.title(d.pick(["plain", "plain", "with_code"])),
        "panel_top": "420" if long_title else "400",
        "panel_cap": d.pick(["Course details", "Training record", "Course information"]),
        "from_label": from_label,
        "start": start,
        "to_label": to_label,
        "end": end,
        "hours_label": d.pick(["Duration:", "Credit hours:", "Hours:"]),
        "hours": d.hours(d.pick(["hours_title", "cec_hours", "hrs", "cecs"])),
        "place_label": d.pick(["Held at:", "Location:", "Venue:"]),
        "place": d.pick([f"Training centre, {town}", f"{town} (classroom)", f"{d.venue()}"]),
        "hand": d.fonts["hand"].replace(", cursive", ", 'Dancing Script', cursive"),
        "teacher": d.person(),
        "role": d.pick(["Course Instructor", "Lead Instructor", d.role()]),
        "issued": issued,
        "issue_caption": caption,
    }
