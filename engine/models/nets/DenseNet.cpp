// DenseNet-121 as torchvision.models.densenet (growth 32, blocks 6/12/24/16, bn_size 4).
#include "Networks.h"

namespace graft::nets {

namespace {

class DenseLayerImpl : public torch::nn::Module
{
public:
    DenseLayerImpl(int in, int growth, int bnSize)
    {
        norm1 = register_module("norm1", batchNorm(in));
        relu1 = register_module("relu1", Activation(Act::ReLU));
        conv1 = register_module("conv1", conv2d(in, bnSize * growth, 1));
        norm2 = register_module("norm2", batchNorm(bnSize * growth));
        relu2 = register_module("relu2", Activation(Act::ReLU));
        conv2 = register_module("conv2", conv2d(bnSize * growth, growth, 3, 1, 1));
    }
    torch::Tensor forward(const torch::Tensor& concatenated)
    {
        torch::Tensor y = call(conv1, call(relu1, call(norm1, concatenated)));
        return call(conv2, call(relu2, call(norm2, y)));
    }

private:
    torch::nn::BatchNorm2d norm1{nullptr}, norm2{nullptr};
    Activation relu1{nullptr}, relu2{nullptr};
    torch::nn::Conv2d conv1{nullptr}, conv2{nullptr};
};
TORCH_MODULE(DenseLayer);

class DenseBlockImpl : public torch::nn::Module
{
public:
    DenseBlockImpl(int layers, int in, int growth, int bnSize)
    {
        for (int i = 0; i < layers; ++i)
            m_layers.push_back(register_module("denselayer" + std::to_string(i + 1), DenseLayer(in + i * growth, growth, bnSize)));
    }
    torch::Tensor forward(const torch::Tensor& x)
    {
        std::vector<torch::Tensor> features{x};
        for (auto& layer : m_layers)
            features.push_back(call(layer, torch::cat(features, 1)));
        return torch::cat(features, 1);
    }

private:
    std::vector<DenseLayer> m_layers;
};
TORCH_MODULE(DenseBlock);

class DenseNetImpl : public NetworkImpl
{
public:
    explicit DenseNetImpl(int numClasses)
    {
        const int growth = 32, bnSize = 4;
        const int blocks[4] = {6, 12, 24, 16};
        features = register_module("features", Seq());
        features->addNamed("conv0", conv2d(3, 64, 7, 2, 3));
        features->addNamed("norm0", batchNorm(64));
        features->addNamed("relu0", Activation(Act::ReLU));
        features->addNamed("pool0", torch::nn::MaxPool2d(torch::nn::MaxPool2dOptions(3).stride(2).padding(1)));
        int channels = 64;
        for (int i = 0; i < 4; ++i) {
            features->addNamed("denseblock" + std::to_string(i + 1), DenseBlock(blocks[i], channels, growth, bnSize));
            channels += blocks[i] * growth;
            if (i != 3) {
                Seq transition;
                transition->addNamed("norm", batchNorm(channels));
                transition->addNamed("relu", Activation(Act::ReLU));
                transition->addNamed("conv", conv2d(channels, channels / 2, 1));
                transition->addNamed("pool", torch::nn::AvgPool2d(torch::nn::AvgPool2dOptions(2).stride(2)));
                features->addNamed("transition" + std::to_string(i + 1), transition);
                channels /= 2;
            }
        }
        features->addNamed("norm5", batchNorm(channels));
        m_featureDim = channels;
        classifier = torch::nn::AnyModule(torch::nn::Linear(channels, numClasses));
        register_module("classifier", classifier.ptr());
        initWeights(*this, InitScheme::DenseNet);
        m_headPath = "classifier";

        for (std::size_t i = 0; i < features->size(); ++i) {
            const std::string name = "features." + features->nameAt(i);
            addStage(name, name, [this, i](const torch::Tensor& x) { return call(features->at(i), x); });
        }
        addStage("pool", "", [](const torch::Tensor& x) {
            return torch::flatten(torch::adaptive_avg_pool2d(torch::relu(x), {1, 1}), 1);
        });
        addStage("classifier", "classifier", [this](const torch::Tensor& x) { return call(classifier, x); });
    }

    void replaceHead(const HeadOptions& options) override
    {
        classifier = makeHead(m_featureDim, options, LinearInit::ZeroBias);
        replace_module("classifier", classifier.ptr());
    }
    int featureDim() const override { return m_featureDim; }

private:
    Seq features{nullptr};
    torch::nn::AnyModule classifier;
    int m_featureDim = 1024;
};

} // namespace

Network createDenseNet121(int numClasses) { return std::make_shared<DenseNetImpl>(numClasses); }

} // namespace graft::nets
