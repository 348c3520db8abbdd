"""A phone screenshot of a text-message thread with the certifying body's
booth short code, kept as proof of a booth registration at a trade show: the
status bar (clock, signal, battery), the thread header with a round avatar
and the short code or contact name, a grey day-and-time stamp without the
year, then the technician's keyword in a blue bubble, the automated reply in
a grey bubble asking for the certification number, the number sent back,
and the confirmation: one line saying the registration went through, then
short labelled lines (name, certification number, show, date, credit) and
the opt-out notice. A later stamp and a grey bubble say the credit was
posted to the record on another day, signed by a booth staffer; the message
input bar is at the foot."""

SOURCE = (
    "short-code keyword check-in and confirmation messages as texting services describe them "
    "(http://help.onetapcheckin.com/en/articles/4449660-share-sms-check-in-code: text the "
    "check-in code to the number; http://www.boomtext.com/smsreminders: keyword, confirmation "
    "message, HELP and STOP replies), with the IICRC booth registration at trade shows that "
    "earns CEC credit (https://www.randrmagonline.com/articles/85420-iicrc-continuing-education)"
)
KIND = "booth"
PAPER = "receipt"
CATEGORIES = ("portrait", "sentence", "labelled", "distractor-person", "distractor-date")

TEMPLATE = """<style>
.ph { position:absolute; inset:0; background:${bg}; font-family:${ui}; color:#111 }
.sb { height:30px; display:flex; justify-content:space-between; align-items:center; padding:0 18px 0 22px;
  font: 600 12.5px ${ui} }
.sb .ic { display:flex; align-items:center; gap:5px; font-size:10.5px }
.sb .bt { width:22px; height:11px; border:1.3px solid #111; border-radius:3px; position:relative; padding:1px }
.sb .bt i { display:block; height:100%; width:${battery}%; background:#111; border-radius:1px }
.hd { text-align:center; padding:4px 0 8px; border-bottom:1px solid ${rule}; position:relative; background:${head_bg} }
.hd .bk { position:absolute; left:10px; top:16px; font: 14px ${ui}; color:${blue} }
.hd .av { width:40px; height:40px; border-radius:50%; margin:0 auto; background:${avatar};
  color:#fff; font: bold 14px ${ui}; display:flex; align-items:center; justify-content:center }
.hd .who { margin-top:4px; font-size:10.5px; color:#222 }
.th { padding:8px 10px 0 }
.ts { text-align:center; font-size:9px; color:#8a8a8e; margin:10px 0 7px }
.ts b { font-weight:600 }
.b { max-width:252px; padding:7px 10px; border-radius:15px; font-size:11px; line-height:14.5px; margin:3px 0 }
.in { background:${grey}; color:#111; margin-right:auto; border-bottom-left-radius:4px }
.out { background:${blue}; color:#fff; margin-left:auto; border-bottom-right-radius:4px; width:max-content }
.dl { font-size:9px; color:#8a8a8e; text-align:right; margin:1px 4px 0 0 }
.ft { position:absolute; left:0; right:0; bottom:0; height:44px; border-top:1px solid ${rule}; background:${head_bg};
  display:flex; align-items:center; gap:8px; padding:0 10px }
.ft .pl { width:24px; height:24px; border-radius:50%; background:#e5e5ea; color:#666; font: 17px ${ui};
  display:flex; align-items:center; justify-content:center }
.ft .box { flex:1; height:28px; border:1px solid #c7c7cc; border-radius:14px; font-size:10.5px; color:#9a9aa0;
  display:flex; align-items:center; padding-left:10px }
</style>
<div class="ph">
 <div class="sb"><span>${clock}</span><span class="ic">${net}<span class="bt"><i></i></span></span></div>
 <div class="hd"><span class="bk">&#8249; ${unread}</span><div class="av">${avatar_text}</div><div class="who">${contact} &#8250;</div></div>
 <div class="th">
  <div class="ts">${stamp_kind}<br><b>${stamp_day}</b> ${stamp_time}</div>
  <div class="b out">${keyword}</div>
  <div class="b in">${ask}</div>
  <div class="b out">${cert}</div>
  <div class="dl">${delivered}</div>
  <div class="b in">${confirm_html}</div>
  <div class="ts"><b>${later_day}</b> ${later_time}</div>
  <div class="b in">${posted}</div>
 </div>
 <div class="ft"><span class="pl">+</span><span class="box">${placeholder}</span></div>
</div>
"""

WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def _clock(r, lo: int, hi: int) -> str:
    h, m = r.randint(lo, hi), r.randint(0, 59)
    return f"{(h - 1) % 12 + 1}:{m:02d} {'AM' if h < 12 else 'PM'}"


