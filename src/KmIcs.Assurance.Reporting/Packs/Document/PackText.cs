using System.Globalization;
using KmIcs.Assurance.Domain.Delivery;
using KmIcs.Assurance.Domain.Ratings;

namespace KmIcs.Assurance.Reporting.Packs.Document;

/// <summary>Dates and small phrases as the pack prints them: en-GB, in UK time, whatever the server's culture and zone.</summary>
internal static class PackText
{
    private static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("en-GB");

    private static readonly TimeZoneInfo UkTime = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    /// <summary>"4 December 2026".</summary>
    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", Culture);

    /// <summary>The UK date of a moment: a decision at 23:30 UTC in summer was made the next day in England.</summary>
    public static string Date(DateTimeOffset at) => Date(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, UkTime).DateTime));

    /// <summary>"4 December 2026 at 14:05".</summary>
    public static string DateTime(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, UkTime).ToString("d MMMM yyyy 'at' HH:mm", Culture);

    /// <summary>As precisely as the source gave it: "March 2025" or "14 May 2024".</summary>
    public static string Due(PackMilestone milestone) =>
        milestone.Due is not { } due ? "No date"
        : milestone.Precision == DuePrecision.Month ? due.ToString("MMMM yyyy", Culture)
        : Date(due);

    public static string Text(MilestoneStatus status) => status switch
    {
        MilestoneStatus.NotStarted => "Not started",
        MilestoneStatus.InProgress => "In progress",
        MilestoneStatus.Complete => "Complete",
        MilestoneStatus.Unknown => "Status not reported",
    };

    public static string TagClass(MilestoneStatus status) => status switch
    {
        MilestoneStatus.Complete => "nhsuk-tag--green",
        MilestoneStatus.InProgress => "nhsuk-tag--blue",
        MilestoneStatus.NotStarted or MilestoneStatus.Unknown => "nhsuk-tag--grey",
    };

    /// <summary>"Kent County Council, Medway Council", or the fallback when none is named.</summary>
    public static string Names(IReadOnlyList<string> names, string none) => names.Count == 0 ? none : string.Join(", ", names);

    public static IReadOnlyList<BenchmarkComparison> BenchmarkOrder { get; } =
        [BenchmarkComparison.Better, BenchmarkComparison.Similar, BenchmarkComparison.Worse, BenchmarkComparison.NotCompared];

    /// <summary>For a column over many indicators: each names its own benchmark area, so the word is not "England".</summary>
    public static string ShortText(BenchmarkComparison comparison) => comparison switch
    {
        BenchmarkComparison.Better => "Better",
        BenchmarkComparison.Similar => "Similar",
        BenchmarkComparison.Worse => "Worse",
        BenchmarkComparison.NotCompared => "Not compared",
    };

    public static string Explanation(DirectionOfTravel direction) => direction switch
    {
        DirectionOfTravel.Improved => "The latest value is better than the one before",
        DirectionOfTravel.NoChange => "The two values differ by less than half of the last decimal place shown",
        DirectionOfTravel.Worsened => "The latest value is worse than the one before",
        DirectionOfTravel.NotComparable => "One of the two values is missing, or the indicator has no better or worse direction",
    };

    public static string Explanation(BenchmarkComparison comparison) => comparison switch
    {
        BenchmarkComparison.Better => "The benchmark lies outside the value's confidence interval, on the worse side",
        BenchmarkComparison.Similar => "The benchmark lies inside the value's confidence interval: no real difference can be shown",
        BenchmarkComparison.Worse => "The benchmark lies outside the value's confidence interval, on the better side",
        BenchmarkComparison.NotCompared => "There is no value, no benchmark value for the period, no confidence interval, or no better or worse direction",
    };

    public static string Title(PackExceptionKind kind) => kind switch
    {
        PackExceptionKind.IndicatorOffTrack => "Indicators off track",
        PackExceptionKind.CommitmentOffTrack => "Commitments off track",
        PackExceptionKind.StaleData => "Indicators with stale data",
        PackExceptionKind.StaleStatus => "Commitments with a stale status",
        PackExceptionKind.OverdueMilestone => "Overdue milestones",
        PackExceptionKind.MissingUpdate => "Missing updates",
    };

    /// <summary>The sentence printed for a kind with no exceptions, instead of an empty table.</summary>
    public static string NoneOf(PackExceptionKind kind) => kind switch
    {
        PackExceptionKind.IndicatorOffTrack => "No indicator is off track.",
        PackExceptionKind.CommitmentOffTrack => "No commitment is off track.",
        PackExceptionKind.StaleData => "No indicator's data is stale.",
        PackExceptionKind.StaleStatus => "No commitment's status is stale.",
        PackExceptionKind.OverdueMilestone => "No milestone is overdue.",
        PackExceptionKind.MissingUpdate => "Every lead body has sent its updates.",
    };
}
