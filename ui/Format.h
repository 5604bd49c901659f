// Numbers in the window, written the user's way: QString::arg(double) writes "72.5" in every
// language, QLocale "72,5" in German. Percent signs stay in the (translated) texts.
#pragma once

#include <QLocale>
#include <QString>

namespace graft::ui {

inline QString decimal(double value, int decimals) { return QLocale().toString(value, 'f', decimals); }

} // namespace graft::ui
