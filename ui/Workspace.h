// The state the window's pages share: the open project, the checked dataset, the chosen architecture
// and the settings. Pages read it and change it through its methods; it tells them what changed.
#pragma once

#include "app/core/AppSettings.h"
#include "app/core/Project.h"
#include "app/core/WeightsStore.h"
#include "data/DatasetReport.h"

#include <QObject>

#include <memory>
#include <optional>

namespace graft::ui {

// The check of the split's validation folders, made with the dataset's.
struct ValidationFolderCheck
{
    std::vector<std::string> roots;      // the folders checked (none: the split has none)
    std::optional<DatasetReport> report; // when they could be read
    std::string error;                   // else why not
};

class Workspace : public QObject
{
    Q_OBJECT

public:
    explicit Workspace(QObject* parent = nullptr);

    app::Project& project() { return m_project; }
    const app::Project& project() const { return m_project; }
    app::AppSettings& settings() { return m_settings; }
    app::WeightsStore& weights() { return m_weights; }

    // Where training, evaluation and labelling run: this computer's choice (Preferences, and the
    // Train step's Compute box), not the project's, so a project opened on another computer runs
    // there as that computer is set up.
    DeviceChoice device() const;
    int threads() const; // 0: all cores
    void setCompute(DeviceChoice device, int threads);
    // After Preferences changed them.
    void reloadCompute() { Q_EMIT computeChanged(); }

    // The last dataset check; empty until the dataset was scanned.
    const DatasetReport* report() const { return m_report.get(); }
    // The check of the validation folders that came with it.
    const ValidationFolderCheck& validationCheck() const { return m_validation; }
    void setReport(DatasetReport report, ValidationFolderCheck validation = {});

    // `dirty`: the project has changes to save (a restored unsaved project).
    void setProject(app::Project project, bool dirty = false);
    void setDatasetRoots(const QStringList& roots);
    void setArchitecture(const std::string& architecture);
    void setFreeze(const FreezePlan& plan);
    void setHead(const HeadSpec& head);
    void setConfig(const TrainConfig& config);       // hyperparameters
    void setSplit(const SplitSpec& split);
    void setExcludedClasses(const QStringList& classes);
    void setWeightsSource(const QString& source);
    void addRun(const app::RunRecord& run);
    void updateRun(const app::RunRecord& run);
    void removeRun(const QString& runDir);
    void addRelabel(const app::RelabelRecord& move);
    // Moves an image of the project's dataset (or validation folder) into the folder of another
    // class there and records the move, so that runs follow it. `newClass` may be a name a run
    // knows from before a rename. Returns where the image is now; empty when it did not move,
    // with `why` saying why (empty for an image already in that class).
    QString moveImageToClass(const QString& path, const QString& newClass, QString* why);
    // Says that these images of the dataset went to the trash (imagesTrashed), for every step to follow.
    void noteTrashed(const QStringList& paths) { if (!paths.isEmpty()) Q_EMIT imagesTrashed(paths); }

    bool isDirty() const { return m_dirty; }
    void markSaved();
    // Saves to `path` (or the project's path). Throws graft::Error.
    void save(const QString& path = QString());

    // The weights file a new run starts from ("" = from scratch); empty optional if not available.
    QString resolvedWeights(QString* why = nullptr) const;
    // The checked dataset's classes that train: all but those left out on the Data step (none
    // before the dataset is checked).
    std::vector<std::string> trainingClasses() const;
    // The split of the current report as training would use it (no file is read). Throws Error
    // when the validation folder is unreadable or not checked yet.
    DatasetSplit currentSplit() const;

Q_SIGNALS:
    void projectReplaced();
    void datasetRootsChanged();
    void reportChanged();
    void architectureChanged();
    void freezeChanged();
    void configChanged();
    void runsChanged();
    // An image moved to another class, or a class folder renamed (the record just added to
    // the project's relabels), from whichever step.
    void relabelled(const app::RelabelRecord& move);
    // Images of the dataset moved to the trash, from whichever step.
    void imagesTrashed(const QStringList& paths);
    void dirtyChanged(bool dirty);
    void computeChanged();

private:
    void touch();

    app::AppSettings m_settings;
    app::WeightsStore m_weights{m_settings};
    app::Project m_project;
    std::shared_ptr<DatasetReport> m_report;
    ValidationFolderCheck m_validation;
    bool m_dirty = false;
};

// How a run is named in the lists of every step: its folder's name, the network unless the name
// says it already ("20261126-120000-resnet18"), its state when given, and the best model's
// validation accuracy when known.
QString runTitle(const QString& dir, const QString& architecture, double bestAccuracy = -1, const QString& state = QString());

} // namespace graft::ui
