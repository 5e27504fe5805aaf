using System.Data.Common;
using KmIcs.Assurance.Data;
using KmIcs.Assurance.Data.Configuration;
using Microsoft.EntityFrameworkCore;

namespace KmIcs.Assurance.Testing.Databases;

/// <summary>
/// What a database really holds, read from the engine's own catalogue (not from EF): one sorted line per column,
/// index and constraint. Two databases built different ways (from the model, through the migrations) must give
/// equal snapshots. EF's own bookkeeping tables (__EFMigrationsHistory, __EFMigrationsLock) are left out.
/// </summary>
public static class SchemaSnapshot
{
    public static async Task<IReadOnlyList<string>> ReadAsync(AssuranceDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        var provider = db.Database.IsNpgsql() ? DatabaseProvider.PostgreSQL
            : db.Database.IsSqlServer() ? DatabaseProvider.SqlServer
            : DatabaseProvider.Sqlite;
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        try
        {
            var lines = provider switch
            {
                DatabaseProvider.Sqlite => await ReadSqliteAsync(connection),
                DatabaseProvider.PostgreSQL => await ReadPostgreSqlAsync(connection),
                DatabaseProvider.SqlServer => await ReadSqlServerAsync(connection),
                _ => throw new ArgumentOutOfRangeException(nameof(db), provider, "Unknown database provider."),
            };
            return lines.Where(l => !l.Contains("__EFMigrations", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static async Task<List<string>> ReadSqliteAsync(DbConnection connection)
    {
        var lines = new List<string>();
        var tables = await QueryAsync(connection, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'", r => r.GetString(0));
        foreach (var table in tables)
        {
            lines.AddRange(await QueryAsync(connection, $"PRAGMA table_info('{table}')",
                r => $"column {table}.{r.GetString(1)} {r.GetString(2)} notnull={r.GetInt64(3)} pk={r.GetInt64(5)} default={(r.IsDBNull(4) ? "" : r.GetString(4))}"));
            lines.AddRange(await QueryAsync(connection, $"PRAGMA foreign_key_list('{table}')",
                r => $"fk {table}.{r.GetString(3)} -> {r.GetString(2)}.{r.GetString(4)} on delete {r.GetString(6)}"));
            var indexes = await QueryAsync(connection, $"PRAGMA index_list('{table}')", r => (Name: r.GetString(1), Unique: r.GetInt64(2), Origin: r.GetString(3)));
            foreach (var index in indexes.Where(i => i.Origin == "c"))
            {
                var columns = await QueryAsync(connection, $"PRAGMA index_info('{index.Name}')", r => r.GetString(2));
                lines.Add($"index {table}.{index.Name} unique={index.Unique} ({string.Join(", ", columns)})");
            }
        }

        return lines;
    }

    private static async Task<List<string>> ReadPostgreSqlAsync(DbConnection connection)
    {
        var lines = await QueryAsync(connection,
            "SELECT table_name, column_name, data_type, is_nullable, coalesce(column_default, ''), coalesce(character_maximum_length, 0) " +
            "FROM information_schema.columns WHERE table_schema = 'public'",
            r => $"column {r.GetString(0)}.{r.GetString(1)} {r.GetString(2)}({r.GetInt32(5)}) nullable={r.GetString(3)} default={r.GetString(4)}");
        lines.AddRange(await QueryAsync(connection,
            "SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'public'",
            r => $"index {r.GetString(0)}.{r.GetString(1)} {r.GetString(2)}"));
        lines.AddRange(await QueryAsync(connection,
            "SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid) FROM pg_constraint WHERE connamespace = 'public'::regnamespace",
            r => $"constraint {r.GetString(0)}.{r.GetString(1)} {r.GetString(2)}"));
        return lines;
    }

    private static async Task<List<string>> ReadSqlServerAsync(DbConnection connection)
    {
        var lines = await QueryAsync(connection,
            "SELECT TABLE_NAME, COLUMN_NAME, DATA_TYPE, IS_NULLABLE, COALESCE(COLUMN_DEFAULT, ''), COALESCE(CHARACTER_MAXIMUM_LENGTH, 0), " +
            "COALESCE(NUMERIC_PRECISION, 0), COALESCE(NUMERIC_SCALE, 0) FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA = 'dbo'",
            r => $"column {r.GetString(0)}.{r.GetString(1)} {r.GetString(2)}({r.GetInt32(5)},{r.GetByte(6)},{r.GetInt32(7)}) nullable={r.GetString(3)} default={r.GetString(4)}");
        lines.AddRange(await QueryAsync(connection,
            "SELECT t.name, i.name, i.type_desc, i.is_unique, i.is_primary_key, COALESCE(i.filter_definition, ''), " +
            "STRING_AGG(c.name, ', ') WITHIN GROUP (ORDER BY ic.key_ordinal) " +
            "FROM sys.indexes i JOIN sys.tables t ON t.object_id = i.object_id " +
            "JOIN sys.index_columns ic ON ic.object_id = i.object_id AND ic.index_id = i.index_id " +
            "JOIN sys.columns c ON c.object_id = ic.object_id AND c.column_id = ic.column_id " +
            "GROUP BY t.name, i.name, i.type_desc, i.is_unique, i.is_primary_key, i.filter_definition",
            r => $"index {r.GetString(0)}.{r.GetString(1)} {r.GetString(2)} unique={r.GetBoolean(3)} pk={r.GetBoolean(4)} where={r.GetString(5)} ({r.GetString(6)})"));
        lines.AddRange(await QueryAsync(connection,
            "SELECT OBJECT_NAME(fk.parent_object_id), fk.name, OBJECT_NAME(fk.referenced_object_id), fk.delete_referential_action_desc " +
            "FROM sys.foreign_keys fk",
            r => $"fk {r.GetString(0)}.{r.GetString(1)} -> {r.GetString(2)} on delete {r.GetString(3)}"));
        lines.AddRange(await QueryAsync(connection,
            "SELECT OBJECT_NAME(object_id), name FROM sys.identity_columns",
            r => $"identity {r.GetString(0)}.{r.GetString(1)}"));
        return lines;
    }

    private static async Task<List<T>> QueryAsync<T>(DbConnection connection, string sql, Func<DbDataReader, T> read)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<T>();
        while (await reader.ReadAsync())
        {
            rows.Add(read(reader));
        }

        return rows;
    }
}
