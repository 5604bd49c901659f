// Runs code with the window's texts in another language, then puts back the translations and the
// number format that were in place (also when a check inside fails and returns early).
// Header-only: for the tests that link Graft's ui library (installTranslations).
#pragma once

#include "Translations.h"

#include <QCoreApplication>
#include <QLocale>
#include <QScopeGuard>
#include <QTranslator>

namespace graft::test {

template <class Fn>
auto inLanguage(const QString& language, Fn&& fn)
{
    const auto before = QCoreApplication::instance()->findChildren<QTranslator*>();
    const QLocale locale;
    const auto restore = qScopeGuard([&] {
        for (QTranslator* t : QCoreApplication::instance()->findChildren<QTranslator*>())
            if (!before.contains(t)) {
                QCoreApplication::removeTranslator(t);
                delete t;
            }
        QLocale::setDefault(locale);
    });
    ui::installTranslations(language);
    return fn();
}

} // namespace graft::test
