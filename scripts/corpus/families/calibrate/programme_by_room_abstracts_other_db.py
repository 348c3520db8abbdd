"""A conference's printed programme generated from its talk database and
typeset per room: a section for the room, a subsection for the day, then
each talk as a numbered heading with its start time and title, the
abstract, and the speaker in bold with a short biography. Sessions carry a
CEC note, but the page records no one's attendance."""

SOURCE = "zookeepr/zookeepr:zookeepr/templates/admin/papers_by_room_latex.mako"
KIND = "other"
PAPER = ["a4-portrait", "letter-portrait"]
CATEGORIES = ("other", "portrait", "distractor-person", "agenda")

TEMPLATE = """<style>
.w { position:absolute; inset:64px 84px 50px; font:14px 'Latin Modern Roman', ${serif}; color:#111; line-height:19.5px }
.run { display:flex; justify-content:space-between; font-size:11px; font-style:italic; border-bottom:0.5px solid #000; padding-bottom:3px; margin-bottom:20px }
h1 { font-size:21px; margin:0 0 10px } h2 { font-size:16px; margin:14px 0 8px } h3 { font-size:14px; margin:14px 0 5px }
p { text-align:justify } p.sp { margin-top:5px } p.bio { font-size:12.5px; color:#333 }
.pg { position:absolute; left:0; right:0; bottom:0; text-align:center; font-size:12px }
</style>
<div class="w">
 <div class="run"><span>${event}</span><span>Programme by room</span></div>
 <h1>${sec} ${room}</h1>
 <h2>${sec}.1 &nbsp;${day}</h2>
 ${talks_html}
 <div class="pg">${page}</div>
</div>
"""
ABSTRACTS = [
    "Drawing on field data from more than two hundred losses, this talk walks through what "
    "actually changed in day-to-day practice and where crews still lose time.",
    "Attendees will see live readings taken during the session and leave with a one-page "
    "checklist for their next job.",
    "A practical look at documentation carriers expect, with examples of photo logs, moisture "
    "maps and daily drying records that held up on review.",
    "The presenter compares equipment set-ups side by side and explains the numbers behind "
    "each choice, with time for questions at the end.",
]


BIOS = [
    "an IICRC-approved instructor",
    "a restoration contractor and trainer",
    "a senior project manager",
    "an indoor environmental consultant",
]


def fill(d):
    from corpus.values import SESSIONS

    r = d.rng
    rest = r.sample([s for s in SESSIONS if s != d.course], 3)
    titles = [d.title("plain"), *rest]
    r.shuffle(titles)
    times = r.choice(
        [
            ["9:00", "10:30", "13:30", "15:00"],
            ["8:30", "10:15", "11:30", "14:00"],
            ["8:30", "10:00", "13:15", "15:15"],
        ]
    )
    sec = r.randrange(2, 6)
    talks = []
    for i, (t, title) in enumerate(zip(times, titles, strict=True), 1):
        who = d.person()
        talks.append(
            f"<h3>{sec}.1.{i} &nbsp;{t} &ndash; {title}</h3>"
            f"<p>{r.choice(ABSTRACTS)} ({r.choice(['1.0', '1.5', '1.0', '2.0'])} CEC pending approval)</p>"
            f"<p class='sp'><b>{who}</b></p>"
            f"<p class='bio'>{who.split()[0]} is {r.choice(BIOS)} "
            f"with {r.randrange(8, 30)} years in restoration and cleaning.</p>"
        )
    return {
        "event": d.provider(),
        "sec": sec,
        "room": d.pick(["Room 201A", "Hall C", "Learning Theater 2", "Ballroom B"]),
        "day": d.date(d.pick(["iso", "weekday", "long"])),
        "talks_html": "".join(talks),
        "page": r.randrange(7, 31),
    }
