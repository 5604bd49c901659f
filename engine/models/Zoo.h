// The model zoo: every architecture Graft offers, with what a user needs to choose one (input size,
// parameters, FLOPs, published ImageNet accuracy) and where its official torchvision weights live.
#pragma once

#include "data/Transforms.h"

#include <cstdint>
#include <string>
#include <vector>

namespace graft {

struct WeightsInfo
{
    std::string tag;          // torchvision's weights enum name, e.g. "IMAGENET1K_V2"
    std::string fileName;     // e.g. "resnet50-11ad3fa6.pth"
    std::string url;
    std::string sha256Prefix; // the hash fragment in the file name, checked as torch.hub checks it
    std::int64_t approxBytes = 0;
    std::string license;
};

struct ArchitectureInfo
{
    std::string name;        // torchvision's function name, e.g. "resnet50"
    std::string displayName; // "ResNet-50"
    std::string family;      // "ResNet"
    std::string summary;     // one line for the model picker
    PreprocessSpec preprocess;
    int minInputSize = 32;
    std::int64_t parameters = 0; // with the 1000-class ImageNet head
    double gflops = 0;           // multiply-adds at the input size (as torchvision counts GFLOPS)
    double top1 = 0, top5 = 0;   // ImageNet-1k validation accuracy of the official weights
    WeightsInfo weights;
    std::string headNode;        // the classifier node: "fc" or "classifier"
};

const std::vector<ArchitectureInfo>& architectures();
// nullptr when unknown; case-insensitive, '-' accepted for '_'.
const ArchitectureInfo* findArchitecture(const std::string& name);
// Throws Error listing the valid names when unknown.
const ArchitectureInfo& architecture(const std::string& name);

} // namespace graft
