// Every architecture of the zoo against torchvision: /usr/bin/python3 builds the torchvision model with
// a fixed seed and randomised statistics, saves its state_dict and its logits for a fixed input; our
// C++ model loads the file and must give the same logits (max |difference| <= 1e-4 x logit scale).
#include "TestEnv.h"
#include "models/Model.h"

#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace graft;

class TestModelParity final : public QObject
{
    Q_OBJECT

private:
    static void compare(const QString& arch, const QString& format, int size)
    {
        QTemporaryDir dir;
        QVERIFY(test::runPython(QStringLiteral("make_reference.py"),
                                {arch, dir.path(), QStringLiteral("--size"), QString::number(size),
                                 QStringLiteral("--format"), format}));
        Model model = Model::create(arch.toStdString(), 1000);
        const WeightsLoadReport report = model.loadWeights(dir.filePath(QStringLiteral("weights.pth")).toStdString());
        QVERIFY(report.tensorsLoaded > 0);
        const auto input = test::readFloats(dir.filePath(QStringLiteral("input.f32")));
        const auto expected = test::readFloats(dir.filePath(QStringLiteral("logits.f32")));
        const auto logits = model.predictLogits(input, 2, size);
        QCOMPARE(logits.size(), expected.size());
        double worst = 0, scale = 0;
        for (std::size_t i = 0; i < logits.size(); ++i) {
            worst = std::max(worst, double(std::fabs(logits[i] - expected[i])));
            scale = std::max(scale, double(std::fabs(expected[i])));
        }
        qInfo("%s (%s): max |difference| %.3g, logit scale %.3g", qPrintable(arch), qPrintable(format), worst, scale);
        QVERIFY2(worst <= 1e-4 * std::max(scale, 1e-3),
                 qPrintable(QStringLiteral("%1: max difference %2 at logit scale %3").arg(arch).arg(worst).arg(scale)));
    }

private Q_SLOTS:
    void parity_data()
    {
        QTest::addColumn<int>("size");
        for (const auto& a : architectures())
            QTest::newRow(a.name.c_str()) << (a.name == "inception_v3" ? 96 : 64);
    }

    void parity()
    {
        QFETCH(int, size);
        compare(QString::fromLatin1(QTest::currentDataTag()), QStringLiteral("zip"), size);
    }

    // Weights saved with torch.save's legacy (non-zip) format and as TorchScript load as well.
    void otherFormats_data()
    {
        QTest::addColumn<QString>("format");
        QTest::newRow("legacy") << QStringLiteral("legacy");
        QTest::newRow("torchscript") << QStringLiteral("torchscript");
    }

    void otherFormats()
    {
        QFETCH(QString, format);
        compare(QStringLiteral("resnet18"), format, 64);
    }
};

QTEST_APPLESS_MAIN(TestModelParity)
#include "tst_model_parity.moc"
