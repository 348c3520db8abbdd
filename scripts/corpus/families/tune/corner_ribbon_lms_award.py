"""A WordPress LMS block certificate on a stock background: dark corner
ribbons with a thin gold stripe, the school's logo mark centred at the top,
a heavy letter-spaced heading, "Presented to" in a small sans, the learner's
name very large in a script, then the paragraph the site owner typed in the
free-text block (course, date, sometimes the instructor and the credit), and
a wide signature strip with two signers. A certificate ID may sit in a
corner."""

SOURCE = "common-repository/academy:addons/certificates/dummy-certificate/certificate-3.php"
KIND = "course"
PAPER = ["letter-landscape", "a4-landscape"]
CATEGORIES = (
    "landscape",
    "script-name",
    "sentence",
    "ornate",
    "provider-in-logo",
    "distractor-person",
    "hours-in-sentence",
)

TEMPLATE = """<style>
.bg { position:absolute; inset:0; background:${paper} }
.rb1 { position:absolute; left:-60px; top:-60px; width:330px; height:330px; background:${dark}; transform:rotate(45deg) translate(-120px,0) }
.rb1s { position:absolute; left:0; top:0; width:300px; height:300px; background:linear-gradient(135deg, transparent 0 47%, ${gold} 47% 49%, transparent 49% 54%, ${gold} 54% 55%, transparent 55%) }
.rb2 { position:absolute; right:-60px; bottom:-60px; width:330px; height:330px; background:${dark}; transform:rotate(45deg) translate(120px,0) }
.rb2s { position:absolute; right:0; bottom:0; width:300px; height:300px; background:linear-gradient(315deg, transparent 0 47%, ${gold} 47% 49%, transparent 49% 54%, ${gold} 54% 55%, transparent 55%) }
.fr { position:absolute; inset:26px; border:2px solid ${gold} }
.c { position:absolute; left:150px; right:150px; top:58px; text-align:center; color:#2a2a2a }
.lg { display:inline-flex; align-items:center; gap:12px; font: bold 18px ${sans}; color:${dark}; text-align:left; line-height:21px; max-width:420px }
.lg i { width:50px; height:50px; flex:none; background:${gold}; clip-path:polygon(50% 0,100% 38%,82% 100%,18% 100%,0 38%) }
h2 { margin:30px 0 0; font: ${h_weight} ${h_size}px ${heading_face}; letter-spacing:${h_spacing}px; color:${dark}; line-height:${h_line}px }
.pt { margin-top:36px; font: 17px ${sans}; letter-spacing:1px; color:#444 }
.nm { font: ${nm_size}px ${script}; color:${name_color}; line-height:${nm_line}px; margin-top:6px; white-space:nowrap }
.tx { margin:22px auto 0; width:82%; font: 16px ${sans}; line-height:25px; color:#444 }
.tx b { color:#222 }
.sg { position:absolute; left:0; right:0; bottom:70px; display:flex; justify-content:center; gap:110px; font-family:${sans} }
.sg div { width:220px; text-align:center; font-size:13.5px; color:#333 }
.sg .h { font: 26px ${hand}; color:#1a2a55; height:34px; border-bottom:1px solid #555; margin-bottom:5px; white-space:nowrap; overflow:hidden }
.sg b { display:block; font-size:14px }
.id { position:absolute; left:56px; bottom:40px; font: 11px ${sans}; color:#666 }
</style>
<div class="bg"></div><div class="rb1"></div><div class="rb1s"></div><div class="rb2"></div><div class="rb2s"></div><div class="fr"></div>
<div class="c">
 <div class="lg"><i></i><span>${org}</span></div>
 <h2>${heading}</h2>
 <div class="pt">${presented}</div>
 <div class="nm">${name}</div>
 <div class="tx">${text_html}</div>
</div>
<div class="sg">
 <div><div class="h">${s1}</div><b>${s1}</b>${r1}</div>
 <div><div class="h">${s2}</div><b>${s2}</b>${r2}</div>
</div>
<div class="id">${id_line}</div>
"""


def fill(d):
    import html

    org = d.provider()
    title = html.escape(d.title(d.pick(["plain", "plain", "with_code"])))
    date = html.escape(d.date(d.pick(["long", "ordinal", "short_month", "dmy_long", "us_numeric"])))
    instructor = d.person()
    director = d.person()
    hours = None
    if d.chance(0.75):
        hours = html.escape(
            d.hours(d.pick(["cec_hours", "words_cec", "cecs", "hours_title", "ceu_and_cec"]))
        )
    texts = [
        f"for successfully completing the course <b>{title}</b> on {date}",
        f"in recognition of completing <b>{title}</b>, finished on {date}",
        f"who has completed all lessons and the final assessment of <b>{title}</b> on {date}",
    ]
    text = d.pick(texts)
    if hours:
        text += d.pick([f", earning {hours}.", f" ({hours}).", f". Credit awarded: {hours}."])
    else:
        text += "."
    if d.chance(0.5):
        text += f" Instructor: {html.escape(instructor)}."
    name = d.name(d.pick(["plain", "plain", "plain", "honorific"]))
    size = 84 if len(name) < 20 else 70 if len(name) < 26 else 58
    heading = d.pick(
        [
            "CERTIFICATE OF ACHIEVEMENT",
            "CERTIFICATE OF COMPLETION",
            "Certificate of Achievement",
        ]
    )
    upper = heading.isupper()
    return {
        "paper": d.pick(["#fffdf7", "#ffffff", d.colors["light"]]),
        "gold": d.pick(["#c9a13b", "#b8860b", "#d4af37"]),
        "heading_face": d.pick([d.fonts["display"], d.fonts["serif"], "'Old Standard TT', serif"]),
        "h_weight": d.pick(["700", "400"]),
        "h_size": 40 if upper else 50,
        "h_spacing": 3 if upper else 0,
        "h_line": 48 if upper else 58,
        "name_color": d.pick(["#222", d.colors["dark"], "#7a5c12"]),
        "nm_size": size,
        "nm_line": size + 18,
        "org": org,
        "heading": heading,
        "presented": d.pick(
            ["Presented to", "PRESENTED TO", "This certificate is proudly presented to"]
        ),
        "name": name,
        "text_html": text,
        "s1": instructor,
        "r1": d.pick(["Instructor", "Course Instructor", "Lead Instructor"]),
        "s2": director,
        "r2": d.pick(["Director", d.role(), "Program Director"]),
        "id_line": d.pick(
            [
                f"Certificate ID: {d.number()}",
                f"Certificate No. {d.rng.randrange(1000, 99999)}",
                "",
            ]
        ),
    }
