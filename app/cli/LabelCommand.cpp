// label
#include "CliSupport.h"
#include "Commands.h"

#include "app/core/Jobs.h"
#include "core/Error.h"
#include "core/Text.h"
#include "label/Labeler.h"
#include "train/Evaluator.h"

#include <csignal>

namespace graft::cli {

namespace {
CancelFlag g_labelCancel{false};
void onLabelInterrupt(int)
{
    if (!g_labelCancel) {
        g_labelCancel = true;
        return;
    }
    std::signal(SIGINT, SIG_DFL);
    std::raise(SIGINT);
}
} // namespace

int cmdLabel(const QStringList& args)
{
    CommandParser p(QStringLiteral("label"), QStringLiteral("MODEL FOLDER --out DIR [--copy|--move]  |  label --undo JOURNAL"),
                    QStringLiteral("Label a folder of new images (searched recursively) with a trained model: a CSV and "
                                   "a JSON of labels, and optionally a copy or move of each file into DIR/<label>/. "
                                   "Files are never overwritten; moves are journaled (DIR/journal.jsonl): run the same "
                                   "command again to complete an interrupted run, or --undo to reverse it. Files that cannot be "
                                   "read are listed with the reason and the others labelled; the exit code is then 1."));
    p.add(QStringLiteral("out"), QStringLiteral("Output folder"), QStringLiteral("DIR"));
    p.add(QStringLiteral("copy"), QStringLiteral("Copy each image into DIR/<label>/"));
    p.add(QStringLiteral("move"), QStringLiteral("Move each image into DIR/<label>/"));
    p.add(QStringLiteral("threshold"), QStringLiteral("Below this confidence files go to DIR/_uncertain/"), QStringLiteral("X"), QStringLiteral("0"));
    p.add(QStringLiteral("top-k"), QStringLiteral("Labels and scores listed per file"), QStringLiteral("N"), QStringLiteral("3"));
    p.add(QStringLiteral("batch-size"), QStringLiteral("Images per inference batch"), QStringLiteral("N"), QStringLiteral("32"));
    p.add(QStringLiteral("threads"), QStringLiteral("Decoding threads (0 = all cores)"), QStringLiteral("N"), QStringLiteral("0"));
    p.add(QStringLiteral("device"), QStringLiteral("auto, cpu or cuda"), QStringLiteral("DEVICE"), QStringLiteral("auto"));
    p.add(QStringLiteral("exact-decode"), QStringLiteral("Decode big JPEGs at full size (slower; the reduced decode differs by a few levels)"));
    p.add(QStringLiteral("undo"), QStringLiteral("Reverse the copies or moves recorded in this journal"), QStringLiteral("JOURNAL"));
    if (!p.parse(args))
        return kOk;
    Output out(p.isSet(QStringLiteral("json")));
    g_labelCancel = false;
    std::signal(SIGINT, onLabelInterrupt);

    if (p.isSet(QStringLiteral("undo"))) {
        const UndoResult r = undoLabeling(p.value(QStringLiteral("undo")).toStdString(),
                                          [&](const Progress& pr) { out.progress(pr, QStringLiteral("files")); });
        out.endProgress();
        out.line(QStringLiteral("Undone: %1 back where %2").arg(QString::fromStdString(countOf(r.restored, "file", "files")),
                                                                  r.restored == 1 ? QStringLiteral("it was") : QStringLiteral("they were")));
        for (const auto& c : r.conflicts)
            out.warning(QString::fromStdString(c));
        Json conflicts = r.conflicts;
        out.event("undo", Json{{"restored", r.restored}, {"conflicts", conflicts}});
        return r.conflicts.empty() ? kOk : kRuntimeError;
    }
    const QStringList pos = p.positional().mid(1);
    if (pos.size() != 2)
        throw UsageError("give the model and the folder: graft-cli label MODEL FOLDER --out DIR");
    if (!p.isSet(QStringLiteral("out")))
        throw UsageError("give the output folder with --out DIR");
    if (p.isSet(QStringLiteral("copy")) && p.isSet(QStringLiteral("move")))
        throw UsageError("choose --copy or --move, not both");
    LabelParams params;
    params.model = pos[0].toStdString();
    params.input = pos[1].toStdString();
    params.output = p.value(QStringLiteral("out")).toStdString();
    params.mode = p.isSet(QStringLiteral("move")) ? LabelMode::Move : p.isSet(QStringLiteral("copy")) ? LabelMode::Copy : LabelMode::CsvOnly;
    params.threshold = p.doubleValue(QStringLiteral("threshold"), 0, 1);
    params.topK = p.intValue(QStringLiteral("top-k"), 1, 1000);
    params.batchSize = p.intValue(QStringLiteral("batch-size"), 1, 10000);
    params.threads = p.intValue(QStringLiteral("threads"), 0, 1024);
    params.device = deviceFromName(p.value(QStringLiteral("device")).toStdString());
    params.fastDecode = !p.isSet(QStringLiteral("exact-decode"));
    // What the threshold does, as far as the run's last evaluation tells (the window says it too).
    std::string split, runDir;
    if (params.threshold > 0)
        if (const std::optional<KeptEvaluation> kept = keptEvaluationOfModel(params.model, &split, &runDir)) {
            const ThresholdOutcome o = thresholdOutcome(kept->result.predictions, params.threshold);
            out.event("threshold_estimate", Json{{"split", split}, {"images", o.images}, {"labelled", o.labelled}, {"right", o.right}});
            out.line(QStringLiteral("On the run's %1 %2 images, --threshold %3 labels %4 (%5), %6 of them right; %7 would go to "
                                    "_uncertain/ (graft-cli evaluate %8 shows other thresholds)")
                         .arg(o.images).arg(QString::fromStdString(split)).arg(params.threshold).arg(o.labelled)
                         .arg(percent(o.labelledShare())).arg(o.labelled ? percent(o.accuracy()) : QStringLiteral("none"))
                         .arg(o.images - o.labelled).arg(QString::fromStdString(runDir)));
        }
    const LabelResult r = labelFolder(params, app::fileImageReader(), [&](const Progress& pr) { out.progress(pr); }, &g_labelCancel);
    out.endProgress();
    std::signal(SIGINT, SIG_DFL);
    for (const auto& rec : r.records)
        if (!rec.error.empty())
            out.warning(QStringLiteral("not labelled: %1").arg(QString::fromStdString(rec.error)));
    QStringList counts;
    for (const auto& [label, n] : r.counts)
        counts << QStringLiteral("%1 %2").arg(n).arg(QString::fromStdString(label));
    // The rate is the one the progress showed: loading the model comes before the first image.
    out.line(QStringLiteral("%1 %2 images in %3 s (%4 s loading the model, then %5 images/s): %6%7%8")
                 .arg(r.stopped ? QStringLiteral("Stopped after") : QStringLiteral("Labelled"))
                 .arg(r.records.size() - std::size_t(r.failures))
                 .arg(r.seconds, 0, 'f', 1).arg(r.loadSeconds, 0, 'f', 1).arg(r.imagesPerSecond, 0, 'f', 1)
                 .arg(counts.join(QStringLiteral(", ")))
                 .arg(r.failures ? QStringLiteral("; %1 unreadable").arg(r.failures) : QString())
                 .arg(r.earlier ? QStringLiteral("; %1 were copied or moved by an earlier run into this output and stay "
                                                 "where they are").arg(r.earlier)
                                : QString()));
    out.line(QStringLiteral("Results: %1").arg(QString::fromStdString(r.csvPath)));
    if (params.mode != LabelMode::CsvOnly)
        out.line(QStringLiteral("Undo with: graft-cli label --undo %1").arg(QString::fromStdString(r.journalPath)));
    out.event("labelled", Json{{"csv", r.csvPath}, {"json", r.jsonPath}, {"journal", r.journalPath},
                               {"labelled", r.records.size() - std::size_t(r.failures)}, {"failures", r.failures},
                               {"counts", r.counts}, {"earlier", r.earlier}, {"stopped", r.stopped}, {"images_per_second", r.imagesPerSecond},
                               {"seconds", r.seconds}, {"load_seconds", r.loadSeconds}});
    return r.failures ? kRuntimeError : kOk;
}

} // namespace graft::cli
