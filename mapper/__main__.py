from mapper.cli import main

raise SystemExit(main())
