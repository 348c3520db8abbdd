"""Draws the app icons (a certificate with a check mark) into web/icons/ with Pillow.

    python scripts/make_icons.py

Icons are drawn at 4x and scaled down, so edges stay smooth. The maskable icon
keeps its drawing inside the central 80 % circle that launchers never crop.
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw

WEB_ICONS = Path(__file__).resolve().parent.parent / "web" / "icons"
BRAND = (11, 85, 99)  # the theme colour in manifest.webmanifest and css/app.css
PAPER = (255, 255, 255)
SEAL = (245, 165, 36)
INK = (11, 85, 99)
SUPERSAMPLE = 4


def _certificate(draw: ImageDraw.ImageDraw, size: int, scale: float) -> None:
    """A sheet with text lines, a seal and a check mark, `scale` of the icon wide."""
    cx = cy = size / 2
    w, h = size * scale * 0.78, size * scale
    left, top = cx - w / 2, cy - h / 2
    draw.rounded_rectangle((left, top, left + w, top + h), radius=size * scale * 0.07, fill=PAPER)
    line = size * scale * 0.045
    for i, length in enumerate((0.62, 0.74, 0.5)):
        y = top + h * (0.16 + i * 0.13)
        draw.rounded_rectangle(
            (left + w * 0.16, y, left + w * (0.16 + length * 0.68), y + line),
            radius=line / 2,
            fill=(*INK, 255) if i == 0 else (150, 176, 182),
        )
    r = size * scale * 0.2
    sx, sy = left + w * 0.62, top + h * 0.7
    draw.ellipse((sx - r, sy - r, sx + r, sy + r), fill=SEAL)
    stroke = max(2, round(size * scale * 0.055))
    draw.line(
        [
            (sx - r * 0.5, sy + r * 0.02),
            (sx - r * 0.12, sy + r * 0.4),
            (sx + r * 0.55, sy - r * 0.38),
        ],
        fill=PAPER,
        width=stroke,
        joint="curve",
    )


def draw_icon(size: int, *, maskable: bool) -> Image.Image:
    big = size * SUPERSAMPLE
    image = Image.new("RGBA", (big, big), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    if maskable:
        # Full bleed: the launcher applies its own mask shape.
        draw.rectangle((0, 0, big, big), fill=BRAND)
        _certificate(draw, big, 0.5)
    else:
        draw.rounded_rectangle((0, 0, big - 1, big - 1), radius=big * 0.22, fill=BRAND)
        _certificate(draw, big, 0.66)
    return image.resize((size, size), Image.LANCZOS)


def main() -> None:
    WEB_ICONS.mkdir(parents=True, exist_ok=True)
    outputs = {
        "icon-192.png": (192, False),
        "icon-512.png": (512, False),
        "maskable-512.png": (512, True),
        # iOS ignores the manifest's icons and wants an opaque square.
        "apple-touch-icon.png": (180, True),
    }
    for name, (size, maskable) in outputs.items():
        icon = draw_icon(size, maskable=maskable)
        if name == "apple-touch-icon.png":
            icon = icon.convert("RGB")
        icon.save(WEB_ICONS / name, optimize=True)
        print(f"{WEB_ICONS / name}: {size}x{size}")


if __name__ == "__main__":
    main()
