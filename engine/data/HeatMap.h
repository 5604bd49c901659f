// Where a classifier looked: a heat map over the network's input (Grad-CAM, computed by
// Model::heatMap), and a picture of it laid over the image a person gave, for the window and
// graft-cli. Torch-free: the map is plain numbers, the overlay plain pixels.
#pragma once

#include "Image.h"
#include "Transforms.h"

#include <cstdint>
#include <string>
#include <vector>

namespace graft {

struct HeatMap
{
    // Values in [0, 1], row-major, over the whole network input (the centre crop): cell (x, y)
    // covers input pixels [x, x+1) * inputSize / width. 1 is where the class's score rose most.
    int width = 0;
    int height = 0;
    std::vector<float> values;
    std::string layer;     // the node whose activations it weighs ("layer4", "features.18")
    int classIndex = -1;   // the class it explains
    float strength = 0;    // the largest value before normalising, in the class score's units
    float probability = 0; // the model's probability for the class on this image

    bool empty() const { return width <= 0 || height <= 0; }
    // No place in the picture speaks for the class (every value 0): the model chose it because the
    // other classes scored lower still, which pictures the model knows nothing about often get.
    bool noEvidence() const { return strength <= 0; }
    float at(int x, int y) const { return values[std::size_t(y) * std::size_t(width) + std::size_t(x)]; }
    // Bilinear value at (u, v) in [0, 1] x [0, 1] of the input (cell centres at (x + 0.5) / width).
    float sample(double u, double v) const;
};

// Maps of one image for several classes on one scale: each is scaled by its strength over the
// strongest's, so that a class the model finds little evidence for stays cold.
void putOnOneScale(std::vector<HeatMap>& maps);

// The part of a width x height image that the network sees after evaluation preprocessing (resize of
// the shorter side, centre crop), in the image's pixels. It reaches outside the image where the
// crop pads (a picture smaller than the crop).
struct CropBox
{
    double left = 0, top = 0, width = 0, height = 0;
};
CropBox evalCropBox(int width, int height, const PreprocessSpec& pre);

// Colour of a heat value: blue (0) through cyan, green and yellow to red (1), as the jet map.
void heatColor(float value, std::uint8_t rgb[3]);

// `image` with the map over the part the network sees (image and heat colours mixed, `opacity` the
// heat's share at full heat) and the rest, which the network never saw, darkened.
Image overlayHeatMap(const Image& image, const HeatMap& map, const PreprocessSpec& pre, double opacity = 0.5);

} // namespace graft
