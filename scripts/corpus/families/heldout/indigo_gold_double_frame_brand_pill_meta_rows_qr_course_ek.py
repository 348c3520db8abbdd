"""An LMS certificate tuned for a PDF library, on an A4 landscape sheet: a
thick indigo border and a thin gold one inside it; at the top left the
school's wordmark in letter-spaced bold with a small green rounded badge
under it saying the certificate is authenticated, at the top right a pale
letter-spaced "official certificate" label; a gold capitals title, an
italic presentation line, the name in a large serif with a short gold bar
under it, a summary sentence, the course in indigo; at the foot a signature
rule captioned with a role at the left, and at the right a block of
labelled rows (certificate number, dates) beside a QR code."""

SOURCE = "silassdev/crispy-sniffle:resources/views/certificates/_certificate_content.blade.php"
KIND = "course"
PAPER = ["a4-landscape", "letter-landscape"]
CATEGORIES = (
    "landscape",
    "provider-in-logo",
    "labelled",
    "qr",
    "letter-spaced",
    "distractor-date",
    "distractor-person",
)

TEMPLATE = """<style>
.o { position:absolute; inset:0; border:14px solid ${indigo}; padding:7px }
.i { position:absolute; inset:21px; border:2px solid ${gold} }
.w { position:absolute; inset:42px 62px 34px; text-align:center; font-family:${sans}; color:#1a1a2e; display:flex; flex-direction:column }
.hd { display:flex; justify-content:space-between; align-items:flex-start; text-align:left }
.br { font: bold 21px ${sans}; color:${indigo}; letter-spacing:2.5px; text-transform:uppercase; max-width:680px; line-height:25px }
.pl { display:inline-block; margin-top:7px; font: bold 10px ${sans}; color:#059669; background:#ecfdf5; border:1px solid #b7ebd3;
  padding:4px 10px; border-radius:99px; text-transform:uppercase; letter-spacing:0.5px }
.of { font-size:12px; text-transform:uppercase; letter-spacing:5px; color:#9ca3af; padding-top:6px }
.tt { font: bold ${tt_px}px ${title_face}; color:${gold}; text-transform:uppercase; letter-spacing:4px; line-height:1.1 }
.pd { font-style:italic; font-size:19px; color:#6b7280; margin:26px 0 8px }
.nm { font: bold ${nm_px}px ${serif}; color:#111827; line-height:1.2 }
.ac { width:330px; height:3px; background:${gold}; margin:14px auto 26px }
.sm { font-size:17px; color:#4b5563; line-height:25px; max-width:760px; margin:0 auto }
.cs { font: bold ${cs_px}px ${sans}; color:${indigo}; margin-top:6px; line-height:1.25 }
.sp { flex:1 } .sp0 { flex:0.7 }
.ft { display:flex; justify-content:space-between; align-items:flex-end }
.sg { width:300px; text-align:center }
.sg .s { font: 28px ${hand}; color:#233; line-height:36px; white-space:nowrap }
.sg .l { border-top:1px solid #c9ccd1; margin:2px 30px 6px }
.sg .n { font: bold 15px ${sans}; color:#111827 } .sg .r { font-size:11px; text-transform:uppercase; letter-spacing:2px; color:#6b7280 }
.mt { display:flex; align-items:flex-end; gap:18px; border-top:1px solid #eef0f3; padding-top:12px }
.rows { text-align:left }
.row { display:flex; font-size:14px; margin-bottom:7px; align-items:baseline }
.row .k { width:128px; font-weight:bold; font-size:11px; color:#9ca3af; text-transform:uppercase; letter-spacing:0.5px }
.row .v { color:#1f2937 }
.qr { width:84px; height:84px; border:1px solid #e5e7eb; padding:5px; background:#fff }
.qr div { width:100%; height:100%; background:
  linear-gradient(90deg, #000 0 22%, transparent 22% 34%, #000 34% 44%, transparent 44% 60%, #000 60% 70%, transparent 70% 78%, #000 78%) 0 0/100% 12% no-repeat,
  repeating-conic-gradient(#000 0 25%, #fff 0 50%) 0 0/14px 14px }
.qc { font-size:9px; text-transform:uppercase; color:#9ca3af; font-weight:bold; margin-top:4px; text-align:center }
</style>
<div class="o"></div><div class="i"></div>
<div class="w">
 <div class="hd"><div><div class="br">${org}</div><div class="pl">${pill}</div></div><div class="of">${official}</div></div>
 <div class="sp0"></div>
 <div class="tt">${heading}</div>
 <div class="pd">${presented}</div>
 <div class="nm">${name}</div>
 <div class="ac"></div>
 <div class="sm">${summary}</div>
 <div class="cs">${title}</div>
 <div class="sp"></div>
 <div class="ft">
  <div class="sg"><div class="s">${signer}</div><div class="l"></div><div class="n">${signer}</div><div class="r">${role}</div></div>
  <div class="mt"><div class="rows">${rows_html}</div><div><div class="qr"><div></div></div><div class="qc">${scan}</div></div></div>
 </div>
</div>
"""


def fill(d):
    import html

    org = d.provider()
    name = d.name(d.pick(["plain", "plain", "plain", "upper"]))
    title = d.title(d.pick(["plain", "plain", "with_code", "code_first"]))
    hours = d.hours(d.pick(["cec_hours", "words", "cecs", "ceu_and_cec", "hours_title"]))
    summary = d.pick(
        [
            f"For successfully meeting all requirements, {hours}, and demonstrating proficiency in",
            f"For completing every lesson and assessment ({hours}) of",
            f"Awarded {hours} for successfully completing",
        ]
    )
    date = d.date(d.pick(["long", "short_month", "us_numeric", "iso"]))
    issued = d.other_date("issue", d.pick(["long", "short_month", "us_numeric"]))
    rows = [
        (d.pick(["Certificate No:", "Certificate ID:", "Credential No:"]), d.number()),
        (d.pick(["Completed On:", "Completion Date:", "Completed:"]), date),
        (d.pick(["Issued On:", "Issue Date:", "Generated:"]), issued),
    ]
    if d.chance(0.5):
        rows.insert(1, (d.pick(["Approval No:", "Course Approval:"]), d.approval()))
    rows_html = "".join(
        f'<div class="row"><span class="k">{html.escape(k)}</span><span class="v">{html.escape(v)}</span></div>'
        for k, v in rows
    )
    return {
        "indigo": d.pick(["#4338ca", "#312e81", "#1e3a8a", "#3730a3"]),
        "gold": d.pick(["#b4945c", "#a67c00", "#b8860b"]),
        "title_face": d.fonts[d.pick(["sans", "display", "serif"])],
        "org": org,
        "pill": d.pick(
            [
                f"Authenticated by {org}",
                "Verified credential",
                f"Issued through {d.pick(['Coursebox', 'LearnDash', 'the learner portal'])}",
            ]
        ),
        "official": d.pick(["Official Certificate", "Official Record", "Certificate"]),
        "heading": d.pick(
            ["Certificate of Completion", "Certificate of Achievement", "Course Certificate"]
        ),
        "tt_px": d.pick([40, 44]),
        "presented": d.pick(
            ["This is proudly presented to", "This certificate is awarded to", "Presented to"]
        ),
        "name": name,
        "nm_px": 50 if len(name) < 24 else 40,
        "summary": summary,
        "title": title,
        "cs_px": 28 if len(title) < 40 else 23,
        "signer": d.person(),
        "role": d.pick(["Administrator", "Head of Training", "Instructor"]),
        "rows_html": rows_html,
        "scan": d.pick(["Scan to verify", "Verify online", "Scan me"]),
    }
