// The frozen prefix of a network computed once: activations at the boundary between the frozen
// part and the first trainable layer, for every sample, in memory or (over the memory limit) in a
// file. Training the rest on them is the same computation as recomputing the prefix every epoch,
// since a frozen prefix runs in evaluation mode. Internal (torch).
#pragma once

#include "BatchLoader.h"
#include "models/ModelInternal.h"

#include <torch/torch.h>

#include <fstream>
#include <string>

namespace graft {

class FeatureCache
{
public:
    FeatureCache() = default;
    // Runs stages [0, boundary) of the model over every sample of `loader` (evaluation transform).
    // Goes to `diskPath` when the features exceed `memoryLimitBytes`.
    void build(Model::Impl& model, std::size_t boundary, BatchLoader& loader, std::int64_t memoryLimitBytes,
               const std::string& diskPath, bool autocast, const std::function<void(std::size_t, std::size_t)>& progress,
               const CancelFlag* cancel);
    // Features of these samples as one batch on `device`.
    torch::Tensor gather(const std::vector<std::size_t>& indices, const torch::Device& device);

    bool empty() const { return m_count == 0; }
    bool onDisk() const { return m_onDisk; }
    std::int64_t bytes() const { return m_count * m_rowBytes; }
    const std::vector<std::int64_t>& rowShape() const { return m_rowShape; }

private:
    std::vector<std::int64_t> m_rowShape;
    std::int64_t m_rowBytes = 0;
    std::int64_t m_count = 0;
    bool m_onDisk = false;
    torch::Tensor m_memory;        // [N, ...]
    std::string m_path;
    std::ifstream m_file;
};

} // namespace graft
