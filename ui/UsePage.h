// Step 5, Use: try the trained model on dropped images (top-5 bars), export it as TorchScript, and
// batch-label a folder (CSV only, copy or move into class folders, confidence threshold) with
// progress, stop, a results table, undo and "open output folder".
#pragma once

#include "Workspace.h"
#include "export/Exporter.h"
#include "label/Labeler.h"
#include "label/Predict.h"
#include "train/Evaluator.h"

#include <QImage>

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QTableWidget;
class QVBoxLayout;

namespace graft::app {
class BackgroundJob;
}

namespace graft::ui {

class ImageDropZone;

class UsePage : public QWidget
{
    Q_OBJECT

public:
    UsePage(Workspace& workspace, QWidget* parent = nullptr);
    bool isBusy() const;
    // What the note under the picture tried says of its heat map for `className`: where the model
    // sees it, or that no place in the picture speaks for it.
    static QString heatMapNote(const QString& className, const HeatMapPicture& picture);
    const LabelResult* lastLabeling() const { return m_labelResult.get(); }

public Q_SLOTS:
    // Classifies these images (a folder: the images in it and its sub-folders). While a try runs,
    // a new one replaces it: the running one stops and the latest images are classified.
    void tryImages(const QStringList& files);
    void stopTrying();
    void exportModel();
    void exportTo(const QString& file);
    void startLabeling();
    void labelFolder(const QString& input, const QString& output, graft::LabelMode mode, double threshold);
    // Undoes the copies and moves recorded in the output folder's journal (after asking).
    void undoLabeling();
    // The same without asking, in the background: any earlier labelling into `output`, from this
    // window, an earlier session or graft-cli.
    void undoLabelingIn(const QString& output);
    // Copies an image (one tried here: a new example the model gets wrong) into the dataset's folder
    // of `className`, never over a file; the original stays. False, with the reason shown, if not.
    bool addToDataset(const QString& image, const QString& className);
    // Colours the shown image where the model sees its best class, or the class `explainClass`
    // chose (clicking its bar does), computed in the background (Grad-CAM).
    void showHeatMap(bool on);
    void explainClass(const QString& className);
    // "Uncertain below" from what it does to the model's last evaluation (a chart; window-modal).
    void chooseThreshold();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void showEvent(QShowEvent* event) override;

Q_SIGNALS:
    void message(const QString& text);
    void datasetChanged();

private:
    void refreshRuns();
    QString modelPath() const;
    void showLabelResult();
    // Under "Try it": the image and its best classes with their scores.
    void showPrediction(const QString& model, const QString& path, const std::vector<std::pair<std::string, float>>& top);
    void showShownImage(const QImage& image);
    void requestHeatMap();
    // The bar of the class whose heat map is shown in bold (none for an empty name).
    void boldenBar(const QString& className);
    void heatMapDone();
    void showLabelRecord(int row);
    void showTried(int row);
    void showTryResults();
    void updateUndo();
    // Under "Uncertain below": what the threshold does to the chosen run's last evaluation.
    void updateThresholdEstimate();
    int undoableIn(const QString& output) const;

    Workspace& m_workspace;
    app::BackgroundJob* m_tryJob;
    app::BackgroundJob* m_exportJob;
    app::BackgroundJob* m_labelJob;
    app::BackgroundJob* m_undoJob;
    app::BackgroundJob* m_heatJob;
    QComboBox* m_model;
    ImageDropZone* m_tryZone;
    QVBoxLayout* m_bars;
    QWidget* m_barsBox;
    QLabel* m_exportStatus;
    QPushButton* m_export;
    QPushButton* m_showExport;
    QLineEdit* m_input;
    QLineEdit* m_output;
    QRadioButton* m_csv;
    QRadioButton* m_copy;
    QRadioButton* m_move;
    QDoubleSpinBox* m_threshold;
    QPushButton* m_chooseThreshold;
    QLabel* m_thresholdEstimate;
    // The evaluation the estimate is made from: its file and time, what its images are, and what
    // each whole percent of threshold does to them (thresholdCurve).
    QString m_estimateKey;
    QString m_estimateImages;
    std::vector<ThresholdOutcome> m_estimateCurve;
    QPushButton* m_start;
    QPushButton* m_stop;
    QPushButton* m_openOutput;
    QPushButton* m_undo;
    QTimer* m_undoCheck; // re-reads the output folder's journal once typing pauses
    QProgressBar* m_progress;
    QTableWidget* m_results;
    QLabel* m_labelStatus;
    struct Tried
    {
        QString path;
        std::vector<std::pair<std::string, float>> top; // best classes first
        QString error;                                  // why it could not be classified
    };
    std::shared_ptr<std::vector<Tried>> m_tryResult;
    QListWidget* m_tried; // the images of the last try, when there were several
    QStringList m_pendingTry; // images given while a try ran: tried once it has stopped
    QPushButton* m_stopTry;
    QPushButton* m_addToDataset;
    QString m_shownImage;     // the image whose prediction is shown
    QString m_shownModel;     // the model that made it
    QString m_shownBest;      // its most likely class
    QImage m_shownPlain;      // the image as it is, without the heat map
    QString m_triedModel;     // the model of the last try
    QString m_labelledModel;  // the model of the last labelling
    QCheckBox* m_heatToggle;
    QLabel* m_heatNote;
    QString m_heatClass;      // the class whose heat map is asked for (empty: the best)
    bool m_heatAgain = false; // the shown image or class changed while a heat map was computed
    struct HeatShown
    {
        QString model, image, className;
        HeatMapPicture picture;
        bool unavailable = false; // a TorchScript export
    };
    std::shared_ptr<HeatShown> m_heatResult;
    struct HeatModel; // the classifier heat maps were last computed with, kept for the next
    std::shared_ptr<HeatModel> m_heatModel;
    std::shared_ptr<LabelResult> m_labelResult;
    QString m_labelledFolder; // the folder m_labelResult labelled (its files are listed relative to it)
    std::shared_ptr<LabelResult> m_pendingLabel;
    std::shared_ptr<UndoResult> m_undoResult;
    std::shared_ptr<ExportResult> m_exportResult;
};

} // namespace graft::ui
