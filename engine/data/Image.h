// An 8-bit RGB image in memory (rows top to bottom, pixels R,G,B): what decoding produces and what
// preprocessing and augmentation work on, independent of the library that decoded it.
#pragma once

#include <cstdint>
#include <vector>

namespace graft {

struct Image
{
    int width = 0;
    int height = 0;
    std::vector<std::uint8_t> rgb; // width * height * 3 bytes

    Image() = default;
    Image(int w, int h) : width(w), height(h), rgb(std::size_t(w) * std::size_t(h) * 3, 0) {}

    bool empty() const { return width <= 0 || height <= 0; }
    std::uint8_t* row(int y) { return rgb.data() + std::size_t(y) * std::size_t(width) * 3; }
    const std::uint8_t* row(int y) const { return rgb.data() + std::size_t(y) * std::size_t(width) * 3; }
    std::uint8_t* pixel(int x, int y) { return row(y) + std::size_t(x) * 3; }
    const std::uint8_t* pixel(int x, int y) const { return row(y) + std::size_t(x) * 3; }
};

} // namespace graft
