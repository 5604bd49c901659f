#include "ThreadPool.h"

#include <atomic>
#include <exception>

namespace graft {

int ThreadPool::defaultThreads()
{
    const unsigned n = std::thread::hardware_concurrency();
    return n ? int(n) : 2;
}

ThreadPool::ThreadPool(int threads)
{
    const int n = threads > 0 ? threads : defaultThreads();
    m_workers.reserve(std::size_t(n));
    for (int i = 0; i < n; ++i)
        m_workers.emplace_back([this] { run(); });
}

ThreadPool::~ThreadPool()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    for (auto& t : m_workers)
        t.join();
}

void ThreadPool::submit(std::function<void()> task)
{
    {
        std::lock_guard lock(m_mutex);
        m_tasks.push(std::move(task));
    }
    m_wake.notify_one();
}

void ThreadPool::run()
{
    for (;;) {
        std::function<void()> task;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stopping || !m_tasks.empty(); });
            if (m_tasks.empty())
                return;
            task = std::move(m_tasks.front());
            m_tasks.pop();
        }
        task();
    }
}

void parallelFor(std::size_t n, int threads, const std::function<void(std::size_t)>& fn)
{
    const int count = int(std::min<std::size_t>(n, std::size_t(threads > 0 ? threads : ThreadPool::defaultThreads())));
    if (count <= 1) {
        for (std::size_t i = 0; i < n; ++i)
            fn(i);
        return;
    }
    std::atomic<std::size_t> next{0};
    std::exception_ptr error;
    std::mutex errorMutex;
    std::vector<std::thread> workers;
    for (int t = 0; t < count; ++t) {
        workers.emplace_back([&] {
            for (std::size_t i; (i = next.fetch_add(1)) < n;) {
                try {
                    fn(i);
                } catch (...) {
                    std::lock_guard lock(errorMutex);
                    if (!error)
                        error = std::current_exception();
                    next = n; // stop handing out work
                }
            }
        });
    }
    for (auto& w : workers)
        w.join();
    if (error)
        std::rethrow_exception(error);
}

} // namespace graft
