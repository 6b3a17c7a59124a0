#include "knowledge/infrastructure_images.hpp"

#include <algorithm>
#include <array>
#include <string>

namespace dlint::knowledge {

std::string_view infrastructure_kind_name(InfrastructureKind kind) {
  switch (kind) {
    case InfrastructureKind::Database: return "database";
    case InfrastructureKind::Cache: return "cache";
    case InfrastructureKind::Broker: return "message broker";
    case InfrastructureKind::Search: return "search engine";
    case InfrastructureKind::Storage: return "object storage";
    case InfrastructureKind::Coordination: return "coordination service";
    case InfrastructureKind::Proxy: return "proxy";
    case InfrastructureKind::Observability: return "observability service";
  }
  return "infrastructure";
}

namespace {

using K = InfrastructureKind;

constexpr std::array kImages = {
    InfrastructureImage{"postgres", K::Database, true, "PostgreSQL server: a native process with its data directory"},
    InfrastructureImage{"postgresql", K::Database, true, "PostgreSQL server (Bitnami packaging)"},
    InfrastructureImage{"postgis", K::Database, true,
                        "PostgreSQL with PostGIS: native extensions and a data directory"},
    InfrastructureImage{"timescaledb", K::Database, true, "PostgreSQL with TimescaleDB: a data directory"},
    InfrastructureImage{"mysql", K::Database, true, "MySQL server: a native process with its data directory"},
    InfrastructureImage{"mariadb", K::Database, true, "MariaDB server: a native process with its data directory"},
    InfrastructureImage{"mongo", K::Database, true, "MongoDB server: memory-mapped storage on disk"},
    InfrastructureImage{"mongodb", K::Database, true, "MongoDB server (Bitnami packaging)"},
    InfrastructureImage{"cassandra", K::Database, true, "Cassandra node: a JVM with its data directory"},
    InfrastructureImage{"scylla", K::Database, true, "ScyllaDB node: direct I/O on its data directory"},
    InfrastructureImage{"couchdb", K::Database, true, "CouchDB server: an Erlang VM with its data directory"},
    InfrastructureImage{"neo4j", K::Database, true, "Neo4j graph database: a JVM with its data directory"},
    InfrastructureImage{"influxdb", K::Database, true, "InfluxDB time-series database: a data directory"},
    InfrastructureImage{"clickhouse-server", K::Database, true, "ClickHouse server: a data directory"},
    InfrastructureImage{"cockroach", K::Database, true, "CockroachDB node: a data directory and cluster traffic"},
    InfrastructureImage{"mssql-server", K::Database, true, "SQL Server: a native process with its data directory"},
    InfrastructureImage{"oracle-database", K::Database, true, "Oracle Database: a native process with its data files"},
    InfrastructureImage{"surrealdb", K::Database, true, "SurrealDB server: a data directory"},
    InfrastructureImage{"qdrant", K::Database, true, "Qdrant vector database: a data directory"},
    InfrastructureImage{"redis", K::Cache, true, "Redis server: in-memory data persisted to disk (RDB/AOF)"},
    InfrastructureImage{"redis-stack", K::Cache, true, "Redis with modules: in-memory data persisted to disk"},
    InfrastructureImage{"valkey", K::Cache, true, "Valkey server: in-memory data persisted to disk"},
    InfrastructureImage{"keydb", K::Cache, true, "KeyDB server: in-memory data persisted to disk"},
    InfrastructureImage{"dragonfly", K::Cache, true, "Dragonfly server: in-memory data persisted to disk"},
    InfrastructureImage{"memcached", K::Cache, false, "memcached: a native in-memory cache server"},
    InfrastructureImage{"rabbitmq", K::Broker, true, "RabbitMQ: an Erlang VM with durable queues on disk"},
    InfrastructureImage{"kafka", K::Broker, true, "Kafka broker: a JVM with its commit log on disk"},
    InfrastructureImage{"cp-kafka", K::Broker, true, "Confluent Kafka broker: a JVM with its commit log on disk"},
    InfrastructureImage{"redpanda", K::Broker, true, "Redpanda broker: its log on disk"},
    InfrastructureImage{"nats", K::Broker, true, "NATS server: JetStream keeps streams on disk"},
    InfrastructureImage{"activemq", K::Broker, true, "ActiveMQ broker: a JVM with its journal on disk"},
    InfrastructureImage{"artemis", K::Broker, true, "ActiveMQ Artemis broker: a JVM with its journal on disk"},
    InfrastructureImage{"mosquitto", K::Broker, true, "Mosquitto MQTT broker: persistence on disk"},
    InfrastructureImage{"pulsar", K::Broker, true, "Pulsar broker: a JVM with BookKeeper storage"},
    InfrastructureImage{"elasticsearch", K::Search, true, "Elasticsearch: a JVM with its indices on disk"},
    InfrastructureImage{"opensearch", K::Search, true, "OpenSearch: a JVM with its indices on disk"},
    InfrastructureImage{"solr", K::Search, true, "Solr: a JVM with its indices on disk"},
    InfrastructureImage{"meilisearch", K::Search, true, "Meilisearch: its index on disk"},
    InfrastructureImage{"typesense", K::Search, true, "Typesense: its index on disk"},
    InfrastructureImage{"minio", K::Storage, true, "MinIO object storage: objects on disk"},
    InfrastructureImage{"zookeeper", K::Coordination, true, "ZooKeeper: a JVM with its snapshot and log on disk"},
    InfrastructureImage{"cp-zookeeper", K::Coordination, true, "Confluent ZooKeeper: a JVM with its data on disk"},
    InfrastructureImage{"etcd", K::Coordination, true, "etcd: a Raft log on disk"},
    InfrastructureImage{"consul", K::Coordination, true, "Consul agent: a Raft log on disk"},
    InfrastructureImage{"vault", K::Coordination, true, "Vault server: sealed storage on disk"},
    InfrastructureImage{"nginx", K::Proxy, false, "nginx: a native web server and reverse proxy"},
    InfrastructureImage{"httpd", K::Proxy, false, "Apache httpd: a native web server"},
    InfrastructureImage{"traefik", K::Proxy, false, "Traefik: a reverse proxy that watches the Docker socket"},
    InfrastructureImage{"haproxy", K::Proxy, false, "HAProxy: a native load balancer"},
    InfrastructureImage{"caddy", K::Proxy, false, "Caddy: a web server with certificates on disk"},
    InfrastructureImage{"envoy", K::Proxy, false, "Envoy: a native proxy"},
    InfrastructureImage{"prometheus", K::Observability, true, "Prometheus: a time-series database on disk"},
    InfrastructureImage{"grafana", K::Observability, true, "Grafana: dashboards in a SQLite database on disk"},
    InfrastructureImage{"loki", K::Observability, true, "Loki: log chunks on disk"},
    InfrastructureImage{"jaeger", K::Observability, false, "Jaeger: a tracing collector and UI"},
    InfrastructureImage{"all-in-one", K::Observability, false, "Jaeger all-in-one: a tracing collector and UI"},
};

}  // namespace

const InfrastructureImage* find_infrastructure_image(const ir::ImageRef& image) {
  if (image.scratch || image.repository.empty()) return nullptr;
  std::string_view repository = image.repository;
  std::string_view last = repository.substr(repository.rfind('/') + 1);
  auto it = std::find_if(kImages.begin(), kImages.end(), [&](const InfrastructureImage& i) { return i.name == last; });
  return it == kImages.end() ? nullptr : &*it;
}

}  // namespace dlint::knowledge
