// Choosing where LibTorch runs: CUDA when asked for (or on "auto" when a GPU is there), else the CPU
// with the requested number of threads. Internal (torch).
#pragma once

#include "TrainConfig.h"

#include <torch/torch.h>

#include <string>

namespace graft {

struct ExecutionDevice
{
    torch::Device device{torch::kCPU};
    std::string description; // "CPU (8 threads)", "CUDA GPU 0"
    bool bfloat16 = false;   // the GPU computes bfloat16 natively (mixed precision)
    int threads = 1;         // CPU threads
    int gpuCount = 0;
};

// Throws Error when CUDA is requested but not available.
ExecutionDevice selectDevice(DeviceChoice choice, int threads);
// Applies the thread count to LibTorch (process-wide); <= 0 means all cores.
void setCpuThreads(int threads);
// Whether this LibTorch build can use a GPU on this machine.
bool cudaAvailable();
// Throws Error when `choice` asks for a GPU that this build or machine does not have.
void checkDeviceAvailable(DeviceChoice choice);

// RAII: matrix products on one thread while alive, when `enabled` and the BLAS library is
// OpenBLAS (Debian's LibTorch). Training only a head on cached features multiplies small matrices
// at a fast pace; OpenBLAS's own thread pool then spends more time waking and spinning beside
// LibTorch's threads than multiplying (3x to 10x slower on 2 cores: bench/RESULTS.md). Elsewhere
// (MKL, upstream LibTorch) it does nothing.
class SingleThreadedBlasGuard
{
public:
    explicit SingleThreadedBlasGuard(bool enabled);
    ~SingleThreadedBlasGuard();
    SingleThreadedBlasGuard(const SingleThreadedBlasGuard&) = delete;
    SingleThreadedBlasGuard& operator=(const SingleThreadedBlasGuard&) = delete;
    bool active() const { return m_restore > 0; }

private:
    int m_restore = 0; // the thread count to put back; 0 when nothing was changed
};

// RAII: autocast to bfloat16 on CUDA while alive, when `enabled`.
class AutocastGuard
{
public:
    explicit AutocastGuard(bool enabled);
    ~AutocastGuard();
    AutocastGuard(const AutocastGuard&) = delete;
    AutocastGuard& operator=(const AutocastGuard&) = delete;

private:
    bool m_enabled;
};

} // namespace graft
