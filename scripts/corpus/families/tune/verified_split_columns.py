"""A web certificate printed from an online learning platform: a header
strip with the platform's wordmark and the certificate type, a wide left
column ("This is to certify that", the name, the completion phrase, the
course, a line naming the school that offered it) with a row of signatories,
and a narrow right column with the issuer's mark, the issue date and a
valid-certificate ID."""

SOURCE = "openedx/edx-platform:lms/templates/certificates/_accomplishment-rendering.html"
KIND = "course"
PAPER = ["letter-landscape", "a4-landscape"]
CATEGORIES = ("landscape", "sentence", "labelled", "provider-in-logo", "distractor-person")

TEMPLATE = """<style>
.hd { position:absolute; left:0; right:0; top:0; height:64px; border-bottom:1px solid #ccc; display:flex; align-items:center;
  justify-content:space-between; padding:0 44px; font-family:${sans} }
.hd .pl { font: bold 22px ${sans}; color:${dark} } .hd .ty { font-size:13px; letter-spacing:2px; color:#555; text-transform:uppercase }
.main { position:absolute; left:44px; top:150px; width:62%; font-family:${sans}; color:#333 }
.main .i { font-size:19px } .main .n { font: 48px ${face}; color:#111; margin:14px 0 30px; line-height:56px }
.main .c { font-size:17px } .main .t { font: bold 30px ${sans}; color:${dark}; margin:10px 0 26px; line-height:36px }
.main .o { font-size:16px; line-height:23px; color:#444 }
.sigs { position:absolute; left:44px; bottom:80px; width:62%; display:flex; gap:40px; font: 12.5px ${sans} }
.sigs div { flex:1; border-top:1px solid #777; padding-top:5px } .sigs b { display:block; font-size:13.5px }
.side { position:absolute; right:0; top:65px; bottom:0; width:30%; background:${light}; padding:40px 34px; font-family:${sans} }
.lg { width:92px; height:92px; border-radius:8px; background:${dark}; color:#fff; font: bold 26px ${display}; display:flex; align-items:center; justify-content:center }
.org { font: bold 15px ${sans}; margin:12px 0 30px; line-height:20px }
.side .l { font-size:11px; letter-spacing:1.5px; text-transform:uppercase; color:#666; margin-top:18px }
.side .v { font-size:15px; font-weight:bold; margin-top:3px; word-break:break-all }
</style>
<div class="hd"><span class="pl">${platform}</span><span class="ty">${cert_type}</span></div>
<div class="main">
 <div class="i">This is to certify that</div>
 <div class="n">${name}</div>
 <div class="c">${completed}</div>
 <div class="t">${title}</div>
 <div class="o">${offered}</div>
</div>
<div class="sigs"><div><b>${s1}</b>${r1}<br>${org_short}</div><div><b>${s2}</b>${r2}<br>${org_short}</div></div>
<div class="side">
 <div class="lg">${initials}</div>
 <div class="org">${org}</div>
 <div class="l">Issued</div><div class="v">${date}</div>
 <div class="l">${credit_label}</div><div class="v">${hours}</div>
 <div class="l">Valid Certificate ID</div><div class="v">${cert_id}</div>
</div>
"""


def fill(d):
    org = d.provider()
    short = d.org_alt or org
    initials = "".join(w[0] for w in short.replace("&", "").split() if w[0].isupper())[:3]
    hexid = "".join(d.pick("0123456789abcdef") for _ in range(20))
    return {
        "face": d.fonts[d.pick(["serif", "display"])],
        "platform": d.pick(["LearnHub", "TradeSkills Online", "CE Campus", "OpenCourseHub"]),
        "cert_type": d.pick(
            ["Verified Certificate", "Certificate of Achievement", "Professional Certificate"]
        ),
        "name": d.name(d.pick(["plain", "plain", "upper"])),
        "completed": d.pick(
            [
                "successfully completed and received a passing grade in",
                "has completed the requirements of the online course",
            ]
        ),
        "title": d.title(d.pick(["plain", "code_first"])),
        "offered": d.pick(
            [
                f"a course of study offered by {short} through this platform.",
                f"an online course offered by {short}.",
            ]
        ),
        "s1": d.person(),
        "r1": d.role(),
        "s2": d.person(),
        "r2": d.pick(["Course Author", "Subject Matter Expert", "Program Director"]),
        "org_short": short,
        "initials": initials or "CE",
        "org": org,
        "date": d.date(d.pick(["long", "short_month", "dmy_long"])),
        "credit_label": d.pick(["Credit", "Hours", "CE Credit"]),
        "hours": d.hours(d.pick(["hours_title", "cec_hours", "hrs"])),
        "cert_id": hexid,
    }
