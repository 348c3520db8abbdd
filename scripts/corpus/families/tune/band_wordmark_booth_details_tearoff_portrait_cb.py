"""A portrait certificate a trade show's education desk hands a technician who
registered at the certification body's booth, with a detachable stub along
its foot. A dark band across the top carries, centred in light letters, a
small ring with the show's initials over the show's name as a spaced
wordmark, a small tagline and the venue (the show is named nowhere else).
Under it a large serif heading and a small spaced-capital subline, a short
lead-in, the holder's name in a large script over a rule, and one running
sentence with no labels giving the show's days as a span and the credit. A
small two-column table of record details follows (the activity, the booth
number, a registrant number, the day the certificate was printed, and the
booth staffer who scanned the badge), then a line of fine print and two
signature blocks (the show's education director and the certification body's
booth representative, each a script signature over a printed name and role).
Below a dashed cut line, a stub for the certification body's office repeats
the name beside the booth number and a slip number."""

SOURCE = (
    "castlamp/zenbership:pp-templates/html/zoid/en/event_ticket.php (printed event ticket: a "
    "boxed title block, the event's facts in two columns, one ticket per page); stub below a "
    "cut line after MubeenAfzal979/book_ticket:resources/views/email_ticket.blade.php (ticket "
    "stub beside the ticket body, 'Issued By' and number sections); booth credit wording from "
    "https://www.randrmagonline.com/articles/85420-iicrc-continuing-education (attendees sign in "
    "at the IICRC booth at a trade show or convention; IICRC updates their records)"
)
KIND = "booth"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "portrait",
    "dark-band",
    "provider-in-logo",
    "script-name",
    "sentence",
    "table",
    "date-range",
    "distractor-person",
    "distractor-date",
    "hours-in-sentence",
)

TEMPLATE = """<style>
.fr { position:absolute; inset:26px 26px 176px 26px; border:1.5px solid ${dark}; }
.bd { position:absolute; left:0; right:0; top:0; height:154px; background:${dark}; color:#fff;
  display:flex; flex-direction:column; align-items:center; justify-content:center; text-align:center }
.em { width:52px; height:52px; border-radius:50%; border:2.5px solid ${ring}; display:flex; align-items:center;
  justify-content:center; font: bold 17px ${display}; letter-spacing:1px; margin-bottom:9px }
.wm { font: bold ${wm_px}px ${sans}; letter-spacing:2px; line-height:1.15; white-space:nowrap }
.tg { font: 12.5px ${sans}; letter-spacing:1.6px; margin-top:6px; color:${ring} }
.tx .nw { white-space:nowrap }
.vn { font: 12px ${sans}; margin-top:4px; opacity:.9 }
.bo { position:absolute; left:46px; right:46px; top:196px; text-align:center; color:#1b1b1b }
.hd { font: ${hd_px}px ${display}; letter-spacing:1px; color:${dark} }
.sb { font: 12px ${sans}; letter-spacing:3.5px; text-transform:uppercase; color:${accent}; margin-top:6px }
.ld { font: italic 16px ${serif}; margin-top:30px; color:#444 }
.nm { font: ${nm_px}px ${script}; line-height:1.25; margin:6px auto 0; padding:0 20px 2px; border-bottom:1.5px solid ${accent};
  display:inline-block; min-width:420px; color:#111 }
.tx { font: 16px ${serif}; line-height:1.6; margin:22px auto 0; max-width:560px }
table { margin:34px auto 0; border-collapse:collapse; width:440px; font: 12.5px ${sans}; text-align:left }
td { padding:5px 10px; border-bottom:1px solid #d6d6d6 }
td.k { width:150px; color:#555; text-transform:uppercase; font-size:10.5px; letter-spacing:1px }
tr:nth-child(odd) td { background:${light} }
.sg { position:absolute; left:40px; right:40px; bottom:34px; display:flex; justify-content:space-between }
.sg > div { width:290px; text-align:center; font: 12px ${sans}; color:#333; white-space:nowrap }
.sg .h { font: 24px ${hand}; color:#1c2f66; border-bottom:1px solid #333; line-height:34px; height:36px; overflow:hidden }
.sg b { display:block; font-size:13px; margin-top:4px; color:#111 }
.fp { position:absolute; left:90px; right:90px; bottom:128px; text-align:center; font: italic 12px ${serif}; line-height:1.45; color:#555 }
.cut { position:absolute; left:14px; right:14px; bottom:150px; border-top:1.5px dashed #777 }
.cut span { position:absolute; left:50%; top:-9px; transform:translateX(-50%); background:#fff; padding:0 8px;
  font: 10px ${sans}; letter-spacing:2px; color:#666 }
.st { position:absolute; left:26px; right:26px; bottom:26px; height:106px; border:1px solid #999; display:flex; font: 12px ${sans} }
.st .l { width:150px; background:${dark}; color:#fff; display:flex; flex-direction:column; justify-content:center;
  padding:0 14px; font: bold 12px ${sans}; letter-spacing:1.5px; line-height:1.4 }
.st .r { flex:1; display:grid; grid-template-columns: 1.6fr 1fr 1fr; padding:14px 18px; gap:6px 18px }
.st .r div { border-bottom:1px solid #bbb; padding-bottom:3px }
.st .r i { display:block; font-style:normal; font-size:9.5px; color:#666; letter-spacing:1px; text-transform:uppercase }
.st .n { grid-column: 1 / 4; border:none !important; font-size:10.5px; color:#555 }
</style>
<div class="fr">
 <div class="bd">
  <div class="em">${initials}</div>
  <div class="wm">${provider}</div><div class="tg">${tagline}</div><div class="vn">${venue}</div>
 </div>
 <div class="bo">
  <div class="hd">${heading}</div>
  <div class="sb">${subline}</div>
  <div class="ld">${lead}</div>
  <div class="nm">${name}</div>
  <div class="tx">${sentence_html}</div>
  <table>${rows_html}</table>
 </div>
 <div class="fp">${fine_print}</div>
 <div class="sg">
  <div><div class="h">${sig1}</div><b>${sig1}</b>${role1}</div>
  <div><div class="h">${sig2}</div><b>${sig2}</b>${role2}</div>
 </div>
</div>
<div class="cut"><span>${cut_text}</span></div>
<div class="st">
 <div class="l">${stub_head_html}</div>
 <div class="r">
  <div><i>${stub_name_label}</i>${name}</div>
  <div><i>Booth</i>${booth}</div>
  <div><i>Slip no.</i>${slip}</div>
  <div class="n">${stub_note}</div>
 </div>
</div>
"""

