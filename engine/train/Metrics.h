// Classification metrics: accuracy, per-class precision/recall/F1 and the confusion matrix.
#pragma once

#include "core/Json.h"

#include <cstdint>
#include <string>
#include <vector>

namespace graft {

struct ClassMetrics
{
    double precision = 0, recall = 0, f1 = 0;
    std::int64_t support = 0; // true examples of the class
};

struct ClassificationMetrics
{
    std::vector<std::vector<std::int64_t>> confusion; // [true][predicted]
    std::vector<ClassMetrics> perClass;
    double accuracy = 0;
    double macroF1 = 0;       // mean F1 of the classes in the data or the predictions (scikit-learn's)
    double loss = 0;          // mean loss when known
    std::int64_t count = 0;

    // Builds everything from the confusion matrix.
    static ClassificationMetrics fromConfusion(std::vector<std::vector<std::int64_t>> confusion, double loss = 0);
    Json toJson() const;
    static ClassificationMetrics fromJson(const Json& j);
};

} // namespace graft
