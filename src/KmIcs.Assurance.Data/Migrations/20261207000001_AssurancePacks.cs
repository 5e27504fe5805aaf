using KmIcs.Assurance.Data.Configurations;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace KmIcs.Assurance.Data.Migrations;

/// <summary>
/// Assurance packs (issue 14): the committees a partnership reports to, their meetings, and the archive of generated
/// packs with their PDF bytes and model. Provider-neutral (docs/adr/0003): no column types.
/// </summary>
[DbContext(typeof(AssuranceDbContext))]
[Migration("20261207000001_AssurancePacks")]
public sealed class AssurancePacks : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.CreateTable(
            name: "Committees",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                TenantId = table.Column<Guid>(nullable: false),
                Name = table.Column<string>(maxLength: SchemaLimits.Name, nullable: false),
                Description = table.Column<string>(maxLength: SchemaLimits.Comment, nullable: true),
                Version = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Committees", x => x.Id);
                table.ForeignKey("FK_Committees_Tenants_TenantId", x => x.TenantId, "Tenants", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_Committees_TenantId_Name", "Committees", ["TenantId", "Name"], unique: true);

        migrationBuilder.CreateTable(
            name: "Meetings",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                TenantId = table.Column<Guid>(nullable: false),
                CommitteeId = table.Column<Guid>(nullable: false),
                Title = table.Column<string>(maxLength: SchemaLimits.Name, nullable: false),
                Date = table.Column<DateOnly>(nullable: false),
                PapersDeadline = table.Column<DateOnly>(nullable: true),
                PacksDue = table.Column<string>(maxLength: SchemaLimits.Comment, nullable: true),
                Version = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Meetings", x => x.Id);
                table.ForeignKey("FK_Meetings_Committees_CommitteeId", x => x.CommitteeId, "Committees", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_Meetings_CommitteeId", "Meetings", "CommitteeId");
        migrationBuilder.CreateIndex("IX_Meetings_TenantId_Date", "Meetings", ["TenantId", "Date"]);

        migrationBuilder.CreateTable(
            name: "AssurancePacks",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                TenantId = table.Column<Guid>(nullable: false),
                Kind = table.Column<string>(maxLength: SchemaLimits.Enum, nullable: false),
                Scope = table.Column<string>(maxLength: SchemaLimits.Narrative, nullable: false),
                Series = table.Column<string>(maxLength: SchemaLimits.Sha256, nullable: false),
                DocumentVersion = table.Column<int>(nullable: false),
                Title = table.Column<string>(maxLength: SchemaLimits.Name, nullable: false),
                Marking = table.Column<string>(maxLength: SchemaLimits.ShortName, nullable: false),
                AsAt = table.Column<DateOnly>(nullable: false),
                MeetingId = table.Column<Guid>(nullable: true),
                RequestedById = table.Column<Guid>(nullable: true),
                RequestedBy = table.Column<string>(maxLength: SchemaLimits.PersonName, nullable: false),
                RequestedAt = table.Column<DateTime>(nullable: false),
                Status = table.Column<string>(maxLength: SchemaLimits.Enum, nullable: false),
                Message = table.Column<string>(nullable: true),
                Attempts = table.Column<int>(nullable: false),
                ModelJson = table.Column<string>(nullable: true),
                Pdf = table.Column<byte[]>(nullable: true),
                Sha256 = table.Column<string>(maxLength: SchemaLimits.Sha256, nullable: true),
                SizeBytes = table.Column<long>(nullable: false),
                Pages = table.Column<int>(nullable: false),
                CompletedAt = table.Column<DateTime>(nullable: true),
                Version = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_AssurancePacks", x => x.Id);
                table.ForeignKey("FK_AssurancePacks_Tenants_TenantId", x => x.TenantId, "Tenants", "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_AssurancePacks_Meetings_MeetingId", x => x.MeetingId, "Meetings", "Id", onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex("IX_AssurancePacks_TenantId_Series_DocumentVersion", "AssurancePacks", ["TenantId", "Series", "DocumentVersion"], unique: true);
        migrationBuilder.CreateIndex("IX_AssurancePacks_TenantId_RequestedAt", "AssurancePacks", ["TenantId", "RequestedAt"]);
        migrationBuilder.CreateIndex("IX_AssurancePacks_Status", "AssurancePacks", "Status");
        migrationBuilder.CreateIndex("IX_AssurancePacks_MeetingId", "AssurancePacks", "MeetingId");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.DropTable("AssurancePacks");
        migrationBuilder.DropTable("Meetings");
        migrationBuilder.DropTable("Committees");
    }
}
