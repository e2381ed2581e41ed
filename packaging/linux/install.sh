#!/bin/sh
# MentorDesk from the tarball: add it to your desktop's menu (like Anki's install.sh), for you alone.
#
#   ./install.sh              menu entry, icons and a `mentordesk` command for the current user
#   ./install.sh --uninstall  remove them again (the unpacked folder and your data stay)
#
# The app runs from this unpacked folder: move the folder first, then run install.sh, since the menu entry
# points here. Installs into $XDG_DATA_HOME (~/.local/share) and ~/.local/bin; no root needed.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
id=io.github.mentordesk.MentorDesk
data=${XDG_DATA_HOME:-$HOME/.local/share}
bin=$HOME/.local/bin
app="$here/mentordesk"

refresh() {
    command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$data/applications" || true
    command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -f "$data/icons/hicolor/index.theme" ] \
        && gtk-update-icon-cache -q -t "$data/icons/hicolor" || true
    touch "$data/icons/hicolor" 2>/dev/null || true  # desktops rescan an icon theme folder whose time changed
}

if [ "${1:-}" = "--uninstall" ]; then
    rm -f "$data/applications/$id.desktop" "$data/metainfo/$id.metainfo.xml"
    for icon in "$data"/icons/hicolor/*/apps/$id.png "$data"/icons/hicolor/scalable/apps/$id.svg; do
        rm -f "$icon"
    done
    [ -L "$bin/mentordesk" ] && [ "$(readlink "$bin/mentordesk")" = "$app" ] && rm -f "$bin/mentordesk"
    refresh
    echo "MentorDesk removed from the menu. Your data is still in ${data}/MentorDesk."
    exit 0
elif [ $# -gt 0 ]; then
    echo "usage: $0 [--uninstall]" >&2
    exit 2
fi

[ -x "$app" ] || { echo "install.sh: $app not found: run me from the unpacked MentorDesk folder" >&2; exit 1; }

mkdir -p "$data/applications" "$data/metainfo" "$bin"
(cd "$here/share/icons" && find hicolor -type f -name "$id.*") | while read -r icon; do
    mkdir -p "$data/icons/$(dirname "$icon")"
    cp "$here/share/icons/$icon" "$data/icons/$icon"
done
# The menu entry runs this folder's launcher by its full path (quoted as the Desktop Entry spec asks);
# TryExec names the same file, so the entry hides itself once the folder is gone.
MD_APP=$app awk '
    function quoted(s,   out, i, c) {  # escape for the quoted argument, then for the string value
        out = ""
        for (i = 1; i <= length(s); i++) {
            c = substr(s, i, 1)
            if (c == "\\") out = out "\\\\\\\\"
            else if (c == "\"" || c == "`" || c == "$") out = out "\\\\" c
            else out = out c
        }
        return "\"" out "\""
    }
    /^Exec=/ { print "Exec=" quoted(ENVIRON["MD_APP"]); print "TryExec=" ENVIRON["MD_APP"]; next }
    /^TryExec=/ { next }
    { print }
' "$here/share/applications/$id.desktop" > "$data/applications/$id.desktop"
cp "$here/share/metainfo/$id.metainfo.xml" "$data/metainfo/$id.metainfo.xml"
ln -sfn "$app" "$bin/mentordesk"
refresh

echo "MentorDesk is in your applications menu; \`mentordesk\` runs it from a terminal."
case ":$PATH:" in
    *":$bin:"*) ;;
    *) echo "Note: $bin is not on your PATH; add it to run \`mentordesk\` by name." ;;
esac
