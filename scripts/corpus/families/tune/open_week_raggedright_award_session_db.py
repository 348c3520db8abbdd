"""An institute's participation certificate on a tinted background: an emblem
and the host named in a bold coloured line across the top, the programme
in magenta, a spaced calligraphic "Certificate of Participation", then a
ragged-right, double-spaced paragraph awarding it to the named attendee
from their company for attending a session, where and when, the credit on
its own line and the director's rule at the bottom left."""

SOURCE = "debadutta-patra/certificates:certificate.tex"
KIND = "session"
PAPER = ["a4-landscape", "letter-landscape"]
CATEGORIES = ("sentence", "landscape", "distractor-person", "letter-spaced")

TEMPLATE = """<style>
.bg { position:absolute; inset:0; background: radial-gradient(ellipse at 50% 40%, #fff 0 45%, ${light} 70%, #e6dcc8 100%) }
.fr { position:absolute; inset:26px; border:2px solid ${accent}; border-radius:6px }
.w { position:absolute; inset:66px 96px 60px; display:flex; flex-direction:column; font:21px 'Times New Roman', ${serif}; color:#111 }
.hd { display:flex; align-items:center; gap:24px } .em { width:92px; height:92px; flex:none; border-radius:50%; background:${dark}; color:#fff;
  font:bold 14px ${sans}; display:flex; align-items:center; justify-content:center; text-align:center; line-height:16px }
.hd .o { font-size:27px; font-weight:bold; color:#7a2a8a; line-height:32px }
.pg { text-align:center; color:#c0188a; font-weight:bold; font-size:20px; margin-top:22px }
.ti { text-align:center; color:#1b3fa8; font:italic bold 30px ${serif}; letter-spacing:6px; margin-top:8px }
.tx { margin-top:38px; line-height:44px; text-align:left }
.tx .n { color:#a0206a; font-weight:bold } .tx .c { color:#1d2f6a; font-weight:bold } .tx .e { color:#b00; }
.cr { font-size:18px; margin-top:6px }
.sp { flex:1 }
.sg { width:250px; text-align:center; font-size:16px; line-height:21px } .sg .l { border-top:1px solid #000; margin-bottom:3px }
</style>
<div class="bg"></div><div class="fr"></div>
<div class="w">
 <div class="hd"><div class="em">${emblem_html}</div><div class="o">${org}</div></div>
 <div class="pg">${program}</div>
 <div class="ti">${heading}</div>
 <div class="tx">${lead} <span class="n">${name}</span> from <span class="c">${company}</span> for attending the session
  &ldquo;${title}&rdquo;, ${organised} <span class="e">${venue}, ${date}</span>.</div>
 <div class="cr">${hours_line}</div>
 <div class="sp"></div>
 <div class="sg"><div class="l"></div>${director}<br>(${director_role})</div>
</div>
"""


def fill(d):
    org = d.provider()
    hours = d.hours(d.pick(["cec_hours", "credit_hours", "iicrc_cec", "cecs_colon"]))
    return {
        "emblem_html": d.pick(["CE<br>EXPO", "LEARN<br>&amp; EARN", "EDU"]),
        "org": org,
        "program": d.pick(
            ["Open Education Sessions", "Show Floor Classroom", "Technical Seminar Day"]
        ),
        "heading": d.pick(
            [
                "CERTIFICATE OF PARTICIPATION",
                "CERTIFICATION OF PARTICIPATION",
                "CERTIFICATE OF ATTENDANCE",
            ]
        ),
        "lead": d.pick(
            ["We are pleased to award this certificate to", "This certificate is awarded to"]
        ),
        "name": d.name(d.pick(["plain", "plain", "honorific"])),
        "company": d.pick(
            [
                "ServiceFirst Restoration, Inc.",
                "Dry Right Restoration",
                "Keystone Carpet Care",
                "Tri-City Water Cleanup",
            ]
        ),
        "title": d.title("plain"),
        "organised": d.pick(["held at", "presented at"]),
        "venue": d.venue(),
        "date": d.date(d.pick(["long", "dmy_long", "ordinal", "long_upper"])),
        "hours_line": hours,
        "director": d.person(),
        "director_role": d.pick(["Director", "Education Director", "Convener"]),
    }
