// Batch labelling: a trained model sorts a folder of new images. Writes a CSV and a JSON with every
// file's label, confidence and top-k; optionally copies or moves the files into OUT/<label>/ (below the
// threshold into OUT/_uncertain/). Never overwrites, never loses a file: every copy or move is written
// to a journal first, so an interrupted run can be completed (run it again) or undone.
#pragma once

#include "core/Job.h"
#include "core/Json.h"
#include "data/ImageSource.h"
#include "train/TrainConfig.h"

#include <map>
#include <string>
#include <vector>

namespace graft {

enum class LabelMode { CsvOnly, Copy, Move };
std::string labelModeName(LabelMode m);

struct LabelParams
{
    std::string model;        // run folder, Graft checkpoint or exported TorchScript file
    std::string input;        // folder searched recursively for images
    std::string output;       // results folder (created)
    LabelMode mode = LabelMode::CsvOnly;
    double threshold = 0.0;   // below this confidence files go to _uncertain
    int topK = 3;
    int batchSize = 32;
    int threads = 0;
    DeviceChoice device = DeviceChoice::Auto;
    bool fastDecode = true;   // big JPEGs decode at reduced size (then antialiased to the input size)
};

struct LabelRecord
{
    std::string path;         // where the file was found
    std::string label;        // predicted class; empty when the file could not be read
    float confidence = 0;
    std::vector<std::pair<std::string, float>> top;
    std::string destination;  // where it was copied or moved; empty for CSV only
    std::string error;        // why the file could not be labelled
};

struct LabelResult
{
    std::vector<LabelRecord> records;
    std::map<std::string, int> counts; // per label, "_uncertain" included
    int failures = 0;
    int earlier = 0; // records of files an earlier run into the same output copied or moved (not again)
    bool stopped = false;
    std::string csvPath, jsonPath, journalPath;
    double seconds = 0;          // all of it
    double loadSeconds = 0;      // loading the model and finding the images, before the first image
    double imagesPerSecond = 0;  // from the first image to the written results (as the progress reports)
};

// Pending operations of an interrupted run in params.output are finished first. Files of the folder
// that an earlier run into params.output copied or moved are listed again (labels.csv holds the
// whole folder) but not copied or moved twice: running again completes an interrupted run.
LabelResult labelFolder(const LabelParams& params, const ImageReader& reader, const ProgressCallback& progress = {},
                        const CancelFlag* cancel = nullptr);

struct UndoResult
{
    int restored = 0;         // moves reversed / copies removed
    std::vector<std::string> conflicts; // not undone, with the reason
};
// The journal of labelling runs into `outputDir` (which may not exist yet).
std::string journalPathIn(const std::string& outputDir);
// How many copies and moves of a journal are not undone yet (0 when there is no journal).
int undoableCount(const std::string& journalPath);
// Reverses the copies and moves recorded in a journal, newest first.
UndoResult undoLabeling(const std::string& journalPath, const ProgressCallback& progress = {});

} // namespace graft
