using KmIcs.Assurance.Data.Configurations;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace KmIcs.Assurance.Data.Migrations;

/// <summary>
/// The strategy and its indicators: tenants, organisations, outcomes, priorities, commitments with plans and lead
/// bodies, delivery examples with milestones, place priorities, indicators with targets and values, and the
/// conflicts between source documents kept for a human. Written by hand and provider-neutral (docs/adr/0003): no
/// column types, so SQLite and PostgreSQL each choose their own. Two foreign keys are NO ACTION on SQL Server only
/// (<see cref="SqlServerCascadePaths"/>).
/// </summary>
[DbContext(typeof(AssuranceDbContext))]
[Migration("20261122000001_Strategy")]
public sealed class Strategy : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.CreateTable(
            name: "Tenants",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Slug = table.Column<string>(maxLength: 64, nullable: false),
                Name = table.Column<string>(maxLength: 300, nullable: false),
                CreatedAt = table.Column<DateTimeOffset>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Tenants", x => x.Id);
            });

        migrationBuilder.CreateTable(
            name: "Organisations",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                TenantId = table.Column<Guid>(nullable: false),
                Name = table.Column<string>(maxLength: 300, nullable: false),
                ShortName = table.Column<string>(maxLength: 50, nullable: true),
                Kind = table.Column<string>(maxLength: 40, nullable: false),
                ParentId = table.Column<Guid>(nullable: true),
                Version = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Organisations", x => x.Id);
                table.ForeignKey(
                    name: "FK_Organisations_Organisations_ParentId",
                    column: x => x.ParentId,
                    principalTable: "Organisations",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
                table.ForeignKey(
                    name: "FK_Organisations_Tenants_TenantId",
                    column: x => x.TenantId,
                    principalTable: "Tenants",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "Plans",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                TenantId = table.Column<Guid>(nullable: false),
                Name = table.Column<string>(maxLength: 2000, nullable: false),
                Version = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Plans", x => x.Id);
                table.ForeignKey(
                    name: "FK_Plans_Tenants_TenantId",
                    column: x => x.TenantId,
                    principalTable: "Tenants",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "Strategies",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                TenantId = table.Column<Guid>(nullable: false),
                Title = table.Column<string>(maxLength: 300, nullable: false),
                DocumentVersion = table.Column<string>(maxLength: 300, nullable: false),
                PeriodStart = table.Column<int>(nullable: false),
                PeriodEnd = table.Column<int>(nullable: false),
                Vision = table.Column<string>(nullable: true),
                IsCurrent = table.Column<bool>(nullable: false),
                Version = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Strategies", x => x.Id);
                table.ForeignKey(
                    name: "FK_Strategies_Tenants_TenantId",
                    column: x => x.TenantId,
                    principalTable: "Tenants",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "OrganisationAliases",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                TenantId = table.Column<Guid>(nullable: false),
                OrganisationId = table.Column<Guid>(nullable: false),
                Text = table.Column<string>(maxLength: 300, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_OrganisationAliases", x => x.Id);
                table.ForeignKey(
                    name: "FK_OrganisationAliases_Organisations_OrganisationId",
                    column: x => x.OrganisationId,
                    principalTable: "Organisations",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "PlacePriorities",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                TenantId = table.Column<Guid>(nullable: false),
                OrganisationId = table.Column<Guid>(nullable: false),
                Text = table.Column<string>(maxLength: 2000, nullable: false),
                Source = table.Column<string>(maxLength: 300, nullable: true),
                DisplayOrder = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_PlacePriorities", x => x.Id);
                table.ForeignKey(
                    name: "FK_PlacePriorities_Organisations_OrganisationId",
                    column: x => x.OrganisationId,
                    principalTable: "Organisations",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "Outcomes",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                TenantId = table.Column<Guid>(nullable: false),
                StrategyId = table.Column<Guid>(nullable: false),
                Number = table.Column<string>(maxLength: 10, nullable: false),
                Kind = table.Column<string>(maxLength: 40, nullable: false),
                Title = table.Column<string>(maxLength: 300, nullable: false),
                Narrative = table.Column<string>(nullable: true),
                DisplayOrder = table.Column<int>(nullable: false),
                Version = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Outcomes", x => x.Id);
                table.ForeignKey(
                    name: "FK_Outcomes_Strategies_StrategyId",
                    column: x => x.StrategyId,
                    principalTable: "Strategies",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "DeliveryExamples",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                TenantId = table.Column<Guid>(nullable: false),
                OutcomeId = table.Column<Guid>(nullable: false),
                Title = table.Column<string>(maxLength: 300, nullable: false),
                Description = table.Column<string>(nullable: true),
                DisplayOrder = table.Column<int>(nullable: false),
                Version = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_DeliveryExamples", x => x.Id);
                table.ForeignKey(
                    name: "FK_DeliveryExamples_Outcomes_OutcomeId",
                    column: x => x.OutcomeId,
                    principalTable: "Outcomes",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "Indicators",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                TenantId = table.Column<Guid>(nullable: false),
                IndicatorSet = table.Column<string>(maxLength: 40, nullable: false),
                Ref = table.Column<string>(maxLength: 20, nullable: false),
                Level = table.Column<string>(maxLength: 40, nullable: false),
                OutcomeId = table.Column<Guid>(nullable: true),
                Service = table.Column<string>(maxLength: 300, nullable: true),
                Statement = table.Column<string>(maxLength: 2000, nullable: false),
                MeansOfVerification = table.Column<string>(nullable: true),
                Notes = table.Column<string>(nullable: true),
                IncludedInStrategy = table.Column<bool>(nullable: false),
                Status = table.Column<string>(maxLength: 40, nullable: false),
                Polarity = table.Column<string>(maxLength: 40, nullable: false),
                Unit = table.Column<string>(maxLength: 40, nullable: false),
                UnitLabel = table.Column<string>(maxLength: 300, nullable: true),
                Decimals = table.Column<int>(nullable: false),
                BaselineValue = table.Column<decimal>(precision: 18, scale: 4, nullable: true),
                BaselinePeriod = table.Column<string>(maxLength: 32, nullable: true),
                BaselineGeography = table.Column<string>(maxLength: 100, nullable: true),
                BaselineSource = table.Column<string>(maxLength: 300, nullable: true),
                Version = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Indicators", x => x.Id);
                table.ForeignKey(
                    name: "FK_Indicators_Outcomes_OutcomeId",
                    column: x => x.OutcomeId,
                    principalTable: "Outcomes",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
                table.ForeignKey(
                    name: "FK_Indicators_Tenants_TenantId",
                    column: x => x.TenantId,
                    principalTable: "Tenants",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "OutcomeStatements",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                TenantId = table.Column<Guid>(nullable: false),
                OutcomeId = table.Column<Guid>(nullable: false),
                Kind = table.Column<string>(maxLength: 40, nullable: false),
                Text = table.Column<string>(nullable: false),
                DisplayOrder = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_OutcomeStatements", x => x.Id);
                table.ForeignKey(
                    name: "FK_OutcomeStatements_Outcomes_OutcomeId",
                    column: x => x.OutcomeId,
                    principalTable: "Outcomes",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "PlacePriorityOutcomes",
            columns: table => new
            {
                PlacePriorityId = table.Column<Guid>(nullable: false),
                OutcomeId = table.Column<Guid>(nullable: false),
                TenantId = table.Column<Guid>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_PlacePriorityOutcomes", x => new { x.PlacePriorityId, x.OutcomeId });
                table.ForeignKey(
                    name: "FK_PlacePriorityOutcomes_Outcomes_OutcomeId",
                    column: x => x.OutcomeId,
                    principalTable: "Outcomes",
                    principalColumn: "Id",
                    onDelete: SqlServerCascadePaths.SecondPath(migrationBuilder));
                table.ForeignKey(
                    name: "FK_PlacePriorityOutcomes_PlacePriorities_PlacePriorityId",
                    column: x => x.PlacePriorityId,
                    principalTable: "PlacePriorities",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "Priorities",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                TenantId = table.Column<Guid>(nullable: false),
                OutcomeId = table.Column<Guid>(nullable: false),
                Title = table.Column<string>(maxLength: 300, nullable: false),
                Narrative = table.Column<string>(nullable: true),
                DisplayOrder = table.Column<int>(nullable: false),
                Version = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Priorities", x => x.Id);
                table.ForeignKey(
                    name: "FK_Priorities_Outcomes_OutcomeId",
                    column: x => x.OutcomeId,
                    principalTable: "Outcomes",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "DeliveryExampleLeadBodies",
            columns: table => new
            {
                DeliveryExampleId = table.Column<Guid>(nullable: false),
                OrganisationId = table.Column<Guid>(nullable: false),
                TenantId = table.Column<Guid>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_DeliveryExampleLeadBodies", x => new { x.DeliveryExampleId, x.OrganisationId });
                table.ForeignKey(
                    name: "FK_DeliveryExampleLeadBodies_DeliveryExamples_DeliveryExampleId",
                    column: x => x.DeliveryExampleId,
                    principalTable: "DeliveryExamples",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
                table.ForeignKey(
                    name: "FK_DeliveryExampleLeadBodies_Organisations_OrganisationId",
                    column: x => x.OrganisationId,
                    principalTable: "Organisations",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "Milestones",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                TenantId = table.Column<Guid>(nullable: false),
                DeliveryExampleId = table.Column<Guid>(nullable: false),
                Title = table.Column<string>(maxLength: 2000, nullable: false),
                DueDate = table.Column<DateOnly>(nullable: true),
                DuePrecision = table.Column<string>(maxLength: 40, nullable: false),
                Status = table.Column<string>(maxLength: 40, nullable: false),
                DisplayOrder = table.Column<int>(nullable: false),
                Version = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Milestones", x => x.Id);
                table.ForeignKey(
                    name: "FK_Milestones_DeliveryExamples_DeliveryExampleId",
                    column: x => x.DeliveryExampleId,
                    principalTable: "DeliveryExamples",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "IndicatorExternalIds",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                TenantId = table.Column<Guid>(nullable: false),
                IndicatorId = table.Column<Guid>(nullable: false),
                System = table.Column<string>(maxLength: 50, nullable: false),
                Value = table.Column<string>(maxLength: 100, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_IndicatorExternalIds", x => x.Id);
                table.ForeignKey(
                    name: "FK_IndicatorExternalIds_Indicators_IndicatorId",
                    column: x => x.IndicatorId,
                    principalTable: "Indicators",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "IndicatorGeographies",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                TenantId = table.Column<Guid>(nullable: false),
                IndicatorId = table.Column<Guid>(nullable: false),
                Name = table.Column<string>(maxLength: 100, nullable: false),
                DisplayOrder = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_IndicatorGeographies", x => x.Id);
                table.ForeignKey(
                    name: "FK_IndicatorGeographies_Indicators_IndicatorId",
                    column: x => x.IndicatorId,
                    principalTable: "Indicators",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "IndicatorTargets",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                TenantId = table.Column<Guid>(nullable: false),
                IndicatorId = table.Column<Guid>(nullable: false),
                Geography = table.Column<string>(maxLength: 100, nullable: false),
                Period = table.Column<string>(maxLength: 32, nullable: false),
                Value = table.Column<decimal>(precision: 18, scale: 4, nullable: true),
                Floor = table.Column<decimal>(precision: 18, scale: 4, nullable: true),
                EffectiveFrom = table.Column<DateOnly>(nullable: false),
                Reason = table.Column<string>(maxLength: 2000, nullable: true),
                Source = table.Column<string>(maxLength: 300, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_IndicatorTargets", x => x.Id);
                table.ForeignKey(
                    name: "FK_IndicatorTargets_Indicators_IndicatorId",
                    column: x => x.IndicatorId,
                    principalTable: "Indicators",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "IndicatorTrajectoryPoints",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                TenantId = table.Column<Guid>(nullable: false),
                IndicatorId = table.Column<Guid>(nullable: false),
                Geography = table.Column<string>(maxLength: 100, nullable: false),
                Period = table.Column<string>(maxLength: 32, nullable: false),
                Value = table.Column<decimal>(precision: 18, scale: 4, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_IndicatorTrajectoryPoints", x => x.Id);
                table.ForeignKey(
                    name: "FK_IndicatorTrajectoryPoints_Indicators_IndicatorId",
                    column: x => x.IndicatorId,
                    principalTable: "Indicators",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "IndicatorValues",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                TenantId = table.Column<Guid>(nullable: false),
                IndicatorId = table.Column<Guid>(nullable: false),
                Period = table.Column<string>(maxLength: 32, nullable: false),
                Geography = table.Column<string>(maxLength: 100, nullable: false),
                Value = table.Column<decimal>(precision: 18, scale: 4, nullable: true),
                Numerator = table.Column<decimal>(precision: 18, scale: 4, nullable: true),
                Denominator = table.Column<decimal>(precision: 18, scale: 4, nullable: true),
                LowerCi = table.Column<decimal>(precision: 18, scale: 4, nullable: true),
                UpperCi = table.Column<decimal>(precision: 18, scale: 4, nullable: true),
                IsProvisional = table.Column<bool>(nullable: false),
                Source = table.Column<string>(maxLength: 300, nullable: true),
                Note = table.Column<string>(nullable: true),
                PublishedRag = table.Column<string>(maxLength: 40, nullable: true),
                PublishedDirection = table.Column<string>(maxLength: 40, nullable: true),
                Version = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_IndicatorValues", x => x.Id);
                table.ForeignKey(
                    name: "FK_IndicatorValues_Indicators_IndicatorId",
                    column: x => x.IndicatorId,
                    principalTable: "Indicators",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "SeedConflicts",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                TenantId = table.Column<Guid>(nullable: false),
                Subject = table.Column<string>(maxLength: 2000, nullable: false),
                IndicatorId = table.Column<Guid>(nullable: true),
                Field = table.Column<string>(maxLength: 300, nullable: true),
                Note = table.Column<string>(nullable: true),
                Resolved = table.Column<bool>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_SeedConflicts", x => x.Id);
                table.ForeignKey(
                    name: "FK_SeedConflicts_Indicators_IndicatorId",
                    column: x => x.IndicatorId,
                    principalTable: "Indicators",
                    principalColumn: "Id",
                    onDelete: SqlServerCascadePaths.SecondPath(migrationBuilder));
                table.ForeignKey(
                    name: "FK_SeedConflicts_Tenants_TenantId",
                    column: x => x.TenantId,
                    principalTable: "Tenants",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "Commitments",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                TenantId = table.Column<Guid>(nullable: false),
                PriorityId = table.Column<Guid>(nullable: false),
                Text = table.Column<string>(maxLength: 2000, nullable: false),
                DisplayOrder = table.Column<int>(nullable: false),
                Source = table.Column<string>(maxLength: 300, nullable: true),
                Version = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Commitments", x => x.Id);
                table.ForeignKey(
                    name: "FK_Commitments_Priorities_PriorityId",
                    column: x => x.PriorityId,
                    principalTable: "Priorities",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "ConflictValues",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                TenantId = table.Column<Guid>(nullable: false),
                SeedConflictId = table.Column<Guid>(nullable: false),
                Value = table.Column<string>(nullable: false),
                Source = table.Column<string>(maxLength: 300, nullable: false),
                DisplayOrder = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ConflictValues", x => x.Id);
                table.ForeignKey(
                    name: "FK_ConflictValues_SeedConflicts_SeedConflictId",
                    column: x => x.SeedConflictId,
                    principalTable: "SeedConflicts",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "CommitmentLeadBodies",
            columns: table => new
            {
                CommitmentId = table.Column<Guid>(nullable: false),
                OrganisationId = table.Column<Guid>(nullable: false),
                TenantId = table.Column<Guid>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_CommitmentLeadBodies", x => new { x.CommitmentId, x.OrganisationId });
                table.ForeignKey(
                    name: "FK_CommitmentLeadBodies_Commitments_CommitmentId",
                    column: x => x.CommitmentId,
                    principalTable: "Commitments",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
                table.ForeignKey(
                    name: "FK_CommitmentLeadBodies_Organisations_OrganisationId",
                    column: x => x.OrganisationId,
                    principalTable: "Organisations",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "CommitmentPlans",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                TenantId = table.Column<Guid>(nullable: false),
                CommitmentId = table.Column<Guid>(nullable: false),
                PlanId = table.Column<Guid>(nullable: false),
                DisplayOrder = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_CommitmentPlans", x => x.Id);
                table.ForeignKey(
                    name: "FK_CommitmentPlans_Commitments_CommitmentId",
                    column: x => x.CommitmentId,
                    principalTable: "Commitments",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
                table.ForeignKey(
                    name: "FK_CommitmentPlans_Plans_PlanId",
                    column: x => x.PlanId,
                    principalTable: "Plans",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "CommitmentPlanLeadBodies",
            columns: table => new
            {
                CommitmentPlanId = table.Column<Guid>(nullable: false),
                OrganisationId = table.Column<Guid>(nullable: false),
                TenantId = table.Column<Guid>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_CommitmentPlanLeadBodies", x => new { x.CommitmentPlanId, x.OrganisationId });
                table.ForeignKey(
                    name: "FK_CommitmentPlanLeadBodies_CommitmentPlans_CommitmentPlanId",
                    column: x => x.CommitmentPlanId,
                    principalTable: "CommitmentPlans",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
                table.ForeignKey(
                    name: "FK_CommitmentPlanLeadBodies_Organisations_OrganisationId",
                    column: x => x.OrganisationId,
                    principalTable: "Organisations",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateIndex(
            name: "IX_CommitmentLeadBodies_OrganisationId",
            table: "CommitmentLeadBodies",
            column: "OrganisationId");

        migrationBuilder.CreateIndex(
            name: "IX_CommitmentPlanLeadBodies_OrganisationId",
            table: "CommitmentPlanLeadBodies",
            column: "OrganisationId");

        migrationBuilder.CreateIndex(
            name: "IX_CommitmentPlans_CommitmentId",
            table: "CommitmentPlans",
            column: "CommitmentId");

        migrationBuilder.CreateIndex(
            name: "IX_CommitmentPlans_PlanId",
            table: "CommitmentPlans",
            column: "PlanId");

        migrationBuilder.CreateIndex(
            name: "IX_Commitments_PriorityId",
            table: "Commitments",
            column: "PriorityId");

        migrationBuilder.CreateIndex(
            name: "IX_Commitments_TenantId",
            table: "Commitments",
            column: "TenantId");

        migrationBuilder.CreateIndex(
            name: "IX_ConflictValues_SeedConflictId",
            table: "ConflictValues",
            column: "SeedConflictId");

        migrationBuilder.CreateIndex(
            name: "IX_DeliveryExampleLeadBodies_OrganisationId",
            table: "DeliveryExampleLeadBodies",
            column: "OrganisationId");

        migrationBuilder.CreateIndex(
            name: "IX_DeliveryExamples_OutcomeId",
            table: "DeliveryExamples",
            column: "OutcomeId");

        migrationBuilder.CreateIndex(
            name: "IX_IndicatorExternalIds_IndicatorId",
            table: "IndicatorExternalIds",
            column: "IndicatorId");

        migrationBuilder.CreateIndex(
            name: "IX_IndicatorExternalIds_System_Value",
            table: "IndicatorExternalIds",
            columns: new[] { "System", "Value" });

        migrationBuilder.CreateIndex(
            name: "IX_IndicatorGeographies_IndicatorId_Name",
            table: "IndicatorGeographies",
            columns: new[] { "IndicatorId", "Name" },
            unique: true);

        migrationBuilder.CreateIndex(
            name: "IX_Indicators_OutcomeId",
            table: "Indicators",
            column: "OutcomeId");

        migrationBuilder.CreateIndex(
            name: "IX_Indicators_TenantId_IndicatorSet_Ref",
            table: "Indicators",
            columns: new[] { "TenantId", "IndicatorSet", "Ref" },
            unique: true);

        migrationBuilder.CreateIndex(
            name: "IX_IndicatorTargets_IndicatorId",
            table: "IndicatorTargets",
            column: "IndicatorId");

        migrationBuilder.CreateIndex(
            name: "IX_IndicatorTrajectoryPoints_IndicatorId_Geography_Period",
            table: "IndicatorTrajectoryPoints",
            columns: new[] { "IndicatorId", "Geography", "Period" },
            unique: true);

        migrationBuilder.CreateIndex(
            name: "IX_IndicatorValues_IndicatorId_Period_Geography",
            table: "IndicatorValues",
            columns: new[] { "IndicatorId", "Period", "Geography" },
            unique: true);

        migrationBuilder.CreateIndex(
            name: "IX_IndicatorValues_TenantId",
            table: "IndicatorValues",
            column: "TenantId");

        migrationBuilder.CreateIndex(
            name: "IX_Milestones_DeliveryExampleId",
            table: "Milestones",
            column: "DeliveryExampleId");

        migrationBuilder.CreateIndex(
            name: "IX_OrganisationAliases_OrganisationId_Text",
            table: "OrganisationAliases",
            columns: new[] { "OrganisationId", "Text" },
            unique: true);

        migrationBuilder.CreateIndex(
            name: "IX_Organisations_ParentId",
            table: "Organisations",
            column: "ParentId");

        migrationBuilder.CreateIndex(
            name: "IX_Organisations_TenantId_Name",
            table: "Organisations",
            columns: new[] { "TenantId", "Name" },
            unique: true);

        migrationBuilder.CreateIndex(
            name: "IX_Outcomes_StrategyId_Number",
            table: "Outcomes",
            columns: new[] { "StrategyId", "Number" },
            unique: true);

        migrationBuilder.CreateIndex(
            name: "IX_Outcomes_TenantId",
            table: "Outcomes",
            column: "TenantId");

        migrationBuilder.CreateIndex(
            name: "IX_OutcomeStatements_OutcomeId",
            table: "OutcomeStatements",
            column: "OutcomeId");

        migrationBuilder.CreateIndex(
            name: "IX_PlacePriorities_OrganisationId",
            table: "PlacePriorities",
            column: "OrganisationId");

        migrationBuilder.CreateIndex(
            name: "IX_PlacePriorityOutcomes_OutcomeId",
            table: "PlacePriorityOutcomes",
            column: "OutcomeId");

        migrationBuilder.CreateIndex(
            name: "IX_Plans_TenantId",
            table: "Plans",
            column: "TenantId");

        migrationBuilder.CreateIndex(
            name: "IX_Priorities_OutcomeId",
            table: "Priorities",
            column: "OutcomeId");

        migrationBuilder.CreateIndex(
            name: "IX_SeedConflicts_IndicatorId",
            table: "SeedConflicts",
            column: "IndicatorId");

        migrationBuilder.CreateIndex(
            name: "IX_SeedConflicts_TenantId",
            table: "SeedConflicts",
            column: "TenantId");

        migrationBuilder.CreateIndex(
            name: "IX_Strategies_TenantId",
            table: "Strategies",
            column: "TenantId");

        migrationBuilder.CreateIndex(
            name: "IX_Tenants_Slug",
            table: "Tenants",
            column: "Slug",
            unique: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.DropTable(name: "CommitmentPlanLeadBodies");
        migrationBuilder.DropTable(name: "CommitmentPlans");
        migrationBuilder.DropTable(name: "CommitmentLeadBodies");
        migrationBuilder.DropTable(name: "ConflictValues");
        migrationBuilder.DropTable(name: "Commitments");
        migrationBuilder.DropTable(name: "SeedConflicts");
        migrationBuilder.DropTable(name: "IndicatorValues");
        migrationBuilder.DropTable(name: "IndicatorTrajectoryPoints");
        migrationBuilder.DropTable(name: "IndicatorTargets");
        migrationBuilder.DropTable(name: "IndicatorGeographies");
        migrationBuilder.DropTable(name: "IndicatorExternalIds");
        migrationBuilder.DropTable(name: "Milestones");
        migrationBuilder.DropTable(name: "DeliveryExampleLeadBodies");
        migrationBuilder.DropTable(name: "Priorities");
        migrationBuilder.DropTable(name: "PlacePriorityOutcomes");
        migrationBuilder.DropTable(name: "OutcomeStatements");
        migrationBuilder.DropTable(name: "Indicators");
        migrationBuilder.DropTable(name: "DeliveryExamples");
        migrationBuilder.DropTable(name: "Outcomes");
        migrationBuilder.DropTable(name: "PlacePriorities");
        migrationBuilder.DropTable(name: "OrganisationAliases");
        migrationBuilder.DropTable(name: "Strategies");
        migrationBuilder.DropTable(name: "Plans");
        migrationBuilder.DropTable(name: "Organisations");
        migrationBuilder.DropTable(name: "Tenants");
    }
}
