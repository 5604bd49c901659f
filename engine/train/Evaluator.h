// Evaluating a trained classifier on labelled images: metrics, and every prediction so that a UI can
// show the images behind each cell of the confusion matrix.
#pragma once

#include "Classifier.h"
#include "Metrics.h"
#include "core/Job.h"
#include "data/Dataset.h"
#include "data/ImageSource.h"

#include <optional>
#include <string>
#include <vector>

namespace graft {

struct Prediction
{
    std::string path;
    int label = -1;          // true class
    int predicted = -1;
    float confidence = 0;    // probability of the predicted class
    std::vector<float> probabilities;
};

// One image's prediction from its row of class probabilities (a softmax of `classes` values): the
// most likely class and its probability, and the whole row when `keepProbabilities`.
Prediction predictionOf(const Sample& sample, const float* probabilities, std::size_t classes, bool keepProbabilities);

struct EvaluationResult
{
    std::vector<std::string> classes;
    ClassificationMetrics metrics;
    std::vector<Prediction> predictions;
    std::vector<std::string> failures; // files that could not be read (gone, damaged): left out, with the reason

    Json toJson(bool withPredictions) const;
    // Every prediction as CSV: path,label,predicted,confidence.
    std::string predictionsCsv() const;
    // The wrong predictions, the most confident first: the likeliest to be mislabelled images.
    // Pointers into `predictions`.
    std::vector<const Prediction*> mistakes() const;
    // Back from toJson(true) (probabilities are not kept: empty). Throws Error when it does not fit.
    static EvaluationResult fromJson(const Json& j);
};

// What a confidence threshold does when labelling ("Uncertain below" on the Use step, `graft-cli
// label --threshold`): images the model is at least that sure of are labelled, the others go to
// _uncertain/ for a person. Measured on labelled images, it says how many a threshold leaves to a
// person and how many of the rest are right.
struct ThresholdOutcome
{
    double threshold = 0;      // 0: off (every image labelled)
    std::int64_t images = 0;   // all the images measured
    std::int64_t labelled = 0; // confidence >= threshold, as the labeller compares
    std::int64_t right = 0;    // of those, labelled with their true class
    double labelledShare() const { return images ? double(labelled) / double(images) : 0.0; }
    double accuracy() const { return labelled ? double(right) / double(labelled) : 0.0; } // of the labelled
};
ThresholdOutcome thresholdOutcome(const std::vector<Prediction>& predictions, double threshold);
// The outcome at each whole percent from 0 to 100 (101 points), for a chart.
std::vector<ThresholdOutcome> thresholdCurve(const std::vector<Prediction>& predictions);
// The lowest whole percent of a thresholdCurve whose labelled images are at least `accuracy` right
// (and at least one is labelled); -1 when none is.
int lowestThresholdPercentFor(const std::vector<ThresholdOutcome>& curve, double accuracy);
// The whole percents a table of a thresholdCurve shows, ascending: off (0), the highest that still
// label 95%, 90%, 80% ... 50% of the images, and the lowest whose labels are 95% and 99% right.
// Models differ too much in how sure they are for fixed rows.
std::vector<int> thresholdTableRows(const std::vector<ThresholdOutcome>& curve);

struct EvaluateParams
{
    int batchSize = 32;
    int threads = 0;
};

// A run's evaluation kept in its folder (evaluation-validation.json, evaluation-test.json), so that
// a reopened project shows it at once. `split`: "validation" or "test". Written atomically. One that
// read no image at all (its dataset not there) is not kept: the one kept before stays.
void keepRunEvaluation(const std::string& runDir, const std::string& split, const EvaluationResult& result);
// Where a run keeps it.
std::string keptEvaluationPath(const std::string& runDir, const std::string& split);
struct KeptEvaluation
{
    EvaluationResult result;
    std::string time; // when it was made (ISO 8601, UTC)
};
// The kept evaluation of the run's current best model; none when there is none, when the model
// is newer (the run went on since) or when the file is damaged.
std::optional<KeptEvaluation> keptRunEvaluation(const std::string& runDir, const std::string& split);

// The kept evaluation a model's threshold estimate goes by: of the run it belongs to (a run folder, or
// a checkpoint in one), its test images' when it was evaluated on them (they chose nothing in
// training), else its validation images'. `split` and `runDir` get which and where. None for a model
// of no run (an exported file) or a run not evaluated since its model last changed.
std::optional<KeptEvaluation> keptEvaluationOfModel(const std::string& modelPath, std::string* split = nullptr,
                                                    std::string* runDir = nullptr);

// Labels of `samples` index the classifier's classes.
EvaluationResult evaluate(const Classifier& classifier, const std::vector<Sample>& samples, const ImageReader& reader,
                          const EvaluateParams& params = {}, const ProgressCallback& progress = {},
                          const CancelFlag* cancel = nullptr);

} // namespace graft
