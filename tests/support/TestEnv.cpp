#include "TestEnv.h"

#include "core/Error.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTest>

namespace graft::test {

QString sourceDir() { return QStringLiteral(GRAFT_SOURCE_DIR); }
QString binaryDir() { return QStringLiteral(GRAFT_BINARY_DIR); }
QString sharedDir() { return QStringLiteral(GRAFT_SHARED_DIR); }
QString sampleDataset() { return QStringLiteral(GRAFT_SAMPLE_DATASET); }
QString pythonExe() { return QStringLiteral(GRAFT_REFERENCE_PYTHON); }

bool haveShared() { return QFileInfo(sharedDir() + QStringLiteral("/models")).isDir(); }

bool runPython(const QString& script, const QStringList& args, QString* output, int timeoutMs)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(pythonExe(), QStringList{sourceDir() + QStringLiteral("/tests/python/") + script} + args);
    if (!p.waitForFinished(timeoutMs)) {
        qWarning("python %s did not finish: %s", qPrintable(script), qPrintable(p.errorString()));
        p.kill();
        return false;
    }
    const QString out = QString::fromUtf8(p.readAll());
    if (output)
        *output = out;
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        qWarning("python %s failed (%d):\n%s", qPrintable(script), p.exitCode(), qPrintable(out));
        return false;
    }
    return true;
}

std::vector<float> readFloats(const QString& path)
{
    const QByteArray bytes = readBytes(path);
    std::vector<float> v(std::size_t(bytes.size()) / sizeof(float));
    std::memcpy(v.data(), bytes.constData(), v.size() * sizeof(float));
    return v;
}

QByteArray readBytes(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

void writeBytes(const QString& path, const QByteArray& bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(bytes);
}

QString errorOf(const std::function<void()>& fn)
{
    try {
        fn();
    } catch (const Error& e) {
        return QString::fromUtf8(e.what());
    }
    return {};
}

} // namespace graft::test
