"""PyTorch reference for fine-tuning on a GPU: images/s of a full training step of a torchvision model
with bfloat16 autocast (what Graft's mixed precision does), same batch and size as
graft-bench-throughput --device cuda --amp.
Usage: python3 pytorch_throughput_cuda.py --model resnet50 --batch 64 --size 224 --steps 20"""
import argparse, time, torch, torchvision
p = argparse.ArgumentParser()
p.add_argument("--model", default="resnet50"); p.add_argument("--size", type=int, default=224)
p.add_argument("--batch", type=int, default=64); p.add_argument("--steps", type=int, default=20)
p.add_argument("--channels-last", action="store_true")
a = p.parse_args()
dev = torch.device("cuda")
m = getattr(torchvision.models, a.model)(num_classes=10).to(dev)
x = torch.randn(a.batch, 3, a.size, a.size, device=dev)
y = torch.randint(0, 10, (a.batch,), device=dev)
if a.channels_last:
    m = m.to(memory_format=torch.channels_last); x = x.contiguous(memory_format=torch.channels_last)
opt = torch.optim.SGD(m.parameters(), lr=0.01, momentum=0.9)
def step():
    m.train(); opt.zero_grad()
    with torch.autocast("cuda", dtype=torch.bfloat16):
        loss = torch.nn.functional.cross_entropy(m(x).float(), y)
    loss.backward(); opt.step()
for _ in range(3): step()
torch.cuda.synchronize(); t = time.perf_counter()
for _ in range(a.steps): step()
torch.cuda.synchronize()
print(f"{a.model} size={a.size} batch={a.batch} torch={torch.__version__} {torch.cuda.get_device_name(0)} channels_last={a.channels_last}")
print(f"finetune_img_s={a.batch * a.steps / (time.perf_counter() - t):.1f}")
