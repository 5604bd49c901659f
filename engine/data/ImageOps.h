// Image operations with torchvision's exact semantics on PIL images: resize reproduces Pillow's
// resampling (antialiased, fixed-point), crops round as torchvision does, colour adjustments follow
// PIL.ImageEnhance. This is what makes Graft's preprocessing identical to the PyTorch reference.
#pragma once

#include "Image.h"

#include <array>

namespace graft {

enum class Interpolation { Nearest, Bilinear, Bicubic };

// Resizes to exactly width x height (Pillow's Image.resize).
Image resize(const Image& src, int width, int height, Interpolation interp = Interpolation::Bilinear);
// torchvision Resize(size) with an int: the shorter side becomes `size`, aspect ratio kept.
Image resizeShorterSide(const Image& src, int size, Interpolation interp = Interpolation::Bilinear);
// Crops the box (left, top, width, height); parts outside the image are black.
Image crop(const Image& src, int left, int top, int width, int height);
// torchvision CenterCrop: pads with black when the image is smaller.
Image centerCrop(const Image& src, int width, int height);
Image flipHorizontal(const Image& src);
// Rotates counter-clockwise by `degrees` about the centre, same size, corners black (bilinear).
Image rotate(const Image& src, double degrees);

// PIL.ImageEnhance semantics, as torchvision's F.adjust_* on PIL images.
Image adjustBrightness(const Image& src, double factor);
Image adjustContrast(const Image& src, double factor);
Image adjustSaturation(const Image& src, double factor);
// hueShift in [-0.5, 0.5] of a full turn.
Image adjustHue(const Image& src, double hueShift);

// ToTensor + Normalize: writes 3 x height x width floats (channel planes) to `out`.
void toNormalizedChw(const Image& src, const std::array<float, 3>& mean, const std::array<float, 3>& std,
                     float* out);

} // namespace graft
