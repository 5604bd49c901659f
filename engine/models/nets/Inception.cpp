// InceptionV3 as torchvision.models.inception_v3, with the auxiliary classifier (AuxLogits).
// transform_input is on, as torchvision sets it for the official (Google-trained) weights: inputs
// normalised with ImageNet mean/std are converted to the [-1, 1] scaling those weights expect.
#include "Networks.h"

namespace graft::nets {

namespace {

class BasicConv2dImpl : public torch::nn::Module
{
public:
    BasicConv2dImpl(int in, int out, int kh, int kw, int stride = 1, int ph = 0, int pw = 0)
    {
        conv = register_module("conv", torch::nn::Conv2d(torch::nn::Conv2dOptions(in, out, {kh, kw})
                                                             .stride(stride)
                                                             .padding({ph, pw})
                                                             .bias(false)));
        bn = register_module("bn", batchNorm(out, {0.001, 0.1}));
    }
    torch::Tensor forward(const torch::Tensor& x)
    {
        torch::Tensor y = call(bn, call(conv, x));
        return torch::relu_(y);
    }

    torch::nn::Conv2d conv{nullptr};

private:
    torch::nn::BatchNorm2d bn{nullptr};
};
TORCH_MODULE(BasicConv2d);

BasicConv2d square(int in, int out, int k, int stride = 1, int pad = 0)
{
    return BasicConv2d(in, out, k, k, stride, pad, pad);
}

// Registers BasicConv2d children by name, in declaration order.
class InceptionBlock : public torch::nn::Module
{
protected:
    BasicConv2d& add(const std::string& name, BasicConv2d conv)
    {
        return m_convs.insert_or_assign(name, register_module(name, conv)).first->second;
    }
    torch::Tensor run(const std::string& name, const torch::Tensor& x) { return call(m_convs.at(name), x); }

private:
    std::map<std::string, BasicConv2d> m_convs;
};

class InceptionAImpl : public InceptionBlock
{
public:
    InceptionAImpl(int in, int poolFeatures)
    {
        add("branch1x1", square(in, 64, 1));
        add("branch5x5_1", square(in, 48, 1));
        add("branch5x5_2", square(48, 64, 5, 1, 2));
        add("branch3x3dbl_1", square(in, 64, 1));
        add("branch3x3dbl_2", square(64, 96, 3, 1, 1));
        add("branch3x3dbl_3", square(96, 96, 3, 1, 1));
        add("branch_pool", square(in, poolFeatures, 1));
    }
    torch::Tensor forward(const torch::Tensor& x)
    {
        auto b1 = run("branch1x1", x);
        auto b5 = run("branch5x5_2", run("branch5x5_1", x));
        auto b3 = run("branch3x3dbl_3", run("branch3x3dbl_2", run("branch3x3dbl_1", x)));
        auto bp = run("branch_pool", torch::avg_pool2d(x, 3, 1, 1));
        return torch::cat({b1, b5, b3, bp}, 1);
    }
};
TORCH_MODULE(InceptionA);

class InceptionBImpl : public InceptionBlock
{
public:
    explicit InceptionBImpl(int in)
    {
        add("branch3x3", square(in, 384, 3, 2));
        add("branch3x3dbl_1", square(in, 64, 1));
        add("branch3x3dbl_2", square(64, 96, 3, 1, 1));
        add("branch3x3dbl_3", square(96, 96, 3, 2));
    }
    torch::Tensor forward(const torch::Tensor& x)
    {
        auto b3 = run("branch3x3", x);
        auto bd = run("branch3x3dbl_3", run("branch3x3dbl_2", run("branch3x3dbl_1", x)));
        auto bp = torch::max_pool2d(x, 3, 2);
        return torch::cat({b3, bd, bp}, 1);
    }
};
TORCH_MODULE(InceptionB);

class InceptionCImpl : public InceptionBlock
{
public:
    InceptionCImpl(int in, int c7)
    {
        add("branch1x1", square(in, 192, 1));
        add("branch7x7_1", square(in, c7, 1));
        add("branch7x7_2", BasicConv2d(c7, c7, 1, 7, 1, 0, 3));
        add("branch7x7_3", BasicConv2d(c7, 192, 7, 1, 1, 3, 0));
        add("branch7x7dbl_1", square(in, c7, 1));
        add("branch7x7dbl_2", BasicConv2d(c7, c7, 7, 1, 1, 3, 0));
        add("branch7x7dbl_3", BasicConv2d(c7, c7, 1, 7, 1, 0, 3));
        add("branch7x7dbl_4", BasicConv2d(c7, c7, 7, 1, 1, 3, 0));
        add("branch7x7dbl_5", BasicConv2d(c7, 192, 1, 7, 1, 0, 3));
        add("branch_pool", square(in, 192, 1));
    }
    torch::Tensor forward(const torch::Tensor& x)
    {
        auto b1 = run("branch1x1", x);
        auto b7 = run("branch7x7_3", run("branch7x7_2", run("branch7x7_1", x)));
        auto bd = run("branch7x7dbl_1", x);
        for (const char* n : {"branch7x7dbl_2", "branch7x7dbl_3", "branch7x7dbl_4", "branch7x7dbl_5"})
            bd = run(n, bd);
        auto bp = run("branch_pool", torch::avg_pool2d(x, 3, 1, 1));
        return torch::cat({b1, b7, bd, bp}, 1);
    }
};
TORCH_MODULE(InceptionC);

class InceptionDImpl : public InceptionBlock
{
public:
    explicit InceptionDImpl(int in)
    {
        add("branch3x3_1", square(in, 192, 1));
        add("branch3x3_2", square(192, 320, 3, 2));
        add("branch7x7x3_1", square(in, 192, 1));
        add("branch7x7x3_2", BasicConv2d(192, 192, 1, 7, 1, 0, 3));
        add("branch7x7x3_3", BasicConv2d(192, 192, 7, 1, 1, 3, 0));
        add("branch7x7x3_4", square(192, 192, 3, 2));
    }
    torch::Tensor forward(const torch::Tensor& x)
    {
        auto b3 = run("branch3x3_2", run("branch3x3_1", x));
        auto b7 = run("branch7x7x3_4", run("branch7x7x3_3", run("branch7x7x3_2", run("branch7x7x3_1", x))));
        auto bp = torch::max_pool2d(x, 3, 2);
        return torch::cat({b3, b7, bp}, 1);
    }
};
TORCH_MODULE(InceptionD);

class InceptionEImpl : public InceptionBlock
{
public:
    explicit InceptionEImpl(int in)
    {
        add("branch1x1", square(in, 320, 1));
        add("branch3x3_1", square(in, 384, 1));
        add("branch3x3_2a", BasicConv2d(384, 384, 1, 3, 1, 0, 1));
        add("branch3x3_2b", BasicConv2d(384, 384, 3, 1, 1, 1, 0));
        add("branch3x3dbl_1", square(in, 448, 1));
        add("branch3x3dbl_2", square(448, 384, 3, 1, 1));
        add("branch3x3dbl_3a", BasicConv2d(384, 384, 1, 3, 1, 0, 1));
        add("branch3x3dbl_3b", BasicConv2d(384, 384, 3, 1, 1, 1, 0));
        add("branch_pool", square(in, 192, 1));
    }
    torch::Tensor forward(const torch::Tensor& x)
    {
        auto b1 = run("branch1x1", x);
        auto b3 = run("branch3x3_1", x);
        b3 = torch::cat({run("branch3x3_2a", b3), run("branch3x3_2b", b3)}, 1);
        auto bd = run("branch3x3dbl_2", run("branch3x3dbl_1", x));
        bd = torch::cat({run("branch3x3dbl_3a", bd), run("branch3x3dbl_3b", bd)}, 1);
        auto bp = run("branch_pool", torch::avg_pool2d(x, 3, 1, 1));
        return torch::cat({b1, b3, bd, bp}, 1);
    }
};
TORCH_MODULE(InceptionE);

class InceptionAuxImpl : public torch::nn::Module
{
public:
    InceptionAuxImpl(int in, int numClasses)
    {
        conv0 = register_module("conv0", square(in, 128, 1));
        conv1 = register_module("conv1", square(128, 768, 5));
        fc = torch::nn::AnyModule(torch::nn::Linear(768, numClasses));
        register_module("fc", fc.ptr());
    }
    torch::Tensor forward(const torch::Tensor& x)
    {
        torch::Tensor y = torch::avg_pool2d(x, 5, 3);
        y = call(conv1, call(conv0, y));
        y = torch::flatten(torch::adaptive_avg_pool2d(y, {1, 1}), 1);
        return call(fc, y);
    }
    void replaceFc(torch::nn::AnyModule head)
    {
        fc = std::move(head);
        replace_module("fc", fc.ptr());
    }
    void init()
    {
        torch::NoGradGuard guard;
        truncNormal(conv1->conv->weight, 0.01);
        auto* linear = dynamic_cast<torch::nn::LinearImpl*>(fc.ptr().get());
        if (linear)
            truncNormal(linear->weight, 0.001);
    }

private:
    BasicConv2d conv0{nullptr}, conv1{nullptr};
    torch::nn::AnyModule fc;
};
TORCH_MODULE(InceptionAux);

class Inception3Impl : public NetworkImpl
{
public:
    explicit Inception3Impl(int numClasses)
    {
        auto reg = [this](const std::string& name, auto module) {
            register_module(name, module);
            m_blocks.emplace_back(name, torch::nn::AnyModule(module));
        };
        reg("Conv2d_1a_3x3", square(3, 32, 3, 2));
        reg("Conv2d_2a_3x3", square(32, 32, 3));
        reg("Conv2d_2b_3x3", square(32, 64, 3, 1, 1));
        reg("maxpool1", torch::nn::MaxPool2d(torch::nn::MaxPool2dOptions(3).stride(2)));
        reg("Conv2d_3b_1x1", square(64, 80, 1));
        reg("Conv2d_4a_3x3", square(80, 192, 3));
        reg("maxpool2", torch::nn::MaxPool2d(torch::nn::MaxPool2dOptions(3).stride(2)));
        reg("Mixed_5b", InceptionA(192, 32));
        reg("Mixed_5c", InceptionA(256, 64));
        reg("Mixed_5d", InceptionA(288, 64));
        reg("Mixed_6a", InceptionB(288));
        reg("Mixed_6b", InceptionC(768, 128));
        reg("Mixed_6c", InceptionC(768, 160));
        reg("Mixed_6d", InceptionC(768, 160));
        reg("Mixed_6e", InceptionC(768, 192));
        AuxLogits = register_module("AuxLogits", InceptionAux(768, numClasses));
        reg("Mixed_7a", InceptionD(768));
        reg("Mixed_7b", InceptionE(1280));
        reg("Mixed_7c", InceptionE(2048));
        avgpool = register_module("avgpool", torch::nn::AdaptiveAvgPool2d(1));
        dropout = register_module("dropout", Dropout(0.5));
        fc = torch::nn::AnyModule(torch::nn::Linear(2048, numClasses));
        register_module("fc", fc.ptr());
        initWeights(*this, InitScheme::Inception);
        AuxLogits->init();
        m_headPath = "fc";
        m_auxHeadPaths = {"AuxLogits"};

        addStage("transform_input", "", [](const torch::Tensor& x) {
            auto c0 = x.select(1, 0).unsqueeze(1) * (0.229 / 0.5) + (0.485 - 0.5) / 0.5;
            auto c1 = x.select(1, 1).unsqueeze(1) * (0.224 / 0.5) + (0.456 - 0.5) / 0.5;
            auto c2 = x.select(1, 2).unsqueeze(1) * (0.225 / 0.5) + (0.406 - 0.5) / 0.5;
            return torch::cat({c0, c1, c2}, 1);
        });
        for (auto& [name, module] : m_blocks) {
            auto* m = &module;
            addStage(name, name, [m](const torch::Tensor& x) { return call(*m, x); });
            if (name == "Mixed_6e")
                m_auxTap = m_stages.size();
        }
        addStage("avgpool", "avgpool", [this](const torch::Tensor& x) { return call(avgpool, x); });
        addStage("dropout", "dropout", [this](const torch::Tensor& x) { return torch::flatten(call(dropout, x), 1); });
        addStage("fc", "fc", [this](const torch::Tensor& x) { return call(fc, x); });
    }

