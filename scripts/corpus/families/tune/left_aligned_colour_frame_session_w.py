"""A conference attendance certificate generated with a PDF library and set
flush left on a page filled with one colour round a white panel: a large
bold heading with a certificate number to its right, "This is to certify*
that," the attendee, a sentence naming the session and the show in bold, a
paragraph about the show, "Signed" over a signature, the signer and a two
line role, a row of partner marks along the bottom, a footnote turned on
its side along the right edge, a large graphic on the right half and a
small validation link in colour at the foot."""

SOURCE = "PioneersHub/participation_certificate:src/generate_certificates.py"
KIND = "session"
PAPER = ["a4-landscape", "letter-landscape"]
CATEGORIES = ("landscape", "sentence", "distractor-person", "tiny-footer")

TEMPLATE = """<style>
.bg { position:absolute; inset:0; background:${frame} }
.wp { position:absolute; inset:26px; background:#fff }
.art { position:absolute; right:40px; top:190px; width:430px; height:330px }
.art div { position:absolute; border-radius:50%; border:22px solid ${frame}; opacity:0.16 }
.w { position:absolute; left:60px; top:76px; width:600px; font-family:${face}; color:#111 }
.h { font-size:58px; font-weight:bold; line-height:64px; white-space:nowrap }
.no { position:absolute; left:${no_left}px; top:150px; font: bold 26px ${face}; color:#111 }
.cf { font-size:18px; margin-top:30px }
.nm { font-size:31px; font-weight:bold; margin-top:16px; line-height:36px }
.s1 { font-size:18px; line-height:23px; margin-top:12px; width:560px }
.s2 { font-size:15px; line-height:19px; margin-top:16px; width:520px; color:#222 }
.sg { margin-top:14px; font-size:15px } .sg i { display:block; font: 30px ${sig_font}; color:#1b2a5a; height:42px; margin-left:20px; font-style:normal }
.role { font-size:13px; line-height:16px; margin-top:4px }
.logos { position:absolute; left:60px; bottom:58px; display:flex; gap:12px; align-items:center }
.logos span { border:1.5px solid #777; border-radius:3px; padding:5px 8px; font: bold 11px ${sans}; color:#444; letter-spacing:0.5px }
.rot { position:absolute; right:34px; top:330px; transform-origin:right top; transform:rotate(-90deg); font: 8px ${sans}; color:#333; white-space:nowrap }
.val { position:absolute; left:60px; bottom:36px; font: bold 11px ${sans}; color:${link} }
</style>
<div class="bg"></div><div class="wp"></div>
<div class="art"><div style="left:0;top:40px;width:260px;height:260px"></div><div style="left:150px;top:0;width:200px;height:200px"></div><div style="left:230px;top:150px;width:170px;height:170px"></div></div>
<div class="w">
 <div class="h">${heading}</div>
 <div class="cf">This is to certify* that,</div>
 <div class="nm">${name}</div>
 <div class="s1">${lead} <b>${title}</b> at the <b>${event}</b> ${when} ${date}${credit_part}.</div>
 <div class="s2">${about}<br><br>${run_by}</div>
 <div class="sg">Signed<i>${signer}</i>${signer}</div>
 <div class="role">${role1}<br>${role2}</div>
</div>
<div class="no">No. ${cert_no}</div>
<div class="logos">${logos_html}</div>
<div class="rot">* ${footnote}</div>
<div class="val">${validate} ${web}/attendee-certificate/${uuid}/</div>
"""


def fill(d):
    r = d.rng
    event = d.provider()
    hours = d.hours(d.pick(["cec_hours", "cecs", "hours_title", "hrs"]))
    venue = d.venue()
    uuid = (
        "".join(r.choice("0123456789abcdef") for _ in range(8))
        + "-"
        + "".join(r.choice("0123456789abcdef") for _ in range(4))
    )
    partners = r.sample(
        ["IICRC CEC", "RIA", "CRA", "NORMI", "RestorationEXPO", "IAQA", "WRT Alumni", "SCRT"], 4
    )
    return {
        "frame": d.pick(["#3da433", "#1e6091", "#b5422b", "#6a4c93", "#0b7a75"]),
        "link": d.pick(["#4daadc", "#1e6091", "#2d6a4f"]),
        "face": d.fonts["sans"],
        "sig_font": d.pick(["'Dancing Script', cursive", "'Z003', cursive"]),
        "heading": d.pick(["Certificate of Attendance", "Attendance Certificate"]),
        "no_left": d.pick([560, 600, 640]),
        "cert_no": "".join(r.choice("ABCDEFGHJKMNPQRSTUVWXYZ23456789") for _ in range(7)),
        "name": d.name(d.pick(["plain", "plain", "upper"])),
        "lead": d.pick(
            [
                "has attended the education session",
                "has attended the session",
                "was present for the full session",
            ]
        ),
        "title": d.title("plain"),
        "event": event,
        "when": d.pick(["on", "held"]),
        "date": d.date(d.pick(["long", "dmy_long", "weekday", "ordinal"])),
        "credit_part": d.pick([f", earning {hours}", f" ({hours})", f" for {hours}"]),
        "about": f"The {d.org_alt} brings together restoration contractors, cleaning "
        "technicians and suppliers for three days of classes, panels and an exhibit hall, "
        f"this year at the {venue}.",
        "run_by": d.pick(
            [
                "Sessions are reviewed for continuing education credit by the show's "
                "education committee.",
                "The education program is organised in cooperation with regional trade "
                "associations.",
            ]
        ),
        "signer": d.person(),
        "role1": d.pick(["as Chair of the Education Committee of", "as Show Director of"]),
        "role2": f"the {d.org_alt}",
        "logos_html": "".join(f"<span>{p}</span>" for p in partners),
        "footnote": d.pick(
            [
                "according to our records the attendee's badge was scanned at the door of this session",
                "credit is based on the room monitor's scan at entry and exit",
            ]
        ),
        "validate": d.pick(["Validate this certificate online:", "Verify at"]),
        "web": d.web(),
        "uuid": uuid,
    }
