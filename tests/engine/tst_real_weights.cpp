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
#include <cmath>

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
        const Model& model = imagenetModel();
        const QStringList& classes = imagenetClasses();
        QCOMPARE(classes.size(), 1000);
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

    // A photo in one corner of a grey canvas: where the network looks for the photo's class is
    // that corner (Grad-CAM, Model::heatMap), and the overlay shows it there.
    void heatMapFindsTheObject_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("label");
        QTest::addColumn<int>("corner"); // 0 top left, 1 top right, 2 bottom left, 3 bottom right
        QTest::newRow("parrot top left") << QStringLiteral("parrot.jpg") << QStringLiteral("macaw") << 0;
        QTest::newRow("hot dog bottom right") << QStringLiteral("hot_dog.jpg") << QStringLiteral("hotdog") << 3;
        QTest::newRow("dragonfly top right") << QStringLiteral("dragonfly.bmp") << QStringLiteral("dragonfly") << 1;
        QTest::newRow("cat bottom left") << QStringLiteral("cat.bmp") << QStringLiteral("Egyptian cat") << 2;
    }

    void heatMapFindsTheObject()
    {
        GRAFT_REQUIRE_SHARED();
        QFETCH(QString, file);
        QFETCH(QString, label);
        QFETCH(int, corner);
        const Model& model = imagenetModel();
        const PreprocessSpec spec; // resize 256, centre crop 224
        const Image photo = evalTransform(readImage((test::sharedDir() + QStringLiteral("/images/imagenet-samples/") + file).toStdString()), spec);
        Image canvas(448, 448);
        std::fill(canvas.rgb.begin(), canvas.rgb.end(), std::uint8_t(128));
        const int left = corner % 2 ? 448 - 224 : 0, top = corner / 2 ? 448 - 224 : 0;
        for (int y = 0; y < 224; ++y)
            std::copy(photo.row(y), photo.row(y) + 224 * 3, canvas.pixel(left, top + y));

        const Image crop = evalTransform(canvas, spec);
        std::vector<float> input(3 * 224 * 224);
        toNormalizedChw(crop, spec.mean, spec.std, input.data());
        const int wanted = int(imagenetClasses().indexOf(label));
        const HeatMap map = model.heatMap(input, 224, wanted);
        QCOMPARE(map.classIndex, wanted);
        QCOMPARE(QString::fromStdString(map.layer), QStringLiteral("features.18")); // the last 7 x 7 map at 224
        QCOMPARE(map.width, 7);
        QCOMPARE(map.height, 7);
        QCOMPARE(*std::max_element(map.values.begin(), map.values.end()), 1.0f);
        QVERIFY(*std::min_element(map.values.begin(), map.values.end()) >= 0.0f);
        // Heat in each quarter of the input.
        double heat[4] = {0, 0, 0, 0};
        for (int y = 0; y < 224; ++y)
            for (int x = 0; x < 224; ++x)
                heat[(y >= 112) * 2 + (x >= 112)] += map.sample((x + 0.5) / 224, (y + 0.5) / 224);
        const double total = heat[0] + heat[1] + heat[2] + heat[3];
        const QByteArray shares = QByteArray::number(heat[0] / total, 'f', 2) + ' ' + QByteArray::number(heat[1] / total, 'f', 2)
                                  + ' ' + QByteArray::number(heat[2] / total, 'f', 2) + ' ' + QByteArray::number(heat[3] / total, 'f', 2);
        qInfo("%s: heat by quarter %s", qPrintable(file), shares.constData());
        QVERIFY2(heat[corner] > 0.5 * total, shares.constData());

        // The overlay, on the canvas as given: red where the photo is, the canvas's grey elsewhere
        // (mixed with the blue of no heat), and the 16 px border the centre crop leaves out darkened.
        const Image shown = overlayHeatMap(canvas, map, spec);
        QCOMPARE(shown.width, 448);
        const auto hottest = std::max_element(map.values.begin(), map.values.end()) - map.values.begin();
        const int hx = int(hottest % map.width), hy = int(hottest / map.width);
        const std::uint8_t* hot = shown.pixel(int(28 + (hx + 0.5) * 392 / 7), int(28 + (hy + 0.5) * 392 / 7));
        QVERIFY2(hot[0] > hot[2], "red over blue at the hottest cell");
        for (const auto& [x, y] : {std::pair{5, 200}, std::pair{440, 5}, std::pair{200, 445}})
            for (int c = 0; c < 3; ++c)
                QCOMPARE(int(shown.pixel(x, y)[c]), int(std::lround(canvas.pixel(x, y)[c] * 0.35)));
    }

private:
    static const QStringList& imagenetClasses()
    {
        static const QStringList classes = [] {
            QStringList lines = QString::fromUtf8(test::readBytes(test::sharedDir() + QStringLiteral("/models/imagenet_classes.txt")))
                                    .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            for (QString& line : lines)
                line = line.trimmed();
            return lines;
        }();
        return classes;
    }

    static const Model& imagenetModel()
    {
        static const Model model = [] {
            Model m = Model::create("mobilenet_v2");
            m.loadWeights((test::sharedDir() + QStringLiteral("/models/mobilenet_v2-imagenet-dq.pth")).toStdString());
            return m;
        }();
        return model;
    }
};

QTEST_APPLESS_MAIN(TestRealWeights)
#include "tst_real_weights.moc"
