// A synthetic dataset of drawn shapes for training tests: each class is a shape in its own colour,
// drawn at a random position and size on a random background with noise. Images are drawn on demand
// from names like "shape://2/17" (class 2, variant 17), so tests need no files.
#pragma once

#include "data/Image.h"
#include "data/ImageSource.h"
#include "data/Split.h"

#include <string>
#include <vector>

namespace graft::test {

std::vector<std::string> shapeClasses(int count = 4);  // circle, square, triangle, cross, ...
Image drawShape(int cls, int variant, int size = 48);
ImageReader shapeReader(int size = 48);
// perClass images per class, split with a fixed seed.
DatasetSplit shapeSplit(int perClass, double validationFraction, int classes = 4, std::uint64_t seed = 1);

} // namespace graft::test
