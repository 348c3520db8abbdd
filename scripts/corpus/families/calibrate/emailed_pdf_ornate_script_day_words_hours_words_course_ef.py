"""The PDF certificate an online school attaches to its completion e-mail,
A4 landscape: a cream ground inside a thick outer rule and a thin inner
rule with diamond ornaments at the corners, the school's name in small
letter-spaced capitals at the top, a very large serif display word with a
smaller letter-spaced line under it, a certifying phrase, the learner's
name in a script face over a hairline, a phrase naming the online course,
the course title in bold serif, and one running line giving the day in
words and the credit awarded. Foot: two signature blocks with printed
names and titles either side of a round seal, and a small line with the
certificate number and the day the PDF was e-mailed."""

SOURCE = (
    "azuya/CertificateBuilder:templates/default/default.tpl (top and bottom borders, "
    '"this is to certify that", course requirements, the day / month / year spelt out, '
    "signed) and 0xWormh0le/ian-bland-lms:resources/views/certificate-templates/"
    "starter-template.php (LMS PDF certificate: display title, script recipient, course, "
    "date and signature row)"
)
KIND = "course"
PAPER = ["a4-landscape", "letter-landscape"]
CATEGORIES = (
    "ornate",
    "script-name",
    "sentence",
    "date-words",
    "hours-in-sentence",
    "distractor-person",
    "landscape",
    "letter-spaced",
    "big-serif-title",
)

TEMPLATE = """<style>
.bg { position:absolute; inset:0; background:${ground} }
.f1 { position:absolute; inset:22px; border:${outer}px solid ${frame} }
.f2 { position:absolute; inset:36px; border:1px solid ${frame} }
.dm { position:absolute; width:18px; height:18px; background:${frame}; transform:rotate(45deg) }
.c { position:absolute; left:70px; right:70px; top:${top}px; bottom:${c_bottom}px; display:flex; flex-direction:column; justify-content:space-evenly; align-items:center; text-align:center; color:#222; font-family:${serif} }
.c > div { margin-top:0 !important }
.org { font: 13px ${serif}; letter-spacing:5px; text-transform:uppercase; color:${frame} }
.big { font: ${big_px}px ${display}; color:${ink}; line-height:1; margin-top:14px; letter-spacing:1px }
.sub { font: 14px ${sans}; letter-spacing:6px; text-transform:uppercase; color:#555; margin-top:6px }
.p { font-size:16px; font-style:italic; color:#444; margin-top:18px }
.nm { font: ${nm_px}px ${script}; color:${ink}; line-height:1.15; margin:6px auto 0; display:inline-block; border-bottom:1px solid #999; padding:0 40px 4px }
.ti { font: bold 22px ${serif}; color:#111; margin-top:6px }
.ln { font-size:15px; color:#333; margin-top:12px }
.foot { position:absolute; left:90px; right:90px; bottom:${foot_b}px; display:flex; justify-content:space-between; align-items:flex-end; font-family:${serif} }
.sg { width:230px; text-align:center; font-size:13px; color:#222 }
.sg .s { font: 24px ${hand}; color:#233a6b; height:32px }
.sg .r { border-top:1px solid #666; padding-top:4px } .sg small { display:block; color:#555; font-size:11.5px; font-style:italic }
.seal { width:104px; height:104px; border-radius:50%; background:${frame}; color:${ground}; display:flex; align-items:center; justify-content:center; text-align:center; font: bold 10px ${sans}; letter-spacing:1.4px; box-shadow:0 0 0 4px ${ground}, 0 0 0 6px ${frame} }
.tiny { position:absolute; left:0; right:0; bottom:42px; text-align:center; font: 9.5px ${sans}; color:#777 }
</style>
<div class="bg"></div><div class="f1"></div><div class="f2"></div>
<div class="dm" style="left:27px;top:27px"></div><div class="dm" style="right:27px;top:27px"></div>
<div class="dm" style="left:27px;bottom:27px"></div><div class="dm" style="right:27px;bottom:27px"></div>
<div class="c">
 <div class="org">${org}</div>
 <div class="big">${big}</div>
 <div class="sub">${sub}</div>
 <div class="p">${certify}</div>
 <div class="nm">${name}</div>
 <div class="p">${course_phrase}</div>
 <div class="ti">${title}</div>
 <div class="ln">${line}</div>
</div>
<div class="foot">
 <div class="sg"><div class="s">${sig1}</div><div class="r">${signer1}<small>${role1}</small></div></div>
 <div class="seal">${seal_html}</div>
 <div class="sg"><div class="s">${sig2}</div><div class="r">${signer2}<small>${role2}</small></div></div>
</div>
<div class="tiny">${tiny}</div>
"""


def fill(d):
    name = d.name(d.pick(["plain", "plain", "plain", "honorific"]))
    org = d.provider()
    title = d.title(d.pick(["plain", "plain", "with_code"]))
    date = d.date(d.pick(["words", "words", "ordinal", "long"]))
    styles = (
        ["cec_hours", "words_cec", "ceu_and_cec"] if d.credit >= 1 else ["cec_hours", "ceu_and_cec"]
    )
    hours = d.hours(d.pick(styles))
    line = d.pick(
        [
            f"on {date}, and is awarded {hours}",
            f"completed on {date} for {hours}",
            f"on {date} · {hours}",
        ]
    )
    s1, s2 = d.person(), d.person()
    big = d.pick(["Certificate", "Certificate", "Diploma"])
    return {
        "ground": d.pick(["#fbf7ec", "#fdfaf2", "#f7f3e8", "#ffffff"]),
        "frame": d.pick(["#7a5c1e", "#1f3a5f", "#5b2333", "#2f4f3a"]),
        "ink": d.colors["dark"],
        "outer": str(d.pick([6, 8, 10])),
        "top": str(d.pick([62, 70, 78])),
        "big_px": str(d.pick([64, 70, 76])),
        "nm_px": str(46 if len(name) < 26 else 38),
        "foot_b": str(d.pick([66, 72])),
        "c_bottom": str(d.pick([190, 200, 210])),
        "org": org,
        "big": big,
        "sub": d.pick(["of Completion", "of Course Completion", "Online Learning"]),
        "certify": d.pick(
            ["This is to certify that", "This certificate is presented to", "Be it known that"]
        ),
        "name": name,
        "course_phrase": d.pick(
            [
                "has successfully completed the course requirements for the online course",
                "in recognition of completing the self-paced online course",
                "has fulfilled every requirement of the e-learning program",
            ]
        ),
        "title": title,
        "line": line,
        "sig1": s1,
        "signer1": s1,
        "role1": d.pick(["President", "Executive Director", "Chief Executive Officer"]),
        "sig2": s2,
        "signer2": s2,
        "role2": d.pick(["Director of Education", "Lead Instructor", "Online Program Manager"]),
        "seal_html": d.pick(["OFFICIAL<br>SEAL", "ONLINE<br>LEARNING", "CE<br>APPROVED"]),
        "tiny": d.pick(
            [
                f"Certificate No. {d.number()} · e-mailed {d.other_date('issue')}",
                f"Certificate {d.number('No. ')} · issued {d.other_date('issue')} · keep this PDF for your records",
            ]
        ),
    }
