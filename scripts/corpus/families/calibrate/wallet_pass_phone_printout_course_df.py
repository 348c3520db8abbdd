"""A phone screen printed on plain paper: a digital wallet pass for a
completed course, with the school's name beside its logo in the pass header,
a coloured strip with the course, the holder as the primary field, secondary
fields for date and CECs, a barcode, and the phone's status bar above."""

SOURCE = (
    "aleksandr-vin/PKPassCreator:de_klimmuur.py (generic wallet pass: organizationName, header, "
    "primary, secondary and auxiliary fields, barcode with alt text)"
)
KIND = "course"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = ("portrait", "provider-in-logo", "labelled", "barcode", "dark-band", "screenshot")

TEMPLATE = """<style>
.ph { position:absolute; left:50%; top:60px; width:330px; height:700px; margin-left:-165px; border:10px solid #1b1b1b; border-radius:36px; background:#ececec; overflow:hidden; font-family:${sans} }
.sb { height:28px; display:flex; justify-content:space-between; padding:7px 20px 0; font: bold 12px ${sans}; color:#111 }
.nav { display:flex; justify-content:space-between; padding:4px 14px; font-size:13px; color:#1e6091 }
.ps { margin:8px 12px; background:${dark}; border-radius:12px; color:#fff; padding:12px 14px 14px }
.ph1 { display:flex; justify-content:space-between; align-items:center }
.lo { display:flex; align-items:center; gap:7px; font: bold 12.5px ${sans}; max-width:200px; line-height:14px }
.lo i { width:26px; height:26px; flex:none; border-radius:6px; background:${accent}; display:block }
.hf { text-align:right; font-size:9px; letter-spacing:.5px; opacity:.85 } .hf b { display:block; font-size:13px; opacity:1 }
.strip { margin:12px -14px 0; background:rgba(255,255,255,.14); padding:10px 14px; font: bold 17px ${sans}; line-height:21px }
.lb { font-size:9px; letter-spacing:.8px; text-transform:uppercase; opacity:.8 }
.pf { margin-top:12px } .pf .v { font-size:20px; font-weight:bold; line-height:24px }
.sf { display:flex; justify-content:space-between; margin-top:12px } .sf .v { font-size:14px; font-weight:bold }
.bc { margin:16px auto 0; width:220px; background:#fff; border-radius:6px; padding:8px 10px 5px; text-align:center; color:#111; font: 10px ${mono} }
.bars { height:46px; margin-bottom:4px; background:${bars} }
.note { margin:10px 18px; font-size:11px; color:#555; text-align:center }
.hdr { position:absolute; left:40px; right:40px; top:22px; display:flex; justify-content:space-between; font: 10px ${sans}; color:#555 }
.ftr { position:absolute; left:40px; right:40px; bottom:22px; display:flex; justify-content:space-between; font: 10px ${sans}; color:#555 }
</style>
<div class="hdr"><span>${print_date}</span><span>IMG_${img}.PNG</span></div>
<div class="ph">
 <div class="sb"><span>${clock}</span><span>&#9679;&#9679;&#9679; LTE 82%</span></div>
 <div class="nav"><span>&lsaquo; Wallet</span><span>Done</span></div>
 <div class="ps">
  <div class="ph1"><div class="lo"><i></i>${school}</div><div class="hf">${hf_label}<b>${hours}</b></div></div>
  <div class="strip"><div class="lb">Course</div>${course}</div>
  <div class="pf"><div class="lb">${holder_label}</div><div class="v">${name}</div></div>
  <div class="sf"><div><div class="lb">${date_label}</div><div class="v">${date}</div></div><div style="text-align:right"><div class="lb">Credential</div><div class="v">${cred}</div></div></div>
  <div class="bc"><div class="bars"></div>${serial}</div>
 </div>
 <div class="note">Pass updated ${updated}. Tap &#9432; for details.</div>
</div>
<div class="ftr"><span>1 of 1</span><span>Printed from Photos</span></div>
"""


def _bars(rng):
    stops, x = [], 0
    while x < 100:
        w = rng.choice([0.8, 1.2, 1.6, 2.4])
        stops.append(
            f"#000 {x:.1f}% {x + w:.1f}%, transparent {x + w:.1f}% {x + w + rng.choice([0.8, 1.4, 2]):.1f}%"
        )
        x += w + 2
    return "linear-gradient(90deg, " + ", ".join(stops) + ")"


def fill(d):
    return {
        "print_date": d.other_date("print", "us_short"),
        "img": str(d.rng.randrange(1000, 9999)),
        "clock": d.pick(["9:41", "2:17", "7:05", "11:32"]),
        "school": d.provider(),
        "hf_label": d.pick(["CECS", "CEC HOURS", "CREDIT"]),
        "hours": d.hours_number(),
        "course": d.title(),
        "holder_label": d.pick(["Technician", "Student", "Name"]),
        "name": d.name(d.pick(["plain", "upper"])),
        "date_label": d.pick(["Completed", "Date", "Course date"]),
        "date": d.date(d.pick(["short_month", "long", "us_numeric"])),
        "cred": d.code or "CE",
        "serial": d.number(),
        "bars": _bars(d.rng),
        "updated": d.other_date("issue", "short_month"),
    }
