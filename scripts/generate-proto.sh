#!/usr/bin/env bash
# Regenerates the protobuf code from proto/democritus.proto (committed; run after editing the .proto).
set -euo pipefail
cd "$(dirname "$0")/.."
out=packages/democritus/generated
mkdir -p "$out"
npx pbjs -t static-module -w es6 --force-number --no-verify --no-convert --no-delimited --no-service \
  -o "$out/democritus-proto.js" proto/democritus.proto
npx pbts --no-comments -o "$out/democritus-proto.d.ts" "$out/democritus-proto.js"
