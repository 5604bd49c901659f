// The torch side of Model, for the engine's training and export code. Not for files that include Qt.
#pragma once

#include "Model.h"
#include "nets/Layers.h"

#include <optional>

namespace graft {

struct Model::Impl
{
    const ArchitectureInfo* info = nullptr;
    nets::Network net;
    HeadSpec head;
    FreezePlan freeze;
    mutable std::optional<LayerNode> tree; // cached; shapes need a forward pass

    // Index of the first stage with a trainable parameter: stages before it are a frozen prefix that
    // training runs in evaluation mode (and whose output the feature cache may store).
    std::size_t trainableFrom() const;
    // Whether the auxiliary head (InceptionV3) takes part in training.
    bool auxTrainable() const;
    // train(true): training mode except for the frozen prefix and frozen batch norms, whose running
    // statistics must not change. train(false): evaluation mode everywhere.
    void setTraining(bool training);
    torch::Device device() const;
    void to(const torch::Device& device);
    std::vector<std::pair<std::string, torch::Tensor>> namedState() const; // parameters + buffers
};

// Puts a network in evaluation mode for its lifetime, then every module back in the mode it was in
// (a trainer holds the frozen prefix in evaluation mode and the rest in training mode).
class EvalModeGuard
{
public:
    explicit EvalModeGuard(torch::nn::Module& net)
    {
        for (const auto& module : net.modules(true)) // pre-order: a parent before its children
            m_modes.emplace_back(module, module->is_training());
        net.eval();
    }
    ~EvalModeGuard()
    {
        for (const auto& [module, training] : m_modes)
            module->train(training);
    }
    EvalModeGuard(const EvalModeGuard&) = delete;
    EvalModeGuard& operator=(const EvalModeGuard&) = delete;

private:
    std::vector<std::pair<std::shared_ptr<torch::nn::Module>, bool>> m_modes;
};

} // namespace graft
