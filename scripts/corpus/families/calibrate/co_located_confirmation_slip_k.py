"""A plain confirmation on a half sheet: a large bold heading, then one
ragged-right paragraph confirming that the person attended the events held
over the show's dates, with a bulleted list of what that comprised (the
exhibit hall, a co-located meeting, and the one education session with its
speaker, day and credit), and at the foot "Date of issue" and "Signed by"
on the left with a signature on the right."""

SOURCE = "dadrasarmin/luciferchenka:003_confirm_generator/output/Alice_Johnson.md"
KIND = "session"
PAPER = ["half-letter", "slip"]
CATEGORIES = (
    "sentence",
    "slip",
    "landscape",
    "distractor-person",
    "distractor-date",
    "hours-in-sentence",
)

TEMPLATE = """<style>
.w { position:absolute; inset:30px 40px; font: 13px ${face}; color:#111; line-height:18px }
h1 { font: bold 27px ${face}; text-align:center; margin:0 0 14px }
.p { width:90%; margin:0 auto } ul { margin:6px 0 0 0; padding-left:22px } li { margin:3px 0 } .nw { white-space:nowrap }
.ft { position:absolute; left:0; right:0; bottom:0; display:flex; align-items:flex-end; justify-content:space-between; font-size:12px }
.ft .l { line-height:17px } .ft .s { text-align:center; width:38% }
.ft .s i { display:block; font: 26px ${hnd}; color:#203a8f; line-height:30px }
.ft .s span { display:block; border-top:1px solid #555; font-size:10px; color:#444 }
</style>
<div class="w">
 <h1>${heading}</h1>
 <div class="p">${confirm_html}
  <ul>
   <li>${hall_html}</li>
   <li>${meeting}</li>
   <li>${session_html}</li>
  </ul>
 </div>
 <div class="ft">
  <div class="l"><b>Date of issue:</b> ${issued}<br><b>Signed by:</b> ${signed_by}</div>
  <div class="s"><i>${signer}</i><span>${signer_line}</span></div>
 </div>
</div>
"""


def fill(d):
    import html
    from datetime import timedelta

    from corpus.formats import fmt_range

    r = d.rng
    before, after = d.pick([(0, 2), (1, 1), (2, 0), (1, 2), (2, 1)])
    show = fmt_range(d.completed - timedelta(days=before), d.completed + timedelta(days=after), r)
    name = d.name(d.pick(["plain", "plain", "honorific"]))
    event = d.provider()
    title = d.title("plain")
    date = d.date(d.pick(["weekday", "long", "dmy_long", "ordinal"]))
    hours = d.hours(d.pick(["cec_hours", "cecs", "hours_title"]))
    speaker = d.person()

    def e(text):
        return f'<span class="nw">{html.escape(text)}</span>'

    confirm = (
        f"This is to confirm that <b>{e(name)}</b> attended the co-located events held "
        f"<b>{e(show)}</b> at the {e(d.venue())}, comprising:"
    )
    session = d.pick(
        [
            f"The education session <b>{e(title)}</b>, presented by {e(speaker)} on {e(date)}, "
            f"for which {e(hours)} were recorded",
            f"The IICRC-approved session <b>{e(title)}</b> ({e(speaker)}), {e(date)}: {e(hours)}",
        ]
    )
    signer = d.person()
    return {
        "face": d.fonts[d.pick(["sans", "serif"])],
        "hnd": d.fonts["hand"].replace(", cursive", ", 'Z003', 'Dancing Script', cursive"),
        "heading": d.pick(["Certificate of Participation", "Confirmation of Attendance"]),
        "confirm_html": confirm,
        "hall_html": f"The {e(event)} exhibit hall and product demonstrations",
        "meeting": d.pick(
            [
                "The annual members' meeting of the regional restoration association",
                "The Women in Restoration networking breakfast",
                "The contractors' roundtable on insurance work",
            ]
        ),
        "session_html": session,
        "issued": d.other_date("issue", d.pick(["ordinal_dmy", "long", "us_numeric"])),
        "signed_by": d.pick(["Education Committee", "Show Management", "Registration Office"]),
        "signer": signer,
        "signer_line": f"{signer}, {d.pick(['Education Chair', 'Show Director', 'CE Coordinator'])}",
    }
