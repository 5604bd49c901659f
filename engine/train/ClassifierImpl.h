// Torch side of Classifier: batched logits for the evaluator and the labeller. Internal.
#pragma once

#include "Classifier.h"
#include "Device.h"

#include <torch/script.h>
#include <torch/torch.h>

#include <optional>

namespace graft {

struct Classifier::Impl
{
    std::string path;
    std::string kind;
    std::string architecture;
    std::vector<std::string> classes;
    PreprocessSpec preprocess;
    ExecutionDevice device;
    Model model;                       // checkpoint
    std::optional<torch::jit::Module> script; // TorchScript export: normalises inside
    bool normalizedInput = true;       // whether inputs must be normalised before forward

    // Logits for a batch of preprocessed images ([B,3,S,S], normalised when normalizedInput).
    torch::Tensor logits(const torch::Tensor& batch);
};

} // namespace graft
