#include "Labeler.h"

#include "core/Error.h"
#include "core/Files.h"
#include "core/OutputNames.h"
#include "core/Sha256.h"
#include "core/Text.h"
#include "data/Dataset.h"
#include "label/Predict.h"
#include "train/BatchLoader.h"
#include "train/ClassifierImpl.h"
#include "train/RunFolder.h"

#include <algorithm>
#include <chrono>
#include <fstream>
#include <fcntl.h>
#include <map>
#include <unistd.h>

namespace graft {

std::string labelModeName(LabelMode m)
{
    switch (m) {
    case LabelMode::Copy: return "copy";
    case LabelMode::Move: return "move";
    case LabelMode::CsvOnly: break;
    }
    return "csv";
}

namespace {

constexpr const char* kUncertain = "_uncertain";

// Append-only JSON-lines journal, flushed to disk after every line.
class Journal
{
public:
    explicit Journal(const std::string& path) : m_path(path)
    {
        m_fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_APPEND, 0644);
        if (m_fd < 0)
            throw Error(LogMessage{logid::kErrorJournalNotCreated, {path},
                                   path + ": cannot write the labelling journal; check that the output folder is writable"});
    }
    ~Journal()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    void write(const Json& entry)
    {
        const std::string line = entry.dump() + "\n";
        if (::write(m_fd, line.data(), line.size()) != ssize_t(line.size()) || ::fsync(m_fd) != 0)
            throw Error(LogMessage{logid::kErrorJournalNotWritten, {m_path},
                                   m_path + ": cannot write the labelling journal (disk full?); make room in the output "
                                            "folder (or choose another), then label again"});
    }

private:
    std::string m_path;
    int m_fd = -1;
};

// One labelling or undo at a time per output folder (two would interleave their journal entries):
// a hidden lock file beside the journal, released by the system however the process ends.
FileLock lockOutput(const fs::path& outputDir)
{
    FileLock lock;
    if (!lock.tryLock(outputDir / ".graft-label.lock"))
        throw Error(LogMessage{logid::kErrorLabelBusy, {displayPath(outputDir)},
                               displayPath(outputDir) + ": another labelling (or undo) into this folder is running, in a "
                                                        "Graft window or graft-cli; wait for it to end, or stop it there first"});
    return lock;
}

std::vector<Json> readJournal(const std::string& path)
{
    std::vector<Json> entries;
    std::ifstream in(path);
    if (!in)
        throw Error(path + ": cannot open the journal");
    std::string line;
    while (std::getline(in, line)) {
        if (trim(line).empty())
            continue;
        try {
            entries.push_back(Json::parse(line));
        } catch (const Json::exception&) {
            // A line cut by a crash is the last one; what it announced never happened.
            break;
        }
    }
    return entries;
}

// A crash never leaves a half-copied image.
void copyFile(const fs::path& from, const fs::path& to)
{
    copyFileAtomic(from, to, "; make room in the output folder (or choose another), then label again: the files "
                             "sorted so far stay sorted");
}

// Moves a file: rename when possible, else a whole copy (copyFile), then the original goes.
void moveFile(const fs::path& from, const fs::path& to)
{
    std::error_code ec;
    fs::rename(from, to, ec);
    if (!ec)
        return;
    // Another file system: never a half file at `to`, and a rerun after a crash can copy over it.
    copyFile(from, to);
    fs::remove(from, ec);
}

// The copies and moves of a journal not undone yet, in journal order. Read in order: a file labelled
// again after an undo (the same destination) is to be undone again.
std::vector<Json> pendingDone(const std::vector<Json>& journal)
{
    std::vector<Json> entries;
    std::map<std::string, std::size_t> at; // destination -> its latest "done" entry
    for (const Json& e : journal) {
        const std::string type = e.value("type", ""), dst = e.value("dst", "");
        if (type == "done") {
            at[dst] = entries.size();
            entries.push_back(e);
        } else if (type == "undone") {
            if (const auto it = at.find(dst); it != at.end()) {
                entries[it->second] = Json();
                at.erase(it);
            }
        }
    }
    std::vector<Json> pending;
    for (auto& e : entries)
        if (!e.is_null())
            pending.push_back(std::move(e));
    return pending;
}

// Finishes the operations an interrupted run announced but did not confirm. Returns the files the
// journal's runs copied or moved (and did not undo): source path -> destination.
std::map<std::string, std::string> completePending(const std::string& journalPath)
{
    std::map<std::string, std::string> handled;
    std::error_code ec;
    if (!fs::exists(journalPath, ec))
        return handled;
    const std::vector<Json> entries = readJournal(journalPath);
    std::map<std::string, Json> pending; // announced, neither done nor undone
    for (const Json& e : entries) {
        const std::string type = e.value("type", "");
        if (type == "plan")
            pending[e.value("src", "")] = e;
        else if (type == "done" || type == "undone")
            pending.erase(e.value("src", ""));
    }
    // Undone files are back, to be labelled again; the others stay where the journal put them.
    for (const Json& e : pendingDone(entries))
        handled[e.value("src", "")] = e.value("dst", "");
    Journal journal(journalPath);
    for (const auto& [src, e] : pending) {
        const fs::path dst = e.value("dst", "");
        const bool move = e.value("op", "") == "move";
        if (fs::exists(dst, ec) && (!move || !fs::exists(src, ec))) {
            // The operation itself finished; only its confirmation was lost.
        } else if (fs::exists(src, ec)) {
            fs::create_directories(dst.parent_path(), ec);
            if (move)
                moveFile(src, dst);
            else
                copyFile(src, dst);
        } else {
            continue; // neither side exists: nothing we can do, and nothing was lost by us
        }
        journal.write(Json{{"type", "done"}, {"op", e.value("op", "")}, {"src", src}, {"dst", dst.string()},
                           {"sha256", e.value("sha256", "")}, {"recovered", true}});
        handled[src] = dst.string();
    }
    return handled;
}

void writeOutputs(const LabelResult& result, const LabelParams& params, const std::vector<std::string>& classes)
{
    std::string csv = "path,label,confidence,top_labels,top_scores,destination,error\n";
    Json records = Json::array();
    for (const auto& r : result.records) {
        std::vector<std::string> labels, scores;
        Json top = Json::array();
        for (const auto& [l, s] : r.top) {
            labels.push_back(l);
            scores.push_back(formatFixed(s, 6));
            top.push_back({{"label", l}, {"score", s}});
        }
        csv += csvField(r.path) + "," + csvField(r.label) + "," + (r.label.empty() ? "" : formatFixed(r.confidence, 6))
            + "," + csvField(join(labels, ";")) + "," + join(scores, ";") + "," + csvField(r.destination) + ","
            + csvField(r.error) + "\n";
        Json rec{{"path", r.path}, {"label", r.label}, {"confidence", r.confidence}, {"top", top}};
        if (!r.destination.empty())
            rec["destination"] = r.destination;
        if (!r.error.empty())
            rec["error"] = r.error;
        records.push_back(rec);
    }
    writeFileAtomic(result.csvPath, csv);
    Json j{{"model", params.model},      {"input", params.input},        {"mode", labelModeName(params.mode)},
           {"threshold", params.threshold}, {"classes", classes},        {"counts", result.counts},
           {"failures", result.failures}, {"stopped", result.stopped},  {"records", records}};
    writeFileAtomic(result.jsonPath, j.dump(1));
}

} // namespace

