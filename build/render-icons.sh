#!/usr/bin/env bash
# Renders build/icon.svg to every size the packages need (Debian: librsvg2-bin, icnsutils, icoutils):
#   icons/NxN.png  Linux (AppImage, .deb, .rpm; hicolor sizes)
#   icon.png       1024 px, the source electron-builder falls back on
#   icon.icns      macOS            icon.ico  Windows (NSIS installer and the .exe)
set -euo pipefail
cd "$(dirname "$0")"
for size in 16 24 32 48 64 128 256 512 1024; do
  rsvg-convert -w "$size" -h "$size" icon.svg -o "icons/${size}x${size}.png"
done
cp icons/1024x1024.png icon.png
png2icns icon.icns icons/{16x16,32x32,48x48,128x128,256x256,512x512,1024x1024}.png >/dev/null
icotool -c -o icon.ico icons/{16x16,24x24,32x32,48x48,64x64,128x128}.png -r icons/256x256.png
