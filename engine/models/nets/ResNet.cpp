// ResNet-18/34/50/101/152 as torchvision.models.resnet (V1.5: stride on the 3x3 convolution).
#include "Networks.h"

namespace graft::nets {

namespace {

class BasicBlockImpl : public torch::nn::Module
{
public:
    static constexpr int expansion = 1;
    BasicBlockImpl(int inplanes, int planes, int stride, Seq down)
    {
        conv1 = register_module("conv1", conv2d(inplanes, planes, 3, stride, 1));
        bn1 = register_module("bn1", batchNorm(planes));
        relu = register_module("relu", Activation(Act::ReLU));
        conv2 = register_module("conv2", conv2d(planes, planes, 3, 1, 1));
        bn2 = register_module("bn2", batchNorm(planes));
        if (down)
            downsample = register_module("downsample", down);
    }
    torch::Tensor forward(const torch::Tensor& x)
    {
        torch::Tensor out = call(relu, call(bn1, call(conv1, x)));
        out = call(bn2, call(conv2, out));
        const torch::Tensor identity = downsample ? call(downsample, x) : x;
        out += identity;
        return call(relu, out);
    }

private:
    torch::nn::Conv2d conv1{nullptr}, conv2{nullptr};
    torch::nn::BatchNorm2d bn1{nullptr}, bn2{nullptr};
    Activation relu{nullptr};
    Seq downsample{nullptr};
};
TORCH_MODULE(BasicBlock);

class BottleneckImpl : public torch::nn::Module
{
public:
    static constexpr int expansion = 4;
    BottleneckImpl(int inplanes, int planes, int stride, Seq down)
    {
        const int width = planes;
        conv1 = register_module("conv1", conv2d(inplanes, width, 1));
        bn1 = register_module("bn1", batchNorm(width));
        conv2 = register_module("conv2", conv2d(width, width, 3, stride, 1));
        bn2 = register_module("bn2", batchNorm(width));
        conv3 = register_module("conv3", conv2d(width, planes * expansion, 1));
        bn3 = register_module("bn3", batchNorm(planes * expansion));
        relu = register_module("relu", Activation(Act::ReLU));
        if (down)
            downsample = register_module("downsample", down);
    }
    torch::Tensor forward(const torch::Tensor& x)
    {
        torch::Tensor out = call(relu, call(bn1, call(conv1, x)));
        out = call(relu, call(bn2, call(conv2, out)));
        out = call(bn3, call(conv3, out));
        const torch::Tensor identity = downsample ? call(downsample, x) : x;
        out += identity;
        return call(relu, out);
    }

private:
    torch::nn::Conv2d conv1{nullptr}, conv2{nullptr}, conv3{nullptr};
    torch::nn::BatchNorm2d bn1{nullptr}, bn2{nullptr}, bn3{nullptr};
    Activation relu{nullptr};
    Seq downsample{nullptr};
};
TORCH_MODULE(Bottleneck);

class ResNetImpl : public NetworkImpl
{
public:
    ResNetImpl(bool bottleneck, const std::array<int, 4>& layers, int numClasses) : m_bottleneck(bottleneck)
    {
        conv1 = register_module("conv1", conv2d(3, 64, 7, 2, 3));
        bn1 = register_module("bn1", batchNorm(64));
        relu = register_module("relu", Activation(Act::ReLU));
        maxpool = register_module("maxpool", torch::nn::MaxPool2d(torch::nn::MaxPool2dOptions(3).stride(2).padding(1)));
        const int widths[4] = {64, 128, 256, 512};
        Seq* stagesOut[4] = {&layer1, &layer2, &layer3, &layer4};
        for (int i = 0; i < 4; ++i)
            *stagesOut[i] = register_module("layer" + std::to_string(i + 1), makeLayer(widths[i], layers[std::size_t(i)], i == 0 ? 1 : 2));
        avgpool = register_module("avgpool", torch::nn::AdaptiveAvgPool2d(1));
        m_featureDim = 512 * (bottleneck ? BottleneckImpl::expansion : BasicBlockImpl::expansion);
        fc = torch::nn::AnyModule(torch::nn::Linear(m_featureDim, numClasses));
        register_module("fc", fc.ptr());
        initWeights(*this, InitScheme::ResNet);
        m_headPath = "fc";

        addStage("conv1", "conv1", [this](const torch::Tensor& x) { return call(conv1, x); });
        addStage("bn1", "bn1", [this](const torch::Tensor& x) { return call(bn1, x); });
        addStage("relu", "relu", [this](const torch::Tensor& x) { return call(relu, x); });
        addStage("maxpool", "maxpool", [this](const torch::Tensor& x) { return call(maxpool, x); });
        for (int i = 0; i < 4; ++i) {
            Seq* layer = stagesOut[i];
            const std::string name = "layer" + std::to_string(i + 1);
            addStage(name, name, [layer](const torch::Tensor& x) { return call(*layer, x); });
        }
        addStage("avgpool", "avgpool", [this](const torch::Tensor& x) { return torch::flatten(call(avgpool, x), 1); });
        addStage("fc", "fc", [this](const torch::Tensor& x) { return call(fc, x); });
    }

    void replaceHead(const HeadOptions& options) override
    {
        fc = makeHead(m_featureDim, options, LinearInit::Default);
        replace_module("fc", fc.ptr());
    }
    int featureDim() const override { return m_featureDim; }

private:
    Seq makeLayer(int planes, int blocks, int stride)
    {
        const int expansion = m_bottleneck ? BottleneckImpl::expansion : BasicBlockImpl::expansion;
        Seq layer;
        for (int b = 0; b < blocks; ++b) {
            Seq down{nullptr};
            const int s = b == 0 ? stride : 1;
            if (b == 0 && (stride != 1 || m_inplanes != planes * expansion)) {
                down = Seq();
                down->add(conv2d(m_inplanes, planes * expansion, 1, stride));
                down->add(batchNorm(planes * expansion));
            }
            if (m_bottleneck)
                layer->add(Bottleneck(m_inplanes, planes, s, down));
            else
                layer->add(BasicBlock(m_inplanes, planes, s, down));
            m_inplanes = planes * expansion;
        }
        return layer;
    }

    bool m_bottleneck;
    int m_inplanes = 64;
    int m_featureDim = 512;
    torch::nn::Conv2d conv1{nullptr};
    torch::nn::BatchNorm2d bn1{nullptr};
    Activation relu{nullptr};
    torch::nn::MaxPool2d maxpool{nullptr};
    Seq layer1{nullptr}, layer2{nullptr}, layer3{nullptr}, layer4{nullptr};
    torch::nn::AdaptiveAvgPool2d avgpool{nullptr};
    torch::nn::AnyModule fc;
};

} // namespace

Network createResNet(int depth, int numClasses)
{
    switch (depth) {
    case 18: return std::make_shared<ResNetImpl>(false, std::array<int, 4>{2, 2, 2, 2}, numClasses);
    case 34: return std::make_shared<ResNetImpl>(false, std::array<int, 4>{3, 4, 6, 3}, numClasses);
    case 50: return std::make_shared<ResNetImpl>(true, std::array<int, 4>{3, 4, 6, 3}, numClasses);
    case 101: return std::make_shared<ResNetImpl>(true, std::array<int, 4>{3, 4, 23, 3}, numClasses);
    case 152: return std::make_shared<ResNetImpl>(true, std::array<int, 4>{3, 8, 36, 3}, numClasses);
    default: return nullptr;
    }
}

} // namespace graft::nets
