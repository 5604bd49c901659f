// Scanning, checking and splitting datasets (engine/data + engine/imageio).
#include "TestEnv.h"
#include "core/Error.h"
#include "core/Text.h"
#include "data/Split.h"
#include "imageio/DatasetChecker.h"
#include "imageio/ImageDecoder.h"

#include <QDir>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>

using namespace graft;

namespace {
Image pattern(int w, int h, int seed)
{
    Image img(w, h);
    for (std::size_t i = 0; i < img.rgb.size(); ++i)
        img.rgb[i] = std::uint8_t((i * 31 + std::size_t(seed) * 97) % 251);
    return img;
}

void makeImage(const QString& path, int seed, int w = 24, int h = 20)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    writeImage(pattern(w, h, seed), path.toStdString());
}

const FileProblem* problemFor(const DatasetReport& r, const QString& fileName)
{
    for (const auto& p : r.problems)
        if (QString::fromStdString(p.path).endsWith(fileName))
            return &p;
    return nullptr;
}
} // namespace

class TestDataset final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_root;

private Q_SLOTS:
    void initTestCase()
    {
        m_root = m_dir.filePath(QStringLiteral("pets"));
        for (int i = 0; i < 10; ++i)
            makeImage(QStringLiteral("%1/cats/cat_%2.png").arg(m_root).arg(i), i);
        makeImage(m_root + QStringLiteral("/cats/more/deep/cat_nested.PNG"), 100);   // recursive, any case
        for (int i = 0; i < 6; ++i)
            makeImage(QStringLiteral("%1/dogs/dog_%2.JPG").arg(m_root).arg(i), 200 + i);
        makeImage(m_root + QStringLiteral("/dogs/.hidden.png"), 300);                 // hidden: ignored
        makeImage(m_root + QStringLiteral("/__MACOSX/dogs/._dog_0.JPG"), 301);         // a Mac zip's: ignored
        makeImage(m_root + QStringLiteral("/birds/bird_0.bmp"), 400);
        makeImage(m_root + QStringLiteral("/birds/bird_1.tif"), 401);
        makeImage(m_root + QStringLiteral("/birds/bird_2.webp"), 402);
        QDir().mkpath(m_root + QStringLiteral("/empty_class"));
        makeImage(m_root + QStringLiteral("/loose.jpg"), 500);                        // no class
        test::writeBytes(m_root + QStringLiteral("/cats/notes.txt"), "labels done by Ann");
        // Bad files, each for a different reason.
        test::writeBytes(m_root + QStringLiteral("/dogs/zero.jpg"), QByteArray());
        test::writeBytes(m_root + QStringLiteral("/dogs/page.jpg"), "<html><head></head><body>404</body></html>");
        const QByteArray png = test::readBytes(m_root + QStringLiteral("/cats/cat_0.png"));
        test::writeBytes(m_root + QStringLiteral("/birds/cut.png"), png.left(png.size() / 2));
        // The same picture under two labels.
        QFile::copy(m_root + QStringLiteral("/cats/cat_3.png"), m_root + QStringLiteral("/dogs/not_a_dog.png"));
    }

    void scanFindsClassesAndImages()
    {
        const DatasetIndex index = scanDataset({m_root.toStdString()});
        QCOMPARE(index.classes, (std::vector<std::string>{"birds", "cats", "dogs", "empty_class"}));
        const auto counts = index.countsPerClass();
        QCOMPARE(counts[0], 4); // 3 good + cut.png
        QCOMPARE(counts[1], 11);
        QCOMPARE(counts[2], 9); // 6 + zero + page + not_a_dog (hidden skipped)
        QCOMPARE(counts[3], 0);
        bool loose = false, notes = false;
        for (const auto& s : index.skipped) {
            loose = loose || QString::fromStdString(s.path).endsWith(QStringLiteral("loose.jpg"));
            notes = notes || QString::fromStdString(s.path).endsWith(QStringLiteral("notes.txt"));
        }
        QVERIFY(loose);
        QVERIFY(notes);
    }

    void checkReportsEveryProblem()
    {
        std::vector<Progress> progress;
        const DatasetReport r = checkDataset({{m_root.toStdString()}}, [&](const Progress& p) { progress.push_back(p); });
        QVERIFY(!progress.empty());
        QCOMPARE(progress.back().done, progress.back().total);

        const FileProblem* zero = problemFor(r, QStringLiteral("zero.jpg"));
        QVERIFY(zero);
        QCOMPARE(zero->kind, FileProblemKind::Empty);
        const FileProblem* page = problemFor(r, QStringLiteral("page.jpg"));
        QVERIFY(page);
        QCOMPARE(page->kind, FileProblemKind::NotAnImage);
        QVERIFY(QString::fromStdString(page->reason).contains(QStringLiteral("HTML")));
        const FileProblem* cut = problemFor(r, QStringLiteral("cut.png"));
        QVERIFY(cut);
        QCOMPARE(cut->kind, FileProblemKind::Corrupt);
        const FileProblem* loose = problemFor(r, QStringLiteral("loose.jpg"));
        QVERIFY(loose);
        QCOMPARE(loose->kind, FileProblemKind::NoClass);
        // Listed once: a bad file to fix, not also among the files ignored as not part of the dataset.
        for (const auto& s : r.index.skipped)
            QVERIFY2(!QString::fromStdString(s.path).endsWith(QStringLiteral("loose.jpg")), s.path.c_str());

        QCOMPARE(int(r.usable.size()), 3 + 11 + 7);
        QCOMPARE(r.classes[1].images, 11);
        QCOMPARE(r.classes[2].problems, 2);

        bool crossDuplicate = false;
        for (const auto& d : r.duplicates)
            crossDuplicate = crossDuplicate || d.acrossClasses;
        QVERIFY(crossDuplicate);
        const QString warnings = QString::fromStdString(join(r.warnings, "\n"));
        QVERIFY2(warnings.contains(QStringLiteral("empty_class")) && warnings.contains(QStringLiteral("left out of training")), qPrintable(warnings));
        const std::vector<std::string> trained = r.trainingClasses();
        QVERIFY(std::find(trained.begin(), trained.end(), "empty_class") == trained.end());
        QCOMPARE(trained.size() + 1, r.index.classes.size());
        const std::vector<std::string> leftOut = r.trainingClasses({trained.front()}); // as the window's "Leave out of training"
        QCOMPARE(leftOut, std::vector<std::string>(trained.begin() + 1, trained.end()));
        QVERIFY2(warnings.contains(QStringLiteral("more than one class")), qPrintable(warnings));
        QVERIFY2(warnings.contains(QStringLiteral("imbalanced")), qPrintable(warnings)); // 11 vs 3
        QVERIFY2(warnings.contains(QStringLiteral("1 image appears in more than one class")), qPrintable(warnings));
        QVERIFY(r.canTrain());

        // The text report names the bad files and why.
        const QString text = QString::fromStdString(r.toText());
        QVERIFY(text.contains(QStringLiteral("zero.jpg")));
        const QString zeroPath = QString::fromStdString(zero->path);
        QCOMPARE(text.count(zeroPath), 1); // once per bad file, not "path: path: reason"
        QVERIFY(text.contains(QStringLiteral("Ready to train")));
        // The empty class is counted apart and marked in the table.
        QVERIFY2(text.contains(QStringLiteral(" (and 1 empty), ")), qPrintable(text));
        QVERIFY2(text.contains(QRegularExpression(QStringLiteral("empty_class +0  \\(empty: left out of training\\)\\n"))), qPrintable(text));
        // And the files are untouched.
        QCOMPARE(test::readBytes(m_root + QStringLiteral("/birds/cut.png")).size(),
                 test::readBytes(m_root + QStringLiteral("/cats/cat_0.png")).size() / 2);
    }

    void textReportAlignsClassNames()
    {
        // Counts stay in one column whatever the letters of the class names (é, Chinese), and the
        // summary counts in plural forms ("1 bad file").
        QTemporaryDir dir;
        int seed = 100;
        for (const QString& cls : {QStringLiteral("cats"), QStringLiteral("\u00e9moji"), QStringLiteral("\u732b\u54aa")})
            for (int i = 0; i < 2; ++i)
                makeImage(dir.filePath(QStringLiteral("%1/%2.png").arg(cls).arg(i)), ++seed);
        test::writeBytes(dir.filePath(QStringLiteral("cats/broken.png")), "not a png");
        const QString text = QString::fromStdString(checkDataset({{dir.path().toStdString()}}).toText());
        QVERIFY2(text.contains(QStringLiteral("3 classes, 6 usable images, 1 bad file\n")), qPrintable(text));
        QSet<int> countColumns;
        for (const QString& line : text.split(QLatin1Char('\n'))) {
            const int at = line.indexOf(QStringLiteral("2  #"));
            if (at >= 0) // columns: a Chinese character takes two
                countColumns << at + int(std::count_if(line.begin(), line.begin() + at, [](QChar c) { return c.unicode() >= 0x4e00 && c.unicode() <= 0x9fff; }));
        }
        QCOMPARE(countColumns.size(), 1);
    }

    void imagesInFormatsWeDoNotReadAreNamed()
    {
        // A phone's HEIC photos or a GIF are left out with the fix; other files are only ignored.
        QTemporaryDir dir;
        for (const QString& cls : {QStringLiteral("cats"), QStringLiteral("dogs")})
            for (int i = 0; i < 2; ++i)
                makeImage(dir.filePath(QStringLiteral("%1/%2.png").arg(cls).arg(i)), i + 7);
        test::writeBytes(dir.filePath(QStringLiteral("cats/IMG_0001.HEIC")), "....ftypheic");
        test::writeBytes(dir.filePath(QStringLiteral("dogs/run.gif")), "GIF89a");
        test::writeBytes(dir.filePath(QStringLiteral("dogs/notes.txt")), "hello");
        const DatasetReport r = checkDataset({{dir.path().toStdString()}});
        QCOMPARE(int(r.usable.size()), 4);
        QCOMPARE(int(r.index.skipped.size()), 3);
        std::map<std::string, std::string> formatOf;
        for (const auto& f : r.index.skipped)
            formatOf[std::filesystem::path(f.path).filename().string()] = f.format;
        QCOMPARE(formatOf.at("IMG_0001.HEIC"), std::string("HEIC"));
        QCOMPARE(formatOf.at("run.gif"), std::string("GIF"));
        QCOMPARE(formatOf.at("notes.txt"), std::string());
        QCOMPARE(r.toJson()["ignored"].size(), std::size_t(3)); // graft-cli inspect --json lists them too
        const QString warnings = QString::fromStdString(join(r.warnings, "\n"));
        QVERIFY2(warnings.contains(QStringLiteral("2 images are in a format Graft does not read (GIF, HEIC) and left out; "
                                                  "convert them to JPEG or PNG")),
                 qPrintable(warnings));
        QVERIFY(r.canTrain());
    }

    void classFoldersGivenAsRoots()
    {
        // cats/ and dogs/ given themselves (dropped together): each folder of images is a class,
        // named after it; a second cats/ elsewhere adds to the same class; a root with class
        // sub-folders beside them works as before.
        QTemporaryDir dir;
        int seed = 300;
        for (const QString& f : {QStringLiteral("a/cats"), QStringLiteral("a/dogs"), QStringLiteral("b/cats"),
                                 QStringLiteral("c/birds"), QStringLiteral("c/fish")})
            for (int i = 0; i < 2; ++i)
                makeImage(dir.filePath(QStringLiteral("%1/%2.png").arg(f).arg(i)), ++seed);
        const auto root = [&](const char* f) { return fs::path(dir.filePath(QString::fromLatin1(f)).toStdString()); };
        DatasetIndex index = scanDataset({root("a/cats"), root("a/dogs") / ""});
        QCOMPARE(index.classes, (std::vector<std::string>{"cats", "dogs"}));
        QCOMPARE(int(index.samples.size()), 4);
        QVERIFY(index.skipped.empty());
        QCOMPARE(index.classFolder("dogs"), root("a/dogs").string()); // "dogs/" is the folder dogs
        QCOMPARE(index.classOfRoot(root("a/cats").string()), std::string("cats"));
        QCOMPARE(index.classFolder("birds"), std::string()); // no root holds class sub-folders
        QVERIFY(checkIndex(index, {}).canTrain());
        QCOMPARE(checkIndex(index, {}).toJson()["classes"][1]["folder"].get<std::string>(), root("a/dogs").string());

        index = scanDataset({root("c"), root("a/cats"), root("b/cats")});
        QCOMPARE(index.classes, (std::vector<std::string>{"birds", "cats", "fish"}));
        QCOMPARE(index.countsPerClass(), (std::vector<int>{2, 4, 2}));
        QCOMPARE(index.classFolder("fish"), (root("c") / "fish").string());
        QCOMPARE(index.classFolder("cats"), root("a/cats").string());
        QCOMPARE(classFolderAmong({root("c").string(), root("a/cats").string()}, "cats"), root("a/cats").string());
        QCOMPARE(classFolderAmong({root("c").string(), root("a/cats").string()}, "owls"), (root("c") / "owls").string());
        QVERIFY(isClassFolder(root("a/dogs")) && !isClassFolder(root("c")));

        // A validation folder given the same way: a class folder of another name is left out.
        index = scanDataset({root("a/dogs"), root("c/fish")}, {}, nullptr, {"cats", "dogs"});
        QCOMPARE(index.countsPerClass(), (std::vector<int>{0, 2}));
        QCOMPARE(int(index.skipped.size()), 1);
        QVERIFY(index.skipped.front().reason.find("not one of the training classes") != std::string::npos);

        // A class folder of phone photos only (HEIC): still a class, its files named with the fix.
        test::writeBytes(dir.filePath(QStringLiteral("phone/IMG_0001.heic")), "....ftypheic");
        const DatasetReport phone = checkDataset({{root("a/cats").string(), root("a/dogs").string(), root("phone").string()}});
        QCOMPARE(phone.index.classes, (std::vector<std::string>{"cats", "dogs", "phone"}));
        QVERIFY2(join(phone.warnings, "; ").find("1 image is in a format Graft does not read (HEIC)") != std::string::npos,
                 join(phone.warnings, "; ").c_str());

        // One class folder alone cannot train, and the error says what to add.
        const DatasetReport one = checkDataset({{root("a/cats").string()}});
        QVERIFY(!one.canTrain());
        QVERIFY2(join(one.errors, "; ").find("add a folder of images for each other class too") != std::string::npos,
                 join(one.errors, "; ").c_str());
    }

    void graftsOwnFoldersAreNotClasses()
    {
        // A project saved in the dataset folder keeps its runs beside it; a labelling may write
        // there too. Those folders are Graft's output, not classes (they showed as an empty class
        // "proj-runs" with a warning to add images, and every run file as an ignored file).
        QTemporaryDir dir;
        const auto f = [&](const char* name) { return dir.filePath(QString::fromLatin1(name)); };
        makeImage(f("cats/a.png"), 1);
        makeImage(f("dogs/b.png"), 2);
        test::writeBytes(f("proj.graft"), "{}");
        test::writeBytes(f("proj-runs/20261127-120000-resnet18/run.json"), "{}");
        test::writeBytes(f("proj-runs/20261127-120000-resnet18/split.json"), "{}");
        test::writeBytes(f("labelled/labels.csv"), "path,label\n");
        test::writeBytes(f("labelled/journal.jsonl"), "");
        makeImage(f("labelled/cats/c.png"), 3);
        test::writeBytes(f("experiments/run1/run.json"), "{}");
        test::writeBytes(f("experiments/run1/model-best.pt"), "x");
        test::writeBytes(f("old-runs/notes.txt"), "no project of that name: an ordinary (empty) class");
        const DatasetIndex index = scanDataset({fs::path(dir.path().toStdString())});
        QCOMPARE(index.classes, (std::vector<std::string>{"cats", "dogs", "old-runs"}));
        QCOMPARE(int(index.samples.size()), 2);
        std::map<std::string, std::string> why;
        for (const auto& s : index.skipped)
            why[fs::path(s.path).filename().string()] = s.reason;
        QCOMPARE(why["proj.graft"], std::string("a Graft project; ignored"));
        QCOMPARE(why["proj-runs"], std::string("the training runs of proj.graft (Graft's own files), not a class; ignored"));
        QCOMPARE(why["labelled"], std::string("the output of a Graft labelling (labels.csv), not a class; ignored"));
        QCOMPARE(why["experiments"], std::string("holds Graft run folders, not a class; ignored"));
        QVERIFY(!why.count("run.json"));
    }

    void foldersGivenToClassifyStandForTheirImages()
    {
        // Images dropped on "Try it" or given to `graft-cli predict`: a folder is its images, those
        // of its sub-folders too, in path order; hidden files and folders and other files are not.
        QTemporaryDir dir;
        const auto path = [&](const char* f) { return dir.filePath(QString::fromLatin1(f)).toStdString(); };
        makeImage(dir.filePath(QStringLiteral("new/b.png")), 1);
        makeImage(dir.filePath(QStringLiteral("new/a.JPG")), 2);
        makeImage(dir.filePath(QStringLiteral("new/more/c.png")), 3);
        makeImage(dir.filePath(QStringLiteral("new/.thumbs/d.png")), 4);
        makeImage(dir.filePath(QStringLiteral("new/.e.png")), 5);
        test::writeBytes(dir.filePath(QStringLiteral("new/notes.txt")), "not an image");
        test::writeBytes(dir.filePath(QStringLiteral("nothing/notes.txt")), "not an image");
        makeImage(dir.filePath(QStringLiteral("single.png")), 6);
        std::vector<std::string> empty;
        const std::vector<std::string> images =
            expandImagePaths({path("single.png"), path("new"), path("nothing"), path("missing.png")}, &empty);
        // A file stays as given, even one that is not there: reading it says why.
        QCOMPARE(images, (std::vector<std::string>{path("single.png"), path("new/a.JPG"), path("new/b.png"), path("new/more/c.png"),
                                                   path("missing.png")}));
        QCOMPARE(empty, (std::vector<std::string>{path("nothing")}));
        CancelFlag cancel{true};
        QVERIFY_THROWS_EXCEPTION(CancelledError, expandImagePaths({path("new")}, nullptr, &cancel));
    }

    void presplitFolderIsRecognised()
    {
        // ROOT/train/<class>/ and ROOT/Val/<class>/ (any case), as datasets are often published.
        QTemporaryDir dir;
        int seed = 0;
        for (const QString& part : {QStringLiteral("train"), QStringLiteral("Val"), QStringLiteral("test")})
            for (const QString& cls : {QStringLiteral("cat"), QStringLiteral("dog")})
                for (int i = 0; i < 3; ++i)
                    makeImage(dir.filePath(QStringLiteral("%1/%2/%3.png").arg(part, cls).arg(i)), ++seed);
        const std::string root = dir.path().toStdString();
        const DatasetReport r = checkDataset({{root}});
        QVERIFY(r.presplit);
        QCOMPARE(r.presplit->train, root + "/train");
        QCOMPARE(r.presplit->validation, root + "/Val");
        QCOMPARE(r.presplit->test, root + "/test");
        QVERIFY(!r.canTrain()); // it would learn "train" against "Val"
        const QString error = QString::fromStdString(r.errors.front());
        QVERIFY2(error.contains(QString::fromStdString("--val-dir " + root + "/Val")), qPrintable(error));
        QVERIFY2(error.contains(QString::fromStdString(root + "/test")), qPrintable(error));
        QVERIFY(r.toJson().contains("presplit"));
        // An image in two parts is a leak from training into validation, not a labelling error.
        QVERIFY(QFile::copy(dir.filePath(QStringLiteral("train/cat/0.png")), dir.filePath(QStringLiteral("Val/cat/copy.png"))));
        const QString warnings = QString::fromStdString(join(checkDataset({{root}}).warnings, "\n"));
        QVERIFY2(warnings.contains(QStringLiteral("more than one part of the split")), qPrintable(warnings));

        // Its train part opened with the validation folder is an ordinary dataset.
        const DatasetReport train = checkDataset({{root + "/train"}});
        QVERIFY(!train.presplit);
        QVERIFY(train.canTrain());

        // Only train/ and test/: test/ is the validation folder.
        QDir(dir.filePath(QStringLiteral("Val"))).removeRecursively();
        const DatasetIndex twoParts = scanDataset({root});
        QVERIFY(detectPresplit(twoParts));
        QCOMPARE(detectPresplit(twoParts)->validation, root + "/test");
        QVERIFY(detectPresplit(twoParts)->test.empty());

        // Classes that merely share a name are classes: an image right in train/, or another class beside it.
        makeImage(dir.filePath(QStringLiteral("train/loose.png")), 99);
        QVERIFY(!detectPresplit(scanDataset({root})));
        QFile::remove(dir.filePath(QStringLiteral("train/loose.png")));
        makeImage(dir.filePath(QStringLiteral("bus/0.png")), 100);
        QVERIFY(!detectPresplit(scanDataset({root})));
        QVERIFY(!detectPresplit(scanDataset({m_root.toStdString()}))); // the usual layout
    }

    void validationFolderGivesTheValidationSet()
    {
        QTemporaryDir dir;
        const std::vector<std::string> classes{"cats", "dogs"};
        DatasetReport dataset; // as checkDataset gives it, without hashes
        dataset.index.classes = classes;
        for (int i = 0; i < 10; ++i)
            dataset.usable.push_back({"/data/" + classes[std::size_t(i % 2)] + "/" + std::to_string(i) + ".png", i % 2});
        const std::vector<Sample>& samples = dataset.usable;
        makeImage(dir.filePath(QStringLiteral("val/cats/a.png")), 1);
        makeImage(dir.filePath(QStringLiteral("val/dogs/b.png")), 2);
        makeImage(dir.filePath(QStringLiteral("val/birds/c.png")), 3); // not a class of the dataset
        test::writeBytes(dir.filePath(QStringLiteral("val/dogs/empty.png")), QByteArray());
        SplitSpec spec{0.5, 0.2, 3, {dir.filePath(QStringLiteral("val")).toStdString()}};
        const DatasetReport validation = checkValidationFolders(spec, classes);
        const std::vector<FileProblem>& problems = validation.problems;
        const DatasetSplit s = splitDataset(dataset, classes, spec, &validation);
        QCOMPARE(s.validation.size(), std::size_t(2)); // the folder's, not half of the dataset
        QCOMPARE(s.train.size() + s.test.size(), samples.size());
        QCOMPARE(s.test.size(), std::size_t(2)); // the test share still comes from the dataset
        QCOMPARE(problems.size(), std::size_t(1));
        QVERIFY(QString::fromStdString(problems.front().path).endsWith(QStringLiteral("empty.png")));
        QCOMPARE(s.spec.validationRoots, spec.validationRoots);

        // A folder without the classes' folders is a clear error, not an empty validation set.
        QDir(dir.filePath(QStringLiteral("val/cats"))).removeRecursively();
        QDir(dir.filePath(QStringLiteral("val/dogs"))).removeRecursively();
        const DatasetReport none = checkValidationFolders(spec, classes);
        const QString err = test::errorOf([&] { splitDataset(dataset, classes, spec, &none); });
        QVERIFY2(err.contains(QStringLiteral("same class folders")) && err.contains(QStringLiteral("cats, dogs")), qPrintable(err));
        QVERIFY(test::errorOf([&] { splitDataset(dataset, classes, spec); }).contains(QStringLiteral("not been checked")));
        QVERIFY(test::errorOf([&] { checkValidationFolders(SplitSpec{0.2, 0, 1, {"/no/such/val"}}, classes); })
                    .contains(QStringLiteral("/no/such/val")));
    }

    void labelledFolderForAModelsClasses()
    {
        // Evaluating a model on another labelled folder: its classes are matched by name, whatever
        // their order there; classes the model does not know are left out and named.
        DatasetReport folder;
        folder.index.classes = {"bird", "cat", "dog"};
        folder.usable = {{"/e/bird/1.png", 0}, {"/e/cat/2.png", 1}, {"/e/dog/3.png", 2}, {"/e/bird/4.png", 0}};
        std::vector<std::string> unknown;
        const std::vector<Sample> samples = samplesForClasses(folder, {"dog", "cat"}, &unknown);
        QCOMPARE(samples.size(), std::size_t(2));
        QCOMPARE(samples[0].path, std::string("/e/cat/2.png"));
        QCOMPARE(samples[0].label, 1);
        QCOMPARE(samples[1].label, 0);
        QCOMPARE(unknown, std::vector<std::string>{"bird"});
    }

    void imagesSharedWithTheValidationFolderAreFound()
    {
        QTemporaryDir dir;
        makeImage(dir.filePath(QStringLiteral("data/cats/a.png")), 1);
        makeImage(dir.filePath(QStringLiteral("data/dogs/b.png")), 2);
        makeImage(dir.filePath(QStringLiteral("val/cats/c.png")), 3);
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("val/dogs"))));
        QVERIFY(QFile::copy(dir.filePath(QStringLiteral("data/dogs/b.png")), dir.filePath(QStringLiteral("val/dogs/b-copy.png"))));
        const DatasetReport data = checkDataset({{dir.filePath(QStringLiteral("data")).toStdString()}});
        const DatasetReport val = checkValidationFolders(SplitSpec{0.2, 0, 1, {dir.filePath(QStringLiteral("val")).toStdString()}},
                                                         data.index.classes);
        QCOMPARE(data.usableSha256.size(), data.usable.size());
        const auto shared = sharedImages(val, data);
        QCOMPARE(shared.size(), std::size_t(1));
        QVERIFY(QString::fromStdString(shared.front().path).endsWith(QStringLiteral("val/dogs/b-copy.png")));
        QVERIFY(QString::fromStdString(shared.front().otherPath).endsWith(QStringLiteral("data/dogs/b.png")));
        const QString warning = QString::fromStdString(sharedImagesWarning(shared));
        QVERIFY2(warning.startsWith(QStringLiteral("1 image of the validation folder is also in the dataset")), qPrintable(warning));
        QVERIFY(sharedImagesWarning({}).empty());
    }

    void classesOneFolderTooDeepAreFound()
    {
        // flowers/flowers/daisy/... opened as flowers/: one "class" holding the class folders.
        QTemporaryDir dir;
        makeImage(dir.filePath(QStringLiteral("flowers/daisy/a.png")), 1);
        makeImage(dir.filePath(QStringLiteral("flowers/rose/b.png")), 2);
        const DatasetReport r = checkDataset({{dir.path().toStdString()}});
        QVERIFY(!r.canTrain());
        const QString error = QString::fromStdString(r.errors.front());
        QVERIFY2(error.contains(QString::fromStdString(dir.filePath(QStringLiteral("flowers")).toStdString()
                                                       + " holds the class folders (daisy, rose): open it as the dataset")),
                 qPrintable(error));
        QCOMPARE(QString::fromStdString(r.classesFolder), dir.filePath(QStringLiteral("flowers")));
        QVERIFY(checkDataset({{dir.filePath(QStringLiteral("flowers")).toStdString()}}).classesFolder.empty());
    }

    void singleClassCannotTrain()
    {
        QTemporaryDir dir;
        makeImage(dir.filePath(QStringLiteral("only/a.png")), 1);
        makeImage(dir.filePath(QStringLiteral("only/b.png")), 2);
        const DatasetReport r = checkDataset({{dir.path().toStdString()}});
        QVERIFY(!r.canTrain());
        QVERIFY(QString::fromStdString(r.errors.at(0)).contains(QStringLiteral("at least two classes")));
    }

    void missingFolderIsAClearError()
    {
        try {
            scanDataset({"/no/such/folder"});
            QFAIL("no error");
        } catch (const Error& e) {
            QVERIFY(QString::fromUtf8(e.what()).contains(QStringLiteral("/no/such/folder")));
        }
    }

    void severalRootsMerge()
    {
        QTemporaryDir dir;
        makeImage(dir.filePath(QStringLiteral("a/cats/1.png")), 1);
        makeImage(dir.filePath(QStringLiteral("b/cats/2.png")), 2);
        makeImage(dir.filePath(QStringLiteral("b/dogs/3.png")), 3);
        const DatasetIndex index = scanDataset({dir.filePath(QStringLiteral("a")).toStdString(),
                                                dir.filePath(QStringLiteral("b")).toStdString()});
        QCOMPARE(index.classes, (std::vector<std::string>{"cats", "dogs"}));
        QCOMPARE(index.countsPerClass(), (std::vector<int>{2, 1}));
    }

    void splitIsStratifiedAndSeeded()
    {
        std::vector<Sample> samples;
        for (int c = 0; c < 3; ++c)
            for (int i = 0; i < 10 * (c + 1); ++i)
                samples.push_back({"c" + std::to_string(c) + "/" + std::to_string(i), c});
        SplitSpec spec;
        spec.validationFraction = 0.2;
        spec.testFraction = 0.1;
        spec.seed = 7;
        const DatasetSplit a = makeSplit({"a", "b", "c"}, samples, spec);
        std::vector<int> val(3, 0), test(3, 0);
        for (const auto& s : a.validation)
            ++val[std::size_t(s.label)];
        for (const auto& s : a.test)
            ++test[std::size_t(s.label)];
        QCOMPARE(val, (std::vector<int>{2, 4, 6}));
        QCOMPARE(test, (std::vector<int>{1, 2, 3}));
        QCOMPARE(a.train.size() + a.validation.size() + a.test.size(), samples.size());
        // Same seed, same split; another seed, another split.
        const DatasetSplit b = makeSplit({"a", "b", "c"}, samples, spec);
        QCOMPARE(a.validation.front().path, b.validation.front().path);
        spec.seed = 8;
        const DatasetSplit c = makeSplit({"a", "b", "c"}, samples, spec);
        std::set<std::string> va, vc;
        for (const auto& s : a.validation)
            va.insert(s.path);
        for (const auto& s : c.validation)
            vc.insert(s.path);
        QVERIFY(va != vc);
        // Saved and loaded, identical.
        QTemporaryDir dir;
        const std::string path = dir.filePath(QStringLiteral("split.json")).toStdString();
        a.save(path);
        const DatasetSplit loaded = DatasetSplit::load(path);
        QCOMPARE(loaded.validation.size(), a.validation.size());
        QCOMPARE(loaded.train.back().path, a.train.back().path);
        QCOMPARE(loaded.spec.seed, a.spec.seed);
        QCOMPARE(QString::fromStdString(loaded.savedIn), QDir(dir.path()).absolutePath());
        // A damaged split (a class number past the class list) is refused, naming the file and image.
        DatasetSplit damaged = a;
        damaged.validation.front().label = 7;
        damaged.save(path);
        const QString err = test::errorOf([&] { DatasetSplit::load(path); });
        QVERIFY2(err.startsWith(QString::fromStdString(path)), qPrintable(err));
        QVERIFY2(err.contains(QString::fromStdString(a.validation.front().path)), qPrintable(err));
        QVERIFY2(err.contains(QStringLiteral("class number 7")), qPrintable(err));
    }

    void mostlyMissingMeansMoreThanHalf()
    {
        // One rule for "the dataset is not there" (resume refuses, evaluate warns, the window
        // evaluates a kept result again): more than half of the images missing.
        QVERIFY(!mostlyMissing(0, 0));
        QVERIFY(!mostlyMissing(1, 2));
        QVERIFY(!mostlyMissing(5, 10));
        QVERIFY(mostlyMissing(6, 10));
        QVERIFY(mostlyMissing(1, 1));
    }

    void relocationFindsAMovedDataset()
    {
        // /t/old/data/{cats,dogs} renamed to /t/new-data: found by the tail of each path (class folder
        // and name at the least), the folder mapped once for all of its images.
        QTemporaryDir dir;
        const std::string t = QDir(dir.path()).absolutePath().toStdString();
        for (const char* f : {"new-data/cats/1.png", "new-data/cats/2.png", "new-data/dogs/1.png", "other/dogs/3.png"})
            test::writeBytes(QString::fromStdString(t + "/" + f), "x");
        DatasetSplit split;
        split.classes = {"cats", "dogs"};
        split.train = {{t + "/old/data/cats/1.png", 0}, {t + "/old/data/dogs/1.png", 1}, {t + "/old/data/dogs/gone.png", 1}};
        split.validation = {{t + "/old/data/cats/2.png", 0}, {t + "/other/dogs/3.png", 1}};
        split.spec.validationRoots = {t + "/old/data"};
        DatasetRelocation relocation({t + "/new-data"});
        QCOMPARE(relocateSplit(split, relocation), std::size_t(4));
        QCOMPARE(split.train[0].path, t + "/new-data/cats/1.png");
        QCOMPARE(split.train[1].path, t + "/new-data/dogs/1.png");
        QCOMPARE(split.train[1].label, 1);
        // Gone from there too: mapped all the same, so that a move recorded from its old place maps
        // to the same path (and the image is then named as missing at the dataset's new place).
        QCOMPARE(split.train[2].path, t + "/new-data/dogs/gone.png");
        QCOMPARE(split.validation[0].path, t + "/new-data/cats/2.png");
        QCOMPARE(split.validation[1].path, t + "/other/dogs/3.png"); // where it was: untouched
        QCOMPARE(split.spec.validationRoots.front(), t + "/new-data");
        QCOMPARE(relocation.folders().size(), std::size_t(1));
        QCOMPARE(relocation.folders().front().first, t + "/old/data");
        QCOMPARE(relocation.map(t + "/old/database/x.png"), t + "/old/database/x.png"); // not below the folder

        // A name alone is not enough: a file of that name loose in a root is another picture.
        test::writeBytes(QString::fromStdString(t + "/loose/5.png"), "x");
        DatasetRelocation loose({t + "/loose"});
        QCOMPARE(loose.locate(t + "/old/data/cats/5.png"), t + "/old/data/cats/5.png");
        QVERIFY(loose.folders().empty());

        // The longest tail first: data/cats/1.png under /t/again before any cats/1.png.
        test::writeBytes(QString::fromStdString(t + "/again/data/cats/1.png"), "x");
        test::writeBytes(QString::fromStdString(t + "/again/cats/1.png"), "x");
        DatasetRelocation longest({t + "/again"});
        QCOMPARE(longest.locate(t + "/old/data/cats/1.png"), t + "/again/data/cats/1.png");

        // A run folder read elsewhere than it was saved: the folders holding both places move as one.
        DatasetRelocation beside({});
        beside.addMovedFolder("/home/ann/work/flowers-runs/run1", t + "/work/flowers-runs/run1/");
        QCOMPARE(beside.folders().size(), std::size_t(1));
        QCOMPARE(beside.folders().front().first, std::string("/home/ann"));
        QCOMPARE(beside.map("/home/ann/work/flowers/roses/1.jpg"), t + "/work/flowers/roses/1.jpg");
        QCOMPARE(beside.map("/data/flowers/roses/1.jpg"), std::string("/data/flowers/roses/1.jpg"));
        DatasetRelocation same({});
        same.addMovedFolder(t + "/work/run1", t + "/work/run1");
        QVERIFY(same.folders().empty());
    }

    void identicalFilesStayOnOneSide()
    {
        // Copies of a picture (same content) split apart would let validation measure a training image.
        std::vector<Sample> samples;
        std::vector<std::string> keys;
        for (int i = 0; i < 40; ++i) {
            samples.push_back({"img" + std::to_string(i), i % 2});
            keys.push_back(i < 30 ? "pic" + std::to_string(i % 10) : std::string()); // 10 pictures, 3 copies each
        }
        const SplitSpec spec{0.3, 0.2, 11, {}};
        const DatasetSplit plain = makeSplit({"a", "b"}, samples, spec);
        const DatasetSplit grouped = makeSplit({"a", "b"}, samples, spec, keys);
        auto keyOf = [&](const Sample& s) { return keys[std::size_t(std::stoi(s.path.substr(3)))]; };
        std::set<std::string> trained;
        for (const auto& s : grouped.train)
            trained.insert(keyOf(s));
        for (const auto* part : {&grouped.validation, &grouped.test})
            for (const auto& s : *part)
                QVERIFY2(keyOf(s).empty() || !trained.count(keyOf(s)), s.path.c_str());
        QCOMPARE(grouped.train.size() + grouped.validation.size() + grouped.test.size(), samples.size());
        QVERIFY(grouped.train.size() > plain.train.size()); // the copies that would have leaked now train
        // Without keys the split is the one it always was (runs and projects keep their splits).
        auto paths = [](const std::vector<Sample>& v) {
            std::vector<std::string> out;
            for (const auto& s : v)
                out.push_back(s.path);
            return out;
        };
        const DatasetSplit unkeyed = makeSplit({"a", "b"}, samples, spec, std::vector<std::string>(samples.size()));
        QCOMPARE(paths(unkeyed.validation), paths(plain.validation));
        QCOMPARE(paths(unkeyed.train), paths(plain.train));
    }

    void tinyClassesKeepATrainingImage()
    {
        const std::vector<Sample> samples{{"a0", 0}, {"b0", 1}, {"b1", 1}};
        const DatasetSplit s = makeSplit({"a", "b"}, samples, SplitSpec{0.5, 0.0, 1, {}});
        int trainA = 0, valB = 0;
        for (const auto& x : s.train)
            trainA += x.label == 0;
        for (const auto& x : s.validation)
            valB += x.label == 1;
        QCOMPARE(trainA, 1);
        QCOMPARE(valB, 1);
        QVERIFY_THROWS_EXCEPTION(Error, makeSplit({"a"}, samples, SplitSpec{0.7, 0.4, 1, {}}));
    }

    void fashionMnistSample()
    {
        const DatasetReport r = checkDataset({{test::sampleDataset().toStdString()}});
        QCOMPARE(int(r.classes.size()), 10);
        QCOMPARE(int(r.usable.size()), 600);
        QVERIFY(r.problems.empty());
        QVERIFY(r.canTrain());
        QCOMPARE(QString::fromStdString(r.classes.front().name), QStringLiteral("Ankle_boot"));
        // Its pictures are small: how much an input size enlarges them (the Train step says so).
        QCOMPARE(r.imageSizes.count, std::size_t(600));
        QCOMPARE(QString::fromStdString(r.imageSizes.typical()), QStringLiteral("28×28"));
        QVERIFY(!r.imageSizes.varied());
        QVERIFY(QString::fromStdString(r.toText()).contains(QStringLiteral("\nImage sizes: 28×28 pixels\n")));
        QCOMPARE(r.toJson()["image_sizes"]["typical_width"].get<int>(), 28);
    }

    void imageSizesOfVariedPictures()
    {
        // The median width and height, and the range of the sides; sizes a header does not give are
        // left out.
        const ImageSizeStats s = ImageSizeStats::of({{640, 480}, {800, 600}, {300, 400}, {1024, 768}, {4000, 3000}, {0, 0}});
        QCOMPARE(s.count, std::size_t(5));
        QCOMPARE(s.typicalWidth, 800);
        QCOMPARE(s.typicalHeight, 600);
        QCOMPARE(s.smallestSide, 300);
        QCOMPARE(s.largestSide, 4000);
        QCOMPARE(QString::fromStdString(s.typical()), QStringLiteral("about 800×600"));
        QVERIFY(s.varied());
        QCOMPARE(s.enlargement(1200), 2.0); // of the shorter side
        QVERIFY(!s.muchSmallerThan(1200));
        QVERIFY(s.muchSmallerThan(1800));
        QVERIFY(!ImageSizeStats::of({}).known());
        // From a check: as the pictures stand upright (24×20 each here).
        const DatasetReport r = checkDataset({{m_root.toStdString()}});
        QCOMPARE(QString::fromStdString(r.imageSizes.typical()), QStringLiteral("24×20"));
        QCOMPARE(r.imageSizes.count, r.usable.size());
    }
};

QTEST_APPLESS_MAIN(TestDataset)
#include "tst_dataset.moc"
