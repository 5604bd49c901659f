#include "HeatMap.h"

#include <algorithm>
#include <cmath>

namespace graft {

float HeatMap::sample(double u, double v) const
{
    if (empty())
        return 0.0f;
    const auto axis = [](double t, int n, int& i0, int& i1, double& f) {
        const double p = std::clamp(t * n - 0.5, 0.0, double(n - 1));
        i0 = int(std::floor(p));
        i1 = std::min(i0 + 1, n - 1);
        f = p - i0;
    };
    int x0, x1, y0, y1;
    double fx, fy;
    axis(u, width, x0, x1, fx);
    axis(v, height, y0, y1, fy);
    const double top = at(x0, y0) * (1 - fx) + at(x1, y0) * fx;
    const double bottom = at(x0, y1) * (1 - fx) + at(x1, y1) * fx;
    return float(top * (1 - fy) + bottom * fy);
}

void putOnOneScale(std::vector<HeatMap>& maps)
{
    float strongest = 0;
    for (const HeatMap& m : maps)
        strongest = std::max(strongest, m.strength);
    if (strongest <= 0)
        return;
    for (HeatMap& m : maps)
        for (float& v : m.values)
            v *= m.strength / strongest;
}

CropBox evalCropBox(int width, int height, const PreprocessSpec& pre)
{
    CropBox box;
    if (width <= 0 || height <= 0)
        return box;
    // As resizeShorterSide and centerCrop compute them (ImageOps.cpp).
    int rw = pre.resizeSize, rh = pre.resizeSize;
    if (width <= height)
        rh = int(std::int64_t(pre.resizeSize) * height / width);
    else
        rw = int(std::int64_t(pre.resizeSize) * width / height);
    const auto offset = [](int resized, int crop) {
        return crop <= resized ? std::nearbyint((resized - crop) / 2.0) : -double((crop - resized) / 2);
    };
    const double sx = double(rw) / width, sy = double(rh) / height;
    box.left = offset(rw, pre.cropSize) / sx;
    box.top = offset(rh, pre.cropSize) / sy;
    box.width = pre.cropSize / sx;
    box.height = pre.cropSize / sy;
    return box;
}

void heatColor(float value, std::uint8_t rgb[3])
{
    // Jet between its pure blue (1/8) and pure red (7/8).
    const double t = 0.125 + 0.75 * std::clamp(double(value), 0.0, 1.0);
    const auto channel = [t](double centre) {
        return std::uint8_t(std::lround(255.0 * std::clamp(1.5 - std::abs(4.0 * t - centre), 0.0, 1.0)));
    };
    rgb[0] = channel(3.0);
    rgb[1] = channel(2.0);
    rgb[2] = channel(1.0);
}

Image overlayHeatMap(const Image& image, const HeatMap& map, const PreprocessSpec& pre, double opacity)
{
    Image out(image.width, image.height);
    const CropBox box = evalCropBox(image.width, image.height, pre);
    for (int y = 0; y < image.height; ++y) {
        const double v = (y + 0.5 - box.top) / box.height;
        for (int x = 0; x < image.width; ++x) {
            const std::uint8_t* src = image.pixel(x, y);
            std::uint8_t* dst = out.pixel(x, y);
            const double u = (x + 0.5 - box.left) / box.width;
            if (map.empty() || u < 0 || u >= 1 || v < 0 || v >= 1) { // not seen by the network
                for (int c = 0; c < 3; ++c)
                    dst[c] = std::uint8_t(std::lround(src[c] * 0.35));
                continue;
            }
            const float heat = map.sample(u, v);
            std::uint8_t colour[3];
            heatColor(heat, colour);
            // Cold parts keep most of the picture; hot ones take the colour.
            const double a = opacity * (0.35 + 0.65 * heat);
            for (int c = 0; c < 3; ++c)
                dst[c] = std::uint8_t(std::lround(src[c] * (1 - a) + colour[c] * a));
        }
    }
    return out;
}

} // namespace graft
