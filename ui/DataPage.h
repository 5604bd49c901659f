// Step 1, Data: a folder with one sub-folder per class, dropped or opened; class counts with
// example thumbnails, the images of a class, the dataset check's warnings and bad files, and the
// train/validation/test split. Scanning runs in the background and can be cancelled.
#pragma once

#include "Workspace.h"
#include "core/Job.h"

#include <QHash>
#include <QWidget>

class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListView;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QTreeWidget;

namespace graft::app {
class BackgroundJob;
}

namespace graft::ui {

class ThumbnailLoader;
class ThumbnailListModel;
class ClassTable;

class DataPage : public QWidget
{
    Q_OBJECT

public:
    DataPage(Workspace& workspace, QWidget* parent = nullptr);
    bool isScanning() const;
    // Renames the class's folders (or the folder that is the class) and scans again.
    void renameClassTo(const QString& oldName, const QString& newName);
    // Moves images of the dataset to the trash (restorable there) after confirmation, or without
    // when `confirm` is false, and scans again. Returns how many went.
    int trashImages(const QStringList& paths, bool confirm = true);
    // Moves images of the dataset into another class's folder (recorded in the project, so that
    // runs trained before follow them, as Move to class on the Evaluate step) and scans again.
    int moveImagesToClass(const QStringList& paths, const QString& className);
    // The progress bar's text for a step of checking the dataset, in the user's language.
    static QString progressText(const graft::Progress& p);

public Q_SLOTS:
    void openDataset(const QStringList& roots);
    void chooseDataset();
    void addFolder();
    void rescan();

Q_SIGNALS:
    void message(const QString& text);
    // "Try the sample dataset" on the welcome shown before any dataset is opened.
    void sampleWanted();

private:
    // Checks the dataset (when `dataset`) and the split's validation folders in the background.
    void startCheck(bool dataset);
    // A new validation folder: only it is checked, the dataset's report stays (unless there is none).
    void recheckValidationFolder();
    void showReport();
    void openPresplit();
    void showValidationIssues(const DatasetReport& dataset);
    void showClass(int row);
    void updateStrip(int row);
    void onThumbnail(const QString& path);
    void copyIntoClass(int row, const QStringList& files);
    void classMenu(const QPoint& pos);
    void renameClass(int row); // asks for the new name
    void toggleExcluded(int row);
    void moveSelectedToClass(); // asks for the class
    void recordRename(const QString& from, const QString& to, const QString& oldName, const QString& newName);
    void writeSplit();
    // How many images train, validate and test with the split as set now.
    void updateSplitCounts();
    void readSplit();
    QString classAt(int row) const;

    Workspace& m_workspace;
    ThumbnailLoader* m_thumbnails;
    app::BackgroundJob* m_job;
    QWidget* m_dropZone;
    QLabel* m_summary;
    QLabel* m_splitCounts;
    QPushButton* m_openPresplit;
    ClassTable* m_classes;
    QListView* m_grid;
    ThumbnailListModel* m_gridModel;
    QHash<QString, int> m_stripRows; // the files each class's strip shows -> its row
    QLabel* m_gridHint;
    QWidget* m_welcome; // what a dataset looks like, before the first one is opened
    QTreeWidget* m_issues;
    QProgressBar* m_progress;
    QPushButton* m_cancel;
    QSpinBox* m_validation;
    QSpinBox* m_test;
    QSpinBox* m_seed;
    QLineEdit* m_validationFolder;
    int m_shownRow = -1;
    bool m_rescanAgain = false;
    std::shared_ptr<DatasetReport> m_scanResult;
    std::shared_ptr<ValidationFolderCheck> m_validationResult;
};

} // namespace graft::ui
