#!/usr/bin/env bash
# Refreshes docs/screenshot.png (the README's picture of the chat) from the browser test, which otherwise writes
# target/chat-screenshot.png: the test suite never changes a tracked file. Needs chromium and chromium-driver.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q test -Dtest=ChatBrowserTest -Dsurefire.failIfNoSpecifiedTests=false \
    -Dnewsdesk.screenshot=docs/screenshot.png
echo "docs/screenshot.png refreshed"
