// A trained classifier ready for inference, whatever it was saved as: a run folder, a Graft
// checkpoint, or an exported TorchScript file. Knows its class names and preprocessing.
#pragma once

#include "TrainConfig.h"
#include "data/HeatMap.h"
#include "data/Image.h"
#include "data/Transforms.h"
#include "models/Model.h"

#include <memory>
#include <string>
#include <vector>

namespace graft {

class Classifier
{
public:
    struct Impl;

    // `path`: a run folder (its best model), a .pt checkpoint, or an exported TorchScript .pt.
    static Classifier load(const std::string& path, DeviceChoice device = DeviceChoice::Auto, int threads = 0);

    const std::vector<std::string>& classes() const;
    const PreprocessSpec& preprocess() const;
    const std::string& architecture() const;
    std::string kind() const;        // "checkpoint" or "torchscript"
    std::string deviceDescription() const;
    const std::string& path() const;
    // The model, for checkpoints (empty for TorchScript files).
    Model model() const;

    // Class probabilities for images already preprocessed (evalTransform) to the input size.
    std::vector<std::vector<float>> probabilities(const std::vector<Image>& crops) const;
    // Whether heatMap() works: checkpoints keep the network's layers; a TorchScript export does not.
    bool hasHeatMaps() const { return kind() == "checkpoint"; }
    // Throws Error naming what to give instead when heatMap() cannot work (before long work starts).
    void requireHeatMaps() const;
    // Where the model looks for class `classIndex` (-1: its best guess) in one crop preprocessed as
    // for probabilities() (Model::heatMap). Throws Error for a TorchScript export.
    HeatMap heatMap(const Image& crop, int classIndex = -1) const;

    std::shared_ptr<Impl> impl() const { return d; }

private:
    std::shared_ptr<Impl> d;
};

// The file a run folder's best model lives in.
std::string bestModelPath(const std::string& runDir);
std::string lastCheckpointPath(const std::string& runDir);

} // namespace graft