    std::pair<torch::Tensor, torch::Tensor> forwardTrain(const torch::Tensor& x, std::size_t begin, bool useAux) override
    {
        if (!useAux || begin > m_auxTap)
            return {forwardStages(x, begin, m_stages.size()), torch::Tensor()};
        torch::Tensor mid = forwardStages(x, begin, m_auxTap);
        torch::Tensor aux = call(AuxLogits, mid);
        return {forwardStages(mid, m_auxTap, m_stages.size()), aux};
    }

    void replaceHead(const HeadOptions& options) override
    {
        fc = makeHead(2048, options, LinearInit::TruncNormal01);
        replace_module("fc", fc.ptr());
        HeadOptions aux = options;
        aux.hidden = 0;
        AuxLogits->replaceFc(makeHead(768, aux, LinearInit::TruncNormal0001));
    }
    int featureDim() const override { return 2048; }
    // AuxLogits pools Mixed_6e's output 5/3 and convolves 5x5 without padding: it needs a 17x17
    // Mixed_6e output, which only inputs of 299x299 or more give (as in torchvision).
    int auxMinInputSize() const override { return 299; }

private:
    std::vector<std::pair<std::string, torch::nn::AnyModule>> m_blocks;
    std::size_t m_auxTap = 0; // stage index after Mixed_6e
    InceptionAux AuxLogits{nullptr};
    torch::nn::AdaptiveAvgPool2d avgpool{nullptr};
    Dropout dropout{nullptr};
    torch::nn::AnyModule fc;
};

} // namespace

Network createInceptionV3(int numClasses) { return std::make_shared<Inception3Impl>(numClasses); }

} // namespace graft::nets
