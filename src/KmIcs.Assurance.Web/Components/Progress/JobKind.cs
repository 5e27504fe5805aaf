namespace KmIcs.Assurance.Web.Components.Progress;

/// <summary>The kinds of background work a page can watch with <see cref="JobProgress"/>.</summary>
public enum JobKind
{
    Pack,
    ValueImport,
}
