"""A conference's credit-claiming web page printed from the browser: the
browser's own print header (print date and time, page title) and footer
(address and page count) in small type, the portal's dark navigation bar with
the show name, a breadcrumb trail, a green confirmation box, the learner's
account details, a one-row table of the claimed session (code, date, time,
room, credit type, credits), the attestation that was ticked with its claim
time, the speaker, two greyed buttons and a sponsor strip at the foot."""

SOURCE = (
    "https://highmarks.zendesk.com/hc/en-us/articles/23352030637325-Learner-Credit-Data-Summary-Page-Navigation "
    "(claiming a session's credits with an attendance code and attestation, then printing)"
)
KIND = "session"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "dark-band",
    "table",
    "record",
    "labelled",
    "portrait",
    "distractor-date",
    "distractor-person",
    "distractor-org",
    "tiny-footer",
)

TEMPLATE = """<style>
.ph { position:absolute; left:26px; right:26px; top:12px; display:flex; justify-content:space-between; font:10px ${sans}; color:#333 }
.pf { position:absolute; left:26px; right:26px; bottom:12px; display:flex; justify-content:space-between; font:10px ${sans}; color:#333 }
.app { position:absolute; left:44px; right:44px; top:40px; bottom:40px; font:13px ${sans}; color:#222 }
.nav { background:${dark}; color:#fff; display:flex; justify-content:space-between; align-items:center; padding:12px 18px }
.nav .t { font:bold 17px ${sans} } .nav .m span { margin-left:16px; font-size:12px; opacity:0.85 } .nav .m .on { opacity:1; border-bottom:2px solid #fff; padding-bottom:2px }
.bc { font-size:11px; color:#666; margin:12px 2px 10px }
h1 { font:bold 21px ${sans}; margin:0 0 12px; color:#111 }
.ok { border:1px solid #7bb77e; background:#eaf6ea; color:#1d5a22; padding:9px 12px; font-size:12.5px; margin-bottom:16px }
.acct { display:grid; grid-template-columns:150px 1fr 130px 1fr; row-gap:6px; font-size:12.5px; margin-bottom:18px }
.acct span { color:#666 }
table { width:100%; border-collapse:collapse; font-size:12px }
th { background:#eee; text-align:left; padding:7px 6px; border:1px solid #ccc; font-size:11px; color:#333 }
td { padding:9px 6px; border:1px solid #ccc; vertical-align:top }
.att { margin:16px 0 8px; font-size:12px; line-height:17px; display:flex; gap:8px }
.bx { flex:none; width:14px; height:14px; border:1.5px solid #333; font:bold 12px ${sans}; line-height:12px; text-align:center; margin-top:1px }
.sm { font-size:11px; color:#555; margin-left:22px }
.spk { margin-top:14px; font-size:12.5px } .spk span { color:#666 }
.btn { margin-top:18px; display:flex; gap:10px } .btn span { border:1px solid #999; border-radius:4px; padding:6px 14px; font-size:12px; color:#444; background:#f6f6f6 }
.sp { margin-top:44px; border-top:1px solid #ddd; padding-top:10px; text-align:center; font-size:10px; color:#777 }
.sp .lg { display:flex; justify-content:center; gap:26px; margin-top:6px }
.sp .lg b { font:bold 13px ${cond}; color:#555; border:1.5px solid #888; padding:4px 10px; letter-spacing:0.5px }
</style>
<div class="ph"><span>${printed}</span><span>${page_title}</span></div>
<div class="app">
 <div class="nav"><span class="t">${event}</span><span class="m"><span>Schedule</span><span>Exhibitors</span><span class="on">${menu}</span><span>Log out</span></span></div>
 <div class="bc">${crumbs}</div>
 <h1>${heading}</h1>
 <div class="ok">${ok}</div>
 <div class="acct">
  <span>Learner</span><b>${name}</b><span>Badge / Reg. ID</span><b>${badge}</b>
  <span>Email</span><div>${email}</div><span>IICRC Cert. No.</span><div>${cert}</div>
 </div>
 <table>
  <tr><th>Session</th><th>Code</th><th>Date</th><th>Time</th><th>Room</th><th>Credit type</th><th>Credits</th></tr>
  <tr><td><b>${title}</b></td><td>${code}</td><td>${date}</td><td>${time}</td><td>${room}</td><td>${ctype}</td><td><b>${hours}</b></td></tr>
 </table>
 <div class="att"><div class="bx">&#10003;</div><div>${attest}</div></div>
 <div class="sm">${claimed}</div>
 <div class="spk"><span>${speaker_label}</span> ${speaker}, ${speaker_co} &nbsp;&middot;&nbsp; <span>Track:</span> ${track}</div>
 <div class="btn"><span>${btn1}</span><span>${btn2}</span></div>
 <div class="sp">${sponsor_line}<div class="lg"><b>${sponsor1}</b><b>${sponsor2}</b></div></div>
</div>
<div class="pf"><span>${url}</span><span>1/1</span></div>
"""


