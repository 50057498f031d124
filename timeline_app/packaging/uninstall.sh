#!/bin/sh
# Remove what install.sh added: the app folder and its menu entry and icons (listed in the
# folder's .install-manifest). The database and settings are kept.
#   ./uninstall.sh [TARGET]    (default: this folder if installed, else ~/.local/opt/kz-cn-cultural-timeline)
set -u
app_id=kz-cn-cultural-timeline
here=$(cd "$(dirname "$0")" && pwd -P)
manifest=.install-manifest
if [ $# -gt 0 ]; then
    target=${1%/}
elif [ -f "$here/$manifest" ]; then
    target=$here
else
    target=$HOME/.local/opt/$app_id
fi
if [ ! -f "$target/$manifest" ]; then
    echo "Nothing to uninstall: no installed app in $target."
    exit 0
fi
while IFS= read -r file; do
    [ -n "$file" ] && rm -f "$file"
done < "$target/$manifest"
rm -rf "$target" || { echo "uninstall.sh: cannot remove $target" >&2; exit 1; }
echo "Uninstalled from $target, with its menu entry and icons; your database and settings are kept."
exit 0
