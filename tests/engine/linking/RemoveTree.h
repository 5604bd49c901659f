#pragma once
// A static library calling std::filesystem, linked the way the engine's libraries link LibTorch.

#include <cstdint>
#include <string>

namespace graft::linkprobe {

struct Removal
{
    std::uintmax_t removed = 0; // what std::filesystem::remove_all answered
    std::string from;           // the file that holds the remove_all our call bound to
    int torchVersion = 0;       // from the stand-in for LibTorch
};

Removal removeWithStandardLibrary(const std::string& folder);

} // namespace graft::linkprobe
