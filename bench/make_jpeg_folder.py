"""A folder of photo-sized JPEGs for the labelling benchmark, from ../shared/images/imagenet-samples:
each photo at several sizes, crops and mirrorings (standard library + PIL, /usr/bin/python3).
Usage: make_jpeg_folder.py SAMPLES_DIR OUT_DIR [COUNT]"""
import os, sys
from PIL import Image, ImageOps
src, out = sys.argv[1], sys.argv[2]
count = int(sys.argv[3]) if len(sys.argv) > 3 else 320
os.makedirs(out, exist_ok=True)
photos = [Image.open(os.path.join(src, f)).convert("RGB") for f in sorted(os.listdir(src))]
for i in range(count):
    im = photos[i % len(photos)]
    w = 400 + (i * 37) % 400          # 400..800 pixels wide, like typical photos
    h = int(im.height * w / im.width)
    im = im.resize((w, h), Image.BICUBIC)
    if i % 2:
        im = ImageOps.mirror(im)
    im.save(os.path.join(out, f"img_{i:04d}.jpg"), quality=90)
