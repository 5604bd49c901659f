// weights list|download|import|verify|where, and --weights auto
#include "CliSupport.h"
#include "Commands.h"
#include "WeightsResolve.h"

#include "app/core/AppSettings.h"
#include "app/core/WeightsDownloader.h"
#include "app/core/WeightsStore.h"
#include "core/Error.h"
#include "core/Text.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFileInfo>

namespace graft::cli {

using app::AppSettings;
using app::WeightsLocation;
using app::WeightsStore;

QString downloadWeights(const ArchitectureInfo& arch, Output& out, bool force)
{
    AppSettings settings;
    WeightsStore store(settings);
    const QString target = store.graftCacheDir() + QLatin1Char('/') + QString::fromStdString(arch.weights.fileName);
    if (!force && QFileInfo::exists(target))
        return target;
    app::WeightsDownloader downloader;
    QEventLoop loop;
    QString result, error;
    QObject::connect(&downloader, &app::WeightsDownloader::progress, [&](qint64 got, qint64 total, double speed, double eta) {
        Progress p;
        p.stage = "Downloading " + arch.weights.fileName;
        p.done = got / 1024;
        p.total = total > 0 ? total / 1024 : 0;
        p.itemsPerSecond = speed / 1024;
        p.etaSeconds = eta;
        out.progress(p, QStringLiteral("KB"));
    });
    QObject::connect(&downloader, &app::WeightsDownloader::message, [&](const QString& m) { out.warning(m); });
    QObject::connect(&downloader, &app::WeightsDownloader::finished, [&](const QString& path) {
        result = path;
        loop.quit();
    });
    QObject::connect(&downloader, &app::WeightsDownloader::failed, [&](const QString& why) {
        error = why;
        loop.quit();
    });
    out.line(QStringLiteral("Downloading %1 from %2").arg(QString::fromStdString(arch.weights.fileName),
                                                            store.downloadUrl(arch).toString()));
    downloader.start(store.downloadUrl(arch), target, QString::fromStdString(arch.weights.sha256Prefix));
    loop.exec();
    out.endProgress();
    if (!error.isEmpty())
        throw Error(QStringLiteral("cannot download the weights: %1. Offline? %2").arg(error, store.offlineAdvice(arch)).toStdString());
    out.line(QStringLiteral("Saved %1 (checksum verified)").arg(result));
    out.event("downloaded", Json{{"name", arch.name}, {"path", result.toStdString()}});
    return result;
}

QString resolveWeights(const ArchitectureInfo& arch, const QString& spec, Output& out, bool allowDownload)
{
    if (spec == QLatin1String("none"))
        return {};
    if (spec != QLatin1String("auto")) {
        if (!QFileInfo::exists(spec))
            throw Error(spec.toStdString() + ": weights file not found");
        return QFileInfo(spec).absoluteFilePath();
    }
    AppSettings settings;
    WeightsStore store(settings);
    const WeightsLocation found = store.find(arch);
    if (found.source != WeightsLocation::Source::None) {
        const auto check = store.verify(arch, found.path, found.official);
        if (!check.ok)
            throw Error(check.message.toStdString());
        out.line(QStringLiteral("Weights: %1 (%2)").arg(found.path, found.sourceName()));
        return found.path;
    }
    if (!allowDownload)
        throw Error(QStringLiteral("no weights for %1 on this computer; %2")
                        .arg(QString::fromStdString(arch.name), store.offlineAdvice(arch)).toStdString());
    return downloadWeights(arch, out);
}

int cmdWeights(const QStringList& args)
{
    CommandParser p(QStringLiteral("weights"), QStringLiteral("list | download NAME | import NAME FILE | verify [NAME] | where"),
                    QStringLiteral("Manage pretrained weights: torchvision's official files (downloaded once, "
                                   "checksummed, shared with PyTorch's hub cache) and imported files.\n\n"
                                   "  list              Each architecture's weights: where they are, or that they download on first use\n"
                                   "  download NAME     Download NAME's official file now (e.g. before going offline)\n"
                                   "  import NAME FILE  Use FILE (a state_dict or TorchScript file) as NAME's weights\n"
                                   "  verify [NAME]     Check the files on this computer against their checksums\n"
                                   "  where             The folders Graft reads and writes weights in"));
    p.add(QStringLiteral("force"), QStringLiteral("Download again even when the file is there"));
    if (!p.parse(args))
        return kOk;
    Output out(p.isSet(QStringLiteral("json")));
    const QStringList pos = p.positional().mid(1);
    if (pos.isEmpty())
        throw UsageError("say what to do: graft-cli weights list|download NAME|import NAME FILE|verify [NAME]|where");
    AppSettings settings;
    WeightsStore store(settings);
    const QString action = pos[0];
    if (action == QLatin1String("where")) {
        out.line(QStringLiteral("PyTorch hub cache: %1").arg(WeightsStore::hubCacheDir()));
        out.line(QStringLiteral("Graft cache:       %1").arg(store.graftCacheDir()));
        for (const QString& f : settings.weightsFolders())
            out.line(QStringLiteral("Weights folder:    %1").arg(f));
        out.event("where", Json{{"hub_cache", WeightsStore::hubCacheDir().toStdString()},
                                {"graft_cache", store.graftCacheDir().toStdString()}});
        return kOk;
    }
    if (action == QLatin1String("list")) {
        for (const auto& a : architectures()) {
            const WeightsLocation loc = store.find(a);
            if (out.json()) {
                out.event("weights", Json{{"name", a.name}, {"file", a.weights.fileName}, {"url", a.weights.url},
                                          {"sha256_prefix", a.weights.sha256Prefix}, {"approx_bytes", a.weights.approxBytes},
                                          {"license", a.weights.license},
                                          {"available", loc.source != WeightsLocation::Source::None},
                                          {"source", loc.sourceName().toStdString()}, {"path", loc.path.toStdString()}});
                continue;
            }
            out.line(QStringLiteral("%1 %2 %3  %4")
                         .arg(QString::fromStdString(a.name), -20)
                         .arg(QString::fromStdString(humanBytes(std::uint64_t(a.weights.approxBytes))), 8)
                         .arg(loc.source == WeightsLocation::Source::None ? QStringLiteral("download") : loc.sourceName(), -18)
                         .arg(loc.path.isEmpty() ? QString::fromStdString(a.weights.fileName) : loc.path));
        }
        return kOk;
    }
    if (action == QLatin1String("download")) {
        if (pos.size() != 2)
            throw UsageError("give the model name: graft-cli weights download NAME");
        downloadWeights(architecture(pos[1].toStdString()), out, p.isSet(QStringLiteral("force")));
        return kOk;
    }
    if (action == QLatin1String("import")) {
        if (pos.size() != 3)
            throw UsageError("give the model name and the file: graft-cli weights import NAME FILE");
        const ArchitectureInfo& arch = architecture(pos[1].toStdString());
        const WeightsLocation loc = store.importFile(arch, pos[2]);
        out.line(QStringLiteral("Imported %1 for %2: %3").arg(pos[2], QString::fromStdString(arch.displayName), loc.path));
        out.event("imported", Json{{"name", arch.name}, {"path", loc.path.toStdString()}});
        return kOk;
    }
    if (action == QLatin1String("verify")) {
        int bad = 0, checked = 0;
        for (const auto& a : architectures()) {
            if (pos.size() > 1 && a.name != architecture(pos[1].toStdString()).name)
                continue;
            const WeightsLocation loc = store.find(a);
            if (loc.source == WeightsLocation::Source::None) {
                if (pos.size() > 1)
                    throw Error(a.name + ": no weights on this computer to verify");
                continue;
            }
            const auto r = store.verify(a, loc.path, loc.official);
            ++checked;
            bad += r.ok ? 0 : 1;
            out.line(QStringLiteral("%1 %2  %3").arg(QString::fromStdString(a.name), -20).arg(r.ok ? QStringLiteral("ok ") : QStringLiteral("BAD"), r.message));
            out.event("verified", Json{{"name", a.name}, {"path", loc.path.toStdString()}, {"ok", r.ok},
                                       {"message", r.message.toStdString()}});
        }
        if (checked == 0)
            out.line(QStringLiteral("No weights files on this computer yet."));
        return bad ? kRuntimeError : kOk;
    }
    throw UsageError("unknown weights action '" + action.toStdString() + "' (use list, download, import, verify or where)");
}

} // namespace graft::cli
