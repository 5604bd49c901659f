#include "Zoo.h"

#include "core/Error.h"
#include "core/Text.h"

namespace graft {

namespace {

constexpr const char* kLicense =
    "torchvision weights (BSD-3-Clause code); trained on ImageNet-1k, whose terms restrict commercial use";

ArchitectureInfo entry(const char* name, const char* display, const char* family, const char* summary,
                       int resize, int crop, Interpolation interp, int minSize, std::int64_t params, double gflops,
                       double top1, double top5, const char* tag, const char* url)
{
    ArchitectureInfo a;
    a.name = name;
    a.displayName = display;
    a.family = family;
    a.summary = summary;
    a.preprocess.resizeSize = resize;
    a.preprocess.cropSize = crop;
    a.preprocess.interpolation = interp;
    a.minInputSize = minSize;
    a.parameters = params;
    a.gflops = gflops;
    a.top1 = top1;
    a.top5 = top5;
    a.weights.tag = tag;
    a.weights.url = url;
    a.weights.fileName = std::string(url).substr(std::string(url).rfind('/') + 1);
    // torch.hub: the hash is the part after the last '-' up to the first '.'
    const std::string& f = a.weights.fileName;
    const auto dash = f.rfind('-');
    a.weights.sha256Prefix = f.substr(dash + 1, f.find('.', dash) - dash - 1);
    a.weights.approxBytes = params * 4;
    a.weights.license = kLicense;
    a.headNode = (a.family == "ResNet" || a.family == "Inception") ? "fc" : "classifier";
    return a;
}

std::vector<ArchitectureInfo> makeZoo()
{
    const auto BL = Interpolation::Bilinear;
    const auto BC = Interpolation::Bicubic;
    const char* dl = "https://download.pytorch.org/models/";
    auto url = [dl](const char* file) { return std::string(dl) + file; };
    std::vector<ArchitectureInfo> z;
    // GFLOPs are our own multiply-add counts at the input size (tests check them against the network).
    z.push_back(entry("resnet18", "ResNet-18", "ResNet", "Small, fast residual network; a solid default for CPUs",
                      256, 224, BL, 1, 11689512, 1.814, 69.758, 89.078, "IMAGENET1K_V1", url("resnet18-f37072fd.pth").c_str()));
    z.push_back(entry("resnet34", "ResNet-34", "ResNet", "Deeper basic-block ResNet",
                      256, 224, BL, 1, 21797672, 3.664, 73.314, 91.42, "IMAGENET1K_V1", url("resnet34-b627a593.pth").c_str()));
    z.push_back(entry("resnet50", "ResNet-50", "ResNet", "The classic transfer-learning backbone",
                      232, 224, BL, 1, 25557032, 4.089, 80.858, 95.434, "IMAGENET1K_V2", url("resnet50-11ad3fa6.pth").c_str()));
    z.push_back(entry("resnet101", "ResNet-101", "ResNet", "Large ResNet; better features, slower",
                      232, 224, BL, 1, 44549160, 7.801, 81.886, 95.78, "IMAGENET1K_V2", url("resnet101-cd907fc2.pth").c_str()));
    z.push_back(entry("resnet152", "ResNet-152", "ResNet", "Largest ResNet",
                      232, 224, BL, 1, 60192808, 11.514, 82.284, 96.002, "IMAGENET1K_V2", url("resnet152-f82ba261.pth").c_str()));
    z.push_back(entry("vgg16", "VGG-16", "VGG", "Plain deep convolutional network; very large head",
                      256, 224, BL, 32, 138357544, 15.470, 71.592, 90.382, "IMAGENET1K_V1", url("vgg16-397923af.pth").c_str()));
    z.push_back(entry("vgg19", "VGG-19", "VGG", "Deeper VGG",
                      256, 224, BL, 32, 143667240, 19.632, 72.376, 90.876, "IMAGENET1K_V1", url("vgg19-dcbb9e9d.pth").c_str()));
    z.push_back(entry("vgg16_bn", "VGG-16 (batch norm)", "VGG", "VGG-16 with batch normalisation",
                      256, 224, BL, 32, 138365992, 15.470, 73.36, 91.516, "IMAGENET1K_V1", url("vgg16_bn-6c64b313.pth").c_str()));
    z.push_back(entry("vgg19_bn", "VGG-19 (batch norm)", "VGG", "VGG-19 with batch normalisation",
                      256, 224, BL, 32, 143678248, 19.632, 74.218, 91.842, "IMAGENET1K_V1", url("vgg19_bn-c79401a0.pth").c_str()));
    z.push_back(entry("mobilenet_v2", "MobileNetV2", "MobileNet", "Light and fast; ideal for CPUs and small datasets",
                      232, 224, BL, 1, 3504872, 0.3008, 72.154, 90.822, "IMAGENET1K_V2", url("mobilenet_v2-7ebf99e0.pth").c_str()));
    z.push_back(entry("mobilenet_v3_small", "MobileNetV3-Small", "MobileNet", "Smallest and fastest model",
                      256, 224, BL, 1, 2542856, 0.0565, 67.668, 87.402, "IMAGENET1K_V1", url("mobilenet_v3_small-047dcff4.pth").c_str()));
    z.push_back(entry("mobilenet_v3_large", "MobileNetV3-Large", "MobileNet", "Fast with good accuracy",
                      232, 224, BL, 1, 5483032, 0.2166, 75.274, 92.566, "IMAGENET1K_V2", url("mobilenet_v3_large-5c1a4163.pth").c_str()));
    const struct { const char* name; const char* display; int resize, crop; Interpolation interp; std::int64_t params;
                   double gflops, top1, top5; const char* tag; const char* file; } eff[] = {
        {"efficientnet_b0", "EfficientNet-B0", 256, 224, BC, 5288548, 0.3858, 77.692, 93.532, "IMAGENET1K_V1", "efficientnet_b0_rwightman-3dd342df.pth"},
        {"efficientnet_b1", "EfficientNet-B1", 255, 240, BL, 7794184, 0.687, 79.838, 94.934, "IMAGENET1K_V2", "efficientnet_b1-c27df63c.pth"},
        {"efficientnet_b2", "EfficientNet-B2", 288, 288, BC, 9109994, 1.088, 80.608, 95.31, "IMAGENET1K_V1", "efficientnet_b2_rwightman-bcdf34b7.pth"},
        {"efficientnet_b3", "EfficientNet-B3", 320, 300, BC, 12233232, 1.827, 82.008, 96.054, "IMAGENET1K_V1", "efficientnet_b3_rwightman-cf984f9c.pth"},
        {"efficientnet_b4", "EfficientNet-B4", 384, 380, BC, 19341616, 4.394, 83.384, 96.594, "IMAGENET1K_V1", "efficientnet_b4_rwightman-7eb33cd5.pth"},
        {"efficientnet_b5", "EfficientNet-B5", 456, 456, BC, 30389784, 10.266, 83.444, 96.628, "IMAGENET1K_V1", "efficientnet_b5_lukemelas-b6417697.pth"},
        {"efficientnet_b6", "EfficientNet-B6", 528, 528, BC, 43040704, 19.068, 84.008, 96.916, "IMAGENET1K_V1", "efficientnet_b6_lukemelas-c76e70fd.pth"},
        {"efficientnet_b7", "EfficientNet-B7", 600, 600, BC, 66347960, 37.746, 84.122, 96.908, "IMAGENET1K_V1", "efficientnet_b7_lukemelas-dcc49843.pth"},
    };
    for (const auto& e : eff)
        z.push_back(entry(e.name, e.display, "EfficientNet", "Accurate for its size; larger variants need larger inputs",
                          e.resize, e.crop, e.interp, 1, e.params, e.gflops, e.top1, e.top5, e.tag, url(e.file).c_str()));
    z.push_back(entry("inception_v3", "Inception V3", "Inception", "299x299 input, auxiliary classifier while training",
                      342, 299, BL, 75, 27161264, 5.713, 77.294, 93.45, "IMAGENET1K_V1", url("inception_v3_google-0cc3c7bd.pth").c_str()));
    z.push_back(entry("densenet121", "DenseNet-121", "DenseNet", "Densely connected; compact and accurate",
                      256, 224, BL, 29, 7978856, 2.834, 74.434, 91.972, "IMAGENET1K_V1", url("densenet121-a639ec97.pth").c_str()));
    z.push_back(entry("convnext_tiny", "ConvNeXt-Tiny", "ConvNeXt", "Modern convolutional network; strongest features here",
                      236, 224, BL, 32, 28589128, 4.456, 82.52, 96.146, "IMAGENET1K_V1", url("convnext_tiny-983f1562.pth").c_str()));
    return z;
}

} // namespace

const std::vector<ArchitectureInfo>& architectures()
{
    static const std::vector<ArchitectureInfo> zoo = makeZoo();
    return zoo;
}

namespace {
// "ResNet-50", "resnet_50" and "resnet50" all name resnet50.
std::string looseName(const std::string& name)
{
    std::string out;
    for (char c : toLower(name))
        if (c != '-' && c != '_' && c != ' ')
            out += c;
    return out;
}
} // namespace

const ArchitectureInfo* findArchitecture(const std::string& name)
{
    const std::string wanted = looseName(name);
    for (const auto& a : architectures())
        if (a.name == name || looseName(a.name) == wanted)
            return &a;
    return nullptr;
}

const ArchitectureInfo& architecture(const std::string& name)
{
    if (const auto* a = findArchitecture(name))
        return *a;
    std::vector<std::string> names;
    for (const auto& a : architectures())
        names.push_back(a.name);
    const std::string guess = closestName(name, names);
    throw Error("unknown model '" + name + "'; " + (guess.empty() ? "" : "did you mean " + guess + "? ")
                + "choose one of: " + join(names, ", "));
}

} // namespace graft
