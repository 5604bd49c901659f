// Building blocks shared by the torchvision-compatible networks, and the Network base class.
// Every child is registered under torchvision's attribute name so that state_dict keys match.
#pragma once

#include <torch/torch.h>

#include <functional>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

namespace graft::nets {

// Collects each module's output shape and multiply-accumulate count during one probe forward.
class ShapeRecorder
{
public:
    struct Entry
    {
        std::vector<std::int64_t> shape; // without the batch dimension
        double macs = 0;                 // for one image
    };
    ShapeRecorder();
    ~ShapeRecorder();
    ShapeRecorder(const ShapeRecorder&) = delete;
    ShapeRecorder& operator=(const ShapeRecorder&) = delete;

    static ShapeRecorder* active();
    void record(const torch::nn::Module* module, const torch::Tensor& input, const torch::Tensor& output);
    const std::unordered_map<const torch::nn::Module*, Entry>& entries() const { return m_entries; }

private:
    std::unordered_map<const torch::nn::Module*, Entry> m_entries;
    ShapeRecorder* m_previous;
};

// Calls a child module and records its output while a ShapeRecorder is active.
inline torch::Tensor call(torch::nn::AnyModule& child, const torch::Tensor& x)
{
    torch::Tensor y = child.forward(x);
    if (auto* r = ShapeRecorder::active())
        r->record(child.ptr().get(), x, y);
    return y;
}

template <class Holder>
torch::Tensor call(Holder& child, const torch::Tensor& x)
{
    torch::Tensor y = child->forward(x);
    if (auto* r = ShapeRecorder::active())
        r->record(child.get(), x, y);
    return y;
}

// nn.Sequential: children named "0", "1", ... (or given names), each replaceable (new heads).
class SeqImpl : public torch::nn::Module
{
public:
    SeqImpl() = default;
    template <class Holder>
    SeqImpl& add(Holder module)
    {
        return add(std::to_string(m_items.size()), torch::nn::AnyModule(module));
    }
    SeqImpl& add(const std::string& name, torch::nn::AnyModule module);
    template <class Holder>
    SeqImpl& addNamed(const std::string& name, Holder module)
    {
        return add(name, torch::nn::AnyModule(module));
    }
    torch::Tensor forward(torch::Tensor x);
    std::size_t size() const { return m_items.size(); }
    torch::nn::AnyModule& at(std::size_t i) { return m_items.at(i).second; }
    const std::string& nameAt(std::size_t i) const { return m_items.at(i).first; }
    void replace(std::size_t i, torch::nn::AnyModule module);

private:
    std::vector<std::pair<std::string, torch::nn::AnyModule>> m_items;
};
TORCH_MODULE(Seq);

enum class Act { None, ReLU, ReLU6, Hardswish, Hardsigmoid, SiLU, GELU, Sigmoid };

// The activations torchvision uses, as one parameter-free module (named like Python's class).
class ActivationImpl : public torch::nn::Module
{
public:
    // In place where torchvision's module is (ReLU, ReLU6, Hardswish, SiLU): less memory traffic.
    explicit ActivationImpl(Act kind) : m_kind(kind), m_inplace(kind == Act::ReLU || kind == Act::ReLU6 || kind == Act::Hardswish || kind == Act::SiLU) {}
    ActivationImpl(Act kind, bool inplace) : m_kind(kind), m_inplace(inplace) {}
    torch::Tensor forward(const torch::Tensor& x);
    Act kind() const { return m_kind; }
    std::string typeName() const;

private:
    Act m_kind;
    bool m_inplace;
};
TORCH_MODULE(Activation);

struct NormOptions
{
    double eps = 1e-5;
    double momentum = 0.1;
};

enum class Norm { Batch, LayerChannels, None };

// torchvision.ops.Conv2dNormActivation: Sequential(conv, norm, activation) with padding (k-1)/2*d.
struct ConvSpec
{
    int in = 0, out = 0;
    int kernelH = 3, kernelW = 3;
    int stride = 1;
    int groups = 1;
    int dilation = 1;
    int padH = -1, padW = -1;  // -1: "same" padding as torchvision computes it
    bool bias = false;
    Norm norm = Norm::Batch;
    NormOptions normOptions;
    Act act = Act::ReLU;
};
Seq convNormAct(const ConvSpec& spec);
torch::nn::Conv2d conv2d(int in, int out, int kernel, int stride = 1, int padding = 0, int groups = 1,
                         bool bias = false, int dilation = 1);
torch::nn::BatchNorm2d batchNorm(int channels, const NormOptions& options = {});

// torchvision.ops.SqueezeExcitation: avgpool, fc1, activation, fc2, scale_activation.
class SqueezeExcitationImpl : public torch::nn::Module
{
public:
    SqueezeExcitationImpl(int channels, int squeeze, Act activation, Act scaleActivation);
    torch::Tensor forward(const torch::Tensor& x);

private:
    torch::nn::AdaptiveAvgPool2d avgpool{nullptr};
    torch::nn::Conv2d fc1{nullptr}, fc2{nullptr};
    Activation activation{nullptr}, scale_activation{nullptr};
};
TORCH_MODULE(SqueezeExcitation);

// The random numbers of a training run. While a RandomScope lives on a thread, initialisation,
// dropout and stochastic depth on that thread draw from the scope's own generators (one for the
// CPU, one per GPU made on first use, all seeded alike), so that other threads (the window
// building a model to list its layers, evaluating, trying images) or their seeds cannot change
// the run: same seed, same metrics. Without a scope, LibTorch's default generators are used.
// Scopes nest; a scope belongs to the thread that made it.
class RandomScope
{
public:
    explicit RandomScope(std::uint64_t seed);
    ~RandomScope();
    RandomScope(const RandomScope&) = delete;
    RandomScope& operator=(const RandomScope&) = delete;
    void reseed(std::uint64_t seed);

private:
    at::Generator generatorOf(const torch::Device& device);

