"""A training certificate from an equipment maker's training centre: a dark
header band with the centre's wordmark and a line naming the manufacturing
group it belongs to, the training centre's address and phone at the right; a
left column with the heading, the holder, the class and its dates over a row
of small boxed fields (class number, approval number, credit, time in the
lab); a tinted right panel listing the equipment used in the hands-on part
with model numbers; two signatures; and a strip of the group's sister brands
along the foot, with a certificate number and an issue date in small type."""

SOURCE = (
    "https://www.restorationsciencesacademy.com/Content_003.aspx?tid=1014 "
    "(a manufacturers' group teaching restoration classes on its own equipment)"
)
KIND = "course"
PAPER = ["letter-landscape", "a4-landscape"]
CATEGORIES = (
    "landscape",
    "dark-band",
    "labelled",
    "sentence",
    "provider-in-logo",
    "date-range",
    "distractor-person",
    "distractor-org",
    "distractor-date",
)

TEMPLATE = """<style>
.top { position:absolute; left:0; right:0; top:0; height:112px; background:${band}; color:#fff;
  display:flex; align-items:center; justify-content:space-between; padding:0 46px }
.mark { display:flex; align-items:center; gap:16px }
.glyph { width:58px; height:58px; border:4px solid ${hi}; border-radius:${radius}; display:flex;
  align-items:center; justify-content:center; font: bold 22px ${sans}; color:${hi} }
.wm b { display:block; font: bold 27px ${head}; letter-spacing:.4px }
.wm span { font: 12.5px ${sans}; opacity:.85; letter-spacing:1.2px; text-transform:uppercase }
.addr { text-align:right; font: 11.5px ${sans}; line-height:16px; opacity:.9 }
.stripe { position:absolute; left:0; right:0; top:112px; height:7px; background:${hi} }
.main { position:absolute; left:52px; top:150px; width:${main_w}px; font-family:${sans}; color:#1a1a1a }
.kick { font: bold 13px ${sans}; letter-spacing:3px; text-transform:uppercase; color:${band} }
h1 { font: 34px ${head}; margin:6px 0 16px; color:#111 }
.lead { font-size:14px; color:#444 }
.nm { font: ${name_weight} ${name_size}px ${name_face}; margin:4px 0 12px; color:${band}; border-bottom:1px solid #bbb; padding-bottom:6px }
.crs { font: bold 21px ${sans}; margin:4px 0 8px }
.txt { font-size:14px; line-height:21px; color:#333 }
.boxes { display:flex; gap:10px; margin-top:18px }
.boxes div { border:1.5px solid ${band}; padding:5px 10px 7px; min-width:112px }
.boxes small { display:block; font-size:9.5px; text-transform:uppercase; letter-spacing:.8px; color:#555 }
.boxes span { font: bold 15px ${sans} }
.topics { margin-top:16px; font-size:12px; line-height:17px; color:#555; max-width:600px }
.side { position:absolute; right:48px; top:150px; width:236px; background:${light}; border-top:5px solid ${band};
  padding:14px 16px 12px; font: 12px ${sans}; color:#222 }
.side h4 { margin:0 0 8px; font-size:11px; letter-spacing:1.5px; text-transform:uppercase; color:${band} }
.side table { width:100%; border-collapse:collapse }
.side td { padding:4px 0; border-bottom:1px dotted #999; vertical-align:top }
.side td.m { text-align:right; font-family:${mono}; font-size:11px; white-space:nowrap; padding-left:6px }
.side p { margin-top:10px; font-size:10.5px; color:#555; line-height:14px }
.sig { position:absolute; left:52px; right:48px; top:${sig_top}px; display:flex; gap:44px; font-family:${sans} }
.sig div { width:250px }
.sig .h { font: 27px ${hand}; height:34px; white-space:nowrap }
.sig .l { border-top:1px solid #222; font-size:11.5px; padding-top:3px; line-height:15px }
.brands { font-family:${sans}; position:absolute; left:0; right:0; bottom:30px; height:58px; border-top:1px solid #ccc;
  display:flex; align-items:center; justify-content:center; gap:30px; padding:0 40px }
.brands i { font-style:normal; font-size:10px; color:#666; letter-spacing:1px; text-transform:uppercase }
.brands b { color:#555; white-space:nowrap }
.fine { position:absolute; left:46px; right:46px; bottom:10px; display:flex; justify-content:space-between;
  font: 9.5px ${sans}; color:#666 }
</style>
<div class="top">
 <div class="mark"><div class="glyph">${initials}</div>
  <div class="wm"><b>${org}</b><span>${parent_line}</span></div></div>
 <div class="addr">${center}<br>${street}<br>${town}<br>${phone}</div>
</div>
<div class="stripe"></div>
<div class="main">
 <div class="kick">${kicker}</div>
 <h1>${heading}</h1>
 <div class="lead">${lead}</div>
 <div class="nm">${name}</div>
 <div class="lead">${for_line}</div>
 <div class="crs">${title}</div>
 <div class="txt">${body}</div>
 <div class="boxes">${boxes_html}</div>
 <div class="topics">${topics}</div>
</div>
<div class="side">
 <h4>${eq_head}</h4>
 <table>${equipment_html}</table>
 <p>${eq_note}</p>
</div>
<div class="sig">
 <div><div class="h">${instructor}</div><div class="l">${instructor}<br>${instr_role}</div></div>
 <div><div class="h">${director}</div><div class="l">${director}<br>${dir_role}</div></div>
</div>
<div class="brands"><i>${brands_label}</i>${brands_html}</div>
<div class="fine"><span>${cert_line}</span><span>${issued_line}</span><span>${web}</span></div>
"""
PARENTS = [
    "Stormline Brands",
    "Tidewater Equipment Group",
    "Northgate Restoration Products",
    "Cobalt Drying Technologies",
]
SISTERS = [
    ("AirLift", "'League Spartan', sans-serif", "bold"),
    ("Ventura Fans", "'Roboto Slab', serif", "bold"),
    ("DryPeak", "'Nimbus Sans', sans-serif", "900"),
    ("Hydra-Vac", "'URW Gothic', sans-serif", "bold"),
    ("OxyClear", "'Lobster Two', cursive", "normal"),
    ("ThermaPro", "'Roboto Condensed', sans-serif", "bold"),
    ("SureSeal Chemical", "'P052', serif", "bold"),
]
EQUIPMENT = [
    ("LGR dehumidifier", "DX-{n}"),
    ("Axial air mover", "AX-{n}"),
    ("Centrifugal air mover", "CF-{n}"),
    ("Hydroxyl generator", "HG-{n}"),
    ("HEPA air scrubber", "AS-{n}"),
    ("Truckmount wand", "TW-{n}"),
    ("Desiccant unit", "DS-{n}"),
    ("Heat drying system", "HT-{n}"),
    ("Thermo-hygrometer", "TH-{n}"),
    ("Pin / pinless meter", "MM-{n}"),
]


