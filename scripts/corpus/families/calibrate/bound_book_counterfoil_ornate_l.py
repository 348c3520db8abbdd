"""A certificate torn from a bound, numbered certificate book: on the left
the counterfoil that stays in the school's book, its printed labels (number,
issued to, course, date, hours, issued by) filled in by hand, then a
perforated edge with punched holes; on the right the ornate certificate
itself inside a ruled guilloche frame with corner rosettes, the serial number
repeated at its top, the school's name in capitals, a running statement with
the hours and a "given under our hands" date, and two signers."""

SOURCE = (
    "MubeenAfzal979/book_ticket:resources/views/email_ticket.blade.php (numbered stub "
    "beside the main ticket, labelled info sections) and azuya/CertificateBuilder:"
    "templates/default/default.tpl (statement with the day of the month in words)"
)
KIND = "course"
PAPER = ["letter-landscape", "a4-landscape"]
CATEGORIES = (
    "ornate",
    "landscape",
    "labelled",
    "sentence",
    "distractor-person",
    "handwriting",
    "stub",
    "date-words",
    "seal",
    "hours-in-sentence",
)

TEMPLATE = """<style>
.stub { position:absolute; left:0; top:0; bottom:0; width:246px; background:${paper}; padding:34px 22px 24px 24px;
  font: 11px ${serif}; color:#333 }
.stub .no { font: bold 15px ${serif}; color:#7a1f1f; margin-bottom:16px } .stub .no span { font-family:${mono} }
.stub .f { margin-bottom:16px } .stub .l { font-size:9.5px; letter-spacing:1px; text-transform:uppercase; color:#555 }
.stub .v { font: 16px ${hand}; color:#1b2f6b; border-bottom:1px solid #999; min-height:22px; line-height:22px; margin-top:3px }
.stub .bk { position:absolute; left:24px; bottom:20px; font-size:9px; color:#666 }
.perf { position:absolute; left:246px; top:0; bottom:0; width:0; border-left:2px dashed #888 }
.holes { position:absolute; left:236px; top:40px; bottom:40px; width:20px;
  background: radial-gradient(circle, #ddd 0 4px, transparent 5px) 0 0 / 20px 56px repeat-y }
.main { position:absolute; left:266px; top:22px; right:22px; bottom:22px; border:3px solid ${accent};
  background:${paper} }
.g { position:absolute; inset:8px; border:9px solid transparent;
  border-image: repeating-linear-gradient(45deg, ${accent} 0 2px, transparent 2px 6px) 9 }
.r { position:absolute; inset:24px; border:1px solid ${accent} }
.ros { position:absolute; width:44px; height:44px; border-radius:50%;
  background: repeating-radial-gradient(circle, ${accent} 0 2px, ${paper} 2px 5px); border:2px solid ${accent} }
.t { position:absolute; left:60px; right:60px; text-align:center; font-family:${serif}; color:#1d1d1d }
.num { position:absolute; right:76px; top:40px; font: bold 14px ${mono}; color:#7a1f1f }
.org { font: bold 21px ${display}; letter-spacing:3px; text-transform:uppercase; color:${accent} }
.hd { font: 44px ${display}; font-variant:small-caps }
.nm { font: bold 34px ${display}; border-bottom:1px solid #777; display:inline-block; padding:0 30px 2px }
.body { font-size:18px; line-height:31px }
.sg { position:absolute; left:90px; right:90px; bottom:52px; display:flex; justify-content:space-between; font: 12.5px ${serif} }
.sg div { width:240px; text-align:center; line-height:17px }
.sg .ink { font: 24px ${hand}; color:#1b2f6b; height:30px; border-bottom:1px solid #333; margin-bottom:4px; line-height:30px }
.seal { position:absolute; left:50%; bottom:44px; width:104px; height:104px; margin-left:-52px; border-radius:50%;
  border:3px double ${accent}; color:${accent}; font: bold 10px ${sans}; letter-spacing:1px; display:flex;
  align-items:center; justify-content:center; text-align:center; background: repeating-conic-gradient(${paper} 0 6deg, #f1e6d0 6deg 12deg) }
</style>
<div class="stub">
 <div class="no">No. <span>${serial}</span></div>
 <div class="f"><div class="l">Issued to</div><div class="v">${stub_name}</div></div>
 <div class="f"><div class="l">${stub_course_label}</div><div class="v">${stub_course}</div></div>
 <div class="f"><div class="l">Date</div><div class="v">${stub_date}</div></div>
 <div class="f"><div class="l">${stub_hours_label}</div><div class="v">${stub_hours}</div></div>
 <div class="f"><div class="l">Issued by</div><div class="v">${stub_received}</div></div>
 <div class="bk">${book_line}</div>
</div>
<div class="holes"></div><div class="perf"></div>
<div class="main">
 <div class="g"></div><div class="r"></div>
 <div class="ros" style="left:14px;top:14px"></div><div class="ros" style="right:14px;top:14px"></div>
 <div class="ros" style="left:14px;bottom:14px"></div><div class="ros" style="right:14px;bottom:14px"></div>
 <div class="num">No. ${serial}</div>
 <div class="t org" style="top:74px">${org}</div>
 <div class="t hd" style="top:108px">${heading}</div>
 <div class="t body" style="top:205px">${certifies}</div>
 <div class="t" style="top:242px"><span class="nm">${name}</span></div>
 <div class="t body" style="top:318px">${statement_html}</div>
 <div class="seal">${seal_html}</div>
 <div class="sg"><div><div class="ink">${ink1}</div>${sig1}<br>${role1}</div><div><div class="ink">${ink2}</div>${sig2}<br>${role2}</div></div>
</div>
"""


