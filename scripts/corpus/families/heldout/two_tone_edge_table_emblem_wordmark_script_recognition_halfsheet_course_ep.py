"""A half-sheet certificate of recognition built as a single-column table,
after a school project's certificate page: a heavy border whose top and
bottom edges are a darker shade than its sides, the school's emblem (a
round mark with its initials over its name as a wordmark) in the first
row, a script heading, "This certificate is awarded to" as a subheading,
the holder's name in a script face over a dashed rule, "for the
successful completion of the course", the course title, a grey line with
the date and the credit hours, and an ink signature over the signer's
name and role at the foot."""

SOURCE = (
    "JRendel-main/CapstoneV1:generate-certificate/certificate.php (a table certificate with a "
    "15px border, top and bottom one blue and left and right a lighter blue, a logo row, a "
    "'Satisfy' script title 'Certificate Of Recognition', 'This Certificate is awarded to', "
    "the name in script over a dashed rule, 'For the successful completion of the course', "
    "a signature image)"
)
KIND = "course"
PAPER = "half-letter"
CATEGORIES = (
    "provider-in-logo",
    "script-name",
    "script-heading",
    "landscape",
    "distractor-person",
    "slip",
)

TEMPLATE = """<style>
.pg { position:absolute; inset:0; background:#fff; font-family:${sans}; color:#383737 }
table.c { position:absolute; left:${m}px; top:${m}px; right:${m}px; bottom:${m}px; width:calc(100% - ${m2}px);
  height:calc(100% - ${m2}px); border-collapse:separate; border:${bw}px solid ${c1}; border-left-color:${c2};
  border-right-color:${c2}; background:${stock} }
td { text-align:center; padding:0 30px }
.lg { display:inline-flex; align-items:center; gap:10px; padding-top:4px }
.lg .e { width:46px; height:46px; border-radius:50%; background:${c1}; color:#fff; font: bold 15px ${serif};
  display:flex; align-items:center; justify-content:center; box-shadow: 0 0 0 3px #fff, 0 0 0 5px ${c2} }
.lg .t { font: bold 14px ${sans}; letter-spacing:1px; text-transform:uppercase; color:${c1}; text-align:left;
  max-width:300px; line-height:17px }
.ct { font: ${ct_px}px ${hscript}; color:${c1}; letter-spacing:1px; line-height:1.1 }
.aw { font: bold 15px ${sans}; color:#444 }
.nm { display:inline-block; min-width:66%; font: ${nm_px}px ${script}; color:${green}; border-bottom:1px dashed #bbb;
  padding:0 20px; line-height:1.25; white-space:nowrap }
.af { font-size:14px; color:#555 }
.ti { font: bold ${ti_px}px ${sans}; color:#222 }
.gy { font-size:12.5px; color:grey }
.sg { display:inline-block; width:220px; font-size:11.5px; color:#444; line-height:14px }
.sg .h { font: 22px ${hand}; color:${ink}; white-space:nowrap; border-bottom:1px solid #777; line-height:28px; margin-bottom:3px }
</style>
<div class="pg">
<table class="c">
<tr><td><div class="lg"><div class="e">${mono}</div><div class="t">${provider}</div></div></td></tr>
<tr><td class="ct">${heading}</td></tr>
<tr><td class="aw">${awarded}</td></tr>
<tr><td><span class="nm">${name}</span></td></tr>
<tr><td class="af">${after}</td></tr>
<tr><td class="ti">${title}</td></tr>
<tr><td class="gy">${grey}</td></tr>
<tr><td><div class="sg"><div class="h">${signer}</div>${signer} · ${role}</div></td></tr>
</table>
</div>
"""

SCRIPTS = [
    "'Dancing Script', cursive",
    "'Kaushan Script', cursive",
    "'Lobster Two', cursive",
    "'Z003', cursive",
]


def fill(d):
    org = d.org_alt or d.org
    mono = "".join(w[0] for w in org.replace("&", "").split() if w[0].isupper())[:3]
    provider = d.provider()
    name = d.name(d.pick(["plain", "plain", "honorific"]))
    title = d.title(d.pick(["plain", "with_code"]))
    date = d.date(d.pick(["long", "short_month", "us_numeric", "iso", "dd_mon_yyyy"]))
    hours = d.hours(d.pick(["cec_hours", "hrs", "cecs_colon", "iicrc_cec", "credit_hours"]))
    grey = d.pick(
        [
            f"Completed {date} · {hours}",
            f"Date: {date} — {hours}",
            f"{hours} · awarded {date}",
        ]
    )
    c1, c2 = d.pick(
        [
            ("#0072c6", "#0894fb"),
            ("#1f3a5f", "#4f77a8"),
            ("#5b2333", "#9a4a5e"),
            ("#0b3d2e", "#2f7a5c"),
        ]
    )
    script = d.pick(SCRIPTS)
    return {
        "stock": d.pick(["#ffffff", "#fcfcfa"]),
        "ink": d.pick(["#1d2c6b", "#222", "#123a7a"]),
        "c1": c1,
        "c2": c2,
        "green": d.pick(["#27ae60", "#1f6f43", "#222", c1]),
        "m": 14,
        "m2": 28,
        "bw": d.pick([13, 15]),
        "hscript": d.pick(SCRIPTS),
        "script": script,
        "ct_px": d.pick([34, 38]),
        "nm_px": 32 if len(name) > 24 else 38,
        "ti_px": 16 if len(title) > 40 else 19,
        "mono": mono,
        "provider": provider,
        "heading": d.pick(
            ["Certificate of Recognition", "Certificate of Completion", "Certificate of Merit"]
        ),
        "awarded": d.pick(
            ["This Certificate is awarded to", "This certificate is proudly awarded to"]
        ),
        "name": name,
        "after": d.pick(
            [
                "for the successful completion of the course",
                "for successfully completing the course",
            ]
        ),
        "title": title,
        "grey": grey,
        "signer": d.person(),
        "role": d.pick(["Instructor", "Training Coordinator", "Director"]),
    }
