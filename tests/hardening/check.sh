# Shared by the CLI hardening scripts (source it): a pass/fail count and the
# summary line that decides the exit status.
pass=0 fail=0
ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL: $*" >&2; }
# finish NAME: prints the counts; the script's last command, so its status.
finish() {
  echo "$1: $pass passed, $fail failed"
  [[ $fail -eq 0 ]]
}
