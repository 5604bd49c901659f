#include "DatasetChecker.h"

#include "ImageDecoder.h"
#include "core/Error.h"
#include "core/Files.h"
#include "core/Sha256.h"
#include "core/Text.h"
#include "core/ThreadPool.h"

#include <algorithm>
#include <map>
#include <mutex>

namespace graft {

DatasetReport checkDataset(const CheckParams& params, const ProgressCallback& progress, const CancelFlag* cancel)
{
    return checkIndex(scanDataset(params.roots, progress, cancel), params, progress, cancel);
}

DatasetReport checkIndex(DatasetIndex index, const CheckParams& params, const ProgressCallback& progress,
                         const CancelFlag* cancel)
{
    DatasetReport report;
    report.index = std::move(index);
    report.checkedContents = params.decode;
    const auto& samples = report.index.samples;

    struct Outcome
    {
        bool ok = false;
        std::string sha;
        std::uint64_t bytes = 0;
        FileProblemKind kind = FileProblemKind::Corrupt;
        std::string reason;
        int width = 0, height = 0; // upright
    };
    std::vector<Outcome> outcomes(samples.size());
    std::mutex progressMutex;
    Progress p;
    p.stage = params.decode ? "Checking images" : "Checking image headers";
    p.total = std::int64_t(samples.size());
    RateMeter meter;
    Throttle throttle;

    DecodeOptions decode;
    decode.maxPixels = params.maxPixels;
    decode.minShorterSide = 64; // a reduced JPEG decode still reads every byte of the file

    parallelFor(samples.size(), params.threads, [&](std::size_t i) {
        throwIfCancelled(cancel);
        const std::string& path = samples[i].path;
        Outcome& out = outcomes[i];
        try {
            const std::string bytes = readImageBytes(path);
            out.bytes = bytes.size();
            out.sha = sha256Hex(bytes);
            const ImageHeader h = probeImage(bytes, path);
            if (params.decode) {
                decodeImage(bytes, path, decode);
            } else if (std::int64_t(h.width) * h.height > params.maxPixels) {
                throw ImageError(FileProblemKind::TooLarge, path + ": over the pixel limit; scale it down first");
            }
            const bool turned = h.orientation >= 5 && h.orientation <= 8; // EXIF: a quarter turn
            out.width = turned ? h.height : h.width;
            out.height = turned ? h.width : h.height;
            out.ok = true;
        } catch (const ImageError& e) {
            out.kind = e.kind();
            out.reason = e.what();
        } catch (const std::exception& e) {
            out.kind = FileProblemKind::Corrupt;
            out.reason = path + ": " + e.what();
        }
        if (progress) {
            std::lock_guard lock(progressMutex);
            ++p.done;
            if (throttle.ready() || p.done == p.total) {
                meter.update(p);
                p.detail = path;
                progress(p);
            }
        }
    });

    std::map<std::string, std::vector<std::size_t>> byHash;
    std::vector<std::pair<int, int>> sizes;
    for (std::size_t i = 0; i < samples.size(); ++i) {
        const Outcome& o = outcomes[i];
        if (o.ok) {
            sizes.emplace_back(o.width, o.height);
            report.usable.push_back(samples[i]);
            report.usableSha256.push_back(o.sha);
            byHash[o.sha].push_back(i);
        } else {
            report.problems.push_back({samples[i].path, report.index.classes.at(std::size_t(samples[i].label)), o.kind,
                                       o.reason});
        }
    }
    for (const auto& [sha, idx] : byHash) {
        if (idx.size() < 2)
            continue;
        DuplicateGroup g;
        g.sha256 = sha;
        for (auto i : idx) {
            g.files.push_back(samples[i]);
            g.acrossClasses = g.acrossClasses || samples[i].label != samples[idx[0]].label;
        }
        report.duplicates.push_back(std::move(g));
    }
    // An image outside every class folder is likely a mistake: a bad file to fix, listed there
    // only (not also among the files ignored as not belonging to the dataset).
    auto& skipped = report.index.skipped;
    const auto noClass = std::stable_partition(skipped.begin(), skipped.end(), [](const SkippedFile& s) {
        return !s.noClass;
    });
    for (auto it = noClass; it != skipped.end(); ++it)
        report.problems.push_back({it->path, "", FileProblemKind::NoClass, it->path + ": " + it->reason});
    skipped.erase(noClass, skipped.end());
    report.imageSizes = ImageSizeStats::of(sizes);
    summarizeReport(report);
    for (std::size_t i = 0; i < samples.size(); ++i)
        report.classes[std::size_t(samples[i].label)].bytes += outcomes[i].bytes;
    return report;
}

DatasetReport checkValidationFolders(const SplitSpec& spec, const std::vector<std::string>& classes,
                                     const ProgressCallback& progress, const CancelFlag* cancel)
{
    const std::vector<fs::path> roots(spec.validationRoots.begin(), spec.validationRoots.end());
    return checkIndex(scanDataset(roots, {}, cancel, classes), CheckParams{}, progress, cancel);
}

LabelledImages labelledImagesFor(const CheckParams& params, const std::vector<std::string>& classes,
                                 const ProgressCallback& progress, const CancelFlag* cancel)
{
    LabelledImages images;
    images.report = checkDataset(params, progress, cancel);
    images.samples = samplesForClasses(images.report, classes, &images.unknownClasses);
    if (images.samples.empty()) {
        std::vector<std::string> roots;
        for (const auto& r : params.roots)
            roots.push_back(displayPath(r));
        throw Error(join(roots, ", ") + ": no images in folders named like the model's classes (" + listSome(classes)
                    + "); give a folder with one sub-folder per class");
    }
    return images;
}

DatasetSplit splitDataset(const DatasetReport& dataset, const std::vector<std::string>& classes,
                          const SplitSpec& spec, const DatasetReport* validation)
{
    // The samples relabelled to `classes` by name, with their content hashes.
    std::vector<std::size_t> from;
    const std::vector<Sample> samples = samplesForClasses(dataset, classes, nullptr, &from);
    std::vector<std::string> hashes;
    for (std::size_t i : from)
        hashes.push_back(i < dataset.usableSha256.size() ? dataset.usableSha256[i] : std::string());
    if (spec.validationRoots.empty())
        return makeSplit(classes, samples, spec, hashes);
    if (!validation)
        throw Error(join(spec.validationRoots, ", ") + ": the validation folder has not been checked yet");
    SplitSpec trainSpec = spec;
    trainSpec.validationFraction = 0;
    DatasetSplit split = makeSplit(classes, samples, trainSpec, hashes);
    // A class left out of training is left out of validation too.
    split.validation = samplesForClasses(*validation, classes);
    if (split.validation.empty())
        throw Error(LogMessage{logid::kErrorNoValidationImages, {join(spec.validationRoots, ", "), listSome(classes)},
                               join(spec.validationRoots, ", ") + ": no usable images in folders named like the classes ("
                                   + listSome(classes) + "); the validation folder needs the same class folders as the dataset"});
    split.spec = spec;
    return split;
}

} // namespace graft
