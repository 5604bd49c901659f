// engine/imageio and engine/data: decoding every kind of file as PIL shows it, and preprocessing
// identical to torchvision's (checked against /usr/bin/python3 with torchvision).
#include "TestEnv.h"
#include "core/Files.h"
#include "data/HeatMap.h"
#include "data/ImageOps.h"
#include "data/Transforms.h"
#include "imageio/DatasetChecker.h"
#include "imageio/ImageDecoder.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace graft;

namespace {
int maxDifference(const Image& a, const QByteArray& expected)
{
    if (std::size_t(expected.size()) != a.rgb.size())
        return 1000;
    int worst = 0;
    for (std::size_t i = 0; i < a.rgb.size(); ++i)
        worst = std::max(worst, std::abs(int(a.rgb[i]) - int(std::uint8_t(expected[int(i)]))));
    return worst;
}

QByteArray pngHeaderOnly(int w, int h)
{
    QByteArray b("\x89PNG\r\n\x1a\n", 8);
    QByteArray ihdr("\0\0\0\x0dIHDR", 8);
    for (int v : {w, h})
        for (int s = 24; s >= 0; s -= 8)
            ihdr.append(char((v >> s) & 0xFF));
    ihdr.append("\x08\x02\0\0\0", 5);
    ihdr.append("\0\0\0\0", 4); // CRC, not checked before the size
    b.append(ihdr);
    b.append(QByteArray("\0\0\0\0IEND\xae" "B`\x82", 12));
    return b;
}
} // namespace

