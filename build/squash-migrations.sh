#!/usr/bin/env bash
# Replaces each provider's migrations with one InitialCreate made from the current model. Only for a model that no
# installation has applied yet; once one has, add migrations with build/add-migration.sh instead.
set -euo pipefail
cd "$(dirname "$0")/.."
rm -rf src/AllJapanTokyo.Infrastructure/Migrations
bash build/add-migration.sh InitialCreate
# With no snapshot to update, dotnet ef writes each new snapshot to a folder named after its namespace: put them back.
for provider in Sqlite PostgreSql SqlServer; do
  mv src/AllJapanTokyo.Infrastructure/AllJapanTokyo/Infrastructure/Migrations/$provider/*ModelSnapshot.cs \
     src/AllJapanTokyo.Infrastructure/Migrations/$provider/
done
rm -rf src/AllJapanTokyo.Infrastructure/AllJapanTokyo
