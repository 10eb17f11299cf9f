#!/usr/bin/env bash
# Installs the system packages a command needs, when they are missing: Debian's Chromium (the demo, the
# end-to-end tests, the benchmark), Firefox ESR (the Firefox smoke test) and CJK fonts (Chinese text in the
# demo and in screenshots). `npm start`, `npm test` and `.ci/run` call it before anything else, and before
# `npm ci` in CI, so it is plain bash with no dependency.
#
#   bash scripts/setup.sh [chromium] [firefox] [cjk-fonts]
#
# As root it runs apt-get itself; otherwise through `sudo -n` when that needs no password. Where it cannot
# (no apt-get, or neither root nor passwordless sudo) it stops and prints the exact command to run.
# Prints nothing when everything is there.
#
# BACKSTORY_CHROMIUM / BACKSTORY_FIREFOX name a browser binary elsewhere (as scripts/lib/*.ts read them);
# BACKSTORY_SETUP_ROOT prefixes the paths it looks at, for tests only.
set -euo pipefail

root="${BACKSTORY_SETUP_ROOT:-}"

has_chromium() {
  if [ -n "${BACKSTORY_CHROMIUM:-}" ]; then [ -x "$BACKSTORY_CHROMIUM" ]; return; fi
  [ -x "$root/usr/lib/chromium/chromium" ] || [ -x "$root/usr/bin/chromium" ]
}

has_firefox() {
  if [ -n "${BACKSTORY_FIREFOX:-}" ]; then [ -x "$BACKSTORY_FIREFOX" ]; return; fi
  [ -x "$root/usr/bin/firefox-esr" ] || [ -x "$root/usr/bin/firefox" ]
}

# Any font fontconfig (and so Chromium) offers for Chinese will do; without fontconfig's tools, ask dpkg.
has_cjk_fonts() {
  if command -v fc-list >/dev/null 2>&1 && [ -n "$(fc-list :lang=zh family 2>/dev/null)" ]; then return 0; fi
  command -v dpkg-query >/dev/null 2>&1 &&
    [ "$(dpkg-query -W -f='${Status}' fonts-noto-cjk 2>/dev/null)" = 'install ok installed' ]
}

# The Debian package behind each thing a command can ask for, and why it is needed.
missing=()
reasons=()
for need in "$@"; do
  case "$need" in
    chromium)
      if has_chromium; then continue; fi
      if [ -n "${BACKSTORY_CHROMIUM:-}" ]; then
        echo "BACKSTORY_CHROMIUM is set to $BACKSTORY_CHROMIUM, which is not an executable file." >&2
        echo "Point it at a Chromium binary, or unset it to use Debian's chromium package." >&2
        exit 1
      fi
      missing+=(chromium)
      reasons+=('chromium: the demo and the end-to-end tests run Backstory in it')
      ;;
    firefox)
      if has_firefox; then continue; fi
      if [ -n "${BACKSTORY_FIREFOX:-}" ]; then
        echo "BACKSTORY_FIREFOX is set to $BACKSTORY_FIREFOX, which is not an executable file." >&2
        echo "Point it at a Firefox binary, or unset it to use Debian's firefox-esr package." >&2
        exit 1
      fi
      missing+=(firefox-esr)
      reasons+=('firefox-esr: the Firefox smoke test runs Backstory in it')
      ;;
    cjk-fonts)
      if has_cjk_fonts; then continue; fi
      missing+=(fonts-noto-cjk)
      reasons+=('fonts-noto-cjk: without a CJK font, Chinese text shows as empty boxes')
      ;;
    *)
      echo "scripts/setup.sh: unknown requirement '$need' (expected chromium, firefox or cjk-fonts)" >&2
      exit 2
      ;;
  esac
done

[ ${#missing[@]} -eq 0 ] && exit 0

echo "Backstory needs system packages that are missing:"
printf '  %s\n' "${reasons[@]}"

manual_command="sudo apt-get update && sudo apt-get install -y ${missing[*]}"

if ! command -v apt-get >/dev/null 2>&1; then
  echo "This machine has no apt-get, so they cannot be installed for you. On Debian or Ubuntu, run:" >&2
  echo "" >&2
  echo "    $manual_command" >&2
  echo "" >&2
  echo "Elsewhere, install Chromium / Firefox and set BACKSTORY_CHROMIUM / BACKSTORY_FIREFOX to their binaries." >&2
  exit 1
fi

if [ "$(id -u)" = 0 ]; then
  as_root=()
elif command -v sudo >/dev/null 2>&1 && sudo -n true >/dev/null 2>&1; then
  as_root=(sudo -n)
else
  echo "Installing them needs root, and sudo is not available without a password here. Run:" >&2
  echo "" >&2
  echo "    $manual_command" >&2
  echo "" >&2
  echo "then run this command again." >&2
  exit 1
fi

# Says what it runs. apt's progress goes to /dev/null; its errors (stderr) still show.
run() {
  echo "+ $*"
  "$@" >/dev/null
}

run "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
run "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"

# apt can succeed without giving us what we looked for (a package of that name from another repository).
for need in "$@"; do
  case "$need" in
    chromium) has_chromium || { echo "chromium was installed but no Chromium binary was found." >&2; exit 1; } ;;
    firefox) has_firefox || { echo "firefox-esr was installed but no Firefox binary was found." >&2; exit 1; } ;;
    cjk-fonts) has_cjk_fonts || { echo "fonts-noto-cjk was installed but fontconfig lists no Chinese font." >&2; exit 1; } ;;
  esac
done
echo "Installed: ${missing[*]}"
