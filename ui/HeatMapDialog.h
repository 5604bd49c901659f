// Where a model looks in one image, for several of its classes side by side (Grad-CAM): on the
// Evaluate step, a mistake shows where the model saw the class it chose and where it saw the true
// one. Computed in the background; the dialog is not modal.
#pragma once

#include "train/TrainConfig.h"

#include <QDialog>
#include <QString>
#include <QVector>

#include <functional>

class QLabel;

namespace graft::app {
class BackgroundJob;
}

namespace graft::ui {

class HeatMapDialog : public QDialog
{
    Q_OBJECT

public:
    struct Panel
    {
        int classIndex = -1; // of the model's classes
        QString caption;     // "Pullover: its guess, 64.5%"
        // The caption once the model's probability for the class is known, when it says it.
        std::function<QString(float probability)> captionWith;
    };
    // `model`: a run folder or checkpoint (a TorchScript export fails, saying so), run on `device`
    // with `threads`. Starts computing at once.
    HeatMapDialog(const QString& model, const QString& image, const QVector<Panel>& panels, DeviceChoice device,
                  int threads, QWidget* parent = nullptr);
    ~HeatMapDialog() override;
    // What the Use step says too: the darkened edge, and why a heat map could not be made.
    static QString edgeCutNote();
    static QString failedNote(const QString& why);

private:
    QVector<Panel> m_panels;
    QVector<QLabel*> m_pictures;
    QVector<QLabel*> m_captions;
    QLabel* m_note;
    app::BackgroundJob* m_job;
};

} // namespace graft::ui
