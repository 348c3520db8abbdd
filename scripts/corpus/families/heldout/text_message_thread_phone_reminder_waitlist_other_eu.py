"""A phone screenshot of a text-message thread with a school's automated
number, printed or saved tall and narrow: the status bar (clock, signal,
battery), the thread header with a round initials badge and the sender's
name or short code, grey time stamps between rounds, grey incoming bubbles
on the left (a class reminder, a waitlist notice and a seat-opened offer,
or a renewal nudge naming a class and its CEC hours), the technician's
short replies in coloured bubbles on the right with "Delivered" under the
last, and the message bar at the bottom. It reminds and offers; it records
no class taken."""

SOURCE = (
    "Azdaema/AO3-Skin_Messaging:iMessage/skin.css (phone thread: contact header, time "
    "stamps, grey incoming and coloured outgoing bubbles, read receipt, type bar); wording: "
    "SMS reminders and waitlist texts sent by training schools' registration systems "
    "(Reply C to confirm, Reply STOP to opt out)"
)
KIND = "other"
PAPER = "receipt"
CATEGORIES = (
    "other",
    "portrait",
    "sentence",
    "phone-screenshot",
    "distractor-date",
)

TEMPLATE = """<style>
.ph { position:absolute; inset:0; background:#fff; font:11.5px ${ui}; color:#000 }
.sb { height:26px; display:flex; justify-content:space-between; align-items:center; padding:0 16px; font:bold 12px ${ui} }
.sb .r { display:flex; gap:5px; align-items:center }
.sig { display:flex; gap:1.5px; align-items:flex-end } .sig i { width:3px; background:#000; display:block }
.bat { width:22px; height:10px; border:1.5px solid #333; border-radius:3px; padding:1px } .bat i { display:block; height:100%; background:#000; width:${bat}% }
.hd { text-align:center; padding:4px 0 8px; border-bottom:1px solid #ddd; background:#f7f7f7; position:relative }
.hd .bk { position:absolute; left:10px; top:16px; font:22px ${ui}; color:${tint} }
.hd .av { width:40px; height:40px; border-radius:50%; margin:0 auto; background:linear-gradient(#a6abb8, #858994); color:#fff;
  font:600 16px/40px ${ui} }
.hd .nm { font-size:11px; margin-top:3px; color:#111 }
.th { position:absolute; left:0; right:0; top:102px; bottom:50px; padding:0 10px; display:flex; flex-direction:column; justify-content:flex-end; overflow:hidden }
.ts { text-align:center; font-size:9.5px; color:#8e8e93; margin:9px 0 5px } .ts b { font-weight:600 }
.b { max-width:76%; padding:6px 10px; border-radius:15px; line-height:15px; margin:3px 0; word-wrap:break-word; font-size:11.5px }
.in { background:#e9e9eb; color:#000; border-bottom-left-radius:4px }
.out { background:${tint}; color:#fff; margin-left:auto; border-bottom-right-radius:4px; width:fit-content }
.dl { text-align:right; font-size:9px; color:#8e8e93; margin-right:4px }
.bar { position:absolute; left:0; right:0; bottom:0; height:46px; border-top:1px solid #ddd; background:#fafafa; display:flex; align-items:center; gap:8px; padding:0 10px }
.bar .cam { width:22px; height:16px; border-radius:4px; background:#9a9aa0 }
.bar .in2 { flex:1; height:28px; border:1px solid #ccc; border-radius:14px; color:#aaa; font-size:11px; padding:6px 12px }
</style>
<div class="ph">
 <div class="sb"><span>${clock}</span><span class="r"><span class="sig"><i style="height:4px"></i><i style="height:6px"></i><i style="height:8px"></i><i style="height:10px;opacity:.35"></i></span>${net}<span class="bat"><i></i></span></span></div>
 <div class="hd"><span class="bk">&#8249;</span><div class="av">${initials}</div><div class="nm">${sender} &#8250;</div></div>
 <div class="th">${thread_html}</div>
 <div class="bar"><div class="cam"></div><div class="in2">${bar_word}</div></div>
</div>
"""


