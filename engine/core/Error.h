// Errors the engine throws: each message names the file or setting, the cause and the fix,
// so that the GUI and graft-cli can show it to a user as it is.
#pragma once

#include <stdexcept>
#include <string>

namespace graft {

class Error : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

// Thrown by a long job when its cancel flag was raised; callers treat it as "stopped", not as a failure.
class CancelledError : public Error
{
public:
    CancelledError() : Error("cancelled") {}
};

} // namespace graft
