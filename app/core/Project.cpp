#include "Project.h"

#include "core/Error.h"
#include "core/Files.h"
#include "core/OutputNames.h"
#include "models/Zoo.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace graft::app {

QString Project::name() const
{
    return path.isEmpty() ? QStringLiteral("Untitled") : QFileInfo(path).completeBaseName();
}

std::vector<MovedImage> Project::movedImages() const
{
    std::vector<MovedImage> moved;
    for (const RelabelRecord& m : relabels)
        moved.push_back({m.from.toStdString(), m.to.toStdString(), m.newClass.toStdString(), m.folder,
                         m.oldClass.toStdString()});
    return moved;
}

QString Project::currentClassName(const QString& name) const
{
    QString now = name;
    for (const RelabelRecord& m : relabels)
        if (m.folder && m.oldClass == now)
            now = m.newClass;
    return now;
}

std::vector<std::string> Project::datasetFolders() const
{
    std::vector<std::string> folders;
    for (const QString& root : datasetRoots)
        folders.push_back(root.toStdString());
    return folders;
}

QString Project::runsFolder() const
{
    if (!path.isEmpty())
        return QFileInfo(path).absolutePath() + QLatin1Char('/') + name() + QLatin1String(names::kRunsFolderSuffix);
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/runs");
}

QString Project::newRunDir() const
{
    const QString base = runsFolder() + QLatin1Char('/')
        + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")) + QLatin1Char('-')
        + QString::fromStdString(config.architecture);
    QString dir = base;
    for (int i = 2; QFileInfo::exists(dir); ++i)
        dir = base + QStringLiteral("-%1").arg(i);
    return dir;
}

namespace {
QString relativeTo(const QString& projectPath, const QString& file)
{
    if (projectPath.isEmpty())
        return file;
    const QDir dir = QFileInfo(projectPath).absoluteDir();
    const QString rel = dir.relativeFilePath(file);
    return rel.startsWith(QStringLiteral("../../..")) ? QFileInfo(file).absoluteFilePath() : rel;
}

QString resolve(const QString& projectPath, const QString& stored)
{
    if (stored.isEmpty() || QFileInfo(stored).isAbsolute() || projectPath.isEmpty())
        return stored;
    return QDir::cleanPath(QFileInfo(projectPath).absoluteDir().filePath(stored));
}

std::string s(const QString& q) { return q.toStdString(); }
QString q(const Json& j, const char* key) { return QString::fromStdString(j.value(key, std::string())); }
} // namespace

Json Project::toJson() const
{
    Json roots = Json::array();
    for (const QString& r : datasetRoots)
        roots.push_back(s(relativeTo(path, r)));
    Json runList = Json::array();
    for (const auto& r : runs)
        runList.push_back({{"dir", s(relativeTo(path, r.dir))}, {"architecture", s(r.architecture)},
                           {"status", s(r.status)},          {"epochs", r.epochs},
                           {"best_accuracy", r.bestAccuracy}, {"created", s(r.created)}});
    Json moves = Json::array();
    for (const auto& m : relabels) {
        moves.push_back({{"from", s(relativeTo(path, m.from))}, {"to", s(relativeTo(path, m.to))}, {"old_class", s(m.oldClass)},
                         {"new_class", s(m.newClass)}, {"time", s(m.time)}});
        if (m.folder)
            moves.back()["folder"] = true;
    }
    SplitSpec sp = split;
    for (auto& v : sp.validationRoots)
        v = s(relativeTo(path, QString::fromStdString(v)));
    const bool fileWeights = weightsSource != QLatin1String("auto") && weightsSource != QLatin1String("none");
    return Json{{"format", "graft-project"},
                {"version", kFormatVersion},
                {"dataset_roots", roots},
                {"excluded_classes", [&] {
                     Json ex = Json::array();
                     for (const QString& c : excludedClasses)
                         ex.push_back(s(c));
                     return ex;
                 }()},
                {"split", sp.toJson()},
                {"weights", s(fileWeights ? relativeTo(path, weightsSource) : weightsSource)},
                {"config", config.toJson()},
                {"runs", runList},
                {"relabels", moves}};
}

