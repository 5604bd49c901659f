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
    // The folder the split was saved in (a run folder), as load() read it: "" for a split never
    // saved, or saved before Graft kept it. Images beside it are found again when both move together.
    std::string savedIn;

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

// Where the images of a dataset are now, when its folder was moved or renamed since their paths
// were written down (a run's split, the moves of a project), or the whole project went to another
// disk or computer. An image missing at its recorded path is looked for under the new places of the
// folders known to have moved (addMovedFolder), then under the `roots` given (the dataset's folders
// as they are now) by the tail of its path, longest first and at least its class folder and its
// name; the folder that held it then maps as a whole, so that the other images of that folder, and
// the paths of the images moved from it, follow without a search.
class DatasetRelocation
{
public:
    explicit DatasetRelocation(std::vector<std::string> roots);

    // Looks for a missing file under the roots and learns the folder that moved; an existing file,
    // or one found nowhere, teaches nothing. Returns where the file is now (`path` when not found).
    std::string locate(const std::string& path);
    // `path` under the new place of the longest learned folder that holds it (no search, no check
    // that the file is there); `path` itself when no learned folder holds it.
    std::string map(const std::string& path) const;
    // A folder known to have moved (a run folder saved in one place and read in another): the folders
    // that hold both places, as deep as their tails agree (/a/p/runs/r1 read as /b/p/runs/r1: /a -> /b),
    // are taken as one move, so that what was beside it is looked for beside it again.
    void addMovedFolder(const std::string& before, const std::string& now);
    // The folders learned, old place -> new place.
    const std::vector<std::pair<std::string, std::string>>& folders() const { return m_folders; }

private:
    std::vector<std::string> m_roots;
    std::vector<std::pair<std::string, std::string>> m_folders;
};

// Points the images of `split` that are missing at their recorded path at where `relocation` finds
// them (learning first from all of them, then mapping each missing one, found or not, so that an
// image moved to another class since keeps a path that the moves of the project map too). The
// validation folders of the spec follow as well. Returns how many images changed path.
std::size_t relocateSplit(DatasetSplit& split, DatasetRelocation& relocation);

// The paths of `samples` with no file there now (absolute paths only: images that are not files,
// such as generated ones, are never missing).
std::vector<std::string> missingFiles(const std::vector<Sample>& samples);
// Most of them missing (more than half): the dataset is not there (moved, another disk), not a
// few images deleted. One rule for resume's refusal, evaluate's warning and the window's kept
// evaluations.
inline bool mostlyMissing(std::size_t missing, std::size_t total) { return total > 0 && missing * 2 > total; }

// Deterministic Fisher-Yates shuffle (same order on every platform for a seed).
void seededShuffle(std::vector<std::size_t>& items, std::uint64_t seed);

} // namespace graft
