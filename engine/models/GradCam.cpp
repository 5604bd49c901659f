// Model::heatMap: Grad-CAM (Selvaraju et al., 2017). The gradient of the class's score with respect
// to a late layer's activations, averaged over each channel's map, weighs those channels; their
// weighted sum, negative parts cut, is where the evidence for the class lies.
#include "ModelInternal.h"

#include "core/Error.h"

#include <algorithm>

namespace graft {

HeatMap Model::heatMap(const std::vector<float>& input, int size, int classIndex) const
{
    if (input.size() != 3 * std::size_t(size) * std::size_t(size))
        throw Error("heat map: expected one image of 3x" + std::to_string(size) + "x" + std::to_string(size));
    nets::NetworkImpl& net = *d->net;
    const EvalModeGuard evalMode(net);

    const std::size_t stages = net.stages().size();
    torch::Tensor x = torch::from_blob(const_cast<float*>(input.data()), {1, 3, size, size}, torch::kFloat32)
                          .to(d->device());
    // Forward once without gradients, keeping the candidate layer's activations: the last with a
    // map of at least 4 x 4 (coarser maps say little about where), else the last with a map at all.
    std::size_t chosen = stages, fallback = stages;
    torch::Tensor activations, fallbackActivations, logits;
    {
        torch::NoGradGuard noGrad;
        for (std::size_t i = 0; i < stages; ++i) {
            x = net.forwardStages(x, i, i + 1);
            if (x.dim() != 4 || x.size(2) * x.size(3) < 2)
                continue;
            // A copy: a later stage may change its input in place (an in-place ReLU).
            if (std::min(x.size(2), x.size(3)) >= 4) {
                chosen = i;
                activations = x.clone();
            } else {
                fallback = i;
                fallbackActivations = x.clone();
            }
        }
        logits = x.to(torch::kFloat32).reshape({-1});
    }
    if (chosen == stages) {
        chosen = fallback;
        activations = fallbackActivations;
    }
    if (chosen == stages)
        throw Error("heat map: " + d->info->name + " has no layer with a spatial map at an input of "
                    + std::to_string(size) + " px");
    if (classIndex < 0)
        classIndex = int(logits.argmax().item<std::int64_t>());
    if (classIndex >= logits.size(0))
        throw Error("heat map: class " + std::to_string(classIndex) + " of " + std::to_string(logits.size(0)));

    // The rest of the network again, from those activations, with gradients. It runs on a copy:
    // in-place activations after the chosen layer must not touch the leaf.
    torch::AutoGradMode withGrad(true);
    const torch::Tensor leaf = activations.detach().requires_grad_(true);
    const torch::Tensor score = net.forwardStages(leaf.clone(), chosen + 1, stages).reshape({-1})[classIndex];
    const torch::Tensor gradient = torch::autograd::grad({score}, {leaf})[0];
    torch::Tensor cam;
    float strength = 0;
    {
        torch::NoGradGuard noGrad;
        const torch::Tensor weights = gradient.to(torch::kFloat32).mean({2, 3}, true);
        cam = torch::relu((weights * activations.to(torch::kFloat32)).sum(1))[0].to(torch::kCPU).contiguous();
        strength = cam.max().item<float>();
        if (strength > 0)
            cam = cam / strength;
    }
    HeatMap map;
    map.height = int(cam.size(0));
    map.width = int(cam.size(1));
    map.values.assign(cam.data_ptr<float>(), cam.data_ptr<float>() + cam.numel());
    map.layer = net.stages()[chosen].name;
    map.classIndex = classIndex;
    map.strength = strength;
    map.probability = torch::softmax(logits, 0)[classIndex].item<float>();
    return map;
}

} // namespace graft
