#!/bin/sh
# Install Kazakhstan–China Cultural Timeline from this extracted folder:
#   ./install.sh [TARGET]      (default ~/.local/opt/kz-cn-cultural-timeline)
# Copies the app into a temporary sibling of TARGET and renames it into place, so a failure
# leaves the previous install (or nothing) behind; then adds the menu entry and icon under
# ${XDG_DATA_HOME:-~/.local/share}. The database and settings live elsewhere and are never touched.
set -u
app_id=kz-cn-cultural-timeline
here=$(cd "$(dirname "$0")" && pwd -P)
target=${1:-$HOME/.local/opt/$app_id}
data_home=${XDG_DATA_HOME:-$HOME/.local/share}
manifest=.install-manifest

fail() { echo "install.sh: $*" >&2; exit 1; }

[ -f "$here/timeline-app" ] && [ -x "$here/timeline-app" ] && [ -d "$here/_internal" ] \
    || fail "$here/timeline-app is missing or not executable: the archive is incomplete; download and extract it again"
template=$(ls "$here"/*.desktop.in 2>/dev/null | head -n 1)
[ -n "$template" ] && [ -f "$template" ] \
    || fail "$here has no menu-entry template (*.desktop.in): the archive is incomplete; download and extract it again"
# The launcher and the icon are named by the desktop id the app announces, so its windows
# group with the launcher.
desktop_id=$(basename "$template" .desktop.in)

case $target in /*) ;; *) target=$(pwd -P)/$target ;; esac
target=${target%/}
parent=$(dirname "$target")
[ "$here" != "$target" ] || fail "already installed in $target (run it from there, or extract the archive elsewhere to reinstall)"
mkdir -p "$parent" 2>/dev/null && [ -d "$parent" ] && [ -w "$parent" ] \
    || fail "cannot write to $parent, so cannot install into $target"

staging=$(mktemp -d "$parent/.$app_id.install.XXXXXX" 2>/dev/null) \
    || fail "cannot write to $parent, so cannot install into $target"
old=""
cleanup() {
    # A first install that failed half-way takes its menu entry and icons back out.
    if [ ! -e "$target" ] && [ -z "$old" ] && [ -f "$staging/$manifest" ]; then
        while IFS= read -r file; do rm -f "$file"; done < "$staging/$manifest"
    fi
    rm -rf "$staging"
    [ -n "$old" ] && [ -d "$old" ] && [ ! -e "$target" ] && mv "$old" "$target"
}
trap 'cleanup' EXIT
trap 'exit 1' HUP INT TERM

cp -R "$here/." "$staging/" 2>/dev/null || fail "cannot copy the app into $parent (disk full?); nothing was installed"
chmod 755 "$staging"

# The menu entry and icons, each written aside then renamed into place.
applications=$data_home/applications
entry=$applications/$desktop_id.desktop
exec_path=$(printf '%s' "$target/timeline-app" | sed 's/[\\"`$]/\\\\&/g')
mkdir -p "$applications" 2>/dev/null || fail "cannot write to $applications"
sed "s|^Exec=.*|Exec=\"$exec_path\"|" "$template" > "$entry.tmp" 2>/dev/null \
    && mv "$entry.tmp" "$entry" || { rm -f "$entry.tmp"; fail "cannot write $entry"; }
printf '%s\n' "$entry" > "$staging/$manifest"
for icon in "$here"/_internal/timeline_app/_resources/*.svg "$here"/_internal/timeline_app/_resources/icons/hicolor/*/apps/*; do
    [ -f "$icon" ] || continue
    case $icon in
        */icons/hicolor/*) size=$(basename "$(dirname "$(dirname "$icon")")") ;;
        *) size=scalable ;;
    esac
    name=$(basename "$icon")
    case $name in timeline-app.svg) name=$desktop_id.svg ;; esac
    folder=$data_home/icons/hicolor/$size/apps
    mkdir -p "$folder" 2>/dev/null && cp "$icon" "$folder/$name.tmp" 2>/dev/null \
        && mv "$folder/$name.tmp" "$folder/$name" || fail "cannot write $folder/$name"
    printf '%s\n' "$folder/$name" >> "$staging/$manifest"
done

# Swap: the previous install steps aside, the new one takes its name, then the old one goes.
if [ -e "$target" ]; then
    old=$parent/.$app_id.old.$$
    mv "$target" "$old" 2>/dev/null || fail "cannot replace $target"
fi
mv "$staging" "$target" 2>/dev/null || fail "cannot write $target"
[ -n "$old" ] && rm -rf "$old"
old=""
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$applications" 2>/dev/null
command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$data_home/icons/hicolor" 2>/dev/null
echo "Installed in $target; the menu entry is $entry. Remove it with $target/uninstall.sh"
exit 0
