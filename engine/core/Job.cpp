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

void RateMeter::update(Progress& progress)
{
    const auto now = Clock::now();
    const double dt = std::chrono::duration<double>(now - m_last).count();
    const double total = std::chrono::duration<double>(now - m_start).count();
    if (dt >= 0.25 || m_rate == 0) {
        const std::int64_t delta = progress.done - m_lastDone;
        if (dt > 0 && delta >= 0) {
            const double instant = delta / dt;
            // Until a second has passed the overall average is the better estimate.
            m_rate = (m_rate == 0 || total < 1.0) ? (total > 0 ? progress.done / total : instant)
                                                  : 0.7 * m_rate + 0.3 * instant;
        }
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