Project Project::fromJson(const Json& j, const QString& path)
{
    if (j.value("format", std::string()) != "graft-project")
        throw Error(s(path) + ": not a Graft project file");
    if (j.value("version", 0) > kFormatVersion)
        throw Error(s(path) + ": made by a newer Graft; update Graft to open it");
    Project p;
    p.path = path;
    for (const auto& r : j.value("dataset_roots", Json::array()))
        p.datasetRoots << resolve(path, QString::fromStdString(r.get<std::string>()));
    for (const auto& c : j.value("excluded_classes", Json::array()))
        p.excludedClasses << QString::fromStdString(c.get<std::string>());
    p.split = SplitSpec::fromJson(j.value("split", Json::object()));
    for (auto& v : p.split.validationRoots)
        v = s(resolve(path, QString::fromStdString(v)));
    p.config = TrainConfig::fromJson(j.value("config", Json::object()));
    const QString weights = q(j, "weights");
    p.weightsSource = (weights == QLatin1String("auto") || weights == QLatin1String("none") || weights.isEmpty())
        ? (weights.isEmpty() ? QStringLiteral("auto") : weights)
        : resolve(path, weights);
    for (const auto& r : j.value("runs", Json::array()))
        p.runs.append({resolve(path, q(r, "dir")), q(r, "architecture"), q(r, "status"), r.value("epochs", 0),
                       r.value("best_accuracy", -1.0), q(r, "created")});
    for (const auto& m : j.value("relabels", Json::array()))
        p.relabels.append({resolve(path, q(m, "from")), resolve(path, q(m, "to")), q(m, "old_class"), q(m, "new_class"),
                           q(m, "time"), m.value("folder", false)});
    return p;
}

QString Project::unsavedCopyPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/unsaved-project.graft");
}

void Project::keepUnsavedCopy() const
{
    Project copy = *this;
    copy.path.clear(); // every path absolute
    Json j = copy.toJson();
    j["unsaved_copy_written"] = s(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    writeFileAtomic(s(unsavedCopyPath()), j.dump(2) + "\n"); // makes the data folder if need be
}

bool Project::hasUnsavedCopy() { return QFileInfo::exists(unsavedCopyPath()); }

Project Project::loadUnsavedCopy(QString* writtenAt)
{
    const std::string file = s(unsavedCopyPath());
    Json j;
    try {
        j = Json::parse(readFile(file));
    } catch (const Json::exception&) {
        throw Error(file + ": damaged (not JSON); it is an unsaved project's copy and can be deleted");
    }
    if (writtenAt)
        *writtenAt = q(j, "unsaved_copy_written");
    return fromJson(j, QString());
}

void Project::removeUnsavedCopy() { QFile::remove(unsavedCopyPath()); }

void Project::save(const QString& file)
{
    const QString previous = path;
    path = QFileInfo(file).absoluteFilePath();
    try {
        writeFileAtomic(s(path), toJson().dump(2) + "\n");
    } catch (...) {
        path = previous;
        throw;
    }
}

Project Project::load(const QString& file)
{
    const QString abs = QFileInfo(file).absoluteFilePath();
    Json j;
    try {
        j = Json::parse(readFile(s(abs)));
    } catch (const Json::exception& e) {
        throw Error(s(abs) + ": damaged project file (" + e.what() + ")");
    }
    return fromJson(j, abs);
}

Project Project::sample(const QString& datasetDir)
{
    Project p;
    p.datasetRoots = {QFileInfo(datasetDir).absoluteFilePath()};
    p.setArchitecture("mobilenet_v2");
    p.config.epochs = 5;
    p.config.batchSize = 32;
    p.config.augment.enabled = false; // with a frozen backbone the feature cache makes epochs instant
    return p;
}

void Project::setArchitecture(const std::string& architecture)
{
    const TrainConfig defaults = TrainConfig::forArchitecture(architecture);
    config.architecture = defaults.architecture;
    config.preprocess = defaults.preprocess;
    config.freeze = headOnlyPlan(graft::architecture(architecture).headNode);
    // Only the new head trains: without augmentation its frozen layers are computed once (the
    // feature cache), many times faster; graft-cli's --augment auto does the same.
    config.augment.enabled = false;
}

} // namespace graft::app
