#include "TorchProbe.h"

#include "core/Sha256.h"
#include "models/ModelInternal.h"

namespace graft::test {

std::map<std::string, std::string> tensorDigests(const Model& model)
{
    std::map<std::string, std::string> out;
    for (const auto& [name, t] : model.impl()->namedState()) {
        const torch::Tensor c = t.detach().to(torch::kCPU).contiguous();
        out[name] = sha256Hex(std::string_view(static_cast<const char*>(c.data_ptr()), c.nbytes()));
    }
    return out;
}

std::map<std::string, bool> trainableFlags(const Model& model)
{
    std::map<std::string, bool> out;
    for (const auto& p : model.impl()->net->named_parameters(true))
        out[p.key()] = p.value().requires_grad();
    return out;
}

std::vector<std::string> batchNormsInTrainingMode(const Model& model)
{
    model.impl()->setTraining(true);
    std::vector<std::string> out;
    for (const auto& m : model.impl()->net->named_modules("", false))
        if (dynamic_cast<torch::nn::BatchNorm2dImpl*>(m.value().get()) && m.value()->is_training())
            out.push_back(m.key());
    model.impl()->setTraining(false);
    return out;
}

void perturbParameters(const Model& model, float delta)
{
    torch::NoGradGuard guard;
    for (auto& p : model.impl()->net->parameters())
        p.add_(delta);
}

std::vector<float> classActivationMap(const Model& model, const std::vector<float>& input, int size, const std::string& stage,
                                      const std::string& linear, int classIndex, int* width, int* height)
{
    torch::NoGradGuard noGrad;
    nets::NetworkImpl& net = *model.impl()->net;
    const EvalModeGuard evalMode(net);
    torch::Tensor x = torch::from_blob(const_cast<float*>(input.data()), {1, 3, size, size}, torch::kFloat32).clone();
    std::size_t i = 0;
    for (; i < net.stages().size(); ++i) {
        x = net.forwardStages(x, i, i + 1);
        if (net.stages()[i].name == stage)
            break;
    }
    torch::Tensor weight;
    for (const auto& p : net.named_parameters(true))
        if (p.key() == linear + ".weight")
            weight = p.value();
    const torch::Tensor cam = torch::relu(torch::einsum("c,chw->hw", {weight[classIndex], x[0].contiguous()}));
    const torch::Tensor normalised = (cam / cam.max()).contiguous();
    *height = int(normalised.size(0));
    *width = int(normalised.size(1));
    return std::vector<float>(normalised.data_ptr<float>(), normalised.data_ptr<float>() + normalised.numel());
}

std::vector<std::string> modulesInTrainingMode(const Model& model)
{
    std::vector<std::string> out;
    for (const auto& m : model.impl()->net->named_modules())
        if (m.value()->is_training())
            out.push_back(m.key());
    return out;
}

void fillParameter(const Model& model, const std::string& name, float value)
{
    torch::NoGradGuard noGrad;
    for (auto& p : model.impl()->net->named_parameters(true))
        if (p.key() == name)
            p.value().fill_(value);
}

} // namespace graft::test
