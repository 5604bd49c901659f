"""Image files of every kind a user may drop in, with what they should look like.

Usage: /usr/bin/python3 make_image_zoo.py OUT_DIR
For each file NAME written, OUT_DIR/NAME.rgb holds the expected 8-bit RGB pixels (HWC) and
OUT_DIR/NAME.size its "width height": EXIF orientation applied, transparency composited on white,
16-bit scaled to 8-bit, palette and CMYK converted.
"""
import os
import sys

import numpy as np
from PIL import Image, ImageOps

out = sys.argv[1]
os.makedirs(out, exist_ok=True)
rng = np.random.default_rng(0)
h, w = 37, 53
base = np.zeros((h, w, 3), np.uint8)
base[..., 0] = np.linspace(0, 255, w, dtype=np.uint8)[None, :]
base[..., 1] = np.linspace(255, 0, h, dtype=np.uint8)[:, None]
base[..., 2] = 90
base[5:15, 5:25] = (250, 20, 20)  # a red box makes orientation mistakes visible
rgb = Image.fromarray(base, "RGB")


def expect(name, image):
    arr = np.asarray(image.convert("RGB"), np.uint8)
    arr.tofile(os.path.join(out, name + ".rgb"))
    with open(os.path.join(out, name + ".size"), "w") as f:
        f.write(f"{arr.shape[1]} {arr.shape[0]}")


def on_white(image):
    image = image.convert("RGBA")
    return Image.alpha_composite(Image.new("RGBA", image.size, (255, 255, 255, 255)), image)


rgb.save(os.path.join(out, "rgb.png")); expect("rgb.png", rgb)
rgb.save(os.path.join(out, "rgb.bmp")); expect("rgb.bmp", rgb)
rgb.save(os.path.join(out, "rgb.tiff")); expect("rgb.tiff", rgb)
rgb.save(os.path.join(out, "rgb.webp"), lossless=True); expect("rgb.webp", rgb)
gray = rgb.convert("L")
gray.save(os.path.join(out, "gray.png")); expect("gray.png", gray)
g16 = (np.asarray(gray, np.uint16) * 257).astype(np.uint16)
Image.fromarray(g16, "I;16").save(os.path.join(out, "gray16.png")); expect("gray16.png", gray)
pal = rgb.quantize(16)
pal.save(os.path.join(out, "palette.png")); expect("palette.png", pal.convert("RGB"))
alpha = np.full((h, w), 255, np.uint8)
alpha[:, : w // 2] = 0
alpha[:, w // 2: w // 2 + 5] = 128
rgba = Image.fromarray(np.dstack([base, alpha]), "RGBA")
rgba.save(os.path.join(out, "rgba.png")); expect("rgba.png", on_white(rgba))
la = Image.fromarray(np.dstack([np.asarray(gray), alpha]), "LA")
la.save(os.path.join(out, "gray_alpha.png")); expect("gray_alpha.png", on_white(la))
# JPEGs: compare with what PIL decodes from the same file, so codec details cancel out.
rgb.save(os.path.join(out, "photo.jpg"), quality=95)
expect("photo.jpg", Image.open(os.path.join(out, "photo.jpg")))
exif = Image.Exif()
exif[0x0112] = 6  # rotate 90 degrees clockwise to display
rgb.save(os.path.join(out, "rotated.jpg"), quality=95, exif=exif.tobytes())
expect("rotated.jpg", ImageOps.exif_transpose(Image.open(os.path.join(out, "rotated.jpg"))))
exif8 = Image.Exif()
exif8[0x0112] = 8
rgb.save(os.path.join(out, "rotated8.png"), exif=exif8.tobytes())
expect("rotated8.png", ImageOps.exif_transpose(Image.open(os.path.join(out, "rotated8.png"))))
cmyk = rgb.convert("CMYK")
cmyk.save(os.path.join(out, "cmyk.jpg"), quality=95)
expect("cmyk.jpg", Image.open(os.path.join(out, "cmyk.jpg")).convert("RGB"))