TAGLINES = [
    "Trade Show & Convention",
    "Exhibits · Education · Networking",
    "Annual Convention and Exhibit Hall",
    "Conference & Trade Show",
]


def fill(d):
    import html

    r = d.rng
    event = d.org_alt or d.org
    words = [w for w in event.replace("&", " ").split() if w[:1].isupper()]
    provider = d.provider(d.pick(["upper", None]))
    name = d.name(d.pick(["plain", "plain", "plain", "honorific"]))
    title = d.set_title(
        d.pick(["IICRC Booth Registration", "IICRC Booth Registration", "Booth Registration"]),
        ["IICRC Booth Registration"],
    )
    span = d.date_range(d.pick([1, 2, 2, 3]))
    hours = d.hours(d.pick(["cecs", "cec_hours", "words_cec", "words_cec", "cecs"]))
    # the span and the credit each stay on one printed line
    span = f"<span class='nw'>{html.escape(span)}</span>"
    hours = f"<span class='nw'>{html.escape(hours)}</span>"
    booth = f"#{r.randrange(100, 2999)}"
    body = d.pick(
        [
            "the Institute of Inspection, Cleaning &amp; Restoration Certification (IICRC)",
            "the IICRC",
            "the IICRC certification",
        ]
    )
    sentence = d.pick(
        [
            f"registered at the booth of {body} on the exhibit floor during the show, "
            f"{span}, and is credited with {hours} toward certification renewal.",
            f"signed in at the {body.removeprefix('the ')} booth in the exhibit hall, {span}. "
            f"This registration is reported for {hours}.",
            f"visited {body} booth and completed booth registration at the show held {span}, "
            f"for a total of {hours}.",
        ]
    )
    scanner = d.person()
    printed = d.other_date("issue", d.pick(["long", "us_numeric", "short_month"]))
    rows = [
        ("Activity", title),
        ("Booth", f"IICRC · {booth}"),
        (d.pick(["Registrant no.", "Badge ID", "Attendee ID"]), d.number()),
        (d.pick(["Printed", "Date printed", "Issued"]), printed),
        (d.pick(["Scanned by", "Booth staff", "Verified by"]), scanner),
    ]
    if d.chance(0.5):
        rows[2], rows[3] = rows[3], rows[2]
    rows_html = "".join(
        f"<tr><td class='k'>{html.escape(k)}</td><td>{html.escape(v)}</td></tr>" for k, v in rows
    )
    return {
        "ring": d.pick(["#e9c46a", "#cfe3f3", "#f1d9a7", "#d8e8d0"]),
        "wm_px": 26 if len(provider) <= 24 else 22 if len(provider) <= 30 else 19,
        "hd_px": d.pick([34, 36, 38]),
        "nm_px": d.pick([42, 46, 48]),
        "script": d.fonts["script"].replace(", cursive", ", 'Dancing Script', cursive"),
        "initials": "".join(w[0] for w in words)[:3],
        "provider": provider,
        "tagline": d.pick(TAGLINES),
        "venue": d.venue(),
        "heading": d.pick(
            [
                "Certificate of Booth Attendance",
                "Proof of Attendance",
                "Continuing Education Verification",
            ]
        ),
        "subline": d.pick(
            ["Continuing Education Credit", "IICRC Booth · CEC Record", "Exhibit Hall Credit"]
        ),
        "lead": d.pick(["This certifies that", "This is to verify that", "Presented to"]),
        "name": name,
        "sentence_html": sentence,
        "rows_html": rows_html,
        "fine_print": d.pick(
            [
                "Keep this certificate with your continuing education records. Booth "
                "registrations are reported to the IICRC after the show.",
                "The IICRC posts booth registrations to the registrant's record. Keep this "
                "certificate as proof of attendance.",
                "Questions about credit? Contact the show's education desk.",
            ]
        ),
        "sig1": d.person(),
        "role1": d.pick(["Director of Education", "Show Director", "Education Chair"]),
        "sig2": d.person(),
        "role2": d.pick(["IICRC Booth Representative", "IICRC Staff", "Registrar, IICRC Booth"]),
        "cut_text": d.pick(
            ["DETACH HERE", "✂ CUT ALONG DOTTED LINE", "IICRC OFFICE COPY — DETACH"]
        ),
        "stub_head_html": d.pick(
            ["IICRC<br>BOOTH<br>COPY", "CEC<br>BOOTH<br>STUB", "OFFICE<br>USE<br>ONLY"]
        ),
        "stub_name_label": d.pick(["Registrant", "Name", "Attendee"]),
        "booth": booth,
        "slip": f"{r.randrange(10000, 99999)}",
        "stub_note": d.pick(
            [
                "Leave this stub at the booth. Keep the certificate above for your records.",
                "Booth registrations are forwarded to the IICRC after the show; allow 30 days.",
                "Retain the upper portion as your proof of attendance.",
            ]
        ),
    }
