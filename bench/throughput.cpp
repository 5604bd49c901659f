// Graft's side of ../shared/bench/pytorch_throughput.py: images/s of a full fine-tuning step, a
// frozen-backbone step and inference for one architecture, same batch, size and threads.
// Usage: graft-bench-throughput --model NAME --size N --batch N --steps N --threads N [--device cpu|cuda] [--amp]
#include "models/ModelInternal.h"
#include "train/Device.h"

#include <chrono>
#include <cstdio>
#include <cstring>
#include <string>

using namespace graft;

int main(int argc, char** argv)
{
    std::string model = "resnet18", device = "cpu";
    int size = 224, batch = 32, steps = 5, threads = 2;
    bool amp = false, channelsLast = false;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        auto next = [&] { return std::string(i + 1 < argc ? argv[++i] : ""); };
        if (a == "--model") model = next();
        else if (a == "--size") size = std::stoi(next());
        else if (a == "--batch") batch = std::stoi(next());
        else if (a == "--steps") steps = std::stoi(next());
        else if (a == "--threads") threads = std::stoi(next());
        else if (a == "--device") device = next();
        else if (a == "--amp") amp = true;
        else if (a == "--channels-last") channelsLast = true;
    }
    const ExecutionDevice dev = selectDevice(deviceFromName(device), threads);
    const bool autocast = amp && dev.device.is_cuda() && dev.bfloat16;
    torch::manual_seed(0);
    Model m = Model::create(model, 10);
    auto& impl = *m.impl();
    impl.to(dev.device);
    torch::Tensor x = torch::randn({batch, 3, size, size}).to(dev.device);
    if (channelsLast) {
        torch::NoGradGuard ng;
        for (auto& p : impl.net->parameters())
            if (p.dim() == 4)
                p.set_data(p.contiguous(torch::MemoryFormat::ChannelsLast));
        x = x.contiguous(torch::MemoryFormat::ChannelsLast);
    }
    const torch::Tensor y = torch::randint(0, 10, {batch}, torch::kInt64).to(dev.device);

    auto timeit = [&](const std::function<void()>& fn) {
        fn();
        if (dev.device.is_cuda())
            torch::cuda::synchronize();
        const auto t0 = std::chrono::steady_clock::now();
        for (int s = 0; s < steps; ++s)
            fn();
        if (dev.device.is_cuda())
            torch::cuda::synchronize();
        return double(batch) * steps / std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    };

    torch::optim::SGD full(impl.net->parameters(), torch::optim::SGDOptions(0.01).momentum(0.9));
    const double finetune = timeit([&] {
        impl.net->train();
        full.zero_grad();
        torch::Tensor loss;
        {
            AutocastGuard guard(autocast);
            loss = torch::nn::functional::cross_entropy(impl.net->forward(x).to(torch::kFloat32), y);
        }
        loss.backward();
        full.step();
    });

    // The PyTorch recipe: backbone frozen and recomputed every step under no_grad, head trained.
    m.applyFreeze(m.presetHeadOnly());
    const std::size_t boundary = impl.trainableFrom();
    std::vector<torch::Tensor> headParams;
    for (const auto& p : impl.net->parameters())
        if (p.requires_grad())
            headParams.push_back(p);
    torch::optim::SGD head(headParams, torch::optim::SGDOptions(0.01).momentum(0.9));
    const double frozen = timeit([&] {
        impl.setTraining(true);
        torch::Tensor features;
        {
            torch::NoGradGuard ng;
            AutocastGuard guard(autocast);
            features = impl.net->forwardStages(x, 0, boundary);
        }
        head.zero_grad();
        torch::Tensor loss;
        {
            AutocastGuard guard(autocast);
            loss = torch::nn::functional::cross_entropy(
                impl.net->forwardStages(features, boundary, impl.net->stages().size()).to(torch::kFloat32), y);
        }
        loss.backward();
        head.step();
    });

    const double infer = timeit([&] {
        impl.net->eval();
        torch::NoGradGuard ng;
        AutocastGuard guard(autocast);
        impl.net->forward(x);
    });
    std::printf("%s size=%d batch=%d threads=%d device=%s%s torch=%s\n", model.c_str(), size, batch, threads,
                dev.description.c_str(), autocast ? " bf16-autocast" : "", TORCH_VERSION);
    std::printf("finetune_img_s=%.1f\nfrozen_img_s=%.1f\ninfer_img_s=%.1f\n", finetune, frozen, infer);
    return 0;
}
