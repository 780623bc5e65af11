"""`python -m aipulse` runs the CLI."""

from aipulse.cli import main

main()
