"""A portrait certificate of participation for one education session at a
convention, with no labels at all: centred stacked lines inside a frame of
a thick coloured rule and a hairline with small square corner ornaments. A
small letter-spaced line with the show's name at the top, a large serif
display word over a smaller italic subtitle, an italic line "this is
presented to", the holder's name large in a script face over a short rule,
then running lines: the session's title in serif italics within quotation
marks, the day written out in words, and the credit in words with figures.
Lower down a pair of laurel-like brackets around a small medallion with
the year, two signature blocks (the session's speaker and the show's
education director, each with a title), and at the very foot a line with
the venue and a verification code."""

SOURCE = (
    "celionatti/plugs:src/Pdf/Templates/certificate.plug.php (outer and inner border, "
    "letter-spaced header, italic sub-heading, 'This is to certify that', underlined "
    "participant name, round seal); wording of convention education certificates "
    "('participated in the education session')"
)
KIND = "session"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "portrait",
    "script-name",
    "sentence",
    "ornate",
    "big-serif-title",
    "date-words",
    "hours-in-sentence",
    "distractor-person",
    "provider-in-logo",
    "tiny-footer",
)

TEMPLATE = """<style>
.o { position:absolute; inset:26px; border:9px solid ${frame} }
.i { position:absolute; inset:44px; border:1px solid ${frame} }
.cn { position:absolute; width:14px; height:14px; background:${frame} }
.c { position:absolute; left:70px; right:70px; top:86px; text-align:center; color:#1b1b1b }
.ev { font: 12px ${sans}; letter-spacing:4px; text-transform:uppercase; color:${frame} }
.big { font: 62px ${display}; line-height:66px; margin-top:48px; color:#151515; letter-spacing:1px }
.sub { font: italic 21px ${serif}; color:#444; margin-top:4px }
.pres { font: italic 16px ${serif}; margin-top:42px; color:#333 }
.nm { display:inline-block; font: 50px ${script}; color:${ink}; margin-top:8px; padding:0 26px 4px; border-bottom:1px solid ${frame}; white-space:nowrap }
.ln { font: 17px ${serif}; margin-top:22px; line-height:27px; color:#222 }
.ti { font: italic bold 22px ${serif}; color:#111; line-height:29px; margin-top:6px }
.med { margin:60px auto 0; display:flex; align-items:center; justify-content:center; gap:8px; color:${frame} }
.med .lf { font: 44px ${serif}; line-height:44px }
.med .ring { width:78px; height:78px; border-radius:50%; border:3px double ${frame}; display:flex; align-items:center; justify-content:center; font: bold 18px ${display}; letter-spacing:1px }
.sg { position:absolute; bottom:104px; width:230px; text-align:center; font-family:${sans} }
.sg .s { font: 26px ${hand}; color:#1d2c6b; height:36px; white-space:nowrap; overflow:hidden }
.sg .l { border-top:1px solid #444; padding-top:4px; font-size:13px }
.sg .r { font-size:11px; color:#555; font-style:italic; margin-top:1px }
.ft { position:absolute; left:0; right:0; bottom:62px; text-align:center; font: 9.5px ${sans}; color:#666; letter-spacing:.5px }
</style>
<div class="o"></div><div class="i"></div>
<div class="cn" style="left:37px;top:37px"></div><div class="cn" style="right:37px;top:37px"></div>
<div class="cn" style="left:37px;bottom:37px"></div><div class="cn" style="right:37px;bottom:37px"></div>
<div class="c">
 <div class="ev">${event}</div>
 <div class="big">${big}</div>
 <div class="sub">${sub}</div>
 <div class="pres">${presented}</div>
 <div class="nm">${name}</div>
 <div class="ln">${lead}</div>
 <div class="ti">&ldquo;${title}&rdquo;</div>
 <div class="ln">${when}<br>${credit}</div>
 <div class="med"><span class="lf">&#10087;</span><div class="ring">${year}</div><span class="lf" style="transform:scaleX(-1)">&#10087;</span></div>
</div>
<div class="sg" style="left:84px"><div class="s">${sig1}</div><div class="l">${sig1}</div><div class="r">${role1}</div></div>
<div class="sg" style="right:84px"><div class="s">${sig2}</div><div class="l">${sig2}</div><div class="r">${role2}</div></div>
<div class="ft">${foot}</div>
"""


def fill(d):
    r = d.rng
    hours = d.hours(d.pick(["words", "words", "words_cec", "cec_hours"]))
    day = d.date(d.pick(["words", "words", "ordinal", "long"]))
    when = f"{d.pick(['held on', 'presented on', 'on'])} {day}"
    if hours.endswith("hours"):
        credit = d.pick([f"and is awarded {hours} of continuing education", f"earning {hours}"])
    else:
        credit = f"{d.pick(['earning', 'for'])} {hours}"
    return {
        "frame": d.pick([d.colors["dark"], d.colors["accent"], "#7b5b16", "#2c4a6b"]),
        "ink": d.pick(["#1a1a1a", d.colors["dark"]]),
        "script": d.fonts["script"].replace(", cursive", ", 'Dancing Script', cursive"),
        "hand": d.fonts["hand"].replace(", cursive", ", 'Dancing Script', cursive"),
        "event": d.provider(),
        "big": d.pick(["Certificate", "Participation", "Recognition"]),
        "sub": d.pick(["of Participation", "in Continuing Education", "of Session Attendance"]),
        "presented": d.pick(
            ["this is presented to", "is hereby presented to", "proudly presented to"]
        ),
        "name": d.name(d.pick(["plain", "plain", "plain", "honorific"])),
        "lead": d.pick(
            [
                "for having participated in the education session",
                "who attended, in full, the conference session",
                "in recognition of attendance at the session",
            ]
        ),
        "title": d.title("plain"),
        "when": when,
        "credit": credit,
        "year": str(d.completed.year),
        "sig1": d.person(),
        "role1": d.pick(["Session Speaker", "Presenter", "Featured Speaker"]),
        "sig2": d.person(),
        "role2": d.pick(["Director of Education", "Education Chair", "Show Director"]),
        "foot": f"{d.venue()} · {d.pick(['Verify at the show office with code', 'Verification code'])} "
        f"{r.randrange(100, 999)}-{r.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}{r.randrange(1000, 9999)}",
    }
