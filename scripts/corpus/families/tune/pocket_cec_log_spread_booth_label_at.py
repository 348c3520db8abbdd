"""A scan of an open pocket continuing-education log, two small pages side
by side with a shaded fold and two staples in the gutter. The left page is
the owner's page, printed with a trade association's name as the booklet's
publisher and a few numbered notes on how to keep the log, then "This log
belongs to" with the name written in by hand on the rule, and the
certification number, the renewal date and the categories held written in
too. The right page is a ruled activity table (date, activity or event,
location, credit, verified by) whose first row is covered by a peel-off
label printed at the certifying body's booth of a trade show: the booth
registration and booth number, the registrant in capitals with the credit,
the show with the scan date and time, and the staffer who scanned, with
that staffer's initials written in the last column. The other rows are
blank; a page total is written at the foot in hand."""

SOURCE = (
    "pocket CE logs as licensing boards describe the activity log a registrant keeps "
    "(https://www.peps.ohio.gov/IndividualRenewal/ContinuingEducationFAQ/RecordKeeping.aspx: "
    "activity, sponsor, location, hours, verified by; SOCRA CE tracking log), with the booth's "
    "printed sign-in label as the IICRC booth registration at shows is recorded "
    "(https://www.randrmagonline.com/articles/85420-iicrc-continuing-education)"
)
KIND = "booth"
PAPER = "half-letter"
CATEGORIES = (
    "record",
    "table",
    "landscape",
    "script-name",
    "handwriting",
    "distractor-person",
    "distractor-date",
    "distractor-org",
)

TEMPLATE = """<style>
.bg { position:absolute; inset:0; background:#d8d6d0 }
.bk { position:absolute; left:18px; right:18px; top:16px; bottom:16px; transform: rotate(${tilt}deg);
  box-shadow: 0 1px 4px rgba(0,0,0,.35) }
.pg { position:absolute; top:0; bottom:0; width:50%; background:${paper}; overflow:hidden }
.pl { left:0 } .pr { right:0 }
.fold { position:absolute; top:0; bottom:0; left:calc(50% - 22px); width:44px;
  background: linear-gradient(90deg, rgba(0,0,0,0) 0%, rgba(0,0,0,.10) 40%, rgba(0,0,0,.22) 50%, rgba(0,0,0,.10) 60%, rgba(0,0,0,0) 100%) }
.st { position:absolute; left:calc(50% - 2px); width:4px; height:34px; background:linear-gradient(90deg,#8a8a8a,#d0d0d0,#8a8a8a); border-radius:1px }
.in { position:absolute; inset:22px 26px 24px 24px; font: 11px ${sans}; color:#222 }
.pr .in { inset:22px 22px 24px 28px }
.pub { font: bold 8.5px ${sans}; letter-spacing:1.4px; text-transform:uppercase; color:${accent}; white-space:nowrap }
.lg { font: bold 17px ${display}; color:${dark}; border-bottom:1.5px solid ${dark}; padding:2px 0 5px; white-space:nowrap }
.lt { margin-top:14px; font: 10px ${sans}; text-transform:uppercase; letter-spacing:1px; color:#555 }
.ln { border-bottom:1px solid #555; height:38px; position:relative; margin-top:2px }
.ln .h { position:absolute; left:6px; bottom:1px; font: 23px ${handf}; color:${ink}; white-space:nowrap }
.ln .hs { position:absolute; left:6px; bottom:2px; font: 19px ${handf}; color:${ink}; white-space:nowrap }
.two { display:flex; gap:16px } .two > div { flex:1 }
ol { margin:12px 0 16px; padding-left:16px; font: 9.5px ${serif}; line-height:13.5px; color:#333 }
ol li { margin-bottom:4px }
.pn { position:absolute; bottom:-16px; font: 9px ${sans}; color:#555 }
.pl .pn { left:0 } .pr .pn { right:0 }
h3 { margin:0; font: bold 13px ${display}; color:${dark}; text-transform:uppercase; letter-spacing:1.2px }
table { border-collapse:collapse; width:100%; margin-top:8px; table-layout:fixed }
th { font: bold 7.5px ${sans}; text-transform:uppercase; letter-spacing:.4px; color:#444; text-align:left;
  border-top:1.5px solid #333; border-bottom:1px solid #333; padding:4px 3px }
td { height:44px; border-bottom:1px solid #9a9a9a; border-right:1px solid #c8c8c8; padding:0 3px; position:relative; vertical-align:bottom }
td:last-child { border-right:none }
.lb { position:absolute; left:-4px; top:3px; width:280px; height:70px; background:#fff; border:1px solid #bbb; border-radius:4px;
  box-shadow: 1px 1px 2px rgba(0,0,0,.25); transform: rotate(${label_tilt}deg); padding:4px 7px; font: 9px ${cond}; line-height:15px; color:#111; z-index:2 }
.lb .r { display:flex; justify-content:space-between; white-space:nowrap }
.lb .t { font: bold 9px ${sans}; line-height:15px; text-transform:uppercase; letter-spacing:.3px }
.lb .n { font: bold 10px ${sans}; line-height:15px }
.ini { position:absolute; left:8px; top:50px; font: 12px ${handf}; line-height:13px; color:${ink}; white-space:nowrap }
.tot { margin-top:10px; display:flex; justify-content:flex-end; align-items:flex-end; gap:6px; font: 9.5px ${sans}; text-transform:uppercase; letter-spacing:.6px; color:#444 }
.tot span { display:inline-block; width:58px; border-bottom:1px solid #555; text-align:center; font: 19px ${handf}; color:${ink}; text-transform:none; letter-spacing:0 }
</style>
<div class="bg"></div>
<div class="bk">
 <div class="pg pl"><div class="in">
  <div class="pub">${publisher}</div>
  <div class="lg">${log_name}</div>
  <ol>${notes_html}</ol>
  <div class="lt">${owner_label}</div>
  <div class="ln"><span class="h">${name_hand}</span></div>
  <div class="two">
   <div><div class="lt">${cert_label}</div><div class="ln"><span class="hs">${cert}</span></div></div>
   <div><div class="lt">Renewal due</div><div class="ln"><span class="hs">${renewal}</span></div></div>
  </div>
  <div class="lt">Categories held</div>
  <div class="ln"><span class="hs">${cats}</span></div>
  <div class="pn">${page_left}</div>
 </div></div>
 <div class="pg pr"><div class="in">
  <h3>${table_head}</h3>
  <table>
   <colgroup><col style="width:16%"><col style="width:34%"><col style="width:20%"><col style="width:12%"><col style="width:18%"></colgroup>
   <tr><th>Date</th><th>Activity / Event</th><th>Location</th><th>CECs</th><th>Verified by</th></tr>
   <tr><td>
    <div class="lb">
     <div class="r t"><span>${title}</span><span>${booth}</span></div>
     <div class="r n"><span>${name_label}</span><span>${hours}</span></div>
     <div class="r"><span>${event}</span><span>${scan_label} ${date} ${time}</span></div>
     <div class="r"><span>${staff_label} ${staff}</span><span>${device}</span></div>
    </div></td><td></td><td></td><td></td><td><span class="ini">${initials}</span></td></tr>
   ${blank_rows_html}
  </table>
  <div class="tot">${total_label}<span>${total}</span></div>
  <div class="pn">${page_right}</div>
 </div></div>
 <div class="fold"></div>
 <div class="st" style="top:22%"></div>
 <div class="st" style="top:70%"></div>
</div>
"""

