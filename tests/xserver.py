"""A private Xvfb display and xdotool, for tests that start the real app in a real X11 window."""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import time

import pytest

needs_x11 = pytest.mark.skipif(not (shutil.which("Xvfb") and shutil.which("xdotool")),
                               reason="Xvfb and xdotool are installed by `make test` (tools/ensure-sysdeps.sh)")


@contextlib.contextmanager
def xvfb_display(size: str = "1280x800x24"):
    """Start Xvfb on a display it finds free; yields the DISPLAY value, stops the server afterwards."""
    read_end, write_end = os.pipe()  # -displayfd: Xvfb picks a free display and names it when ready
    server = subprocess.Popen(["Xvfb", "-displayfd", str(write_end), "-screen", "0", size, "-nolisten", "tcp"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, pass_fds=(write_end,))
    os.close(write_end)
    with os.fdopen(read_end) as answer:
        number = answer.readline().strip()
    if not number.isdigit() or server.poll() is not None:
        raise RuntimeError("Xvfb did not start")
    try:
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(10)


def xdotool(display: str, *args: str) -> subprocess.CompletedProcess:
    """Run xdotool against `display`."""
    return subprocess.run(["xdotool", *args], env={**os.environ, "DISPLAY": display}, capture_output=True,
                          text=True, timeout=30)


def wait_for_window(display: str, pid: int, proc: subprocess.Popen, timeout: float = 60) -> str:
    """The id of the first visible window of process `pid` (polling until it maps)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = xdotool(display, "search", "--onlyvisible", "--pid", str(pid)).stdout.split()
        if found:
            return found[-1]
        if proc.poll() is not None:
            raise AssertionError(f"the app exited with {proc.returncode} before showing a window")
        time.sleep(0.1)
    raise AssertionError("no window appeared")


def press(display: str, window: str, keys: str) -> None:
    """Focus `window` (no window manager: windowactivate would do nothing) and press `keys`."""
    focus = xdotool(display, "windowfocus", "--sync", window)
    assert focus.returncode == 0, focus.stderr
    key = xdotool(display, "key", "--clearmodifiers", keys)
    assert key.returncode == 0, key.stderr


class Lines:
    """A process's output lines read on a thread, so a test waits for the next one with a time limit."""

    def __init__(self, stream):
        import queue
        import threading

        self._queue: "queue.Queue[str]" = queue.Queue()
        threading.Thread(target=self._read, args=(stream,), daemon=True).start()

    def _read(self, stream) -> None:
        for line in stream:
            self._queue.put(line.rstrip("\n"))
        self._queue.put("")  # end of output

    def next_starting(self, prefix: str, timeout: float = 30) -> str:
        """The next line starting with `prefix`; AssertionError when none comes in time or output ends."""
        import queue

        deadline = time.monotonic() + timeout
        while True:
            try:
                line = self._queue.get(timeout=max(0.01, deadline - time.monotonic()))
            except queue.Empty:
                raise AssertionError(f"no line starting with {prefix!r} within {timeout} s") from None
            if line.startswith(prefix):
                return line
            if line == "" and self._queue.empty():
                raise AssertionError(f"the output ended before a line starting with {prefix!r}")