class TestImageIo final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_zoo;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_zoo = m_dir.filePath(QStringLiteral("zoo"));
        QVERIFY(test::runPython(QStringLiteral("make_image_zoo.py"), {m_zoo}));
    }

    void decodesLikePil_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("tolerance");
        for (const char* lossless : {"rgb.png", "rgb.bmp", "rgb.tiff", "rgb.webp", "gray.png", "gray16.png",
                                     "palette.png", "rgba.png", "gray_alpha.png", "rotated8.png"})
            QTest::newRow(lossless) << QString::fromLatin1(lossless) << 1;
        // JPEG decoders may round chroma upsampling differently by a level or two.
        for (const char* jpeg : {"photo.jpg", "rotated.jpg", "cmyk.jpg"})
            QTest::newRow(jpeg) << QString::fromLatin1(jpeg) << 3;
    }

    void decodesLikePil()
    {
        QFETCH(QString, name);
        QFETCH(int, tolerance);
        const QString path = m_zoo + QLatin1Char('/') + name;
        const Image img = readImage(path.toStdString());
        const QStringList size = QString::fromUtf8(test::readBytes(path + QStringLiteral(".size"))).split(QLatin1Char(' '));
        QCOMPARE(img.width, size[0].toInt());
        QCOMPARE(img.height, size[1].toInt());
        const int diff = maxDifference(img, test::readBytes(path + QStringLiteral(".rgb")));
        QVERIFY2(diff <= tolerance, qPrintable(QStringLiteral("%1: max pixel difference %2").arg(name).arg(diff)));
    }

    void preprocessingIsTorchvisions_data()
    {
        QTest::addColumn<int>("resize");
        QTest::addColumn<int>("crop");
        QTest::addColumn<QString>("interp");
        QTest::newRow("resnet 256/224 bilinear") << 256 << 224 << QStringLiteral("bilinear");
        QTest::newRow("efficientnet 256/224 bicubic") << 256 << 224 << QStringLiteral("bicubic");
        QTest::newRow("inception 342/299") << 342 << 299 << QStringLiteral("bilinear");
        QTest::newRow("upscale 600/600 bicubic") << 600 << 600 << QStringLiteral("bicubic");
        QTest::newRow("tiny 40/32") << 40 << 32 << QStringLiteral("bilinear");
    }

    void preprocessingIsTorchvisions()
    {
        GRAFT_REQUIRE_SHARED();
        QFETCH(int, resize);
        QFETCH(int, crop);
        QFETCH(QString, interp);
        QStringList images;
        const QDir samples(test::sharedDir() + QStringLiteral("/images/imagenet-samples"));
        for (const QString& f : samples.entryList(QDir::Files))
            images << samples.filePath(f);
        images << m_zoo + QStringLiteral("/rgba.png") << m_zoo + QStringLiteral("/gray.png");
        const QString out = m_dir.filePath(QStringLiteral("pre-%1-%2-%3").arg(resize).arg(crop).arg(interp));
        QVERIFY(test::runPython(QStringLiteral("preprocess_reference.py"),
                                QStringList{out, QString::number(resize), QString::number(crop), interp} + images));
        PreprocessSpec spec;
        spec.resizeSize = resize;
        spec.cropSize = crop;
        spec.interpolation = interpolationFromName(interp.toStdString());
        for (const QString& path : images) {
            const Image img = evalTransform(readImage(path.toStdString()), spec);
            QCOMPARE(img.width, crop);
            const QByteArray expected = test::readBytes(out + QLatin1Char('/') + QFileInfo(path).fileName() + QStringLiteral(".u8"));
            const int diff = maxDifference(img, expected);
            // Same decoder, same resampling arithmetic: the pixels are identical.
            QVERIFY2(diff == 0, qPrintable(QStringLiteral("%1: max pixel difference %2").arg(path).arg(diff)));
        }
    }

    void normalisationIsToTensorThenNormalize()
    {
        Image img(2, 1);
        img.rgb = {0, 128, 255, 10, 20, 30};
        std::vector<float> out(6);
        const std::array<float, 3> mean{0.485f, 0.456f, 0.406f}, std{0.229f, 0.224f, 0.225f};
        toNormalizedChw(img, mean, std, out.data());
        QCOMPARE(out[0], (0.0f / 255.0f - 0.485f) / 0.229f);       // R of pixel 0
        QCOMPARE(out[1], (10.0f / 255.0f - 0.485f) / 0.229f);      // R of pixel 1
        QCOMPARE(out[2], (128.0f / 255.0f - 0.456f) / 0.224f);     // G plane
        QCOMPARE(out[5], (30.0f / 255.0f - 0.406f) / 0.225f);      // B of pixel 1
    }

    // The part of a picture the network sees, as the evaluation transform crops it: a picture
    // whose red grows to the right and green downwards is cut where the box says.
    void cropBoxIsWhatTheTransformKeeps_data()
    {
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("height");
        QTest::addColumn<int>("resize");
        QTest::addColumn<int>("crop");
        QTest::newRow("landscape") << 300 << 200 << 256 << 224;
        QTest::newRow("portrait") << 120 << 400 << 256 << 224;
        QTest::newRow("small square") << 28 << 28 << 73 << 64;
        QTest::newRow("crop larger than the resize (padded)") << 160 << 120 << 96 << 112;
    }

    void cropBoxIsWhatTheTransformKeeps()
    {
        QFETCH(int, width);
        QFETCH(int, height);
        QFETCH(int, resize);
        QFETCH(int, crop);
        Image ramp(width, height);
        for (int y = 0; y < height; ++y)
            for (int x = 0; x < width; ++x) {
                ramp.pixel(x, y)[0] = std::uint8_t(std::lround(255.0 * x / (width - 1)));
                ramp.pixel(x, y)[1] = std::uint8_t(std::lround(255.0 * y / (height - 1)));
                ramp.pixel(x, y)[2] = 255; // black padding shows as no blue
            }
        PreprocessSpec pre;
        pre.resizeSize = resize;
        pre.cropSize = crop;
        const Image out = evalTransform(ramp, pre);
        const CropBox box = evalCropBox(width, height, pre);
        // Pixel (i, j) of the crop shows the picture at box.left + (i + 0.5) * box.width / crop.
        for (const auto& [i, j] : {std::pair{0, 0}, std::pair{crop - 1, crop - 1}, std::pair{crop / 2, crop / 3}, std::pair{crop - 1, 0}}) {
            const double x = box.left + (i + 0.5) * box.width / crop - 0.5;
            const double y = box.top + (j + 0.5) * box.height / crop - 0.5;
            if (x < 0 || y < 0 || x > width - 1 || y > height - 1) { // outside the picture: padding
                QCOMPARE(int(out.pixel(i, j)[2]), 0);
                continue;
            }
            QVERIFY2(std::abs(out.pixel(i, j)[0] - 255.0 * x / (width - 1)) <= 3.0, qPrintable(QStringLiteral("red at %1,%2").arg(i).arg(j)));
            QVERIFY2(std::abs(out.pixel(i, j)[1] - 255.0 * y / (height - 1)) <= 3.0, qPrintable(QStringLiteral("green at %1,%2").arg(i).arg(j)));
        }
    }

    void heatMapPictures()
    {
        // Bilinear between cell centres, the edges held.
        HeatMap map;
        map.width = 2;
        map.height = 2;
        map.values = {0.0f, 1.0f, 0.5f, 0.5f};
        QVERIFY(map.noEvidence()); // strength 0: nothing spoke for the class
        map.strength = 2.5f;
        QVERIFY(!map.noEvidence());
        QCOMPARE(map.sample(0.25, 0.25), 0.0f);
        QCOMPARE(map.sample(0.75, 0.25), 1.0f);
        QCOMPARE(map.sample(0.5, 0.25), 0.5f);
        QCOMPARE(map.sample(0.0, 0.0), 0.0f);
        QCOMPARE(map.sample(0.5, 0.5), 0.5f);
        // Blue when cold, red when hot.
        std::uint8_t c[3];
        heatColor(0.0f, c);
        QCOMPARE(QByteArray(reinterpret_cast<const char*>(c), 3), QByteArray("\x00\x00\xff", 3));
        heatColor(1.0f, c);
        QCOMPARE(QByteArray(reinterpret_cast<const char*>(c), 3), QByteArray("\xff\x00\x00", 3));
        heatColor(0.5f, c);
        QVERIFY(c[1] == 255 && c[0] < 255 && c[2] < 255); // green in the middle
        // A grey landscape picture: the sides the crop leaves out darkened, the hot cell reddest.
        Image grey(300, 200);
        std::fill(grey.rgb.begin(), grey.rgb.end(), std::uint8_t(200));
        PreprocessSpec pre; // 256, 224: the box is x in [62.5, 237.5), y in [12.5, 187.5)
        const Image shown = overlayHeatMap(grey, map, pre);
        QCOMPARE(int(shown.pixel(30, 100)[0]), 70);
        QCOMPARE(int(shown.pixel(280, 100)[1]), 70);
        const std::uint8_t* hot = shown.pixel(200, 50);   // top right quarter of the box: 1
        const std::uint8_t* cold = shown.pixel(100, 50);  // top left: 0
        QVERIFY(hot[0] > 200 && hot[2] < 200);
        QVERIFY(cold[2] > 200 && cold[0] < 200);
        // One scale for maps of one image: the weaker stays weaker.
        HeatMap strong = map, weak = map;
        strong.strength = 4;
        weak.strength = 1;
        std::vector<HeatMap> maps{strong, weak};
        putOnOneScale(maps);
        QCOMPARE(maps[0].values, map.values);
        QCOMPARE(maps[1].values, (std::vector<float>{0.0f, 0.25f, 0.125f, 0.125f}));
    }

    void badFilesNameTheFileAndTheFix_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("words");
        QTest::newRow("empty") << QByteArray() << int(FileProblemKind::Empty) << QStringLiteral("empty file");
        QTest::newRow("html") << QByteArray("<!DOCTYPE html><html><body>Not found</body></html>")
                              << int(FileProblemKind::NotAnImage) << QStringLiteral("HTML page");
        QTest::newRow("text") << QByteArray("just some notes\n") << int(FileProblemKind::NotAnImage)
                              << QStringLiteral("text file");
        QTest::newRow("gif") << QByteArray("GIF89a\x01\0\x01\0\0\0\0;", 14) << int(FileProblemKind::UnsupportedFormat)
                             << QStringLiteral("convert it to PNG");
        QTest::newRow("bomb") << pngHeaderOnly(30000, 30000) << int(FileProblemKind::TooLarge)
                              << QStringLiteral("megapixel limit");
        QTest::newRow("png no size") << pngHeaderOnly(0, 0) << int(FileProblemKind::Corrupt) << QStringLiteral("damaged");
        // A PNG signature followed by garbage: the "size" it would give is noise, not a huge image.
        QTest::newRow("png garbage") << QByteArray("\x89PNG\r\n\x1a\ngarbagegarbagegarbagegarbage", 36)
                                     << int(FileProblemKind::Corrupt) << QStringLiteral("damaged PNG");
    }

    void badFilesNameTheFileAndTheFix()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, kind);
        QFETCH(QString, words);
        const QString path = m_dir.filePath(QStringLiteral("bad/%1.jpg").arg(QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('_'))));
        test::writeBytes(path, bytes);
        try {
            readImage(path.toStdString());
            QFAIL("decoded a bad file");
        } catch (const ImageError& e) {
            QCOMPARE(int(e.kind()), kind);
            const QString msg = QString::fromUtf8(e.what());
            QVERIFY2(msg.contains(path), qPrintable(msg));
            QVERIFY2(msg.contains(words), qPrintable(msg));
        }
    }

    void missingFileSaysSo()
    {
        // A file listed earlier (a run's split) and deleted since: not a permissions problem.
        const std::string path = m_dir.filePath(QStringLiteral("gone/never.png")).toStdString();
        try {
            readImage(path);
            QFAIL("read a missing file");
        } catch (const ImageError& e) {
            QCOMPARE(e.kind(), FileProblemKind::Unreadable);
            const QString msg = QString::fromUtf8(e.what());
            QVERIFY2(msg.startsWith(QString::fromStdString(path)) && msg.contains(QStringLiteral("file not found"))
                         && !msg.contains(QStringLiteral("permissions")),
                     qPrintable(msg));
        }
        // A folder given as an image: said so, not a crash in the reader.
        try {
            readImage(m_dir.path().toStdString());
            QFAIL("read a folder");
        } catch (const ImageError& e) {
            QCOMPARE(e.kind(), FileProblemKind::NotAnImage);
            QVERIFY2(QString::fromUtf8(e.what()).contains(QStringLiteral("a folder, not a file")), e.what());
        }
    }

    void truncatedFilesAreCorrupt()
    {
        for (const QString& name : {QStringLiteral("photo.jpg"), QStringLiteral("rgb.png")}) {
            const QByteArray whole = test::readBytes(m_zoo + QLatin1Char('/') + name);
            const QString path = m_dir.filePath(QStringLiteral("truncated-") + name);
            test::writeBytes(path, whole.left(whole.size() / 2));
            try {
                readImage(path.toStdString());
                QFAIL(qPrintable(QStringLiteral("decoded truncated ") + name));
            } catch (const ImageError& e) {
                QCOMPARE(e.kind(), FileProblemKind::Corrupt);
                QVERIFY(QString::fromUtf8(e.what()).contains(QStringLiteral("truncated")));
            }
        }
    }

    void reducedDecodingKeepsEnoughPixels()
    {
        Image big(1600, 1200);
        for (std::size_t i = 0; i < big.rgb.size(); ++i)
            big.rgb[i] = std::uint8_t(i * 7);
        const std::string path = m_dir.filePath(QStringLiteral("big.jpg")).toStdString();
        writeImage(big, path);
        DecodeOptions options;
        options.minShorterSide = 256;
        const Image small = readImage(path, options);
        QCOMPARE(small.width, 400); // 1/4: the shorter side 300 stays >= 256
        QCOMPARE(small.height, 300);
        QCOMPARE(readImage(path).width, 1600);
    }

    void headersGiveSizeWithoutDecoding()
    {
        for (const char* name : {"rgb.png", "rgb.bmp", "rgb.tiff", "rgb.webp", "photo.jpg"}) {
            const std::string bytes = readFile((m_zoo + QLatin1Char('/') + QLatin1String(name)).toStdString());
            const ImageHeader h = probeImage(bytes, name);
            QCOMPARE(h.width, 53);
            QCOMPARE(h.height, 37);
        }
    }

    void datasetCheckMeasuresPicturesUpright()
    {
        // A photo turned by its EXIF orientation counts as it shows (and trains): 37 wide, 53 high.
        const QString root = m_dir.filePath(QStringLiteral("turned"));
        for (const auto& [cls, name] : {std::pair{"a", "rotated.jpg"}, std::pair{"b", "rotated8.png"}}) {
            QDir().mkpath(root + QLatin1Char('/') + QLatin1String(cls));
            QVERIFY(QFile::copy(m_zoo + QLatin1Char('/') + QLatin1String(name), root + QLatin1Char('/') + QLatin1String(cls) + QLatin1Char('/') + QLatin1String(name)));
            const QStringList expected = QString::fromUtf8(test::readBytes(m_zoo + QLatin1Char('/') + QLatin1String(name) + QStringLiteral(".size"))).split(QLatin1Char(' '));
            QCOMPARE(expected, (QStringList{QStringLiteral("37"), QStringLiteral("53")}));
        }
        for (const bool decode : {true, false}) {
            CheckParams params;
            params.roots = {root.toStdString()};
            params.decode = decode;
            const DatasetReport r = checkDataset(params);
            QCOMPARE(r.imageSizes.count, std::size_t(2));
            QCOMPARE(QString::fromStdString(r.imageSizes.typical()), QStringLiteral("37×53"));
        }
    }
};

QTEST_APPLESS_MAIN(TestImageIo)
#include "tst_imageio.moc"
