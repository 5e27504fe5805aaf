using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace KmIcs.Assurance.Data.Tests.Packs;

/// <summary>Keeps the text of every query a context sends, to prove what a read model does not read.</summary>
public sealed class CommandLog : DbCommandInterceptor
{
    private readonly List<string> commands = [];

    public IReadOnlyList<string> Commands => commands;

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        commands.Add(command.CommandText);
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }
}
