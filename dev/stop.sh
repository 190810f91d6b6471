#!/usr/bin/env bash
# npm stop: stops every process npm start or npm test started, by process group, and nothing else.
source "$(dirname "$0")/lib.sh"
source "$ROOT/dev/env.sh"

for env_dir in "$STATE"/*/; do
	[ -d "$env_dir/run" ] || continue
	env_use "$(basename "$env_dir")" 0
	step "Stopping $ENV_NAME"
	env_stop
done
