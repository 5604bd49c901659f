// Numbers in the window, written the user's way: QString::arg(double) writes "72.5" in every
// language, QLocale "72,5" in German. Percent signs stay in the (translated) texts.
#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>

namespace graft::ui {

inline QString decimal(double value, int decimals) { return QLocale().toString(value, 'f', decimals); }

// A share (0..1) as a percentage standing alone, the language's way: "78.3%", "78,3 %".
inline QString percent(double share, int decimals = 1)
{
    return QCoreApplication::translate("graft::ui::Format", "%1%").arg(decimal(100.0 * share, decimals));
}

} // namespace graft::ui
