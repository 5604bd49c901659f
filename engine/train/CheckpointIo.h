// Torch side of checkpoints: saving and restoring the optimizer with the model. Internal.
#pragma once

#include "Checkpoint.h"

#include <torch/torch.h>

namespace graft {

void saveCheckpoint(const std::string& path, const Model& model, const CheckpointMeta& meta,
                    torch::optim::Optimizer* optimizer);
// Restores the model's weights (the model must have the checkpoint's architecture and head) and,
// when given, the optimizer's state.
CheckpointMeta restoreCheckpoint(const std::string& path, const Model& model, torch::optim::Optimizer* optimizer);

} // namespace graft
