// "Find a learning rate" on the Train step: the range test (engine: findLearningRate) on the
// project's model and training images, in the background, its loss drawn against the rate as it
// goes; then the suggestion, or a rate clicked on the chart, for the next run.
#pragma once

#include "train/Trainer.h"

#include <QDialog>

#include <memory>

class QCPGraph;
class QCPItemStraightLine;
class QCustomPlot;
class QLabel;
class QPushButton;

namespace graft::app {
class BackgroundJob;
}

namespace graft::ui {

class LearningRateDialog : public QDialog
{
    Q_OBJECT

public:
    // Starts the search at once: `config` and `split` as a run would train (device, threads and
    // weights resolved; its learning rate, the one set now, is drawn for comparison); `search` as
    // the engine takes it.
    LearningRateDialog(const TrainConfig& config, const DatasetSplit& split, const LearningRateSearch& search,
                       QWidget* parent = nullptr);
    ~LearningRateDialog() override;
    bool isSearching() const;
    // The rate "Use" gives: the one clicked on the chart, else the suggestion; 0 while there is none.
    double chosenRate() const { return m_chosen; }
    void chooseRate(double rate);
    const LearningRateFinding* finding() const { return m_done ? &m_finding : nullptr; }
    static QString rateText(double rate);

public Q_SLOTS:
    void stopSearch();

private:
    struct Shared; // what the search hands over from its thread
    void showPoints();
    void searchEnded();

    std::shared_ptr<Shared> m_shared;
    app::BackgroundJob* m_job;
    QCustomPlot* m_plot;
    QCPGraph* m_curve;
    QCPItemStraightLine* m_suggestedLine;
    QCPItemStraightLine* m_chosenLine;
    QLabel* m_status;
    QPushButton* m_stop;
    QPushButton* m_use;
    std::size_t m_shown = 0; // points already drawn
    LearningRateFinding m_finding;
    bool m_done = false;
    double m_chosen = 0;
    double m_current; // the learning rate set now (the green line)
};

} // namespace graft::ui
