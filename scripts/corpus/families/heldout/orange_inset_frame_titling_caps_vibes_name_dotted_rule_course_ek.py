"""A certificate page from a Laravel admin app: a thick orange border with an
inner shadow, a small red bold line in letter-spaced capitals naming the
school, a huge widely letter-spaced titling word, a second heading in
capitals with a soft text shadow, a short orange bar, the presentation line,
the name in a calligraphic script over a dotted orange rule, and a line in
capitals with the course, the credit and the day; two signers at the foot
and the certificate number in small type."""

SOURCE = "gopakumar-nfonics/amrita_expense_track:resources/views/lead/release_order.blade.php (certificate-container styles)"
KIND = "course"
PAPER = ["a4-landscape", "letter-landscape"]
CATEGORIES = (
    "landscape",
    "letter-spaced",
    "script-name",
    "big-serif-title",
    "sentence",
    "distractor-person",
    "tiny-footer",
)

TEMPLATE = """<style>
.c { position:absolute; inset:34px; border:8px solid ${orange}; box-shadow: inset 0 0 10px rgba(0,0,0,0.6);
  text-align:center; font-family:${body}; color:#222; padding:26px 60px 22px; display:flex; flex-direction:column }
.h1 { font: 600 19px ${titling}; letter-spacing:1.5px; color:#ea0029; text-transform:uppercase; margin-top:14px }
.h0 { font: ${h0_px}px ${titling}; letter-spacing:${h0_ls}px; line-height:1.05; margin-top:8px }
.h2 { font: 32px ${titling}; text-transform:uppercase; text-shadow: 2px 2px 4px rgba(0,0,0,0.3); letter-spacing:2px; margin-top:4px }
.bar { width:30%; height:2px; background:${orange}; margin:14px auto 16px }
.bd { font-size:19px }
.nm { font: ${nm_px}px ${script}; margin-top:18px; line-height:1.25; color:#1b1b1b }
.rl { width:70%; margin:0 auto; border-bottom:2px dotted ${orange} }
.cd { text-transform:uppercase; font-size:${cd_px}px; letter-spacing:0.5px; line-height:26px; margin-top:26px; text-shadow: 1px 1px 2px rgba(0,0,0,0.25) }
.sp { flex:1 } .sp2 { flex:0.6 }
.sg { display:flex; justify-content:space-between; padding:0 40px; font-size:14px }
.sg div { width:250px; border-top:1px solid #444; padding-top:5px; line-height:18px }
.sg small { color:#555; font-size:12px }
.no { font-size:10px; color:#777; margin-top:10px; letter-spacing:1px }
</style>
<div class="c">
 <div class="h1">${org}</div>
 <div class="h0">${big}</div>
 <div class="h2">${second}</div>
 <div class="bar"></div>
 <div class="sp2"></div>
 <div class="bd">${presented}</div>
 <div class="nm">${name}</div><div class="rl"></div>
 <div class="cd">${details}</div>
 <div class="sp"></div>
 <div class="sg"><div>${s1}<br><small>${r1}</small></div><div>${s2}<br><small>${r2}</small></div></div>
 <div class="no">${number_line}</div>
</div>
"""


def fill(d):
    org = d.provider("upper")
    name = d.name(d.pick(["plain", "plain", "plain", "honorific"]))
    title = d.title(d.pick(["plain", "with_code"]))
    hours = d.hours(d.pick(["cec_hours", "hours_title", "cecs", "words"]))
    date = d.date(d.pick(["long", "dmy_long", "ordinal", "short_month"]))
    details = d.pick(
        [
            f"for completing {title} · {hours} · {date}",
            f"in recognition of completing the course {title} ({hours}) on {date}",
            f"{title} — {hours} — completed {date}",
        ]
    )
    return {
        "orange": d.pick(["#ffa400", "#f08c00", "#e07b00", "#d4a017"]),
        "titling": d.pick(
            ["'Cinzel', " + d.fonts["display"], d.fonts["display"], d.fonts["serif"]]
        ),
        "body": d.fonts["serif"],
        "org": org,
        "big": d.pick(["CERTIFICATE", "CERTIFICATE", "DIPLOMA"]),
        "h0_px": d.pick([54, 58]),
        "h0_ls": d.pick([8, 10, 12]),
        "second": d.pick(["of Completion", "of Training", "of Achievement"]),
        "presented": d.pick(
            [
                "This certificate is proudly presented to",
                "This is to certify that",
                "Presented with honour to",
            ]
        ),
        "name": name,
        "nm_px": 46 if len(name) < 24 else 38,
        "details": details,
        "cd_px": 17 if len(details) < 80 else 15,
        "s1": d.person(),
        "r1": d.pick(["Lead Instructor", "IICRC Approved Instructor", "Course Instructor"]),
        "s2": d.person(),
        "r2": d.pick(["Director", "Director of Education", "Principal"]),
        "number_line": d.pick(
            [f"Certificate No. {d.number()}", f"Serial {d.number('S-')}", f"Ref: {d.number()}"]
        ),
    }
