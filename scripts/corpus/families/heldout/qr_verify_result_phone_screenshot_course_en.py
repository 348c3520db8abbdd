"""A phone screenshot, printed on a sheet, of the page a certificate's QR code
opens: the browser's address bar, the issuing school's site header (a dark
band with its initials mark and its name, the only place the school is
named), a green tick with a verified message, then label-and-value rows
(holder, course, completion date, credit, credential id, issued and expiry
dates, status) and a download button. The printer adds a date header and
the address in the page footer."""

SOURCE = (
    "poojamt24/intern-certify:resources/views/certificate/verify-certificate.blade.php "
    "(verified badge over name / id / issued rows) inside the phone frame of "
    "luiscaleni/portfolio:src/Iphone/IOS/CompSystem/CompLockScreen/index.jsx; wording of "
    "training providers' public credential-verification pages"
)
KIND = "course"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "portrait",
    "screenshot",
    "phone-screenshot",
    "dark-band",
    "labelled",
    "provider-in-logo",
    "qr",
    "distractor-date",
)

TEMPLATE = """<style>
.pr { position:absolute; left:34px; right:34px; top:18px; display:flex; justify-content:space-between; font: 10px ${sans}; color:#555 }
.pf { position:absolute; left:34px; right:34px; bottom:18px; display:flex; justify-content:space-between; font: 10px ${sans}; color:#555 }
.ph { position:absolute; left:50%; top:58px; width:390px; height:830px; margin-left:-195px; border:11px solid #151515; border-radius:40px; background:#fff; overflow:hidden; font-family:${sans}; color:#1c1c1c }
.sb { height:32px; display:flex; justify-content:space-between; align-items:center; padding:4px 24px 0; font: bold 13px ${sans} }
.url { margin:2px 12px 8px; background:#eef0f2; border-radius:10px; padding:7px 12px; font: 12.5px ${sans}; color:#333; text-align:center }
.url b { color:#1a7f37; font-weight:normal }
.hd { background:${dark}; color:#fff; padding:12px 16px; display:flex; align-items:center; gap:10px }
.mk { width:36px; height:36px; border:2px solid #fff; border-radius:7px; font: bold 14px ${display}; display:flex; align-items:center; justify-content:center; flex:none }
.hd b { font: bold 15px ${hfont}; line-height:18px }
.ok { text-align:center; padding:18px 16px 6px }
.ok i { display:inline-block; width:48px; height:48px; border-radius:50%; background:#1f9d55; color:#fff; font: bold 30px ${sans}; line-height:48px; font-style:normal }
.ok h2 { margin:8px 0 2px; font: bold 19px ${sans}; color:#1f7a45 }
.ok p { font-size:12px; color:#555; line-height:16px }
.rows { margin:10px 16px 0; border-top:1px solid #e3e3e3 }
.r { padding:8px 2px; border-bottom:1px solid #e3e3e3 }
.r small { display:block; font-size:10.5px; color:#777; text-transform:uppercase; letter-spacing:.6px }
.r span { font-size:14.5px; line-height:19px }
.st { color:#1f7a45; font-weight:bold }
.bt { margin:14px 16px 0; background:${accent}; color:#fff; text-align:center; border-radius:8px; padding:10px; font: bold 14px ${sans} }
.pw { text-align:center; font-size:10px; color:#888; margin-top:10px }
</style>
<div class="pr"><span>${printed}</span><span>${ptitle}</span></div>
<div class="ph">
 <div class="sb"><span>${clock}</span><span>${signal} &#9646;</span></div>
 <div class="url"><b>${host}</b>/${path}</div>
 <div class="hd"><div class="mk">${initials}</div><b>${provider}</b></div>
 <div class="ok"><i>&#10003;</i><h2>${ok_title}</h2><p>${ok_text}</p></div>
 <div class="rows">
  <div class="r"><small>${name_label}</small><span>${name}</span></div>
  <div class="r"><small>${title_label}</small><span>${title}</span></div>
  <div class="r"><small>${date_label}</small><span>${date}</span></div>
  <div class="r"><small>${hours_label}</small><span>${hours}</span></div>
  <div class="r"><small>Credential ID</small><span>${cred}</span></div>
  <div class="r"><small>${issued_label}</small><span>${issued}</span></div>
  <div class="r"><small>${exp_label}</small><span>${expiry}</span> &middot; <span class="st">${status}</span></div>
 </div>
 <div class="bt">${button}</div>
 <div class="pw">${powered}</div>
</div>
<div class="pf"><span>https://${host}/${path}</span><span>1/1</span></div>
"""


def fill(d):
    r = d.rng
    words = [w for w in (d.org_alt or d.org).replace("&", "").split() if w[0].isalpha()]
    slug = "".join(w[0] for w in words).lower()
    code = "".join(r.choice("ABCDEFGHJKMNPQRSTUVWXYZ23456789") for _ in range(8))
    style = d.pick(["us_short", "short_month"])
    return {
        "printed": f"{d.other_date('print', style)}, {r.randrange(1, 12)}:{r.randrange(10, 59)} {d.pick(['AM', 'PM'])}",
        "ptitle": d.pick(["Verify Credential", "Certificate Verification", "Credential Check"]),
        "clock": f"{r.randrange(1, 12)}:{r.randrange(10, 59)}",
        "signal": d.pick(["5G", "LTE", "Wi-Fi"]),
        "host": d.pick([f"verify.{slug}.org", f"{slug}-training.com", f"certs.{slug}.net"]),
        "path": d.pick(["v/", "c/", "credential/"]) + code,
        "initials": "".join(w[0] for w in words)[:3].upper(),
        "hfont": d.fonts[d.pick(["sans", "display", "cond"])],
        "provider": d.provider(),
        "ok_title": d.pick(["Certificate verified", "Valid credential", "Verified"]),
        "ok_text": d.pick(
            [
                "This certificate was issued by the school named above and has not been revoked.",
                "The record below matches our registrar's files.",
            ]
        ),
        "name_label": d.pick(["Holder", "Issued to", "Student"]),
        "name": d.name(d.pick(["plain", "plain", "upper"])),
        "title_label": d.pick(["Course", "Program", "Class"]),
        "title": d.title(),
        "date_label": d.pick(["Completed", "Completion date", "Course end date"]),
        "date": d.date(d.pick(["long", "short_month", "us_numeric", "iso"])),
        "hours_label": d.pick(["Credit", "CE credit", "IICRC CECs"]),
        "hours": d.hours(d.pick(["cec_hours", "cecs", "hours_title", "hrs"])),
        "cred": f"{code[:4]}-{code[4:]}",
        "issued_label": d.pick(["Issued", "Issue date"]),
        "issued": d.other_date("issue", "short_month"),
        "exp_label": d.pick(["Expires", "Valid until"]),
        "expiry": d.other_date("expiry", "short_month"),
        "status": d.pick(["Active", "Valid", "Current"]),
        "button": d.pick(["Download PDF", "View certificate", "Share to LinkedIn"]),
        "powered": d.pick(
            ["Powered by CertTrack", "Verification by CertVault", "© Registrar Online"]
        ),
    }
