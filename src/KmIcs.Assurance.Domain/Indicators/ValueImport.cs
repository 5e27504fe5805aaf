using KmIcs.Assurance.Domain.Tenancy;

namespace KmIcs.Assurance.Domain.Indicators;

/// <summary>
/// An uploaded file of indicator values and what became of it. The upload itself is kept until the import ends, so a
/// background check or commit survives a restart of the portal; its SHA-256, name and uploader stay for good as the
/// provenance of every value it wrote.
/// </summary>
public class ValueImport : ITenantOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid TenantId { get; set; }

    public required string FileName { get; init; }

    /// <summary>Lower-case hex SHA-256 of the uploaded bytes.</summary>
    public required string Sha256 { get; init; }

    public long SizeBytes { get; init; }

    /// <summary>The uploaded bytes; cleared when the import ends.</summary>
    public byte[]? Content { get; set; }

    public Guid? UploadedById { get; init; }

    public required string UploadedBy { get; init; }

    public DateTimeOffset UploadedAt { get; init; }

    public ValueImportStatus Status { get; set; }

    /// <summary>"Fingertips export (underscored headers)", "Portal template", ...; null until the file is read.</summary>
    public string? Dialect { get; set; }

    /// <summary>The analyst chose to import the valid rows of a file with errors; recorded because it is a judgement.</summary>
    public bool ValidRowsOnly { get; set; }

    public int Rows { get; set; }

    public int NewValues { get; set; }

    public int RevisedValues { get; set; }

    public int UnchangedValues { get; set; }

    public int SkippedRows { get; set; }

    public int ErrorRows { get; set; }

    /// <summary>Rows processed so far by the background job, for the progress page.</summary>
    public int RowsProcessed { get; set; }

    /// <summary>The preview's details (errors, warnings, unmapped ids and areas) as JSON, so any replica can show it.</summary>
    public string? PreviewJson { get; set; }

    /// <summary>Why the import failed, in words for the analyst.</summary>
    public string? Message { get; set; }

    public DateTimeOffset? CompletedAt { get; set; }

    public int Version { get; set; }
}
