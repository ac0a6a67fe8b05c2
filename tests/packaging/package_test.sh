#!/bin/bash
# Builds the Debian package from this build tree, then checks it the way a planning office meets
# it: what dpkg says about it, what it installs, that its desktop files are valid, that the
# program runs from where the package puts it, that plan files get their own type and open in
# Agglomap, and that the menu entry starts the window in Chinese.
#   package_test.sh BUILD_DIR SOURCE_DIR PROJECT_VERSION
set -euo pipefail

build=$1
source=$2
version=$3
id=io.github.agglomap.Agglomap

failures=0
fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}
pass() { echo "ok: $*"; }

for tool in cpack dpkg-deb dpkg-query desktop-file-validate appstreamcli update-mime-database \
    update-desktop-database xdg-mime mimetype gio ogr2ogr ldd file; do
    command -v "$tool" >/dev/null || { echo "FAIL: $tool is missing: run tools/dev.sh, which installs it" >&2; exit 1; }
done

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# The user's own settings, MIME overrides and desktop entries must not leak in.
export HOME=$tmp/home XDG_CONFIG_HOME=$tmp/home/.config XDG_DATA_HOME=$tmp/home/.local/share
mkdir -p "$XDG_CONFIG_HOME" "$XDG_DATA_HOME"
unset XDG_CURRENT_DESKTOP DESKTOP_SESSION KDE_FULL_SESSION GNOME_DESKTOP_SESSION_ID

# --- The package ------------------------------------------------------------------------------
if ! cpack --config "$build/CPackConfig.cmake" -B "$tmp/cpack" -G DEB >"$tmp/cpack.log" 2>&1; then
    cat "$tmp/cpack.log" >&2
    echo "FAIL: cpack could not build the package" >&2
    exit 1
