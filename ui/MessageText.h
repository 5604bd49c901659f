// The engine's messages in the window's language: a run's log lines and the errors a user meets.
// The engine writes each in English together with its kind and values (LogMessage: log.jsonl,
// Error::message()); here the kinds are written with the user's words and numbers. A message of
// no known kind (free text, a later version) shows its English text.
#pragma once

#include "core/LogMessage.h"

#include <QString>

namespace graft::ui {

QString messageText(const LogMessage& message);

} // namespace graft::ui
