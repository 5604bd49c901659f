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

// Checks the validation folders of `spec` like a dataset, with the class list fixed to `classes`
// (folders of other names are listed as skipped). Throws Error naming a folder that is missing.
DatasetReport checkValidationFolders(const SplitSpec& spec, const std::vector<std::string>& classes,
                                     const ProgressCallback& progress = {}, const CancelFlag* cancel = nullptr);

// Labelled folders (one sub-folder per class) checked and matched to a model's `classes` by name,
// to evaluate the model on them: the check (its problems are the files left out), the samples,
// and the folders' classes the model does not know (left out too).
struct LabelledImages
{
    DatasetReport report;
    std::vector<Sample> samples;
    std::vector<std::string> unknownClasses;
};
// Throws Error naming the folders when none of their images is of the model's classes.
LabelledImages labelledImagesFor(const CheckParams& params, const std::vector<std::string>& classes,
                                 const ProgressCallback& progress = {}, const CancelFlag* cancel = nullptr);

// The train/validation/test split of a checked dataset's usable images for `classes` (names of its
// classes, in the model's order; images of the others are left out), by `spec`. Identical files
// stay on one side (makeSplit's content keys). With validation folders in `spec`, `validation` is
// their check (checkValidationFolders; classes matched by name) and gives the validation set.
// Throws Error when the validation folders hold no usable image of the classes.
DatasetSplit splitDataset(const DatasetReport& dataset, const std::vector<std::string>& classes,
                          const SplitSpec& spec, const DatasetReport* validation = nullptr);

} // namespace graft
