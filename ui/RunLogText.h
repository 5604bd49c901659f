// A run's log in the window's language. The engine writes each line in English together with its
// kind and values (LogMessage, log.jsonl); here the kinds are written with the user's words and
// numbers. A line of an unknown kind (free text, a later version) shows its English text.
#pragma once

#include "core/LogMessage.h"

#include <QString>

namespace graft::ui {

QString runLogText(const LogMessage& message);

} // namespace graft::ui
