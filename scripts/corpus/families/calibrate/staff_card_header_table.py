"""A portrait plastic-card credential in the style of a school's staff ID:
a coloured header with a round logo on the left and the issuer's name and a
one-line address on the right, a photo box, the holder's name and role
centred, then a tight borderless table of colon rows (course, completed,
hours, card number, valid thru). Very small type throughout."""

SOURCE = "NishatChowdhury/IMS:resources/views/admin/staff/card.blade.php"
KIND = "course"
PAPER = "card-portrait"
CATEGORIES = (
    "wallet",
    "portrait",
    "dark-band",
    "table",
    "labelled",
    "provider-in-logo",
    "distractor-date",
)

TEMPLATE = """<style>
.c { position:absolute; inset:0; border:1.5px solid ${hdr}; font-family:${sans}; color:#111; background:#fff }
.hd { height:44px; background:${hdr}; display:flex; align-items:center; padding:0 5px; gap:5px; color:#fff }
.hd i { flex:none; width:32px; height:32px; border-radius:50%; background:#fff; color:${hdr}; font: bold 10px ${cond};
  font-style:normal; display:flex; align-items:center; justify-content:center }
.hd h6 { margin:0; font-size:8.5px; line-height:9.5px; font-weight:bold } .hd p { font-size:5.5px; line-height:7px; opacity:0.95 }
.ph { width:50px; height:58px; margin:6px auto 3px; border:1px solid #999; background:linear-gradient(#d9dde2, #b9c0c8) }
.nm { text-align:center; font-size:10.5px; font-weight:bold; line-height:12px; padding:0 4px }
.rl { text-align:center; font-size:7px; color:#444; margin-bottom:4px }
table { margin:0 7px; border-collapse:collapse; font-size:7px; line-height:8.6px }
td { padding:0.5px 0; vertical-align:top } td.k { white-space:nowrap; padding-right:2px; font-weight:bold } td.s { padding-right:3px }
.bc { position:absolute; left:14px; right:14px; bottom:44px; height:20px; background:repeating-linear-gradient(90deg, #111 0 1px, #fff 1px 3px, #111 3px 5px, #fff 5px 6px) }
.sg { position:absolute; left:14px; right:14px; bottom:17px; border-top:0.8px solid #333; font-size:5.5px; padding-top:1px }
.ft { position:absolute; left:0; right:0; bottom:0; height:12px; background:${hdr}; color:#fff; font-size:5.5px; text-align:center; line-height:12px }
</style>
<div class="c">
 <div class="hd"><i>${initials}</i><div><h6>${org}</h6><p>${addr}</p></div></div>
 <div class="ph"></div>
 <div class="nm">${name}</div>
 <div class="rl">${role}</div>
 <table>
  <tr><td class="k">${l_course}</td><td class="s">:</td><td>${title}</td></tr>
  <tr><td class="k">${l_done}</td><td class="s">:</td><td>${date}</td></tr>
  <tr><td class="k">${l_hours}</td><td class="s">:</td><td>${hours}</td></tr>
  <tr><td class="k">${l_card}</td><td class="s">:</td><td>${card}</td></tr>
  <tr><td class="k">${l_valid}</td><td class="s">:</td><td>${valid}</td></tr>
 </table>
 <div class="bc"></div><div class="sg">${sig_label}</div>
 <div class="ft">${foot}</div>
</div>
"""


def fill(d):
    street, town = d.address()
    org = d.provider()
    words = [w for w in (d.org_alt or org).split() if w[0].isalpha()]
    return {
        "hdr": d.pick(["#c1121f", "#1d3557", "#2d6a4f", "#5b2333", "#003566"]),
        "initials": "".join(w[0] for w in words)[:3].upper(),
        "org": org,
        "addr": f"{street}, {town}",
        "name": d.name(d.pick(["plain", "upper"])),
        "role": d.pick(["Restoration Technician", "Crew Lead", "Mitigation Tech", "Trainee"]),
        "l_course": "Course",
        "title": d.title(d.pick(["plain", "with_code"])),
        "l_done": d.pick(["Completed", "Date"]),
        "date": d.date(d.pick(["us_numeric", "us_short", "dd_mon_yyyy"])),
        "l_hours": d.pick(["Hours", "CEC"]),
        "hours": d.hours_number(),
        "l_card": "Card No",
        "card": d.number(),
        "l_valid": "Valid Thru",
        "valid": d.other_date("expiry", d.pick(["us_numeric", "us_short"])),
        "sig_label": "Holder signature",
        "foot": d.pick(
            ["If found, please return to the issuer", "Not valid without holder's signature"]
        ),
    }
