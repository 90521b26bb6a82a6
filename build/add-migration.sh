#!/usr/bin/env bash
# Adds one migration, with the same name, to each provider's set (Sqlite, PostgreSql, SqlServer).
# Usage: build/add-migration.sh <MigrationName>
set -euo pipefail
name="${1:?usage: build/add-migration.sh <MigrationName>}"
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
for provider in Sqlite PostgreSql SqlServer; do
  dotnet ef migrations add "$name" \
    --project src/AllJapanTokyo.Infrastructure --startup-project src/AllJapanTokyo.Infrastructure \
    --context "${provider}AppDbContext" --output-dir "Migrations/$provider" \
    --namespace "AllJapanTokyo.Infrastructure.Migrations.$provider"
done
