using System.Collections.Concurrent;
using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace KmIcs.Assurance.Benchmarks;

/// <summary>
/// Counts the SQL commands one request executes. A request that carries <see cref="Header"/> gets a counter of its own
/// (in an <see cref="AsyncLocal{T}"/>, so it follows the request's work and nothing else); every reader, scalar and
/// non-query command EF executes for that request adds one; when the request ends the total is kept under the
/// header's value for <see cref="TakeAsync"/>. Requests without the header are not counted.
/// </summary>
public sealed class SqlCommandCounter : DbCommandInterceptor
{
    public const string Header = "X-Bench-Sql-Count";

    private static readonly AsyncLocal<StrongBox<int>?> Current = new();
    private readonly ConcurrentDictionary<string, int> totals = new(StringComparer.Ordinal);

    /// <summary>The middleware, first in the pipeline, that opens a counter for marked requests.</summary>
    public IStartupFilter StartupFilter => new CountingStartupFilter(this);

    /// <summary>The count of the request marked with <paramref name="token"/>, once that request has finished.</summary>
    public async Task<int> TakeAsync(string token)
    {
        // The client can see the last byte a moment before the middleware records the total; wait for it.
        for (var attempt = 0; attempt < 500; attempt++)
        {
            if (totals.TryRemove(token, out var total))
            {
                return total;
            }

            await Task.Delay(10);
        }

        throw new InvalidOperationException($"No SQL command count was recorded for request '{token}'.");
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Count();
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Count();
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        Count();
        return result;
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Count();
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        Count();
        return result;
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Count();
        return ValueTask.FromResult(result);
    }

    private static void Count()
    {
        if (Current.Value is { } counter)
        {
            Interlocked.Increment(ref counter.Value);
        }
    }

    private async Task CountAsync(HttpContext context, RequestDelegate next)
    {
        var token = context.Request.Headers[Header].ToString();
        if (token.Length == 0)
        {
            await next(context);
            return;
        }

        var counter = new StrongBox<int>();
        Current.Value = counter;
        try
        {
            await next(context);
        }
        finally
        {
            totals[token] = counter.Value;
        }
    }

    private sealed class CountingStartupFilter(SqlCommandCounter counter) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(next => context => counter.CountAsync(context, next));
            next(app);
        };
    }
}
