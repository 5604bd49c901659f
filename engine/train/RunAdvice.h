// What a finished run's curves say to someone who cannot read them yet: the learning rate was too
// high, the model could not fit the training images, it memorised them (overfitting), or it was
// still improving when the epochs ran out. Lines for the run's log, after "Training finished".
#pragma once

#include "core/LogMessage.h"
#include "train/RunFolder.h"

#include <vector>

namespace graft {

// The advice for a run (none for a run that says nothing clear). Uses its history, best epoch and
// status; a run stopped by the user gets none.
std::vector<LogMessage> runAdvice(const RunInfo& run);
// Whether a log line is such advice (its kind is one of logid's kAdvice...).
bool isAdvice(const LogMessage& line);

} // namespace graft
