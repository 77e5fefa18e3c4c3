// The exit codes, as every --help ends with them.
export const EXIT_CODES_HELP = `
Exit codes:
  0  every file is valid (and, for check, passed its gates)
  1  a file is invalid or failed a gate
  2  the command itself is wrong: unknown option, missing file, nothing to do, or an internal error
  130, 143  interrupted (SIGINT, SIGTERM);  141  the output pipe was closed early`;
