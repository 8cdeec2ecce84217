"""Parses AWS CLI commands with the CLI's own driver, offline, and says which ones it rejects.

Reads a JSON list of argument lists (each without the leading `aws`) on stdin and prints one
JSON result per command: {"ok": true} or {"ok": false, "error": "..."}. A command is accepted
when the driver gets as far as sending the request: every argument has been parsed and validated
against the service model. The request itself is stopped before it leaves the machine. Commands
that need no request (`aws configure list`) are accepted when they exit with status 0.

Run it with the Python that runs `aws` (the test reads the interpreter from its first line), in a
folder that holds the files the commands read (`file://policy.json`).
"""
import contextlib
import io
import json
import os
import sys
import tempfile

home = tempfile.mkdtemp()
os.environ.update({
    'HOME': home,
    'AWS_CONFIG_FILE': os.path.join(home, 'config'),
    'AWS_SHARED_CREDENTIALS_FILE': os.path.join(home, 'credentials'),
    'AWS_ACCESS_KEY_ID': 'AKIAIOSFODNN7EXAMPLE',
    'AWS_SECRET_ACCESS_KEY': 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
    'AWS_DEFAULT_REGION': 'us-east-1',
    'AWS_MAX_ATTEMPTS': '1',
    'AWS_EC2_METADATA_DISABLED': 'true',
    'AWS_PAGER': '',
})
for name in ('AWS_PROFILE', 'AWS_SESSION_TOKEN', 'AWS_ENDPOINT_URL'):
    os.environ.pop(name, None)

from awscli.clidriver import create_clidriver  # noqa: E402


class Sent(Exception):
    """Raised where the request would leave: everything before it was parsed and validated."""


# One driver for every command: building one costs a tenth of a second; parsing is per call.
driver = create_clidriver()
sent = []


def stop(**_):
    sent.append(True)
    raise Sent()


driver.session.register('before-send', stop)


def without_profile(argv):
    """`--profile dev` names a profile on the reader's machine, not on this one: parse without it."""
    out, skip = [], False
    for arg in argv:
        if skip:
            skip = False
        elif arg == '--profile':
            skip = True
        elif not arg.startswith('--profile='):
            out.append(arg)
    return out


def run(argv):
    sent.clear()
    argv = without_profile(argv)
    err = io.StringIO()
    try:
        with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
            status = driver.main(argv)
    except Sent:
        status = None
    except SystemExit as exit:
        status = exit.code
    if sent or status == 0:
        return {'ok': True}
    lines = [line for line in err.getvalue().strip().splitlines() if line.strip()]
    # `aws configure` runs on the reader's machine: `get` exits 1 for a value this empty home does
    # not have, and a bare `aws configure` stops at its first prompt. Both parsed their arguments.
    if argv[:1] == ['configure'] and (status == 1 and not lines or any('EOF when reading a line' in line for line in lines)):
        return {'ok': True}
    return {'ok': False, 'error': ' '.join(lines[-3:]) or f'exit status {status}'}


print(json.dumps([run(argv) for argv in json.load(sys.stdin)]))