fi
debs=("$tmp"/cpack/*.deb)
[ ${#debs[@]} -eq 1 ] || { echo "FAIL: expected one .deb, found: ${debs[*]}" >&2; exit 1; }
deb=${debs[0]}
arch=$(dpkg --print-architecture)
[ "$(basename "$deb")" = "agglomap_${version}_${arch}.deb" ] && pass "file name $(basename "$deb")" ||
    fail "file name $(basename "$deb"), expected agglomap_${version}_${arch}.deb"

field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Package)" = agglomap ] && pass "Package: agglomap" || fail "Package: $(field Package)"
[ "$(field Version)" = "$version" ] && pass "Version: $version" || fail "Version: $(field Version), expected $version"
[ "$(field Architecture)" = "$arch" ] && pass "Architecture: $arch" || fail "Architecture: $(field Architecture), expected $arch"
depends=$(field Depends)
for needed in libqt6widgets6 libgdal32 qt6-qpa-plugins fonts-wqy-microhei qt6-translations-l10n \
    libqt6svg6 shared-mime-info; do
    # whole package names only: libqt6widgets6 must not be satisfied by libqt6widgets6-dbg
    if grep -Eq "(^|[ ,|])${needed}([ ,(]|$)" <<<"$depends"; then
        pass "Depends names $needed"
    else
        fail "Depends lacks $needed: $depends"
    fi
done
# Every dependency must be a package this Debian knows; apt would refuse the .deb otherwise.
IFS=',' read -ra clauses <<<"$depends"
for clause in "${clauses[@]}"; do
    name=$(sed -E 's/\|.*//; s/\(.*\)//; s/[[:space:]]//g' <<<"$clause")
    if dpkg-query -W "$name" >/dev/null 2>&1 || apt-cache show "$name" >/dev/null 2>&1; then
        :
    else
        fail "Depends names $name, which neither dpkg nor apt knows"
    fi
done
pass "every Depends clause checked: ${#clauses[@]}"

# --- What it installs -------------------------------------------------------------------------
dpkg-deb -c "$deb" | awk '{print $6}' | sed 's|/$||' >"$tmp/contents"
required=(
    ./usr/bin/agglomap
    ./usr/share/applications/$id.desktop
    ./usr/share/metainfo/$id.metainfo.xml
    ./usr/share/mime/packages/$id.xml
    ./usr/share/icons/hicolor/scalable/apps/$id.svg
    ./usr/share/doc/agglomap/copyright
    ./usr/share/doc/agglomap/changelog.gz
    ./usr/share/man/man1/agglomap.1.gz
    ./usr/share/agglomap/maps/README.md
    ./usr/share/agglomap/maps/sources/region_names.csv
)
for size in 16 22 24 32 48 64 128 256 512; do
    required+=("./usr/share/icons/hicolor/${size}x${size}/apps/$id.png")
done
for province in henan ningxia; do
    for layer in counties cities province rivers towns; do
        required+=("./usr/share/agglomap/maps/$province/$layer.geojson")
    done
    for table in plan.json districts.csv industries.csv infrastructure.csv links.csv; do
        required+=("./usr/share/agglomap/maps/$province/plan/$table")
    done
done
# The user guide and its pictures, as the source tree has them now.
while IFS= read -r document; do
    required+=("./usr/share/agglomap/docs/${document#"$source/docs/"}")
done < <(find "$source/docs" -type f \( -name '*.md' -o -name '*.png' \))
missing=0
for path in "${required[@]}"; do
    grep -Fxq "$path" "$tmp/contents" || { fail "the package lacks $path"; missing=1; }
done
[ $missing -eq 0 ] && pass "the package holds all ${#required[@]} expected files"

# Only the program and its data: nothing from tests, benchmarks, GoogleTest or developer tools.
allowed='^\.(/usr(/bin(/agglomap)?|/share(/agglomap(/(maps|docs)(/.*)?)?|/applications(/[^/]*\.desktop)?|/metainfo(/[^/]*\.xml)?|/mime(/packages(/[^/]*\.xml)?)?|/icons(/hicolor(/.*)?)?|/doc(/agglomap(/copyright|/changelog\.gz)?)?|/man(/man1(/agglomap\.1\.gz)?)?)?)?)?$'
if grep -Ev "$allowed" "$tmp/contents" >"$tmp/unexpected"; then
    fail "unexpected files in the package: $(tr '\n' ' ' <"$tmp/unexpected")"
else
    pass "no file outside the program's own places"
fi
if grep -Ei '(^|[/_.-])(tests?|bench(marks?)?|fuzz)([/_.-]|$)|gtest|gmock' "$tmp/contents" >"$tmp/devfiles"; then
    fail "test or benchmark files in the package: $(tr '\n' ' ' <"$tmp/devfiles")"
else
    pass "no test, benchmark or fuzz file"
fi

# --- Unpacked as dpkg would -------------------------------------------------------------------
root=$tmp/root
dpkg-deb -x "$deb" "$root"
agglomap=$root/usr/bin/agglomap
desktop=$root/usr/share/applications/$id.desktop
desktop-file-validate "$desktop" && pass "desktop-file-validate" || fail "desktop-file-validate $desktop"
appstreamcli validate --no-net "$root/usr/share/metainfo/$id.metainfo.xml" >"$tmp/appstream.log" 2>&1 &&
    pass "appstreamcli validate" || fail "appstreamcli validate: $(cat "$tmp/appstream.log")"
if ldd "$agglomap" | grep -q "not found"; then
    fail "libraries not found: $(ldd "$agglomap" | grep "not found" | tr '\n' ' ')"
else
    pass "ldd finds every library"
fi
changelog_top=$(zcat "$root/usr/share/doc/agglomap/changelog.gz" | head -1)
[[ $changelog_top == "agglomap ($version) "* ]] && pass "the changelog's latest entry is $version" ||
    fail "the changelog's latest entry is '$changelog_top': add one for $version to packaging/changelog"
file "$agglomap" | grep -q ", stripped" && pass "the binary is stripped" || fail "the binary is not stripped: $(file "$agglomap")"

# The installed program finds the maps installed beside it (bin/../share/agglomap/maps).
if info=$(env -i HOME="$HOME" PATH=/usr/bin:/bin "$agglomap" info henan 2>&1) &&
    grep -q "districts: *175 " <<<"$info" && grep -q "18 cities, 158 county-level units" <<<"$info"; then
    pass "agglomap info henan reads the bundled plan: $(head -1 <<<"$info")"
else
    fail "agglomap info henan: $info"
fi

# --- Plan files get their type and open in Agglomap --------------------------------------------
printf 'id,water_current\n1,55.5\n' >"$tmp/stats.csv"
if ! out=$(env -i HOME="$HOME" PATH=/usr/bin:/bin "$agglomap" import --plan henan --data "$tmp/stats.csv" \
    -o "$tmp/plan.gpkg" 2>&1); then
    fail "agglomap import could not save a plan: $out"
fi
ogr2ogr -f GPKG "$tmp/plain.gpkg" "$root/usr/share/agglomap/maps/henan/cities.geojson"
export XDG_DATA_DIRS=$root/usr/share:/usr/share
update-mime-database "$root/usr/share/mime"
update-desktop-database "$root/usr/share/applications"

# xdg-mime outside GNOME and KDE (and Qt's file dialogs, like KDE) read far enough into the file
# to see the plan's agglomap_meta table.
type_of() { xdg-mime query filetype "$1" 2>/dev/null; }
[ "$(type_of "$tmp/plan.gpkg")" = application/x-agglomap-plan ] && pass "xdg-mime: a plan is application/x-agglomap-plan" ||
    fail "xdg-mime: a plan is $(type_of "$tmp/plan.gpkg"), expected application/x-agglomap-plan"
[ "$(type_of "$tmp/plain.gpkg")" = application/geopackage+sqlite3 ] && pass "xdg-mime: a GDAL GeoPackage is application/geopackage+sqlite3" ||
    fail "xdg-mime: a GDAL GeoPackage is $(type_of "$tmp/plain.gpkg"), expected application/geopackage+sqlite3"
# GIO (GNOME's Files) reads only the first 4 KiB, where the table's name is not: there a plan is a
# GeoPackage, which the desktop entry also claims, so a double-click still opens Agglomap.
gio_type() { gio info -a standard::content-type "$1" | sed -n 's/.*standard::content-type: //p'; }
plan_gio=$(gio_type "$tmp/plan.gpkg")
mime_line=$(sed -n 's/^MimeType=//p' "$desktop")
case "$plan_gio" in
application/x-agglomap-plan | application/geopackage+sqlite3)
    [[ ";$mime_line" == *";$plan_gio;"* ]] && pass "GIO: a plan is $plan_gio, which the desktop entry opens" ||
        fail "GIO: a plan is $plan_gio, which the desktop entry's MimeType=$mime_line lacks" ;;
