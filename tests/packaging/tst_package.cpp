// The .deb: built with CPack, unpacked into a scratch root (dpkg -x), its programs run from there,
// and its desktop integration (desktop file, AppStream metainfo, MIME type, icons, man pages) checked.
#include "TestEnv.h"

#include <QDir>
#include <QDirIterator>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace graft;

namespace {
struct Run
{
    int code = -1;
    QString out;
};
enum class Display { Offscreen, None };
Run run(const QString& program, const QStringList& args, const QString& dir = QString(), Display display = Display::Offscreen)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    if (!dir.isEmpty())
        p.setWorkingDirectory(dir);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (display == Display::Offscreen) {
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    } else { // a terminal over SSH
        for (const char* name : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"})
            env.remove(QLatin1String(name));
    }
    p.setProcessEnvironment(env);
    p.start(program, args);
    if (!p.waitForFinished(600000))
        p.kill();
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAll())};
}
} // namespace

class TestPackage final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_deb, m_root;

private Q_SLOTS:
    void buildAndUnpack()
    {
        const QString out = m_dir.filePath(QStringLiteral("out"));
        const Run cpack = run(QStringLiteral(GRAFT_CPACK),
                              {QStringLiteral("-G"), QStringLiteral("DEB"), QStringLiteral("-B"), out, QStringLiteral("--config"),
                               test::binaryDir() + QStringLiteral("/CPackConfig.cmake")},
                              test::binaryDir());
        QVERIFY2(cpack.code == 0, qPrintable(cpack.out));
        const QStringList debs = QDir(out).entryList({QStringLiteral("graft_*.deb")}, QDir::Files);
        QCOMPARE(debs.size(), 1);
        m_deb = out + QLatin1Char('/') + debs.first();
        m_root = m_dir.filePath(QStringLiteral("root"));
        const Run extract = run(QStringLiteral("dpkg-deb"), {QStringLiteral("-x"), m_deb, m_root});
        QVERIFY2(extract.code == 0, qPrintable(extract.out));
    }

    void programsRunFromThePackage()
    {
        const Run cli = run(m_root + QStringLiteral("/usr/bin/graft-cli"), {QStringLiteral("--version")});
        QCOMPARE(cli.code, 0);
        QVERIFY2(cli.out.startsWith(QStringLiteral("graft-cli ") + QStringLiteral(GRAFT_VERSION)), qPrintable(cli.out));
        // The window's program answers --version and --help without a display, as in a terminal over SSH.
        const Run gui = run(m_root + QStringLiteral("/usr/bin/graft"), {QStringLiteral("--version")}, QString(), Display::None);
        QCOMPARE(gui.code, 0);
        QVERIFY2(gui.out.contains(QStringLiteral("Graft ") + QStringLiteral(GRAFT_VERSION)), qPrintable(gui.out));
        const Run help = run(m_root + QStringLiteral("/usr/bin/graft"), {QStringLiteral("--help")}, QString(), Display::None);
        QCOMPARE(help.code, 0);
        QVERIFY2(help.out.contains(QStringLiteral("--sample-project")), qPrintable(help.out));
        QCOMPARE(run(m_root + QStringLiteral("/usr/bin/graft-cli"), {QStringLiteral("models"), QStringLiteral("--json")}).out.count(QLatin1Char('\n')), 23);
    }

    void desktopIntegration()
    {
        const QString share = m_root + QStringLiteral("/usr/share/");
        for (const char* f : {"applications/io.github.graft_app.Graft.desktop", "metainfo/io.github.graft_app.Graft.metainfo.xml",
                              "mime/packages/io.github.graft_app.Graft.xml", "icons/hicolor/scalable/apps/io.github.graft_app.Graft.svg",
                              "icons/hicolor/48x48/apps/io.github.graft_app.Graft.png", "icons/hicolor/256x256/apps/io.github.graft_app.Graft.png",
                              "man/man1/graft-cli.1.gz", "man/man1/graft.1.gz"})
            QVERIFY2(QFile::exists(share + QLatin1String(f)), f);
        QVERIFY(QString::fromUtf8(test::readBytes(share + QStringLiteral("applications/io.github.graft_app.Graft.desktop")))
                    .contains(QStringLiteral("MimeType=application/x-graft-project")));
        const QString validator = QStandardPaths::findExecutable(QStringLiteral("desktop-file-validate"));
        if (!validator.isEmpty()) {
            const Run v = run(validator, {share + QStringLiteral("applications/io.github.graft_app.Graft.desktop")});
            QVERIFY2(v.code == 0 && v.out.trimmed().isEmpty(), qPrintable(v.out));
        }
        const QString appstream = QStandardPaths::findExecutable(QStringLiteral("appstreamcli"));
        if (!appstream.isEmpty()) {
            const Run a = run(appstream, {QStringLiteral("validate"), QStringLiteral("--no-net"),
                                          share + QStringLiteral("metainfo/io.github.graft_app.Graft.metainfo.xml")});
            QVERIFY2(a.code == 0, qPrintable(a.out));
        }
    }

    void dependsOnDebianRuntimePackages()
    {
        const Run info = run(QStringLiteral("dpkg-deb"), {QStringLiteral("-f"), m_deb, QStringLiteral("Depends")});
        QCOMPARE(info.code, 0);
        for (const char* pkg : {"libtorch1.13", "libqt6widgets6", "libqt6network6", "libopencv-imgcodecs406", "libqcustomplot2.1-qt6",
                                "libopenblas0-pthread", "qt6-qpa-plugins", "libqt6svg6"})
            QVERIFY2(info.out.contains(QLatin1String(pkg)), pkg);
        // Qt's own dialog buttons in the user's language: wanted, not needed.
        const Run recommends = run(QStringLiteral("dpkg-deb"), {QStringLiteral("-f"), m_deb, QStringLiteral("Recommends")});
        QCOMPARE(recommends.code, 0);
        QVERIFY2(recommends.out.contains(QLatin1String("qt6-translations-l10n")), qPrintable(recommends.out));
        // The sample dataset is made from it.
        QVERIFY2(recommends.out.contains(QLatin1String("dataset-fashion-mnist")), qPrintable(recommends.out));
    }
};

QTEST_GUILESS_MAIN(TestPackage)
#include "tst_package.moc"