def fill(d):
    from datetime import timedelta

    from corpus import values as V
    from corpus.formats import fmt_date

    r = d.rng
    slug = "".join(w[0] for w in d.org_alt.split() if w[0].isalpha()).lower()
    year = d.completed.year
    hour = d.pick([8, 9, 10, 11, 13, 14, 15, 16])
    start = hour * 60 + d.pick([0, 15, 30, 45])
    end = start + round(max(d.credit, 0.5) * 60)

    def fmt(m):
        h = m // 60
        return f"{h % 12 or 12}:{m % 60:02d} {'PM' if h >= 12 else 'AM'}"

    p_hour = r.randrange(7, 23)
    c_hour = r.randrange(8, 22)
    claim_day = d.completed + timedelta(days=r.randrange(0, 15))
    print_day = claim_day + timedelta(days=r.randrange(0, 12))
    sponsors = r.sample([m[1] or m[0] for m in V.MANUFACTURERS], 2)
    import unicodedata

    def plain(text):
        return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()

    first = plain(d.first.split()[0])
    last = "".join(ch for ch in plain(d.last) if ch.isalpha())[:10]
    event = d.provider()
    return {
        "printed": f"{fmt_date(print_day, 'us_short')}, {p_hour % 12 or 12}:{r.randrange(0, 60):02d} "
        f"{'PM' if p_hour >= 12 else 'AM'}",
        "page_title": d.pick(["My Credits", "Claim Credits", "CE Credit Summary"])
        + f" | {d.org_alt} {year}",
        "event": event,
        "menu": d.pick(["My Credits", "My CE", "Education"]),
        "crumbs": d.pick(
            [
                "Dashboard  ›  My Credits  ›  Session claim",
                "Home  ›  Education  ›  Credit summary",
                "Dashboard  ›  Claimed sessions  ›  Details",
            ]
        ),
        "heading": d.pick(
            ["Session Credit Claim", "Credit Claim Confirmation", "My Claimed Credit"]
        ),
        "ok": d.pick(
            [
                "Your claim was submitted. The credit below has been added to your learner record.",
                "Claim received. This session now appears on your credit summary.",
                "Success! Your attendance code was accepted and credit has been recorded.",
            ]
        ),
        "name": d.name(d.pick(["plain", "plain", "last_first"])),
        "badge": f"{r.randrange(10000, 99999)}",
        "email": f"{first}.{last}@{d.pick(['gmail.com', 'outlook.com', 'yahoo.com', 'icloud.com'])}",
        "cert": f"{r.randrange(100000, 999999)}",
        "title": d.title("plain"),
        "code": f"{d.pick(['ED', 'T', 'S', 'W'])}{r.randrange(100, 450)}",
        "date": d.date(d.pick(["us_numeric", "short_month", "iso", "us_short"])),
        "time": f"{fmt(start)} – {fmt(end)}",
        "room": d.pick(["Room ", "Rm ", "Hall "])
        + f"{r.randrange(101, 340)}{d.pick(['', 'A', 'B'])}",
        "ctype": d.pick(["IICRC CEC", "CEC (IICRC)", "IICRC"]),
        "hours": d.hours_number(),
        "attest": d.pick(
            [
                "I attest that I attended this session in full and that the information above is accurate.",
                "I confirm that I was present for the entire session and am claiming only the credit I earned.",
            ]
        ),
        "claimed": f"Claimed {fmt_date(claim_day, 'short_month')} at {c_hour % 12 or 12}:"
        f"{r.randrange(0, 60):02d} {'PM' if c_hour >= 12 else 'AM'} · attendance code accepted",
        "speaker_label": d.pick(["Speaker:", "Presenter:", "Instructor:"]),
        "speaker": d.person(),
        "speaker_co": d.pick([m[1] or m[0] for m in V.MANUFACTURERS] + [s[0] for s in V.SCHOOLS]),
        "track": d.pick(["Water", "Mold & IAQ", "Fire & Smoke", "Business", "Technical"]),
        "btn1": d.pick(["Print certificate", "Download PDF"]),
        "btn2": d.pick(["Complete evaluation", "Back to summary"]),
        "sponsor_line": d.pick(["Education sponsored by", "Thank you to our education sponsors"]),
        "sponsor1": sponsors[0],
        "sponsor2": sponsors[1],
        "url": f"https://{slug}{year % 100}.{d.pick(['ceclaim.net', 'eventcredits.com', 'learnerportal.org'])}"
        f"/credits/claim?sid={r.randrange(1000, 9999)}&reg={r.randrange(10000, 99999)}",
    }
