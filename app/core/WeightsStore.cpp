#include "WeightsStore.h"

#include "core/Error.h"
#include "core/Files.h"
#include "core/Json.h"
#include "core/Sha256.h"
#include "models/Model.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QUrl>

namespace graft::app {

QString WeightsLocation::sourceName() const
{
    switch (source) {
    case Source::HubCache: return QStringLiteral("PyTorch hub cache");
    case Source::GraftCache: return QStringLiteral("Graft cache");
    case Source::Folder: return QStringLiteral("weights folder");
    case Source::Imported: return QStringLiteral("imported file");
    case Source::None: break;
    }
    return QStringLiteral("not available");
}

WeightsStore::WeightsStore(AppSettings& settings) : m_settings(settings) {}

QString WeightsStore::hubCacheDir()
{
    const QString torchHome = qEnvironmentVariable("TORCH_HOME");
    if (!torchHome.isEmpty())
        return torchHome + QStringLiteral("/hub/checkpoints");
    QString cache = qEnvironmentVariable("XDG_CACHE_HOME");
    if (cache.isEmpty())
        cache = QDir::homePath() + QStringLiteral("/.cache");
    return cache + QStringLiteral("/torch/hub/checkpoints");
}

QString WeightsStore::graftCacheDir() const { return m_settings.weightsCacheDir(); }
QString WeightsStore::indexPath() const { return graftCacheDir() + QStringLiteral("/index.json"); }

QUrl WeightsStore::downloadUrl(const ArchitectureInfo& arch) const
{
    QString base = m_settings.weightsBaseUrl();
    if (!base.endsWith(QLatin1Char('/')))
        base += QLatin1Char('/');
    return QUrl(base + QString::fromStdString(arch.weights.fileName));
}

namespace {
Json readIndex(const QString& path)
{
    try {
        return Json::parse(readFile(path.toStdString()));
    } catch (const std::exception&) {
        return Json::object();
    }
}

QString fingerprint(const QFileInfo& f)
{
    return QStringLiteral("%1:%2").arg(f.size()).arg(f.lastModified().toMSecsSinceEpoch());
}
} // namespace

WeightsLocation WeightsStore::find(const ArchitectureInfo& arch) const
{
    const QString official = QString::fromStdString(arch.weights.fileName);
    const QString name = QString::fromStdString(arch.name);
    const Json index = readIndex(indexPath());
    // A file the user imported for this architecture wins: they chose it.
    if (index.contains("imported") && index["imported"].contains(arch.name)) {
        const QString p = QString::fromStdString(index["imported"][arch.name].get<std::string>());
        if (QFileInfo::exists(p))
            return {WeightsLocation::Source::Imported, p, false};
    }
    const QString hub = hubCacheDir() + QLatin1Char('/') + official;
    if (QFileInfo::exists(hub))
        return {WeightsLocation::Source::HubCache, hub, true};
    const QString cached = graftCacheDir() + QLatin1Char('/') + official;
    if (QFileInfo::exists(cached))
        return {WeightsLocation::Source::GraftCache, cached, true};
    for (const QString& folder : m_settings.weightsFolders()) {
        const QDir dir(folder);
        if (dir.exists(official))
            return {WeightsLocation::Source::Folder, dir.filePath(official), true};
        // Other files for this architecture, named "<architecture>-<anything>.pth".
        const QStringList others = dir.entryList({name + QStringLiteral("-*.pth"), name + QStringLiteral("-*.pt")},
                                                 QDir::Files, QDir::Name);
        if (!others.isEmpty())
            return {WeightsLocation::Source::Folder, dir.filePath(others.first()), false};
    }
    return {};
}

VerifyResult WeightsStore::verify(const ArchitectureInfo& arch, const QString& path, bool official) const
{
    const QFileInfo info(path);
    if (!info.exists())
        return {false, QStringLiteral("%1: file not found").arg(path)};
    Json index = readIndex(indexPath());
    const std::string key = info.absoluteFilePath().toStdString();
    const std::string print = fingerprint(info).toStdString();
    if (index.contains("verified") && index["verified"].contains(key) && index["verified"][key].value("fingerprint", "") == print)
        return {index["verified"][key].value("ok", false), QString::fromStdString(index["verified"][key].value("message", ""))};

    VerifyResult result;
    if (official) {
        const std::string digest = sha256File(path.toStdString());
        result.ok = digest.rfind(arch.weights.sha256Prefix, 0) == 0;
        result.message = result.ok
            ? QStringLiteral("checksum matches (%1…)").arg(QString::fromStdString(arch.weights.sha256Prefix))
            : QStringLiteral("%1: checksum mismatch (SHA-256 %2…, expected %3…); the file is damaged or not the official "
                             "one: delete it and download it again")
                  .arg(path, QString::fromStdString(digest.substr(0, 8)), QString::fromStdString(arch.weights.sha256Prefix));
    } else {
        try {
            Model m = Model::create(arch.name);
            const auto report = m.loadWeights(path.toStdString());
            result.ok = true;
            result.message = QStringLiteral("fits %1: %2").arg(QString::fromStdString(arch.displayName),
                                                                QString::fromStdString(report.summary()));
        } catch (const Error& e) {
            result.ok = false;
            result.message = QString::fromUtf8(e.what());
        }
    }
    index["verified"][key] = {{"fingerprint", print}, {"ok", result.ok}, {"message", result.message.toStdString()}};
    QDir().mkpath(graftCacheDir());
    try {
        writeFileAtomic(indexPath().toStdString(), index.dump(1));
    } catch (const Error&) {
        // Not being able to remember a check only costs a repeat check.
    }
    return result;
}

WeightsLocation WeightsStore::importFile(const ArchitectureInfo& arch, const QString& file)
{
    if (!QFileInfo::exists(file))
        throw Error(file.toStdString() + ": file not found");
    // Must fit the architecture with its 1000-class head, or with any head (a fine-tuned file).
    Model m = Model::create(arch.name);
    try {
        m.loadWeights(file.toStdString());
    } catch (const Error&) {
        m = Model::create(arch.name);
        LoadWeightsOptions options;
        options.allowHeadMismatch = true;
        m.loadWeights(file.toStdString(), options); // throws with the list of mismatches
    }
    QDir().mkpath(graftCacheDir());
    const std::string digest = sha256File(file.toStdString());
    const QString target = graftCacheDir() + QStringLiteral("/%1-imported-%2.pth")
                                                 .arg(QString::fromStdString(arch.name), QString::fromStdString(digest.substr(0, 8)));
    if (!QFileInfo::exists(target)) {
        const QString temp = target + QStringLiteral(".part");
        QFile::remove(temp);
        if (!QFile::copy(file, temp))
            throw Error(target.toStdString() + ": cannot copy the file into the weights cache; check free space");
        commitTempFile(temp.toStdString(), target.toStdString());
    }
    Json index = readIndex(indexPath());
    index["imported"][arch.name] = target.toStdString();
    writeFileAtomic(indexPath().toStdString(), index.dump(1));
    return {WeightsLocation::Source::Imported, target, false};
}

QString WeightsStore::offlineAdvice(const ArchitectureInfo& arch) const
{
    return QStringLiteral("import the weights file instead (Model > Import weights, or graft-cli weights import %1 FILE), "
                          "or copy %2 into %3")
        .arg(QString::fromStdString(arch.name), QString::fromStdString(arch.weights.fileName), hubCacheDir());
}

} // namespace graft::app
