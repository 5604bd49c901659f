// VGG-16/19 with and without batch normalisation, as torchvision.models.vgg.
#include "Networks.h"

namespace graft::nets {

namespace {

class VGGImpl : public NetworkImpl
{
public:
    VGGImpl(const std::vector<int>& cfg, bool bn, int numClasses)
    {
        features = register_module("features", Seq());
        int in = 3;
        for (int v : cfg) {
            if (v == 0) {
                features->add(torch::nn::MaxPool2d(torch::nn::MaxPool2dOptions(2).stride(2)));
                continue;
            }
            features->add(conv2d(in, v, 3, 1, 1, 1, true));
            if (bn)
                features->add(batchNorm(v));
            features->add(Activation(Act::ReLU));
            in = v;
        }
        avgpool = register_module("avgpool", torch::nn::AdaptiveAvgPool2d(7));
        classifier = register_module("classifier", Seq());
        classifier->add(torch::nn::Linear(512 * 7 * 7, 4096));
        classifier->add(Activation(Act::ReLU));
        classifier->add(Dropout(0.5));
        classifier->add(torch::nn::Linear(4096, 4096));
        classifier->add(Activation(Act::ReLU));
        classifier->add(Dropout(0.5));
        classifier->add(torch::nn::Linear(4096, numClasses));
        initWeights(*this, InitScheme::Vgg);
        m_headPath = "classifier";

        for (std::size_t i = 0; i < features->size(); ++i) {
            const std::string name = "features." + std::to_string(i);
            addStage(name, name, [this, i](const torch::Tensor& x) { return call(features->at(i), x); });
        }
        addStage("avgpool", "avgpool", [this](const torch::Tensor& x) { return torch::flatten(call(avgpool, x), 1); });
        addStage("classifier", "classifier", [this](const torch::Tensor& x) { return call(classifier, x); });
    }

    void replaceHead(const HeadOptions& options) override
    {
        classifier->replace(6, makeHead(4096, options, LinearInit::Normal001));
    }
    int featureDim() const override { return 4096; }

private:
    Seq features{nullptr}, classifier{nullptr};
    torch::nn::AdaptiveAvgPool2d avgpool{nullptr};
};

} // namespace

Network createVgg(int depth, bool batchNorm, int numClasses)
{
    const int M = 0;
    std::vector<int> cfg;
    if (depth == 16)
        cfg = {64, 64, M, 128, 128, M, 256, 256, 256, M, 512, 512, 512, M, 512, 512, 512, M};
    else if (depth == 19)
        cfg = {64, 64, M, 128, 128, M, 256, 256, 256, 256, M, 512, 512, 512, 512, M, 512, 512, 512, 512, M};
    else
        return nullptr;
    return std::make_shared<VGGImpl>(cfg, batchNorm, numClasses);
}

} // namespace graft::nets
