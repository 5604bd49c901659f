#include "LayerTree.h"

#include "core/Text.h"

#include <functional>

namespace graft {

const LayerNode* LayerNode::find(const std::string& p) const
{
    if (path == p)
        return this;
    for (const auto& c : children)
        if (p == c.path || startsWith(p, c.path + "."))
            return c.find(p);
    return nullptr;
}

std::string LayerNode::trainableState() const
{
    if (parameters == 0)
        return "No parameters";
    if (trainableParameters == 0)
        return "Frozen";
    if (trainableParameters == parameters)
        return "Trainable";
    return "Partly trainable";
}

bool patternMatches(const std::string& pattern, const std::string& name)
{
    if (pattern == "all" || pattern == "*")
        return true;
    if (pattern.find_first_of("*?") == std::string::npos)
        return name == pattern || startsWith(name, pattern + ".");
    // A wildcard may match the parameter or any node above it.
    std::string prefix;
    for (const auto& part : split(name, '.')) {
        prefix += prefix.empty() ? part : "." + part;
        if (wildcardMatch(pattern, prefix))
            return true;
    }
    return false;
}

FreezePlan headOnlyPlan(const std::string& headNode)
{
    return FreezePlan{{{"all", false}, {headNode, true}}};
}

std::optional<FreezePlan> trainableFromPlan(const LayerNode& root, const std::string& path)
{
    if (path.empty() || !root.find(path))
        return std::nullopt;
    FreezePlan plan{{{"all", false}}};
    bool after = false;
    // Pre-order over the nodes outside the target's ancestors: they come after it when the walk
    // has passed the target.
    std::function<void(const LayerNode&)> walk = [&](const LayerNode& n) {
        for (const auto& c : n.children) {
            if (after) {
                if (c.parameters > 0)
                    plan.rules.push_back({c.path, true});
            } else if (c.path == path) {
                plan.rules.push_back({c.path, true});
                after = true;
            } else if (startsWith(path, c.path + ".")) {
                walk(c);
            }
        }
    };
    walk(root);
    return plan;
}

bool FreezePlan::isTrainable(const std::string& parameterName) const
{
    bool trainable = true;
    for (const auto& r : rules)
        if (patternMatches(r.pattern, parameterName))
            trainable = r.trainable;
    return trainable;
}

Json FreezePlan::toJson() const
{
    Json arr = Json::array();
    for (const auto& r : rules)
        arr.push_back({{"pattern", r.pattern}, {"trainable", r.trainable}});
    return arr;
}

FreezePlan FreezePlan::fromJson(const Json& j)
{
    FreezePlan plan;
    if (j.is_array())
        for (const auto& r : j)
            plan.rules.push_back({r.at("pattern").get<std::string>(), r.at("trainable").get<bool>()});
    return plan;
}

std::string FreezePlan::describe() const
{
    if (rules.empty())
        return "everything trainable";
    // Neighbouring rules of one kind read as one: "freeze all, then train layer3, layer4 and fc".
    std::vector<std::string> parts;
    for (std::size_t i = 0; i < rules.size();) {
        std::vector<std::string> names;
        std::size_t j = i;
        for (; j < rules.size() && rules[j].trainable == rules[i].trainable; ++j)
            names.push_back(rules[j].pattern);
        const std::string last = names.back();
        names.pop_back();
        parts.push_back((rules[i].trainable ? "train " : "freeze ") + (names.empty() ? last : join(names, ", ") + " and " + last));
        i = j;
    }
    return join(parts, ", then ");
}

bool FreezePlan::operator==(const FreezePlan& other) const
{
    if (rules.size() != other.rules.size())
        return false;
    for (std::size_t i = 0; i < rules.size(); ++i)
        if (rules[i].pattern != other.rules[i].pattern || rules[i].trainable != other.rules[i].trainable)
            return false;
    return true;
}

} // namespace graft
