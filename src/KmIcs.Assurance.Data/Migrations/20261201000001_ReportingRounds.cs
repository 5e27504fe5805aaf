using KmIcs.Assurance.Data.Configurations;
using KmIcs.Assurance.Data.Configurations.ProgressReporting;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace KmIcs.Assurance.Data.Migrations;

/// <summary>
/// Progress reporting (issue 5): reporting rounds with their lock exceptions, lead bodies' commitment updates and the
/// steps of their review, the clerk's status decisions with the updates they rest on, and the reminder outbox.
/// Provider-neutral (docs/adr/0003): no column types. Timestamps are <see cref="DateTime"/> columns because the
/// configurations store them through <see cref="UtcTimestampConverter"/> (docs/adr/0011).
/// </summary>
[DbContext(typeof(AssuranceDbContext))]
[Migration("20261201000001_ReportingRounds")]
public sealed class ReportingRounds : Migration
{
    private const string Tenants = "Tenants";
    private const string Strategies = "Strategies";
    private const string Organisations = "Organisations";
    private const string Commitments = "Commitments";
    private const string Users = "AspNetUsers";

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        CreateRounds(migrationBuilder);
        CreateUpdates(migrationBuilder);
        CreateDecisions(migrationBuilder);
        CreateReminders(migrationBuilder);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        foreach (var table in new[]
        {
            ProgressReportingSchema.ReminderEmails, ProgressReportingSchema.CommitmentStatusDecisionSources,
            ProgressReportingSchema.CommitmentStatusDecisions, ProgressReportingSchema.CommitmentUpdateEvents,
            ProgressReportingSchema.CommitmentUpdates, ProgressReportingSchema.RoundLockExceptions,
            ProgressReportingSchema.ReportingRounds,
        })
        {
            migrationBuilder.DropTable(table);
        }
    }

    private static void CreateRounds(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: ProgressReportingSchema.ReportingRounds,
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                TenantId = table.Column<Guid>(nullable: false),
                StrategyId = table.Column<Guid>(nullable: false),
                Name = table.Column<string>(maxLength: SchemaLimits.RoundName, nullable: false),
                Period = table.Column<string>(maxLength: SchemaLimits.Period, nullable: false),
                Opens = table.Column<DateOnly>(nullable: false),
                Closes = table.Column<DateOnly>(nullable: false),
                CreatedAt = table.Column<DateTime>(nullable: false),
                CreatedById = table.Column<Guid>(nullable: false),
                CreatedByName = table.Column<string>(maxLength: SchemaLimits.PersonName, nullable: false),
                Version = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ReportingRounds", x => x.Id);
                table.ForeignKey("FK_ReportingRounds_Strategies_StrategyId", x => x.StrategyId, Strategies, "Id", onDelete: ReferentialAction.Restrict);
                table.ForeignKey("FK_ReportingRounds_Tenants_TenantId", x => x.TenantId, Tenants, "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: ProgressReportingSchema.RoundLockExceptions,
            columns: table => new
            {
                RoundId = table.Column<Guid>(nullable: false),
                OrganisationId = table.Column<Guid>(nullable: false),
                TenantId = table.Column<Guid>(nullable: false),
                GrantedById = table.Column<Guid>(nullable: false),
                GrantedByName = table.Column<string>(maxLength: SchemaLimits.PersonName, nullable: false),
                GrantedAt = table.Column<DateTime>(nullable: false),
                Until = table.Column<DateOnly>(nullable: false),
                Reason = table.Column<string>(maxLength: SchemaLimits.Comment, nullable: false),
                Version = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_RoundLockExceptions", x => new { x.RoundId, x.OrganisationId });
                table.ForeignKey("FK_RoundLockExceptions_Organisations_OrganisationId", x => x.OrganisationId, Organisations, "Id", onDelete: ReferentialAction.Restrict);
                table.ForeignKey("FK_RoundLockExceptions_ReportingRounds_RoundId", x => x.RoundId, ProgressReportingSchema.ReportingRounds, "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex("IX_ReportingRounds_StrategyId", ProgressReportingSchema.ReportingRounds, "StrategyId");
        migrationBuilder.CreateIndex("IX_ReportingRounds_TenantId_Name", ProgressReportingSchema.ReportingRounds, ["TenantId", "Name"], unique: true);
        migrationBuilder.CreateIndex("IX_RoundLockExceptions_OrganisationId", ProgressReportingSchema.RoundLockExceptions, "OrganisationId");
    }

    private static void CreateUpdates(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: ProgressReportingSchema.CommitmentUpdates,
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                TenantId = table.Column<Guid>(nullable: false),
                CommitmentId = table.Column<Guid>(nullable: false),
                OrganisationId = table.Column<Guid>(nullable: false),
                ReportingRoundId = table.Column<Guid>(nullable: true),
                Status = table.Column<string>(maxLength: SchemaLimits.Enum, nullable: true),
                Progress = table.Column<string>(maxLength: SchemaLimits.Narrative, nullable: true),
                MilestonesProgress = table.Column<string>(maxLength: SchemaLimits.Narrative, nullable: true),
                RisksAndIssues = table.Column<string>(maxLength: SchemaLimits.Narrative, nullable: true),
                NextSteps = table.Column<string>(maxLength: SchemaLimits.Narrative, nullable: true),
                EvidenceUrl = table.Column<string>(maxLength: SchemaLimits.Url, nullable: true),
                State = table.Column<string>(maxLength: SchemaLimits.Enum, nullable: false),
                AuthorId = table.Column<Guid>(nullable: false),
                AuthorName = table.Column<string>(maxLength: SchemaLimits.PersonName, nullable: false),
                CreatedAt = table.Column<DateTime>(nullable: false),
                UpdatedById = table.Column<Guid>(nullable: false),
                UpdatedByName = table.Column<string>(maxLength: SchemaLimits.PersonName, nullable: false),
                UpdatedAt = table.Column<DateTime>(nullable: false),
                SubmittedById = table.Column<Guid>(nullable: true),
                SubmittedByName = table.Column<string>(maxLength: SchemaLimits.PersonName, nullable: true),
                SubmittedAt = table.Column<DateTime>(nullable: true),
                ReviewedById = table.Column<Guid>(nullable: true),
                ReviewedByName = table.Column<string>(maxLength: SchemaLimits.PersonName, nullable: true),
                ReviewedAt = table.Column<DateTime>(nullable: true),
                ReviewComment = table.Column<string>(maxLength: SchemaLimits.Comment, nullable: true),
                Version = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_CommitmentUpdates", x => x.Id);
                table.ForeignKey("FK_CommitmentUpdates_Commitments_CommitmentId", x => x.CommitmentId, Commitments, "Id", onDelete: ReferentialAction.Restrict);
                table.ForeignKey("FK_CommitmentUpdates_Organisations_OrganisationId", x => x.OrganisationId, Organisations, "Id", onDelete: ReferentialAction.Restrict);
                table.ForeignKey("FK_CommitmentUpdates_ReportingRounds_ReportingRoundId", x => x.ReportingRoundId, ProgressReportingSchema.ReportingRounds, "Id", onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: ProgressReportingSchema.CommitmentUpdateEvents,
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                TenantId = table.Column<Guid>(nullable: false),
                UpdateId = table.Column<Guid>(nullable: false),
                Kind = table.Column<string>(maxLength: SchemaLimits.Enum, nullable: false),
                Status = table.Column<string>(maxLength: SchemaLimits.Enum, nullable: true),
                ById = table.Column<Guid>(nullable: false),
                ByName = table.Column<string>(maxLength: SchemaLimits.PersonName, nullable: false),
                At = table.Column<DateTime>(nullable: false),
                Comment = table.Column<string>(maxLength: SchemaLimits.Comment, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_CommitmentUpdateEvents", x => x.Id);
                table.ForeignKey("FK_CommitmentUpdateEvents_CommitmentUpdates_UpdateId", x => x.UpdateId, ProgressReportingSchema.CommitmentUpdates, "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex(ProgressReportingSchema.UpdatePerRoundIndex, ProgressReportingSchema.CommitmentUpdates, ["CommitmentId", "OrganisationId", "ReportingRoundId"], unique: true);
        migrationBuilder.CreateIndex("IX_CommitmentUpdates_OrganisationId", ProgressReportingSchema.CommitmentUpdates, "OrganisationId");
        migrationBuilder.CreateIndex("IX_CommitmentUpdates_ReportingRoundId", ProgressReportingSchema.CommitmentUpdates, "ReportingRoundId");
        migrationBuilder.CreateIndex("IX_CommitmentUpdateEvents_UpdateId", ProgressReportingSchema.CommitmentUpdateEvents, "UpdateId");
    }

    private static void CreateDecisions(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: ProgressReportingSchema.CommitmentStatusDecisions,
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                TenantId = table.Column<Guid>(nullable: false),
                CommitmentId = table.Column<Guid>(nullable: false),
                ReportingRoundId = table.Column<Guid>(nullable: true),
                Sequence = table.Column<int>(nullable: false),
                Status = table.Column<string>(maxLength: SchemaLimits.Enum, nullable: false),
                Reason = table.Column<string>(maxLength: SchemaLimits.Comment, nullable: true),
                DecidedById = table.Column<Guid>(nullable: false),
                DecidedByName = table.Column<string>(maxLength: SchemaLimits.PersonName, nullable: false),
                DecidedAt = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_CommitmentStatusDecisions", x => x.Id);
                table.ForeignKey("FK_CommitmentStatusDecisions_Commitments_CommitmentId", x => x.CommitmentId, Commitments, "Id", onDelete: ReferentialAction.Restrict);
                table.ForeignKey("FK_CommitmentStatusDecisions_ReportingRounds_ReportingRoundId", x => x.ReportingRoundId, ProgressReportingSchema.ReportingRounds, "Id", onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: ProgressReportingSchema.CommitmentStatusDecisionSources,
            columns: table => new
            {
                DecisionId = table.Column<Guid>(nullable: false),
                UpdateId = table.Column<Guid>(nullable: false),
                TenantId = table.Column<Guid>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_CommitmentStatusDecisionSources", x => new { x.DecisionId, x.UpdateId });
                table.ForeignKey(ProgressReportingSchema.DecisionSourceDecisionForeignKey, x => x.DecisionId, ProgressReportingSchema.CommitmentStatusDecisions, "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_CommitmentStatusDecisionSources_CommitmentUpdates_UpdateId", x => x.UpdateId, ProgressReportingSchema.CommitmentUpdates, "Id", onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateIndex("IX_CommitmentStatusDecisions_CommitmentId_Sequence", ProgressReportingSchema.CommitmentStatusDecisions, ["CommitmentId", "Sequence"], unique: true);
        migrationBuilder.CreateIndex("IX_CommitmentStatusDecisions_ReportingRoundId", ProgressReportingSchema.CommitmentStatusDecisions, "ReportingRoundId");
        migrationBuilder.CreateIndex("IX_CommitmentStatusDecisionSources_UpdateId", ProgressReportingSchema.CommitmentStatusDecisionSources, "UpdateId");
    }

    private static void CreateReminders(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: ProgressReportingSchema.ReminderEmails,
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                TenantId = table.Column<Guid>(nullable: false),
                RoundId = table.Column<Guid>(nullable: false),
                UserId = table.Column<Guid>(nullable: false),
                Kind = table.Column<string>(maxLength: SchemaLimits.Enum, nullable: false),
                CreatedAt = table.Column<DateTime>(nullable: false),
                SentAt = table.Column<DateTime>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ReminderEmails", x => x.Id);
                table.ForeignKey("FK_ReminderEmails_AspNetUsers_UserId", x => x.UserId, Users, "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_ReminderEmails_ReportingRounds_RoundId", x => x.RoundId, ProgressReportingSchema.ReportingRounds, "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex("IX_ReminderEmails_RoundId_UserId_Kind", ProgressReportingSchema.ReminderEmails, ["RoundId", "UserId", "Kind"], unique: true);
        migrationBuilder.CreateIndex("IX_ReminderEmails_TenantId_SentAt", ProgressReportingSchema.ReminderEmails, ["TenantId", "SentAt"]);
        migrationBuilder.CreateIndex("IX_ReminderEmails_UserId", ProgressReportingSchema.ReminderEmails, "UserId");
    }
}
