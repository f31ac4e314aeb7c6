# tkpkd: make build (site + PDFs from content/), make test (every test).
GO        ?= go
CONTENT   ?= content
OUT       ?= output
BIN       := bin/tkpkd
VERSION   ?= $(shell git describe --tags --always --dirty 2>/dev/null || echo dev)
LDFLAGS   := -X main.version=$(VERSION)

.PHONY: all build tkpkd test check fmt vet golden fuzz bench deps clean dist

all: build

tkpkd:
	$(GO) build -trimpath -ldflags '$(LDFLAGS)' -o $(BIN) ./cmd/tkpkd

## build: check the content, then write the site and the briefs to $(OUT)/
build: tkpkd
	./$(BIN) build --content $(CONTENT) --out $(OUT)

## check: check the content only; writes nothing
check: tkpkd
	./$(BIN) check --content $(CONTENT)

## test: formatting, vet, every test with the race detector but the
## TestTool* and TestNoRace* ones, then those once without it. TestTool*
## drive Chromium, poppler and qpdf and check what those programs see, not Go
## concurrency; TestNoRace* run no goroutines of ours worth watching (a
## parser fed 10,000-deep input, the guide's commands run one by one) and the
## race detector makes them 10-20 times slower. Every other test of build,
## serve and the renderers still runs under -race. (A plain go test ./...
## runs them all.)
TOOLTESTS := ^(TestTool|TestNoRace)
test:
	@unformatted=$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go')); \
	  if [ -n "$$unformatted" ]; then echo "gofmt would change: $$unformatted"; exit 1; fi
	$(GO) vet ./...
	@# The two runs share the machine: the no-race tests fill the cores while
	@# the race run waits on its longest packages. Both must pass.
	@pkgs=$$(grep -rlE --include='*_test.go' --exclude-dir=.git '^func Test(Tool|NoRace)' . | xargs -r -n1 dirname | sort -u); \
	  echo "$(GO) test -race -count=1 -timeout 9m -skip '$(TOOLTESTS)' ./..."; \
	  $(GO) test -race -count=1 -timeout 9m -skip '$(TOOLTESTS)' ./... & race=$$!; status=0; \
	  if [ -n "$$pkgs" ]; then echo "$(GO) test -count=1 -timeout 9m -run '$(TOOLTESTS)'" $$pkgs; \
	    $(GO) test -count=1 -timeout 9m -run '$(TOOLTESTS)' $$pkgs || status=1; fi; \
	  wait $$race || status=1; exit $$status

fmt:
	gofmt -w $$(git ls-files '*.go')

vet:
	$(GO) vet ./...

## golden: rewrite every golden file from the current output (review the diff!)
golden:
	$(GO) test ./... -run . -update

## fuzz: run the loader fuzz test for FUZZTIME (default 60s)
FUZZTIME ?= 60s
fuzz:
	$(GO) test ./generator/load -run '^$$' -fuzz FuzzLoad -fuzztime $(FUZZTIME)

## bench: build synthetic national content from scratch and after one edited
## meeting; print wall time, pages/s, briefs/s and peak RSS (BENCH_SIZES, see the script)
bench:
	./scripts/bench.sh

## deps: show which generator package imports which (to check the data flow by eye)
deps:
	$(GO) list -f '{{.ImportPath}}: {{join .Imports " "}}' ./generator/...

## dist: cross-build the release archives for people without Go:
## $(DISTDIR)/tkpkd_<version>_<os>_<arch>.tar.gz (.zip for Windows), each with
## the binary, README, the content guide, the schemas and a starter content.
## Reproducible: every entry is dated the last commit (SOURCE_DATE_EPOCH).
DISTDIR           ?= dist
DIST_TARGETS      ?= darwin/amd64 darwin/arm64 linux/amd64 linux/arm64 windows/amd64 windows/arm64
SOURCE_DATE_EPOCH ?= $(shell git log -1 --format=%ct 2>/dev/null || echo 946684800)
dist:
	$(GO) run ./scripts/dist -go '$(GO)' -version '$(VERSION)' -out '$(DISTDIR)' -targets '$(DIST_TARGETS)' -mtime '$(SOURCE_DATE_EPOCH)'

clean:
	rm -rf bin