def fill(d):
    r = d.rng
    org = d.provider()
    parent = d.pick(PARENTS)
    street, town = d.address()
    words = [w for w in org.replace(",", "").split() if w[:1].isupper()]
    initials = "".join(w[0] for w in words[:2])
    face_key = d.pick(["script", "sans", "display"])
    scripty = face_key == "script"
    dates = d.date_range(d.pick([1, 2, 2, 3]))
    title = d.title(d.pick(["plain", "with_code", "code_first"]))
    hours = d.hours_number()
    lab = d.pick([v for v in (2, 3, 4, 5, 6, 8) if v != d.credit])
    class_no = d.pick(
        [
            f"{r.randrange(100, 999)}-{d.completed.strftime('%y')}",
            f"TC{r.randrange(1000, 9999)}",
            f"#{r.randrange(10000, 99999)}",
        ]
    )
    boxes = [("Class no.", class_no)]
    if d.chance(0.6):
        boxes.append((d.pick(["IICRC approval", "CEC approval #", "Approval no."]), d.approval()))
    boxes.append((d.pick(["CECs", "IICRC CECs", "Credit hours"]), hours))
    boxes.append((d.pick(["Hands-on lab", "Lab time", "In-lab hours"]), f"{lab} hrs"))
    boxes_html = "".join(f"<div><small>{k}</small><span>{v}</span></div>" for k, v in boxes)
    gear = r.sample(EQUIPMENT, d.pick([4, 5, 6]))
    equipment_html = "".join(
        f"<tr><td>{g}</td><td class='m'>{m.format(n=r.choice([45, 65, 80, 95, 120, 200, 350, 1200, 3000]))}</td></tr>"
        for g, m in gear
    )
    sisters = r.sample(SISTERS, d.pick([4, 5]))
    brands_html = "".join(
        f'<b style="font-family:{f}; font-weight:{w}; font-size:{r.choice([15, 16, 18])}px">{n}</b>'
        for n, f, w in sisters
    )
    center = d.pick(["Training Center", "Technical Training Facility", "Demo & Training Lab"])
    instructor, director = d.person(), d.person()
    return {
        "band": d.pick(["#15263f", "#1e1e1e", "#0f3b2f", "#3a1224", d.colors["dark"]]),
        "hi": d.pick(["#f2b705", "#e4572e", "#29a3d6", "#8bc34a"]),
        "radius": d.pick(["50%", "6px", "0"]),
        "head": d.pick([d.fonts["sans"], d.fonts["display"], d.fonts["cond"]]),
        "initials": initials or "TC",
        "org": org,
        "parent_line": d.pick([f"A {parent} company", f"Training division of {parent}", parent]),
        "center": center,
        "street": street,
        "town": town,
        "phone": d.pick([d.phone(), f"Tel {d.phone()}", f"Ph. {d.phone()}"]),
        "main_w": 640,
        "kicker": d.pick(["Manufacturer training", "Hands-on equipment class", "Product school"]),
        "heading": d.pick(
            ["Certificate of Training", "Certificate of Completion", "Training Certificate"]
        ),
        "lead": d.pick(["This is to certify that", "Awarded to", "This certifies that"]),
        "name_face": d.fonts[face_key],
        "name_size": 40 if scripty else 31,
        "name_weight": "normal" if scripty else "bold",
        "name": d.name(d.pick(["plain", "plain", "upper"])),
        "for_line": d.pick(
            [
                "has attended and completed the classroom and hands-on sessions of",
                "successfully completed",
                "has satisfactorily completed the requirements of",
            ]
        ),
        "title": title,
        "body": d.pick(
            [
                f"held at the {org} {center.lower()}, {dates}.",
                f"Class dates: {dates}. Location: {town}.",
                f"{dates} · {town}",
            ]
        ),
        "boxes_html": boxes_html,
        "eq_head": d.pick(["Equipment used in class", "Lab equipment", "Hands-on stations"]),
        "equipment_html": equipment_html,
        "eq_note": d.pick(
            [
                "Equipment furnished for training purposes only. Performance in the field "
                "depends on job conditions.",
                "Students operated each unit under instructor supervision.",
                "",
            ]
        ),
        "instructor": instructor,
        "instr_role": d.pick(["Lead Instructor", "IICRC Approved Instructor", "Trainer"]),
        "director": director,
        "dir_role": d.pick(["Director of Training", "Training Manager", "VP, Education"]),
        "topics": d.pick(
            [
                "Covered: psychrometry on the job, equipment sizing and placement, "
                "monitoring and moisture documentation, maintenance and troubleshooting.",
                "Classroom theory followed by set-up, operation and teardown of each unit "
                "in the training structure.",
                "",
            ]
        ),
        "sig_top": 610,
        "brands_label": d.pick(["Our family of brands", f"{parent}:", "Brands"]),
        "brands_html": brands_html,
        "cert_line": f"Certificate no. {d.number()}",
        "issued_line": f"Issued {d.other_date('issue')}",
        "web": d.web(),
    }
