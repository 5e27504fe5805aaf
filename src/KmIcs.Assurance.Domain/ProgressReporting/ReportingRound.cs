using KmIcs.Assurance.Domain.Periods;
using KmIcs.Assurance.Domain.Tenancy;

namespace KmIcs.Assurance.Domain.ProgressReporting;

/// <summary>
/// One collection of progress updates ("Quarter 3 2025/26 updates"): a clerk opens it for a reporting period, lead
/// bodies update the commitments they lead between <see cref="Opens"/> and <see cref="Closes"/>, and after the close
/// the round locks so the committee reads a fixed set of updates. A clerk can reopen it for one organisation with a
/// <see cref="RoundLockException"/>.
/// </summary>
public class ReportingRound : ITenantOwned
{
    /// <summary>How many days before the close the "closing soon" reminder goes to lead bodies still to report.</summary>
    public const int ClosingSoonDays = 7;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid TenantId { get; set; }

    /// <summary>
    /// The strategy edition whose commitments the round asks about, fixed when the round opens, so a strategy refresh
    /// later does not change which commitments an old round covered.
    /// </summary>
    public Guid StrategyId { get; init; }

    public required string Name { get; set; }

    /// <summary>The period the updates describe ("Q3 2025/26"); packs group updates by it.</summary>
    public required ReportingPeriod Period { get; set; }

    /// <summary>First day updates can be written (inclusive).</summary>
    public DateOnly Opens { get; set; }

    /// <summary>Last day updates can be written (inclusive); the round locks the day after.</summary>
    public DateOnly Closes { get; set; }

    public DateTimeOffset CreatedAt { get; init; }

    public Guid CreatedById { get; init; }

    /// <summary>The clerk's name as it was, so the round still says who opened it after the account is renamed or removed.</summary>
    public required string CreatedByName { get; init; }

    /// <summary>Organisations allowed to keep writing after the close, each until its own date.</summary>
    public List<RoundLockException> LockExceptions { get; } = [];

    /// <summary>
    /// Optimistic concurrency token: the Data layer checks and increments it on every save, so an edit made from a
    /// stale copy is refused with a conflict message instead of silently overwriting someone else's change.
    /// </summary>
    public int Version { get; set; }

    /// <summary>Whether <paramref name="today"/> is between the opening and closing dates, both included.</summary>
    public bool IsOpen(DateOnly today) => Opens <= today && today <= Closes;

    /// <summary>Whether the round has reached its opening date (it may since have closed).</summary>
    public bool HasOpened(DateOnly today) => Opens <= today;

    /// <summary>Whether the "closing soon" reminder is due: within <see cref="ClosingSoonDays"/> days before the close.</summary>
    public bool IsClosingSoon(DateOnly today) => Closes.AddDays(-ClosingSoonDays) <= today && today < Closes;

    /// <summary>The round as one organisation sees it today, or as everyone sees it when <paramref name="organisationId"/> is null.</summary>
    public RoundPhase PhaseFor(DateOnly today, Guid? organisationId = null)
    {
        if (!HasOpened(today))
        {
            return RoundPhase.NotYetOpen;
        }

        if (today <= Closes)
        {
            return RoundPhase.Open;
        }

        return organisationId is { } id && ExceptionFor(id, today) is not null ? RoundPhase.OpenByException : RoundPhase.Locked;
    }

    /// <summary>The organisation's exception if it still runs on <paramref name="today"/>; null otherwise.</summary>
    public RoundLockException? ExceptionFor(Guid organisationId, DateOnly today) =>
        LockExceptions.Find(e => e.OrganisationId == organisationId && e.Until >= today);

    /// <summary>The exceptions keeping an organisation open on <paramref name="today"/>: none before the round closes, when everyone may write.</summary>
    public IEnumerable<RoundLockException> ActiveExceptions(DateOnly today) =>
        today > Closes ? LockExceptions.Where(e => ExceptionFor(e.OrganisationId, today) == e) : [];
}
