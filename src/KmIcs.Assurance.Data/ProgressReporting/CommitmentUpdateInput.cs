using KmIcs.Assurance.Domain.ProgressReporting;

namespace KmIcs.Assurance.Data.ProgressReporting;

/// <summary>
/// What the update form posts: the rating and the narratives as typed. Text is trimmed and blank text becomes null
/// before it is checked or stored, so "   " never counts as progress.
/// </summary>
public sealed record CommitmentUpdateInput
{
    public CommitmentStatus? Status { get; init; }

    public string? Progress { get; init; }

    public string? MilestonesProgress { get; init; }

    public string? RisksAndIssues { get; init; }

    public string? NextSteps { get; init; }

    public string? EvidenceUrl { get; init; }

    /// <summary>The values as stored, to fill the form and to post back as the original the edit started from.</summary>
    public static CommitmentUpdateInput From(CommitmentUpdate update)
    {
        ArgumentNullException.ThrowIfNull(update);
        return new()
        {
            Status = update.Status,
            Progress = update.Progress,
            MilestonesProgress = update.MilestonesProgress,
            RisksAndIssues = update.RisksAndIssues,
            NextSteps = update.NextSteps,
            EvidenceUrl = update.EvidenceUrl,
        };
    }

    /// <summary>The same input with text trimmed and blanks as null.</summary>
    public CommitmentUpdateInput Normalised() => this with
    {
        Progress = Clean(Progress),
        MilestonesProgress = Clean(MilestonesProgress),
        RisksAndIssues = Clean(RisksAndIssues),
        NextSteps = Clean(NextSteps),
        EvidenceUrl = Clean(EvidenceUrl),
    };

    /// <summary>The fields (<see cref="CommitmentUpdateFields"/> names) whose values differ from <paramref name="other"/>'s, in form order.</summary>
    public IReadOnlyList<string> DifferencesFrom(CommitmentUpdateInput other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var a = Normalised();
        var b = other.Normalised();
        var changed = new List<string>();
        Add(a.Status != b.Status, CommitmentUpdateFields.Status);
        Add(!string.Equals(a.Progress, b.Progress, StringComparison.Ordinal), CommitmentUpdateFields.Progress);
        Add(!string.Equals(a.MilestonesProgress, b.MilestonesProgress, StringComparison.Ordinal), CommitmentUpdateFields.MilestonesProgress);
        Add(!string.Equals(a.RisksAndIssues, b.RisksAndIssues, StringComparison.Ordinal), CommitmentUpdateFields.RisksAndIssues);
        Add(!string.Equals(a.NextSteps, b.NextSteps, StringComparison.Ordinal), CommitmentUpdateFields.NextSteps);
        Add(!string.Equals(a.EvidenceUrl, b.EvidenceUrl, StringComparison.Ordinal), CommitmentUpdateFields.EvidenceUrl);
        return changed;

        void Add(bool differs, string field)
        {
            if (differs)
            {
                changed.Add(field);
            }
        }
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
