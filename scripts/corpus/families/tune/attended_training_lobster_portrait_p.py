"""A tall certificate inside two thick coloured frames, one inside the other
in contrasting colours: a round emblem with the training unit's name in
italics under it, the heading set in a heavy script, then centred lines that
alternate small italic connectors with larger bold values (the holder, "has
attended", the training, "On", the date), a credit line, and at the foot the
signer's office over several lines, a gap for the signature, the signer's
name over a short rule and a staff number under it."""

SOURCE = "yussariunaf/laravel:resources/views/upt/pelatihan/certificate.blade.php"
KIND = "course"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "portrait",
    "sentence",
    "ornate",
    "distractor-person",
    "provider-in-logo",
)

TEMPLATE = """<style>
.o { position:absolute; inset:34px; border:12px solid ${outer} }
.i { position:absolute; inset:58px; border:6px solid ${inner} }
.w { position:absolute; inset:64px; text-align:center; font-family:${sans}; color:#111 }
.em { width:112px; height:112px; margin:52px auto 12px; border-radius:50%; border:5px double ${outer}; display:flex; align-items:center; justify-content:center;
  font: bold 30px ${display}; color:${outer}; background:${light} }
.un { font: italic 16px ${sans}; color:#333 }
.ti { font: ${title_weight} 54px ${title_face}; color:${ink}; margin:36px 0 30px; line-height:62px }
.c { font: italic 22px ${serif}; color:#333; margin:16px 0 }
.v { font: bold 28px ${sans}; margin:10px 40px; line-height:34px }
.nm { font-size:${name_size}px }
.dt { font: 24px ${sans}; margin:8px 0 }
.cr { font: 15px ${sans}; color:#333; margin-top:22px }
.sg { position:absolute; left:0; right:0; bottom:56px; font: 15px ${sans}; line-height:20px }
.sg .gap { height:56px; position:relative } .sg .gap i { position:absolute; left:0; right:0; bottom:0; font: normal 32px ${hnd}; color:#1f2f6f }
.sg .nmx { font-weight:bold } .sg hr { width:230px; border:0; border-top:1px solid #222; margin:3px auto }
.sg .id { font-size:13px; color:#333 }
</style>
<div class="o"></div><div class="i"></div>
<div class="w">
 <div class="em">${mark}</div>
 <div class="un">${org}</div>
 <div class="ti">${heading}</div>
 <div class="c">${certify}</div>
 <div class="v nm">${name}</div>
 <div class="c">${attended}</div>
 <div class="v">${title}</div>
 <div class="c">${on}</div>
 <div class="dt">${date}</div>
 <div class="cr">${credit}</div>
 <div class="sg">${office_html}<div class="gap"><i>${signer}</i></div><div class="nmx">${signer}</div><hr><div class="id">${id_label} ${id}</div></div>
</div>
"""


def fill(d):
    import html

    fallback = ", 'Z003', 'Dancing Script', cursive"
    org = d.provider()
    mark = "".join(w[0] for w in org.replace("&", "").split() if w[0].isupper())[:3]
    name = d.name(d.pick(["plain", "plain", "honorific", "upper"]))
    outer, inner = d.pick(
        [
            ("#28a745", "#ffc107"),
            ("#1f3a5f", "#c9a227"),
            ("#5b2333", "#d4a373"),
            ("#2d6a4f", "#e9c46a"),
        ]
    )
    scripted = d.chance(0.7)
    hours = d.hours(d.pick(["cec_hours", "words", "iicrc_cec", "hours_title", "ceu_and_cec"]))
    office = d.pick(
        [
            ["Director of Education", org],
            ["Training Manager", "Technical Training Department", org],
            ["Lead Instructor", org],
        ]
    )
    return {
        "outer": outer,
        "inner": inner,
        "ink": d.pick(["#111", outer]),
        "mark": mark,
        "org": org,
        "title_face": d.fonts["script"].replace(", cursive", fallback)
        if scripted
        else d.fonts["display"],
        "title_weight": "bold" if scripted else "normal",
        "heading": d.pick(
            ["Certificate of Attendance", "Certificate of Training", "Certificate of Completion"]
        ),
        "hnd": d.fonts["hand"].replace(", cursive", fallback),
        "certify": "This is to certify that",
        "name": name,
        "name_size": "30" if len(name) <= 24 else "26",
        "attended": d.pick(["has attended", "has attended and completed", "has participated in"]),
        "title": d.title(d.pick(["plain", "plain", "with_code"])),
        "on": d.pick(["On", "On", "Completed on"]),
        "date": d.date(d.pick(["long", "ordinal", "weekday", "dmy_long", "words"])),
        "credit": d.pick([f"Credit awarded: {hours}", f"({hours})", hours])
        if ":" not in hours
        else hours,
        "office_html": "<br>".join(html.escape(x) for x in office),
        "signer": d.person(),
        "id_label": d.pick(["Instructor No.", "Staff ID", "IICRC Instructor #"]),
        "id": str(d.rng.randrange(10000, 999999)),
    }
