"""From a clean rendered page to what the server receives: a phone photo,
a flatbed scan, a text PDF or a scanned PDF. The mix is drawn per
certificate: about 60 % photos, 20 % scans, 20 % PDFs."""

from __future__ import annotations

import io
import random
import time

import cv2
import numpy as np
from PIL import Image

from corpus.photo import photograph

SCAN_DPI = 300
STAMP = time.strptime("2026-01-01", "%Y-%m-%d")


def choose(rng: random.Random, paper: str) -> dict:
    """The medium and its settings for one certificate, drawn before rendering."""
    roll = rng.random()
    if roll < 0.6:
        small = paper in ("card", "card-portrait", "badge", "receipt")
        low = rng.random() < 0.15
        exif_roll = rng.random()
        return {
            "media": "photo",
            "megapixels": 2.0 if low else 12.0,
            "turns": rng.choices([0, 1, 2, 3], [0.82, 0.07, 0.05, 0.06])[0],
            "exif": 1 if exif_roll < 0.8 else rng.choice([6, 3, 8]),
            "fill": rng.uniform(0.45, 0.75) if small else rng.uniform(0.6, 0.88),
            "second_sheet": rng.random() < 0.15,
            "shadow_edge": rng.random() < 0.2,
        }
    if roll < 0.8:
        return {
            "media": "scan",
            "skew": rng.choice([0.0, 0.0, rng.uniform(-1.5, 1.5)]),
            "grey": rng.random() < 0.4,
            "format": rng.choice(["jpg", "jpg", "png"]),
        }
    return {
        "media": "text_pdf" if rng.random() < 0.5 else "image_pdf",
        "skew": rng.choice([0.0, rng.uniform(-1.0, 1.0)]),
        "grey": rng.random() < 0.5,
        "format": "jpg",
    }


def produce(
    page: Image.Image,
    paper_in: tuple[float, float],
    opts: dict,
    rng: random.Random,
    pdf: bytes | None,
) -> tuple[bytes, str]:
    """The file's bytes and extension."""
    media = opts["media"]
    if media == "photo":
        return photograph(page, rng, opts), "jpg"
    if media == "text_pdf":
        return pdf, "pdf"
    image = scan(page, paper_in, opts, rng)
    if media == "image_pdf":
        out = io.BytesIO()
        # A fixed stamp: the same seed makes the same bytes.
        image.save(out, "PDF", resolution=SCAN_DPI, quality=85, creationDate=STAMP, modDate=STAMP)
        return out.getvalue(), "pdf"
    out = io.BytesIO()
    if opts["format"] == "png":
        image.save(out, "PNG", dpi=(SCAN_DPI, SCAN_DPI))
        return out.getvalue(), "png"
    image.save(out, "JPEG", quality=rng.randrange(80, 95), dpi=(SCAN_DPI, SCAN_DPI))
    return out.getvalue(), "jpg"


def scan(
    page: Image.Image, paper_in: tuple[float, float], opts: dict, rng: random.Random
) -> Image.Image:
    """A flatbed scan at 300 dpi. Small papers lie in a corner of a letter-size bed."""
    w, h = round(paper_in[0] * SCAN_DPI), round(paper_in[1] * SCAN_DPI)
    img = cv2.resize(np.asarray(page.convert("RGB")), (w, h), interpolation=cv2.INTER_AREA)
    if max(paper_in) < 8:
        bed = np.full((3300, 2550, 3), rng.randrange(235, 250), np.uint8)
        if w > 2450:
            img = cv2.rotate(img, cv2.ROTATE_90_CLOCKWISE)
            h, w = img.shape[:2]
        x, y = rng.randrange(30, 120), rng.randrange(30, 120)
        bed[y : y + h, x : x + w] = img
        img = bed
    if opts.get("skew"):
        hh, ww = img.shape[:2]
        m = cv2.getRotationMatrix2D((ww / 2, hh / 2), opts["skew"], 1.0)
        img = cv2.warpAffine(img, m, (ww, hh), flags=cv2.INTER_LINEAR, borderValue=(245, 245, 245))
    # Scanner: a slight tone curve, soft optics, sensor noise.
    gamma = rng.uniform(0.9, 1.15)
    curve = np.clip(255 * (np.arange(256) / 255) ** gamma, 0, 255).astype(np.uint8)
    img = cv2.GaussianBlur(cv2.LUT(img, curve), (0, 0), rng.uniform(0.3, 0.8))
    if opts.get("grey"):
        img = cv2.cvtColor(img, cv2.COLOR_RGB2GRAY)[..., None]
    noise = np.random.default_rng(rng.randrange(2**32)).normal(0, 2.5, img.shape[:2] + (1,))
    img = np.clip(img.astype(np.int16) + noise.astype(np.int16), 0, 255).astype(np.uint8)
    return Image.fromarray(img[..., 0] if opts.get("grey") else img)
