// SHA-256 of bytes and files: duplicate detection in datasets and weights-file checksums.
#pragma once

#include "Job.h"

#include <array>
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>

namespace graft {

class Sha256
{
public:
    Sha256();
    void update(const void* data, std::size_t size);
    void update(std::string_view data) { update(data.data(), data.size()); }
    std::array<std::uint8_t, 32> finish();
    std::string finishHex();

private:
    void block(const std::uint8_t* p);
    std::array<std::uint32_t, 8> m_h;
    std::array<std::uint8_t, 64> m_buffer{};
    std::size_t m_buffered = 0;
    std::uint64_t m_length = 0;
};

std::string sha256Hex(std::string_view data);
// Hashes a file in chunks; reports progress in bytes and honours `cancel`.
std::string sha256File(const std::filesystem::path& path, const ProgressCallback& progress = {},
                       const CancelFlag* cancel = nullptr);

} // namespace graft
