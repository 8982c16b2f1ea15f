#!/bin/bash
# Usage: create-topics.sh <topic>:<partitions>...   (BOOTSTRAP_SERVER names the broker)
# Run once by docker-compose.yml's kafka-init before any service starts, so that the partitions of each
# topic are chosen here rather than by whichever client first asks for the topic. Already existing topics
# are left as they are: to add partitions later, kafka-topics.sh --alter (docs/operations.md).
set -euo pipefail
# Fact topics are the history the read models are rebuilt from: kept forever. Dead letters: 90 days.
for spec in "$@"; do
  topic="${spec%%:*}" partitions="${spec##*:}"
  retention=-1
  if [[ "${topic}" == *.dlq ]]; then retention=7776000000; fi
  /opt/kafka/bin/kafka-topics.sh --bootstrap-server "${BOOTSTRAP_SERVER}" --create --if-not-exists \
    --topic "${topic}" --partitions "${partitions}" --replication-factor 1 --config "retention.ms=${retention}"
  # Also for a topic created by an earlier version of this script.
  /opt/kafka/bin/kafka-configs.sh --bootstrap-server "${BOOTSTRAP_SERVER}" --alter --entity-type topics \
    --entity-name "${topic}" --add-config "retention.ms=${retention}"
done
/opt/kafka/bin/kafka-topics.sh --bootstrap-server "${BOOTSTRAP_SERVER}" --describe --topic 'pes21\..*'
