// A fixed pool of worker threads for the engine's parallel work (decoding, checking files).
#pragma once

#include <condition_variable>
#include <cstddef>
#include <functional>
#include <mutex>
#include <queue>
#include <thread>
#include <vector>

namespace graft {

class ThreadPool
{
public:
    // threads <= 0: one per hardware core.
    explicit ThreadPool(int threads = 0);
    ~ThreadPool();
    ThreadPool(const ThreadPool&) = delete;
    ThreadPool& operator=(const ThreadPool&) = delete;

    void submit(std::function<void()> task);
    int size() const { return int(m_workers.size()); }
    static int defaultThreads();

private:
    void run();
    std::vector<std::thread> m_workers;
    std::queue<std::function<void()>> m_tasks;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stopping = false;
};

// Runs fn(i) for i in [0, n) on `threads` threads (<= 0: all cores) and waits. The first exception
// thrown by any call is rethrown here after the others have finished.
void parallelFor(std::size_t n, int threads, const std::function<void(std::size_t)>& fn);

} // namespace graft
