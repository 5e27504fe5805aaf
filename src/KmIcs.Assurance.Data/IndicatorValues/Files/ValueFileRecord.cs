namespace KmIcs.Assurance.Data.IndicatorValues.Files;

/// <summary>
/// One data record as text, exactly as in the file (trimmed). <paramref name="Row"/> is the row number a person sees in
/// Excel or a text editor's record count: the header row's number + 1 for the first record, counting preamble and blank
/// lines, and a quoted field with a line break counts as one row. <paramref name="Fields"/> holds every field the file
/// has a column for (an empty string where the row is short) and no others.
/// </summary>
public sealed record ValueFileRecord(int Row, IReadOnlyDictionary<ValueField, string> Fields)
{
    /// <summary>The field's text, or null when the file has no column for it.</summary>
    public string? this[ValueField field] => Fields.TryGetValue(field, out var text) ? text : null;
}
