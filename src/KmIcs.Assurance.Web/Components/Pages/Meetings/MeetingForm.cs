using System.Globalization;
using KmIcs.Assurance.Data.Packs;
using KmIcs.Assurance.Domain.Packs;

namespace KmIcs.Assurance.Web.Components.Pages.Meetings;

/// <summary>
/// What the add and edit meeting forms post, kept as text so a refused form shows exactly what was typed; the two
/// pages share it and <see cref="MeetingFields"/>, so a meeting is entered the same way wherever it is.
/// </summary>
public sealed class MeetingForm
{
    /// <summary>The service's field names and the inputs that show them, in page order.</summary>
    public static readonly IReadOnlyList<(string Field, string Id)> Fields =
        [("committee", "committee"), ("title", "title"), ("date", "date"), ("papers-deadline", "papers-deadline"), ("packs-due", "packs-due")];

    private DateParts date = new();
    private DateParts papersDeadline = new();

    public string? CommitteeId { get; set; }

    public string? Title { get; set; }

    // A form posted without the date's boxes binds null; the page always shows three boxes.
    public DateParts Date { get => date; set => date = value ?? new(); }

    public DateParts PapersDeadline { get => papersDeadline; set => papersDeadline = value ?? new(); }

    public string? PacksDue { get; set; }

    /// <summary>The version of the meeting the edit form was made from; unused when adding.</summary>
    public string? Version { get; set; }

    public static MeetingForm From(Meeting meeting)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        return new()
        {
            CommitteeId = meeting.CommitteeId.ToString(),
            Title = meeting.Title,
            Date = DateParts.From(meeting.Date),
            PapersDeadline = DateParts.From(meeting.PapersDeadline),
            PacksDue = meeting.PacksDue,
            Version = meeting.Version.ToString(CultureInfo.InvariantCulture),
        };
    }

    /// <summary>
    /// The meeting as typed. Date problems are found here (the service sees only a date or nothing) and added to
    /// <paramref name="dateErrors"/>; a committee that is not an id reaches the service as none, which it refuses.
    /// </summary>
    public MeetingDetails Read(FormErrors dateErrors) => new(
        RequestValues.Id(CommitteeId),
        Title,
        Date.Read("date", "The meeting date", dateErrors),
        PapersDeadline.Read("papers-deadline", "The papers deadline", dateErrors),
        PacksDue);
}
