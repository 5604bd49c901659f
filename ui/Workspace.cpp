#include "Workspace.h"

#include "Format.h"
#include "core/Error.h"
#include "core/Files.h"
#include "data/Dataset.h"
#include "imageio/DatasetChecker.h"
#include "models/Zoo.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace graft::ui {

Workspace::Workspace(QObject* parent) : QObject(parent) { m_project.setArchitecture("mobilenet_v2"); }

void Workspace::touch()
{
    if (!m_dirty) {
        m_dirty = true;
        Q_EMIT dirtyChanged(true);
    }
}

void Workspace::markSaved()
{
    if (m_dirty) {
        m_dirty = false;
        Q_EMIT dirtyChanged(false);
    }
}

void Workspace::save(const QString& path)
{
    m_project.save(path.isEmpty() ? m_project.path : path);
    m_settings.addRecentProject(m_project.path);
    markSaved();
}

void Workspace::setReport(DatasetReport report, ValidationFolderCheck validation)
{
    m_report = std::make_shared<DatasetReport>(std::move(report));
    m_validation = std::move(validation);
    Q_EMIT reportChanged();
}

void Workspace::setProject(app::Project project, bool dirty)
{
    m_project = std::move(project);
    m_report.reset();
    m_validation = {};
    m_dirty = dirty;
    Q_EMIT projectReplaced();
    Q_EMIT dirtyChanged(dirty);
}

void Workspace::setDatasetRoots(const QStringList& roots)
{
    m_project.datasetRoots = roots;
    m_report.reset();
    m_validation = {};
    touch();
    Q_EMIT datasetRootsChanged();
}

void Workspace::setArchitecture(const std::string& architecture)
{
    if (m_project.config.architecture == architecture)
        return;
    m_project.setArchitecture(architecture);
    touch();
    Q_EMIT architectureChanged();
    Q_EMIT freezeChanged();
}

void Workspace::setFreeze(const FreezePlan& plan)
{
    if (m_project.config.freeze == plan)
        return;
    // Augmentation follows the move between training the head only and fine-tuning, as graft-cli's
    // --augment auto: off, the frozen backbone is computed once; on, the layers that train see varied images.
    const FreezePlan headOnly = headOnlyPlan(graft::architecture(m_project.config.architecture).headNode);
    const bool wasHeadOnly = m_project.config.freeze == headOnly, isHeadOnly = plan == headOnly;
    m_project.config.freeze = plan;
    const bool augmentFollows = wasHeadOnly != isHeadOnly && m_project.config.augment.enabled == isHeadOnly;
    if (augmentFollows)
        m_project.config.augment.enabled = !isHeadOnly;
    touch();
    Q_EMIT freezeChanged();
    if (augmentFollows)
        Q_EMIT configChanged();
}

DeviceChoice Workspace::device() const
{
    try {
        return deviceFromName(m_settings.device().toStdString());
    } catch (const Error&) { // a settings file edited by hand
        return DeviceChoice::Auto;
    }
}

int Workspace::threads() const { return m_settings.threads(); }

void Workspace::setCompute(DeviceChoice device, int threads)
{
    if (device == this->device() && threads == this->threads())
        return;
    m_settings.setDevice(QString::fromStdString(deviceName(device)));
    m_settings.setThreads(threads);
    Q_EMIT computeChanged();
}

void Workspace::setHead(const HeadSpec& head)
{
    if (m_project.config.head.hidden == head.hidden && m_project.config.head.dropout == head.dropout)
        return;
    m_project.config.head.hidden = head.hidden;
    m_project.config.head.dropout = head.dropout;
    touch();
    Q_EMIT configChanged();
}

void Workspace::setConfig(const TrainConfig& config)
{
    const std::string before = m_project.config.toJson().dump();
    // The model part belongs to the Model step; keep it.
    TrainConfig c = config;
    c.architecture = m_project.config.architecture;
    c.freeze = m_project.config.freeze;
    c.head = m_project.config.head;
    c.weights = m_project.config.weights;
    m_project.config = c;
    if (m_project.config.toJson().dump() != before) {
        touch();
        Q_EMIT configChanged();
    }
}

void Workspace::setSplit(const SplitSpec& split)
{
    if (split.toJson() == m_project.split.toJson())
        return;
    m_project.split = split;
    touch();
    Q_EMIT configChanged();
}

void Workspace::setWeightsSource(const QString& source)
{
    if (m_project.weightsSource == source)
        return;
    m_project.weightsSource = source;
    touch();
    Q_EMIT architectureChanged();
}

void Workspace::addRun(const app::RunRecord& run)
{
    m_project.runs.append(run);
    touch();
    Q_EMIT runsChanged();
}

void Workspace::updateRun(const app::RunRecord& run)
{
    for (auto& r : m_project.runs)
        if (r.dir == run.dir)
            r = run;
    touch();
    Q_EMIT runsChanged();
}

