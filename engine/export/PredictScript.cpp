#include "PredictScript.h"

#include "core/Files.h"
#include "core/Json.h"
#include "core/Text.h"

namespace graft {

std::string predictScriptPath(const std::string& modelPath)
{
    const fs::path p(modelPath);
    return (p.parent_path() / (p.stem().string() + "_predict.py")).string();
}

namespace {
// Python's repr of a string, as a JSON string is one (UTF-8 text, escapes Python reads alike).
std::string pyString(const std::string& s) { return Json(s).dump(); }
} // namespace

std::string predictScript(const std::string& modelFileName, const std::string& architecture, std::size_t classes,
                          const std::vector<std::string>& imageExtensions)
{
    std::string exts;
    for (const auto& e : imageExtensions)
        exts += (exts.empty() ? "" : ", ") + pyString(e);
    std::string s = R"PY(#!/usr/bin/env python3
"""Classify images with @MODEL@ (@ARCH@, @CLASSES@ classes), a model exported by Graft.

Usage:  python3 @SCRIPT@ IMAGE|FOLDER... [--top K]
A folder stands for the images in it and in its sub-folders. For each image, prints its top
classes with their probabilities.

Needs Python 3 with torch, torchvision and Pillow (pip install torch torchvision pillow).
The images are prepared as Graft prepared them in training: turned upright by their EXIF
orientation, transparency on white, resized and centre-cropped to the model's input size;
the model normalises them itself and returns logits.
"""
import argparse
import sys
from pathlib import Path

import torch
from PIL import Image, ImageOps
from torchvision import transforms

MODEL = Path(__file__).resolve().with_name(@MODEL_STR@)
EXTENSIONS = {@EXTS@}


def load_model(path):
    model = torch.jit.load(str(path), map_location="cpu").eval()
    mode = {"bilinear": transforms.InterpolationMode.BILINEAR,
            "bicubic": transforms.InterpolationMode.BICUBIC,
            "nearest": transforms.InterpolationMode.NEAREST}[model.interpolation]
    prepare = transforms.Compose([
        transforms.Resize(model.resize_size, interpolation=mode),
        transforms.CenterCrop(model.input_size),
        transforms.ToTensor(),  # values in [0, 1]
    ])
    return model, prepare


def read_image(path):
    image = ImageOps.exif_transpose(Image.open(path))
    if image.mode in ("RGBA", "LA", "P"):
        image = image.convert("RGBA")
        image = Image.alpha_composite(Image.new("RGBA", image.size, (255, 255, 255, 255)), image)
    return image.convert("RGB")


def image_files(given):
    for name in given:
        path = Path(name)
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.suffix.lower() in EXTENSIONS and p.is_file()
                           and not any(part.startswith(".") for part in p.relative_to(path).parts))
            if not found:
                print(f"{path}: no images in this folder or its sub-folders", file=sys.stderr)
            yield from found
        else:
            yield path


def main():
    parser = argparse.ArgumentParser(description=f"Classify images with {MODEL.name}")
    parser.add_argument("images", nargs="+", metavar="IMAGE|FOLDER")
    parser.add_argument("--top", type=int, default=3, metavar="K", help="classes shown per image (default: 3)")
    args = parser.parse_args()
    model, prepare = load_model(MODEL)
    names = list(model.class_names)
    failures = 0
    for path in image_files(args.images):
        try:
            x = prepare(read_image(path)).unsqueeze(0)
        except OSError as error:
            print(f"{path}: cannot be read ({error})", file=sys.stderr)
            failures += 1
            continue
        with torch.no_grad():
            probabilities = model(x).softmax(1)[0]
        top = probabilities.topk(max(1, min(args.top, len(names))))
        print(path)
        for p, i in zip(top.values.tolist(), top.indices.tolist()):
            print(f"  {100 * p:6.2f}%  {names[i]}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
)PY";
    const std::string stem = fs::path(modelFileName).stem().string();
    s = replaceAll(s, "@MODEL_STR@", pyString(modelFileName));
    s = replaceAll(s, "@MODEL@", modelFileName);
    s = replaceAll(s, "@SCRIPT@", stem + "_predict.py");
    s = replaceAll(s, "@ARCH@", architecture);
    s = replaceAll(s, "@CLASSES@", std::to_string(classes));
    s = replaceAll(s, "@EXTS@", exts);
    return s;
}

} // namespace graft
