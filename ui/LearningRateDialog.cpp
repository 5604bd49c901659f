#include "LearningRateDialog.h"

#include "Format.h"
#include "MessageText.h"
#include "ChartInput.h"
#include "app/core/Jobs.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <cmath>
#include <mutex>

namespace graft::ui {

struct LearningRateDialog::Shared
{
    std::mutex mutex;
    std::vector<LearningRatePoint> points;
    LearningRateFinding finding;
};

namespace {
// A progress stage of the search: the feature cache, or the batches of the search.
constexpr const char* kCaching = "cache";

// Powers of ten drawn as 10 with a raised exponent: QCustomPlot does that for labels written with
// a small "e", which most locales write as "E" (en_US: "1E-06"), so the labels are made in C's.
class PowersOfTen : public QCPAxisTickerLog
{
protected:
    QString getTickLabel(double tick, const QLocale&, QChar formatChar, int precision) override
    {
        return QCPAxisTickerLog::getTickLabel(tick, QLocale::c(), formatChar, precision);
    }
};
} // namespace

QString LearningRateDialog::rateText(double rate)
{
    // As few digits as say it, the language's way: 0.0013, 5.6e-05 ("0,0013" in German); with the
    // small "e" that graft-cli and Python write, not en_US's "1E-07".
    return QLocale().toString(rate, 'g', 2).replace(QLatin1Char('E'), QLatin1Char('e'));
}

LearningRateDialog::LearningRateDialog(const TrainConfig& config, const DatasetSplit& split, const LearningRateSearch& search,
                                       QWidget* parent)
    : QDialog(parent), m_shared(std::make_shared<Shared>()), m_job(new app::BackgroundJob(this)),
      m_current(config.learningRate)
{
    setObjectName(QStringLiteral("learningRateDialog"));
    setWindowTitle(tr("Find a learning rate"));
    auto* intro = new QLabel(tr("The model trains on the training images for up to %1 batches while the learning rate "
                                "rises from %2 to %3, and the loss is watched: it falls, then takes off. A good rate "
                                "lies where it falls fastest. Nothing is kept: the run starts afresh with the rate "
                                "chosen.")
                                 .arg(search.steps).arg(rateText(search.minRate), rateText(search.maxRate)),
                             this);
    intro->setWordWrap(true);

    m_plot = new QCustomPlot(this);
    m_plot->setObjectName(QStringLiteral("learningRateChart"));
    m_plot->setAccessibleName(tr("Loss by learning rate"));
    m_plot->setMinimumSize(640, 320);
    m_plot->xAxis->setScaleType(QCPAxis::stLogarithmic);
    QSharedPointer<QCPAxisTickerLog> ticker(new PowersOfTen);
    m_plot->xAxis->setTicker(ticker);
    m_plot->xAxis->setNumberFormat(QStringLiteral("eb"));
    m_plot->xAxis->setNumberPrecision(0);
    m_plot->xAxis->setLabel(tr("learning rate"));
    m_plot->yAxis->setLabel(tr("loss (smoothed)"));
    m_plot->xAxis->setRange(search.minRate, search.maxRate);
    m_curve = m_plot->addGraph();
    m_curve->setPen(QPen(QColor(31, 119, 180), 2));
    m_suggestedLine = new QCPItemStraightLine(m_plot);
    m_suggestedLine->setPen(QPen(QColor(214, 39, 40), 1, Qt::DashLine));
    m_suggestedLine->setVisible(false);
    // The rate set now, for comparison.
    auto* nowLine = new QCPItemStraightLine(m_plot);
    nowLine->setPen(QPen(QColor(44, 160, 44), 1, Qt::DotLine));
    placeVerticalLine(nowLine, config.learningRate);
    m_chosenLine = new QCPItemStraightLine(m_plot);
    m_chosenLine->setPen(QPen(palette().color(QPalette::WindowText), 1, Qt::DashLine));
    m_chosenLine->setVisible(false);
    // Once the search is over, a click or a drag along the chart chooses the rate under the mouse.
    chooseAlongX(m_plot, this, [this](double rate) {
        if (m_done && !m_finding.points.empty())
            chooseRate(rate);
    });

    m_status = new QLabel(tr("Starting…"), this);
    m_status->setObjectName(QStringLiteral("learningRateStatus"));
    m_status->setWordWrap(true);
    m_stop = new QPushButton(tr("&Stop"), this);
    m_stop->setObjectName(QStringLiteral("learningRateStop"));
    connect(m_stop, &QPushButton::clicked, this, &LearningRateDialog::stopSearch);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_use = buttons->addButton(tr("Use it"), QDialogButtonBox::AcceptRole);
    m_use->setObjectName(QStringLiteral("learningRateUse"));
    m_use->setEnabled(false);
    buttons->addButton(m_stop, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_plot, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    connect(m_job, &app::BackgroundJob::progress, this, [this](const Progress& p) {
        if (p.stage == kCaching) {
            m_status->setText(tr("Computing the frozen layers once: %1 of %2 images")
                                  .arg(QLocale().toString(qint64(p.done)), QLocale().toString(qint64(p.total))));
            return;
        }
        showPoints();
        std::lock_guard lock(m_shared->mutex);
        if (!m_shared->points.empty())
            m_status->setText(tr("Batch %1 of %2: learning rate %3, loss %4")
                                  .arg(p.done).arg(p.total)
                                  .arg(rateText(m_shared->points.back().learningRate), decimal(m_shared->points.back().loss, 3)));
    });
    connect(m_job, &app::BackgroundJob::finished, this, &LearningRateDialog::searchEnded);
    connect(m_job, &app::BackgroundJob::cancelled, this, &LearningRateDialog::searchEnded);
    connect(m_job, &app::BackgroundJob::failed, this, [this](const LogMessage& why) {
        m_stop->setEnabled(false);
        m_status->setText(tr("The search failed: %1").arg(messageText(why)));
    });
    m_job->start([config, split, search, shared = m_shared](const ProgressCallback& progress, const CancelFlag* cancel) {
        TrainControl control;
        LearningRateEvents events;
        events.cache = [&](const BatchProgress& b) {
            if (*cancel)
                control.requestStop();
            Progress p;
            p.stage = kCaching;
            p.done = b.batch;
            p.total = b.batches;
            progress(p);
        };
        events.point = [&](const LearningRatePoint& point, int step, int steps) {
            {
                std::lock_guard lock(shared->mutex);
                shared->points.push_back(point);
            }
            if (*cancel)
                control.requestStop(); // before the next batch
            Progress p;
            p.stage = "search";
            p.done = step;
            p.total = steps;
            progress(p);
        };
        LearningRateFinding finding = findLearningRate(config, split, app::fileImageReader(), search, events, control);
        std::lock_guard lock(shared->mutex);
        shared->finding = std::move(finding);
    });
}

LearningRateDialog::~LearningRateDialog()
{
    m_job->cancel();
    m_job->wait();
}

bool LearningRateDialog::isSearching() const { return m_job->isRunning(); }

void LearningRateDialog::stopSearch() { m_job->cancel(); }

void LearningRateDialog::showPoints()
{
    std::lock_guard lock(m_shared->mutex);
    const auto& points = m_shared->points;
    if (m_shown == points.size())
        return;
    for (; m_shown < points.size(); ++m_shown)
        m_curve->addData(points[m_shown].learningRate, points[m_shown].loss);
    // The loss from its start to a little above it: where it takes off, the curve leaves the
    // chart instead of squashing the part that matters.
    double low = points.front().loss, first = points.front().loss;
    for (const auto& p : points)
        low = std::min(low, p.loss);
    const double top = first + 0.25 * std::max(first - low, 0.05 * first);
    m_plot->yAxis->setRange(std::max(0.0, low - 0.05 * (top - low)), top);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void LearningRateDialog::searchEnded()
{
    showPoints();
    {
        std::lock_guard lock(m_shared->mutex);
        m_finding = m_shared->finding;
    }
    m_done = true;
    m_stop->setEnabled(false);
    QString text;
    if (m_finding.stopped)
        text = tr("Stopped after %Ln batch(es).", nullptr, int(m_finding.points.size())) + QLatin1Char(' ');
    if (m_finding.suggested > 0) {
        placeVerticalLine(m_suggestedLine, m_finding.suggested);
        m_suggestedLine->setVisible(true);
        text += tr("Suggested: %1, where the loss fell fastest (red line); lowest loss at %2; the rate set now, %3, "
                   "is the green line. Click the chart to choose another rate.")
                    .arg(rateText(m_finding.suggested), rateText(m_finding.lowestLoss), rateText(m_current));
        chooseRate(m_finding.suggested);
    } else {
        text += tr("Too few batches to suggest a rate: the loss took off at once, or the search was stopped early. "
                   "Click the chart to choose one.");
    }
    m_status->setText(text);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void LearningRateDialog::chooseRate(double rate)
{
    if (!(rate > 0))
        return;
    // Two digits, as the suggestion is written: a click need not be more precise than the curve.
    const double rounded = QString::number(rate, 'g', 2).toDouble();
    m_chosen = rounded;
    placeVerticalLine(m_chosenLine, rounded);
    m_chosenLine->setVisible(!(m_finding.suggested > 0 && rounded == QString::number(m_finding.suggested, 'g', 2).toDouble()));
    m_use->setEnabled(true);
    m_use->setText(tr("&Use %1").arg(rateText(rounded)));
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

} // namespace graft::ui
