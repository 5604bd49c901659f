"""Runs a Graft TorchScript export in Python, as a user would.

Usage: /usr/bin/python3 check_export.py MODEL.pt INPUT.f32 OUT.f32 N SIZE
Loads MODEL.pt with torch.jit.load (with its embedded graft.json), checks the metadata, runs forward on
the N x 3 x SIZE x SIZE input (values in [0, 1]) and writes the logits. Prints the class names.
"""
import json
import sys

import numpy as np
import torch

path, inp, out, n, size = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), int(sys.argv[5])
extra = {"graft.json": ""}
model = torch.jit.load(path, _extra_files=extra)
meta = json.loads(extra["graft.json"])
assert meta["format"] == "graft-torchscript", meta
assert list(model.class_names) == meta["classes"], (model.class_names, meta["classes"])
assert model.input_size == size == meta["preprocess"]["crop"]
x = torch.from_numpy(np.fromfile(inp, dtype=np.float32).reshape(n, 3, size, size))
with torch.no_grad():
    y = model(x)
y.numpy().astype(np.float32).tofile(out)
print(",".join(model.class_names))
