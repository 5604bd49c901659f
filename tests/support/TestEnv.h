// Where tests find their inputs (the source tree, ../shared, the sample dataset, the reference
// Python) and small helpers to run that Python and compare numbers.
#pragma once

#include <QString>
#include <QStringList>

#include <functional>
#include <string>
#include <vector>

namespace graft::test {

QString sourceDir();
QString binaryDir();
QString sharedDir();     // ../shared beside the checkout
QString sampleDataset(); // the Fashion-MNIST sample folder
QString pythonExe();     // Debian's /usr/bin/python3 with torch + torchvision

// Runs `pythonExe() script args` (script relative to tests/python, or an absolute path); fails the test on error.
bool runPython(const QString& script, const QStringList& args, QString* output = nullptr, int timeoutMs = 600000);
// Skips the current test (QSKIP) if ../shared is not there.
bool haveShared();

std::vector<float> readFloats(const QString& path);
void writeBytes(const QString& path, const QByteArray& bytes);
QByteArray readBytes(const QString& path);

// Points the user's settings, data and cache folders (XDG_*_HOME) into `root`, so that a test that
// saves settings, recent projects or runs of unsaved projects leaves the developer's own untouched.
// Call it before anything reads settings.
void isolateUserFolders(const QString& root);

// ../shared's MobileNetV2 weights made into a file with the name and checksum of torchvision's
// official one (mobilenet_v2-7ebf99e0.pth): the same zip with a comment chosen so that its SHA-256
// starts 7ebf99e0, so that a download from a local server meets the zoo's real checksum check.
// Empty when ../shared's file is not the one the comment was found for.
QByteArray mobilenetV2AsOfficialFile();

// The message of the graft::Error that `fn` throws, or an empty string when it throws none.
QString errorOf(const std::function<void()>& fn);

// On a crash (SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT) prints the native backtrace to stderr, then
// hands the signal to the handler installed before (Qt Test's, which names the test function).
// Call it from initTestCase(), after Qt Test has installed its own handler. Frames inside the test
// binary print as "binary(+0xOFFSET)": `addr2line -f -C -e binary 0xOFFSET` names them
// (scripts/gpu-check does this for its log).
void installCrashBacktrace();

} // namespace graft::test

#define GRAFT_REQUIRE_SHARED()                                                                                    \
    do {                                                                                                          \
        if (!graft::test::haveShared())                                                                           \
            QSKIP("../shared is not beside the checkout");                                                        \
    } while (0)
