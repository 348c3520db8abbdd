"""An association membership card, not a certificate: the association's
name across a coloured top edge, the member's name in a script face, member
number, member-since and valid-through dates, the company, and a small line
noting the continuing education on file. It records no course credit."""

SOURCE = (
    "nurulkafi/card_generator:index.php (name card: coloured sections, name and title block, "
    "contact lines)"
)
KIND = "other"
PAPER = "card"
CATEGORIES = ("other", "wallet", "landscape", "script-name", "labelled", "distractor-date")

TEMPLATE = """<style>
.c { position:absolute; inset:0; border-radius:9px; border:1px solid #999; background:#fff; font-family:${sans} }
.tp { height:34px; background:${accent}; border-radius:8px 8px 0 0; color:#fff; padding:5px 10px; display:flex; align-items:center; gap:7px }
.tp i { width:22px; height:22px; border-radius:50%; border:2px solid #fff; display:block; flex:none }
.tp b { font: bold 9px ${sans}; line-height:10.5px; letter-spacing:.3px }
.lb { position:absolute; right:10px; top:40px; font: bold 8px ${sans}; letter-spacing:1.5px; color:${accent}; text-transform:uppercase }
.nm { position:absolute; left:12px; right:10px; top:54px; font: ${name_px}px ${script}; color:#111; white-space:nowrap; line-height:30px }
.co { position:absolute; left:12px; top:88px; font-size:8.5px; color:#333 }
.g { position:absolute; left:12px; right:10px; top:106px; display:flex; gap:10px }
.g div { flex:1 } .g i { display:block; font-style:normal; font-size:5.8px; color:#777; text-transform:uppercase; letter-spacing:.4px } .g b { font-size:8.5px; white-space:nowrap }
.ce { position:absolute; left:12px; right:10px; bottom:18px; font-size:6.8px; color:#333; line-height:9px; border-top:1px solid #ddd; padding-top:3px }
.ft { position:absolute; left:12px; right:10px; bottom:5px; font-size:5.5px; color:#777 }
</style>
<div class="c">
 <div class="tp"><i></i><b>${assoc}</b></div>
 <div class="lb">${member_word}</div>
 <div class="nm">${name}</div>
 <div class="co">${company}</div>
 <div class="g"><div><i>Member no.</i><b>${member_no}</b></div><div><i>Member since</i><b>${since}</b></div><div><i>Valid through</i><b>${valid}</b></div></div>
 <div class="ce">Last CE on file: ${course}, ${ce_date} (${hours})</div>
 <div class="ft">${fine}</div>
</div>
"""

COMPANIES = [
    "Rapid Dry Restoration, LLC",
    "Apex Water & Fire Services",
    "Prime Mitigation Group",
    "Cornerstone Disaster Recovery",
    "Blue Line Cleaning Co.",
    "Northside Carpet & Upholstery",
]


def fill(d):
    from datetime import timedelta

    from corpus.values import ASSOCIATIONS

    name = d.name("plain")
    since = d.completed - timedelta(days=d.rng.randint(400, 3000))
    return {
        "assoc": d.pick(ASSOCIATIONS),
        "member_word": d.pick(["Member", "Active Member", "Technician Member"]),
        "name_px": 24 if len(name) <= 20 else 18,
        "name": name,
        "company": d.pick(COMPANIES),
        "member_no": d.number(),
        "since": str(since.year),
        "valid": d.other_date("expiry", d.pick(["us_numeric", "short_month"])),
        "course": d.title("plain"),
        "ce_date": d.date(d.pick(["us_short", "short_month"])),
        "hours": d.hours(d.pick(["hrs", "cec_hours"])),
        "fine": d.pick(
            [
                "Membership card only. Not proof of certification or course completion.",
                "Present for member pricing at association events. Non-transferable.",
            ]
        ),
    }
