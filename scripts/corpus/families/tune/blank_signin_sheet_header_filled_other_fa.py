"""Not a record: a class sign-in sheet printed before the class, its header
filled in by the school (course, instructor, dates, location, CEC offered,
approval reference) and every attendee row still blank (landscape). Nobody
has signed; no one's attendance or credit is on it."""

SOURCE = (
    "wording: training providers' blank attendance sign-in sheets (course header block, "
    "instructor, dates, numbered rows for printed name, signature, time in and time out)"
)
KIND = "other"
PAPER = ["letter-landscape", "a4-landscape"]
CATEGORIES = ("other", "table", "landscape", "labelled", "date-range", "distractor-person")

TEMPLATE = """<style>
.w { position:absolute; inset:30px 36px; font: 12px ${sans}; color:#222 }
.hd { display:flex; justify-content:space-between; align-items:flex-end; border-bottom:3px solid ${dark}; padding-bottom:6px }
.hd h1 { margin:0; font: bold 22px ${head}; color:${dark}; letter-spacing:${ls} }
.hd .org { text-align:right; font-size:11px; line-height:14px } .hd .org b { font-size:13px }
.meta { display:grid; grid-template-columns:repeat(3, 1fr); gap:4px 16px; margin:8px 0 10px; font-size:12px }
.meta div { border-bottom:1px solid #999; padding:2px 0; white-space:nowrap; overflow:hidden }
.meta span { color:#666; font-size:10px; text-transform:uppercase; letter-spacing:1px; margin-right:6px }
table { width:100%; border-collapse:collapse; font-size:11px }
th { background:${th_bg}; color:${th_fg}; padding:4px 5px; text-align:left; font-size:10px; letter-spacing:.5px }
td { border:1px solid #aaa; height:${row_h}px; padding:0 5px; color:#888 }
.ft { position:absolute; left:0; right:0; bottom:0; font-size:9.5px; color:#666; display:flex; justify-content:space-between }
</style>
<div class="w">
 <div class="hd"><h1>${heading}</h1><div class="org"><b>${school}</b><br>${phone}</div></div>
 <div class="meta">
  <div><span>Course</span>${course}</div>
  <div><span>Instructor</span>${instructor}</div>
  <div><span>Dates</span>${dates}</div>
  <div><span>Location</span>${place}</div>
  <div><span>${credit_label}</span>${credit}</div>
  <div><span>${ref_label}</span>${ref}</div>
 </div>
 <table><tr><th style="width:4%">#</th><th style="width:26%">${c_name}</th><th style="width:22%">${c_co}</th><th style="width:20%">${c_mail}</th>${day_heads_html}</tr>${rows_html}</table>
 <div class="ft"><span>${note}</span><span>Page 1 of ${pages}</span></div>
</div>
"""


def fill(d):
    from datetime import timedelta

    from corpus import values as V
    from corpus.formats import fmt_number, fmt_range

    r = d.rng
    title, code = d.pick(V.IICRC_COURSES)
    days = d.pick([1, 2, 3])
    start = d.completed + timedelta(days=r.randrange(2, 20))
    end = start + timedelta(days=days - 1)
    dates = fmt_range(start, end, r) if days > 1 else start.strftime("%b %-d, %Y")
    n_rows = d.pick([12, 13, 14])
    heads = (
        "".join(f"<th>Day {i + 1} initials</th>" for i in range(days))
        if days > 1
        else "<th>Signature</th><th>In</th><th>Out</th>"
    )
    ncols = 4 + (days if days > 1 else 3)
    rows = "".join(
        f"<tr><td>{i + 1}</td>" + "<td></td>" * (ncols - 1) + "</tr>" for i in range(n_rows)
    )
    return {
        "head": d.fonts[d.pick(["sans", "cond", "display"])],
        "ls": d.pick(["0", "1px"]),
        **dict(
            zip(
                ("th_bg", "th_fg"),
                d.pick([(d.colors["dark"], "#fff"), ("#e6e6e6", "#222")]),
                strict=True,
            )
        ),
        "row_h": d.pick(["34", "36"]),
        "heading": d.pick(["Class Sign-In Sheet", "ATTENDANCE ROSTER", "Daily Sign-In"]),
        "school": d.pick([s for s, _ in V.SCHOOLS]),
        "phone": d.phone(),
        "course": d.pick([f"{code} – {title}", code, title]),
        "instructor": d.person(),
        "dates": dates,
        "place": d.city(),
        "credit_label": d.pick(["CECs", "Credit", "CEC hrs"]),
        "credit": fmt_number(d.pick([14, 14, 21, 7, 19]), r, False),
        "ref_label": d.pick(["Class no.", "Roster", "Ref"]),
        "ref": d.number(),
        "c_name": d.pick(["Print name (as on certificate)", "Printed name", "Name"]),
        "c_co": d.pick(["Company", "Employer"]),
        "c_mail": d.pick(["E-mail", "IICRC # (if any)"]),
        "day_heads_html": heads,
        "rows_html": rows,
        "note": d.pick(
            [
                "Sign in each day. Certificates are issued only to students who attend every session and pass the exam.",
                "Instructor: return this roster with the exam answer sheets.",
            ]
        ),
        "pages": d.pick(["1", "2"]),
    }
