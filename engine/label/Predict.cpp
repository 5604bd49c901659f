#include "Predict.h"

#include "core/Error.h"
#include "core/ThreadPool.h"

#include <algorithm>
#include <numeric>

namespace graft {

void predictFiles(const std::vector<std::string>& paths, const ImageReader& reader, const BatchClassifier& classify,
                  const PredictParams& params, const std::function<void(std::vector<FilePrediction>&)>& batchDone,
                  const CancelFlag* cancel)
{
    const std::size_t batchSize = std::max<std::size_t>(1, params.batchSize);
    for (std::size_t first = 0; first < paths.size(); first += batchSize) {
        throwIfCancelled(cancel);
        const std::size_t n = std::min(batchSize, paths.size() - first);
        std::vector<FilePrediction> batch(n);
        std::vector<Image> crops(n);
        parallelFor(n, params.threads, [&](std::size_t i) {
            batch[i].path = paths[first + i];
            try {
                crops[i] = evalTransform(reader(paths[first + i], 0), params.preprocess);
            } catch (const Error& e) { // the reader's message names the file and the fix
                batch[i].error = e.what();
            }
        });
        std::vector<Image> readable;
        for (std::size_t i = 0; i < n; ++i)
            if (batch[i].error.empty())
                readable.push_back(std::move(crops[i]));
        const auto probabilities = readable.empty() ? std::vector<std::vector<float>>{} : classify(readable);
        if (probabilities.size() != readable.size())
            throw Error("the model gave " + std::to_string(probabilities.size()) + " results for "
                        + std::to_string(readable.size()) + " images");
        std::size_t next = 0;
        for (FilePrediction& p : batch) {
            if (!p.error.empty())
                continue;
            const std::vector<float>& probs = probabilities[next++];
            std::vector<std::size_t> order(probs.size());
            std::iota(order.begin(), order.end(), std::size_t(0));
            const std::size_t k = std::min(order.size(), std::size_t(std::max(1, params.topK)));
            std::partial_sort(order.begin(), order.begin() + std::ptrdiff_t(k), order.end(),
                              [&](std::size_t a, std::size_t b) { return probs[a] > probs[b]; });
            for (std::size_t j = 0; j < k; ++j)
                p.top.emplace_back(order[j], probs[order[j]]);
        }
        batchDone(batch);
    }
}

} // namespace graft
