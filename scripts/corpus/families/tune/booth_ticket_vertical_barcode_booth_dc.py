"""A booth check-in ticket printed from an event ticketing system on half a
letter sheet: a coloured left edge, the organiser's logo box at the top
right, a boxed barcode panel on the left, event details and attendee details
in two labelled columns (heading in capitals over each value), a rotated
barcode number down the right edge and a line of terms at the bottom."""

SOURCE = "dreamdev21/Laravel-Event-management-system:resources/views/ManageEvent/Partials/TicketDesignPreview.blade.php"
KIND = "booth"
PAPER = "half-letter"
CATEGORIES = ("slip", "landscape", "labelled", "barcode", "provider-in-logo", "tiny-footer")

TEMPLATE = """<style>
.tk { position:absolute; inset:22px; border:1px solid ${border}; border-left:6px solid ${border}; background:${bg}; font: 13px ${face}; color:#444 }
.logo { position:absolute; right:54px; top:18px; width:190px; border:2px solid ${border}; padding:6px 8px; text-align:center;
  font: bold 13px ${display}; color:${border}; line-height:16px }
.logo small { display:block; font: 9px ${sans}; letter-spacing:1.5px; color:#666; margin-top:2px }
.bc { position:absolute; left:-1px; top:96px; width:170px; height:170px; border:1px solid #000; border-left:none; background:#fdfdfd; padding:12px }
.bc .bars { height:112px; background:repeating-linear-gradient(90deg,#000 0 2px,transparent 2px 4px,#000 4px 5px,transparent 5px 8px,#000 8px 11px,transparent 11px 12px) }
.bc .n { font: 11px ${mono}; text-align:center; margin-top:6px; color:#000 }
.col { position:absolute; top:108px; width:240px }
h4 { margin:12px 0 2px; font: bold 12.5px ${sans}; text-transform:uppercase; color:${head}; letter-spacing:.5px }
.col div { line-height:20px; font-size:15.5px; color:#222 }
.vb { position:absolute; right:-34px; top:190px; transform:rotate(90deg); font: 12px ${mono}; color:#000; letter-spacing:2px; white-space:nowrap }
.tt { position:absolute; left:190px; top:24px; font: bold 22px ${sans}; color:${head}; text-transform:uppercase; letter-spacing:1px; max-width:420px; line-height:26px }
.terms { position:absolute; left:14px; right:60px; bottom:10px; font-size:9px; color:#777; line-height:12px }
</style>
<div class="tk">
 <div class="tt">${ticket_title}</div>
 <div class="logo">${org}<small>${org_tag}</small></div>
 <div class="bc"><div class="bars"></div><div class="n">${code}</div></div>
 <div class="col" style="left:196px">
  <h4>Event</h4><div>${event}</div>
  <h4>Organiser</h4><div>${organiser}</div>
  <h4>Venue</h4><div>${venue}</div>
  <h4>${date_label}</h4><div>${date}</div>
 </div>
 <div class="col" style="left:450px">
  <h4>Name</h4><div>${name}</div>
  <h4>Ticket</h4><div>${ticket}</div>
  <h4>${credit_label}</h4><div>${hours}</div>
  <h4>Reference</h4><div>${ref}</div>
 </div>
 <div class="vb">${code}</div>
 <div class="terms">${terms}</div>
</div>
"""


def fill(d):
    r = d.rng
    org = d.provider()
    code = "".join(str(r.randrange(10)) for _ in range(12))
    return {
        "border": d.pick(["#1e6091", "#b8860b", "#8b0000", "#2d6a4f", "#6a4c93"]),
        "bg": d.pick(["#ffffff", "#fdfbf5", "#f6f9fc"]),
        "head": d.pick(["#1f3a5f", "#333", "#5b2333"]),
        "face": d.fonts["sans"],
        "ticket_title": d.pick(["Booth check-in", "Exhibit hall scan", "Booth visit ticket"]),
        "org": org,
        "org_tag": d.pick(["EXHIBIT HALL", "TRADE SHOW", "EXPO FLOOR"]),
        "code": code,
        "event": d.set_title(
            d.pick(
                [
                    "IICRC Booth Registration",
                    "IICRC Booth Registration (Booth 1412)",
                    "IICRC Booth – Registration",
                ]
            ),
            ["IICRC Booth Registration"],
        ),
        "organiser": d.pick(
            ["IICRC", "Institute of Inspection, Cleaning and Restoration Certification"]
        ),
        "venue": d.venue(),
        "date_label": d.pick(["Date", "Scanned", "Visit date"]),
        "date": d.date(d.pick(["weekday", "long", "us_numeric", "dmy_long"]))
        + d.pick(["", f" {r.randint(9, 16)}:{r.randint(0, 59):02d}"]),
        "name": d.name(d.pick(["plain", "last_first"])),
        "ticket": d.pick(["Booth Registration (free)", "CEC Booth Visit", "Exhibit pass add-on"]),
        "credit_label": d.pick(["CEC credit", "CECs", "Credit hours"]),
        "hours": d.hours(d.pick(["cec_hours", "hours_title", "cecs"])),
        "ref": d.number("#"),
        "terms": d.pick(
            [
                "This ticket is your receipt for the booth visit. CEC credit is posted to your IICRC record after the show.",
                "Keep this ticket. Credit applies once per certified technician per show.",
            ]
        ),
    }
