#!/usr/bin/env bash
# ctest translations_complete: every user-visible string of the desktop (its sources, core and devices) has its
# Chinese translation, and every English plural has its forms. lupdate runs over today's sources into copies of
# translations/*.ts, so a string added without updating the catalogue fails here, not in front of a shop owner.
#   check-translations.sh SOURCE_DIR LUPDATE_PROJECT_CMAKE GENERATE_PROJECT_SCRIPT LUPDATE
set -euo pipefail
src=$1 project_in=$2 generate=$3 lupdate=$4
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$src"/translations/posdesk_zh_CN.ts "$src"/translations/posdesk_en.ts "$work"/
cmake -DIN_FILE="$project_in" -DOUT_FILE="$work/project.json" -P "$generate"
"$lupdate" -project "$work/project.json" -locations none -no-obsolete -silent \
    -ts "$work/posdesk_zh_CN.ts" "$work/posdesk_en.ts"
python3 - "$work/posdesk_zh_CN.ts" "$work/posdesk_en.ts" <<'PY'
import sys
import xml.etree.ElementTree as ET

problems = []
for path, need_all in ((sys.argv[1], True), (sys.argv[2], False)):
    for ctx in ET.parse(path).getroot().iter("context"):
        name = ctx.findtext("name")
        for m in ctx.iter("message"):
            tr = m.find("translation")
            if tr is None or tr.get("type") != "unfinished":
                continue
            # English is the source language: only its plural forms need writing out.
            if need_all or m.get("numerus") == "yes":
                problems.append(f"{path.rsplit('/', 1)[-1]}: {name}: {m.findtext('source')!r}")
if problems:
    print(f"{len(problems)} untranslated string(s); run `cmake --build BUILD --target update_translations` "
          "and translate them in translations/*.ts:")
    print("\n".join(problems))
    sys.exit(1)
print("translations complete")
PY
