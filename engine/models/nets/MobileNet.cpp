// MobileNetV2 and MobileNetV3-Small/Large as torchvision.models.mobilenetv2/mobilenetv3.
#include "Networks.h"

#include <cmath>

namespace graft::nets {

// torchvision.models._utils._make_divisible
int makeDivisible(double v, int divisor = 8)
{
    int newV = std::max(divisor, int(v + divisor / 2.0) / divisor * divisor);
    if (newV < 0.9 * v)
        newV += divisor;
    return newV;
}

namespace {

class InvertedResidualV2Impl : public torch::nn::Module
{
public:
    InvertedResidualV2Impl(int inp, int oup, int stride, int expandRatio)
    {
        const int hidden = int(std::lround(inp * double(expandRatio)));
        m_residual = stride == 1 && inp == oup;
        conv = register_module("conv", Seq());
        if (expandRatio != 1)
            conv->add(convNormAct({inp, hidden, 1, 1, 1, 1, 1, -1, -1, false, Norm::Batch, {}, Act::ReLU6}));
        conv->add(convNormAct({hidden, hidden, 3, 3, stride, hidden, 1, -1, -1, false, Norm::Batch, {}, Act::ReLU6}));
        conv->add(conv2d(hidden, oup, 1));
        conv->add(batchNorm(oup));
    }
    torch::Tensor forward(const torch::Tensor& x)
    {
        torch::Tensor y = call(conv, x);
        return m_residual ? x + y : y;
    }

private:
    Seq conv{nullptr};
    bool m_residual = false;
};
TORCH_MODULE(InvertedResidualV2);

// A network of the shape features -> pool -> flatten -> classifier, whose head is the classifier's
// last Linear: MobileNets and EfficientNets.
class FeaturesClassifierNet : public NetworkImpl
{
public:
    void replaceHead(const HeadOptions& options) override
    {
        classifier->replace(classifier->size() - 1, makeHead(m_featureDim, options, m_headInit));
    }
    int featureDim() const override { return m_featureDim; }

protected:
    void finish(bool poolModule, int featureDim, LinearInit headInit)
    {
        m_featureDim = featureDim;
        m_headInit = headInit;
        m_headPath = "classifier";
        for (std::size_t i = 0; i < features->size(); ++i) {
            const std::string name = "features." + std::to_string(i);
            addStage(name, name, [this, i](const torch::Tensor& x) { return call(features->at(i), x); });
        }
        if (poolModule)
            addStage("avgpool", "avgpool",
                     [this](const torch::Tensor& x) { return torch::flatten(call(avgpool, x), 1); });
        else
            addStage("pool", "", [](const torch::Tensor& x) {
                return torch::flatten(torch::adaptive_avg_pool2d(x, {1, 1}), 1);
            });
        addStage("classifier", "classifier", [this](const torch::Tensor& x) { return call(classifier, x); });
    }