def fill(d):
    import html
    from datetime import timedelta

    r = d.rng
    day = d.completed
    later = day + timedelta(days=r.randint(9, 40))
    event = d.provider()
    cert = f"{r.randrange(10000, 999999)}"
    booth = f"{r.randrange(1, 30) * 100 + r.randrange(1, 40)}"
    keyword = d.pick(["CEC", "IICRC", "BOOTH", "iicrc cec", "Cec"])
    title = d.set_title(
        d.pick(["IICRC Booth Registration", "IICRC booth registration", "Booth Registration"]),
        ["IICRC Booth Registration"],
    )
    name = d.name("plain")
    date = d.date(d.pick(["us_numeric", "us_short", "short_month", "long", "iso"]))
    credit_label = "CECs" if d.credit == 1 else d.pick(["Credit", "Earned", "CECs"])
    if credit_label == "CECs":
        hours = d.hours_number()
    else:
        hours = d.hours(d.pick(["cecs", "cec_hours"]))
    rows = [
        (d.pick(["Name", "Registrant", "Certificant"]), name),
        (d.pick(["Cert #", "IICRC #", "Cert. no."]), cert),
        (d.pick(["Event", "Show"]), event),
        (d.pick(["Date", "Visit date", "Registered"]), date),
        (credit_label, hours),
    ]
    headline = d.pick(
        [
            [f"{title} confirmed.", f"Booth {booth}"],
            ["You're registered!", f"{title}, booth {booth}"],
            [f"Confirmed: {title}", f"(booth {booth})"],
        ]
    )
    lines = headline + [f"{k}: {v}" for k, v in rows]
    confirm = "<br>".join(html.escape(t, quote=False) for t in lines)
    confirm += "<br>" + d.pick(
        [
            "Credit posts to your IICRC record within 30 days. Reply HELP for help, STOP to end.",
            "Allow up to 4 weeks for posting. Msg&amp;data rates may apply. Txt STOP to quit.",
        ]
    )
    ask = d.pick(
        [
            f"Thanks for visiting the IICRC booth at {event}, {d.first}! Reply with your IICRC "
            "certification number to register your booth credit.",
            f"Welcome to the IICRC booth at {event}! To claim booth CECs, reply with your "
            "certification # (numbers only).",
        ]
    )
    staff = d.person()
    posted_date = d.pick(["us_numeric", "short_month", "long"])
    from corpus.formats import fmt_date

    posted = d.pick(
        [
            f"IICRC: your booth credit from {d.org_alt} was posted to cert #{cert} on "
            f"{fmt_date(later, posted_date)}. Questions? Reply HELP. - {staff}, IICRC Booth Team",
            f"Update: credit posted {fmt_date(later, posted_date)}. View it in your certificant "
            f"portal. Thanks for stopping by! {staff}, IICRC",
        ]
    )
    stamp_day = f"{WEEKDAYS[day.weekday()]}, {MONTHS[day.month - 1]} {day.day}"
    later_day = f"{WEEKDAYS[later.weekday()]}, {MONTHS[later.month - 1]} {later.day}"
    contact = d.pick(["42237", "IICRC Booth", "872-42", "IICRC CEC"])
    return {
        "bg": "#ffffff",
        "ui": d.fonts[d.pick(["sans", "sans", "cond"])],
        "battery": str(r.randint(18, 95)),
        "rule": "#d1d1d6",
        "head_bg": d.pick(["#f7f7f9", "#f2f2f7", "#fafafa"]),
        "blue": d.pick(["#0a84ff", "#1b7cf5", "#34a853"]),
        "grey": d.pick(["#e9e9eb", "#e5e5ea", "#ececf0"]),
        "avatar": d.pick(["#8e8e93", "#5b6b7a", d.colors["dark"]]),
        "avatar_text": "IC",
        "clock": _clock(r, 9, 17).split(" ")[0],
        "net": d.pick(["5G", "LTE", "4G", "Wi-Fi"]),
        "unread": str(r.randint(2, 48)),
        "contact": contact,
        "stamp_kind": d.pick(["Text Message", "SMS", "Text Message · SMS"]),
        "stamp_day": stamp_day,
        "stamp_time": _clock(r, 9, 16),
        "keyword": keyword,
        "ask": ask,
        "cert": cert,
        "delivered": "Delivered",
        "confirm_html": confirm,
        "later_day": later_day,
        "later_time": _clock(r, 8, 18),
        "posted": posted,
        "placeholder": d.pick(["Text Message", "Text message", "iMessage"]),
    }
