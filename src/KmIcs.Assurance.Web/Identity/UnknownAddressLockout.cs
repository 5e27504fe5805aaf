using System.Collections.Concurrent;
using KmIcs.Assurance.Data.Identity;

namespace KmIcs.Assurance.Web.Identity;

/// <summary>
/// Failed sign-ins for addresses that have no account, counted and locked exactly as Identity counts and locks a real
/// account (<see cref="AccountOptions.LockoutAttempts"/> failures in a row lock it for
/// <see cref="AccountOptions.LockoutDuration"/>), so the lock page does not tell which addresses have accounts.
/// Kept in memory: an address with no account has no row to keep it in, and the sign-in rate limit already bounds how
/// many addresses one client can try. At most <see cref="Capacity"/> addresses are remembered; the oldest are forgotten.
/// </summary>
public sealed class UnknownAddressLockout(AccountOptions options, TimeProvider clock)
{
    public const int Capacity = 50_000;

    private readonly ConcurrentDictionary<string, Failures> failures = new(StringComparer.Ordinal);

    /// <summary>True while the address is locked; a lock that has ended is forgotten.</summary>
    public bool IsLocked(string email)
    {
        var key = Key(email);
        if (!failures.TryGetValue(key, out var entry) || entry.LockedUntil is not { } until)
        {
            return false;
        }

        if (until > clock.GetUtcNow())
        {
            return true;
        }

        failures.TryRemove(key, out _);
        return false;
    }

    /// <summary>Counts a failure; true when this one locks the address (as Identity locks on the failure that reaches the limit).</summary>
    public bool RecordFailure(string email)
    {
        var now = clock.GetUtcNow();
        Forget(now);
        var entry = failures.AddOrUpdate(
            Key(email),
            _ => Next(new Failures(0, null, now), now),
            (_, existing) => Next(existing, now));
        return entry.LockedUntil is not null;
    }

    private Failures Next(Failures existing, DateTimeOffset now) =>
        existing.Count + 1 >= options.LockoutAttempts
            ? new Failures(0, now + options.LockoutDuration, now)
            : existing with { Count = existing.Count + 1, LastFailure = now };

    private void Forget(DateTimeOffset now)
    {
        if (failures.Count < Capacity)
        {
            return;
        }

        var stale = failures.Where(f => f.Value.LockedUntil is null || f.Value.LockedUntil <= now)
            .OrderBy(f => f.Value.LastFailure)
            .Take(Capacity / 10)
            .Select(f => f.Key)
            .ToList();
        foreach (var key in stale)
        {
            failures.TryRemove(key, out _);
        }
    }

    private static string Key(string email) => email.Trim().ToUpperInvariant();

    private sealed record Failures(int Count, DateTimeOffset? LockedUntil, DateTimeOffset LastFailure);
}
