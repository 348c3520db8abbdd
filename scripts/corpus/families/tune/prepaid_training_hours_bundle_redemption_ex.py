"""A half-sheet redemption slip from a school that sells employers prepaid
blocks of training hours: the school's name in a box at the top left, the
slip's title and number at the right, the employer's account with the
block bought, then two panels side by side. The left panel is the account
ledger for this redemption (hours bought, used before, drawn for this class
in clock hours, left on the account); the right panel is the completion
record for the technician the hours were spent on (name, class, date
finished, CE credit earned and sometimes the approval number). The clock
hours drawn count class time with breaks and exam and are not the credit."""

SOURCE = (
    "bherila/2025-website:docs/CLIENT_MANAGEMENT_BILLING.md (retainer hours: hours included, "
    "hours worked, rollover pool and remaining balance); wording: training-hour bundles and "
    "seat vouchers schools sell to restoration contractors"
)
KIND = "course"
PAPER = "half-letter"
CATEGORIES = (
    "slip",
    "landscape",
    "labelled",
    "table",
    "provider-in-logo",
    "distractor-org",
    "distractor-person",
    "distractor-date",
)

TEMPLATE = """<style>
.w { position:absolute; inset:26px 32px 22px; font: 13px ${body}; color:#1d1d1d }
.hd { display:flex; justify-content:space-between; align-items:flex-start; border-bottom:2px solid ${dark}; padding-bottom:8px }
.lg { border:2px solid ${dark}; padding:4px 10px; max-width:330px }
.lg b { display:block; font: bold 16px ${head}; color:${dark}; line-height:17px }
.lg span { font-size:9.5px; color:#555 }
.tt { text-align:right }
.tt b { display:block; font: bold 17px ${head}; letter-spacing:${tt_ls}; text-transform:uppercase }
.tt div { font-size:10.5px; color:#444; line-height:15px; margin-top:2px }
.acct { margin:14px 0 14px; font-size:12.5px; color:#333; display:flex; gap:26px }
.acct span { color:#777; font-size:9.5px; text-transform:uppercase; letter-spacing:.6px; margin-right:4px }
.cols { display:flex; gap:18px }
.pn { flex:1; border:1px solid #999; border-radius:${radius} }
.pn .h { background:${panel_bg}; color:${panel_fg}; font: bold 11px ${body}; letter-spacing:1.2px; text-transform:uppercase; padding:5px 10px }
.sg { display:flex; gap:40px; margin-top:66px; font-size:11px; color:#444 }
.sg div { flex:1; border-top:1px solid #333; padding-top:3px; position:relative }
.sg .h { position:absolute; top:-30px; left:6px; font: 24px ${hand}; color:#22336b; white-space:nowrap }
table { width:100%; border-collapse:collapse; font-size:13px }
td { padding:7px 10px; border-bottom:1px solid #e2e2e2 } td.n { text-align:right; white-space:nowrap }
tr.b td { font-weight:bold; border-top:1.5px solid #333; border-bottom:none }
.kv { padding:9px 11px; display:grid; grid-template-columns:100px 1fr; row-gap:8px; font-size:13px }
.kv span { color:#666; font-size:10px; padding-top:1px }
.kv .cr { font-weight:bold; font-size:15px }
.nt { margin-top:22px; font-size:11.5px; color:#444; line-height:16px }
.ft { position:absolute; left:30px; right:30px; bottom:10px; font-size:8.5px; color:#666; display:flex; justify-content:space-between }
</style>
<div class="w">
 <div class="hd">
  <div class="lg"><b>${org}</b><span>${org_line}</span></div>
  <div class="tt"><b>${heading}</b><div>${slip_label} ${slip_no}<br>${issued_label} ${issued}</div></div>
 </div>
 <div class="acct"><div><span>Account</span>${company}</div><div><span>${acct_label}</span>${acct_no}</div><div><span>Contact</span>${contact}</div></div>
 <div class="cols">
  <div class="pn"><div class="h">${ledger_head}</div>
   <table>
    <tr><td>${bought_label}</td><td class="n">${bought}</td></tr>
    <tr><td>${before_label}</td><td class="n">${before}</td></tr>
    <tr><td>${drawn_label}</td><td class="n">${drawn}</td></tr>
    <tr class="b"><td>${left_label}</td><td class="n">${left}</td></tr>
   </table>
  </div>
  <div class="pn"><div class="h">${rec_head}</div>
   <div class="kv">
    <span>${tech_label}</span><b>${name}</b>
    <span>Class</span><div>${title}</div>
    <span>${done_label}</span><div>${date}</div>
    <span>${credit_label}</span><div class="cr">${hours}</div>
    ${approval_html}
   </div>
  </div>
 </div>
 <div class="sg"><div><span class="h">${contact_sig}</span>${emp_sig_label}</div><div>${school_sig_label}</div></div>
 <div class="nt">${note}</div>
</div>
<div class="ft"><span>${fine}</span><span>${expiry}</span></div>
"""

