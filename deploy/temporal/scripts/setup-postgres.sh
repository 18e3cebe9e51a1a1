#!/bin/sh
# Creates or updates Temporal's schemas (the job temporalio/auto-setup used to do, now deprecated).
set -eu
nc -z -w 10 postgresql 5432

for db in temporal temporal_visibility; do
  case "$db" in
    temporal) dir=temporal ;;
    *) dir=visibility ;;
  esac
  temporal-sql-tool --plugin postgres12 --ep postgresql -u "$POSTGRES_USER" -p 5432 --db "$db" create || true
  temporal-sql-tool --plugin postgres12 --ep postgresql -u "$POSTGRES_USER" -p 5432 --db "$db" setup-schema -v 0.0
  temporal-sql-tool --plugin postgres12 --ep postgresql -u "$POSTGRES_USER" -p 5432 --db "$db" \
    update-schema -d "/etc/temporal/schema/postgresql/v12/$dir/versioned"
done
echo "Temporal schemas are up to date"
