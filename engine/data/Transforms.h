// Preprocessing (torchvision's eval transform for each model) and seeded training augmentation.
// Randomness comes from a generator seeded by (run seed, epoch, sample), so results do not depend on
// which worker thread decoded which image.
#pragma once

#include "ImageOps.h"

#include <array>
#include <cstdint>
#include <string>

namespace graft {

struct PreprocessSpec
{
    int resizeSize = 256;                      // shorter side before the centre crop
    int cropSize = 224;                        // network input is cropSize x cropSize
    Interpolation interpolation = Interpolation::Bilinear;
    std::array<float, 3> mean{0.485f, 0.456f, 0.406f};
    std::array<float, 3> std{0.229f, 0.224f, 0.225f};
};

struct AugmentSpec
{
    bool enabled = true;                       // off: training images get the eval transform
    bool randomResizedCrop = true;
    double scaleMin = 0.08, scaleMax = 1.0;    // fraction of the image area kept
    double ratioMin = 3.0 / 4.0, ratioMax = 4.0 / 3.0;
    bool horizontalFlip = true;
    double rotationDegrees = 0;                // random rotation in [-d, d]; 0 = off
    double brightness = 0, contrast = 0, saturation = 0; // ColorJitter strengths; 0 = off
    double hue = 0;                            // in [0, 0.5]

    // True when training images are transformed exactly as evaluation images.
    bool isIdentity() const;
};

// Deterministic random numbers (SplitMix64 seeding a xoshiro256**), identical on every platform.
class Rng
{
public:
    explicit Rng(std::uint64_t seed);
    static Rng forSample(std::uint64_t seed, std::uint64_t epoch, std::uint64_t index);
    std::uint64_t next();
    double uniform(double lo = 0.0, double hi = 1.0);
    // Integer in [lo, hi).
    std::int64_t uniformInt(std::int64_t lo, std::int64_t hi);

private:
    std::uint64_t m_s[4];
};

// Resize shorter side + centre crop (torchvision's eval preset).
Image evalTransform(const Image& src, const PreprocessSpec& pre);
// RandomResizedCrop (or the eval crop), flip, rotation, colour jitter in that order.
Image trainTransform(const Image& src, const PreprocessSpec& pre, const AugmentSpec& aug, Rng& rng);

std::string interpolationName(Interpolation interp);
Interpolation interpolationFromName(const std::string& name);

} // namespace graft
