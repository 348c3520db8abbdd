"""A conference name badge: large first name, the full name smaller, the
company, a coloured strip with the attendee type, and a printed sticker
added at the session door recording the session and its CEC credit."""

SOURCE = (
    "LSSTDESC/name-tag-guru:README.md (badge layout: large badge name, small name, affiliation)"
)
KIND = "session"
PAPER = "badge"
CATEGORIES = ("slip", "landscape", "labelled", "provider-in-logo")

TEMPLATE = """<style>
.b { position:absolute; inset:0; font-family:${sans}; text-align:center }
.ev { background:${dark}; color:#fff; font-size:11px; font-weight:bold; padding:6px 4px; letter-spacing:1px }
.fn { font-size:40px; font-weight:bold; margin-top:6px; line-height:1 } .full { font-size:13px; margin-top:2px }
.co { font-size:11px; color:#444 } .type { position:absolute; left:0; bottom:0; width:100%; background:${accent}; color:#fff; font-size:10px; padding:3px; font-weight:bold }
.st { position:absolute; right:8px; bottom:24px; width:150px; border:1px dashed #333; background:#fffbe6; font-size:8.5px; text-align:left; padding:4px 5px; line-height:11px }
</style>
<div class="b">
 <div class="ev">${event}</div>
 <div class="fn">${first}</div>
 <div class="full">${name}</div>
 <div class="co">${company}</div>
 <div class="st"><b>SESSION ATTENDED</b><br>${title}<br>${date} &middot; ${hours}</div>
 <div class="type">${type}</div>
</div>
"""


def fill(d):
    return {
        "event": d.provider("upper"),
        "first": d.first.split()[0].split("-")[0],
        "name": d.name("plain"),
        "company": d.pick(
            [
                "Dry Right Restoration",
                "ServiceMark Cleaning",
                "Prime Water Cleanup LLC",
                "Bluewave Restoration",
            ]
        ),
        "title": d.title("plain"),
        "date": d.date(d.pick(["short_month", "us_short", "us_numeric"])),
        "hours": d.hours(d.pick(["cecs", "cec_hours", "iicrc_cec"])),
        "type": d.pick(["FULL CONFERENCE", "ATTENDEE", "EXHIBIT HALL + EDUCATION"]),
    }
