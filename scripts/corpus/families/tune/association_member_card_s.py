"""A trade association's membership card, wallet sized, not a training card:
the association's name in a dark band, "Member", the technician's name and
company, member number, member since and valid-through dates, and a
membership level. It names a technician, an organisation and dates; it
records no one's completion."""

SOURCE = (
    "sammyniyo/gf:gf/resources/views/pdf/member-id-card.blade.php (member ID card: logo, "
    "member number strip, name, type, footer) and developerakhi/library:membership-id-card/"
    "index.php (name, membership ID, level, expiry date)"
)
KIND = "other"
PAPER = "card"
CATEGORIES = (
    "other",
    "wallet",
    "dark-band",
    "labelled",
    "landscape",
    "distractor-person",
    "distractor-date",
)

TEMPLATE = """<style>
.c { position:absolute; inset:0; border-radius:10px; overflow:hidden; font-family:${sans}; background:#fff; border:1px solid #bbb }
.b { background:${dark}; color:#fff; padding:6px 10px; display:flex; align-items:center; gap:7px; height:40px }
.m { width:26px; height:26px; border-radius:50%; background:${accent}; font: bold 9px ${sans}; display:flex; align-items:center; justify-content:center; flex:none }
.on { font: bold 9.5px ${sans}; line-height:11px; letter-spacing:0.3px }
.lv { position:absolute; right:10px; top:48px; font: bold 8px ${sans}; color:${accent}; letter-spacing:1.5px; border:1px solid ${accent}; padding:1px 5px; border-radius:3px }
.k { position:absolute; left:12px; top:47px; font: bold 8px ${sans}; color:#777; letter-spacing:2px }
.n { position:absolute; left:12px; top:59px; font: bold 14px ${sans}; color:#111; white-space:nowrap }
.co { position:absolute; left:12px; top:77px; font-size:9px; color:#444 }
.r { position:absolute; left:12px; right:12px; bottom:9px; display:flex; justify-content:space-between; font-size:9px; color:#111 }
.r small { display:block; font-size:6px; color:#777; text-transform:uppercase; letter-spacing:0.5px }
</style>
<div class="c">
 <div class="b"><div class="m">${mark}</div><div class="on">${assoc}</div></div>
 <div class="k">${member_word}</div><div class="lv">${level}</div>
 <div class="n">${member}</div>
 <div class="co">${company}</div>
 <div class="r"><div><small>Member no.</small>${no}</div><div><small>Member since</small>${since}</div><div><small>Valid thru</small>${thru}</div></div>
</div>
"""

COMPANIES = [
    "Rapid Dry Restoration, LLC",
    "Apex Water & Fire Services",
    "Hometown Carpet Care Inc.",
    "Prime Mitigation Group",
    "Allied Property Restoration",
    "Blue Line Cleaning Co.",
    "Cornerstone Disaster Recovery",
]


def fill(d):
    from corpus import values as V

    r = d.rng
    assoc = d.pick(V.ASSOCIATIONS)
    mark = "".join(w[0] for w in assoc.split() if w[0].isupper())[:4]
    return {
        "assoc": assoc,
        "mark": mark,
        "member_word": d.pick(["MEMBER", "MEMBER", "MEMBERSHIP CARD", "CONTRACTOR MEMBER"]),
        "level": d.pick(["REGULAR", "COMPANY", "GOLD", "TECHNICIAN", "ASSOCIATE"]),
        "member": d.person(),
        "company": d.pick(COMPANIES),
        "no": d.pick([f"{r.randrange(10000, 99999)}", f"M-{r.randrange(100000, 999999)}"]),
        "since": str(d.completed.year - r.randrange(0, 12)),
        "thru": d.other_date("expiry", d.pick(["us_numeric", "us_short"])),
    }