LabelResult labelFolder(const LabelParams& params, const ImageReader& reader, const ProgressCallback& progress,
                        const CancelFlag* cancel)
{
    const auto started = std::chrono::steady_clock::now();
    std::error_code ec;
    if (!fs::is_directory(params.input, ec))
        throw Error(LogMessage{logid::kErrorLabelInputNotFound, {params.input},
                               params.input + ": folder not found; give the folder of images to label"});
    if (params.output.empty())
        throw Error("no output folder given (--out DIR)");
    if (params.threshold < 0 || params.threshold > 1)
        throw Error("the confidence threshold must be between 0 and 1 (got " + formatFixed(params.threshold, 3) + ")");
    Classifier classifier = Classifier::load(params.model, params.device, params.threads);
    auto& impl = *classifier.impl();
    fs::create_directories(params.output, ec);
    if (ec)
        throw Error(LogMessage{logid::kErrorOutputNotCreated, {params.output, ec.message()},
                               params.output + ": cannot create the output folder (" + ec.message() + ")"});
    const fs::path outAbs = fs::weakly_canonical(fs::absolute(params.output));
    const FileLock lock = lockOutput(outAbs);

    LabelResult result;
    result.csvPath = (outAbs / names::kLabelsCsv).string();
    result.jsonPath = (outAbs / names::kLabelsJson).string();
    result.journalPath = journalPathIn(outAbs.string());
    const std::map<std::string, std::string> alreadyDone =
        params.mode == LabelMode::CsvOnly ? std::map<std::string, std::string>{} : completePending(result.journalPath);

    // The images to label; the output folder is skipped when it lies inside the input folder.
    std::vector<Sample> samples;
    for (auto it = fs::recursive_directory_iterator(params.input, fs::directory_options::skip_permission_denied, ec);
         it != fs::recursive_directory_iterator(); it.increment(ec)) {
        if (ec)
            break;
        const fs::path p = fs::absolute(it->path());
        const std::string name = p.filename().string();
        if (it->is_directory(ec)) {
            if ((!name.empty() && name[0] == '.') || fs::weakly_canonical(p) == outAbs)
                it.disable_recursion_pending();
            continue;
        }
        if (!name.empty() && name[0] != '.' && it->is_regular_file(ec) && hasImageExtension(p)
            && !alreadyDone.count(p.string()))
            samples.push_back({p.string(), 0});
    }
    // Files of this folder that an earlier run into the same output already copied or moved are
    // classified again (where they are now) so that labels.csv lists them, but not copied again.
    std::map<std::string, std::pair<std::string, std::string>> earlier; // readable path -> (source, destination)
    const fs::path inputAbs = fs::absolute(params.input).lexically_normal(); // as the scan writes paths
    for (const auto& [src, dst] : alreadyDone) {
        const fs::path rel = fs::path(src).lexically_normal().lexically_relative(inputAbs);
        if (rel.empty() || *rel.begin() == "..")
            continue; // from another input folder
        const std::string readable = fs::exists(src, ec) ? src : dst;
        if (!fs::exists(readable, ec))
            continue; // gone since: nothing to list
        earlier[readable] = {src, dst};
        samples.push_back({readable, 0});
    }
    std::sort(samples.begin(), samples.end(), [](const Sample& a, const Sample& b) { return a.path < b.path; });

    std::unique_ptr<Journal> journal;
    if (params.mode != LabelMode::CsvOnly) {
        journal = std::make_unique<Journal>(result.journalPath);
        journal->write(Json{{"type", "start"}, {"mode", labelModeName(params.mode)}, {"input", params.input},
                            {"output", outAbs.string()}, {"model", params.model}, {"time", nowIso8601()}});
    }

    LoaderOptions options;
    options.batchSize = params.batchSize;
    options.threads = params.threads;
    options.preprocess = impl.preprocess;
    options.normalize = impl.normalizedInput;
    options.skipUnreadable = true;
    options.evalDecodeMinSide = params.fastDecode ? impl.preprocess.resizeSize : 0;
    BatchLoader loader(samples, reader, options);
    loader.startEpoch(0, false);

    const auto labelling = std::chrono::steady_clock::now();
    result.loadSeconds = std::chrono::duration<double>(labelling - started).count();
    Progress p;
    p.stage = "Labelling";
    p.total = std::int64_t(samples.size());
    RateMeter meter;
    const std::size_t k = impl.classes.size();
    Batch batch;
    try {
        while (loader.next(batch, cancel)) {
            for (const auto& [index, why] : batch.failures) {
                LabelRecord r;
                r.path = samples[index].path;
                r.error = why;
                ++result.failures;
                result.records.push_back(std::move(r));
            }
            if (!batch.indices.empty()) {
                const torch::Tensor probs = torch::softmax(impl.logits(batch.images), 1).to(torch::kCPU).contiguous();
                for (std::size_t i = 0; i < batch.indices.size(); ++i) {
                    const auto top = topClasses(probs.data_ptr<float>() + std::int64_t(i * k), k, params.topK);
                    LabelRecord r;
                    r.path = samples[batch.indices[i]].path;
                    const auto done = earlier.find(r.path);
                    if (done != earlier.end()) {
                        r.path = done->second.first;
                        r.destination = done->second.second;
                        ++result.earlier;
                    }
                    r.label = impl.classes[top.front().first];
                    r.confidence = top.front().second;
                    for (const auto& [c, score] : top)
                        r.top.emplace_back(impl.classes[c], score);
                    const std::string folder = r.confidence < params.threshold ? kUncertain : r.label;
                    ++result.counts[folder];
                    if (journal && done == earlier.end()) {
                        const fs::path dir = outAbs / folder;
                        fs::create_directories(dir, ec);
                        const fs::path dst = uniquePath(dir, fs::path(r.path).filename().string());
                        const std::string op = labelModeName(params.mode);
                        const std::string sha = sha256File(r.path);
                        journal->write(Json{{"type", "plan"}, {"op", op}, {"src", r.path}, {"dst", dst.string()},
                                            {"sha256", sha}});
                        if (params.mode == LabelMode::Move)
                            moveFile(r.path, dst);
                        else
                            copyFile(r.path, dst);
                        journal->write(Json{{"type", "done"}, {"op", op}, {"src", r.path}, {"dst", dst.string()},
                                            {"sha256", sha}});
                        r.destination = dst.string();
                    }
                    result.records.push_back(std::move(r));
                }
            }
            p.done += std::int64_t(batch.indices.size() + batch.failures.size());
            if (progress) {
                meter.update(p);
                p.detail = result.records.empty() ? "" : result.records.back().path;
                progress(p);
            }
        }
    } catch (const CancelledError&) {
        result.stopped = true;
    }
    if (journal)
        journal->write(Json{{"type", result.stopped ? "stopped" : "finished"}, {"time", nowIso8601()}});
    writeOutputs(result, params, impl.classes);
    const auto finished = std::chrono::steady_clock::now();
    result.seconds = std::chrono::duration<double>(finished - started).count();
    const double labelled = std::chrono::duration<double>(finished - labelling).count();
    result.imagesPerSecond = labelled > 0 ? double(result.records.size()) / labelled : 0;
    return result;
}

