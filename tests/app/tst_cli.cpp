// graft-cli as a user runs it: help, exit codes, error messages, and the whole workflow on real
// images, including kill -9 in the middle of training followed by resume.
#include "TestEnv.h"

#include "app/core/Project.h"
#include "core/Json.h"
#include "data/Split.h"
#include "imageio/ImageDecoder.h"
#include "train/Evaluator.h"

#include <QDir>
#include <QDirIterator>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <filesystem>

using namespace graft;

namespace {
struct Result
{
    int exitCode = -1;
    QString out, err;
};

QString cli() { return QStringLiteral(GRAFT_CLI); }

QProcessEnvironment environment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // No internet: any download attempt goes to a closed port on this machine.
    env.insert(QStringLiteral("GRAFT_WEIGHTS_BASE_URL"), QStringLiteral("http://127.0.0.1:1/"));
    env.remove(QStringLiteral("GRAFT_WEIGHTS_PATH"));
    return env;
}

Result run(const QStringList& args, int timeoutMs = 300000, const QProcessEnvironment& env = environment())
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(cli(), args);
    if (!p.waitForFinished(timeoutMs))
        p.kill();
    Result r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

std::vector<Json> jsonLines(const QString& out)
{
    std::vector<Json> lines;
    for (const QString& l : out.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        lines.push_back(Json::parse(l.toStdString()));
    return lines;
}

QString shared(const QString& rel) { return test::sharedDir() + QLatin1Char('/') + rel; }
} // namespace

namespace {
// Where graft-cli writes an image's heat maps: DIR/STEM.
QString stemOf(const graft::Json& mistake, const QString& dir)
{
    return dir + QLatin1Char('/') + QFileInfo(QString::fromStdString(mistake["path"].get<std::string>())).completeBaseName();
}
} // namespace