void Workspace::removeRun(const QString& runDir)
{
    if (m_project.runs.removeIf([&](const app::RunRecord& r) { return r.dir == runDir; }) == 0)
        return;
    touch();
    Q_EMIT runsChanged();
}

void Workspace::addRelabel(const app::RelabelRecord& move)
{
    m_project.relabels.append(move);
    touch();
    Q_EMIT relabelled(move);
}

QString Workspace::moveImageToClass(const QString& path, const QString& newClass, QString* why)
{
    why->clear();
    // The image's class folder is its parent (or an ancestor) under a dataset root or a validation
    // folder (whose images are the ones evaluated, mislabelled ones included), or that root itself
    // when it is a class of its own. It moves within the same dataset or validation folders.
    const QFileInfo file(path);
    // A run knows its classes by the names they had when it was trained: a class renamed since
    // (Data: Rename class) has its folder under the new name.
    const QString folderClass = m_project.currentClassName(newClass);
    QString oldClass, target;
    QStringList validationRoots;
    for (const std::string& r : m_project.split.validationRoots)
        validationRoots << QString::fromStdString(r);
    for (const QStringList& group : {m_project.datasetRoots, validationRoots}) {
        std::vector<std::string> roots;
        for (const QString& r : group)
            roots.push_back(QDir(r).absolutePath().toStdString());
        for (const std::string& r : roots) {
            const QString root = QString::fromStdString(r);
            if (!file.absoluteFilePath().startsWith(root + QLatin1Char('/')))
                continue;
            const bool own = isClassFolder(r);
            oldClass = own ? QFileInfo(root).fileName() : file.absoluteFilePath().mid(root.size() + 1).section(QLatin1Char('/'), 0, 0);
            target = own ? QString::fromStdString(classFolderAmong(roots, folderClass.toStdString())) : root + QLatin1Char('/') + folderClass;
        }
    }
    if (oldClass.isEmpty()) {
        *why = tr("%1 is not inside the project's dataset or validation folders.").arg(path);
        return {};
    }
    if (oldClass == folderClass)
        return {};
    if (target.isEmpty()) {
        *why = tr("The dataset has no folder for the class “%1”; add one with Add folder on the Data step.").arg(newClass);
        return {};
    }
    QDir().mkpath(target);
    const QString dst = QString::fromStdString(uniquePath(target.toStdString(), file.fileName().toStdString()).string());
    if (!QFile::rename(path, dst)) {
        *why = tr("Could not move %1 (check permissions).").arg(path);
        return {};
    }
    addRelabel({path, dst, oldClass, folderClass, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)});
    return dst;
}

QString Workspace::resolvedWeights(QString* why) const
{
    const QString source = m_project.weightsSource;
    if (source == QLatin1String("none"))
        return QString();
    if (source != QLatin1String("auto")) {
        if (!QFileInfo::exists(source) && why)
            *why = tr("The weights file %1 is missing.").arg(source);
        return QFileInfo::exists(source) ? source : QStringLiteral("?");
    }
    const ArchitectureInfo& arch = graft::architecture(m_project.config.architecture);
    const app::WeightsLocation loc = m_weights.find(arch);
    if (loc.source == app::WeightsLocation::Source::None) {
        if (why)
            *why = tr("No ImageNet weights for %1 yet: download them or import a file on the Model step.")
                       .arg(QString::fromStdString(arch.displayName));
        return QStringLiteral("?");
    }
    return loc.path;
}

std::vector<std::string> Workspace::trainingClasses() const
{
    if (!m_report)
        return {};
    std::vector<std::string> leftOut;
    for (const QString& name : m_project.excludedClasses)
        leftOut.push_back(name.toStdString());
    return m_report->trainingClasses(leftOut);
}

DatasetSplit Workspace::currentSplit() const
{
    if (!m_report)
        throw Error("the dataset has not been checked yet");
    // Excluded classes are left out (and the remaining labels renumbered by splitDataset).
    const std::vector<std::string> classes = trainingClasses();
    if (classes.size() < 2)
        throw Error("at least two classes are needed for training; include more classes on the Data step");
    const SplitSpec& spec = m_project.split;
    if (spec.validationRoots.empty())
        return splitDataset(*m_report, classes, spec);
    if (m_validation.roots != spec.validationRoots)
        throw Error("the validation folder is still being checked; start again when the Data step's check is done");
    if (!m_validation.report)
        throw Error(m_validation.error);
    return splitDataset(*m_report, classes, spec, &*m_validation.report);
}

void Workspace::setExcludedClasses(const QStringList& classes)
{
    m_project.excludedClasses = classes;
    touch();
    Q_EMIT reportChanged();
}

QString runTitle(const QString& dir, const QString& architecture, double bestAccuracy, const QString& state)
{
    const QString name = QFileInfo(dir).fileName();
    QStringList parts{name};
    if (!name.endsWith(architecture))
        parts << architecture;
    if (!state.isEmpty())
        parts << state;
    if (bestAccuracy >= 0)
        parts << percent(bestAccuracy);
    return parts.join(QStringLiteral(" · "));
}

} // namespace graft::ui