    std::uint64_t m_seed;
    at::Generator m_generator;
    std::vector<std::pair<c10::DeviceIndex, at::Generator>> m_gpuGenerators;
    RandomScope* m_previous;
    friend c10::optional<at::Generator> generatorFor(const torch::Tensor& t);
};

// The generator for random numbers in `t`: the thread's RandomScope's for its device, else none
// (LibTorch's default generator of the tensor's device).
c10::optional<at::Generator> generatorFor(const torch::Tensor& t);

// nn.Dropout, drawing its masks from generatorFor (the same computation as torch::dropout).
class DropoutImpl : public torch::nn::Module
{
public:
    explicit DropoutImpl(double p = 0.5) : m_p(p) {}
    torch::Tensor forward(const torch::Tensor& x);
    double p() const { return m_p; }

private:
    double m_p;
};
TORCH_MODULE(Dropout);

// torchvision.ops.StochasticDepth in "row" mode: drops whole residual branches per sample in training.
class StochasticDepthImpl : public torch::nn::Module
{
public:
    explicit StochasticDepthImpl(double p) : m_p(p) {}
    torch::Tensor forward(const torch::Tensor& x);

private:
    double m_p;
};
TORCH_MODULE(StochasticDepth);

// torchvision's LayerNorm2d: LayerNorm over channels of an NCHW tensor (parameters weight, bias).
class LayerNorm2dImpl : public torch::nn::Module
{
public:
    LayerNorm2dImpl(int channels, double eps);
    torch::Tensor forward(const torch::Tensor& x);
    torch::Tensor weight, bias;

private:
    int m_channels;
    double m_eps;
};
TORCH_MODULE(LayerNorm2d);

class PermuteImpl : public torch::nn::Module
{
public:
    explicit PermuteImpl(std::vector<std::int64_t> dims) : m_dims(std::move(dims)) {}
    torch::Tensor forward(const torch::Tensor& x) { return x.permute(m_dims); }

private:
    std::vector<std::int64_t> m_dims;
};
TORCH_MODULE(Permute);

// What a new classifier head looks like.
struct HeadOptions
{
    int numClasses = 1000;
    int hidden = 0;        // > 0: Linear(in, hidden) -> ReLU -> Dropout -> Linear(hidden, classes)
    double dropout = 0.2;  // with a hidden layer
};

enum class LinearInit { Default, Normal001, UniformFanOut, TruncNormal01, TruncNormal002, TruncNormal0001, ZeroBias };
void initLinear(torch::nn::Linear& linear, LinearInit rule);
// Truncated normal in [-2, 2] as torch.nn.init.trunc_normal_(std=std, a=-2, b=2).
void truncNormal(torch::Tensor& t, double std);

// Base of every network: a chain of named stages whose composition is the forward pass. The chain
// lets training run "the frozen prefix" and "the trainable rest" separately (the feature cache).
class NetworkImpl : public torch::nn::Module
{
public:
    struct Stage
    {
        std::string name;       // shown to users; equals the module path when there is one
        std::string modulePath; // "" for parameter-free functional steps (pooling, flatten)
        std::function<torch::Tensor(const torch::Tensor&)> run;
    };

