"""Not a training record: the welcome letter a trade association mails to a
new member, printed on a card carrier, portrait: the upper two thirds are
a letter and the lower third holds the plastic membership card glued in
a die-cut frame. A light-on-colour header band with the association's
name and "Welcome" in a script face; the member's mailing block and the
letter date; "Dear" the member, a paragraph of welcome with the
membership class and the days the membership runs from and to, the
member number in bold, a short bullet list of benefits (one of them
member pricing on approved continuing-education classes, another the
convention), the membership director's signature; then a perforation
line, "Your membership card" and a short instruction, and the card
itself (a coloured band with the association's initials, "MEMBER", the
member's name, the company, member number and the expiry, and a magnetic
stripe strip on the card's edge). Nothing on it is a course, a completion
or an earned credit."""

SOURCE = (
    "Insytive/action_app:templates/email/text/welcome_member_email.php (a welcome on joining: "
    "'You have officially registered ... as a member', 'Your membership number is', what it "
    "gives access to) and code4pay/wrsc_membership:resources/views/membership_renewal/pdf/"
    "membership_renewal.blade.php (a printed member letter with the association's letterhead, "
    "member number and name heading the letter)"
)
KIND = "other"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "other",
    "letter",
    "portrait",
    "wallet",
    "dark-band",
    "labelled",
    "sentence",
    "address",
    "provider-in-logo",
    "distractor-person",
    "distractor-date",
)

TEMPLATE = """<style>
.hb { position:absolute; left:0; right:0; top:0; height:112px; background:${band}; color:#fff; display:flex; align-items:center;
  justify-content:space-between; padding:0 64px }
.hb .o { font: bold 19px ${head}; letter-spacing:1px; line-height:23px; max-width:420px }
.hb .o small { display:block; font: 11px ${sans}; letter-spacing:2px; text-transform:uppercase; opacity:.85; font-weight:normal }
.hb .wl { font: ${wl_px}px ${script}; color:${accent_lt}; line-height:1 }
.w { position:absolute; left:72px; right:72px; top:146px; font: 15px ${body}; color:#1e1e1e; line-height:23px }
.top { display:flex; justify-content:space-between; align-items:flex-start }
.to { line-height:21px }
.p { margin-top:14px; text-align:${align} }
.p b { font-family:${sans} }
ul { margin:8px 0 0; padding-left:22px } li { margin:2px 0 }
.sg .h { font: 30px ${hand}; color:#1d2f6a; line-height:38px; white-space:nowrap; margin-top:4px }
.pf { position:absolute; left:0; right:0; top:${pf_top}px; border-top:2px dotted #999 }
.cz { position:absolute; left:72px; right:72px; top:${cz_top}px; display:flex; gap:34px; align-items:center }
.cz .tx { flex:1; font: 12.5px ${sans}; color:#444; line-height:18px }
.cz .tx b { display:block; font: bold 15px ${sans}; color:${band}; margin-bottom:4px }
.fr { width:344px; height:224px; border:1px dashed #aaa; border-radius:16px; padding:10px; flex:none }
.cd { width:324px; height:204px; border-radius:11px; background:${card_bg}; overflow:hidden; position:relative; font: 9px ${sans};
  color:#1a1a1a; box-shadow: 0 1px 3px rgba(0,0,0,.3) }
.cd .bd { height:52px; background:${band}; color:#fff; display:flex; align-items:center; gap:8px; padding:0 12px }
.cd .bd .mk { width:34px; height:34px; border-radius:50%; background:${accent}; font: bold 8.5px ${head}; flex:none; display:flex; align-items:center; justify-content:center }
.cd .bd b { font: bold 10px ${sans}; line-height:12px }
.cd .mm { position:absolute; right:12px; top:60px; font: bold 10px ${sans}; letter-spacing:3px; color:${accent} }
.cd .nm { position:absolute; left:14px; top:64px; font: bold 14px ${sans} }
.cd .co { position:absolute; left:14px; top:84px; font-size:9.5px; color:#444 }
.cd .gr { position:absolute; left:14px; right:14px; top:108px; display:flex; gap:14px; font: bold 9.5px ${sans} }
.cd .gr span { display:block; font-weight:normal; font-size:7px; color:#666; text-transform:uppercase; letter-spacing:.6px }
.cd .ms { position:absolute; left:0; right:0; bottom:16px; height:26px; background:#222 }
.ft { position:absolute; left:0; right:0; bottom:22px; text-align:center; font: 10.5px ${sans}; color:#777 }
</style>
<div class="hb"><div class="o">${assoc}<small>${tagline}</small></div><div class="wl">${welcome}</div></div>
<div class="w">
 <div class="top"><div class="to">${member}<br>${company}<br>${r_street}<br>${r_town}</div><div>${letter_date}</div></div>
 <div class="p">Dear ${salutation},</div>
 <div class="p">${p1_html}</div>
 <div class="p">${p2}</div>
 <ul>${benefits_html}</ul>
 <div class="p">${p3}</div>
 <div class="sg"><div class="h">${signer}</div>${signer}<br>${signer_role}</div>
</div>
<div class="pf"></div>
<div class="cz">
 <div class="tx"><b>${card_head}</b>${card_note}</div>
 <div class="fr"><div class="cd">
  <div class="bd"><div class="mk">${initials}</div><b>${assoc}</b></div>
  <div class="mm">MEMBER</div>
  <div class="nm">${member}</div><div class="co">${company}</div>
  <div class="gr"><div><span>Member no.</span>${number}</div><div><span>Class</span>${cls}</div><div><span>Expires</span>${expires}</div></div>
  <div class="ms"></div>
 </div></div>
</div>
<div class="ft">${street} · ${town} · ${phone}</div>
"""

