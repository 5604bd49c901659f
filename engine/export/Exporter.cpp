#include "Exporter.h"

#include "PredictScript.h"
#include "core/Error.h"
#include "core/Files.h"
#include "data/Dataset.h"
#include "models/ModelInternal.h"
#include "models/nets/Layers.h"
#include "train/Checkpoint.h"
#include "train/Classifier.h"

#include <torch/csrc/jit/frontend/tracer.h>
#include <torch/script.h>

#include <sstream>

namespace graft {

namespace {

// A TorchScript module whose parameters and buffers are the very tensors of `module`, with the same
// names, so that tracing the C++ forward records attribute reads instead of baked-in constants.
torch::jit::Module mirror(const torch::nn::Module& module, const std::string& typeName, int& counter)
{
    torch::jit::Module out("__torch__.graft." + typeName + "_" + std::to_string(counter++));
    for (const auto& p : module.named_parameters(false))
        out.register_parameter(p.key(), p.value(), false);
    for (const auto& b : module.named_buffers(false))
        out.register_buffer(b.key(), b.value());
    for (const auto& child : module.named_children())
        out.register_module(child.key(), mirror(*child.value(), nets::moduleTypeName(*child.value()), counter));
    return out;
}

c10::List<std::string> stringList(const std::vector<std::string>& items)
{
    c10::List<std::string> list;
    for (const auto& s : items)
        list.push_back(s);
    return list;
}

c10::List<double> floatList(const std::array<float, 3>& v)
{
    return c10::List<double>({double(v[0]), double(v[1]), double(v[2])});
}

} // namespace

ExportResult exportTorchScript(const ExportParams& params, const ProgressCallback& progress)
{
    if (params.output.empty())
        throw Error("no output file given (--out FILE.pt)");
    std::string source = params.source;
    std::error_code ec;
    if (fs::is_directory(source, ec))
        source = bestModelPath(source);
    CheckpointMeta meta;
    Model model = loadCheckpointModel(source, &meta);
    auto& impl = *model.impl();
    impl.setTraining(false);
    if (progress)
        progress(Progress{"Tracing the model", 0, 2});

    int counter = 0;
    torch::jit::Module root("__torch__.graft.GraftClassifier");
    root.register_module("net", mirror(*impl.net, "Net", counter));
    const torch::Tensor mean = torch::tensor(std::vector<float>(meta.preprocess.mean.begin(), meta.preprocess.mean.end()))
                                   .view({1, 3, 1, 1});
    const torch::Tensor stdv = torch::tensor(std::vector<float>(meta.preprocess.std.begin(), meta.preprocess.std.end()))
                                   .view({1, 3, 1, 1});
    root.register_buffer("mean", mean);
    root.register_buffer("std", stdv);
    root.register_attribute("class_names", c10::ListType::ofStrings(), stringList(meta.classes));
    root.register_attribute("architecture", c10::StringType::get(), meta.architecture);
    root.register_attribute("input_size", c10::IntType::get(), std::int64_t(meta.preprocess.cropSize));
    root.register_attribute("resize_size", c10::IntType::get(), std::int64_t(meta.preprocess.resizeSize));
    root.register_attribute("interpolation", c10::StringType::get(), interpolationName(meta.preprocess.interpolation));
    root.register_attribute("mean_values", c10::ListType::ofFloats(), floatList(meta.preprocess.mean));
    root.register_attribute("std_values", c10::ListType::ofFloats(), floatList(meta.preprocess.std));

    const int size = meta.preprocess.cropSize;
    torch::NoGradGuard guard;
    auto traced = torch::jit::tracer::trace(
        {torch::rand({2, 3, size, size})},
        [&](torch::jit::Stack inputs) -> torch::jit::Stack {
            const torch::Tensor x = (inputs.at(0).toTensor() - mean) / stdv;
            return {impl.net->forward(x)};
        },
        [](const torch::autograd::Variable&) { return std::string(); }, /*strict=*/false, /*force_outplace=*/false,
        &root);
    const std::shared_ptr<torch::jit::Graph> graph = std::get<0>(traced)->graph;
    auto* fn = root._ivalue()->compilation_unit()->create_function(
        c10::QualifiedName(*root.type()->name(), "forward"), graph);
    root.type()->addMethod(fn);

    Json metadata{{"format", "graft-torchscript"},
                  {"version", 1},
                  {"graft_version", GRAFT_VERSION},
                  {"architecture", meta.architecture},
                  {"classes", meta.classes},
                  {"input", {{"layout", "NCHW float32, RGB, values in [0, 1]"},
                             {"size", size},
                             {"note", "forward() normalises with mean/std itself"}}},
                  {"preprocess", preprocessToJson(meta.preprocess)},
                  {"output", "logits [N, classes]; apply softmax for probabilities"},
                  {"trained_epochs", meta.epoch},
                  {"metrics", meta.state}};
    if (progress)
        progress(Progress{"Writing " + params.output, 1, 2});
    torch::jit::ExtraFilesMap extra{{"graft.json", metadata.dump(1)}};
    std::ostringstream bytes;
    root.save(bytes, extra);
    writeFileAtomic(params.output, bytes.str());
    ExportResult result;
    result.output = params.output;
    result.sidecar = fs::path(params.output).replace_extension(".json").string();
    writeFileAtomic(result.sidecar, metadata.dump(2) + "\n");
    result.script = predictScriptPath(params.output);
    writeFileAtomic(result.script, predictScript(fs::path(params.output).filename().string(), meta.architecture,
                                                 meta.classes.size(), imageExtensions()));
    fs::permissions(result.script, fs::perms::owner_exec | fs::perms::group_exec | fs::perms::others_exec,
                    fs::perm_options::add, ec); // runs as ./NAME_predict.py too; python3 NAME_predict.py without
    result.metadata = metadata;
    if (progress)
        progress(Progress{"Exported", 2, 2});
    return result;
}

} // namespace graft
