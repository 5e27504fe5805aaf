namespace KmIcs.Assurance.Web.Demo;

/// <summary>Bound from <c>Demo</c>; <c>Demo:Enabled</c> is true only in appsettings.Development.json (the local demo).</summary>
public sealed class DemoOptions
{
    public const string SectionName = "Demo";

    public bool Enabled { get; set; }

    /// <summary>The Kent and Medway tenant the seed import creates; demo users join it when it exists.</summary>
    public string SeededTenantSlug { get; set; } = "kent-medway";
}

/// <summary>Where the demo passwords are printed (the console; a test swaps in its own writer).</summary>
public sealed class DemoOutput(TextWriter writer)
{
    public TextWriter Writer { get; } = writer;
}
