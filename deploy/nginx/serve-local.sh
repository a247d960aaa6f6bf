#!/usr/bin/env bash
# Runs the shipped nginx configuration (site.conf) on 127.0.0.1 for CI and tests, unprivileged
# paths only: the config is copied into WORK with its placeholders replaced.
#   deploy/nginx/serve-local.sh start TARGET PORT WORK [MAPS_DIR]
#   deploy/nginx/serve-local.sh stop WORK
# TARGET is a deploy target (npm run deploy -- --target TARGET); MAPS_DIR holds redirects.map
# and gone.map (default: deploy/nginx, the committed ones).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
cmd=${1:?start|stop}
if [[ $cmd == stop ]]; then
  work=${2:?WORK}
  if [[ -f $work/nginx.pid ]]; then
    nginx -p "$work" -c "$work/nginx.conf" -s quit 2>/dev/null || kill "$(cat "$work/nginx.pid")" 2>/dev/null || true
    for _ in $(seq 50); do [[ -f $work/nginx.pid ]] || break; sleep 0.1; done
  fi
  exit 0
fi
target=$(realpath -m "${2:?TARGET}")
port=${3:?PORT}
work=$(realpath -m "${4:?WORK}")
maps=$(realpath "${5:-$here}")
mkdir -p "$work/conf" "$work/tmp" "$target"
cp "$here/security-headers.conf" "$here/security-headers-admin.conf" "$work/conf/"
cp "$maps/redirects.map" "$maps/gone.map" "$work/conf/"
sed -e "s#/srv/bang-vang#$target#g" -e "s#/etc/nginx/bang-vang/#$work/conf/#g" -e "s#listen 80;#listen 127.0.0.1:$port;#" \
  "$here/site.conf" > "$work/conf/site.conf"
mime=/etc/nginx/mime.types
cat > "$work/nginx.conf" <<CONF
worker_processes 1;
pid $work/nginx.pid;
error_log $work/error.log;
events { worker_connections 128; }
http {
  include $mime;
  default_type application/octet-stream;
  access_log $work/access.log;
  client_body_temp_path $work/tmp/body;
  proxy_temp_path $work/tmp/proxy;
  fastcgi_temp_path $work/tmp/fastcgi;
  uwsgi_temp_path $work/tmp/uwsgi;
  scgi_temp_path $work/tmp/scgi;
  include $work/conf/site.conf;
}
CONF
# Workers drop to an unprivileged user when started as root: let them read the target.
p=$target; while [[ $p != / ]]; do chmod a+x "$p" 2>/dev/null || true; p=$(dirname "$p"); done
chmod -R a+rX "$target" 2>/dev/null || true
nginx -p "$work" -c "$work/nginx.conf" -t -q
nginx -p "$work" -c "$work/nginx.conf"
for _ in $(seq 50); do [[ -f $work/nginx.pid ]] && break; sleep 0.1; done
echo "nginx: http://127.0.0.1:$port/ → $target/current (cấu hình: $work/conf/site.conf)"
