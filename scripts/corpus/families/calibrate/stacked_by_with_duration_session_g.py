"""A landscape attendance certificate with a logo at each top corner and every
line centred and spread evenly down the page: a large bold heading, the
attendee in the same large size, then "has attended" with the kind of event,
the talk and the organiser in one bold line, the speaker and the day on the
next, the length in hours on its own line, and "Signed by" over a signature,
the signer's name and position."""

SOURCE = (
    "EcologyR/labeleR:inst/rmarkdown/templates/attendance_EN/skeleton/skeleton.Rmd "
    "(LaTeX via R Markdown: left and right pictures with \\hfill, \\vfill between 40pt "
    "heading, 40pt name, 'has attended to: type - title (organiser)', 'by: speaker with "
    "date: date', 'and a duration of N hour(s).', 'Signed by:' signature, signer, position)"
)
KIND = "session"
PAPER = ["a4-landscape", "letter-landscape"]
CATEGORIES = (
    "sentence",
    "landscape",
    "provider-in-logo",
    "distractor-person",
    "hours-in-sentence",
    "two-logos",
)

TEMPLATE = """<style>
.w { position:absolute; inset:28px 64px 36px; display:flex; flex-direction:column; align-items:center; justify-content:space-between; text-align:center; font-family:${body}; color:#111 }
.top { align-self:stretch; display:flex; justify-content:space-between; align-items:flex-start; height:140px }
.lp { width:150px; height:140px; border-radius:${lr}; background:${dark}; color:#fff; display:flex; flex-direction:column; align-items:center; justify-content:center; padding:10px; font: bold 15px ${sans}; line-height:18px }
.lp small { font: 10.5px ${sans}; letter-spacing:1.5px; margin-top:6px; opacity:0.85; text-transform:uppercase }
.rp { width:140px; height:140px; border-radius:50%; border:5px solid ${accent}; color:${accent}; display:flex; flex-direction:column; align-items:center; justify-content:center; font: bold 13px ${sans}; line-height:16px }
.rp b { font-size:26px; line-height:30px }
.hd { font: bold 50px ${body}; line-height:56px }
.nm { font: 50px ${body}; line-height:56px }
.l { font-size:21px; line-height:28px; max-width:960px }
.l b { font-weight:bold }
.sg { font: 30px ${hand}; color:#1c2c66; height:40px }
</style>
<div class="w">
 <div class="top"><div class="lp">${provider}<small>${lp_sub}</small></div><div class="rp">${rp_html}</div></div>
 <div class="hd">${heading}</div>
 <div class="nm">${name}</div>
 <div class="l">${attended} <b>${type} - ${title} (${org_again})</b></div>
 <div class="l">${by} ${speaker} ${with_date} ${date}</div>
 <div class="l">${duration} ${hours} ${unit}.</div>
 <div class="l">${signed_by}</div>
 <div><div class="sg">${signer}</div><div class="l">${signer}</div><div class="l">${role}</div></div>
</div>
"""


def fill(d):
    provider = d.provider()
    hours_words = d.credit >= 1 and d.chance(0.3)
    if hours_words:
        from corpus.formats import fmt_number, number_words

        text = f"{number_words(d.credit)} ({fmt_number(d.credit, d.rng, False)})"
        d.put("hours", float(d.credit), text)
        hours = text
    else:
        hours = d.hours_number()
    return {
        "body": d.pick([d.fonts["serif"], d.fonts["serif"], d.fonts["sans"]]),
        "lr": d.pick(["0", "12px", "50%"]),
        "provider": provider,
        "lp_sub": d.pick(["Education Program", "Annual Meeting", "Seminar Series"]),
        "rp_html": d.pick(
            [
                "IICRC<br><b>CEC</b>APPROVED",
                "<b>CE</b>CREDIT<br>SESSION",
                "APPROVED<br><b>CE</b>PROVIDER",
            ]
        ),
        "heading": d.pick(
            ["Certificate of attendance", "Certificate of Attendance", "Attendance certificate"]
        ),
        "name": d.name(d.pick(["plain", "plain", "upper"])),
        "attended": d.pick(["has attended to:", "has attended:", "attended the"]),
        "type": d.pick(["Seminar", "Session", "Workshop", "Talk", "Technical session"]),
        "title": d.title("plain"),
        "org_again": provider,
        "by": d.pick(["by:", "presented by", "given by:"]),
        "speaker": d.person(),
        "with_date": d.pick(["with date:", "on", "on date:"]),
        "date": d.date(d.pick(["long", "dmy_long", "us_numeric", "iso", "weekday", "ordinal"])),
        "duration": d.pick(["and a duration of", "with a duration of", "for a total of"]),
        "hours": hours,
        "unit": d.pick(["hour(s)", "hours", "CEC hour(s)"]),
        "signed_by": d.pick(["Signed by:", "Signed:", "Certified by:"]),
        "signer": d.person(),
        "role": d.pick(
            [
                "Education Committee Chair",
                "Conference Secretary",
                "Program Coordinator",
                "Show Director",
            ]
        ),
    }
