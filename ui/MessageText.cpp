#include "MessageText.h"

#include "Format.h"
#include "core/Text.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

namespace graft::ui {

namespace {

// The translations' context ("EngineMessage" in the .ts files).
class EngineMessage
{
    Q_DECLARE_TR_FUNCTIONS(EngineMessage)

public:
    explicit EngineMessage(const LogMessage& m) : m_m(m) {}
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
    QString failed() const;
    QString error() const;

    const LogMessage& m_m;
};

QString EngineMessage::epochLine() const
{
    if (!has(9))
        return {};
    const QString line = flag(4)
        ? tr("Epoch %1/%2: training loss %3, accuracy %4%; validation loss %5, accuracy %6%; %7 s")
              .arg(str(0), str(1), number(2), number(3), number(5), number(6), number(7))
        : tr("Epoch %1/%2: training loss %3, accuracy %4%; %5 s").arg(str(0), str(1), number(2), number(3), number(7));
    return flag(8) ? tr("%1 (best)").arg(line) : line;
}

QString EngineMessage::trainable() const
{
    if (!has(2))
        return {};
    const QString counts = tr("Trainable parameters: %1 of %2").arg(number(0), number(1));
    QStringList rules;
    for (std::size_t i = 2; i + 1 < m_m.args.size(); i += 2)
        rules << (m_m.args[i] == "train" ? tr("train %1") : tr("freeze %1")).arg(str(i + 1));
    return rules.isEmpty() ? counts : tr("%1 (%2)").arg(counts, rules.join(tr(", then ")));
}

// A failure in a run's log: "Failed: " and the error (failedLine()), in the window's words when
// the error has a known kind.
QString EngineMessage::failed() const
{
    const LogMessage error = failedError(m_m);
    const QString why = EngineMessage(error).error();
    return tr("Failed: %1").arg(why.isEmpty() ? QString::fromStdString(error.text) : why);
}

QString EngineMessage::error() const
{
    namespace id = logid;
    const std::string& k = m_m.id;
    if (k == id::kErrorBatchOfOne)
        return tr("A batch size of 1 cannot train batch-norm layers (they need at least 2 images per batch); use a "
                  "batch size of 2 or more, or freeze the layers with batch norm on the Model step.");
    if (k == id::kErrorOneTrainingImage)
        return tr("One training image cannot train batch-norm layers (they need at least 2 images per batch); add "
                  "images, or freeze the layers with batch norm on the Model step.");
    if (k == id::kErrorAllFrozen && has(1))
        return tr("Nothing to train: every layer is frozen. Make at least the classifier (%1) trainable on the Model step.")
            .arg(str(0));
    if (k == id::kErrorNoTrainingImages)
        return tr("No training images: the split left none for training. Lower the validation share on the Data step.");
    if (k == id::kErrorDiverged && has(2))
        return (m_m.args[0] == "nan" ? tr("Training diverged (the loss became NaN); lower the learning rate (now %1).")
                                     : tr("Training diverged (the loss became infinite); lower the learning rate (now %1)."))
            .arg(number(1));
    if (k == id::kErrorInputTooSmall && has(3))
        return tr("%1 needs input images of at least %2×%2 pixels (the input size is %3); raise the input size.")
            .arg(str(0), str(1), str(2));
    if (k == id::kErrorTooFewClasses && has(1))
        return tr("A classifier needs at least two classes (found %1); add a class folder on the Data step.").arg(str(0));
    if (k == id::kErrorImagesMissing && has(3)) {
        const QString missing = m_m.args[2].empty()
            ? tr("%Ln image(s) of the run are not where the run found them, such as %1.", nullptr, integer(0)).arg(str(1))
            : tr("%Ln image(s) of the run are not where the run found them, such as %1, every training image of the "
                 "class %2.", nullptr, integer(0))
                  .arg(str(1), str(2));
        return missing + QLatin1Char(' ')
            + tr("If the dataset's folder was moved or renamed, open the dataset at its new place on the Data step; if "
                 "images were deleted, put them back, or start a new run on the dataset as it is now.");
    }
    if (k == id::kErrorLibTorch && has(1))
        return tr("Training failed inside LibTorch: %1").arg(str(0));
    if (k == id::kErrorRunBusy && has(1))
        return tr("%1: this run is being trained right now (by another Graft window or graft-cli); wait for it to end, or "
                  "stop it there first.")
            .arg(str(0));
    if (k == id::kErrorNotWritten && has(2))
        return (m_m.args[1].empty()
                    ? tr("%1 could not be written; free some disk space, or use a folder on another disk.").arg(str(0))
                    : tr("%1 could not be written (%2); free some disk space, or use a folder on another disk.")
                          .arg(str(0), str(1)));
    if (k == id::kErrorCannotCreateFile && has(3))
        return tr("Cannot create %1 in %2 (%3); check that the folder exists and is writable.").arg(str(0), str(1), str(2));
    if (k == id::kErrorFolderNotFound && has(1))
        return tr("%1: folder not found. If it was moved or renamed, open it at its new place.").arg(str(0));
    if (k == id::kErrorNotAFolder && has(1))
        return tr("%1: not a folder; choose the folder that holds one sub-folder per class.").arg(str(0));
    if (k == id::kErrorNoImagesInFolder && has(2))
        return tr("%1: no images in this folder or its sub-folders (%2).").arg(str(0), str(1));
    if (k == id::kErrorNoValidationImages && has(2))
        return tr("%1: no usable images in folders named like the classes (%2); the validation folder needs the same "
                  "class folders as the dataset.")
            .arg(str(0), str(1));
    if (k == id::kErrorLabelBusy && has(1))
        return tr("%1: another labelling (or undo) into this folder is running, in a Graft window or graft-cli; wait for "
                  "it to end, or stop it there first.")
            .arg(str(0));
    if (k == id::kErrorLabelInputNotFound && has(1))
        return tr("%1: folder not found; choose the folder of images to label.").arg(str(0));
    if (k == id::kErrorRunFolderNotCreated && has(2)) // the window keeps runs beside the project file
        return tr("%1: cannot create the run folder (%2). A project keeps its runs beside its project file: save the "
                  "project in a folder you can write to, or free some disk space.")
            .arg(str(0), str(1));
    if (k == id::kErrorOutputNotCreated && has(2))
        return tr("%1: cannot create the output folder (%2); choose another.").arg(str(0), str(1));
    if (k == id::kErrorJournalNotCreated && has(1))
        return tr("%1: cannot write the labelling journal; check that the output folder is writable.").arg(str(0));
    if (k == id::kErrorJournalNotWritten && has(1))
        return tr("%1: cannot write the labelling journal (disk full?); make room in the output folder (or choose "
                  "another), then label again.")
            .arg(str(0));
    if (k == id::kErrorFileNotFound && has(1))
        return tr("%1: file not found.").arg(str(0));
    if (k == id::kErrorEmptyFile && has(1))
        return tr("%1: empty file; download or copy it again.").arg(str(0));
    if (k == id::kErrorNotWeights && has(1))
        return tr("%1: not a PyTorch weights file (expected a .pth/.pt file saved with torch.save, or a TorchScript "
                  "model).")
            .arg(str(0));
    if (k == id::kErrorNoStateDict && has(1))
        return tr("%1: a PyTorch file, but it holds no dictionary of tensors (state_dict); save the model with "
                  "torch.save(model.state_dict(), path).")
            .arg(str(0));
    if (k == id::kErrorDamagedWeights && has(2))
        return (m_m.args[1].empty() ? tr("%1: damaged or incomplete file; download or copy it again.").arg(str(0))
                                    : tr("%1: damaged or incomplete file (%2); download or copy it again.").arg(str(0), str(1)));
    if (k == id::kErrorWeightsMismatch && has(9)) {
        QStringList lines{tr("%1: these weights do not fit %2.").arg(str(0), str(1))};
        if (integer(2) > 0)
            lines << tr("Different shapes (%1): %2").arg(number(2), str(3));
        if (integer(4) > 0)
            lines << tr("Missing from the file (%1): %2").arg(number(4), str(5));
        if (integer(6) > 0)
            lines << tr("Not in the model (%1): %2").arg(number(6), str(7));
        lines << (flag(8) ? tr("Choose the architecture these weights were trained for, or import them keeping the new "
                               "classifier.")
                          : tr("Choose the architecture these weights were trained for."));
        return lines.join(QStringLiteral("\n  "));
    }
    if (k == id::kErrorNoModelYet && has(1))
        return tr("%1: no trained model in this run yet (it is saved after the first epoch).").arg(str(0));
    if (k == id::kErrorNotAModel && has(1))
        return tr("%1: not a Graft model, or a damaged one; choose a run's model-best.pt or a model exported from "
                  "Graft.")
            .arg(str(0));
    if (k == id::kErrorExportWithoutClasses && has(1))
        return tr("%1: a TorchScript model without class names; export it from Graft to use it here.").arg(str(0));
    return {};
}

QString EngineMessage::text() const
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
    if (k == id::kFailed)
        return failed();
    if (startsWith(k, "error-"))
        return error();
    if (k == id::kImagesRelocated && has(3))
        return tr("%Ln image(s) of the run found in %1, where their dataset is now (it was in %2)", nullptr, integer(0))
            .arg(str(1), str(2));
    if (k == id::kImagesRenamed && has(1))
        return tr("%Ln image(s) in class folders renamed since the run began: read from the renamed folders, with the "
                  "run's class names", nullptr, integer(0));
    if (k == id::kImagesMoved && has(1))
        return tr("%Ln image(s) moved to another class since the run began: used where they are now, with their new "
                  "class", nullptr, integer(0));
    if (k == id::kAdviceRateTooHigh && has(3))
        return tr("Advice: the training loss rose instead of falling (%1 to %2): the learning rate (%3) is likely too "
                  "high; Find… beside it suggests one")
            .arg(number(0), number(1), QLocale().toString(str(2).toDouble(), 'g', 2));
    if (k == id::kAdviceLossTooHigh && has(4))
        return tr("Advice: the training loss of the first epoch (%1) was far above what guessing among %2 classes gives "
                  "(%3): the learning rate (%4) is likely too high; Find… beside it suggests one")
            .arg(number(0), number(1), number(2), QLocale().toString(str(3).toDouble(), 'g', 2));
    if (k == id::kAdviceUnderfitting && has(1))
        return tr("Advice: the model got only %1% of the training images right: it cannot tell the classes apart well "
                  "yet. Train more of the network (Model step: fine-tune its last blocks), train longer, or try another "
                  "learning rate")
            .arg(number(0));
    if (k == id::kAdviceOverfitting && has(3))
        return tr("Advice: after epoch %1 the model fitted the training images better (%2% right) and the validation "
                  "images worse (validation loss up %3%): it is memorising the training images (overfitting). The model "
                  "of epoch %1 is the one kept; more images, augmentation or early stopping help")
            .arg(str(0), number(1), number(2));
    if (k == id::kAdviceStillImproving && has(3))
        return tr("Advice: the model was still improving at the last epoch (validation accuracy %1% to %2% over the "
                  "last %Ln epoch(s)): more epochs may give a better one; Continue run trains it further", nullptr,
                  integer(2))
            .arg(number(0), number(1));
    if (k == id::kImagesMissing && has(2))
        return tr("%Ln image(s) of the run no longer there (deleted, or moved out of the dataset), such as %1: "
                  "trained without them; put them back to train on them again", nullptr, integer(0))
            .arg(str(1));
    return {};
}

} // namespace

QString messageText(const LogMessage& message)
{
    const QString text = EngineMessage(message).text();
    return text.isEmpty() ? QString::fromStdString(message.text) : text;
}

} // namespace graft::ui
