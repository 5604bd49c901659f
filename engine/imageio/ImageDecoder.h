// Reading image files with OpenCV into 8-bit RGB: the format is recognised from the bytes (not the
// extension), the header's size is checked before decoding (decompression bombs), EXIF orientation is
// applied, grayscale/16-bit/palette/CMYK become RGB, transparency is composited on white, and big
// JPEGs can be decoded at a reduced size.
#pragma once

#include "core/Error.h"
#include "data/DatasetReport.h"
#include "data/Image.h"

#include <cstdint>
#include <string>
#include <string_view>

namespace graft {

class ImageError : public Error
{
public:
    ImageError(FileProblemKind kind, const std::string& message) : Error(message), m_kind(kind) {}
    FileProblemKind kind() const { return m_kind; }

private:
    FileProblemKind m_kind;
};

enum class ImageFormat { Unknown, Jpeg, Png, Bmp, Webp, Tiff, Gif, Heif, Other };
std::string formatName(ImageFormat format);

struct ImageHeader
{
    ImageFormat format = ImageFormat::Unknown;
    int width = 0;  // 0 when the header does not say
    int height = 0;
    int orientation = 1; // EXIF orientation 1..8
    std::string description; // for unknown contents: what it looks like ("HTML page", "PDF document", ...)
};

struct DecodeOptions
{
    std::int64_t maxPixels = 100'000'000;
    // When > 0, a JPEG may be decoded at 1/2, 1/4 or 1/8 size as long as its shorter side stays >= this.
    int minShorterSide = 0;
};

// Reads the header from the file's first bytes (throws ImageError for non-images).
ImageHeader probeImage(std::string_view bytes, const std::string& pathForMessages);
// Decodes file contents; throws ImageError with a message naming the file, the cause and the fix.
Image decodeImage(std::string_view bytes, const std::string& pathForMessages, const DecodeOptions& options = {});
// Reads and decodes a file.
Image readImage(const std::string& path, const DecodeOptions& options = {});
// The bytes of an image file; throws ImageError (Unreadable) saying whether it is missing or locked.
std::string readImageBytes(const std::string& path);
// Writes an RGB image as PNG or JPEG (by extension), atomically.
void writeImage(const Image& image, const std::string& path);
// An RGB image as the bytes of a PNG file.
std::string encodePng(const Image& image);

} // namespace graft
