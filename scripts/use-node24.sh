# Source this file (`source scripts/use-node24.sh`) to run the rest of a shell on Node 22.22+.
# When `node -v` is older than 22, it installs Node 24 LTS from the npm registry's `node` package
# (which brings the platform binary) into .cache/node24/ and puts it first on PATH. Nothing outside
# the clone changes; a second call reuses the install.
_argmap_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
_argmap_major="$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)"
if [ "$_argmap_major" -lt 22 ]; then
  _argmap_prefix="$_argmap_root/.cache/node24"
  if [ ! -x "$_argmap_prefix/node_modules/.bin/node" ]; then
    echo "node $(node -v 2>/dev/null || echo missing) is older than 22: installing Node 24 LTS into .cache/node24" >&2
    npm install --prefix "$_argmap_prefix" --no-audit --no-fund --no-save --loglevel=error node@24 >&2
  fi
  export PATH="$_argmap_prefix/node_modules/.bin:$PATH"
  hash -r
  _argmap_major="$(node -p 'process.versions.node.split(".")[0]')"
  if [ "$_argmap_major" -lt 22 ]; then
    echo "could not put Node 24 on PATH (node -v says $(node -v))" >&2
    return 1 2>/dev/null || exit 1
  fi
fi
unset _argmap_root _argmap_major _argmap_prefix
