"""Storage: SQLAlchemy Core tables and the SQL event store for SQLite and PostgreSQL."""
