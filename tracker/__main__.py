"""The ``tracker`` command: ``python -m tracker`` and the console script both start here.

The command line imports the whole app; it is imported when the command runs, not when
this module is imported. A spawned parser process imports its parent's main module again
(multiprocessing's spawn does), and with the script's ``from tracker.cli import main``
every poll's parser paid for the app it never uses.
"""

from __future__ import annotations

import sys


def main() -> None:
    """Run the command line (``tracker.cli.main``)."""
    try:
        from tracker.cli import main as run  # noqa: PLC0415  (see the module docstring)
    except KeyboardInterrupt:  # Ctrl-C while the app loads (a second on a busy machine)
        sys.stderr.write("interrupted before anything was done\n")
        raise SystemExit(130) from None
    run()


if __name__ == "__main__":
    main()
