"""Entry script of the frozen app: the same `main()` as the `mentordesk` command."""

from mentordesk.cli import main

raise SystemExit(main())
