#include "Dataset.h"

#include "core/Error.h"
#include "core/Files.h"
#include "core/OutputNames.h"
#include "core/Text.h"

#include <algorithm>
#include <map>
#include <set>

namespace graft {

const std::vector<std::string>& imageExtensions()
{
    static const std::vector<std::string> exts{".jpg", ".jpeg", ".png", ".bmp", ".webp", ".tif", ".tiff"};
    return exts;
}

bool hasImageExtension(const fs::path& path)
{
    const std::string ext = toLower(path.extension().string());
    const auto& exts = imageExtensions();
    return std::find(exts.begin(), exts.end(), ext) != exts.end();
}

std::string unreadableImageFormat(const fs::path& path)
{
    static const std::map<std::string, std::string> formats{
        {".gif", "GIF"},       {".heic", "HEIC"},      {".heif", "HEIF"},      {".avif", "AVIF"},
        {".jxl", "JPEG XL"},   {".svg", "SVG"},        {".ico", "ICO"},        {".psd", "Photoshop"},
        {".cr2", "camera RAW"}, {".cr3", "camera RAW"}, {".nef", "camera RAW"}, {".arw", "camera RAW"},
        {".dng", "camera RAW"}, {".orf", "camera RAW"}, {".rw2", "camera RAW"}, {".raf", "camera RAW"}};
    const auto it = formats.find(toLower(path.extension().string()));
    return it == formats.end() ? std::string() : it->second;
}

std::vector<int> DatasetIndex::countsPerClass() const
{
    std::vector<int> counts(classes.size(), 0);
    for (const auto& s : samples)
        if (s.label >= 0 && std::size_t(s.label) < counts.size())
            ++counts[std::size_t(s.label)];
    return counts;
}

namespace {
// Where a sample lies inside its class folder of the first root: "a.png" right in it, "daisy/a.png"
// one folder deeper.
fs::path pathInClassFolder(const DatasetIndex& index, const Sample& s)
{
    return fs::path(s.path).lexically_relative(fs::path(index.roots.front()) / index.classes.at(std::size_t(s.label)));
}

bool inSubfolder(const fs::path& inClass) { return std::distance(inClass.begin(), inClass.end()) >= 2; }
} // namespace

std::optional<PresplitLayout> detectPresplit(const DatasetIndex& index)
{
    if (index.roots.size() != 1 || index.classes.size() < 2 || !index.classRoots.empty())
        return std::nullopt;
    const fs::path root(index.roots.front());
    std::vector<std::string> train, val, test;
    for (const auto& name : index.classes) {
        const std::string n = toLower(name);
        const std::string folder = (root / name).string();
        if (n == "train" || n == "training")
            train.push_back(folder);
        else if (n == "val" || n == "valid" || n == "validation")
            val.push_back(folder);
        else if (n == "test" || n == "testing")
            test.push_back(folder);
        else
            return std::nullopt;
    }
    if (train.size() != 1 || val.size() > 1 || test.size() > 1 || val.size() + test.size() == 0)
        return std::nullopt;
    bool trainHasImages = false;
    for (const auto& s : index.samples) {
        if (!inSubfolder(pathInClassFolder(index, s)))
            return std::nullopt; // an image right in train/: that folder is a class after all
        trainHasImages = trainHasImages || (root / index.classes.at(std::size_t(s.label))).string() == train.front();
    }
    if (!trainHasImages)
        return std::nullopt;
    PresplitLayout layout;
    layout.train = train.front();
    layout.validation = val.empty() ? test.front() : val.front();
    layout.test = val.empty() || test.empty() ? std::string() : test.front();
    return layout;
}

std::optional<ClassesFolder> detectClassesFolder(const DatasetIndex& index, const std::vector<Sample>& samples)
{
    if (index.roots.size() != 1 || samples.empty() || !index.classRoots.empty())
        return std::nullopt;
    const int only = samples.front().label;
    std::set<std::string> inner;
    for (const auto& s : samples) {
        const fs::path inClass = pathInClassFolder(index, s);
        if (s.label != only || !inSubfolder(inClass))
            return std::nullopt; // another class, or an image right in the folder: it is a class
        inner.insert(inClass.begin()->string());
    }
    if (inner.size() < 2)
        return std::nullopt;
    return ClassesFolder{(fs::path(index.roots.front()) / index.classes.at(std::size_t(only))).string(),
                         {inner.begin(), inner.end()}};
}

int DatasetIndex::classIndex(const std::string& name) const
{
    const auto it = std::find(classes.begin(), classes.end(), name);
    return it == classes.end() ? -1 : int(it - classes.begin());
}

namespace {
// The folder for class `name` among dataset folders whose own classes are `owners` (the class a
// root is the folder of, empty for a folder of class sub-folders): the class's own root, else its
// sub-folder of the first root with class sub-folders, else none.
std::string classFolderIn(const std::vector<std::string>& roots, const std::vector<std::string>& owners,
                          const std::string& name)
{
    for (std::size_t i = 0; i < roots.size(); ++i)
        if (owners[i] == name)
            return roots[i];
    for (std::size_t i = 0; i < roots.size(); ++i)
        if (owners[i].empty())
            return (fs::path(roots[i]) / fs::u8path(name)).string();
    return {};
}
} // namespace

std::string DatasetIndex::classFolder(const std::string& name) const
{
    std::vector<std::string> owners;
    for (const auto& root : roots)
        owners.push_back(classOfRoot(root));
    return classFolderIn(roots, owners, name);
}

std::string DatasetIndex::classOfRoot(const std::string& root) const
{
    for (const auto& [name, folders] : classRoots)
        if (std::find(folders.begin(), folders.end(), root) != folders.end())
            return name;
    return {};
}

namespace {
// Dot files, and the resource-fork folder macOS adds to zip archives (never a class).
bool isHidden(const fs::path& p)
{
    const std::string name = p.filename().string();
    return (!name.empty() && name[0] == '.') || name == "__MACOSX";
}

void collectImages(const fs::path& dir, std::vector<std::string>& images, std::vector<SkippedFile>& skipped,
                   const CancelFlag* cancel, const ProgressCallback& progress, Progress& p, Throttle& throttle)
{
    std::error_code ec;
    auto it = fs::recursive_directory_iterator(dir, fs::directory_options::follow_directory_symlink
                                                        | fs::directory_options::skip_permission_denied, ec);
    if (ec) {
        skipped.push_back({displayPath(dir), "cannot read the folder (" + ec.message() + ")"});
        return;
    }
    for (const auto end = fs::recursive_directory_iterator(); it != end; it.increment(ec)) {
        if (ec) {
            skipped.push_back({displayPath(it->path()), "cannot read (" + ec.message() + ")"});
            ec.clear();
            continue;
        }
        throwIfCancelled(cancel);
        const fs::path& path = it->path();
        if (isHidden(path)) {
            if (it->is_directory(ec))
                it.disable_recursion_pending();
            continue;
        }
        if (!it->is_regular_file(ec))
            continue;
        if (hasImageExtension(path)) {
            images.push_back(displayPath(fs::absolute(path)));
            ++p.done;
            if (progress && throttle.ready()) {
                p.detail = displayPath(path);
                progress(p);
            }
        } else if (const std::string format = unreadableImageFormat(path); !format.empty()) {
            skipped.push_back({displayPath(path), "a " + format + " image, a format Graft does not read; convert it to "
                                                  "JPEG or PNG to use it", format});
        } else {
            skipped.push_back({displayPath(path), "not an image extension (" + join(imageExtensions(), " ")
                                                      + "); ignored"});
        }
    }
}
} // namespace

bool isClassFolder(const fs::path& root)
{
    std::error_code ec;
    bool images = false;
    for (const auto& entry : fs::directory_iterator(root, fs::directory_options::skip_permission_denied, ec)) {
        if (isHidden(entry.path()))
            continue;
        if (entry.is_directory(ec))
            return false;
        images = images || hasImageExtension(entry.path()) || !unreadableImageFormat(entry.path()).empty();
    }
    return images && !ec;
}

std::vector<std::string> expandImagePaths(const std::vector<std::string>& paths, std::vector<std::string>* emptyFolders,
                                          const CancelFlag* cancel)
{
    std::vector<std::string> out;
    for (const std::string& given : paths) {
        std::error_code ec;
        if (!fs::is_directory(given, ec)) {
            out.push_back(given);
            continue;
        }
        // A dataset's class folder is walked the same way; what it skips is no error here.
        std::vector<std::string> found;
        std::vector<SkippedFile> skipped;
        Progress p;
        Throttle throttle;
        collectImages(given, found, skipped, cancel, {}, p, throttle);
        std::sort(found.begin(), found.end());
        if (found.empty() && emptyFolders)
            emptyFolders->push_back(given);
        out.insert(out.end(), found.begin(), found.end());
    }
    return out;
}

LogMessage noImagesInFolderMessage(const std::string& folder)
{
    const std::string extensions = join(imageExtensions(), " ");
    return {logid::kErrorNoImagesInFolder, {folder, extensions},
            folder + ": no images in this folder or its sub-folders (" + extensions + ")"};
}

std::string classFolderAmong(const std::vector<std::string>& roots, const std::string& name)
{
    std::vector<std::string> owners; // each folder looked at once
    for (const auto& root : roots)
        owners.push_back(isClassFolder(root) ? fs::path(root).filename().u8string() : std::string());
    return classFolderIn(roots, owners, name);
}

namespace {

bool isRunFolder(const fs::path& dir)
{
    std::error_code ec;
    return fs::is_regular_file(dir / names::kRunInfo, ec)
        && (fs::exists(dir / names::kRunSplit, ec) || fs::exists(dir / names::kBestModel, ec)
            || fs::exists(dir / names::kRunLock, ec));
}

// Why a sub-folder of a dataset folder is Graft's own output rather than a class (a project saved
// in the dataset folder keeps its runs beside it; a labelling may write into it), or "".
std::string graftOutputFolder(const fs::path& dir)
{
    std::error_code ec;
    const std::string name = dir.filename().u8string();
    const std::string suffix = names::kRunsFolderSuffix;
    if (name.size() > suffix.size() && name.compare(name.size() - suffix.size(), suffix.size(), suffix) == 0) {
        const std::string project = name.substr(0, name.size() - suffix.size()) + names::kProjectExtension;
        if (fs::exists(dir.parent_path() / project, ec))
            return "the training runs of " + project + " (Graft's own files), not a class; ignored";
    }
    if (isRunFolder(dir))
        return "a Graft run folder, not a class; ignored";
    if (fs::exists(dir / names::kLabelsCsv, ec) && fs::exists(dir / names::kLabelJournal, ec))
        return "the output of a Graft labelling (labels.csv), not a class; ignored";
    for (const auto& entry : fs::directory_iterator(dir, fs::directory_options::skip_permission_denied, ec))
        if (entry.is_directory(ec) && isRunFolder(entry.path()))
            return "holds Graft run folders, not a class; ignored";
    return {};
}

} // namespace

void requireDatasetFolder(const fs::path& root)
{
    std::error_code ec;
    if (!fs::exists(root, ec))
        throw Error(LogMessage{logid::kErrorFolderNotFound, {displayPath(root)}, displayPath(root) + ": folder not found; check the path"});
    if (!fs::is_directory(root, ec))
        throw Error(LogMessage{logid::kErrorNotAFolder, {displayPath(root)},
                               displayPath(root) + ": not a folder; choose the folder that holds one sub-folder per class"});
}

DatasetIndex scanDataset(const std::vector<fs::path>& roots, const ProgressCallback& progress,
                         const CancelFlag* cancel, const std::vector<std::string>& restrictClasses)
{
    if (roots.empty())
        throw Error("no dataset folder given");
    DatasetIndex index;
    std::map<std::string, std::vector<std::string>> byClass;
    for (const auto& name : restrictClasses)
        byClass[name];
    Progress p;
    p.stage = "Finding images";
    Throttle throttle;

    for (const auto& rootIn : roots) {
        fs::path root = fs::absolute(rootIn).lexically_normal();
        if (root.filename().empty() && root.has_relative_path())
            root = root.parent_path(); // "cats/" is the folder cats
        requireDatasetFolder(root);
        std::error_code ec;
        index.roots.push_back(displayPath(root));
        if (const std::string name = root.filename().u8string(); isClassFolder(root)) {
            if (!restrictClasses.empty() && !byClass.count(name)) {
                index.skipped.push_back({displayPath(root), "class '" + name + "' is not one of the training classes; ignored"});
                continue;
            }
            index.classRoots[name].push_back(displayPath(root));
            collectImages(root, byClass[name], index.skipped, cancel, progress, p, throttle);
            continue;
        }
        for (const auto& entry : fs::directory_iterator(root, fs::directory_options::skip_permission_denied, ec)) {
            throwIfCancelled(cancel);
            if (isHidden(entry.path()))
                continue;
            const std::string name = entry.path().filename().u8string();
            if (entry.is_directory(ec)) {
                if (const std::string why = graftOutputFolder(entry.path()); !why.empty()) {
                    index.skipped.push_back({displayPath(entry.path()), why});
                    continue;
                }
                if (!restrictClasses.empty() && !byClass.count(name)) {
                    index.skipped.push_back({displayPath(entry.path()),
                                             "class '" + name + "' is not one of the training classes; ignored"});
                    continue;
                }
                collectImages(entry.path(), byClass[name], index.skipped, cancel, progress, p, throttle);
            } else if (entry.is_regular_file(ec)) {
                const bool image = hasImageExtension(entry.path());
                index.skipped.push_back(
                    {displayPath(entry.path()),
                     image ? "image directly in the dataset folder has no class; move it into a class sub-folder"
                     : entry.path().extension() == names::kProjectExtension ? "a Graft project; ignored"
                                                                            : "not in a class folder; ignored",
                     "", image});
            }
        }
        if (ec)
            throw Error(displayPath(root) + ": cannot list the folder (" + ec.message() + ")");
    }

    for (auto& [name, files] : byClass) {
        const int label = int(index.classes.size());
        index.classes.push_back(name);
        std::sort(files.begin(), files.end());
        files.erase(std::unique(files.begin(), files.end()), files.end());
        for (auto& f : files)
            index.samples.push_back({std::move(f), label});
    }
    if (progress) {
        p.total = p.done;
        p.detail.clear();
        progress(p);
    }
    return index;
}

} // namespace graft
