// Transfer learning works: on a Fashion-MNIST subset (20 training images per class), MobileNetV2 with
// real ImageNet weights and a frozen backbone beats the same network trained from scratch with the
// same budget, by a clear margin.
#include "TestEnv.h"
#include "data/Split.h"
#include "imageio/DatasetChecker.h"
#include "imageio/ImageDecoder.h"
#include "train/Trainer.h"

#include <QTemporaryDir>
#include <QTest>

using namespace graft;

class TestTransfer final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pretrainedBeatsScratch()
    {
        GRAFT_REQUIRE_SHARED();
        const DatasetIndex index = scanDataset({test::sampleDataset().toStdString()});
        // 30 images per class: 20 to train, 10 to validate.
        std::vector<Sample> subset;
        std::vector<int> taken(index.classes.size(), 0);
        for (const auto& s : index.samples)
            if (taken[std::size_t(s.label)]++ < 30)
                subset.push_back(s);
        SplitSpec spec;
        spec.validationFraction = 1.0 / 3.0;
        spec.seed = 11;
        const DatasetSplit split = makeSplit(index.classes, subset, spec);
        QCOMPARE(int(split.train.size()), 200);

        TrainConfig c = TrainConfig::forArchitecture("mobilenet_v2");
        c.preprocess.resizeSize = c.preprocess.cropSize = 128;
        c.augment.enabled = false;
        c.epochs = 8;
        c.batchSize = 16;
        c.learningRate = 1e-3;
        c.seed = 1;
        const ImageReader reader = [](const std::string& path, int) { return readImage(path); };
        QTemporaryDir dir;
        TrainControl control;

        TrainConfig transfer = c;
        transfer.weights = (test::sharedDir() + QStringLiteral("/models/mobilenet_v2-imagenet-dq.pth")).toStdString();
        transfer.head.numClasses = 10;
        transfer.freeze = buildModel(transfer).presetHeadOnly();
        const TrainResult t = train(TrainJob{dir.filePath(QStringLiteral("transfer")).toStdString(), transfer, split, reader}, {}, control);
        const TrainResult s = train(TrainJob{dir.filePath(QStringLiteral("scratch")).toStdString(), c, split, reader}, {}, control);
        const double tAcc = t.run.bestMetrics()->validation.accuracy;
        const double sAcc = s.run.bestMetrics()->validation.accuracy;
        qInfo("validation accuracy: pretrained + frozen backbone %.1f%% (%.0f s, feature cache %s), from scratch %.1f%% (%.0f s)",
              100 * tAcc, t.seconds, t.run.usedFeatureCache ? "on" : "off", 100 * sAcc, s.seconds);
        QVERIFY(t.run.usedFeatureCache);
        QVERIFY2(tAcc >= sAcc + 0.2, qPrintable(QStringLiteral("%1 vs %2").arg(tAcc).arg(sAcc)));
        QVERIFY(tAcc > 0.6);
    }
};

QTEST_APPLESS_MAIN(TestTransfer)
#include "tst_transfer.moc"
