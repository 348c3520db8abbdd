"""A portrait A4 certificate from a training company's PDF view: a very thick
solid red (or other strong colour) frame round the whole sheet, the heading
"<school> Education Certificate" in a blue sans at the top, the school's
logo under it, one line "This is to certify that" with the name in bold
inside it (often with Mr./Ms.), "Has successfully completed the Course in"
over the course in bold, then a details block with the start and end dates
on one line, the duration, and a reference number "at" a training centre.
A signature sits at the right over "Course Co-Ordinator", and the company's
address is the footer."""

SOURCE = "Aegon017/zoom-technologies:resources/views/components/certificate-pdf.blade.php"
KIND = "course"
PAPER = "a4-portrait"
CATEGORIES = (
    "portrait",
    "provider-in-logo",
    "date-range",
    "labelled",
    "address",
    "distractor-date",
    "distractor-person",
)

TEMPLATE = """<style>
.fr { position:absolute; inset:0; border:40px solid ${frame} }
.c { position:absolute; left:80px; right:80px; top:90px; bottom:80px; text-align:center; font-family:${face};
  display:flex; flex-direction:column; align-items:center }
h1 { margin:0; font-size:${h1_px}px; font-weight:500; color:#034a9a; line-height:1.2 }
.lg { margin:30px 0 44px; width:150px; height:150px; border-radius:50%; background:${light}; border:6px solid #034a9a;
  display:flex; flex-direction:column; align-items:center; justify-content:center; color:#034a9a }
.lg b { font: bold 40px ${serif} } .lg small { font: 11px ${sans}; letter-spacing:2px; margin-top:2px }
.p { font-size:21px; font-weight:500; line-height:32px }
.p strong { font-weight:bold }
h2 { margin:10px 0 0; font-size:${h2_px}px; font-weight:600; line-height:1.25 }
.det { font-size:17px; line-height:28px; margin:40px 0 0 }
.sp { flex:1 }
.sg { align-self:flex-end; text-align:center; width:300px; font-size:16px }
.sg i { display:block; font-style:normal; font: 30px ${hand}; color:#1d2f6a; height:60px; line-height:60px; white-space:nowrap }
.ft { font-size:13px; margin-top:26px; color:#333 }
</style>
<div class="fr"></div>
<div class="c">
 <h1>${heading}</h1>
 <div class="lg"><b>${mark}</b><small>${tag}</small></div>
 <div class="p">This is to certify that <strong>${name}</strong></div>
 <div class="p">${completed}</div>
 <h2>${title}</h2>
 <div class="det">${dates}<br>${duration}<br>${reference}</div>
 <div class="sp"></div>
 <div class="sg"><i>${signer}</i>${sig_caption}</div>
 <div class="ft">${address}</div>
</div>
"""


def fill(d):
    from corpus.formats import MONTHS

    org = d.provider()
    words = [w for w in (d.org_alt or org).replace("&", " ").split() if w[:1].isupper()]
    heading = f"{d.org_alt or org} {d.pick(['Education Certificate', 'Training Certificate'])}"

    def dmy(day):
        return f"{day.day:02d} {MONTHS[day.month - 1][:3]} {day.year}"

    if d.chance(0.7):
        from datetime import timedelta

        start = d.completed - timedelta(days=d.pick([1, 2, 2, 4]))
        end_text = dmy(d.completed)
        d.put("completion_date", d.completed.isoformat(), end_text)
        gap = "\u00a0\u00a0\u00a0\u00a0"
        dates = f"Start Date: {dmy(start)}{gap}End Date: {end_text}"
    else:
        dates = f"Course Dates: {d.date_range(d.pick([1, 2]))}"
    addr, city = d.address()
    title = d.title(d.pick(["plain", "plain", "with_code"]))
    name = d.name(d.pick(["honorific", "honorific", "plain"]))
    return {
        "frame": d.pick(["#e10600", "#c8102e", "#1e4fa1", "#0b6e4f"]),
        "face": d.fonts[d.pick(["sans", "sans", "serif"])],
        "heading": heading,
        "h1_px": 40 if len(heading) <= 38 else 32,
        "mark": "".join(w[0] for w in words[:3]),
        "tag": d.pick(["TRAINING", "EDUCATION", "SINCE 1998", "ACADEMY"]),
        "name": name,
        "completed": d.pick(
            ["Has successfully completed the Course in", "Has successfully completed the course"]
        ),
        "title": title,
        "h2_px": 28 if len(title) <= 36 else 24,
        "dates": dates,
        "duration": d.pick(["Duration: ", "Course Duration: ", "Credit: "])
        + d.hours(d.pick(["hours_title", "cec_hours", "cecs"])),
        "reference": f"Reference No. {d.pick(['ZT', 'TR', 'RC'])}{d.rng.randrange(10, 99)} at "
        + d.pick([d.venue(), "Virtual Education Center", f"{d.city()} Training Center"]),
        "signer": d.person(),
        "sig_caption": d.pick(
            ["Course Co-Ordinator", "Course Coordinator", "Authorised Signatory"]
        ),
        "address": f"{org} · {addr}, {city} · {d.phone()}",
    }
