#!/usr/bin/env bash
# Builds the libFuzzer target over the scenario loader, validator and sweep spec reader
# (Fuzz/LoaderFuzz.swift compiled with the library's sources, outside SwiftPM) and runs it.
# Usage: Scripts/fuzz.sh [SECONDS] [more libFuzzer options]   (default 60 s; docs/testing.md)
# Crashing inputs land in .build-fuzz/artifacts/; turn each into a corpus regression test.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
shift || true
out=.build-fuzz
mkdir -p "$out/corpus" "$out/artifacts"
sources=$(find Sources/GrowthSim -name '*.swift' | sort)
if [ ! -x "$out/fuzz-loader" ] || [ -n "$(find Sources/GrowthSim Fuzz -newer "$out/fuzz-loader" -name '*.swift')" ]; then
  # One comma-joined -sanitize flag: two separate flags silently drop one (RELIABILITY.md §2.1).
  swiftc -sanitize=fuzzer,address -parse-as-library -O -module-name GrowthSim -use-ld=lld \
    $sources Fuzz/LoaderFuzz.swift -o "$out/fuzz-loader"
fi
# Without SWIFT_BACKTRACE=enable=no Swift's crash handler takes the signal and libFuzzer never
# saves the crashing input. Single job; new inputs go to the first corpus folder.
SWIFT_BACKTRACE=enable=no "$out/fuzz-loader" -max_total_time="$seconds" -print_final_stats=1 \
  -timeout=10 -rss_limit_mb=2048 -max_len=65536 -dict=Fuzz/loader.dict \
  -artifact_prefix="$out/artifacts/" "$@" "$out/corpus" Fuzz/seeds Scenarios