COMPANIES = [
    "Blue Ridge Restoration Group",
    "ServiceFirst Water & Fire",
    "Coastline Mitigation Partners",
    "Heritage Cleaning & Restoration",
    "Prairie Wind Property Services",
]


def fill(d):
    from html import escape

    from corpus.formats import fmt_number

    r = d.rng
    c = d.credit
    n = lambda v: fmt_number(v, r, False)  # noqa: E731
    # Clock hours drawn from the block: the class's scheduled time, longer than the credit.
    drawn = c + (d.pick([0.5, 1, 1.5]) if c < 6 else d.pick([1, 2, 3, 5]))
    bought = d.pick([40, 60, 80, 100, 120])
    while bought <= drawn + 10:
        bought += 40
    before = d.pick([b for b in (0, 8, 14, 16, 21, 24, 30) if b != c])
    before = min(before, bought - drawn - 4)
    if before == c:
        before -= 1
    left = bought - before - drawn
    unit = d.pick([" hrs", " clock hrs", " h"])
    contact = d.person()
    approval_html = ""
    if d.chance(0.45):
        approval_html = f"<span>Approval</span><div>{escape(d.approval())}</div>"
    style = d.pick(["us_numeric", "short_month", "dd_mon_yyyy"])
    panel_bg = d.pick([d.colors["dark"], "#e6e6e6", d.colors["light"]])
    return {
        "body": d.fonts[d.pick(["sans", "cond", "serif"])],
        "head": d.fonts[d.pick(["display", "sans"])],
        "tt_ls": d.pick(["0", "1px", "2px"]),
        "radius": d.pick(["0", "4px"]),
        "panel_bg": panel_bg,
        "panel_fg": "#fff" if panel_bg == d.colors["dark"] else "#111",
        "org": d.provider(),
        "org_line": d.pick(["Prepaid training accounts", "Contractor training program"]),
        "heading": d.pick(["Hours Redemption", "Training Account Slip", "Redemption Receipt"]),
        "slip_label": d.pick(["No.", "Slip #", "Ref."]),
        "slip_no": f"R-{r.randrange(10000, 99999)}",
        "issued_label": d.pick(["Issued", "Date"]),
        "issued": d.other_date("issue", style),
        "company": d.pick(COMPANIES),
        "acct_label": d.pick(["Acct #", "Account no."]),
        "acct_no": f"{r.randrange(1000, 9999)}-{r.randrange(10, 99)}",
        "contact": contact,
        "contact_sig": contact,
        "emp_sig_label": d.pick(["Authorized for employer", "Account holder approval"]),
        "school_sig_label": d.pick(["Received for the school", "Training office"]),
        "hand": d.fonts["hand"].replace(", cursive", ", 'Dancing Script', cursive"),
        "ledger_head": d.pick(["Training hours account", "Prepaid hours", "Hours ledger"]),
        "bought_label": d.pick(["Block purchased", "Hours purchased", "Prepaid block"]),
        "bought": f"{n(bought)}{unit}",
        "before_label": d.pick(["Used before this slip", "Previously redeemed", "Prior use"]),
        "before": f"{n(before)}{unit}",
        "drawn_label": d.pick(["Drawn for this class", "This redemption", "Class time charged"]),
        "drawn": f"{n(drawn)}{unit}",
        "left_label": d.pick(["Balance remaining", "Hours left on account", "Remaining"]),
        "left": f"{n(left)}{unit}",
        "rec_head": d.pick(["Completion record", "Technician's credit", "Class completed"]),
        "tech_label": d.pick(["Technician", "Student", "Employee"]),
        "name": d.name(d.pick(["plain", "upper", "last_first"])),
        "title": d.title(d.pick(["plain", "with_code", "code_first"])),
        "done_label": d.pick(["Completed", "Date finished", "Class ended"]),
        "date": d.date(style),
        "credit_label": d.pick(["CE credit", "Credit earned", "CEC awarded"]),
        "hours": d.hours(d.pick(["cec_hours", "cecs", "hours_title", "hrs"])),
        "approval_html": approval_html,
        "note": d.pick(
            [
                f"Book your next class at {d.web()} or call {d.phone()}; quote the account number.",
                "Remaining hours may be used for any scheduled class for employees of the account holder.",
                "Keep this slip: it is the technician's record of completion and the account's receipt.",
            ]
        ),
        "fine": d.pick(
            [
                "Clock hours are charged for scheduled class time, including breaks and exams.",
                "Hours are drawn at the scheduled length of the class, not the credit it carries.",
            ]
        ),
        "expiry": f"Unused hours expire {d.other_date('expiry', style)}",
    }
