// ConvNeXt-Tiny as torchvision.models.convnext (layer scale 1e-6, stochastic depth 0.1).
#include "Networks.h"

namespace graft::nets {

namespace {

class CNBlockImpl : public torch::nn::Module
{
public:
    CNBlockImpl(int dim, double layerScale, double sdProb)
    {
        block = register_module("block", Seq());
        block->add(conv2d(dim, dim, 7, 1, 3, dim, true));
        block->add(Permute(std::vector<std::int64_t>{0, 2, 3, 1}));
        block->add(torch::nn::LayerNorm(torch::nn::LayerNormOptions({dim}).eps(1e-6)));
        block->add(torch::nn::Linear(dim, 4 * dim));
        block->add(Activation(Act::GELU));
        block->add(torch::nn::Linear(4 * dim, dim));
        block->add(Permute(std::vector<std::int64_t>{0, 3, 1, 2}));
        layer_scale = register_parameter("layer_scale", torch::ones({dim, 1, 1}) * layerScale);
        stochastic_depth = register_module("stochastic_depth", StochasticDepth(sdProb));
    }
    torch::Tensor forward(const torch::Tensor& x)
    {
        torch::Tensor y = layer_scale * call(block, x);
        y = call(stochastic_depth, y);
        y += x;
        return y;
    }

private:
    Seq block{nullptr};
    torch::Tensor layer_scale;
    StochasticDepth stochastic_depth{nullptr};
};
TORCH_MODULE(CNBlock);

class ConvNeXtImpl : public NetworkImpl
{
public:
    explicit ConvNeXtImpl(int numClasses)
    {
        struct Stage { int in, out, layers; };
        const Stage cfg[4] = {{96, 192, 3}, {192, 384, 3}, {384, 768, 9}, {768, -1, 3}};
        const double sdProb = 0.1, layerScale = 1e-6;
        features = register_module("features", Seq());
        features->add(convNormAct({3, 96, 4, 4, 4, 1, 1, 0, 0, true, Norm::LayerChannels, {1e-6, 0.1}, Act::None}));
        const int total = 3 + 3 + 9 + 3;
        int blockId = 0;
        for (const auto& s : cfg) {
            Seq stage;
            for (int i = 0; i < s.layers; ++i) {
                stage->add(CNBlock(s.in, layerScale, sdProb * blockId / (total - 1.0)));
                ++blockId;
            }
            features->add(stage);
            if (s.out > 0) {
                Seq down;
                down->add(LayerNorm2d(s.in, 1e-6));
                down->add(conv2d(s.in, s.out, 2, 2, 0, 1, true));
                features->add(down);
            }
        }
        avgpool = register_module("avgpool", torch::nn::AdaptiveAvgPool2d(1));
        classifier = register_module("classifier", Seq());
        classifier->add(LayerNorm2d(768, 1e-6));
        classifier->add(torch::nn::Flatten(torch::nn::FlattenOptions().start_dim(1)));
        classifier->add(torch::nn::Linear(768, numClasses));
        initWeights(*this, InitScheme::ConvNeXt);
        m_headPath = "classifier";

        for (std::size_t i = 0; i < features->size(); ++i) {
            const std::string name = "features." + std::to_string(i);
            addStage(name, name, [this, i](const torch::Tensor& x) { return call(features->at(i), x); });
        }
        addStage("avgpool", "avgpool", [this](const torch::Tensor& x) { return call(avgpool, x); });
        addStage("classifier", "classifier", [this](const torch::Tensor& x) { return call(classifier, x); });
    }

    void replaceHead(const HeadOptions& options) override
    {
        classifier->replace(2, makeHead(768, options, LinearInit::TruncNormal002));
    }
    int featureDim() const override { return 768; }

private:
    Seq features{nullptr}, classifier{nullptr};
    torch::nn::AdaptiveAvgPool2d avgpool{nullptr};
};

} // namespace

Network createConvNeXtTiny(int numClasses) { return std::make_shared<ConvNeXtImpl>(numClasses); }

Network createNetwork(const std::string& arch, int numClasses)
{
    if (arch.rfind("resnet", 0) == 0)
        return createResNet(std::atoi(arch.c_str() + 6), numClasses);
    if (arch == "vgg16" || arch == "vgg19" || arch == "vgg16_bn" || arch == "vgg19_bn")
        return createVgg(arch[4] == '6' ? 16 : 19, arch.size() > 5, numClasses);
    if (arch == "mobilenet_v2")
        return createMobileNetV2(numClasses);
    if (arch == "mobilenet_v3_small" || arch == "mobilenet_v3_large")
        return createMobileNetV3(arch == "mobilenet_v3_large", numClasses);
    if (arch.size() == 15 && arch.rfind("efficientnet_b", 0) == 0)
        return createEfficientNet(arch[14] - '0', numClasses);
    if (arch == "inception_v3")
        return createInceptionV3(numClasses);
    if (arch == "densenet121")
        return createDenseNet121(numClasses);
    if (arch == "convnext_tiny")
        return createConvNeXtTiny(numClasses);
    return nullptr;
}

} // namespace graft::nets
