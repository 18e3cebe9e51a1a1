#!/bin/sh
# Creates the namespace and registers ROMNA's search attributes; safe to run again.
set -eu
address="${TEMPORAL_ADDRESS:-temporal:7233}"
namespace="${TEMPORAL_NAMESPACE:-default}"

until temporal operator cluster health --address "$address"; do
  echo "waiting for Temporal at $address"
  sleep 2
done

temporal operator namespace describe -n "$namespace" --address "$address" \
  || temporal operator namespace create -n "$namespace" --retention 30d --address "$address"

for attribute in RomnaUserId:Keyword RomnaIntent:Keyword RomnaPlanStatus:Keyword RomnaScheduledFor:Datetime; do
  name="${attribute%%:*}"
  type="${attribute##*:}"
  temporal operator search-attribute create -n "$namespace" --name "$name" --type "$type" \
    --address "$address" --yes || echo "search attribute $name already exists"
done
echo "namespace $namespace and search attributes are ready"
