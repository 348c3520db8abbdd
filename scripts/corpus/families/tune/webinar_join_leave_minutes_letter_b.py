"""A letter verifying attendance at one live webinar session: the
organiser's letterhead, date and inside address, a "Re:" line, a paragraph
naming the session, its presenter and the day, then a small table of the
join and leave times the video-conference service logged with the minutes
of each, the total and the credit awarded, the crediting rule in words and
a signature block."""

SOURCE = (
    "https://esrtagrescue.org/index.php/component/dtregister/?controller=event&task=terms"
    "&format=raw&eventId=105 (participation duration verified by join/leave time) and "
    "https://pacificcenterforlifelonglearning.com/joomdle/faq?view=faq&faqid=29 "
    "(join records added up into total time of attendance)"
)
KIND = "session"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "letter",
    "table",
    "portrait",
    "sentence",
    "provider-in-logo",
    "distractor-person",
    "time-log",
)

TEMPLATE = """<style>
.w { position:absolute; inset:54px 72px; font: 14px ${face}; color:#1a1a1a; line-height:20px }
.lh { display:flex; align-items:center; gap:14px; padding-bottom:12px; border-bottom:2px solid ${accent} }
.mk { width:54px; height:54px; background:${dark}; color:#fff; font: bold 18px ${display}; display:flex; align-items:center;
  justify-content:center; border-radius:${radius} }
.on { font: bold 20px ${display}; color:${dark}; line-height:22px } .on small { display:block; font: 12px ${sans}; color:#555; letter-spacing:.5px }
.ad { margin-left:auto; text-align:right; font: 11px ${sans}; color:#444; line-height:15px }
.dt { margin:26px 0 18px } .to { margin-bottom:18px } .re { font-weight:bold; margin-bottom:14px }
p { margin:0 0 12px }
table { border-collapse:collapse; margin:6px 0 16px; font: 13px ${sans}; min-width:70% }
th { text-align:left; background:${light}; border-bottom:1.5px solid #555; padding:5px 10px; font-size:12px }
td { border-bottom:1px solid #ccc; padding:4px 10px } td.n { text-align:right }
tr.tot td { border-top:1.5px solid #555; font-weight:bold; border-bottom:none }
.sg { margin-top:20px } .sg .h { font: 30px ${hand}; color:#1c2b5e; margin:6px 0 0 }
.ft { position:absolute; left:0; right:0; bottom:0; border-top:1px solid #bbb; padding-top:5px; font: 10px ${sans}; color:#666; text-align:center }
</style>
<div class="w">
 <div class="lh"><div class="mk">${mark}</div><div class="on">${org}<small>${tagline}</small></div>
  <div class="ad">${street}<br>${town}<br>${phone} · ${web}</div></div>
 <div class="dt">${letter_date}</div>
 <div class="to">${name}<br>${to_street}<br>${to_town}</div>
 <div class="re">Re: ${re}</div>
 <p>Dear ${first},</p>
 <p>${para1}</p>
 <table>
  <tr><th>${seg_label}</th><th>Joined</th><th>Left</th><th style="text-align:right">Minutes</th></tr>
  ${rows_html}
  <tr class="tot"><td colspan="3">Total time in attendance</td><td class="n">${total}</td></tr>
  <tr class="tot"><td colspan="3">${credit_label}</td><td class="n">${hours}</td></tr>
 </table>
 <p>${para2}</p>
 <p>${para3}</p>
 <div class="sg">${closing}<div class="h">${signer}</div>${signer}<br>${role}, ${org_short}</div>
 <div class="ft">${footer}</div>
</div>
"""


def _other(d):
    while True:
        who = d.person()
        if d.last not in who:
            return who


def _clock(minutes):
    h, m = divmod(minutes, 60)
    return f"{(h - 1) % 12 + 1}:{m:02d} {'AM' if h < 12 else 'PM'}"


