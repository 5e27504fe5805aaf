namespace KmIcs.Assurance.Data.IndicatorValues;

/// <summary>
/// The value form's field names, as the errors of <see cref="ValueRules"/> name them, so the entry page links each
/// message to its input and the import names the file's column instead.
/// </summary>
public static class ValueFields
{
    public const string Indicator = "indicator";
    public const string Period = "period";
    public const string Area = "area";
    public const string Value = "value";
    public const string LowerCi = "lower-ci";
    public const string UpperCi = "upper-ci";
    public const string Count = "count";
    public const string Denominator = "denominator";
    public const string Provisional = "provisional";
    public const string Note = "note";
    public const string Source = "source";
    public const string Reason = "reason";
}
