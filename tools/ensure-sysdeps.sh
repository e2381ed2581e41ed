#!/usr/bin/env bash
# Make sure the system libraries Qt loads are present (with WITH_XVFB=1 the X11 test tools, with WITH_NODE=1
# Node.js and npm, with WITH_DIST=1 the packaging tools); install them with apt-get when we are root.
set -u
need=()
have() { ldconfig -p 2>/dev/null | grep -q "$1"; }
have libEGL.so.1 || need+=(libegl1)
have libGL.so.1 || need+=(libgl1)
have libfontconfig.so.1 || need+=(libfontconfig1)
have libxkbcommon.so.0 || need+=(libxkbcommon0)
have libglib-2.0.so.0 || need+=(libglib2.0-0)
have libdbus-1.so.3 || need+=(libdbus-1-3)
if [ "${WITH_XVFB:-0}" = 1 ]; then
  command -v Xvfb >/dev/null || need+=(xvfb)
  command -v xdotool >/dev/null || need+=(xdotool)  # dist-check finds the first window and sends ctrl+q
  for pair in libxcb-cursor.so.0:libxcb-cursor0 libxcb-icccm.so.4:libxcb-icccm4 libxcb-keysyms.so.1:libxcb-keysyms1 \
      libxcb-image.so.0:libxcb-image0 libxcb-render-util.so.0:libxcb-render-util0 libxcb-shape.so.0:libxcb-shape0 \
      libxcb-xkb.so.1:libxcb-xkb1 libxkbcommon-x11.so.0:libxkbcommon-x11-0; do
    have "${pair%%:*}" || need+=("${pair##*:}")
  done
fi
if [ "${WITH_NODE:-0}" = 1 ]; then  # make test: Node.js and npm run the tests' second vCard parser (tools/icaljs)
  command -v node >/dev/null || need+=(nodejs)
  command -v npm >/dev/null || need+=(npm)
fi
if [ "${WITH_DIST:-0}" = 1 ]; then  # make dist / dist-check: the packaging tools
  command -v dpkg-deb >/dev/null || need+=(dpkg)
  command -v patchelf >/dev/null || need+=(patchelf)  # strips the build machine's RUNPATH from the bundle
  command -v rpmbuild >/dev/null || need+=(rpm)  # the RPM, and rpm -qlp / rpm --root in dist-check
  command -v lintian >/dev/null || need+=(lintian)
  command -v appstreamcli >/dev/null || need+=(appstream)
  command -v desktop-file-validate >/dev/null || need+=(desktop-file-utils)
fi
[ ${#need[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "Installing system packages: ${need[*]}"
  apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
else
  echo "MentorDesk needs these system packages: ${need[*]} (install them with your package manager)" >&2
fi
