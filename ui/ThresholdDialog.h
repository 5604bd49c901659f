// Choosing the Use step's "Uncertain below" from what it does: a chart of how many images a
// confidence threshold labels and how many of those are right, measured on the model's last
// evaluation (its validation or test images). Clicking the chart picks a threshold; so does asking
// for labels at least so often right.
#pragma once

#include "train/Evaluator.h"

#include <QDialog>
#include <QString>

#include <vector>

class QCustomPlot;
class QCPItemStraightLine;
class QLabel;
class QDoubleSpinBox;
class QSpinBox;

namespace graft::ui {

class ThresholdDialog : public QDialog
{
    Q_OBJECT

public:
    // `curve`: thresholdCurve() of the evaluation; `images`: what they are ("60 validation images of
    // 20261127-231643-mobilenet_v2"); `percent`: the threshold chosen now (0: off).
    ThresholdDialog(std::vector<ThresholdOutcome> curve, const QString& images, int percent, QWidget* parent = nullptr);
    int percent() const;
    void setPercent(int percent);
    // The lowest threshold whose labels are at least the asked share right (false, said, when none is).
    bool chooseForAccuracy();
    // What a threshold does to `o`'s images, after their count ("… validation images: 53 labelled
    // (44.2%), 96.2% of them right; 67 to _uncertain/."); the Use step says it under its box too.
    static QString outcomeText(const ThresholdOutcome& o);

private:
    void update();

    std::vector<ThresholdOutcome> m_curve;
    QCustomPlot* m_plot;
    QCPItemStraightLine* m_marker;
    QSpinBox* m_percent;
    QSpinBox* m_wanted;
    QLabel* m_outcome;
};

} // namespace graft::ui