*) fail "GIO: a plan is $plan_gio, expected a GeoPackage type" ;;
esac
[ "$(gio_type "$tmp/plain.gpkg")" = application/geopackage+sqlite3 ] && pass "GIO: a GDAL GeoPackage is application/geopackage+sqlite3" ||
    fail "GIO: a GDAL GeoPackage is $(gio_type "$tmp/plain.gpkg")"
default=$(xdg-mime query default application/x-agglomap-plan 2>/dev/null || true)
[ "$default" = "$id.desktop" ] && pass "plans open with $default" ||
    fail "xdg-mime query default application/x-agglomap-plan gives '$default', expected $id.desktop"

# --- Started from the menu entry --------------------------------------------------------------
exec_line=$(sed -n 's/^Exec=//p' "$desktop")
read -ra words <<<"$exec_line"
if [ ! -x "$root/usr/bin/${words[0]}" ]; then
    fail "Exec=$exec_line: ${words[0]} is not a program the package installs in /usr/bin"
else
    command=("$root/usr/bin/${words[0]}")
    for word in "${words[@]:1}"; do
        [[ $word == %? ]] || command+=("$word") # no file: started from the menu, not a double-click
    done
    start() { # LOCALE PNG
        env -i HOME="$HOME" XDG_CONFIG_HOME="$XDG_CONFIG_HOME" PATH=/usr/bin:/bin \
            QT_QPA_PLATFORM=offscreen LANG="$1" LC_ALL="$1" "${command[@]}" --screenshot "$2" 2>"$tmp/start.err"
    }
    for run in "zh_CN.UTF-8 文件" "C.UTF-8 File"; do
        read -r locale menu <<<"$run"
        png=$tmp/start-${locale%%.*}.png
        if ! line=$(start "$locale" "$png"); then
            fail "Exec=$exec_line under $locale: did not start: $(cat "$tmp/start.err")"
            continue
        fi
        if [[ $line == *"menus: "*"$menu"* ]]; then
            pass "Exec=$exec_line under $locale: $line"
        else
            fail "Exec=$exec_line under $locale: expected the menu $menu, got: $line"
        fi
        size=$(stat -c %s "$png" 2>/dev/null || echo 0)
        if file "$png" | grep -q "PNG image data" && [ "$size" -gt 20000 ]; then
            pass "the window's picture under $locale: $(file -b "$png" | cut -d, -f2 | sed 's/^ //'), $size bytes"
        else
            fail "the window's picture under $locale is missing or blank ($size bytes)"
        fi
    done
fi

echo
if [ $failures -gt 0 ]; then
    echo "$failures package check(s) failed" >&2
    exit 1
fi
echo "the package passed every check"
