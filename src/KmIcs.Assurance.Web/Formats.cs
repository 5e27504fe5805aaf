using System.Globalization;

namespace KmIcs.Assurance.Web;

/// <summary>Dates and times as people in England read them: en-GB, UK time (GMT/BST).</summary>
public static class Formats
{
    public static CultureInfo Culture { get; } = CultureInfo.GetCultureInfo("en-GB");

    private static readonly TimeZoneInfo UkTimeZone = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    public static System.DateTime ToUkTime(System.DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(System.DateTime.SpecifyKind(utc, DateTimeKind.Utc), UkTimeZone);

    /// <summary>"22 November 2026", the UK date of a UTC time.</summary>
    public static string Date(System.DateTime utc) => ToUkTime(utc).ToString("d MMMM yyyy", Culture);

    /// <summary>"22 November 2026 at 14:05".</summary>
    public static string DateTime(System.DateTime utc) => ToUkTime(utc).ToString("d MMMM yyyy 'at' HH:mm", Culture);

    /// <summary>"22 November 2026 at 14:05", in UK time.</summary>
    public static string DateTime(DateTimeOffset at) => DateTime(at.UtcDateTime);

    /// <summary>"14 May 2024": a calendar date, such as a round's opening day.</summary>
    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", Culture);

    /// <summary>"1.2 MB", "340 KB": a download's size as people read it.</summary>
    public static string FileSize(long bytes) => bytes switch
    {
        >= 1024 * 1024 => (bytes / (1024d * 1024)).ToString("0.0", Culture) + " MB",
        >= 1024 => (bytes / 1024d).ToString("0", Culture) + " KB",
        _ => bytes.ToString(Culture) + " bytes",
    };
}
