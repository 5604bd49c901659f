// Finding a dataset on disk: one sub-folder per class (the folder name is the class; images are found
// recursively inside it), or several such roots merged. Nothing here opens the images themselves.
#pragma once

#include "core/Job.h"
#include "core/LogMessage.h"

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace graft {

namespace fs = std::filesystem;

struct Sample
{
    std::string path; // absolute
    int label = -1;   // index into DatasetIndex::classes
};

struct SkippedFile
{
    std::string path;
    std::string reason;
    std::string format; // an image format Graft does not read ("GIF", "HEIC"); empty for other files
    bool noClass = false; // an image directly in a dataset folder: it belongs to no class (a mistake to fix)
};

struct DatasetIndex
{
    std::vector<std::string> roots;   // as given, absolute
    std::vector<std::string> classes; // sorted by name, as torchvision's ImageFolder sorts them
    std::vector<Sample> samples;      // grouped by class, sorted by path within a class
    std::vector<SkippedFile> skipped; // files that are not candidates (extension, loose in a root)
    // Classes given as folders of their own: a root that holds images and no sub-folder is one
    // class, named after the folder (cats/ and dogs/ opened together). Class name -> those roots.
    std::map<std::string, std::vector<std::string>> classRoots;

    std::vector<int> countsPerClass() const;
    int classIndex(const std::string& name) const; // -1 if absent
    // The folder that holds (or would hold) a class's images: its own root when it was given as
    // one, else its sub-folder of the first root with class sub-folders; empty when every root is
    // a class of its own and none is this class.
    std::string classFolder(const std::string& name) const;
    // The class whose own folder `root` is, or an empty string.
    std::string classOfRoot(const std::string& root) const;
};

// A dataset published split in advance, ROOT/train/<class>/... beside ROOT/val/<class>/... (or
// test/), scanned as if train/ and val/ were its classes. Folders are absolute; empty when absent.
struct PresplitLayout
{
    std::string train;
    std::string validation; // val/ (or valid/, validation/); test/ when there is no val/
    std::string test;       // test/ when there is a val/ too
};

// Recognises that layout: a single root whose every class is named like a split part (train,
// training, val, valid, validation, test, testing; any case), with a train part and another, and
// whose images all lie in sub-folders of those parts.
std::optional<PresplitLayout> detectPresplit(const DatasetIndex& index);

// A folder opened one level too high (flowers/flowers/daisy/... opened as flowers/): a single root
// whose `samples` all lie in sub-folders of one class folder, at least two of them.
struct ClassesFolder
{
    std::string folder;               // the folder to open instead (absolute)
    std::vector<std::string> classes; // the class folders found in it
};
std::optional<ClassesFolder> detectClassesFolder(const DatasetIndex& index, const std::vector<Sample>& samples);

// Image extensions we read (compared case-insensitively): jpg jpeg png bmp webp tif tiff.
bool hasImageExtension(const fs::path& path);
const std::vector<std::string>& imageExtensions();
// The name of an image format known by its extension that Graft does not read ("GIF", "HEIC",
// "camera RAW"), or an empty string.
std::string unreadableImageFormat(const fs::path& path);

// Image files to classify, from paths a user gave (typed, dropped): a file stays as given (a broken
// one is for the reader to report); a folder gives the images in it and its sub-folders (hidden ones
// skipped), in path order. `emptyFolders` receives the folders that hold no image.
std::vector<std::string> expandImagePaths(const std::vector<std::string>& paths,
                                          std::vector<std::string>* emptyFolders = nullptr,
                                          const CancelFlag* cancel = nullptr);
// What to tell a user who gave a folder with no image to classify: "FOLDER: no images in this
// folder or its sub-folders (.jpg .jpeg ...)".
LogMessage noImagesInFolderMessage(const std::string& folder);

// A folder of images (also of formats Graft does not read) with no sub-folder: a class of its own
// when given as a dataset folder.
bool isClassFolder(const fs::path& folder);
// DatasetIndex::classFolder for dataset folders that are not scanned: a root that is the class's
// own folder, else the class's sub-folder of the first root with class sub-folders, else empty.
std::string classFolderAmong(const std::vector<std::string>& roots, const std::string& name);

// Throws Error (folder not found, or not a folder) unless `root` is a folder: the check every
// scan starts with, for callers that want it before slower work.
void requireDatasetFolder(const fs::path& root);

// Scans the roots; throws Error with a message naming the root if one is missing or not a folder.
// A root with one sub-folder per class gives those classes; a root that holds images and no
// sub-folder is a class itself (DatasetIndex::classRoots).
// `restrictClasses`: when not empty, the class list is fixed to these names (an explicit validation
// folder must use the training classes); folders of other names are reported as skipped.
DatasetIndex scanDataset(const std::vector<fs::path>& roots, const ProgressCallback& progress = {},
                         const CancelFlag* cancel = nullptr,
                         const std::vector<std::string>& restrictClasses = {});

} // namespace graft
