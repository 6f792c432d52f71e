# Thin entry points; the work is in platform/scripts.
SCRIPTS := platform/scripts

.PHONY: up down status test demo bench infra infra-down build

up:          ## install what is missing, start infrastructure and services
	$(SCRIPTS)/up.sh

down:        ## stop everything up started
	$(SCRIPTS)/down.sh

status:      ## Consul health of each service, infrastructure up/down
	$(SCRIPTS)/status.sh

test:        ## the whole suite against real infrastructure (what .ci/run calls)
	$(SCRIPTS)/test.sh

demo:        ## a guided order through the saga, printed as it happens (needs make up)
	$(SCRIPTS)/demo.sh

bench:       ## placement → ACCEPTED latency over 100 orders through the edge (needs make up)
	python3 bench/acceptance_latency.py 100

infra:       ## PostgreSQL, RabbitMQ, Consul and the edge, without services
	$(SCRIPTS)/infra.sh up

infra-down:
	$(SCRIPTS)/infra.sh down

build:       ## the service jars
	$(SCRIPTS)/build.sh --force
