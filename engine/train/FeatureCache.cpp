#include "FeatureCache.h"

#include "Device.h"
#include "core/Error.h"
#include "core/Files.h"
#include "core/LogMessage.h"

#include <cerrno>
#include <cstring>

namespace graft {

void FeatureCache::build(Model::Impl& model, std::size_t boundary, BatchLoader& loader, std::int64_t memoryLimitBytes,
                         const std::string& diskPath, bool autocast,
                         const std::function<void(std::size_t, std::size_t)>& progress, const CancelFlag* cancel)
{
    torch::NoGradGuard guard;
    model.setTraining(false);
    const torch::Device device = model.device();
    m_count = std::int64_t(loader.size());
    const std::size_t batches = loader.startEpoch(0, false);
    std::ofstream out;
    std::size_t done = 0;
    Batch batch;
    while (loader.next(batch, cancel)) {
        throwIfCancelled(cancel);
        torch::Tensor features;
        {
            AutocastGuard amp(autocast);
            features = model.net->forwardStages(batch.images.to(device), 0, boundary);
        }
        features = features.to(torch::kFloat32).to(torch::kCPU).contiguous();
        if (m_rowShape.empty()) {
            m_rowShape.assign(features.sizes().begin() + 1, features.sizes().end());
            m_rowBytes = features[0].numel() * std::int64_t(sizeof(float));
            m_onDisk = m_rowBytes * m_count > memoryLimitBytes;
            std::vector<std::int64_t> shape{m_count};
            shape.insert(shape.end(), m_rowShape.begin(), m_rowShape.end());
            if (m_onDisk) {
                m_path = diskPath;
                const fs::path folder = fs::path(diskPath).parent_path();
                std::error_code ec;
                fs::create_directories(folder, ec);
                if (!ec)
                    out.open(diskPath, std::ios::binary | std::ios::trunc);
                if (ec || !out) {
                    const std::string reason = ec ? ec.message() : std::string(std::strerror(errno));
                    throw Error(LogMessage{logid::kErrorCannotCreateFile,
                                           {displayPath(diskPath), displayPath(folder), reason},
                                           diskPath + ": cannot create the feature cache file (" + reason
                                               + "); free disk space or turn the feature cache off"});
                }
            } else {
                m_memory = torch::empty(shape, torch::kFloat32);
            }
        }
        // The loader was started without shuffling, so batches come in sample order.
        if (m_onDisk) {
            out.write(static_cast<const char*>(features.data_ptr()), std::streamsize(features.nbytes()));
            if (!out)
                throw Error(LogMessage{logid::kErrorNotWritten, {diskPath, ""},
                                       diskPath + ": cannot write the feature cache (disk full?); free some disk "
                                                  "space, or turn the feature cache off"});
        } else {
            m_memory.narrow(0, std::int64_t(batch.indices.front()), features.size(0)).copy_(features);
        }
        done += batch.indices.size();
        if (progress)
            progress(done, loader.size());
    }
    (void)batches;
    if (m_onDisk) {
        out.close();
        m_file.open(m_path, std::ios::binary);
    }
}

torch::Tensor FeatureCache::gather(const std::vector<std::size_t>& indices, const torch::Device& device)
{
    if (!m_onDisk) {
        std::vector<std::int64_t> idx(indices.begin(), indices.end());
        return m_memory.index_select(0, torch::tensor(idx, torch::kInt64)).to(device);
    }
    std::vector<std::int64_t> shape{std::int64_t(indices.size())};
    shape.insert(shape.end(), m_rowShape.begin(), m_rowShape.end());
    torch::Tensor out = torch::empty(shape, torch::kFloat32);
    char* dst = static_cast<char*>(out.data_ptr());
    for (std::size_t k = 0; k < indices.size(); ++k) {
        m_file.seekg(std::streamoff(indices[k]) * m_rowBytes);
        m_file.read(dst + std::int64_t(k) * m_rowBytes, m_rowBytes);
        if (!m_file)
            throw Error(m_path + ": the feature cache file is damaged; restart training");
    }
    return out.to(device);
}

} // namespace graft
