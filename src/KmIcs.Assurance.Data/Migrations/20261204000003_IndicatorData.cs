using KmIcs.Assurance.Data.Configurations;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace KmIcs.Assurance.Data.Migrations;

/// <summary>
/// Indicator values in (issue 13): areas with their ONS codes, value revisions, uploaded files and the indicator
/// metadata analysts keep (frequency, publication lag, source, benchmark area, headline sex and age).
/// Provider-neutral (docs/adr/0003): no column types. The areas are national reference data, so they are inserted
/// here: the South East's counties and unitary authorities, Kent's districts, the Kent and Medway ICB, every region,
/// England, and the CIPFA nearest neighbours the logframe names (Swindon for Medway, Hampshire for Kent).
/// </summary>
[DbContext(typeof(AssuranceDbContext))]
[Migration("20261204000003_IndicatorData")]
public sealed class IndicatorData : Migration
{
    private const string Country = "Country";
    private const string Region = "Region";
    private const string Icb = "IntegratedCareBoard";
    private const string County = "CountyOrUnitaryAuthority";
    private const string District = "District";
    private const string England = "E92000001";
    private const string SouthEast = "E12000008";
    private const string Kent = "E10000016";

    private static readonly string[][] Areas =
    [
        [England, "England", "England", Country, ""],
        ["E12000001", "North East", "North East", Region, England],
        ["E12000002", "North West", "North West", Region, England],
        ["E12000003", "Yorkshire and the Humber", "Yorkshire and The Humber", Region, England],
        ["E12000004", "East Midlands", "East Midlands", Region, England],
        ["E12000005", "West Midlands", "West Midlands", Region, England],
        ["E12000006", "East of England", "East of England", Region, England],
        ["E12000007", "London", "London", Region, England],
        [SouthEast, "South East", "South East", Region, England],
        ["E12000009", "South West", "South West", Region, England],
        ["E54000032", "Kent and Medway", "NHS Kent and Medway Integrated Care Board", Icb, SouthEast],
        [Kent, "Kent", "Kent County Council", County, SouthEast],
        ["E06000035", "Medway", "Medway Council", County, SouthEast],
        ["E10000011", "East Sussex", "East Sussex County Council", County, SouthEast],
        ["E10000032", "West Sussex", "West Sussex County Council", County, SouthEast],
        ["E10000030", "Surrey", "Surrey County Council", County, SouthEast],
        ["E10000014", "Hampshire", "Hampshire County Council", County, SouthEast],
        ["E10000025", "Oxfordshire", "Oxfordshire County Council", County, SouthEast],
        ["E06000060", "Buckinghamshire", "Buckinghamshire Council", County, SouthEast],
        ["E06000043", "Brighton and Hove", "Brighton and Hove City Council", County, SouthEast],
        ["E06000046", "Isle of Wight", "Isle of Wight Council", County, SouthEast],
        ["E06000044", "Portsmouth", "Portsmouth City Council", County, SouthEast],
        ["E06000045", "Southampton", "Southampton City Council", County, SouthEast],
        ["E06000042", "Milton Keynes", "Milton Keynes City Council", County, SouthEast],
        ["E06000036", "Bracknell Forest", "Bracknell Forest Council", County, SouthEast],
        ["E06000037", "West Berkshire", "West Berkshire Council", County, SouthEast],
        ["E06000038", "Reading", "Reading Borough Council", County, SouthEast],
        ["E06000039", "Slough", "Slough Borough Council", County, SouthEast],
        ["E06000040", "Windsor and Maidenhead", "Royal Borough of Windsor and Maidenhead", County, SouthEast],
        ["E06000041", "Wokingham", "Wokingham Borough Council", County, SouthEast],
        ["E06000030", "Swindon", "Swindon Borough Council", County, "E12000009"],
        ["E07000105", "Ashford", "Ashford Borough Council", District, Kent],
        ["E07000106", "Canterbury", "Canterbury City Council", District, Kent],
        ["E07000107", "Dartford", "Dartford Borough Council", District, Kent],
        ["E07000108", "Dover", "Dover District Council", District, Kent],
        ["E07000109", "Gravesham", "Gravesham Borough Council", District, Kent],
        ["E07000110", "Maidstone", "Maidstone Borough Council", District, Kent],
        ["E07000111", "Sevenoaks", "Sevenoaks District Council", District, Kent],
        ["E07000112", "Folkestone and Hythe", "Folkestone and Hythe District Council", District, Kent],
        ["E07000113", "Swale", "Swale Borough Council", District, Kent],
        ["E07000114", "Thanet", "Thanet District Council", District, Kent],
        ["E07000115", "Tonbridge and Malling", "Tonbridge and Malling Borough Council", District, Kent],
        ["E07000116", "Tunbridge Wells", "Tunbridge Wells Borough Council", District, Kent],
    ];

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        CreateAreas(migrationBuilder);
        CreateImports(migrationBuilder);
        CreateRevisions(migrationBuilder);
        AddIndicatorMetadata(migrationBuilder);
        AddValueProvenance(migrationBuilder);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.DropColumn("SourcePeriodKey", "IndicatorValues");
        foreach (var column in new[] { "Frequency", "PublicationLagMonths", "DataSource", "PeriodKind", "BenchmarkArea", "Sex", "Age" })
        {
            migrationBuilder.DropColumn(column, "Indicators");
        }

