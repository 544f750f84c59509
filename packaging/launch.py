"""The packaged app's entry point (PyInstaller freezes this): the same ``mapper`` command as a checkout."""

from mapper.cli import main

raise SystemExit(main())
