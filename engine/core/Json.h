// JSON for the engine's files (run configs, splits, checkpoints' metadata, reports): nlohmann::json
// with insertion order kept, so that files read in the order they were written.
#pragma once

#include <nlohmann/json.hpp>

namespace graft {
using Json = nlohmann::ordered_json;
}
