"""torchvision's evaluation preprocessing on PIL images, for the C++ parity test.

Usage: /usr/bin/python3 preprocess_reference.py OUT_DIR RESIZE CROP INTERP IMAGE...
For each IMAGE writes OUT_DIR/<basename>.u8: the centre-cropped RGB image (HWC, uint8), after
Resize(RESIZE, INTERP) and CenterCrop(CROP), images with transparency composited on white.
"""
import os
import sys

import numpy as np
import torchvision.transforms as T
from PIL import Image

out, resize, crop, interp = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
mode = {"bilinear": T.InterpolationMode.BILINEAR, "bicubic": T.InterpolationMode.BICUBIC}[interp]
transform = T.Compose([T.Resize(resize, interpolation=mode), T.CenterCrop(crop)])
os.makedirs(out, exist_ok=True)
for path in sys.argv[5:]:
    im = Image.open(path)
    if im.mode in ("RGBA", "LA", "P"):
        im = im.convert("RGBA")
        bg = Image.new("RGBA", im.size, (255, 255, 255, 255))
        im = Image.alpha_composite(bg, im)
    im = transform(im.convert("RGB"))
    np.asarray(im, dtype=np.uint8).tofile(os.path.join(out, os.path.basename(path) + ".u8"))
