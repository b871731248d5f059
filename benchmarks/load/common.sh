# What the load scripts share (sourced by run.sh and hostile.sh): results, free ports, and the
# probe that waits for a server to answer. The sourcing script sets RESULTS before calling say.

say() { echo "$*" | tee -a "$RESULTS"; }

free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

# One HTTP/1.0 GET through bash's /dev/tcp (no process started, so polling does not slow the start).
answers_200() {
  local port=$1 path=$2 status
  { exec 3<>"/dev/tcp/127.0.0.1/$port"; } 2>/dev/null || return 1
  printf 'GET %s HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n' "$path" >&3
  read -r -t 5 status <&3 || status=""
  exec 3>&- 3<&-
  [[ $status == *" 200"* ]]
}

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
