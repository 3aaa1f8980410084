"""`python -m incidents` runs the command line."""
from incidents.shell.cli import main

raise SystemExit(main())
