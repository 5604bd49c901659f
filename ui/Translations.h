// Loading the GUI's translations: Qt's own and Graft's, for a language or the system's.
#pragma once

#include <QString>

namespace graft::ui {

// Installs the translations for `language` ("de", "zh_CN"; empty: the system's language) into the
// running application. Where Graft has none for it (or the locale is "C"), English is installed:
// it holds the plural forms ("1 image", "2 images") that the sources write as "image(s)". A chosen
// language also becomes the default locale, for numbers and dates.
void installTranslations(const QString& language);

} // namespace graft::ui
