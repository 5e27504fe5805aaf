using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace KmIcs.Assurance.Data.Tests.ProgressReporting;

/// <summary>Counts the SQL commands a context sends, to prove a query costs one round trip however many ids it is given.</summary>
public sealed class CommandCounter : DbCommandInterceptor
{
    public int Count { get; private set; }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Count++;
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }
}
