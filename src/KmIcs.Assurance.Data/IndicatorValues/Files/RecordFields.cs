using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace KmIcs.Assurance.Data.IndicatorValues.Files;

/// <summary>
/// A record's fields as a read-only dictionary over one array of texts, with the fields themselves shared by every
/// record of the file: 200,000 records of 19 fields would otherwise be 200,000 hash tables.
/// </summary>
internal sealed class RecordFields(ValueField[] fields, string[] values) : IReadOnlyDictionary<ValueField, string>
{
    public int Count => fields.Length;

    public IEnumerable<ValueField> Keys => fields;

    public IEnumerable<string> Values => values;

    public string this[ValueField key] =>
        TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"The file has no {key} column.");

    public bool ContainsKey(ValueField key) => Array.IndexOf(fields, key) >= 0;

    public bool TryGetValue(ValueField key, [MaybeNullWhen(false)] out string value)
    {
        var index = Array.IndexOf(fields, key);
        value = index >= 0 ? values[index] : null;
        return index >= 0;
    }

    public IEnumerator<KeyValuePair<ValueField, string>> GetEnumerator() =>
        fields.Select((field, index) => KeyValuePair.Create(field, values[index])).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
