#!/usr/bin/env bash
# Mutation score of the modules that guard money, requests and state changes.
#
# Each module is mutated (one small change at a time, by mutmut) and checked against its own
# tests only, so a score says how well those tests pin that module down.  Mutants that change
# only a message shown to people are counted apart from those that change behaviour.
# Slow: minutes per module on two cores.  Not part of CI.
#
#   scripts/mutation.sh                 # every module
#   scripts/mutation.sh money signing   # some modules
#   MUTATION_JOBS=2 scripts/mutation.sh validation
#   MUTANTS='zaddesk.core.onboarding.*topup*' scripts/mutation.sh onboarding   # some functions
#
# Work folders (kept for `mutmut results` / `mutmut show`): build/mutation/<module>/.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
venv=${VENV:-$root/.venv}
py=$venv/bin/python
jobs=${MUTATION_JOBS:-1}

# module name -> "source file|its tests"
declare -A modules=(
    [signing]="zaddesk/api/signing.py|tests/unit/test_signing.py"
    [money]="zaddesk/core/money.py|tests/core/test_money.py"
    [validation]="zaddesk/core/validation.py|tests/core/test_validation.py"
    [payments]="zaddesk/core/payments.py|tests/core/test_payments.py"
    [onboarding]="zaddesk/core/onboarding.py|tests/core/test_onboarding.py tests/core/test_onboarding_resume.py"
    [journal]="zaddesk/core/journal.py|tests/core/test_journal.py"
    [sendonce]="zaddesk/core/sendonce.py|tests/core/test_sendonce.py"
    [orders]="zaddesk/core/orders.py|tests/core/test_orders.py"
    [pbxdesk]="zaddesk/core/pbxdesk.py|tests/core/test_pbxdesk.py"
    [ivr_apply]="zaddesk/core/ivr/apply.py|tests/core/ivr/test_judge.py tests/emulator/test_ivr_apply.py"
)
order=(signing money validation payments onboarding journal sendonce orders pbxdesk ivr_apply)

if [[ ! -x $py ]]; then
    echo "no virtualenv at $venv: run scripts/bootstrap.sh test first" >&2
    exit 2
fi
if ! "$py" -c 'import mutmut' 2>/dev/null; then
    echo "installing mutmut into $venv (a tool for this script, not a dependency)" >&2
    "$py" -m pip install -q 'mutmut>=3.8,<4'
fi

# MUTANTS: mutant name patterns (mutmut's), to try only some functions of a large module.
read -r -a patterns <<<"${MUTANTS:-}"
selected=("$@")
if [[ ${#selected[@]} -eq 0 ]]; then
    selected=("${order[@]}")
fi

status=0
for name in "${selected[@]}"; do
    spec=${modules[$name]:-}
    if [[ -z $spec ]]; then
        echo "unknown module '$name'; known: ${order[*]}" >&2
        exit 2
    fi
    source=${spec%%|*}
    tests=${spec#*|}
    missing=0
    for file in $source $tests; do
        [[ -f $file ]] || missing=1
    done
    if [[ $missing -eq 1 ]]; then
        echo "$name: skipped ($source or its tests are not here yet)"
        continue
    fi
    work=$root/build/mutation/$name
    rm -rf "$work"
    mkdir -p "$work"
    # A private copy: mutmut writes its mutants/ beside the code, and the tree stays untouched.
    tar -C "$root" --exclude=__pycache__ -cf - zaddesk tests pyproject.toml resources \
        | tar -C "$work" -xf -
    {
        echo "[mutmut]"
        echo "source_paths = zaddesk/"
        echo "also_copy = resources/"  # the API spec the emulator checks answers against
        echo "only_mutate = $source"
        echo "pytest_add_cli_args_test_selection ="
        for t in $tests; do echo "    $t"; done
        echo "pytest_add_cli_args = -p no:cacheprovider"
    } >"$work/setup.cfg"
    echo "$name: mutating $source against $tests (log: $work/mutmut.log)" >&2
    if ! (cd "$work" && QT_QPA_PLATFORM=offscreen PATH="$venv/bin:$PATH" \
        "$venv/bin/mutmut" run --max-children "$jobs" "${patterns[@]}" >"$work/mutmut.log" 2>&1); then
        echo "$name: mutmut failed, see $work/mutmut.log" >&2
        status=1
        continue
    fi
    "$py" "$root/scripts/mutation_score.py" "$name" "$work" "$source"
done
exit $status
