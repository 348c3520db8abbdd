"""Page one of a cleaning chemical's Safety Data Sheet, as a technician might
photograph it from the van binder along with his certificates: the product
name and revision line at the top, then numbered section bars (1
identification, 2 hazards, 3 composition, 4 first aid) with colon-labelled
rows, a hazard diamond, a composition table with CAS numbers, and a page
footer. No one completes anything on it."""

SOURCE = (
    "https://fdocuments.us/document/safety-data-sheet-astonish-carpet-and-upholstery-cleaner-"
    "date-06122017-revision.html and https://www.manualshelf.com/manual/seventh-generation/"
    "sev22981/2-1-sds-english.html (SDS section order and Section 1 wording)"
)
KIND = "other"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "other",
    "labelled",
    "table",
    "portrait",
    "distractor-date",
    "dense-text",
)

TEMPLATE = """<style>
.w { position:absolute; inset:40px 48px 50px; font-family:${sans}; font-size:11.5px; color:#111; line-height:15px }
.top { display:flex; justify-content:space-between; align-items:flex-start; border-bottom:3px solid #111; padding-bottom:8px }
.top h1 { font: bold 24px ${sans}; margin:0; letter-spacing:1px }
.top .pn { font: bold 15px ${sans}; margin-top:4px }
.top .rv { text-align:right; font-size:11px; line-height:15px }
.sec { background:${bar}; color:${bar_fg}; font: bold 12.5px ${sans}; padding:4px 8px; margin-top:12px }
.rows { display:grid; grid-template-columns:190px 1fr; column-gap:8px; row-gap:3px; margin-top:6px; padding:0 8px }
.rows .l { font-weight:bold }
.hz { display:flex; gap:16px; margin-top:6px; padding:0 8px }
.dia { flex:none; width:54px; height:54px; margin:10px 8px; transform:rotate(45deg); border:4px solid #c00; background:#fff;
  display:flex; align-items:center; justify-content:center }
.dia:after { content:"!"; transform:rotate(-45deg); font: bold 30px ${sans} }
table { width:calc(100% - 16px); margin:6px 8px 0; border-collapse:collapse; font-size:11px }
th { text-align:left; border-bottom:1.5px solid #111; padding:3px 4px }
td { border-bottom:1px solid #bbb; padding:3px 4px }
.ft { position:absolute; left:48px; right:48px; bottom:22px; display:flex; justify-content:space-between; font: 10px ${sans};
  color:#333; border-top:1px solid #111; padding-top:4px }
</style>
<div class="w">
 <div class="top">
  <div><h1>SAFETY DATA SHEET</h1><div class="pn">${product}</div></div>
  <div class="rv">Revision date: ${rev_date}<br>Revision: ${rev}<br>Supersedes date: ${sup_date}</div>
 </div>
 <div class="sec">SECTION 1: Identification of the product and the company</div>
 <div class="rows">
  <div class="l">Product name</div><div>${product}</div>
  <div class="l">Product number</div><div>${code}</div>
  <div class="l">Recommended use</div><div>${use}</div>
  <div class="l">Restrictions on use</div><div>${restrict}</div>
  <div class="l">Supplier</div><div>${maker}<br>${street}, ${city}<br>Tel. ${phone}</div>
  <div class="l">Emergency telephone</div><div>${emergency}</div>
 </div>
 <div class="sec">SECTION 2: Hazard(s) identification</div>
 <div class="hz">
  <div class="dia"></div>
  <div class="rows" style="padding:0;flex:1">
   <div class="l">Classification</div><div>${classification}</div>
   <div class="l">Signal word</div><div><b>${signal}</b></div>
   <div class="l">Hazard statements</div><div>${hazards}</div>
   <div class="l">Precautionary statements</div><div>${precautions}</div>
  </div>
 </div>
 <div class="sec">SECTION 3: Composition/information on ingredients</div>
 <table>
  <tr><th>Chemical name</th><th>CAS No.</th><th>Concentration (%)</th></tr>
  ${ingredients_html}
 </table>
 <div class="rows" style="margin-top:6px"><div class="l">Trade secret</div><div>${secret}</div></div>
 <div class="sec">SECTION 4: First-aid measures</div>
 <div class="rows">
  <div class="l">Eye contact</div><div>Rinse cautiously with water for several minutes. Remove contact lenses, if present and easy to do. Continue rinsing. If irritation persists, get medical attention.</div>
  <div class="l">Skin contact</div><div>Wash off with plenty of soap and water. Take off contaminated clothing.</div>
  <div class="l">Inhalation</div><div>Move to fresh air. Get medical attention if symptoms occur.</div>
  <div class="l">Ingestion</div><div>Rinse mouth. Do NOT induce vomiting. Call a poison control center or physician.</div>
  <div class="l">Most important symptoms</div><div>May cause redness and tearing of the eyes.</div>
 </div>
 <div class="sec">SECTION 5: Fire-fighting measures</div>
 <div class="rows">
  <div class="l">Suitable extinguishing media</div><div>Use water spray, foam, dry chemical or carbon dioxide.</div>
  <div class="l">Specific hazards</div><div>${fire}</div>
  <div class="l">Protective equipment</div><div>Wear self-contained breathing apparatus and full protective gear.</div>
 </div>
 <div class="sec">SECTION 6: Accidental release measures</div>
 <div class="rows">
  <div class="l">Personal precautions</div><div>Avoid contact with eyes. Wear protective equipment as described in Section 8.</div>
  <div class="l">Methods for clean-up</div><div>Small spills: contain, soak up with inert absorbent and rinse area with water. Large spills: dike and pump to containers.</div>
 </div>
</div>
<div class="ft"><span>${product} · ${code}</span><span>${issued_label} ${print_date}</span><span>Page 1 of ${pages}</span></div>
"""

