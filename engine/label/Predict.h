// Classifying a few image files as a user gives them (Try it, graft-cli predict): decoded in
// parallel, classified a batch at a time, reported in the given order. A file that cannot be read
// is reported with the reason; the others are still classified. Sorting whole folders into class
// folders is Labeler.h's job.
#pragma once

#include "core/Job.h"
#include "data/HeatMap.h"
#include "data/Image.h"
#include "data/ImageSource.h"
#include "data/Transforms.h"

#include <cstddef>
#include <functional>
#include <string>
#include <utility>
#include <vector>

namespace graft {

class Classifier;

struct FilePrediction
{
    std::string path;
    std::string error; // why the file could not be read; `top` is then empty
    std::vector<std::pair<std::size_t, float>> top; // class index and probability, best first
};

// The `k` most likely classes of one row of probabilities (class index and probability, best first;
// at least one, at most all). Try it, graft-cli predict and the labeller rank classes with it.
std::vector<std::pair<std::size_t, float>> topClasses(const float* probabilities, std::size_t classes, int k);

// Class probabilities for crops already preprocessed (evalTransform), one row per crop.
using BatchClassifier = std::function<std::vector<std::vector<float>>(const std::vector<Image>& crops)>;

struct PredictParams
{
    PreprocessSpec preprocess;
    int topK = 5;
    int threads = 0;             // decoding threads; 0: all cores
    std::size_t batchSize = 16;  // a batch's results come together: progress and Stop between batches
};

// Calls `batchDone` with each batch's predictions, in the order of `paths`. Throws CancelledError
// when `cancel` is set (between batches: what was reported stays reported).
void predictFiles(const std::vector<std::string>& paths, const ImageReader& reader, const BatchClassifier& classify,
                  const PredictParams& params, const std::function<void(std::vector<FilePrediction>&)>& batchDone,
                  const CancelFlag* cancel = nullptr);

// Where a model looks in one image file, to show: for each class, the map `explain` gives for the
// crop (preprocessed exactly as for predicting: Classifier::heatMap) and the picture with the map
// over it, its longer side brought to at least kHeatMapMinSide and at most `maxSide` pixels.
// Several classes' maps are put on one scale (putOnOneScale): a mistake's guess beside its truth.
inline constexpr int kHeatMapMinSide = 256;
struct HeatMapPicture
{
    HeatMap map;
    Image picture;
    bool edgeCut = false; // part of the picture is cropped off before the model sees it (darkened)
};
using ClassHeatMap = std::function<HeatMap(const Image& crop, int classIndex)>;
// A trained classifier's heat maps as a ClassHeatMap (Classifier::heatMap; it must outlive them).
ClassHeatMap heatMapsOf(const Classifier& classifier);
std::vector<HeatMapPicture> heatMapPictures(const std::string& path, const ImageReader& reader,
                                            const PreprocessSpec& preprocess, const ClassHeatMap& explain,
                                            const std::vector<int>& classes, int maxSide = 1024);
// One class's (-1: the model's best guess).
HeatMapPicture heatMapPicture(const std::string& path, const ImageReader& reader, const PreprocessSpec& preprocess,
                              const ClassHeatMap& explain, int classIndex, int maxSide = 1024);

} // namespace graft
