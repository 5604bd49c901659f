// graft: the desktop application.
//   graft                      a new project
//   graft PROJECT.graft        open a project
//   graft DATASET_DIR          a new project on that dataset
//   graft --sample-project DIR the sample project (make run)
#include "DataPage.h"
#include "MainWindow.h"
#include "Translations.h"
#include "app/core/AppSettings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>

#include <cstdio>
#include <memory>

namespace {

// --help and --version print and exit; they must work in a terminal with no display (over SSH),
// where creating a QApplication aborts: those get a QCoreApplication.
bool onlyPrints(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray a(argv[i]);
        if (a == "--help" || a == "-h" || a == "-?" || a == "--version" || a == "-v")
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char** argv)
{
    const bool printOnly = onlyPrints(argc, argv);
    const std::unique_ptr<QCoreApplication> app(printOnly ? new QCoreApplication(argc, argv) : new QApplication(argc, argv));
    QCoreApplication::setOrganizationName(QStringLiteral("Graft"));
    QCoreApplication::setApplicationName(QStringLiteral("Graft"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GRAFT_VERSION));
    if (!printOnly) {
        QApplication::setApplicationDisplayName(QStringLiteral("Graft"));
        QApplication::setDesktopFileName(QStringLiteral("io.github.graft_app.Graft"));
        QApplication::setWindowIcon(QIcon(QStringLiteral(":/graft/icons/graft.svg")));
    }

    graft::app::AppSettings settings;
    graft::ui::installTranslations(settings.language());

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "No-code transfer learning for image classifiers"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("path"),
                                 QCoreApplication::translate("main", "A .graft project, a dataset folder, or class folders"),
                                 QStringLiteral("[path...]"));
    const QCommandLineOption sample(QStringLiteral("sample-project"),
                                    QCoreApplication::translate("main", "Open the sample project on this dataset"), QStringLiteral("dir"));
    parser.addOption(sample);
    parser.process(*app); // --help and --version print and exit here

    graft::ui::MainWindow window;
    if (window.offerUnsavedProject()) {
        // the project a crash left unsaved, with its runs, instead of the one asked for
    } else if (parser.isSet(sample)) {
        window.openSampleProject(parser.value(sample));
    } else if (!parser.positionalArguments().isEmpty()) {
        const QStringList paths = parser.positionalArguments();
        if (QFileInfo(paths.first()).isDir())
            window.dataPage()->openDataset(paths); // a dataset folder, or the class folders themselves
        else
            window.openProjectFile(paths.first());
    }
    window.show();
    return app->exec();
}