std::string journalPathIn(const std::string& outputDir) { return (fs::path(outputDir) / names::kLabelJournal).string(); }



int undoableCount(const std::string& journalPath)
{
    std::error_code ec;
    return fs::exists(journalPath, ec) ? int(pendingDone(readJournal(journalPath)).size()) : 0;
}

UndoResult undoLabeling(const std::string& journalPath, const ProgressCallback& progress)
{
    UndoResult result;
    std::error_code ec;
    if (!fs::is_regular_file(journalPath, ec))
        throw Error(journalPath + ": no such journal; give the journal.jsonl of a labelling output folder");
    const FileLock lock = lockOutput(fs::absolute(journalPath).parent_path());
    const std::vector<Json> done = pendingDone(readJournal(journalPath));
    Journal journal(journalPath);
    Progress p;
    p.stage = "Undoing";
    p.total = std::int64_t(done.size());
    for (auto it = done.rbegin(); it != done.rend(); ++it) {
        const fs::path src = it->value("src", ""), dst = it->value("dst", "");
        ++p.done;
        if (!fs::exists(dst, ec)) {
            result.conflicts.push_back(dst.string() + ": no longer there; nothing to undo");
            // Settled: no later undo can do more for it.
            journal.write(Json{{"type", "undone"}, {"op", it->value("op", "")}, {"src", src.string()}, {"dst", dst.string()},
                               {"gone", true}});
            continue;
        }
        if (it->value("op", "") == "move") {
            if (fs::exists(src, ec)) {
                result.conflicts.push_back(src.string() + ": a file of this name exists again; " + dst.string()
                                           + " was left where it is");
                continue;
            }
            fs::create_directories(src.parent_path(), ec);
            moveFile(dst, src);
        } else {
            // Only remove a copy that is still the file we copied.
            if (sha256File(dst) != it->value("sha256", "")) {
                result.conflicts.push_back(dst.string() + ": changed since it was copied; kept");
                continue;
            }
            fs::remove(dst, ec);
        }
        journal.write(Json{{"type", "undone"}, {"op", it->value("op", "")}, {"src", src.string()}, {"dst", dst.string()}});
        ++result.restored;
        if (progress)
            progress(p);
    }
    // Remove class folders left empty by the undo.
    const fs::path out = fs::path(journalPath).parent_path();
    for (const auto& entry : fs::directory_iterator(out, ec))
        if (entry.is_directory(ec) && fs::is_empty(entry.path(), ec))
            fs::remove(entry.path(), ec);
    return result;
}

} // namespace graft