    Seq features{nullptr}, classifier{nullptr};
    torch::nn::AdaptiveAvgPool2d avgpool{nullptr};
    int m_featureDim = 0;
    LinearInit m_headInit = LinearInit::Normal001;
};

class MobileNetV2Impl : public FeaturesClassifierNet
{
public:
    explicit MobileNetV2Impl(int numClasses)
    {
        const int settings[7][4] = {{1, 16, 1, 1}, {6, 24, 2, 2}, {6, 32, 3, 2}, {6, 64, 4, 2},
                                    {6, 96, 3, 1}, {6, 160, 3, 2}, {6, 320, 1, 1}};
        int input = makeDivisible(32);
        const int last = makeDivisible(1280);
        features = register_module("features", Seq());
        features->add(convNormAct({3, input, 3, 3, 2, 1, 1, -1, -1, false, Norm::Batch, {}, Act::ReLU6}));
        for (const auto& s : settings) {
            const int out = makeDivisible(s[1]);
            for (int i = 0; i < s[2]; ++i) {
                features->add(InvertedResidualV2(input, out, i == 0 ? s[3] : 1, s[0]));
                input = out;
            }
        }
        features->add(convNormAct({input, last, 1, 1, 1, 1, 1, -1, -1, false, Norm::Batch, {}, Act::ReLU6}));
        classifier = register_module("classifier", Seq());
        classifier->add(Dropout(0.2));
        classifier->add(torch::nn::Linear(last, numClasses));
        initWeights(*this, InitScheme::MobileNet);
        finish(false, last, LinearInit::Normal001);
    }
};

struct V3Block
{
    int input, kernel, expanded, out;
    bool se;
    bool hardswish;
    int stride, dilation;
};

class InvertedResidualV3Impl : public torch::nn::Module
{
public:
    InvertedResidualV3Impl(const V3Block& c, const NormOptions& norm)
    {
        m_residual = c.stride == 1 && c.input == c.out;
        const Act act = c.hardswish ? Act::Hardswish : Act::ReLU;
        block = register_module("block", Seq());
        if (c.expanded != c.input)
            block->add(convNormAct({c.input, c.expanded, 1, 1, 1, 1, 1, -1, -1, false, Norm::Batch, norm, act}));
        const int stride = c.dilation > 1 ? 1 : c.stride;
        block->add(convNormAct({c.expanded, c.expanded, c.kernel, c.kernel, stride, c.expanded, c.dilation, -1, -1,
                                false, Norm::Batch, norm, act}));
        if (c.se)
            block->add(SqueezeExcitation(c.expanded, makeDivisible(c.expanded / 4), Act::ReLU, Act::Hardsigmoid));
        block->add(convNormAct({c.expanded, c.out, 1, 1, 1, 1, 1, -1, -1, false, Norm::Batch, norm, Act::None}));
    }
    torch::Tensor forward(const torch::Tensor& x)
    {
        torch::Tensor y = call(block, x);
        if (m_residual)
            y += x;
        return y;
    }

private:
    Seq block{nullptr};
    bool m_residual = false;
};
TORCH_MODULE(InvertedResidualV3);

class MobileNetV3Impl : public FeaturesClassifierNet
{
public:
    MobileNetV3Impl(bool large, int numClasses)
    {
        constexpr bool T = true, F = false;
        static const std::vector<V3Block> kLarge{
            {16, 3, 16, 16, F, F, 1, 1},    {16, 3, 64, 24, F, F, 2, 1},    {24, 3, 72, 24, F, F, 1, 1},
            {24, 5, 72, 40, T, F, 2, 1},    {40, 5, 120, 40, T, F, 1, 1},   {40, 5, 120, 40, T, F, 1, 1},
            {40, 3, 240, 80, F, T, 2, 1},   {80, 3, 200, 80, F, T, 1, 1},   {80, 3, 184, 80, F, T, 1, 1},
            {80, 3, 184, 80, F, T, 1, 1},   {80, 3, 480, 112, T, T, 1, 1},  {112, 3, 672, 112, T, T, 1, 1},
            {112, 5, 672, 160, T, T, 2, 1}, {160, 5, 960, 160, T, T, 1, 1}, {160, 5, 960, 160, T, T, 1, 1}};
        static const std::vector<V3Block> kSmall{
            {16, 3, 16, 16, T, F, 2, 1},  {16, 3, 72, 24, F, F, 2, 1},  {24, 3, 88, 24, F, F, 1, 1},
            {24, 5, 96, 40, T, T, 2, 1},  {40, 5, 240, 40, T, T, 1, 1}, {40, 5, 240, 40, T, T, 1, 1},
            {40, 5, 120, 48, T, T, 1, 1}, {48, 5, 144, 48, T, T, 1, 1}, {48, 5, 288, 96, T, T, 2, 1},
            {96, 5, 576, 96, T, T, 1, 1}, {96, 5, 576, 96, T, T, 1, 1}};
        const std::vector<V3Block>& cfg = large ? kLarge : kSmall;
        const int lastChannel = makeDivisible(large ? 1280 : 1024);
        const NormOptions norm{0.001, 0.01};
        features = register_module("features", Seq());
        features->add(convNormAct({3, cfg[0].input, 3, 3, 2, 1, 1, -1, -1, false, Norm::Batch, norm, Act::Hardswish}));
        for (const auto& c : cfg)
            features->add(InvertedResidualV3(c, norm));
        const int lastIn = cfg.back().out, lastOut = 6 * lastIn;
        features->add(convNormAct({lastIn, lastOut, 1, 1, 1, 1, 1, -1, -1, false, Norm::Batch, norm, Act::Hardswish}));
        avgpool = register_module("avgpool", torch::nn::AdaptiveAvgPool2d(1));
        classifier = register_module("classifier", Seq());
        classifier->add(torch::nn::Linear(lastOut, lastChannel));
        classifier->add(Activation(Act::Hardswish));
        classifier->add(Dropout(0.2));
        classifier->add(torch::nn::Linear(lastChannel, numClasses));
        initWeights(*this, InitScheme::MobileNet);
        finish(true, lastChannel, LinearInit::Normal001);
    }
};

// EfficientNet B0..B7 (torchvision.models.efficientnet, V1).
class MBConvImpl : public torch::nn::Module
{
public:
    MBConvImpl(int expandRatio, int kernel, int stride, int input, int out, double sdProb, const NormOptions& norm)
    {
        m_residual = stride == 1 && input == out;
        const int expanded = makeDivisible(input * double(expandRatio));
        block = register_module("block", Seq());
        if (expanded != input)
            block->add(convNormAct({input, expanded, 1, 1, 1, 1, 1, -1, -1, false, Norm::Batch, norm, Act::SiLU}));
        block->add(convNormAct({expanded, expanded, kernel, kernel, stride, expanded, 1, -1, -1, false, Norm::Batch,
                                norm, Act::SiLU}));
        block->add(SqueezeExcitation(expanded, std::max(1, input / 4), Act::SiLU, Act::Sigmoid));
        block->add(convNormAct({expanded, out, 1, 1, 1, 1, 1, -1, -1, false, Norm::Batch, norm, Act::None}));
        stochastic_depth = register_module("stochastic_depth", StochasticDepth(sdProb));
    }
    torch::Tensor forward(const torch::Tensor& x)
    {
        torch::Tensor y = call(block, x);
        if (m_residual) {
            y = call(stochastic_depth, y);
            y += x;
        }
        return y;
    }

private:
    Seq block{nullptr};
    StochasticDepth stochastic_depth{nullptr};
    bool m_residual = false;
};
TORCH_MODULE(MBConv);

class EfficientNetImpl : public FeaturesClassifierNet
{
public:
    EfficientNetImpl(double widthMult, double depthMult, double dropout, const NormOptions& norm, int numClasses)
    {
        struct Cfg { int expand, kernel, stride, in, out, layers; };
        std::vector<Cfg> cfg = {{1, 3, 1, 32, 16, 1},  {6, 3, 2, 16, 24, 2},  {6, 5, 2, 24, 40, 2},
                                {6, 3, 2, 40, 80, 3},  {6, 5, 1, 80, 112, 3}, {6, 5, 2, 112, 192, 4},
                                {6, 3, 1, 192, 320, 1}};
        for (auto& c : cfg) {
            c.in = makeDivisible(c.in * widthMult);
            c.out = makeDivisible(c.out * widthMult);
            c.layers = int(std::ceil(c.layers * depthMult));
        }
        features = register_module("features", Seq());
        features->add(convNormAct({3, cfg[0].in, 3, 3, 2, 1, 1, -1, -1, false, Norm::Batch, norm, Act::SiLU}));
        int total = 0;
        for (const auto& c : cfg)
            total += c.layers;
        int blockId = 0;
        for (const auto& c : cfg) {
            Seq stage;
            for (int i = 0; i < c.layers; ++i) {
                const double sd = 0.2 * double(blockId) / double(total);
                stage->add(MBConv(c.expand, c.kernel, i == 0 ? c.stride : 1, i == 0 ? c.in : c.out, c.out, sd, norm));
                ++blockId;
            }
            features->add(stage);
        }
        const int lastIn = cfg.back().out, lastOut = 4 * lastIn;
        features->add(convNormAct({lastIn, lastOut, 1, 1, 1, 1, 1, -1, -1, false, Norm::Batch, norm, Act::SiLU}));
        avgpool = register_module("avgpool", torch::nn::AdaptiveAvgPool2d(1));
        classifier = register_module("classifier", Seq());
        classifier->add(Dropout(dropout));
        classifier->add(torch::nn::Linear(lastOut, numClasses));
        initWeights(*this, InitScheme::EfficientNet);
        finish(true, lastOut, LinearInit::UniformFanOut);
    }
};

} // namespace

Network createMobileNetV2(int numClasses) { return std::make_shared<MobileNetV2Impl>(numClasses); }
Network createMobileNetV3(bool large, int numClasses) { return std::make_shared<MobileNetV3Impl>(large, numClasses); }

Network createEfficientNet(int variant, int numClasses)
{
    struct V { double width, depth, dropout; };
    static const V variants[8] = {{1.0, 1.0, 0.2}, {1.0, 1.1, 0.2}, {1.1, 1.2, 0.3}, {1.2, 1.4, 0.3},
                                  {1.4, 1.8, 0.4}, {1.6, 2.2, 0.4}, {1.8, 2.6, 0.5}, {2.0, 3.1, 0.5}};
    if (variant < 0 || variant > 7)
        return nullptr;
    // B5-B7 carry weights ported from TensorFlow, trained with these batch-norm settings.
    const NormOptions norm = variant >= 5 ? NormOptions{0.001, 0.01} : NormOptions{};
    const V& v = variants[variant];
    return std::make_shared<EfficientNetImpl>(v.width, v.depth, v.dropout, norm, numClasses);
}

} // namespace graft::nets
