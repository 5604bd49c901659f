// Turning --weights (auto, none or a file) into a file, downloading official weights when needed.
#pragma once

#include "CliSupport.h"
#include "models/Zoo.h"

#include <QString>

namespace graft::cli {

// "none": "" (train from scratch). A file: that file, if it exists. "auto": a cached or configured
// file, else a download of the official file. Throws Error with advice when offline.
QString resolveWeights(const ArchitectureInfo& arch, const QString& spec, Output& out, bool allowDownload = true);
// Downloads the official file into Graft's cache, with progress; returns its path.
QString downloadWeights(const ArchitectureInfo& arch, Output& out, bool force = false);

} // namespace graft::cli
