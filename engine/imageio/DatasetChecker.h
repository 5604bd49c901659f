// Checks every file of a dataset before training: reads, hashes and decodes each one in parallel
// and reports bad files with reasons, duplicates by content, and class balance. Never modifies a file.
#pragma once

#include "data/DatasetReport.h"
#include "data/Split.h"

#include <cstdint>
#include <filesystem>
#include <vector>

namespace graft {

struct CheckParams
{
    std::vector<std::filesystem::path> roots;
    std::int64_t maxPixels = 100'000'000;
    bool decode = true;  // false: header check only (fast, finds fewer problems)
    int threads = 0;     // <= 0: all cores
};

DatasetReport checkDataset(const CheckParams& params, const ProgressCallback& progress = {},
                           const CancelFlag* cancel = nullptr);
// Same, for an index that was already scanned.
DatasetReport checkIndex(DatasetIndex index, const CheckParams& params, const ProgressCallback& progress = {},
                         const CancelFlag* cancel = nullptr);

// The train/validation/test split of `samples` (labels index `classes`) by `spec`. With validation
// folders in `spec`, their images (checked like a dataset, in folders named like `classes`) are the
// validation set and `samples` give the training and test images. Bad files in the validation
// folders are left out and listed in `validationProblems`. Throws Error when the validation folders
// hold no usable image of the classes.
DatasetSplit splitDataset(const std::vector<std::string>& classes, const std::vector<Sample>& samples,
                          const SplitSpec& spec, std::vector<FileProblem>* validationProblems = nullptr);

} // namespace graft
