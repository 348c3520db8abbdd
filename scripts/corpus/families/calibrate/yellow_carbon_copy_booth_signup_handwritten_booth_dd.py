"""The yellow customer copy of a two-part carbonless booth sign-up form,
landscape half sheet: a printed header with the form's title and a "copy"
legend, ruled write-in lines filled by hand in blue ballpoint as carbon
ink (name, certification number, company, e-mail), a row of tick boxes for
what the visit was for (booth registration ticked), a violet date-stamp
impression and a boxed credit figure written in, the staff initials, and a
printed serial number in red."""

SOURCE = (
    "castlamp/zenbership:pp-templates/html/zoid/en/event_ticket.php (boxed title over two "
    "columns of holder and event details); wording: carbonless booth sign-up forms kept "
    "at certification-body booths at cleaning and restoration trade shows"
)
KIND = "booth"
PAPER = "half-letter"
CATEGORIES = (
    "labelled",
    "handwriting",
    "script-name",
    "landscape",
    "carbon-copy",
    "checkbox",
    "stamp",
    "slip",
)

TEMPLATE = """<style>
.p { position:absolute; inset:0; background:${yellow} }
.hd { position:absolute; left:30px; right:30px; top:22px; display:flex; justify-content:space-between; align-items:flex-start }
.hd .t { font: bold 20px ${head}; color:#222 }
.hd .s { font: 11px ${sans}; color:#333; margin-top:2px }
.hd .cp { text-align:right; font: bold 10px ${sans}; letter-spacing:1.5px; color:#333; text-transform:uppercase }
.hd .sn { font: bold 15px ${mono}; color:#c0162c; margin-top:4px }
.ln { position:absolute; left:30px; right:30px; font: 10px ${sans}; color:#333; display:flex; align-items:flex-end; gap:8px; text-transform:uppercase; letter-spacing:.5px }
.ln .u { flex:1; border-bottom:1px solid #555; font: ${hw_px}px ${hand}; color:${ink}; text-transform:none; letter-spacing:0; line-height:1.05; padding-left:8px; opacity:.85 }
.ln .u.nm { font-family:${script} }
.ln .half { flex:none; width:${half_w}px }
.bx { position:absolute; left:30px; top:${bx_top}px; font: 11px ${sans}; color:#222; display:flex; gap:20px }
.bx span { display:flex; align-items:center; gap:5px }
.bx i { display:inline-block; width:14px; height:14px; border:1.3px solid #333; position:relative; font-style:normal }
.bx i.on:after { content:"\\2713"; position:absolute; left:1px; top:-9px; font: 22px ${hand}; color:${ink} }
.cr { position:absolute; right:30px; top:${bx_top}px; border:1.5px solid #333; padding:2px 10px; font: 10px ${sans}; color:#222; text-transform:uppercase }
.cr b { font: 24px ${hand}; color:${ink}; margin-left:6px; text-transform:none }
.cons { position:absolute; left:30px; right:200px; top:312px; font: 10px ${sans}; color:#333; line-height:14px }
.ds { position:absolute; left:${ds_left}px; bottom:${ds_bottom}px; transform:rotate(${ds_rot}deg); color:rgba(94,45,150,.8); border:2px solid rgba(94,45,150,.75);
  padding:3px 10px; font: bold 15px ${mono}; letter-spacing:1px; text-align:center }
.ds span { display:block; font-size:9px; letter-spacing:2px }
.stf { position:absolute; right:30px; bottom:48px; font: 10px ${sans}; color:#333; text-transform:uppercase }
.stf b { font: 26px ${hand}; color:${ink}; text-transform:none; margin-left:6px }
.ft { position:absolute; left:30px; right:30px; bottom:14px; font: 8.5px ${sans}; color:#444; display:flex; justify-content:space-between }
</style>
<div class="p"></div>
<div class="hd"><div><div class="t">${form_title}</div><div class="s">${show_line}</div></div>
 <div class="cp">${copy}<div class="sn">N\u00ba ${serial}</div></div></div>
<div class="ln" style="top:96px"><span>Name</span><span class="u nm">${name}</span></div>
<div class="ln" style="top:140px"><span>${cert_label}</span><span class="u half">${cert}</span><span>Phone</span><span class="u">${phone}</span></div>
<div class="ln" style="top:184px"><span>Company</span><span class="u">${company}</span></div>
<div class="ln" style="top:228px"><span>E-mail</span><span class="u">${email}</span></div>
<div class="bx"><span><i class="on"></i>${title}</span><span><i></i>${opt2}</span><span><i></i>${opt3}</span></div>
<div class="cr">${cr_label}<b>${hours}</b></div>
<div class="cons">${consent}</div>
<div class="ln" style="top:360px;right:330px"><span>Signature</span><span class="u">${sig}</span></div>
<div class="ds"><span>${ds_head}</span>${date}</div>
<div class="stf">${staff_label}<b>${staff}</b></div>
<div class="ft"><span>${ft_left}</span><span>${ft_right}</span></div>
"""