        migrationBuilder.DropTable("IndicatorValueRevisions");
        migrationBuilder.DropTable("ValueImports");
        migrationBuilder.DropTable("Areas");
    }

    private static void CreateAreas(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "Areas",
            columns: table => new
            {
                Code = table.Column<string>(maxLength: SchemaLimits.AreaCode, nullable: false),
                Name = table.Column<string>(maxLength: SchemaLimits.Geography, nullable: false),
                OfficialName = table.Column<string>(maxLength: SchemaLimits.Name, nullable: false),
                Kind = table.Column<string>(maxLength: SchemaLimits.Enum, nullable: false),
                ParentCode = table.Column<string>(maxLength: SchemaLimits.AreaCode, nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_Areas", x => x.Code));
        migrationBuilder.CreateIndex("IX_Areas_Name", "Areas", "Name", unique: true);
        // Plain SQL rather than InsertData: a hand-written migration has no target model to take column types from.
        foreach (var area in Areas)
        {
            var parent = area[4].Length == 0 ? "NULL" : Quoted(area[4]);
            migrationBuilder.Sql(
                $"""INSERT INTO "Areas" ("Code", "Name", "OfficialName", "Kind", "ParentCode") VALUES ({Quoted(area[0])}, {Quoted(area[1])}, {Quoted(area[2])}, {Quoted(area[3])}, {parent})""");
        }
    }

    private static string Quoted(string text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";

    private static void CreateImports(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "ValueImports",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                TenantId = table.Column<Guid>(nullable: false),
                FileName = table.Column<string>(maxLength: SchemaLimits.Name, nullable: false),
                Sha256 = table.Column<string>(maxLength: SchemaLimits.Sha256, nullable: false),
                SizeBytes = table.Column<long>(nullable: false),
                Content = table.Column<byte[]>(nullable: true),
                UploadedById = table.Column<Guid>(nullable: true),
                UploadedBy = table.Column<string>(maxLength: SchemaLimits.PersonName, nullable: false),
                UploadedAt = table.Column<DateTime>(nullable: false),
                Status = table.Column<string>(maxLength: SchemaLimits.Enum, nullable: false),
                Dialect = table.Column<string>(maxLength: SchemaLimits.Name, nullable: true),
                ValidRowsOnly = table.Column<bool>(nullable: false),
                Rows = table.Column<int>(nullable: false),
                NewValues = table.Column<int>(nullable: false),
                RevisedValues = table.Column<int>(nullable: false),
                UnchangedValues = table.Column<int>(nullable: false),
                SkippedRows = table.Column<int>(nullable: false),
                ErrorRows = table.Column<int>(nullable: false),
                RowsProcessed = table.Column<int>(nullable: false),
                PreviewJson = table.Column<string>(nullable: true),
                Message = table.Column<string>(nullable: true),
                CompletedAt = table.Column<DateTime>(nullable: true),
                Version = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ValueImports", x => x.Id);
                table.ForeignKey("FK_ValueImports_Tenants_TenantId", x => x.TenantId, "Tenants", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_ValueImports_TenantId_UploadedAt", "ValueImports", ["TenantId", "UploadedAt"]);
        migrationBuilder.CreateIndex("IX_ValueImports_Status", "ValueImports", "Status");
    }

    private static void CreateRevisions(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "IndicatorValueRevisions",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                TenantId = table.Column<Guid>(nullable: false),
                IndicatorValueId = table.Column<Guid>(nullable: false),
                Number = table.Column<int>(nullable: false),
                Value = table.Column<decimal>(precision: 18, scale: 4, nullable: true),
                LowerCi = table.Column<decimal>(precision: 18, scale: 4, nullable: true),
                UpperCi = table.Column<decimal>(precision: 18, scale: 4, nullable: true),
                Numerator = table.Column<decimal>(precision: 18, scale: 4, nullable: true),
                Denominator = table.Column<decimal>(precision: 18, scale: 4, nullable: true),
                IsProvisional = table.Column<bool>(nullable: false),
                Note = table.Column<string>(nullable: true),
                Source = table.Column<string>(maxLength: SchemaLimits.Source, nullable: true),
                RecordedAt = table.Column<DateTime>(nullable: false),
                RecordedBy = table.Column<string>(maxLength: SchemaLimits.PersonName, nullable: false),
                Reason = table.Column<string>(maxLength: SchemaLimits.Comment, nullable: true),
                ValueImportId = table.Column<Guid>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_IndicatorValueRevisions", x => x.Id);
                table.ForeignKey("FK_IndicatorValueRevisions_IndicatorValues_IndicatorValueId", x => x.IndicatorValueId, "IndicatorValues", "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_IndicatorValueRevisions_ValueImports_ValueImportId", x => x.ValueImportId, "ValueImports", "Id", onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex("IX_IndicatorValueRevisions_IndicatorValueId_Number", "IndicatorValueRevisions", ["IndicatorValueId", "Number"], unique: true);
        migrationBuilder.CreateIndex("IX_IndicatorValueRevisions_TenantId", "IndicatorValueRevisions", "TenantId");
        migrationBuilder.CreateIndex("IX_IndicatorValueRevisions_ValueImportId", "IndicatorValueRevisions", "ValueImportId");
    }

    private static void AddIndicatorMetadata(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<string>("Frequency", "Indicators", maxLength: SchemaLimits.Enum, nullable: true);
        migrationBuilder.AddColumn<int>("PublicationLagMonths", "Indicators", nullable: true);
        migrationBuilder.AddColumn<string>("DataSource", "Indicators", maxLength: SchemaLimits.Source, nullable: true);
        migrationBuilder.AddColumn<string>("PeriodKind", "Indicators", maxLength: SchemaLimits.Enum, nullable: true);
        migrationBuilder.AddColumn<string>("BenchmarkArea", "Indicators", maxLength: SchemaLimits.Geography, nullable: false, defaultValue: "England");
        migrationBuilder.AddColumn<string>("Sex", "Indicators", maxLength: SchemaLimits.Breakdown, nullable: true);
        migrationBuilder.AddColumn<string>("Age", "Indicators", maxLength: SchemaLimits.Breakdown, nullable: true);
    }

    private static void AddValueProvenance(MigrationBuilder migrationBuilder) =>
        migrationBuilder.AddColumn<string>("SourcePeriodKey", "IndicatorValues", maxLength: SchemaLimits.Period, nullable: true);
}
