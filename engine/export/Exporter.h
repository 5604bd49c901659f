// Exporting a trained model as one TorchScript file that LibTorch (torch::jit::load) and Python
// (torch.jit.load) run with identical outputs. The file carries the class names, input size and
// normalisation as attributes and in an embedded graft.json; a JSON sidecar repeats them.
//
// The exported forward() takes images as float tensors [N, 3, S, S] with values in [0, 1] (what
// torchvision's ToTensor gives after the resize and centre crop) and normalises them itself. A
// Python script beside it runs the model on image files (PredictScript.h).
#pragma once

#include "core/Job.h"
#include "core/Json.h"

#include <string>

namespace graft {

struct ExportParams
{
    std::string source;    // a run folder, or a Graft checkpoint (.pt)
    std::string output;    // the .pt file to write; the sidecar is written beside it as .json
};

struct ExportResult
{
    std::string output;
    std::string sidecar;
    std::string script;    // NAME_predict.py: classifies images with the model in Python (PredictScript.h)
    Json metadata;
};

ExportResult exportTorchScript(const ExportParams& params, const ProgressCallback& progress = {});

} // namespace graft
