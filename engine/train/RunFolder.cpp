#include "RunFolder.h"

#include "core/Error.h"
#include "core/Files.h"
#include "core/OutputNames.h"

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <fstream>
#include <set>

namespace graft {

std::vector<BatchPoint> readBatchCurve(const std::string& runDir, int completedEpochs)
{
    std::vector<BatchPoint> points;
    std::ifstream in(fs::path(runDir) / "batches.csv");
    std::string line;
    std::getline(in, line); // header
    while (std::getline(in, line)) {
        BatchPoint p;
        if (std::sscanf(line.c_str(), "%d,%d,%d,%lf,%lf", &p.epoch, &p.batch, &p.batches, &p.loss, &p.learningRate) == 5
            && p.epoch <= completedEpochs)
            points.push_back(p);
    }
    // A resumed run repeats the epoch it lost; keep the last copy of each batch.
    std::vector<BatchPoint> unique;
    std::set<std::pair<int, int>> seen;
    for (auto it = points.rbegin(); it != points.rend(); ++it)
        if (seen.insert({it->epoch, it->batch}).second)
            unique.push_back(*it);
    std::reverse(unique.begin(), unique.end());
    return unique;
}

void appendRunLog(const std::string& runDir, const std::string& time, const LogMessage& message)
{
    {
        std::ofstream out(fs::path(runDir) / names::kRunLog, std::ios::app);
        out << time << "  " << message.text << "\n";
    }
    std::ofstream out(fs::path(runDir) / names::kRunLogJson, std::ios::app);
    const Json line{{"time", time}, {"id", message.id}, {"args", message.args}, {"text", message.text}};
    out << line.dump(-1, ' ', false, Json::error_handler_t::replace) << "\n";
}

namespace {

// The lines of the last `maxBytes` of a file, the first one cut off where the tail began.
std::vector<std::string> tailLines(const fs::path& path, std::size_t maxBytes)
{
    std::vector<std::string> lines;
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return lines;
    in.seekg(0, std::ios::end);
    const std::streamoff size = in.tellg();
    const bool cut = size > std::streamoff(maxBytes);
    in.seekg(cut ? size - std::streamoff(maxBytes) : 0);
    std::string line;
    if (cut)
        std::getline(in, line);
    while (std::getline(in, line))
        if (!line.empty())
            lines.push_back(line);
    return lines;
}

} // namespace

std::vector<RunLogLine> readRunLog(const std::string& runDir, std::size_t maxBytes)
{
    std::vector<RunLogLine> log;
    std::error_code ec;
    if (fs::exists(fs::path(runDir) / names::kRunLogJson, ec)) {
        for (const std::string& line : tailLines(fs::path(runDir) / names::kRunLogJson, maxBytes)) {
            const Json j = Json::parse(line, nullptr, false);
            if (!j.is_object()) // a line cut by a crash
                continue;
            RunLogLine l;
            l.time = j.value("time", "");
            l.message.id = j.value("id", "");
            l.message.text = j.value("text", "");
            for (const auto& a : j.value("args", Json::array()))
                if (a.is_string())
                    l.message.args.push_back(a.get<std::string>());
            log.push_back(std::move(l));
        }
        return log;
    }
    for (const std::string& line : tailLines(fs::path(runDir) / names::kRunLog, maxBytes)) {
        RunLogLine l;
        const std::size_t gap = line.find("  ");
        if (gap == 20 && line[gap - 1] == 'Z') { // "2026-11-27T12:19:24Z  text"
            l.time = line.substr(0, gap);
            l.message.text = line.substr(gap + 2);
        } else {
            l.message.text = line;
        }
        log.push_back(std::move(l));
    }
    return log;
}

std::string nowIso8601()
{
    std::time_t t = std::time(nullptr);
    std::tm tm{};
    gmtime_r(&t, &tm);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return buf;
}

Json EpochMetrics::toJson() const
{
    Json j{{"epoch", epoch},
           {"train_loss", trainLoss},
           {"train_accuracy", trainAccuracy},
           {"learning_rate", learningRate},
           {"seconds", seconds},
           {"best", best}};
    if (hasValidation)
        j["validation"] = validation.toJson();
    return j;
}

EpochMetrics EpochMetrics::fromJson(const Json& j)
{
    EpochMetrics m;
    m.epoch = j.value("epoch", 0);
    m.trainLoss = j.value("train_loss", 0.0);
    m.trainAccuracy = j.value("train_accuracy", 0.0);
    m.learningRate = j.value("learning_rate", 0.0);
    m.seconds = j.value("seconds", 0.0);
    m.best = j.value("best", false);
    if (j.contains("validation")) {
        m.hasValidation = true;
        m.validation = ClassificationMetrics::fromJson(j.at("validation"));
    }
    return m;
}

double RunInfo::bestAccuracy() const
{
    const EpochMetrics* best = bestMetrics();
    return best && best->hasValidation ? best->validation.accuracy : -1;
}

const EpochMetrics* RunInfo::bestMetrics() const
{
    for (const auto& h : history)
        if (h.epoch == bestEpoch)
            return &h;
    return nullptr;
}

Json RunInfo::toJson() const
{
    Json hist = Json::array();
    for (const auto& h : history)
        hist.push_back(h.toJson());
    return Json{{"format", "graft-run"}, {"version", 1},       {"status", status},
                {"message", message},    {"created", created}, {"updated", updated},
                {"device", device},      {"feature_cache", usedFeatureCache},
                {"classes", classes},    {"best_epoch", bestEpoch},
                {"config", config.toJson()}, {"history", hist}};
}

void RunInfo::save() const { writeFileAtomic(fs::path(dir) / names::kRunInfo, toJson().dump(1)); }

bool RunInfo::isBeingTrained(const std::string& dir)
{
    return FileLock::isHeld(fs::path(dir) / names::kRunLock);
}

std::string RunInfo::stateOf(const std::string& status, const std::string& dir)
{
    if ((status == "running" || status == "new") && !isBeingTrained(dir))
        return "interrupted";
    return status;
}

std::string runFolderOfModel(const std::string& modelPath)
{
    std::error_code ec;
    fs::path dir = modelPath;
    if (!fs::is_directory(dir, ec))
        dir = dir.parent_path();
    return !dir.empty() && fs::exists(dir / names::kRunInfo, ec) ? dir.string() : std::string();
}

std::vector<std::string> findRunFolders(const std::string& dir)
{
    if (RunInfo::exists(dir))
        return {dir};
    std::vector<std::string> runs;
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(dir, ec))
        if (entry.is_directory(ec) && RunInfo::exists(entry.path().string()))
            runs.push_back(entry.path().string());
    std::sort(runs.begin(), runs.end());
    return runs;
}

