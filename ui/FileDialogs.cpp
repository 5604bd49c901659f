#include "FileDialogs.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QSettings>

namespace graft::ui {

namespace {
QString key(const QString& purpose) { return QStringLiteral("dialogs/") + purpose; }
} // namespace

QString lastFolder(const QString& purpose, const QString& firstFolder)
{
    for (const QString& dir : {QSettings().value(key(purpose)).toString(), firstFolder})
        if (!dir.isEmpty() && QFileInfo(dir).isDir())
            return dir;
    return QDir::homePath();
}

void rememberFolder(const QString& purpose, const QString& path)
{
    if (path.isEmpty())
        return;
    const QFileInfo info(path);
    QSettings().setValue(key(purpose), info.isDir() ? info.absoluteFilePath() : info.absolutePath());
}

QString chooseFolder(QWidget* parent, const QString& purpose, const QString& title, const QString& firstFolder)
{
    const QString dir = QFileDialog::getExistingDirectory(parent, title, lastFolder(purpose, firstFolder));
    if (!dir.isEmpty()) {
        // The next choice is likely beside this one (another dataset, another batch of images).
        rememberFolder(purpose, QFileInfo(dir).absolutePath());
    }
    return dir;
}

QString chooseOpenFile(QWidget* parent, const QString& purpose, const QString& title, const QString& filter)
{
    const QString file = QFileDialog::getOpenFileName(parent, title, lastFolder(purpose), filter);
    rememberFolder(purpose, file);
    return file;
}

QStringList chooseOpenFiles(QWidget* parent, const QString& purpose, const QString& title, const QString& filter)
{
    const QStringList files = QFileDialog::getOpenFileNames(parent, title, lastFolder(purpose), filter);
    if (!files.isEmpty())
        rememberFolder(purpose, files.first());
    return files;
}

QString chooseSaveFile(QWidget* parent, const QString& purpose, const QString& title, const QString& fileName,
                       const QString& filter, const QString& firstFolder)
{
    const QString file = QFileDialog::getSaveFileName(parent, title, QDir(lastFolder(purpose, firstFolder)).filePath(fileName), filter);
    rememberFolder(purpose, file);
    return file;
}

} // namespace graft::ui
