// Stands in for libtorch.so in tst_linking: a shared library that exports its own
// std::filesystem::remove_all, as upstream LibTorch does (pytorch/pytorch#133437). This one removes
// nothing and answers a number no real removal gives, so a call that binds to it shows.
#include "FakeTorch.h"

#include <filesystem>

int graftFakeTorchVersion()
{
    return 2;
}

namespace std::filesystem {

std::uintmax_t remove_all(const path&, std::error_code& error)
{
    error.clear();
    return 424242;
}

} // namespace std::filesystem
