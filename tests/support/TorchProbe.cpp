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

} // namespace graft::test
