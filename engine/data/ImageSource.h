// How training, evaluation and labelling get pixels: a function from a file to an RGB image. The
// engine's torch parts take it as a parameter so that they build without OpenCV; the programs pass
// imageio's decoder.
#pragma once

#include "Image.h"

#include <functional>
#include <string>

namespace graft {

// minShorterSide > 0 allows a reduced-size decode as long as the shorter side stays at least that.
using ImageReader = std::function<Image(const std::string& path, int minShorterSide)>;

} // namespace graft
