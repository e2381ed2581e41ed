"""Child process for kill tests: run the CLI and SIGKILL itself at the Nth call of one function.

Usage: python kill_at.py module:function:N before|after -- CLI ARGS...
The function is replaced on its module, so calls through that module's globals are caught.
"""

import importlib
import os
import signal
import sys

spec, when = sys.argv[1], sys.argv[2]
cli_args = sys.argv[sys.argv.index("--") + 1:]
module_name, function_name, nth = spec.split(":")
module = importlib.import_module(module_name)
real = getattr(module, function_name)
calls = 0


def killing(*args, **kwargs):
    global calls
    calls += 1
    if calls == int(nth) and when == "before":
        os.kill(os.getpid(), signal.SIGKILL)
    result = real(*args, **kwargs)
    if calls == int(nth) and when == "after":
        os.kill(os.getpid(), signal.SIGKILL)
    return result


setattr(module, function_name, killing)
from mentordesk.cli import main  # noqa: E402

sys.exit(main(cli_args))
