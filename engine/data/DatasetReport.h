// What checking a dataset found: per-class counts, every bad file with its reason, duplicates,
// imbalance, and whether training can start. Produced by imageio's DatasetChecker.
#pragma once

#include "Dataset.h"
#include "core/Json.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace graft {

enum class FileProblemKind {
    Unreadable,        // cannot open or read
    Empty,             // zero bytes
    NotAnImage,        // contents are not an image whatever the extension says
    UnsupportedFormat, // an image, but in a format we do not read (GIF, HEIC, ...)
    TooLarge,          // pixel count over the limit (decompression bomb guard)
    Corrupt,           // an image header, but decoding failed (truncated, damaged)
    NoClass,           // an image outside any class folder
};

std::string problemKindName(FileProblemKind kind);

struct FileProblem
{
    std::string path;
    std::string className; // empty when outside a class
    FileProblemKind kind = FileProblemKind::Corrupt;
    std::string reason;    // full sentence: cause and fix
};

struct DuplicateGroup
{
    std::string sha256;
    std::vector<Sample> files;
    bool acrossClasses = false; // the same image under two labels: a labelling error
};

struct ClassSummary
{
    std::string name;
    int images = 0;        // usable images
    int problems = 0;      // files skipped in this class
    std::uint64_t bytes = 0;
};

// How large the usable images are, as they stand upright (from their headers).
struct ImageSizeStats
{
    int typicalWidth = 0, typicalHeight = 0; // the median width and the median height
    int smallestSide = 0;                    // the shortest shorter side
    int largestSide = 0;                     // the longest longer side
    std::size_t count = 0;                   // images whose size is known

    bool known() const { return count > 0; }
    // Sizes differ from image to image (the typical one is a median, "about" so large).
    bool varied() const;
    // How many times an input size enlarges the typical picture's shorter side (0 when unknown).
    double enlargement(int inputSize) const;
    // Enlarged so much (3x or more) that the input size's cost (its square) is worth a word.
    bool muchSmallerThan(int inputSize) const { return enlargement(inputSize) >= 3.0; }
    // "28×28", "about 640×480": the typical size, said as such when sizes vary.
    std::string typical() const;
    static ImageSizeStats of(const std::vector<std::pair<int, int>>& sizes);
};

struct DatasetReport
{
    DatasetIndex index;              // as scanned
    std::vector<Sample> usable;      // files that decoded, labels as in index.classes
    std::vector<std::string> usableSha256; // content hash of each usable file (same order; empty if not hashed)
    std::vector<ClassSummary> classes;
    std::vector<FileProblem> problems;
    std::vector<DuplicateGroup> duplicates;
    double imbalanceRatio = 1.0;     // largest class / smallest non-empty class
    std::vector<std::string> warnings;
    std::vector<std::string> errors; // reasons training cannot start
    std::optional<PresplitLayout> presplit; // the folder is split in advance (an error: open its parts)
    std::string classesFolder;       // the classes are one folder deeper, in this one (an error: open it)
    bool checkedContents = true;     // false when only a quick (header) check was done
    ImageSizeStats imageSizes;       // of the usable images

    bool canTrain() const { return errors.empty(); }
    // The classes that train: those with usable images (a class folder without any is left out,
    // not trained as a class the model never sees), less those the user leaves out.
    std::vector<std::string> trainingClasses(const std::vector<std::string>& leftOut = {}) const;
    Json toJson() const;
    // Plain-text report for terminals.
    std::string toText() const;
};

// A labelled folder's images for a model with `classes`: labels become indices of those classes, by
// name. Images of classes the model does not know are left out; their class names go to `unknown`.
// `from` receives, for each sample returned, its index in report.usable.
std::vector<Sample> samplesForClasses(const DatasetReport& report, const std::vector<std::string>& classes,
                                      std::vector<std::string>* unknown = nullptr, std::vector<std::size_t>* from = nullptr);

// Fills classes, imbalance, warnings and errors from index/usable/problems/duplicates.
void summarizeReport(DatasetReport& report);

// The same picture in two checked folders (files of `a` whose content is also in `b`): a validation
// folder's file that is also in the dataset lets validation measure an image the model trained on.
struct SharedImage
{
    std::string path;      // in `a`
    std::string otherPath; // in `b`
};
std::vector<SharedImage> sharedImages(const DatasetReport& a, const DatasetReport& b);
// A warning about them for people ("" when there are none).
std::string sharedImagesWarning(const std::vector<SharedImage>& shared);

} // namespace graft
