"""Make a flat page look like a phone photo of paper on a desk."""

from __future__ import annotations

import io
import random

import cv2
import numpy as np
from PIL import Image

ORIENTATION = 0x0112
# EXIF orientation -> how many times np.rot90 (counter-clockwise) turns the
# upright picture into the stored pixels, so a viewer's transpose undoes it.
STORED_TURNS = {1: 0, 6: 1, 3: 2, 8: 3}


def desk(rng: random.Random, width: int, height: int) -> np.ndarray:
    """A wood-grain or laminate surface, drawn small and enlarged (cheap and soft)."""
    w, h = width // 8, height // 8
    nrng = np.random.default_rng(rng.randrange(2**32))
    base = np.array(
        rng.choice([(60, 90, 130), (40, 60, 85), (90, 90, 95), (35, 35, 40), (110, 140, 160)]),
        np.float32,
    )
    grain = np.sin(
        np.linspace(0, rng.uniform(20, 60), h)[:, None]
        + nrng.normal(0, 0.6, (h, w)).cumsum(axis=1) * 0.05
    )
    surface = base[None, None, :] * (1 + 0.18 * grain[..., None])
    surface += nrng.normal(0, 6, (h, w, 1))
    surface = np.clip(surface, 0, 255).astype(np.uint8)
    return cv2.resize(surface, (width, height), interpolation=cv2.INTER_CUBIC)


def photograph(
    page: Image.Image,
    rng: random.Random,
    *,
    turns: int = 0,
    exif: int = 1,
    megapixels: float = 12.0,
    quality: int | None = None,
) -> bytes:
    """JPEG bytes of `page` photographed on a desk.

    `turns` quarter-turns the paper in the frame (the phone held sideways with
    no orientation tag); `exif` stores the pixels turned and tags them so that
    honouring EXIF shows the picture upright, as phones do.
    """
    src = cv2.cvtColor(np.asarray(page), cv2.COLOR_RGB2BGR)
    ph, pw = src.shape[:2]
    landscape = (pw >= ph) != (turns % 2 == 1)
    long_edge = int((megapixels * 1e6 * 4 / 3) ** 0.5)
    W, H = (long_edge, long_edge * 3 // 4) if landscape else (long_edge * 3 // 4, long_edge)
    canvas = desk(rng, W, H)

    fill = rng.uniform(0.62, 0.86)
    pw_t, ph_t = (pw, ph) if turns % 2 == 0 else (ph, pw)
    scale = min(W * fill / pw_t, H * fill / ph_t)
    cx = W / 2 + rng.uniform(-0.06, 0.06) * W
    cy = H / 2 + rng.uniform(-0.06, 0.06) * H
    angle = np.deg2rad(rng.uniform(-5, 5) + 90 * turns)
    corners = np.array([[-pw / 2, -ph / 2], [pw / 2, -ph / 2], [pw / 2, ph / 2], [-pw / 2, ph / 2]])
    rot = np.array([[np.cos(angle), -np.sin(angle)], [np.sin(angle), np.cos(angle)]])
    quad = corners @ rot.T * scale + [cx, cy]
    # Keystone: the phone is tilted, so the far edge of the paper is shorter.
    tilt = rng.uniform(0.0, 0.07)
    side = rng.randrange(4)
    for i in (side, (side + 1) % 4):
        quad[i] += (np.array([cx, cy]) - quad[i]) * tilt
    quad += np.array([[rng.uniform(-1, 1), rng.uniform(-1, 1)] for _ in range(4)]) * 0.01 * W
    matrix = cv2.getPerspectiveTransform(
        np.float32([[0, 0], [pw, 0], [pw, ph], [0, ph]]), np.float32(quad)
    )
    warped = cv2.warpPerspective(src, matrix, (W, H), flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(np.full((ph, pw), 255, np.uint8), matrix, (W, H))
    mask = cv2.GaussianBlur(mask, (5, 5), 0)[..., None].astype(np.float32) / 255
    photo = warped * mask + canvas * (1 - mask)

    photo *= lighting(rng, W, H)[..., None]
    nrng = np.random.default_rng(rng.randrange(2**32))
    grain = nrng.normal(0, rng.uniform(2, 7), ((H + 1) // 2, (W + 1) // 2, 1)).astype(np.float32)
    photo += grain.repeat(2, axis=0).repeat(2, axis=1)[:H, :W]
    photo = np.clip(photo, 0, 255).astype(np.uint8)
    sigma = rng.uniform(0.4, 1.4)
    photo = cv2.GaussianBlur(photo, (0, 0), sigma)

    photo = np.ascontiguousarray(np.rot90(photo, STORED_TURNS[exif]))
    image = Image.fromarray(cv2.cvtColor(photo, cv2.COLOR_BGR2RGB))
    tags = Image.Exif()
    tags[ORIENTATION] = exif
    out = io.BytesIO()
    image.save(out, "JPEG", quality=quality or rng.randrange(72, 93), exif=tags)
    return out.getvalue()


def lighting(rng: random.Random, width: int, height: int) -> np.ndarray:
    """Uneven light: a gradient across the frame and a soft shadow from the phone."""
    w, h = width // 16, height // 16
    ys, xs = np.mgrid[0:h, 0:w].astype(np.float32)
    theta = rng.uniform(0, 2 * np.pi)
    ramp = np.cos(theta) * xs / w + np.sin(theta) * ys / h
    ramp = (ramp - ramp.min()) / max(1e-6, np.ptp(ramp))
    light = 1.05 - rng.uniform(0.1, 0.35) * ramp
    if rng.random() < 0.6:
        shadow = np.zeros((h, w), np.float32)
        x0, y0 = rng.randrange(w), rng.randrange(h)
        pts = np.int32(
            [
                [x0, y0],
                [x0 + rng.randrange(w // 4, w // 2), y0],
                [x0 + w // 3, y0 + rng.randrange(h // 4, h // 2)],
                [x0, y0 + h // 3],
            ]
        )
        cv2.fillPoly(shadow, [pts], 1.0)
        shadow = cv2.GaussianBlur(shadow, (0, 0), 3)
        light *= 1 - rng.uniform(0.15, 0.35) * shadow
    return cv2.resize(light, (width, height), interpolation=cv2.INTER_LINEAR)


def heic_bytes(jpeg: bytes, quality: int = 80) -> bytes:
    """Re-encode a photo as HEIC, the way an iPhone stores it."""
    from pillow_heif import register_heif_opener

    register_heif_opener()
    image = Image.open(io.BytesIO(jpeg))
    out = io.BytesIO()
    image.save(out, "HEIF", quality=quality, exif=image.getexif())
    return out.getvalue()
