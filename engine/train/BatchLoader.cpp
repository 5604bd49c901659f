#include "BatchLoader.h"

#include "core/Error.h"
#include "core/ThreadPool.h"
#include "data/Split.h"

namespace graft {

BatchLoader::BatchLoader(std::vector<Sample> samples, ImageReader reader, LoaderOptions options)
    : m_samples(std::move(samples)), m_reader(std::move(reader)), m_options(std::move(options))
{
    if (m_options.batchSize < 1)
        throw Error("batch size must be at least 1");
}

BatchLoader::~BatchLoader() { stopEpoch(); }

void BatchLoader::stopEpoch()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_space.notify_all();
    m_ready.notify_all();
    for (auto& w : m_workers)
        w.join();
    m_workers.clear();
}

std::size_t BatchLoader::startEpoch(int epoch, bool shuffle, bool dropSingleLast)
{
    stopEpoch();
    m_epoch = epoch;
    std::vector<std::size_t> order(m_samples.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    if (shuffle)
        seededShuffle(order, m_options.seed * 0x9E3779B97F4A7C15ULL + std::uint64_t(epoch) + 1);
    m_batches.clear();
    for (std::size_t i = 0; i < order.size(); i += std::size_t(m_options.batchSize))
        m_batches.emplace_back(order.begin() + std::ptrdiff_t(i),
                               order.begin() + std::ptrdiff_t(std::min(order.size(), i + std::size_t(m_options.batchSize))));
    if (dropSingleLast && m_batches.size() > 1 && m_batches.back().size() == 1)
        m_batches.pop_back();

    m_done.clear();
    m_nextToProduce = m_nextToConsume = 0;
    m_stopping = false;
    m_error = nullptr;
    const int threads = std::max(1, std::min<int>(m_options.threads > 0 ? m_options.threads : ThreadPool::defaultThreads(),
                                                  int(m_batches.size())));
    for (int t = 0; t < threads; ++t)
        m_workers.emplace_back([this] { work(); });
    return m_batches.size();
}

void BatchLoader::work()
{
    for (;;) {
        std::size_t mine;
        {
            std::unique_lock lock(m_mutex);
            m_space.wait(lock, [this] {
                return m_stopping || m_nextToProduce >= m_batches.size()
                    || m_nextToProduce < m_nextToConsume + std::size_t(std::max(1, m_options.prefetchBatches));
            });
            if (m_stopping || m_nextToProduce >= m_batches.size())
                return;
            mine = m_nextToProduce++;
        }
        try {
            Batch b = assemble(m_batches[mine]);
            std::lock_guard lock(m_mutex);
            m_done.emplace(mine, std::move(b));
        } catch (...) {
            std::lock_guard lock(m_mutex);
            if (!m_error)
                m_error = std::current_exception();
            m_stopping = true;
        }
        m_ready.notify_all();
    }
}

bool BatchLoader::next(Batch& batch, const CancelFlag* cancel)
{
    if (cancel && cancel->load()) {
        stopEpoch();
        throw CancelledError();
    }
    std::unique_lock lock(m_mutex);
    if (m_nextToConsume >= m_batches.size())
        return false;
    for (;;) {
        if (m_error)
            std::rethrow_exception(m_error);
        if (auto it = m_done.find(m_nextToConsume); it != m_done.end()) {
            batch = std::move(it->second);
            m_done.erase(it);
            ++m_nextToConsume;
            lock.unlock();
            m_space.notify_all();
            return true;
        }
        m_ready.wait_for(lock, std::chrono::milliseconds(50));
        if (cancel && cancel->load()) {
            lock.unlock();
            stopEpoch();
            throw CancelledError();
        }
    }
}

std::shared_ptr<const Image> BatchLoader::prepared(std::size_t index)
{
    // What is cached: for evaluation (and training without augmentation) the final crop, exactly as
    // preprocessing makes it; for augmented training the decoded image, so each epoch crops anew.
    const bool finalCrop = !m_options.augment || m_options.augmentation.isIdentity();
    {
        std::lock_guard lock(m_cacheMutex);
        if (auto it = m_cache.find(index); it != m_cache.end())
            return it->second;
    }
    const PreprocessSpec& pre = m_options.preprocess;
    Image img = m_reader(m_samples[index].path,
                         finalCrop ? m_options.evalDecodeMinSide : 2 * std::max(pre.resizeSize, pre.cropSize));
    if (finalCrop) {
        img = evalTransform(img, pre);
    } else {
        const int cap = 2 * std::max(pre.resizeSize, pre.cropSize);
        if (std::min(img.width, img.height) > cap)
            img = resizeShorterSide(img, cap, pre.interpolation);
    }
    auto shared = std::make_shared<const Image>(std::move(img));
    const std::int64_t bytes = std::int64_t(shared->rgb.size());
    std::lock_guard lock(m_cacheMutex);
    if (m_cacheUsed + bytes <= m_options.cacheBytes) {
        m_cache.emplace(index, shared);
        m_cacheUsed += bytes;
    }
    return shared;
}

Batch BatchLoader::assemble(const std::vector<std::size_t>& indices)
{
    const int size = m_options.preprocess.cropSize;
    const bool augment = m_options.augment && !m_options.augmentation.isIdentity();
    Batch b;
    std::vector<std::shared_ptr<const Image>> sources;
    for (std::size_t i : indices) {
        try {
            sources.push_back(prepared(i));
            b.indices.push_back(i);
        } catch (const std::exception& e) {
            if (!m_options.skipUnreadable)
                throw;
            b.failures.emplace_back(i, e.what());
        }
    }
    const auto n = std::int64_t(b.indices.size());
    b.images = torch::empty({n, 3, size, size}, torch::kFloat32);
    b.labels = torch::empty({n}, torch::kInt64);
    float* out = b.images.data_ptr<float>();
    std::int64_t* labels = b.labels.data_ptr<std::int64_t>();
    const std::size_t plane = std::size_t(3) * std::size_t(size) * std::size_t(size);
    for (std::size_t k = 0; k < b.indices.size(); ++k) {
        const std::size_t i = b.indices[k];
        Image crop;
        const Image* img = sources[k].get();
        if (augment) {
            Rng rng = Rng::forSample(m_options.seed, std::uint64_t(m_epoch), i);
            crop = trainTransform(*img, m_options.preprocess, m_options.augmentation, rng);
            img = &crop;
        }
        if (m_options.normalize)
            toNormalizedChw(*img, m_options.preprocess.mean, m_options.preprocess.std, out + k * plane);
        else
            toNormalizedChw(*img, {0.f, 0.f, 0.f}, {1.f, 1.f, 1.f}, out + k * plane);
        labels[k] = m_samples[i].label;
    }
    return b;
}

} // namespace graft
