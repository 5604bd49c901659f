#include "SyntheticShapes.h"

#include "core/Error.h"
#include "data/Transforms.h"

#include <cmath>

namespace graft::test {

std::vector<std::string> shapeClasses(int count)
{
    static const std::vector<std::string> names{"circle", "square", "triangle", "cross", "ring", "bar"};
    return {names.begin(), names.begin() + std::min<int>(count, int(names.size()))};
}

Image drawShape(int cls, int variant, int size)
{
    Rng rng(std::uint64_t(cls) * 1000003ULL + std::uint64_t(variant) * 7919ULL + 17);
    Image img(size, size);
    const int bg = int(rng.uniformInt(20, 110));
    static const std::uint8_t colours[6][3] = {{230, 40, 40}, {40, 200, 60}, {50, 80, 240},
                                               {240, 220, 40}, {220, 60, 220}, {40, 220, 220}};
    const double cx = rng.uniform(0.35, 0.65) * size, cy = rng.uniform(0.35, 0.65) * size;
    const double r = rng.uniform(0.18, 0.3) * size;
    for (int y = 0; y < size; ++y) {
        for (int x = 0; x < size; ++x) {
            const double dx = x + 0.5 - cx, dy = y + 0.5 - cy;
            bool inside = false;
            switch (cls % 6) {
            case 0: inside = dx * dx + dy * dy <= r * r; break;
            case 1: inside = std::fabs(dx) <= r * 0.85 && std::fabs(dy) <= r * 0.85; break;
            case 2: inside = dy <= r * 0.8 && dy >= -r && std::fabs(dx) <= (dy + r) * 0.6; break;
            case 3: inside = (std::fabs(dx) <= r * 0.25 && std::fabs(dy) <= r) || (std::fabs(dy) <= r * 0.25 && std::fabs(dx) <= r); break;
            case 4: inside = dx * dx + dy * dy <= r * r && dx * dx + dy * dy >= r * r * 0.4; break;
            case 5: inside = std::fabs(dx) <= r && std::fabs(dy) <= r * 0.3; break;
            }
            std::uint8_t* p = img.pixel(x, y);
            for (int c = 0; c < 3; ++c) {
                const int base = inside ? colours[cls % 6][c] : bg;
                p[c] = std::uint8_t(std::clamp(base + int(rng.uniformInt(-25, 26)), 0, 255));
            }
        }
    }
    return img;
}

ImageReader shapeReader(int size)
{
    return [size](const std::string& path, int) {
        int cls = 0, variant = 0;
        if (std::sscanf(path.c_str(), "shape://%d/%d", &cls, &variant) != 2)
            throw Error(path + ": not a synthetic shape");
        return drawShape(cls, variant, size);
    };
}

DatasetSplit shapeSplit(int perClass, double validationFraction, int classes, std::uint64_t seed)
{
    std::vector<Sample> samples;
    for (int c = 0; c < classes; ++c)
        for (int v = 0; v < perClass; ++v)
            samples.push_back({"shape://" + std::to_string(c) + "/" + std::to_string(v), c});
    SplitSpec spec;
    spec.validationFraction = validationFraction;
    spec.seed = seed;
    return makeSplit(shapeClasses(classes), samples, spec);
}

} // namespace graft::test
