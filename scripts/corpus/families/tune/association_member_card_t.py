"""Not a certificate: a trade association's membership card, printed from
the member portal to cut out and carry. A coloured band with the
association's name and a round mark, "MEMBER" and the member's name, the
company, a member number, the membership level, member-since and
valid-through dates and a barcode strip. It looks like a technician's
wallet card but records dues paid, not any course or credit."""

SOURCE = (
    "developerakhi/library:membership-id-card/index.php (logo, name, membership id, level, "
    "expiry date, barcode) and GIVENALITY/membership:resources/views/emails/welcome_member.blade.php "
    "(member, membership ID, type, expires; card attached)"
)
KIND = "other"
PAPER = "card"
CATEGORIES = (
    "other",
    "wallet",
    "labelled",
    "landscape",
    "dark-band",
    "provider-in-logo",
    "distractor-person",
    "distractor-date",
)

TEMPLATE = """<style>
.cd { position:absolute; inset:0; background:${bg}; font: 8px ${sans}; color:#1a1a1a }
.top { height:62px; background:${band}; color:#fff; display:flex; align-items:center; padding:0 12px; gap:9px }
.seal { width:38px; height:38px; border-radius:50%; border:2px solid ${acc}; display:flex; align-items:center; justify-content:center; font: bold 11px ${display}; color:${acc}; flex:none }
.top b { font: bold 11px ${sans}; line-height:13px; display:block } .top i { font-style:normal; font-size:7.5px; opacity:.85; letter-spacing:.8px; text-transform:uppercase }
.lvl { position:absolute; right:10px; top:68px; background:${acc}; color:#fff; font: bold 8px ${sans}; padding:2px 7px; border-radius:3px; letter-spacing:.5px }
.nm { position:absolute; left:12px; top:70px; right:80px }
.nm .k { font-size:7px; color:#666; letter-spacing:1px; text-transform:uppercase }
.nm .v { font: bold 13.5px ${sans}; line-height:16px; margin-top:1px }
.nm .co { font-size:8.5px; color:#333; margin-top:1px }
.gr { position:absolute; left:12px; right:12px; top:128px; display:flex; gap:12px }
.gr div { font-size:8.5px; font-weight:bold } .gr span { display:block; font-size:6.5px; color:#666; font-weight:normal; text-transform:uppercase; letter-spacing:.6px }
.bc { position:absolute; left:12px; right:12px; bottom:10px; height:18px; background:repeating-linear-gradient(90deg,#111 0 1px,transparent 1px 3px,#111 3px 5px,transparent 5px 6px,#111 6px 7px,transparent 7px 10px) }
</style>
<div class="cd">
 <div class="top"><div class="seal">${initials}</div><div><b>${assoc}</b><i>${tag}</i></div></div>
 <div class="lvl">${level}</div>
 <div class="nm"><div class="k">Member</div><div class="v">${member}</div><div class="co">${company}</div></div>
 <div class="gr"><div><span>Member no.</span>${number}</div><div><span>Member since</span>${since}</div><div><span>Valid through</span>${thru}</div></div>
 <div class="bc"></div>
</div>
"""

COMPANIES = [
    "Rapid Dry Restoration LLC",
    "BlueLine Carpet Care",
    "Apex Water & Fire Inc.",
    "Heritage Rug Works",
    "Summit Peak Restoration",
    "Clearwater Cleaning Co.",
]


def fill(d):
    from corpus import values as V

    assoc = d.pick(V.ASSOCIATIONS)
    words = [w for w in assoc.replace("&", "").split() if w[0].isupper()]
    return {
        "bg": d.pick(["#ffffff", "#f7f4ec", "#eef3f8"]),
        "band": d.pick(["#123c69", "#0b3d2e", "#4a1c40", "#2f2f2f", "#5b2333"]),
        "acc": d.pick(["#c9a227", "#d08c1f", "#4fa3d1", "#7bb661"]),
        "initials": "".join(w[0] for w in words)[:4],
        "assoc": assoc,
        "tag": d.pick(["Membership card", "Member in good standing", "Official member"]),
        "level": d.pick(["COMPANY", "TECHNICIAN", "ASSOCIATE", "GOLD", "LIFETIME"]),
        "member": d.person(),
        "company": d.pick(COMPANIES),
        "number": d.number(d.pick(["M-", "", "#"])),
        "since": str(d.completed.year - d.rng.randint(1, 12)),
        "thru": d.other_date("expiry", d.pick(["us_numeric", "short_month", "long"])),
    }
