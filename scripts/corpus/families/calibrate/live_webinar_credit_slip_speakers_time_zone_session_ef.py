"""A credit confirmation slip for one live webinar of a show's virtual
education series, printed on a small landscape card: a coloured left edge
with the show's name running up it, a title line and the series name, then
two columns of label and value rows: attendee, webinar, broadcast date with
the clock span and time zone, presenters (two people), time connected
against the session length, credit and a confirmation number; sometimes an
approval number. A hairline and a tiny note about how attendance was
verified close the card. The clock times and minutes are not the credit."""

SOURCE = (
    "realcme/newmigration:certifications/blades/certificate-cdr-cdr-default.tpl.php "
    "(attendance certificate of a continuing education activity: certifies that, participated "
    "in, on a date, designated for a number of credits) and wording of webinar platforms' "
    "attendee reports (join time, time in session, time zone, presenters)"
)
KIND = "session"
PAPER = "slip"
CATEGORIES = (
    "slip",
    "labelled",
    "distractor-person",
    "time-attended",
    "provider-in-logo",
    "landscape",
)

TEMPLATE = """<style>
.edge { position:absolute; left:0; top:0; bottom:0; width:58px; background:${edge}; color:#fff }
.edge div { position:absolute; left:50%; top:50%; transform:translate(-50%,-50%) rotate(-90deg); white-space:nowrap; font: bold 13px ${sans}; letter-spacing:2px; text-transform:uppercase }
.w { position:absolute; left:84px; right:28px; top:22px; bottom:18px; font: 12px ${sans}; color:#1c1c1c }
.h { display:flex; justify-content:space-between; align-items:baseline; border-bottom:2px solid ${edge}; padding-bottom:6px }
.h b { font: bold 17px ${face}; color:${edge} } .h span { font-size:10.5px; color:#666; text-align:right }
.g { display:grid; grid-template-columns: 1.25fr 1fr; gap:0 24px; margin-top:10px }
.row { padding:6px 0; border-bottom:1px solid #e6e6e6; line-height:15px }
.row small { display:block; font-size:9.5px; color:#777; text-transform:uppercase; letter-spacing:.7px }
.row b { font-size:13.5px; line-height:17px }
.cr b { font-size:15px; color:${edge} }
.nt { position:absolute; left:0; right:0; bottom:0; font-size:8.5px; color:#777; border-top:1px solid #ccc; padding-top:4px }
</style>
<div class="edge"><div>${edge_text}</div></div>
<div class="w">
 <div class="h"><b>${heading}</b><span>${series}</span></div>
 <div class="g">
  <div>${left_html}</div>
  <div>${right_html}</div>
 </div>
 <div class="nt">${note}</div>
</div>
"""


def fill(d):
    import html

    e = html.escape
    r = d.rng
    show = d.provider()
    title = d.title("plain")
    name = d.name(d.pick(["plain", "plain", "upper", "last_first"]))
    date = d.date(d.pick(["weekday", "long", "short_month", "us_numeric"]))
    length = {0.5: 30, 1: 60, 1.5: 90, 2: 120, 3: 180}.get(d.credit, int(d.credit * 60))
    start_h = d.pick([10, 11, 12, 13, 14, 15])
    start_m = d.pick([0, 0, 30])
    end_total = start_h * 60 + start_m + length

    def clock(t):
        h, m = divmod(t, 60)
        return f"{h % 12 or 12}:{m:02d} {'PM' if h >= 12 else 'AM'}"

    span = f"{clock(start_h * 60 + start_m)} – {clock(end_total)} {d.pick(['ET', 'CT', 'MT', 'PT', 'Eastern', 'Central'])}"
    connected = length + r.randrange(-2, 9)
    p1, p2 = d.person(), d.person()
    hours = d.hours(d.pick(["cecs", "cec_hours", "iicrc_cec", "cecs_colon", "hrs"]))
    left = [
        (d.pick(["Attendee", "Participant", "Registrant"]), e(name)),
        ("Webinar", e(title)),
        (d.pick(["Broadcast", "Live on", "Date"]), f"{e(date)}<br>{e(span)}"),
    ]
    right = [
        (d.pick(["Presenters", "Speakers"]), f"{e(p1)}<br>{e(p2)}"),
        (
            d.pick(["Time connected", "Time in session", "Attendance"]),
            f"{connected} min of {length} min",
        ),
        (d.pick(["Credit", "CE credit earned"]), e(hours)),
    ]
    if d.chance(0.4):
        right.append(("IICRC approval", e(d.approval())))
    else:
        right.append((d.pick(["Confirmation #", "Record no."]), e(d.number())))

    def rows(items):
        return "".join(
            f'<div class="row{" cr" if "redit" in k else ""}"><small>{k}</small><b>{v}</b></div>'
            for k, v in items
        )

    return {
        "face": d.fonts[d.pick(["sans", "serif", "cond"])],
        "edge": d.pick([d.colors["dark"], "#0b5cab", "#7c2d12", "#0f766e", "#4c1d95"]),
        "edge_text": d.org_alt or show,
        "heading": d.pick(
            [
                "Live Webinar Credit Confirmation",
                "Webinar Attendance Record",
                "Virtual Session Credit",
            ]
        ),
        "series": f"{show} · {d.pick(['Virtual Education Series', 'Webinar Week', 'Online Learning Days'])}",
        "left_html": rows(left),
        "right_html": rows(right),
        "note": d.pick(
            [
                "Attendance verified from the webinar platform's join and leave log. Credit requires "
                "attendance for the full scheduled length.",
                "Keep this confirmation with your certification records. Partial attendance is not credited.",
            ]
        ),
    }
