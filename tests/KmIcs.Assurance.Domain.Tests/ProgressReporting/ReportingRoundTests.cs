using KmIcs.Assurance.Domain.Periods;
using KmIcs.Assurance.Domain.ProgressReporting;

namespace KmIcs.Assurance.Domain.Tests.ProgressReporting;

public class ReportingRoundTests
{
    private static readonly Guid Kcc = Guid.CreateVersion7();
    private static readonly Guid Medway = Guid.CreateVersion7();

    private static ReportingRound Round() => new()
    {
        Name = "Quarter 3 2025/26 updates",
        Period = ReportingPeriod.Quarter(2025, 3),
        Opens = new DateOnly(2026, 1, 5),
        Closes = new DateOnly(2026, 1, 30),
        CreatedByName = "Clerk",
    };

    [Fact]
    public void A_round_is_open_from_its_opening_date_to_its_closing_date_inclusive()
    {
        var round = Round();

        Assert.False(round.IsOpen(new DateOnly(2026, 1, 4)));
        Assert.True(round.IsOpen(new DateOnly(2026, 1, 5)));
        Assert.True(round.IsOpen(new DateOnly(2026, 1, 30)));
        Assert.False(round.IsOpen(new DateOnly(2026, 1, 31)));
    }

    [Fact]
    public void Before_it_opens_a_round_is_neither_locked_nor_accepting_updates()
    {
        var round = Round();
        var before = new DateOnly(2026, 1, 4);

        Assert.Equal(RoundPhase.NotYetOpen, round.PhaseFor(before, Kcc));
        Assert.Equal(RoundPhase.NotYetOpen, round.PhaseFor(before));
    }

    [Fact]
    public void After_the_close_a_round_locks_except_for_an_organisation_with_an_exception_until_its_date()
    {
        var round = Round();
        round.LockExceptions.Add(new RoundLockException { OrganisationId = Kcc, Until = new DateOnly(2026, 2, 6), GrantedByName = "Clerk", Reason = "Board met late" });

        Assert.Equal(RoundPhase.Open, round.PhaseFor(new DateOnly(2026, 1, 30), Medway));
        Assert.Equal(RoundPhase.Locked, round.PhaseFor(new DateOnly(2026, 1, 31), Medway));

        Assert.Equal(RoundPhase.OpenByException, round.PhaseFor(new DateOnly(2026, 2, 6), Kcc));
        Assert.Equal(RoundPhase.Locked, round.PhaseFor(new DateOnly(2026, 2, 7), Kcc));
        Assert.Equal(RoundPhase.Locked, round.PhaseFor(new DateOnly(2026, 2, 6)));
    }

    [Fact]
    public void The_closing_soon_reminder_is_due_in_the_seven_days_before_the_close()
    {
        var round = Round();

        Assert.False(round.IsClosingSoon(new DateOnly(2026, 1, 22)));
        Assert.True(round.IsClosingSoon(new DateOnly(2026, 1, 23)));
        Assert.True(round.IsClosingSoon(new DateOnly(2026, 1, 29)));
        Assert.False(round.IsClosingSoon(new DateOnly(2026, 1, 30)));
    }
}
