"""An auditor-style training certificate: a dark band down the left edge with
CERTIFICATE set vertically in pale capitals, a faint guilloche rosette behind
the text, the school's initials large in the top right over an accent rule,
a left-aligned column (certificate number, "This is to certify that", the
name, the trade company, the programme, the standard it covers, the credit,
a validity block with the completion and expiry dates), the signature and
issuer block on the right, a QR verification strip and fine print."""

SOURCE = "hefnymah/enerphy-certificate:certificate.tex"
KIND = "course"
PAPER = ["a4-portrait", "letter-portrait"]
CATEGORIES = (
    "dark-band",
    "watermark",
    "qr",
    "portrait",
    "tiny-footer",
    "distractor-date",
    "distractor-person",
    "letter-spaced",
)

TEMPLATE = """<style>
.band { position:absolute; left:0; top:0; bottom:0; width:150px; background:${dark} }
.vw { position:absolute; left:75px; top:50%; transform:translate(-50%,-50%) rotate(-90deg); white-space:nowrap;
  font:bold 112px ${sans}; letter-spacing:14px; color:rgba(255,255,255,0.22) }
.gu { position:absolute; left:150px; right:0; top:0; bottom:0;
  background: repeating-radial-gradient(circle at 60% 45%, transparent 0 9px, rgba(30,96,145,0.07) 9px 10px),
  repeating-conic-gradient(from 0deg at 60% 45%, rgba(184,134,11,0.05) 0 3deg, transparent 3deg 7deg) }
.mk { position:absolute; right:48px; top:40px; text-align:right; font:bold 60px ${sans}; color:#aab0b6; letter-spacing:2px }
.mk div { width:150px; height:4px; background:${accent}; margin:4px 0 0 auto }
.w { position:absolute; left:186px; right:60px; top:150px; font-family:${sans}; color:#2d3034 }
.s { font-size:12px; color:#5f646a } .s + .s { margin-top:14px }
.nm { font-size:30px; font-weight:bold; margin:8px 0 4px; color:#1c1e21 }
.co { font-size:13px; line-height:18px }
.ti { font-size:25px; font-weight:bold; margin:10px 0 8px; line-height:30px; color:#1c1e21 }
.sc { font-size:12px; line-height:17px; color:#5f646a; max-width:470px }
.cr { margin-top:16px; font-size:14px; font-weight:bold }
.va { margin-top:22px; font-size:13px; line-height:20px }
.sig { position:absolute; right:60px; top:760px; width:300px; text-align:right; font:12px ${sans}; color:#5f646a }
.sig .h { font:30px ${hand}; color:#1a2a6c; height:40px } .sig .l { border-top:1px solid #5f646a; margin-top:2px; padding-top:3px }
.seal { position:absolute; right:320px; top:752px; width:90px; height:90px; border-radius:50%; border:3px double ${accent};
  color:${accent}; font:bold 10px ${sans}; display:flex; align-items:center; justify-content:center; text-align:center; transform:rotate(-8deg); line-height:12px }
.vs { position:absolute; left:186px; right:60px; bottom:92px; font-family:${sans}; display:flex; gap:14px; align-items:center; border-top:1px solid #b8c4cc; padding-top:10px }
.qr { display:grid; grid-template-columns:repeat(21, 3.5px); grid-auto-rows:3.5px; padding:3px; background:#fff }
.qr i { display:block } .qr i.k { background:#1b1b1b }
.vs b { font-size:12px } .vs div div { font-size:10.5px; color:#5f646a; margin-top:2px }
.fp { position:absolute; left:186px; right:60px; bottom:30px; font:8.5px ${sans}; color:#777; line-height:11px; text-align:center }
</style>
<div class="band"><div class="vw">CERTIFICATE</div></div>
<div class="gu"></div>
<div class="mk">${mark}<div></div></div>
<div class="w">
 <div class="s">Certificate ${cert_no}</div>
 <div class="s">${pre}</div>
 <div class="nm">${name}</div>
 <div class="co">${company}<br>${street}, ${town}</div>
 <div class="s" style="margin-top:14px">${assess}</div>
 <div class="ti">${title}</div>
 <div class="sc">${scheme}</div>
 <div class="cr">${credit_label} ${hours}</div>
 <div class="va">${valid_html}</div>
</div>
<div class="seal">${seal_html}</div>
<div class="sig">${auth}<div class="h">${signer}</div><div class="l">${signer}, ${role}<br><span style="font-size:10.5px">${issuer}<br>${i_street} &middot; ${i_town} &middot; ${phone}</span></div></div>
<div class="vs"><div class="qr">${qr_html}</div><div><b>Authentic training certificate</b><div>Verify at ${web}/verify &mdash; Certificate No. ${cert_no}</div><div>${approval_line}</div></div></div>
<div class="fp">${fine}</div>
"""


