#!/usr/bin/env bash
# Builds the Linux app image (and a .deb where dpkg-deb and fakeroot exist) from target/corroborate.jar,
# with the JDK's jdeps, jlink and jpackage. Run by `mvn -Pinstaller package`; see the README.
#
# Usage: build-installer.sh JAR VERSION OUTPUT_FOLDER
#
# Layout of the image (OUTPUT_FOLDER/Corroborate):
#   bin/Corroborate          the launcher: the window without arguments, the command line with them
#   lib/runtime/             a Java runtime with only the JDK modules the jar uses
#   lib/app/corroborate.jar  the same jar as `java -jar`; JavaFX runs from it on the class path
#   lib/*.so                 JavaFX's native libraries, where JavaFX looks first (next to ../ of its jar)
#   lib/app/corroborate.jsa  the class-data (AppCDS) archive the launcher maps at start
set -euo pipefail

jar=$(realpath "$1")
version=${2%%-*}  # jpackage takes numbers only: 0.1.0-SNAPSHOT packs as 0.1.0
mkdir -p "$3"
out=$(cd "$3" && pwd)
here=$(cd "$(dirname "$0")" && pwd)
name=Corroborate
package=corroborate
main_class=org.corroborate.app.Main

# The launcher's JVM options. The archive holds the classes a start loads, already parsed and
# verified. JDK 17 records the absolute path of the jar in it, so it only applies where it was made:
# elsewhere the JVM starts without it, and the log option keeps that quiet rather than warning on
# every start. The .deb makes its own at install time (postinst).
java_options=(
  '-XX:SharedArchiveFile=$APPDIR/corroborate.jsa'
  '-Xshare:auto'
  '-Xlog:cds=off,cds+dynamic=off'
  '-XX:TieredStopAtLevel=1'
)

for tool in jdeps jlink jpackage; do
  command -v "$tool" >/dev/null || { echo "build-installer: $tool is missing: the installer needs a full JDK 17 (not a JRE)" >&2; exit 1; }
done
[ -f "$jar" ] || { echo "build-installer: $jar is missing: run mvn package first" >&2; exit 1; }

rm -rf "${out:?}"/*
mkdir -p "$out/input"
cp "$jar" "$out/input/corroborate.jar"

# The JDK modules the jar's classes refer to, its dependencies' included. Two are reached only by name
# at run time, so jdeps cannot see them: jdk.charsets (articles in legacy encodings such as
# windows-1251) and jdk.zipfs (reading inside zip files). jdk.localedata is left out on purpose: the
# app speaks English, and it would add about 30 MB.
modules=$(jdeps --print-module-deps --ignore-missing-deps --multi-release 17 "$jar")
modules="$modules,jdk.charsets,jdk.zipfs"
echo "build-installer: runtime modules: $modules"

# --generate-cds-archive gives the runtime its base class-data archive, which the app's archive
# extends; without it the JVM refuses to write the app's archive.
jlink --add-modules "$modules" --strip-debug --no-header-files --no-man-pages \
  --generate-cds-archive --output "$out/runtime"

jpackage --type app-image --name "$name" --app-version "$version" \
  --vendor "Corroborate" --description "A desktop fact-checking workbench" \
  --input "$out/input" --main-jar corroborate.jar --main-class "$main_class" \
  --runtime-image "$out/runtime" --icon "$here/corroborate.png" \
  $(printf -- "--java-options %s " "${java_options[@]}") \
  --dest "$out"
image="$out/$name"

# JavaFX loads its native libraries from ../lib beside its jar before unpacking them from the jar into
# the user's home folder: put them there, so a start writes nothing and unpacks nothing.
(cd "$image/lib" && unzip -q -j "$image/lib/app/corroborate.jar" '*.so') \
  || { echo "build-installer: $jar holds no JavaFX native libraries: it must be the shaded jar of mvn package" >&2; exit 1; }

# The .deb is made from the image as it is now, without the archive, which only works at the path it
# was made at: the package makes its own at /opt/$package when installed.
pristine="$out/pristine/$name"
mkdir -p "$out/pristine"
cp -a "$image" "$pristine"

echo "build-installer: recording the class-data archive by starting the image once (--smoke)"
"$image/lib/runtime/bin/java" -XX:ArchiveClassesAtExit="$image/lib/app/corroborate.jsa" \
  -XX:TieredStopAtLevel=1 -cp "$image/lib/app/corroborate.jar" "$main_class" --smoke

if command -v dpkg-deb >/dev/null && command -v fakeroot >/dev/null; then
  jpackage --type deb --app-image "$pristine" --name "$name" --app-version "$version" \
    --vendor "Corroborate" --description "A desktop fact-checking workbench" \
    --linux-package-name "$package" --linux-shortcut --linux-menu-group "Office;" \
    --linux-app-category "text" --icon "$here/corroborate.png" \
    --resource-dir "$here/deb" --dest "$out"
  echo "build-installer: built $(ls "$out"/*.deb)"
else
  echo "build-installer: skipped the .deb: it needs dpkg-deb and fakeroot (Debian/Ubuntu: apt-get install dpkg fakeroot)" >&2
fi
rm -rf "$out/input" "$out/runtime" "$out/pristine"
echo "build-installer: the app image is $image (start it with $image/bin/$name)"
