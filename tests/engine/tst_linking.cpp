// How Graft's programs link LibTorch (graft_link_after_libstdcxx): calls to std::filesystem bind
// to libstdc++, or to the program itself where libstdc++ is linked statically, never to the copy a
// LibTorch binary exports (issue 3: upstream LibTorch's remove_all jumped to address 0 on CUDA).
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

class TestLinking : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void filesystemCallsBindToLibstdcxx_data()
    {
        QTest::addColumn<QString>("probe");
        QTest::addColumn<bool>("staticLibstdcxx");
        QTest::newRow("shared libstdc++") << QStringLiteral(GRAFT_LINK_PROBE_SHARED) << false;
#ifdef GRAFT_LINK_PROBE_STATIC
        QTest::newRow("static libstdc++") << QStringLiteral(GRAFT_LINK_PROBE_STATIC) << true;
#else
        qWarning("No libstdc++.a here: a statically linked libstdc++ is not checked");
#endif
    }

    void filesystemCallsBindToLibstdcxx()
    {
        QFETCH(QString, probe);
        QFETCH(bool, staticLibstdcxx);
        QTemporaryDir temp;
        QVERIFY(temp.isValid());
        const QString folder = temp.filePath(QStringLiteral("doomed"));
        QVERIFY(QDir().mkpath(folder));
        QFile file(folder + QStringLiteral("/a.txt"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();

        QProcess run;
        run.start(probe, {folder});
        QVERIFY2(run.waitForFinished(30000), qPrintable(run.errorString()));
        const QString out = QString::fromLocal8Bit(run.readAllStandardOutput());
        QVERIFY2(run.exitCode() == 0, qPrintable(QString::fromLocal8Bit(run.readAllStandardError())));
        // The folder and its file: 2 (the stand-in for LibTorch would answer 424242 and keep them).
        QVERIFY2(out.contains(QStringLiteral("removed 2\n")), qPrintable(out));
        QVERIFY(!QFileInfo::exists(folder));
        const QString from = out.section(QStringLiteral("from "), 1).trimmed();
        QVERIFY2(!from.contains(QStringLiteral("fake_torch")), qPrintable(from));
        if (staticLibstdcxx)
            QCOMPARE(from, QFileInfo(probe).canonicalFilePath());
        else
            QVERIFY2(from.contains(QStringLiteral("libstdc++")), qPrintable(from));
    }
};

QTEST_GUILESS_MAIN(TestLinking)
#include "tst_linking.moc"
