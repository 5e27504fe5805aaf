namespace KmIcs.Assurance.Web.ProgressReporting;

/// <summary>The reminder job's settings (section <c>Reminders</c>).</summary>
public sealed class ReminderOptions
{
    public const string SectionName = "Reminders";

    /// <summary>Whether the web host runs the job; an operator may run one instance with it on and others off.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How often the job looks for reminders to plan and send.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(15);
}
