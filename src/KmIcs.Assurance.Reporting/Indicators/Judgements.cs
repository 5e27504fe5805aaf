using KmIcs.Assurance.Domain.Areas;
using KmIcs.Assurance.Domain.Indicators;
using KmIcs.Assurance.Domain.Ratings;

namespace KmIcs.Assurance.Reporting.Indicators;

/// <summary>
/// The words and NHS.UK tag colours for each judgement, and a sentence naming the method behind it. Screens and packs
/// share them so a rating reads the same everywhere; a colour always comes with its word (WCAG 1.4.1).
/// </summary>
public static class Judgements
{
    public const string RagMethod = "Against target and floor standard";
    public const string BenchmarkMethod = "Compared with England (confidence intervals)";
    public const string DirectionMethod = "Change since the previous period";

    public static IReadOnlyList<Rag> RagOrder { get; } = [Rag.Green, Rag.Amber, Rag.Red, Rag.NotAvailable, Rag.NoTarget];

    public static IReadOnlyList<DirectionOfTravel> DirectionOrder { get; } =
        [DirectionOfTravel.Improved, DirectionOfTravel.NoChange, DirectionOfTravel.Worsened, DirectionOfTravel.NotComparable];

    public static string Text(Rag rag) => rag switch
    {
        Rag.Green => "Green",
        Rag.Amber => "Amber",
        Rag.Red => "Red",
        Rag.NotAvailable => "Not available",
        Rag.NoTarget => "No target",
    };

    public static string Explanation(Rag rag) => rag switch
    {
        Rag.Green => "Target met",
        Rag.Amber => "Floor standard met, target not yet met",
        Rag.Red => "Floor standard not met",
        Rag.NotAvailable => "Target set, value not currently available",
        Rag.NoTarget => "No target agreed",
    };

    public static string TagClass(Rag rag) => rag switch
    {
        Rag.Green => "nhsuk-tag--green",
        Rag.Amber => "nhsuk-tag--orange",
        Rag.Red => "nhsuk-tag--red",
        Rag.NotAvailable => "nhsuk-tag--grey",
        Rag.NoTarget => "nhsuk-tag--white",
    };

    /// <summary>The query-string token for a rating (<c>?rag=not-available</c>).</summary>
    public static string Slug(Rag rag) => rag switch
    {
        Rag.Green => "green",
        Rag.Amber => "amber",
        Rag.Red => "red",
        Rag.NotAvailable => "not-available",
        Rag.NoTarget => "no-target",
    };

    public static Rag? ParseRag(string? slug) => RagOrder.Cast<Rag?>().FirstOrDefault(r => string.Equals(Slug(r!.Value), slug, StringComparison.OrdinalIgnoreCase));

    public static string Text(DirectionOfTravel direction) => direction switch
    {
        DirectionOfTravel.Improved => "Improved",
        DirectionOfTravel.Worsened => "Worsened",
        DirectionOfTravel.NoChange => "No change",
        DirectionOfTravel.NotComparable => "Not comparable",
    };

    /// <summary>An arrow beside the word, as the KPI dashboard prints it; decorative, the word carries the meaning.</summary>
    public static string Arrow(DirectionOfTravel direction) => direction switch
    {
        DirectionOfTravel.Improved => "↑",
        DirectionOfTravel.Worsened => "↓",
        DirectionOfTravel.NoChange => "→",
        DirectionOfTravel.NotComparable => "",
    };

    public static string TagClass(DirectionOfTravel direction) => direction switch
    {
        DirectionOfTravel.Improved => "nhsuk-tag--green",
        DirectionOfTravel.Worsened => "nhsuk-tag--red",
        DirectionOfTravel.NoChange => "nhsuk-tag--blue",
        DirectionOfTravel.NotComparable => "nhsuk-tag--grey",
    };

    public static string Text(BenchmarkComparison comparison) => Text(comparison, Area.England);

    /// <summary>The comparison with the indicator's benchmark area, which is England unless a comparator is set.</summary>
    public static string Text(BenchmarkComparison comparison, string area) => comparison switch
    {
        BenchmarkComparison.Better => "Better than " + area,
        BenchmarkComparison.Similar => "Similar to " + area,
        BenchmarkComparison.Worse => "Worse than " + area,
        BenchmarkComparison.NotCompared => "Not compared",
    };

    public static string TagClass(BenchmarkComparison comparison) => comparison switch
    {
        BenchmarkComparison.Better => "nhsuk-tag--green",
        BenchmarkComparison.Similar => "nhsuk-tag--yellow",
        BenchmarkComparison.Worse => "nhsuk-tag--red",
        BenchmarkComparison.NotCompared => "nhsuk-tag--grey",
    };

    public static string Text(Polarity polarity) => polarity switch
    {
        Polarity.HigherIsBetter => "Higher is better",
        Polarity.LowerIsBetter => "Lower is better",
        Polarity.NoJudgement => "No judgement of better or worse",
    };

    /// <summary>Why a comparison was not made, so "Not compared" never reads as "no different".</summary>
    public static string? NotComparedReason(IndicatorAssessment assessment)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        if (assessment.Benchmark != BenchmarkComparison.NotCompared)
        {
            return null;
        }

        return assessment.Latest is null ? "no value"
            : assessment.BenchmarkValue is null ? $"no {assessment.BenchmarkArea} value for the period"
            : assessment.Latest.LowerCi is null ? "no confidence interval"
            : "no judgement of better or worse";
    }
}
