"""`python -m jekpy` runs the command line."""

from jekpy.cli import main

main()