def fill(d):
    import html
    from datetime import timedelta

    from corpus.formats import WEEKDAYS, fmt_date

    e = html.escape
    r = d.rng
    org = d.provider()
    short = d.org_alt or org
    initials = "".join(w[0] for w in short.split() if w[0].isupper())[:2]
    sender = d.pick([short, f"{r.randrange(20000, 99999)}", f"+1 {d.phone()}"])
    name = d.name(d.pick(["plain", "plain", "upper"]))
    first = d.first.split()[0]
    title = d.title(d.pick(["plain", "with_code"]))
    hours = d.hours(d.pick(["cec_hours", "cecs", "hrs"]))
    street, town = d.address()
    start = d.completed - timedelta(days=max(1, round(d.credit / 7)) - 1)
    tag = short.upper() if len(short) < 26 else initials

    def stamp(day, t):
        return f"<div class='ts'><b>{WEEKDAYS[day.weekday()][:3]}, {fmt_date(day, 'short_month')[:-6]}</b> {t}</div>"

    def inc(text):
        return f"<div class='b in'>{e(text)}</div>"

    def out(text):
        return f"<div class='b out'>{e(text)}</div>"

    scenario = d.pick(["reminder", "waitlist", "renewal"])
    parts = []
    if scenario == "reminder":
        d1 = start - timedelta(days=r.randint(2, 7))
        d2 = start - timedelta(days=1)
        parts += [
            stamp(d1, f"{r.randint(9, 11)}:{r.randrange(0, 60):02d} AM"),
            inc(
                f"{tag}: Hi {name}, reminder: {title} starts "
                f"{fmt_date(start, d.pick(['weekday', 'short_month', 'us_short']))} at 8:00 AM, "
                f"{street}, {town}. Reply C to confirm or R to reschedule."
            ),
            out(d.pick(["C", "c", "C thanks"])),
            inc(
                f"Thanks {first}, you're confirmed. Bring photo ID. The class is approved for "
                f"{hours}; certificates are e-mailed after the exam. Reply STOP to opt out."
            ),
            stamp(d2, f"{r.randint(4, 6)}:{r.randrange(0, 60):02d} PM"),
            inc(
                f"{tag}: See you tomorrow! Parking is in the rear lot. Questions? Call {d.phone()}."
            ),
            out(d.pick(["Thanks!", "Ok see you there", "Will do"])),
        ]
    elif scenario == "waitlist":
        d1 = start - timedelta(days=r.randint(20, 40))
        d2 = start - timedelta(days=r.randint(3, 10))
        days = max(1, round(d.credit / 7))
        when = d.date_range(days - 1) if days > 1 else d.date("short_month")
        parts += [
            stamp(d1, f"{r.randint(1, 4)}:{r.randrange(0, 60):02d} PM"),
            inc(
                f"{tag}: {name}, the {title} class on {when} is full. You are #{r.randint(2, 6)} on the waitlist. We will text you if a seat opens."
            ),
            out(d.pick(["Ok thanks", "Thank you", "ok"])),
            stamp(d2, f"{r.randint(8, 11)}:{r.randrange(0, 60):02d} AM"),
            inc(
                f"{tag}: A seat opened in {title}! Reply YES by 5 PM "
                f"{fmt_date(d2 + timedelta(days=1), 'short_month')[:-6]} to claim it. Tuition is due at "
                "registration."
            ),
            out("YES"),
            inc(
                f"You're in, {first}. Invoice sent by e-mail. {hours} are reported to IICRC after you "
                "complete the class. Reply STOP to opt out."
            ),
        ]
    else:
        renew = d.completed + timedelta(days=r.randint(30, 120))
        d1 = d.completed - timedelta(days=r.randint(20, 50))
        parts += [
            stamp(d1, f"{r.randint(9, 11)}:{r.randrange(0, 60):02d} AM"),
            inc(
                f"{tag}: Hi {name}, your IICRC certification renews "
                f"{fmt_date(renew, d.pick(['long', 'us_short']))}. Still need CECs? "
                f"{title} on {d.date('short_month')} is approved for {hours}. Reply INFO for details."
            ),
            out("INFO"),
            inc(
                f"Seats left: {r.randint(2, 9)}. Register at {d.web()}/classes or call {d.phone()}. "
                "Reply STOP to opt out."
            ),
        ]
    parts.append("<div class='dl'>Delivered</div>")
    return {
        "ui": d.fonts[d.pick(["sans", "sans", "cond"])],
        "tint": d.pick(["#0a84ff", "#34c759", "#1a73e8"]),
        "bat": str(r.randint(18, 95)),
        "clock": f"{r.randint(1, 12)}:{r.randrange(0, 60):02d}",
        "net": d.pick(["LTE", "5G", "4G", ""]),
        "initials": initials,
        "sender": sender,
        "thread_html": "".join(parts),
        "bar_word": d.pick(["Text Message", "Text message", "iMessage"]),
    }
