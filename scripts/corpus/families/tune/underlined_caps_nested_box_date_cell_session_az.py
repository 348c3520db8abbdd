"""A portrait session certificate printed from a show's online CE centre, as
the browser prints a plain HTML page: the browser's own header (the time it
was printed, the page's title) and footer (the page's address, "1/1") in
small grey type at the page's edges; near the top, one narrow column a little
over half the page wide: an underlined bold heading in capitals over a grey
double-ruled box that holds the attendee's name in bold, a line saying they
attended the session, its title in bold, who presented it, a running
sentence naming the show (with its venue and sometimes its span of days),
the credit and the course approval number, and an italic note to claim only
what was attended; under it a row of two ruled cells: on the left the day of
the session alone with no label, on the right the education director's
handwritten signature over the typed name and role. No logo, no seal."""

SOURCE = (
    "realcme/newmigration:certifications/certificate-naccme-aanp.tpl.php (an underlined "
    "capitals heading over a narrow grey-bordered table: the participant's name, 'has "
    "attended', the activity title, the credit granted with a program ID, an italic note to "
    "claim only the portion attended, then a cell with the date alone beside the signature "
    "cell; the page calls print()), re-drawn as a trade show's education session record "
    "printed from the browser"
)
KIND = "session"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "portrait",
    "table",
    "sentence",
    "distractor-person",
    "distractor-date",
    "hours-in-sentence",
    "web-printout",
    "plain",
)

TEMPLATE = """<style>
.bh { position:absolute; left:24px; right:24px; top:14px; display:flex; justify-content:space-between;
  font: 10px ${chrome}; color:#444; white-space:nowrap }
.bh span:nth-child(2) { position:absolute; left:0; right:0; text-align:center; pointer-events:none }
.bf { position:absolute; left:24px; right:24px; bottom:14px; display:flex; justify-content:space-between;
  font: 10px ${chrome}; color:#444; white-space:nowrap }
.wrap { position:absolute; left:50%; transform:translateX(-50%); top:${top}px; width:${width}px;
  font: ${size}px ${face}; color:#000; line-height:1.3 }
.hd { text-align:center; padding:5px; font-weight:bold; font-size:${head_size}px; text-decoration:underline;
  letter-spacing:${head_ls}px }
.ob { border:1px solid ${rule}; padding:2px; margin-top:4px }
.ib { border:1px solid ${rule}; padding:0 14px }
.ib div { text-align:center; padding-top:14px }
.ib .nm { font-weight:bold; font-size:${name_size}px; padding-top:16px }
.ib .ti { font-weight:bold }
.ib .by { padding-top:6px; font-size:${small}px }
.ib .cr { padding-top:22px }
.ib .nt { padding:18px 0 18px; font-size:${note}px; font-style:italic }
.rw { display:flex; margin-top:2px; gap:2px }
.rw > div { border:1px solid ${rule} }
.dt { flex:0 0 46%; display:flex; align-items:center; justify-content:center; text-align:center; padding:6px }
.sg { flex:1; padding:14px 26px 10px 12px; line-height:1.35 }
.sg .hw { font: 30px ${hand}; color:#1a2a6c; height:40px; line-height:44px; white-space:nowrap; overflow:hidden }
</style>
<div class="bh"><span>${printed_at}</span><span>${page_title}</span><span></span></div>
<div class="wrap">
 <div class="hd">${heading}</div>
 <div class="ob">
  <div class="ib">
   <div class="nm">${name}</div>
   <div>${attended}</div>
   <div class="ti">${title}</div>
   <div class="by">${presented}</div>
   <div class="cr">${credit_html}</div>
   <div class="nt">${note_text}</div>
  </div>
  <div class="rw">
   <div class="dt">${session_day}</div>
   <div class="sg"><div class="hw">${signer}</div>${signer_line}<br>${signer_role}</div>
  </div>
 </div>
</div>
<div class="bf"><span>${url}</span><span>1/1</span></div>
"""


