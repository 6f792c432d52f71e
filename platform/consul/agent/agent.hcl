# Consul dev agent of the platform: one in-memory server on loopback, started by
# platform/scripts/consul.sh as `consul agent -dev -config-dir platform/consul/agent`.
node_name   = "delivery-dev"
datacenter  = "dc1"
bind_addr   = "127.0.0.1"
client_addr = "127.0.0.1"

ports {
  http = 8500
  dns  = 8600
}

ui_config {
  enabled = true
}

log_level = "warn"

# No calls home (update check, usage reporting) and no metrics export.
disable_update_check = true
telemetry {
  disable_hostname          = true
  prometheus_retention_time = "0s"
}

# Services register HTTP checks; scripts never run inside the agent.
enable_script_checks       = false
enable_local_script_checks = false