class TestCli final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_data;     // 3 classes x 16 images from the sample, and an empty class folder
    QString m_weights;  // the shared MobileNetV2 ImageNet weights

    QString path(const QString& name) const { return m_dir.filePath(name); }
    QStringList trainArgs(const QString& out) const
    {
        return {QStringLiteral("train"), m_data, QStringLiteral("--model"), QStringLiteral("mobilenet_v2"),
                QStringLiteral("--weights"), m_weights, QStringLiteral("--input-size"), QStringLiteral("64"),
                QStringLiteral("--trainable-from"), QStringLiteral("features.16"), QStringLiteral("--augment"),
                QStringLiteral("on"), QStringLiteral("--epochs"), QStringLiteral("3"), QStringLiteral("--batch-size"),
                QStringLiteral("8"), QStringLiteral("--threads"), QStringLiteral("2"), QStringLiteral("--out"), out};
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_weights = shared(QStringLiteral("models/mobilenet_v2-imagenet-dq.pth"));
        m_data = path(QStringLiteral("data"));
        for (const QString& cls : {QStringLiteral("Bag"), QStringLiteral("Sneaker"), QStringLiteral("Trouser")}) {
            QDir src(test::sampleDataset() + QLatin1Char('/') + cls);
            QDir().mkpath(m_data + QLatin1Char('/') + cls);
            const QStringList files = src.entryList(QDir::Files, QDir::Name).mid(0, 16);
            for (const QString& f : files)
                QVERIFY(QFile::copy(src.filePath(f), m_data + QLatin1Char('/') + cls + QLatin1Char('/') + f));
        }
        QDir().mkpath(m_data + QStringLiteral("/Hat")); // no images yet: not trained as a class
    }

    void helpAndVersion()
    {
        const Result v = run({QStringLiteral("--version")});
        QCOMPARE(v.exitCode, 0);
        QVERIFY(v.out.startsWith(QStringLiteral("graft-cli 0.")));
        const Result h = run({QStringLiteral("--help")});
        QCOMPARE(h.exitCode, 0);
        for (const char* cmd : {"models", "inspect", "train", "find-lr", "resume", "runs", "evaluate", "export", "label", "predict", "weights", "sample"})
            QVERIFY2(h.out.contains(QLatin1String(cmd)), cmd);
        for (const char* cmd : {"models", "inspect", "train", "find-lr", "resume", "runs", "evaluate", "export", "label", "predict", "weights", "sample"}) {
            const Result c = run({QLatin1String(cmd), QStringLiteral("--help")});
            QCOMPARE(c.exitCode, 0);
            QVERIFY2(c.out.contains(QStringLiteral("--json")), cmd);
            // Named as the user types it, whatever path started the program; no "Arguments:" noise.
            QVERIFY2(c.out.startsWith(QStringLiteral("Usage: graft-cli %1 [options]").arg(QLatin1String(cmd))), qPrintable(c.out.left(80)));
            QVERIFY2(!c.out.contains(QStringLiteral("subcommand")), cmd);
        }
        const QString train = run({QStringLiteral("train"), QStringLiteral("--help")}).out;
        QVERIFY(train.contains(QStringLiteral("--trainable-from")));
        // Defaults are shown with the options they belong to.
        QVERIFY2(train.contains(QRegularExpression(QStringLiteral("--epochs <N> +Passes over the training images \\(default: 10\\)"))), qPrintable(train));
    }

    void usageErrorsExitWithTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("no command") << QStringList{} << QStringLiteral("Usage");
        QTest::newRow("unknown command") << QStringList{QStringLiteral("fly")} << QStringLiteral("unknown command 'fly'");
        QTest::newRow("unknown option") << QStringList{QStringLiteral("models"), QStringLiteral("--colour")} << QStringLiteral("colour");
        // A slip of the keys, or another tool's name for an option or a command, gets a suggestion.
        QTest::newRow("mistyped command") << QStringList{QStringLiteral("evalute"), QStringLiteral("r")} << QStringLiteral("unknown command 'evalute'; did you mean 'evaluate'?");
        QTest::newRow("borrowed command") << QStringList{QStringLiteral("classify"), QStringLiteral("m")} << QStringLiteral("did you mean 'predict'?");
        QTest::newRow("mistyped option") << QStringList{QStringLiteral("train"), QStringLiteral("d"), QStringLiteral("--epoch"), QStringLiteral("3")} << QStringLiteral("Unknown option 'epoch'. Did you mean --epochs?");
        QTest::newRow("borrowed option") << QStringList{QStringLiteral("train"), QStringLiteral("d"), QStringLiteral("--image-size"), QStringLiteral("96")} << QStringLiteral("Did you mean --input-size?");
        QTest::newRow("option of another command") << QStringList{QStringLiteral("predict"), QStringLiteral("m"), QStringLiteral("--topk"), QStringLiteral("2")} << QStringLiteral("Did you mean --top-k?");
        QTest::newRow("mistyped model") << QStringList{QStringLiteral("train"), QStringLiteral("d"), QStringLiteral("--out"), QStringLiteral("o"), QStringLiteral("--model"), QStringLiteral("resnt50")} << QStringLiteral("did you mean resnet50?");
        QTest::newRow("mistyped layer") << QStringList{QStringLiteral("train"), QStringLiteral("d"), QStringLiteral("--out"), QStringLiteral("o"), QStringLiteral("--model"), QStringLiteral("mobilenet_v2"), QStringLiteral("--trainable-from"), QStringLiteral("feature.17")} << QStringLiteral("did you mean features.17?");
        QTest::newRow("train without out") << QStringList{QStringLiteral("train"), QStringLiteral("data")} << QStringLiteral("--out");
        QTest::newRow("bad number") << QStringList{QStringLiteral("train"), QStringLiteral("d"), QStringLiteral("--out"), QStringLiteral("o"), QStringLiteral("--epochs"), QStringLiteral("many")} << QStringLiteral("--epochs must be a whole number");
        QTest::newRow("unknown model") << QStringList{QStringLiteral("train"), QStringLiteral("d"), QStringLiteral("--out"), QStringLiteral("o"), QStringLiteral("--model"), QStringLiteral("resnet19")} << QStringLiteral("unknown model 'resnet19'");
        // Checked before any weights download (--weights auto would try one here).
        QTest::newRow("unknown layer") << QStringList{QStringLiteral("train"), QStringLiteral("d"), QStringLiteral("--out"), QStringLiteral("o"), QStringLiteral("--model"), QStringLiteral("resnet18"), QStringLiteral("--freeze"), QStringLiteral("all"), QStringLiteral("--unfreeze"), QStringLiteral("layer9")} << QStringLiteral("'layer9' names no layer of ResNet-18");
        QTest::newRow("label both modes") << QStringList{QStringLiteral("label"), QStringLiteral("m"), QStringLiteral("f"), QStringLiteral("--out"), QStringLiteral("o"), QStringLiteral("--copy"), QStringLiteral("--move")} << QStringLiteral("--copy or --move");
        QTest::newRow("export format") << QStringList{QStringLiteral("export"), QStringLiteral("r"), QStringLiteral("--format"), QStringLiteral("onnx"), QStringLiteral("--out"), QStringLiteral("x")} << QStringLiteral("torchscript");
    }

    void usageErrorsExitWithTwo()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Result r = run(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }

    void sampleFromTheDebianPackage()
    {
        // The sample to try Graft on, made from dataset-fashion-mnist: the same files as the
        // tests' sample (scripts/make-sample-dataset), the first images of each class.
        const QString out = path(QStringLiteral("made-sample"));
        const Result made = run({QStringLiteral("sample"), out, QStringLiteral("--per-class"), QStringLiteral("3")});
        QCOMPARE(made.exitCode, 0);
        QVERIFY2(made.out.startsWith(QStringLiteral("Sample dataset: 30 images in 10 classes at ") + out), qPrintable(made.out));
        int compared = 0;
        for (const QString& cls : QDir(out).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            const QStringList files = QDir(out + QLatin1Char('/') + cls).entryList(QDir::Files);
            QCOMPARE(files.size(), 3);
            for (const QString& f : files) {
                QFile a(out + QLatin1Char('/') + cls + QLatin1Char('/') + f), b(test::sampleDataset() + QLatin1Char('/') + cls + QLatin1Char('/') + f);
                QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
                QVERIFY2(a.readAll() == b.readAll(), qPrintable(a.fileName()));
                ++compared;
            }
        }
        QCOMPARE(compared, 30);
        // Made once: asked again, the sample is left as it is.
        const Result again = run({QStringLiteral("sample"), out, QStringLiteral("--json")});
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(jsonLines(again.out).back().value("images", 0), 30);
        // A folder that is not the sample is not replaced.
        const QString other = path(QStringLiteral("not-a-sample"));
        QDir().mkpath(other + QStringLiteral("/keep"));
        const Result refused = run({QStringLiteral("sample"), other});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("is not Graft's sample; choose another place")), qPrintable(refused.err));
        QVERIFY(QFileInfo::exists(other + QStringLiteral("/keep")));
        // Without the package: which one to install, and no folder left behind.
        QProcessEnvironment env = environment();
        env.insert(QStringLiteral("GRAFT_FASHION_MNIST"), path(QStringLiteral("no-such-folder")));
        const Result missing = run({QStringLiteral("sample"), path(QStringLiteral("sample-2"))}, 60000, env);
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(missing.err.contains(QStringLiteral("install it with 'sudo apt-get install dataset-fashion-mnist'")), qPrintable(missing.err));
        QVERIFY(!QFileInfo::exists(path(QStringLiteral("sample-2"))));
        QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral(".sample-*")}, QDir::Dirs | QDir::Hidden).size(), 0);
    }

    void runtimeErrorsExitWithOne()
    {
        const Result missing = run({QStringLiteral("inspect"), path(QStringLiteral("nowhere"))});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(missing.err.contains(QStringLiteral("folder not found")), qPrintable(missing.err));
        // Found before the weights are fetched (here a download that would fail, after retries).
        const Result noData = run({QStringLiteral("train"), path(QStringLiteral("nowhere")), QStringLiteral("--model"),
                                   QStringLiteral("resnet18"), QStringLiteral("--out"), path(QStringLiteral("nowhere-run"))});
        QCOMPARE(noData.exitCode, 1);
        QVERIFY2(noData.err.contains(path(QStringLiteral("nowhere")) + QStringLiteral(": folder not found")), qPrintable(noData.err));
        QVERIFY2(!(noData.out + noData.err).contains(QStringLiteral("ownload")), qPrintable(noData.out + noData.err));
        QVERIFY(!QFileInfo::exists(path(QStringLiteral("nowhere-run"))));
        const Result noValidation = run({QStringLiteral("train"), m_data, QStringLiteral("--val-dir"), path(QStringLiteral("nowhere")),
                                         QStringLiteral("--model"), QStringLiteral("resnet18"), QStringLiteral("--out"),
                                         path(QStringLiteral("nowhere-run"))});
        QCOMPARE(noValidation.exitCode, 1);
        QVERIFY2(noValidation.err.contains(QStringLiteral("folder not found")), qPrintable(noValidation.err));
        QVERIFY2(!(noValidation.out + noValidation.err).contains(QStringLiteral("ownload")), qPrintable(noValidation.err));
        QDir().mkpath(path(QStringLiteral("one/only")));
        QFile::copy(m_data + QStringLiteral("/Bag/") + QDir(m_data + QStringLiteral("/Bag")).entryList(QDir::Files).first(),
                    path(QStringLiteral("one/only/a.png")));
        // From scratch (--weights none), so that this needs no weights file, with or without ../shared.
        const Result one = run({QStringLiteral("train"), path(QStringLiteral("one")), QStringLiteral("--weights"), QStringLiteral("none"),
                                QStringLiteral("--out"), path(QStringLiteral("one-run"))});
        QCOMPARE(one.exitCode, 1);
        QVERIFY2(one.err.contains(QStringLiteral("at least two classes")), qPrintable(one.err));
        const Result json = run({QStringLiteral("inspect"), path(QStringLiteral("nowhere")), QStringLiteral("--json")});
        QCOMPARE(QString::fromStdString(jsonLines(json.out).back()["event"].get<std::string>()), QStringLiteral("error"));
        // A run that failed is listed with the reason.
        test::writeBytes(path(QStringLiteral("junk.pth")), "junk");
        const QString failedRun = path(QStringLiteral("failed/run")); // apart from the runs listed later
        const Result junk = run({QStringLiteral("train"), m_data, QStringLiteral("--model"), QStringLiteral("mobilenet_v3_small"),
                                 QStringLiteral("--weights"), path(QStringLiteral("junk.pth")), QStringLiteral("--epochs"), QStringLiteral("1"),
                                 QStringLiteral("--out"), failedRun});
        QCOMPARE(junk.exitCode, 1);
        // A run folder in use is refused before the weights are fetched too.
        const Result again = run({QStringLiteral("train"), m_data, QStringLiteral("--model"), QStringLiteral("resnet18"),
                                  QStringLiteral("--out"), failedRun});
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains(failedRun + QStringLiteral(": already holds a run; resume it")), qPrintable(again.err));
        QVERIFY2(!(again.out + again.err).contains(QStringLiteral("ownload")), qPrintable(again.err));
        const Result runs = run({QStringLiteral("runs"), failedRun});
        QCOMPARE(runs.exitCode, 0);
        QVERIFY2(runs.out.contains(QStringLiteral("    failed: ") + path(QStringLiteral("junk.pth")) + QStringLiteral(": not a PyTorch weights file")),
                 qPrintable(runs.out));
        // Its time in the user's time zone, to the minute.
        QVERIFY2(runs.out.contains(QRegularExpression(QStringLiteral(" \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d\\n"))), qPrintable(runs.out));
    }

    void trainLeavesOutClasses()
    {
        // As the window's "Leave out of training": the run knows only the other classes.
        const QStringList args{QStringLiteral("train"), m_data, QStringLiteral("--model"), QStringLiteral("mobilenet_v3_small"),
                               QStringLiteral("--weights"), QStringLiteral("none"), QStringLiteral("--input-size"), QStringLiteral("96"),
                               QStringLiteral("--epochs"), QStringLiteral("1"), QStringLiteral("--threads"), QStringLiteral("2")};
        const QString out = path(QStringLiteral("excluded/run-two-classes"));
        const Result r = run(QStringList(args) << QStringLiteral("--exclude-classes") << QStringLiteral("Trouser")
                                               << QStringLiteral("--out") << out);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        const Json split = Json::parse(test::readBytes(out + QStringLiteral("/split.json")).toStdString());
        QVERIFY2(split["classes"] == Json(std::vector<std::string>{"Bag", "Sneaker"}), split["classes"].dump().c_str());
        // Fashion-MNIST's 28-pixel pictures enlarged 3.4 times: what a smaller input size saves, as the window says.
        QVERIFY2(r.out.contains(QStringLiteral("Note: the images are 28×28 px, enlarged 3.4x to 96 px; --input-size 48 trains about 4x faster")),
                 qPrintable(r.out));
        // A finished run says what to do with the model next.
        QVERIFY2(r.out.contains(QStringLiteral("Next: graft-cli evaluate %1 ").arg(out)) && r.out.contains(QStringLiteral("graft-cli export %1 ").arg(out)),
                 qPrintable(r.out));
        // A name that is no class of the dataset is a usage error that names the classes.
        const Result typo = run(QStringList(args) << QStringLiteral("--exclude-classes") << QStringLiteral("Trousers")
                                                  << QStringLiteral("--out") << path(QStringLiteral("excluded/run-typo")));
        QCOMPARE(typo.exitCode, 2);
        QVERIFY2(typo.err.contains(QStringLiteral("no class 'Trousers' in the dataset (its classes: Bag, Hat, Sneaker, Trouser)")),
                 qPrintable(typo.err));
        QVERIFY(!QFileInfo::exists(path(QStringLiteral("excluded/run-typo"))));
    }

    void modelsAndWeightsListings()
    {
        const Result models = run({QStringLiteral("models"), QStringLiteral("--json")});
        QCOMPARE(models.exitCode, 0);
        const auto lines = jsonLines(models.out);
        QCOMPARE(int(lines.size()), 23);
        QCOMPARE(QString::fromStdString(lines[9]["name"].get<std::string>()), QStringLiteral("mobilenet_v2"));
        const Result weights = run({QStringLiteral("weights"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(weights.exitCode, 0);
        QCOMPARE(int(jsonLines(weights.out).size()), 23);
        QVERIFY(run({QStringLiteral("weights"), QStringLiteral("where")}).out.contains(QStringLiteral("hub")));
    }

    void inspectNamesBadFiles()
    {
        const QString data = path(QStringLiteral("inspect"));
        QDir().mkpath(data + QStringLiteral("/a"));
        QDir().mkpath(data + QStringLiteral("/b"));
        const QStringList bags = QDir(m_data + QStringLiteral("/Bag")).entryList(QDir::Files);
        for (int i = 0; i < 3; ++i) {
            QFile::copy(m_data + QStringLiteral("/Bag/") + bags[i], data + QStringLiteral("/a/%1.png").arg(i));
            QFile::copy(m_data + QStringLiteral("/Bag/") + bags[i + 3], data + QStringLiteral("/b/%1.png").arg(i));
        }
        test::writeBytes(data + QStringLiteral("/a/page.jpg"), "<html>moved</html>");
        test::writeBytes(data + QStringLiteral("/b/empty.png"), QByteArray());
        const Result text = run({QStringLiteral("inspect"), data});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains(QStringLiteral("page.jpg: not an image (an HTML page")), qPrintable(text.out));
        QVERIFY(text.out.contains(QStringLiteral("empty.png: empty file")));
        const Result json = run({QStringLiteral("inspect"), data, QStringLiteral("--json")});
        const Json report = jsonLines(json.out).back();
        QCOMPARE(report["problems"].size(), std::size_t(2));
        QCOMPARE(report["classes"][0]["images"].get<int>(), 3);
    }

    void trainKilledThenResumedEqualsUninterrupted()
    {
        GRAFT_REQUIRE_SHARED();
        const QString whole = path(QStringLiteral("run-whole"));
        const Result r = run(trainArgs(whole));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        QVERIFY(r.out.contains(QStringLiteral("Epoch 3/3")));
        QVERIFY2(r.err.contains(QStringLiteral("empty classes (no usable images): Hat; they are left out of training")), qPrintable(r.err));
        const Json split = Json::parse(test::readBytes(whole + QStringLiteral("/split.json")).toStdString());
        QVERIFY2(split["classes"] == Json(std::vector<std::string>{"Bag", "Sneaker", "Trouser"}), split["classes"].dump().c_str());

        // The same run, killed with SIGKILL once the second epoch is under way.
        const QString cut = path(QStringLiteral("run-cut"));
        QProcess p;
        p.setProcessEnvironment(environment());
        p.start(cli(), trainArgs(cut) << QStringLiteral("--json"));
        QVERIFY(p.waitForStarted());
        bool killed = false;
        QString seen;
        while (!killed && p.state() == QProcess::Running) {
            p.waitForReadyRead(200);
            seen += QString::fromUtf8(p.readAllStandardOutput());
            if (seen.contains(QStringLiteral("\"epoch\":2"))) { // a batch event of epoch 2
                p.kill();
                killed = true;
            }
        }
        p.waitForFinished();
        QVERIFY2(killed, "training ended before it could be killed");
        // Listed as interrupted (its run.json still says running, but no process trains it).
        const Result listed = run({QStringLiteral("runs"), cut});
        QCOMPARE(listed.exitCode, 0);
        QVERIFY2(listed.out.contains(QStringLiteral("interrupted")) && listed.out.contains(QStringLiteral("graft-cli resume ") + cut),
                 qPrintable(listed.out));
        const Result resumed = run({QStringLiteral("resume"), cut});
        QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.err + resumed.out));
        QVERIFY(resumed.out.contains(QStringLiteral("Resuming after epoch")));

        const Json a = Json::parse(test::readBytes(whole + QStringLiteral("/run.json")).toStdString());
        const Json b = Json::parse(test::readBytes(cut + QStringLiteral("/run.json")).toStdString());
        QCOMPARE(QString::fromStdString(b["status"].get<std::string>()), QStringLiteral("finished"));
        QCOMPARE(a["history"].size(), b["history"].size());
        for (std::size_t e = 0; e < a["history"].size(); ++e) {
            QCOMPARE(a["history"][e]["train_loss"].get<double>(), b["history"][e]["train_loss"].get<double>());
            QCOMPARE(a["history"][e]["validation"]["accuracy"].get<double>(), b["history"][e]["validation"]["accuracy"].get<double>());
        }
        // Both runs of the folder, finished.
        const Result all = run({QStringLiteral("runs"), m_dir.path(), QStringLiteral("--json")});
        QCOMPARE(all.exitCode, 0);
        QStringList states;
        for (const Json& j : jsonLines(all.out))
            if (j["event"] == "run")
                states << QString::fromStdString(j["state"].get<std::string>()) + QLatin1Char(' ')
                        + QFileInfo(QString::fromStdString(j["dir"].get<std::string>())).fileName();
        QCOMPARE(states, (QStringList{QStringLiteral("finished run-cut"), QStringLiteral("finished run-whole")}));
        // Resuming a finished run says how to go on.
        const Result again = run({QStringLiteral("resume"), cut});
        QCOMPARE(again.exitCode, 1);
        QVERIFY(again.err.contains(QStringLiteral("--epochs")));
    }

    void findALearningRate()
    {
        GRAFT_REQUIRE_SHARED();
        // The range test with the options of train: its curve and suggestion (--json), a table
        // (text); train --lr find trains with the rate it suggests.
        QStringList args = trainArgs(QString());
        args.removeLast();
        args.removeLast(); // no --out
        args[0] = QStringLiteral("find-lr");
        const Result found = run(args + QStringList{QStringLiteral("--steps"), QStringLiteral("30"), QStringLiteral("--json")});
        QCOMPARE(found.exitCode, 0);
        Json search;
        for (const Json& j : jsonLines(found.out))
            if (j["event"] == "learning_rate_search")
                search = j;
        QVERIFY2(!search.is_null(), qPrintable(found.out));
        const Json& points = search["points"];
        QVERIFY(points.size() >= 10 && points.size() <= 30);
        QCOMPARE(points[0]["learning_rate"].get<double>(), 1e-7);
        for (std::size_t i = 1; i < points.size(); ++i)
            QVERIFY(points[i]["learning_rate"].get<double>() > points[i - 1]["learning_rate"].get<double>());
        const double suggested = search["suggested"].get<double>();
        QVERIFY(suggested > 1e-7 && suggested < 10);
        const Result text = run(args + QStringList{QStringLiteral("--steps"), QStringLiteral("30")});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains(QStringLiteral("learning rate   loss (smoothed)")) && text.out.contains(QStringLiteral("\n  1e-07 "))
                     && text.out.contains(QStringLiteral("Suggested learning rate: %1").arg(QString::number(suggested, 'g', 2))),
                 qPrintable(text.out));
        QCOMPARE(run(args + QStringList{QStringLiteral("--min-lr"), QStringLiteral("1"), QStringLiteral("--max-lr"), QStringLiteral("0.1")}).exitCode, 2);

        QStringList train = trainArgs(path(QStringLiteral("run-lr-found")));
        train << QStringLiteral("--lr") << QStringLiteral("find") << QStringLiteral("--epochs") << QStringLiteral("1");
        const Result trained = run(train);
        QCOMPARE(trained.exitCode, 0);
        const QRegularExpressionMatch used = QRegularExpression(QStringLiteral("Training with the learning rate found: (\\S+)")).match(trained.out);
        QVERIFY2(used.hasMatch(), qPrintable(trained.out));
        const Json config = Json::parse(test::readBytes(path(QStringLiteral("run-lr-found/run.json"))).toStdString())["config"];
        QCOMPARE(QString::number(config["learning_rate"].get<double>(), 'g', 2), used.captured(1));
    }

    void evaluateExportPredictLabel()
    {
        GRAFT_REQUIRE_SHARED();
        const QString runDir = path(QStringLiteral("run-whole"));
        const Result eval = run({QStringLiteral("evaluate"), runDir});
        QCOMPARE(eval.exitCode, 0);
        QVERIFY(QFile::exists(runDir + QStringLiteral("/evaluation-validation.json"))); // kept for the window
        QVERIFY2(eval.out.contains(QStringLiteral("accuracy")) && eval.out.contains(QStringLiteral("Confusion matrix")), qPrintable(eval.out));
        // The matrix's columns are numbered, and so are its rows.
        QVERIFY2(eval.out.contains(QRegularExpression(QStringLiteral("\\n +1 +2 [ 0-9]*\\n ?1 \\S+ +\\d+ +\\d+"))), qPrintable(eval.out));
        const Result evalJson = run({QStringLiteral("evaluate"), runDir, m_data, QStringLiteral("--json")});
        QCOMPARE(evalJson.exitCode, 0);
        QCOMPARE(jsonLines(evalJson.out).back()["count"].get<int>(), 48);
        // The mistakes, the most confident first (the likeliest mislabelled images): as many as asked.
        std::vector<Json> evalLines; // the evaluation, then the mistakes (no progress)
        for (const Json& j : jsonLines(run({QStringLiteral("evaluate"), runDir, m_data, QStringLiteral("--json"),
                                            QStringLiteral("--mistakes"), QStringLiteral("0")}).out))
            if (j["event"] != "progress")
                evalLines.push_back(j);
        const Json evaluation = evalLines.front();
        QCOMPARE(QString::fromStdString(evaluation["event"].get<std::string>()), QStringLiteral("evaluation"));
        std::int64_t wrong = 0;
        for (std::size_t t = 0; t < evaluation["confusion"].size(); ++t)
            for (std::size_t q = 0; q < evaluation["confusion"][t].size(); ++q)
                wrong += t == q ? 0 : evaluation["confusion"][t][q].get<std::int64_t>();
        QCOMPARE(std::int64_t(evalLines.size()) - 1, wrong);
        // What label --threshold would do, at every whole percent: off labels all 48, as many right
        // as the matrix says; above a mistake's confidence it is no longer labelled.
        const Json& thresholds = evaluation["thresholds"];
        QCOMPARE(thresholds.size(), std::size_t(101));
        QCOMPARE(thresholds[0]["labelled"].get<int>(), 48);
        QCOMPARE(thresholds[0]["right"].get<std::int64_t>(), 48 - wrong);
        for (std::size_t t = 0; t < thresholds.size(); ++t) {
            std::int64_t wrongLabelled = 0;
            for (std::size_t i = 1; i < evalLines.size(); ++i)
                wrongLabelled += evalLines[i]["confidence"].get<double>() >= thresholds[t]["threshold"].get<double>();
            QCOMPARE(thresholds[t]["labelled"].get<std::int64_t>() - thresholds[t]["right"].get<std::int64_t>(), wrongLabelled);
        }
        QVERIFY2(eval.out.contains(QRegularExpression(QStringLiteral("label --threshold X.*\\n +threshold +labelled +right of those\\n +off +\\d+ \\(100\\.0%\\)"))),
                 qPrintable(eval.out));
        // The evaluation as a page to keep or send, its mistakes' pictures inline.
        const QString report = path(QStringLiteral("report.html"));
        const Result reported = run({QStringLiteral("evaluate"), runDir, QStringLiteral("--report"), report, QStringLiteral("--mistakes"), QStringLiteral("2")});
        QCOMPARE(reported.exitCode, 0);
        QVERIFY2(reported.out.endsWith(QStringLiteral("\nReport: ") + report + QLatin1Char('\n')), qPrintable(reported.out.right(300)));
        const QString html = QString::fromUtf8(test::readBytes(report));
        QVERIFY2(html.contains(QStringLiteral("<h1>Evaluation of run-whole</h1>")) && html.contains(QStringLiteral(" validation images of the run, ")),
                 qPrintable(html.left(1500)));
        // What the run's curves said at its end (its log's advice lines) is said in the report too.
        const QStringList logLines = QString::fromUtf8(test::readBytes(runDir + QStringLiteral("/log.txt"))).split(QLatin1Char('\n'));
        for (const QString& line : logLines)
            if (const qsizetype at = line.indexOf(QStringLiteral("  Advice: ")); at >= 0)
                QVERIFY2(html.contains(QStringLiteral("<p class=\"advice\">") + line.mid(at + 2) + QStringLiteral("</p>")), qPrintable(line));
        const qsizetype pictures = html.count(QStringLiteral("<img src=\"data:image/png;base64,"));
        if (html.contains(QStringLiteral("None: every image was recognised.")))
            QCOMPARE(pictures, 0);
        else // at most the 2 asked for, each with where the model looks in it
            QVERIFY2(pictures == 2 || pictures == 4, qPrintable(QString::number(pictures)));
        for (std::size_t i = 1; i < evalLines.size(); ++i) {
            QCOMPARE(QString::fromStdString(evalLines[i]["event"].get<std::string>()), QStringLiteral("mistake"));
            QVERIFY(evalLines[i]["label"] != evalLines[i]["predicted"]);
            QVERIFY(QFile::exists(QString::fromStdString(evalLines[i]["path"].get<std::string>())));
            if (i > 1)
                QVERIFY(evalLines[i]["confidence"].get<double>() <= evalLines[i - 1]["confidence"].get<double>());
        }
        const Result two = run({QStringLiteral("evaluate"), runDir, m_data, QStringLiteral("--mistakes"), QStringLiteral("2")});
        QCOMPARE(two.exitCode, 0);
        if (wrong >= 2) {
            QVERIFY2(two.out.contains(QStringLiteral("Mistakes, the most confident first (the likeliest to be mislabelled): ")
                                            + (wrong == 2 ? QStringLiteral("all 2") : QStringLiteral("2 of %1").arg(wrong))), qPrintable(two.out));
            const QString first = QString::fromStdString(evalLines[1]["path"].get<std::string>());
            QVERIFY2(two.out.contains(QStringLiteral("%1 → %2").arg(QString::fromStdString(evalLines[1]["label"].get<std::string>()),
                                                                      QString::fromStdString(evalLines[1]["predicted"].get<std::string>())))
                         && two.out.contains(first), qPrintable(two.out));
        }
        // --heatmaps: where the model looks in each mistake listed (the 10 most confident unless
        // --mistakes says), for its guess and for the true class.
        if (wrong >= 1) {
            const QString heat = path(QStringLiteral("mistakes-heat"));
            std::vector<Json> looked;
            for (const Json& j : jsonLines(run({QStringLiteral("evaluate"), runDir, m_data, QStringLiteral("--json"),
                                                QStringLiteral("--heatmaps"), heat}).out))
                if (j["event"] == "mistake")
                    looked.push_back(j);
            QCOMPARE(std::int64_t(looked.size()), std::min<std::int64_t>(wrong, 10));
            qInfo("heat maps of %d mistakes", int(looked.size()));
            for (const Json& j : looked) {
                const QString stem = stemOf(j, heat);
                QCOMPARE(QString::fromStdString(j["heatmap_guess"].get<std::string>()),
                         stem + QStringLiteral("-guess-") + QString::fromStdString(j["predicted"].get<std::string>()) + QStringLiteral(".png"));
                QCOMPARE(QString::fromStdString(j["heatmap_true"].get<std::string>()),
                         stem + QStringLiteral("-true-") + QString::fromStdString(j["label"].get<std::string>()) + QStringLiteral(".png"));
                QCOMPARE(readImage(j["heatmap_guess"].get<std::string>()).width, 256);
                QVERIFY(QFile::exists(QString::fromStdString(j["heatmap_true"].get<std::string>())));
            }
            const Result one = run({QStringLiteral("evaluate"), runDir, m_data, QStringLiteral("--mistakes"), QStringLiteral("1"),
                                    QStringLiteral("--heatmaps"), heat});
            QCOMPARE(one.exitCode, 0);
            QVERIFY2(one.out.contains(QStringLiteral("where it looks: ") + stemOf(looked.front(), heat) + QStringLiteral("-guess-")),
                     qPrintable(one.out));
            QCOMPARE(QDir(heat).entryList(QDir::Files).size(), 2 * int(looked.size()) + 2); // beside the others
        }
        QCOMPARE(run({QStringLiteral("evaluate"), runDir, QStringLiteral("--mistakes"), QStringLiteral("some")}).exitCode, 2);
        // On a folder whose classes the model does not know ("only"): an error, not empty metrics.
        QDir().mkpath(path(QStringLiteral("foreign/only")));
        QFile::copy(m_data + QStringLiteral("/Bag/") + QDir(m_data + QStringLiteral("/Bag")).entryList(QDir::Files).first(),
                    path(QStringLiteral("foreign/only/a.png")));
        const Result foreign = run({QStringLiteral("evaluate"), runDir, path(QStringLiteral("foreign"))});
        QCOMPARE(foreign.exitCode, 1);
        QVERIFY2(foreign.err.contains(QStringLiteral("no images in folders named like the model's classes")), qPrintable(foreign.err));

        const QString exported = path(QStringLiteral("model.pt"));
        const Result exp = run({QStringLiteral("export"), runDir, QStringLiteral("--format"), QStringLiteral("torchscript"),
                                QStringLiteral("--out"), exported});
        QCOMPARE(exp.exitCode, 0);
        QVERIFY(QFile::exists(exported) && QFile::exists(path(QStringLiteral("model.json"))));
        QVERIFY(QFile::exists(path(QStringLiteral("model_predict.py"))));
        QVERIFY2(exp.out.contains(QStringLiteral("python3 model_predict.py IMAGE|FOLDER")), qPrintable(exp.out));

        const QString image = m_data + QStringLiteral("/Trouser/") + QDir(m_data + QStringLiteral("/Trouser")).entryList(QDir::Files).first();
        const Result pred = run({QStringLiteral("predict"), exported, image, QStringLiteral("--top-k"), QStringLiteral("2")});
        QCOMPARE(pred.exitCode, 0);
        QVERIFY2(pred.out.contains(QStringLiteral("Trouser")), qPrintable(pred.out));
        // A folder stands for its images; one without images is named, with exit code 1.
        const Result predFolder = run({QStringLiteral("predict"), exported, path(QStringLiteral("foreign")), path(QStringLiteral("foreign/only")),
                                       QStringLiteral("--json")});
        QCOMPARE(predFolder.exitCode, 0);
        const auto predictions = jsonLines(predFolder.out);
        QCOMPARE(int(predictions.size()), 2); // foreign/only/a.png, through foreign/ and foreign/only/
        QCOMPARE(QString::fromStdString(predictions[0]["path"].get<std::string>()), path(QStringLiteral("foreign/only/a.png")));
        QDir().mkpath(path(QStringLiteral("no-images")));
        const Result predEmpty = run({QStringLiteral("predict"), exported, path(QStringLiteral("no-images")), image});
        QCOMPARE(predEmpty.exitCode, 1);
        QVERIFY2(predEmpty.err.contains(path(QStringLiteral("no-images")) + QStringLiteral(": no images in this folder or its sub-folders")),
                 qPrintable(predEmpty.err));
        QVERIFY2(predEmpty.out.contains(QStringLiteral("Trouser")), qPrintable(predEmpty.out)); // the image is still classified
        // Images are classified a batch at a time; the answers keep the order given, an unreadable
        // file's error in its place.
        const QString broken = path(QStringLiteral("broken.png"));
        test::writeBytes(broken, "not a picture");
        const Result predMixed = run({QStringLiteral("predict"), exported, image, broken, path(QStringLiteral("foreign/only/a.png")), QStringLiteral("--json")});
        QCOMPARE(predMixed.exitCode, 1);
        const auto mixed = jsonLines(predMixed.out);
        QCOMPARE(int(mixed.size()), 3);
        QCOMPARE(QString::fromStdString(mixed[0]["event"].get<std::string>() + " " + mixed[1]["event"].get<std::string>() + " "
                                        + mixed[2]["event"].get<std::string>()),
                 QStringLiteral("prediction error prediction"));
        QCOMPARE(QString::fromStdString(mixed[1]["path"].get<std::string>()), broken);
        QCOMPARE(QString::fromStdString(mixed[2]["path"].get<std::string>()), path(QStringLiteral("foreign/only/a.png")));

        // Where the model looks (--heatmap): a picture per image under a name of its own, large
        // enough to see; an exported file has no layers to look into, its run folder has.
        const QString heat = path(QStringLiteral("heat"));
        const Result noLayers = run({QStringLiteral("predict"), exported, image, QStringLiteral("--heatmap"), heat});
        QCOMPARE(noLayers.exitCode, 1);
        QVERIFY2(noLayers.err.contains(QStringLiteral("keeps no layers")) && noLayers.err.contains(QStringLiteral("give the run folder")),
                 qPrintable(noLayers.err));
        for (int i = 0; i < 2; ++i) { // the second time beside the first, not over it
            const Result looked = run({QStringLiteral("predict"), runDir, image, QStringLiteral("--heatmap"), heat, QStringLiteral("--json")});
            QCOMPARE(looked.exitCode, 0);
            const Json event = jsonLines(looked.out).back();
            const QString picture = QString::fromStdString(event["heatmap"].get<std::string>());
            QCOMPARE(picture, heat + QLatin1Char('/') + QFileInfo(image).completeBaseName()
                                  + (i == 0 ? QStringLiteral("-heatmap.png") : QStringLiteral("-heatmap (2).png")));
            QVERIFY2(QString::fromStdString(event["heatmap_layer"].get<std::string>()).startsWith(QStringLiteral("features.")),
                     event.dump().c_str());
            QVERIFY(event["heatmap_evidence"].is_boolean()); // false: no place speaks for the class
            const Image made = readImage(picture.toStdString()); // the 28 px picture enlarged to be seen
            QCOMPARE(made.width, 256);
            QCOMPARE(made.height, 256);
        }
        // Another class than the best guess: where the model sees a sneaker in trousers.
        const Result coat = run({QStringLiteral("predict"), runDir, image, QStringLiteral("--heatmap"), heat,
                                 QStringLiteral("--heatmap-class"), QStringLiteral("Sneaker"), QStringLiteral("--json")});
        QVERIFY2(coat.exitCode == 0, qPrintable(coat.err));
        QCOMPARE(QString::fromStdString(jsonLines(coat.out).back()["heatmap_class"].get<std::string>()), QStringLiteral("Sneaker"));
        const Result typo = run({QStringLiteral("predict"), runDir, image, QStringLiteral("--heatmap"), heat,
                                 QStringLiteral("--heatmap-class"), QStringLiteral("Sneakr")});
        QCOMPARE(typo.exitCode, 2);
        QVERIFY2(typo.err.contains(QStringLiteral("no class 'Sneakr'; did you mean 'Sneaker'?")), qPrintable(typo.err));
        QCOMPARE(run({QStringLiteral("predict"), runDir, image, QStringLiteral("--heatmap-class"), QStringLiteral("Sneaker")}).exitCode, 2);
        const Result said = run({QStringLiteral("predict"), runDir, image, QStringLiteral("--heatmap"), heat});
        QVERIFY2(said.out.contains(QStringLiteral("  where it looks for ")) && said.out.contains(QStringLiteral("-heatmap (4).png")),
                 qPrintable(said.out));

        // Labelling with a broken file: listed, not fatal, exit code 1; then undone.
        const QString folder = path(QStringLiteral("to-label"));
        QDir().mkpath(folder);
        for (const QString& f : QDir(m_data + QStringLiteral("/Sneaker")).entryList(QDir::Files).mid(0, 5))
            QFile::copy(m_data + QStringLiteral("/Sneaker/") + f, folder + QLatin1Char('/') + f);
        test::writeBytes(folder + QStringLiteral("/broken.jpg"), "nope");
        const Result label = run({QStringLiteral("label"), exported, folder, QStringLiteral("--out"), path(QStringLiteral("labelled")), QStringLiteral("--move")});
        QCOMPARE(label.exitCode, 1);
        QVERIFY(label.err.contains(QStringLiteral("broken.jpg")));
        QVERIFY(QFile::exists(path(QStringLiteral("labelled/labels.csv"))));
        QCOMPARE(QDir(folder).entryList(QDir::Files).size(), 1);
        const Result undo = run({QStringLiteral("label"), QStringLiteral("--undo"), path(QStringLiteral("labelled/journal.jsonl"))});
        QCOMPARE(undo.exitCode, 0);
        QCOMPARE(QDir(folder).entryList(QDir::Files).size(), 6);
        // A run's model with a threshold: what it does to the run's evaluated images comes first
        // (an exported file has no evaluation to go by, and says nothing).
        QVERIFY(!label.out.contains(QStringLiteral("On the run's")));
        const Result estimated = run({QStringLiteral("label"), runDir, folder, QStringLiteral("--out"), path(QStringLiteral("labelled-csv")),
                                      QStringLiteral("--threshold"), QStringLiteral("0.5"), QStringLiteral("--json")});
        Json estimate;
        for (const Json& j : jsonLines(estimated.out))
            if (j["event"] == "threshold_estimate")
                estimate = j;
        QVERIFY2(!estimate.is_null(), qPrintable(estimated.out));
        std::string split;
        const std::optional<KeptEvaluation> kept = keptEvaluationOfModel(runDir.toStdString(), &split);
        QVERIFY(kept);
        const ThresholdOutcome o = thresholdOutcome(kept->result.predictions, 0.5);
        QCOMPARE(QString::fromStdString(estimate["split"].get<std::string>()), QString::fromStdString(split));
        QCOMPARE(estimate["labelled"].get<std::int64_t>(), o.labelled);
        QCOMPARE(estimate["right"].get<std::int64_t>(), o.right);
        QCOMPARE(estimate["images"].get<std::int64_t>(), o.images);
    }

    void resumeFollowsTheProjectsMoves()
    {
        // An image of the run moved to other classes in the window (recorded in the project):
        // resume --project follows it, as the window's Continue does; without it, the missing
        // file is named with what to do.
        GRAFT_REQUIRE_SHARED();
        const QString data = path(QStringLiteral("moves-data"));
        std::filesystem::copy(m_data.toStdString(), data.toStdString(), std::filesystem::copy_options::recursive);
        const QString runDir = path(QStringLiteral("moves-run"));
        const Result trained = run({QStringLiteral("train"), data, QStringLiteral("--weights"), m_weights, QStringLiteral("--input-size"),
                                    QStringLiteral("64"), QStringLiteral("--epochs"), QStringLiteral("1"), QStringLiteral("--threads"),
                                    QStringLiteral("2"), QStringLiteral("--out"), runDir});
        QCOMPARE(trained.exitCode, 0);
        DatasetSplit split = DatasetSplit::load((runDir + QStringLiteral("/split.json")).toStdString());
        const Sample sample = split.validation.front();
        const QString from = QString::fromStdString(sample.path);
        const int newLabel = (sample.label + 1) % int(split.classes.size());
        const QString newClass = QString::fromStdString(split.classes[std::size_t(newLabel)]);
        const QString to = data + QLatin1Char('/') + newClass + QStringLiteral("/moved-") + QFileInfo(from).fileName();
        // Moved twice: first to a third class, then on to its right one.
        const QString midClass = QString::fromStdString(split.classes[std::size_t((sample.label + 2) % int(split.classes.size()))]);
        const QString mid = data + QLatin1Char('/') + midClass + QStringLiteral("/first-") + QFileInfo(from).fileName();
        QVERIFY(QFile::rename(from, mid));
        QVERIFY(QFile::rename(mid, to));
        // Without the project the image is gone as far as the run knows: it trains without it and says so.
        const Result lost = run({QStringLiteral("resume"), runDir, QStringLiteral("--epochs"), QStringLiteral("2")});
        QVERIFY2(lost.exitCode == 0, qPrintable(lost.err));
        QVERIFY2(lost.out.contains(QStringLiteral("1 image of the run is no longer there (deleted, or moved out of the dataset): "
                                                  "%1; trained without it").arg(from)),
                 qPrintable(lost.out));

        app::Project project;
        project.datasetRoots = {data};
        project.relabels.append({from, mid, QString::fromStdString(split.classes[std::size_t(sample.label)]), midClass,
                                 QStringLiteral("2026-11-27T05:00:00Z")});
        project.relabels.append({mid, to, midClass, newClass, QStringLiteral("2026-11-27T05:01:00Z")});
        project.save(path(QStringLiteral("moves.graft")));
        const Result followed = run({QStringLiteral("resume"), runDir, QStringLiteral("--epochs"), QStringLiteral("3"),
                                     QStringLiteral("--project"), path(QStringLiteral("moves.graft"))});
        QVERIFY2(followed.exitCode == 0, qPrintable(followed.err));
        QVERIFY2(followed.out.contains(QStringLiteral("1 image moved to another class since the run began")), qPrintable(followed.out));
        split = DatasetSplit::load((runDir + QStringLiteral("/split.json")).toStdString());
        QCOMPARE(QString::fromStdString(split.validation.front().path), to);
        QCOMPARE(split.validation.front().label, newLabel);
    }

    void runsFollowAMovedDataset()
    {
        // The dataset folder renamed after training, and an image moved to another class in the
        // window before that: resume and evaluate say what is missing and how to go on; with
        // --moved-dataset (or the project's dataset folders) they find the images where they are now.
        const QString data = path(QStringLiteral("moving/data"));
        std::filesystem::create_directories(path(QStringLiteral("moving")).toStdString());
        std::filesystem::copy(m_data.toStdString(), data.toStdString(), std::filesystem::copy_options::recursive);
        const QString runDir = path(QStringLiteral("moving/run"));
        const Result trained = run({QStringLiteral("train"), data, QStringLiteral("--model"), QStringLiteral("mobilenet_v3_small"),
                                    QStringLiteral("--weights"), QStringLiteral("none"), QStringLiteral("--input-size"),
                                    QStringLiteral("32"), QStringLiteral("--epochs"), QStringLiteral("1"), QStringLiteral("--threads"),
                                    QStringLiteral("2"), QStringLiteral("--out"), runDir});
        QVERIFY2(trained.exitCode == 0, qPrintable(trained.err));
        DatasetSplit split = DatasetSplit::load((runDir + QStringLiteral("/split.json")).toStdString());
        const Sample sample = split.validation.front();
        const QString from = QString::fromStdString(sample.path);
        const int newLabel = (sample.label + 1) % int(split.classes.size());
        const QString newClass = QString::fromStdString(split.classes[std::size_t(newLabel)]);
        const QString to = data + QLatin1Char('/') + newClass + QLatin1Char('/') + QFileInfo(from).fileName() + QStringLiteral("-moved.png");
        QVERIFY(QFile::rename(from, to));
        app::Project project;
        project.relabels.append({from, to, QString::fromStdString(split.classes[std::size_t(sample.label)]), newClass,
                                 QStringLiteral("2026-11-27T10:00:00Z")});
        project.save(path(QStringLiteral("moving/moves.graft")));
        const QString renamed = path(QStringLiteral("moving/data-renamed"));
        QVERIFY(QDir().rename(data, renamed));

        const Result lost = run({QStringLiteral("resume"), runDir, QStringLiteral("--epochs"), QStringLiteral("2")});
        QCOMPARE(lost.exitCode, 1);
        QVERIFY2(lost.err.contains(QStringLiteral("images of the run are not where the run found them, such as ") + data),
                 qPrintable(lost.err));
        QVERIFY2(lost.err.contains(QStringLiteral("--moved-dataset DIR")), qPrintable(lost.err));
        const Result unread = run({QStringLiteral("evaluate"), runDir});
        QCOMPARE(unread.exitCode, 1);
        QVERIFY2(unread.err.contains(QStringLiteral("give its new place with --moved-dataset DIR")), qPrintable(unread.err));
        const Result noFolder = run({QStringLiteral("evaluate"), runDir, QStringLiteral("--moved-dataset"), path(QStringLiteral("nowhere"))});
        QCOMPARE(noFolder.exitCode, 2);

        const Result evaluated = run({QStringLiteral("evaluate"), runDir, QStringLiteral("--moved-dataset"), renamed,
                                      QStringLiteral("--project"), path(QStringLiteral("moving/moves.graft")), QStringLiteral("--json")});
        QVERIFY2(evaluated.exitCode == 0, qPrintable(evaluated.err + evaluated.out));
        QVERIFY2(evaluated.out.contains(QStringLiteral("of the run found in %1, where their dataset is now (it was in %2)")
                                            .arg(renamed, data)),
                 qPrintable(evaluated.out));
        const Json result = jsonLines(evaluated.out).back();
        QCOMPARE(result["event"].get<std::string>(), std::string("evaluation"));
        QCOMPARE(result["count"].get<int>(), int(split.validation.size()));
        QVERIFY(result["failures"].empty());

        // One training image deleted since (a bad one cleaned away): trained without it, kept in the split.
        const QString deleted = renamed + QString::fromStdString(split.train.back().path).mid(data.size());
        QVERIFY(QFile::remove(deleted));
        const Result resumed = run({QStringLiteral("resume"), runDir, QStringLiteral("--epochs"), QStringLiteral("2"),
                                    QStringLiteral("--moved-dataset"), renamed, QStringLiteral("--project"),
                                    path(QStringLiteral("moving/moves.graft"))});
        QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.err + resumed.out));
        QVERIFY2(resumed.out.contains(QStringLiteral("1 image moved to another class since the run began")), qPrintable(resumed.out));
        QVERIFY2(resumed.out.contains(QStringLiteral("1 image of the run is no longer there (deleted, or moved out of the "
                                                     "dataset): %1;").arg(deleted)),
                 qPrintable(resumed.out));
        split = DatasetSplit::load((runDir + QStringLiteral("/split.json")).toStdString());
        QCOMPARE(QString::fromStdString(split.validation.front().path), renamed + to.mid(data.size()));
        QCOMPARE(split.validation.front().label, newLabel);
        for (const auto* part : {&split.train, &split.validation})
            for (const Sample& s : *part)
                QVERIFY2(QString::fromStdString(s.path).startsWith(renamed + QLatin1Char('/')), s.path.c_str());
        QCOMPARE(QString::fromStdString(split.train.back().path), deleted);

        // The whole folder (dataset and run) taken elsewhere: found beside the run, no option needed.
        const QString elsewhere = path(QStringLiteral("elsewhere"));
        QVERIFY(QDir().rename(path(QStringLiteral("moving")), elsewhere));
        const Result away = run({QStringLiteral("evaluate"), elsewhere + QStringLiteral("/run")});
        QVERIFY2(away.exitCode == 0, qPrintable(away.err));
        QVERIFY2(away.out.contains(QStringLiteral("found in %1/data-renamed").arg(elsewhere)), qPrintable(away.out));

        // A whole class gone is not a few images cleaned away: refused, naming the class.
        const QString classGone = elsewhere + QStringLiteral("/data-renamed/") + QString::fromStdString(split.classes.front());
        QVERIFY(QDir(classGone).removeRecursively());
        const Result noClass = run({QStringLiteral("resume"), elsewhere + QStringLiteral("/run"), QStringLiteral("--epochs"), QStringLiteral("3")});
        QCOMPARE(noClass.exitCode, 1);
        QVERIFY2(noClass.err.contains(QStringLiteral("every training image of the class %1").arg(QString::fromStdString(split.classes.front()))),
                 qPrintable(noClass.err));
    }

    void predictWithImageNetWeights()
    {
        GRAFT_REQUIRE_SHARED();
        const Result r = run({QStringLiteral("predict"), QStringLiteral("--imagenet"), QStringLiteral("mobilenet_v2"),
                              QStringLiteral("--weights"), m_weights, shared(QStringLiteral("images/imagenet-samples/parrot.jpg")),
                              QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const Json pred = jsonLines(r.out).back();
        QCOMPARE(QString::fromStdString(pred["top"][0]["label"].get<std::string>()), QStringLiteral("macaw"));
    }

    void weightsOfflineAndImport()
    {
        GRAFT_REQUIRE_SHARED();
        const Result offline = run({QStringLiteral("weights"), QStringLiteral("download"), QStringLiteral("resnet18")});
        QCOMPARE(offline.exitCode, 1);
        QVERIFY2(offline.err.contains(QStringLiteral("import the weights file instead")) && offline.err.contains(QStringLiteral("resnet18-f37072fd.pth")),
                 qPrintable(offline.err));
        const Result autoOffline = run({QStringLiteral("train"), m_data, QStringLiteral("--model"), QStringLiteral("resnet34"),
                                        QStringLiteral("--out"), path(QStringLiteral("never"))});
        QCOMPARE(autoOffline.exitCode, 1);
        QVERIFY(autoOffline.err.contains(QStringLiteral("Offline?")));
        const Result imp = run({QStringLiteral("weights"), QStringLiteral("import"), QStringLiteral("mobilenet_v2"), m_weights});
        QCOMPARE(imp.exitCode, 0);
        const Result wrong = run({QStringLiteral("weights"), QStringLiteral("import"), QStringLiteral("resnet18"), m_weights});
        QCOMPARE(wrong.exitCode, 1);
        QVERIFY(wrong.err.contains(QStringLiteral("do not fit ResNet-18")));
        bool found = false;
        for (const Json& w : jsonLines(run({QStringLiteral("weights"), QStringLiteral("list"), QStringLiteral("--json")}).out))
            if (w["name"] == "mobilenet_v2")
                found = w["available"].get<bool>() && w["source"] == "imported file";
        QVERIFY(found);
        QCOMPARE(run({QStringLiteral("weights"), QStringLiteral("verify"), QStringLiteral("mobilenet_v2")}).exitCode, 0);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
