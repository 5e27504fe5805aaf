namespace KmIcs.Assurance.Data.IndicatorValues.Files;

/// <summary>
/// The columns the import understands. Template files carry the first 11; Fingertips exports carry most of them plus
/// the rest.
/// </summary>
public enum ValueField
{
    /// <summary>The portal's indicator ref in a template, the Fingertips indicator id in an export.</summary>
    IndicatorKey,

    /// <summary>The period label: a portal period in a template, a Fingertips "Time period" in an export.</summary>
    Period,
    AreaCode,
    Value,
    LowerCi,
    UpperCi,
    Count,
    Denominator,
    Provisional,
    Note,
    Source,
    AreaName,
    Sex,
    Age,
    CategoryType,
    Category,
    ValueNote,
    TimePeriodSortable,
    TimePeriodRange,
}
