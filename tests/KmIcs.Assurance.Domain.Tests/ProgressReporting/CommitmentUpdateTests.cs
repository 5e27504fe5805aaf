using KmIcs.Assurance.Domain.ProgressReporting;

namespace KmIcs.Assurance.Domain.Tests.ProgressReporting;

public class CommitmentUpdateTests
{
    private static readonly DateTimeOffset Monday = new(2026, 1, 12, 9, 0, 0, TimeSpan.Zero);
    private static readonly Guid Author = Guid.CreateVersion7();
    private static readonly Guid Colleague = Guid.CreateVersion7();
    private static readonly Guid Clerk = Guid.CreateVersion7();

    private static CommitmentUpdate Draft() => new() { AuthorId = Author, AuthorName = "Alice", UpdatedById = Author, UpdatedByName = "Alice", CreatedAt = Monday };

    [Fact]
    public void Editing_submitting_and_reviewing_never_replace_the_author()
    {
        var update = Draft();

        update.Edit(CommitmentStatus.OnTrack, "Hubs open", null, null, null, null, Colleague, "Colin", Monday.AddHours(1));
        update.Submit(Colleague, "Colin", Monday.AddHours(2));
        update.Approve(Clerk, "Carol", null, Monday.AddDays(1));

        Assert.Equal((Author, "Alice"), (update.AuthorId, update.AuthorName));
        Assert.Equal("Colin", update.UpdatedByName);
        Assert.Equal("Colin", update.SubmittedByName);
        Assert.Equal("Carol", update.ReviewedByName);
        Assert.Equal(UpdateState.Approved, update.State);
    }

    [Fact]
    public void A_returned_update_can_be_edited_and_submitted_again_and_every_review_step_is_kept()
    {
        var update = Draft();
        update.Edit(CommitmentStatus.SomeRisk, "Half the hubs open", null, null, null, null, Author, "Alice", Monday);
        update.Submit(Author, "Alice", Monday);

        update.Return(Clerk, "Carol", "Say which hubs", Monday.AddDays(1));
        Assert.True(update.IsEditable);
        update.Edit(CommitmentStatus.SomeRisk, "Hubs in Medway and Swale open", null, null, null, null, Author, "Alice", Monday.AddDays(2));
        update.Submit(Author, "Alice", Monday.AddDays(2));
        update.Approve(Clerk, "Carol", null, Monday.AddDays(3));

        Assert.Equal(
            [UpdateEventKind.Submitted, UpdateEventKind.Returned, UpdateEventKind.Submitted, UpdateEventKind.Approved],
            update.Events.Select(e => e.Kind));
        Assert.Equal("Say which hubs", update.Events[1].Comment);
        Assert.Null(update.ReviewComment);
    }

    [Fact]
    public void A_submitted_or_approved_update_cannot_be_edited_and_only_a_submitted_one_can_be_reviewed()
    {
        var update = Draft();
        Assert.Throws<InvalidOperationException>(() => update.Approve(Clerk, "Carol", null, Monday));

        update.Submit(Author, "Alice", Monday);
        Assert.False(update.IsEditable);
        Assert.Throws<InvalidOperationException>(() => update.Edit(null, null, null, null, null, null, Author, "Alice", Monday));

        update.Approve(Clerk, "Carol", "Thank you", Monday);
        Assert.Throws<InvalidOperationException>(() => update.Return(Clerk, "Carol", "Too late", Monday));
        Assert.Throws<InvalidOperationException>(() => update.Submit(Author, "Alice", Monday));
    }
}
