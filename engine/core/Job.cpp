#include "Job.h"

#include "Error.h"

namespace graft {

void throwIfCancelled(const CancelFlag* cancel)
{
    if (cancel && cancel->load(std::memory_order_relaxed))
        throw CancelledError();
}

RateMeter::RateMeter() { restart(); }

void RateMeter::restart()
{
    m_start = m_last = Clock::now();
    m_lastDone = 0;
    m_rate = 0;
}

void RateMeter::skip(Clock::duration idle)
{
    m_start += idle;
    m_last += idle;
}

void RateMeter::update(Progress& progress)
{
    const auto now = Clock::now();
    const double total = std::chrono::duration<double>(now - m_start).count();
    const double dt = std::chrono::duration<double>(now - m_last).count();
    if (total < 1.0) {
        // Early on the overall average is the best estimate.
        m_rate = total > 0 ? double(progress.done) / total : 0;
        m_last = now;
        m_lastDone = progress.done;
    } else if (dt >= 0.25) {
        const std::int64_t delta = progress.done - m_lastDone;
        if (delta >= 0)
            m_rate = 0.7 * m_rate + 0.3 * (double(delta) / dt);
        m_last = now;
        m_lastDone = progress.done;
    }
    progress.itemsPerSecond = m_rate;
    progress.etaSeconds = (m_rate > 0 && progress.total > 0)
        ? double(progress.total - progress.done) / m_rate : -1;
}

bool Throttle::ready()
{
    const auto now = std::chrono::steady_clock::now();
    if (now - m_last < std::chrono::milliseconds(m_intervalMs))
        return false;
    m_last = now;
    return true;
}

} // namespace graft
