"""Not a record: a half-sheet notice that a class is full and the
technician has been put on its waiting list. A coloured side stub with the
waitlist position in a large numeral, the school's name, the class, its
dates and city, the CEC it would carry, and what happens if a seat opens.
No seat, no attendance and no credit."""

SOURCE = (
    "laikasport/tbmdevtest:wp-content/plugins/events-manager-pro/templates/formats/"
    "waitlists_text_already_waiting.php (event fully booked, your position in line, waitlist "
    "reservation details, cancel so others can attend)"
)
KIND = "other"
PAPER = ["half-letter", "slip"]
CATEGORIES = (
    "other",
    "slip",
    "landscape",
    "labelled",
    "date-range",
    "distractor-person",
    "distractor-date",
)

TEMPLATE = """<style>
.w { position:absolute; inset:0; display:flex; font: 12.5px ${sans}; color:#222 }
.stub { width:${stub_w}px; background:${stub_bg}; color:#fff; display:flex; flex-direction:column; align-items:center; justify-content:center; text-align:center; padding:10px; border-right:2px dashed #fff }
.stub .l { font: bold 10px ${sans}; letter-spacing:2px; text-transform:uppercase }
.stub .n { font: bold 64px ${num}; line-height:70px }
.stub .s { font-size:10.5px; line-height:14px; opacity:.9 }
.main { flex:1; padding:18px 22px 12px; display:flex; flex-direction:column }
.sc { font: bold 13px ${sans}; color:${dark}; letter-spacing:.5px; text-transform:${sc_case} }
.main h1 { font: bold 20px ${head}; margin:6px 0 2px; line-height:24px }
.main .to { color:#555; font-size:12px }
.grid { display:grid; grid-template-columns:auto 1fr; column-gap:12px; row-gap:2px; margin:10px 0 8px; font-size:12.5px; line-height:17px }
.grid span { color:#666 }
.main p { line-height:16px; font-size:11.5px; margin-top:4px }
.ft { margin-top:auto; font-size:9.5px; color:#777; display:flex; justify-content:space-between }
</style>
<div class="w">
 <div class="stub"><div class="l">${pos_label}</div><div class="n">${pos}</div><div class="s">${pos_sub}</div></div>
 <div class="main">
  <div class="sc">${school}</div>
  <h1>${headline}</h1>
  <div class="to">${to_line}</div>
  <div class="grid">
   <span>Class</span><b>${course}</b>
   <span>Dates</span><div>${dates}</div>
   <span>Location</span><div>${city}</div>
   <span>${credit_label}</span><div>${credit}</div>
  </div>
  <p>${p1}</p>
  <p>${p2}</p>
  <div class="ft"><span>${issued}</span><span>${ref}</span></div>
 </div>
</div>
"""


def fill(d):
    from datetime import timedelta

    from corpus import values as V
    from corpus.formats import fmt_number, fmt_range

    r = d.rng
    school = d.pick([s for s, _ in V.SCHOOLS])
    title, code = d.pick(V.IICRC_COURSES)
    start = d.completed + timedelta(days=r.randrange(14, 60))
    end = start + timedelta(days=d.pick([1, 2, 2, 3]))
    who = d.person()
    cec = fmt_number(d.pick([14, 14, 21, 19, 16, 7]), r, False)
    return {
        "num": d.fonts[d.pick(["display", "sans", "cond"])],
        "head": d.fonts[d.pick(["sans", "display", "serif"])],
        "stub_w": d.pick(["140", "160"]),
        "stub_bg": d.pick([d.colors["dark"], d.colors["accent"]]),
        "sc_case": d.pick(["uppercase", "none"]),
        "pos_label": d.pick(["Waitlist", "Your place", "Position"]),
        "pos": f"#{d.pick([1, 2, 3, 4, 5, 7, 9])}",
        "pos_sub": d.pick(["in line for a seat", "on the waiting list", "not yet enrolled"]),
        "school": school,
        "headline": d.pick(
            ["This class is full", "You're on the waiting list", "Waitlist confirmation"]
        ),
        "to_line": f"{d.pick(['For', 'Prepared for', 'Registrant:'])} {who}",
        "course": d.pick([f"{code} – {title}", title, f"{title} ({code})"]),
        "dates": fmt_range(start, end, r),
        "city": d.pick([d.city(), d.venue()]),
        "credit_label": d.pick(["CECs", "Credit", "IICRC CEC"]),
        "credit": d.pick([f"{cec} on completion", f"{cec} CEC hours (if enrolled)", cec]),
        "p1": d.pick(
            [
                "If a seat opens we will call you and hold it for 48 hours. You have not been "
                "charged; payment is taken only when you are moved into the class.",
                "You will be notified when a space becomes available. Please tell us if you no "
                "longer need a seat so the next person can be offered it.",
            ]
        ),
        "p2": d.pick(
            [
                f"Questions: {d.person()}, Registrar, {d.phone()}.",
                "This notice is not an enrollment and not proof of attendance.",
            ]
        ),
        "issued": f"Issued {d.other_date('issue', 'us_numeric')}",
        "ref": d.number("WL "),
    }
