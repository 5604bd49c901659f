#include "Split.h"

#include "Transforms.h"
#include "core/Error.h"
#include "core/Files.h"

#include <cmath>
#include <filesystem>
#include <map>

namespace graft {

Json SplitSpec::toJson() const
{
    return Json{{"validation_fraction", validationFraction},
                {"test_fraction", testFraction},
                {"seed", seed},
                {"validation_roots", validationRoots}};
}

SplitSpec SplitSpec::fromJson(const Json& j)
{
    SplitSpec s;
    s.validationFraction = j.value("validation_fraction", s.validationFraction);
    s.testFraction = j.value("test_fraction", s.testFraction);
    s.seed = j.value("seed", s.seed);
    s.validationRoots = j.value("validation_roots", std::vector<std::string>{});
    return s;
}

void seededShuffle(std::vector<std::size_t>& items, std::uint64_t seed)
{
    Rng rng(seed);
    for (std::size_t i = items.size(); i > 1; --i)
        std::swap(items[i - 1], items[std::size_t(rng.uniformInt(0, std::int64_t(i)))]);
}

DatasetSplit makeSplit(const std::vector<std::string>& classes, const std::vector<Sample>& samples,
                       const SplitSpec& spec, const std::vector<std::string>& contentKeys)
{
    if (spec.validationFraction < 0 || spec.testFraction < 0 || spec.validationFraction + spec.testFraction >= 1.0)
        throw Error("split: validation and test fractions must be >= 0 and leave some images for training "
                    "(got validation " + std::to_string(spec.validationFraction) + ", test "
                    + std::to_string(spec.testFraction) + ")");
    DatasetSplit split;
    split.classes = classes;
    split.spec = spec;
    enum Part { Train, Validation, Test };
    std::vector<Part> part(samples.size(), Train);
    std::vector<std::vector<std::size_t>> perClass(classes.size());
    for (std::size_t i = 0; i < samples.size(); ++i)
        perClass.at(std::size_t(samples[i].label)).push_back(i);
    for (std::size_t c = 0; c < perClass.size(); ++c) {
        auto& idx = perClass[c];
        seededShuffle(idx, spec.seed + c * 1000003ULL);
        const std::size_t n = idx.size();
        std::size_t nVal = std::size_t(std::lround(double(n) * spec.validationFraction));
        std::size_t nTest = std::size_t(std::lround(double(n) * spec.testFraction));
        if (spec.validationFraction > 0 && nVal == 0 && n >= 2)
            nVal = 1;
        if (spec.testFraction > 0 && nTest == 0 && n >= 3)
            nTest = 1;
        while (nVal + nTest >= n && n > 0) { // keep one for training
            if (nTest > 0)
                --nTest;
            else if (nVal > 0)
                --nVal;
            else
                break;
        }
        for (std::size_t k = 0; k < n; ++k)
            part[idx[k]] = k < nVal ? Validation : k < nVal + nTest ? Test : Train;
    }
    // Identical files go where the first of them would: one in training makes all of them training
    // images, so that validation and test never measure a picture the model trained on.
    if (!contentKeys.empty()) {
        std::map<std::string, Part> group;
        for (std::size_t i = 0; i < samples.size(); ++i)
            if (!contentKeys.at(i).empty()) {
                auto [it, fresh] = group.emplace(contentKeys[i], part[i]);
                if (!fresh)
                    it->second = std::min(it->second, part[i]);
            }
        for (std::size_t i = 0; i < samples.size(); ++i)
            if (!contentKeys[i].empty())
                part[i] = group.at(contentKeys[i]);
    }
    for (const auto& idx : perClass)
        for (std::size_t i : idx)
            (part[i] == Validation ? split.validation : part[i] == Test ? split.test : split.train).push_back(samples[i]);
    return split;
}

namespace {
Json samplesToJson(const std::vector<Sample>& samples)
{
    Json arr = Json::array();
    for (const auto& s : samples)
        arr.push_back(Json::array({s.path, s.label}));
    return arr;
}

std::vector<Sample> samplesFromJson(const Json& arr)
{
    std::vector<Sample> out;
    for (const auto& item : arr)
        out.push_back({item.at(0).get<std::string>(), item.at(1).get<int>()});
    return out;
}
} // namespace

void DatasetSplit::checkLabels() const
{
    for (const auto* part : {&train, &validation, &test})
        for (const auto& sample : *part)
            if (sample.label < 0 || std::size_t(sample.label) >= classes.size())
                throw Error("the image " + sample.path + " has class number " + std::to_string(sample.label)
                            + ", but the split has " + std::to_string(classes.size())
                            + " classes; the split is damaged: make a new one (start a new run)");
}

Json DatasetSplit::toJson() const
{
    return Json{{"classes", classes},
                {"spec", spec.toJson()},
                {"train", samplesToJson(train)},
                {"validation", samplesToJson(validation)},
                {"test", samplesToJson(test)}};
}

DatasetSplit DatasetSplit::fromJson(const Json& j)
{
    DatasetSplit s;
    s.classes = j.at("classes").get<std::vector<std::string>>();
    s.spec = SplitSpec::fromJson(j.value("spec", Json::object()));
    s.train = samplesFromJson(j.at("train"));
    s.validation = samplesFromJson(j.at("validation"));
    s.test = samplesFromJson(j.value("test", Json::array()));
    s.savedIn = j.value("saved_in", std::string());
    s.checkLabels();
    return s;
}

DatasetRelocation::DatasetRelocation(std::vector<std::string> roots)
    : m_roots(std::move(roots))
{
}

std::string DatasetRelocation::map(const std::string& path) const
{
    const std::pair<std::string, std::string>* best = nullptr;
    for (const auto& f : m_folders)
        if ((path == f.first || isUnderFolder(path, f.first)) && (!best || f.first.size() > best->first.size()))
            best = &f;
    if (!best)
        return path;
    if (path.size() == best->first.size())
        return best->second;
    return (fs::path(best->second) / fs::path(path.substr(best->first.size())).relative_path()).string();
}

void DatasetRelocation::addMovedFolder(const std::string& before, const std::string& now)
{
    fs::path a = fs::path(before).lexically_normal(), b = fs::path(now).lexically_normal();
    for (fs::path* p : {&a, &b})
        if (p->has_relative_path() && p->filename().empty()) // "dir/": the name is dir's
            *p = p->parent_path();
    while (a.has_relative_path() && b.has_relative_path() && a.filename() == b.filename()) {
        a = a.parent_path();
        b = b.parent_path();
    }
    if (a != b)
        m_folders.emplace_back(a.string(), b.string());
}

std::string DatasetRelocation::locate(const std::string& path)
{
    std::error_code ec;
    if (!fs::path(path).is_absolute() || fs::exists(path, ec))
        return path;
    const std::string mapped = map(path);
    if (mapped != path && fs::exists(mapped, ec))
        return mapped;
    std::vector<fs::path> parts;
    for (const auto& part : fs::path(path).relative_path())
        parts.push_back(part);
    // The longest tail first: /old/home/data/cats/1.jpg is data/cats/1.jpg under a root before
    // cats/1.jpg, which many folders might hold. Class folder and name at the least.
    for (std::size_t k = parts.size(); k >= 2; --k) {
        fs::path tail;
        for (std::size_t i = parts.size() - k; i < parts.size(); ++i)
            tail /= parts[i];
        for (const std::string& root : m_roots) {
            const fs::path candidate = fs::path(root) / tail;
            if (!root.empty() && fs::is_regular_file(candidate, ec)) {
                fs::path oldFolder = fs::path(path).root_path();
                for (std::size_t i = 0; i < parts.size() - k; ++i)
                    oldFolder /= parts[i];
                m_folders.emplace_back(oldFolder.string(), root);
                return candidate.string();
            }
        }
    }
    return path;
}

std::size_t relocateSplit(DatasetSplit& split, DatasetRelocation& relocation)
{
    std::error_code ec;
    const auto parts = {&split.train, &split.validation, &split.test};
    for (auto* part : parts)
        for (const Sample& s : *part)
            relocation.locate(s.path);
    if (relocation.folders().empty())
        return 0;
    std::size_t changed = 0;
    for (auto* part : parts)
        for (Sample& s : *part)
            if (!fs::exists(s.path, ec)) {
                std::string now = relocation.map(s.path);
                if (now != s.path) {
                    s.path = std::move(now);
                    ++changed;
                }
            }
    for (std::string& root : split.spec.validationRoots)
        if (!fs::exists(root, ec))
            root = relocation.map(root);
    return changed;
}

std::vector<std::string> missingFiles(const std::vector<Sample>& samples)
{
    std::vector<std::string> missing;
    std::error_code ec;
    for (const Sample& s : samples)
        if (fs::path(s.path).is_absolute() && !fs::exists(s.path, ec))
            missing.push_back(s.path);
    return missing;
}

void DatasetSplit::save(const std::string& path) const
{
    Json j = toJson();
    std::error_code ec;
    j["saved_in"] = fs::absolute(fs::path(path), ec).lexically_normal().parent_path().string();
    writeFileAtomic(path, j.dump(1));
}

DatasetSplit DatasetSplit::load(const std::string& path)
{
    try {
        return fromJson(Json::parse(readFile(path)));
    } catch (const Json::exception& e) {
        throw Error(path + ": not a valid split file (" + e.what() + ")");
    } catch (const Error& e) {
        throw Error(path + ": " + e.what());
    }
}

} // namespace graft
