#!/usr/bin/env bash
# Builds the RamSecurity.Analyzers package and runs its analyzers over the sample, the way a user's build would:
# the sample restores the freshly packed package from artifacts/packages and prints the RAM diagnostics.
set -euo pipefail
cd "$(dirname "$0")"

dotnet pack src/RamSecurity.Analyzers.Package -c Release -o artifacts/packages

# The sample has its own packages folder; drop the old copy so the package just built is the one extracted.
rm -rf samples/.packages/ramsecurity.analyzers
dotnet build samples/RamSecurity.Sample -c Release --no-incremental -p:RestoreForce=true -clp:NoSummary | tee artifacts/sample-build.log

# One line per diagnostic: file(line,col): id and message, without the project suffix MSBuild appends.
grep -E "warning RAM[0-9]+:" artifacts/sample-build.log | sed -E "s| \[[^]]*\]$||; s|^$PWD/||" | sort -u > artifacts/sample-diagnostics.txt
echo
echo "RAM diagnostics in the sample ($(wc -l < artifacts/sample-diagnostics.txt)):"
cat artifacts/sample-diagnostics.txt
echo
grep -oE "warning RAM[0-9]+" artifacts/sample-diagnostics.txt | sort | uniq -c
