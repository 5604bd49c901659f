// The Graft window: a step bar (Data, Model, Train, Evaluate, Use) over one page per step, project
// files (new, open, recent, save, save as, autosave), settings, and keyboard shortcuts for it all.
#pragma once

#include "Workspace.h"

#include <QMainWindow>

class QActionGroup;
class QButtonGroup;
class QLabel;
class QMenu;
class QStackedWidget;
class QTimer;

namespace graft::ui {

class DataPage;
class EvaluatePage;
class ModelPage;
class TrainPage;
class UsePage;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum Step { DataStep, ModelStep, TrainStep, EvaluateStep, UseStep };

    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    Workspace& workspace() { return m_workspace; }
    DataPage* dataPage() const { return m_data; }
    ModelPage* modelPage() const { return m_model; }
    TrainPage* trainPage() const { return m_train; }
    EvaluatePage* evaluatePage() const { return m_evaluate; }
    UsePage* usePage() const { return m_use; }
    int currentStep() const;

public Q_SLOTS:
    void showStep(int step);
    void newProject();
    void openProject();
    // After a crash or kill with a project never saved that had runs: asks whether to restore it
    // (Project::keepUnsavedCopy). True when it was restored.
    bool offerUnsavedProject();
    // Saves a saved project's changes (when the setting says so); of a project never saved that has
    // runs, keeps the copy offerUnsavedProject offers back. Every minute, and as a run starts and ends.
    void autosave();
    bool openProjectFile(const QString& path);
    void openSampleProject(const QString& datasetDir);
    // Makes the sample dataset in the user's data folder (once) and opens the sample project on it.
    void trySample();
    bool save();
    bool saveAs();
    bool saveProjectTo(const QString& path);
    void showSettings();
    void showAbout();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void updateDeviceLabel();
    void restoreLayout();
    void saveLayout();
    void buildMenus();
    void updateTitle();
    QString projectName() const; // "Untitled" in the window's language before the first save
    void updateRecent();
    bool maybeSave();

    Workspace m_workspace;
    QButtonGroup* m_steps;
    QStackedWidget* m_pages;
    DataPage* m_data;
    ModelPage* m_model;
    TrainPage* m_train;
    EvaluatePage* m_evaluate;
    UsePage* m_use;
    QMenu* m_recent;
    QLabel* m_deviceLabel;
    QTimer* m_autosave;
};

} // namespace graft::ui