CATS = ["WRT, ASD", "WRT, AMRT", "CCT, WRT", "WRT ASD AMRT", "FSRT, WRT", "CCT, RCT, WRT", "AMRT"]


def fill(d):
    from datetime import timedelta

    from corpus import values as V
    from corpus.formats import fmt_date

    r = d.rng
    staff = d.person()
    initials = "".join(p[0] for p in staff.replace(".", "").split()[:1] + staff.split()[-1:])
    publisher = d.pick([a for a in V.ASSOCIATIONS])
    renew = d.completed + timedelta(days=r.randint(120, 1200))
    hh, mm = r.randint(9, 16), r.randint(0, 59)
    rows = r.randint(5, 6)
    pages = d.pick([("2", "3"), ("ii", "1"), ("4", "5"), ("iv", "Page 1")])
    event = d.provider()
    name_hand = d.name("plain")
    name_label = d.name("upper")
    title = d.title("upper")
    return {
        "tilt": f"{r.uniform(-0.25, 0.25):.2f}",
        "label_tilt": f"{r.uniform(-0.4, 0.4):.2f}",
        "paper": d.pick(["#fbfaf5", "#f8f6ee", "#fdfcf8", "#f4f1e6"]),
        "ink": d.pick(["#1b2a6b", "#1d1d3a", "#20305f", "#2a2a2a"]),
        "handf": d.fonts["hand"].replace(", cursive", ", 'Dancing Script', cursive"),
        "publisher": publisher,
        "log_name": d.pick(["CEC Pocket Log", "Continuing Education Log", "Registrant CE Record"]),
        "owner_label": d.pick(["This log belongs to", "Name of registrant", "Registrant"]),
        "name_hand": name_hand,
        "cert_label": d.pick(["IICRC Cert. No.", "Registrant No.", "Certification #"]),
        "cert": f"{r.randrange(10000, 999999)}",
        "renewal": fmt_date(renew, d.pick(["us_short", "us_numeric"])),
        "cats": d.pick(CATS),
        "notes_html": "".join(
            f"<li>{n}</li>"
            for n in d.pick(
                [
                    [
                        "Write each activity in the log the day you complete it.",
                        "Ask the instructor or booth staff to initial the entry, or to place "
                        "their printed label over the line.",
                        "Keep certificates and receipts with this log. Credit is posted only "
                        "when the provider or you send proof to the IICRC.",
                        "Bring this log to your renewal; it does not replace the record kept "
                        "by the certifying body.",
                    ],
                    [
                        "One line per class, event or booth registration.",
                        "Booth and session labels may be stuck over a line; do not cover the "
                        "Verified column.",
                        "Send proof of any credit not shown on your online record within "
                        "ninety days of the activity.",
                    ],
                ]
            )
        ),
        "page_left": pages[0],
        "page_right": pages[1],
        "table_head": d.pick(
            ["CEC Activity Record", "Continuing Education Activities", "Activity Log"]
        ),
        "title": title,
        "booth": f"Booth {r.randrange(1, 30) * 100 + r.randrange(1, 40)}",
        "event": event,
        "name_label": name_label,
        "scan_label": d.pick(["Scanned", "Registered", "Visit"]),
        "date": d.date(d.pick(["us_numeric", "iso", "dd_mon_yyyy", "us_short"])),
        "time": f"{hh:02d}:{mm:02d}",
        "hours": d.hours(d.pick(["cecs", "cecs_colon", "iicrc_cec", "cec_hours"])),
        "initials": initials,
        "staff_label": d.pick(["Scanned by", "Staff:", "Booth staff:"]),
        "staff": staff,
        "device": d.pick(["Unit 03", "Scanner B", "Kiosk 2", "Lane 1"]),
        "blank_rows_html": "<tr><td></td><td></td><td></td><td></td><td></td></tr>" * rows,
        "total_label": d.pick(["Page total", "CECs this page", "Total"]),
        "total": d.hours_number(),
    }
