using System.Text;
using KmIcs.Assurance.Data.ProgressReporting;
using KmIcs.Assurance.Domain.ProgressReporting;
using KmIcs.Assurance.Reporting.Text;
using KmIcs.Assurance.Web.Email;

namespace KmIcs.Assurance.Web.ProgressReporting;

/// <summary>The digest email: one per person per round and reminder, listing every commitment still to report on.</summary>
public static class ReminderEmails
{
    public static EmailMessage Compose(ReminderDigest digest, string tenantSlug, string tenantName, string? publicBaseUrl)
    {
        ArgumentNullException.ThrowIfNull(digest);
        var round = digest.Round;
        var closes = round.Closes.ToString("d MMMM yyyy", Formats.Culture);
        var subject = digest.Kind == ReminderKind.ClosingSoon
            ? $"Reminder: {digest.Commitments.Count} progress {Plural.Noun(digest.Commitments.Count, "update is", "updates are")} due by {closes}"
            : $"Progress updates are due for {round.Name}";
        var body = new StringBuilder();
        body.AppendLine(string.IsNullOrWhiteSpace(digest.DisplayName) ? "Hello," : "Dear " + digest.DisplayName + ",");
        body.AppendLine();
        body.AppendLine(digest.Kind == ReminderKind.ClosingSoon
            ? string.Create(Formats.Culture, $"The reporting round {round.Name} for {tenantName} closes on {closes}. These updates are still to submit:")
            : string.Create(Formats.Culture, $"The reporting round {round.Name} ({round.Period}) for {tenantName} is open until {closes}. Please report progress on:"));
        body.AppendLine();
        foreach (var commitment in digest.Commitments)
        {
            var state = commitment.State switch
            {
                UpdateState.Draft => " (draft saved, not submitted)",
                UpdateState.Returned => " (returned for changes)",
                _ => "",
            };
            body.AppendLine(Formats.Culture, $"- {commitment.CommitmentText}, for {commitment.OrganisationName}{state}");
        }

        body.AppendLine();
        body.AppendLine("Write and submit your updates here:");
        body.AppendLine(publicBaseUrl + Links.Updates.Mine(tenantSlug));
        body.AppendLine();
        body.AppendLine("You get one email like this when a round opens and one a week before it closes, while updates are outstanding.");
        return new EmailMessage(digest.Email, subject, body.ToString());
    }
}
