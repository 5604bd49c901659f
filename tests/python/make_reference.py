"""Reference outputs for the C++ model parity test, made by torchvision itself.

Builds torchvision's model with a fixed seed, randomises every batch-norm statistic, affine parameter and
layer scale (at default initialisation they are trivial and would hide mistakes), saves its state_dict the
way torchvision publishes weights, and writes a fixed input and the logits for it.

Usage: /usr/bin/python3 make_reference.py ARCH OUT_DIR [--size N] [--format zip|legacy|torchscript]
Writes OUT_DIR/weights.pth, OUT_DIR/input.f32, OUT_DIR/logits.f32 (float32, C order), OUT_DIR/meta.json.
"""
import argparse
import json
import os

import torch
import torchvision

p = argparse.ArgumentParser()
p.add_argument("arch")
p.add_argument("out")
p.add_argument("--size", type=int, default=64)
p.add_argument("--batch", type=int, default=2)
p.add_argument("--format", default="zip", choices=["zip", "legacy", "torchscript"])
p.add_argument("--classes", type=int, default=1000)
a = p.parse_args()

torch.manual_seed(0)
torch.set_num_threads(max(1, os.cpu_count() or 1))
kwargs = {"weights": None, "num_classes": a.classes}
if a.arch == "inception_v3":
    # Graft's InceptionV3 is the one torchvision builds for its official weights.
    kwargs.update(aux_logits=True, transform_input=True, init_weights=True)
model = getattr(torchvision.models, a.arch)(**kwargs)
with torch.no_grad():
    for m in model.modules():
        if isinstance(m, torch.nn.BatchNorm2d):
            m.running_mean.uniform_(-0.5, 0.5)
            m.running_var.uniform_(0.5, 1.5)
            m.weight.uniform_(0.5, 1.5)
            m.bias.uniform_(-0.2, 0.2)
            m.num_batches_tracked.fill_(7)
        elif isinstance(m, torch.nn.LayerNorm):
            m.weight.uniform_(0.5, 1.5)
            m.bias.uniform_(-0.2, 0.2)
    for name, param in model.named_parameters():
        if name.endswith("layer_scale"):
            with torch.no_grad():
                param.uniform_(0.1, 1.0)
model.eval()
x = torch.randn(a.batch, 3, a.size, a.size)
with torch.no_grad():
    y = model(x)

os.makedirs(a.out, exist_ok=True)
path = os.path.join(a.out, "weights.pth")
if a.format == "zip":
    torch.save(model.state_dict(), path)
elif a.format == "legacy":
    torch.save(model.state_dict(), path, _use_new_zipfile_serialization=False)
else:
    torch.jit.save(torch.jit.trace(model, x), path)
x.numpy().astype("float32").tofile(os.path.join(a.out, "input.f32"))
y.numpy().astype("float32").tofile(os.path.join(a.out, "logits.f32"))
with open(os.path.join(a.out, "meta.json"), "w") as f:
    json.dump({"arch": a.arch, "size": a.size, "batch": a.batch, "classes": int(y.shape[1]),
               "torch": torch.__version__, "torchvision": torchvision.__version__}, f)
