#!/usr/bin/env bash
# Builds the Teams app package manifest/build/vastbusbot.zip: manifest.json (with the bot's real app id in
# place of the 00000000-... placeholder), en.json, color.png and outline.png at the zip root.
#
# Usage: scripts/package-manifest.sh [MicrosoftAppId]
#   MicrosoftAppId        the bot's Entra app (client) id; falls back to $MicrosoftAppId. Must be a GUID.
# Optional environment:
#   VASTBUSBOT_WEBSITE_URL, VASTBUSBOT_PRIVACY_URL, VASTBUSBOT_TERMS_URL
#                         https URLs that replace developer.websiteUrl / privacyUrl / termsOfUseUrl.
#   PACKAGE_OUTPUT        where to write the zip (default: manifest/build/vastbusbot.zip).
# When node and the repo's node_modules are present, the packaged manifest is validated against the bundled
# Teams schema before the zip is written.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
manifest_dir="$root/manifest"
output="${PACKAGE_OUTPUT:-$manifest_dir/build/vastbusbot.zip}"

app_id="${1:-${MicrosoftAppId:-}}"
guid_re='^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$'

if [[ -z "$app_id" ]]; then
  echo "error: no bot app id; pass it as the first argument or set MicrosoftAppId" >&2
  exit 2
fi
if [[ ! "$app_id" =~ $guid_re ]]; then
  echo "error: bot app id '$app_id' is not a GUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx)" >&2
  exit 2
fi
app_id="${app_id,,}"
if [[ "$app_id" == "00000000-0000-0000-0000-000000000000" ]]; then
  echo "error: that is the manifest's placeholder id; pass the bot's real MicrosoftAppId" >&2
  exit 2
fi

for url_var in VASTBUSBOT_WEBSITE_URL VASTBUSBOT_PRIVACY_URL VASTBUSBOT_TERMS_URL; do
  url="${!url_var:-}"
  if [[ -n "$url" && ! "$url" =~ ^https://[^[:space:]]+$ ]]; then
    echo "error: $url_var must be an https URL, got '$url'" >&2
    exit 2
  fi
done

for file in manifest.json en.json color.png outline.png; do
  if [[ ! -f "$manifest_dir/$file" ]]; then
    echo "error: missing $manifest_dir/$file" >&2
    exit 1
  fi
done

staging="$(mktemp -d)"
trap 'rm -rf "$staging"' EXIT

# Substitute with a JSON parser rather than sed, so only bots[*].botId changes and the output stays valid JSON.
APP_ID="$app_id" python3 - "$manifest_dir/manifest.json" "$staging/manifest.json" <<'PY'
import json, os, sys

src, dst = sys.argv[1], sys.argv[2]
with open(src, encoding="utf-8-sig") as f:
    manifest = json.load(f)

bots = manifest.get("bots") or []
if not bots:
    sys.exit("error: manifest.json has no bots")
for bot in bots:
    bot["botId"] = os.environ["APP_ID"]

developer = manifest.setdefault("developer", {})
for env, key in (("VASTBUSBOT_WEBSITE_URL", "websiteUrl"), ("VASTBUSBOT_PRIVACY_URL", "privacyUrl"), ("VASTBUSBOT_TERMS_URL", "termsOfUseUrl")):
    if os.environ.get(env):
        developer[key] = os.environ[env]

with open(dst, "w", encoding="utf-8") as f:
    json.dump(manifest, f, ensure_ascii=False, indent=2)
    f.write("\n")
PY
cp "$manifest_dir/en.json" "$manifest_dir/color.png" "$manifest_dir/outline.png" "$staging/"

validator="$root/tests/tools/validate-manifest.mjs"
if command -v node >/dev/null 2>&1 && [[ -d "$root/node_modules/@microsoft/app-manifest" ]]; then
  if ! (cd "$root" && node "$validator" "$staging/manifest.json" "$staging/en.json" >"$staging/validation.json"); then
    cat "$staging/validation.json" >&2
    echo "error: the packaged manifest does not validate against its schema" >&2
    exit 1
  fi
else
  echo "note: node or node_modules missing; skipped schema validation (run 'npm ci' to enable it)" >&2
fi

mkdir -p "$(dirname "$output")"
# Fixed timestamps keep the zip byte-for-byte reproducible for the same inputs.
python3 - "$staging" "$output" <<'PY'
import sys, zipfile
from pathlib import Path

staging, output = Path(sys.argv[1]), Path(sys.argv[2])
tmp = output.with_name(output.name + ".tmp")
with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED) as z:
    for name in ("manifest.json", "en.json", "color.png", "outline.png"):
        info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
        info.compress_type = zipfile.ZIP_DEFLATED
        info.external_attr = 0o644 << 16
        z.writestr(info, (staging / name).read_bytes())
tmp.replace(output)
PY

echo "wrote $output (botId $app_id)"