def fill(d):
    r = d.rng
    org = d.provider()
    words = [w for w in (d.org_alt or d.org).split() if w[0].isupper()]
    credit = d.credit
    # Credit is the attended time rounded down to the half hour.
    attended = int(credit * 60) + r.randrange(0, 25)
    start = d.pick([9 * 60, 10 * 60, 10 * 60 + 30, 13 * 60, 14 * 60, 15 * 60 + 30])
    parts = d.pick([1, 2, 2, 3]) if attended > 40 else 1
    cuts = sorted(r.sample(range(10, attended - 10), parts - 1)) if parts > 1 else []
    lengths = [b - a for a, b in zip([0, *cuts], [*cuts, attended], strict=True)]
    rows, t = [], start - r.randrange(0, 6)
    for i, length in enumerate(lengths):
        join = t
        leave = join + length
        rows.append(
            f"<tr><td>{i + 1}</td><td>{_clock(join)}</td><td>{_clock(leave)}</td>"
            f'<td class="n">{length}</td></tr>'
        )
        t = leave + r.randrange(2, 9)
    speaker = _other(d)
    street, town = d.address()
    to_street, to_town = d.address()
    title = d.title("plain")
    date = d.date(d.pick(["long", "weekday", "ordinal", "us_numeric"]))
    name = d.name(d.pick(["plain", "plain", "honorific"]))
    fmt = d.pick(["live webinar", "live online session", "virtual education session"])
    hours = d.hours(d.pick(["cec_hours", "hours_title", "hrs", "cecs"]))
    share = d.pick([75, 80, 85])
    return {
        "face": d.fonts[d.pick(["serif", "sans"])],
        "mark": "".join(w[0] for w in words)[:3] or "CE",
        "radius": d.pick(["0", "8px", "50%"]),
        "org": org,
        "tagline": d.pick(
            ["Continuing Education Office", "Education Department", "Virtual Program"]
        ),
        "street": street,
        "town": town,
        "phone": d.phone(),
        "web": d.web(),
        "letter_date": d.other_date("issue", d.pick(["long", "dmy_long"])),
        "name": name,
        "to_street": to_street,
        "to_town": to_town,
        "re": d.pick(
            [
                "Verification of live webinar attendance",
                "Attendance record for continuing education credit",
                "Confirmation of attendance and credit",
            ]
        ),
        "first": d.first,
        "para1": f"This letter confirms that you attended the {fmt} \u201c{title}\u201d, presented "
        f"by {speaker}, on {date}. Your participation was verified from the join and leave "
        "times reported by the video-conference service for the personal link sent to you "
        "at registration:",
        "seg_label": d.pick(["Connection", "Segment", "Log entry"]),
        "rows_html": "\n".join(rows),
        "total": f"{attended} min",
        "credit_label": d.pick(["Credit awarded", "CE credit earned", "Credit issued"]),
        "hours": hours,
        "para2": d.pick(
            [
                "Credit is calculated from minutes in attendance and rounded down to the nearest "
                f"half hour. Participants present for less than {share}% of a session receive "
                "no credit for it.",
                "Where a participant left and re-entered the meeting room, each connection is "
                "added up to give the total time of attendance; credit follows that total, in "
                f"half-hour steps, provided at least {share}% of the session was attended.",
            ]
        ),
        "para3": "Please keep this letter with your continuing education records; it may be "
        "requested if your certification body audits your renewal.",
        "closing": d.pick(["Sincerely,", "Best regards,", "Respectfully,"]),
        "signer": _other(d),
        "role": d.pick(["Education Coordinator", "Program Coordinator", d.role()]),
        "org_short": d.org_alt or org,
        "footer": f"Questions about this record: {d.pick(['education', 'ce', 'registrar'])}@"
        f"{d.web().replace('www.', '')} · Record no. {d.number()}"
        + (f" · Session approved for CECs, approval no. {d.approval()}" if d.chance(0.4) else ""),
    }
