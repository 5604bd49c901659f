// How a network describes itself to a UI: a tree of named blocks down to single layers with parameter
// counts, output shapes and multiply-adds, and the freeze plan that says which parts are trained.
#pragma once

#include "core/Json.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace graft {

struct LayerNode
{
    std::string path;                      // state_dict prefix, "layer1.0.conv1"; "" for the whole model
    std::string name;                      // last path component
    std::string type;                      // "Conv2d", "Bottleneck", "Sequential", ...
    std::int64_t parameters = 0;           // in this node and below
    std::int64_t trainableParameters = 0;
    std::vector<std::int64_t> outputShape; // for one image (C, H, W) or (features); empty if not run
    double macs = 0;                       // multiply-adds for one image, this node and below
    bool isBlock = false;                  // a unit for "fine-tune the last N blocks"
    bool isHead = false;                   // the classifier (or an auxiliary classifier)
    std::vector<LayerNode> children;

    const LayerNode* find(const std::string& path) const;
    // "Trainable", "Frozen" or "Partly trainable" from the counts.
    std::string trainableState() const;
};

struct FreezeRule
{
    std::string pattern;    // a node path ("layer4"), "all", or a wildcard ("features.1*")
    bool trainable = false;
};

// Rules apply in order and later rules win; parameters no rule matches are trainable.
struct FreezePlan
{
    std::vector<FreezeRule> rules;

    bool isTrainable(const std::string& parameterName) const;
    bool empty() const { return rules.empty(); }
    Json toJson() const;
    static FreezePlan fromJson(const Json& j);
    std::string describe() const;
    bool operator==(const FreezePlan& other) const;
};

// Freeze everything but the classifier node.
FreezePlan headOnlyPlan(const std::string& headNode);

// "Train from this node on": freeze everything, then train `path` and every node with parameters
// after it in forward order. A tree lists children in the order the network runs them, so an
// auxiliary head fed from before `path` (Inception's AuxLogits for Mixed_7a) stays frozen: its
// gradient would reach no trainable layer. Empty when `path` is not a node below `root`.
// The one definition of this preset, for the Model page, graft-cli --trainable-from and
// "fine-tune the last N blocks".
std::optional<FreezePlan> trainableFromPlan(const LayerNode& root, const std::string& path);

// True when `pattern` names this parameter or one of the nodes above it.
bool patternMatches(const std::string& pattern, const std::string& parameterName);

} // namespace graft
