// Translations are complete: every source string of the GUI is in each .ts file with a finished
// translation, placeholders (%1, %Ln) survive translation, and the compiled files load in the app.
#include "InLanguage.h"
#include "TestEnv.h"
#include "Format.h"
#include "MessageText.h"
#include "Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>


using namespace graft;
using test::inLanguage;

namespace {
struct Message
{
    QString context, source;
    bool numerus = false;
    bool finished = false;
    QStringList translations; // numerus forms, or the one translation
};

QList<Message> readTs(const QString& path)
{
    QList<Message> out;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return out;
    QXmlStreamReader xml(&f);
    QString context;
    Message m;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name"))
            context = xml.readElementText();
        else if (name == QLatin1String("message")) {
            m = Message{context, {}, xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes"), false, {}};
        } else if (name == QLatin1String("source")) {
            m.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            m.finished = type.isEmpty();
            if (m.numerus) {
                while (xml.readNextStartElement())
                    m.translations << xml.readElementText();
            } else {
                m.translations << xml.readElementText();
            }
            out << m;
        }
    }
    return out;
}

QStringList placeholders(const QString& s)
{
    QStringList out;
    QRegularExpressionMatchIterator it = QRegularExpression(QStringLiteral("%L?(n|\\d)")).globalMatch(s);
    while (it.hasNext())
        out << it.next().captured(0);
    out.sort();
    out.removeDuplicates();
    return out;
}
} // namespace

