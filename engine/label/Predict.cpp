#include "Predict.h"

#include "core/Error.h"
#include "core/ThreadPool.h"
#include "train/Classifier.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace graft {

std::vector<std::pair<std::size_t, float>> topClasses(const float* probabilities, std::size_t classes, int k)
{
    std::vector<std::size_t> order(classes);
    std::iota(order.begin(), order.end(), std::size_t(0));
    const std::size_t n = std::min(classes, std::size_t(std::max(1, k)));
    std::partial_sort(order.begin(), order.begin() + std::ptrdiff_t(n), order.end(),
                      [probabilities](std::size_t a, std::size_t b) { return probabilities[a] > probabilities[b]; });
    std::vector<std::pair<std::size_t, float>> top;
    for (std::size_t j = 0; j < n; ++j)
        top.emplace_back(order[j], probabilities[order[j]]);
    return top;
}

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
            p.top = topClasses(probs.data(), probs.size(), params.topK);
        }
        batchDone(batch);
    }
}

std::vector<HeatMapPicture> heatMapPictures(const std::string& path, const ImageReader& reader,
                                            const PreprocessSpec& preprocess, const ClassHeatMap& explain,
                                            const std::vector<int>& classes, int maxSide)
{
    Image image = reader(path, 0);
    const Image crop = evalTransform(image, preprocess);
    std::vector<HeatMap> maps;
    for (int c : classes)
        maps.push_back(explain(crop, c));
    putOnOneScale(maps); // a class the model finds little evidence for stays cold
    const CropBox box = evalCropBox(image.width, image.height, preprocess);
    const bool edgeCut = box.left > 0.5 || box.top > 0.5 || box.left + box.width < image.width - 0.5
        || box.top + box.height < image.height - 0.5;
    // Large enough to see, small enough to show: a 28 px picture is enlarged, a photo reduced. The
    // crop box depends on the aspect ratio only, so the picture shows the same part.
    const int longer = std::max(image.width, image.height);
    const int shown = std::clamp(longer, std::min(kHeatMapMinSide, maxSide), maxSide);
    if (shown != longer) {
        const double scale = double(shown) / longer;
        image = resize(image, std::max(1, int(std::lround(image.width * scale))),
                       std::max(1, int(std::lround(image.height * scale))));
    }
    std::vector<HeatMapPicture> out;
    for (HeatMap& map : maps) {
        HeatMapPicture p;
        p.picture = overlayHeatMap(image, map, preprocess);
        p.map = std::move(map);
        p.edgeCut = edgeCut;
        out.push_back(std::move(p));
    }
    return out;
}

ClassHeatMap heatMapsOf(const Classifier& classifier)
{
    return [&classifier](const Image& crop, int classIndex) { return classifier.heatMap(crop, classIndex); };
}

HeatMapPicture heatMapPicture(const std::string& path, const ImageReader& reader, const PreprocessSpec& preprocess,
                              const ClassHeatMap& explain, int classIndex, int maxSide)
{
    return heatMapPictures(path, reader, preprocess, explain, {classIndex}, maxSide).front();
}

} // namespace graft
