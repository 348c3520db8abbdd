"""A portrait registrar's certificate on letterhead, as schools' records
offices issue on request: the provider's emblem, name, address, telephone
and web address over a double rule; a centred bold heading in capitals
("Certificate of Course Completion"); one long justified paragraph in which
the registrar, who signs below, certifies that the holder, with a student
number, fulfilled all requirements of the course, held on the days of the
class, for a total number of hours, and passed it with a final grade given
in figures and in words; a short paragraph on the school's approval (with
the course approval number at times); the grading scale in small type; the
city and the day of issue; and a signature block with a round rubber
stamp over it."""

SOURCE = (
    "cesarinfo10/sgu-ficha-institucional:fmt/cert_curso-seminario_20211115.php ('CERTIFICADO "
    "DE CURSO - SEMINARIO': the Secretary General who signs certifies that the student, with "
    "an ID number, fulfilled all the academic requirements of the programme, held between two "
    "dates, with a total of N hours, and passed it with a grade in figures and in words; a "
    "paragraph on the university's authorisation; the grading scale in small type; 'Santiago, "
    "date')"
)
KIND = "course"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "portrait",
    "letter",
    "sentence",
    "provider-in-logo",
    "date-range",
    "distractor-person",
    "distractor-date",
    "hours-in-sentence",
    "grade",
    "stamp",
)

TEMPLATE = """<style>
.pg { position:absolute; inset:0; background:#fff; font-family:${serif}; color:#161616 }
.lh { position:absolute; left:72px; right:72px; top:48px; display:flex; align-items:center; gap:16px;
  padding-bottom:10px; border-bottom:4px double ${ink} }
.em { flex:none; width:62px; height:62px; border-radius:${em_r}; border:2px solid ${ink}; color:${ink};
  font: bold 18px ${display}; display:flex; align-items:center; justify-content:center }
.lh .o { font: bold ${o_px}px ${display}; color:${ink}; line-height:1.2 }
.lh .a { font: 11.5px ${sans}; color:#444; line-height:16px; margin-top:3px }
h2 { position:absolute; left:72px; right:72px; top:${h_top}px; margin:0; text-align:center; font: bold 19px ${serif};
  letter-spacing:1.2px; text-transform:uppercase; text-decoration:${h_deco} }
.tx { position:absolute; left:${tx_x}px; right:${tx_x}px; top:${tx_top}px; font-size:${t_px}px; line-height:1.85; text-align:justify }
.tx p { text-indent:${indent}px }
.tx p + p { margin-top:16px }
.tx .sm { font-size:12px; line-height:1.5; text-indent:0; color:#333 }
.tx .pl { text-indent:0; margin-top:22px; text-align:${pl_align} }
.sw { position:relative; height:170px; margin-top:${sw_gap}px }
.sg { position:absolute; right:${sg_r}px; top:20px; width:270px; text-align:center; font: 13px ${sans}; line-height:17px }
.sg .h { font: 30px ${hand}; color:#1d2c6b; height:44px; line-height:52px; white-space:nowrap; border-bottom:1px solid #333 }
.sg b { font-size:13.5px }
.st { position:absolute; right:${st_r}px; top:${st_t}px; width:112px; height:112px; border-radius:50%; border:3px solid ${stamp};
  color:${stamp}; opacity:.72; transform:rotate(${st_rot}deg); display:flex; align-items:center; justify-content:center; text-align:center;
  font: bold 10px ${sans}; letter-spacing:1px; line-height:13px }
.st:before { content:""; position:absolute; inset:6px; border-radius:50%; border:1px solid ${stamp} }
.fn { position:absolute; left:72px; right:72px; bottom:34px; border-top:1px solid #bbb; padding-top:5px; font: 10px ${sans};
  color:#666; text-align:center; letter-spacing:.3px }
</style>
<div class="pg">
 <div class="lh"><div class="em">${mono}</div><div><div class="o">${org}</div><div class="a">${addr}</div></div></div>
 <h2>${heading}</h2>
 <div class="tx">
  <p>${who} ${org_text}${who_tail} <b>${name}</b>, ${id_label} ${student_id}, ${fulfilled} <b>${title}</b>${of_school}, ${held} ${when}, ${total} ${hours}, ${granted} <b>${grade}</b> (${grade_words}).</p>
  <p>${approval_par}</p>
  <p class="sm">${scale}</p>
  <p class="pl">${city}, ${issued}.</p>
  <div class="sw">
   <div class="st">${stamp_text_html}</div>
   <div class="sg"><div class="h">${signer}</div><b>${signer}</b><br>${role}<br>${org_short}</div>
  </div>
 </div>
 <div class="fn">${foot}</div>
</div>
"""

UNITS = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TENS = {7: "seventy", 8: "eighty", 9: "ninety"}


def words_0_100(n):
    if n == 100:
        return "one hundred"
    tens, unit = divmod(n, 10)
    return TENS[tens] + (f"-{UNITS[unit]}" if unit else "")


