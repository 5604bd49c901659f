// The zoo's metadata, layer trees, new heads, freezing and weights-file errors.
#include "TestEnv.h"
#include "TorchProbe.h"
#include "core/Error.h"
#include "models/Model.h"

#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace graft;

namespace {
QStringList trainableTops(const Model& m)
{
    QStringList out;
    for (const auto& [name, trainable] : test::trainableFlags(m)) {
        if (!trainable)
            continue;
        const QString top = QString::fromStdString(name).section(QLatin1Char('.'), 0, 0);
        if (!out.contains(top))
            out << top;
    }
    return out;
}

} // namespace

class TestModels final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_resnet18; // torchvision resnet18 state_dict with 1000 classes
    QString m_resnet18Ten; // ... with 10 classes

private Q_SLOTS:
    void initTestCase()
    {
        test::installCrashBacktrace();
        m_resnet18 = m_dir.filePath(QStringLiteral("r18"));
        m_resnet18Ten = m_dir.filePath(QStringLiteral("r18-10"));
        QVERIFY(test::runPython(QStringLiteral("make_reference.py"), {QStringLiteral("resnet18"), m_resnet18}));
        QVERIFY(test::runPython(QStringLiteral("make_reference.py"),
                                {QStringLiteral("resnet18"), m_resnet18Ten, QStringLiteral("--classes"), QStringLiteral("10")}));
    }

    void zooMetadataMatchesTheNetworks_data()
    {
        QTest::addColumn<QString>("arch");
        for (const auto& a : architectures())
            QTest::newRow(a.name.c_str()) << QString::fromStdString(a.name);
    }

    void zooMetadataMatchesTheNetworks()
    {
        QFETCH(QString, arch);
        const Model m = Model::create(arch.toStdString());
        const ArchitectureInfo& info = m.architecture();
        QCOMPARE(m.parameterCount(), info.parameters);
        const LayerNode tree = m.layerTree();
        QCOMPARE(tree.parameters, info.parameters);
        const double gflops = tree.macs / 1e9;
        QVERIFY2(std::fabs(gflops - info.gflops) <= 0.005 * info.gflops,
                 qPrintable(QStringLiteral("%1: counted %2 GFLOPs, zoo says %3").arg(arch).arg(gflops).arg(info.gflops)));
        QCOMPARE(tree.outputShape, (std::vector<std::int64_t>{1000}));
        QVERIFY(!m.blocks().empty());
        QVERIFY(QString::fromStdString(info.weights.url).endsWith(QString::fromStdString(info.weights.fileName)));
        QCOMPARE(int(info.weights.sha256Prefix.size()), 8);
        QCOMPARE(QString::fromStdString(info.headNode), QString::fromStdString(m.headPath()));
    }

    void resnetLayerTree()
    {
        const Model m = Model::create("resnet18");
        const LayerNode tree = m.layerTree();
        QStringList top;
        for (const auto& c : tree.children)
            top << QString::fromStdString(c.name);
        QCOMPARE(top, (QStringList{QStringLiteral("conv1"), QStringLiteral("bn1"), QStringLiteral("relu"),
                                   QStringLiteral("maxpool"), QStringLiteral("layer1"), QStringLiteral("layer2"),
                                   QStringLiteral("layer3"), QStringLiteral("layer4"), QStringLiteral("avgpool"),
                                   QStringLiteral("fc")}));
        const LayerNode* conv = tree.find("layer1.0.conv1");
        QVERIFY(conv);
        QCOMPARE(QString::fromStdString(conv->type), QStringLiteral("Conv2d"));
        QCOMPARE(conv->outputShape, (std::vector<std::int64_t>{64, 56, 56}));
        QCOMPARE(conv->parameters, std::int64_t(64 * 64 * 9));
        const LayerNode* layer4 = tree.find("layer4");
        QVERIFY(layer4->isBlock);
        QCOMPARE(QString::fromStdString(tree.find("layer4.0")->type), QStringLiteral("BasicBlock"));
        QVERIFY(tree.find("fc")->isHead);
        QCOMPARE(tree.find("layer4")->outputShape, (std::vector<std::int64_t>{512, 7, 7}));
        const auto blocks = m.blocks();
        QCOMPARE(QString::fromStdString(blocks.front()), QStringLiteral("conv1"));
        QCOMPARE(QString::fromStdString(blocks.back()), QStringLiteral("layer4"));
    }

    void newHeads_data()
    {
        QTest::addColumn<QString>("arch");
        QTest::addColumn<QString>("finalLayer");
        QTest::newRow("resnet") << QStringLiteral("resnet18") << QStringLiteral("fc");
        QTest::newRow("vgg") << QStringLiteral("vgg16") << QStringLiteral("classifier.6");
        QTest::newRow("mobilenet_v2") << QStringLiteral("mobilenet_v2") << QStringLiteral("classifier.1");
        QTest::newRow("mobilenet_v3") << QStringLiteral("mobilenet_v3_small") << QStringLiteral("classifier.3");
        QTest::newRow("efficientnet") << QStringLiteral("efficientnet_b0") << QStringLiteral("classifier.1");
        QTest::newRow("inception") << QStringLiteral("inception_v3") << QStringLiteral("fc");
        QTest::newRow("densenet") << QStringLiteral("densenet121") << QStringLiteral("classifier");
        QTest::newRow("convnext") << QStringLiteral("convnext_tiny") << QStringLiteral("classifier.2");
    }

    void newHeads()
    {
        QFETCH(QString, arch);
        QFETCH(QString, finalLayer);
        Model m = Model::create(arch.toStdString());
        const std::int64_t before = m.parameterCount();
        m.replaceHead({5, 0, 0.2});
        const LayerNode tree = m.layerTree();
        QCOMPARE(tree.outputShape, (std::vector<std::int64_t>{5}));
        const LayerNode* last = tree.find(finalLayer.toStdString());
        QVERIFY2(last, qPrintable(finalLayer));
        QCOMPARE(QString::fromStdString(last->type), QStringLiteral("Linear"));
        QVERIFY(m.parameterCount() < before);
        // With a hidden layer: Linear -> ReLU -> Dropout -> Linear inside the old slot.
        m.replaceHead({3, 64, 0.3});
        const LayerNode hidden = m.layerTree();
        QCOMPARE(hidden.outputShape, (std::vector<std::int64_t>{3}));
        QVERIFY(hidden.find((finalLayer + QStringLiteral(".3")).toStdString()));
        QCOMPARE(hidden.find((finalLayer + QStringLiteral(".0")).toStdString())->outputShape,
                 (std::vector<std::int64_t>{64}));
    }

    void freezePresets()
    {
        Model m = Model::create("resnet18");
        m.replaceHead({4, 0, 0});
        m.applyFreeze(m.presetHeadOnly());
        QCOMPARE(trainableTops(m), QStringList{QStringLiteral("fc")});
        QCOMPARE(m.trainableParameterCount(), std::int64_t(512 * 4 + 4));
        m.applyFreeze(m.presetLastBlocks(2));
        QCOMPARE(trainableTops(m), (QStringList{QStringLiteral("fc"), QStringLiteral("layer3"), QStringLiteral("layer4")}));
        m.applyFreeze(m.presetTrainableFrom("layer3.1"));
        const auto flags = test::trainableFlags(m);
        QVERIFY(!flags.at("layer3.0.conv1.weight"));
        QVERIFY(flags.at("layer3.1.conv1.weight"));
        QVERIFY(flags.at("layer4.1.bn2.bias"));
        QVERIFY(flags.at("fc.weight"));
        QVERIFY(!flags.at("conv1.weight"));
        m.applyFreeze(m.presetTrainAll());
        QCOMPARE(m.trainableParameterCount(), m.parameterCount());
        // Rules: freeze all, then unfreeze with a wildcard.
        m.applyFreeze(FreezePlan{{{"all", false}, {"layer4.*.bn?", true}}});
        const auto f2 = test::trainableFlags(m);
        QVERIFY(f2.at("layer4.0.bn1.weight"));
        QVERIFY(!f2.at("layer4.0.conv1.weight"));
        // The tree shows the counts.
        const LayerNode tree = m.layerTree();
        QCOMPARE(QString::fromStdString(tree.find("layer4")->trainableState()), QStringLiteral("Partly trainable"));
        QCOMPARE(QString::fromStdString(tree.find("layer1")->trainableState()), QStringLiteral("Frozen"));
        // A rule naming no layer is an error that lists real names.
        const QString err = test::errorOf([&] { m.applyFreeze(FreezePlan{{{"layer9", false}}}); });
        QVERIFY2(err.contains(QStringLiteral("layer9")) && err.contains(QStringLiteral("layer4")), qPrintable(err));
    }

    void trainableFromFollowsTheForwardOrder()
    {
        // Inception V3's auxiliary head branches off after Mixed_6e: it trains only when its input
        // does, and "the last N blocks" is the same preset as "train from the first of them".
        Model m = Model::create("inception_v3");
        m.replaceHead({3, 0, 0});
        const FreezePlan from7a = m.presetTrainableFrom("Mixed_7a");
        QCOMPARE(from7a, (FreezePlan{{{"all", false}, {"Mixed_7a", true}, {"Mixed_7b", true}, {"Mixed_7c", true}, {"fc", true}}}));
        QCOMPARE(m.presetLastBlocks(3), from7a);
        // Said as a person would say it, in the run's log and graft-cli's summary.
        QCOMPARE(QString::fromStdString(from7a.describe()), QStringLiteral("freeze all, then train Mixed_7a, Mixed_7b, Mixed_7c and fc"));
        QCOMPARE(QString::fromStdString(FreezePlan{{{"all", false}, {"layer4.*.bn?", true}}}.describe()),
                 QStringLiteral("freeze all, then train layer4.*.bn?"));
        QCOMPARE(QString::fromStdString(FreezePlan{}.describe()), QStringLiteral("everything trainable"));
        m.applyFreeze(from7a);
        auto flags = test::trainableFlags(m);
        QVERIFY(!flags.at("AuxLogits.fc.weight"));
        QVERIFY(!flags.at("Mixed_6e.branch1x1.conv.weight"));
        QVERIFY(flags.at("Mixed_7a.branch3x3_1.conv.weight"));
        m.applyFreeze(m.presetTrainableFrom("Mixed_6e.branch7x7dbl_1"));
        flags = test::trainableFlags(m);
        QVERIFY(flags.at("AuxLogits.conv0.conv.weight"));
        QVERIFY(flags.at("Mixed_6e.branch7x7dbl_2.conv.weight"));
        QVERIFY(!flags.at("Mixed_6e.branch7x7_1.conv.weight")); // listed before it in the block
        QVERIFY(!flags.at("Mixed_6d.branch1x1.conv.weight"));
        QCOMPARE(m.presetLastBlocks(4), m.presetTrainableFrom("Mixed_6e"));
        QVERIFY(m.presetLastBlocks(4).isTrainable("AuxLogits.fc.weight"));
        QCOMPARE(m.presetLastBlocks(0), m.presetHeadOnly());
        const QString err = test::errorOf([&] { m.presetTrainableFrom("Mixed_9z"); });
        QVERIFY2(err.contains(QStringLiteral("Mixed_9z")) && err.contains(QStringLiteral("Inception")), qPrintable(err));
    }

    void frozenBatchNormsStayInEvalMode()
    {
        Model m = Model::create("resnet18");
        m.applyFreeze(m.presetHeadOnly());
        QVERIFY(test::batchNormsInTrainingMode(m).empty());
        m.applyFreeze(m.presetLastBlocks(1));
        const auto training = test::batchNormsInTrainingMode(m);
        QVERIFY(!training.empty());
        for (const auto& name : training)
            QVERIFY2(QString::fromStdString(name).startsWith(QStringLiteral("layer4.")), name.c_str());
        m.applyFreeze(m.presetTrainAll());
        QCOMPARE(int(test::batchNormsInTrainingMode(m).size()), 20);
    }

    void loadingOverwritesEveryTensor()
    {
        Model a = Model::create("resnet18");
        a.loadWeights((m_resnet18 + QStringLiteral("/weights.pth")).toStdString());
        Model b = Model::create("resnet18");
        test::perturbParameters(b, 0.5f);
        b.loadWeights((m_resnet18 + QStringLiteral("/weights.pth")).toStdString());
        QCOMPARE(test::tensorDigests(a), test::tensorDigests(b));
    }

    void weightsForAnotherModelListWhatDiffers()
    {
        Model m = Model::create("resnet34");
        const QString err = test::errorOf([&] { m.loadWeights((m_resnet18 + QStringLiteral("/weights.pth")).toStdString()); });
        QVERIFY2(err.contains(QStringLiteral("do not fit ResNet-34")), qPrintable(err));
        QVERIFY2(err.contains(QStringLiteral("Missing from the file")), qPrintable(err));
        QVERIFY2(err.contains(QStringLiteral("layer1.2.conv1.weight")), qPrintable(err));
    }

    void headOfAnotherSizeCanBeKept()
    {
        const std::string path = (m_resnet18Ten + QStringLiteral("/weights.pth")).toStdString();
        Model strict = Model::create("resnet18");
        const QString err = test::errorOf([&] { strict.loadWeights(path); });
        QVERIFY2(err.contains(QStringLiteral("fc.weight (file [10, 512], model [1000, 512])")), qPrintable(err));
        Model m = Model::create("resnet18");
        m.replaceHead({3, 0, 0});
        LoadWeightsOptions options;
        options.allowHeadMismatch = true;
        const WeightsLoadReport r = m.loadWeights(path, options);
        QCOMPARE(int(r.skippedHead.size()), 2);
        QCOMPARE(m.layerTree().outputShape, (std::vector<std::int64_t>{3}));
    }

    void brokenFilesGiveClearErrors()
    {
        const QByteArray whole = test::readBytes(m_resnet18 + QStringLiteral("/weights.pth"));
        const QString truncated = m_dir.filePath(QStringLiteral("truncated.pth"));
        test::writeBytes(truncated, whole.left(whole.size() / 3));
        const QString text = m_dir.filePath(QStringLiteral("notes.pth"));
        test::writeBytes(text, "these are not weights");
        const QString empty = m_dir.filePath(QStringLiteral("empty.pth"));
        test::writeBytes(empty, QByteArray());
        Model m = Model::create("resnet18");
        const QString e1 = test::errorOf([&] { m.loadWeights(truncated.toStdString()); });
        QVERIFY2(e1.contains(truncated) && e1.contains(QStringLiteral("again")), qPrintable(e1));
        const QString e2 = test::errorOf([&] { m.loadWeights(text.toStdString()); });
        QVERIFY2(e2.contains(QStringLiteral("not a PyTorch weights file")), qPrintable(e2));
        const QString e3 = test::errorOf([&] { m.loadWeights(empty.toStdString()); });
        QVERIFY2(e3.contains(QStringLiteral("empty file")), qPrintable(e3));
        const QString e4 = test::errorOf([&] { m.loadWeights("/no/such/weights.pth"); });
        QVERIFY2(e4.contains(QStringLiteral("not found")), qPrintable(e4));
    }

    // Grad-CAM (Model::heatMap) on a network whose head is average pooling and one Linear layer is
    // the class activation map: the class's weights over the last feature map.
    void heatMapOfALinearHeadIsTheClassActivationMap()
    {
        Model m = Model::create("resnet18");
        m.loadWeights((m_resnet18 + QStringLiteral("/weights.pth")).toStdString());
        m.applyFreeze(m.presetHeadOnly());
        const auto before = test::tensorDigests(m);
        const auto modes = test::modulesInTrainingMode(m);
        const int size = 128;
        std::vector<float> input(3 * size * size);
        for (std::size_t i = 0; i < input.size(); ++i)
            input[i] = float(std::sin(0.37 * double(i)) + std::cos(0.011 * double(i)));
        for (int cls : {-1, 3, 999}) {
            const HeatMap map = m.heatMap(input, size, cls);
            QCOMPARE(QString::fromStdString(map.layer), QStringLiteral("layer4")); // 4 x 4 at 128 px
            QCOMPARE(map.width, 4);
            QCOMPARE(map.height, 4);
            QVERIFY(map.strength > 0);
            int w = 0, h = 0;
            const auto logits = m.predictLogits(input, 1, size);
            const int expectedClass = cls >= 0 ? cls : int(std::max_element(logits.begin(), logits.end()) - logits.begin());
            QCOMPARE(map.classIndex, expectedClass);
            double sum = 0;
            for (float l : logits)
                sum += std::exp(double(l) - logits[std::size_t(expectedClass)]);
            QVERIFY(std::abs(map.probability - 1.0 / sum) < 1e-5); // softmax of the class's logit
            const std::vector<float> cam = test::classActivationMap(m, input, size, "layer4", "fc", expectedClass, &w, &h);
            QCOMPARE(w, map.width);
            QCOMPARE(h, map.height);
            for (std::size_t i = 0; i < cam.size(); ++i)
                QVERIFY2(std::abs(cam[i] - map.values[i]) < 1e-4, qPrintable(QString::number(cam[i]) + QStringLiteral(" vs ") + QString::number(map.values[i])));
        }
        // Smaller inputs: the last map of at least 4 x 4 (layer4 is 3 x 3 at 96 px: layer3's 6 x 6).
        const HeatMap small = m.heatMap(std::vector<float>(3 * 96 * 96, 0.5f), 96);
        QCOMPARE(QString::fromStdString(small.layer), QStringLiteral("layer3"));
        QCOMPARE(small.width, 6);
        // Nothing changed: weights, statistics, modes.
        QCOMPARE(test::tensorDigests(m), before);
        QCOMPARE(test::modulesInTrainingMode(m), modes);
        QVERIFY(test::errorOf([&] { m.heatMap(input, size, 1000); }).contains(QStringLiteral("class 1000 of 1000")));
        // A class whose weights are all negative over ReLU outputs: no place speaks for it.
        test::fillParameter(m, "fc.weight", -0.01f);
        const HeatMap none = m.heatMap(input, size, 5);
        QVERIFY(none.noEvidence());
        QCOMPARE(none.values, std::vector<float>(none.values.size(), 0.0f));
        std::vector<HeatMap> maps{none, m.heatMap(input, size, 6)};
        putOnOneScale(maps); // nothing to scale by: left as they are
        QCOMPARE(maps[0].values, none.values);
        QVERIFY(test::errorOf([&] { m.heatMap(input, 64); }).contains(QStringLiteral("3x64x64")));
    }

    // Every family: a map over the last spatial layer, normalised, with the network in the state it was.
    void heatMapsOfEveryFamily_data()
    {
        QTest::addColumn<QString>("architecture");
        QTest::addColumn<int>("size");
        QTest::addColumn<QString>("layer");
        QTest::addColumn<int>("cells");
        QTest::newRow("vgg16") << QStringLiteral("vgg16") << 128 << QStringLiteral("features.30") << 4;
        QTest::newRow("mobilenet_v2") << QStringLiteral("mobilenet_v2") << 224 << QStringLiteral("features.18") << 7;
        QTest::newRow("mobilenet_v3_small") << QStringLiteral("mobilenet_v3_small") << 128 << QStringLiteral("features.12") << 4;
        QTest::newRow("efficientnet_b0") << QStringLiteral("efficientnet_b0") << 128 << QStringLiteral("features.8") << 4;
        QTest::newRow("inception_v3") << QStringLiteral("inception_v3") << 299 << QStringLiteral("Mixed_7c") << 8;
        QTest::newRow("densenet121") << QStringLiteral("densenet121") << 128 << QStringLiteral("features.norm5") << 4;
        QTest::newRow("convnext_tiny") << QStringLiteral("convnext_tiny") << 128 << QStringLiteral("features.7") << 4;
    }

    void heatMapsOfEveryFamily()
    {
        QFETCH(QString, architecture);
        QFETCH(int, size);
        QFETCH(QString, layer);
        QFETCH(int, cells);
        Model m = Model::create(architecture.toStdString(), 5);
        m.applyFreeze(m.presetLastBlocks(1));
        std::vector<float> input(3 * std::size_t(size) * std::size_t(size));
        for (std::size_t i = 0; i < input.size(); ++i)
            input[i] = float(std::sin(0.013 * double(i)));
        const auto before = test::tensorDigests(m);
        const auto modes = test::modulesInTrainingMode(m);
        const HeatMap map = m.heatMap(input, size, 2);
        QCOMPARE(QString::fromStdString(map.layer), layer);
        QCOMPARE(map.width, cells);
        QCOMPARE(map.height, cells);
        QCOMPARE(map.classIndex, 2);
        for (float v : map.values)
            QVERIFY(v >= 0.0f && v <= 1.0f && std::isfinite(v));
        if (map.strength > 0)
            QCOMPARE(*std::max_element(map.values.begin(), map.values.end()), 1.0f);
        QCOMPARE(test::tensorDigests(m), before);
        QCOMPARE(test::modulesInTrainingMode(m), modes);
    }

    void unknownArchitectureListsTheZoo()
    {
        const QString err = test::errorOf([] { Model::create("resnet19"); });
        QVERIFY2(err.contains(QStringLiteral("resnet18")) && err.contains(QStringLiteral("convnext_tiny")), qPrintable(err));
        QVERIFY(findArchitecture("ResNet-50"));
    }
};

QTEST_APPLESS_MAIN(TestModels)
#include "tst_models.moc"
