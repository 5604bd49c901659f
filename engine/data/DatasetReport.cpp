#include "DatasetReport.h"

#include "core/Text.h"

#include <algorithm>
#include <map>
#include <sstream>

namespace graft {

std::string problemKindName(FileProblemKind kind)
{
    switch (kind) {
    case FileProblemKind::Unreadable: return "unreadable";
    case FileProblemKind::Empty: return "empty";
    case FileProblemKind::NotAnImage: return "not-an-image";
    case FileProblemKind::UnsupportedFormat: return "unsupported-format";
    case FileProblemKind::TooLarge: return "too-large";
    case FileProblemKind::Corrupt: return "corrupt";
    case FileProblemKind::NoClass: return "no-class";
    }
    return "unknown";
}

void summarizeReport(DatasetReport& report)
{
    const auto& classNames = report.index.classes;
    report.classes.assign(classNames.size(), {});
    for (std::size_t i = 0; i < classNames.size(); ++i)
        report.classes[i].name = classNames[i];
    for (const auto& s : report.usable)
        ++report.classes.at(std::size_t(s.label)).images;
    for (const auto& p : report.problems) {
        const int c = report.index.classIndex(p.className);
        if (c >= 0)
            ++report.classes[std::size_t(c)].problems;
    }

    report.warnings.clear();
    report.errors.clear();
    int nonEmpty = 0, largest = 0, smallest = 0;
    std::vector<std::string> empty;
    for (const auto& c : report.classes) {
        if (c.images == 0) {
            empty.push_back(c.name);
            continue;
        }
        ++nonEmpty;
        largest = std::max(largest, c.images);
        smallest = smallest == 0 ? c.images : std::min(smallest, c.images);
    }
    report.imbalanceRatio = smallest > 0 ? double(largest) / smallest : 1.0;

    report.presplit = detectPresplit(report.index);
    report.classesFolder.clear();
    if (const auto& l = report.presplit) {
        // Training here would teach "train" against "val"; say how to open it instead.
        const auto name = [](const std::string& folder) { return fs::path(folder).filename().string() + "/"; };
        std::string e = "this folder is split in advance: " + name(l->train) + " and " + name(l->validation)
            + " hold the class folders, they are not classes. Open " + l->train + " as the dataset with "
            + l->validation + " as the validation folder (graft-cli train " + l->train + " --val-dir "
            + l->validation + " ...)";
        if (!l->test.empty())
            e += "; evaluate a run on " + l->test + " afterwards (graft-cli evaluate RUN_DIR " + l->test + ")";
        report.errors.push_back(e);
    }
    if (report.index.classes.empty())
        report.errors.push_back("no class folders found: the dataset folder must hold one sub-folder per class, "
                                "each with that class's images");
    else if (nonEmpty < 2) {
        std::string e = "only " + std::to_string(nonEmpty) + " class has usable images; a classifier needs at least "
                        "two classes";
        if (!report.index.classRoots.empty())
            e += ": add a folder of images for each other class too (each such folder is a class), or open the "
                 "folder that holds one sub-folder per class";
        if (const auto nested = detectClassesFolder(report.index, report.usable)) {
            report.classesFolder = nested->folder;
            e += ". " + nested->folder + " holds the class folders (" + listSome(nested->classes, 4)
                + "): open it as the dataset";
        }
        report.errors.push_back(e);
    }
    // Class sizes say nothing when the "classes" are the parts of a split.
    if (!report.presplit) {
        if (!empty.empty())
            report.warnings.push_back("empty classes (no usable images): " + listSome(empty)
                                      + "; they are left out of training. Add images or remove the folders");
        for (const auto& c : report.classes)
            if (c.images == 1)
                report.warnings.push_back("class '" + c.name + "' has a single image; it cannot be validated. "
                                          "Add more images (20 or more per class works well)");
        if (report.imbalanceRatio >= 3.0)
            report.warnings.push_back("classes are imbalanced: the largest has " + formatFixed(report.imbalanceRatio, 1)
                                      + "x the images of the smallest; consider more images for small classes or "
                                        "the class-weighted loss");
    }
    int cross = 0;
    for (const auto& d : report.duplicates)
        cross += d.acrossClasses ? 1 : 0;
    // Counts of pictures (a group of identical files is one picture).
    if (cross > 0 && report.presplit)
        report.warnings.push_back(countOf(cross, "image is", "images are")
                                  + " in more than one part of the split (same content): validation would measure "
                                    "images the model trained on; keep each in one part only");
    else if (cross > 0)
        report.warnings.push_back(countOf(cross, "image appears", "images appear")
                                  + " in more than one class (same content): a labelling error; keep each in its "
                                    "right class");
    if (report.duplicates.size() > std::size_t(cross))
        report.warnings.push_back(countOf(std::int64_t(report.duplicates.size()) - cross, "group", "groups")
                                  + " of identical files within a class; each group is kept on one side of the "
                                    "split, so validation never sees a copy of a training image");
    if (!report.problems.empty())
        report.warnings.push_back(countOf(std::int64_t(report.problems.size()), "file", "files")
                                  + " will be skipped (see the list of bad files)");
    std::vector<std::string> formats;
    std::int64_t unreadable = 0;
    for (const auto& s : report.index.skipped)
        if (!s.format.empty()) {
            ++unreadable;
            if (std::find(formats.begin(), formats.end(), s.format) == formats.end())
                formats.push_back(s.format);
        }
    std::sort(formats.begin(), formats.end());
    if (unreadable > 0)
        report.warnings.push_back(countOf(unreadable, "image is", "images are") + " in a format Graft does not read ("
                                  + join(formats, ", ") + ") and left out; convert "
                                  + (unreadable == 1 ? "it" : "them") + " to JPEG or PNG to use "
                                  + (unreadable == 1 ? "it" : "them"));
}

std::vector<std::string> DatasetReport::trainingClasses(const std::vector<std::string>& leftOut) const
{
    std::vector<std::string> out;
    for (const auto& c : classes)
        if (c.images > 0 && std::find(leftOut.begin(), leftOut.end(), c.name) == leftOut.end())
            out.push_back(c.name);
    return out;
}

std::vector<SharedImage> sharedImages(const DatasetReport& a, const DatasetReport& b)
{
    std::map<std::string, std::size_t> inB;
    for (std::size_t i = 0; i < b.usableSha256.size() && i < b.usable.size(); ++i)
        inB.emplace(b.usableSha256[i], i);
    std::vector<SharedImage> out;
    for (std::size_t i = 0; i < a.usableSha256.size() && i < a.usable.size(); ++i)
        if (const auto it = inB.find(a.usableSha256[i]); it != inB.end())
            out.push_back({a.usable[i].path, b.usable[it->second].path});
    return out;
}

std::string sharedImagesWarning(const std::vector<SharedImage>& shared)
{
    if (shared.empty())
        return {};
    return countOf(std::int64_t(shared.size()), "image of the validation folder is", "images of the validation folder are")
        + " also in the dataset (same content, e.g. " + shared.front().otherPath
        + " and " + shared.front().path + "): validation would measure images the model trained on; "
        "remove them from one of the two";
}

std::string ImageSizeStats::typical() const
{
    if (!known())
        return {};
    const std::string size = std::to_string(typicalWidth) + "×" + std::to_string(typicalHeight);
    return varied() ? "about " + size : size;
}

bool ImageSizeStats::varied() const
{
    return smallestSide != std::min(typicalWidth, typicalHeight) || largestSide != std::max(typicalWidth, typicalHeight);
}

double ImageSizeStats::enlargement(int inputSize) const
{
    const int side = std::min(typicalWidth, typicalHeight);
    return known() && side > 0 ? double(inputSize) / side : 0.0;
}

ImageSizeStats ImageSizeStats::of(const std::vector<std::pair<int, int>>& sizes)
{
    ImageSizeStats s;
    std::vector<int> widths, heights;
    for (const auto& [w, h] : sizes) {
        if (w <= 0 || h <= 0)
            continue;
        widths.push_back(w);
        heights.push_back(h);
        s.smallestSide = s.count == 0 ? std::min(w, h) : std::min(s.smallestSide, std::min(w, h));
        s.largestSide = std::max(s.largestSide, std::max(w, h));
        ++s.count;
    }
    if (s.count == 0)
        return s;
    const auto median = [](std::vector<int>& v) {
        std::nth_element(v.begin(), v.begin() + std::ptrdiff_t(v.size() / 2), v.end());
        return v[v.size() / 2];
    };
    s.typicalWidth = median(widths);
    s.typicalHeight = median(heights);
    return s;
}

Json DatasetReport::toJson() const
{
    Json j;
    j["roots"] = index.roots;
    Json cls = Json::array();
    for (const auto& c : classes)
        cls.push_back({{"name", c.name}, {"images", c.images}, {"problems", c.problems}, {"folder", index.classFolder(c.name)}});
    j["classes"] = cls;
    j["usable_images"] = usable.size();
    Json probs = Json::array();
    for (const auto& p : problems)
        probs.push_back({{"path", p.path}, {"class", p.className}, {"kind", problemKindName(p.kind)},
                         {"reason", p.reason}});
    j["problems"] = probs;
    Json dups = Json::array();
    for (const auto& d : duplicates) {
        Json files = Json::array();
        for (const auto& f : d.files)
            files.push_back({{"path", f.path}, {"class", index.classes.at(std::size_t(f.label))}});
        dups.push_back({{"sha256", d.sha256}, {"across_classes", d.acrossClasses}, {"files", files}});
    }
    j["duplicates"] = dups;
    Json ignored = Json::array();
    for (const auto& f : index.skipped)
        ignored.push_back({{"path", f.path}, {"reason", f.reason}, {"format", f.format}});
    j["ignored"] = ignored;
    if (imageSizes.known())
        j["image_sizes"] = {{"typical_width", imageSizes.typicalWidth}, {"typical_height", imageSizes.typicalHeight},
                            {"smallest_side", imageSizes.smallestSide}, {"largest_side", imageSizes.largestSide}};
    j["imbalance_ratio"] = imbalanceRatio;
    j["warnings"] = warnings;
    j["errors"] = errors;
    j["can_train"] = canTrain();
    if (presplit)
        j["presplit"] = {{"train", presplit->train}, {"validation", presplit->validation}, {"test", presplit->test}};
    return j;
}

std::string DatasetReport::toText() const
{
    std::ostringstream out;
    out << "Dataset: " << join(index.roots, ", ") << "\n";
    const std::size_t training = trainingClasses({}).size();
    out << countOf(std::int64_t(training), "class", "classes");
    if (training < classes.size())
        out << " (and " << classes.size() - training << " empty)";
    out << ", "
        << countOf(std::int64_t(usable.size()), "usable image", "usable images") << ", "
        << countOf(std::int64_t(problems.size()), "bad file", "bad files") << "\n\n";
    int width = 5;
    for (const auto& c : classes)
        width = std::max(width, displayWidth(c.name));
    int largest = 1;
    for (const auto& c : classes)
        largest = std::max(largest, c.images);
    for (const auto& c : classes) {
        out << "  " << padRight(c.name, width + 2);
        std::string count = std::to_string(c.images);
        out << std::string(count.size() < 6 ? 6 - count.size() : 0, ' ') << count << "  ";
        out << std::string(std::size_t(30.0 * c.images / largest + 0.5), '#');
        if (c.problems)
            out << "  (" << c.problems << " bad)";
        if (c.images == 0)
            out << "(empty: left out of training)";
        out << "\n";
    }
    if (imageSizes.known())
        out << "\nImage sizes: " << imageSizes.typical() << " pixels"
            << (imageSizes.smallestSide == imageSizes.largestSide && !imageSizes.varied()
                    ? std::string()
                    : " (sides from " + std::to_string(imageSizes.smallestSide) + " to " + std::to_string(imageSizes.largestSide) + ")")
            << "\n";
    out << "\nImbalance (largest/smallest): " << formatFixed(imbalanceRatio, 2) << "\n";
    if (!problems.empty()) {
        out << "\nBad files (skipped):\n";
        for (const auto& p : problems) // a reason names its file already
            out << "  " << (startsWith(p.reason, p.path) ? p.reason : p.path + ": " + p.reason) << "\n";
    }
    if (!duplicates.empty()) {
        out << "\nDuplicates (identical content):\n";
        for (const auto& d : duplicates) {
            out << "  " << (d.acrossClasses ? "[different classes] " : "") << d.sha256.substr(0, 12) << ":";
            for (const auto& f : d.files)
                out << " " << f.path << " (" << index.classes.at(std::size_t(f.label)) << ")";
            out << "\n";
        }
    }
    if (!index.skipped.empty()) {
        out << "\nIgnored files:\n";
        std::size_t shown = 0;
        for (const auto& s : index.skipped) {
            if (++shown > 20) {
                out << "  ... and " << index.skipped.size() - 20 << " more\n";
                break;
            }
            out << "  " << s.path << ": " << s.reason << "\n";
        }
    }
    if (!warnings.empty() || !errors.empty())
        out << "\n";
    for (const auto& w : warnings)
        out << "Warning: " << w << "\n";
    for (const auto& e : errors)
        out << "Error: " << e << "\n";
    out << "\n" << (canTrain() ? "Ready to train." : "Cannot train yet: fix the errors above.") << "\n";
    return out.str();
}

std::vector<Sample> samplesForClasses(const DatasetReport& report, const std::vector<std::string>& classes,
                                      std::vector<std::string>* unknown, std::vector<std::size_t>* from)
{
    std::vector<Sample> samples;
    for (std::size_t i = 0; i < report.usable.size(); ++i) {
        const Sample& s = report.usable[i];
        const std::string& name = report.index.classes.at(std::size_t(s.label));
        const auto it = std::find(classes.begin(), classes.end(), name);
        if (it != classes.end()) {
            samples.push_back({s.path, int(it - classes.begin())});
            if (from)
                from->push_back(i);
        } else if (unknown && std::find(unknown->begin(), unknown->end(), name) == unknown->end()) {
            unknown->push_back(name);
        }
    }
    return samples;
}

} // namespace graft
