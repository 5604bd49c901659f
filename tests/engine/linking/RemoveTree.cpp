#include "RemoveTree.h"

#include "FakeTorch.h"

#include <dlfcn.h>
#include <stdlib.h>

#include <filesystem>
#include <system_error>

namespace graft::linkprobe {

Removal removeWithStandardLibrary(const std::string& folder)
{
    namespace fs = std::filesystem;
    using RemoveAll = std::uintmax_t (*)(const fs::path&, std::error_code&);
    const RemoveAll removeAll = &fs::remove_all;
    Removal r;
    r.torchVersion = graftFakeTorchVersion();
    std::error_code error;
    r.removed = removeAll(folder, error);
    Dl_info info{};
    // Nothing else from libstdc++'s filesystem operations here: that would take them into a
    // program with a static libstdc++ whatever the link order, remove_all included.
    if (::dladdr(reinterpret_cast<void*>(removeAll), &info) != 0 && info.dli_fname) {
        if (char* real = ::realpath(info.dli_fname, nullptr)) {
            r.from = real;
            ::free(real);
        }
    }
    return r;
}

} // namespace graft::linkprobe
