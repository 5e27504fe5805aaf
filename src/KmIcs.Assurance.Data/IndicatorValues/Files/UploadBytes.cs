namespace KmIcs.Assurance.Data.IndicatorValues.Files;

/// <summary>
/// Reads an upload into memory, refusing anything over <see cref="ValueFileReader.MaxBytes"/> before reading it: from
/// the length when the stream knows it, otherwise by stopping one byte past the limit. The whole file is needed in
/// memory anyway, to tell UTF-8 from Windows-1252 and to open a workbook, and the limit keeps that bounded.
/// </summary>
internal static class UploadBytes
{
    public static byte[]? Read(Stream content, CancellationToken cancellationToken, out string? error)
    {
        error = null;
        if (content.CanSeek)
        {
            var remaining = content.Length - content.Position;
            if (remaining > ValueFileReader.MaxBytes)
            {
                error = ValueFileMessages.TooLarge(remaining);
                return null;
            }
        }

        using var copy = new MemoryStream();
        var chunk = new byte[81_920];
        int read;
        while ((read = content.Read(chunk, 0, chunk.Length)) > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (copy.Length + read > ValueFileReader.MaxBytes)
            {
                error = ValueFileMessages.TooLargeUnknownSize();
                return null;
            }

            copy.Write(chunk, 0, read);
        }

        return copy.ToArray();
    }
}
