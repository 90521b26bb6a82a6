#!/usr/bin/env bash
# Writes the idempotent migration scripts for the two server databases to artifacts/ (not committed):
#   artifacts/sqlserver-migrations.sql    SQL Server (production): a DBA can apply it with sqlcmd
#   artifacts/postgresql-migrations.sql   PostgreSQL: apply with psql
# Each script checks __EFMigrationsHistory before every migration, so it can run against a database at any version.
# `dotnet ef migrations script` only reads the compiled model: no database server is needed.
set -euo pipefail
cd "$(dirname "$0")/.."

project=src/AllJapanTokyo.Infrastructure
mkdir -p artifacts

dotnet tool restore >/dev/null
# dotnet ef reads the project before it builds it: on a fresh clone the packages must be restored first.
dotnet restore "$project" >/dev/null

echo "SQL Server  -> artifacts/sqlserver-migrations.sql"
dotnet ef migrations script --idempotent --context SqlServerAppDbContext \
  --project "$project" --startup-project "$project" -o artifacts/sqlserver-migrations.sql

echo "PostgreSQL  -> artifacts/postgresql-migrations.sql"
dotnet ef migrations script --idempotent --context PostgreSqlAppDbContext --no-build \
  --project "$project" --startup-project "$project" -o artifacts/postgresql-migrations.sql

# A script that is empty or not idempotent is worse than none: check the shape before anyone applies it.
check() {
  local file=$1 pattern=$2
  if ! grep -q -- "$pattern" "$file"; then
    echo "error: $file lacks '$pattern'" >&2
    exit 1
  fi
}
check artifacts/sqlserver-migrations.sql 'CREATE TABLE \[Prefectures\]'
check artifacts/sqlserver-migrations.sql 'IF NOT EXISTS'
check artifacts/sqlserver-migrations.sql '__EFMigrationsHistory'
check artifacts/postgresql-migrations.sql 'CREATE TABLE "Prefectures"'
check artifacts/postgresql-migrations.sql '__EFMigrationsHistory'
echo "ok: both scripts create the schema and guard every migration"
