#include "RunLogText.h"

#include "Format.h"
#include "core/Text.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

namespace graft::ui {

namespace {

// The translations' context ("RunLog" in the .ts files).
class RunLog
{
    Q_DECLARE_TR_FUNCTIONS(RunLog)

public:
    explicit RunLog(const LogMessage& m) : m_m(m) {}
    QString text() const;

private:
    bool has(std::size_t n) const { return m_m.args.size() >= n; }
    QString str(std::size_t i) const { return QString::fromStdString(m_m.args[i]); }
    bool flag(std::size_t i) const { return m_m.args[i] == "1"; }
    int integer(std::size_t i) const { return str(i).toInt(); }
    // A number as the engine wrote it ("0.7641", "84.8", "12810"), with as many decimals, the locale's way.
    QString number(std::size_t i) const
    {
        const QString s = str(i);
        const int point = s.indexOf(QLatin1Char('.'));
        bool ok = false;
        const double v = s.toDouble(&ok); // QString reads the C locale, as written
        if (!ok)
            return s;
        return point < 0 ? QLocale().toString(qlonglong(v)) : decimal(v, int(s.size() - point - 1));
    }
    QString epochLine() const;
    QString trainable() const;

    const LogMessage& m_m;
};

QString RunLog::epochLine() const
{
    if (!has(9))
        return {};
    const QString line = flag(4)
        ? tr("Epoch %1/%2: training loss %3, accuracy %4%; validation loss %5, accuracy %6%; %7 s")
              .arg(str(0), str(1), number(2), number(3), number(5), number(6), number(7))
        : tr("Epoch %1/%2: training loss %3, accuracy %4%; %5 s").arg(str(0), str(1), number(2), number(3), number(7));
    return flag(8) ? tr("%1 (best)").arg(line) : line;
}

QString RunLog::trainable() const
{
    if (!has(2))
        return {};
    const QString counts = tr("Trainable parameters: %1 of %2").arg(number(0), number(1));
    QStringList rules;
    for (std::size_t i = 2; i + 1 < m_m.args.size(); i += 2)
        rules << (m_m.args[i] == "train" ? tr("train %1") : tr("freeze %1")).arg(str(i + 1));
    return rules.isEmpty() ? counts : tr("%1 (%2)").arg(counts, rules.join(tr(", then ")));
}

QString RunLog::text() const
{
    namespace id = logid;
    const std::string& k = m_m.id;
    if (k == id::kDeviceCpu && has(1))
        return tr("Device: CPU, %Ln thread(s)", nullptr, integer(0));
    if (k == id::kDeviceCuda && has(3))
        return (flag(2) ? tr("Device: CUDA GPU %1 of %2, bfloat16 mixed precision") : tr("Device: CUDA GPU %1 of %2"))
            .arg(str(0), str(1));
    if (k == id::kModelScratch && has(1))
        return tr("Model: %1, trained from scratch (random initial weights)").arg(str(0));
    if (k == id::kModelWeights && has(5)) {
        const QString loaded =
            tr("Model: %1 with the weights %2: %Ln tensor(s) loaded (%3)", nullptr, integer(2)).arg(str(0), str(1), str(3));
        return m_m.args[4].empty() ? loaded : tr("%1; new classifier (%2)").arg(loaded, str(4));
    }
    if (k == id::kTrainable)
        return trainable();
    if (k == id::kAuxOff && has(2))
        return tr("Auxiliary classifier not trained: it needs inputs of at least %1×%1 pixels (the input size is %2); "
                  "the main classifier trains as usual")
            .arg(str(0), str(1));
    if (k == id::kCacheOffAugment)
        return tr("Feature cache off: augmentation changes every image each epoch, so the frozen layers must run "
                  "every time. Turn augmentation off to compute them once.");
    if (k == id::kCacheComputing && has(1))
        return tr("Feature cache: computing the frozen layers once (everything before %1)").arg(str(0));
    if (k == id::kCacheReady && has(5)) {
        const QString duration = QString::fromStdString(humanDuration(str(0).toDouble()));
        const QString size = QLocale().formattedDataSize(str(3).toLongLong());
        return (flag(4) ? tr("Feature cache ready in %1: %2 × [%3], %4 on disk")
                        : tr("Feature cache ready in %1: %2 × [%3], %4 in memory"))
            .arg(duration, number(1), str(2), size);
    }
    if (k == id::kPaused)
        return tr("Paused");
    if (k == id::kResumed)
        return tr("Resumed");
    if (k == id::kResuming && has(2))
        return tr("Continuing after epoch %1 of %2").arg(str(0), str(1));
    if (k == id::kRestarting)
        return tr("No checkpoint yet: starting the run again from the beginning");
    if (k == id::kEpoch)
        return epochLine();
    if (k == id::kEarlyStop && has(3))
        return (m_m.args[0] == "loss"
                    ? tr("Early stop: the validation loss has not improved for %Ln epoch(s); the best model is from "
                         "epoch %1", nullptr, integer(1))
                    : tr("Early stop: the validation accuracy has not improved for %Ln epoch(s); the best model is "
                         "from epoch %1", nullptr, integer(1)))
            .arg(str(2));
    if (k == id::kStopped && has(1))
        return tr("Stopped by the user after %Ln complete epoch(s); continue the run to go on", nullptr, integer(0));
    if (k == id::kFinished && has(2)) {
        if (integer(1) <= 0)
            return tr("Training finished");
        return (flag(0) ? tr("Training stopped early; best model from epoch %1")
                        : tr("Training finished; best model from epoch %1"))
            .arg(str(1));
    }
    if (k == id::kImagesRelocated && has(3))
        return tr("%Ln image(s) of the run found in %1, where their dataset is now (it was in %2)", nullptr, integer(0))
            .arg(str(1), str(2));
    if (k == id::kImagesRenamed && has(1))
        return tr("%Ln image(s) in class folders renamed since the run began: read from the renamed folders, with the "
                  "run's class names", nullptr, integer(0));
    if (k == id::kImagesMoved && has(1))
        return tr("%Ln image(s) moved to another class since the run began: used where they are now, with their new "
                  "class", nullptr, integer(0));
    if (k == id::kImagesMissing && has(2))
        return tr("%Ln image(s) of the run no longer there (deleted, or moved out of the dataset), such as %1: "
                  "trained without them; put them back to train on them again", nullptr, integer(0))
            .arg(str(1));
    return {};
}

} // namespace

QString runLogText(const LogMessage& message)
{
    const QString text = RunLog(message).text();
    return text.isEmpty() ? QString::fromStdString(message.text) : text;
}

} // namespace graft::ui