    torch::Tensor forward(const torch::Tensor& x) { return forwardStages(x, 0, m_stages.size()); }
    torch::Tensor forwardStages(torch::Tensor x, std::size_t begin, std::size_t end);
    // Training forward: logits, and auxiliary logits where the network has an aux head and
    // `useAux` (InceptionV3); starts at stage `begin` with x being that stage's input.
    virtual std::pair<torch::Tensor, torch::Tensor> forwardTrain(const torch::Tensor& x, std::size_t begin,
                                                                 bool useAux);
    const std::vector<Stage>& stages() const { return m_stages; }

    // Path of the classifier node ("fc", "classifier") and of the last Linear inside it.
    const std::string& headPath() const { return m_headPath; }
    // Auxiliary heads (InceptionV3's AuxLogits); replaced with the main head.
    const std::vector<std::string>& auxHeadPaths() const { return m_auxHeadPaths; }
    // The smallest input the auxiliary heads can train on (0: any the network takes).
    virtual int auxMinInputSize() const { return 0; }
    // Replaces the final Linear layer(s) with a new head for `options.numClasses` classes.
    virtual void replaceHead(const HeadOptions& options) = 0;
    // Number of inputs of the final Linear layer (feature size).
    virtual int featureDim() const = 0;
    // Keeps convolution weights (and converts inputs) in channels-last layout, which oneDNN and
    // cuDNN run much faster (2x for MobileNetV2 on a CPU). Call again after tensors were replaced.
    void setChannelsLast(bool on);
    bool channelsLast() const { return m_channelsLast; }

protected:
    void addStage(const std::string& name, const std::string& modulePath,
                  std::function<torch::Tensor(const torch::Tensor&)> run);
    // Builds a new head module for `in` features (a Linear, or a Seq with a hidden layer).
    static torch::nn::AnyModule makeHead(int in, const HeadOptions& options, LinearInit init);

    std::vector<Stage> m_stages;
    bool m_channelsLast = false;
    std::string m_headPath;
    std::vector<std::string> m_auxHeadPaths;
};

using Network = std::shared_ptr<NetworkImpl>;

// Applies torchvision's default initialisation for a family to all modules of `net`.
enum class InitScheme { ResNet, Vgg, MobileNet, EfficientNet, Inception, DenseNet, ConvNeXt };
void initWeights(torch::nn::Module& net, InitScheme scheme);

// Friendly type name of a module for the layer tree ("Conv2d", "BatchNorm2d", "Bottleneck", ...).
std::string moduleTypeName(const torch::nn::Module& module);

} // namespace graft::nets
