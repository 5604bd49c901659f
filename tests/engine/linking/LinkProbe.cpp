// Removes the folder named on the command line with std::filesystem::remove_all, and prints what
// it answered and which file the function came from (tst_linking reads it).
#include "RemoveTree.h"

#include <cstdio>

int main(int argc, char** argv)
{
    if (argc != 2) {
        std::fprintf(stderr, "usage: %s FOLDER\n", argv[0]);
        return 2;
    }
    const graft::linkprobe::Removal r = graft::linkprobe::removeWithStandardLibrary(argv[1]);
    std::printf("torch %d\nremoved %ju\nfrom %s\n", r.torchVersion, r.removed, r.from.c_str());
    return 0;
}