PRODUCTS = [
    ("Botanical Disinfectant Concentrate", "Disinfectant for hard, non-porous surfaces"),
    ("Enzyme Odor Digester", "Odor control on organic residues"),
    ("Encapsulating Carpet Prespray", "Professional carpet cleaning"),
    ("Mold Stain Remover RTU", "Removal of mold staining on wood and masonry"),
    ("Smoke Odor Counteractant", "Thermal fogging and deodorization"),
    ("Alkaline Soot Cleaner", "Cleaning of smoke residues on hard surfaces"),
    ("Upholstery Rinse Acidic", "Rinse agent for textile cleaning"),
]
INGREDIENTS = [
    ("Alkyl dimethyl benzyl ammonium chloride", "68424-85-1", "1 - 5"),
    ("Tetrasodium ethylenediaminetetraacetate", "64-02-8", "1 - 5"),
    ("Alcohols, C10-14, ethoxylated", "66455-15-0", "1 - 5"),
    ("Sodium carbonate", "497-19-8", "< 3"),
    ("2-Butoxyethanol", "111-76-2", "3 - 7"),
    ("Citric acid", "77-92-9", "1 - 3"),
    ("Hydrogen peroxide", "7722-84-1", "< 7"),
    ("Isopropyl alcohol", "67-63-0", "5 - 10"),
    ("Sodium lauryl sulfate", "151-21-3", "< 2"),
]


def fill(d):
    from corpus.values import MANUFACTURERS

    product, use = d.pick(PRODUCTS)
    ingredients = d.rng.sample(INGREDIENTS, d.pick([2, 3, 4]))
    rows = "".join(f"<tr><td>{n}</td><td>{c}</td><td>{p}</td></tr>" for n, c, p in ingredients)
    street, city = d.address()
    dark = d.chance(0.5)
    return {
        "bar": d.colors["dark"] if dark else "#d9d9d9",
        "bar_fg": "#fff" if dark else "#111",
        "product": product,
        "code": f"{d.pick(['P', 'SDS-', 'R'])}{d.rng.randrange(1000, 99999)}",
        "use": use,
        "restrict": d.pick(
            ["Use only as directed on the label.", "For professional use only.", "None known."]
        ),
        "maker": d.pick(MANUFACTURERS)[0],
        "street": street,
        "city": city,
        "phone": d.phone(),
        "emergency": d.pick(["CHEMTREC 1-800-424-9300 (24 h)", "1-800-255-3924 (ChemTel, 24 h)"])
        + d.pick(["", f"; office hours {d.phone()}"]),
        "rev_date": d.other_date("print", d.pick(["us_numeric", "dmy_numeric", "iso"])),
        "rev": d.pick(["1.1", "2.0", "3.2", "19.4", "4"]),
        "sup_date": d.other_date("registered", d.pick(["us_numeric", "iso"])),
        "classification": d.pick(
            [
                "Eye irritation, Category 2A; Skin irritation, Category 2",
                "Serious eye damage, Category 1",
                "Not classified as hazardous under 29 CFR 1910.1200",
            ]
        ),
        "signal": d.pick(["Warning", "Danger", "None"]),
        "hazards": d.pick(
            [
                "H315 Causes skin irritation. H319 Causes serious eye irritation.",
                "H318 Causes serious eye damage.",
                "H319 Causes serious eye irritation.",
            ]
        ),
        "precautions": d.pick(
            [
                "P264 Wash hands thoroughly after handling. P280 Wear protective gloves/eye protection. "
                "P305+P351+P338 IF IN EYES: Rinse cautiously with water for several minutes.",
                "P102 Keep out of reach of children. P103 Read label before use. P501 Dispose of contents "
                "in accordance with local regulation.",
            ]
        ),
        "ingredients_html": rows,
        "fire": d.pick(
            [
                "No hazard beyond that of ordinary combustible material.",
                "Thermal decomposition may release oxides of carbon and nitrogen.",
            ]
        ),
        "secret": d.pick(
            [
                "The exact percentage of composition has been withheld as a trade secret.",
                "Not applicable.",
            ]
        ),
        "issued_label": d.pick(["Print date:", "Issued:", "Date of issue:"]),
        "print_date": d.other_date("print", d.pick(["us_numeric", "short_month"])),
        "pages": d.pick(["6", "7", "8", "9"]),
    }
