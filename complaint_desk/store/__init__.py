"""The only place with SQL: connection, migrations, repositories, backups. No Qt."""
