"""Qt widgets. They get services in their constructors and never touch SQL or the ORM."""
