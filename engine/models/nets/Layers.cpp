#include "Layers.h"

#include <ATen/CPUGeneratorImpl.h>

#include <cmath>
#include <mutex>

namespace graft::nets {

namespace {
thread_local ShapeRecorder* t_recorder = nullptr;
}

ShapeRecorder::ShapeRecorder() : m_previous(t_recorder) { t_recorder = this; }
ShapeRecorder::~ShapeRecorder() { t_recorder = m_previous; }
ShapeRecorder* ShapeRecorder::active() { return t_recorder; }

void ShapeRecorder::record(const torch::nn::Module* module, const torch::Tensor& input, const torch::Tensor& output)
{
    Entry e;
    const auto sizes = output.sizes();
    e.shape.assign(sizes.begin() + (sizes.empty() ? 0 : 1), sizes.end());
    const std::int64_t batch = output.dim() > 0 ? output.size(0) : 1;
    const double perImage = batch > 0 ? double(output.numel()) / double(batch) : 0;
    if (auto* conv = dynamic_cast<const torch::nn::Conv2dImpl*>(module)) {
        const auto& o = conv->options;
        const auto& k = o.kernel_size();
        e.macs = perImage * double(o.in_channels() / o.groups()) * double(k->at(0) * k->at(1));
    } else if (auto* linear = dynamic_cast<const torch::nn::LinearImpl*>(module)) {
        e.macs = perImage * double(linear->options.in_features());
    }
    m_entries[module] = std::move(e);
}

SeqImpl& SeqImpl::add(const std::string& name, torch::nn::AnyModule module)
{
    register_module(name, module.ptr());
    m_items.emplace_back(name, std::move(module));
    return *this;
}

torch::Tensor SeqImpl::forward(torch::Tensor x)
{
    for (auto& item : m_items)
        x = call(item.second, x);
    return x;
}

void SeqImpl::replace(std::size_t i, torch::nn::AnyModule module)
{
    auto& item = m_items.at(i);
    replace_module(item.first, module.ptr());
    item.second = std::move(module);
}

torch::Tensor ActivationImpl::forward(const torch::Tensor& x)
{
    if (m_inplace) {
        torch::Tensor y = x;
        switch (m_kind) {
        case Act::ReLU: return torch::relu_(y);
        case Act::ReLU6: return torch::hardtanh_(y, 0.0, 6.0);
        case Act::Hardswish: return torch::hardswish_(y);
        case Act::SiLU: return torch::silu_(y);
        default: break;
        }
    }
    switch (m_kind) {
    case Act::ReLU: return torch::relu(x);
    case Act::ReLU6: return torch::hardtanh(x, 0.0, 6.0);
    case Act::Hardswish: return torch::hardswish(x);
    case Act::Hardsigmoid: return torch::hardsigmoid(x);
    case Act::SiLU: return torch::silu(x);
    case Act::GELU: return torch::gelu(x);
    case Act::Sigmoid: return torch::sigmoid(x);
    case Act::None: break;
    }
    return x;
}

std::string ActivationImpl::typeName() const
{
    switch (m_kind) {
    case Act::ReLU: return "ReLU";
    case Act::ReLU6: return "ReLU6";
    case Act::Hardswish: return "Hardswish";
    case Act::Hardsigmoid: return "Hardsigmoid";
    case Act::SiLU: return "SiLU";
    case Act::GELU: return "GELU";
    case Act::Sigmoid: return "Sigmoid";
    case Act::None: break;
    }
    return "Identity";
}

torch::nn::Conv2d conv2d(int in, int out, int kernel, int stride, int padding, int groups, bool bias, int dilation)
{
    return torch::nn::Conv2d(torch::nn::Conv2dOptions(in, out, kernel)
                                 .stride(stride)
                                 .padding(padding)
                                 .groups(groups)
                                 .bias(bias)
                                 .dilation(dilation));
}

torch::nn::BatchNorm2d batchNorm(int channels, const NormOptions& options)
{
    return torch::nn::BatchNorm2d(
        torch::nn::BatchNorm2dOptions(channels).eps(options.eps).momentum(options.momentum));
}

Seq convNormAct(const ConvSpec& s)
{
    const int padH = s.padH >= 0 ? s.padH : (s.kernelH - 1) / 2 * s.dilation;
    const int padW = s.padW >= 0 ? s.padW : (s.kernelW - 1) / 2 * s.dilation;
    Seq seq;
    seq->add(torch::nn::Conv2d(torch::nn::Conv2dOptions(s.in, s.out, {s.kernelH, s.kernelW})
                                   .stride(s.stride)
                                   .padding({padH, padW})
                                   .groups(s.groups)
                                   .dilation(s.dilation)
                                   .bias(s.bias)));
    if (s.norm == Norm::Batch)
        seq->add(batchNorm(s.out, s.normOptions));
    else if (s.norm == Norm::LayerChannels)
        seq->add(LayerNorm2d(s.out, s.normOptions.eps));
    if (s.act != Act::None)
        seq->add(Activation(s.act));
    return seq;
}

SqueezeExcitationImpl::SqueezeExcitationImpl(int channels, int squeeze, Act act, Act scaleAct)
{
    avgpool = register_module("avgpool", torch::nn::AdaptiveAvgPool2d(1));
    fc1 = register_module("fc1", conv2d(channels, squeeze, 1, 1, 0, 1, true));
    fc2 = register_module("fc2", conv2d(squeeze, channels, 1, 1, 0, 1, true));
    // As torchvision: the squeeze activation in place only for EfficientNet's SiLU; the gate never.
    activation = register_module("activation", Activation(act, act == Act::SiLU));
    scale_activation = register_module("scale_activation", Activation(scaleAct, false));
}

torch::Tensor SqueezeExcitationImpl::forward(const torch::Tensor& x)
{
    torch::Tensor s = call(avgpool, x);
    s = call(fc1, s);
    s = call(activation, s);
    s = call(fc2, s);
    s = call(scale_activation, s);
    return s * x;
}

namespace {
thread_local RandomScope* tCurrentScope = nullptr;

void setSeed(at::Generator& generator, std::uint64_t seed)
{
    std::lock_guard<std::mutex> lock(generator.mutex());
    generator.set_current_seed(seed);
}
} // namespace

RandomScope::RandomScope(std::uint64_t seed)
    : m_seed(seed), m_generator(at::make_generator<at::CPUGeneratorImpl>(seed)), m_previous(tCurrentScope)
{
    tCurrentScope = this;
}

RandomScope::~RandomScope() { tCurrentScope = m_previous; }

void RandomScope::reseed(std::uint64_t seed)
{
    m_seed = seed;
    setSeed(m_generator, seed);
    for (auto& [index, generator] : m_gpuGenerators)
        setSeed(generator, seed);
}

at::Generator RandomScope::generatorOf(const torch::Device& device)
{
    if (device.is_cpu())
        return m_generator;
    const c10::DeviceIndex index = device.has_index() ? device.index() : c10::DeviceIndex(0);
    for (const auto& [i, generator] : m_gpuGenerators)
        if (i == index)
            return generator;
    // A GPU generator of our own: a copy of the device's default one (its type without CUDA
    // headers, so that this builds with a CPU-only LibTorch too), then given the scope's seed.
    at::Generator global = at::globalContext().defaultGenerator(torch::Device(device.type(), index));
    at::Generator own = [&] {
        std::lock_guard<std::mutex> lock(global.mutex());
        return global.clone();
    }();
    setSeed(own, m_seed);
    m_gpuGenerators.emplace_back(index, own);
    return own;
}

c10::optional<at::Generator> generatorFor(const torch::Tensor& t)
{
    if (!tCurrentScope || !(t.device().is_cpu() || t.device().is_cuda()))
        return c10::nullopt;
    return tCurrentScope->generatorOf(t.device());
}

torch::Tensor DropoutImpl::forward(const torch::Tensor& x)
{
    if (!is_training() || m_p == 0.0)
        return x;
    const auto generator = generatorFor(x);
    if (!generator || m_p >= 1.0)
        return torch::dropout(x, m_p, true);
    torch::Tensor keep = torch::empty_like(x).bernoulli_(1.0 - m_p, generator);
    return x * keep.div_(1.0 - m_p);
}

torch::Tensor StochasticDepthImpl::forward(const torch::Tensor& x)
{
    if (!is_training() || m_p == 0.0)
        return x;
    const double survival = 1.0 - m_p;
    std::vector<std::int64_t> shape(std::size_t(x.dim()), 1);
    shape[0] = x.size(0);
    torch::Tensor noise = torch::empty(shape, x.options()).bernoulli_(survival, generatorFor(x));
    if (survival > 0.0)
        noise.div_(survival);
    return x * noise;
}

LayerNorm2dImpl::LayerNorm2dImpl(int channels, double eps) : m_channels(channels), m_eps(eps)
{
    weight = register_parameter("weight", torch::ones({channels}));
    bias = register_parameter("bias", torch::zeros({channels}));
}

torch::Tensor LayerNorm2dImpl::forward(const torch::Tensor& x)
{
    torch::Tensor y = x.permute({0, 2, 3, 1});
    y = torch::layer_norm(y, {m_channels}, weight, bias, m_eps);
    return y.permute({0, 3, 1, 2});
}

void truncNormal(torch::Tensor& t, double std)
{
    torch::NoGradGuard guard;
    t.normal_(0.0, std, generatorFor(t)).clamp_(-2.0, 2.0);
}

namespace {
// Fans of a Linear [out, in] or Conv2d [out, in/groups, kh, kw] weight.
std::pair<double, double> fans(const torch::Tensor& w)
{
    const double receptive = w.dim() > 2 ? double(w[0][0].numel()) : 1.0;
    return {double(w.size(1)) * receptive, double(w.size(0)) * receptive};
}

// torch::nn::init::kaiming_normal_ for ReLU (gain sqrt 2), drawing from generatorFor.
void kaimingNormal(torch::Tensor& w, bool fanOut)
{
    const auto [in, out] = fans(w);
    w.normal_(0.0, std::sqrt(2.0) / std::sqrt(fanOut ? out : in), generatorFor(w));
}

// What LibTorch's Linear and Conv2d constructors draw (reset_parameters: kaiming_uniform_ with
// a = sqrt(5), bias within 1/sqrt(fan_in)), drawn again from generatorFor.
void redrawDefault(torch::Tensor& w, torch::Tensor& b)
{
    const double bound = 1.0 / std::sqrt(fans(w).first);
    w.uniform_(-bound, bound, generatorFor(w));
    if (b.defined())
        b.uniform_(-bound, bound, generatorFor(b));
}
} // namespace

void initLinear(torch::nn::Linear& linear, LinearInit rule)
{
    torch::NoGradGuard guard;
    auto& w = linear->weight;
    auto& b = linear->bias;
    switch (rule) {
    case LinearInit::Default:
        redrawDefault(w, b);
        return;
    case LinearInit::ZeroBias:
        redrawDefault(w, b);
        break;
    case LinearInit::Normal001:
        w.normal_(0.0, 0.01, generatorFor(w));
        break;
    case LinearInit::UniformFanOut: {
        const double range = 1.0 / std::sqrt(double(linear->options.out_features()));
        w.uniform_(-range, range, generatorFor(w));
        break;
    }
    case LinearInit::TruncNormal01:
        truncNormal(w, 0.1);
        break;
    case LinearInit::TruncNormal002:
        truncNormal(w, 0.02);
        break;
    case LinearInit::TruncNormal0001:
        truncNormal(w, 0.001);
        break;
    }
    if (b.defined())
        b.zero_();
}

void NetworkImpl::setChannelsLast(bool on)
{
    m_channelsLast = on;
    torch::NoGradGuard guard;
    const auto format = on ? torch::MemoryFormat::ChannelsLast : torch::MemoryFormat::Contiguous;
    for (auto& p : parameters())
        if (p.dim() == 4 && !p.is_contiguous(format))
            p.set_data(p.contiguous(format));
}

torch::Tensor NetworkImpl::forwardStages(torch::Tensor x, std::size_t begin, std::size_t end)
{
    if (begin == 0 && m_channelsLast && x.dim() == 4)
        x = x.contiguous(torch::MemoryFormat::ChannelsLast);
    for (std::size_t i = begin; i < end && i < m_stages.size(); ++i)
        x = m_stages[i].run(x);
    return x;
}

std::pair<torch::Tensor, torch::Tensor> NetworkImpl::forwardTrain(const torch::Tensor& x, std::size_t begin, bool)
{
    return {forwardStages(x, begin, m_stages.size()), torch::Tensor()};
}

void NetworkImpl::addStage(const std::string& name, const std::string& modulePath,
                           std::function<torch::Tensor(const torch::Tensor&)> run)
{
    m_stages.push_back({name, modulePath, std::move(run)});
}

torch::nn::AnyModule NetworkImpl::makeHead(int in, const HeadOptions& options, LinearInit init)
{
    if (options.hidden <= 0) {
        torch::nn::Linear linear(in, options.numClasses);
        initLinear(linear, init);
        return torch::nn::AnyModule(linear);
    }
    torch::nn::Linear hidden(in, options.hidden);
    torch::nn::Linear out(options.hidden, options.numClasses);
    initLinear(hidden, init);
    initLinear(out, init);
    Seq seq;
    seq->add(hidden);
    seq->add(Activation(Act::ReLU));
    seq->add(Dropout(options.dropout));
    seq->add(out);
    return torch::nn::AnyModule(seq);
}

void initWeights(torch::nn::Module& net, InitScheme scheme)
{
    torch::NoGradGuard guard;
    // In a RandomScope, what the constructors drew from the global generator is drawn again from
    // the scope's, so that no weight depends on other threads; the rules below then apply.
    if (generatorFor(torch::empty({0})))
        for (const auto& m : net.modules(/*include_self=*/false)) {
            if (auto* conv = dynamic_cast<torch::nn::Conv2dImpl*>(m.get()))
                redrawDefault(conv->weight, conv->bias);
            else if (auto* linear = dynamic_cast<torch::nn::LinearImpl*>(m.get()))
                redrawDefault(linear->weight, linear->bias);
        }
    for (const auto& m : net.modules(/*include_self=*/false)) {
        if (auto* conv = dynamic_cast<torch::nn::Conv2dImpl*>(m.get())) {
            switch (scheme) {
            case InitScheme::ResNet:
            case InitScheme::Vgg:
            case InitScheme::MobileNet:
            case InitScheme::EfficientNet:
                kaimingNormal(conv->weight, /*fanOut=*/true);
                break;
            case InitScheme::DenseNet:
                kaimingNormal(conv->weight, /*fanOut=*/false);
                break;
            case InitScheme::Inception:
                truncNormal(conv->weight, 0.1);
                break;
            case InitScheme::ConvNeXt:
                truncNormal(conv->weight, 0.02);
                break;
            }
            if (conv->bias.defined() && scheme != InitScheme::Inception)
                conv->bias.zero_();
        } else if (auto* bn = dynamic_cast<torch::nn::BatchNorm2dImpl*>(m.get())) {
            bn->weight.fill_(1.0);
            bn->bias.zero_();
        } else if (auto* linear = dynamic_cast<torch::nn::LinearImpl*>(m.get())) {
            torch::nn::Linear holder(std::dynamic_pointer_cast<torch::nn::LinearImpl>(m));
            switch (scheme) {
            case InitScheme::ResNet: break;
            case InitScheme::Vgg:
            case InitScheme::MobileNet: initLinear(holder, LinearInit::Normal001); break;
            case InitScheme::EfficientNet: initLinear(holder, LinearInit::UniformFanOut); break;
            case InitScheme::Inception: truncNormal(linear->weight, 0.1); break;
            case InitScheme::DenseNet: linear->bias.zero_(); break;
            case InitScheme::ConvNeXt: initLinear(holder, LinearInit::TruncNormal002); break;
            }
        }
    }
}

std::string moduleTypeName(const torch::nn::Module& module)
{
    if (auto* act = dynamic_cast<const ActivationImpl*>(&module))
        return act->typeName();
    std::string name = module.name();
    const auto colon = name.rfind("::");
    if (colon != std::string::npos)
        name = name.substr(colon + 2);
    if (name.size() > 4 && name.compare(name.size() - 4, 4, "Impl") == 0)
        name.resize(name.size() - 4);
    if (name == "Seq")
        return "Sequential";
    // Our two MobileNet blocks are one class in torchvision.
    if (name == "InvertedResidualV2" || name == "InvertedResidualV3")
        return "InvertedResidual";
    return name;
}

} // namespace graft::nets
