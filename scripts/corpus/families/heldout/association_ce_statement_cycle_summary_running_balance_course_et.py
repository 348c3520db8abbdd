"""A trade association's continuing-education statement for a member,
laid out like a bank statement (portrait). The association's mark and name
at the top left; at the top right the statement's title and a small
table of statement date, period, member number and page. The member's
name and mailing address sit where a window envelope shows them, beside a
boxed cycle summary (credits carried forward, posted, expired, balance,
required by a renewal date, still needed). Under a dark "activity
detail" band, a ledger of dated rows with description, reference,
credits and running balance: a balance forward, the one course posted
(title in bold, then provider, completion date and approval on a second
line), and entries that carry no credit or take credit away (dues
received, credits expired). Notes in small print close the page."""

from datetime import date, timedelta
from html import escape

from corpus import formats as F
from corpus import values as V

SOURCE = (
    "shovoooon/doc-master:resources/views/partials/bank_header.blade.php (statement title and a "
    "'Period From / Account Number / Customer ID' table at the top right, customer name and "
    "address at the left) and Marc-xml/bankingsystem:resources/views/Client/statement.blade.php "
    "(account summary: beginning balance, deposits, ending balance; a transactions table with "
    "balance); association CE registries that mail members a statement of credits per cycle"
)
KIND = "course"
PAPER = ["letter-portrait"]
CATEGORIES = (
    "record",
    "table",
    "dark-band",
    "portrait",
    "address",
    "provider-in-table",
    "distractor-hours",
    "distractor-date",
    "distractor-org",
    "tiny-footer",
)

TEMPLATE = """<style>
.w { position:absolute; left:52px; right:52px; top:42px; bottom:34px; font: 12.5px ${sans}; color:#1a1a1a }
.top { display:flex; justify-content:space-between; align-items:flex-start }
.brand { display:flex; gap:10px; align-items:center; max-width:330px }
.mk { width:44px; height:44px; flex:none; border-radius:${mk_radius}; background:${dark}; color:#fff; font: bold 16px ${display};
  display:flex; align-items:center; justify-content:center }
.brand b { font: bold 15px ${display}; color:${dark}; line-height:18px }
.brand span { display:block; font-size:10px; color:#555; margin-top:2px }
.meta { text-align:right }
.meta h1 { font: bold 20px ${display}; margin:0 0 6px; color:${dark}; text-transform:${h1_case}; letter-spacing:.4px }
.meta table { margin-left:auto; font-size:11.5px; border-collapse:collapse }
.meta td { padding:1px 0 1px 12px } .meta td:first-child { color:#555 }
.mid { display:flex; justify-content:space-between; margin-top:34px }
.to { line-height:18px; padding-top:10px; font-size:13px }
.sum { width:300px; border:1px solid #999; font-size:12px }
.sum h3 { margin:0; background:${light}; border-bottom:1px solid #999; font: bold 11.5px ${sans}; padding:4px 8px; text-transform:uppercase; letter-spacing:.6px }
.sum div { display:flex; justify-content:space-between; padding:3px 8px }
.sum div.t { border-top:1px solid #999; font-weight:bold }
.band { margin-top:26px; background:${dark}; color:#fff; font: bold 12px ${sans}; padding:5px 8px; letter-spacing:1.2px; text-transform:uppercase }
table.l { width:100%; border-collapse:collapse; font-size:12px }
.l th { text-align:left; font: bold 10.5px ${sans}; color:#444; text-transform:uppercase; border-bottom:1px solid #444; padding:5px 6px }
.l td { padding:6px 6px; border-bottom:1px solid #ddd; vertical-align:top; line-height:16px }
.l td.n, .l th.n { text-align:right; white-space:nowrap } .l td.d { white-space:nowrap }
.l small { color:#555; font-size:11px }
.l tr:nth-child(even) td { background:${zebra} }
.end { text-align:center; font-size:10.5px; color:#666; margin-top:8px }
.msg { margin-top:18px; border:1px dashed #999; padding:7px 10px; font-size:11px; line-height:15px }
.msg b { display:block; font-size:11.5px; margin-bottom:2px }
.up { margin-top:18px; border-top:2px solid ${accent}; padding-top:6px; font-size:11.5px }
.up h4 { margin:0 0 4px; font: bold 12px ${sans}; color:${accent}; text-transform:uppercase; letter-spacing:.8px }
.up table { width:100%; border-collapse:collapse } .up td { padding:3px 4px; border-bottom:1px dotted #bbb }
.up td.n { text-align:right; white-space:nowrap } .upn { font-size:10px; color:#666; margin-top:4px }
.fn { position:absolute; left:0; right:0; bottom:0; font-size:8.5px; color:#666; line-height:11px; border-top:1px solid #ccc; padding-top:4px }
</style>
<div class="w">
 <div class="top">
  <div class="brand"><div class="mk">${initials}</div><div><b>${issuer}</b><span>${issuer_sub}</span></div></div>
  <div class="meta"><h1>${doc_title}</h1>
   <table><tr><td>Statement date</td><td>${stmt_date}</td></tr><tr><td>Statement period</td><td>${period}</td></tr>
   <tr><td>${member_label}</td><td>${member_no}</td></tr><tr><td>Page</td><td>1 of 1</td></tr></table></div>
 </div>
 <div class="mid">
  <div class="to">${name}<br>${company}<br>${street}<br>${town}</div>
  <div class="sum"><h3>${sum_head}</h3>
   <div><span>Credits carried forward</span><span>${carried}</span></div>
   <div><span>Credits posted this period</span><span>${posted}</span></div>
   <div><span>Credits expired</span><span>${expired}</span></div>
   <div class="t"><span>Balance on ${bal_date}</span><span>${balance}</span></div>
   <div><span>Required by ${renew_date}</span><span>${required}</span></div>
   <div><span>Still needed</span><span>${needed}</span></div>
  </div>
 </div>
 <div class="band">${band}</div>
 <table class="l"><tr><th style="width:13%">${h_post}</th><th>Description</th><th style="width:13%">Ref.</th>
  <th class="n" style="width:10%">${h_credit}</th><th class="n" style="width:10%">Balance</th></tr>${rows_html}</table>
 <div class="end">${end}</div>
 <div class="msg"><b>${msg_head}</b>${msg}</div>
 <div class="up"><h4>${up_head}</h4><table>${up_html}</table><div class="upn">${up_note}</div></div>
 <div class="fn">${fine}</div>
</div>
"""