def fill(d):
    from html import escape

    serial = f"{d.rng.randrange(120, 4800):04d}"
    course = d.title(d.pick(["plain", "with_code", "plain"]))
    stub_hours = d.hours_number()
    stub_date = d.date(d.pick(["us_short", "us_numeric", "short_month"]))
    stub_name = d.name("plain")
    name = d.name(d.pick(["plain", "plain", "upper"]))
    org = d.provider()
    styles = ["cec_hours", "hours_title", "cecs"] + (
        ["words", "words_cec"] if d.credit >= 1 else []
    )
    hours = d.hours(d.pick(styles))
    when = d.date("words")
    credited = d.pick(["and is credited with", "comprising", "for a total of"])

    def nw(text):
        return f'<span style="white-space:nowrap">{escape(text)}</span>'

    statement = (
        f"{d.pick(['has satisfactorily completed the course of instruction in', 'has completed the prescribed course in'])}"
        f"<br><b>{escape(course)}</b><br>"
        f"{d.pick(['conducted by', 'given by', 'offered by'])} {nw(org)}, {credited} {nw(hours)}.<br>"
        f"Given under our hands on {nw(when)}."
    )
    sig1, sig2 = d.person(), d.person()
    return {
        "paper": d.pick(["#fffdf6", "#fbf8ef", "#ffffff"]),
        "serial": serial,
        "stub_name": stub_name,
        "stub_course_label": d.pick(["Course", "For"]),
        "stub_course": d.code if d.code and d.chance(0.6) else course,
        "stub_date": stub_date,
        "stub_hours_label": d.pick(["Hours", "Credit"]),
        "stub_hours": stub_hours,
        "stub_received": d.person(),
        "book_line": d.pick(["Retain in book", "Book 7 · Do not remove", "Office copy"]),
        "org": org,
        "heading": d.pick(["Certificate of Completion", "Certificate of Training"]),
        "certifies": d.pick(["This certifies that", "Be it known that", "This is to certify that"]),
        "name": name,
        "statement_html": statement,
        "seal_html": "OFFICIAL<br>SEAL"
        if d.chance(0.5)
        else "".join(w[0] for w in org.split()[:3] if w[0].isalpha()) + "<br>SEAL",
        "sig1": sig1,
        "ink1": sig1 if d.chance(0.6) else "",
        "role1": d.role(),
        "sig2": sig2,
        "ink2": sig2 if d.chance(0.6) else "",
        "role2": d.role(),
    }