FileLock lockRunFolder(const std::string& dir)
{
    FileLock lock;
    if (!lock.tryLock(fs::path(dir) / names::kRunLock))
        throw Error(LogMessage{logid::kErrorRunBusy, {dir},
                               dir + ": this run is being trained right now (by another Graft window or graft-cli); "
                                     "wait for it to end, or stop it there first"});
    return lock;
}

bool RunInfo::exists(const std::string& dir)
{
    std::error_code ec;
    return fs::exists(fs::path(dir) / names::kRunInfo, ec);
}

void RunInfo::requireNone(const std::string& dir)
{
    if (exists(dir))
        throw Error(dir + ": already holds a run; resume it ('graft-cli resume " + dir + "') or choose a new folder");
}

RunInfo RunInfo::load(const std::string& dir)
{
    const fs::path file = fs::path(dir) / names::kRunInfo;
    if (!RunInfo::exists(dir))
        throw Error(dir + ": not a Graft run folder (no run.json); give the folder passed to 'train --out'");
    try {
        const Json j = Json::parse(readFile(file));
        RunInfo r;
        r.dir = dir;
        r.status = j.value("status", std::string("unknown"));
        r.message = j.value("message", std::string());
        r.created = j.value("created", std::string());
        r.updated = j.value("updated", std::string());
        r.device = j.value("device", std::string());
        r.usedFeatureCache = j.value("feature_cache", false);
        r.classes = j.at("classes").get<std::vector<std::string>>();
        r.bestEpoch = j.value("best_epoch", 0);
        r.config = TrainConfig::fromJson(j.at("config"));
        for (const auto& h : j.value("history", Json::array()))
            r.history.push_back(EpochMetrics::fromJson(h));
        return r;
    } catch (const Json::exception& e) {
        throw Error(displayPath(file) + ": damaged run file (" + e.what() + ")");
    }
}

} // namespace graft