def qr_cells(rng) -> str:
    """A 21 x 21 module pattern with the three finder squares of a QR code."""

    def finder(r, c):
        for r0, c0 in ((0, 0), (0, 14), (14, 0)):
            if r0 <= r < r0 + 7 and c0 <= c < c0 + 7:
                rr, cc = r - r0, c - c0
                edge = rr in (0, 6) or cc in (0, 6)
                core = 2 <= rr <= 4 and 2 <= cc <= 4
                return edge or core
        return None

    cells = []
    for r in range(21):
        for c in range(21):
            f = finder(r, c)
            dark = f if f is not None else rng.random() < 0.5
            cells.append('<i class="k"></i>' if dark else "<i></i>")
    return "".join(cells)


def fill(d):
    org = d.provider()
    mark = "".join(w[0] for w in org.replace("&", "").split() if w[0].isupper())[:4]
    street, town = d.address()
    i_street, i_town = d.address()
    while i_street == street:
        i_street, i_town = d.address()
    cert_no = d.number(d.pick(["TRN-", "CERT ", "No. "]))
    date = d.date(d.pick(["dmy_long", "long", "ordinal_dmy"]))
    expiry = d.other_date("expiry", "dmy_long")
    approval = d.approval() if d.chance(0.6) else None
    valid = (
        f"Date of training completion {date}<br>"
        f"This certificate is valid until {expiry}<br>"
        f"Issue 1. Issued {d.other_date('issue', 'dmy_long')}"
    )
    return {
        "mark": mark,
        "cert_no": cert_no,
        "pre": d.pick(["This is to certify that", "This certifies that"]),
        "name": d.name(d.pick(["plain", "plain", "upper"])),
        "company": d.pick(
            [
                "Dry Right Restoration LLC",
                "Premier Cleaning Co.",
                "Tri-City Water Cleanup",
                "Blue Sky Disaster Services",
                "ServiceFirst Restoration, Inc.",
            ]
        ),
        "street": street,
        "town": town,
        "assess": d.pick(
            [
                "has successfully attended and completed the training programme",
                "has attended and passed the assessment of the training programme",
            ]
        ),
        "title": d.title(d.pick(["plain", "with_code", "code_first"])),
        "scheme": d.pick(
            [
                "Training programme covering the relevant sections of ANSI/IICRC S500 and S520, "
                "including practical exercises and a written examination.",
                "Classroom and hands-on programme delivered in accordance with the IICRC "
                "Standards and Reference Guides in force at the date of training.",
            ]
        ),
        "credit_label": d.pick(["Continuing education credit:", "Credit awarded:", ""]),
        "hours": d.hours(d.pick(["cec_hours", "ceu_and_cec", "contact_and_cec", "cecs"])),
        "valid_html": valid,
        "qr_html": qr_cells(d.rng),
        "seal_html": "ACCREDITED<br>TRAINING<br>PROVIDER",
        "auth": d.pick(["Authorised by", "Signed for the issuing body"]),
        "signer": d.person(),
        "role": d.pick(["Training Manager", "Registrar", "Director of Education"]),
        "issuer": org,
        "i_street": i_street,
        "i_town": i_town,
        "phone": d.phone(),
        "web": d.web(),
        "approval_line": f"IICRC course approval {approval}" if approval else "Page 1 of 1",
        "fine": "This certificate remains the property of the issuing body and must be returned on "
        "request. Its authenticity may be verified with the issuing office. Any unauthorised "
        "alteration or falsification of the content of this document is unlawful.",
    }
