// A message of the engine in two forms: the English line that log.txt and graft-cli show, and what
// it says as a kind and values, from which the window writes it in the user's language. Lines of
// a run's log, and the errors a user meets in the window (Error::message()).
#pragma once

#include <functional>
#include <string>
#include <vector>

namespace graft {

struct LogMessage
{
    std::string id;                // the kind of line, one of logid:: below; empty: free text, shown as it is
    std::vector<std::string> args; // its values: numbers in the C locale ("0.7641"), names and paths as they are
    std::string text;              // the line in English
};

using LogSink = std::function<void(const LogMessage&)>;

// The kinds of messages, with their values in order: lines of a run's log, then errors. Flags are
// "1" or "0". A new kind goes here, into allLogIds() and into the window's translations
// (ui/MessageText.cpp; tst_translations writes every kind listed here).
namespace logid {
inline constexpr const char* kDeviceCpu = "device-cpu";           // threads
inline constexpr const char* kDeviceCuda = "device-cuda";         // GPU index, GPU count, mixed precision flag
inline constexpr const char* kModelScratch = "model-scratch";     // architecture
inline constexpr const char* kModelWeights = "model-weights";     // architecture, weights file, tensors, format,
                                                                  // new classifier tensors (", "-separated, may be empty)
inline constexpr const char* kTrainable = "trainable";            // trainable, total, then pairs of ("train"|"freeze", pattern)
inline constexpr const char* kAuxOff = "aux-off";                 // minimum input size, input size
inline constexpr const char* kCacheOffAugment = "cache-off-augment";
inline constexpr const char* kCacheComputing = "cache-computing"; // first trainable layer
inline constexpr const char* kCacheReady = "cache-ready";         // seconds, images, row shape ("1280, 7, 7"), bytes, on disk flag
inline constexpr const char* kPaused = "paused";
inline constexpr const char* kResumed = "resumed";
inline constexpr const char* kResuming = "resuming";              // epochs done, epochs
inline constexpr const char* kRestarting = "restarting";
inline constexpr const char* kEpoch = "epoch";                    // epoch, epochs, train loss, train accuracy (%),
                                                                  // validation flag, validation loss, validation
                                                                  // accuracy (%), seconds, best flag
inline constexpr const char* kEarlyStop = "early-stop";           // monitor ("loss"|"accuracy"), epochs without
                                                                  // improvement, best epoch
inline constexpr const char* kStopped = "stopped";                // complete epochs
inline constexpr const char* kFinished = "finished";              // early-stop flag, best epoch (0: none)
inline constexpr const char* kFailed = "failed";                  // the error's kind (may be empty), its values
inline constexpr const char* kImagesRelocated = "images-relocated"; // images, folder now, folder then
inline constexpr const char* kImagesRenamed = "images-renamed";   // images
inline constexpr const char* kImagesMoved = "images-moved";       // images
inline constexpr const char* kImagesMissing = "images-missing";   // images, one of them
// What a finished run's curves say (train/RunAdvice.h).
inline constexpr const char* kAdviceRateTooHigh = "advice-rate-too-high"; // first and last training loss, learning rate
inline constexpr const char* kAdviceLossTooHigh = "advice-loss-too-high"; // first training loss, classes, guessing's
                                                                          // loss, learning rate
inline constexpr const char* kAdviceUnderfitting = "advice-underfitting"; // training accuracy (%)
inline constexpr const char* kAdviceOverfitting = "advice-overfitting";   // best epoch, training accuracy (%),
                                                                          // validation loss rise (%)
inline constexpr const char* kAdviceStillImproving = "advice-still-improving"; // validation accuracy (%) before and at
                                                                               // the end, epochs between
// Errors a user meets in the window (Error::message()).
inline constexpr const char* kErrorBatchOfOne = "error-batch-of-one";
inline constexpr const char* kErrorOneTrainingImage = "error-one-training-image";
inline constexpr const char* kErrorAllFrozen = "error-all-frozen";         // the classifier's layer
inline constexpr const char* kErrorNoTrainingImages = "error-no-training-images";
inline constexpr const char* kErrorDiverged = "error-diverged";            // "nan"|"infinite", learning rate
inline constexpr const char* kErrorInputTooSmall = "error-input-too-small"; // architecture, minimum size, input size
inline constexpr const char* kErrorTooFewClasses = "error-too-few-classes"; // classes found
inline constexpr const char* kErrorImagesMissing = "error-images-missing"; // images, one of them, a class left with
                                                                           // no training image (may be empty)
inline constexpr const char* kErrorLibTorch = "error-libtorch";            // LibTorch's message
inline constexpr const char* kErrorRunBusy = "error-run-busy";             // run folder
inline constexpr const char* kErrorNotWritten = "error-not-written";       // file, the system's reason (may be empty)
inline constexpr const char* kErrorCannotCreateFile = "error-cannot-create-file"; // file, folder, the system's reason
inline constexpr const char* kErrorFolderNotFound = "error-folder-not-found"; // folder
inline constexpr const char* kErrorNotAFolder = "error-not-a-folder";       // path
inline constexpr const char* kErrorNoImagesInFolder = "error-no-images-in-folder"; // folder, image extensions
inline constexpr const char* kErrorNoValidationImages = "error-no-validation-images"; // validation folders, classes
inline constexpr const char* kErrorLabelBusy = "error-label-busy";         // output folder
inline constexpr const char* kErrorLabelInputNotFound = "error-label-input-not-found"; // folder
inline constexpr const char* kErrorOutputNotCreated = "error-output-not-created"; // folder, the system's reason
inline constexpr const char* kErrorJournalNotCreated = "error-journal-not-created"; // journal
inline constexpr const char* kErrorJournalNotWritten = "error-journal-not-written"; // journal
inline constexpr const char* kErrorFileNotFound = "error-file-not-found";   // file
inline constexpr const char* kErrorEmptyFile = "error-empty-file";         // file
inline constexpr const char* kErrorNotWeights = "error-not-weights";       // file
inline constexpr const char* kErrorNoStateDict = "error-no-state-dict";    // file
inline constexpr const char* kErrorDamagedWeights = "error-damaged-weights"; // file, the reader's detail (may be empty)
inline constexpr const char* kErrorWeightsMismatch = "error-weights-mismatch"; // file, architecture, then for different
                                                                           // shapes, missing, unexpected: a count and
                                                                           // some names; then a flag: the new
                                                                           // classifier may be kept
inline constexpr const char* kErrorNoModelYet = "error-no-model-yet";      // run folder
inline constexpr const char* kErrorNotAModel = "error-not-a-model";        // file
inline constexpr const char* kErrorExportWithoutClasses = "error-export-without-classes"; // file
inline constexpr const char* kErrorRunFolderNotCreated = "error-run-folder-not-created"; // run folder, the system's reason
} // namespace logid

// A run's failure as a line of its log (kFailed: the error's kind, then its values), and back.
inline LogMessage failedLine(const LogMessage& error)
{
    std::vector<std::string> args{error.id};
    args.insert(args.end(), error.args.begin(), error.args.end());
    return {logid::kFailed, std::move(args), "Failed: " + error.text};
}
inline LogMessage failedError(const LogMessage& line)
{
    const std::string prefix = "Failed: ";
    const std::string text = line.text.compare(0, prefix.size(), prefix) == 0 ? line.text.substr(prefix.size()) : line.text;
    if (line.args.empty())
        return {{}, {}, text};
    return {line.args.front(), {line.args.begin() + 1, line.args.end()}, text};
}

inline const std::vector<std::string>& allLogIds()
{
    using namespace logid;
    static const std::vector<std::string> ids{
        // a run's log
        kDeviceCpu, kDeviceCuda, kModelScratch, kModelWeights, kTrainable, kAuxOff, kCacheOffAugment, kCacheComputing,
        kCacheReady, kPaused, kResumed, kResuming, kRestarting, kEpoch, kEarlyStop, kStopped, kFinished, kFailed,
        kImagesRelocated, kImagesRenamed, kImagesMoved, kImagesMissing, kAdviceRateTooHigh, kAdviceLossTooHigh,
        kAdviceUnderfitting, kAdviceOverfitting, kAdviceStillImproving,
        // errors
        kErrorBatchOfOne, kErrorOneTrainingImage, kErrorAllFrozen, kErrorNoTrainingImages, kErrorDiverged,
        kErrorInputTooSmall, kErrorTooFewClasses, kErrorImagesMissing, kErrorLibTorch, kErrorRunBusy, kErrorNotWritten,
        kErrorCannotCreateFile, kErrorFolderNotFound, kErrorNotAFolder, kErrorNoImagesInFolder, kErrorNoValidationImages,
        kErrorLabelBusy, kErrorLabelInputNotFound, kErrorOutputNotCreated, kErrorJournalNotCreated,
        kErrorJournalNotWritten, kErrorFileNotFound, kErrorEmptyFile, kErrorNotWeights, kErrorNoStateDict,
        kErrorDamagedWeights, kErrorWeightsMismatch, kErrorNoModelYet, kErrorNotAModel, kErrorExportWithoutClasses,
        kErrorRunFolderNotCreated};
    return ids;
}

} // namespace graft
