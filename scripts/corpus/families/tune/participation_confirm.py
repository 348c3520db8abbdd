"""A heading, then one running paragraph: "This is to confirm that NAME
attended ... held 1–3 October in City", a short list of what was attended,
and at the foot "Date of issue:" and "Signed by:"."""

SOURCE = "dadrasarmin/luciferchenka:003_confirm_generator/output/Alice_Johnson.md"
KIND = "session"
PAPER = "a4-landscape"
CATEGORIES = ("sentence", "date-range", "landscape", "labelled", "distractor-date")

TEMPLATE = """<style>
.w { position:absolute; left:110px; right:110px; top:120px; font: 19px ${face}; line-height:30px }
h1 { text-align:center; font-size:40px; margin:0 0 40px }
ul { margin:10px 0 0 } .foot { position:absolute; left:110px; bottom:90px; font: 17px ${face}; line-height:30px }
</style>
<div class="w">
 <h1>${heading}</h1>
 <p>This is to confirm that <b>${name}</b> attended ${what} <b>${range}</b> in ${city}, comprising:</p>
 <ul><li>${session}</li><li>${other1}</li><li>${other2}</li></ul>
 <p style="margin-top:14px">${credit}</p>
</div>
<div class="foot"><b>Date of issue:</b> ${issued}<br><b>Signed by:</b> ${signer}</div>
"""


def fill(d):
    from corpus.values import SESSIONS

    event = d.provider()
    others = [s for s in SESSIONS if s != d.course]
    return {
        "face": d.fonts["sans"],
        "heading": d.pick(["Certificate of Participation", "Confirmation of Attendance"]),
        "name": d.name("plain"),
        "what": f"the education sessions of the {event}, held",
        "range": d.date_range(d.pick([1, 2])),
        "city": d.city(),
        "session": d.set_title(d.course),
        "other1": d.pick(others[:6]),
        "other2": d.pick(others[6:]),
        "credit": f"Continuing education credit for the session listed first: {d.hours(d.pick(['cec_hours', 'cecs']))}.",
        "issued": d.other_date("issue", d.pick(["ordinal_dmy", "long"])),
        "signer": d.pick([f"{event} Education Team", d.person()]),
    }
