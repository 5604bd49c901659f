// Train/validation/test split: stratified per class and seeded, or an explicit validation folder.
// A split is saved with each run so that the run can be resumed or reproduced exactly.
#pragma once

#include "Dataset.h"
#include "core/Json.h"

#include <cstdint>
#include <string>
#include <vector>

namespace graft {

struct SplitSpec
{
    double validationFraction = 0.2;
    double testFraction = 0.0;
    std::uint64_t seed = 42;
    std::vector<std::string> validationRoots; // when set: validation comes from these folders, fractions ignored

    Json toJson() const;
    static SplitSpec fromJson(const Json& j);
};

struct DatasetSplit
{
    std::vector<std::string> classes;
    std::vector<Sample> train;
    std::vector<Sample> validation;
    std::vector<Sample> test;
    SplitSpec spec;

    // Throws Error naming the first sample whose label is not an index into `classes`.
    void checkLabels() const;
    Json toJson() const;
    static DatasetSplit fromJson(const Json& j); // checks the labels too
    void save(const std::string& path) const;
    static DatasetSplit load(const std::string& path);
};

// Splits `samples` (labels index `classes`). Each class keeps at least one training image; a class
// with two or more images gives at least one to validation when validationFraction > 0.
// `contentKeys` (optional, one per sample, e.g. content hashes; "" = none): samples with the same key
// stay on one side, training if any of them would train, so copies never leak into validation.
DatasetSplit makeSplit(const std::vector<std::string>& classes, const std::vector<Sample>& samples,
                       const SplitSpec& spec, const std::vector<std::string>& contentKeys = {});

// Deterministic Fisher-Yates shuffle (same order on every platform for a seed).
void seededShuffle(std::vector<std::size_t>& items, std::uint64_t seed);

} // namespace graft
