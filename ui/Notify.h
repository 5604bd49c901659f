// Telling the user about something that went wrong in a background job, without blocking the window
// (a modal exec() would stop the event loop that keeps training progress flowing).
#pragma once

#include <QMessageBox>

namespace graft::ui {

inline void showProblem(QWidget* parent, const QString& title, const QString& text)
{
    auto* box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(QStringLiteral("problemBox"));
    box->open();
}

} // namespace graft::ui
