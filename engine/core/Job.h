// The contract of every long engine job: a params struct in, a result out, progress reported through
// a plain callback and a stop requested through an atomic flag (the app turns both into Qt signals).
#pragma once

#include <atomic>
#include <chrono>
#include <cstdint>
#include <functional>
#include <string>

namespace graft {

struct Progress
{
    std::string stage;        // what is being done, e.g. "Checking images"
    std::int64_t done = 0;    // items finished
    std::int64_t total = 0;   // items in all (0 = unknown)
    double itemsPerSecond = 0;
    double etaSeconds = -1;   // < 0: unknown
    std::string detail;       // e.g. the file being worked on
};

using ProgressCallback = std::function<void(const Progress&)>;
using CancelFlag = std::atomic<bool>;

// Throws CancelledError if the flag is set; a null flag never cancels.
void throwIfCancelled(const CancelFlag* cancel);

// Measures throughput and remaining time with an exponentially smoothed rate.
class RateMeter
{
public:
    RateMeter();
    void restart();
    // Records that `done` of `total` items are finished and fills in rate and ETA.
    void update(Progress& progress);
    // Leaves out time that was not spent working (a pause) from the rate.
    void skip(std::chrono::steady_clock::duration idle);

private:
    using Clock = std::chrono::steady_clock;
    Clock::time_point m_start;
    Clock::time_point m_last;
    std::int64_t m_lastDone = 0;
    double m_rate = 0;
};

// Limits how often a callback fires (e.g. for per-file progress of thousands of files).
class Throttle
{
public:
    explicit Throttle(int intervalMs = 100) : m_intervalMs(intervalMs) {}
    bool ready();

private:
    int m_intervalMs;
    std::chrono::steady_clock::time_point m_last{};
};

} // namespace graft
