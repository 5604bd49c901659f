// Errors the engine throws: each message names the file or setting, the cause and the fix,
// so that the GUI and graft-cli can show it to a user as it is. The ones a user meets in the
// window carry their kind and values too (LogMessage), for the window to write in its language.
#pragma once

#include "LogMessage.h"

#include <stdexcept>
#include <string>

namespace graft {

class Error : public std::runtime_error
{
public:
    explicit Error(const std::string& message) : std::runtime_error(message) {}
    explicit Error(const char* message) : std::runtime_error(message) {}
    explicit Error(LogMessage message) : std::runtime_error(message.text), m_kind(std::move(message.id)), m_args(std::move(message.args)) {}
    // The kind, values and English text (what()); a kind of "" for errors that have none.
    LogMessage message() const { return {m_kind, m_args, what()}; }

private:
    std::string m_kind;
    std::vector<std::string> m_args;
};

// What an exception says, as a message for the window: an Error's kind and values, else its text.
inline LogMessage messageOf(const std::exception& e)
{
    if (const auto* error = dynamic_cast<const Error*>(&e))
        return error->message();
    return {{}, {}, e.what()};
}

// Thrown by a long job when its cancel flag was raised; callers treat it as "stopped", not as a failure.
class CancelledError : public Error
{
public:
    CancelledError() : Error("cancelled") {}
};

} // namespace graft
