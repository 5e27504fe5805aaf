using KmIcs.Assurance.Domain.Organisations;
using KmIcs.Assurance.Domain.Tenancy;

namespace KmIcs.Assurance.Domain.ProgressReporting;

/// <summary>
/// A lead body's report on one commitment, usually within a reporting round: its rating and four short narratives.
/// One row per commitment, organisation and round, taken from draft through review to approval; a returned update is
/// edited and submitted again in the same row, and each submission and review is kept as a
/// <see cref="CommitmentUpdateEvent"/> (the audit log keeps every field change). Only approved updates count towards
/// the commitment's status.
/// </summary>
public class CommitmentUpdate : ITenantOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid TenantId { get; set; }

    public Guid CommitmentId { get; init; }

    /// <summary>The lead body reporting: one of the commitment's lead bodies.</summary>
    public Guid OrganisationId { get; init; }

    /// <summary>Loaded only when a query includes it.</summary>
    public Organisation? Organisation { get; set; }

    /// <summary>The round the update answers; null for an update given outside any round.</summary>
    public Guid? ReportingRoundId { get; init; }

    /// <summary>Loaded only when a query includes it.</summary>
    public ReportingRound? ReportingRound { get; set; }

    /// <summary>The lead body's rating. Null until chosen, so a draft never claims a status nobody picked.</summary>
    public CommitmentStatus? Status { get; set; }

    /// <summary>What has been done in the period (required to submit).</summary>
    public string? Progress { get; set; }

    public string? MilestonesProgress { get; set; }

    public string? RisksAndIssues { get; set; }

    public string? NextSteps { get; set; }

    /// <summary>An absolute http or https link to evidence held elsewhere (a board paper, a dashboard).</summary>
    public string? EvidenceUrl { get; set; }

    public UpdateState State { get; set; } = UpdateState.Draft;

    /// <summary>Who started the update. Init-only: later editors, submitters and reviewers never replace the author.</summary>
    public Guid AuthorId { get; init; }

    /// <summary>The author's name as it was, so the update still says who wrote it after the account changes.</summary>
    public required string AuthorName { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>Who last changed the text: a colleague from the same lead body may finish someone else's draft.</summary>
    public Guid UpdatedById { get; set; }

    public required string UpdatedByName { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Who submitted it most recently; null until first submitted.</summary>
    public Guid? SubmittedById { get; set; }

    public string? SubmittedByName { get; set; }

    public DateTimeOffset? SubmittedAt { get; set; }

    /// <summary>Who last returned or approved it; null until first reviewed.</summary>
    public Guid? ReviewedById { get; set; }

    public string? ReviewedByName { get; set; }

    public DateTimeOffset? ReviewedAt { get; set; }

    /// <summary>The reviewer's comment: required when returning (it says what to change), optional when approving.</summary>
    public string? ReviewComment { get; set; }

    /// <summary>Each submission, return and approval in order; loaded only when a query includes it.</summary>
    public List<CommitmentUpdateEvent> Events { get; } = [];

    /// <summary>
    /// Optimistic concurrency token: the Data layer checks and increments it on every save, so an edit made from a
    /// stale copy is refused with a conflict message instead of silently overwriting someone else's change.
    /// </summary>
    public int Version { get; set; }

    /// <summary>Whether the lead body can still change it: drafts and returned updates only.</summary>
    public bool IsEditable => State is UpdateState.Draft or UpdateState.Returned;

    /// <summary>Whether it has reached the reviewers (submitted or approved): what round completion counts.</summary>
    public bool IsReported => State is UpdateState.Submitted or UpdateState.Approved;

    /// <summary>Records an edit of the text by <paramref name="editorName"/>; the author stays as it was.</summary>
    public void Edit(CommitmentStatus? status, string? progress, string? milestonesProgress, string? risksAndIssues, string? nextSteps, string? evidenceUrl, Guid editorId, string editorName, DateTimeOffset at)
    {
        EnsureState(IsEditable, "changed");
        Status = status;
        Progress = progress;
        MilestonesProgress = milestonesProgress;
        RisksAndIssues = risksAndIssues;
        NextSteps = nextSteps;
        EvidenceUrl = evidenceUrl;
        UpdatedById = editorId;
        UpdatedByName = editorName;
        UpdatedAt = at;
    }

    /// <summary>Sends the update for review. The caller has checked the required fields.</summary>
    public CommitmentUpdateEvent Submit(Guid userId, string userName, DateTimeOffset at)
    {
        EnsureState(IsEditable, "submitted");
        State = UpdateState.Submitted;
        SubmittedById = userId;
        SubmittedByName = userName;
        SubmittedAt = at;
        return Record(UpdateEventKind.Submitted, userId, userName, at, null);
    }

    /// <summary>Sends a submitted update back to the lead body with a comment saying what to change.</summary>
    public CommitmentUpdateEvent Return(Guid reviewerId, string reviewerName, string comment, DateTimeOffset at)
    {
        EnsureState(State == UpdateState.Submitted, "returned");
        State = UpdateState.Returned;
        SetReview(reviewerId, reviewerName, comment, at);
        return Record(UpdateEventKind.Returned, reviewerId, reviewerName, at, comment);
    }

    /// <summary>Accepts a submitted update; from now on it counts towards the commitment's status.</summary>
    public CommitmentUpdateEvent Approve(Guid reviewerId, string reviewerName, string? comment, DateTimeOffset at)
    {
        EnsureState(State == UpdateState.Submitted, "approved");
        State = UpdateState.Approved;
        SetReview(reviewerId, reviewerName, comment, at);
        return Record(UpdateEventKind.Approved, reviewerId, reviewerName, at, comment);
    }

    private void SetReview(Guid reviewerId, string reviewerName, string? comment, DateTimeOffset at)
    {
        ReviewedById = reviewerId;
        ReviewedByName = reviewerName;
        ReviewedAt = at;
        ReviewComment = comment;
    }

    private CommitmentUpdateEvent Record(UpdateEventKind kind, Guid userId, string userName, DateTimeOffset at, string? comment)
    {
        var entry = new CommitmentUpdateEvent
        {
            TenantId = TenantId,
            UpdateId = Id,
            Kind = kind,
            Status = Status,
            ById = userId,
            ByName = userName,
            At = at,
            Comment = comment,
        };
        Events.Add(entry);
        return entry;
    }

    private void EnsureState(bool allowed, string action)
    {
        if (!allowed)
        {
            throw new InvalidOperationException($"A {State.ToString().ToLowerInvariant()} update cannot be {action}.");
        }
    }
}
