using KmIcs.Assurance.Domain.Strategies;

namespace KmIcs.Assurance.Web.Components.Pages.Outcomes;

/// <summary>How an outcome is named in headings and links: "Outcome 3", "Enabler E2".</summary>
public static class OutcomeNames
{
    public static string Label(string number, OutcomeKind kind) =>
        kind == OutcomeKind.Enabler ? $"Enabler {number}" : $"Outcome {number}";

    /// <summary>For rows that only know the number: enablers are the ones numbered with an "E".</summary>
    public static string Label(string number) =>
        Label(number, number.StartsWith('E') ? OutcomeKind.Enabler : OutcomeKind.SharedOutcome);
}
