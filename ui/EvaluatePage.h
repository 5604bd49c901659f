// Step 4, Evaluate: a run's accuracy and macro F1, per-class precision/recall/F1, and the confusion
// matrix; clicking a cell shows its validation images by confidence, each can be opened or moved to
// another class (on disk, after confirmation, recorded in the project).
#pragma once

#include "Workspace.h"
#include "train/Evaluator.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDialog;
class QLabel;
class QListView;
class QProgressBar;
class QPushButton;
class QScrollArea;
class QTableWidget;

namespace graft::app {
class BackgroundJob;
}

namespace graft::ui {

class ConfusionMatrixWidget;
class ThumbnailLoader;
class ThumbnailListModel;

class EvaluatePage : public QWidget
{
    Q_OBJECT

public:
    EvaluatePage(Workspace& workspace, QWidget* parent = nullptr);
    ConfusionMatrixWidget* matrix() const { return m_matrix; }
    const EvaluationResult* result() const { return m_result.get(); }
    const QString& resultRunDir() const { return m_resultRun; }
    bool isBusy() const;

    // Evaluates on a labelled folder (one sub-folder per class, matched to the run's classes by name)
    // instead of the run's validation or test images.
    void evaluateOnFolder(const QString& runDir, const QString& folder);
    // Writes every prediction of the shown result as CSV; false, with the reason shown, on failure.
    bool savePredictions(const QString& file);
    // Writes the shown result as one HTML page in the window's language (metrics, matrix,
    // thresholds, the most confident mistakes with their pictures and where the model looks in
    // them), in the background (the Save report button stops it meanwhile); `open` shows it when
    // written. False when there is nothing to write or a report is being written.
    bool saveReport(const QString& file, bool open = false);
    bool isWritingReport() const;

public Q_SLOTS:
    void evaluateRun(const QString& runDir);
    // A run just trained: its evaluation as training kept it (of the validation images, by the best
    // model), at once; evaluated when there is none for the images chosen (test images, a folder).
    void showRun(const QString& runDir);
    void evaluateSelected();
    // Stops the evaluation running (the Evaluate button is Stop meanwhile); the result shown before stays.
    void stopEvaluating();
    // When the step opens with nothing shown: evaluates the selected run (Stop stops it). Runs
    // evaluated before show their kept evaluation instead, at once.
    void evaluateIfNothingShown();
    void showCell(int trueClass, int predicted);
    // Every image the model got wrong, most confident first: where mislabelled images show up.
    // Shown after each evaluation, until a cell of the matrix is chosen.
    void showMistakes();
    // Moves an image to another class folder after confirmation (or without, when `confirm` is false).
    bool moveToClass(const QString& path, const QString& newClass, bool confirm = true);
    // Moves images of the project's dataset to the trash (restorable there) after confirmation, or
    // without when `confirm` is false: an image that belongs to no class. The result shown leaves
    // them out; a run continued later trains without them. Returns how many went.
    int trashImages(const QStringList& paths, bool confirm = true);
    // Where the run's model looks in an image of the shown result, for the class it chose and, for
    // a mistake, for the true class beside it (HeatMapDialog, not modal). Null if not shown.
    QDialog* showWhereItLooks(const QString& path);
    // "Heat maps": every thumbnail of the grid coloured where the model found the evidence for the
    // class it chose (Grad-CAM), computed in the background for the thumbnails in view.
    void showHeatMaps(bool on);
    // The heat maps' loader while they are shown (for tests).
    const ThumbnailLoader* heatMapThumbnails() const { return m_heatThumbnails; }

Q_SIGNALS:
    void message(const QString& text);
    void datasetChanged();

private:
    void refreshRuns();
    void showResult();
    // The selected run's kept evaluation (of its validation or test images), if it has one.
    void showKept();
    // "validation" or "test" as the "on" choice says; empty for a labelled folder.
    QString chosenSplit() const;
    // The Evaluate button, or Stop while an evaluation runs.
    void showRunning(bool running);
    void moveSelected();
    void trashSelected();
    // The shown result follows an image moved to another class (or a class folder renamed) on
    // any step: its file opens where it is now, its true class is the new one, metrics follow.
    void followRelabel(const app::RelabelRecord& move);
    // The shown result leaves out images moved to the trash on any step; metrics follow.
    void followTrash(const QStringList& trashed);
    // Metrics from the confusion matrix again, kept in the run folder, and shown.
    void refreshResult();
    void chooseFolder();
    void setFolder(const QString& folder);
    // The heat maps' loader for the shown result's model on this computer's device, made again
    // when either changes; none while they are off.
    void updateHeatMaps();

    Workspace& m_workspace;
    app::BackgroundJob* m_job;
    ThumbnailLoader* m_thumbnails;
    QComboBox* m_runs;
    QComboBox* m_split;
    QPushButton* m_evaluate;
    QProgressBar* m_progress;
    QLabel* m_summary;
    QTableWidget* m_perClass;
    ConfusionMatrixWidget* m_matrix;
    QScrollArea* m_matrixScroll;
    QLabel* m_cellTitle;
    QListView* m_images;
    ThumbnailListModel* m_imagesModel;
    QPushButton* m_move;
    QPushButton* m_allMistakes;
    QCheckBox* m_heatMaps;
    ThumbnailLoader* m_heatThumbnails = nullptr;
    QString m_heatKey; // the model, device and threads m_heatThumbnails draws with
    QPushButton* m_save;
    QPushButton* m_saveReport;
    app::BackgroundJob* m_reportJob;
    QMetaObject::Connection m_reportWritten; // what to do when the report being written is
    QString m_folder;     // the labelled folder of the "on" choice, when chosen
    int m_lastSplit = 0;  // the "on" choice before the folder dialog, to go back to on cancel
    std::shared_ptr<EvaluationResult> m_result;
    std::shared_ptr<EvaluationResult> m_pending;
    // What the evaluated folder held that the model does not know (shown with the result).
    std::shared_ptr<std::vector<std::string>> m_unknown, m_pendingUnknown;
    QString m_resultFolder, m_pendingFolder; // the labelled folder evaluated on, if any
    int m_cellRow = -1, m_cellColumn = -1;
    QString m_resultRun, m_pendingRun, m_queuedRun; // shown, being evaluated, asked for meanwhile
    QString m_resultSplit, m_pendingSplit;         // "validation" or "test" (empty for a folder)
    QString m_keptTime; // when the shown result was made, if it was kept in the run folder (not made now)
};

} // namespace graft::ui
