// A network of the zoo as the rest of Graft sees it, with no torch types in sight: create it, load
// weights, give it a new head, freeze parts of it, describe it as a layer tree, and run it.
#pragma once

#include "LayerTree.h"
#include "Zoo.h"
#include "core/Json.h"
#include "data/HeatMap.h"

#include <memory>
#include <string>
#include <vector>

namespace graft {

struct HeadSpec
{
    int numClasses = 2;
    int hidden = 0;        // 0: a single Linear layer; > 0: Linear -> ReLU -> Dropout -> Linear
    double dropout = 0.2;  // used with a hidden layer

    Json toJson() const;
    static HeadSpec fromJson(const Json& j);
};

struct WeightsLoadReport
{
    std::string format;                  // "PyTorch zip", "PyTorch legacy", "TorchScript"
    int tensorsLoaded = 0;
    std::vector<std::string> skippedHead; // head tensors left as initialised (class count differs)
    std::string summary() const;
};

struct LoadWeightsOptions
{
    // Keep the model's head when the file's head has another shape (importing weights trained for a
    // different number of classes). Everything else must still match.
    bool allowHeadMismatch = false;
};

class Model
{
public:
    struct Impl;

    Model() = default;
    // A freshly initialised network (torchvision's initialisation) with `numClasses` outputs.
    static Model create(const std::string& architecture, int numClasses = 1000);

    explicit operator bool() const { return bool(d); }
    const ArchitectureInfo& architecture() const;
    int numClasses() const;
    const HeadSpec& head() const;

    // Loads a weights file (torch.save state_dict in zip or legacy format, or TorchScript). Throws
    // Error listing missing, unexpected and mis-shaped tensors when the file does not fit.
    WeightsLoadReport loadWeights(const std::string& path, const LoadWeightsOptions& options = {});
    // New classifier for head.numClasses classes, initialised as torchvision initialises its heads.
    void replaceHead(const HeadSpec& head);

    // Freezing. The plan is applied to every parameter at once.
    void applyFreeze(const FreezePlan& plan);
    const FreezePlan& freezePlan() const;
    // Presets.
    FreezePlan presetTrainAll() const;
    FreezePlan presetHeadOnly() const;
    FreezePlan presetLastBlocks(int blocks) const;
    FreezePlan presetTrainableFrom(const std::string& node) const;

    // Top-level units in forward order that have parameters, without the head ("layer1", "features.3").
    std::vector<std::string> blocks() const;
    std::string headPath() const;
    std::vector<std::string> nodePaths() const;   // every node of the tree
    // The tree with shapes and multiply-adds at the model's input size (runs the network once).
    LayerNode layerTree() const;
    std::int64_t parameterCount() const;
    std::int64_t trainableParameterCount() const;

    // Runs images through the network in evaluation mode: `batch` images of 3 x size x size
    // normalised floats; returns batch x numClasses logits.
    std::vector<float> predictLogits(const std::vector<float>& input, int batch, int size) const;
    // Where the network looks for class `classIndex` (-1: the class it predicts) in one image of
    // 3 x size x size normalised floats: Grad-CAM over the last layer whose output still has a
    // spatial map of at least 4 x 4 (else the last one with any), normalised to [0, 1].
    HeatMap heatMap(const std::vector<float>& input, int size, int classIndex = -1) const;

    std::shared_ptr<Impl> impl() const { return d; }

private:
    // The cached tree with shapes (built on first use); its trainable counts are not kept current.
    const LayerNode& structure() const;

    std::shared_ptr<Impl> d;
};

// Summary of a weights file without a model: its format, tensors and parameter count.
struct WeightsFileSummary
{
    std::string format;
    std::size_t tensors = 0;
    std::int64_t parameters = 0;
    std::vector<std::string> firstKeys;
};
WeightsFileSummary inspectWeightsFile(const std::string& path);

} // namespace graft