COMPANIES = [
    "Rapid Dry Restoration LLC",
    "BlueLine Carpet Care",
    "Apex Water & Fire Inc.",
    "Heritage Rug Works",
    "Summit Peak Restoration",
    "Clearwater Cleaning Co.",
]
BENEFITS = [
    "Member pricing on approved CEC classes and webinars",
    "Discounted registration for the annual convention",
    "Listing in the online Find-a-Restorer directory",
    "The quarterly newsletter and the members-only forum",
    "Group rates on liability insurance and fuel cards",
    "A vote at the annual meeting of the membership",
]


def fill(d):
    import html
    from datetime import date

    from corpus import formats as F
    from corpus import values as V

    e = html.escape
    assoc = d.pick(V.ASSOCIATIONS)
    words = [w for w in assoc.replace("&", "").split() if w[0].isupper()]
    initials = "".join(w[0] for w in words)[:4]
    member = d.person()
    first = member.split(" ")[0]
    cls = d.pick(["Technician", "Company", "Associate", "Student"])
    start = d.completed
    end = date(start.year + 1, start.month, 1)
    fmt = d.pick(["long", "short_month", "us_numeric"])
    number = d.number(d.pick(["", "M-", "#"]))
    p1_html = (
        f"Welcome to the {e(assoc)}! Thank you for joining us as a <b>{e(cls)} Member</b>. "
        f"Your membership is active from {e(F.fmt_date(start, fmt))} through "
        f"{e(F.fmt_date(end, fmt))}, and your member number is <b>{e(number)}</b>."
    )
    benefits = d.rng.sample(BENEFITS, d.pick([3, 4]))
    if BENEFITS[0] not in benefits:
        benefits[0] = BENEFITS[0]
    benefits_html = "".join(f"<li>{e(b)}</li>" for b in benefits)
    street, town = d.address()
    r_street, r_town = d.address()
    expires = (
        F.fmt_date(end, "us_numeric") if d.chance(0.5) else f"{end.month:02d}/{end.year % 100:02d}"
    )
    pf_top = d.pick([730, 748])
    return {
        "band": d.pick(["#1f3a5f", "#0b3d2e", "#4a1c40", "#123c69", "#5b2333", "#2f2f2f"]),
        "accent": d.pick(["#c9a227", "#d08c1f", "#4fa3d1", "#7bb661"]),
        "accent_lt": d.pick(["#f3dc8a", "#ffffff", "#d9ecf7"]),
        "card_bg": d.pick(["#ffffff", "#f7f4ec", "#eef3f8"]),
        "body": d.fonts[d.pick(["serif", "sans"])],
        "head": d.fonts[d.pick(["serif", "sans", "display"])],
        "script": d.fonts["script"].replace(", cursive", ", 'Dancing Script', cursive"),
        "wl_px": d.pick([46, 52]),
        "welcome": d.pick(["Welcome!", "Welcome aboard", "Welcome"]),
        "assoc": assoc,
        "tagline": d.pick(["Member services", "Serving the trade since 1984", "New member kit"]),
        "member": member,
        "company": d.pick(COMPANIES),
        "r_street": r_street,
        "r_town": r_town,
        "letter_date": F.fmt_date(start, d.pick(["long", "dmy_long", "short_month"])),
        "salutation": d.pick([first, member]),
        "align": d.pick(["left", "justify"]),
        "p1_html": p1_html,
        "p2": d.pick(
            [
                "As a member you can take advantage of these benefits right away:",
                "Here are a few things your membership includes:",
            ]
        ),
        "benefits_html": benefits_html,
        "p3": d.pick(
            [
                "Log in to the member portal with your member number to update your listing. "
                "We look forward to seeing you at a chapter meeting soon.",
                "Your card is attached below. If any of the details on it are wrong, call the "
                "membership office and we will send a new one.",
            ]
        ),
        "signer": d.person(),
        "signer_role": d.pick(["Membership Director", "Member Services Manager", "President"]),
        "pf_top": pf_top,
        "cz_top": pf_top + 26,
        "card_head": d.pick(["Your membership card", "Member card enclosed"]),
        "card_note": d.pick(
            [
                "Peel the card from the carrier and keep it in your wallet. Show it at the "
                "registration desk for member pricing.",
                "Detach along the perforation. Sign the back of your card.",
            ]
        ),
        "initials": initials,
        "number": number,
        "cls": cls,
        "expires": expires,
        "street": street,
        "town": town,
        "phone": d.phone(),
    }
