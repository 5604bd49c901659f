// Classification metrics: accuracy, per-class precision/recall/F1 and the confusion matrix.
#pragma once

#include "core/Json.h"

#include <cstdint>
#include <string>
#include <vector>

namespace graft {

struct ClassMetrics
{
    double precision = 0, recall = 0, f1 = 0;   // 0 where not defined (scikit-learn's zero_division=0)
    std::int64_t support = 0;   // true examples of the class
    std::int64_t predicted = 0; // examples predicted as the class

    // Precision means nothing for a class never predicted, recall nothing for one without examples,
    // and F1 nothing for a class neither in the data nor in the predictions: shown as "—", not 0.
    bool hasPrecision() const { return predicted > 0; }
    bool hasRecall() const { return support > 0; }
    bool hasF1() const { return support > 0 || predicted > 0; }
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
