// File dialogs that open where the user last went for the same purpose ("dataset", "images",
// "export" ...; kept in the settings, so also after a restart), the home folder the first time,
// instead of wherever the program was started from.
#pragma once

#include <QString>
#include <QStringList>

class QWidget;

namespace graft::ui {

QString chooseFolder(QWidget* parent, const QString& purpose, const QString& title);
QString chooseOpenFile(QWidget* parent, const QString& purpose, const QString& title, const QString& filter);
QStringList chooseOpenFiles(QWidget* parent, const QString& purpose, const QString& title, const QString& filter);
// `fileName`: the name suggested, in the purpose's last folder (or `folder` when given and the
// purpose has none yet).
QString chooseSaveFile(QWidget* parent, const QString& purpose, const QString& title, const QString& fileName,
                       const QString& filter, const QString& folder = QString());

// The folder a dialog for `purpose` opens in, and remembering one (the folder of a file).
QString lastFolder(const QString& purpose);
void rememberFolder(const QString& purpose, const QString& path);

} // namespace graft::ui