class TestTranslations final : public QObject
{
    Q_OBJECT

private:
    // A text as the window shows it in `language` (Graft's and Qt's translations installed as
    // graft does at start-up), the translators removed again afterwards.
    static QString translatedAs(const QString& language, const char* context, const char* source, int n = -1)
    {
        return inLanguage(language, [&] { return QCoreApplication::translate(context, source, nullptr, n); });
    }
private Q_SLOTS:
    void complete_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("German") << QStringLiteral("graft_de.ts");
        QTest::newRow("Simplified Chinese") << QStringLiteral("graft_zh_CN.ts");
    }

    void complete()
    {
        QFETCH(QString, file);
        const QString committed = test::sourceDir() + QStringLiteral("/translations/") + file;
        const QList<Message> messages = readTs(committed);
        QVERIFY(messages.size() > 300);
        for (const Message& m : messages) {
            QVERIFY2(m.finished, qPrintable(QStringLiteral("unfinished: %1 / %2").arg(m.context, m.source)));
            for (const QString& t : m.translations) {
                QVERIFY2(!t.trimmed().isEmpty(), qPrintable(QStringLiteral("empty: %1").arg(m.source)));
                QCOMPARE(placeholders(t), placeholders(m.source));
            }
            if (m.numerus)
                QVERIFY(!m.translations.isEmpty());
            // A menu accelerator must stay an accelerator.
            if (m.source.contains(QRegularExpression(QStringLiteral("&[A-Za-z]"))))
                QVERIFY2(m.translations.first().contains(QLatin1Char('&')), qPrintable(m.source));
        }
        // Every string in the sources is in the file: lupdate on a copy adds nothing unfinished.
        QTemporaryDir dir;
        const QString copy = dir.filePath(file);
        QVERIFY(QFile::copy(committed, copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        QProcess lupdate;
        lupdate.setProcessChannelMode(QProcess::MergedChannels);
        lupdate.start(QStringLiteral(GRAFT_LUPDATE),
                      QStringList{QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("none"),
                                  QStringLiteral("-no-recursive")}
                          + QString::fromUtf8(test::readBytes(QStringLiteral(GRAFT_TRANSLATED_SOURCES_FILE))).split(QLatin1Char('\n'), Qt::SkipEmptyParts)
                          + QStringList{QStringLiteral("-ts"), copy});
        QVERIFY(lupdate.waitForFinished(120000));
        QCOMPARE(lupdate.exitCode(), 0);
        QStringList missing;
        for (const Message& m : readTs(copy))
            if (!m.finished)
                missing << m.context + QStringLiteral(": ") + m.source;
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("not translated in %1:\n").arg(file) + missing.join(QLatin1Char('\n'))));
        QCOMPARE(readTs(copy).size(), messages.size()); // nothing obsolete left in the file either
    }

    void englishPluralsAreComplete()
    {
        for (const Message& m : readTs(test::sourceDir() + QStringLiteral("/translations/graft_en.ts"))) {
            QVERIFY(m.numerus);
            QCOMPARE(m.translations.size(), 2);
            QVERIFY(m.finished);
        }
    }

    void compiledTranslationsLoad()
    {
        QTranslator de, zh;
        QVERIFY(de.load(QStringLiteral(":/i18n/graft_de.qm")));
        QVERIFY(zh.load(QStringLiteral(":/i18n/graft_zh_CN.qm")));
        QCOMPARE(de.translate("graft::ui::MainWindow", "&File"), QStringLiteral("&Datei"));
        QCOMPARE(zh.translate("graft::ui::MainWindow", "&File"), QStringLiteral("文件(&F)"));
        // The plural form is chosen here; tr() then puts the number in for %Ln.
        QCOMPARE(de.translate("graft::ui::EvaluatePage", "Move %Ln image(s) to the class:", nullptr, 3),
                 QStringLiteral("%Ln Bilder in die Klasse verschieben:"));
        QTranslator en;
        QVERIFY(en.load(QStringLiteral(":/i18n/graft_en.qm")));
        QCOMPARE(en.translate("graft::ui::EvaluatePage", "Move %Ln image(s) to the class:", nullptr, 1),
                 QStringLiteral("Move %Ln image to the class:"));
    }

    void countsAreWrittenTheLocaleWay()
    {
        // "10.000 Bilder" in German, "10,000 images" in English: counts go through the locale.
        QTranslator de;
        QVERIFY(de.load(QStringLiteral(":/i18n/graft_de.qm")));
        QCoreApplication::installTranslator(&de);
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        const QString german = QCoreApplication::translate("graft::ui::DataPage", "%Ln image(s)", nullptr, 10000);
        QCoreApplication::removeTranslator(&de);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        const QString english = QCoreApplication::translate("graft::ui::DataPage", "%Ln image(s)", nullptr, 10000);
        QLocale::setDefault(before);
        QCOMPARE(german, QStringLiteral("10.000 Bilder"));
        QCOMPARE(english, QStringLiteral("10,000 image(s)")); // without the English plural file installed
    }

    void qtsOwnStringsFollowTheLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("cancel");
        QTest::newRow("German") << QStringLiteral("de") << QStringLiteral("Abbrechen");
        QTest::newRow("Chinese") << QStringLiteral("zh_CN") << QStringLiteral("取消");
    }

    void qtsOwnStringsFollowTheLanguage()
    {
        // Dialog buttons (OK, Cancel, Save...) come from Qt's translations (qt6-translations-l10n),
        // installed with Graft's: a German window has no English "Cancel".
        QFETCH(QString, language);
        QFETCH(QString, cancel);
        QCOMPARE(translatedAs(language, "QPlatformTheme", "Cancel"), cancel);
    }

    void engineMessagesFollowTheLanguage()
    {
        // Every kind of line a run logs, and of error a user meets, is written in the window's
        // language, all of its values in place; the English window writes its plurals. A message
        // of no known kind keeps its English.
        const std::vector<std::string> values{"3", "5", "0.5000", "12.5", "1", "0.2500", "50.0", "1.5", "1", "x", "y"};
        for (const std::string& id : allLogIds()) {
            // A failure's values are its error's kind and values.
            const LogMessage m{id, id == logid::kFailed ? std::vector<std::string>{logid::kErrorRunBusy, "x"} : values, "ENGLISH"};
            const QString english = inLanguage(QStringLiteral("en"), [&] { return ui::messageText(m); });
            const QString german = inLanguage(QStringLiteral("de"), [&] { return ui::messageText(m); });
            const QString chinese = inLanguage(QStringLiteral("zh_CN"), [&] { return ui::messageText(m); });
            for (const QString& text : {english, german, chinese}) {
                QVERIFY2(text != QLatin1String("ENGLISH"), id.c_str());
                QVERIFY2(!text.contains(QRegularExpression(QStringLiteral("%L?(n|\\d)"))), qPrintable(text));
                QVERIFY2(!text.contains(QLatin1String("(s)")), qPrintable(text));
            }
            QVERIFY2(german != english && chinese != english, qPrintable(english));
        }
        const LogMessage epoch{logid::kEpoch, {"2", "5", "0.7641", "84.8", "1", "0.8294", "78.3", "0.12", "1"}, "Epoch 2/5"};
        QCOMPARE(inLanguage(QStringLiteral("de"), [&] { return ui::messageText(epoch); }),
                 QStringLiteral("Epoche 2/5: Trainingsverlust 0,7641, Genauigkeit 84,8 %; Validierungsverlust 0,8294, "
                                "Genauigkeit 78,3 %; 0,12 s (bestes)"));
        const LogMessage rate{logid::kAdviceRateTooHigh, {"1.4000", "2.3000", "0.01"}, "Advice: ..."};
        QCOMPARE(inLanguage(QStringLiteral("de"), [&] { return ui::messageText(rate); }),
                 QStringLiteral("Rat: Der Trainingsverlust ist gestiegen statt gefallen (1,4000 auf 2,3000): Die Lernrate "
                                "(0,01) ist wahrscheinlich zu hoch; „Suchen…“ daneben schlägt eine vor"));
        QCOMPARE(ui::messageText({"a-later-kind", {"1"}, "As it was written"}), QStringLiteral("As it was written"));
        QCOMPARE(ui::messageText({logid::kFailed, {"", "1"}, "Failed: no kind"}), QStringLiteral("Failed: no kind"));
        const LogMessage diverged{logid::kFailed, {logid::kErrorDiverged, "nan", "0.100000"}, "Failed: training diverged"};
        QCOMPARE(inLanguage(QStringLiteral("de"), [&] { return ui::messageText(diverged); }),
                 QStringLiteral("Fehlgeschlagen: Das Training ist divergiert (der Verlust wurde NaN); senken Sie die "
                                "Lernrate (jetzt 0,100000)."));
        QCOMPARE(ui::messageText({logid::kEpoch, {"2"}, "Epoch 2/5 (too few values)"}), QStringLiteral("Epoch 2/5 (too few values)"));
    }

    void percentagesFollowTheLanguage()
    {
        // A percentage standing alone (a run's accuracy in its title, a confidence) is written as
        // the language writes it: "78,3 %" in German, "78.3%" in English and Chinese.
        QCOMPARE(inLanguage(QStringLiteral("de"), [] { return ui::percent(0.783); }), QStringLiteral("78,3 %"));
        QCOMPARE(inLanguage(QStringLiteral("en"), [] { return ui::percent(0.783); }), QStringLiteral("78.3%"));
        QCOMPARE(inLanguage(QStringLiteral("zh_CN"), [] { return ui::percent(0.783); }), QStringLiteral("78.3%"));
    }

    void decimalsAreWrittenTheLocaleWay()
    {
        // "Trainable: ... (0,6 %)" in German: numbers with decimals go through the locale too
        // (QString::arg(double) would write "0.6" in every language).
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        const QString german = ui::decimal(1234.5, 1);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        const QString english = ui::decimal(1234.5, 1);
        QLocale::setDefault(before);
        QCOMPARE(german, QStringLiteral("1.234,5"));
        QCOMPARE(english, QStringLiteral("1,234.5"));
    }

    void installedForAnyLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("expected");
        QTest::newRow("German") << QStringLiteral("de") << QStringLiteral("3 Bilder in die Klasse verschieben:");
        // No Graft translation for these: English, with its plural forms, not "image(s)".
        QTest::newRow("C locale") << QStringLiteral("C") << QStringLiteral("Move 3 images to the class:");
        QTest::newRow("French") << QStringLiteral("fr") << QStringLiteral("Move 3 images to the class:");
    }

    void installedForAnyLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, expected);
        QCOMPARE(translatedAs(language, "graft::ui::EvaluatePage", "Move %Ln image(s) to the class:", 3), expected);
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
