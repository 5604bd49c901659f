#include "CheckpointIo.h"

#include "core/Error.h"
#include "core/Files.h"
#include "models/ModelInternal.h"

namespace graft {

namespace {
constexpr const char* kMetaKey = "graft_meta";
constexpr const char* kFormat = "graft-checkpoint";
} // namespace

Json CheckpointMeta::toJson() const
{
    return Json{{"format", kFormat},         {"version", 1},
                {"architecture", architecture}, {"head", head.toJson()},
                {"classes", classes},         {"preprocess", preprocessToJson(preprocess)},
                {"freeze", freeze.toJson()},  {"epoch", epoch},
                {"state", state}};
}

CheckpointMeta CheckpointMeta::fromJson(const Json& j)
{
    if (j.value("format", std::string()) != kFormat)
        throw Error("not a Graft checkpoint");
    CheckpointMeta m;
    m.architecture = j.at("architecture").get<std::string>();
    m.head = HeadSpec::fromJson(j.at("head"));
    m.classes = j.at("classes").get<std::vector<std::string>>();
    m.preprocess = preprocessFromJson(j.at("preprocess"), graft::architecture(m.architecture).preprocess);
    m.freeze = FreezePlan::fromJson(j.value("freeze", Json::array()));
    m.epoch = j.value("epoch", 0);
    m.state = j.value("state", Json::object());
    return m;
}

void saveCheckpoint(const std::string& path, const Model& model, const CheckpointMeta& meta,
                    torch::optim::Optimizer* optimizer)
{
    torch::serialize::OutputArchive archive;
    archive.write(kMetaKey, c10::IValue(meta.toJson().dump()));
    torch::serialize::OutputArchive modelArchive;
    model.impl()->net->save(modelArchive);
    archive.write("model", modelArchive);
    if (optimizer) {
        torch::serialize::OutputArchive optimizerArchive;
        optimizer->save(optimizerArchive);
        archive.write("optimizer", optimizerArchive);
    }
    AtomicFile file(path);
    // Through a writer that always reports success: on a full disk LibTorch's own stream writer
    // throws, then throws again while unwinding (std::terminate, the program gone). The stream
    // keeps the failure, and commit() reports it, naming the file, and removes the partial copy.
    std::ofstream& out = file.stream();
    archive.save_to([&out](const void* data, std::size_t size) -> std::size_t {
        if (out)
            out.write(static_cast<const char*>(data), std::streamsize(size));
        return size;
    });
    file.commit();
}

void saveModelCheckpoint(const std::string& path, const Model& model, const CheckpointMeta& meta)
{
    saveCheckpoint(path, model, meta, nullptr);
}

namespace {
// Tensors are read straight onto `device`: the optimizer's state has to live where the model's
// parameters are (a run resumed on a GPU), and the optimizer's load() does not move it.
torch::serialize::InputArchive openArchive(const std::string& path, const torch::Device& device = torch::kCPU)
{
    torch::serialize::InputArchive archive;
    try {
        archive.load_from(path, device);
    } catch (const c10::Error&) {
        std::error_code ec;
        if (!fs::exists(path, ec))
            throw Error(LogMessage{logid::kErrorFileNotFound, {path}, path + ": file not found"});
        throw Error(LogMessage{logid::kErrorNotAModel, {path},
                               path + ": not a Graft checkpoint, or a damaged one; use a model-best.pt or "
                                      "checkpoint-last.pt from a run folder, or an exported .pt file"});
    }
    return archive;
}

CheckpointMeta metaOf(torch::serialize::InputArchive& archive, const std::string& path)
{
    c10::IValue value;
    if (!archive.try_read(kMetaKey, value) || !value.isString())
        throw Error(LogMessage{logid::kErrorNotAModel, {path},
                               path + ": a PyTorch file but not a Graft checkpoint (no Graft metadata)"});
    try {
        return CheckpointMeta::fromJson(Json::parse(value.toStringRef()));
    } catch (const Json::exception& e) {
        throw Error(LogMessage{logid::kErrorNotAModel, {path}, path + ": damaged checkpoint metadata (" + e.what() + ")"});
    }
}
} // namespace

bool isGraftCheckpoint(const std::string& path)
{
    try {
        auto archive = openArchive(path);
        c10::IValue value;
        return archive.try_read(kMetaKey, value);
    } catch (const std::exception&) {
        return false;
    }
}

CheckpointMeta readCheckpointMeta(const std::string& path)
{
    auto archive = openArchive(path);
    return metaOf(archive, path);
}

CheckpointMeta restoreCheckpoint(const std::string& path, const Model& model, torch::optim::Optimizer* optimizer)
{
    const torch::Device device = model.impl()->device();
    auto archive = openArchive(path, device);
    CheckpointMeta meta = metaOf(archive, path);
    torch::serialize::InputArchive modelArchive;
    if (!archive.try_read("model", modelArchive))
        throw Error(LogMessage{logid::kErrorNotAModel, {path}, path + ": checkpoint has no model weights"});
    try {
        model.impl()->net->load(modelArchive);
    } catch (const c10::Error& e) {
        throw Error(LogMessage{logid::kErrorNotAModel, {path},
                               path + ": the checkpoint does not match the model ("
                                   + std::string(e.what_without_backtrace()) + ")"});
    }
    model.impl()->to(device);
    // Loading replaces the tensors with the file's layout.
    model.impl()->net->setChannelsLast(model.impl()->net->channelsLast());
    if (optimizer) {
        torch::serialize::InputArchive optimizerArchive;
        if (archive.try_read("optimizer", optimizerArchive))
            optimizer->load(optimizerArchive);
    }
    return meta;
}

Model loadCheckpointModel(const std::string& path, CheckpointMeta* metaOut)
{
    const CheckpointMeta meta = readCheckpointMeta(path);
    Model model = Model::create(meta.architecture, meta.head.numClasses);
    model.replaceHead(meta.head);
    restoreCheckpoint(path, model, nullptr);
    if (metaOut)
        *metaOut = meta;
    return model;
}

} // namespace graft
