namespace KmIcs.Assurance.Data.IndicatorValues.Files;

/// <summary>The kinds of file the value import reads.</summary>
public enum ValueFileFormat
{
    /// <summary>The portal's own template (<see cref="ValueFileWriter.TemplateHeaders"/>), also its export format.</summary>
    Template,

    /// <summary>A data export from Fingertips (Indicator ID, Area Code, Time period, Value, …) in any of its dialects.</summary>
    Fingertips,
}
