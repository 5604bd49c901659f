// Exporting to TorchScript (checked in C++ and in Python) and batch labelling folders with
// copy, move, undo, thresholds, broken files and interrupted runs.
#include "SyntheticShapes.h"
#include "TestEnv.h"
#include "core/Error.h"
#include "core/Files.h"
#include "core/Sha256.h"
#include "export/Exporter.h"
#include "imageio/ImageDecoder.h"
#include "data/Dataset.h"
#include "label/Labeler.h"
#include "label/Predict.h"
#include "report/EvaluationReport.h"
#include "train/Classifier.h"
#include "train/Evaluator.h"
#include "train/Trainer.h"

#include <QDirIterator>
#include <QStorageInfo>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace graft;

namespace {
ImageReader fileReader()
{
    return [](const std::string& path, int minSide) {
        DecodeOptions o;
        o.minShorterSide = minSide;
        return readImage(path, o);
    };
}

int countFiles(const QString& dir)
{
    int n = 0;
    QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        ++n;
    }
    return n;
}
} // namespace

class TestExportLabel final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_run;
    QString m_images; // unlabelled shapes: 8 per class, plus two broken files

    QString path(const QString& name) const { return m_dir.filePath(name); }

    // A fresh copy of the images to label (moves change the folder).
    QString freshInput(const QString& name)
    {
        const QString dst = path(name);
        QDirIterator it(m_images, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString f = it.next();
            const QString target = dst + f.mid(m_images.size());
            QDir().mkpath(QFileInfo(target).absolutePath());
            QFile::copy(f, target);
        }
        return dst;
    }

