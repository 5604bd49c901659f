#include "Device.h"

#include "core/Error.h"
#include "core/ThreadPool.h"

#include <ATen/autocast_mode.h>
#include <dlfcn.h>
#include <torch/version.h>

namespace graft {

void setCpuThreads(int threads)
{
    const int n = threads > 0 ? threads : ThreadPool::defaultThreads();
    if (torch::get_num_threads() != n)
        torch::set_num_threads(n);
}

namespace {
// OpenBLAS's thread count, where the process has OpenBLAS (looked up, not linked: other builds use MKL).
using GetThreads = int (*)();
using SetThreads = void (*)(int);
GetThreads openblasGet() { return reinterpret_cast<GetThreads>(dlsym(RTLD_DEFAULT, "openblas_get_num_threads")); }
SetThreads openblasSet() { return reinterpret_cast<SetThreads>(dlsym(RTLD_DEFAULT, "openblas_set_num_threads")); }
} // namespace

SingleThreadedBlasGuard::SingleThreadedBlasGuard(bool enabled)
{
    if (!enabled)
        return;
    const GetThreads get = openblasGet();
    const SetThreads set = openblasSet();
    if (!get || !set)
        return;
    const int threads = get();
    if (threads > 1) {
        set(1);
        m_restore = threads;
    }
}

SingleThreadedBlasGuard::~SingleThreadedBlasGuard()
{
    if (m_restore > 0)
        if (const SetThreads set = openblasSet())
            set(m_restore);
}

bool cudaAvailable() { return torch::cuda::is_available(); }

void checkDeviceAvailable(DeviceChoice choice)
{
    if (choice == DeviceChoice::Cuda && !cudaAvailable())
        throw Error("a GPU was requested, but this LibTorch build or machine has no CUDA device; "
                    "choose the CPU (--device cpu) or install a CUDA-enabled LibTorch");
}

ExecutionDevice selectDevice(DeviceChoice choice, int threads)
{
    checkDeviceAvailable(choice);
    setCpuThreads(threads);
    ExecutionDevice d;
    d.threads = torch::get_num_threads();
    const bool cuda = cudaAvailable();
    if (cuda && choice != DeviceChoice::Cpu) {
        d.device = torch::Device(torch::kCUDA, 0);
        d.gpuCount = int(torch::cuda::device_count());
        d.description = "CUDA GPU 0 of " + std::to_string(d.gpuCount);
        try {
            // bfloat16 matrix products run natively from Ampere on; older GPUs stay in float32.
            auto a = torch::ones({16, 16}, torch::TensorOptions().device(d.device).dtype(torch::kBFloat16));
            (void)torch::matmul(a, a).sum().item<float>();
            d.bfloat16 = true;
        } catch (const c10::Error&) {
            d.bfloat16 = false;
        }
        return d;
    }
    d.description = "CPU (" + std::to_string(torch::get_num_threads()) + " threads)";
    return d;
}

AutocastGuard::AutocastGuard(bool enabled) : m_enabled(enabled)
{
    if (!m_enabled)
        return;
#if TORCH_VERSION_MAJOR > 2 || (TORCH_VERSION_MAJOR == 2 && TORCH_VERSION_MINOR >= 4)
    at::autocast::set_autocast_enabled(at::kCUDA, true);
    at::autocast::set_autocast_dtype(at::kCUDA, at::kBFloat16);
#else
    at::autocast::set_enabled(true);
    at::autocast::set_autocast_gpu_dtype(at::kBFloat16);
#endif
}

AutocastGuard::~AutocastGuard()
{
    if (!m_enabled)
        return;
#if TORCH_VERSION_MAJOR > 2 || (TORCH_VERSION_MAJOR == 2 && TORCH_VERSION_MINOR >= 4)
    at::autocast::set_autocast_enabled(at::kCUDA, false);
#else
    at::autocast::set_enabled(false);
#endif
    at::autocast::clear_cache();
}

} // namespace graft
