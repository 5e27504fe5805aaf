using KmIcs.Assurance.Data.Auditing;
using KmIcs.Assurance.Data.IndicatorValues.ValueImports;
using KmIcs.Assurance.Data.Tenancy;
using Quartz;

namespace KmIcs.Assurance.Web.Jobs;

/// <summary>
/// Runs the step a large import is waiting for (checking, or applying) on Quartz, in its own unit of work for the
/// import's tenant and in its uploader's name. A failure is logged; the import row keeps its status, so the next start
/// of the portal runs the step again (<see cref="PendingJobsResumer"/>), and an apply either commits whole or not at all.
/// </summary>
public sealed partial class ValueImportJob(IServiceScopeFactory scopes, ILogger<ValueImportJob> logger) : IJob
{
    public const string TenantIdKey = "tenantId";
    public const string TenantSlugKey = "tenantSlug";
    public const string ImportIdKey = "importId";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var data = context.MergedJobDataMap;
        var tenantId = Guid.Parse(data.GetString(TenantIdKey)!);
        var importId = Guid.Parse(data.GetString(ImportIdKey)!);
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        services.GetRequiredService<CurrentTenant>().Set(tenantId, data.GetString(TenantSlugKey)!);
        var imports = services.GetRequiredService<ValueImportService>();
        var import = await imports.FindAsync(importId, cancellationToken);
        if (import is null)
        {
            return;
        }

        services.GetRequiredService<CurrentActor>().Set(import.UploadedById, import.UploadedBy);
        try
        {
            await imports.RunDueStepAsync(importId, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogFailed(logger, e, importId);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Value import {ImportId} failed; it will run again when the portal next starts")]
    private static partial void LogFailed(ILogger logger, Exception exception, Guid importId);
}
