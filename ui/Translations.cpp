#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace graft::ui {

void installTranslations(const QString& language)
{
    QCoreApplication* app = QCoreApplication::instance();
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    if (!language.isEmpty()) // numbers the chosen language's way too ("0,5" in German)
        QLocale::setDefault(locale);
    auto* qt = new QTranslator(app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto* graft = new QTranslator(app);
    if (graft->load(locale, QStringLiteral("graft"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || graft->load(QStringLiteral("graft_en"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(graft);
}

} // namespace graft::ui
