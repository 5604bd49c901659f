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

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Graft"));
    QApplication::setApplicationName(QStringLiteral("Graft"));
    QApplication::setApplicationDisplayName(QStringLiteral("Graft"));
    QApplication::setApplicationVersion(QStringLiteral(GRAFT_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.graft_app.Graft"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/graft/icons/graft.svg")));

    graft::app::AppSettings settings;
    graft::ui::installTranslations(settings.language());

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "No-code transfer learning for image classifiers"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("path"),
                                 QApplication::translate("main", "A .graft project, a dataset folder, or class folders"),
                                 QStringLiteral("[path...]"));
    QCommandLineOption sample(QStringLiteral("sample-project"), QApplication::translate("main", "Open the sample project on this dataset"), QStringLiteral("dir"));
    parser.addOption(sample);
    parser.process(app);

    graft::ui::MainWindow window;
    if (parser.isSet(sample)) {
        window.openSampleProject(parser.value(sample));
    } else if (!parser.positionalArguments().isEmpty()) {
        const QStringList paths = parser.positionalArguments();
        if (QFileInfo(paths.first()).isDir())
            window.dataPage()->openDataset(paths); // a dataset folder, or the class folders themselves
        else
            window.openProjectFile(paths.first());
    }
    window.show();
    return app.exec();
}
