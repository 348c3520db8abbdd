"""A participation certificate from a department's seminar-series template:
a logo at each end of a centred heading block (the programme line, the
show's education track in colour, the credit in brackets), "Certificate of
Participation" in the accent colour, then a double-spaced centred statement
with the date first, the name alone on its line and the session, and one
organiser's signature rule at the bottom right."""

SOURCE = "KULeuven-KRR/Certificate:certificate.tex"
KIND = "session"
PAPER = ["a4-landscape", "letter-landscape"]
CATEGORIES = ("sentence", "landscape", "distractor-person", "hours-in-sentence")

TEMPLATE = """<style>
.w { position:absolute; inset:60px 70px 56px; display:flex; flex-direction:column; font-family:'TeX Gyre Pagella', ${serif}; color:#111 }
.top { display:flex; align-items:center; justify-content:space-between; gap:18px }
.lg { width:132px; height:88px; flex:none; border:2px solid ${dark}; color:${dark}; font:bold 13px ${sans}; display:flex; align-items:center;
  justify-content:center; text-align:center; padding:6px; line-height:15px }
.lg.r { border-radius:50%; width:96px; height:96px; background:${light} }
.hd { flex:1; text-align:center; line-height:30px }
.hd .a { font-size:25px; font-weight:bold } .hd .b { font-size:20px; font-weight:bold; color:${accent} } .hd .c { font-size:22px }
.cp { text-align:center; font-size:23px; font-weight:bold; color:${accent}; margin-top:22px }
.tx { flex:1; display:flex; align-items:center; justify-content:center; text-align:center; font-size:20px; line-height:46px }
.tx b { font-size:24px } .tx .s { font-weight:bold; color:${dark} }
.sg { align-self:flex-end; width:300px; text-align:center; border-top:0.5px solid #000; padding-top:4px; font-size:15px; line-height:20px }
</style>
<div class="w">
 <div class="top"><div class="lg">${logo_l_html}</div>
  <div class="hd"><div class="a">${org}</div><div class="b">${track}</div><div class="c">${series} ${credit_hint}</div></div>
  <div class="lg r">${logo_r_html}</div></div>
 <div class="cp">${heading}</div>
 <div class="tx"><div>${lead} ${date}<br><b>${name}</b><br>${verb} <span class="s">${title}</span>${hours_part}.</div></div>
 <div class="sg">${organiser}<br>${organiser_role}</div>
</div>
"""


def fill(d):
    org = d.provider()
    hours = d.hours(d.pick(["cec_hours", "cecs", "hours_title", "hrs"]))
    in_sentence = d.chance(0.6)
    return {
        "logo_l_html": d.pick(["Education Program", "Learning Lab", "CE Track"]),
        "logo_r_html": d.pick(["IICRC<br>CEC", "Approved<br>CE", "Session<br>Scan"]),
        "org": org,
        "track": d.pick(
            [
                "Technical Education Track",
                "Restoration Education Sessions",
                "Learning Theater Series",
            ]
        ),
        "series": d.pick(["Seminar Series", "Education Sessions", "Classroom Program"]),
        "credit_hint": "" if in_sentence else f"({hours})",
        "heading": d.pick(
            ["Certificate of Participation", "Certificate of Attendance", "Attendance Certificate"]
        ),
        "lead": d.pick(["This is to certify that on", "This certifies that on"]),
        "date": d.date(d.pick(["long", "weekday", "ordinal", "dmy_long"])),
        "name": d.name(d.pick(["plain", "plain", "upper", "honorific"])),
        "verb": d.pick(
            [
                "has participated in the session",
                "attended the education session",
                "was present for the full session",
            ]
        ),
        "title": d.title("plain"),
        "hours_part": f", earning {hours}" if in_sentence else "",
        "organiser": f"{d.pick(['Dr. ', 'Prof. ', ''])}{d.person()}",
        "organiser_role": d.pick(["Organiser", "Education Chair", "Session Moderator"]),
    }
