#!/usr/bin/env bash
# The open-data downloads at the large volume (DemoData__Volume=large: 50,000 tenders, their OCDS history written at
# start-up by OcdsHistory.BackfillAsync), through measure.sh's portal and wrk settings:
#   - /procurement/ocds/releases.jsonl.gz: every stored release of every tender, gzip JSON Lines, streamed whole per request;
#   - the same with a matching If-None-Match (ocds-bulk-304.lua): what a harvester that polls pays when nothing changed.
# Fewer connections than the page benchmarks: each full answer is megabytes. Figures go to bench/README.md (the lead).
#   bench/wrk/opendata.sh            (CONNECTIONS, DURATION … as measure.sh)
set -euo pipefail
cd "$(dirname "$0")/../.."
export CONNECTIONS="${CONNECTIONS:-4}"
exec bench/wrk/measure.sh /procurement/ocds/releases.jsonl.gz lua:bench/wrk/ocds-bulk-304.lua
