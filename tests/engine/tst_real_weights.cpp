// Real ImageNet weights: MobileNetV2 with ../shared/models/mobilenet_v2-imagenet-dq.pth names the
// photos in ../shared/images/imagenet-samples as listed in ../shared/models/README.md.
#include "TestEnv.h"
#include "core/Sha256.h"
#include "data/Transforms.h"
#include "imageio/ImageDecoder.h"
#include "models/Model.h"

#include <QFile>
#include <QTest>

#include <algorithm>

using namespace graft;

class TestRealWeights final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void weightsFileIsTheDocumentedOne()
    {
        GRAFT_REQUIRE_SHARED();
        const QString dir = test::sharedDir() + QStringLiteral("/models/");
        const QString sums = QString::fromUtf8(test::readBytes(dir + QStringLiteral("SHA256SUMS")));
        const QString digest = QString::fromStdString(sha256File((dir + QStringLiteral("mobilenet_v2-imagenet-dq.pth")).toStdString()));
        QVERIFY2(sums.contains(digest), qPrintable(digest));
        const WeightsFileSummary s = inspectWeightsFile((dir + QStringLiteral("mobilenet_v2-imagenet-dq.pth")).toStdString());
        QCOMPARE(QString::fromStdString(s.format), QStringLiteral("PyTorch zip"));
        QCOMPARE(s.tensors, std::size_t(314));
    }

    void predictsTheImageNetClasses_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("label");
        QTest::newRow("bird") << QStringLiteral("bird.bmp") << QStringLiteral("chickadee");
        QTest::newRow("cat") << QStringLiteral("cat.bmp") << QStringLiteral("Egyptian cat");
        QTest::newRow("dragonfly") << QStringLiteral("dragonfly.bmp") << QStringLiteral("dragonfly");
        QTest::newRow("grace_hopper") << QStringLiteral("grace_hopper.bmp") << QStringLiteral("military uniform");
        QTest::newRow("hot_dog") << QStringLiteral("hot_dog.jpg") << QStringLiteral("hotdog");
        QTest::newRow("chips") << QStringLiteral("missvickie_potato_chips.bmp") << QStringLiteral("packet");
        QTest::newRow("parrot") << QStringLiteral("parrot.jpg") << QStringLiteral("macaw");
        QTest::newRow("sunflower") << QStringLiteral("sunflower.bmp") << QStringLiteral("daisy");
    }

    void predictsTheImageNetClasses()
    {
        GRAFT_REQUIRE_SHARED();
        QFETCH(QString, file);
        QFETCH(QString, label);
        static Model model;
        static QStringList classes;
        if (!model) {
            model = Model::create("mobilenet_v2");
            model.loadWeights((test::sharedDir() + QStringLiteral("/models/mobilenet_v2-imagenet-dq.pth")).toStdString());
            classes = QString::fromUtf8(test::readBytes(test::sharedDir() + QStringLiteral("/models/imagenet_classes.txt")))
                          .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            QCOMPARE(classes.size(), 1000);
        }
        // resize 256, centre crop 224, ImageNet mean/std, RGB (the README's recipe)
        PreprocessSpec spec;
        spec.resizeSize = 256;
        spec.cropSize = 224;
        const Image img = evalTransform(readImage((test::sharedDir() + QStringLiteral("/images/imagenet-samples/") + file).toStdString()), spec);
        std::vector<float> input(3 * 224 * 224);
        toNormalizedChw(img, spec.mean, spec.std, input.data());
        const auto logits = model.predictLogits(input, 1, 224);
        const auto best = std::max_element(logits.begin(), logits.end()) - logits.begin();
        QCOMPARE(classes.at(int(best)).trimmed(), label);
    }
};

QTEST_APPLESS_MAIN(TestRealWeights)
#include "tst_real_weights.moc"