COMPANIES = [
    "Apex Restoration Group",
    "Clearwater Carpet & Restoration",
    "Reliant Fire & Flood",
    "Hometown Cleaning Services",
    "",
]


def fill(d):
    r = d.rng
    street, town = d.address()
    issuer = d.pick([a for a in V.ASSOCIATIONS if a != d.org])
    date_style = d.pick(["us_numeric", "short_month", "us_short", "dd_mon_yyyy"])

    name = d.name(d.pick(["upper", "plain", "upper"]))
    title = d.title(d.pick(["plain", "with_code", "upper"]))
    provider = d.provider()
    done = d.date(d.pick(["us_numeric", "short_month", "long", "iso"]))
    credit_text = d.hours_number()
    approval = d.approval() if d.chance(0.6) else None

    dec = "." in credit_text

    def num(v: float, sign: bool = False) -> str:
        s = f"{v:.1f}" if dec or v != int(v) else f"{v:g}"
        return ("+" + s) if sign and v > 0 else s

    start = date(d.completed.year, 1, 1)
    end = date(d.completed.year, 12, 31)
    if d.chance(0.5):
        start = date(d.completed.year, ((d.completed.month - 1) // 6) * 6 + 1, 1)
        end = (start.replace(month=start.month + 5, day=28) + timedelta(days=4)).replace(day=1)
        end -= timedelta(days=1)
    carried = d.pick([0, 2, 3.5, 4, 6, 7])
    expired = d.pick([0, 0, 0, 1, 2]) if carried >= 2 else 0
    post_day = d.completed + timedelta(days=r.randint(5, 30))
    if post_day > end:
        post_day = end
    events = [(start, "Balance forward", "", None)]
    course_desc = (
        f"<b>{escape(title)}</b><br><small>{escape(provider)} &middot; completed {escape(done)}"
        + (f" &middot; approval {escape(approval)}" if approval else "")
        + "</small>"
    )
    events.append((post_day, course_desc, f"CE{r.randint(100000, 999999)}", d.credit))
    if d.chance(0.6):
        dues_day = start + timedelta(days=r.randint(3, 60))
        events.append(
            (
                min(dues_day, end),
                escape(d.pick(["Annual dues received — no CE credit", "Membership renewed"])),
                f"DU{r.randint(1000, 9999)}",
                0.0,
            )
        )
    if expired:
        events.append(
            (
                start + timedelta(days=r.randint(0, 20)),
                escape(f"Credits expired (earned before {start.year - 3})"),
                "",
                -expired,
            )
        )
    events.sort(key=lambda e: (e[0], e[3] is not None))
    bal = carried
    rows = []
    for day, desc, ref, amount in events:
        if amount is None:
            cell = ""
        elif amount == d.credit and ref.startswith("CE"):
            bal += amount
            cell = ("+" if d.chance(0.5) else "") + credit_text
        else:
            bal += amount
            cell = num(amount, sign=True) if amount else num(0.0)
        rows.append(
            f"<tr><td class='d'>{escape(F.fmt_date(day, date_style))}</td><td>{desc}</td>"
            f"<td>{ref}</td><td class='n'>{cell}</td><td class='n'>{num(bal)}</td></tr>"
        )
    ups = []
    pool = [t for t in V.CE_COURSES if t != d.course]
    for k, other in enumerate(r.sample(pool, d.pick([2, 3, 3]))):
        when = end + timedelta(days=r.randint(20, 60) + 30 * k)
        school = d.pick([sc[0] for sc in V.SCHOOLS])
        ups.append(
            f"<tr><td>{escape(F.fmt_date(when, 'short_month'))}</td><td>{escape(other)}</td>"
            f"<td>{escape(school)}, {escape(d.city())}</td>"
            f"<td class='n'>{num(d.pick([2, 3, 4, 7]))} CECs</td></tr>"
        )
    required = d.pick([8, 14, 14, 16])
    renew = d.completed + timedelta(days=r.randint(200, 900))
    slug = "".join(ch for ch in issuer.lower() if ch.isalnum())[:16]
    words = [w for w in issuer.replace("&", "").split() if w[0].isupper()]
    return {
        "display": d.fonts[d.pick(["display", "serif", "sans"])],
        "mk_radius": d.pick(["50%", "6px", "0"]),
        "h1_case": d.pick(["none", "uppercase"]),
        "zebra": d.pick(["#f6f6f6", "transparent", d.colors["light"]]),
        "initials": "".join(w[0] for w in words[:3]),
        "issuer": issuer,
        "issuer_sub": d.pick(["Member CE Registry", "Education Records", "Continuing Education"]),
        "doc_title": d.pick(
            ["Statement of CE Credits", "Continuing Education Statement", "CE Credit Statement"]
        ),
        "stmt_date": F.fmt_date(end + timedelta(days=r.randint(3, 20)), date_style),
        "period": f"{F.fmt_date(start, date_style)} – {F.fmt_date(end, date_style)}",
        "member_label": d.pick(["Member no.", "Member ID", "Account"]),
        "member_no": d.number(),
        "name": name,
        "company": d.pick(COMPANIES),
        "street": street,
        "town": town,
        "sum_head": d.pick(["Cycle summary", "Summary of credits", "Your CE summary"]),
        "carried": num(carried),
        "posted": num(d.credit),
        "expired": num(-expired) if expired else num(0.0),
        "bal_date": F.fmt_date(end, date_style),
        "balance": num(bal),
        "renew_date": F.fmt_date(renew, date_style),
        "required": num(required),
        "needed": num(max(required - bal, 0)),
        "band": d.pick(["Activity detail", "Credit activity", "Transactions this period"]),
        "h_post": d.pick(["Posted", "Date", "Post date"]),
        "h_credit": d.pick(["Credits", "CECs", "Hours"]),
        "rows_html": "".join(rows),
        "end": d.pick(["— End of activity —", "*** No further activity this period ***"]),
        "msg_head": d.pick(["Messages", "Important information"]),
        "msg": d.pick(
            [
                "Credits are posted on the date we receive the provider's roster, which may be "
                "later than the date you completed the course. Report errors within 60 days.",
                "Your renewal date and required credits are set by your certifying body; this "
                "statement reports only credits posted through the association's registry.",
            ]
        ),
        "up_head": d.pick(["Approved classes coming up", "Earn credits near you"]),
        "up_html": "".join(ups),
        "up_note": d.pick(
            [
                "Listed for your information; register with the school.",
                "Dates and credits are set by each provider and may change.",
            ]
        ),
        "fine": f"{issuer} · www.{slug}.org · Questions: {d.phone()}. This statement is not a "
        "certificate of completion.",
    }
