// File dialogs that open where the user last went for the same purpose ("dataset", "images",
// "export" ...; kept in the settings, so also after a restart); the first time in a folder the
// caller suggests, else the home folder; never wherever the program was started from.
#pragma once

#include <QString>
#include <QStringList>

class QWidget;

namespace graft::ui {

QString chooseFolder(QWidget* parent, const QString& purpose, const QString& title, const QString& firstFolder = QString());
QString chooseOpenFile(QWidget* parent, const QString& purpose, const QString& title, const QString& filter);
QStringList chooseOpenFiles(QWidget* parent, const QString& purpose, const QString& title, const QString& filter);
// `fileName`: the name suggested, in the purpose's last folder.
QString chooseSaveFile(QWidget* parent, const QString& purpose, const QString& title, const QString& fileName,
                       const QString& filter, const QString& firstFolder = QString());

// The folder a dialog for `purpose` opens in: the last one remembered while it exists, else
// `firstFolder` when it exists, else the home folder. Remembering one (the folder of a file).
QString lastFolder(const QString& purpose, const QString& firstFolder = QString());
void rememberFolder(const QString& purpose, const QString& path);

} // namespace graft::ui