def fill(d):
    import html
    from datetime import timedelta

    from corpus.formats import fmt_range

    r = d.rng
    esc = lambda s: html.escape(s, quote=False)  # noqa: E731

    speaker = d.person()
    signer = d.person()
    show = d.provider(d.pick([None, None, None, "upper"]))
    name = d.name(d.pick(["plain", "plain", "plain", "upper"]))
    title = d.title("plain")
    day = d.date(d.pick(["long", "long", "us_numeric", "weekday", "short_month", "dmy_long"]))
    if d.chance(0.3):
        day = f"{day}, {d.pick(['8:00 AM', '10:30 AM', '1:15 PM', '3:45 PM', '9:00 a.m.'])}"
    if d.credit == 1:
        hours = f"{d.hours_number()} {d.pick(['CEC hour', 'IICRC CEC hour', 'hour of CE credit'])}"
    else:
        hours = d.hours(d.pick(["cec_hours", "cecs", "words_cec", "cec_hours", "words"]))
    approval = d.approval() if d.chance(0.7) else None

    venue = d.venue()
    before, after = d.pick([(0, 1), (1, 1), (1, 0), (2, 1), (0, 2)])
    span = fmt_range(d.completed - timedelta(days=before), d.completed + timedelta(days=after), r)
    where = f"{esc(venue)}, {esc(span)}" if d.chance(0.5) else esc(venue)
    credit = d.pick(
        [
            f"This session, held at the {esc(show)} ({where}), has been approved by the "
            f"IICRC for {esc(hours)}.",
            f"Offered as part of the {esc(show)} education program at {where}. This session "
            f"is approved for {esc(hours)} by the IICRC.",
            f"The {esc(show)} certifies this session for {esc(hours)}; it was held at {where}.",
        ]
    )
    if approval:
        credit += " " + d.pick(
            [f"IICRC Course #{approval}", f"Approval No. {approval}", f"Program ID #{approval}"]
        )

    slug = d.web()[4:]
    reg = r.randrange(100000, 999999)
    minute = r.randrange(0, 60)
    hour = r.randrange(1, 13)
    printed_at = f"{d.other_date('print', 'us_short')}, {hour}:{minute:02d} {d.pick(['AM', 'PM'])}"
    long_name = len(name) > 26
    return {
        "chrome": "'Liberation Sans', 'DejaVu Sans', sans-serif",
        "hand": d.fonts["hand"].replace(", cursive", ", 'Dancing Script', cursive"),
        "face": d.pick(
            [
                "Arial, 'Liberation Sans', sans-serif",
                "'Liberation Sans', sans-serif",
                "'Liberation Serif', serif",
                d.fonts["sans"],
            ]
        ),
        "top": d.pick([44, 52, 64]),
        "width": d.pick([600, 620, 640]),
        "size": d.pick([15, 15.5, 16]),
        "head_size": d.pick([17, 18.5]),
        "head_ls": d.pick([0, 0, 0.5]),
        "name_size": 17 if long_name else 18.5,
        "small": 14,
        "note": 13,
        "rule": d.pick(["#ccc", "#bbb", "#999"]),
        "printed_at": printed_at,
        "page_title": d.pick(
            ["Print Certificate", "My CE Certificates", "Certificate of Attendance", "CE Center"]
        ),
        "heading": d.pick(
            [
                "CERTIFICATE OF CONTINUING EDUCATION ATTENDANCE",
                "CERTIFICATE OF SESSION ATTENDANCE",
                "CONTINUING EDUCATION CERTIFICATE OF ATTENDANCE",
                "EDUCATION SESSION ATTENDANCE CERTIFICATE",
            ]
        ),
        "name": name,
        "attended": d.pick(
            [
                "has attended and completed the education session",
                "attended the following education session in full",
                "was present for the entire session",
            ]
        ),
        "title": title,
        "presented": d.pick(
            [
                f"Presented by {speaker}",
                f"Speaker: {speaker}",
                f"Instructor: {speaker}, {d.pick(['CR, WLS', 'IICRC Approved Instructor', 'MSc'])}",
            ]
        ),
        "credit_html": credit,
        "note_text": d.pick(
            [
                "Attendee: please claim only the sessions you attended in full.",
                "Participants should claim only the credit for the portion of the program "
                "they attended.",
                "Credit is granted for full attendance only; partial credit is not awarded.",
            ]
        ),
        "session_day": day,
        "signer": signer,
        "signer_line": signer + d.pick(["", "", ", CR", ", CMP"]),
        "signer_role": d.pick(
            [
                "Director of Education",
                "Education Manager",
                "Conference Education Chair",
                "CE Program Coordinator",
            ]
        ),
        "url": f"https://ce.{slug}/certificates/print.php?reg={reg}&s={r.randrange(100, 999)}",
    }
