#include "ClassifierImpl.h"

#include "CheckpointIo.h"
#include "core/Error.h"
#include "core/Files.h"
#include "core/OutputNames.h"
#include "models/ModelInternal.h"

namespace graft {

std::string bestModelPath(const std::string& runDir) { return (fs::path(runDir) / names::kBestModel).string(); }
std::string lastCheckpointPath(const std::string& runDir) { return (fs::path(runDir) / names::kLastCheckpoint).string(); }

namespace {
std::vector<std::string> stringList(const c10::IValue& v)
{
    std::vector<std::string> out;
    for (const auto& item : v.toListRef())
        out.push_back(item.toStringRef());
    return out;
}
} // namespace

Classifier Classifier::load(const std::string& pathIn, DeviceChoice device, int threads)
{
    std::string path = pathIn;
    std::error_code ec;
    if (fs::is_directory(path, ec)) {
        path = bestModelPath(pathIn);
        if (!fs::exists(path, ec))
            throw Error(LogMessage{logid::kErrorNoModelYet, {pathIn},
                                   pathIn + ": no trained model in this run folder yet (model-best.pt is written after "
                                            "the first epoch)"});
    }
    if (!fs::exists(path, ec))
        throw Error(LogMessage{logid::kErrorFileNotFound, {path}, path + ": file not found"});

    Classifier c;
    c.d = std::make_shared<Impl>();
    Impl& d = *c.d;
    d.path = path;
    d.device = selectDevice(device, threads);
    if (isGraftCheckpoint(path)) {
        CheckpointMeta meta;
        d.model = loadCheckpointModel(path, &meta);
        d.model.impl()->to(d.device.device);
        d.model.impl()->setTraining(false);
        d.kind = "checkpoint";
        d.architecture = meta.architecture;
        d.classes = meta.classes;
        d.preprocess = meta.preprocess;
        return c;
    }
    try {
        torch::jit::ExtraFilesMap extra{{"graft.json", ""}};
        d.script = torch::jit::load(path, d.device.device, extra);
    } catch (const c10::Error&) {
        throw Error(LogMessage{logid::kErrorNotAModel, {path},
                               path + ": not a Graft model (neither a checkpoint nor a TorchScript export); train a "
                                      "model or export one with 'graft-cli export'"});
    }
    d.script->eval();
    d.kind = "torchscript";
    if (!d.script->hasattr("class_names"))
        throw Error(LogMessage{logid::kErrorExportWithoutClasses, {path},
                               path + ": a TorchScript model without class names; export it from Graft to use it here"});
    d.classes = stringList(d.script->attr("class_names"));
    d.architecture = d.script->hasattr("architecture") ? d.script->attr("architecture").toStringRef() : "unknown";
    d.preprocess.cropSize = int(d.script->attr("input_size").toInt());
    d.preprocess.resizeSize = int(d.script->attr("resize_size").toInt());
    d.preprocess.interpolation = interpolationFromName(d.script->attr("interpolation").toStringRef());
    const auto mean = d.script->attr("mean_values").toDoubleList();
    const auto stdv = d.script->attr("std_values").toDoubleList();
    for (std::size_t i = 0; i < 3; ++i) {
        d.preprocess.mean[i] = float(mean.get(i));
        d.preprocess.std[i] = float(stdv.get(i));
    }
    d.normalizedInput = false;
    return c;
}

torch::Tensor Classifier::Impl::logits(const torch::Tensor& batch)
{
    torch::NoGradGuard guard;
    const torch::Tensor x = batch.to(device.device);
    if (script)
        return script->forward({x}).toTensor().to(torch::kFloat32);
    return model.impl()->net->forward(x).to(torch::kFloat32);
}

const std::vector<std::string>& Classifier::classes() const { return d->classes; }
const PreprocessSpec& Classifier::preprocess() const { return d->preprocess; }
const std::string& Classifier::architecture() const { return d->architecture; }
std::string Classifier::kind() const { return d->kind; }
std::string Classifier::deviceDescription() const { return d->device.description; }
const std::string& Classifier::path() const { return d->path; }
Model Classifier::model() const { return d->model; }

namespace {
void requireInputSize(const Image& crop, int size, std::size_t index)
{
    if (crop.width != size || crop.height != size)
        throw Error("classifier: image " + std::to_string(index) + " is not " + std::to_string(size) + "x"
                    + std::to_string(size) + " (preprocess it first)");
}
} // namespace

void Classifier::requireHeatMaps() const
{
    if (!hasHeatMaps())
        throw Error(d->path + ": an exported TorchScript file keeps no layers to show where it looks; give the run "
                              "folder it was exported from (or its model-best.pt) instead");
}

HeatMap Classifier::heatMap(const Image& crop, int classIndex) const
{
    requireHeatMaps();
    const int size = d->preprocess.cropSize;
    requireInputSize(crop, size, 0);
    std::vector<float> input(std::size_t(3) * std::size_t(size) * std::size_t(size));
    toNormalizedChw(crop, d->preprocess.mean, d->preprocess.std, input.data());
    return d->model.heatMap(input, size, classIndex);
}

std::vector<std::vector<float>> Classifier::probabilities(const std::vector<Image>& crops) const
{
    if (crops.empty())
        return {};
    const int size = d->preprocess.cropSize;
    torch::Tensor batch = torch::empty({std::int64_t(crops.size()), 3, size, size});
    const std::size_t plane = std::size_t(3) * std::size_t(size) * std::size_t(size);
    for (std::size_t i = 0; i < crops.size(); ++i) {
        requireInputSize(crops[i], size, i);
        if (d->normalizedInput)
            toNormalizedChw(crops[i], d->preprocess.mean, d->preprocess.std, batch.data_ptr<float>() + i * plane);
        else
            toNormalizedChw(crops[i], {0, 0, 0}, {1, 1, 1}, batch.data_ptr<float>() + i * plane);
    }
    const torch::Tensor probs = torch::softmax(d->logits(batch), 1).to(torch::kCPU).contiguous();
    std::vector<std::vector<float>> out(crops.size());
    const auto classes = probs.size(1);
    for (std::size_t i = 0; i < crops.size(); ++i)
        out[i].assign(probs.data_ptr<float>() + std::int64_t(i) * classes,
                      probs.data_ptr<float>() + std::int64_t(i + 1) * classes);
    return out;
}

} // namespace graft
