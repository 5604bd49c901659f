#include "ModelInternal.h"

#include "StateDict.h"
#include "core/Error.h"
#include "core/Text.h"
#include "nets/Networks.h"

#include <functional>
#include <map>
#include <regex>
#include <set>

namespace graft {

Json HeadSpec::toJson() const { return Json{{"num_classes", numClasses}, {"hidden", hidden}, {"dropout", dropout}}; }

HeadSpec HeadSpec::fromJson(const Json& j)
{
    HeadSpec h;
    h.numClasses = j.value("num_classes", h.numClasses);
    h.hidden = j.value("hidden", h.hidden);
    h.dropout = j.value("dropout", h.dropout);
    return h;
}

std::string WeightsLoadReport::summary() const
{
    std::string s = std::to_string(tensorsLoaded) + " tensors loaded (" + format + ")";
    if (!skippedHead.empty())
        s += "; classifier kept new (" + listSome(skippedHead, 4) + ")";
    return s;
}

// ---- Impl ----

std::size_t Model::Impl::trainableFrom() const
{
    const auto& stages = net->stages();
    for (std::size_t i = 0; i < stages.size(); ++i) {
        if (stages[i].modulePath.empty())
            continue;
        for (const auto& p : net->named_parameters(true))
            if (p.value().requires_grad() && patternMatches(stages[i].modulePath, p.key()))
                return i;
    }
    return stages.size();
}

bool Model::Impl::auxTrainable() const
{
    for (const auto& aux : net->auxHeadPaths())
        for (const auto& p : net->named_parameters(true))
            if (p.value().requires_grad() && patternMatches(aux, p.key()))
                return true;
    return false;
}

void Model::Impl::setTraining(bool training)
{
    net->train(training);
    if (!training)
        return;
    const auto& stages = net->stages();
    const std::size_t boundary = trainableFrom();
    std::map<std::string, std::shared_ptr<torch::nn::Module>> byPath;
    for (const auto& item : net->named_modules("", false))
        byPath[item.key()] = item.value();
    for (std::size_t i = 0; i < boundary && i < stages.size(); ++i)
        if (auto it = byPath.find(stages[i].modulePath); it != byPath.end())
            it->second->eval();
    if (!auxTrainable())
        for (const auto& aux : net->auxHeadPaths())
            if (auto it = byPath.find(aux); it != byPath.end())
                it->second->eval();
    // A frozen batch norm keeps its running statistics: it must normalise as it was trained to.
    for (const auto& [path, module] : byPath) {
        auto* bn = dynamic_cast<torch::nn::BatchNorm2dImpl*>(module.get());
        if (bn && !bn->weight.requires_grad())
            bn->eval();
    }
}

torch::Device Model::Impl::device() const
{
    for (const auto& p : net->parameters())
        return p.device();
    return torch::kCPU;
}

void Model::Impl::to(const torch::Device& device) { net->to(device); }

std::vector<std::pair<std::string, torch::Tensor>> Model::Impl::namedState() const
{
    std::vector<std::pair<std::string, torch::Tensor>> state;
    for (const auto& p : net->named_parameters(true))
        state.emplace_back(p.key(), p.value());
    for (const auto& b : net->named_buffers(true))
        state.emplace_back(b.key(), b.value());
    return state;
}

// ---- Model ----

Model Model::create(const std::string& name, int numClasses)
{
    const ArchitectureInfo& info = graft::architecture(name);
    Model m;
    m.d = std::make_shared<Impl>();
    m.d->info = &info;
    m.d->net = nets::createNetwork(info.name, numClasses);
    if (!m.d->net)
        throw Error("model '" + name + "' is listed but cannot be built");
    m.d->head.numClasses = numClasses;
    m.d->net->setChannelsLast(true);
    return m;
}

const ArchitectureInfo& Model::architecture() const { return *d->info; }
int Model::numClasses() const { return d->head.numClasses; }
const HeadSpec& Model::head() const { return d->head; }
std::string Model::headPath() const { return d->net->headPath(); }

namespace {
// torchvision's DenseNet files use the old key names "norm.1.weight" for "norm1.weight".
const std::regex kDenseNetLegacy(R"(^(.*denselayer\d+\.(?:norm|relu|conv))\.((?:[12])\.(?:weight|bias|running_mean|running_var))$)");

std::string normalizeKey(std::string key)
{
    if (startsWith(key, "module."))
        key = key.substr(7);
    std::smatch m;
    if (std::regex_match(key, m, kDenseNetLegacy))
        key = m[1].str() + m[2].str();
    return key;
}

std::string shapeText(const torch::Tensor& t)
{
    std::vector<std::string> dims;
    for (auto s : t.sizes())
        dims.push_back(std::to_string(s));
    return "[" + join(dims, ", ") + "]";
}
} // namespace

WeightsLoadReport Model::loadWeights(const std::string& path, const LoadWeightsOptions& options)
{
    StateDict sd = readStateDict(path);
    std::map<std::string, torch::Tensor> incoming;
    for (auto& [k, v] : sd.tensors)
        incoming[normalizeKey(k)] = v;

    auto expected = d->namedState();
    std::set<std::string> expectedKeys;
    for (const auto& [k, v] : expected)
        expectedKeys.insert(k);
    // Files saved from a wrapper (e.g. our TorchScript export) prefix every key; strip a common prefix.
    if (!incoming.empty() && !expectedKeys.count(incoming.begin()->first)) {
        for (const char* prefix : {"net.", "model.", "backbone."}) {
            bool all = true;
            for (const auto& [k, v] : incoming)
                all = all && startsWith(k, prefix);
            if (all) {
                std::map<std::string, torch::Tensor> stripped;
                for (auto& [k, v] : incoming)
                    stripped[k.substr(std::strlen(prefix))] = v;
                incoming.swap(stripped);
                break;
            }
        }
    }

    const std::string head = d->net->headPath();
    auto isHead = [&](const std::string& key) {
        if (patternMatches(head, key))
            return true;
        for (const auto& aux : d->net->auxHeadPaths())
            if (patternMatches(aux + ".fc", key))
                return true;
        return false;
    };

    WeightsLoadReport report;
    report.format = sd.format;
    std::vector<std::string> missing, mismatched, unexpected;
    std::set<std::string> used;
    for (const auto& [key, target] : expected) {
        auto it = incoming.find(key);
        if (it == incoming.end()) {
            // Files from before batch norms counted their batches lack this buffer; it is not needed.
            if (!endsWith(key, "num_batches_tracked") && !(options.allowHeadMismatch && isHead(key)))
                missing.push_back(key);
            else if (isHead(key))
                report.skippedHead.push_back(key);
            continue;
        }
        used.insert(key);
        if (it->second.sizes() != target.sizes()) {
            if (options.allowHeadMismatch && isHead(key))
                report.skippedHead.push_back(key);
            else
                mismatched.push_back(key + " (file " + shapeText(it->second) + ", model " + shapeText(target) + ")");
        }
    }
    for (const auto& [k, v] : incoming)
        if (!used.count(k))
            unexpected.push_back(k);

    if (!missing.empty() || !mismatched.empty() || !unexpected.empty()) {
        std::string msg = path + ": these weights do not fit " + d->info->displayName + ".";
        if (!mismatched.empty())
            msg += "\n  Different shapes (" + std::to_string(mismatched.size()) + "): " + listSome(mismatched, 6);
        if (!missing.empty())
            msg += "\n  Missing from the file (" + std::to_string(missing.size()) + "): " + listSome(missing, 6);
        if (!unexpected.empty())
            msg += "\n  Not in the model (" + std::to_string(unexpected.size()) + "): " + listSome(unexpected, 6);
        msg += "\n  Choose the architecture these weights were trained for";
        const bool keepHead = !mismatched.empty() && mismatched.size() <= 4;
        if (keepHead)
            msg += ", or import them keeping the new classifier";
        msg += ".";
        throw Error(LogMessage{logid::kErrorWeightsMismatch,
                               {path, d->info->displayName, std::to_string(mismatched.size()), listSome(mismatched, 6),
                                std::to_string(missing.size()), listSome(missing, 6), std::to_string(unexpected.size()),
                                listSome(unexpected, 6), keepHead ? "1" : "0"},
                               msg});
    }

    torch::NoGradGuard guard;
    for (auto& [key, target] : expected) {
        auto it = incoming.find(key);
        if (it == incoming.end() || it->second.sizes() != target.sizes())
            continue;
        target.copy_(it->second.to(target.dtype()));
        ++report.tensorsLoaded;
    }
    d->tree.reset();
    return report;
}

void Model::replaceHead(const HeadSpec& head)
{
    if (head.numClasses < 2)
        throw Error("a classifier needs at least 2 classes (got " + std::to_string(head.numClasses) + ")");
    const auto device = d->device();
    d->net->replaceHead({head.numClasses, head.hidden, head.dropout});
    d->net->to(device);
    d->head = head;
    d->tree.reset();
    if (!d->freeze.empty())
        applyFreeze(d->freeze);
}

void Model::applyFreeze(const FreezePlan& plan)
{
    const auto nodes = nodePaths();
    for (const auto& rule : plan.rules) {
        // A rule may name any layer (one without parameters is simply a no-op); a name that matches
        // nothing is a typo worth reporting.
        bool any = false;
        for (const auto& p : d->net->named_parameters(true))
            any = any || patternMatches(rule.pattern, p.key());
        for (const auto& n : nodes)
            any = any || patternMatches(rule.pattern, n);
        if (!any) {
            const std::string guess = closestName(rule.pattern, nodes);
            throw Error("freeze: '" + rule.pattern + "' names no layer of " + d->info->displayName + "; "
                        + (guess.empty() ? "" : "did you mean " + guess + "? ") + "use node names such as "
                        + listSome(blocks(), 16) + " or " + headPath());
        }
    }
    for (auto& p : d->net->named_parameters(true))
        p.value().set_requires_grad(plan.isTrainable(p.key()));
    d->freeze = plan;
    // Shapes and multiply-adds do not change with freezing; layerTree() refreshes the counts.
}

const FreezePlan& Model::freezePlan() const { return d->freeze; }

FreezePlan Model::presetTrainAll() const { return {}; }

FreezePlan Model::presetHeadOnly() const { return headOnlyPlan(headPath()); }

FreezePlan Model::presetLastBlocks(int n) const
{
    const auto b = blocks();
    if (n <= 0 || b.empty())
        return presetHeadOnly();
    // The last N blocks are the network from the first of them on.
    return *trainableFromPlan(structure(), b[b.size() - std::min(b.size(), std::size_t(n))]);
}

FreezePlan Model::presetTrainableFrom(const std::string& node) const
{
    if (auto plan = trainableFromPlan(structure(), node))
        return *plan;
    const std::string guess = closestName(node, nodePaths());
    throw Error("'" + node + "' is not a layer of " + d->info->displayName + "; "
                + (guess.empty() ? "" : "did you mean " + guess + "? ") + "choose one of " + listSome(blocks(), 6));
}

std::vector<std::string> Model::blocks() const
{
    std::vector<std::string> out;
    const std::string head = headPath();
    for (const auto& s : d->net->stages()) {
        if (s.modulePath.empty() || s.modulePath == head)
            continue;
        bool hasParams = false;
        for (const auto& p : d->net->named_parameters(true))
            if (patternMatches(s.modulePath, p.key())) {
                hasParams = true;
                break;
            }
        if (hasParams)
            out.push_back(s.modulePath);
    }
    return out;
}

std::vector<std::string> Model::nodePaths() const
{
    std::vector<std::string> out;
    for (const auto& item : d->net->named_modules("", false))
        out.push_back(item.key());
    return out;
}

std::int64_t Model::parameterCount() const
{
    std::int64_t n = 0;
    for (const auto& p : d->net->parameters())
        n += p.numel();
    return n;
}

std::int64_t Model::trainableParameterCount() const
{
    std::int64_t n = 0;
    for (const auto& p : d->net->parameters())
        if (p.requires_grad())
            n += p.numel();
    return n;
}

namespace {
LayerNode buildNode(const std::string& path, const std::string& name, const torch::nn::Module& module,
                    const nets::ShapeRecorder& rec)
{
    LayerNode node;
    node.path = path;
    node.name = name;
    node.type = nets::moduleTypeName(module);
    for (const auto& p : module.named_parameters(true)) {
        node.parameters += p.value().numel();
        if (p.value().requires_grad())
            node.trainableParameters += p.value().numel();
    }
    const auto it = rec.entries().find(&module);
    if (it != rec.entries().end()) {
        node.outputShape = it->second.shape;
        node.macs = it->second.macs;
    }
    for (const auto& child : module.named_children()) {
        node.children.push_back(buildNode(path.empty() ? child.key() : path + "." + child.key(), child.key(),
                                          *child.value(), rec));
        node.macs += node.children.back().macs;
    }
    return node;
}

void markBlocks(LayerNode& node, const std::vector<std::string>& blocks, const std::string& head,
                const std::vector<std::string>& aux)
{
    for (const auto& b : blocks)
        node.isBlock = node.isBlock || node.path == b;
    node.isHead = node.path == head || std::find(aux.begin(), aux.end(), node.path) != aux.end();
    for (auto& c : node.children)
        markBlocks(c, blocks, head, aux);
}
} // namespace

const LayerNode& Model::structure() const
{
    if (!d->tree) {
        nets::ShapeRecorder recorder;
        {
            torch::NoGradGuard guard;
            const EvalModeGuard evalMode(*d->net);
            const int size = d->info->preprocess.cropSize;
            d->net->forwardTrain(torch::zeros({1, 3, size, size}, torch::TensorOptions().device(d->device())), 0, true);
        }
        LayerNode root = buildNode("", d->info->name, *d->net, recorder);
        root.type = d->info->displayName;
        if (const auto& stages = d->net->stages(); !stages.empty()) {
            // The whole model's output is the head's.
            if (const LayerNode* h = root.find(headPath()))
                root.outputShape = h->outputShape;
        }
        markBlocks(root, blocks(), headPath(), d->net->auxHeadPaths());
        // The model's cost is its inference cost: auxiliary heads only run while training.
        for (const auto& aux : d->net->auxHeadPaths())
            if (const LayerNode* a = root.find(aux))
                root.macs -= a->macs;
        d->tree = std::move(root);
    }
    return *d->tree;
}

LayerNode Model::layerTree() const
{
    LayerNode tree = structure();
    // Trainable counts change with every freeze; they are cheap to recount, unlike the shapes.
    std::vector<std::pair<std::string, std::pair<std::int64_t, bool>>> params;
    for (const auto& p : d->net->named_parameters(true))
        params.push_back({p.key(), {p.value().numel(), p.value().requires_grad()}});
    std::function<void(LayerNode&)> recount = [&](LayerNode& node) {
        node.trainableParameters = 0;
        for (const auto& [name, info] : params)
            if (info.second && (node.path.empty() || name == node.path || startsWith(name, node.path + ".")))
                node.trainableParameters += info.first;
        for (auto& c : node.children)
            recount(c);
    };
    recount(tree);
    return tree;
}

std::vector<float> Model::predictLogits(const std::vector<float>& input, int batch, int size) const
{
    if (input.size() != std::size_t(batch) * 3 * std::size_t(size) * std::size_t(size))
        throw Error("predict: expected " + std::to_string(batch) + " images of 3x" + std::to_string(size) + "x"
                    + std::to_string(size));
    torch::NoGradGuard guard;
    const EvalModeGuard evalMode(*d->net);
    torch::Tensor x = torch::from_blob(const_cast<float*>(input.data()), {batch, 3, size, size}, torch::kFloat32)
                          .to(d->device());
    torch::Tensor y = d->net->forward(x).to(torch::kCPU).contiguous();
    return std::vector<float>(y.data_ptr<float>(), y.data_ptr<float>() + y.numel());
}

WeightsFileSummary inspectWeightsFile(const std::string& path)
{
    StateDict sd = readStateDict(path);
    WeightsFileSummary s;
    s.format = sd.format;
    s.tensors = sd.tensors.size();
    for (const auto& [k, v] : sd.tensors) {
        if (v.is_floating_point())
            s.parameters += v.numel();
        if (s.firstKeys.size() < 5)
            s.firstKeys.push_back(k);
    }
    return s;
}

} // namespace graft
