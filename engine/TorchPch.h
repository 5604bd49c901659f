// The precompiled header for translation units that use LibTorch (see cmake/GraftCommon.cmake).
#pragma once
#include <torch/torch.h>
