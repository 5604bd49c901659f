#include "ImageDecoder.h"

#include "core/Files.h"

#include <opencv2/core.hpp>
#include <opencv2/core/utils/logger.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cstring>
#include <mutex>

namespace graft {

std::string formatName(ImageFormat format)
{
    switch (format) {
    case ImageFormat::Jpeg: return "JPEG";
    case ImageFormat::Png: return "PNG";
    case ImageFormat::Bmp: return "BMP";
    case ImageFormat::Webp: return "WebP";
    case ImageFormat::Tiff: return "TIFF";
    case ImageFormat::Gif: return "GIF";
    case ImageFormat::Heif: return "HEIF/AVIF";
    case ImageFormat::Other: return "other";
    case ImageFormat::Unknown: break;
    }
    return "unknown";
}

namespace {

std::uint32_t be16(const unsigned char* p) { return std::uint32_t(p[0]) << 8 | p[1]; }
std::uint32_t be32(const unsigned char* p) { return be16(p) << 16 | be16(p + 2); }
std::uint32_t le16(const unsigned char* p) { return std::uint32_t(p[1]) << 8 | p[0]; }
std::uint32_t le32(const unsigned char* p) { return le16(p + 2) << 16 | le16(p); }
std::uint32_t le24(const unsigned char* p) { return std::uint32_t(p[2]) << 16 | std::uint32_t(p[1]) << 8 | p[0]; }

// Reads the orientation tag (0x0112) from a TIFF structure (EXIF payloads are TIFF structures too).
int tiffOrientation(const unsigned char* p, std::size_t n)
{
    if (n < 8)
        return 1;
    const bool little = p[0] == 'I' && p[1] == 'I';
    if (!little && !(p[0] == 'M' && p[1] == 'M'))
        return 1;
    auto u16 = [&](std::size_t off) { return off + 2 <= n ? (little ? le16(p + off) : be16(p + off)) : 0u; };
    auto u32 = [&](std::size_t off) { return off + 4 <= n ? (little ? le32(p + off) : be32(p + off)) : 0u; };
    const std::size_t ifd = u32(4);
    if (ifd + 2 > n)
        return 1;
    const unsigned count = u16(ifd);
    for (unsigned i = 0; i < count; ++i) {
        const std::size_t entry = ifd + 2 + std::size_t(i) * 12;
        if (entry + 12 > n)
            break;
        if (u16(entry) == 0x0112) {
            const unsigned v = u16(entry + 8);
            return (v >= 1 && v <= 8) ? int(v) : 1;
        }
    }
    return 1;
}

void tiffSize(const unsigned char* p, std::size_t n, int& w, int& h)
{
    const bool little = p[0] == 'I';
    auto u16 = [&](std::size_t off) { return off + 2 <= n ? (little ? le16(p + off) : be16(p + off)) : 0u; };
    auto u32 = [&](std::size_t off) { return off + 4 <= n ? (little ? le32(p + off) : be32(p + off)) : 0u; };
    const std::size_t ifd = u32(4);
    if (ifd + 2 > n)
        return;
    const unsigned count = u16(ifd);
    for (unsigned i = 0; i < count; ++i) {
        const std::size_t e = ifd + 2 + std::size_t(i) * 12;
        if (e + 12 > n)
            break;
        const unsigned tag = u16(e), type = u16(e + 2);
        const unsigned value = type == 3 ? u16(e + 8) : u32(e + 8);
        if (tag == 256)
            w = int(value);
        else if (tag == 257)
            h = int(value);
    }
}

bool startsWithText(std::string_view bytes, std::string_view text)
{
    return bytes.size() >= text.size() && std::equal(text.begin(), text.end(), bytes.begin(), [](char a, char b) {
               return std::tolower(static_cast<unsigned char>(a)) == std::tolower(static_cast<unsigned char>(b));
           });
}

std::string describeNonImage(std::string_view bytes)
{
    std::size_t i = 0;
    if (bytes.size() >= 3 && static_cast<unsigned char>(bytes[0]) == 0xEF) // UTF-8 BOM
        i = 3;
    while (i < bytes.size() && std::isspace(static_cast<unsigned char>(bytes[i])))
        ++i;
    const std::string_view head = bytes.substr(i, 256);
    if (startsWithText(head, "<!doctype html") || startsWithText(head, "<html") || startsWithText(head, "<head"))
        return "an HTML page saved with an image's name";
    if (startsWithText(head, "<svg") || (startsWithText(head, "<?xml") && head.find("<svg") != std::string_view::npos))
        return "an SVG drawing (vector graphics); export it as PNG";
    if (startsWithText(head, "%PDF"))
        return "a PDF document";
    if (startsWithText(head, "{") || startsWithText(head, "["))
        return "a JSON text file";
    if (bytes.size() >= 4 && bytes.substr(0, 4) == std::string_view("PK\x03\x04", 4))
        return "a ZIP archive";
    const bool text = std::all_of(head.begin(), head.end(), [](char c) {
        const auto u = static_cast<unsigned char>(c);
        return u >= 0x20 || u == '\n' || u == '\r' || u == '\t' || u >= 0x80;
    });
    return text && !head.empty() ? "a text file" : "not an image format we know";
}

void silenceOpenCv()
{
    static std::once_flag once;
    std::call_once(once, [] { cv::utils::logging::setLogLevel(cv::utils::logging::LOG_LEVEL_SILENT); });
}

cv::Mat applyOrientation(cv::Mat m, int orientation)
{
    switch (orientation) {
    case 2: cv::flip(m, m, 1); break;
    case 3: cv::rotate(m, m, cv::ROTATE_180); break;
    case 4: cv::flip(m, m, 0); break;
    case 5: cv::transpose(m, m); break;
    case 6: cv::rotate(m, m, cv::ROTATE_90_CLOCKWISE); break;
    case 7: cv::transpose(m, m); cv::rotate(m, m, cv::ROTATE_180); break;
    case 8: cv::rotate(m, m, cv::ROTATE_90_COUNTERCLOCKWISE); break;
    default: break;
    }
    return m;
}

Image toRgb8(const cv::Mat& input)
{
    cv::Mat m = input;
    if (m.depth() == CV_16U)
        m.convertTo(m, CV_8U, 1.0 / 257.0);
    else if (m.depth() == CV_32F || m.depth() == CV_64F)
        m.convertTo(m, CV_8U, 255.0);
    else if (m.depth() != CV_8U)
        m.convertTo(m, CV_8U);
    cv::Mat rgb;
    if (m.channels() == 1) {
        cv::cvtColor(m, rgb, cv::COLOR_GRAY2RGB);
    } else if (m.channels() == 3) {
        cv::cvtColor(m, rgb, cv::COLOR_BGR2RGB);
    } else if (m.channels() == 2 || m.channels() == 4) {
        // Composite on white: transparent pixels become white, as a viewer would show them.
        rgb.create(m.rows, m.cols, CV_8UC3);
        const int ch = m.channels();
        for (int y = 0; y < m.rows; ++y) {
            const std::uint8_t* s = m.ptr<std::uint8_t>(y);
            std::uint8_t* d = rgb.ptr<std::uint8_t>(y);
            for (int x = 0; x < m.cols; ++x, s += ch, d += 3) {
                const int a = s[ch - 1];
                auto mix = [a](int c) { return std::uint8_t((c * a + 255 * (255 - a) + 127) / 255); };
                if (ch == 4) { // BGRA
                    d[0] = mix(s[2]);
                    d[1] = mix(s[1]);
                    d[2] = mix(s[0]);
                } else {
                    d[0] = d[1] = d[2] = mix(s[0]);
                }
            }
        }
    } else {
        throw Error("unsupported channel count " + std::to_string(m.channels()));
    }
    Image out(rgb.cols, rgb.rows);
    for (int y = 0; y < rgb.rows; ++y)
        std::memcpy(out.row(y), rgb.ptr<std::uint8_t>(y), std::size_t(rgb.cols) * 3);
    return out;
}

bool jpegHasEnd(std::string_view bytes)
{
    // Truncated JPEGs decode to a grey-filled picture with only a warning; we treat them as damaged.
    const std::size_t tail = std::min<std::size_t>(bytes.size(), 4096);
    const std::string_view end = bytes.substr(bytes.size() - tail);
    for (std::size_t i = end.size(); i-- > 1;)
        if (static_cast<unsigned char>(end[i - 1]) == 0xFF && static_cast<unsigned char>(end[i]) == 0xD9)
            return true;
    return false;
}

} // namespace

ImageHeader probeImage(std::string_view bytes, const std::string& path)
{
    ImageHeader h;
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
    const std::size_t n = bytes.size();
    if (n == 0)
        throw ImageError(FileProblemKind::Empty, path + ": empty file (0 bytes); remove it or copy it again");

    if (n >= 3 && p[0] == 0xFF && p[1] == 0xD8 && p[2] == 0xFF) {
        h.format = ImageFormat::Jpeg;
        std::size_t i = 2;
        while (i + 9 < n) {
            if (p[i] != 0xFF) {
                ++i;
                continue;
            }
            const unsigned marker = p[i + 1];
            if (marker == 0xFF) {
                ++i;
                continue;
            }
            if (marker == 0xD8 || (marker >= 0xD0 && marker <= 0xD7) || marker == 0x01) {
                i += 2;
                continue;
            }
            const std::size_t len = be16(p + i + 2);
            if (marker == 0xE1 && i + 10 < n && std::memcmp(p + i + 4, "Exif\0\0", 6) == 0)
                h.orientation = tiffOrientation(p + i + 10, std::min(n - (i + 10), len > 8 ? len - 8 : 0));
            const bool sof = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
            if (sof) {
                h.height = int(be16(p + i + 5));
                h.width = int(be16(p + i + 7));
                break;
            }
            if (marker == 0xDA)
                break;
            i += 2 + len;
        }
    } else if (n >= 24 && std::memcmp(p, "\x89PNG\r\n\x1a\n", 8) == 0) {
        h.format = ImageFormat::Png;
        // The size is only trusted from the IHDR chunk that must come first; anything else is damage.
        if (std::memcmp(p + 12, "IHDR", 4) == 0) {
            h.width = int(be32(p + 16));
            h.height = int(be32(p + 20));
        }
        // An eXIf chunk may carry an orientation; walk the chunks before IDAT.
        std::size_t i = 8;
        while (i + 12 <= n) {
            const std::size_t len = be32(p + i);
            if (std::memcmp(p + i + 4, "IDAT", 4) == 0)
                break;
            if (std::memcmp(p + i + 4, "eXIf", 4) == 0 && i + 8 + len <= n)
                h.orientation = tiffOrientation(p + i + 8, len);
            i += 12 + len;
        }
    } else if (n >= 26 && p[0] == 'B' && p[1] == 'M') {
        h.format = ImageFormat::Bmp;
        h.width = int(le32(p + 18));
        h.height = std::abs(int(le32(p + 22)));
    } else if (n >= 30 && std::memcmp(p, "RIFF", 4) == 0 && std::memcmp(p + 8, "WEBP", 4) == 0) {
        h.format = ImageFormat::Webp;
        if (std::memcmp(p + 12, "VP8 ", 4) == 0) {
            h.width = int(le16(p + 26) & 0x3FFF);
            h.height = int(le16(p + 28) & 0x3FFF);
        } else if (std::memcmp(p + 12, "VP8L", 4) == 0) {
            const std::uint32_t bits = le32(p + 21);
            h.width = int((bits & 0x3FFF) + 1);
            h.height = int(((bits >> 14) & 0x3FFF) + 1);
        } else if (std::memcmp(p + 12, "VP8X", 4) == 0) {
            h.width = int(le24(p + 24) + 1);
            h.height = int(le24(p + 27) + 1);
            std::size_t i = 12;
            while (i + 8 <= n) {
                const std::size_t len = le32(p + i + 4);
                if (std::memcmp(p + i, "EXIF", 4) == 0 && i + 8 + len <= n)
                    h.orientation = tiffOrientation(p + i + 8, len);
                i += 8 + len + (len & 1);
            }
        }
    } else if (n >= 8 && ((p[0] == 'I' && p[1] == 'I' && p[2] == 42 && p[3] == 0)
                          || (p[0] == 'M' && p[1] == 'M' && p[2] == 0 && p[3] == 42))) {
        h.format = ImageFormat::Tiff;
        tiffSize(p, n, h.width, h.height);
        h.orientation = tiffOrientation(p, n);
    } else if (n >= 6 && (std::memcmp(p, "GIF87a", 6) == 0 || std::memcmp(p, "GIF89a", 6) == 0)) {
        h.format = ImageFormat::Gif;
        throw ImageError(FileProblemKind::UnsupportedFormat,
                         path + ": GIF images are not supported; convert it to PNG");
    } else if (n >= 12 && std::memcmp(p + 4, "ftyp", 4) == 0
               && (std::memcmp(p + 8, "heic", 4) == 0 || std::memcmp(p + 8, "heix", 4) == 0
                   || std::memcmp(p + 8, "mif1", 4) == 0 || std::memcmp(p + 8, "avif", 4) == 0)) {
        h.format = ImageFormat::Heif;
        throw ImageError(FileProblemKind::UnsupportedFormat,
                         path + ": HEIC/AVIF images are not supported; convert it to JPEG or PNG");
    } else {
        throw ImageError(FileProblemKind::NotAnImage,
                         path + ": not an image (" + describeNonImage(bytes) + "); move it out of the image folder");
    }
    return h;
}

Image decodeImage(std::string_view bytes, const std::string& path, const DecodeOptions& options)
{
    silenceOpenCv();
    const ImageHeader h = probeImage(bytes, path);
    if (h.width <= 0 || h.height <= 0)
        throw ImageError(FileProblemKind::Corrupt,
                         path + ": damaged " + formatName(h.format) + " file (no valid size in its header); "
                         "re-export or remove it");
    const std::int64_t pixels = std::int64_t(h.width) * h.height;
    if (options.maxPixels > 0 && pixels > options.maxPixels)
        throw ImageError(FileProblemKind::TooLarge,
                         path + ": " + std::to_string(h.width) + "x" + std::to_string(h.height) + " pixels is over the "
                         + std::to_string(options.maxPixels / 1000000) + " megapixel limit; scale it down first");
    if (h.format == ImageFormat::Jpeg && !jpegHasEnd(bytes))
        throw ImageError(FileProblemKind::Corrupt, path + ": truncated JPEG (the file ends early); copy it again");
    if (h.format == ImageFormat::Png && bytes.find("IEND") == std::string_view::npos)
        throw ImageError(FileProblemKind::Corrupt, path + ": truncated PNG (the file ends early); copy it again");

    int flags = cv::IMREAD_UNCHANGED;
    if (h.format == ImageFormat::Jpeg) {
        flags = cv::IMREAD_COLOR | cv::IMREAD_IGNORE_ORIENTATION;
        const int shorter = std::min(h.width, h.height);
        if (options.minShorterSide > 0) {
            if (shorter / 8 >= options.minShorterSide)
                flags = cv::IMREAD_REDUCED_COLOR_8 | cv::IMREAD_IGNORE_ORIENTATION;
            else if (shorter / 4 >= options.minShorterSide)
                flags = cv::IMREAD_REDUCED_COLOR_4 | cv::IMREAD_IGNORE_ORIENTATION;
            else if (shorter / 2 >= options.minShorterSide)
                flags = cv::IMREAD_REDUCED_COLOR_2 | cv::IMREAD_IGNORE_ORIENTATION;
        }
    }
    cv::Mat m;
    try {
        const cv::Mat buffer(1, int(bytes.size()), CV_8UC1, const_cast<char*>(bytes.data()));
        m = cv::imdecode(buffer, flags);
    } catch (const cv::Exception& e) {
        throw ImageError(FileProblemKind::Corrupt, path + ": damaged " + formatName(h.format) + " file ("
                                                      + e.msg + "); re-export or remove it");
    }
    if (m.empty())
        throw ImageError(FileProblemKind::Corrupt,
                         path + ": damaged " + formatName(h.format) + " file (cannot decode); re-export or remove it");
    return toRgb8(applyOrientation(m, h.orientation));
}

std::string readImageBytes(const std::string& path)
{
    try {
        return readFile(path);
    } catch (const Error& e) {
        std::error_code ec;
        if (!fs::exists(path, ec))
            throw ImageError(FileProblemKind::Unreadable,
                             path + ": file not found; check the path, or put the file back if it was moved or deleted");
        if (fs::is_directory(path, ec))
            throw ImageError(FileProblemKind::NotAnImage, std::string(e.what()) + "; give an image file");
        throw ImageError(FileProblemKind::Unreadable, std::string(e.what()) + "; check the file's permissions");
    }
}

Image readImage(const std::string& path, const DecodeOptions& options)
{
    return decodeImage(readImageBytes(path), path, options);
}

namespace {
// `image` in the format of `extension` (".png", ".jpg"); empty when OpenCV cannot write it.
std::string encodeAs(const Image& image, const std::string& extension)
{
    cv::Mat rgb(image.height, image.width, CV_8UC3, const_cast<std::uint8_t*>(image.rgb.data()));
    cv::Mat bgr;
    cv::cvtColor(rgb, bgr, cv::COLOR_RGB2BGR);
    std::vector<uchar> buf;
    if (!cv::imencode(extension, bgr, buf))
        return {};
    return std::string(reinterpret_cast<const char*>(buf.data()), buf.size());
}
} // namespace

std::string encodePng(const Image& image)
{
    std::string png = encodeAs(image, ".png");
    if (png.empty())
        throw Error("cannot encode a " + std::to_string(image.width) + "x" + std::to_string(image.height) + " picture as PNG");
    return png;
}

void writeImage(const Image& image, const std::string& path)
{
    std::string ext = fs::path(path).extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    const std::string bytes = encodeAs(image, ext.empty() ? ".png" : ext);
    if (bytes.empty())
        throw Error(path + ": cannot encode an image with this extension; use .png or .jpg");
    writeFileAtomic(path, bytes);
}

} // namespace graft
