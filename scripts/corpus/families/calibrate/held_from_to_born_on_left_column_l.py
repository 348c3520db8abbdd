"""Landscape certificate with a pale left column: the school's mark and
name at its top, the certificate's ID and date of issue as stacked label and
value, and a verification code square at its foot. On the right a large
spaced "CERTIFICATE" over a smaller line, "Presented to" and the name
left-aligned, then one running sentence with no labels: the holder's date of
birth, the course, the days it was held (a range), the school and the
hours. Two signatures with their roles close the page."""

SOURCE = (
    "mehedihassan1603/creative-it:certificate_display.php (ID and issue date stacked at the "
    "left, 'Presented to', one sentence naming the course, its start and end dates and the "
    "institute)"
)
KIND = "course"
PAPER = ["letter-landscape", "a4-landscape"]
CATEGORIES = (
    "landscape",
    "sentence",
    "date-range",
    "provider-in-logo",
    "distractor-person",
    "distractor-date",
    "qr",
    "hours-in-sentence",
)

TEMPLATE = """<style>
.frame { position:absolute; inset:16px; border:1.5px solid ${dark} }
.col { position:absolute; left:16px; top:16px; bottom:16px; width:262px; background:${light}; border-right:6px solid ${accent};
  padding:40px 28px; font-family:${sans}; color:#222 }
.mk { width:70px; height:70px; background:${dark}; color:#fff; font: bold 24px ${display}; display:flex; align-items:center;
  justify-content:center; transform:rotate(45deg); margin:8px 0 30px 14px }
.mk span { transform:rotate(-45deg) }
.on { font: bold 17px ${display}; color:${dark}; line-height:22px; margin-bottom:46px }
.lb { font-size:14px; color:#555 } .vl { font-size:17px; font-weight:bold; margin:3px 0 22px }
.qr { position:absolute; left:28px; bottom:36px; width:96px; height:96px; display:grid; grid-template-columns:repeat(12, 8px) }
.qr i { width:8px; height:8px } .qr i.b { background:#111 }
.qrn { position:absolute; left:134px; bottom:40px; font-size:10px; color:#555; width:110px; line-height:13px }
.r { position:absolute; left:330px; right:64px; top:84px; font-family:${serif}; color:#1c1c1c }
.big { font: bold 62px ${display}; letter-spacing:12px; color:${dark}; line-height:66px }
.sub { font: 19px ${sans}; letter-spacing:7px; text-transform:uppercase; color:${accent}; margin:4px 0 18px }
.rule { width:180px; height:4px; background:${accent}; margin-bottom:44px }
.pt { font-size:22px; font-style:italic } .nm { font: bold 40px ${serif}; margin:6px 0 26px }
.tx { font-size:20px; line-height:34px }
.sg { position:absolute; left:330px; right:64px; bottom:58px; display:flex; justify-content:space-between; font: 14px ${sans} }
.sg div { width:250px; text-align:center; line-height:19px }
.sg .ink { font: 26px ${hand}; color:#203a7a; border-bottom:1px solid #333; height:34px; margin-bottom:4px }
</style>
<div class="frame"></div>
<div class="col">
 <div class="mk"><span>${mark}</span></div>
 <div class="on">${org_logo}</div>
 <div class="lb">${id_label}</div><div class="vl">${cert_id}</div>
 <div class="lb">Date of Issue:</div><div class="vl">${issued}</div>
 <div class="qr">${qr_html}</div><div class="qrn">${qr_note}</div>
</div>
<div class="r">
 <div class="big">CERTIFICATE</div>
 <div class="sub">${sub}</div>
 <div class="rule"></div>
 <div class="pt">Presented to</div>
 <div class="nm">${name}</div>
 <div class="tx">${sentence_html}</div>
</div>
<div class="sg"><div><div class="ink">${ink1}</div>${sig1}<br>${role1}</div><div><div class="ink">${ink2}</div>${sig2}<br>${role2}</div></div>
"""


def fill(d):
    from datetime import date, timedelta
    from html import escape

    from corpus.formats import fmt_date

    org = d.provider()
    short = d.org_alt or org
    mark = "".join(w[0] for w in short.replace("&", " ").split() if w[0].isupper())[:3]
    born = date(1962, 1, 1) + timedelta(days=d.rng.randrange(0, 14600))
    born_text = fmt_date(born, d.pick(["dmy_long", "us_numeric", "long", "dmy_numeric"]))
    name = d.name(d.pick(["plain", "plain", "upper"]))
    title = d.title(d.pick(["plain", "with_code", "code_first"]))
    held = d.date_range(d.pick([1, 2, 2, 3, 4]))
    styles = ["hours_title", "cec_hours", "iicrc_cec"] + (["words"] if d.credit >= 1 else [])
    hours = d.hours(d.pick(styles))
    lead = d.pick(["born on", "born", "date of birth"])

    def nw(text):
        return f'<span style="white-space:nowrap">{escape(text)}</span>'

    sentence = (
        f"{lead} {nw(born_text)}, has successfully completed the <b>{nw(title)}</b> "
        f"course held {nw(held)} at {nw(org)}, "
        f"{d.pick(['comprising', 'a total of', 'for'])} {nw(hours)}."
    )
    cells = "".join('<i class="b"></i>' if d.rng.random() < 0.5 else "<i></i>" for _ in range(144))
    sig1, sig2 = d.person(), d.person()
    return {
        "mark": mark,
        "org_logo": org,
        "id_label": d.pick(["ID No:", "Certificate ID:", "Reg. No:"]),
        "cert_id": d.number(d.pick(["", "CT-"])),
        "issued": d.other_date("issue", d.pick(["dmy_long", "us_numeric", "long"])),
        "qr_html": cells,
        "qr_note": d.pick(["Scan to verify this certificate", "Verify online with the ID"]),
        "sub": d.pick(["of Completion", "of Training", "of Achievement"]),
        "name": name,
        "sentence_html": sentence,
        "ink1": sig1 if d.chance(0.6) else "",
        "sig1": sig1,
        "role1": d.pick(["Course Instructor", "Lead Trainer", "IICRC Approved Instructor"]),
        "ink2": sig2 if d.chance(0.6) else "",
        "sig2": sig2,
        "role2": d.pick(["Managing Director", "Principal", "Director of Education"]),
    }
