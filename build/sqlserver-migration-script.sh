#!/usr/bin/env bash
# The SQL Server idempotent migration script (artifacts/sqlserver-migrations.sql), with its PostgreSQL twin:
# both are written by migration-scripts.sh, the name the README and .ci/run use.
set -euo pipefail
exec bash "$(dirname "$0")/migration-scripts.sh" "$@"