COMPANIES = [
    "Tri-County Restoration",
    "Rapid Dry LLC",
    "Summit Water & Fire",
    "Crown Point Carpet",
    "Evergreen Mitigation",
    "Keystone Cleaning",
    "self-employed",
]


def fill(d):
    r = d.rng
    name = d.name("plain")
    handle = (d.first.split()[0][0] + d.last.replace(" ", "").replace("'", "")).lower()
    staff = d.person()
    return {
        "yellow": d.pick(["#fbf1a9", "#f8ec9a", "#fcf3b8"]),
        "head": d.fonts[d.pick(["sans", "cond"])],
        "hw_px": d.pick([22, 24]),
        "ink": d.pick(["#1f3d9a", "#27408b", "#223a7a"]),
        "half_w": 190,
        "bx_top": 272,
        "ds_left": d.pick([30, 60, 110]),
        "ds_bottom": d.pick([40, 50]),
        "ds_rot": d.pick([-4, -2, 3]),
        "form_title": d.pick(
            ["IICRC Booth Sign-Up", "IICRC Booth Registration Form", "Booth Visit Registration"]
        ),
        "show_line": f"{d.provider()} \u00b7 {d.venue()}",
        "copy": d.pick(["Customer copy", "Registrant copy \u2013 yellow"]),
        "serial": f"{r.randrange(10000, 99999)}",
        "name": name,
        "cert_label": d.pick(["IICRC #", "Cert. #"]),
        "cert": f"{r.randrange(100000, 9999999)}",
        "phone": d.phone(),
        "company": d.pick(COMPANIES),
        "email": f"{handle}@{d.pick(['gmail.com', 'outlook.com', 'yahoo.com'])}",
        "title": d.title("plain"),
        "opt2": d.pick(["Renewal question", "Certification inquiry"]),
        "opt3": d.pick(["Course catalog", "Firm certification info"]),
        "cr_label": d.pick(["CECs", "Credit"]),
        "hours": d.hours_number(),
        "consent": d.pick(
            [
                "I request that booth registration credit be posted to my certification record "
                "and confirm the information above is correct.",
                "By signing I confirm I visited the booth in person. One booth credit per show.",
            ]
        ),
        "sig": f"{d.first.split()[0][0]}. {d.last}",
        "ds_head": d.pick(["RECEIVED", "BOOTH", "REGISTERED"]),
        "date": d.date(d.pick(["us_numeric", "long_upper", "iso"])),
        "staff_label": d.pick(["Staff initials", "Taken by"]),
        "staff": "".join(p[0] for p in staff.split() if p[0].isupper())[:3],
        "ft_left": d.pick(
            [
                "White: IICRC \u00b7 Yellow: registrant",
                "Press firmly \u2013 you are making 2 copies",
            ]
        ),
        "ft_right": d.pick(["Form B-2", "Rev. 3", "Form BR-11"]),
    }
