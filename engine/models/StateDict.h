// Reading weights files written by Python: torch.save state_dicts in the zip format (torchvision's
// official files: an OrderedDict with _metadata, which LibTorch 1.13's pickle_load cannot read) and
// the legacy non-zip format, and the parameters of TorchScript archives. Internal (uses torch).
#pragma once

#include <torch/torch.h>

#include <string>
#include <utility>
#include <vector>

namespace graft {

struct StateDict
{
    std::string format;
    std::vector<std::pair<std::string, torch::Tensor>> tensors; // in file order
};

// Throws Error with a message naming the file and what is wrong with it.
StateDict readStateDict(const std::string& path);

} // namespace graft
