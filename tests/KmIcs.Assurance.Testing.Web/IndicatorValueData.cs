using System.Text;
using KmIcs.Assurance.Data.IndicatorValues.ValueImports;
using KmIcs.Assurance.Data.ProgressReporting;
using KmIcs.Assurance.Domain.Indicators;
using Microsoft.Extensions.DependencyInjection;

namespace KmIcs.Assurance.Testing.Web;

/// <summary>Value imports made through the portal's own import service, as an analyst's upload would make them.</summary>
public static class IndicatorValueData
{
    /// <summary>Uploads the template CSV text as <paramref name="fileName"/> and returns the analysed (previewed) import.</summary>
    public static Task<ValueImport> UploadValuesAsync(this PortalFactory portal, TestTenant tenant, ActingUser analyst, string csv, string fileName = "values.csv") =>
        portal.ActAsync(tenant, analyst, async services =>
        {
            await using var content = new MemoryStream(Encoding.UTF8.GetBytes(csv));
            var imports = services.GetRequiredService<ValueImportService>();
            var uploaded = await imports.UploadAsync(content, fileName);
            if (!uploaded.Succeeded)
            {
                throw new InvalidOperationException(string.Join("; ", uploaded.Errors.Select(e => e.Message)));
            }

            return await imports.FindAsync(uploaded.Value!.Id) ?? throw new InvalidOperationException("The import was not saved.");
        });
}
