// Pretrained weights (issue: official downloads with cache, checksums and offline import). A local
// HTTP server on 127.0.0.1 serves generated files; no test touches the internet.
#include "LocalHttpServer.h"
#include "TestEnv.h"

#include "app/core/AppSettings.h"
#include "app/core/WeightsDownloader.h"
#include "app/core/WeightsStore.h"
#include "core/Error.h"
#include "core/Sha256.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace graft;
using namespace graft::app;

namespace {
QByteArray randomBytes(int n)
{
    QByteArray b(n, Qt::Uninitialized);
    QRandomGenerator gen(7);
    for (int i = 0; i < n; ++i)
        b[i] = char(gen.bounded(256));
    return b;
}
QString prefixOf(const QByteArray& b)
{
    return QString::fromStdString(sha256Hex(std::string_view(b.constData(), std::size_t(b.size()))).substr(0, 8));
}
} // namespace

class TestWeights final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    test::LocalHttpServer m_server;
    QByteArray m_file = randomBytes(300 * 1024);
    QString m_prefix;

    QString dest(const QString& name) const { return m_dir.filePath(QStringLiteral("dl/") + name); }

    // Runs a download to completion (or failure/cancel) on the event loop.
    struct Outcome
    {
        QString finished, failed;
        bool cancelled = false;
        int progressSignals = 0;
        QStringList messages;
    };
    Outcome download(WeightsDownloader& d, const QString& file, const QString& prefix, const QString& path = QStringLiteral("w.pth"))
    {
        Outcome o;
        QEventLoop loop;
        connect(&d, &WeightsDownloader::finished, &loop, [&](const QString& p) { o.finished = p; loop.quit(); });
        connect(&d, &WeightsDownloader::failed, &loop, [&](const QString& why) { o.failed = why; loop.quit(); });
        connect(&d, &WeightsDownloader::cancelled, &loop, [&] { o.cancelled = true; loop.quit(); });
        connect(&d, &WeightsDownloader::progress, &loop, [&] { ++o.progressSignals; });
        connect(&d, &WeightsDownloader::message, &loop, [&](const QString& m) { o.messages << m; });
        QTimer::singleShot(20000, &loop, &QEventLoop::quit);
        d.start(m_server.url(path), file, prefix);
        loop.exec();
        return o;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // No proxy may turn a loopback request into a network one.
        for (const char* var : {"http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"})
            qunsetenv(var);
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_server.start());
        m_server.addFile(QStringLiteral("w.pth"), m_file);
        m_prefix = prefixOf(m_file);
    }

    void init() { m_server.setBehaviour(test::LocalHttpServer::Behaviour::Normal); }

    void successfulDownload()
    {
        WeightsDownloader d;
        const Outcome o = download(d, dest(QStringLiteral("ok.pth")), m_prefix);
        QVERIFY2(o.failed.isEmpty(), qPrintable(o.failed));
        QCOMPARE(o.finished, dest(QStringLiteral("ok.pth")));
        QCOMPARE(test::readBytes(o.finished), m_file);
        QVERIFY(!QFile::exists(o.finished + QStringLiteral(".part")));
        QVERIFY(o.progressSignals > 0);
    }

    void checksumMismatchDeletesTheFile()
    {
        WeightsDownloader d;
        const Outcome o = download(d, dest(QStringLiteral("bad.pth")), QStringLiteral("00000000"));
        QVERIFY2(o.failed.contains(QStringLiteral("checksum mismatch")), qPrintable(o.failed));
        QVERIFY(!QFile::exists(dest(QStringLiteral("bad.pth"))));
        QVERIFY(!QFile::exists(dest(QStringLiteral("bad.pth.part"))));
    }

    void interruptedDownloadResumes()
    {
        m_server.setBehaviour(test::LocalHttpServer::Behaviour::DropOnce, 100 * 1024);
        const int before = m_server.requests().size();
        WeightsDownloader d;
        d.setRetryDelay(10);
        const Outcome o = download(d, dest(QStringLiteral("resumed.pth")), m_prefix);
        QVERIFY2(o.failed.isEmpty(), qPrintable(o.failed));
        QCOMPARE(test::readBytes(o.finished), m_file);
        QVERIFY(!o.messages.isEmpty()); // it said it would retry
        // Our retry asked only for the rest. (Qt itself may resend the first request once when the
        // connection drops before it has read the status line; that one has no Range header.)
        const auto& reqs = m_server.requests();
        int ranged = 0;
        for (int i = before; i < reqs.size(); ++i)
            ranged += reqs[i].range.isEmpty() ? 0 : 1;
        QCOMPARE(ranged, 1);
        QCOMPARE(reqs.last().range, QByteArray("bytes=") + QByteArray::number(100 * 1024) + "-");
    }

    void partialFileFromAnEarlierRunIsContinued()
    {
        test::writeBytes(dest(QStringLiteral("later.pth.part")), m_file.left(123456));
        WeightsDownloader d;
        const Outcome o = download(d, dest(QStringLiteral("later.pth")), m_prefix);
        QVERIFY2(o.failed.isEmpty(), qPrintable(o.failed));
        QCOMPARE(test::readBytes(o.finished), m_file);
        QCOMPARE(m_server.requests().last().range, QByteArray("bytes=123456-"));
    }

    void serverErrorsAreRetriedThenReported()
    {
        m_server.setBehaviour(test::LocalHttpServer::Behaviour::Error500);
        WeightsDownloader d;
        d.setRetryDelay(10);
        d.setRetries(2);
        const int before = m_server.requests().size();
        const Outcome o = download(d, dest(QStringLiteral("e500.pth")), m_prefix);
        QVERIFY2(o.failed.contains(QStringLiteral("HTTP 500")) && o.failed.contains(QStringLiteral("3 attempts")), qPrintable(o.failed));
        QCOMPARE(m_server.requests().size() - before, 3);
        // A missing file is not retried.
        m_server.setBehaviour(test::LocalHttpServer::Behaviour::NotFound);
        const int before404 = m_server.requests().size();
        const Outcome nf = download(d, dest(QStringLiteral("e404.pth")), m_prefix);
        QVERIFY(nf.failed.contains(QStringLiteral("HTTP 404")));
        QCOMPARE(m_server.requests().size() - before404, 1);
    }

    void stalledServerTimesOut()
    {
        m_server.setBehaviour(test::LocalHttpServer::Behaviour::Stall);
        WeightsDownloader d;
        d.setTimeout(300);
        d.setRetries(1);
        d.setRetryDelay(10);
        const Outcome o = download(d, dest(QStringLiteral("stall.pth")), m_prefix);
        QVERIFY2(o.failed.contains(QStringLiteral("timeout")), qPrintable(o.failed));
    }

    void cancelKeepsThePartialFile()
    {
        m_server.setBehaviour(test::LocalHttpServer::Behaviour::Trickle);
        WeightsDownloader d;
        connect(&d, &WeightsDownloader::progress, &d, [&](qint64 got) {
            if (got >= 8192)
                d.cancel();
        });
        const Outcome o = download(d, dest(QStringLiteral("cancel.pth")), m_prefix);
        QVERIFY(o.cancelled);
        QVERIFY(!QFile::exists(dest(QStringLiteral("cancel.pth"))));
        QVERIFY(QFile::exists(dest(QStringLiteral("cancel.pth.part"))));
    }

    void connectionRefusedIsReported()
    {
        WeightsDownloader d;
        d.setRetries(0);
        Outcome o;
        QEventLoop loop;
        connect(&d, &WeightsDownloader::failed, &loop, [&](const QString& why) { o.failed = why; loop.quit(); });
        d.start(QUrl(QStringLiteral("http://127.0.0.1:1/x.pth")), dest(QStringLiteral("refused.pth")), m_prefix);
        loop.exec();
        QVERIFY2(o.failed.contains(QStringLiteral("refused"), Qt::CaseInsensitive), qPrintable(o.failed));
    }

    void hubCacheIsReusedAndVerifiedOnce()
    {
        const QString torchHome = m_dir.filePath(QStringLiteral("torch"));
        qputenv("TORCH_HOME", torchHome.toUtf8());
        AppSettings settings;
        settings.setWeightsCacheDir(m_dir.filePath(QStringLiteral("graft-cache")));
        WeightsStore store(settings);
        QCOMPARE(WeightsStore::hubCacheDir(), torchHome + QStringLiteral("/hub/checkpoints"));
        // A zoo entry whose official file is our generated one.
        ArchitectureInfo arch = architecture("resnet18");
        arch.weights.fileName = "resnet18-" + m_prefix.toStdString() + ".pth";
        arch.weights.sha256Prefix = m_prefix.toStdString();
        QCOMPARE(int(store.find(arch).source), int(WeightsLocation::Source::None));
        test::writeBytes(torchHome + QStringLiteral("/hub/checkpoints/") + QString::fromStdString(arch.weights.fileName), m_file);
        const WeightsLocation loc = store.find(arch);
        QCOMPARE(int(loc.source), int(WeightsLocation::Source::HubCache));
        QVERIFY(loc.official);
        QVERIFY(store.verify(arch, loc.path, true).ok);
        // The result is recorded: a changed file is checked again and fails.
        QVERIFY(QFile::exists(settings.weightsCacheDir() + QStringLiteral("/index.json")));
        QTest::qWait(20); // a new modification time
        test::writeBytes(loc.path, randomBytes(1000));
        const VerifyResult bad = store.verify(arch, loc.path, true);
        QVERIFY(!bad.ok);
        QVERIFY2(bad.message.contains(QStringLiteral("checksum mismatch")), qPrintable(bad.message));
        // The offline advice names the file and where to put it.
        const QString advice = store.offlineAdvice(architecture("resnet50"));
        QVERIFY(advice.contains(QStringLiteral("resnet50-11ad3fa6.pth")) && advice.contains(torchHome));
        qunsetenv("TORCH_HOME");
    }

    void importCompatibleAndIncompatibleFiles()
    {
        AppSettings settings;
        settings.setWeightsCacheDir(m_dir.filePath(QStringLiteral("graft-cache-import")));
        WeightsStore store(settings);
        const QString ref = m_dir.filePath(QStringLiteral("r18"));
        QVERIFY(test::runPython(QStringLiteral("make_reference.py"), {QStringLiteral("resnet18"), ref}));
        const WeightsLocation imported = store.importFile(architecture("resnet18"), ref + QStringLiteral("/weights.pth"));
        QCOMPARE(int(imported.source), int(WeightsLocation::Source::Imported));
        QVERIFY(imported.path.startsWith(settings.weightsCacheDir()));
        QCOMPARE(store.find(architecture("resnet18")).path, imported.path);
        QVERIFY(store.verify(architecture("resnet18"), imported.path, false).ok);
        try {
            store.importFile(architecture("resnet34"), ref + QStringLiteral("/weights.pth"));
            QFAIL("imported weights of another architecture");
        } catch (const Error& e) {
            const QString msg = QString::fromUtf8(e.what());
            QVERIFY2(msg.contains(QStringLiteral("do not fit ResNet-34")) && msg.contains(QStringLiteral("Missing")), qPrintable(msg));
        }
        QCOMPARE(int(store.find(architecture("resnet34")).source), int(WeightsLocation::Source::None));
    }

    void weightsFoldersFindOtherFilesForAnArchitecture()
    {
        GRAFT_REQUIRE_SHARED();
        AppSettings settings;
        settings.setWeightsCacheDir(m_dir.filePath(QStringLiteral("graft-cache-folders")));
        settings.setWeightsFolders({test::sharedDir() + QStringLiteral("/models")});
        WeightsStore store(settings);
        const WeightsLocation loc = store.find(architecture("mobilenet_v2"));
        QCOMPARE(int(loc.source), int(WeightsLocation::Source::Folder));
        QVERIFY(loc.path.endsWith(QStringLiteral("mobilenet_v2-imagenet-dq.pth")));
        QVERIFY(!loc.official); // not torchvision's file: checked by fit, not by checksum
        QVERIFY(store.verify(architecture("mobilenet_v2"), loc.path, false).ok);
        settings.setWeightsFolders({});
    }
};

QTEST_GUILESS_MAIN(TestWeights)
#include "tst_weights.moc"
