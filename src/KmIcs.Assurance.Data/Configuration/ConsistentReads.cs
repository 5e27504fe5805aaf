using System.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace KmIcs.Assurance.Data.Configuration;

/// <summary>
/// The isolation level for reading many tables as of one moment (an assurance pack): PostgreSQL's repeatable read is a
/// snapshot and SQLite serialises, but SQL Server's repeatable read only locks the rows already read, so rows another
/// transaction inserts meanwhile can appear in one table and not in another. SQL Server reads a snapshot instead
/// (allowed by the <c>SqlServerSnapshotReads</c> migration), which also leaves writers unblocked.
/// </summary>
public static class ConsistentReads
{
    public static IsolationLevel SnapshotIsolation(this DatabaseFacade database)
    {
        ArgumentNullException.ThrowIfNull(database);
        return database.IsSqlServer() ? IsolationLevel.Snapshot : IsolationLevel.RepeatableRead;
    }
}
