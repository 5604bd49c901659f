# The README's two commands: `make run` and `make test`. Both install what is missing first.
BUILD ?= build
GENERATOR ?= Ninja
CMAKE_FLAGS ?=
SAMPLE := $(BUILD)/sample/fashion-mnist

.PHONY: all deps configure build sample run test package bench clean

all: build

deps:
	@scripts/install-deps

$(BUILD)/build.ninja: | deps
	cmake -S . -B $(BUILD) -G $(GENERATOR) $(CMAKE_FLAGS)

configure: deps $(BUILD)/build.ninja

build: configure
	cmake --build $(BUILD)

sample: deps
	@scripts/make-sample-dataset $(SAMPLE)

# In a checkout with ../shared beside it, its weights folder is searched (as a user's configured folder).
SHARED_WEIGHTS := $(abspath ../shared/models)
run: build sample
	GRAFT_WEIGHTS_PATH="$${GRAFT_WEIGHTS_PATH}$(if $(wildcard $(SHARED_WEIGHTS)),:$(SHARED_WEIGHTS))" \
	  $(BUILD)/bin/graft --sample-project $(SAMPLE)

test: build sample
	cd $(BUILD) && ctest --output-on-failure -j2

package: build
	cd $(BUILD) && cpack -G DEB
	@ls $(BUILD)/graft_*.deb

bench: build
	bench/run-all $(BUILD)

clean:
	rm -rf $(BUILD)
