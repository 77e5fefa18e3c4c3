#!/usr/bin/env bash
# The check step of action.yml: turns the action's inputs (GS_* variables) into a command line,
# runs the tool built in the action's own folder, writes the job summary and the exit code.
set -uo pipefail
set -f # patterns go to the tool as written; it expands them itself

args=(check)
if [ -n "${GS_CONFIG:-}" ]; then args+=(--config "$GS_CONFIG"); else args+=(--no-config); fi
[ -n "${GS_MIN_SCORE:-}" ] && args+=(--min-score "$GS_MIN_SCORE")
[ -n "${GS_FAIL_ON:-}" ] && args+=(--fail-on "$GS_FAIL_ON")
format="${GS_FORMAT:-github}"
args+=(--format "$format")
[ -n "${GS_SARIF:-}" ] && args+=(--output "sarif=$GS_SARIF")
[ -n "${GS_JUNIT:-}" ] && args+=(--output "junit=$GS_JUNIT")
[ -n "${GS_MARKDOWN:-}" ] && args+=(--output "markdown=$GS_MARKDOWN")

# With --format github the tool appends the Markdown summary to the job summary itself;
# with any other format the action asks for it and appends it.
summary=""
if [ -n "${GITHUB_STEP_SUMMARY:-}" ] && [ "$format" != github ]; then
  summary="${RUNNER_TEMP:-/tmp}/guarantee-score-summary-$$.md"
  args+=(--output "markdown=$summary")
fi

# Paths are separated by spaces or new lines; `--` keeps one that starts with a dash a path.
read -r -d '' -a paths <<<"${GS_PATHS:-}"
node "$GITHUB_ACTION_PATH/bin/guarantee-score.js" "${args[@]}" -- "${paths[@]}"
status=$?

if [ -n "$summary" ]; then
  [ -f "$summary" ] && cat "$summary" >>"$GITHUB_STEP_SUMMARY"
  rm -f "$summary"
fi
[ -n "${GITHUB_OUTPUT:-}" ] && echo "exit-code=$status" >>"$GITHUB_OUTPUT"
exit "$status"
