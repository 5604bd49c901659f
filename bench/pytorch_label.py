"""PyTorch reference for batch labelling: a DataLoader with PIL decoding over a folder of images,
torchvision's eval transform, batched inference, top-1 written to a CSV. Run with /usr/bin/python3.

Usage: pytorch_label.py FOLDER --weights FILE [--model mobilenet_v2] [--batch 32] [--threads N]
Prints images/s for the labelling loop (after the model is loaded), as graft-cli label does.
"""
import argparse, csv, os, time
import torch, torchvision
from PIL import Image

p = argparse.ArgumentParser()
p.add_argument("folder"); p.add_argument("--weights"); p.add_argument("--model", default="mobilenet_v2")
p.add_argument("--batch", type=int, default=32); p.add_argument("--threads", type=int, default=os.cpu_count())
p.add_argument("--out", default="/tmp/pytorch-labels.csv")
a = p.parse_args()
torch.set_num_threads(a.threads)
files = sorted(os.path.join(r, f) for r, _, fs in os.walk(a.folder) for f in fs
               if f.lower().endswith((".jpg", ".jpeg", ".png", ".bmp", ".webp")))
T = torchvision.transforms
tf = T.Compose([T.Resize(256), T.CenterCrop(224), T.ToTensor(), T.Normalize([0.485, 0.456, 0.406], [0.229, 0.224, 0.225])])

class Files(torch.utils.data.Dataset):
    def __len__(self): return len(files)
    def __getitem__(self, i): return tf(Image.open(files[i]).convert("RGB")), i

model = getattr(torchvision.models, a.model)()
model.load_state_dict(torch.load(a.weights))
model.eval()
start = time.perf_counter()
loader = torch.utils.data.DataLoader(Files(), batch_size=a.batch, num_workers=a.threads)
with torch.no_grad(), open(a.out, "w", newline="") as out:
    w = csv.writer(out)
    w.writerow(["path", "label", "confidence"])
    for x, idx in loader:
        probs = model(x).softmax(1)
        conf, label = probs.max(1)
        for i, l, c in zip(idx.tolist(), label.tolist(), conf.tolist()):
            w.writerow([files[i], l, f"{c:.6f}"])
seconds = time.perf_counter() - start
print(f"{a.model} images={len(files)} batch={a.batch} threads={a.threads} torch={torch.__version__}")
print(f"label_img_s={len(files) / seconds:.1f}")
