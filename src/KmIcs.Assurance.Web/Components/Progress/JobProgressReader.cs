using KmIcs.Assurance.Data.IndicatorValues.ValueImports;
using KmIcs.Assurance.Domain.Indicators;
using KmIcs.Assurance.Domain.Packs;
using KmIcs.Assurance.Reporting.Packs;

namespace KmIcs.Assurance.Web.Components.Progress;

/// <summary>Reads the status of a pack or an import in the current tenant and says it in words; null when there is none.</summary>
public sealed class JobProgressReader(PackArchive packs, ValueImportService imports)
{
    public async Task<JobProgressState?> ReadAsync(JobKind kind, Guid id, CancellationToken cancellationToken = default) =>
        kind switch
        {
            JobKind.Pack => await packs.StatusAsync(id, cancellationToken) switch
            {
                null => null,
                PackStatus.Queued => new("The pack is waiting to start.", false),
                PackStatus.Rendering => new("The pack is being made.", false),
                PackStatus.Ready => new("The pack is ready.", true),
                _ => new("The pack could not be made.", true),
            },
            JobKind.ValueImport => await imports.StatusAsync(id, cancellationToken) switch
            {
                null => null,
                ValueImportStatus.Analysing => new("The file is being checked.", false),
                ValueImportStatus.Committing => new("The values are being imported.", false),
                ValueImportStatus.Previewed => new("The file has been checked.", true),
                ValueImportStatus.Committed => new("The values have been imported.", true),
                _ => new("The import has stopped.", true),
            },
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a kind of background work."),
        };
}
