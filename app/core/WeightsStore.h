// Where pretrained weights come from: PyTorch's hub cache (so files PyTorch already downloaded are
// reused), Graft's cache, weights folders from the settings, and files imported by the user. Official
// files are checked against the SHA-256 prefix in their name once; the result is recorded.
#pragma once

#include "AppSettings.h"
#include "models/Zoo.h"

#include <QString>

namespace graft::app {

struct WeightsLocation
{
    enum class Source { None, HubCache, GraftCache, Folder, Imported };
    Source source = Source::None;
    QString path;
    bool official = false;  // torchvision's own file (name and checksum)
    QString sourceName() const;
};

struct VerifyResult
{
    bool ok = false;
    QString message;
};

class WeightsStore
{
public:
    explicit WeightsStore(AppSettings& settings);

    // $TORCH_HOME/hub/checkpoints, else $XDG_CACHE_HOME/torch/hub/checkpoints, else ~/.cache/torch/...
    static QString hubCacheDir();
    QString graftCacheDir() const;
    QUrl downloadUrl(const ArchitectureInfo& arch) const;

    // The best local file for an architecture, or Source::None.
    WeightsLocation find(const ArchitectureInfo& arch) const;
    // Checks a file once (official: SHA-256 prefix; other: keys and shapes fit the architecture) and
    // records the result by path, size and modification time.
    VerifyResult verify(const ArchitectureInfo& arch, const QString& path, bool official) const;
    // Checks that a user's file fits, copies it into Graft's cache and uses it for this architecture.
    // Throws graft::Error listing the mismatches when it does not fit.
    WeightsLocation importFile(const ArchitectureInfo& arch, const QString& file);
    // What to tell a user who is offline.
    QString offlineAdvice(const ArchitectureInfo& arch) const;

private:
    QString indexPath() const;
    AppSettings& m_settings;
};

} // namespace graft::app
