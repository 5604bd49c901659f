#include "ImageTrash.h"

#include "Notify.h"

#include <QCoreApplication>
#include <QFile>
#include <QMessageBox>

namespace graft::ui {

QStringList moveImagesToTrash(QWidget* parent, const QStringList& paths, bool confirm)
{
    if (paths.isEmpty())
        return {};
    const QString title = QCoreApplication::translate("ImageTrash", "Move to trash");
    if (confirm
        && QMessageBox::question(parent, title,
                                 QCoreApplication::translate("ImageTrash",
                                                             "Move %Ln image(s) to the trash? They can be restored from there. "
                                                             "Continuing a run trains without them; a new run leaves them out.",
                                                             nullptr, int(paths.size())))
               != QMessageBox::Yes)
        return {};
    QStringList trashed;
    for (const QString& path : paths) {
        if (QFile::moveToTrash(path))
            trashed << path;
        else
            showProblem(parent, title,
                        QCoreApplication::translate("ImageTrash", "%1 could not be moved to the trash; check its permissions.").arg(path));
    }
    return trashed;
}

} // namespace graft::ui
