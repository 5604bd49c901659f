// The names of the files and folders Graft writes, in one place: the trainer and the labeller write
// them, the dataset scan recognises them (a project saved inside its dataset folder must not see
// its own runs or a labelling output as classes), the programs find them.
#pragma once

namespace graft::names {

// A run folder (train --out).
inline constexpr const char* kRunInfo = "run.json";
inline constexpr const char* kRunSplit = "split.json";
inline constexpr const char* kRunLock = "run.lock";
inline constexpr const char* kRunLog = "log.txt";           // in English, for people and support
inline constexpr const char* kRunLogJson = "log.jsonl";    // the same lines as kinds and values (LogMessage)
inline constexpr const char* kBestModel = "model-best.pt";
inline constexpr const char* kLastCheckpoint = "checkpoint-last.pt";
inline constexpr const char* kRunFeatureCache = "cache"; // the feature cache on disk while a run trains
// evaluation-validation.json, evaluation-test.json: the last evaluation of the best model.
inline constexpr const char* kEvaluationPrefix = "evaluation-";

// A project P.graft keeps its runs in P-runs beside it.
inline constexpr const char* kProjectExtension = ".graft";
inline constexpr const char* kRunsFolderSuffix = "-runs";

// A labelling output folder (label --out).
inline constexpr const char* kLabelsCsv = "labels.csv";
inline constexpr const char* kLabelsJson = "labels.json";
inline constexpr const char* kLabelJournal = "journal.jsonl";

} // namespace graft::names
