#include "TestEnv.h"

#include "core/Error.h"
#include "core/Sha256.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTest>

#include <csignal>
#include <execinfo.h>
#include <sys/types.h>
#include <ucontext.h>
#include <unistd.h>

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
    const QString file = QFileInfo(script).isAbsolute() ? script : sourceDir() + QStringLiteral("/tests/python/") + script;
    p.start(pythonExe(), QStringList{file} + args);
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

void isolateUserFolders(const QString& root)
{
    for (const char* name : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"}) {
        const QString dir = root + QLatin1Char('/') + QString::fromLatin1(name).toLower();
        QDir().mkpath(dir);
        qputenv(name, dir.toUtf8());
    }
    QDir().mkpath(root + QStringLiteral("/torch_home"));
    qputenv("TORCH_HOME", (root + QStringLiteral("/torch_home")).toUtf8());
}

QByteArray mobilenetV2AsOfficialFile()
{
    QByteArray bytes = readBytes(sharedDir() + QStringLiteral("/models/mobilenet_v2-imagenet-dq.pth"));
    const auto sha256Of = [](const QByteArray& b) {
        return sha256Hex(std::string_view(b.constData(), std::size_t(b.size())));
    };
    if (bytes.size() < 22 || sha256Of(bytes) != "6c3c18becb8dfce32b8204e54713040ba6a4af6500616b8747addbb4a5154947")
        return {};
    // The zip ends with its end-of-central-directory record, whose last field is the comment's
    // length (0 here); readers find the record by searching back, so a comment changes nothing else.
    const QByteArray comment = QByteArrayLiteral("graft-fixture-0000000047b5492e");
    bytes.chop(2);
    bytes.append(char(comment.size() & 0xff)).append(char(comment.size() >> 8)).append(comment);
    return sha256Of(bytes).rfind("7ebf99e0", 0) == 0 ? bytes : QByteArray();
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

namespace {

constexpr int kFatalSignals[] = {SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT};
struct sigaction g_previous[NSIG];

void writeStderr(const char* text)
{
    std::size_t n = 0;
    while (text[n])
        ++n;
    (void)!::write(STDERR_FILENO, text, n);
}

void writeNumber(unsigned long long value, int base)
{
    char text[24];
    int n = 0;
    do {
        text[n++] = "0123456789abcdef"[value % unsigned(base)];
        value /= unsigned(base);
    } while (value);
    char out[26] = {};
    int k = 0;
    if (base == 16) {
        out[k++] = '0';
        out[k++] = 'x';
    }
    while (n)
        out[k++] = text[--n];
    writeStderr(out);
}

void onFatalSignal(int signum, siginfo_t* info, void* context)
{
    // Only async-signal-safe calls here: backtrace() was warmed up at installation (its first call
    // may load libgcc), backtrace_symbols_fd() writes without allocating.
    writeStderr("\n*** graft test: fatal signal, native backtrace (innermost first):\n");
    void* frames[96];
    const int n = ::backtrace(frames, 96);
    ::backtrace_symbols_fd(frames, n, STDERR_FILENO);
    writeStderr("*** end of backtrace\n");
    writeStderr("*** fault address ");
    writeNumber(reinterpret_cast<unsigned long long>(info ? info->si_addr : nullptr), 16);
    writeStderr(", thread ");
    writeNumber(static_cast<unsigned long long>(::gettid()), 10);
    writeStderr(::gettid() == ::getpid() ? " (main)\n" : " (not the main thread)\n");
#if defined(__linux__) && defined(__x86_64__)
    // A jump through a null function pointer leaves nothing to unwind from (the backtrace above
    // stops at the signal frame): the instruction pointer, then the code addresses found on the
    // top of the stack (the first is the return address of that call) name the caller.
    if (context) {
        const auto* uc = static_cast<const ucontext_t*>(context);
        void* ip = reinterpret_cast<void*>(uc->uc_mcontext.gregs[REG_RIP]);
        writeStderr("*** instruction pointer:\n");
        ::backtrace_symbols_fd(&ip, 1, STDERR_FILENO);
        writeStderr("*** stack scan (code addresses on the top of the stack, innermost first):\n");
        auto* const* sp = reinterpret_cast<void* const*>(uc->uc_mcontext.gregs[REG_RSP]);
        void* words[64];
        for (int i = 0; i < 64; ++i)
            words[i] = sp[i];
        ::backtrace_symbols_fd(words, 64, STDERR_FILENO);
        writeStderr("*** end of stack scan\n");
    }
#else
    (void)context;
#endif
    // Give the signal to the previous handler: it is delivered as soon as this handler returns.
    ::sigaction(signum, &g_previous[signum], nullptr);
    ::raise(signum);
}

} // namespace

void installCrashBacktrace()
{
    void* warmUp[2];
    (void)::backtrace(warmUp, 2);
    struct sigaction action = {};
    action.sa_sigaction = onFatalSignal;
    action.sa_flags = SA_SIGINFO | SA_ONSTACK;
    sigemptyset(&action.sa_mask);
    for (int signum : kFatalSignals)
        ::sigaction(signum, &action, &g_previous[signum]);
}

} // namespace graft::test
