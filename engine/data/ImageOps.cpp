#include "ImageOps.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <vector>

namespace graft {

namespace {

// ---- Pillow's resampling (libImaging/Resample.c, Pillow 9), reproduced for 8-bit RGB ----

constexpr int kPrecisionBits = 32 - 8 - 2;

double bilinearFilter(double x)
{
    x = std::fabs(x);
    return x < 1.0 ? 1.0 - x : 0.0;
}

double bicubicFilter(double x)
{
    constexpr double a = -0.5;
    x = std::fabs(x);
    if (x < 1.0)
        return ((a + 2.0) * x - (a + 3.0)) * x * x + 1;
    if (x < 2.0)
        return (((x - 5) * x + 8) * x - 4) * a;
    return 0.0;
}

double nearestFilter(double x) { return (x >= -0.5 && x < 0.5) ? 1.0 : 0.0; }

struct Coefficients
{
    int ksize = 0;
    std::vector<int> bounds;  // (min, count) per output pixel
    std::vector<int> weights; // ksize per output pixel, fixed point
};

Coefficients precompute(int inSize, double in0, double in1, int outSize, Interpolation interp)
{
    double (*filter)(double) = bilinearFilter;
    double support = 1.0;
    if (interp == Interpolation::Bicubic) {
        filter = bicubicFilter;
        support = 2.0;
    } else if (interp == Interpolation::Nearest) {
        filter = nearestFilter;
        support = 0.5;
    }
    double scale = (in1 - in0) / outSize;
    double filterscale = scale < 1.0 ? 1.0 : scale;
    support *= filterscale;

    Coefficients c;
    c.ksize = int(std::ceil(support)) * 2 + 1;
    c.bounds.resize(std::size_t(outSize) * 2);
    std::vector<double> kk(std::size_t(outSize) * std::size_t(c.ksize), 0.0);
    for (int xx = 0; xx < outSize; ++xx) {
        const double center = in0 + (xx + 0.5) * scale;
        const double ss = 1.0 / filterscale;
        int xmin = int(center - support + 0.5);
        if (xmin < 0)
            xmin = 0;
        int xmax = int(center + support + 0.5);
        if (xmax > inSize)
            xmax = inSize;
        xmax -= xmin;
        double* k = &kk[std::size_t(xx) * std::size_t(c.ksize)];
        double ww = 0.0;
        for (int x = 0; x < xmax; ++x) {
            const double w = filter((x + xmin - center + 0.5) * ss);
            k[x] = w;
            ww += w;
        }
        for (int x = 0; x < xmax; ++x)
            if (ww != 0.0)
                k[x] /= ww;
        c.bounds[std::size_t(xx) * 2] = xmin;
        c.bounds[std::size_t(xx) * 2 + 1] = xmax;
    }
    c.weights.resize(kk.size());
    for (std::size_t i = 0; i < kk.size(); ++i)
        c.weights[i] = kk[i] < 0 ? int(-0.5 + kk[i] * (1 << kPrecisionBits)) : int(0.5 + kk[i] * (1 << kPrecisionBits));
    return c;
}

inline std::uint8_t clip8(int v)
{
    if (v >= (1 << kPrecisionBits << 8))
        return 255;
    if (v <= 0)
        return 0;
    return std::uint8_t(v >> kPrecisionBits);
}

// Horizontal pass over rows [offset, offset + out.height) of `in`.
void resampleHorizontal(Image& out, const Image& in, int offset, const Coefficients& c)
{
    for (int yy = 0; yy < out.height; ++yy) {
        const std::uint8_t* src = in.row(yy + offset);
        std::uint8_t* dst = out.row(yy);
        for (int xx = 0; xx < out.width; ++xx) {
            const int xmin = c.bounds[std::size_t(xx) * 2];
            const int xmax = c.bounds[std::size_t(xx) * 2 + 1];
            const int* k = &c.weights[std::size_t(xx) * std::size_t(c.ksize)];
            int s0 = 1 << (kPrecisionBits - 1), s1 = s0, s2 = s0;
            const std::uint8_t* p = src + std::size_t(xmin) * 3;
            for (int x = 0; x < xmax; ++x, p += 3) {
                s0 += p[0] * k[x];
                s1 += p[1] * k[x];
                s2 += p[2] * k[x];
            }
            dst[xx * 3] = clip8(s0);
            dst[xx * 3 + 1] = clip8(s1);
            dst[xx * 3 + 2] = clip8(s2);
        }
    }
}

void resampleVertical(Image& out, const Image& in, const Coefficients& c, int boundsShift)
{
    const std::size_t stride = std::size_t(in.width) * 3;
    std::vector<int> acc(stride);
    for (int yy = 0; yy < out.height; ++yy) {
        const int ymin = c.bounds[std::size_t(yy) * 2] - boundsShift;
        const int ymax = c.bounds[std::size_t(yy) * 2 + 1];
        const int* k = &c.weights[std::size_t(yy) * std::size_t(c.ksize)];
        std::fill(acc.begin(), acc.end(), 1 << (kPrecisionBits - 1));
        for (int y = 0; y < ymax; ++y) {
            const std::uint8_t* src = in.row(ymin + y);
            const int w = k[y];
            for (std::size_t i = 0; i < stride; ++i)
                acc[i] += src[i] * w;
        }
        std::uint8_t* dst = out.row(yy);
        for (std::size_t i = 0; i < stride; ++i)
            dst[i] = clip8(acc[i]);
    }
}

inline std::uint8_t clampByte(double v)
{
    return std::uint8_t(std::clamp(v, 0.0, 255.0));
}

// PIL's Image.blend(a, b, alpha) = a + alpha * (b - a), computed in float and truncated as libImaging does.
Image blend(const Image& a, const Image& b, double alpha)
{
    Image out(a.width, a.height);
    for (std::size_t i = 0; i < a.rgb.size(); ++i) {
        const double v = a.rgb[i] + alpha * (double(b.rgb[i]) - a.rgb[i]);
        out.rgb[i] = v <= 0.0 ? 0 : v >= 255.0 ? 255 : std::uint8_t(v);
    }
    return out;
}

// PIL's convert("L") with ITU-R 601-2 luma in fixed point: L = (R*19595 + G*38470 + B*7471 + 0x8000) >> 16
inline std::uint8_t luma(const std::uint8_t* p)
{
    return std::uint8_t((p[0] * 19595 + p[1] * 38470 + p[2] * 7471 + 0x8000) >> 16);
}

} // namespace

Image resize(const Image& src, int width, int height, Interpolation interp)
{
    if (src.empty() || width <= 0 || height <= 0)
        return Image(std::max(width, 0), std::max(height, 0));
    if (width == src.width && height == src.height)
        return src;
    const bool needH = width != src.width;
    const bool needV = height != src.height;
    const Coefficients ch = precompute(src.width, 0, src.width, width, interp);
    const Coefficients cv = precompute(src.height, 0, src.height, height, interp);
    const int yFirst = cv.bounds[0];
    const int yLast = cv.bounds[std::size_t(height) * 2 - 2] + cv.bounds[std::size_t(height) * 2 - 1];

    if (needH) {
        Image temp(width, yLast - yFirst);
        resampleHorizontal(temp, src, yFirst, ch);
        if (!needV)
            return temp;
        Image out(width, height);
        resampleVertical(out, temp, cv, yFirst);
        return out;
    }
    Image out(width, height);
    resampleVertical(out, src, cv, 0);
    return out;
}

Image resizeShorterSide(const Image& src, int size, Interpolation interp)
{
    // torchvision's _compute_resized_output_size: the longer side is truncated, not rounded.
    const int w = src.width, h = src.height;
    if (w <= h) {
        const int newH = int(std::int64_t(size) * h / w);
        if (w == size && h == newH)
            return src;
        return resize(src, size, newH, interp);
    }
    const int newW = int(std::int64_t(size) * w / h);
    if (h == size && w == newW)
        return src;
    return resize(src, newW, size, interp);
}

Image crop(const Image& src, int left, int top, int width, int height)
{
    Image out(width, height);
    for (int y = 0; y < height; ++y) {
        const int sy = top + y;
        if (sy < 0 || sy >= src.height)
            continue;
        const int x0 = std::max(0, -left);
        const int x1 = std::min(width, src.width - left);
        if (x1 > x0)
            std::memcpy(out.pixel(x0, y), src.pixel(left + x0, sy), std::size_t(x1 - x0) * 3);
    }
    return out;
}

Image centerCrop(const Image& src, int width, int height)
{
    if (width == src.width && height == src.height)
        return src;
    if (width > src.width || height > src.height) {
        // torchvision pads first (left/top get the smaller half), then crops what remains.
        const int padLeft = width > src.width ? (width - src.width) / 2 : 0;
        const int padTop = height > src.height ? (height - src.height) / 2 : 0;
        const int padRight = width > src.width ? (width - src.width + 1) / 2 : 0;
        const int padBottom = height > src.height ? (height - src.height + 1) / 2 : 0;
        Image padded = crop(src, -padLeft, -padTop, src.width + padLeft + padRight, src.height + padTop + padBottom);
        return centerCrop(padded, width, height);
    }
    // Python's round() rounds halves to even, as does nearbyint in the default rounding mode.
    const int top = int(std::nearbyint((src.height - height) / 2.0));
    const int left = int(std::nearbyint((src.width - width) / 2.0));
    return crop(src, left, top, width, height);
}

Image flipHorizontal(const Image& src)
{
    Image out(src.width, src.height);
    for (int y = 0; y < src.height; ++y)
        for (int x = 0; x < src.width; ++x)
            std::memcpy(out.pixel(x, y), src.pixel(src.width - 1 - x, y), 3);
    return out;
}

Image rotate(const Image& src, double degrees)
{
    Image out(src.width, src.height);
    const double rad = degrees * M_PI / 180.0;
    const double c = std::cos(rad), s = std::sin(rad);
    const double cx = src.width * 0.5, cy = src.height * 0.5;
    for (int y = 0; y < out.height; ++y) {
        for (int x = 0; x < out.width; ++x) {
            // Inverse mapping: where in the source does this output pixel come from?
            const double dx = x + 0.5 - cx, dy = y + 0.5 - cy;
            const double sx = c * dx - s * dy + cx - 0.5;
            const double sy = s * dx + c * dy + cy - 0.5;
            const int x0 = int(std::floor(sx)), y0 = int(std::floor(sy));
            const double fx = sx - x0, fy = sy - y0;
            double acc[3] = {0, 0, 0};
            for (int j = 0; j < 2; ++j) {
                for (int i = 0; i < 2; ++i) {
                    const int px = x0 + i, py = y0 + j;
                    if (px < 0 || py < 0 || px >= src.width || py >= src.height)
                        continue;
                    const double w = (i ? fx : 1 - fx) * (j ? fy : 1 - fy);
                    const std::uint8_t* p = src.pixel(px, py);
                    for (int ch = 0; ch < 3; ++ch)
                        acc[ch] += w * p[ch];
                }
            }
            std::uint8_t* o = out.pixel(x, y);
            for (int ch = 0; ch < 3; ++ch)
                o[ch] = clampByte(acc[ch] + 0.5);
        }
    }
    return out;
}

Image adjustBrightness(const Image& src, double factor)
{
    Image black(src.width, src.height);
    return blend(black, src, factor);
}

Image adjustContrast(const Image& src, double factor)
{
    // ImageEnhance.Contrast: blend with a flat grey at the mean luma (rounded).
    double sum = 0;
    const std::size_t n = std::size_t(src.width) * std::size_t(src.height);
    for (std::size_t i = 0; i < n; ++i)
        sum += luma(&src.rgb[i * 3]);
    const auto mean = std::uint8_t(int(n ? sum / double(n) + 0.5 : 0));
    Image grey(src.width, src.height);
    std::fill(grey.rgb.begin(), grey.rgb.end(), mean);
    return blend(grey, src, factor);
}

Image adjustSaturation(const Image& src, double factor)
{
    Image grey(src.width, src.height);
    const std::size_t n = std::size_t(src.width) * std::size_t(src.height);
    for (std::size_t i = 0; i < n; ++i)
        std::fill_n(&grey.rgb[i * 3], 3, luma(&src.rgb[i * 3]));
    return blend(grey, src, factor);
}

Image adjustHue(const Image& src, double hueShift)
{
    // torchvision on PIL: to HSV (8-bit), add hueShift * 255 to H with wrap-around, back to RGB.
    Image out(src.width, src.height);
    const int shift = int(std::lround(hueShift * 255.0));
    const std::size_t n = std::size_t(src.width) * std::size_t(src.height);
    for (std::size_t i = 0; i < n; ++i) {
        const std::uint8_t* p = &src.rgb[i * 3];
        const double r = p[0] / 255.0, g = p[1] / 255.0, b = p[2] / 255.0;
        const double mx = std::max({r, g, b}), mn = std::min({r, g, b});
        const double v = mx, d = mx - mn;
        const double sat = mx > 0 ? d / mx : 0;
        double h = 0;
        if (d > 0) {
            if (mx == r)
                h = std::fmod((g - b) / d, 6.0);
            else if (mx == g)
                h = (b - r) / d + 2;
            else
                h = (r - g) / d + 4;
            h /= 6.0;
            if (h < 0)
                h += 1;
        }
        int hb = int(h * 255.0 + 0.5) + shift;
        hb = ((hb % 256) + 256) % 256;
        const double hh = hb / 255.0 * 6.0;
        const int sector = int(hh) % 6;
        const double f = hh - std::floor(hh);
        const double pv = v * (1 - sat), qv = v * (1 - sat * f), tv = v * (1 - sat * (1 - f));
        double rr, gg, bb;
        switch (sector) {
        case 0: rr = v; gg = tv; bb = pv; break;
        case 1: rr = qv; gg = v; bb = pv; break;
        case 2: rr = pv; gg = v; bb = tv; break;
        case 3: rr = pv; gg = qv; bb = v; break;
        case 4: rr = tv; gg = pv; bb = v; break;
        default: rr = v; gg = pv; bb = qv; break;
        }
        std::uint8_t* o = &out.rgb[i * 3];
        o[0] = clampByte(rr * 255.0 + 0.5);
        o[1] = clampByte(gg * 255.0 + 0.5);
        o[2] = clampByte(bb * 255.0 + 0.5);
    }
    return out;
}

void toNormalizedChw(const Image& src, const std::array<float, 3>& mean, const std::array<float, 3>& std, float* out)
{
    const std::size_t plane = std::size_t(src.width) * std::size_t(src.height);
    // Same arithmetic as ToTensor (x / 255) followed by Normalize ((x - mean) / std) in float32.
    for (int c = 0; c < 3; ++c) {
        float* dst = out + plane * std::size_t(c);
        for (std::size_t i = 0; i < plane; ++i)
            dst[i] = (float(src.rgb[i * 3 + std::size_t(c)]) / 255.0f - mean[std::size_t(c)]) / std[std::size_t(c)];
    }
}

} // namespace graft
