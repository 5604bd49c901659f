// Batches of images as tensors, decoded on worker threads with a bounded prefetch queue, in a
// deterministic order, with decoded images cached in memory for small datasets. Internal (torch).
#pragma once

#include "core/Job.h"
#include "data/Dataset.h"
#include "data/ImageSource.h"
#include "data/Transforms.h"

#include <torch/torch.h>

#include <condition_variable>
#include <map>
#include <memory>
#include <mutex>
#include <thread>
#include <unordered_map>

namespace graft {

struct Batch
{
    torch::Tensor images;              // [B, 3, S, S] float32, normalised
    torch::Tensor labels;              // [B] int64
    std::vector<std::size_t> indices;  // positions in the loader's sample list
    std::vector<std::pair<std::size_t, std::string>> failures; // skipped samples and why (skipUnreadable)
};

struct LoaderOptions
{
    int batchSize = 32;
    int threads = 0;                // <= 0: all cores
    int prefetchBatches = 4;
    bool augment = false;           // training transform (else evaluation transform)
    PreprocessSpec preprocess;
    AugmentSpec augmentation;
    std::uint64_t seed = 0;
    std::int64_t cacheBytes = 0;    // decoded images kept between epochs
    bool normalize = true;          // false: pixels / 255 only (TorchScript exports normalise inside)
    bool skipUnreadable = false;    // report files that fail to decode in Batch::failures, don't throw
    int evalDecodeMinSide = 0;      // > 0: big JPEGs may decode at reduced size for evaluation too
};

class BatchLoader
{
public:
    BatchLoader(std::vector<Sample> samples, ImageReader reader, LoaderOptions options);
    ~BatchLoader();
    BatchLoader(const BatchLoader&) = delete;
    BatchLoader& operator=(const BatchLoader&) = delete;

    // Starts an epoch over all samples, shuffled with (seed, epoch) when `shuffle`. A last batch of
    // one image is dropped in training (batch norm cannot train on it). Returns the batch count.
    std::size_t startEpoch(int epoch, bool shuffle, bool dropSingleLast = false);
    // The next batch of the epoch in order; false when the epoch is over. Rethrows decode errors.
    bool next(Batch& batch, const CancelFlag* cancel = nullptr);
    // Stops the workers of the current epoch (called by startEpoch and the destructor).
    void stopEpoch();

    const std::vector<Sample>& samples() const { return m_samples; }
    std::size_t size() const { return m_samples.size(); }
    const LoaderOptions& options() const { return m_options; }

private:
    void work();
    Batch assemble(const std::vector<std::size_t>& indices);
    std::shared_ptr<const Image> prepared(std::size_t index);

    std::vector<Sample> m_samples;
    ImageReader m_reader;
    LoaderOptions m_options;
    int m_epoch = 0;
    std::vector<std::vector<std::size_t>> m_batches;

    std::mutex m_mutex;
    std::condition_variable m_ready;   // a batch was produced
    std::condition_variable m_space;   // the consumer took one
    std::map<std::size_t, Batch> m_done;
    std::size_t m_nextToProduce = 0;
    std::size_t m_nextToConsume = 0;
    bool m_stopping = false;
    std::exception_ptr m_error;
    std::vector<std::thread> m_workers;

    std::mutex m_cacheMutex;
    std::unordered_map<std::size_t, std::shared_ptr<const Image>> m_cache;
    std::int64_t m_cacheUsed = 0;
};

} // namespace graft
