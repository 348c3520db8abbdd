"""A trade-show booth visit printed like an airline boarding pass: a coloured
top band with the show's name and a small "pass" label, two large codes
joined by an arrow (hall and booth in place of airports), a row of small
capital labels over values (attendee, scan time, credit, booth) with the show
faint as a watermark, a barcode strip, and a perforated stub at the right
that repeats the attendee and the credit."""

SOURCE = "ousmanekedougou/voyage:resources/views/client/print/index.blade.php"
KIND = "booth"
PAPER = "slip"
CATEGORIES = (
    "slip",
    "dark-band",
    "labelled",
    "landscape",
    "barcode",
    "stub",
)

TEMPLATE = """<style>
.t { position:absolute; inset:16px; border-radius:14px; overflow:hidden; background:#fff; border:1px solid #bbb;
  font-family:${sans}; color:#222 }
.top { height:52px; background:${dark}; color:#fff; display:flex; align-items:center; padding:0 18px }
.top .a { font: bold 17px ${sans}; letter-spacing:0.5px; flex:1 }
.top .b { font: 11px ${sans}; letter-spacing:2.5px; width:150px; text-align:right; margin-right:158px }
.top .a2 { position:absolute; right:16px; top:0; width:150px; height:52px; display:flex; align-items:center; justify-content:center;
  font: bold 12px ${sans}; letter-spacing:1px; text-align:center }
.main { position:absolute; left:0; top:52px; bottom:0; right:168px; padding:14px 18px 0 64px }
.bc { position:absolute; left:14px; top:66px; bottom:18px; width:34px;
  background:repeating-linear-gradient(180deg, #111 0 2px, #fff 2px 4px, #111 4px 7px, #fff 7px 8px, #111 8px 9px, #fff 9px 12px) }
.codes { display:flex; align-items:center; gap:20px }
.code { font: bold 40px ${sans}; color:${dark}; letter-spacing:1px; line-height:44px }
.code small { display:block; font: 10px ${sans}; color:#777; letter-spacing:1.5px; line-height:12px }
.arr { font-size:26px; color:${accent} }
.wm { position:absolute; right:200px; top:250px; font: bold 40px ${sans}; color:${dark}; opacity:0.07; transform:rotate(-8deg) }
.grid { display:grid; grid-template-columns: 1.7fr 1fr; row-gap:10px; column-gap:16px; margin-top:14px }
.lb { font: bold 9.5px ${sans}; color:#777; letter-spacing:1.2px }
.vl { font: bold 14px ${sans}; color:#111; margin-top:2px }
.stub { position:absolute; right:0; top:52px; bottom:0; width:168px; border-left:2px dashed #aaa; padding:14px 14px 0 }
.notch { position:absolute; right:160px; width:16px; height:16px; border-radius:50%; background:#fff; border:1px solid #bbb }
.stub .vl { font-size:12.5px; margin-bottom:9px }
.stub .bc2 { position:absolute; left:14px; right:14px; bottom:16px; height:30px;
  background:repeating-linear-gradient(90deg, #111 0 2px, #fff 2px 3px, #111 3px 6px, #fff 6px 8px, #111 8px 9px, #fff 9px 12px) }
.foot { position:absolute; left:64px; right:182px; bottom:12px; font: 9.5px ${sans}; color:#666; line-height:13px }
</style>
<div class="t">
 <div class="top"><div class="a">${org}</div><div class="b">${pass_label}</div><div class="a2">${stub_head}</div></div>
 <div class="bc"></div>
 <div class="wm">${wm}</div>
 <div class="main">
  <div class="codes">
   <div class="code"><small>${from_label}</small>${hall}</div><div class="arr">&#9992;</div>
   <div class="code"><small>${to_label}</small>${booth}</div>
  </div>
  <div class="grid">
   <div><div class="lb">${name_label}</div><div class="vl">${name}</div></div>
   <div><div class="lb">${credit_label}</div><div class="vl">${hours}</div></div>
   <div><div class="lb">${time_label}</div><div class="vl">${time} &nbsp;${date}</div></div>
   <div><div class="lb">${ref_label}</div><div class="vl">${ref}</div></div>
   <div><div class="lb">${ex_label}</div><div class="vl">${exhibitor}</div></div>
   <div><div class="lb">${dev_label}</div><div class="vl">${device}</div></div>
  </div>
 </div>
 <div class="foot">${what} ${foot}</div>
 <div class="notch" style="top:-8px"></div><div class="notch" style="bottom:-8px"></div>
 <div class="stub">
  <div class="lb">${name_label}</div><div class="vl">${name}</div>
  <div class="lb">${to_label}</div><div class="vl">${booth}</div>
  <div class="lb">${credit_label}</div><div class="vl">${hours}</div>
  <div class="bc2"></div>
 </div>
</div>
"""


def fill(d):
    booth = f"{d.pick(['', '', 'B', 'C'])}{d.rng.randrange(100, 2999)}"
    h = d.pick([9, 10, 11, 13, 14, 15, 16])
    time = f"{(h - 1) % 12 + 1}:{d.rng.randrange(0, 59):02d} {'AM' if h < 12 else 'PM'}"
    org = d.provider()
    words = [w for w in org.split() if w[:1].isalpha()]
    what = (
        d.title("plain") + "."
        if d.chance(0.5)
        else d.pick(["Exhibitor visit recorded.", "Booth scan recorded."])
    )
    from corpus.values import MANUFACTURERS

    return {
        "org": org,
        "ex_label": d.pick(["EXHIBITOR", "HOST", "BOOTH HOLDER"]),
        "exhibitor": d.pick(MANUFACTURERS)[0],
        "dev_label": d.pick(["SCANNER", "DEVICE", "GATE"]),
        "device": d.pick(["LR-", "SC-", "G"]) + str(d.rng.randrange(10, 99)),
        "pass_label": d.pick(["BOOTH PASS", "VISIT PASS", "EXHIBIT PASS"]),
        "stub_head": d.pick(["ATTENDEE COPY", "KEEP THIS STUB", "CEC STUB"]),
        "wm": "".join(w[0] for w in words[:4]).upper(),
        "from_label": d.pick(["HALL", "FLOOR", "ZONE"]),
        "hall": d.pick(["A", "B", "C", "N1", "S2", "W"]),
        "to_label": d.pick(["BOOTH", "STAND", "BOOTH NO."]),
        "booth": booth,
        "name_label": d.pick(["ATTENDEE NAME", "PASSENGER", "VISITOR"]),
        "name": d.name(d.pick(["upper", "last_first", "plain"])),
        "credit_label": d.pick(["CREDIT", "CEC", "IICRC CEC"]),
        "hours": d.hours(d.pick(["cecs", "cec_hours", "hrs", "hours_title"])),
        "time_label": d.pick(["SCANNED", "BOARDING TIME", "CHECK-IN"]),
        "time": time,
        "date": d.date(d.pick(["short_month", "dd_mon_yyyy", "us_numeric", "long_upper"])),
        "ref_label": d.pick(["BADGE ID", "SEQ", "REF"]),
        "ref": d.number(),
        "what": what,
        "foot": d.pick(
            [
                "Credit is reported after the show; keep this pass until it appears on your record.",
                "Present the stub at the IICRC desk if your scan is missing.",
                "One credit per attendee per show. Not transferable.",
            ]
        ),
    }
