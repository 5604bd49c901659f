// engine/core: hashing, atomic files, unique names, wildcards, text helpers; and the tests' crash
// backtrace, which diagnoses crashes on machines where no debugger runs (the GPU check).
#include "core/Error.h"
#include "core/Files.h"
#include "core/Sha256.h"
#include "core/Text.h"
#include "core/ThreadPool.h"
#include "TestEnv.h"

#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <csignal>

#include <execinfo.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace graft;

class TestCore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sha256KnownVectors()
    {
        QCOMPARE(QString::fromStdString(sha256Hex("")),
                 QStringLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
        QCOMPARE(QString::fromStdString(sha256Hex("abc")),
                 QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
        const std::string million(1000000, 'a');
        QCOMPARE(QString::fromStdString(sha256Hex(million)),
                 QStringLiteral("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"));
        // Fed in uneven pieces, the same digest.
        Sha256 h;
        for (std::size_t i = 0; i < million.size(); i += 777)
            h.update(million.data() + i, std::min<std::size_t>(777, million.size() - i));
        QCOMPARE(QString::fromStdString(h.finishHex()), QString::fromStdString(sha256Hex(million)));
    }

    void atomicWriteReplacesWholeFile()
    {
        QTemporaryDir dir;
        const std::string path = dir.filePath(QStringLiteral("a.json")).toStdString();
        writeFileAtomic(path, "first version, long text");
        writeFileAtomic(path, "second");
        QCOMPARE(QString::fromStdString(readFile(path)), QStringLiteral("second"));
        // No temporary files are left behind.
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 1);
    }

    void atomicFileWithoutCommitLeavesNothing()
    {
        QTemporaryDir dir;
        const std::string path = dir.filePath(QStringLiteral("b.bin")).toStdString();
        writeFileAtomic(path, "keep me");
        {
            AtomicFile f(path);
            f.stream() << "half written";
        } // destroyed without commit(), as when an error interrupts a write
        QCOMPARE(QString::fromStdString(readFile(path)), QStringLiteral("keep me"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 1);
    }

    void failedRenameSaysWhy()
    {
        // A folder where the file should go: the rename fails, and the message gives its reason.
        QTemporaryDir dir;
        const fs::path target = fs::path(dir.path().toStdString()) / "taken";
        fs::create_directories(target / "inside");
        const fs::path temp = fs::path(dir.path().toStdString()) / ".taken.part";
        test::writeBytes(QString::fromStdString(temp.string()), "data");
        try {
            commitTempFile(temp, target);
            QFAIL("no error");
        } catch (const Error& e) {
            const std::string what = e.what();
            QVERIFY2(what.find("cannot write (") != std::string::npos && what.find("Success") == std::string::npos, e.what());
        }
        QVERIFY(!fs::exists(temp));
    }

    void readMissingFileNamesIt()
    {
        try {
            readFile("/nonexistent/x.txt");
            QFAIL("no error");
        } catch (const Error& e) {
            QVERIFY(QString::fromUtf8(e.what()).contains(QStringLiteral("/nonexistent/x.txt")));
        }
    }

    void uniquePathNeverOverwrites()
    {
        QTemporaryDir dir;
        const fs::path d = dir.path().toStdString();
        QCOMPARE(QString::fromStdString(uniquePath(d, "cat.jpg").filename().string()), QStringLiteral("cat.jpg"));
        writeFileAtomic(d / "cat.jpg", "x");
        QCOMPARE(QString::fromStdString(uniquePath(d, "cat.jpg").filename().string()), QStringLiteral("cat (2).jpg"));
        writeFileAtomic(d / "cat (2).jpg", "x");
        QCOMPARE(QString::fromStdString(uniquePath(d, "cat.jpg").filename().string()), QStringLiteral("cat (3).jpg"));
    }

    void removeTreeRemovesAFolderButNotWhatLinksPointTo()
    {
        QTemporaryDir dir;
        const fs::path d = dir.path().toStdString();
        writeFileAtomic(d / "keep.txt", "kept");
        writeFileAtomic(d / "tree" / "a.bin", "a");
        writeFileAtomic(d / "tree" / "sub" / "b.bin", "b");
        fs::create_symlink(d / "keep.txt", d / "tree" / "sub" / "link.txt");
        fs::create_directory_symlink(d, d / "tree" / "up"); // a link to a folder is not followed
        QVERIFY(removeTree(d / "tree"));
        QVERIFY(!fs::exists(fs::symlink_status(d / "tree")));
        QCOMPARE(QString::fromStdString(readFile(d / "keep.txt")), QStringLiteral("kept"));
        QVERIFY(removeTree(d / "tree")); // already gone
        writeFileAtomic(d / "one.txt", "1");
        QVERIFY(removeTree(d / "one.txt")); // a single file
        QVERIFY(!fs::exists(d / "one.txt"));
    }

    void underFolderAtAComponentBoundary()
    {
        QVERIFY(isUnderFolder("/data/cats/1.png", "/data/cats"));
        QVERIFY(isUnderFolder("/data/cats/1.png", "/data/"));
        QVERIFY(!isUnderFolder("/data/cats/1.png", "/data/ca"));
        QVERIFY(!isUnderFolder("/data/cats", "/data/cats")); // the folder itself is not below it
        QVERIFY(!isUnderFolder("/data/cats/1.png", ""));
    }

    void wildcards()
    {
        QVERIFY(wildcardMatch("features.1*", "features.12"));
        QVERIFY(wildcardMatch("layer?", "layer4"));
        QVERIFY(!wildcardMatch("layer?", "layer10"));
        QVERIFY(wildcardMatch("*", ""));
    }

    void closestNameForTypos()
    {
        QCOMPARE(editDistance("evalute", "evaluate"), 1);
        QCOMPARE(editDistance("trian", "train"), 1); // two neighbours swapped: one slip
        QCOMPARE(editDistance("Layer4", "layer4"), 0);
        const std::vector<std::string> commands{"evaluate", "export", "inspect", "label", "models", "predict", "resume", "train"};
        QCOMPARE(closestName("evalute", commands), std::string("evaluate"));
        QCOMPARE(closestName("trian", commands), std::string("train"));
        QCOMPARE(closestName("eval", commands), std::string("evaluate")); // typed in part
        QCOMPARE(closestName("ex", commands), std::string());             // too short to tell
        QCOMPARE(closestName("fly", commands), std::string());
        QCOMPARE(closestName("train", commands), std::string()); // no typo, no guess
        // Two equally close names: no guess rather than a wrong one.
        const std::vector<std::string> layers{"layer1", "layer2", "layer3", "layer4"};
        QCOMPARE(closestName("layer9", layers), std::string());
        QCOMPARE(closestName("Layer4", layers), std::string("layer4"));
        QCOMPARE(closestName("feature.17", {"features.16", "features.17", "features.18"}), std::string("features.17"));
    }

    void textHelpers()
    {
        QCOMPARE(QString::fromStdString(humanBytes(512)), QStringLiteral("512 bytes"));
        QCOMPARE(QString::fromStdString(humanBytes(3 * 1024 * 1024)), QStringLiteral("3.0 MB"));
        QCOMPARE(QString::fromStdString(humanDuration(125)), QStringLiteral("2 min 05 s"));
        // A learning rate as the report (6 digits) and a run's advice (2) write it.
        QCOMPARE(QString::fromStdString(formatGeneral(0.002)), QStringLiteral("0.002"));
        QCOMPARE(QString::fromStdString(formatGeneral(0.00556881)), QStringLiteral("0.00556881"));
        QCOMPARE(QString::fromStdString(formatGeneral(0.00556881, 2)), QStringLiteral("0.0056"));
        QCOMPARE(QString::fromStdString(formatGeneral(1e-5, 2)), QStringLiteral("1e-05"));
        QCOMPARE(QString::fromStdString(humanCount(3504872)), QStringLiteral("3.5 M"));
        QCOMPARE(QString::fromStdString(humanCount(1234)), QStringLiteral("1,234"));
        QCOMPARE(QString::fromStdString(countOf(1, "file", "files")), QStringLiteral("1 file"));
        QCOMPARE(QString::fromStdString(countOf(0, "file", "files")), QStringLiteral("0 files"));
        QCOMPARE(QString::fromStdString(listSome({"a", "b", "c"}, 2)), QStringLiteral("a, b and 1 more"));
        // Terminal columns: é is one (precomposed or e + combining accent), a Chinese character two.
        QCOMPARE(displayWidth("chat"), 4);
        QCOMPARE(displayWidth("\xc3\xa9moji"), 5);
        QCOMPARE(displayWidth("e\xcc\x81moji"), 5);
        QCOMPARE(displayWidth("\xe7\x8c\xab\xe5\x92\xaa"), 4); // 猫咪
        QCOMPARE(padRight("\xe7\x8c\xab", 4), std::string("\xe7\x8c\xab  "));
        QCOMPARE(padRight("longer", 3), std::string("longer"));
        QCOMPARE(replaceAll("@A@ and @A@ @B@", "@A@", "x"), std::string("x and x @B@"));
        QCOMPARE(replaceAll("aXa", "a", "aa"), std::string("aaXaa")); // what was put in is not looked at again
        QCOMPARE(replaceAll("abc", "", "z"), std::string("abc"));
    }

    void parallelForRunsEverythingAndRethrows()
    {
        std::vector<int> hits(1000, 0);
        parallelFor(hits.size(), 4, [&](std::size_t i) { hits[i] += 1; });
        QCOMPARE(std::count(hits.begin(), hits.end(), 1), 1000L);
        bool thrown = false;
        try {
            parallelFor(100, 4, [](std::size_t i) {
                if (i == 50)
                    throw Error("boom");
            });
        } catch (const Error&) {
            thrown = true;
        }
        QVERIFY(thrown);
    }

    void cancelFlag()
    {
        CancelFlag flag{false};
        throwIfCancelled(&flag);
        throwIfCancelled(nullptr);
        flag = true;
        QVERIFY_THROWS_EXCEPTION(CancelledError, throwIfCancelled(&flag));
    }

    void crashBacktraceNamesTheFrames()
    {
        // Load the unwinder before forking: the child of a threaded process should not need dlopen.
        void* warmUp[2];
        (void)::backtrace(warmUp, 2);
        int pipeFds[2];
        QVERIFY(::pipe(pipeFds) == 0);
        const pid_t child = ::fork();
        QVERIFY(child >= 0);
        if (child == 0) {
            // The child crashes on purpose; stderr goes to the pipe, the previous handler is the default.
            ::dup2(pipeFds[1], STDERR_FILENO);
            ::signal(SIGSEGV, SIG_DFL);
            test::installCrashBacktrace();
            volatile int* null = nullptr;
            *null = 1;
            ::_exit(0);
        }
        ::close(pipeFds[1]);
        QByteArray output;
        char buffer[4096];
        for (ssize_t n; (n = ::read(pipeFds[0], buffer, sizeof buffer)) > 0;)
            output.append(buffer, n);
        ::close(pipeFds[0]);
        int status = 0;
        QCOMPARE(::waitpid(child, &status, 0), child);
        // The process still dies of the signal (so CTest and Qt Test report the crash), after the trace.
        QVERIFY(WIFSIGNALED(status));
        QCOMPARE(WTERMSIG(status), SIGSEGV);
        QVERIFY2(output.contains("native backtrace"), output.constData());
        QVERIFY2(output.contains("tst_core"), output.constData()); // frames of this binary, resolvable
        QVERIFY2(output.contains("end of backtrace"), output.constData());
    }
};

QTEST_APPLESS_MAIN(TestCore)
#include "tst_core.moc"
