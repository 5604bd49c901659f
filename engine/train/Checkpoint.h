// Graft's checkpoint files: a model's weights with what is needed to use it again (architecture,
// head, class names, preprocessing), and for the last checkpoint of a run the optimizer state and
// progress. Written atomically; reopened for evaluation, labelling or further training.
#pragma once

#include "core/Json.h"
#include "data/Transforms.h"
#include "models/Model.h"
#include "TrainConfig.h"

#include <string>
#include <vector>

namespace graft {

struct CheckpointMeta
{
    std::string architecture;
    HeadSpec head;
    std::vector<std::string> classes;
    PreprocessSpec preprocess;
    FreezePlan freeze;
    int epoch = 0;         // epochs completed when saved
    Json state;            // trainer state (last checkpoint) or metrics (best model)

    Json toJson() const;
    static CheckpointMeta fromJson(const Json& j);
};

// Reads only the metadata; throws Error if the file is not a Graft checkpoint.
CheckpointMeta readCheckpointMeta(const std::string& path);
// Builds the model and loads its weights.
Model loadCheckpointModel(const std::string& path, CheckpointMeta* meta = nullptr);
// Writes a model-only checkpoint.
void saveModelCheckpoint(const std::string& path, const Model& model, const CheckpointMeta& meta);
bool isGraftCheckpoint(const std::string& path);

} // namespace graft
