// Anchor translation unit for the precompiled torch header.
#include "TorchPch.h"
