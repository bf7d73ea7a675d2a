#!/usr/bin/env bash
# Regenerates the protobuf code from packages/democritus/proto/democritus.proto (committed; run after editing the
# .proto). The code is a .js + .d.ts pair in the package's source; the build copies it into dist (scripts/build.js).
set -euo pipefail
cd "$(dirname "$0")/.."
proto=packages/democritus/proto/democritus.proto
out=packages/democritus/src/protocol/generated
mkdir -p "$out"
npx pbjs -t static-module -w es6 --force-number --no-verify --no-convert --no-delimited --no-service \
  -o "$out/democritus-proto.js" "$proto"
npx pbts --no-comments -o "$out/democritus-proto.d.ts" "$out/democritus-proto.js"
