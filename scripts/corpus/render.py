"""Render a filled page with Debian's chromium: pixels, an optional PDF, and
every word's box as the DOM lays it out."""

from __future__ import annotations

from playwright.sync_api import Browser, sync_playwright

CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]

# One entry per word: the DOM text (after text-transform), its box in CSS px,
# and the style that matters for reading it. Ranges over each word of each
# text node give the boxes as laid out, line breaks included.
WORDS_JS = """() => {
  const lum = (c) => {
    const m = c.match(/[\\d.]+/g); if (!m) return 1;
    const [r, g, b] = m.slice(0, 3).map(v => parseFloat(v) / 255);
    return +(0.2126 * r + 0.7152 * g + 0.0722 * b).toFixed(3);
  };
  const background = (el) => {
    for (let e = el; e; e = e.parentElement) {
      const cs = getComputedStyle(e);
      const m = cs.backgroundColor.match(/[\\d.]+/g);
      const alpha = m && m.length > 3 ? parseFloat(m[3]) : 1;
      if (m && alpha > 0.5) return [lum(cs.backgroundColor), cs.backgroundImage !== 'none'];
      if (cs.backgroundImage !== 'none') return [null, true];
    }
    return [1, false];
  };
  const out = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let node;
  while ((node = walker.nextNode())) {
    const el = node.parentElement;
    const cs = getComputedStyle(el);
    if (cs.visibility === 'hidden' || parseFloat(cs.opacity) < 0.2) continue;
    const [bg, pattern] = background(el);
    const re = /\\S+/g; let m;
    while ((m = re.exec(node.nodeValue))) {
      const range = document.createRange();
      range.setStart(node, m.index); range.setEnd(node, m.index + m[0].length);
      let text = m[0];
      if (cs.textTransform === 'uppercase') text = text.toUpperCase();
      else if (cs.textTransform === 'lowercase') text = text.toLowerCase();
      for (const q of range.getClientRects()) {
        if (q.width < 0.5 || q.height < 0.5) continue;
        out.push({text, box: [q.left, q.top, q.right, q.bottom].map(v => +v.toFixed(1)),
                  size: parseFloat(cs.fontSize), bold: parseInt(cs.fontWeight) >= 600,
                  italic: cs.fontStyle === 'italic', font: cs.fontFamily.split(',')[0],
                  color: lum(cs.color), background: bg, pattern});
      }
    }
  }
  return out;
}"""


class Renderer:
    """A browser kept open for many pages; one per worker process."""

    def __init__(self) -> None:
        self._pw = sync_playwright().start()
        self.browser: Browser = self._pw.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=ARGS
        )

    def render(self, html: str, width: int, height: int, scale: float, pdf: bool = False):
        """PNG bytes at `scale` device pixels per CSS px, PDF bytes or None, words."""
        page = self.browser.new_page(
            viewport={"width": width, "height": height}, device_scale_factor=scale
        )
        try:
            page.set_content(html, wait_until="load")
            page.evaluate("document.fonts.ready.then(() => true)")
            words = page.evaluate(WORDS_JS)
            png = page.screenshot(full_page=False, type="png")
            document = None
            if pdf:
                document = page.pdf(
                    width=f"{width}px",
                    height=f"{height}px",
                    print_background=True,
                    margin={"top": "0", "right": "0", "bottom": "0", "left": "0"},
                )
            return png, document, words
        finally:
            page.close()

    def words(self, html: str, width: int, height: int):
        """The words and their boxes alone, as `render` gives them, without a picture."""
        page = self.browser.new_page(viewport={"width": width, "height": height})
        try:
            page.set_content(html, wait_until="load")
            page.evaluate("document.fonts.ready.then(() => true)")
            return page.evaluate(WORDS_JS)
        finally:
            page.close()

    def close(self) -> None:
        self.browser.close()
        self._pw.stop()
