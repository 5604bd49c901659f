#include "ThresholdDialog.h"

#include "Format.h"
#include "ChartInput.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace graft::ui {

ThresholdDialog::ThresholdDialog(std::vector<ThresholdOutcome> curve, const QString& images, int percent, QWidget* parent)
    : QDialog(parent), m_curve(std::move(curve))
{
    setObjectName(QStringLiteral("thresholdDialog"));
    setWindowTitle(tr("Uncertain below"));
    auto* intro = new QLabel(tr("What a threshold does to the %1 (the model's last evaluation): files the model is less "
                                "sure of go to _uncertain/ for a person to check, the others are labelled. Click or drag "
                                "along the chart to choose one.")
                                 .arg(images),
                             this);
    intro->setWordWrap(true);

    m_plot = new QCustomPlot(this);
    m_plot->setObjectName(QStringLiteral("thresholdChart"));
    m_plot->setAccessibleName(tr("Labelled images and how many of them are right, by threshold"));
    m_plot->setMinimumSize(640, 300);
    m_plot->xAxis->setLabel(tr("uncertain below (confidence, %)"));
    m_plot->yAxis->setLabel(tr("% of images"));
    m_plot->xAxis->setRange(0, 100);
    m_plot->yAxis->setRange(0, 102);
    const QColor labelledColour(31, 119, 180), rightColour(44, 160, 44);
    QCPGraph* labelled = m_plot->addGraph();
    labelled->setName(tr("labelled"));
    labelled->setPen(QPen(labelledColour, 2));
    QCPGraph* right = m_plot->addGraph();
    right->setName(tr("right, of the labelled"));
    right->setPen(QPen(rightColour, 2));
    for (const ThresholdOutcome& o : m_curve) {
        const double x = 100.0 * o.threshold;
        labelled->addData(x, 100.0 * o.labelledShare());
        if (o.labelled > 0) // no share of nothing
            right->addData(x, 100.0 * o.accuracy());
    }
    m_plot->legend->setVisible(true);
    m_plot->legend->setFont(QFont(m_plot->font().family(), 8));
    m_plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignBottom | Qt::AlignLeft);
    m_marker = new QCPItemStraightLine(m_plot);
    m_marker->setPen(QPen(palette().color(QPalette::WindowText), 1, Qt::DashLine));
    // A click or a drag along the chart chooses the threshold under the mouse.
    chooseAlongX(m_plot, this, [this](double x) { setPercent(int(std::lround(x))); });

    m_percent = new QSpinBox(this);
    m_percent->setObjectName(QStringLiteral("thresholdPercent"));
    m_percent->setRange(0, 100);
    m_percent->setSingleStep(5);
    m_percent->setSuffix(QStringLiteral(" %"));
    m_percent->setSpecialValueText(tr("off"));
    m_percent->setValue(std::clamp(percent, 0, 100));
    connect(m_percent, qOverload<int>(&QSpinBox::valueChanged), this, &ThresholdDialog::update);
    m_outcome = new QLabel(this);
    m_outcome->setObjectName(QStringLiteral("thresholdOutcome"));
    m_outcome->setWordWrap(true);
    auto* chosen = new QHBoxLayout;
    auto* chosenLabel = new QLabel(tr("&Uncertain below:"), this);
    chosenLabel->setBuddy(m_percent);
    chosen->addWidget(chosenLabel);
    chosen->addWidget(m_percent);
    chosen->addWidget(m_outcome, 1);

    m_wanted = new QSpinBox(this);
    m_wanted->setObjectName(QStringLiteral("thresholdWanted"));
    m_wanted->setRange(1, 100);
    m_wanted->setValue(95);
    m_wanted->setSuffix(QStringLiteral(" %"));
    auto* wantedLabel = new QLabel(tr("Labels &right at least:"), this);
    wantedLabel->setBuddy(m_wanted);
    auto* find = new QPushButton(tr("&Lowest threshold for it"), this);
    find->setObjectName(QStringLiteral("thresholdFind"));
    find->setToolTip(tr("The threshold that leaves the fewest files to a person while the labelled ones are at least "
                        "this often right"));
    connect(find, &QPushButton::clicked, this, &ThresholdDialog::chooseForAccuracy);
    auto* wanted = new QHBoxLayout;
    wanted->addWidget(wantedLabel);
    wanted->addWidget(m_wanted);
    wanted->addWidget(find);
    wanted->addStretch();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_plot, 1);
    layout->addLayout(chosen);
    layout->addLayout(wanted);
    layout->addWidget(buttons);
    update();
}

int ThresholdDialog::percent() const { return m_percent->value(); }

void ThresholdDialog::setPercent(int percent) { m_percent->setValue(std::clamp(percent, 0, 100)); }

bool ThresholdDialog::chooseForAccuracy()
{
    const double wanted = m_wanted->value() / 100.0;
    if (const int percent = lowestThresholdPercentFor(m_curve, wanted); percent >= 0) {
        setPercent(percent);
        return true;
    }
    m_outcome->setText(tr("No threshold gets %1 of the labels right on these images.").arg(ui::percent(wanted, 0)));
    return false;
}

QString ThresholdDialog::outcomeText(const ThresholdOutcome& o)
{
    if (o.labelled == o.images)
        return tr("all labelled, %1 right.").arg(ui::percent(o.accuracy()));
    if (o.labelled == 0)
        return tr("none labelled: all go to _uncertain/.");
    return tr("%1 labelled (%2), %3 of them right; %4 to _uncertain/.")
        .arg(QLocale().toString(qint64(o.labelled)), ui::percent(o.labelledShare()), ui::percent(o.accuracy()),
             QLocale().toString(qint64(o.images - o.labelled)));
}

void ThresholdDialog::update()
{
    const int p = m_percent->value();
    placeVerticalLine(m_marker, p);
    if (std::size_t(p) < m_curve.size())
        m_outcome->setText(outcomeText(m_curve[std::size_t(p)]));
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

} // namespace graft::ui
