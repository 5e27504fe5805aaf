using KmIcs.Assurance.Domain.ProgressReporting;

namespace KmIcs.Assurance.Data.ProgressReporting;

/// <summary>
/// Someone else saved the update after the form was opened. Nothing was written; <see cref="Current"/> is the update
/// as it now stands and <see cref="ChangedFields"/> names (as <see cref="CommitmentUpdateFields"/>) what they changed,
/// so the page can show their version next to the user's unsaved input and let the user save again deliberately.
/// </summary>
public sealed record UpdateConflict(CommitmentUpdate Current, IReadOnlyList<string> ChangedFields);

/// <summary>
/// The outcome of a write to a commitment update: success with the update, or the reasons it was refused (each with
/// its form field, for the NHS.UK error summary), and for a stale edit the <see cref="Conflict"/>. The same error type
/// as the account services (<see cref="FieldError"/>), so pages render every refusal the same way.
/// </summary>
public sealed record CommitmentUpdateResult(CommitmentUpdate? Update, IReadOnlyList<FieldError> Errors, UpdateConflict? Conflict = null)
{
    public bool Succeeded => Errors.Count == 0;

    public static CommitmentUpdateResult Success(CommitmentUpdate update) => new(update, []);

    public static CommitmentUpdateResult Failure(params FieldError[] errors) => new(null, errors);

    public static CommitmentUpdateResult Failure(IEnumerable<FieldError> errors) => new(null, errors.ToList());
}
