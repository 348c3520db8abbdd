"""A landscape certificate for a certification class taught on the days
just before a trade show opens, in the same hotel or convention centre,
set like a LaTeX page: lots of white space, a very large bold serif title
centred near the top, then a left-aligned (ragged-right) block in the
middle third with one running sentence that names the holder in bold, the
class with its code, the class days as a span in bold, the venue and city
and the show it was held alongside; a bulleted list of the class's modules,
each with its length in minutes; and a closing sentence with the credit.
At the foot, left, bold labels for the date of issue, the certificate
number and who signed (the instructor, with the school named as the
provider in a small line); right, a script signature over a rule and the
instructor's printed name. A thin coloured rule runs across the very top
and bottom edges."""

SOURCE = (
    "dadrasarmin/luciferchenka:003_confirm_generator/output/Alice_Johnson.md (LaTeX landscape "
    "confirmation: \\Huge bold title, raggedright minipage sentence with the name and dates in "
    "bold, itemize list of the events, 'Date of issue' and 'Signed by' at the foot, signature "
    "image right)"
)
KIND = "course"
PAPER = ["a4-landscape", "letter-landscape"]
CATEGORIES = (
    "landscape",
    "big-serif-title",
    "sentence",
    "date-range",
    "bullets",
    "hours-in-sentence",
    "distractor-person",
    "distractor-date",
    "distractor-org",
)

TEMPLATE = """<style>
.rt { position:absolute; left:0; right:0; top:0; height:7px; background:${accent} }
.rb { position:absolute; left:0; right:0; bottom:0; height:7px; background:${accent} }
.ttl { position:absolute; left:0; right:0; top:74px; text-align:center; font: bold 50px ${display}; color:#111; letter-spacing:.5px }
.blk { position:absolute; left:15%; right:15%; top:176px; font: 17px ${serif}; line-height:26px; color:#151515; text-align:left }
.blk b { font-weight:bold }
ul { margin:10px 0 10px 0; padding-left:28px }
li { margin:2px 0; font-size:16px; line-height:23px }
li span { color:#555 }
.foot { position:absolute; left:9%; right:9%; bottom:58px; display:flex; justify-content:space-between; align-items:flex-end; font: 15px ${serif}; color:#151515 }
.foot .l { line-height:25px }
.foot .l small { display:block; font: 12px ${serif}; color:#555; line-height:16px }
.sg { text-align:center; width:270px }
.sg .s { font: 34px ${hand}; color:#1d2c6b; border-bottom:1px solid #333; height:48px; white-space:nowrap; overflow:hidden }
.sg .p { font-size:14px; margin-top:4px }
</style>
<div class="rt"></div>
<div class="ttl">${heading}</div>
<div class="blk">
 ${lead} <b>${name}</b> ${verb} <b>${title}</b> ${held} <b>${span}</b> ${at} ${venue}, ${alongside}, ${comprising}
 <ul>${modules_html}</ul>
 ${closing}
</div>
<div class="foot">
 <div class="l"><b>${issue_label}</b> ${issued}<br><b>${no_label}</b> ${cert_no}<br><b>${signed_label}</b> ${instructor}<small>${provider}</small></div>
 <div class="sg"><div class="s">${instructor}</div><div class="p">${instructor}, ${inst_role}</div></div>
</div>
<div class="rb"></div>
"""

MODULES = [
    "Principles of drying and psychrometry",
    "Moisture detection and measurement",
    "Equipment selection and placement",
    "Health and safety on the job site",
    "Documentation and job-site communication",
    "Containment and engineering controls",
    "Cleaning methods and chemistry",
    "Odor sources and deodorization methods",
    "Inspection and pre-job assessment",
    "Practical exercises",
    "Review and examination",
]


def fill(d):
    import html

    from corpus import values as V

    e = html.escape
    r = d.rng
    days = d.pick([1, 2, 2, 3])
    span = d.date_range(days)
    mods = r.sample(MODULES, d.pick([4, 5, 6]))
    modules_html = "".join(
        f"<li>{e(m)} <span>({d.pick([45, 60, 90, 120, 150, 180, 240])} min)</span></li>"
        for m in mods
    )
    hours = d.hours(d.pick(["cec_hours", "words_cec", "credit_hours", "ceu_and_cec", "cecs"]))
    if hours.startswith("Credit"):
        closing = f"The class was approved by the IICRC for continuing education. {hours}."
    else:
        closing = d.pick(
            [
                f"Upon completion the participant was awarded {hours}.",
                f"This class carries {hours} toward certification renewal.",
            ]
        )
    show = d.pick(V.EVENTS)
    instructor = d.person()
    return {
        "hand": d.fonts["hand"].replace(", cursive", ", 'Dancing Script', cursive"),
        "heading": d.pick(
            ["Certificate of Completion", "Confirmation of Completion", "Certificate of Training"]
        ),
        "lead": d.pick(["This is to confirm that", "This certifies that", "We confirm that"]),
        "name": d.name(d.pick(["plain", "plain", "honorific"])),
        "verb": d.pick(
            [
                "has successfully completed",
                "completed the classroom course",
                "attended and completed",
            ]
        ),
        "title": d.title(d.pick(["with_code", "with_code", "plain"])),
        "held": "held",
        "span": span,
        "at": d.pick(["at the", "at"]),
        "venue": d.venue(),
        "alongside": d.pick(
            [
                f"in conjunction with the {show}",
                f"as a pre-show class of the {show}",
                f"the days before the {show}",
            ]
        ),
        "comprising": d.pick(["comprising:", "covering:", "including:"]),
        "modules_html": modules_html,
        "closing": closing,
        "issue_label": "Date of issue:",
        "issued": d.other_date("issue", d.pick(["ordinal_dmy", "long", "dmy_long"])),
        "no_label": d.pick(["Certificate no.:", "Reference:"]),
        "cert_no": d.number(),
        "signed_label": "Signed by:",
        "instructor": instructor,
        "provider": d.provider(),
        "inst_role": d.pick(["Approved Instructor", "Lead Instructor", "Course Instructor"]),
    }
