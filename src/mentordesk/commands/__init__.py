"""Subcommands of the `mentordesk` command line, one module per area."""
