"""A conference's session certificate: a dark band with two logos (the
event's emblem left, a partner society's right) and the event's full name in
two lines, then "The program committee of <event> awards this" over a large
"Certificate of Attendance", "to the participant" over the name, and "for
attending the educational session titled:" over the session, with the
speaker, the speaker's company, a track and a session code beside it. The
chair signs bottom left with the date, a QR code sits in the middle, and
the venue and web address run along the foot."""

from corpus import values as V

SOURCE = "ecirli/brucol.be:reg/contact/form/certificate_woutsign__forpdf.php"
KIND = "session"
PAPER = ["a4-landscape", "letter-landscape"]
CATEGORIES = (
    "dark-band",
    "landscape",
    "sentence",
    "distractor-person",
    "distractor-org",
    "qr",
)

TRACKS = [
    "Water Restoration",
    "Mold & Indoor Air",
    "Fire & Smoke",
    "Business & Leadership",
    "Textile Cleaning",
    "Technical Drying",
]
CREDS = ["CR", "WLS", "MWR", "CMH", "ASD", "AMRT", "CIH", "FSRT"]

TEMPLATE = """<style>
.bg { position:absolute; inset:0; background:${light} }
.band { position:absolute; left:0; right:0; top:0; height:126px; background:${dark}; color:#fff; font-family:${sans} }
.lg { position:absolute; top:20px; width:86px; height:86px; border-radius:50%; border:3px solid rgba(255,255,255,.85);
  display:flex; align-items:center; justify-content:center; text-align:center; font: bold 15px ${display}; line-height:16px }
.lg.r { right:44px; font: bold 9px ${sans}; line-height:11px; padding:6px; width:120px; border-radius:8px; height:86px }
.top { position:absolute; left:170px; right:190px; top:24px; text-align:center }
.top .a { font: bold 27px ${display}; letter-spacing:.5px } .top .b { font: 14px ${sans}; opacity:.9; margin-top:6px }
.de1 { position:absolute; left:90px; right:90px; top:178px; text-align:center; font-family:${serif}; color:#222 }
.de1 small { display:block; font-size:16px; color:#555; font-style:italic }
.de1 .cert { display:block; font: bold 46px ${display}; color:${dark}; margin:8px 0 14px }
.de1 h2 { font: 46px ${name_face}; margin:10px 0 22px; color:${accent}; font-weight:normal }
.ttl b { display:block; font: bold 25px ${serif}; margin:8px 70px 10px; line-height:28px; color:#111 }
.ttl .by { font-size:15px } .ttl .meta { font: 13px ${sans}; color:#444; margin-top:6px }
.ttl .thx { display:block; font-size:12.5px; color:#555; margin:18px 120px 0; line-height:17px }
.dir { position:absolute; left:90px; bottom:70px; font-family:${sans}; font-size:13px; line-height:17px }
.dir .sg { font: 26px ${hand}; color:#1c2f7a; line-height:30px } .dir small { color:#666 }
.stamp { position:absolute; left:50%; margin-left:-45px; bottom:56px; text-align:center; font: 9px ${sans}; color:#666 }
.qr { width:90px; height:90px; display:grid; grid-template-columns:repeat(21,1fr); border:4px solid #fff; background:#fff; margin-bottom:3px }
.qr i { display:block } .qr i.k { background:#111 }
.ven { position:absolute; right:80px; bottom:70px; text-align:right; font: 12px ${sans}; color:#333; line-height:17px; max-width:330px }
</style>
<div class="bg"></div>
<div class="band">
 <div class="lg" style="left:44px">${initials}</div>
 <div class="top"><div class="a">${event}</div><div class="b">${band_sub}</div></div>
 <div class="lg r">${partner_html}</div>
</div>
<div class="de1">
 <small>The program committee of ${event_short} awards this</small>
 <span class="cert">${heading}</span>
 <small>to the participant</small>
 <h2>${name}</h2>
 <div class="ttl">
  <small>for attending the educational session titled:</small>
  <b>${quoted_title}</b>
  <div class="by">presented by ${speaker}, ${speaker_creds} (${speaker_company})</div>
  <div class="meta">Track: ${track} &nbsp;·&nbsp; Session ${session_code} &nbsp;·&nbsp; ${hours}</div>
  <span class="thx">${thanks}</span>
 </div>
</div>
<div class="dir">
 <div class="sg">${chair}</div>
 <div>${chair}</div><div>${chair_role}</div>
 <div><i>${date}</i></div>
 <small>(digitally signed)</small>
</div>
<div class="stamp"><div class="qr">${qr_html}</div>(permanently available for download)</div>
<div class="ven">Venue: ${venue}<br>${web}</div>
"""


def _qr(d) -> str:
    cells = []
    for y in range(21):
        for x in range(21):
            finder = any(
                0 <= x - ox < 7 and 0 <= y - oy < 7 for ox, oy in ((0, 0), (14, 0), (0, 14))
            )
            if finder:
                fx, fy = x % 14 if x >= 14 else x, y % 14 if y >= 14 else y
                on = fx in (0, 6) or fy in (0, 6) or (2 <= fx <= 4 and 2 <= fy <= 4)
            else:
                on = d.chance(0.5)
            cells.append('<i class="k"></i>' if on else "<i></i>")
    return "".join(cells)


def fill(d):
    event = d.provider()
    short = d.org_alt or event
    partner = d.pick(V.ASSOCIATIONS)
    company = d.pick([m for m, _ in V.MANUFACTURERS] + [s for s, _ in V.SCHOOLS])
    title = d.title()
    creds = sorted(d.rng.sample(CREDS, d.pick([1, 2, 2, 3])), key=CREDS.index)
    return {
        "initials": "".join(w[0] for w in short.split() if w[0].isupper())[:4],
        "event": event,
        "band_sub": f"{d.city()} · {d.pick(['Education Program', 'Technical Sessions', 'Continuing Education Sessions'])}",
        "partner_html": f"in partnership with<br>{partner}",
        "event_short": short,
        "heading": d.pick(["Certificate of Attendance", "Attendance Certificate"]),
        "name": d.name(d.pick(["plain", "plain", "honorific"])),
        "name_face": d.pick([d.fonts["script"], d.fonts["display"]]),
        "quoted_title": d.pick([f"“{title}”", title]),
        "speaker": d.person(),
        "speaker_creds": ", ".join(creds),
        "speaker_company": company,
        "track": d.pick(TRACKS),
        "session_code": f"{d.pick('WMFBT')}-{d.rng.randrange(101, 340)}",
        "hours": d.hours(d.pick(["iicrc_cec", "cecs", "cec_hours"])),
        "thanks": "Thank you for your participation in this educational program, for sharing your "
        "time, questions and field experience with fellow technicians.",
        "chair": d.person(),
        "chair_role": d.pick(["Chair, Program Committee", "Education Chair", "Conference Chair"]),
        "date": d.date(d.pick(["long", "ordinal", "dmy_long", "weekday"])),
        "qr_html": _qr(d),
        "venue": d.venue(),
        "web": d.web(),
    }
