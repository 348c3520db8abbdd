"""Not a certificate: a lunch voucher the size of a wallet card, handed to
students on a class day at a training school. The school's name sits in a
logo lockup at the top left with the voucher number at the right, a big
word for the meal, then labelled lines (the student, the class and its day
number, the day the voucher is valid, the serving window with its length),
the value printed in a corner circle and a small line of conditions. It
names a person, a school, a course, a date and a length of time, and
records no continuing-education credit."""

SOURCE = (
    "Ebad-Web-Dev/iba-mess-portal:resources/views/student/voucher.blade.php (meal plan voucher: "
    "logo row, heading, voucher no., student name, month, copy label)"
)
KIND = "other"
PAPER = "card"
CATEGORIES = (
    "other",
    "wallet",
    "landscape",
    "labelled",
    "provider-in-logo",
    "distractor-person",
    "distractor-date",
)

TEMPLATE = """<style>
.mv { position:absolute; inset:0; background:${bg}; border:2px dashed ${ink}; border-radius:6px; font-family:${sans}; color:#1d1d1d; padding:9px 11px 7px; display:flex; flex-direction:column }
.tp { display:flex; justify-content:space-between; align-items:flex-start }
.lg { display:flex; align-items:center; gap:5px }
.lg .m { width:22px; height:22px; border-radius:4px; background:${ink}; color:#fff; font: bold 9px ${cond}; display:flex; align-items:center; justify-content:center; flex:none }
.lg .n { font: bold 7.5px ${sans}; line-height:9px; text-transform:uppercase; max-width:150px; color:${ink} }
.no { font: bold 8px ${mono}; color:#a11 }
.big { font: bold 26px ${display}; color:${ink}; line-height:30px; margin-top:6px; letter-spacing:1px }
.r { font-size:9.5px; line-height:14px } .r i { font-style:normal; color:#666; display:inline-block; width:46px; font-size:7px; text-transform:uppercase }
.val { position:absolute; right:12px; bottom:16px; width:48px; height:48px; border-radius:50%; border:2px solid ${ink}; color:${ink}; text-align:center; font: bold 13px ${cond}; display:flex; flex-direction:column; justify-content:center; line-height:13px }
.val small { font: 6px ${sans}; text-transform:uppercase }
.ft { margin-top:auto; font-size:6px; color:#555; line-height:7.5px; max-width:225px }
</style>
<div class="mv">
 <div class="tp"><div class="lg"><div class="m">${mark}</div><div class="n">${school}</div></div><div class="no">${no_label} ${no}</div></div>
 <div class="big">${meal}</div>
 <div class="r"><i>${who_label}</i>${student}</div>
 <div class="r"><i>Class</i>${course} &middot; ${dayn}</div>
 <div class="r"><i>${valid_label}</i>${valid}</div>
 <div class="r"><i>Served</i>${window}</div>
 <div class="val"><small>value</small>${value}</div>
 <div class="ft">${fine}</div>
</div>
"""


def fill(d):
    from datetime import timedelta

    from corpus import values as V
    from corpus.formats import fmt_date

    r = d.rng
    school = d.pick(V.SCHOOLS)[0]
    words = [w for w in school.replace("&", "").split() if w[0].isalpha()]
    course = d.pick(V.IICRC_COURSES)[0]
    day_no = r.randint(1, 3)
    day = d.completed - timedelta(days=r.randint(0, 2))
    start = d.pick(["11:30", "12:00", "12:15"])
    return {
        "bg": d.pick(["#fff7e0", "#eef7ee", "#fdf0f0", "#ffffff"]),
        "ink": d.pick(["#8a3b12", "#1f5130", "#23395d", "#6a1b2a"]),
        "mark": "".join(w[0] for w in words)[:3].upper(),
        "school": school,
        "no_label": d.pick(["No.", "Voucher", "#"]),
        "no": f"{r.randrange(1, 9999):04d}",
        "meal": d.pick(["LUNCH", "MEAL TICKET", "LUNCH VOUCHER"]),
        "who_label": d.pick(["Student", "Name", "Issued to"]),
        "student": d.person(),
        "course": course,
        "dayn": d.pick([f"Day {day_no}", f"day {day_no} of 3"]),
        "valid_label": d.pick(["Valid", "Good on", "Date"]),
        "valid": fmt_date(day, d.pick(["weekday", "short_month", "us_numeric"])),
        "window": d.pick(
            [f"{start}–1:00 pm (1 hr)", f"{start} to 1:15 (60 min)", f"from {start}, 45 minutes"]
        ),
        "value": d.pick(["$12", "$15", "$10"]),
        "fine": d.pick(
            [
                "Not redeemable for cash. Valid only on the day shown at the campus café.",
                "One meal per voucher. Lunch does not count toward class hours.",
                "Present at the deli counter. Lost vouchers are not replaced.",
            ]
        ),
    }
