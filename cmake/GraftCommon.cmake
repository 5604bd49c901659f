# Compile settings every Graft target shares, carried by one INTERFACE target (no global flags).
add_library(graft_common INTERFACE)
add_library(Graft::common ALIAS graft_common)
target_compile_features(graft_common INTERFACE cxx_std_17)
set(CMAKE_CXX_EXTENSIONS OFF)
target_compile_options(graft_common INTERFACE
    $<$<CXX_COMPILER_ID:GNU,Clang>:-Wall -Wextra -Wno-unused-parameter -Wno-missing-field-initializers>)
# Qt's `slots`/`signals`/`emit` macros clash with torch headers: spell them Q_SLOTS/Q_SIGNALS/Q_EMIT.
target_compile_definitions(graft_common INTERFACE
    QT_NO_KEYWORDS QT_NO_FOREACH QT_DISABLE_DEPRECATED_BEFORE=0x060400
    GRAFT_VERSION="${PROJECT_VERSION}")
if(GRAFT_CCACHE)
    # ccache can only cache translation units that use a precompiled header with this flag.
    target_compile_options(graft_common INTERFACE $<$<CXX_COMPILER_ID:GNU>:-fpch-preprocess>)
endif()

# One precompiled torch header, built once and reused by every target that includes torch.
# Targets that reuse it must share its compile options, which graft_common and torch provide.
function(graft_use_torch_pch target)
    if(NOT TARGET graft_torch_pch)
        add_library(graft_torch_pch STATIC ${PROJECT_SOURCE_DIR}/engine/TorchPch.cpp)
        target_link_libraries(graft_torch_pch PUBLIC graft_common graft_torch)
        target_precompile_headers(graft_torch_pch PRIVATE ${PROJECT_SOURCE_DIR}/engine/TorchPch.h)
    endif()
    target_precompile_headers(${target} REUSE_FROM graft_torch_pch)
endfunction()