private Q_SLOTS:
    void initTestCase()
    {
        TrainConfig c = TrainConfig::forArchitecture("resnet18");
        c.preprocess.resizeSize = c.preprocess.cropSize = 48;
        c.augment.enabled = false;
        c.epochs = 4;
        c.batchSize = 16;
        c.learningRate = 2e-3;
        c.seed = 4; // a seed whose model is right on (nearly) every image: the tests below check its labels
        m_run = path(QStringLiteral("run"));
        TrainControl control;
        const TrainResult r = train(TrainJob{m_run.toStdString(), c, test::shapeSplit(40, 0.25), test::shapeReader()}, {}, control);
        QVERIFY(r.run.bestMetrics()->validation.accuracy > 0.9);

        m_images = path(QStringLiteral("images"));
        for (int cls = 0; cls < 4; ++cls)
            for (int v = 0; v < 8; ++v)
                writeImage(test::drawShape(cls, 1000 + v), QStringLiteral("%1/batch%2/img_%3_%4.png").arg(m_images).arg(v % 2).arg(cls).arg(v).toStdString());
        // Same file name in two sub-folders: both must survive into one class folder.
        writeImage(test::drawShape(0, 2000), (m_images + QStringLiteral("/batch0/same.png")).toStdString());
        writeImage(test::drawShape(0, 2001), (m_images + QStringLiteral("/batch1/same.png")).toStdString());
        test::writeBytes(m_images + QStringLiteral("/broken/empty.jpg"), QByteArray());
        test::writeBytes(m_images + QStringLiteral("/broken/notes.png"), "not a picture");
    }

    void exportRunsTheSameInCppAndPython()
    {
        const QString out = path(QStringLiteral("export/shapes.pt"));
        const ExportResult r = exportTorchScript({m_run.toStdString(), out.toStdString()});
        QVERIFY(QFile::exists(out));
        QVERIFY(QFile::exists(path(QStringLiteral("export/shapes.json"))));
        QCOMPARE(r.metadata["classes"].size(), std::size_t(4));

        const Classifier checkpoint = Classifier::load(m_run.toStdString());
        const Classifier exported = Classifier::load(out.toStdString());
        QCOMPARE(QString::fromStdString(exported.kind()), QStringLiteral("torchscript"));
        QCOMPARE(exported.classes(), checkpoint.classes());
        QCOMPARE(exported.preprocess().cropSize, 48);
        std::vector<Image> crops;
        for (int i = 0; i < 8; ++i)
            crops.push_back(test::drawShape(i % 4, 500 + i));
        const auto a = checkpoint.probabilities(crops);
        const auto b = exported.probabilities(crops);
        for (std::size_t i = 0; i < a.size(); ++i)
            for (std::size_t k = 0; k < a[i].size(); ++k)
                QVERIFY(std::fabs(a[i][k] - b[i][k]) < 1e-5);

        // Python: same logits from torch.jit.load.
        std::vector<float> input(std::size_t(8) * 3 * 48 * 48);
        for (std::size_t i = 0; i < 8; ++i)
            toNormalizedChw(crops[i], {0, 0, 0}, {1, 1, 1}, input.data() + i * 3 * 48 * 48);
        test::writeBytes(path(QStringLiteral("export/input.f32")),
                         QByteArray(reinterpret_cast<const char*>(input.data()), int(input.size() * sizeof(float))));
        QString classes;
        QVERIFY(test::runPython(QStringLiteral("check_export.py"),
                                {out, path(QStringLiteral("export/input.f32")), path(QStringLiteral("export/py.f32")),
                                 QStringLiteral("8"), QStringLiteral("48")}, &classes));
        QCOMPARE(classes.trimmed(), QStringLiteral("circle,square,triangle,cross"));
        const auto py = test::readFloats(path(QStringLiteral("export/py.f32")));
        QCOMPARE(py.size(), std::size_t(8 * 4));
        for (std::size_t i = 0; i < 8; ++i) {
            std::vector<float> row(py.begin() + std::ptrdiff_t(i * 4), py.begin() + std::ptrdiff_t(i * 4 + 4));
            float mx = *std::max_element(row.begin(), row.end()), sum = 0;
            for (auto& v : row)
                sum += (v = std::exp(v - mx));
            for (std::size_t k = 0; k < 4; ++k)
                QVERIFY2(std::fabs(row[k] / sum - b[i][k]) < 1e-5, "Python and C++ disagree");
        }

        // The script beside the model classifies image files in Python as Graft does: same classes,
        // same probabilities (to the preprocessing's rounding); a folder stands for its images.
        QCOMPARE(QString::fromStdString(r.script), path(QStringLiteral("export/shapes_predict.py")));
        QVERIFY(QFileInfo(QString::fromStdString(r.script)).isExecutable());
        const QString some = m_images + QStringLiteral("/batch0");
        QString printed;
        QVERIFY(test::runPython(QString::fromStdString(r.script), {some, QStringLiteral("--top"), QStringLiteral("4")}, &printed));
        const QStringList lines = printed.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        std::vector<std::string> files = expandImagePaths({some.toStdString()});
        QCOMPARE(lines.size(), int(files.size()) * 5);
        for (std::size_t f = 0; f < files.size(); ++f) {
            QCOMPARE(lines[int(f) * 5], QString::fromStdString(files[f]));
            const auto probs = exported.probabilities({evalTransform(fileReader()(files[f], 0), exported.preprocess())})[0];
            for (int k = 1; k <= 4; ++k) {
                const QStringList cols = lines[int(f) * 5 + k].split(QLatin1Char(' '), Qt::SkipEmptyParts); // "97.25%", "circle"
                QCOMPARE(cols.size(), 2);
                const auto c = std::find(exported.classes().begin(), exported.classes().end(), cols[1].toStdString());
                QVERIFY(c != exported.classes().end());
                const double p = cols[0].chopped(1).toDouble() / 100;
                QVERIFY2(std::fabs(p - probs[std::size_t(c - exported.classes().begin())]) < 0.01,
                         qPrintable(lines[int(f) * 5] + QLatin1Char(' ') + lines[int(f) * 5 + k]));
                if (k == 1) // the first is the most likely
                    QCOMPARE(std::size_t(c - exported.classes().begin()),
                             std::size_t(std::max_element(probs.begin(), probs.end()) - probs.begin()));
            }
        }

        // Accuracy after export equals accuracy in the app.
        const DatasetSplit split = test::shapeSplit(40, 0.25);
        const EvaluationResult e1 = evaluate(checkpoint, split.validation, test::shapeReader());
        const EvaluationResult e2 = evaluate(exported, split.validation, test::shapeReader());
        QCOMPARE(e1.metrics.accuracy, e2.metrics.accuracy);
        QCOMPARE(e1.metrics.confusion, e2.metrics.confusion);
        QCOMPARE(int(e1.predictions.size()), int(split.validation.size()));
        QVERIFY(e1.failures.empty());

        // Kept in the run folder, it comes back whole while the run's best model is the one it describes.
        const std::string runDir = m_run.toStdString();
        QVERIFY(keptRunEvaluation(runDir, "validation")); // training kept its best model's; this one replaces it
        keepRunEvaluation(runDir, "validation", e1);
        const auto kept = keptRunEvaluation(runDir, "validation");
        QVERIFY(kept);
        QVERIFY(!kept->time.empty());
        QCOMPARE(kept->result.classes, e1.classes);
        QCOMPARE(kept->result.metrics.confusion, e1.metrics.confusion);
        QCOMPARE(kept->result.metrics.accuracy, e1.metrics.accuracy);
        QCOMPARE(kept->result.metrics.loss, e1.metrics.loss);
        QCOMPARE(kept->result.predictions.size(), e1.predictions.size());
        for (std::size_t i = 0; i < e1.predictions.size(); ++i) {
            QCOMPARE(kept->result.predictions[i].path, e1.predictions[i].path);
            QCOMPARE(kept->result.predictions[i].label, e1.predictions[i].label);
            QCOMPARE(kept->result.predictions[i].predicted, e1.predictions[i].predicted);
            QCOMPARE(kept->result.predictions[i].confidence, e1.predictions[i].confidence);
        }
        QVERIFY(!keptRunEvaluation(runDir, "test")); // each split its own
        // A model newer than the evaluation (the run went on): not shown as its evaluation.
        const fs::path best = fs::path(runDir) / "model-best.pt";
        const fs::path keptFile = fs::path(runDir) / "evaluation-validation.json";
        fs::last_write_time(best, fs::last_write_time(keptFile) + std::chrono::seconds(5));
        QVERIFY(!keptRunEvaluation(runDir, "validation"));
        keepRunEvaluation(runDir, "validation", e1);
        fs::last_write_time(keptFile, fs::last_write_time(best) + std::chrono::seconds(5));
        QVERIFY(keptRunEvaluation(runDir, "validation"));
        // One that read no image (the dataset was not there): not kept, the one before stays.
        EvaluationResult unread;
        unread.classes = e1.classes;
        unread.failures = {"/gone/a.png: file not found"};
        keepRunEvaluation(runDir, "validation", unread);
        QCOMPARE(keptRunEvaluation(runDir, "validation")->result.predictions.size(), e1.predictions.size());
        // A damaged file: as if there were none.
        test::writeBytes(QString::fromStdString(keptFile.string()), "{\"classes\": [\"a\"], \"predi");
        fs::last_write_time(keptFile, fs::last_write_time(best) + std::chrono::seconds(5)); // newer: only the damage counts
        QVERIFY(!keptRunEvaluation(runDir, "validation"));
        fs::remove(keptFile);

        // A file gone since the split is left out and listed, not fatal; the metrics cover the rest.
        std::vector<Sample> withGone = split.validation;
        withGone.push_back({"/no/longer/here.png", 0});
        const EvaluationResult e3 = evaluate(checkpoint, withGone, fileReader());
        QCOMPARE(e3.failures.size(), split.validation.size() + 1); // fileReader cannot read shape:// paths either
        QCOMPARE(e3.metrics.count, std::int64_t(0));
        const EvaluationResult e4 = evaluate(checkpoint, withGone, [](const std::string& path, int side) {
            return path.rfind("shape://", 0) == 0 ? test::shapeReader()(path, side) : fileReader()(path, side);
        });
        QCOMPARE(e4.failures.size(), std::size_t(1));
        QVERIFY2(QString::fromStdString(e4.failures.front()).contains(QStringLiteral("file not found")), e4.failures.front().c_str());
        QCOMPARE(e4.metrics.confusion, e1.metrics.confusion);
        QCOMPARE(e4.metrics.loss, e1.metrics.loss);
    }

    void csvOnlyListsEveryFile()
    {
        LabelParams p;
        p.model = m_run.toStdString();
        p.input = m_images.toStdString();
        p.output = path(QStringLiteral("out-csv")).toStdString();
        std::vector<Progress> progress;
        const LabelResult r = labelFolder(p, fileReader(), [&](const Progress& pr) { progress.push_back(pr); });
        QCOMPARE(int(r.records.size()), 32 + 2 + 2);
        QCOMPARE(r.failures, 2);
        QVERIFY(!progress.empty() && progress.back().itemsPerSecond > 0);
        // Loading the model is timed apart: the rate counts the images from the first one on, as the
        // progress does, so it is above the images over all of the time.
        QVERIFY(r.loadSeconds > 0 && r.loadSeconds < r.seconds);
        QVERIFY(r.imagesPerSecond > double(r.records.size()) / r.seconds);
        int right = 0;
        for (const auto& rec : r.records) {
            const QString name = QFileInfo(QString::fromStdString(rec.path)).fileName();
            if (name.startsWith(QStringLiteral("img_")))
                right += QString::fromStdString(rec.label) == QString::fromStdString(test::shapeClasses()[std::size_t(name.mid(4, 1).toInt())]);
            if (name == QStringLiteral("empty.jpg"))
                QVERIFY(QString::fromStdString(rec.error).contains(QStringLiteral("empty file")));
            QCOMPARE(int(rec.top.size()), rec.error.empty() ? 3 : 0);
        }
        QVERIFY2(right >= 29, qPrintable(QString::number(right)));
        const QString csv = QString::fromUtf8(test::readBytes(QString::fromStdString(r.csvPath)));
        QVERIFY(csv.startsWith(QStringLiteral("path,label,confidence,top_labels,top_scores,destination,error\n")));
        QCOMPARE(csv.count(QLatin1Char('\n')), 37);
        QVERIFY(QFile::exists(QString::fromStdString(r.jsonPath)));
        QCOMPARE(countFiles(m_images), 36); // nothing moved
    }

    void copyNeverOverwrites()
    {
        const QString in = freshInput(QStringLiteral("in-copy"));
        const QString sameHash = QString::fromStdString(sha256File((in + QStringLiteral("/batch0/same.png")).toStdString()));
        LabelParams p;
        p.model = m_run.toStdString();
        p.input = in.toStdString();
        p.output = path(QStringLiteral("out-copy")).toStdString();
        p.mode = LabelMode::Copy;
        const LabelResult r = labelFolder(p, fileReader());
        QCOMPARE(countFiles(in), 36);                        // originals stay
        QCOMPARE(QString::fromStdString(sha256File((in + QStringLiteral("/batch0/same.png")).toStdString())), sameHash);
        const QString circles = path(QStringLiteral("out-copy/circle"));
        QVERIFY(QFile::exists(circles + QStringLiteral("/same.png")));
        QVERIFY(QFile::exists(circles + QStringLiteral("/same (2).png")));
        int copied = 0;
        for (const auto& [label, n] : r.counts)
            copied += n;
        QCOMPARE(copied, 34);
        // Running it again finds the work done and copies nothing twice, but its labels.csv still
        // lists the whole folder (a rerun completes an interrupted run; it must not lose rows).
        const LabelResult again = labelFolder(p, fileReader());
        QCOMPARE(int(again.records.size()), 36);
        QCOMPARE(again.earlier, 34);
        QVERIFY(!QFile::exists(circles + QStringLiteral("/same (3).png")));
        QCOMPARE(countFiles(path(QStringLiteral("out-copy"))), 34 + 3);
        QFile csv(QString::fromStdString(again.csvPath));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QCOMPARE(csv.readAll().count('\n'), 1 + 36);
        for (const auto& rec : again.records)
            if (rec.error.empty())
                QVERIFY2(QFile::exists(QString::fromStdString(rec.destination)), rec.path.c_str());
        // A copy deleted by hand since: the undo says so, removes the rest, and is then done (a
        // file that is gone stays nothing to undo; the window's Undo is not offered forever).
        QVERIFY(QFile::remove(circles + QStringLiteral("/same (2).png")));
        const UndoResult u = undoLabeling(r.journalPath);
        QCOMPARE(u.restored, 33);
        QCOMPARE(int(u.conflicts.size()), 1);
        QVERIFY(QString::fromStdString(u.conflicts.front()).contains(QStringLiteral("no longer there")));
        QCOMPARE(undoableCount(r.journalPath), 0);
        QCOMPARE(countFiles(in), 36);
    }

    void moveThenUndo()
    {
        const QString in = freshInput(QStringLiteral("in-move"));
        std::map<QString, QString> hashes;
        QDirIterator it(in, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString f = it.next();
            hashes[f] = QString::fromStdString(sha256File(f.toStdString()));
        }
        LabelParams p;
        p.model = m_run.toStdString();
        p.input = in.toStdString();
        p.output = path(QStringLiteral("out-move")).toStdString();
        p.mode = LabelMode::Move;
        QCOMPARE(undoableCount(journalPathIn(p.output)), 0); // no journal yet
        QVERIFY(test::errorOf([&] { undoLabeling(journalPathIn(p.output)); }).contains(QStringLiteral("no such journal")));
        {
            // One labelling (or undo) into a folder at a time: the second is refused with the reason.
            QDir().mkpath(QString::fromStdString(p.output));
            FileLock other;
            QVERIFY(other.tryLock(p.output + "/.graft-label.lock"));
            const QString busy = test::errorOf([&] { labelFolder(p, fileReader()); });
            QVERIFY2(busy.contains(QStringLiteral("another labelling")), qPrintable(busy));
            QCOMPARE(countFiles(in), 36); // nothing moved
        }
        const LabelResult r = labelFolder(p, fileReader());
        QCOMPARE(r.journalPath, journalPathIn(p.output));
        QCOMPARE(countFiles(in), 2);                          // only the unreadable files stay
        QCOMPARE(countFiles(path(QStringLiteral("out-move"))), 34 + 3); // + labels.csv, labels.json, journal
        QCOMPARE(undoableCount(r.journalPath), 34);
        const UndoResult u = undoLabeling(r.journalPath);
        QCOMPARE(u.restored, 34);
        QCOMPARE(undoableCount(r.journalPath), 0);
        QVERIFY(u.conflicts.empty());
        for (const auto& [file, hash] : hashes)
            QCOMPARE(QString::fromStdString(sha256File(file.toStdString())), hash);
        QVERIFY(!QFileInfo::exists(path(QStringLiteral("out-move/circle"))));
        // Undone files are back where they were, and a new run labels (moves) them again.
        const LabelResult redo = labelFolder(p, fileReader());
        QCOMPARE(redo.earlier, 0);
        QCOMPARE(countFiles(in), 2);
        // ... and those moves can be undone in their turn.
        QCOMPARE(undoableCount(r.journalPath), 34);
        QCOMPARE(undoLabeling(r.journalPath).restored, 34);
        QCOMPARE(countFiles(in), 36);
        for (const auto& [file, hash] : hashes)
            QCOMPARE(QString::fromStdString(sha256File(file.toStdString())), hash);
    }

    void moveAcrossFileSystems()
    {
        // A move to another file system cannot rename: it copies whole (never a half file) and then
        // removes the original. /dev/shm is a separate tmpfs on Linux.
        QStorageInfo shm(QStringLiteral("/dev/shm")), here(m_dir.path());
        if (!shm.isValid() || !QFileInfo(QStringLiteral("/dev/shm")).isWritable() || shm.device() == here.device())
            QSKIP("no second writable file system (/dev/shm) here");
        QTemporaryDir other(QStringLiteral("/dev/shm/graft-test-XXXXXX"));
        QVERIFY(other.isValid());
        std::map<std::string, QString> hashes;
        QDirIterator it(m_images, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString f = it.next();
            const QString target = other.path() + f.mid(m_images.size());
            QDir().mkpath(QFileInfo(target).absolutePath());
            QVERIFY(QFile::copy(f, target));
            hashes[target.toStdString()] = QString::fromStdString(sha256File(target.toStdString()));
        }
        // A run that died halfway through copying one file across: half a file at its destination.
        const QString out = path(QStringLiteral("out-other-fs"));
        const QString src = other.path() + QStringLiteral("/batch0/img_1_0.png");
        const QString dst = out + QStringLiteral("/square/img_1_0.png");
        QDir().mkpath(out + QStringLiteral("/square"));
        test::writeBytes(dst, test::readBytes(src).left(100));
        test::writeBytes(out + QStringLiteral("/journal.jsonl"),
                         QStringLiteral("{\"type\":\"plan\",\"op\":\"move\",\"src\":\"%1\",\"dst\":\"%2\",\"sha256\":\"\"}\n").arg(src, dst).toUtf8());
        LabelParams p;
        p.model = m_run.toStdString();
        p.input = other.path().toStdString();
        p.output = out.toStdString();
        p.mode = LabelMode::Move;
        const LabelResult r = labelFolder(p, fileReader());
        QCOMPARE(QString::fromStdString(sha256File(dst.toStdString())), hashes.at(src.toStdString())); // whole now
        QCOMPARE(countFiles(other.path()), 2); // the unreadable files stay
        for (const auto& rec : r.records)
            if (rec.error.empty())
                QCOMPARE(QString::fromStdString(sha256File(rec.destination)), hashes.at(rec.path));
        QDirIterator parts(path(QStringLiteral("out-other-fs")), {QStringLiteral(".*.part")}, QDir::Files | QDir::Hidden,
                           QDirIterator::Subdirectories);
        QVERIFY(!parts.hasNext());
        QCOMPARE(undoLabeling(r.journalPath).restored, 34);
        for (const auto& [file, hash] : hashes)
            QCOMPARE(QString::fromStdString(sha256File(file)), hash);
    }

    void interruptedMoveIsCompleted()
    {
        const QString in = freshInput(QStringLiteral("in-crash"));
        const QString out = path(QStringLiteral("out-crash"));
        // A run that announced a move and died before doing it.
        const QString src = in + QStringLiteral("/batch0/img_1_0.png");
        const QString dst = out + QStringLiteral("/square/img_1_0.png");
        QDir().mkpath(out);
        test::writeBytes(out + QStringLiteral("/journal.jsonl"),
                         QStringLiteral("{\"type\":\"plan\",\"op\":\"move\",\"src\":\"%1\",\"dst\":\"%2\",\"sha256\":\"\"}\n").arg(src, dst).toUtf8());
        LabelParams p;
        p.model = m_run.toStdString();
        p.input = in.toStdString();
        p.output = out.toStdString();
        p.mode = LabelMode::Move;
        const LabelResult r = labelFolder(p, fileReader());
        QVERIFY(QFile::exists(dst));
        QVERIFY(!QFile::exists(src));
        // The completed move is listed once, where the journal put it, and not moved again.
        QCOMPARE(int(r.records.size()), 36);
        QCOMPARE(r.earlier, 1);
        QCOMPARE(std::count_if(r.records.begin(), r.records.end(), [&](const LabelRecord& rec) {
                     return rec.path == src.toStdString() && rec.destination == dst.toStdString();
                 }), 1);
    }

    void thresholdAndStop()
    {
        LabelParams p;
        p.model = m_run.toStdString();
        p.input = m_images.toStdString();
        p.output = path(QStringLiteral("out-threshold")).toStdString();
        p.threshold = 1.5;
        QVERIFY_THROWS_EXCEPTION(Error, labelFolder(p, fileReader()));
        p.threshold = 0.9999999;
        p.mode = LabelMode::Copy;
        const LabelResult r = labelFolder(p, fileReader());
        QVERIFY(r.counts.count("_uncertain"));
        QVERIFY(QFileInfo::exists(path(QStringLiteral("out-threshold/_uncertain"))));

        CancelFlag cancel{false};
        p.output = path(QStringLiteral("out-stop")).toStdString();
        p.batchSize = 4;
        p.mode = LabelMode::CsvOnly;
        const LabelResult stopped = labelFolder(p, fileReader(), [&](const Progress& pr) {
            if (pr.done >= 8)
                cancel = true;
        }, &cancel);
        QVERIFY(stopped.stopped);
        QVERIFY(stopped.records.size() < 36);
        QVERIFY(QFile::exists(QString::fromStdString(stopped.csvPath)));
    }
    void thresholdOutcomeIsWhatLabellingDoes()
    {
        // The Use step's estimate of a threshold, from an evaluation of labelled images, is what
        // labelling those images with it does: as many copied into class folders (the rest into
        // _uncertain/), as many of them into their right class.
        const Classifier c = Classifier::load(m_run.toStdString());
        std::vector<Sample> samples;
        QDirIterator it(m_images, {QStringLiteral("*.png")}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString f = it.next();
            const QString name = QFileInfo(f).fileName();
            if (name.startsWith(QStringLiteral("img_")))
                samples.push_back({f.toStdString(), name.mid(4, 1).toInt()});
            else if (name == QStringLiteral("same.png"))
                samples.push_back({f.toStdString(), 0});
        }
        QCOMPARE(samples.size(), std::size_t(34));
        const EvaluationResult e = evaluate(c, samples, fileReader());
        std::vector<float> confidences;
        for (const Prediction& p : e.predictions)
            confidences.push_back(p.confidence);
        std::sort(confidences.begin(), confidences.end());
        // A whole percent with images on both sides of it.
        const int percent = std::clamp(int(std::floor(confidences[confidences.size() / 2] * 100)), 1, 99);
        const ThresholdOutcome o = thresholdOutcome(e.predictions, percent / 100.0);
        QCOMPARE(o.images, std::int64_t(34));
        QVERIFY2(o.labelled > 0 && o.labelled < 34, qPrintable(QString::number(o.labelled)));
        QVERIFY(o.right <= o.labelled);

        LabelParams p;
        p.model = m_run.toStdString();
        p.input = m_images.toStdString();
        p.output = path(QStringLiteral("out-estimate")).toStdString();
        p.mode = LabelMode::Copy;
        p.threshold = percent / 100.0; // as the window passes its percent
        labelFolder(p, fileReader());
        std::int64_t labelled = 0, right = 0;
        for (int cls = 0; cls < 4; ++cls) {
            const QString folder = path(QStringLiteral("out-estimate/")) + QString::fromStdString(test::shapeClasses()[std::size_t(cls)]);
            QDirIterator out(folder, QDir::Files, QDirIterator::Subdirectories);
            while (out.hasNext()) {
                const QString name = QFileInfo(out.next()).fileName();
                ++labelled;
                right += (name.startsWith(QStringLiteral("img_")) ? name.mid(4, 1).toInt() : 0) == cls;
            }
        }
        QCOMPARE(labelled, o.labelled);
        QCOMPARE(right, o.right);
        QCOMPARE(countFiles(path(QStringLiteral("out-estimate/_uncertain"))), int(34 - o.labelled));

        // The curve: everything at 0 (off), nothing above every confidence, never more labelled at a
        // higher threshold; the lowest threshold for a given accuracy reaches it.
        const std::vector<ThresholdOutcome> curve = thresholdCurve(e.predictions);
        QCOMPARE(curve.size(), std::size_t(101));
        QCOMPARE(curve.front().labelled, std::int64_t(34));
        QCOMPARE(curve.front().right, std::int64_t(e.metrics.accuracy * 34 + 0.5));
        QCOMPARE(curve[std::size_t(percent)].labelled, o.labelled);
        for (std::size_t i = 1; i < curve.size(); ++i)
            QVERIFY(curve[i].labelled <= curve[i - 1].labelled);
        const int perfect = lowestThresholdPercentFor(curve, 1.0);
        if (perfect >= 0) {
            QCOMPARE(curve[std::size_t(perfect)].right, curve[std::size_t(perfect)].labelled);
            QVERIFY(perfect == 0 || curve[std::size_t(perfect - 1)].right < curve[std::size_t(perfect - 1)].labelled);
        }
        QCOMPARE(lowestThresholdPercentFor(thresholdCurve({}), 0.5), -1);
        QCOMPARE(thresholdOutcome({}, 0.5).accuracy(), 0.0);
    }

    void evaluationReport()
    {
        // One HTML page: metrics, classes (escaped), matrix, thresholds, and the most confident
        // mistakes with their pictures inline (a picture gone since is named without one).
        const Classifier c = Classifier::load(m_run.toStdString());
        std::vector<Sample> samples;
        QDirIterator it(m_images, {QStringLiteral("img_*.png")}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString f = it.next();
            samples.push_back({f.toStdString(), QFileInfo(f).fileName().mid(4, 1).toInt()});
        }
        std::sort(samples.begin(), samples.end(), [](const Sample& a, const Sample& b) { return a.path < b.path; });
        for (std::size_t i = 0; i < 6; ++i) // labelled wrongly: mistakes for sure
            samples[i].label = (samples[i].label + 1) % 4;
        EvaluationResult e = evaluate(c, samples, fileReader());
        e.classes[0] = "<Circle & co>";
        std::vector<const Prediction*> wrong = e.mistakes();
        QVERIFY(wrong.size() >= 4);
        const std::string gone = const_cast<Prediction*>(wrong[1])->path = path(QStringLiteral("gone.png")).toStdString();
        ReportParams params;
        params.title = "run <1>";
        params.images = "32 images";
        params.mistakes = 3;
        params.run = RunInfo::load(m_run.toStdString());
        params.advice = {"Advice: more <images> help"}; // what the run's curves said, as the caller words it
        const QString html = QString::fromStdString(evaluationReportHtml(e, params, fileReader()));
        // What the model is, from its run.
        QVERIFY2(html.contains(QStringLiteral("<tr><th class=\"name\">Network</th><td class=\"name\">ResNet-18</td></tr>")),
                 qPrintable(html.left(3000)));
        QVERIFY(html.contains(QStringLiteral("<td class=\"name\">4 (the model of epoch %1)</td>").arg(params.run->bestEpoch)));
        QVERIFY(html.contains(QStringLiteral("<td class=\"name\">Adam, learning rate 0.002</td>")));
        QVERIFY(html.contains(QStringLiteral("<p class=\"advice\">Advice: more &lt;images&gt; help</p>")));
        QVERIFY(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
        QVERIFY(html.contains(QStringLiteral("<title>Evaluation of run &lt;1&gt;</title>")));
        QVERIFY(html.contains(QStringLiteral("&lt;Circle &amp; co&gt;")) && !html.contains(QStringLiteral("<Circle")));
        QVERIFY(html.contains(QStringLiteral("<b>Accuracy %1%</b>").arg(100 * e.metrics.accuracy, 0, 'f', 1)));
        QVERIFY(html.contains(QStringLiteral("<tr><td>off</td><td>32 (100.0%)</td>")));
        QVERIFY(html.contains(QStringLiteral("The 3 of %1 images the model got wrong").arg(wrong.size())));
        // Two pictures: the third mistake shown is gone, and named all the same. Each one a PNG,
        // enlarged to the thumbnail size by the browser (48 px shapes: 96 x 96).
        QCOMPARE(html.count(QStringLiteral("<img src=\"data:image/png;base64,iVBORw0KGgo")), 2);
        QCOMPARE(html.count(QStringLiteral("width=\"96\" height=\"96\"")), 2);
        QVERIFY(html.contains(QString::fromStdString(gone)));
        const QString file = path(QStringLiteral("report.html"));
        writeEvaluationReport(file.toStdString(), e, params, fileReader());
        QCOMPARE(QString::fromUtf8(test::readBytes(file)), html);
        // With where the model looks: a heat map beside each picture, counted as it goes; a stop
        // between pictures writes nothing.
        params.heatMap = [&c](const Image& crop, int k) { return c.heatMap(crop, k); };
        params.preprocess = c.preprocess();
        std::vector<Progress> steps;
        const QString withMaps = QString::fromStdString(
            evaluationReportHtml(e, params, fileReader(), [&](const Progress& p) { steps.push_back(p); }));
        QCOMPARE(withMaps.count(QStringLiteral("<img src=\"data:image/png;base64,iVBORw0KGgo")), 4);
        QCOMPARE(int(steps.size()), 3);
        QCOMPARE(steps.back().done, std::int64_t(3));
        CancelFlag stop{true};
        const QString stopped = path(QStringLiteral("report-stopped.html"));
        QVERIFY_THROWS_EXCEPTION(CancelledError, writeEvaluationReport(stopped.toStdString(), e, params, fileReader(), {}, &stop));
        QVERIFY(!QFile::exists(stopped));
    }

    // Try it and graft-cli predict: files in the order given, unreadable ones with their reason,
    // the same probabilities in a batch as one by one, Stop between batches.
    void predictFilesInOrderWithReasons()
    {
        std::vector<std::string> paths = expandImagePaths({m_images.toStdString()});
        paths.push_back(path(QStringLiteral("missing.png")).toStdString());
        QCOMPARE(int(paths.size()), 36 + 1);
        const Classifier c = Classifier::load(m_run.toStdString(), DeviceChoice::Cpu);
        int calls = 0;
        const BatchClassifier classify = [&](const std::vector<Image>& crops) {
            ++calls;
            return c.probabilities(crops);
        };
        PredictParams params;
        params.preprocess = c.preprocess();
        params.topK = 3;
        params.batchSize = 5;
        std::vector<FilePrediction> all;
        predictFiles(paths, fileReader(), classify, params, [&](std::vector<FilePrediction>& batch) {
            QVERIFY(batch.size() == 5 || all.size() == 35);
            all.insert(all.end(), batch.begin(), batch.end());
        });
        QCOMPARE(all.size(), paths.size());
        QCOMPARE(calls, 7); // 8 batches; the last (notes.png, missing.png) has nothing readable to classify
        int right = 0, unreadable = 0;
        for (std::size_t i = 0; i < all.size(); ++i) {
            const FilePrediction& f = all[i];
            QCOMPARE(f.path, paths[i]);
            const QString name = QFileInfo(QString::fromStdString(f.path)).fileName();
            if (!f.error.empty()) {
                ++unreadable;
                QVERIFY2(f.error.find(f.path) != std::string::npos, f.error.c_str()); // names the file
                QVERIFY(f.top.empty());
                continue;
            }
            QCOMPARE(int(f.top.size()), 3);
            QVERIFY(f.top[0].second >= f.top[1].second && f.top[1].second >= f.top[2].second);
            // A batch changes nothing: the same scores as the image on its own.
            const auto alone = c.probabilities({evalTransform(fileReader()(f.path, 0), c.preprocess())});
            for (const auto& [label, score] : f.top)
                QVERIFY(std::abs(alone[0][label] - score) < 1e-5f);
            if (name.startsWith(QStringLiteral("img_")))
                right += c.classes()[f.top[0].first] == test::shapeClasses()[std::size_t(name.mid(4, 1).toInt())];
        }
        QCOMPARE(unreadable, 3); // empty.jpg, notes.png, missing.png
        QVERIFY2(right >= 29, qPrintable(QString::number(right)));

        // Stop after the first batch: what was reported stays, nothing more comes.
        CancelFlag cancel{false};
        std::size_t reported = 0;
        QVERIFY_THROWS_EXCEPTION(CancelledError, predictFiles(paths, fileReader(), classify, params, [&](std::vector<FilePrediction>& batch) {
            reported += batch.size();
            cancel = true;
        }, &cancel));
        QCOMPARE(reported, std::size_t(5));
        QCOMPARE(noImagesInFolderMessage("/x/empty").text.rfind("/x/empty: no images in this folder or its sub-folders (", 0), std::size_t(0));
    }
};

QTEST_APPLESS_MAIN(TestExportLabel)
#include "tst_export_label.moc"
