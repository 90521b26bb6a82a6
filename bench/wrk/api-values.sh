#!/usr/bin/env bash
# The open-data API's list of approved values at the large volume (DemoData__Volume=large), through measure.sh's portal
# and wrk settings: two pages of 1,000 values (a 2,000-value list) as JSON, the same as CSV, and the whole list walked
# page by page along the Link headers (api-values-pages.lua). Figures go to bench/README.md (the lead).
#   bench/wrk/api-values.sh            (CONNECTIONS, DURATION … as measure.sh)
set -euo pipefail
cd "$(dirname "$0")/../.."
# The API's limit per client (600 a minute) would turn the run into 429s; the portal inherits this environment.
export RateLimits__ApiPerMinute="${RateLimits__ApiPerMinute:-100000000}"
exec bench/wrk/measure.sh \
  '/api/v1/values?synthetic=include&limit=1000' \
  '/api/v1/values?synthetic=include&limit=1000&format=csv' \
  lua:bench/wrk/api-values-pages.lua
