#include "Transforms.h"

#include "core/Error.h"

#include <cmath>
#include <utility>
#include <vector>

namespace graft {

bool AugmentSpec::isIdentity() const
{
    return !enabled
        || (!randomResizedCrop && !horizontalFlip && rotationDegrees == 0 && brightness == 0 && contrast == 0
            && saturation == 0 && hue == 0);
}

namespace {
std::uint64_t splitMix(std::uint64_t& x)
{
    std::uint64_t z = (x += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}
inline std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
} // namespace

Rng::Rng(std::uint64_t seed)
{
    for (auto& s : m_s)
        s = splitMix(seed);
}

Rng Rng::forSample(std::uint64_t seed, std::uint64_t epoch, std::uint64_t index)
{
    std::uint64_t x = seed;
    std::uint64_t mixed = splitMix(x) ^ (epoch * 0xd1b54a32d192ed03ULL);
    mixed = splitMix(mixed) ^ (index * 0x8cb92ba72f3d8dd7ULL);
    return Rng(splitMix(mixed));
}

std::uint64_t Rng::next()
{
    const std::uint64_t result = rotl(m_s[1] * 5, 7) * 9;
    const std::uint64_t t = m_s[1] << 17;
    m_s[2] ^= m_s[0];
    m_s[3] ^= m_s[1];
    m_s[1] ^= m_s[2];
    m_s[0] ^= m_s[3];
    m_s[2] ^= t;
    m_s[3] = rotl(m_s[3], 45);
    return result;
}

double Rng::uniform(double lo, double hi)
{
    return lo + (hi - lo) * (double(next() >> 11) * (1.0 / 9007199254740992.0));
}

std::int64_t Rng::uniformInt(std::int64_t lo, std::int64_t hi)
{
    if (hi <= lo)
        return lo;
    return lo + std::int64_t(next() % std::uint64_t(hi - lo));
}

Image evalTransform(const Image& src, const PreprocessSpec& pre)
{
    return centerCrop(resizeShorterSide(src, pre.resizeSize, pre.interpolation), pre.cropSize, pre.cropSize);
}

namespace {
// torchvision RandomResizedCrop.get_params, with our generator.
void randomResizedBox(const Image& src, const AugmentSpec& aug, Rng& rng, int& left, int& top, int& w, int& h)
{
    const double area = double(src.width) * src.height;
    const double logLo = std::log(aug.ratioMin), logHi = std::log(aug.ratioMax);
    for (int attempt = 0; attempt < 10; ++attempt) {
        const double target = area * rng.uniform(aug.scaleMin, aug.scaleMax);
        const double ratio = std::exp(rng.uniform(logLo, logHi));
        w = int(std::lround(std::sqrt(target * ratio)));
        h = int(std::lround(std::sqrt(target / ratio)));
        if (w > 0 && w <= src.width && h > 0 && h <= src.height) {
            top = int(rng.uniformInt(0, src.height - h + 1));
            left = int(rng.uniformInt(0, src.width - w + 1));
            return;
        }
    }
    const double inRatio = double(src.width) / src.height;
    if (inRatio < aug.ratioMin) {
        w = src.width;
        h = int(std::lround(w / aug.ratioMin));
    } else if (inRatio > aug.ratioMax) {
        h = src.height;
        w = int(std::lround(h * aug.ratioMax));
    } else {
        w = src.width;
        h = src.height;
    }
    top = (src.height - h) / 2;
    left = (src.width - w) / 2;
}
} // namespace

Image trainTransform(const Image& src, const PreprocessSpec& pre, const AugmentSpec& aug, Rng& rng)
{
    if (aug.isIdentity())
        return evalTransform(src, pre);
    Image img;
    if (aug.randomResizedCrop) {
        int left = 0, top = 0, w = 0, h = 0;
        randomResizedBox(src, aug, rng, left, top, w, h);
        img = resize(crop(src, left, top, w, h), pre.cropSize, pre.cropSize, pre.interpolation);
    } else {
        img = evalTransform(src, pre);
    }
    if (aug.horizontalFlip && rng.uniform() < 0.5)
        img = flipHorizontal(img);
    if (aug.rotationDegrees > 0)
        img = rotate(img, rng.uniform(-aug.rotationDegrees, aug.rotationDegrees));
    if (aug.brightness > 0 || aug.contrast > 0 || aug.saturation > 0 || aug.hue > 0) {
        // ColorJitter: the four adjustments in a random order, each with a random strength.
        int order[4] = {0, 1, 2, 3};
        for (int i = 3; i > 0; --i)
            std::swap(order[i], order[rng.uniformInt(0, i + 1)]);
        for (int op : order) {
            if (op == 0 && aug.brightness > 0)
                img = adjustBrightness(img, rng.uniform(std::max(0.0, 1 - aug.brightness), 1 + aug.brightness));
            else if (op == 1 && aug.contrast > 0)
                img = adjustContrast(img, rng.uniform(std::max(0.0, 1 - aug.contrast), 1 + aug.contrast));
            else if (op == 2 && aug.saturation > 0)
                img = adjustSaturation(img, rng.uniform(std::max(0.0, 1 - aug.saturation), 1 + aug.saturation));
            else if (op == 3 && aug.hue > 0)
                img = adjustHue(img, rng.uniform(-aug.hue, aug.hue));
        }
    }
    return img;
}

std::string interpolationName(Interpolation interp)
{
    switch (interp) {
    case Interpolation::Nearest: return "nearest";
    case Interpolation::Bicubic: return "bicubic";
    case Interpolation::Bilinear: break;
    }
    return "bilinear";
}

Interpolation interpolationFromName(const std::string& name)
{
    if (name == "nearest")
        return Interpolation::Nearest;
    if (name == "bicubic")
        return Interpolation::Bicubic;
    if (name == "bilinear")
        return Interpolation::Bilinear;
    throw Error("unknown interpolation '" + name + "' (use bilinear, bicubic or nearest)");
}

} // namespace graft
