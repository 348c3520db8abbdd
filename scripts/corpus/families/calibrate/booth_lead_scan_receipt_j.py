"""A narrow receipt printed at a trade-show booth after an exhibitor's app
scanned the visitor's badge: the show, a "lead captured" heading, the
scanned person's details, the tags and notes the booth staff added (one of
them the CEC credit), the staff member who scanned, the scan time and a
device id."""

SOURCE = "fossasia/eventyay-common:docs/exhibitor.md (lead scan popup with tags and notes)"
KIND = "booth"
PAPER = "receipt"
CATEGORIES = ("slip", "labelled", "portrait", "distractor-person", "provider-in-logo")

TEMPLATE = """<style>
.r { position:absolute; inset:16px 14px; font: 11.5px ${mono}; color:#111; line-height:16px }
.c { text-align:center } .ev { font: bold 14px ${sans}; line-height:17px; margin-bottom:2px }
.hr { border-top:1px dashed #333; margin:7px 0 }
h4 { margin:4px 0; font: bold 13px ${sans}; text-align:center; letter-spacing:1px }
.k { color:#444; display:block; font-size:9.5px; text-transform:uppercase; letter-spacing:0.5px; margin-top:4px }
.v { font-weight:bold }
.tag { display:inline-block; border:1px solid #111; border-radius:8px; padding:0 6px; margin:2px 3px 0 0; font-size:10.5px }
.bc { height:34px; margin:8px 10px 2px; background:repeating-linear-gradient(90deg,#111 0 2px,#fff 2px 3px,#111 3px 4px,#fff 4px 7px) }
.sm { font-size:9px; color:#333 }
</style>
<div class="r">
 <div class="c ev">${event}</div>
 <div class="c sm">${venue}</div>
 <div class="hr"></div>
 <h4>${heading}</h4>
 <div class="c sm">${booth}</div>
 <div class="hr"></div>
 <span class="k">${name_label}</span><span class="v">${name}</span>
 <span class="k">Company</span>${company}
 <span class="k">Badge ID</span>${badge}
 <span class="k">Visit</span>${title}
 <span class="k">Tags</span><span class="tag">${tag1}</span><span class="tag">${hours}</span>
 <span class="k">Notes</span>${notes}
 <div class="hr"></div>
 <span class="k">Scanned</span>${date} ${time}
 <span class="k">Scanned by</span>${staff}
 <span class="k">Device</span>${device}
 <div class="bc"></div>
 <div class="c sm">${lead_id}</div>
 <div class="hr"></div>
 <div class="c sm">${foot}</div>
</div>
"""


def fill(d):
    return {
        "event": d.provider(d.pick([None, "upper"])),
        "venue": d.venue(),
        "heading": d.pick(["LEAD CAPTURED", "VISIT RECORDED", "BADGE SCANNED"]),
        "booth": f"Booth {d.pick(['#', 'No. '])}{d.rng.randrange(100, 1999)} · IICRC",
        "name_label": d.pick(["Name", "Attendee", "Lead"]),
        "name": d.name(d.pick(["plain", "upper", "last_first"])),
        "company": d.pick(
            ["Dry-Tech Services", "Premier Carpet Care", "AllPro Restoration", "Self-employed"]
        ),
        "badge": d.number(),
        "title": d.set_title(
            d.pick(["IICRC Booth Registration", "IICRC Booth Visit", "Booth Registration"]),
            ["IICRC Booth Registration"],
        ),
        "tag1": d.pick(["Certified Tech", "Renewal", "Hot lead"]),
        "hours": d.hours(d.pick(["cecs", "cec_hours", "cecs_colon"])),
        "notes": d.pick(
            [
                "Verified cert # on file; credit to post in 30 days.",
                "Asked about WRT renewal.",
                "Booth credit only - no session credit.",
            ]
        ),
        "date": d.date(d.pick(["us_numeric", "iso", "us_short", "dd_mon_yyyy"])),
        "time": d.pick(["09:41", "11:07", "13:52", "15:26", "16:03"]),
        "staff": d.person(),
        "device": f"LR-{d.rng.randrange(10, 99)}-{d.pick(['A', 'B', 'C'])}",
        "lead_id": f"L{d.rng.randrange(1000000, 9999999)}",
        "foot": d.pick(
            [
                "Keep this receipt as proof of your booth visit.",
                "Thank you for stopping by!",
            ]
        ),
    }