def fill(d):
    import html

    r = d.rng
    org_key = d.org_alt or d.org
    mono = "".join(w[0] for w in org_key.replace("&", "").split() if w[0].isupper())[:3]
    org = d.provider()
    street, town = d.address()
    role = d.pick(["Registrar", "Registrar", "Secretary General", "Records Officer"])
    name = d.name(d.pick(["plain", "upper", "upper"]))
    title = d.title(d.pick(["plain", "plain", "with_code", "upper"]))
    if d.credit >= 6:
        when = d.date_range(d.pick([1, 2, 2]) if d.credit >= 12 else 1)
        held = d.pick(["held", "conducted", "given"])
    else:
        when = d.date(d.pick(["long", "dmy_long", "ordinal"]))
        held = d.pick(["held on", "conducted on", "given on"])
    hours = d.hours(d.pick(["cec_hours", "words", "hours_title", "words_cec", "contact_and_cec"]))
    score = r.randrange(74, 100)
    grade, grade_words = d.pick(
        [
            (f"{score}%", f"{words_0_100(score)} percent"),
            (str(score), words_0_100(score)),
            (f"{score}/100", f"{words_0_100(score)} out of one hundred"),
        ]
    )
    if d.chance(0.5):
        lead = d.pick(
            [
                "This course is approved by the IICRC for continuing education credit",
                "The course is an IICRC-approved course",
            ]
        )
        approval_par = f"{lead}; course approval number {d.approval()}."
    else:
        approval_par = d.pick(
            [
                "This school is an IICRC-approved school and keeps the records of its courses "
                "for a period of seven years.",
                "This certificate is issued at the request of the interested party for the "
                "purposes they deem appropriate.",
            ]
        )
    stamp = d.pick(["#3b3b98", "#6a1b9a", "#1e6091", "#8b0000"])
    stamp_lines = d.pick(
        [
            ["REGISTRAR'S", "OFFICE", mono],
            ["OFFICIAL", "SEAL", mono],
            ["RECORDS", "OFFICE", "VERIFIED"],
        ]
    )
    return {
        "ink": d.pick(["#1f3a5f", "#0b3d2e", "#5b2333", "#222"]),
        "hand": d.fonts["hand"].replace(", cursive", ", 'Dancing Script', cursive"),
        "em_r": d.pick(["50%", "8px", "50% 50% 8px 8px"]),
        "o_px": 19 if len(org) > 34 else 22,
        "h_top": d.pick([176, 188]),
        "h_deco": d.pick(["none", "underline"]),
        "tx_x": d.pick([80, 92, 104]),
        "tx_top": d.pick([236, 248]),
        "t_px": d.pick([15, 15.5, 16]),
        "indent": d.pick([0, 40, 48]),
        "pl_align": d.pick(["left", "right"]),
        "sw_gap": d.pick([30, 50, 70]),
        "sg_r": d.pick([0, 20]),
        "st_r": d.pick([200, 220, 240]),
        "st_t": d.pick([14, 30]),
        "st_rot": d.pick([-14, -8, 6, 12]),
        "stamp": stamp,
        "mono": mono,
        "org": org,
        "addr": f"{street} · {town} · Tel. {d.phone()} · {d.web()}",
        "heading": d.pick(
            [
                "Certificate of Course Completion",
                "Course Certificate",
                "Certificate of Completion",
                "Certificate of Studies",
            ]
        ),
        "who": d.pick(["The", "The undersigned"]) + f" {role} of",
        "org_text": d.org,
        "who_tail": d.pick([", who signs below, certifies that", " hereby certifies that"]),
        "name": name,
        "id_label": d.pick(["Student ID No.", "student number", "Reg. No."]),
        "student_id": d.pick([f"{r.randrange(100000, 999999)}", f"S-{r.randrange(10000, 99999)}"]),
        "fulfilled": d.pick(
            [
                "has fulfilled all the academic requirements of the course",
                "has met every requirement of the course",
                "has completed all requirements of the programme",
            ]
        ),
        "title": title,
        "of_school": d.pick([" of this school", " of this institution", ""]),
        "held": held,
        "when": when,
        "total": d.pick(["with a total of", "comprising", "for a total of"]),
        "hours": hours,
        "granted": d.pick(
            [
                "in merit of which this certificate is granted, attesting that the course was "
                "passed satisfactorily with a final grade of",
                "and is granted this certificate, the course having been passed with a final "
                "grade of",
            ]
        ),
        "grade": grade,
        "grade_words": grade_words,
        "approval_par": approval_par,
        "scale": d.pick(
            [
                "(Grading scale 0 to 100; minimum passing grade 70.)",
                "(Final grade combines the written examination and practical assessment; "
                "passing grade 70%.)",
            ]
        ),
        "city": d.city(),
        "issued": d.other_date("issue", d.pick(["long", "dmy_long", "ordinal"])),
        "stamp_text_html": "<br>".join(html.escape(x) for x in stamp_lines),
        "signer": d.person(),
        "role": role,
        "org_short": org_key,
        "foot": d.pick(
            [
                "This certificate is not valid with erasures or alterations.",
                f"Verification code {d.number()} · valid only with original stamp",
                "Document issued electronically by the Registrar's Office.",
            ]
        ),
    }
