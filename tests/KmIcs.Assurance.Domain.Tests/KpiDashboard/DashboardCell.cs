using KmIcs.Assurance.Domain.Ratings;

namespace KmIcs.Assurance.Domain.Tests.KpiDashboard;

/// <summary>
/// One printed value with its RAG letter. <see cref="RuleGives"/> and <see cref="WhyDifferent"/> are set only where
/// our rule cannot reproduce the printed letter ("published differs").
/// </summary>
internal sealed record DashboardCell(string Period, decimal? Value, string Printed, Rag? RuleGives, string? WhyDifferent)
{
    public bool PublishedDiffers => WhyDifferent is not null;

    /// <summary>
    /// The printed letter as a rating. No letter is printed exactly where no target is, so it reads as NoTarget;
    /// "nca" (not currently available) is NotAvailable.
    /// </summary>
    public Rag PublishedRag => Printed switch
    {
        "G" => Rag.Green,
        "A" => Rag.Amber,
        "R" => Rag.Red,
        "nca" => Rag.NotAvailable,
        "" => Rag.NoTarget,
        _ => throw new InvalidOperationException($"'{Printed}' is not a letter the dashboard's key defines."),
    };
}
